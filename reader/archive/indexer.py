"""Indexing articles into the archive: expand the paths, skip what is unchanged, analyse the rest.

Each article is read once: its bytes' SHA-256 decides whether it changed since it was indexed
(same path, same hash: not analysed again); a changed or new one is loaded, analysed and written
in transactions of about half a second of work (``store.Writer``), so an interrupted run leaves
every article wholly in or wholly out (Ctrl-C between two articles commits those before; a kill
loses at most the last batch) and the next run carries on where it stopped. A file that cannot be
read or analysed is reported (``on_skip``) and the others go in.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from reader.errors import ReaderError

if TYPE_CHECKING:
    from reader.model import Analysis

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
STDIN = "-"


@dataclass
class IndexSummary:
    """What a run did."""

    db: str
    indexed: int = 0  # articles analysed and written (new or changed)
    unchanged: int = 0  # articles already in the archive with the same content
    events: int = 0  # events of the articles indexed in this run
    skipped: list[str] = field(default_factory=list)  # one line per file that could not go in
    internal: bool = False  # a skip was a bug of ours, not bad input
    seconds: float = 0.0

    def line(self) -> str:
        """``indexed 12 articles (340 events), 3 unchanged, 1 skipped in 4.2 s -> archive.db``."""
        return (
            f"indexed {self.indexed} article{'s' * (self.indexed != 1)} ({self.events} events), "
            f"{self.unchanged} unchanged, {len(self.skipped)} skipped in {self.seconds:.1f} s -> {self.db}"
        )


def expand(paths: Iterable[str], stdin: TextIO | None = None, skipped: list[str] | None = None) -> list[str]:
    """The article files ``paths`` name, each once, in order: a folder is its article files
    (``.txt``, ``.md``, ``.html``, ``.htm``, in its subfolders too, hidden ones left out, in name
    order); ``-`` is a list of paths read from ``stdin``, one per line. A path that names nothing
    is reported in ``skipped`` (or raised as a ``ReaderError`` without it)."""
    found: dict[str, None] = {}
    for raw in paths:
        if raw == "":
            raise ReaderError('"": an empty path names no file or folder', exit_code=2)
        if raw == STDIN:
            listed = [line.rstrip("\r\n") for line in (stdin or sys.stdin)]
            found.update(dict.fromkeys(expand([p for p in listed if p.strip() and p != STDIN], None, skipped)))
            continue
        try:
            found.update(dict.fromkeys(_files(raw)))
        except ReaderError as exc:
            if skipped is None:
                raise
            skipped.append(str(exc))
    return list(found)


def _files(raw: str) -> list[str]:
    if raw.startswith(("http://", "https://")):
        raise ReaderError(f"{raw}: the archive indexes files and folders, not URLs")
    path = Path(raw)
    if path.is_dir():
        return _folder_files(path)
    if not path.exists():
        raise ReaderError(f"{raw}: no such file or folder")
    return [raw]


def _folder_files(folder: Path) -> list[str]:
    found: list[str] = []

    def fail(exc: OSError) -> None:
        raise ReaderError(f"{exc.filename or folder}: cannot read the folder: {exc.strerror or exc}")

    for root, dirs, files in os.walk(folder, onerror=fail):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            os.path.join(root, name)
            for name in sorted(files)
            if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith(".")
        )
    return found


def index(
    paths: Iterable[str],
    conn: sqlite3.Connection,
    db: str,
    *,
    on_start: Callable[[int], None] | None = None,
    on_skip: Callable[[str], None] | None = None,
    on_article: Callable[[str], None] | None = None,
    stdin: TextIO | None = None,
) -> IndexSummary:
    """Index ``paths`` into the open archive ``conn``: ``on_start``
    hears how many files there are, ``on_skip`` each one that fails (one line), ``on_article``
    each one done (for a progress bar)."""
    from reader.archive.store import Writer, stored_hashes

    started = time.perf_counter()
    summary = IndexSummary(db=db)

    def skip(message: str, internal: bool = False) -> None:
        summary.skipped.append(message)
        summary.internal = summary.internal or internal
        if on_skip is not None:
            on_skip(message)

    missing: list[str] = []
    files = expand(paths, stdin, missing)
    for message in missing:
        skip(message)
    stored = stored_hashes(conn)
    if on_start is not None:
        on_start(len(files))
    writer = Writer(conn)
    try:
        for name in files:
            try:
                found = _read_and_analyse(name, stored)
            except ReaderError as exc:
                skip(str(exc))
                found = None
            except Exception as exc:  # a bug of ours: this article is skipped, the others go in
                if os.environ.get("READER_DEBUG"):
                    raise
                skip(f"{name}: internal error: {type(exc).__name__}: {exc}", internal=True)
                found = None
            if found is not None:
                path, digest, analysis = found
                if analysis is None:
                    summary.unchanged += 1
                else:
                    writer.write(path, digest, analysis)  # an error in writing ends the run (its batch undone)
            if on_article is not None:
                on_article(name)
    finally:
        writer.close()  # the articles written are committed, also on Ctrl-C
        summary.indexed, summary.events = writer.written, writer.events
    summary.seconds = time.perf_counter() - started
    return summary


def article_path(name: str) -> str:
    """How the archive names a file: its absolute path, symbolic links resolved."""
    return str(Path(name).resolve())


def _read_and_analyse(name: str, stored: dict[str, str]) -> tuple[str, str, Analysis | None]:
    """The file's archive path, its content hash and its analysis (None when it is unchanged)."""
    from reader.document import read_source

    data = read_source(name)
    digest = hashlib.sha256(data).hexdigest()
    path = article_path(name)
    if stored.get(path) == digest:
        return path, digest, None
    return path, digest, analyse_bytes(data, name, path)


def analyse_bytes(data: bytes, name: str, path: str) -> Analysis:
    """Decode, load and analyse an article file's bytes as ``reader.load`` and ``reader.analyse`` do."""
    from reader.analysis import analyse
    from reader.decode import decode_bytes
    from reader.document import _looks_like_html, load_text

    if not data.strip():
        raise ReaderError(f"{name}: the article is empty")
    text = decode_bytes(data, name)
    article = load_text(text, path=path, html=_looks_like_html(name, data), name=name)
    return analyse(article)
