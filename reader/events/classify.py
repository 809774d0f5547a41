"""Pass 4, types: which triggers are events, and of which type.

- A negated trigger (``لم يزر``) is no event; nor is a hypothetical one (``قد يزور``, ``مستعد
  لزيارة``, ``دعا إلى عقد اجتماع``) or a report inside a quotation.
- A statement takes the type of what it says: an accusation, a denial or a warning in its
  complement (``قال إن روسيا مسؤولة عن الهجوم`` is an accusation); a report by a court or a
  judge is a measure (``رفض القاضي الدعوى``).
- A mention is strong when it reports an event by itself: a finite verb outside a description,
  a noun governed by a light verb, dated, announced, or told with its agent; a weak one only
  recalls an event told elsewhere (``الهجوم`` again).
- A report of the speaker's own act (``أعلن المغرب قطع العلاقات``, ``أعلنت الوزارة أنها فرضت``)
  is that act alone: the report is dropped and the act takes its actor.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, count, pairwise
from operator import attrgetter, or_
from typing import NamedTuple

from reader.events.frames import attributing, function_word, purpose_before
from reader.events.lexicon import Lexicon, rule_lemmas, rule_words
from reader.events.mention import Frame, Trigger
from reader.events.morphology import owned_stems, present_verb_shape, without_conjunction
from reader.events.parties import is_medium, parties, radio_station, same_party
from reader.events.triggers import CARDINALS, IMPERSONAL, light_after, reads_as_its_noun
from reader.model import Timex
from reader.text.tokens import SentenceText, Token

SPEECH_TYPES = ("statement", "accusation", "denial", "warning")
_ACCUSING = rule_lemmas("accusing_lemmas")  # اتهمه بأنه: its object is whom a pronoun after it names
_VOTES = rule_lemmas("vote_lemmas")  # a legislature's vote (رفض الكونغرس المشروع); its words stay words
OWN_ACT_REACH = 4  # tokens from a pronoun complementizer to the act it introduces


class Decision(NamedTuple):
    """What pass 4 made of a trigger: its type (None: no event), and the report whose own act it is."""

    type: str | None
    announced_by: int | None = None  # the report trigger whose speaker did this act
    absorbed: bool = False  # a report reduced to the act it announces, or to the type of its content
    recall: bool = False  # an act named by an accusation or a denial: it recalls an act, it tells none
    dated_by: int | None = None  # an attribution after it (حسبما أعلن الوزير الخميس) whose date it takes
    announces: bool = False  # a report reduced to the act it announces: its speaker may go on speaking
    told_by: int | None = None  # the report that tells this death as its object, not its speaker's act


def classify(
    text: SentenceText,
    triggers: Sequence[Trigger],
    frames: Sequence[Frame],
    quoted: Sequence[bool],
    actors: Sequence[tuple[int, int] | None],
    lex: Lexicon,
    blocked: frozenset[int] = frozenset(),
    held: frozenset[str] | None = None,
) -> list[Decision]:
    """The decision for each trigger of a sentence (``blocked``: tokens of dates and datelines;
    ``held``: the word lists its words are in, when the caller has them: a rule that looks for a
    list no word is in is not run)."""
    tokens = text.tokens
    if held is None:
        held = frozenset().union(*lex.classes_of(text))
    habits = not held.isdisjoint(_HABIT_LISTS)
    decisions = [_basic(t, f, q) for t, f, q in zip(triggers, frames, quoted, strict=True)]
    sentence = _Sentence(tokens, text.norm, triggers, decisions)
    reported = _reported_by(frames)
    for n, trigger in enumerate(triggers):
        kind = decisions[n].type
        if kind is not None and _ruled_out(tokens, trigger, kind, actors[n], habits, lex, sentence, blocked):
            decisions[n] = Decision(None)
            sentence.no_longer_an_attack(trigger)
    for n, trigger in enumerate(triggers):
        decision = decisions[n]
        if decision.type is None or not trigger.entry.report:
            continue
        if trigger.pos == "participle":
            if decision.type == "statement" and _rejects_accusation(tokens, trigger, lex):
                decisions[n] = Decision("denial")  # رافضا الاتهامات: a denial, as رفض الاتهامات
            continue
        actor = actors[n]
        if actor is not None and _non_speaker(tokens, actor, lex):
            decisions[n] = Decision(None)  # تؤكد الوقائع، تشير الأرقام الرسمية: facts are no speaker
            continue
        court = actor is not None and _judicial(tokens, actor, lex, "judicial_heads")
        said = decision.type == "statement"
        words = court and said and _says_that(trigger, frames[n])  # أكدت النيابة أن، قال القاضي إن: no ruling
        legislature = (
            said
            and trigger.entry.lemma in _VOTES
            and actor is not None
            and _judicial(tokens, actor, lex, "legislatures")
        )
        by_decision = not held.isdisjoint(_DECISION_LISTS) and _by_decision(tokens, trigger, lex)
        ruling = court and not words and (decision.type == "statement" or trigger.entry.lemma in _COURT_ACCUSATIONS)
        ruling = ruling or (trigger.pos == "passive" and trigger.entry.lemma == _CONVICTING)  # وأدين المتهمون
        if decision.type in ("statement", "accusation") and (ruling or legislature or by_decision):
            # رفض القاضي الدعوى، رفض الكونغرس المشروع; a legislature's condemnation stays an accusation
            decisions[n] = Decision("measure")
            continue
        own = _own_act(tokens, triggers, frames, decisions, n, lex, actor, blocked, reported[n])
        if own is None:
            own = _party_act(tokens, triggers, frames, decisions, actors, n, lex, reported[n])
        if own is not None and quoted[own]:
            own = None  # قالت إن بلادها "قتلت الإرهابيين": words quoted, no act told
        if own is not None and _a_death(tokens, triggers[own]):
            decisions[own] = decisions[own]._replace(told_by=n)  # أعلنت السلطات مقتل خمسة: not who killed
            own = None
        if own is not None and actor is not None and (_medium(tokens, actor, lex) or tokens[actor[0]].norm in _SOURCES):
            decisions[own] = decisions[own]._replace(told_by=n)  # أعلنت وسائل إعلام عن اختطاف طائرة: others'
            own = None
        if own is not None and _agent_named(tokens, triggers[own], actors[own], actor):
            decisions[own] = decisions[own]._replace(told_by=n)  # أعلن المجلس فوز المرشح: the candidate's
            own = None
        if own is not None and trigger.entry.lemma in _ACCUSING:
            decisions[own] = Decision(None)  # اتهمه بأنه قصف المدينة: the pronoun is the accused; what he is
            continue  # accused of is the accusation's content, no act of the speaker's
        if own is not None:
            decisions[own] = Decision(triggers[own].type, announced_by=n)
            decisions[n] = Decision(None, absorbed=True, announces=True)
            continue
        if words:
            continue  # a court's words keep their type: its findings are no accusation of the speaker's
        if decision.type == "statement" and _rejects_accusation(tokens, trigger, lex):
            decisions[n] = Decision("denial")  # رفض ... اتهامات الرباط
        elif decision.type == "statement":
            decisions[n] = Decision(_content_type(tokens, triggers, frames, decisions, n, lex, actors, reported[n]))
    _verbal_attacks(tokens, triggers, frames, decisions, actors)
    _attributions(tokens, triggers, frames, decisions, actors, lex)
    _reasons_given(triggers, frames, decisions, actors)
    _sources(triggers, decisions)
    if not held.isdisjoint(_INSTRUMENT_LISTS):
        _instruments(tokens, triggers, frames, decisions, lex)
    _what_came(tokens, triggers, decisions)
    _provided_for(tokens, triggers, decisions, blocked)
    _undone(tokens, triggers, decisions)
    _postponed_to(tokens, triggers, decisions)
    _included(tokens, triggers, decisions, lex)
    _threatened(triggers, frames, decisions)
    _describing(triggers, frames, decisions)
    _sourced_only(triggers, decisions)
    _signed_documents(tokens, triggers, decisions)
    _convictions(tokens, triggers, decisions)
    for n, decision in enumerate(decisions):
        reporter = frames[n].reporter
        denied = reporter is not None and decisions[reporter].type == "denial"
        if decision.type is not None and denied and (not triggers[n].entry.report or triggers[n].verbal):
            decisions[n] = Decision(decision.type, recall=True)  # نفت الوزارة قصف المدينة، نفى أن يكون طلب: denied
    return decisions


_MANY = rule_words("many_words")
TALLY = 10  # a count of acts from which it is a tally of many, not an act told (3 هجمات، يومي 17 و18 are acts)


def _counted_many(tokens: Sequence[Token], first: int, blocked: frozenset[int]) -> bool:
    """An act's noun counted by ten or more (``276 اعتداء``، ``1584 زيارة``) or by tens, hundreds
    or thousands (``عشرات الهجمات``): a tally of many acts, no event of its own (a number in a
    date, ``28 جانفي 2017 اجتماع``, counts nothing)."""
    if first == 0 or first - 1 in blocked:
        return False
    before = tokens[first - 1]
    if before.number:
        return int(before.norm) >= TALLY and not (first > 1 and tokens[first - 2].norm in ("يوم", "يومي"))
    return before.norm in _MANY or (first > 1 and f"{tokens[first - 2].norm} {before.norm}" in _MANY)


def _many_visited(tokens: Sequence[Token], after: int, blocked: frozenset[int]) -> bool:
    """Ten places or more counted right after a visit's noun (``زيارة 160 مدجنة``): a round of
    inspections, told as a tally (a number in a date names no places)."""
    if after >= len(tokens) or after in blocked:
        return False
    token = tokens[after]
    return token.number and token.norm.isdigit() and int(token.norm) >= TALLY


_ASPECT_VERBS = rule_words("aspect_verbs")  # ظل، مضى، عاد، بدأ: a verb before a present, "kept saying"


def _says_of_a_bare_noun(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon, blocked: frozenset[int]) -> bool:
    """A present verb of speech with no subject found, right after an indefinite word that is no
    particle, verb or date (``لافتات تطالب``، ``مواقع تدعو``، ``خطوطا إرشادية توضح``): it describes
    that thing, what it says or asks; no one speaks. Not after a verb of aspect (``ومضى يقول``)."""
    if not trigger.verbal or trigger.form.tense != "present" or trigger.prefix or trigger.first == 0:
        return False
    before = tokens[trigger.first - 1]
    norm = before.norm
    if trigger.first - 1 in blocked or not before.is_word or before.number or norm.startswith(("ال", "لل")):
        return False
    bare = without_conjunction(norm)
    if function_word(norm, lex) or lex.has("side_phrases", norm) or bare in _ASPECT_VERBS:
        return False
    if any(stem in _ASPECT_VERBS for stem in owned_stems(bare, ("ها", "هم", "ه"), least=2)):
        return False  # ما جعلها تنتقده: "made her", the pronoun the speaker
    return not lex.analyses(norm) and not present_verb_shape(norm)


def _ruled_out(
    tokens: Sequence[Token],
    trigger: Trigger,
    kind: str,
    actor: tuple[int, int] | None,
    habits: bool,
    lex: Lexicon,
    sentence: _Sentence,
    blocked: frozenset[int] = frozenset(),
) -> bool:
    """Whether the sentence rules out the event ``kind`` that the trigger's frame allows (the rules
    in turn, up to the first that holds; ``habits``: a word of ``_HABIT_LISTS`` is in the sentence;
    ``sentence``: its text and triggers, for the rules that look further; ``blocked``: the tokens of
    dates)."""
    if habits and (_habitual(tokens, trigger, lex, sentence) or _joined_to_a_habit(tokens, trigger, sentence, lex)):
        return True  # تعين الأمم المتحدة كل سنة فريقا: what is done every year
    if _demanded(tokens, trigger) or _joined_to_a_demand(tokens, trigger, sentence, lex):
        return True  # وقفة للمطالبة بإطلاق سراحهم أو محاكمتهم: what is asked for, not done
    if not trigger.prefix and trigger.first > 1 and purpose_before(tokens, trigger.first):
        return True  # من أجل رفض القانون، بهدف لقاء نظيره: what one acts for (a verb's letters read as its noun)
    if trigger.pos == "noun" and sentence.proposes and _proposed(tokens, trigger):
        return True  # اقترحت النقابة تنظيم استفتاء، مقترح اللجنة لتمديد العمل: proposed, not done
    if kind == "statement" and actor is None and _says_of_a_bare_noun(tokens, trigger, lex, blocked):
        return True  # لافتات تطالب بالإفراج، مواقع تدعو للعنف: what a thing says or asks, no one speaking
    if kind == "accusation" and trigger.pos == "participle" and _the_accused(tokens, trigger, lex):
        return True  # أحكام بحق متهمين، ضد المتهم: the accused themselves, no one accusing
    if kind == "visit" and _a_tally_of_travellers(tokens, trigger, lex):
        return True  # زار المدينة 800 ألف زائر، 30 ألف مهاجر وصلوا: a statistic, no one's trip
    if kind == "attack" and actor is not None and _a_force(tokens, actor[0], trigger, lex):
        return True  # اجتاح وباء الكوليرا المحافظات، اجتاحت موجة من البرد: no one attacks
    struck = kind == "attack" and actor is None and tokens[trigger.first].norm.endswith("ت")
    if struck and _struck_by_nature(tokens, trigger, lex):
        return True  # ضربت اليوم هزة أرضية المنطقة، الأمطار التي ضربت المدينة: no one strikes
    if kind == "attack" and actor is not None and trigger.verbal and trigger.enclitic and _road_vehicle(tokens, actor):
        return True  # دهسته سيارة، صدمتها شاحنة: one run over by a vehicle, an accident
    if kind == "visit" and actor is not None and without_conjunction(tokens[actor[0]].norm) in _VEHICLES_AND_PLACES:
        return True  # غادرت الطائرة المطار، استقبل المستشفى المصابين: a vehicle's trip, a place's patients
    if actor is not None and trigger.verbal and trigger.form.tense == "present" and _a_text(tokens, actor):
        return True  # يحظر القانون بيع الكحول، يطالب مشروع القانون المدرسين: what a text provides, no act
    if trigger.verbal and trigger.form.tense == "present" and trigger.first > 0 and _a_text_before(tokens, trigger):
        return True  # ليس في القانون فصل يناقش المسألة: a verb describing a text, what the text is about
    if kind == "meeting":
        fronted = (0, trigger.first - 1) if 0 < trigger.first <= FRONTED_WORDS else None  # "الشروق.نت" التقت
        if any(_medium(tokens, s, lex) for s in (actor, fronted) if s is not None):
            return True  # التقت الصحيفة الوزير: an interview, told by what was said
        if trigger.pos == "noun" and (
            _to_a_medium(tokens, trigger.last + 1, lex)
            or _a_call_to_a_medium(tokens, trigger, lex)
            or _with_a_medium(tokens, trigger.last + 1, lex)
        ):
            return True  # حوار لقناة تلفزية، مكالمة هاتفية مع الإذاعة، لقاء لها عبر قناة: an interview
    if trigger.pos == "noun" and trigger.first > 0 and tokens[trigger.first - 1].norm in _CHARGES:
        return True  # وجهت النيابة للمتهمين تهم الاعتداء: the charge, no act told
    if trigger.pos == "noun" and trigger.first > 0 and tokens[trigger.first - 1].norm in _ANY:
        return True  # لم يتلق أي استدعاء، دون أي رفض: any such act, none in particular
    acted = kind != "warning" and (kind not in SPEECH_TYPES or trigger.pos == "noun")  # a threat is conditional
    if acted and sentence.conditional and _on_a_condition(tokens, trigger, sentence.verbs(), lex):
        return True  # سيغلق المعبر إذا رفضوا، اجتماع غدا إذا قبلت: an act on a condition after it
    if trigger.entry.report and trigger.verbal and trigger.form.tense == "present" and _yet_to_say(tokens, trigger):
        return True  # لا تستطيع أن تؤكد، على أمل أن توضح التحريات: what is yet to be said
    if trigger.pos == "noun" and trigger.prefix[:1] == "و" and sentence.charges and _charged(tokens, trigger.first):
        return True  # تهمة الانتماء لخلية والهجوم على مركز: one more charge of the list
    if trigger.pos == "noun" and trigger.first > 0 and tokens[trigger.first - 1].norm in _LISTS:
        return True  # أدرجته على لائحة العقوبات: the kind of list, no act told
    if trigger.pos == "noun" and _a_practice(tokens, trigger, lex):
        return True  # عصابة متخصصة في سرقة المنازل، لمناهضة الإرهاب والاغتيال: no act told
    if trigger.pos == "noun" and trigger.light is None and _counted_many(tokens, trigger.first, blocked):
        return True  # تم تسجيل 276 اعتداء، عقد القادة 33 قمة، عشرات الزيارات: a tally, no one act
    if kind == "visit" and trigger.pos == "noun" and actor is None and _many_visited(tokens, trigger.last + 1, blocked):
        return True  # تمت زيارة 160 مدرسة: a round of many places by no one named, no visit
    if trigger.pos == "noun" and trigger.light is None and _rated(tokens, trigger.first):
        return True  # تراجع معدل جرائم القتل، نسبة الاعتداءات: a rate of acts, no one act
    if trigger.verbal and trigger.prefix.endswith("س") and trigger.entry.lemma in _PREDICTED:
        return True  # إن الحزب سيفوز بالانتخابات: an outcome foretold, no plan announced
    if trigger.entry.lemma in _TOLD_IN_DOCUMENT and trigger.prefix.endswith("ال"):
        return True  # وجاء في البيان: the statement told before, its words going on
    if kind == "meeting" and trigger.entry.lemma in _SEARCHES and _searching(tokens, trigger):
        return True  # وتبحث الحكومة ... عن مشتر: looking for something, no talks
    if trigger.pos == "noun" and _failed(tokens, trigger):
        return True  # فشل التنظيم في شن هجمات، عجز المسلحون عن اقتحام الثكنة: the act did not happen
    if _not_a_verb_here(tokens, trigger, lex):
        return True
    if trigger.pos == "noun" and trigger.prefix.endswith("ب") and _known_for(tokens, trigger.first):
        return True  # الصحفي المعروف بانتقاده للحكومة: what someone is known for, no act told
    if kind == "warning" and trigger.pos == "participle" and _under_threat(tokens, trigger):
        # العائلات مهددة بالترحيل: at risk of it, no one warning (but what a speaker says is at risk
        # he warns of: واعتبر أن البلاد مهددة بالانهيار)
        return sentence.first_report_verb() >= trigger.first
    if trigger.pos == "noun" and trigger.entry.lemma == "مقاطعة" and _a_province(tokens, trigger, lex):
        return True  # بمقاطعة يونان، مديرية مقاطعة روستوف: a province, no boycott
    # لقي ثلاثة حتفهم في حادث غرق مركب: deaths in an accident
    casualties = trigger.entry.outcome or trigger.entry.undergoer  # مقتل، سقوط قتلى
    return kind == "attack" and casualties and _by_accident(tokens, trigger, lex, sentence)


_PRONOUNS_BEFORE_NOUN = rule_words("pronouns_before_noun")
_OPENS_CLAUSE = rule_words("demonstrative_subject_openers")  # words after which a demonstrative is a subject
_IT_IS_NOTED = rule_words("it_is_noted")
_AN_WITH_PAST = rule_words("an_with_past")
_SABAQA = rule_words("sabaqa_verbs")  # سبق لـX أن فعل: X did once
SABAQA_REACH = 14  # tokens from سبق to أن and its verb


def _not_a_verb_here(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon) -> bool:
    """Readings of a trigger's word that its neighbours rule out: a bare past form right after هو/وهو
    or أنّ is a noun (``هو أمر طبيعي``، ``وهو طالب``، ``أن توجه الحكومة``; not after بعد أن); ``يذكر
    أن`` opening a sentence is "it is noted that", no one speaking; ``متهم ب`` is "accused of"."""
    if trigger.verbal and not trigger.prefix:  # the rules on a bare verb's neighbours
        ruled_out = _bare_verb_ruled_out(tokens, trigger, lex)
        if ruled_out is not None:
            return ruled_out
    if trigger.first == 0 and tokens[0].norm in _IT_IS_NOTED and _after(tokens, trigger) in _THAT:
        return True
    return trigger.pos == "participle" and trigger.entry.lemma == "اتهم" and _after(tokens, trigger)[:1] == "ب"


_THAT = ("ان", "انه", "انها", "انهم")


def _struck_by_nature(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon) -> bool:
    """A natural force right before a verb that struck (``الأمطار التي ضربت``) or among the few
    words after it (``ضربت اليوم هزة أرضية``), or a quake's magnitude just before it (``هزة أرضية
    بقوة 4 درجات ضربت``، ``على سلم ريشتر``): the verb's subject, no attacker."""
    start, end = max(0, trigger.first - NATURE_BEFORE), min(len(tokens), trigger.last + 1 + NATURE_AFTER)
    if any(_a_force(tokens, k, trigger, lex) for k in range(start, end) if k != trigger.first):
        return True
    for k in range(max(0, trigger.first - MAGNITUDE_BEFORE), trigger.first):
        if tokens[k].norm == "ريشتر":
            return True  # على سلم ريشتر
        if k + 2 < trigger.first and tokens[k].norm == "بقوه" and tokens[k + 2].norm.startswith("درج"):
            return True  # بقوة 4 درجات
    return False


