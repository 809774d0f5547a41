"""One selection shared by both panes, pane titles and focus, the status line (the real app, real keys).

The analysis is the hand-made one of ``hand_timeline`` (sentences and dates of our own), so the
entries and where they sit in the timeline are known:
2022 (mention, s7) · 2023-05 (mentions s2, s7) · 2024-05-12 (visit s0, told again in s5;
mention s1) · undated (statement s3). Sentences 4 and 6 have no entry.
"""

from __future__ import annotations

import asyncio
import functools

from reader.ui.app import ReaderApp, ReaderScreen
from reader.ui.display import make_display
from reader.ui.timeline_pane import reports
from reader.views.timeline import DatedSentence

from .hand_timeline import hand_made_analysis

SIZE = (120, 35)


def sync(test):
    @functools.wraps(test)
    def run(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))

    return run


def hand_app(**kwargs) -> tuple[ReaderApp, object]:
    hand = hand_made_analysis()
    return ReaderApp(hand.article, analyse=lambda article, published=None: hand, **kwargs), hand


async def ready(pilot) -> ReaderScreen:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def status(screen: ReaderScreen) -> str:
    return str(screen.query_one("#status").render())


def in_step(screen: ReaderScreen) -> bool:
    """The timeline's cursor is on an entry of the article's sentence."""
    entry = screen.timeline.selected
    return entry is not None and reports(entry, screen.article_pane.cursor_sentence)


@sync
async def test_on_start_both_panes_show_the_same_place_and_tab_never_jumps() -> None:
    app, hand = hand_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        article, timeline = screen.article_pane, screen.timeline
        assert article.cursor_sentence == 0
        assert timeline.selected == hand.events[0] and in_step(screen)  # the visit sentence 0 reports
        await pilot.press("tab")
        assert screen.focused is timeline
        assert article.cursor_sentence == 0 and timeline.selected == hand.events[0]
        # j in the timeline goes on from there: the next entry, the mention of sentence 1.
        await pilot.press("j")
        assert timeline.selected == DatedSentence(1, hand.timexes[1])
        assert article.cursor_sentence == 1
        await pilot.press("tab")
        assert screen.focused is article and article.cursor_sentence == 1 and in_step(screen)


@sync
async def test_moving_in_the_article_moves_the_timeline_cursor() -> None:
    app, hand = hand_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        article, timeline = screen.article_pane, screen.timeline
        await pilot.press("j", "j")  # sentence 2: May 2023, a mention in its own group
        assert article.cursor_sentence == 2
        assert timeline.selected == DatedSentence(2, hand.timexes[2]) and not timeline.near
        await pilot.press("j")  # sentence 3: the undated statement
        assert timeline.selected == hand.events[1]
        await pilot.press("j")  # sentence 4 has no entry: the nearest before it (3), drawn only with focus
        assert timeline.near and timeline.selected == hand.events[1]
        cursor = timeline.get_component_rich_style("timeline-pane--cursor")
        row = next(y for y in range(timeline.size.height) if timeline.row_entry(y) == timeline.cursor)
        assert not any(seg.style and seg.style.bgcolor == cursor.bgcolor for seg in timeline.render_line(row))
        assert "event –/2" in status(screen)
        await pilot.press("tab")
        await pilot.pause()
        focused = timeline.get_component_rich_style("timeline-pane--cursor")
        assert any(seg.style and seg.style.bgcolor == focused.bgcolor for seg in timeline.render_line(row))
        await pilot.press("k")  # from the statement (near sentence 4) up: the entry above it, sentence 1's mention
        assert timeline.selected == DatedSentence(1, hand.timexes[1]) and article.cursor_sentence == 1
        await pilot.press("tab", "j", "j", "j", "j")  # sentence 5 tells the visit again: the visit
        assert article.cursor_sentence == 5
        assert timeline.selected == hand.events[0] and in_step(screen)


@sync
async def test_a_second_event_of_the_same_sentence_keeps_the_cursor() -> None:
    app, hand = hand_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        timeline = screen.timeline
        timeline.follow_sentence(5)  # the visit is told in 0 and 5: the cursor stays on it
        assert timeline.selected == hand.events[0]
        timeline.follow_sentence(0)
        assert timeline.selected == hand.events[0] and not timeline.near


@sync
async def test_the_filter_never_moves_the_article() -> None:
    app, hand = hand_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        article, timeline = screen.article_pane, screen.timeline
        await pilot.press("j")  # sentence 1: its dated mention
        scroll = article.scroll_y
        await pilot.press("f", "end", "space", "enter")  # hide the other dated mentions
        await pilot.pause()
        assert not timeline.show_mentions
        assert article.cursor_sentence == 1 and article.scroll_y == scroll
        assert timeline.near and timeline.selected == hand.events[0]  # the nearest entry before it
        await pilot.press("f", "a")
        await pilot.pause()
        assert article.cursor_sentence == 1
        assert timeline.selected == DatedSentence(1, hand.timexes[1])


@sync
async def test_the_status_line_says_where_the_reader_is() -> None:
    app, hand = hand_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        line = status(screen)
        body = len(hand.article.body)
        percent = round(100 * hand.article.sentences[0].end / body)
        assert line.startswith(f"sentence 1/8 · event 1/2 · {percent}%"), line
        await pilot.press("j")
        assert status(screen).startswith("sentence 2/8 · dated mention 4/4"), status(screen)
        await pilot.press("G")
        assert status(screen).startswith("sentence 8/8 · dated mention 1/4 · 100%"), status(screen)


@sync
async def test_panes_have_titles_and_the_focused_one_a_border_of_its_own() -> None:
    app, _ = hand_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        article, timeline = screen.article_pane, screen.timeline
        assert article.border_title == "Article" and timeline.border_title == "Timeline"
        focused, blurred = article.styles.border_top, timeline.styles.border_top
        assert focused[0] != blurred[0] and focused[1] != blurred[1]  # another line and colour
        await pilot.press("tab")
        await pilot.pause()
        assert timeline.styles.border_top == focused and article.styles.border_top == blurred


@sync
async def test_in_arabic_the_titles_and_the_status_line_are_arabic_and_right_to_left() -> None:
    app, _ = hand_app(lang="ar")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        display = make_display()
        assert screen.article_pane.border_title == display("الخبر")
        assert screen.timeline.border_title == display("الخط الزمني")
        line = status(screen)
        assert display("الجملة") in line and display("الحدث") in line
        assert line.rstrip().endswith(display("الجملة")), line  # the first word at the right


def test_the_language_defaults_to_the_locale(monkeypatch) -> None:
    from reader.views.labels import default_lang

    monkeypatch.delenv("READER_LANG")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "ar_EG.UTF-8")
    assert default_lang() == "ar"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert default_lang() == "en"
    monkeypatch.setenv("READER_LANG", "ar")
    assert default_lang() == "ar"


@sync
async def test_in_arabic_the_status_line_sits_at_the_right() -> None:
    app, _ = hand_app(lang="ar")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        status_line = screen.query_one("#status")
        row = status_line.render_lines(status_line.region.reset_offset)[0].text
        assert row.rstrip().endswith(make_display()("الجملة")), row
        assert row.startswith("   ")
