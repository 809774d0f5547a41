"""Indexing articles into the archive: expand the paths, skip what is unchanged, analyse the rest.

Each article is read once: its bytes' SHA-256 decides whether it changed since it was indexed
(same path, same hash and the same analysis version, ``work.analysis_version``: not analysed
again); a changed or new one, or one analysed under other rules, is loaded, analysed and written
in transactions of about half a second of work (``store.Writer``), so an interrupted run leaves
every article wholly in or wholly out (Ctrl-C between two articles commits those before; a kill
loses at most the last batch) and the next run carries on where it stopped. A file that cannot be
read or analysed is reported (``on_skip``) and the others go in.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from reader.archive.work import Item, Outcome, Sharded, Skipped, Unchanged, article_path, process
from reader.errors import ReaderError

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
STDIN = "-"
POOL_BATCH = 16  # articles per task of a --jobs pool (bench/bench_archive.py --batches measures it)
DASK_BATCH = 128  # articles per Dask task: one shard each (bench/bench_archive.py --batches: 64 and 128 best)


@dataclass
class IndexSummary:
    """What a run did."""

    db: str
    indexed: int = 0  # articles analysed and written (new or changed)
    unchanged: int = 0  # articles already in the archive with the same content
    events: int = 0  # events of the articles indexed in this run
    reanalysed: int = 0  # of ``indexed``: unchanged files analysed again, their analysis version being another
    pruned: int = 0  # articles removed, their files gone (``prune``)
    gone: int = 0  # articles whose files are gone, kept (no ``prune``)
    skipped: list[str] = field(default_factory=list)  # one line per file that could not go in
    internal: bool = False  # a skip was a bug of ours, not bad input
    seconds: float = 0.0
    shards: str | None = None  # a --shards-only run's shards folder: the articles are there, not in ``db`` yet

    def line(self) -> str:
        """``indexed 12 articles (340 events), 3 unchanged, 1 skipped in 4.2 s -> archive.db``, with
        ``; 5 re-analysed: other rules`` in the parentheses, ``, 2 pruned`` or ``, 2 gone from disk
        (kept; --prune removes them)`` after the skipped when there are any."""
        stale = f"; {self.reanalysed} re-analysed: other rules" if self.reanalysed else ""
        pruned = f", {self.pruned} pruned" if self.pruned else ""
        gone = f", {self.gone} gone from disk (kept; --prune removes them)" if self.gone else ""
        target = self.db
        if self.shards is not None:
            target = f"{self.shards}, not yet in {self.db} (reader index --merge {self.shards} --db {self.db})"
        return (
            f"indexed {self.indexed} article{'s' * (self.indexed != 1)} ({self.events} events{stale}), "
            f"{self.unchanged} unchanged, {len(self.skipped)} skipped{pruned}{gone} "
            f"in {self.seconds:.1f} s -> {target}"
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
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    shards: str | None = None,
    batch: int | None = None,
    prune: bool = False,
    shards_only: bool = False,
    on_start: Callable[[int], None] | None = None,
    on_skip: Callable[[str], None] | None = None,
    on_done: Callable[[int], None] | None = None,
    stdin: TextIO | None = None,
) -> IndexSummary:
    """Index ``paths`` into the open archive ``conn``.

    ``jobs`` > 1 analyses batches of ``batch`` articles in that many worker processes; ``engine``
    ``"dask"`` on a Dask cluster (``scheduler``'s, else a local one of ``jobs`` workers), whose
    workers write Parquet shards to ``shards`` that are then merged here (with ``shards_only``,
    not: the archive only says what is unchanged, and ``merge`` loads the shards later). Either way
    the articles are written in the order of a serial run, so the archive is the same. ``prune`` removes the
    archived articles whose files are gone from the folders indexed. ``on_start`` hears how many
    files there are, ``on_skip`` each one that fails (one line), ``on_done`` how many more are done.
    """
    from reader.archive.store import Writer, stored_state
    from reader.archive.store import prune as prune_rows
    from reader.archive.work import analysis_version

    if shards_only and (engine != "dask" or prune):
        raise ReaderError("--shards-only goes with --engine dask, and not with --prune", exit_code=2)
    started = time.perf_counter()
    folder = shards or f"{db}.shards"
    summary = IndexSummary(db=db, shards=folder if shards_only else None)

    def skip(message: str, internal: bool = False) -> None:
        summary.skipped.append(message)
        summary.internal = summary.internal or internal
        if on_skip is not None:
            on_skip(message)

    paths = list(paths)
    missing: list[str] = []
    files = expand(paths, stdin, missing)
    for message in missing:
        skip(message)
    stored = stored_state(conn)
    version = analysis_version()
    named = archive_paths(files)
    gone = _gone(paths, {path for _, path in named}, stored)
    if prune:
        summary.pruned = prune_rows(conn, gone)
    else:
        summary.gone = len(gone)
    items: list[Item] = []
    for name, path in named:
        digest, made_with = stored.get(path, (None, None))
        items.append((name, path, digest if made_with == version else None))
    if on_start is not None:
        on_start(len(files))
    writer = Writer(conn)
    try:
        for outcome, done in _outcomes(items, jobs, engine, scheduler, folder, batch, not shards_only):
            if isinstance(outcome, Skipped):
                skip(outcome.message, outcome.internal)
            elif isinstance(outcome, Unchanged):
                summary.unchanged += 1
            else:
                if stored.get(outcome.path, (None, None))[0] == outcome.hash:
                    summary.reanalysed += 1  # same file, other rules
                if isinstance(outcome, Sharded):
                    summary.indexed += 1  # its rows are in its shard only
                    summary.events += outcome.events
                else:
                    writer.write(outcome)  # an error in writing ends the run (its batch undone)
            if on_done is not None and done:
                on_done(done)
    finally:
        writer.close()  # the articles written are committed, also on Ctrl-C
        if not shards_only:
            summary.indexed, summary.events = writer.written, writer.events
    summary.seconds = time.perf_counter() - started
    return summary


def archive_paths(files: Iterable[str]) -> list[tuple[str, str]]:
    """Each file with its ``article_path``, each folder resolved once (not every file's path again,
    component by component: a third of a re-run on an unchanged archive); a file that is itself a
    symbolic link is resolved whole."""
    folders: dict[str, str] = {}
    named = []
    for name in files:
        head, tail = os.path.split(name)
        folder = folders.get(head)
        if folder is None:
            folder = folders[head] = article_path(head or os.curdir)
        path = os.path.join(folder, tail)
        named.append((name, article_path(path) if os.path.islink(path) else path))
    return named


def _gone(paths: list[str], found: set[str], stored: dict[str, tuple[str, str | None]]) -> list[str]:
    """The archived articles under the folders of ``paths`` that are no longer article files there
    (a folder that is missing altogether, an unmounted disk, counts for nothing)."""
    folders = [article_path(p) for p in paths if p != STDIN and p and os.path.isdir(p)]
    if not folders:
        return []
    prefixes = tuple(folder.rstrip(os.sep) + os.sep for folder in folders)
    return sorted(path for path in stored if path.startswith(prefixes) and path not in found)


def _outcomes(
    items: list[Item],
    jobs: int,
    engine: str,
    scheduler: str | None,
    shards: str,
    batch: int | None,
    rows: bool = True,
) -> Iterator[tuple[Outcome, int]]:
    """Each file's outcome in the order of ``items``, with how many files it completes (for a
    progress bar); without ``rows`` (Dask only), an analysed file's rows stay in its shard."""
    if engine == "dask":
        from reader.archive.cluster import dask_outcomes

        yield from dask_outcomes(items, jobs, scheduler, shards, batch or DASK_BATCH, rows)
    elif jobs > 1:
        from reader.archive.pool import pool_outcomes

        yield from pool_outcomes(items, jobs, batch or POOL_BATCH)
    else:
        for item in items:
            yield process(*item), 1
