"""Logical paragraph + width + options -> visual lines, with the logical<->visual maps.

Steps: sanitise (no control character is shown), resolve bidi levels once per paragraph,
shape (presentation forms, lam-alef), group each base letter with its marks into a cluster,
wrap clusters in logical order by cell width, then per line apply L1, reorder clusters (L2,
which keeps marks after their letter: L3) and mirror (L4). ``bidi="terminal"`` keeps logical
order and leaves shaping to the terminal. No Textual here.

Most news paragraphs (Arabic, ASCII, digits, punctuation) take the fast path of
``reader.rtl.fast`` instead, which gives the same lines from whole-paragraph passes; their maps
are made by the steps above when a line's maps are first asked for.
"""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

from rich.cells import cell_len

from reader.rtl import fast, sanitize
from reader.rtl.bidi import bidi_classes, line_levels, paragraph_level, resolve_levels, visual_order
from reader.rtl.shaping import is_haraka, shape
from reader.rtl.tables import mirrors as mirror_table
from reader.rtl.wrap import MIN_WIDTH, wrap

BIDI_MODES = ("visual", "terminal")
_GENERAL_DATA = frozenset({"levels", "classes", "shown", "bounds", "widths", "spaces", "simple"})
_NO_BREAK_SPACES = frozenset("\u00a0\u2007\u202f")


@dataclass(frozen=True)
class LayoutOptions:
    """``bidi``: "visual" (the reader reorders and shapes) or "terminal" (logical order, the
    terminal does bidi); ``shape``: presentation forms (visual mode only); ``harakat``: keep marks."""

    bidi: str = "visual"
    shape: bool = True
    harakat: bool = True

    def __post_init__(self) -> None:
        if self.bidi not in BIDI_MODES:
            raise ValueError(f"bidi mode must be one of {', '.join(BIDI_MODES)}, not {self.bidi!r}")


class VisualLine:
    """One displayed line: ``text`` in display order (left to right), ``cells`` wide.

    It shows logical offsets ``start:end`` (offsets of the laid-out text plus its ``offset``);
    ``visual_to_logical[i]`` is the logical offset of ``text[i]`` (a lam-alef ligature: its
    lam), ``logical_to_visual[k - start]`` the index in ``text`` showing offset ``k``, or -1 for
    characters that take no cell. ``rtl``: the paragraph's direction; ``right``: right-aligned.
    The two maps of a line from the fast path are computed when first asked for.
    """

    __slots__ = ("_logical_to_visual", "_source", "_visual_to_logical", "cells", "end", "right", "rtl", "start", "text")

    def __init__(
        self,
        text: str,
        cells: int,
        start: int,
        end: int,
        visual_to_logical: array | None,  # of int ("i"): compact, an article's lines may be cached whole
        logical_to_visual: array | None,
        rtl: bool,
        right: bool,
        source: Paragraph | None = None,  # computes the maps when they are None
    ) -> None:
        self.text = text
        self.cells = cells
        self.start = start
        self.end = end
        self.rtl = rtl
        self.right = right
        self._visual_to_logical = visual_to_logical
        self._logical_to_visual = logical_to_visual
        self._source = source

    @property
    def visual_to_logical(self) -> array:
        if self._visual_to_logical is None:
            self._compute_maps()
        return self._visual_to_logical  # type: ignore[return-value]

    @property
    def logical_to_visual(self) -> array:
        if self._logical_to_visual is None:
            self._compute_maps()
        return self._logical_to_visual  # type: ignore[return-value]

    def _compute_maps(self) -> None:
        assert self._source is not None
        self._visual_to_logical, self._logical_to_visual = self._source._maps(self.start, self.end)
        self._source = None

    def visual_index(self, offset: int) -> int:
        """Index in ``text`` of the character showing logical ``offset`` (-1: not on this line)."""
        if self.start <= offset < self.end:
            return self.logical_to_visual[offset - self.start]
        return -1

    def indent(self, width: int) -> int:
        """Blank cells before the text in a line ``width`` cells wide."""
        return max(0, width - self.cells) if self.right else 0

    def padded(self, width: int) -> str:
        """The line as printed in ``width`` cells: right-aligned if ``right``, no trailing spaces."""
        return " " * (width - self.cells) + self.text if self.right and width > self.cells else self.text

    def _key(self) -> tuple:
        maps = (self.visual_to_logical, self.logical_to_visual)
        return (self.text, self.cells, self.start, self.end, *maps, self.rtl, self.right)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, VisualLine) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"VisualLine(text={self.text!r}, cells={self.cells}, start={self.start}, end={self.end}, "
            f"rtl={self.rtl}, right={self.right})"
        )


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me")


