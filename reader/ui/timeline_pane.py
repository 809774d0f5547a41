"""The timeline pane: the article's events grouped by date, in date order, undated last.

Each event shows a type badge in its own colour, its actor, how it was dated (explicit or
context) and a short quote of its sentence. The cursor selects one event (posting
``EventSelected``); ``set_linked_sentence`` marks the events one sentence reports, so moving in
the article shows its events here. A line-API ScrollView: only visible lines are rendered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.model import EVENT_TYPES, Analysis, Event
from reader.timeline import ARABIC_WEEKDAYS, DateGroup, group_events, quote
from reader.ui.display import Display, make_display

BADGE_WIDTH = max(len(name) for name in EVENT_TYPES) + 2
DATE_SOURCE_TAGS = {"explicit": "explicit", "context": "context"}


@dataclass(frozen=True)
class Row:
    """One line of the pane: a group heading, an event's first or second line, or a gap."""

    kind: str  # "group", "event", "quote", "gap", "message"
    event: int = -1  # index into TimelinePane.events for "event" and "quote" rows
    group: DateGroup | None = None
    text: str = ""


class TimelinePane(ScrollView, can_focus=True):
    """Events by date; ``cursor`` is an index into ``events`` (the visible events in order)."""

    DEFAULT_CSS = """
    TimelinePane {
        background: $surface;
        padding: 0 1;
        overflow-x: hidden;
        scrollbar-size-vertical: 1;
    }
    TimelinePane > .timeline-pane--group { color: $text-accent; text-style: bold; }
    TimelinePane > .timeline-pane--cursor { background: $block-cursor-blurred-background; }
    TimelinePane:focus > .timeline-pane--cursor {
        background: $block-cursor-background; color: $block-cursor-foreground;
    }
    TimelinePane > .timeline-pane--linked { background: $boost; text-style: bold; }
    TimelinePane > .timeline-pane--quote { color: $text-muted; }
    TimelinePane > .timeline-pane--source { color: $text-muted; text-style: italic; }
    TimelinePane > .timeline-pane--message { color: $text-muted; text-style: italic; }
    TimelinePane > .timeline-pane--visit { background: #2e7d32; color: #ffffff; }
    TimelinePane > .timeline-pane--meeting { background: #1565c0; color: #ffffff; }
    TimelinePane > .timeline-pane--statement { background: #546e7a; color: #ffffff; }
    TimelinePane > .timeline-pane--accusation { background: #c62828; color: #ffffff; }
    TimelinePane > .timeline-pane--denial { background: #6a1b9a; color: #ffffff; }
    TimelinePane > .timeline-pane--agreement { background: #00897b; color: #ffffff; }
    TimelinePane > .timeline-pane--warning { background: #ef6c00; color: #000000; }
    TimelinePane > .timeline-pane--attack { background: #b71c1c; color: #ffff00; }
    TimelinePane > .timeline-pane--measure { background: #4e342e; color: #ffffff; }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "timeline-pane--group",
        "timeline-pane--cursor",
        "timeline-pane--linked",
        "timeline-pane--quote",
        "timeline-pane--source",
        "timeline-pane--message",
        *(f"timeline-pane--{name}" for name in EVENT_TYPES),
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Next event", show=False),
        Binding("k,up", "cursor_up", "Previous event", show=False),
        Binding("space,pagedown", "page_down", "Page down", show=False),
        Binding("b,pageup", "page_up", "Page up", show=False),
        Binding("g,home", "first", "First", show=False),
        Binding("G,end", "last", "Last", show=False),
        Binding("enter", "jump", "Go to sentence", show=False),
    ]

    cursor: reactive[int] = reactive(-1, init=False, always_update=True)

    class EventSelected(Message):
        """The cursor moved to ``event`` (``jump``: the reader asked to go to its sentence)."""

        def __init__(self, pane: TimelinePane, event: Event, jump: bool = False) -> None:
            super().__init__()
            self.pane = pane
            self.event = event
            self.jump = jump

        @property
        def control(self) -> TimelinePane:
            return self.pane

    def __init__(
        self,
        *,
        bidi: str = "visual",
        shape: bool = True,
        harakat: bool = True,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._display: Display = make_display(bidi, shape, harakat)
        self.analysis: Analysis | None = None
        self.groups: list[DateGroup] = []
        self.events: list[Event] = []
        self.type_filter: frozenset[str] = frozenset()
        self.linked_sentence: int | None = None
        self.message = "Analysing the article…"
        self._rows: list[Row] = [Row("message", text=self.message)]
        self._event_rows: list[int] = []  # first row of each event
        self._cache: dict[tuple[int, int], Strip] = {}

    # -- data -------------------------------------------------------------------------------

    def set_analysis(self, analysis: Analysis) -> None:
        """Show ``analysis``'s events (keeping the filter); the cursor goes to the first one, quietly."""
        self.analysis = analysis
        self.message = ""
        self._rebuild()
        # Quietly: filling the timeline must not move the article the reader is reading.
        self.set_reactive(TimelinePane.cursor, 0 if self.events else -1)

    def set_message(self, message: str) -> None:
        """Show ``message`` instead of events (analysing, failed)."""
        self.message = message
        self._rebuild()

    def set_filter(self, types: frozenset[str] | set[str]) -> None:
        """Show only events of ``types`` (empty: all); the cursor stays on its event if shown."""
        current = self.selected_event
        self.type_filter = frozenset(types)
        self._rebuild()
        if current is not None and current in self.events:
            self.cursor = self.events.index(current)
        else:
            self.cursor = 0 if self.events else -1

    def set_linked_sentence(self, sentence_id: int | None, scroll: bool = True) -> None:
        """Mark the events sentence ``sentence_id`` reports, and scroll the first into view."""
        self.linked_sentence = sentence_id
        self._cache.clear()
        self.refresh()
        linked = self.linked_indices()
        if scroll and linked and self.cursor not in linked:
            self._scroll_to_event(linked[0])

    def linked_indices(self) -> list[int]:
        """Indices (into ``events``) of the events the linked sentence reports."""
        if self.linked_sentence is None:
            return []
        s = self.linked_sentence
        return [i for i, e in enumerate(self.events) if e.sentence == s or s in e.mentions]

    @property
    def selected_event(self) -> Event | None:
        if 0 <= self.cursor < len(self.events):
            return self.events[self.cursor]
        return None

    def select_event(self, event_id: str) -> bool:
        """Move the cursor to the event with id ``event_id``; False when it is not shown."""
        for i, event in enumerate(self.events):
            if event.id == event_id:
                self.cursor = i
                return True
        return False

    def row_event(self, y: int) -> int:
        """The index of the event shown on visible line ``y`` (-1 for headings and gaps)."""
        row = y + self.scroll_offset.y
        return self._rows[row].event if 0 <= row < len(self._rows) else -1

    def visible_text(self) -> list[str]:
        """The text of every row, as rendered (for tests and the end-to-end check)."""
        return [self._row_text(row).plain for row in self._rows]

    def _rebuild(self) -> None:
        self.groups = []
        self.events = []
        rows: list[Row] = []
        event_rows: list[int] = []
        if self.message or self.analysis is None:
            rows.append(Row("message", text=self.message))
        else:
            for group in group_events(self.analysis):
                shown = tuple(e for e in group.events if not self.type_filter or e.type in self.type_filter)
                if not shown:
                    continue
                group = DateGroup(group.key, group.label, group.dated, shown)
                self.groups.append(group)
                if rows:
                    rows.append(Row("gap"))
                rows.append(Row("group", group=group))
                for event in shown:
                    event_rows.append(len(rows))
                    index = len(self.events)
                    self.events.append(event)
                    rows.append(Row("event", event=index))
                    rows.append(Row("quote", event=index))
            if not rows:
                text = "No events of the chosen types." if self.type_filter else "No events found in this article."
                rows.append(Row("message", text=text))
        self._rows = rows
        self._event_rows = event_rows
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(rows))
        self.refresh()

    # -- cursor -----------------------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        if not self.events:
            return -1
        return max(0, min(value, len(self.events) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self._cache.clear()
        self.refresh()
        if new >= 0:
            self._scroll_to_event(new)
            self.post_message(self.EventSelected(self, self.events[new]))

    def _scroll_to_event(self, index: int) -> None:
        top = self._event_rows[index]
        first = top - 1 if top > 0 and self._rows[top - 1].kind == "group" else top
        height = self.scrollable_content_region.height or self.size.height
        y = self.scroll_offset.y
        if first < y:
            self.scroll_to(y=first, animate=False)
        elif top + 2 > y + height:
            self.scroll_to(y=top + 2 - height, animate=False)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.events) - 1

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def _page(self, direction: int) -> None:
        if not self.events:
            return
        height = max(3, self.scrollable_content_region.height)
        row = self._event_rows[self.cursor] + direction * (height - 2)
        self.cursor = self._event_at_row(row, direction)

    def _event_at_row(self, row: int, direction: int) -> int:
        """The event on or nearest after (direction 1) or before (-1) ``row``."""
        if direction > 0:
            for i, first in enumerate(self._event_rows):
                if first >= row:
                    return i
            return len(self.events) - 1
        for i in range(len(self._event_rows) - 1, -1, -1):
            if self._event_rows[i] <= row:
                return i
        return 0

    def action_jump(self) -> None:
        event = self.selected_event
        if event is not None:
            self.post_message(self.EventSelected(self, event, jump=True))

    def on_click(self, event: Click) -> None:
        index = self.row_event(event.y)
        if index >= 0:
            self.cursor = index
            if event.chain >= 2:
                self.action_jump()

    # -- rendering --------------------------------------------------------------------------

    def on_resize(self) -> None:
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(self._rows))

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"timeline-pane--{name}")

    def _fg(self, name: str) -> Style:
        """A component's colour and text style without its background (rows set the background)."""
        style = self._style(name)
        return Style(color=style.color, bold=style.bold, italic=style.italic, dim=style.dim)

    def _row_text(self, row: Row) -> Text:
        width = max(10, self.scrollable_content_region.width or self.size.width or 40)
        if row.kind == "group" and row.group is not None:
            return _styled(self._group_label(row.group), self._fg("group"))
        if row.kind == "message":
            return _styled(row.text, self._fg("message"))
        if row.kind == "event":
            return self._event_line(self.events[row.event], width)
        if row.kind == "quote":
            return self._quote_line(self.events[row.event], width)
        return Text("")

    def _group_label(self, group: DateGroup) -> str:
        label = group.label
        for weekday in ARABIC_WEEKDAYS:  # the ISO date stays first; the weekday is displayed as Arabic
            if weekday in label:
                label = label.replace(weekday, self._display(weekday))
        return label

    def _event_line(self, event: Event, width: int) -> Text:
        badge = f" {event.type} ".ljust(BADGE_WIDTH)
        text = Text(no_wrap=True)
        text.append(badge, self._style(event.type))
        text.append(" ")
        tag = DATE_SOURCE_TAGS.get(event.date_source, "")
        room = width - BADGE_WIDTH - 1 - (len(tag) + 1 if tag else 0)
        shown = self._fit(event.actor or "—", max(4, room))
        text.append(shown)
        if tag:
            text.append(" " * max(1, room - cell_len(shown) + 1))
            text.append(tag, self._fg("source"))
        return text

    def _quote_line(self, event: Event, width: int) -> Text:
        assert self.analysis is not None
        sentences = self.analysis.article.sentences
        sentence = sentences[event.sentence].text if 0 <= event.sentence < len(sentences) else ""
        return _styled("   " + self._fit(sentence, max(8, width - 3)), self._fg("quote"))

    def _fit(self, text: str, cells: int) -> str:
        """``text`` shortened at a word (with an ellipsis) to fit ``cells``, as displayed."""
        limit = cells
        shown = self._display(quote(text, limit))
        while cell_len(shown) > cells and limit > 1:
            limit -= 1
            shown = self._display(quote(text, limit))
        return shown

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        row_index = scroll_y + y
        width = self.scrollable_content_region.width or self.size.width
        base = self.rich_style
        if row_index >= len(self._rows):
            return Strip.blank(width, base)
        key = (row_index, width)
        strip = self._cache.get(key)
        if strip is None:
            row = self._rows[row_index]
            text = self._row_text(row)
            style = Style()
            if row.event >= 0:
                if row.event == self.cursor:
                    style = self._style("cursor")
                elif row.event in self.linked_indices():
                    style = self._style("linked")
                text.stylize_before(style)  # under the badge: it keeps its colour
            text.stylize_before(base)
            strip = Strip(text.render(self.app.console), text.cell_len)
            strip = strip.crop_extend(scroll_x, scroll_x + width, base + style)
            self._cache[key] = strip
        return strip.apply_offsets(scroll_x, row_index)


def _styled(text: str, style: Style) -> Text:
    """A one-line Text with ``style`` as a span (so row styles can go under it)."""
    result = Text(text, no_wrap=True)
    result.stylize(style)
    return result
