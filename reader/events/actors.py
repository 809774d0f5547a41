"""Pass 3, actors: who did it, as a span of the sentence.

Arabic news puts the subject after the verb (``قال وزير الخارجية التركي إن``), or before it in a
topic (``طائرات التحالف استهدفت``, ``أما المعارضة، فقد أكدت``). A noun phrase here is a
construct chain, adjectives, titles and names, up to a preposition, a complementizer, a verb,
a comma or a date. A passive verb's agent follows ``على يد``/``من قبل``/``برصاص``; a noun's agent
is its genitive (``زيارة الوزير``) for the types whose nouns name the doer, or the subject of a
light verb before or after it (``شن الجيش غارات``, ``الهجوم الذي نفذه التنظيم``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader.events.frames import (
    QUOTE_CHARS,
    QUOTE_OPEN,
    SETTING_ADJECTIVES,
    acts_before_comma,
    function_word,
    opening_speech_setting,
    purpose_masdar,
)
from reader.events.lexicon import Lexicon, rule_lemmas, rule_words
from reader.events.mention import Trigger
from reader.events.morphology import masdar_shape, plural_ending, present_verb_shape, without_conjunction
from reader.events.parties import parties, radio_station
from reader.events.triggers import CARDINALS, light_after, reads_as_its_noun, the_first_who
from reader.text.tokens import SentenceText, Token, between_words

MAX_WORDS = 7
NAME_TAIL_WORDS = 3  # words a name's last part may take past MAX_WORDS (بن عبد الله)
WORD_CACHE = 16_384  # distinct words whose tests are kept (a bound on memory)
AGENT_GENITIVE = frozenset({"visit", "meeting", "agreement", "statement", "accusation", "denial", "warning"})
AGENT_GENITIVE_LEMMAS = rule_lemmas("agent_genitive_lemmas")
NOUN_AGENT_REACH = 14  # tokens after an act's noun within which its agent's marker may stand
PATIENT_GENITIVE = frozenset({"measure", "attack"})  # their noun's genitive suffers the act: the agent after من قبل
AGENT_MARKERS = (("علي", "يد"), ("من", "قبل"), ("برصاص",), ("بنيران",), ("برصاص", "قوات"), ("بيد",))
_ADJECTIVE_ENDINGS = ("ي", "يه", "يين", "يون", "يان")
_ADJECTIVES = rule_words("actor_adjectives")


def find_actors(
    text: SentenceText,
    triggers: Sequence[Trigger],
    lex: Lexicon,
    blocked: frozenset[int],
    lights: Sequence[int | None] | None = None,
) -> list[tuple[int, int] | None]:
    """The actor span (first and last token) of each trigger, or None. ``lights``: the light verb
    after each trigger (``light_after``), when the caller has them."""
    tokens = text.tokens
    trigger_at = {t.first: t for t in triggers}
    if lights is None:
        lights = [light_after(tokens, t, lex) for t in triggers]
    spans = [_actor(tokens, t, trigger_at, lex, blocked, light) for t, light in zip(triggers, lights, strict=True)]
    spans = [
        _without_addressee(tokens, span, lex, t.entry.lemma) if span is not None and t.entry.report else span
        for t, span in zip(triggers, spans, strict=True)
    ]
    spans = [
        None
        if span is not None
        and (
            _prepositional_actor(tokens, span, t, lex)
            or _act_adjective(tokens, span, t, lex)
            or _circumstantial(tokens, span, t, lex)
        )
        else span
        for t, span in zip(triggers, spans, strict=True)
    ]
    spans = [_the_meeting_s_own(span, t, triggers, spans) for t, span in zip(triggers, spans, strict=True)]
    spans = [
        _before_its_object(tokens, span, t, lex) if span is not None else None
        for t, span in zip(triggers, spans, strict=True)
    ]
    spans = [
        _past_leading_verb(tokens, span, t) if span is not None else None
        for t, span in zip(triggers, spans, strict=True)
    ]
    spans = [
        _before_a_plural_verb(tokens, span, t, lex) if span is not None else None
        for t, span in zip(triggers, spans, strict=True)
    ]
    return [
        _behind_document(tokens, span, t, lex, trigger_at, blocked) if span is not None else None
        for t, span in zip(triggers, spans, strict=True)
    ]


def _two_accusatives(tokens: Sequence[Token], k: int, end: int, lex: Lexicon) -> bool:
    """Two indefinite words in the accusative as written, a noun and its adjective (``إضرابا شاملا``،
    ``وفدا رسميا``، ``هبوطا قياسيا``): an object, never who acts. The noun is a verbal noun or a word
    the lexicon knows, or the adjective a nisba; not a country, a pronoun's alif (``فرنسا دعمها``) or
    a name whose words end in ا."""
    if k + 1 >= end or not tokens[k + 1].is_word:
        return False
    noun, adjective = tokens[k].norm, tokens[k + 1].norm
    for word in (noun, adjective):
        if len(word) <= 3 or not word.endswith("ا") or word.startswith("ال") or word.endswith(("ها", "نا")):
            return False
    if (noun,) in lex.parties:
        return False
    stem = noun[:-1]
    return masdar_shape(stem) or bool(lex.analyses(stem) or lex.classes(stem)) or adjective.endswith("يا")


def _before_a_building(tokens: Sequence[Token], span: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """An attack's doer after its verb ends before a building with the article right after an
    indefinite adjective (``داهمت عناصر ملثمة المقر``): the building is what was attacked (not after
    a noun that takes it as its genitive: ``الناطق باسم البيت الأبيض``)."""
    for m in range(span[0] + 1, span[1] + 1):
        norm, before = tokens[m].norm, tokens[m - 1]
        described = before.text.endswith("ة") or _adjectival_indefinite(before.norm)
        if norm.startswith("ال") and lex.has("building_nouns", norm) and described and before.norm[:2] != "ال":
            return (span[0], m - 1)
    return span


def _before_its_object(
    tokens: Sequence[Token], span: tuple[int, int], trigger: Trigger, lex: Lexicon
) -> tuple[int, int]:
    """An act's doer ends before the word its sense requires after it (``تولى فلان السلطة``،
    ``شدد الرئيس فلان الأوامر``): that word is what is done, not part of who did it, unless it is
    the genitive of a noun of the name (``لجنة التحقيق``، ``شركة توزيع الكهرباء``), joined to it by
    و, or the phrase's first word (``حلت الحكومة البرلمان``)."""
    if trigger.entry.report or span[0] < trigger.last:
        return span
    objects = [c.words for c in trigger.entry.requires if c.side == "after"]
    if not objects:
        return span
    for k in range(span[0] + 1, span[1] + 1):
        norm = tokens[k].norm
        if not any(norm in words for words in objects):
            continue
        head = tokens[k - 1].norm
        if _name_word(head, lex):
            if k - 1 > span[0] and _construct_head(head) and not _name_word(tokens[k - 2].norm, lex):
                # رفعت مقاطعة هونان درجة التأهب: the object's head ends the name
                return span[0], _before_commas(tokens, span[0], k - 2)
            return span  # لجنة التحقيق، شركة توزيع الكهرباء: the name's own genitive
        return span[0], _before_commas(tokens, span[0], k - 1)
    return span


def _name_word(norm: str, lex: Lexicon) -> bool:
    """A word a construct of a name may hang on: a title, a body, or a construct's head itself."""
    return _titled(norm, lex) or lex.has("institution_heads", norm) or _construct_head(norm)


_LEADING_VERBS = rule_words("purpose_leading_verbs")  # عاد، خرج، سارع: a verb whose purpose follows with ل


def _past_leading_verb(tokens: Sequence[Token], span: tuple[int, int], trigger: Trigger) -> tuple[int, int] | None:
    """The doer of a verb of purpose (``ليؤكد``، ``لتقول``) told before it with the verb it follows
    (``عادت الوزيرة لتقول``، ``خرج المتحدث ليعلن``): the subject without that verb, none if it has none."""
    if trigger.prefix[-1:] != "ل" or span[1] >= trigger.first or tokens[span[0]].norm not in _LEADING_VERBS:
        return span
    return (span[0] + 1, span[1]) if span[1] > span[0] else None


def _before_a_plural_verb(
    tokens: Sequence[Token], span: tuple[int, int], trigger: Trigger, lex: Lexicon
) -> tuple[int, int] | None:
    """A phrase that runs into a past verb in the plural as written, its object or its preposition
    after it (``أعوان الحرس أعطوا الملف``): the subject ends before it; none if it opens with one.
    A word the lexicon knows is no such verb, nor a name in وا before another name (فرانسوا فيون)."""
    for k in range(span[0], span[1] + 1):
        token = tokens[k]
        if not token.text.endswith("وا") or k == trigger.last + 1:
            continue  # (وقالت إسكوا في: right after a verb, a name, whatever its ending)
        norm = without_conjunction(token.norm)
        after = tokens[k + 1].norm if k + 1 < len(tokens) else ""
        taking = after.startswith("ال") or lex.has("prepositions", after)  # أعطوا الملف، انزعجوا من: a verb's
        if taking and len(norm) >= 4 and norm.endswith("وا") and not lex.classes(norm):
            end = k - 1
            while end >= span[0] and (tokens[end].norm in ("،", ",", "ممن") or lex.has("relatives", tokens[end].norm)):
                end -= 1  # كثيرين ممن حضروا: who came is their description
            return (span[0], end) if end >= span[0] else None
    return span


def _construct_head(norm: str) -> bool:
    """A noun in ة, written ه (``لجنه``، ``هيئه``), or a verbal noun تفعيل (``توزيع``، ``تنظيم``),
    heading a construct: the word after it is the name's own genitive."""
    if norm.startswith("ال"):
        return False
    return norm.endswith("ه") or (len(norm) == 5 and norm[0] == "ت" and norm[3] == "ي")


def _act_adjective(tokens: Sequence[Token], span: tuple[int, int], trigger: Trigger, lex: Lexicon) -> bool:
    """An adjective of the act right after its word (``قصف جوي``، ``جريمة قتل بشعة``): no agent,
    whichever reading of the word found it."""
    return span[0] == trigger.last + 1 and lex.has("act_adjectives", tokens[span[0]].norm)


def _titled_owner(tokens: Sequence[Token], k: int, lex: Lexicon) -> int | None:
    """ل + a title after a report's noun and its adjectives (``تصريح لوزير النقل``، ``تصريحات سابقة
    لرئيس الحكومة``): where whose words they are begins; to a medium or a correspondent they are
    told, and no one else's."""
    while k < len(tokens) and tokens[k].is_word and _report_adjective(tokens[k].norm):
        k += 1
    if k >= len(tokens) or tokens[k].norm[:1] != "ل":
        return None
    norm = tokens[k].norm
    rest = norm[2:] if norm.startswith("لل") else norm[1:]
    return k if _an_owner_s_title(rest, lex) else None


def _the_meeting_s_own(
    span: tuple[int, int] | None,
    trigger: Trigger,
    triggers: Sequence[Trigger],
    spans: Sequence[tuple[int, int] | None],
) -> tuple[int, int] | None:
    """A meeting's verb whose subject is a meeting's noun (``وستناقش القمة الملفات``، ``وبحث اجتماع
    تنسيقية الأحزاب سبل التعاون``) tells the meeting itself again by what it discusses: who met is
    the noun's own actor (its genitive's party, or no one), not the noun."""
    if span is None or trigger.type != "meeting" or not trigger.verbal:
        return span
    head = next((n for n, t in enumerate(triggers) if t.first == span[0]), None)
    if head is None or triggers[head].type != "meeting" or triggers[head].pos != "noun":
        return span
    return spans[head]


_CONTENT_OPENERS = rule_words("report_content_openers")


def _circumstantial(tokens: Sequence[Token], span: tuple[int, int], trigger: Trigger, lex: Lexicon) -> bool:
    """One word right after a report's verb, the report's content after it, that says how it was
    said (``وقال مبتسما إن``، ``وتابعت موضحة أن``): a participle in the accusative (م...ا) or a
    report's participle, no one's name (a title, ``مسؤولة``، ``متحدث``, is; another feminine one,
    ``تقول ضاحكة``، ``قالت ممرضة``, may be either and is left as the speaker)."""
    if not trigger.entry.report or span[0] != span[1] or span[0] != trigger.last + 1:
        return False
    after = span[1] + 1
    if after < len(tokens) and tokens[after].is_word and tokens[after].norm not in _CONTENT_OPENERS:
        return False
    word = tokens[span[0]].norm
    if lex.has("titles", word) or word.startswith("ال"):
        return False
    accusative = (
        word.startswith("م") and word.endswith("ا") and not word.endswith("نا") and len(word) >= 5
    )  # not مراسلنا
    return accusative or any(a.form.pos == "participle" and a.form.entry.report for a in lex.analyses(word))


def _prepositional_actor(tokens: Sequence[Token], span: tuple[int, int], trigger: Trigger, lex: Lexicon) -> bool:
    """An actor phrase that is a prepositional phrase (``بقصر الضيافة``), except the ل of whose report,
    or the object right after the trigger (``فتح بحث``، ``قرار سحب``، ``منع حمل``)."""
    first = tokens[span[0]].norm
    if owner_after_lam(tokens, span[0]):
        return False  # سبق لرئيس البلدية أن زار: ل after سبق tells who had done it
    if _governed_by_preposition(first, lex) and not (_whose_report(trigger) and without_conjunction(first)[:1] == "ل"):
        return True  # (بيان لوزارة الداخلية: ل tells whose report it is; بخصوص never)
    if _manner(tokens, span):
        return True
    right_after = span[0] == trigger.last + 1
    word = without_conjunction(tokens[trigger.first].norm)
    noun_too = trigger.verbal and reads_as_its_noun(word, trigger, lex)  # فتح: opened, or the opening
    if right_after and trigger.pos == "noun" and not trigger.entry.report:  # رفع القيود، تسلم مهامه: what is done
        return _required_after(tokens[span[0]].norm, trigger)
    return right_after and noun_too and _its_object(tokens[span[0]].norm, trigger, lex)


def _manner(tokens: Sequence[Token], span: tuple[int, int]) -> bool:
    """ب + a feminine noun and its indefinite adjective (``بكفالة مالية``، ``بصفة مؤقتة``، ``بطريقة
    سلمية``): how it was done, not who did it (a name after ب, بشار الأسد، بثينة شعبان, has none)."""
    first = tokens[span[0]].norm
    if span[1] == span[0] or first[:1] != "ب" or first.startswith("بال") or not first.endswith("ه"):
        return False
    second = tokens[span[0] + 1]
    return second.is_word and not second.norm.startswith("ال") and second.norm.endswith(("ه", "ي"))


def _its_object(norm: str, trigger: Trigger, lex: Lexicon) -> bool:
    """An indefinite word right after a trigger that its sense requires after it (``بحث``، ``تحقيق``
    after فتح): the act's object, not its agent."""
    word = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    if word.startswith("ال") or lex.has("titles", word) or lex.has("institution_heads", word):
        return False  # نشر الجيش: a definite word after the verb may be its subject
    return _required_after(word, trigger)


def _required_after(word: str, trigger: Trigger) -> bool:
    """``word`` is one the trigger's sense requires after it (a word, or one starting so)."""
    after = [context for context in trigger.entry.requires if context.side != "before"]
    return any(c.names(word) for c in after)


def _whose_report(trigger: Trigger) -> bool:
    """A report named by its noun (``بيان لوزارة الداخلية``): ل tells whose it is."""
    return trigger.entry.report and trigger.pos == "noun"


_PREPOSITION_OBJECTS = rule_words("preposition_objects")


def _governed_by_preposition(norm: str, lex: Lexicon) -> bool:
    """A phrase that opens with ب/ل on a common noun (``بقصر الضيافة``، ``لقناة فرانس 24``، ``بأغلبية``):
    where, whom or how, never who did it."""
    word = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    if word[:1] not in ("ب", "ل") or len(word) < 3:
        return False
    rest = word[1:]
    if rest in _PREPOSITION_OBJECTS or masdar_shape(rest) or masdar_shape(_strip_possessive(rest)):
        return True  # بأغلبية، بإعادة فتح، وباستجوابه
    if word[0] == "ب" and len(rest) == 4 and rest[0] == "ت":
        return True  # بتولي، بتدخل، بتوقف: ب + a verbal noun of the تفعّل shape, never a name
    if word[0] == "ب" and rest[0] == "م" and len(rest) >= 4:
        return True  # بمسدس، بمقر: a noun of place or tool (مفعل، مفعال) after ب, never a name
    heads = ("institution_heads", "media_heads", "speech_nouns", "decision_nouns", "titles")
    return any(lex.has(name, rest) for name in heads)


_SETTING_LIGHT = rule_words("setting_verbs")  # their subject is a place or a time
_IMPERSONAL_LIGHT = rule_words("impersonal_light_forms")
_PROCEEDINGS = rule_words("proceedings_nouns")  # أشغال، فعاليات: what a gathering consists of, no doer
_CONDUCTS = rule_words("conducts_forms")  # يجري، تجري: "is under way" (يَجري) or "conducts" (يُجري) with a subject


def _decided_act(tokens: Sequence[Token], at: int, lex: Lexicon) -> bool:
    """A definite verbal noun with a preposition after it (``الانسحاب من``، ``التسريع في``) right
    after a verb of deciding or asking: the act decided, no body's name (``قرر الاتحاد``: an
    institution)."""
    if at + 1 >= len(tokens):
        return False
    following = tokens[at + 1].norm
    if _adverb_in_an(following) and at + 2 < len(tokens):
        following = tokens[at + 2].norm  # قرر الانسحاب تماما من: past an adverb
    if not lex.has("prepositions", following) and not (following[:1] == "ب" and len(following) > 3):
        return False  # (التعجيل بإصلاح: ب written with its noun)
    return _an_acts_noun(tokens[at].norm, lex)


def _adverb_in_an(norm: str) -> bool:
    """An adverb written with the accusative's alif (نهائيا، تماما، فورا), no article, no pronoun."""
    return len(norm) >= 4 and norm.endswith("ا") and not norm.startswith("ال") and not norm.endswith(("ها", "نا"))


def _bodies_dual(norm: str, lex: Lexicon) -> bool:
    """A body's head in the dual before its genitives (``وزارتي الداخلية والدفاع``)."""
    return norm.endswith("تي") and lex.has("institution_heads", norm[:-2] + "ه")


def _an_acts_noun(norm: str, lex: Lexicon) -> bool:
    """A definite verbal noun (``التحاور``، ``الانسحاب``، ``التوقف``: تفعّل), not an institution's head
    (``الاتحاد``)."""
    if not norm.startswith("ال") or lex.has("institution_heads", norm[2:]) or lex.has("institution_heads", norm):
        return False
    stem = norm[2:]
    return masdar_shape(stem) or _object_masdar(norm) or (len(stem) == 4 and stem[0] == "ت")


def _seized(norm: str) -> bool:
    """What is seized or confiscated, with the article or without (``أسلحة``، ``الذخيرة``، ``مخدرات``)."""
    bare = without_conjunction(norm)
    return bare in _SEIZED or bare.removeprefix("ال") in _SEIZED


def _imposed(norm: str) -> bool:
    """A measure's own noun (``الحصار``، ``عقوبات``، ``القيود``، ``حالة``): what is imposed or
    lifted, never who does it."""
    return norm.removeprefix("ال") in _IMPOSED


_IMPOSED = rule_words("imposed_nouns")


def _done_before_by(tokens: Sequence[Token], that: int, lex: Lexicon) -> tuple[int, int] | None:
    """The name after سبق ل and before the أن at ``that`` (``وسبق للحكومة أن أقالت``، ``سبق لوسائل
    إعلام أن تحدثت``): who had done the act of the verb after أن; up to a comma or a relative
    clause, not a pronoun (``سبق له أن``: the one named before)."""
    for k in range(that - 2, max(-1, that - 2 - DONE_BEFORE_WORDS), -1):
        if without_conjunction(tokens[k].norm) == "سبق":
            break
    else:
        return None
    first = k + 1
    if not owner_after_lam(tokens, first):
        return None
    last = first
    while last + 1 < that and tokens[last + 1].is_word and not lex.has("relatives", tokens[last + 1].norm):
        last += 1
    return first, last


DONE_BEFORE_WORDS = 6  # words from سبق to أن (وسبق للرئيس الفلسطيني فلان الفلاني، أن)


def _owner_after_having(
    tokens: Sequence[Token], having: int, trigger: Trigger, lex: Lexicon, blocked: frozenset[int]
) -> tuple[int, int] | None:
    """The name after كان and its ل, up to the act's noun, a mark, a preposition, ب + the article or a
    date (``وكان لوزير الخارجية على هامش القمة لقاءات``: وزير الخارجية); none for a pronoun (``كان
    له``: the one named before)."""
    first = having + 1
    if first >= trigger.first or not owner_after_lam(tokens, first):
        return None
    last = first
    while last + 1 < trigger.first:
        token = tokens[last + 1]
        if not token.is_word or last + 1 in blocked or lex.has("prepositions", token.norm):
            break
        if token.norm.startswith("بال"):
            break  # كان للوزير بالمناسبة لقاءات: a phrase of ب + the article ends the name
        last += 1
    return first, last


def owner_after_lam(tokens: Sequence[Token], at: int) -> bool:
    """Whether the word at ``at`` is ل + a name right after سبق (``سبق للوزارة``، ``سبق لفلان``: who had
    done it) or after كان (``وكان لوزير الخارجية لقاء``: who had it): its ل no part of the name (a
    pronoun, ``له``، ``لهما``, is none)."""
    if at == 0 or at >= len(tokens):
        return False
    before = tokens[at - 1].norm
    if without_conjunction(before) != "سبق" and before not in _HAVING:
        return False
    norm = tokens[at].norm
    return tokens[at].is_word and norm.startswith("ل") and len(norm) > 3 and not norm.startswith("له")


def _without_addressee(tokens: Sequence[Token], span: tuple[int, int], lex: Lexicon, lemma: str) -> tuple[int, int]:
    """A speaker's phrase ends before ل + whom they spoke to, when what they said follows
    (``قالت مصادر مطلعة لوكالة الأنباء إن``), and before whom a verb of telling names without ل
    (``أفاد مصدر أمني مراسل الإذاعة``): the addressee is no part of the speaker."""
    first, last = span
    for k in range(first + 1, last + 1):
        if _told_accusative(tokens[k].norm, lemma):
            return first, _before_commas(tokens, first, k - 1)
    for k in range(first + 1, last + 1):
        norm = tokens[k].norm
        if not norm.startswith("ل") or len(norm) < 4:
            continue
        radio = radio_station(tokens, k)  # قال مصدر أمني لإذاعة "شمس أف أم"، أكده مصدر للنجوم أف أم
        told = radio or (norm.startswith("لل") and lex.has("addressee_nouns", norm[2:]))  # للصحفيين في نيويورك
        if norm.startswith("لل") and k < last - 1 and not told:
            continue  # قال المتحدث للصحفيين إن: ل + whom, last in the phrase
        if norm.startswith("لل") and k > first and not told:
            continue  # قال المدير التنفيذي للشركة إن: the title's genitive, not whom they told
        previous = tokens[k - 1]
        after_name = not previous.norm.startswith("ال") and _unknown(previous, k - 1, {}, lex)
        after_name = after_name and not _name_word(previous.norm[1:], lex)  # لنقابة: a body's, no one's name
        after_name = after_name and _plural_people(norm[1:] + "ن")  # قال فلان الفلاني لموظفي الوزارة: whom
        told = told or after_name
        if not norm.startswith("لل") and not radio and not _addressed(tokens[k], lex) and not after_name:
            continue  # وزير الخارجية سيرغي لافروف: a name that begins with ل
        after = last + 1
        while after < len(tokens) and not tokens[after].is_word and tokens[after].norm in ("،", ","):
            after += 1
        said = after >= len(tokens) or tokens[after].norm == ":" or lex.has("complementizers", tokens[after].norm)
        said = said or told or lex.has("addressee_nouns", norm[2:] if norm.startswith("لل") else norm[1:])  # لمراسل
        if said or (after > last + 1 and not norm.startswith("لل")):  # قالت مصادر طبية لمراسلنا، إصابته
            return first, _before_commas(tokens, first, k - 1)  # قال مصدر بالشرطة، لرويترز
    return span


_ACCUSATIVE_ADDRESSEES = rule_words("accusative_addressees")
_TOLD_PEOPLE = rule_words("told_people")
_ADDRESSEE_OBJECT = rule_lemmas("addressee_object_lemmas")


def _told_accusative(norm: str, lemma: str) -> bool:
    """A word after the speaker's first that is whom they told, without ل: a correspondent after
    any report (``أكد مصدر مراسلنا``), the journalists after a verb of telling (``أبلغ الوزير
    الصحفيين``; after another verb they are a title's genitive: ``نقيب الصحفيين``)."""
    return norm in _ACCUSATIVE_ADDRESSEES or (lemma in _ADDRESSEE_OBJECT and norm in _TOLD_PEOPLE)


def _before_commas(tokens: Sequence[Token], first: int, end: int) -> int:
    """``end`` moved back over the commas before it (not past ``first``)."""
    while end > first and tokens[end].norm in ("،", ","):
        end -= 1
    return end


def _addressed(token: Token, lex: Lexicon) -> bool:
    """ل + whom one speaks to: a medium or a listener (لوكالة، لقناة، لمراسلنا، لـCNN، للصحفيين)."""
    rest = token.norm[1:]
    return token.text.startswith("لـ") or rest.isascii() or lex.has("addressee_nouns", rest) or _plural_people(rest)


_SPEAKER_KANA = rule_words("speaker_kana_forms")
_HAVING = rule_words("having_verbs")  # كان لفلان: "had", a light verb with no subject
_SO_CALLED = rule_words("so_called_verbs")
_RECEIVING = rule_words("receiving_verbs")
SENDER_REACH = 3  # words from a received act's noun to the من that names who sent it


def _sender(
    tokens: Sequence[Token], trigger: Trigger, trigger_at: dict[int, Trigger], lex: Lexicon, blocked: frozenset[int]
) -> tuple[int, int] | None:
    """Who sent what someone received (``تلقت الوزارة تحذيرا من جهاز المخابرات``): the phrase after
    من; the one who received it did not do it (``تلقى النائب تهديدات``: no one named)."""
    for k in range(trigger.last + 1, min(len(tokens) - 1, trigger.last + 1 + SENDER_REACH)):
        if not tokens[k].is_word:
            break
        if tokens[k].norm == "من":
            span = _phrase(tokens, k + 1, trigger_at, lex, blocked)
            if span is None:
                return None
            future = next((j for j in range(span[0] + 1, span[1] + 1) if _future_verb(tokens[j].norm)), None)
            return span if future is None else (span[0], future - 1)  # من الوزارة سيشغل بمقتضاها: a verb ends it
    return None


def _future_verb(norm: str) -> bool:
    """A present verb with the future prefix as written (``سيشغل``، ``ستعقد``)."""
    return norm[:1] == "س" and present_verb_shape(norm[1:]) and len(norm) >= 5


