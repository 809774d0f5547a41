"""The list of articles to pick from when several files or a folder are opened."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList
from textual.widgets.option_list import Option


class PickerScreen(Screen[str]):
    """Choose one of ``sources``; the app opens it (``enter``), and comes back here on escape."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("q", "app.quit", "Quit")]

    def __init__(self, sources: list[str]) -> None:
        super().__init__()
        self.sources = sources

    def compose(self) -> ComposeResult:
        yield Header()
        yield OptionList(*(Option(label(s), id=str(i)) for i, s in enumerate(self.sources)), id="articles")
        yield Footer()

    def on_mount(self) -> None:
        self.title = f"{len(self.sources)} articles"
        self.sub_title = "enter opens, escape comes back here, q quits"
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        index = int(event.option.id or 0)
        self.app.open_source(self.sources[index])  # type: ignore[attr-defined]


def label(source: str) -> str:
    """A source as listed: a file's name and folder, a URL or stdin as it is."""
    if source == "-":
        return "stdin"
    if source.startswith(("http://", "https://")):
        return source
    path = Path(source)
    return f"{path.name}   ({path.parent})" if str(path.parent) not in ("", ".") else path.name
