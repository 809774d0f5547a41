"""Pass 2, frames: where each trigger stands in its sentence.

Clauses start at strong punctuation, complementizers, relatives and subordinators, and at a
coordinated verb trigger (``وأضاف``). Commas do not split clauses: Arabic news sets them around
appositions and dates (``قال الوزير، الخميس، إن``). For each trigger the pass says whether it is
negated, hypothetical or future, inside a relative clause or a quotation, whether it opens its
sentence (a report with nothing before it continues the current speaker), which tokens a report
verb reports (its complement), and which report, if any, frames it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import compress, count
from operator import not_

from reader.events.lexicon import Lexicon, rule_lemmas, rule_words
from reader.events.mention import Frame, Trigger, new_tuple
from reader.events.morphology import masdar_shape, present_verb_shape, without_conjunction
from reader.text.tokens import SentenceText, Token

QUOTE_OPEN = {"«": "»", "“": "”", '"': '"'}
_CLOSERS = frozenset(QUOTE_OPEN.values())
QUOTE_CHARS = _CLOSERS | frozenset(QUOTE_OPEN)  # every quotation mark, as a token
_QUOTE_MARKS = re.compile("[" + "".join(QUOTE_OPEN) + "]")
_DURING = rule_words("during_words")
HYPOTHETICAL_REACH = 6  # words before a trigger in its clause that can make it hypothetical
REPORTER_REACH = 8  # reports before a trigger whose complement may hold it (a bound on time)
COMPLEMENT_REACH = 16  # tokens between a report verb and the start of what it reports
# the most tokens a report's words run to (a bound on time: the rules read them once per report;
# the longest in the benchmark's 3,861 articles run to 300-325)
CONTENT_REACH = 400
_FUTURE_PREFIXES = ("س", "وس", "فس")


def clause_starts(
    text: SentenceText,
    triggers: Sequence[Trigger],
    lex: Lexicon,
    classes: Sequence[frozenset[str]],
    blocked: frozenset[int] = frozenset(),
) -> tuple[list[int], list[bool]]:
    """The clause number of each token of the sentence, and whether it stands in a relative clause
    (after a relative pronoun, up to the next comma, clause punctuation, complementizer or
    subordinator: ``التي قال فيها``, ``الذي نفذه``). ``classes``: the word lists of each token;
    ``blocked``: the tokens of dates (بعد ظهر اليوم opens no clause of "after")."""
    verbs = {t.first for t in triggers if t.verbal and (t.prefix[:1] in ("و", "ف"))}
    verbs.update(_clause_verbs(text.tokens, text.marks, lex))
    predicates = {t.first for t in triggers if t.verbal and not t.prefix and t.form.tense == "past"}
    first_verb = min((t.first for t in triggers if t.verbal), default=len(text.tokens))
    punctuation = lex.words["clause_punctuation"]
    tokens = text.tokens
    marks = text.marks
    # the tokens that may change a clause or a relative: words in a list that opens a clause, marks
    # and the words after them, verbs; the words between them (most) only extend the runs
    opening = compress(count(), map(not_, map(_CLAUSE_OPENERS.isdisjoint, classes)))  # in C, token by token
    special = sorted({*opening, *marks, *(k + 1 for k in marks), *verbs, *predicates})
    clause = 0
    ids: list[int] = []
    relative: list[bool] = []
    inside = False
    subject_relative = False  # a relative on the noun the sentence opens with, before any verb
    relative_words = 0
    previous_punct = False
    done = 0  # the tokens before this one have their clause
    for at in special:
        if at >= len(tokens):
            break
        if at > done:  # plain words: no punctuation before them (a word after a mark is special)
            ids += [clause] * (at - done)
            relative += [inside] * (at - done)
            relative_words += at - done
        done = at + 1
        token, kinds = tokens[at], classes[at]
        if inside and subject_relative and relative_words >= 2 and at in predicates:
            inside = False  # المحتجون الذين ينتمون إلى الحزب حذروا: the sentence's own verb
            clause += 1
        elif (
            previous_punct
            or at in verbs
            or (kinds and not _CLAUSE_OPENERS.isdisjoint(kinds) and not _day_part(tokens, at, blocked))
        ) and at > 0:
            clause += 1
        ids.append(clause)
        if token.is_word:
            previous_punct = False
            relative_words += 1
            if not kinds:  # most words are in no list
                pass
            elif "relatives" in kinds:
                inside = True
                subject_relative = at < first_verb
                relative_words = 0
            elif not _CLAUSE_BREAKS.isdisjoint(kinds):
                inside = False
        else:
            previous_punct = token.norm in punctuation
            if previous_punct or token.norm in ("،", ","):
                inside = False
        relative.append(inside)
    if len(tokens) > done:
        ids += [clause] * (len(tokens) - done)
        relative += [inside] * (len(tokens) - done)
    return ids, relative


_DAY_PART_AFTER = rule_words("day_part_heads")  # بعد ظهر اليوم، بعد منتصف الليل: a time of day


def _day_part(tokens: Sequence[Token], at: int, blocked: frozenset[int]) -> bool:
    """بعد (or قبل) opening a date's time of day (``بعد ظهر اليوم``): no clause of "after" begins."""
    return at in blocked and at + 1 < len(tokens) and tokens[at + 1].norm in _DAY_PART_AFTER


