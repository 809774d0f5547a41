"""End to end in a real terminal: tmux runs `reader` on the seed at 120x35 and a user's keys.

Asserts on what tmux's screen holds (capture-pane): the article in visual order (reordered
and joined, as the layout engine lays it out), the timeline's ISO dates, a search hit, the
exported Markdown file, and the process exiting 0 after `q`; Ctrl-C quitting too (status 130),
and either key quitting at once while a long article is still being analysed, no process left.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from rich.cells import cell_len

from reader.io.document import load
from reader.ui.display import make_display

from .conftest import REPO, SEED

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Tmux:
    """One tmux server of our own (its own socket), one window running a command."""

    def __init__(self, command: str, cwd: Path, size: tuple[int, int] = (120, 35)) -> None:
        self.socket = f"reader-e2e-{uuid.uuid4().hex[:8]}"
        env = {**os.environ, "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
        env.pop("READER_BIDI", None)
        self.env = env
        self._tmux("new-session", "-d", "-s", "e2e", "-x", str(size[0]), "-y", str(size[1]), "-c", str(cwd), command)
        self._tmux("set-option", "-t", "e2e", "remain-on-exit", "on")

    def _tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, "-f", "/dev/null", *args],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=20,
        )
        return result.stdout

    def keys(self, *keys: str, literal: bool = False) -> None:
        self._tmux("send-keys", "-t", "e2e", *(["-l"] if literal else []), *keys)

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", "e2e")

    def wait_for(self, predicate, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if predicate(screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"timed out; the screen was:\n{screen}")

    def close(self) -> None:
        self._tmux("kill-server")


EDGE = re.compile(r"[│┃]\s?[│┃]")  # the timeline's right border against the article's left one
DATE_HEADING = re.compile(r"^[│┃]\s*\w+day \d{1,2} \w{3} \d{4}\b", re.M)  # "Tuesday 14 Nov 2023"


def sides(screen: str) -> list[tuple[str, str]]:
    """Each row of the two panes: the timeline's part and the article's part."""
    rows = []
    for line in screen.splitlines():
        edge = EDGE.search(line)
        if edge:
            rows.append((line[: edge.start()].lstrip("│┃"), line[edge.end() :].rstrip("│┃ ")))
    return rows


def article_side(screen: str) -> str:
    """The article pane's part of the screen (right of the timeline's edge)."""
    return "\n".join(article for _, article in sides(screen))


def quote_start(screen: str) -> str | None:
    """The opening of the last quote the timeline shows (the right end of its right-aligned line)."""
    quotes = [timeline.rstrip() for timeline, _ in sides(screen) if timeline.startswith("     ")]
    quotes = [q for q in quotes if q.strip()]
    return quotes[-1].strip().lstrip("…")[-12:] if quotes else None


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    shutil.copy(SEED, tmp_path / SEED.name)
    return tmp_path


def test_reader_in_tmux_select_search_export_quit(workdir: Path) -> None:
    status_file = workdir / "exit-status"
    command = f"PYTHONPATH={REPO} {sys.executable} -m reader {SEED.name}; echo $? > {status_file.name}; sleep 30"
    tmux = Tmux(command, workdir)
    try:
        article = load(SEED)
        display = make_display("visual")
        title = display(article.meta.title)
        # The article paints: its title laid out right-to-left and joined.
        tmux.wait_for(lambda s: title in s)
        # The timeline fills in, its dates in words.
        screen = tmux.wait_for(lambda s: DATE_HEADING.search(s) is not None)
        phrases = ["وسائل إعلام رسمية", "وزير الموارد الطبيعية", "وكالة الأنباء المركزية الكورية"]
        assert sum(display(p) in screen for p in phrases) >= 2, screen
        assert not any(p in screen for p in phrases), "the article must show in visual order, not logical"

        # Select the last event: the article scrolls to its sentence, so the start of the
        # timeline's quote (at the right end of its line, in visual order) shows in the article.
        tmux.keys("Tab")
        time.sleep(0.5)  # focus moves after the key is handled: the next keys go to the timeline
        tmux.keys("G")
        tmux.wait_for(lambda s: quote_start(s) is not None and quote_start(s) in article_side(s))

        # Search, typed without hamza: the hits are counted in the status line.
        tmux.keys("/")
        tmux.wait_for(lambda s: "search (enter finds" in s)
        tmux.keys("الانباء", literal=True)
        shown = display("الانباء")  # the box and the status line show the query laid out like the article
        screen = tmux.wait_for(lambda s: shown in s)
        assert "الانباء" not in screen  # never in logical order (backwards, unjoined)
        tmux.keys("Enter")
        hits = article.body.count("الأنباء")
        tmux.wait_for(lambda s: f'/{hits} "{shown}"' in s)

        # Export: the file lands beside the article and the path is shown.
        tmux.keys("e")
        target = workdir / f"{SEED.stem}.timeline.md"
        tmux.wait_for(lambda s: "exported" in s)
        assert target.exists() and "```mermaid" in target.read_text(encoding="utf-8")

        tmux.keys("q")
        deadline = time.monotonic() + 20
        while not status_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert status_file.read_text().strip() == "0"
    finally:
        tmux.close()


def test_the_current_sentence_stays_on_screen_across_resizes(workdir: Path) -> None:
    command = f"PYTHONPATH={REPO} {sys.executable} -m reader {SEED.name}; sleep 30"
    tmux = Tmux(command, workdir)
    try:
        article = load(SEED)
        display = make_display("visual")
        tmux.wait_for(lambda s: DATE_HEADING.search(s) is not None)
        tmux.keys(*["j"] * 9)
        tmux.wait_for(lambda s: "sentence 10/" in s)
        words = [display(w) for w in article.sentences[9].text.split() if len(w) >= 4][:8]

        def shows_sentence(screen: str) -> bool:
            return "sentence 10/" in screen and sum(w in screen for w in words) >= 4

        tmux.wait_for(shows_sentence)
        for width, height in ((70, 20), (120, 35)):
            tmux._tmux("resize-window", "-t", "e2e", "-x", str(width), "-y", str(height))
            screen = tmux.wait_for(shows_sentence)
            assert max(cell_len(line) for line in screen.splitlines()) <= width
    finally:
        tmux.close()


def descendants(pid: int) -> list[int]:
    """The processes under ``pid`` (children, grandchildren...), from /proc."""
    parents: dict[int, int] = {}
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        match = re.search(r"^PPid:\s+(\d+)", text, re.M)
        if match:
            parents[int(status.parent.name)] = int(match.group(1))
    found, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        children = [child for child, of in parents.items() if of == parent]
        found += children
        frontier += children
    return found


def analysis_processes(pane_pid: int) -> list[int]:
    """The reader's analysis processes among the pane's descendants."""
    found = []
    for pid in descendants(pane_pid):
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if "analysis_process import serve" in command:
            found.append(pid)
    return found


def wait_for_file(path: Path, timeout: float) -> float:
    """Seconds until ``path`` exists (``timeout`` if it never does)."""
    start = time.monotonic()
    while not path.exists() and time.monotonic() - start < timeout:
        time.sleep(0.02)
    return time.monotonic() - start


def test_ctrl_c_quits_and_restores_the_terminal(workdir: Path) -> None:
    status_file = workdir / "exit-status"
    command = f"PYTHONPATH={REPO} {sys.executable} -m reader {SEED.name}; echo $? > {status_file.name}; sleep 30"
    tmux = Tmux(command, workdir)
    try:
        tmux.wait_for(lambda s: DATE_HEADING.search(s) is not None)
        tmux.keys("C-c")
        wait_for_file(status_file, 20)
        assert status_file.read_text().strip() == "130"  # as for any interrupted command (README)
        screen = tmux.screen()
        assert "Timeline" not in screen and "sentence 1/" not in screen  # the reader's screen is gone
    finally:
        tmux.close()


@pytest.mark.parametrize("key", ["q", "C-c"])
def test_quitting_while_a_long_article_is_analysed_is_prompt(workdir: Path, key: str) -> None:
    from .test_app_quit import long_text

    (workdir / "long.txt").write_text(long_text(20), encoding="utf-8")  # about 2 MB: many seconds of analysis
    status_file = workdir / "exit-status"
    command = f"PYTHONPATH={REPO} {sys.executable} -m reader long.txt; echo $? > {status_file.name}; sleep 30"
    tmux = Tmux(command, workdir)
    try:
        tmux.wait_for(lambda s: "sentence 1/" in s)
        pane = int(tmux._tmux("display-message", "-p", "-t", "e2e", "#{pane_pid}").strip())
        deadline = time.monotonic() + 10
        while not analysis_processes(pane) and time.monotonic() < deadline:
            time.sleep(0.05)
        children = analysis_processes(pane)
        assert children, "the analysis runs in a process of its own"
        time.sleep(0.5)
        assert "analys" in tmux.screen()  # still at work
        tmux.keys(key)
        seconds = wait_for_file(status_file, 20)
        assert seconds < 2.0, f"quitting took {seconds:.2f} s"  # bench_big_article.py measures it finely
        assert status_file.read_text().strip() == ("0" if key == "q" else "130")
        assert not [pid for pid in children if Path(f"/proc/{pid}").exists()]  # nothing left behind
    finally:
        tmux.close()
