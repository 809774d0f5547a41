"""Calendar arithmetic for resolving expressions: ISO values, weekdays, months, Hijri dates."""

from __future__ import annotations

import datetime as dt

HIJRI_MIN_YEAR = 1343  # the Umm al-Qura table of hijridate covers 1343-1500 AH
HIJRI_MAX_YEAR = 1500


def day_value(day: dt.date) -> str:
    return day.isoformat()


def week_value(day: dt.date) -> str:
    """The ISO week holding ``day``: ``2023-W45``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def year_value(year: int) -> str:
    return f"{year:04d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (30 February, year 0, year 10000)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def add_days(day: dt.date, days: int) -> dt.date | None:
    """``day`` moved by ``days`` days, or None when that leaves years 1-9999."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def weekday_near(reference: dt.date, weekday: int, direction: str) -> dt.date | None:
    """The day of ``weekday`` (Monday 0) relative to ``reference`` (None past years 1-9999).

    ``direction``: ``on_or_before``, ``before`` (strictly), ``on_or_after``, ``after`` (strictly).
    """
    if direction in ("on_or_before", "before"):
        back = (reference.weekday() - weekday) % 7
        if back == 0 and direction == "before":
            back = 7
        return add_days(reference, -back)
    ahead = (weekday - reference.weekday()) % 7
    if ahead == 0 and direction == "after":
        ahead = 7
    return add_days(reference, ahead)


def iso_offset(amount: int, unit: str) -> str:
    """ISO-8601 distance from the unknown day D: ``-P1D``, ``P0D``, ``P2W``, ``-P20Y``."""
    letter = {"day": "D", "week": "W", "month": "M", "year": "Y"}[unit]
    sign = "-" if amount < 0 else ""
    return f"{sign}P{abs(amount)}{letter}"


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Hijri date (Umm al-Qura), None outside the table or invalid."""
    if not HIJRI_MIN_YEAR <= year <= HIJRI_MAX_YEAR:
        return None
    from hijridate import Hijri

    try:
        gregorian = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(gregorian.year, gregorian.month, gregorian.day)


def hijri_year_of(day: dt.date) -> int | None:
    """The Hijri year holding a Gregorian date, None outside the table."""
    from hijridate import Gregorian

    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def hijri_occurrence(reference: dt.date, month: int, day: int, direction: str) -> dt.date | None:
    """The Gregorian date of Hijri ``day``/``month`` nearest ``reference`` in ``direction``.

    ``direction``: ``past`` (on or before), ``future`` (on or after) or ``nearest``.
    """
    year = hijri_year_of(reference)
    if year is None:
        return None
    candidates = [d for y in (year - 1, year, year + 1) if (d := hijri_to_gregorian(y, month, day)) is not None]
    if not candidates:
        return None
    if direction == "past":
        before = [d for d in candidates if d <= reference]
        return max(before) if before else None
    if direction == "future":
        after = [d for d in candidates if d >= reference]
        return min(after) if after else None
    return min(candidates, key=lambda d: abs((d - reference).days))


def hijri_month_span(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    """First and last Gregorian days of a Hijri month."""
    first = hijri_to_gregorian(year, month, 1)
    if first is None:
        return None
    next_year, next_month = (year + 1, 1) if month == 12 else (year, month + 1)
    following = hijri_to_gregorian(next_year, next_month, 1)
    last = following - dt.timedelta(days=1) if following else first + dt.timedelta(days=29)
    return first, last


def western_easter(year: int) -> dt.date | None:
    """Easter Sunday of the Gregorian churches (the anonymous Gregorian algorithm)."""
    if not 1583 <= year <= 9999:
        return None
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * el) // 433
    month = (h + el - 7 * m + 90) // 25
    return dt.date(year, month, (h + el - 7 * m + 33 * month + 19) % 32)


def orthodox_easter(year: int) -> dt.date | None:
    """Easter Sunday of the Orthodox and Coptic churches (Meeus' Julian algorithm), as a
    Gregorian date."""
    if not 1583 <= year <= 9999:
        return None
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian_to_gregorian = year // 100 - year // 400 - 2
    return add_days(dt.date(year, month, day + 1), julian_to_gregorian)
