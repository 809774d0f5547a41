"""The archive's SQLite schema, its version (``PRAGMA user_version``) and the migrations to it.

Version history:

- 1: articles, sentences (with an FTS5 trigram index over their folded text: the view
  ``sentence_folded`` is its external content, through the ``reader_fold`` SQL function, so the
  index's ``rebuild`` and ``integrity-check`` work; ``detail=none`` keeps it at about 0.7x the
  text), timexes, events.
  ``SCHEMA_V1`` is history: never edit it (a migration from it is tested).
- 2: events gain what queries filter and sort on: ``actor_key`` (the actor folded as search folds
  it) and ``date_start``/``date_end`` (the days a date value spans); the indexes on type, date and
  actor become indexes on type and first day, on the span, and on the actor key (and one on each
  event's sentence, for the joins). A version 1 archive is migrated on open by computing them
  from the stored values.
- 3: articles gain ``analysis``, the analysis version they were made with
  (``reader.archive.work.analysis_version``); an article stored under another version is analysed
  again. Articles of a version 2 archive have none, so the next ``reader index`` analyses them again.
- 4: ``archive_meta`` (key, value): what the whole archive was made with; ``folding``, the text
  folding the text index holds (``keys.folding_version``). Opened by a reader that folds otherwise
  (a changed normalisation table or rule), the index is rebuilt first (FTS5's ``rebuild`` reads
  every sentence through ``reader_fold``): a query folded one way would miss what was indexed the
  other, and a replaced article's old rows, told to the index in the new folding, would not be
  those it holds. A version 3 archive has no folding named: its index is rebuilt once.
- 5: the text index takes the folded text as it is (``case_sensitive 1``: the folding has
  lower-cased it; the trigram tokenizer's own case folding of every character was an eighth of
  the client's inserts) and keeps no column sizes (``columnsize=0``: no ranking uses them). A
  version 4 archive's index is made again that way and rebuilt.
- 6: the text index merges its segments 8 at a time, not FTS5's 4 (``automerge``, kept in the
  index's own configuration): each posting is merged about two thirds as often, and the inserts
  of a run cost 6-11% fewer instructions (callgrind, the benchmark's 3,861 articles in commits of
  280 and 128); queries over the benchmark archive are as fast, and the file as large. (At 16 the
  inserts cost a fifth less, but the wider merges left some 720 free pages, 2.9 MB, in the file
  at a run's end: 3.0x the text, the issue's bar.) A version 5 archive is set so on open (its
  index as it is; merges from then on).

``open_archive`` opens (or creates) a database, refusing in one line a file that is not one, an
archive of a newer reader, or a SQLite database that is not an archive.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from reader.errors import ReaderError

VERSION = 6
APPLICATION_ID = 0x52444152  # "RDAR": marks the file as a reader archive
_SQLITE_HEADER = b"SQLite format 3\x00"

SCHEMA_V1 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL,
    title TEXT,
    source TEXT,
    published TEXT,
    reference TEXT,
    reference_source TEXT NOT NULL,
    sentence_count INTEGER NOT NULL,
    indexed_at REAL NOT NULL
);
CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (article, n)
);
CREATE VIEW sentence_folded AS SELECT id, reader_fold(text) AS text FROM sentences;
CREATE VIRTUAL TABLE sentence_text USING fts5(
    text, content='sentence_folded', content_rowid='id', tokenize='trigram', detail=none
);
CREATE TABLE timexes (
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tid TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT,
    granularity TEXT NOT NULL,
    kind TEXT NOT NULL,
    anchor TEXT NOT NULL,
    "offset" TEXT,
    PRIMARY KEY (article, tid)
) WITHOUT ROWID;
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    eid TEXT NOT NULL,
    type TEXT NOT NULL,
    trigger TEXT NOT NULL,
    actor TEXT,
    sentence INTEGER NOT NULL,
    mentions TEXT NOT NULL,
    date TEXT,
    granularity TEXT,
    date_source TEXT NOT NULL,
    timex TEXT,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    UNIQUE (article, eid)
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_actor ON events(actor);
"""

_V2_COLUMNS = """
ALTER TABLE events ADD COLUMN actor_key TEXT;
ALTER TABLE events ADD COLUMN date_start TEXT;
ALTER TABLE events ADD COLUMN date_end TEXT;
DROP INDEX events_type;
DROP INDEX events_date;
DROP INDEX events_actor;
CREATE INDEX events_type_date ON events(type, date_start);
CREATE INDEX events_date_span ON events(date_start, date_end);
CREATE INDEX events_actor_key ON events(actor_key);
CREATE INDEX events_sentence ON events(article, sentence);
"""


def _script(conn: sqlite3.Connection, script: str) -> None:
    """Each statement of ``script`` in the open transaction (``executescript`` would commit it)."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _create_v1(conn: sqlite3.Connection) -> None:
    _script(conn, SCHEMA_V1)


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """The query columns, computed for the events already stored."""
    from reader.archive.keys import actor_key, date_span

    _script(conn, _V2_COLUMNS)
    rows = conn.execute("SELECT id, actor, date FROM events").fetchall()
    conn.executemany(
        "UPDATE events SET actor_key = ?, date_start = ?, date_end = ? WHERE id = ?",
        [(actor_key(actor), *date_span(date), rowid) for rowid, actor, date in rows],
    )


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """The analysis version of each article (unknown for those already stored)."""
    conn.execute("ALTER TABLE articles ADD COLUMN analysis TEXT")


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    """The archive's own settings (the folding its text index holds: none yet)."""
    conn.execute("CREATE TABLE archive_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")


