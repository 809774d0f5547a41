"""The actor of a mention: the subject phrase of its verb, or the agent after an event noun.

Verb-first clauses (the usual Arabic order: ``وقال الوزير``) put the subject after the verb;
a clause that names a noun phrase before its verb (``أن وفدا روسيا يزور``, ``وكان المغرب قد
أعلن``) has it there. A phrase ends at punctuation, a preposition or particle, a temporal
expression, another trigger or after ``MAX_WORDS`` words. Nouns take the agent that follows
them in a construct (``إعلان وزير الخارجية``); definite nouns have none.
"""

from __future__ import annotations

from functools import lru_cache

from reader.arabic import normalize
from reader.events.lexicon import Lexicon
from reader.events.mentions import Mention
from reader.events.tokens import Token

MAX_WORDS = 6


def _stops(token: Token, lex: Lexicon, blocked: set[int], objects: frozenset[str]) -> bool:
    norm = token.norm
    return (
        not token.is_word
        or lex.has_stem(norm, objects)
        or token.index in blocked
        or lex.has_stem(norm, lex.grammar["actor_stops"])
        or lex.word("clause_openers", norm)
        or norm.startswith(("بال", "لل"))
        or norm.isdigit()
    )


def _phrase(
    tokens: list[Token], start: int, lex: Lexicon, blocked: set[int], objects: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The token span of the phrase starting at ``start``, or None; ``objects`` are words that end it
    (the trigger's own object words: ``قطعت الجزائر علاقاتها``)."""
    end = start
    count = 0
    i = start
    while i < len(tokens) and count < MAX_WORDS:
        if _stops(tokens[i], lex, blocked, objects) or (count and tokens[i].pronoun_suffixed):
            break  # ``الوزير نظيره``: a suffixed word starts the object
        end = i
        count += 1
        i += 1
    return (start, end) if count else None


def find_actor(
    mention: Mention, tokens: list[Token], clauses: list[int], lex: Lexicon, blocked: set[int]
) -> tuple[int, int] | None:
    """The token span (first, last) of the actor of ``mention``, or None when the text names none.

    ``blocked`` holds the indices of tokens that cannot be part of an actor (other triggers,
    temporal expressions).
    """
    if mention.pos == "noun":
        if mention.definite or mention.next_definite or tokens[mention.last].norm.endswith("ا"):
            return None
        after = mention.last + 1
        return _phrase(tokens, after, lex, blocked) if after < len(tokens) else None
    clause = clauses[mention.first]
    before = [i for i in range(mention.first) if clauses[i] == clause and tokens[i].is_word]
    while before and any(lex.word(name, tokens[before[0]].norm) for name in ("particles", "clause_openers")):
        before.pop(0)
    while before and (tokens[before[-1]].norm in ("قد", "لقد") or before[-1] in blocked):
        before.pop()
    if before:
        span = _phrase(tokens, before[0], lex, blocked)
        if span is not None:
            return span
    i = mention.last + 1
    while i < len(tokens) and tokens[i].is_word and (i in blocked or lex.word("adverbs", tokens[i].norm)):
        i += 1
    return _phrase(tokens, i, lex, blocked, mention.entry.near) if i < len(tokens) else None


def same_actor(a: str | None, b: str | None) -> bool:
    """True when two actor phrases name the same actor: one's words (article dropped) contain the other's."""
    if not a or not b:
        return False
    wa, wb = _words(a), _words(b)
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


@lru_cache(maxsize=50_000)
def _words(text: str) -> frozenset[str]:
    out = set()
    for word in normalize(text).split():
        word = word.strip("،,.:\"'“”«»()")
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]
        if word:
            out.add(word)
    return frozenset(out)
