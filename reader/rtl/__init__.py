"""Right-to-left layout for terminals: bidi levels, shaping, wrapping, visual lines with maps.

Pure Python, no Textual. ``layout_paragraph(text, width, LayoutOptions(...))`` gives
``VisualLine``s; ``bdsm_disable()``/``bdsm_enable()`` are the escapes an app in visual mode
sends on start and exit so that bidi-aware terminals do not reorder a second time.
"""

from __future__ import annotations

import os

from reader.rtl.layout import (
    BIDI_MODES,
    LayoutOptions,
    Paragraph,
    VisualLine,
    display_line,
    layout_paragraph,
    layout_text,
)

BIDI_ENV = "READER_BIDI"

__all__ = [
    "BIDI_ENV",
    "BIDI_MODES",
    "LayoutOptions",
    "Paragraph",
    "VisualLine",
    "bdsm_disable",
    "bdsm_enable",
    "default_bidi_mode",
    "display_line",
    "layout_paragraph",
    "layout_text",
]


def bdsm_disable() -> str:
    """``CSI 8 l``: reset BDSM (terminal-wg bidi recommendation), the terminal stops reordering."""
    return "\x1b[8l"


def bdsm_enable() -> str:
    """``CSI 8 h``: set BDSM back, the terminal's own (implicit) bidi resumes."""
    return "\x1b[8h"


def default_bidi_mode() -> str:
    """The bidi mode when none is given: ``READER_BIDI`` (visual or terminal), else visual."""
    value = os.environ.get(BIDI_ENV, "").strip().lower()
    return value if value in BIDI_MODES else "visual"
