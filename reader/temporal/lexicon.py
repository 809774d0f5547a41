"""The temporal vocabulary (reader/data/temporal.json), normalised once and indexed for lookup."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from reader.text.arabic import normalize

DATA_FILE = "temporal.json"
# every key of temporal.json: what ``parse`` reads, and the description
_KEYS = frozenset(
    [
        "_about",
        "months",
        "months_need_context",
        "hijri_months",
        "hijri_months_need_context",
        "hijri_year_markers",
        "occasions",
        "occasion_not_before",
        "named_dates",
        "weekdays",
        "weekday_not_after",
        "day_words",
        "day_parts",
        "period_parts",
        "seasons",
        "modifiers",
        "units",
        "vague_amounts",
        "approximators",
        "numbers",
        "teens",
        "ordinal_days",
        "nth_prefix",
        "nth_suffix",
        "period_nouns",
        "same_words",
        "same_after",
        "next_after",
        "previous_after",
        "vague_periods",
        "vague_need_before",
        "duration_cues",
        "age_words",
        "future_cues",
        "future_prefix_not_verbs",
        "year_cues",
        "not_year_after",
        "vague_nouns",
        "hijri_month_epithets",
        "time_prepositions",
        "day_after_parts",
        "today_not_before",
        "rate_units",
        "name_heads",
        "time_only_modifiers",
        "target_prepositions",
        "postponing_words",
        "continuing_words",
        "set_date_nouns",
        "set_date_after",
        "setting_words",
        "deciding_words",
    ]
)
_SPACES = re.compile(r"\s+")


def norm_key(text: str) -> str:
    """Lookup key of a matched phrase: normalised, single-spaced."""
    return _SPACES.sub(" ", normalize(text).strip())


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of the normalised phrases, longest first, any run of spaces between words.

    ``words`` is any iterable of phrases: a list, set or tuple, or a dict's keys.

    Built as a character trie (``(?:ا(?:ب|ل...))``): the regex engine then tries one branch per
    character instead of every phrase at every position, several times faster on long text.
    """
    return trie_regex({norm_key(w) for w in words})


def trie_regex(phrases: set[str] | list[str]) -> str:
    """A trie-shaped regex of literal phrases (a space matches any run of whitespace)."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _emit(trie) + ")"


def _emit(node: dict[str, dict]) -> str:
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a phrase ends here: the longer ones are optional
        return body + "?" if len(branches) == 1 and len(body) == 1 else "(?:" + body + ")?"
    return body


def _normalised_map(table: dict[str, Any]) -> dict[str, Any]:
    return {norm_key(key): value for key, value in table.items()}


@dataclass(frozen=True)
class Lexicon:
    """Normalised word tables: phrase -> value, and word sets."""

    months: dict[str, int]
    months_need_context: frozenset[str]
    hijri_months: dict[str, int]
    hijri_need_context: frozenset[str]
    hijri_year_markers: tuple[str, ...]
    occasions: dict[str, dict[str, Any]]
    occasion_not_before: dict[str, tuple[str, ...]]
    named_dates: dict[tuple[int, int], tuple[int, frozenset[str]]]
    weekdays: dict[str, int]
    weekday_not_after: frozenset[str]
    day_words: dict[str, int]
    day_parts: tuple[str, ...]
    period_parts: dict[str, str]
    seasons: tuple[str, ...]
    modifiers: dict[str, str]
    units: dict[str, tuple[str, str]]
    vague_amounts: tuple[str, ...]
    approximators: tuple[str, ...]
    numbers: dict[str, int]
    teens: dict[str, int]
    ordinal_days: dict[str, int]
    nth_prefix: dict[str, int]
    nth_suffix: dict[str, int]
    period_nouns: dict[str, str]
    same_words: tuple[str, ...]
    same_after: tuple[str, ...]
    next_after: tuple[str, ...]
    previous_after: tuple[str, ...]
    vague_periods: dict[str, str]
    vague_need_before: dict[str, frozenset[str]]
    duration_cues: tuple[str, ...]
    age_words: frozenset[str]
    future_cues: frozenset[str]
    future_prefix_not_verbs: tuple[str, ...]
    year_cues: frozenset[str]
    not_year_after: frozenset[str]
    vague_nouns: tuple[str, ...]
    hijri_month_epithets: tuple[str, ...]
    time_prepositions: frozenset[str]
    day_after_parts: tuple[str, ...]
    today_not_before: frozenset[str]
    rate_units: frozenset[str]
    name_heads: frozenset[str]  # شارع 9 أفريل، ساحة 14 جانفي، حركة 6 أبريل: a date in a name
    time_only_modifiers: frozenset[str]  # الماضي، الجاري: never an office's (الأمين العام السابق)
    target_prepositions: frozenset[str]  # إلى، حتى، لغاية: to the date a postponement or a deadline sets
    postponing_words: frozenset[str]  # أجل، مدد، أمهل: what moves an act to a later date (without و/ف)
    continuing_words: frozenset[str]  # تتواصل، يستمر: the present of going on, up to a day ahead
    set_date_nouns: frozenset[str]  # جلسة يوم 29: the hearing's date
    set_date_after: frozenset[str]  # يوم 29 أفريل موعدا: the date set
    setting_words: frozenset[str]  # حدد، ضبط، عين: set a date
    deciding_words: frozenset[str]  # قرر، أعلن، حدد، أجل: a past act that may name a day to come


def _compound_teens(numbers: dict[str, int]) -> dict[str, int]:
    """13 to 19 in words, both genders and either spelling of the ten (ثلاثة عشر، ثلاث عشرة)."""
    teens: dict[str, int] = {}
    for word, value in numbers.items():
        if 3 <= value <= 9:
            for ten in ("عشر", "عشرة"):
                teens[norm_key(f"{word} {ten}")] = 10 + value
    return teens


def _ordinal_variants(ordinals: dict[str, int]) -> dict[str, int]:
    """Ordinal days with their other spellings: الثالث عشرة beside الثالث عشر, الحادي والعشرون
    beside الحادي والعشرين (the nominative)."""
    out = dict(ordinals)
    for word, value in ordinals.items():
        if word.endswith(" عشر"):
            out[word + "ه"] = value
        if word.endswith("ين"):
            out[word[:-2] + "ون"] = value
    return out


def _raw() -> dict[str, Any]:
    return json.loads((resources.files("reader") / "data" / DATA_FILE).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged vocabulary, loaded and normalised once."""
    return parse(_raw())