def _clause_verbs(tokens: Sequence[Token], marks: Sequence[int], lex: Lexicon) -> list[int]:
    """Past verbs the lexicon knows with و/ف after a comma, their definite subject after them, that
    are no trigger there (``، وردت الوزارة نافية``: رد wants على to tell a statement): a clause of
    their own all the same."""
    found = []
    for k in marks:
        verb = k + 1
        if tokens[k].norm not in ("،", ",") or verb + 1 >= len(tokens) or not tokens[verb].is_word:
            continue
        if not tokens[verb + 1].norm.startswith("ال"):
            continue
        if any(
            a.form.pos == "verb" and a.form.tense == "past" and a.prefix in ("و", "ف")
            for a in lex.analyses(tokens[verb].norm)
        ):
            found.append(verb)
    return found


def quoted(tokens: Sequence[Token], marks: Sequence[int]) -> list[bool]:
    """Which tokens stand inside a quotation (« », “ ”, or a pair of straight quotes). ``marks``:
    where the tokens that are no words stand (a quotation mark is one)."""
    quotes = [k for k in marks if tokens[k].norm in QUOTE_CHARS]
    inside = [False] * len(tokens)
    last_closer = {tokens[k].norm: k for k in quotes if tokens[k].norm in _CLOSERS}  # where each closer last stands
    closer: str | None = None
    opened = -1
    for k in quotes:
        norm = tokens[k].norm
        if closer is not None:
            if norm == closer:  # the tokens between the marks are inside, the marks are not
                inside[opened + 1 : k] = [True] * (k - opened - 1)
                closer = None
            continue
        if norm in QUOTE_OPEN and last_closer.get(QUOTE_OPEN[norm], -1) > k:
            closer, opened = QUOTE_OPEN[norm], k
    return inside


def _long_quote(tokens: Sequence[Token], at: int) -> bool:
    """A quotation of several words (what was said), not a quoted name or word (``عن "قلقه"``)."""
    closer = QUOTE_OPEN[tokens[at].norm]
    words = 0
    for k in range(at + 1, len(tokens)):  # (no slice: a copy of the rest of the sentence)
        token = tokens[k]
        if token.norm == closer:
            break
        words += token.is_word
        if words >= 4:
            return True
    return False


def frame_triggers(
    text: SentenceText,
    triggers: Sequence[Trigger],
    lex: Lexicon,
    headline: bool = False,
    blocked: frozenset[int] = frozenset(),
    classes: Sequence[frozenset[str]] | None = None,
    held: frozenset[str] | None = None,
) -> tuple[list[Frame], list[bool], list[int]]:
    """The frame of each trigger, which of them stand inside a quotation, and the clause number
    of every token (``classes``: the word lists of each token; ``held``: all of them together)."""
    tokens = text.tokens
    if classes is None:
        classes = lex.classes_of(text)
    clauses, relative = clause_starts(text, triggers, lex, classes, blocked)
    in_quote = quoted(tokens, text.marks) if _QUOTE_MARKS.search(text.norm) else [False] * len(tokens)
    lead_in = _lead_in(tokens, classes)
    if held is None:
        held = frozenset().union(*classes)  # the word lists the sentence's words are in
    frames: list[Frame] = []
    complements: list[tuple[int, int] | None] = []
    contents: list[tuple[int, int] | None] = []
    media = _media(tokens, triggers)
    reports = frozenset(t.first for n, t in enumerate(triggers) if t.entry.report and n not in media)
    report_indices = [n for n, t in enumerate(triggers) if t.entry.report and n not in media]
    enders = _content_enders(tokens, triggers, in_quote) if report_indices else []
    for n, trigger in enumerate(triggers):
        content, marked = (
            _complement(tokens, triggers, n, classes, in_quote, lex, reports, enders)
            if trigger.entry.report and n not in media and not _told_by_next_verb(triggers, n)
            else (None, False)
        )
        contents.append(content)
        complements.append(content if marked else None)
    last_verb: int | None = None
    for n, trigger in enumerate(triggers):
        reporter = None
        at = bisect_left(report_indices, n)  # the reports before this trigger, the nearest first
        for m in reversed(report_indices[max(0, at - REPORTER_REACH) : at]):
            span = contents[m]
            if span is not None and span[0] <= trigger.first <= span[1]:
                reporter = m
                break
        clause = clauses[trigger.first]
        before = _previous_word(tokens, trigger.first)  # read by the test of mood (and its purpose clause)
        hypothetical = _hypothetical(tokens, trigger, clauses, classes, lex, before, held, blocked)
        future = _future(tokens, trigger, lex)
        modal = _modal(tokens, trigger, before)
        if last_verb is not None and _joined_present(tokens, triggers[last_verb], trigger):
            earlier = frames[last_verb]  # قد يزور باريس ويلتقي نظيره: the joined verb is in the same mood
            hypothetical, future, modal = (
                hypothetical or earlier.hypothetical,
                future or earlier.future,
                modal or earlier.modal,
            )
        fields = (  # Frame's fields in order, named on the right
            clause,  # clause
            _negated(tokens, trigger, lex),  # negated
            hypothetical,  # hypothetical
            future,  # future
            relative[trigger.first],  # relative
            trigger.first <= lead_in,  # opener
            headline,  # headline
            complements[n],  # complement
            contents[n],  # content
            reporter,  # reporter
            _attributive(tokens, trigger, lex, blocked),  # attributive
            _which(tokens, trigger, lex),  # which
            trigger.first > 0 and lex.has("circumstantial_pronouns", tokens[trigger.first - 1].norm),  # circumstantial
            modal,  # modal
        )
        if trigger.verbal:
            last_verb = n  # the verb a later one may be joined to
        frames.append(new_tuple(Frame, fields))  # Frame(*fields) without its Python-level __new__ (one per trigger)
    return frames, [in_quote[t.first] for t in triggers], clauses


