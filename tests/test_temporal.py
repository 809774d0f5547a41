"""Finding and resolving Arabic date expressions: every family of the issue, with values.

The sentences are written for these tests. The reference day is Wednesday 15 November 2023
(ISO week 46) unless a test says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reader import temporal
from reader.io.document import load_text
from reader.model import Timex

WED = dt.date(2023, 11, 15)


def find(text: str, reference: dt.date | None = WED) -> list[Timex]:
    article = load_text(text)
    return temporal.find_timexes(article, reference)


def found(text: str, reference: dt.date | None = WED) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find(text, reference)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("التقى الوزير نظيره الفرنسي الاثنين في باريس.", [("الاثنين", "2023-11-13")]),
        ("وصل الرئيس يوم الأحد إلى الرياض.", [("يوم الأحد", "2023-11-12")]),
        ("أعلنت الحكومة اليوم الأربعاء خطة جديدة.", [("اليوم الأربعاء", "2023-11-15")]),
        ("عقدت اللجنة اجتماعها الأربعاء في جنيف.", [("الأربعاء", "2023-11-15")]),
        ("عقد الاجتماع الخميس الماضي في عمان.", [("الخميس الماضي", "2023-11-09")]),
        ("انعقدت الجلسة الأربعاء الماضي.", [("الأربعاء الماضي", "2023-11-08")]),
        ("يزور الوزير القاهرة الخميس المقبل.", [("الخميس المقبل", "2023-11-16")]),
        ("سيعقد المؤتمر الأحد القادم.", [("الأحد القادم", "2023-11-19")]),
        ("من المقرر أن يصل الوفد يوم السبت.", [("يوم السبت", "2023-11-18")]),
        ("وقع الانفجار صباح الثلاثاء في وسط المدينة.", [("صباح الثلاثاء", "2023-11-14")]),
        ("اندلعت الاشتباكات مساء يوم الجمعة.", [("مساء يوم الجمعة", "2023-11-10")]),
        ("قصفت الطائرات المدينة ليل السبت.", [("ليل السبت", "2023-11-11")]),
    ],
)
def test_weekdays(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("قال المتحدث أمس إن الحكومة مستعدة.", [("أمس", "2023-11-14")]),
        ("وصل الوفد أول أمس إلى العاصمة.", [("أول أمس", "2023-11-13")]),
        ("غادر الوفد أول من أمس.", [("أول من أمس", "2023-11-13")]),
        ("يصل الوزير غداً إلى بغداد، ويغادرها بعد غد.", [("غداً", "2023-11-16"), ("بعد غد", "2023-11-17")]),
        ("قتل ثلاثة أشخاص مساء أمس في هجوم.", [("مساء أمس", "2023-11-14")]),
        ("التقى الرئيس أمس الثلاثاء بالسفير.", [("أمس الثلاثاء", "2023-11-14")]),
        ("وقالت الوزارة بالأمس إن المفاوضات فشلت.", [("الأمس", "2023-11-14")]),
        ("ويعقد المجلس صباح اليوم جلسة طارئة.", [("صباح اليوم", "2023-11-15")]),
    ],
)
def test_day_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("أعلن الجيش قبل ثلاثة أيام انسحابه.", [("قبل ثلاثة أيام", "2023-11-12")]),
        ("تقدمت القوات منذ أسبوعين.", [("منذ أسبوعين", "2023-W44")]),
        ("يعيش اللاجئون في المخيم منذ 20 عاما.", [("منذ 20 عاما", "2003")]),
        ("لم يزر أحد المكان منذ ١٥ عاما.", [("منذ ١٥ عاما", "2008")]),
        ("بدأت المفاوضات قبل خمس سنوات.", [("قبل خمس سنوات", "2018")]),
        ("توقفت المحادثات منذ شهرين.", [("منذ شهرين", "2023-09")]),
        ("انهار الجسر قبل عشرين عاما.", [("قبل عشرين عاما", "2003")]),
        ("تأسس الحزب قبل خمسة وعشرين عاما.", [("قبل خمسة وعشرين عاما", "1998")]),
        ("سيصل الوفد بعد أسبوع إلى المدينة.", [("بعد أسبوع", "2023-W47")]),
        ("جاء اللقاء بعد حوالي أسبوع من توقيع المذكرة.", [("بعد حوالي أسبوع", "2023-W45")]),
        ("تنتهي المهلة بعد ثلاثة أيام.", [("بعد ثلاثة أيام", "2023-11-18")]),
    ],
)
def test_amounts_in_digits_eastern_digits_and_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


def test_amount_after_an_earlier_date_is_anchored_on_it() -> None:
    timexes = find("وصل الوفد الخميس، وكان قد غادر بلاده قبلها بيومين.")
    assert [(t.text, t.value, t.anchor) for t in timexes] == [
        ("الخميس", "2023-11-09", "publication"),
        ("قبلها بيومين", "2023-11-07", "t0"),
    ]


def test_vague_amounts_are_past_references() -> None:
    timexes = find("تتواصل الأزمة منذ عدة سنوات، وقد بدأت الاحتجاجات قبل أيام.")
    assert [(t.text, t.value, t.granularity) for t in timexes] == [
        ("منذ عدة سنوات", "PAST_REF", "vague"),
        ("قبل أيام", "PAST_REF", "vague"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("أجريت الانتخابات في سبتمبر.", [("سبتمبر", "2023-09")]),
        ("وقعت الاتفاقية في ديسمبر.", [("ديسمبر", "2022-12")]),
        ("تجرى الجولة الثانية في ديسمبر المقبل.", [("ديسمبر المقبل", "2023-12")]),
        ("توفي الكاتب في تشرين الثاني الماضي.", [("تشرين الثاني الماضي", "2022-11")]),
        ("ولد في 15 أيلول 2019.", [("15 أيلول 2019", "2019-09-15")]),
        ("صدر القانون في جانفي 2017.", [("جانفي 2017", "2017-01")]),
        ("عدل القانون في جوان 2018.", [("جوان 2018", "2018-06")]),
        ("نشر التقرير في فيفري وأفريل.", [("فيفري", "2023-02"), ("أفريل", "2023-04")]),
        ("تمت الصفقة في جويلية وأوت 2019.", [("جويلية", "2019-07"), ("أوت 2019", "2019-08")]),
        ("انطلقت الدورة في شتنبر 2018 وانتهت في دجنبر 2019.", [("شتنبر 2018", "2018-09"), ("دجنبر 2019", "2019-12")]),
        ("انعقدت القمة في 15 فبراير/شباط الماضي.", [("15 فبراير/شباط الماضي", "2023-02-15")]),
        ("وقع الاتفاق في مارس/آذار عام 2015.", [("مارس/آذار عام 2015", "2015-03")]),
        ("اندلعت الأحداث في مايو (أيار) 2012.", [("مايو (أيار) 2012", "2012-05")]),
        ("دخل القرار حيز التنفيذ في الأول من يناير 2020.", [("الأول من يناير 2020", "2020-01-01")]),
        ("عدل في كانون الثاني 2021.", [("كانون الثاني 2021", "2021-01")]),
        ("زار الوزير البلاد يوم الخميس 9 نوفمبر.", [("يوم الخميس 9 نوفمبر", "2023-11-09")]),
        ("وقع الزلزال في 20 نوفمبر.", [("20 نوفمبر", "2022-11-20")]),
    ],
)
def test_months_of_every_regional_set(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


def test_day_range_with_current_month_takes_its_first_day() -> None:
    assert found("أجرى الوفد محادثات في الرباط يومي 4 و 5 جوان الجاري.", dt.date(2017, 6, 6)) == [
        ("يومي 4 و 5 جوان الجاري", "2017-06-04")
    ]


def test_a_day_told_after_a_full_date_of_another_year_is_in_that_year() -> None:
    # a told sequence goes forward within the year of its first full date
    timexes = find("واندلعت المواجهات في 14 أوت 1990 واستمرت حتى 20 أوت.")
    assert [(t.text, t.value, t.anchor) for t in timexes] == [
        ("14 أوت 1990", "1990-08-14", "absolute"),
        ("20 أوت", "1990-08-20", "t0"),
    ]
    # ...not before it, not after a birth, and not against its weekday
    assert found("وأسس الجمعية في 9 أكتوبر 1995 ثم غادرها في 4 فيفري.")[1] == ("4 فيفري", "2023-02-04")
    assert found("ولد الشاعر في 3 أوت 1941، ورحل في 9 أوت.")[1] == ("9 أوت", "2023-08-09")
    assert found("وتحل ذكرى 9 أفريل 1938 يوم الخميس 13 أفريل.")[1] == ("يوم الخميس 13 أفريل", "2023-04-13")


def test_ghurra_is_the_first_day_of_a_month() -> None:
    # غرة + a month (the Maghreb's word): its first day, Gregorian or Hijri; ثغرة is no date
    assert found("ويبدأ العمل بالتوقيت الصيفي منذ غرة أوت 2021.") == [("غرة أوت 2021", "2021-08-01")]
    assert found("وتوقف البث يوم غرة ديسمبر.") == [("يوم غرة ديسمبر", "2022-12-01")]
    assert found("وحل غرة شوال 1444 يوم الجمعة.")[0] == ("غرة شوال 1444", "2023-04-21")
    assert found("وسد المهندسون ثغرة أمنية في البرنامج.") == []


def test_a_list_of_three_days_is_one_expression_from_its_first_day() -> None:
    # أيام 3 و4 و5: every day of the list, not its last two; the value is the first day
    assert found("ويقام المعرض أيام 11 و12 و13 نوفمبر في صفاقس.") == [("أيام 11 و12 و13 نوفمبر", "2023-11-11")]
    assert found("واجتمعت اللجنة في 2، 6 و9 أكتوبر 2021.") == [("2، 6 و9 أكتوبر 2021", "2021-10-02")]
    # a count of things before a day is no list of days
    assert found("وأصيب 3 و4 أشخاص في 8 نوفمبر.") == [("8 نوفمبر", "2023-11-08")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("نشر التقرير بتاريخ 15/11/2022.", [("15/11/2022", "2022-11-15")]),
        ("حدث ذلك في 2021-03-04.", [("2021-03-04", "2021-03-04")]),
        ("صدر الحكم في ٣/٤/٢٠٢١.", [("٣/٤/٢٠٢١", "2021-04-03")]),
    ],
)
def test_numeric_dates(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("فاز الحزب عام 2022.", [("عام 2022", "2022")]),
        ("وفي 2014 خسر الحزب مقاعده.", [("2014", "2014")]),
        ("تأسس الحزب مطلع 2009.", [("مطلع 2009", "2009")]),
        ("انقسم الحزب في العام 2011.", [("العام 2011", "2011")]),
        ("ترشح البلد لعضوية المجلس للفترة 2019/2020 .", [("2019/2020", "2019")]),
        ("صدر القانون عدد 22 لسنة 2015.", [("سنة 2015", "2015")]),  # the clitic ل left out
    ],
)
def test_years(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("اجتمع المجلس الأسبوع الماضي.", [("الأسبوع الماضي", "2023-W45")]),
        ("يجتمع المجلس الأسبوع المقبل.", [("الأسبوع المقبل", "2023-W47")]),
        ("يجتمع المجلس هذا الأسبوع.", [("هذا الأسبوع", "2023-W46")]),
        ("ارتفعت الأسعار الشهر الماضي.", [("الشهر الماضي", "2023-10")]),
        ("تنخفض الأسعار الشهر المقبل.", [("الشهر المقبل", "2023-12")]),
        ("سجل الاقتصاد نموا العام الماضي.", [("العام الماضي", "2022")]),
        ("يتوقع النمو السنة المقبلة.", [("السنة المقبلة", "2024")]),
        ("تعقد اللجنة اجتماعها قبل نهاية العام الجاري.", [("نهاية العام الجاري", "2023")]),
        ("عاد في أواخر الشهر الماضي.", [("أواخر الشهر الماضي", "2023-10")]),
        ("يعود منتصف نوفمبر.", [("منتصف نوفمبر", "2023-11")]),
        ("تبدأ الأشغال أوائل الشهر المقبل.", [("أوائل الشهر المقبل", "2023-12")]),
    ],
)
def test_periods_and_their_parts(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "reference", "expected"),
    [
        ("وقعت الحادثة يوم 15 رمضان 1438 هـ.", WED, [("يوم 15 رمضان 1438 هـ", "2017-06-10")]),
        ("أعلن القرار في 1 محرم 1445 هـ.", WED, [("1 محرم 1445 هـ", "2023-07-19")]),
        ("صدر الكتاب عام 1444 هـ.", WED, [("عام 1444 هـ", "2023")]),
        ("صام الناس خلال رمضان الماضي.", WED, [("رمضان الماضي", "2023-04")]),
        ("احتفل المسلمون بعيد الأضحى.", WED, [("عيد الأضحى", "2023-06-28")]),
        ("ستكون الزيارة بعد عيد الفطر.", dt.date(2017, 6, 6), [("عيد الفطر", "2017-06-25")]),
        ("تعطلت الدراسة في عيد الفطر 1444.", WED, [("عيد الفطر 1444", "2023-04-21")]),
        ("وصل الوفد يوم الأربعاء 6 ذو الحجة 1445 هـ.", WED, [("يوم الأربعاء 6 ذو الحجة 1445 هـ", "2024-06-12")]),
        ("بدأت العطلة الأحد الموافق 1 شوال 1444.", WED, [("الأحد الموافق 1 شوال 1444", "2023-04-21")]),
    ],
)
def test_hijri_dates_and_occasions(sentence: str, reference: dt.date, expected: list[tuple[str, str]]) -> None:
    assert found(sentence, reference) == expected


def test_same_year_and_next_day_are_anchored_on_the_previous_timex() -> None:
    timexes = find("تأسست الشركة في العام 2014، وفي نفس العام افتتحت فرعا. ووصل الأحد وعاد في اليوم التالي.")
    assert [(t.text, t.value, t.anchor) for t in timexes] == [
        ("العام 2014", "2014", "absolute"),
        ("نفس العام", "2014", "t0"),
        ("الأحد", "2023-11-12", "publication"),
        ("اليوم التالي", "2023-11-13", "t2"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "بلغت الاستثمارات 2.5 مليار دولار.",
        "أطلق الجيش مليون قذيفة خلال الحرب.",
        "تسببت جائحة كوفيد-19 في أزمة.",
        "يبلغ الرجل من العمر 45 عاما.",
        "حل الفريق في المرتبة الثانية.",
        "شارك 2000 شخص في المسيرة.",
        "في 2000 مدرسة تعطلت الدروس.",
        "قال الأمين العام للأمم المتحدة إن المدعي العام الحالي سيحقق.",
        "الرأي العام غاضب من القرار.",
        "مارس الضغوط على الحكومة.",
        "اشترى سيارة نيسان جديدة.",
        "وقع خلاف بين الاثنين حول الملف.",
        "احتفلت البلاد باليوم الوطني.",
        "صدر القرار رقم 1973 عن مجلس الأمن.",
        "التقى الرئيس رجب طيب أردوغان نظيره.",
        "فاز بالمركز الأول من بين عشرة متسابقين.",
        "تبلغ نسبة البطالة 15 في المائة.",
    ],
)
def test_not_dates(sentence: str) -> None:
    assert found(sentence) == []


def test_the_year_after_a_definite_noun_when_no_office_can_be_general() -> None:
    # a modifier that tells only a time, or any after a feminine noun (whose adjective would be العامة)
    assert found("أغلقت السلطات الملاعب العام الماضي.") == [("العام الماضي", "2022")]
    assert found("وتستضيف المدينة العام المقبل دورة الألعاب.") == [("العام المقبل", "2024")]
    assert found("وتراجعت المبيعات العام الجاري.") == [("العام الجاري", "2023")]
    # after a masculine noun, العام before السابق، الحالي or المقبل is the office's adjective
    assert found("وحضر المدير العام السابق والنائب العام الحالي.") == []


def test_unknown_reference_gives_offsets_from_day_d() -> None:
    timexes = find("قال المتحدث أمس إن الحكومة ستعلن اليوم خطة، وسجل الاقتصاد نموا العام الماضي.", None)
    assert [(t.text, t.value, t.anchor, t.offset) for t in timexes] == [
        ("أمس", None, "unknown", "-P1D"),
        ("اليوم", None, "unknown", "P0D"),
        ("العام الماضي", None, "unknown", "-P1Y"),
    ]


def test_unknown_reference_keeps_absolute_dates() -> None:
    timexes = find("تأسس الحزب منذ 20 عاما، وفاز عام 2014.", None)
    assert [(t.text, t.value, t.anchor, t.offset) for t in timexes] == [
        ("منذ 20 عاما", None, "unknown", "-P20Y"),
        ("عام 2014", "2014", "absolute", None),
    ]


def test_spans_leave_out_prepositions_and_clitics_and_index_the_body() -> None:
    text = "وقال الوزير إن الوفد وصل بالأمس، وفي 15 فبراير/شباط الماضي وقع الاتفاق.\nوسيعود غداً."
    article = load_text(text)
    timexes = temporal.find_timexes(article, WED)
    assert [t.text for t in timexes] == ["الأمس", "15 فبراير/شباط الماضي", "غداً"]
    for index, timex in enumerate(timexes):
        assert timex.id == f"t{index}"
        assert article.body[timex.start : timex.end] == timex.text
        sentence = article.sentences[timex.sentence]
        assert sentence.start <= timex.start < timex.end <= sentence.end


def test_harakat_and_tatweel_inside_an_expression_stay_in_its_span() -> None:
    article = load_text("وَصَلَ الوفدُ يومَ الخمـيس إلى العاصمة.")
    (timex,) = temporal.find_timexes(article, WED)
    assert timex.text == "يومَ الخمـيس"
    assert timex.value == "2023-11-09"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("نفذ العمال اليوم الجمعة 10 نوفمبر 2023 وقفة احتجاجية.", [("اليوم الجمعة 10 نوفمبر 2023", "2023-11-10")]),
        ("جرت المعارك يومي السبت والأحد الماضيين.", [("يومي السبت والأحد الماضيين", "2023-11-11")]),
        ("شهدت المنطقة في 17 ماي من السنة الماضية حادثة مماثلة.", [("17 ماي من السنة الماضية", "2022-05-17")]),
        (
            "تراجع الإنتاج السنة الفارطة وارتفع الأسبوع المنقضي.",
            [("السنة الفارطة", "2022"), ("الأسبوع المنقضي", "2023-W45")],
        ),
        ("ارتفع المؤشر مقارنة بالعام السابق.", [("العام السابق", "2022")]),
        ("بدأ التحالف حملته في آخر شهر مارس2015.", [("آخر شهر مارس2015", "2015-03")]),
        ("تراجع النمو بين سنتي 2011 و 2015.", [("سنتي 2011 و 2015", "2011")]),
        ("أجريت التجارب في الفترة ما بين 1945-1962.", [("1945-1962", "1945")]),
        ("تبدأ الدراسة خلال شهر رمضان 2024.", [("شهر رمضان 2024", "2024-03")]),
        ("ستعلن النتائج خلال الأسابيع المقبلة.", [("الأسابيع المقبلة", "FUTURE_REF")]),
    ],
)
def test_regional_and_compound_forms(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "ورجح المقرر العام السابق للدستور ذلك.",
        "احتفل التلاميذ باليوم الأول من الدراسة.",
        "قال إن اليوم العالمي للمرأة مناسبة للتذكير.",
        "بلغت الميزانية 152ر2016 مليون دينار.",
        "صادق المجلس على القانون الأساسي عدد 2016/30.",
    ],
)
def test_more_not_dates(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the future verb is in the reported clause, not in the clause of the date
        ("قال الرئيس يوم الخميس إن بلاده ستنسحب من الاتفاق.", [("يوم الخميس", "2023-11-09")]),
        ("أعلن رئيس الوزراء، السبت، أن بلاده سوف تعيد تقييم علاقتها.", [("السبت", "2023-11-11")]),
        # a future cue before the complementizer belongs to the clause: من المقرر أن
        ("ومن المقرر أن يعقد الوزير مؤتمرا صحفيا يوم الاثنين.", [("يوم الاثنين", "2023-11-20")]),
        ("وأضاف أن الاجتماع سيبقى مفتوحا إلى غاية يوم الثلاثاء.", [("يوم الثلاثاء", "2023-11-21")]),
        ("وكان من المقرر أن يصل الوفد يوم الأحد.", [("يوم الأحد", "2023-11-12")]),
    ],
)
def test_tense_of_the_clause_picks_the_weekday(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("أعلنت الوزارة، اليوم (الأحد)، القبض على خلية.", [("اليوم (الأحد)", "2023-11-15")]),
        ("وقال المتحدث أمس (الثلاثاء) إن القوات انسحبت.", [("أمس (الثلاثاء)", "2023-11-14")]),
        ("ارتفع التضخم في العام قبل الماضي.", [("العام قبل الماضي", "2021")]),
        (
            "يعقد المجلس جلسته يوم الأربعاء الموافق 15 نوفمبر الجاري.",
            [("يوم الأربعاء الموافق 15 نوفمبر الجاري", "2023-11-15")],
        ),
        ("انتهت المهلة في 12 تشرين الثاني (نوفمبر) الماضي.", [("12 تشرين الثاني (نوفمبر) الماضي", "2023-11-12")]),
        ("قصفت الطائرات المدينة ليل الثلاثاء-الأربعاء.", [("ليل الثلاثاء-الأربعاء", "2023-11-14")]),
        ("تأسست الجمعية عام 2015م.", [("عام 2015م", "2015")]),
        ("وصل الوفد قبل نحو شهر.", [("قبل نحو شهر", "2023-10")]),
    ],
)
def test_house_styles(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


def test_month_of_this_or_last_year_spelled_out() -> None:
    assert found("حسب نشرية المعهد لشهر مارس من هذه السنة، وفي 3 أكتوبر من العام الماضي.") == [
        ("شهر مارس من هذه السنة", "2023-03"),
        ("3 أكتوبر من العام الماضي", "2022-10-03"),
    ]


def test_last_week_on_a_sunday_is_the_week_just_ended() -> None:
    """On a Sunday (the first working day in most Arab countries) الأسبوع الماضي is the week that has
    just ended, the ISO week of the Saturday before; on other days it is the ISO week before."""
    from reader import analyse

    text = "وقالت الوزارة إن المفاوضات جرت الأسبوع الماضي في القاهرة."
    sunday = analyse(load_text(text), dt.date(2024, 3, 17)).timexes[0]
    wednesday = analyse(load_text(text), dt.date(2024, 3, 13)).timexes[0]
    assert (sunday.value, wednesday.value) == ("2024-W11", "2024-W10")


def test_the_week_before_last_on_a_sunday_is_the_one_before_the_week_just_ended() -> None:
    """الأسبوع (ما) قبل الماضي is one week before الأسبوع الماضي, whichever day that is (on a Sunday
    the week just ended: the one before it, not two ISO weeks back)."""
    from reader import analyse

    for said in ("الأسبوع قبل الماضي", "الأسبوع ما قبل الماضي"):
        text = f"وأجريت الانتخابات {said}."
        sunday = analyse(load_text(text), dt.date(2024, 3, 17)).timexes
        wednesday = analyse(load_text(text), dt.date(2024, 3, 13)).timexes
        assert [(t.text, t.value) for t in (*sunday, *wednesday)] == [(said, "2024-W10"), (said, "2024-W09")]


def test_a_night_between_two_days_is_one_expression_and_its_midnight_the_second_day() -> None:
    sunday = dt.date(2024, 3, 17)
    assert found("وتوقف القصف منتصف ليل الجمعة السبت.", sunday) == [("منتصف ليل الجمعة السبت", "2024-03-16")]
    assert found("ووقع الانفجار ليل الجمعة السبت.", sunday) == [("ليل الجمعة السبت", "2024-03-15")]
    assert found("زار الوزير المدينة الجمعة السبت.", sunday) == [("الجمعة", "2024-03-15"), ("السبت", "2024-03-16")]


def test_the_date_a_postponement_or_a_schedule_sets_lies_ahead() -> None:
    # أجلت ... إلى 3 أفريل، حددت جلسة يوم 3 أفريل، حددت يوم 3 أفريل موعدا: the date set is after the
    # act that set it (this year's April on 17 March), though that act is told in the past; a date
    # the act itself took place on stays in the past
    march = dt.date(2024, 3, 17)
    assert found("وأجلت الدائرة الجنائية القضية إلى يوم 3 أفريل.", march) == [("يوم 3 أفريل", "2024-04-03")]
    assert found("وحددت الدائرة جلسة يوم 3 أفريل لسماع الشهود.", march) == [("يوم 3 أفريل", "2024-04-03")]
    assert found("وحددت الدائرة يوم 3 أفريل موعدا لسماع الشهود.", march) == [("يوم 3 أفريل", "2024-04-03")]
    assert found("ومدد المجلس آجال الترشح حتى 3 أفريل.", march) == [("3 أفريل", "2024-04-03")]
    assert found("وسافر الوزير إلى المغرب يوم 3 أفريل.", march) == [("يوم 3 أفريل", "2023-04-03")]


def test_a_fraction_of_two_units_is_counted_in_whole_units() -> None:
    # نصف شهرين is a month and نصف عامين a year, not half of one (a dual under a fraction)
    def value(text: str) -> str | None:
        return temporal.find_timexes(load_text(text), dt.date(2024, 3, 17))[0].value

    assert value("غادر البلاد منذ نصف شهرين.") == "2024-02"
    assert value("وقع الحادث قبل نصف عامين.") == "2023"
    assert value("غادر البلاد منذ نصف شهر.") == "2024-W09"  # half a month: two weeks, as before


def test_yawm_before_yesterday_and_a_weekday_is_in_the_span() -> None:
    # يوم أمس + a weekday, يوم غد + a weekday and a date: يوم belongs to the date, as in يوم أمس alone (it was
    # left out when a weekday followed, and an actor then ended on it)
    def texts(text: str) -> list[str]:
        return [t.text for t in temporal.find_timexes(load_text(text), dt.date(2024, 3, 17))]

    assert texts("اجتمع المجلس يوم أمس الجمعة.") == ["يوم أمس الجمعة"]
    assert texts("تنطلق الدورة يوم غد الاثنين 18 مارس.") == ["يوم غد الاثنين 18 مارس"]
    assert texts("اجتمع المجلس أمس الجمعة.") == ["أمس الجمعة"]


def test_a_brief_while_ago_is_one_vague_reference() -> None:
    # منذ فترة وجيزة: the adjective belongs to the reference (as طويلة، قصيرة do); left out, it was
    # read as a name after the verb
    found = temporal.find_timexes(load_text("وكان المدير أعلن منذ فترة وجيزة عن الموعد."), dt.date(2024, 3, 17))
    assert [(t.text, t.value) for t in found] == [("منذ فترة وجيزة", "PAST_REF")]


def test_a_weekday_before_first_and_a_noun_is_the_weekday_alone() -> None:
    # يوم الجمعة أول + a noun: "the first" school, visit..., no day of the month; with a month
    # after it, أول still is the month's first day
    assert found("وافتتح الوزير يوم الجمعة أول مدرسة رقمية في الجنوب.") == [("يوم الجمعة", "2023-11-10")]
    assert found("وتنطلق الحملة يوم الجمعة أول ديسمبر.") == [("يوم الجمعة أول ديسمبر", "2023-12-01")]


def test_the_last_two_days_or_twenty_four_hours_in_words_are_a_vague_stretch() -> None:
    # خلال اليومين الماضيين، الشهرين المقبلين، الساعات الأربع والعشرين الماضية: a dual or a count in
    # words up to now or from now, as الأيام الثلاثة الماضية and الـ24 ساعة الماضية already were
    assert found("وتراجعت الأسعار خلال الأسبوعين الماضيين.") == [("الأسبوعين الماضيين", "PAST_REF")]
    assert found("وينتظر أن تهطل الأمطار في اليومين القادمين.") == [("اليومين القادمين", "FUTURE_REF")]
    text = "وسجلت المستشفيات ثلاث وفيات خلال الساعات الثماني والأربعين الأخيرة."
    assert found(text) == [("الساعات الثماني والأربعين الأخيرة", "PAST_REF")]
    assert found("واستمر الإضراب يومين.") == [("يومين", "P2D")]


def test_a_deadline_granted_or_an_extension_to_the_limit_of_a_day_lies_ahead() -> None:
    # أمهل ... حتى 3 أفريل، مدد ... إلى غاية 3 أفريل: a grace period granted and the limit an extension
    # runs to lie after the act, as a postponement's date does
    march = dt.date(2024, 3, 17)
    assert found("وأمهلت البلدية التجار حتى 3 أفريل لإزالة الأكشاك.", march) == [("3 أفريل", "2024-04-03")]
    assert found("ومدد المجلس آجال الترشح إلى غاية 3 أفريل.", march) == [("3 أفريل", "2024-04-03")]


def test_the_day_what_goes_on_now_goes_on_to_lies_ahead() -> None:
    # تتواصل ... إلى يوم الخميس: the present of going on up to a day names the coming one, as a
    # postponement's day does; told in the past (تواصلت) it is the day gone
    sunday, thursday = dt.date(2024, 3, 17), "يوم الخميس"
    assert found(f"وتتواصل عروض المهرجان بالمدينة إلى {thursday}.", sunday) == [(thursday, "2024-03-21")]
    assert found("ويستمر المعرض حتى الأربعاء.", sunday) == [("الأربعاء", "2024-03-20")]
    assert found(f"وتواصلت عروض المهرجان إلى {thursday}.", sunday) == [(thursday, "2024-03-14")]


def test_a_day_s_number_with_the_article_before_min_and_a_month() -> None:
    # الـ8 من حزيران، ال8 من شهر أكتوبر: the article on a day's number (tatweel or none), then
    # من and the month, is that day; a count with the article (الـ20 لاعبا) is no day
    assert found("وفي الـ8 من حزيران/ يونيو افتتح الوزير المعرض.") == [("الـ8 من حزيران/ يونيو", "2023-06-08")]
    assert found("وانعقد المؤتمر في ال8 من شهر أكتوبر.") == [("ال8 من شهر أكتوبر", "2023-10-08")]
    assert found("وتسلم الـ20 لاعبا جوائزهم في أكتوبر.") == [("أكتوبر", "2023-10")]


def test_a_day_just_after_publication_in_a_past_clause_is_the_one_to_come() -> None:
    # a decision told in the past on a day a week or three after publication (قررت ... يوم 6 أيلول):
    # that day to come, not the same day a year before; further on, or with الماضي, last year's
    published = dt.date(2023, 8, 29)
    assert found("قررت الحكومة تعطيل الدوام يوم 6 أيلول.", published) == [("يوم 6 أيلول", "2023-09-06")]
    assert found("حددت الهيئة يوم 20 سبتمبر موعدا للاقتراع.", published) == [("يوم 20 سبتمبر", "2023-09-20")]
    assert found("زار الوزير المدينة في 6 أكتوبر.", published) == [("6 أكتوبر", "2022-10-06")]
    assert found("زار الوزير المدينة في 6 أيلول الماضي.", published) == [("6 أيلول الماضي", "2022-09-06")]
    # a deed told in the past on such a day, with no decision in its clause: last year's
    assert found("انهار الجسر في 6 أيلول.", published) == [("6 أيلول", "2022-09-06")]


def test_a_day_after_al_muwafiq_takes_the_year_of_the_day_it_names_again() -> None:
    # يوم الأحد المقبل الموافق 3 أيلول: the same day, named again; its year is the one that puts it
    # nearest the timex before it, whatever the clause's tense
    published = dt.date(2023, 8, 29)
    text = "تنطلق الدورة يوم الأحد المقبل الموافق 3 أيلول."
    assert found(text, published) == [("يوم الأحد المقبل", "2023-09-03"), ("3 أيلول", "2023-09-03")]
    text = "وأغلقت المدارس يوم الأحد الماضي، الموافق 27 أغسطس."
    assert found(text, published) == [("يوم الأحد الماضي", "2023-08-27"), ("27 أغسطس", "2023-08-27")]
