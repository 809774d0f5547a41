"""Shared fixtures: paths of the repository, the shared folder beside it, and a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# the date grammar's compiled regexes are kept on disk (reader.temporal.programs): in a folder of
# the test run's own, for the tests and every reader process they start, never the user's cache
_CACHE = tempfile.TemporaryDirectory(prefix="reader-tests-cache-")
os.environ["READER_CACHE_DIR"] = _CACHE.name
SAMPLES = REPO / "samples"
SEED = SAMPLES / "00_seed_russia-north-korea.txt"
SHARED = REPO.parent / "shared"


@dataclass
class Run:
    """The outcome of one ``reader`` process."""

    code: int
    out: str
    err: str


def run_reader(*args: str, stdin: bytes | None = None, cwd: Path | None = None, timeout: float = 120) -> Run:
    """Run ``python -m reader ARGS`` as a user would, in a real process."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "100"}
    env.pop("READER_DEBUG", None)
    proc = subprocess.run(
        [sys.executable, "-m", "reader", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd or REPO,
        env=env,
        timeout=timeout,
    )
    return Run(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))


@pytest.fixture(autouse=True)
def english_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    """Labels in English whatever the machine's locale; tests that want Arabic ask for it."""
    monkeypatch.setenv("READER_LANG", "en")


@pytest.fixture
def reader_cli():
    return run_reader


def shared_or_skip(*parts: str) -> Path:
    """A path under ../shared, or skip when this checkout has no shared folder beside it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared folder sits beside the repository)")
    return path


@pytest.fixture
def regex_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty folder for the date grammar's compiled regexes (``reader.temporal.programs``), the
    families this process compiled forgotten before and after the test."""
    from reader.temporal import grammar, programs

    monkeypatch.setenv(programs.CACHE_ENV, str(tmp_path / "regex-cache"))
    compiled = (grammar.pattern, grammar.guarded, grammar.guarded_kept)
    for forget in compiled:
        forget.cache_clear()
    yield tmp_path / "regex-cache"
    for forget in compiled:
        forget.cache_clear()
