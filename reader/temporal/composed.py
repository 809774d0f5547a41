"""Composed date expressions: a day, weekday or week placed inside a month or a week.

- ``nth_weekday``: the nth (or last) weekday of a month: ثالث ثلاثاء من أيلول 2014، آخر اثنين
  من الشهر القادم، الأربعاء الثانية من شهر أكتوبر في سنة 2014;
- ``day_of_month``: a day of a month named by number, ordinal or relation: العاشر من الشهر
  الجاري، يوم 15 من الشهر الماضي، اليوم الأول من شهر ثلاثة، آخر يوم بشهر عشرة سنة 2015، أول يوم
  من الشهر; or a weekday with its day number and no month (السبت السادس عشر);
- ``week_of_month``: الأسبوع الأول من يناير، آخر أسبوع في سبتمبر لعام 2014;
- ``weekday_of_week``: a weekday of a named week: الأحد من الأسبوع الماضي، اثنين الأسبوع الحالي،
  الأسبوع القادم الأحد;
- ``month_number``: a month by its number: شهر 3، بداية شهر ثلاثة، الشهر التاسع سنة 2014.

A month is named (``month_ref``) by its name, ``شهر`` and a number, ``الشهر`` and an ordinal
(with a year after it: الشهر الأول alone is "the first month" of anything), or as this, next or
last month. The weeks are ISO weeks (Monday first): the first week of a month is the week of its
first Monday, the last one the week of its last Sunday, the weeks wholly inside it.
"""

from __future__ import annotations

import calendar as pycal
import datetime as dt
from collections.abc import Callable

from reader.temporal import calendar as cal
from reader.temporal import resolve as rs
from reader.temporal.lexicon import Lexicon, alternation, lexicon, norm_key

START = r"(?<!\w)"
END = r"(?!\w)"
CONJ = r"(?P<pre>[وف]?(?:[بلك](?=ال|ل|شهر))?)"
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
YEAR = r"(?:19|20)\d{2}(?![\d٫])"
FAMILIES: tuple[str, ...] = (
    "nth_weekday",
    "day_of_month",
    "week_of_month",
    "weekday_of_week",
    "month_number",
    "day_alone",
)
_MONTH_WORDS = {"واحد", "واحده"}  # شهر واحد is one month, not January


def _al(words: str) -> str:
    return words.replace("(?:ال", "(?:(?:ال|(?<=ل)ل)").replace("|ال", "|(?:ال|(?<=ل)ل)")


def bare_weekdays(lx: Lexicon) -> dict[str, int]:
    """Weekdays without their article (اثنين، ثلاثاء، خميس), as in ثالث ثلاثاء، احد الأسبوع الماضي."""
    return {w[2:]: n for w, n in lx.weekdays.items() if w.startswith("ال")}


def month_numbers(lx: Lexicon) -> dict[str, int]:
    """Number words of 2-12 (شهر ثلاثة، شهر عشرة، شهر اثنا عشر)."""
    words = {w: n for w, n in {**lx.numbers, **lx.teens}.items() if 1 <= n <= 12 and w not in _MONTH_WORDS}
    return words


def month_ordinals(lx: Lexicon) -> dict[str, int]:
    return {w: n for w, n in lx.ordinal_days.items() if n <= 12}


