"""Actors: the subject after a verb-first verb, before the verb otherwise, the agent of a noun."""

from __future__ import annotations

import datetime as dt

import pytest

from reader import analyse
from reader.document import load_text
from reader.events.actors import same_actor


def actor_of(text: str, kind: str) -> str | None:
    events = [e for e in analyse(load_text(text), dt.date(2024, 3, 13)).events if e.type == kind]
    assert events, f"no {kind} event in {text}"
    return events[0].actor


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        # verb-first: the subject follows the verb, up to the comma, preposition or date
        ("قال وزير الخارجية الفرنسي إن الحوار هو الحل.", "statement", "وزير الخارجية الفرنسي"),
        ("وأكدت الرئاسة المصرية، في بيان، أن القمة ستعقد.", "statement", "الرئاسة المصرية"),
        ("حذر صندوق النقد الدولي الثلاثاء من تباطؤ النمو.", "warning", "صندوق النقد الدولي"),
        ("استقال رئيس الوزراء الإيطالي من منصبه.", "measure", "رئيس الوزراء الإيطالي"),
        # subject-first: after أن, or كان + subject + قد + verb
        ("ذكرت الوكالة أن وفدا تركيا يزور القاهرة.", "visit", "وفدا تركيا"),
        ("وكانت الحكومة الليبية قد أعلنت استدعاء السفير.", "measure", "الحكومة الليبية"),
        ("وكانت السعودية، الحليف الأبرز لواشنطن، أكدت دعمها للخطة.", "statement", "السعودية"),
        # the object words of the trigger end the subject
        ("قطعت الجزائر علاقاتها مع الرباط.", "measure", "الجزائر"),
        # a noun governed by a light verb takes the verb's subject; a construct noun its agent
        ("أجرى الرئيس التونسي اتصالا هاتفيا بنظيره الجزائري.", "meeting", "الرئيس التونسي"),
        ("جاء ذلك بعد أسبوع من إعلان وزير الطاقة أن الأسعار سترتفع.", "statement", "وزير الطاقة"),
        # a second verb joined by و shares the first verb's subject
        ("التقى الوزير المغربي نظيره الإسباني ووقع معه اتفاقية للتعاون.", "agreement", "الوزير المغربي"),
    ],
)
def test_actor_phrases(text: str, kind: str, actor: str) -> None:
    assert actor_of(text, kind) == actor


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        # a definite object after a complete subject is not part of it
        ("اتهم رئيس الوزراء المعارضة بعرقلة الإصلاحات.", "accusation", "رئيس الوزراء"),
        ("اتهمت وزارة الخارجية الروسية الحكومة البريطانية بالتدخل.", "accusation", "وزارة الخارجية الروسية"),
        ("أدان الاتحاد الأوروبي الحكومة السورية.", "accusation", "الاتحاد الأوروبي"),
        ("اتهمت روسيا الغرب بتأجيج الصراع.", "accusation", "روسيا"),
        ("اتهم الطرفان القضية بعرقلة الحل.", "accusation", "الطرفان"),
        # an indefinite object, an accusative, another title
        ("اتهم الجيش الإسرائيلي حركة حماس بإطلاق الصواريخ.", "accusation", "الجيش الإسرائيلي"),
        ("استقبل الملك وفدا برلمانيا.", "visit", "الملك"),
        ("التقى الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي.", "meeting", "الرئيس المصري عبد الفتاح السيسي"),
        ("تزور المستشارة الألمانية أنجيلا ميركل تونس غدا.", "visit", "المستشارة الألمانية أنجيلا ميركل"),
        # what a subject may hold: genitives, adjectives, a name after a title, باسم
        ("قال المتحدث باسم وزارة الخارجية إن المفاوضات مستمرة.", "statement", "المتحدث باسم وزارة الخارجية"),
        ("أعلن خفر السواحل الإيطالي انتشال جثث.", "statement", "خفر السواحل الإيطالي"),
        ("انتقد وزير الخارجية خميس الجهيناوي الموقف الأوروبي.", "accusation", "وزير الخارجية خميس الجهيناوي"),
        ("قال الرئيس فلاديمير بوتين الحقيقة.", "statement", "الرئيس فلاديمير بوتين"),
        ("ذكرت وكالة أنباء كوريا الشمالية أن الزعيم سيزور روسيا.", "statement", "وكالة أنباء كوريا الشمالية"),
        ("اتفقت السلطات المصرية والإثيوبية على استئناف المفاوضات.", "agreement", "السلطات المصرية والإثيوبية"),
        # a first name and a family name after a title; a name alone
        ("دعا رئيس الحكومة سمير العلوي الأمين العام إلى الحوار.", "statement", "رئيس الحكومة سمير العلوي"),
        ("أكدت الباحثة سلمى الحداد أن الأرقام دقيقة.", "statement", "الباحثة سلمى الحداد"),
        ("وأعربت سارينا كوبر عن قلقها.", "statement", "سارينا كوبر"),
        # a preposition glued to a noun ends the phrase
        ("قال مصدر أمني مسؤول لوكالة الأنباء إن الوضع هادئ.", "statement", "مصدر أمني مسؤول"),
    ],
)
def test_actor_boundaries(text: str, kind: str, actor: str) -> None:
    assert actor_of(text, kind) == actor


def test_an_unnamed_subject_stays_unnamed() -> None:
    assert actor_of("وتم التوقيع على الاتفاقية في العاصمة.", "agreement") is None


def test_a_continuation_names_the_current_speaker() -> None:
    text = "قال رئيس البرلمان إن الجلسة ستعقد الأحد.\nوتابع قائلا إن الحكومة ملزمة بالرد."
    events = [e for e in analyse(load_text(text), dt.date(2024, 3, 13)).events if e.type == "statement"]
    assert [e.actor for e in events] == ["رئيس البرلمان", "رئيس البرلمان"]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("وزير الخارجية الفلسطيني رياض المالكي", "المالكي", True),
        ("الوزارة", "وزارة الخارجية الإيرانية", True),
        ("وكالة الأنباء المركزية الكورية", "وكالة الأنباء الرسمية", False),
        ("القاهرة", None, False),
    ],
)
def test_same_actor(a: str, b: str | None, same: bool) -> None:
    assert same_actor(a, b) is same
