"""Trigger mentions in one sentence: lexicon matches qualified by their context.

A mention is one trigger occurrence. Context rules, all driven by the lexicon's data:
``near`` and ``retype`` conditions; attributions (حسبما أوضحت، كما يقول) and set phrases
(يذكر أن) are not events; a light verb (أجرى، عقد، تم) hands the event to the noun it governs
(أجرى اتصالا); a verb of announcing whose object is an act (أعلن قطع العلاقات) is that act
alone, and so is an act announced with ``أنه`` or an institution's official's act; what a warning
warns of, what a denial denies, negated verbs and descriptions (``بأنه``, ``ينص على``) are not
events. Nouns are *weak* (they only refer back to an event told elsewhere) when definite and
not governed, announced or dated; after a demonstrative (``هذه الزيارة``) they always are.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from reader.events.actors import MAX_WORDS as SUBJECT_WORDS
from reader.events.actors import subject_end
from reader.events.lexicon import PHRASE, Entry, Lexicon, Reading
from reader.events.tokens import MARKS as _MARKS
from reader.events.tokens import Tokens
from reader.model import Timex

LIGHT_REACH = 8  # words between a light verb and the noun it governs (no preposition between)
SUBJECT_REACH = 12  # words back from a light verb to the event noun that is its subject
ANNOUNCE_REACH = 12  # words between a verb of announcing and the act it names
WARNED_REACH = 5  # words after a warning verb that name what it warns of
DENIED_REACH = 6  # words from a denial verb to its ``أن``, and from there to the act it denies
RELATIVE_REACH = 6  # words between an act noun and a following "الذي أعلن"
DATED_REACH = 8  # words after an attribution in which a date of its own makes it a report
OFFICIAL_REACH = 3  # words of the subject between ``أن`` and an official's act


@dataclass(slots=True)
class Mention:
    """One trigger occurrence (the pipeline's working record; events are built from groups of them)."""

    sentence: int
    paragraph: int
    entry: Entry
    type: str
    pos: str
    first: int
    last: int
    start: int
    end: int
    prefix: str = ""
    suffix: str = ""
    governed: bool = False
    frame: Mention | None = None
    frame_token: int | None = None
    governor: int | None = None
    next_definite: bool = False
    clause: int = 0
    strong: bool = False
    actor: str | None = None
    actor_explicit: bool = False
    timex: Timex | None = None
    date_source: str = "none"
    official: bool = False  # announced by the institution of its actor (``أعلنت الوزارة أن الوزير سيتوجه``)
    recall: bool = False  # after a demonstrative (``هذه الزيارة``): an event told before, never a new one
    own_act: bool = False  # announced by its own actor (``أعلن الجيش أنه قصف``): the announcer is the actor
    sentence_dates: frozenset[str] = frozenset()  # the date values of its sentence (for weak mentions)

    @property
    def definite(self) -> bool:
        """A noun with the article or a pronoun suffix."""
        return "ال" in self.prefix or self.prefix.endswith("لل") or bool(self.suffix)


def _skipped(tokens: Tokens, lex: Lexicon) -> set[int]:
    """Tokens inside set phrases that only look like reports (``يذكر أن``, ``الجدير بالذكر``)."""
    out: set[int] = set()
    if not tokens.text.skips:
        return out
    words = tokens.words
    infos = tokens.infos
    for ti in tokens.of_kind("skips"):
        wi = tokens.position(ti)
        for phrase in lex.skip_phrases:
            span = words[wi : wi + len(phrase)]
            if len(span) == len(phrase) and all(
                not p.isdisjoint(infos[t].stems) for t, p in zip(span, phrase, strict=True)
            ):
                out.update(range(span[0], span[-1] + 1))
    return out


def _near(
    tokens: Tokens,
    wi: int,
    stems: frozenset[str],
    window: int,
    direction: str,
    skip: frozenset[int] = frozenset(),
    timex: bool = False,
    extra: int = 0,
) -> int:
    """1 when a token within ``window`` words of word ``wi`` (after it, or around it) has one of
    ``stems`` (or, with ``timex``, is in a temporal expression), 2 when one is only within
    ``window + extra`` words after it, else 0; words in ``skip`` (the tokens of temporal
    expressions) are not counted after it."""
    words = tokens.words
    infos = tokens.infos
    own = words[wi]
    lo = own + 1 if direction == "after" else words[max(0, wi - window)]
    end = wi + window
    wide = end + extra
    if skip and max(skip) > own:  # a date inside the window widens it
        wide += sum(1 for t in words[wi + 1 : wide + 1] if t in skip)
        end += sum(1 for t in words[wi + 1 : end + 1] if t in skip)
    last = tokens.stop - 1
    hi = words[end] if end < len(words) else last
    hi_wide = words[wide] if wide < len(words) else last
    first = min((t for t in skip if lo <= t <= hi_wide), default=None) if timex else None
    named = tokens.named()
    for t in named[bisect_left(named, lo) : bisect_right(named, hi_wide)]:
        if t != own and not stems.isdisjoint(infos[t].stems):
            first = t if first is None else min(first, t)
            break
    return 0 if first is None else 1 if first <= hi else 2


def _match_phrase(tokens: Tokens, wi: int, lex: Lexicon) -> tuple[Entry, int] | None:
    words = tokens.words
    infos = tokens.infos
    for stem in sorted(infos[words[wi]].stems & lex.phrases.keys(), key=lambda s: (-len(s), s)):
        for entry in lex.phrases[stem]:
            span = words[wi : wi + len(entry.phrase)]
            if len(span) == len(entry.phrase) and all(
                not alts.isdisjoint(infos[t].stems) for t, alts in zip(span[1:], entry.phrase[1:], strict=True)
            ):
                return entry, wi + len(entry.phrase) - 1
    return None


def find_mentions(
    tokens: Tokens, sentence: int, paragraph: int, lex: Lexicon, timex_tokens: frozenset[int] = frozenset()
) -> list[Mention]:
    """The trigger mentions of one sentence, with the context rules applied (clauses not yet set).

    ``timex_tokens`` are the indices of tokens inside temporal expressions.
    """
    words = tokens.words
    infos = tokens.infos
    skipped = _skipped(tokens, lex)
    prepositions = lex.grammar["prepositions"]
    mentions: list[Mention] = []
    resume = 0  # the first word position not inside a phrase already taken
    for ti in tokens.of_kind("candidates"):
        wi = tokens.position(ti)
        if wi < resume or ti in skipped:
            continue
        info = infos[ti]
        phrase = _match_phrase(tokens, wi, lex) if info.flags & PHRASE and ti not in timex_tokens else None
        if phrase is not None:
            entry, wl = phrase
            tl = words[wl]
            start, end = tokens.start(ti), tokens.end(tl)
            mentions.append(Mention(sentence, paragraph, entry, entry.type, entry.phrase_pos, ti, tl, start, end))
            resume = wl + 1
            continue
        if not info.readings or ti in timex_tokens:  # ``فجر اليوم``: part of a date
            continue
        after_preposition = wi > 0 and infos[words[wi - 1]].norm in prepositions
        if info.plain and not after_preposition:
            readings = info.readings
        else:
            readings = _qualified(info.readings, tokens, wi, after_preposition, lex, timex_tokens)
        if readings:
            reading = _choose(readings, tokens, wi, lex)
            entry = reading.entry
            kind = entry.type
            if entry.retype and _near(tokens, wi, entry.retype[1], entry.retype[2], "both") == 1:
                kind = entry.retype[0]
            mention = Mention(
                sentence, paragraph, entry, kind, reading.pos, ti, ti, tokens.start(ti), tokens.end(ti),
                reading.prefix, reading.suffix,
            )  # fmt: skip
            mention.next_definite = wi + 1 < len(words) and tokens.definite(words[wi + 1])
            mention.recall = (
                reading.pos == "noun" and wi > 0 and infos[words[wi - 1]].norm in lex.grammar["demonstratives"]
            )
            mentions.append(mention)
    if not mentions:
        return mentions
    mentions = _drop_attributions(mentions, tokens, lex, timex_tokens)
    mentions = _drop_warned_of(mentions, tokens)
    mentions = _apply_light_verbs(mentions, tokens, lex)
    return _apply_announcements(mentions, tokens, lex, timex_tokens)


def _qualified(
    readings: tuple[Reading, ...],
    tokens: Tokens,
    wi: int,
    after_preposition: bool,
    lex: Lexicon,
    timex_tokens: frozenset[int],
) -> list[Reading]:
    """The readings of word ``wi`` its context allows (``near`` and ``unless`` words, position).

    A verb's ``near`` words after it are counted from the end of its subject (``استدعت وزارة
    الخارجية الأردنية، صباح الثلاثاء، السفير``), and dates in between are not counted.
    """
    kept = []
    entry = None
    fits = retry = verb_fits = False
    for r in readings:
        if r.entry is not entry:  # the readings of one entry are adjacent: test its context once
            entry = r.entry
            near = 1
            if entry.near:
                extra = SUBJECT_WORDS if entry.direction == "after" else 0  # no subject is longer: nothing further
                near = _near(
                    tokens, wi, entry.near, entry.window, entry.direction, timex_tokens, entry.near_timex, extra
                )
            unless = bool(near and entry.unless) and _near(tokens, wi, entry.unless, entry.unless_window, "after") == 1
            fits = near == 1 and not unless
            retry = near == 2 and not unless  # past the subject, for a verb
            verb_fits = fits
        if r.pos == "verb" and after_preposition:
            continue  # ``في رفض``: a verbal noun, not a verb
        if retry and r.pos == "verb":
            retry = False
            end = subject_end(tokens, tokens.words[wi], lex, timex_tokens, entry.near)
            if end is not None:
                at = tokens.position(end)
                verb_fits = _near(tokens, at, entry.near, entry.window, "after", timex_tokens, entry.near_timex) == 1
        if (verb_fits if r.pos == "verb" else fits) and not (
            r.suffix == "ه" and tokens.original(tokens.words[wi]).rstrip(_MARKS).endswith("ة")
        ):  # the last: تذكرة is not تذكر + ه
            kept.append(r)
    return kept


def _choose(readings: list[Reading], tokens: Tokens, wi: int, lex: Lexicon) -> Reading:
    """The reading to keep; a form that is both verb and noun (قطع، قصف) is a verb after ``أن``, ``قد``,
    punctuation or at the start, or with a conjunction in front, and a noun elsewhere."""
    first = readings[0]
    if len(readings) == 1:
        return first
    same = [r for r in readings if r.entry is first.entry]
    if {r.pos for r in same} != {"verb", "noun"}:
        return first
    ti = tokens.words[wi]
    verb_like = (
        ti == tokens.lo
        or not tokens.is_word(ti - 1)
        or lex.word("verb_markers", tokens.norm(ti - 1))
        or any(r.pos == "verb" and r.prefix[:1] in ("و", "ف") for r in same)
    )
    wanted = "verb" if verb_like else "noun"
    return next(r for r in same if r.pos == wanted)


def _drop_attributions(
    mentions: list[Mention], tokens: Tokens, lex: Lexicon, timex_tokens: frozenset[int]
) -> list[Mention]:
    """Drop attributions (``حسبما أوضحت``, ``كما يقول``, ``بما وصفته``) and hypothetical events (``أي هجوم``);
    an attribution with a date of its own after it, or framed by ``وفق ما``/``حسب ما`` (``وفق ما ذكرته
    الوكالة``), is a report of its own."""
    words = tokens.words
    kept = []
    for m in mentions:
        position = tokens.position(m.first)
        previous = tokens.norm(words[position - 1]) if position > 0 else None
        if previous in lex.grammar["hypothetical"]:
            continue
        if m.pos == "verb" and previous in lex.grammar["negations"]:
            continue  # ``لم تعلن أي جهة``: what did not happen
        if m.pos == "noun" and _after_predicate(tokens, m.first, lex):
            continue  # ``ووصفته بأنه "اعتداء صارخ"``: a description, not an event
        if m.type == "statement" and previous is not None:
            attribution = previous in lex.grammar["relative_ma"] or (position > 1 and previous in lex.attribution)
            if previous == "ما" and position > 1 and tokens.norm(words[position - 2]) in lex.attribution:
                attribution = False  # ``وفق ما أفاد به الدفاع المدني``: a reporting frame, unlike ``حسبما``
            # ``ما وصفته``, ``ما قال``, ``حسب ما قال``: a relative or a negation, not a report
            if attribution and not any(t in timex_tokens for t in words[position + 1 : position + 1 + DATED_REACH]):
                continue
        kept.append(m)
    return kept


def _after_predicate(tokens: Tokens, first: int, lex: Lexicon) -> bool:
    """Token ``first`` follows ``بأنه`` or a verb of content (``ينص على``, ``يشمل``; an opening quote
    allowed between): it describes, it is no event."""
    infos = tokens.infos
    i = first - 1
    while i >= tokens.lo and not infos[i].word:
        i -= 1
    if i > tokens.lo and infos[i].norm in ("على", "علي"):
        i -= 1
    return i >= tokens.lo and infos[i].norm in lex.grammar["predicate_markers"]


def _drop_warned_of(mentions: list[Mention], tokens: Tokens) -> list[Mention]:
    """What a warning warns of (``حذر من هجمات``) has not happened, nor has what a denial denies
    (``نفى أن تكون إسرائيل قد وافقت``): not events. What an accusation accuses of (``اتهم ... بقصف``)
    recalls an act told elsewhere."""
    words = tokens.words
    dropped: set[int] = set()
    for m in mentions:
        if m.type == "warning":
            position = bisect_left(words, m.last)
            after = words[position + 1 : position + 1 + DENIED_REACH]
            of = next((w for w in after if tokens.norm(w) in ("من", "ان")), None)  # past the subject
            if of is not None:
                position = tokens.position(of)
            reach = words[position + 1 : position + 1 + WARNED_REACH]
            dropped.update(id(o) for o in mentions if o.pos == "noun" and o.first in reach and o.type != "warning")
        elif m.type == "accusation" and m.pos == "verb":
            position = bisect_left(words, m.last)
            for o in mentions:  # ``اتهمت اللجان قوات الدعم السريع بقصف المدينة``: the act accused of, told elsewhere
                if (
                    o.pos == "noun"
                    and o.prefix[:1] == "ب"
                    and o.first in words[position + 1 : position + 1 + WARNED_REACH]
                ):
                    o.recall = True
        elif m.type == "denial" and m.pos == "verb":
            position = bisect_left(words, m.last)
            that = next((w for w in words[position + 1 : position + 1 + DENIED_REACH] if tokens.norm(w) == "ان"), None)
            if that is not None:
                at = tokens.position(that)
                reach = words[at + 1 : at + 1 + DENIED_REACH]
                dropped.update(id(o) for o in mentions if o.first in reach and o.type not in _SPEECH)
    return [m for m in mentions if id(m) not in dropped]


_SPEECH = ("statement", "denial", "accusation", "warning")


def _apply_light_verbs(mentions: list[Mention], tokens: Tokens, lex: Lexicon) -> list[Mention]:
    """A light verb (or a trigger marked light) gives way to the event noun it governs.

    The noun follows the verb (``أجرى الرئيس اتصالا``), or, when none does, precedes it as its
    subject (``ثم استؤنفت``, ``مباحثات سيجريها``) but not across a relative pronoun.
    """
    words = tokens.words
    infos = tokens.infos
    lights = tokens.of_kind("lights")
    marked = [m.first for m in mentions if m.entry.light]
    if marked:
        lights = sorted(set(lights).union(marked))
    if not lights:
        return mentions
    by_first = {m.first: m for m in mentions}
    openers = lex.grammar["clause_openers"]
    prepositions = lex.grammar["prepositions"]
    relatives = lex.grammar["relatives"]
    dropped: set[int] = set()
    for ti in lights:
        if not infos[ti].word:
            continue
        wi = tokens.position(ti)
        own = by_first.get(ti)
        governed = None
        for tj in words[wi + 1 : wi + 1 + LIGHT_REACH]:
            info = infos[tj]
            if info.norm in openers or not prepositions.isdisjoint(info.stems):
                break
            other = by_first.get(tj)
            if other is not None:
                governed = other if other.pos == "noun" else None
                break
        if governed is not None:
            governed.governed, governed.governor = True, ti
            if own is not None and own.entry.light:
                dropped.add(id(own))
            elif own is not None and own.type == governed.type:
                dropped.add(id(governed))  # ``شنت غارات``: one act, told by the verb
            continue
        if own is not None:
            continue
        for tj in reversed(words[max(0, wi - SUBJECT_REACH) : wi]):
            if infos[tj].norm in relatives:
                break  # ``الاتهامات التي وجهها``: a relative clause recalls an event, it does not report it
            other = by_first.get(tj)
            if other is not None:
                if other.pos == "noun" and not other.governed:
                    other.governed, other.frame_token = True, ti
                break
    return [m for m in mentions if id(m) not in dropped]


def _apply_announcements(
    mentions: list[Mention], tokens: Tokens, lex: Lexicon, timex_tokens: frozenset[int]
) -> list[Mention]:
    """``أعلن المغرب قطع العلاقات``, ``أعلن الجيش أنه قصف``: the act alone, dated and attributed through
    the announcement (the announcer is the actor of an act it says it did itself). An institution
    announcing what its own official does (``أعلنت الوزارة أن الوزير سيتوجه``) is that act alone too,
    with its own subject and date."""
    by_first = {m.first: m for m in mentions}
    dropped: set[int] = set()
    for m in mentions:
        if not m.entry.announce or m.type != "statement":
            continue
        act = _announced_forward(m, by_first, tokens, lex, timex_tokens)
        act = act or _announced_backward(m, by_first, tokens, lex)
        if act is not None:
            act.governed = True
            if not act.official:
                act.frame, act.frame_token = m, m.first
            dropped.add(id(m))
    return [m for m in mentions if id(m) not in dropped]


def _announced_forward(
    m: Mention, by_first: dict[int, Mention], tokens: Tokens, lex: Lexicon, timex_tokens: frozenset[int]
) -> Mention | None:
    words = tokens.words
    position = tokens.position(m.last)
    for wj in range(position + 1, min(len(words), position + 1 + ANNOUNCE_REACH)):
        tj = words[wj]
        norm = tokens.norm(tj)
        if lex.word("clause_openers", norm) and norm not in lex.grammar["relatives"]:
            if norm in lex.grammar["self_openers"]:
                return _own_act(wj + 1, by_first, tokens, lex)
            return _official_act(words[position + 1 : wj], wj + 1, by_first, tokens, lex) if norm == "ان" else None
        other = by_first.get(tj)
        if other is None:
            continue
        if other.type == "statement" or other.pos != "noun":
            return None
        adjacent = wj == position + 1 or not tokens.is_word(tj - 1) or (tj - 1) in timex_tokens
        return other if adjacent or not other.definite else None
    return None


def _official_act(
    announcer: list[int], wj: int, by_first: dict[int, Mention], tokens: Tokens, lex: Lexicon
) -> Mention | None:
    """The act verb after ``أن`` whose subject is the announcer's own official: a bare title
    (``الوزير``) or one sharing a word with the announcer (``رئاسة الحكومة`` ... ``رئيس الحكومة``)."""
    words = tokens.words
    subject: list[str] = []
    for tj in words[wj : wj + OFFICIAL_REACH + 1]:
        act = by_first.get(tj)
        if act is None and tokens.infos[tj].light:  # ``أن رئيس الحكومة سيؤدي زيارة``
            act = next((m for m in by_first.values() if m.governor == tj), None)
            if act is None:
                return None
        if act is not None:
            break
        subject.append(tokens.norm(tj))
    else:
        return None
    if not subject or act.type == "statement" or subject[0] not in lex.grammar["actor_titles"]:
        return None
    if not subject[0].startswith("ال") and len(subject) == 1:
        return None
    own = {_bare(tokens.norm(t)) for t in announcer if tokens.is_word(t)}
    if len(subject) > 1 and own.isdisjoint(_bare(w) for w in subject[1:]):
        return None
    act.official = True
    return act


def _bare(norm: str) -> str:
    return norm[2:] if norm.startswith("ال") and len(norm) > 3 else norm


def _own_act(wj: int, by_first: dict[int, Mention], tokens: Tokens, lex: Lexicon) -> Mention | None:
    """The act verb right after ``أنه``/``أنها`` (``قد`` allowed between), marked as the announcer's own."""
    words = tokens.words
    while wj < len(words) and tokens.norm(words[wj]) in ("قد", "لقد"):
        wj += 1
    if wj >= len(words):
        return None
    tj = words[wj]
    act = by_first.get(tj)
    if act is None and tokens.infos[tj].light:  # ``أعلنت أنها نفذت ضربات``
        act = next((m for m in by_first.values() if m.governor == tj), None)
    elif act is not None and act.pos != "verb":
        return None
    if act is None or act.type == "statement":
        return None
    act.own_act = True
    return act


def _announced_backward(m: Mention, by_first: dict[int, Mention], tokens: Tokens, lex: Lexicon) -> Mention | None:
    words = tokens.words
    position = tokens.position(m.first)
    if position == 0 or tokens.norm(words[position - 1]) not in lex.grammar["relatives"]:
        return None
    for wj in range(position - 2, max(-1, position - 2 - RELATIVE_REACH), -1):
        other = by_first.get(words[wj])
        if other is not None:
            return other if other.type != "statement" and other.pos == "noun" else None
    return None
