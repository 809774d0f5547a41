"""The layout's fast path gives what the general path gives, and its levels pass Unicode's tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.rtl import LayoutOptions, Paragraph, fast
from reader.rtl.bidi import bidi_classes, line_levels, resolve_levels

BIDI_CHARACTER_TEST = Path("/usr/share/unicode/BidiCharacterTest.txt")
ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءئؤإأآـ؛؟"
LAM_ALEF = ["لا", "لأ", "لإ", "لآ", "ل\u064eا", "لّا", "لاَ", "لَاّ", "لًّاُ"]
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
LATIN = "abcXYZ"
DIGITS = "0123456789٠١٢"
PUNCT = "()[]{}«»<>“”%٪.,،:-/+$#'\"!\u00a0"
OUTSIDE = "\u202b\u202c\u2067\u2069\u200d\u200c\u200b\té۱\u0654"
EXTENDED = "ڨڤپچژکگیھٱٲ٫٬•″"
BIDI_MARKS = "\u200e\u200f\u061c"
MODES = [
    LayoutOptions(),
    LayoutOptions(shape=False),
    LayoutOptions(harakat=False),
    LayoutOptions(shape=False, harakat=False),
    LayoutOptions(bidi="terminal"),
    LayoutOptions(bidi="terminal", harakat=False),
]

pieces = st.one_of(
    st.sampled_from(list(ARABIC) + LAM_ALEF),
    st.tuples(st.sampled_from(ARABIC), st.text(MARKS, min_size=1, max_size=3)).map("".join),  # with harakat
    st.sampled_from(list(LATIN + DIGITS + PUNCT)),
    st.sampled_from([" ", " ", "  ", MARKS[0]]),  # now and then a haraka after no letter
)
fast_texts = st.lists(pieces, max_size=60).map("".join)
any_texts = st.lists(st.one_of(pieces, st.sampled_from(list(OUTSIDE))), max_size=60).map("".join)
extended_texts = st.lists(st.one_of(pieces, st.sampled_from(list(EXTENDED))), max_size=60).map("".join)
marked_texts = st.lists(st.one_of(pieces, st.sampled_from(list(BIDI_MARKS))), max_size=60).map("".join)
marked_extended_texts = st.lists(st.one_of(pieces, st.sampled_from(list(BIDI_MARKS + EXTENDED))), max_size=60).map(
    "".join
)


def general(text: str, options: LayoutOptions, base: int | None = None) -> Paragraph:
    """The paragraph laid out by the general path only."""
    prepare = fast.prepare
    fast.prepare = lambda *args: None
    try:
        return Paragraph(text, options, offset=3, base=base)
    finally:
        fast.prepare = prepare


def summary(paragraph: Paragraph, width: int) -> list[tuple]:
    return [
        (
            line.text,
            line.cells,
            line.start,
            line.end,
            list(line.visual_to_logical),
            list(line.logical_to_visual),
            line.rtl,
            line.right,
        )
        for line in paragraph.lines(width)
    ]


def assert_same(text: str, width: int, options: LayoutOptions, base: int | None = None) -> None:
    laid_out = Paragraph(text, options, offset=3, base=base)
    reference = general(text, options, base)
    assert laid_out.level == reference.level
    assert summary(laid_out, width) == summary(reference, width), (text, width, options)


@settings(max_examples=1500, deadline=None)
@given(fast_texts, st.integers(min_value=2, max_value=40), st.sampled_from(MODES), st.sampled_from([None, None, 0, 1]))
def test_fast_path_lines_equal_the_general_paths(text: str, width: int, options: LayoutOptions, base) -> None:
    assert_same(text, width, options, base)


@settings(max_examples=500, deadline=None)
@given(extended_texts, st.integers(min_value=2, max_value=40), st.sampled_from(MODES))
def test_second_fast_set_lines_equal_the_general_paths(text: str, width: int, options: LayoutOptions) -> None:
    assert_same(text, width, options)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(marked_texts, marked_extended_texts), st.integers(min_value=2, max_value=40), st.sampled_from(MODES))
def test_bidi_marks_lines_equal_the_general_paths(text: str, width: int, options: LayoutOptions) -> None:
    assert_same(text, width, options)


@settings(max_examples=300, deadline=None)
@given(any_texts, st.integers(min_value=2, max_value=40), st.sampled_from(MODES))
def test_paragraphs_outside_the_fast_set_are_laid_out_alike(text: str, width: int, options: LayoutOptions) -> None:
    assert_same(text, width, options)


def test_the_fast_path_takes_news_text() -> None:
    text = "قال المدير (رويترز) إن النمو بلغ 3.5% في 2023، وفق تقرير IMF لعام ٢٠٢٣: «جيد»."
    assert Paragraph(text)._fast is not None
    assert Paragraph("شدّة " + text)._fast is not None
    assert Paragraph("ڨال ڤيديو 2023").__dict__["_fast"] is not None
    for other in ("\u202bمرحبا\u202c", "نص\tمع جدولة", "café", "\u064eبداية بحركة", "كلمة \u0651", "ڨ abc"):
        assert Paragraph(other)._fast is None, other
    for options in MODES:
        for width in (2, 7, 20, 80):
            assert_same(text, width, options)


def test_fast_charsets_hold_what_news_needs() -> None:
    first = fast.charsets()[0].chars()
    assert set(ARABIC + MARKS + LATIN + DIGITS + PUNCT + " ") <= first
    assert set("ڨڤپگی") <= fast.fast_chars()
    assert not set(OUTSIDE) & first


def fast_levels(text: str, base: int | None, default: int) -> tuple[list[int], int] | None:
    found = fast.encode(text)
    if found is None:
        return None
    charset, codes = found
    para = charset.paragraph_level(codes, default) if base is None else base
    return list(charset.resolve(codes, para)), para


@settings(max_examples=1500, deadline=None)
@given(st.one_of(fast_texts, marked_texts), st.sampled_from([None, 0, 1]))
def test_fast_levels_equal_the_full_algorithms(text: str, base: int | None) -> None:
    got = fast_levels(text, base, 1)
    if got is not None:
        assert got == resolve_levels(text, base), text


@pytest.mark.skipif(not BIDI_CHARACTER_TEST.exists(), reason="Debian package unicode-data is not installed")
def test_fast_levels_pass_bidi_character_test_where_they_apply() -> None:
    tried = 0
    for raw in BIDI_CHARACTER_TEST.read_text(encoding="utf-8").splitlines():
        if not raw or raw.startswith("#"):
            continue
        fields = raw.split(";")
        text = "".join(chr(int(cp, 16)) for cp in fields[0].split())
        direction = int(fields[1])
        got = fast_levels(text, None if direction == 2 else direction, 0)
        if got is None:
            continue
        levels, para = got
        shown = line_levels(levels, bidi_classes(text), 0, len(text), para)
        assert para == int(fields[2]), raw
        assert [str(level) for level in shown] == fields[3].split(), raw
        tried += 1
    assert tried > 1000  # lines of AL, L, numbers and neutrals only (the rest use R or controls)


@settings(max_examples=500, deadline=None)
@given(st.one_of(fast_texts, any_texts, marked_texts), st.integers(min_value=2, max_value=40), st.sampled_from(MODES))
def test_rows_are_the_lines_padded(text: str, width: int, options: LayoutOptions) -> None:
    paragraph = Paragraph(text, options)
    assert paragraph.rows(width) == [line.padded(width) for line in paragraph.lines(width)]
