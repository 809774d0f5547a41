"""Pass 1, triggers: the words of a sentence that name an event, each read as one lexicon form.

A word may have several readings (``قتل`` verb, passive or noun; ``أطلق`` fire or release); a
reading holds when its entry's ``requires`` context is there and its ``excludes`` context is not.
Clitics decide between a verb and a noun (a preposition or the article make a noun). A noun
right after a light verb (``شن غارات``, ``قام بزيارة``, ``تم اعتقال``) is governed by it.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count

from reader.events.frames import QUOTE_CHARS
from reader.events.lexicon import Analysis, Context, Lexicon, rule_lemmas, rule_words
from reader.events.mention import Trigger
from reader.events.morphology import masdar_shape, plural_ending, without_conjunction
from reader.text.tokens import SentenceText, Token

_NOT_BETWEEN = frozenset({"prepositions", "subordinators", "complementizers", "relatives"})
LIGHT_REACH = 8  # words between a light verb and the noun it governs
IMPERSONAL = rule_words("impersonal_verbs")
_SON_OF = rule_words("son_of_words")  # بن، ابن: a name's word after them
CARDINALS = rule_words("cardinals")  # counts written out, the words before a counted noun
_ANY = rule_words("any_words")  # أي، لأي: a noun follows, no verb
_PREPOSITION_NOUNS = rule_words("preposition_nouns")  # إطار، خلفية، بتهمة: nouns used as prepositions
_QUANTIFIERS = rule_words("person_quantifiers")  # أي متهمين، بعض المتهمين: people, as after a count


_FIRST_OR_LAST = rule_words("first_or_last")
_OBJECT_PARTICIPLES = rule_words("object_participles")  # مجددا، مؤكدة: a noun as object after them
_OBJECTLESS = rule_lemmas("objectless_lemmas")  # verbs that take no object: with a pronoun, their noun


def the_first_who(tokens: Sequence[Token], at: int) -> bool:
    """``أول من`` or ``آخر من`` before the word at ``at``: "the first (last) who"."""
    return at > 1 and tokens[at - 1].norm == "من" and tokens[at - 2].norm in _FIRST_OR_LAST


def find_triggers(text: SentenceText, lex: Lexicon, dated: frozenset[int] = frozenset()) -> list[Trigger]:
    """The triggers of one sentence, in order, one per word (a noun of several words spans them).
    ``dated``: the tokens of its dates, which a required context's window does not count
    (قطعت السعودية العام الماضي علاقاتها: the relations two words after the subject)."""
    found: list[Trigger] = []
    skip_to = -1
    # most words have no reading: only those that have one go through the loop (a mark has none)
    read = list(map(lex.readings.__getitem__, text.norms))
    if not any(read):
        return found  # the sentence's tokens are not even built
    tokens, norms = text.tokens, text.norms
    vocabulary = frozenset(norms)  # what the contexts of the readings are looked for in
    unread = frozenset(k for k in dated if tokens[k].number) if dated else dated  # وصل يوم 10 مايو: no amount
    opened = next((k for k, token in enumerate(tokens) if token.norm in _WORDS_OPENERS), len(tokens))
    for at in compress(count(), read):  # the words with a reading, picked in C
        token, analyses = tokens[at], read[at]
        norm = norms[at]
        if at <= skip_to or norm.isdigit() or lex.has("not_triggers", norm):
            continue
        if at > 0 and norms[at - 1] in _SON_OF:
            continue  # صدري بن طالب، محمد بن سالم: a name after بن, no act
        after_preposition = at > 0 and (lex.has("prepositions", norms[at - 1]) or norms[at - 1] in _ANY)  # أي طلب
        after_preposition = after_preposition or (at > 0 and norms[at - 1] in _PREPOSITION_NOUNS)  # في إطار منع
        if after_preposition and the_first_who(tokens, at):
            after_preposition = False  # كان أول من زار المدينة: من is "who", its verb an act
        # وزارة is no زاره, قبضة no قبض+ه: ة is no pronoun
        if "ة" in token.text and written_ta_marbuta(token):  # (most words have no ة: one test in C)
            analyses = tuple(a for a in analyses if a.enclitic != "ه")
        if any(a.form.entry.lemma in _OPENING_ONLY for a in analyses):
            analyses = tuple(a for a in analyses if _opening_reading(a, norm, norms, at))
        if norm[-1:] == "ا" and at > 0 and _after_one_definite(tokens, norms, at):
            analyses = tuple(a for a in analyses if not _dual_past(a, norm, lex))  # ونقضت المحكمة حكما: a noun
        after_verb = bool(found) and found[-1].verbal and _object_position(tokens, found[-1], at, lex)
        after_light = at > 0 and lex.is_light(norms[at - 1])  # تم فتح تحقيق: a noun
        after_light = after_light or (  # قدم الوزير استقالته: the subject between
            at > 1 and tokens[at - 1].is_word and lex.is_light(norms[at - 2])
        )
        if not after_light and norm.endswith("ا"):
            after_light = _light_opens(tokens, norms, at, lex)  # أصدرت الدائرة الجنائية بمحكمة سوسة حكما
        after_noun = (  # فرض حظر: a noun's object; قرار رفضه الحراك: a verb taking the noun back
            bool(found) and _bare_noun_before(found[-1], at) and strip_object(norm) == norm
        )
        coordinated = (  # واعتقلت after المبنى: a word no noun reads, nor spelt as its own verbal
            _coordinated_noun(tokens, token)  # noun (ومنع، وقتل), is a verb opening a clause
            and not any(_plural_verb(norm, a) for a in analyses)
            and (len(norm) <= 4 or not all(a.form.pos in ("verb", "passive") for a in analyses))
        )
        after_participle = at > 0 and norms[at - 1] in _OBJECT_PARTICIPLES
        # مجددة رفضها، مؤكدا دعمه: a participle's object is a noun, no verb with its own subject
        after_verb = after_verb or after_light or after_noun or after_participle  # واتهموها: a plural verb, no noun
        trigger = _choose(
            analyses, tokens, at, after_preposition, after_verb, vocabulary, dated, coordinated, unread, opened
        )
        if trigger is None:
            continue
        if trigger.pos == "noun":
            trigger = _govern(trigger, tokens, lex, found, dated)
        previous = found[-1] if found else None
        if _speaker_noun(trigger, previous):
            continue  # قال متحدث عسكري: the spokesman is the verb's subject, no second report
        if norm.endswith("ا") and not trigger.prefix and _cognate(found, trigger):
            skip_to = trigger.last
            continue  # رفض رفضا قاطعا، نفى نفيا: the verb's own noun, no second event
        if (
            previous is not None
            and previous.pos == "noun"
            and trigger.pos == "noun"
            and previous.last + 1 == trigger.first
            and (previous.type == trigger.type or not (previous.prefix.endswith("ال") or previous.enclitic))
        ):
            light_noun = lex.has("light_nouns", tokens[previous.first].norm[len(previous.prefix) :])
            form = trigger.form if light_noun else previous.form  # توجيه ضربات: the act is the second noun's
            found[-1] = Trigger.of(
                previous.first, trigger.last, form, previous.prefix, previous.enclitic, previous.light
            )  # اتفاق تهدئة, ضربات جوية: one noun
        else:
            found.append(trigger)
        skip_to = found[-1].last
    return found


_OPENING_ONLY = rule_lemmas("opening_only_lemmas")  # بيّن: its bare form is the preposition بين too
_OPENING_FORMS = rule_words("opening_only_forms")  # بين، وبين: the forms spelt as the preposition
_CLAUSE_OPENERS = rule_words("clause_opening_words")  # كما، قد، ثم: what may stand before a verb opening a clause


def _opening_reading(analysis: Analysis, norm: str, norms: Sequence[str], at: int) -> bool:
    """A reading of an entry whose bare verb is spelt as a preposition (``بيّن``/``بين``): with no
    pronoun after it (``بينهم``: among them), and spelt bare only where a clause opens (the sentence's
    first word, after a mark or كما، قد: ``وبين الوزير أن``; not ``العلاقات بين البلدين``)."""
    if analysis.form.entry.lemma not in _OPENING_ONLY:
        return True
    if analysis.enclitic:
        return False
    if norm not in _OPENING_FORMS:
        return True  # بينت، بينوا: a verb's own ending
    between = any(n[:1] == "و" and len(n) > 2 for n in norms[at + 2 : at + 2 + BETWEEN_REACH])
    if between:
        return False  # بين الأردن والبنك: between one and the other
    return at == 0 or not any(c.isalpha() for c in norms[at - 1]) or norms[at - 1] in _CLAUSE_OPENERS


BETWEEN_REACH = 3  # words after بين's first to the و of "between X and Y"


ACCUSATIVE_REACH = 6  # words of a subject between a clause's light verb and its accusative object


def _light_opens(tokens: Sequence[Token], norms: Sequence[str], at: int, lex: Lexicon) -> bool:
    """A light verb opening the clause a few words (its subject) before the word at ``at``: an
    accusative there is its object, a noun (``حكما``: a ruling, not they two ruled)."""
    for k in range(at - 1, max(-1, at - 1 - ACCUSATIVE_REACH), -1):
        if not tokens[k].is_word:
            return False
        if lex.is_light(norms[k]):  # (after و/ف too)
            return k == 0 or not tokens[k - 1].is_word
    return False


def _bare_noun_before(previous: Trigger, at: int) -> bool:
    """A verbal noun with no article or pronoun right before (``فرض حظر``): what follows is its object."""
    bare = not previous.enclitic and not previous.prefix.endswith("ال")
    return previous.pos == "noun" and previous.last + 1 == at and bare


def _speaker_noun(trigger: Trigger, previous: Trigger | None) -> bool:
    """A report's participle right after a verb (``أعلن متحدث``، ``قال المتحدث``) names who speaks."""
    return (
        trigger.pos == "participle"
        and trigger.entry.report
        and previous is not None
        and previous.verbal
        and previous.last + 1 == trigger.first
        and not trigger.prefix.startswith(("و", "ف"))
    )


