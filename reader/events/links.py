"""Which act mentions of one sentence tell the same act (pass 6 merges them first)."""

from __future__ import annotations

from collections.abc import Sequence

from reader.events.classify import SPEECH_TYPES, Decision
from reader.events.lexicon import rule_words
from reader.events.mention import Frame, Trigger
from reader.events.morphology import without_conjunction
from reader.text.tokens import Token

RELATIVE_GAP = 5  # words between a noun and the relative clause that tells more of it
PLACE_GAP = 6  # tokens from an act's noun to a verb telling more of it, its place between (غارة جوية على ...)
OBJECT_GAP = 6  # words between a verb and the noun it takes as object (فرضت على المصرف غرامة)
COORDINATED_GAP = 4  # words between two coordinated nouns (هجوم بالقنابل وقصف مدفعي)
OBJECT_NOUN_GAP = 3  # tokens between a verbal noun and the noun it takes as object (فرض "حظر تام")
# measures told verb by verb (قطعت العلاقات وأغلقت الأجواء) are several; these types' acts are one
_ONE_ACT_TOLD_BY_VERBS = frozenset({"attack", "meeting", "visit", "agreement"})
COORDINATED_VERB_GAP = 10  # words between two past verbs of one subject (اقتحمت ... المدرسة وأطلقت)
PURPOSE_GAP = 16  # tokens between a verb and the في + noun that names its act (وصل ... في زيارة)


def same_act_links(
    triggers: Sequence[Trigger],
    frames: Sequence[Frame],
    decisions: Sequence[Decision],
    tokens: Sequence[Token] = (),
    blocked: frozenset[int] = frozenset(),
    actors: Sequence[tuple[int, int] | None] = (),
) -> list[int | None]:
    """For each act trigger, an earlier one of its sentence that tells the same act: the same
    trigger again, a verb of a relative clause on the noun (``غارات استهدفت``), the deaths an
    attack caused (``قتل ... جراء القصف``), a noun coordinated with it (``هجوم ... وقصف``), the
    act a verb is in (``وصل ... في زيارة``), a verb after و with no subject of its own (``اقتحمت
    القوات المدرسة وأطلقت قنابل الغاز``، ``التقى نظيره وبحثا``: the same raid, the same talks; not
    two measures; ``actors``: the subjects found).
    Tokens of dates (``blocked``) do not count in the gaps."""
    links: list[int | None] = [None] * len(triggers)
    last_of_type: dict[str, int] = {}  # the latest act trigger of each type so far
    first_of_lemma: dict[tuple[str, str], int] = {}  # the first act trigger of each type and lemma
    for n, trigger in enumerate(triggers):
        kind = decisions[n].type
        if kind is None or (kind in SPEECH_TYPES and trigger.entry.report):
            continue
        previous = last_of_type.get(kind)
        same = first_of_lemma.get((kind, trigger.entry.lemma))
        if not trigger.entry.report:
            last_of_type[kind] = n
            first_of_lemma.setdefault((kind, trigger.entry.lemma), n)
        if previous is None:
            continue
        gap = trigger.first - triggers[previous].last
        if blocked:
            gap -= sum(k in blocked for k in range(triggers[previous].last + 1, trigger.first))
        if (
            trigger.pos == "noun"
            and triggers[previous].verbal
            and gap - _subject_between(actors, triggers, previous, n) <= OBJECT_GAP
            and frames[n].clause == frames[previous].clause
            and not _done_light(tokens, trigger.light)  # تولى مهامه ثم تم تعيينه: an act of its own
        ):
            links[n] = previous  # فرضت على المصرف غرامة، وقعا اتفاقا
        elif (
            (frames[n].relative or frames[n].attributive)
            and (trigger.verbal or trigger.light is not None)
            and gap <= RELATIVE_GAP
            and triggers[previous].pos == "noun"
        ):
            links[n] = previous  # غارات جوية استهدفت / التي استهدفت / قذيفة أطلقتها
        elif trigger.verbal and gap == 1 and _describing_verb(triggers[previous], trigger):
            links[n] = previous  # شن التحالف غارة استهدفت قياديا: the verb tells the raid
        elif (
            trigger.verbal
            and gap <= PLACE_GAP
            and _describing_verb(triggers[previous], trigger)
            and _words_between(tokens, triggers[previous].last, trigger.first)
        ):
            links[n] = previous  # شن غارة على بلدة في الجنوب استهدفت قياديا: where, then what it hit
        elif (
            trigger.pos == "noun"
            and triggers[previous].verbal
            and gap <= PURPOSE_GAP
            and frames[n].clause == frames[previous].clause
            and _after_in(tokens, trigger.first)
        ):
            links[n] = previous  # وصل الوزير مساء الخميس في زيارة: the verb's act named
        elif (
            kind in _ONE_ACT_TOLD_BY_VERBS  # a raid, talks, a trip told verb by verb (التقى نظيره وبحثا)
            and actors
            and actors[n] is None
            and trigger.verbal
            and trigger.prefix[:1] in ("و", "ف")
            and trigger.form.tense == "past"
            and triggers[previous].verbal
            and triggers[previous].form.tense == "past"
            and gap <= COORDINATED_VERB_GAP
        ):
            links[n] = previous  # اقتحمت القوات المدرسة وأطلقت قنابل الغاز: its subject's, one act
        elif same is not None and same != n and (trigger.pos == "noun" or triggers[same].pos == "noun"):
            links[n] = same  # the same act named again (قصف ... القصف); two verbs are two acts
        elif trigger.entry.outcome or triggers[previous].entry.outcome:
            links[n] = previous  # قتل ... جراء الضربات، الضربات ... أسفرت عن مقتل، لقوا حتفهم وأصيب
        elif (
            trigger.pos == "noun"
            and trigger.prefix[:1] == "و"
            and gap <= COORDINATED_GAP
            and triggers[previous].pos == "noun"
        ):
            links[n] = previous  # هجوم بالقنابل وقصف مدفعي
        elif (
            trigger.pos == "noun"
            and triggers[previous].pos == "noun"
            and gap <= OBJECT_NOUN_GAP
            and not (trigger.prefix.endswith("ال") or trigger.enclitic)
            and not (trigger.light is not None and trigger.light > triggers[previous].last)
            # استقالته، وتم تعيين: a noun with a light verb of its own after the other is its own act
        ):
            links[n] = previous  # فرض "حظر تام": a verbal noun and its object
    return links


