"""Tokens of the article's sentences: normalised word and punctuation tokens with body offsets."""

from __future__ import annotations

import re
from typing import NamedTuple

from reader.arabic import normalize, normalize_with_map
from reader.model import Article

_TOKEN = re.compile(r"\w+|[^\w\s]")
MARKS = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0640"  # harakat and tatweel


class Token(NamedTuple):
    """A token of one sentence: ``norm`` is its normalised text, ``text == body[start:end]`` its original."""

    index: int
    norm: str
    start: int
    end: int
    text: str
    is_word: bool  # a word or number, not punctuation

    @property
    def pronoun_suffixed(self) -> bool:
        """Written with a pronoun suffix (``علاقاته``, ``نظيرها``; ``علاقة`` with ta marbuta is not)."""
        bare = self.text.rstrip(MARKS)
        return not self.norm.startswith("ال") and len(bare) > 3 and bare.endswith(("ه", "ها", "هم", "هما"))


def _token(index: int, norm: str, start: int, end: int, body: str) -> Token:
    return Token(index, norm, start, end, body[start:end], norm[0].isalnum() or norm[0] == "_")


def sentence_tokens(article: Article) -> list[list[Token]]:
    """The tokens of each sentence of ``article``, in order (one list per sentence).

    Sentences without marks to drop (most news text) map one to one; only the others build an
    offset map.
    """
    result: list[list[Token]] = []
    body = article.body
    for sentence in article.sentences:
        text = sentence.text
        norm = normalize(text)
        base = sentence.start
        tokens: list[Token] = []
        if len(norm) == len(text):
            for match in _TOKEN.finditer(norm):
                start, end = base + match.start(), base + match.end()
                tokens.append(_token(len(tokens), match.group(), start, end, body))
        else:
            norm, offsets = normalize_with_map(text)
            for match in _TOKEN.finditer(norm):
                start, end = base + offsets[match.start()], base + offsets[match.end()]  # trailing marks included
                tokens.append(_token(len(tokens), match.group(), start, end, body))
        result.append(tokens)
    return result
