"""The regular grammar of Arabic date expressions, over normalised text (reader.text.arabic).

Each family is one compiled pattern with named groups; ``pattern(family)`` builds it from the
lexicon. Context rules that a regex cannot say well (is this مارس a month or a verb?) live in
``reader.temporal.finder``. ``gates()`` are the cheap literal searches a sentence must pass before a
family runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from reader.temporal import composed, eras, prefilter, programs
from reader.temporal.lexicon import Lexicon, alternation, lexicon

START = r"(?<!\w)"
END = r"(?!\w)"
LETTER_END = r"(?![^\W\d_])(?!(?<=\d)\d)"  # no letter follows (a digit may: مارس2015, not after تشرين 1)
# A clitic conjunction before a word (و ف), and a preposition (ب ل ك) before an ال-word or شهر.
CONJ = r"(?P<pre>[وف]?(?:[بلك](?=ال|ل|شهر))?)"
# before a year word the clitics ل and ب stay out of the span too (لعام 2016: عام 2016)
CONJ_YEAR = r"(?P<pre>[وف]?(?:[بلك](?=ال|ل|شهر|عام|سنه))?)"
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
YEAR = r"(?:19|20)\d{2}(?![\d٫])"
HIJRI_YEAR = r"1[345]\d{2}(?!\d)"

FIRST_OF_MONTH = "غره"  # غرة (the Maghreb's word for the first day of a month), normalised
FAMILIES: tuple[str, ...] = (
    "numeric",
    "date",
    *composed.FAMILIES,
    *eras.FAMILIES,
    "hijri",
    "occasion",
    "month",
    "weekday",
    "dayword",
    "amount",
    "amount_after",
    "duration",
    "anaphor",
    "period",
    "vague",
    "hijri_year",
    "year",
)


def _al(words: str) -> str:
    """An alternation of ال-words that also matches after the clitic ل (للعام = ل + العام)."""
    return words.replace("(?:ال", "(?:(?:ال|(?<=ل)ل)").replace("|ال", "|(?:ال|(?<=ل)ل)")


# the parsed source of each family whose pattern is compiled and whose guarded pattern is not
# yet: ``guarded`` takes it instead of parsing the source again (at most one per family)
_PARSED: dict[str, Any] = {}


@cache
def pattern(family: str) -> re.Pattern[str]:
    """The compiled pattern of one family, compiled the first time a sentence needs it (from its
    parsed source, kept for ``guarded``: parsing is about two fifths of a compile), or built from
    its program kept on disk by an earlier run (``reader.temporal.programs``)."""
    source = sources()[family]

    def make() -> programs.Stored:
        parsed = _PARSED[family] = prefilter.parse(source)
        return ("pattern", (programs.program(parsed),))

    return programs.kept(family, source, make, lambda stored: programs.build(stored[1][0]))


@cache
def guarded(family: str) -> prefilter.Finder:
    """The family's pattern behind a look-ahead of the characters its matches start with
    (``reader.temporal.prefilter``): the same matches, found in about half the time, for two
    thirds more compile time (worth it for a family that runs on many sentences); the source
    ``pattern`` parsed is not parsed again; its programs are kept on disk as ``pattern``'s are."""
    source = sources()[family]

    def make() -> programs.Stored:
        return prefilter.guarded_programs(source, parsed=_PARSED.pop(family, None))

    name = _GUARDED.format(family=family, size=prefilter.PREFIX)
    return programs.kept(name, source, make, lambda stored: prefilter.finder(stored, source))


@cache
def guarded_kept(family: str) -> bool:
    """The family's guarded programs are on disk (``guarded`` builds it without compiling)."""
    return programs.load(_GUARDED.format(family=family, size=prefilter.PREFIX), sources()[family]) is not None


_GUARDED = "{family}.guarded{size}"  # the name of a family's guarded programs on disk


