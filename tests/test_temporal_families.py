"""The families of date expressions issue 9 adds: dialect words, future forms, composed
expressions, numeric dates without all their parts, spelled-out years, old years, decades and
centuries, seasons and quarters, more occasions and ranges.

The sentences are written for these tests. The reference day is Wednesday 15 November 2023 (ISO
week 46) unless a test says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reader import temporal
from reader.document import load_text
from reader.model import Timex

WED = dt.date(2023, 11, 15)


def find(text: str, reference: dt.date | None = WED) -> list[Timex]:
    return temporal.find_timexes(load_text(text), reference)


def found(text: str, reference: dt.date | None = WED) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find(text, reference)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("بنسافر بكرة على الصبح.", [("بكرة", "2023-11-16")]),
        ("وصلت الشحنة امبارح بالليل.", [("امبارح", "2023-11-14")]),
        ("الاجتماع بعد بكرة في الوزارة.", [("بعد بكرة", "2023-11-17")]),
        ("رجع أخوي من السفر قبل امبارح.", [("قبل امبارح", "2023-11-13")]),
        ("تبدأ الامتحانات يوم غد في كل المدارس.", [("يوم غد", "2023-11-16")]),
        ("يعود الفريق في اليوم الذي بعد الغد.", [("اليوم الذي بعد الغد", "2023-11-17")]),
        ("المعرض يفتح الأسبوع الجاي.", [("الأسبوع الجاي", "2023-W47")]),
        ("الأسعار غالية هالسنة.", [("هالسنة", "2023")]),
        ("المحصول كان ضعيف هذي السنة.", [("هذي السنة", "2023")]),
        ("الشغل كثير الشهر ده.", [("الشهر ده", "2023-11")]),
        ("ناوين نبني بيت السنة الجاية.", [("السنة الجاية", "2024")]),
    ],
)
def test_dialect_and_colloquial_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # first person and other future forms move a bare weekday forward
        ("سأعود إلى المكتب يوم الجمعة.", [("يوم الجمعة", "2023-11-17")]),
        ("سنلتقي بالمستثمرين الاثنين.", [("الاثنين", "2023-11-20")]),
        ("وقال الوزير: سوف أزور المصنع الأحد.", [("الأحد", "2023-11-19")]),
        ("نعتزم افتتاح الفرع الجديد السبت.", [("السبت", "2023-11-18")]),
        ("ومن المقرر أن يصل الوفد الخميس.", [("الخميس", "2023-11-16")]),
        # a past verb with the same letters is no future: سألته (I asked him)
        ("سألته الجمعة عن موعد التسليم.", [("الجمعة", "2023-11-10")]),
        ("وصل الوفد الخميس.", [("الخميس", "2023-11-09")]),
    ],
)
def test_future_forms_move_a_weekday_forward(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


def test_this_day_is_the_day_just_named_else_the_reference() -> None:
    assert found("وقعت الهدنة في هذا اليوم قبل عشر سنوات.") == [("هذا اليوم", "2023-11-15"), ("قبل عشر سنوات", "2013")]
    timexes = find("وصل الرئيس يوم الأحد. وفي هذا اليوم أيضا وقع الاتفاق.")
    assert [(t.text, t.value, t.anchor) for t in timexes] == [
        ("يوم الأحد", "2023-11-12", "publication"),
        ("هذا اليوم", "2023-11-12", "t0"),
    ]
