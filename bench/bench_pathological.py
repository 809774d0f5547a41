"""Benchmark: the analysis on pathological input grows (near) linearly with its length.

    python bench/bench_pathological.py [--base 1250] [--steps 4]

Builds one long sentence from a clause repeated N times (a report, a date and an act in each),
and one sentence of N comma-joined items, for N = base, 2x, 4x, 8x..., runs ``reader.analyse``
on each (once, after a warm-up) and prints seconds and the ratio to the previous size: near 2
is linear, near 4 quadratic. Not a timed test: run it by hand.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

from reader import analyse
from reader.io.document import load_text

CLAUSE = "وقال المتحدث إن القوات قصفت مواقع المسلحين يوم الخميس 5 مارس وأعلنت الحكومة فرض حظر التجول"
ITEM = "اجتماع الوزراء"


def timed(text: str) -> tuple[float, int]:
    start = time.perf_counter()
    analysis = analyse(load_text(text), dt.date(2024, 3, 10))
    return time.perf_counter() - start, len(analysis.events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", type=int, default=1250, help="repeats at the first step")
    parser.add_argument("--steps", type=int, default=4, help="number of doublings")
    args = parser.parse_args()
    timed("قال الوزير إن الوفد وصل أمس.")  # warm-up: tables and patterns
    for name, make in (
        ("clause repeated", lambda n: "، ".join([CLAUSE] * n) + "."),
        ("comma-joined items", lambda n: "، ".join([ITEM] * n) + "."),
    ):
        print(f"{name}:")
        previous = None
        for step in range(args.steps):
            n = args.base * 2**step
            seconds, events = timed(make(n))
            ratio = f"x{seconds / previous:.1f}" if previous else ""
            print(f"  {n:>6} repeats: {seconds:7.2f} s  {events:>6} events  {ratio}")
            previous = seconds


if __name__ == "__main__":
    main()
