"""Events on news unlike the development articles: datelines, windows past the subject, announced
own acts, weak nouns that must not recall another actor's event, light verbs, distinct dates,
the senses of بلغ, suffixed verbs. The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from reader import analyse
from reader.document import load_text
from reader.model import Event

WEDNESDAY = dt.date(2024, 4, 10)  # الثلاثاء = 2024-04-09


def events_of(text: str, published: dt.date | None = WEDNESDAY) -> list[Event]:
    return list(analyse(load_text(text), published).events)


def of_type(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


def test_recalling_an_ambassador_past_the_subject_and_the_date() -> None:
    events = events_of(
        "عمان - استدعت وزارة الخارجية الأردنية، صباح الثلاثاء، السفير الإسرائيلي في عمان وسلمته مذكرة احتجاج."
    )
    (measure,) = of_type(events, "measure")
    assert (measure.trigger, measure.actor, measure.date) == ("استدعت", "وزارة الخارجية الأردنية", "2024-04-09")


def test_a_window_still_ends_when_the_object_is_too_far() -> None:
    text = "استدعت وزارة الخارجية صباح الثلاثاء عددا من الصحفيين والكتاب والفنانين والأساتذة لحضور لقاء مع السفير."
    assert of_type(events_of(text), "measure") == []


def test_announcing_ones_own_act_with_anna_is_the_act_of_the_announcer() -> None:
    events = events_of("وأعلن الجيش الإسرائيلي أنه قصف مواقع في جنوب لبنان فجر اليوم الأربعاء.")
    assert [(e.type, e.trigger, e.actor, e.date) for e in events] == [
        ("attack", "قصف", "الجيش الإسرائيلي", "2024-04-10")
    ]


def test_announcing_another_actors_act_keeps_the_statement() -> None:
    events = events_of("وأعلن الجيش أن طائرات مجهولة قصفت مواقع في الجنوب.")
    assert sorted(e.type for e in events) == ["attack", "statement"]


def test_a_weak_noun_does_not_join_a_later_event_of_another_date() -> None:
    text = (
        "استدعت الخارجية صباح الثلاثاء السفير احتجاجا على اقتحام المسجد.\n"
        "وقال المتحدث إن الأردن يرفض ذلك.\n"
        "واقتحمت قوات الاحتلال اليوم الأربعاء بلدة في الضفة."
    )
    (attack,) = of_type(events_of(text), "attack")
    assert attack.mentions == (2,) and attack.date == "2024-04-10"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("تونس - أعلنت رئاسة الحكومة يوم الخميس أن وفدا جزائريا سيزور تونس.", "رئاسة الحكومة"),
        ("تونس (وات) - أعلنت الهيئة المستقلة مساء أمس القائمة النهائية.", "الهيئة المستقلة"),
        ("الرياض - (واس) - أعلنت وزارة الطاقة أمس خفض الإنتاج.", "وزارة الطاقة"),
    ],
)
def test_a_dateline_place_is_no_actor(text: str, actor: str) -> None:
    first = events_of(text)[0]
    assert (first.trigger, first.actor) == ("أعلنت", actor)


def test_a_light_verb_is_not_part_of_the_actor() -> None:
    events = events_of("أعلنت رئاسة الحكومة أن رئيس الحكومة سيؤدي زيارة إلى الجزائر الأسبوع القادم.")
    (visit,) = of_type(events, "visit")
    assert visit.actor == "رئيس الحكومة"


def test_two_explicit_dates_give_two_agreements() -> None:
    text = "وفي سنة 2014، وقع البلدان اتفاقية للتعاون الأمني، كما اتفقا في 12 ماي 2016 على فتح معبر حدودي جديد."
    agreements = of_type(events_of(text, dt.date(2019, 7, 18)), "agreement")
    assert [(e.trigger, e.date, e.date_source) for e in agreements] == [
        ("وقع", "2014", "explicit"),
        ("اتفقا", "2016-05-12", "explicit"),
    ]
    assert agreements[1].actor == "البلدان"


@pytest.mark.parametrize(
    "text",
    [
        "وبلغت قيمة المبادلات التجارية 1.5 مليار دينار سنة 2018.",
        "في حين يبلغ عمر الاتفاقية الأولى 30 عاما.",
        "ويبلغ عدد السكان نحو مليون نسمة.",
    ],
)
def test_amounting_to_is_no_statement(text: str) -> None:
    assert of_type(events_of(text), "statement") == []


def test_informing_someone_is_a_statement() -> None:
    (statement,) = of_type(events_of("وأبلغ الوزير نظيره أمس أن بلاده ترفض المقترح."), "statement")
    assert statement.actor == "الوزير"


def test_an_arrival_dated_by_mundhu() -> None:
    text = "وقال مصدر دبلوماسي إن الاجتماع تأجل، مشيرا إلى أن الوفد الجزائري وصل منذ يومين."
    (visit,) = of_type(events_of(text), "visit")
    assert (visit.trigger, visit.actor, visit.date) == ("وصل", "الوفد الجزائري", "2024-04-08")


def test_a_verb_with_an_object_pronoun() -> None:
    events = events_of("وكان الرئيس قد استقبل أمس وزير الخارجية، بعد أن التقاه في منتصف مارس الماضي.")
    assert sorted((e.type, e.trigger) for e in events) == [("meeting", "التقاه"), ("visit", "استقبل")]


def test_hosting_needs_a_guest() -> None:
    text = "بعد موسم حج استقبلت فيه المملكة نحو 1.7 مليون حاج."
    assert of_type(events_of(text), "visit") == []


def test_a_court_sentence_is_a_measure() -> None:
    text = "قضت محكمة الجنح أمس بحبس صاحب الصفحة سنتين وتغريمه ألف جنيه."
    (measure,) = of_type(events_of(text), "measure")
    assert (measure.trigger, measure.actor, measure.date) == ("قضت", "محكمة الجنح", "2024-04-09")


def test_a_statement_in_a_relative_ma_is_no_event() -> None:
    events = events_of("ونددت أحزاب معارضة أمس بما وصفته إقصاء ممنهجا للمنافسين.")
    assert [e.type for e in events] == ["accusation"]


def test_a_statement_document_names_its_issuer() -> None:
    text = "أعلنت وزارة الطاقة أمس خفض الإنتاج.\nوأوضح بيان الوزارة أن الخطوة احترازية."
    (statement,) = of_type(events_of(text), "statement")
    assert (statement.actor, statement.mentions) == ("وزارة الطاقة", (0, 1))


def test_a_weak_noun_is_not_dated_by_since() -> None:
    text = "وبحث الرئيس مع الوفد مسار الإصلاحات المطلوبة لاستئناف المفاوضات المتعثرة منذ أبريل 2022."
    assert [(e.type, e.trigger) for e in events_of(text)] == [("meeting", "وبحث")]


def test_a_call_made_with_a_suffixed_light_verb_is_dated_by_its_clause() -> None:
    text = "وتأتي الزيارة بعد اتصال هاتفي أجراه الرئيس مع نظيره في ديسمبر الماضي، اتفق الجانبان خلاله على تشكيل لجنة."
    (meeting,) = of_type(events_of(text), "meeting")
    assert (meeting.trigger, meeting.date) == ("اتصال", "2023-12")


def test_an_adjective_after_a_statement_noun_is_no_agent() -> None:
    events = events_of("ونددت أحزاب معارضة، في بيان مشترك صدر أمس، بإقصاء المنافسين.")
    assert [(e.type, e.actor) for e in events] == [("accusation", "أحزاب معارضة")]


def test_the_announcer_froze_the_accounts_and_its_comment_is_part_of_the_act() -> None:
    text = "وكان البنك المركزي قد أعلن أمس تجميد حسابات الشركة، في خطوة قال إنها تهدف إلى حماية المودعين."
    events = events_of(text)
    assert [(e.type, e.trigger, e.actor, e.date) for e in events] == [
        ("measure", "تجميد", "البنك المركزي", "2024-04-09")
    ]


def test_after_an_it_keeps_the_subject_of_the_main_verb() -> None:
    events = events_of("وكان الرئيس قد استقبل أمس وزير الخارجية، بعد أن التقاه في منتصف مارس الماضي.")
    (meeting,) = of_type(events, "meeting")
    assert (meeting.actor, meeting.date) == ("الرئيس", "2024-03")


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("وأعلنت وزارة الخارجية أن الوزير سيتوجه الأحد المقبل إلى دمشق.", "visit", "الوزير"),
        ("أعلنت رئاسة الحكومة أمس أن رئيس الحكومة سيؤدي زيارة إلى الجزائر الأسبوع القادم.", "visit", "رئيس الحكومة"),
    ],
)
def test_an_institution_announcing_its_officials_act_is_that_act_alone(text: str, kind: str, actor: str) -> None:
    events = events_of(text)
    assert [(e.type, e.actor) for e in events] == [(kind, actor)]
    assert events[0].date != "2024-04-09"  # dated by its own clause, not by the announcement


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت وزارة الداخلية أن مسلحين هاجموا مركزا للشرطة.",
        "وأعلنت وزارة الخارجية أن رئيس الوزراء الفرنسي سيزور الجزائر.",
    ],
)
def test_an_announcement_of_anothers_act_gives_both(text: str) -> None:
    kinds = [e.type for e in events_of(text)]
    assert len(kinds) == 2 and kinds[0] == "statement"


def test_an_attribution_with_a_date_of_its_own_is_a_report_dated_by_it() -> None:
    text = "وكانت الصادرات قد تراجعت منذ مطلع العام، وفق ما ذكره المعهد الوطني في تقرير نشره الأسبوع الماضي."
    (statement,) = of_type(events_of(text), "statement")
    assert (statement.trigger, statement.date) == ("ذكره", "2024-W14")


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("وارتفعت الأسعار، وفق ما ذكره المعهد الوطني.", ["المعهد الوطني"]),  # a reporting frame
        ("وارتفعت الأسعار، حسبما ذكر المعهد الوطني.", []),  # an attribution
        ("وارتفعت الأسعار، بحسب المعهد الوطني.", []),
    ],
)
def test_wafqa_ma_frames_a_report_hasabama_attributes(text: str, actors: list[str]) -> None:
    assert [e.actor for e in of_type(events_of(text), "statement")] == actors


def test_an_own_act_named_by_a_light_verb_and_its_noun() -> None:
    text = "وكانت وزارة الدفاع قد أعلنت الشهر الماضي أنها نفذت ضربات على مواقع في سوريا."
    events = events_of(text)
    assert [(e.type, e.trigger, e.actor, e.date) for e in events] == [("attack", "ضربات", "وزارة الدفاع", "2024-03")]


def test_what_a_denial_denies_has_not_happened() -> None:
    events = events_of("ونفى مكتب رئيس الوزراء أمس أن تكون الحكومة قد وافقت على جميع البنود.")
    assert [e.type for e in events] == ["denial"]


def test_the_agent_of_a_visit_comes_after_its_light_verb() -> None:
    (visit,) = of_type(events_of("وتأتي الخطوة بعد زيارة قام بها وزير الخارجية العراقي إلى واشنطن."), "visit")
    assert visit.actor == "وزير الخارجية العراقي"


def test_a_verb_with_its_object_is_no_agent() -> None:
    events = events_of("وقال في مؤتمر صحفي عقده في الدوحة إن الاتفاق جاء بعد مفاوضات شاقة.")
    assert all(e.actor is None for e in events)


def test_welcoming_is_a_statement() -> None:
    (statement,) = of_type(events_of("ورحب الرئيس الأمريكي بالإعلان، مؤكدا أن بلاده ستعمل على تنفيذه."), "statement")
    assert (statement.trigger, statement.actor) == ("ورحب", "الرئيس الأمريكي")


def test_a_subject_must_reach_its_verb() -> None:
    text = "ويأتي الهجوم بعد يومين من زيارة قام بها الوزير إلى واشنطن بحث خلالها مع نظيره مستقبل التحالف."
    (meeting,) = of_type(events_of(text), "meeting")
    assert meeting.actor is None


def test_hosting_a_guest_named_without_a_title_is_a_visit() -> None:
    (visit,) = of_type(events_of("واستقبل الرئيس تبون صباح اليوم أنطونيو كوستا بمقر الرئاسة."), "visit")
    assert (visit.trigger, visit.date) == ("واستقبل", "2024-04-10")


def test_a_negated_verb_is_no_event() -> None:
    assert events_of("ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.") == []


def test_a_description_after_bi_annahu_is_no_event() -> None:
    events = events_of('وأدانت الهيئة الهجوم، ووصفته بأنه "اعتداء صارخ على السيادة".')
    assert [e.type for e in events] == ["accusation"]


def test_a_metaphorical_blow_is_no_attack() -> None:
    assert of_type(events_of("ويعد التصعيد الأخير ضربة قوية للجهود الدبلوماسية."), "attack") == []


def test_talks_that_go_on_are_a_meeting() -> None:
    (meeting,) = of_type(events_of("وفي الدوحة، تواصلت المفاوضات غير المباشرة لليوم الثالث."), "meeting")
    assert meeting.trigger == "المفاوضات" and meeting.actor is None


def test_the_victims_of_a_killing_are_not_its_actor() -> None:
    (attack,) = of_type(events_of("وأسفر الانفجار عن مقتل ثلاثة جنود أمس."), "attack")
    assert attack.actor is None


def test_a_strike_verb_and_its_noun_are_one_act_dated_by_the_announcement() -> None:
    text = (
        "وكانت القيادة المركزية قد أعلنت يوم الجمعة الماضي أنها شنت غارات على أهداف، "
        "ردا على مقتل جنود أواخر الشهر الماضي."
    )
    attacks = of_type(events_of(text), "attack")
    assert [(e.trigger, e.actor, e.date) for e in attacks] == [
        ("شنت", "القيادة المركزية", "2024-04-05"),
        ("مقتل", None, "2024-03"),
    ]


def test_a_killing_since_dawn_is_dated_by_since_when_nothing_else_dates_it() -> None:
    text = "قالت وزارة الصحة إن 25 شخصا قتلوا في غارات على مناطق متفرقة من القطاع منذ فجر اليوم الأربعاء."
    (attack,) = of_type(events_of(text), "attack")
    assert attack.date == "2024-04-10"


def test_more_on_an_attack_told_before_is_no_new_attack() -> None:
    text = (
        "أفاد مصدر أمني بأن هجوما بطائرة مسيرة استهدف مساء أمس موقعا عسكريا.\n"
        "وقال المصدر إن الهجوم أسفر عن مقتل عنصرين وإصابة ثلاثة آخرين."
    )
    (attack,) = of_type(events_of(text), "attack")
    assert attack.mentions == (0, 1) and attack.date == "2024-04-09"


def test_what_a_warning_warns_of_past_its_subject_is_no_event() -> None:
    text = "وحذر رئيس الوزراء العراقي من أن استمرار الضربات قد يجر المنطقة إلى الحرب."
    assert [e.type for e in events_of(text)] == ["warning"]


def test_a_noun_after_a_demonstrative_recalls_and_a_date_after_wa_baada_is_not_its_own() -> None:
    text = (
        "وتأتي هذه الزيارة بعد أسبوع من عيد الفطر، وبعد زيارة أداها وزير الخارجية البرتغالي إلى الجزائر في مارس الماضي."
    )
    (visit,) = of_type(events_of(text), "visit")
    assert (visit.trigger, visit.actor, visit.date) == ("زيارة", "وزير الخارجية البرتغالي", "2024-03")


def test_quoting_a_source_past_the_agencys_name_is_a_report_of_another_act() -> None:
    text = "ونقلت وكالة أنباء الشرق الأوسط عن مصدر دبلوماسي قوله إن وفدا مصريا سيتوجه إلى بيروت الأسبوع المقبل."
    events = events_of(text)
    assert [(e.type, e.actor) for e in events] == [
        ("statement", "وكالة أنباء الشرق الأوسط"),
        ("visit", "وفدا مصريا"),
    ]


def test_moving_things_is_no_report() -> None:
    assert of_type(events_of("ونقلت سيارات الإسعاف الجرحى إلى المستشفى."), "statement") == []


def test_a_round_of_talks_is_a_meeting_not_a_visit() -> None:
    events = events_of("وانتهت أمس جولة مفاوضات جديدة بين الطرفين في القاهرة.")
    assert [e.type for e in events] == ["meeting"]


def test_what_an_agreement_provides_for_is_no_event() -> None:
    text = "وأوضح المصدر أن المقترح ينص على هدنة من ثلاث مراحل."
    assert [e.type for e in events_of(text)] == ["statement"]


def test_the_act_an_accusation_names_recalls_the_attack_told_before() -> None:
    text = (
        "قتل 15 مدنيا في قصف مدفعي استهدف أحياء سكنية في المدينة صباح اليوم.\n"
        "واتهمت اللجان قوات الدعم السريع بقصف المدينة."
    )
    events = events_of(text)
    assert [(e.type, e.mentions) for e in events] == [("attack", (0, 1)), ("accusation", (1,))]


def test_ordering_detention_is_a_measure() -> None:
    (measure,) = of_type(events_of("أمرت النيابة العامة أمس بحبس مدير المستشفى أربعة أيام."), "measure")
    assert (measure.actor, measure.date) == ("النيابة العامة", "2024-04-09")
