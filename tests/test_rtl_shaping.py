"""Arabic shaping: presentation forms by joining context, lam-alef, harakat, ZWJ/ZWNJ."""

from __future__ import annotations

import unicodedata

from reader.rtl import LayoutOptions, layout_paragraph
from reader.rtl.shaping import is_haraka, joining_type, shape


def names(shown: list[str]) -> list[str]:
    return [unicodedata.name(c).removeprefix("ARABIC ").removeprefix("LETTER ") if c else "" for c in shown]


def test_letters_take_initial_medial_and_final_forms() -> None:
    assert names(shape("بيت")) == ["BEH INITIAL FORM", "YEH MEDIAL FORM", "TEH FINAL FORM"]


def test_right_joining_letter_breaks_the_word_into_two_joined_groups() -> None:
    # dal joins only to the letter before it: the beh after it starts again
    assert names(shape("بدب")) == ["BEH INITIAL FORM", "DAL FINAL FORM", "BEH ISOLATED FORM"]


def test_lam_alef_is_one_ligature_cell() -> None:
    assert names(shape("لا")) == ["LIGATURE LAM WITH ALEF ISOLATED FORM", ""]
    assert names(shape("بلأ")) == ["BEH INITIAL FORM", "LIGATURE LAM WITH ALEF WITH HAMZA ABOVE FINAL FORM", ""]


def test_harakat_are_transparent_and_kept() -> None:
    shown = shape("بَيْت")
    assert names([shown[0], shown[2], shown[4]]) == ["BEH INITIAL FORM", "YEH MEDIAL FORM", "TEH FINAL FORM"]
    assert shown[1] == "\u064e" and shown[3] == "\u0652"
    assert all(is_haraka(c) for c in "\u064e\u0652\u0651\u064b")
    assert not is_haraka("ب")


def test_lam_alef_ligature_keeps_the_haraka_between_them() -> None:
    shown = shape("لَا")
    assert names(shown[:1]) == ["LIGATURE LAM WITH ALEF ISOLATED FORM"]
    assert shown[1:] == ["\u064e", ""]


def test_zwnj_breaks_and_zwj_forces_joining() -> None:
    assert names([c for c in shape("ب\u200cت") if c != "\u200c"]) == ["BEH ISOLATED FORM", "TEH ISOLATED FORM"]
    assert names([shape("ب\u200d")[0]]) == ["BEH INITIAL FORM"]
    assert joining_type("\u200c") == "U" and joining_type("\u200d") == "C" and joining_type("\u064e") == "T"


def test_tatweel_joins_on_both_sides() -> None:
    assert names([shape("بـ")[0]]) == ["BEH INITIAL FORM"]


def test_latin_and_digits_are_left_alone() -> None:
    assert shape("abc 123") == list("abc 123")


def test_layout_measures_widths_after_shaping() -> None:
    # ten lam-alef pairs: 20 characters, 10 cells once shaped, 20 cells without shaping
    text = "لا" * 10
    assert [line.cells for line in layout_paragraph(text, 40)] == [10]
    assert [line.cells for line in layout_paragraph(text, 40, LayoutOptions(shape=False))] == [20]


def test_dropping_harakat_keeps_letters_and_their_forms() -> None:
    (line,) = layout_paragraph("بَيْتٌ", 20, LayoutOptions(harakat=False))
    assert names(list(line.text)) == ["TEH FINAL FORM", "YEH MEDIAL FORM", "BEH INITIAL FORM"]
    (with_marks,) = layout_paragraph("بَيْتٌ", 20)
    assert len(with_marks.text) == 6 and with_marks.cells == 3


def test_alef_with_combining_hamza_composes_before_shaping() -> None:
    (line,) = layout_paragraph("بأ", 10)
    (decomposed,) = layout_paragraph("با\u0654", 10)
    assert decomposed.text == line.text
    assert names(list(line.text)) == ["ALEF WITH HAMZA ABOVE FINAL FORM", "BEH INITIAL FORM"]
