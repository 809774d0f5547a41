"""Small modal screens: a yes/no question and the timeline's filter."""

from __future__ import annotations

from dataclasses import dataclass
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


MENTIONS = "other dated mentions"  # the filter's entry for dated sentences with no typed event


@dataclass(frozen=True)
class TimelineFilter:
    """What the timeline shows: events of ``types`` (empty: all) and, or not, the other dated mentions."""

    types: frozenset[str] = frozenset()
    mentions: bool = True


class FilterScreen(ModalScreen[TimelineFilter | None]):
    """Choose which event types the timeline shows, and whether the other dated mentions show.

    ``space`` toggles an entry, ``enter`` applies, ``a`` shows all, ``escape`` cancels (None).
    No type ticked shows every type. ``mentions`` counts the other dated mentions (no entry at 0).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "apply", "Apply", priority=True),
        Binding("a", "all", "All types"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(
        self, counts: dict[str, int], chosen: frozenset[str], mentions: int = 0, show_mentions: bool = True
    ) -> None:
        super().__init__()
        self.counts = counts
        self.chosen = chosen
        self.mentions = mentions
        self.show_mentions = show_mentions

    def compose(self) -> ComposeResult:
        choices = [
            Selection(f"{name} ({count})", name, not self.chosen or name in self.chosen)
            for name, count in self.counts.items()
        ]
        if self.mentions:
            choices.append(Selection(f"{MENTIONS} ({self.mentions}, dimmed)", MENTIONS, self.show_mentions))
        with Vertical(classes="dialog"):
            yield Label("Show these in the timeline (space toggles, enter applies, a: all):")
            yield SelectionList[str](*choices, id="types")

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def action_apply(self) -> None:
        selected = frozenset(self.query_one(SelectionList).selected)
        types = selected - {MENTIONS}
        mentions = MENTIONS in selected or not self.mentions
        self.dismiss(TimelineFilter(frozenset() if types == frozenset(self.counts) else types, mentions))

    def action_all(self) -> None:
        self.dismiss(TimelineFilter())

    def action_cancel(self) -> None:
        self.dismiss(None)
