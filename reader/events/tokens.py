"""Tokens of the article's sentences: normalised word and punctuation tokens with body offsets."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from reader.arabic import normalize_with_map
from reader.model import Article

_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class Token:
    """A token of one sentence: ``norm`` is its normalised text, ``text == body[start:end]`` its original."""

    index: int
    norm: str
    start: int
    end: int
    text: str

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
