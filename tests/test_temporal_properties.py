"""Properties of find_timexes on generated text: spans index the body, values follow the contract.

- resolving never raises, whatever the words and the reference day (or none);
- every value has one of the TimeML shapes of the shipped JSON Schema, and its shape agrees with
  the granularity and the kind (a day value only at granularity day, a duration only with kind
  duration...);
- no expression gets a finer granularity than it names: a day only where the text gives a day (a
  day number, a weekday, a day word, a count of days or hours), a week only where it names a week.
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader import temporal
from reader.exports.json_export import schema
from reader.io.document import load_text
from reader.model import GRANULARITIES, TIMEX_KINDS
from reader.temporal.lexicon import lexicon
from reader.text.arabic import normalize

VOCABULARY = (
    "قال وصل الوفد الرئيس في من إلى أن منذ قبل بعد قبلها بيومين اليوم أمس غداً أول يوم يومي الأحد "
    "الاثنين الخميس الجمعة المقبل الماضي القادم الجاري صباح مساء ليل الأسبوع الشهر العام السنة هذا "
    "نفس التالي مطلع منتصف أواخر نهاية عام سنة يناير فبراير/شباط مارس آذار نيسان أبريل جوان جويلية "
    "أوت أيلول تشرين الثاني كانون الأول رمضان شوال عيد الفطر الأضحى هـ حوالي نحو ثلاثة خمس عشرين "
    "أسبوعين عاما أيام سنوات شهرين مليار مليون شخص كوفيد-19 2014 2023 1438 15 4 و 5 ١٥ ٢٠٢٣ 15/11/2023 "
    "، . ( ) « » الأمين المدعي رجب "
    # vague references, durations and their look-alikes
    "مؤخرا حاليا الآن آلان سابقا قريبا أخيرا الآونة الأخيرة وقت سابق المستقبل لمدة خلال طوال على مدى "
    "لساعات ساعات ساعة ساعتين دقائق عقود عقدين عقدا قرن نصف ربع ونصف عدة بضعة أسبوعا يوما واحدا "
    "العمر عمره البالغ العقود الأربعة الـ24 "
    # decades, centuries, seasons, quarters, composed expressions
    "العقد القرن التسعينيات ثمانينات العشرين التاسع الربع الثلاثي الصيف الشتاء صيف الأخير آخر ثالث "
    "اثنين ثلاثاء شهر 3/2015 21/09 1887 ألفين وثمانية"
)
WORDS = VOCABULARY.split()
ANCHOR = re.compile(r"^(publication|absolute|unknown|t\d+|e\d+)$")
OFFSET = re.compile(r"^-?P(\d+[YMWD])+$")
MARKS = st.sampled_from(["", "", "", "َ", "ـ", "ً"])
VALUE = re.compile(schema()["$defs"]["value"]["anyOf"][1]["pattern"])
SHAPES = {  # value shape -> the granularities it may have
    r"\d{4}-\d{2}-\d{2}": {"day"},
    r"\d{4}-W\d{2}": {"week"},
    r"\d{4}-\d{2}": {"month"},
    r"\d{4}-Q[1-4]": {"quarter"},
    r"\d{4}-(SP|SU|FA|WI)": {"season"},
    r"\d{4}": {"year"},
    r"\d{3}": {"decade"},
    r"\d{2}": {"century"},
    r"(PAST|PRESENT|FUTURE)_REF": {"vague"},
    r"P.*": {"duration"},
}


def _day_words() -> re.Pattern[str]:
    """Words that may name a day: a digit, an ordinal day, a weekday, a day word, an occasion, a
    part of a day, a count of days or hours."""
    lx = lexicon()
    words = [*lx.ordinal_days, *lx.weekdays, *lx.day_words, *lx.occasions, *lx.day_parts, "يوم", "ساع", "ليل"]
    stems = {w.split()[0].removeprefix("ال") for w in words} | {w.split()[-1].removeprefix("ال") for w in words}
    return re.compile(r"\d|" + "|".join(sorted(map(re.escape, stems), key=len, reverse=True)))


DAY_WORDS = _day_words()

text_strategy = st.lists(st.tuples(st.sampled_from(WORDS), MARKS), min_size=1, max_size=40).map(
    lambda pairs: " ".join(word + mark for word, mark in pairs)
)


def _granularities_of(value: str) -> set[str]:
    for shape, granularities in SHAPES.items():
        if re.fullmatch(shape, value):
            return granularities
    raise AssertionError(f"no shape for {value!r}")


@settings(max_examples=400, deadline=None)
@given(
    text_strategy,
    st.one_of(
        st.none(),
        st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)),
        st.sampled_from([dt.date(1, 1, 1), dt.date(1, 12, 31), dt.date(9999, 1, 1), dt.date(9999, 12, 31)]),
    ),
)
def test_timexes_follow_the_contract(text: str, reference: dt.date | None) -> None:
    article = load_text(text)
    timexes = temporal.find_timexes(article, reference)  # never raises
    previous_end = -1
    for index, timex in enumerate(timexes):
        assert timex.id == f"t{index}"
        assert article.body[timex.start : timex.end] == timex.text
        assert timex.text == timex.text.strip()
        assert timex.start >= previous_end  # in body order, no overlap
        previous_end = timex.end
        sentence = article.sentences[timex.sentence]
        assert sentence.start <= timex.start < timex.end <= sentence.end
        assert timex.granularity in GRANULARITIES
        assert timex.kind in TIMEX_KINDS
        assert (timex.kind == "duration") == (timex.granularity == "duration")
        assert (timex.kind == "vague") == (timex.granularity == "vague")
        assert ANCHOR.match(timex.anchor)
        assert timex.offset is None or OFFSET.match(timex.offset)
        if timex.value is not None:
            assert VALUE.match(timex.value), timex.value
            assert timex.granularity in _granularities_of(timex.value), timex
        if timex.anchor.startswith("t"):
            assert int(timex.anchor[1:]) < index
        if reference is not None:
            assert timex.offset is None
        if timex.granularity == "day":  # never a day the expression does not give
            assert DAY_WORDS.search(normalize(timex.text)), timex
        if timex.granularity == "week":  # weeks told, or a month's half or quarter (نصف شهر، شهر ونصف)
            told = normalize(timex.text)
            assert "اسبوع" in told or ("شهر" in told and ("نصف" in told or "ربع" in told)), timex


@settings(max_examples=300, deadline=None)
@given(text_strategy)
def test_gates_never_drop_a_match(text: str) -> None:
    """The cheap gates only skip families that could not match: scanning with them finds what
    running every family's pattern on every sentence finds."""
    import dataclasses

    from reader.temporal import finder

    norm = normalize(text)
    original = finder._gate_plan
    plan = original()
    everyone = tuple((family, ((0, ()),)) for family, _ in plan.families)
    ungated = dataclasses.replace(plan, families=everyone, runnable={})
    gated = [(m.family, m.start, m.end) for m in finder.scan(norm)]
    try:
        finder._gate_plan = lambda: ungated  # type: ignore[assignment]
        everything = [(m.family, m.start, m.end) for m in finder.scan(norm)]
    finally:
        finder._gate_plan = original
    assert gated == everything


def test_the_date_family_runs_only_with_a_day_before_a_month() -> None:
    """A month with no digit nor ordinal day in the sentence (في مارس الماضي) is the month
    family's alone: the date family's gate asks for a day too."""
    from reader.temporal import finder

    plan = finder._gate_plan()
    before = plan.runs.get("date", 0)
    assert [m.family for m in finder.scan(normalize("وصل الوفد في مارس الماضي"))] == ["month"]
    assert plan.runs.get("date", 0) == before
    assert [m.family for m in finder.scan(normalize("وصل الوفد في العاشر من مارس"))] == ["date"]
    assert plan.runs.get("date", 0) == before + 1
