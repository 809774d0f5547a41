"""Clause splitting inside a sentence: which clause each token belongs to.

A clause starts at a subordinator or relative (أن، إن، الذي، التي، حيث، فيما، ثم...), after a
semicolon, colon or bracket, and at a coordinated verb trigger (``، وأكد``, ``وقال``, ``، اتفق``) that is
not the first word of its clause. Commas alone do not split: Arabic news puts them around
appositions and dates (``ذكرت الوكالة، اليوم الأربعاء، أن``).
"""

from __future__ import annotations

from reader.events.lexicon import Lexicon
from reader.events.tokens import Token


def clause_ids(tokens: list[Token], lex: Lexicon, verb_prefixes: dict[int, str]) -> list[int]:
    """For each token, the index of its clause (0, 1, ... in order).

    ``verb_prefixes`` maps the index of each verb trigger to the clitics in front of it.
    """
    ids: list[int] = []
    clause = 0
    words_in_clause = 0
    after_comma = False
    copula = False  # ``وكانت السعودية، الخصم الإقليمي لإيران، أكدت``: one clause
    for token in tokens:
        norm = token.norm
        if not token.is_word:
            ids.append(clause)
            after_comma = norm in "،,"
            if norm in lex.grammar["clause_punctuation"]:
                clause += 1
                words_in_clause = 0
            continue
        opener = lex.word("clause_openers", norm) or (
            norm[:1] in "وف" and len(norm) > 2 and lex.word("clause_openers", norm[1:])
        )
        prefix = verb_prefixes.get(token.index)
        coordinated = prefix is not None and (prefix[:1] in ("و", "ف") or (after_comma and not copula))
        after_comma = False
        if (opener or coordinated) and words_in_clause > 0:
            clause += 1
            words_in_clause = 0
        if words_in_clause == 0:
            copula = lex.word("copulas", norm)
        ids.append(clause)
        words_in_clause += 1
    return ids
