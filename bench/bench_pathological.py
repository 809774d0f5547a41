"""Benchmark: the analysis on pathological input grows (near) linearly with its length.

    python bench/bench_pathological.py [--base 1250] [--steps 4] [--only NAME ...]

Builds one long sentence from a clause repeated N times, and one sentence of N comma-joined
items, for N = base, 2x, 4x, 8x..., runs ``reader.analyse`` on each (once, after a warm-up) and
prints seconds and the ratio to the previous size: near 2 is linear, near 4 quadratic. Each
clause exercises rules that look past a trigger's neighbours (a report and its words, a
condition, a demand, deaths and the accident that caused them, a habit, a relative clause, a
date in quotes): a rule that looks over the whole sentence for each trigger shows here as x4.
Not a timed test: run it by hand.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

from reader import analyse
from reader.io.document import load_text

CLAUSE = "وقال المتحدث إن القوات قصفت مواقع المسلحين يوم الخميس 5 مارس وأعلنت الحكومة فرض حظر التجول"
ITEM = "اجتماع الوزراء"
# each repeated N times, joined by commas, in one sentence (a prefix once before them)
SHAPES: dict[str, tuple[str, str]] = {
    "report, date and act": ("", CLAUSE),
    "comma-joined items": ("", ITEM),
    "reports without and": ("", "أعلنت الوزارة في بيان يوم 3 مارس أن الوفد سيزور المدينة"),
    "conditions": ("", "وسيغلق الجيش المعبر إذا رفضت الفصائل الاتفاق"),
    "demands": ("", "للمطالبة بإطلاق سراح الموقوفين وتعيين موعد للمحاكمة"),
    "deaths": ("", "وقتل ثلاثة أشخاص في قصف على القرية يوم الأحد"),
    "deaths, one accident first": ("غرق المركب في حادث، ", "وقتل ثلاثة أشخاص يوم الأحد"),
    "habits": ("", "تهاجم الزوارق الصيادين بشكل يومي وتمنعهم من الصيد"),
    "past habits": ("", "وكان الجيش يمنع الصيادين من الخروج إلى البحر"),
    "relative clauses": ("", "الهجوم الذي استهدف القاعدة يوم السبت أعلنت الحكومة"),
    "dates in quotes": ("", 'وقال الوزير "سنزور العاصمة في 3 أيار" وأضاف'),
}


def timed(text: str) -> tuple[float, int]:
    start = time.perf_counter()
    analysis = analyse(load_text(text), dt.date(2024, 3, 10))
    return time.perf_counter() - start, len(analysis.events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", type=int, default=1250, help="repeats at the first step")
    parser.add_argument("--steps", type=int, default=4, help="number of doublings")
    parser.add_argument("--only", nargs="*", default=None, help="the shapes to run (default: all)")
    args = parser.parse_args()
    timed("قال الوزير إن الوفد وصل أمس.")  # warm-up: tables and patterns
    worst = 0.0
    for name, (prefix, clause) in SHAPES.items():
        if args.only and name not in args.only:
            continue
        print(f"{name}:")
        previous = None
        for step in range(args.steps):
            n = args.base * 2**step
            seconds, events = timed(prefix + "، ".join([clause] * n) + ".")
            ratio = f"x{seconds / previous:.1f}" if previous else ""
            if previous:
                worst = max(worst, seconds / previous)
            print(f"  {n:>6} repeats: {seconds:7.2f} s  {events:>6} events  {ratio}", flush=True)
            previous = seconds
    print(f"worst doubling: x{worst:.1f} (near 2: linear; near 4: quadratic)")


if __name__ == "__main__":
    main()
