"""Writing analyses into the archive: one article, whole or not at all, per transaction."""

from __future__ import annotations

import json
import sqlite3
import time

from reader.archive.keys import actor_key, date_span, fold
from reader.model import Analysis


def stored_hashes(conn: sqlite3.Connection) -> dict[str, str]:
    """Path -> content hash of every article in the archive."""
    return dict(conn.execute("SELECT path, hash FROM articles").fetchall())


def write_article(conn: sqlite3.Connection, path: str, digest: str, analysis: Analysis) -> int:
    """Store ``analysis`` as the article at ``path`` (replacing what was there), in one
    transaction: a killed process leaves the archive with the article wholly in or wholly out.
    Returns the number of events stored."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        events = _write(conn, path, digest, analysis)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return events


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
