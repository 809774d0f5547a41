"""Grouping events by date for the views: order, labels, undated last, unknown reference day, and
the other dated mentions (dated sentences no event reports) in their date groups."""

from __future__ import annotations

import datetime as dt

from reader import analyse
from reader.exports.json_export import to_dict
from reader.io.document import load_text
from reader.views.timeline import (
    DatedSentence,
    dated_sentences,
    group_events,
    offset_days,
    offset_label,
    period_start,
    quote,
    value_label,
)

from .hand_timeline import hand_made_analysis


def test_period_starts_and_labels() -> None:
    assert period_start("2023-11-14") == dt.date(2023, 11, 14)
    assert period_start("2023-W45") == dt.date(2023, 11, 6)
    assert period_start("2023-09") == dt.date(2023, 9, 1)
    assert period_start("2023") == dt.date(2023, 1, 1)
    assert period_start("PAST_REF") is None
    assert value_label("2023-11-14") == "2023-11-14 الثلاثاء"
    assert value_label("2023-W45") == "2023-W45 (from 2023-11-06)"
    assert offset_days("-P1D") == -1 and offset_days("P2W") == 14 and offset_days("x") is None
    assert offset_label("-P3D") == "D-3 days" and offset_label("P0D").startswith("D (")


def test_events_are_grouped_in_date_order_with_undated_last() -> None:
    text = (
        "---\npublished: 2024-03-20\n---\n"
        "وقال الوزير اليوم الأربعاء إن المحادثات مستمرة.\n"
        "واتهمت المعارضة الحكومة بالفساد.\n"
        "وكان الرئيس قد زار القاهرة في يناير الماضي.\n"
        "والتقى الوفد نظيره يوم الاثنين.\n"
    )
    analysis = analyse(load_text(text))
    groups = group_events(analysis)
    keys = [g.key for g in groups]
    assert keys == ["2024-01", "2024-03-18", "2024-03-20", "undated"], keys
    assert [e.type for e in groups[0].events] == ["visit"]
    assert groups[-1].label == "Undated (reported on 2024-03-20 الأربعاء)"
    assert not groups[-1].dated and all(g.dated for g in groups[:-1])


def test_unknown_reference_day_gives_offsets_from_d() -> None:
    analysis = analyse(load_text("وزار الرئيس القاهرة قبل ثلاثة أيام.\nوقال الوزير أمس إن المحادثات مثمرة.\n"))
    assert analysis.reference is None
    groups = group_events(analysis)
    assert [g.key for g in groups] == ["D-3", "D-1"]
    assert all(e.date is None for g in groups for e in g.events)  # never an invented date


def test_quote_cuts_at_a_word() -> None:
    assert quote("كلمة " * 30, 20) == "كلمة كلمة كلمة كلمة…"  # 19 characters, then the ellipsis
    assert quote("قصير") == "قصير"


def test_dated_sentences_are_the_dated_sentences_no_event_reports() -> None:
    analysis = hand_made_analysis()
    found = dated_sentences(analysis)
    # Not 0 and 5 (the visit's sentence and mention), 3 (no date), 4 (vague), 6 (value None);
    # sentence 7 once per value, with the first expression of each.
    assert [(d.sentence, d.timex.id, d.value) for d in found] == [
        (1, "t1", "2024-05-12"),
        (2, "t2", "2023-05"),
        (7, "t6", "2023-05"),
        (7, "t7", "2022"),
    ]
    assert all(isinstance(d, DatedSentence) for d in found)


def test_mentions_join_their_date_groups_after_the_events() -> None:
    analysis = hand_made_analysis()
    plain = group_events(analysis)
    assert [g.key for g in plain] == ["2024-05-12", "undated"]
    assert all(g.dated_sentences == () for g in plain)  # callers that do not ask see events only
    groups = group_events(analysis, mentions=True)
    assert [g.key for g in groups] == ["2022", "2023-05", "2024-05-12", "undated"]
    by_key = {g.key: g for g in groups}
    assert [e.id for e in by_key["2024-05-12"].events] == ["e0"]
    assert [d.sentence for d in by_key["2024-05-12"].dated_sentences] == [1]
    assert by_key["2024-05-12"].label == plain[0].label == "2024-05-12 الأحد"
    assert by_key["2023-05"].events == () and [d.sentence for d in by_key["2023-05"].dated_sentences] == [2, 7]
    assert by_key["2022"].label == "2022" and by_key["2022"].dated
    assert by_key["undated"].dated_sentences == ()
    # Every group's events are the same as without mentions.
    assert [e for g in groups for e in g.events] == [e for g in plain for e in g.events]


def test_json_events_stay_typed_events_only() -> None:
    analysis = hand_made_analysis()
    exported = to_dict(analysis)
    assert [e["id"] for e in exported["events"]] == ["e0", "e1"]
    assert len(exported["timexes"]) == len(analysis.timexes)


def test_analysed_text_mentions_follow_the_engine_events() -> None:
    # Whatever events the engine finds, a dated sentence is either reported or a mention.
    text = (
        "---\npublished: 2024-03-20\n---\n"
        "وزار الوزير مزارع الجنوب يوم الاثنين.\n"
        "وكانت درجات الحرارة في يناير 2024 أعلى من معدلها بكثير.\n"
        "ويعود آخر موسم مماثل إلى عام 1998 حسب السجلات.\n"
    )
    analysis = analyse(load_text(text))
    reported = {s for e in analysis.events for s in (e.sentence, *e.mentions)}
    dated = {t.sentence for t in analysis.timexes if t.value and period_start(t.value)}
    assert {d.sentence for d in dated_sentences(analysis)} == dated - reported
    groups = group_events(analysis, mentions=True)
    for group in groups:
        assert all(d.value == group.key for d in group.dated_sentences)
    keys = [g.key for g in groups if g.dated]
    assert [period_start(k) for k in keys] == sorted(period_start(k) for k in keys)
