"""Tokens of the events layer: tokenising the original text must give the tokens of its normalised
form (what the lexicon matches), with offsets into the original."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.arabic import normalize, normalize_with_map
from reader.document import load_text
from reader.events.lexicon import load_lexicon
from reader.events.tokens import TextTokens, sentence_tokens

_REFERENCE = re.compile(r"\w+|[^\w\s]")


def reference_tokens(text: str) -> list[tuple[str, int, int]]:
    """(normalised token, start, end) as the normalised text's ``\\w+|[^\\w\\s]`` gives them; the end of
    a token is the next kept character of the original (marks after a token belong to it)."""
    norm, offsets = normalize_with_map(text)
    return [(m.group(), offsets[m.start()], offsets[m.end()]) for m in _REFERENCE.finditer(norm)]


def our_tokens(text: str) -> list[tuple[str, int, int]]:
    tokens = sentence_tokens(text, load_lexicon())
    return [(tokens.norm(i), tokens.start(i), tokens.end(i)) for i in range(tokens.lo, tokens.stop)]


# Arabic letters, harakat and other dropped marks (shadda, sukun, Quranic signs, tatweel),
# alef and ta marbuta variants, digits of three scripts, Latin, punctuation, spaces.
_ALPHABET = st.sampled_from(
    [
        *"قالوزيرأإآٱىةه",
        *("\u064b", "\u064e", "\u0651", "\u0652", "\u0670", "\u06e5", "\u06d6", "\u0640"),
        *"٣۴7aZ_،,.؛:()«»-%",
        *(" ", "  ", "\n", "\u00a0"),
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
@example("وَقالَ الوزيرُ، إنّ")
@example("ـقال ـ ً، ،ً")
@example("ً قال")
def test_tokens_of_the_original_are_those_of_its_normal_form(text: str) -> None:
    assert our_tokens(text) == reference_tokens(text)


def test_tokens_keep_their_original_spelling_and_marks() -> None:
    text = "وقالَ الوزيرُ، إنّ الزيارةَ ستبدأ"
    tokens = sentence_tokens(text, load_lexicon())
    originals = [tokens.original(i) for i in range(tokens.lo, tokens.stop)]
    assert originals == ["وقالَ", "الوزيرُ", "،", "إنّ", "الزيارةَ", "ستبدأ"]
    assert [text[tokens.start(i) : tokens.end(i)] for i in range(tokens.lo, tokens.stop)] == originals
    assert [tokens.norm(i) for i in range(tokens.lo, tokens.stop)] == [normalize(t) for t in originals]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(_ALPHABET, min_size=1, max_size=25).map("".join), min_size=1, max_size=4))
def test_a_sentence_of_the_article_has_the_tokens_of_its_own_text(paragraphs: list[str]) -> None:
    article = load_text("\n".join("خبر " + p for p in paragraphs))  # no paragraph without a word
    lex = load_lexicon()
    whole = TextTokens(article.body, lex)
    for s in article.sentences:
        view = whole.sentence(s.start, s.end, s.text, candidates_only=False)
        assert view is not None
        got = [(view.norm(i), view.start(i), view.end(i)) for i in range(view.lo, view.stop)]
        own = [(norm, s.start + a, s.start + b) for norm, a, b in reference_tokens(s.text)]
        assert got == own, s.text
        assert view.words == [i for i in range(view.lo, view.stop) if view.is_word(i)]


def test_sentences_without_a_possible_trigger_are_skipped() -> None:
    article = load_text("الطقس معتدل في العاصمة. وقال الوزير إن المحادثات مستمرة.")
    whole = TextTokens(article.body, load_lexicon())
    first, second = article.sentences
    assert whole.sentence(first.start, first.end, first.text) is None
    assert whole.sentence(second.start, second.end, second.text) is not None


def test_covering_finds_the_tokens_of_a_span() -> None:
    text = "وصل الوفد، صباح اليوم الأحد، إلى القاهرة"
    tokens = sentence_tokens(text, load_lexicon())
    start = text.index("صباح")
    end = text.index("الأحد") + len("الأحد")
    first, last = tokens.covering(start, end)  # type: ignore[misc]
    assert [tokens.original(i) for i in range(first, last + 1)] == ["صباح", "اليوم", "الأحد"]
    assert tokens.covering(text.index(" "), text.index(" ") + 1) is None  # a space covers no token


def test_word_info_is_shared_by_every_spelling() -> None:
    lex = load_lexicon()
    assert lex.readings("وَأَضافَتْ") == lex.readings(normalize("وأضافت")) != ()
    assert lex.infos["قالَ"] is lex.infos["قال"]


def test_the_word_table_can_be_trimmed_between_texts() -> None:
    lex = load_lexicon()
    text = "قال الوزير إن الوفد سيزور القاهرة، وأضاف أن المحادثات ستبدأ."
    before = TextTokens(text, lex)
    lex.infos.trim(limit=0)
    assert len(lex.infos) == 0 and not lex.infos.words
    after = TextTokens(text, lex)
    for kind in ("words", "candidates", "lights", "clause_marks", "skips", "ends"):
        assert getattr(before, kind) == getattr(after, kind), kind
    assert [info.norm for info in before.infos] == [info.norm for info in after.infos]
