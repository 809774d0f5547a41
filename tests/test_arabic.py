"""Arabic normalisation: the folded forms and the offset map back to the original text."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from reader.text.arabic import normalize, normalize_with_map, original_span

ARABIC_TEXT = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآٱىةـًٌٍَُِّْٰ٠١٢٣٤٥٦٧٨٩ .،؟0123456789")),
    max_size=60,
)


def test_alef_forms_fold_to_bare_alef() -> None:
    assert normalize("أحمد إلى آخر ٱلكتاب") == "احمد الي اخر الكتاب"


def test_alef_maqsura_and_ta_marbuta() -> None:
    assert normalize("مستشفى المدينة") == "مستشفي المدينه"


def test_harakat_and_tatweel_are_dropped() -> None:
    assert normalize("أَعْلَنَ الرئيـــسُ") == "اعلن الرئيس"


def test_eastern_arabic_and_persian_digits_become_ascii() -> None:
    assert normalize("١٥ نوفمبر ٢٠٢٣ و۱۴") == "15 نوفمبر 2023 و14"


def test_latin_and_punctuation_untouched() -> None:
    text = "COVID-19، (2.5) «مليار»!"
    assert normalize(text) == text


def test_map_points_back_to_original_characters() -> None:
    text = "قَالَ الوزيـرُ"
    norm, offsets = normalize_with_map(text)
    assert norm == "قال الوزير"
    start = norm.index("الوزير")
    a, b = original_span(offsets, start, start + len("الوزير"))
    assert text[a:b] == "الوزيـرُ"


@given(ARABIC_TEXT)
def test_map_matches_normalize_and_is_monotonic(text: str) -> None:
    norm, offsets = normalize_with_map(text)
    assert norm == normalize(text)
    assert len(offsets) == len(norm) + 1
    assert offsets[-1] == len(text)
    assert all(a < b for a, b in itertools.pairwise(offsets))
    for i, ch in enumerate(norm):
        assert normalize(text[offsets[i]]) == ch


@given(ARABIC_TEXT, st.data())
def test_original_span_normalises_back_to_the_span(text: str, data: st.DataObject) -> None:
    norm, offsets = normalize_with_map(text)
    start = data.draw(st.integers(0, len(norm)))
    end = data.draw(st.integers(start, len(norm)))
    a, b = original_span(offsets, start, end)
    assert normalize(text[a:b]) == norm[start:end]


@given(ARABIC_TEXT)
def test_normalize_is_idempotent(text: str) -> None:
    assert normalize(normalize(text)) == normalize(text)
