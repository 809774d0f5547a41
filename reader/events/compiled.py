"""Which copy of the hot event passes runs: the one mypyc compiled at install, or the sources.

The install compiles ``COMPILED`` when it can (``setup.py``) and records the SHA-256 of each
source it compiled in ``compiled.json``. Python imports a compiled module before its source, so
a source edited (or checked out) since the build would run stale: when any of them differs from
what was compiled, or ``READER_PURE`` is set, every one of them is imported from its source (all
or none: the compiled ones call each other directly). ``reader.events`` imports this module
before any pass.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

COMPILED = ("actors", "classify", "frames", "mentions", "morphology", "triggers")
PACKAGE = "reader.events"
HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "compiled.json"


def built(folder: Path = HERE) -> bool:
    """Whether compiled copies of the passes are installed beside their sources."""
    suffixes = importlib.machinery.EXTENSION_SUFFIXES
    return all(any((folder / f"{name}{suffix}").exists() for suffix in suffixes) for name in COMPILED)


def current(folder: Path = HERE) -> bool:
    """Whether every source is the one that was compiled (per the build's manifest)."""
    try:
        digests = json.loads((folder / "compiled.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    for name in COMPILED:
        try:
            source = (folder / f"{name}.py").read_bytes()
        except OSError:
            return False
        if not isinstance(digests, dict) or digests.get(name) != hashlib.sha256(source).hexdigest():
            return False
    return True


def running() -> str:
    """``"compiled"`` or ``"source"``: which copy this process imports (or imported)."""
    return "source" if _sources_first() or not built() else "compiled"


class SourceFirst(importlib.abc.MetaPathFinder):
    """Finds the passes' sources ahead of their compiled copies."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != PACKAGE or name not in COMPILED:
            return None
        return importlib.util.spec_from_file_location(fullname, HERE / f"{name}.py")


def _sources_first() -> bool:
    return any(isinstance(finder, SourceFirst) for finder in sys.meta_path)


def choose() -> None:
    """Import the sources instead of the compiled copies when those are stale or not wanted."""
    if not built() or _sources_first():
        return
    if os.environ.get("READER_PURE") or not current():
        sys.meta_path.insert(0, SourceFirst())


choose()