def parse(raw: dict[str, Any]) -> Lexicon:
    """The vocabulary of ``raw`` (the shape of temporal.json, described by temporal.schema.json),
    normalised; a key it does not read is an error (a misspelt key would otherwise be ignored)."""
    unknown = set(raw) - _KEYS
    if unknown:
        raise ValueError(f"{DATA_FILE}: unknown key(s) {sorted(unknown)}")
    months: dict[str, int] = {}
    for table in raw["months"].values():
        months.update(_normalised_map(table))
    modifiers = {norm_key(word): kind for kind, words in raw["modifiers"].items() for word in words}
    units: dict[str, tuple[str, str]] = {}
    for unit, forms in raw["units"].items():
        for number, words in forms.items():
            for word in words:
                units[norm_key(word)] = (unit, number)
    return Lexicon(
        months=months,
        months_need_context=frozenset(norm_key(w) for w in raw["months_need_context"]),
        hijri_months=_normalised_map(raw["hijri_months"]),
        hijri_need_context=frozenset(norm_key(w) for w in raw["hijri_months_need_context"]),
        hijri_year_markers=tuple(norm_key(w) for w in raw["hijri_year_markers"]),
        occasions=_normalised_map(raw["occasions"]),
        named_dates={
            (entry["day"], entry["month"]): (entry["year"], frozenset(map(norm_key, entry["after"])))
            for entry in raw["named_dates"]
        },
        occasion_not_before={norm_key(k): tuple(map(norm_key, v)) for k, v in raw["occasion_not_before"].items()},
        weekdays=_normalised_map(raw["weekdays"]),
        weekday_not_after=frozenset(norm_key(w) for w in raw["weekday_not_after"]),
        day_words=_normalised_map(raw["day_words"]),
        day_parts=tuple(norm_key(w) for w in raw["day_parts"]),
        period_parts=_normalised_map(raw["period_parts"]),
        seasons=tuple(norm_key(w) for w in raw["seasons"]),
        modifiers=modifiers,
        units=units,
        vague_amounts=tuple(norm_key(w) for w in raw["vague_amounts"]),
        approximators=tuple(norm_key(w) for w in raw["approximators"]),
        numbers=_normalised_map(raw["numbers"]),
        teens={**_normalised_map(raw["teens"]), **_compound_teens(raw["numbers"])},
        ordinal_days=_ordinal_variants(_normalised_map(raw["ordinal_days"])),
        nth_prefix=_normalised_map(raw["nth_prefix"]),
        nth_suffix=_normalised_map(raw["nth_suffix"]),
        period_nouns={norm_key(w): unit for unit, words in raw["period_nouns"].items() for w in words},
        same_words=tuple(norm_key(w) for w in raw["same_words"]),
        same_after=tuple(norm_key(w) for w in raw["same_after"]),
        next_after=tuple(norm_key(w) for w in raw["next_after"]),
        previous_after=tuple(norm_key(w) for w in raw["previous_after"]),
        vague_periods={norm_key(w): value for value, words in raw["vague_periods"].items() for w in words},
        vague_need_before={
            norm_key(w): frozenset(map(norm_key, before)) for w, before in raw["vague_need_before"].items()
        },
        duration_cues=tuple(norm_key(w) for w in raw["duration_cues"]),
        age_words=frozenset(norm_key(w) for w in raw["age_words"]),
        future_cues=frozenset(norm_key(w) for w in raw["future_cues"]),
        future_prefix_not_verbs=tuple(norm_key(w) for w in raw["future_prefix_not_verbs"]),
        year_cues=frozenset(norm_key(w) for w in raw["year_cues"]),
        not_year_after=frozenset(norm_key(w) for w in raw["not_year_after"]),
        vague_nouns=tuple(norm_key(w) for w in raw["vague_nouns"]),
        hijri_month_epithets=tuple(norm_key(w) for w in raw["hijri_month_epithets"]),
        time_prepositions=frozenset(norm_key(w) for w in raw["time_prepositions"]),
        day_after_parts=tuple(norm_key(w) for w in raw["day_after_parts"]),
        today_not_before=frozenset(norm_key(w) for w in raw["today_not_before"]),
        rate_units=frozenset(norm_key(w) for w in raw["rate_units"]),
        name_heads=frozenset(norm_key(w) for w in raw["name_heads"]),
        time_only_modifiers=frozenset(norm_key(w) for w in raw["time_only_modifiers"]),
        target_prepositions=frozenset(norm_key(w) for w in raw["target_prepositions"]),
        postponing_words=frozenset(norm_key(w) for w in raw["postponing_words"]),
        continuing_words=frozenset(norm_key(w) for w in raw["continuing_words"]),
        set_date_nouns=frozenset(norm_key(w) for w in raw["set_date_nouns"]),
        set_date_after=frozenset(norm_key(w) for w in raw["set_date_after"]),
        setting_words=frozenset(norm_key(w) for w in raw["setting_words"]),
        deciding_words=frozenset(norm_key(w) for w in raw["deciding_words"]),
    )
