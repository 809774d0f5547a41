"""Dating mentions: the temporal expression of their clause, else of their sentence.

A timex in the mention's clause dates it (``explicit``); an announced act is dated through the
clause of its announcement first. ``بعد أسبوع من إعلان`` dates only the noun after ``من``.
A weak (definite, back-referring) noun takes a timex only when it is the closest trigger to it,
within ``WEAK_REACH`` tokens; no noun takes a timex across ``بعد``/``قبل`` (``أعلن الثلاثاء بعد
الاتهامات``: Tuesday dates the announcement, not the accusations). Strong mentions without a
timex in their clause take the nearest preceding one of their sentence (``context``: the sentence's shared time; a date
later in the sentence belongs to what is reported, not to the reporting).
"""

from __future__ import annotations

from reader.events.clauses import Clauses
from reader.events.lexicon import Lexicon
from reader.events.mentions import Mention
from reader.events.tokens import Tokens
from reader.model import Timex

WEAK_REACH = 6
SINCE_REACH = 3  # tokens between a mention and a ``منذ``/``حتى`` date that still dates it


def timex_spans(tokens: Tokens, timexes: list[Timex]) -> list[tuple[Timex, int, int]]:
    """Each timex of the sentence with the first and last index of the tokens it covers."""
    spans = []
    for timex in timexes:
        covered = tokens.covering(timex.start, timex.end)
        if covered is not None:
            spans.append((timex, *covered))
    return spans


def _distance(m: Mention, first: int, last: int) -> int:
    return first - m.last if first > m.last else m.first - last if last < m.first else 0


def _reserved(tokens: Tokens, spans, mentions: list[Mention]) -> dict[int, Mention]:
    """Timexes of the shape ``بعد أسبوع من X`` belong to the trigger X (keyed by span index)."""
    by_first = {m.first: m for m in mentions}
    out: dict[int, Mention] = {}
    words = tokens.words
    for k, (_, _, last) in enumerate(spans):
        position = tokens.position(last + 1)
        following = words[position : position + 2]
        if len(following) == 2 and tokens.norm(following[0]) == "من" and following[1] in by_first:
            out[k] = by_first[following[1]]
    return out


def _bare(norm: str) -> str:
    """A word without the conjunction in front (``وبعد`` -> ``بعد``)."""
    return norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm


def _since(tokens: Tokens, first: int, lex: Lexicon) -> bool:
    """True when the timex starting at token ``first`` follows ``منذ`` or ``حتى``."""
    before = first - 1
    while before >= tokens.lo and not tokens.is_word(before):
        before -= 1
    return before >= tokens.lo and tokens.norm(before) in lex.grammar["since_words"]


def _relates_other(tokens: Tokens, last: int, first: int, lex: Lexicon) -> bool:
    """True when the timex starting at token ``first`` (after a noun ending at ``last``) follows
    ``منذ``/``حتى`` or a ``قد`` between them: it dates another verb, not the noun."""
    if _since(tokens, first, lex) and first - 1 > last:
        return True
    barriers = lex.grammar["verb_barriers"]
    return any(tokens.norm(t) in barriers for t in range(last + 1, first))


def date_mentions(
    mentions: list[Mention],
    tokens: Tokens,
    clauses: Clauses,
    spans: list[tuple[Timex, int, int]],
    lex: Lexicon,
) -> None:
    """Set ``timex`` and ``date_source`` of each mention of one sentence (in place); ``spans`` are
    the sentence's timexes with their tokens (``timex_spans``)."""
    if not spans:
        return
    reserved = _reserved(tokens, spans, mentions)
    strong_before = [m for m in mentions if m.strong]

    since: dict[int, bool] = {}

    def usable(k: int, m: Mention) -> bool:
        return k not in reserved or reserved[k] is m

    def relates(k: int, m: Mention) -> bool:  # ``بحث مسار الإصلاحات ... المتعثرة منذ 2022``: a nearer word's date
        if _distance(m, spans[k][1], spans[k][2]) <= SINCE_REACH:
            return True
        if k not in since:
            since[k] = _since(tokens, spans[k][1], lex)
        return not since[k]

    barriers = lex.grammar["date_barriers"]

    def barred(last: int, m: Mention) -> bool:  # ``بعد أسبوع من العيد، وبعد زيارة``: the date is what it follows
        return last < m.first and any(_bare(tokens.norm(t)) in barriers for t in range(last + 1, m.first))

    for m in mentions:
        if m.recall:
            continue  # ``هذه الزيارة``: told before, dated there
        clause_sets = [clauses[m.frame_token], m.clause] if m.frame_token is not None else [m.clause]
        chosen = None
        far_since = None
        for clause in clause_sets:
            options = [
                (k, s)
                for k, s in enumerate(spans)
                if clauses[s[1]] == clause and usable(k, m) and (m.strong or s[0].granularity != "vague")
            ]
            if not options:
                continue
            noun = m.pos == "noun"
            near = [o for o in options if relates(o[0], m) and not (noun and barred(o[1][2], m))]
            if near:
                chosen = min(near, key=lambda o: _distance(m, o[1][1], o[1][2])) if len(near) > 1 else near[0]
                break
            far_since = far_since or min(options, key=lambda o: _distance(m, o[1][1], o[1][2]))
        if (
            chosen is None
            and far_since is not None
            and m.strong
            and not any(usable(k, m) and s[2] < m.first for k, s in enumerate(spans))
        ):
            chosen = far_since  # ``قتلوا في غارات على القطاع منذ فجر اليوم``: no other date to take
        if chosen is not None and m.pos == "noun" and reserved.get(chosen[0]) is not m:
            _, (_, first, last) = chosen
            distance = _distance(m, first, last)
            rivals = [o for o in strong_before if o is not m and o.clause == clauses[first]]
            barrier = barred(last, m)
            if not m.strong:  # ``المفاوضات المتعثرة منذ 2022``, ``بدعوة الناخبين قد صدر يوم``: another verb's date
                barrier = barrier or (first > m.last and _relates_other(tokens, m.last, first, lex))
            too_far = distance > WEAK_REACH or any(_distance(o, first, last) <= distance for o in rivals)
            if barrier or (too_far and not m.strong):
                chosen = None
        if chosen is not None:
            m.timex, m.date_source = chosen[1][0], "explicit"
            m.strong = True
        elif m.strong:
            options = [
                (k, s)
                for k, s in enumerate(spans)
                if usable(k, m) and s[2] < m.first and not (m.pos == "noun" and barred(s[2], m))
            ]
            if options:
                best = min(options, key=lambda o: _distance(m, o[1][1], o[1][2]))
                m.timex, m.date_source = best[1][0], "context"
                clause = clauses[best[1][1]]
                if clause == m.clause - 1 and not any(o.clause == clause for o in mentions):
                    m.date_source = "explicit"  # ``وفي سنة 2014، وقع البلدان``: a fronted date dates the verb
