"""``reader timeline``: the table in the terminal, dates in order, Arabic laid out right-to-left,
other dated mentions dimmed in their date groups (``--no-mentions`` leaves them out)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from rich.cells import cell_len

from reader import analyse, load
from reader.model import EVENT_TYPES
from reader.rtl import LayoutOptions, display_line
from reader.views.labels import group_words
from reader.views.timeline import dated_sentences, group_events

from .conftest import SEED, run_reader


@pytest.mark.parametrize("width", [60, 80, 100, 140])
def test_no_line_is_wider_than_the_width(width: int) -> None:
    result = run_reader("timeline", str(SEED), "--width", str(width))
    assert result.code == 0, result.err
    assert max(cell_len(line) for line in result.out.splitlines()) <= width


def test_groups_come_in_date_order_in_words() -> None:
    result = run_reader("timeline", str(SEED), "--width", "120", "--bidi", "terminal")
    assert result.code == 0, result.err
    types = "|".join(EVENT_TYPES)
    shown = re.findall(rf"^  (\S.*?)\s{{2,}}(?:{types})\s", result.out, re.M)
    analysis = analyse(load(SEED))
    expected = [group_words(g, analysis, "en") for g in group_events(analysis) if g.dated]
    assert shown[: len(expected)] == expected and shown  # the dated groups first, in order
    assert "week of 6 Nov 2023" in shown and not re.search(r"\d{4}-W\d{2}", result.out)
    assert "No date given" in result.out and "(reported on" in result.out


def test_arabic_labels_with_lang_ar() -> None:
    result = run_reader("timeline", str(SEED), "--width", "120", "--bidi", "terminal", "--lang", "ar")
    assert result.code == 0, result.err
    for words in ("متى", "النوع", "الجهة", "تصريح", "تاريخ مذكور", "الأسبوع الذي يبدأ 6", "نوفمبر 2023"):
        assert words in result.out, words
    assert not re.search(r"\b(statement|visit|explicit|Undated)\b", result.out)
    # The columns run from the right: the date column last on each line.
    header = next(line for line in result.out.splitlines() if "متى" in line)
    assert header.rstrip().endswith("متى") and header.index("الجملة") < header.index("النوع")


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


# Our own article: a visit and a statement on dated days, a weather report dated the visit's day,
# and two sentences dated by a month and a year with no event in them.
MENTIONS_ARTICLE = (
    "---\npublished: 2024-03-20\n---\n"
    "وقال وزير الزراعة اليوم الأربعاء إن الموسم سيكون جيدا.\n"
    "وكانت درجات الحرارة في يناير 2024 أعلى من معدلها بكثير.\n"
    "وزار الوزير مزارع الجنوب يوم الاثنين.\n"
    "وشهدت الأسواق يوم الاثنين نفسه ارتفاعا في أسعار الخضار.\n"
    "ويعود آخر موسم مماثل إلى عام 1998 حسب السجلات الرسمية.\n"
)
_SGR = re.compile(r"\x1b\[([\d;]*)m")


def _coloured_timeline(*args: str) -> str:
    """``reader timeline ARGS`` with colours forced on, as a terminal would get it."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "FORCE_COLOR": "1", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "timeline", *args], capture_output=True, env=env, timeout=120, check=True
    )
    return proc.stdout.decode("utf-8")


def _all_dim(line: str) -> bool:
    """Whether every visible character of ``line`` is drawn with SGR 2 (faint)."""
    params: list[str] = []
    for index, chunk in enumerate(_SGR.split(line)):
        if index % 2:
            params = chunk.split(";") if chunk not in ("", "0") else []
        elif chunk.strip() and "2" not in params:
            return False
    return True


def test_other_dated_mentions_follow_their_groups_events(tmp_path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(MENTIONS_ARTICLE, encoding="utf-8")
    analysis = analyse(load(str(path)))
    groups = group_events(analysis, mentions=True)
    mentions = [d for g in groups for d in g.dated_sentences]
    assert {1, 4} <= {d.sentence for d in mentions}, "January's weather and 1998's record are dated, with no event"
    result = run_reader("timeline", str(path), "--width", "250", "--bidi", "terminal")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert sum(1 for line in lines if re.search(r"\smention\s+date stated\s", line)) == len(mentions)
    # Every entry in the order of the groups: a group's events, then its mentions.
    sentences = analysis.article.sentences
    position = 0
    for group in groups:
        for entry in (*group.events, *group.dated_sentences):
            text = sentences[entry.sentence].text
            position = next(i for i in range(position, len(lines)) if text in lines[i]) + 1
            if entry in group.dated_sentences:
                assert re.search(r"\smention\s+date stated\s", lines[position - 1])
    assert f"{len(mentions)} other dated mentions" in result.out


def test_other_dated_mentions_are_dimmed_and_no_mentions_hides_them(tmp_path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(MENTIONS_ARTICLE, encoding="utf-8")
    shown = _coloured_timeline(str(path), "--width", "160")
    rows = [line for line in shown.splitlines() if "mention" in line and "date stated" in line]
    assert len(rows) == len(dated_sentences(analyse(load(str(path)))))
    assert all(_all_dim(row) for row in rows)
    events = [line for line in shown.splitlines() if any(f" {t} " in _SGR.sub("", line) for t in EVENT_TYPES)]
    assert events and not any(_all_dim(line) for line in events), "events are not dimmed"
    hidden = _coloured_timeline(str(path), "--width", "160", "--no-mentions")
    assert not [line for line in hidden.splitlines() if "mention" in line and "date stated" in line]
    assert "other dated mentions" not in hidden
    assert [line for line in hidden.splitlines() if line in events] == events  # the events' rows unchanged


def test_an_article_with_only_dated_mentions_still_gets_its_table(tmp_path) -> None:
    path = tmp_path / "weather.txt"
    path.write_text("وكانت درجات الحرارة في يناير 2024 أعلى من معدلها.\n", encoding="utf-8")
    assert not analyse(load(str(path))).events  # the premise: a weather report, no event
    result = run_reader("timeline", str(path), "--width", "120", "--bidi", "terminal")
    assert result.code == 0 and re.search(r"January 2024\s+mention", result.out), result.out
    hidden = run_reader("timeline", str(path), "--width", "120", "--no-mentions")
    assert hidden.code == 0 and hidden.out.strip() == "No events found."
