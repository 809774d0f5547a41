"""Benchmark: sentences per second of the full analysis versus raw dateparser.

    python bench/bench_analysis.py [--corpus ../shared/bench/ant-news.txt] [--baseline-sentences 2000]

The corpus holds distinct news articles (title line, then paragraphs; a blank line between
articles). The analysis is ``reader.analyse`` on every article (timexes and events; loading and
segmentation are timed apart), once, in corpus order. The baseline is
``dateparser.search.search_dates(sentence, languages=['ar'])``; it is too slow for the whole
corpus, so it runs on ``--baseline-sentences`` sentences spread evenly over the corpus (every
k-th), and on those same sentences the script also counts what each finds. Not a timed test:
run it by hand.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import time
from collections import Counter
from pathlib import Path

from reader import analyse
from reader.document import load_text
from reader.model import Article, Sentence

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "ant-news.txt"


def articles(text: str, limit: int | None = None) -> list[Article]:
    """The corpus split on blank lines: title = first line, body = the rest."""
    found: list[Article] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = block.strip("\n").split("\n", 1)
        if len(lines) < 2 or not lines[1].strip():
            continue
        article = load_text(lines[1])
        found.append(dataclasses.replace(article, meta=dataclasses.replace(article.meta, title=lines[0].strip())))
        if limit and len(found) >= limit:
            break
    return found


@dataclasses.dataclass
class Run:
    seconds: float
    sentences: int
    timexes: int
    events: int
    timexes_by_sentence: Counter[tuple[int, int]]  # (article index, sentence id) -> timexes


def run_analysis(items: list[Article]) -> Run:
    """Analyse every article once, timing only ``analyse``."""
    by_sentence: Counter[tuple[int, int]] = Counter()
    sentences = timexes = events = 0
    elapsed = 0.0
    for index, article in enumerate(items):
        start = time.perf_counter()
        result = analyse(article)
        elapsed += time.perf_counter() - start
        sentences += len(article.sentences)
        timexes += len(result.timexes)
        events += len(result.events)
        by_sentence.update((index, t.sentence) for t in result.timexes)
    return Run(elapsed, sentences, timexes, events, by_sentence)


def spread_sample(items: list[Article], count: int) -> list[tuple[int, Sentence]]:
    """``count`` sentences taken at an even stride over the whole corpus."""
    every = [(index, s) for index, article in enumerate(items) for s in article.sentences]
    stride = max(1, len(every) // max(1, count))
    return every[::stride][:count]


def run_baseline(sample: list[tuple[int, Sentence]]) -> tuple[float, int]:
    """Seconds and dates found by raw dateparser on the sample sentences."""
    from dateparser.search import search_dates

    search_dates("وصل الوفد اليوم", languages=["ar"])  # load its language data before timing
    found = 0
    start = time.perf_counter()
    for _, sentence in sample:
        found += len(search_dates(sentence.text, languages=["ar"]) or [])
    return time.perf_counter() - start, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=None, help="only the first N articles")
    parser.add_argument("--baseline-sentences", type=int, default=2000)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus}: no such file", file=sys.stderr)
        return 1
    text = args.corpus.read_text(encoding="utf-8")
    start = time.perf_counter()
    items = articles(text, args.articles)
    print(f"corpus: {args.corpus.name}, {len(text.encode()) / 1e6:.1f} MB, {len(items)} articles")
    print(f"loading and segmentation: {time.perf_counter() - start:.2f} s")

    run = run_analysis(items)
    ours = run.sentences / run.seconds
    print(
        f"analysis (reader.analyse): {run.sentences} sentences in {run.seconds:.2f} s = {ours:,.0f} sentences/s "
        f"({run.timexes} timexes, {run.events} events)"
    )
    sample = spread_sample(items, args.baseline_sentences)
    seconds, dates = run_baseline(sample)
    theirs = len(sample) / seconds
    ours_there = sum(run.timexes_by_sentence[(index, s.id)] for index, s in sample)
    print(
        f"baseline (dateparser.search_dates, languages=['ar']): {len(sample)} sentences in {seconds:.2f} s "
        f"= {theirs:,.0f} sentences/s"
    )
    print(f"  on those sentences: dateparser found {dates} dates, the analysis {ours_there} timexes")
    print(f"speed-up: {ours / theirs:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
