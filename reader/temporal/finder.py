"""Finding temporal expressions in an article's sentences and resolving them in body order.

Each sentence is normalised (reader.text.arabic; a map back to the body only where that moved
characters). A family of ``grammar.patterns`` runs only on sentences that pass its cheap
literal gates (``grammar.gates``: a month name, a weekday, a digit run...). Context rules drop
the matches that are not dates (مارس the verb, العام the adjective, 2000 شخص), the longest of
overlapping matches wins, and each is resolved against the reference date, the sentence's
tense and the previous timex (for نفس العام، قبلها بيومين).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache, reduce
from operator import or_

from reader.model import Article, Timex, kind_of
from reader.temporal import calendar as cal
from reader.temporal import composed, eras, grammar, prefilter
from reader.temporal import resolve as rs
from reader.temporal.grammar import FAMILIES, FIRST_OF_MONTH, gates
from reader.temporal.lexicon import Lexicon, alternation, lexicon, norm_key, trie_regex
from reader.text.arabic import normalize, normalize_with_map, original_span
from reader.text.tokens import SentenceText
from reader.text.words import closed_words

_WORD = re.compile(r"[^\W_]+")
_PRIORITY = {name: index for index, name in enumerate(FAMILIES)}
_FROM_WORDS = frozenset({"من", "علي", "عن"})
_LINKS = frozenset({"و", "او", "الي", "حتي"})
_NOT_NOUNS = frozenset({"الي", "الا", "الذي", "التي"})
_BEFORE_VERB = frozenset({"قد", "لقد", "ما", "الذي", "التي", "ثم"})  # غدا the verb ("became")
_PAST_AUX = closed_words().words["past_auxiliaries"]
FUTURE_WINDOW_BEFORE = 8
FUTURE_WINDOW_AFTER = 2
_PUNCT = re.compile(r"[،,.:؛;!?؟\"«»“”()]")
_COMPLEMENTIZERS = closed_words().words["complementizers"]
# a relative pronoun and the first letter of a present verb that agrees with it (الذي يبدأ، التي
# تمتد); after الذي a ت- word is a past of forms V-VI (الذي تواصل، الذي تأكد)
_RELATIVE_PRESENT = {"الذي": "ي", "الذين": "ي", "التي": "ت"}
_IMPERFECTIVE = re.compile(r"[يتن][^\W\d_]{2,}")  # a present-tense verb shape: يكون، تتواصل، نعمل


@dataclass(frozen=True)
class Match:
    """A grammar match in a normalised sentence (offsets into the normalised text)."""

    family: str
    start: int
    end: int
    groups: dict[str, str | None]


def _midnight(part: str | None) -> bool:
    """A midnight (``منتصف ليل``): between two days, it is the start of the second."""
    return bool(part) and norm_key(part or "").startswith("منتصف")


def _filled(g: dict[str, str | None], name: str) -> str:
    """A group that is set wherever this is called: the family's pattern always fills it, or it
    belongs to the same alternative as a group the caller has just found set."""
    value = g[name]
    assert value is not None, name
    return value


def _words_before(norm: str, start: int, count: int) -> list[str]:
    return _WORD.findall(norm, max(0, start - 12 * count), start)[-count:]


def _words_after(norm: str, end: int, count: int) -> list[str]:
    return _WORD.findall(norm, end, end + 12 * count)[:count]


def _prev_word(norm: str, start: int) -> str | None:
    words = _words_before(norm, start, 1)
    if not words:
        return None
    # the word must be the one right before the match (only spaces or a comma between)
    gap = norm[norm.rfind(words[0], 0, start) + len(words[0]) : start]
    return words[0] if gap.strip(" ،,") == "" else None


def _in_a_name(norm: str, start: int, lx: Lexicon) -> bool:
    """The expression at ``start`` is a day and month after a place's or a movement's noun (``بشارع 9
    أفريل``), or the month of such a name (``ساحة 14 جانفي``: جانفي after its day)."""
    words = _words_before(norm, start, 2)
    if not words:
        return False
    first = start
    while first < len(norm) and norm[first] in "وف":
        first += 1  # the expression's first letter past و and ف (no copy of the rest of the text)
    if not norm[first : first + 1].isdigit():
        if len(words) < 2 or not words[-1].isdigit():
            return False
        words = words[:-1]  # the day before the month
    head = words[-1]
    bare = head[1:] if head[:1] in ("و", "ف", "ب", "ل") else head
    bare = bare[1:] if head[:1] in ("و", "ف") and bare[:1] in ("ب", "ل") else bare  # وبشارع
    return head in lx.name_heads or bare in lx.name_heads


def _next_word(norm: str, end: int) -> str | None:
    words = _words_after(norm, end, 1)
    if not words:
        return None
    gap = norm[end : norm.find(words[0], end)]
    return words[0] if gap.strip(" ") == "" else None


def _strip_clitic(word: str) -> str:
    if len(word) >= 3 and word[0] in "وف":
        return word[1:]
    return word


@lru_cache(maxsize=1)
def _quote_marks(norm: str) -> list[int]:
    """Where the text's straight quotation marks stand (found once a text, not once a date)."""
    marks: list[int] = []
    at = norm.find('"')
    while at >= 0:
        marks.append(at)
        at = norm.find('"', at + 1)
    return marks


def _clause_words(norm: str, start: int, end: int, lx: Lexicon) -> tuple[list[str], bool]:
    """The words of the clause around ``[start, end)``: up to a punctuation mark or a
    complementizer (أن، إن) on either side, keeping a future cue right before one (المقرر أن). A
    date set off by a comma right after its clause belongs to it (سيصدر القرار، الجمعة): then
    the second value is True."""
    left = norm[max(0, start - 24 * FUTURE_WINDOW_BEFORE) : start]
    if bisect.bisect_left(_quote_marks(norm), start) % 2 == 0:  # no straight quotation left open before the date
        left = _without_closed_quote(left)
    parts = _PUNCT.split(left)
    set_off = len(parts) > 1 and not parts[-1].strip()
    left = parts[-2] if set_off else parts[-1]
    words = _WORD.findall(left)[-2 * FUTURE_WINDOW_BEFORE :]
    before = words[-FUTURE_WINDOW_BEFORE:]
    for at in range(len(words) - 1, -1, -1):
        if words[at] in _COMPLEMENTIZERS:  # a cue before أن reaches over a long clause: يفترض أن تبدأ ...
            cue = at > 0 and (_strip_clitic(words[at - 1]) in lx.future_cues or words[at - 1] == "علي")
            if cue:
                before = words[max(0, at - 3) :]  # وكان من المقرر أن: the cue and its auxiliary
            elif len(words) - at <= FUTURE_WINDOW_BEFORE:
                before = words[at + 1 :]
            break
    right = _PUNCT.split(norm[end : end + 12 * FUTURE_WINDOW_AFTER])[0]
    after: list[str] = []
    for word in _WORD.findall(right)[:FUTURE_WINDOW_AFTER]:
        if word in _COMPLEMENTIZERS or (word[:1] == "و" and _verb_like(word[1:].removeprefix("س"), lx)):
            break  # وصل يوم الخميس وسيغادر: a coordinated verb opens a clause of its own
        after.append(word)
    return before + after, set_off


_OPENING_QUOTES = {'"': '"', "»": "«", "”": "“"}  # a closing quotation mark, the mark that opens it


def _without_closed_quote(left: str) -> str:
    """``left`` without the quoted words that end it (a name, a title: ``صحيفة "ستار" الثلاثاء``,
    ``الوزيرة "سيلفي ..." الإثنين``): the words before them are the clause's, not the quoted ones,
    whose سي-/ست- are no future verbs."""
    stripped = left.rstrip()
    opening = _OPENING_QUOTES.get(stripped[-1:])
    if opening is None:
        return left
    at = stripped.rfind(opening, 0, len(stripped) - 1)
    return left if at < 0 else stripped[:at] + " "


def _present_after_relative(relative: str, word: str, lx: Lexicon) -> bool:
    """Is ``word`` a present verb agreeing with the relative before it (التي تمتد، الذي يبدأ)?"""
    prefix = _RELATIVE_PRESENT.get(relative)
    return prefix is not None and word.startswith(prefix) and not word.endswith("ت") and _verb_like(word, lx)


def _verb_like(word: str, lx: Lexicon) -> bool:
    """Is ``word`` shaped like a present-tense verb (and no month or weekday name: يناير، تموز)?"""
    return bool(_IMPERFECTIVE.fullmatch(word)) and word not in lx.months and word not in lx.weekdays


def is_future(norm: str, start: int, end: int, lx: Lexicon, first_person: frozenset[str] = frozenset()) -> bool | None:
    """Does the clause around ``[start, end)`` speak of the future (سيزور، من المقرر، سوف)?

    Also على أن + a present verb (على أن يكون ...: "with ... to be"). None for a clause of no
    tense: a plan in the past (كان مقررا في 11 أبريل, "was scheduled for") or a relative clause
    in the present (التي تمتد من، الذي يبدأ عادة في).
    """
    words, set_off = _clause_words(norm, start, end, lx)
    cue = _has_future_cue(words, lx) or not first_person.isdisjoint(words)
    if not _PAST_AUX.isdisjoint(words):
        return None if cue else False
    if cue or _target_date(norm, start, end, words, lx):
        return True
    for index, word in enumerate(words[:-1]):
        if word == "علي" and words[index + 1] == "ان" and index + 2 < len(words) and _verb_like(words[index + 2], lx):
            return True
        if word in _RELATIVE_PRESENT and _present_after_relative(word, words[index + 1], lx) and not set_off:
            return None  # (a relative closed by a comma before the date is no clause of the date's)
    return False


