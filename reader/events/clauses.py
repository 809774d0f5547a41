"""Clause splitting inside a sentence: which clause each token belongs to.

A clause starts at a subordinator or relative (أن، إن، الذي، التي، حيث، فيما، ثم...), after a
semicolon, colon or bracket, and at a coordinated verb trigger (``، وأكد``, ``وقال``, ``، اتفق``) that is
not the first word of its clause. Commas alone do not split: Arabic news puts them around
appositions and dates (``ذكرت الوكالة، اليوم الأربعاء، أن``).

Only the tokens that may open a clause are visited; the clauses are kept as the sorted list of
the token indices where each one after the first starts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from reader.events.lexicon import CLAUSE_PUNCT, OPENER, Lexicon
from reader.events.tokens import Tokens


class Clauses:
    """The clauses of one sentence: ``clauses[i]`` is the clause (0, 1, ... in order) of token ``i``."""

    __slots__ = ("lo", "starts")

    def __init__(self, lo: int, starts: list[int]) -> None:
        self.lo = lo  # the sentence's first token
        self.starts = starts  # token index where clause k + 1 starts, for each k

    def __getitem__(self, i: int) -> int:
        return bisect_right(self.starts, i)

    def first(self, clause: int) -> int:
        """The index of the first token of ``clause``."""
        return self.starts[clause - 1] if clause > 0 else self.lo


def clause_ids(tokens: Tokens, lex: Lexicon, verb_prefixes: dict[int, str]) -> Clauses:
    """The clauses of a sentence.

    ``verb_prefixes`` maps the index of each verb trigger to the clitics in front of it.
    """
    infos = tokens.infos
    words = tokens.words
    marks = set(tokens.of_kind("clause_marks"))
    starts: list[int] = []
    current = tokens.lo  # first token of the current clause
    for i in sorted(marks.union(verb_prefixes)):
        if infos[i].flags & CLAUSE_PUNCT:
            current = i + 1
            starts.append(current)
            continue
        k = bisect_left(words, current)
        if k >= len(words) or words[k] >= i:
            continue  # the first word of its clause opens nothing
        prefix = verb_prefixes.get(i)
        opener = infos[i].flags & OPENER
        if not opener and prefix is not None and prefix[:1] not in ("و", "ف"):
            after_comma = i > tokens.lo and not infos[i - 1].word and infos[i - 1].norm in "،,"
            copula = lex.word("copulas", infos[words[k]].norm)  # ``وكانت السعودية، ...، أكدت``: one clause
            opener = after_comma and not copula
        if opener or (prefix is not None and prefix[:1] in ("و", "ف")):
            current = i
            starts.append(current)
    return Clauses(tokens.lo, starts)