def sources(lx: Lexicon) -> dict[str, str]:
    """The pattern of each composed family."""
    months = alternation(lx.months)
    mods = alternation(lx.modifiers)
    parts = alternation(lx.period_parts)
    weekdays_al = _al(alternation(lx.weekdays))
    weekdays_any = alternation({**lx.weekdays, **bare_weekdays(lx)})
    ordinals = _al(alternation(lx.ordinal_days))
    nth_prefix = alternation(lx.nth_prefix)
    nth_suffix = alternation(lx.nth_suffix)
    numbers = alternation(month_numbers(lx))
    mordinals = alternation(month_ordinals(lx))

    def month_ref(p: str, names: bool = True) -> str:
        named = rf"(?:شهر\s+)?(?P<{p}name>{months})(?![^\W\d_])(?:\s*(?:/|\(|-)\s*{months}(?:\s*\))?)?|"
        return (
            rf"(?:{named if names else ''}"
            rf"شهر\s+(?P<{p}num>1[0-2]|0?[1-9](?!\d)|{numbers}){END}"
            rf"|(?:ال|(?<=ل)ل)شهر\s+(?P<{p}ord>{mordinals})(?=\s+(?:من\s+|في\s+)?(?:[لب]?(?:عام|سنه)|العام|السنه)\s*\d)"
            rf"|(?P<{p}this>هذا|هذه)\s+الشهر|(?:ال|(?<=ل)ل)شهر\s+(?P<{p}mod>{mods})|(?P<{p}bare>(?:ال|(?<=ل)ل)شهر)"
            rf"){END}"
        )

    def year_tail(p: str) -> str:
        return (
            rf"(?:\s*[،,]?\s*(?:(?:من|في)\s+)?(?:(?:[لب]?(?:عام|سنه)|العام|السنه)\s*)?(?P<{p}year>{YEAR})(?:\s*م{END})?"
            rf"|\s+(?:من\s+)?(?:العام|السنه)\s+(?P<{p}ymod>{mods}){END}"
            rf"|\s+(?:من\s+)?(?P<{p}ythis>هذا\s+العام|هذه\s+السنه){END})?"
        )

    of = r"\s*(?:من\s+|في\s+|ب\s*)"
    return {
        "nth_weekday": (
            rf"{START}{CONJ}(?:(?P<npre>{nth_prefix})\s+(?:يوم\s+)?(?P<wd>{weekdays_any})"
            rf"|(?:يوم\s+)?(?P<wd2>{weekdays_al})\s+(?P<npost>{nth_suffix})){END}"
            rf"{of}{month_ref('m')}{year_tail('m')}"
        ),
        "day_of_month": (
            rf"{START}{CONJ}(?:(?P<yawm>يوم)\s+)?(?:(?P<wd>{weekdays_al}){END}\s*[،,]?\s*(?:الموافق\s*(?:ل\s*)?)?)?"
            rf"(?:(?:اليوم\s+)?(?P<od>{ordinals})|(?P<opre>{nth_prefix})\s+يوم|اليوم\s+(?P<olast>الاخير)"
            rf"|(?P<dnum>{DAYNUM})(?=\s*(?:من\s+)?(?:شهر\s+\d|شهر\s+(?:{numbers})|الشهر|هذا)))"
            # a weekday and a day with no month after them (الجمعة العاشر); not أول: يوم السبت أول مصنع, "the first"
            rf"(?:{of}{month_ref('m', names=False)}{year_tail('m')}|(?(wd)(?<!اول){END}|(?!)))"
        ),
        "week_of_month": (
            rf"{START}{CONJ}(?:(?P<npre>{nth_prefix})\s+اسبوع|(?:ال|(?<=ل)ل)اسبوع\s+(?P<npost>{nth_suffix})){END}"
            rf"{of}{month_ref('m')}{year_tail('m')}"
        ),
        "weekday_of_week": (
            rf"{START}{CONJ}(?:(?:يوم\s+)?(?P<wd>{weekdays_any})\s+(?:من\s+)?(?:(?P<this>هذا)\s+)?(?:ال|(?<=ل)ل)اسبوع"
            rf"(?:\s+(?P<mod>{mods}))?"
            rf"|(?:ال|(?<=ل)ل)اسبوع\s+(?P<mod2>{mods})\s*[،,]?\s*(?:يوم\s+)?(?P<wd2>{weekdays_al})){END}"
        ),
        # في الخامس عشر. (on the fifteenth): a day of the month around the reference
        "day_alone": rf"(?:(?<=(?<!\w)في )|(?<!\w)يوم\s+)(?P<od>{ordinals})(?=\s*(?:[.،,!؟?:]|$))",
        "month_number": (
            rf"{START}{CONJ}(?:(?P<ppart>{parts})\s+)?(?=(?:ال)?شهر\s)(?:{month_ref('m')}){year_tail('m')}"
        ),
    }