def _a_force(tokens: Sequence[Token], k: int, trigger: Trigger, lex: Lexicon) -> bool:
    """Word ``k`` is a natural force (``الزلزال``، ``السيول``) or a wave (``موجة``, ب written
    before it or not) that struck (``اجتاحت موجة من البرد``، ``بموجة الغضب التي ضربت``); not
    a wave of the attacks the trigger names (``موجة من الهجمات``، ``موجة هجمات``)."""
    norm = tokens[k].norm
    if lex.has("natural_forces", norm):
        return True
    wave = without_conjunction(norm) in _WAVES or (norm[:1] == "ب" and norm[1:] in _WAVES)
    return wave and not 0 < trigger.first - k <= WAVE_OF


_WAVES = rule_words("wave_words")
WAVE_OF = 2  # words from a wave to the attacks it is a wave of (موجة من الهجمات)
NATURE_BEFORE = 3  # words before a verb of striking: its subject, an adjective and a relative pronoun
NATURE_AFTER = 6  # words after it: a date, then its subject
MAGNITUDE_BEFORE = 8  # words before it where a magnitude may stand (بقوة 5 درجات حسب سلم ريشتر ثم ضربت)


def _known_for(tokens: Sequence[Token], first: int) -> bool:
    """``المعروف`` (known) right before the act's noun with its ب: a description of someone."""
    return first > 0 and without_conjunction(tokens[first - 1].norm) in _KNOWN_FOR


_KNOWN_FOR = rule_words("known_for_words")  # المعروف، المشهورة: known for what follows ب


