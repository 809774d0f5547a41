"""Writing analyses into the archive: articles whole or not at all, a batch per transaction."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterable

from reader.archive.keys import fold
from reader.archive.work import Prepared

BATCH_SECONDS = 0.5  # a commit at least this often: one per article would write the FTS index hundreds of times


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
    """Writes articles in transactions of about ``batch_seconds`` of work each: what is committed
    is whole articles only, so a killed process leaves the archive consistent and loses at most
    the last batch, which the next run does again. An error while an article is written rolls
    its batch back and is raised (no savepoint per article: FTS5 writes its index out at each).

    ``close`` commits the batch (also when the run stops on Ctrl-C between two articles).
    """

    def __init__(self, conn: sqlite3.Connection, batch_seconds: float = BATCH_SECONDS) -> None:
        self.conn = conn
        self.batch_seconds = batch_seconds
        self._opened = 0.0
        self.written = 0  # articles written (committed once ``close`` returns)
        self.events = 0

    def write(self, article: Prepared) -> int:
        """Store ``article`` (replacing what was at its path); returns its events."""
        conn = self.conn
        if not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
            self._opened = time.monotonic()
        try:
            events = _write(conn, article)
        except BaseException:
            self.rollback()
            raise
        self.written += 1
        self.events += events
        if time.monotonic() - self._opened >= self.batch_seconds:
            self.commit()
        return events

    def commit(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")

    def rollback(self) -> None:
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):  # a failed statement may have ended it already
                self.conn.execute("ROLLBACK")

    def close(self) -> None:
        """Commit the batch; if even that fails (a full disk), leave the archive as it was."""
        try:
            self.commit()
        except BaseException:
            self.rollback()
            raise


def delete_article(conn: sqlite3.Connection, article_id: int) -> None:
    """Remove an article and all that hangs on it, its sentences from the text index too
    (an external-content FTS table is told what each row held)."""
    rows = conn.execute("SELECT id, text FROM sentences WHERE article = ?", (article_id,)).fetchall()
    conn.executemany(
        "INSERT INTO sentence_text(sentence_text, rowid, text) VALUES ('delete', ?, ?)",
        [(rowid, fold(text)) for rowid, text in rows],
    )
    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))  # cascades to the rest


def _write(conn: sqlite3.Connection, article: Prepared) -> int:
    old = conn.execute("SELECT id FROM articles WHERE path = ?", (article.path,)).fetchone()
    if old is not None:
        delete_article(conn, old[0])
    cursor = conn.execute(
        "INSERT INTO articles (path, hash, title, source, published, reference, reference_source, "
        "sentence_count, indexed_at, analysis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            article.path,
            article.hash,
            article.title,
            article.source,
            article.published,
            article.reference,
            article.reference_source,
            len(article.sentences),
            time.time(),
            article.version,
        ),
    )
    article_id = cursor.lastrowid
    base = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM sentences").fetchone()[0]
    conn.executemany(
        'INSERT INTO sentences (id, article, n, paragraph, start, "end", text) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [(base + s[0], article_id, *s[:5]) for s in article.sentences],
    )
    conn.executemany(
        "INSERT INTO sentence_text(rowid, text) VALUES (?, ?)", [(base + s[0], s[5]) for s in article.sentences]
    )
    conn.executemany(
        'INSERT INTO timexes (article, tid, sentence, start, "end", text, value, granularity, kind, anchor, "offset") '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(article_id, *t) for t in article.timexes],
    )
    conn.executemany(
        "INSERT INTO events (article, eid, type, trigger, actor, sentence, mentions, date, granularity, "
        "date_source, timex, trigger_start, trigger_end, actor_key, date_start, date_end) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(article_id, *e) for e in article.events],
    )
    return len(article.events)