NEAR_AHEAD_DAYS = 31  # a day this close after the reference, named by a decision told in the past: the one to come


def _a_year_short_of_ahead(resolved: rs.Resolved | None, reference: dt.date | None) -> bool:
    """A day resolved into the past that a year later lies within ``NEAR_AHEAD_DAYS`` after the
    reference (6 September read as last year's, on 29 August)."""
    if resolved is None or resolved.granularity != "day" or resolved.date is None:
        return False
    return _just_ahead(cal.valid_date(resolved.date.year + 1, resolved.date.month, resolved.date.day), reference)


def _just_ahead(day: dt.date | None, reference: dt.date | None) -> bool:
    """``day`` lies 1 to ``NEAR_AHEAD_DAYS`` days after ``reference``."""
    return day is not None and reference is not None and 0 < (day - reference).days <= NEAR_AHEAD_DAYS


def _decided(norm: str, m: Match, lx: Lexicon) -> bool:
    """A decision, an announcement or a postponement in the date's clause (قررت الحكومة تعطيل الدوام
    يوم 6 أيلول، أعلنت الهيئة أن الاقتراع يوم 20): what it names may be a day to come, though the act
    is told in the past (وقع الزلزال في 20 نوفمبر, on 15 November: last year's)."""
    words, _ = _clause_words(norm, m.start, m.end, lx)
    return any(_strip_clitic(word) in lx.deciding_words for word in words)


def _target_date(norm: str, start: int, end: int, words: list[str], lx: Lexicon) -> bool:
    """Is the date at ``start`` the one a postponement, a deadline or a schedule sets (أرجأت الدائرة
    النظر إلى 12 مارس، حددت جلسة 12 مارس، أمهل التجار حتى 12 مارس), or the one what goes on now goes
    on to (تتواصل الأشغال إلى يوم السبت)? It lies ahead of the act that set it, though that act is
    told in the past."""
    after = _WORD.findall(norm[end : end + 20])[:1]
    if after and after[0] in lx.set_date_after:  # حددت المحكمة يوم 29 أفريل موعدا للجلسة
        return any(_strip_clitic(w) in lx.setting_words for w in words)
    before = _WORD.findall(norm[max(0, start - 40) : start])[-2:]
    if before[-1:] == ["يوم"]:
        before = before[:-1]  # إلى يوم 29، جلسة يوم 29
    if not before:
        return False
    if before[-1] in lx.target_prepositions:
        moved = lx.postponing_words | lx.continuing_words  # أرجأ إلى، تتواصل حتى يوم السبت
        return any(w in moved or _strip_clitic(w) in moved for w in words)
    return before[-1] in lx.set_date_nouns and any(_strip_clitic(w) in lx.setting_words for w in words)


# سأعود، وسأزور: the future prefix on a first-person verb, told from سأل (asked) and سأم only by
# the hamza that normalisation folds, so looked for in the original text
_FIRST_PERSON_FUTURE = re.compile(r"(?<![^\W\d_])[وف]?سأ(?!ل|م)[^\W\d_]{3,}")


_FILLERS = frozenset(
    {"في", "يوم", "من", "الي", "حتي", "منذ", "خلال", "بتاريخ", "تاريخ", "قرابه", "حوالي", "نحو", "او", "عند"}
)


def _stands_alone(norm: str, matches: Sequence[Match]) -> bool:
    """Is the sentence only its date expressions, with at most prepositions around them?"""
    cursor = 0
    for m in matches:
        if any(w not in _FILLERS and w != "و" for w in _WORD.findall(norm, cursor, m.start)):
            return False
        cursor = m.end
    return not any(w not in _FILLERS for w in _WORD.findall(norm, cursor))


def _first_person_futures(text: str) -> frozenset[str]:
    """The normalised first-person future verbs of a sentence (سأعود -> ساعود)."""
    if "سأ" not in text:
        return frozenset()
    return frozenset(normalize(w) for w in _FIRST_PERSON_FUTURE.findall(text))


CHAIN_WORDS = 6


def same_clause_chain(norm: str, end: int, start: int) -> bool:
    """Do the words between two expressions keep one clause going (no punctuation, أن or كان,
    at most ``CHAIN_WORDS`` words): ومن المنتظر أن تنطلق يوم 14 سبتمبر وتتواصل حتى 4 أكتوبر."""
    gap = norm[end:start]
    if _PUNCT.search(gap):
        return False
    words = _WORD.findall(gap)
    return len(words) <= CHAIN_WORDS and not any(w in _COMPLEMENTIZERS or w in _PAST_AUX for w in words)


_EVE = "عشيه"  # عشية X، الجمعة: X is on the day after what is told


def _has_future_cue(words: list[str], lx: Lexicon) -> bool:
    """Is one of ``words`` a future cue (المقرر، سوف) or a verb with the future prefix (سيزور)?"""
    for index, raw in enumerate(words):
        word = _strip_clitic(raw)
        if word == _EVE and not _RELATIVE_PRESENT.keys().isdisjoint(words[index + 1 :]):
            continue  # عشية الانتخابات التي جرت الأحد: the eve of what the relative clause dates
        if word in lx.future_cues or raw in lx.future_cues:
            return True
        if (
            len(word) >= (5 if word[1:2] == "ن" else 4)  # سيصل، ستعود; سنعود but not سنجق
            and word[0] == "س"
            and word[1] in "يتن"
            and not word.startswith(lx.future_prefix_not_verbs)
            and not word.endswith(("ين", "يه", "يا", "يون"))  # سياحيين، سيدنيون: no verbs
            and (len(word) >= 6 or not word.endswith("ون"))  # سينفذون، سيصلون; not ستون (sixty)
        ):
            return True
    return False


def _is_year_token(word: str | None) -> bool:
    return word is not None and word.isdigit() and len(word) == 4


_HALVES = frozenset({"النصف", "نصف", "السداسي", "سداسي"})
_REGIONS = frozenset({"ولايه", "معتمديه"})  # the region a place is in, in apposition (not بولاية: where)


def _named_place(family: str, g: dict[str, str | None], prev: str | None, nxt: str | None) -> bool:
    """A day and month with no year or modifier, its region in apposition right after it (بـ 2 مارس
    ولاية أريانة، 7 نوفمبر معتمدية المروج): a place named after a day; the month alone of such a
    name, its day before it, too."""
    if family not in ("date", "month") or g["year"] or g["mod"] or nxt not in _REGIONS:
        return False
    return family == "date" or (prev or "").isdigit()


