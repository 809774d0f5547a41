"""One sentence through passes 1-5: its mentions of events, typed, with actors and dates."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from reader.events.actors import (
    circumstance_owner,
    document_subject,
    find_actors,
    lam_source,
    opening_subject_before,
    owner_after_lam,
)
from reader.events.classify import (
    SPEECH_TYPES,
    Decision,
    classify,
    is_strong,
    office_s_own,
    on_a_visit,
    one_party,
    own_head,
    same_body,
)
from reader.events.dating import (
    about_spans,
    at_the_time_of,
    date_triggers,
    dated_with_verb,
    during_earlier,
    in_told_time,
    ongoing_reported,
    relative_clauses,
    scheduled_phrases,
    timex_tokens,
)
from reader.events.frames import attributing_only, frame_triggers
from reader.events.lexicon import Lexicon, rule_lemmas, rule_words
from reader.events.links import object_of, same_act_links, told_by_its_noun
from reader.events.mention import Frame, Mention, Trigger, new_tuple
from reader.events.morphology import owned_stems, plural_ending, present_verb_shape, without_conjunction
from reader.events.parties import is_medium, parties
from reader.events.triggers import find_triggers, light_after, strip_object
from reader.model import Timex
from reader.text.tokens import SentenceText, Token


def sentence_mentions(
    text: SentenceText,
    body: str,
    timexes: Sequence[Timex],
    lex: Lexicon,
    headline: bool = False,
    dateline: frozenset[int] = frozenset(),
    reference: dt.date | None = None,
) -> list[Mention]:
    """The mentions of events in one sentence, in order (``reference``: the article's reference day)."""
    text = names_apart(text, body)
    spans = timex_tokens(text, timexes) if timexes else []
    dated = frozenset(k for _, first, last in spans for k in range(first, last + 1))
    triggers = find_triggers(text, lex, dated)
    if not triggers:
        return []
    if dateline and any(t.verbal and t.first in dateline for t in triggers):
        dateline = frozenset()  # وقال الوزير - في مقابلة - إن: a verb before the dash, an aside; no dateline
    tokens = text.tokens  # read once: a cached property costs a look-up through the class each time
    classes = lex.classes_of(text)
    held = frozenset().union(*classes)  # the word lists its words are in: a rule needing another is not run
    blocked = dated | dateline
    frames, quoted, clauses = frame_triggers(text, triggers, lex, headline, blocked, classes, held)
    triggers, frames, quoted = _outside(triggers, frames, quoted, blocked)
    lights = [light_after(tokens, t, lex) for t in triggers]  # read by actors and here
    actors = find_actors(text, triggers, lex, blocked, lights)
    decisions = classify(text, triggers, frames, quoted, actors, lex, blocked, held)
    governed = [t.light is not None or light is not None for t, light in zip(triggers, lights, strict=True)]
    dates: list[tuple[Timex | None, Timex | None]]
    on_things: list[tuple[int, int]] = []  # the relative clauses that tell of a thing (``relative_clauses``)
    if spans:
        live = [d.type is not None or d.absorbed for d in decisions]
        heads = [  # and an act one announces (أعلن ... عن إطلاق الصواريخ ...، السبت): its own date after it
            t.verbal or light or d.announced_by is not None
            for t, light, d in zip(triggers, governed, decisions, strict=True)
        ]
        about = about_spans(triggers, frames, actors, spans, classes, tokens)
        if "relatives" in held:
            on_things = relative_clauses(triggers, clauses, classes, tokens, spans, actors, live)
        described = on_things + scheduled_phrases(text.norms, spans)
        dates = date_triggers(triggers, frames, live, spans, clauses, tokens, heads, about, described)
        dates = during_earlier(triggers, tokens, dates)
        dates = ongoing_reported(triggers, frames, dates)
        dates = at_the_time_of(triggers, tokens, dates, actors)
        dates = in_told_time(triggers, frames, tokens, dates, reference)
    else:  # no date in the sentence: none of the passes above has one to give
        dates = [(None, None)] * len(triggers)
    links = same_act_links(triggers, frames, decisions, tokens, blocked, actors)
    actors = told_by_its_noun(triggers, decisions, actors, links)
    if spans:
        verbs = [object_of(triggers, frames, links, n) for n in range(len(triggers))]
        dates = dated_with_verb(triggers, verbs, dates, reference)
    actors, dates = _shared_subjects(triggers, frames, decisions, actors, dates, tokens, quoted, lex)
    actors = _voiced_by_its_verb(triggers, frames, decisions, actors)
    actors = _owned_by_the_subject(triggers, frames, decisions, actors, tokens, lights, lex, blocked)
    actors = _owned_words(triggers, decisions, actors, tokens, lex, blocked)
    actors = _circumstance_of_the_opening(triggers, decisions, actors, tokens, lex, blocked)
    mentions: list[Mention] = []
    position: dict[int, int] = {}
    described_dates: dict[int, Timex] | None = None  # read once, when an announced act first needs it
    sentence, paragraph = text.id, text.paragraph
    for n, (trigger, frame, decision) in enumerate(zip(triggers, frames, decisions, strict=True)):
        if decision.type is None:
            speaker = actors[n]
            if decision.announces and speaker is not None and not _relays(triggers, decisions, actors, tokens, n):
                mentions.append(_announcement(text, body, trigger, speaker, dates[n][0], lex))
            continue
        position[n] = len(mentions)
        actor_span = actors[n]
        if actor_span is not None and actor_span[0] == actor_span[1] and _a_process(tokens[actor_span[0]].norm):
            actor_span = None  # وبدأت عملية تبادل الأسرى، تواصلت حملة الاعتقالات: the act's kind, no one
        date, vague = dates[n]
        announcer = decision.announced_by
        if announcer is not None:
            announcer_span = actors[announcer]
            if (
                not one_party(tokens, actor_span, announcer_span, lex)
                and not own_head(tokens, actor_span, announcer_span, lex)
                and not office_s_own(tokens, actor_span, announcer_span)  # قال مكتب الرئيس إن الرئيس: the president
                and not same_body(tokens, actor_span, announcer_span, lex)  # قال المتحدث باسم الجيش إن الجيش: the army
            ):
                actor_span = announcer_span or actor_span  # أعلن المغرب قطع العلاقات: the speaker did it
            # else its own subject, the speaker's country: قال الوزير الأمريكي إن الولايات المتحدة فرضت
            if date is None:
                if described_dates is None:
                    described_dates = _described(triggers, frames, links, dates)
                date = described_dates.get(n)  # الهجوم الذي استهدف القاعدة السبت
            if date is None:
                date, vague = dates[announcer][0], vague or dates[announcer][1]
        teller = decision.told_by  # أعلنت السلطات الأحد مقتل خمسة: the death told that day
        if teller is not None and date is None:
            date, vague = dates[teller][0], vague or dates[teller][1]
        if decision.dated_by is not None and date is None:
            date = dates[decision.dated_by][0]
        speech = decision.type in SPEECH_TYPES and trigger.entry.report
        actor = _actor_text(body, tokens, actor_span) if actor_span else None
        if actor and actor_span and actor[:1] == "ل" and lam_source(tokens[actor_span[0]].norm, lex):
            actor = "ال" + actor[2:] if actor[:2] == "لل" else actor[1:]  # تقرير لهيئة الإذاعة: هيئة الإذاعة
        first, last = tokens[trigger.first], tokens[trigger.last]
        same_source = speech and actor is None and _same_source(tokens, trigger.last + 1, lex)  # أفاد به المصدر نفسه
        document = document_subject(text, trigger, lex)
        gender = None if document or same_source else _gender(first.norm, trigger)
        told = announcer is not None or teller is not None
        strong = is_strong(tokens, trigger, frame, quoted[n], date, told, lex, decision.recall, governed[n]) or (
            trigger.pos == "participle" and actor_span is not None and not frame.headline
        )
        # وردت الحكومة نافية: a state whose owner is named tells the act (``_owner_of_state``)
        if date is not None and speech and not strong and trigger.verbal and _told_of(on_things, tokens, trigger.first):
            date = None  # المشروع الذي طالبوا به في 2012: words another time, which date no report they join
        fields = (  # Mention's fields in order, named on the right
            sentence,  # sentence
            paragraph,  # paragraph
            decision.type,  # type
            trigger.entry.lemma,  # lemma
            body[first.start : last.end],  # text
            first.start,  # start
            last.end,  # end
            actor,  # actor
            date,  # timex
            strong,  # strong
            speech,  # speech
            speech
            and not headline
            and actor is None
            and (
                frame.opener
                or trigger.pos == "participle"
                or trigger.prefix[:1] in ("و", "ف")
                or same_source  # حسبما ذكره نفس المصدر
            ),  # continues
            headline,  # headline
            vague,  # vague
            trigger.pos,  # pos
            gender,  # gender
            trigger.entry.outcome,  # outcome
            governed[n],  # governed
            _definite(tokens, trigger),  # definite
            _position(position, links[n]),  # link
            (trigger.entry.continues and trigger.prefix[:1] in ("و", "ف"))
            or (decision.type == "statement" and speech and _in_that_text(tokens, trigger)),
            # continuing (وقالت الحركة، في البيان، إن: the words of the text told before; ونفت في البيان: a denial)
            _also(text.norms, trigger),  # also
            False,  # announces
            decision.recall,  # recalled
            trigger.light is None and lights[n] is not None,  # described
            _reported(triggers, frames, n),  # reported
            frame.opener,  # opener
            _resumed(tokens, trigger, decision.type),  # resumed
            _pointed(tokens, trigger),  # pointed
            _struck_places(tokens, trigger, lex) if decision.type == "attack" else _NO_PLACES,  # places
            decision.type == "meeting" and _during_a_meeting(tokens, trigger),  # during
        )
        mentions.append(new_tuple(Mention, fields))  # Mention(*fields) without its Python-level __new__
    return mentions


_PROCESS_NOUNS = rule_words("process_nouns")  # عملية، حملة، موجة: the kind of an act's course


def _a_process(norm: str) -> bool:
    """A noun that names the course or kind of an act (``عملية``، ``حملة``، ``موجة``), with or
    without و/ف and the article: no party that acts."""
    bare = without_conjunction(norm) if len(norm) > 4 else norm
    return bare.removeprefix("ال") in _PROCESS_NOUNS


_ALI = {"علي": "علی", "وعلي": "وعلی"}  # the name علي read apart: a Persian ی, in no word list
_AFTER_ALA = rule_words("after_ala_words")  # على عين المكان، على يد، على أن: على's set phrases
_ALI_WRITTEN = re.compile(r"علي(?!\w)(?<!\wعلي)|(?<!\w)وعلي(?!\w)")  # the word written with ي, alone or after و


def names_apart(text: SentenceText, body: str) -> SentenceText:
    """The sentence with the name علي (Ali) read apart from the preposition على, which normalises
    to the same word, where the writer tells them apart (``_ala_spelt_apart``): there a علي written
    with ي names someone (``محمد علي الجندوبي``، ``وكان بن علي أعلن``; the preposition would make the
    verb after it a noun and end the name), unless a word of one of على's set phrases follows
    (``علي عين المكان``: a slip of the writer's). Elsewhere the text is as it was."""
    written = text.sentence.text
    if "علي" not in written or _ALI_WRITTEN.search(written) is None or not _ala_spelt_apart(body):
        return text  # (not the normalised words: على is علي there, in a third of the sentences)
    tokens = text.tokens
    named = [
        k
        for k, token in enumerate(tokens)
        if token.norm in _ALI
        and token.text in _ALI
        and not (k + 1 < len(tokens) and tokens[k + 1].norm in _AFTER_ALA)  # علي عين المكان: على still
    ]
    if not named:
        return text
    new_tokens = list(tokens)
    for k in named:
        new_tokens[k] = tokens[k]._replace(norm=_ALI[tokens[k].norm])
    apart = SentenceText(text.sentence, text.norm, text.offsets, tuple(t.norm for t in new_tokens))
    apart.__dict__["tokens"] = tuple(new_tokens)  # the cached tokens, their normalised forms as above
    return apart


@lru_cache(maxsize=4)
def _ala_spelt_apart(body: str) -> bool:
    """The article writes على and إلى with ى more often than it writes إلي with ي, and than half the
    times it writes علي with ي (names among them): a text that writes على as علي, as some do
    throughout with a slip or two, is not read apart."""
    counts = Counter(word[1:] if word[:1] == "و" else word for word in body.split())
    with_maqsura = counts["على"] + counts["إلى"] + counts["الى"]
    return with_maqsura > counts["إلي"] + counts["الي"] + counts["علي"] / 2


def _reported(triggers: Sequence[Trigger], frames: Sequence[Frame], n: int) -> bool:
    """Trigger ``n`` stands in what a verb of report before it says, after its complementizer
    (``وأوضح أن الوزير تحدث``; not a noun's words, ``في تصريح ... أكد``, nor a relative clause
    between a report and what it says, ``أفاد بلاغ نشرته الشركة أن``)."""
    reporter = frames[n].reporter
    if reporter is None or not triggers[reporter].verbal:
        return False
    said = frames[reporter].complement
    return said is not None and said[0] <= triggers[n].first <= said[1]


def _described(
    triggers: Sequence[Trigger],
    frames: Sequence[Frame],
    links: Sequence[int | None],
    dates: Sequence[tuple[Timex | None, Timex | None]],
) -> dict[int, Timex]:
    """For each act noun, the date of the first verb after it in a relative clause on it that tells
    more of it (``links``), if one has a date: the act's own day, not the day it was announced."""
    described: dict[int, Timex] = {}
    for m, noun in enumerate(links):
        date = dates[m][0]
        if noun is None or noun >= m or noun in described or date is None or not triggers[m].verbal:
            continue
        if frames[m].relative or frames[m].attributive:
            described[noun] = date
    return described


_PRONOUN_PATIENT = rule_words("pronoun_patients")  # عليه، عليها، عليهم: على + whom it was done to
_DEED_TYPES = frozenset({"measure", "attack"})
_PATIENT_ENCLITIC = rule_lemmas("patient_enclitic_lemmas")  # اعتقاله، مقتله: the pronoun is who suffered it


def _resumed(tokens: Sequence[Token], trigger: Trigger, kind: str | None) -> bool:
    """A measure's or an attack's noun whose patient is a pronoun, after على (``القبض عليه``،
    ``الاعتداء عليها``) or on the noun of a deed done to someone (``اعتقاله``، ``اغتياله``; not
    ``استقالته``، ``حكمها``, whose pronoun is the doer): done to someone already named."""
    if trigger.pos != "noun" or kind not in _DEED_TYPES:
        return False
    if trigger.enclitic and trigger.entry.lemma in _PATIENT_ENCLITIC:
        return True
    after = trigger.last + 1
    return after < len(tokens) and tokens[after].norm in _PRONOUN_PATIENT


def _pointed(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """A singular noun with the article right after a demonstrative (``هذا القرار``، ``تلك الزيارة``),
    or with the article or its owner's pronoun as what comes after something (``وتأتي الزيارة بعد``،
    ``وجاءت زيارته في``): the act is one told before, whatever date its sentence holds (not ``هذه
    العمليات``: several acts, each told on its own)."""
    if trigger.pos != "noun" or trigger.first == 0 or tokens[trigger.last].norm.endswith("ات"):
        return False
    before = without_conjunction(tokens[trigger.first - 1].norm)
    if trigger.prefix == "ال" and before in _POINTING:
        return True
    owned = not trigger.prefix and bool(trigger.enclitic)
    return before in _COMING and (trigger.prefix == "ال" or owned)


_POINTING = rule_words("demonstratives")
_COMING = rule_words("coming_verbs")  # تأتي، جاءت: what comes after or amid something


DURING_REACH = 4  # words between a meeting's verb and خلال اللقاء (وبحث الجانبان خلال اللقاء الذي)


def _during_a_meeting(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """A meeting's word near خلال (or في، أثناء) and a meeting's noun with the article or its owner's
    pronoun (``وبحث الجانبان خلال اللقاء``، ``وجرى خلال الاجتماع بحث``، ``خلال اتصالهما``): what was
    done in a meeting named before, that meeting again."""
    start = max(0, trigger.first - DURING_REACH)
    stop = min(len(tokens) - 1, trigger.last + DURING_REACH)
    for k in range(start, stop):
        if k + 1 == trigger.first or without_conjunction(tokens[k].norm) not in _MEETING_TIME:
            continue
        noun = tokens[k + 1].norm
        after = tokens[k + 2].norm if k + 2 < len(tokens) else ""
        if after == "مع" or (after[:1] == "ب" and len(after) > 3):
            continue  # خلال لقائه بالسفير: a meeting with someone named, maybe another
        stems = (noun[2:],) if noun.startswith("ال") else owned_stems(noun)  # جلسته: جلسه too
        if any(stem in _MEETING_NOUNS for stem in stems):
            return True
    return False


_MEETING_TIME = rule_words("meeting_time_words")  # خلال، في، أثناء
_MEETING_NOUNS = rule_words("meeting_nouns")  # لقاء، اجتماع، مباحثات: without the article


def _definite(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """A noun with the article or a pronoun (``الهجوم``, ``زيارته``), or a noun of several words whose
    last has the article (``قرار الانسحاب``: a construct is definite by what it is construct to)."""
    if trigger.pos != "noun":
        return False
    if trigger.prefix.endswith(("ال", "لل")) or trigger.enclitic:
        return True
    return trigger.last > trigger.first and tokens[trigger.last].norm.startswith("ال")


def _relays(
    triggers: Sequence[Trigger],
    decisions: Sequence[Decision],
    actors: Sequence[tuple[int, int] | None],
    tokens: Sequence[Token],
    n: int,
) -> bool:
    """A report after وفقا لما/حسبما that relays the words a speaker goes on with (و/ف + a verb of
    going on with no subject: ``وأضاف أن ... وفقا لما ذكرته الوكالة``): the agency passed the words on, it did
    not speak them, so it is no speaker for them."""
    if not attributing_only(tokens, triggers[n].first):
        return False
    return any(
        triggers[m].verbal
        and triggers[m].prefix[:1] in ("و", "ف")
        and triggers[m].entry.continues
        and decisions[m].type in SPEECH_TYPES
        and actors[m] is None
        for m in range(n)
    )


def _announcement(
    text: SentenceText, body: str, trigger: Trigger, actor: tuple[int, int], date: Timex | None, lex: Lexicon
) -> Mention:
    """The report of an act the sentence tells as that act (``أعلن المغرب قطع العلاقات``): no event of
    its own, but a speaker whose further words (``وأضاف``) go on with it."""
    tokens = text.tokens
    return Mention(
        sentence=text.id,
        paragraph=text.paragraph,
        type="statement",
        lemma=trigger.entry.lemma,
        text=body[tokens[trigger.first].start : tokens[trigger.last].end],
        start=tokens[trigger.first].start,
        end=tokens[trigger.last].end,
        actor=_actor_text(body, tokens, actor),
        timex=date,
        strong=True,
        speech=True,
        pos=trigger.pos,
        gender=None if document_subject(text, trigger, lex) else _gender(tokens[trigger.first].norm, trigger),
        announces=True,
    )


def _actor_text(body: str, tokens: Sequence[Token], span: tuple[int, int]) -> str:
    """The actor as written, a hashtag's words apart (``#الجيش_اليمني``: الجيش اليمني), without the ل
    of a name after سبق or كان (``سبق للحكومة أن``، ``كان للوزير لقاء``: الحكومة، الوزير)."""
    text = body[tokens[span[0]].start : tokens[span[1]].end].replace("_", " ")
    if owner_after_lam(tokens, span[0]):
        text = "ال" + text[2:] if text.startswith("لل") else text[1:]
    return text


_IMPERSONAL_LIGHT = rule_words("impersonal_light_forms")
_GATHERINGS = frozenset({"meeting", "visit"})  # what those who gathered then did together
_ALSO_BEFORE = rule_words("also_before")
_ALSO_AFTER = rule_words("also_after")


def _also(norms: Sequence[str], trigger: Trigger) -> str:
    """كما before the trigger (``"before"``) or أيضا/كذلك after it (``"after"``): one more act of its
    kind, else ``""`` (``norms``: the tokens' normalised forms)."""
    if not _ALSO_AFTER.isdisjoint(norms[trigger.last + 1 : trigger.last + 4]):
        return "after"
    return "before" if not _ALSO_BEFORE.isdisjoint(norms[max(0, trigger.first - 2) : trigger.first]) else ""


SETTING_REACH = 4  # words before a relative pronoun read for the في of the text or session it is on


def _told_of(clauses: Sequence[tuple[int, int]], tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is inside one of ``clauses`` (first and past-the-end token), a clause on a thing
    told of, not on where words were said (في المقابلة التي بثت مساء، في جلسة عقدت أمس)."""
    return any(
        start < k < stop and all(t.norm != "في" for t in tokens[max(0, start - SETTING_REACH) : start])
        for start, stop in clauses
    )


def _position(position: dict[int, int], trigger: int | None) -> int | None:
    return position.get(trigger) if trigger is not None else None


def _shared_subjects(
    triggers: Sequence[Trigger],
    frames: Sequence[Frame],
    decisions: Sequence[Decision],
    actors: list[tuple[int, int] | None],
    dates: list[tuple[Timex | None, Timex | None]],
    tokens: Sequence[Token],
    quoted: Sequence[bool],
    lex: Lexicon,
) -> tuple[list[tuple[int, int] | None], list[tuple[Timex | None, Timex | None]]]:
    """A coordinated verb with no subject of its own (after و، ف or كما) shares the subject and date
    of the verb before it in the sentence (``أجرى الرئيس اليوم اتصالا ... وأكد``، ``أغلقت الشرطة
    المدخل كما اعتقلت``); a verb inside quotes (a slogan, words quoted) is none of them."""
    actors, dates = list(actors), list(dates)
    previous: int | None = None
    for n, trigger in enumerate(triggers):
        if decisions[n].type is None and not decisions[n].absorbed:
            continue
        head = trigger.verbal or trigger.light is not None
        light = trigger.light
        joined = trigger.prefix[:1] in ("و", "ف") if light is None else _joined_light(tokens[light].norm, lex)
        joined = joined or (light is None and trigger.first > 0 and tokens[trigger.first - 1].norm in _AS_WELL)
        at = trigger.first if light is None else light
        where = at > 0 and tokens[at - 1].norm in _WHERE  # زار المدينة حيث التقى: there, then
        where = where and previous is not None and _done_there(triggers[previous], decisions[previous])
        where = where and not trigger.entry.report  # اتصلت الإذاعة بالمدير حيث أكد: who speaks is whom one met
        coordinated = head and previous is not None and (joined or where) and actors[n] is None
        reporter = actors[previous] if previous is not None else None
        if (
            coordinated
            and reporter is not None
            and trigger.verbal
            and is_medium([t.norm for t in tokens[reporter[0] : reporter[1] + 1]], lex)
        ):
            coordinated = not tokens[trigger.last].norm.endswith(("وا", "ون"))  # أكد مراسلنا أن المحتجين ... وهددوا
        own_words = where and frames[n].reporter == previous  # أعلنت الشرطة نتائج حملتها، حيث اعتقلت: in what it said
        unreported = frames[n].reporter is None or own_words
        if coordinated and previous is not None and unreported and frames[previous].reporter is None:
            # استقال الوزير وتم تعيين: done by no one named; اجتمعوا وتم الاتفاق: by those who met
            impersonal = light is not None and without_conjunction(tokens[light].norm) in _IMPERSONAL_LIGHT
            if not impersonal or decisions[previous].type in _GATHERINGS:
                actors[n] = actors[previous]
            if dates[n][0] is None and dates[previous][0] is not None:
                dates[n] = (dates[previous][0], dates[n][1])
        if head and actors[n] is not None and not quoted[n]:
            previous = n
    return actors, dates


_NO_PLACES: frozenset[int] = frozenset()
_STRUCK_PREPOSITIONS = rule_words("struck_place_prepositions")  # على، في: where an attack struck
PLACE_REACH = 3  # words from an attack's trigger to the preposition of where it struck
PLACE_WORDS = 4  # words after that preposition read for a country or a capital


def _struck_places(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon) -> frozenset[int]:
    """The countries (parties) named where an attack struck, after على or في right after its
    trigger (``ضربات على جنوب لبنان``، ``قصف في ريف دمشق``): none when no such phrase names one."""
    end = len(tokens)
    for k in range(trigger.last + 1, min(end, trigger.last + 1 + PLACE_REACH)):
        if not tokens[k].is_word:
            return _NO_PLACES
        if tokens[k].norm in _STRUCK_PREPOSITIONS:
            words = [t.norm for t in tokens[k + 1 : min(end, k + 1 + PLACE_WORDS)] if t.is_word]
            return parties(" ".join(words), lex) if words else _NO_PLACES
    return _NO_PLACES


_AS_WELL = rule_words("as_well_words")  # كما أوقفت: and also, the subject before shared
_THAT_TEXT = rule_words("that_text_words")  # البيان، البلاغ: the text told before, after في
THAT_TEXT_REACH = 6  # tokens after a report's verb where في + that text is read


def _in_that_text(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """A report said ``في البيان`` (the text named before, with the article; ``في بيانها`` may be
    another day's): more of the words of that text, not new ones."""
    stop = min(len(tokens) - 1, trigger.last + THAT_TEXT_REACH)
    return any(tokens[k].norm == "في" and tokens[k + 1].norm in _THAT_TEXT for k in range(trigger.last + 1, stop))


_WHERE = rule_words("where_words")  # حيث: where the act before was done, by its subject, on its day


OPENING_ADVERBIAL = 2  # tokens before خلال + a noun that opens the sentence (و، ف)
_DURING = rule_words("owner_act_prepositions")  # خلال، أثناء، إثر، عقب: an act with its owner's pronoun after them
_OWNED_TYPES = ("visit", "meeting")  # acts whose noun's pronoun is who does them (زيارته، اجتماعها)


def _done_there(trigger: Trigger, decision: Decision) -> bool:
    """An act that a حيث-clause after it goes on with, done by its subject: a visit or a meeting
    (زار المدينة حيث التقى), or an announcement of the speaker's own record (أعلنت الشرطة نتائج
    حملتها، حيث اعتقلت: what the police did is what they announced)."""
    return decision.type in _OWNED_TYPES or (
        decision.type == "statement" and trigger.entry.announces and trigger.verbal
    )


_PRONOUN_GENDERS = {"ه": "m", "ها": "f", "هم": "p", "هما": "p"}


def _owned_by_the_subject(
    triggers: Sequence[Trigger],
    frames: Sequence[Frame],
    decisions: Sequence[Decision],
    actors: list[tuple[int, int] | None],
    tokens: Sequence[Token],
    lights: Sequence[int | None],
    lex: Lexicon,
    blocked: frozenset[int],
) -> list[tuple[int, int] | None]:
    """A visit's or a meeting's noun with its owner's pronoun after خلال، أثناء، إثر... (``أكد الوزير
    خلال زيارته``، ``أعلنت الهيئة إثر اجتماعها``), or with a light verb after it whose subject is a
    pronoun (``عقب زيارة فجئية أداها``، ``خلال جولة تؤديها``): the pronoun is the subject of the verb
    before it in the sentence (or after it, ``وخلال زيارته أكد الوزير``), when that verb shows the
    pronoun's gender and number and the noun is not in what that verb reports."""
    out = list(actors)
    for n, trigger in enumerate(triggers):
        if decisions[n].type not in _OWNED_TYPES or trigger.pos != "noun" or out[n] is not None:
            continue
        light = lights[n]
        gender = _PRONOUN_GENDERS.get(trigger.enclitic)
        if gender is None and light is not None and not trigger.enclitic:
            gender = _light_gender(tokens[light].norm)  # زيارة أدتها: she made it
        if gender is None and light is None and not trigger.enclitic and trigger.last + 1 < len(tokens):
            gender = _gathered_gender(tokens[trigger.last + 1].norm)  # عقب لقاء جمعه بالوزير: him with the minister
        if gender is None and light is None and trigger.type == "visit" and on_a_visit(tokens, trigger):
            gender = "any"  # وتابع أثناء زيارة إلى مخيم اللاجئين، خلال زيارة رسمية: no one else named
        preposition = tokens[trigger.first - 1].norm if trigger.first > 0 else ""
        in_its_own = preposition == "في" and decisions[n].type == "meeting"  # قرر المجلس في اجتماعه: its own
        if gender is None or (preposition not in _DURING and not in_its_own):
            continue
        before = [m for m in range(n - 1, -1, -1) if triggers[m].verbal]
        opening = trigger.first <= OPENING_ADVERBIAL  # وخلال زيارته، أكد: the sentence opens with it
        after = [m for m in range(n + 1, len(triggers)) if triggers[m].verbal] if opening else []
        verb = before[0] if before else after[0] if after else None
        said = frames[verb].complement if verb is not None else None
        if said is not None and said[0] <= trigger.first <= said[1]:
            continue  # أفادت الصحف بأن الوزيرة، خلال زيارتها: the report's speaker is not its subject
        shows = verb is not None and _gender(tokens[triggers[verb].first].norm, triggers[verb]) == gender
        shows = shows or (verb is not None and gender == "any")  # خلال زيارة إلى: the one who speaks went
        if in_its_own:
            shows = shows and _right_after(tokens, actors[verb] if verb is not None else None, trigger.first - 1)
        if verb is not None and shows:
            out[n] = actors[verb]
        elif verb is None:
            owner = opening_subject_before(tokens, _occasion_at(tokens, trigger), lex, blocked)
            if owner is not None and gender in (owner[1], "any"):
                out[n] = owner[0]  # لاحظت وزيرة الصحة خلال زيارتها: a verb of no event, its subject
    return out


def _right_after(tokens: Sequence[Token], span: tuple[int, int] | None, at: int) -> bool:
    """Token ``at`` comes right after ``span`` (a comma between them at most): في اجتماعه right after
    the subject is the subject's meeting (أدى اليمين أمام البرلمان في جلسته: the parliament's)."""
    return span is not None and span[1] < at and all(not t.is_word for t in tokens[span[1] + 1 : at])


def _owned_words(
    triggers: Sequence[Trigger],
    decisions: Sequence[Decision],
    actors: list[tuple[int, int] | None],
    tokens: Sequence[Token],
    lex: Lexicon,
    blocked: frozenset[int],
) -> list[tuple[int, int] | None]:
    """A speech's noun with its owner's pronoun right after the subject of a verb the lexicon does not
    list, opening the sentence (``جددت رئيسة الحزب اتهامها``، ``كرر الوزير تحذيره``): the pronoun is
    that subject, when the verb shows its gender and number."""
    out = list(actors)
    for n, trigger in enumerate(triggers):
        if out[n] is not None or trigger.pos != "noun" or decisions[n].type not in SPEECH_TYPES:
            continue
        gender = _PRONOUN_GENDERS.get(trigger.enclitic)
        if gender is None or trigger.light is not None:
            continue
        owner = opening_subject_before(tokens, trigger.first, lex, blocked)
        if owner is not None and owner[1] == gender:
            out[n] = owner[0]
    return out


def _circumstance_of_the_opening(
    triggers: Sequence[Trigger],
    decisions: Sequence[Decision],
    actors: list[tuple[int, int] | None],
    tokens: Sequence[Token],
    lex: Lexicon,
    blocked: frozenset[int],
) -> list[tuple[int, int] | None]:
    """A speech's participle in the accusative after a verb the lexicon does not list, which opens
    the sentence with no act's verb before the participle (``تطرقت الكاتبة إلى الوضع معبرة عن``،
    ``نفذ العمال وقفة رافضين الغلق``): the participle tells how that verb's subject acted
    (``circumstance_owner``)."""
    if not any(t.pos == "participle" for t in triggers):
        return actors  # (most sentences: no participle to look at)
    out = list(actors)
    for n, trigger in enumerate(triggers):
        if out[n] is not None or trigger.pos != "participle" or decisions[n].type not in SPEECH_TYPES:
            continue
        if trigger.prefix or any(t.verbal for t in triggers[:n]):
            continue
        shows = _participle_number(tokens[trigger.last].norm)
        if shows is not None:
            out[n] = circumstance_owner(tokens, lex, blocked, trigger.first, shows)
    return out


def _participle_number(norm: str) -> str | None:
    """The gender and number an accusative participle shows (مؤكدا: m, مؤكدة: f, مؤكدين: p)."""
    if norm.endswith(("ين", "ات")):
        return "p"
    if norm.endswith("ه"):
        return "f"
    return "m" if norm.endswith("ا") else None


def _same_source(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """The speaker named again as the one before (``ذات المصدر``، ``المصدر نفسه``، ``نفس المصدر``)
    from ``k``, past ب + its pronoun (``أفاد به``): the words go on with the last speaker's."""
    if k < len(tokens) and tokens[k].norm in ("به", "بها"):
        k += 1
    if k >= len(tokens):
        return False
    if lex.has("same_speaker_before", tokens[k].norm):
        return True
    return k + 1 < len(tokens) and lex.has("same_speaker_after", tokens[k + 1].norm)


def _occasion_at(tokens: Sequence[Token], trigger: Trigger) -> int:
    """Where the occasion before an act's noun starts: its preposition (``خلال``), or ``على`` of
    ``على هامش``."""
    at = trigger.first - 1
    return at - 1 if at > 0 and tokens[at].norm == "هامش" and tokens[at - 1].norm == "علي" else at


def _gathered_gender(norm: str) -> str | None:
    """The gender and number of the pronoun جمع takes after a meeting's noun (``لقاء جمعه``، ``جلسة
    جمعتها``: whom it brought together, its owner), or None."""
    for stem in ("جمعت", "جمع"):
        if norm.startswith(stem) and norm[len(stem) :] in _PRONOUN_GENDERS:
            return _PRONOUN_GENDERS[norm[len(stem) :]]
    return None


def _light_gender(norm: str) -> str | None:
    """The gender and number of a light verb's subject, its object pronoun taken off (``أدتها``،
    ``تؤديها``: ``f``; ``أداها``، ``يؤديها``: ``m``; ``أدوها``: ``p``); None with no object pronoun."""
    stem = strip_object(norm)
    if stem == norm:
        return None
    verb = without_conjunction(stem)
    if verb.endswith(("و", "ون")):
        return "p"  # أدوها، يؤدونها
    if present_verb_shape(verb):
        return "f" if verb[:1] == "ت" else "m"  # تؤديها، يؤديها
    return "f" if verb.endswith("ت") else "m"  # أدتها، أداها


def _voiced_by_its_verb(
    triggers: Sequence[Trigger],
    frames: Sequence[Frame],
    decisions: Sequence[Decision],
    actors: list[tuple[int, int] | None],
) -> list[tuple[int, int] | None]:
    """A report's noun that names no one and took its type from the report verb it holds (``وفي
    بيانها الصادر أمس، حذرت المنظمة``: the noun is the warning, dated; the verb absorbed): the
    verb's subject is the noun's actor."""
    out = list(actors)
    for m, decision in enumerate(decisions):
        n = frames[m].reporter
        verb = triggers[m]
        if n is None or not decision.absorbed or not (verb.verbal and verb.entry.report) or actors[m] is None:
            continue
        if triggers[n].pos == "noun" and actors[n] is None and decisions[n].type in SPEECH_TYPES:
            out[n] = actors[m]
    return out


def _joined_light(norm: str, lex: Lexicon) -> bool:
    """A light verb with the conjunction (``وأصدرت``، ``فشنت``; not ``وقعت``, a light verb of its own)."""
    return norm[:1] in ("و", "ف") and norm not in lex.light_verbs


def _gender(word: str, trigger: Trigger) -> str | None:
    """The gender and number a verb or participle shows: ``f`` (قالت، تقول، مضيفة), ``p`` (قالوا،
    يقولون), ``m`` (قال، يقول، مضيفا), or None for a noun."""
    if trigger.pos == "noun":
        return None
    bare = word
    for enclitic in ("هما", "ها", "هم", "ه"):
        if trigger.enclitic == enclitic and bare.endswith(enclitic):
            bare = bare[: -len(enclitic)]
    if trigger.pos == "participle":
        return "f" if bare.endswith("ه") else "p" if bare.endswith(("ين", "ون")) else "m"
    if bare.endswith("ان") or plural_ending(bare, bare != word):
        return "p"  # قالوا، يقولون، قالا، اعتبروه
    if trigger.form.tense == "present":
        stem = bare[len(trigger.prefix) :] if bare.startswith(trigger.prefix) else bare
        return "f" if stem.startswith("ت") else "m"
    return "f" if bare.endswith("ت") else "m"


def _outside(
    triggers: list[Trigger], frames: list[Frame], quoted: list[bool], dateline: frozenset[int]
) -> tuple[list[Trigger], list[Frame], list[bool]]:
    """Leave out triggers in a date (``فجر السبت``) or the dateline (``واشنطن (CNN) --``)."""
    if not dateline:
        return triggers, frames, quoted
    keep = [n for n, t in enumerate(triggers) if t.first not in dateline]
    if len(keep) == len(triggers):
        return triggers, frames, quoted
    remap = {old: new for new, old in enumerate(keep)}
    frames = [_remap(frames[n], remap) for n in keep]
    return [triggers[n] for n in keep], frames, [quoted[n] for n in keep]


def _remap(frame: Frame, remap: dict[int, int]) -> Frame:
    return frame._replace(reporter=remap.get(frame.reporter) if frame.reporter is not None else None)
