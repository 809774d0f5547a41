"""The archive: many articles analysed into an embedded SQLite database, queried across articles.

    import reader
    summary = reader.index(["news/"], db="news.db")      # new and changed files only
    for event in reader.query("بيونغ يانغ", db="news.db", type="visit", date_from="2023"):
        print(event.date, event.type, event.actor, event.sentence_text, event.article.path)

Modules, one job each: ``schema`` (tables, version, migrations, opening), ``keys`` (folded text,
actor keys, date spans), ``store`` (writing an article in one transaction), ``indexer`` (paths to
articles, what changed, the run), ``queries`` (filters to events; not ``query``, which would hide
the function of that name here), ``render`` (Markdown and JSON).
Everything loads on first use, so ``import reader`` stays cheap.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.archive.indexer import IndexSummary
    from reader.archive.queries import ArchivedEvent

DB_ENV = "READER_DB"


def default_db() -> Path:
    """``$READER_DB``, else ``$XDG_DATA_HOME/reader/archive.db`` (``~/.local/share/reader/archive.db``)."""
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV])
    data = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(data) / "reader" / "archive.db"


PathArg = str | os.PathLike[str]


def index(
    paths: PathArg | Iterable[PathArg],
    db: PathArg | None = None,
    *,
    jobs: int = 1,
    prune: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
    shards: PathArg | None = None,
    shards_only: bool = False,
) -> IndexSummary:
    """Analyse the article files ``paths`` name (files, folders) into the archive ``db`` (created
    if missing); unchanged files are not analysed again. Files that fail are listed in the
    summary's ``skipped``; a ``ReaderError`` only for the archive itself. ``jobs``, ``prune``,
    ``engine`` (``"dask"``), ``scheduler``, ``shards`` and ``shards_only`` are ``reader index``'s options (a local
    Dask cluster starts processes: call it under ``if __name__ == "__main__":``)."""
    import sqlite3

    from reader.archive.indexer import index as run_index
    from reader.archive.schema import open_archive
    from reader.errors import ReaderError

    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    target = Path(db) if db is not None else default_db()
    conn = open_archive(target)
    try:
        return run_index(
            [os.fspath(p) for p in paths],
            conn,
            str(target),
            jobs=jobs,
            prune=prune,
            engine=engine,
            scheduler=scheduler,
            shards=os.fspath(shards) if shards is not None else None,
            shards_only=shards_only,
        )
    except sqlite3.Error as exc:  # a full disk, an I/O error: what was committed stays
        raise ReaderError(f"{target}: {exc} (the articles indexed before are kept)") from None
    finally:
        conn.close()


def query(
    text: str | None = None,
    *,
    db: PathArg | None = None,
    type: str | None = None,
    actor: str | None = None,
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    source: str | None = None,
    limit: int | None = None,
) -> list[ArchivedEvent]:
    """The archive's events matching every filter given, in date order (``reader.archive.queries.query``)."""
    from reader.archive.queries import query as run_query
    from reader.archive.schema import open_archive

    conn = open_archive(Path(db) if db is not None else default_db(), create=False)
    try:
        return run_query(
            conn, text, type=type, actor=actor, date_from=date_from, date_to=date_to, source=source, limit=limit
        )
    finally:
        conn.close()
