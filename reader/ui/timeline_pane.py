"""The timeline pane: the article's events grouped by date, in date order, undated last.

Each event shows a type badge in its own colour, its actor, how it was dated (explicit or
context) and a short quote of its sentence. After a date's events come its other dated
mentions (dated sentences no event reports), one muted line each. The cursor selects one entry,
event or mention (posting ``EntrySelected``); ``set_linked_sentence`` marks the entries of one
sentence, so moving in the article shows them here. The filter hides event types and the
mentions. A line-API ScrollView: only visible lines are rendered.

The rows and the indexes a key press needs (the entries of a sentence, the nearest entry, an
entry's rank) are built once per analysis (``TimelineBase``, through ``build_layout``, a pure
function the app runs off the main thread), so that no key press walks the whole timeline; a
filter then picks the shown entries and their first rows in a few passes in C over byte arrays
(``TimelineLayout``): a few milliseconds on the main thread for 100,000 entries.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, compress, islice, repeat
from operator import add, ne, sub
from typing import ClassVar, cast, overload

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
from reader.ui.display import Display, make_display
from reader.views.labels import check_lang, group_words, no_actor, source_tag, type_name, ui
from reader.views.timeline import DatedSentence, DateGroup, group_events, quote

Entry = Event | DatedSentence  # what the cursor selects: an event or an other dated mention
CACHE_ROWS = 1000  # rendered rows kept (a few screens); more are dropped
NEAR_LOOK = 64  # the told sentences the nearest entry is looked for among before the sorted pairs are made


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the pane: a group heading, an event's first or second line, a mention, a gap."""

    kind: str  # "group", "event", "quote", "mention", "gap", "message"
    entry: int = -1  # index into TimelinePane.entries for "event", "quote" and "mention" rows
    group: DateGroup | None = None
    text: str = ""


def reports(entry: Entry, sentence: int) -> bool:
    """Whether ``entry`` belongs to sentence ``sentence`` (for an event: any of its mentions)."""
    if isinstance(entry, DatedSentence):
        return entry.sentence == sentence
    return entry.sentence == sentence or sentence in entry.mentions


def _told(entry: Entry) -> set[int]:
    """The sentences an entry belongs to."""
    return {entry.sentence} if isinstance(entry, DatedSentence) else {entry.sentence, *entry.mentions}


class TimelineBase:
    """One analysis's timeline before any filter: every date group and entry, in the pane's order,
    and what a filter needs to pick from them without a Python loop over the entries: a byte per
    entry for its type (``codes``: 0 a mention, else 1 + its type's place in ``types``) and for its
    rows (``heights``: 2 an event, 1 a mention), and its group's index (``group_of``).

    Built once per analysis (``build_layout``, off the main thread); a filter is then a few passes
    in C over these arrays (``TimelineLayout``), so that applying one on 100,000 entries costs the
    main thread a few milliseconds.
    """

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.groups: list[DateGroup] = group_events(analysis, mentions=True)
        self.entries: list[Entry] = []
        self.types: dict[str, int] = {}
        codes = bytearray()
        heights = bytearray()
        self.group_of: list[int] = []
        self.by_sentence: dict[int, list[int]] = {}  # sentence -> entries that tell it
        told: list[tuple[int, int]] = []
        for number, group in enumerate(self.groups):
            shown: tuple[Entry, ...] = (*group.events, *group.dated_sentences)
            for entry in shown:
                index = len(self.entries)
                self.entries.append(entry)
                if isinstance(entry, Event):
                    codes.append(self.types.setdefault(entry.type, len(self.types) + 1))
                    heights.append(2)
                else:
                    codes.append(0)
                    heights.append(1)
                self.group_of.append(number)
                for sentence in _told(entry):
                    self.by_sentence.setdefault(sentence, []).append(index)
                    told.append((sentence, index))
        told.sort()
        self.codes = bytes(codes)
        self.heights = bytes(heights)
        self.told_sentences: list[int] = [sentence for sentence, _ in told]
        self.told_entries: list[int] = [index for _, index in told]
        self.mentions_all = sum(len(group.dated_sentences) for group in self.groups)

    def mask(self, type_filter: frozenset[str], show_mentions: bool, events_only: bool = False) -> bytes:
        """A byte per entry: 1 when the filter shows it (with ``events_only``: and it is an event)."""
        table = bytearray(256)
        table[0] = show_mentions and not events_only
        for name, code in self.types.items():
            table[code] = not type_filter or name in type_filter
        return self.codes.translate(table)


