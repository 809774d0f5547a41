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
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench_analysis import DEFAULT_CORPUS, WARM_UP, articles

from reader import analyse
from reader.io.document import load_text
from reader.model import Article
from reader.temporal import grammar


def run(items: list[Article]) -> None:
    """Analyse each article once (what is counted)."""
    for article in items:
        analyse(article)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=int, nargs="?", default=1000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    items = articles(args.corpus.read_text(encoding="utf-8"), args.articles)
    analyse(load_text(WARM_UP))
    for family in grammar.FAMILIES:
        grammar.pattern(family)
        grammar.guarded(family)
    eval("run(items)", {"run": run, "items": items})  # counted: valgrind --toggle-collect='builtin_eval*'
    print(f"analysed {len(items)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
