"""SVG snapshots of the reader on the seed, with an event selected, at 120x35 and 80x24.

The SVGs are test artefacts: an SVG viewer applies bidi again, so the (correct) visual-order
Arabic looks reversed in them; real-terminal screenshots are taken with xterm-shot instead.
The snapshot changes whenever the analysis finds other events: update it with
``pytest tests/test_app_snapshots.py --snapshot-update`` after looking at the new one.
"""

from __future__ import annotations

import pytest

from reader.document import load
from reader.ui.app import ReaderApp

from .conftest import SEED


async def select_fourth_event(pilot) -> None:
    """Wait for the analysis, then select the timeline's fourth event (its article sentence shows)."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.press("tab")
    await pilot.pause()
    await pilot.press("j", "j", "j")
    await pilot.pause()


@pytest.mark.parametrize("size", [(120, 35), (80, 24)], ids=["120x35", "80x24"])
def test_seed_with_an_event_selected(snap_compare, size: tuple[int, int]) -> None:
    app = ReaderApp(load(SEED))
    assert snap_compare(app, terminal_size=size, run_before=select_fourth_event)