OBJECT_REACH = 4  # words of a subject between a verb and a verbal noun it takes as object


def _object_position(tokens: Sequence[Token], verb: Trigger, at: int, lex: Lexicon) -> bool:
    """The word at ``at`` stands where the verb's object goes: right after it, or, for a verb that
    announces or needs an object, after a subject of a few words with no conjunction, complementizer
    or punctuation between (``أعلنت الحكومة فرض``)."""
    if verb.last == at - 1:
        return True
    if not verb.entry.announces and not any(c.side == "after" for c in verb.entry.requires):
        return False  # فرضت الحكومة حظرا: a verb that needs its object names it after the subject
    between = _without_relative(tokens[verb.last + 1 : at], lex)
    if len(between) > OBJECT_REACH or any(not t.is_word and t.norm not in ("،", ",") for t in between):
        return False  # أعلنت ليبيا اليوم الاثنين، قطع: a comma after a date may stand between
    return not any(
        (t.norm[:1] in ("و", "ف") and len(t.norm) > 3 and not lex.named_in_waw(t.norm))
        or lex.has("complementizers", t.norm)
        for t in between
    )


def _after_one_definite(tokens: Sequence[Token], norms: Sequence[str], at: int) -> bool:
    """Right after a verb opening its clause with و/ف, then perhaps one definite noun in the
    singular (``ونقضت المحكمة حكما``، ``، ونقضت حكما``): the verb, its subject, then its object, no
    dual verb (whose subject would be two: ``الوزيران بحثا``، ``الوزير والسفير بحثا``). Without the
    noun, the verb is one that shows a woman's ت (no noun ends so: ة is read as ه)."""
    if not tokens[at - 1].is_word:
        return False
    before = norms[at - 1]
    if _opening_feminine_verb(tokens, norms, at - 1):
        return True
    if at < 2 or not before.startswith("ال") or before.endswith(("ان", "ين", "ون", "ات")):
        return False
    verb = norms[at - 2]
    opens = tokens[at - 2].is_word and (at == 2 or not tokens[at - 3].is_word)
    return opens and verb[:1] in ("و", "ف") and len(verb) > 3 and not verb.startswith(("وال", "فال"))


