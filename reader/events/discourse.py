"""Where a sentence stands in the article: a headline inside the body, a dateline before the lead."""

from __future__ import annotations

from collections.abc import Sequence

from reader.model import Article
from reader.text.tokens import SentenceText, between_words

HEADLINE_WORDS = 14
DATELINE_REACH = 12
_END_MARKS = (".", ":", "…")  # a headline may ask or exclaim (الإمارات ترحل قطرية!، من هو ...؟)
_DASHES = ("-", "–", "—")
_DASH_SET = frozenset(_DASHES)


def _after_dashes(norms: Sequence[str], at: int) -> int:
    """The last of the dashes that start at ``at`` (``norms``: the tokens' normalised forms)."""
    while at + 1 < len(norms) and norms[at + 1] in _DASHES:
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
    ``بيروت - ``, ``(أ ف ب) -``): everything before a dash among its first words. It reads the
    tokens' normalised forms alone (a word: letters or digits), so the tokens are not built."""
    norms = text.norms
    if _DASH_SET.isdisjoint(norms):
        return frozenset()  # most sentences: no dash at all (one test in C)
    words = 0
    for at, norm in enumerate(norms):
        if norm.isalnum():  # a word (``Token.is_word``)
            words += 1
            if words > DATELINE_REACH:
                return frozenset()
            continue
        if norm in ("-", "–", "—") and words > 0:
            if between_words(text.tokens, at):
                continue  # كيم جونغ-أون، بادن-فورتمبرغ: a hyphen inside a name, no dateline's dash
            end = _after_dashes(norms, at)
            if end + 1 < len(norms) and norms[end + 1] == "(":  # بغداد - (أ ف ب) -
                close = next((k for k in range(end + 1, min(len(norms), end + 10)) if norms[k] == ")"), None)
                if close is not None and close + 1 < len(norms) and norms[close + 1] in _DASHES:
                    end = _after_dashes(norms, close + 1)
            return frozenset(range(end + 1))
    return frozenset()
