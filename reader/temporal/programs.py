"""The date grammar's compiled regexes, kept on disk between runs as the regex engine's programs.

Parsing and compiling the grammar's families is pure Python in the standard library: about 0.4 s
over a long run, 0.05 s of a short one (``reader export`` on a news article), every process again.
What the compiler makes of a regex is a program: a list of integers, the flags and the group
names (``Program``); ``_sre.compile`` turns it back into a pattern in microseconds. A family's
programs are kept in one file per form (``NAME.bin``, ``NAME`` the family and its form) holding the
SHA-256 of the regex source they were compiled from: a file is used only for that source, in a
folder named for the interpreter and the engine's version (``regex-cpython-311-20220615``), under
``$READER_CACHE_DIR``, else ``$XDG_CACHE_HOME/reader``, else ``~/.cache/reader``.

A file is written under a temporary name and renamed (a reader never sees half a file); one that
cannot be read, is stale or does not build is compiled again and replaced; a folder that cannot be
written is no error (the programs are then compiled in every run, as without this module).
"""

from __future__ import annotations

import hashlib
import importlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

CACHE_ENV = "READER_CACHE_DIR"

# the standard library's regex compiler and engine (private modules: read through Any; a program
# that does not build, as after a change of the engine, is compiled again)
_COMPILER: Any = importlib.import_module("re._compiler")
_SRE: Any = importlib.import_module("_sre")

# (flags, code, the number of groups, group name -> index, index -> group name)
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
Stored = tuple[str, tuple[Program, ...]]  # what a caller keeps: its own kind word, its programs


def program(tree: Any) -> Program:
    """The program of a parsed regex (``re._parser.parse``): what ``re._compiler.compile`` passes
    to the engine, as plain data."""
    state = tree.state
    code = [int(op) for op in _COMPILER._code(tree, 0)]  # its opcodes are int subclasses
    names = dict(state.groupdict)
    index_names: list[str | None] = [None] * state.groups
    for name, index in names.items():
        index_names[index] = name
    return (int(state.flags), code, state.groups - 1, names, tuple(index_names))  # flags may be a RegexFlag


def build(found: Program, source: str | None = None) -> re.Pattern[str]:
    """The pattern a program is (``source`` its ``.pattern``; None when it was compiled from a tree)."""
    flags, code, groups, names, index_names = found
    pattern: re.Pattern[str] = _SRE.compile(source, flags, code, groups, names, index_names)
    return pattern


def folder() -> Path | None:
    """Where the programs of this interpreter and regex engine are kept (None: no home folder to
    keep them in, nor a cache folder named; a relative one would litter the working folder)."""
    root = os.environ.get(CACHE_ENV) or ""
    if not root:
        cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        if not os.path.isabs(cache):
            return None
        root = os.path.join(cache, "reader")
    return Path(root) / f"regex-{sys.implementation.cache_tag}-{_SRE.MAGIC}"


def _digest(source: str) -> bytes:
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).digest()


def load(name: str, source: str) -> Stored | None:
    """What ``save(name, source, ...)`` kept, if it was kept for this very ``source``."""
    try:
        where = folder()
        if where is None:
            return None
        data = (where / f"{name}.bin").read_bytes()
        digest, stored = marshal.loads(data)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if digest != _digest(source):
        return None  # compiled from another version of the grammar
    return stored


def save(name: str, source: str, stored: Stored) -> None:
    """Keep ``stored`` for ``source`` under ``name`` (atomically; nothing happens when it cannot be written)."""
    where = folder()
    if where is None:
        return
    try:
        where.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=where)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(marshal.dumps((_digest(source), stored)))
            os.replace(temporary, where / f"{name}.bin")
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        return


_Built = TypeVar("_Built")


def kept(name: str, source: str, make: Callable[[], Stored], use: Callable[[Stored], _Built]) -> _Built:
    """``use`` of the programs kept for ``source``, else of ``make()``'s (then kept for next time)."""
    stored = load(name, source)
    if stored is not None:
        try:
            return use(stored)
        except (TypeError, ValueError, RuntimeError, IndexError):
            pass  # not a program this engine runs: compiled again below
    stored = make()
    found = use(stored)
    save(name, source, stored)
    return found
