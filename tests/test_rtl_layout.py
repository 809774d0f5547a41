"""Layout properties (hypothesis): permutations, maps, widths, wrapping, sanitising."""

from __future__ import annotations

import itertools
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.rtl import LayoutOptions, Paragraph, VisualLine, bdsm_disable, bdsm_enable, default_bidi_mode
from reader.rtl.layout import layout_paragraph, layout_text
from reader.rtl.mirror import mirror
from reader.rtl.sanitize import is_terminal_safe

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءئؤإأآ"
MARKS = "\u064e\u064f\u0650\u0651\u0652\u064b"  # harakat that never compose with a letter (NFC)
LATIN = "abcXYZ"
DIGITS = "0123456789٠١٢"
PUNCT = "()[]{}«»<>“”%.,:-/+$'\"!؟،"
BIDI_CONTROLS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
CONTROLS = "\x1b\x07\x08\x9b\x00\x7f"
SPACES = "     "

texts = st.text(alphabet=ARABIC + MARKS + LATIN + DIGITS + PUNCT + SPACES + BIDI_CONTROLS + CONTROLS, max_size=120)
widths = st.integers(min_value=2, max_value=50)
modes = st.sampled_from(
    [
        LayoutOptions(shape=False),
        LayoutOptions(),
        LayoutOptions(harakat=False),
        LayoutOptions(bidi="terminal", shape=False),
    ]
)


def hidden(char: str, options: LayoutOptions) -> bool:
    """Characters that take no place in a line's text."""
    category = unicodedata.category(char)
    return category == "Cc" or (category == "Cf" and options.bidi == "visual")


@settings(max_examples=400, deadline=None)
@given(texts, widths, modes)
def test_no_line_is_wider_than_the_width(text: str, width: int, options: LayoutOptions) -> None:
    for line in layout_paragraph(text, width, options):
        assert cell_len(line.text) == line.cells <= width
        assert cell_len(line.padded(width)) <= width
        assert is_terminal_safe(line.padded(width))


@settings(max_examples=400, deadline=None)
@given(texts, widths, st.sampled_from([LayoutOptions(shape=False), LayoutOptions(bidi="terminal", shape=False)]))
def test_each_line_is_a_permutation_of_its_logical_characters(text: str, width: int, options: LayoutOptions) -> None:
    for line in layout_paragraph(text, width, options):
        logical = [k for k in range(line.start, line.end) if not hidden(text[k], options)]
        assert sorted(line.visual_to_logical) == logical
        for char, k in zip(line.text, line.visual_to_logical, strict=True):
            assert char in (text[k], mirror(text[k]))


@settings(max_examples=300, deadline=None)
@given(texts, widths)
def test_shaped_lines_show_each_logical_letter_once_in_some_form(text: str, width: int) -> None:
    options = LayoutOptions()
    for line in layout_paragraph(text, width, options):
        assert len(set(line.visual_to_logical)) == len(line.text)
        for char, k in zip(line.text, line.visual_to_logical, strict=True):
            # a presentation form, a lam-alef ligature or a composed letter decomposes to its letters
            shown = unicodedata.normalize("NFKD", char)
            assert shown.startswith(
                (unicodedata.normalize("NFKD", text[k]), unicodedata.normalize("NFKD", mirror(text[k])))
            )
        for k in range(line.start, line.end):
            if hidden(text[k], options):
                assert line.visual_index(k) == -1
                continue
            v = line.visual_index(k)
            assert v >= 0
            if line.visual_to_logical[v] != k:  # folded into the cell of the letter before it
                assert unicodedata.normalize("NFKD", text[k]) in unicodedata.normalize("NFKD", line.text[v])


@settings(max_examples=400, deadline=None)
@given(texts, widths, modes)
def test_maps_round_trip(text: str, width: int, options: LayoutOptions) -> None:
    for line in layout_paragraph(text, width, options):
        assert len(line.visual_to_logical) == len(line.text)
        assert len(line.logical_to_visual) == line.end - line.start
        for v, k in enumerate(line.visual_to_logical):
            assert line.visual_index(k) == v
        if not options.shape and options.harakat:
            for k in range(line.start, line.end):
                v = line.visual_index(k)
                assert v == -1 or line.visual_to_logical[v] == k


@settings(max_examples=300, deadline=None)
@given(texts, widths, modes)
def test_every_visible_character_lands_on_exactly_one_line(text: str, width: int, options: LayoutOptions) -> None:
    lines = layout_paragraph(text, width, options)
    shown = [k for line in lines for k in range(line.start, line.end) if line.visual_index(k) >= 0]
    assert len(shown) == len(set(shown))
    for k, char in enumerate(text):
        if char != " " and not hidden(char, options) and (options.harakat or char not in MARKS):
            assert k in shown