def _accept(m: Match, norm: str, lx: Lexicon) -> bool:
    """Context rules: is this match a date here?"""
    g = m.groups
    family = m.family
    prev = _prev_word(norm, m.start)
    prev = _strip_clitic(prev) if prev else prev
    nxt = _next_word(norm, m.end)
    if _in_a_name(norm, m.start, lx):
        return False  # شارع 9 أفريل، ساحة 14 جانفي، حركة 6 أبريل: a date that names a place or a movement
    if _named_place(family, g, prev, nxt):
        return False  # بـ 2 مارس ولاية أريانة: a place named after a day, its region after it
    if family == "date" and g["od"] and prev in _HALVES:
        return False  # النصف الثاني من ماي: half of the month, not its second day (the month is read alone)
    if family == "month":
        needs = g["m1"] in lx.months_need_context
        context = g["m2"] or g["year"] or g["mod"] or g["shahr"] or g["ppart"] or _has_qualifier(g)
        return not needs or bool(context) or prev in lx.time_prepositions or _after_a_month(m, norm, prev, lx)
    if family == "hijri":
        needs = g["hm"] in lx.hijri_need_context
        context = (
            g["d1"] or g["od"] or g["shahr"] or g["ppart"] or g["hy"] or g["year"] or g["epithet"] or g["mod"]
        ) or _has_qualifier(g)
        return not needs or bool(context) or (g["hm"] == "رمضان" and prev in lx.time_prepositions)
    if family == "weekday":
        return bool(g["rel"] or g["yawm"] or g["mod"]) or prev not in lx.weekday_not_after
    if family == "dayword":
        rel = norm_key(g["rel"] or "")
        if rel == "غدا" and prev in _BEFORE_VERB:
            return False
        if rel in ("اليوم", "ليوم", "الليله", "لليله") and not g["part"] and not g["after"]:
            if nxt and _day_adjective(nxt, lx):
                return False
            if prev in ("هذا", "ذلك", "ذات", "نفس", "مثل", "هذه", "في هذا"):
                return False
            if _is_rate(norm, m.start, lx):
                return False
        return True
    if family == "numeric":
        return _numeric_ok(m, norm, lx)
    if family == "occasion":
        key = norm_key(g["occ"] or "")
        after = lx.occasion_not_before.get(key) or lx.occasion_not_before.get(_al_key(key), ())
        return not (nxt and nxt.startswith(after))
    if family == "century":
        return bool(g["cord"] or g["cnum"] or g["cmod"] or g["cthis"])
    if family == "decade" and _of_an_age(_words_after(norm, m.end, 2), lx):
        return False  # في الأربعينيات من العمر: an age, not the 1940s
    if family == "decade" and g["dmod"]:  # العقد: also a contract
        return bool(g["ppart"]) or prev in lx.time_prepositions
    if family == "old_year":
        return nxt not in lx.not_year_after
    if family == "quarter":  # الربع الأول من المباراة: of something else than a year
        if g["qfem"] and not (g["qyear"] or g["qmod"] or g["qthis"]):
            return False  # الثلاثية الأولى: also a treble, a trilogy; a quarter only of a year named
        return nxt != "من"
    if family == "half":  # النصف الأول من 2015 (not من ماي: half a month, left to the month)
        return nxt != "من"
    if family == "month_number":
        return bool(g["mnum"] or g["mord"])
    if family == "vague":
        return _vague_ok(m, norm, prev, nxt, lx)
    if family == "duration":
        return _duration_ok(m, norm, nxt, lx)
    if family == "amount":
        if g["prep"] == "بعد" and (g["vague"] or g["vague_noun"] or _unit_number(g["unit_alone"]) == "plural"):
            return False
        if g["prep"] == "بعد" and _repeated_unit(g["unit_alone"] or g["unit"], prev, lx):
            return False  # يوما بعد يوم: day after day
        if g["unit_alone"] and _unit_number(g["unit_alone"]) == "singular":
            definite = nxt and nxt.startswith("ال") and nxt not in _NOT_NOUNS
            if definite or (nxt and (nxt.isdigit() or nxt in lx.months or nxt in lx.hijri_months)):
                return False
        return not (g["unit_alone"] and _is_year_token(nxt))
    if family == "period":
        this = g["this"] or g["this2"] or g["this3"]
        if not (this or g["mod"] or g["ppart"]):
            return False
        if norm_key(_filled(g, "noun")) in ("العام", "لعام") and not (this or g["ppart"]):
            return not _adjective_position(prev, lx) or _year_modifier(norm_key(g["mod"] or ""), prev, lx)
        return True
    if family == "anaphor":
        noun = norm_key(g["noun"] or g["noun2"] or "")
        if noun in ("العام", "لعام") and g["noun2"] and not g["ppart"]:
            return not _adjective_position(prev, lx)
        return True
    if family == "year":
        if nxt in lx.not_year_after:
            return False
        if g["year3"] and not _plausible_range(_filled(g, "year"), g["year3"]):
            return False
        if g["yw"] or g["ppart"] or g["season"]:
            return True
        if g["year2"]:
            return _plausible_range(_filled(g, "year"), g["year2"])
        if prev in _LINKS:
            before = _words_before(norm, m.start, 2)
            return len(before) == 2 and _is_year_token(before[0])
        return prev in lx.year_cues or _is_year_token(prev) or (g["pre"] == "و" and prev is not None)
    return True


# a clock time after a day belongs to its expression (GUIDELINES.md): الخميس الساعة 8 مساء بتوقيت غرينتش
_DAY_FAMILIES = frozenset({"date", "weekday", "dayword", "numeric", "day_of_month", "nth_weekday", "occasion"})
_HOURS = "الواحده|الثانيه|الثالثه|الرابعه|الخامسه|السادسه|السابعه|الثامنه|التاسعه|العاشره|الحاديه عشره?|الثانيه عشره?"
_CLOCK_TAIL = re.compile(
    r"\s*[،,]?\s*(?:(?:عند|في|حوالي|نحو|قرابه)\s+)?(?:ال)?ساعه\s+"
    rf"(?:\d{{1,2}}(?:[:.]\d{{2}}){{0,2}}|{_HOURS})(?!\w)"
    r"(?:\s*و\s*(?:نصف|ربع|ثلث|\d{1,2}\s*دقيقه)(?!\w))?(?:\s+(?:الا|إلا)\s+(?:ربع|ثلث)(?!\w))?"
    r"(?:\s+(?:صباحا|مساء|ظهرا|عصرا|ليلا|فجرا|بعد\s+الظهر|قبل\s+الظهر|بالتوقيت\s+المحلي|بتوقيت\s+[^\W\d_]+)(?!\w))*"
)
_DATE_CUES = frozenset({"يوم", "بتاريخ", "تاريخ", "الموافق"})
_DAY_MONTH_PREPOSITIONS = frozenset({"في", "حتي", "منذ", "الي", "قبل", "بعد"})


def _numeric_ok(m: Match, norm: str, lx: Lexicon) -> bool:
    """A date in digits is one when it has its three parts; 3/2015 after a time word or alone
    (not القرار 2/2013); 21/09 and 4/22 only after a weekday, يوم or بتاريخ (not a score, a ratio)."""
    g = m.groups
    if not (g["mm"] or g["dd"] or g["ud"]):
        return True
    start = m.start if not g["wd"] else m.start + len(norm[m.start :]) - len(norm[m.start :].lstrip())
    digits = re.search(r"\d", norm[start : m.end])
    first = start + (digits.start() if digits else 0)
    prev = _prev_word(norm, first)
    prev = _strip_clitic(prev) if prev else prev
    if g["mm"]:
        return prev is None or prev in lx.time_prepositions or prev in lx.year_cues or prev in _DATE_CUES
    if g["wd"] or prev in _DATE_CUES:
        return True
    nxt = _next_word(norm, m.end)  # في 4/22 but not في 3/4 من الحالات
    return prev in _DAY_MONTH_PREPOSITIONS and nxt != "من" and nxt not in lx.not_year_after


def _vague_ok(m: Match, norm: str, prev: str | None, nxt: str | None, lx: Lexicon) -> bool:
    """Is this vague word a reference to time here? في السابق but not السابق alone (an adjective);
    قريبا but not قريبا من (near); أخيرا but not a leading أخيرا، (finally)."""
    if not m.groups["vp"]:
        return True
    key = norm_key(m.groups["vp"])
    key = key if key in lx.vague_periods else _al_key(key)
    if key == "الان" and "ك" in (m.groups["pre"] or ""):
        return False  # كالان: a name (Callan), not كالآن
    before = lx.vague_need_before.get(key)
    if before is not None:
        return prev in before
    if key == "قريبا":  # قريبا من: near, unless a verb of the future or after أن governs the من
        near = nxt == "من" or _words_after(norm, m.end, 2)[-1:] == ["من"]
        return not near or _irrealis_before(norm, m.start, lx)
    if key == "اخيرا":  # أخيرا: recently; "finally" leading a sentence or in a clause after أن
        rest = norm[m.end : m.end + 3].lstrip()
        leading = rest.startswith(("،", ",", ":")) or _WORD.search(norm, 0, m.start) is None
        return not leading and not _irrealis_before(norm, m.start, lx)
    return True


def _irrealis_before(norm: str, start: int, lx: Lexicon) -> bool:
    """Is one of the three words before ``start`` أن or a future cue (أن نتمكن قريبا، سيعود قريبا)?"""
    words = _words_before(norm, start, 3)
    return any(w in _COMPLEMENTIZERS for w in words) or _has_future_cue(words, lx)


_NOT_DURATION_AFTER = frozenset({"بعد", "ما", "عن", "تلو", "وراء", "اخر"})
# the hour of a clock time: its minutes are no length of time (الساعة الثالثة و18 دقيقة)
_CLOCK_WORDS = frozenset(
    {"الساعه", "الواحده", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "السادسه", "السابعه", "الثامنه"}
    | {"التاسعه", "العاشره", "الحاديه", "عشره"}
)
_LAM_SINGULAR_BEFORE = frozenset({"واحد", "واحده", "كامل", "كامله", "اضافي", "اضافيه", "اخر", "اخري"})


def _duration_ok(m: Match, norm: str, nxt: str | None, lx: Lexicon) -> bool:
    """Is this a length of time? A count (ثلاثة أيام، عاما واحدا) unless it is an age; a dual
    (عقدين) or an indefinite accusative (أمهله أسبوعا); a bare plural (ساعات) or singular (أسبوع)
    only after a cue (لساعات، لمدة أسبوع, بعد شهور). A noun of a construct (لأيام العيد) is none."""
    g = m.groups
    whole = m.start - (len(g["cue"]) + 1 if g["cue"] else 1 if g["lam"] else 0)
    if _is_age(norm, whole, m.end, lx):
        return False
    if g["num"] or g["frac"] or g["one"] or g["vague"]:
        unit = lx.units[norm_key(g["unit"] or g["funit"] or g["vunit"] or g["unit_alone"] or "")][0]
        return unit != "minute" or _CLOCK_WORDS.isdisjoint(_words_before(norm, whole, 4))  # الساعة 3 و18 دقيقة
    if nxt and ((nxt.startswith("ال") and nxt not in _NOT_NOUNS) or nxt.isdigit() or nxt in lx.months):
        return False
    word = norm_key(g["unit_alone"] or "")
    unit, number = lx.units[word]
    cue = norm_key(g["cue"] or "")
    if cue == "بعد" and number != "plural":
        return False  # بعد يوم: a date (the amount family), or يوما بعد يوم
    if number == "plural":
        return bool(g["cue"] or g["lam"])
    if number == "dual":
        return True
    if word.endswith("ا") and unit not in ("decade", "century"):  # an accusative: أمهله أسبوعا، قضى عاما
        # (not عقدا: also a contract; nor قرنا: a horn)
        return nxt not in _NOT_DURATION_AFTER and not _repeated_unit(word, _prev_word(norm, whole), lx)
    if g["lam"]:  # ليوم واحد, but ليوم الإضراب، لعقد جلسة (to hold a session): a noun of a construct
        return nxt is None or nxt in _LAM_SINGULAR_BEFORE
    return bool(g["cue"])


