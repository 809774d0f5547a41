"""Benchmark: applying the timeline's filter (`f`) on the 50 MB article and on the seed.

    python bench/bench_filter.py [--mb 50] [--runs 5] [--checkout PATH] [--cache FILE]

Builds the 50 MB article as ``bench/bench_big_article.py`` does (from ../shared/bench/ant-news.txt,
in a temporary folder), analyses it (``reader.analyse``, in this process; ``--cache FILE`` keeps
the analysis pickled for the next run, of any checkout) and shows it in the timeline pane alone
under Textual's pilot (50x40, the pane's size in the reader at 120x40). Then, in a process of its
own (``--checkout`` runs another checkout's reader, for before/after figures), it applies filters
in turn: one type (the most frequent), the other dated mentions hidden, one rare type, everything
again; each ``--runs`` times. Printed: the main thread's CPU time of ``set_filter`` (what the
dialog's ``enter`` costs, less Textual's repaint) and from the call to the frame painted, medians
and worst; beside them, as the stable yardstick, a ``j`` in the same pane (call to frame). The
same on the seed article.

Not a test: run it by hand. The article never lands in the repository.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_big_article import CORPUS, REPO, make_article

SEED = REPO / "samples" / "00_seed_russia-north-korea.txt"


def _analysis(article_path: Path, cache: Path | None):
    from reader.analysis import analyse
    from reader.io.document import load

    if cache is not None and cache.exists():
        with cache.open("rb") as f:
            return pickle.load(f)
    analysis = analyse(load(str(article_path)))
    if cache is not None:
        with cache.open("wb") as f:
            pickle.dump(analysis, f, protocol=pickle.HIGHEST_PROTOCOL)
    return analysis


async def _measure(analysis, runs: int) -> dict[str, float]:
    from collections import Counter

    from textual.app import App, ComposeResult

    from reader.ui.timeline_pane import TimelinePane

    class PaneApp(App[None]):
        def compose(self) -> ComposeResult:
            yield TimelinePane()

    counts = Counter(e.type for e in analysis.events).most_common()
    filters = {
        "one_type": (frozenset({counts[0][0]}), True),
        "no_mentions": (frozenset(), False),
        "rare_type": (frozenset({counts[-1][0]}), True),
        "all": (frozenset(), True),
    }
    figures: dict[str, float] = {}
    app = PaneApp()
    async with app.run_test(size=(50, 40)) as pilot:
        pane = app.query_one(TimelinePane)
        pane.set_analysis(analysis)
        pane.focus()
        await pilot.pause()
        figures["entries"] = len(pane.entries)
        for _ in range(20):  # the cursor somewhere inside
            await pilot.press("space")
        await pilot.pause()
        cpu: dict[str, list[float]] = {name: [] for name in filters}
        wall: dict[str, list[float]] = {name: [] for name in filters}
        for _ in range(runs):
            for name, (types, mentions) in filters.items():
                t, c = time.perf_counter(), time.thread_time()
                pane.set_filter(types, mentions)
                cpu[name].append(time.thread_time() - c)
                await pilot.pause()
                wall[name].append(time.perf_counter() - t)
                figures[f"shown_{name}"] = len(pane.entries)
        for name in filters:
            figures[f"filter_{name}_cpu_median_ms"] = statistics.median(cpu[name]) * 1000
            figures[f"filter_{name}_cpu_max_ms"] = max(cpu[name]) * 1000
            figures[f"filter_{name}_to_frame_median_ms"] = statistics.median(wall[name]) * 1000
        keys = []
        for _ in range(max(runs, 9)):
            t = time.perf_counter()
            await pilot.press("j")
            await pilot.pause()
            keys.append(time.perf_counter() - t)
        figures["key_j_to_frame_median_ms"] = statistics.median(keys) * 1000
    return figures


def _child(article: str, cache: str | None, runs: int) -> dict[str, dict[str, float]]:
    from reader.analysis import analyse
    from reader.io.document import load

    big = _analysis(Path(article), Path(cache) if cache else None)
    seed = analyse(load(str(SEED)))
    return {
        "seed": asyncio.run(_measure(seed, runs)),
        "big": asyncio.run(_measure(big, runs)),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="size of the article in MB")
    parser.add_argument("--runs", type=int, default=5, help="times each filter is applied")
    parser.add_argument("--checkout", type=Path, default=REPO, help="the reader checkout to run")
    parser.add_argument("--cache", type=Path, help="a pickle of the big article's analysis (made if missing)")
    parser.add_argument("--child", nargs=2, metavar=("FILE", "CACHE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child[0], args.child[1] or None, args.runs)))
        return 0
    if not CORPUS.exists():
        print(f"{CORPUS}: not found (the shared folder sits beside the repository)", file=sys.stderr)
        return 1
    checkout = args.checkout.resolve()
    with tempfile.TemporaryDirectory(prefix="reader-filter-") as name:
        article = Path(name) / "big.txt"
        if args.cache is None or not args.cache.exists():
            make_article(article, args.mb)
        runs = ("--runs", str(args.runs))
        env = {**os.environ, "PYTHONPATH": str(checkout), "READER_LANG": "en"}
        result = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", str(article), str(args.cache or ""), *runs],
            env=env,
            cwd=checkout,
            capture_output=True,
            text=True,
        )
    if result.returncode:
        print(result.stderr[-3000:], file=sys.stderr)
        return 1
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"reader from {checkout}")
    for key in figures["seed"]:
        print(f"  {key:36} {figures['seed'][key]:10.2f} (seed) {figures['big'][key]:10.2f} ({args.mb:g} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
