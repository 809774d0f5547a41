"""``y`` copies where the reader is, ``o`` opens another article without leaving (the real app, real keys).

The articles are our own; copies go to a state folder under tmp_path (XDG_STATE_HOME), never home.
"""

from __future__ import annotations

import asyncio
import functools
import http.server
import threading
import time
from pathlib import Path

import pytest
from rich.cells import cell_len

from reader.io.document import load
from reader.ui.app import ReaderApp, ReaderScreen
from reader.ui.dialogs import PromptScreen
from reader.ui.picker import PickerScreen
from reader.ui.text_field import TextField

from .hand_timeline import hand_made_analysis
from .local_http import answer, serve

SIZE = (120, 35)
FIRST = "زار وزير الصحة مستشفى المدينة يوم الاثنين 3 مارس 2025.\nوقال الوزير إن الخدمات ستتحسن قريبا.\n"
SECOND = "التقى رئيس البلدية بممثلي التجار يوم الخميس 6 مارس 2025.\nواتفق الطرفان على تنظيم السوق الأسبوعي.\n"


def sync(test):
    @functools.wraps(test)
    def run(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))

    return run


@pytest.fixture(autouse=True)
def state_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the copies go: a folder of the test's own."""
    state = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    return state


async def ready(pilot) -> ReaderScreen:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def messages(app) -> list[str]:
    return [n.message for n in app._notifications]


def hand_app() -> ReaderApp:
    hand = hand_made_analysis()
    return ReaderApp(hand.article, analyse=lambda article, published=None: hand)


@sync
async def test_y_copies_the_current_sentence_to_the_clipboard_and_the_file(state_home: Path) -> None:
    app = hand_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("j", "j", "y")
        await pilot.pause()
        sentence = screen.article.sentences[2].text.strip()
        copied = state_home / "reader" / "copied.txt"
        assert copied.read_text(encoding="utf-8") == sentence  # logical order, as typed
        assert app.clipboard == sentence  # OSC 52 was sent with it
        assert any(str(copied) in m for m in messages(app))
        titles = [c.title for c in app.get_system_commands(screen)]
        assert "Copy" in titles and "Open article…" in titles


@sync
async def test_y_in_the_timeline_copies_the_entry_as_one_line(state_home: Path) -> None:
    app = hand_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("tab", "y")  # the visit of Sunday 12 May 2024
        await pilot.pause()
        text = (state_home / "reader" / "copied.txt").read_text(encoding="utf-8")
        sentence = hand_made_analysis().article.sentences[0].text
        assert text == f"Sunday 12 May 2024 · visit · وزير الخارجية: {sentence}"
        assert app.clipboard == text and "\n" not in text


@sync
async def test_a_copy_that_cannot_be_written_is_one_line_and_the_clipboard_still_has_it(state_home: Path) -> None:
    state_home.write_text("a file where the state folder should be", encoding="utf-8")
    app = hand_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("y")
        await pilot.pause()
        failed = [m for m in messages(app) if "clipboard only" in m]
        assert len(failed) == 1 and "\n" not in failed[0] and "Traceback" not in failed[0]
        assert app.clipboard == screen.article.sentences[0].text.strip()
        await pilot.press("j")
        assert app.is_running and screen.article_pane.cursor_sentence == 1


async def open_typed(pilot, value: str) -> None:
    """Press ``o``, type ``value`` into the prompt's field, press enter."""
    await pilot.press("o")
    await pilot.pause()
    assert isinstance(pilot.app.screen, PromptScreen)
    pilot.app.screen.query_one(TextField).value = value
    await pilot.press("enter")
    await pilot.pause()


@sync
async def test_o_opens_another_file_in_place_of_the_article(tmp_path: Path) -> None:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    app = ReaderApp(load(first))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await open_typed(pilot, str(second))
        screen = await ready(pilot)
        assert screen.article.meta.path == str(second)
        assert len(app.screen_stack) == 2  # in place of the first, not over it
        assert screen.analysis is not None and {e.type for e in screen.analysis.events} >= {"meeting"}