def _repeated_unit(unit_word: str | None, prev: str | None, lx: Lexicon) -> bool:
    """Is ``prev`` a form of the same unit (يوما بعد يوم، ساعة بعد ساعة)?"""
    if not unit_word or not prev:
        return False
    here = lx.units.get(norm_key(unit_word))
    there = lx.units.get(prev)
    return here is not None and there is not None and here[0] == there[0]


_AGE_AFTER = ("من العمر", "من عمره", "من عمرها", "من عمرهم")


def _is_age(norm: str, start: int, end: int, lx: Lexicon) -> bool:
    """Is the count of years at ``[start, end)`` an age (البالغ من العمر 45 عاما، عمره 13 عاما،
    (45 عاما) after a name, 45 عاما من العمر)?"""
    if not lx.age_words.isdisjoint(_strip_clitic(w) for w in _words_before(norm, start, 6)):
        return True
    if norm[end : end + 16].lstrip().startswith(_AGE_AFTER):
        return True
    return norm[:start].rstrip().endswith("(") and norm[end:].lstrip().startswith(")")


def _is_rate(norm: str, start: int, lx: Lexicon) -> bool:
    """Is the اليوم at ``start`` "per day" after a counted noun (16 ساعة في اليوم، مرات في اليوم)?"""
    before = _words_before(norm, start, 2)
    return len(before) == 2 and before[1] == "في" and before[0] in lx.rate_units


def _has_qualifier(g: dict[str, str | None]) -> bool:
    """Is a year named after the expression (من العام الماضي، من هذه السنة، من العام نفسه)?"""
    return bool(g.get("ymod") or g.get("ythis") or g.get("ysame"))


def _after_a_month(m: Match, norm: str, prev: str | None, lx: Lexicon) -> bool:
    """Is this month coordinated with a month name right before it (يوليوز وغشت، ماي أو جوان)?"""
    if (m.groups.get("pre") or "").startswith(("و", "ف")) and prev in lx.months:
        return True
    before = _words_before(norm, m.start, 2)
    return prev in _LINKS and len(before) == 2 and before[0] in lx.months


def _of_an_age(after: list[str], lx: Lexicon) -> bool:
    """من العمر، من عمرها right after a decade: an age."""
    return len(after) == 2 and after[0] == "من" and after[1] in lx.age_words


def _adjective_position(prev: str | None, lx: Lexicon) -> bool:
    """After a definite noun, العام is "general" (الأمين العام، الرأي العام), not "the year"."""
    return prev is not None and prev.startswith("ال") and prev not in lx.time_prepositions


def _year_modifier(modifier: str, prev: str | None, lx: Lexicon) -> bool:
    """After a definite noun, does ``modifier`` make العام the year after all: one that tells a time
    only (المساجد العام الماضي), or any after a feminine noun or plural, whose adjective would be
    العامة (البلدية العام المقبل، الاستطلاعات العام الماضي)? Not الأمين العام السابق."""
    if modifier in lx.time_only_modifiers:
        return True
    return bool(modifier) and prev is not None and prev.endswith(("ه", "ات"))


def _day_adjective(word: str, lx: Lexicon) -> bool:
    """Does ``word`` make اليوم "the day" (اليوم الوطني، اليوم الأول، اليوم الذي) instead of today?"""
    if word in lx.today_not_before:
        return True
    return word.startswith("ال") and word not in _NOT_NOUNS and word.endswith(("ي", "يه")) and word not in lx.weekdays


