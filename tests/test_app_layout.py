"""Layout at every size: a readable measure, one pane at a time when narrow, the current sentence
kept in sight across resizes, a title bar that never cuts the start of the headline, Arabic
right-aligned in the timeline (the real app, real keys, real resizes)."""

from __future__ import annotations

import asyncio
import functools

from rich.cells import cell_len

from reader.io.document import load, load_text
from reader.model import Event
from reader.ui.app import ReaderApp, ReaderScreen
from reader.ui.article_pane import MEASURE
from reader.ui.display import make_display
from reader.ui.title_bar import TitleBar
from reader.views.labels import type_name

from .conftest import SEED

# Our own headline, long enough to be cut at 40 columns.
HEADLINE = "وزراء الزراعة العرب يتفقون في الرباط على خطة مشتركة لمواجهة موجات الجفاف المتكررة"


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


def cursor_in_view(screen: ReaderScreen) -> bool:
    pane = screen.article_pane
    first, last = pane.sentence_rows(pane.cursor_sentence)
    top = round(pane.scroll_y)
    return top <= first and last < top + pane.scrollable_content_region.height


@sync
async def test_at_200_columns_the_article_is_a_centred_column_of_readable_measure() -> None:
    app = ReaderApp(load(SEED))
    async with app.run_test(size=(200, 50)) as pilot:
        screen = await ready(pilot)
        pane = screen.article_pane
        width = pane.scrollable_content_region.width
        assert width > MEASURE + 20
        rows = [row for row in pane.visible_text() if row.strip()]
        assert rows
        lefts = [cell_len(row) - cell_len(row.lstrip()) for row in rows]
        rights = [cell_len(row) - cell_len(row.rstrip()) for row in rows]
        assert all(cell_len(row.strip()) <= MEASURE for row in rows)
        # Right-aligned lines inside a centred column: one right margin, about as wide as the left one.
        right = min(rights)
        assert abs(right - (width - MEASURE) // 2) <= 1 and min(lefts) >= right - 1
        # A click still lands on the word under it.
        sentence = pane.article.sentences[1]
        row = pane.sentence_rows(1)[0]
        _, line = pane.line_at(row)
        x = pane._margin + line.indent(pane._width) + line.visual_index(sentence.start)
        assert pane.offset_at(x, row) == sentence.start


@sync
async def test_z_zooms_one_pane_and_back() -> None:
    app = ReaderApp(load(SEED))
    async with app.run_test(size=(120, 35)) as pilot:
        screen = await ready(pilot)
        article, timeline = screen.article_pane, screen.timeline
        await pilot.press("z")
        await pilot.pause()
        assert screen.single and article.display and not timeline.display
        assert article.region.width == 120
        await pilot.press("tab")
        await pilot.pause()
        assert timeline.display and not article.display and timeline.region.width == 120
        await pilot.press("z")
        await pilot.pause()
        assert article.display and timeline.display and not screen.single


@sync
async def test_the_current_sentence_stays_in_sight_across_resizes() -> None:
    app = ReaderApp(load(SEED))
    async with app.run_test(size=(120, 35)) as pilot:
        screen = await ready(pilot)
        pane = screen.article_pane
        for _ in range(9):
            await pilot.press("j")
        await pilot.pause()
        assert pane.cursor_sentence == 9 and cursor_in_view(screen)
        for size in ((70, 20), (120, 35), (40, 16), (200, 50), (80, 24)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            assert pane.cursor_sentence == 9
            assert cursor_in_view(screen), size


@sync
async def test_the_title_bar_keeps_the_start_of_an_arabic_headline() -> None:
    article = load_text(f"---\ntitle: {HEADLINE}\nsource: مصدر تجريبي\n---\nنص الخبر القصير.\n")
    app = ReaderApp(article)
    display = make_display()
    async with app.run_test(size=(40, 16)) as pilot:
        screen = await ready(pilot)
        bar = screen.query_one("#title", TitleBar)
        shown = bar.line(40).strip()
        assert cell_len(shown) <= 38
        start = display("وزراء الزراعة العرب")
        assert shown.endswith(start), shown  # the headline's first words, at the right where Arabic starts
        assert shown.startswith("…")  # cut at its logical end, the left
        await pilot.resize_terminal(160, 30)
        await pilot.pause()
        wide = bar.line(160).strip()
        assert display(HEADLINE) in wide and display("مصدر تجريبي") in wide


@sync
async def test_arabic_in_the_timeline_is_right_aligned_in_both_languages() -> None:
    display = make_display()
    for lang in ("en", "ar"):
        app = ReaderApp(load(SEED), lang=lang)
        async with app.run_test(size=(120, 35)) as pilot:
            screen = await ready(pilot)
            pane = screen.timeline
            width = pane.scrollable_content_region.width
            quotes = 0
            for y in range(pane.scrollable_content_region.height):
                index = pane.row_entry(y)
                if index < 0 or not isinstance(pane.entries[index], Event):
                    continue
                text = pane.render_line(y).text
                # every entry row ends at the right edge (in Arabic, the badge's closing space)
                assert cell_len(text.rstrip()) >= width - 1, (lang, text)
                event = pane.entries[index]
                sentence = screen.article.sentences[event.sentence].text
                if display(sentence.split()[0]) in text:
                    quotes += 1
            assert quotes
            if lang == "ar":  # mirrored: the badge at the right, its type in Arabic
                first = next(y for y in range(40) if pane.row_entry(y) >= 0)
                event = pane.entries[pane.row_entry(first)]
                badge = [seg for seg in pane.render_line(first) if seg.text.strip()][-1]
                assert badge.style.bgcolor == pane.get_component_rich_style(f"timeline-pane--{event.type}").bgcolor
                assert badge.text.strip() == display(type_name(event.type, "ar"))


PLAIN = "الحكومة تقر موازنة العام المقبل\nأقرت الحكومة يوم الأحد موازنة العام المقبل.\nوقال الوزير إنها متوازنة.\n"


def test_a_plain_files_first_line_is_its_headline() -> None:
    article = load_text(PLAIN)
    assert article.meta.title == "الحكومة تقر موازنة العام المقبل"
    assert article.body.startswith(article.meta.title)  # it stays in the body: offsets unchanged
    # Not a headline: a first line that ends like a sentence, one paragraph alone, a long first line.
    assert load_text("أقرت الحكومة الموازنة.\nوقال الوزير إنها متوازنة.\n").meta.title is None
    assert load_text("الحكومة تقر موازنة العام المقبل\n").meta.title is None
    assert load_text(" ".join(["كلمة"] * 25) + "\nنص.\n").meta.title is None
    # Front matter wins.
    assert load_text("---\ntitle: عنوان آخر\n---\n" + PLAIN).meta.title == "عنوان آخر"


@sync
async def test_the_headline_heads_the_screen_and_shows_once_in_the_article() -> None:
    article = load_text(PLAIN, path="budget.txt")
    display = make_display()
    async with ReaderApp(article).run_test(size=(100, 30)) as pilot:
        screen = await ready(pilot)
        assert display(article.meta.title) in screen.query_one("#title", TitleBar).line(100)
        rows = [row.strip() for row in screen.article_pane.visible_text() if row.strip()]
        assert rows[0] == display(article.meta.title)
        assert sum(row == rows[0] for row in rows) == 1


def test_reader_cat_prints_a_headline_once(reader_cli) -> None:
    out = reader_cli("cat", "-", "--width", "60", stdin=PLAIN.encode()).out
    assert out.count(make_display()("الحكومة تقر موازنة العام المقبل")) == 1