def _opening_feminine_verb(tokens: Sequence[Token], norms: Sequence[str], k: int) -> bool:
    """و/ف + a past verb of a woman (``ونقضت``، ``فرفضت``) opening its clause."""
    word = norms[k]
    opens = k == 0 or not tokens[k - 1].is_word
    return opens and word[:1] in ("و", "ف") and len(word) >= 5 and word.endswith("ت") and not word.endswith("ات")


def _dual_past(analysis: Analysis, norm: str, lex: Lexicon) -> bool:
    """A reading of the word as a past verb with the dual's ا (حكما: "the two ruled"): the same verb
    without it, no clitic."""
    form = analysis.form
    if form.pos != "verb" or form.tense != "past" or analysis.prefix or analysis.enclitic or len(norm) < 4:
        return False
    return any(a.form.entry is form.entry and a.form.pos == "verb" for a in lex.analyses(norm[:-1]))


def _without_relative(between: Sequence[Token], lex: Lexicon) -> Sequence[Token]:
    """The words between a verb and its object without a relative clause on the subject closed by
    a comma (``أعلن المغرب الذي يقيم علاقات مع الرياض، الثلاثاء قطع``)."""
    opens = next((n for n, t in enumerate(between) if lex.has("relatives", t.norm)), None)
    if opens is None or opens == 0:
        return between
    closes = next((n for n in range(opens + 1, len(between)) if between[n].norm in ("،", ",")), None)
    return between if closes is None else [*between[:opens], *between[closes + 1 :]]


def _plural_verb(norm: str, analysis: Analysis) -> bool:
    """A reading as a verb whose ending says plural (اتهموا، يقولون، اتهموها): no noun is written so."""
    if analysis.form.pos != "verb":
        return False
    return plural_ending(norm[len(analysis.prefix) : len(norm) - len(analysis.enclitic)], bool(analysis.enclitic))


def _coordinated_noun(tokens: Sequence[Token], token: Token) -> bool:
    """و + a word right after a definite noun, no punctuation between (``قانون الطوارئ وحظر
    الجولان``): a second noun of the phrase, not a verb opening a clause."""
    if token.at == 0 or not token.norm.startswith("و"):
        return False
    before = tokens[token.at - 1]
    return before.is_word and before.norm.startswith("ال") and not before.norm.isdigit()


def _cognate(found: Sequence[Trigger], trigger: Trigger) -> bool:
    """A verb of the same entry a few words before (رفض ... رفضا قاطعا)."""
    lemma = trigger.entry.lemma
    return any(t.pos != "noun" and t.entry.lemma == lemma and trigger.first - t.last <= COGNATE_REACH for t in found)


COGNATE_REACH = 8
_MARKS = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0640"