# ----------------------------------------------------------------------------- resolution


def _month_of(g: dict[str, str | None], ctx: rs.Context) -> tuple[int | None, int, str] | None:
    """The (year or None, month, anchor) a month reference names, None when it cannot be known."""
    lx = lexicon()
    ref = ctx.reference
    year: int | None = None
    anchor = "absolute"
    if g.get("myear"):
        year = int(g["myear"] or 0)
    elif g.get("mymod") or g.get("mythis"):
        if ref is None:
            return None
        step = rs.MOD_DIRECTION[rs.mod_kind(g["mymod"]) or "current"] if g.get("mymod") else 0
        year, anchor = ref.year + step, "publication"
    if g.get("mname"):
        return year, lx.months[norm_key(g["mname"] or "")], anchor
    if g.get("mnum"):
        key = norm_key(g["mnum"] or "")
        number = int(key) if key.isdigit() else month_numbers(lx).get(key)
        return (year, number, anchor) if number and 1 <= number <= 12 else None
    if g.get("mord"):
        return year, month_ordinals(lx)[_al_key(g["mord"] or "")], anchor
    if ref is None:
        return None
    step = 0
    if g.get("mmod"):
        step = rs.MOD_DIRECTION[rs.mod_kind(g["mmod"]) or "current"]
    y, m = cal.add_months(ref.year, ref.month, step)
    return y, m, "publication"


def _al_key(text: str) -> str:
    key = norm_key(text)
    return key if key.startswith("ال") else "ال" + key[1:]


def nth_weekday_date(year: int, month: int, weekday: int, nth: int) -> dt.date | None:
    """The ``nth`` (1-5; -1: the last) ``weekday`` (Monday 0) of a month, None if there is none."""
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    days = pycal.monthrange(year, month)[1]
    dates = [dt.date(year, month, d) for d in range(1, days + 1) if dt.date(year, month, d).weekday() == weekday]
    if nth == -1:
        return dates[-1]
    return dates[nth - 1] if 1 <= nth <= len(dates) else None


def week_of_month_date(year: int, month: int, nth: int) -> dt.date | None:
    """A day of the ``nth`` week (-1: the last) wholly inside a month: the week of its first Monday
    and those after it; the last one is the week of its last Sunday."""
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    if nth == -1:
        return nth_weekday_date(year, month, 6, -1)
    monday = nth_weekday_date(year, month, 0, 1)
    if monday is None:
        return None
    day = cal.add_days(monday, 7 * (nth - 1))
    return day if day is not None and day.month == month else None


def _dated(
    g: dict[str, str | None], ctx: rs.Context, day_of: Callable[[int, int], dt.date | None], granularity: str
) -> rs.Resolved | None:
    """The day ``day_of(year, month)`` of the month reference, its year from the text or the tense."""
    named = _month_of(g, ctx)
    if named is None:
        return rs.unknown(granularity)
    year, month, anchor = named
    if year is None:
        ref = ctx.reference
        if ref is None:
            return rs.unknown(granularity)
        probe = day_of(ref.year, month)
        if probe is None:
            return None
        year = rs.infer_year(ref, month, probe.day, None, ctx.future)
        anchor = "publication"
    day = day_of(year, month)
    return rs.at(day, granularity, anchor) if day is not None else None


def resolve(family: str, g: dict[str, str | None], ctx: rs.Context) -> rs.Resolved | None:
    """The meaning of a composed expression, or None when it names no day."""
    lx = lexicon()
    if family == "nth_weekday":
        weekday = _weekday(g.get("wd") or g.get("wd2") or "", lx)
        npre = g.get("npre")
        nth = lx.nth_prefix[norm_key(npre)] if npre else lx.nth_suffix[norm_key(g["npost"] or "")]
        return _dated(g, ctx, lambda y, m: nth_weekday_date(y, m, weekday, nth), "day")
    if family == "week_of_month":
        npre = g.get("npre")
        nth = lx.nth_prefix[norm_key(npre)] if npre else lx.nth_suffix[norm_key(g["npost"] or "")]
        return _dated(g, ctx, lambda y, m: week_of_month_date(y, m, nth), "week")
    if family in ("day_of_month", "day_alone"):
        return _day_of_month(g, ctx, lx)
    if family == "weekday_of_week":
        return _weekday_of_week(g, ctx, lx)
    if family == "month_number":
        return _dated(g, ctx, lambda y, m: cal.valid_date(y, m, 1), "month")
    return None


