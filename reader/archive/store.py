"""Writing analyses into the archive: articles whole or not at all, a batch per transaction."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time

from reader.archive.keys import actor_key, date_span, fold
from reader.model import Analysis

BATCH_SECONDS = 0.5  # a commit at least this often: one per article would write the FTS index hundreds of times


def stored_hashes(conn: sqlite3.Connection) -> dict[str, str]:
    """Path -> content hash of every article in the archive."""
    return dict(conn.execute("SELECT path, hash FROM articles").fetchall())


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

    def write(self, path: str, digest: str, analysis: Analysis) -> int:
        """Store ``analysis`` as the article at ``path`` (replacing what was there); returns its events."""
        conn = self.conn
        if not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
            self._opened = time.monotonic()
        try:
            events = _write(conn, path, digest, analysis)
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


def _write(conn: sqlite3.Connection, path: str, digest: str, analysis: Analysis) -> int:
    old = conn.execute("SELECT id FROM articles WHERE path = ?", (path,)).fetchone()
    if old is not None:
        delete_article(conn, old[0])
    article = analysis.article
    meta = article.meta
    cursor = conn.execute(
        "INSERT INTO articles (path, hash, title, source, published, reference, reference_source, "
        "sentence_count, indexed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            path,
            digest,
            meta.title,
            meta.source,
            meta.published.isoformat() if meta.published else None,
            analysis.reference.isoformat() if analysis.reference else None,
            analysis.reference_source,
            len(article.sentences),
            time.time(),
        ),
    )
    article_id = cursor.lastrowid
    base = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM sentences").fetchone()[0]
    conn.executemany(
        'INSERT INTO sentences (id, article, n, paragraph, start, "end", text) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [(base + s.id, article_id, s.id, s.paragraph, s.start, s.end, s.text) for s in article.sentences],
    )
    conn.executemany(
        "INSERT INTO sentence_text(rowid, text) VALUES (?, ?)",
        [(base + s.id, fold(s.text)) for s in article.sentences],
    )
    conn.executemany(
        'INSERT INTO timexes (article, tid, sentence, start, "end", text, value, granularity, kind, anchor, "offset") '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (article_id, t.id, t.sentence, t.start, t.end, t.text, t.value, t.granularity, t.kind, t.anchor, t.offset)
            for t in analysis.timexes
        ],
    )
    conn.executemany(
        "INSERT INTO events (article, eid, type, trigger, actor, sentence, mentions, date, granularity, "
        "date_source, timex, trigger_start, trigger_end, actor_key, date_start, date_end) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                article_id,
                e.id,
                e.type,
                e.trigger,
                e.actor,
                e.sentence,
                json.dumps(list(e.mentions)),
                e.date,
                e.granularity,
                e.date_source,
                e.timex,
                e.trigger_start,
                e.trigger_end,
                actor_key(e.actor),
                *date_span(e.date),
            )
            for e in analysis.events
        ],
    )
    return len(analysis.events)
