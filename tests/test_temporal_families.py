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
from reader.io.document import load_text
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
        # a plural future verb (-ون) in a reported clause: not the reporting verb's past
        ("وأكدت النقابة أن الأطباء سيضربون عن العمل الاثنين.", [("الاثنين", "2023-11-20")]),
        ("وقال المنظمون إن المتسابقين سيصلون إلى المدينة الجمعة.", [("الجمعة", "2023-11-17")]),
        # ...but sixty (ستون) and a plural of nationality (-يون) are no verbs
        ("وقالت الشرطة إن ستون مهاجرا وصلوا الجمعة.", [("الجمعة", "2023-11-10")]),
        ("وقال الحارس إن سيرلانكيون تظاهروا الجمعة.", [("الجمعة", "2023-11-10")]),
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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a weekday of a named week (ISO weeks, Monday first)
        ("عقد المجلس جلسته الأحد من الأسبوع الماضي.", [("الأحد من الأسبوع الماضي", "2023-11-12")]),
        ("تفتتح المدرسة أبوابها خميس الأسبوع المقبل.", [("خميس الأسبوع المقبل", "2023-11-23")]),
        ("يصل الوفد الأسبوع القادم يوم الثلاثاء.", [("الأسبوع القادم يوم الثلاثاء", "2023-11-21")]),
        # the nth or last weekday of a month
        ("تجرى الانتخابات في آخر جمعة من شهر ديسمبر.", [("آخر جمعة من شهر ديسمبر", "2022-12-30")]),
        ("سيعقد المؤتمر ثاني خميس من الشهر المقبل.", [("ثاني خميس من الشهر المقبل", "2023-12-14")]),
        ("افتتح المعرض في الأحد الأول من أكتوبر 2022.", [("الأحد الأول من أكتوبر 2022", "2022-10-02")]),
        ("تنطلق البطولة الاثنين الأخير من يونيو 2024.", [("الاثنين الأخير من يونيو 2024", "2024-06-24")]),
        # a day of a month told by relation, number or ordinal
        ("صدر المرسوم في العاشر من الشهر الجاري.", [("العاشر من الشهر الجاري", "2023-11-10")]),
        ("وقعت الحادثة يوم 28 من الشهر الماضي.", [("يوم 28 من الشهر الماضي", "2023-10-28")]),
        ("تسلم الموظفون رواتبهم في اليوم الأخير من شهر 9.", [("اليوم الأخير من شهر 9", "2023-09-30")]),
        ("يبدأ التسجيل أول يوم من الشهر المقبل.", [("أول يوم من الشهر المقبل", "2023-12-01")]),
        # the weeks wholly inside a month
        ("نفدت التذاكر في الأسبوع الأول من سبتمبر.", [("الأسبوع الأول من سبتمبر", "2023-W36")]),
        ("تنتهي الأشغال آخر أسبوع من يناير 2024.", [("آخر أسبوع من يناير 2024", "2024-W04")]),
        # a month by its number
        ("ارتفعت الأسعار في شهر 3 الماضي بشكل كبير.", [("شهر 3", "2023-03")]),
        ("تصدر النتائج بداية شهر ستة من عام 2024.", [("بداية شهر ستة من عام 2024", "2024-06")]),
        ("ولد الطفل في الشهر التاسع سنة 2019.", [("الشهر التاسع سنة 2019", "2019-09")]),
    ],
)
def test_composed_expressions(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the weekday told with a date without year picks the year (2024-02-15 is a Thursday)
        ("التقى الطرفان الخميس 15 فبراير في الدوحة.", [("الخميس 15 فبراير", "2024-02-15")]),
        ("عاد المسافرون يوم الأحد في 3 سبتمبر.", [("يوم الأحد في 3 سبتمبر", "2023-09-03")]),
        # an ordinal that is no day of that weekday: the nth weekday (3 September 2025 is a Wednesday)
        ("بدأت الدراسة الثلاثاء الثالث من سبتمبر 2025.", [("الثلاثاء الثالث من سبتمبر 2025", "2025-09-16")]),
        # and one that is stays a day (2 September 2025 is a Tuesday)
        ("بدأت الدراسة الثلاثاء الثاني من سبتمبر 2025.", [("الثلاثاء الثاني من سبتمبر 2025", "2025-09-02")]),
        # a weekday and a day number without a month: the month around the reference that fits
        ("سيعلن القرار السبت الثامن عشر.", [("السبت الثامن عشر", "2023-11-18")]),
    ],
)
def test_a_date_agrees_with_its_weekday(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("صدر التقرير في 3/2021 عن البنك.", [("3/2021", "2021-03")]),
        ("وقع الحادث يوم الجمعة 10/11 قرب المدرسة.", [("يوم الجمعة 10/11", "2023-11-10")]),
        ("انتهى العقد بتاريخ 5/9 وفق الوثيقة.", [("5/9", "2023-09-05")]),
        ("وثيقة مؤرخة في 12-04-1440 هـ تثبت الملكية.", [("12-04-1440 هـ", "2018-12-19")]),
        ("صدر القرار بتاريخ 1445/3/1 هـ.", [("1445/3/1 هـ", "2023-09-16")]),
    ],
)
def test_numeric_dates_without_all_parts_and_hijri(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    ["فاز الفريق بنتيجة 3/1 على ضيفه.", "صدر القانون رقم 4/2016 بشأن الاستثمار.", "حصل على علامة 9/10 في الامتحان."],
)
def test_numbers_with_slashes_that_are_no_dates(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "reference", "expected"),
    [
        ("احتفلت الكنائس بعيد الميلاد 2021.", WED, [("عيد الميلاد 2021", "2021-12-25")]),
        ("ستحتفل المدينة بعيد الميلاد.", dt.date(2023, 12, 10), [("عيد الميلاد", "2023-12-25")]),
        ("احتفل المسيحيون بعيد الفصح.", dt.date(2024, 4, 10), [("عيد الفصح", "2024-03-31")]),
        ("احتفل الأقباط بعيد القيامة المجيد.", dt.date(2024, 5, 10), [("عيد القيامة المجيد", "2024-05-05")]),
        ("خرجت العائلات إلى الحدائق في شم النسيم.", dt.date(2024, 5, 10), [("شم النسيم", "2024-05-06")]),
        ("تظاهر العمال في عيد العمال.", dt.date(2024, 5, 10), [("عيد العمال", "2024-05-01")]),
    ],
)
def test_christian_and_civil_occasions(sentence: str, reference: dt.date, expected: list[tuple[str, str]]) -> None:
    assert found(sentence, reference) == expected


