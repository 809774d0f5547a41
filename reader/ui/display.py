"""One-line bidi display for the short texts the app shows outside the article pane.

The timeline's actors and quotes, the header's title: each is one line, never wrapped, laid
out by the layout engine (:mod:`reader.rtl`) as one paragraph: reordered and joined in
``visual`` mode, left in logical order in ``terminal`` mode (control characters never shown).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.rtl import LayoutOptions

Display = Callable[[str], str]
_UNWRAPPED = 1 << 20  # wider than any one-line text: the layout never wraps it


def make_display(bidi: str = "visual", shape: bool = True, harakat: bool = True) -> Display:
    """A function from a logical one-line text to the string to print for it."""
    from reader.rtl import LayoutOptions

    options = LayoutOptions(bidi=bidi, shape=shape, harakat=harakat)
    return lambda text: visual_line(text, options)


def visual_line(text: str, options: LayoutOptions) -> str:
    """``text`` as one displayed line (line breaks inside it become spaces)."""
    from reader.rtl import layout_paragraph

    text = " ".join(text.splitlines())
    if not text:
        return ""
    return "".join(line.text for line in layout_paragraph(text, _UNWRAPPED, options))
