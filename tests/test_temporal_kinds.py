"""Vague references and durations: the two kinds of timex besides dates (kind ``vague``, value
``PAST_REF`` / ``PRESENT_REF`` / ``FUTURE_REF``; kind ``duration``, value ``P3D``, ``PT5H``,
``PXY``...). The sentences are written for these tests; the reference day is Wednesday
15 November 2023."""

from __future__ import annotations

import datetime as dt

import pytest

from reader import temporal
from reader.io.document import load_text
from reader.model import Timex

WED = dt.date(2023, 11, 15)


def find(text: str, reference: dt.date | None = WED) -> list[Timex]:
    return temporal.find_timexes(load_text(text), reference)


def found(text: str, reference: dt.date | None = WED) -> list[tuple[str, str | None, str]]:
    return [(t.text, t.value, t.kind) for t in find(text, reference)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ارتفعت أسعار الخبز مؤخراً في الأسواق الشعبية.", [("مؤخراً", "PAST_REF")]),
        ("تعمل اللجنة حاليا على مراجعة الملفات.", [("حاليا", "PRESENT_REF")]),
        ("لم تصدر الوزارة أي تعليق حتى الآن.", [("الآن", "PRESENT_REF")]),
        ("شغل الرجل منصب محافظ البنك سابقا.", [("سابقا", "PAST_REF")]),
        ("وأعلنت الشركة في وقت سابق خفض إنتاجها.", [("وقت سابق", "PAST_REF")]),
        ("تصاعد التوتر على الحدود في الآونة الأخيرة.", [("الآونة الأخيرة", "PAST_REF")]),
        ("وكما جرى في السابق، رفضت النقابة العرض.", [("السابق", "PAST_REF")]),
        ("كانت المدينة في الماضي مركزا للتجارة.", [("الماضي", "PAST_REF")]),
        ("يتوقع أن يفتتح المطار الجديد قريبا.", [("قريبا", "FUTURE_REF")]),
        ("تخطط الحكومة لبناء سدود أخرى في المستقبل القريب.", [("المستقبل القريب", "FUTURE_REF")]),
        ("وحذر الخبراء من نقص المياه مستقبلا.", [("مستقبلا", "FUTURE_REF")]),
        ("ووسعت البلدية أخيرا شبكة الحافلات.", [("أخيرا", "PAST_REF")]),
        ("وتعيش المنطقة في الوقت الراهن أزمة وقود.", [("الوقت الراهن", "PRESENT_REF")]),
        ("تضاعف عدد السكان في العقود الثلاثة الأخيرة.", [("العقود الثلاثة الأخيرة", "PAST_REF")]),
        ("سقط عشرون قتيلا خلال الساعات الـ24 الماضية.", [("الساعات الـ24 الماضية", "PAST_REF")]),
        ("ستتضح الصورة في السنوات الخمس المقبلة.", [("السنوات الخمس المقبلة", "FUTURE_REF")]),
    ],
)
def test_vague_references(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == [(text, value, "vague") for text, value in expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "وأخيرا، شكر الرئيس الحاضرين على مشاركتهم.",  # finally
        "يقع المخيم قريبا من الحدود الشمالية.",  # near
        "قال المدير السابق للشركة إن الأرباح تراجعت.",  # the former director
        "تحدث الوزير عن مستقبل القطاع الزراعي.",  # a noun, not a time
        "التقى الرئيس نظيره آلان في باريس.",  # a name, not الآن
        "يطمح الفريق إلى أن يحقق أخيرا لقبا طال انتظاره.",  # finally, after أن
    ],
)
def test_words_that_are_not_vague_references(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("استمر الإضراب ثلاثة أسابيع قبل أن ينتهي.", [("ثلاثة أسابيع", "P3W")]),
        ("أعلن الجيش هدنة لمدة 6 ساعات في اليوم.", [("6 ساعات", "PT6H")]),
        ("ظل الملف مغلقا لعقدين من الزمن.", [("عقدين", "P20Y")]),
        ("بقيت الوثائق سرية لعقود.", [("عقود", "PXY")]),
        ("انقطع التيار الكهربائي لساعات عن الأحياء الشرقية.", [("ساعات", "PTXH")]),
        ("تواصل القصف على مدى عدة أيام.", [("عدة أيام", "PXD")]),
        ("أمهلت المحكمة الشركة أسبوعا لتسديد الديون.", [("أسبوعا", "P1W")]),
        ("أمضى اللاعب عاما واحدا في النادي.", [("عاما واحدا", "P1Y")]),
        ("تمتد الولاية الجديدة خمس سنوات.", [("خمس سنوات", "P5Y")]),
        ("عاد السفير بعد انقطاع دام 12 عاما.", [("12 عاما", "P12Y")]),
        ("توقفت المفاوضات بعد شهور من الجمود.", [("شهور", "PXM")]),
        ("يجب تقديم الطعون خلال 48 ساعة.", [("48 ساعة", "PT48H")]),
        ("بقي المسافرون في المطار يوما ونصف.", [("يوما ونصف", "PT36H")]),
        ("انتظر المرضى نصف ساعة أمام العيادة.", [("نصف ساعة", "PT30M")]),
        ("حكم البلاد خمسة عشر عاما.", [("خمسة عشر عاما", "P15Y")]),
    ],
)
def test_durations(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == [(text, value, "duration") for text, value in expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "يبلغ الرجل من العمر 45 عاما.",  # ages
        "قال المزارع أحمد (52 عاما) إن الموسم سيئ.",
        "تتراوح أعمار المشاركين بين 18 و25 عاما.",
        "يوما بعد يوم تتضح ملامح الاتفاق.",  # day after day
        "وقعت الشركة عقدا لتطوير الميناء.",  # a contract
        "اللجنة ستعقد اجتماعها المقبل في القاهرة.",  # ستعقد is no ست عقد
        "احتفل السكان بأيام العيد في الساحات.",  # a construct
        "خرج الناس إلى الشوارع في ساعات الليل.",
    ],
)
def test_counts_that_are_not_durations(sentence: str) -> None:
    assert [t for t in find(sentence) if t.kind == "duration"] == []


def test_offsets_stay_dates_and_durations_need_no_reference() -> None:
    assert found("وصل الوفد قبل ساعتين، وبقي ثلاثة أيام.", None) == [
        ("قبل ساعتين", None, "date"),
        ("ثلاثة أيام", "P3D", "duration"),
    ]
    assert [(t.text, t.value) for t in find("تأسست المدينة منذ نصف قرن، ووصل الوزير قبل يومين ونصف.")] == [
        ("منذ نصف قرن", "1973"),
        ("قبل يومين ونصف", "2023-11-13"),
    ]


def test_a_duration_is_no_antecedent_of_an_anaphor() -> None:
    timexes = find("وصل الوفد الخميس، وبقي يومين، وغادر في اليوم التالي.")
    assert [(t.text, t.value, t.anchor) for t in timexes] == [
        ("الخميس", "2023-11-09", "publication"),
        ("يومين", "P2D", "absolute"),
        ("اليوم التالي", "2023-11-10", "t0"),
    ]
