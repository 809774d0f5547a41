"""The query view's list: one two-line row per result, only the rows in sight made.

A line-API ScrollView over ``count`` results whose rows a function makes (``row(index)``, a
two-line ``Text`` as wide as the list less its padding): a row is made when it comes into sight
and kept while a few screens of others are (``CACHE_ROWS``), so that a hundred thousand results
list at once and scroll as fast as ten (an ``OptionList`` makes every row first: 1.25 ms each
for the reader's right-to-left rows, 18 s for the 11,488 events of the benchmark archive on a
busy machine). The cursor (``highlighted``) posts ``Highlighted``; ``enter`` or a double click
posts ``Selected``. It looks and answers keys as the ``OptionList`` it replaces: the row's padding
of one cell each side, the block cursor's colours (dimmer without the focus), ``j``/``k``,
``g``/``G``, ``space``/``b``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

ROW_HEIGHT = 2  # lines a result takes
CACHE_ROWS = 400  # rendered lines kept (a few screens); past them all are dropped and made again
PADDING = 1  # cells left blank at each side of a row


class ResultsList(ScrollView, can_focus=True):
    """``count`` results, ``highlighted`` the one under the cursor (None: no results)."""

    DEFAULT_CSS = """
    ResultsList {
        color: $foreground;
        background: $surface;
        overflow-x: hidden;
        &:focus { background-tint: $foreground 5%; }
        & > .results-list--highlighted {
            color: $foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus > .results-list--highlighted {
            color: $block-cursor-foreground;
            background: $block-cursor-background;
            text-style: $block-cursor-text-style;
        }
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {"results-list--highlighted"}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Next event", show=False),
        Binding("k,up", "cursor_up", "Previous event", show=False),
        Binding("g,home", "first", "First", show=False),
        Binding("G,end", "last", "Last", show=False),
        Binding("space,pagedown", "page_down", "Page down", show=False),
        Binding("b,pageup", "page_up", "Page up", show=False),
        Binding("enter", "select", "Select", show=False),
    ]

    highlighted: reactive[int | None] = reactive(None, init=False, always_update=True)

    class Highlighted(Message):
        """The cursor moved to result ``index``."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class Selected(Message):
        """Result ``index`` was chosen (``enter``, a double click)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, row: Callable[[int], Text], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._row = row
        self._count = 0
        self._cache: dict[tuple[int, int, bool, bool], Strip] = {}  # a line as painted
        self._texts: dict[tuple[int, int], list[Text]] = {}  # a row's lines as made, by index and width

    @property
    def option_count(self) -> int:
        """How many results the list holds."""
        return self._count

    @property
    def row_width(self) -> int:
        """The cells a row's text has (the list's width less the padding), 0 before its layout."""
        return max(0, self.scrollable_content_region.width - 2 * PADDING)

    def reset(self, count: int) -> None:
        """List ``count`` results (their rows made anew), none highlighted, from the top."""
        self._count = count
        self._cache.clear()
        self._texts.clear()
        self.set_reactive(ResultsList.highlighted, None)
        self.virtual_size = Size(self.virtual_size.width, count * ROW_HEIGHT)
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def forget_rows(self) -> None:
        """Make the rows again when next shown (what they say has changed)."""
        self._cache.clear()
        self._texts.clear()
        self.refresh()

    # -- the cursor -----------------------------------------------------------------------------

    def validate_highlighted(self, value: int | None) -> int | None:
        if value is None or not self._count:
            return None
        return max(0, min(value, self._count - 1))

    def watch_highlighted(self, new: int | None) -> None:
        self.refresh()
        if new is not None:
            self.scroll_to_row(new)
            self.post_message(self.Highlighted(new))

    def scroll_to_row(self, index: int) -> None:
        """Scroll result ``index`` into sight (once the list has a size)."""
        height = self.scrollable_content_region.height
        if not height:
            self.call_after_refresh(self._scroll_when_sized, index)
            return
        top, y = index * ROW_HEIGHT, self.scroll_offset.y
        if top < y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif top + ROW_HEIGHT > y + height:
            self.scroll_to(y=top + ROW_HEIGHT - height, animate=False, immediate=True)

    def _scroll_when_sized(self, index: int) -> None:
        if self.scrollable_content_region.height and index == self.highlighted:
            self.scroll_to_row(index)

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_first(self) -> None:
        if self._count:
            self.highlighted = 0

    def action_last(self) -> None:
        if self._count:
            self.highlighted = self._count - 1

    def action_page_down(self) -> None:
        self._move(self._page())

    def action_page_up(self) -> None:
        self._move(-self._page())

    def action_select(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Selected(self.highlighted))

    def _move(self, rows: int) -> None:
        if self._count:
            self.highlighted = 0 if self.highlighted is None else self.highlighted + rows

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height // ROW_HEIGHT)

    async def _on_click(self, event: Click) -> None:
        """A click highlights the result under it; a double click selects it too."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = (self.scroll_offset.y + offset.y) // ROW_HEIGHT
        if 0 <= index < self._count:
            self.highlighted = index
            if event.chain > 1:
                self.action_select()

    # -- rendering ------------------------------------------------------------------------------

    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, self._count * ROW_HEIGHT)
        self.forget_rows()
        if self.highlighted is not None:
            self.scroll_to_row(self.highlighted)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def render_line(self, y: int) -> Strip:
        line = self.scroll_offset.y + y
        width = self.scrollable_content_region.width or self.size.width
        base = self.rich_style
        index, part = divmod(line, ROW_HEIGHT)
        if index >= self._count or width <= 0:
            return Strip.blank(width, base)
        on_cursor = index == self.highlighted
        key = (line, width, on_cursor, self.has_focus)
        strip = self._cache.get(key)
        if strip is None:
            if len(self._cache) >= CACHE_ROWS:  # a long scroll: forget the rows left behind
                self._cache.clear()
                self._texts.clear()
            style = base + self.get_component_rich_style("results-list--highlighted") if on_cursor else base
            lines = self._texts.get((index, width))
            if lines is None:
                lines = self._texts[index, width] = list(self._row(index).split("\n", allow_blank=True))
            text = lines[part].copy() if part < len(lines) else Text()
            text = Text(" " * PADDING).append_text(text)
            text.truncate(width, overflow="ellipsis", pad=True)
            text.stylize_before(style)
            strip = Strip(text.render(self.app.console), width).crop_extend(0, width, style)
            strip = strip.apply_meta({"option": index})
            self._cache[key] = strip
        return strip.apply_offsets(0, line)
