"""``reader timeline``: the table in the terminal, dates in order, Arabic laid out right-to-left."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len

from reader import analyse, load
from reader.model import EVENT_TYPES
from reader.rtl import LayoutOptions, display_line
from reader.timeline import group_events

from .conftest import SEED, run_reader


@pytest.mark.parametrize("width", [60, 80, 100, 140])
def test_no_line_is_wider_than_the_width(width: int) -> None:
    result = run_reader("timeline", str(SEED), "--width", str(width))
    assert result.code == 0, result.err
    assert max(cell_len(line) for line in result.out.splitlines()) <= width


def test_groups_come_in_date_order_with_iso_dates() -> None:
    result = run_reader("timeline", str(SEED), "--width", "120", "--bidi", "terminal")
    assert result.code == 0, result.err
    types = "|".join(EVENT_TYPES)
    shown = re.findall(rf"^  (\d{{4}}-[-\dW]+)\b.*?\s(?:{types})\s", result.out, re.M)
    expected = [g.key for g in group_events(analyse(load(SEED))) if g.dated]
    assert shown == expected and shown
    assert "Undated (reported on" in result.out


def test_visual_mode_shows_actors_in_display_order() -> None:
    analysis = analyse(load(SEED))
    actor = next(e.actor for e in analysis.events if e.actor and len(e.actor) < 20)
    visual = run_reader("timeline", str(SEED), "--width", "140", "--no-shape").out
    logical = run_reader("timeline", str(SEED), "--width", "140", "--bidi", "terminal").out
    assert display_line(actor, LayoutOptions(shape=False)) in visual
    assert actor in logical
    assert display_line(actor, LayoutOptions(shape=False)) != actor


def test_too_narrow_a_table_is_a_clear_error() -> None:
    result = run_reader("timeline", str(SEED), "--width", "30")
    assert result.code == 1 and "at least 60" in result.err and "Traceback" not in result.err
