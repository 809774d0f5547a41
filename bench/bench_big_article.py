"""Benchmark: a 50 MB article in `reader export` and in the reader (memory, paint, timeline, keys, quit).

    python bench/bench_big_article.py [--mb 50] [--keys 15] [--checkout PATH] [--skip export,tui,quit]

Builds the article in a temporary folder from ../shared/bench/ant-news.txt: its 3,861 news
articles again and again, each round in another order and with its numbers changed (a day of
the month moves, a year steps back, other numbers grow), so that sentences differ, under one
front matter (a title and a publication date), until it holds ``--mb`` megabytes. Then, each in
a process of its own (``--checkout`` runs another checkout's reader, for before/after figures):

- ``reader export BIG -o OUT.json``: wall time and peak memory (the process's and its children's);
- the reader, headless (Textual's pilot, 120x40): the time to the article painted, to the
  timeline's first events and to the whole timeline; then the latency of ``j``, ``space`` and
  ``G`` in the article and in the timeline, while the analysis runs and after: from the key sent
  to the first frame it caused written out (the cursor moved: median and worst), to the last one
  (the status line and scroll bars follow: median), and the main thread's CPU time for it (less
  an unbound key's); peak memory, the reader's and its analysis process's;
- the reader in a real terminal (tmux, 120x35): ``q`` and ``ctrl+c`` pressed while the analysis
  runs, and the time until the process has exited (the shell prints its status).

Not a test: run it by hand. The article never lands in the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "bench" / "ant-news.txt"
_NUMBER = re.compile(r"\d+")


def make_article(path: Path, megabytes: float, corpus: Path = CORPUS) -> Path:
    """Write an article of about ``megabytes`` MB (UTF-8) built from ``corpus`` to ``path``."""
    blocks = [b.strip("\n") for b in re.split(r"\n[ \t]*\n", corpus.read_text(encoding="utf-8")) if b.strip()]
    target = int(megabytes * 1e6)
    parts = ["---\ntitle: كل الأخبار\npublished: 2017-03-01\n---\n"]
    size = 0
    round_ = 0
    while size < target:
        order = blocks[:]
        random.Random(round_).shuffle(order)

        def vary(match: re.Match[str], k: int = round_) -> str:
            n = int(match.group())
            if 1 <= n <= 31:
                return str((n - 1 + k) % 28 + 1)
            if 1900 <= n <= 2099:
                return str(n - k % 8)
            return str(n + k)

        for block in order:
            text = _NUMBER.sub(vary, block) if round_ else block
            parts.append(text)
            size += len(text.encode("utf-8")) + 2
            if size >= target:
                break
        round_ += 1
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return path


def _env(checkout: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(checkout), "READER_LANG": "en"}
    env.pop("READER_DEBUG", None)
    return env


def bench_export(article: Path, checkout: Path, folder: Path) -> dict[str, float]:
    """``reader export`` in a process of its own: seconds and peak RSS (MB)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "export", str(article), "-o", str(folder / "out.json"), "--force"],
        env=_env(checkout),
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"reader export failed ({process.returncode}): {process.stderr.read().decode()[-500:]}")
    return {"export_s": seconds, "export_peak_rss_mb": usage.ru_maxrss / 1024}


# -- the reader, headless (run in a child: python bench_big_article.py --tui-child FILE) ------------


