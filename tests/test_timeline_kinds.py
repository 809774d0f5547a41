"""The views with the new kinds of timex: vague references, durations, decades, centuries,
quarters and seasons. A hand-made analysis (our own sentences) dates events with each of them;
grouping, labels, the Markdown, the ``reader timeline`` table, the JSON and the TUI pane must take
them without crashing, and place them sensibly (``PAST_REF`` as "recently", before the reference
day; durations date nothing and are no dated mention)."""

from __future__ import annotations

import asyncio
import datetime as dt

import jsonschema
import pytest
from rich.console import Console

from reader.commands.timeline import build_table
from reader.events.dating import is_duration, is_vague
from reader.exports.json_export import schema, to_dict
from reader.exports.markdown import to_markdown
from reader.io.document import load_text
from reader.model import Analysis, Event, Timex, kind_of
from reader.rtl import LayoutOptions
from reader.ui.timeline_pane import TimelinePane
from reader.views.timeline import dated_sentences, group_events, period_start, value_label

from .test_timeline_pane import PaneApp, lines

SENTENCES = (
    "وزار الوزير المصنع مؤخرا.",  # 0 PAST_REF
    "وبنيت المصانع الأولى في التسعينيات.",  # 1 decade 199
    "وقال المؤرخ إن المدينة توسعت في القرن العشرين.",  # 2 century 19
    "وأعلنت الشركة أرباحها في الربع الأول من عام 2024.",  # 3 quarter
    "وافتتح الرئيس الميناء في صيف 2023.",  # 4 season
    "واستمرت المفاوضات ثلاثة أيام.",  # 5 duration, no event dated by it
    "والتقى الوفد رئيس الحكومة يوم الأحد.",  # 6 a day
    "وسيزور الوزير المدينة قريبا.",  # 7 FUTURE_REF
    "ويعمل المصنع حاليا بكامل طاقته.",  # 8 PRESENT_REF, no event
)
REFERENCE = dt.date(2024, 5, 14)


def _analysis() -> Analysis:
    article = load_text("\n".join(SENTENCES) + "\n")

    def timex(ident: str, sentence: int, text: str, value: str, granularity: str) -> Timex:
        s = article.sentences[sentence]
        start = article.body.index(text, s.start)
        return Timex(ident, sentence, start, start + len(text), text, value, granularity, "publication", None)

    timexes = (
        timex("t0", 0, "مؤخرا", "PAST_REF", "vague"),
        timex("t1", 1, "التسعينيات", "199", "decade"),
        timex("t2", 2, "القرن العشرين", "19", "century"),
        timex("t3", 3, "الربع الأول من عام 2024", "2024-Q1", "quarter"),
        timex("t4", 4, "صيف 2023", "2023-SU", "season"),
        timex("t5", 5, "ثلاثة أيام", "P3D", "duration"),
        timex("t6", 6, "يوم الأحد", "2024-05-12", "day"),
        timex("t7", 7, "قريبا", "FUTURE_REF", "vague"),
        timex("t8", 8, "حاليا", "PRESENT_REF", "vague"),
    )

    def event(n: int, kind: str, sentence: int, word: str, timex: Timex | None) -> Event:
        start = article.body.index(word, article.sentences[sentence].start)
        date = timex.value if timex else None
        granularity = timex.granularity if timex else None
        source = "explicit" if timex else "none"
        ident = timex.id if timex else None
        return Event(
            f"e{n}", kind, word, None, sentence, (sentence,), date, granularity, source, ident, start, start + len(word)
        )

    events = (
        event(0, "visit", 0, "وزار", timexes[0]),
        event(1, "measure", 1, "وبنيت", timexes[1]),
        event(2, "statement", 2, "وقال", timexes[2]),
        event(3, "statement", 3, "وأعلنت", timexes[3]),
        event(4, "measure", 4, "وافتتح", timexes[4]),
        event(5, "meeting", 5, "المفاوضات", None),
        event(6, "meeting", 6, "والتقى", timexes[6]),
        event(7, "visit", 7, "وسيزور", timexes[7]),
    )
    return Analysis(article, timexes, events, REFERENCE, "metadata")


def test_kinds_are_read_from_granularity_and_value() -> None:
    analysis = _analysis()
    kinds = [t.kind for t in analysis.timexes]
    assert kinds == ["vague", "date", "date", "date", "date", "duration", "date", "vague", "vague"]
    assert kind_of("P3D", "duration") == "duration" and kind_of("PAST_REF", "vague") == "vague"
    assert kind_of("2024", "year") == "date"
    assert is_vague(analysis.timexes[0]) and not is_vague(analysis.timexes[5])
    assert is_duration(analysis.timexes[5]) and not is_duration(analysis.timexes[0])  # PAST_REF starts with P


