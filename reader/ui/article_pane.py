"""The article pane: the article laid out right-to-left in a Textual scroll view (line API).

Only what is on screen (and a screen above and below) is laid out; paragraphs further away
count with an estimated height until they come near, and when one above the top of the view
is laid out the view moves by the difference so the text in sight stays put. Laid-out lines
are cached per width (at most ``CACHE_LINES`` of them, the least recently used let go: a block
keeps its height and is laid out again when it comes back) and laid out again on resize. A
sentence cursor is highlighted; marks (dates, triggers, search hits) are logical spans that the
lines' maps put on the right cells.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterable
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.model import Analysis, Article
from reader.rtl import LayoutOptions, Paragraph, VisualLine, default_bidi_mode

MARK_KINDS = ("date", "trigger", "search", "search-current")
MEASURE = 76  # the widest column of text, in cells: longer lines are hard to follow back
CACHE_LINES = 20_000  # laid-out lines kept at one width (some 250 screens); older blocks are let go
Mark = tuple[int, int, str]
_ESTIMATE_FILL = 0.92  # share of a line's cells an average wrapped line fills


class RowStarts:
    """The row each block starts on, a block taking its lines and one blank line after it: a
    Fenwick tree over the heights, so that reading a start, finding the block of a row or changing
    a height costs O(log n) however many paragraphs the article has."""

    def __init__(self, heights: list[int]) -> None:
        count = len(heights)
        tree = [0] * (count + 1)
        for index, height in enumerate(heights, 1):
            tree[index] += height + 1
            parent = index + (index & -index)
            if parent <= count:
                tree[parent] += tree[index]
        self._tree = tree
        self._count = count
        self.total = sum(heights) + count  # rows, the blank line after the last block included

    def __getitem__(self, block: int) -> int:
        """The first row of ``block`` (``block == count``: the total)."""
        tree, start = self._tree, 0
        while block > 0:
            start += tree[block]
            block -= block & -block
        return start

    def add(self, block: int, change: int) -> None:
        """``block`` grew by ``change`` rows."""
        tree, index = self._tree, block + 1
        while index <= self._count:
            tree[index] += change
            index += index & -index
        self.total += change

    def block_at(self, row: int) -> int:
        """The block that row ``row`` belongs to (the first or last one outside the rows)."""
        tree, at, left = self._tree, 0, row
        step = 1 << self._count.bit_length()
        while step:
            ahead = at + step
            if ahead <= self._count and tree[ahead] <= left:
                at, left = ahead, left - tree[ahead]
            step >>= 1
        return max(0, min(at, self._count - 1))


class ArticlePane(ScrollView, can_focus=True):
    """The article's title and paragraphs, right-to-left, with a sentence cursor and marks."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-pane--title",
        "article-pane--cursor",
        *(f"article-pane--{kind}" for kind in MARK_KINDS),
    }
    DEFAULT_CSS = """
    ArticlePane {
        overflow-x: hidden;
        overflow-y: auto;
        background: $surface;
        color: $foreground;
    }
    ArticlePane > .article-pane--title { text-style: bold; color: $accent; }
    ArticlePane > .article-pane--cursor { background: $primary-muted; text-style: none; }
    ArticlePane:focus > .article-pane--cursor { background: $primary-darken-2; }
    ArticlePane > .article-pane--date { color: $success; text-style: bold; }
    ArticlePane > .article-pane--trigger { color: $warning; text-style: underline; }
    ArticlePane > .article-pane--search { background: $secondary-darken-2; }
    ArticlePane > .article-pane--search-current { background: $error-darken-1; text-style: bold; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "next_sentence", "Next sentence", show=False),
        Binding("k,up", "previous_sentence", "Previous sentence", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("pageup,b", "page_up", "Page up", show=False),
        Binding("home,g", "scroll_home", "Top", show=False),
        Binding("end,G", "scroll_end", "End", show=False),
    ]

    cursor_sentence: reactive[int] = reactive(0, init=False)

    class SentenceChanged(Message):
        """The sentence cursor moved to ``sentence_id``."""

        def __init__(self, pane: ArticlePane, sentence_id: int) -> None:
            super().__init__()
            self.pane = pane
            self.sentence_id = sentence_id

        @property
        def control(self) -> ArticlePane:
            return self.pane

    def __init__(
        self,
        analysis_or_article: Analysis | Article,
        *,
        bidi: str | None = None,
        shape: bool = True,
        harakat: bool = True,
        measure: int | None = MEASURE,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        """``measure``: the widest the text column gets (centred in a wider pane); None: the pane's width."""
        super().__init__(name=name, id=id, classes=classes)
        self.measure = measure
        article = analysis_or_article.article if isinstance(analysis_or_article, Analysis) else analysis_or_article
        self.article = article
        self.options = LayoutOptions(bidi=bidi or default_bidi_mode(), shape=shape, harakat=harakat)
        title = article.meta.title
        # blocks: the body spans of the paragraphs; the title, if any, is block 0 before them
        self._blocks: list[tuple[int, int]] = [(p.start, p.end) for p in article.paragraphs]
        self._title = title or None
        self._headline = -1  # a paragraph shown as the title: a plain file's first line (no title block then)
        if title and article.paragraphs:
            first = article.paragraphs[0]
            if article.body[first.start : first.end].strip() == title.strip():
                self._title, self._headline = None, 0
        self._first_paragraph = 1 if self._title else 0
        self._sentence_starts = [s.start for s in article.sentences]
        self._marks: list[Mark] = []
        self._mark_starts: list[int] = []
        self._mark_longest = 0
        self._search: list[tuple[int, int]] = []  # search hits, in body order (marked apart: there may be many)
        self._search_starts: list[int] = []
        self._search_longest = 0
        self._search_current = -1
        self._width = 0  # the text column's width: the lines are laid out at it
        self._view = (0, 0)  # the pane's content width and height when last settled
        self._margin = 0  # blank cells left of the column (centred in a wide pane)
        self._lines: OrderedDict[int, list[VisualLine]] = OrderedDict()  # block -> lines, least recent first
        self._cached_lines = 0
        self._heights: list[int] = []
        self._starts = RowStarts([])

    # -- blocks and rows ------------------------------------------------------------------
    @property
    def block_count(self) -> int:
        return len(self._blocks) + self._first_paragraph

    def _block_text(self, block: int) -> tuple[str, int]:
        if block < self._first_paragraph:
            return self._title or "", -1
        start, end = self._blocks[block - self._first_paragraph]
        return self.article.body[start:end], start

    def _estimate(self, block: int, width: int) -> int:
        if block < self._first_paragraph:
            size = len(self._title or "")
        else:
            start, end = self._blocks[block - self._first_paragraph]
            size = end - start
        return max(1, math.ceil(size / (width * _ESTIMATE_FILL)))

    def _reset(self, width: int) -> None:
        """Forget the layout: every block gets its estimated height at ``width`` (the column's)."""
        self._width = width
        self._lines = OrderedDict()
        self._cached_lines = 0
        self._heights = [self._estimate(block, width) for block in range(self.block_count)]
        self._starts = RowStarts(self._heights)
        self._recount()

    def _recount(self) -> None:
        """The scrollable size after heights changed (the last block's blank line not counted)."""
        self.virtual_size = Size(self._width, max(0, self._starts.total - 1))

    def lines_of(self, block: int) -> list[VisualLine]:
        """The laid-out lines of a block (0 is the title when there is one) at the current width."""
        lines = self._lines.get(block)
        if lines is not None:
            self._lines.move_to_end(block)
            return lines
        text, offset = self._block_text(block)
        lines = Paragraph(text, self.options, max(offset, 0)).lines(self._width)
        self._lines[block] = lines
        self._cached_lines += len(lines)
        while self._cached_lines > CACHE_LINES and len(self._lines) > 1:
            _, dropped = self._lines.popitem(last=False)
            self._cached_lines -= len(dropped)
        return lines

    def _lay_out(self, block: int) -> int:
        """Lay out ``block``; returns how much its height changed."""
        lines = self.lines_of(block)
        change = len(lines) - self._heights[block]
        if change:
            self._heights[block] = len(lines)
            self._starts.add(block, change)
        return change

    def _block_at(self, row: int) -> int:
        return self._starts.block_at(row)

    def column(self, width: int) -> int:
        """The text column's width in a pane ``width`` cells wide."""
        return min(width, self.measure) if self.measure else width

    def _settle(self) -> None:
        """Lay out the screenful in sight and one above and below; keep the top line in place.

        After a resize the current sentence stays where it was on screen if it was in sight
        (else the line at the top stays at the top).
        """
        width = self.scrollable_content_region.width
        if width < 2 or not self.block_count:
            return
        height = max(1, self.scrollable_content_region.height)
        if (width, height) != self._view:
            place = self._cursor_place(self._view[1]) if self._width else None
            column = self.column(width)
            self._margin = (width - column) // 2
            if column != self._width:
                anchor = self._anchor()
                self._reset(column)
                self._restore(anchor)
            self._view = (width, height)
            if place is not None:
                self._keep_cursor_at(place, height)
        top = round(self.scroll_y)
        first = self._block_at(top)
        changed = False
        block, row = first, self._starts[first]
        while block < self.block_count and row <= top + 2 * height:  # this screen and the next
            if block not in self._lines:
                changed |= self._lay_out(block) != 0
            row += self._heights[block] + 1
            block += 1
        shift = 0
        block, covered = first - 1, 0
        while block >= 0 and covered < height:  # the screen above: the view moves by its change
            if block not in self._lines:
                shift += self._lay_out(block)
            covered += self._heights[block] + 1
            block -= 1
        if changed or shift:
            self._recount()
        if shift:
            self._scroll_row(top + shift)

    def _anchor(self) -> tuple[int, float]:
        """The block at the top of the view and how far into it (a share), to keep across resizes."""
        if not self._heights:
            return 0, 0.0
        top = round(self.scroll_y)
        block = self._block_at(top)
        return block, (top - self._starts[block]) / max(1, self._heights[block] + 1)

    def _restore(self, anchor: tuple[int, float]) -> None:
        block, share = anchor
        block = min(block, self.block_count - 1)
        self._lay_out(block)
        self._recount()
        self._scroll_row(self._starts[block] + int(share * (self._heights[block] + 1)))

    def _cursor_place(self, height: int) -> int | None:
        """How far below the top of a view ``height`` rows high the current sentence starts,
        if it is in sight (its start, or any of it for a sentence taller than the view)."""
        if not self.article.sentences or not self._heights or height < 1:
            return None
        first, last = self.sentence_rows(self.cursor_sentence)
        top = round(self.scroll_y)
        if last < top or first >= top + height:
            return None
        return first - top

    def _keep_cursor_at(self, place: int, height: int) -> None:
        """Scroll so the current sentence starts ``place`` rows down, or as near as keeps it all in sight."""
        first, last = self.sentence_rows(self.cursor_sentence)
        place = max(0, min(place, height - (last - first + 1)))
        self._scroll_row(max(0, first - place))

    def _scroll_row(self, row: float) -> None:
        self.scroll_to(y=row, animate=False, immediate=True)

    # -- Textual hooks ----------------------------------------------------------------------
    def on_mount(self) -> None:
        super().on_mount()
        self.call_after_refresh(self._settle)

    def on_resize(self) -> None:
        self._settle()
        self.refresh()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        self._settle()
        super().watch_scroll_y(old_value, new_value)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        """Row ``y`` of the view: a laid-out line, or a blank one between paragraphs."""
        width = self.scrollable_content_region.width
        base = self.rich_style
        if width != self._view[0]:
            self._settle()
        row = round(self.scroll_y) + y
        if not self.block_count or row >= self._starts.total:
            return Strip.blank(width, base)
        block = self._block_at(row)
        index = row - self._starts[block]
        lines = self.lines_of(block)
        if index >= len(lines):
            return Strip.blank(width, base)
        return self._strip(block, lines[index], width, base)

    # -- styling ------------------------------------------------------------------------------
    def _styles(self) -> dict[str, Style]:
        return {kind: self.get_component_rich_style(f"article-pane--{kind}", partial=True) for kind in MARK_KINDS}

    def _spans(self, line: VisualLine) -> list[tuple[int, int, Style]]:
        """Styled logical spans overlapping ``line``: the cursor sentence first, marks over it."""
        spans: list[tuple[int, int, Style]] = []
        sentences = self.article.sentences
        if sentences and 0 <= self.cursor_sentence < len(sentences):
            sentence = sentences[self.cursor_sentence]
            if sentence.start < line.end and line.start < sentence.end:
                cursor = self.get_component_rich_style("article-pane--cursor", partial=True)
                spans.append((sentence.start, sentence.end, cursor))
        if self._marks:
            styles = self._styles()
            first = bisect_left(self._mark_starts, line.start - self._mark_longest)
            last = bisect_left(self._mark_starts, line.end)
            ordered = sorted(self._marks[first:last], key=lambda mark: MARK_KINDS.index(mark[2]))
            spans.extend(
                (start, end, styles[kind]) for start, end, kind in ordered if start < line.end and line.start < end
            )
        if self._search:
            first = bisect_left(self._search_starts, line.start - self._search_longest)
            last = bisect_left(self._search_starts, line.end)
            current = None
            for index in range(first, last):
                start, end = self._search[index]
                if start < line.end and line.start < end:
                    if index == self._search_current:
                        current = (start, end)
                    else:
                        spans.append((start, end, self.get_component_rich_style("article-pane--search", partial=True)))
            if current is not None:
                style = self.get_component_rich_style("article-pane--search-current", partial=True)
                spans.append((*current, style))
        return spans

    def _strip(self, block: int, line: VisualLine, width: int, base: Style) -> Strip:
        if block < self._first_paragraph:
            base = base + self.get_component_rich_style("article-pane--title", partial=True)
            spans: list[tuple[int, int, Style]] = []
        else:
            if block == self._headline:
                base = base + self.get_component_rich_style("article-pane--title", partial=True)
            spans = self._spans(line)
        segments = []
        indent = self._margin + line.indent(self._width)
        if indent:
            segments.append(Segment(" " * indent, base))
        if not spans:
            segments.append(Segment(line.text, base))
        else:
            for text, key in self._runs(line, spans):
                style = base
                for bit, (_, _, extra) in enumerate(spans):
                    if key >> bit & 1:
                        style = style + extra
                segments.append(Segment(text, style))
        return Strip(segments, indent + line.cells).extend_cell_length(width, base).crop(0, width)

    @staticmethod
    def _runs(line: VisualLine, spans: list[tuple[int, int, Style]]) -> list[tuple[str, int]]:
        """The line's text cut where the set of spans covering it changes, with that set as bits."""
        runs: list[tuple[str, int]] = []
        text = line.text
        run_start, run_key = 0, -1
        for index, offset in enumerate(line.visual_to_logical):
            key = 0
            for bit, (start, end, _) in enumerate(spans):
                if start <= offset < end:
                    key |= 1 << bit
            if key != run_key:
                if index:
                    runs.append((text[run_start:index], run_key))
                run_start, run_key = index, key
        if text:
            runs.append((text[run_start:], run_key))
        return runs

    def line_at(self, row: int) -> tuple[int, VisualLine] | None:
        """The block and laid-out line at virtual ``row`` (None for a blank row)."""
        if not self.block_count or not 0 <= row < self._starts.total:
            return None
        block = self._block_at(row)
        lines = self.lines_of(block)
        index = row - self._starts[block]
        return (block, lines[index]) if index < len(lines) else None

    def sentence_at_row(self, row: int) -> int | None:
        """The id of the first sentence shown on virtual ``row`` (for a click), if any."""
        found = self.line_at(row)
        if found is None or found[0] < self._first_paragraph or not self._sentence_starts:
            return None
        offset = found[1].start
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    def offset_at(self, x: int, row: int) -> int | None:
        """The body offset shown at column ``x`` of virtual ``row`` (None: blank, title or margin)."""
        found = self.line_at(row)
        if found is None or found[0] < self._first_paragraph:
            return None
        line = found[1]
        column = self._margin + line.indent(self._width)
        for char, offset in zip(line.text, line.visual_to_logical, strict=True):
            width = cell_len(char)
            if width and column <= x < column + width:
                return int(offset)  # an array's item
            column += width
        return None

    def on_click(self, event: events.Click) -> None:
        """A click on a word puts the cursor on its sentence."""
        where = event.get_content_offset(self)  # the event's own x, y count the border
        if where is None:
            return
        offset = self.offset_at(where.x, round(self.scroll_y) + where.y)
        if offset is not None and self._sentence_starts:
            self.select_sentence(max(0, bisect_right(self._sentence_starts, offset) - 1), scroll=False)

    def visible_text(self) -> list[str]:
        """The rows in sight as shown (display order, alignment included), for tests and tools."""
        return [self.render_line(y).text for y in range(self.scrollable_content_region.height)]

    # -- cursor and marks --------------------------------------------------------------------
    def set_marks(self, marks: Iterable[Mark]) -> None:
        """Mark logical body spans ``(start, end, kind)``, kind one of ``MARK_KINDS``."""
        checked = []
        for start, end, kind in marks:
            if kind not in MARK_KINDS:
                raise ValueError(f"mark kind must be one of {', '.join(MARK_KINDS)}, not {kind!r}")
            checked.append((start, end, kind))
        checked.sort()
        self._marks = checked
        self._mark_starts = [mark[0] for mark in checked]
        self._mark_longest = max((end - start for start, end, _ in checked), default=0)
        self.refresh()

    def set_search(self, hits: list[tuple[int, int]], current: int = -1) -> None:
        """Mark search hits (body spans in order), ``current`` the one marked ``search-current``.

        The same list again (another current hit) costs nothing: its index is kept.
        """
        if hits is not self._search:
            self._search = hits
            self._search_starts = [start for start, _ in hits]
            self._search_longest = max((end - start for start, end in hits), default=0)
        self._search_current = current
        self.refresh()

    def sentence_at(self, offset: int) -> int | None:
        """The id of the sentence holding body ``offset`` (or the last one starting before it)."""
        if not self._sentence_starts:
            return None
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    def validate_cursor_sentence(self, value: int) -> int:
        return max(0, min(value, len(self.article.sentences) - 1))

    def watch_cursor_sentence(self, old: int, new: int) -> None:
        self.refresh()
        self.post_message(self.SentenceChanged(self, new))

    def sentence_rows(self, sentence_id: int) -> tuple[int, int]:
        """The first and last view rows of a sentence (laying out its paragraph)."""
        sentence = self.article.sentences[sentence_id]
        block = sentence.paragraph + self._first_paragraph
        if self._width and block not in self._lines:
            delta = self._lay_out(block)
            if delta:
                self._recount()
        lines = self.lines_of(block)
        first = next((i for i, line in enumerate(lines) if line.end > sentence.start), 0)
        last = next((i for i, line in enumerate(lines) if line.end >= sentence.end), len(lines) - 1)
        return self._starts[block] + first, self._starts[block] + last

    def select_sentence(self, sentence_id: int, scroll: bool = True) -> None:
        """Move the cursor to ``sentence_id`` and, with ``scroll``, bring it into view."""
        if not self.article.sentences:
            return
        self.cursor_sentence = sentence_id
        if scroll:
            self._scroll_to_sentence(self.cursor_sentence)

    def _scroll_to_sentence(self, sentence_id: int) -> None:
        if not self._width:
            self.call_after_refresh(self._scroll_to_sentence, sentence_id)
            return
        first, last = self.sentence_rows(sentence_id)
        height = max(1, self.scrollable_content_region.height)
        top = round(self.scroll_y)
        if first < top or last >= top + height:
            # Out of sight: bring it to a third of the way down, with what leads to it above.
            self._scroll_row(max(0, first - height // 3 if last - first < height * 2 // 3 else first))
        self._settle()

    def _sentence_in_view(self) -> int | None:
        """The first sentence starting in sight (or the one the top line is part of)."""
        top = round(self.scroll_y)
        block = self._block_at(top)
        lines = self.lines_of(block)
        index = min(max(0, top - self._starts[block]), len(lines) - 1)
        if block < self._first_paragraph:
            block, index = self._first_paragraph, 0
            if block >= self.block_count:
                return None
            lines = self.lines_of(block)
        offset = lines[index].start
        at = bisect_right(self._sentence_starts, offset) - 1
        if at < 0 or (index > 0 and self._sentence_starts[at] < offset and at + 1 < len(self._sentence_starts)):
            at += 1
        return min(max(at, 0), len(self._sentence_starts) - 1) if self._sentence_starts else None

    def _cursor_follows_view(self) -> None:
        first, last = self.sentence_rows(self.cursor_sentence) if self.article.sentences else (0, 0)
        top = round(self.scroll_y)
        if last < top or first >= top + self.scrollable_content_region.height:
            sentence = self._sentence_in_view()
            if sentence is not None:
                self.cursor_sentence = sentence

    # -- actions --------------------------------------------------------------------------------
    def action_next_sentence(self) -> None:
        self.select_sentence(self.cursor_sentence + 1)

    def action_previous_sentence(self) -> None:
        self.select_sentence(self.cursor_sentence - 1)

    def action_page_down(self) -> None:
        height = max(1, self.scrollable_content_region.height)
        self._scroll_row(min(round(self.scroll_y) + height, self.max_scroll_y))
        self._settle()
        self._cursor_follows_view()

    def action_page_up(self) -> None:
        height = max(1, self.scrollable_content_region.height)
        self._scroll_row(max(round(self.scroll_y) - height, 0))
        self._settle()
        self._cursor_follows_view()

    def action_scroll_home(self) -> None:
        self._scroll_row(0)
        self._settle()
        if self.article.sentences:
            self.cursor_sentence = 0

    def action_scroll_end(self) -> None:
        for _ in range(4):  # laying out the last paragraphs changes the height: settle again
            self._scroll_row(self.max_scroll_y)
            self._settle()
            if round(self.scroll_y) == self.max_scroll_y:
                break
        if self.article.sentences:
            self.cursor_sentence = len(self.article.sentences) - 1