@lru_cache(maxsize=1)
def sources() -> dict[str, str]:
    """The regex source of each family."""
    lx = lexicon()
    months = alternation(lx.months)
    hmonths = alternation(lx.hijri_months)
    weekdays = alternation(lx.weekdays)
    mods = alternation(lx.modifiers)
    parts = alternation(lx.period_parts)
    seasons = alternation(lx.seasons)
    dayparts = alternation(lx.day_parts)
    after_parts = alternation(lx.day_after_parts)
    ordinals = alternation(lx.ordinal_days)
    numbers = alternation(lx.numbers)
    teens = alternation(lx.teens)
    units = alternation(lx.units)
    approx = alternation(lx.approximators)
    vague_amounts = alternation(lx.vague_amounts)
    vague_nouns = alternation(lx.vague_nouns)
    hmarks = alternation(lx.hijri_year_markers)
    epithets = alternation(lx.hijri_month_epithets)
    occasions = alternation(lx.occasions)
    vague_periods = alternation(lx.vague_periods)
    same_after = alternation(lx.same_after)
    next_after = alternation(lx.next_after)
    previous_after = alternation(lx.previous_after)
    same_words = alternation(lx.same_words)
    day_words = alternation(lx.day_words)
    duration_cues = alternation(lx.duration_cues)
    marked_units = alternation(marked_unit_forms(lx))
    plural_units = alternation(["ال" + w for w, (_unit, number) in lx.units.items() if number == "plural"])
    dual_units = alternation(["ال" + w for w, (_unit, number) in lx.units.items() if number == "dual"])

    number = rf"(?:\d{{1,3}}(?!\d)|{teens}|{numbers}(?:\s+و\s*{numbers})?)"
    one = r"(?:واحد|واحدا|واحده)"

    def half(name: str) -> str:
        return rf"(?:\s+و\s*(?P<{name}>نصف))?"

    month_pair = (
        rf"(?P<m1>{months}){LETTER_END}(?:\s*(?:(?P<paren>\()|/|\\|-|–|او\s)\s*(?P<m2>{months}){LETTER_END}"
        rf"(?(paren)\s*\)))?"
    )
    # a year named after the expression: من العام الماضي، من هذه السنة، من العام نفسه (نفس العام)
    year_qualifier = (
        rf"\s+من\s+(?:(?:العام|السنه)\s+(?P<ymod>{mods})|(?P<ythis>هذا\s+العام|هذه\s+السنه)"
        rf"|(?P<ysame>(?:العام|السنه)\s+{same_after}|{same_words}\s+(?:العام|السنه))){END}"
    )
    year_tail = (
        rf"(?:\s*[،,]?\s*(?:(?:من|في)\s+)?(?:(?:عام|العام|سنه|السنه|لعام|لسنه|بعام|بسنه)\s*)?(?P<year>{YEAR})(?:\s*م{END})?"
        rf"|{year_qualifier})?"
    )
    mod_tail = rf"(?:\s+(?P<mod>{mods}){END})?"
    year_word = r"(?:(?P<dual>عامي|سنتي)|عام|العام|سنه|السنه|لعام|لسنه|للعام|للسنه|بعام|بسنه)"
    period_nouns = _al("(?:الاسبوع|الشهر|العام|السنه)")

    sources = {
        "numeric": (
            # a weekday before it belongs to it: يوم السبت 21/09
            rf"(?:{START}{CONJ}(?:يوم\s+)?(?P<wd>{_al(weekdays)})\s*[،,]?\s*(?:الموافق\s*(?:ل\s*)?)?)?"
            rf"(?<![\d/.\-])(?:(?P<d>{DAYNUM})\s?(?P<sep>[/.\-])\s?(?P<m>1[0-2]|0?[1-9])\s?(?P=sep)\s?(?P<y>{YEAR})"
            rf"|(?P<y2>{YEAR})(?P<sep2>[/.\-])(?P<m2>1[0-2]|0?[1-9])(?P=sep2)(?P<d2>{DAYNUM})"
            # Hijri: 14-09-1432 هـ, 1432/9/14
            rf"|(?P<hd>{DAYNUM})\s?(?P<hsep>[/.\-])\s?(?P<hmo>1[0-2]|0?[1-9])\s?(?P=hsep)\s?(?P<hy>{HIJRI_YEAR})"
            rf"|(?P<hy2>{HIJRI_YEAR})(?P<hsep2>[/.\-])(?P<hmo2>1[0-2]|0?[1-9])(?P=hsep2)(?P<hd2>{DAYNUM})"
            # a month and year (3/2015), a day and month (21/09), a month and day past 12 (4/22)
            rf"|(?P<mm>1[0-2]|0?[1-9])\s?/\s?(?P<my>{YEAR})"
            rf"|(?P<dd>{DAYNUM})\s?/\s?(?P<dm>1[0-2]|0?[1-9])(?![\d/])"
            rf"|(?P<um>1[0-2]|0?[1-9])\s?/\s?(?P<ud>1[3-9]|2\d|3[01])(?![\d/]))(?![/.\-]?\d)"
            rf"(?:(?<=\d)\s*(?P<hmark>{hmarks}){END})?"
        ),
        "date": (
            rf"{START}{CONJ}(?:(?P<part>{dayparts})\s+)?(?:(?:يوم\s+)?(?P<rel>{_al(day_words)})\s*[،,]?\s*)?"
            rf"(?:(?P<yawm>يوم|يومي|ايام)\s+)?"
            rf"(?:(?P<wd>{_al(weekdays)}){END}\s*[،,]?\s*(?:الموافق\s*(?:ل\s*)?|في\s+(?=\d))?)?"
            # غرة جوان: the first of June; الـ27 من سبتمبر: a day's number with the article
            rf"(?:(?:ال)?(?P<d1>{DAYNUM})|(?P<od>{_al(ordinals)}|{FIRST_OF_MONTH}){END})"
            # 3 و4 و5 مارس, 3، 4 و5 مارس: the days between the first and the last of a list
            rf"(?:(?:\s*(?:و|،|,)\s*{DAYNUM}(?=\s*(?:و|،|,)\s*{DAYNUM}))*\s*(?:و|-|–|الي|حتي|او)\s*(?P<d2>{DAYNUM}))?"
            rf"\s*(?:(?<=\d)\s*/\s*|من\s+)?(?:شهر\s+)?{month_pair}{year_tail}{mod_tail}"
        ),
        "month": (
            rf"{START}{CONJ}(?:(?P<ppart>{parts})\s+)?(?P<shahr>شهر\s+|(?P<shahri>شهري)\s+)?{month_pair}"
            # شهري مارس وأبريل: the two months are one expression
            rf"(?(shahri)\s*(?:و|او|-|–|الي|حتي)\s*{months}{LETTER_END}(?:\s*(?:/|\()\s*{months}{LETTER_END}(?:\s*\))?)?|)"
            rf"{year_tail}{mod_tail}"
        ),
        "hijri": (
            rf"{START}{CONJ}(?:(?P<part>{dayparts})\s+)?"
            # a day word before a weekday or a day number (مساء أمس الثلاثاء 16 جمادى الآخرة)
            rf"(?:(?P<rel>{_al(day_words)})\s*[،,]?\s*(?=(?:يوم\s+|يومي\s+)?(?:{_al(weekdays)}|\d)))?"
            rf"(?:(?P<yawm>يوم|يومي)\s+)?"
            rf"(?:(?P<wd>{_al(weekdays)}){END}\s*[،,]?\s*(?:الموافق\s*(?:ل\s*)?)?(?=\d|[٠-٩]))?"
            rf"(?:(?:(?P<d1>{DAYNUM})|(?P<od>{_al(ordinals)}|{FIRST_OF_MONTH}))\s+(?:من\s+)?)?"
            rf"(?:(?P<ppart>{parts})\s+)?(?P<shahr>شهر\s+)?"
            rf"(?P<hm>{hmonths}){END}"
            rf"(?:\s+(?P<epithet>{epithets}){END})?"
            rf"(?:\s*[،,]?\s*(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?(?:(?P<hy>{HIJRI_YEAR})(?:\s*(?P<hmark>{hmarks}){END})?"
            rf"|(?P<year>{YEAR}))|{year_qualifier})?"
            rf"{mod_tail}"
        ),
        "hijri_year": (rf"{START}{CONJ}(?:{year_word}\s*)?(?P<hy>{HIJRI_YEAR})\s*(?P<hmark>{hmarks}){END}"),
        "occasion": (
            rf"{START}(?P<pre>[وف]?[بل]?)(?P<occ>{_al(occasions)}){END}"
            rf"(?:\s+(?:(?P<hy>{HIJRI_YEAR})(?:\s*{hmarks}{END})?|(?P<year>{YEAR}))|{year_qualifier})?{mod_tail}"
        ),
        "weekday": (
            rf"{START}{CONJ}(?:(?P<part>{dayparts})\s+)?"
            rf"(?:(?:يوم\s+)?(?P<rel>{_al(day_words)})\s*[،,]?\s*(?P<wparen>\()?\s*)?"  # يوم أمس الثلاثاء
            rf"(?:(?P<yawm>يوم|يومي)\s+)?(?P<wd>{_al(weekdays)}){END}(?(wparen)\s*\))"
            # الجمعة والسبت; after a part of the night, the two days side by side (ليل الجمعة السبت)
            rf"(?:(?:\s*(?:و|-|الي|او)\s*|(?(part)\s+|(?!)))(?P<wd2>{_al(weekdays)}){END})?"
            rf"(?:\s+(?:ما\s+)?(?P<skip>قبل|بعد)(?=\s+(?:الماضي|المقبل|القادم)))?(?:\s+(?P<mod>{mods}){END})?"
            rf"(?:\s+(?P<after>{after_parts}){END})?"
        ),
        "dayword": (
            rf"{START}{CONJ}(?:(?P<part>{dayparts})\s+)?"
            # يوم غد، اليوم الذي بعد الغد، اليوم القبل البارحة
            rf"(?:(?P<yawm>يوم)\s+|(?P<dayof>اليوم|يوم)\s+(?:(?:الذي|الي|اللي)\s+|ال(?=قبل|بعد)))?"
            rf"(?P<rel>{_al(day_words)}){END}"
            rf"(?:\s+(?P<after>{after_parts}){END})?"
        ),
        "amount": (
            rf"{START}{CONJ}(?P<prep>منذ|قبل|بعد){END}\s*(?:(?P<approx>{approx}){END}\s*)?"
            rf"(?:(?P<num>{number})(?:(?<=\d)\s*|\s+)(?P<unit>{units}){half('half')}|(?P<frac>نصف|ربع)\s+(?P<funit>{units})"
            rf"|(?P<unit_alone>{units})(?:\s+(?P<one>{one}))?{half('half2')}"
            rf"|(?P<vague>{vague_amounts})\s+(?:{units}|{vague_nouns})|(?P<vague_noun>{vague_nouns}){END}"
            rf"(?:\s+(?:طويله|قصيره|قريبه|بعيده|وجيزه))?)(?P<unit_end>{END})(?:\s+من\s+(?P<fromnow>الان|اليوم){END})?"
        ),
        "amount_after": (
            rf"{START}{CONJ}(?P<prep>قبلها|بعدها|قبله|بعده|قبل\s+ذلك|بعد\s+ذلك)\s+ب\s*"
            rf"(?:(?P<approx>{approx}){END}\s*)?(?:(?P<num>{number})(?:(?<=\d)\s*|\s+)(?P<unit>{units})|(?P<unit_alone>{units})){END}"
        ),
        # a length of time (ثلاثة أيام، لساعات، لمدة أسبوع، عاما واحدا): its cue stays out of the span
        "duration": (
            rf"{START}(?P<pre>[وف]?)(?P<c>(?P<cue>{duration_cues})\s+|(?P<lam>ل)(?=[^\W\d_]))?"
            rf"(?P<dur>(?:(?P<approx>{approx}){END}\s*)?"
            rf"(?:(?P<num>{number})(?:(?<=\d)\s*|\s+)(?P<unit>{units}){half('half')}|(?P<frac>نصف|ربع)\s+(?P<funit>{units})"
            rf"|(?P<vague>{vague_amounts})\s+(?P<vunit>{units})"
            # without a cue, only a dual, an accusative (أسبوعا) or a noun with واحد or ونصف
            rf"|(?P<unit_alone>(?(c){units}|(?:{marked_units}|{units}(?=\s+(?:{one}|و\s*نصف))))){END}"
            rf"(?:\s+(?P<one>{one}))?{half('half2')}))"
            rf"{END}"
        ),
        "anaphor": (
            rf"{START}{CONJ}(?:(?P<ppart>{parts})\s+)?(?:(?P<same>{same_words})\s+(?P<noun>{_al('(?:اليوم|الاسبوع|الشهر|العام|السنه)')})"
            rf"|(?P<noun2>{_al('(?:اليوم|الاسبوع|الشهر|العام|السنه)')})\s+(?:(?P<same2>{same_after})|(?P<next>{next_after})"
            rf"|(?P<prev>{previous_after}))|(?P<thisday>هذا)\s+(?P<noun3>{_al('اليوم')})(?:\s+من\s+(?:العام|السنه)\s+(?P<tymod>{mods}))?){END}"
        ),
        "period": (
            rf"{START}{CONJ}(?:(?P<ppart>{parts})\s+|(?P<season>{seasons})\s+)?(?:(?P<this>هذا|هذه|هذي)\s+|(?P<this2>ه)(?=ال))?"
            rf"(?P<noun>{period_nouns})(?:\s+(?:(?P<before>(?:ما\s+)?قبل\s+)|(?P<beyond>(?:ما\s+)?بعد\s+))?(?P<mod>{mods})|\s+(?P<this3>ده|دي|دا))?{END}"
        ),
        # and a counted stretch up to now or from now: العقود الأربعة الأخيرة، الساعات الـ24 الماضية
        "vague": (
            rf"{START}{CONJ}(?:(?P<vp>{_al(vague_periods)})"
            rf"|(?P<rp>{_al(plural_units)})\s+(?:ال\s*(?:{numbers}(?:\s+و\s*(?:ال)?{numbers})?|{teens}|\d{{1,3}}(?!\d))|القليله)"
            rf"\s+(?P<rmod>{mods}|الاخيره)"  # الساعات الأربع والعشرين الماضية
            rf"|(?:ال|(?<=ل)ل)\s*\d{{1,3}}\s+{units}\s+(?P<rmod2>{mods}|الاخيره)"
            rf"|(?P<rd>{_al(dual_units)})\s+(?P<rmod3>{mods}|الاخيرين)){END}"  # اليومين الماضيين
        ),
        "year": (
            rf"(?<![\d.,/\-])(?<!\dر){START}{CONJ_YEAR}(?:(?P<ppart>{parts})\s+|(?P<season>{seasons})\s+)?"
            rf"(?:(?P<yw>{year_word})\s*)?(?P<year>{YEAR})"
            rf"(?:\s*(?:/|-|–)\s*(?P<year2>{YEAR}|\d{{2}}(?!\d))|(?(dual)\s*و\s*(?P<year3>{YEAR})))?"
            rf"(?:\s*م{END})?(?![.,]\d|%)"
        ),
    }
    sources.update(composed.sources(lx))
    sources.update(eras.sources(lx))
    return {name: sources[name] for name in FAMILIES}