def _choose(
    analyses: Sequence[Analysis],
    tokens: Sequence[Token],
    at: int,
    after_preposition: bool,
    after_verb: bool = False,
    vocabulary: frozenset[str] | None = None,
    dated: frozenset[int] = frozenset(),
    coordinated: bool = False,
    unread: frozenset[int] = frozenset(),
    opened: int | None = None,
) -> Trigger | None:
    """The reading of the word at ``at`` that its context allows; verbs first unless clitics say noun
    (no verb follows a preposition, nor, unless nothing else reads it, another verb: أعلن قطع).
    ``vocabulary``: the sentence's words (``near``); ``coordinated``: و + the word right after a
    definite noun, a noun of its phrase when one reads it (قرار الإغلاق وحظر التنقل), else the
    verb that opens a clause (زار الوالي المدينة وأكد أن). ``unread``: the dates' numbers (``_allowed``);
    ``opened``: the first colon or quotation mark, after which someone's own words may be told. Both
    are worked out once a sentence, not once a word."""
    readings: list[Trigger] = []
    allowed: dict[tuple[int, int, str | None, bool], bool] = {}  # readings of one entry share its contexts
    for analysis in analyses:
        form = analysis.form
        if form.pos in ("verb", "passive") and "ل" in analysis.prefix and form.tense != "present":
            continue  # ل before a verb only in ليقول
        if form.pos == "verb" and analysis.prefix == "ف" and form.tense == "present":
            continue  # فيصل is a name far more often than ف + يصل
        if form.pos == "participle" and at > 0 and _count(tokens[at - 1].norm):
            continue  # خمسة متهمين، 3 مهاجمين: people counted, a noun
        if form.pos == "participle" and analysis.prefix[-1:] in ("ب", "ل", "ك"):
            continue  # بمطالب، لمتحدث: a preposition takes a noun, no one doing the act
        if form.pos == "verb" and analysis.enclitic and form.entry.lemma in _OBJECTLESS:
            continue  # قدمت استقالتها: استقال takes no object pronoun; the noun with its owner's
        last: int | None = _rest_matches(form.rest, tokens, at) if form.rest else at
        if last is None:
            continue
        entry = form.entry
        if entry.requires or entry.excludes:
            pos = form.pos if entry.by_pos else None
            owned = bool(analysis.enclitic) and entry.by_owner
            key = (id(entry), last, pos, owned)
            ok = allowed.get(key)
            if ok is None:
                ok = allowed[key] = _allowed(
                    entry.requires, entry.excludes, tokens, at, last, vocabulary, pos, dated, owned, unread
                )
            if not ok:
                continue
        readings.append(Trigger.of(at, last, form, analysis.prefix, analysis.enclitic))
    if after_preposition:
        readings = [r for r in readings if r.pos not in ("verb", "passive")]
    elif after_verb:
        nominal = [r for r in readings if r.pos not in ("verb", "passive")]
        if nominal or any(r.prefix or r.enclitic for r in readings):
            readings = nominal  # أعلن قطع العلاقات، يؤكد توافقها: a verb does not follow a verb
    elif coordinated:
        nominal = [r for r in readings if r.pos not in ("verb", "passive")]
        verb_only = not any(a.form.pos not in ("verb", "passive") for a in analyses)
        said = all(r.entry.report and r.entry.lemma not in _WAW_ROOTED for r in readings)
        said = said and tokens[at].norm[1:] not in _SPELT_AS_NOUN  # وكشف آليات الفساد: the uncovering
        joined = any(r.prefix for r in readings)  # (وصل after الذي: its و is a root's)
        owned = any(r.enclitic for r in readings)
        opens = verb_only and said and not owned  # زار المدينة وأكد: a report's verb no noun is spelt as
        if nominal or owned or (joined and not opens):
            readings = nominal  # قرار الإغلاق وحظر التنقل، تطوير الصواريخ ونشرها: the phrase's noun
    if not readings:
        return None
    if len(readings) == 1:
        return readings[0]
    if any(r.pos == "passive" for r in readings) and not (opened is not None and opened < at):
        told = [r for r in readings if not _first_person(r, tokens[at].norm)]
        readings = told or readings  # وأدين المتهمون: the passive (was convicted), not "I condemn"
    nounish = any(r.prefix.endswith(("ال", "ب", "ل", "ك")) for r in readings if r.pos == "noun")
    nounish = nounish or (any(r.enclitic for r in readings) and _adjective_next(tokens, at))
    order = _NOUN_FIRST if nounish else _VERB_FIRST
    return min(readings, key=lambda r: (-(r.last - r.first), order[r.pos]))


def _first_person(reading: Trigger, norm: str) -> bool:
    """A present verb read with أ in front (``أدين``، ``أتهم``): "I" do it, said in a quotation; the
    same letters outside one are the passive's (``أُدين``، ``أُتهم``)."""
    return reading.pos == "verb" and reading.form.tense == "present" and norm[len(reading.prefix) :][:1] == "ا"


_WORDS_OPENERS = QUOTE_CHARS | {":"}  # after the first of them, someone's own words may be told


def _count(norm: str) -> bool:
    """A number of people or things: a count written out, or of up to three digits (a year, 2016
    مقتولا, is a date's)."""
    return norm in CARDINALS or norm in _QUANTIFIERS or (norm.isdigit() and len(norm) <= 3)


def _adjective_next(tokens: Sequence[Token], at: int) -> bool:
    """A definite adjective follows (``قصفها العشوائي``): the word is a noun with its possessive."""
    k = at + 1
    if k >= len(tokens) or not tokens[k].is_word:
        return False
    norm = tokens[k].norm
    if not norm.startswith("ال") or len(norm) < 6 or norm.endswith(("ون", "ين", "ات")):
        return False
    if norm[2:] in _BODIES_SHAPED_SO:
        return False  # وأدانته المنظمة: a body is the verb's subject, no adjective
    return norm.endswith(("ي", "يه")) or norm.startswith("الم")  # العشوائي، المكثف، المتواصل


_BODIES_SHAPED_SO = rule_words("participle_shaped_bodies")  # منظمة، محكمة: a participle's shape, a body's noun


_VERB_FIRST = {"verb": 0, "passive": 1, "participle": 2, "noun": 3}
_NOUN_FIRST = {"noun": 0, "participle": 1, "verb": 2, "passive": 3}


