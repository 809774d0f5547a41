"""Time from starting `reader` to the article painted, in a real terminal (tmux), on the seed.

    python bench/bench_startup.py [--runs 7] [FILE]

Each run starts `python -m reader FILE` in a fresh tmux server at 120x35; the shell records
the time just before it execs Python, and this script polls tmux's screen every 10 ms until
the article pane shows the closing words of the article's first long sentence as the layout
engine lays them out (reordered and joined). It also records when the timeline shows its
first event (a type badge: the analysis runs in a process of its own and the timeline fills as
its chunks come; the labels are English: READER_LANG=en), its first day heading ("Tuesday 14 Nov
2023") and when it is filled (the status line counts the events and no longer says "analysed
N of M sentences"). Prints the median and the worst of each; the goal is under 1 s to the article
and under 0.6 s to the timeline filled.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.io.document import load  # noqa: E402
from reader.ui.display import make_display  # noqa: E402

SEED = REPO / "samples" / "00_seed_russia-north-korea.txt"
DAY_HEADING = re.compile(r"^[│┃]\s*\w+day \d{1,2} \w{3} \d{4}\b", re.M)
BADGE = re.compile(r"^[│┃]\s+(visit|meeting|statement|accusation|denial|agreement|warning|attack|measure) ", re.M)
FILLED = re.compile(r"\b\d+ events\b")


def tmux(socket: str, *args: str) -> str:
    env = {**os.environ, "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    return subprocess.run(
        ["tmux", "-L", socket, "-f", "/dev/null", *args], capture_output=True, text=True, env=env
    ).stdout


def closing_words(article) -> str:
    """The last two words of the first long sentence as displayed: the article pane shows them,
    the timeline never does (its quotes are sentence openings, cut short)."""
    sentence = next((s for s in article.sentences if len(s.text) > 80), article.sentences[0])
    return make_display("visual")(" ".join(sentence.text.rstrip(".!?؟").split()[-2:]))


def one_run(path: Path, opening: str, timeout: float = 30.0) -> tuple[float, float, float, float]:
    """Seconds from exec to the article painted, to the timeline's first event, to its first
    day heading and to the timeline filled."""
    socket = f"reader-bench-{uuid.uuid4().hex[:8]}"
    with tempfile.TemporaryDirectory() as folder:
        stamp = Path(folder) / "start"
        command = f"date +%s.%N > {stamp}; READER_LANG=en exec {sys.executable} -m reader {path}"
        tmux(socket, "new-session", "-d", "-s", "bench", "-x", "120", "-y", "35", "-c", str(REPO), command)
        seen: dict[str, float] = {}
        deadline = time.time() + timeout
        try:
            while time.time() < deadline and len(seen) < 4:
                screen = tmux(socket, "capture-pane", "-p", "-t", "bench")
                now = time.time()
                checks = {
                    "painted": opening in screen,
                    "event": BADGE.search(screen) is not None,
                    "dated": DAY_HEADING.search(screen) is not None,
                    "filled": FILLED.search(screen) is not None and "analysed " not in screen,
                }
                for name, shown in checks.items():
                    if shown and name not in seen:
                        seen[name] = now
                time.sleep(0.01)
            start = float(stamp.read_text().strip())
        finally:
            tmux(socket, "kill-server")
    if len(seen) < 4:
        raise SystemExit(f"the reader did not paint {path} and fill its timeline within {timeout} s")
    return tuple(seen[name] - start for name in ("painted", "event", "dated", "filled"))  # type: ignore[return-value]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(SEED))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    path = Path(args.file).absolute()
    article = load(path)
    opening = closing_words(article)
    one_run(path, opening)  # warm the file system cache and bytecode, as a user's second start
    results = [one_run(path, opening) for _ in range(args.runs)]
    print(f"{path.name}: {args.runs} runs at 120x35 in tmux")
    names = ("article painted", "first event", "first day heading", "timeline filled")
    for n, name in enumerate(names):
        times = [run[n] for run in results]
        print(f"  {name + ':':19} median {statistics.median(times):.3f} s, worst {max(times):.3f} s")
    return 0 if statistics.median([run[0] for run in results]) < 1.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
