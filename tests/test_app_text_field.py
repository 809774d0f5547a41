"""Text fields show Arabic shaped and right-to-left, and their cursor moves on screen.

The laying out (``field_line``) is checked on its own; the search box through the real app and
real keys: what it renders, where its cursor is, what the arrows do.
"""

from __future__ import annotations

import asyncio
import functools

from reader.io.document import load_text
from reader.rtl import LayoutOptions
from reader.ui.app import ReaderApp
from reader.ui.display import make_display
from reader.ui.text_field import TextField, field_line

VISUAL = LayoutOptions()
ARTICLE = "زار وفد من مدينة الزهراء السوق القديمة يوم الاثنين.\nوقال رئيس الوفد إن الزيارة مفيدة.\n"


def sync(test):
    @functools.wraps(test)
    def run(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))

    return run


def test_an_arabic_value_is_laid_out_right_to_left_with_its_end_on_the_left() -> None:
    line = field_line("سوق قديم", VISUAL)
    assert line.rtl
    shown = "".join(cell.text for cell in line.cells)
    assert shown == make_display()("سوق قديم")
    assert line.cells[0].offset == len("سوق قديم")  # the blank end cell, left of the text
    assert line.cells[-1].offset == 0  # the first letter is the rightmost cell


def test_spaces_at_either_end_are_kept_and_latin_runs_left_to_right() -> None:
    line = field_line("سوق ", VISUAL)
    assert [c.offset for c in line.cells][:2] == [4, 3]  # end cell, then the space just typed
    latin = field_line("notes/سوق.md", VISUAL)
    assert not latin.rtl and latin.cells[-1].offset == len("notes/سوق.md")
    date = field_line("2024-03-07", VISUAL, base=0)
    assert "".join(c.text for c in date.cells) == "2024-03-07"
    assert not date.rtl


def test_a_lam_alef_ligature_is_one_cell_for_two_letters() -> None:
    line = field_line("سلام", VISUAL)
    assert len(line.cells) == 4  # end, meem, lam-alef, seen
    assert line.index_of(2) == line.index_of(1)  # the alef shows in its lam's cell


def field_text(box: TextField) -> str:
    return box.render_line(0).text


@sync
async def test_the_search_box_shows_the_query_joined_and_right_to_left_and_arrows_move_on_screen() -> None:
    app = ReaderApp(load_text(ARTICLE))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("slash", *"السوق القديمة")
        box = app.screen.query_one("#search", TextField)
        await pilot.pause()
        query = "السوق القديمة"
        text = field_text(box)
        shown = make_display()(query)
        assert shown in text and query not in text
        assert text.rstrip().endswith(shown)  # right-aligned
        # The cursor is the blank cell at the left of the text (its logical end).
        assert box.cursor_position == len(query)
        assert box._cursor_offset == text.rstrip().index(shown) - 1
        # right moves one cell right: onto the last letter typed; left comes back.
        await pilot.press("right")
        assert box.cursor_position == len(query) - 1
        assert box._cursor_offset == text.rstrip().index(shown)
        await pilot.press("left")
        assert box.cursor_position == len(query)
        # home: the first letter, at the right end; typing there puts the letter at the right.
        await pilot.press("home")
        assert box.cursor_position == 0
        assert box._cursor_offset == len(text.rstrip()) - 1
        await pilot.press("end", "backspace", "backspace", *"مة")
        assert box.value == query
        await pilot.press("enter")
        assert app.screen.search.query == query
        assert app.screen.search.hits
