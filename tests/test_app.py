"""The reader app driven by Textual's pilot: every binding, and the linking both ways.

Each test runs the real app on a real article with the real analysis (in its worker) and
asserts on the app's state and on what the panes render.
"""

from __future__ import annotations

import asyncio
import functools
import re
import shutil
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.worker import WorkerFailed

from reader.errors import ReaderError
from reader.io.document import load
from reader.model import EVENT_TYPES, Event
from reader.ui.app import ReaderApp, ReaderScreen, export_path
from reader.ui.dialogs import ConfirmScreen, FilterScreen
from reader.ui.help import HelpScreen
from reader.ui.picker import PickerScreen
from reader.views.labels import group_words, value_words
from reader.views.timeline import DatedSentence, group_events

from .conftest import SAMPLES, SEED
from .hand_timeline import hand_made_analysis

SIZE = (120, 35)


def sync(test):
    """Run an async pilot test with asyncio (no pytest plugin needed)."""

    @functools.wraps(test)
    def run(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))

    return run


async def ready(pilot) -> ReaderScreen:
    """Wait for the analysis worker and the refresh after it; the reader screen."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def rendered(widget) -> list[str]:
    """The text of every line the widget renders now (its visible region)."""
    return [widget.render_line(y).text for y in range(widget.scrollable_content_region.height)]


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """The seed in a folder of its own, so exports land in tmp_path."""
    target = tmp_path / SEED.name
    shutil.copy(SEED, target)
    return target


@sync
async def test_the_timeline_fills_in_date_order_with_iso_dates(seed_copy: Path) -> None:
    app = ReaderApp(load(seed_copy))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        analysis = screen.analysis
        assert analysis is not None and analysis.events
        expected = [e.id for g in group_events(analysis) for e in g.events]
        assert [e.id for e in screen.timeline.events] == expected
        lines = screen.timeline.visible_text()
        dated = [g for g in group_events(analysis) if g.dated and re.match(r"\d{4}-\d{2}-\d{2}$", g.key)]
        assert dated, "the seed has events on days"
        for group in dated:  # in words: "Tuesday 14 Nov 2023"
            assert any(line.startswith(value_words(group.key, "en")) for line in lines)
        first = group_events(analysis)[0]
        heading = rendered(screen.timeline)[0]
        assert heading.startswith(group_words(first, analysis, "en")), heading
        assert screen.timeline.loading is False
        status = str(screen.query_one("#status").render())
        assert f"{len(analysis.events)} events" in status


@sync
async def test_selecting_an_event_scrolls_the_article_and_marks_trigger_and_date(seed_copy: Path) -> None:
    app = ReaderApp(load(seed_copy))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("tab")
        assert screen.focused is screen.timeline
        # The last dated event with a date expression: selecting it moves the article.
        timexes = {t.id: t for t in screen.analysis.timexes}
        entries = screen.timeline.entries
        target = max(i for i, e in enumerate(entries) if isinstance(e, Event) and e.timex in timexes)
        await pilot.press("g", *["j"] * target)
        event = screen.timeline.selected_event
        assert screen.timeline.cursor == target and event is not None
        assert screen.article_pane.cursor_sentence == event.sentence
        marks = screen.marks
        timex = timexes[event.timex]
        assert (timex.start, timex.end, "date") in marks
        if event.trigger_start >= 0:
            assert (event.trigger_start, event.trigger_end, "trigger") in marks
        # The timeline renders the selected event with the cursor style.
        cursor_style = screen.timeline.get_component_rich_style("timeline-pane--cursor")
        rows = [y for y in range(screen.timeline.size.height) if screen.timeline.row_entry(y) == target]
        assert rows
        strip = screen.timeline.render_line(rows[0])
        assert any(seg.style and seg.style.bgcolor == cursor_style.bgcolor for seg in strip)


@sync
async def test_moving_in_the_article_highlights_that_sentences_events(seed_copy: Path) -> None:
    app = ReaderApp(load(seed_copy))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert screen.focused is screen.article_pane
        wanted = max(e.sentence for e in screen.timeline.events)
        await pilot.press("g")
        for _ in range(wanted + 1):
            if screen.article_pane.cursor_sentence == wanted:
                break
            await pilot.press("j")
        assert screen.article_pane.cursor_sentence == wanted
        linked = screen.timeline.linked_indices()
        assert linked
        entries = screen.timeline.entries
        assert all(wanted in (entries[i].sentence, *entries[i].mentions) for i in linked)
        await pilot.pause()
        linked_style = screen.timeline.get_component_rich_style("timeline-pane--linked")
        styled = [
            y
            for y in range(screen.timeline.size.height)
            if screen.timeline.row_entry(y) in linked
            and any(seg.style and seg.style.bgcolor == linked_style.bgcolor for seg in screen.timeline.render_line(y))
        ]
        assert styled or screen.timeline.cursor in linked
        # enter from the article goes to the sentence's first event in the timeline.
        await pilot.press("enter")
        assert screen.focused is screen.timeline
        assert screen.timeline.cursor == linked[0]


@sync
async def test_enter_in_the_timeline_jumps_to_the_sentence(seed_copy: Path) -> None:
    app = ReaderApp(load(seed_copy))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("tab", "G", "enter")
        event = screen.timeline.entries[-1]
        assert screen.timeline.cursor == len(screen.timeline.entries) - 1
        assert screen.focused is screen.article_pane
        assert screen.article_pane.cursor_sentence == event.sentence


@sync
async def test_paging_and_ends_in_the_timeline(tmp_path: Path) -> None:
    # Every sample in one article: enough events to page through.
    parts = [load(p).body for p in sorted(SAMPLES.glob("0[0-2]*.txt"))]
    long = tmp_path / "long.txt"
    long.write_text("\n".join(parts * 3), encoding="utf-8")
    app = ReaderApp(load(long))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        pane = screen.timeline
        count = len(pane.entries)
        assert count >= 8
        await pilot.press("tab", "space")
        after_page = pane.cursor
        assert after_page > 1
        await pilot.press("b")
        assert pane.cursor < after_page
        await pilot.press("G")
        assert pane.cursor == count - 1 and pane.scroll_offset.y > 0
        await pilot.press("k")
        assert pane.cursor == count - 2
        await pilot.press("g")
        assert pane.cursor == 0 and pane.scroll_offset.y == 0
        await pilot.press("down", "down", "up")
        assert pane.cursor == 1


@sync
async def test_paging_and_ends_in_the_article(seed_copy: Path) -> None:
    app = ReaderApp(load(seed_copy))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        article = screen.article_pane
        await pilot.press("g")
        assert article.cursor_sentence == 0
        await pilot.press("j", "j")
        assert article.cursor_sentence == 2
        await pilot.press("k")
        assert article.cursor_sentence == 1
        await pilot.press("space")
        assert article.scroll_offset.y > 0
        await pilot.press("b")
        await pilot.press("G")
        assert article.scroll_offset.y == article.max_scroll_y
        await pilot.press("g")
        assert article.scroll_offset.y == 0


@sync
async def test_tab_switches_and_s_swaps_the_panes(seed_copy: Path) -> None:
    app = ReaderApp(load(seed_copy))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert screen.focused is screen.article_pane
        # Arabic readers start at the right: the article is the right pane.
        assert screen.article_pane.region.x > screen.timeline.region.x
        await pilot.press("tab")
        assert screen.focused is screen.timeline
        await pilot.press("tab")
        assert screen.focused is screen.article_pane
        await pilot.press("s")
        await pilot.pause()
        assert screen.article_pane.region.x < screen.timeline.region.x
        await pilot.press("s")
        await pilot.pause()
        assert screen.article_pane.region.x > screen.timeline.region.x


@sync
async def test_search_finds_hits_and_n_and_shift_n_move_between_them(seed_copy: Path) -> None:
    article = load(seed_copy)
    app = ReaderApp(article)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        # Typed without the hamza: the search ignores alef forms.
        await pilot.press("slash", *"الانباء", "enter")
        hits = screen.search.hits
        assert len(hits) == article.body.count("الأنباء") >= 3
        assert screen.focused is screen.article_pane
        current = hits[screen.search.current]
        assert article.body[current.start : current.end] == "الأنباء"
        assert screen.article_pane.cursor_sentence == article.sentence_at(current.start).id
        marks = screen.marks
        assert (current.start, current.end, "search-current") in marks
        assert sum(1 for m in marks if m[2] in ("search", "search-current")) == len(hits)
        status = str(screen.query_one("#status").render())
        assert f"1/{len(hits)}" in status
        await pilot.press("n")
        assert screen.search.current == 1
        await pilot.press("N", "N")
        assert screen.search.current == len(hits) - 1
        await pilot.press("escape")
        assert not screen.search.query
        assert not [m for m in screen.marks if m[2].startswith("search")]


@sync
async def test_f_filters_the_timeline_by_type(seed_copy: Path) -> None:
    app = ReaderApp(load(seed_copy))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        types = [name for name in EVENT_TYPES if any(e.type == name for e in screen.analysis.events)]
        await pilot.press("f")
        assert isinstance(app.screen, FilterScreen)
        # Untick every type but the first, then apply.
        for _ in types[1:]:
            await pilot.press("down", "space")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        if len(types) > 1:
            assert screen.timeline.type_filter == frozenset(types[:1])
            assert {e.type for e in screen.timeline.events} == {types[0]}
            assert "filter: " + types[0] in str(screen.query_one("#status").render())
        await pilot.press("f", "a")
        assert screen.timeline.type_filter == frozenset()
        assert len(screen.timeline.events) == len(screen.analysis.events)


@sync
async def test_e_exports_beside_the_article_and_asks_before_overwriting(seed_copy: Path) -> None:
    app = ReaderApp(load(seed_copy))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        target = seed_copy.with_name(seed_copy.stem + ".timeline.md")
        assert export_path(screen.article) == target
        await pilot.press("e")
        await pilot.pause()
        assert target.exists()
        text = target.read_text(encoding="utf-8")
        assert "```mermaid" in text and screen.article.meta.title in text
        assert any(str(target) in n.message for n in app._notifications)
        target.write_text("old notes", encoding="utf-8")
        await pilot.press("e")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert target.read_text(encoding="utf-8") == "old notes"
        await pilot.press("e")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == text


def test_export_path_of_the_sample_stdin_and_urls_is_the_current_folder(tmp_path: Path) -> None:
    from reader.io.document import load_text

    sample = load()
    assert export_path(sample, tmp_path) == tmp_path / "seed.timeline.md"
    piped = load_text("نص قصير.")
    assert export_path(piped, tmp_path) == tmp_path / "stdin.timeline.md"
    url = load_text("نص قصير.", path="https://example.org/news/story-1.html?x=1")
    assert export_path(url, tmp_path) == tmp_path / "story-1.timeline.md"


@sync
async def test_question_mark_shows_the_help_and_q_quits(seed_copy: Path) -> None:
    app = ReaderApp(load(seed_copy))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(line for w in app.screen.query("Static") for line in rendered(w))
        for key in ("tab", "/", "export", "filter", "swap", "quit"):
            assert key in text
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


@sync
async def test_footer_shows_the_main_bindings(seed_copy: Path) -> None:
    app = ReaderApp(load(seed_copy))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        footer = screen.query_one("Footer")
        shown = " ".join(str(key.render()) for key in footer.query("FooterKey"))
        for label in ("Search", "Filter", "Export", "Swap", "Help", "Quit"):
            assert label in shown


@sync
async def test_the_command_palette_runs_the_main_actions(seed_copy: Path) -> None:
    app = ReaderApp(load(seed_copy))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        titles = [c.title for c in app.get_system_commands(screen)]
        for title in ("Search", "Export Markdown", "Filter events", "Swap panes", "Theme", "Help"):
            assert title in titles
        await pilot.press("ctrl+p")
        await pilot.press(*"Export Markdown")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert seed_copy.with_name(seed_copy.stem + ".timeline.md").exists()


@sync
async def test_the_theme_switcher_changes_the_panes_colours(seed_copy: Path) -> None:
    app = ReaderApp(load(seed_copy))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        before = screen.timeline.styles.background
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause()
        assert screen.timeline.styles.background != before


@sync
async def test_an_analysis_error_is_a_message_not_a_crash(seed_copy: Path) -> None:
    def failing(article, published=None):
        raise ReaderError("the temporal tables are missing")

    app = ReaderApp(load(seed_copy), analyse=failing)
    async with app.run_test(size=SIZE) as pilot:
        with pytest.raises(WorkerFailed):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert screen.analysis is None
        assert "the temporal tables are missing" in "\n".join(screen.timeline.visible_text())
        assert any("temporal tables" in n.message for n in app._notifications)
        await pilot.press("e")  # nothing to export: a notification, still no crash
        await pilot.press("j", "tab", "j")
        assert app.is_running


@sync
async def test_several_files_open_a_picker(tmp_path: Path) -> None:
    first, second = SAMPLES / "01_mixed_latin_numbers.txt", SAMPLES / "02_full_diacritics.txt"
    app = ReaderApp(None, [str(first), str(second)])
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("down", "enter")
        screen = await ready(pilot)
        assert screen.article.meta.path == str(second)
        await pilot.press("escape")
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("up", "enter")
        screen = await ready(pilot)
        assert screen.article.meta.path == str(first)


@sync
async def test_a_bad_file_in_the_picker_is_a_notification(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    app = ReaderApp(None, [str(empty), str(SEED)])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        assert any("empty" in n.message for n in app._notifications)


@sync
async def test_at_80x24_the_timeline_narrows_and_its_rows_fit(seed_copy: Path) -> None:
    app = ReaderApp(load(seed_copy))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        pane = screen.timeline
        assert screen.has_class("narrow") and not screen.has_class("single")
        assert pane.region.width < 40 and screen.article_pane.region.width >= 40
        width = pane.scrollable_content_region.width
        for y in range(pane.scrollable_content_region.height):
            index = pane.row_entry(y)
            text = pane.render_line(y).text.rstrip()
            entry = pane.entries[index] if index >= 0 else None
            if isinstance(entry, Event) and text.startswith(" " + entry.type):
                assert cell_len(text) == width  # the actor at the right edge, whole or cut at a word
            elif index < 0 and text and not text.startswith("No date"):
                assert re.match(r"(\w+ )?(\d{1,2} )?\w+ \d{4}|\d{4}|week of ", text), text
                assert "…" not in text


@sync
async def test_under_80_columns_one_pane_shows_and_tab_flips(seed_copy: Path) -> None:
    app = ReaderApp(load(seed_copy))
    async with app.run_test(size=(60, 30)) as pilot:
        screen = await ready(pilot)
        assert screen.has_class("single")
        article, timeline = screen.article_pane, screen.timeline
        assert article.display and not timeline.display and article.region.width == 60
        sentence = article.cursor_sentence
        await pilot.press("tab")
        await pilot.pause()
        assert timeline.display and not article.display and screen.focused is timeline
        assert timeline.region.width == 60 and article.cursor_sentence == sentence
        await pilot.press("enter")  # go to the entry's sentence: the article shows again
        await pilot.pause()
        assert article.display and not timeline.display and screen.focused is article


@sync
async def test_other_dated_mentions_select_link_and_filter() -> None:
    hand = hand_made_analysis()  # the engine's events do not matter here: the analysis is ours
    app = ReaderApp(hand.article, analyse=lambda article, published=None: hand)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        pane, article = screen.timeline, screen.article_pane
        assert "2 events, 4 other dated mentions" in str(screen.query_one("#status").render())
        rain = next(i for i, e in enumerate(pane.entries) if isinstance(e, DatedSentence) and e.sentence == 1)
        assert rain == pane.entries.index(hand.events[0]) + 1  # after its group's event
        # Selecting the mention moves the article to its sentence, highlighted, its date marked.
        await pilot.press("tab", "g", *["j"] * rain)
        assert pane.selected == DatedSentence(1, hand.timexes[1])
        assert article.cursor_sentence == 1
        timex = hand.timexes[1]
        assert (timex.start, timex.end, "date") in screen.marks
        await pilot.pause()
        first, _ = article.sentence_rows(1)
        cursor = article.get_component_rich_style("article-pane--cursor", partial=True)
        row = article.render_line(first - round(article.scroll_y))
        assert any(seg.style and seg.style.bgcolor == cursor.bgcolor for seg in row)
        # The filter's last entry hides the mentions; the status says so.
        await pilot.press("f")
        assert isinstance(app.screen, FilterScreen)
        await pilot.press("end", "space", "enter")
        await pilot.pause()
        assert app.screen is screen and not pane.show_mentions
        assert not any(isinstance(e, DatedSentence) for e in pane.entries)
        assert not any(line.startswith(" mention") for line in pane.visible_text())
        assert "(hidden)" in str(screen.query_one("#status").render())
        await pilot.press("f", "a")
        assert pane.show_mentions and len(pane.entries) == 6
        # Moving in the article to a sentence with only a dated mention links that mention; enter selects it.
        await pilot.press("tab")
        assert screen.focused is article
        await pilot.press("g", "j")
        assert article.cursor_sentence == 1
        assert pane.linked_indices() == [rain]
        await pilot.press("g", "enter")
        assert pane.cursor == pane.entries.index(hand.events[0])
        await pilot.press("tab", "j", "enter")
        assert screen.focused is pane and pane.cursor == rain
