"""Resolving a matched expression to a TimeML value, its granularity, anchor and offset.

Rules (see ../shared/eval/README.md and DESIGN.md): a bare weekday in past reporting is the
most recent such day on or before the reference, in future context the next on or after;
``X الماضي`` the most recent strictly before, ``X المقبل``/``القادم`` the next strictly after; a
month or day without a year is in the reference year unless that puts a past event after the
reference (then the year before) or a future one before it (then the year after); in a clause
that is neither (كان مقررا في، التي تمتد من) the nearest one; parts of a
period (مطلع، منتصف، نهاية) keep the period's value; a range (يومي 4 و5، 2019/2020) takes its
first element. Without a reference date a relative expression gets ``value=None``,
``anchor="unknown"`` and its ISO offset from the unknown day D when it has one. A day the
calendar cannot hold (before 1 January of year 1, after 31 December 9999) is left unresolved the
same way (``value=None``), never replaced by another day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

from reader.temporal import calendar as cal
from reader.temporal.lexicon import lexicon

MOD_DIRECTION = {"past": -1, "next": 1, "current": 0}


class Resolved(NamedTuple):
    """What an expression means: the fields of a Timex besides its place in the text (a named
    tuple: one or more is made for every match)."""

    value: str | None
    granularity: str
    anchor: str
    offset: str | None = None
    date: dt.date | None = None  # the first day it denotes, when known (for anaphora)


class Context(NamedTuple):
    """What resolution needs besides the match: reference, tense, previous timexes (a named
    tuple: two are made for every match)."""

    reference: dt.date | None
    future: bool | None  # None: neither past nor future (a plan that was, a habit)
    followed_by_from: bool  # "بعد أسبوع من ..." : X after an earlier event
    antecedent: tuple[str, Resolved] | None  # id and meaning of the last timex with a date
    local_antecedent: tuple[str, Resolved] | None = None  # the same, within the sentence
    preceding: str | None = None  # the word right before the expression (ثورة 25 يناير)


def unknown(granularity: str, offset: str | None = None) -> Resolved:
    return Resolved(None, granularity, "unknown", offset)


def at(day: dt.date | None, granularity: str, anchor: str) -> Resolved:
    """``day`` expressed at ``granularity`` (day, week, month or year); unknown without a day."""
    if day is None:
        return unknown(granularity)
    if granularity == "day":
        value = cal.day_value(day)
    elif granularity == "week":
        value = cal.week_value(day)
    elif granularity == "month":
        value = cal.month_value(day.year, day.month)
    else:
        value = cal.year_value(day.year)
    return Resolved(value, granularity, anchor, None, day)


def mod_kind(mod: str | None) -> str | None:
    return lexicon().modifiers.get(mod) if mod else None


def infer_year(reference: dt.date, month: int, day: int | None, mod: str | None, future: bool | None) -> int:
    """The year of a month (and day) given without one (``future`` None: a clause of no tense)."""
    kind = mod_kind(mod)
    if day is None:
        key, ref_key = (month, 0), (reference.month, 0)
    else:
        key, ref_key = (month, day), (reference.month, reference.day)
    year = reference.year
    if kind == "past":
        return year if key < ref_key else year - 1
    if kind == "next":
        return year if key > ref_key else year + 1
    if kind == "current":
        return year
    if future is None:  # neither past nor future (كان مقررا في، التي تمتد من): the nearest
        years = [y for y in (year - 1, year, year + 1) if dt.MINYEAR <= y <= dt.MAXYEAR]
        return min(years, key=lambda y: abs((_day_in(y, month, day) - reference).days))
    if key > ref_key and not future:
        return year - 1
    if key < ref_key and future:
        return year + 1
    return year


def _day_in(year: int, month: int, day: int | None) -> dt.date:
    """The day that stands for ``day``/``month`` of ``year`` (mid-month without a day)."""
    return cal.valid_date(year, month, day or 15) or dt.date(year, month, 28)


_YEARS_IN = {"decade": 10, "century": 100}
_HOURS_IN = {"hour": 1, "minute": 0}  # a count of hours moves the day by whole days only


def shift(day: dt.date, amount: int, unit: str) -> dt.date | None:
    """``day`` moved by ``amount`` units (hour, day, week, month, year, decade, century); None past
    years 1-9999. Hours move it by whole days (48 hours: two days; 3 hours: not at all)."""
    if unit in _HOURS_IN:
        return cal.add_days(day, int(amount * _HOURS_IN[unit] / 24))
    if unit == "day":
        return cal.add_days(day, amount)
    if unit == "week":
        return cal.add_days(day, 7 * amount)
    if unit == "month":
        year, month = cal.add_months(day.year, day.month, amount)
        return cal.valid_date(year, month, min(day.day, 28))
    years = amount * _YEARS_IN.get(unit, 1)
    return cal.valid_date(day.year + years, day.month, min(day.day, 28))


def unit_granularity(unit: str) -> str:
    """The granularity of a date counted in ``unit`` (منذ عقدين: a year; قبل ساعتين: a day)."""
    if unit in _YEARS_IN:
        return "year"
    return "day" if unit in _HOURS_IN else unit


def offset_of(amount: int, unit: str) -> str:
    if unit in _YEARS_IN:
        return cal.iso_offset(amount * _YEARS_IN[unit], "year")
    if unit in _HOURS_IN:
        return cal.iso_offset(int(amount * _HOURS_IN[unit] / 24), "day")
    return cal.iso_offset(amount, unit)


_DURATION_LETTERS = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M"}


def duration_value(amount: int | None, unit: str) -> str:
    """The ISO-8601 duration of ``amount`` units (None: an unstated count): ``P3D``, ``P20Y`` (two
    decades), ``PT5H``, ``PT90M``, ``PXY`` (for years)."""
    count: int | str = "X" if amount is None else amount * _YEARS_IN.get(unit, 1)
    base = "year" if unit in _YEARS_IN else unit
    time = "T" if base in _HOURS_IN else ""
    return f"P{time}{count}{_DURATION_LETTERS[base]}"


def duration(amount: int | None, unit: str) -> Resolved:
    """A length of time: kind duration, granularity ``duration``; it dates nothing."""
    return Resolved(duration_value(amount, unit), "duration", "absolute")


def month_date(
    reference: dt.date | None, month: int, day: int | None, year: int | None, mod: str | None, future: bool | None
) -> Resolved:
    """A Gregorian month (with or without day and year)."""
    granularity = "day" if day is not None else "month"
    if year is None:
        if reference is None:
            return unknown(granularity)
        year = infer_year(reference, month, day, mod, future)
        anchor = "publication"
    else:
        anchor = "absolute"
    if day is not None:
        date = cal.valid_date(year, month, day)
        if date is not None:
            return at(date, "day", anchor)
        if not dt.MINYEAR <= year <= dt.MAXYEAR:
            return unknown("day")  # no such year (0, 10000): nothing to name
    return at(cal.valid_date(year, month, 1), "month", anchor)


def weekday_date(reference: dt.date | None, weekday: int, mod: str | None, future: bool | None) -> Resolved:
    """A weekday: the last one (on or before the reference) in the past, the next one in the
    future, the nearest one in a phrase of no tense; ``X الماضي`` strictly before, ``X المقبل``
    strictly after."""
    if reference is None:
        return unknown("day")
    kind = mod_kind(mod)
    if kind == "past":
        direction = "before"
    elif kind == "next":
        direction = "after"
    elif future is None:
        back = cal.weekday_near(reference, weekday, "on_or_before")
        ahead = cal.weekday_near(reference, weekday, "on_or_after")
        if back is None or ahead is None:
            return at(back or ahead, "day", "publication")
        return at(back if reference - back <= ahead - reference else ahead, "day", "publication")
    else:
        direction = "on_or_after" if future else "on_or_before"
    return at(cal.weekday_near(reference, weekday, direction), "day", "publication")


def movable(
    reference: dt.date | None,
    year: int | None,
    day_in: Callable[[int], dt.date | None],
    mod: str | None,
    future: bool | None,
) -> Resolved:
    """A feast whose day moves with the year (Easter): ``day_in(year)`` for the year the text
    gives, else the occurrence the tense picks around the reference (the nearest without one)."""
    if year is not None:
        return at(day_in(year), "day", "absolute")
    if reference is None:
        return unknown("day")
    days = [d for y in (reference.year - 1, reference.year, reference.year + 1) if (d := day_in(y)) is not None]
    kind = mod_kind(mod)
    if kind == "past" or (kind is None and future is False):
        chosen = [d for d in days if d < reference or (kind is None and d == reference)][-1:]
    elif kind == "next" or future:
        chosen = [d for d in days if d > reference or (kind is None and d == reference)][:1]
    else:
        chosen = [min(days, key=lambda d: abs((d - reference).days))] if days else []
    return at(chosen[0] if chosen else None, "day", "publication")


def relative_days(reference: dt.date | None, days: int) -> Resolved:
    if reference is None:
        return unknown("day", cal.iso_offset(days, "day"))
    return at(cal.add_days(reference, days), "day", "publication")


def relative_amount(reference: dt.date | None, amount: int, unit: str) -> Resolved:
    """``amount`` units from the reference (negative: before)."""
    granularity = unit_granularity(unit)
    if reference is None:
        return unknown(granularity, offset_of(amount, unit))
    return at(shift(reference, amount, unit), granularity, "publication")


def from_antecedent(antecedent: tuple[str, Resolved], amount: int, unit: str) -> Resolved | None:
    """``amount`` units from an earlier timex at least as fine as the unit (else nothing to name)."""
    ident, meaning = antecedent
    order = ("day", "week", "month", "year")
    granularity = unit_granularity(unit)
    if meaning.date is None or meaning.granularity not in order:
        return None
    if order.index(meaning.granularity) > order.index(granularity):
        return unknown(granularity)  # two days before "2014": no day can be named
    return at(shift(meaning.date, amount, unit), granularity, ident)


def hijri_month_resolved(
    reference: dt.date | None, month: int, day: int | None, year: int | None, mod: str | None, future: bool | None
) -> Resolved:
    """A Hijri month (with or without day and year), converted to the Gregorian calendar."""
    granularity = "day" if day is not None else "month"
    if year is not None:
        date = cal.hijri_to_gregorian(year, month, day or 15)
        if date is None:
            return unknown(granularity)
        return at(date, granularity, "absolute")
    if reference is None:
        return unknown(granularity)
    direction = hijri_direction(mod, future)
    if day is not None:
        date = cal.hijri_occurrence(reference, month, day, direction)
        return at(date, "day", "publication") if date else unknown("day")
    hyear = cal.hijri_year_of(reference)
    if hyear is None:
        return unknown("month")
    spans = [(y, s) for y in (hyear - 1, hyear, hyear + 1) if (s := cal.hijri_month_span(y, month))]
    chosen = None
    for _year, (first, last) in spans:
        if first <= reference <= last and direction != "past_strict":
            chosen = (first, last)
    if chosen is None:
        if direction in ("past", "past_strict"):
            before = [s for _y, s in spans if s[1] < reference]
            chosen = before[-1] if before else None
        elif direction == "future":
            after = [s for _y, s in spans if s[0] > reference]
            chosen = after[0] if after else None
        else:
            chosen = min((s for _y, s in spans), key=lambda s: abs((s[0] - reference).days), default=None)
    if chosen is None:
        return unknown("month")
    middle = chosen[0] + (chosen[1] - chosen[0]) / 2
    return at(middle, "month", "publication")


def hijri_direction(mod: str | None, future: bool | None) -> str:
    kind = mod_kind(mod)
    if kind == "past":
        return "past"
    if kind == "next" or future:
        return "future"
    return "nearest"


def hijri_year_resolved(year: int) -> Resolved:
    """A Hijri year: the Gregorian year holding most of it."""
    date = cal.hijri_to_gregorian(year, 6, 15)
    return at(date, "year", "absolute") if date else unknown("year")


def period_resolved(reference: dt.date | None, unit: str, amount: int) -> Resolved:
    """This/last/next week, month or year.

    On a Sunday, the first working day in most Arab countries, ``الأسبوع الماضي`` is the week that
    has just ended: the ISO week of the Saturday before (GUIDELINES.md); ``الأسبوع قبل الماضي`` the
    one before that.
    """
    if reference is None:
        return unknown(unit, offset_of(amount, unit))
    if unit == "week" and amount < 0 and reference.isoweekday() == 7:  # and the week before it
        return at(shift(reference - dt.timedelta(days=1), amount + 1, unit), unit, "publication")
    return at(shift(reference, amount, unit), unit, "publication")


def same_period(antecedent: tuple[str, Resolved] | None, reference: dt.date | None, unit: str, amount: int) -> Resolved:
    """The same / following / previous day, week, month or year of an earlier timex.

    Without an earlier timex, of the reference (مقارنة بالعام السابق: the year before publication).
    """
    if antecedent is None or antecedent[1].date is None:
        return period_resolved(reference, unit, amount)
    ident, meaning = antecedent
    assert meaning.date is not None  # checked above, as antecedent[1].date
    order = ("day", "week", "month", "year")
    if meaning.granularity in order and order.index(meaning.granularity) > order.index(unit):
        return unknown(unit)
    return at(shift(meaning.date, amount, unit), unit, ident)