def _rest_matches(rest: tuple[str, ...], tokens: Sequence[Token], at: int) -> int | None:
    """The last token of a noun of several words whose first word is at ``at``, or None."""
    k = at
    for word in rest:
        k += 1
        if k >= len(tokens) or (_bare(tokens[k].norm) != word and tokens[k].norm != word):
            return None
    return k


def _bare(word: str) -> str:
    return word[1:] if len(word) > 2 and word[0] in "وف" else word


def _allowed(
    requires: Sequence[Context],
    excludes: Sequence[Context],
    tokens: Sequence[Token],
    first: int,
    last: int,
    vocabulary: frozenset[str] | None = None,
    pos: str | None = None,
    dated: frozenset[int] = frozenset(),
    owned: bool = False,
    unread: frozenset[int] = frozenset(),
) -> bool:
    """The ``requires`` contexts are all there and no ``excludes`` one is (``pos``: the reading's
    part of speech, when a context holds for some only; a context for others is not looked at;
    ``owned``: the reading has a pronoun, which an ``unowned`` exclusion does not hold for).
    A required word may stand past a date (``dated``: its words are not counted); an excluded one
    is looked for as written (فجر as a bomber did, or the dawn of a named day), past the
    dates' numbers only (``unread``, worked out once a sentence: وصل يوم 10 مايو, no amount)."""
    for context in requires:
        if (pos is None or not context.pos or pos in context.pos) and not near(
            context, tokens, first, last, vocabulary, dated
        ):
            return False
    if not excludes:
        return True
    return not any(
        (pos is None or not context.pos or pos in context.pos)
        and not (owned and context.unowned)
        and near(context, tokens, first, last, vocabulary, unread=unread)
        for context in excludes
    )


def near(
    context: Context,
    tokens: Sequence[Token],
    first: int,
    last: int,
    vocabulary: frozenset[str] | None = None,
    dated: frozenset[int] = frozenset(),
    unread: frozenset[int] = frozenset(),
) -> bool:
    """Whether one of ``context``'s words stands within its window on its side of the trigger
    (the window counts words; punctuation between them, and the words of a date, ``dated``, are
    looked at but not counted: قطعت السعودية العام الماضي علاقاتها; ``unread``: tokens passed as
    if absent, a date's numbers where a context looks for amounts).
    ``vocabulary``: the sentence's words, when the caller has them (a context none of whose words
    is among them is not looked for)."""
    if vocabulary is not None and not context.prefixes and context.anywhere.isdisjoint(vocabulary):
        return False  # most contexts: one test in C
    if context.side != "before" and _near_side(context, tokens, last + 1, 1, dated, unread):
        return True
    return context.side != "after" and _near_side(context, tokens, first - 1, -1, dated, unread)


def _near_side(
    context: Context,
    tokens: Sequence[Token],
    k: int,
    step: int,
    dated: frozenset[int],
    unread: frozenset[int] = frozenset(),
) -> bool:
    words, prefixes, phrases, firsts = context.words, context.prefixes, context.phrases, context.firsts
    left = context.window
    size = len(tokens)
    aside = -1  # the closing comma of an apposition being passed (its words are not counted)
    while 0 <= k < size and left > 0:
        if unread and k in unread:
            k += step
            continue
        token = tokens[k]
        norm = token.norm
        bare = norm[1:] if len(norm) > 2 and norm[0] in "وف" else norm
        if norm in words or bare in words:
            return True
        if (
            len(bare) > 3
            and bare[0] in "بلك"
            and (bare[1:] in words if step == -1 else bool(prefixes) and bare[1:].startswith(prefixes))
        ):
            return True  # بجامعة عين شمس before, إقرار الكنيست لقانون after: a noun with a preposition on it
        if prefixes and (norm.startswith(prefixes) or bare.startswith(prefixes)):
            return True
        if phrases and (norm in firsts or bare in firsts) and _phrase_at(phrases, tokens, k):
            return True
        if norm in _COMMAS:
            if context.clause:
                return False  # ردا على ذلك، استدعت: a word of the clause before, not the trigger's
            if step == 1 and aside < k:
                aside = _apposition_end(tokens, k)
        left -= token.is_word and k >= aside and k not in dated
        k += step
    return False


_COMMAS = ("،", ",")
APPOSITION_WORDS = 4  # words between two commas passed as an apposition (رئيس الوزراء، نوري المالكي، نداء)


def _apposition_end(tokens: Sequence[Token], k: int) -> int:
    """The comma closing a short run of words opened by the comma at ``k``, else -1."""
    for j in range(k + 1, min(len(tokens), k + APPOSITION_WORDS + 2)):
        if tokens[j].norm in _COMMAS:
            return j if j > k + 1 else -1
        if not tokens[j].is_word:
            return -1
    return -1


def _phrase_at(phrases: tuple[tuple[str, ...], ...], tokens: Sequence[Token], k: int) -> bool:
    for phrase in phrases:
        if k + len(phrase) <= len(tokens) and all(
            tokens[k + n].norm == w or _bare(tokens[k + n].norm) == w for n, w in enumerate(phrase)
        ):
            return True
    return False


