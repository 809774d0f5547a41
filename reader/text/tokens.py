"""One token layer per sentence, built once and shared by the temporal and events layers.

A sentence is normalised once (``reader.text.arabic``: alef forms, alef maqsura, ta marbuta, harakat,
tatweel, digits) and cut into tokens: runs of word characters (Arabic, Latin, digits) and single
punctuation marks. Each token keeps its text as written, its normalised form and its body offsets
(the marks that follow a word belong to it), so a rule that matches normalised words can point
back at the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter
from typing import NamedTuple

from reader.model import Article, Sentence
from reader.text.arabic import normalize_with_offsets

# a token: a run of letters and digits, a punctuation mark or a run of underscores (only white
# space lies between tokens)
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]|_+")
_END = attrgetter("end")  # a token's end: the key a sentence's tokens are searched by


class Token(NamedTuple):
    """A word or a punctuation mark of a sentence (a named tuple: built for every token, so cheap).

    ``at`` is its position in the sentence's token list; ``start``/``end`` index the body.
    """

    at: int
    text: str
    norm: str
    start: int
    end: int
    is_word: bool

    @property
    def number(self) -> bool:
        return self.is_word and self.norm.isdigit()


@dataclass(frozen=True)
class SentenceText:
    """A sentence, its normalised text with the map back to the body, and its tokens."""

    sentence: Sentence
    norm: str
    offsets: Sequence[int]  # norm index -> index in sentence.text; one extra entry for the end
    norms: tuple[str, ...]  # each token's normalised form (``Token.norm``), read by both layers

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        """The tokens, built on the first call: the temporal layer reads ``norms`` alone, and a
        sentence no word of which can name an event is never looked at token by token."""
        return _tokens(self.sentence, self.norm, self.offsets, self.norms)

    @property
    def id(self) -> int:
        return self.sentence.id

    @property
    def paragraph(self) -> int:
        return self.sentence.paragraph

    @cached_property
    def words(self) -> tuple[Token, ...]:
        """The word tokens, in order (punctuation left out)."""
        return tuple(t for t in self.tokens if t.is_word)

    @property
    def marks(self) -> tuple[int, ...]:
        """The positions of the tokens that are no words (punctuation), in order (worked out on
        the first call; kept without ``cached_property``, whose lock costs more than the work)."""
        found: tuple[int, ...] | None = self.__dict__.get("_marks")
        if found is None:
            found = self.__dict__["_marks"] = tuple(t.at for t in self.tokens if not t.is_word)
        return found

    def span_tokens(self, start: int, end: int) -> tuple[int, int] | None:
        """Indices of the first and last tokens overlapping body span ``[start, end)``."""
        tokens = self.tokens
        first = bisect_right(tokens, start, key=_END)  # the first token ending after ``start``
        if first >= len(tokens) or tokens[first].start >= end:
            return None
        last = bisect_left(tokens, end, first, key=_END)  # the first token ending at or after ``end``...
        if last >= len(tokens) or tokens[last].start >= end:
            last -= 1  # ...unless it starts there or later
        return first, last


_new_token = tuple.__new__  # what Token(...) does, without its Python-level __new__ (one per token)


def between_words(tokens: Sequence[Token], at: int) -> bool:
    """The mark at ``at`` touches the tokens on both sides, no space between (``جونغ-أون``،
    ``الجيش_اليمني``): it joins one name, it does not part two."""
    if not 0 < at < len(tokens) - 1:
        return False
    return tokens[at - 1].end == tokens[at].start and tokens[at].end == tokens[at + 1].start


def sentence_text(sentence: Sentence) -> SentenceText:
    """Normalise one sentence and cut it into tokens (built when first read: ``SentenceText.tokens``)."""
    norm, offsets = normalize_with_offsets(sentence.text)
    return SentenceText(sentence, norm, offsets, _cut(norm))


def _cut(norm: str) -> tuple[str, ...]:
    """``_TOKEN.findall(norm)``, the regex run only on the runs of non-space characters that are not
    one run of letters and digits (a word with its comma or full stop): most are."""
    found: list[str] = []
    append, extend, findall = found.append, found.extend, _TOKEN.findall
    for run in norm.split():
        if run.isalnum():  # [^\W_]+ as a whole: str.isalnum is what \w holds besides _
            append(run)
        else:
            extend(findall(run))
    return tuple(found)


def _tokens(sentence: Sentence, norm: str, offsets: Sequence[int], norms: tuple[str, ...]) -> tuple[Token, ...]:
    """The tokens of a sentence from their normalised forms, found in turn in ``norm`` (only white
    space lies between two)."""
    text = sentence.text
    base = sentence.start
    tokens: list[Token] = []
    append = tokens.append
    find = norm.find
    b = 0
    if len(norm) == len(text):  # nothing dropped (most sentences): a norm index is a text index
        for k, word in enumerate(norms):
            a = find(word, b)
            b = a + len(word)
            append(_new_token(Token, (k, text[a:b], word, base + a, base + b, word.isalnum())))
    else:  # dropped marks after a token belong to it: it ends where the next kept character starts
        for k, word in enumerate(norms):
            a = find(word, b)
            b = a + len(word)
            start, end = offsets[a], offsets[b]
            append(_new_token(Token, (k, text[start:end], word, base + start, base + end, word.isalnum())))
    return tuple(tokens)


def article_texts(article: Article) -> tuple[SentenceText, ...]:
    """Every sentence of the article, normalised and tokenised."""
    return tuple(sentence_text(s) for s in article.sentences)
