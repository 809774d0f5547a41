"""The shared token layer: tokens map back to the body exactly, marks included."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.io.document import load_text
from reader.text.tokens import article_texts

_ALPHABET = st.sampled_from(list("قال الوزير إن العلاقات «قوية» ،.؟ 2024 أإآ ًٌٍَُِّْ ـ abc\n"))


def test_tokens_keep_their_marks_and_their_place() -> None:
    article = load_text("وَقَالَ الوَزِيرُ: «العَلَاقَاتُ قَوِيَّةٌ».")
    tokens = article_texts(article)[0].tokens
    assert [t.text for t in tokens][:4] == ["وَقَالَ", "الوَزِيرُ", ":", "«"]
    assert [t.norm for t in tokens][:2] == ["وقال", "الوزير"]
    assert all(article.body[t.start : t.end] == t.text for t in tokens)


@given(st.text(_ALPHABET, min_size=1, max_size=80))
@settings(max_examples=200, deadline=None)
def test_every_token_indexes_the_body(text: str) -> None:
    if not text.strip():
        return
    article = load_text(text)
    for sentence in article_texts(article):
        for token in sentence.tokens:
            assert article.body[token.start : token.end] == token.text
            assert token.text.strip() == token.text and token.text
