"""Untrusted text on its way to a terminal: no control character gets through.

C0 controls (ESC, BEL, BS...), DEL and C1 controls are dropped: they would start escape
sequences, ring, or rewrite what is shown. Line and paragraph separators show as a space, a tab
as one space (it stays a segment separator for the bidi algorithm). Format characters (bidi
controls, ZWJ/ZWNJ) take no cell; lone surrogates show as U+FFFD.
"""

from __future__ import annotations

import re
import unicodedata

HIDDEN, SPACE, SHOW = 0, 1, 2
LINE_BREAKS = frozenset("\n\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e\x1f")


def kind(char: str) -> int:
    """HIDDEN (takes no cell), SPACE (shows as a space) or SHOW."""
    if char == "\t" or char in LINE_BREAKS:
        return SPACE
    category = unicodedata.category(char)
    if category in ("Cc", "Cf"):
        return HIDDEN
    return SHOW


def shown_as(char: str) -> str:
    """What a character shows as in a terminal cell: itself, a space, U+FFFD, or nothing."""
    value = kind(char)
    if value == HIDDEN:
        return ""
    if value == SPACE:
        return " "
    return "\ufffd" if "\ud800" <= char <= "\udfff" else char


def is_terminal_safe(text: str) -> bool:
    """Whether ``text`` holds no control character besides newline (what tests assert of output)."""
    return not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]", text)
