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
    ("tab / shift+tab", "the other pane (never moves the selection; under 80 columns it shows instead)"),
    ("j k  ↓ ↑", "next / previous sentence (article) or entry (timeline): both panes follow"),
    ("space b  pgdn pgup", "page down / up"),
    ("g G  home end", "first / last"),
    ("enter", "timeline: go to the entry's sentence; article: go to the sentence's entries"),
    ("click", "select an entry or a sentence (double-click an entry: go to its sentence)"),
    ("/", "search (alef forms, ta marbuta, alef maqsura, harakat and tatweel are ignored)"),
    ("n N", "next / previous search hit"),
    ("escape", "clear the search"),
    ("f", "filter the timeline by event type; hide or show the other dated mentions (dimmed)"),
    ("d", "set the reference date (the day relative dates count from); the timeline updates"),
    ("e", "export the timeline as Markdown beside the article"),
    ("E", "export the Markdown to a path you type"),
    ("s", "swap the panes"),
    ("z", "zoom: one pane, full width (tab flips), or both again"),
    ("ctrl+p", "command palette (the actions above, the theme switcher)"),
    ("?", "this help"),
    ("q", "quit"),
    ("ctrl+c", "quit (exit status 130)"),
)

# What the colours and marks mean.
LEGEND: tuple[tuple[str, str], ...] = (
    ("badge", "the event's type, each in its colour; 'mention': a dated sentence with no event"),
    ("date stated / inferred", "the event's date is in its sentence / taken from the text around it"),
    ("highlighted sentence", "where you are; the selected entry's trigger underlined, its date in colour"),
    ("bold timeline row", "an entry of the sentence you are on"),
)


def keys_table(rows: tuple[tuple[str, str], ...] = KEYS) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for key, what in rows:
        table.add_row(key, what)
    return table


class HelpScreen(ModalScreen[None]):
    """The keys, closed with escape, ``?`` or ``q``."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,question_mark,q", "close", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="help"):
            yield Static("[b]reader[/b]: the article (right-to-left) and its timeline, linked both ways\n")
            yield Static(keys_table())
            yield Static("\n[b]What the colours mean[/b]\n")
            yield Static(keys_table(LEGEND))

    def action_close(self) -> None:
        self.dismiss(None)
