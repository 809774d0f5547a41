"""Tokens of one sentence: word and punctuation tokens of its text, each with its lexicon ``WordInfo``.

Tokenising the original text directly gives the tokens of its normalised form (``\\w+`` or one
other character) without normalising the text: a word starts at a word character that
normalisation keeps and runs on over word characters and the marks it drops (harakat,
tatweel), so trailing marks belong to the word; punctuation takes the marks after it too; a
mark with no token in front of it is skipped. Body offsets are computed only for sentences
that need them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from reader.arabic import normalize
from reader.events.lexicon import Lexicon, WordInfo
from reader.model import Article

MARKS = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0640"  # harakat and tatweel
_PRONOUNS = ("ه", "ها", "هم", "هما")


@lru_cache(maxsize=1)
def token_pattern() -> re.Pattern[str]:
    """Words and punctuation of original text, as ``\\w+|[^\\w\\s]`` finds them in its normalised form."""
    dropped = [chr(c) for c in range(0x0600, 0x0900) if normalize(chr(c)) == ""]
    marks = "".join(re.escape(ch) for ch in dropped)
    word_marks = "".join(re.escape(ch) for ch in dropped if re.match(r"\w", ch))
    return re.compile(rf"[^\W{word_marks}][\w{marks}]*|[^\w\s{marks}][{marks}]*")


class Tokens:
    """The tokens of one sentence: ``norm(i)``, ``is_word(i)``, body offsets and word positions.

    ``words`` lists the indices of word tokens (not punctuation) in order; windows of "n words
    around" a token are counted in it.
    """

    __slots__ = ("_ends", "_starts", "base", "infos", "text", "toks", "words")

    def __init__(self, text: str, base: int, toks: list[str], infos: list[WordInfo]) -> None:
        self.text = text
        self.base = base
        self.toks = toks
        self.infos = infos
        self.words = [i for i, info in enumerate(infos) if info.word]
        self._starts: list[int] | None = None

    def __len__(self) -> int:
        return len(self.toks)

    def norm(self, i: int) -> str:
        return self.infos[i].norm

    def is_word(self, i: int) -> bool:
        return self.infos[i].word

    def starts(self) -> list[int]:
        """Body offset of each token."""
        if self._starts is None:
            base = self.base
            self._starts = [base + m.start() for m in token_pattern().finditer(self.text)]
        return self._starts

    def start(self, i: int) -> int:
        return self.starts()[i]

    def end(self, i: int) -> int:
        """Body offset just after token ``i`` (marks that follow it included)."""
        return self.starts()[i] + len(self.toks[i])

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
        starts = self.starts()
        first = bisect_left(starts, end) - 1  # the last token starting before ``end``
        lo = 0
        hi = first + 1
        while lo < hi:  # the first token ending after ``start``
            mid = (lo + hi) // 2
            if self.end(mid) > start:
                hi = mid
            else:
                lo = mid + 1
        return (lo, first) if lo <= first else None


def sentence_tokens(text: str, base: int, lex: Lexicon, candidates_only: bool = False) -> Tokens | None:
    """The tokens of a sentence ``text`` starting at body offset ``base``; with ``candidates_only``,
    None when no token can be a trigger (most sentences of a text have one)."""
    toks = token_pattern().findall(text)
    infos = list(map(lex.infos.__getitem__, toks))
    if candidates_only and lex.infos.candidates.isdisjoint(toks):
        return None
    return Tokens(text, base, toks, infos)


def article_tokens(article: Article, lex: Lexicon) -> list[Tokens]:
    """The tokens of each sentence of ``article``, in order."""
    return [sentence_tokens(s.text, s.start, lex) for s in article.sentences]  # type: ignore[misc]
