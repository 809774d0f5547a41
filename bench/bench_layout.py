"""Benchmark: right-to-left layout of ../shared/bench/ant-news.txt (5.5 MB), reader vs GNU FriBidi.

Times, side by side in one run and on the same input, each command's wall time (process start
to exit, output to /dev/null): ``fribidi --nopad --width 80`` (GNU FriBidi's CLI: reorders,
mirrors, shapes, wraps at 80 cells; the reference of the ratios), the same padding right-to-left
lines to the width as ``reader cat`` does, python-bidi + arabic-reshaper line by line (if both
are installed; not project dependencies) and ``reader cat --width 80`` (load, reorder, shape,
wrap, pad). The commands run in turns, round by round, so that a busy machine weighs on all
alike; each figure is the median of ``--rounds`` runs. Then, in this process, how reader's time
splits between loading the article and laying it out.

    python bench/bench_layout.py [FILE] [--width 80] [--rounds 5] [--baseline CHECKOUT]

``--baseline`` also times ``reader cat`` from another checkout of the project (an older commit
in a ``git worktree``), run with ``PYTHONPATH`` set to it. Python commands run with their
bytecode cached (``PYTHONPYCACHEPREFIX`` in a temporary folder, written by the untimed warm-up
run), as an installed reader has it, even where ``PYTHONDONTWRITEBYTECODE`` is set.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "ant-news.txt"
PYTHON_BIDI = """
import sys
from arabic_reshaper import reshape
from bidi.algorithm import get_display
out = sys.stdout
for line in open(sys.argv[1], encoding="utf-8"):
    out.write(get_display(reshape(line.rstrip("\\n"))) + "\\n")
"""


def has_python_bidi() -> bool:
    try:
        import arabic_reshaper  # noqa: F401
        import bidi.algorithm  # noqa: F401
    except ImportError:
        return False
    return True


Command = tuple[list[str], Path | None]  # argv, and the checkout to run it in (None: this one)


def commands(path: Path, width: int, baseline: Path | None) -> dict[str, Command | None]:
    """Name -> command (stdin is the file for fribidi), or None when it cannot run here."""
    fribidi = shutil.which("fribidi")
    cat = [sys.executable, "-m", "reader", "cat", "--width", str(width), str(path)]
    found: dict[str, Command | None] = {
        f"fribidi --nopad --width {width}": ([fribidi, "--nopad", "--width", str(width)], None) if fribidi else None,
        f"fribidi --width {width} (pads right-to-left lines, as cat)": (
            ([fribidi, "--width", str(width)], None) if fribidi else None
        ),
        "python-bidi + arabic-reshaper, per line": (
            ([sys.executable, "-c", PYTHON_BIDI, str(path)], None) if has_python_bidi() else None
        ),
        f"reader cat --width {width}": (cat, None),
    }
    if baseline is not None:
        found[f"reader cat --width {width} ({baseline.name})"] = (cat, baseline.resolve())
    return found


_BYTECODE = tempfile.mkdtemp(prefix="bench-layout-pycache-")


def run_once(command: Command, path: Path) -> float:
    argv, checkout = command
    env = {**os.environ, "PYTHONPYCACHEPREFIX": _BYTECODE, "PYTHONDONTWRITEBYTECODE": ""}
    if checkout is not None:
        env["PYTHONPATH"] = str(checkout)
    with path.open("rb") as stdin:
        start = time.perf_counter()
        subprocess.run(
            argv, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True, env=env, cwd=checkout
        )
        return time.perf_counter() - start


def in_process(path: Path, width: int, rounds: int) -> tuple[float, float, int]:
    """Median seconds to load the article and to lay it out (``cat``'s lines), and the line count."""
    from reader.commands.cat import render
    from reader.io.document import load
    from reader.rtl import LayoutOptions

    loads, layouts = [], []
    count = 0
    for _ in range(rounds):
        start = time.perf_counter()
        article = load(path, sentences=False)  # as reader cat loads it
        loaded = time.perf_counter()
        count = sum(1 for _ in render(article, width, LayoutOptions()))
        layouts.append(time.perf_counter() - loaded)
        loads.append(loaded - start)
    return statistics.median(loads), statistics.median(layouts), count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--width", type=int, default=80)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--baseline", type=Path, help="another checkout whose reader cat is timed too")
    args = parser.parse_args()
    if not args.file.exists():
        print(f"skipped: {args.file} is missing (the benchmark text lives in ../shared/bench)")
        return 0
    found = commands(args.file, args.width, args.baseline)
    runnable = {name: command for name, command in found.items() if command}
    for name, command in found.items():
        if command is None:
            print(f"skipped: {name} (not installed)")
    times: dict[str, list[float]] = {name: [] for name in runnable}
    for command in runnable.values():  # one untimed warm-up each (page cache, .pyc files)
        run_once(command, args.file)
    for _ in range(args.rounds):
        for name, command in runnable.items():
            times[name].append(run_once(command, args.file))
    size = args.file.stat().st_size / 1e6
    print(f"{args.file.name}: {size:.1f} MB, width {args.width}, median of {args.rounds} runs in turns")
    reference = statistics.median(times[next(iter(times))]) if "fribidi" in next(iter(times), "") else None
    wide = max(len(name) for name in times)
    print(f"| {'command':<{wide}} | {'seconds':>7} | {'range':>13} | {'vs fribidi':>10} |")
    print(f"|{'-' * (wide + 2)}|{'-' * 8}:|{'-' * 15}|{'-' * 11}:|")
    for name, values in times.items():
        median = statistics.median(values)
        ratio = f"{median / reference:.2f}x" if reference else "-"
        spread = f"{min(values):.2f}-{max(values):.2f}"
        print(f"| {name:<{wide}} | {median:>7.2f} | {spread:>13} | {ratio:>10} |")
    shutil.rmtree(_BYTECODE, ignore_errors=True)
    load_s, layout_s, lines = in_process(args.file, args.width, args.rounds)
    print(f"reader in process: load {load_s:.2f} s, layout {layout_s:.2f} s ({lines} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