@pytest.mark.parametrize(
    "sentence", ["احتفل الرئيس بعيد الميلاد الـ70 بين أسرته.", "يحتفل اليهود بعيد الفصح اليهودي هذا الأسبوع."]
)
def test_occasions_that_are_other_days(sentence: str) -> None:
    assert [t.text for t in find(sentence) if "عيد" in t.text] == []


def test_a_date_standing_alone_takes_the_nearest_occurrence() -> None:
    """A heading or a list item that is only a date has no tense: the nearest occurrence (here
    the coming one), where a past report takes the last one."""
    assert found("4 ديسمبر") == [("4 ديسمبر", "2023-12-04")]
    assert found("في 4 ديسمبر") == [("4 ديسمبر", "2023-12-04")]
    assert found("أغلقت المدارس في 4 ديسمبر.") == [("4 ديسمبر", "2022-12-04")]
    assert found("الجمعة") == [("الجمعة", "2023-11-17")]
    assert found("الاثنين") == [("الاثنين", "2023-11-13")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("عاش الكاتب في باريس خلال الثمانينيات.", [("الثمانينيات", "198", "decade")]),
        ("انتشرت الأغنية في تسعينات القرن الماضي.", [("تسعينات القرن الماضي", "199", "decade")]),
        ("ازدهرت الصناعة في ستينيات القرن التاسع عشر.", [("ستينيات القرن التاسع عشر", "186", "decade")]),
        ("تغير المشهد السياسي في العقد الأول من القرن الحالي.", [("العقد الأول من القرن الحالي", "200", "decade")]),
        ("تضاعف الإنتاج خلال العقد الماضي.", [("العقد الماضي", "201", "decade")]),
        ("بنيت القلعة في القرن السادس عشر.", [("القرن السادس عشر", "15", "century")]),
        ("شهد القرن العشرون حربين عالميتين.", [("القرن العشرون", "19", "century")]),
        ("عرفت المدينة أوبئة في القرن 18.", [("القرن 18", "17", "century")]),
        ("تأسست الجامعة مطلع القرن الماضي.", [("مطلع القرن الماضي", "19", "century")]),
        ("جفت الأنهار الصيف الماضي.", [("الصيف الماضي", "2023-SU", "season")]),
        ("تتوقع الأرصاد أمطارا غزيرة هذا الشتاء.", [("هذا الشتاء", "2024-WI", "season")]),
        ("أقيم المهرجان في صيف 2019.", [("صيف 2019", "2019-SU", "season")]),
        ("تراجعت الصادرات في الربع الثاني من عام 2022.", [("الربع الثاني من عام 2022", "2022-Q2", "quarter")]),
        ("نمت المبيعات في الثلاثي الأخير من العام الماضي.", [("الثلاثي الأخير من العام الماضي", "2022-Q4", "quarter")]),
        # الثلاثية (the Maghreb's quarter) with a feminine ordinal, of a year named
        ("تحسنت الصادرات خلال الثلاثية الثانية لسنة 2021.", [("الثلاثية الثانية لسنة 2021", "2021-Q2", "quarter")]),
        ("سجل البنك عجزا في الثلاثية الأخيرة من هذا العام.", [("الثلاثية الأخيرة من هذا العام", "2023-Q4", "quarter")]),
        # a half-year: النصف and the Maghreb's السداسي/السداسية, of a year named
        ("تضاعفت الصادرات طيلة النصف الثاني لعام 2020.", [("النصف الثاني لعام 2020", "2020-H2", "half")]),
        (
            "تحسن الميزان التجاري أثناء السداسية الأولى من العام المنقضي.",
            [("السداسية الأولى من العام المنقضي", "2022-H1", "half")],
        ),
        ("بنيت الكنيسة في العام 1887.", [("العام 1887", "1887", "year")]),
        ("فتح العثمانيون المدينة سنة 1453م.", [("سنة 1453م", "1453", "year")]),
        ("تأسس النادي عام ألفين وثمانية عشر.", [("عام ألفين وثمانية عشر", "2018", "year")]),
        ("ولد الشاعر سنة ألف وتسعمائة وخمسة وعشرين.", [("سنة ألف وتسعمائة وخمسة وعشرين", "1925", "year")]),
    ],
)
def test_decades_centuries_seasons_quarters_and_years(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.value, t.granularity) for t in find(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "طالب المتظاهرون بإصلاحات منذ بداية الربيع العربي.",  # a name
        "تزداد القرصنة في منطقة القرن الأفريقي.",  # the Horn of Africa
        "وقعت الشركتان العقد الجديد أمس الأول.",  # a contract
        "صدر الكتاب عام 1440 بحسب الناشر.",  # perhaps a Hijri year: left alone
        "تعادل الفريقان في الربع الأول من المباراة.",  # a quarter of a match
        "وحقق النادي الثلاثية الأولى في تاريخه.",  # a treble, no year named
        "سيطر المنتخب على النصف الأول من المباراة.",  # half of a match
    ],
)
def test_look_alikes_of_periods(sentence: str) -> None:
    periods = ("decade", "century", "season", "quarter", "half", "year")
    assert [t for t in find(sentence) if t.granularity in periods] == []


