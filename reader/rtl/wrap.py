"""Greedy line breaking in logical order by cell width, at spaces; a word is split only when it
alone is wider than the line."""

from __future__ import annotations

MIN_WIDTH = 2  # the widest cell (a wide CJK character) must fit on a line


def _words(spaces: list[bool]) -> list[tuple[int, int]]:
    words = []
    i, n = 0, len(spaces)
    while i < n:
        if spaces[i]:
            i += 1
            continue
        j = i
        while j < n and not spaces[j]:
            j += 1
        words.append((i, j))
        i = j
    return words


def wrap(widths: list[int], spaces: list[bool], width: int) -> list[tuple[int, int]]:
    """Lines as ``(first, end)`` ranges of units (clusters) with ``widths``.

    A line never starts or ends with a space unit: the spaces where a line breaks belong to no
    line. No line is wider than ``width`` (at least ``MIN_WIDTH``).
    """
    if width < MIN_WIDTH:
        raise ValueError(f"line width must be at least {MIN_WIDTH} cells, got {width}")
    lines: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    used = 0
    previous_end = 0
    for first, end in _words(spaces):
        word = sum(widths[first:end])
        gap = sum(widths[previous_end:first])
        previous_end = end
        if current is not None and used + gap + word <= width:
            current = (current[0], end)
            used += gap + word
            continue
        if current is not None:
            lines.append(current)
            current = None
        while word > width:
            cut, taken = first, 0
            while cut < end and taken + widths[cut] <= width:
                taken += widths[cut]
                cut += 1
            if cut == first:
                cut, taken = first + 1, widths[first]
            lines.append((first, cut))
            first, word = cut, word - taken
        if first < end:
            current, used = (first, end), word
    if current is not None:
        lines.append(current)
    return lines
