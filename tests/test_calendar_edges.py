"""Dates at the edge of the calendar: no crash, and no invented date (issue 11).

A front-matter date that is no day of the calendar is one line and exit status 1. A relative
expression that would leave years 1-9999 is left unresolved (value None), and a year the grammar
does not read (1 محرم 1200 هـ، 31 ديسمبر 9999) makes its expression that year's or unresolved,
never the reference year's.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest

from reader import temporal
from reader.exports.json_export import schema
from reader.io.document import load_text
from reader.temporal import resolve as rs

from .conftest import run_reader

RELATIVE = (
    "وصل الوفد أمس، ويغادر غدا. وكان الرئيس قد زار البلاد الأسبوع الماضي وسيعود الشهر المقبل أو العام المقبل.\n"
    "وقال قبل ثلاثة أيام إن الاتفاق سينفذ بعد عشر سنوات، وإن الاجتماع عقد الثلاثاء الماضي وسيعقد آخر الخميس المقبل.\n"
    "وجرت الانتخابات في 5 مارس، وتنتهي في 20 ديسمبر المقبل، وفي يناير الماضي، وخلال شهر رمضان وعيد الفطر.\n"
    "وفي العام نفسه، ومنذ عقد، وقبل يومين من عيد الأضحى، في 17 ماي من السنة الماضية، ومارس من العام المقبل.\n"
    "وقبل ذلك بأسبوع، وفي اليوم التالي، والشهر السابق. ومنتصف العام المقبل ونهاية العقد الماضي.\n"
)


def one_line_error(result, code: int = 1) -> None:
    assert result.code == code, (result.code, result.err)
    assert "Traceback" not in result.err and "internal error" not in result.err
    assert result.err.startswith("reader: ") and len(result.err.splitlines()) == 1, result.err
    assert result.out == ""


@pytest.mark.parametrize("value", ["2023-02-30", "0000-01-01", "2023-13-01", "15 نوفمبر 2023", "2023"])
@pytest.mark.parametrize("command", ["export", "cat", "timeline"])
def test_a_front_matter_date_that_is_no_day_is_one_line_and_exit_1(tmp_path: Path, value: str, command: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text(f"---\ntitle: خبر\npublished: {value}\n---\nوصل الوفد أمس.\n", encoding="utf-8")
    result = run_reader(command, str(article))
    one_line_error(result)
    assert f"front matter's published '{value}' is not a valid date (YYYY-MM-DD)" in result.err


def test_front_matter_dates_with_a_time_still_load() -> None:
    article = load_text("---\npublished: 2018-04-25T15:29:11+00:00\n---\nوصل الوفد أمس.")
    assert article.meta.published == dt.date(2018, 4, 25)


@pytest.mark.parametrize("published", ["0001-01-01", "0001-01-07", "0001-12-31", "9999-01-01", "9999-12-31"])
def test_published_at_the_ends_of_the_calendar_exports_and_leaves_the_rest_unresolved(
    tmp_path: Path, published: str
) -> None:
    article = tmp_path / "relative.txt"
    article.write_text(RELATIVE, encoding="utf-8")
    result = run_reader("export", str(article), "--published", published)
    assert result.code == 0, result.err
    data = json.loads(result.out)
    jsonschema.validate(data, schema())
    for timex in data["timexes"]:
        if timex["value"] is None:
            assert timex["anchor"] == "unknown" and timex["offset"] is None
    for command in (["export", "--format", "md"], ["timeline", "--width", "100"]):
        other = run_reader(command[0], str(article), *command[1:], "--published", published)
        assert other.code == 0 and "Traceback" not in other.err, other.err


def values(text: str, reference: dt.date) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.find_timexes(load_text(text), reference)}


def test_relative_days_past_year_1_and_9999_are_unresolved_not_moved() -> None:
    first = values(RELATIVE, dt.date(1, 1, 1))
    assert first["أمس"] is None and first["قبل ثلاثة أيام"] is None and first["الأسبوع الماضي"] is None
    assert first["غدا"] == "0001-01-02" and first["العام المقبل"] == "0002"
    last = values(RELATIVE, dt.date(9999, 12, 31))
    assert last["غدا"] is None and last["العام المقبل"] is None and last["الشهر المقبل"] is None
    assert last["أمس"] == "9999-12-30" and last["5 مارس"] == "9999-03-05"


def test_week_values_keep_four_digit_years() -> None:
    assert values("زار الوفد البلاد الأسبوع الماضي.", dt.date(1, 1, 9))["الأسبوع الماضي"] == "0001-W01"


@pytest.mark.parametrize(
    ("resolved", "granularity"),
    [
        (lambda: rs.relative_days(dt.date.min, -1), "day"),
        (lambda: rs.relative_days(dt.date.max, 1), "day"),
        (lambda: rs.relative_amount(dt.date.max, 1, "decade"), "year"),
        (lambda: rs.relative_amount(dt.date.min, -2, "week"), "week"),
        (lambda: rs.period_resolved(dt.date.max, "month", 1), "month"),
        (lambda: rs.period_resolved(dt.date.min, "year", -1), "year"),
        (lambda: rs.weekday_date(dt.date.max, 0, "المقبل", True), "day"),
        (lambda: rs.month_date(dt.date(1, 1, 1), 3, 5, None, None, False), "day"),
        (lambda: rs.month_date(dt.date(9999, 12, 31), 1, None, None, None, True), "month"),
        (lambda: rs.month_date(None, 2, 1, 10000, None, False), "day"),
        (lambda: rs.month_date(None, 2, None, 0, None, False), "month"),
        (lambda: rs.same_period(("t0", rs.at(dt.date.max, "day", "publication")), None, "day", 1), "day"),
    ],
)
def test_resolver_steps_out_of_the_calendar_to_unknown(resolved, granularity: str) -> None:
    meaning = resolved()
    assert meaning.value is None and meaning.date is None
    assert meaning.granularity == granularity and meaning.anchor == "unknown"


def test_infer_year_in_a_tenseless_clause_stays_in_the_calendar() -> None:
    assert rs.infer_year(dt.date(1, 1, 10), 12, 20, None, None) == 1
    assert rs.infer_year(dt.date(9999, 12, 20), 1, 3, None, None) == 9999


REFERENCE = dt.date(2023, 6, 1)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("وصل الوفد في 1 محرم 1200 هـ إلى المدينة.", "1 محرم 1200 هـ", None),
        ("وقعت المعركة في 10 رمضان 1250 هجرية.", "10 رمضان 1250 هجرية", None),
        ("ولد في 5 رجب عام 800 للهجرة.", "5 رجب عام 800 للهجرة", None),
        ("وفي رمضان 1850 م حدث ذلك.", "رمضان 1850 م", None),
        ("تنتهي الصلاحية في 31 ديسمبر 9999 بحسب العقد.", "31 ديسمبر 9999", "9999-12-31"),
        ("ولد الشاعر في 5 مارس 1850 في القاهرة.", "5 مارس 1850", "1850-03-05"),
        ("بنيت القلعة في مارس عام 850.", "مارس عام 850", "0850-03"),
        ("وقع ذلك في 5 مارس 1200 هـ كما تقول الرواية.", "5 مارس 1200 هـ", None),
        ("حدد الموعد في 5 مارس عام 10000.", "5 مارس عام 10000", None),
    ],
)
def test_a_year_the_grammar_does_not_read_is_never_replaced_by_another(sentence: str, text: str, value) -> None:
    assert values(sentence, REFERENCE) == {text: value}


def test_a_count_after_a_date_is_not_its_year() -> None:
    assert values("وصل في 5 مارس 2500 جندي إلى الحدود.", REFERENCE) == {"5 مارس": "2023-03-05"}


def test_the_cli_shows_an_unresolved_hijri_date_not_an_invented_one(tmp_path: Path) -> None:
    article = tmp_path / "hijri.txt"
    article.write_text(
        "---\npublished: 2023-06-01\n---\nوصل الوفد في 1 محرم 1200 هـ. وفي 31 ديسمبر 9999 يعود.\n", encoding="utf-8"
    )
    result = run_reader("export", str(article))
    assert result.code == 0, result.err
    found = {t["text"]: t["value"] for t in json.loads(result.out)["timexes"]}
    assert found == {"1 محرم 1200 هـ": None, "31 ديسمبر 9999": "9999-12-31"}