def test_half_a_month_is_the_month_not_its_second_day() -> None:
    # النصف الثاني من أكتوبر: the month (no value for its half), never the second of October
    assert found("وتنطلق الحملة مطلع النصف الثاني من أكتوبر.") == [("أكتوبر", "2023-10")]
    assert found("وصل الوفد في الثاني من ماي.") == [("الثاني من ماي", "2023-05-02")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("أحيت الأسر ذكرى ضحايا هجمات 11 سبتمبر.", [("11 سبتمبر", "2001-09-11")]),
        ("خرج المتظاهرون في الذكرى الثانية عشرة لثورة 25 يناير.", [("25 يناير", "2011-01-25")]),
        # the same day without the event's noun is the reference year's
        ("وصل الوفد في 25 يناير.", [("25 يناير", "2023-01-25")]),
    ],
)
def test_days_that_name_a_historical_event(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


def test_two_months_of_a_dual_are_one_expression() -> None:
    assert found("تأخرت رواتب شهري أغسطس وسبتمبر.") == [("شهري أغسطس وسبتمبر", "2023-08")]
    assert found("ولد في 15 تشرين 1 2019 في دمشق.") == [("15 تشرين 1 2019", "2019-10-15")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("وصل الوفد الأحد قبل الماضي إلى الرباط.", [("الأحد قبل الماضي", "2023-11-05")]),
        ("تنطلق الرحلة الاثنين بعد القادم.", [("الاثنين بعد القادم", "2023-11-27")]),
        ("يعقد المؤتمر الأسبوع بعد القادم.", [("الأسبوع بعد القادم", "2023-W48")]),
        ("افتتح المعرض يوم 3/ سبتمبر.", [("يوم 3/ سبتمبر", "2023-09-03")]),
        ("سيسافر الوفد في 12/20 إلى عمان.", [("12/20", "2023-12-20")]),
        ("ستنتهي الأشغال بعد شهرين من الآن.", [("بعد شهرين من الآن", "2024-01")]),
        ("وفي مثل هذا اليوم من العام الماضي وقع الزلزال.", [("هذا اليوم من العام الماضي", "2022-11-15")]),
        ("سمع دوي انفجارات في المدينة الليلة الماضية.", [("الليلة الماضية", "2023-11-14")]),
        ("سيعلن الفائز يوم العشرين.", [("يوم العشرين", "2023-11-20")]),
        # a clock time after a day is part of its expression; its minutes are no length of time
        ("اجتمع المجلس الخميس الساعة 8 مساء بتوقيت غرينتش.", [("الخميس الساعة 8 مساء بتوقيت غرينتش", "2023-11-09")]),
        ("وقع الانفجار أمس عند الساعة الثالثة و20 دقيقة.", [("أمس عند الساعة الثالثة و20 دقيقة", "2023-11-14")]),
    ],
)
def test_more_relations_and_shapes(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    ["ارتفعت النسبة في 3/4 من الحالات.", "وصل القطار عند الساعة 5 و10 دقائق.", "حل العداء في الثاني من الترتيب العام."],
)
def test_not_dates_nor_durations(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("وصل الوفد التجاري هذا الصباح إلى المطار.", [("هذا الصباح", "2023-11-15")]),
        ("يلتقي اللاعبون بالمدرب هذا المساء.", [("هذا المساء", "2023-11-15")]),
        ("طلب المدير من الموظفين المغادرة حالا.", [("حالا", "PRESENT_REF")]),
    ],
)
def test_parts_of_this_day_and_right_now(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


def test_this_and_a_part_of_day_far_apart_are_no_date() -> None:
    assert found("قال هذا المسؤول إن المصنع يعمل من الصباح إلى المساء.") == []


def test_a_relative_clause_closed_before_a_weekday_gives_it_no_tense() -> None:
    text = "وأعلن النادي الذي يضم لاعبين من عدة دول، الاثنين تعاقده مع مدرب جديد."
    assert found(text) == [("الاثنين", "2023-11-13")]


def test_after_an_amount_counts_from_a_date_before_it_in_its_sentence() -> None:
    text = "افتتح المصنع في عام 2016، وبعد عامين توقف عن الإنتاج."
    assert found(text) == [("عام 2016", "2016"), ("بعد عامين", "2018")]
    assert found("ستفتح المدرسة أبوابها بعد عامين.") == [("بعد عامين", "2025")]


def test_a_coordinated_future_verb_after_a_date_gives_it_no_future() -> None:
    assert found("عاد اللاعب إلى ناديه يوم الاثنين وسيشارك في التدريبات.") == [("يوم الاثنين", "2023-11-13")]


def test_a_date_that_names_a_street_a_square_or_a_movement_is_no_date() -> None:
    from reader import analyse

    def values(text: str) -> list[str | None]:
        return [t.value for t in analyse(load_text("عنوان\n\n" + text), dt.date(2024, 3, 17)).timexes]

    assert values("ويقع المقر الجديد بشارع 18 أكتوبر وسط المدينة.") == []
    assert values("واحتشد الطلاب في ساحة 25 مارس أمس.") == ["2024-03-16"]
    assert values("وأعلنت حركة 20 فبراير عن مسيرة جديدة.") == []
    assert values("وصل الوفد في 18 أكتوبر إلى الرباط.") == ["2023-10-18"]
    assert values("وتجاوز انقطاع التيار 16 ساعة في اليوم.") == ["PT16H"]
    # a district named after a day: after منطقة/جهة, or with its region in apposition after it
    assert values("وتدخلت الحماية المدنية بمنطقة 18 جانفي أمس.") == ["2024-03-16"]
    assert values("وأوقف أعوان الحرس بـ 7 نوفمبر معتمدية المروج شابا.") == []
    assert values("وتنظم التظاهرة يوم 7 نوفمبر بولاية نابل.") == ["2023-11-07"]