def _is_break_space(char: str) -> bool:
    return (
        char == "\t"
        or char in sanitize.LINE_BREAKS
        or (unicodedata.category(char) == "Zs" and char not in _NO_BREAK_SPACES)
    )


class _Chars:
    """Per-character properties, computed once per distinct character (a text has few)."""

    def __init__(self) -> None:
        self.kind: dict[str, int] = {}
        self.marks: set[str] = set()
        self.breaks: set[str] = set()
        self.width: dict[str, int] = {"": 0}

    def learn(self, chars: set[str]) -> None:
        for char in chars - self.kind.keys():
            self.kind[char] = sanitize.kind(char)
            if _is_mark(char):
                self.marks.add(char)
            if _is_break_space(char):
                self.breaks.add(char)

    def widths(self, shown: list[str]) -> list[int]:
        width = self.width
        for char in set(shown) - width.keys():
            width[char] = cell_len(char)
        return [width[char] for char in shown]


_CHARS = _Chars()


def _compose(text: str, shown: list[str], kinds: list[int], marks: set[str]) -> None:
    """Fold a letter and the marks that compose with it into one character (NFC: alef + hamza
    above shows as أ), in place: the folded marks show as ``""``."""
    n = len(text)
    for j in range(1, n):
        if text[j] not in marks or text[j - 1] in marks or kinds[j - 1] != sanitize.SHOW:
            continue
        i, base = j - 1, shown[j - 1]
        while j < n and text[j] in marks:
            composed = unicodedata.normalize("NFC", base + text[j])
            if len(composed) != 1:
                break
            base, shown[j] = composed, ""
            j += 1
        shown[i] = base


