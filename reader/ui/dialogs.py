"""Small modal screens: a yes/no question, the timeline's filter, a prompt for a date or a path."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, SelectionList
from textual.widgets.selection_list import Selection

from reader.ui.text_field import TextField


class ConfirmScreen(ModalScreen[bool]):
    """Ask a yes/no question; dismisses with True for yes (``y``), False for no (``n``, escape)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str | Text, yes: str = "Yes (y)", no: str = "No (n)") -> None:
        """``question``: a string, or a ``Text`` laid out already (Arabic); ``yes``, ``no``: the
        buttons' words."""
        super().__init__()
        self.question = question
        self.yes, self.no = yes, no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, id="question", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(self.yes, id="yes", variant="warning")
                yield Button(self.no, id="no", variant="primary")

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
        self,
        counts: dict[str, int],
        chosen: frozenset[str],
        mentions: int = 0,
        show_mentions: bool = True,
        name: Callable[[str], str] = str,
        question: str | Text = "Show these in the timeline (space toggles, enter applies, a: all):",
        mentions_entry: str = f"{MENTIONS} ({{n}}, dimmed)",
    ) -> None:
        """``name``: how a type is shown (its name in the reader's language, laid out)."""
        super().__init__()
        self.type_label = name
        self.question = question
        self.mentions_entry = mentions_entry
        self.counts = counts
        self.chosen = chosen
        self.mentions = mentions
        self.show_mentions = show_mentions

    def compose(self) -> ComposeResult:
        choices = [
            Selection(Text(f"{self.type_label(name)} ({count})"), name, not self.chosen or name in self.chosen)
            for name, count in self.counts.items()
        ]
        if self.mentions:
            entry = self.mentions_entry.format(n=self.mentions)
            choices.append(Selection(Text(entry), MENTIONS, self.show_mentions))
        with Vertical(classes="dialog"):
            yield Label(self.question, markup=False)
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


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def parse_reference(text: str) -> dt.date | None:
    """A day typed by the reader: ``2023-11-15``, ``2023-11-5`` or ``15/11/2023`` (day first, as
    Arabic news writes it), in Western or Arabic-Indic digits; None when it is no day."""
    text = text.strip().translate(_DIGITS)
    if m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


Check = Callable[[str], str | None]  # a prompt's value -> what is wrong with it, or None


class PromptScreen(ModalScreen[str | None]):
    """One line of text: ``enter`` gives it (when ``check`` says nothing against it), ``escape`` None.

    The field is a ``TextField``: Arabic shows shaped and right-to-left, the cursor moves on screen.
    ``check(value)`` returns an error to show under the field, or None to accept the value.
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self,
        question: str,
        value: str = "",
        *,
        placeholder: str = "",
        check: Check | None = None,
        base: int | None = None,
        bidi: str = "visual",
        shape: bool = True,
        harakat: bool = True,
        rtl: bool = False,
    ) -> None:
        """``rtl``: the question is Arabic, shown at the right."""
        super().__init__()
        self.rtl = rtl
        self.question = question
        self.value = value
        self.placeholder = placeholder
        self.check = check
        self.base, self.bidi, self.shape, self.harakat = base, bidi, shape, harakat

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.question), id="question")
            yield TextField(
                self.value,
                placeholder=self.placeholder,
                id="answer",
                base=self.base,
                bidi=self.bidi,
                shape=self.shape,
                harakat=self.harakat,
            )
            yield Label("", id="problem")

    def on_mount(self) -> None:
        if self.rtl:
            question = self.query_one("#question", Label)
            question.styles.width = "100%"
            question.styles.text_align = "right"
        self.query_one("#answer", TextField).focus()

    def on_input_submitted(self, message: Input.Submitted) -> None:
        message.stop()
        problem = self.check(message.value) if self.check else None
        if problem:
            self.query_one("#problem", Label).update(problem)
            return
        self.dismiss(message.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
