"""Where a sentence stands in the article: a headline inside the body, a dateline before the lead."""

from __future__ import annotations

from collections.abc import Sequence

from reader.model import Article
from reader.text.tokens import SentenceText, Token

HEADLINE_WORDS = 14
DATELINE_REACH = 12
_END_MARKS = (".", ":", "…")  # a headline may ask or exclaim (الإمارات ترحل قطرية!، من هو ...؟)
_DASHES = ("-", "–", "—")


def _after_dashes(tokens: Sequence[Token], at: int) -> int:
    """The last of the dashes that start at ``at``."""
    while at + 1 < len(tokens) and tokens[at + 1].norm in _DASHES:
        at += 1
    return at


def headlines(article: Article) -> frozenset[int]:
    """Sentences that are subheadings: a one-sentence paragraph of a few words with no final
    stop, followed by more text (``الجامعة العربية تدين القانون``)."""
    found = set()
    sentences = article.sentences
    for n, sentence in enumerate(sentences):
        alone = (n == 0 or sentences[n - 1].paragraph != sentence.paragraph) and (
            n + 1 < len(sentences) and sentences[n + 1].paragraph != sentence.paragraph
        )
        if not alone:
            continue
        text = sentence.text.strip()
        if text.endswith(_END_MARKS) or (text.endswith(("»", '"', "”")) and text[:-1].rstrip().endswith(_END_MARKS)):
            continue
        if len(text.split()) <= HEADLINE_WORDS:
            found.add(sentence.id)
    return frozenset(found)


def dateline(text: SentenceText) -> frozenset[int]:
    """The tokens of a dateline at a paragraph's start (``واشنطن، الولايات المتحدة (CNN) --``,
    ``بيروت - ``, ``(أ ف ب) -``): everything before a dash among its first words."""
    tokens = text.tokens
    words = 0
    for token in tokens:
        if token.is_word:
            words += 1
            if words > DATELINE_REACH:
                return frozenset()
            continue
        if token.norm in ("-", "–", "—") and words > 0:
            end = _after_dashes(tokens, token.at)
            if end + 1 < len(tokens) and tokens[end + 1].norm == "(":  # بغداد - (أ ف ب) -
                close = next((t.at for t in tokens[end + 1 : end + 10] if t.norm == ")"), None)
                if close is not None and close + 1 < len(tokens) and tokens[close + 1].norm in _DASHES:
                    end = _after_dashes(tokens, close + 1)
            return frozenset(range(end + 1))
    return frozenset()
