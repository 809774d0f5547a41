"""The folder picker's rows, mouse selection in both panes, the Arabic footer and help,
``--no-harakat`` in the panes and the TUI export's mode (the real app, real keys and clicks)."""

from __future__ import annotations

import asyncio
import functools
import itertools
import os
import re
import stat
import time
import unicodedata
from pathlib import Path

import pytest
from rich.cells import cell_len

from reader.io.document import load
from reader.ui.app import ReaderApp, ReaderScreen
from reader.ui.display import make_display
from reader.ui.help import HelpScreen
from reader.ui.picker import PickerScreen
from reader.views.timeline import DatedSentence

from .conftest import SAMPLES
from .hand_timeline import hand_made_analysis

SIZE = (120, 35)
FIRST = "زار وزير الصحة مستشفى المدينة يوم الاثنين 3 مارس 2025.\nوقال الوزير إن الخدمات ستتحسن قريبا.\n"
VOWELLED = "---\ntitle: خَبَرٌ مُشَكَّلٌ\npublished: 2025-03-04\n---\nوَصَلَ الوَفْدُ إِلَى المَدِينَةِ أَمْسِ.\n"


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


def hand_app(**kwargs) -> tuple[ReaderApp, object]:
    hand = hand_made_analysis()
    return ReaderApp(hand.article, analyse=lambda article, published=None: hand, **kwargs), hand


def footer(screen) -> str:
    return " ".join(str(key.render()) for key in screen.query("FooterKey"))


async def summarised(pilot, picker: PickerScreen, seconds: float = 30) -> None:
    """Wait until the picker's thread has told every row what it found."""
    deadline = time.monotonic() + seconds
    while not picker.summarised.is_set() and time.monotonic() < deadline:
        await pilot.pause(0.05)
    assert picker.summarised.is_set()
    await pilot.pause()


async def click_content(pilot, widget, x: int, y: int) -> None:
    """Click the cell at ``x``, ``y`` of ``widget``'s content (inside its border and padding)."""
    region = widget.content_region
    await pilot.click(offset=(region.x + x, region.y + y))
    await pilot.pause()


# -- the picker ---------------------------------------------------------------------------------


