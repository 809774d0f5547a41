"""The command line leaves its heap to the process's end instead of a last garbage collection."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

from reader.cli import main

SEED = Path(__file__).resolve().parent.parent / "samples" / "00_seed_russia-north-korea.txt"

# runs the command line as the `reader` script does (main() with no argv), and reports at exit,
# before the interpreter's last collection, whether the heap was frozen by then
PROBE = """
import atexit, gc, sys
atexit.register(lambda: print("frozen:", gc.get_freeze_count() > 0, file=sys.stderr))
sys.argv = ["reader", *sys.argv[1:]]
from reader.cli import main
raise SystemExit(main())
"""


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120, check=False
    )


def test_export_and_cat_end_with_their_heap_frozen_and_their_output_whole() -> None:
    done = _run("export", str(SEED))
    assert done.returncode == 0, done.stderr
    assert "frozen: True" in done.stderr
    exported = json.loads(done.stdout)
    assert exported["events"] and exported["timexes"]
    done = _run("cat", str(SEED))
    assert done.returncode == 0, done.stderr
    assert "frozen: True" in done.stderr
    assert done.stdout.strip()


def test_a_program_calling_main_keeps_collecting() -> None:
    before = gc.get_freeze_count()
    assert main(["cat", str(SEED)]) == 0
    assert gc.get_freeze_count() == before  # a program that calls main() goes on collecting its garbage
