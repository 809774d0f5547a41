"""The timeline as the views show it: events grouped by date, in date order, undated last.

Beside the typed events, the "other dated mentions": sentences that no event reports but that
carry a date (``DatedSentence``), placed in their date's group after its events. Pure functions
over an Analysis, shared by the Markdown export, ``reader timeline`` and the TUI.
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
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")
_OFFSET = re.compile(r"^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")
_VAGUE_ORDER = {"PAST_REF": 0, "PRESENT_REF": 1, "FUTURE_REF": 2}
_SEASON_MONTHS = {"WI": 1, "SP": 3, "SU": 6, "FA": 9}
_SEASON_NAMES = {"WI": "winter", "SP": "spring", "SU": "summer", "FA": "autumn"}
VAGUE_LABELS = {"PAST_REF": "recently (مؤخرا)", "PRESENT_REF": "now (حاليا)", "FUTURE_REF": "soon (قريبا)"}


@dataclass(frozen=True)
class DatedSentence:
    """A sentence no event reports, dated by ``timex`` (an "other dated mention").

    One per sentence and date value: a sentence naming two dates is in two groups.
    """

    sentence: int
    timex: Timex

    @property
    def value(self) -> str:
        """The date value (a day, week, month... century; never vague, a duration or None)."""
        return self.timex.value or ""


@dataclass(frozen=True)
class DateGroup:
    """Events that share a date (or share having none), then the other dated mentions of it."""

    key: str  # the ISO value, "D-1" (days from an unknown reference day D), or "undated"
    label: str  # how the views title the group
    dated: bool
    events: tuple[Event, ...]
    dated_sentences: tuple[DatedSentence, ...] = ()  # in sentence order; only with mentions=True


def period_start(value: str) -> dt.date | None:
    """The first day of a day, week, month, quarter, half-year, season, year, decade (``199``) or century
    (``19``) value; None for vague values, durations and anything the calendar cannot hold."""
    try:
        if m := _DAY.match(value):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _WEEK.match(value):
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m := _MONTH.match(value):
            return dt.date(int(m[1]), int(m[2]), 1)
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1)
        if m := _QUARTER.match(value):
            return dt.date(int(m[1]), 3 * int(m[2]) - 2, 1)
        if m := _HALF.match(value):
            return dt.date(int(m[1]), 6 * int(m[2]) - 5, 1)
        if m := _SEASON.match(value):
            return dt.date(int(m[1]), _SEASON_MONTHS[m[2]], 1)
        if m := _DECADE.match(value):
            return dt.date(max(1, int(m[1]) * 10), 1, 1)
        if m := _CENTURY.match(value):
            return dt.date(max(1, int(m[1]) * 100), 1, 1)
    except ValueError:
        return None
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
    """A heading for a date value: the ISO form, with the Arabic weekday for a day; words for a
    season, a decade, a century and a vague reference (``PAST_REF``: "recently (مؤخرا)")."""
    start = period_start(value)
    if start is not None and _DAY.match(value):
        return f"{value} {ARABIC_WEEKDAYS[start.weekday()]}"
    if start is not None and (_WEEK.match(value) or _QUARTER.match(value) or _HALF.match(value)):
        return f"{value} (from {start.isoformat()})"
    if start is not None and (m := _SEASON.match(value)):
        return f"{value} ({_SEASON_NAMES[m[2]]} {m[1]})"
    if start is not None and _DECADE.match(value):
        return f"{value} (the {start.year}s)"
    if start is not None and _CENTURY.match(value):
        return f"{value} (the {start.year}s, century {int(value) + 1})"
    return VAGUE_LABELS.get(value, value)


def offset_label(offset: str) -> str:
    """``-P1D`` -> ``D-1 day``: a position relative to the unknown reference day D."""
    days = offset_days(offset)
    if days is None:
        return f"D {offset}"
    if days == 0:
        return "D (the unknown reference day)"
    unit = "day" if abs(days) == 1 else "days"
    return f"D{days:+d} {unit}"


# coarser periods before the periods and days inside them
_WIDTHS = {
    **{"century": -2, "decade": -1, "year": 0, "half": 0.25, "season": 0.5, "quarter": 0.5},
    **{"month": 1, "week": 2, "day": 3},
}


def value_order(value: str, granularity: str | None, reference: dt.date | None) -> tuple:
    """Where a group of this date value sorts: by the first day of its period, coarser first.

    A vague value sorts beside the reference date when it is known: ``PAST_REF`` ("recently")
    just before everything that starts on the reference day, ``PRESENT_REF`` after it and
    ``FUTURE_REF`` before everything that starts the day after; otherwise after every dated group.
    """
    start = period_start(value)
    if start is not None:
        return (0, start.toordinal(), _WIDTHS.get(granularity or "day", 3), value)
    if value in _VAGUE_ORDER and reference is not None:
        day = reference.toordinal()
        return {"PAST_REF": (0, day, -9, value), "PRESENT_REF": (0, day, 9, value)}.get(value, (0, day + 1, -9, value))
    return (1, _VAGUE_ORDER.get(value, 3), 0, value)


def _sort_key(event: Event, timexes: dict[str, Timex], reference: dt.date | None) -> tuple:
    if event.date:
        return (*value_order(event.date, event.granularity, reference), event.sentence)
    timex = timexes.get(event.timex or "")
    if timex is not None and timex.offset:
        return (2, offset_days(timex.offset) or 0, 0, timex.offset, event.sentence)
    return (3, 0, 0, "", event.sentence)


def _event_group(event: Event, timexes: dict[str, Timex], analysis: Analysis) -> tuple[str, str, bool]:
    """The key, label and datedness of the group ``event`` belongs to."""
    timex = timexes.get(event.timex or "")
    if event.date:
        return event.date, value_label(event.date), True
    if timex is not None and timex.offset:
        days = offset_days(timex.offset)
        key = "D" if days == 0 else f"D{days:+d}" if days is not None else f"D{timex.offset}"
        return key, offset_label(timex.offset), True
    return "undated", undated_label(analysis), False


def dated_sentences(analysis: Analysis) -> list[DatedSentence]:
    """The other dated mentions, in sentence order (then text order).

    A sentence counts when no event reports it (as its ``sentence`` or one of its ``mentions``)
    and it holds a date expression with a value (a day, week, month, quarter, season, year,
    decade or century): vague values (``PAST_REF``), durations (``P3D``) and days relative to an
    unknown reference day (value None) do not date it.
    One entry per sentence and value, with the first expression of that value.
    """
    reported = {s for e in analysis.events for s in (e.sentence, *e.mentions)}
    seen: set[tuple[int, str]] = set()
    found: list[DatedSentence] = []
    for timex in sorted(analysis.timexes, key=lambda t: (t.sentence, t.start)):
        if timex.sentence in reported or timex.kind != "date" or not timex.value or period_start(timex.value) is None:
            continue
        if (timex.sentence, timex.value) not in seen:
            seen.add((timex.sentence, timex.value))
            found.append(DatedSentence(timex.sentence, timex))
    return found


def group_events(analysis: Analysis, mentions: bool = False) -> list[DateGroup]:
    """The events in date order, grouped by date; undated ones last, "reported on" the reference.

    With ``mentions``, each group also holds its other dated mentions (``dated_sentences``),
    and a date only mentions have gets a group of its own, in date order.
    """
    timexes = {t.id: t for t in analysis.timexes}
    order: dict[str, tuple] = {}  # group key -> where the group sorts
    heads: dict[str, tuple[str, bool]] = {}
    events: dict[str, list[Event]] = {}
    reference = analysis.reference
    for event in sorted(analysis.events, key=lambda e: _sort_key(e, timexes, reference)):
        key, label, dated = _event_group(event, timexes, analysis)
        if key not in order:
            order[key] = _sort_key(event, timexes, reference)[:4]
            heads[key] = (label, dated)
        events.setdefault(key, []).append(event)
    others: dict[str, list[DatedSentence]] = {}
    for entry in dated_sentences(analysis) if mentions else ():
        key = entry.value
        if key not in order:
            order[key] = value_order(key, entry.timex.granularity, reference)
            heads[key] = (value_label(key), True)
        others.setdefault(key, []).append(entry)
    return [
        DateGroup(key, heads[key][0], heads[key][1], tuple(events.get(key, ())), tuple(others.get(key, ())))
        for key in sorted(order, key=order.__getitem__)
    ]


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
