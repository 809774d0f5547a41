"""SVG snapshots of the reader on the seed, an event selected, at 40x16, 80x24, 120x35 and 200x50,
in the dark and the light theme.

The SVGs are test artefacts: an SVG viewer applies bidi again, so the (correct) visual-order
Arabic looks reversed in them; real-terminal screenshots are taken with xterm-shot instead
(docs/ holds some). The snapshot changes whenever the analysis finds other events: update it
with ``pytest tests/test_app_snapshots.py --snapshot-update`` after looking at the same state in
a real terminal (``../shared/tools/xterm-shot OUT.png --size 120x35 --keys "Tab j j j" -- reader``).
"""

from __future__ import annotations

import pytest

from reader.io.document import load
from reader.ui.app import ReaderApp

from .conftest import SEED

SIZES = [(40, 16), (80, 24), (120, 35), (200, 50)]


def select_fourth_entry(theme: str):
    async def run_before(pilot) -> None:
        """The theme, the analysis done, then three entries down from the first sentence's in the timeline."""
        pilot.app.theme = theme
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("tab")
        await pilot.pause()
        await pilot.press("j", "j", "j")
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"], ids=["dark", "light"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_seed_with_an_event_selected(snap_compare, size: tuple[int, int], theme: str) -> None:
    app = ReaderApp(load(SEED), lang="en")
    assert snap_compare(app, terminal_size=size, run_before=select_fourth_entry(theme))