def _under_threat(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """A passive participle of threatening before ب (``مهددة بالترحيل``، ``مهددون بالطرد``): at risk of
    it; the active one (``خرج مهددا بالاستقالة``, in the accusative) warns."""
    word = tokens[trigger.last]
    after = tokens[trigger.last + 1].norm if trigger.last + 1 < len(tokens) else ""
    return word.norm.startswith("مهدد") and not word.norm.endswith("ا") and after[:1] == "ب" and len(after) > 3


def _a_province(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon) -> bool:
    """مقاطعة as a province: where (after ب; after في the entry's excludes already tell it) or whose
    office (after a body's head: مديرية، حاكم), before a name no list knows (not a country: مقاطعة
    إسرائيل; not a plural or a noun with the article: بمقاطعة المنتجات، بمقاطعة الانتخابات)."""
    if trigger.enclitic or trigger.prefix.endswith("ال") or trigger.last + 1 >= len(tokens):
        return False
    before = tokens[trigger.first - 1].norm if trigger.first > 0 else ""
    body = before[1:] if before[:1] in ("ل", "ب") and len(before) > 4 else before  # لمديرية مقاطعة
    where = trigger.prefix.endswith("ب") or lex.has("institution_heads", body)
    where = where or lex.has("titles", before)  # حاكم مقاطعة كيبيك
    name = tokens[trigger.last + 1]
    norm = name.norm
    return (
        where
        and name.is_word
        and not norm.startswith("ال")
        and (norm,) not in lex.parties
        and not norm.endswith(("ات", "ين", "ون"))
        and not lex.classes(norm)
        and not lex.analyses(norm)
    )


def _after(tokens: Sequence[Token], trigger: Trigger) -> str:
    """The word after the trigger, or "" at the sentence's end."""
    return tokens[trigger.last + 1].norm if trigger.last + 1 < len(tokens) else ""


def _bare_verb_ruled_out(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon) -> bool | None:
    """What ``_not_a_verb_here`` says of a verb with no prefix from the words before it, or None
    when they say nothing (the rules after them then decide)."""
    before = tokens[trigger.first - 1].norm if trigger.first > 0 else ""
    two_before = tokens[trigger.first - 2].norm if trigger.first > 1 else ""
    past = trigger.form.tense == "past"
    if past and before in _PRONOUNS_BEFORE_NOUN:
        return True
    if trigger.first > 0 and _a_count(tokens[trigger.first - 1]):
        return not tokens[trigger.first].norm.endswith(_VERB_ENDINGS)  # 250 طالب لجوء; not 7 فجروا أنفسهم
    if past and lex.has("anaphors", before):
        opens = trigger.first < 2 or not tokens[trigger.first - 2].is_word or two_before in _OPENS_CLAUSE
        return opens or before[:1] == "و"  # وهذا أمر، أن ذلك أمر منطقي; not بعد ذلك أعلن، في ذلك أكدا
    if past and _after_continuing_verb(tokens, trigger.first):
        return True  # واصلت القنوات نشر الخبر: the continuing verb's object, a verbal noun, no second verb
    if past and without_conjunction(before) in _MODALS_BEFORE_NOUN:
        return True  # لا يمكن نفي الخبر، يجب طرد: a modal takes a verbal noun (or أن), never a past verb
    if past and before in ("ان", "وان"):
        earlier = {t.norm for t in tokens[max(0, trigger.first - SABAQA_REACH) : trigger.first - 2]}
        verb_after = two_before in _AN_WITH_PAST or not earlier.isdisjoint(_SABAQA)  # سبق للرئيس، أن أعلن
        return not verb_after  # أكد أن توجه الحكومة: أنّ takes a noun; بعد أن توجه، سبق أن قطع: a verb
    return None


_VERB_ENDINGS = ("وا", "ت", "ا", "ن")  # a past form with a subject's ending is a verb, counted nouns are bare
_MODALS_BEFORE_NOUN = rule_words("modals_before_noun")  # يمكن، يجب، ينبغي: their verbal noun after them
_CONTINUING_VERBS = rule_words("continuing_verbs")  # واصل، بدأ، استأنف: a verbal noun their object
CONTINUED_SUBJECT_WORDS = 3  # words of the subject between a continuing verb and its verbal noun


def _after_continuing_verb(tokens: Sequence[Token], first: int) -> bool:
    """A verb of going on or starting (``واصلت``، ``بدأت``، ``استأنف``) a few words before, its subject
    between them (``واصلت القنوات نشر``): the past form at ``first`` is its object's verbal noun."""
    if tokens[first].norm.endswith(_VERB_ENDINGS):
        return False  # وواصلت الشرطة أن اللصوص اقتحموا: a verb with its subject's ending is one
    for k in range(first - 2, max(-1, first - 2 - CONTINUED_SUBJECT_WORDS), -1):
        if not tokens[k + 1].is_word or tokens[k + 1].norm in _THAT:
            return False
        if without_conjunction(tokens[k].norm) in _CONTINUING_VERBS:
            return True
    return False


def _a_count(token: Token) -> bool:
    """A number that counts (``250``), not a year (``في 1987 انتخب``)."""
    digits = token.norm
    return token.number and not (len(digits) == 4 and digits.isdigit() and "1" <= digits[0] <= "2")


def _basic(trigger: Trigger, frame: Frame, quoted: bool) -> Decision:
    if frame.negated:
        return Decision(None)
    if frame.hypothetical and not (trigger.entry.report and trigger.verbal and not frame.future and not frame.modal):
        return Decision(None)
    if quoted and trigger.entry.report:
        return Decision(None)
    if frame.attributive and trigger.entry.report:
        return Decision(None)
    if trigger.entry.report and trigger.verbal and frame.which:
        return Decision(None)  # ما يؤكد، مما يشير إلى: "which confirms" is no one speaking
    present = trigger.form.tense == "present"
    if present and trigger.verbal and frame.circumstantial and trigger.entry.report:
        return Decision(None)  # وهو يتحدث بانفعال: how the speaker was as they spoke, no second report
    if trigger.type == "statement" and trigger.verbal and frame.reporter is not None and present:
        return Decision(None)  # يقول المحللون إن التحركات تشير إلى: what is said, no one speaking
    if trigger.entry.report and frame.future:
        return Decision(None)  # سيعلن، ستلفت الانتباه: what someone will say is not said yet
    if frame.future and frame.relative and trigger.pos == "noun":
        return Decision(None)  # المنازل التي سيتم اقتحامها: a plan that describes, not one announced
    return Decision(trigger.type)


def _non_speaker(tokens: Sequence[Token], actor: tuple[int, int], lex: Lexicon) -> bool:
    """Facts, figures or a document as a verb's subject (``non_speakers``), alone or with a nisba
    adjective (``الأرقام الرسمية``، ``النتائج الأولية``)."""
    first = actor[0] + 1 if actor[0] < actor[1] and tokens[actor[0]].norm in _LATEST else actor[0]
    if not lex.has("non_speakers", tokens[first].norm):
        return False  # (آخر الاستطلاعات، أحدث الأرقام: the latest of them)
    rest = [tokens[k].norm for k in range(first + 1, actor[1] + 1)]
    return len(rest) <= 1 and all(w.startswith("ال") and w.endswith(("يه", "ي")) for w in rest)


_LATEST = rule_words("latest_words")  # آخر، أحدث: before facts or figures, the newest of them


def _a_practice(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon) -> bool:
    """An act's noun that names a practice (``practice_heads``): what is fought, marked or
    specialised in (``مكافحة الاختطاف``، ``متخصصة في سرقة``), also the second of two such nouns
    (``لمناهضة الإرهاب والاغتيال``)."""
    k = trigger.first - 1
    if trigger.prefix[:1] == "و" and k > 0 and tokens[k].is_word:
        k -= 1  # the noun it is coordinated with
    if k > 0 and tokens[k].norm == "في":
        k -= 1
    if k < 0:
        return False
    norm = tokens[k].norm
    words = [norm, norm[1:] if norm[:1] in ("ل", "و", "ب") else norm]
    two = f"{tokens[k - 1].norm} {norm}" if k > 0 else ""
    return any(lex.has("practice_heads", w) for w in words) or (bool(two) and lex.has("practice_heads", two))


_TEXTS = rule_words("provision_texts")


def _a_text(tokens: Sequence[Token], actor: tuple[int, int]) -> bool:
    """A law, a bill, a treaty or one of their articles as the subject (``provision_texts``; with
    or without the و/ف it may begin with: فصل): with a present verb, what the text provides
    (``تحظر المعاهدة``، ``يلغي القرار``), no one's act."""
    written = tokens[actor[0]].norm
    return any(
        (norm[2:] if norm.startswith("ال") else norm) in _TEXTS for norm in (written, without_conjunction(written))
    )


def _a_text_before(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """A text's noun or its article (``provision_texts``, ``بنود``) right before a present verb with
    no و: the verb describes what the text says."""
    if trigger.prefix[:1] in ("و", "ف"):
        return False
    return _a_text(tokens, (trigger.first - 1, trigger.first - 1))


_PREDICTED = rule_lemmas("prediction_lemmas")  # outcomes: told as to come, a forecast, never a plan
_TOLD_IN_DOCUMENT = rule_lemmas("told_in_document_lemmas")  # جاء في بيان: a statement by its document
_SEARCHES = rule_lemmas("search_lemmas")  # بحث: discussed (with مع), or looked for (with عن)
_SEARCH_VERBS = rule_words("search_verbs")  # its forms that may look for: بحث، يبحث، تبحث...
SEARCH_REACH = 12  # words after the verb to the first of its prepositions


def _searching(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """بحث (not ناقش، تشاور) whose first of مع and عن after it is عن (``تبحث الشركتان الرائدتان في
    المجال عن شريك``): it looks for something, it discusses nothing."""
    if without_conjunction(tokens[trigger.first].norm) not in _SEARCH_VERBS:
        return False
    for k in range(trigger.last + 1, min(len(tokens), trigger.last + 1 + SEARCH_REACH)):
        norm = tokens[k].norm
        if norm in ("مع", "عن"):
            return norm == "عن"
        if not tokens[k].is_word and norm not in ("،", ","):
            return False
    return False


_FAILING = rule_words("failing_verbs")
FAILED_REACH = 6  # words of a subject and an adverb between the failing verb and its preposition


def _failed(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """An act's noun (or its light verb) after في/عن of a verb of failing a few words before
    (``فشل التنظيم حتى الآن في شن هجمات``، ``عجزت القوات عن اقتحام``، ``أخفق في التوصل``): the
    act was not done."""
    k = (trigger.light if trigger.light is not None else trigger.first) - 1
    if k < 1 or tokens[k].norm not in ("في", "عن"):
        return False
    for j in range(k - 1, max(-1, k - 1 - FAILED_REACH), -1):
        if not tokens[j].is_word:
            return False
        if tokens[j].norm in _FAILING or without_conjunction(tokens[j].norm) in _FAILING:
            return True  # (فشل itself begins with ف)
    return False


_RATE_HEADS = rule_words("rate_heads")
_ACT_KINDS = rule_words("act_kind_nouns")


def _rated(tokens: Sequence[Token], first: int) -> bool:
    """An act's noun that a rate, a share or a number is of (``معدل جرائم القتل``، ``نسبة
    الاعتداءات``، ``عدد الهجمات``): figures of many acts, none told (not a toll, ``حصيلة الهجوم``,
    which is one act's; not ``عدد من``, some acts; not أعداد, which normalises as إعداد, preparing)."""
    k = first - 1
    if k > 0 and tokens[k].norm in _ACT_KINDS:
        k -= 1  # معدل جرائم القتل: the kind of acts between
    if k < 0:
        return False
    norm = tokens[k].norm
    return norm in _RATE_HEADS or (len(norm) > 3 and norm[0] in "وبل" and norm[1:] in _RATE_HEADS)


class _Sentence:
    """What the rules that look past a trigger's neighbours read of its sentence, read once a
    sentence (a rule run for each trigger that looked over the whole sentence made a long one cost
    the square of its length)."""

    def __init__(
        self, tokens: Sequence[Token], norm: str, triggers: Sequence[Trigger], decisions: Sequence[Decision]
    ) -> None:
        self.norm = norm  # its normalised text, searched before any word-by-word search
        self.triggers = triggers  # in order, apart
        self.decisions = decisions  # as the rules change them
        self.proposes = PROPOSAL_GATE in norm  # some word may propose
        self.conditional = "اذا" in norm or "في حال " in norm  # some word may set a condition
        self.charges = "تهم" in norm  # some word may name charges
        self.tokens = tokens
        self._verbs: frozenset[int] | None = None
        self._verb_starts: list[int] | None = None
        self._presents: list[Trigger] | None = None
        self._present_starts: list[int] = []
        self._demand_ends: list[int] | None = None
        self._first_report_verb: int | None = None
        self._last_when_word: int | None = None
        self._sure_accident: bool | None = None
        self._sure_accident_at: list[int] | None = None
        self._attacks: list[int] | None = None

    # each read on a rule's first need: most sentences need none of them

    def verbs(self) -> frozenset[int]:
        """Where its verbs and participles start."""
        if self._verbs is None:
            self._verbs = frozenset(t.first for t in self.triggers if t.verbal or t.pos == "participle")
        return self._verbs

    def verb_starts(self) -> list[int]:
        """Where its verbs start, in order."""
        if self._verb_starts is None:
            self._verb_starts = [t.first for t in self.triggers if t.verbal]
        return self._verb_starts

    def demand_ends(self) -> list[int]:
        """Where its demanded acts' nouns end (``_demanded``), in order."""
        if self._demand_ends is None:
            self._demand_ends = sorted(t.last for t in self.triggers if _demanded(self.tokens, t))
        return self._demand_ends

    def first_report_verb(self) -> int:
        """Where its first report verb starts (past its end: none)."""
        if self._first_report_verb is None:
            self._first_report_verb = next(
                (t.first for t in self.triggers if t.entry.report and t.verbal), len(self.tokens)
            )
        return self._first_report_verb

    def last_when_word(self, lex: Lexicon) -> int:
        """Where its last word of time (``when_words``: عندما) stands (-1: none)."""
        if self._last_when_word is None:
            self._last_when_word = next(
                (k for k in range(len(self.tokens) - 1, -1, -1) if lex.has("when_words", self.tokens[k].norm)), -1
            )
        return self._last_when_word

    def sure_accident(self, lex: Lexicon) -> bool:
        """Whether a word of the sentence may name a sure accident (``sure_accident_words``)."""
        if self._sure_accident is None:
            self._sure_accident = any(word in self.norm for word in lex.words["sure_accident_words"])
        return self._sure_accident

    def present_before(self, trigger: Trigger) -> Trigger | None:
        """The last present verb before the trigger."""
        if self._presents is None:
            self._presents = [t for t in self.triggers if t.verbal and t.form.tense == "present"]
            self._present_starts = [t.first for t in self._presents]
        at = bisect_left(self._present_starts, trigger.first)
        return self._presents[at - 1] if at else None

    def sure_accident_at(self, lex: Lexicon) -> list[int]:
        """Where a word that only names an accident stands (not the anaphoric ``الحادث``), in order."""
        if self._sure_accident_at is None:
            self._sure_accident_at = [
                k
                for k, token in enumerate(self.tokens)
                if token.norm not in _ANAPHORIC_ACCIDENT and _accident_word(token.norm, lex, "sure_accident_words")
            ]
        return self._sure_accident_at

    def attacks(self) -> list[int]:
        """Where the sentence tells an attack itself, not its dead (a cause nearer a death than an
        accident), in order: read once, then kept as the rules rule attacks out."""
        if self._attacks is None:
            self._attacks = [
                t.first
                for t, d in zip(self.triggers, self.decisions, strict=True)
                if d.type == "attack" and not t.entry.outcome
            ]
        return self._attacks

    def no_longer_an_attack(self, trigger: Trigger) -> None:
        """The rules have ruled out the trigger's event."""
        if self._attacks is not None:
            at = bisect_left(self._attacks, trigger.first)
            if at < len(self._attacks) and self._attacks[at] == trigger.first:
                del self._attacks[at]


def _any_within(places: list[int], start: int, stop: int) -> bool:
    """Whether one of the ordered ``places`` is in ``[start, stop)``."""
    at = bisect_left(places, start)
    return at < len(places) and places[at] < stop


ACCIDENT_REACH = 10  # words after a death where the accident that caused it is named (مصرعهم أمس الأربعاء غرقا)
ACCIDENT_BEFORE = 12  # tokens before a death where the accident that caused it is named


def _by_accident(
    tokens: Sequence[Token],
    trigger: Trigger,
    lex: Lexicon,
    sentence: _Sentence,
) -> bool:
    """Deaths told with the accident that caused them (``في حادث غرق``، ``جراء انهيار مبنى``، ``حادث
    مرور ... أسفر عن مقتل``); not a fire someone set (``أضرم حريقا``). Near the death any accident
    word will do; further away, the nearest cause told on either side decides: a word that only
    names an accident (``sure_accident_words``: not سقوط النظام، عاصفة الحزم، انقلاب; not the
    anaphoric ``الحادث``, which tells an attack as often), or an attack the sentence tells, which
    ends the search on that side."""
    before = range(max(0, trigger.first - ACCIDENT_BEFORE), trigger.first)
    death = _required_after(tokens, trigger)  # لقي 11 شخصا اليوم مصرعهم: the death is مصرعهم
    after = range(death + 1, min(len(tokens), death + 1 + ACCIDENT_REACH))
    for k in (*before, *after):
        if _accident_word(tokens[k].norm, lex) and not _told_again(sentence.triggers, k, trigger):
            return not _set_on_purpose(tokens, k, lex)
    if not sentence.sure_accident(lex):
        return False  # no word of the sentence names a sure accident
    attacks, sure = sentence.attacks(), sentence.sure_accident_at(lex)
    # an attack told nearer than any accident further away ends the search on its side
    if not _any_within(attacks, before.start, before.stop):
        at = bisect_left(sure, before.start) - 1  # the nearest before
        if at >= 0 and not _any_within(attacks, sure[at], before.start):
            return not _set_on_purpose(tokens, sure[at], lex)
    if not _any_within(attacks, after.start, after.stop):
        at = bisect_left(sure, after.stop)  # the nearest after
        if at < len(sure) and not _any_within(attacks, after.stop, sure[at] + 1):
            return not _set_on_purpose(tokens, sure[at], lex)
    return False


def _told_again(triggers: Sequence[Trigger], k: int, trigger: Trigger) -> bool:
    """A trigger of the same sense as ``trigger`` starts at ``k`` (سقط قتلى ... بسقوط 52 قتيلا)."""
    at = _starting_at(triggers, k)
    return at is not None and triggers[at].entry is trigger.entry


def _required_after(tokens: Sequence[Token], trigger: Trigger) -> int:
    """Where the word the trigger's sense requires after it stands (``مصرع`` after ``لقي``), else
    the trigger's last token."""
    for context in trigger.entry.requires:
        if context.side != "after":
            continue
        for k in range(trigger.last + 1, min(len(tokens), trigger.last + 1 + 2 * context.window)):
            norm = tokens[k].norm
            if context.names(norm):
                return k
    return trigger.last


_ANAPHORIC_ACCIDENT = rule_words("anaphoric_accident_nouns")


def _accident_word(norm: str, lex: Lexicon, words: str = "accident_words") -> bool:
    """A word of the list ``words``, alone or after ال، و، ب، ل or لل (``للسقوط``)."""
    bare = norm[2:] if norm.startswith(("ال", "لل")) else norm[1:] if norm[:1] in "وبل" else norm
    return lex.has(words, norm) or lex.has(words, bare)


ARSON_REACH = 3  # words from أضرم to the fire it set (أضرم رجل حريقا)


def _set_on_purpose(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """A verb of setting fire shortly before the word at ``k`` (``أضرم رجل حريقا``): no accident."""
    return any(lex.has("arson_verbs", without_conjunction(tokens[j].norm)) for j in range(max(0, k - ARSON_REACH), k))


def _says_that(trigger: Trigger, frame: Frame) -> bool:
    """A report of words with a complement clause (``أكدت النيابة أن``): words said, by a court too
    (``أعلن``, ``قرر`` announce acts: أعلن الادعاء إخلاء سبيله)."""
    return frame.complement is not None and not trigger.entry.announces


CHARGE_REACH = 12  # words from a charge to the last act coordinated with it (تهمة القتل ... والاعتداء)


def _charged(tokens: Sequence[Token], at: int) -> bool:
    """A charge word a few words before ``at`` (``تهم``، ``بتهمة``), with only words and commas
    between: the noun at ``at`` is coordinated with the charge's act, one more count of it."""
    for k in range(at - 1, max(-1, at - 1 - CHARGE_REACH), -1):
        token = tokens[k]
        if token.norm in _CHARGES:
            return True
        if not token.is_word and token.norm not in ("،", ","):
            return False
    return False


# the accusations a court makes by ruling (أدانت المحكمة المتهم: convicted; اتهم الادعاء: charged); a
# judge who criticises, condemns or blames (انتقد القاضي الأمن) still accuses
_COURT_ACCUSATIONS = rule_lemmas("court_accusation_lemmas")
_CONVICTING = "دان"  # أدان: its passive (أُدين) is a conviction, a court's ruling with the court unnamed
_DECISION_LISTS = frozenset({"decision_nouns"})  # what _by_decision looks for
_HABIT_LISTS = frozenset(
    {"habitual_words", "habitual_units", "habitual_plural_units", "habitual_manners", "past_auxiliaries"}
)  # _habitual's
_MANNER_HEADS = ("بشكل", "بصفه", "بصوره")  # بشكل يومي، بصفة دورية: a habit's manner
_HABIT_STOPS = frozenset({"complementizers", "when_words"})  # lists that only keep _habitual from firing
HABITUAL_REACH = 6  # words after a present verb where كل سنة، سنويا make it a habit
PAST_HABIT_REACH = 4  # words before a present verb where كان makes it a past habit (كانت السلطات تمنع)


def _habitual(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon, sentence: _Sentence) -> bool:
    """A present verb told as a habit (``تعين الأمم المتحدة كل سنة فريقا``، ``يجتمع المجلس شهريا``).
    Run only when a word of the sentence is in ``_HABIT_LISTS``: a list read here belongs there."""
    head = trigger.light if trigger.light is not None else trigger.first
    if head >= 2 and tokens[head - 1].norm == "ما" and lex.has("habitual_words", tokens[head - 2].norm):
        return True  # وعادة ما توجه لإسرائيل انتقادات، غالبا ما يجتمع
    after = tokens[trigger.last + 1].norm if trigger.last + 1 < len(tokens) else ""
    if trigger.pos == "noun" and tokens[trigger.last].norm.endswith("ات") and lex.has("habitual_manners", after):
        return True  # تقع بينها اشتباكات متكررة، زيارات دورية: acts told as recurring, no one of them
    if not trigger.verbal or trigger.form.tense != "present" or trigger.prefix.endswith("س"):
        return False
    for k in range(trigger.first - 1, max(-1, trigger.first - 1 - PAST_HABIT_REACH), -1):
        if not tokens[k].is_word or lex.has("complementizers", tokens[k].norm):
            break
        if lex.has("past_auxiliaries", tokens[k].norm) and not tokens[k].norm.endswith("سبق"):
            # وكان القانون القديم يمنع: what was done then, as a rule; not كان يزور المدينة عندما وقع
            return sentence.last_when_word(lex) <= trigger.last
    k = trigger.last + 1
    for _ in range(HABITUAL_REACH):
        if k >= len(tokens) or not tokens[k].is_word:
            return False
        norm = tokens[k].norm
        if lex.has("habitual_words", norm):
            return True
        if norm in _MANNER_HEADS and k + 1 < len(tokens) and lex.has("habitual_manners", tokens[k + 1].norm):
            return True  # تهاجم الزوارق الصيادين بشكل يومي
        if norm == "كل" and k + 1 < len(tokens) and lex.has("habitual_units", tokens[k + 1].norm):
            return True
        plural = k + 2 < len(tokens) and lex.has("habitual_plural_units", tokens[k + 2].norm)
        if norm == "كل" and plural and _counted(tokens[k + 1]):
            return True  # تنعقد اللجنة كل ستة أشهر: every so many months
        k += 1
    return False


def _counted(token: Token) -> bool:
    """A number as digits or as a word (3، ثلاثة)."""
    return token.number or token.norm in CARDINALS


TALLY_REACH = 8  # tokens after a visit's word where thousands of travellers make it a statistic
TALLY_BEFORE = 3  # ...and before it (30 ألف مهاجر وصلوا)


def _a_tally_of_travellers(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon) -> bool:
    """Thousands who came or went (``زار المدينة 800 ألف زائر``، ``استقبل البلد 90 ألف لاجئ``،
    ``30 ألف مهاجر وصلوا``): a statistic, not a trip."""
    near = [
        *tokens[max(0, trigger.first - TALLY_BEFORE) : trigger.first],
        *tokens[trigger.last + 1 : trigger.last + 1 + TALLY_REACH],
    ]
    return any(t.is_word and lex.has("thousands_words", t.norm) for t in near)


def _demanded(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """An act's noun with ب right after the noun of a demand (``للمطالبة بإطلاق سراحهم``، ``مطالبته
    بمغادرة``، ``مطالب بإقالة``): what is asked for, not an act done (the verb, طالب بـ, is a
    statement whose words hold it already)."""
    if trigger.pos != "noun" or trigger.prefix.removesuffix("ال")[-1:] != "ب" or trigger.first == 0:
        return False  # بإطلاق، بالإفراج
    word = without_conjunction(tokens[trigger.first - 1].norm)
    return any(word.startswith(proclitic + "مطالب") for proclitic in ("", "لل", "بال", "ال", "ل", "ب"))


DEMAND_REACH = 8  # tokens from a demanded act's noun to one joined to it by و or أو
PROPOSAL_REACH = 4  # words from a proposal's word to the act's noun it proposes (اقترح مجددا تمديد العمل)


def _proposed(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """An act's noun a few words after a proposal's verb or noun, with no mark between (``اقترحت
    تنظيم استفتاء``، ``مقترح اللجنة لتمديد``، ``يقترح في خطته إلغاء``): proposed, not done."""
    for k in range(trigger.first - 1, max(-1, trigger.first - 1 - PROPOSAL_REACH), -1):
        if not tokens[k].is_word:
            return False
        word = without_conjunction(tokens[k].norm)
        word = word[1:] if word[:1] in ("ل", "ب") else word
        if word.removeprefix("ال").startswith(_PROPOSING):
            return True
    return False


_PROPOSING = tuple(rule_words("proposal_stems"))  # اقترح، يقترح، مقترح، اقتراح: the word's start
PROPOSAL_GATE = "قتر"  # letters every proposal stem holds: a sentence without them proposes nothing


def _joined_to_a_demand(tokens: Sequence[Token], trigger: Trigger, sentence: _Sentence, lex: Lexicon) -> bool:
    """An act's noun in the phrase of an act a demand's noun asks for, no mark, verb nor relative
    pronoun between (``للمطالبة بإطلاق سراحهم أو تعيين موعد محاكمتهم``): asked for too (not
    ``بإطلاق سراح ابنهم الذي تم إيقافه``, an arrest done)."""
    if trigger.pos != "noun":
        return False
    ends = sentence.demand_ends()
    for at in range(bisect_left(ends, trigger.first - DEMAND_REACH), bisect_left(ends, trigger.first)):
        end = ends[at]
        between = range(end + 1, trigger.first)
        plain = all(tokens[k].is_word and not lex.has("relatives", tokens[k].norm) for k in between)
        starts = sentence.verb_starts()
        verb = bisect_right(starts, end)
        if plain and not (verb < len(starts) and starts[verb] < trigger.first):
            return True
    return False


def _joined_to_a_habit(tokens: Sequence[Token], trigger: Trigger, sentence: _Sentence, lex: Lexicon) -> bool:
    """A present verb joined by و to the present verb of a habit before it in the sentence
    (``تهاجم الزوارق الصيادين بشكل يومي وتمنعهم``): the same habit."""
    if not trigger.verbal or trigger.form.tense != "present" or trigger.prefix[:1] != "و":
        return False
    before = sentence.present_before(trigger)
    return before is not None and not before.prefix.endswith("س") and _habitual(tokens, before, lex, sentence)


_ALLEGATIONS = (
    "اتهام",
    "الاتهام",
    "مزاعم",
    "المزاعم",
    "ادعاء",
    "الادعاء",
    "اشاع",
    "الاشاع",
    "تقارير",
    "التقارير",
    "انباء",
    "الانباء",
    "انتقاد",
    "الانتقاد",
)


def _rejects_accusation(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon) -> bool:
    """A rejection whose object is an accusation or a report is a denial."""
    if trigger.entry.lemma != "رفض":
        return False
    for k in range(trigger.last + 1, min(len(tokens), trigger.last + 11)):
        norm = tokens[k].norm
        if norm.startswith(_ALLEGATIONS) or norm[1:].startswith(_ALLEGATIONS):
            return True
        if not tokens[k].is_word and norm not in ("،", ",") and norm not in QUOTE_MARKS:
            break
    return False


QUOTE_MARKS = frozenset({'"', "«", "»", "“", "”"})
_FALSE_WORDS = rule_words("falsity_words")  # باطلة، ملفقة، كاذبة: a claim called false
_AFTER_LA = rule_words("falsity_after_la")  # لا أساس، لا صحة
_FALSE_PAIRS = {"لا": _AFTER_LA, "ولا": _AFTER_LA, "غير": rule_words("falsity_after_ghayr")}  # غير صحيحة
_BARE_OF = rule_words("bare_of_words")  # عارية، عار (عن الصحة)
CLAIM_REACH = 5  # words from a claim's noun to what calls it false (التهم الموجهة إليه باطلة)


def _claims_called_false(tokens: Sequence[Token], span: tuple[int, int]) -> bool:
    """A report's content that calls a claim false: an allegation's or a charge's noun, then within
    ``CLAIM_REACH`` words and no mark, a word of falsity (``إن التهم الموجهة إليه باطلة``, ``أن
    الاتهامات لا أساس لها``, ``أن الأنباء عارية عن الصحة``): a denial. The words of falsity are
    looked for first (set look-ups), the claim's noun only before one of them."""
    for j in range(span[0] + 1, span[1] + 1):
        word = tokens[j].norm
        if word not in _FALSE_WORDS and word not in _FALSE_PAIRS and word not in _BARE_OF:
            continue
        following = tokens[j + 1].norm if j < span[1] else ""
        if word in _FALSE_PAIRS and following not in _FALSE_PAIRS[word]:
            continue
        if word in _BARE_OF and following not in ("عن", "من"):
            continue
        for k in range(j - 1, max(span[0], j - CLAIM_REACH) - 1, -1):
            norm = tokens[k].norm
            if norm.startswith(_ALLEGATIONS) or norm in _CHARGES:
                return True
            if not tokens[k].is_word or present_verb_shape(norm):
                break  # التقارير تشير إلى: a verb of their own; what follows is not said of the claim
    return False


def _describing(triggers: Sequence[Trigger], frames: Sequence[Frame], decisions: list[Decision]) -> None:
    """A verb that describes the act noun right before it, of another type (``تهديدات تستهدف رئيس
    الحزب``), tells what that act is about: no act of its own."""
    for n in range(1, len(triggers)):
        noun = triggers[n - 1]
        verb = triggers[n]
        if (
            (frames[n].attributive or (verb.first == noun.last + 1 and not noun.prefix.endswith("ال")))
            and verb.verbal
            and not verb.prefix
            and not verb.entry.report  # قرارا يطالب، قرار رفضه الحراك: a stance taken, told as the decision's
            and noun.pos == "noun"
            and verb.first - noun.last <= 2
            and decisions[n - 1].type is not None
            and decisions[n].type not in (None, decisions[n - 1].type)
        ):
            decisions[n] = Decision(None, absorbed=True)


HOSTED_REACH = 8  # tokens between a hosting verb and the meeting it hosts
RATIFIED_GAP = 6  # words between a vote's or ratification's word and the على of what it passed
_RATIFYING = rule_lemmas("ratifying_lemmas")


def _provided_for(
    tokens: Sequence[Token],
    triggers: Sequence[Trigger],
    decisions: list[Decision],
    blocked: frozenset[int] = frozenset(),
) -> None:
    """A truce or ceasefire named right after an agreement (``التوصل إلى التهدئة``، ``اتفاق على وقف
    إطلاق النار``), or what one agrees on (``اتفقتا على تشكيل لجنة``; dates between are not counted),
    is what the agreement provides for, not an event of its own; so is the agreement a vote or a
    ratification is on (``صادق البرلمان على الاتفاقية أمس``: the ratification, dated); a meeting a
    place hosts (``تستضيف الخرطوم اجتماعا``) is no visit."""
    for n in range(1, len(triggers)):
        previous = triggers[n - 1]
        ratified = decisions[n].type == "agreement" and previous.entry.lemma in _RATIFYING
        if decisions[n].type is None or (decisions[n - 1].type != "agreement" and not ratified):
            continue
        gap = triggers[n].first - previous.last - sum(k in blocked for k in range(previous.last + 1, triggers[n].first))
        agreed_on = triggers[n].pos == "noun" and tokens[triggers[n].first - 1].norm in ("علي", "على")
        if ratified and not (agreed_on and gap <= RATIFIED_GAP):
            continue
        if (triggers[n].entry.lemma == "هدنة" and gap <= 3) or (agreed_on and gap <= 8):
            decisions[n] = Decision(None, absorbed=True)  # اتفقتا في سبتمبر على تشكيل لجنة: what was agreed
            if decisions[n - 1].dated_by is None:  # وافقت على الاتفاقية في ديسمبر: its date the agreement's
                decisions[n - 1] = decisions[n - 1]._replace(dated_by=n)
    for n in range(len(triggers) - 1):
        host = triggers[n]
        if decisions[n].type != "visit" or not host.verbal or host.entry.lemma != "استقبل":
            continue
        for m in range(n + 1, len(triggers)):
            if triggers[m].first - host.last > HOSTED_REACH:
                break
            if decisions[m].type == "meeting" and triggers[m].pos == "noun":
                decisions[n] = Decision(None, absorbed=True)  # تستضيف الخرطوم اجتماعا: the meeting is the event
                break


def _attributions(
    tokens: Sequence[Token],
    triggers: Sequence[Trigger],
    frames: Sequence[Frame],
    decisions: list[Decision],
    actors: Sequence[tuple[int, int] | None],
    lex: Lexicon,
) -> None:
    """``شكلت الولايات المتحدة فريقا، حسبما أعلن الوزير``: a report after حسبما/كما/وفق ما attributes
    the act before it, and its date dates that act too. After a statement it only names the statement's
    source (``قال الوزير ...، وفق ما أفادت الوكالة``), and after an act of the speaker's own country
    (``طردت السويد دبلوماسيين، حسبما أعلنت الخارجية السويدية``) it is that act's announcement: no
    event of its own."""
    for n, trigger in enumerate(triggers):
        if decisions[n].type is None or not trigger.entry.report or not attributing(tokens, trigger.first, lex):
            continue
        earlier = [m for m in range(n) if decisions[m].type is not None and frames[m].reporter is None]
        as_said = tokens[trigger.first - 1].norm in ("كما", "وكما") if trigger.first > 0 else False
        saying = trigger.entry.lemma == "قال" and frames[n].complement is None and trigger.first <= 1
        if not earlier and as_said and saying:
            decisions[n] = Decision(None)  # كما قال الشاعر: a saying quoted, no one speaking in the news
            continue
        if earlier:  # the sentence's first event told at its top level: what the attribution attributes
            act = earlier[0]
            decisions[act] = decisions[act]._replace(dated_by=n)
            if decisions[act].type in SPEECH_TYPES or one_party(tokens, actors[act], actors[n], lex):
                decisions[n] = Decision(None, absorbed=True, announces=True)


def _reasons_given(
    triggers: Sequence[Trigger],
    frames: Sequence[Frame],
    decisions: list[Decision],
    actors: Sequence[tuple[int, int] | None],
) -> None:
    """``أغلقت السلطات المكتب، معتبرة أن نشاطه يخالف القانون``: a participle with no subject of
    its own that says why its sentence's actor acted tells that act, no statement of its own."""
    for n, trigger in enumerate(triggers):
        if decisions[n].type != "statement" or trigger.pos != "participle" or actors[n] is not None:
            continue
        told = [m for m in range(n) if decisions[m].type is not None or decisions[m].announces]
        if not told or decisions[told[0]].type is None or decisions[told[0]].type in SPEECH_TYPES:
            continue  # only what the sentence opens with, an act, is what the participle gives reasons for
        act = triggers[told[0]]
        if act.verbal and not act.entry.report and actors[told[0]] is not None and frames[told[0]].reporter is None:
            decisions[n] = Decision(None, absorbed=True)


def _sources(triggers: Sequence[Trigger], decisions: list[Decision]) -> None:
    """``وبحسب بيان نشرته القناة، قال الحوثيون``: the report a sentence goes by is where its speaker
    spoke, no event of its own, when a verb in the sentence reports; named twice, it is one report."""
    told = False
    for n, trigger in enumerate(triggers):
        if decisions[n].type is None or trigger.light is not None or not _licensed_report(trigger):
            continue
        if told or any(decisions[m].type is not None and t.entry.report and t.verbal for m, t in enumerate(triggers)):
            decisions[n] = Decision(None, absorbed=True)  # وفقا للتقرير again: the report already named
        told = True


def _sourced_only(triggers: Sequence[Trigger], decisions: list[Decision]) -> None:
    """``واتفق الطرفان على التنسيق، بحسب البيان``: the report named again as the source of what its
    sentence tells (definite, after حسب، وفقا ل، طبقا ل) is no event of its own when the sentence
    tells another; ``حسب تقرير أصدرته اللجنة`` names a report of its own."""
    for n, trigger in enumerate(triggers):
        if decisions[n].type != "statement" or trigger.light is not None or trigger.entry.lemma != _SOURCED:
            continue
        if not trigger.prefix.endswith(("ال", "لل")):
            continue  # (للبيان: ل with the article)
        if any(decisions[m].type is not None for m in range(len(triggers)) if m != n):
            decisions[n] = Decision(None, absorbed=True)


def _signed_documents(tokens: Sequence[Token], triggers: Sequence[Trigger], decisions: list[Decision]) -> None:
    """``وقع البلدان إعلان مبادئ``، ``ووقعا على الإعلان``: a declaration a few words after the verb
    that signs it is the agreement's document, no statement of its own. ``وقع الإعلان عن الموعد`` (it
    was announced: وقع, took place, before the announcing it tells) signs nothing."""
    signed: int | None = None
    for n, trigger in enumerate(triggers):
        if decisions[n].type == "agreement" and trigger.verbal and trigger.entry.lemma == _SIGNING:
            signed = n
        elif (
            signed is not None
            and decisions[n].type == "statement"
            and trigger.pos == "noun"
            and trigger.entry.lemma == _DECLARING
            and trigger.first - triggers[signed].last <= SIGNED_DOCUMENT_REACH
        ):
            after = tokens[trigger.last + 1].norm if trigger.last + 1 < len(tokens) else ""
            if after.startswith("عن") and trigger.first == triggers[signed].last + 1:
                decisions[signed] = Decision(None)
                continue
            decisions[n] = Decision(None, absorbed=True)
            if decisions[signed].dated_by is None:  # وقعا الإعلان يوم الثلاثاء: the date the document had
                decisions[signed] = decisions[signed]._replace(dated_by=n)


def _convictions(tokens: Sequence[Token], triggers: Sequence[Trigger], decisions: list[Decision]) -> None:
    """``بعد إدانتهم بالتجسس``: the noun of أدان with whom it holds as a pronoun, then ب and the
    charge, is a conviction, a court's ruling: no accusation; told with the ruling it ends in
    (``قضت المحكمة بسجنهم بعد إدانتهم``), no event of its own."""
    for n, trigger in enumerate(triggers):
        if decisions[n].type != "accusation" or trigger.entry.lemma != _CONVICTING or not trigger.enclitic:
            continue
        if trigger.pos != "noun" and not tokens[trigger.first].text.lstrip("وف").startswith("إدان"):
            continue  # إدانته is the noun where the verb's reading (أدانته) was taken
        after = tokens[trigger.last + 1].norm if trigger.last + 1 < len(tokens) else ""
        if after.startswith("ب") and len(after) > 3:
            ruled = any(decisions[m].type == "measure" and t.entry.lemma == _RULING for m, t in enumerate(triggers))
            decisions[n] = Decision(None, absorbed=True) if ruled else Decision("measure")


_RULING = "حكم"  # the entry of a court's ruling verbs (قضت، حكمت)
_SIGNING = "وقع اتفاقا"  # the entry of signing verbs (وقع، أبرم، أمضى)
_DECLARING = "أعلن"  # the entry whose noun is a declaration (إعلان)
SIGNED_DOCUMENT_REACH = 4  # words from the signing verb to its document (وقع رئيسا البلدين على الإعلان)
_SOURCED = "حسب"  # the entry of report nouns after a word of sourcing (بحسب البيان، وفقا للتقرير)
VERBAL_REACH = 15  # tokens between هاجم and the words that say how its subject attacked (واعتبر، قائلا)


def _verbal_attacks(
    tokens: Sequence[Token],
    triggers: Sequence[Trigger],
    frames: Sequence[Frame],
    decisions: list[Decision],
    actors: Sequence[tuple[int, int] | None],
) -> None:
    """``هاجم`` told with its subject's words (``وهاجمت المرشحة منافسها ووصفته``، ``هاجم الحكومة
    معتبرا``) is an attack in words: an accusation, not violence."""
    for n, trigger in enumerate(triggers):
        if decisions[n].type != "attack" or not trigger.verbal or frames[n].reporter is not None:
            continue
        if "هاجم" not in tokens[trigger.first].norm:
            continue
        for m, other in enumerate(triggers):
            if m == n or not other.entry.report or decisions[m].type is None or frames[m].reporter is not None:
                continue
            near = abs(other.first - trigger.first) <= VERBAL_REACH
            same_speaker = actors[m] is None or actors[m] == actors[n]
            if near and same_speaker and other.first > trigger.first:
                decisions[n] = Decision("accusation")
                decisions[m] = Decision(None, absorbed=True)  # ووصفته، معتبرا: the same attack, told on
                break


_INSTRUMENT_LISTS = frozenset({"recalling_words", "answering_words"})  # what _instruments looks for
RECALL_WORDS = 2  # words before a noun over which بموجب، وهي أول ... reach it


def _instruments(
    tokens: Sequence[Token],
    triggers: Sequence[Trigger],
    frames: Sequence[Frame],
    decisions: list[Decision],
    lex: Lexicon,
) -> None:
    """A noun that something is done under or that something is (``بموجب الاتفاق``، ``وهي أول اتفاق``),
    or an accusation answered (``تعليقا على الانتقادات``، ``ورد الوزير على الانتقادات``), recalls an act
    told elsewhere; it tells none. Run only when the sentence holds a word of the lists it reads (see
    ``classify``)."""
    for n, trigger in enumerate(triggers):
        decision = decisions[n]
        if decision.type is None or trigger.pos != "noun" or trigger.light is not None or _licensed_report(trigger):
            continue
        answered = trigger.type == "accusation"  # تعليقا على الانتقادات، واجه اتهامات: told before, answered here
        if answered and _answered_by_report(tokens, triggers, frames[n].reporter, trigger, lex):
            decisions[n] = decision._replace(recall=True)
            continue
        k = trigger.first - 1
        while k >= 0 and trigger.first - k <= RECALL_WORDS and tokens[k].is_word:
            if lex.has("recalling_words", tokens[k].norm) or (answered and lex.has("answering_words", tokens[k].norm)):
                decisions[n] = decision._replace(recall=True)
                break
            k -= 1


_UNDOING = rule_words("undoing_words")
_SIGNED = rule_words("signing_participles")
SIGNED_REACH = 3  # words from an agreement's noun to the participle that tells its signing (الاتفاق النووي الموقع)
UNDOING_REACH = 4  # words from a verb or noun of withdrawing or breaching to the agreement it undoes


_POSTPONING = rule_words("postponing_words")


_INCLUDING = rule_words("including_verbs")  # تضمن، شمل: what another act holds
_INCLUDING_WRITTEN = _INCLUDING | {c + w for w in _INCLUDING for c in "وف"}  # as written, with و or ف
INCLUDED_REACH = 3  # words from such a verb to the act's noun it holds (its subject between)


def _included(tokens: Sequence[Token], triggers: Sequence[Trigger], decisions: list[Decision], lex: Lexicon) -> None:
    """A measure's noun that a verb of including holds (``وتضمنت العقوبات حظرا على السفر``، ``شمل
    القرار تجميد الأرصدة``): part of the act that includes it, told there; no event of its own (a
    verb's word that reads as its noun too, حظرا، is that noun here)."""
    for n, trigger in enumerate(triggers):
        if decisions[n].type != "measure":
            continue  # (a tour that includes a visit, a letter that holds a threat: those are told there)
        start = max(0, trigger.first - INCLUDED_REACH)
        if _INCLUDING_WRITTEN.isdisjoint(map(_NORM, tokens[start : trigger.first])):
            continue  # (most measures)
        if trigger.verbal and not any(a.form.pos == "noun" for a in lex.analyses(tokens[trigger.first].norm)):
            continue
        decisions[n] = Decision(None)


def _postponed_to(tokens: Sequence[Token], triggers: Sequence[Trigger], decisions: list[Decision]) -> None:
    """A session after إلى in a sentence that postpones (``أجلت المحكمة القضية إلى جلسة يوم 3 أفريل``)
    is the date it is put off to: no meeting now (the postponement is the event)."""
    targets = [
        n
        for n, trigger in enumerate(triggers)
        if decisions[n].type == "meeting"
        and trigger.pos == "noun"
        and trigger.first > 0
        and (tokens[trigger.first - 1].norm == "الي" or trigger.prefix[:1] == "ل")
    ]
    if targets and not _POSTPONING.isdisjoint(without_conjunction(t.norm) for t in tokens):
        for n in targets:
            decisions[n] = Decision(None)


_THREATENING = rule_lemmas("threatening_lemmas")


def _threatened(triggers: Sequence[Trigger], frames: Sequence[Frame], decisions: list[Decision]) -> None:
    """What a threat threatens with, its noun after ب (``هددت الشركة أمس بإيقاف رحلاتها``، ``التهديد
    بمغادرة البلاد``), has not happened: no act of its own, and a date near it dates the threat."""
    for m, trigger in enumerate(triggers):
        n = frames[m].reporter
        if n is None or decisions[m].type is None or trigger.pos != "noun" or trigger.prefix[:1] != "ب":
            continue
        if decisions[n].type == "warning" and triggers[n].entry.lemma in _THREATENING:
            decisions[m] = Decision(None, absorbed=True)
            if decisions[n].dated_by is None:
                decisions[n] = decisions[n]._replace(dated_by=m)


def _undone(tokens: Sequence[Token], triggers: Sequence[Trigger], decisions: list[Decision]) -> None:
    """An agreement's noun after a word that withdraws from, suspends or breaches it (``انسحبت
    الولايات المتحدة من الاتفاق``، ``علقت العمل بالاتفاقية``، ``في انتهاك للاتفاقيات``) names one
    made before: no agreement now (the withdrawal is the event, and the date its), unless its
    signing is told too (``انسحابه من الاتفاق الموقع في 2015``: that agreement, then). A warning
    lifted (``رفع تحذير السفر``) is one given before: no warning now."""
    starts = {t.first for t in triggers}
    for n, trigger in enumerate(triggers):
        if decisions[n].type == "warning" and trigger.pos == "noun" and _lifted(tokens, trigger.first):
            decisions[n] = Decision(None)  # منذ رفع تحذير السفر: a warning given before, lifted now
            continue
        if decisions[n].type != "agreement" or trigger.pos != "noun":
            continue
        after = trigger.last + 1
        if any(tokens[k].norm in _SIGNED for k in range(after, min(len(tokens), after + SIGNED_REACH))):
            continue
        k = trigger.first - 1
        while k >= 0 and trigger.first - k <= UNDOING_REACH and tokens[k].is_word:
            if without_conjunction(tokens[k].norm) in _UNDOING:
                decisions[n] = Decision(None)
                break
            if k in starts and k != trigger.first:
                break  # another act's word first
            k -= 1


def _lifted(tokens: Sequence[Token], first: int) -> bool:
    """A word that lifts or withdraws (``رفع``، ``ألغت``، ``سحب``) right before a warning's noun, or
    before the noun it is the genitive of (``رفعت إشارات التحذير``)."""
    return _lifting_before([token.norm for token in tokens[max(0, first - 2) : first]])


def _lifting_before(before: Sequence[str]) -> bool:
    """The words before a noun (one or two) end with a lifting word, or with one and the head of
    a construct the noun is the genitive of (``رفعت إشارات``)."""
    if before and without_conjunction(before[-1]) in _LIFTING:
        return True
    if len(before) < 2 or before[1].startswith("ال") or before[1] in _LEVELS:
        return False  # رفع مستوى التحذير: a level raised, the warning stronger
    return without_conjunction(before[0]) in _LIFTING


_LIFTING = rule_words("lifting_words")
_LEVELS = rule_words("level_words")  # مستوى، درجة: what رفع raises


def _what_came(tokens: Sequence[Token], triggers: Sequence[Trigger], decisions: list[Decision]) -> None:
    """An accusation's noun that من explains ما by, ما being what was told (``رفض ما تضمنه البلاغ
    من اتهامات``): others' words named to be judged recall an accusation; they tell none."""
    for n, trigger in enumerate(triggers):
        if decisions[n].type != "accusation" or trigger.pos != "noun" or trigger.first < 3:
            continue
        at = trigger.first - 1
        if tokens[at].norm != "من":
            continue
        if _after_what_told([t.norm for t in tokens[:at]], at):
            decisions[n] = decisions[n]._replace(recall=True)


def _answered_by_report(
    tokens: Sequence[Token], triggers: Sequence[Trigger], reporter: int | None, trigger: Trigger, lex: Lexicon
) -> bool:
    """An accusation after على, its report a verb of answering (``رد الوزير على الانتقادات``): what is
    answered, not what the answer says."""
    if reporter is None or trigger.first == 0 or tokens[trigger.first - 1].norm not in ("علي", "عن"):
        return False
    return lex.has("answering_words", tokens[triggers[reporter].first].norm)


CAUSE_REACH = 3  # words between a causing verb and its إلى (دفع أهالي القرية إلى)


_OPERATION_NOUNS = rule_words("operation_nouns")  # عملية إطلاق نار: the act is the noun after


def _new_cause(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon) -> bool:
    """An indefinite act's noun right after a verb of causing, as its subject (``أسفر هجوم عن``،
    ``أدت عملية إطلاق نار إلى``): an act told for the first time with what it caused (a definite
    one, ``أسفر الهجوم عن``, was told before)."""
    if trigger.pos != "noun" or trigger.prefix or trigger.enclitic or trigger.entry.outcome:
        return False
    k = trigger.first - 1
    if k > 0 and tokens[k].norm in _OPERATION_NOUNS:
        k -= 1
    return k >= 0 and without_conjunction(tokens[k].norm) in _CAUSING_SUBJECT_VERBS


# the verbs of causing whose subject is the cause (not دفع، قاد, which take an act's noun as object:
# دفع غرامات، قاد هجوما)
_CAUSING_SUBJECT_VERBS = rule_words("causing_subject_verbs")


_RESULT_PREPOSITIONS = rule_words("result_prepositions")  # أدى إلى، أسفر عن، تسبب في


def _caused_by(tokens: Sequence[Token], to: int, lex: Lexicon) -> bool:
    """Whether the إلى (عن، في) at ``to`` follows a verb of causing (``أدى``، ``دفع``، ``أسفر``) a few
    words before it."""
    for k in range(to - 1, max(-1, to - 1 - CAUSE_REACH), -1):
        if not tokens[k].is_word:
            return False
        if lex.has("causing_verbs", without_conjunction(tokens[k].norm)):  # أدى، وأدى
            purpose = k > 0 and tokens[k - 1].norm in ("الي", "إلى")  # الهادفة إلى دفع الأطراف إلى الحوار: an aim
            return not purpose
    return False


DESCRIBED_WORDS = 3  # words of a noun phrase after an act's noun before the هو/هي that describes it


def _described(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """An act's noun opening a sentence that says what it is (``والهجوم هو الأعنف``، ``وزيارته هي الأولى``)."""
    following = tokens[trigger.last + 1 : trigger.last + 1 + DESCRIBED_WORDS]
    return any(t.norm in _PRONOUNS_BEFORE_NOUN for t in following)


def _licensed_report(trigger: Trigger) -> bool:
    """A report noun its entry allows only after a word before it (حسب تقرير، أصدر بيانا)."""
    return trigger.entry.report and any(c.side == "before" for c in trigger.entry.requires)


def _by_decision(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon) -> bool:
    """A report made by way of a decision (``دعا المجلس، في قرار اعتمده أعضاؤه، إلى``)."""
    for k in range(trigger.last + 1, min(len(tokens), trigger.last + 7)):
        norm = tokens[k].norm
        if norm == "في" and k + 1 < len(tokens) and lex.has("decision_nouns", tokens[k + 1].norm):
            return True
        if lex.has("complementizers", norm) or norm in ("الي", "علي", "ب", "عن"):
            break
    return False


def _judicial(tokens: Sequence[Token], actor: tuple[int, int], lex: Lexicon, name: str) -> bool:
    """The actor is headed by a word or pair of list ``name`` (a court, a legislature)."""
    words = [tokens[k].norm for k in range(actor[0], actor[1] + 1)]
    return bool(words) and (lex.has(name, words[0]) or " ".join(words[:2]) in _pairs(lex, name))


@lru_cache(maxsize=16)
def _pairs(lex: Lexicon, name: str) -> frozenset[str]:
    return frozenset(" ".join(p) for p in lex.phrases[name])


_AGENT_GENITIVES = rule_lemmas("agent_genitive_lemmas")  # فوز، انسحاب، قرار: their genitive did the act


def _agent_named(
    tokens: Sequence[Token], trigger: Trigger, own: tuple[int, int] | None, speaker: tuple[int, int] | None
) -> bool:
    """An act's noun whose genitive names who did it (``فوز المرشح``، ``انسحاب القوات``), someone
    other than the speaker: told by the speaker, not announced as the speaker's own (a phrase after
    ب or ل, ``قرار بإعادة فتح``, names no one)."""
    if trigger.pos != "noun" or trigger.entry.lemma not in _AGENT_GENITIVES or own is None or own == speaker:
        return False
    if trigger.entry.announces:
        return False  # قرار بإعادة فتح المعبر: a decision's noun carries what was decided, the speaker's
    return not tokens[own[0]].norm.startswith(("ب", "ل"))


def _reported_by(frames: Sequence[Frame]) -> list[list[int]]:
    """For each trigger, the triggers after it that it reports (``Frame.reporter``), in order: the
    rules that read what a report says look at these, not at every trigger after it."""
    reported: list[list[int]] = [[] for _ in frames]
    for m, frame in enumerate(frames):
        if frame.reporter is not None and frame.reporter < m:
            reported[frame.reporter].append(m)
    return reported


def _own_act(
    tokens: Sequence[Token],
    triggers: Sequence[Trigger],
    frames: Sequence[Frame],
    decisions: Sequence[Decision],
    n: int,
    lex: Lexicon,
    actor: tuple[int, int] | None,
    blocked: frozenset[int],
    reported: Sequence[int],
) -> int | None:
    """The act a report announces as its speaker's own, if any (index in ``triggers``; ``reported``:
    the triggers after it that it reports, in order)."""
    report = triggers[n]
    if report.pos == "noun" and report.entry.announces and actor is not None:
        # إعلان الحكومة منع دخول الشاحنات: the act's noun right after the announcer
        k = actor[1] + 1
        while k < len(tokens) and (tokens[k].norm in _OBJECT_GAP or lex.has("light_nouns", tokens[k].norm)):
            k += 1  # إعلان رئيسة الوزراء عن إجراء تحقيق
        at = _starting_at(triggers, k)
        right_after = at if at is not None and at > n and _an_act(triggers[at], decisions[at]) else None
        if right_after is not None or frames[n].complement is None:
            return right_after  # (إعلان كندا أنها فرضت: the noun's complement, read as a verb's below)
    span = frames[n].content
    if span is None:
        return None
    occasion = _occasion_before_an(tokens, report, actor, triggers, lex)
    for m in reported:  # (the triggers are in order: those it does not report are passed over)
        inner = triggers[m]
        if inner.first > span[1]:
            break
        if inner.last < occasion:
            continue  # أعلن الوزير خلال زيارته المدينة عن قرار: the visit is when, the decision what
        if decisions[m].type is None or inner.entry.report:
            continue
        if inner.type in SPEECH_TYPES:
            continue
        opener = tokens[span[0]].norm
        pronoun = opener.endswith(("ه", "ها", "هم", "هما")) and lex.has("complementizers", opener)
        if not pronoun and lex.has("complementizers", opener) and span[0] + 1 < len(tokens):
            pronoun = _own_side(tokens[span[0] + 1].norm, lex)  # قال إن بلاده شكلت، إن مقاتلاته أغارت
        if pronoun and span[0] + 1 < len(tokens) and tokens[span[0] + 1].norm == "من":
            pronoun = False  # أفادت بأنه من المنتظر أن تزور ميركل: "it is expected", no one's own act
        if pronoun and inner.first - span[0] <= OWN_ACT_REACH and (inner.verbal or inner.light is not None):
            if actor is not None and (_medium(tokens, actor, lex) or tokens[actor[0]].norm in _SOURCES):
                return None  # أوردت الوكالة أنه تم اعتقال: a medium or a source tells others' acts
            return m  # أعلنت الوزارة أنها فرضت
        # أعلنت الوزارة فتح تحقيق: a verb's word that reads as its noun too is the announced act's noun
        as_noun = inner.verbal and not inner.prefix and reads_as_its_noun(tokens[inner.first].norm, inner, lex)
        named = inner.pos == "noun" or as_noun
        if report.entry.announces and named and _object_of(tokens, report, inner, actor, blocked, occasion, lex):
            return m  # أعلن المغرب قطع العلاقات، أعلنت روسيا عن هدنة
        return None
    return None


def _starting_at(triggers: Sequence[Trigger], k: int) -> int | None:
    """The trigger that starts at token ``k``, if one does (the triggers are in order, apart)."""
    at = bisect_left(triggers, k, key=attrgetter("first"))
    return at if at < len(triggers) and triggers[at].first == k else None


def _a_death(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """A death's noun (``مقتل``، ``مصرع``): who died, whoever killed them."""
    return trigger.pos == "noun" and tokens[trigger.first].norm[len(trigger.prefix) :] in _DEATHS


def _an_act(trigger: Trigger, decision: Decision) -> bool:
    return decision.type is not None and decision.type not in SPEECH_TYPES and not trigger.entry.report


def _party_act(
    tokens: Sequence[Token],
    triggers: Sequence[Trigger],
    frames: Sequence[Frame],
    decisions: Sequence[Decision],
    actors: Sequence[tuple[int, int] | None],
    n: int,
    lex: Lexicon,
    reported: Sequence[int],
) -> int | None:
    """The act a report tells of its speaker's own country, named (``قال وزير الخارجية الأمريكي إن
    الولايات المتحدة فرضت``): the first act it reports (``reported``: those after it, in order),
    when its subject is that country. A news medium speaks for no country and heads no one
    (``قالت وكالة الأنباء إن الوزير وصل``)."""
    for m in reported:
        if decisions[m].type is None or triggers[m].entry.report:
            continue
        if _after_relative(tokens, triggers[m], lex):
            continue  # أثنى الوزير الذي أدى زيارة لبلادنا: how the speaker is told of, not what he says
        if triggers[m].type in SPEECH_TYPES or not (triggers[m].verbal or triggers[m].light is not None):
            return None
        speaker = actors[n]
        own = (
            one_party(tokens, actors[m], speaker, lex)
            or _own_weapon(tokens, triggers[m], actors[m], speaker, lex)
            or own_head(tokens, actors[m], speaker, lex)
            or same_body(tokens, actors[m], speaker, lex)
        )
        return m if own and (speaker is None or not _medium(tokens, speaker, lex)) else None
    return None


def _after_relative(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon) -> bool:
    """The act's verb, or its light verb, right after a relative pronoun (``الذي يؤدي زيارة``)."""
    verb = trigger.light if trigger.light is not None else trigger.first
    return verb > 0 and lex.has("relatives", tokens[verb - 1].norm)


def own_head(
    tokens: Sequence[Token], actor: tuple[int, int] | None, speaker: tuple[int, int] | None, lex: Lexicon
) -> bool:
    """A body that tells what its head does, named by the title, bare or with a name (``أعلنت وزارة
    الخارجية أن الوزير سيتوجه``، ``أعلنت الرئاسة أن الرئيس فلان سيزور``، ``أعلنت الحكومة أن رئيس
    الوزراء سيزور``): its own act."""
    if actor is None or speaker is None:
        return False
    title = tokens[actor[0]].norm
    body = tokens[speaker[0]].norm.removeprefix("ال")
    if body == "رئاسه" and _a_bare_name(tokens[actor[0] : actor[1] + 1], lex):
        return _no_other_country(tokens, actor, speaker, lex)  # وفق بيان للرئاسة، اجتمع فلان بوفد
    if actor[0] == actor[1]:
        return (
            title.startswith("ال")
            and lex.has("titles", title)
            and (lex.has("institution_heads", body) or body in _HEADED_BODIES)
        )
    # a presidency's president, a government's prime minister, with a name (الرئيس فلان الفلاني):
    # its own head unless the words name a country the speaker's do not (الرئيس الفرنسي)
    second = tokens[actor[0] + 1].norm
    government = title == "رئيس" and second in _GOVERNMENT_GENITIVES
    if not ((body == "رئاسه" and title == "الرئيس") or (body == "حكومه" and government)):
        return False
    return _no_other_country(tokens, actor, speaker, lex)


NAME_WORDS = 2  # words of a bare name (تبون، عبد المجيد تبون is 3: the title-less full name is rarer)


def _a_bare_name(words: Sequence[Token], lex: Lexicon) -> bool:
    """A man's name and nothing else: at most ``NAME_WORDS`` words of no word class, none a number
    nor a country, each without the article or a nisba with it (``السيسي``; not ``الحكومة``)."""
    if not 0 < len(words) <= NAME_WORDS or parties(" ".join(t.norm for t in words), lex):
        return False
    return all(
        t.is_word and not t.number and not lex.classes(t.norm) and (not t.norm.startswith("ال") or t.norm.endswith("ي"))
        for t in words
    )


def _no_other_country(tokens: Sequence[Token], actor: tuple[int, int], speaker: tuple[int, int], lex: Lexicon) -> bool:
    """The act's words name no country the speaker's do not (``الرئيس الفرنسي``، ``الجيش الإسرائيلي``
    told by another's presidency or army: another's)."""
    done = " ".join(t.norm for t in tokens[actor[0] : actor[1] + 1])
    said = " ".join(t.norm for t in tokens[speaker[0] : speaker[1] + 1])
    return parties(done, lex) <= parties(said, lex)


_HEADED_BODIES = rule_words("headed_bodies")  # normalised, without the article
_GOVERNMENT_GENITIVES = rule_words("government_genitives")  # رئيس الوزراء، رئيس الحكومة


def same_body(
    tokens: Sequence[Token], actor: tuple[int, int] | None, speaker: tuple[int, int] | None, lex: Lexicon
) -> bool:
    """A body, or its spokesman, telling what the body or its forces did (``قال المتحدث باسم الجيش
    إن الجيش قصف``، ``قالت الشرطة إن قوات الشرطة اعتقلت``، ``قال الحرس إن وحدات الحرس``): its
    own act. A country the act's words name and the speaker's do not (``الجيش الإسرائيلي``) is another's."""
    if actor is None or speaker is None:
        return False
    said, done = _said_and_done(tokens, actor, speaker)
    if not said or not done or is_medium(said[:1], lex):
        return False
    if said == done and len(said) > 1:
        return True  # قال المكتب الإعلامي لرئيس الحكومة إن رئيس الحكومة: the same words, whoever they name
    if not said[0].startswith("ال") or said[0] != done[0]:
        return False  # the body's head noun; what follows may be its unit, its country, a name
    return _no_other_country(tokens, actor, speaker, lex)


def office_s_own(tokens: Sequence[Token], actor: tuple[int, int] | None, speaker: tuple[int, int] | None) -> bool:
    """The speaker is the office of the one the act's words name (``قال مكتب الرئيس إن الرئيس``):
    its act is the one named's, not the office's."""
    if actor is None or speaker is None or tokens[speaker[0]].norm not in _OFFICES:
        return False
    said, done = _said_and_done(tokens, actor, speaker)
    return said == done


def _said_and_done(
    tokens: Sequence[Token], actor: tuple[int, int], speaker: tuple[int, int]
) -> tuple[list[str], list[str]]:
    """The words naming the body that speaks and the body that acts (``_body_words``)."""
    said = _body_words([t.norm for t in tokens[speaker[0] : speaker[1] + 1]], spoken=True)
    return said, _body_words([t.norm for t in tokens[actor[0] : actor[1] + 1]], spoken=False)


_SPOKESMEN = rule_words("spokesman_words")
_SPOKESMAN_TITLES = rule_words("spokesman_titles")
_FORCE_HEADS = rule_words("force_heads")
_ARMY_NAMES = rule_words("army_names")  # one army, whichever name it goes by
_ARMY = "الجيش"
_ARMY_MINISTRIES = rule_words("army_ministries")  # وزارة الدفاع: the army's own words
_POLICE_MINISTRIES = rule_words("police_ministries")  # وزارة الداخلية: the police's own words
_POLICE_HEADS = rule_words("police_heads")  # الشرطة، الأمن (قوات الأمن)، الدرك: one police
_POLICE = "الشرطه"
_OFFICES = rule_words("office_words")  # المكتب الإعلامي لرئيس الحكومة: the words of whose office it is
_OFFICE_ADJECTIVES = rule_words("office_adjectives")


def _body_words(words: list[str], *, spoken: bool) -> list[str]:
    """The words naming a body: after ``المتحدث (الرسمي) باسم`` when ``spoken``, after a word of its
    forces (``قوات``، ``وحدات``) otherwise; ``القوات المسلحة`` as ``الجيش``; a ministry of defence or
    of the interior speaking as the army or the police it commands (``قوات الأمن``، ``الدرك``); an
    office speaking as whose office it is (``المكتب الإعلامي لرئيس الحكومة``: رئيس الحكومة)."""
    if spoken and len(words) > 2 and words[0] in _OFFICES:
        k = 1
        while k < len(words) - 1 and words[k] in _OFFICE_ADJECTIVES:
            k += 1
        owner = words[k]  # لرئيس، للرئاسة: ل before whose office it is
        if owner[:1] == "ل" and len(owner) > 3:
            return _body_words(["ال" + owner[2:] if owner[:2] == "لل" else owner[1:], *words[k + 1 :]], spoken=True)
    if spoken and words and words[0] in _SPOKESMEN:
        k = 1
        while k < len(words) and words[k] in _SPOKESMAN_TITLES:
            k += 1
        if k >= len(words) or words[k] != "باسم":
            return []
        words = words[k + 1 :]
    elif not spoken and len(words) > 1 and words[0] in _FORCE_HEADS:
        words = words[1:]
    pair = " ".join(words[:2])
    if len(words) > 1 and (pair in _ARMY_NAMES or (spoken and pair in _ARMY_MINISTRIES)):
        return [_ARMY, *words[2:]]
    if spoken and len(words) > 1 and pair in _POLICE_MINISTRIES:
        return [_POLICE, *words[2:]]
    if not spoken and words and words[0] in _POLICE_HEADS:
        return [_POLICE, *words[1:]]
    return words


def _own_weapon(
    tokens: Sequence[Token],
    act: Trigger,
    actor: tuple[int, int] | None,
    speaker: tuple[int, int] | None,
    lex: Lexicon,
) -> bool:
    """An attack an army tells its tanks or planes made, naming no one's (``قال الجيش إن دبابة
    استهدفت``): its own; ``طائرات إسرائيلية`` said by another army are not."""
    if act.type != "attack" or actor is None or speaker is None:
        return False
    if not lex.has("military_speakers", tokens[speaker[0]].norm) or not lex.has("weapons", tokens[actor[0]].norm):
        return False
    phrase = " ".join(t.norm for t in tokens[actor[0] : actor[1] + 1])
    return not parties(phrase, lex) or one_party(tokens, actor, speaker, lex)


FRONTED_WORDS = 5  # tokens before a verb that open its sentence: its subject, told first


def _medium(tokens: Sequence[Token], actor: tuple[int, int], lex: Lexicon) -> bool:
    """A news medium (صحيفة، قناة، مراسل، a website's name ending in .نت or .كوم)."""
    span = tokens[actor[0] : actor[1] + 1]
    website = any(t.norm in ("نت", "كوم") and k > 0 and span[k - 1].norm == "." for k, t in enumerate(span))
    return website or is_medium([t.norm for t in span if t.is_word], lex)


def _to_a_medium(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """ل on a news medium's head at token ``k`` (``لقناة``، ``لصحيفة``، ``لوكالة``)."""
    if k >= len(tokens):
        return False
    norm = tokens[k].norm
    return norm[:1] == "ل" and len(norm) > 3 and is_medium([norm[1:]], lex)


def _with_a_medium(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """مع، على or عبر + a news medium or a radio station its band names, from token ``k``, past
    the speaker's pronoun (``حوار مع الإذاعة``، ``لقاء لها عبر قناة``): an interview."""
    if k < len(tokens) and tokens[k].norm in _HIS:
        k += 1
    if k + 1 >= len(tokens) or tokens[k].norm not in _WITH_A_MEDIUM:
        return False
    k += 1
    return radio_station(tokens, k) or is_medium([tokens[k].norm], lex)


_HIS = rule_words("speaker_pronouns_after_lam")  # له، لها: the speaker's own (حوار له)
_WITH_A_MEDIUM = rule_words("with_a_medium_prepositions")  # مع، على، عبر


def _a_call_to_a_medium(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon) -> bool:
    """A call, by phone (``اتصال هاتفي``), to or with a news medium or a radio station its band
    names (``مع الإذاعة``، ``لشمس أف أم``): an interview."""
    k = trigger.last + 1
    if k >= len(tokens) or tokens[k].norm not in _PHONE:
        return False
    k += 1
    if k < len(tokens) and tokens[k].norm == "مع":
        k += 1
        name = tokens[k].norm if k < len(tokens) else ""
    else:
        name = tokens[k].norm[1:] if k < len(tokens) and tokens[k].norm[:1] in ("ل", "ب") else ""
    if not name:
        return False
    return radio_station(tokens, k) or is_medium([name], lex)


CONDITION_REACH = 14  # tokens from an act to the conditional after it (سيغلق المعبر أمام كل الشاحنات ... إذا)


def _on_a_condition(tokens: Sequence[Token], trigger: Trigger, verbs: frozenset[int], lex: Lexicon) -> bool:
    """A conditional (``إذا``، ``في حال``) a few words after the act, in its clause: no verb or
    participle of another act (``verbs``: where the sentence's start), no light verb, nor a full
    stop between (``اجتماع غدا بالعاصمة إذا قبلت``، ``سيغلق المعبر، إذا رفضوا``); not ``ما إذا``
    (whether), nor ``في حالة`` (a state: في حالة سراح)."""
    for k in range(trigger.last + 1, min(len(tokens), trigger.last + 1 + CONDITION_REACH)):
        token = tokens[k]
        if not token.is_word:
            if token.norm in _CLAUSE_ENDS:
                return False
            continue
        if k in verbs or lex.is_light(token.norm):
            return False  # another act's verb, or a light verb's (وقد تتخذ قرارا): its own clause
        norm = without_conjunction(token.norm)
        if norm in _IF and (k == 0 or without_conjunction(tokens[k - 1].norm) not in _WHETHER):
            return True
        if token.norm in ("في", "وفي") and k + 1 < len(tokens) and tokens[k + 1].norm == "حال":
            return True
    return False


_IF = rule_words("conditional_words")  # إذا: if
_WHETHER = rule_words("whether_words")  # ما إذا، فيما إذا: whether, no condition
_CLAUSE_ENDS = (".", "؟", "?", "!", "؛", ";", ":")


def _yet_to_say(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """A report's present verb right after أن (``أن تؤكد``): the subjunctive, something to say, not
    said; but what was said before or after something else is told (``قبل أن يعلن``، ``بعد أن``)."""
    k = trigger.first - 1
    if k < 0 or tokens[k].text not in _AN:
        return False
    return k == 0 or without_conjunction(tokens[k - 1].norm) not in _TOLD_AFTER


_AN = ("أن", "ان", "أنْ")  # as written: not إن, which a noun follows
_TOLD_AFTER = rule_words("told_after_an")  # قبل أن، بعد أن، منذ أن: a time, the act told
_ANY = rule_words("any_words")  # أي، لأي، بأي
_PHONE = rule_words("phone_adjectives")  # هاتفي، هاتفية


def one_party(
    tokens: Sequence[Token], actor: tuple[int, int] | None, speaker: tuple[int, int] | None, lex: Lexicon
) -> bool:
    """The speaker speaks for the actor's country (``الكويت`` / ``مسؤول بالخارجية الكويتية``); a
    news medium (``وكالة الأنباء الكويتية``) speaks for none."""
    if actor is None or speaker is None or is_medium([tokens[speaker[0]].norm], lex):
        return False
    phrase = " ".join(t.norm for t in tokens[actor[0] : actor[1] + 1])
    said = " ".join(t.norm for t in tokens[speaker[0] : speaker[1] + 1])
    return same_party(phrase, said, lex)


_OWN_SIDE = rule_words("own_side_stems")  # بلاد، قوات، دوريات: under the speaker's pronoun, its own side


def _own_side(norm: str, lex: Lexicon) -> bool:
    """The speaker's own side told with its pronoun: a listed noun (``بلاده``، ``قواتها``،
    ``دورياتها``، ``أجهزتها``) or one of its weapons (``مقاتلاته``، ``مدفعيته``، ``زوارقها``)."""
    return any(stem in _OWN_SIDE or lex.has("weapons", stem) for stem in owned_stems(norm))


_DEATHS = rule_words("death_nouns")  # مقتل، مصرع: a death, whoever caused it
_SOURCES = rule_words("source_heads")  # قال مصدر أمني إنه تم إيقاف: someone else's act
_OBJECT_GAP = rule_words("object_gap_words")


def _object_of(
    tokens: Sequence[Token],
    report: Trigger,
    inner: Trigger,
    actor: tuple[int, int] | None,
    blocked: frozenset[int],
    occasion: int,
    lex: Lexicon,
) -> bool:
    """The noun is the report's object (``أعلن المغرب قطع العلاقات``, ``أعلن الحرس مسؤوليته عن
    إطلاق``): only the subject (with a relative clause closed by a comma), an occasion closed by
    ``عن`` at ``occasion`` (``_occasion_before_an``), dates and ``عن`` stand between them."""
    relative = -1
    for k in range(report.last + 1, inner.first):
        token = tokens[k]
        if k <= relative or not token.is_word or k in blocked or (actor is not None and actor[0] <= k <= actor[1]):
            continue
        if actor is not None and actor[0] - 2 <= k < actor[0] and token.norm in ("كل", "من"):
            continue  # أعلنت كل من الإمارات والبحرين قطع العلاقات
        if actor is not None and k == actor[1] + 1 and lex.has("relatives", token.norm):
            relative = next((j for j in range(k + 1, inner.first) if tokens[j].norm in ("،", ",")), -1)
            if relative > 0:
                continue  # أعلن المغرب الذي يقيم علاقات مع الرياض، قطع العلاقات
        if token.norm in _OBJECT_GAP or lex.has("particles", token.norm) or lex.has("light_nouns", token.norm):
            continue  # أعلنت الحكومة عن عقد اجتماع: the light noun before the act's noun
        if _own_head(token, lex):
            continue  # أعلن المصرف عقد محافظه اجتماعا: its own head does it, for the speaker
        if k == _occasion_start(report, actor) and occasion > k:
            relative = occasion - 1  # أعلن الوزير خلال زيارته إلى المدينة عن قرار: when, then what he announced
            continue
        return False
    return True


def _own_head(token: Token, lex: Lexicon) -> bool:
    """A title with the speaker's pronoun, as written (``محافظه``، ``رئيسها``، ``وزيرها``; not the ة
    of ``محافظة``): the speaker's own head or official."""
    if not token.text.endswith(("ه", "ها")):
        return False  # ة: a noun of its own, no pronoun
    return any(lex.titled(stem) for stem in owned_stems(token.norm, ("ها", "ه")))


_ADJUNCT_PREPOSITIONS = rule_words("adjunct_prepositions")  # خلال، أثناء، لدى، في
ADJUNCT_REACH = 16  # words of an adjunct between an announcing verb and its عن


def _occasion_start(report: Trigger, actor: tuple[int, int] | None) -> int:
    """Where an adjunct after a report verb and its subject would start."""
    return max(report.last, actor[1] if actor is not None else -1) + 1


def _occasion_before_an(
    tokens: Sequence[Token], report: Trigger, actor: tuple[int, int] | None, triggers: Sequence[Trigger], lex: Lexicon
) -> int:
    """The ``عن`` that closes an adjunct of time or occasion right after a report verb and its
    subject (``أعلن الوزير خلال زيارة أداها إلى المدينة عن``): a preposition, words without a comma,
    relative, complementizer or a verb of the lexicon (``خلال ندوة تحدث فيها عن``: his); -1 if none."""
    k = _occasion_start(report, actor)
    if not report.verbal or k >= len(tokens) or tokens[k].norm not in _ADJUNCT_PREPOSITIONS:
        return -1
    verbs = {t.first for t in triggers if t.verbal}
    for j in range(k + 2, min(len(tokens), k + 1 + ADJUNCT_REACH)):
        norm = tokens[j].norm
        if norm == "عن":
            return j
        if norm in ("،", ",") and j + 1 < len(tokens) and tokens[j + 1].norm == "عن":
            return j + 1  # خلال زيارة أداها إلى الجهة للوقوف على مشاكلها، عن قرار: the comma closes it
        if not tokens[j].is_word or j in verbs or lex.has("relatives", norm) or lex.has("complementizers", norm):
            return -1
    return -1


def _another_speaker(
    tokens: Sequence[Token], inner: tuple[int, int] | None, outer: tuple[int, int] | None, lex: Lexicon, verb: int
) -> bool:
    """The words inside a report are another one's (``قالت المصادر إن روسيا حذرت``: Russia's
    warning, the sources' statement): the inner verb's speaker is named before it, as what a
    complementizer opens tells its subject (after it, ``هاجم فيه الرئيس``, it may be the object),
    and the outer speaker goes on with no name or is a medium or a source, which tell others' words
    (a ministry saying ``إن تونس تدين`` tells its country's own: one accusation)."""
    if inner is None or inner[1] >= verb:
        return False
    if outer is None:
        return True
    if not (_medium(tokens, outer, lex) or without_conjunction(tokens[outer[0]].norm) in _SOURCES):
        return False  # a government's spokesman or ministry tells its country's words as its own
    words = [t.norm for t in tokens[inner[0] : inner[1] + 1]]
    return words != [t.norm for t in tokens[outer[0] : outer[1] + 1]]


def _content_type(
    tokens: Sequence[Token],
    triggers: Sequence[Trigger],
    frames: Sequence[Frame],
    decisions: list[Decision],
    n: int,
    lex: Lexicon,
    actors: Sequence[tuple[int, int] | None],
    reported: Sequence[int],
) -> str:
    """A statement's type from what it says (``reported``: the triggers after it that it reports,
    in order): a denial, an accusation or a warning, else statement."""
    span = frames[n].content
    if span is None:
        return "statement"
    for m in reported:
        if triggers[m].first > span[1]:
            break
        inner = triggers[m]
        if (
            decisions[m].type in ("accusation", "denial", "warning")
            and inner.entry.report
            and inner.pos != "noun"
            and not (inner.pos == "passive" and inner.entry.lemma == _CONVICTING)  # وقد أدينوا: a ruling told
        ):
            if inner.pos == "verb" and _another_speaker(tokens, actors[m], actors[n], lex, inner.first):
                return "statement"  # what another one blamed, denied or warned of: their event, this the words
            kind = decisions[m].type
            decisions[m] = Decision(None, absorbed=True)
            assert kind is not None
            return kind
    calling = lex.has("calling_lemmas", triggers[n].entry.lemma)
    if calling:
        called = _called_words(tokens, (triggers[n].last + 1, span[1]), lex)
        if _has_cue(*called, lex, "denial_cues"):
            return "denial"  # وصف الاتهامات بأنها كاذبة: a claim called false is denied, though it names a wrong
        if _has_cue(*called, lex, "accusation_cues") or _has_cue(*called, lex, "wrong_names"):
            return "accusation"  # اعتبرت الحكومة القرار انتهاكا لسيادتها، وصف القصف "بالجريمة" والذي "..."
    if frames[n].complement is None:
        return "statement"  # only what a complementizer, a colon or a quotation opens is read for cues
    if _denies_own_act(tokens, triggers, frames, n, actors, lex):
        return "denial"  # أكد الجيش أن طائراته لم تقصف القرية: the speaker's side did not do it
    if _claims_called_false(tokens, span):
        return "denial"  # قال إن التهم الموجهة إليه باطلة: what he is charged with is false
    told = _without_counted(_without_classified(_without_charges(_without_detained(tokens, span, triggers, n)), lex))
    told = _without_in_charge(told, lex)
    told = _without_a_texts_stance(told)
    told = _without_what_came(told)
    told = _without_lifted(told)
    affirmed = _without_negated(told)  # لا تهدد حياته: no threat (a denial's cues hold their negation)
    if len(affirmed) == len(told):
        affirmed = told  # nothing negated: the words, their forms and sets below are worked out once
    told_bare = _bare_words(told)
    affirmed_bare = told_bare if affirmed is told else _bare_words(affirmed)
    # a threat is told as a condition; an accusation or a denial only as asserted
    told_asserted = _asserted(told)
    affirmed_asserted = told_asserted if affirmed is told else _asserted(affirmed)
    presents: dict[tuple[bool, int], set[str]] = {}  # (of ``told``, words): the set of their forms
    for kind in ("denial", "accusation", "warning"):
        said, said_bare = (told, told_bare) if kind == "denial" else (affirmed, affirmed_bare)
        words = said if kind == "warning" else told_asserted if kind == "denial" else affirmed_asserted
        bare = said_bare[: len(words)]
        described = _described_negations(words, lex) if kind == "denial" and "لم" in words else ()
        if described:  # الأزمة التي لم تحدث فجأة: a negation that describes a thing denies nothing
            words = [w for k, w in enumerate(words) if k not in described]
            bare = [w for k, w in enumerate(bare) if k not in described]
            present: set[str] | None = set(words).union(bare, *map(_without_pronoun, bare))
        elif kind == "accusation" and not IMPERSONAL.isdisjoint(words):
            words, bare = _without_done(words, bare)
            present = set(words).union(bare, *map(_without_pronoun, bare))
        else:
            present = presents.get((said is told, len(words)))
        if present is None:
            present = presents[(said is told, len(words))] = set(words).union(bare, *map(_without_pronoun, bare))
        if _has_cue(words, bare, present, lex, _CUES[kind]):
            if kind == "accusation" and _accident(said, lex) and not _blames(bare, lex):
                continue  # سقوط طائرة ... تدمير منزل: the damage of an accident blames no one
            return kind
        if kind == "accusation" and _blames(bare, lex):
            return kind
    return "statement"


_CUES = {kind: f"{kind}_cues" for kind in ("denial", "accusation", "warning")}
_NORM = attrgetter("norm")
DETAINED_WORDS = 6  # words naming who an arrest holds (القبض على شاب متورط في سرقة محلات)


def _without_detained(tokens: Sequence[Token], span: tuple[int, int], triggers: Sequence[Trigger], n: int) -> list[str]:
    """The words of a statement's complement ``span`` without those naming who an arrest in it holds,
    up to ``DETAINED_WORDS``, a punctuation mark or a word joined by و (``ألقت القبض على شاب متورط في
    سرقة``): the police's description of the detained is no accusation by whoever reports the arrest
    (``اعتقلت موكله وارتكبت انتهاكات`` keeps what و joins)."""
    held: set[int] = set()
    for m in range(n + 1, len(triggers)):
        arrest = triggers[m]
        if arrest.first > span[1]:
            break
        if not arrest.entry.detains or arrest.first < span[0]:
            continue
        for k in range(arrest.last + 1, min(span[1] + 1, arrest.last + 1 + DETAINED_WORDS)):
            token = tokens[k]
            if not token.is_word or (token.norm[:1] == "و" and len(token.norm) > 3) or token.norm in _CHARGED:
                break  # a charge or a suspicion after them is read as such (``_without_charges``)
            held.add(k)
    return [tokens[k].norm for k in range(span[0], span[1] + 1) if k not in held]


_IN_CHARGE = rule_words("in_charge_words")  # المسؤول عن: in charge of, or the one to blame for
# a vehicle's trip is no visit, nor a hospital's patients
_VEHICLES_AND_PLACES = rule_words("vehicle_words") | rule_words("receiving_places")
_ROAD_VEHICLES = rule_words("road_vehicles")


def _the_accused(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon) -> bool:
    """An accusation's participle after a preposition (``بحق متهمين``، ``مع المتهم``، ``لمتهمين``):
    a noun naming who is accused, not an accuser's act (``متهما إياه``, after a comma, accuses)."""
    if trigger.prefix.endswith(("ل", "ب")):
        return True
    return trigger.first > 0 and (
        lex.has("prepositions", tokens[trigger.first - 1].norm) or tokens[trigger.first - 1].norm == "بحق"
    )


def _road_vehicle(tokens: Sequence[Token], actor: tuple[int, int]) -> bool:
    """The actor is a vehicle of the road (``سيارة مسرعة``، ``الحافلة``), not who drove it."""
    return without_conjunction(tokens[actor[0]].norm).removeprefix("ال") in _ROAD_VEHICLES


def _without_in_charge(words: list[str], lex: Lexicon) -> list[str]:
    """``words`` without an official in charge of something (``القائد المسؤول عن القاعدة``، ``الضابط
    المسؤول عن الحراسة``): after a definite noun, المسؤول عن blames only for an act named after it
    (``الجماعة المسؤولة عن الهجوم``); left as a blank word, so no cue phrase runs over it."""
    if _IN_CHARGE.isdisjoint(words) and _TO_BE_IN_CHARGE.isdisjoint(words):
        return words
    out = list(words)
    for k in range(1, len(words) - 1):
        definite_before = words[k - 1].startswith(("ال", "لل", "بال", "وال"))
        if words[k] in _IN_CHARGE and words[k + 1] == "عن" and definite_before and not _act_named(words[k + 2 :], lex):
            out[k] = ""
        elif words[k - 1] in _TO_BE_IN_CHARGE and words[k + 1] == "عن" and not _act_named(words[k + 2 :], lex):
            out[k] = ""  # ستكون مسؤولة عن صياغة خطة: a task she will have, no blame
    return out


_TO_BE_IN_CHARGE = rule_words("future_copulas")  # ستكون، سيكون: in charge of a task to come


_STANCE_TEXTS = rule_words("stance_texts")  # قرار، مشروع قانون، لائحة: a text that may condemn or demand


def _without_a_texts_stance(words: list[str]) -> list[str]:
    """``words`` without the present verb right after a text's noun (``قرار يدين الاستيطان``، ``مشروع
    قانون يجرم التعذيب``): what the text says is no cue of the speaker's; left as a blank word."""
    if _STANCE_TEXTS.isdisjoint(words):
        return words
    out = list(words)
    for k in range(len(words) - 1):
        following = words[k + 1]
        if words[k] in _STANCE_TEXTS and following[:1] in ("ي", "ت") and len(following) > 3:
            out[k + 1] = ""
    return out


def _without_lifted(words: list[str]) -> list[str]:
    """``words`` without the word right after one that lifts or withdraws (``رفع تحذير السفر``،
    ``إلغاء التهديد``), or after it and a construct's head: a warning lifted is none given; left as a
    blank word."""
    if _LIFTING.isdisjoint(words):
        return words
    return ["" if _lifting_before(words[max(0, k - 2) : k]) else word for k, word in enumerate(words)]


def _without_what_came(words: list[str]) -> list[str]:
    """``words`` without the nouns من explains ما by when ما is what was told (``ما جاء في التقرير من
    اتهامات للشركة بالتلاعب``، ``ما نشرته الصحيفة من انتقادات وتهم``), with whom and what of they
    name: someone else's words, named to be judged, are no cue of the speaker's (``ما يجري من
    انتهاكات`` is: what happens); left as blank words."""
    if "ما" not in words or "من" not in words:
        return words
    out = list(words)
    for k, word in enumerate(words):
        if word != "من" or k + 1 == len(words) or not _after_what_told(words, k):
            continue
        out[k + 1] = ""
        j = k + 2
        while j < min(len(words), k + _EXPLAINED_WORDS):
            following = words[j]
            if following[:1] == "و" or (following[:1] in "لب" and len(following) > 3):
                out[j] = ""  # من اتهامات وانتقادات للحزب بالتلاعب: the nouns joined, whom, of what
            elif following in ("في", "علي", "عن") and j + 1 < len(words):
                out[j] = out[j + 1] = ""  # بالتورط في الفساد
                j += 1
            else:
                break
            j += 1
    return out


def _after_what_told(norms: Sequence[str], at: int) -> bool:
    """Whether the من at ``at`` explains a ما of what was told a few words before it (``ما نقلته
    قناة "المدينة" من``; quotation marks not counted)."""
    before = [w for w in norms[max(0, at - 2 * _WHAT_CAME_WORDS) : at] if w not in QUOTE_MARKS][-_WHAT_CAME_WORDS:]
    return any(w == "ما" and told in _TOLD_AFTER_WHAT for w, told in pairwise(before))


_WHAT_CAME_WORDS = 8  # words between ما and its من (ما نقلته قناة المدينة عن مصادرها الخاصة من)
_EXPLAINED_WORDS = 8  # words of what من names after it, its owners and charges
_TOLD_AFTER_WHAT = rule_words("told_after_what")  # جاء، ورد، نشرته، تداوله: ما as what was told


def _act_named(words: Sequence[str], lex: Lexicon) -> bool:
    """An act's noun first among ``words``, or after a noun that only carries one (``تنفيذ الهجوم``)."""
    if not words:
        return False
    if any(a.form.pos == "noun" for a in lex.analyses(words[0])):
        return True
    return len(words) > 1 and lex.has("light_nouns", words[0]) and _act_named(words[1:2], lex)


def _described_negations(words: Sequence[str], lex: Lexicon) -> frozenset[int]:
    """Where لم opens a relative clause (``الأزمة التي لم تحدث فجأة``، ``القرار الذي لم يصدر بعد``):
    it tells what a thing is, not that something told did not happen."""
    return frozenset(k for k in range(1, len(words)) if words[k] == "لم" and lex.has("relatives", words[k - 1]))


def _bare_words(words: list[str]) -> list[str]:
    """The words without a leading و/ف/ب (four letters left at least)."""
    return [w[1:] if len(w) > 3 and w[0] in "وفب" else w for w in words]


def _accident(words: Sequence[str], lex: Lexicon) -> bool:
    """An accident is told among ``words`` (سقوط، حادث، انهيار)."""
    accidents = lex.members("accident_words")
    return any(w in accidents or w.removeprefix("ال") in accidents for w in words)


BLAME_REACH = 5  # words from حمّل to the مسؤولية it lays on someone


def _blames(words: Sequence[str], lex: Lexicon) -> bool:
    """``تحمل النظام مسؤولية``: holding someone responsible (not ``المسؤولية التي حملها``)."""
    verbs, nouns = lex.members("blame_verbs"), lex.members("blame_nouns")
    if verbs.isdisjoint(words):
        return False  # most statements: one test in C
    return any(
        word in verbs and not nouns.isdisjoint(words[k + 1 : k + 1 + BLAME_REACH]) for k, word in enumerate(words)
    )


CALLING_REACH = 10  # words of what is called so and what it is called


_CHARGES = rule_words("charge_nouns")
_SUSPICIONS = rule_words("suspicion_words")  # يشتبه في انتمائهم إلى تنظيم إرهابي: what the police suspect
_LISTS = rule_words("list_nouns")  # a list's head, in construct
CHARGE_WORDS = 4  # words naming the charge after بتهمة
SUSPICION_WORDS = 6  # words naming what is suspected after يشتبه (في انتمائهم إلى تنظيم ...)
_CHARGED = _CHARGES | _SUSPICIONS


_OPEN_QUESTIONS = rule_words("open_question_words")
_WAS = rule_words("kana_forms")


def _without_done(words: list[str], bare: list[str]) -> tuple[list[str], list[str]]:
    """The words (and their bare forms) without each one right after تم/جرى (``المخابئ التي تم
    تدميرها``): a deed told with no doer blames no one."""
    keep = [k for k in range(len(words)) if k == 0 or words[k - 1] not in IMPERSONAL]
    return [words[k] for k in keep], [bare[k] for k in keep]


def _asserted(words: list[str]) -> list[str]:
    """The words up to a question or a condition (``لم تعرف دوافعه، وما إذا كانت إرهابية``): what
    follows is not said to be so."""
    if _OPEN_QUESTIONS.isdisjoint(words) and _WAS.isdisjoint(words):
        return words  # most statements: two tests in C
    for k, word in enumerate(words):
        if word in _OPEN_QUESTIONS:
            return words[:k]
        if word in ("ان", "وان") and k + 1 < len(words) and words[k + 1] in _WAS:
            return words[:k]  # تساءلت إن كانت: إنْ before a verb is "if", not the complementizer
    return words


def _without_charges(words: list[str]) -> list[str]:
    """The words without what a charge or a suspicion names (``حكمت المحكمة عليه بتهمة الإساءة``،
    ``يشتبه في انتمائهم إلى تنظيم إرهابي``): a court's or the police's charge told in a report is no
    accusation by the speaker."""
    if _CHARGED.isdisjoint(words):
        return words
    out: list[str] = []
    skip = 0
    for word in words:
        if skip:
            skip -= 1
            continue
        if word in _CHARGES:
            skip = CHARGE_WORDS
        elif word in _SUSPICIONS:
            skip = SUSPICION_WORDS
        out.append(word)
    return out


_COUNT_WORDS = rule_words("count_words")
_COUNTERS = _COUNT_WORDS | rule_words("many_words")


def _without_counted(words: list[str]) -> list[str]:
    """The words without those a tally counts (``عدد الاعتداءات``، ``276 اعتداء``، ``عشرات
    الاعتداءات``): figures of acts blame no one."""
    if _COUNTERS.isdisjoint(words) and not any(map(str.isdigit, words)):
        return words  # most reports: no figure (both checks run in C)
    counted = [
        k > 0 and (words[k - 1].isdigit() or words[k - 1] in _COUNT_WORDS or words[k - 1] in _MANY)
        for k in range(len(words))
    ]
    for k in range(2, len(words)):
        if counted[k - 2] and words[k - 1] == "في" and words[k - 2][:1] != "ال":
            counted[k] = True  # 45 محضرا في خرق: what the counted records are for, no one blamed
    return [w for k, w in enumerate(words) if not counted[k]]


_NEGATIONS = rule_words("plain_negations")  # not لن: لن نسمح is a threat
_SPEAKER_COMPLEMENTIZERS = rule_words("speaker_complementizers")  # أنه، أنها، إنهم: of the speaker
DENIED_SUBJECT_WORDS = 4  # the longest subject read between the complementizer and the negation
_ONLY = rule_words("restricting_words")  # سوى، إلا: لم ... إلا is "only", no negation
ONLY_REACH = 6  # words after the negated verb read for a restriction


def _denies_own_act(
    tokens: Sequence[Token],
    triggers: Sequence[Trigger],
    frames: Sequence[Frame],
    n: int,
    actors: Sequence[tuple[int, int] | None],
    lex: Lexicon,
) -> bool:
    """The report says its speaker's side did not do an attack or a measure (``أكدت الوزارة أن
    طائراتها لم تقصف القرية``، ``قال الجيش إنه لم يعتقل أحدا``): a denial of that act."""
    span = frames[n].complement
    assert span is not None
    opener = tokens[span[0]].norm
    for m in range(n + 1, len(triggers)):
        inner = triggers[m]
        if inner.first > span[1]:
            return False
        if not frames[m].negated or frames[m].reporter != n or inner.type not in ("attack", "measure"):
            continue
        at = inner.first if inner.light is None else inner.light
        if at < 1 or tokens[at - 1].norm not in _NEGATIONS or inner.pos == "passive":
            continue
        if tokens[at].norm in IMPERSONAL or not _ONLY.isdisjoint(t.norm for t in tokens[at : at + ONLY_REACH]):
            continue  # أنه لم يتم إغلاق إلا مدرسة: no one's act denied, a count restricted
        if without_conjunction(opener) in _SPEAKER_COMPLEMENTIZERS and at - 1 == span[0] + 1:
            return True  # أنها لم تقصف
        subject = (span[0] + 1, at - 2)
        if not 0 <= subject[1] - subject[0] < DENIED_SUBJECT_WORDS:
            continue
        if _own_side(tokens[subject[0]].norm, lex) or one_party(tokens, subject, actors[n], lex):
            return True  # أن طائراتها لم تقصف، أن الطيران الكندي لم يقصف (said by Canada's staff)
    return False


_NEGATED_OR_ANY = _NEGATIONS | {"اي"}  # لا، لم، أي: words after them hold no cue


def _without_negated(words: list[str]) -> list[str]:
    """The words without those a negation denies (``لا تهدد حياته``، ``لم يقصد الإساءة``) or that أي makes
    any one (``الرد على أي اعتداء``): no cue of a threat or a blame (the denial cues are read before
    this, with their negations)."""
    if _NEGATED_OR_ANY.isdisjoint(words):
        return words
    return [  # the negated word and the one after it, its object (لم يقصد الإساءة)
        w
        for k, w in enumerate(words)
        if not ((k > 0 and words[k - 1] in _NEGATED_OR_ANY) or (k > 1 and words[k - 2] in _NEGATED_OR_ANY))
    ]


_CLASSIFYING = rule_words("terrorist_adjectives")
_CALLING_COMPLEMENTIZERS = rule_words("calling_complementizers")


def _without_classified(words: list[str], lex: Lexicon, called: bool = False) -> list[str]:
    """The words without a terrorism adjective that classifies a case, a cell or an operation
    (``قضايا إرهابية``، ``الخلية الإرهابية``; ``classified_heads``): no one is blamed by it. What a
    verb of calling calls so keeps it (``وصف الهجوم بأنه عمل إرهابي``، ``بالعمل الإرهابي``: called
    a terrorist act, a condemnation)."""
    if _CLASSIFYING.isdisjoint(words):
        return words
    heads = lex.members("classified_heads")
    return [
        w
        for k, w in enumerate(words)
        if not (
            w in _CLASSIFYING
            and k > 0
            and _head_of(words[k - 1]) in heads
            and not (called and _is_called(words, k - 1, lex))
        )
    ]


def _is_called(words: list[str], k: int, lex: Lexicon) -> bool:
    """Whether word ``k`` is what a verb of calling calls the thing: right after ``بأنه`` and its
    kin (``calling_complementizers``), or the first word with ب when no complementizer came before
    (``وصف الهجوم بالعمل الإرهابي``; not ``اعتبر أن الاعتقالات تتعلق بقضايا إرهابية``)."""
    if k > 0 and words[k - 1] in _CALLING_COMPLEMENTIZERS:
        return True
    return words[k][:1] == "ب" and not any(w[:1] == "ب" or lex.has("complementizers", w) for w in words[:k])


def _head_of(word: str) -> str:
    """A noun without a preposition in front (``بقضايا`` -> ``قضايا``)."""
    return word[1:] if word[:1] in ("ب", "ل") and len(word) > 4 else word


def _called_words(
    tokens: Sequence[Token], span: tuple[int, int], lex: Lexicon
) -> tuple[list[str], list[str], set[str]]:
    """What a speaker calls something: the words after the verb up to a punctuation mark, bare
    (without و/ف/ب and the article) and both together, for ``_has_cue`` (a wrong: انتهاكا،
    بالجريمة; or a claim called false: كاذبة)."""
    words: list[str] = []
    for k in range(span[0], min(span[1] + 1, span[0] + CALLING_REACH)):
        if tokens[k].norm in QUOTE_MARKS:
            continue  # وصفت القانون "بالعنصري": the words called, quoted
        if not tokens[k].is_word:
            break
        words.append(tokens[k].norm)
    words = _without_classified(words, lex, called=True)  # اعتبر أن الخطر الإرهابي يفرض: no one called so
    words = _without_what_came(words)  # اعتبر ما نشر من اتهامات: others' words, named to be judged
    bare = [w[1:] if len(w) > 3 and w[0] in "وفب" else w for w in words]
    bare = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in bare]
    return words, bare, set(words).union(bare)


_PRONOUN_ENDINGS = ("هما", "هم", "ها", "نا", "كم")  # not ه alone: the normalised ta marbuta


@lru_cache(maxsize=8192)
def _without_pronoun(word: str) -> tuple[str, ...]:
    """The word without an attached pronoun (``تدميرنا``، ``لتدميرنا`` -> ``تدمير``), four letters left
    at least (worked out once per word)."""
    if not word.endswith(_PRONOUN_ENDINGS):
        return ()  # most words
    stems = [word[: -len(p)] for p in _PRONOUN_ENDINGS if word.endswith(p) and len(word) - len(p) >= 4]
    return tuple(stems + [w[1:] for w in stems if w[0] == "ل" and len(w) > 4])


def _has_cue(words: Sequence[str], bare: Sequence[str], present: set[str], lex: Lexicon, name: str) -> bool:
    """Whether a cue word or phrase of list ``name`` stands among ``words`` (``bare``: the same words
    without a leading و/ف/ب; ``present``: both, as a set)."""
    if not lex.words[name].isdisjoint(present):
        return True
    starts = lex.phrase_starts(name)
    if present.isdisjoint(starts):
        return False
    at = compress(count(), map(or_, map(starts.__contains__, words), map(starts.__contains__, bare)))  # in C
    for k in at:  # where a phrase may start (the word or its bare form opens one)
        for phrase in starts.get(words[k]) or starts.get(bare[k]) or ():
            if tuple(words[k + 1 : k + len(phrase)]) == phrase[1:]:
                return True
    return False


_SINCE = rule_words("since_words")


_VISIT_KINDS = rule_words("visit_kind_words")


_DURING = rule_words("during_words")  # خلال، أثناء، هامش


def on_a_visit(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """An indefinite visit's noun told with its kind or where it goes (``في زيارة رسمية``، ``في زيارة
    عمل``، ``في زيارة إلى``): someone is on a visit; not one's own visit recalled (``في زيارته
    الأخيرة``) nor a visit wished or planned with its object (``الراغبين في زيارة تونس``)."""
    if trigger.prefix.endswith("ال") or trigger.enclitic or trigger.last + 1 >= len(tokens):
        return False
    after = tokens[trigger.last + 1].norm
    return after in _VISIT_KINDS or after in ("الي", "لدوله") or after.endswith(("يه", "يا"))


WITH_PARTY_REACH = 3  # words from an anchored act to the مع that names its other party
_WITH_PARTY_TYPES = frozenset({"meeting", "agreement"})  # acts held with another party (إثر لقاء مع الوزير)


_CONDEMNING = rule_lemmas("condemning_lemmas")  # إدانة، تنديد، استنكار
_DRAWING = rule_words("drawing_verbs")  # لقي، قوبل، أثار، وسط: what an act met with or drew
DRAWN_REACH = 3  # words from the verb to the condemnation it drew (أثار موجة واسعة من التنديد)


def _drawn(tokens: Sequence[Token], first: int) -> bool:
    """A word of ``drawing_verbs`` stands within ``DRAWN_REACH`` words before token ``first``."""
    window = tokens[max(0, first - DRAWN_REACH) : first]
    return any(t.norm in _DRAWING or without_conjunction(t.norm) in _DRAWING for t in window)  # وسط: no و


def is_strong(
    tokens: Sequence[Token],
    trigger: Trigger,
    frame: Frame,
    quoted: bool,
    date: Timex | None,
    announced: bool,
    lex: Lexicon,
    recall: bool = False,
    governed: bool | None = None,
) -> bool:
    """Whether the mention reports an event by itself, or only recalls one reported elsewhere.

    ``governed``: whether a light verb governs the trigger (``light_after``), when the caller knows.
    """
    if recall:
        return False
    if frame.headline or (quoted and not trigger.entry.report):
        return False
    if trigger.pos == "participle":  # عثر عليه مقتولا يوم الخميس: a dated state that tells the act
        circumstantial = not trigger.prefix and tokens[trigger.last].norm.endswith("ا")
        return circumstantial and date is not None and not trigger.entry.report
    if trigger.verbal:
        if frame.attributive:
            return False  # 63 شخصا قتلوا: a description
        if frame.relative:
            return date is not None and not trigger.entry.report
        return True
    if governed is None:
        governed = trigger.light is not None or light_after(tokens, trigger, lex) is not None
    before = tokens[trigger.first - 1].norm if trigger.first > 0 else ""
    if governed and trigger.light is None and trigger.prefix.endswith("ال") and before in _SINCE and date is None:
        return False  # بعد الاتهامات التي وجهتها للسفارة: the act its sentence follows on, told elsewhere
    if frame.opener and trigger.light is None and _described(tokens, trigger):
        return False  # وتفاهم الهدنة هو الثالث خلال شهر: what the act is, said of one told before
    if announced or governed or date is not None:
        return True
    if trigger.entry.lemma in _CONDEMNING and _drawn(tokens, trigger.first):
        return True  # لقي الهجوم إدانات واسعة، وسط تنديد دولي: condemnation an act drew, told here
    anchored = lex.has("event_prepositions", before)  # إثر اتفاق الفصائل، عقب انسحاب واشنطن
    if any(lex.has("sequence_verbs", t.norm) for t in tokens[max(0, trigger.first - 2) : trigger.first]):
        return True  # التي تلت مقتل جندي، تبعتها سلسلة غارات: an act told in a sequence of acts
    if _new_cause(tokens, trigger, lex):
        return True  # أسفر هجوم انتحاري عن مقتل عشرين: the attack its toll is told with, new here
    casualties = trigger.entry.outcome or trigger.entry.undergoer  # مقتل، سقوط قتلى
    caused = before in ("الي", "إلى") or (before in _RESULT_PREPOSITIONS and not casualties)
    if caused and _caused_by(tokens, trigger.first - 1, lex):
        return True  # ما دفع المعارضة إلى اتهام الحكومة، أدى ذلك إلى استقالة الوزير: what it led to
    # (deaths after أسفر عن are those of an attack its subject names, told there)
    if (
        trigger.first > 1
        and lex.has("occurrence_nouns", before)
        and tokens[trigger.first - 2].norm in _RESULT_PREPOSITIONS
        and _caused_by(tokens, trigger.first - 2, lex)
    ):
        return True  # مما أدى إلى وقوع اشتباكات: what it led to happen
    if _licensed_report(trigger):
        return True  # حسب تقرير المنظمة: a report named by the word that licenses it is told
    if trigger.type == "visit" and before == "في" and on_a_visit(tokens, trigger):
        return True  # انتقل الرئيس إلى موسكو في زيارة رسمية: on a visit, told here
    if trigger.type == "visit" and before in _DURING and on_a_visit(tokens, trigger):
        return True  # وتابع أثناء زيارة إلى مخيم اللاجئين: during a visit told here
    genitive = (
        not trigger.prefix.endswith("ال")
        and not trigger.enclitic
        and trigger.last + 1 < len(tokens)
        and tokens[trigger.last + 1].is_word
        and not lex.has("prepositions", tokens[trigger.last + 1].norm)
        and not tokens[trigger.last + 1].norm.endswith(("يه", "يين", "يون"))  # إجراءات عقابية: an adjective, no agent
    )
    masdar = (genitive or bool(trigger.enclitic)) and any(  # إقرار الكنيست لقانون، استضافتها لوفد: agent and object
        tokens[k].norm.startswith("ل") and not tokens[k].norm.startswith(("لا", "لم", "لن", "لكن"))
        for k in range(trigger.last + (1 if trigger.enclitic else 2), min(len(tokens), trigger.last + 5))
        if tokens[k].is_word
    )
    with_party = (
        anchored
        and trigger.type in _WITH_PARTY_TYPES
        and any(  # بعد اتفاق مع الإدارة، إثر لقاء مع الوزير، عقب محادثات بين الزعيمين
            tokens[k].norm == "مع" or (tokens[k].norm == "بين" and not trigger.prefix.endswith("ال"))
            for k in range(trigger.last + 1, min(len(tokens), trigger.last + 1 + WITH_PARTY_REACH))
        )
    )
    with_party = with_party or (anchored and trigger.type == "meeting" and _met_with_b(tokens, trigger, lex))
    return (anchored and genitive) or masdar or with_party


def _met_with_b(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon) -> bool:
    """A meeting's noun with its owner's pronoun and the other party after ب, a title, a body or a
    counterpart (``عقب اجتماعها بالرئيس``، ``خلال لقائه بنظيره``; not ``بمقر الوزارة``: where)."""
    k = trigger.last + 1
    if not trigger.enclitic or k >= len(tokens) or tokens[k].norm[:1] != "ب":
        return False
    party = tokens[k].norm[1:]
    return lex.titled(party) or lex.has("institution_heads", party) or lex.has("counterparts", party)
