"""Grouping events by date for the views: order, labels, undated last, unknown reference day."""

from __future__ import annotations

import datetime as dt

from reader import analyse
from reader.document import load_text
from reader.timeline import group_events, offset_days, offset_label, period_start, quote, value_label


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