def _govern(
    trigger: Trigger,
    tokens: Sequence[Token],
    lex: Lexicon,
    found: Sequence[Trigger] = (),
    dated: frozenset[int] = frozenset(),
) -> Trigger:
    """A noun governed by a light verb a few words before it (``شنت الطائرات غارات``), with no verb
    of ``found`` (the triggers before it) between, nor an indefinite noun (the light verb's own
    object) unless the conjunction joins them; the words of a date between are not counted
    (``يؤدي الوزير فلان الفلاني غدا الخميس زيارة``)."""
    verbs = {t.first for t in found[-3:] if t.verbal}
    nouns = {t.first for t in found[-3:] if not t.verbal and not t.prefix.endswith("ال")}  # not خلال الجلسة
    words = 0
    at_comma: int | None = None  # the words counted when the last comma was crossed
    between: list[str] = []
    k = trigger.first - 1
    while k >= 0 and words < LIGHT_REACH:
        token = tokens[k]
        if not token.is_word:
            if token.norm in QUOTE_CHARS and not between:
                span = range(k - 1, max(-1, k - QUOTED_NAME - 2), -1)
                opening = next((j for j in span if tokens[j].norm in QUOTE_CHARS), -1)
                if opening > 0:
                    k = opening - 1  # قدمت الوزيرة "فلانة" استقالتها: a quoted name ends the subject
                    continue
            after = tokens[k + 1].norm
            if token.norm not in ("،", ",") or (after[:1] == "و" and not lex.named_in_waw(after)):
                break  # ، وتتعلق: a new clause begins after the comma (not ، وزير: a word in و)
            if at_comma is not None and words - at_comma <= APPOSITION_WORDS:
                words = at_comma  # الوزير، فلان الفلاني، زيارة: a name set off by commas, no word of the reach
            at_comma = words
            k -= 1
            continue
        if lex.is_light(token.norm) or lex.is_light(strip_object(token.norm)):
            if token.norm in IMPERSONAL and any(
                masdar_shape(strip_object(w)) and not lex.has("light_nouns", w) for w in between
            ):
                return trigger  # تم تناقله عقب الإفراج: the impersonal verb's act is the nearer noun
            # (not a noun that only carries the act: تم إلقاء القبض، تم إجراء محادثات)
            return Trigger.of(trigger.first, trigger.last, trigger.form, trigger.prefix, trigger.enclitic, k)
        if _had(tokens, k, trigger, lex):  # كان لها اجتماع بنظيرها: كان + لـ has the act, as a light verb
            return Trigger.of(trigger.first, trigger.last, trigger.form, trigger.prefix, trigger.enclitic, k)
        if k == trigger.first - 1 and k > 0 and lex.has("light_nouns", token.norm) and _timed(tokens[k - 1].norm):
            break  # تلقى رسالة قبيل تنفيذ الهجوم: a time's phrase carries the act, not the verb before it
        between.append(token.norm)
        through = k == _right_before(tokens, trigger, lex) and token.norm in _PREP_LISTS  # دخلت ... في مفاوضات
        verb = _fi_light(tokens, k - 1, lex, token.norm) if through else None
        if verb is not None:
            return Trigger.of(trigger.first, trigger.last, trigger.form, trigger.prefix, trigger.enclitic, verb)
        if _of_a_group(tokens, k, lex):
            words += 1  # نفذت مجموعة من المسلحين هجوما: من inside the subject, after a count or a delegation;
            k -= 2 if k + 1 == trigger.first else 1  # أصدر جملة من القرارات: a count of the acts, before them
            continue
        if (
            token.norm in _ON_ONE_S_OWN
            and k > 0
            and k + 1 < trigger.first
            and _owned(tokens[k + 1].text)
            and lex.has("speech_nouns", tokens[k - 1].norm)
        ):
            k -= 1  # في منشور على صفحته، في تغريدة عبر حسابها: where it was written, inside the adjunct
            continue
        if lex.any_of(_NOT_BETWEEN, token.norm) and not lex.has("titles", token.norm):  # والي: a governor, not و + إلى
            adjunct = k < trigger.first - 1 and token.norm in _ADJUNCT_PREPOSITIONS and _closed(tokens, trigger)
            light = _impersonal_before(tokens, k) if adjunct else None
            if light is None and adjunct and trigger.prefix in ("", "ال"):  # ألقت الشرطة في المدينة القبض: past the
                light = _light_past_subject(tokens, k, lex, verbs, LIGHT_REACH - words, dated)  # (not للقبض)
            if light is not None:  # تم خلال الاجتماع الاتفاق: the adjunct between, the act after it
                return Trigger.of(trigger.first, trigger.last, trigger.form, trigger.prefix, trigger.enclitic, light)
            break
        if k in verbs:
            break  # أصدر بيانا ندد فيه بالهجوم: the verb between has the noun, not the light verb before it
        if k in nouns and not trigger.prefix.startswith("و"):
            break  # تعقد اللجنة جلسة مغلقة للتصويت: the light verb's noun is the one before (وقصفا shares it)
        words += k not in dated
        k -= 1
    return trigger


_ADJUNCT_PREPOSITIONS = rule_words("adjunct_prepositions")
_TIME_PREPOSITIONS = rule_words("act_time_prepositions")  # قبيل، بعد، خلال: when, by another act


def _timed(norm: str) -> bool:
    """A preposition of time (قبيل، بعد، خلال) before a light noun: the act is the phrase's."""
    return norm in _TIME_PREPOSITIONS


