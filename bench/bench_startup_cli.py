"""Wall time of short `reader` commands, from exec to exit: `--help` and `export` on the seed.

    python bench/bench_startup_cli.py [--runs 21] [FILE]

Each run starts the installed `reader` script (the one beside this Python, not a pyenv shim,
whose own start-up adds 60-90 ms) in a fresh process with its output discarded; one warm-up run
per command first, as a user's second start. Prints the median and the worst of each, and bare
`python -c pass` for scale. Goals (issue #11): `reader --help` < 0.15 s, `reader export` on the
seed < 0.4 s; the exit status is 1 if a median misses its goal.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "samples" / "00_seed_russia-north-korea.txt"


def reader_command() -> list[str]:
    """The `reader` console script of this Python, else ``python -m reader``."""
    script = Path(sys.executable).parent / "reader"
    if script.is_file():
        return [str(script)]
    found = shutil.which("reader")
    return [found] if found and "shims" not in found else [sys.executable, "-m", "reader"]


def wall_times(command: list[str], runs: int) -> list[float]:
    """Seconds from start to exit of ``command``, ``runs`` times after one warm-up run."""
    times = []
    for index in range(runs + 1):
        start = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(command)} exited {done.returncode}: {done.stderr.decode().strip()}")
        if index:
            times.append(elapsed)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(SEED))
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    reader = reader_command()
    cases = [
        ("python -c pass", [sys.executable, "-c", "pass"], None),
        ("reader --help", [*reader, "--help"], 0.15),
        (f"reader export {Path(args.file).name} --format json", [*reader, "export", args.file, "-f", "json"], 0.4),
    ]
    print(f"{' '.join(reader)}: {args.runs} runs each")
    missed = False
    width = max(len(label) for label, _, _ in cases)
    for label, command, goal in cases:
        times = wall_times(command, args.runs)
        median = statistics.median(times)
        verdict = "" if goal is None else f"  (goal < {goal:.2f} s: {'ok' if median < goal else 'MISSED'})"
        missed |= goal is not None and median >= goal
        print(f"  {label:<{width}}  median {median:.3f} s, worst {max(times):.3f} s{verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