def _joined_present(tokens: Sequence[Token], earlier: Trigger, trigger: Trigger) -> bool:
    """A present verb joined by و to the present verb before it in the same stretch of words, no
    mark between (``قد يزور الرئيس باريس ويلتقي نظيره``): one subject, one mood."""
    if not (trigger.verbal and earlier.verbal and trigger.prefix in ("و", "ف")):
        return False
    if trigger.form.tense != "present" or earlier.form.tense != "present":
        return False
    between = tokens[earlier.last + 1 : trigger.first]
    return len(between) <= JOINED_REACH and all(t.is_word for t in between)


JOINED_REACH = 6  # words between two joined verbs of one mood (a subject and an object)


def _modal(tokens: Sequence[Token], trigger: Trigger, before: Token | None) -> bool:
    """A present verb right after a word of what may be or is meant (``قد تطلب``، ``ربما يضيف``،
    ``لكي يعلن``), or after أن that follows what is expected (``من المتوقع أن يعلن``): not done, a
    report's verb too (which other modals further off leave a report)."""
    if before is None or not trigger.verbal or trigger.prefix or trigger.form.tense != "present":
        return False
    if before.norm in _MODALS:
        return True
    k = before.at - 1
    return before.norm == "ان" and k >= 0 and tokens[k].is_word and tokens[k].norm in _EXPECTED


_MODALS = rule_words("modal_words")  # قد، ربما، لكي: right before a present verb, "may", "so as to"
_EXPECTED = rule_words("expectation_words")  # المتوقع، يرتقب: before أن and a present verb, "is expected to"


def _previous_word(tokens: Sequence[Token], at: int) -> Token | None:
    k = at - 1
    while k >= 0 and not tokens[k].is_word:
        if tokens[k].norm not in ("،", ","):
            return None
        k -= 1
    return tokens[k] if k >= 0 else None


def _negated(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon) -> bool:
    if trigger.light is not None and trigger.light < trigger.first:
        light = tokens[trigger.light]  # لم يصدر أي بيان، لم تشن غارات: the light verb is what is negated
        impersonal = _impersonal_before(tokens, light.at)  # لم يتم عقد اجتماع: تم before the light verb
        at = impersonal.at if impersonal is not None else light.at
        return _negated(tokens, trigger._replace(first=at, light=None), lex)
    if _without_before(tokens, trigger.first):
        return True  # دون أن يؤدي ذلك إلى مقتل أحد، دون وقوع إصابات، حال دون التوقيع: it did not happen
    before = _previous_word(tokens, trigger.first)
    if before is not None and before.norm in ("قد", "وقد", "فقد", "لقد"):
        before = _previous_word(tokens, before.at)
    if before is not None and not lex.has("negations", before.norm) and masdar_shape(before.norm):
        impersonal = _impersonal_before(tokens, before.at)  # لم يتم ترتيب جلسة: تم + a verbal noun + the act
        if impersonal is not None:
            before = _previous_word(tokens, impersonal.at)
    elif before is not None and without_conjunction(before.norm) in IMPERSONAL:
        before = _previous_word(tokens, before.at)  # لم يتم منع: تم right before an act read as its verb
    if before is None or not lex.has("negations", before.norm):
        return False
    after = tokens[before.at + 1].norm if before.at + 1 < len(tokens) else ""
    return (before.norm, after) not in _NOT_NEGATION_PAIRS(lex)


WITHOUT_REACH = 5  # words from دون (without) to the act it denies: دون أن يسفر ذلك عن مقتل
_WITHOUT = rule_words("without_words")  # دون، بدون
_WITHOUT_NAMES = rule_words("without_in_names")  # طائرة دون طيار: a drone, nothing denied


def _without_before(tokens: Sequence[Token], first: int) -> bool:
    """دون (without, or حال دون: prevented) before the act in its clause: right before it or its
    verbal noun (``دون وقوع اعتداءات``), or opening a clause with أن (``دون أن يسفر ذلك عن``). Not
    in a name (``طائرة دون طيار``); not past what it governs (``دون رفع الأجور حسب ما قاله``)."""
    for k in range(first - 1, max(-1, first - 1 - WITHOUT_REACH), -1):
        token = tokens[k]
        if not token.is_word or any(c.isdigit() for c in token.norm):
            return False  # a comma or a bracket: another clause; a count (و6 أشهر): another act
        if token.norm in _WITHOUT:
            after = tokens[k + 1].norm if k + 1 < len(tokens) else ""
            return after not in _WITHOUT_NAMES and (first - k <= 2 or after in ("ان", "بان"))
    return False


IMPERSONAL = rule_words("impersonal_verbs")  # تم، جرى: no subject; a light verb after them carries the act


def _impersonal_before(tokens: Sequence[Token], at: int) -> Token | None:
    """The impersonal verb (تم، جرى) right before the word at ``at``, or None."""
    before = _previous_word(tokens, at)
    return before if before is not None and without_conjunction(before.norm) in IMPERSONAL else None


def _NOT_NEGATION_PAIRS(lex: Lexicon) -> set[tuple[str, str]]:
    pairs = getattr(lex, "_not_negation_pairs", None)
    if pairs is None:
        pairs = {(p[0], p[1]) for p in lex.phrases["not_negations"] if len(p) >= 2}
        lex._not_negation_pairs = pairs  # type: ignore[attr-defined]
    return pairs


