"""Every theme Textual ships is legible, computed (WCAG contrast), and a new theme repaints at once.

The check reads what the widgets render (``render_lines``: Textual's line filters applied, ours
among them) on the seed with an event selected, a search and its hits: every run of visible text
against the colour it is drawn on.
"""

from __future__ import annotations

import asyncio
import functools

import pytest
from textual.geometry import Region

from reader.io.document import load
from reader.model import EVENT_TYPES
from reader.ui.app import ReaderApp, ReaderScreen
from reader.ui.contrast import BODY, contrast, legible, rgb
from reader.ui.help import HelpScreen

from .conftest import SEED

SIZE = (120, 35)
THEMES = list(ReaderApp().available_themes)
BOX_AND_BLOCKS = ("\u2500", "\u259f")  # borders and scrollbars are no text


def sync(test):
    @functools.wraps(test)
    def run(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))

    return run


def lowest_contrast(widget) -> tuple[float, str]:
    """The lowest contrast of any visible text the widget draws now, and that text."""
    width, height = widget.size
    base_bg = widget.background_colors[0].rich_color
    lowest = (21.0, "")
    for strip in widget.render_lines(Region(0, 0, width, height)):
        for segment in strip:
            text = "".join(c for c in segment.text if not BOX_AND_BLOCKS[0] <= c <= BOX_AND_BLOCKS[1])
            if segment.control or segment.style is None or not text.strip():
                continue
            style = segment.style
            fg, bg = rgb(style.color, True), rgb(style.bgcolor or base_bg, False)
            if style.reverse:
                fg, bg = bg, fg
            ratio = contrast(fg, bg)
            if ratio < lowest[0]:
                lowest = (ratio, text.strip())
    return lowest


def test_wcag_contrast_and_the_nudge_towards_it() -> None:
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast((119, 119, 119), (255, 255, 255)) == pytest.approx(4.48, abs=0.01)
    grey_on_white = legible((150, 150, 150), (255, 255, 255))
    assert contrast(grey_on_white, (255, 255, 255)) >= BODY and grey_on_white[0] < 150  # darker, still grey
    assert legible((250, 250, 250), (0, 0, 0)) == (250, 250, 250)  # already fine: untouched


@sync
async def test_every_event_badge_is_legible_on_its_own_colour() -> None:
    app = ReaderApp(load(SEED))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.app.workers.wait_for_complete()
        timeline = app.screen.timeline
        for name in EVENT_TYPES:
            style = timeline.get_component_rich_style(f"timeline-pane--{name}")
            assert contrast(rgb(style.color, True), rgb(style.bgcolor, False)) >= BODY, name


@sync
async def test_every_builtin_theme_is_legible() -> None:
    app = ReaderApp(load(SEED))
    figures: dict[str, float] = {}
    async with app.run_test(size=SIZE) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        await pilot.press("slash", *"الانباء", "enter")  # hits marked in the article
        await pilot.press("tab", "j", "j", "j")  # an event selected, the timeline focused
        for theme in THEMES:
            app.theme = theme
            await pilot.pause()
            widgets = {
                "article": screen.article_pane,
                "timeline": screen.timeline,
                "status": screen.query_one("#status"),
                "title": screen.query_one("#title"),
                **{f"footer {i}": key for i, key in enumerate(screen.query("FooterKey"))},
            }
            for name, widget in widgets.items():
                ratio, text = lowest_contrast(widget)
                assert ratio >= BODY, f"{theme}: {name}: {text!r} at {ratio:.2f}"
                figures[theme] = min(figures.get(theme, 21.0), ratio)
        # The help screen too, in a light and a dark theme.
        for theme in ("textual-light", "textual-dark"):
            app.theme = theme
            await pilot.press("question_mark")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            for widget in app.screen.query("Static"):
                assert lowest_contrast(widget)[0] >= BODY, theme
            await pilot.press("escape")
    assert set(figures) == set(THEMES) and len(THEMES) >= 20


@sync
async def test_switching_theme_repaints_the_timeline_at_once() -> None:
    app = ReaderApp(load(SEED))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        timeline = app.screen.timeline
        app.theme = "textual-dark"
        await pilot.pause()
        before = {seg.style.bgcolor for seg in timeline.render_line(1) if seg.style}
        app.theme = "textual-light"
        await pilot.pause()  # no key pressed
        after = {seg.style.bgcolor for seg in timeline.render_line(1) if seg.style}
        assert timeline.rich_style.bgcolor in after and timeline.rich_style.bgcolor not in before
