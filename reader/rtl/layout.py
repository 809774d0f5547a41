"""Logical paragraph + width + options -> visual lines, with the logical<->visual maps.

Steps: sanitise (no control character is shown), resolve bidi levels once per paragraph,
shape (presentation forms, lam-alef), group each base letter with its marks into a cluster,
wrap clusters in logical order by cell width, then per line apply L1, reorder clusters (L2,
which keeps marks after their letter: L3) and mirror (L4). ``bidi="terminal"`` keeps logical
order and leaves shaping to the terminal. No Textual here.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cached_property

from rich.cells import cell_len

from reader.rtl import sanitize
from reader.rtl.bidi import ISOLATES, REMOVED, bidi_classes, paragraph_level, resolve_levels, visual_order
from reader.rtl.mirror import mirror
from reader.rtl.shaping import is_haraka, shape
from reader.rtl.wrap import wrap

BIDI_MODES = ("visual", "terminal")
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


@dataclass(frozen=True, slots=True)
class VisualLine:
    """One displayed line: ``text`` in display order (left to right), ``cells`` wide.

    It shows logical offsets ``start:end`` (offsets of the laid-out text plus its ``offset``);
    ``visual_to_logical[i]`` is the logical offset of ``text[i]`` (a lam-alef ligature: its
    lam), ``logical_to_visual[k - start]`` the index in ``text`` showing offset ``k``, or -1 for
    characters that take no cell. ``rtl``: the paragraph's direction; ``right``: right-aligned.
    """

    text: str
    cells: int
    start: int
    end: int
    visual_to_logical: tuple[int, ...]
    logical_to_visual: tuple[int, ...]
    rtl: bool
    right: bool

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
        return " " * self.indent(width) + self.text


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me")


def _is_break_space(char: str) -> bool:
    return (
        char == "\t"
        or char in sanitize.LINE_BREAKS
        or (unicodedata.category(char) == "Zs" and char not in _NO_BREAK_SPACES)
    )


def _compose(text: str, shown: list[str], kinds: list[int]) -> None:
    """Fold a letter and the marks that compose with it into one character (NFC: alef + hamza
    above shows as أ), in place: the folded marks show as ``""``."""
    n = len(text)
    for i in range(n):
        if kinds[i] != sanitize.SHOW or _is_mark(text[i]) or i + 1 >= n or not _is_mark(text[i + 1]):
            continue
        base = shown[i]
        j = i + 1
        while j < n and _is_mark(text[j]):
            composed = unicodedata.normalize("NFC", base + text[j])
            if len(composed) != 1:
                break
            base, shown[j] = composed, ""
            j += 1
        shown[i] = base


class Paragraph:
    """A paragraph prepared once (levels, shaping, clusters), laid out at any width by ``lines``."""

    def __init__(self, text: str, options: LayoutOptions = LayoutOptions(), offset: int = 0) -> None:
        self.text = text
        self.options = options
        self.offset = offset
        self.visual = options.bidi == "visual"
        kinds = [sanitize.kind(char) for char in text]
        shown = [sanitize.shown_as(char) for char in text]
        _compose(text, shown, kinds)
        if self.visual:
            classes = bidi_classes(text)
            for i, kind in enumerate(kinds):  # hidden controls are ignored, line breaks are spaces
                if kind == sanitize.HIDDEN and unicodedata.category(text[i]) == "Cc":
                    classes[i] = "BN"
                elif kind == sanitize.SPACE and text[i] != "\t":
                    classes[i] = "WS"
            self.levels, self.level = resolve_levels(text, classes=classes)
            self.classes = classes
            if options.shape:
                # hidden characters still join (ZWJ) or break (ZWNJ) as themselves
                joining = [text[i] if kind == sanitize.HIDDEN else shown[i] for i, kind in enumerate(kinds)]
                shaped = shape(joining)
                shown = [shaped[i] if kind == sanitize.SHOW else shown[i] for i, kind in enumerate(kinds)]
        else:
            self.levels, self.classes = [], []
            self.level = paragraph_level(text)
            for i, kind in enumerate(kinds):  # a bidi-aware terminal needs the format characters
                if kind == sanitize.HIDDEN and unicodedata.category(text[i]) == "Cf":
                    shown[i] = text[i]
        if not options.harakat:
            shown = ["" if is_haraka(char) else value for char, value in zip(text, shown, strict=True)]
        self.shown = shown
        self._cluster(kinds)

    def _cluster(self, kinds: list[int]) -> None:
        """Group each base character with the marks (and folded alef) shown with it."""
        members: list[list[int]] = []
        for i, char in enumerate(self.text):
            if kinds[i] == sanitize.HIDDEN and not self.shown[i]:
                continue
            joins = (
                members
                and (self.shown[i] == "" or _is_mark(char))
                and kinds[i] != sanitize.HIDDEN
                and not _is_break_space(self.text[members[-1][0]])  # a mark on a space shows on its own
            )
            if joins:
                members[-1].append(i)
            else:
                members.append([i])
        self.members = members
        self.widths = [cell_len("".join(self.shown[m] for m in group)) for group in members]
        self.spaces = [_is_break_space(self.text[group[0]]) for group in members]

    @cached_property
    def rtl(self) -> bool:
        return self.level % 2 == 1

    def lines(self, width: int) -> list[VisualLine]:
        """The paragraph wrapped to ``width`` cells, each line in display order."""
        ranges = wrap(self.widths, self.spaces, width)
        if not ranges:
            return [VisualLine("", 0, self.offset, self.offset, (), (), self.rtl, self.visual and self.rtl)]
        return [self._line(first, end) for first, end in ranges]

    def _line_levels(self, first: int, end: int) -> list[int]:
        """Cluster levels of one line, with rule L1 (separators and trailing whitespace)."""
        para = self.level
        result = [self.levels[self.members[c][0]] for c in range(first, end)]
        trailing = True
        for k in range(end - first - 1, -1, -1):
            value = self.classes[self.members[first + k][0]]
            if value in ("S", "B"):
                result[k] = para
                trailing = True
            elif value == "WS" or value in ISOLATES or value in REMOVED:
                if trailing:
                    result[k] = para
            else:
                trailing = False
        return result

    def _line(self, first: int, end: int) -> VisualLine:
        if self.visual:
            levels = self._line_levels(first, end)
            order = visual_order(levels)
        else:
            levels = [0] * (end - first)
            order = list(range(end - first))
        chars: list[str] = []
        logical: list[int] = []
        for k in order:
            group = self.members[first + k]
            for m in group:
                value = self.shown[m]
                if not value:
                    continue
                if levels[k] % 2 and m == group[0]:
                    value = mirror(value)
                chars.append(value)
                logical.append(self.offset + m)
        start = self.offset + self.members[first][0]
        stop = self.offset + self.members[end - 1][-1] + 1
        to_visual = [-1] * (stop - start)
        for index, offset in enumerate(logical):
            to_visual[offset - start] = index
        for group in self.members[first:end]:  # a folded alef shows in its lam's cell
            for m in group[1:]:
                if not self.shown[m]:
                    to_visual[self.offset + m - start] = to_visual[self.offset + group[0] - start]
        return VisualLine(
            text="".join(chars),
            cells=sum(self.widths[first:end]),
            start=start,
            end=stop,
            visual_to_logical=tuple(logical),
            logical_to_visual=tuple(to_visual),
            rtl=self.rtl,
            right=self.visual and self.rtl,
        )


def layout_paragraph(
    text: str, width: int, options: LayoutOptions = LayoutOptions(), offset: int = 0
) -> list[VisualLine]:
    """Lay out one paragraph (no newline inside) in lines of at most ``width`` cells."""
    return Paragraph(text, options, offset).lines(width)


def layout_text(text: str, width: int, options: LayoutOptions = LayoutOptions()) -> list[list[VisualLine]]:
    """Lay out every line of ``text`` as a paragraph (offsets into ``text``)."""
    result = []
    offset = 0
    for line in text.split("\n"):
        result.append(layout_paragraph(line, width, options, offset))
        offset += len(line) + 1
    return result