def _object_right_after(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """The word right after a verb is one its sense needs as its object (a context marked ``object``:
    ``فتح تحقيقا``), so no subject stands between them (``فتح الأمن تحقيقا`` has one)."""
    k = trigger.last + 1
    return k < len(tokens) and _needed_object(tokens[k].norm, trigger)


def _needed_object(norm: str, trigger: Trigger) -> bool:
    """``norm`` is a word the trigger's sense needs as its object (a context marked ``object``)."""
    objects = (c for c in trigger.entry.requires if c.object)
    return any(c.names(norm) or norm in c.firsts for c in objects)


def _before_needed_object(tokens: Sequence[Token], trigger: Trigger, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` up to the word the verb's sense needs as its object (``_needed_object``: ``سراح``
    after أطلق), after a definite word: a word in construct before it names a body by it (``لجنة
    التحقيق``)."""
    for k in range(span[0] + 1, span[1] + 1):
        if tokens[k - 1].norm.startswith("ال") and _needed_object(tokens[k].norm, trigger):
            return (span[0], k - 1)
    return span


_OBJECT_ENCLITICS = ("ه", "ها", "هم")


def _light_verb_and_pronoun(norm: str, text: str, lex: Lexicon) -> bool:
    """A light verb with an object pronoun (أصدره، نشرتها), not a verbal noun whose ة the
    normalising wrote ه (إعادة)."""
    if text.endswith("ة"):
        return False
    return any(norm.endswith(e) and lex.is_light(norm[: -len(e)]) for e in _OBJECT_ENCLITICS)


def _plural_people(norm: str) -> bool:
    """A sound plural of people (صحفيين، مراسلين، نواب is broken and listed)."""
    return len(norm) > 5 and norm.endswith("ين") and not norm.startswith("ال")


def document_subject(text: SentenceText, trigger: Trigger, lex: Lexicon) -> bool:
    """The report's subject is a document alone (``وشدد البيان``) or the same source again
    (``وأفاد المصدر ذاته``، ``وأضاف نفس المصدر``): its verb agrees with those words, not with the
    speaker it continues."""
    k = trigger.last + 1
    tokens = text.tokens
    while k < len(tokens) and not tokens[k].is_word:
        k += 1
    if k >= len(tokens):
        return False
    head = tokens[k].norm
    if lex.has("same_speaker_before", head):
        return True
    if k + 1 < len(tokens) and lex.has("same_speaker_after", tokens[k + 1].norm):
        return True
    return head.startswith("ال") and lex.has("speech_nouns", head[2:])


_MANNER_PREPOSITIONS = rule_words("manner_prepositions")  # في بيان، خلال مؤتمر، منذ أمس


def _a_place(norm: str, lex: Lexicon) -> bool:
    """A place named by itself: a listed one (القاهرة، المملكة) or a country or capital (الأردن،
    موسكو), not a country's adjective (الفرنسي)."""
    return lex.has("definite_places", norm) or (norm,) in lex.parties


def _a_site(norm: str, lex: Lexicon) -> bool:
    """A town's, a region's or a building's word (منطقة، المدينة، مستشفى، المصنع): a place, no one."""
    return norm in _PLACE_HEADS or lex.has("building_nouns", norm)


_ISSUED = rule_words("issued_words")


def _behind_document(
    tokens: Sequence[Token],
    span: tuple[int, int],
    trigger: Trigger,
    lex: Lexicon,
    trigger_at: dict[int, Trigger],
    blocked: frozenset[int],
) -> tuple[int, int] | None:
    """A report whose subject is a document speaks for whoever issued it: ``قال بيان الجامعة`` is the
    League's, ``وأوضح بيان صادر عن البعثة`` the mission's, ``وشدد البيان`` the speaker's already heard
    (no subject of its own)."""
    if not trigger.entry.report:
        return span
    first = span[0] + 1 if tokens[span[0]].norm in ("اخر", "احدث") and span[0] < span[1] else span[0]  # آخر الأرقام
    head = tokens[first].norm
    bare = head[2:] if head.startswith("ال") else head
    if not lex.has("speech_nouns", bare) and not lex.has("speech_nouns", head):
        return span
    k = first + 1
    if k < len(tokens) and _light_verb_and_pronoun(tokens[k].norm, tokens[k].text, lex):
        return _phrase(tokens, k + 1, trigger_at, lex, blocked)  # بيان أصدره الحزب: the party's
    if k < len(tokens) and tokens[k].norm in _ISSUED:
        by = _past_date(tokens, k + 1, blocked)  # بلاغ صدر أمس عن الهيئة: its date between
        if by + 1 < len(tokens) and tokens[by].norm in ("عن", "من"):
            return _phrase(tokens, by + 1, trigger_at, lex, blocked)  # بيان صادر عن مكتب البعثة
        return None  # بيان صادر بتاريخ أمس: issued, by whom it does not say
    if not head.startswith("ال"):
        while k < len(tokens) and k not in blocked and tokens[k].is_word and _report_adjective(tokens[k].norm):
            k += 1  # بيان مشترك للوزارتين: past its adjectives
        if k < len(tokens) and k not in blocked and lam_source(tokens[k].norm, lex):
            return _lam_named(tokens, k, trigger_at, lex, blocked)  # بيان للجيش: the name after ل
    if span[0] == span[1] or head.startswith("ال"):
        return None if span[0] == span[1] else span
    return (span[0] + 1, span[1])


DESCRIBED_ADJECTIVES = 3  # adjectives between a delegation's noun and the verb that describes it


def _described_delegation(tokens: Sequence[Token], verb: int) -> tuple[int, int] | None:
    """An indefinite delegation's noun and its adjectives right before the verb that describes it
    (``وفد وزاري ياباني زار``): the delegation did what the verb tells."""
    k = verb - 1
    while k > 0 and verb - 1 - k < DESCRIBED_ADJECTIVES and _adjectival_indefinite(tokens[k].norm):
        k -= 1
    if k < 0 or not tokens[k].is_word or not _DELEGATIONS & {tokens[k].norm, without_conjunction(tokens[k].norm)}:
        return None
    return k, verb - 1


def _sets_a_verb(tokens: Sequence[Token], trigger: Trigger, trigger_at: dict[int, Trigger], lex: Lexicon) -> bool:
    """A speech's noun that is the setting of the verb a word or two after it (``وفي بيان غاضب
    هاجم``): ``opening_speech_setting`` for that verb."""
    for k in range(trigger.last + 1, min(len(tokens), trigger.last + 2 + SETTING_ADJECTIVES)):
        verb = trigger_at.get(k)
        if verb is not None and verb.verbal and not verb.enclitic:
            return opening_speech_setting(tokens, k, lex)
    return False


def _actor(
    tokens: Sequence[Token],
    trigger: Trigger,
    trigger_at: dict[int, Trigger],
    lex: Lexicon,
    blocked: frozenset[int],
    after_light: int | None,
) -> tuple[int, int] | None:
    """``after_light``: the light verb after the trigger (``light_after``)."""
    if trigger.pos == "noun" and trigger.entry.report and _sets_a_verb(tokens, trigger, trigger_at, lex):
        return None  # وفي بيان غاضب هاجم الحزب: the words are the verb's subject's, not an adjective's
    if trigger.entry.undergoer:
        return _agent(tokens, trigger.last, trigger_at, lex, blocked)
    if trigger.entry.lemma in _SOURCED_REPORTS:  # حسب بيان للوزارة، وجاء في بلاغ للوزارة
        return _report_source(tokens, trigger, trigger_at, lex, blocked, after_light)
    if trigger.entry.lemma == "أصدر بيانا" and trigger.light is None:
        return None  # نشر بيان مفبرك: a statement put out, by whom the verb before does not say
    if trigger.entry.lemma in ("نقل", "نسب"):  # نقلت الوكالة عن الأمير قوله، نسبت إلى الأمير قوله
        source = _source(
            tokens, trigger.last, trigger_at, lex, blocked, "عن" if trigger.entry.lemma == "نقل" else "الي"
        )
        if source is not None:
            return source
    if trigger.verbal and not trigger.prefix and trigger.first > 2 and tokens[trigger.first - 1].norm == "ان":
        earlier = _done_before_by(tokens, trigger.first - 1, lex)
        if earlier is not None:
            return earlier  # وسبق للحكومة أن أقالت المدير: who had done it, after سبق ل
    if trigger.verbal and trigger.first > 0 and lex.has("circumstantial_pronouns", tokens[trigger.first - 1].norm):
        return None  # وهو يزور المدينة: the pronoun is the subject, what follows the object
    if trigger.verbal and trigger.first > 0 and _crime_head(tokens[trigger.first - 1].norm):
        return _noun_agent(tokens, trigger, trigger_at, lex, blocked)  # جريمة قتل ذهب ضحيتها: the act's noun
    if trigger.type == "visit" and trigger.verbal and not trigger.enclitic and not trigger.prefix:
        delegation = _described_delegation(tokens, trigger.first)
        if delegation is not None:
            return delegation  # وفد وزاري ياباني زار الميناء: the delegation the verb describes went
    if (
        trigger.type == "attack"
        and trigger.verbal
        and not trigger.prefix
        and acts_before_comma(tokens, trigger.first, lex)
    ):
        return None  # شن غارات بطائرات حربية، قصفت مواقع: the strikes did, what follows is the object
    if trigger.verbal and not trigger.enclitic and _describes(tokens, trigger, lex):
        if trigger.type in AGENT_GENITIVE and lex.has("relatives", tokens[trigger.first - 1].norm):
            governed = trigger.entry.announces or not trigger.entry.report  # مع الدول التي أعلنت، زارت
            return _antecedent(tokens, trigger.first - 1, trigger_at, lex, blocked, governed)  # والي الولاية الذي زار
        return None  # غارات استهدفت السوق، التي استهدفت: the subject is the noun before; what follows is the object
    if trigger.pos == "verb" and trigger.entry.outcome and _caused(tokens, trigger, trigger_at):
        return _agent(tokens, trigger.last, trigger_at, lex, blocked)  # قتل الطبيب في قصف: a passive
    if trigger.pos == "verb" and trigger.form.tense == "past" and _written_passive(tokens[trigger.first].text):
        return _agent(tokens, trigger.last, trigger_at, lex, blocked)  # مُنعت الصحفية، اُعتقل: a passive as written
    if trigger.pos == "verb" and trigger.form.tense == "past" and _agent_marker_at(tokens, trigger.last + 1):
        return _agent(tokens, trigger.last, trigger_at, lex, blocked)  # إن الوزير قتل على يد حراس: a passive
    if trigger.verbal and the_first_who(tokens, trigger.first):
        return _topic(tokens, trigger.first - 2, trigger_at, lex, blocked)  # كان الرئيس أول من زار: who was first
    if trigger.pos == "verb" and trigger.form.tense == "past" and trigger.type in ("measure", "attack"):
        in_which = trigger.last + 1 < len(tokens) and lex.has("in_which", tokens[trigger.last + 1].norm)
        if in_which or _opens(tokens, trigger):
            k = _skip_adjuncts(tokens, trigger.last + 1 + in_which, lex, blocked)
            if k < len(tokens) and (tokens[k].number or tokens[k].norm in CARDINALS):
                # اعتقل خمسة أشخاص، اشتباكات قتل فيها سبعة جنود: a count, the patients
                return _agent(tokens, trigger.last, trigger_at, lex, blocked)
            suspect = in_which and k < len(tokens) and tokens[k].norm in _SUSPECTS
            if suspect and not (k + 1 < len(tokens) and (tokens[k + 1].number or tokens[k + 1].norm in CARDINALS)):
                return _agent(tokens, trigger.last, trigger_at, lex, blocked)  # عملية قتل فيها المهاجم: he died
    if trigger.pos == "verb" and _after_impersonal(tokens, trigger.first, blocked):
        # وقد تم منع الشاب، تم صباح اليوم قطع الماء: a verbal noun spelt as its verb, after تم (and when)
        return _noun_agent(tokens, trigger, trigger_at, lex, blocked)  # no one is named but after من قبل
    if trigger.pos == "verb":
        return _verb_subject(tokens, trigger, trigger_at, lex, blocked)
    if trigger.pos == "passive":
        return _agent(tokens, trigger.last, trigger_at, lex, blocked)
    if trigger.pos == "participle":
        return _owner_of_state(tokens, trigger, trigger_at, lex, blocked)
    if trigger.type == "meeting" and trigger.pos == "noun":
        gathered = _gathered(tokens, trigger, trigger_at, lex, blocked)
        if gathered is not None:
            return gathered  # عقد لقاء جمع الوزيرين: whom it gathered, before who held it
    if trigger.pos == "noun" and trigger.light is None:
        doer = _after_light_noun(tokens, trigger, trigger_at, lex, blocked)
        if doer is not None:
            return doer  # بعد توجيه الوزير انتقادات للحكومة، عقب إجراء الرئيس محادثات: the light noun's genitive
    if trigger.light is not None:
        light = tokens[trigger.light]
        if light.norm in _HAVING:
            return _owner_after_having(tokens, light.at, trigger, lex, blocked)  # كان للوزير لقاءات: the minister
        verb = without_conjunction(light.norm)
        if verb in _IMPERSONAL_LIGHT:  # تم التوقيع: the act is the verb's subject, no one is named
            if verb in _CONDUCTS:  # يُجري الرئيس محادثات: "conducts", its subject between
                subject = _subject(tokens, light.at, light.at, trigger_at, lex, blocked, stop=trigger.first)
                if subject is not None and tokens[subject[0]].norm not in _PROCEEDINGS:
                    return subject  # (تجري أشغال الجلسة: the proceedings are under way, no one conducts them)
            return _noun_agent(tokens, trigger, trigger_at, lex, blocked) if trigger.type in PATIENT_GENITIVE else None
        if lex.has("patient_light_verbs", light.norm):
            return _agent(tokens, trigger.last, trigger_at, lex, blocked)  # تعرضت القافلة لهجوم: who suffered it
        if without_conjunction(light.norm) in _RECEIVING and trigger.type not in ("meeting", "attack"):
            return _sender(tokens, trigger, trigger_at, lex, blocked)  # تلقت الوزارة تحذيرا من: who sent it
        genitive = trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].norm.startswith("ال")
        if without_conjunction(light.norm) in _SETTING_LIGHT:
            if not genitive or trigger.enclitic:
                return None  # شهدت المدينة اشتباكات: where it happened, not who did it
        elif _light_as_its_noun(tokens, light.at, trigger, lex):
            return None  # لترتيبات عقد القمة: a noun with ل or ب takes the light word as its genitive
        else:
            subject = _subject(tokens, light.at, light.at, trigger_at, lex, blocked, stop=trigger.first)
            if subject is not None and subject[0] == subject[1] and tokens[subject[0]].norm in _PROCEEDINGS:
                return None  # تتواصل فعاليات مؤتمر، رفع نتائج الاجتماع: a part of it, no one who holds it
            if subject is None and light.at > 1 and lex.has("relatives", tokens[light.at - 1].norm):
                return _antecedent(tokens, light.at - 1, trigger_at, lex, blocked, True)  # الوفد الذي يجري محادثات
            next_to = all(k in blocked for k in range(light.at + 1, trigger.first))  # بدأت أمس زيارة الرئيس
            if subject is not None or not next_to or trigger.prefix or not genitive:
                return subject
        # بدأت زيارة الرئيس لبغداد: the act's noun is the light verb's subject, its genitive the agent
    if after_light is not None:
        light_norm = tokens[after_light].norm
        if light_norm in _IMPERSONAL_LIGHT or lex.has("patient_light_verbs", light_norm):
            return None  # الهجوم الذي تعرضت له القرية: the village suffered it, no one named did it
        doer = _subject(tokens, after_light, after_light, trigger_at, lex, blocked)
        if doer is not None and tokens[doer[0]].norm[:1] == "ل" and not tokens[doer[0]].norm.startswith("لل"):
            return None  # الاتهامات التي وجهها للسفارة: to whom, the doer a pronoun
        return None if doer is not None and doer[0] <= trigger.first <= doer[1] else doer  # not the act itself
    indefinite = tokens[trigger.last].norm.endswith("ا") and not trigger.form.rest  # نفيا قاطعا: no genitive
    if (trigger.type in AGENT_GENITIVE or trigger.entry.lemma in AGENT_GENITIVE_LEMMAS) and not (
        trigger.prefix.endswith("ال") or trigger.enclitic or indefinite
    ):
        k = trigger.last + 1
        if trigger.last > trigger.first and tokens[trigger.last].norm[:1] == "ب":
            return None  # قرار بإغلاق المعبر: what follows is the decided act's object, not who decided
        if k < len(tokens) and lex.has("occasion_genitives", tokens[k].norm):
            return None  # زيارة عمل، محادثات السلام: the kind of act, not who does it
        if k < len(tokens) and trigger.type == "visit" and tokens[k].norm[:1] == "ل":
            return None  # زيارة لدمشق، زيارة لبنان: where the visit goes
        if k < len(tokens) and trigger.type == "visit" and (_a_site(tokens[k].norm, lex) or tokens[k].norm in _SITES):
            return None  # زيارة منطقة صناعية، زيارة مستشفى: the place visited
        owner = _titled_owner(tokens, k, lex) if trigger.entry.report and trigger.entry.type == "statement" else None
        if owner is not None:  # (اتهامات للوزير: an accusation's ل + title is whom it is aimed at)
            return _lam_named(tokens, owner, trigger_at, lex, blocked)  # تصريح إعلامي لوزير النقل: his
        if k < len(tokens) and trigger.entry.report and tokens[k].norm[:1] == "ل":
            return None  # في تصريح لوكالة الأنباء: to whom it was said
        if k < len(tokens) and _object_masdar(tokens[k].norm) and not _named_like_a_masdar(tokens, k):
            return None  # إعلان الاستقلال، إعلان قيام الدولة: an act's noun after it is what is done
        if k + 2 < len(tokens) and tokens[k + 1].norm in _RESUMPTIVE_BA and tokens[k].norm[:1] != "ب":
            return _phrase(tokens, k + 2, trigger_at, lex, blocked)  # شكوى تقدمت بها جارته: who filed it
        if k < len(tokens) and _known_verb(tokens[k].norm, lex):
            return None  # زيارة تستمر يومين، هجوم استهدف: a verb describing the act, no one's name
        if _verb_of_its_purpose(tokens, trigger, k):
            return None  # ورشة خصصت لمراجعة البرامج: a verb the lexicon does not know, what it was for
        adjective = k < len(tokens) and _report_adjective(tokens[k].norm)
        adjective = adjective or (
            k < len(tokens) and _feminine_participle_after(tokens, trigger, k, lex)
        )  # جلسة مفتوحة
        if adjective and not lex.has("titles", tokens[k].norm):
            return None  # تصريحات صحفية، زيارة رسمية، بيان مقتضب: an adjective, no agent
        if k < len(tokens) and _coordinated(tokens[k].norm, lex):
            return None  # اتهامات وافتراءات: a second noun joined to it, no genitive
        span = _phrase(tokens, k, trigger_at, lex, blocked)
        if span is not None and trigger.entry.lemma in _ASKING:
            span = _before_asked(tokens, span, lex)  # قرار الرئيس دونالد ترامب وقف: what was decided
        if span is not None and trigger.type == "agreement" and not _parties(tokens, span):
            return None  # اتفاق الصخيرات، اتفاقية باريس: named after a place, no party
        if (
            span is not None
            and trigger.type == "meeting"
            and _a_place(tokens[span[0]].norm, lex)
            and all(_adjectival(tokens[k].norm) for k in range(span[0] + 1, span[1] + 1))
        ):
            return None  # قمة الرياض، مؤتمر جنيف، مؤتمر ميونيخ الدولي: where it met, not who met
        if span is not None and trigger.type == "meeting" and _topic_named(tokens, trigger, span[0], lex):
            return None  # ندوة الشراكة، منتدى الاستثمار: what it is about, not who holds it
        if span is not None and trigger.type == "visit":
            if _a_place(tokens[span[0]].norm, lex) or _places_plural(tokens[span[0]].norm, lex):
                return None  # زيارة المملكة، زيارة الأردن، زيارة مؤسسات الحركة: where the visit went
            to = next((j for j in range(span[0] + 1, span[1] + 1) if tokens[j].norm[:1] == "ل"), None)
            span = (span[0], to - 1) if to is not None else span  # زيارة وزير الدفاع للمدينة: where to
        return span
    if trigger.type in PATIENT_GENITIVE and trigger.pos == "noun":
        return _noun_agent(tokens, trigger, trigger_at, lex, blocked)  # توقيف الصيادين من قبل خفر السواحل
    return None


def _after_light_noun(
    tokens: Sequence[Token], trigger: Trigger, trigger_at: dict[int, Trigger], lex: Lexicon, blocked: frozenset[int]
) -> tuple[int, int] | None:
    """The genitive between a light verb's noun and the act's noun, its object (``توجيه الوزير
    انتقادات``، ``إجراء الرئيس محادثات``، ``بعد تنفيذ مسلحين هجوما``): who did it."""
    if trigger.prefix or trigger.enclitic:
        return None  # توجيه الوزير الانتقادات: a definite noun after a genitive is the genitive's own
    for k in range(trigger.first - 2, max(-1, trigger.first - 2 - LIGHT_GENITIVE_WORDS), -1):
        if not tokens[k].is_word or k in blocked:
            return None
        norm = tokens[k].norm
        bare = norm[1:] if norm[:1] in ("ب", "ل", "و") and len(norm) > 4 else norm
        if lex.has("light_nouns", norm) or lex.has("light_nouns", bare):
            span = _phrase(tokens, k + 1, trigger_at, lex, blocked, limit=trigger.first)
            if span is None or span[1] != trigger.first - 1 or tokens[span[0]].norm in _OPERATIONS:
                return None  # تنفيذ عملية سطو: the act's kind, not who did it
            return span
    return None


def _light_as_its_noun(tokens: Sequence[Token], at: int, trigger: Trigger, lex: Lexicon) -> bool:
    """A light word spelt as its verbal noun (``light_nouns``: عقد، تنفيذ) right before the act's
    noun, after a word with ب or ل on it and no article (لترتيبات، بهدف): that word's genitive
    (holding), no verb that has a subject."""
    if at != trigger.first - 1 or at == 0 or not lex.has("light_nouns", tokens[at].norm):
        return False
    before = tokens[at - 1].norm
    return before[:1] in ("ب", "ل") and len(before) > 4 and not before.startswith(("لل", "بال"))


LIGHT_GENITIVE_WORDS = 5  # words of a doer between a light verb's noun and the act's noun
_OPERATIONS = rule_words("operation_nouns")


def _antecedent(
    tokens: Sequence[Token],
    relative: int,
    trigger_at: dict[int, Trigger],
    lex: Lexicon,
    blocked: frozenset[int],
    governed: bool,
) -> tuple[int, int] | None:
    """Who a relative clause's visit, talks or words are told of (``والي الجهة الذي زار المدرسة``،
    ``المستشارة التي التقت``): the phrase before the relative pronoun, when a title, a body or a
    country heads it; not an act (``اللقاء الذي جمع``), a place or a bare name (no list tells
    ``هوك`` from ``نشاط``). ``governed``: a phrase after a preposition may be it too (``مع الدول التي
    أعلنت``), for an act or an announcement (a report's words there are often told in passing: ``اتفاق
    مع الوزير الذي دعا``). (An arrest's or a strike's verb there is often a passive: ``الناشط الذي
    اعتقل``; not read.)"""
    span = _topic(tokens, relative, trigger_at, lex, blocked)
    span = span or _subject_before(tokens, relative, trigger_at, lex, blocked)  # وأشارت المستشارة التي
    if governed:
        span = span or _object_before(tokens, relative, trigger_at, lex, blocked)  # مع الدول التي أعلنت
    if span is None or any(k in trigger_at or _known_verb(tokens[k].norm, lex) for k in range(span[0], span[1] + 1)):
        return None
    head = tokens[span[0]].norm
    bare = without_conjunction(head).removeprefix("ال")
    someone = (
        _is_title(head, lex)
        or lex.has("institution_heads", bare)
        or bare in _GENERIC_ACTOR_WORDS
        or bare in _STATE_HEADS  # الدول التي أعلنت
        or bare in _DELEGATIONS
        or (head,) in lex.parties
    )
    if not someone or head in _DEMONSTRATIVES or _a_place(head, lex) or lex.has("quantities", head):
        return None
    if masdar_shape(bare):
        return None
    if span[0] > 0 and without_conjunction(tokens[span[0] - 1].norm) in _DELEGATIONS:
        return (span[0] - 1, span[1])  # تقرير بعثة المنظمة التي زارت: the mission, not the body it is of
    return span


def _subject_before(
    tokens: Sequence[Token], end: int, trigger_at: dict[int, Trigger], lex: Lexicon, blocked: frozenset[int]
) -> tuple[int, int] | None:
    """The subject of the verb before it that ends right before token ``end`` (``وأشارت المستشارة``
    before ``التي``): the longest phrase after a verb that reaches ``end``."""
    found = None
    for k in range(end - 1, max(-1, end - 1 - MAX_WORDS), -1):
        if not tokens[k].is_word or k in blocked:
            break
        verb_before = k > 0 and (_verbal_at(k - 1, trigger_at) or _known_verb(tokens[k - 1].norm, lex))
        if verb_before and _phrase(tokens, k, trigger_at, lex, blocked, limit=end) == (k, end - 1):
            found = (k, end - 1)
    return found


def _object_before(
    tokens: Sequence[Token], end: int, trigger_at: dict[int, Trigger], lex: Lexicon, blocked: frozenset[int]
) -> tuple[int, int] | None:
    """The phrase a preposition governs that ends right before token ``end`` (``مع الدول الإفريقية``
    before ``التي``): the longest one after a preposition standing alone."""
    found = None
    for k in range(end - 1, max(0, end - 1 - MAX_WORDS), -1):
        if not tokens[k].is_word or k in blocked:
            break
        if lex.has("prepositions", tokens[k - 1].norm) and _phrase(tokens, k, trigger_at, lex, blocked, end) == (
            k,
            end - 1,
        ):
            found = (k, end - 1)
    return found


_DEMONSTRATIVES = rule_words("demonstratives")
_CRIME_HEADS = rule_words("crime_heads")  # جريمة قتل، عملية اختطاف: the act's noun after them, spelt as its verb


def _crime_head(norm: str) -> bool:
    """A noun that heads an act's noun spelt as its verb, with its clitics (جريمة، بجريمة، وبعملية);
    not with the article (الحادث أكد، الحادثة كشفت: the subject before a verb)."""
    word = without_conjunction(norm)
    return word in _CRIME_HEADS or (word[:1] in ("ب", "ل", "ك") and word[1:] in _CRIME_HEADS)


_GENERIC_ACTOR_WORDS = rule_words("generic_actor_words")
_STATE_HEADS = rule_words("state_heads")  # دول، بلدان: countries, who may act
_GENITIVE_HEADS = rule_words("genitive_heads")  # أهالي، سكان: heads of people named by where they live
_PERSON_QUANTIFIERS = rule_words("person_quantifiers")
_EVERYONE = rule_words("everyone_words")  # الجميع، الكل: everyone, no part of a name


def _places_plural(norm: str, lex: Lexicon) -> bool:
    """A feminine plural that names no people (``مؤسسات``، ``المستشفيات``، ``مقرات``): what is visited,
    not who visits (``القيادات``، ``السلطات`` visit)."""
    bare = norm.removeprefix("ال")
    return (
        len(bare) > 4
        and bare.endswith("ات")
        and bare not in _GENERIC_ACTOR_WORDS
        and not lex.has("title_plurals", bare)
        and not lex.has("title_plurals", norm)
        and bare not in _PEOPLE_PLURALS
    )


_PEOPLE_PLURALS = rule_words("people_plurals_in_at")  # قيادات، سلطات: people, though in -ات


def _noun_agent(
    tokens: Sequence[Token], trigger: Trigger, trigger_at: dict[int, Trigger], lex: Lexicon, blocked: frozenset[int]
) -> tuple[int, int] | None:
    """Who did an act told by its noun (or a verbal noun spelt as its verb): the agent after
    ``من قبل``, ``على يد``... right after the noun's own genitive (who suffered it), a date or a
    comma (``اعتقال الناشطين من قبل الأمن``); an agent further on is another noun's (``عقب هجوم
    نيس خلال التحقيقات معهم من قبل فرقة``)."""
    k = trigger.last + 1
    if trigger.pos == "noun" and not trigger.enclitic and not trigger.prefix.endswith("ال"):
        before_lam = _agent_before_lam(tokens, k, trigger_at, lex, blocked)
        if before_lam is not None:
            return before_lam  # اعتقال الشرطة لثلاثة ناشطين: who did it, its object after ل
        before_object = _agent_before_object(tokens, trigger, k, trigger_at, lex, blocked)
        if before_object is not None:
            return before_object  # هجوم التنظيم على القاعدة، مصادقة البرلمان على الاتفاقية
    if not any(_marker_at(tokens, j) for j in range(k, min(len(tokens), k + NOUN_AGENT_REACH))):
        return None  # most nouns: no agent marker near, no phrase read
    if k < len(tokens) and tokens[k].is_word and _marker_at(tokens, k) is None and k not in blocked:
        patient = _phrase(tokens, k, trigger_at, lex, blocked)
        if patient is None:
            return None
        k = patient[1] + 1
    while k < len(tokens) and (k in blocked or tokens[k].norm in ("،", ",")):
        k += 1
    marker = _marker_at(tokens, k)
    if marker is None:
        return None
    after = k + len(marker)
    if after >= len(tokens) or not tokens[after].is_word or function_word(tokens[after].norm, lex):
        return None  # اعتقل من قبل ثم أفرج عنه: من قبل is "before"
    return _phrase(tokens, after, trigger_at, lex, blocked)


def _agent_before_lam(
    tokens: Sequence[Token], k: int, trigger_at: dict[int, Trigger], lex: Lexicon, blocked: frozenset[int]
) -> tuple[int, int] | None:
    """The genitive at ``k`` of an act's noun when ل and the act's object follow it (``اعتقال
    الشرطة لثلاثة ناشطين``، ``قصف الطيران للمدينة``، ``إقالة الرئيس لوزير الدفاع``): the ل takes the
    object, so the genitive did the act. Only a genitive that can act (a title, a body, forces,
    a country), and only ل + a noun that can be acted on: not a time, a reason or a purpose
    (``اعتقال الصحفي لساعات``، ``لأسباب``، ``للتحقيق``، ``لتورطه``)."""
    if k >= len(tokens) or k in blocked or not tokens[k].is_word or not _can_act(tokens[k].norm, lex):
        return None  # (the head first: most genitives name no forces, and no phrase is read for them)
    span = _phrase(tokens, k, trigger_at, lex, blocked)
    if span is None or span[0] != k or span[1] + 1 >= len(tokens):
        return None
    return span if _lam_object(tokens[span[1] + 1], lex) else None


def _agent_before_object(
    tokens: Sequence[Token],
    trigger: Trigger,
    k: int,
    trigger_at: dict[int, Trigger],
    lex: Lexicon,
    blocked: frozenset[int],
) -> tuple[int, int] | None:
    """The genitive at ``k`` of an act's noun that takes its object after على (``هجوم التنظيم على
    القاعدة``، ``اعتداء شاب على جاره``، ``سيطرة الجيش على المدينة``; ``ala_object_nouns``) when على
    follows it (a date between is passed): the object comes after على, so the genitive did the act
    (not على يد, which names the doer itself). A vote's or a ratification's noun (``ratifying_lemmas``)
    takes a body's genitive before على, ل or لصالح (``مصادقة مجلس الشيوخ على المعاهدة``، ``إقرار
    الكنيست لقانون``، ``تصويت الجمعية العامة لصالح القرار``): what passed is after it."""
    ratifying = trigger.entry.lemma in _RATIFYING
    if not ratifying and tokens[trigger.last].norm.removeprefix(trigger.prefix) not in _ALA_OBJECT_NOUNS:
        return None
    if k >= len(tokens) or k in blocked or not tokens[k].is_word or function_word(tokens[k].norm, lex):
        return None
    head = tokens[k].norm
    if ratifying and not _can_ratify(head, lex):
        return None  # إقرار القانون على: what passed, not who passed it
    if (
        not ratifying
        and not head.startswith("ال")
        and (
            head.endswith(_ADJECTIVE_ENDINGS)
            or lex.has("act_adjectives", head)
            or (head[:1] == "م" and not lex.has("institution_heads", head))
        )
    ):
        return None  # هجوم مسلح على، اعتداء جنسي على، هجوم انتحاري على: an adjective, no genitive
    span = _phrase(tokens, k, trigger_at, lex, blocked)
    if span is None or span[0] != k:
        return None
    j = span[1] + 1
    while j < len(tokens) and j in blocked:
        j += 1  # مصادقة البرلمان السبت على: the date passed
    if j + 1 >= len(tokens):
        return None
    after = tokens[j].norm
    if after in ("علي", "على"):
        return None if tokens[j + 1].norm in ("يد", "ايدي") else span  # على يد: the doer's own marker
    if ratifying and (after in ("لصالح", "ضد") or _lam_object(tokens[j], lex)):
        return span
    return None


def _can_ratify(norm: str, lex: Lexicon) -> bool:
    """A phrase's first word that names a body that votes or ratifies: a legislature (``البرلمان``،
    ``الكنيست``, the first word of ``مجلس الشيوخ``), a body's head word, a government, a country."""
    bare = norm.removeprefix("ال")
    return (
        lex.has("legislatures", norm)
        or norm in lex.phrase_starts("legislatures")
        or lex.has("institution_heads", norm)
        or bare in _HEADED_BODIES
        or _can_act(norm, lex)
    )


def _can_act(norm: str, lex: Lexicon) -> bool:
    """A phrase's first word that names armed forces or a country (``الشرطة``، ``قوات``، ``الطائرات``،
    ``إسرائيل``): the doer of an arrest or a strike. Not a body in general: ``انتخاب المجلس الأعلى
    للقضاء``، ``استقالة رئيس الهيئة العليا للانتخابات`` name what the body is for after ل."""
    bare = norm.removeprefix("ال")
    return lex.has("military_speakers", norm) or lex.has("weapons", bare) or bare in _FORCES or (norm,) in lex.parties


def _lam_object(token: Token, lex: Lexicon) -> bool:
    """ل + the noun of what is acted on (``لثلاثة``، ``للمدينة``، ``لمقر``): not a time, a reason or a
    purpose (``لمدة``، ``لأسباب``، ``للتحقيق``، ``لتورطه``), nor a preposition (``لدى``)."""
    norm = token.norm
    if not token.is_word or norm[:1] != "ل" or len(norm) < 4 or function_word(norm, lex):
        return False
    rest = "ال" + norm[2:] if norm.startswith("لل") else norm[1:]
    bare = rest.removeprefix("ال")
    if bare in _LAM_ADJUNCTS or rest in _LAM_ADJUNCTS or _possessed(token.text):
        return False  # لمدة، للمرة، لأسباب، لقيامه: how long, why
    return not (masdar_shape(bare) or bare in _SHORT_MASDARS)  # للتحقيق، لمنع: what for


_LAM_ADJUNCTS = rule_words("lam_adjunct_words")
_ALA_OBJECT_NOUNS = rule_words("ala_object_nouns")  # act nouns whose object follows على (هجوم على)
_RATIFYING = rule_lemmas("ratifying_lemmas")  # a vote's, a ratification's: its genitive the body that votes
_HEADED_BODIES = rule_words("headed_bodies")
_RESUMPTIVE_BA = ("بها", "به", "بهما")  # شكوى تقدمت بها: the clause's verb and its ب back to the noun
_SITES = rule_words("visited_sites")  # مراكز، مؤسسات، مدارس: plural places a visit's noun names as visited
_PLACE_HEADS = rule_words("place_heads")  # مدينة، ولاية، قرية: a town's or a region's word before its name
_MEETING_PARTICIPLES = rule_words("meeting_participles")  # المنعقد، الملتئمة، المجتمعة: a body in session
_FORCES = rule_words("force_words")  # the police and security forces, by their common names
_DATE_PREPOSITIONS = rule_words("date_prepositions")
_CLOSING = rule_lemmas("closing_lemmas")
_KEEPING = rule_lemmas("keeping_lemmas")  # منع، حظر: who is kept from what, after them
_CLOSED_PLACES = rule_words("closed_places")


def _after_impersonal(tokens: Sequence[Token], first: int, blocked: frozenset[int]) -> bool:
    """An impersonal light verb (تم، يتم، جرى) before token ``first``, or before the date right
    before it (``تم صباح اليوم قطع``)."""
    k = first - 1
    while k >= 0 and (k in blocked or (k + 1 in blocked and tokens[k].norm in _DATE_PREPOSITIONS)):
        k -= 1  # تم خلال شهر سبتمبر الماضي عزل: the date and its preposition
    return k >= 0 and tokens[k].norm in _IMPERSONAL_LIGHT


def _opens(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """The trigger opens its sentence or follows a mark: no subject told before it."""
    return trigger.first == 0 or not tokens[trigger.first - 1].is_word


def _verb_subject(
    tokens: Sequence[Token],
    trigger: Trigger,
    trigger_at: dict[int, Trigger],
    lex: Lexicon,
    blocked: frozenset[int],
) -> tuple[int, int] | None:
    """The actor of an active verb (``_actor`` once the rules for every trigger are passed): its subject."""
    verb_word = tokens[trigger.last].norm
    if _plural(verb_word, trigger) or _dual(verb_word, trigger, lex):
        return _subject(tokens, trigger.first, trigger.last, trigger_at, lex, blocked, after=False)
    after = trigger.last + 1
    if trigger.entry.report and after < len(tokens) and lex.has("in_which", tokens[after].norm):
        said_in = _subject(tokens, trigger.first, trigger.last + 1, trigger_at, lex, blocked, topic=False)
        stated = said_in is not None and _stated(tokens[said_in[0]].norm, lex)
        owned = (
            said_in is not None and _possessed(tokens[said_in[0]].text) and not _titled(tokens[said_in[0]].norm, lex)
        )
        return None if stated or owned else said_in  # ندد فيه الحزب; تتهم فيها زوجها: whom it tells of
    span = _subject(tokens, trigger.first, trigger.last, trigger_at, lex, blocked)
    if span is not None and span[0] == after and trigger.entry.detains and tokens[after].norm in _SUSPECTS:
        return None  # واعتقل مسلح ثالث: a suspect is the one held (the verb a passive), not who held him
    if (
        span is not None
        and span[0] == after
        and _feminine_noun(tokens[after])
        and trigger.entry.lemma not in _SUBJECT_FIRST
        and _masculine_verb(verb_word, trigger, lex)
    ):
        # وطالب الحكومة بالاستقالة: a feminine noun right after a man's verb is its object
        return _each_of(tokens, span, trigger_at, lex, blocked)  # وأبرم الصفقة كل من الوزيرين
    if (
        span is not None
        and span[0] > trigger.last
        and _woman_s_title(tokens[span[0]], lex)
        and _masculine_verb(verb_word, trigger, lex)
        and tokens[after].norm not in _RESUMPTIVE_BA  # مثلما أفاد به مراسلة القناة: a verb kept apart agrees less
    ):
        return None  # وقد التقى أمس الوزيرة، ومنع النائبة من الدخول: a woman is no man's verb's subject
    if span is not None and span[0] > trigger.last and _urged_after_own_words(tokens, trigger, trigger_at, lex):
        return None  # أكد رفضه للقرار، ودعا أعضاء النقابة إلى الاحتجاج: the speaker before calls on them
    if span is not None and span[0] == after and _joined_report_object(tokens, trigger, after):
        return None  # زار المدينة ودعا الحضور إلى، وأكد غياب الإرادة: the clause's subject goes on
    if span is not None and span[0] == after and _joined_meeting(tokens, trigger, trigger_at):
        return None  # يزور المبعوث الخرطوم ويلتقي قادة الجيش: whom the subject before meets
    if span is not None and span[0] > trigger.last and trigger.entry.lemma in _BLAMING:
        span = _before_blame(tokens, span, trigger.prefix[:1] in ("و", "ف"), lex)  # وحملت السلطات مسؤولية
    if span is not None and span[0] > trigger.last and trigger.entry.lemma in _ASKING:
        span = _before_asked(tokens, span, lex)  # قرر الرئيس جو بايدن تعليق: the name ends before what is decided
    if span is not None and span[0] > trigger.last and lex.has("place_object_lemmas", trigger.entry.lemma):
        span = _before_destination(tokens, span, lex)  # وزار أردوغان قطر: who went, then where
    with_him = trigger.prefix[:1] in ("و", "ف") and tokens[trigger.last + 1 : trigger.last + 2]
    if with_him and with_him[0].norm in _WITH_PRONOUNS:
        return None  # واستقبل الوزير ضيفه وبحث معه الاستعدادات: the subject is the one before; what follows the object
    if span is not None and span[0] == trigger.last + 1 and _object_right_after(tokens, trigger):
        return None  # وفتح تحقيق في الحادثة: the word the verb's sense needs after it is its object
    if (
        span is not None
        and span[0] == after
        and not trigger.entry.report
        and lex.has("counterparts", tokens[after].norm)
    ):
        return None  # حيث التقى نظيره الفرنسي: a counterpart is whom the subject met, told before
    resumed = trigger.first > 0 and tokens[trigger.first - 1].norm.endswith("ما")  # حسبما رواه: a resumptive pronoun
    if (
        span is not None
        and span[0] == after
        and trigger.enclitic
        and not resumed
        and _an_acts_noun(tokens[after].norm, lex)
    ):
        return None  # ورفضهم التحاور: a verbal noun is no subject; the word is the noun, its owner the pronoun
    counted = span is not None and span[0] == after and (tokens[after].number or tokens[after].norm in CARDINALS)
    if counted and trigger.type in ("measure", "attack") and not trigger.enclitic:
        return None  # وأوقفت عشرين مشتبها، واعتقل 12 شخصا: a count after an arrest's verb, its object (or a passive's)
    if span is not None and span[0] == after and trigger.type == "measure" and _imposed(tokens[after].norm):
        return None  # ورفع الحصار، وفرضت عقوبات: what is imposed or lifted, the verb's object (or a passive's)
    if span is not None and span[0] == after and trigger.type == "measure" and _seized(tokens[after].norm):
        return None  # وصادرت أسلحة، وحجزت المخدرات: what is seized, the verb's object; who seized it is told before
    if span is not None and span[0] > trigger.last:
        span = _before_needed_object(tokens, trigger, span)  # أطلقت الشرطة سراح الموقوفين: who, then what
    deed = not trigger.entry.report and not trigger.enclitic
    if span is not None and span[0] == trigger.last + 1 and deed and _indefinite_object(tokens, span[0], lex):
        return None  # هجوم استهدف مكتبا تابعا للشرطة: an accusative right after a deed's verb is its object
    if span is not None and span[0] > trigger.last and trigger.entry.lemma in _ASKING and _asked(tokens[span[0]], lex):
        return None  # وطلب منها احترام القواعد، وقرر تأجيل الجلسة: what is asked or decided, not who asks
    if span is not None and span[0] == after and trigger.entry.lemma in _ASKING and _decided_act(tokens, after, lex):
        return None  # ثم قرر الإسراع في إنجاز المشروع: the act with its preposition, what is decided
    if span is not None and span[0] == after and trigger.entry.report and tokens[after].norm in _SPEAKER_S_OWN:
        return None  # وأضاف أظن أن الحكومة ستتراجع: the speaker's own words begin, "I think"
    if span is not None and span[0] > trigger.last and trigger.entry.report and _stated(tokens[span[0]].norm, lex):
        return None  # وأكد ضرورة الإسراع، أعلنت عزمها، وأكد كذلك استعداد تونس: what is stated, not who states it
    if span is not None and span[0] > trigger.last and without_conjunction(tokens[span[0]].norm) in _TOPIC_NOUNS:
        return None  # وبحث سبل تعزيز التعاون، ذكر اسم البلد: what is discussed or named, no one who acts
    if span is not None and span[0] > trigger.last and trigger.type == "meeting" and tokens[span[0]].norm in _DISCUSSED:
        return None  # كما ناقش التوصيات: what a meeting discusses (دعت التوصيات إلى: they may speak)
    if span is not None and span[0] > trigger.last and trigger.entry.report and _possessed_act(tokens[span[0]], lex):
        return None  # لكي يعلن في مارس ترشحه، أعلن استقالته: one's own act with its pronoun, what is announced
    if (
        span is not None
        and span[0] > trigger.last
        and (_a_place(tokens[span[0]].norm, lex) or lex.has("building_nouns", tokens[span[0]].norm))
        and lex.has("place_object_lemmas", trigger.entry.lemma)
    ):
        return None  # كان قد زار تونس والجزائر، زار مقر الوكالة: where he went; who went is told elsewhere
    if (
        span is not None
        and span[0] == trigger.last + 1
        and trigger.entry.lemma in _CLOSING
        and without_conjunction(tokens[span[0]].norm) in _CLOSED_PLACES
    ):
        return None  # وأغلق المتجر، أغلقت المدارس: the place that closed; who closed it is told elsewhere
    if (
        span is not None
        and span[0] == trigger.last + 1
        and trigger.type in PATIENT_GENITIVE
        and _possessed_object(tokens[span[0]].norm)
    ):
        return None  # بعد أن اقتحم مكتبه، أغلقت أبوابها، استدعت سفيرها: its own object, the doer told before
    if (
        span is not None
        and span[0] > trigger.last
        and trigger.type == "attack"
        and lex.has("building_nouns", without_conjunction(tokens[span[0]].norm))
    ):
        return None  # عصابة ملثمة، هاجمت البيوت: a building is what was attacked, never who attacked
    if span is not None and span[0] > trigger.last and trigger.type == "attack":
        span = _before_a_building(tokens, span, lex)  # داهمت عناصر ملثمة المقر: the building, its object
    if span is not None and span[0] > trigger.last and trigger.entry.lemma in _KEEPING and _kept(tokens, span):
        return None  # منع الشاحنات من الدخول، ومنع العبور: who or what is kept from it, not who keeps them
    if span is not None and trigger.entry.lemma == "أبلغ" and _told_whom(tokens, span, lex):
        return None  # أخبر يورونيوز أن: one name after أخبر is whom one told
    if (
        span is not None
        and span[0] > trigger.last
        and _object_before_ba(tokens, trigger, span, lex)
        and not (span[0] == span[1] and _nominative_plural(tokens[span[0]].norm))  # طالب المحتجون بـ
        and not (span[0] == span[1] and lex.has("ba_subject_verbs", trigger.entry.lemma))  # طالب الوزير بـ
        and not _construct_end(tokens, span)  # هدد رئيس الوزراء بـ: the genitive ends the subject, no object
        and not _feminine_adjective_end(tokens, span)  # وطالبت الهيئة الانتخابية بـ: its adjective, no object
    ):
        return _before_object(tokens, span)  # اتهم الجيش الحوثيين بقصف، ووصف البلاد بالشهيدة
    if span is not None and span[0] > trigger.last:
        return _each_of(tokens, span, trigger_at, lex, blocked) or span  # وأبرم الصفقة كل من الوزيرين
    return span


def _each_of(
    tokens: Sequence[Token],
    span: tuple[int, int],
    trigger_at: dict[int, Trigger],
    lex: Lexicon,
    blocked: frozenset[int],
) -> tuple[int, int] | None:
    """The parties named after كل من when it follows the verb's object ``span``."""
    each = span[1] + 3
    if each < len(tokens) and tokens[each - 2].norm == "كل" and tokens[each - 1].norm == "من":
        return _phrase(tokens, each, trigger_at, lex, blocked)
    return None


def _before_blame(
    tokens: Sequence[Token], span: tuple[int, int], coordinated: bool, lex: Lexicon
) -> tuple[int, int] | None:
    """The subject of حمّل ... المسؤولية, without whom the blame is laid on: the phrase before
    مسؤولية when the phrase ran over it (حمل فلان مسؤولية ما جرى), none when it is all the blamed
    (وحملت السلطات العليا مسؤولية: the verb shares the subject before it; تحمل كامل المسؤولية),
    unless a title opens it or another definite noun follows it (the blamed one)."""
    blame = next(
        (k for k in range(span[0], min(len(tokens), span[1] + 1 + BLAME_REACH)) if _blame_noun(tokens[k].norm)), None
    )
    if blame is None:
        return span
    if blame <= span[1]:
        first = span[0]
        while first < blame and tokens[first].norm in _WHOLE_WORDS:
            first += 1
        return (span[0], blame - 1) if first < blame else None
    if _is_title(tokens[span[0]].norm, lex):
        return span  # وحمل الوزير المسؤولية للشركة: a title acts
    after = tokens[span[1] + 1].norm
    if blame > span[1] + 1 and after.startswith("ال") and not _adjectival(after):
        return span  # وحمل الأهالي النظام مسؤولية: who lays it, then whom it is laid on
    return None if coordinated or blame == span[1] + 1 else span


def _blame_noun(norm: str) -> bool:
    """مسؤولية with its article or a pronoun (المسؤولية، مسؤوليتها)."""
    return norm.removeprefix("ال").startswith(("مسؤوليه", "مسؤوليت"))


BLAME_REACH = 5  # words from the blamed party's phrase to the مسؤولية laid on it
_BLAMING = rule_lemmas("blaming_lemmas")  # حمّل المسؤولية: laid on whom the phrase after names
_WHOLE_WORDS = rule_words("whole_words")  # كامل، كل: the whole of what follows


def _masculine_verb(word: str, trigger: Trigger, lex: Lexicon) -> bool:
    """A one-word verb of one man (طالب، ويطالب، سيزور), not of a woman or a feminine noun (طالبت،
    قضت، تطالب). A past verb whose root ends in ت (صوت) is not read as one: its ending cannot tell."""
    if trigger.first != trigger.last or trigger.enclitic or not word.startswith(trigger.prefix):
        return False
    if any(a.form.entry is trigger.entry and a.form.pos == "noun" for a in lex.analyses(word)):
        return False  # وانتقد النائب حكم الدائرة: the verb's letters are its noun's too, whose genitive acts
    bare = word[len(trigger.prefix) :]
    readings = [a for a in lex.analyses(word) if a.form.entry is trigger.entry]
    whole = all(not a.enclitic for a in readings)  # اتهم: its هم is the stem's, no pronoun
    for pronoun in _POSSESSIVES:
        rest = bare[: -len(pronoun)]
        if bare.endswith(pronoun) and len(rest) >= 2 and not whole:
            if rest.endswith(("ت", "ا")) or any(a.form.entry is trigger.entry for a in lex.analyses(rest)):
                return False  # نفته الوزارة، أعلنه الرئيس: with its object in it, the noun after is who did it
            break
    if trigger.form.tense == "present":
        return bare[:1] == "ي"
    return trigger.form.tense == "past" and len(bare) >= 3 and not bare.endswith("ت")


def _woman_s_title(token: Token, lex: Lexicon) -> bool:
    """A man's title written with ة (وزيرة، النائبة، المستشارة): a woman's (not مديره، محاميه: his;
    not الداعية: men_in_ta)."""
    norm = token.norm
    return token.text.endswith("ة") and norm.removeprefix("ال") not in _MEN_IN_TA and _titled(norm[:-1], lex)


def _feminine_noun(token: Token) -> bool:
    """A definite noun in ة that names no man (الحكومة، الهيئة; not القضاة، القادة، الداعية)."""
    return token.norm.startswith("ال") and token.text.endswith("ة") and token.norm[2:] not in _MEN_IN_TA


_SPEAKER_S_OWN = rule_words("first_person_openers")  # أعتقد، أظن: a speaker's words told as they were said
_SUBJECT_FIRST = rule_lemmas("subject_first_lemmas")  # قال: the first noun after it is its subject
_TOPIC_NOUNS = rule_words("topic_nouns")  # سبل، مستجدات: what is discussed, never who discusses it
_DISCUSSED = rule_words("discussed_nouns")  # التوصيات، الملفات: what a meeting's verb takes as its object
_MEN_IN_TA = rule_words("men_in_ta")  # قضاة، قادة، داعية: men, though in ة
_REPORT_ADJECTIVES = rule_words("report_adjectives")
_WITH_PRONOUNS = rule_words("with_pronouns")  # معه، معها: with him, her
_ASKING = rule_lemmas("asking_lemmas")


def _before_destination(tokens: Sequence[Token], span: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """``span`` up to the word before a place named after a word that governs no genitive: a country
    or a city without the article after anything but a title or a body (``أردوغان | قطر``، ``رئيس
    مصر | تونس``; ``رئيس مصر``، ``سفير الصين`` are whose), another place, a building or a town's word
    (``place_heads``) after a definite or possessed word (``والي الجهة | المستشفى``، ``الوزير
    المنتهية مهامه | مقر الوزارة``; not ``رئيس بلدية المدينة``). After زار the place is where one
    went."""
    for j in range(span[0] + 1, span[1] + 1):
        before, norm = tokens[j - 1], tokens[j].norm
        governs = lex.has("titles", before.norm) or lex.has("institution_heads", before.norm)
        if governs and not before.norm.startswith("ال"):
            continue  # رئيس مصر، سفير الصين: whose (الرئيس | المدينة: the article takes no genitive)
        closed = before.norm.startswith("ال") or _possessed(before.text)  # no genitive follows it
        place = _a_place(norm, lex)
        country = (norm,) in lex.parties or (place and not norm.startswith("ال"))
        if country or (closed and (place or _a_site(norm, lex))):
            return span[0], j - 1
    return span


def _before_asked(tokens: Sequence[Token], span: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """``span`` up to a name's last word when a verbal noun that ``_asked`` takes for what is asked
    or decided follows it (``المستشار النمساوي كارل نيهامر | وقف استقبال``); not after a body's word,
    whose name a verbal noun goes on (``لجنة تحديد المعايير``، ``جمعية إنقاذ``)."""
    head = tokens[span[0]].norm
    if lex.has("institution_heads", head) and not _is_title(head, lex):
        return span  # لجنة تحديد الأسعار: a body named by what it does
    for j in range(span[0] + 1, span[1] + 1):
        before, norm = tokens[j - 1].norm, tokens[j].norm
        if lex.has("light_nouns", norm):
            return span[0], j - 1  # قرر الرئيس عقد اجتماع: holding it is what is decided, whatever came before
        if before.startswith("ال") or lex.classes(before) or lex.analyses(before):
            continue
        if _asked(tokens[j], lex) or (not norm.startswith("ال") and _masdar_form(norm, "")):
            return span[0], j - 1  # (انهاء مهام: إفعال written without its hamza, after a name)
    return span


def _asked(token: Token, lex: Lexicon) -> bool:
    """A verbal noun without the article, by a shape no plural or name has (``تأجيل``، ``احترام``،
    ``إسقاط`` with its hamza below, ``مقاضاة``، ``منع``): what is asked or decided, not who asks. Not
    ``أحزاب``، ``أعوان`` (a plural: the hamza above), ``ترامب``، ``إيران``."""
    norm = token.norm
    if norm.startswith("ال") or (norm,) in lex.parties or lex.has("institution_heads", norm):
        return False
    if lex.has("light_nouns", norm):
        return True  # وتقرر عقد اجتماع، قرر شن هجوم: the noun of a light verb
    if _masdar_form(norm, token.text):
        return True
    stripped = _strip_possessive(norm) if _possessed(token.text) else ""
    stripped = stripped[:-1] + "ه" if stripped.endswith("ت") else stripped  # مساعدته: مساعدة + his
    return bool(stripped) and _masdar_form(stripped, "")


def _masdar_form(norm: str, text: str) -> bool:
    """``_asked``'s shapes (``text``: as written, for إفعال's hamza below; ``تحويله`` unstripped too)."""
    size = len(norm)
    return (
        norm in _SHORT_MASDARS
        or (size == 5 and norm[0] == "ت" and norm[3] == "ي")  # تفعيل: تأجيل، تقديم
        or (size == 5 and (text.lstrip("و")[:1] == "إ" or not text) and norm[3] == "ا")  # إفعال: إسقاط
        or (size == 6 and norm[0] == "ا" and norm[2] == "ت" and norm[4] == "ا")  # افتعال: احترام
        or (size == 6 and norm[:2] == "ان" and norm[4] == "ا")  # انفعال: انسحاب
        or (size == 7 and norm[:3] == "است" and norm[5] == "ا")  # استفعال: استخدام
        or (size in (5, 6) and norm[0] == "م" and norm[2] == "ا" and norm[-1] == "ه")  # مفاعلة: مقاضاة
    )


def _report_adjective(norm: str) -> bool:
    """An indefinite adjective that may describe a report or a visit (``صحفية``، ``مقتضب``، ``سابق``)."""
    return _adjectival_indefinite(norm) or norm in _REPORT_ADJECTIVES


_SOURCED_REPORTS = rule_lemmas("sourced_report_lemmas")


def _past_date(tokens: Sequence[Token], k: int, blocked: frozenset[int]) -> int:
    """The first token from ``k`` that is no date's (``blocked``)."""
    while k < len(tokens) and k in blocked:
        k += 1
    return k


def _report_source(
    tokens: Sequence[Token],
    trigger: Trigger,
    trigger_at: dict[int, Trigger],
    lex: Lexicon,
    blocked: frozenset[int],
    issued: int | None,
) -> tuple[int, int] | None:
    """Whose report a sentence goes by (``حسب تقرير الأمم المتحدة``، ``وفقا لبيان صادر عن الجيش``):
    the genitive after the report's adjectives, what follows صادر عن, or who issued it (أصدرته الوزارة:
    ``issued``, the light verb after the report)."""
    if issued is not None:
        return _subject(tokens, issued, issued, trigger_at, lex, blocked)
    k = trigger.last + 1
    while k < len(tokens) and tokens[k].is_word and _report_adjective(tokens[k].norm):
        k += 1
    by = _past_date(tokens, k + 1, blocked)  # بيان صادر اليوم عن الحزب: its date between
    issued_by = by < len(tokens) and tokens[k].norm in _ISSUED and tokens[by].norm == "عن"
    if issued_by:
        k = by + 1  # بيان صادر عن الحزب، البيان الصادر عن الطرفين
    if k >= len(tokens) or trigger.enclitic or (trigger.prefix.endswith("ال") and not issued_by):
        return None
    if _known_verb(tokens[k].norm, lex):
        return None  # بيان نقابي حمل توقيع الأمين العام: a verb telling of the report, no genitive
    if lam_source(tokens[k].norm, lex):  # تقرير لهيئة الإذاعة: the name after ل (mentions leaves ل out)
        return _lam_named(tokens, k, trigger_at, lex, blocked)
    if _prepositional(tokens[k].norm):
        return None
    return _phrase(tokens, k, trigger_at, lex, blocked)


def _lam_named(
    tokens: Sequence[Token], k: int, trigger_at: dict[int, Trigger], lex: Lexicon, blocked: frozenset[int]
) -> tuple[int, int]:
    """The party after ل + its head at ``k``, with its name (تقرير لهيئة البث العامة، تقرير
    لقناة "سكاي نيوز": the name in quotes); the span starts at ل (mentions leave it out)."""
    if k + 1 >= len(tokens):
        return (k, k)
    rest = _phrase(tokens, k + 1, trigger_at, lex, blocked)
    if rest is not None:
        return (k, rest[1])
    close = _quoted_name(tokens, k + 1, len(tokens))
    return (k, close) if close is not None else (k, k)


def opening_subject_before(
    tokens: Sequence[Token], at: int, lex: Lexicon, blocked: frozenset[int]
) -> tuple[tuple[int, int], str] | None:
    """The subject of a verb the lexicon does not list that opens the sentence, when the subject
    ends right before ``at`` (``لاحظت وزيرة الصحة خلال زيارتها``، ``نظرت الهيئة خلال اجتماعها``): its
    span and the gender and number the verb shows (``f``, ``m``, ``p``). A title or a body heads it."""
    if at < 2:
        return None
    found = opening_subject(tokens, lex, blocked, at)
    end = at - 1 if tokens[at - 1].norm not in ("،", ",") else at - 2
    return found if found is not None and found[0][1] == end else None


def opening_subject(
    tokens: Sequence[Token], lex: Lexicon, blocked: frozenset[int], limit: int | None = None
) -> tuple[tuple[int, int], str] | None:
    """The subject right after a verb the lexicon does not list that opens the sentence (past a date
    between: ``نفذ اليوم عمال المصنع وقفة``), headed by a title or a body, up to ``limit``: its span
    and the gender and number the verb shows (``f``, ``m``, ``p``)."""
    if 0 in blocked or not tokens or not tokens[0].is_word:
        return None
    verb = tokens[0].norm
    if verb.startswith("ال") or _titled(verb, lex) or lex.own_classes(verb) or not _opening_verb_shape(verb):
        return None
    first = 1
    while first < len(tokens) and first in blocked:
        first += 1  # نفذ اليوم الخميس عمال المصنع: the date before the subject
    if first >= len(tokens) or (limit is not None and first >= limit):
        return None
    head = tokens[first].norm
    body = lex.any_of(_BODY_HEADS, head) or (head.startswith("ال") and head.endswith("ه"))
    if not (_titled(head, lex) or body or _people(head)):
        return None
    span = _phrase(tokens, first, {}, lex, blocked, len(tokens) if limit is None else limit)
    if span is None:
        return None
    return span, "p" if verb.endswith("وا") else "f" if verb.endswith("ت") else "m"


def circumstance_owner(
    tokens: Sequence[Token], lex: Lexicon, blocked: frozenset[int], limit: int, shows: str
) -> tuple[int, int] | None:
    """Who a circumstantial participle before ``limit`` tells of, showing the gender and number
    ``shows``: the subject of a verb the lexicon does not list that opens the sentence, when they
    agree (a plural with a verb of one, as a verb before its subject is; no feminine noun for a
    man's verb), without the verb's object its phrase ran into (لل after a title, ب on a noun in ة,
    a noun with its pronoun, a definite oblique plural after another head: ``الوزارة البلجيكيين``)."""
    found = opening_subject(tokens, lex, blocked, limit)
    if found is None:
        return None
    (first, last), verb_shows = found
    if any(lex.has("subordinators", tokens[k].norm) for k in range(last + 1, limit)):
        return None  # في حين رفع الطلبة لافتات مطالبين: another clause, its own subject
    if not (verb_shows == shows or (shows == "p" and verb_shows in ("m", "f"))):
        return None
    head = tokens[first]
    if verb_shows == "m" and head.text.endswith("ة") and head.norm.removeprefix("ال") not in _MEN_IN_TA:
        return None  # وأبرز الأهمية: a feminine noun is no man's verb's subject
    end = first
    for k in range(first + 1, last + 1):
        word, before = tokens[k], tokens[k - 1].norm
        governed = word.norm.startswith("لل") and before.startswith("ال") and _titled(before, lex)  # الرئيس للأجهزة
        governed = governed or (word.norm.startswith("ب") and word.text.endswith("ة") and len(word.norm) >= 5)  # برسالة
        oblique = word.norm.startswith("ال") and word.norm.endswith("ين") and not head.norm.endswith("ين")
        owned = len(word.text) >= 4 and word.text.endswith(("ه", "ها", "هم")) and not word.norm.startswith("ال")
        closed = before.startswith("ال") and not word.norm.startswith("ال")  # past a definite genitive
        if closed and not _titled(head.norm, lex):
            break  # سكان الحي وقفة: a name follows a title only
        acted = closed  # النائبة تشبث المرأة: no genitive
        acted = acted and (masdar_shape(word.norm) or _tafaaul(word.norm))  # (رئيس تحرير الصحيفة is one)
        named = not before.startswith("ال") and not _titled(before, lex) and not lex.classes(before)
        acted = acted or (named and word.norm.startswith("ال") and masdar_shape(word.norm[2:]))  # فريق فلان التعليق
        if governed or oblique or owned or acted:
            break
        end = k
    while end > first and tokens[end].norm in ("،", ","):
        end -= 1
    return first, end


def _tafaaul(norm: str) -> bool:
    """The verbal noun of تفعّل as written (تشبث، توقف), four letters, ت first, none a long vowel's."""
    return len(norm) == 4 and norm[0] == "ت" and norm[-1] not in "اويه"


_BODY_HEADS = frozenset({"institution_heads", "judicial_heads", "legislatures", "state_agencies", "media_heads"})
_PEOPLE = rule_words("people_plurals")  # عمال، أهالي، محتجو: a group of people who act together


def _people(norm: str) -> bool:
    """A plural of people (``عمال``، ``الأهالي``، ``المحتجون``: listed, or a sound plural in ون)."""
    bare = norm.removeprefix("ال")
    return bare in _PEOPLE or (len(bare) >= 5 and bare.endswith("ون"))


OPENING_VERB_LETTERS = (3, 7)  # letters of a past verb that opens a sentence, with و and ت


def _opening_verb_shape(norm: str) -> bool:
    """A word that may be a past verb opening the sentence: a few letters, none of a preposition's
    or a pronoun's shape (no ب/ل/ك + article, no final ة's ه)."""
    low, high = OPENING_VERB_LETTERS
    return low <= len(norm) <= high and not norm.endswith(("ه", "ي", "ين", "ون")) and not _prepositional(norm)


def lam_source(norm: str, lex: Lexicon) -> bool:
    """ل + the first word of a party's or a medium's name (للأمم، لهيئة، لوزارة، لرئاسة، لصحيفة)
    or a title no one is told as (لوزير، لرئيس; not لمراسل): whose report it is."""
    rest = norm[1:]
    return norm.startswith("لل") or (
        norm[:1] == "ل"
        and (
            lex.has("institution_heads", rest)
            or lex.has("lam_bodies", rest)
            or lex.has("media_heads", rest)
            or _an_owner_s_title(rest, lex)
        )
    )


def _an_owner_s_title(norm: str, lex: Lexicon) -> bool:
    """A title that owns what is said after ل (تصريح لوزير النقل), not one told it (لمراسل)."""
    return lex.has("titles", norm) and not lex.has("addressee_nouns", norm)


_DAMMA = "\u064f"


def _written_passive(word: str) -> bool:
    """A past verb written with a damma on its first letter (مُنع، اُعتقل، وقُتل): a passive."""
    letters = word.lstrip("وف") if len(word) > 3 else word
    return _DAMMA in letters[:3]


def _gathered(
    tokens: Sequence[Token], trigger: Trigger, trigger_at: dict[int, Trigger], lex: Lexicon, blocked: frozenset[int]
) -> tuple[int, int] | None:
    """Who a meeting gathered (``القمة التي جمعت رؤساء الدول``، ``لقاء جمع الوزيرين``): the object of
    جمع right after the meeting's noun (or its relative pronoun)."""
    k = trigger.last + 1
    if k < len(tokens) and lex.has("relatives", tokens[k].norm):
        k += 1
    if k >= len(tokens) or not lex.has("gathering_verbs", tokens[k].norm):
        return None
    start = _skip_adjuncts(tokens, k + 1, lex, blocked)
    if start >= len(tokens) or tokens[start].norm[:1] == "ب":
        return None  # جمع بقصر باردو: where, not whom
    return _phrase(tokens, start, trigger_at, lex, blocked)


def _told_whom(tokens: Sequence[Token], span: tuple[int, int], lex: Lexicon) -> bool:
    """One word after أخبر/أبلغ, no title nor body, before أن, في or a comma: the one told."""
    norm = tokens[span[0]].norm
    if span[0] != span[1] or _is_title(norm, lex) or lex.has("institution_heads", norm.removeprefix("ال")):
        return False
    after = tokens[span[1] + 1] if span[1] + 1 < len(tokens) else None
    return after is None or not after.is_word or after.norm in ("في", "ان", "انه", "انها", "بان")


def _parties(tokens: Sequence[Token], span: tuple[int, int]) -> bool:
    """Two or more parties: a dual or a plural (الطرفين، الفصائل), or two joined by و."""
    words = [tokens[k].norm for k in range(span[0], span[1] + 1)]
    head = words[0]
    return (
        head.endswith(("ين", "ان", "ات"))
        or any(w[:1] == "و" and len(w) > 3 for w in words[1:])
        or head.removeprefix("ال") in _PARTY_PLURALS
    )


_PARTY_PLURALS = rule_words("party_plurals")


def _object_before_ba(tokens: Sequence[Token], trigger: Trigger, span: tuple[int, int], lex: Lexicon) -> bool:
    """A verb that takes X بـ Y (وصف، اتهم، طالب) whose phrase after it is followed by بـ: the
    phrase ends with the object X (``واتهم الحوثيين بقصف``, ``اتهم الجيش الحوثيين بقصف``)."""
    if not lex.has("ba_object_verbs", trigger.entry.lemma):
        return False
    k = span[1] + 1
    if k >= len(tokens) or not tokens[k].is_word:
        return False
    norm = tokens[k].norm
    if norm == "ب":
        return k + 1 < len(tokens)  # ووصف الخطوة بـ"المتسرعة": ب written apart (a tatweel), its word after
    if not norm.startswith("ب") or len(norm) <= 3 or lex.any_of(_NOT_BA_OBJECT, norm):
        return False
    # بالكذب، بقصف، بتزويد: ب + a noun (the article, an act's noun, a verbal noun's shape); not بيونغ، بوتين
    rest = norm[1:]
    return (
        rest in ("ان", "انه", "انها", "انهم", "انهما")  # ووصف الوزير الأمر بأنه: X بأنه Y
        or norm.startswith("بال")
        or any("ب" in a.prefix for a in lex.analyses(norm))
        or masdar_shape(rest)
        or masdar_shape(_strip_possessive(rest))  # بإسهامها
        or (len(rest) >= 5 and rest.endswith("ه"))  # بضرورة: ب + a noun in ة
    )


_SEATS = rule_words("seat_places")  # a palace, a headquarters: where officials act, no one's workplace


def _its_building(norm: str, lex: Lexicon) -> bool:
    """A building with its owner's pronoun (``مقرها``، ``مقره``، ``منزله``)."""
    return any(
        norm.endswith(pronoun) and lex.has("building_nouns", norm[: -len(pronoun)]) for pronoun in ("ها", "هم", "ه")
    )


def _at_building(norm: str) -> bool:
    """ب + a seat of power (``بقصر``، ``بمقر``، ``بالمقر``): where the act took place, never part of
    a name or a title (unlike a workplace: ``موظف بمكتب البريد``، ``أستاذ بجامعة``)."""
    return norm[:1] == "ب" and norm[1:] in _SEATS


def _construct_end(tokens: Sequence[Token], span: tuple[int, int]) -> bool:
    """A phrase ending in a construct's genitive (``رئيس الوزراء``، ``وزير الخارجية``): its last word
    goes with the word before it, which cannot stand alone without the article."""
    last, before = tokens[span[1]], tokens[span[1] - 1]
    return span[1] > span[0] and before.is_word and not before.norm.startswith("ال") and last.norm.startswith("ال")


def _nominative_plural(norm: str) -> bool:
    """A sound masculine plural in the nominative (المحتجون، المتظاهرون): a subject, never an object."""
    return len(norm) > 5 and norm.endswith("ون")


def _to_a_party(norm: str, lex: Lexicon) -> bool:
    """ب or ل + a title or the head of a body (بزعماء، لرئيس، لوكالة): a partner or an addressee."""
    if norm[:1] not in ("ب", "ل") or len(norm) <= 3:
        return False
    rest = norm[1:]
    return rest in _LEADERS or lex.has("titles", rest) or lex.has("institution_heads", rest)


_LEADERS = rule_words("leader_plurals")  # plural heads of parties


def _topic_named(tokens: Sequence[Token], trigger: Trigger, genitive: int, lex: Lexicon) -> bool:
    """A gathering named after its topic (``ندوة الحوار الاجتماعي``، ``منتدى الاستثمار``): a
    seminar's noun (seminar_nouns) whose definite genitive names no one who could hold it (a
    title or titled people, a body, a party, forces)."""
    head = without_conjunction(tokens[trigger.first].norm)
    if head not in _SEMINARS and not (head[:1] in ("ب", "ل") and head[1:] in _SEMINARS):
        return False
    norm = tokens[genitive].norm
    if not norm.startswith("ال"):
        return False  # a name may follow it
    bare = norm[2:]
    return not (
        _is_title(norm, lex)
        or lex.has("institution_heads", bare)
        or lex.has("legislatures", norm)
        or (norm,) in lex.parties
        or _can_act(norm, lex)
        or bare in _PARTY_PLURALS
        or bare in _LEADERS
        or lex.has("title_plurals", bare)
        or bare in _SEMINAR_HOLDERS
    )


_SEMINARS = rule_words("seminar_nouns")  # ندوة، منتدى: named after what they are about
_SEMINAR_HOLDERS = rule_words("seminar_holders")  # جامعة، قناصل: who hold one, named by no other list


def _is_title(norm: str, lex: Lexicon) -> bool:
    return lex.has("titles", norm) or (norm.startswith("ال") and lex.has("titles", norm[2:]))


def _sound_plural_head(norm: str) -> bool:
    """An indefinite sound masculine plural of a participle (مسلحون، متظاهرين، ناشطون): it keeps
    its ن, so no genitive follows it (in a construct it is مسلحو)."""
    participle = norm[:1] == "م" or (len(norm) == 6 and norm[1:2] == "ا")
    return len(norm) >= 6 and participle and norm.endswith(("ون", "ين")) and not norm.startswith("ال")


def _feminine_adjective_end(tokens: Sequence[Token], span: tuple[int, int]) -> bool:
    """The phrase ends with a definite feminine nisba after a definite feminine noun (الهيئة
    الانتخابية، الحكومة التونسية): an adjective that agrees with it, not a noun of its own."""
    if span[1] <= span[0]:
        return False
    noun, last = tokens[span[1] - 1], tokens[span[1]]
    return (
        noun.norm.startswith("ال")
        and noun.text.endswith("ة")
        and last.norm.startswith("ال")
        and last.text.endswith("ية")
    )


def _before_object(tokens: Sequence[Token], span: tuple[int, int]) -> tuple[int, int] | None:
    """The phrase without its last word (the object before بـ); none when that was all of it."""
    last = span[1] - 1
    while last >= span[0] and not tokens[last].is_word:
        last -= 1
    return (span[0], last) if last >= span[0] else None


_ADJUNCT_HEADS = frozenset({"speech_nouns", "adjunct_heads"})
_NOT_BA_OBJECT = frozenset({"prepositions", "event_prepositions", "subordinators"})


def _describes(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon) -> bool:
    """A verb right after a relative pronoun, or right after an indefinite noun (a description; not
    a possessed one, which is definite: ``وفي تصريحه قال الوزير``)."""
    if trigger.first == 0:
        return False
    before = tokens[trigger.first - 1]
    if not before.is_word:
        return False
    if lex.has("relatives", before.norm):
        return True
    if not trigger.enclitic and opening_speech_setting(tokens, trigger.first, lex):
        return False  # وفي بيان قالت الوزارة: the main verb after where it was said, its subject after it
    if trigger.prefix[:1] not in ("و", "ف") and _described_pair(tokens, trigger.first - 1, lex):
        return True  # تفجير بشاحنة ملغمة استهدفت ثكنة: a verb after an indefinite noun and its adjective
    if trigger.prefix[:1] not in ("و", "ف") and _described_act(tokens, trigger.first - 1, lex):
        return True  # هجوم إرهابي استهدف السوق: a verb after an act's noun and its nisba
    return (
        bool(
            lex.analyses(before.norm)
            and any(
                a.form.pos == "noun"
                and not a.prefix.endswith("ال")
                and not a.enclitic  # تصريحه قال: definite
                and not lex.has("light_nouns", before.norm[len(a.prefix) :])  # لتنفيذ وعد: a carrier, no described noun
                for a in lex.analyses(before.norm)
            )
        )
        and trigger.prefix[:1] not in ("و", "ف")
    )


def _described_pair(tokens: Sequence[Token], at: int, lex: Lexicon) -> bool:
    """An indefinite noun (after ب too: بسيارة) and its indefinite adjective ending at ``at``
    (``سيارة مفخخة``، ``بعبوة ناسفة``): what a verb right after them describes."""
    if at < 1 or not tokens[at - 1].is_word:
        return False
    adjective, noun = tokens[at].norm, tokens[at - 1].norm
    if adjective.startswith("ال") or noun.startswith(("ال", "بال", "لل")) or lex.classes(noun):
        return False
    return adjective.endswith("ه") and noun.endswith("ه") and len(adjective) > 4 and not lex.classes(adjective)


def _described_act(tokens: Sequence[Token], at: int, lex: Lexicon) -> bool:
    """An act's indefinite noun the lexicon knows and its indefinite nisba ending at ``at``
    (``هجوم إرهابي``، ``عملية إرهابية``، ``غارة جوية``): what a verb right after them describes."""
    if at < 1 or not tokens[at - 1].is_word or not tokens[at].is_word:
        return False
    adjective, noun = tokens[at].norm, tokens[at - 1].norm
    if adjective.startswith("ال") or len(adjective) < 4 or not adjective.endswith(("ي", "يه")):
        return False
    return any(a.form.pos == "noun" and not a.prefix.endswith("ال") and not a.enclitic for a in lex.analyses(noun))


_CAUSES = ("في", "جراء", "اثر", "إثر", "بسبب", "خلال")


_WOUNDED = rule_words("wounded_passives")  # أصيب، جرح: the wounded, told beside the dead


def _caused(tokens: Sequence[Token], trigger: Trigger, trigger_at: dict[int, Trigger]) -> bool:
    """A death told with its cause (``قتل الطبيب في قصف``, ``برصاص قناص``) or beside the wounded
    (``قتل طفل وأصيب سبعة``): the verb is a passive."""
    for k in range(trigger.last + 1, min(len(tokens), trigger.last + 9)):
        norm = tokens[k].norm
        if norm.startswith(("برصاص", "بنيران", "بقذيف", "بغار", "بانفجار", "بتفجير")):
            return True
        if norm.removeprefix("و") in _WOUNDED:
            return True  # قتل طفل وأصيب سبعة آخرون: a death told beside the wounded, a passive too
        cause = trigger_at.get(k + 1)
        if norm in _CAUSES and cause is not None and cause.type == "attack" and cause is not trigger:
            return True
        if not tokens[k].is_word and norm not in ("،", ","):
            break
    return False


def _subject(
    tokens: Sequence[Token],
    first: int,
    last: int,
    trigger_at: dict[int, Trigger],
    lex: Lexicon,
    blocked: frozenset[int],
    stop: int | None = None,
    after: bool = True,
    topic: bool = True,
) -> tuple[int, int] | None:
    """The subject of the verb at ``first``..``last``: after it, or in the topic before it
    (``وكان المغرب قد أعلن``: between an auxiliary and قد, the topic comes first). A verb that
    shows a plural (``قالوا``) has no subject after it."""
    pluperfect = _pluperfect(tokens, first, trigger_at, lex, blocked)
    if pluperfect is not None:
        return pluperfect
    coordinated = first in trigger_at and trigger_at[first].prefix[:1] in ("و", "ف")
    if after and not coordinated and _after_complementizer(tokens, first, lex):
        # أن وفدا تجاريا يزور المغرب: after أن the subject comes first; إن بلاده قررت قطع علاقاتها: a
        # subject the reader cannot name (بلاده) is still before the verb, not its object after it
        fronted = _topic(tokens, first, trigger_at, lex, blocked)
        if fronted is None or not _antecedent_of_object(tokens, fronted, trigger_at.get(first), lex):
            return fronted  # (أن أول دولة يزورها الوزير: what was visited; the subject follows)
    if after and _after_pronoun_complementizer(tokens, first, lex):
        return None  # أنها رفضت منح التأشيرات: the pronoun is the subject, what follows the object
    present = first in trigger_at and trigger_at[first].form.tense == "present"
    # a past deed's subject may open the sentence (not a report's: أكدت مصادر, its subject after it)
    opening = first <= OPENING_WORDS and first in trigger_at and not trigger_at[first].entry.report
    if after and not coordinated and stop is None and (present or opening):
        fronted = _topic_of(tokens, first, trigger_at, lex, blocked)
        if (
            fronted is not None
            and (present or _opening_subject(tokens, fronted, first, lex))
            and all(t.norm in _BEFORE_VERB for t in tokens[fronted[1] + 1 : first])
        ):
            return fronted  # الأردن يدين الهجوم: a subject right before its verb; what follows is the object
        if (
            fronted is not None
            and fronted[1] + 2 == first
            and tokens[first - 1].norm == ":"
            and _labels_line(tokens, first - 1)
        ):
            return fronted  # كينيا: قررت تقليص بعثتها: a list's label is who acts
    k = _skip_adjuncts(tokens, last + 1, lex, blocked)
    if after and last + 1 < len(tokens) and lex.has("companion_words", tokens[last + 1].norm):
        return None  # قام بها برفقة خبراء: with whom; the subject is the verb's own pronoun
    opener = next((j for j in (last + 1, k) if j < len(tokens) and tokens[j].norm in _EXISTENTIALS), None)
    if after and opener is not None:
        return None  # وقالت يوجد اليوم، وأضاف هناك حاجة: what is said begins, unquoted; no subject after
    each = k + 1 < len(tokens) and k > 0 and tokens[k - 1].norm == "كل" and tokens[k].norm == "من"
    if each and (
        tokens[k + 1].norm.startswith("ال")
        or (tokens[k + 1].norm,) in lex.parties
        or _bodies_dual(tokens[k + 1].norm, lex)
    ):
        k += 1  # أعلنت كل من الإمارات والبحرين: each of the parties named after من (not كل من يهمه: whoever)
    shares = coordinated and any(j < first and t.verbal for j, t in trigger_at.items())  # a verb before it
    after_verb = k < len(tokens) and k == last + 1
    if shares and after_verb and (_possessed(tokens[k].text) or _indefinite_object(tokens, k, lex)):
        return None  # أعلن انسحابه وانتقد منافسه، وأقر قانونا جديدا: the object; the subject is the one before
    limit = stop if stop is not None else len(tokens)
    announces = first in trigger_at and (trigger_at[first].entry.announces or trigger_at[first].entry.report)
    act_noun = k in trigger_at and trigger_at[k].pos == "noun" and trigger_at[k].type in _DEEDS  # not a lawsuit
    if announces and not act_noun and k < len(tokens) and k not in trigger_at:
        act_noun = _deed_noun(tokens[k], lex)  # تقرر إلغاء الإضراب: a deed's noun its context left out
    accusative = k < len(tokens) and tokens[k].text.endswith(_TANWEEN_FATH)  # قتل فلسطينياً: the object
    accusative = accusative or (k < len(tokens) and tokens[k].norm in _ACCUSATIVE_PEOPLE)  # وقتلت رجلا
    considered = k < len(tokens) and k == last + 1 and tokens[k].norm in _MATTERS and first in trigger_at
    accusative = accusative or (considered and trigger_at[first].prefix[:1] in ("و", "ف"))  # واعتبرت الأمر
    about = trigger_at[first].entry.about if first in trigger_at else frozenset()
    if first in trigger_at and trigger_at[first].type == "warning":
        about = about | _WARNED_OF  # وحذر "فلان" من: what of (not the warning's about: a date after is its)
    elif first in trigger_at and trigger_at[first].entry.lemma == "نقل":
        about = about | _RELAYED_FROM  # ونقلت "الإذاعة" عن مصدر: whence, after who relays it
    if after and announces and k < limit and (quoted := _quoted_subject(tokens, k, limit, trigger_at, lex, about)):
        return quoted  # وذكرت "الشروق" أن، أفاد "المرصد" نقلا عن
    if after and k < limit and not (announces and act_noun) and not accusative:  # أعلنت الأحد قطع العلاقات
        span = _phrase(tokens, k, trigger_at, lex, blocked, limit)
        if span is not None and first in trigger_at:
            span = _before_ba_complement(tokens, trigger_at[first], span, lex)
        if span is not None and first in trigger_at and _addressed_oblique(tokens[span[0]].norm, trigger_at[first]):
            span = None  # دعت المواطنين، حث المسافرين، أمهلت المقيمين: whom it urged, written oblique
        if span is not None:
            return span
    word = tokens[first].norm
    if word[:1] in ("و", "ف") and first in trigger_at and trigger_at[first].prefix[:1] in ("و", "ف"):
        return None  # وأكد: a coordinated verb shares the subject before it, it has no topic of its own
    if word[:1] in ("و", "ف") and first not in trigger_at and lex.is_light(word[1:]):
        return None  # وأجرى زيارة، وعقد اجتماعا: a coordinated light verb too
    if not topic:
        return None  # بيانا ندد فيه: the noun before is where it was said, not who said it
    fronted = _topic_of(tokens, first, trigger_at, lex, blocked)
    return fronted if fronted is not None else _described_topic(tokens, first, trigger_at, lex, blocked)


def _topic_of(
    tokens: Sequence[Token], first: int, trigger_at: dict[int, Trigger], lex: Lexicon, blocked: frozenset[int]
) -> tuple[int, int] | None:
    """The topic before the verb at ``first``, unless it is the noun the verb's object pronoun goes
    back to (``أول دولة يزورها``: what was visited)."""
    fronted = _topic(tokens, first, trigger_at, lex, blocked)
    if fronted is not None and _antecedent_of_object(tokens, fronted, trigger_at.get(first), lex):
        return None
    return fronted


def _antecedent_of_object(
    tokens: Sequence[Token], span: tuple[int, int], trigger: Trigger | None, lex: Lexicon
) -> bool:
    """An indefinite noun (one or two words) inside the clause right before a verb that carries an
    object pronoun (``أول دولة يزورها``، ``عن وثائق وصفها``): a relative clause on the noun with no
    relative pronoun; the pronoun is the noun, the verb's subject another. Not after a
    complementizer, where a name stands so (``أن ترامب دعاه``), nor a party's name."""
    words = tokens[span[0] : span[1] + 1]
    return (
        trigger is not None
        and trigger.verbal
        and bool(trigger.enclitic)
        and len(words) <= 2
        and span[1] + 1 == trigger.first
        and span[0] > 0
        and tokens[span[0] - 1].is_word
        and not lex.has("complementizers", tokens[span[0] - 1].norm)
        and not any(w.norm.startswith("ال") or _possessed(w.text) for w in words)
        and tuple(w.norm for w in words) not in lex.parties
    )


def _addressed_oblique(norm: str, trigger: Trigger) -> bool:
    """A definite plural or dual written oblique (المواطنين، المسافرين، الحكومتين) right after a
    verb that urges or gives notice (urging_lemmas): whom it addressed; its subject would read
    ون/ان."""
    if trigger.entry.lemma not in _URGING or not trigger.verbal or not norm.startswith("ال"):
        return False
    return norm.endswith("تين") or (len(norm) >= 7 and norm.endswith("ين"))


_URGING = rule_lemmas("urging_lemmas")
LEAD_WORDS = 1  # words before a sentence's first verb that still leave it the opening one (كما، ثم)


def _joined_meeting(tokens: Sequence[Token], trigger: Trigger, trigger_at: dict[int, Trigger]) -> bool:
    """A meeting's verb joined by و to a verb a few words before it, only words between
    (``يزور المبعوث الخرطوم ويلتقي قادة الجيش``): it shares that verb's subject, and the words
    after it are whom it meets (not with its object pronoun: ``والتقاه الوالي``, the subject after)."""
    if trigger.type != "meeting" or not trigger.verbal or trigger.prefix not in ("و", "ف") or trigger.enclitic:
        return False
    for k in range(trigger.first - 1, max(-1, trigger.first - 2 - _JOINED_WORDS), -1):
        if not tokens[k].is_word:
            return False
        if k in trigger_at and trigger_at[k].verbal:
            return True
    return False


_JOINED_WORDS = 6  # words between two verbs of one subject (its subject and an object)


def _joined_report_object(tokens: Sequence[Token], trigger: Trigger, after: int) -> bool:
    """A report's verb joined by و right after a definite word (no comma: a clause going on) with
    the definite people it urges (دعا الحضور) or a verbal noun (أكد غياب الإرادة) after it: its
    object; the subject is the clause's before."""
    if not trigger.entry.report or trigger.prefix[:1] != "و" or trigger.first == 0:
        return False
    if not tokens[trigger.first - 1].norm.startswith("ال"):
        return False
    norm = tokens[after].norm
    urged = trigger.entry.lemma in _URGING and norm.startswith("ال")  # (وطالبت عديد المنظمات: they ask)
    return urged or masdar_shape(norm.removeprefix("ال"))


def _urged_after_own_words(
    tokens: Sequence[Token], trigger: Trigger, trigger_at: dict[int, Trigger], lex: Lexicon
) -> bool:
    """A verb that urges, joined by و after a comma to a report that opens the sentence, with no
    content clause between (``أكد رفضه للقرار، ودعا أعضاء النقابة إلى الاحتجاج``): the same speaker
    goes on, and the people after the verb are whom they urge (after ``قال إن الحكومة تدرس الملف``
    the urging verb may go on with the clause's subject)."""
    if trigger.entry.lemma not in _URGING or not trigger.verbal or trigger.prefix[:1] != "و":
        return False
    if trigger.first < 2 or tokens[trigger.first - 1].norm not in ("،", ","):
        return False
    opening = next((t for at, t in sorted(trigger_at.items()) if at <= LEAD_WORDS), None)
    if opening is None or opening is trigger or not opening.verbal or not opening.entry.report:
        return False
    between = range(opening.last + 1, trigger.first)
    return bool(between) and not any(lex.has("complementizers", tokens[k].norm) for k in between)


def _deed_noun(token: Token, lex: Lexicon) -> bool:
    """A deed's verbal noun with no article (إيقاف، إلغاء: its إل is no article, as written), whatever
    its context: after a verb that announces, what is announced, not who does it."""
    bare = ("", "ال") if token.text[:1] == "إ" else ("",)
    return any(
        a.form.pos == "noun" and a.prefix in bare and a.form.entry.type in _DEEDS for a in lex.analyses(token.norm)
    )


_BEFORE_VERB = rule_words("before_verb_particles")  # what may stand between a subject and its verb with no comma


def _opening_subject(tokens: Sequence[Token], span: tuple[int, int], verb: int, lex: Lexicon) -> bool:
    """A definite phrase that opens the sentence right before a past verb (``الجيش قصف المواقع``،
    ``طائرات التحالف استهدفت``): its subject, told first. Not an indefinite one (``صورة
    نشرها``: the verb describes it), nor one that opens with a verb."""
    first = tokens[span[0]].norm
    return (
        span[0] == 0
        and span[1] + 1 == verb
        and span[1] - span[0] < OPENING_WORDS
        and tokens[span[1]].norm.startswith("ال")
        and (lex.named_in_waw(first) or (first[:1] not in ("و", "ف", "ب", "ل", "ك") and not lex.analyses(first)))
    )  # وزارة الدفاع قصفت: a body's word in و, not و + زار


OPENING_WORDS = 3  # words of a subject that opens its sentence before a past verb


_TIME_WORDS = rule_words("time_nouns")
_DEEDS = frozenset({"attack", "measure", "visit", "meeting", "agreement"})  # acts no document speaks as
_EXISTENTIALS = rule_words("existential_openers")  # يوجد، هناك، يجب، يمكن: a clause of its own opens
_MATTERS = rule_words("matter_nouns")  # الأمر، الموضوع: what a joined verb judges, never who judges
_SEIZED = rule_words("seized_goods")  # أسلحة، ذخيرة، مخدرات: what a measure takes, never who takes it
_SUSPECTS = rule_words("suspect_nouns")  # مسلح، مشتبه به، المتهم: held, never who holds
_ACCUSATIVE_PEOPLE = rule_words("accusative_people")  # رجلا، شخصا: after a verb its object (after أن its subject)
_TANWEEN_FATH = ("اً", "ًا", "ً", "ةً", "ىً")  # an indefinite accusative as written: no subject


_BA_COMPLEMENTS = rule_lemmas("ba_complement_lemmas")


def _before_ba_complement(
    tokens: Sequence[Token], trigger: Trigger, span: tuple[int, int], lex: Lexicon
) -> tuple[int, int] | None:
    """A verb whose words go to ب + what they praise or condemn (أشاد، رحب، ندد): the subject ends
    before it (``وأشاد الوزير بجهود الشرطة``), unless ب is a title's (``باسم``) or a workplace's
    (``القيادي بحزب``، ``مسؤول بوزارة``)."""
    if trigger.entry.lemma not in _BA_COMPLEMENTS:
        return span
    for k in range(span[0] + 1, span[1] + 1):
        norm = tokens[k].norm
        if norm[:1] != "ب" or norm in ("باسم", "بن", "بنت", "بني"):
            continue
        if k == span[1] and not norm.startswith("بال"):
            continue  # ضيف بوليتيكا، عبد العزيز بوتفليقة: a name's last word, nothing after it
        rest = norm[3:] if norm.startswith("بال") else norm[1:]
        if lex.has("institution_heads", rest) or lex.has("building_nouns", rest):
            continue
        return (span[0], k - 1)
    return span


def _described_topic(
    tokens: Sequence[Token], first: int, trigger_at: dict[int, Trigger], lex: Lexicon, blocked: frozenset[int]
) -> tuple[int, int] | None:
    """The noun the sentence opens with, when a relative clause stands between it and its verb
    (``النواب الذين يمثلون المعارضة حذروا``): no verb and no punctuation before the relative."""
    start = 0
    while start < first and (not tokens[start].is_word or tokens[start].norm in _TOPIC_OPENERS):
        start += 1
    for k in range(start + 1, min(first - 1, start + MAX_WORDS + 1)):
        token = tokens[k]
        if not token.is_word or _verbal_at(k, trigger_at):
            return None
        if lex.has("relatives", token.norm):
            between = range(k + 1, first)
            if any(lex.any_of(_CLAUSE_OPENERS, tokens[j].norm) for j in between):
                return None  # الرسالة التي استخدمها عندما انتخب: the verb is the subordinate clause's
            return _phrase(tokens, start, trigger_at, lex, blocked, k)
    return None


def _indefinite_object(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """An indefinite noun in the accusative, as written with no vowels (``قانونا جديدا``، ``صاروخا``)."""
    norm = tokens[k].norm
    if len(norm) < 4 or norm.startswith("ال") or not norm.endswith("ا") or norm.endswith(("ها", "وا")):
        return False
    if (norm,) in lex.parties:
        return False  # وزارت روسيا، واستدعت فرنسا سفيرها: a country's name, a subject
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if after is None or not after.is_word or after.norm.endswith("ا") or lex.has("prepositions", after.norm):
        return True
    if after.norm[:1] in ("ب", "ل") and len(after.norm) > 3 and not after.norm.startswith("لل"):
        return True  # دهس حشدا بشاحنة: the means or whom for after it
    return present_verb_shape(after.norm)  # اعتقلت شابا يعمل: a present verb describing it


def _dual(word: str, trigger: Trigger, lex: Lexicon) -> bool:
    """A past verb with the dual ending (أوضحا، أصدرا): the verb without its ا is the same verb."""
    if trigger.form.tense != "past" or trigger.enclitic or not word.endswith("ا") or word.endswith(("ها", "نا")):
        return False  # نفاها: the pronoun, not the dual
    if len(word) < 4:
        return False
    return any(a.form.entry is trigger.entry and a.form.pos == "verb" for a in lex.analyses(word[:-1]))


def _plural(word: str, trigger: Trigger) -> bool:
    """The verb's own ending says plural or dual (قالوا، يقولون، قالا): its subject is a pronoun."""
    bare = word[: -len(trigger.enclitic)] if trigger.enclitic and word.endswith(trigger.enclitic) else word
    with_pronoun = bool(trigger.enclitic) and trigger.pos == "verb"
    return plural_ending(bare, with_pronoun) or (trigger.form.tense == "past" and bare.endswith("تا"))


def _after_complementizer(tokens: Sequence[Token], first: int, lex: Lexicon) -> bool:
    """A complementizer (أن، إن) stands a few words before the verb with a noun between them."""
    start = first - 1
    # أن رئيس الحكومة، قد قرر، أن اللجنة، كانت قررت: a comma, كان and قد before the verb; not when a
    # pronoun after it goes back to the noun (أن المبالغ، كان أعلن عنها الأمير: what he announced)
    back = first + 1 < len(tokens) and tokens[first + 1].norm in _RESUMPTIVE_PREPOSITIONS
    between = _BEFORE_ITS_VERB if back else _BEFORE_ITS_VERB | _BARE_AUXILIARIES
    while start > 0 and tokens[start].norm in between:
        start -= 1
    if start == first - 1 and lex.has("complementizers", tokens[start].norm):
        return False  # بعد أن صادق البرلمان: a complementizer right before the verb, no noun between
    when = start == first - 1 and tokens[start].norm in _WHEN_CLAUSE
    for k in range(start - 1, max(-1, start - 1 - MAX_WORDS), -1):
        token = tokens[k]
        if not token.is_word:
            return False
        if lex.has("complementizers", token.norm):
            if when and any(_a_clause_s_verb(tokens[j].norm, lex) for j in range(k + 1, start)):
                return False  # إن الخزينة كانت فارغة عندما غادر الرئيس: a time clause of its own
            return not token.norm.endswith(("ه", "ها", "هم"))  # أنه يزور: the pronoun is the subject
    return False


def _a_clause_s_verb(norm: str, lex: Lexicon) -> bool:
    """كان or a verb the lexicon knows: the clause before it has its own predicate."""
    return norm in _BARE_AUXILIARIES or _known_verb(norm, lex)


_RESUMPTIVE_PREPOSITIONS = rule_words("resumptive_prepositions")  # عنها، به: back to a noun before
_WHEN_CLAUSE = rule_words("when_clause_openers")  # عندما، حين، بعدما: a time clause's verb, its subject after
_BEFORE_ITS_VERB = rule_words("subject_verb_gap_words") | {"،", ","}  # قد، لقد and a comma
_BARE_AUXILIARIES = rule_words("bare_past_auxiliaries")  # كان، كانت with no conjunction


def _after_pronoun_complementizer(tokens: Sequence[Token], first: int, lex: Lexicon) -> bool:
    """The verb comes right after a complementizer carrying a pronoun (أنها، إنهم، بأنه)."""
    k = first - 1
    if k >= 0 and tokens[k].norm in ("قد", "لم", "لن", "لا"):
        k -= 1
    if k < 0 or not tokens[k].is_word:
        return False
    norm = tokens[k].norm
    for ending in ("هما", "ها", "هم", "هن", "ه", "نا"):
        if norm.endswith(ending) and lex.has("complementizers", norm[: -len(ending)]):
            return True
    return False


def _pluperfect(
    tokens: Sequence[Token], first: int, trigger_at: dict[int, Trigger], lex: Lexicon, blocked: frozenset[int]
) -> tuple[int, int] | None:
    """``كان X قد فعل``, ``وكانت X قطعت``: the subject X between the auxiliary and (قد and) the verb."""
    k = first - 1
    if k < 1:
        return None
    qad = tokens[k].norm in ("قد", "لقد")
    verb = trigger_at.get(first)
    if not qad and verb is not None and verb.prefix[:1] in ("و", "ف"):
        return _kana_speaker(tokens, verb, trigger_at, lex, blocked)  # كان الامتحان صعبا وأضافت: none
    end = k - 1 if qad else k
    start = end
    words = 0
    while start >= 0 and (tokens[start].is_word or tokens[start].norm in _IN_A_SUBJECT):  # صحيفة "الشروق"
        if tokens[start].is_word and lex.has("past_auxiliaries", tokens[start].norm):
            break
        if not qad and (start in trigger_at or lex.any_of(_NOT_PHRASE_START, tokens[start].norm)):
            return None  # كان الرئيس يزور المدينة عندما وقع: without قد, only a noun phrase between
        words += tokens[start].is_word
        start -= 1
        if words > MAX_WORDS:
            return None  # commas do not count: وكان نائب المدير، فلان الفلاني، قد أكد
    if start < 0 or not lex.has("past_auxiliaries", tokens[start].norm) or start == end:
        return None
    quotes = sum(tokens[j].norm in QUOTE_CHARS for j in range(start + 1, end + 1))
    if quotes:  # وكانت صحيفة "الشروق" نشرت: a name quoted whole inside (not a quotation closing there)
        return _between_kana_and_verb(tokens, first, trigger_at, lex, blocked) if quotes % 2 == 0 else None
    span = _phrase(tokens, start + 1, trigger_at, lex, blocked, end + 1)
    return span


_IN_A_SUBJECT = QUOTE_CHARS | {"،", ","}  # marks a subject between كان and its verb may hold


def _kana_speaker(
    tokens: Sequence[Token], verb: Trigger, trigger_at: dict[int, Trigger], lex: Lexicon, blocked: frozenset[int]
) -> tuple[int, int] | None:
    """A report's verb joined by و after a sentence that opens with كان and a titled subject (``وكان
    الوالي على رأس الوفد، وقال إنه``): that subject goes on speaking, when the verb agrees with it
    (a man's verb, a man's title); no one else's (``كان الامتحان صعبا وأضافت``)."""
    if not verb.entry.report or not tokens or not lex.has("past_auxiliaries", tokens[0].norm):
        return None
    span = _phrase(tokens, 1, trigger_at, lex, blocked, verb.first)
    if span is None or not _titled(tokens[1].norm, lex):
        return None
    at = next((k for k in range(2, span[1] + 1) if lex.has("prepositions", tokens[k].norm)), None)
    end = at - 1 if at is not None else span[1]  # وكانت الوزيرة في مقدمة الحاضرين: where she was
    while end > 1 and not tokens[end].is_word:
        end -= 1  # النائب فلان (عن الدائرة: the bracket opens no part of his name
    span = (1, end)
    feminine_verb = tokens[verb.first].norm.endswith("ت")
    feminine_title = tokens[1].text.endswith("ة") or tokens[0].norm.endswith("ت")
    return span if feminine_verb == feminine_title else None


def _feminine_participle_after(tokens: Sequence[Token], trigger: Trigger, k: int, lex: Lexicon) -> bool:
    """A participle's shape in ة (م first, no article: مفتوحة، مغلقة، مطولة) right after an act's
    noun in ة: its adjective, agreeing with it, no name of who acted (a noun of that shape the
    lexicon knows, مجموعة، منظمة, is the genitive it may be)."""
    word = tokens[k]
    feminine = tokens[trigger.last].text.endswith("ة") and word.text.endswith("ة")
    return feminine and _participle_adjective(word.norm) and not lex.classes(word.norm)


def _participle_adjective(norm: str) -> bool:
    """An indefinite participle's shape (م first, no article, not in the accusative: مصغر، مطولة،
    مقتضب): after a speech's noun and an adjective, one more adjective, no name."""
    return norm[:1] == "م" and len(norm) >= 4 and not norm.startswith("ال") and not norm.endswith("ا")


def _skip_adjuncts(tokens: Sequence[Token], k: int, lex: Lexicon, blocked: frozenset[int]) -> int:
    """Past what stands between a verb and its subject: dates, adverbs, commas, ``في بيان``."""
    while k < len(tokens):
        token = tokens[k]
        if token.is_word and (lex.has("complementizers", token.norm) or lex.has("relatives", token.norm)):
            break
        if token.is_word and lex.has("companion_words", token.norm):
            return len(tokens)  # زار، أمس، رفقة وفد: with whom; no subject after them
        if lex.has("what_of", token.norm) or token.norm in ("اي", "ايه"):
            break  # ذكّر بما أسماه، فرض أي قيود: the verb's object, its subject a pronoun
        if (
            k in blocked
            or token.norm in ("،", ",")
            or (
                token.is_word
                and token.norm in lex.words["not_actors"]
                and not lex.has("prepositions", token.norm)
                and not _dual_head(tokens, k, lex, blocked)
            )
        ):
            k += 1
            continue
        if (
            token.is_word
            and token.norm in _MANNER_PREPOSITIONS
            and k + 1 < len(tokens)
            and (lex.has("speech_nouns", tokens[k + 1].norm) or (k + 1) in blocked)
        ):
            k += 2  # في بيان، في تصريح، في وقت سابق
            described = k
            while (
                k < len(tokens)
                and tokens[k].is_word
                and (
                    k in blocked
                    or _adjectival(tokens[k].norm)
                    or _report_adjective(tokens[k].norm)
                    or (k > described and k - 1 not in blocked and _participle_adjective(tokens[k].norm))
                )
            ):
                k += 1  # في تصريح سابق، في لقاء إعلامي مصغر
            k = _past_named_medium(tokens, k, lex, blocked)  # في اتصال هاتفي بالإذاعة، فلان، المدير
            continue
        if token.is_word and token.norm.startswith(("ل", "ب")) and lex.has("speech_nouns", token.norm[1:]):
            k += 1  # لبيان، بتصريح
            continue
        if _where_named(tokens, k, lex):
            k += 1 if token.norm[:1] == "ب" else 2  # وقال بتونس، في بيروت رئيس المجموعة: where, then who
            continue
        if token.is_word and _pronoun_object(token.norm, lex):
            k += 1  # اتفق خلاله المشاركون، قال له الوزير
            continue
        if token.is_word and token.norm[:1] == "ل" and not token.norm.startswith("لل") and _addressed(token, lex):
            k = _past_addressee(tokens, k + 1, lex, blocked)  # أفاد لإذاعة محلية مدير المستشفى: to whom
            continue
        if token.is_word and token.norm.startswith("لل") and (after := _past_named_medium(tokens, k, lex, blocked)) > k:
            k = after  # وفق ما أكده للإذاعة، فلان، المدير الجهوي: to whom, then who
            continue
        if (speaker := _speaker_after_medium(tokens, k, lex)) > k:
            k = speaker  # حسب ما أكده للإذاعة مصدر أمني: to whom, then who
            continue
        if _hashtag_at(tokens, k):
            k += 1  # حرر #الجيش_اليمني: the hashtag's words are the subject
        break
    return k


def _where_named(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """ب + a country or a capital (``بتونس``، ``بالقاهرة``), or في + one, followed by a word that
    is neither its adjective nor another place: where the verb's act took place, between it and
    its subject."""
    token = tokens[k]
    if not token.is_word:
        return False
    if token.norm == "في":
        place, after = (tokens[k + 1].norm, k + 2) if k + 1 < len(tokens) else ("", k + 2)
    elif token.norm[:1] == "ب" and len(token.norm) >= 4:
        place, after = token.norm[1:], k + 1
    else:
        return False
    if (place,) not in lex.parties or after >= len(tokens) or not tokens[after].is_word:
        return False
    following = tokens[after].norm
    return not _adjectival(following) and (following,) not in lex.parties


ADDRESSEE_WORDS = 3  # words after ل + a medium that name it (لوكالة الأنباء الرسمية)
_RADIO_NAME = rule_words("radio_name_words")  # الجوهرة أف أم: a radio's name, its band


def _past_addressee(tokens: Sequence[Token], k: int, lex: Lexicon, blocked: frozenset[int]) -> int:
    """Past the words naming a medium told something after its ل (``لوكالة الأنباء الرسمية``،
    ``لقناة الجزيرة``، ``لمراسل "الجوهرة"``), up to a title or a body's head that starts the subject
    (``الناطق``، ``مدير``); the end of the sentence when a comma or بـ follows them (``لمراسلنا،
    الحكومة إلى``: the object, or the reporter's name; ``بتدخل``: what is asked), as no subject does."""
    words = 0
    while k < len(tokens) and words < ADDRESSEE_WORDS:
        norm = tokens[k].norm
        if norm in QUOTE_CHARS:  # لمراسل "الجوهرة أف أم": its name quoted
            close = _quoted_name(tokens, k, len(tokens))
            if close is None:
                return k
            k = close + 1
            continue
        if not tokens[k].is_word or k in blocked:
            break
        if norm in _REPORTER_PLACES:
            break  # لمراسل الإذاعة بالجهة: where the reporter is, the name of the medium ends
        if norm[:1] == "ب" and (words or tokens[k - 1].norm in QUOTE_CHARS):
            return len(tokens)  # لمراسلنا بتدخل: what is asked, after the medium's name
        if _is_title(norm, lex) or lex.has("institution_heads", without_conjunction(norm)):
            return k
        if lex.classes(norm) and norm not in _RADIO_NAME:
            return k  # a listed word ends the medium's name (not اف ام of a radio's)
        words += 1
        k += 1
    k = _past_where(tokens, k)  # لمراسل الإذاعة في الجهة، فلان
    if k < len(tokens) and tokens[k].norm in ("،", ",") and _named_with_title(tokens, k + 1, lex):
        return k + 1  # وفق ما أكده لمراسلنا، فلان، الناطق باسم الحزب: the speaker, named with his title
    if k < len(tokens) and (tokens[k].norm in ("،", ",") or tokens[k].norm[:1] == "ب"):
        return len(tokens)
    return k


def _past_where(tokens: Sequence[Token], k: int) -> int:
    """Past where a medium's reporter is (``في الجهة``، ``بالجهة``، ``في المنطقة``) after its name."""
    if k < len(tokens) and tokens[k].norm in _REPORTER_PLACES:
        return k + 1
    if k + 1 < len(tokens) and tokens[k].norm == "في" and "ال" + tokens[k + 1].norm[2:] in _REPORTER_PLACES:
        return k + 2
    return k


_REPORTER_PLACES = rule_words("reporter_places")  # بالجهة، الجهة: where a medium's reporter is


def _past_named_medium(tokens: Sequence[Token], k: int, lex: Lexicon, blocked: frozenset[int]) -> int:
    """Past ل/ب + a medium's name at ``k`` when a comma and the speaker, named with a title or by
    one, follow it (``للإذاعة، سامي القاسمي، مدير الجودة``، ``بالإذاعة، الناطق باسم المحكمة``): the
    token after that comma; ``k`` otherwise."""
    if k >= len(tokens) or not tokens[k].is_word or tokens[k].norm[:1] not in ("ل", "ب"):
        return k
    for comma in range(k + 1, min(len(tokens), k + 1 + ADDRESSEE_WORDS + 1)):
        if comma in blocked or (not tokens[comma].is_word and tokens[comma].norm not in QUOTE_CHARS):
            after = comma + 1
            named = after < len(tokens) and (
                _named_with_title(tokens, after, lex) or _is_title(tokens[after].norm, lex)
            )
            return after if tokens[comma].norm in ("،", ",") and named else k
    return k


def _speaker_after_medium(tokens: Sequence[Token], k: int, lex: Lexicon) -> int:
    """لل + a medium or an audience (``للإذاعة``، ``للصحفيين``، a radio's name with its band) right
    before a source's or a title's word (``مصدر``، ``الناطق``): whom it was told, then who told it;
    where the speaker starts, else ``k``."""
    norm = tokens[k].norm
    if not tokens[k].is_word or not norm.startswith("لل") or not lex.has("addressee_nouns", norm[2:]):
        return k
    after = k + 1
    while after < len(tokens) and tokens[after].norm in _RADIO_NAME:
        after += 1  # للجوهرة أف أم
    speaker = after < len(tokens) and tokens[after].is_word
    return after if speaker and (tokens[after].norm in _SOURCE_HEADS or _is_title(tokens[after].norm, lex)) else k


def _named_with_title(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """Two to four words after a comma and followed by a title, with or without a comma between
    (``، وسيم بوثوري، الناطق``، ``، وسيم بوثوري الناطق``): a person named with the office they speak
    for (a reporter's name has none after it)."""
    for end in range(k + 1, min(len(tokens), k + NAME_WORDS)):
        if not tokens[end].is_word:
            after = end + 1
            return tokens[end].norm in ("،", ",") and after < len(tokens) and _is_title(tokens[after].norm, lex)
        if end >= k + 2 and _is_title(tokens[end].norm, lex):
            return True  # ، فلان الفلاني رئيس المركز: the title right after the name
    return False


def _dual_head(tokens: Sequence[Token], k: int, lex: Lexicon, blocked: frozenset[int]) -> bool:
    """A title in the dual's construct state (``وزيرا الخارجية``, ``رئيسا البلدين``, ``زعيما
    حزبين``): the head of a subject, not the accusative of what one is made (``عين وزيرا للخارجية``،
    ``انتخب رئيسا جديدا``، ``عضوا في``), which a preposition, an accusative or a date follows."""
    norm = tokens[k].norm
    if not norm.endswith("ا") or not lex.has("titles", norm[:-1]) or k + 1 >= len(tokens) or k + 1 in blocked:
        return False
    after = tokens[k + 1]
    if not after.is_word or after.number or after.norm.endswith("ا") or lex.has("prepositions", after.norm):
        return False
    return after.norm.startswith("ال") or after.norm[:1] not in ("ل", "ب", "ك", "و", "ف")


OWNER_WORDS = 6  # words of a subject (and a date) between a verb and the participle of its state
_STANCES = frozenset({"denial", "warning", "accusation"})  # what a participle tells on its own


def _owner_of_state(
    tokens: Sequence[Token], trigger: Trigger, trigger_at: dict[int, Trigger], lex: Lexicon, blocked: frozenset[int]
) -> tuple[int, int] | None:
    """Whose denial, warning or accusation a circumstantial participle tells (``وردت الحكومة نافية
    ذلك``، ``عادت الوزارة محذرة``): the subject right before it of a verb right before that subject
    that opens its clause (first, or after a punctuation mark), a verb the lexicon knows (an act's
    or a light verb, in the past); None otherwise (``مضيفا`` after ``وقال``: the speaker's, found by
    the speech it goes on)."""
    if trigger.prefix or not tokens[trigger.last].norm.endswith(("ا", "ه")) or trigger.type not in _STANCES:
        return None  # (قائلا، مضيفا: words that go on with what was said, whoever the verb's subject)
    end = trigger.first - 1
    while end >= 0 and end in blocked:
        end -= 1  # وردت الحكومة أمس نافية: the date after the subject
    for v in range(end - 1, max(-1, end - 1 - OWNER_WORDS), -1):
        token = tokens[v]
        if not token.is_word:
            return None
        if v in trigger_at and trigger_at[v].verbal:
            return None  # the act's own verb before: its subject is found with it
        if not _past_verb(token.norm, lex) or lex.has("prepositions", token.norm):
            continue  # (عبر: via, before expressed)
        if v > 0 and tokens[v - 1].is_word:
            return None  # قد تعرض لهجوم محذرا: a verb inside a clause (what is said), not its first
        span = _phrase(tokens, v + 1, trigger_at, lex, blocked, limit=end + 1)
        if span is None or span[1] != end or lex.analyses(tokens[span[0]].norm):
            return None  # عبر تفعيل: an act's noun after the verb is its object, no one's name
        return span
    return None


def _kept(tokens: Sequence[Token], span: tuple[int, int]) -> bool:
    """The phrase after a verb of keeping is what it keeps from something: من follows it
    (``منع السكان من السفر``), or it is an act's noun (``ومنع العبور``، ``حظر إدخال الأكياس``)."""
    after = span[1] + 1
    if after < len(tokens) and tokens[after].norm == "من":
        return True
    head = without_conjunction(tokens[span[0]].norm)
    return _object_masdar(head) or masdar_shape(head.removeprefix("ال"))


def _verb_of_its_purpose(tokens: Sequence[Token], trigger: Trigger, k: int) -> bool:
    """After a noun in ة, a word in ت (her past verb's ending) followed by ل + a verbal noun
    (``ورشة خصصت لمراجعة``، ``جلسة دعيت لمناقشة``): a verb telling what the act was for, not a name
    (a name in ت after the noun, ``زيارة رأفت``، is followed by no purpose)."""
    if k + 1 >= len(tokens) or not tokens[trigger.last].text.endswith("ة"):
        return False
    norm = tokens[k].norm
    return len(norm) >= 4 and norm.endswith("ت") and not norm.startswith("ال") and purpose_masdar(tokens[k + 1].norm)


def _known_verb(norm: str, lex: Lexicon) -> bool:
    """A verb the lexicon knows, any tense, with no conjunction or preposition before it: a light verb
    or an act's (``تستمر``، ``استهدف``)."""
    if lex.is_light(norm) or norm in _HAPPENING:  # ندوة انتظمت، مؤتمر انعقد: held
        return True
    return any(a.form.pos in ("verb", "passive") and not a.prefix for a in lex.analyses(norm))  # not وزارة: و + زار


_HAPPENING = rule_words("happening_verbs")  # انعقد، انتظم، جرى، أقيم: an act held, begun, going on


def _past_verb(norm: str, lex: Lexicon) -> bool:
    """A past verb the lexicon knows, bare or after و/ف (``وردت``، ``فشنت``)."""
    if lex.is_light(norm):  # (after و/ف too)
        return True
    return any(
        a.form.pos == "verb" and a.form.tense == "past" and a.prefix in ("", "و", "ف") for a in lex.analyses(norm)
    )


def _hashtag_at(tokens: Sequence[Token], k: int) -> bool:
    """A ``#`` written against the word after it."""
    after = k + 1
    if tokens[k].norm != "#" or after >= len(tokens):
        return False
    return tokens[after].is_word and tokens[after].start == tokens[k].end


def _joined(tokens: Sequence[Token], j: int, end: int) -> bool:
    """An ``_`` or a hyphen written between two words (``الجيش_اليمني``، ``جونغ-أون``): one name."""
    return tokens[j].norm in ("_", "-") and j + 1 < end and tokens[j + 1].is_word and between_words(tokens, j)


def _pronoun_object(norm: str, lex: Lexicon) -> bool:
    """A preposition with a pronoun (``خلاله``, ``معه``, ``لها``, ``لنا``): an adjunct, never a subject."""
    for enclitic in ("هما", "هم", "ها", "ه", "نا", "كم"):
        if norm.endswith(enclitic) and len(norm) > len(enclitic):
            stem = norm[: -len(enclitic)]
            if enclitic == "نا" and stem == "في":
                continue  # فينا: also Vienna
            if lex.has("prepositions", stem) or stem in ("ل", "ب", "الي", "علي", "لدي", "عن", "من", "مع", "في"):
                return True
    return False


def _adjectival_indefinite(norm: str) -> bool:
    """An indefinite nisba adjective (``أميركيون``, ``إسرائيلية``, ``سوري``)."""
    return len(norm) > 3 and not norm.startswith("ال") and norm.endswith(("يون", "يين", "يه", "ي"))


def _adjectival(norm: str) -> bool:
    if norm in _YA_NOUNS or norm == _ILA:
        return False  # الولاية، القضية، القرى: a noun in -ية or -ى (normalised -ي), no nisba; إلى: a preposition
    return (
        norm in _ADJECTIVES or norm in _DEFINITE_COUNTS or (norm.startswith("ال") and norm.endswith(_ADJECTIVE_ENDINGS))
    )


_YA_NOUNS = rule_words("ya_nouns")
_ILA = "الي"  # إلى as normalised (ى -> ي): ال + ي, the shape of a definite nisba


_DEFINITE_COUNTS = rule_words("definite_counts")  # الدول الثلاث، الأطراف الأربعة: a count describing the noun


_NUMBER_WORDS = (
    "واحد",
    "اثن",
    "ثلاث",
    "اربع",
    "خمس",
    "ست",
    "سبع",
    "ثمان",
    "تسع",
    "عشر",
    "مئ",
    "ماي",
    "الف",
    "عده",
    "عدد",
)


_SHORT_MASDARS = rule_words("short_verbal_nouns")  # verbal nouns masdar_shape cannot tell (دعم، سحب)


def _prepositional(norm: str) -> bool:
    """A word with a preposition in front: ``بالقنابل``, ``للأمم``, ``بأربعة``, ``لـCNN``."""
    if norm in ("ل", "ب", "ك"):
        return True
    conjoined = norm[:1] in ("و", "ف") and norm[1:2] in ("ب", "ل") and len(norm) > 4
    if conjoined and masdar_shape(norm[2:].removesuffix("ها")):
        return True  # وباستنطاقها: و + ب + a verbal noun
    if norm.startswith(("بال", "لل", "وبال", "وللم", "كال")):
        return True
    if norm[:1] in ("ب", "ل") and len(norm) > 1:
        rest = norm[1:]
        bare = _strip_possessive(rest)  # بإسهامها: ب + a verbal noun + a pronoun
        return (
            rest.isascii()
            or rest.startswith(_NUMBER_WORDS)
            or masdar_shape(rest)
            or masdar_shape(bare)
            or (norm[0] == "ب" and rest in _SHORT_MASDARS)  # بدعم، بسحب (not لحماية: a body's name's)
        )
    return False


def _starts_phrase(token: Token, at_trigger: bool, lex: Lexicon) -> bool:
    if not token.is_word or at_trigger or token.number:
        return False
    return _phrase_word(token.norm, token.text, lex)


@lru_cache(maxsize=WORD_CACHE)
def _phrase_word(norm: str, text: str, lex: Lexicon) -> bool:
    """Whether a word (normalised, and as written) may start a noun phrase: worked out once per
    word, as news repeats its words."""
    if _governor_text(text):
        return True
    if _prepositional(norm) or lex.has("what_of", norm) or _preposition_and_pronoun(text):
        return False
    if norm[:1] == "ب" and lex.has("light_nouns", norm[1:]):
        return False  # توعد الرئيس بشن ضربات: ب + the noun of a light verb (شن، تنفيذ), what is done
    if _light_verb_and_pronoun(norm, text, lex):
        return False  # في بيان أصدره، بلاغ نشرته: a verb with its object, no one's name
    if norm in _IMPERSONAL_LIGHT:
        return False  # قرار تم اتخاذه، نشر تم الإعلان عنه: a verb with no subject, no one's name
    if lex.is_light(norm) and (norm.endswith("ت") or norm[:1] in ("ي", "ت")):
        return False  # جريمة قتل وقعت، زيارة تستمر: a light verb's tense (not دار، عقد: nouns too)
    if norm.endswith("ا") and not norm.startswith("ال") and lex.analyses(norm):
        return False  # أصدر قرارا يقضي: an act's noun in the accusative is an object
    if norm.endswith("ا") and _REASON_MASDAR.match(norm[:-1]):
        return False  # أطلقت النار اعتقادا منها، خرجوا احتجاجا: a verbal noun in the accusative says why
    if _stance(norm, lex):
        return False  # وجددت تأكيدها، جدد مطالبته الحكومة: what is renewed, no one's name
    bare = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    return not (lex.any_of(_NOT_PHRASE_START, norm) or lex.has("not_actors", norm) or bare in ("ان", "انه", "انها"))


def _verb_with_object(token: Token, lex: Lexicon) -> bool:
    """A word read only as a past verb of the lexicon with an object pronoun (``نقلته``، ``أوردها``)."""
    if token.text.endswith("ة"):
        return False  # جمعة، حملة، بعثة: ة is no pronoun
    readings = lex.analyses(token.norm)
    return bool(readings) and all(a.form.pos == "verb" and a.enclitic and not a.prefix for a in readings)


def _verb_shaped(bare: str) -> bool:
    """A word no name has the shape of: a past verb of form V or VI of a woman (تفعّلت، تفاعلت:
    ``تدخلت``، ``تقدمت``), or a present verb with its object (``تعتبرها``، ``يعتبرهم``)."""
    if bare[:1] == "ت" and bare.endswith("ت") and not bare.endswith("ات"):
        return len(bare) == 5 or (len(bare) == 6 and bare[2] == "ا")  # تفاعلت; a Berber name has its alif elsewhere
    return present_verb_shape(bare) and bare.endswith(("ها", "هم", "هما")) and len(bare) >= 6


def _stated(norm: str, lex: Lexicon) -> bool:
    """A stance's noun, with or without its holder's pronoun (``ضرورة``، ``تمسك``، ``عزمها``): right
    after a report, what is stated, never who states it."""
    return lex.has("stance_nouns", norm) or _stance(norm, lex)


def _stance(norm: str, lex: Lexicon) -> bool:
    """A stance's noun with its holder's pronoun (``دعوتها``، ``تضامنه``، ``قلقه``; ``stance_nouns``:
    the list, not the length, tells a three-letter noun's pronoun from its last letter)."""
    noun = _possessed_noun(norm)
    return noun is not None and lex.has("stance_nouns", noun)


def _preposition_and_pronoun(word: str) -> bool:
    """بسحبه، لدعمها as written (ة is no pronoun): a preposition, a noun and its pronoun."""
    return word[:1] in ("ب", "ل") and len(word) >= 4 and word.endswith(("ه", "ها", "هم", "هما")) and word[-2:] != "يه"


_POSSESSIVES = ("هما", "ها", "هم", "ه")
_POSSESSED_OBJECTS = rule_words("possessed_objects")


def _possessed_object(norm: str) -> bool:
    """A place, a vehicle or an envoy with its owner's pronoun (``مكتبه``، ``سيارتها``، ``سفيرها``):
    after an act's verb, what it was done to."""
    return _possessed_noun(norm) in _POSSESSED_OBJECTS


def _possessed_noun(norm: str) -> str | None:
    """The noun of a word with a possessive pronoun, its ة written back (``دعوتها`` -> ``دعوه``،
    ``قلقه`` -> ``قلق``), a stem of three letters at least; None for a word with no pronoun ending.
    Whether it is a noun with a pronoun is for the caller's list to say."""
    for enclitic in _POSSESSIVES:
        if norm.endswith(enclitic) and len(norm) >= len(enclitic) + 3:
            stem = norm[: -len(enclitic)]
            return stem[:-1] + "ه" if stem.endswith("ت") else stem
    return None


def _possessed_act(token: Token, lex: Lexicon) -> bool:
    """An act's noun with its doer's pronoun (``ترشحه``، ``استقالتها``، ``انسحابهم``; not ``جمعة``,
    whose ة reads as ه): no one's name."""
    pronoun = next((p for p in _POSSESSIVES if token.text.endswith(p)), None)
    stem = _possessed_noun(token.norm) if pronoun is not None and not token.norm.startswith("ال") else None
    if stem is None:
        return False
    written = token.text[: -len(pronoun or "")]
    shaped = masdar_shape(stem) and written.lstrip("و")[:1] != "أ"  # أستاذها: أ, no masdar's إ
    if shaped or _masdar_form(stem, written) or (len(stem) == 4 and stem[0] == "ت"):
        return True  # ترشح، تدخل: تفعّل
    return any(a.form.pos == "noun" and not a.prefix and a.form.entry.type in _DEEDS for a in lex.analyses(stem))


def _strip_possessive(norm: str) -> str:
    for enclitic in _POSSESSIVES:
        if norm.endswith(enclitic) and len(norm) > len(enclitic) + 3:
            return norm[: -len(enclitic)]
    return norm


def _governor(token: Token) -> bool:
    """والي (a governor) as written: normalised, it is وإلى ("and to")."""
    return _governor_text(token.text)


def _governor_text(text: str) -> bool:
    return text.strip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652") == "والي"


_SAME_AFTER = frozenset({"same_speaker_after"})
_CLAUSE_OPENERS = frozenset({"subordinators", "complementizers"})
_NOT_PHRASE_START = frozenset(
    {
        "prepositions",
        "complementizers",
        "relatives",
        "negations",
        "pronoun_subjects",
        "anaphors",
        "subordinators",
        "past_auxiliaries",
    }
)


@dataclass
class _Phrase:
    """What a noun phrase being read has seen so far."""

    first: int
    last: int
    words: int
    previous: str
    titled: bool
    adjective: bool = False
    serves: bool = False  # its head is a body's or its head's (المنظمة، الأمين): ل + what it serves names it
    named: int = -2  # the last token of a person's name read after its title: no second one right after it


_AS_WHOM = rule_words("guest_nouns")
_MEMBER_TITLES = rule_words("member_titles")  # a member's title: ب + a body after it says which body
_POSTED_TITLES = rule_words("posted_titles")  # سفير، قنصل: ب + a country after them says where they serve


def _posted_in(norm: str, lex: Lexicon) -> bool:
    """ب + a country (``بالعراق``، ``بتونس``): where an ambassador or a consul is posted."""
    if norm[:1] != "ب" or len(norm) < 4:
        return False
    return (norm[1:],) in lex.parties  # (not بالعاصمة، بالمدينة: where the act was)


def _at_institution(norm: str, lex: Lexicon) -> bool:
    """بال + a body's head (``بالمكتب``، ``بالحزب``): where a member's title is held (the phrase
    would stop at the preposition; ``بحركة``، ``بوزارة`` go on as words of it already)."""
    return norm.startswith("بال") and len(norm) > 5 and lex.has("institution_heads", norm[3:])


def _phrase(
    tokens: Sequence[Token],
    k: int,
    trigger_at: dict[int, Trigger],
    lex: Lexicon,
    blocked: frozenset[int],
    limit: int | None = None,
) -> tuple[int, int] | None:
    """A noun phrase starting at token ``k``: a construct chain, adjectives, titles, names, a name
    in apposition after a title, a bracket, a second party after و; up to ``MAX_WORDS`` words."""
    end = len(tokens) if limit is None else limit
    if k < end and k > 0 and tokens[k].norm in _SO_CALLED and tokens[k - 1].norm == "ما":
        k += 1  # ما يسمى تنظيم الدولة، ما يعرف بـ"الهيئة": the name after "the so-called"
        while k < end and (tokens[k].norm == "ب" or not tokens[k].is_word):
            k += 1
    if k >= end or k in blocked:
        return None
    if not _starts_phrase(tokens[k], _verbal_at(k, trigger_at), lex) and not _dual_head(tokens, k, lex, blocked):
        return None
    if _two_accusatives(tokens, k, end, lex):
        return None  # أعلن في أكتوبر إضرابا شاملا: a noun and its adjective in the accusative, an object
    if _to_a_party(tokens[k].norm, lex):
        return None  # اجتمع بزعماء الدول، عبّر لرئيس الحكومة: ب/ل + a title or a body, no subject
    if _verb_shaped(without_conjunction(tokens[k].norm)):
        return None  # تدخلت، وتعتبرها: a verb of a woman or with its object, no one's name
    if _verb_with_object(tokens[k], lex):
        return None  # في تصريح نقلته الصحف: a clause on the noun before, its verb and its object pronoun
    first = tokens[k].norm
    charged = first in _CHARGED  # المكلف بالإعلام: one charged with a portfolio, a title with its ب
    titled = lex.has("titles", first) or lex.has("institution_heads", first) or _governor(tokens[k]) or charged
    phrase = _Phrase(k, k, 1, first, titled, serves=lex.has("institution_heads", first.removeprefix("ال")))
    body = lex.has("institution_heads", first) and not _is_title(first, lex)  # a ministry, a party: no person
    counts = lex.has("quantities", first) or first in _DELEGATIONS  # عدد، مجموعة، وفد: of the people after من
    j = k + 1
    if first in _PATRONYMICS and j < end and tokens[j].is_word and j not in blocked:
        _take(phrase, j, tokens[j].norm, lex)  # بن جمعة: a family name, whatever else the word is
        j += 1
    while j < end and phrase.words < MAX_WORDS:
        token = tokens[j]
        if j in blocked or _verbal_at(j, trigger_at) or token.norm in _AS_WHOM:
            break  # _AS_WHOM: حل الرئيس ضيفا على القمة، قال بن حسين ضيف برنامج: as whom, not whose
        if not token.is_word:
            if _joined(tokens, j, end):
                _take(phrase, j + 1, tokens[j + 1].norm, lex)
                j += 2
                continue
            titled_head = lex.has("titles", first) or charged or (first in _MEN_OF and phrase.words >= 2)
            if token.norm in ("،", ",") and titled_head:
                name = _apposition(tokens, j + 1, end, trigger_at, lex, blocked)
                phrase.last = name if name is not None else phrase.last  # المسؤولة السابقة، كاثرين باور، إن
            close = _closing_paren(tokens, j, end) if token.norm == "(" else None
            if close is None and not phrase.previous.startswith("ال"):
                close = _quoted_name(tokens, j, end)  # صحيفة "لوموند"، جبهة "البوليساريو"
            if close is None:
                break
            phrase.last, j = close, close + 1  # شركة التأمين (إيه آي جي)
            continue
        if (
            j == phrase.named + 1
            and token.is_word
            and not token.norm.startswith("ال")
            and lex.titled(token.norm)
            and token.norm not in _NAME_TITLES
        ):
            break  # عين الرئيس فلان الفلاني وزير الخارجية الأسبق سفيرا: a title after the name opens the object
        known = _known_as(tokens, j, end) if without_conjunction(token.norm) in _KNOWN_AS else None
        if known is not None:
            phrase.last, j = known, known + 1  # تنظيم الدولة والمعروف بـ"داعش": the name it goes by, no more
            continue
        if phrase.words == 1 and first in _MEMBER_TITLES and _at_institution(token.norm, lex):
            _take(phrase, j, token.norm, lex)  # العضو بالمكتب السياسي، القيادي بحركة: where the title is held
            j += 1
            continue
        if phrase.words <= 2 and first in _POSTED_TITLES and _posted_in(token.norm, lex):
            _take(phrase, j, token.norm, lex)  # السفير التونسي بالعراق، سفير تونس بالجزائر: where he is posted
            j += 1
            continue
        quantity = phrase.words == 1 and counts
        if quantity and token.norm == "من" and j + 1 < end and tokens[j + 1].is_word:
            if any(a.form.pos == "noun" for a in lex.analyses(tokens[j + 1].norm)):
                return None  # وقع أثناءها عشرات من الاتفاقيات: a count of acts, the verb's object
            _take(phrase, j + 1, tokens[j + 1].norm, lex, 2)  # عدد من المحتجين، مجموعة من النواب
            j += 2
            continue
        titled_preposition = (
            phrase.titled
            and phrase.words <= TITLED_PREPOSITION_WORDS
            and token.norm in ("في", "لدي", "ب")
            and not (j + 1 < end and _possessed(tokens[j + 1].text))  # استقبل الوزير في مكتبه: where, not whose
        )
        sourced = phrase.words == 1 and first in _SOURCE_HEADS and token.norm in ("من", "في", "ب", "داخل")
        sourced = sourced or (  # النائب عن الحزب; not تحدث النائب عن اتهامات: what he spoke about
            phrase.words == 1 and first in _DEPUTIES and token.norm == "عن" and (j + 1) not in trigger_at
        )
        if (
            (titled_preposition or sourced or _title_preposition(phrase.previous, token.norm, lex))
            and j + 1 < end
            and tokens[j + 1].is_word
            and not (token.norm in ("في", "ب", "لدي") and _possessed(tokens[j + 1].text))  # في مكتبه، لدى لقائه
            and not lex.any_of(_ADJUNCT_HEADS, tokens[j + 1].norm)  # في بيان، في سياق آخر
            and not (token.norm == "في" and lex.has("speech_nouns", tokens[j + 1].norm.removeprefix("ال")))  # في الحوار
            and tokens[j + 1].norm not in _DEMONSTRATIVES  # وشدد فلان في هذا الصدد: where in the talk, no body
            and not (j + 1 in blocked or tokens[j + 1].norm in _TIME_WORDS)  # في عام 2013: when
            and not lex.has("light_nouns", tokens[j + 1].norm)  # نجحت الفرقة في إلقاء القبض: the act, no place
        ):
            _take(phrase, j + 1, tokens[j + 1].norm, lex, 2)  # المتحدث باسم الجيش
            j += 2
            continue
        cleric = first in _MEN_OF and phrase.words >= 2  # رجل الدين العراقي فلان الفلاني: a calling, then the name
        named = (phrase.titled or cleric) and not (body and phrase.previous.startswith("ال"))  # وزارة التربية تأجيل
        named = named and j != phrase.named + 1  # رفض الوزير سامي الحداد تمديد المهلة: a name, then the object
        name_end = _name_after_title(tokens, j, end, trigger_at, lex, blocked) if named else None
        if name_end is not None and any(n in blocked for n in range(j, name_end + 1)):
            name_end = None  # قال مسؤول أمريكي الخميس: a date is no part of a name
        if name_end is not None:
            _take(phrase, name_end, tokens[name_end].norm, lex, name_end - j + 1)  # الرئيس الفرنسي إيمانويل ماكرون
            phrase.named = name_end
            j = name_end + 1
            continue
        if _name_after_compound(tokens, j, trigger_at, lex):
            _take(phrase, j, token.norm, lex)  # عبد المالك سلال: the family name after a compound first name
            j += 1
            continue
        definite = _definite_name(tokens, j, end, trigger_at, lex) if phrase.titled and j != phrase.named + 1 else None
        if definite is not None and not any(n in blocked for n in range(j, definite + 1)):
            _take(phrase, definite, tokens[definite].norm, lex, definite - j + 1)  # وزير التجارة الطاهر العكرمي
            phrase.named = definite
            j = definite + 1
            continue
        family = _family_name(tokens, j, end, trigger_at, lex) if phrase.words == 1 or phrase.titled else None
        if family is not None and any(n in blocked for n in range(j, family + 1)):
            family = None
        if family is not None:
            _take(phrase, family, tokens[family].norm, lex, family - j + 1)  # قال المنجي عيادي، النائب
            j = family + 1
            continue
        if phrase.words == 1 and _bal_family_name(tokens, k, j, end, trigger_at, lex):
            _take(phrase, j, token.norm, lex)  # نبيل بالعم مدير المؤسسة: a family name in بال, a title after it
            j += 1
            continue
        if _patronymic(tokens, j, end, trigger_at, blocked):
            _take(phrase, j + 1, tokens[j + 1].norm, lex, 2)  # الطاهر بن علي: "son of" and the father's name
            j += 2
            continue
        country = phrase.words > 1 and token.norm.startswith("ال") and not _adjectival(token.norm)
        if country and _a_country_named(tokens, k, phrase.last, lex):
            break  # طالبت بيونغ يانغ الولايات المتحدة: a country's full name heads no construct
        if _demonstrative_genitive(tokens, j, end, phrase, blocked):
            _take(phrase, j + 1, tokens[j + 1].norm, lex, 2)  # أهالي هذه المناطق، رئيس هذه الهيئة
            j += 2
            continue
        if token.norm in _RULING and j + 1 < end and tokens[j + 1].norm[:1] == "ب":
            break  # قرار الوزارة القاضي بحذف المنحة: "which rules", not a judge
        if first in _UNIT_HEADS and _district(tokens, j, end, trigger_at, lex, blocked, first in _SQUADS):
            _take(phrase, j + 1, tokens[j + 1].norm, lex, 2)  # فرقة الشرطة العدلية فلانة المدينة: where it serves
            j += 2
            continue
        if _belonging(tokens, j, end, blocked):
            _take(phrase, j + 1, tokens[j + 1].norm, lex, 2)  # الدوريات التابعة لمركز الحدود: whose units
            j += 2
            continue
        if _body_field(phrase, tokens, j, end, blocked):
            _take(phrase, j + 1, tokens[j + 1].norm, lex, 2)  # الهيئة العليا لمراقبة الأسعار: what the body is for
            j += 2
            continue
        carried = token.norm in _NAME_TITLES and _names_nisba(phrase.previous, lex)
        if carried and j + 1 < end and tokens[j + 1].is_word and j + 1 not in blocked:
            _take(phrase, j + 1, tokens[j + 1].norm, lex, 2)  # الهادي قائد الزين: a name carries the title's word
            break  # and ends with the word after it: what follows is the verb's object
        if not _continues(phrase, token, lex, j in trigger_at):
            break
        _take(phrase, j, token.norm[1:] if _coordinated(token.norm, lex) else token.norm, lex)
        j += 1
    j = phrase.last + 1
    if phrase.words >= MAX_WORDS and j < end and tokens[j].norm in ("،", ",") and lex.has("titles", first):
        name = _apposition(tokens, j + 1, end, trigger_at, lex, blocked)  # a long title, then its holder's name
        phrase.last = name if name is not None else phrase.last
    for _ in range(NAME_TAIL_WORDS):  # عبد الكريم بن | صالح: a name does not end on بن، عبد، أبو
        j = phrase.last + 1
        if not (j < end and tokens[phrase.last].norm in _COMPOUND_HEADS and tokens[j].is_word):
            break
        if j in blocked or _verbal_at(j, trigger_at) or function_word(tokens[j].norm, lex):
            break
        _take(phrase, j, tokens[j].norm, lex)
    if phrase.last == k and (first in CARDINALS or first in _PERSON_QUANTIFIERS or lex.has("quantities", first)):
        return None  # هجوم نفذه أربعة، ووصف كافة التهم: a number or a quantifier alone names no one
    after = tokens[phrase.last + 1].norm if phrase.last + 1 < len(tokens) else ""
    if (
        lex.has("same_speaker_before", first)
        or lex.any_of(_SAME_AFTER, tokens[phrase.last].norm)
        or lex.has("same_speaker_after", after)
    ):
        return None  # ذات المصدر، المصدر نفسه: the speaker already named, told again
    return k, phrase.last


def _bal_family_name(
    tokens: Sequence[Token], k: int, j: int, end: int, trigger_at: dict[int, Trigger], lex: Lexicon
) -> bool:
    """A family name spelt with بال after a first name no list knows (``رضا بالحاج``، ``نبيل بالعم``),
    told as one by what follows it: a title, a comma or a quote (``نبيل بالعم مدير المؤسسة``; not
    ``مصدر بالجهة``, whose first word is known, nor ``عامل بالمصنع فتم``)."""
    first, norm = tokens[k].norm, tokens[j].norm
    if not norm.startswith("بال") or len(norm) < 5 or first.startswith("ال") or j + 1 >= end:
        return False
    if not _unknown(tokens[k], k, trigger_at, lex) or lex.classes(norm):
        return False
    if _possessed(tokens[k].text) or first.endswith(("ان", "ين", "ون", "ات")):
        return False  # حالتهم بالمستقرة، مصدران بالشرطة: a possessed noun, a dual or a plural, no first name
    after = tokens[j + 1]
    if after.norm in ("،", ",", '"', "«"):
        return True
    return after.norm[:1] != "و" and (lex.has("titles", after.norm) or lex.has("institution_heads", after.norm))


def _a_country_named(tokens: Sequence[Token], first: int, last: int, lex: Lexicon) -> bool:
    """Whether tokens ``first``..``last`` are a country's or a capital's name of several words
    (``بيونغ يانغ``، ``كوريا الشمالية``)."""
    return tuple(t.norm for t in tokens[first : last + 1]) in lex.parties


def _demonstrative_genitive(
    tokens: Sequence[Token], j: int, end: int, phrase: _Phrase, blocked: frozenset[int]
) -> bool:
    """A demonstrative and a noun with the article after a head that needs its genitive (``أهالي
    هذه المناطق``، ``رئيس هذه الهيئة``، ``أحد هذه المصادر``): one phrase; not after a name (``نفت
    قطر هذه الاتهامات``: the object) or a word with the article, nor a date (``هذا الأسبوع``)."""
    after = j + 1
    head = phrase.previous
    return (
        tokens[j].norm in _DEMONSTRATIVES
        and (head in _GENITIVE_HEADS or head in _GENERIC_ACTOR_WORDS or head in _PERSON_QUANTIFIERS)
        and after < end
        and after not in blocked
        and j not in blocked
        and tokens[after].is_word
        and tokens[after].norm.startswith("ال")
        and tokens[after].norm not in _TIME_WORDS
    )


def _possessed(word: str) -> bool:
    """A noun with a possessive pronoun (مكتبه، مقرها; not وزارة, whose ة normalises to ه), as
    written: a place of the subject's, not part of a title."""
    return len(word) > 4 and word.endswith(("ه", "ها", "هم")) and not word.startswith("ال")


def _owned_noun(word: str) -> bool:
    """A noun with its owner's pronoun as written (``منصبه``، ``حكومتها``), not a name whose last
    letter is ه (``عبدالله``، ``موشيه``)."""
    return _possessed(word) and not word.endswith(_NAME_ENDINGS_IN_H)


def _owned_and_described(tokens: Sequence[Token], j: int, end: int) -> bool:
    """Token ``j`` is a noun with its owner's pronoun and an adjective with the article after it
    (``حكومته الجديدة``، ``منصبه الجديد``): what the subject owns, no first name and its surname."""
    return _owned_noun(tokens[j].text) and j + 1 < end and tokens[j + 1].norm.startswith("ال")


NAME_WORDS = 4  # words of a person's name after a title
TITLED_PREPOSITION_WORDS = 5  # words of a title that goes on with its place after في (رئيس الهيئة في بريطانيا)


_NAME_ENDINGS_IN_H = ("الله", "يه")  # عبدالله، موشيه: names whose last letter is ه, no pronoun
_SELF_WORDS = rule_words("self_words")  # الرئيس نفسه، الوزراء جميعهم: the subject itself, all of it
_NAME_TITLES = rule_words("titles_in_names")  # قائد: a title's word that names carry too (حافظ قائد السبسي)
_HONORIFICS = rule_words("name_honorifics")  # الأمير، الشيخ، الدكتور، اللواء: a name's title before it


def _genitive_end(norm: str, lex: Lexicon) -> bool:
    """A definite word that ends a title's genitive, no title itself (``الشرطة`` of ``قائد الشرطة``;
    not ``الرئيس``, after which an honorific names whom he met)."""
    return norm.startswith("ال") and not lex.has("titles", norm)


def _nisba(norm: str) -> bool:
    """A definite adjective of belonging (``الكويتي``، ``السعودية``)."""
    return norm.startswith("ال") and len(norm) > 4 and norm.endswith(("ي", "يه"))


def _name_after_title(
    tokens: Sequence[Token],
    j: int,
    end: int,
    trigger_at: dict[int, Trigger],
    lex: Lexicon,
    blocked: frozenset[int],
) -> int | None:
    """A person's name right after a title with no comma (``رئيس الوزراء بنيامين نتنياهو``): two to
    four words no list or entry knows, without the article; its last token. Two accusatives
    (``وفدا رسميا``) are an object, one word (``إيران``) may be one."""
    if tokens[j].norm.endswith("ا") and _woman_s_name(tokens, j, end, trigger_at, lex):
        return j + 1  # وزيرة الخارجية السويدية ماريا مالمر إن
    honorific = tokens[j].norm in _HONORIFICS
    after_genitive = honorific and j > 1 and _genitive_end(tokens[j - 1].norm, lex)  # قائد الشرطة العقيد فلان
    if honorific and (after_genitive or (j > 0 and _nisba(tokens[j - 1].norm))):
        # وزير الخارجية الكويتي الشيخ سالم الصباح، المتحدث باسم الجيش العقيد فلان: the honorific opens the name
        quoted = _quoted_name(tokens, j + 1, end)  # العقيد «فلان الفلاني»
        if quoted is not None:
            return quoted
        if j + 1 < end and j + 1 not in blocked:
            return _name_after_title(tokens, j + 1, end, trigger_at, lex, blocked)
    last = j - 1
    links = 0  # بن، آل in the name: its words are more than NAME_WORDS by them (سالم بن خالد آل منصور)
    while last + 1 < end and last + 1 - j < NAME_WORDS + links:
        token = tokens[last + 1]
        norm = token.norm
        if last >= j and tokens[last].norm in _SON_OF and token.is_word and not token.number:
            last += 1  # سامي بن علي: the father's name after بن, whatever else the word may be (على)
            links += 1
            continue
        if last >= j and norm in _SON_OF:
            last += 1  # آل (ال as normalised) inside a name: no article
            continue
        if (
            last + 2 < end
            and tokens[last + 2].norm in _SON_OF
            and token.is_word
            and not token.number
            and norm[:2] != "ال"
        ):
            last += 1  # فيصل بن فرحان: a word before بن is a first name, whatever else it may read as (ف + يصل)
            continue
        if (
            not token.is_word
            or token.number
            or norm in CARDINALS  # اعتقلت وزارة الداخلية ثلاثة رجال: a count, no name
            or _own_act(token)  # تصريحات رجل الأعمال فلان الفلاني واعترافه: his act, no part of his name
            or (last + 1) in trigger_at
            or norm.startswith("ال")
            or lex.classes(norm)
            or lex.analyses(norm)
            or _prepositional(norm)
            or (norm[:1] in ("ب", "ل") and bool(lex.analyses(norm[1:])))  # ببحث: ب + an act's word, no name
            or _at_building(norm)  # استقبل الرئيس بقصر قرطاج: where, no name
            or (norm[:1] == "ب" and lex.has("counterparts", norm[1:]))  # اجتمع الوزير بنظيره: whom he met
            or (norm[:1] == "ب" and _titled(norm[1:], lex))  # اجتمع الوزير بممثلي النقابات: whom he met
            or (norm[:1] == "ب" and norm[1:] in _MANNERS)  # ردت فلانة الفلانية بلهجة حادة: how she spoke
            or (norm.endswith("ا") and last + 1 == j)  # وفدا، اتصالا: an object; a name's first word is no accusative
            or (last + 1 == j and _owned_and_described(tokens, j, end))  # حكومته الجديدة: no first name
            or norm in _NAME_ENDING_ADVERBS  # فلان هاتفيا، شخصيا، أيضا: how he did it, after his name
            or norm in _AS_WHOM  # الوزير فلان ضيف البرنامج: as whom he spoke, after his name
        ):
            break
        last += 1
    compound = last == j and j + 1 < end and tokens[j + 1].norm.startswith("ال")
    compound = compound and (
        tokens[j].norm in _COMPOUND_HEADS or _second_given_name(tokens, j, end, trigger_at, lex, blocked)
    )
    if compound:
        last = j + 1  # عبد الفتاح: a compound first name
        if last + 1 < end and tokens[last + 1].is_word and not tokens[last + 1].norm.startswith("ال"):
            last += 1 if not lex.classes(tokens[last + 1].norm) and (last + 1) not in trigger_at else 0
        elif last + 2 <= end and _surname(tokens, last + 1, end, trigger_at, lex, blocked):
            last += 1  # عبد الكريم الزبيدي
    elif last == j and last + 2 <= end and _surname(tokens, last + 1, end, trigger_at, lex, blocked):
        last += 1  # الرئيس السوري بشار الأسد: a first name and a surname with the article
    if last - j < 1:
        return None
    if all(tokens[k].norm.endswith("ا") for k in range(j, last + 1)):
        return None
    return last


_MANNERS = rule_words("manner_nouns")  # لهجة، نبرة: after ب, the manner of speaking
_NAME_ENDING_ADVERBS = rule_words("name_ending_adverbs")  # هاتفيا، شخصيا، أيضا: how, not who
_SON_OF = rule_words("son_of_words")  # بن، ابن، بنت، آل: in a name, the word after is the father's or family's


def _woman_s_name(tokens: Sequence[Token], j: int, end: int, trigger_at: dict[int, Trigger], lex: Lexicon) -> bool:
    """A woman's first name in ا and her surname after a title in ة (``وزيرة الخارجية السويدية ماريا
    مالمر``، ``رئيسة الحكومة صوفيا رينال``), what was said or its day right after them: a word in ا
    is otherwise read as an accusative, the verb's object (``استقبلت الوزيرة وفدا``)."""
    if j == 0 or not tokens[j - 1].text.endswith("ة") or j + 1 >= end:
        return False
    surname = tokens[j + 1]
    norm = surname.norm
    if not surname.is_word or surname.number or (j + 1) in trigger_at or norm.startswith("ال") or norm.endswith("ا"):
        return False
    first = tokens[j].norm
    if lex.classes(norm) or lex.analyses(norm) or lex.classes(first) or lex.analyses(first) or (first,) in lex.parties:
        return False  # سفير دولة إيطاليا بالعاصمة: a country, no first name
    after = tokens[j + 2] if j + 2 < end else None
    if after is None or not after.is_word or lex.has("complementizers", after.norm) or after.norm in _TIME_WORDS:
        return True
    return _a_place(after.norm, lex)  # أن تزور المستشارة فلانة الفلانية تونس: where she goes


_REGNAL = rule_words("regnal_ordinals")
_FAITH_NAMES = rule_words("faith_name_seconds")  # نور الدين، عز الدين: a first name's second word
_DOUBLE_NAME_HEADS = rule_words("double_name_heads")  # محمد الصادق: a first name with a second given name


def _second_given_name(
    tokens: Sequence[Token], j: int, end: int, trigger_at: dict[int, Trigger], lex: Lexicon, blocked: frozenset[int]
) -> bool:
    """A first name of two words whose second has the article: a word and الدين (``نور الدين``،
    ``عز الدين``), or محمد and a second given name (``محمد الصادق``) when a surname follows it,
    without the article (``محمد الفاضل فلان``) or told as one (``محمد المنصف الفلاني إن``); else
    the word after محمد is its surname (``محمد الفلاني``)."""
    second = tokens[j + 1]
    if second.norm in _FAITH_NAMES:
        return True
    if tokens[j].norm not in _DOUBLE_NAME_HEADS or (j + 1) in trigger_at or j + 2 >= end or second.norm in _REGNAL:
        return False  # محمد السادس: a king's name and its number
    if lex.classes(second.norm) or lex.analyses(second.norm) or _no_surname(second, lex):
        return False
    third = tokens[j + 2]
    if (j + 2) in trigger_at or (j + 2) in blocked or not third.is_word or third.number:
        return False
    if not third.norm.startswith("ال"):
        return not (lex.classes(third.norm) or lex.analyses(third.norm) or _prepositional(third.norm))
    return _surname(tokens, j + 2, end, trigger_at, lex, blocked)


def _surname(
    tokens: Sequence[Token],
    k: int,
    end: int,
    trigger_at: dict[int, Trigger],
    lex: Lexicon,
    blocked: frozenset[int],
) -> bool:
    """A word with the article that ends the phrase (``بشار الأسد إن``، ``سامي الحداد في تصريح``،
    ``سامي الحداد خلال مؤتمر``: what was said, or where it was said, follows): a surname."""
    token = tokens[k]
    if not token.is_word or k in trigger_at or not token.norm.startswith("ال") or lex.classes(token.norm):
        return False
    after = tokens[k + 1] if k + 1 < end else None
    if after is None or not after.is_word or lex.has("complementizers", after.norm):
        return True
    if after.norm in _TIME_WORDS or (k + 1) in blocked:
        return True  # بشار الأسد اليوم، فلان الفلاني صباح السبت: when it was done
    if _his_part(tokens, k + 1, end, lex):
        return True  # فلان الفلاني من جهته، اجتمع فلان الفلاني بنظيره
    bare = after.norm
    named = not masdar_shape(tokens[k - 1].norm)  # قرر المدير إحالة الموظفة: what is decided, no name
    if named and bare.startswith("ال") and not _adjectival(bare) and _no_surname(after, lex):
        return True  # دعا الزعيم فلان الفلاني المحتجين، طالب الرئيس فلان الفلاني الحكومة: the object after the name
    if not bare.startswith("ال") and (_stated(bare, lex) or masdar_shape(bare) or _deed_noun(after, lex)):
        return True  # نفى الوزير سامي الحداد إمكانية، رفض الرئيس فلان الفلاني تمديد: the object after the name
    told = k + 2 < end and after.norm in _MANNER_PREPOSITIONS and lex.any_of(_ADJUNCT_HEADS, tokens[k + 2].norm)
    if told and lex.has("speech_nouns", tokens[k + 2].norm):
        return True
    if _said_by(tokens, k, trigger_at) and _after_a_name(tokens, k + 1, end, lex):
        return True  # أكد الوزير فلان الفلاني ضيف البرنامج: a verb of saying takes no such object
    setting = after.norm in _SPEECH_SETTINGS or (after.norm[:1] == "ل" and _addressed(after, lex))
    return setting and any(lex.has("complementizers", tokens[m].norm) for m in range(k + 2, min(end, k + SAID_REACH)))


def _his_part(tokens: Sequence[Token], k: int, end: int, lex: Lexicon) -> bool:
    """What follows a person's name whatever the verb: ``من جهته``، ``من جانبها`` (for his part), ب +
    a counterpart (``بنظيره``: whom he met), or بال + a building, a plural no name is spelt as or a
    title (``بقصر الحكومة``، ``بالأطراف``: where, or whom he met)."""
    norm = tokens[k].norm
    if norm[:1] == "ب" and lex.has("counterparts", norm[1:]):
        return True
    if _at_building(norm) or (norm.startswith("بال") and (_plural_noun_shape(norm[1:]) or _titled(norm[3:], lex))):
        return True  # التقى فلان الفلاني بقصر الحكومة، بالأطراف، بالسفراء: where, or whom he met
    return norm == "من" and k + 1 < end and lex.has("side_phrases", tokens[k + 1].norm)


def _said_by(tokens: Sequence[Token], k: int, trigger_at: dict[int, Trigger]) -> bool:
    """Whether the nearest trigger before token ``k`` within a title's length is a verb of saying
    that takes what was said, not a person, as its object (not دعا، حث، طالب: whom they urge)."""
    for at in range(k - 1, max(-1, k - 1 - SAID_BY_REACH), -1):
        trigger = trigger_at.get(at)
        if trigger is not None and trigger.verbal:  # a noun on the way is in the title (لجنة التحقيق في الأحداث)
            return trigger.type in _SAYING_TYPES and trigger.entry.lemma not in _URGING
    return False


_SAYING_TYPES = frozenset({"statement", "accusation", "denial", "warning"})
SAID_BY_REACH = 10  # tokens from a verb of saying back over its speaker's title to a name


def _after_a_name(tokens: Sequence[Token], k: int, end: int, lex: Lexicon) -> bool:
    """What only follows a person's name, never a noun and its genitive that a verb takes as its
    object: who the person is (``ضيف برنامج``، ``التي``، ``ورئيس الحزب``), to whom the words went
    (``لمراسلة الإذاعة``) or the occasion of their own (``خلال زيارته``، ``في ندوة صحفية``)."""
    after = tokens[k]
    norm = after.norm
    if norm in _AS_WHOM or lex.has("relatives", norm):
        return True  # فلان الفلاني ضيف البرنامج، فلانة الفلانية التي ترافق الوفد
    if norm[:1] == "ل" and _addressed(after, lex):
        return True  # فلان الفلاني لمراسل الإذاعة: whom he told
    if norm[:1] == "و" and len(norm) > 3 and lex.titled(norm[1:]):
        return True  # فلان الفلاني ورئيس الحزب: a second title of the same person
    if k + 1 >= end or not tokens[k + 1].is_word:
        return False
    occasion = tokens[k + 1]
    if norm == "عن" and lex.has("institution_heads", occasion.norm):
        return True  # النائب فلان الفلاني عن حزب: whom he sits for
    if norm == "علي" and occasion.norm == "هامش":
        return True  # فلان الفلاني على هامش الندوة
    if norm in _ABOUT and (masdar_shape(occasion.norm.removeprefix("ال")) or _stated(occasion.norm, lex)):
        return True  # أعلن فلان الفلاني عن إطلاق، حذر فلان الفلاني من خطورة: what was said
    if norm not in _OCCASION_PREPOSITIONS:
        return False
    if norm != "في" and occasion.norm[:1] != "و":
        return True  # فلان الفلاني إثر ذلك، خلال نقطة إعلامية: when, told after the name
    if _possessed(occasion.text):
        return True  # فلان الفلاني خلال حضوره، إثر لقائه: an occasion of his own
    return lex.any_of(_ADJUNCT_HEADS, occasion.norm) or any(a.form.pos == "noun" for a in lex.analyses(occasion.norm))


def _no_surname(token: Token, lex: Lexicon) -> bool:
    """A definite word no surname is spelt as: a sound plural in ين (المتظاهرين), a feminine noun
    in ة (الحكومة), a plural no name is (الأطراف، النقابات) or a body's head (المجلس)."""
    norm = token.norm
    return (
        (norm.endswith("ين") and len(norm) > 5)
        or _feminine_noun(token)
        or _plural_noun_shape(norm)
        or lex.has("institution_heads", norm[2:])
    )


_MEN_OF = rule_words("men_of_heads")  # رجل الدين، رجل الأعمال: a man of a calling, a title with its genitive
_SPEECH_SETTINGS = rule_words("speech_settings")  # أمام، خلال، عقب: where or when it was said
_WHAT = rule_words("what_clause_openers")  # ما: what was said or denied, opening its object
_RULING = rule_words("ruling_participles")  # القاضي بـ: "which rules", a title's word read otherwise
_ABOUT = rule_words("said_about_prepositions")  # أعلن عن، أشار إلى، حذر من، أكد على: what was said follows
_OCCASION_PREPOSITIONS = rule_words("owner_act_prepositions") | {"في"}  # خلال، إثر، في: on what occasion
SAID_REACH = 8  # tokens from a surname to what was said, past to whom or where it was said


_COMPOUND_HEADS = rule_words("name_compound_heads")
_CHARGED = rule_words("charged_titles")
_SOURCE_HEADS = rule_words("source_heads")  # مصدر من الشرطة، مصادر في الوزارة: where the source is
_DEPUTIES = rule_words("deputy_titles")  # النائب عن الجبهة الشعبية: whom the deputy sits for
_PATRONYMICS = rule_words("patronymics")


def _family_name(tokens: Sequence[Token], j: int, end: int, trigger_at: dict[int, Trigger], lex: Lexicon) -> int | None:
    """A bare word no list knows after a word with the article no list knows either (a first name,
    or a title's complement), maybe with a second unknown word with the article, right before what
    was said, a title in apposition or a date (``قال الطاهر هميلة، النائب السابق، إن``، ``قال
    وزير الصحة سعيد العايدي إن``): a name, though an indefinite word after a definite one is
    otherwise the verb's object. Its last token, or None."""
    first, token = tokens[j - 1], tokens[j]
    if not first.norm.startswith("ال") or not _unknown(first, j - 1, trigger_at, lex):
        return None
    if lex.has("institution_heads", first.norm[2:]) or lex.has("titles", first.norm[2:]):
        return None  # وأقر المجلس مشروع الموازنة يوم الأحد: a body's noun, no first name; what follows is its object
    bare = token.norm
    if bare.startswith("ال") or bare.endswith("ا") or masdar_shape(bare) or not _unknown(token, j, trigger_at, lex):
        return None  # وستتولى الوزارة اطلاع الرأي العام: a verbal noun is the object
    if _owned_noun(token.text):
        return None  # تولى الوزير الجديد منصبه يوم الأحد: a noun with its owner's pronoun, no family name
    last = j
    if j + 1 < end and tokens[j + 1].norm.startswith("ال") and _unknown(tokens[j + 1], j + 1, trigger_at, lex):
        last = j + 1  # قايد السبسي
    if last + 1 >= end:
        return None
    after = tokens[last + 1].norm
    if lex.has("complementizers", after) or after in _TIME_WORDS:
        return last
    titled = after in ("،", ",") and last + 2 < end and _is_title(tokens[last + 2].norm, lex)
    return last if titled else None


_PARTICIPLE_WORDS = frozenset(w.removeprefix("ال") for w in _MEETING_PARTICIPLES)
_SIDES = rule_words("side_nouns")  # الجانب، الطرف: the side a nationality names, no first name
_AFTER_A_NAME = rule_words("after_name_words")  # في، خلال، على، أمس: where or when, after a speaker's name


def _district(
    tokens: Sequence[Token],
    j: int,
    end: int,
    trigger_at: dict[int, Trigger],
    lex: Lexicon,
    blocked: frozenset[int],
    squad: bool,
) -> bool:
    """A town no list knows, after ب or an area's word, and the word of its district (``بقابس
    المدينة``، ``لإقليم قابس الشمالية``) right after a unit's name (unit_heads): where the unit
    serves, part of its name. A squad (``فرقة``) is named after its district without them too (``فرقة
    الشرطة العدلية قابس المدينة``); another unit's ``مداخل المدينة`` is what it closed."""
    after = j + 1
    if after >= end or j in blocked or after in blocked or j in trigger_at:
        return False
    town, district = tokens[j], tokens[after]
    if not town.is_word or town.norm.startswith("ال") or lex.classes(town.norm) or lex.analyses(town.norm):
        return False
    if district.norm not in _DISTRICTS:
        return False
    area = j > 0 and tokens[j - 1].norm.removeprefix("ل") in _AREAS  # التابعة لإقليم قابس الجنوبية
    return squad or area or town.norm[:1] == "ب"


_DISTRICTS = rule_words("district_words")
_AREAS = rule_words("area_words")  # منطقة، إقليم: an area's word before its town
_SQUADS = rule_words("squad_heads")  # فرقة: a squad named after its district, with or without ب
_UNIT_HEADS = rule_words("unit_heads")  # فرقة، منطقة، الوحدات: a unit named after where it serves


def _belonging(tokens: Sequence[Token], j: int, end: int, blocked: frozenset[int]) -> bool:
    """``التابعة`` (belonging) and ل + the body a unit belongs to (``كتيبة المشاة التابعة لقيادة
    الجيش``، ``وحدة تابعة للحرس``): the unit's name goes on with whose it is."""
    after = j + 1
    return (
        tokens[j].norm in _BELONGING
        and after < end
        and after not in blocked
        and tokens[after].is_word
        and tokens[after].norm[:1] == "ل"
        and len(tokens[after].norm) > 3
    )


_BELONGING = rule_words("belonging_words")


def _body_field(phrase: _Phrase, tokens: Sequence[Token], j: int, end: int, blocked: frozenset[int]) -> bool:
    """ل + a word without the article and its definite genitive after a body's name (``الهيئة
    العليا لمراقبة الأسعار``، ``المرصد الوطني لحقوق الطفل``): the field it serves, part of its
    name (right after the head, a purpose: ``اللجنة لدراسة``; with a pronoun, a reason; after a
    ل-genitive, what it calls for)."""
    norm = tokens[j].norm
    if not (phrase.serves and phrase.words >= 2 and norm[:1] == "ل" and norm[:2] != "لل" and len(norm) > 3):
        return False
    second = any(t.norm[:1] == "ل" for t in tokens[phrase.first : j]) and norm[1:] not in _FIELD_NOUNS
    if _possessed(tokens[j].text) or second:
        return False  # لاجتيازهم الحدود: a reason; الإدارة العامة للحرس لتوخي الحذر: a field is told once
        # (but المفوض السامي للأمم المتحدة لحقوق الإنسان: a field's own noun, after the body it is of)
    return j + 1 < end and j + 1 not in blocked and tokens[j + 1].is_word and tokens[j + 1].norm.startswith("ال")


_FIELD_NOUNS = rule_words("field_nouns")  # شؤون، حقوق: the field of an agency of a body named before


def _definite_name(
    tokens: Sequence[Token], j: int, end: int, trigger_at: dict[int, Trigger], lex: Lexicon
) -> int | None:
    """A first name and a surname that both carry the article, right after a title (``وزير التجارة
    الطاهر العكرمي``): two words no list knows, the first no adjective, the second no feminine word,
    right before what was said, where or when (a complementizer, a comma, في، خلال، a date's word
    or the sentence's end). Its last token, or None."""
    if j + 2 > end:
        return None
    first, second = tokens[j], tokens[j + 1]
    if not (first.norm.startswith("ال") and second.norm.startswith("ال")):
        return None
    if not (_unknown(first, j, trigger_at, lex) and _unknown(second, j + 1, trigger_at, lex)):
        return None
    if any(lex.classes(t.norm[2:]) or t.norm[2:] in _PARTICIPLE_WORDS for t in (first, second)):
        return None  # مجلس الوزراء المنعقد: a known word with its article, no name
    if _adjectival(first.norm) or first.norm in _TIME_WORDS or second.norm in _TIME_WORDS:
        return None
    if masdar_shape(first.norm[2:]) or first.norm in _SIDES:
        return None  # يناقش المجلس التعديل الضريبي، حث الوزير الجانب الروسي: no first name
    if second.norm in _ADJECTIVES or second.norm.endswith("ه") or second.norm in _DEFINITE_COUNTS:
        return None
    after = tokens[j + 2].norm if j + 2 < len(tokens) else "."
    bounded = after in (".", "،", ",") or after in _AFTER_A_NAME or after in _TIME_WORDS
    return j + 1 if bounded or lex.has("complementizers", after) else None


def _unknown(token: Token, k: int, trigger_at: dict[int, Trigger], lex: Lexicon) -> bool:
    """A word no list and no entry knows, no trigger, no number, no preposition in front: a name's."""
    norm = token.norm
    if not token.is_word or token.number or k in trigger_at or _prepositional(norm):
        return False
    return not lex.classes(norm) and not lex.analyses(norm)


def _patronymic(
    tokens: Sequence[Token], j: int, end: int, trigger_at: dict[int, Trigger], blocked: frozenset[int]
) -> bool:
    """بن/ابن/بنت and a name after a name (``الطاهر بن علي``، ``ليلى بنت سالم``): the name goes on,
    whatever the first name's article says."""
    after = j + 1
    return (
        tokens[j].norm in _PATRONYMICS
        and after < end
        and tokens[after].is_word
        and after not in trigger_at
        and after not in blocked
        and j not in trigger_at
    )


def _name_after_compound(tokens: Sequence[Token], j: int, trigger_at: dict[int, Trigger], lex: Lexicon) -> bool:
    """The word after عبد/أبو + a word with the article (عبد المالك سلال، أبو بكر البغدادي): a name."""
    if j < 2 or tokens[j - 2].norm not in _COMPOUND_HEADS or not tokens[j - 1].norm.startswith("ال"):
        return False
    token = tokens[j]
    norm = token.norm
    return (
        token.is_word
        and j not in trigger_at
        and not norm.startswith("ال")
        and not norm.endswith(("ه", "ها", "هم"))
        and not lex.classes(norm)
        and not lex.analyses(norm)
    )


def _take(phrase: _Phrase, at: int, norm: str, lex: Lexicon, words: int = 1) -> None:
    phrase.last = at
    phrase.words += words
    phrase.previous = norm
    phrase.titled = phrase.titled or lex.has("titles", norm) or lex.has("institution_heads", norm)
    phrase.serves = phrase.serves or lex.has("institution_heads", norm.removeprefix("ال"))  # أمين مال الجمعية
    phrase.adjective = phrase.adjective or _adjectival(norm) or _adjectival_indefinite(norm)


def _names_nisba(norm: str, lex: Lexicon) -> bool:
    """A definite word in ي that no list knows and names no country (``الهادي``; not ``التونسي``):
    a name's word."""
    return norm.startswith("ال") and norm.endswith("ي") and not lex.classes(norm) and not parties(norm, lex)


def _continues(phrase: _Phrase, token: Token, lex: Lexicon, is_trigger: bool) -> bool:
    """Whether ``token`` goes on with the phrase or starts the verb's object."""
    norm, previous = token.norm, phrase.previous
    head = lex.has("titles", previous) or lex.has("institution_heads", previous)
    if _coordinated(norm, lex):  # جيش الاحتلال ومصدر أمني: a second party, early in the phrase
        if any(a.form.pos in ("verb", "passive") and not a.prefix.endswith("ال") for a in lex.analyses(norm)):
            return False  # استقبل الرئيس الوزير وبحث الجانبان: و + a verb opens a clause
        if norm[1:] in _SO_CALLED:
            return False  # وقرر الشاب ويدعى فلان: "and he is called", no second party
        if _its_building(norm[1:], lex):
            return False  # قناة الرافدين ومقرها بغداد: "whose seat is", a place, no second party
        if _own_act(token):
            return False  # تصريحات فلان واعترافه بالرشوة: his own act, no second party
        bare = Token(token.at, token.text, norm[1:], token.start, token.end, True)
        return phrase.words <= 4 and _starts_phrase(bare, is_trigger, lex)
    if norm in _FORCES and phrase.words >= 2 and not head and _name_word_only(previous, lex):
        return False  # اتهمت منظمة فلانية قوات الأمن: forces after a body's name are whom it blames
    named_body = phrase.serves and phrase.words >= 2  # (اجتماع اللجنة للتداول: right after the head, a purpose)
    if (
        (named_body or (phrase.titled and not is_trigger))  # اللجنة الوطنية للتحقيق: an act's noun names it too
        and phrase.words <= 6
        and norm.startswith("لل")
        and len(norm) > 4
    ):
        return True  # الأمين العام للاتحاد، المنظمة الدولية للهجرة: the title's or the body's genitive with ل
    served = previous[:1] == "ل" and previous[:2] != "لل" and (previous[1:],) in lex.parties
    if served and not (norm.startswith("ال") and _adjectival(norm)):
        return False  # حث المرشد الأعلى لإيران الحجاج: a country's name ends the title; the object follows
    described = _adjectival(previous) or (previous.startswith("الم") and len(previous) >= 6)
    if phrase.titled and described and norm[:1] == "ل" and norm[:2] != "لل" and (norm[1:],) in lex.parties:
        return True  # المرشد الأعلى لإيران، المبعوث الخاص لسوريا: the country a described title serves
    if previous in _CHARGED and norm[:1] == "ب" and len(norm) > 3 and not is_trigger:
        return True  # المكلف بالإعلام، المكلفة بالاتصال، مكلف بمهمة: the portfolio
    at_body = norm.startswith("بال") and not lex.has("prepositions", norm[3:])  # not بالقرب من
    if phrase.words == 1 and previous in _SOURCE_HEADS and at_body and not is_trigger:
        return True  # مصدر بالشرطة: where the source is
    if norm in _NAME_ENDING_ADVERBS:
        return False  # اتصل الرئيس هاتفيا: how he did it, no part of who did
    if norm in CARDINALS and not norm.startswith("ال"):
        return False  # أدرجت الوزارة ثلاثة رجال أعمال: a count heads the object
    if norm in _COPULAS:
        return False  # إن كندا ستكون أول دولة: a copula ends its subject
    if without_conjunction(norm) in _MEETING_PARTICIPLES:
        return False  # قرر مجلس الجهة المنعقد اليوم: how the body met, not part of its name
    if norm == "انباء" and previous in ("وكاله", "الوكاله"):
        return True  # وكالة أنباء الإمارات: news are no actor, but a news agency is named by them
    if not _starts_phrase(token, False, lex) or lex.has("counterparts", norm):
        return False  # دعا الوزير نظيره البريطاني: the counterpart is the object
    if token.text.endswith(_TANWEEN_FATH):
        return False  # اعتبرته قطر موقفاً: an accusative goes with no subject
    if phrase.words == 1 and _possessed(token.text) and not lex.classes(previous) and not lex.analyses(previous):
        return False  # سحبت روما سفيرها: a name's own noun after it is the object
    if previous.startswith("ال") and _owned_noun(token.text) and norm not in _SELF_WORDS:
        return False  # تولى الوزير منصبه: a definite word heads no construct; its owned noun is the object
    if lex.has("quantities", norm) or norm in _EVERYONE:
        return False  # أطلقت القوات مجموعة من القذائف، دعا الحزب الجميع: a count or "everyone" heads the object
    if norm[:1] == "ب" and any("ب" in a.prefix for a in lex.analyses(norm)):
        return False  # بدعم، بقصف: an act's noun after بـ ends the phrase
    if _at_building(norm):
        return False  # استقبل الرئيس بمقر الرئاسة: where the act took place, not part of who did it
    if norm[:1] == "ب" and norm[1:] in _MANNERS:
        return False  # ردت الوزيرة بلهجة حادة: how she spoke, not part of who did
    if norm[:1] == "ب" and (norm[1:] in _RECEIVED_GROUPS or "ال" + norm[1:] in _RECEIVED_GROUPS):
        return False  # التقى الرئيس بوفد من الكونغرس: whom, after بـ (a delegation)
    if norm[:1] == "ب" and _titled(norm[3:] if norm.startswith("بال") else norm[1:], lex):
        return False  # التقى الوزير بقادة الفصائل، اجتمع بالرئيس: whom, after بـ (a person's title)
    # رئيس بعثة: ة is no pronoun after a title or a body heading its construct (not المدير إحالة: a
    # definite word heads none, what follows is its object)
    marbuta = head and not previous.startswith("ال") and token.text.endswith("ة")
    if any(
        a.form.pos in ("verb", "passive") and not a.prefix and not (marbuta and a.enclitic == "ه")
        for a in lex.analyses(norm)
    ):
        return False  # مسؤول تحدث شريطة: a verb, even one its context keeps from being an event
    definite = norm.startswith("ال")
    if not definite and norm.endswith("ا") and lex.analyses(norm):
        return False  # أجرى الرئيس اتصالا: an act's noun in the accusative is the object
    if not definite and previous.startswith("ال") and lex.has("titles", previous) and norm.endswith("ا"):
        return False  # استقبل الرئيس وفدا: an accusative after a definite title is the object
    if not definite and previous.startswith("ال") and lex.has("speech_nouns", norm):
        return False  # وكتب السفير رسالة: what was said in, after a definite word
    definite_stance = norm.startswith("ال") and norm[2:] in lex.words["stance_nouns"]  # not و/ف + a noun
    if previous.startswith("ال") and (definite_stance or _stated(norm, lex)):
        return False  # وأكد الوزير أهمية الحوار، التزام الحكومة، الحاجة إلى: what is stated, after a definite word
    if not definite and previous.startswith("ال") and lex.has("titles", previous) and lex.has("titles", norm):
        return False  # أعفى الرئيس وزير الداخلية: a definite title heads no construct; the next title is the object
    if not definite and previous.startswith("ال") and lex.has("titles", previous) and lex.has("media_heads", norm):
        return False  # وهاجم الرئيس وسائل الإعلام: nor a medium's head, the object
    if _bare_country(previous, lex) and phrase.words == 1 and not definite and norm[:2] != "لل" and not norm.isdigit():
        return False  # أدانت فرنسا عملية، استقبلت مصر وفدا: a country's bare name heads no construct either
    if not definite and masdar_shape(norm) and phrase.titled and not lex.has("institution_heads", previous):
        return False  # رفض القاضي مقاضاة: a verbal noun after a title or a titled name is the object
    if not definite and previous.startswith("ال") and not lex.has("titles", previous):
        return False  # فرضت الولايات المتحدة عقوبات: an indefinite word after a definite one
    if not definite and _sound_plural_head(previous) and norm[:1] in "يتن" and norm.endswith(("ون", "ين")):
        return False  # مسؤولون يرتدون: a present verb, not an adjective that agrees
    if not definite and previous.endswith("ون") and norm.endswith("ين") and _sound_plural_head(previous):
        return False  # هاجم مسلحون زوجين: an adjective keeps its noun's case (ون, ين); another case is the object
    if not definite and _sound_plural_head(previous) and not norm.endswith(("ون", "ين")) and norm[:1] not in "بلك":
        return False  # اقتحم مسلحون قرية: a plural that keeps its ن heads no construct; its adjective agrees
    if definite and _sound_plural_head(previous):
        return False  # هاجم مسلحون القرية: nor a definite genitive, and an indefinite noun's adjective is indefinite
    if is_trigger and definite and phrase.serves and not previous.startswith("ال") and masdar_shape(previous):
        return True  # رئيس لجنة مراقبة الانتخابات: an act's noun after a body's verbal noun names its work
    if is_trigger and not head:
        return False  # وصفت كارداشيان الهجوم: a trigger noun is the object
    if is_trigger and not definite and previous.startswith("ال"):
        return False  # انتقد الرئيس قرار الشركة: a definite title heads no construct; the act's noun is the object
    if is_trigger and definite and previous.startswith("ال"):
        return False  # نفى الوزير الاتهامات: a definite title heads no construct; the act's noun is the object
    if phrase.adjective and not definite and not _adjectival_indefinite(norm) and not phrase.titled:
        return False  # ذكر خبراء فرنسيون ثغرات كثيرة: a noun after an adjective
    if definite and previous.startswith("ال") and (lex.has("building_nouns", norm) or norm in _RECEIVED_GROUPS):
        return False  # زار الوزير المصنع، استقبل الرئيس الوفد: a place or a delegation after the subject is the object
    participle = norm.startswith("الم") and len(norm) >= 6 and not norm.endswith(("ين", "ون", "ات"))
    if phrase.titled and definite and participle:
        return True  # الأمين العام المساعد، الوزير المكلف: a participle describing the title
    two_definite = previous.startswith("ال") and definite and not _adjectival(norm)
    feminine_head = phrase.words == 1 and previous.startswith("ال") and previous.endswith("ه")
    feminine_head = feminine_head and not lex.has("titles", previous)  # السيدة فلانة الفلاني: her name
    if feminine_head and definite and token.text.endswith("ي") and len(norm) > 4:  # (ي as written: not الأولى)
        return False  # اعتقلت الشرطة الصحفي: a masculine nisba agrees with no feminine head; whom
    if definite and previous.startswith("لل") and (_plural_noun_shape(norm) or _afilaa_plural(norm)):
        return False  # دعا المكتب التنفيذي للنقابة الأعضاء: after a body's genitive with ل, a plural noun is whom
    if definite and phrase.words == 1 and not _adjectival(norm) and (previous,) in lex.parties:
        return False  # أمهلت بوليفيا القنصل: a country's name heads no construct; the next noun is the object
    if definite and previous.startswith("ال") and norm.endswith("ين") and lex.has("addressee_nouns", norm[2:]):
        return False  # وأخبر الوزير الصحفيين: whom he told
    if two_definite and _is_title(previous, lex) and _is_title(norm, lex):
        return False  # استقبل الرئيس الوزير: a second title is the object
    if two_definite and lex.has("definite_places", norm):
        return False  # سيزور الوزير القاهرة: a place after a title is where, not whose
    if two_definite and lex.has("titles", previous) and _object_masdar(norm):
        return False  # رفض الوزير الاقتراح، أعلن الرئيس الانسحاب: a verbal noun after a definite title is the object
    if two_definite and lex.has("titles", previous) and norm[2:] in _HELD_OBJECTS:
        return False  # رفض الوزير الطلب، رفض الرئيس السماح: what is accepted or refused, the object
    if two_definite and lex.has("titles", previous) and _plural_noun_shape(norm):
        return False  # دعا الرئيس الأطراف، حث الوزير النقابات: a plural noun after a title is whom, not a name
    return not (two_definite and not lex.has("titles", previous))  # اتهم الجيش الحوثيين


_HELD_OBJECTS = rule_words("held_object_nouns")  # طلب، عرض، مقترح: what a title's verb takes, no name


def _name_word_only(norm: str, lex: Lexicon) -> bool:
    """A word no list or entry knows, without the article or a preposition: part of a name
    (``ووتش``، ``إنترناشونال``)."""
    return not norm.startswith("ال") and not _prepositional(norm) and not lex.classes(norm) and not lex.analyses(norm)


def _own_act(token: Token) -> bool:
    """و + a verbal noun with its owner's pronoun, as written (``واعترافه``، ``وتصريحاتها``: not
    ``والتجارة``, whose ة is no pronoun): the person's own act, joined to what is said of him."""
    if token.norm[:1] != "و" or not _possessed(token.text[1:]):
        return False
    owned = _possessed_noun(token.norm[1:])
    return owned is not None and masdar_shape(owned)


def _afilaa_plural(norm: str) -> bool:
    """A definite broken plural of the أفعلاء pattern (الأولياء، الأصدقاء), no name nor adjective."""
    bare = norm[2:]
    return len(bare) == 6 and bare[0] == "ا" and bare.endswith("اء")


def _plural_noun_shape(norm: str) -> bool:
    """A definite plural no name is spelt as: a feminine sound plural (النقابات، الشركات) or a
    broken plural of the أفعال pattern (الأطراف، الأحزاب)."""
    bare = norm[2:]
    return (len(bare) >= 5 and bare.endswith("ات")) or (len(bare) == 5 and bare[0] == "ا" and bare[3] == "ا")


_COPULAS = rule_words("copula_forms")  # ستكون، أصبحت، ظل: the verb after a subject, no name
_DELEGATIONS = rule_words("delegation_heads")  # وفد من الكونغرس: of those after من (الوفد من جنيف: whence)
_RECEIVED_GROUPS = rule_words("received_groups")  # الوفد، البعثة: who is received, after a definite subject


def _bare_country(word: str, lex: Lexicon) -> bool:
    """A party's name or capital without the article (فرنسا، موسكو); not its adjective, which is
    also a given name (تركي بن سعود)."""
    return (word,) in lex.parties and not word.endswith("ي")


def _titled(word: str, lex: Lexicon) -> bool:
    """A person's title, with or without the article (قادة، الرئيس); not an institution (مسؤولون
    بوزارة الصحة: where they serve)."""
    if len(word) <= 2:
        return False
    return lex.titled(word) or lex.has("title_plurals", word)


_REASON_MASDAR = re.compile(r"^(ا.ت.ا.|ان..ا.|است..ا.|ت..ي.|ت.ا..)$")  # not إفعال's shape: أوباما
_OBJECT_MASDARS = re.compile(r"^(است..ا.|ان..ا.|ا.ت.ا.|ت..ي.|ت.ا..|قيام|اعاده|..و.)$")  # none the name of a party


def _named_like_a_masdar(tokens: Sequence[Token], k: int) -> bool:
    """A name of تفاعل's shape (four letters after ت, ا second: a foreign name such as that shape
    takes) with no article: a verbal noun of that shape goes on with its genitive, a preposition of
    its own (مع، بين، ب، ل) or an adjective (اتفاق تبادل الأسرى، تعاون مع، تضامن عربي); after a
    name comes anything else (a verb, a date, إلى)."""
    norm = tokens[k].norm
    if norm.startswith("ال") or len(norm) != 5 or norm[0] != "ت" or norm[2] != "ا" or norm.endswith("ه"):
        return False  # (توأمة: ة, a noun's)
    if k + 1 >= len(tokens) or not tokens[k + 1].is_word:
        return True
    after = tokens[k + 1].norm
    if after in ("الي", "الا", "في", "علي", "عن", "من"):
        return True  # زيارة فلان إلى: a name, then where to (إلى، إلا: no article, no adjective's ي)
    construed = after.startswith("ال") or after in ("مع", "بين") or after.endswith(("ي", "يه"))
    construed = construed or (after[:1] == "و" and masdar_shape(after[1:]))  # تعاون وتدريب
    return not (construed or (after[:1] in ("ب", "ل") and len(after) > 3))


def _object_masdar(norm: str) -> bool:
    """A verbal noun of a shape that names no party (استقلال، انسحاب، اعتراف، تشكيل، تبادل)."""
    bare = norm[2:] if norm.startswith("ال") else norm
    return bool(_OBJECT_MASDARS.match(bare)) or bare in _SHORT_MASDARS  # جلسة منح الثقة


def _apposition(
    tokens: Sequence[Token], k: int, end: int, trigger_at: dict[int, Trigger], lex: Lexicon, blocked: frozenset[int]
) -> int | None:
    """The name after a title and a comma (``وزير الخارجية، فلان الفلاني،``): one to four words
    without the article, closed by a comma, a complementizer, a date, ``في`` + a speech noun or
    the end; its last token."""
    j = k
    while j < end and j - k < 4:
        token = tokens[j]
        if not token.is_word or j in blocked or _verbal_at(j, trigger_at) or token.norm in _AS_WHOM:
            break  # الإعلامي فلان، ضيف البرنامج: what he is there, no name
        if j == k and token.norm[:1] == "ل" and _addressed(token, lex):
            break  # وقال متحدث باسمه، لشبكة إخبارية، إن: to whom he said it, no name
        if (token.norm.startswith("ال") and j == k and not lex.has("titles", token.norm)) or not _starts_phrase(
            token, False, lex
        ):
            break  # a name may end in ال (جمانة العلي) and follow a title (العقيد سالم)
        j += 1
    if j == k:
        return None
    closing = tokens[j].norm if j < len(tokens) else ""
    if j >= len(tokens) or closing in ("،", ",", ":") or lex.has("complementizers", closing):
        return j - 1
    if j in blocked or (
        closing in _MANNER_PREPOSITIONS and j + 1 < len(tokens) and lex.has("speech_nouns", tokens[j + 1].norm)
    ):
        return j - 1  # وزير المالية، فلان الفلاني اليوم إن / في تصريح له: what he said follows
    return _apposition_before_the_rest(tokens, k, j, end, lex)


def _apposition_before_the_rest(tokens: Sequence[Token], k: int, j: int, end: int, lex: Lexicon) -> int | None:
    """A name of two words or more after a title and its comma that no comma closes (``الأمين العام
    للحزب، فلان الفلاني عن وجود``): its last token, when the word after it opens no part of a name —
    a quote, a preposition, what only follows a name (``ضيف برنامج``، ``من جهته``) — or is a
    definite noun no surname is spelt as (``فلان الفلاني التصريحات``: the object, after two words).
    A word an entry or a list knows, or a verbal noun, is no part of the name (``رسالة``، ``انخفاض``);
    a word in و after the comma opens no name (``، ورئيس الحزب``)."""
    if tokens[k].norm[:1] == "و":
        return None
    for m in range(k, j):
        token = tokens[m]
        known = lex.analyses(token.norm) or lex.classes(token.norm) or masdar_shape(token.norm)
        if token.norm.startswith("ال") and (_no_surname(token, lex) or _object_masdar(token.norm) or known):
            return m - 1 if m - k >= 2 else None  # فلان الفلاني التصريحات: the object after the name
        if known:
            return None  # الرئيس، فلان الفلاني رسالة: a noun the lexicon knows, the object; no name told apart
    if j - k < 2 or j >= end:
        return None
    after = tokens[j]
    if not after.is_word:
        return j - 1 if after.norm in QUOTE_CHARS else None
    if _prepositional(after.norm) or _his_part(tokens, j, end, lex) or _after_a_name(tokens, j, end, lex):
        return j - 1
    return j - 1 if lex.has("relatives", after.norm) or after.norm in _WHAT else None  # نفت فلانة الفلانية ما تم تداوله


def _coordinated(norm: str, lex: Lexicon) -> bool:
    """و + a word (``والجيش``, ``ومصدر``), not a word of its own that starts with و (وزير، وكالة)."""
    return len(norm) > 3 and norm[0] == "و" and not lex.own_classes(norm)


def _title_preposition(previous: str, norm: str, lex: Lexicon) -> bool:
    """``المتحدث باسم``, ``رئيس قسم الإعلام في وزارة``: a preposition inside a title."""
    if norm == "باسم":
        return True
    return norm in ("في", "ب", "بال", "لدي") and lex.has("titles", previous)


_KNOWN_AS = rule_words("known_as_words")  # المعروف، المسمى: the name a party goes by follows ب
KNOWN_AS_WORDS = 3  # words of the name after المعروف ب


def _known_as(tokens: Sequence[Token], at: int, end: int) -> int | None:
    """The last token of the name after ``المعروف ب`` / ``المعروف باسم`` at ``at`` (quoted or not,
    one to three words), or None."""
    k = at + 1
    if k >= end or tokens[k].norm not in ("ب", "باسم"):
        return None
    k += 1
    quoted = k < end and not tokens[k].is_word
    if quoted:
        k += 1
    last = None
    while k < end and tokens[k].is_word and (k - at) <= KNOWN_AS_WORDS + 3:
        last = k
        k += 1
        if not quoted:
            break  # unquoted: one word (المعروف بداعش is one token, read elsewhere)
    if last is None:
        return None
    return k if quoted and k < end and not tokens[k].is_word and tokens[k].norm not in ("،", ",") else last


def _quoted_name(tokens: Sequence[Token], at: int, end: int) -> int | None:
    """The closing quote of a name of one to four words quoted right after a noun, or None."""
    closer = QUOTE_OPEN.get(tokens[at].norm)
    if closer is None or (closer == tokens[at].norm and _closing(tokens, at)):
        return None
    for j in range(at + 1, min(end, at + 6)):
        if tokens[j].norm == closer:
            return j if j > at + 1 else None
        if not tokens[j].is_word:
            return None
    return None


def _closing(tokens: Sequence[Token], at: int) -> bool:
    """A straight quote after an odd number of them ends a quotation (``"ما اقترفوه في مؤتمر
    قابس" كما دعوا``): the words after it are no quoted name."""
    mark = tokens[at].norm
    return sum(1 for token in tokens[:at] if token.norm == mark) % 2 == 1


_WARNED_OF = rule_words("warned_of_prepositions")  # حذر من، نبه من: the preposition a warning takes
_CITING = rule_words("citing_words")  # نقلا عن: whom a source had it from
_RELAYED_FROM = rule_words("relayed_from_prepositions")  # نقل عن: whom a report is relayed from


def _quoted_subject(
    tokens: Sequence[Token],
    k: int,
    end: int,
    trigger_at: dict[int, Trigger],
    lex: Lexicon,
    about: frozenset[str] = frozenset(),
) -> tuple[int, int] | None:
    """A name in quotes right after a report verb, followed by what it said, after whom it said it
    to if named (``وذكرت "الشروق" أن``، ``أفاد "المرصد" نقلا عن``) or by a relative clause on it
    (``أكد "الحزب" الذي``): the words inside the quotes are the subject; quoted words followed by
    anything else are what was said, not who said it."""
    close = _quoted_name(tokens, k, end)
    if close is None or close + 1 >= len(tokens) or any(j in trigger_at for j in range(k + 1, close)):
        return None
    said = close + 1
    if tokens[said].norm in ("،", ",") and said + 1 < len(tokens):
        said += 1  # وأفادت "الوكالة"، نقلا عن: a comma before what it said or whence
    if tokens[said].norm.startswith("ل") and said + 1 < len(tokens):
        said += 1  # وقال "أبو محمد" للصحفيين إن: whom it was said to, then what
    norm = tokens[said].norm
    told = lex.has("complementizers", norm) or norm in _CITING or lex.has("relatives", norm)
    told = told or norm in about  # وحذر "فلان" من: the preposition its verb takes, then what of
    return (k + 1, close - 1) if told else None  # أكد "الحزب" الذي يشارك في الحكومة أنه: described, then what it said


def _closing_paren(tokens: Sequence[Token], at: int, end: int) -> int | None:
    for j in range(at + 1, min(end, at + 8)):
        if tokens[j].norm == ")":
            return j
    return None


def _verbal_at(k: int, trigger_at: dict[int, Trigger]) -> bool:
    trigger = trigger_at.get(k)
    return trigger is not None and trigger.pos in ("verb", "passive", "participle")


def _between_kana_and_verb(
    tokens: Sequence[Token], at: int, trigger_at: dict[int, Trigger], lex: Lexicon, blocked: frozenset[int]
) -> tuple[int, int] | None:
    """The words between كان (كانت، وكان...) and the verb at ``at`` (``قد`` or a comma before it
    too), when a phrase starts right after كان and no trigger, number or word of no actor stands
    among them: كان's subject is the verb's (``وكان محامي هيئة الدفاع عن المعتقلين فلان الفلاني
    أعلن``), prepositions and all."""
    end = at - 1
    while end >= 0 and tokens[end].norm in _BEFORE_ITS_VERB:
        end -= 1  # قد، لقد and a comma (وكانت الجمعيات الناشطة في الجهة، نشرت)
    for k in range(end - 1, max(-1, end - 1 - KANA_SUBJECT_WORDS), -1):
        if tokens[k].norm in QUOTE_CHARS and k < end:
            continue  # في مدينة "ليون" الفرنسية: a name quoted inside the subject
        if k in trigger_at and _genitive_act(tokens, k, trigger_at):
            continue  # قاضي تطبيق العقوبات: an act's noun in a title's genitive, part of the name
        if not tokens[k].is_word or k in blocked or k in trigger_at:
            return None
        if without_conjunction(tokens[k].norm) in _PAST_KANA:
            if k > 0 and tokens[k - 1].norm in _WHETHER_WORDS:
                return None  # إذا كان الفاعل مجهولا أجابت: كان of a question, its predicate after it
            start = k + 1
            if start > end or not _starts_phrase(tokens[start], False, lex):
                return None
            span = _phrase(tokens, start, trigger_at, lex, blocked, end + 1)
            if span is None or span[0] != start:
                return None
            if any(
                _no_subject_word(tokens[j], lex) for j in range(start, end + 1) if tokens[j].norm not in QUOTE_CHARS
            ):
                return None  # كان مصدرها في الخارج بحسب ما ذكره، كانت بين 30 دولة صادقت: no subject
            return start, end  # هيئة الدفاع عن المعتقلين فلان، الجمعيات الناشطة في الجهة: all of it
    return None


def _genitive_act(tokens: Sequence[Token], k: int, trigger_at: dict[int, Trigger]) -> bool:
    """An act's noun with the article in the genitive of a verbal noun without it, itself no act's
    word (``تطبيق العقوبات``، ``مكافحة الإرهاب``): it names the office or the body, no act told."""
    trigger = trigger_at[k]
    if trigger.pos != "noun" or not tokens[k].norm.startswith("ال") or k == 0:
        return False
    before = tokens[k - 1]
    return before.is_word and masdar_shape(before.norm) and k - 1 not in trigger_at


def _no_subject_word(token: Token, lex: Lexicon) -> bool:
    """A number or a word of no actor (``ما``، ``وفق``) other than a preposition."""
    norm = token.norm
    return token.number or (norm in lex.words["not_actors"] and not lex.has("prepositions", norm))


KANA_SUBJECT_WORDS = 12  # words of a subject between كان and its verb (a title with its body's long name)
_WHETHER_WORDS = rule_words("conditional_words")  # إذا، لو: كان after them heads a clause of its own
_PAST_KANA = rule_words("past_kana_forms")  # كان، كانت، كانوا


def _topic(
    tokens: Sequence[Token], at: int, trigger_at: dict[int, Trigger], lex: Lexicon, blocked: frozenset[int]
) -> tuple[int, int] | None:
    """The topic before a verb (``طائرات التحالف استهدفت``, ``أما المعارضة، فقد أكدت``)."""
    framed = _between_kana_and_verb(tokens, at, trigger_at, lex, blocked)
    if framed is not None:
        return framed  # وكانت وزارة الأمن في كوريا الجنوبية أعلنت: كان's subject, whatever it holds
    k = at - 1
    if k >= 0 and without_conjunction(tokens[k].norm) in _SPEAKER_KANA:
        return None  # كنا أول من كشف: "we", "you": the pronoun is the subject
    quoted_end = None
    opening = _named_in_quotes_before(tokens, k)
    if opening is not None:
        quoted_end, k = k, opening - 1  # أن كتلة "الأمل" قررت: the body's name, quoted, ends the topic
    # walk back over what may sit between a topic and its verb
    while k >= 0 and (not tokens[k].is_word or tokens[k].norm in ("قد", "فقد", "وقد", "ف", "لقد", "كان", "كانت")):
        if not tokens[k].is_word and tokens[k].norm not in ("،", ","):
            if tokens[k].norm == ":" and _labels_line(tokens, k):
                k -= 1  # السعودية: أعلنت الأحد قطع العلاقات: a list's label is who acts
                continue
            return None
        k -= 1
    acts = at in trigger_at and trigger_at[at].type in PATIENT_GENITIVE  # كيم، الذي يعمل بالجامعة، اعتقل: a passive
    if 0 <= k < at - 1 and not acts:
        opened = _relative_clause_opening(tokens, k, lex)
        if opened is not None:  # محمد سالم، الذي كان سيرأس الوفد، كتب: the topic is before the clause
            k = opened - 1
    if k < 0 or lex.has("relatives", tokens[k].norm):
        return None  # الزيارة التي يؤديها: the relative's own subject is a pronoun
    if lex.any_of(_NOT_PHRASE_START, tokens[k].norm) or tokens[k].norm in lex.words["not_actors"]:
        return None  # عندما انتخب: a subordinator before the verb, no topic
    end = k
    start = end
    while start - 1 >= 0 and tokens[start - 1].is_word and end - start < MAX_WORDS - 1:
        norm = tokens[start - 1].norm
        if norm in ("اما", "واما", "بينما", "فيما", "و", "ف") or lex.has("particles", norm):
            break
        if lex.has("side_phrases", norm) and start - 2 >= 0 and tokens[start - 2].norm == "من":
            break  # من جانبه ناطق عسكري أكد: on its part, then the topic
        if lex.has("complementizers", norm) or lex.has("past_auxiliaries", norm) or norm in _COPULAS:
            break  # (كندا ستكون ثالث دولة يزورها: a copula's predicate is a topic of its own)
        if not _starts_phrase(tokens[start - 1], _verbal_at(start - 1, trigger_at), lex) and not _adjectival(norm):
            return None
        start -= 1
    if start - 1 >= 0 and not _opens_topic(tokens[start - 1], lex):
        return None
    if any(j in blocked for j in range(start, end + 1)):
        return None
    after_anna = start > 0 and lex.has("complementizers", tokens[start - 1].norm)  # أن وفدا تجاريا يزور
    if end > start and not after_anna and all(tokens[j].norm.endswith("ا") for j in range(start, end + 1)):
        return None  # بيانا مشتركا أوضحا: accusatives are no topic (but أنّ's noun is one)
    first = tokens[start]
    if not _starts_phrase(first, _verbal_at(start, trigger_at), lex) or _verb_shaped(without_conjunction(first.norm)):
        return None
    if without_conjunction(first.norm) in _ACT_COMING:
        return None  # وصدر حكم بسجنه، وجاءت إدانته: the verb's subject is the act after it, no one's name
    if quoted_end is not None and end > start:
        return None  # only a body's noun and its quoted name (كتلة "الأمل"), nothing longer
    return start, end if quoted_end is None else quoted_end


def _named_in_quotes_before(tokens: Sequence[Token], close: int) -> int | None:
    """The opening quote of a name of one to three words quoted right before ``close``, itself a
    closing quote right after a word (``كتلة "الأمل"``), or None."""
    if close < 3 or tokens[close].norm not in QUOTE_CHARS or not tokens[close - 1].is_word:
        return None
    for j in range(close - 2, max(0, close - 5), -1):
        if not tokens[j].is_word:
            opens = QUOTE_OPEN.get(tokens[j].norm) == tokens[close].norm and tokens[j - 1].is_word
            return j if opens else None
    return None


_ACT_COMING = rule_words("coming_verbs") | rule_words("issuing_verbs")  # جاء، تأتي، صدر: an act comes, is issued


def _relative_clause_opening(tokens: Sequence[Token], last: int, lex: Lexicon) -> int | None:
    """The comma that opens a relative clause ending at token ``last`` (``، الذي كان سيرأس الوفد``),
    set off by commas before a verb: the clause describes the topic before it. None when there is none."""
    for k in range(last - 1, max(0, last - RELATIVE_CLAUSE_WORDS) - 1, -1):
        if not tokens[k].is_word:
            opens = tokens[k].norm in ("،", ",") and k + 1 < last and lex.has("relatives", tokens[k + 1].norm)
            return k if opens and k > 0 and tokens[k - 1].is_word else None
    return None


RELATIVE_CLAUSE_WORDS = 12  # words of a relative clause set off by commas between a topic and its verb


def _labels_line(tokens: Sequence[Token], colon: int) -> bool:
    """A colon after one or two words that open the sentence (a label: ``السعودية:``)."""
    return 1 <= colon <= 2 and all(t.is_word for t in tokens[:colon])


_TOPIC_OPENERS = rule_words("topic_openers")
_TOPIC_PUNCTUATION = frozenset({"،", ",", ".", ":", "؛", "(", ")", "«", '"', "-"})


def _opens_topic(before: Token, lex: Lexicon) -> bool:
    """What may stand before a topic: a particle, an auxiliary, a complementizer (``أن روسيا تتهم``)
    or punctuation; not a word of another phrase, nor a hashtag (``غرب #تعز، وأكد``)."""
    if not before.is_word:
        return before.norm in _TOPIC_PUNCTUATION
    norm = before.norm
    return (
        norm in _TOPIC_OPENERS
        or lex.has("particles", norm)
        or lex.has("past_auxiliaries", norm)
        or lex.has("complementizers", norm)
        or lex.has("side_phrases", norm)  # من جانبه ناطق عسكري أكد: on its part, then the topic
    )


def _source(
    tokens: Sequence[Token],
    last: int,
    trigger_at: dict[int, Trigger],
    lex: Lexicon,
    blocked: frozenset[int],
    preposition: str = "عن",
) -> tuple[int, int] | None:
    """Whom a report quotes with قوله after ``preposition``: ``نقلت الوكالة عن المسؤول قوله``
    (``نسبت إلى المسؤول قوله``) is the official's statement (``نقل المرصد عن شهود أن`` stays the
    observatory's)."""
    for k in range(last + 1, min(len(tokens), last + 8)):
        if tokens[k].norm == preposition:
            span = _phrase(tokens, k + 1, trigger_at, lex, blocked)
            if span is None:
                return None
            for j in range(span[0], min(len(tokens), span[1] + 8)):
                if tokens[j].norm.startswith(("قول", "وقول")):  # the source ends where its words begin
                    return (span[0], j - 1) if j > span[0] else None
            return None
        if not tokens[k].is_word and tokens[k].norm not in ("،", ","):
            break
    return None


def _marker_at(tokens: Sequence[Token], k: int) -> tuple[str, ...] | None:
    """The first of ``AGENT_MARKERS`` that starts at token ``k`` (``على يد``، ``برصاص``...), if any."""
    if k >= len(tokens) or tokens[k].norm not in _MARKER_STARTS:
        return None  # most words: one look-up
    return next(
        (m for m in AGENT_MARKERS if all(k + n < len(tokens) and tokens[k + n].norm == w for n, w in enumerate(m))),
        None,
    )


def _agent_marker_at(tokens: Sequence[Token], k: int) -> bool:
    """``على يد``, ``برصاص``, ``من قبل`` + a definite noun... starting at token ``k``: an agent
    follows, so the verb before is a passive (``قالت من قبل إنها``: "before", no agent)."""
    marker = _marker_at(tokens, k)
    if marker is None:
        return False
    end = k + len(marker)
    return marker != ("من", "قبل") or (end < len(tokens) and tokens[end].norm.startswith("ال"))


_MARKER_STARTS = frozenset(marker[0] for marker in AGENT_MARKERS)


def _agent(
    tokens: Sequence[Token], last: int, trigger_at: dict[int, Trigger], lex: Lexicon, blocked: frozenset[int]
) -> tuple[int, int] | None:
    """The agent of a passive verb after ``على يد``, ``من قبل``, ``برصاص``, ``بنيران``."""
    for k in range(last + 1, min(len(tokens), last + 10)):
        marker = _marker_at(tokens, k)
        if marker is not None:
            return _phrase(tokens, k + len(marker), trigger_at, lex, blocked)
        if not tokens[k].is_word and tokens[k].norm not in ("،", ","):
            break
    return None
