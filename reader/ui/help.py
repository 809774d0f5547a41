"""The ``?`` screen: every key of the reader, and what the colours and marks mean, in its language."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.ui.display import Display, make_display
from reader.ui.words import KEYS, LEGEND, LEGEND_KEYS_AR, word

if TYPE_CHECKING:
    from reader.rtl import LayoutOptions

CHROME = 8  # cells of the dialog that are no text: border, padding and scroll bar


def keys_table(
    rows: Sequence[tuple[str, str, str]], lang: str = "en", options: LayoutOptions | None = None, width: int = 80
) -> Table:
    """The rows ``(key, English, Arabic)`` as a table ``width`` cells wide: in Arabic the key at
    the right and each description laid out right-to-left, wrapped by the layout engine."""
    from reader.rtl import LayoutOptions, layout_paragraph

    options = options or LayoutOptions()
    keys = [LEGEND_KEYS_AR.get(key, key) if lang == "ar" else key for key, _, _ in rows]
    key_width = min(max(cell_len(key) for key in keys), width // 3)
    text_width = max(10, width - key_width - 2)
    table = Table(box=None, show_header=False, padding=0, collapse_padding=True, expand=False)
    if lang == "en":
        table.add_column(style="bold", no_wrap=True, width=key_width + 2)
        table.add_column(width=text_width)
        for key, (_, english, _) in zip(keys, rows, strict=True):
            table.add_row(key, english)
        return table
    table.add_column(no_wrap=True, width=text_width)
    table.add_column(style="bold", no_wrap=True, justify="right", width=key_width + 2)
    for key, (_, _, arabic) in zip(keys, rows, strict=True):
        lines = layout_paragraph(arabic, text_width, options)
        shown = "\n".join(" " * line.indent(text_width) + line.text for line in lines)
        key_shown = "".join(line.text for line in layout_paragraph(key, 1 << 20, options))
        table.add_row(Text(shown), key_shown)
    return table


class HelpScreen(ModalScreen[None]):
    """The keys, closed with escape, ``?`` or ``q``."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,question_mark,q", "close", "Close")]

    def __init__(self, lang: str = "en", bidi: str = "visual", shape: bool = True, harakat: bool = True) -> None:
        super().__init__()
        from reader.rtl import LayoutOptions

        self.lang = lang
        self.options = LayoutOptions(bidi=bidi, shape=shape, harakat=harakat)
        self._display: Display = make_display(bidi, shape, harakat)

    def compose(self) -> ComposeResult:
        lang = self.lang
        # the dialog: 80% of the screen, at most 90 cells (app.tcss), less its border, padding and scroll bar
        width = max(20, min(90, int(self.app.size.width * 0.8)) - CHROME)
        with VerticalScroll(classes="dialog", id="help"):
            yield Static(self.heading(word("help title", lang), width))
            yield Static(keys_table(KEYS, lang, self.options, width))
            yield Static(Text("\n").append_text(self.heading(word("legend title", lang), width)))
            yield Static(keys_table(LEGEND, lang, self.options, width))

    def heading(self, text: str, width: int) -> Text:
        """A bold heading and a blank line; in Arabic laid out right-to-left at the right."""
        if self.lang == "en":
            return Text(text + "\n", style="bold")
        from reader.rtl import layout_paragraph

        lines = layout_paragraph(text, width, self.options)
        return Text("\n".join(" " * line.indent(width) + line.text for line in lines) + "\n", style="bold")

    def action_close(self) -> None:
        self.dismiss(None)