def _plausible_range(first: str, second: str) -> bool:
    start = int(first)
    if len(second) == 4:
        return 0 < int(second) - start <= 100
    return 0 < (start // 100) * 100 + int(second) - start <= 10


def _unit_number(word: str | None) -> str | None:
    if not word:
        return None
    entry = lexicon().units.get(norm_key(word))
    return entry[1] if entry else None


_YEARLESS = frozenset({"date", "month", "hijri", "occasion"})


@lru_cache(maxsize=1)
def _far_year_pattern() -> re.Pattern[str]:
    """A year after a month that the grammar leaves out (outside 1900-2099 CE and 1300-1599 AH)."""
    marks = alternation([*lexicon().hijri_year_markers, "م"])
    return re.compile(
        r"\s*[،,]?\s*(?:من\s+)?(?:(?P<word>عام|العام|سنه|السنه|لعام|لسنه)\s*)?(?P<num>\d{1,5})(?!\d)"
        rf"(?:\s*(?P<mark>{marks})(?!\w))?"
    )


def _is_hijri(m: Match) -> bool:
    if m.family == "occasion":
        key = norm_key(m.groups["occ"] or "")
        info = lexicon().occasions.get(key) or lexicon().occasions.get(_al_key(key))
        if not info:
            return False
        return info["calendar"] == "hijri"
    return m.family == "hijri"


def with_far_year(m: Match, norm: str, lx: Lexicon) -> Match:
    """``m`` with the year the grammar did not take, when one follows it (1 محرم 1200 هـ،
    31 ديسمبر 9999, 5 مارس عام 850): the expression is that year's or unresolved, never the
    reference year's. A number of 1-3 or 5 digits needs a year word or mark; a count (2500 جندي)
    is no year."""
    g = m.groups
    if m.family not in _YEARLESS or g.get("year") or g.get("hy") or g.get("mod") or _has_qualifier(g):
        return m
    found = _far_year_pattern().match(norm, m.end)
    if found is None or not (found["mark"] or found["word"] or len(found["num"]) == 4):
        return m
    if _next_word(norm, found.end()) in lx.not_year_after:
        return m
    gregorian_mark = found["mark"] == "م"
    if _is_hijri(m):
        key = "year" if gregorian_mark else "hy"
    else:
        key = "year" if gregorian_mark or not found["mark"] else "unresolvable"  # مارس 1200 هـ
    return Match(m.family, m.start, found.end(), {**g, key: found["num"]})


def scan(norm: str, words: Iterable[str] | None = None) -> list[Match]:
    """The accepted, non-overlapping matches of a normalised sentence, in text order. ``words``:
    the normalised forms of its tokens when the caller has them (``SentenceText.tokens``: its
    words, and punctuation marks, which hold no gate literal), else its words are found again."""
    lx = lexicon()
    found: list[Match] = []
    plan = _gate_plan()
    if words is None:
        words = _WORD.findall(norm)
    atoms = reduce(or_, filter(None, map(plan.words.__getitem__, words)), 0)  # a bit per literal atom held
    runnable = plan.runnable.get(atoms)
    if runnable is None:
        runnable = plan.runnable_for(atoms)
    searched: dict[re.Pattern[str], bool] = {}
    for family, alternatives in runnable:
        if alternatives:  # the families whose clauses still need a regex: one clause must match all
            for regexes in alternatives:
                for regex in regexes:
                    hit = searched.get(regex)
                    if hit is None:
                        hit = searched[regex] = regex.search(norm) is not None
                    if not hit:
                        break
                else:
                    break
            else:
                continue
        for m in plan.pattern(family).finditer(norm):
            groups = m.groupdict()
            start = m.start("dur") if family == "duration" else m.start() + len(groups.get("pre") or "")
            end = m.end()
            while end > start and norm[end - 1].isspace():
                end -= 1
            if end <= start:
                continue
            match = Match(family, start, end, groups)
            if _accept(match, norm, lx):
                match = with_far_year(match, norm, lx)
                if family in _DAY_FAMILIES and (clock := _CLOCK_TAIL.match(norm, match.end)):
                    match = Match(family, match.start, clock.end(), match.groups)  # الخميس الساعة 8 مساء
                found.append(match)
    found.sort(key=lambda x: (-(x.end - x.start), _PRIORITY[x.family], x.start))
    return _without_overlaps(found)


def _without_overlaps(found: list[Match]) -> list[Match]:
    """The matches that overlap none taken before them (in ``found``'s order), in text order; the
    taken ones are kept sorted, so each test looks at its two neighbours only."""
    starts: list[int] = []
    taken: list[Match] = []
    for match in found:
        at = bisect.bisect_left(starts, match.start)
        if at < len(taken) and taken[at].start < match.end:
            continue  # the next one starts inside this match
        if at > 0 and taken[at - 1].end > match.start:
            continue  # the previous one runs into it
        starts.insert(at, match.start)
        taken.insert(at, match)
    return taken


# the gate atoms of each whitespace-separated token seen so far (news repeats its words)
class WordAtoms(dict[str, int]):
    """The literal atoms each word holds (a literal anywhere inside it, or an exact one), as bits,
    computed the first time a word is looked up (news repeats its words); at most ``LIMIT`` kept."""

    LIMIT = 200_000

    def __init__(self, literals: re.Pattern[str], closure: dict[str, int], exact: dict[str, int]) -> None:
        super().__init__()
        self.literals, self.closure, self.exact = literals, closure, exact

    def __missing__(self, word: str) -> int:
        held = self.exact.get(word, 0)
        for literal in self.literals.findall(word):  # its one group: the literal found
            held |= self.closure[literal]
        if len(self) >= self.LIMIT:
            self.clear()
        self[word] = held
        return held


# runs of a family after which its pattern is compiled again behind a look-ahead guard
# (grammar.guarded): the guard halves the time of a run and costs a few milliseconds to build,
# more than a short text (a few sentences) would ever get back
HOT_RUNS = 50
GateClause = tuple[int, tuple[re.Pattern[str], ...]]  # the bits of its atoms, its regexes
Runnable = tuple[tuple[str, tuple[tuple[re.Pattern[str], ...], ...]], ...]


@dataclass(frozen=True)
class GatePlan:
    """The grammar's gates compiled. The literals are looked for in each word of a sentence (once
    per distinct word: ``WordAtoms``), by one look-ahead trie pass (at every position, so none
    hides another) or, for ``exact`` ones, as the whole word; a literal of several words stands
    for its longest content word as a whole word, which can only let a family run more often,
    never less. ``closure`` maps a literal found to the ids of the literal atoms it satisfies
    (itself and the literals it starts with: the trie reports the longest at a position), as bits
    of an int. A family runs when one of its clauses holds: its atoms' bits all set in the
    sentence's, its regexes all matching."""

    words: WordAtoms
    families: tuple[tuple[str, tuple[GateClause, ...]], ...]
    runnable: dict[int, Runnable] = dataclasses.field(default_factory=dict)
    runs: dict[str, int] = dataclasses.field(default_factory=dict)  # family -> sentences it ran on

    @cached_property
    def clauses(self) -> tuple[tuple[int, str, tuple[re.Pattern[str], ...]], ...]:
        """Every clause of every family, flat, in the families' order."""
        return tuple((needed, family, regexes) for family, cs in self.families for needed, regexes in cs)

    def pattern(self, family: str) -> prefilter.Finder:
        """The pattern of a family about to run on a sentence, counted: compiled the first time a
        sentence needs it (past its gates), as it is (a short text needs no more), and again
        behind its look-ahead guard once the family has run on ``HOT_RUNS`` sentences."""
        runs = self.runs.get(family, 0) + 1
        if runs == 1 and grammar.guarded_kept(family):
            runs = HOT_RUNS + 1  # kept on disk by an earlier run: no compile to put off
        self.runs[family] = runs
        return grammar.guarded(family) if runs > HOT_RUNS else grammar.pattern(family)

    def runnable_for(self, atoms: int) -> Runnable:
        """The families a sentence holding ``atoms`` may run, in order, with the regex sets of
        which one must still match (empty: none needed); remembered per set of atoms."""
        held: dict[str, list[tuple[re.Pattern[str], ...]]] = {}
        for needed, family, regexes in self.clauses:  # in the grammar's order of families
            if atoms & needed == needed:
                held.setdefault(family, []).append(regexes)
        out = [(family, () if () in alternatives else tuple(alternatives)) for family, alternatives in held.items()]
        if len(self.runnable) >= WordAtoms.LIMIT:
            self.runnable.clear()
        self.runnable[atoms] = runnable = tuple(out)
        return runnable


_FUNCTION_WORDS = frozenset({"في", "من", "الي", "حتي", "هذا", "هذه", "قبل", "بعد", "علي", "عن", "ذلك", "ما"})


def _token_literal(phrase: str) -> str:
    """The word a literal is looked for as: itself; a whole word, marked by a leading space
    (" ربع"); for a phrase, its longest content word other than a modifier (الأيام الماضية:
    الأيام), inside a word when it is long enough to be telling, else as a whole word."""
    parts = phrase.split()
    if len(parts) == 1:
        return phrase if phrase.startswith(" ") else parts[0]
    content = [w for w in parts if w not in _FUNCTION_WORDS and w not in lexicon().modifiers] or parts
    word = max(content, key=len)
    return word if len(word) >= 4 else " " + word


@lru_cache(maxsize=1)
def _gate_plan() -> GatePlan:
    spec = gates()
    atom_ids: dict[frozenset[str], int] = {}
    for clauses in spec.values():
        for clause in clauses:
            for atom in clause:
                if not isinstance(atom, str):
                    atom_ids.setdefault(frozenset(map(_token_literal, atom)), len(atom_ids))
    inside = {w for atom in atom_ids for w in atom if not w.startswith(" ")}
    bits: dict[str, int] = {}
    for atom, ident in atom_ids.items():
        for literal in atom:
            bits[literal] = bits.get(literal, 0) | 1 << ident
    closure = {w: reduce(or_, (bits.get(w[:k], 0) for k in range(1, len(w) + 1)), 0) for w in inside}
    exact: dict[str, int] = {}
    for atom, ident in atom_ids.items():
        for w in atom:
            if w.startswith(" "):
                exact[w[1:]] = exact.get(w[1:], 0) | 1 << ident
    compiled: dict[str, re.Pattern[str]] = {}
    families: list[tuple[str, tuple[tuple[int, tuple[re.Pattern[str], ...]], ...]]] = []
    for family in FAMILIES:
        planned = tuple(
            (
                sum(
                    {
                        1 << atom_ids[frozenset(map(_token_literal, atom))]
                        for atom in clause
                        if not isinstance(atom, str)
                    }
                ),
                tuple(compiled.setdefault(atom, re.compile(atom)) for atom in clause if isinstance(atom, str)),
            )
            for clause in spec[family]
        )
        families.append((family, planned))
    return GatePlan(WordAtoms(re.compile(f"(?=({trie_regex(inside)}))"), closure, exact), tuple(families))


_COORDINATION = re.compile(r"\s*(?:و|او|الي|حتي|-|–|/|،)?\s*")


def share_years(matches: list[Match], norm: str) -> list[Match]:
    """Months coordinated with a later dated one take its year: جويلية وأوت 2019."""
    shared = list(matches)
    for i in range(len(shared) - 2, -1, -1):
        here, after = shared[i], shared[i + 1]
        if here.family not in ("date", "month") or here.groups.get("year") or here.groups.get("mod"):
            continue
        if after.family not in ("date", "month") or not after.groups.get("year"):
            continue
        if _COORDINATION.fullmatch(norm, here.end, after.start):
            shared[i] = Match(here.family, here.start, here.end, {**here.groups, "year": after.groups["year"]})
    return shared


def _coordinated_months(before: Match, here: Match, norm: str) -> bool:
    """Are two month matches joined by a conjunction or a slash (يوليوز وغشت)?"""
    if before.family not in ("date", "month") or here.family not in ("date", "month"):
        return False
    return _COORDINATION.fullmatch(norm, before.end, here.start) is not None


def parse_number(text: str) -> int | None:
    """An amount in digits or words: 3, ثلاثة، خمسة وعشرين، أحد عشر."""
    lx = lexicon()
    key = norm_key(text)
    if key.isdigit():
        return int(key)
    if key in lx.teens:
        return lx.teens[key]
    total = 0
    for part in re.split(r"\s+و\s*|\s+", key):
        if part.startswith("و") and part not in lx.numbers:
            part = part[1:]
        if part not in lx.numbers:
            return None
        total += lx.numbers[part]
    return total or None


def _day_of(g: dict[str, str | None]) -> int | None:
    d1 = g.get("d1")
    if d1:
        return int(d1)
    od = g.get("od")
    if od:
        key = norm_key(od)
        if key == FIRST_OF_MONTH:
            return 1
        return lexicon().ordinal_days.get(key) or lexicon().ordinal_days.get("ال" + key[1:])
    return None


def resolve_match(m: Match, ctx: rs.Context) -> rs.Resolved | None:
    """The meaning of an accepted match, or None when it turns out not to be a date."""
    lx = lexicon()
    g = m.groups
    ref = ctx.reference
    family = m.family
    if g.get("unresolvable"):  # a Gregorian month with a Hijri year mark
        return rs.unknown("day" if _day_of(g) else "month")
    if family == "numeric":
        return _numeric(g, ctx)
    if family in ("date", "month"):
        month = lx.months[norm_key(_filled(g, "m1"))]
        year = int(g["year"]) if g["year"] else None
        day = _day_of(g) if family == "date" else None
        if _has_qualifier(g):  # 17 ماي من السنة الماضية، مارس من هذه السنة، جوان من العام نفسه
            named = _qualifier_year(g, ctx)
            if named is None:
                return rs.unknown("day" if day else "month")
            resolved = rs.month_date(ref, month, day, named[0], None, ctx.future)
            return _with_weekday(_anchored(resolved, named[1]), g, month, day, named[0], ctx)
        named_year = _named_year(m, month, day, ctx) if year is None and not g["mod"] else None
        if named_year is not None:  # هجمات 11 سبتمبر: 2001
            return rs.at(rs.cal.valid_date(named_year, month, day or 1), "day", "absolute")
        resolved = rs.month_date(ref, month, day, year, g["mod"], ctx.future)
        return _with_weekday(resolved, g, month, day, year, ctx)
    if family in composed.FAMILIES:
        return composed.resolve(family, g, ctx)
    if family in eras.FAMILIES:
        return eras.resolve(family, g, ctx)
    if family == "hijri":
        month = lx.hijri_months[norm_key(_filled(g, "hm"))]
        return _hijri_resolved(g, ctx, month, _day_of(g), 15)
    if family == "hijri_year":
        return rs.hijri_year_resolved(int(_filled(g, "hy")))
    if family == "occasion":
        return _occasion(g, ctx)
    if family == "weekday":
        if g["rel"]:
            return rs.relative_days(ref, lx.day_words[_day_word_key(g["rel"])])
        opened = g["wd2"] if _midnight(g["part"]) else None  # منتصف ليل الجمعة السبت: the day a midnight opens
        resolved = rs.weekday_date(ref, lx.weekdays[_al_key(opened or _filled(g, "wd"))], g["mod"], ctx.future)
        if g["skip"] and resolved.date is not None:  # الثلاثاء قبل الماضي: one week further
            step = -7 if norm_key(g["skip"]) == "قبل" else 7
            return rs.at(rs.cal.add_days(resolved.date, step), "day", resolved.anchor)
        return resolved
    if family == "dayword":
        return rs.relative_days(ref, lx.day_words[_day_word_key(_filled(g, "rel"))])
    if family in ("amount", "amount_after"):
        return _amount(m, ctx)
    if family == "duration":
        return _duration(g)
    if family == "anaphor":
        if g["thisday"] and g["tymod"]:  # في مثل هذا اليوم من العام الماضي
            step = rs.MOD_DIRECTION[rs.mod_kind(g["tymod"]) or "current"]
            if ref is None:
                return rs.unknown("day", rs.offset_of(step, "year"))
            same = rs.cal.valid_date(ref.year + step, ref.month, ref.day) or rs.cal.valid_date(
                ref.year + step, ref.month, 28
            )
            return rs.at(same, "day", "publication")
        if g["thisday"]:  # في هذا اليوم: the day just named, else the reference day
            if ctx.antecedent is not None and ctx.antecedent[1].granularity == "day":
                return rs.same_period(ctx.antecedent, ref, "day", 0)
            return rs.relative_days(ref, 0)
        noun_text = g["noun"] or g["noun2"]  # the third alternative (هذا اليوم) has returned above
        assert noun_text is not None
        noun = _al_key(noun_text)
        unit = {"اليوم": "day", "الاسبوع": "week", "الشهر": "month"}.get(noun, "year")
        amount = 1 if g.get("next") else -1 if g.get("prev") else 0
        return rs.same_period(ctx.antecedent, ref, unit, amount)
    if family == "period":
        unit = lx.period_nouns[_al_key(_filled(g, "noun"))]
        this = g["this"] or g["this2"] or g["this3"]
        amount = 0 if this else rs.MOD_DIRECTION[rs.mod_kind(g["mod"]) or "current"]
        if g["before"]:  # العام قبل الماضي: the one before the last
            amount -= 1
        if g["beyond"]:  # الأسبوع بعد القادم: the one after the next
            amount += 1
        resolved = rs.period_resolved(ref, unit, amount)
        if g["season"] and unit == "year" and resolved.date is not None:  # شتاء العام الماضي
            return eras.season_value(resolved.date.year, eras.SEASONS[norm_key(g["season"])])
        return resolved
    if family == "vague":
        if not g["vp"]:  # العقود الأربعة الأخيرة، الساعات الـ24 المقبلة
            last = g["rmod"] or g["rmod2"] or g["rmod3"]
            kind = "past" if last in ("الاخيره", "الاخيرين") else rs.mod_kind(last)
            value = {"past": "PAST_REF", "next": "FUTURE_REF"}.get(kind or "", "PRESENT_REF")
            return rs.Resolved(value, "vague", "publication" if ref else "unknown")
        key = norm_key(g["vp"])
        value = lx.vague_periods.get(key) or lx.vague_periods[_al_key(key)]
        return rs.Resolved(value, "vague", "publication" if ref else "unknown")
    if family == "year":
        year = int(_filled(g, "year"))
        if g["season"]:  # صيف 2023
            return eras.season_value(year, eras.SEASONS[norm_key(g["season"])])
        return rs.at(dt.date(year, 1, 1), "year", "absolute")
    return None


def _named_year(m: Match, month: int, day: int | None, ctx: rs.Context) -> int | None:
    """The year of a day that names a historical event after the event's noun (ثورة 25 يناير)."""
    entry = lexicon().named_dates.get((day or 0, month))
    if entry is None or ctx.preceding is None:
        return None
    word = ctx.preceding
    for _ in range(2):  # clitics: لثورة، وبأحداث
        if word in entry[1]:
            return entry[0]
        word = word[1:] if len(word) > 3 and word[0] in "وفبل" else word
    return entry[0] if word in entry[1] else None


def _numeric(g: dict[str, str | None], ctx: rs.Context) -> rs.Resolved | None:
    """A date in digits: day, month and year (either order, Gregorian or Hijri), a month and
    year (3/2015: the month), or a day and month (21/09, 4/22) whose year the tense gives."""
    if g["hy"] or g["hy2"]:
        year, month, day = (
            (int(g["hy"]), int(_filled(g, "hmo")), int(_filled(g, "hd")))
            if g["hy"]
            else (int(_filled(g, "hy2")), int(_filled(g, "hmo2")), int(_filled(g, "hd2")))
        )
        return rs.at(rs.cal.hijri_to_gregorian(year, month, day), "day", "absolute")
    if g["my"]:
        return rs.at(rs.cal.valid_date(int(g["my"]), int(_filled(g, "mm")), 1), "month", "absolute")
    if g["dd"] or g["ud"]:
        month, day = (
            (int(_filled(g, "dm")), int(g["dd"])) if g["dd"] else (int(_filled(g, "um")), int(_filled(g, "ud")))
        )
        return _with_weekday(rs.month_date(ctx.reference, month, day, None, None, ctx.future), g, month, day, None, ctx)
    if g["y"]:
        year, month, day = int(g["y"]), int(_filled(g, "m")), int(_filled(g, "d"))
    else:  # the one alternative left
        year, month, day = int(_filled(g, "y2")), int(_filled(g, "m2")), int(_filled(g, "d2"))
    date = rs.cal.valid_date(year, month, day)
    return rs.at(date, "day", "absolute") if date else None


def _with_weekday(
    resolved: rs.Resolved, g: dict[str, str | None], month: int, day: int | None, year: int | None, ctx: rs.Context
) -> rs.Resolved:
    """A date told with its weekday agrees with it: without a year, the year around the
    reference in which that day is that weekday (الخميس 15 أغسطس); else, for an ordinal up to the
    fifth, the nth weekday of the month (الثلاثاء الثالث من أيلول 2014: the third Tuesday)."""
    if not g.get("wd") or day is None or resolved.date is None or resolved.granularity != "day":
        return resolved
    weekday = lexicon().weekdays[_al_key(g["wd"] or "")]
    if resolved.date.weekday() == weekday:
        return resolved
    if year is None and ctx.reference is not None and not g.get("mod"):
        reference = ctx.reference
        years = [y for y in range(reference.year - 1, reference.year + 2)]
        dates = [d for y in years if (d := rs.cal.valid_date(y, month, day)) and d.weekday() == weekday]
        if dates:
            return rs.at(min(dates, key=lambda d: abs((d - reference).days)), "day", resolved.anchor)
    if g.get("od") and day <= 5:
        nth = composed.nth_weekday_date(resolved.date.year, month, weekday, day)
        if nth is not None:
            return rs.at(nth, "day", resolved.anchor)
    return resolved


def _al_key(text: str) -> str:
    """Lookup key of an ال-word matched after the clitic ل (لعام -> العام)."""
    key = norm_key(text)
    return key if key.startswith("ال") else "ال" + key[1:]


def _day_word_key(text: str) -> str:
    key = norm_key(text)
    lx = lexicon()
    if key in lx.day_words:
        return key
    return _al_key(key)


def _occasion(g: dict[str, str | None], ctx: rs.Context) -> rs.Resolved | None:
    lx = lexicon()
    key = norm_key(_filled(g, "occ"))
    info = lx.occasions.get(key) or lx.occasions[_al_key(key)]
    if info["calendar"] in ("easter", "orthodox_easter"):
        easter = rs.cal.western_easter if info["calendar"] == "easter" else rs.cal.orthodox_easter
        offset = info.get("offset", 0)

        def day_in(year: int) -> dt.date | None:
            sunday = easter(year)
            return rs.cal.add_days(sunday, offset) if sunday is not None else None

        year = int(g["year"]) if g["year"] else None
        if year is None and _has_qualifier(g):
            named = _qualifier_year(g, ctx)
            return _anchored(rs.movable(ctx.reference, named[0], day_in, None, None), named[1]) if named else None
        return rs.movable(ctx.reference, year, day_in, g["mod"], ctx.future)
    month, day = info["month"], info.get("day")
    if info["calendar"] == "hijri":
        return _hijri_resolved(g, ctx, month, day, day or 1)
    year = int(g["year"]) if g["year"] else None
    if _has_qualifier(g):
        named = _qualifier_year(g, ctx)
        if named is None:
            return rs.unknown("day" if day else "month")
        return _anchored(rs.month_date(ctx.reference, month, day, named[0], None, ctx.future), named[1])
    return rs.month_date(ctx.reference, month, day, year, g["mod"], ctx.future)


# a date of birth or of an anniversary: what follows it is not told in its year
_BIRTH_OR_ANNIVERSARY = re.compile(r"(?<!\w)[وف]?(?:ولد|ولدت|مواليد|لمواليد|المولود|المولوده|ذكري|الذكري|لذكري)(?!\w)")


def _narrative_year(m: Match, resolved: rs.Resolved, local: tuple[str, rs.Resolved], norm: str) -> rs.Resolved:
    """A day of a month told with no year after a full date of another year in its sentence
    (بدأت الاحتجاجات في 24 جانفي 1978 وبلغت ذروتها يوم 26 جانفي): that year, when the day comes
    after the earlier one within it (a told sequence goes forward) and its weekday, if told, agrees;
    not after a date of birth or an anniversary (ولد في 3 مارس 1950، وتوفي في 12 ماي: the death may
    be the news)."""
    g = m.groups
    earlier = local[1]
    if g["year"] or g["mod"] or _has_qualifier(g) or resolved.granularity != "day" or resolved.date is None:
        return resolved
    if earlier.date is None or earlier.granularity != "day" or earlier.anchor != "absolute":
        return resolved
    if earlier.date.year == resolved.date.year or _BIRTH_OR_ANNIVERSARY.search(norm):
        return resolved
    day = rs.cal.valid_date(earlier.date.year, resolved.date.month, resolved.date.day)
    if day is None or day < earlier.date or (g["wd"] and day.weekday() != resolved.date.weekday()):
        return resolved  # (يوم الأحد 5 مارس: the weekday says which year it is)
    return rs.at(day, "day", local[0])


_CORRESPONDING = re.compile(r"(?:^|\s)ال?موافق(?:ه|ين|ان|تين|تان)?\s*(?:ل\s*)?$")  # الموافق، الموافقين ل


def _corresponding_year(m: Match, resolved: rs.Resolved, local: tuple[str, rs.Resolved], norm: str) -> rs.Resolved:
    """A day of a month told with no year after الموافق (يوم الأحد المقبل الموافق 3 أيلول، the same
    day in another calendar or named again): the year that puts it nearest the timex before it."""
    g = m.groups
    earlier = local[1].date
    if g["year"] or g["mod"] or resolved.granularity != "day" or resolved.date is None or earlier is None:
        return resolved
    if not _CORRESPONDING.search(norm[max(0, m.start - 16) : m.start]):
        return resolved
    month, day = resolved.date.month, resolved.date.day
    years = (earlier.year - 1, earlier.year, earlier.year + 1)
    days = [d for y in years if (d := cal.valid_date(y, month, day)) is not None]
    nearest = min(days, key=lambda d: abs((d - earlier).days), default=None)
    if nearest is None or nearest == resolved.date:
        return resolved
    return rs.at(nearest, "day", local[0])


def _anchored(resolved: rs.Resolved, anchor: str) -> rs.Resolved:
    """``resolved`` counted from ``anchor`` (an unresolved one stays anchored to nothing)."""
    return resolved if resolved.value is None else resolved._replace(anchor=anchor)


def _qualifier_year(g: dict[str, str | None], ctx: rs.Context) -> tuple[int, str] | None:
    """The Gregorian year a qualifier names, and its anchor: من العام الماضي (the reference's year
    before), من هذا العام, من العام نفسه (the previous timex's year, else the reference's)."""
    if g.get("ysame") and ctx.antecedent is not None and ctx.antecedent[1].date is not None:
        return ctx.antecedent[1].date.year, ctx.antecedent[0]
    if ctx.reference is None:
        return None
    step = rs.MOD_DIRECTION[rs.mod_kind(g["ymod"]) or "current"] if g.get("ymod") else 0
    return ctx.reference.year + step, "publication"


def _hijri_resolved(g: dict[str, str | None], ctx: rs.Context, month: int, day: int | None, probe: int) -> rs.Resolved:
    """A Hijri month or day (a month name or an occasion), its year from the text when it has one:
    a Hijri or Gregorian year, a qualifier (رمضان من العام الماضي), or an earlier date of the same
    sentence in another year (… رمضان من العام الماضي، حين … عيد الفطر: the Eid after that Ramadan).
    ``probe`` is the Hijri day whose Gregorian year names the Hijri year (15: mid-month)."""
    year = int(g["hy"]) if g["hy"] else None
    if year is None and g["year"]:
        year = _hijri_year_in(int(g["year"]), month, day or probe)
        if year is None:  # a year named but outside the conversion table: never another year's day
            return rs.unknown("day" if day else "month")
    if year is None and _has_qualifier(g):
        named = _qualifier_year(g, ctx)
        year = _hijri_year_in(named[0], month, day or probe) if named else None
        if year is None:
            return rs.unknown("day" if day else "month")
        resolved = rs.hijri_month_resolved(ctx.reference, month, day, year, None, ctx.future)
        return _anchored(resolved, named[1]) if named else resolved
    resolved = rs.hijri_month_resolved(ctx.reference, month, day, year, g["mod"], ctx.future)
    local = ctx.local_antecedent
    if year is not None or g["mod"] or local is None or local[1].date is None or resolved.date is None:
        return resolved
    if local[1].date.year == resolved.date.year:
        return resolved
    near = _hijri_year_near(local[1], month, day or probe)
    if near is None:
        return resolved
    return _anchored(rs.hijri_month_resolved(ctx.reference, month, day, near, None, False), local[0])


def _hijri_year_near(meaning: rs.Resolved, month: int, day: int) -> int | None:
    """The Hijri year whose ``month``/``day`` is the one an earlier date means: in its Gregorian
    year when it is a year, else the occurrence nearest to it."""
    if meaning.date is None:
        return None
    if meaning.granularity == "year":
        return _hijri_year_in(meaning.date.year, month, day)
    base = rs.cal.hijri_year_of(meaning.date)
    if base is None:
        return None
    dated = [(y, d) for y in (base - 1, base, base + 1) if (d := rs.cal.hijri_to_gregorian(y, month, day))]
    if not dated:
        return None
    target = meaning.date
    return min(dated, key=lambda yd: abs((yd[1] - target).days))[0]


def _hijri_year_in(gregorian_year: int, month: int, day: int) -> int | None:
    """The Hijri year whose ``month``/``day`` falls in ``gregorian_year``."""
    middle = rs.cal.valid_date(gregorian_year, 7, 1)
    base = rs.cal.hijri_year_of(middle) if middle else None
    if base is None:
        return None
    for year in (base - 1, base, base + 1):
        date = rs.cal.hijri_to_gregorian(year, month, day)
        if date and date.year == gregorian_year:
            return year
    return None


# a count with a half (عام ونصف) or a fraction (نصف قرن) is counted in the next smaller unit
_SMALLER = {
    "century": (100, "year"),
    "decade": (10, "year"),
    "year": (12, "month"),
    "month": (4, "week"),
    "week": (7, "day"),
    "day": (24, "hour"),
    "hour": (60, "minute"),
}


def _counted(g: dict[str, str | None]) -> tuple[int, str] | None:
    """The number and unit of an amount (قبل يومين: 2 days; عام ونصف: 18 months; نصف قرن: 50
    years), None when it is vague or not a number."""
    if g.get("vague") or g.get("vague_noun"):
        return None
    units = lexicon().units
    if g.get("frac"):
        unit, number = units[norm_key(_filled(g, "funit"))]
        whole = 2 if number == "dual" else 1  # نصف شهرين: half of two months
        share = 2 if g["frac"] == "نصف" else 4
        if whole % share == 0:
            return whole // share, unit  # نصف عامين: a year
        factor, smaller = _SMALLER.get(unit, (0, unit))
        part = whole * factor // share
        return (part, smaller) if part and whole * factor % share == 0 else None
    # vague amounts and fractions have returned: one of the two is set
    unit_text = g["unit"] or g["unit_alone"]
    assert unit_text is not None
    unit, number = units[norm_key(unit_text)]
    if g["unit"]:
        amount = parse_number(_filled(g, "num"))
    elif number == "plural":  # a bare plural: منذ أيام، قبل سنوات
        return None
    else:
        amount = 2 if number == "dual" else 1
    if amount is None:
        return None
    if g.get("half") or g.get("half2"):
        factor, smaller = _SMALLER.get(unit, (0, unit))
        if factor % 2:
            return None
        return amount * factor + factor // 2, smaller
    return amount, unit


def _duration(g: dict[str, str | None]) -> rs.Resolved | None:
    """A length of time: ``P3D`` for ثلاثة أيام, ``PXD`` for عدة أيام or لأيام."""
    units = lexicon().units
    if g["vague"]:
        return rs.duration(None, units[norm_key(_filled(g, "vunit"))][0])
    counted = _counted(g)
    if counted is not None:
        return rs.duration(*counted)
    if g["unit_alone"]:
        unit, number = units[norm_key(g["unit_alone"])]
        if number == "plural":
            return rs.duration(None, unit)
    return None


def _amount(m: Match, ctx: rs.Context) -> rs.Resolved | None:
    g = m.groups
    prep = norm_key(_filled(g, "prep"))
    counted = _counted(g)
    if counted is None:
        if g.get("vague") or g.get("vague_noun") or not g["unit"]:
            return rs.Resolved("PAST_REF", "vague", "publication" if ctx.reference else "unknown")
        return None
    amount, unit = counted
    sign = -1 if prep.startswith("قبل") or prep == "منذ" else 1
    if m.family == "amount_after":
        if ctx.antecedent is not None:
            resolved = rs.from_antecedent(ctx.antecedent, sign * amount, unit)
            if resolved is not None:
                return resolved
        return rs.relative_amount(ctx.reference, sign * amount, unit)
    if prep == "بعد" and ctx.followed_by_from and not g.get("fromnow"):
        sign = -1
    elif prep == "بعد" and not g.get("fromnow") and ctx.future is not True and ctx.local_antecedent is not None:
        resolved = rs.from_antecedent(ctx.local_antecedent, amount, unit)  # أقر القانون عام 2016، وبعد عامين
        if resolved is not None and resolved.value is not None:
            return resolved
    return rs.relative_amount(ctx.reference, sign * amount, unit)


_OF = re.compile(r"\s+من\s+")
# what an amount can count from (قبل يومين من عيد الأضحى، بعد أسبوع من 15 مارس)
_ANCHORS = frozenset({"occasion", "date", "hijri", "numeric", "weekday", "dayword"})


def _anchored_amount(amount: Match, anchor: Match, norm: str) -> bool:
    """Is ``anchor`` the date an amount counts from (قبل يومين من عيد الأضحى)?"""
    return (
        amount.family == "amount"
        and norm_key(amount.groups["prep"] or "") in ("قبل", "بعد")
        and anchor.family in _ANCHORS
        and not (anchor.groups.get("pre") or "")
        and _OF.fullmatch(norm, amount.end, anchor.start) is not None
        and _counted(amount.groups) is not None
    )


def _from_anchor(amount: Match, anchor: rs.Resolved) -> rs.Resolved | None:
    """The day an amount before or after a dated anchor names, at the amount's granularity."""
    counted = _counted(amount.groups)
    if counted is None or anchor.date is None or anchor.granularity != "day":
        return None
    number, unit = counted
    sign = -1 if norm_key(amount.groups["prep"] or "") == "قبل" else 1
    return rs.at(rs.shift(anchor.date, sign * number, unit), rs.unit_granularity(unit), anchor.anchor)


# families whose meaning does not hang on the tense of their clause (a year, a count from the
# reference, a length, a vague word...): their tense is found only if a later date chains to it
_TENSELESS = frozenset(
    {"year", "hijri_year", "duration", "vague", "period", "anaphor", "amount", "amount_after", "dayword"}
    | {"century", "decade", "old_year", "spelled_year", "weekday_of_week"}
)
_LAZY: bool | None = None  # the tense of a tenseless match: looked for on demand


class _Tenses:
    """The tenses of a sentence's matches, looked for in order (``of``)."""

    def __init__(self, norm: str, matches: Sequence[Match], lx: Lexicon, first_person: frozenset[str]) -> None:
        self.norm, self.matches, self.lx, self.first_person = norm, matches, lx, first_person
        self._standalone: bool | None = None

    def standalone(self) -> bool:
        if self._standalone is None:
            # only prepositions may stand beside the dates: a longer rest is never alone
            rest = len(self.norm) - sum(m.end - m.start for m in self.matches)
            self._standalone = rest <= 40 and _stands_alone(self.norm, self.matches)
        return self._standalone

    def of(self, m: Match, previous: tuple[Match, bool | None, bool] | None) -> bool | None:
        """Is ``m`` in future context, given the previous match of the sentence and its tense?

        Past unless a future cue says otherwise (news reports the past), but None, no tense, for
        an expression that stands alone (a heading, a caption, a list item of just a date): it
        takes the occurrence nearest the reference."""
        if previous is not None and previous[2]:  # a tenseless match before: its tense now
            previous = (previous[0], self.of(previous[0], None), False)
        if previous is not None and _coordinated_months(previous[0], m, self.norm):
            return previous[1]  # يوليوز وغشت: one tense for both
        if previous is not None and previous[1] and same_clause_chain(self.norm, previous[0].end, m.start):
            return True  # the future of the clause goes on to its next date
        future = is_future(self.norm, m.start, m.end, self.lx, self.first_person)
        return None if future is False and self.standalone() else future


def _context(base: rs.Context, m: Match, future: bool | None, norm: str) -> rs.Context:
    """The resolution context of ``m``: ``base`` with its tense and the words around it."""
    return rs.Context(
        base.reference,
        future,
        _next_word(norm, m.end) in _FROM_WORDS,
        base.antecedent,
        base.local_antecedent,
        _prev_word(norm, m.start) if m.family == "date" else None,  # for a named day (ثورة 25 يناير)
    )


def find_timexes(
    article: Article, reference: dt.date | None, texts: Sequence[SentenceText] | None = None
) -> list[Timex]:
    """The temporal expressions of the body in order, resolved against ``reference``.

    ``texts`` are the article's sentences already normalised (``reader.text.tokens``), when the
    caller has them: the events layer reads the same ones.
    """
    lx = lexicon()
    timexes: list[Timex] = []
    antecedent: tuple[str, rs.Resolved] | None = None
    for n, sentence in enumerate(article.sentences):
        if texts is not None:
            norm = texts[n].norm
            matches = scan(norm, texts[n].norms)
        else:
            norm = normalize(sentence.text)
            matches = scan(norm)
        if not matches:
            continue
        if len(matches) > 1:
            matches = share_years(matches, norm)
        local: tuple[str, rs.Resolved] | None = None  # the last dated timex of this sentence
        tenses = _Tenses(norm, matches, lx, _first_person_futures(sentence.text))
        # most sentences carry no harakat or tatweel: then offsets are the same in both texts
        offsets: Sequence[int] | None = None
        if len(norm) != len(sentence.text):
            offsets = texts[n].offsets if texts is not None else normalize_with_map(sentence.text)[1]
        previous: tuple[Match, bool | None, bool] | None = None  # a match, its tense, whether still to find
        index = 0
        while index < len(matches):
            m = matches[index]
            index += 1
            base = rs.Context(reference, None, False, antecedent, local)
            lazy = m.family in _TENSELESS
            future = _LAZY if lazy else tenses.of(m, previous)
            resolved = resolve_match(m, _context(base, m, future, norm))
            if future is False and _a_year_short_of_ahead(resolved, reference) and _decided(norm, m, lx):
                ahead = resolve_match(m, _context(base, m, None, norm))  # the day nearest the reference
                if ahead is not None and _just_ahead(ahead.date, reference):
                    future, resolved = None, ahead
            if index < len(matches) and _anchored_amount(m, matches[index], norm):
                anchor = matches[index]  # قبل يومين من عيد الأضحى: one expression, from the occasion
                anchor_future = tenses.of(anchor, (m, future, lazy))
                counted = resolve_match(anchor, _context(base, anchor, anchor_future, norm))
                combined = _from_anchor(m, counted) if counted is not None else None
                if combined is not None:
                    m, future, resolved = (
                        Match(anchor.family, m.start, anchor.end, anchor.groups),
                        anchor_future,
                        combined,
                    )
                    lazy = False
                    index += 1
            previous = (m, future, lazy)
            if resolved is None:
                continue
            if local is not None and m.family == "date":
                resolved = _narrative_year(m, resolved, local, norm)
                resolved = _corresponding_year(m, resolved, local, norm)
            a, b = (m.start, m.end) if offsets is None else original_span(offsets, m.start, m.end)
            start, end = sentence.start + a, sentence.start + b
            text = article.body[start:end]
            if m.family == "vague" and text.startswith("آل"):
                continue  # آلان (Alan) is no الآن: normalisation folded آ into ا
            stripped = text.rstrip()
            end -= len(text) - len(stripped)
            ident = f"t{len(timexes)}"
            timexes.append(
                Timex(
                    id=ident,
                    sentence=sentence.id,
                    start=start,
                    end=end,
                    text=stripped,
                    value=resolved.value,
                    granularity=resolved.granularity,
                    anchor=resolved.anchor,
                    offset=resolved.offset,
                    kind=kind_of(resolved.value, resolved.granularity),
                )
            )
            if resolved.date is not None and resolved.granularity not in ("vague", "duration"):
                antecedent = local = (ident, resolved)
    return timexes