def _weekday(word: str, lx: Lexicon) -> int:
    key = norm_key(word)
    if key in lx.weekdays:
        return lx.weekdays[key]
    bare = bare_weekdays(lx)
    return bare[key] if key in bare else lx.weekdays[_al_key(key)]


def _day_number(g: dict[str, str | None], lx: Lexicon) -> int | None:
    """The day a day-of-month expression names (-1: the last)."""
    if g.get("dnum"):
        return int(g["dnum"] or 0)
    if g.get("od"):
        key = norm_key(g["od"] or "")
        return lx.ordinal_days.get(key) or lx.ordinal_days.get(_al_key(key))
    if g.get("olast"):
        return -1
    value = lx.nth_prefix.get(norm_key(g.get("opre") or ""))
    return value


def _day_in(year: int, month: int, day: int) -> dt.date | None:
    if day == -1:
        return (
            cal.valid_date(year, month, pycal.monthrange(year, month)[1]) if dt.MINYEAR <= year <= dt.MAXYEAR else None
        )
    return cal.valid_date(year, month, day)


def _day_of_month(g: dict[str, str | None], ctx: rs.Context, lx: Lexicon) -> rs.Resolved | None:
    day = _day_number(g, lx)
    if day is None:
        return None
    has_month = any(g.get(k) for k in ("mname", "mnum", "mord", "mthis", "mmod", "mbare"))
    wd = g.get("wd")
    weekday = _weekday(wd, lx) if wd else None
    if has_month:
        resolved = _dated(g, ctx, lambda y, m: _day_in(y, m, day), "day")
        if resolved is None or weekday is None or resolved.date is None or resolved.date.weekday() == weekday:
            return resolved
        if 1 <= day <= 5:  # الثلاثاء الثالث من أيلول: the third Tuesday when the 3rd is no Tuesday
            return _dated(g, ctx, lambda y, m: nth_weekday_date(y, m, weekday, day), "day")
        return resolved
    # السبت السادس عشر: the month around the reference whose day is that weekday; في الخامس عشر:
    # the day of the month around the reference that the tense picks
    ref = ctx.reference
    if ref is None:
        return rs.unknown("day")
    months = [cal.add_months(ref.year, ref.month, step) for step in (-1, 0, 1)]
    days = [d for y, m in months if (d := _day_in(y, m, day)) is not None and weekday in (None, d.weekday())]
    if not days:
        return None
    if ctx.future:
        after = [d for d in days if d >= ref]
        chosen = after[0] if after else days[-1]
    else:
        before = [d for d in days if d <= ref]
        recent = 40 if weekday is None else 20  # a weekday's day: only a recent one outweighs the nearest
        latest = before[-1] if before and ctx.future is False and (ref - before[-1]).days < recent else None
        chosen = latest or min(days, key=lambda d: abs((d - ref).days))
    return rs.at(chosen, "day", "publication")


def _weekday_of_week(g: dict[str, str | None], ctx: rs.Context, lx: Lexicon) -> rs.Resolved | None:
    weekday = _weekday(g.get("wd") or g.get("wd2") or "", lx)
    mod = g.get("mod") or g.get("mod2")
    if not (g.get("this") or mod):
        return None
    step = 0 if g.get("this") else rs.MOD_DIRECTION[rs.mod_kind(mod) or "current"]
    week = rs.period_resolved(ctx.reference, "week", step)
    if week.date is None:
        return rs.unknown("day")
    monday = week.date - dt.timedelta(days=week.date.weekday())
    return rs.at(cal.add_days(monday, weekday), "day", week.anchor)