def _hypothetical(
    tokens: Sequence[Token],
    trigger: Trigger,
    clauses: Sequence[int],
    classes: Sequence[frozenset[str]],
    lex: Lexicon,
    before: Token | None,
    held: frozenset[str] | None = None,
    blocked: frozenset[int] = frozenset(),
) -> bool:
    """``before``: the word before the trigger (``_previous_word``); ``held``: the word lists the
    sentence's words are in (the lists no word is in need no look); ``blocked``: the tokens of dates."""
    if held is None:
        held = frozenset().union(*classes)
    if trigger.entry.report and trigger.verbal:
        reach = 2  # a report is hypothetical only right after its modal (قد يعلن)
    elif trigger.pos == "noun":
        reach = 2 * HYPOTHETICAL_REACH  # ينبغي أن تفرض الحكومة قيودا جديدة: anywhere in its clause
    else:
        reach = HYPOTHETICAL_REACH
    if (
        before is not None
        and before.norm in ("قد", "وقد", "فقد")
        and trigger.verbal
        and trigger.form.tense == "present"
    ):
        return True
    light = trigger.light
    may = light is not None and light > 0 and tokens[light - 1].norm in ("قد", "وقد", "فقد")
    if may and light is not None and tokens[light].norm.startswith(("ي", "تت")):  # not تمكنت، تعرض (past)
        return True  # وقد تتخذ اللجنة قرارا، قد يجري: قد before a present light verb, "may"
    if trigger.pos == "noun" and "prospective_adjectives" in held:
        for after in range(trigger.last + 1, min(len(tokens), trigger.last + 5)):
            if not tokens[after].is_word or after in blocked:
                break  # المحادثات يوم الاثنين المقبل: the date's word, not the talks'
            if "prospective_adjectives" in classes[after]:
                return True  # الحرب المحتملة، هجوم الحكومة المتوقع
    if trigger.pos in ("noun", "participle"):
        purpose = trigger.prefix in ("ل", "ول", "فل", "لل", "ولل") and trigger.light is None
        if purpose and not _lam_complement(before, lex):
            return True  # لزيارة، لمنع، للتنديد، لمطالبة: a purpose
    second = trigger.prefix[:1] == "و" and before is not None and _masdar_like(tokens, trigger)
    if second and before is not None and purpose_masdar(before.norm):
        return True  # للتشاور وبحث العلاقات: a second purpose (بحث read as bahth), coordinated with the first
    if "planned_words" in held and _was_planned(tokens, trigger, classes, lex):
        return True  # وكان من المقرر أن تصل يوم 31: a plan told as past, not done
    if trigger.pos == "noun" and before is not None and before.norm in _DURING and not _by_means(tokens, trigger):
        return False  # دعا نظيره خلال لقاء جمعهما: the setting of the call, not what it calls for
    if _obliged(tokens, trigger):
        return True  # على الحكومة أن تفتح تحقيقا: what someone is to do, not done
    if "hypothetical" not in held:
        return False  # no modal in the sentence (most)
    words = 0
    k = trigger.first - 1
    clause = clauses[trigger.first]
    # a past verb after و (حاول اقتحام المبنى واعتقلته الشرطة) tells what was done, unless on a condition
    done_after = trigger.verbal and trigger.form.tense == "past" and trigger.prefix[:1] in ("و", "ف")
    while k >= 0 and words < reach:
        token = tokens[k]
        if clauses[k] != clause:
            opener = tokens[k + 1]
            if not (
                _linking(token.norm, classes[k]) or _linking(opener.norm, classes[k + 1]) or _not_to(tokens, k + 1)
            ):
                break
            clause = clauses[k]  # يمكن أن تهاجم: the modal's clause is the trigger's now
        if token.norm in ("،", ",") and tokens[k + 1].norm in _RESULT_OPENERS:
            break  # حاولت الشرطة تفريقها، مما أدى إلى اشتباكات: what came of the attempt happened
        if token.is_word:
            named = k > 0 and tokens[k - 1].norm in QUOTE_OPEN  # صحيفة "لو موند": a name
            if "hypothetical" in classes[k] and token.norm not in ("قد", "وقد", "فقد") and not named:
                return not (done_after and without_conjunction(token.norm) not in _CONDITIONAL)
            if token.norm[:1] in ("و", "ف") and without_conjunction(token.norm) in IMPERSONAL:
                done_after = True  # حاول اقتحام المبنى وتم اعتقاله: a new clause, told as done
            words += 1
        k -= 1
    return False


_ON = rule_words("obliging_on")  # على: "on X (it is) to do", X's duty
_ON_PRONOUNS = rule_words("obliging_on_pronouns")  # عليه، عليها: the same, on a pronoun
_UNTIL = rule_words("until_words")  # حتى، لحين before a present: until it is done, or so that


