"""Small modal screens: a yes/no question and the event-type filter."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, SelectionList
from textual.widgets.selection_list import Selection


class ConfirmScreen(ModalScreen[bool]):
    """Ask a yes/no question; dismisses with True for yes (``y``), False for no (``n``, escape)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, id="question")
            with Horizontal(classes="buttons"):
                yield Button("Yes (y)", id="yes", variant="warning")
                yield Button("No (n)", id="no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class FilterScreen(ModalScreen[frozenset[str] | None]):
    """Choose which event types the timeline shows; dismisses with the chosen set (all: empty).

    ``space`` toggles a type, ``enter`` applies, ``a`` shows all, ``escape`` cancels (None).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "apply", "Apply", priority=True),
        Binding("a", "all", "All types"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, counts: dict[str, int], chosen: frozenset[str]) -> None:
        super().__init__()
        self.counts = counts
        self.chosen = chosen

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Show events of these types (space toggles, enter applies, a: all):")
            yield SelectionList[str](
                *(
                    Selection(f"{name} ({count})", name, not self.chosen or name in self.chosen)
                    for name, count in self.counts.items()
                ),
                id="types",
            )

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def action_apply(self) -> None:
        selected = frozenset(self.query_one(SelectionList).selected)
        self.dismiss(frozenset() if selected == frozenset(self.counts) else selected)

    def action_all(self) -> None:
        self.dismiss(frozenset())

    def action_cancel(self) -> None:
        self.dismiss(None)
