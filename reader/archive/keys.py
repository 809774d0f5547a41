"""What the archive derives from an analysis to query on: folded text, actor keys, date spans."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import hashlib
import re

from reader.text.arabic import normalize
from reader.text.search import _fold_case

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_SEASON_END = {"WI": (2, 28), "SP": (5, 31), "SU": (8, 31), "FA": (11, 30)}


def fold(text: str | None) -> str:
    """``reader.text.search.fold``: what in-app search compares (alef forms, alef maqsura, ta marbuta,
    harakat, tatweel and digits folded, lower-case, white space as single spaces)."""
    if not text:
        return ""
    return " ".join(_fold_case(normalize(text)).split())


# What ``folding_version`` folds: every character of the blocks the folding may touch (Latin, Greek,
# Cyrillic, Arabic and its supplements and presentation forms), then runs of white space.
_PROBE_BLOCKS = ((0x20, 0x530), (0x600, 0x780), (0x870, 0x900), (0xFB50, 0xFE00), (0xFE70, 0xFF00))
_PROBE_SPACES = ("a  b", " a\tb\nc ", "a\u00a0b", "a\u2009b", "a\u200fb", "a\u3000b")


@functools.cache
def folding_version() -> str:
    """16 hex digits naming what ``fold`` does (the SHA-256 of it applied to each probe character and
    white-space run): the text index is built under one folding, and rebuilt when it changes (about
    2 ms, once per process)."""
    probe = [chr(code) for start, end in _PROBE_BLOCKS for code in range(start, end)]
    folded = "\x00".join(fold(each) for each in [*probe, *_PROBE_SPACES])
    return hashlib.sha256(folded.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def actor_key(actor: str | None) -> str | None:
    """The actor as ``--actor`` compares it (folded), or None."""
    return fold(actor) or None if actor else None


def date_span(value: str | None) -> tuple[str | None, str | None]:
    """The first and last day (ISO) of a date value (day, week, month, quarter, half-year, season, year,
    decade, century); ``(None, None)`` for no date, a vague one or one the calendar cannot hold."""
    from reader.views.timeline import period_start

    if not value:
        return None, None
    start = period_start(value)
    if start is None:
        return None, None
    end = _period_end(value, start)
    return start.isoformat(), end.isoformat()


def _period_end(value: str, start: dt.date) -> dt.date:
    if len(value) == 10:  # a day
        return start
    if value[-2:] in _SEASON_END:
        month, day = _SEASON_END[value[-2:]]
        if value.endswith("WI"):  # winter counts from January (reader.views.timeline.period_start)
            month, day = 2, calendar.monthrange(start.year, 2)[1]
        return dt.date(start.year, month, day)
    if "-W" in value:
        return start + dt.timedelta(days=6)
    if m := _MONTH.match(value):
        return dt.date(start.year, start.month, calendar.monthrange(int(m[1]), int(m[2]))[1])
    if "-Q" in value or "-H" in value:
        month = start.month + (2 if "-Q" in value else 5)
        return dt.date(start.year, month, calendar.monthrange(start.year, month)[1])
    years = {4: 1, 3: 10, 2: 100}.get(len(value), 1)  # a year, a decade, a century
    last = min(9999, (int(value) + 1) * (10_000 // 10 ** len(value)) - 1) if years > 1 else start.year
    return dt.date(last, 12, 31)


def trigram_match(folded: str) -> str | None:
    """An FTS5 query (``detail=none``: no phrases) needing every trigram of ``folded``; None when
    it has fewer than three characters (no trigram to look up)."""
    grams = dict.fromkeys(folded[i : i + 3] for i in range(len(folded) - 2))
    if not grams:
        return None
    return " AND ".join('"' + gram.replace('"', '""') + '"' for gram in grams)
