"""The month and weekday tables against dateparser's Arabic locale data.

dateparser (the fallback parser of datelines) ships month and weekday names for Arabic and its 27
regional locales (dateparser/data/date_translation_data/ar.py). Every one of them must be in the
project's tables (reader/data/temporal.json) with the same month or weekday, so that the two do
not drift apart; the project's tables hold more (Maghrebi and Levantine variants dateparser
lacks, such as جويلية or يوليوز), which this test does not forbid. The names are also found in a
sentence, so the grammar reads them, not only the table.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from reader import temporal
from reader.io.document import load_text
from reader.temporal.lexicon import lexicon, norm_key

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _dateparser_names() -> dict[str, set[str]]:
    """Each month and weekday key of dateparser's Arabic data with its names in every locale."""
    spec = importlib.util.find_spec("dateparser")
    if spec is None or spec.origin is None:
        pytest.skip("dateparser is not installed")
    path = Path(spec.origin).parent / "data" / "date_translation_data" / "ar.py"
    namespace: dict[str, object] = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    info = namespace["info"]
    assert isinstance(info, dict)
    names: dict[str, set[str]] = {key: set(info.get(key, ())) for key in (*MONTHS, *WEEKDAYS)}
    for locale in info.get("locale_specific", {}).values():
        for key in names:
            names[key].update(locale.get(key, ()))
    return names


NAMES = _dateparser_names()


@pytest.mark.parametrize("key", MONTHS)
def test_every_month_name_of_dateparser_is_known(key: str) -> None:
    months = lexicon().months
    number = MONTHS.index(key) + 1
    assert NAMES[key], key
    for name in NAMES[key]:
        assert months.get(norm_key(name)) == number, name


@pytest.mark.parametrize("key", WEEKDAYS)
def test_every_weekday_name_of_dateparser_is_known(key: str) -> None:
    weekdays = lexicon().weekdays
    for name in NAMES[key]:
        assert weekdays.get(norm_key(name)) == WEEKDAYS.index(key), name


@pytest.mark.parametrize("name", sorted({n for key in MONTHS for n in NAMES[key]}))
def test_every_month_name_is_read_in_a_sentence(name: str) -> None:
    timexes = temporal.find_timexes(load_text(f"صدر التقرير في 3 {name} 2021."), dt.date(2023, 11, 15))
    number = next(MONTHS.index(key) + 1 for key in MONTHS if name in NAMES[key])
    assert [t.value for t in timexes] == [f"2021-{number:02d}-03"], name