_WAW_ROOTED = rule_lemmas("waw_rooted_lemmas")  # رد: its و + رد is also ورد (came), whose و is a root's
_SPELT_AS_NOUN = rule_words("reports_spelt_as_nouns")  # كشف، طلب: the verb's letters are its verbal noun's
_ON_ONE_S_OWN = ("علي", "عبر")  # على حسابه، عبر صفحتها: the page or account an adjunct's words were on


def _owned(text: str) -> bool:
    """A noun with its owner's pronoun as written (حسابه، صفحتها; not the ة of a noun)."""
    return len(text) > 4 and text.endswith(("ه", "ها", "هم")) and not text.startswith("ال")


_GROUP_HEADS = rule_words("delegation_heads")  # وفد، بعثة: of the people after من


def _of_a_group(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """من at ``k`` right after a count or a delegation with no article (``عدد من``، ``مجموعة من``،
    ``وفد من``): part of a light verb's subject, the people it counts after it; or, right before the
    act's noun, a count of the acts (``أصدرت جملة من القرارات``), the light verb's object."""
    if tokens[k].norm != "من" or k == 0:
        return False
    head = tokens[k - 1].norm
    if lex.has("quantities", head) or head in _GROUP_HEADS or head in _SERIES:
        return True
    # عددا قياسيا من التحذيرات: a count and its adjective before من
    return k > 1 and (tokens[k - 2].norm in _SERIES or lex.has("quantities", tokens[k - 2].norm)) and _adjective(head)


_SERIES = rule_words("act_series_heads")  # موجة، سلسلة، عددا: a run of acts, the light verb's object


def _adjective(norm: str) -> bool:
    """An indefinite adjective's shape after a count (``قياسيا``، ``كبيرا``، ``جديدة``)."""
    return not norm.startswith("ال") and len(norm) > 3 and norm.endswith(("ا", "ه", "ي"))


def _right_before(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon) -> int:
    """The word right before the act's noun, or before the noun that carries it (``تمكنت الشرطة من
    إلقاء القبض``، ``شرعت في إجراء محادثات``): where the preposition that ties it to its verb stands."""
    before = trigger.first - 1
    if before > 0 and lex.has("light_nouns", tokens[before].norm):
        return before - 1
    return before


_HAVING = rule_words("having_verbs")  # كان، كانت: with لـ, "had"
_NOT_OWNERS = rule_words("not_owner_words")  # لم، لن، لو: particles in ل, no one who had
_NOT_OWNER_STARTS = tuple(rule_words("not_owner_starts"))  # لكن، لدى: with a pronoun too (لكنه، لديها)


def _had(tokens: Sequence[Token], k: int, trigger: Trigger, lex: Lexicon) -> bool:
    """``كان`` at ``k`` with a لـ word right after it (``وكان للوزير``، ``كانت له``) and the
    indefinite noun ``trigger`` after that: what someone had (``اجتماع بنظيره``) is an act done;
    not ل + an act's noun (``كان لعقد قمة``، ``كان لإجراء محادثات``: what for)."""
    if tokens[k].norm not in _HAVING or k + 1 >= trigger.first or trigger.prefix:
        return False
    owner = tokens[k + 1].norm
    if not owner.startswith("ل") or len(owner) < 2 or owner in _NOT_OWNERS or owner.startswith(_NOT_OWNER_STARTS):
        return False  # (not any word in لو، لم، لا: لوزير، لمدير، لأعضاء own)
    rest = owner[2:] if owner.startswith("لل") else owner[1:]
    return not (lex.has("light_nouns", rest) or masdar_shape(rest))


def _closed(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """The words before the noun end a phrase of their own: a definite word (with the article or
    its owner's pronoun: ``على صفحته``), a comma or أمس (not a construct's head, ``في إطار صفقة``,
    nor a demonstrative, ``خلال هذه الزيارات``: the noun would be the adjunct's own)."""
    norm = tokens[trigger.first - 1].norm
    if norm in _DEMONSTRATIVES:
        return False
    return norm.startswith("ال") or norm in _COMMAS or norm == "امس" or _owned(tokens[trigger.first - 1].text)


_DEMONSTRATIVES = rule_words("demonstratives")


def _impersonal_before(tokens: Sequence[Token], k: int) -> int | None:
    """The impersonal light verb (تم، جرى) right before the preposition at ``k``, a comma maybe
    between (``وتم، خلال اللقاء،``): its index. It has no subject, so what the preposition opens
    is an adjunct, and the noun after it the act."""
    j = k - 1
    if j >= 0 and tokens[j].norm in _COMMAS:
        j -= 1
    return j if j >= 0 and tokens[j].norm in IMPERSONAL else None


def _light_past_subject(
    tokens: Sequence[Token], k: int, lex: Lexicon, verbs: set[int], reach: int, dated: frozenset[int] = frozenset()
) -> int | None:
    """A light verb and its subject right before the adjunct preposition at ``k`` (``ألقت الشرطة في
    المدينة القبض``، ``شنت الطائرات خلال الليل غارات``): the verb's index, else None (no subject
    between, or a word that is no part of one; an impersonal verb has none). The words of a date
    (``dated``) are not counted (``وجه الرئيس فلان الفلاني اليوم في تغريدة تهديدا``)."""
    words, j = 0, k - 1
    while j >= 0 and words < min(reach, SUBJECT_WORDS + 1):
        token = tokens[j]
        if token.norm in QUOTE_CHARS:
            j -= 1
            continue  # الرئيس "فلان الفلاني": a name in quotation marks
        if not token.is_word or j in verbs or lex.any_of(_NOT_BETWEEN, token.norm):
            return None
        if lex.is_light(token.norm):
            core = without_conjunction(token.norm)
            core = core[1:] if core[:1] == "س" and len(core) > 3 else core  # سيتم
            return j if j < k - 1 and core not in IMPERSONAL else None  # سيتم تنظيم يوم: no subject
        words += j not in dated
        j -= 1
    return None


SUBJECT_WORDS = 4  # words of a light verb's subject before an adjunct
QUOTED_NAME = 4  # words of a name in quotation marks
_PREP_LISTS = {"في": "fi_light_verbs", "من": "min_light_verbs", "الي": "ila_light_verbs", "علي": "ala_light_verbs"}
PREP_LIGHT_REACH = 8  # words of a subject and dates between such a verb and its preposition
ABLE_REACH = 18  # تمكنت الوحدات الأمنية بمنطقة X من ولاية Y أمس الأربعاء 22 أفريل 2015 من إيقاف


def _fi_light(tokens: Sequence[Token], k: int, lex: Lexicon, preposition: str = "في") -> int | None:
    """The verb that governs a noun through a preposition (``دخلت الحكومة في مفاوضات``, ``تمكنت
    الشرطة من إيقاف``), its subject maybe between, ending at ``k``: its index."""
    name = _PREP_LISTS[preposition]
    able = preposition in ("من", "في")  # تمكن ... من، نجح ... في: a subject, places and a date between, commas too
    for j in range(k, max(-1, k - (ABLE_REACH if able else PREP_LIGHT_REACH)), -1):
        norm = tokens[j].norm
        if lex.has(name, without_conjunction(norm)):
            far = k - j >= PREP_LIGHT_REACH and preposition == "في"
            return None if far and without_conjunction(norm) not in _SUCCEEDED else j
        if not tokens[j].is_word and not tokens[j].number and not (able and norm in ("،", ",")):
            return None
    return None


_SUCCEEDED = rule_words("succeeded_verbs")  # نجح ... في: succeeded in, its subject as long as تمكن's


_OBJECT_PRONOUNS = ("هما", "ها", "هم", "ه")


def written_ta_marbuta(token: Token) -> bool:
    """Whether the word is written with a final ة, which normalises to the pronoun's ه."""
    return "ة" in token.text and token.text.rstrip(_MARKS).endswith("ة")  # most words have no ة: one test in C


def strip_object(word: str) -> str:
    """A normalised verb without its object pronoun (``أجراه`` -> ``أجرا``), or as it was."""
    if not word.endswith(_OBJECT_PRONOUNS):  # most words: one test
        return word
    for enclitic in _OBJECT_PRONOUNS:
        if word.endswith(enclitic) and len(word) > len(enclitic) + 1:
            return word[: -len(enclitic)]
    return word


def reads_as_its_noun(word: str, trigger: Trigger, lex: Lexicon) -> bool:
    """Whether a normalised word read as one form of the trigger's entry reads as that entry's noun
    too (``فتح``: opened, or the opening)."""
    return any(a.form.pos == "noun" and a.form.entry is trigger.entry for a in lex.analyses(word))


def light_after(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon) -> int | None:
    """A relative clause with a light verb after a noun (``الهجوم الذي نفذه``, and after an
    indefinite one with no relative: ``اتصال هاتفي أجراه``, ``هجوم انتحاري نفذه``): the light verb."""
    k = trigger.last + 1
    indefinite = not trigger.prefix.endswith("ال") and not trigger.enclitic
    if indefinite:
        while k < len(tokens) and k <= trigger.last + 2 and _nisba(tokens[k].norm):
            k += 1  # the noun's adjectives
        taken_back = k < len(tokens) and tokens[k].norm != strip_object(tokens[k].norm)
        if taken_back and not written_ta_marbuta(tokens[k]) and _light(tokens[k].norm, lex):
            return k  # أجراه، نفذته: the light verb takes the noun back (قرار إعادة فتح: ة, no pronoun)
        back = k + 1 < len(tokens) and tokens[k + 1].norm in ("بها", "به")
        if back and k < len(tokens) and _light(tokens[k].norm, lex):
            return k  # زيارة رسمية قام بها
    k = trigger.last + 1
    if k < len(tokens) and tokens[k].norm in ("،", ","):
        k += 1  # المحادثات، التي جرت: a relative clause set off by a comma
    if k + 1 < len(tokens) and lex.has("relatives", tokens[k].norm) and _light(tokens[k + 1].norm, lex):
        return k + 1
    return None


def _nisba(norm: str) -> bool:
    """An indefinite adjective of relation (``هاتفي``, ``انتحاري``, ``رسمية``)."""
    return len(norm) > 3 and not norm.startswith("ال") and norm.endswith(("ي", "يه"))


def _light(norm: str, lex: Lexicon) -> bool:
    stem = strip_object(norm)
    if lex.is_light(norm) or lex.is_light(stem):
        return True
    return stem != norm and stem.endswith("ا") and lex.is_light(stem[:-1] + "ي")  # أجراه: ى becomes ا