@sync
async def test_o_with_a_bad_path_is_one_line_and_the_article_stays(tmp_path: Path) -> None:
    first, empty = tmp_path / "first.txt", tmp_path / "empty.txt"
    first.write_text(FIRST, encoding="utf-8")
    empty.write_text("", encoding="utf-8")
    app = ReaderApp(load(first))
    async with app.run_test(size=SIZE) as pilot:
        before = await ready(pilot)
        for bad in (str(tmp_path / "no-such.txt"), str(empty), str(tmp_path / "nothing-here"), "-"):
            await open_typed(pilot, bad)
            assert app.screen is before and before.article.meta.path == str(first)
        errors = messages(app)
        assert any("no such file" in m for m in errors) and any("empty" in m for m in errors)
        assert all("\n" not in m and "Traceback" not in m for m in errors)
        await open_typed(pilot, "   ")  # nothing typed: the prompt says so and stays
        assert isinstance(app.screen, PromptScreen)
        await pilot.press("escape")
        assert app.screen is before


@sync
async def test_o_with_a_folder_lists_it_and_escape_comes_back(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(FIRST, encoding="utf-8")
    (folder / "b.txt").write_text(SECOND, encoding="utf-8")
    first = tmp_path / "first.txt"
    first.write_text(FIRST, encoding="utf-8")
    app = ReaderApp(load(first))
    async with app.run_test(size=SIZE) as pilot:
        before = await ready(pilot)
        await open_typed(pilot, str(folder))
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("down", "enter")
        screen = await ready(pilot)
        assert screen.article.meta.path == str(folder / "b.txt")
        await pilot.press("escape")
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("escape")
        assert app.screen is before


async def until(pilot, condition, seconds: float = 15) -> None:
    """Let the app run until ``condition()`` holds (a fetch in a thread of its own)."""
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        await pilot.pause(0.05)
    assert condition()


def trickle(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
    """Headers, then a byte every 0.5 s until the server stops (a fetch that takes its 10 s)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain; charset=utf-8")
    handler.send_header("Content-Length", "1000")
    handler.end_headers()
    while not stop.wait(0.5):
        handler.wfile.write(b"a")
        handler.wfile.flush()


@sync
async def test_o_fetches_a_url_without_freezing_and_a_failed_one_keeps_the_article(tmp_path: Path) -> None:
    first = tmp_path / "first.txt"
    first.write_text(FIRST, encoding="utf-8")
    routes = {"/news/1": answer(SECOND.encode()), "/gone": answer(b"", status=404)}
    with serve(routes) as base:
        app = ReaderApp(load(first))
        async with app.run_test(size=SIZE) as pilot:
            before = await ready(pilot)
            await open_typed(pilot, f"{base}/gone")
            await until(pilot, lambda: any("404" in m for m in messages(app)))
            assert app.screen is before
            await open_typed(pilot, f"{base}/news/1")
            await until(pilot, lambda: app.screen is not before)
            screen = await ready(pilot)
            assert screen.article.meta.path == f"{base}/news/1"
            assert "البلدية" in screen.article.body


@sync
async def test_quitting_while_a_url_is_fetched_is_at_once(tmp_path: Path) -> None:
    first = tmp_path / "first.txt"
    first.write_text(FIRST, encoding="utf-8")
    with serve({"/slow": trickle}) as base:
        app = ReaderApp(load(first))
        started = 0.0
        async with app.run_test(size=SIZE) as pilot:
            before = await ready(pilot)
            await open_typed(pilot, f"{base}/slow")
            await pilot.press("j")  # the article answers keys meanwhile
            assert app.screen is before and before.article_pane.cursor_sentence == 1
            started = time.monotonic()
            await pilot.press("q")
        assert time.monotonic() - started < 2  # not the fetch's 10 s


@sync
async def test_in_arabic_the_copy_notice_reads_right_to_left_line_by_line(state_home: Path) -> None:
    from reader.ui.display import make_display

    hand = hand_made_analysis()
    app = ReaderApp(hand.article, analyse=lambda article, published=None: hand, lang="ar")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("y")
        await pilot.pause()
        notice = messages(app)[-1]
        lines = notice.splitlines()
        display = make_display()
        assert len(lines) >= 2 and len({cell_len(line) for line in lines[:-1]}) == 1  # padded to one width
        assert lines[0].rstrip().endswith(display("نُسخ إلى"))  # the first words at the top right
        assert "/reader/copied.txt" in notice  # the path left-to-right, its slashes where written
