"""Writing files without ever leaving a half-written one: temporary file + rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from reader.errors import ReaderError


def write_atomic(path: str | Path, text: str, *, force: bool = False) -> Path:
    """Write ``text`` to ``path`` atomically; refuse to replace an existing file unless ``force``."""
    target = Path(path)
    if target.is_dir():
        raise ReaderError(f"{target}: is a directory")
    if target.exists() and not force:
        raise ReaderError(f"{target}: already exists (use --force to overwrite)")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ReaderError(f"{folder}: no such folder")
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target
