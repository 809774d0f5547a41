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
from reader.events.clauses import Clauses
from reader.events.lexicon import Lexicon
from reader.events.mentions import Mention
from reader.events.tokens import Tokens

MAX_WORDS = 6


def _stops(tokens: Tokens, i: int, lex: Lexicon, blocked: set[int], objects: frozenset[str]) -> bool:
    info = tokens.infos[i]
    norm = info.norm
    return (
        not info.word
        or not objects.isdisjoint(info.stems)
        or i in blocked
        or not lex.grammar["actor_stops"].isdisjoint(info.stems)
        or norm in lex.grammar["clause_openers"]
        or norm.startswith(("بال", "لل"))
        or norm.isdigit()
    )


def _phrase(
    tokens: Tokens, start: int, lex: Lexicon, blocked: set[int], objects: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The token span of the phrase starting at ``start``, or None; ``objects`` are words that end it
    (the trigger's own object words: ``قطعت الجزائر علاقاتها``)."""
    end = start
    count = 0
    i = start
    while i < tokens.stop and count < MAX_WORDS:
        if _stops(tokens, i, lex, blocked, objects) or (count and tokens.pronoun_suffixed(i)):
            break  # ``الوزير نظيره``: a suffixed word starts the object
        end = i
        count += 1
        i += 1
    return (start, end) if count else None


def find_actor(
    mention: Mention, tokens: Tokens, clauses: Clauses, lex: Lexicon, blocked: set[int]
) -> tuple[int, int] | None:
    """The token span (first, last) of the actor of ``mention``, or None when the text names none.

    ``blocked`` holds the indices of tokens that cannot be part of an actor (other triggers,
    temporal expressions).
    """
    if mention.pos == "noun":
        if mention.definite or mention.next_definite or tokens.norm(mention.last).endswith("ا"):
            return None
        after = mention.last + 1
        return _phrase(tokens, after, lex, blocked) if after < tokens.stop else None
    words = tokens.words
    first = clauses.first(clauses[mention.first])
    before = words[tokens.position(first) : tokens.position(mention.first)]
    while before and tokens.norm(before[0]) in lex.actor_skip:
        before.pop(0)
    while before and (tokens.norm(before[-1]) in ("قد", "لقد") or before[-1] in blocked):
        before.pop()
    if before:
        span = _phrase(tokens, before[0], lex, blocked)
        if span is not None:
            return span
    i = mention.last + 1
    adverbs = lex.grammar["adverbs"]
    while i < tokens.stop and tokens.is_word(i) and (i in blocked or tokens.norm(i) in adverbs):
        i += 1
    return _phrase(tokens, i, lex, blocked, mention.entry.near) if i < tokens.stop else None


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
