"""Rule L4: characters with a mirrored glyph (brackets, « », ≤...) show it in right-to-left runs."""

from __future__ import annotations

from reader.rtl.tables import mirrors


def mirror(char: str) -> str:
    """The mirrored glyph of ``char`` (BidiMirroring.txt), or ``char`` when it has none."""
    return mirrors().get(char, char)