_V5_TEXT_INDEX = """
DROP TABLE sentence_text;
CREATE VIRTUAL TABLE sentence_text USING fts5(
    text, content='sentence_folded', content_rowid='id', tokenize='trigram case_sensitive 1', detail=none,
    columnsize=0
);
INSERT INTO sentence_text(sentence_text) VALUES ('rebuild')
"""


def _v4_to_v5(conn: sqlite3.Connection) -> None:
    """The text index without the tokenizer's case folding and the column sizes, rebuilt."""
    _script(conn, _V5_TEXT_INDEX)


MERGE_WIDTH = 8  # FTS5's automerge: segments of one level merged at once (2-16; its default 4)


def set_merge_width(conn: sqlite3.Connection, width: int = MERGE_WIDTH) -> None:
    """Make the text index merge its segments ``width`` at a time (FTS5's ``automerge``)."""
    conn.execute("INSERT INTO sentence_text(sentence_text, rank) VALUES ('automerge', ?)", (int(width),))


def _v5_to_v6(conn: sqlite3.Connection) -> None:
    """The text index merging its segments ``MERGE_WIDTH`` at a time."""
    set_merge_width(conn)


# MIGRATIONS[n] takes a database at version n to n + 1 (version 0: a new, empty file).
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _create_v1,
    _v1_to_v2,
    _v2_to_v3,
    _v3_to_v4,
    _v4_to_v5,
    _v5_to_v6,
)
assert len(MIGRATIONS) == VERSION


def open_archive(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """A connection to the archive at ``path``, migrated to ``VERSION`` (created if ``create``).

    WAL journal, ``synchronous=NORMAL`` (a commit survives a killed process; a power cut may lose
    the last ones, never consistency), foreign keys on, and the ``reader_fold`` SQL function.
    """
    path = Path(path)
    _check_target(path, create)
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    except sqlite3.Error as exc:
        raise ReaderError(f"{path}: cannot open the archive: {exc}") from None
    try:
        _check_identity(conn, path)  # before anything is written: another program's file stays as it was
        _configure(conn, path)
        migrate(conn, path)
        if os.access(path, os.W_OK):  # read-only, it is queried as it is
            refold(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise ReaderError(f"{path}: cannot open the archive: {exc}") from None
    except BaseException:
        conn.close()
        raise
    return conn


def _check_target(path: Path, create: bool) -> None:
    """Refuse what is not (and must not become) an archive: nothing the user had is overwritten."""
    if not path.exists():
        if path.is_symlink():
            raise ReaderError(f"{path}: is a dangling symbolic link; not used as the archive")
        if not create:
            raise ReaderError(f"{path}: no archive here (make one with `reader index PATH... --db {path}`)")
        parent = path.parent
        if parent.exists() and not parent.is_dir():
            raise ReaderError(f"{parent}: is not a folder")
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ReaderError(f"{parent}: cannot create the folder: {exc.strerror or exc}") from None
        return
    if path.is_dir():
        raise ReaderError(f"{path}: is a directory, not an archive file")
    if not path.is_file():
        raise ReaderError(f"{path}: is not a regular file; not used as the archive")
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise ReaderError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if head and head != _SQLITE_HEADER:
        raise ReaderError(f"{path}: is not an SQLite database; refusing to use it as the archive")
    if not head and not create:
        raise ReaderError(f"{path}: is empty, no archive (make one with `reader index PATH... --db {path}`)")


def _configure(conn: sqlite3.Connection, path: Path) -> None:
    from reader.archive.keys import fold

    conn.create_function("reader_fold", 1, fold, deterministic=True)
    conn.execute("PRAGMA foreign_keys = ON")
    if os.access(path, os.W_OK):
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":  # a file system without shared memory: still correct, slower
            conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = NORMAL")


def refold(conn: sqlite3.Connection) -> bool:
    """Rebuild the text index if it was made under another folding than this reader's (see version
    4 above); whether it was."""
    from reader.archive.keys import folding_version

    current = folding_version()
    row = conn.execute("SELECT value FROM archive_meta WHERE key = 'folding'").fetchone()
    if row is not None and row[0] == current:
        return False
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = conn.execute("SELECT value FROM archive_meta WHERE key = 'folding'").fetchone()
        rebuilt = row is None or row[0] != current  # not already by another process meanwhile
        if rebuilt:
            conn.execute("INSERT INTO sentence_text(sentence_text) VALUES ('rebuild')")
            conn.execute("INSERT OR REPLACE INTO archive_meta (key, value) VALUES ('folding', ?)", (current,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return rebuilt


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _check_identity(conn: sqlite3.Connection, path: Path | str) -> None:
    """Refuse an archive of a newer reader and any other program's database."""
    found = version(conn)
    if found > VERSION:
        raise ReaderError(f"{path}: archive version {found} is newer than this reader's ({VERSION}); upgrade reader")
    if found == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables:
            raise ReaderError(f"{path}: is an SQLite database but not a reader archive; refusing to change it")
    elif int(conn.execute("PRAGMA application_id").fetchone()[0]) not in (0, APPLICATION_ID):
        raise ReaderError(f"{path}: is an SQLite database of another program; refusing to change it")


def migrate(conn: sqlite3.Connection, path: Path | str = "archive") -> int:
    """Bring the archive to ``VERSION``, each step in its own transaction; returns the version found."""
    _check_identity(conn, path)
    found = version(conn)
    for step in range(found, VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[step](conn)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {step + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return found