def _words_between(tokens: Sequence[Token], last: int, first: int) -> bool:
    """Only words between two tokens, none after و/ف (``غارة على الضاحية الجنوبية استهدفت``: the
    noun's place, no clause of its own), and at least one of them a preposition's (على، في، ب، ل)."""
    between = tokens[last + 1 : first]
    if not between or not all(t.is_word and (t.norm[:1] not in ("و", "ف") or t.norm in _WHERE_WORDS) for t in between):
        return False  # (في is no ف + a word)
    if len(between) > 1 and between[0].norm.endswith(("ي", "يه")):
        between = between[1:]  # غارة جوية على: the noun's adjective first
    return between[0].norm in _WHERE_WORDS or between[0].norm[:1] in ("ب", "ل")


_WHERE_WORDS = rule_words("act_place_prepositions")  # على، في، ضد: where or against whom, after an act's noun


def _describing_verb(noun: Trigger, verb: Trigger) -> bool:
    """A verb right after an indefinite act's noun, with no و/ف, describes it."""
    indefinite = noun.pos == "noun" and not noun.prefix.endswith("ال") and not noun.enclitic
    return indefinite and verb.prefix[:1] not in ("و", "ف")


def told_by_its_noun(
    triggers: Sequence[Trigger],
    decisions: Sequence[Decision],
    actors: Sequence[tuple[int, int] | None],
    links: list[int | None],
) -> list[tuple[int, int] | None]:
    """A verb whose subject is an event noun before it (``الهجوم استهدف القرى``): the noun's act told
    further, so the verb links to the noun and has no actor (an event does no act). Other verbs
    keep their actors; ``links`` is updated in place."""
    out = list(actors)
    nouns: dict[int, int] = {}  # first token -> index of the first noun trigger starting there
    for m, trigger in enumerate(triggers):
        if trigger.pos == "noun":
            nouns.setdefault(trigger.first, m)
    for n, trigger in enumerate(triggers):
        span = actors[n]
        if span is None or not trigger.verbal or decisions[n].type is None:
            continue
        m = nouns.get(span[0], n)
        if m < n:
            out[n] = None
            if links[n] is None and decisions[m].type == decisions[n].type:
                links[n] = m
    return out


def object_of(triggers: Sequence[Trigger], frames: Sequence[Frame], links: Sequence[int | None], n: int) -> int | None:
    """The verb whose act the noun ``n`` names (``وقعت الوزارة اتفاقا``، ``وصل ... في زيارة``), or None."""
    verb = links[n]
    if verb is None or triggers[n].pos != "noun" or not triggers[verb].verbal:
        return None
    return verb if frames[n].clause == frames[verb].clause else None


_DONE_LIGHT = rule_words("done_light_forms")  # normalised


def _done_light(tokens: Sequence[Token], light: int | None) -> bool:
    """Whether a noun's light verb is تم or جرى (``تم تعيينه``): a clause of its own."""
    return light is not None and light < len(tokens) and without_conjunction(tokens[light].norm) in _DONE_LIGHT


def _after_in(tokens: Sequence[Token], at: int) -> bool:
    """في or خلال right before a noun (``في أول زيارة``, ``خلال زيارته``), an ordinal between."""
    k = at - 1
    if k >= 0 and tokens[k].norm in ("اول", "ثاني", "ثالث", "اخر"):
        k -= 1
    return k >= 0 and tokens[k].norm in ("في", "خلال")


def _subject_between(
    actors: Sequence[tuple[int, int] | None], triggers: Sequence[Trigger], verb: int, noun: int
) -> int:
    """The words of the verb's subject standing between it and the noun (``قضت محكمة تابعة للسلطات
    في العاصمة بإعدام``): the verb's own phrase, not words apart from it."""
    span = actors[verb] if verb < len(actors) else None
    if span is None or not triggers[verb].last < span[0] <= span[1] < triggers[noun].first:
        return 0
    return span[1] - span[0] + 1
