"""The article pane's row index (a Fenwick tree) against plain prefix sums, and its line cache
bounded on a long article: reading stays right when laid-out paragraphs are let go."""

from __future__ import annotations

import asyncio
import random
from bisect import bisect_right
from itertools import accumulate

from textual.app import App, ComposeResult

from reader.io.document import load_text
from reader.ui import article_pane
from reader.ui.article_pane import ArticlePane, RowStarts

from .test_app_quit import long_text


def test_row_starts_agree_with_prefix_sums() -> None:
    rng = random.Random(7)
    for count in (1, 2, 3, 17, 64, 300):
        heights = [rng.randint(1, 9) for _ in range(count)]
        rows = RowStarts(heights)
        for _ in range(200):
            block = rng.randrange(count)
            change = rng.randint(1, 12) - heights[block]
            heights[block] += change
            rows.add(block, change)
            starts = [0, *accumulate(h + 1 for h in heights)]
            assert [rows[b] for b in range(count + 1)] == starts and rows.total == starts[-1]
            for row in (0, rng.randrange(starts[-1] + 5), starts[-1] - 1, starts[-1] + 3):
                assert rows.block_at(row) == max(0, min(count - 1, bisect_right(starts, row) - 1))


def test_the_line_cache_is_bounded_and_reading_stays_right(monkeypatch) -> None:
    monkeypatch.setattr(article_pane, "CACHE_LINES", 300)
    article = load_text(long_text(3))

    class PaneApp(App[None]):
        def compose(self) -> ComposeResult:
            yield ArticlePane(article, bidi="visual")

    async def run() -> None:
        app = PaneApp()
        async with app.run_test(size=(80, 30)) as pilot:
            pane = app.query_one(ArticlePane)
            await pilot.pause()
            top = pane.visible_text()
            for _ in range(60):
                await pilot.press("pagedown")
            assert round(pane.scroll_y) > 0
            cached = sum(len(lines) for lines in pane._lines.values())
            assert cached <= 300 + max(len(lines) for lines in pane._lines.values())
            assert 0 not in pane._lines  # the first paragraphs were let go...
            await pilot.press("home")
            await pilot.pause()
            assert pane.visible_text() == top  # ...and come back as they were
            await pilot.press("end")
            await pilot.pause()
            assert round(pane.scroll_y) == pane.max_scroll_y

    asyncio.run(run())
