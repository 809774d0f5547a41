"""Querying the archive: events across articles in date order, each with its article and sentence."""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from reader.archive.keys import fold, trigram_match
from reader.errors import ReaderError
from reader.model import EVENT_TYPES

_BOUND = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass(frozen=True)
class ArchivedArticle:
    """An indexed article as the results show it."""

    path: str
    title: str | None
    source: str | None
    published: str | None
    reference: str | None


@dataclass(frozen=True)
class ArchivedEvent:
    """One event of the archive: what ``reader.analyse`` found, where its article is, its sentence."""

    id: str  # the event's id in its article's analysis (``e3``)
    type: str
    trigger: str
    actor: str | None
    date: str | None
    granularity: str | None
    date_source: str
    date_start: str | None  # the first and last day its date spans (ISO), None when undated or vague
    date_end: str | None
    sentence: int  # the sentence's id in its article
    sentence_text: str
    mentions: tuple[int, ...]
    article: ArchivedArticle

    def to_dict(self) -> dict[str, object]:
        """The event as a JSON object (``reader query --format json`` prints one per line)."""
        return {
            "id": self.id,
            "type": self.type,
            "trigger": self.trigger,
            "actor": self.actor,
            "date": self.date,
            "granularity": self.granularity,
            "date_source": self.date_source,
            "date_start": self.date_start,
            "date_end": self.date_end,
            "sentence": {"id": self.sentence, "text": self.sentence_text},
            "mentions": list(self.mentions),
            "article": vars(self.article),
        }


def date_bound(value: str | dt.date | None, end: bool, option: str = "date") -> str | None:
    """A ``--from``/``--to`` bound as an ISO day: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a year or
    a month starts on its first day for ``--from`` and ends on its last for ``--to``)."""
    if value is None or isinstance(value, dt.date):
        return value.isoformat() if value is not None else None
    m = _BOUND.match(value.strip())
    try:
        if not m:
            raise ValueError
        year, month, day = int(m[1]), int(m[2] or (12 if end else 1)), m[3]
        last = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 0
        return dt.date(year, month, int(day) if day else (last if end else 1)).isoformat()
    except ValueError:
        raise ReaderError(f"{option}: expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}", exit_code=2) from None


def event_types(value: str | None) -> list[str]:
    """``--type``: one type or several separated by commas, each one of ``EVENT_TYPES``."""
    if not value:
        return []
    types = [t.strip().lower() for t in value.split(",") if t.strip()]
    for name in types:
        if name not in EVENT_TYPES:
            raise ReaderError(f"--type: unknown event type {name!r} (one of {', '.join(EVENT_TYPES)})", exit_code=2)
    return types


_COLUMNS = """
SELECT e.eid, e.type, e.trigger, e.actor, e.date, e.granularity, e.date_source, e.date_start, e.date_end,
       e.sentence, s.text, e.mentions, a.path, a.title, a.source, a.published, a.reference
"""
_FROM = """
FROM events e
JOIN articles a ON a.id = e.article
JOIN sentences s ON s.article = e.article AND s.n = e.sentence
"""
# With a text, its sentences lead (CROSS JOIN keeps that order): the planner would otherwise walk
# every event of a type and test each against them.
_FROM_HITS = """
FROM hits h
CROSS JOIN sentences s ON s.id = h.id
CROSS JOIN events e ON e.article = s.article AND e.sentence = s.n
JOIN articles a ON a.id = e.article
"""
_ORDER = (
    " ORDER BY e.date_start IS NULL, e.date_start, e.date_end DESC, e.date IS NULL, e.date, a.path, e.sentence, e.id"
)


def query(
    conn: sqlite3.Connection,
    text: str | None = None,
    *,
    type: str | None = None,
    actor: str | None = None,
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    source: str | None = None,
    limit: int | None = None,
) -> list[ArchivedEvent]:
    """The archive's events that match every filter given, in date order (undated and vague last).

    ``text`` is found in the event's sentence as in-app search finds it (folded: alef forms, ta
    marbuta, alef maqsura, harakat, tatweel; white space as one space); ``actor`` in its actor,
    folded alike; ``type`` is a type or several separated by commas; ``date_from``/``date_to``
    keep events whose whole date lies in the range (an event dated 2023 is not "from 2023-06");
    ``source`` is found in the article's source or its path.
    """
    where: list[str] = []
    params: list[object] = []
    with_text = ""
    if text is not None and (needle := fold(text)):
        # The sentences holding the text, found first (MATERIALIZED: never re-folded per event the
        # planner walks): the trigram index narrows, the folded text decides (detail=none has no
        # positions, and a text under three characters has no trigram).
        match = trigram_match(needle)
        narrowed = "id IN (SELECT rowid FROM sentence_text WHERE sentence_text MATCH ?) AND " if match else ""
        with_text = (
            f"WITH hits AS MATERIALIZED (SELECT id FROM sentences WHERE {narrowed}instr(reader_fold(text), ?) > 0)"
        )
        params.extend([match, needle] if match else [needle])
    types = event_types(type)
    if types:
        where.append(f"e.type IN ({', '.join('?' * len(types))})")
        params.extend(types)
    if actor is not None and (key := fold(actor)):
        where.append("instr(e.actor_key, ?) > 0")
        params.append(key)
    start, end = date_bound(date_from, False, "--from"), date_bound(date_to, True, "--to")
    if start and end and start > end:
        raise ReaderError(f"--from {start} is after --to {end}", exit_code=2)
    if start:
        where.append("e.date_start >= ?")
        params.append(start)
    if end:
        where.append("e.date_end <= ?")
        params.append(end)
    if source is not None and (wanted := fold(source)):
        where.append("(instr(reader_fold(a.source), ?) > 0 OR instr(lower(a.path), ?) > 0)")
        params.extend([wanted, source.lower()])
    if limit is not None and limit < 1:
        raise ReaderError(f"--limit must be at least 1, got {limit}", exit_code=2)
    conditions = " WHERE " + " AND ".join(where) if where else ""
    sql = with_text + _COLUMNS + (_FROM_HITS if with_text else _FROM) + conditions + _ORDER
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [_event(row) for row in conn.execute(sql, params)]


def _event(row: tuple) -> ArchivedEvent:
    (eid, kind, trigger, actor, date, granularity, date_source, start, end, sentence, text, mentions) = row[:12]
    return ArchivedEvent(
        id=eid,
        type=kind,
        trigger=trigger,
        actor=actor,
        date=date,
        granularity=granularity,
        date_source=date_source,
        date_start=start,
        date_end=end,
        sentence=sentence,
        sentence_text=text,
        mentions=tuple(json.loads(mentions)),
        article=ArchivedArticle(*row[12:]),
    )


def query_file(
    db: str | Path,
    text: str | None = None,
    *,
    type: str | None = None,
    actor: str | None = None,
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    source: str | None = None,
    limit: int | None = None,
) -> list[ArchivedEvent]:
    """``query`` on the archive at ``db``, opened for it and closed after; ``ReaderError`` when there
    is no archive there or it cannot be read."""
    from reader.archive.schema import open_archive

    conn = open_archive(db, create=False)
    try:
        return query(
            conn, text, type=type, actor=actor, date_from=date_from, date_to=date_to, source=source, limit=limit
        )
    except sqlite3.Error as exc:
        raise ReaderError(f"{db}: cannot query the archive: {exc}") from None
    finally:
        conn.close()
