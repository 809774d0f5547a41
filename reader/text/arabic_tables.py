"""The normalisation table of :mod:`reader.text.arabic`, derived from camel-tools and shipped as JSON.

camel-tools is the source of truth for Arabic normalisation, but importing
``camel_tools.utils`` costs about 0.6 s (its charsets loop over every code point), so the reader
never imports it at run time. This module applies camel-tools' functions (``dediac_ar``,
``normalize_alef_ar``, ``normalize_alef_maksura_ar``, ``normalize_teh_marbuta_ar``) to each
character of the Arabic blocks, adds the project's own rules (the combining marks camel-tools
leaves out, tatweel, Eastern Arabic and Persian digits) and writes the result to
``reader/data/arabic_normalisation.json``; :mod:`reader.text.arabic` loads that file. Rewrite it after
upgrading camel-tools or changing a rule (``tests/test_arabic_tables.py`` fails until then)::

    python -m reader.text.arabic_tables          # rewrite the JSON
    python -m reader.text.arabic_tables --check  # exit 1 if the shipped JSON is stale
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

TABLE_FILE = Path(__file__).resolve().parents[1] / "data" / "arabic_normalisation.json"
GENERATOR = "python -m reader.text.arabic_tables"

# Arabic, Arabic Supplement, Arabic Extended-A, Presentation Forms-A and -B (end exclusive).
BLOCKS: tuple[tuple[int, int], ...] = (
    (0x0600, 0x0700),
    (0x0750, 0x0780),
    (0x08A0, 0x0900),
    (0xFB50, 0xFE00),
    (0xFE70, 0xFF00),
)
TATWEEL = 0x0640
# Combining marks camel-tools' AR_DIAC_CHARSET leaves out: Quranic signs, combining hamza/maddah.
EXTRA_MARKS: tuple[int, ...] = (
    *range(0x0610, 0x061B),
    *range(0x0653, 0x0660),
    *range(0x06D6, 0x06EE),
    *range(0x08D3, 0x0900),
)
# Eastern Arabic (U+0660-0669) and Persian (U+06F0-06F9) digits.
DIGITS: dict[int, str] = {**{0x0660 + i: str(i) for i in range(10)}, **{0x06F0 + i: str(i) for i in range(10)}}


def block_code_points() -> list[int]:
    """Every code point of the Arabic blocks, in order."""
    return [code for low, high in BLOCKS for code in range(low, high)]


def camel_normalize() -> Callable[[str], str]:
    """camel-tools' normalisation as the reader composes it (imports camel-tools: slow)."""
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
    )

    def normalize(text: str) -> str:
        return normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(text))))

    return normalize


def reference_normalize(camel: Callable[[str], str] | None = None) -> Callable[[str], str]:
    """One character's normal form: camel-tools' functions, then the project's rules."""
    camel = camel or camel_normalize()

    def normalize(ch: str) -> str:
        code = ord(ch)
        if code in DIGITS:
            return DIGITS[code]
        if code == TATWEEL or code in EXTRA_MARKS:
            return ""
        return camel(ch)

    return normalize


def build_table() -> dict[int, str]:
    """Code point -> replacement ('' to drop) for each block character normalisation changes."""
    normalize = reference_normalize()
    table: dict[int, str] = {}
    for code in block_code_points():
        out = normalize(chr(code))
        if len(out) > 1:
            raise ValueError(f"U+{code:04X} normalises to {len(out)} characters; the offset map needs at most one")
        if out != chr(code):
            table[code] = out
    return table


def table_json(table: dict[int, str]) -> str:
    """The JSON file's text: hex code point -> hex replacement ('' to drop), with its provenance."""
    from importlib.metadata import version

    data = {
        "about": "Arabic normalisation and search folding (reader.text.arabic), derived from camel-tools' "
        "dediac_ar, normalize_alef_ar, normalize_alef_maksura_ar and normalize_teh_marbuta_ar plus "
        "the reader's rules (other combining marks, tatweel, digits). Generated: do not edit.",
        "generator": GENERATOR,
        "camel_tools": version("camel-tools"),
        "blocks": [f"{low:04X}..{high - 1:04X}" for low, high in BLOCKS],
        "normalise": {f"{code:04X}": f"{ord(out):04X}" if out else "" for code, out in sorted(table.items())},
    }
    return json.dumps(data, indent=0, ensure_ascii=False) + "\n"


def load_table(path: Path = TABLE_FILE) -> dict[int, str]:
    """The shipped table as ``str.translate`` wants it: code point -> replacement string."""
    data = json.loads(path.read_text(encoding="utf-8"))["normalise"]
    return {int(key, 16): chr(int(value, 16)) if value else "" for key, value in data.items()}


def main(argv: list[str] | None = None) -> int:
    """Rewrite the JSON from camel-tools, or with ``--check`` only compare it."""
    import argparse

    parser = argparse.ArgumentParser(prog=GENERATOR, description="Rewrite (or check) " + TABLE_FILE.name)
    parser.add_argument("--check", action="store_true", help="exit 1 if the shipped table differs from camel-tools")
    args = parser.parse_args(argv)
    table = build_table()
    if args.check:
        if load_table() != table:
            print(f"{TABLE_FILE} is stale: run {GENERATOR}")
            return 1
        return 0
    TABLE_FILE.write_text(table_json(table), encoding="utf-8")
    print(f"wrote {len(table)} entries to {TABLE_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