@settings(max_examples=300, deadline=None)
@given(texts, widths)
def test_marks_stay_after_their_letter(text: str, width: int) -> None:
    for line in layout_paragraph(text, width, LayoutOptions(shape=False)):
        for k in range(line.start + 1, line.end):
            if text[k] in MARKS and text[k - 1] in ARABIC:
                assert line.visual_index(k) == line.visual_index(k - 1) + 1


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=ARABIC + LATIN + DIGITS, min_size=1, max_size=15), min_size=1, max_size=20), widths)
def test_words_are_split_only_when_wider_than_the_line(words: list[str], width: int) -> None:
    text = " ".join(words)
    lines = layout_paragraph(text, width, LayoutOptions(shape=False))
    for before, after in itertools.pairwise(lines):
        if text[after.start - 1] != " ":  # the line broke inside a word
            start = text.rfind(" ", 0, after.start) + 1
            end = text.find(" ", after.start)
            assert cell_len(text[start : end if end >= 0 else None]) > width
        else:  # the line broke at a space: the next word did not fit after it
            end = text.find(" ", after.start)
            assert before.cells + 1 + cell_len(text[after.start : end if end >= 0 else None]) > width


def test_a_word_that_fits_moves_to_the_next_line() -> None:
    lines = layout_paragraph("aaaa bbbb cccc", 9, LayoutOptions(shape=False))
    assert [line.text for line in lines] == ["aaaa bbbb", "cccc"]
    assert [(line.start, line.end) for line in lines] == [(0, 9), (10, 14)]


def test_right_to_left_lines_are_right_aligned() -> None:
    (line,) = layout_paragraph("مرحبا بكم", 20, LayoutOptions(shape=False))
    assert line.rtl and line.right
    assert line.padded(20) == " " * 11 + "مكب ابحرم"
    (latin,) = layout_paragraph("hello world", 20)
    assert latin.padded(20) == "hello world"


def test_terminal_mode_keeps_logical_order_and_no_padding() -> None:
    (line,) = layout_paragraph("مرحبا Jan", 20, LayoutOptions(bidi="terminal"))
    assert line.text == "مرحبا Jan"
    assert line.padded(20) == "مرحبا Jan"


def test_brackets_mirror_in_right_to_left_text() -> None:
    (line,) = layout_paragraph("قال (نعم) «لا»", 30, LayoutOptions(shape=False))
    assert line.text == "«ال» (معن) لاق"


def test_bidi_controls_take_no_cell_but_still_act() -> None:
    # RLO ... PDF forces right-to-left; RLI ... PDI isolates; neither shows
    (line,) = layout_paragraph("abc \u202edef ghi\u202c jkl", 40, LayoutOptions(shape=False))
    assert line.text == "abc ihg fed jkl"
    assert line.cells == 15
    (isolated,) = layout_paragraph("abc \u2067نعم 12\u2069 jkl", 40, LayoutOptions(shape=False))
    assert isolated.text == "abc 12 معن jkl"


def test_escape_sequences_never_reach_the_output() -> None:
    text = "خبر\x1b[2J\x1b[H\x1b]0;pwned\x07 عاجل\x08\x08\x9b31m"
    for options in (LayoutOptions(), LayoutOptions(bidi="terminal"), LayoutOptions(shape=False)):
        for line in layout_paragraph(text, 20, options):
            out = line.padded(20)
            assert is_terminal_safe(out)
            assert not any(c in out for c in "\x1b\x07\x08\x9b")


def test_layout_text_lays_out_each_line_with_offsets_into_the_text() -> None:
    text = "سطر أول\nsecond line"
    first, second = layout_text(text, 40, LayoutOptions(shape=False))
    assert (first[0].start, first[0].end) == (0, 7)
    assert (second[0].start, second[0].end) == (8, 19)
    assert second[0].text == "second line"


def test_empty_paragraph_gives_one_empty_line() -> None:
    (line,) = Paragraph("   ", offset=5).lines(10)
    assert isinstance(line, VisualLine)
    assert (line.text, line.cells, line.start, line.end) == ("", 0, 5, 5)


def test_paragraph_is_laid_out_again_at_another_width() -> None:
    paragraph = Paragraph("كلمة " * 30)
    assert len(paragraph.lines(20)) > len(paragraph.lines(80))
    assert all(line.cells <= 20 for line in paragraph.lines(20))


def test_bdsm_escapes_and_default_mode(monkeypatch) -> None:
    assert bdsm_disable() == "\x1b[8l"
    assert bdsm_enable() == "\x1b[8h"
    monkeypatch.setenv("READER_BIDI", "terminal")
    assert default_bidi_mode() == "terminal"
    monkeypatch.setenv("READER_BIDI", "nonsense")
    assert default_bidi_mode() == "visual"
    monkeypatch.delenv("READER_BIDI")
    assert default_bidi_mode() == "visual"
