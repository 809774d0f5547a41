"""temporal.json is rule data like events.json: described by a schema that refuses what the loader
would misread, and the loader refuses a key it does not read."""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any

import jsonschema
import pytest

from reader.temporal import lexicon as temporal_lexicon


def _data(name: str) -> Any:
    return json.loads((resources.files("reader") / "data" / name).read_text(encoding="utf-8"))


DATA = _data("temporal.json")
SCHEMA = _data("temporal.schema.json")


def test_the_packaged_vocabulary_follows_its_schema() -> None:
    jsonschema.validate(DATA, SCHEMA)


def test_the_schema_names_every_key_the_loader_reads() -> None:
    assert set(SCHEMA["required"]) == set(temporal_lexicon._KEYS) == set(DATA)


def _mutated(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(DATA)
    change(data)
    return data


BROKEN = {
    "a misspelt key": lambda d: d.update(seasons_=d.pop("seasons")),
    "a month 13": lambda d: d["months"]["gregorian"].update({"شهرجديد": 13}),
    "a weekday 7": lambda d: d["weekdays"].update({"يومجديد": 7}),
    "an empty word list": lambda d: d.update(day_parts=[]),
    "an empty word": lambda d: d["rate_units"].append(""),
    "a word list of numbers": lambda d: d.update(seasons=[1, 2]),
    "a hijri occasion without its day": lambda d: d["occasions"].update({"مناسبة": {"calendar": "hijri", "month": 9}}),
    "an easter occasion with a month": lambda d: d["occasions"].update({"مناسبة": {"calendar": "easter", "month": 4}}),
    "an unknown calendar": lambda d: d["occasions"].update({"مناسبة": {"calendar": "julian", "month": 1, "day": 7}}),
    "a period part that is no part": lambda d: d["period_parts"].update({"ذروة": "peak"}),
    "a unit without its singular": lambda d: d["units"]["week"].pop("singular"),
    "a named date without its nouns": lambda d: d["named_dates"][0].pop("after"),
    "a fourth vague reference": lambda d: d["vague_periods"].update(SOME_REF=["زمان"]),
}


@pytest.mark.parametrize("change", list(BROKEN.values()), ids=list(BROKEN))
def test_the_schema_refuses_what_the_loader_would_misread(change: Any) -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(_mutated(change), SCHEMA)


def test_the_loader_refuses_a_key_it_does_not_read() -> None:
    data = _mutated(lambda d: d.update(seasons_=d.pop("seasons")))
    with pytest.raises(ValueError, match="unknown key"):
        temporal_lexicon.parse(data)
    with pytest.raises(KeyError):  # and a key it needs, missing
        temporal_lexicon.parse(_mutated(lambda d: d.pop("seasons")))


def test_the_loader_reads_the_packaged_data_as_the_cached_vocabulary() -> None:
    parsed = temporal_lexicon.parse(DATA)
    assert parsed == temporal_lexicon.lexicon()
    assert parsed.weekdays[temporal_lexicon.norm_key("الجمعة")] == 4
    assert parsed.period_parts["منتصف"] == "mid"
