"""The reader on a query of the archive (``reader --db FILE --query``, the palette's "Query the
archive…"): the events across articles in date order, each opened at its sentence, a query typed
in place, an article whose file is gone, and the command line's one-line errors."""

from __future__ import annotations

import asyncio
import functools
import io
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import Static

import reader
from reader.archive.browse import Filters, find, parse_filters, stored_article
from reader.errors import ReaderError
from reader.io.document import load
from reader.ui.app import ReaderApp, ReaderScreen
from reader.ui.article_pane import ArticlePane
from reader.ui.dialogs import PromptScreen
from reader.ui.query_view import QueryApp, QueryHelp, QueryScreen

from .conftest import run_reader

SIZE = (120, 35)
FILLER = [
    "وتشهد المنطقة نشاطا دبلوماسيا واسعا منذ أشهر في ظل تغيرات كثيرة.",
    "ويتابع المراقبون هذه التحركات باهتمام كبير في العواصم العربية.",
    "وتتناول الصحف المحلية هذه الملفات بتفصيل في صفحاتها الأولى.",
]
# Short articles written for these tests: an event on a known day in each, and one far down.
ARTICLES = {
    "a_baghdad.txt": """---
title: رئيس الوزراء الأردني في بغداد
source: وكالة الرافدين
published: 2022-05-12
---
وصل رئيس الوزراء الأردني إلى بغداد يوم الثلاثاء 10 مايو 2022 في زيارة رسمية.
وقال المتحدث باسم الحكومة العراقية إن المحادثات كانت مثمرة.
""",
    "b_tunis.txt": """---
title: الداخلية التونسية تنفي
source: إذاعة قرطاج
published: 2021-09-03
---
نفت وزارة الداخلية التونسية يوم الخميس 2 سبتمبر 2021 وجود أي اعتقالات في العاصمة.
""",
    "c_muscat.txt": """---
title: لقاء في مسقط
source: صحيفة الخليج
published: 2023-02-15
---
"""
    + "\n".join(FILLER * 12)
    + """
التقى وزير الخارجية القطري نظيره العماني في مسقط يوم الأحد 12 فبراير 2023.
وحذر الوزير القطري من تدهور الأوضاع في المنطقة.
""",
}


def sync(test):
    """Run an async pilot test with asyncio."""

    @functools.wraps(test)
    def run(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))

    return run


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("READER_DB", str(tmp_path / "news.db"))


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """The articles in ``tmp_path/news``, indexed into ``tmp_path/news.db``."""
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "news.db"
    summary = reader.index(folder, db=db)
    assert summary.skipped == [] and summary.indexed == 3
    return db


def query_app(db: Path, line: str = "") -> QueryApp:
    filters = parse_filters(line)
    return QueryApp(db, filters, find(db, filters), lang="en")


async def results_screen(pilot) -> QueryScreen:
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, QueryScreen)
    return screen


def highlighted(screen: QueryScreen) -> str:
    """The sentence the article pane highlights (its cursor)."""
    pane = screen.article_pane
    assert pane is not None
    return pane.article.sentences[pane.cursor_sentence].text


@sync
async def test_the_list_shows_the_events_in_date_order_and_opens_the_first_at_its_sentence(archive: Path) -> None:
    app = query_app(archive)
    async with app.run_test(size=SIZE) as pilot:
        screen = await results_screen(pilot)
        events = screen.results
        assert [(e.date, e.type) for e in events[:3]] == [
            ("2021-09-02", "denial"),
            ("2022-05-10", "visit"),
            ("2023-02-12", "meeting"),
        ]
        assert all(e.date is None for e in events[3:])  # undated last
        assert screen.results_list.option_count == len(events)
        first_row = str(screen.row(0))
        assert "Thursday 2 Sep 2021" in first_row and "denial" in first_row
        assert screen.results_list.has_focus
        assert highlighted(screen) == events[0].sentence_text
        assert screen.article is not None and screen.article.meta.path == events[0].article.path
        assert screen.notice == ""
        status = str(screen.query_one("#status").render())
        assert "event 1/5" in status and "5 events from 3 articles" in status


@sync
async def test_moving_through_the_results_opens_each_article_at_its_sentence(archive: Path) -> None:
    app = query_app(archive)
    async with app.run_test(size=SIZE) as pilot:
        screen = await results_screen(pilot)
        events = screen.results
        await pilot.press("j", "j")  # the meeting in Muscat, far down its article
        await pilot.pause()
        meeting = events[2]
        assert meeting.type == "meeting" and highlighted(screen) == meeting.sentence_text
        pane = screen.article_pane
        assert pane is not None and pane.cursor_sentence == 36 and pane.scroll_y > 0
        first, last = pane.sentence_rows(36)
        assert pane.scroll_y <= first and last < pane.scroll_y + pane.scrollable_content_region.height
        assert ("trigger" in {kind for *_, kind in pane._marks}) and ("date" in {k for *_, k in pane._marks})
        await pilot.press("k")
        await pilot.pause()
        assert highlighted(screen) == events[1].sentence_text and screen.shown == events[1]
        # a click on a row (each row is two lines) opens its event
        await pilot.click("#timeline", offset=(5, 1 + 2 * 3))
        await pilot.pause()
        assert screen.results_list.highlighted == 3 and highlighted(screen) == events[3].sentence_text
        # enter: into the article; esc: back to the list
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.focused, ArticlePane)
        await pilot.press("escape")
        await pilot.pause()
        assert screen.results_list.has_focus and app.screen is screen