class TimelineLayout:
    """What the pane shows for one analysis and filter: its rows and the indexes key presses use.

    The shown entries and each one's first row are lists; the rows themselves (``rows``), a
    sentence's entries, the nearest entry and an entry's rank are found when asked for.
    """

    def __init__(
        self,
        analysis: Analysis | None,
        type_filter: frozenset[str],
        show_mentions: bool,
        message: str,
        base: TimelineBase | None = None,
        lang: str = "en",
    ) -> None:
        self.analysis = analysis
        self.type_filter = type_filter
        self.show_mentions = show_mentions
        self.message = message
        self.base = base
        self.entries: list[Entry] = []  # shown events and mentions, in the pane's order
        self.events: list[Event] = []  # the shown events alone
        self.entry_rows: list[int] = []  # first row of each entry
        self.mentions_shown = 0
        self.mentions_all = 0  # the analysis's other dated mentions, hidden or not
        self.rows: Sequence[Row]
        self._mask = b""  # a byte per base entry: 1 if shown
        self._places: list[int] = []  # per base entry: the shown entries up to it (its place + 1)
        self._heights = b""  # each shown entry's rows
        self._groups: list[int] = []  # each shown entry's group (index in base.groups)
        self._told_sentences: list[int] = []  # (sentence, shown entry), sorted, as two lists (made once asked for)
        self._told_entries: list[int] = []
        self._group_cache: dict[int, DateGroup] = {}
        if message or analysis is None or base is None:
            self.rows = [Row("message", text=message)]
            return
        self.mentions_all = base.mentions_all
        mask = base.mask(type_filter, show_mentions)
        self.entries = list(compress(base.entries, mask))
        if not self.entries:
            text = ui("no events of types" if type_filter else "no events", lang)
            if not show_mentions:
                text += " " + ui("mentions hidden", lang)
            self.rows = [Row("message", text=text)]
            return
        events = compress(base.entries, base.mask(type_filter, show_mentions, events_only=True))
        self.events = cast("list[Event]", list(events))  # the mask leaves events alone
        self.mentions_shown = len(self.entries) - len(self.events)
        self._mask = mask
        self._places = list(accumulate(mask))  # base entry -> shown entries up to it
        self._heights = heights = bytes(compress(base.heights, mask))
        self._groups = groups = list(compress(base.group_of, mask))
        # An entry's first row: the rows of the entries before it, and two (a gap, a heading) for
        # each group begun up to it, less the first group's gap.
        begins = list(map(ne, groups, chain((-1,), groups)))
        firsts = list(accumulate(map(add, map(add, heights, begins), begins), initial=-1))
        self.entry_rows = list(map(sub, islice(firsts, 1, None), heights))
        self.rows = _Rows(self, firsts[-1])

    def matches(self, analysis: Analysis | None, type_filter: frozenset[str], show_mentions: bool) -> bool:
        return self.analysis is analysis and self.type_filter == type_filter and self.show_mentions == show_mentions

    @property
    def groups(self) -> list[DateGroup]:
        """The shown date groups, each with its shown events and mentions alone."""
        return [self.group(number) for number in dict.fromkeys(self._groups)]

    def group(self, number: int) -> DateGroup:
        """Group ``number`` of the base as shown: its events of the chosen types, its mentions or not."""
        shown = self._group_cache.get(number)
        if shown is None:
            assert self.base is not None
            group = self.base.groups[number]
            events = tuple(e for e in group.events if not self.type_filter or e.type in self.type_filter)
            others = group.dated_sentences if self.show_mentions else ()
            shown = self._group_cache[number] = DateGroup(group.key, group.label, group.dated, events, others)
        return shown

    def sentence_entries(self, sentence: int) -> list[int]:
        """The shown entries that tell sentence ``sentence``, in order."""
        if self.base is None or not self.entries:
            return []
        mask, places = self._mask, self._places
        return [places[index] - 1 for index in self.base.by_sentence.get(sentence, ()) if mask[index]]

    def nearest_entry(self, sentence_id: int) -> int:
        """The entry whose sentence comes last before ``sentence_id`` (else first after it).

        Looked for among the few sentences before it first; past them, in the (sentence, entry)
        pairs of the shown entries, sorted (made at the first such look, for the filter).
        """
        if self.base is None or not self.entries:
            return 0
        sentences, entries, mask = self.base.told_sentences, self.base.told_entries, self._mask
        at = bisect_left(sentences, sentence_id)
        for k in range(at - 1, max(at - NEAR_LOOK, 0) - 1, -1):
            if mask[entries[k]]:
                return self.sentence_entries(sentences[k])[0]  # that sentence's first entry
        if not self._told_sentences:
            seen = bytes(map(mask.__getitem__, entries))
            self._told_sentences = list(compress(sentences, seen))
            shown = map(self._places.__getitem__, compress(entries, seen))
            self._told_entries = list(map(sub, shown, repeat(1)))
        sentences, entries = self._told_sentences, self._told_entries
        before = bisect_left(sentences, sentence_id)
        if before:
            return entries[bisect_left(sentences, sentences[before - 1])]  # that sentence's first entry
        return entries[0] if entries else 0

    def rank(self, index: int) -> int:
        """Entry ``index``'s place among the shown events (or the shown mentions)."""
        height = self._heights[index]
        return self._heights.count(height, 0, index)


