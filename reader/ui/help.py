"""The ``?`` screen: every key of the reader, by pane."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS: tuple[tuple[str, str], ...] = (
    ("tab / shift+tab", "switch between the article and the timeline"),
    ("j k  ↓ ↑", "next / previous sentence (article) or entry (timeline)"),
    ("space b  pgdn pgup", "page down / up"),
    ("g G  home end", "first / last"),
    ("enter", "timeline: go to the entry's sentence; article: go to the sentence's entries"),
    ("click", "select an entry or a sentence (double-click an entry: go to its sentence)"),
    ("/", "search (alef forms, ta marbuta, alef maqsura, harakat and tatweel are ignored)"),
    ("n N", "next / previous search hit"),
    ("escape", "clear the search"),
    ("f", "filter the timeline by event type; hide or show the other dated mentions (dimmed)"),
    ("e", "export the timeline as Markdown beside the article"),
    ("s", "swap the panes"),
    ("ctrl+p", "command palette (the actions above, the theme switcher)"),
    ("?", "this help"),
    ("q", "quit"),
)


def keys_table() -> Table:
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for key, what in KEYS:
        table.add_row(key, what)
    return table


class HelpScreen(ModalScreen[None]):
    """The keys, closed with escape, ``?`` or ``q``."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,question_mark,q", "close", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="help"):
            yield Static("[b]reader[/b]: the article (right-to-left) and its timeline, linked both ways\n")
            yield Static(keys_table())

    def action_close(self) -> None:
        self.dismiss(None)
