"""The article pane in a headless app: layout, cursor, marks, resize, scrolling, untrusted text."""

from __future__ import annotations

import asyncio
import functools
import re

import pytest
from rich.cells import cell_len
from rich.style import Style
from textual.app import App, ComposeResult

from reader.io.document import load, load_text
from reader.model import Article, ArticleMeta, Paragraph, Sentence
from reader.rtl import LayoutOptions, layout_paragraph
from reader.rtl.sanitize import is_terminal_safe
from reader.ui.article_pane import ArticlePane

from .conftest import SAMPLES, SEED, shared_or_skip


def sync(test):
    """Run an async pilot test with asyncio (no pytest plugin needed)."""

    @functools.wraps(test)
    def run(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))

    return run


class PaneApp(App):
    """Only the pane, as the reader's app will hold it (the whole width for text unless a
    ``measure`` is given: these tests check the layout, tests/test_app_layout.py the column)."""

    def __init__(self, article: Article, **options) -> None:
        super().__init__()
        self.article = article
        self.options = {"measure": None, **options}
        self.changes: list[int] = []

    def compose(self) -> ComposeResult:
        yield ArticlePane(self.article, **self.options)

    def on_article_pane_sentence_changed(self, message: ArticlePane.SentenceChanged) -> None:
        self.changes.append(message.sentence_id)


@pytest.fixture(scope="module")
def seed() -> Article:
    return load(SEED)


def expected_rows(article: Article, width: int, options: LayoutOptions) -> list[str]:
    """What the layout engine gives for the whole article: title, paragraphs, blank lines."""
    rows: list[str] = []
    texts = [article.meta.title] if article.meta.title else []
    texts += [article.body[p.start : p.end] for p in article.paragraphs]
    for index, text in enumerate(texts):
        if index:
            rows.append(" " * width)
        for line in layout_paragraph(text, width, options):
            shown = line.padded(width)
            rows.append(shown + " " * (width - cell_len(shown)))
    return rows


def styled_text(pane: ArticlePane, y: int, style: Style) -> str:
    """The characters of view row ``y`` drawn with (at least) ``style``'s colours."""
    return "".join(
        segment.text
        for segment in pane.render_line(y)
        if segment.style
        and style.bgcolor in (None, segment.style.bgcolor)
        and style.color in (None, segment.style.color)
    )


@sync
async def test_pane_shows_title_and_paragraphs_as_the_layout_engine_lays_them_out(seed: Article) -> None:
    app = PaneApp(seed)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        pane = app.query_one(ArticlePane)
        width = pane.scrollable_content_region.width
        rows = expected_rows(seed, width, LayoutOptions())
        assert pane.visible_text() == rows[:30]
        assert pane.virtual_size.height == len(rows)
        # the title is right-aligned and joined: its last cell is the title's first letter, shaped
        assert pane.visible_text()[0].rstrip() == pane.visible_text()[0]
        assert pane.visible_text()[1].strip() == ""


@sync
async def test_terminal_mode_shows_logical_order_left_aligned(seed: Article) -> None:
    app = PaneApp(seed, bidi="terminal")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        pane = app.query_one(ArticlePane)
        first = pane.visible_text()[0]
        assert first.rstrip() == seed.meta.title
        width = pane.scrollable_content_region.width
        assert pane.visible_text() == expected_rows(seed, width, LayoutOptions(bidi="terminal"))[:30]