@pytest.mark.parametrize(
    ("value", "start"),
    [
        ("199", dt.date(1990, 1, 1)),
        ("19", dt.date(1900, 1, 1)),
        ("2024-Q1", dt.date(2024, 1, 1)),
        ("2024-Q3", dt.date(2024, 7, 1)),
        ("2023-SU", dt.date(2023, 6, 1)),
        ("2023-WI", dt.date(2023, 1, 1)),
        ("P3D", None),
        ("PXY", None),
        ("PT5H", None),
        ("PAST_REF", None),
        ("00", dt.date(1, 1, 1)),
        ("2023-02-30", None),
    ],
)
def test_period_start_of_every_shape(value: str, start: dt.date | None) -> None:
    assert period_start(value) == start


def test_labels_of_the_new_values() -> None:
    assert value_label("PAST_REF") == "recently (مؤخرا)"
    assert value_label("FUTURE_REF") == "soon (قريبا)"
    assert value_label("199") == "199 (the 1990s)"
    assert value_label("19").startswith("19 (the 1900s")
    assert value_label("2023-SU") == "2023-SU (summer 2023)"
    assert value_label("2024-Q1") == "2024-Q1 (from 2024-01-01)"
    assert value_label("P3D") == "P3D"


def test_groups_in_a_sensible_order() -> None:
    groups = group_events(_analysis(), mentions=True)
    keys = [g.key for g in groups]
    # century, decade, the season and quarter in their years, the Sunday, "recently" just before
    # the reference day (Tuesday), "soon" after it, the undated event last
    assert keys == ["19", "199", "2023-SU", "2024-Q1", "2024-05-12", "PAST_REF", "FUTURE_REF", "undated"], keys
    recently = groups[keys.index("PAST_REF")]
    assert recently.label == "recently (مؤخرا)" and recently.dated and [e.id for e in recently.events] == ["e0"]


def test_without_a_reference_vague_groups_come_after_the_dated_ones() -> None:
    analysis = _analysis()
    unknown = Analysis(analysis.article, analysis.timexes, analysis.events, None, "unknown")
    keys = [g.key for g in group_events(unknown)]
    assert keys[-3:] == ["PAST_REF", "FUTURE_REF", "undated"], keys


def test_durations_and_vague_references_are_no_dated_mentions() -> None:
    found = dated_sentences(_analysis())
    assert [d.timex.id for d in found] == []  # every dated sentence reports an event; 5 and 8 are not dated


def test_markdown_table_and_json_take_every_value() -> None:
    analysis = _analysis()
    markdown = to_markdown(analysis)
    assert "### recently" in markdown and "### the 1990s" in markdown  # in words (labels.value_words)
    console = Console(width=120, record=True, color_system=None)
    console.print(build_table(analysis, 120, LayoutOptions(), mentions=True))
    out = console.export_text()
    assert "recently" in out and "1990s" in out
    data = to_dict(analysis)
    jsonschema.validate(data, schema())
    assert [t["kind"] for t in data["timexes"]][:2] == ["vague", "date"]


def test_the_pane_shows_the_new_groups() -> None:
    async def run() -> list[str]:
        app = PaneApp(_analysis())
        async with app.run_test(size=(70, 60)) as pilot:
            await pilot.pause()
            return lines(app.query_one(TimelinePane))

    shown = "\n".join(asyncio.run(run()))
    assert "recently" in shown and "1990s" in shown and "summer 2023" in shown


def test_a_half_year_through_the_views_the_json_and_the_archive() -> None:
    # النصف الأول / السداسي الثاني of a year: 2023-H1, between the year and its quarters
    from reader import analyse
    from reader.archive.keys import date_span
    from reader.views.labels import value_words

    text = "وارتفعت الصادرات طوال النصف الأول من 2023.\nوتراجع العجز أثناء السداسي الثاني من العام الماضي.\n"
    analysis = analyse(load_text(text), REFERENCE)
    assert [(t.text, t.value, t.granularity) for t in analysis.timexes] == [
        ("النصف الأول من 2023", "2023-H1", "half"),
        ("السداسي الثاني من العام الماضي", "2023-H2", "half"),
    ]
    jsonschema.validate(to_dict(analysis), schema())
    assert period_start("2023-H2") == dt.date(2023, 7, 1)
    assert value_label("2023-H1") == "2023-H1 (from 2023-01-01)"
    assert value_words("2023-H1", "ar") == "النصف الأول من 2023"
    assert value_words("2023-H2", "en") == "second half of 2023"
    assert date_span("2023-H1") == ("2023-01-01", "2023-06-30")
    assert date_span("2023-H2") == ("2023-07-01", "2023-12-31")
    keys = [g.key for g in group_events(analysis, mentions=True)]
    assert keys == ["2023-H1", "2023-H2"], keys
