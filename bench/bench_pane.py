"""Benchmark: ../shared/bench/ant-news.txt (5.5 MB) opened in the article pane.

Prints the time to load the article, the first paint (load + app start + the first screen
rendered), the page-down redraw (the action and every visible row rendered again; and the same
through a key press, Textual's compositor and the headless driver, less what an unbound key
costs in the test harness), and the peak memory (RSS) of the process.

    python bench/bench_pane.py [FILE] [--size 120x40] [--pages 30]
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import sys
import time
from pathlib import Path

from textual.app import App, ComposeResult

from reader.io.document import load
from reader.model import Article
from reader.ui.article_pane import ArticlePane

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "ant-news.txt"


class PaneApp(App):
    """An app holding only the article pane."""

    def __init__(self, article: Article, bidi: str = "visual") -> None:
        super().__init__()
        self.article = article
        self.bidi = bidi

    def compose(self) -> ComposeResult:
        yield ArticlePane(self.article, bidi=self.bidi)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def measure(path: Path, size: tuple[int, int], pages: int, bidi: str) -> dict[str, float]:
    start = time.perf_counter()
    article = load(path)
    loaded = time.perf_counter()
    app = PaneApp(article, bidi)
    figures: dict[str, float] = {"load_s": loaded - start}
    async with app.run_test(size=size) as pilot:
        pane = app.query_one(ArticlePane)
        frames: list[float] = []
        display = app._display

        def timed_display(screen, renderable):  # the moment a frame is written to the terminal
            display(screen, renderable)
            frames.append(time.perf_counter())

        app._display = timed_display
        handled: list[float] = []
        page_down = pane.action_page_down

        def timed_page_down() -> None:  # the moment the pane gets the key
            handled.append(time.perf_counter())
            page_down()

        pane.action_page_down = timed_page_down
        while not any(line.strip() for line in pane.visible_text()):
            await pilot.pause(0.01)
        await pilot.pause()
        figures["first_paint_s"] = time.perf_counter() - start
        direct, keyed, idle, keyed_cpu, idle_cpu, latency, settled = [], [], [], [], [], [], []
        for _ in range(pages):
            t, c = time.perf_counter(), time.process_time()
            await pilot.press("x")  # bound to nothing: what a key and a pause cost in the test harness
            await pilot.pause()
            idle.append(time.perf_counter() - t)
            idle_cpu.append(time.process_time() - c)
            t = time.perf_counter()
            pane.action_page_down()
            pane.visible_text()
            direct.append(time.perf_counter() - t)
            frames.clear()
            handled.clear()
            t, c = time.perf_counter(), time.process_time()
            await pilot.press("pagedown")
            await pilot.pause()
            keyed.append(time.perf_counter() - t)
            keyed_cpu.append(time.process_time() - c)
            after = [frame for frame in frames if handled and frame > handled[0]]
            if after:
                latency.append(after[0] - handled[0])  # the key handled -> the new page written out
                settled.append(after[-1] - handled[0])  # ... -> the last frame (scrollbar and all)
        pane.action_page_down = page_down
        t = time.perf_counter()
        await pilot.press("end")
        await pilot.pause()
        figures["end_s"] = time.perf_counter() - t
        figures["page_down_median_ms"] = statistics.median(direct) * 1000
        figures["page_down_max_ms"] = max(direct) * 1000
        figures["page_down_keyed_median_ms"] = statistics.median(keyed) * 1000
        figures["page_down_keyed_max_ms"] = max(keyed) * 1000
        figures["key_to_frame_median_ms"] = statistics.median(latency) * 1000 if latency else -1.0
        figures["key_to_frame_max_ms"] = max(latency) * 1000 if latency else -1.0
        figures["key_to_last_frame_median_ms"] = statistics.median(settled) * 1000 if settled else -1.0
        figures["unbound_key_median_ms"] = statistics.median(idle) * 1000
        figures["page_down_keyed_net_ms"] = (statistics.median(keyed) - statistics.median(idle)) * 1000
        figures["page_down_keyed_cpu_net_ms"] = (statistics.median(keyed_cpu) - statistics.median(idle_cpu)) * 1000
        figures["paragraphs"] = len(article.paragraphs)
        figures["sentences"] = len(article.sentences)
        figures["laid_out_paragraphs"] = len(pane._lines)
    figures["peak_rss_mb"] = peak_mb()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(DEFAULT))
    parser.add_argument("--size", default="120x40", help="terminal size COLSxROWS")
    parser.add_argument("--pages", type=int, default=30, help="page-downs to time")
    parser.add_argument("--bidi", default="visual", choices=("visual", "terminal"))
    args = parser.parse_args()
    path = Path(args.file)
    if not path.exists():
        print(f"{path}: not found (the shared folder sits beside the repository)", file=sys.stderr)
        return 1
    cols, rows = (int(x) for x in args.size.split("x"))
    figures = asyncio.run(measure(path, (cols, rows), args.pages, args.bidi))
    print(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB, {args.size}, bidi={args.bidi}")
    for key, value in figures.items():
        print(f"  {key:28} {value:10.3f}" if isinstance(value, float) else f"  {key:28} {value:10}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
