"""Long periods and years the main grammar leaves out: decades, centuries, seasons, quarters,
years before 1900 and years spelled out in words.

- ``decade``: التسعينيات، ثمانينات القرن الماضي، عقد السبعينيات، العقد الأول من القرن الحالي،
  خلال العقد الماضي -> TimeML ``199`` (the 1990s); a decade without its century is the last one
  that began by the reference year (العشرينيات in 2024: the 2020s; الثمانينيات: the 1980s);
- ``century``: القرن العشرين، القرن 19، القرن الماضي، هذا القرن -> ``19`` (the 1900s, the 20th
  century); a Hijri century (القرن الرابع عشر الهجري) is none;
- ``season``: الصيف الماضي، هذا الشتاء، الربيع المقبل -> ``2023-SU``; a season before a year
  (صيف 1980) is the year family's. Winter is labelled with the year of its January;
- ``quarter``: الربع الأول من عام 2024، الثلاثي الأخير من العام الماضي، الثلاثية الأولى -> ``2024-Q1``;
- ``half``: النصف الأول من 2015، السداسي الثاني من العام الماضي -> ``2015-H1``;
- ``old_year``: years 1000-1299 and 1600-1899 after a year word (في العام 1887، سنة 1799); 1300-1599
  only with a Gregorian mark (سنة 1453م), since a bare عام 1440 is as likely a Hijri year;
- ``spelled_year``: عام ألفين وثمانية عشر، سنة ألف وتسعمائة وتسعين.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from reader.temporal import calendar as cal
from reader.temporal import resolve as rs
from reader.temporal.lexicon import Lexicon, alternation, lexicon, norm_key

START = r"(?<!\w)"
END = r"(?!\w)"
CONJ = r"(?P<pre>[وف]?(?:[بلك](?=ال|ل|شهر|عام|سنه))?)"
YEAR = r"(?:19|20)\d{2}(?![\d٫])"
DIGITS = frozenset("0123456789")
FAMILIES: tuple[str, ...] = ("decade", "century", "season", "quarter", "half", "old_year", "spelled_year")
TENS = {"عشرين": 2, "ثلاثين": 3, "اربعين": 4, "خمسين": 5, "ستين": 6, "سبعين": 7, "ثمانين": 8, "تسعين": 9}
SEASONS = {"ربيع": "SP", "صيف": "SU", "خريف": "FA", "شتاء": "WI"}
_SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # first month (winter: December of the year before)
HUNDREDS = {
    "مئه": 100,
    "مائه": 100,
    "مئتين": 200,
    "مائتين": 200,
    "مئتان": 200,
    "مائتان": 200,
    **{
        f"{unit}{h}": n * 100
        for unit, n in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("تسع", 9))
        for h in ("مئه", "مائه")
    },
}
THOUSANDS = {"الف": 1000, "الفين": 2000, "الفان": 2000, "الفي": 2000}


def _al(words: str) -> str:
    return words.replace("(?:ال", "(?:(?:ال|(?<=ل)ل)").replace("|ال", "|(?:ال|(?<=ل)ل)")


def century_ordinals(lx: Lexicon) -> dict[str, int]:
    return {w: n for w, n in lx.ordinal_days.items() if n <= 22}


def sources(lx: Lexicon) -> dict[str, str]:
    """The pattern of each family."""
    mods = alternation(lx.modifiers)
    parts = alternation(lx.period_parts)
    tens = alternation(TENS)
    cords = alternation(century_ordinals(lx))
    decade_ords = alternation({w: n for w, n in lx.ordinal_days.items() if n <= 10})
    marks = alternation(lx.hijri_year_markers)
    year_word = r"(?:عام|العام|سنه|السنه|لعام|لسنه|للعام|للسنه|بعام|بسنه)"
    century = (
        rf"(?:(?P<cthis>هذا)\s+)?(?:ال|(?<=ل)ل)قرن"
        rf"(?:\s+(?P<cord>{cords})|\s+(?P<cnum>\d{{1,2}})(?!\d)|\s+(?P<cmod>{mods}))?"
        rf"(?:\s+(?P<era>الميلادي|للميلاد|الهجري|للهجره))?"
    )
    numbers = alternation({**lx.numbers, **lx.teens, **HUNDREDS})
    return {
        "decade": (
            rf"{START}{CONJ}(?:(?P<ppart>{parts})\s+)?(?:"
            rf"(?:(?:عقد|حقبه)\s+)?(?:ال|(?<=ل)ل)?(?P<tens>{tens})(?:يات|ات)(?:\s+(?:من\s+)?(?P<of>{century}))?"
            rf"|(?:ال|(?<=ل)ل)عقد\s+(?P<dord>{decade_ords})\s+من\s+(?P<of2>{century.replace('?P<', '?P<d')})"
            rf"|(?:ال|(?<=ل)ل)عقد\s+(?P<dmod>{mods})){END}"
        ),
        "century": rf"{START}{CONJ}(?:(?P<ppart>{parts})\s+)?{century}{END}",
        "season": (
            rf"{START}{CONJ}(?:(?P<sthis>هذا|هذه)\s+)?(?P<sn>(?:ال|(?<=ل)ل)(?:ربيع|صيف|خريف|شتاء))"
            rf"(?:\s+(?P<smod>{mods}))?{END}"
        ),
        "quarter": (
            rf"{START}{CONJ}(?:ال|(?<=ل)ل)(?:ربع|ثلاثي|(?P<qfem>ثلاثيه))\s+"
            rf"(?P<qn>(?(qfem)(?:الاولي|الثانيه|الثالثه|الرابعه|الاخيره)|(?:الاول|الثاني|الثالث|الرابع|الاخير)))"
            rf"(?:\s*[،,]?\s+(?:(?:من|في)\s+)?(?:{year_word}\s*)?(?P<qyear>{YEAR})"
            rf"|\s+(?:من\s+)?(?:العام|السنه)\s+(?P<qmod>{mods})"
            rf"|\s+(?:من\s+)?(?P<qthis>هذا\s+العام|هذه\s+السنه|العام|السنه)(?!\s+\w))?{END}"
        ),
        "half": (  # of a year named only: النصف الأول alone is half of anything
            rf"{START}{CONJ}(?:ال|(?<=ل)ل)(?:نصف|سداسي|سداسيه)\s+(?P<hn>الاولي|الاول|الثانيه|الثاني|الاخيره|الاخير)"
            rf"(?:\s*[،,]?\s+(?:(?:من|في)\s+)?(?:{year_word}\s*)?(?P<hyear>{YEAR})"
            rf"|\s+(?:من\s+)?(?:العام|السنه)\s+(?P<hmod>{mods})"
            rf"|\s+(?:من\s+)?(?P<hthis>هذا\s+العام|هذه\s+السنه)){END}"
        ),
        "old_year": (
            rf"(?<![\d.,/\-]){START}{CONJ}(?:(?P<ppart>{parts})\s+)?(?P<yw>{year_word})\s*"
            rf"(?:(?P<oyear>(?:1[0-2]|1[6-8])\d\d)(?!\d)(?:\s*(?:م|ميلادي|ميلاديه){END})?"
            rf"|(?P<oyear2>1[3-5]\d\d|[1-9]\d{{2}})(?!\d)\s*(?:م|ميلادي|ميلاديه|للميلاد){END})"
            rf"(?!\s*(?:{marks}){END})"
        ),
        "spelled_year": (
            rf"{START}{CONJ}(?P<yw>{year_word})\s+(?P<sy>(?:الف|الفين|الفان|الفي)(?:\s+و\s*(?:{numbers}))*){END}"
        ),
    }


_YEAR_WORDS = frozenset({"عام", "سنه"})


def _stems(*tables: Iterable[object]) -> frozenset[str]:
    """The words of the phrases of ``tables``, an article reduced to its ل."""
    words = {w for table in tables for phrase in table for w in str(phrase).split()}
    return frozenset(w[1:] if w.startswith("ال") else w for w in words)


def gates(lx: Lexicon) -> dict[str, tuple[tuple[frozenset[str] | str, ...], ...]]:
    """What a sentence must hold before a family runs (see ``grammar.gates``)."""
    return {
        "decade": ((frozenset({"ينات", "ينيات"}),), (frozenset({"لعقد"}), _stems(lx.ordinal_days, lx.modifiers))),
        "century": ((frozenset({"قرن"}),),),
        "season": ((frozenset({"ربيع", "صيف", "خريف", "شتاء"}),),),
        "quarter": ((frozenset({"ربع", "ثلاثي", "ثلاثيه"}),),),
        "half": ((frozenset({"نصف", "سداسي", "سداسيه"}),),),
        "old_year": (
            (DIGITS, _YEAR_WORDS, r"(?<!\d)1[0-8]\d\d(?!\d)"),
            (DIGITS, _YEAR_WORDS, r"(?<!\d)[1-9]\d\d\s*م"),
        ),
        "spelled_year": ((frozenset({"الف"}), frozenset({"عام", "سنه"})),),
    }


# ----------------------------------------------------------------------------- resolution


def _century_of(g: dict[str, str | None], p: str, ref: dt.date | None) -> int | None:
    """The TimeML century (19 for the 20th century) a century phrase names, None if none."""
    lx = lexicon()
    if g.get(p + "era") and "هجر" in (g.get(p + "era") or ""):
        return None
    if g.get(p + "cord"):
        key = norm_key(g[p + "cord"] or "")
        number = century_ordinals(lx).get(key) or century_ordinals(lx).get("ال" + key[1:])
        return number - 1 if number else None
    if g.get(p + "cnum"):
        number = int(g[p + "cnum"] or 0)
        return number - 1 if 1 <= number <= 99 else None
    if ref is None or not (g.get(p + "cmod") or g.get(p + "cthis")):
        return None
    step = 0 if g.get(p + "cthis") else rs.MOD_DIRECTION[rs.mod_kind(g[p + "cmod"]) or "current"]
    return ref.year // 100 + step


def _value(text: str, granularity: str, anchor: str, day: dt.date | None) -> rs.Resolved:
    """A value of its own shape: a decade of three digits, a century of two; past years 1-9999
    (the decade before year 1, the century after 9999) it is unresolved, never another one."""
    width = {"decade": 3, "century": 2}.get(granularity)
    if width is not None and not (text.isdigit() and len(text) == width):
        return rs.unknown(granularity)
    return rs.Resolved(text, granularity, anchor, None, day)


def resolve(family: str, g: dict[str, str | None], ctx: rs.Context) -> rs.Resolved | None:
    """The meaning of a match of one of ``FAMILIES``, or None when it names no period."""
    ref = ctx.reference
    if family == "century":
        number = _century_of(g, "", ref)
        if number is None:
            return rs.unknown("century") if (g.get("cmod") or g.get("cthis")) and ref is None else None
        anchor = "absolute" if g.get("cord") or g.get("cnum") else "publication"
        return _value(
            f"{number:02d}" if number >= 0 else "-", "century", anchor, cal.valid_date(max(1, number * 100), 1, 1)
        )
    if family == "decade":
        return _decade(g, ref)
    if family == "season":
        return _season(g, ctx)
    if family == "quarter":
        return _quarter(g, ctx)
    if family == "half":
        return _half(g, ctx)
    if family == "old_year":
        year = int(g.get("oyear") or g.get("oyear2") or 0)
        return rs.at(cal.valid_date(year, 1, 1), "year", "absolute")
    if family == "spelled_year":
        spelled = spelled_number(g.get("sy") or "")
        return rs.at(cal.valid_date(spelled, 1, 1), "year", "absolute") if spelled and 1 <= spelled <= 9999 else None
    return None


def _decade(g: dict[str, str | None], ref: dt.date | None) -> rs.Resolved | None:
    lx = lexicon()
    if g.get("dmod"):
        if ref is None:
            return rs.unknown("decade")
        step = rs.MOD_DIRECTION[rs.mod_kind(g["dmod"]) or "current"]
        decade = ref.year // 10 + step
        return _value(f"{decade:03d}" if decade >= 0 else "-", "decade", "publication", _first_day(decade * 10))
    if g.get("dord"):
        century = _century_of(g, "d", ref)
        if century is None:
            return None
        key = norm_key(g["dord"] or "")
        decade = century * 10 + (lx.ordinal_days.get(key) or 1) - 1
        return _value(f"{decade:03d}", "decade", "absolute", _first_day(decade * 10))
    tens = TENS[norm_key(g["tens"] or "")]
    century = _century_of(g, "", ref) if g.get("of") else None
    anchor = "absolute"
    if century is None:
        base = ref.year if ref is not None else 1999
        century = base // 100 if (base // 100) * 100 + tens * 10 <= base else base // 100 - 1
        anchor = "publication" if ref is not None else "absolute"
    decade = century * 10 + tens
    return _value(f"{decade:03d}", "decade", anchor, _first_day(decade * 10))


def _first_day(year: int) -> dt.date | None:
    return cal.valid_date(max(1, year), 1, 1)


def season_value(year: int, code: str) -> rs.Resolved:
    """A season of a year (winter: the one whose January is in that year)."""
    first_year = year - 1 if code == "WI" else year
    return _value(f"{year:04d}-{code}", "season", "publication", cal.valid_date(first_year, _SEASON_MONTHS[code], 1))


def _season(g: dict[str, str | None], ctx: rs.Context) -> rs.Resolved | None:
    if not (g.get("sthis") or g.get("smod")):
        return None  # الربيع العربي: a name, not a season
    ref = ctx.reference
    if ref is None:
        return rs.unknown("season")
    code = SEASONS[norm_key(g["sn"] or "").removeprefix("ال").removeprefix("ل")]
    kind = "current" if g.get("sthis") else rs.mod_kind(g["smod"])
    # the season occurrences around the reference: (label year, first day, last day)
    spans = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        first = cal.valid_date(year - 1 if code == "WI" else year, _SEASON_MONTHS[code], 1)
        if first is None:
            continue
        end_year, end_month = cal.add_months(first.year, first.month, 3)
        last = cal.valid_date(end_year, end_month, 1)
        spans.append((year, first, (last or first) - dt.timedelta(days=1)))
    if kind == "past":
        chosen = [s for s in spans if s[2] < ref][-1:]
    elif kind == "next":
        chosen = [s for s in spans if s[1] > ref][:1]
    else:
        chosen = [s for s in spans if s[1] <= ref <= s[2]] or [s for s in spans if s[1] > ref][:1]
    return season_value(chosen[0][0], code) if chosen else None


# the ordinal of a quarter, masculine (الربع، الثلاثي) or feminine (الثلاثية: the Maghreb's word)
_QUARTERS = {
    **{"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 4},
    **{"الاولي": 1, "الثانيه": 2, "الثالثه": 3, "الرابعه": 4, "الاخيره": 4},
}


def _quarter(g: dict[str, str | None], ctx: rs.Context) -> rs.Resolved | None:
    number = _QUARTERS[norm_key(g["qn"] or "")]
    if g.get("qyear") or g.get("qmod") or g.get("qthis"):
        named = _year_of_part(g.get("qyear"), g.get("qmod"), ctx)
    elif ctx.reference is not None:  # الربع الأول alone: the one nearest the reference, by tense
        named = rs.infer_year(ctx.reference, 3 * number - 2, None, None, ctx.future), "publication"
    else:
        named = None
    if named is None:
        return rs.unknown("quarter")
    first = cal.valid_date(named[0], 3 * number - 2, 1)
    return _value(f"{named[0]:04d}-Q{number}", "quarter", named[1], first) if first else rs.unknown("quarter")


def _half(g: dict[str, str | None], ctx: rs.Context) -> rs.Resolved | None:
    """النصف الأول من 2015، السداسي الثاني من العام الماضي (the Maghreb's half-year): ``2015-H1``."""
    number = 1 if norm_key(g["hn"] or "").startswith("الاول") else 2
    named = _year_of_part(g.get("hyear"), g.get("hmod"), ctx)
    if named is None:
        return rs.unknown("half")
    first = cal.valid_date(named[0], 6 * number - 5, 1)
    return _value(f"{named[0]:04d}-H{number}", "half", named[1], first) if first else rs.unknown("half")


def _year_of_part(year: str | None, mod: str | None, ctx: rs.Context) -> tuple[int, str] | None:
    """The year a part of a year (a quarter, a half) is of, and its anchor: named (من 2015), the
    reference's moved by a modifier (من العام الماضي), else the reference's (من هذا العام); None
    with no reference to count from."""
    if year:
        return int(year), "absolute"
    if ctx.reference is None:
        return None
    if mod:
        return ctx.reference.year + rs.MOD_DIRECTION[rs.mod_kind(mod) or "current"], "publication"
    return ctx.reference.year, "publication"


_SPLIT = re.compile(r"\s+و\s*")


def spelled_number(text: str) -> int | None:
    """A number written in words, thousands first: ألفين وثمانية عشر = 2018."""
    lx = lexicon()
    total = 0
    for part in _SPLIT.split(norm_key(text)):
        part = " ".join(part.split())
        value = THOUSANDS.get(part) or HUNDREDS.get(part) or lx.teens.get(part) or lx.numbers.get(part)
        if value is None:
            return None
        total += value
    return total or None
