"""Unicode tables the layout needs beyond ``unicodedata``: bracket pairs, mirrored glyphs, joining types.

They live as JSON in ``reader/data/`` (generated from Debian's unicode-data by
``python -m reader.rtl.tables /usr/share/unicode``) and load once, on first use.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path

BRACKETS_FILE = "bidi_brackets.json"
MIRRORING_FILE = "bidi_mirroring.json"
JOINING_FILE = "arabic_joining.json"
CLASSES_FILE = "bidi_classes.json"
_LONG_CLASSES = {"Left_To_Right": "L", "Right_To_Left": "R", "Arabic_Letter": "AL", "European_Terminator": "ET"}


def _load(name: str) -> dict:
    return json.loads((resources.files("reader") / "data" / name).read_text(encoding="utf-8"))


def _chars(table: dict[str, str]) -> dict[str, str]:
    return {chr(int(key, 16)): chr(int(value, 16)) for key, value in table.items()}


@cache
def bracket_pairs() -> tuple[dict[str, str], frozenset[str]]:
    """Opening bracket -> its closing bracket, and the set of closing brackets (BidiBrackets.txt)."""
    data = _load(BRACKETS_FILE)
    return _chars(data["open"]), frozenset(chr(int(key, 16)) for key in data["close"])


@cache
def mirrors() -> dict[str, str]:
    """Character -> its mirrored glyph (BidiMirroring.txt)."""
    return _chars(_load(MIRRORING_FILE)["mirror"])


@cache
def joining_types() -> dict[str, str]:
    """Character -> Arabic joining type R, L, D, C or U as listed in ArabicShaping.txt."""
    data = _load(JOINING_FILE)["joining"]
    return {chr(int(key, 16)): value for key, value in data.items()}


@cache
def unassigned_classes() -> tuple[list[int], list[tuple[int, int, str]]]:
    """Bidi classes of code points Python's ``unicodedata`` does not know (newer or unassigned).

    Ranges from DerivedBidiClass.txt, defaults included: sorted starts and ``(start, end, class)``.
    """
    ranges = [(int(a, 16), int(b, 16), c) for a, b, c in _load(CLASSES_FILE)["ranges"]]
    return [r[0] for r in ranges], ranges


def _rows(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            rows.append([field.strip() for field in line.split(";")])
    return rows


def _version(path: Path) -> str:
    first = path.read_text(encoding="utf-8").split("\n", 1)[0]
    return first.lstrip("# ").removesuffix(".txt")


def generate(unicode_dir: Path, data_dir: Path) -> None:
    """Write the three JSON tables from the Unicode Character Database files in ``unicode_dir``."""
    brackets = unicode_dir / "BidiBrackets.txt"
    opening = {row[0]: row[1] for row in _rows(brackets) if row[2] == "o"}
    closing = sorted(row[0] for row in _rows(brackets) if row[2] == "c")
    mirroring = unicode_dir / "BidiMirroring.txt"
    shaping = unicode_dir / "ArabicShaping.txt"
    joining = {row[0]: row[2] for row in _rows(shaping) if row[2] in "RLDCU"}
    tables = {
        CLASSES_FILE: _classes_table(unicode_dir / "extracted" / "DerivedBidiClass.txt"),
        BRACKETS_FILE: {"source": _version(brackets), "open": opening, "close": closing},
        MIRRORING_FILE: {"source": _version(mirroring), "mirror": {row[0]: row[1] for row in _rows(mirroring)}},
        JOINING_FILE: {"source": _version(shaping), "joining": joining},
    }
    for name, table in tables.items():
        (data_dir / name).write_text(json.dumps(table, indent=0, sort_keys=True) + "\n", encoding="utf-8")


def _classes_table(path: Path) -> dict:
    """Classes from DerivedBidiClass.txt for the code points this Python's unicodedata leaves blank."""
    classes: dict[int, str] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    missing = [line.split(":", 1)[1] for line in lines if line.startswith("# @missing:")]
    explicit = [line.split("#", 1)[0] for line in lines]
    for line in [*missing, *explicit]:
        if ";" not in line:
            continue
        span, name = (field.strip() for field in line.split(";"))
        first, _, last = span.partition("..")
        for cp in range(int(first, 16), int(last or first, 16) + 1):
            classes[cp] = _LONG_CLASSES.get(name, name)
    ranges: list[list] = []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF or unicodedata.bidirectional(chr(cp)):
            continue
        value = classes.get(cp, "L")
        if value == "L":
            continue
        if ranges and ranges[-1][1] == cp - 1 and ranges[-1][2] == value:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp, value])
    return {
        "source": _version(path),
        "python_unicodedata": unicodedata.unidata_version,
        "ranges": [[f"{a:04X}", f"{b:04X}", c] for a, b, c in ranges],
    }


if __name__ == "__main__":
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode")
    generate(source, Path(__file__).resolve().parent.parent / "data")