class _Rows(Sequence[Row]):
    """The pane's lines, each made when asked for from the entries' first rows."""

    def __init__(self, layout: TimelineLayout, count: int) -> None:
        self.layout = layout
        self._count = count

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, row: int) -> Row: ...

    @overload
    def __getitem__(self, row: slice) -> Sequence[Row]: ...

    def __getitem__(self, row: int | slice) -> Row | Sequence[Row]:
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(self._count))]
        if row < 0:
            row += self._count
        if not 0 <= row < self._count:
            raise IndexError(row)
        layout = self.layout
        firsts = layout.entry_rows
        index = bisect_right(firsts, row) - 1
        if index >= 0 and row < firsts[index] + layout._heights[index]:
            if layout._heights[index] == 1:
                return Row("mention", entry=index)
            return Row("event" if row == firsts[index] else "quote", entry=index)
        if row == firsts[index + 1] - 1:
            return Row("group", group=layout.group(layout._groups[index + 1]))
        return Row("gap")


def build_layout(
    analysis: Analysis | None,
    type_filter: frozenset[str] = frozenset(),
    show_mentions: bool = True,
    message: str = "",
    lang: str = "en",
    base: TimelineBase | None = None,
) -> TimelineLayout:
    """The rows of ``analysis`` under a filter (or of ``message``), with their indexes.

    ``base``: the analysis's unfiltered timeline, built already (it is, if for another analysis).
    """
    if analysis is not None and not message and (base is None or base.analysis is not analysis):
        base = TimelineBase(analysis)
    return TimelineLayout(analysis, type_filter, show_mentions, message, base, lang)


