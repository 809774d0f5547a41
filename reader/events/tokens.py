"""Tokens of the article's sentences: normalised word and punctuation tokens with body offsets."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from reader.arabic import normalize_with_map
from reader.model import Article

_TOKEN = re.compile(r"\w+|[^\w\s]")
_MARKS = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0640"  # harakat and tatweel


@dataclass(frozen=True)
class Token:
    """A token of one sentence: ``norm`` is its normalised text, ``text == body[start:end]`` its original."""

    index: int
    norm: str
    start: int
    end: int
    text: str

    @property
    def pronoun_suffixed(self) -> bool:
        """Written with a pronoun suffix (``علاقاته``, ``نظيرها``; ``علاقة`` with ta marbuta is not)."""
        bare = self.text.rstrip(_MARKS)
        return not self.norm.startswith("ال") and len(bare) > 3 and bare.endswith(("ه", "ها", "هم", "هما"))

    @property
    def is_word(self) -> bool:
        """True for words and numbers, False for punctuation."""
        return self.norm[:1].isalnum() or self.norm[:1] == "_"


def sentence_tokens(article: Article) -> list[list[Token]]:
    """The tokens of each sentence of ``article``, in order (one list per sentence)."""
    norm, offsets = normalize_with_map(article.body)
    result: list[list[Token]] = []
    for sentence in article.sentences:
        lo = bisect_left(offsets, sentence.start)
        hi = bisect_left(offsets, sentence.end)
        tokens: list[Token] = []
        for match in _TOKEN.finditer(norm, lo, hi):
            start = offsets[match.start()]
            end = offsets[match.end()]  # trailing marks belong to the word
            tokens.append(Token(len(tokens), match.group(), start, end, article.body[start:end]))
        result.append(tokens)
    return result
