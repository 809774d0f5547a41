"""Legible colours in any theme: WCAG contrast, and text colours nudged until they reach it.

Textual's themes differ widely (dark, light, ANSI); a colour chosen for one (a muted grey, a
badge's blue) can vanish in another. ``legible_strip`` checks every run of text against the
background it is drawn on and, where the contrast is under the minimum (WCAG AA: 4.5 for body
text), moves the text colour towards black or white until it is not.
"""

from __future__ import annotations

from functools import lru_cache

from rich.color import Color
from rich.segment import Segment
from rich.style import Style
from textual.color import Color as TextualColor
from textual.filter import LineFilter
from textual.strip import Strip

BODY = 4.5  # WCAG 2 AA for normal text
FALLBACK_FG = (224, 224, 224)  # "default" colours (ANSI themes): a typical terminal's
FALLBACK_BG = (0, 0, 0)


@lru_cache(maxsize=1024)
def rgb(color: Color | None, foreground: bool) -> tuple[int, int, int]:
    """The colour as RGB; ``None``/default as a typical terminal's foreground or background."""
    if color is None or color.is_default:
        return FALLBACK_FG if foreground else FALLBACK_BG
    triplet = color.get_truecolor(foreground=foreground)
    return triplet.red, triplet.green, triplet.blue


def luminance(color: tuple[int, int, int]) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = color
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(first: tuple[int, int, int], second: tuple[int, int, int]) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


@lru_cache(maxsize=4096)
def legible(fg: tuple[int, int, int], bg: tuple[int, int, int], minimum: float = BODY) -> tuple[int, int, int]:
    """``fg``, or the colour nearest it (towards white or black, whichever gets there) with at
    least ``minimum`` contrast on ``bg`` (the better end when neither gets there)."""
    if contrast(fg, bg) >= minimum:
        return fg
    best = None
    for end in ((255, 255, 255), (0, 0, 0)):
        for step in range(1, 21):
            share = step / 20
            mixed = (
                round(fg[0] + (end[0] - fg[0]) * share),
                round(fg[1] + (end[1] - fg[1]) * share),
                round(fg[2] + (end[2] - fg[2]) * share),
            )
            if contrast(mixed, bg) >= minimum:
                if best is None or share < best[0]:
                    best = (share, mixed)
                break
    if best is not None:
        return best[1]
    return max(((255, 255, 255), (0, 0, 0)), key=lambda end: contrast(end, bg))


@lru_cache(maxsize=4096)
def legible_style(style: Style, base: Style, minimum: float = BODY) -> Style:
    """``style`` with its text colour made legible on its background (``base`` fills what it leaves)."""
    fg = style.color or base.color
    bg = style.bgcolor or base.bgcolor
    shown_fg, shown_bg = rgb(fg, True), rgb(bg, False)
    if style.reverse:
        shown_fg, shown_bg = shown_bg, shown_fg
    fixed = legible(shown_fg, shown_bg, minimum)
    if fixed == shown_fg:
        return style
    colour = Color.from_rgb(*fixed)
    return style + (Style(bgcolor=colour) if style.reverse else Style(color=colour))


def legible_segments(segments: list[Segment], base: Style, minimum: float = BODY) -> list[Segment]:
    """``segments`` with every run of visible text legible on its background."""
    result = []
    for segment in segments:
        text, style, control = segment
        if control or style is None or not text.strip():
            result.append(segment)
            continue
        fixed = legible_style(style, base, minimum)
        result.append(segment if fixed is style else Segment(text, fixed))
    return result


def legible_strip(strip: Strip, base: Style, minimum: float = BODY) -> Strip:
    """``strip`` with every run of visible text legible on its background."""
    return Strip(legible_segments(list(strip), base, minimum), strip.cell_length)


class LegibleText(LineFilter):
    """A Textual line filter: every widget's text (the panes, header, footer, dialogs, palette)
    at least ``minimum`` contrast on what it is drawn on, in any theme."""

    def __init__(self, minimum: float = BODY, enabled: bool = True) -> None:
        super().__init__(enabled)
        self.minimum = minimum

    def apply(self, segments: list[Segment], background: TextualColor) -> list[Segment]:
        return legible_segments(segments, _base(background), self.minimum)


@lru_cache(maxsize=256)
def _base(background: TextualColor) -> Style:
    return Style(bgcolor=background.rich_color)