@sync
async def test_the_picker_shows_headline_date_and_events_and_escape_back_in_the_footer(tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("مستشفى جديد في المدينة\n" + FIRST, encoding="utf-8")  # a headline, then the text
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    sources = [str(SAMPLES / "00_seed_russia-north-korea.txt"), str(plain), str(empty)]
    app = ReaderApp(None, sources)
    async with app.run_test(size=SIZE) as pilot:
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        await summarised(pilot, picker)  # the rows are filled by a thread, not on mount
        rows = [str(picker.prompt(i)) for i in range(3)]
        seed = load(sources[0])
        display = make_display()
        assert rows[0].splitlines()[0] == display(seed.meta.title)
        assert "15 Nov 2023" in rows[0] and "00_seed_russia-north-korea.txt" in rows[0]
        assert rows[1].splitlines()[0] == display("مستشفى جديد في المدينة")
        assert re.search(r"3 Mar 2025 · \d+ events · plain.txt", rows[1]), rows[1]
        assert "empty" in rows[2] and "\n" in rows[2]  # the error on its row, one line
        shown = "\n".join(str(line.text) for line in picker.query_one("OptionList").render_lines(picker.region))
        assert "15 Nov 2023" in shown
        await pilot.press("enter")
        screen = await ready(pilot)
        assert screen.analysis is not None
        assert f"{len(screen.analysis.events)} events" in rows[0]
        assert "esc Back" in footer(screen)
        keys = sorted(screen.query("FooterKey"), key=lambda key: key.region.x)
        assert all(a.region.right <= b.region.x for a, b in itertools.pairwise(keys))  # none hidden
        await pilot.press("escape")
        assert app.screen is picker


@sync
async def test_an_article_opened_alone_has_no_back_in_its_footer() -> None:
    app, _ = hand_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert "Back" not in footer(screen)
        for label in ("Copy", "Open", "Help"):
            assert label in footer(screen)
        assert "Next hit" not in footer(screen)  # n: only while there is a search
        screen.run_search("الزيارة")
        await pilot.pause()
        assert "n Next hit" in footer(screen)
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.search.query and "Next hit" not in footer(screen)


# -- the mouse ------------------------------------------------------------------------------------


@sync
async def test_a_click_on_a_timeline_entry_selects_it_and_the_article_follows() -> None:
    app, hand = hand_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        timeline, article = screen.timeline, screen.article_pane
        mention = DatedSentence(1, hand.timexes[1])  # the other dated mention of sentence 1
        index = timeline.entries.index(mention)
        y = next(y for y in range(timeline.size.height) if timeline.row_entry(y) == index)
        heading = y - 3  # the date heading above the visit above it: no entry
        assert timeline.row_entry(heading) == -1
        await click_content(pilot, timeline, 4, heading)
        assert timeline.cursor != index and article.cursor_sentence == 0
        await click_content(pilot, timeline, 4, y)
        assert timeline.selected == mention and article.cursor_sentence == 1
        statement = timeline.entries.index(hand.events[1])
        y = next(y for y in range(timeline.size.height) if timeline.row_entry(y) == statement)
        await click_content(pilot, timeline, 4, y + 1)  # its second line (the quote) is the entry too
        assert timeline.selected == hand.events[1] and article.cursor_sentence == 3


@sync
async def test_a_click_on_a_word_of_the_article_selects_its_sentence_and_the_timeline_follows() -> None:
    app, hand = hand_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        article, timeline = screen.article_pane, screen.timeline
        for sentence_id, entry in ((2, DatedSentence(2, hand.timexes[2])), (3, hand.events[1])):
            sentence = article.article.sentences[sentence_id]
            row = article.sentence_rows(sentence_id)[0]
            _, line = article.line_at(row)
            x = article._margin + line.indent(article._width) + line.visual_index(sentence.start + 1)
            await click_content(pilot, article, x, row - round(article.scroll_y))
            assert article.cursor_sentence == sentence_id
            assert timeline.selected == entry and not timeline.near
        await click_content(pilot, article, 0, article.size.height - 1)  # blank: nothing moves
        assert article.cursor_sentence == 3


# -- the words in Arabic -------------------------------------------------------------------------


@sync
async def test_in_arabic_the_footer_and_the_help_are_arabic_and_right_to_left() -> None:
    app, _ = hand_app(lang="ar")
    display = make_display()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        shown = footer(screen)
        for label in ("بحث", "تصفية", "تصدير", "نسخ", "فتح", "مساعدة", "خروج", "الأوامر"):
            assert display(label) in shown, label
        assert "Search" not in shown and "Quit" not in shown
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        lines = [
            line.text.rstrip()
            for static in app.screen.query("Static")
            for line in static.render_lines(static.region.reset_offset)
        ]
        title = next(line for line in lines if line.strip())
        width = max(cell_len(line) for line in lines)
        assert title.endswith(display("القارئ:").strip()) or display("القارئ") in title
        assert cell_len(title) >= width - 2  # at the right, where Arabic starts
        copy = next(line for line in lines if line.endswith("y"))
        assert display("نسخ الجملة الحالية") in copy
        assert any(display("معاني الألوان") in line for line in lines)
        assert not any("…" in line for line in lines)  # nothing cut


# -- harakat, export mode ------------------------------------------------------------------------


def harakat(text: str) -> set[str]:
    return {c for c in text if unicodedata.category(c) == "Mn"}


@sync
async def test_no_harakat_reaches_both_panes_and_the_title(tmp_path: Path) -> None:
    source = tmp_path / "vowelled.txt"
    source.write_text(VOWELLED, encoding="utf-8")
    for keep in (True, False):
        app = ReaderApp(load(source), harakat=keep)
        async with app.run_test(size=SIZE) as pilot:
            screen = await ready(pilot)
            assert screen.analysis is not None and screen.analysis.events
            article = "\n".join(screen.article_pane.visible_text())
            timeline = "\n".join(screen.timeline.visible_text())
            title = str(screen.query_one("#title").render())
            for shown in (article, timeline, title):
                assert bool(harakat(shown)) is keep, shown
            await pilot.press("y")  # a copy is the text as written, harakat and all
            await pilot.pause()
            assert harakat(app.clipboard)


@pytest.mark.parametrize("umask", [0o022, 0o077])
@sync
async def test_the_tui_export_gets_the_mode_the_umask_gives(tmp_path: Path, umask: int) -> None:
    source = tmp_path / "article.txt"
    source.write_text(FIRST, encoding="utf-8")
    before = os.umask(umask)
    try:
        app = ReaderApp(load(source))
        async with app.run_test(size=SIZE) as pilot:
            await ready(pilot)
            await pilot.press("e")
            await pilot.pause()
    finally:
        os.umask(before)
    written = tmp_path / "article.timeline.md"
    assert stat.S_IMODE(written.stat().st_mode) == 0o666 & ~umask


@sync
async def test_in_arabic_the_picker_rows_sit_at_the_right_and_a_file_name_stays_whole(tmp_path: Path) -> None:
    plain = tmp_path / "12_news.txt"
    plain.write_text("مستشفى جديد في المدينة\n" + FIRST, encoding="utf-8")
    app = ReaderApp(None, [str(plain), str(SAMPLES / "00_seed_russia-north-korea.txt")], lang="ar")
    async with app.run_test(size=SIZE) as pilot:
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        await summarised(pilot, picker)
        options = picker.query_one("OptionList")
        rows = [strip.text.rstrip() for strip in options.render_lines(options.region.reset_offset)]
        display = make_display()
        headline = next(row for row in rows if display("مستشفى جديد في المدينة") in row)
        details = rows[rows.index(headline) + 1]
        assert cell_len(headline) == cell_len(details) and cell_len(headline) > 100  # both end at the right
        assert "12_news.txt" in details and display("الأحداث") in details
        assert "\u2066" not in details and "\u2069" not in details  # the isolates take no cell


@sync
async def test_quitting_the_picker_while_it_loads_a_slow_url_is_at_once(tmp_path: Path) -> None:
    import http.server
    import threading

    from .local_http import serve

    def trickle(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/plain; charset=utf-8")
        handler.send_header("Content-Length", "1000")
        handler.end_headers()
        while not stop.wait(0.5):
            handler.wfile.write(b"a")
            handler.wfile.flush()

    plain = tmp_path / "plain.txt"
    plain.write_text(FIRST, encoding="utf-8")
    with serve({"/slow": trickle}) as base:
        app = ReaderApp(None, [f"{base}/slow", str(plain)])
        async with app.run_test(size=SIZE) as pilot:
            picker = app.screen
            assert isinstance(picker, PickerScreen)
            await pilot.pause(0.3)
            await pilot.press("down")  # the list answers keys while the URL loads
            assert picker.query_one("OptionList").highlighted == 1
            started = time.monotonic()
            await pilot.press("q")
        assert time.monotonic() - started < 2 and picker.stopped.is_set()


@sync
async def test_in_arabic_the_filter_the_overwrite_question_and_the_messages_are_arabic(tmp_path: Path) -> None:
    from reader.ui.dialogs import ConfirmScreen, FilterScreen

    source = tmp_path / "article.txt"
    source.write_text(FIRST, encoding="utf-8")
    (tmp_path / "article.timeline.md").write_text("notes of my own\n", encoding="utf-8")
    display = make_display()
    app = ReaderApp(load(source), lang="ar")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, FilterScreen)
        label = str(app.screen.query_one("Label").render())
        assert display("اعرض هذه في الخط الزمني") in label and "Show" not in label
        await pilot.press("escape", "e")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        question = str(app.screen.query_one("#question").render())
        assert str(tmp_path / "article.timeline.md") in question and display("أتستبدله؟") in question
        buttons = [str(button.label) for button in app.screen.query("Button")]
        assert buttons == [display("نعم (y)"), display("لا (n)")]
        await pilot.press("n")
        await pilot.pause()
        assert (tmp_path / "article.timeline.md").read_text(encoding="utf-8") == "notes of my own\n"
        notice = [n.message for n in app._notifications][-1]
        assert display("لم يُصدَّر شيء.") in notice


@pytest.mark.parametrize("size", [(80, 24), (120, 35)])
@sync
async def test_on_start_the_timeline_shows_the_entry_of_the_sentence_read(size: tuple[int, int]) -> None:
    """The analysis may come before the panes' first layout: the timeline still scrolls to the
    current sentence's entry (the seed's first sentence: its warning, at the timeline's end)."""
    app = ReaderApp(load(SAMPLES / "00_seed_russia-north-korea.txt"))
    async with app.run_test(size=size) as pilot:
        screen = await ready(pilot)
        await pilot.pause()
        timeline = screen.timeline
        assert timeline.selected is not None and timeline.selected.sentence == 0
        shown = {timeline.row_entry(y) for y in range(timeline.scrollable_content_region.height)}
        assert timeline.cursor in shown, timeline.visible_text()
