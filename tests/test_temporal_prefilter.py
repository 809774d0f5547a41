"""The look-ahead guard of the date grammar's patterns: what it asks for, and the same matches."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from reader.temporal import finder, grammar, prefilter


def _matches(pattern: prefilter.Finder, text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_guard_holds_the_first_characters_of_every_match() -> None:
    assert prefilter.guard(r"(?<!\w)[وف]?(?:يوم|امس)", 2) == "(?=(?:[وف](?:ا|ي)|ام|يو))"
    # an optional part after a short word: the word alone, then what may follow it
    assert prefilter.guard(r"ab?c", 3) == "(?=a(?:bc|c))"
    assert prefilter.guard(r"(?:x|yz)\d{4}", 2) == r"(?=(?:x[\d]|yz))"


def test_no_guard_where_every_position_may_start_a_match() -> None:
    assert prefilter.guard(r"a*") is None  # the empty match
    assert prefilter.guard(r"(a)\1") is None  # a back reference is not read
    assert prefilter.guard(r"(?i)abc") is None  # nor inline flags
    assert prefilter.compile_guarded(r"a*").pattern == "a*"


def test_guard_goes_after_the_leading_lookbehinds() -> None:
    guarded = prefilter.compile_guarded(r"(?<!\w)(?:و)?اليوم")
    assert isinstance(guarded, prefilter.WordStarts)  # tried only where a word starts
    assert _matches(guarded, "واليوم اليوم باليوم") == [((0, 6), {}), ((7, 12), {})]
    assert isinstance(prefilter.compile_guarded(r"(?<!\d)اليوم"), re.Pattern)  # a word may start inside


def test_word_starts_finds_what_finditer_finds() -> None:
    """Right after a match that ends on a mark, at the text's start and end, between marks."""
    source = r"(?<!\w)(?:[وف]?\(?اب\)?|ب\.|\d+)"
    plain, guarded = re.compile(source), prefilter.compile_guarded(source, 2)
    assert isinstance(guarded, prefilter.WordStarts)
    rng = random.Random(7)
    texts = [
        "",
        "اب",
        "(اب)(اب)",
        "ب.ب.اب",
        "واب,فاب 12ب.",
        *("".join(rng.choices("اب()و.ف 1,", k=30)) for _ in range(300)),
    ]
    for text in texts:
        assert _matches(guarded, text) == _matches(plain, text), text


SENTENCES = (
    "وصل الوفد إلى القاهرة يوم الخميس 15 نوفمبر 2023 بعد ثلاثة أيام من المحادثات",
    "قال الوزير أمس إن الاتفاق سيوقع في الأسبوع المقبل، أي في 3/12/2023 أو بعده بيومين",
    "ومنذ عام 2011 وحتى منتصف رمضان 1444 هـ لم يتغير شيء خلال العقود الأربعة الأخيرة",
    "في العاشر من الشهر الجاري وصباح اليوم التالي، ولمدة أسبوع واحد ونصف",
    "وصل في 16 \u00a0سبتمبر 2015، بعد ثلاثة (17\u00a0سنه و14\u00a0عاما)",  # \s beyond ASCII
)


@pytest.mark.parametrize("family", grammar.FAMILIES)
def test_every_family_matches_as_without_its_guard(family: str) -> None:
    source = grammar.sources()[family]
    plain, guarded = re.compile(source), grammar.guarded(family)
    rng = random.Random(family)
    letters = sorted({ch for ch in source if ch.isalpha() or ch.isdigit()} | set(" ،/-\u00a0٣"))  # \s, \d beyond ASCII
    texts = [*SENTENCES, *("".join(rng.choices(letters, k=80)) for _ in range(50))]
    words = " ".join(SENTENCES).split()
    texts += [" ".join(rng.choices(words, k=12)) for _ in range(50)]
    for text in texts:
        assert _matches(guarded, text) == _matches(plain, text), text


def test_a_family_is_guarded_once_it_has_run_often(regex_cache: Path) -> None:
    plan = finder.GatePlan(finder._gate_plan().words, finder._gate_plan().families)
    assert plan.pattern("weekday") is grammar.pattern("weekday")
    plan.runs["weekday"] = finder.HOT_RUNS - 1
    assert plan.pattern("weekday") is grammar.pattern("weekday")  # its HOT_RUNS-th run
    assert plan.pattern("weekday") is grammar.guarded("weekday")
    assert grammar.guarded("weekday") is not grammar.pattern("weekday")
    assert plan.runs == {"weekday": finder.HOT_RUNS + 1}


def test_one_parse_serves_the_pattern_and_its_guarded_form() -> None:
    source = grammar.sources()["weekday"]
    parsed = prefilter.parse(source)
    before = str(parsed)
    plain = prefilter.compile_parsed(parsed)
    guarded = prefilter.compile_guarded(source, parsed=parsed)
    assert str(parsed) == before  # the guard went into a copy
    fresh = prefilter.compile_guarded(source)
    assert isinstance(guarded, prefilter.WordStarts) and isinstance(fresh, prefilter.WordStarts)
    for text in SENTENCES:
        assert _matches(plain, text) == _matches(re.compile(source), text) == _matches(guarded, text), text
        assert _matches(fresh, text) == _matches(guarded, text), text
