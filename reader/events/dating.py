"""Pass 5, dates: which temporal expression of its sentence dates each trigger.

An expression dates the nearest trigger on its side of a report (what a report says has its
own dates: ``قال الأحد إن الهجوم وقع السبت``; so has what it is about: ``أشار إلى ارتفاع
الصادرات سنة 2016``), in its clause first. A trigger keeps the nearest
of the expressions that date it; vague ones (``مؤخرا``) only where no date does, and now or later
(``حاليا``, ``قريبا``) no act told in the past; durations date nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate
from operator import attrgetter

from reader.events.frames import attributing_only
from reader.events.lexicon import rule_words
from reader.events.mention import Frame, Trigger
from reader.events.morphology import without_conjunction
from reader.model import Timex
from reader.text.tokens import SentenceText, Token

_COMMAS = frozenset({"،", ","})
_ABOUT_BREAKS = frozenset({"complementizers", "subordinators"})
_ABOUT_PRONOUNS = rule_words("about_pronouns")  # كما أشار إلى ذلك البنك هذا الأسبوع: the phrase is ذلك alone
_NORM = attrgetter("norm")
VAGUE_VALUES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})
COMMA_COST = 3  # a comma between a date and a trigger counts as this many words
CLAUSE_COST = 4  # and another clause as this many
MAX_DISTANCE = 40  # a date farther than this from every trigger dates none of them
ADJUNCT_WORDS = 6  # words of an adjunct set off by commas before its date (، في تصريح لإذاعة محلية أمس،)
SPEAKER_WORDS = 10  # ...or the words of a speaker's phrase when no complementizer follows (أعلن عن)
SPEAKER_REACH = 30  # tokens from a report to the complementizer that opens what it says
EVENT_REACH = 10  # tokens from an act's noun to a relative clause that tells it was held
HEAD_REACH = 3  # words after an act's noun that may still be its phrase (a genitive, an adjective) before a relative
AFTER_COST = 2  # a date dates what it follows (انسحاب واشنطن في مايو من الاتفاق) before what follows it


def is_vague(timex: Timex) -> bool:
    """A vague reference (``PAST_REF``...): it dates an event only when nothing else does."""
    return timex.kind == "vague"


def is_duration(timex: Timex) -> bool:
    """A length of time (``P3D``): it dates nothing."""
    return timex.kind == "duration"


def timex_tokens(text: SentenceText, timexes: Sequence[Timex]) -> list[tuple[Timex, int, int]]:
    """Each temporal expression of the sentence with its first and last token."""
    spans = []
    for timex in timexes:
        span = text.span_tokens(timex.start, timex.end)
        if span is not None:
            spans.append((timex, span[0], span[1]))
    return spans


def about_spans(
    triggers: Sequence[Trigger],
    frames: Sequence[Frame],
    actors: Sequence[tuple[int, int] | None],
    spans: Sequence[tuple[Timex, int, int]],
    classes: Sequence[frozenset[str]],
    tokens: Sequence[Token],
) -> list[tuple[int, int] | None]:
    """For each report with no complement clause, the phrase it is about when one of its entry's
    ``about`` prepositions opens it right after the verb or the verb's subject (a date between
    them skipped: أشار الوزير اليوم إلى), up to a comma, a complementizer or subordinator outside a
    date (``قبل أيام`` is part of the phrase; a relative clause too: ``هجوم لندن الذي وقع السبت``)
    or a report that goes on with و or ف; only the pronoun in ``أشار إلى ذلك``; else None."""
    in_date = {k for _, first, last in spans for k in range(first, last + 1)}
    reports = {t.first for t in triggers if t.entry.report and t.prefix[:1] in ("و", "ف")}  # وأضاف: another report
    out: list[tuple[int, int] | None] = [None] * len(triggers)
    for n, trigger in enumerate(triggers):
        about = trigger.entry.about
        if not about or frames[n].complement is not None:
            continue
        actor = actors[n]
        starts = [trigger.last + 1]
        if actor is not None and actor[0] == trigger.last + 1:
            starts.append(actor[1] + 1)
        for k in starts:
            while k in in_date:
                k += 1
            if k < len(tokens) and tokens[k].norm in about:
                end = k
                if end + 1 < len(tokens) and tokens[end + 1].norm in _ABOUT_PRONOUNS:
                    out[n] = (k, k + 1)  # what was told before: the subject and its dates come after
                    break
                while end + 1 < len(tokens) and (
                    end + 1 in in_date
                    or (end + 2 in in_date and tokens[end + 1].norm not in _COMMAS)  # منذ سنة 2021: the date's
                    or not _ends_about(end + 1, tokens, classes, reports)  # preposition, no clause of its own
                ):
                    end += 1
                out[n] = (k, end)
                break
    return out


def _ends_about(k: int, tokens: Sequence[Token], classes: Sequence[frozenset[str]], reports: set[int]) -> bool:
    """Whether token ``k`` ends the phrase a report is about (not itself part of it)."""
    return tokens[k].norm in _COMMAS or bool(classes[k] & _ABOUT_BREAKS) or k in reports


def date_triggers(
    triggers: Sequence[Trigger],
    frames: Sequence[Frame],
    live: Sequence[bool],
    spans: Sequence[tuple[Timex, int, int]],
    clauses: Sequence[int],
    tokens: Sequence[Token],
    heads: Sequence[bool] | None = None,
    about: Sequence[tuple[int, int] | None] | None = None,
    described: Sequence[tuple[int, int]] = (),
) -> list[tuple[Timex | None, Timex | None]]:
    """For each trigger, the date expression that dates it and the vague one, or None.

    ``heads`` says which triggers head their clause (a verb, or a noun with its light verb:
    ``الهجوم الذي نفذه``): a date set off by commas dates the nearest one before it. ``about``:
    the phrase each report is about (``about_spans``), whose dates are that phrase's.
    ``described``: the clauses that describe a thing (``relative_clauses``), whose dates date only
    what they tell (``زار الوزير المصنع الذي افتتح العام الماضي``: no visit last year). Only the
    triggers within ``MAX_DISTANCE`` tokens of a date are weighed, so a long sentence costs time
    in proportion to its length.
    """
    regions = _regions(len(tokens), triggers, frames, about)
    commas = list(accumulate(map(_COMMAS.__contains__, map(_NORM, tokens)), initial=0))  # commas before each token
    starts = [t.first for t in triggers]
    attributions = _attributions(triggers, tokens)
    moved = _moves_a_date(tokens)
    dated: list[list[tuple[int, Timex]]] = [[] for _ in triggers]
    vague: list[list[tuple[int, Timex]]] = [[] for _ in triggers]
    for timex, first, last in spans:
        if is_duration(timex) or (first > 0 and tokens[first - 1].norm in _OTHER_HAPPENINGS) or _birth(tokens, first):
            continue  # عقب أحداث 30 يونيو، ثورة 25 يناير، من مواليد 1978: the date of another happening
        if _YEAR_WRITTEN.search(timex.text) and _after_an_anniversary(tokens, first):
            continue  # في ذكرى 9 أفريل 1938: the day recalled, not the day it is kept (في ذكرى 14 شباط is)
        if _a_documents_date(tokens, first):
            continue  # القانون عدد 12 لسنة 1985 المؤرخ في 5 مارس 1985: a text's name, no event's date
        if moved and _a_target_date(tokens, first):
            continue  # مددت الحكومة حالة الطوارئ إلى غاية 15 جوان: the date it runs to, not when it was done
        if _every_year(tokens, last):
            continue  # 17 أفريل من كل عام: a day that comes back each year, no one day's event
        if _first_since(tokens, first):
            continue  # في أول زيارة منذ 2010، هي الأولى منذ عقد: the last time before, not this act's date
        region = regions[first]
        own = next(((start, stop) for start, stop in described if start < first and last < stop), None)
        adverbial = _parenthetical(tokens, first, last)
        best: tuple[tuple[int, int, int], int] | None = None
        low_n = bisect_left(starts, first - MAX_DISTANCE - 1)
        high_n = bisect_right(starts, last + MAX_DISTANCE + 1)
        for n in range(low_n, high_n):
            trigger = triggers[n]
            if not live[n] or regions[trigger.first] != region:
                continue
            if own is not None and not own[0] < trigger.first < own[1]:
                continue  # a date in a relative clause on a thing dates what that clause tells
            if trigger.first <= last and first <= trigger.last:
                continue
            if attributions[n] and last < trigger.first and timex.granularity not in _DAYS:
                continue  # خلال شهر جانفي، وفق ما أكده المدير: the period of what is attributed, not the report's
            distance = first - trigger.last if first > trigger.last else trigger.first - last
            low, high = (trigger.last, first) if first > trigger.last else (last, trigger.first)
            distance += COMMA_COST * (commas[high] - commas[low + 1])
            same_clause = clauses[trigger.first] == clauses[first] and clauses[trigger.first] == clauses[last]
            after = first < trigger.first  # the date stands before the trigger
            key = (distance + (0 if same_clause else CLAUSE_COST) + (AFTER_COST if after else 0), 0, 1 if after else 0)
            head = heads[n] if heads is not None else trigger.verbal
            if adverbial and head and not after:
                key = (0, distance, 0)  # قال الوزير، الخميس، إن: a date set off by commas dates the verb before it
            if best is None or key < best[0]:
                best = (key, n)
        if best is not None and best[0][0] <= MAX_DISTANCE:
            if not is_vague(timex):
                dated[best[1]].append((best[0][0], timex))
            elif timex.value == "PAST_REF" or not _done(triggers[best[1]], tokens):  # نفى ... في الفترة المقبلة:
                vague[best[1]].append((best[0][0], timex))  # what is to come dates no denial told in the past
    out: list[tuple[Timex | None, Timex | None]] = []
    for n in range(len(triggers)):
        date = min(dated[n], key=lambda p: p[0])[1] if dated[n] else None
        fuzzy = min(vague[n], key=lambda p: p[0])[1] if vague[n] else None
        out.append((date, fuzzy))
    return out


def relative_clauses(
    triggers: Sequence[Trigger],
    clauses: Sequence[int],
    classes: Sequence[frozenset[str]],
    tokens: Sequence[Token],
    spans: Sequence[tuple[Timex, int, int]] = (),
    actors: Sequence[tuple[int, int] | None] | None = None,
    live: Sequence[bool] | None = None,
) -> list[tuple[int, int]]:
    """Where the clauses opened by a relative pronoun (``classes``: the word lists of each token) on a thing, not
    on an act or its phrase (``الهجوم الذي وقع السبت``، ``جلسة التفاوض التي انعقدت اليوم``: the act's
    date) nor between a report and what it says or on its subject (``قال الوزير الذي تحدث للصحفيين
    أمس إن``: the words' date) unless such a clause tells no act and its date is a past the speaker
    carries (``_background``: ``أكد الوزير الذي يشغل منصبه منذ 2019 أن``), up to their first mark
    (first and past-the-end token): their dates date what they tell alone. ``actors``: each trigger's
    subject, whose end closes a report's speaker when no complementizer follows it; ``live``: which
    triggers were found to be events."""
    relatives = [k for k, kinds in enumerate(classes) if kinds and "relatives" in kinds]
    if not relatives:
        return []
    acts = {  # its phrase; a word no event was found in (الهيئة العليا للانتخابات) is a thing's
        k
        for n, t in enumerate(triggers)
        if live is None or live[n]
        for k in range(t.first, t.last + (0 if t.verbal else HEAD_REACH) + 1)
    }
    words = {k for n, t in enumerate(triggers) if live is None or live[n] for k in range(t.first, t.last + 1)}
    said = [k for k, kinds in enumerate(classes) if kinds and "complementizers" in kinds]
    speakers: set[int] = set()  # between a report and what it says: how the speaker is told of
    for n, t in enumerate(triggers):
        if t.entry.report:
            end = next((k for k in said if k > t.last), None)  # قال الوزير الذي زار اليوم إن
            if end is None:  # what it says is a noun's phrase (أكد الحزب تمسكه بالموعد الذي حددته): the
                actor = actors[n] if actors is not None else None  # speaker's clause follows its subject
                end = actor[1] + 2 if actor is not None and actor[0] > t.last else t.last + 1
            speakers.update(range(t.last + 1, min(end, t.last + SPEAKER_REACH)))
    nouns = [t.last for t in triggers if not t.verbal]
    opening = min((t.first for t in triggers), default=len(tokens))  # a relative before it: on the subject
    out: list[tuple[int, int]] = []
    starts = [t.first for t in triggers]
    for at in relatives:
        head = at - 1
        governed = head > 0 and tokens[head - 1].norm in _THING_PREPOSITIONS  # تحقيقا في الحادثة التي جدت
        governed = governed and tokens[at].norm[:1] != "و"  # المؤتمر ... في المدينة والذي: on the act again
        if head < 0 or not tokens[head].is_word or (head in acts and not (governed and head not in words)):
            continue  # (a thing an act's noun is about, تحقيقا في الحادثة التي, is no part of its phrase)
        if at + 1 < len(tokens) and tokens[at + 1].norm in _HAPPENING and _near_before(nouns, at) and not governed:
            continue  # جلسة ... لهذه المنظمة التي انعقدت اليوم: held, so it is the act that is told of
        if clauses[at] == clauses[head]:
            continue
        stop = at + 1
        while stop < len(tokens) and clauses[stop] == clauses[at] and tokens[stop].is_word:
            stop += 1  # to its clause's end or the first mark: a comma ends what a relative tells
        if at in speakers or at < opening:
            carried = _background(at, _with_its_date(stop, spans, tokens), starts, spans, tokens)
            if carried is None:
                continue  # المنسق الذي تابع اليوم الحملة، دعا: how the subject is told of, that day
            stop = carried
        else:
            stop = _with_its_date(stop, spans, tokens)  # التراجع الذي يعاني منه المزارعون منذ أشهر: its date
        out.append((at, stop))
    return out


_SCHEDULED = rule_words("scheduled_participles")  # المقرر، المزمع، المرتقب: "due to be"
_CONTENT_OPENERS = rule_words("report_content_openers")  # أن، إن: what is said or planned follows
SCHEDULED_REACH = 3  # words between such a participle and the date of what is due (عقدها يومي 29 و30)


def scheduled_phrases(norms: Sequence[str], spans: Sequence[tuple[Timex, int, int]]) -> list[tuple[int, int]]:
    """Where a phrase tells when a thing named before it is due (``الجلسة العامة المقرر عقدها
    الثلاثاء``، ``المعرض المزمع افتتاحه في 3 مايو``), up to its date (first and past-the-end
    token): that date is the thing's, not an act's told around it (not ``من المقرر أن``, whose date
    is the act's that follows)."""
    if _SCHEDULED.isdisjoint(norms):
        return []
    out: list[tuple[int, int]] = []
    for k, norm in enumerate(norms):
        if norm not in _SCHEDULED or k == 0 or k + 1 >= len(norms):
            continue
        if not norms[k - 1].startswith(("ال", "لل")) or norms[k + 1] in _CONTENT_OPENERS:
            continue
        end = next((last for _, first, last in spans if k + 1 < first <= k + 1 + SCHEDULED_REACH), None)
        if end is not None:
            out.append((k, end + 1))
    return out


def _with_its_date(stop: int, spans: Sequence[tuple[Timex, int, int]], tokens: Sequence[Token]) -> int:
    """``stop`` moved past a date right after a clause and the preposition before it (``منذ 2019``)."""
    opened = stop < len(tokens) and tokens[stop].norm in _DATE_OPENERS
    end = next((last for _, first, last in spans if first == stop or (opened and first == stop + 1)), None)
    return stop if end is None else end + 1


def _background(
    at: int, stop: int, starts: Sequence[int], spans: Sequence[tuple[Timex, int, int]], tokens: Sequence[Token]
) -> int | None:
    """Where a relative clause from ``at`` (up to ``stop``) ends if it holds a date of the past its
    subject carries, after منذ or a year or a month in a clause told in the past (``الذي يشغل منصبه
    منذ 2019``، ``الذي تأسس في مارس 2011``; not the day of the news, ``الذي أشرف اليوم``, nor a month
    after a present verb, ``الذي يقوده حفتر في منتصف مارس``, which may be the main verb's) and tells
    no act before it: at that date's end (what follows may be the main verb's object: ``قرار
    الحكومة``); else None."""
    ongoing = at + 1 < len(tokens) and tokens[at + 1].norm[:1] == "ي" and len(tokens[at + 1].norm) >= 4
    for timex, first, last in spans:
        if not at < first or last >= stop:
            continue
        since = "منذ" in (tokens[first - 1].norm, tokens[first].norm)
        carried = since or (timex.granularity in _CARRIED and not ongoing)  # not after يقوده: maybe the main verb's
        if carried and not any(at < start <= last for start in starts):
            return last + 1
    return None


_CARRIED = frozenset({"year", "month", "decade", "century"})  # a subject's past, not its day
_DATE_OPENERS = ("منذ", "في", "خلال")


def _near_before(positions: Sequence[int], at: int) -> bool:
    """Whether one of ``positions`` lies within ``EVENT_REACH`` tokens before ``at``."""
    return any(at - EVENT_REACH <= k < at for k in positions)


_THING_PREPOSITIONS = rule_words("about_prepositions")  # في، حول، بشأن: what an act's noun is about
_HAPPENING = rule_words("happening_verbs")  # a relative clause with them tells of an act: held, begun, going on


def _regions(
    size: int,
    triggers: Sequence[Trigger],
    frames: Sequence[Frame],
    about: Sequence[tuple[int, int] | None] | None = None,
) -> list[int | None]:
    """For each token, the report whose complement (or the phrase it is about) holds it (the
    innermost), or None at the top."""
    regions: list[int | None] = [None] * size
    for n, frame in enumerate(frames):
        span = frame.complement
        if span is None and about is not None:
            span = about[n]
        if span is None:
            continue
        for k in range(max(span[0], triggers[n].last + 1), min(span[1] + 1, size)):
            regions[k] = n  # a later report's complement lies inside an earlier one's: it wins
    return regions


def _parenthetical(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A date set off by commas, or between a comma and a complementizer (``، الخميس، إن``)."""
    before = tokens[first - 1].norm if first > 0 else ""
    after = tokens[last + 1].norm if last + 1 < len(tokens) else ""
    if before in ("،", ",") and after in ("،", ",", "ان", "إن", "أن", "بان"):
        return True
    if after not in ("،", ","):
        return False
    for k in range(first - 1, max(-1, first - 1 - ADJUNCT_WORDS), -1):  # ، في تصريح لإذاعة محلية صباح اليوم،
        if not tokens[k].is_word:
            return tokens[k].norm in ("،", ",") and k + 1 < first and tokens[k + 1].norm in ("في", "خلال")
    return False


_OTHER_HAPPENINGS = rule_words("other_happenings")
_ANNIVERSARIES = rule_words("anniversary_words")
_YEAR_WRITTEN = re.compile(r"\d{4}")  # a year in digits, of any script
ANNIVERSARY_REACH = 5  # words from an anniversary's noun to the day it recalls (الذكرى 70 لانتفاضة 5 مارس)


def _after_an_anniversary(tokens: Sequence[Token], first: int) -> bool:
    """A date a few words after an anniversary's noun (``في ذكرى 9 أفريل 1938``، ``بمناسبة الذكرى 70
    لانتفاضة 5 مارس 1954``), up to a punctuation mark: the day it recalls."""
    for k in range(first - 1, max(-1, first - 1 - ANNIVERSARY_REACH), -1):
        if not tokens[k].is_word and not tokens[k].number:
            return False
        if without_conjunction(tokens[k].norm) in _ANNIVERSARIES:
            return True
    return False


_BIRTHS = rule_words("birth_words")
_BIRTH_LINKS = rule_words("birth_links")


_FIRSTS = rule_words("first_since_words")  # أول، الأولى: the first ... since a date
FIRST_SINCE_REACH = 8  # words between "the first" and منذ


def _first_since(tokens: Sequence[Token], first: int) -> bool:
    """A date after منذ that a "first" before it measures from (``أول زيارة لمسؤول منذ 2010``)."""
    since = first if tokens[first].norm == "منذ" else first - 1
    if since < 0 or tokens[since].norm != "منذ":
        return False
    return any(tokens[k].norm in _FIRSTS for k in range(max(0, since - FIRST_SINCE_REACH), since))


def _birth(tokens: Sequence[Token], first: int) -> bool:
    """A date of birth (``من مواليد فبراير 1978``، ``ولد في 1950``), or a second one right after the
    first one's year (``من مواليد عام 1990 وعام 1992``): it dates no event of the sentence."""
    k = first - 1
    if k >= 0 and tokens[k].norm == "و":
        k -= 1
    if k >= 0 and tokens[k].norm.removeprefix("و") in _BIRTH_LINKS:
        k -= 1
    if k >= 0 and tokens[k].norm.removeprefix("و") in _BIRTHS:
        return True
    if k < 0 or _YEAR_WRITTEN.fullmatch(tokens[k].norm) is None:
        return False
    start = k  # where the date whose year comes right before this one starts
    while start > 0 and tokens[start - 1].norm in _BIRTH_LINKS:
        start -= 1
    return _birth(tokens, start)


_EVERY = rule_words("recurring_units")


def _every_year(tokens: Sequence[Token], last: int) -> bool:
    """A date said to come back (``13 أوت من كل سنة``، ``كل عام``): no day of one event."""
    k = last + 1
    if k < len(tokens) and tokens[k].norm == "من":
        k += 1
    return k + 1 < len(tokens) and tokens[k].norm == "كل" and tokens[k + 1].norm in _EVERY


ATTRIBUTION_REACH = 10  # tokens from an attributing verb to a report of its own (وفق ما أكده فلان في تصريح، نقلا عن)


def _attributions(triggers: Sequence[Trigger], tokens: Sequence[Token]) -> list[bool]:
    """Which triggers attribute what their sentence told before them: a report after حسبما/وفق ما
    (``frames.attributing_only``), and the reports just after it (``وفق ما أكده ... في تصريح``،
    ``وفق ما أوردته الصحيفة نقلا عن``)."""
    out = [t.entry.report and attributing_only(tokens, t.first) for t in triggers]
    for n, trigger in enumerate(triggers):
        if out[n]:
            for m in range(n + 1, len(triggers)):
                later = triggers[m]
                if later.first - trigger.last > ATTRIBUTION_REACH:
                    break
                out[m] = out[m] or later.entry.report
    return out


_DAYS = frozenset({"day", "week"})  # what an attribution is told on too (حجزت الوحدات اليوم، وفق ما أكده مصدر)
_DATED_DOCUMENT = rule_words("dated_document_words")
_OF_YEAR = rule_words("of_year_words")


def _a_documents_date(tokens: Sequence[Token], first: int) -> bool:
    """The date in a document's name: after المؤرخ في or الصادر بتاريخ, or a law's year after its number (``عدد 12
    لسنة 1985``, the year written with لسنة)."""
    if first >= 2 and tokens[first - 1].norm in ("في", "بتاريخ") and tokens[first - 2].norm in _DATED_DOCUMENT:
        return True
    if first >= 1 and tokens[first].norm in _YEAR_NOUNS and _a_text(tokens[first - 1].norm, bare=True):
        return True  # لقانون عام 1990: a text's year in its construct (not القانون عام 1990, when it was)
    at = first if tokens[first].norm in _OF_YEAR else first - 1
    if at < 1 or tokens[at].norm not in _OF_YEAR:
        return False
    return tokens[at - 1].number or _a_budgets_year(tokens, at) or _a_texts_year(tokens, at)


_MOVING = rule_words("postponing_words") | rule_words("extending_words")  # أجل، مدد، أمهل
_MOVING_WRITTEN = _MOVING | {c + w for w in _MOVING for c in "وف"}  # as written, with و or ف
_TARGET_PREPOSITIONS = rule_words("target_date_prepositions")  # إلى، حتى، لغاية
_TIME_NOUNS = rule_words("time_nouns")  # يوم، شهر، عام


def _moves_a_date(tokens: Sequence[Token]) -> bool:
    """A postponement or an extension in the sentence (``أجل``، ``مدد``، ``أمهل``; not ``من أجل``,
    for the sake of)."""
    if _MOVING_WRITTEN.isdisjoint(map(_NORM, tokens)):
        return False  # (most sentences: one pass in C)
    return any(
        without_conjunction(token.norm) in _MOVING and not (k > 0 and without_conjunction(tokens[k - 1].norm) == "من")
        for k, token in enumerate(tokens)
    )


def _a_target_date(tokens: Sequence[Token], first: int) -> bool:
    """A date after إلى, حتى or لغاية (``يوم`` between too) in a sentence that postpones or extends:
    the date the act is moved or runs to."""
    k = first - 1
    if k >= 0 and tokens[k].norm in _TIME_NOUNS:
        k -= 1  # إلى يوم 15، حتى شهر جوان
    return k >= 0 and tokens[k].norm in _TARGET_PREPOSITIONS


_YEAR_NOUNS = rule_words("year_nouns")  # عام، سنة
_NAMED_TEXTS = rule_words("year_named_texts")  # قانون، معاهدة، مرسوم: texts named by their year
TEXT_REACH = 4  # words from a text's noun to its year (قانون حماية المعطيات الشخصية لسنة 2004)


def _a_text(norm: str, bare: bool = False) -> bool:
    """A text's noun (``year_named_texts``), after و and ل, ب or the article; ``bare``: without the
    article (in construct with what follows)."""
    norm = without_conjunction(norm)
    for prefix in ("ال", "لل", "بال", "ل", "ب"):
        if norm.startswith(prefix) and norm[len(prefix) :] in _NAMED_TEXTS:
            return not (bare and prefix in ("ال", "لل", "بال"))
    return norm in _NAMED_TEXTS


def _a_texts_year(tokens: Sequence[Token], at: int) -> bool:
    """The year that names a law, a treaty or a decree (``قانون الصيام لسنة 1990``، ``معاهدة السلام
    لعام 1979``): the text's, not the date of what the sentence tells is done under it."""
    for k in range(at - 1, max(-1, at - 1 - TEXT_REACH), -1):
        if not tokens[k].is_word:
            return False
        if _a_text(tokens[k].norm):
            return True
    return False


_BUDGETS = rule_words("budget_words")
BUDGET_REACH = 5  # words from a budget's noun to its year (ميزانية وزارة الدفاع الوطني لسنة 2017)


def _a_budgets_year(tokens: Sequence[Token], at: int) -> bool:
    """The year a budget or a finance law is for (``مشروع ميزانية الدولة لسنة 2017``، ``قانون
    المالية لعام 2016``): debated and passed the year before, it dates no act of the sentence (a
    month's year written with لعام, ``ديسمبر لعام 2015``, or an election's, still does)."""
    for k in range(at - 1, max(-1, at - 1 - BUDGET_REACH), -1):
        if not tokens[k].is_word:
            return False
        if without_conjunction(tokens[k].norm) in _BUDGETS:
            return True
    return False


_DURING_IT = rule_words("during_it_words")


def during_earlier(
    triggers: Sequence[Trigger], tokens: Sequence[Token], dates: list[tuple[Timex | None, Timex | None]]
) -> list[tuple[Timex | None, Timex | None]]:
    """An act told as happening during an earlier one of its sentence (``عقد لقاء يوم الأحد، وقع
    خلاله الطرفان اتفاقا``) takes that one's date when it has none of its own."""
    out = list(dates)
    for n, trigger in enumerate(triggers):
        if out[n][0] is not None or n == 0:
            continue
        k = trigger.last + 1
        if k >= len(tokens) or tokens[k].norm not in _DURING_IT:
            continue
        for earlier in range(n - 1, -1, -1):
            if out[earlier][0] is not None:
                out[n] = (out[earlier][0], out[n][1])
                break
    return out


def ongoing_reported(
    triggers: Sequence[Trigger], frames: Sequence[Frame], dates: list[tuple[Timex | None, Timex | None]]
) -> list[tuple[Timex | None, Timex | None]]:
    """An act told in the present in what a dated report says (``ذكرت وسائل الإعلام اليوم أن وفدا
    يزور البلاد``) is going on that day: it takes the report's date when it has none of its own."""
    out = list(dates)
    for n, (trigger, frame) in enumerate(zip(triggers, frames, strict=True)):
        reporter = frame.reporter
        if out[n][0] is not None or reporter is None or frame.future or frame.hypothetical or frame.negated:
            continue
        if trigger.pos != "verb" or trigger.form.tense != "present" or trigger.prefix[-1:] in ("س", "ل"):
            continue
        report_date = out[reporter][0]
        if report_date is not None and report_date.granularity == "day":
            out[n] = (report_date, out[n][1])
    return out


_WHEN = rule_words("when_prepositions")
WHEN_REACH = 8  # tokens from عند to the act it names
SUBJECT_WORDS = 4  # words of a subject between a verb and عند


def at_the_time_of(
    triggers: Sequence[Trigger],
    tokens: Sequence[Token],
    dates: list[tuple[Timex | None, Timex | None]],
    actors: Sequence[tuple[int, int] | None] = (),
) -> list[tuple[Timex | None, Timex | None]]:
    """An act done at the time of another its sentence dates (``حذر عند إعلانه فرض العقوبات في
    بداية الشهر``) takes that one's date when it has none of its own. ``actors``: each trigger's
    actor span, whose words after the trigger (however many) are its subject's."""
    out = list(dates)
    starts = {t.first for t in triggers}
    for n, trigger in enumerate(triggers):
        if out[n][0] is not None:
            continue
        k = trigger.last + 1
        actor = actors[n] if n < len(actors) else None
        if actor is not None and actor[0] == k:
            k = actor[1] + 1  # أكد وزير التجارة والصناعة فلان الفلاني لدى لقائه: a long subject
        while k < len(tokens) and k <= trigger.last + SUBJECT_WORDS and tokens[k].is_word and k not in starts:
            if _when_at(triggers, tokens, k):
                break
            k += 1  # its subject: قال الوزير خلال زيارته
        if k >= len(tokens) or not _when_at(triggers, tokens, k):
            continue
        for m in range(n + 1, len(triggers)):
            if triggers[m].first > k + WHEN_REACH:
                break
            if out[m][0] is not None:
                out[n] = (out[m][0], out[n][1])
                break
    return out


def _when_at(triggers: Sequence[Trigger], tokens: Sequence[Token], k: int) -> bool:
    """A word at ``k`` that says when (عند، خلال، أثناء...), or في before a meeting's noun with its
    owner's pronoun (``قرر المجلس في اجتماعه``)."""
    if tokens[k].norm in _WHEN:
        return True
    if tokens[k].norm != "في":
        return False
    at = bisect_left(triggers, k + 1, key=attrgetter("first"))
    meeting = triggers[at] if at < len(triggers) and triggers[at].first == k + 1 else None
    return meeting is not None and meeting.type == "meeting" and meeting.pos == "noun" and bool(meeting.enclitic)


_DONE_LIGHT = rule_words("done_light_verbs")  # light verbs that tell an act done (normalised)


def in_told_time(
    triggers: Sequence[Trigger],
    frames: Sequence[Frame],
    tokens: Sequence[Token],
    dates: list[tuple[Timex | None, Timex | None]],
    reference: dt.date | None,
) -> list[tuple[Timex | None, Timex | None]]:
    """An act told as done (a past verb, ``تم``) is not dated after the reference day: such a date
    belongs to what was done or agreed upon (``اتفقا على عقد جولة جديدة الشهر المقبل``); an act told
    as to come (``ستنسحب``، ``سوف يزور``) is not dated by a period that ended before the reference's
    month: such a date belongs to what is named (``الاتفاقية الموقعة في عام 2015``)."""
    if reference is None:
        return dates
    out = list(dates)
    for n, trigger in enumerate(triggers):
        date = out[n][0]
        if date is None or date.value is None:
            continue
        if _done(trigger, tokens):
            wrong = _starts_after(date.value, reference)
        else:
            wrong = frames[n].future and trigger.verbal and _ends_before(date.value, reference)
        if wrong:
            out[n] = (None, out[n][1])
    return out


def _ends_before(value: str, reference: dt.date) -> bool:
    """Whether the period a TimeML value names (day, month, year) ended before ``reference``'s
    month: a day of the same month may still be told as to come by a late report, a week too."""
    day = re.fullmatch(r"(\d{4})-(\d{2})-\d{2}", value) or re.fullmatch(r"(\d{4})-(\d{2})", value)
    if day:
        return (int(day[1]), int(day[2])) < (reference.year, reference.month)
    year = re.fullmatch(r"\d{4}", value)
    return bool(year) and int(value) < reference.year


def dated_with_verb(
    triggers: Sequence[Trigger],
    verbs: Sequence[int | None],
    dates: list[tuple[Timex | None, Timex | None]],
    reference: dt.date | None,
) -> list[tuple[Timex | None, Timex | None]]:
    """A noun that names the act of the verb governing it (``verbs``: ``وقعت الوزارة أمس اتفاقا``)
    takes the verb's date; a date of its own after the reference day, when the verb tells the act as
    done, belongs to what the act provides for (``وقعت اتفاقا على أن يبدأ التوريد في مايو المقبل``)."""
    out = list(dates)
    for n, verb in enumerate(verbs):
        if verb is None:
            continue
        verb_date, date = out[verb][0], out[n][0]
        if verb_date is not None:
            out[n] = (verb_date, out[n][1])
        elif date is not None and date.value is not None and reference is not None and _done(triggers[verb], ()):
            out[n] = (None if _starts_after(date.value, reference) else date, out[n][1])
    return out


def _done(trigger: Trigger, tokens: Sequence[Token]) -> bool:
    """An act told in the past (``نفى``, ``قُتل``, ``قام بزيارة``): now or later is no time of it."""
    if trigger.verbal:
        return trigger.form.tense == "past" and not trigger.prefix.endswith("س")
    if trigger.light is None:
        return False
    light = tokens[trigger.light].norm
    return without_conjunction(light) in _DONE_LIGHT


def _starts_after(value: str, reference: dt.date) -> bool:
    """Whether the period a TimeML value names begins after ``reference`` (day, week, month, year)."""
    day = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    if day:
        return dt.date(*map(int, day.groups())) > reference
    week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if week:
        return dt.date.fromisocalendar(int(week[1]), int(week[2]), 1) > reference
    month = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if month:
        return (int(month[1]), int(month[2])) > (reference.year, reference.month)
    year = re.fullmatch(r"\d{4}", value)
    return bool(year) and int(value) > reference.year
