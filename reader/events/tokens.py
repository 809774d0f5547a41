"""Tokens of an article: word and punctuation tokens of its body, each with its lexicon ``WordInfo``.

Tokenising the original text directly gives the tokens of its normalised form (``\\w+`` or one
other character) without normalising the text: a word starts at a word character that
normalisation keeps and runs on over word characters and the marks it drops (harakat,
tatweel), so trailing marks belong to the word; punctuation takes the marks after it too.
Splitting on tokens returns the gaps (spaces, stray marks) between them too: gaps and tokens
tile the text, and their lengths give the offsets.

The body is tokenised once; a sentence is a view on its tokens (``Tokens``, token indices are
the article's), and only sentences with a possible trigger get one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, compress, count

from reader.events.lexicon import Lexicon, dropped_marks

MARKS = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0640"  # harakat and tatweel
_PRONOUNS = ("ه", "ها", "هم", "هما")


@lru_cache(maxsize=1)
def token_pattern() -> re.Pattern[str]:
    """A token of original text as ``\\w+|[^\\w\\s]`` finds it in the normalised text, with the marks
    that follow it (one group, so that ``split`` returns gaps and tokens in turn)."""
    dropped = dropped_marks()
    marks = re.escape(dropped)
    word_marks = re.escape("".join(ch for ch in dropped if re.match(r"\w", ch)))
    return re.compile(rf"([^\W{word_marks}][\w{marks}]*|[^\w\s{marks}][{marks}]*)")


class TextTokens:
    """The tokens of a text (an article body) that starts at offset ``base``: parallel lists of the
    tokens as written, their ``WordInfo`` and end offsets, and the indices of the tokens of each
    kind the pipeline visits (``words``, ``candidates``, ``lights``, ``clause_marks``, ``skips``)."""

    def __init__(self, text: str, lex: Lexicon, base: int = 0) -> None:
        parts = token_pattern().split(text)  # gap, token, gap, token, ..., gap
        self.toks: list[str] = parts[1::2]
        table = lex.infos
        table.trim()
        self.infos = list(map(table.__getitem__, self.toks))
        self.ends: list[int] = list(accumulate(map(len, parts), initial=base))[2::2]
        self.words = list(compress(count(), map(table.words.__contains__, self.toks)))
        self.candidates: list[int] = []
        self.lights: list[int] = []
        self.clause_marks: list[int] = []
        self.skips: list[int] = []
        infos = self.infos
        for i in compress(count(), map(table.special.__contains__, self.toks)):
            info = infos[i]
            if info.candidate:
                self.candidates.append(i)
            if info.light:
                self.lights.append(i)
            if info.marks_clause:
                self.clause_marks.append(i)
            if info.skip:
                self.skips.append(i)
        self.lex = lex

    def start(self, i: int) -> int:
        return self.ends[i] - len(self.toks[i])

    def sentence(self, start: int, end: int, text: str, candidates_only: bool = True) -> Tokens | None:
        """The tokens of the sentence ``text`` at ``[start, end)``; with ``candidates_only``, None
        when none of them can be a trigger."""
        ends = self.ends
        lo = bisect_right(ends, start)  # the first token ending after the sentence starts
        stop = bisect_right(ends, end)  # the first token ending after it ends
        if (lo < len(ends) and self.start(lo) < start) or (stop < len(ends) and self.start(stop) < end):
            return TextTokens(text, self.lex, start).sentence(start, end, text, candidates_only)  # a token across
        if candidates_only:
            k = bisect_left(self.candidates, lo)
            if k == len(self.candidates) or self.candidates[k] >= stop:
                return None
        return Tokens(self, lo, stop)


def _within(indices: list[int], lo: int, hi: int) -> list[int]:
    return indices[bisect_left(indices, lo) : bisect_left(indices, hi)]


class Tokens:
    """The tokens of one sentence: indices ``lo`` to ``stop - 1`` of its text's tokens.

    ``words`` lists the indices of its word tokens (not punctuation) in order; windows of "n
    words around" a token are counted in it.
    """

    __slots__ = ("_named", "ends", "infos", "lo", "stop", "text", "toks", "words")

    def __init__(self, text: TextTokens, lo: int, stop: int) -> None:
        self.text = text
        self.lo = lo
        self.stop = stop
        self.toks = text.toks
        self.infos = text.infos
        self.ends = text.ends
        self.words = _within(text.words, lo, stop)
        self._named: list[int] | None = None

    def norm(self, i: int) -> str:
        return self.infos[i].norm

    def is_word(self, i: int) -> bool:
        return self.infos[i].word

    def of_kind(self, kind: str) -> list[int]:
        """The indices of the sentence's tokens of one kind: ``candidates``, ``lights``, ``clause_marks``
        or ``skips`` (see ``TextTokens``)."""
        return _within(getattr(self.text, kind), self.lo, self.stop)

    def named(self) -> list[int]:
        """The indices of the tokens with a stem the lexicon names (near words, prepositions...)."""
        if self._named is None:
            named = self.text.lex.infos.named.__contains__
            self._named = list(compress(range(self.lo, self.stop), map(named, self.toks[self.lo : self.stop])))
        return self._named

    def start(self, i: int) -> int:
        return self.ends[i] - len(self.toks[i])

    def end(self, i: int) -> int:
        """Body offset just after token ``i`` (marks that follow it included)."""
        return self.ends[i]

    def original(self, i: int) -> str:
        """Token ``i`` as written (``body[start(i):end(i)]``)."""
        return self.toks[i]

    def position(self, i: int) -> int:
        """The position of token ``i`` among the sentence's words (or where it would go)."""
        return bisect_left(self.words, i)

    def pronoun_suffixed(self, i: int) -> bool:
        """Written with a pronoun suffix (``علاقاته``, ``نظيرها``; ``علاقة`` with ta marbuta is not)."""
        bare = self.toks[i].rstrip(MARKS)
        return not self.infos[i].norm.startswith("ال") and len(bare) > 3 and bare.endswith(_PRONOUNS)

    def definite(self, i: int) -> bool:
        """A word with the article or a pronoun suffix (``العلاقات``, ``علاقاته``; not ``علاقة``)."""
        return self.infos[i].norm.startswith("ال") or self.pronoun_suffixed(i)

    def covering(self, start: int, end: int) -> tuple[int, int] | None:
        """First and last index of the tokens overlapping body span ``[start, end)``, or None."""
        first = bisect_right(self.ends, start, self.lo, self.stop)  # the first token ending after ``start``
        last = bisect_left(self.ends, end, self.lo, self.stop)  # the first ending at or after ``end``...
        if last == self.stop or self.start(last) >= end:
            last -= 1  # ...unless it starts there or later
        return (first, last) if first <= last else None


def sentence_tokens(text: str, lex: Lexicon) -> Tokens:
    """The tokens of one sentence on its own (offsets from 0)."""
    tokens = TextTokens(text, lex).sentence(0, len(text), text, candidates_only=False)
    assert tokens is not None
    return tokens
