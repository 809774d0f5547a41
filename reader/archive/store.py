"""Writing analyses into the archive: articles whole or not at all, a batch per transaction."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterable, Sequence

from reader.archive.keys import fold
from reader.archive.work import Prepared

BATCH_SECONDS = 0.5  # a commit at least this often: one per article would write the FTS index hundreds of times
BATCH_ROWS = 50_000  # ...and at this many rows gathered (a long article's), so memory stays bounded


def stored_state(conn: sqlite3.Connection) -> dict[str, tuple[str, str | None]]:
    """Path -> (content hash, analysis version) of every article in the archive."""
    rows = conn.execute("SELECT path, hash, analysis FROM articles")
    return {path: (digest, version) for path, digest, version in rows}


def prune(conn: sqlite3.Connection, paths: Iterable[str]) -> int:
    """Remove the articles at ``paths`` (and all that hangs on them) in one transaction; returns how many."""
    ids = [row[0] for path in paths for row in conn.execute("SELECT id FROM articles WHERE path = ?", (path,))]
    if not ids:
        return 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        for article_id in ids:
            delete_article(conn, article_id)
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    return len(ids)


class Writer:
    """Writes articles in batches of about ``batch_seconds`` of work each, one transaction a batch:
    what is committed is whole articles only, so a killed process leaves the archive consistent and
    loses at most the last batch, which the next run does again.

    A batch is gathered in memory and written at once, each table's rows in one ``executemany``
    (written one article at a time between analyses, the same rows cost SQLite twice the CPU: its
    code and pages had gone cold). An error while a batch is written rolls it back and is raised (no
    savepoint per article: FTS5 writes its index out at each). ``close`` writes and commits the
    batch (also when the run stops on Ctrl-C between two articles).
    """

    def __init__(
        self, conn: sqlite3.Connection, batch_seconds: float = BATCH_SECONDS, batch_rows: int = BATCH_ROWS
    ) -> None:
        self.conn = conn
        self.batch_seconds = batch_seconds
        self.batch_rows = batch_rows
        self._batch: list[Prepared] = []
        self._rows = 0
        self._opened = 0.0
        self.written = 0  # articles written (committed once ``close`` returns)
        self.events = 0

    def write(self, article: Prepared) -> int:
        """Store ``article`` (replacing what was at its path) with its batch; returns its events."""
        if not self._batch:
            self._opened = time.monotonic()
        self._batch.append(article)
        self._rows += len(article.sentences) + len(article.timexes) + len(article.events) + 1
        if self._rows >= self.batch_rows or time.monotonic() - self._opened >= self.batch_seconds:
            self.commit()
        return len(article.events)

    def commit(self) -> None:
        """Write the batch gathered and commit it."""
        batch, self._batch, self._rows = self._batch, [], 0
        if not batch:
            return
        conn = self.conn
        try:
            if not conn.in_transaction:
                conn.execute("BEGIN IMMEDIATE")
            write_batch(conn, batch)
            conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise
        self.written += len(batch)
        self.events += sum(len(article.events) for article in batch)

    def rollback(self) -> None:
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):  # a failed statement may have ended it already
                self.conn.execute("ROLLBACK")

    def close(self) -> None:
        """Write and commit the batch; if even that fails (a full disk), leave the archive as it was."""
        self.commit()


def delete_article(conn: sqlite3.Connection, article_id: int) -> None:
    """Remove an article and all that hangs on it, its sentences from the text index too
    (an external-content FTS table is told what each row held)."""
    rows = conn.execute("SELECT id, text FROM sentences WHERE article = ?", (article_id,)).fetchall()
    conn.executemany(
        "INSERT INTO sentence_text(sentence_text, rowid, text) VALUES ('delete', ?, ?)",
        [(rowid, fold(text)) for rowid, text in rows],
    )
    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))  # cascades to the rest


def write_batch(conn: sqlite3.Connection, articles: Sequence[Prepared]) -> None:
    """Store ``articles`` in the open transaction, in order, each replacing what was at its path,
    with the ids that writing them one by one would give (so that the archive is the same however
    a run is cut into batches)."""
    run: list[Prepared] = []
    paths: set[str] = set()
    for article in articles:
        if article.path in paths:  # the same path again: the earlier one goes in first, then is replaced
            _insert(conn, run)
            run, paths = [], set()
        run.append(article)
        paths.add(article.path)
    _insert(conn, run)


LOOKUP_PATHS = 500  # paths looked up in one statement (SQLite's older builds allow 999 parameters)


def _archived_ids(conn: sqlite3.Connection, paths: Sequence[str]) -> dict[str, int]:
    """The ids of the articles archived at ``paths`` (distinct), looked up a few hundred at a time
    (a statement per article cost a fifth of what the client of a cluster spends writing)."""
    found: dict[str, int] = {}
    for start in range(0, len(paths), LOOKUP_PATHS):
        chunk = paths[start : start + LOOKUP_PATHS]
        marks = ", ".join("?" * len(chunk))
        found.update(conn.execute(f"SELECT path, id FROM articles WHERE path IN ({marks})", chunk).fetchall())
    return found


def _insert(conn: sqlite3.Connection, articles: Sequence[Prepared]) -> None:
    """``write_batch`` for articles of distinct paths: each table's rows in one ``executemany``."""
    if not articles:
        return
    article_id = conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
    sentence_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM sentences").fetchone()[0]
    now = time.time()
    rows: list[tuple] = []
    sentences: list[tuple] = []
    folded: list[tuple] = []
    timexes: list[tuple] = []
    events: list[tuple] = []
    archived = _archived_ids(conn, [article.path for article in articles])
    for article in articles:
        old = archived.get(article.path)
        if old is not None:
            delete_article(conn, old)  # the largest ids may have gone with it: as they are now
            top = conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
            article_id = max(top, article_id) if rows else top
            top = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM sentences").fetchone()[0]
            sentence_id = max(top, sentences[-1][0] + 1) if sentences else top
        article_id += 1
        rows.append(
            (
                article_id,
                article.path,
                article.hash,
                article.title,
                article.source,
                article.published,
                article.reference,
                article.reference_source,
                len(article.sentences),
                now,
                article.version,
            )
        )
        sentences.extend((sentence_id + s[0], article_id, *s[:5]) for s in article.sentences)
        folded.extend((sentence_id + s[0], s[5]) for s in article.sentences)
        timexes.extend((article_id, *t) for t in article.timexes)
        events.extend((article_id, *e) for e in article.events)
        if article.sentences:
            sentence_id = sentences[-1][0] + 1
    conn.executemany(
        "INSERT INTO articles (id, path, hash, title, source, published, reference, reference_source, "
        "sentence_count, indexed_at, analysis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.executemany(
        'INSERT INTO sentences (id, article, n, paragraph, start, "end", text) VALUES (?, ?, ?, ?, ?, ?, ?)', sentences
    )
    conn.executemany("INSERT INTO sentence_text(rowid, text) VALUES (?, ?)", folded)
    conn.executemany(
        'INSERT INTO timexes (article, tid, sentence, start, "end", text, value, granularity, kind, anchor, "offset") '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        timexes,
    )
    conn.executemany(
        "INSERT INTO events (article, eid, type, trigger, actor, sentence, mentions, date, granularity, "
        "date_source, timex, trigger_start, trigger_end, actor_key, date_start, date_end) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        events,
    )
