"""Events end to end: several per sentence, framing and announcing, dating, merging mentions."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from reader import analyse
from reader.document import load_text
from reader.events import find_events
from reader.model import DATE_SOURCES, EVENT_TYPES, Event

WEDNESDAY = dt.date(2024, 3, 13)  # a Wednesday: الثلاثاء is 2024-03-12, أمس too


def events_of(text: str, published: dt.date | None = WEDNESDAY) -> list[Event]:
    return list(analyse(load_text(text), published).events)


def of_type(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


def test_a_reporting_verb_framing_another_act_gives_both_events_dated_by_the_sentence() -> None:
    events = events_of("ذكرت وكالة الأنباء الرسمية، اليوم الأربعاء، أن وفدا تركيا يزور ليبيا لبحث ملف الطاقة.")
    assert [(e.type, e.trigger) for e in events] == [("statement", "ذكرت"), ("visit", "يزور")]
    assert all(e.date == "2024-03-13" and e.granularity == "day" for e in events)
    assert events[0].date_source == "explicit"
    assert events[1].timex == events[0].timex


def test_announcing_ones_own_act_is_that_act_alone() -> None:
    events = events_of("أعلنت الحكومة الجزائرية الثلاثاء قطع العلاقات الدبلوماسية مع الدولة الجارة.")
    assert [(e.type, e.trigger, e.actor, e.date) for e in events] == [
        ("measure", "قطع", "الحكومة الجزائرية", "2024-03-12")
    ]


def test_an_act_named_before_its_announcement_is_dated_by_it() -> None:
    events = events_of("أيد البرلمان قرار قطع العلاقات الذي أعلن الثلاثاء.")
    assert [(e.type, e.date) for e in events] == [("measure", "2024-03-12")]


def test_several_types_in_one_sentence_are_several_events() -> None:
    events = events_of("التقى وزير الخارجية نظيره الإسباني في مدريد، ووقع معه اتفاقية للتعاون الأمني.")
    assert [e.type for e in events] == ["meeting", "agreement"]
    assert {e.sentence for e in events} == {0}


def test_two_dated_acts_of_one_type_in_a_sentence_stay_apart() -> None:
    events = events_of("قطعت الدولة علاقاتها مع جارتها عام 2009، قبل أن تعيدها في 2014.")
    assert [(e.type, e.date) for e in events] == [("measure", "2009"), ("measure", "2014")]


def test_an_undated_event_has_no_date_never_an_invented_one() -> None:
    (event,) = events_of("اتهمت المعارضة الحكومة بتزوير النتائج.")
    assert (event.date, event.granularity, event.date_source, event.timex) == (None, None, "none", None)


def test_a_date_later_in_the_sentence_belongs_to_the_report_not_the_reporting() -> None:
    events = events_of("قال المتحدث إن الوزير سيزور باريس الخميس المقبل.")
    said, visit = of_type(events, "statement")[0], of_type(events, "visit")[0]
    assert said.date is None and said.date_source == "none"
    assert visit.date == "2024-03-14" and visit.date_source == "explicit"


def test_a_shared_date_earlier_in_the_sentence_is_context() -> None:
    events = events_of("أجرى الرئيس أمس اتصالا هاتفيا بنظيره التركي، وأكد دعمه للمبادرة.")
    assert [(e.type, e.date, e.date_source) for e in events] == [
        ("meeting", "2024-03-12", "explicit"),
        ("statement", "2024-03-12", "context"),
    ]


def test_after_a_week_of_dates_only_the_event_after_min() -> None:
    events = events_of("وتأتي الزيارة بعد حوالي أسبوع من إعلان الوزير أن المحادثات تعثرت.")
    (statement,) = of_type(events, "statement")
    assert statement.trigger == "إعلان" and statement.date_source == "explicit"
    assert of_type(events, "visit") == []  # الزيارة only recalls a visit; none is told here


def test_repeated_mentions_of_one_event_merge_and_cite_every_sentence() -> None:
    text = (
        "قطعت الجزائر علاقاتها مع الرباط الثلاثاء.\n"
        "وقال مسؤولون إن القرار جاء بعد أشهر من التوتر.\n"
        "وكانت الجزائر قد أعلنت الثلاثاء قطع العلاقات بسبب الأعمال العدائية."
    )
    (measure,) = of_type(events_of(text), "measure")
    assert measure.mentions == (0, 2)
    assert measure.sentence == 0 and measure.date == "2024-03-12"


def test_a_definite_noun_recalls_the_event_told_before_it() -> None:
    text = "وصل الرئيس الفرنسي إلى الرباط أمس في زيارة رسمية.\nوتأتي الزيارة في إطار تعزيز العلاقات بين البلدين."
    (visit,) = of_type(events_of(text), "visit")
    assert visit.mentions == (0, 1) and visit.sentence == 0 and visit.date == "2024-03-12"


def test_distinct_events_of_one_type_are_not_merged() -> None:
    text = "اتهم الحزب الحاكم المعارضة بالتحريض.\nواتهمت المعارضة الشرطة بالعنف."
    accusations = of_type(events_of(text), "accusation")
    assert [e.mentions for e in accusations] == [(0,), (1,)]
    text = "زار الرئيس الجزائر يوم الأحد.\nوزار رئيس الوزراء تونس يوم الاثنين."
    assert [e.date for e in of_type(events_of(text), "visit")] == ["2024-03-10", "2024-03-11"]


def test_a_continuation_in_the_paragraph_joins_the_speakers_statement() -> None:
    text = "قال رئيس البرلمان إن الجلسة ستعقد الأحد. وأضاف أن النواب سيصوتون على الميزانية."
    (statement,) = of_type(events_of(text), "statement")
    assert statement.mentions == (0, 1) and statement.trigger == "قال"


def test_a_continuation_in_a_new_paragraph_is_its_own_report_dated_by_context() -> None:
    text = "قالت الوكالة الرسمية أمس إن المفاوضات انتهت.\nوأضافت أن الجولة المقبلة لم تحدد."
    first, second = of_type(events_of(text), "statement")
    assert (first.date, first.date_source) == ("2024-03-12", "explicit")
    assert (second.actor, second.date, second.date_source, second.timex) == (
        "الوكالة الرسمية",
        "2024-03-12",
        "context",
        first.timex,
    )


def test_the_speaker_named_again_joins_the_statement() -> None:
    text = "أكد وزير الخارجية الأردني أيمن الصفدي أن الحل سياسي.\nوقال الصفدي في مؤتمر صحفي إن الاتصالات مستمرة."
    (statement,) = of_type(events_of(text), "statement")
    assert statement.mentions == (0, 1)


def test_a_statement_by_the_accuser_in_the_same_sentence_is_part_of_the_accusation() -> None:
    events = events_of("ونفت الوزارة هذه الاتهامات، وأعربت عن أسفها لنشرها.")
    assert [e.type for e in events] == ["denial"]


def test_without_a_reference_date_relative_dates_are_not_invented() -> None:
    article = load_text("قال الوزير أمس إن الحكومة ستستقيل.")
    analysis = analyse(article, None)
    event = of_type(list(analysis.events), "statement")[0]
    assert event.date is None
    assert event.timex is not None and analysis.timexes[0].offset == "-P1D"


def test_events_without_timexes_from_the_library_function() -> None:
    article = load_text("حذر الجيش من هجمات جديدة.\nوقصفت المدفعية مواقع المسلحين.")
    assert [(e.id, e.type, e.date_source) for e in find_events(article, [])] == [
        ("e0", "warning", "none"),
        ("e1", "attack", "none"),
    ]


WORDS = [
    "قال", "وأضاف", "أن", "الوزير", "زيارة", "يزور", "الرئيس", "اجتماعا", "عقد", "أمس", "الثلاثاء",
    "اتهم", "الاتهامات", "نفت", "الحكومة", "قطع", "العلاقات", "أعلن", "في", "مع", "،", "التقى",
    "وقع", "اتفاقية", "حذر", "من", "قصف", "عام", "2019", "الذي", "وكان", "قد", "بعد", "أسبوع",
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14), min_size=1, max_size=6))
def test_the_event_contract_holds_on_any_text(paragraphs: list[list[str]]) -> None:
    text = "\n".join(" ".join(words) + "." for words in paragraphs)
    analysis = analyse(load_text(text), WEDNESDAY)
    body, timexes = analysis.article.body, {t.id: t for t in analysis.timexes}
    sentence_ids = [s.id for s in analysis.article.sentences]
    assert [e.id for e in analysis.events] == [f"e{i}" for i in range(len(analysis.events))]
    assert [e.sentence for e in analysis.events] == sorted(e.sentence for e in analysis.events)
    for e in analysis.events:
        assert e.type in EVENT_TYPES and e.date_source in DATE_SOURCES
        assert body[e.trigger_start : e.trigger_end] == e.trigger
        assert e.sentence in e.mentions and list(e.mentions) == sorted(set(e.mentions))
        assert set(e.mentions) <= set(sentence_ids)
        if e.date_source == "none":
            assert e.date is None and e.timex is None
        else:
            assert e.timex in timexes and timexes[e.timex].value == e.date
