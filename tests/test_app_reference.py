"""The reference date set in the reader (``d`` and the palette): the analysis resolves again at once;
and the export path typed into a prompt (``E``). Real app, real analysis, real keys."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
from pathlib import Path

from reader.io.document import load_text
from reader.ui.app import ReaderApp, ReaderScreen
from reader.ui.dialogs import ConfirmScreen, PromptScreen, parse_reference
from reader.ui.text_field import TextField

# Our own article, with no date of its own: yesterday and two days ago hang on an unknown day.
ARTICLE = (
    "المجلس البلدي يقر خطة للنقل العام\n"
    "أقر المجلس البلدي أمس خطة جديدة لتوسيع شبكة الحافلات في المدينة.\n"
    "وكان رئيس المجلس قد زار المحطة المركزية قبل يومين.\n"
)


def sync(test):
    @functools.wraps(test)
    def run(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))

    return run


async def ready(pilot) -> ReaderScreen:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def test_a_typed_day_in_either_order_and_either_digits() -> None:
    assert parse_reference("2024-03-07") == dt.date(2024, 3, 7)
    assert parse_reference(" 7/3/2024 ") == dt.date(2024, 3, 7)
    assert parse_reference("٢٠٢٤-٠٣-٠٧") == dt.date(2024, 3, 7)
    assert parse_reference("2024-02-30") is None
    assert parse_reference("أمس") is None


@sync
async def test_d_sets_the_reference_date_and_the_timeline_resolves_again() -> None:
    app = ReaderApp(load_text(ARTICLE))
    async with app.run_test(size=(120, 35)) as pilot:
        screen = await ready(pilot)
        assert screen.analysis.reference is None
        assert "reference date unknown (d sets it)" in screen.sub_title
        assert not any(e.date for e in screen.analysis.events)
        await pilot.press("j", "j")
        sentence = screen.article_pane.cursor_sentence
        await pilot.press("d")
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"2024-02-30", "enter")  # no such day: said, the prompt stays
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        problem = str(app.screen.query_one("#problem").render())
        assert "Not a day" in problem
        field = app.screen.query_one(TextField)
        field.value = ""
        await pilot.press(*"7/3/2024", "enter")
        screen = await ready(pilot)
        assert screen.analysis.reference == dt.date(2024, 3, 7)
        assert "reference date 2024-03-07 (set by you)" in screen.sub_title
        dates = {e.date for e in screen.analysis.events}
        assert "2024-03-06" in dates or "2024-03-05" in dates
        assert any(line.endswith("Mar 2024") for line in screen.timeline.visible_text())
        assert screen.article_pane.cursor_sentence == sentence  # the reader stays where they were
        # The palette offers it too.
        titles = [c.title for c in app.get_system_commands(screen)]
        assert "Set reference date" in titles and "Export Markdown to…" in titles


@sync
async def test_shift_e_exports_to_a_typed_path(tmp_path: Path) -> None:
    article = load_text(ARTICLE, path=str(tmp_path / "bus.txt"))
    app = ReaderApp(article)
    async with app.run_test(size=(120, 35)) as pilot:
        await ready(pilot)
        await pilot.press("E")
        assert isinstance(app.screen, PromptScreen)
        field = app.screen.query_one(TextField)
        assert field.value == str(tmp_path / "bus.timeline.md")
        assert not field.shown().rtl  # a path reads left to right
        field.value = str(tmp_path / "notes" / "خطة.md")
        (tmp_path / "notes").mkdir()
        await pilot.press("enter")
        await pilot.pause()
        target = tmp_path / "notes" / "خطة.md"
        assert target.exists() and "```mermaid" in target.read_text(encoding="utf-8")
        await pilot.press("E")
        app.screen.query_one(TextField).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)  # it exists: asked first
        await pilot.press("n")