@sync
async def test_r_reads_the_article_alone_with_its_timeline_and_esc_comes_back(archive: Path) -> None:
    app = query_app(archive)
    async with app.run_test(size=SIZE) as pilot:
        screen = await results_screen(pilot)
        await pilot.press("j", "j", "r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        reader_screen = app.screen
        assert isinstance(reader_screen, ReaderScreen)
        assert reader_screen.article.meta.path == screen.results[2].article.path
        pane = reader_screen.article_pane
        assert pane.article.sentences[pane.cursor_sentence].text == screen.results[2].sentence_text
        assert pane.scroll_y > 0
        assert reader_screen.analysis is not None
        assert [e.type for e in reader_screen.timeline.events] == ["meeting", "warning"]
        selected = reader_screen.timeline.selected
        assert selected is not None and selected.sentence == pane.cursor_sentence  # the timeline follows
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and screen.results_list.highlighted == 2


@sync
async def test_a_query_typed_in_the_palette_narrows_the_list_in_place(archive: Path) -> None:
    app = query_app(archive)
    async with app.run_test(size=SIZE) as pilot:
        screen = await results_screen(pilot)
        assert len(screen.results) == 5
        await pilot.press("ctrl+p")
        await pilot.press(*"Query the archive")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        prompt = app.screen
        assert isinstance(prompt, PromptScreen)
        field = prompt.query_one("#answer")
        field.value = "type:bogus"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is prompt and "unknown event type" in str(prompt.query_one("#problem").render())
        field.value = "القطري type:warning,meeting,visit"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert [e.type for e in screen.results] == ["meeting", "warning"]
        assert screen.results_list.option_count == 2
        assert highlighted(screen) == screen.results[0].sentence_text
        assert screen.filters.line() == "القطري type:warning,meeting,visit"


@sync
async def test_the_palette_of_an_article_opens_the_results_over_it(archive: Path, tmp_path: Path) -> None:
    article = tmp_path / "news" / "a_baghdad.txt"
    app = ReaderApp(load(article), lang="en")  # the archive: $READER_DB
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reader_screen = app.screen
        assert isinstance(reader_screen, ReaderScreen)
        await pilot.press("ctrl+p")
        await pilot.press(*"Query the archive")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        app.screen.query_one("#answer").value = "from:2022 to:2022-12"  # type: ignore[attr-defined]
        await pilot.press("enter")
        screen = await results_screen(pilot)
        assert [(e.date, e.type) for e in screen.results] == [("2022-05-10", "visit")]
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is reader_screen


@sync
async def test_an_article_whose_file_is_gone_shows_the_archives_sentences_and_a_notice(archive: Path) -> None:
    gone = archive.parent / "news" / "c_muscat.txt"
    gone.unlink()
    app = query_app(archive, "type:meeting")
    async with app.run_test(size=SIZE) as pilot:
        screen = await results_screen(pilot)
        (meeting,) = screen.results
        assert meeting.article.path == str(gone)
        assert highlighted(screen) == meeting.sentence_text
        assert screen.notice.startswith("The file is gone (no such file")
        notice = screen.query_one("#notice")
        assert notice.display and "the sentences the archive keeps are shown" in str(notice.render())
        pane = screen.article_pane
        assert pane is not None and len(pane.article.sentences) == 38
        assert pane.article.meta.title == "لقاء في مسقط"


@sync
async def test_an_article_changed_since_it_was_indexed_is_shown_as_indexed(archive: Path) -> None:
    changed = archive.parent / "news" / "a_baghdad.txt"
    # the visit's own sentence stays as it was; the one after it changes
    changed.write_text(changed.read_text(encoding="utf-8").replace("وقال", "وأكد"), encoding="utf-8")
    app = query_app(archive, "type:visit")
    async with app.run_test(size=SIZE) as pilot:
        screen = await results_screen(pilot)
        assert highlighted(screen) == screen.results[0].sentence_text
        assert screen.notice.startswith("The file has changed since it was indexed")
        assert screen.article is not None and screen.article.sentences[1].text.startswith("وقال")  # as indexed


@sync
async def test_a_long_list_lists_every_result_at_once_and_makes_only_the_rows_in_sight(archive: Path) -> None:
    events = find(archive, Filters()) * 4000  # 20,000 results: the archive's, again and again
    made: list[int] = []
    app = QueryApp(archive, Filters(), events, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        screen = await results_screen(pilot)
        row = screen.row
        screen.results_list._row = lambda index: made.append(index) or row(index)
        screen.results_list.forget_rows()
        await pilot.pause()
        assert screen.results_list.option_count == 20_000
        assert highlighted(screen) == events[0].sentence_text
        status = str(screen.query_one("#status").render())
        assert "event 1/20000" in status and "20000 events from 3 articles" in status and "listed" not in status
        assert 0 < len(made) <= screen.results_list.size.height // 2 + 1  # the rows in sight, each made once
        await pilot.press("G")
        await pilot.pause()
        assert screen.results_list.highlighted == 19_999 and highlighted(screen) == events[19_999].sentence_text
        assert screen.results_list.scroll_offset.y == screen.results_list.max_scroll_y
        assert 19_999 in made and len(made) < 60
        await pilot.press("k", "space", "b", "b")
        await pilot.pause()
        page = screen.results_list.scrollable_content_region.height // 2
        assert screen.results_list.highlighted == 19_999 - 2 * page  # space stops at the last
        assert f"event {20_000 - 2 * page}/20000" in str(screen.query_one("#status").render())
        await pilot.press("g")
        await pilot.pause()
        assert screen.results_list.highlighted == 0 and screen.results_list.scroll_offset.y == 0


@sync
async def test_help_lists_the_query_views_keys_first(archive: Path) -> None:
    app = query_app(archive)
    async with app.run_test(size=SIZE) as pilot:
        screen = await results_screen(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, QueryHelp)
        console = Console(width=100, record=True, file=io.StringIO())
        for static in app.screen.query(Static):
            console.print(static.content)
        shown = console.export_text()
        assert shown.startswith("The archive's events") and "another query: words, type:visit" in shown
        assert shown.index("another query") < shown.index("the article (right-to-left) and its timeline")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


@sync
async def test_no_match_says_so(archive: Path) -> None:
    app = query_app(archive, "كلمة_لا_توجد")
    async with app.run_test(size=SIZE) as pilot:
        screen = await results_screen(pilot)
        await pilot.pause()
        assert screen.results == [] and screen.article_pane is None
        assert "No event of the archive matches" in str(screen.query_one("#article").render())


def test_the_archive_keeps_each_sentence_at_its_offsets(archive: Path) -> None:
    path = str(archive.parent / "news" / "a_baghdad.txt")
    kept, loaded = stored_article(archive, path), load(path)
    assert [(s.start, s.end, s.text) for s in kept.sentences] == [(s.start, s.end, s.text) for s in loaded.sentences]
    assert all(kept.body[s.start : s.end] == s.text for s in kept.sentences)
    assert len(kept.paragraphs) == len(loaded.paragraphs)


def test_a_typed_query_reads_words_and_filters() -> None:
    filters = parse_filters('بيونغ يانغ type:visit actor:"قوات الدعم" from:2023-01 to:2023 source:نيل')
    assert filters == Filters("بيونغ يانغ", "visit", "قوات الدعم", "2023-01", "2023", "نيل")
    assert parse_filters(filters.line()) == filters
    assert parse_filters("") == Filters() and not Filters()
    assert parse_filters("الساعة 12:30").text == "الساعة 12:30"
    for line, error in (
        ("type:party", "^type: unknown event type"),
        ("from:2023-13", "from: expected YYYY"),
        ("from:2024 to:2023", "from 2024-01-01 is after to 2023-12-31"),
        ("when:2023", "when: unknown"),
        ("actor:", "actor: needs a value"),
    ):
        with pytest.raises(ReaderError, match=error):
            parse_filters(line)


def test_the_command_line_says_what_is_wrong_in_one_line(archive: Path, tmp_path: Path) -> None:
    for args, code, needle in (
        (("--db", str(archive), "--query", "--type", "party"), 2, "--type: unknown event type 'party'"),
        (("--db", str(archive), "--query", "--from", "2023-13"), 2, "--from: expected YYYY"),
        (("--db", str(tmp_path / "none.db"), "--query"), 1, "no archive here"),
        (("--db", str(archive), "--type", "visit"), 2, "--db: only with --query"),
        (("--actor", "X"), 2, "--actor: only with --query"),
        (("--db", str(archive), "--query", "x", str(archive)), 2, "--query opens the archive, not FILE"),
        (("--db", str(archive), "--query", "وزير"), 1, "the reader needs a terminal"),
    ):
        result = run_reader(*args)
        lines = result.err.strip().splitlines()
        assert result.code == code and len(lines) == 1 and needle in lines[0], (args, result.err)
        assert result.out == ""
    shown = run_reader("open", "--help").out
    for option in ("--query [TEXT]", "--db FILE", "--type T", "--actor A", "--from DATE", "--to DATE", "--source S"):
        assert option in shown


def test_snapshot_of_the_query_view(snap_compare, archive: Path) -> None:
    async def run_before(pilot) -> None:
        await pilot.pause()
        await pilot.press("j", "j")
        await pilot.pause()

    assert snap_compare(query_app(archive), terminal_size=SIZE, run_before=run_before)
