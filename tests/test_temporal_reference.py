"""The reference date: command line, metadata, then a dateline in the article's first lines."""

from __future__ import annotations

import datetime as dt

import pytest

from reader import temporal
from reader.io.document import load_text

DAY = dt.date(2023, 11, 15)


@pytest.mark.parametrize(
    "text",
    [
        "القاهرة - 15 نوفمبر 2023 (رويترز) - قال مسؤول إن الوفد وصل أمس.",
        "الأربعاء 15 نوفمبر 2023\nوصل الوفد أمس إلى العاصمة.",
        "نشر في: 15/11/2023 - 10:30\nوصل الوفد أمس.",
        "عنوان الخبر\nبيروت – 15 تشرين الثاني 2023 – أعلنت الحكومة أمس خطة.",
        "Nov 15, 2023\nوصل الوفد أمس إلى العاصمة.",
    ],
)
def test_dateline_gives_the_reference(text: str) -> None:
    assert temporal.reference_date(load_text(text)) == (DAY, "dateline")


def test_a_historical_date_in_a_long_first_sentence_is_not_a_dateline() -> None:
    text = "في 15 نوفمبر 2001 وقع الهجوم الذي غير المنطقة بأسرها وأدى إلى حرب طويلة في أفغانستان استمرت عشرين عاما."
    assert temporal.reference_date(load_text(text)) == (None, "unknown")


def test_metadata_wins_over_dateline_and_command_line_over_both() -> None:
    article = load_text("---\npublished: 2020-01-02\n---\nالقاهرة - 15 نوفمبر 2023 - وصل الوفد أمس.")
    assert temporal.reference_date(article) == (dt.date(2020, 1, 2), "metadata")
    assert temporal.reference_date(article, DAY) == (DAY, "command line")


def test_dateline_reference_resolves_relative_expressions() -> None:
    article = load_text("القاهرة - 15 نوفمبر 2023 (رويترز) - قال مسؤول إن الوفد وصل أمس.")
    reference, _ = temporal.reference_date(article)
    values = [(t.text, t.value) for t in temporal.find_timexes(article, reference)]
    assert ("أمس", "2023-11-14") in values