class TimelinePane(ScrollView, can_focus=True):
    """Events by date; ``cursor`` is an index into ``entries`` (the visible entries in order)."""

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
    TimelinePane > .timeline-pane--mention { color: $text-muted; }
    TimelinePane > .timeline-pane--mention-tag { color: $text-muted; text-style: italic; }
    TimelinePane > .timeline-pane--visit { background: #2e7d32; color: #ffffff; }
    TimelinePane > .timeline-pane--meeting { background: #1565c0; color: #ffffff; }
    TimelinePane > .timeline-pane--statement { background: #546e7a; color: #ffffff; }
    TimelinePane > .timeline-pane--accusation { background: #c62828; color: #ffffff; }
    TimelinePane > .timeline-pane--denial { background: #6a1b9a; color: #ffffff; }
    TimelinePane > .timeline-pane--agreement { background: #00695c; color: #ffffff; }
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
        "timeline-pane--mention",
        "timeline-pane--mention-tag",
        *(f"timeline-pane--{name}" for name in EVENT_TYPES),
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Next entry", show=False),
        Binding("k,up", "cursor_up", "Previous entry", show=False),
        Binding("space,pagedown", "page_down", "Page down", show=False),
        Binding("b,pageup", "page_up", "Page up", show=False),
        Binding("g,home", "first", "First", show=False),
        Binding("G,end", "last", "Last", show=False),
        Binding("enter", "jump", "Go to sentence", show=False),
    ]

    cursor: reactive[int] = reactive(-1, init=False, always_update=True)

    class EntrySelected(Message):
        """The cursor moved to ``entry`` (``jump``: the reader asked to go to its sentence)."""

        def __init__(self, pane: TimelinePane, entry: Entry, jump: bool = False) -> None:
            super().__init__()
            self.pane = pane
            self.entry = entry
            self.jump = jump

        @property
        def sentence(self) -> int:
            """The sentence to show: the event's reporting sentence or the mention's own."""
            return self.entry.sentence

        @property
        def control(self) -> TimelinePane:
            return self.pane

    def __init__(
        self,
        *,
        bidi: str = "visual",
        shape: bool = True,
        harakat: bool = True,
        lang: str | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._display: Display = make_display(bidi, shape, harakat)
        self.lang = check_lang(lang)
        self.analysis: Analysis | None = None
        self.entries: list[Entry] = []  # shown events and mentions, in the pane's order
        self.events: list[Event] = []  # the shown events alone
        self.type_filter: frozenset[str] = frozenset()
        self.show_mentions = True
        self.linked_sentence: int | None = None
        self.near = False  # the cursor is on the entry nearest the linked sentence, which has none
        self.message = ui("analysing article", self.lang)
        self._rows: Sequence[Row] = [Row("message", text=self.message)]
        self._entry_rows: list[int] = []  # first row of each entry
        self._pending_scroll: int | None = None  # the entry to bring into sight once laid out
        self._layout = build_layout(None, message=self.message, lang=self.lang)
        self._linked: frozenset[int] = frozenset()  # entries of the linked sentence
        # rendered rows by (row, width, how it is marked); their texts, laid out, by (row, width)
        self._cache: dict[tuple[int, int, int], Strip] = {}
        self._texts: dict[tuple[int, int], tuple[Text, tuple[int, int] | None]] = {}

    # -- data -------------------------------------------------------------------------------

    def set_analysis(self, analysis: Analysis, layout: TimelineLayout | None = None) -> None:
        """Show ``analysis``'s entries (keeping the filter); the cursor goes to the first one, quietly.

        ``layout``: its rows, built already (off the main thread); used if made for this filter.
        """
        self.analysis = analysis
        self.message = ""
        if layout is not None and layout.matches(analysis, self.type_filter, self.show_mentions):
            self._apply(layout)
        else:
            self._rebuild()
        # Quietly: filling the timeline must not move the article the reader is reading.
        self.set_reactive(TimelinePane.cursor, 0 if self.entries else -1)

    def set_message(self, message: str) -> None:
        """Show ``message`` instead of events (analysing, failed)."""
        self.message = message
        self._rebuild()

    def set_filter(self, types: frozenset[str] | set[str], mentions: bool | None = None) -> None:
        """Show only events of ``types`` (empty: all), and the other dated mentions or not
        (None: as before); the cursor stays on its entry if shown."""
        current = self.selected
        self.type_filter = frozenset(types)
        if mentions is not None:
            self.show_mentions = mentions
        self._rebuild()
        # Quietly: filtering the timeline never moves the article.
        shown = self._index_of(current) if current is not None and not self.near else None
        if shown is not None:
            self.set_reactive(TimelinePane.cursor, shown)
            self._scroll_to_entry(self.cursor)
        elif self.linked_sentence is not None and self.entries:
            self.follow_sentence(self.linked_sentence)
        else:
            self.set_reactive(TimelinePane.cursor, 0 if self.entries else -1)
        self._cache.clear()
        self._texts.clear()
        self.refresh()

    def set_linked_sentence(self, sentence_id: int | None, scroll: bool = True) -> None:
        """Mark the entries of sentence ``sentence_id``, and scroll the first into view."""
        self.linked_sentence = sentence_id
        self._linked = frozenset(self.linked_indices())
        self.refresh()
        linked = self.linked_indices()
        if scroll and linked and self.cursor not in linked:
            self._scroll_to_entry(linked[0])

    def follow_sentence(self, sentence_id: int | None) -> None:
        """One selection: mark sentence ``sentence_id``'s entries and put the cursor on the first
        (the one under it already, if it is one of them), quietly: the article is there already.

        A sentence no entry reports takes the entry of the nearest sentence before it (else after
        it), as ``near``: only drawn while the timeline has focus, the place ``j``/``k`` go on from.
        """
        self.set_linked_sentence(sentence_id, scroll=False)
        if sentence_id is None or not self.entries:
            return
        linked = self.linked_indices()
        if linked:
            self.near = False
            target = self.cursor if self.cursor in linked else linked[0]
        else:
            self.near = True
            target = self._nearest_entry(sentence_id)
        self.set_reactive(TimelinePane.cursor, target)
        self.refresh()
        self._scroll_to_entry(target)

    def _nearest_entry(self, sentence_id: int) -> int:
        """The entry whose sentence comes last before ``sentence_id`` (else first after it)."""
        return self._layout.nearest_entry(sentence_id)

    def linked_indices(self) -> list[int]:
        """Indices (into ``entries``) of the events the linked sentence reports, or of its mentions."""
        if self.linked_sentence is None:
            return []
        return self._layout.sentence_entries(self.linked_sentence)

    def _index_of(self, entry: Entry) -> int | None:
        """Where ``entry`` is in ``entries`` (None: not shown), found through its sentence."""
        for index in self._layout.sentence_entries(entry.sentence):
            if self.entries[index] == entry:
                return index
        return None

    def rank(self, index: int) -> tuple[int, int]:
        """The entry's place among the shown events (or mentions) and how many there are."""
        layout = self._layout
        total = layout.mentions_shown if isinstance(self.entries[index], DatedSentence) else len(layout.events)
        return layout.rank(index), total

    @property
    def mention_count(self) -> int:
        """The analysis's other dated mentions, shown or hidden."""
        return self._layout.mentions_all

    @property
    def selected(self) -> Entry | None:
        """The entry under the cursor: an event or an other dated mention."""
        if 0 <= self.cursor < len(self.entries):
            return self.entries[self.cursor]
        return None

    @property
    def selected_group(self) -> DateGroup | None:
        """The date group of the entry under the cursor."""
        if self.selected is None:
            return None
        for row in range(self._entry_rows[self.cursor], -1, -1):
            if self._rows[row].kind == "group":
                return self._rows[row].group
        return None

    @property
    def selected_event(self) -> Event | None:
        """The event under the cursor (None on a mention)."""
        entry = self.selected
        return entry if isinstance(entry, Event) else None

    def select_event(self, event_id: str) -> bool:
        """Move the cursor to the event with id ``event_id``; False when it is not shown."""
        for i, entry in enumerate(self.entries):
            if isinstance(entry, Event) and entry.id == event_id:
                self.cursor = i
                return True
        return False

    def row_entry(self, y: int) -> int:
        """The index of the entry shown on visible line ``y`` (-1 for headings and gaps)."""
        row = y + self.scroll_offset.y
        return self._rows[row].entry if 0 <= row < len(self._rows) else -1

    def visible_text(self) -> list[str]:
        """The text of every row, as rendered (for tests and the end-to-end check)."""
        return [self._row_text(row)[0].plain for row in self._rows]

    @property
    def groups(self) -> list[DateGroup]:
        """The shown date groups, each with its shown entries alone."""
        return self._layout.groups

    def _rebuild(self) -> None:
        base = self._layout.base
        self._apply(build_layout(self.analysis, self.type_filter, self.show_mentions, self.message, self.lang, base))

    def _apply(self, layout: TimelineLayout) -> None:
        self._layout = layout
        self.entries = layout.entries
        self.events = layout.events
        self._rows = layout.rows
        self._entry_rows = layout.entry_rows
        self._linked = frozenset(self.linked_indices())
        self._cache.clear()
        self._texts.clear()
        self.virtual_size = Size(self.size.width, len(self._rows))
        self.refresh()

    # -- cursor -----------------------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        if not self.entries:
            return -1
        return max(0, min(value, len(self.entries) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self.near = False
        self.refresh()
        if new >= 0:
            self._scroll_to_entry(new)
            self.post_message(self.EntrySelected(self, self.entries[new]))

    def _scroll_to_entry(self, index: int) -> None:
        """Scroll entry ``index`` (and its date heading) into sight; before the pane's first layout
        (the analysis may come first), once it has a size."""
        height = self.scrollable_content_region.height or self.size.height
        if not height:
            self._pending_scroll = index
            return
        self._pending_scroll = None
        top = self._entry_rows[index]
        bottom = top + (2 if isinstance(self.entries[index], Event) else 1)
        first = top - 1 if top > 0 and self._rows[top - 1].kind == "group" else top
        y = self.scroll_offset.y
        if first < y:
            self.scroll_to(y=first, animate=False)
        elif bottom > y + height:
            self.scroll_to(y=bottom - height, animate=False)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.entries) - 1

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def _page(self, direction: int) -> None:
        if not self.entries:
            return
        height = max(3, self.scrollable_content_region.height)
        row = self._entry_rows[self.cursor] + direction * (height - 2)
        self.cursor = self._entry_at_row(row, direction)

    def _entry_at_row(self, row: int, direction: int) -> int:
        """The entry on or nearest after (direction 1) or before (-1) ``row``."""
        if direction > 0:
            return min(bisect_left(self._entry_rows, row), len(self.entries) - 1)
        return max(bisect_right(self._entry_rows, row) - 1, 0)

    def action_jump(self) -> None:
        entry = self.selected
        if entry is not None:
            self.post_message(self.EntrySelected(self, entry, jump=True))

    def on_click(self, event: Click) -> None:
        """A click on an entry's row selects it (twice: goes to its sentence)."""
        offset = event.get_content_offset(self)  # the event's own x, y count the border
        if offset is None:
            return
        index = self.row_entry(offset.y)
        if index >= 0:
            self.cursor = index
            if event.chain >= 2:
                self.action_jump()

    # -- rendering --------------------------------------------------------------------------

    def _repaint(self) -> None:
        self._cache.clear()
        self._texts.clear()
        self.refresh()

    def on_focus(self) -> None:
        self._repaint()  # the cursor's colours depend on focus (and a near cursor shows only then)

    def on_blur(self) -> None:
        self._repaint()

    def notify_style_update(self) -> None:
        """A new theme (or any style change): the cached rows are in the old colours."""
        super().notify_style_update()
        self._repaint()

    def on_resize(self) -> None:
        self._cache.clear()
        self._texts.clear()
        self.virtual_size = Size(self.size.width, len(self._rows))
        pending = self._pending_scroll
        if pending is not None and 0 <= pending < len(self.entries):
            self._scroll_to_entry(pending)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"timeline-pane--{name}")

    def _fg(self, name: str) -> Style:
        """A component's colour and text style without its background (rows set the background)."""
        style = self._style(name)
        return Style(color=style.color, bold=style.bold, italic=style.italic, dim=style.dim)

    def _row_text(self, row: Row) -> tuple[Text, tuple[int, int] | None]:
        """The row as one line ``width`` cells wide, and the cells of its badge (the row's
        cursor or link colour stays off it, and off the gap beside it)."""
        width = self._width()
        if row.kind == "group" and row.group is not None:
            return self._aligned(self._group_label(row.group), self._fg("group"), width), None
        if row.kind == "message":
            if not self.rtl:
                return _styled(row.text, self._fg("message")), None
            return self._aligned(self._display(row.text), self._fg("message"), width), None
        entry = self.entries[row.entry] if row.entry >= 0 else None
        if row.kind == "event" and isinstance(entry, Event):
            return self._event_line(entry, width)
        if row.kind == "quote" and isinstance(entry, Event):
            return self._quote_line(entry.sentence, width), None
        if row.kind == "mention" and isinstance(entry, DatedSentence):
            return self._mention_line(entry, width), None
        return Text(""), None

    def _width(self) -> int:
        return max(10, self.scrollable_content_region.width or self.size.width or 40)

    @property
    def rtl(self) -> bool:
        """Rows laid out for Arabic: the badge on the right, headings right-aligned."""
        return self.lang == "ar"

    def _aligned(self, shown: str, style: Style, width: int) -> Text:
        """A displayed label at the reading side: right in Arabic, left in English."""
        text = Text(no_wrap=True)
        if self.rtl:
            text.append(" " * max(0, width - cell_len(shown)))
        text.append(shown, style)
        return text

    def _group_label(self, group: DateGroup) -> str:
        """The group's date in words ("week of 6 Nov 2023", "a month before the report"), displayed."""
        assert self.analysis is not None
        words = group_words(group, self.analysis, self.lang)
        if not group.dated and cell_len(self._display(words)) > self._width():
            words = ui("no date given", self.lang)  # the reference day is in the title bar anyway
        return self._fit(words, self._width())

    def _badge_width(self) -> int:
        return max(cell_len(self._display(type_name(name, self.lang))) for name in EVENT_TYPES) + 2

    def _event_line(self, event: Event, width: int) -> tuple[Text, tuple[int, int]]:
        """The type badge, how it was dated (muted) and the actor, right-aligned (Arabic reads
        from the right); in Arabic the row is mirrored: the badge at the right."""
        badge_width = self._badge_width()
        name = " " + self._display(type_name(event.type, self.lang)) + " "
        badge = name.rjust(badge_width) if self.rtl else name.ljust(badge_width)
        tag = self._display(source_tag(event.date_source, self.lang))
        room = max(4, width - badge_width - 1 - (cell_len(tag) + 1 if tag else 0))
        if tag and room < 12:  # a narrow pane: the actor matters more than how the date was found
            tag, room = "", max(4, width - badge_width - 1)
        actor = self._fit(event.actor or no_actor(self.lang), room)
        gap = " " * max(1, width - badge_width - cell_len(tag) - cell_len(actor) - 1)
        text = Text(no_wrap=True)
        if self.rtl:
            text.append(tag, self._fg("source"))
            text.append(gap)
            text.append(actor)
            text.append(" ")
            text.append(badge, self._style(event.type))
            return text, (text.cell_len - badge_width - 1, text.cell_len)
        text.append(badge, self._style(event.type))
        text.append(" ")
        text.append(tag, self._fg("source"))
        text.append(gap)
        text.append(actor)
        return text, (0, badge_width + 1)

    def _sentence_text(self, sentence_id: int) -> str:
        assert self.analysis is not None
        sentences = self.analysis.article.sentences
        return sentences[sentence_id].text if 0 <= sentence_id < len(sentences) else ""

    def _quote_line(self, sentence_id: int, width: int) -> Text:
        """The sentence's opening, right-aligned (three cells kept free on the left)."""
        shown = self._fit(self._sentence_text(sentence_id), max(8, width - 3))
        return _styled(" " * max(0, width - cell_len(shown)) + shown, self._fg("quote"))

    def _mention_line(self, entry: DatedSentence, width: int) -> Text:
        """The mention tag in the badge's column, then the sentence's opening, right-aligned; muted."""
        badge_width = self._badge_width()
        tag = self._display(ui("mention tag", self.lang))
        shown = self._fit(self._sentence_text(entry.sentence), max(4, width - badge_width - 1))
        text = Text(no_wrap=True)
        if self.rtl:
            text.append(" " * max(0, width - badge_width - 1 - cell_len(shown)))
            text.append(shown, self._fg("mention"))
            text.append(" ")
            text.append((" " + tag).rjust(badge_width - 1) + " ", self._fg("mention-tag"))
            return text
        text.append(f" {tag}".ljust(badge_width), self._fg("mention-tag"))
        text.append(" " * max(1, width - badge_width - cell_len(shown)))
        text.append(shown, self._fg("mention"))
        return text

    def _fit(self, text: str, cells: int) -> str:
        """``text`` shortened at a word (with an ellipsis) to fit ``cells``, as displayed."""
        shown = self._display(" ".join(text.split()))
        if cell_len(shown) <= cells:  # whole (marks take no cell, so characters may outnumber cells)
            return shown
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
        row = self._rows[row_index]
        on_cursor = row.entry >= 0 and row.entry == self.cursor and (self.has_focus or not self.near)
        linked = row.entry >= 0 and not on_cursor and row.entry in self._linked
        key = (row_index, width, on_cursor << 2 | linked << 1 | self.has_focus)
        strip = self._cache.get(key)
        if strip is None:
            if len(self._cache) >= CACHE_ROWS:  # a long scroll: forget the rows left behind
                self._cache.clear()
                self._texts.clear()
            laid = self._texts.get(key[:2])
            if laid is None:
                laid = self._texts[key[:2]] = self._row_text(row)
            text, badge = laid[0].copy(), laid[1]
            style = Style()
            if row.entry >= 0:
                if on_cursor:
                    style = self._style("cursor")
                elif linked:
                    style = self._style("linked")
                text.pad_right(max(0, width - text.cell_len))
                # The cursor's own colours over the text (muted greys fade on its bar); a link's
                # background under it. Never on the badge, nor the gap beside it: a badge keeps its
                # colour and never melts into the bar.
                paint = text.stylize if on_cursor else text.stylize_before
                spans = [(0, len(text))] if badge is None else [(0, badge[0]), (badge[1], len(text))]
                for start, end in spans:
                    if end > start:
                        paint(style, start, end)
            text.stylize_before(base)
            strip = Strip(text.render(self.app.console), text.cell_len)
            strip = strip.crop_extend(scroll_x, scroll_x + width, base + (style if badge is None else Style()))
            self._cache[key] = strip
        return strip.apply_offsets(scroll_x, row_index)


def _styled(text: str, style: Style) -> Text:
    """A one-line Text with ``style`` as a span (so row styles can go under it)."""
    result = Text(text, no_wrap=True)
    result.stylize(style)
    return result