async def _tui(article_path: str, keys: int) -> dict[str, float]:
    from reader.io.document import load
    from reader.ui.app import ReaderApp

    figures: dict[str, float] = {}
    start = time.perf_counter()
    article = load(article_path)
    figures["load_s"] = time.perf_counter() - start
    figures["sentences"] = len(article.sentences)
    app = ReaderApp(article)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = None
        while screen is None or not any(line.strip() for line in screen.article_pane.visible_text()):
            await pilot.pause(0.01)
            screen = app.screen if hasattr(app.screen, "article_pane") else None
        figures["first_paint_s"] = time.perf_counter() - start
        while not screen.timeline.entries:
            await pilot.pause(0.01)
        figures["first_events_s"] = time.perf_counter() - start
        figures["first_events_count"] = len(screen.timeline.events)
        figures.update(await _keys(pilot, screen, keys, "during_analysis_"))
        await app.workers.wait_for_complete()
        await pilot.pause()
        figures["timeline_filled_s"] = time.perf_counter() - start
        figures["events"] = len(screen.analysis.events) if screen.analysis else 0
        figures.update(await _keys(pilot, screen, keys, ""))
        figures["tui_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    figures["analysis_process_peak_rss_mb"] = children
    return figures


async def _keys(pilot, screen, count: int, prefix: str) -> dict[str, float]:
    """Latency of keys in the article, then in the timeline (ms): from the key sent to the last
    frame it caused written out (median and worst), and the main thread's CPU time for it."""
    app = pilot.app
    frames: list[float] = []
    display = app._display

    def timed_display(screen_, renderable) -> None:  # the moment a frame is written to the terminal
        display(screen_, renderable)
        frames.append(time.perf_counter())

    app._display = timed_display

    async def timed(key: str) -> tuple[float, float, float]:
        frames.clear()
        t, c = time.perf_counter(), time.thread_time()
        await pilot.press(key)
        await pilot.pause()
        cpu = time.thread_time() - c
        if not frames:
            return 0.0, 0.0, cpu
        return frames[0] - t, frames[-1] - t, cpu

    figures: dict[str, float] = {}
    idle_cpu = statistics.median([(await timed("x"))[2] for _ in range(count)])
    for pane in ("article", "timeline"):
        target = screen.article_pane if pane == "article" else screen.timeline
        if screen.focused is not target:
            await pilot.press("tab")
            await pilot.pause()
        for key in ("j", "space", "G"):
            first, last, cpu = [], [], []
            await pilot.press("g")  # from the top: every key moves
            await pilot.pause()
            for _ in range(count if key != "G" else 3):
                if key == "G":
                    await pilot.press("g")
                    await pilot.pause()
                frame, settled, used = await timed(key)
                first.append(frame)
                last.append(settled)
                cpu.append(used - idle_cpu)
            figures[f"{prefix}{pane}_{key}_first_frame_median_ms"] = statistics.median(first) * 1000
            figures[f"{prefix}{pane}_{key}_first_frame_max_ms"] = max(first) * 1000
            figures[f"{prefix}{pane}_{key}_last_frame_median_ms"] = statistics.median(last) * 1000
            figures[f"{prefix}{pane}_{key}_cpu_median_ms"] = statistics.median(cpu) * 1000
    await pilot.press("tab")
    await pilot.pause()
    app._display = display
    return figures


def bench_tui(article: Path, checkout: Path, keys: int) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--tui-child", str(article), "--keys", str(keys)],
        env=_env(checkout),
        cwd=checkout,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise SystemExit(f"the headless reader failed: {result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


# -- quitting in a real terminal -------------------------------------------------------------------


def bench_quit(article: Path, checkout: Path, key: str, folder: Path, timeout: float = 120) -> dict[str, float]:
    """Seconds from ``key`` sent (the article painted, the analysis running) to the process gone."""
    socket = f"reader-big-{uuid.uuid4().hex[:8]}"
    status = folder / f"status-{uuid.uuid4().hex[:6]}"
    env = {**_env(checkout), "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}

    def tmux(*args: str) -> str:
        return subprocess.run(
            ["tmux", "-L", socket, "-f", "/dev/null", *args], capture_output=True, text=True, env=env
        ).stdout

    command = f"{sys.executable} -m reader {article}; echo $? > {status}; sleep 60"
    tmux("new-session", "-d", "-s", "big", "-x", "120", "-y", "35", "-c", str(folder), command)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and "sentence 1/" not in tmux("capture-pane", "-p", "-t", "big"):
            time.sleep(0.05)
        time.sleep(1.0)  # the analysis is under way
        sent = time.monotonic()
        tmux("send-keys", "-t", "big", "C-c" if key == "ctrl+c" else key)
        while not status.exists() and time.monotonic() - sent < timeout:
            time.sleep(0.01)
        gone = time.monotonic() - sent  # the timeout when it never exited (status -1)
        code = int(status.read_text().strip() or -1) if status.exists() else -1
    finally:
        tmux("kill-server")
    return {f"quit_{key}_s": gone, f"quit_{key}_status": code}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="size of the article in MB")
    parser.add_argument("--keys", type=int, default=15, help="presses of each key timed")
    parser.add_argument("--checkout", type=Path, default=REPO, help="the reader checkout to run")
    parser.add_argument("--skip", default="", help="comma-separated: export, tui, quit")
    parser.add_argument("--quit-timeout", type=float, default=120, help="seconds to wait for the reader to exit")
    parser.add_argument("--tui-child", metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.tui_child:
        import asyncio

        print(json.dumps(asyncio.run(_tui(args.tui_child, args.keys))))
        return 0
    if not CORPUS.exists():
        print(f"{CORPUS}: not found (the shared folder sits beside the repository)", file=sys.stderr)
        return 1
    skip = set(filter(None, args.skip.split(",")))
    checkout = args.checkout.resolve()
    with tempfile.TemporaryDirectory(prefix="reader-big-") as name:
        folder = Path(name)
        article = make_article(folder / "big.txt", args.mb)
        print(f"{article.stat().st_size / 1e6:.1f} MB article, reader from {checkout}")
        figures: dict[str, float] = {}
        if "export" not in skip:
            figures.update(bench_export(article, checkout, folder))
        if "tui" not in skip:
            figures.update(bench_tui(article, checkout, args.keys))
        if "quit" not in skip and shutil.which("tmux"):
            for key in ("q", "ctrl+c"):
                figures.update(bench_quit(article, checkout, key, folder, args.quit_timeout))
    for key, value in figures.items():
        print(f"  {key:40} {value:10.3f}" if isinstance(value, float) else f"  {key:40} {value:10}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
