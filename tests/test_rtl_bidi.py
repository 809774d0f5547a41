"""The bidi algorithm against Unicode's BidiCharacterTest.txt, and cases news text relies on."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.rtl.bidi import bidi_class, bidi_classes, is_removed, line_levels, resolve_levels, visual_order

BIDI_CHARACTER_TEST = Path("/usr/share/unicode/BidiCharacterTest.txt")


def run_conformance(path: Path) -> tuple[int, int, int, list[str]]:
    """Lines, lines with the right levels, lines with the right order, and the first failures."""
    total = good_levels = good_order = 0
    failures: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw or raw.startswith("#"):
            continue
        fields = raw.split(";")
        text = "".join(chr(int(cp, 16)) for cp in fields[0].split())
        direction = int(fields[1])
        classes = bidi_classes(text)
        levels, para = resolve_levels(text, None if direction == 2 else direction, default=0, classes=classes)
        shown = line_levels(levels, classes, 0, len(text), para)
        got_levels = ["x" if is_removed(c) else str(level) for c, level in zip(classes, shown, strict=True)]
        kept = [i for i, c in enumerate(classes) if not is_removed(c)]
        got_order = [kept[k] for k in visual_order([shown[i] for i in kept])]
        levels_ok = para == int(fields[2]) and got_levels == fields[3].split()
        order_ok = got_order == [int(x) for x in fields[4].split()]
        total += 1
        good_levels += levels_ok
        good_order += order_ok
        if not (levels_ok and order_ok) and len(failures) < 5:
            failures.append(raw)
    return total, good_levels, good_order, failures


@pytest.mark.skipif(not BIDI_CHARACTER_TEST.exists(), reason="Debian package unicode-data is not installed")
def test_bidi_character_test_passes_at_least_99_percent() -> None:
    total, good_levels, good_order, failures = run_conformance(BIDI_CHARACTER_TEST)
    print(f"BidiCharacterTest: {total} lines, levels {good_levels / total:.4%}, order {good_order / total:.4%}")
    assert total > 90000
    assert good_levels / total >= 0.99, failures
    assert good_order / total >= 0.99, failures


def display(text: str, base: int | None = None) -> str:
    """A whole paragraph as one line, reordered (no mirroring, no shaping)."""
    classes = bidi_classes(text)
    levels, para = resolve_levels(text, base, classes=classes)
    shown = line_levels(levels, classes, 0, len(text), para)
    return "".join(text[i] for i in visual_order(shown))


def test_percent_after_number_in_arabic_shows_before_it() -> None:
    # W2 makes 40 an Arabic number after Arabic letters, so % is a neutral between R and R
    assert display("نمو 40% هنا") == "انه %40 ومن"


def test_latin_and_numbers_stay_left_to_right_in_arabic() -> None:
    assert display("قال Jan Weber إن 2023 كان") == "ناك 2023 نإ Jan Weber لاق"


def test_left_to_right_paragraph_keeps_arabic_words_reversed_in_place() -> None:
    assert display("Read مرحبا now") == "Read ابحرم now"


def test_paragraph_without_strong_characters_is_right_to_left_by_default() -> None:
    _levels, para = resolve_levels("123 !")
    assert para == 1
    _levels, para = resolve_levels("123 !", default=0)
    assert para == 0


def test_first_strong_character_sets_the_direction() -> None:
    assert resolve_levels("Hello مرحبا")[1] == 0
    assert resolve_levels("مرحبا Hello")[1] == 1


def test_unknown_code_points_take_the_default_class_of_their_block() -> None:
    assert bidi_class("\u08b5") in ("AL", "NSM", "ON", "BN")  # Arabic Extended-A: AL unless assigned
    assert bidi_class("\U0010fffd") == "L"
