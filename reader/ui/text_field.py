"""A text field for Arabic: the value shown shaped and right-to-left, the cursor moving on screen.

Textual's ``Input`` prints its value in logical order, so Arabic typed into it reads backwards
and unjoined. ``TextField`` lays the value out with :mod:`reader.rtl` (one line, never wrapped),
right-aligns a right-to-left value, and keeps the cursor on the cell that shows its character:
a block on the character after the caret, or a blank cell past the value's end (at the left of
Arabic, at the right of Latin). The arrow keys move the cursor one cell on screen (left is
left, in Arabic as in Latin), ``home``/``end`` go to the value's first and last character (the
right and left ends of Arabic). Typing and deleting work on the logical value as always. In
``terminal`` bidi mode the terminal does all this and the field is a plain ``Input``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.widgets import Input
from textual.widgets._input import Selection

from reader.rtl import LayoutOptions, Paragraph


@dataclass(frozen=True)
class Cell:
    """One cell of the field as shown: ``text`` (one glyph and its marks, or ``""`` for the blank
    cell past the end), ``width`` cells, showing logical offset ``offset``."""

    text: str
    width: int
    offset: int


@dataclass(frozen=True)
class FieldLine:
    """A value laid out for a one-line field: its cells left to right, and its direction."""

    cells: tuple[Cell, ...]  # includes the blank end cell (offset == len(value))
    rtl: bool

    @property
    def width(self) -> int:
        return sum(cell.width for cell in self.cells)

    def index_of(self, offset: int) -> int:
        """The index of the cell showing logical ``offset`` (or the nearest character before it)."""
        best, best_offset = None, -1
        for index, cell in enumerate(self.cells):
            if cell.offset == offset:
                return index
            if best_offset < cell.offset < offset:
                best, best_offset = index, cell.offset
        return best if best is not None else self.end_index

    @property
    def end_index(self) -> int:
        return 0 if self.rtl else len(self.cells) - 1

    def column_of(self, index: int) -> int:
        return sum(cell.width for cell in self.cells[:index])


def field_line(value: str, options: LayoutOptions, base: int | None = None) -> FieldLine:
    """``value`` as one displayed line, cell by cell, with a blank cell past its end.

    ``base`` forces the direction (0 left-to-right, 1 right-to-left); by default the value's
    first strong character gives it, right-to-left when it has none (an empty field too).

    Spaces at either end, which the layout drops at a line's ends, are kept: a reader who has
    just typed a space sees it.
    """
    end = len(value)
    lead = len(value) - len(value.lstrip(" "))
    trail = len(value) - len(value.rstrip(" ")) if value.strip(" ") else 0
    core = value[lead : end - trail]
    cells: list[Cell] = []
    rtl = base != 0
    if core:
        lines = Paragraph(core, options, lead, base).lines(1 << 20)
        rtl = lines[0].rtl
        for line in lines:
            _add_cells(cells, line.text, line.visual_to_logical)
    leading = [Cell(" ", 1, i) for i in range(lead)]
    trailing = [Cell(" ", 1, i) for i in range(end - trail, end)]
    blank = Cell("", 1, end)
    # right to left, logical order runs leftwards: the end (and trailing spaces) on the left
    ordered = [blank, *trailing[::-1], *cells, *leading[::-1]] if rtl else [*leading, *cells, *trailing, blank]
    return FieldLine(tuple(ordered), rtl)


def _add_cells(cells: list[Cell], text: str, offsets: Sequence[int]) -> None:
    """Group ``text`` (visual order) into cells: a zero-width character joins the cell before it."""
    for char, offset in zip(text, offsets, strict=True):
        width = cell_len(char)
        if width == 0 and cells:
            last = cells[-1]
            cells[-1] = Cell(last.text + char, last.width, last.offset)
        elif width:
            cells.append(Cell(char, width, offset))


class TextField(Input):
    """An ``Input`` that shows Arabic shaped and right-to-left, with an on-screen cursor."""

    def __init__(
        self,
        *args: Any,
        bidi: str = "visual",
        shape: bool = True,
        harakat: bool = True,
        base: int | None = None,
        **kwargs: Any,
    ) -> None:
        """``base``: 0 for a left-to-right field (a date, a path), 1 right-to-left; by default the
        value's first strong character decides, and an empty field starts at the right."""
        self.options = LayoutOptions(bidi=bidi, shape=shape, harakat=harakat)
        self.visual = bidi == "visual"
        self.base = base
        self._window = 0  # the first cell in sight when the value is wider than the field
        self._line_cache: tuple[str, FieldLine] | None = None
        super().__init__(*args, **kwargs)  # last: a value given here is laid out at once

    # -- the value as shown ---------------------------------------------------------------
    def shown(self) -> FieldLine:
        """The value laid out (cached per value)."""
        value = "•" * len(self.value) if self.password else self.value
        if self._line_cache is None or self._line_cache[0] != value:
            self._line_cache = (value, field_line(value, self.options, self.base))
        return self._line_cache[1]

    @property
    def _field_width(self) -> int:
        return max(1, self.scrollable_content_region.width)

    @property
    def content_width(self) -> int:
        """As wide as the field: the field scrolls its own window, never Textual's."""
        return self._field_width if self.visual else super().content_width

    def _cursor_index(self, line: FieldLine) -> int:
        return line.index_of(self.cursor_position)

    def _layout(self) -> tuple[FieldLine, int, int]:
        """The laid-out value, the first cell in sight and the blank columns before it."""
        line = self.shown()
        width = self._field_width
        total = line.width
        if total <= width:
            self._window = 0
            return line, 0, (width - total) if line.rtl else 0
        cursor = line.column_of(self._cursor_index(line))
        start = line.column_of(self._window)
        if cursor < start:
            start = cursor
        elif cursor >= start + width:
            start = cursor - width + 1
        start = max(0, min(start, total - width))
        # back to a cell boundary
        column, first = 0, 0
        while first < len(line.cells) - 1 and column + line.cells[first].width <= start:
            column += line.cells[first].width
            first += 1
        self._window = first
        return line, first, 0

    @property
    def _cursor_offset(self) -> int:
        if not self.visual:
            return super()._cursor_offset
        line, first, pad = self._layout()
        return pad + line.column_of(self._cursor_index(line)) - line.column_of(first)

    def _cell_offset_to_index(self, offset: int) -> int:
        if not self.visual:
            return super()._cell_offset_to_index(offset)
        line, first, pad = self._layout()
        column = pad
        for cell in line.cells[first:]:
            if column <= offset < column + cell.width:
                return cell.offset
            column += cell.width
        return 0 if (line.rtl and offset < pad) else len(self.value)

    def render_line(self, y: int) -> Strip:
        if not self.visual:
            return super().render_line(y)
        width = self._field_width
        base = self.rich_style
        if y != 0:
            return Strip.blank(self.size.width, base)
        if not self.value:
            return self._placeholder_strip(width)
        line, first, pad = self._layout()
        cursor = self._cursor_index(line) if self.has_focus and self._cursor_visible else -1
        selected = sorted(self.selection) if self.has_focus and not self.selection.is_empty else None
        cursor_style = self.get_component_rich_style("input--cursor")
        selection_style = self.get_component_rich_style("input--selection")
        segments = [Segment(" " * pad)] if pad else []
        used = pad
        for index in range(first, len(line.cells)):
            cell = line.cells[index]
            if used + cell.width > width:
                break
            style = Style()
            if selected and selected[0] <= cell.offset < selected[1]:
                style = selection_style
            if index == cursor:
                style = cursor_style
            segments.append(Segment(cell.text or " ", style))
            used += cell.width
        strip = Strip(segments, used).extend_cell_length(width + 1)
        return strip.apply_style(base)

    def _placeholder_strip(self, width: int) -> Strip:
        from reader.ui.display import visual_line

        text = visual_line(self.placeholder, self.options) if self.placeholder else ""
        rtl = self.base != 0
        shown = text[: max(0, width - 1)]
        placeholder = self.get_component_rich_style("input--placeholder")
        cursor_style = self.get_component_rich_style("input--cursor")
        blank = Segment(" ", cursor_style if self.has_focus and self._cursor_visible else Style())
        pad = max(0, width - 1 - cell_len(shown))
        if rtl:
            segments = [Segment(" " * pad), Segment(shown, placeholder), blank]
        else:
            segments = [blank, Segment(shown, placeholder)]
        return Strip(segments).extend_cell_length(width + 1).apply_style(self.rich_style)

    # -- moving on screen -----------------------------------------------------------------
    def _move_cells(self, step: int, select: bool) -> None:
        line = self.shown()
        index = self._cursor_index(line)
        target = max(0, min(len(line.cells) - 1, index + step))
        offset = line.cells[target].offset
        if select:
            self.selection = Selection(self.selection.start, offset)
        elif not self.selection.is_empty:
            start, end = sorted(self.selection)
            self.cursor_position = start if (step < 0) != line.rtl else end
        else:
            self.cursor_position = offset

    def action_cursor_left(self, select: bool = False) -> None:
        if not self.visual:
            return super().action_cursor_left(select)
        self._move_cells(-1, select)

    def action_cursor_right(self, select: bool = False) -> None:
        if not self.visual:
            return super().action_cursor_right(select)
        self._move_cells(1, select)

    def action_cursor_left_word(self, select: bool = False) -> None:
        if self.visual and self.shown().rtl:  # left is onwards in Arabic: the next word
            return super().action_cursor_right_word(select)
        return super().action_cursor_left_word(select)

    def action_cursor_right_word(self, select: bool = False) -> None:
        if self.visual and self.shown().rtl:
            return super().action_cursor_left_word(select)
        return super().action_cursor_right_word(select)