def marked_unit_forms(lx: Lexicon) -> list[str]:
    """The forms of a unit that are a length of time without a cue: duals (يومين) and indefinite
    accusatives (أسبوعا), but not عقدا (also a contract) nor قرنا (also a horn)."""
    return [
        w
        for w, (unit, number) in lx.units.items()
        if number == "dual" or (number == "singular" and w.endswith("ا") and unit not in ("decade", "century"))
    ]


def _stems(words: Iterable[object]) -> list[str]:
    """A distinctive substring of each phrase: its first word (its last if that is shorter than 3
    letters), an article reduced to its ل so that للعام and بالعام match too."""
    stems: set[str] = set()
    for phrase in words:
        parts = str(phrase).split(" ")
        word = parts[0] if len(parts[0]) >= 3 else parts[-1]
        stems.add(word[1:] if word.startswith("ال") else word)
    return sorted(stems, key=len, reverse=True)


def _last_words(words: Iterable[object]) -> list[str]:
    """The last word of each phrase (الذي سبقه -> سبقه), an article reduced to its ل."""
    stems = {str(p).split(" ")[-1] for p in words}
    return sorted({w[1:] if w.startswith("ال") else w for w in stems}, key=len, reverse=True)


Atom = frozenset[str] | str  # literal words, one of which must be in the sentence, or a regex
DIGITS = frozenset("0123456789")  # an atom: the sentence holds a digit
Clause = tuple[Atom, ...]  # every atom must hold


