"""The trigger lexicon: its data, the generated inflections, clitics, and one test per event type."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from importlib import resources

import pytest

from reader import analyse
from reader.arabic import normalize
from reader.document import load_text
from reader.events.lexicon import load_lexicon, noun_forms, past_forms, present_forms
from reader.model import EVENT_TYPES

WEDNESDAY = dt.date(2024, 3, 13)


def events_of(text: str, published: dt.date | None = WEDNESDAY):
    return analyse(load_text(text), published).events


def kinds(text: str) -> list[tuple[str, str]]:
    """(type, trigger) of each event of ``text``."""
    return [(e.type, e.trigger) for e in events_of(text)]


def test_the_data_file_is_valid_and_covers_every_type_broadly() -> None:
    data = json.loads((resources.files("reader") / "data" / "triggers.json").read_text(encoding="utf-8"))
    per_type = Counter(entry["type"] for entry in data["entries"])
    assert set(per_type) == set(EVENT_TYPES)
    assert min(per_type.values()) >= 4, per_type
    lexicon = load_lexicon()
    assert len(lexicon.entries) == len(data["entries"])


def test_inflections_are_generated_from_base_forms() -> None:
    assert {normalize(w) for w in ("قال", "قالت", "قالوا", "قالا")} <= past_forms(["قال"])
    assert {normalize(w) for w in ("يقول", "تقول", "يقولون", "نقول")} <= present_forms(["يقول"])
    assert {normalize(w) for w in ("زيارة", "زيارات", "زيارت")} <= noun_forms(["زيارة", "زيارات"])
    assert normalize("اجتماعا") in noun_forms(["اجتماع"])


@pytest.mark.parametrize(
    ("token", "lemma", "prefix", "suffix"),
    [
        ("وأضافت", "أضاف", "و", ""),
        ("فقال", "قال", "ف", ""),
        ("وسيزور", "زار", "وس", ""),
        ("بزيارته", "زار", "ب", "ه"),
        ("والاتهامات", "اتهم", "وال", ""),
        ("للاجتماع", "اجتمع", "لل", ""),
        ("نفت", "نفى", "", ""),
        ("يعيدها", "أعاد العلاقات", "", "ها"),
    ],
)
def test_clitics_are_stripped_before_lookup(token: str, lemma: str, prefix: str, suffix: str) -> None:
    readings = load_lexicon().readings(normalize(token))
    assert readings, token
    assert (readings[0].entry.lemma, readings[0].prefix, readings[0].suffix) == (lemma, prefix, suffix)


@pytest.mark.parametrize("token", ["وزارة", "الوزارة", "قطعة", "بين", "الذكر"])
def test_look_alike_words_are_not_triggers(token: str) -> None:
    assert load_lexicon().readings(normalize(token)) == ()


def test_past_forms_take_no_future_or_purpose_prefix() -> None:
    lexicon = load_lexicon()
    assert lexicon.readings(normalize("سقال")) == ()
    assert lexicon.readings(normalize("ليقول"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # statement: said, announced, stressed, described, rejected a proposal
        ("قال وزير المالية إن الاقتصاد يتعافى.", ("statement", "قال")),
        ("وتقول الحكومة إن الأسعار ستنخفض.", ("statement", "وتقول")),
        ("أكدت الرئاسة أن الانتخابات ستجري في موعدها.", ("statement", "أكدت")),
        ("وصرح المتحدث باسم الجيش بأن الوضع مستقر.", ("statement", "وصرح")),
        ("رفضت النقابة مقترح الحكومة.", ("statement", "رفضت")),
        ("أعرب الأمين العام عن قلقه من التصعيد.", ("statement", "أعرب")),
        # visit: visits, arrivals, departures
        ("يزور رئيس الوزراء الهندي القاهرة.", ("visit", "يزور")),
        ("وصل الرئيس الفرنسي إلى الجزائر في زيارة رسمية.", ("visit", "وصل")),
        ("غادر الوفد البرلماني العاصمة متوجها إلى جنيف.", ("visit", "غادر")),
        ("أدى وزير الدفاع زيارة إلى القاعدة الجوية.", ("visit", "زيارة")),
        # meeting: met, talks, calls, summits
        ("التقى العاهل الأردني الرئيس الأمريكي في واشنطن.", ("meeting", "التقى")),
        ("أجرى الرئيس اتصالا هاتفيا بنظيره التركي.", ("meeting", "اتصالا")),
        ("عقد مجلس الوزراء اجتماعا طارئا.", ("meeting", "اجتماعا")),
        ("تستضيف الرياض قمة عربية طارئة.", ("meeting", "قمة")),
        # accusation: accused, condemned, blamed
        ("اتهمت المعارضة الحكومة بتزوير النتائج.", ("accusation", "اتهمت")),
        ("ندد الاتحاد الأوروبي بالهجمات على المدنيين.", ("accusation", "ندد")),
        ("أدانت الخارجية الاعتداء على السفارة.", ("accusation", "أدانت")),
        # denial: denied an accusation or a report
        ("نفت الشركة وجود أي تسريب.", ("denial", "نفت")),
        ("وينفي المسؤولون تلك الروايات.", ("denial", "وينفي")),
        ("رفض المتحدث هذه الاتهامات جملة وتفصيلا.", ("denial", "رفض")),
        # agreement: agreed, signed
        ("اتفق الطرفان على تبادل الأسرى.", ("agreement", "اتفق")),
        ("وقع البلدان اتفاقية للتجارة الحرة.", ("agreement", "وقع")),
        ("توصلت الأطراف إلى اتفاق لوقف القتال.", ("agreement", "توصلت")),
        # warning: warned, threatened
        ("حذر البنك الدولي من ركود عالمي.", ("warning", "حذر")),
        ("هددت الجماعة بمهاجمة السفن.", ("warning", "هددت")),
        # attack: strikes, shelling, killings
        ("قصفت المدفعية مواقع المتمردين.", ("attack", "قصفت")),
        ("شن الطيران غارات على المدينة.", ("attack", "شن")),
        ("اغتال مسلحون قاضيا في العاصمة.", ("attack", "اغتال")),
        # measure: sanctions, ties, ambassadors, inquiries, resignations, arrests
        ("فرضت واشنطن عقوبات على شركات النفط.", ("measure", "فرضت")),
        ("قطعت الحكومة علاقاتها مع الدولة الجارة.", ("measure", "قطعت")),
        ("استدعت الخارجية السفير الإيطالي.", ("measure", "استدعت")),
        ("استقال وزير الصحة من منصبه.", ("measure", "استقال")),
        ("اعتقلت الشرطة خمسة مشتبه بهم.", ("measure", "اعتقلت")),
        ("فتحت النيابة تحقيقا في الحادث.", ("measure", "فتحت")),
    ],
)
def test_each_event_type_from_verbs_and_nouns(text: str, expected: tuple[str, str]) -> None:
    assert expected in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "وصرح مسؤول في وزارة الخارجية بأن المحادثات مستمرة.",  # وزارة is not و + زار
        "عبر المسافرون الحدود سيرا على الأقدام.",  # عبر without عن: across, not expressed
        "يخضع البلد لعقوبات دولية منذ سنوات.",  # sanctions as a state, not an act
        "أعلن الجيش أنه سيرد على أي هجوم.",  # a hypothetical attack
        "صدر القرار الوزاري فجر اليوم.",  # وزاري is not و + زار + ي; فجر اليوم is a date
        "وصل عدد الزوار إلى مليون.",  # reached a level, not arrived
        "اشترى المسافر تذكرة العودة.",  # تذكرة is not تذكر + ه
    ],
)
def test_context_keeps_out_false_triggers(text: str) -> None:
    found = kinds(text)
    assert all(kind != "visit" for kind, _ in found)
    assert all(kind not in ("statement",) or trigger in ("وصرح", "أعلن") for kind, trigger in found)
    assert all(kind not in ("measure", "attack") for kind, _ in found)


def test_attributions_are_not_events() -> None:
    found = kinds("اتفق الجانبان على تشكيل لجنة مشتركة، حسبما أوضحت وكالة الأنباء الرسمية.")
    assert found == [("agreement", "اتفق")]


def test_a_statement_trigger_retyped_as_denial_near_an_accusation() -> None:
    assert kinds("رفض الحزب الاتهامات الموجهة إليه.")[0] == ("denial", "رفض")
    assert kinds("رفض الحزب المشاركة في الحكومة.")[0] == ("statement", "رفض")