def _obliged(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """A duty told with على, or an act awaited after حتى, nothing done: ``على الحكومة أن تفتح
    تحقيقا``, ``وعلى المجتمع الدولي أن يفرض``, ``وعليها أن تقدم``, ``حتى تفتح الحكومة تحقيقا``. The
    act's verb (or its light verb) is a present right after حتى or أن; before أن, على with a
    pronoun, or على and one or two definite words (a party, its adjective)."""
    verb = trigger.light if trigger.light is not None else trigger.first
    if verb < 1 or not _a_present(tokens[verb].norm):
        return False
    if without_conjunction(tokens[verb - 1].norm) in _UNTIL:
        return True  # حتى تفتح الحكومة تحقيقا: until (or so that) it does; not done yet
    if verb < 2 or tokens[verb - 1].norm != "ان":
        return False
    if without_conjunction(tokens[verb - 2].norm) in _ON_PRONOUNS:
        return True
    for on in (verb - 3, verb - 4):
        if on < 0 or without_conjunction(tokens[on].norm) not in _ON:
            continue
        party = tokens[on + 1 : verb - 1]
        return all(t.is_word and t.norm.startswith("ال") and len(t.norm) > 3 for t in party)
    return False


_CONDITIONAL = rule_words("conditional_words")  # إذا، لو: past verbs after them are not done either


_RESULT_OPENERS = rule_words("result_openers")  # after a comma: what the clause before led to


def purpose_before(tokens: Sequence[Token], first: int) -> bool:
    """A purpose's head right before the act (``من أجل``، ``بهدف``، ``بغية``): the act is aimed at."""
    before = tokens[first - 1].norm
    if before == "اجل":
        return first >= 2 and tokens[first - 2].norm in ("من", "ومن")
    return before in _PURPOSE_HEADS


_PURPOSE_HEADS = rule_words("purpose_heads")  # بهدف، بغية: in order to


def _masdar_like(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """A noun, or a verb of three letters that may be read as its verbal noun (``وبحث``: also bahth)."""
    return trigger.pos == "noun" or (trigger.verbal and len(without_conjunction(tokens[trigger.first].norm)) == 3)


def _by_means(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """``من`` two words before the trigger (``من خلال إرسال``): by means of."""
    return trigger.first >= 2 and tokens[trigger.first - 2].norm == "من"


def purpose_masdar(norm: str) -> bool:
    """A verbal noun after ل of purpose (للتشاور، لمناقشة، لبحث)."""
    if norm.startswith("لل"):
        return masdar_shape(norm[2:])
    return norm[:1] == "ل" and masdar_shape(norm[1:])


PLAN_REACH = 8  # words from كان من المقرر to the act it planned


def _was_planned(tokens: Sequence[Token], trigger: Trigger, classes: Sequence[frozenset[str]], lex: Lexicon) -> bool:
    """An act that was to happen (``كان من المقرر أن``، ``كان مقررا أن``): a plan told in the past."""
    words = 0
    for k in range(trigger.first - 1, 0, -1):
        if not tokens[k].is_word:
            continue
        if "planned_words" in classes[k]:
            j = k - 1 if tokens[k - 1].norm != "من" else k - 2
            return j >= 0 and lex.has("past_auxiliaries", tokens[j].norm)
        words += 1
        if words > PLAN_REACH:
            break
    return False


def _lam_complement(before: Token | None, lex: Lexicon) -> bool:
    """ل after a word that takes it as its complement (``تبادل لإطلاق النار``, ``تعرضت لهجوم``):
    the act itself, not a purpose (``before``: the word before it)."""
    return before is not None and lex.has("lam_complement_heads", before.norm)


def _not_to(tokens: Sequence[Token], at: int) -> bool:
    """ألا (أن لا) before a present verb (``ينبغي ألا تفرض``): "that ... not", tied to the modal before
    it like أن; not إلا ("but", ``إلا أنه``), which no present verb follows."""
    return tokens[at].norm == "الا" and at + 1 < len(tokens) and _a_present(tokens[at + 1].norm)


def _a_present(norm: str) -> bool:
    """A present verb's shape, three letters at least (``يقر``، ``تفرض``): after أن، ألا، حتى."""
    return norm[:1] in ("ي", "ت") and len(norm) >= 3


def _linking(norm: str, kinds: frozenset[str]) -> bool:
    """A complementizer that ties a clause to the modal before it (يمكن أن، يجب أن)."""
    return norm in ("ان", "بان", "لان") or ("complementizers" in kinds and len(norm) <= 3)


def _future(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon) -> bool:
    if trigger.prefix.startswith(_FUTURE_PREFIXES) or trigger.prefix in ("س", "وس", "فس"):
        return True
    if trigger.light is not None and trigger.light < trigger.first:
        light = tokens[trigger.light].norm  # سيتم اقتحامها، ستشن غارات: the light verb's future
        bare = without_conjunction(light)
        if bare[:1] == "س" and bare[1:2] in ("ي", "ت", "ن"):
            return True
        if _marked_future(tokens, trigger.light, lex):
            return True  # من المنتظر أن يتم الإعلان: the light verb's marker
    return _marked_future(tokens, trigger.first, lex)


def _marked_future(tokens: Sequence[Token], at: int, lex: Lexicon) -> bool:
    """A future marker right before token ``at``, or before the أن that opens it (``من المقرر أن``)."""
    before = _previous_word(tokens, at)
    if before is not None and before.norm in ("ان", "وان"):
        before = _previous_word(tokens, before.at)
    return before is not None and (before.norm in ("سوف", "لن", "ولن") or lex.has("future_markers", before.norm))


def _lead_in(tokens: Sequence[Token], classes: Sequence[frozenset[str]]) -> int:
    """The index of the sentence's first word that is no particle, auxiliary or adverb: a trigger
    up to there opens its sentence (``وقد أكد``, ``من جهته، قال``)."""
    for token in tokens:
        if not token.is_word:
            continue
        norm = token.norm
        if not _LEAD_IN.isdisjoint(classes[token.at]) or norm in _LEAD_IN_WORDS:
            continue
        return token.at
    return len(tokens)


_LEAD_IN = frozenset({"particles", "past_auxiliaries"})
_LEAD_IN_WORDS = rule_words("lead_in_words")
_NO_CLASSES: frozenset[str] = frozenset()


_FUNCTION_LISTS = frozenset(
    {
        "particles",
        "past_auxiliaries",
        "complementizers",
        "relatives",
        "subordinators",
        "negations",
        "prepositions",
        "hypothetical",
        "not_actors",
        "future_markers",
    }
)
_CLAUSE_OPENERS = frozenset({"complementizers", "relatives", "subordinators"})
_CLAUSE_BREAKS = frozenset({"complementizers", "subordinators"})


def function_word(norm: str, lex: Lexicon) -> bool:
    """A closed-class word: a particle, preposition, complementizer, negation... (no content)."""
    return lex.any_of(_FUNCTION_LISTS, norm)


def _media(tokens: Sequence[Token], triggers: Sequence[Trigger]) -> frozenset[int]:
    """Speech nouns after في that tell how an earlier report verb's speaker spoke (``نفى المسؤول، في
    تصريح لإذاعة محلية، الاتهامات``): the verb reports what follows, not the noun."""
    media: set[int] = set()
    spoken = False
    for n, trigger in enumerate(triggers):
        if trigger.entry.report and trigger.verbal:
            spoken = True
        elif spoken and trigger.entry.report and trigger.pos == "noun" and _after_fi(tokens, trigger):
            media.add(n)
    return frozenset(media)


def _after_fi(tokens: Sequence[Token], trigger: Trigger) -> bool:
    return trigger.first > 0 and tokens[trigger.first - 1].norm == "في" and not trigger.prefix


def _what_of(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """بما، عما... at ``k``; or ما as what another word takes (``منتقدا ما اعتبره``، ``احتجاجا على ما
    اعتبروه``، ``بسبب ما وصفه``، ``وأدان الحزب ما اعتبره``): its object, not a clause of its own
    (``وهو ما اعتبره التجار قرارا مجحفا``: how the traders took it, told)."""
    norm = tokens[k].norm
    if lex.has("what_of", norm) and norm != "فيما":
        return True
    if norm not in ("ما", "وما") or k == 0 or not tokens[k - 1].is_word:
        return False  # وما اعتبره: one more thing the verb before takes
    return without_conjunction(tokens[k - 1].norm) not in _WHICH_OPENERS


def _which(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon) -> bool:
    """A present verb right after ما/مما that is no attribution (``ما يؤكد``، ``مما يشير``, not ``وفق ما
    يقول``) and has no object pronoun (``وهو ما نفته`` tells who denied)."""
    if trigger.first == 0:
        return False
    if lex.has("calling_lemmas", trigger.entry.lemma) and _what_of(tokens, trigger.first - 1, lex):
        return True  # ندد بما وصفه تضييقا: how the speaker calls what they condemn, no act of its own
    if trigger.form.tense != "present" or trigger.enclitic:
        return False
    if tokens[trigger.first - 1].norm not in ("ما", "مما", "وما", "فما"):
        return False
    before = tokens[trigger.first - 2].norm if trigger.first > 1 else ""
    return before not in ("وفق", "حسب", "بحسب", "وفقا", "علي", "مثل", "طبق")


_DRAFTS = rule_words("draft_nouns")
_WHICH_OPENERS = rule_words("which_openers")  # وهو ما، وهذا ما: a clause of its own, told of someone


DESCRIPTION_REACH = 5  # words (dates not counted) back from a verb after و to the verb of the description before it


def _attributive(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon, blocked: frozenset[int]) -> bool:
    """A verb right after an indefinite noun that is no topic of its own describes it (``بعد تبني
    قانون يعتبر``): walking back over the noun phrase reaches a preposition or another trigger."""
    if not trigger.verbal or trigger.first == 0:
        return False
    if trigger.prefix[:1] in ("و", "ف"):
        return _goes_on_describing(tokens, trigger, lex, blocked)
    if trigger.entry.report and trigger.last + 1 < len(tokens) and lex.has("in_which", tokens[trigger.last + 1].norm):
        # تصريحات اتهم فيها الحكام: what the statement said, told by its speaker; دعوى تطالب فيها بتعويض:
        # what the document asks, with no speaker after فيها
        asks = trigger.type == "statement" and trigger.form.tense == "present"  # not تتهمه فيها: an accusation
        return asks and _no_subject_after(tokens, trigger.last + 2, lex)
    before = tokens[trigger.first - 1]
    norm = before.norm
    if trigger.type == "attack" and not trigger.prefix and acts_before_comma(tokens, trigger.first, lex):
        return True  # غارات جوية بطائرات حربية، قصفت: what the strikes did, told of them
    if trigger.first - 1 in blocked or not before.is_word or function_word(norm, lex) or norm.startswith(("ال", "لل")):
        return False
    if lex.has("side_phrases", norm):
        return False  # من جهته أكد: on his part, he said
    if not trigger.enclitic and opening_speech_setting(tokens, trigger.first, lex):
        return False  # وفي بيان غاضب هاجم الحزب القرار: where the main verb's words were said
    if _possessed_noun(before, lex) and _after_relative(tokens, trigger.first, lex):
        return False  # الذي قتل جاره اعتقلته الشرطة: the relative clause ends on a possessed noun, then the verb
    if before.number:
        return True  # 63 شخصا قتلوا، 7 فجروا
    if trigger.enclitic and trigger.form.tense == "past" and not trigger.entry.report:
        return True  # قذيفة هاون أطلقتها الميليشيات: its pronoun is the noun before
    k = trigger.first - 2
    if k < 0 or not tokens[k].is_word:
        return False
    if trigger.entry.report and tokens[k].norm in _DRAFTS:
        return True  # مشروع قرار يدعو: what a draft says, no one speaking yet
    norm = tokens[k].norm
    if norm in ("علي", "عمر", "حسن") and not tokens[k + 1].norm.startswith("ال"):
        return False  # علي خامنئي: a name, not the preposition على
    if lex.has("prepositions", norm):
        # وخلال كلمته أكد الرئيس، وفي تصريحه قال: a possessed noun is definite, no verb describes it
        # (unless the trigger reads as a noun too: من بينها حث الموظفين)
        return not (
            _possessed_noun(before, lex) and not trigger.prefix and _only_a_verb(tokens[trigger.first].norm, lex)
        )
    return any(a.form.pos == "noun" for a in lex.analyses(norm))  # بعد تبني قانون يعتبر


ACTS_COMMA_REACH = 6  # words back from a comma to the indefinite act's noun a verb after it describes


def acts_before_comma(tokens: Sequence[Token], verb: int, lex: Lexicon) -> bool:
    """A comma right before the verb at ``verb`` closes a phrase holding an indefinite noun of
    attacks (``غارات جوية عنيفة بطائرات حربية، قصفت``): the verb describes those attacks."""
    comma = verb - 1
    if comma < 1 or tokens[comma].norm not in ("،", ","):
        return False
    for k in range(comma - 1, max(-1, comma - 1 - ACTS_COMMA_REACH), -1):
        if not tokens[k].is_word:
            return False
        analyses = lex.analyses(tokens[k].norm)
        if any(a.form.pos == "noun" and a.form.entry.type == "attack" for a in analyses):
            return all(not a.prefix.endswith("ال") and not a.enclitic for a in analyses)
    return False


SETTING_ADJECTIVES = 2  # adjectives between a speech's noun and the verb it sets (بيان شديد اللهجة)


def opening_speech_setting(tokens: Sequence[Token], at: int, lex: Lexicon) -> bool:
    """A preposition opening the sentence and a speech's noun (with an adjective or two) right
    before the verb at ``at`` (``وفي بيان غاضب هاجم``، ``وفي تصريح قال``): the setting of the
    verb, which opens the main clause; a verb with the noun's pronoun (``في بيان نشرته``) describes it."""
    if at < 2 or not (lex.has("prepositions", tokens[0].norm) or lex.has("prepositions", tokens[1].norm)):
        return False  # (most sentences open with no preposition)
    j = at - 1
    while j > 1 and at - 1 - j < SETTING_ADJECTIVES and not lex.has("speech_nouns", tokens[j].norm):
        if not tokens[j].is_word or tokens[j].norm.startswith(("ال", "لل")) or lex.analyses(tokens[j].norm):
            return False
        j -= 1
    if not lex.has("speech_nouns", tokens[j].norm):
        return False
    k = j - 1
    opening = k == 0 or (k == 1 and tokens[0].norm in ("و", "ف"))
    return opening and lex.has("prepositions", tokens[k].norm)


_PRONOUN_ENDINGS = ("هما", "هم", "هن", "ها", "ه")  # as written (a noun's ة is not ه), the longest first
_NOT_PRONOUN_ENDINGS = ("يه", "اه", "وه")  # توجيه، اتجاه: a noun's own ه (ة is written ة)
RELATIVE_REACH = 6  # tokens back to the relative pronoun of a clause that a verb may follow


def _possessed_noun(token: Token, lex: Lexicon) -> bool:
    """A noun with a possessive pronoun, as written (``كلمته``، ``زيارتها``، ``تصريحاتهم``; not
    ``توجيه``, whose ه is its own, nor ``بينها``, a preposition's)."""
    text, norm = token.text, token.norm
    for ending in _PRONOUN_ENDINGS:
        if text.endswith(ending) and len(text) - len(ending) >= 3:
            if ending == "ه" and text.endswith(_NOT_PRONOUN_ENDINGS):
                return False
            return not function_word(norm[: -len(ending)], lex)
    return False


def _only_a_verb(norm: str, lex: Lexicon) -> bool:
    """The word reads as no noun of the lexicon (``أكد``، ``قال``; not ``طلب``، ``حكم``)."""
    return not any(a.form.pos == "noun" for a in lex.analyses(norm))


def _after_relative(tokens: Sequence[Token], at: int, lex: Lexicon) -> bool:
    """A relative pronoun a few words before ``at``, with no punctuation between."""
    for k in range(at - 1, max(-1, at - 1 - RELATIVE_REACH), -1):
        if not tokens[k].is_word:
            return False
        if lex.has("relatives", tokens[k].norm):
            return True
    return False


def _no_subject_after(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """What follows ``فيها`` at ``k`` is the request itself (``بتعويض``، ``أن``), not a speaker."""
    if k >= len(tokens) or not tokens[k].is_word:
        return True
    norm = tokens[k].norm
    return norm[:1] == "ب" or lex.has("complementizers", norm) or lex.has("prepositions", norm)


def _goes_on_describing(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon, blocked: frozenset[int]) -> bool:
    """A present verb after و that goes on with a description (``دعاوى تتعلق بالحرب وتطالب``): the
    verb before it in its clause describes the noun before that one."""
    if trigger.form.tense != "present":
        return False
    words = 0
    for k in range(trigger.first - 1, -1, -1):
        token = tokens[k]
        if k in blocked or token.norm in _COMMAS:
            continue  # دعاوى ضد الشركة، تتعلق بحادث عام 2015، وتطالب: a date and commas between
        if not token.is_word or lex.has("complementizers", token.norm) or words == DESCRIPTION_REACH:
            return False
        words += 1
        if not present_verb_shape(token.norm) or k == 0:
            continue
        j = k - 1 if tokens[k - 1].norm not in _COMMAS else k - 2  # the noun described, maybe before a comma
        if j >= 0 and tokens[j].is_word and (j < k - 1 or not tokens[j].norm.startswith("ال")):
            return not function_word(tokens[j].norm, lex) and j not in blocked
    return False


_COMMAS = frozenset({"،", ","})


def attributing(tokens: Sequence[Token], at: int, lex: Lexicon) -> bool:
    """Whether the report at ``at`` attributes what its sentence told before it (``حسبما أعلن``،
    ``وفق ما أعلن``، ``كما قال الوزير``)."""
    if attributing_only(tokens, at):
        return True
    before = [t.norm for t in tokens[max(0, at - 3) : at] if t.is_word]
    if not before or before[-1] not in ("كما", "وكما"):
        return False
    following = [t.norm for t in tokens[at + 1 : at + 12]]  # كما قال الوزير (as), not كما أعلن أن (also)
    return not any(lex.has("complementizers", w) for w in following)


def attributing_only(tokens: Sequence[Token], at: int) -> bool:
    """``حسبما``، ``وفق ما``، ``وفقا لما`` before the report at ``at``: it can only attribute (كما may
    also mean "also")."""
    before = [t.norm for t in tokens[max(0, at - 3) : at] if t.is_word]
    if not before:
        return False
    last = before[-1]
    if last in ("حسبما", "بحسبما"):
        return True
    if last == "لما" and len(before) > 1 and before[-2] in ("وفقا", "طبقا", "استنادا"):
        return True  # وفقا لما نقلته الوكالة
    return last == "ما" and len(before) > 1 and before[-2] in ("وفق", "حسب", "بحسب", "وفقا", "علي", "مثل")


_ALA_REPORTS = rule_lemmas("ala_report_lemmas")  # reports that take على (أكد، بعد ذلك، على أن)


def _proviso(tokens: Sequence[Token], at: int) -> bool:
    """``، على أن`` at ``at``: a condition added after a comma."""
    return at >= 2 and tokens[at - 1].norm == "علي" and tokens[at - 2].norm in ("،", ",")


def _told_by_next_verb(triggers: Sequence[Trigger], n: int) -> bool:
    """A report's noun with its owner's pronoun right before a report verb (``وفي تصريحه قال الوزير
    إن``، ``وخلال كلمته أكد``): where the words were said; the verb reports them, not the noun (not
    ``بلاغا نفت فيه``: a verb that describes the noun)."""
    trigger = triggers[n]
    following = triggers[n + 1] if n + 1 < len(triggers) else None
    return (
        trigger.pos == "noun"
        and bool(trigger.enclitic)
        and following is not None
        and following.first == trigger.last + 1
        and following.verbal
        and following.entry.report
    )


def _complement(
    tokens: Sequence[Token],
    triggers: Sequence[Trigger],
    n: int,
    classes: Sequence[frozenset[str]],
    in_quote: Sequence[bool],
    lex: Lexicon,
    reports: frozenset[int],
    enders: Sequence[int],
) -> tuple[tuple[int, int], bool]:
    """The tokens a report verb reports: from its complementizer (or colon, or quotation, or right
    after it) to the next report of the sentence that may end it (``enders``), or the sentence's
    end, at most ``CONTENT_REACH`` tokens; and whether a complementizer, colon or quotation marks its start."""
    trigger = triggers[n]
    start = trigger.last + 1
    marked = False
    # an act's noun in the accusative (قرارا، اتفاقا): the object, as a subject or a genitive is not
    reach = min(len(tokens), trigger.last + 1 + COMPLEMENT_REACH)  # the triggers past it are never looked at
    acts: set[int] = set()
    for m in range(n + 1, len(triggers)):  # (a loop: mypyc would build a generator's whole list first)
        later = triggers[m]
        if later.first >= reach:
            break
        if (
            later.pos == "noun"
            and not later.entry.report
            and not later.prefix
            and tokens[later.last].norm.endswith("ا")
        ):
            acts.add(later.first)
    for k in range(trigger.last + 1, reach):
        if k in reports:
            break  # أعرب عن قلقه، معتبرا أنه: the complementizer belongs to the next report
        norm = tokens[k].norm
        opens_quote = norm in QUOTE_OPEN and k + 1 < len(tokens) and in_quote[k + 1] and not in_quote[k]
        if opens_quote and trigger.entry.announces and not acts.isdisjoint(range(trigger.last + 1, k)):
            break  # أعلن الحاكم قرارا مماثلا "نظرا لـ...": the act announced comes first, the quote after it
        if "complementizers" in classes[k] and trigger.entry.lemma not in _ALA_REPORTS and _proviso(tokens, k):
            break  # أعلنت فتح تحقيق، على أن تعلن نتائجه: "provided that", no complement of the report
        if "complementizers" in classes[k] or norm == ":" or (opens_quote and _long_quote(tokens, k)):
            start = k
            marked = True
            break
    end = min(len(tokens), start + CONTENT_REACH) - 1
    for at in range(bisect_right(enders, n), len(enders)):  # (not islice: it steps over those before)
        m = enders[at]
        if triggers[m].first > end:
            break
        if triggers[m].first > start:
            end = triggers[m].first - 1
            break
    return (start, end), marked


def _content_enders(tokens: Sequence[Token], triggers: Sequence[Trigger], in_quote: Sequence[bool]) -> list[int]:
    """The reports, in order, that end the words of a report before them: outside a quotation,
    joined by و or ف, a participle, or a report that attributes (``حسبما أعلن``)."""
    return [
        m
        for m, later in enumerate(triggers)
        if later.entry.report
        and not in_quote[later.first]
        and (later.prefix[:1] in ("و", "ف") or later.pos == "participle" or attributing_only(tokens, later.first))
    ]
