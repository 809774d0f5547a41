"""Years named by the context of an expression, and the tense that spans a clause.

Rules found with the held-out set (tests/regression): a qualifier after a month or an occasion
(رمضان من العام الماضي، جوان من العام نفسه), an occasion after a date of another year in the
same sentence, seasons, ranges of two years, coordinated months, and the future of على أن and of
a clause that goes on; an amount counted from a date (قبل يومين من عيد الأضحى), a rate (ساعات في
اليوم) and a day word before a full Hijri date. The sentences are written for these tests; the reference day is
Wednesday 15 November 2023 unless a test says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hijridate import Gregorian
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import analyse, temporal
from reader.io.document import load_text
from reader.model import Timex

WED = dt.date(2023, 11, 15)


def find(text: str, reference: dt.date | None = WED) -> list[Timex]:
    return temporal.find_timexes(load_text(text), reference)


def found(text: str, reference: dt.date | None = WED) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find(text, reference)]


def hijri_of(value: str) -> tuple[int, int, int]:
    day = dt.date.fromisoformat(value)
    h = Gregorian(day.year, day.month, day.day).to_hijri()
    return h.year, h.month, h.day


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Ramadan 1443 = 2 Apr - 1 May 2022; Eid al-Adha 1443 = 9 Jul 2022 (Umm al-Qura)
        ("ارتفعت الأسعار خلال شهر رمضان الكريم من العام الماضي.", [("شهر رمضان الكريم من العام الماضي", "2022-04")]),
        ("تضاعفت المبيعات في عيد الأضحى من العام الماضي.", [("عيد الأضحى من العام الماضي", "2022-07-09")]),
        ("سافر آلاف المواطنين في عيد الفطر من السنة الماضية.", [("عيد الفطر من السنة الماضية", "2022-05-02")]),
        # this year's Ramadan (1444) was 23 Mar - 20 Apr 2023, most of it in April
        ("تراجع الاستهلاك في رمضان من هذا العام.", [("رمضان من هذا العام", "2023-04")]),
        ("سجلت الصادرات ارتفاعا في ماي من العام الماضي.", [("ماي من العام الماضي", "2022-05")]),
    ],
)
def test_a_year_qualifier_is_part_of_the_expression_and_moves_it(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert found(sentence) == expected


def test_the_same_year_after_a_month_is_the_previous_timex_year() -> None:
    found_ = find("بدأت الأشغال في مارس 2019، ثم توقفت في سبتمبر من العام نفسه بسبب نقص التمويل.")
    assert [(t.text, t.value) for t in found_] == [("مارس 2019", "2019-03"), ("سبتمبر من العام نفسه", "2019-09")]
    assert found_[1].anchor == found_[0].id


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the Eid after that Ramadan (1443): 2 May 2022, not this year's
        (
            "تذكر التجار شهر رمضان من العام الماضي، حين ازدحمت الأسواق خلال عيد الفطر.",
            [("شهر رمضان من العام الماضي", "2022-04"), ("عيد الفطر", "2022-05-02")],
        ),
        # Eid al-Adha of 2019 (1440) = 11 Aug 2019
        ("في عام 2019 أقيمت صلاة عيد الأضحى في الساحات العامة.", [("عام 2019", "2019"), ("عيد الأضحى", "2019-08-11")]),
    ],
)
def test_an_occasion_takes_the_year_of_an_earlier_date_in_its_sentence(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert found(sentence) == expected


def test_the_year_of_an_earlier_sentence_does_not_move_an_occasion() -> None:
    text = "تذكر التجار شهر رمضان من العام الماضي.\nويستعد المواطنون حاليا لعيد الفطر المقبل."
    # Eid al-Fitr 1445 = 10 Apr 2024: the next one after the reference
    assert found(text)[-1] == ("عيد الفطر المقبل", "2024-04-10")


def test_a_date_of_the_reference_year_keeps_the_occasion_default() -> None:
    # أمس is in the reference's year: the Eid is the one found without it
    with_date = found("قال الوزير أمس إن حركة المسافرين تضاعفت خلال عيد الفطر.")[-1]
    without = found("قال الوزير إن حركة المسافرين تضاعفت خلال عيد الفطر.")[-1]
    assert with_date == without


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # TimeML seasons (GUIDELINES.md): SP, SU, FA, WI
        ("يدخل البلد صيف 2025 بمخزون مائي ضعيف.", [("صيف 2025", "2025-SU")]),
        ("جرت الانتخابات في خريف العام الماضي.", [("خريف العام الماضي", "2022-FA")]),
        ("تبدأ الأشغال شتاء عام 2026.", [("شتاء عام 2026", "2026-WI")]),
        # ربيع الأول is a Hijri month, not a season (1400: 19 Jan - 17 Feb 1980, most of it in February)
        ("ولد في ربيع الأول 1400 هـ.", [("ربيع الأول 1400 هـ", "1980-02")]),
    ],
)
def test_a_season_before_a_year_is_part_of_it(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("تراجعت الصادرات بين عامي 2008 و2012.", [("عامي 2008 و2012", "2008")]),
        ("فاز الفريق باللقب في سنتي 1995 و 1996.", [("سنتي 1995 و 1996", "1995")]),
        # not a dual year word: two years
        ("زار الرئيس المدينة في 2008 و2012.", [("2008", "2008"), ("2012", "2012")]),
    ],
)
def test_two_years_after_a_dual_are_one_range(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("استقبل الوزير قبل ظهر اليوم وفدا من البنك الدولي.", [("قبل ظهر اليوم", "2023-11-15")]),
        ("من المتوقع أن يصدر القرار خلال الساعات المقبلة.", [("الساعات المقبلة", "FUTURE_REF")]),
        ("تساقطت الأمطار بغزارة في الأيام القليلة الماضية.", [("الأيام القليلة الماضية", "PAST_REF")]),
    ],
)
def test_day_parts_and_vague_periods(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


def test_a_month_joined_to_a_month_needs_no_other_context() -> None:
    # غشت and ماي are also common words: beside a month name they are months
    assert found("ارتفعت الأسعار خلال يوليوز وغشت الماضيين.") == [("يوليوز", "2023-07"), ("غشت الماضيين", "2023-08")]
    assert [t for t, _ in found("تراجع الإنتاج بين أفريل وماي.")] == ["أفريل", "ماي"]


def test_coordinated_months_share_one_tense() -> None:
    # a plan (تراهن): both months are next year's, not only the one near the verb
    assert found("تراهن الحكومة على موسم سياحي قوي خلال جويلية وأوت.") == [("جويلية", "2024-07"), ("أوت", "2024-08")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # على أن + a present verb: a planned step
        ("يفتح باب التسجيل اليوم على أن يغلق يوم 3 فبراير.", [("اليوم", "2023-11-15"), ("يوم 3 فبراير", "2024-02-03")]),
        # على أن + a noun: "stressed that", no future
        ("شدد الوزير على أن الاتفاق وقع في 3 فبراير.", [("3 فبراير", "2023-02-03")]),
        # the future of the clause goes on to its next date (وتستمر حتى)
        (
            "ومن المقرر أن تبدأ المفاوضات يوم 20 ديسمبر الجاري وتستمر حتى 5 جانفي.",
            [("يوم 20 ديسمبر الجاري", "2023-12-20"), ("5 جانفي", "2024-01-05")],
        ),
        # ... but not past a comma and كان
        (
            "ومن المقرر أن تبدأ المفاوضات يوم 20 ديسمبر الجاري، وكانت الجولة السابقة قد عقدت في 5 جانفي.",
            [("يوم 20 ديسمبر الجاري", "2023-12-20"), ("5 جانفي", "2023-01-05")],
        ),
        # verbs of hoping and planning speak of the future
        ("تأمل الوزارة في استكمال المشروع في مارس.", [("مارس", "2024-03")]),
    ],
)
def test_the_future_of_a_clause(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


REFERENCES = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2070, 12, 31))


@settings(max_examples=60, deadline=None)
@given(REFERENCES)
def test_an_occasion_of_last_year_is_in_the_gregorian_year_before(reference: dt.date) -> None:
    (timex,) = find("ازدحمت الأسواق في عيد الفطر من العام الماضي.", reference)
    assert timex.text == "عيد الفطر من العام الماضي"
    assert timex.value is not None and timex.value.startswith(f"{reference.year - 1}-")
    assert hijri_of(timex.value)[1:] == (10, 1)


@settings(max_examples=60, deadline=None)
@given(REFERENCES)
def test_ramadan_of_last_year_is_the_month_holding_most_of_it(reference: dt.date) -> None:
    (timex,) = find("ارتفعت الأسعار خلال شهر رمضان من العام الماضي.", reference)
    assert timex.granularity == "month" and timex.value is not None
    year, month = (int(part) for part in timex.value.split("-"))
    assert year == reference.year - 1
    # the 15th of Ramadan of that Hijri year falls in the month given
    first = dt.date(year, month, 1)
    days = [first + dt.timedelta(days=i) for i in range(31) if (first + dt.timedelta(days=i)).month == month]
    assert any(hijri_of(d.isoformat())[1:] == (9, 15) for d in days)


@pytest.mark.parametrize(
    ("sentence", "reference", "expected"),
    [
        # a plan that was (كان مقررا): the nearest 12 May, ahead or behind, not last year's
        ("أرجئ المؤتمر الذي كان مقررا في 12 مايو.", dt.date(2024, 5, 3), [("12 مايو", "2024-05-12")]),
        ("أرجئ المؤتمر الذي كان مقررا في 20 ديسمبر.", dt.date(2024, 2, 3), [("20 ديسمبر", "2023-12-20")]),
        # a relative clause in the present: the nearest one
        ("يقام المعرض التي تمتد دورته من 9 إلى 13 مايو.", dt.date(2024, 5, 3), [("9 إلى 13 مايو", "2024-05-09")]),
        ("تتأخر الزراعة حتى موسم الأمطار الذي يبدأ عادة في يوليو.", dt.date(2024, 6, 14), [("يوليو", "2024-07")]),
        # الذي + a ت- word is a past verb (form V/VI): last year's, as for any past event
        ("ارتفع عدد الإصابات بالمرض الذي تأكد ظهوره في 18 مايو.", dt.date(2024, 5, 3), [("18 مايو", "2023-05-18")]),
        # a past verb alone keeps the rule: a past event is not put after the reference
        ("وقع الانفجار في 12 مايو.", dt.date(2024, 5, 3), [("12 مايو", "2023-05-12")]),
    ],
)
def test_a_clause_of_no_tense_takes_the_nearest_year(
    sentence: str, reference: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert found(sentence, reference) == expected


def test_a_period_part_before_a_hijri_month_is_part_of_it() -> None:
    # Ramadan 1445 = 11 Mar - 9 Apr 2024
    assert found("خفضت الوزارة الأسعار في مطلع رمضان.", dt.date(2024, 4, 5)) == [("مطلع رمضان", "2024-03")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "تراجع التضخم في أكتوبر الماضي مقارنة بالشهر الذي سبقه.",
            [("أكتوبر الماضي", "2023-10"), ("الشهر الذي سبقه", "2023-09")],
        ),
        (
            "بلغ النمو 3% في عام 2019، ثم انكمش الاقتصاد في السنة التي تلتها.",
            [("عام 2019", "2019"), ("السنة التي تلتها", "2020")],
        ),
    ],
)
def test_the_period_before_or_after_an_earlier_one(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


# Eid al-Adha 1444 = 28 Jun 2023, Eid al-Fitr 1445 = 10 Apr 2024 (Umm al-Qura)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("سافر الوفد قبل يومين من عيد الأضحى.", [("قبل يومين من عيد الأضحى", "2023-06-26", "day")]),
        ("سيعود الوزير بعد أسبوع من عيد الفطر.", [("بعد أسبوع من عيد الفطر", "2024-W16", "week")]),
        ("وقع الاتفاق قبل ثلاثة أيام من 20 مارس 2023.", [("قبل ثلاثة أيام من 20 مارس 2023", "2023-03-17", "day")]),
        ("اندلعت الأزمة قبل شهرين من عيد الأضحى 1444هـ.", [("قبل شهرين من عيد الأضحى 1444هـ", "2023-04", "month")]),
    ],
)
def test_an_amount_counted_from_a_date_is_one_expression_anchored_on_it(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(t.text, t.value, t.granularity) for t in find(sentence)] == expected


def test_an_amount_from_an_event_still_counts_from_publication() -> None:
    assert found("جرى الاقتراع قبل ثلاثة أيام من الانتخابات.") == [("قبل ثلاثة أيام", "2023-11-12")]


@given(days=st.integers(1, 10), before=st.booleans())
@settings(max_examples=25, deadline=None)
def test_the_offset_from_an_occasion_is_its_distance_in_days(days: int, before: bool) -> None:
    prep = "قبل" if before else "بعد"
    [plain] = find("احتفلوا بعيد الأضحى 1444هـ.")
    [shifted] = find(f"سافروا {prep} {days} أيام من عيد الأضحى 1444هـ.")
    distance = (dt.date.fromisoformat(shifted.value) - dt.date.fromisoformat(plain.value)).days
    assert distance == (-days if before else days)


@pytest.mark.parametrize(
    "sentence",
    [
        "يعمل الأطفال 16 ساعة في اليوم في المناجم.",
        "يتناول المريض الدواء ثلاث مرات في اليوم.",
        "يقضي الشباب ساعات في اليوم أمام الشاشات.",
        "ينتج الحقل مليون برميل في اليوم.",
    ],
)
def test_per_day_after_a_counted_noun_is_a_rate_not_today(sentence: str) -> None:
    assert [t for t in find(sentence) if t.kind != "duration"] == []  # 16 ساعة is a length of time


def test_in_the_day_without_a_counted_noun_stays_today() -> None:
    assert found("سيتم الإعلان عن النتائج في اليوم.") == [("اليوم", "2023-11-15")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "وقع الهجوم مساء أمس الثلاثاء 16 جمادى الآخرة 1446هـ.",
            [("مساء أمس الثلاثاء 16 جمادى الآخرة 1446هـ", "2024-12-17")],
        ),
        ("وصل الوفد اليوم الأربعاء 1 رمضان 1445هـ.", [("اليوم الأربعاء 1 رمضان 1445هـ", "2024-03-11")]),
        ("أعلنت الوزارة أمس 5 محرم 1445هـ.", [("أمس 5 محرم 1445هـ", "2023-07-23")]),
    ],
)
def test_a_day_word_before_a_full_hijri_date_is_part_of_it(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


def test_a_future_cue_before_a_long_clause_still_moves_the_month_forward() -> None:
    # WED is 15 November 2023: March is next year's when the clause speaks of the future
    text = "ويفترض أن تبدأ المرحلة الثانية من خطة إعادة الإعمار في المدينة مطلع مارس."
    assert found(text) == [("مطلع مارس", "2024-03")]


def test_the_eve_of_something_dated_by_a_weekday_is_the_day_before_it() -> None:
    # the statement is made on the eve: the meeting is the coming Friday (17 November 2023)
    assert found("وصدر البيان عشية اجتماع اللجنة حول الميزانية، الجمعة.") == [("الجمعة", "2023-11-17")]
    # a past relative clause dates what the eve is of: the last Sunday
    assert found("وتحدث الوزير عشية الانتخابات التي جرت الأحد.") == [("الأحد", "2023-11-12")]


def test_a_decade_of_life_is_an_age_not_a_date() -> None:
    assert found("وهو رجل يعتقد أنه في الخمسينيات من العمر.") == []
    assert found("وهي امرأة في الثلاثينيات من عمرها.") == []
    assert found("وقد هاجرت عائلته في الخمسينيات.") == [("الخمسينيات", "195")]


def test_a_quoted_name_before_a_date_is_no_future_verb() -> None:
    # a name or a title in quotation marks right before the date (a paper called "ستار", a person
    # called "سيمون") is no سـ-future; the clause's tense is that of the words before it
    assert found('نشرت مجلة "ستاندرد" الإثنين تحقيقا عن الموانئ.') == [("الإثنين", "2023-11-13")]
    assert found("وصل المبعوث «سيمون لاتور» الخميس إلى العاصمة.") == [("الخميس", "2023-11-09")]
    # a quotation opened before the date and not closed is the speaker's: its future holds
    assert found('وقال المتحدث: "سنعلن النتائج الخميس".') == [("الخميس", "2023-11-16")]
    # an unquoted future verb before the date still says future
    assert found("ستنشر المجلة الإثنين تحقيقا عن الموانئ.") == [("الإثنين", "2023-11-20")]


def test_a_date_after_mundhu_that_a_first_measures_from_dates_nothing() -> None:
    # أول رحلة لوزير منذ 2009، تعد الأولى منذ عقدين: the last time before the act, not its day;
    # the act keeps the date of its own telling
    sunday = dt.date(2024, 3, 17)
    text = load_text("ووصل الوزير إلى كابول اليوم في أول رحلة رسمية لوزير هندي منذ 2009.")
    assert [(e.type, e.date) for e in analyse(text, sunday).events] == [("visit", "2024-03-17")]
    text = load_text("ووصل الوزير إلى كابول في رحلة تعد الأولى منذ 2009.")
    assert [(e.type, e.date) for e in analyse(text, sunday).events] == [("visit", None)]