def lit(*groups: str | Iterable[object]) -> frozenset[str]:
    """One atom: the normalised literal words of ``groups`` (strings or lists of strings)."""
    words: set[str] = set()
    for group in groups:
        words.update([group] if isinstance(group, str) else map(str, group))
    return frozenset(words)


CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def whole_words(words: Iterable[object]) -> list[str]:
    """Literals matched as whole words (a leading space marks them), with their clitics: يوم,
    ويوم، بيوم، ليوم; الشهر, والشهر، بالشهر، للشهر."""
    out = []
    for word in map(str, words):
        if " " in word:
            out.append(word)
            continue
        for clitic in CLITICS:
            if word.startswith("ال") and clitic.endswith("ل"):
                out.append(f" {clitic}{word[1:]}")  # للشهر
            out.append(f" {clitic}{word}")
    return out


def _phrases(words: Iterable[object]) -> list[str]:
    """Whole phrases, an article reduced to its ل so that للأيام and بالأيام match too."""
    return [str(w)[1:] if str(w).startswith("ال") else str(w) for w in words]


@lru_cache(maxsize=1)
def gates() -> dict[str, tuple[Clause, ...]]:
    """For each family, what a sentence must hold before the family runs: one of its clauses,
    each a few atoms that must all hold (a literal word of a set, or a regex of digits).

    ``reader.temporal.finder`` finds every literal of every family in one pass over the sentence
    and runs the regexes only where a clause needs them: both are far cheaper than the family
    patterns with their look-behinds and optional prefixes.
    """
    lx = lexicon()
    short_months = [m for m in lx.months if len(m) < 3]
    months = lit(_stems(m for m in lx.months if m not in short_months))
    month_gate: tuple[Clause, ...] = (
        (months,),
        # a short name: found by its letters, then checked to start a word (or follow a clitic)
        *(
            (
                lit(whole_words([m])),
                rf"{re.escape(m)}(?!\w)(?:(?<=(?<!\w){re.escape(m)})|(?<=(?<!\w)[وفبل]{re.escape(m)}))",
            )
            for m in short_months
        ),
    )
    weekdays = lit(_stems(lx.weekdays), {w.removeprefix("ال") for w in lx.weekdays})
    # the indefinite forms of the units as whole words (not inside اليوم، العام): a count's
    units = lit(whole_words([*lx.units, *lx.vague_nouns, "نصف", "ربع"]))
    plural_units = lit(_phrases("ال" + w for w, (_u, n) in lx.units.items() if n == "plural"))
    dual_units = lit(_phrases("ال" + w for w, (_u, n) in lx.units.items() if n == "dual"))
    nth = lit(_stems([*lx.nth_prefix, *lx.nth_suffix]))
    modifiers = lit(_stems(lx.modifiers), "اخير")
    singular_units = whole_words(w for w, (_u, n) in lx.units.items() if n == "singular")
    period_nouns = lit("يوم", "اسبوع", "شهر", "عام", "سنه")
    month_refs = lit(months, "شهر", "اب")
    day_ordinals = lit(whole_words([*lx.ordinal_days, "اول", "اخر", *(w.split()[0] for w in lx.ordinal_days)]))
    month_word = lit(whole_words(["شهر", "الشهر"]))
    need_context = set(lx.vague_need_before)
    # الآن as a whole word (with a clitic), not inside الانتخابات
    vague_words = [
        *(w for w in lx.vague_periods if w not in need_context and w != "الان"),
        *(f" {clitic}الان" for clitic in ("", "و", "ف", "ل", "ب", "وب", "ول")),
    ]
    return {
        "numeric": ((DIGITS, r"\d\s?[/.\-]\s?\d"),),
        # a day before the month: a digit, or an ordinal (العاشر، للحادي، أول)
        "date": tuple((*clause, lit(DIGITS, _stems(lx.ordinal_days), FIRST_OF_MONTH)) for clause in month_gate),
        "month": month_gate,
        "hijri": ((lit(_stems(lx.hijri_months)),),),
        "occasion": (
            (lit("عيد", "اعياد", "عرف", "عاشوراء", "المولد", "القدر", "راس السنه", "كريسماس", "الفصح", "النسيم"),),
        ),
        "weekday": ((lit(_stems(lx.weekdays)),),),
        "dayword": (
            (lit("يوم", "امس", "غد", "البارحه", "بكر", "مبارح", "ليله"),),
            (lit(" هذا", " هذه"), lit("صباح", "مساء", "ظهيره", "عصر")),  # هذا الصباح: today
        ),
        "amount": ((lit("منذ", "قبل", "بعد"), lit(units, _stems(lx.vague_nouns), "نصف", "ربع")),),
        "amount_after": ((lit("قبله", "بعده", "قبل ذلك", "بعد ذلك"), units),),
        "duration": (
            (lit(marked_unit_forms(lx), (w for w, (_u, n) in lx.units.items() if n == "plural")),),
            # a singular after a cue (لمدة أسبوع), a number word (عشرين سنة، مائة عام), واحد or a half
            (
                lit(
                    (w for w in lx.duration_cues if w not in ("بعد", "استمر", "استمرت")),
                    whole_words(w for w, n in {**lx.numbers, **lx.teens}.items() if n >= 10),
                    lx.vague_amounts,
                    "واحد",
                    "نصف",
                    " ربع",
                ),
                lit(singular_units),
            ),
            (DIGITS, r"\d\s?(?:ساعه|سنه|دقيقه|عام|يوم|شهر|اسبوع|عقد|قرن)"),  # 48 ساعة
        ),
        "anaphor": (
            (lit(_last_words([*lx.same_words, *lx.same_after, *lx.next_after, *lx.previous_after])), period_nouns),
            (lit(" هذا"), lit("يوم")),
        ),
        "period": (
            (
                lit("اسبوع", "شهر", "عام", "سنه"),
                lit(modifiers, lx.period_parts, "هذا", "هذه", "هذي", "هال", " ده", " دي", " دا"),
            ),
        ),
        "vague": (
            (
                lit(
                    _phrases(vague_words),
                    (f"{before} {w}" for w, words in lx.vague_need_before.items() for before in words),
                ),
            ),
            (plural_units, modifiers),
            (dual_units, modifiers),  # اليومين الماضيين
            (DIGITS, modifiers, r"(?<!\w)ال\s*\d{1,3}\s"),  # الـ24 ساعة الماضية
        ),
        "hijri_year": ((DIGITS, r"1[345]\d\d"),),
        "year": ((DIGITS, r"(?:19|20)\d\d"),),
        # composed expressions: a weekday or day inside a month, a weekday or week inside a week
        "nth_weekday": ((weekdays, nth, month_refs),),
        "day_of_month": (
            (month_word, lit(day_ordinals, " يوم", " اليوم")),
            (month_word, DIGITS),
            (weekdays, day_ordinals),
        ),
        "week_of_month": ((lit("اسبوع"), nth, month_refs),),
        "weekday_of_week": ((lit("اسبوع"), weekdays),),
        "month_number": ((lit("شهر"),),),
        "day_alone": ((lit(" في", " يوم"), day_ordinals),),
        **eras.gates(lx),
    }
