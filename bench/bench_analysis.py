"""Benchmark: sentences per second of the full analysis versus raw dateparser.

    python bench/bench_analysis.py [--corpus ../shared/bench/ant-news.txt] [--baseline-sentences 2000]

The corpus holds distinct news articles (title line, then paragraphs; a blank line between
articles). The analysis is ``reader.analyse`` on every article (timexes and events; loading and
segmentation are timed apart), once, in corpus order, after one call on a one-line text that
loads its tables and libraries (as the baseline's first call loads dateparser's). The baseline is
``dateparser.search.search_dates(sentence, languages=['ar'])``; it is too slow for the whole
corpus, so it runs on ``--baseline-sentences`` sentences spread evenly over the corpus (every
k-th), and on those same sentences the script also counts what each finds. The two are timed
in turns, block by block of the corpus (``--blocks``), so that a busy machine slows both alike.
Not a timed test: run it by hand.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from reader import analyse
from reader.io.document import load_text
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
    spans: dict[tuple[int, int], list[tuple[int, int]]]  # (article index, sentence id) -> body spans


WARM_UP = "Nov 15, 2023 10:30 GMT\nوصل الوفد إلى القاهرة اليوم."  # a dateline only dateparser reads


def new_run() -> Run:
    return Run(0.0, 0, 0, 0, Counter(), {})


def run_analysis(items: list[Article], indices: range, run: Run) -> None:
    """Analyse the articles ``indices`` once, adding the time of ``analyse`` and what it found to ``run``."""
    for index in indices:
        article = items[index]
        start = time.perf_counter()
        result = analyse(article)
        run.seconds += time.perf_counter() - start
        run.sentences += len(article.sentences)
        run.timexes += len(result.timexes)
        run.events += len(result.events)
        run.timexes_by_sentence.update((index, t.sentence) for t in result.timexes)
        for t in result.timexes:
            run.spans.setdefault((index, t.sentence), []).append((t.start, t.end))


def spread_sample(items: list[Article], count: int) -> list[tuple[int, Sentence]]:
    """``count`` sentences taken at an even stride over the whole corpus."""
    every = [(index, s) for index, article in enumerate(items) for s in article.sentences]
    stride = max(1, len(every) // max(1, count))
    return every[::stride][:count]


_NUMBER_ONLY = re.compile(r"^[\d\s.,:/%\-٫٬]+$")


@dataclasses.dataclass
class Baseline:
    seconds: float
    found: int  # what dateparser returned
    numbers: int  # of those, bare numbers (1000, 7.62, 10%): not dates
    missed_by_us: int  # dateparser hits, not bare numbers, that overlap no timex of the analysis
    ours: int  # timexes of the analysis in the sample
    missed_by_it: int  # of those, overlapping no dateparser hit


def run_baseline(sample: list[tuple[int, Sentence]]) -> tuple[float, list[list[tuple[str, Any]]]]:
    """Raw dateparser on the sample sentences: the time it took and its hits."""
    from dateparser.search import search_dates

    results = []
    start = time.perf_counter()
    for _, sentence in sample:
        results.append(search_dates(sentence.text, languages=["ar"]) or [])
    return time.perf_counter() - start, results


def compare(
    sample: list[tuple[int, Sentence]], results: list[list[tuple[str, Any]]], run: Run, seconds: float
) -> Baseline:
    """How dateparser's hits on the sample compare with the analysis."""
    found = numbers = missed_by_us = ours_count = missed_by_it = 0
    for (index, sentence), hits in zip(sample, results, strict=True):
        ours = run.spans.get((index, sentence.id), [])
        theirs: list[tuple[int, int]] = []
        cursor = 0
        for text, _ in hits:
            found += 1
            at = sentence.text.find(text, cursor)
            if _NUMBER_ONLY.match(text):
                numbers += 1
            elif at >= 0:
                begin = sentence.start + at
                theirs.append((begin, begin + len(text)))
                missed_by_us += not any(a < begin + len(text) and begin < b for a, b in ours)
            if at >= 0:
                cursor = at + len(text)
        ours_count += len(ours)
        missed_by_it += sum(not any(a < d and c < b for c, d in theirs) for a, b in ours)
    return Baseline(seconds, found, numbers, missed_by_us, ours_count, missed_by_it)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=None, help="only the first N articles")
    parser.add_argument("--baseline-sentences", type=int, default=2000)
    parser.add_argument("--blocks", type=int, default=10, help="turns of analysis and baseline timing")
    parser.add_argument(
        "--stages", action="store_true", help="then the CPU time of each step of the analysis, in a second pass"
    )
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus}: no such file", file=sys.stderr)
        return 1
    text = args.corpus.read_text(encoding="utf-8")
    start = time.perf_counter()
    items = articles(text, args.articles)
    print(f"corpus: {args.corpus.name}, {len(text.encode()) / 1e6:.1f} MB, {len(items)} articles")
    print(f"loading and segmentation: {time.perf_counter() - start:.2f} s")

    sample = spread_sample(items, args.baseline_sentences)
    analyse(load_text(WARM_UP))  # load tables and libraries before timing, on both sides
    from dateparser.search import search_dates

    search_dates("وصل الوفد اليوم", languages=["ar"])
    run = new_run()
    seconds = 0.0
    results: list[list[tuple[str, Any]]] = []
    size = -(-len(items) // max(1, args.blocks))
    for first in range(0, len(items), size):
        block = range(first, min(len(items), first + size))
        run_analysis(items, block, run)
        spent, found = run_baseline([(i, s) for i, s in sample if i in block])
        seconds += spent
        results.extend(found)
    base = compare(sample, results, run, seconds)
    ours = run.sentences / run.seconds
    print(
        f"analysis (reader.analyse): {run.sentences} sentences in {run.seconds:.2f} s = {ours:,.0f} sentences/s "
        f"({run.timexes} timexes, {run.events} events)"
    )
    theirs = len(sample) / base.seconds
    print(
        f"baseline (dateparser.search_dates, languages=['ar']): {len(sample)} sentences in {base.seconds:.2f} s "
        f"= {theirs:,.0f} sentences/s"
    )
    print(
        f"  on those sentences: dateparser returned {base.found} dates, {base.numbers} of them bare numbers "
        f"(1000, 7.62, 10%), {base.missed_by_us} others outside every timex of the analysis; the analysis "
        f"found {base.ours} timexes, {base.missed_by_it} of them missed by dateparser"
    )
    print(f"speed-up: {ours / theirs:.1f}x")
    if args.stages:
        spent = stage_times(items)
        total = sum(spent.values())
        parts = [f"{name} {seconds:.2f} s ({100 * seconds / total:.0f}%)" for name, seconds in spent.items()]
        print("where the time goes (CPU time, a second pass): " + ", ".join(parts))
    return 0


def stage_times(items: list[Article]) -> dict[str, float]:
    """The CPU time of each step ``reader.analyse`` takes, over every article (each one chunk)."""
    from reader import events, temporal
    from reader.text.tokens import sentence_text

    names = ("reference date", "normalising and tokenising", "temporal expressions", "events")
    spent = dict.fromkeys(names, 0.0)
    clock = time.process_time
    for article in items:
        start = clock()
        reference, _ = temporal.reference_date(article)
        tokenising = clock()
        texts = tuple(sentence_text(s) for s in article.sentences)
        dating = clock()
        timexes = temporal.find_timexes(article, reference, texts)
        finding = clock()
        events.find_events(article, timexes, texts)
        end = clock()
        steps = (tokenising - start, dating - tokenising, finding - dating, end - finding)
        for name, seconds in zip(names, steps, strict=True):
            spent[name] += seconds
    return spent


if __name__ == "__main__":
    sys.exit(main())
