"""The timeline as the views show it: events grouped by date, in date order, undated last.

Pure functions over an Analysis, shared by the Markdown export, ``reader timeline`` and the TUI.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from reader.model import Analysis, Event, Timex

ARABIC_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_OFFSET = re.compile(r"^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")
_VAGUE_ORDER = {"PAST_REF": 0, "PRESENT_REF": 1, "FUTURE_REF": 2}


@dataclass(frozen=True)
class DateGroup:
    """Events that share a date (or share having none)."""

    key: str  # the ISO value, "D-1" (days from an unknown reference day D), or "undated"
    label: str  # how the views title the group
    dated: bool
    events: tuple[Event, ...]


def period_start(value: str) -> dt.date | None:
    """The first day of an ISO day, week, month or year value; None for vague values."""
    if m := _DAY.match(value):
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    if m := _WEEK.match(value):
        return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
    if m := _MONTH.match(value):
        return dt.date(int(m[1]), int(m[2]), 1)
    if m := _YEAR.match(value):
        return dt.date(int(m[1]), 1, 1)
    return None


def offset_days(offset: str) -> int | None:
    """An ISO-8601 duration such as ``-P1D`` or ``P2W`` as days (months 30, years 365)."""
    m = _OFFSET.match(offset or "")
    if not m or offset in ("P", "-P"):
        return None
    years, months, weeks, days = (int(g or 0) for g in m.groups()[1:])
    total = years * 365 + months * 30 + weeks * 7 + days
    return -total if m[1] else total


def value_label(value: str) -> str:
    """A heading for a date value: the ISO form, with the Arabic weekday for a day."""
    start = period_start(value)
    if start is not None and _DAY.match(value):
        return f"{value} {ARABIC_WEEKDAYS[start.weekday()]}"
    if start is not None and _WEEK.match(value):
        return f"{value} (from {start.isoformat()})"
    return {"PAST_REF": "the past (vague)", "PRESENT_REF": "now (vague)", "FUTURE_REF": "the future (vague)"}.get(
        value, value
    )


def offset_label(offset: str) -> str:
    """``-P1D`` -> ``D-1 day``: a position relative to the unknown reference day D."""
    days = offset_days(offset)
    if days is None:
        return f"D {offset}"
    if days == 0:
        return "D (the unknown reference day)"
    unit = "day" if abs(days) == 1 else "days"
    return f"D{days:+d} {unit}"


def _sort_key(event: Event, timexes: dict[str, Timex]) -> tuple:
    if event.date:
        start = period_start(event.date)
        if start is not None:
            # Coarser periods (a month) before the days inside them.
            width = {"year": 0, "month": 1, "week": 2, "day": 3}.get(event.granularity or "day", 3)
            return (0, start.toordinal(), width, event.date, event.sentence)
        return (1, _VAGUE_ORDER.get(event.date, 3), 0, event.date, event.sentence)
    timex = timexes.get(event.timex or "")
    if timex is not None and timex.offset:
        return (2, offset_days(timex.offset) or 0, 0, timex.offset, event.sentence)
    return (3, 0, 0, "", event.sentence)


def group_events(analysis: Analysis) -> list[DateGroup]:
    """The events in date order, grouped by date; undated ones last, "reported on" the reference."""
    timexes = {t.id: t for t in analysis.timexes}
    ordered = sorted(analysis.events, key=lambda e: _sort_key(e, timexes))
    groups: list[DateGroup] = []
    for event in ordered:
        timex = timexes.get(event.timex or "")
        if event.date:
            key, label, dated = event.date, value_label(event.date), True
        elif timex is not None and timex.offset:
            days = offset_days(timex.offset)
            key = "D" if days == 0 else f"D{days:+d}" if days is not None else f"D{timex.offset}"
            key, label, dated = key, offset_label(timex.offset), True
        else:
            key, label, dated = "undated", undated_label(analysis), False
        if groups and groups[-1].key == key:
            last = groups[-1]
            groups[-1] = DateGroup(last.key, last.label, last.dated, (*last.events, event))
        else:
            groups.append(DateGroup(key, label, dated, (event,)))
    return groups


def undated_label(analysis: Analysis) -> str:
    """The heading of the undated group: when they were reported, if that is known."""
    if analysis.reference is None:
        return "Undated (reported on an unknown day)"
    return f"Undated (reported on {value_label(analysis.reference.isoformat())})"


def quote(text: str, limit: int = 80) -> str:
    """A sentence shortened to about ``limit`` characters at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip("،,;: ") + "…"
