"""Pass 1, triggers: the words of a sentence that name an event, each read as one lexicon form.

A word may have several readings (``قتل`` verb, passive or noun; ``أطلق`` fire or release); a
reading holds when its entry's ``requires`` context is there and its ``excludes`` context is not.
Clitics decide between a verb and a noun (a preposition or the article make a noun). A noun
right after a light verb (``شن غارات``, ``قام بزيارة``, ``تم اعتقال``) is governed by it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.events.lexicon import Analysis, Context, Lexicon
from reader.events.mention import Trigger
from reader.text.tokens import SentenceText, Token

LIGHT_REACH = 8  # words between a light verb and the noun it governs


def find_triggers(text: SentenceText, lex: Lexicon) -> list[Trigger]:
    """The triggers of one sentence, in order, one per word (a noun of several words spans them)."""
    tokens = text.tokens
    found: list[Trigger] = []
    skip_to = -1
    for token in tokens:
        if token.at <= skip_to or not token.is_word or token.number:
            continue
        analyses = lex.analyses(token.norm)
        if not analyses or lex.has("not_triggers", token.norm):
            continue
        after_preposition = token.at > 0 and lex.has("prepositions", tokens[token.at - 1].norm)
        if token.text.rstrip(_MARKS).endswith("ة"):  # وزارة is no زاره, قبضة no قبض+ه: ة is no pronoun
            analyses = tuple(a for a in analyses if a.enclitic != "ه")
        after_verb = bool(found) and found[-1].verbal and found[-1].last == token.at - 1
        trigger = _choose(analyses, tokens, token.at, after_preposition or after_verb)
        if trigger is None:
            continue
        if trigger.pos == "noun":
            trigger = _govern(trigger, tokens, lex)
        previous = found[-1] if found else None
        cognate = next(
            (
                t
                for t in reversed(found)
                if t.verbal and t.entry.lemma == trigger.entry.lemma and trigger.first - t.last <= 8
            ),
            None,
        )
        if cognate is not None and token.norm.endswith("ا") and not trigger.prefix:
            skip_to = trigger.last
            continue  # رفض رفضا قاطعا، نفى نفيا: the verb's own noun, no second event
        if (
            previous is not None
            and previous.pos == "noun"
            and trigger.pos == "noun"
            and previous.last + 1 == trigger.first
            and (previous.type == trigger.type or not (previous.prefix.endswith("ال") or previous.enclitic))
        ):
            found[-1] = Trigger(
                previous.first, trigger.last, previous.form, previous.prefix, previous.enclitic, previous.light
            )  # اتفاق تهدئة, ضربات جوية: one noun
        else:
            found.append(trigger)
        skip_to = found[-1].last
    return found


_MARKS = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0640"


def _choose(analyses: Sequence[Analysis], tokens: Sequence[Token], at: int, after_preposition: bool) -> Trigger | None:
    """The reading of the word at ``at`` that its context allows; verbs first unless clitics say noun
    (no verb follows a preposition, nor, unless nothing else reads it, another verb: أعلن قطع)."""
    readings: list[Trigger] = []
    for analysis in analyses:
        form = analysis.form
        if form.pos in ("verb", "passive") and "ل" in analysis.prefix and form.tense != "present":
            continue  # ل before a verb only in ليقول
        last: int | None = _rest_matches(form.rest, tokens, at) if form.rest else at
        if last is None:
            continue
        if not _allowed(form.entry.requires, form.entry.excludes, tokens, at, last):
            continue
        readings.append(Trigger(at, last, form, analysis.prefix, analysis.enclitic))
    if after_preposition:
        nominal = [r for r in readings if r.pos not in ("verb", "passive")]
        if nominal or any(r.prefix for r in readings):
            readings = nominal
    if not readings:
        return None
    nounish = any(r.prefix.endswith(("ال", "ب", "ل", "ك")) for r in readings if r.pos == "noun")
    order = {"verb": 0, "passive": 1, "participle": 2, "noun": 3}
    if nounish:
        order = {"noun": 0, "participle": 1, "verb": 2, "passive": 3}
    readings.sort(key=lambda r: (-(r.last - r.first), order[r.pos]))
    return readings[0]


def _rest_matches(rest: tuple[str, ...], tokens: Sequence[Token], at: int) -> int | None:
    """The last token of a noun of several words whose first word is at ``at``, or None."""
    k = at
    for word in rest:
        k += 1
        if k >= len(tokens) or (_bare(tokens[k].norm) != word and tokens[k].norm != word):
            return None
    return k


def _window(tokens: Sequence[Token], first: int, last: int, side: str, size: int) -> list[int]:
    """The tokens within ``size`` words of a trigger on ``side``; punctuation in between is
    included but not counted."""
    out: list[int] = []
    if side in ("after", "both"):
        words, k = 0, last + 1
        while k < len(tokens) and words < size:
            out.append(k)
            words += tokens[k].is_word
            k += 1
    if side in ("before", "both"):
        words, k = 0, first - 1
        while k >= 0 and words < size:
            out.append(k)
            words += tokens[k].is_word
            k -= 1
    return out


def _bare(word: str) -> str:
    return word[1:] if len(word) > 2 and word[0] in "وف" else word


def _allowed(
    requires: Sequence[Context], excludes: Sequence[Context], tokens: Sequence[Token], first: int, last: int
) -> bool:
    if not all(near(c, tokens, first, last) for c in requires):
        return False
    return not any(near(c, tokens, first, last) for c in excludes)


def near(context: Context, tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether one of ``context``'s words stands within its window on its side of the trigger."""
    for k in _window(tokens, first, last, context.side, context.window):
        norm = tokens[k].norm
        if norm in context.words or _bare(norm) in context.words:
            return True
        if any(norm.startswith(p) or _bare(norm).startswith(p) for p in context.prefixes):
            return True
        for phrase in context.phrases:
            if k + len(phrase) <= len(tokens) and all(
                tokens[k + n].norm == w or _bare(tokens[k + n].norm) == w for n, w in enumerate(phrase)
            ):
                return True
    return False


def _govern(trigger: Trigger, tokens: Sequence[Token], lex: Lexicon) -> Trigger:
    """A noun governed by a light verb a few words before it (``شنت الطائرات غارات``)."""
    words = 0
    k = trigger.first - 1
    while k >= 0 and words < LIGHT_REACH:
        token = tokens[k]
        if not token.is_word:
            if token.norm not in ("،", ","):
                break
            k -= 1
            continue
        if lex.is_light(token.norm) or lex.is_light(_strip_object(token.norm)):
            return Trigger(trigger.first, trigger.last, trigger.form, trigger.prefix, trigger.enclitic, k)
        if any(lex.has(name, token.norm) for name in ("prepositions", "subordinators", "complementizers", "relatives")):
            break
        words += 1
        k -= 1
    return trigger


def _strip_object(word: str) -> str:
    for enclitic in ("هما", "ها", "هم", "ه"):
        if word.endswith(enclitic) and len(word) > len(enclitic) + 1:
            return word[: -len(enclitic)]
    return word


def light_after(tokens: Sequence[Token], trigger: Trigger, lex: Lexicon) -> int | None:
    """A relative clause with a light verb after a noun (``الهجوم الذي نفذه``): the light verb."""
    k = trigger.last + 1
    if k + 1 < len(tokens) and lex.has("relatives", tokens[k].norm) and _light(tokens[k + 1].norm, lex):
        return k + 1
    return None


def _light(norm: str, lex: Lexicon) -> bool:
    return lex.is_light(norm) or lex.is_light(_strip_object(norm))