@sync
async def test_bidi_mode_comes_from_the_environment(seed: Article, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READER_BIDI", "terminal")
    app = PaneApp(seed)
    async with app.run_test(size=(80, 20)) as pilot:
        await pilot.pause()
        assert app.query_one(ArticlePane).visible_text()[0].rstrip() == seed.meta.title


@sync
async def test_cursor_moves_by_sentence_and_posts_a_message(seed: Article) -> None:
    app = PaneApp(seed)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        pane = app.query_one(ArticlePane)
        assert pane.cursor_sentence == 0
        await pilot.press("j", "j", "k")
        await pilot.pause()
        assert pane.cursor_sentence == 1
        assert app.changes == [1, 2, 1]
        await pilot.press("k", "k")
        await pilot.pause()
        assert pane.cursor_sentence == 0


@sync
async def test_cursor_highlight_lands_on_the_sentence_cells(seed: Article) -> None:
    app = PaneApp(seed)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        pane = app.query_one(ArticlePane)
        pane.select_sentence(2)
        await pilot.pause()
        sentence = seed.sentences[2]
        first, last = pane.sentence_rows(2)
        cursor = pane.get_component_rich_style("article-pane--cursor", partial=True)
        width = pane.scrollable_content_region.width
        top = round(pane.scroll_y)
        for row in range(first, last + 1):
            block, line = pane.line_at(row)
            assert block == sentence.paragraph + 1
            assert pane.sentence_at_row(row) in (sentence.id, sentence.id - 1)
            want = "".join(
                c for c, k in zip(line.text, line.visual_to_logical, strict=True) if sentence.start <= k < sentence.end
            )
            assert styled_text(pane, row - top, cursor) == want
            assert want and line.cells <= width


@sync
async def test_marks_land_on_the_reordered_cells_of_their_span(seed: Article) -> None:
    word = "الثلاثاء"
    start = seed.body.index(word)
    app = PaneApp(seed)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        pane = app.query_one(ArticlePane)
        pane.set_marks([(start, start + len(word), "date")])
        sentence = seed.sentence_at(start)
        pane.select_sentence(sentence.id)
        await pilot.pause()
        date = pane.get_component_rich_style("article-pane--date", partial=True)
        top = round(pane.scroll_y)
        marked = [styled_text(pane, y, Style(color=date.color)) for y in range(30)]
        shown = [text for text in marked if text]
        # shaped and reordered: the word's letters, right to left, as the layout engine shows them
        (line,) = [line for line in pane.lines_of(sentence.paragraph + 1) if line.start <= start < line.end]
        want = "".join(
            c for c, k in zip(line.text, line.visual_to_logical, strict=True) if start <= k < start + len(word)
        )
        assert shown == [want]
        assert len(want) == len(word) - 1  # lam-alef: one cell for two letters
        assert top >= 0
        with pytest.raises(ValueError):
            pane.set_marks([(0, 1, "colour")])


@sync
async def test_a_click_puts_the_cursor_on_the_sentence_under_it(seed: Article) -> None:
    app = PaneApp(seed)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        pane = app.query_one(ArticlePane)
        target = seed.sentences[3]
        row = pane.sentence_rows(3)[1]  # its last line holds only this sentence's words at the left end
        _, line = pane.line_at(row)
        x = line.indent(pane.scrollable_content_region.width) + line.visual_index(target.end - 2)
        assert pane.offset_at(x, row) == target.end - 2
        await pilot.click(ArticlePane, offset=(x, row - round(pane.scroll_y)))
        await pilot.pause()
        assert pane.cursor_sentence == 3
        assert app.changes[-1] == 3


@sync
async def test_search_current_wins_over_search(seed: Article) -> None:
    app = PaneApp(seed)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        pane = app.query_one(ArticlePane)
        span = seed.sentences[0]
        pane.set_marks([(span.start, span.start + 4, "search-current"), (span.start, span.start + 4, "search")])
        await pilot.pause()
        current = pane.get_component_rich_style("article-pane--search-current", partial=True)
        row = pane.sentence_rows(0)[0] - round(pane.scroll_y)
        assert len(styled_text(pane, row, Style(bgcolor=current.bgcolor))) == 4


@sync
async def test_resize_lays_out_again_at_the_new_width(seed: Article) -> None:
    app = PaneApp(seed)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        pane = app.query_one(ArticlePane)
        tall = pane.virtual_size.height
        await pilot.resize_terminal(50, 30)
        await pilot.pause()
        width = pane.scrollable_content_region.width
        assert width < 50
        assert pane.virtual_size.height > tall
        rows = pane.visible_text()
        assert rows == expected_rows(seed, width, LayoutOptions())[: len(rows)]


@sync
async def test_paging_and_ends_move_view_and_cursor(seed: Article) -> None:
    app = PaneApp(seed)
    async with app.run_test(size=(100, 12)) as pilot:
        await pilot.pause()
        pane = app.query_one(ArticlePane)
        await pilot.press("pagedown")
        await pilot.pause()
        assert pane.scroll_y == 12
        first, last = pane.sentence_rows(pane.cursor_sentence)
        assert last >= 12 and first < 24
        await pilot.press("end")
        await pilot.pause()
        assert pane.scroll_y == pane.max_scroll_y > 0
        assert pane.cursor_sentence == len(seed.sentences) - 1
        width = pane.scrollable_content_region.width
        assert pane.visible_text()[-1] == expected_rows(seed, width, LayoutOptions())[-1]
        await pilot.press("pageup")
        await pilot.pause()
        assert pane.scroll_y == pane.max_scroll_y - 12
        await pilot.press("home")
        await pilot.pause()
        assert pane.scroll_y == 0 and pane.cursor_sentence == 0


@sync
async def test_select_sentence_scrolls_it_into_view(seed: Article) -> None:
    app = PaneApp(seed)
    async with app.run_test(size=(100, 10)) as pilot:
        await pilot.pause()
        pane = app.query_one(ArticlePane)
        last = len(seed.sentences) - 1
        pane.select_sentence(last)
        await pilot.pause()
        first_row, last_row = pane.sentence_rows(last)
        assert round(pane.scroll_y) <= first_row and last_row < round(pane.scroll_y) + 10
        assert app.changes[-1] == last


def hostile_article() -> Article:
    """An article built without the loader (which strips controls): the pane must not trust it."""
    body = "خبر عاجل\x1b[2J\x1b[H\x1b]0;pwned\x07 يتبع\x08\x08\x9b31m هنا.\nسطر\x07 ثان."
    paragraphs = (Paragraph(0, 0, body.index("\n")), Paragraph(1, body.index("\n") + 1, len(body)))
    sentences = tuple(Sentence(i, i, p.start, p.end, body[p.start : p.end]) for i, p in enumerate(paragraphs))
    return Article(ArticleMeta(title="عنوان\x1b]2;title\x07"), body, paragraphs, sentences)


@pytest.mark.parametrize("bidi", ["visual", "terminal"])
@sync
async def test_escape_sequences_never_reach_the_screen(bidi: str) -> None:
    app = PaneApp(hostile_article(), bidi=bidi)
    async with app.run_test(size=(60, 10)) as pilot:
        await pilot.pause()
        pane = app.query_one(ArticlePane)
        rows = [pane.render_line(y) for y in range(10)]
        text = "".join(segment.text for strip in rows for segment in strip)
        assert "عنوان" in text or "ﻥﺍﻮﻨﻋ" in text
        assert is_terminal_safe(text)
        assert not re.search(r"[\x1b\x07\x08\x9b]", text)


@sync
async def test_big_article_lays_out_only_what_is_near() -> None:
    article = load(shared_or_skip("bench", "ant-news.txt"))
    app = PaneApp(article)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        pane = app.query_one(ArticlePane)
        assert 0 < len(pane._lines) < 60
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        assert len(pane._lines) < 100
        rows = pane.visible_text()
        assert any(row.strip() for row in rows)
        assert all(cell_len(row) == pane.scrollable_content_region.width for row in rows)


def test_seed_snapshot(snap_compare) -> None:
    article = load(SEED)
    assert snap_compare(PaneApp(article), terminal_size=(100, 30))


def test_samples_load_into_the_pane_model() -> None:
    # every sample opens (the control-character one included) as an Article the pane takes
    for path in sorted(SAMPLES.glob("*.txt")):
        article = load(path)
        assert ArticlePane(article).block_count == len(article.paragraphs) + (1 if article.meta.title else 0)
    assert load_text("نص").paragraphs
