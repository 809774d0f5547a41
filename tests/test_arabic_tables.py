"""The shipped normalisation table (reader/data/arabic_normalisation.json) is camel-tools' own.

These tests import camel-tools (slow: about 0.6 s); the reader itself never does. When one fails
after a camel-tools upgrade or a rule change, rewrite the table: ``python -m reader.text.arabic_tables``.
"""

from __future__ import annotations

import pytest
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar

from reader.text.arabic import normalize, normalize_with_map
from reader.text.arabic_tables import BLOCKS, DIGITS, EXTRA_MARKS, TATWEEL, build_table, load_table
from reader.text.search import Hit, SearchIndex, fold

CODE_POINTS = [code for low, high in BLOCKS for code in range(low, high)]


def camel(text: str) -> str:
    """camel-tools' functions as the reader composes them."""
    return normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(text))))


def expected(ch: str) -> str:
    """One character's normal form: the project's rules (digits, marks, tatweel), else camel-tools."""
    code = ord(ch)
    if code in DIGITS:
        return DIGITS[code]
    if code == TATWEEL or code in EXTRA_MARKS:
        return ""
    return camel(ch)


def test_blocks_are_the_arabic_blocks() -> None:
    assert [(f"{low:04X}", f"{high - 1:04X}") for low, high in BLOCKS] == [
        ("0600", "06FF"),
        ("0750", "077F"),
        ("08A0", "08FF"),
        ("FB50", "FDFF"),
        ("FE70", "FEFF"),
    ]
    assert len(CODE_POINTS) == 256 + 48 + 96 + 688 + 144


def test_normalize_equals_camel_tools_on_every_arabic_code_point() -> None:
    wrong = {f"U+{code:04X}": (normalize(chr(code)), expected(chr(code))) for code in CODE_POINTS}
    wrong = {key: pair for key, pair in wrong.items() if pair[0] != pair[1]}
    assert not wrong, f"shipped table differs from camel-tools (got, expected): {wrong}"


def test_normalize_with_map_equals_camel_tools_on_every_arabic_code_point() -> None:
    for code in CODE_POINTS:
        ch = chr(code)
        norm, offsets = normalize_with_map(ch)
        assert norm == expected(ch), f"U+{code:04X}"
        assert offsets == ([0, 1] if norm else [1]), f"U+{code:04X}"


def test_whole_blocks_at_once_equal_camel_tools() -> None:
    """camel-tools' functions are per character: the whole blocks as one string fold the same."""
    text = "".join(chr(code) for code in CODE_POINTS)
    rules = {**{code: "" for code in (*EXTRA_MARKS, TATWEEL)}, **DIGITS}
    assert normalize(text) == camel(text.translate(rules))


def test_search_folding_equals_camel_tools_on_every_arabic_code_point() -> None:
    wrong = {}
    for code in CODE_POINTS:
        ch = chr(code)
        want = " ".join(expected(ch).lower().split())
        if fold(ch) != want:
            wrong[f"U+{code:04X}"] = (fold(ch), want)
    assert not wrong, f"search folding differs from camel-tools (got, expected): {wrong}"


@pytest.mark.parametrize("low, high", BLOCKS, ids=[f"{low:04X}" for low, _ in BLOCKS])
def test_search_finds_each_code_point_by_its_camel_tools_form(low: int, high: int) -> None:
    """Between two letters, each character is found by camel-tools' form of it, and only there."""
    for code in range(low, high):
        ch = chr(code)
        body = f"ب{ch}ب"
        assert SearchIndex(body).find(f"ب{expected(ch)}ب") == [Hit(0, 3)], f"U+{code:04X}"


def test_shipped_table_is_what_the_generator_writes_today() -> None:
    """No stale entry, none outside the blocks: ``python -m reader.text.arabic_tables --check`` passes."""
    assert load_table() == build_table()