class Paragraph:
    """A paragraph prepared once (levels, shaping, clusters), laid out at any width by ``lines``.

    A cluster is a base character with what shows with it (marks, a folded alef) and the hidden
    characters after it: cluster ``k`` is ``text[bounds[k]:bounds[k + 1]]``.
    """

    def __init__(
        self, text: str, options: LayoutOptions = LayoutOptions(), offset: int = 0, base: int | None = None
    ) -> None:
        """``base`` forces the paragraph direction (0 LTR, 1 RTL); by default its first strong
        character gives it, right-to-left when it has none."""
        self.text = text
        self.options = options
        self.offset = offset
        self.visual = options.bidi == "visual"
        self._fast = fast.prepare(text, self.visual, options.shape, options.harakat, base)
        if self._fast is not None:
            self.level = self._fast.level
            return
        chars = _CHARS
        distinct = set(text)
        chars.learn(distinct)
        plain = text.isprintable()  # no control, format or separator character but the space
        if plain:
            kinds = [sanitize.SHOW] * len(text)
            shown = list(text)
        else:
            kinds = [chars.kind[char] for char in text]
            show = sanitize.SHOW
            shown = [char if kind == show else sanitize.shown_as(char) for char, kind in zip(text, kinds, strict=True)]
        has_marks = not chars.marks.isdisjoint(distinct)
        if has_marks:
            _compose(text, shown, kinds, chars.marks)
        if self.visual:
            classes = bidi_classes(text)
            if not plain:
                for i, kind in enumerate(kinds):  # hidden controls are ignored, line breaks are spaces
                    if kind == sanitize.HIDDEN and unicodedata.category(text[i]) == "Cc":
                        classes[i] = "BN"
                    elif kind == sanitize.SPACE and text[i] != "\t":
                        classes[i] = "WS"
            self.levels, self.level = resolve_levels(text, base, classes=classes)
            self.classes = classes
            if options.shape:
                # hidden characters still join (ZWJ) or break (ZWNJ) as themselves
                hidden = sanitize.HIDDEN
                joining = shown if plain else [text[i] if k == hidden else shown[i] for i, k in enumerate(kinds)]
                shaped = shape(joining)
                if not plain:
                    shaped = [shaped[i] if k == sanitize.SHOW else shown[i] for i, k in enumerate(kinds)]
                shown = shaped
        else:
            self.levels, self.classes = [], []
            self.level = paragraph_level(text) if base is None else base
            for i, kind in enumerate(kinds):  # a bidi-aware terminal needs the format characters
                if kind == sanitize.HIDDEN and unicodedata.category(text[i]) == "Cf":
                    shown[i] = text[i]
        if not options.harakat and has_marks:
            shown = ["" if is_haraka(char) else value for char, value in zip(text, shown, strict=True)]
        self.shown = shown
        self._cluster(kinds, plain and not has_marks and "" not in shown)

    def _cluster(self, kinds: list[int], simple: bool) -> None:
        """Cluster bounds, widths in cells, and which clusters are spaces a line may break at."""
        text, shown = self.text, self.shown
        breaks, marks = _CHARS.breaks, _CHARS.marks
        char_widths = _CHARS.widths(shown)
        self.simple = simple
        if simple:  # one character per cluster
            self.bounds = list(range(len(text) + 1))
            self.widths = char_widths
            self.spaces = [char in breaks for char in text]
            return
        hidden = sanitize.HIDDEN
        bounds: list[int] = []
        for i, char in enumerate(text):
            if bounds:
                folded = (not shown[i] or char in marks) and kinds[i] != hidden
                if (folded and text[bounds[-1]] not in breaks) or (kinds[i] == hidden and not shown[i]):
                    continue  # shows with the cluster before it (a mark on a space shows on its own)
            bounds.append(i)
        bounds.append(len(text))
        self.bounds = bounds
        self.widths = [sum(char_widths[a:b]) for a, b in pairwise(bounds)]
        self.spaces = [text[a] in breaks for a in bounds[:-1]]

    def __getattr__(self, name: str) -> object:
        """The general path's data (levels, clusters...) of a fast paragraph, made when asked for."""
        if name in _GENERAL_DATA and self.__dict__.get("_fast") is not None:
            self._from_fast()
            return self.__dict__[name]
        raise AttributeError(name)

    def _from_fast(self) -> None:
        """What the general path would have prepared, from the fast path's levels and shaping."""
        prepared = self._fast
        assert prepared is not None  # only __getattr__ calls it, for a fast paragraph
        text = self.text
        _CHARS.learn(set(text))
        shown, levels = prepared.full()
        self.shown = ["" if char == fast.PLACEHOLDER else char for char in shown]
        if self.visual:
            self.levels, self.classes = list(levels), bidi_classes(text)
        else:
            self.levels, self.classes = [], []
        kinds = [_CHARS.kind[char] for char in text] if prepared.hidden else [sanitize.SHOW] * len(text)
        self._cluster(kinds, not prepared.zero)

    def _maps(self, start: int, end: int) -> tuple[array, array]:
        """The maps of the line showing ``start:end`` (offsets with ``offset``), by the general path."""
        first = bisect_left(self.bounds, start - self.offset)
        last = bisect_left(self.bounds, end - self.offset)
        line = self._line(first, last)
        return line.visual_to_logical, line.logical_to_visual

    @cached_property
    def rtl(self) -> bool:
        return self.level % 2 == 1

    @property
    def cells(self) -> int:
        """The paragraph's width on one line, spaces included."""
        if self._fast is not None:
            return self._fast.cells()
        return sum(self.widths)

    def lines(self, width: int) -> list[VisualLine]:
        """The paragraph wrapped to ``width`` cells, each line in display order."""
        if self._fast is not None:
            if width < MIN_WIDTH:
                raise ValueError(f"line width must be at least {MIN_WIDTH} cells, got {width}")
            lines = self._fast.lines(width, self.offset, VisualLine, self)
            if lines:
                return lines
            empty = array("i")
            return [VisualLine("", 0, self.offset, self.offset, empty, empty, self.rtl, self.visual and self.rtl)]
        ranges = wrap(self.widths, self.spaces, width)
        if not ranges:
            empty = array("i")
            return [VisualLine("", 0, self.offset, self.offset, empty, empty, self.rtl, self.visual and self.rtl)]
        return [self._line(first, end) for first, end in ranges]

    def rows(self, width: int) -> list[str]:
        """The paragraph as printed in ``width`` cells: ``line.padded(width)`` for each of
        ``lines(width)``, quicker when nothing but the text is needed (``reader cat``)."""
        if self._fast is not None and width >= MIN_WIDTH:
            rows = self._fast.rows(width)
            if rows:
                return rows
        return [line.padded(width) for line in self.lines(width)]

    def _line_levels(self, first: int, end: int) -> list[int]:
        """Cluster levels of one line, with rule L1 (separators and trailing whitespace)."""
        heads = [self.bounds[c] for c in range(first, end)]
        return line_levels([self.levels[h] for h in heads], [self.classes[h] for h in heads], 0, len(heads), self.level)

    def _line(self, first: int, end: int) -> VisualLine:
        bounds, shown, offset = self.bounds, self.shown, self.offset
        if self.visual:
            levels = self._line_levels(first, end)
            order = visual_order(levels)
        else:
            levels = [0] * (end - first)
            order = list(range(end - first))
        if self.simple:
            return self._simple_line(first, end, levels, order)
        chars: list[str] = []
        logical: list[int] = []
        mirrors = mirror_table()
        start, stop = bounds[first], bounds[end]
        while stop > start and not self._shows(stop - 1):  # hidden characters ending the line stay out
            stop -= 1
        to_visual = array("i", [-1]) * (stop - start)
        for k in order:
            a = bounds[first + k]
            b = bounds[first + k + 1]
            base_at = len(chars)
            if b - a == 1 and shown[a]:  # a character alone, the usual cluster
                value = shown[a]
                if levels[k] % 2:
                    value = mirrors.get(value, value)
                if a < stop:
                    to_visual[a - start] = base_at
                chars.append(value)
                logical.append(offset + a)
                continue
            for m in range(a, b):
                value = shown[m]
                if value:
                    if m == a and levels[k] % 2:
                        value = mirrors.get(value, value)
                    if m < stop:
                        to_visual[m - start] = len(chars)
                    chars.append(value)
                    logical.append(offset + m)
                elif m < stop and self._shows(m):
                    to_visual[m - start] = base_at  # a folded alef or mark shows in its letter's cell
        return VisualLine(
            text="".join(chars),
            cells=sum(self.widths[first:end]),
            start=offset + start,
            end=offset + stop,
            visual_to_logical=array("i", logical),
            logical_to_visual=to_visual,
            rtl=self.rtl,
            right=self.visual and self.rtl,
        )

    def _simple_line(self, first: int, end: int, levels: list[int], order: list[int]) -> VisualLine:
        """``_line`` for a paragraph of one character per cluster, nothing hidden or folded."""
        shown, offset = self.shown, self.offset
        chars = [shown[first + k] for k in order]
        mirrors = mirror_table()
        if not mirrors.keys().isdisjoint(chars):
            for v, k in enumerate(order):
                if levels[k] % 2 and chars[v] in mirrors:
                    chars[v] = mirrors[chars[v]]
        to_visual = array("i", bytes(4 * (end - first)))
        for v, k in enumerate(order):
            to_visual[k] = v
        return VisualLine(
            text="".join(chars),
            cells=sum(self.widths[first:end]),
            start=offset + first,
            end=offset + end,
            visual_to_logical=array("i", [offset + first + k for k in order]),
            logical_to_visual=to_visual,
            rtl=self.rtl,
            right=self.visual and self.rtl,
        )

    def _shows(self, index: int) -> bool:
        """Whether the character at ``index`` shows, alone or folded into its cluster's first one."""
        return bool(self.shown[index]) or _CHARS.kind[self.text[index]] != sanitize.HIDDEN


def layout_paragraph(
    text: str, width: int, options: LayoutOptions = LayoutOptions(), offset: int = 0
) -> list[VisualLine]:
    """Lay out one paragraph (no newline inside) in lines of at most ``width`` cells."""
    return Paragraph(text, options, offset).lines(width)


def display_line(text: str, options: LayoutOptions = LayoutOptions(), base: int | None = None) -> str:
    """A short text shown on one line, never wrapped (a title, a timeline entry): reordered and
    shaped as ``options`` ask, control characters dropped, newlines shown as spaces."""
    paragraph = Paragraph(text, options, base=base)
    lines = paragraph.lines(max(paragraph.cells, 2))
    return lines[0].text


def layout_text(text: str, width: int, options: LayoutOptions = LayoutOptions()) -> list[list[VisualLine]]:
    """Lay out every line of ``text`` as a paragraph (offsets into ``text``)."""
    result = []
    offset = 0
    for line in text.split("\n"):
        result.append(layout_paragraph(line, width, options, offset))
        offset += len(line) + 1
    return result
