"""Tokens of one sentence: word and punctuation tokens of its text, each with its lexicon ``WordInfo``.

Tokenising the original text directly gives the tokens of its normalised form (``\\w+`` or one
other character) without normalising the text: a word starts at a word character that
normalisation keeps and runs on over word characters and the marks it drops (harakat,
tatweel), so trailing marks belong to the word; punctuation takes the marks after it too.
The tokeniser also returns the gap (spaces, stray marks) in front of each token, so gaps and
tokens tile the text and their lengths give the body offsets when a sentence needs them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, chain, compress
from operator import attrgetter, itemgetter

from reader.events.lexicon import Lexicon, WordInfo, dropped_marks

MARKS = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0640"  # harakat and tatweel
_PRONOUNS = ("ه", "ها", "هم", "هما")
_IS_WORD = attrgetter("word")
_TOKEN = itemgetter(1)


@lru_cache(maxsize=1)
def token_pattern() -> re.Pattern[str]:
    """(gap, token) pairs of original text: the spaces and stray marks before a token, and the
    token as ``\\w+|[^\\w\\s]`` finds it in the normalised text, with the marks that follow it."""
    dropped = dropped_marks()
    marks = re.escape(dropped)
    word_marks = re.escape("".join(ch for ch in dropped if re.match(r"\w", ch)))
    return re.compile(rf"([\s{marks}]*)([^\W{word_marks}][\w{marks}]*|[^\w\s{marks}][{marks}]*)")


class Tokens:
    """The tokens of one sentence: ``norm(i)``, ``is_word(i)``, body offsets and word positions.

    ``words`` lists the indices of word tokens (not punctuation) in order; windows of "n words
    around" a token are counted in it.
    """

    __slots__ = ("_ends", "_named", "base", "infos", "pairs", "toks", "words")

    def __init__(self, base: int, pairs: list[tuple[str, str]], toks: list[str], infos: list[WordInfo]) -> None:
        self.base = base
        self.pairs = pairs
        self.toks = toks
        self.infos = infos
        self.words = list(compress(range(len(infos)), map(_IS_WORD, infos)))
        self._ends: list[int] | None = None
        self._named: list[int] | None = None

    def __len__(self) -> int:
        return len(self.toks)

    def norm(self, i: int) -> str:
        return self.infos[i].norm

    def is_word(self, i: int) -> bool:
        return self.infos[i].word

    def sieve(self, attribute: str) -> list[int]:
        """The indices of the tokens whose ``WordInfo`` has ``attribute`` true."""
        return list(compress(range(len(self.infos)), map(attrgetter(attribute), self.infos)))

    def named(self) -> list[int]:
        """The indices of the tokens with a stem the lexicon names (near words, prepositions...)."""
        if self._named is None:
            self._named = self.sieve("named")
        return self._named

    def ends(self) -> list[int]:
        """Body offset just after each token (marks that follow it included)."""
        if self._ends is None:
            self._ends = list(accumulate(map(len, chain.from_iterable(self.pairs)), initial=self.base))[2::2]
        return self._ends

    def end(self, i: int) -> int:
        return self.ends()[i]

    def start(self, i: int) -> int:
        return self.ends()[i] - len(self.toks[i])

    def original(self, i: int) -> str:
        """Token ``i`` as written (``body[start(i):end(i)]``)."""
        return self.toks[i]

    def position(self, i: int) -> int:
        """The position of token ``i`` among the sentence's words (or where it would go)."""
        return bisect_left(self.words, i)

    def pronoun_suffixed(self, i: int) -> bool:
        """Written with a pronoun suffix (``علاقاته``, ``نظيرها``; ``علاقة`` with ta marbuta is not)."""
        bare = self.original(i).rstrip(MARKS)
        return not self.infos[i].norm.startswith("ال") and len(bare) > 3 and bare.endswith(_PRONOUNS)

    def definite(self, i: int) -> bool:
        """A word with the article or a pronoun suffix (``العلاقات``, ``علاقاته``; not ``علاقة``)."""
        return self.infos[i].norm.startswith("ال") or self.pronoun_suffixed(i)

    def covering(self, start: int, end: int) -> tuple[int, int] | None:
        """First and last index of the tokens overlapping body span ``[start, end)``, or None."""
        ends = self.ends()
        first = bisect_right(ends, start)  # the first token ending after ``start``
        last = bisect_left(ends, end)  # the first token ending at or after ``end``...
        if last == len(ends) or self.start(last) >= end:
            last -= 1  # ...unless it starts there or later
        return (first, last) if first <= last and self.start(first) < end else None


def sentence_tokens(text: str, base: int, lex: Lexicon, candidates_only: bool = False) -> Tokens | None:
    """The tokens of a sentence ``text`` starting at body offset ``base``; with ``candidates_only``,
    None when no token can be a trigger."""
    pairs = token_pattern().findall(text)
    toks = list(map(_TOKEN, pairs))
    infos = list(map(lex.infos.__getitem__, toks))
    if candidates_only and lex.infos.candidates.isdisjoint(toks):
        return None
    return Tokens(base, pairs, toks, infos)
