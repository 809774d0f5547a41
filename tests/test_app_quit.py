"""Quitting the reader while its analysis runs, with q or Ctrl-C: the app is gone at once, the
analysis process killed and reaped, its worker thread ended; and the timeline fills chunk by
chunk on a long article, the same as ``reader.analyse`` finds. Real app, real analysis process."""

from __future__ import annotations

import asyncio
import functools
import re
import sys
import threading
import time

import pytest

from reader.analysis import analyse
from reader.io.document import load, load_text
from reader.ui import analysis_process
from reader.ui.app import INTERRUPTED, ReaderApp, ReaderScreen
from reader.ui.dialogs import PromptScreen

from .conftest import REPO, SAMPLES, SEED

_NUMBER = re.compile(r"\d+")


def sync(test):
    @functools.wraps(test)
    def run(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))

    return run


def long_text(rounds: int) -> str:
    """The regression articles and samples again and again, numbers changed (about 90 KB a round)."""
    texts = [load(p).body for p in sorted((REPO / "tests" / "regression").glob("*.txt"))]
    texts += [load(p).body for p in sorted(SAMPLES.glob("0[0-3]*.txt"))]
    return "\n\n".join(
        _NUMBER.sub(lambda m, k=k: str((int(m.group()) + k) % 28 + 1), text) for k in range(rounds) for text in texts
    )


@pytest.fixture
def processes(monkeypatch: pytest.MonkeyPatch) -> list[analysis_process.AnalysisProcess]:
    """Every analysis process the reader starts."""
    started: list[analysis_process.AnalysisProcess] = []
    original = analysis_process.AnalysisProcess.__init__

    def record(self, *args, **kwargs) -> None:
        original(self, *args, **kwargs)
        started.append(self)

    monkeypatch.setattr(analysis_process.AnalysisProcess, "__init__", record)
    return started


def analysis_threads() -> list[threading.Thread]:
    """Threads running the reader's analysis worker (Textual runs thread workers in an executor)."""
    found = []
    for thread in threading.enumerate():
        frame = sys._current_frames().get(thread.ident)
        while frame is not None:
            if frame.f_code.co_name == "_analyse" and "reader/ui/app.py" in frame.f_code.co_filename:
                found.append(thread)
                break
            frame = frame.f_back
    return found


async def quit_during_analysis(key: str, processes: list) -> tuple[ReaderApp, float, ReaderScreen]:
    app = ReaderApp(load_text(long_text(12)))  # about 1 MB: seconds of analysis
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        deadline = time.monotonic() + 20
        while not analysis_threads() and time.monotonic() < deadline:
            await pilot.pause(0.02)
        await pilot.pause(0.3)
        assert not screen.complete and analysis_threads(), "the analysis must still be running"
        started = time.monotonic()
        await pilot.press(key)
    return app, started, screen


@pytest.mark.parametrize("key, status", [("q", 0), ("ctrl+c", INTERRUPTED)])
@sync
async def test_quitting_during_a_long_analysis_is_prompt_and_leaves_nothing_running(
    key: str, status: int, processes: list
) -> None:
    app, started, screen = await quit_during_analysis(key, processes)
    deadline = started + 10.0  # a bound on a hang only: 0.1-0.3 s here, timed by bench/bench_big_article.py
    while (analysis_threads() or any(p.process.poll() is None for p in processes)) and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    assert not screen.complete
    assert app.return_code == status
    assert processes and all(p.process.returncode is not None for p in processes)  # reaped
    assert all(p.process.returncode < 0 for p in processes)  # killed by a signal: quitting did not wait for it
    assert not analysis_threads()


@sync
async def test_ctrl_c_quits_from_a_prompt_and_the_search_box() -> None:
    for keys in (("d",), ("slash", "a")):
        app = ReaderApp(load(SEED))
        async with app.run_test(size=(120, 35)) as pilot:
            await pilot.press(*keys)
            await pilot.pause()
            if keys == ("d",):
                assert isinstance(app.screen, PromptScreen)
            await pilot.press("ctrl+c")
            await pilot.pause()
        assert app.return_code == INTERRUPTED


@sync
async def test_the_timeline_fills_chunk_by_chunk_and_ends_as_the_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.analysis

    monkeypatch.setattr(reader.analysis, "CHUNK_SENTENCES", 300)  # read by the app when it starts the process
    article = load_text(long_text(8))
    app = ReaderApp(article)
    partial: list[int] = []
    async with app.run_test(size=(120, 35)) as pilot:
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        deadline = time.monotonic() + 60
        while not screen.complete and time.monotonic() < deadline:
            if screen.analysis is not None and not screen.complete:
                partial.append(len(screen.analysis.events))
                assert "analysed " in str(screen.query_one("#status").render())
            await pilot.pause(0.05)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.complete and partial, "some events showed before the analysis ended"
        expected = analyse(article, size=300)
        assert screen.analysis.events == expected.events and screen.analysis.timexes == expected.timexes
        assert len(screen.timeline.events) == len(expected.events)
        assert "analysed " not in str(screen.query_one("#status").render())
        await pilot.press("G", "tab", "G")  # the whole timeline is there, its last entry reachable
        assert screen.timeline.cursor == len(screen.timeline.entries) - 1
