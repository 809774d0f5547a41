"""Instructions the analysis takes, counted by valgrind: a figure a busy machine does not move.

    valgrind --tool=callgrind --toggle-collect='builtin_eval*' --callgrind-out-file=/dev/null \
        python bench/bench_instructions.py [N] [--corpus ../shared/bench/ant-news.txt]

Counts ``reader.analyse`` over the first N articles of the corpus (default 1000), once each, in
corpus order, as bench_analysis.py times them: after the same warm-up call, and with every
family pattern of the date grammar compiled beforehand, with and without its look-ahead guard
(a fixed cost, left out). Only what runs under ``eval`` is counted (hence ``--toggle-collect``);
valgrind prints the total as ``Collected``. Set ``PYTHONHASHSEED=0`` when comparing two
checkouts (``PYTHONPATH=CHECKOUT``): the counts then differ by the code alone. About a minute
for N=1000 on top of valgrind's start.

``--baseline K`` counts raw ``dateparser.search_dates(sentence, languages=['ar'])`` instead, on K
sentences spread evenly over the same N articles (after the same warm-up call bench_analysis.py
makes): instructions per sentence of the two, divided, are the speed-up bench_analysis.py times,
as a busy machine does not move it (about four minutes for K=500 under valgrind).

``--dates`` counts the date layer alone (``reader.temporal.find_timexes`` on each article, its
sentences normalised and tokenised beforehand, uncounted), once the layer has gone over every
article once (uncounted: its word caches warm, its patterns compiled).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from bench_analysis import DEFAULT_CORPUS, WARM_UP, articles, spread_sample

from reader import analyse
from reader.io.document import load_text
from reader.model import Article
from reader.temporal import grammar

REFERENCE = dt.date(2024, 3, 17)  # what relative dates resolve against in --dates (any day does)


def run(items: list[Article]) -> None:
    """Analyse each article once (what is counted)."""
    for article in items:
        analyse(article)


def find_dates(items: list[Article], texts: list[tuple[Any, ...]]) -> int:
    """The date layer alone on each article once (what ``--dates`` counts): the timexes found."""
    from reader.temporal import find_timexes

    return sum(len(find_timexes(article, REFERENCE, text)) for article, text in zip(items, texts, strict=True))


def search(sentences: list[str]) -> None:
    """Raw dateparser on each sentence once (what ``--baseline`` counts)."""
    from dateparser.search import search_dates

    for sentence in sentences:
        search_dates(sentence, languages=["ar"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=int, nargs="?", default=1000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--baseline", type=int, default=0, metavar="K", help="count dateparser on K sentences")
    parser.add_argument("--dates", action="store_true", help="count the date layer alone")
    args = parser.parse_args(argv)
    items = articles(args.corpus.read_text(encoding="utf-8"), args.articles)
    sentences = sum(len(article.sentences) for article in items)
    if args.dates:
        from reader.text.tokens import sentence_text

        texts = [tuple(sentence_text(s) for s in article.sentences) for article in items]
        find_dates(items, texts)  # uncounted: caches warm, every family compiled that will run
        found = eval("find_dates(items, texts)", {"find_dates": find_dates, "items": items, "texts": texts})
        print(f"dated {len(items)} articles ({sentences} sentences): {found} timexes")
        return 0
    if args.baseline:
        from dateparser.search import search_dates

        search_dates("وصل الوفد اليوم", languages=["ar"])  # its tables loaded, as in bench_analysis.py
        sample = [sentence.text for _, sentence in spread_sample(items, args.baseline)]
        eval("search(sample)", {"search": search, "sample": sample})  # counted
        print(f"searched {len(sample)} sentences of the {sentences} of {len(items)} articles")
        return 0
    analyse(load_text(WARM_UP))
    for family in grammar.FAMILIES:
        grammar.pattern(family)
        grammar.guarded(family)
    eval("run(items)", {"run": run, "items": items})  # counted: valgrind --toggle-collect='builtin_eval*'
    print(f"analysed {len(items)} articles ({sentences} sentences)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
