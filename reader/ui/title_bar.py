"""The top line: the article's headline and, when there is room, its source and reference date.

Textual's ``Header`` centres ``title — subtitle`` and crops what does not fit at the right, which
for an Arabic headline in visual order is its first words. Here the headline is shortened at its
logical end, at a word, with an ellipsis (the left end of Arabic), so its start always shows; the
subtitle goes first when room runs out, and sits on the side the headline's reading ends on.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from reader.ui.display import Display
from reader.views.timeline import quote

SEPARATOR = "  ·  "


def fit(text: str, cells: int, display: Display) -> str:
    """``text`` as displayed, shortened at a word (an ellipsis at its logical end) to ``cells``."""
    shown = display(text)
    limit = len(text)
    while cell_len(shown) > cells and limit > 1:
        limit -= 1
        shown = display(quote(text, limit))
    return shown if cell_len(shown) <= cells else ""


def is_rtl(text: str) -> bool:
    """Whether the first strong character of ``text`` is right-to-left."""
    import unicodedata

    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return True


class TitleBar(Widget):
    """One line: the headline, whole or shortened at its end, and the subtitle if it fits."""

    DEFAULT_CSS = """
    TitleBar {
        dock: top;
        width: 100%;
        height: 1;
        text-align: center;
        background: $panel;
        color: $foreground;
        text-style: bold;
    }
    """

    headline: reactive[str] = reactive("", layout=False)
    subtitle: reactive[str] = reactive("", layout=False)

    def __init__(self, display: Display, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._display = display

    def line(self, width: int) -> str:
        """The bar's text at ``width`` cells (centred by ``render``)."""
        room = max(0, width - 2)
        headline = fit(self.headline, room, self._display)
        if not headline:
            return ""
        rest = room - cell_len(headline) - len(SEPARATOR)
        subtitle = self._display(self.subtitle) if self.subtitle else ""
        if not subtitle or cell_len(subtitle) > rest:
            return headline
        if is_rtl(self.headline):  # read from the right: the headline first, then the subtitle on its left
            return subtitle + SEPARATOR + headline
        return headline + SEPARATOR + subtitle

    def render(self) -> Text:
        return Text(self.line(self.size.width), justify="center", no_wrap=True, overflow="crop")
