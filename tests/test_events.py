"""Events end to end, one test per class of error seen on real news (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from reader import analyse
from reader.io.document import load_text
from reader.model import Event

SUNDAY = dt.date(2024, 3, 17)  # الخميس is 2024-03-14, السبت 2024-03-16


def events_of(text: str, published: dt.date | None = SUNDAY) -> list[Event]:
    return list(analyse(load_text(text), published).events)


def kinds(text: str) -> list[str]:
    return [e.type for e in events_of(text)]


# --- one speaker, one event -------------------------------------------------------------------


def test_continuations_of_a_speaker_are_one_statement() -> None:
    text = (
        "قال وزير المالية المغربي إن الحكومة ستخفض الضرائب على الشركات الصغيرة.\n"
        "وأضاف أن الخطة تشمل إعفاءات للمصدرين.\n"
        'وتابع: "لن نرفع الأسعار هذا العام مهما كانت الظروف".\n'
        "وأوضح أن البرلمان سيناقش المشروع قريبا، وأشار إلى دعم النقابات له."
    )
    events = events_of(text)
    statements = [e for e in events if e.type == "statement"]
    assert len(statements) == 1
    assert statements[0].mentions == (0, 1, 2, 3)
    assert statements[0].actor == "وزير المالية المغربي"


def test_plural_speakers_going_on_in_the_plural_are_one_statement() -> None:
    # the verb before its subject is singular (وقال مزارعون), the same speakers' next verb plural
    text = (
        "وقال مزارعون من القرية لإذاعة محلية إن الجفاف أتلف محصول القمح هذا الموسم.\n"
        "وأضافوا أن السدود لم تفتح بعد.\n"
        "وأوضحوا أنهم ينتظرون تعويضات من الوزارة."
    )
    statements = [e for e in events_of(text) if e.type == "statement"]
    assert [(s.actor, s.mentions) for s in statements] == [("مزارعون", (0, 1, 2))]
    # a plural act of its own (they threatened) after one man's words is not his words
    events = events_of("وقال المراسل إن عشرات العمال تجمعوا أمام المصنع. وهددوا بالإضراب المفتوح.")
    assert ("warning", 1) in [(e.type, e.sentence) for e in events]


def test_the_speaker_named_again_is_the_same_statement() -> None:
    text = (
        "قالت المتحدثة باسم الحكومة الأردنية، جمانة العلي، إن الحدود ستبقى مفتوحة.\n"
        "ووصف مراسلون الوضع عند المعبر بالهادئ.\n"
        "وقالت العلي إن الشاحنات تعبر دون تأخير."
    )
    statements = [e for e in events_of(text) if e.type == "statement"]
    by_speaker = [e for e in statements if e.actor and "العلي" in e.actor]
    assert len(by_speaker) == 1 and by_speaker[0].mentions == (0, 2)


def test_a_verbal_noun_spelt_as_its_verb_after_tamma_has_no_actor() -> None:
    # منع is its own verbal noun: after تم it names no one, what follows is who suffered it
    events = events_of("وقد تم منع المشجعين من دخول الملعب بعد الأحداث.")
    assert [(e.type, e.actor) for e in events] == [("measure", None)]
    events = events_of("وقد منعت الشرطة المشجعين من دخول الملعب.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الشرطة")]


def test_an_interview_is_where_words_are_said_not_a_meeting() -> None:
    events = events_of("وقال وزير الصحة في حوار خاص بثته قناة محلية مساء أمس إن المستشفيات جاهزة.")
    assert [(e.type, e.actor, e.date) for e in events] == [("statement", "وزير الصحة", "2024-03-16")]
    events = events_of("وأوضحت الوزيرة في لقاء إعلامي اليوم أن الموسم الفلاحي واعد.")
    assert [(e.type, e.date) for e in events] == [("statement", "2024-03-17")]
    # a talk between two parties stays a meeting
    assert kinds("والتقى الوزير أمس نظيره المغربي في لقاء مطول.") == ["meeting"]


def test_a_stance_stated_is_no_speaker() -> None:
    # right after the verb, or after a definite subject, a stance's noun is what is stated
    text = (
        "قالت رئيسة البلدية إن الأشغال ستنطلق قريبا.\n"
        "وأكدت أهمية إشراك السكان في المشروع.\n"
        "كما أكدت حرص البلدية على احترام الآجال."
    )
    statements = [e for e in events_of(text) if e.type == "statement"]
    assert [(e.actor, e.mentions) for e in statements] == [("رئيسة البلدية", (0, 1, 2))]
    events = events_of("وأكد المدير التزام الشركة بدفع الأجور كاملة.")
    assert [(e.type, e.actor) for e in events] == [("statement", "المدير")]


def test_words_told_as_said_before_are_another_statement() -> None:
    text = (
        "وكانت النقابة قد ذكرت سابقا أن المفاوضات مع الإدارة متعثرة.\n"
        "وقالت النقابة في بيانها إن الإضراب سيستمر إلى حين تسوية الملف."
    )
    statements = [e for e in events_of(text) if e.actor == "النقابة"]
    assert [e.mentions for e in statements] == [(0,), (1,)]
    # a verb that goes on with the words is the same statement, what it says before or not
    text = "وصرح المدير في وقت سابق بأن المصنع سيفتح أبوابه.\nوأضاف المدير أن العمال سيعودون تدريجيا."
    statements = [e for e in events_of(text) if e.actor == "المدير"]
    assert [e.mentions for e in statements] == [(0, 1)]


def test_a_verb_of_another_gender_does_not_continue_the_speaker() -> None:
    text = "قال قائد الشرطة إن الطريق أغلق صباحا.\nوأفادت مصادر محلية بأن الحركة عادت بعد الظهر."
    statements = [e for e in events_of(text) if e.type == "statement"]
    assert len(statements) == 2


def test_a_dependent_of_another_party_is_not_that_party() -> None:
    text = "قال الرئيس السابق، فؤاد المعلم، إنه لن يترشح.\nوقال محامي المعلم إن موكله بريء من التهم."
    statements = [e for e in events_of(text) if e.type == "statement"]
    assert len(statements) == 2


# --- what a statement says gives its type -------------------------------------------------------


def test_saying_someone_is_responsible_is_an_accusation() -> None:
    events = events_of("قال وزير الداخلية إن جماعة مسلحة مسؤولة عن الهجوم على الحافلة.")
    assert events[0].type == "accusation" and events[0].actor == "وزير الداخلية"
    assert "statement" not in [e.type for e in events]


def test_announcing_nothing_was_found_is_a_denial() -> None:
    assert "denial" in kinds("أعلنت وزارة الصحة أن الأنباء عن تفشي الوباء عارية عن الصحة.")


def test_rejecting_accusations_is_a_denial() -> None:
    assert kinds("رفض المتحدث باسم الحركة الاتهامات الموجهة إليها رفضا قاطعا.") == ["denial"]


def test_a_warning_verb_is_a_warning_and_condemning_an_accusation() -> None:
    assert kinds("حذر رئيس الوزراء من عواقب التصعيد على الحدود.") == ["warning"]
    assert kinds("دانت الخارجية الكويتية التفجير الذي استهدف مسجدا في المدينة.")[0] == "accusation"


# --- acts the reader used to miss ----------------------------------------------------------------


def test_passive_killings_and_arrests_are_events() -> None:
    assert kinds("اغتيل الصحفي المعروف برصاص مسلحين أمام منزله.") == ["attack"]
    assert kinds("واعتقل ثلاثة مشتبه بهم بعد المداهمة.") == ["measure"]
    assert kinds("أقيل مدير الميناء إثر الحادث.") == ["measure"]


def test_nominal_measures_with_a_date_or_a_light_verb_are_events() -> None:
    assert kinds("قدم رئيس البلدية استقالته الخميس.") == ["measure"]
    assert kinds("أعلنت الحكومة إعادة فتح السفارات المغلقة.") == ["measure"]


def test_a_phone_call_is_a_meeting() -> None:
    (event,) = events_of("أجرى الملك اتصالا هاتفيا بالرئيس الفرنسي أمس.")
    assert (event.type, event.date) == ("meeting", "2024-03-16")


def test_a_sentence_listing_dated_acts_gives_one_event_for_each() -> None:
    text = "في 3 مايو 1990 اغتيل رئيس الحزب، وفي 12 يونيو 1991 اغتيل نائبه، وفي 20 يوليو 1992 قتل أمين صندوقه."
    events = events_of(text)
    assert [(e.type, e.date) for e in events] == [
        ("attack", "1990-05-03"),
        ("attack", "1991-06-12"),
        ("attack", "1992-07-20"),
    ]


# --- actors -------------------------------------------------------------------------------------


def test_the_actor_is_the_subject_not_an_adverb_or_the_object() -> None:
    (event,) = events_of("انتقد دائما زعيم المعارضة سياسات الحكومة الاقتصادية.")
    assert event.actor == "زعيم المعارضة"
    (event,) = events_of("فرضت الولايات المتحدة عقوبات جديدة على شركات الشحن.")
    assert event.actor == "الولايات المتحدة"


def test_a_count_written_out_after_an_arrest_s_verb_is_whom_it_held() -> None:
    for text in ("وطوقت قوات الأمن الحي واعتقلت عشرين شابا.", "وطوقت قوات الأمن الحي وأوقفت ثلاثة شبان."):
        assert [(e.type, e.actor) for e in events_of(text)] == [("measure", None)]
    # a count before a visit's other words is who went
    (visit,) = events_of("وزار ثلاثة نواب المستشفى أمس.")
    assert visit.type == "visit" and visit.actor is not None and visit.actor.startswith("ثلاثة نواب")


def test_a_body_s_noun_with_the_article_is_no_first_name() -> None:
    # a definite word no list knows, then a bare one, then a date, reads as a first name and a family
    # name (قال المنجي عيادي أمس); a body's noun (المجلس) is none: what follows it is its object
    (event,) = events_of("وأقر المجلس مشروع الموازنة يوم الأحد.")
    assert (event.type, event.actor) == ("measure", "المجلس")
    (event,) = events_of("وقال الهادي بوعزيز إن الاتحاد سيقاطع الانتخابات.")
    assert event.actor == "الهادي بوعزيز"


def test_a_title_keeps_the_name_after_it() -> None:
    event = events_of("قال المتحدث باسم الجيش، العقيد سالم الهاشمي، إن الوحدات انسحبت.")[0]
    assert (event.type, event.actor) == ("statement", "المتحدث باسم الجيش، العقيد سالم الهاشمي")


def test_what_the_attack_told_before_did_is_that_attack() -> None:
    text = "شنت مقاتلات الجيش غارات على مواقع للمسلحين يوم السبت.\nواستهدفت الغارات مستودعا للذخيرة قرب الجسر."
    events = events_of(text)
    assert [(e.type, e.date, e.mentions) for e in events] == [("attack", "2024-03-16", (0, 1))]
    # told first, the noun's verb is the attack itself
    assert kinds("واستهدفت الغارات مستودعا للذخيرة قرب الجسر.") == ["attack"]


def test_a_name_that_carries_a_title_s_word_is_whole() -> None:
    text = "قال وزير المالية الهادي قائد الزين إن الموازنة جاهزة.\nوأضاف قائد الزين أن العجز سينخفض."
    statements = [e for e in events_of(text) if e.type == "statement"]
    assert [(e.actor, e.mentions) for e in statements] == [("وزير المالية الهادي قائد الزين", (0, 1))]
    (event,) = events_of("ودعا الهادي قائد الزين المستثمرين إلى العودة.")  # the name ends, the object follows
    assert event.actor == "الهادي قائد الزين"
    (visit,) = events_of("واستقبل الرئيس التونسي قائد الجيش في القصر.")  # a country's nisba: قائد is whom
    assert visit.actor == "الرئيس التونسي"


def test_a_rank_after_a_title_s_genitive_opens_the_name_and_the_surname_goes_on() -> None:
    text = "قال قائد الحرس العقيد «مروان الشامي»، يوم الخميس، إن المعبر سيفتح.\nوأشار «الشامي» إلى أن الطوابير طويلة."
    statements = [e for e in events_of(text) if e.type == "statement"]
    assert [(e.actor, e.mentions) for e in statements] == [("قائد الحرس العقيد «مروان الشامي»", (0, 1))]
    (event,) = events_of("قال المتحدث باسم الشرطة العقيد مروان الشامي إن المعبر سيفتح.")
    assert event.actor == "المتحدث باسم الشرطة العقيد مروان الشامي"
    (visit,) = events_of("استقبل الرئيس الشيخ مروان الشامي في القصر.")  # after a bare title: whom he met
    assert visit.actor == "الرئيس"


def test_a_name_quoted_right_after_a_report_verb_is_its_subject() -> None:
    told = [
        ('وذكرت "الصباح" أن البرلمان سيناقش الميزانية.', "الصباح"),
        ('أفاد "مرصد الحقوق" نقلا عن شهود أن الشرطة فرقت المحتجين.', "مرصد الحقوق"),
        ('وقال "أبو سليم" للصحفيين إن القافلة عبرت الحدود.', "أبو سليم"),
    ]
    for text, actor in told:
        assert [(e.type, e.actor) for e in events_of(text)][:1] == [("statement", actor)], text
    # quoted words that what was said does not follow are the words said, not a speaker
    said = events_of('وقال "لن نقبل بذلك" ثم انسحب من القاعة.')
    assert [(e.type, e.actor) for e in said][:1] == [("statement", None)]


def test_an_adjective_of_the_statement_is_no_speaker() -> None:
    # في حوار سابق، في بيان جديد: the adjective describes where it was said; the speaker comes after
    assert events_of("وكشف في حوار سابق، أن الشركة ستغلق فرعها في المدينة.")[0].actor is None
    assert events_of("أعلن في بيان جديد أن المصنع سيغلق.")[0].actor is None
    event = events_of("وأضافت في تصريح حديث، الناطقة باسم الوزارة أن التحقيق متواصل.")[0]
    assert (event.type, event.actor) == ("statement", "الناطقة باسم الوزارة")


def test_a_name_goes_on_after_bin() -> None:
    # a first name with the article, then بن/بنت and the father's: one name
    assert events_of("وأكد المنجي بن صالح أن المعمل سيغلق.")[0].actor == "المنجي بن صالح"
    assert events_of("وأوضحت ليلى بنت سالم أن المدرسة أغلقت أبوابها.")[0].actor == "ليلى بنت سالم"


def test_a_family_name_after_a_first_name_with_the_article() -> None:
    # an unknown bare word after an unknown definite one, before what was said or a title: a name
    assert events_of("وقال المنجي عيادي إن المصنع سيغلق.")[0].actor == "المنجي عيادي"
    assert events_of("صرح الهادي قريرة، المدير الجهوي، بأن الطريق مغلقة.")[0].actor == "الهادي قريرة"
    # a name after a title's complement, its family name with the article, before a date
    event = events_of("كشف وزير الثقافة منير البوزيدي اليوم أن المهرجان سيقام.")[0]
    assert event.actor == "وزير الثقافة منير البوزيدي"
    # the object after a definite subject stays the object, and so does a verbal noun
    assert events_of("اتهم الجيش مسلحين بمهاجمة القرية.")[0].actor == "الجيش"
    assert events_of("وستتولى الوزارة اطلاع المواطنين على النتائج.")[0].actor == "الوزارة"


def test_who_managed_to_arrest_did_it_past_places_dates_and_commas() -> None:
    # تمكن ... من + the act: its subject is the act's, however long the adjuncts before من
    event = events_of("تمكن أعوان الشرطة البلدية بالحي الجنوبي ليلة السبت 4 نوفمبر، من إيقاف لصين.")[0]
    assert (event.type, event.actor) == ("measure", "أعوان الشرطة البلدية")
    event = events_of("تمكنت فرقة الحماية التابعة لبلدية المدينة بإسناد من الحرس من القبض على السارق.")[0]
    assert (event.type, event.actor) == ("measure", "فرقة الحماية التابعة لبلدية المدينة")


def test_one_charged_with_a_portfolio_keeps_it() -> None:
    # المكلف بـ: a title whose portfolio comes with ب, then the name in apposition
    event = events_of("قال المكلف بالإعلام في البلدية، كريم العياري، إن الأشغال ستنتهي قريبا.")[0]
    assert event.actor == "المكلف بالإعلام في البلدية، كريم العياري"
    assert events_of("وأوضحت المكلفة بالاتصال بالوزارة أن الموعد تأجل.")[0].actor == "المكلفة بالاتصال"


def test_a_source_keeps_where_it_is() -> None:
    # مصدر من/في/بـ + the body it is in: part of who spoke; not بالقرب من (where it was)
    assert events_of("وقال مصدر من الشرطة المحلية إن المشتبه به فر.")[0].actor == "مصدر من الشرطة المحلية"
    assert events_of("وأكدت مصادر في وزارة الصحة أن الوباء انحسر.")[0].actor == "مصادر في وزارة الصحة"
    assert events_of("قال مصدر بالبلدية، لإذاعة محلية، إن السوق أغلقت.")[0].actor == "مصدر بالبلدية"
    assert events_of("وقال مصدر بالقرب من الحدود إن القصف توقف.")[0].actor == "مصدر"


def test_a_deputy_keeps_whom_they_sit_for() -> None:
    # النائب عن + a party: part of who spoke, with the name after it; عن after another title is "about"
    event = events_of("صرح النائب عن كتلة الخضر، سمير القاسمي، بأن الميزانية غير واقعية.")[0]
    assert event.actor == "النائب عن كتلة الخضر، سمير القاسمي"
    assert events_of("وقال الوزير عن الحادث إنه مؤسف.")[0].actor == "الوزير"


def test_the_victim_of_a_passive_killing_is_no_actor() -> None:
    (event,) = events_of("قتل الطبيب المتطوع في قصف على المستشفى.")
    assert event.type == "attack"
    assert event.actor is None or "الطبيب" not in event.actor


def test_the_subject_of_a_pluperfect_stands_before_the_verb() -> None:
    (event,) = events_of("وكانت الجزائر قد استدعت سفيرها لدى باريس للتشاور.")
    assert (event.type, event.actor) == ("measure", "الجزائر")


def test_a_second_verb_of_the_same_subject_keeps_it() -> None:
    meeting, agreement = events_of("اجتمع وزير الري بنظيره الإثيوبي، ووقع اتفاقا لتقاسم مياه النهر.")
    assert (meeting.type, meeting.actor, agreement.type, agreement.actor) == (
        "meeting",
        "وزير الري",
        "agreement",
        "وزير الري",
    )
    measure, statement = events_of("طردت الحكومة الملحق العسكري، وأصدرت بيانا شديد اللهجة.")
    assert (measure.actor, statement.type, statement.actor) == ("الحكومة", "statement", "الحكومة")
    attack, measure = events_of("اقتحمت الشرطة مقر الجمعية، واعتقلت شابا يعمل فيها.")
    assert (attack.actor, measure.type, measure.actor) == ("الشرطة", "measure", "الشرطة")
    measure, statement = events_of("قطعت ألمانيا علاقاتها مع الحركة، ودعت روسيا إلى التهدئة.")
    assert (measure.actor, statement.type, statement.actor) == ("ألمانيا", "statement", "روسيا")


# --- not events ---------------------------------------------------------------------------------


def test_intentions_calls_and_negations_are_not_events() -> None:
    assert kinds("أبدى الوزير استعداده لزيارة تونس في أقرب وقت.") == ["statement"]
    assert kinds("لم يزر الرئيس المدينة منذ سنوات.") == []
    assert "meeting" not in kinds("دعت الأحزاب إلى عقد اجتماع طارئ للبرلمان.")


def test_other_senses_of_a_trigger_are_not_events() -> None:
    assert kinds("غادر النائب القاعة احتجاجا على القرار.") == ["measure"] or "visit" not in kinds(
        "غادر النائب القاعة احتجاجا على القرار."
    )
    assert kinds("وصل عدد الزوار إلى مليون شخص.") == []
    assert kinds("توافقت آراء الخبراء حول أهمية المشروع.") == []


def test_a_subheading_repeating_the_body_adds_no_event() -> None:
    text = (
        "افتتح الوزير المعرض الدولي للكتاب صباح الخميس.\n"
        "الأردن يدين الهجوم\n"
        "دان الأردن الهجوم على القافلة الإنسانية، ووصفه بالجبان."
    )
    accusations = [e for e in events_of(text) if e.type == "accusation"]
    assert len(accusations) == 1 and accusations[0].sentence == 2 and 1 in accusations[0].mentions


# --- dates --------------------------------------------------------------------------------------


def test_a_report_and_what_it_reports_each_keep_their_own_date() -> None:
    events = events_of("قال المتحدث الخميس إن القوات قصفت مواقع المسلحين السبت.")
    dates = {e.type: e.date for e in events}
    assert dates == {"statement": "2024-03-14", "attack": "2024-03-16"}


def test_a_date_in_what_a_report_is_about_dates_that_not_the_report() -> None:
    # أشار إلى، تحدث عن، دعا إلى، حذر من (the entries' "about"): the phrase after the verb or its subject
    cases = [
        "أشار المدير إلى تراجع عدد الزوار في المتاحف الجهوية سنة 2019.",
        "وتحدثت الباحثة عن موجة الجفاف التي ضربت الجنوب قبل أعوام قليلة في ندوة بالعاصمة.",
        "دعت النقابة إلى صرف المنح المتأخرة منذ سنة 2021 لعمال البلديات.",
    ]
    for text in cases:
        (statement,) = [e for e in events_of(text) if e.type == "statement"]
        assert statement.date is None, text
    # what comes before the phrase, or after a comma that closes it, still dates the report
    (before,) = events_of("أشار المدير الخميس إلى تراجع عدد الزوار في المتاحف الجهوية.")
    assert before.date == "2024-03-14"
    (after,) = events_of("وأشار الخبير إلى ارتفاع أسعار الحبوب، السبت، في لقاء إذاعي.")
    assert after.date == "2024-03-16"
    # a relative clause inside the phrase dates the act it tells
    events = events_of("تحدث المحافظ عن الحريق الذي أتى على السوق القديمة يوم السبت.")
    assert {e.type: e.date for e in events}.get("statement") is None
    # the phrase is a pronoun for what was told: the subject and its date come after it
    told = events_of("تراجعت المبيعات، كما أشار إلى ذلك التقرير الصادر الخميس.")
    (told,) = [e for e in told if e.type == "statement"]
    assert told.date == "2024-03-14"


def test_a_date_dates_what_it_follows_not_the_noun_after_it() -> None:
    events = events_of("أعربت الحكومة الكندية عن قلقها الخميس بعد اعتقال الصحفيين.")
    statement = next(e for e in events if e.type == "statement")
    assert statement.date == "2024-03-14"


def test_an_own_act_announced_is_dated_by_its_clause() -> None:
    events = events_of("وكانت تونس قد أعلنت قطع العلاقات مع جارتها السبت بعد اتهامها بدعم المتمردين.")
    measure = next(e for e in events if e.type == "measure")
    assert (measure.actor, measure.date) == ("تونس", "2024-03-16")
    assert "statement" not in [e.type for e in events]


def test_now_or_later_is_no_date_of_a_past_act() -> None:
    warning, denial = events_of(
        "حذرت الهيئة الصحية من موجة حر شديدة خلال الأيام المقبلة.\nونفى مدير المستشفى ما يروج حاليا عن نقص الأدوية."
    )
    assert (warning.type, warning.date, denial.type, denial.date) == ("warning", None, "denial", None)
    visit, inquiry, arrival = events_of(
        "سيزور وزير النقل الميناء قريبا.\nويجري حاليا التحقيق في أسباب الحريق.\nوصل الوفد التجاري مؤخرا إلى الدوحة."
    )
    assert (visit.date, inquiry.date, arrival.date) == ("FUTURE_REF", "PRESENT_REF", "PAST_REF")


def test_a_day_that_comes_back_each_year_dates_no_event() -> None:
    (event,) = events_of("وأحيت الجمعية يوم 9 ماي من كل عام بندوة، وأعلنت فيها عن جائزة جديدة.")
    assert event.date is None
    (event,) = events_of("وأعلنت الجمعية يوم الخميس عن جائزة جديدة.")
    assert event.date == "2024-03-14"


def test_an_undated_event_has_no_date() -> None:
    (event,) = events_of("اتهمت المعارضة الحكومة بتزوير النتائج.")
    assert (event.date, event.granularity, event.date_source, event.timex) == (None, None, "none", None)


def test_deaths_and_wounds_told_with_their_cause_are_one_attack() -> None:
    events = events_of("لقي خمسة مدنيين حتفهم وأصيب عشرة آخرون جراء غارات جوية استهدفت السوق الخميس.")
    attacks = [e for e in events if e.type == "attack"]
    assert len(attacks) == 1 and attacks[0].date == "2024-03-14"


def test_reaching_an_amount_is_no_visit() -> None:
    assert "visit" not in kinds("وصل حجم التبادل التجاري إلى ملياري دولار العام الماضي.")
    assert "visit" not in kinds("وقال التقرير إن مجموع الفديات وصل إلى 300 مليون دولار.")
    assert kinds("وصل وزير الخارجية الإيطالي إلى الجزائر في زيارة رسمية.") == ["visit"]


def test_the_verbs_own_noun_or_participle_adds_no_event() -> None:
    (event,) = events_of("ردت الوزيرة على التقارير، نافية إياها نفيا قاطعا.")
    assert event.type in ("denial", "statement")


def test_what_a_relative_ma_refers_to_is_not_negated() -> None:
    assert "denial" in kinds("واتهمت الصحيفة الوزارة بإخفاء التقرير، وهو ما نفته الوزارة في بيان.")


def test_an_attribution_is_a_statement_that_also_dates_the_act() -> None:
    events = events_of("أغلقت السلطات المعبر الحدودي، وفق ما أعلن المتحدث باسم الداخلية الخميس.")
    assert [(e.type, e.date) for e in events] == [("measure", "2024-03-14"), ("statement", "2024-03-14")]


def test_a_dateline_with_an_agency_in_brackets_is_no_event() -> None:
    events = events_of("عمان - (بترا) - أعلن الأردن الأحد إغلاق المعبر.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الأردن")]


def test_which_confirms_is_no_one_speaking() -> None:
    assert "statement" not in kinds("ارتفعت الصادرات بنسبة كبيرة، ما يؤكد تعافي الاقتصاد.")


def test_no_verb_right_after_a_preposition_or_another_verb() -> None:
    events = events_of("رست السفينة في الميناء بعد رفض دولتين استقبالها.")
    assert "statement" not in [e.type for e in events]


def test_a_legislature_rejecting_or_approving_takes_a_measure() -> None:
    assert kinds("رفض البرلمان مشروع الموازنة بأغلبية كبيرة.") == ["measure"]


def test_a_date_set_off_by_commas_dates_the_act_of_a_relative_clause_before_it() -> None:
    events = events_of("كشف المرصد تفاصيل الهجوم الذي نفذه مسلحون على القرية، السبت، وأدى إلى مقتل عشرة.")
    attack = next(e for e in events if e.type == "attack")
    assert attack.date == "2024-03-16"


def test_a_document_speaks_for_who_issued_it() -> None:
    events = events_of("دانت الجامعة العربية القانون الجديد.\nوشدد البيان على رفض أي خطوة مماثلة.")
    assert [(e.type, e.actor, e.mentions) for e in events] == [("accusation", "الجامعة العربية", (0, 1))]
    events = events_of("قال الوزير إن الحدود مغلقة.\nوقال بيان الوزارة إن المعبر سيفتح غدا.")
    assert [e.actor for e in events if e.type == "statement"] == ["الوزير", "الوزارة"]


def test_a_source_quoted_with_qawluhu_is_the_speaker() -> None:
    (event,) = events_of("ونقلت وكالة الأنباء عن المتحدث قوله إن القافلة وصلت.")[:1]
    assert event.actor == "المتحدث"


def test_a_verbal_noun_with_its_doer_and_object_tells_an_event() -> None:
    events = events_of("جاء ذلك بعد أيام من زيارة وزير إيطالي للعاصمة الليبية.")
    assert [e.type for e in events] == ["visit"]


def test_an_announced_verbal_noun_after_the_subject_is_the_act_announced() -> None:
    assert [(e.type, e.actor) for e in events_of('وأعلنت الحكومة فرض "حظر شامل" على استيراد السيارات.')] == [
        ("measure", "الحكومة")
    ]


def test_a_truce_an_agreement_reaches_is_the_agreement() -> None:
    assert kinds("وتم التوصل إلى الهدنة برعاية قطرية منتصف الليل.") == ["agreement"]


def test_two_verbs_of_one_act_in_a_sentence_are_two_acts() -> None:
    events = events_of("قصفت الطائرات معسكرا شرق المدينة صباح الخميس، كما قصفت مخزنا للسلاح في الجنوب.")
    assert [e.type for e in events] == ["attack", "attack"]


def test_unnamed_sources_far_apart_are_not_one_speaker() -> None:
    text = (
        "وأفادت مصادر عسكرية بأن القوات تقدمت نحو المدينة.\n"
        "وقال المحافظ إن الحياة عادت إلى طبيعتها.\n"
        "وسقطت أمطار غزيرة على المنطقة.\n"
        "وكشفت مصادر عسكرية عن وصول تعزيزات إلى الجبهة."
    )
    assert len([e for e in events_of(text) if e.type == "statement"]) == 3


def test_after_an_complementizer_the_subject_comes_before_the_verb() -> None:
    events = events_of("ذكرت الوكالة اليوم أن وفدا تجاريا يزور الجزائر.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الوكالة"), ("visit", "وفدا تجاريا")]


def test_a_present_report_inside_what_is_said_is_no_speaker() -> None:
    events = events_of("ويقول الخبراء إن الأرقام الجديدة تشير إلى تباطؤ النمو.")
    assert [e.type for e in events] == ["statement"]


def test_a_reception_is_a_meeting() -> None:
    assert kinds("وأقيم حفل استقبال على شرف الوفد يوم الثلاثاء.") == ["meeting"]


def test_a_noun_coordinated_after_a_definite_noun_is_no_new_clause() -> None:
    events = events_of("أعلنت السلطات فرض قانون الطوارئ وحظر التجول في المدينة يوم الخميس.")
    assert [(e.type, e.actor) for e in events] == [("measure", "السلطات")]


def test_a_name_beginning_with_fa_is_no_verb() -> None:
    events = events_of("التقى الرئيس فيصل بن سلمان بالسفير الأمريكي يوم السبت.")
    assert [(e.type, e.actor) for e in events] == [("meeting", "الرئيس فيصل بن سلمان")]


def test_a_detention_by_its_other_noun_is_a_measure() -> None:
    assert kinds("أعلنت الشرطة إيقاف ثلاثة مشتبه بهم يوم الخميس.") == ["measure"]


def test_a_possibility_before_an_reaches_across_the_complementizer() -> None:
    assert kinds("ومن السيناريوهات المطروحة أن تقصف الطائرات الميناء الأسبوع المقبل.") == []


def test_a_relative_clause_on_the_subject_ends_at_the_sentence_verb() -> None:
    events = events_of("النواب الذين يمثلون المعارضة في البرلمان حذروا من رفع الأسعار يوم السبت.")
    assert [(e.type, e.actor, e.date) for e in events] == [("warning", "النواب", "2024-03-16")]


def test_the_verb_after_a_relative_clause_has_the_opening_noun_for_subject() -> None:
    events = events_of("الوفد الذي وصل إلى القاهرة مساء الخميس وقع اتفاقا للتعاون التجاري يوم السبت.")
    assert ("agreement", "الوفد", "2024-03-16") in [(e.type, e.actor, e.date) for e in events]


def test_the_act_a_verb_is_in_is_the_same_act() -> None:
    events = events_of("وصل وزير الخارجية الإيطالي برفقة وفد من رجال الأعمال مساء الخميس في أول زيارة له.")
    assert [(e.type, e.actor, e.date) for e in events] == [("visit", "وزير الخارجية الإيطالي", "2024-03-14")]


def test_a_letter_or_a_shipment_arriving_is_no_visit() -> None:
    assert kinds("وصلت رسالة من الرئيس إلى أعضاء البرلمان يوم الخميس.") == []
    assert kinds("وصلت رئيسة الوزراء إلى الميناء يوم الخميس.") == ["visit"]


def test_lam_after_a_word_that_takes_it_is_no_purpose() -> None:
    assert kinds("وقع مساء السبت تبادل لإطلاق النار بين دورية للشرطة ومهربين قرب الحدود.") == ["attack"]
    events = events_of("أرسلت الحكومة قوات إلى الحدود يوم السبت لمنع تقدم المهربين.")
    assert [(e.type, e.trigger) for e in events] == [("measure", "أرسلت")]  # لمنع: its purpose


def test_after_a_complementizer_with_a_pronoun_what_follows_the_verb_is_no_subject() -> None:
    events = events_of("وأعلنت وزارة الخارجية في بيان أنها رفضت منح التأشيرات للنواب يوم السبت.")
    assert [(e.type, e.actor) for e in events] == [("statement", "وزارة الخارجية")]


def test_a_speech_noun_after_a_title_is_no_part_of_the_name() -> None:
    events = events_of("قال وزير العدل في مقابلة إن الشرطة اعتقلت المشتبه به يوم السبت.")
    assert [(e.type, e.actor) for e in events] == [("statement", "وزير العدل"), ("measure", "الشرطة")]


def test_a_spokesman_after_the_verb_is_its_speaker() -> None:
    events = events_of("قال متحدث عسكري لوكالة الأنباء الرسمية إن القوات انسحبت من القرية يوم السبت.")
    assert [(e.type, e.actor) for e in events] == [("statement", "متحدث عسكري"), ("measure", "القوات")]


def test_whom_a_source_spoke_to_is_no_part_of_the_source() -> None:
    events = events_of("قالت مصادر مطلعة لصحيفة محلية إن المحادثات ستبدأ الأسبوع المقبل.")
    # the talks announced for next week are a meeting of their own (GUIDELINES: an announced plan)
    assert [(e.type, e.actor) for e in events] == [("statement", "مصادر مطلعة"), ("meeting", None)]


def test_after_a_light_verb_comes_a_noun() -> None:
    events = events_of("وقد تم فتح تحقيق في الحادث يوم السبت.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", None, "2024-03-16")]


def test_an_act_during_an_earlier_one_takes_its_date() -> None:
    events = events_of("وعقد الوزيران اجتماعا مطولا في القصر يوم الخميس، اتفقا خلاله على فتح المعابر.")
    assert [(e.type, e.date) for e in events] == [("meeting", "2024-03-14"), ("agreement", "2024-03-14")]


def test_the_object_before_ba_is_no_part_of_the_subject() -> None:
    accusations = [e for e in events_of("اتهم الجيش المتمردين بقصف الأحياء السكنية.") if e.type == "accusation"]
    assert [e.actor for e in accusations] == ["الجيش"]
    # (calling an attack cowardly condemns it: an accusation, see test_an_act_called_terrorist_or_cowardly_...)
    assert [(e.type, e.actor) for e in events_of("ووصف الوزير الهجوم بالجبان.")] == [("accusation", "الوزير")]
    assert [(e.type, e.actor) for e in events_of("ووصف المدينة بالمنكوبة.")] == [("statement", None)]


def test_what_a_draft_calls_for_is_no_statement() -> None:
    assert kinds("يصوت البرلمان يوم الخميس على مشروع قانون يطالب بخفض الضرائب.") == ["measure"]


def test_a_purpose_with_the_article_is_no_act() -> None:
    events = events_of("وخرج آلاف المتظاهرين يوم الجمعة للتنديد بالحصار المفروض على المدينة.")
    assert "accusation" not in [e.type for e in events]


def test_a_context_after_a_title_is_no_part_of_the_speaker() -> None:
    events = events_of("وأضاف الوزير في سياق آخر أن الحكومة ستخفض الضرائب.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الوزير")]
    events = events_of("ونفى الوزير، في حوار أجرته معه قناة محلية، أن يكون القانون مشجعا على الفساد.")
    assert [(e.type, e.actor) for e in events] == [("denial", "الوزير")]


def test_a_verb_whose_pronoun_is_the_noun_before_describes_it() -> None:
    events = events_of("وذكر مصدر طبي أن ثلاثة مدنيين أصيبوا، الخميس، جراء انفجار قذيفة هاون أطلقها المسلحون.")
    assert [(e.type, e.actor, e.date) for e in events if e.type == "attack"] == [("attack", "المسلحون", "2024-03-14")]


def test_a_noun_with_its_possessive_before_an_adjective_is_no_verb() -> None:
    events = events_of("وعاودت القوات قصفها المكثف للأحياء الشرقية يوم الخميس.")
    assert [(e.type, e.actor, e.date) for e in events] == [("attack", "القوات", "2024-03-14")]


def test_a_word_that_starts_with_waw_is_no_coordination() -> None:
    events = events_of("أعفى الرئيس وزير الداخلية من منصبه يوم الخميس.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "الرئيس", "2024-03-14")]
    events = events_of("التقى الرئيس الفرنسي وزيرة الخارجية الأمريكية يوم الخميس.")
    assert [(e.type, e.actor) for e in events] == [("meeting", "الرئيس الفرنسي")]


def test_saying_something_failed_is_no_accusation() -> None:
    assert kinds("وقال الوزير إن التصويت على الميزانية فشل في البرلمان.") == ["statement"]


def test_a_repeal_is_a_measure_and_the_penal_code_no_sanctions() -> None:
    events = events_of("ألغى البرلمان يوم الأربعاء مادة في قانون العقوبات تسمح بتخفيف الأحكام.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "البرلمان", "2024-03-13")]


def test_dimensions_are_no_expulsion() -> None:
    assert kinds("وقالت مديرة مؤسسة أبعاد للدراسات إن التقرير يكشف أبعاد الأزمة.") == ["statement"]


def test_an_official_speaking_on_condition_of_anonymity_is_one_statement() -> None:
    events = events_of("وقال مسؤول حكومي تحدث مشترطا عدم نشر اسمه إن المحادثات مستمرة.")
    assert [(e.type, e.actor) for e in events] == [("statement", "مسؤول حكومي")]


def test_found_killed_on_a_day_is_a_killing_on_that_day() -> None:
    assert [(e.type, e.date) for e in events_of("وعثرت الشرطة يوم الخميس على رجل مقتولا بطلق ناري أمام منزله.")] == [
        ("attack", "2024-03-14")
    ]


def test_opening_an_inquiry_is_a_measure() -> None:
    events = events_of("وأذنت النيابة العمومية بفتح بحث في الحادثة يوم الخميس.")
    assert [(e.type, e.date) for e in events] == [("measure", "2024-03-14")]


def test_what_two_parties_agree_on_is_no_event_of_its_own() -> None:
    events = events_of("اتفقت الحكومتان في سبتمبر على تشكيل لجنة مشتركة لدراسة السد.")
    assert [(e.type, e.actor) for e in events] == [("agreement", "الحكومتان")]


def test_a_meeting_a_city_hosts_is_a_meeting_no_visit() -> None:
    events = events_of("تستضيف العاصمة المغربية، الرباط، اجتماعا لوزراء الطاقة يوم الخميس المقبل.")
    assert [(e.type, e.date) for e in events] == [("meeting", "2024-03-21")]


def test_nearly_is_no_act() -> None:
    assert kinds("وكادت الطائرات تقصف القرية يوم الخميس.") == []


def test_the_date_of_other_happenings_dates_no_event() -> None:
    events = events_of("وأعلنت الحكومة قطع العلاقات عقب أحداث 30 يونيو.")
    assert [(e.type, e.date) for e in events] == [("measure", None)]
    # the day an anniversary recalls, with its year (ذكرى 9 أفريل 1938), is not the day it is
    # kept; without a year (ذكرى 9 أفريل) it is this year's, the day it is kept
    events = events_of("وتعقد الجمعية جلسة عامة في ذكرى 9 أفريل 1938 بقاعة البلدية.")
    assert [(e.type, e.date) for e in events] == [("meeting", None)]
    events = events_of("وتعقد الجمعية جلسة عامة في الذكرى 9 أفريل 1938 يوم الخميس.")
    assert [(e.type, e.date) for e in events] == [("meeting", "2024-03-14")]
    events = events_of("وكان الوزير قد ترأس اجتماعا موسعا في ذكرى 9 مارس بقاعة البلدية.")
    assert [(e.type, e.date) for e in events] == [("meeting", "2024-03-09")]


def test_rejecting_accusations_with_emphasis_is_a_denial() -> None:
    events = events_of('فيما رفض مسؤول في حركة "الأمل" رفضا قاطعا اتهامات الحكومة.')
    assert [(e.type, e.actor) for e in events] == [("denial", 'مسؤول في حركة "الأمل"')]


def test_if_inside_a_quoted_name_makes_nothing_hypothetical() -> None:
    events = events_of('وذكرت صحيفة "لو موند" الفرنسية أن الوزير استقال.')
    assert [(e.type, e.actor) for e in events] == [
        ("statement", 'صحيفة "لو موند" الفرنسية'),
        ("measure", "الوزير"),
    ]


def test_a_duty_or_an_awaited_act_is_not_done() -> None:
    # على X أن يفعل (X is to do), عليها أن, and حتى before a present (until it is done): no act yet
    for text in (
        "وقال الخبير إن على البرلمان أن يقر قانون الإيجارات الجديد قبل نهاية الدورة.",
        "وقالت النقابة إن على المجلس البلدي أن يفتح تحقيقا في صفقات النظافة.",
        "وأكد النائب أن عليها أن تطرد المسؤولين عن التجاوزات.",
    ):
        assert kinds(text) == ["statement"], text
    assert kinds("ويواصل العمال اعتصامهم أمام المصنع حتى تقرر الإدارة صرف أجورهم.") == []
    # a decision told with أن stays, as does what is stressed with على أن
    assert "measure" in kinds("وقررت الحكومة أن تغلق المعبر يوم السبت.")
    assert "measure" in kinds("وأصر رئيس البلدية على أن مجلسه قرر رفع الرسوم.")


def test_what_caught_attention_is_no_statement() -> None:
    # لفت الانتباه with a subject after it (what drew attention) says nothing; with إلى it is a remark
    assert kinds("وقد لفت الانتباه غياب رئيس البلدية عن حفل الافتتاح.") == []
    assert kinds("ولفت المدير الانتباه إلى أن المصنع يعمل بنصف طاقته.") == ["statement"]


def test_a_vote_of_confidence_agreed_to_is_a_measure() -> None:
    # وافق على منح الثقة: parliament's vote, a measure, not an agreement between parties
    events = events_of("وكان مجلس الشيوخ قد وافق بأغلبية واسعة على منح الثقة للفريق الوزاري الجديد.")
    assert [(e.type, e.actor) for e in events] == [("measure", "مجلس الشيوخ")]
    assert kinds("ووافقت الحكومة على الهدنة التي اقترحها الوسطاء.") == ["agreement"]


def test_a_need_for_an_act_is_no_act() -> None:
    # الحاجة إلى، بحاجة إلى: what is needed has not been done
    for text in (
        "وأكد رئيس الحزب الحاجة إلى حكومة قوية تجري الانتخابات البلدية قبل الخريف.",
        "وقال الخبير إن المدينة بحاجة إلى حكومة تفرض حظرا على البناء العشوائي.",
    ):
        assert kinds(text) == ["statement"], text
    # the need is what is stated, no part of who states it
    events = events_of("وأكد الوزير الحاجة إلى مراجعة شاملة لقوانين الاستثمار.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الوزير")]


def test_an_office_taken_or_a_person_chosen_for_it_is_a_measure() -> None:
    # تسلم مهامه four words on (its subject between); اختار/اختير + the post in the accusative
    events = events_of("وتسلم محافظ البنك الجديد مهامه رسميا صباح الأحد.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "محافظ البنك الجديد", "2024-03-17")]
    assert kinds("واختار المجلس البلدي رئيسا جديدا له خلفا للرئيس المستقيل.") == ["measure"]
    assert kinds("واختيرت القاضية المتقاعدة رئيسة للجنة التحقيق.") == ["measure"]
    # a thing received (تسلمه: its object a pronoun) is no office; a choice of anything else no measure
    assert kinds("وأعاد المبلغ الذي تسلمه من المقاول، بحسب محضر صادر عن وزارة المالية.") == []
    assert kinds("واختارت الأسرة قضاء العطلة في قرية جبلية.") == []


def test_saying_a_claim_is_false_is_a_denial() -> None:
    # a charge or an allegation called false (باطلة، ملفقة، لا أساس لها، غير صحيحة) a few words on
    for text in (
        "وقال رئيس البلدية إن التهم التي وجهتها إليه النيابة باطلة.",
        "وأكد محامي الصحفي أن التهم المنسوبة لموكله ملفقة.",
        "وقالت الشركة إن الأنباء عن إفلاسها غير صحيحة.",
    ):
        assert kinds(text) == ["denial"], text
    # a claim's noun with a verb of its own says nothing of it being false
    assert "denial" not in kinds("وقال الخبير إن التقارير تتحدث عن خسائر كبيرة وعن أرقام زائفة.")


def test_exile_is_no_denial() -> None:
    # النفي إلى: sent away to a place, not a denial
    assert "denial" not in kinds("وكان الزعيم المعارض قد تعرض للنفي إلى جزيرة بعيدة عام 1985.")


def test_what_ought_not_to_be_done_is_no_act() -> None:
    # ينبغي ألا، يجب ألا: ألا before a present is tied to the modal as أن is; إلا أنه stays "but"
    assert kinds("وقال النائب إنه ينبغي ألا تفرض البلدية رسوما على الباعة المتجولين.") == ["statement"]
    assert kinds("ويجب ألا يزور المسؤولون المخيم قبل انتهاء التحقيق.") == []
    assert "measure" in kinds("ولم تعلن الشركة موقفها، إلا أن الإدارة قررت فصل العمال المضربين.")


def test_a_court_session_is_no_meeting() -> None:
    # جلسة المحكمة، حددت المحكمة جلسة للنطق بالحكم: a hearing, not a council's session
    assert "meeting" not in kinds("وأرجأت هيئة المحكمة جلسة النطق بالحكم على الموظفين إلى الأسبوع القادم.")
    assert "meeting" not in kinds("وحددت محكمة الاستئناف جلسة يوم الخميس المقبل للنظر في طعن الشركة.")
    assert kinds("وعقد المجلس البلدي جلسة استثنائية مساء الخميس لدراسة ميزانية المدينة.") == ["meeting"]


def test_a_raid_and_the_verb_telling_what_it_hit_past_its_place_are_one_attack() -> None:
    # غارة جوية على بلدة ... استهدفت: the verb after the raid's place tells the same raid
    events = events_of("وشنت طائرة مسيرة غارة جوية على سيارة قرب الحدود استهدفت مسؤولا في التنظيم.")
    assert [(e.type, e.actor) for e in events] == [("attack", "طائرة مسيرة")]
    # a verb after a comma, with a subject of its own, is another attack
    assert kinds("وشنت طائرة مسيرة غارة على سيارة قرب الحدود، واستهدف الجيش موقعا آخر.") == ["attack", "attack"]


def test_what_a_thing_says_or_asks_is_no_statement() -> None:
    # a present verb of speech right after an indefinite thing, no speaker found: it describes the thing
    for text in (
        "وشارك المئات في المسيرة رافعين لافتات تطالب بتحسين ظروف السكن.",
        "وعثر المحققون في هاتفه على رسائل تدعو إلى مقاطعة الامتحانات.",
    ):
        assert kinds(text) == [], text
    # a speaker before the verb, or a verb of aspect before it, still speaks
    assert kinds("مصادر مطلعة تقول إن الحكومة تدرس الملف.") == ["statement"]
    assert kinds("وظل المتحدث يؤكد أن الحكومة لن تتراجع.") == ["statement"]
    # and a document that accuses is an accusation (شكوى تتهم فيها)
    assert "accusation" in kinds("وقدمت موظفة شكوى تتهم فيها مديرها بالتحرش.")


def test_responding_with_an_act_is_that_act() -> None:
    # رد ب + an act's noun: the response is the act (ردت المدفعية بقصف); رد على alone is a reply
    events = events_of("وردت البحرية بقصف القوارب التي اقتربت من الميناء.")
    assert [(e.type, e.actor) for e in events] == [("attack", "البحرية")]
    assert kinds("ورد رئيس الحزب على انتقادات خصومه.") == ["statement"]


def test_a_speaker_s_own_weapons_tell_its_own_act() -> None:
    # أعلن الجيش أن مقاتلاته أغارت: its jets, its own raid: the act alone, done by the speaker
    events = events_of("وأعلن سلاح الجو أن مقاتلاته أغارت على مخازن للذخيرة شرق البلاد.")
    assert [(e.type, e.actor) for e in events] == [("attack", "سلاح الجو")]


def test_calling_an_act_a_war_crime_is_an_accusation() -> None:
    # جريمة حرب، جريمة ضد الإنسانية: the words blame whoever did it
    assert kinds("وقال المحامي إن قصف القرية جريمة حرب مكتملة الأركان.") == ["accusation"]
    assert kinds("وقالت اللجنة إن تهجير السكان جريمة ضد الإنسانية.") == ["accusation"]


def test_a_judge_ordering_a_detention_after_a_definite_title_is_a_measure() -> None:
    # قاضي التحقيق أمر بإيداع: the verb after a definite word, its act's noun right after it
    events = events_of("وقال محامي الدفاع إن قاضي التحقيق أمر بحبس موكله احتياطيا.")
    assert [(e.type, e.actor) for e in events] == [("statement", "محامي الدفاع"), ("measure", "قاضي التحقيق")]
    # a matter (الأمر) that is grave stays no order
    assert kinds("ويبقى الوضع أمرا بالغ الحساسية.") == []


def test_blame_told_by_its_usual_words_is_an_accusation() -> None:
    # عمدا، زعزعة الاستقرار، تدخل سافر، كذب على: what the speaker blames the other for
    for text in (
        "وقال المحافظ إن الميليشيا تقصف الأحياء السكنية عمدا.",
        "وقالت الداخلية إن الخلية عملت على زعزعة الاستقرار في البلاد.",
        "واعتبرت الحكومة أن بيان السفارة تدخل سافر في شؤونها.",
        "وقال رئيس الكتلة إن الوزير كذب على النواب بشأن الصفقة.",
    ):
        assert kinds(text)[0] == "accusation", text
    # rejecting interference in general blames no one
    assert kinds("وقال الوزير إن بلاده ترفض التدخل السافر في شؤون جيرانها.") == ["statement"]


def test_an_act_of_the_speaker_s_own_head_announced_is_that_act_alone() -> None:
    # أعلن المصرف عقد محافظه اجتماعا: its governor (a title with its pronoun) held the meeting
    events = events_of("وأعلنت الجامعة صباح الأحد عقد رئيسها اجتماعا مع ممثلي الطلبة.")
    assert [e.type for e in events] == ["meeting"]
    # a governorate (محافظة, with ة) is no one's own head
    assert "statement" in kinds("وأعلنت الحكومة عقد محافظة البصرة اجتماعا مع التجار.")


def test_the_course_of_an_act_is_no_actor() -> None:
    # عملية، حملة، موجة before the act's noun name its kind, not who acts
    events = events_of("وبدأت عملية تبادل الأسرى بين الطرفين صباح السبت.")
    assert [(e.type, e.actor) for e in events] == [("measure", None)]
    events = events_of("وتواصلت حملة الاعتقالات في المدينة لليوم الثالث.")
    assert [(e.type, e.actor) for e in events] == [("measure", None)]


def test_a_seizure_is_a_measure_and_a_text_issued_is_none() -> None:
    # صادرت، صادروا، يصادر: goods seized; صادر عن (issued by) is the participle, no act
    events = events_of("وصادرت الجمارك حاويتين من السجائر المهربة في الميناء.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الجمارك")]
    assert kinds("وجاء ذلك في تقرير صادر عن ديوان المحاسبة.") == []


def test_an_impersonal_light_verb_names_no_one() -> None:
    events = events_of("وأوضح أن الاتفاقية التي جرى التوقيع عليها بين الهيئتين تهدف إلى دعم العمل المشترك.")
    assert [(e.type, e.actor) for e in events] == [("statement", None), ("agreement", None)]


def test_an_act_noun_in_the_accusative_is_no_part_of_the_subject() -> None:
    events = events_of("وأجرى الرئيس اتصالا هاتفيا بنظيره يوم السبت.")
    assert [(e.type, e.actor, e.date) for e in events] == [("meeting", "الرئيس", "2024-03-16")]


def test_the_kind_of_a_visit_is_no_visitor() -> None:
    events = events_of("وكان الوزير قد قام بزيارة عمل للرباط يوم الخميس.")
    assert [(e.type, e.actor, e.date) for e in events] == [("visit", "الوزير", "2024-03-14")]


def test_a_long_title_with_its_genitives_and_the_name_after_it_is_the_speaker() -> None:
    events = events_of("قال الأمين العام المساعد للنقابة الوطنية، سمير الحداد، إن اللقاء لم يفض إلى شيء.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الأمين العام المساعد للنقابة الوطنية، سمير الحداد")]


def test_whom_a_spokesman_spoke_to_is_no_part_of_him() -> None:
    events = events_of("وقال المتحدث باسم الوزارة للصحفيين إن القوات انسحبت.")
    assert [(e.type, e.actor) for e in events] == [("statement", "المتحدث باسم الوزارة"), ("measure", "القوات")]


def test_a_meeting_that_brought_two_together_is_a_meeting() -> None:
    events = events_of("كما دعا الوزير نظيره البريطاني خلال لقاء جمعهما الليلة الماضية في لندن إلى الاعتراف بالدولة.")
    # the call made during the meeting is dated with it
    assert [(e.type, e.actor, e.date) for e in events] == [
        ("statement", "الوزير", "2024-03-16"),
        ("meeting", None, "2024-03-16"),
    ]


def test_a_counterpart_is_the_object_and_may_be_a_subject() -> None:
    assert [(e.type, e.actor) for e in events_of("التقى الرئيس نظيره الفرنسي يوم السبت.")] == [("meeting", "الرئيس")]
    assert [(e.type, e.actor) for e in events_of("وقال نظيره الروسي إن المحادثات بناءة.")] == [
        ("statement", "نظيره الروسي")
    ]


def test_an_attribution_with_lima_dates_the_act_it_attributes() -> None:
    events = events_of("شكلت الحكومة لجنة للتحقيق في الحادث، وفقا لما أعلنته الوزارة يوم الخميس.")
    assert ("measure", "الحكومة", "2024-03-14") in [(e.type, e.actor, e.date) for e in events]


def test_a_named_speaker_going_on_is_one_event_of_the_specific_type() -> None:
    text = (
        "وقالت النائبة سعاد الحربي إن رئيس البلدية يتعمد الإساءة إلى السكان.\n"
        "وأضافت الحربي أن المجلس البلدي لم يرد على الشكاوى."
    )
    speech = [e for e in events_of(text) if e.type in ("statement", "accusation")]
    assert [(e.type, e.actor, e.mentions) for e in speech] == [("accusation", "النائبة سعاد الحربي", (0, 1))]


def test_a_named_speaker_going_on_with_kama_or_aydan_is_the_same_event() -> None:
    first = "وقال النائب عادل المرزوقي إن الوزارة تتعمد إخفاء أرقام البطالة.\n"
    for going_on in ("وهذا ما لا يقبله أحد، كما أضاف المرزوقي.", "وقال المرزوقي أيضا إن الأرقام الحقيقية أعلى بكثير."):
        speech = [e for e in events_of(first + going_on) if e.type in ("statement", "accusation")]
        assert [(e.type, e.mentions) for e in speech] == [("accusation", (0, 1))], going_on
    # another kind of act, told with كما, stays an act of its own
    text = "وقال النائب عادل المرزوقي إن اللجنة ستنظر في الملف.\nكما اتهم المرزوقي الحكومة بتضليل الرأي العام."
    assert [e.type for e in events_of(text)] == ["statement", "accusation"]


def test_a_matter_after_a_demonstrative_is_no_order_but_a_verb_after_a_phrase_ending_in_one_is() -> None:
    assert kinds("وقالت الناطقة إن ارتفاع الأسعار في الصيف هذا أمر متوقع.") == ["statement"]
    assert kinds("وهذا أمر يصعب تفسيره في رأي المراقبين.") == []
    assert kinds("وأكد الوزير أن ذلك أمر لا مفر منه.") == ["statement"]
    assert kinds("وبعد ذلك أعلن الوزير استقالته من منصبه.") == ["measure"]
    assert kinds("وفي تلك الأثناء، وفي ذلك اتهم الحزب الحكومة بالتقصير.") == ["accusation"]


def test_serving_a_sentence_is_no_ruling_and_a_counted_seeker_is_no_demand() -> None:
    assert kinds("وكان السجين يقضي حكما بالسجن لمدة عشرين عاما حين فر من السجن.") == []
    assert kinds("وقضى الرجل عقوبته كاملة في سجن المدينة.") == []
    assert kinds("وقضت المحكمة بسجن المتهم ثلاث سنوات.") == ["measure"]
    assert kinds("وأنقذ خفر السواحل 40 طالب لجوء قبالة الجزيرة.") == []
    assert kinds("وفي 1998 طالب البرلمان بإجراء تحقيق.") == ["statement"]


def test_a_practice_fought_marked_or_specialised_in_is_no_act() -> None:
    assert kinds("وأوقفت الشرطة يوم الخميس عصابة متخصصة في سرقة المواشي.") == ["measure"]
    assert kinds("وفككت الشرطة يوم الخميس عصابة تختص في سلب الأسلاك النحاسية.") == ["measure"]  # the gang's end
    assert "attack" not in kinds("وجدد الحزب دعوته إلى اعتبار يوم 3 مارس يوما وطنيا لمناهضة التعذيب والاختطاف.")
    assert kinds("وتعمل الفرقة على مكافحة الاختطاف في الأرياف.") == []
    assert kinds("وأدانت الحكومة اختطاف المهندسين أمس.") == ["accusation", "attack"]


def test_renewing_a_stance_is_said_and_the_stance_is_no_speaker() -> None:
    events = events_of("وجددت النقابة يوم الأحد دعوتها إلى فتح باب التفاوض.")
    assert [(e.type, e.actor, e.date) for e in events] == [("statement", "النقابة", "2024-03-17")]
    assert [(e.type, e.actor) for e in events_of("وجدد الوزير نفيه وجود أي اتفاق سري.")] == [("denial", "الوزير")]
    assert kinds("وجدد البرلمان الثقة في الحكومة بأغلبية مريحة.") == []
    text = "وقالت الرابطة إن الإضراب سيتواصل.\nوجددت تمسكها بمطالب المعلمين."
    assert [(e.type, e.actor, e.mentions) for e in events_of(text)] == [("statement", "الرابطة", (0, 1))]
    assert [e.actor for e in events_of("وقالت والدته إنه غادر المنزل صباحا.")] == ["والدته"]


def test_plain_theft_a_launch_an_aim_and_a_drowning_are_no_attacks() -> None:
    assert kinds("وأقدم شابان يوم الأحد على سرقة دراجة نارية من أمام المقهى.") == []
    assert kinds("وتعرض التاجر يوم الأحد للسرقة تحت تهديد السلاح في متجره.") == ["attack"]
    assert kinds("وأطلقت وكالة الفضاء يوم الأحد القمر الصناعي الثاني للبلاد.") == []
    assert kinds("وأطلق المسلحون يوم الأحد النار على الحافلة.") == ["attack"]
    assert kinds("وعرضت الوزارة يوم الأحد استراتيجية تستهدف أساسا خلق فرص عمل للشباب.") == []
    assert kinds("لقي ثلاثة صيادين مصرعهم غرقا يوم الأحد قبالة السواحل.") == []


def test_what_is_expected_to_be_announced_is_not_said_yet() -> None:
    assert kinds("ومن المنتظر أن يتم الإعلان عن أسماء الفائزين مساء الأحد.") == []
    assert kinds("ومن المرتقب أن تصدر الهيئة بيانا مفصلا يوم الأحد.") == []
    assert kinds("ومن المقرر أن يعلن المكتب عن حصيلة الموسم يوم الأحد.") == []
    visit = events_of("ومن المنتظر أن يزور رئيس الوزراء تونس يوم الأحد.")
    assert [(e.type, e.date) for e in visit] == [("visit", "2024-03-17")]
    assert kinds("وتتواصل العروض يوميا وصولا إلى حفل الاختتام يوم الأحد.") == []


def test_a_guest_of_a_programme_and_leaving_a_building_are_no_visits() -> None:
    assert kinds("وحل الكاتب يوم الأحد ضيفا على حصة ثقافية في الإذاعة الوطنية.") == []
    assert kinds("وحل الرئيس ضيفا على العاهل المغربي يوم الأحد.") == ["visit"]
    assert kinds("وأثارت حلقة استضافت فيها القناة المغني المعروف يوم الأحد جدلا واسعا.") == []
    assert kinds("وغادر الرئيس مبنى البرلمان بعد أداء القسم يوم الأحد.") == ["measure"]  # sworn in: no visit
    assert kinds("وغادر الرئيس العاصمة يوم الأحد متوجها إلى باريس.") == ["visit"]


def test_it_is_expected_that_someone_else_visits_is_no_act_of_the_speaker() -> None:
    text = "وذكرت الجمعية يوم الأحد أنه من المقرر أن يزور المفوض الأوروبي بيتر كوفاتش المخيمات."
    events = events_of(text)
    assert [(e.type, (e.actor or "").split()[0]) for e in events] == [("statement", "الجمعية"), ("visit", "المفوض")]
    events = events_of("وأعلنت الولاية يوم الأحد أنها أغلقت المعبر الحدودي.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الولاية")]


def test_a_terrorism_case_or_cell_told_is_no_accusation_but_a_party_called_terrorist_is() -> None:
    text = "وقالت الوزارة إن الوحدات الأمنية فككت خلال الشهر الماضي 12 خلية إرهابية في الجنوب."
    assert kinds(text) == ["statement", "measure"]  # the cells dismantled, no one accused
    assert kinds("وأكد المتحدث أن المتهمين تورطوا سابقا في قضايا إرهابية.") == ["statement"]
    assert kinds("وأكد المتحدث أن الموقوف مشتبه في صلته بقضايا إرهابية.") == ["statement"]
    assert kinds("وقالت الشرطة إن الانفجار عمل إرهابي على الأرجح.") == ["statement"]
    assert kinds("واعتبر الوزير أن الخطر الإرهابي يفرض مزيدا من اليقظة.") == ["statement"]
    assert kinds("وقال الوزير إن الحركة منظمة إرهابية تهدد الأمن.") == ["accusation"]
    assert kinds("واتهمت الحكومة جارتها بدعم التنظيمات الإرهابية.") == ["accusation"]


def test_condemnation_an_act_drew_is_an_accusation() -> None:
    # قوبل بإدانة، أثار موجة تنديد، وسط استنكار: condemned by others, told by its noun
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.date) for e in events_of(text)]

    assert told("وقوبلت الخطوة بإدانة عربية واسعة.") == [("accusation", None)]
    assert told("وأثارت تصريحاته يوم الخميس موجة تنديد في البرلمان.") == [("accusation", "2024-03-14")]
    assert told("وأغلقت السلطات المعبر وسط استنكار شعبي واسع.") == [("measure", None), ("accusation", None)]
    # a condemnation a change would draw is none yet
    assert told("ويرجح المراقبون أن يثير القرار تنديدا في العواصم الغربية.") == []


def test_an_act_called_terrorist_or_cowardly_is_condemned() -> None:
    # a verb of calling that calls an act a terrorist one condemns it (not a case or a cell classified)
    assert kinds("ووصف رئيس البرلمان التفجير بأنه عمل إرهابي.") == ["accusation"]
    assert kinds("ووصفت النقابة حرق المقر بالعمل الإرهابي.") == ["accusation"]
    assert kinds("واعتبرت اللجنة أن التحقيقات تتعلق بقضايا إرهابية.") == ["statement"]
    # the words of condemnation themselves, in what is said
    assert kinds("وقال المحافظ إن الاعتداء الجبان على المدرسة لن يمر دون حساب.") == ["accusation"]
    assert kinds("وقالت الجمعية إن ما تعرض له الصحفي عمل همجي.") == ["accusation"]
    assert kinds("وقال المحافظ إن المدرسة ستفتح أبوابها الأسبوع المقبل.") == ["statement"]


def test_a_negated_threat_or_blame_is_no_cue_but_a_threat_with_lan_is() -> None:
    assert kinds("وقال الطبيب إن الجروح لا تهدد حياة المصاب.") == ["statement"]
    assert kinds("وقال المدير إن المؤسسة لم تتعمد حرمان العمال من منحهم.") == ["statement"]
    assert kinds("وقال المدير إن الإدارة تتعمد حرمان العمال من منحهم.") == ["accusation"]
    assert kinds("وقال الوزير إن بلاده لن تسمح بأي تدخل في شؤونها.") == ["warning"]


def test_strength_and_magnitude_are_no_threat() -> None:
    assert kinds("وقالت الهيئة إن زلزالا بقوة 5 درجات ضرب المنطقة الجبلية.") == ["statement"]
    assert kinds("وقال المدرب إن فريقه سيعود بقوة في المباريات القادمة.") == ["statement"]
    assert kinds("وقال المتحدث إن القوات سترد بقوة على أي تحرك.") == ["warning"]


def test_crimes_and_offences_counted_or_reported_blame_no_one() -> None:
    assert kinds("وقال المندوب إن فرق المراقبة سجلت 300 مخالفة اقتصادية خلال الشهر.") == ["statement"]
    assert kinds("وأكدت الحكومة أن معدل جرائم السرقة تراجع بشكل ملحوظ.") == ["statement"]
    assert kinds("وأفاد مصدر أمني بأن جريمة قتل جدت الليلة الماضية في الحي.") == ["statement", "attack"]
    assert kinds("ووصف الحزب القصف بأنه جريمة في حق المدنيين.") == ["accusation"]
    assert kinds("وقال الرئيس إن خصومه يسعون إلى تدميرنا.") == ["accusation"]


def test_a_long_title_keeps_its_place_but_not_the_occasion() -> None:
    events = events_of("وقال المتحدث باسم الجالية المسلمة المقيمة في الدنمارك إن المسجد سيفتح أبوابه.")
    assert [e.actor for e in events] == ["المتحدث باسم الجالية المسلمة المقيمة في الدنمارك"]
    events = events_of("وقال الرئيس في تجمع حاشد في العاصمة إن الانتخابات ستجرى في موعدها.")
    assert [e.actor for e in events] == ["الرئيس"]


def test_official_figures_and_first_findings_are_no_speakers() -> None:
    assert kinds("وتشير الأرقام الرسمية إلى تراجع عدد السياح هذا العام.") == []
    assert kinds("وتشير المعطيات الأولية إلى أن الحريق نتج عن تماس كهربائي.") == []
    assert kinds("وأشارت الوزارة إلى أن عدد السياح تراجع هذا العام.") == ["statement"]


def test_an_act_demanded_with_the_noun_of_the_demand_is_not_done() -> None:
    text = "وانتقد النائب غياب التواصل مع الوالي، والمطالبة بإقالة الوالي يوم الأحد."
    assert "measure" not in kinds(text)


def test_a_documents_date_dates_no_event_and_the_most_visited_is_no_visit() -> None:
    text = "وطالبت النقابة يوم الأحد بمراجعة القانون عدد 40 لسنة 2010 المؤرخ في 3 ماي 2010."
    assert [(e.type, e.date) for e in events_of(text)] == [("statement", "2024-03-17")]
    text = "وطالبت النقابة بإلغاء الأمر الحكومي الصادر بتاريخ 3 ماي 2010."
    assert [(e.type, e.date) for e in events_of(text)] == [("statement", None)]
    assert kinds("ويعد المتحف المعلم الأكثر زيارة في البلاد منذ عام 1990.") == []


def test_a_meeting_room_a_contractor_and_an_appeal_addressed_are_no_events() -> None:
    assert kinds("وشملت الأشغال يوم الأحد تهيئة قاعة اجتماعات جديدة.") == []
    assert kinds("وغرّمت البلدية يوم الأحد عددا من متعهدي الحفلات.") == []
    assert kinds('وتوجهت الهيئة المديرة للجمعية يوم الأحد بـ "نداء إلى كل المنخرطين".') == []
    assert kinds("والتقى الوزير نظيره في قاعة الاجتماعات يوم الأحد.") == ["meeting"]


def test_a_danger_that_threatens_is_a_concern_not_a_warning() -> None:
    assert kinds("وقال المدير إن انتشار الوباء يهدد حياة آلاف السكان.") == ["statement"]
    assert kinds("وقالت الوزيرة إن الجفاف يهدد الموسم الفلاحي.") == ["statement"]
    assert kinds("وهددت الحكومة بإغلاق المعبر الحدودي.") == ["warning"]


def test_what_is_considered_so_is_no_statement() -> None:
    assert kinds("ويعتبر الميناء ثاني أكبر ميناء تجاري في البلاد.") == []
    assert kinds("وتعتبر الحكومة الجماعة خطرا على الأمن منذ سنوات.") == []
    assert kinds("واعتبر الوزير يوم الأحد أن القرار متسرع.") == ["statement"]


def test_what_polls_point_to_and_what_is_thought_likely_are_no_statements() -> None:
    assert kinds("وتشير استطلاعات الرأي إلى تقدم مرشح المعارضة.") == []
    assert kinds("ويرجح أن الحريق نتج عن تماس كهربائي.") == []
    assert kinds("وأشار الوزير يوم الأحد إلى أن الحريق نتج عن تماس كهربائي.") == ["statement"]
    assert kinds("ورجح الخبير يوم الأحد أن الحريق نتج عن تماس كهربائي.") == ["statement"]


def test_under_someones_control_is_no_attack_but_taking_control_is() -> None:
    assert kinds("وكانت البلدة تحت سيطرة المسلحين منذ عام 2015.") == []
    assert kinds("واستعادت القوات السيطرة على البلدة يوم الأحد.") == ["attack"]


def test_on_his_part_he_said_is_a_statement() -> None:
    events = events_of("من جهته أكد المحافظ، أن مطالب السكان مشروعة.")
    assert [(e.type, e.actor) for e in events] == [("statement", "المحافظ")]


def test_cases_of_theft_are_no_attack() -> None:
    assert "attack" not in kinds("ونفذ السكان اليوم وقفة احتجاجا على انتشار حالات السرقة في المدينة.")
    assert kinds("وتعرض التاجر للسرقة تحت تهديد السلاح يوم الخميس.") == ["attack"]


def test_whom_sources_told_before_a_comma_is_no_part_of_them() -> None:
    events = events_of("وأكدت مصادر طبية لمراسل الإذاعة، إصابة الرجل بحروق خطيرة.")
    assert [(e.type, e.actor) for e in events] == [("statement", "مصادر طبية")]


def test_measures_taken_and_forces_deployed_are_measures() -> None:
    events = events_of("اتخذت السلطات يوم الجمعة إجراءات أمنية مشددة في العاصمة.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "السلطات", "2024-03-15")]
    assert kinds("وتم نشر وحدات من الشرطة حول السفارة يوم الجمعة.") == ["measure"]
    assert kinds("ونشرت الصحيفة تقريرا مطولا يوم الجمعة.") == ["statement"]


def test_punitive_measures_in_a_list_are_no_event_of_their_own() -> None:
    events = events_of("وأعادت الحكومة في آب العمل بالعقوبات، وكذلك إجراءات عقابية للشركات المخالفة.")
    assert len([e for e in events if e.type == "measure"]) == 1


def test_what_threats_target_is_no_attack() -> None:
    events = events_of("وتلقى مكتب الحزب يوم الخميس تهديدات تستهدف رئيسه.")
    assert "attack" not in [e.type for e in events]


def test_a_press_conference_is_no_meeting() -> None:
    assert "meeting" not in kinds("وأوضحت خلال ندوة صحفية عقدها الحزب اليوم أن الوضع خطير.")


def test_a_name_beginning_with_ba_is_no_preposition() -> None:
    events = events_of("واتهمت الحكومة اليابانية بكين بتزويد موسكو بالأسلحة.")
    assert [(e.type, e.actor) for e in events] == [("accusation", "الحكومة اليابانية")]


def test_shots_fired_with_a_date_between_are_an_attack() -> None:
    events = events_of("أطلق اليوم مسلحون مجهولون النار على حافلة تقل ركابا.")
    assert [(e.type, e.actor, e.date) for e in events] == [("attack", "مسلحون مجهولون", "2024-03-17")]


def test_a_promise_and_a_condition_make_no_act() -> None:
    assert kinds("وعدت المرشحة الثلاثاء بتعليق الاتفاقات في حال فوزها.") == ["statement"]
    assert kinds("كما أكدت المرشحة أنها ستقوم بطرد الأجانب المتطرفين خلال شهرين، إذا انتخبت.") == ["statement"]
    assert kinds("وقال الوزير إن الحكومة ستفرض عقوبات على الشركة الأسبوع المقبل.") == ["statement", "measure"]


def test_a_participle_after_lam_is_a_purpose() -> None:
    assert kinds("نظمت الحركة اليوم وقفة أمام المقر لمطالبة قيادات الحزب بالوفاء بتعهداتها.") == []


def test_an_apology_is_a_statement_and_a_deadline_a_measure() -> None:
    events = events_of("وكان وزير الخارجية الهندي قد اعتذر يوم الخميس عن تصريحاته.")
    assert [(e.type, e.actor) for e in events] == [("statement", "وزير الخارجية الهندي")]
    events = events_of("أمهلت الحكومة السفير الكندي ثلاثة أيام لمغادرة البلاد.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الحكومة")]


def test_who_suffers_an_attack_is_not_its_actor() -> None:
    events = events_of("تعرضت قافلة تابعة للأمم المتحدة لإطلاق نار يوم السبت.")
    assert [(e.type, e.actor, e.date) for e in events] == [("attack", None, "2024-03-16")]
    events = events_of("وتعرضت القافلة لهجوم صاروخي من قبل مسلحين.")
    assert [(e.type, e.actor) for e in events] == [("attack", "مسلحين")]


def test_entering_into_talks_is_a_meeting_of_the_subject() -> None:
    events = events_of("ودخلت قطر في محادثات سرية مع الخاطفين في 2017.")
    assert [(e.type, e.actor, e.date) for e in events] == [("meeting", "قطر", "2017")]


def test_defending_a_position_is_a_statement() -> None:
    events = events_of("ودافع الوزير أمس عن قرار الحكومة رفع الأسعار.")
    assert [(e.type, e.actor, e.date) for e in events] == [("statement", "الوزير", "2024-03-16")]
    assert kinds("دافع الجنود عن مواقعهم حتى الصباح.") == []


def test_a_denial_with_its_object_pronoun_and_a_definite_object() -> None:
    assert [(e.type, e.actor) for e in events_of("وقد نفاها الوزير أمس.")] == [("denial", "الوزير")]
    assert [(e.type, e.actor) for e in events_of("ونفى الوزير الاتهامات أمس.")] == [("denial", "الوزير")]


def test_she_mentioned_that_is_a_statement_but_it_is_mentioned_that_is_not() -> None:
    assert kinds("وذكرت الوكالة أن المحادثات تعثرت.") == ["statement"]
    assert "statement" not in kinds("ويذكر أن المحادثات تعثرت العام الماضي.")


def test_a_weapon_is_no_actor() -> None:
    events = events_of("وقالت الشرطة إن صواريخ أطلقت من الجنوب.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الشرطة"), ("attack", None)]


def test_a_titles_genitive_with_lam_is_no_addressee() -> None:
    assert [e.actor for e in events_of("وقال المدير العام للشركة إن الأرباح ارتفعت.")] == ["المدير العام للشركة"]
    assert [e.actor for e in events_of("وقال مسؤول للتلفزيون الرسمي إن الأرباح ارتفعت.")] == ["مسؤول"]


def test_a_radio_station_a_source_spoke_to_is_no_part_of_it() -> None:
    # ل + a station's name with its band (أف أم، "اف ام"، FM): whom the source told, wherever it stands
    assert [e.actor for e in events_of('وقال مصدر قضائي للنجوم "اف ام" إن المتهم نقل إلى السجن.')] == ["مصدر قضائي"]
    assert [e.actor for e in events_of("وذكر مصدر طبي لموزاييك أف أم أن الجرحى نقلوا إلى المستشفى.")] == ["مصدر طبي"]
    events = events_of("وتمت مصادرة البضاعة في الميناء حسبما أفاد مصدر في الجمارك لشمس أف أم.")
    assert [(e.type, e.actor) for e in events] == [("statement", "مصدر في الجمارك")]
    events = events_of("وأكد مسؤول في الوزارة لراديو FM أن الطريق أغلقت.")
    assert (events[0].type, events[0].actor) == ("statement", "مسؤول في الوزارة")
    # a title's genitive with ل stays (no band after it, no medium)
    assert [e.actor for e in events_of("وقال المدير العام للمصنع إن الإنتاج توقف.")] == ["المدير العام للمصنع"]


def test_an_impersonal_verb_names_no_one() -> None:
    # تم/جرى after a noun opens a relative clause on it, and has no subject of its own
    events = events_of("واندلعت المواجهات إثر قرار تم اتخاذه بإغلاق السوق.")
    assert [(e.type, e.actor) for e in events if e.type == "measure"] == [("measure", None)]
    assert [e.actor for e in events_of("وغضب الوزير بعد أن تم نشر الوثائق عبر الإنترنت.")] == [None]


def test_a_search_or_an_inquiry_is_no_meeting() -> None:
    # بحث is a discussion (بحث مع، بحث سبل) only: not a search, nor an inquiry opened or carried out
    assert events_of("وتقوم الأجهزة المختصة بإجراء بحث أمني حول كل من يطلب الرخصة.") == []
    assert events_of("وتواصل فرق الإنقاذ عمليات بحث للعثور على المفقودين في الوادي.") == []
    assert kinds("وبحث رئيس الحكومة مع السفير الياباني ملف الاستثمار.") == ["meeting"]


def test_what_a_verb_opens_is_its_object_not_its_subject() -> None:
    # فتح + تحقيق/بحث/المعبر right after it: the object (a context marked "object"); a subject may stand between
    events = events_of("وقد نقل الجريح إلى المستشفى و فتح تحقيق في الحادث.")
    assert [(e.type, e.actor) for e in events] == [("measure", None)]
    assert [e.actor for e in events_of("ويفتح باب التسجيل للمسابقة غدا.")] == [None]
    assert [e.actor for e in events_of("وفتح الجيش المعبر أمام الشاحنات.")] == ["الجيش"]


def test_what_is_answered_does_not_type_the_answer() -> None:
    # the criticism a speaker answers is told before; the answer is a statement, not an accusation
    events = events_of("ورد المدرب على الانتقادات بحدة بعد المباراة.")
    assert [(e.type, e.actor) for e in events] == [("statement", "المدرب")]
    events = events_of("وقالت النقابة تعليقا على الاتهامات إن الإضراب قانوني.")
    assert [(e.type, e.actor) for e in events] == [("statement", "النقابة")]
    assert kinds("واتهم المدرب الحكم بالانحياز.") == ["accusation"]


def test_a_name_that_appears_is_no_reply() -> None:
    # ورد اسمه: "his name appeared", not و + رد "and he replied"
    assert events_of("وكان الطالب أول من ورد اسمه على قائمة المقبولين.") == []
    assert kinds("ورد الناطق على الأسئلة بهدوء.") == ["statement"]


def test_a_document_that_came_out_from_someone_speaks_for_them() -> None:
    # تقرير صدر [الخميس] عن البنك: the issuer speaks (the verb صدر as the participle صادر did)
    events = events_of("وارتفعت الأسعار بحسب ما أورده تقرير صدر الخميس عن البنك المركزي.")
    assert [(e.type, e.actor) for e in events] == [("statement", "البنك المركزي")]
    assert [e.actor for e in events_of("وأكد بيان صدر عن الرئاسة أن الزيارة ستتم.")][:1] == ["الرئاسة"]


def test_we_were_the_first_who_names_no_one() -> None:
    # كنا أول من كشف: the subject is "we", a pronoun; كان الرئيس أول من زار names the president
    events = events_of("وأضافت القناة: كنا أول من أعلن نتائج الاقتراع.")
    assert [(e.type, e.actor) for e in events] == [("statement", "القناة")]
    assert [e.actor for e in events_of("وكان الرئيس أول من زار المدينة بعد الزلزال.")] == ["الرئيس"]


def test_who_received_a_warning_did_not_give_it() -> None:
    # تلقى تحذيرا/تهديدات: the sender after من, if named; the one who received it is no actor
    events = events_of("وأكدت النقابة تلقي رئيسها تهديدات بالقتل.")
    assert [(e.type, e.actor) for e in events] == [("statement", "النقابة"), ("warning", None)]
    events = events_of("وتلقت الوزارة تحذيرا من جهاز المخابرات بشأن هجوم محتمل.")
    assert [(e.type, e.actor) for e in events] == [("warning", "جهاز المخابرات")]
    # a call received is a meeting, and the one who received it takes part in it
    assert [e.actor for e in events_of("وتلقى الرئيس اتصالا هاتفيا من نظيره الفرنسي.")] == ["الرئيس"]


def test_a_meetings_adjective_in_the_masculine_is_no_actor() -> None:
    # اجتماع طارئ، اجتماع عام: the kind of meeting (as جلسة طارئة was), not who held it
    events = events_of("وأعلنت النقابة خلال اجتماع طارئ أمس تعليق الإضراب.")
    assert [(e.type, e.actor) for e in events if e.type == "meeting"] == [("meeting", None)]


def test_a_survey_that_targets_people_is_no_attack() -> None:
    # استهدف الاستطلاع/الدراسة: whom it was about; a raid that targets a market is an attack
    assert events_of("واستهدف الاستطلاع ألف شاب من مختلف المدن.") == []
    assert kinds("واستهدفت غارة جوية سوقا شعبيا في المدينة.") == ["attack"]


def test_what_a_report_is_about_after_ba_is_no_speaker() -> None:
    # أفادت بوقوع، ذكر بوجود، أشاد بجهود: ب + a verbal noun of the فعول shape is what is told
    assert [e.actor for e in events_of("كما أفادت بوقوع انفجار ثان قرب الميناء.")] == [None]
    assert [e.actor for e in events_of("وذكر بوجود تنسيق بين البلدين في مراقبة الحدود.")] == [None]
    assert [e.actor for e in events_of("وأشاد بجهود المتطوعين في إخماد الحريق.")] == [None]


def test_a_plural_verb_with_its_object_pronoun_is_read() -> None:
    # اتهموها، اقتحموها: the plural's alif is not written before a pronoun, and و + such a verb
    # after a definite word is a verb, not a second noun of the phrase
    events = events_of("وقطعت الدول الثلاث العلاقات مع الجارة يوم الاثنين واتهموها بإيواء المتمردين.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الدول الثلاث"), ("accusation", "الدول الثلاث")]
    assert kinds("وحاصر المسلحون القرية واقتحموها فجر الأحد.") == ["attack"]


def test_setting_a_term_or_powers_is_no_seizure() -> None:
    # ضبط مدة/صلاحيات/نفقات: to set or regulate, not to seize; a law that regulates seizes nothing
    assert kinds("وقررت اللجنة ضبط مدة العقد بثلاث سنوات.") == ["measure"]  # the decision alone
    assert events_of("وأعدت الوزارة مشروع قانون يضبط صلاحيات البلديات.") == []
    assert kinds("وضبطت الجمارك شحنة من السجائر المهربة.") == ["measure"]


def test_criticism_despite_which_something_was_done_is_told_elsewhere() -> None:
    # رغم انتقادات المعارضة: recalled as background, as بموجب الاتفاق is; no accusation here
    assert kinds("وصادق البرلمان على الميزانية رغم انتقادات وجهتها أحزاب المعارضة.") == ["measure"]


def test_suspects_after_a_quantifier_are_people() -> None:
    # أي متهمين، بعض المتهمين: the accused, as after a count; no one accuses
    assert events_of("وتواصل الشرطة البحث عن أي متهمين آخرين في القضية.") == []


def test_people_under_threat_make_no_threat() -> None:
    # مهدد/مهددون: threatened (the passive sense, written alike); مهددا after a clause still threatens
    assert kinds("وقال إن آلاف العمال مهددون بفقدان وظائفهم.") == ["statement"]
    events = events_of("وأعلن الاتحاد رفضه للقرار مهددا بالإضراب.")
    assert [(e.type, e.actor) for e in events] == [("warning", "الاتحاد")]


def test_an_amount_that_reaches_a_figure_is_no_arrival() -> None:
    # تصل الطاقة/العقوبة إلى ...: a capacity or a penalty reaches a figure; a president arrives somewhere
    assert events_of("وتصل طاقة إنتاج المصنع إلى ثلاثين ألف سيارة في السنة.") == []
    assert events_of("وتصل العقوبة إلى السجن خمس سنوات.") == []
    assert kinds("ووصل الرئيس مساء أمس إلى العاصمة في زيارة تستغرق يومين.") == ["visit"]


def test_leaving_home_or_work_is_no_departure() -> None:
    # a visit's departure is travel; leaving one's house, work or school is not
    assert events_of("وكان الشاب قد غادر منزله صباح الأحد ولم يعد.") == []
    assert kinds("وغادر الوزير العاصمة متجها إلى باريس.") == ["visit"]


def test_going_on_saying_is_no_part_of_the_speaker() -> None:
    # وتابع X القول: القول is what he went on with, not his name
    assert [e.actor for e in events_of("وتابع المدرب القول إن الفريق لعب جيدا.")] == ["المدرب"]


def test_a_prison_term_is_no_arrest() -> None:
    # سبع سنوات سجنا: the term of a ruling, not a second act; the ruling is the event
    assert kinds("وقضت المحكمة بسبع سنوات سجنا في حق المتهم.") == ["measure"]
    assert kinds("وأوقفت الشرطة المشتبه به أمس.") == ["measure"]


def test_a_statement_a_party_put_out_is_the_partys() -> None:
    # بلاغ أصدرته النقابة: the issuer after the verb; في بيان أصدره: a verb and its object, no one's name
    events = events_of("وذكر بلاغ أصدرته النقابة صباح الاثنين أن الاجتماع تأجل.")
    assert [(e.type, e.actor) for e in events][:1] == [("statement", "النقابة")]
    assert [e.actor for e in events_of("كما دعا في بيان أصدره اليوم إلى الهدوء.")] == [None]


def test_the_so_called_is_named_by_what_follows() -> None:
    # ما يسمى بـ"X": X acts; with ب written on the name (بتنظيم) no actor rather than يعرف
    events = events_of('وقرر ما يسمى بـ"المجلس الانتقالي" تأجيل الانتخابات.')
    assert [(e.type, e.actor) for e in events] == [("measure", "المجلس الانتقالي")]
    assert [e.actor for e in events_of("وأعلن ما يعرف بتنظيم الدولة مسؤوليته عن الهجوم.")] == [None]


def test_a_device_that_blows_up_is_no_attack() -> None:
    # انفجار قارورة غاز، انفجرت بطارية: an accident, as a fire is
    assert events_of("واندلع حريق في المطبخ إثر انفجار قارورة غاز.") == []


def test_a_statements_adjective_is_no_speaker() -> None:
    # تصريح مقتضب: a short statement, not one by "مقتضب"
    events = events_of("وفي تصريح مقتضب اليوم، أكد الناطق أن الطريق فتحت.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الناطق")]


def test_the_most_prominent_is_no_report() -> None:
    # بعض أبرز الوجوه: a superlative after a quantifier, not the verb أبرز (highlighted)
    assert events_of("ونال المرشح تأييد بعض أبرز الوجوه، حتى إن كثيرين رجحوا فوزه.") == []


def test_a_source_tells_someone_elses_act() -> None:
    # قال مصدر أمني إنه تم إيقاف: the source's words and an arrest by no one named (as a medium's);
    # a ministry telling what was done tells its own act
    events = events_of("وقال مصدر أمني إنه تم إيقاف ثلاثة مهربين قرب الحدود.")
    assert [(e.type, e.actor) for e in events] == [("statement", "مصدر أمني"), ("measure", None)]
    events = events_of("وقالت الوزارة إنه تم إيقاف ثلاثة مهربين قرب الحدود.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الوزارة")]


def test_the_eve_of_is_no_part_of_the_speaker() -> None:
    assert [e.actor for e in events_of("وقال الرئيس عشية الانتخابات إنه واثق من الفوز.")] == ["الرئيس"]


def test_an_act_going_on_in_a_dated_report_takes_its_day() -> None:
    events = events_of("ذكرت وكالة الأنباء الرسمية، اليوم الأحد، أن وفدا تركيا يزور العاصمة.")
    assert [(e.type, e.date) for e in events] == [("statement", "2024-03-17"), ("visit", "2024-03-17")]
    # its own date wins; a future act is not going on
    events = events_of("قالت الوكالة السبت إن الوفد يزور العاصمة الأسبوع المقبل.")
    assert [(e.type, e.date) for e in events] == [("statement", "2024-03-16"), ("visit", "2024-W12")]
    events = events_of("قالت الوكالة السبت إن الوفد سيزور العاصمة.")
    assert [(e.type, e.date) for e in events] == [("statement", "2024-03-16"), ("visit", None)]


def test_a_place_of_the_subjects_is_no_part_of_a_title() -> None:
    events = events_of("استقبل رئيس الحكومة في مكتبه اليوم وفدا من البنك الدولي.")
    assert [(e.type, e.actor) for e in events] == [("visit", "رئيس الحكومة")]
    assert [e.actor for e in events_of("وقال مدير مركز الإعلام في المنظمة إن الوضع خطير.")] == [
        "مدير مركز الإعلام في المنظمة"
    ]


def test_what_a_speaker_calls_what_they_condemn_is_no_statement() -> None:
    events = events_of("ونددت نقابات عمالية، في بيان مشترك صدر أمس، بما وصفته تضييقا على العمال.")
    assert [(e.type, e.actor, e.date) for e in events] == [("accusation", "نقابات عمالية", "2024-03-16")]
    assert kinds("وهو ما وصفه الوزير بأنه اعتداء سافر.") == ["accusation"]


def test_a_date_closing_an_adjunct_between_commas_dates_the_verb_before() -> None:
    events = events_of("ونفى عضو اللجنة، في تصريح لإذاعة محلية صباح اليوم، هذه الاتهامات.")
    assert [(e.type, e.actor, e.date) for e in events] == [("denial", "عضو اللجنة", "2024-03-17")]
    events = events_of("وقال الوزير، في مقابلة مع قناة محلية أمس، إن الجيش قصف المدينة.")
    assert [(e.type, e.date) for e in events] == [("statement", "2024-03-16"), ("attack", None)]


def test_an_indefinite_act_noun_taken_back_by_a_light_verb_has_its_subject() -> None:
    events = events_of("وجاء القرار عقب اتصال هاتفي أجراه الرئيس مع نظيره يوم الخميس.")
    assert [(e.type, e.actor, e.date) for e in events] == [("meeting", "الرئيس", "2024-03-14")]
    events = events_of("وتأتي الخطوة بعد زيارة رسمية قام بها الوزير إلى باريس.")
    assert [(e.type, e.actor) for e in events] == [("visit", "الوزير")]


def test_an_act_done_at_the_time_of_a_dated_one_takes_its_date() -> None:
    events = events_of("وكان الرئيس قد حذر عند إعلانه فرض العقوبات في بداية الشهر الجاري من أي تعامل مع الشركة.")
    assert [(e.type, e.date) for e in events] == [("warning", "2024-03"), ("measure", "2024-03")]
    events = events_of("وقال الوزير خلال زيارته إلى باريس الخميس إن العلاقات جيدة.")
    assert [(e.type, e.date) for e in events] == [("statement", "2024-03-14"), ("visit", "2024-03-14")]


def test_a_verbal_noun_and_its_object_noun_are_one_act() -> None:
    events = events_of("وأعلنت الحكومة فرض حظر شامل على استيراد السيارات المستعملة.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الحكومة")]
    assert [(e.type, e.actor) for e in events_of("وهو قرار رفضه الحراك.")] == [("statement", "الحراك")]


def test_calling_something_a_wrong_is_an_accusation() -> None:
    assert kinds("ووصف الوزير القصف بالجريمة.") == ["accusation"]
    assert kinds("واعتبرت الحكومة تصريحات السفير انتهاكا لسيادتها.")[0] == "accusation"
    assert kinds("ووصف الرئيس الزيارة بالتاريخية.") == ["statement"]


def test_a_governor_is_a_title_not_and_to() -> None:
    assert [e.actor for e in events_of("وقال والي المدينة إن الوضع هادئ.")] == ["والي المدينة"]
    assert [(e.type, e.actor) for e in events_of("وتوجه الوفد إلى المدينة وإلى القرى.")] == [("visit", "الوفد")]


def test_a_promise_needs_what_is_promised() -> None:
    assert kinds("وتعهد له صلاحيات واسعة.") == []
    assert kinds("وتعهد الرئيس أمام البرلمان بأن يصلح القضاء.") == ["statement"]


def test_fighting_corruption_is_no_accusation() -> None:
    assert kinds("وقال المتحدث إن القانون يندرج في إطار سياسة الحكومة في مكافحة الفساد.") == ["statement"]


def test_whom_sources_told_is_no_part_of_them() -> None:
    assert [e.actor for e in events_of("وأكدت مصادر طبية لمراسل الإذاعة المحلية إصابتها بحروق.")] == ["مصادر طبية"]


def test_the_act_named_after_an_announcement_is_no_announcer() -> None:
    assert kinds("وجاء إعلان الاستقلال بعد سنوات من الكفاح.") == []


def test_security_forces_stopping_someone_is_an_arrest() -> None:
    events = events_of("أوقفت الوحدات الأمنية موظفا في المطار أمس بشبهة اختلاس أموال.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "الوحدات الأمنية", "2024-03-16")]


def test_a_conviction_is_no_accusation() -> None:
    text = "وحكمت محكمة عسكرية على ستة ضباط بالسجن المؤبد يوم الخميس بعد إدانتهم بالتآمر على الدولة."
    assert [(e.type, e.date) for e in events_of(text)] == [("measure", "2024-03-14")]
    assert kinds("وجاءت إدانته بالاختلاس بعد محاكمة طويلة.")[:1] == ["measure"]  # إدانته: the noun
    assert kinds("وأعلنت النقابة إدانتها للاعتداء على الصحفيين.") == ["accusation"]  # condemnation


def test_kashafa_coordinated_with_a_verb_of_seizing_uncovers_no_words() -> None:
    # كشف with ودمر، وحجز after it: found (a hideout, a workshop), not revealed
    assert kinds("وكشفت وحجزت فرق الجمارك شحنة من السجائر المهربة في الميناء.") == []
    assert kinds("وكشفت الهيئة أن الشحنة كانت مهربة.") == ["statement"]


def test_whom_an_army_stopped_makes_its_verb_an_arrest() -> None:
    events = events_of("وأوقف الجيش ثلاثة مهربين على الطريق الصحراوي يوم الخميس.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "الجيش", "2024-03-14")]
    events = events_of("وأوقف الحرس البحري قاربا يقل مهاجرين قبالة الساحل.")
    assert [e.type for e in events] == ["measure"]
    assert events_of("وأوقف الجيش تقدمه نحو المدينة.") == []  # halted its advance: no one held


def test_handing_in_a_resignation_is_a_measure_of_the_subject() -> None:
    events = events_of("وقدم الوزير استقالته أمس.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "الوزير", "2024-03-16")]


def test_a_subject_set_off_by_a_comma_before_qad_after_anna() -> None:
    events = events_of("يذكر أن رئيس الحكومة، قد قرر، يوم الخميس، تعيين ولاة جدد.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "رئيس الحكومة", "2024-03-14")]


def test_what_a_critic_considers_is_no_statement_and_bima_is_no_actor() -> None:
    events = events_of("وتحدث المسؤول عن أزمة الصناديق، منتقدا ما اعتبره تراجع الحكومة عن وعودها.")
    assert [(e.type, e.actor) for e in events] == [("accusation", "المسؤول")]
    assert [e.actor for e in events_of("وذكّر بما أسماه الخطأ التاريخي.")] == [None]


def test_a_headline_may_exclaim_or_ask() -> None:
    text = "الحكومة تطرد مواطنة وتمنعها من اصطحاب رضيعها!\nمنعت السلطات مواطنة من مرافقة ابنها عند ترحيلها أمس."
    assert load_text(text).meta.title == "الحكومة تطرد مواطنة وتمنعها من اصطحاب رضيعها!"
    assert {e.sentence for e in events_of(text)} == {1}  # nothing listed at the headline
    question = "من هو رئيس البرلمان الجديد؟"
    assert load_text(question + "\nانتخب النواب أمس رئيسا جديدا.").meta.title == question


def test_an_arrest_told_with_alqa_alqabd() -> None:
    events = events_of("ألقت قوات الأمن أمس القبض على ثلاثة مشتبه بهم.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "قوات الأمن", "2024-03-16")]


def test_a_noun_listed_with_its_article_is_definite() -> None:
    # a release recalled after عقب is no new event: the noun is definite
    assert kinds("وأكدت المرأة في شريط تم تناقله عقب الإفراج عنها أنها بخير.") == ["statement"]


def test_the_same_source_goes_on_and_a_nominative_plural_is_a_subject() -> None:
    text = "قال مصدر أمني إن الوضع هادئ.\nوأضاف ذات المصدر أن التحقيق متواصل."
    events = events_of(text)
    assert [(e.type, e.actor, e.mentions) for e in events] == [("statement", "مصدر أمني", (0, 1))]
    assert [e.actor for e in events_of("كما طالب المتظاهرون بتحسين الأوضاع.")] == ["المتظاهرون"]


def test_a_number_of_people_is_one_actor_and_a_press_adjective_none() -> None:
    assert [e.actor for e in events_of("وقال العديد من النواب إن القانون ظالم.")] == ["العديد من النواب"]
    assert [e.actor for e in events_of("وأضاف في تصريحات صحفية أن الأطراف تسعى إلى الحل.")] == [None]


def test_a_pluperfect_without_qad_has_its_subject_between() -> None:
    events = events_of("وكانت الحركة قطعت علاقاتها رسميا مع التنظيم يوم الخميس.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "الحركة", "2024-03-14")]
    events = events_of("كان الرئيس يزور المدينة عندما وقع الانفجار.")
    assert [(e.type, e.actor) for e in events] == [("visit", "الرئيس"), ("attack", None)]


def test_a_compound_first_name_keeps_its_family_name() -> None:
    assert [e.actor for e in events_of("كشف عبد الرحيم سلامي، مدير الحملة، عن الأسباب.")] == ["عبد الرحيم سلامي"]
    assert [e.actor for e in events_of("التقى عبد الله نظيره الفرنسي.")] == ["عبد الله"]


def test_a_charge_named_by_a_court_is_no_accusation_by_the_speaker() -> None:
    events = events_of("أعلن المحامي أن المحكمة حكمت اليوم على الناشط بالسجن سنة بتهمة الإساءة للغير.")
    assert [(e.type, e.actor) for e in events] == [("statement", "المحامي"), ("measure", "المحكمة")]


def test_what_the_police_suspect_is_no_accusation_by_the_speaker() -> None:
    text = "قال المتحدث إن الشرطة أوقفت ثلاثة شبان يشتبه في انضمامهم إلى شبكة إرهابية مسلحة."
    assert [e.type for e in events_of(text)] == ["statement", "measure"]
    text = "وأفاد المصدر أن العفو لن يشمل المتورطين سابقا في نشاطات إرهابية."
    assert [e.type for e in events_of(text)] == ["statement"]
    # the speaker's own word for someone stays an accusation
    assert [e.type for e in events_of("قال الوزير إن الشبكة إرهابية وتمول العنف.")] == ["accusation"]


def test_who_an_arrest_holds_is_described_not_accused_by_the_speaker() -> None:
    # the words after an arrest name who is held: the police's description, no accusation by the speaker
    events = events_of("ذكر ضابط بالحرس أن دورية ليلية ألقت القبض على شاب متورط في سرقة محلات تجارية.")
    assert [e.type for e in events] == ["statement", "measure"]
    assert events[1].actor == "دورية ليلية"
    text = "وأعلنت الوزارة أن قوات الأمن اعتقلت أربعة مجرمين فروا من السجن."
    assert [e.type for e in events_of(text)] == ["statement", "measure"]
    # what the speaker says the police did besides, joined by و or after a comma, stays an accusation
    text = "قال المحامي إن الشرطة اعتقلت موكله وارتكبت انتهاكات بحقه."
    assert [e.type for e in events_of(text)] == ["accusation", "measure"]
    text = "قال المحامي إن الشرطة اعتقلت موكله دون إذن، وارتكبت انتهاكات خطيرة بحقه."
    assert [e.type for e in events_of(text)] == ["accusation", "measure"]


def test_the_accident_is_looked_for_after_the_death_not_after_its_verb() -> None:
    # لقي ... مصرعهم: the subject and the date come between the verb and the death
    text = "لقي أربعة عمال صباح اليوم الأحد مصرعهم وأصيب آخرون بجروح خطيرة إثر انهيار جدار بورشة بناء."
    assert kinds(text) == []
    text = "لقي جنديان مساء أمس مصرعهما وأصيب ثلاثة آخرون بجروح حين استهدف مسلحون دوريتهم."
    assert kinds(text) == ["attack"]


def test_a_date_between_the_verb_and_its_context_is_not_counted() -> None:
    events = events_of("وقطعت الحكومة العام الماضي علاقاتها الدبلوماسية مع جارتها.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "الحكومة", "2023")]
    events = events_of("وصادق المجلس البلدي مساء أمس على ميزانية السنة المقبلة.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "المجلس البلدي", "2024-03-16")]
    # what a trigger must not stand beside is looked for as written: a bomber, not a dawn
    assert kinds("فجر مساء أمس، مسلح نفسه قرب الثكنة.") == ["attack"]
    assert kinds("ويحتفل المسلمون بعيد الفطر الذي يوافق يوم الجمعة المقبل.") == []
    # voters heading to the polls is no visit, the date between or not
    assert kinds("ويتوجه الناخبون في البلاد غدا الاثنين إلى صناديق الاقتراع لاختيار نوابهم.") == []


def test_an_arrest_told_subject_first_and_a_vehicle_stopped() -> None:
    # the police before the verb (a report's complement puts its subject first) make it an arrest
    events = events_of("قال المتحدث إن الشرطة أوقفت ثلاثة شبان.")
    assert [(e.type, e.actor) for e in events] == [("statement", "المتحدث"), ("measure", "الشرطة")]
    # a vehicle or the traffic stopped is no arrest
    assert events_of("أوقف أعوان الأمن شاحنة محملة بالخضر قرب السوق.") == []


def test_managing_to_do_an_act_is_the_act_of_the_subject() -> None:
    events = events_of("تمكن أعوان الشرطة اليوم من القبض على أربعة شبان.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "أعوان الشرطة", "2024-03-17")]
    events = events_of("ونجحت فرقة الأبحاث في إيقاف المتهمة.")
    assert [(e.type, e.actor) for e in events] == [("measure", "فرقة الأبحاث")]


def test_a_light_verb_governs_nothing_past_a_new_clause() -> None:
    text = "ويواجه الناشط قضية ثانية إثر شكوى رفعها ضابط ضده، وتتعلق بملف صفقة ذخيرة."
    assert "agreement" not in kinds(text)


def test_what_is_done_every_year_is_no_event() -> None:
    assert kinds("وتعين الأمم المتحدة كل سنة فريقا من الخبراء.") == []
    assert kinds("ويجتمع المجلس شهريا لمناقشة الأوضاع.") == []
    assert kinds("واجتمع المجلس أمس لمناقشة الأوضاع.") == ["meeting"]


def test_whom_officials_told_and_all_of_them_are_no_actors() -> None:
    assert [e.actor for e in events_of("وقال مسؤولون للصحيفة إن التحقيق مستمر.")] == ["مسؤولون"]
    assert [e.actor for e in events_of("وأحالتهم جميعا إلى التحقيق.")] == [None]


def test_a_legislature_condemning_is_an_accusation_and_voting_a_measure() -> None:
    assert [(e.type, e.actor) for e in events_of("أدان مجلس الأمن الدولي بشدة الهجمات الإرهابية.")] == [
        ("accusation", "مجلس الأمن الدولي")
    ]
    assert kinds("ورفض الكونغرس مشروع القانون.") == ["measure"]
    events = events_of("صوت البرلمان مساء اليوم لصالح قانون يتيح مصادرة الأراضي.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "البرلمان", "2024-03-17")]


def test_the_object_of_an_accusation_before_ba_and_a_pronoun() -> None:
    assert [e.actor for e in events_of("واتهم إيران بإسهامها في الانقسامات.")] == [None]
    events = events_of("وكان الأمين العام للمنظمة، خالد سالم، أدان الهجوم.")
    assert [e.actor for e in events] == ["الأمين العام للمنظمة، خالد سالم"]


def test_a_document_issued_by_someone_speaks_for_them() -> None:
    events = events_of("وأوضح بيان صادر عن مكتب البعثة أن القتلى مدنيون.")
    assert [(e.type, e.actor) for e in events] == [("statement", "مكتب البعثة")]


def test_speaking_in_a_circumstantial_clause_is_no_report_and_any_starts_an_object() -> None:
    assert kinds("وانهمرت دموع الرئيس وهو يتحدث بانفعال عن الضحايا.") == []
    assert kinds("وقال الوزير وهو يزور المدينة إن الوضع جيد.") == ["statement", "visit"]
    assert [e.actor for e in events_of("في إشارة إلى المجلس الذي يعارض فرض أي قيود على الاستيراد.")] in ([], [None])


def test_the_kind_and_the_destination_of_an_act_are_no_actors() -> None:
    assert [(e.type, e.actor) for e in events_of("وأعلن الوسيط استئناف محادثات السلام اليوم.")][-1] == ("meeting", None)
    events = events_of("وأشار إلى أن جولته شملت زيارة لدمشق الأسبوع الماضي.")
    assert [(e.type, e.actor) for e in events if e.type == "visit"] == [("visit", None)]


def test_a_future_light_verb_and_a_habit_told_before_the_verb() -> None:
    events = events_of("لكن القوات الجوية ستواصل قصف مواقع التنظيم.")
    assert [(e.type, e.actor) for e in events] == [("attack", "القوات الجوية")]
    assert kinds("وعادة ما توجه للحكومة انتقادات حادة.") == []


def test_what_someone_used_to_do_is_no_act() -> None:
    assert kinds("وكانت البلدية تمنع الباعة من عرض سلعهم في الساحة.") == []
    assert kinds("وكان المتظاهرون يطالبون برحيل المحافظ.") == []
    events = events_of("وقتلت الشرطة رجلا كان يحتجز رهائن داخل مصرف أمس.")
    assert [(e.type, e.date) for e in events] == [("attack", "2024-03-16")]
    assert kinds("وكانت الوزارة قد منعت الباعة من عرض سلعهم في الساحة.") == ["measure"]


def test_a_state_that_holds_and_an_act_only_scheduled_or_refused_are_no_events() -> None:
    assert kinds("ونزح آلاف السكان من مناطق سيطرة الفصائل المسلحة.") == []
    assert kinds("ويعاني سكان البلدة الجبلية من الحصار المفروض منذ عامين.") == []
    assert kinds("وقال المتحدث إن موعد زيارة الوزير إلى بغداد سيحدد لاحقا.") == ["statement"]
    assert "visit" not in kinds("ورست السفينة في ميناء فالنسيا بعد رفض مالطا استقبالها.")
    assert kinds("وسيطر الجيش على مناطق واسعة في الريف الشمالي.") == ["attack"]
    assert kinds("وفرضت الحكومة حصارا على البلدة الأسبوع الماضي.") == ["measure"]


def test_a_sentence_that_says_what_an_act_was_tells_no_act() -> None:
    assert kinds("وتفاهم الهدنة هو الثالث خلال شهر بين الطرفين.") == []
    assert kinds("وزيارة الوزير هي الأولى من نوعها منذ عقد.") == []
    assert kinds("وزيارة الوزير إلى موسكو الأحد أثارت جدلا.") == ["visit"]


def test_what_something_led_to_is_told() -> None:
    assert kinds("وتسببت الأزمة في احتجاجات واسعة أدت إلى استقالة وزير المالية.") == ["measure"]
    assert kinds("ما دفع النقابة إلى اتهام الإدارة بخرق الاتفاق.") == ["accusation"]
    assert kinds("وتهدف المبادرة إلى دفع الطرفين إلى الحوار.") == []
    assert kinds("وقال النائب إن الصمت قد يؤدي إلى اتهام البرلمان بالتواطؤ.") == ["statement"]
    assert "visit" not in kinds("ما اضطر النواب إلى مغادرة الاجتماع قبل نهايته.")


def test_what_a_document_or_a_described_thing_asks_is_no_statement() -> None:
    assert kinds("رفضت المحكمة دعاوى تتعلق بالحرب وتطالب الحكومة بتعويضات.") == ["measure"]
    assert kinds("رفعت عائلة الضحية دعوى قضائية ضد الشركة تطالب فيها بتعويض مالي.") == ["accusation"]
    assert kinds("واعتقل شاب أثناء تعليقه ملصقات يدعو فيها إلى الإضراب.") == ["measure"]
    assert kinds("رفع محام قضية ضد الوزير يتهمه فيها بتجاوز السلطة.") == ["accusation"]


def test_a_report_a_sentence_opens_with_is_told() -> None:
    assert kinds("وفي تقرير نشرته صحيفة محلية، تبين أن الشركة خالفت قوانين البناء.") == ["statement"]
    events = events_of("وفي بيان نشرته مساء الإثنين، اتهمت وزارة الداخلية الجماعة بتمويل الهجوم.")
    assert [(e.type, e.actor) for e in events] == [("accusation", "وزارة الداخلية")]


def test_an_attack_in_words_is_an_accusation() -> None:
    events = events_of("وهاجمت المرشحة منافسها ووصفته بالمتهور.")
    assert [(e.type, e.actor) for e in events] == [("accusation", "المرشحة")]
    assert kinds("هاجم رئيس الحزب الحكومة معتبرا أنها فشلت في إدارة الأزمة.") == ["accusation"]
    assert kinds("هاجم مسلحون دورية للشرطة وقتلوا جنديا.") == ["attack"]
    assert kinds("وقال مصدر أمني إن مسلحين هاجموا ثلاثة منازل في القرية.") == ["statement", "attack"]


def test_lying_to_someone_is_no_denial() -> None:
    assert "denial" not in kinds("واستقال الوزير بعد اتهامات بأنه كذب على البرلمان.")
    assert kinds("كذب المتحدث باسم الجيش هذه الأنباء.") == ["denial"]


def test_criticism_answered_is_no_new_accusation() -> None:
    assert kinds("وفي تعليقه على الاتهامات التي وجهت له، أكد الوزير أن الصفقة قانونية.") == ["statement"]
    assert "accusation" not in kinds("وواجهت الوزيرة اتهامات المعارضة بالتقصير.")
    assert kinds("ووجهت المعارضة اتهامات للوزيرة بالتقصير.") == ["accusation"]


def test_a_threat_in_the_first_person_and_any_attack_rejected() -> None:
    assert kinds('وقال الوزير: "نحن مستعدون لفرض عقوبات على كل من يخرق الحظر".') == ["warning"]
    assert kinds('وقال الرئيس: "لن نتردد في الرد على أي اعتداء".') == ["warning"]
    assert kinds("وقال وزير الخارجية إن بلاده ترفض أي اعتداء على سيادة لبنان.") == ["statement"]


def test_the_first_who_did_it_did_it() -> None:
    events = events_of("وكان الرئيس التونسي أول من زار المدينة بعد الزلزال.")
    assert [(e.type, e.actor) for e in events] == [("visit", "الرئيس التونسي")]
    assert kinds("وخرجت الطفلة من المنزل دون علم أهلها.") == []


def test_what_is_denied_poisoning_and_sanitation_are_no_events_of_their_own() -> None:
    events = events_of("ونفى الوزير ما راج في وسائل الإعلام من أن الهيئة طلبت من البرلمان إيقاف عمل اللجنة.")
    assert [(e.type, e.actor) for e in events] == [("denial", "الوزير")]
    assert kinds("وأصيب عشرون شخصا بالتسمم بعد تناول وجبة فاسدة.") == []
    assert kinds("وأفاد بلاغ نشرته الشركة أن مشروع تطهير المياه سينطلق قريبا.") == ["statement"]
    assert kinds("وقالت المنظمة إن الجيش ارتكب تطهيرا عرقيا في القرى الحدودية.") == ["accusation"]


def test_setting_rules_and_writing_reports_are_no_seizure_nor_liberation() -> None:
    assert kinds("كما تم ضبط كيفية أخذ العينات وتحرير المحاضر.") == []
    assert kinds("وتم ضبط كمية من المخدرات في السيارة.") == ["measure"]
    assert kinds("وتمكن الجيش من تحرير المدينة.") == ["attack"]
    assert kinds("وجاء الإضراب على إثر نهاية مهلة الأسبوع المتفق عليها.") == []
    assert kinds("أمهلت الحكومة الشركات أسبوعا لتسوية أوضاعها.") == ["measure"]


def test_deaths_in_a_quake_or_a_distant_drowning_are_no_attack() -> None:
    assert kinds("لقي نحو ثلاثين مهاجرا بينهم أطفال مصرعهم مساء الثلاثاء غرقا قبالة الجزيرة.") == []
    assert kinds("وعرف الإقليم زلزالا عنيفا عام 1999 أدى إلى مقتل المئات وجرح الآلاف.") == []
    assert kinds("قتل ثلاثة جنود أمس في هجوم شنه مسلحون على حاجز قرب الحدود.") == ["attack"]


def test_a_coordinated_verb_in_a_complement_has_no_topic_of_its_own() -> None:
    events = events_of("وقالت الحكومة إن التقرير أثار غضبها وطالبت بسحبه.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الحكومة")]
    assert [e.actor for e in events_of("ودافعت عن تقرير اللجنة.")] == [None]


def test_a_court_upholding_is_a_measure_and_support_a_statement() -> None:
    assert next((e.type, e.actor) for e in events_of("أيد القضاء الأمريكي تعليق قرار الرئيس.")) == (
        "measure",
        "القضاء الأمريكي",
    )
    assert kinds("وأيدت الحكومة خطة السلام.") == ["statement"]


def test_figures_issued_by_a_body_speak_for_it_and_a_disease_attacks_no_one() -> None:
    events = events_of("كشفت آخر الأرقام الصادرة عن منظمة الصحة أن وباء الكوليرا اجتاح عشرين محافظة.")
    assert [(e.type, e.actor) for e in events] == [("statement", "منظمة الصحة")]


def test_a_name_right_after_a_title_is_part_of_the_actor() -> None:
    assert [e.actor for e in events_of("قال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر.")] == [
        "وزير الخارجية الروسي سيرغي لافروف"
    ]
    assert [e.actor for e in events_of("أكد الرئيس السوري بشار الأسد أن الحوار مستمر.")] == ["الرئيس السوري بشار الأسد"]
    assert [e.actor for e in events_of("وقال الوزير التونسي عبد الكريم الزبيدي إن الحوار مستمر.")] == [
        "الوزير التونسي عبد الكريم الزبيدي"
    ]
    # an object after a definite title is no name: وفدا
    assert [e.actor for e in events_of("استقبل الرئيس وفدا رسميا.")] == ["الرئيس"]


def test_a_name_beginning_with_lam_is_no_addressee() -> None:
    assert [e.actor for e in events_of("وقال مسؤول لرويترز إن الوفد وصل.")] == ["مسؤول"]
    assert [e.actor for e in events_of("وقالت مصادر مطلعة لوكالة الأنباء إن الوفد وصل.")] == ["مصادر مطلعة"]


def test_others_asking_inside_a_report_is_their_statement() -> None:
    events = events_of("وقالت الوزارة إن قادة الفصائل طلبوا مبالغ كبيرة.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الوزارة"), ("statement", "قادة الفصائل")]


def test_calling_someone_is_a_meeting_and_deaths_in_an_accident_no_attack() -> None:
    events = events_of("اتصل رئيس الوزراء اليوم بوالد الفتى لتقديم التعازي.")
    assert [(e.type, e.actor, e.date) for e in events] == [("meeting", "رئيس الوزراء", "2024-03-17")]
    assert kinds("لقي ثلاثة أشخاص حتفهم صباح اليوم في حادث غرق مركب.") == []
    assert kinds("قتل ثلاثة أشخاص في غارة جوية.") == ["attack"]


def test_a_detached_waw_and_his_saying_continue_the_speaker() -> None:
    text = "وقال الوزير في بيان اليوم إن الوضع خطير.\nو اضاف قوله أن هذه الممارسات مرفوضة."
    assert [(e.type, e.actor, e.mentions) for e in events_of(text)] == [("statement", "الوزير", (0, 1))]


def test_setting_a_calendar_is_no_seizure() -> None:
    assert kinds("ضبطت الهيئة رزنامة مفصلة للانتخابات البلدية.") == []
    assert kinds("وضبطت الشرطة كمية من المخدرات.") == ["measure"]


def test_agreeing_to_a_treaty_takes_the_treatys_date() -> None:
    events = events_of("وكانت الدولة واحدة من مئة دولة وافقت على الاتفاقية في جنيف في ديسمبر 2015.")
    assert [(e.type, e.date) for e in events] == [("agreement", "2015-12")]


def test_aiming_at_a_goal_is_no_attack_and_a_complement_no_actor() -> None:
    assert kinds("عن طريق خطوات تستهدف الحد من الغازات.") == []
    assert [e.actor for e in events_of("واستهدفت غارة جوية مقرا للحركة.")] == ["غارة جوية"]
    assert [e.actor for e in events_of("وتطرق إلى الرسالة التي استخدمها عندما انتخب رئيسا للبلاد.")] == [None]


def test_an_own_act_announced_after_a_dated_subject_and_a_comma() -> None:
    events = events_of("أعلنت ليبيا اليوم الاثنين، قطع علاقاتها مع دولة قطر.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "ليبيا", "2024-03-17")]


def test_a_dual_verb_has_a_pronoun_subject_and_accusatives_are_no_topic() -> None:
    events = events_of("أصدر الرئيسان اليوم بيانا مشتركا أوضحا فيه تفاصيل الخطة.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الرئيسان")]  # the statement issued
    assert [e.actor for e in events_of("وقد نفاها الوزير أمس.")] == ["الوزير"]


def test_after_anna_the_subject_is_before_the_verb_even_when_unnamed() -> None:
    events = events_of("وقال الوزير إن بلاده قررت قطع علاقاتها مع الجارة.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الوزير")]
    text = "قالت مصادر إن الهجوم وقع.\nوأضافت المصادر نفسها أن الجيش حذر السكان."
    # the sources go on; the army's warning, told in their words, is the army's event
    assert [(e.type, e.actor) for e in events_of(text)] == [("statement", "مصادر"), ("warning", "الجيش")]


def test_a_light_noun_gives_way_to_the_act_it_carries() -> None:
    events = events_of("أعلنت وزارة الدفاع عن توجيه ضربات لمواقع التنظيم.")
    assert [(e.type, e.actor) for e in events] == [("attack", "وزارة الدفاع")]
    assert [(e.type, e.actor) for e in events_of("وأعلنت الحكومة عن عقد اجتماع طارئ.")] == [("meeting", "الحكومة")]


def test_an_attribution_after_a_statement_names_its_source_and_no_event() -> None:
    events = events_of("قال رئيس الوزراء إن حكومته لن تتراجع عن الخطة، وفق ما أفادت وكالة الأنباء الرسمية أمس.")
    assert [(e.type, e.actor, e.date) for e in events] == [("statement", "رئيس الوزراء", "2024-03-16")]
    events = events_of("اعتقلت الشرطة خمسة أشخاص في المدينة، بحسب ما ذكرت صحيفة محلية.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الشرطة"), ("statement", "صحيفة محلية")]


def test_a_verb_that_needs_an_object_takes_the_noun_after_its_subject() -> None:
    events = events_of("فرضت الحكومة حظرا على استيراد الدواجن.")
    assert [(e.type, e.trigger, e.actor) for e in events] == [("measure", "فرضت", "الحكومة")]


def test_a_conjunction_before_a_verb_is_no_actor() -> None:
    events = events_of("ولم يحدد التقرير أسماء المتهمين، وإنما أشار إلى أنهم من كبار الضباط.")
    assert [(e.type, e.actor) for e in events] == [("statement", None)]


def test_an_attack_suffered_names_no_attacker() -> None:
    events = events_of("ووصف أحد السكان الهجوم الذي تعرضت له القرية بأنه الأعنف.")
    assert [(e.type, e.actor) for e in events if e.type == "attack"] == [("attack", None)]


def test_a_sound_plural_heads_no_construct() -> None:
    assert [e.actor for e in events_of("اقتحم مسلحون قرية في الشمال فجر الخميس.")] == ["مسلحون"]
    assert [e.actor for e in events_of("أطلق مسلحون مجهولون النار على الحافلة.")] == ["مسلحون مجهولون"]
    assert [e.actor for e in events_of("وقال مسؤولون بوزارة الصحة إن الوباء انحسر.")] == ["مسؤولون بوزارة الصحة"]


def test_a_weak_report_in_another_sentence_retells_no_speakers_words() -> None:
    text = (
        "دعا رجل الدين البارز إلى الهدوء يوم الخميس.\n"
        "ووجه رئيس الحكومة السابق، أحمد بن علي الحسني، نداء إلى سكان المدينة التي تشهد احتجاجات"
        " يطالب فيها الحكومة بالإصلاح."
    )
    assert next((e.type, e.actor, e.mentions) for e in events_of(text)) == ("statement", "رجل الدين", (0,))


def test_a_measure_recalls_only_a_measure_of_its_kind() -> None:
    text = "اعتقلت الشرطة عشرة أشخاص في يناير الماضي.\nونجحت المغنية في إقناع الرئيس بالعفو عن السجينة."
    assert [(e.trigger, e.mentions) for e in events_of(text)] == [("اعتقلت", (0,))]


def test_a_subject_right_before_a_present_verb_is_its_actor() -> None:
    assert [(e.type, e.actor) for e in events_of("الأردن يدين الهجوم على القافلة.")] == [("accusation", "الأردن")]
    assert [e.actor for e in events_of("الحكومة تعلن فرض حظر التجول في المدينة.")] == ["الحكومة"]


def test_a_place_named_ain_is_no_appointment() -> None:
    assert kinds("تعاني المدينة من انقطاع المياه التي تصل من نبع عين الفيجة.") == []
    assert [(e.type, e.actor) for e in events_of("وعين المجلس مديرا جديدا.")] == [("measure", "المجلس")]


def test_a_hashtag_names_the_actor() -> None:
    # its words apart: الجيش الوطني, not the hashtag's joined form
    events = events_of("حرر #الجيش_الوطني، الجمعة، مواقع جديدة في المدينة.")
    assert [(e.type, e.actor, e.date) for e in events] == [("attack", "الجيش الوطني", "2024-03-15")]


def test_an_apposition_between_commas_is_not_counted_in_a_triggers_window() -> None:
    events = events_of("ووجه رئيس الحكومة السابق، أحمد بن علي الحسني، نداء إلى السكان.")
    assert [(e.type, e.trigger) for e in events] == [("statement", "ووجه")]


def test_a_report_a_sentence_goes_by_is_its_sources_statement() -> None:
    events = events_of("وبحسب تقرير منظمة العفو الدولية، فإن السجناء تعرضوا للتعذيب.")
    assert [(e.type, e.trigger, e.actor) for e in events] == [("statement", "تقرير", "منظمة العفو الدولية")]
    events = events_of("وحسب بيان أصدرته رئاسة الحكومة، فإن عدد الموظفين تضاعف.")
    assert [(e.type, e.actor) for e in events] == [("statement", "رئاسة الحكومة")]
    events = events_of("وحسب تقرير جديد للأمم المتحدة، فإن عدد اللاجئين تضاعف.")
    assert [(e.type, e.trigger) for e in events] == [("statement", "تقرير")]


def test_a_statement_issued_is_the_issuers_and_a_negated_light_verb_issues_none() -> None:
    events = events_of("وأصدرت الوزارة بيانا أكدت فيه أن الاجتماع ناجح.")
    assert [(e.type, e.trigger, e.actor) for e in events] == [("statement", "بيانا", "الوزارة")]
    assert kinds("ولم تصدر الوزارة أي بيان حول القضية.") == []
    assert kinds("لم تشن الطائرات أي غارات على المدينة.") == []


def test_a_report_a_speaker_went_by_is_no_second_statement() -> None:
    events = events_of("ووفقا لبيان بثه التلفزيون الرسمي، قال المعارضون إن الحافلة لم تعبر الحدود.")
    assert [(e.type, e.actor) for e in events] == [("statement", "المعارضون")]


def test_wafqan_li_is_no_purpose() -> None:
    events = events_of("ووفقا لبيان صادر عن الحزب، فإن عدد الأعضاء تضاعف.")
    assert [(e.type, e.trigger, e.actor) for e in events] == [("statement", "لبيان", "الحزب")]


def test_whose_report_a_sentence_goes_by_is_named_without_its_lam() -> None:
    assert [e.actor for e in events_of("وحسب تقرير جديد للأمم المتحدة، فإن عدد اللاجئين تضاعف.")] == ["الأمم المتحدة"]
    assert [e.actor for e in events_of("وحسب تقرير لبنان الرسمي، فإن النمو تراجع.")] == ["لبنان الرسمي"]


def test_what_something_is_done_under_or_is_tells_no_act() -> None:
    assert kinds("والتزمت الدولة بموجب الاتفاق بخفض انبعاثاتها.") == []
    assert kinds("وهي أول اتفاق عالمي للمناخ ملزم قانونا.") == []
    assert kinds("وقعت الدولتان اتفاقا للتعاون يوم الأحد.") == ["agreement"]


def test_abraz_before_a_plural_is_an_elative_and_a_report_named_twice_is_one() -> None:
    assert kinds("وتمثل ملفات التعليم والاستثمار ابرز محاور زيارة رئيس الحكومة الى المانيا.") == []
    assert kinds("وأبرز الوزير أن الخطة ناجحة.") == ["statement"]
    text = "ووفقا لتقرير صادر عن المنظمة، فقد سجلت 800 حالة وفاة، ووفقا للتقرير فإن الوباء ينتشر."
    assert [(e.type, e.actor) for e in events_of(text)] == [("statement", "المنظمة")]


def test_responsibility_carried_is_no_blame_but_laid_on_someone_is() -> None:
    assert kinds("وقال الرئيس إنه يرغب في الراحة بعد انتهاء المسؤولية التي حملها.") == ["statement"]
    assert kinds("وقال الوزير إن الحكومة تحمل المعارضة مسؤولية الأزمة.") == ["accusation"]
    assert kinds("وقال الوزير إن الحكومة السابقة تتحمل المسؤولية الكاملة عن الأزمة.") == ["accusation"]


def test_an_own_act_announced_past_a_relative_clause_on_the_speaker() -> None:
    text = "وأعلنت تونس التي تربطها صلات قوية بالجزائر، الأربعاء تعليق الرحلات الجوية مع جارتها."
    assert [(e.type, e.actor, e.date) for e in events_of(text)] == [("measure", "تونس", "2024-03-13")]
    text = "أعلنت الحكومة التي تواجه أزمة مالية حادة، فرض ضرائب جديدة."
    assert [(e.type, e.actor) for e in events_of(text)] == [("measure", "الحكومة")]


def test_the_statement_issued_by_parties_names_them() -> None:
    events = events_of("وتشمل تلك المبادئ، بحسب البيان الصادر عن الطرفين، الحفاظ على وحدة البلاد.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الطرفين")]


def test_an_undated_act_naming_no_one_right_after_the_same_act_is_that_act_again() -> None:
    text = (
        "اتفقت الحكومة والنقابة يوم الخميس على زيادة الأجور.\nوأضاف البيان أنه تم الاتفاق على صرف الزيادة للعمال كافة."
    )
    agreements = [e for e in events_of(text) if e.type == "agreement"]
    assert [(e.actor, e.mentions) for e in agreements] == [("الحكومة والنقابة", (0, 1))]


def test_an_act_told_as_done_is_not_dated_after_the_reference_day() -> None:
    events = events_of("اتفق الطرفان على عقد جولة جديدة من المحادثات الشهر المقبل.")
    # the round agreed on for next month is a meeting of its own, dated so (an announced plan)
    assert [(e.type, e.date) for e in events] == [("agreement", None), ("meeting", "2024-04")]
    assert [(e.type, e.date) for e in events_of("سيزور الوزير المدينة الشهر المقبل.")] == [("visit", "2024-04")]
    assert [(e.type, e.date) for e in events_of("اتفق الطرفان يوم الخميس على الهدنة.")] == [("agreement", "2024-03-14")]


def test_one_more_act_of_its_kind_is_not_the_act_before_again() -> None:
    text = "قضت المحكمة بسجن الوزير السابق خمس سنوات.\nكما قضت المحكمة ذاتها بسجن مساعده ثلاث سنوات."
    assert [e.mentions for e in events_of(text) if e.type == "measure"] == [(0,), (1,)]


def test_a_place_after_a_title_is_where_not_whose() -> None:
    assert [e.actor for e in events_of("سيزور الوزير القاهرة الشهر المقبل.")] == ["الوزير"]
    assert [e.actor for e in events_of("قال الرئيس الأسد إن الحرب انتهت.")] == ["الرئيس الأسد"]


def test_the_attack_named_again_is_the_attack_told_before_whatever_its_word() -> None:
    text = (
        "اقتحم مسلحون قرية في الشمال فجر الخميس وقتلوا ثلاثة من سكانها.\n"
        "ووصف أحد السكان الهجوم الذي تعرضت له القرية بأنه الأعنف منذ سنوات."
    )
    assert [(e.type, e.mentions) for e in events_of(text)] == [("attack", (0, 1)), ("statement", (1,))]


def test_an_act_planned_in_a_relative_clause_by_a_future_light_verb_is_no_event() -> None:
    assert kinds("انتشرت القوات حول الأحياء التي سيجري اقتحامها لاحقا.") == []
    assert [(e.type, e.date) for e in events_of("ستشن الطائرات غارات على المواقع غدا.")] == [("attack", "2024-03-18")]


def test_a_lists_label_acts_and_an_announced_act_is_no_subject() -> None:
    events = events_of("السعودية: أعلنت الأحد قطع العلاقات مع الجارة.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "السعودية", "2024-03-17")]


def test_a_word_written_accusative_is_no_subject() -> None:
    assert [(e.type, e.actor) for e in events_of("قتل فلسطينياً جريحاً في الخليل.")] == [("attack", None)]


def test_the_act_a_speaker_speaks_of_is_never_its_subject() -> None:
    assert [e.actor for e in events_of("وفي هذا الصدد يقترح سحب الجنسية من المتطرفين.")] == [None]


def test_a_visit_names_its_visitor_not_where_it_goes() -> None:
    assert [e.actor for e in events_of("جاء الهجوم بعد أيام من زيارة وزير الدفاع للمدينة.")] == ["وزير الدفاع"]
    events = events_of("بدأت زيارة الرئيس الفرنسي لبغداد يوم الأحد.")
    assert [(e.type, e.actor, e.date) for e in events] == [("visit", "الرئيس الفرنسي", "2024-03-17")]


def test_a_count_heads_the_object_and_company_is_no_actor() -> None:
    assert [e.actor for e in events_of("أطلقت إيران مجموعة من الصواريخ على المواقع.")] == ["إيران"]
    assert [e.actor for e in events_of("وقال عدد من النواب إن الجلسة تأجلت.")] == ["عدد من النواب"]


def test_a_lawsuit_alleging_again_is_its_one_accusation() -> None:
    text = "وزعمت الدعوى القضائية أن الشركة أهملت الحماية.\nوتزعم الدعوى أيضا أن الحراس تركوا المبنى."
    assert [(e.type, e.actor, e.mentions) for e in events_of(text)] == [("accusation", "الدعوى القضائية", (0, 1))]


def test_a_light_verb_governs_no_noun_past_another_verb() -> None:
    events = events_of("وأصدر الحزب بيانا ندد فيه بالهجوم على المدنيين.")
    assert [(e.type, e.actor) for e in events] == [("accusation", "الحزب")]
    text = "أصدرت أحزاب المعارضة، اليوم الخميس، بيانات عبرت فيها عن مساندتها للحكومة."
    assert [(e.type, e.actor) for e in events_of(text)] == [("statement", "أحزاب المعارضة")]


def test_no_number_no_act_and_no_object_stands_for_an_actor() -> None:
    assert [e.actor for e in events_of("وأسفر هجوم نفذه اربعة عن مقتل شرطي.")] == [None]
    assert [e.actor for e in events_of("وأسفر هجوم نفذه مسلحون عن مقتل شرطي.")] == ["مسلحون"]
    assert [e.actor for e in events_of("ووصف الوزير الأمر بأنه مخجل.")] == ["الوزير"]


def test_to_whom_a_statement_was_made_is_not_who_made_it() -> None:
    events = events_of("وأفاد الوزير، في تصريح لوكالة الأنباء الرسمية اليوم الخميس، أن المجلس سيجتمع.")
    assert [(e.type, e.actor) for e in events if e.type == "statement"] == [("statement", "الوزير")]


def test_a_name_after_a_title_takes_no_word_of_an_act() -> None:
    events = events_of("ووعد وزير الخارجية النرويجي ببحث إمكانيات مراجعة القرار.")
    assert [e.actor for e in events] == ["وزير الخارجية النرويجي"]
    assert [e.actor for e in events_of("ولكنهم دعوا إلى الهدوء.")] == [None]


def test_a_legislatures_words_are_words_and_its_vote_a_measure() -> None:
    assert kinds("وقال البرلمان في بيان إن الجلسة تأجلت.") == ["statement"]
    assert kinds("ودعا مجلس الأمن إلى وقف إطلاق النار.") == ["statement"]
    assert kinds("رفض الكونغرس مشروع القانون.") == ["measure"]


def test_where_something_happened_is_not_who_did_it() -> None:
    assert [e.actor for e in events_of("شهدت المدينة اشتباكات عنيفة يوم الخميس.")] == [None]
    text = "وشهدت القمة تحولا مهما بإعلان الأطراف الأربعة استئناف الحوار."
    assert [e.actor for e in events_of(text) if e.type == "statement"] == ["الأطراف الأربعة"]


def test_leaving_a_party_or_a_government_is_no_visit() -> None:
    assert kinds("قال إن الأمين العام تسرع عند مغادرته لحزب الشعب.") == ["statement"]
    assert [(e.type, e.actor) for e in events_of("غادر الرئيس القاهرة متوجها إلى باريس.")] == [("visit", "الرئيس")]


def test_acts_told_in_a_sequence_are_each_an_event() -> None:
    text = "واشتد القتال إثر هجوم بالطائرات المسيرة أعقبته غارات جوية على المدينة."
    assert [(e.type, e.trigger) for e in events_of(text)] == [("attack", "هجوم"), ("attack", "غارات")]


def test_a_passive_written_with_its_damma_names_no_patient_as_actor() -> None:
    assert [(e.type, e.actor) for e in events_of("مُنعت الصحفية من السفر.")] == [("measure", None)]
    assert [(e.type, e.actor) for e in events_of("وقُتل جندي برصاص قناص.")] == [("attack", "قناص")]
    assert [(e.type, e.actor) for e in events_of("منعت الحكومة التظاهر.")] == [("measure", "الحكومة")]


def test_a_count_right_after_an_opening_act_is_its_patients() -> None:
    assert [(e.type, e.actor) for e in events_of("اعتقل خمسة أشخاص في المدينة.")] == [("measure", None)]
    text = "وقالت مصادر إن المتهمين اقتحموا 5 كنائس."
    assert [(e.type, e.actor) for e in events_of(text) if e.type == "attack"] == [("attack", "المتهمين")]


def test_a_coordinated_verb_and_a_second_title_end_the_subject() -> None:
    events = events_of("استقبل الرئيس الوزير وبحث الجانبان مسار العلاقات.")
    assert next((e.type, e.actor) for e in events) == ("visit", "الرئيس")
    assert [e.actor for e in events_of("وقال جيش الاحتلال ومصدر أمني إن القصف توقف.")] == ["جيش الاحتلال ومصدر أمني"]


def test_a_meeting_names_whom_it_gathered() -> None:
    text = "وجاء ذلك بعد يوم من فشل القمة التي جمعت رؤساء الدول الثلاث في طهران."
    assert [(e.type, e.actor) for e in events_of(text)] == [("meeting", "رؤساء الدول الثلاث")]


def test_whom_one_told_is_not_who_told() -> None:
    text = "كما يقول الخبير في الشؤون الكورية، أخبر يورونيوز في سبتمبر أن البلاد تعاني."
    assert [(e.type, e.actor) for e in events_of(text)] == [("statement", "الخبير في الشؤون الكورية")]
    assert [e.actor for e in events_of("وأخبر الوزير الصحفيين أن الاجتماع تأجل.")] == ["الوزير"]
    text = "وقالت الإمارات العربية المتحدة إن الرحلات عادت."
    assert [e.actor for e in events_of(text)] == ["الإمارات العربية المتحدة"]


def test_a_party_after_b_or_l_is_no_subject() -> None:
    assert [(e.type, e.actor) for e in events_of("اجتمع بزعماء سبع دول أفريقية في العاصمة.")] == [("meeting", None)]
    assert [e.actor for e in events_of("وقال في تصريح لمراسل الإذاعة إن الحزب يرفض القانون.")] == [None]
    assert [e.actor for e in events_of("قال النائب بمجلس الشعب إن الجلسة تأجلت.")] == ["النائب بمجلس الشعب"]


def test_the_journalists_told_are_no_part_of_the_speaker() -> None:
    assert [e.actor for e in events_of("وقال المتحدث للصحفيين في نيويورك إن الأمين العام قلق.")] == ["المتحدث"]
    assert [e.actor for e in events_of("قال المدير التنفيذي للشركة إن الأرباح تراجعت.")] == ["المدير التنفيذي للشركة"]


def test_an_agreement_named_after_a_place_names_no_party() -> None:
    assert [e.actor for e in events_of("وقع اتفاق الطرفين في الدوحة يوم الأحد.")] == ["الطرفين"]
    assert [(e.type, e.actor) for e in events_of("وقتل خمسة نتيجة القصف.")] == [("attack", None)]


def test_a_meeting_held_names_whom_it_gathered() -> None:
    events = events_of("وعقد لقاء جمع الوزيرين في القاهرة يوم الخميس.")
    assert ("meeting", "الوزيرين") in [(e.type, e.actor) for e in events]


def test_when_and_a_verb_are_no_part_of_the_subject() -> None:
    assert [e.actor for e in events_of("قال السفير في العام الماضي إن العلاقات جيدة.")] == ["السفير"]
    assert [e.actor for e in events_of("قال السفير في واشنطن إن العلاقات جيدة.")] == ["السفير في واشنطن"]
    assert [e.actor for e in events_of("بدأ مسلحون يرتدون أقنعة الهجوم على القرية.")] == ["مسلحون"]


def test_an_event_told_by_a_verb_and_its_noun_is_shown_by_the_verb() -> None:
    events = events_of("وأفاد الوزير، في تصريح لوكالة الأنباء الرسمية اليوم الخميس، أن المجلس سيجتمع.")
    assert [(e.trigger, e.actor, e.date) for e in events if e.type == "statement"] == [
        ("وأفاد", "الوزير", "2024-03-17")
    ]


def test_a_manner_an_accusative_and_a_names_own_noun_end_the_subject() -> None:
    assert [e.actor for e in events_of("وسحبت روما سفيرها من القاهرة.")] == ["روما"]
    assert [e.actor for e in events_of("واعتبرته قطر موقفاً إيجابياً.")] == ["قطر"]
    assert [e.actor for e in events_of("وقال وزير خارجيتها إن الأزمة انتهت.")] == ["وزير خارجيتها"]
    assert next(e.actor for e in events_of("وقرر الرئيس وبشكل مفاجئ إغلاق الحدود.")) == "الرئيس"


# --- an official's announcement of his country's act is that act ----------------------------


def test_an_office_telling_what_its_head_did_is_his_act() -> None:
    text = "وأفاد المكتب الإعلامي لرئيس الحكومة مساء الأحد بأن رئيس الحكومة التقى ممثلي النقابات."
    assert [(e.type, e.actor) for e in events_of(text)] == [("meeting", "رئيس الحكومة")]
    # another's office telling an act of someone else: its words, and that act
    text = "وقال مكتب المنظمة الدولية في العاصمة إن الجيش قصف مخيما للنازحين."
    assert sorted(kinds(text)) == ["attack", "statement"]


def test_a_presidency_telling_what_a_man_it_names_did_is_his_act() -> None:
    text = "ووفق بيان أصدرته الرئاسة المالية، فقد اجتمع تراوري بوفد من رجال الأعمال مساء السبت."
    assert [(e.type, e.actor, e.date) for e in events_of(text)] == [("meeting", "تراوري", "2024-03-16")]
    assert kinds("وأعلنت الرئاسة أن تراوري سيزور الجزائر الأسبوع المقبل.") == ["visit"]
    # a body, or a country, is no man it names
    assert sorted(kinds("وأعلنت الرئاسة أن الحكومة ستجتمع يوم الأحد.")) == ["meeting", "statement"]


def test_a_seat_of_government_names_its_country() -> None:
    # the Kremlin saying Russia's forces did not strike: Russia denying its own act
    events = events_of("وأكد الكرملين مساء الخميس أن الطيران الروسي لم يقصف محطة الكهرباء.")
    assert [(e.type, e.actor) for e in events] == [("denial", "الكرملين")]
    events = events_of("وقال البيت الأبيض إن الولايات المتحدة فرضت رسوما جديدة على الصلب.")
    assert [e.type for e in events] == ["measure"]


def test_a_ministry_telling_what_its_army_or_police_did_is_that_act() -> None:
    text = "وأعلنت وزارة الدفاع يوم الخميس أن وحدات الجيش اعتقلت أربعة مهربين قرب الحدود الجنوبية."
    assert [(e.type, e.date) for e in events_of(text)] == [("measure", "2024-03-14")]
    text = "وأفادت وزارة الداخلية مساء أمس بأن قوات الأمن أوقفت سبعة مطلوبين في حي شعبي."
    assert [e.type for e in events_of(text)] == ["measure"]
    # another country's army: the ministry's words, and that army's act
    text = "وقالت وزارة الدفاع الروسية إن الجيش الأوكراني قصف مدينة حدودية."
    assert sorted(e.type for e in events_of(text)) == ["attack", "statement"]


def test_an_attribution_to_an_official_of_the_acting_country_is_the_act_alone() -> None:
    text = "طردت السويد دبلوماسيين اثنين، حسبما أعلن مسؤول في الخارجية السويدية الثلاثاء."
    events = events_of(text)
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "السويد", "2024-03-12")]


def test_an_attribution_to_a_news_agency_stays_a_statement() -> None:
    text = "أغلقت السلطات الأردنية المعبر الحدودي، وفق ما ذكرت وكالة الأنباء الأردنية."
    assert sorted(kinds(text)) == ["measure", "statement"]


def test_an_official_telling_his_country_named_did_an_act_tells_that_act() -> None:
    own = events_of("قال وزير الخارجية الأمريكي إن الولايات المتحدة فرضت عقوبات جديدة على الشركة.")
    assert [(e.type, e.actor) for e in own] == [("measure", "الولايات المتحدة")]
    other = events_of("قال وزير الخارجية الروسي إن الولايات المتحدة فرضت عقوبات جديدة على الشركة.")
    assert sorted(e.type for e in other) == ["measure", "statement"]


def test_what_the_announcer_goes_on_to_say_is_no_new_statement() -> None:
    text = (
        "أعلنت الحكومة النرويجية تعليق المساعدات للوزارة.\n"
        "وأضافت أن القرار جاء بعد مراجعة دقيقة لحسابات المشروع.\n"
        "وحذر المتحدث باسمها من أن بلاده ستراجع كل اتفاقاتها."
    )
    events = events_of(text)
    assert [(e.type, e.sentence) for e in events] == [("measure", 0), ("warning", 2)]


def test_a_deadline_given_is_a_measure() -> None:
    assert kinds("أمهلت السلطات الشركات الأجنبية شهرا لتسوية أوضاعها.") == ["measure"]
    assert kinds("وطلبت الشركة مهلة إضافية من الوزارة.") == ["statement"]


# --- attacks in words --------------------------------------------------------------------------


def test_an_attack_made_in_a_speech_or_a_recording_is_verbal() -> None:
    assert kinds("بث التنظيم تسجيلا صوتيا هاجم فيه قائده الحكومة العراقية.") == ["accusation"]
    assert kinds("وألقت الوزيرة كلمة هاجمت خلالها المعارضة.") == ["accusation"]
    assert kinds("هاجم مسلحون القرية التي يقيم فيها الوزير.") == ["attack"]


def test_a_plural_that_keeps_its_nun_heads_no_definite_genitive() -> None:
    events = events_of("هاجم مسلحون القرية الحدودية فجر السبت.")
    assert [(e.type, e.actor) for e in events] == [("attack", "مسلحون")]


def test_opening_fire_is_an_attack_not_a_measure() -> None:
    assert kinds("وفتح رجل مسلح النار على زبائن المقهى مساء السبت.") == ["attack"]
    assert kinds("فتحت النيابة العامة تحقيقا في الحريق.") == ["measure"]


def test_an_act_that_a_clause_would_make_possible_is_no_event() -> None:
    assert kinds("ويشترط القانون موافقة المجلس حتى يتسنى للحكومة سحب الترخيص.") == []


def test_what_a_statement_asks_or_supposes_is_no_accusation() -> None:
    assert kinds("وقالت الشرطة إن دوافع الحريق لم تعرف بعد، وما إذا كانت جنائية.") == ["statement"]
    assert kinds("وقالت الوزيرة إن الجماعة إرهابية.") == ["accusation"]
    assert kinds("وقال القائد إنه إذا هاجمت الفصائل القاعدة فستواجه ردا حازما.") == ["warning"]


def test_an_act_named_with_a_demonstrative_in_passing_is_a_recall() -> None:
    text = "وأكدت الهيئة أن كل تجاوز لهذا القرار يعاقب عليه وفقا لقانون صادر في 12 مايو 2001."
    assert "measure" not in kinds(text)


def test_a_verb_that_turns_to_an_act_through_ila_or_ala_does_that_act() -> None:
    assert [(e.type, e.actor) for e in events_of("وعمدت السلطات إلى قطع الإنترنت عن الإقليم.")] == [
        ("measure", "السلطات")
    ]
    assert [(e.type, e.actor) for e in events_of("وأقدم مجهولون على اختطاف طبيبين.")] == [("attack", "مجهولون")]


def test_whom_a_meeting_was_with_after_ba_is_not_the_subject() -> None:
    events = events_of("واجتمع المبعوث الأممي بقادة الأحزاب في العاصمة.")
    assert [(e.type, e.actor) for e in events] == [("meeting", "المبعوث الأممي")]


def test_a_persons_descriptor_before_a_name_is_a_title() -> None:
    events = events_of("دعا الناشط الحقوقي كريم العابد اليوم إلى إطلاق سراح المعتقلين.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الناشط الحقوقي كريم العابد")]


def test_who_demands_before_ba_is_the_subject() -> None:
    assert [e.actor for e in events_of("وطالبت النقابة بزيادة الأجور.")] == ["النقابة"]
    assert [e.actor for e in events_of("وطالب الوزير الحكومة بإجراء تحقيق.")] == ["الوزير"]


def test_a_partys_dated_words_far_after_its_undated_ones_are_another_statement() -> None:
    filler = "\n".join(f"وتضررت {n} منازل من السيول في القرى الجبلية." for n in ("ثلاثة", "أربعة", "خمسة", "ستة"))
    text = "وتطالب تونس بتقاسم عادل لمياه النهر.\n" + filler + "\nوأعلنت تونس قبولها لتقرير الخبراء في مارس 2022.\n"
    statements = [e for e in events_of(text) if e.type == "statement"]
    assert [e.mentions for e in statements] == [(0,), (5,)]


def test_a_news_agency_reporting_through_an_article_is_one_statement() -> None:
    filler = "\n".join(f"وتضررت {n} منازل من السيول في القرى الجبلية." for n in ("ثلاثة", "أربعة", "خمسة", "ستة"))
    text = (
        "وذكرت وكالة الأنباء الرسمية أن الأمطار غمرت الطرق.\n" + filler + "\nوقالت الوكالة الخميس إن السدود امتلأت.\n"
    )
    statements = [e for e in events_of(text) if e.type == "statement"]
    assert len(statements) == 1


def test_a_chamber_named_after_indictment_accuses_no_one() -> None:
    assert kinds("وقررت دائرة الاتهام إرجاء النظر في الملف.") == ["measure"]


def test_leaving_school_is_no_visit() -> None:
    assert kinds("واضطر مئات الأطفال إلى مغادرة مقاعد الدراسة.") == []


def test_an_army_telling_its_planes_struck_tells_its_own_attack() -> None:
    assert kinds("وقال الجيش إن مقاتلات استهدفت مخزنا للذخيرة قرب الحدود.") == ["attack"]
    assert sorted(kinds("وقال الجيش الأردني إن طائرات إيرانية قصفت مخزنا للذخيرة.")) == ["attack", "statement"]


def test_talks_set_off_by_a_comma_before_their_light_verb_are_a_meeting() -> None:
    assert kinds("وركزت المشاورات، التي جرت في مقر الوزارة، على ملف المياه.") == ["meeting"]


def test_suspending_a_treaty_is_a_measure() -> None:
    assert kinds("وعلقت الحكومة في مايو اتفاقية التعاون مع جارتها.") == ["measure"]


def test_rejecting_criticism_is_a_denial() -> None:
    assert kinds("ورفض المتحدث باسم البلدية الانتقادات الموجهة إلى المجلس.") == ["denial"]


def test_an_accusation_and_a_threat_in_one_sentence_are_two_events() -> None:
    text = "واتهمت الجماعة في بيان الحكومة بالتواطؤ مع المهربين، وتوعدت بالرد."
    assert kinds(text) == ["accusation", "warning"]


def test_what_a_statement_accused_in_it_makes_it_an_accusation() -> None:
    assert kinds("وغرم الاتحاد اللاعب بسبب تصريحات اتهم فيها المنظمين بالتلاعب.") == ["accusation"]


def test_an_act_dated_by_its_year_and_again_by_its_month_is_one_event() -> None:
    text = (
        "رفعت عائلة الصحفي دعوى بعد تعرض منزله للسطو قبل عامين.\n"
        "وكان مسلحون قد اقتحموا منزل الصحفي في أكتوبر 2022 وسرقوا حواسيبه."
    )
    burglaries = [e for e in events_of(text) if e.type == "attack"]
    assert [(e.sentence, e.date) for e in burglaries] == [(1, "2022-10")]


def test_calling_something_a_wrong_in_quotes_is_an_accusation() -> None:
    text = 'ووصفت النقابة القرار "بالتعسفي" و"العنصري" والذي "يتجاهل حقوق العمال المهاجرين".'
    assert kinds(text) == ["accusation"]


def test_a_news_medium_meeting_someone_is_an_interview_not_a_meeting() -> None:
    assert kinds('"الرافدين.نت" التقت محافظ المدينة في مكتبه حيث بدا واثقا من خطته.') == []
    assert kinds("والتقت صحيفة المساء الوزيرة في مكتبها.") == []
    assert kinds("وفي روما، التقى الوزير نظيره الإيطالي.") == ["meeting"]


def test_a_plan_told_as_past_is_no_event() -> None:
    assert kinds("وكان من المقرر أن يصل الوفد إلى الرباط يوم 12 مارس.") == []
    assert kinds("ومن المقرر أن يزور الوفد الرباط الأسبوع المقبل.") == ["visit"]


def test_a_date_of_birth_dates_no_event() -> None:
    events = events_of("وذكرت الشرطة أن منفذ الطعن من مواليد أبريل 1990.")
    assert all(e.date is None for e in events)


def test_the_noun_a_statement_was_made_in_is_not_its_speaker() -> None:
    events = events_of("وكتب السفير رسالة تعزية استنكر فيها التفجير.")
    assert [(e.type, e.actor) for e in events] == [("accusation", "السفير")]
    events = events_of("ودون الوزير في السجل كلمة تعزية استنكر فيها التفجير.")
    assert all(e.actor != "تعزية" for e in events)


def test_two_letters_of_one_sender_are_two_events() -> None:
    text = (
        "وفي 4 مايو 2019، أرسل السفير فارس العلي إلى الوزير رسالة قال فيها إن المفاوضات متعثرة.\n"
        "وأرسل السفير رسالة ثانية إلى رئيس الوزراء يقول فيها إن الوسطاء تقدموا.\n"
        "وقال السفير في مقابلة لاحقة إن الأزمة انتهت."
    )
    statements = [e for e in events_of(text) if e.type == "statement"]
    assert [e.mentions for e in statements] == [(0,), (1,), (2,)]


def test_the_damage_of_an_accident_blames_no_one() -> None:
    text = "وقالت وسائل إعلام محلية إن حريقا اندلع بعد سقوط مروحية على مستودع مما أدى إلى تدمير المبنى."
    assert "accusation" not in kinds(text)
    assert kinds("وقال الوزير إن العصابات مسؤولة عن تدمير المستودع.") == ["accusation"]


def test_receiving_refugees_counted_is_no_visit() -> None:
    assert kinds("وستستقبل كندا 800 لاجئا من المخيمات خلال العام.") == []
    assert kinds("واستقبل الرئيس أمس وزيرة الخارجية الكندية.") == ["visit"]


def test_a_pluperfect_subject_with_a_name_in_commas_is_whole() -> None:
    events = events_of("وكان نائب قائد الشرطة، فريد سليم، قد أكد في مؤتمر صحفي أن البحث مستمر.")
    assert [e.actor for e in events] == ["نائب قائد الشرطة، فريد سليم"]


def test_an_announcement_named_by_its_noun_of_the_announcers_act_is_that_act() -> None:
    events = events_of("وجاء القرار بعد إعلان البلدية منع دخول الشاحنات إلى وسط المدينة.")
    assert [(e.type, e.actor) for e in events] == [("measure", "البلدية")]
    events = events_of("وأثار إعلان الأردن قطع العلاقات مع الجماعة ردود فعل.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الأردن")]


def test_researching_at_length_is_no_meeting() -> None:
    assert kinds("وقال الباحث إنه بحث طويلا في أرشيف الوزارة.") == ["statement"]


def test_asking_whether_someone_will_deny_is_no_denial() -> None:
    assert kinds("وتساءلت الكاتبة إن كان الوزير سيرد بأن الرواية لا أساس لها.") == ["statement"]
    assert kinds("وقال الوزير إن الرواية لا أساس لها.") == ["denial"]


def test_a_visits_place_named_after_it_is_where_it_went() -> None:
    assert [e.actor for e in events_of("وجاء ذلك خلال زيارة الأردن الأسبوع الماضي.")] == [None]
    assert [e.actor for e in events_of("وتناول العشاء خلال زيارة الرئيس الفرنسي.")] == ["الرئيس الفرنسي"]


def test_a_student_arrested_is_no_demand() -> None:
    assert kinds("تم أمس إيقاف طالب يدرس بكلية الحقوق.") == ["measure"]


def test_a_second_purpose_coordinated_with_the_first_is_no_event() -> None:
    assert kinds("وستكون الهيئة إطارا دائما للتنسيق وبحث القضايا المشتركة.") == []


def test_accusations_recalled_in_passing_do_not_retype_what_was_said() -> None:
    text = "أكدت النقابة تضامنها مع الوزارة بعد الاتهامات التي وجهها لها البرلمان."
    events = events_of(text)
    assert ("statement", "النقابة") in [(e.type, e.actor) for e in events]
    assert all(e.actor != "لها" for e in events)


def test_a_visit_paid_in_the_present_names_its_visitor() -> None:
    events = events_of("يؤدي وزير الخارجية يومي 15 و16 أكتوبر الجاري زيارة إلى الكويت.")
    assert [(e.type, e.actor) for e in events] == [("visit", "وزير الخارجية")]


def test_a_possessed_noun_after_a_coordinated_verb_is_its_object() -> None:
    events = events_of("وأعلن المرشح انسحابه من السباق وانتقد منافسه بشدة.")
    assert all(e.actor != "منافسه" for e in events)


def test_an_announcement_of_an_inquiry_is_the_inquiry() -> None:
    events = events_of("وجاءت الدعوات بعد إعلان رئيس الوزراء عن إجراء تحقيق شامل في الحريق.")
    assert [(e.type, e.actor) for e in events] == [("measure", "رئيس الوزراء")]


def test_a_visit_named_undated_then_told_with_its_days_is_one_visit() -> None:
    text = (
        "أكد الوزير أن زيارته الحالية التي يؤديها إلى عمان تهدف إلى تعزيز التعاون.\n"
        "وأضاف أن البلدين سيوقعان اتفاقات في مجال الطاقة.\n"
        "يذكر أن الوزير أدى زيارة عمل إلى عمان يومي 4 و5 مارس الجاري."
    )
    visits = [e for e in events_of(text) if e.type == "visit"]
    assert [(e.sentence, e.date) for e in visits] == [(2, "2024-03-04")]


def test_arriving_on_a_visit_with_hal_is_a_visit_not_a_dissolution() -> None:
    events = events_of("حل رئيس الحكومة اليوم بروما في زيارة رسمية تستغرق يومين.")
    assert [(e.type, e.actor) for e in events] == [("visit", "رئيس الحكومة")]
    assert "measure" in kinds("وحل الملك البرلمان أمس.")


def test_a_professor_named_in_apposition_is_one_speaker_by_first_name_too() -> None:
    text = (
        "وذكر أستاذ العلوم السياسية، سامي الحلو، في تحليله أن الأزمة ستطول.\n"
        "وتراجعت أسعار النفط في الأسواق العالمية.\n"
        "وقال سامي إن الحل يمر عبر الحوار."
    )
    statements = [e for e in events_of(text) if e.type == "statement"]
    assert [e.mentions for e in statements] == [(0, 2)]
    assert statements[0].actor == "أستاذ العلوم السياسية، سامي الحلو"


def test_condemnation_expressed_as_a_noun_makes_the_statement_an_accusation() -> None:
    assert kinds("وعبرت الأحزاب عن غضبها واستنكارها لاغتيال الناشط.") == ["accusation"]


def test_an_impersonal_act_a_ministry_announces_is_the_ministrys() -> None:
    events = events_of("أفادت وزارة الداخلية أنه تم ضبط مهربين اثنين بالعاصمة.")
    assert [(e.type, e.actor) for e in events] == [("measure", "وزارة الداخلية")]


def test_an_arrest_before_which_a_clause_says_agents_managed_is_told() -> None:
    assert "measure" in kinds("وذكر المصدر أن شابا أضرم النار قبل أن يتمكن أعوان من القبض عليه.")


# --- a verb and the noun of its own act -----------------------------------------------------------


def test_a_signed_agreement_is_dated_by_the_signing_not_by_what_it_provides_for() -> None:
    text = "ووقعت البلدية أمس اتفاقية مع شركة محلية لتنظيف الشوارع على أن تبدأ الأعمال في يونيو المقبل."
    agreements = [e for e in events_of(text) if e.type == "agreement"]
    assert [(e.trigger, e.date) for e in agreements] == [("ووقعت", "2024-03-16")]


def test_a_signing_undated_is_not_dated_by_the_future_it_provides_for() -> None:
    text = "ووقعت البلدية اتفاقية مع شركة محلية لتنظيف الشوارع على أن تبدأ الأعمال في يونيو المقبل."
    agreements = [e for e in events_of(text) if e.type == "agreement"]
    assert len(agreements) == 1 and agreements[0].date is None


def test_a_signed_declaration_is_the_agreement_not_a_statement() -> None:
    events = events_of("ووقعت النقابات والحكومة إعلانا مشتركا لتسوية النزاع يوم الخميس.")
    assert [(e.type, e.trigger, e.date) for e in events] == [("agreement", "ووقعت", "2024-03-14")]
    events = events_of("وكان رئيسا البلدين قد وقعا على الإعلان الختامي للقمة في يناير الماضي.")
    assert [(e.type, e.date) for e in events] == [("agreement", "2024-01")]
    # وقع before a noun it governs, then عن: it took place (was announced), nothing signed
    events = events_of("وذكر المدير أنه وقع الإعلان عن موعد المعرض أمس.")
    assert "agreement" not in [e.type for e in events]


def test_a_ruling_and_its_sentence_are_one_past_a_long_subject() -> None:
    # the verb's subject between it and the noun it takes (قضت ... بسجن) does not part them
    text = "وقضت محكمة تابعة لوزارة العدل في المدينة يوم الخميس بإعدام ثلاثة متهمين."
    assert [(e.type, e.date) for e in events_of(text)] == [("measure", "2024-03-14")]


def test_a_decision_and_the_measure_it_decides_are_one_past_a_long_date() -> None:
    text = "وقرر الاتحاد يوم الخميس 4 رمضان 1445 هـ الموافق 14 مارس 2024 م إيقاف المدرب أربع مباريات."
    measures = [e for e in events_of(text) if e.type == "measure"]
    assert [(e.trigger, e.date) for e in measures] == [("وقرر", "2024-03-14")]


def test_a_post_taken_then_an_appointment_done_later_are_two_measures() -> None:
    text = "ومن 3 مايو 2014 الى 9 يونيو 2016 تولى مهام وزير الصحة وتم تعيينه في مارس 2018 سفيرا لدى اليابان."
    measures = [e for e in events_of(text) if e.type == "measure"]
    assert [e.trigger for e in measures] == ["تولى", "تعيينه"]


# --- what an act's sentence says of it -------------------------------------------------------------


def test_a_participle_giving_the_reason_of_an_act_is_no_statement() -> None:
    text = "وأغلقت السلطات الموريتانية مكتب المنظمة في العاصمة، معتبرة أن نشاطه يخالف القانون المحلي."
    assert kinds(text) == ["measure"]


def test_an_act_announced_by_its_country_after_a_reason_is_one_event() -> None:
    text = (
        "وأمهلت بولندا القنصل الأجنبي يومين لمغادرة أراضيها، معتبرة أنه تدخل في شؤونها، "
        "وفق ما أعلن مسؤول في وزارة الخارجية البولندية مساء الخميس."
    )
    events = events_of(text)
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "بولندا", "2024-03-14")]


def test_an_announced_act_read_as_a_verb_or_its_noun_is_the_announcers_act() -> None:
    text = "وأعلنت وزارة النقل فتح تحقيق في الحادث."
    events = events_of(text)
    assert [(e.type, e.actor) for e in events] == [("measure", "وزارة النقل")]


def test_a_proviso_after_an_announced_act_is_no_report_of_its_own() -> None:
    text = "وأعلنت هيئة الموانئ فتح تحقيق في حريق المستودع، على أن تنشر نتائجه خلال شهر."
    assert kinds(text) == ["measure"]


def test_stressing_after_a_parenthesis_still_reports_what_follows_ala_an() -> None:
    text = "وشدد الوزير، خلال المؤتمر، على أن المسؤولين عن الهجوم سيدفعون الثمن غاليا."
    assert kinds(text) == ["warning"]


def test_in_response_to_is_no_reply_of_its_own() -> None:
    text = "وقصفت المدفعية مواقع المتمردين ردا على كمين نصبوه لدورية عسكرية."
    assert "statement" not in kinds(text)
    text = "وردا على سؤال عن موعد الانتخابات، قالت رئيسة اللجنة إنه لم يحدد بعد."
    statements = [e for e in events_of(text) if e.type == "statement"]
    assert [e.trigger for e in statements] == ["قالت"]


def test_a_place_named_ain_after_a_noun_with_a_preposition_is_no_appointment() -> None:
    assert kinds("وقال باحث بجامعة عين شمس إن الدراسة ستنشر قريبا.") == ["statement"]
    assert "measure" in kinds("وعين الرئيس أمس سفيرا جديدا لدى فرنسا.")


def test_a_value_that_reaches_a_level_is_no_arrival() -> None:
    assert kinds("وتصل قيمته الإجمالية إلى مليار دولار بحسب التقديرات.") == []
    assert kinds("وقد وصلت نسبته إلى عشرين في المئة.") == []


def test_an_accusation_cue_with_a_pronoun_on_it_types_the_statement() -> None:
    assert kinds("وقال قائد الجيش إن الميليشيات تخطط منذ شهور لتدميرنا.") == ["accusation"]
    assert kinds("وقالت الوزيرة إن الحكومة ستواصل مشاريعها رغم الصعوبات.") == ["statement"]


def test_what_two_parties_agreed_on_after_a_long_date_is_the_agreement() -> None:
    text = "واتفقت الحكومتان في مارس/آذار 2019، على تشكيل لجنة مشتركة لترسيم الحدود."
    assert [(e.type, e.date) for e in events_of(text)] == [("agreement", "2019-03")]


def test_an_act_a_sentence_follows_on_after_bad_is_the_one_told_elsewhere() -> None:
    text = (
        "وأعلنت الحكومة الاثنين طرد السفير بعد الاتهامات التي وجهتها للسفارة بدعم المتظاهرين.\n"
        "واتهم وزير الداخلية السفارة بتمويل الاحتجاجات الأخيرة."
    )
    accusations = [e for e in events_of(text) if e.type == "accusation"]
    assert [e.trigger for e in accusations] == ["واتهم"]


def test_coming_as_guest_of_honour_is_a_visit_and_the_guest_is_no_part_of_the_name() -> None:
    events = events_of("وحل الرئيس الفرنسي ضيف شرف على القمة الأفريقية في أبوجا أمس.")
    assert [(e.type, e.actor) for e in events if e.type == "visit"] == [("visit", "الرئيس الفرنسي")]
    events = events_of("وقال الخبير سامي الورفلي ضيف برنامج المساء إن الأسعار سترتفع.")
    assert [e.actor for e in events] == ["الخبير سامي الورفلي"]
    assert [e.actor for e in events_of("وقال ضيف البرنامج إن الحكومة فشلت في إدارة الأزمة.")] == ["ضيف البرنامج"]


def test_words_that_only_look_like_triggers_are_none() -> None:
    assert kinds("وأضافت النائبة خلال استضافتها اليوم في برنامج صباحي على الإذاعة أن الحزب سيقدم مرشحا.") == [
        "statement"
    ]
    assert kinds("وجد صباح اليوم حادث مرور تمثل في انقلاب حافلة لنقل العمال قرب المدينة.") == []
    assert kinds("وتمثل هذه الكمية نصف الإنتاج الوطني من الحبوب.") == []
    assert kinds("وانتبه الشاب، وهو طالب بالسنة الأولى، إلى الثغرة في الموقع.") == []
    assert kinds("واستضافت العاصمة وفدا من رجال الأعمال الصينيين أمس.") == ["visit"]


def test_a_ministry_with_a_pronoun_is_no_visit_and_a_charge_is_no_act() -> None:
    assert kinds("وأكدت الوزيرة أن وزارتها ستواصل دعم المشاريع الصغرى.") == ["statement"]
    # the assault charged is no attack; bringing the charge is the prosecutor's measure
    assert kinds("ووجهت النيابة للموقوفين الثلاثة تهم الاعتداء على حارس ليلي والسرقة.") == ["measure"]


def test_readings_the_neighbouring_words_rule_out() -> None:
    assert kinds("وقال إن انضمام الشخصيات الوطنية هو أمر طبيعي بالنسبة للحزب.") == ["statement"]
    assert kinds("يذكر أن الشرطة ألقت القبض على المتهم الرئيسي في القضية الشهر الماضي.") == ["measure"]
    assert kinds("وألقت الشرطة القبض على شاب متهم بسرقة سيارات في العاصمة.") == ["measure"]
    text = "وقطعت الدول الثلاث علاقاتها مع الدوحة، متهمة إياها بدعم الجماعات المتشددة."
    assert kinds(text) == ["measure", "accusation"]
    assert kinds("وقال حاكم الولاية إن الوضع تحت السيطرة.") == ["statement"]
    assert kinds("وتم توجيه دعوة إلى رؤساء الدول المجاورة لحضور القمة.") == []


def test_an_amount_that_reaches_about_so_much_is_no_arrival() -> None:
    assert kinds("وتتقاضى الشبكة عمولات تصل إلى نحو 15 بالمائة من قيمة كل صفقة.") == []
    assert kinds("وصل الوفد الوزاري إلى العاصمة صباح اليوم.") == ["visit"]


def test_a_drinking_session_and_nonproliferation_are_no_events() -> None:
    assert kinds("ونشب خلاف بين الرجلين إثر جلسة خمرية في منزل أحدهما.") == []
    assert kinds("وقال الباحث في مركز دراسات منع انتشار الأسلحة إن الاختبار فشل.") == ["statement"]


def test_background_and_feared_acts_are_no_events() -> None:
    assert kinds("وتمكن رجال الإطفاء من السيطرة على ألسنة اللهب بعد ساعتين.") == []
    assert kinds("وأدى المصلون صلاة العيد وسط إجراءات أمنية مشددة تحسبا من وقوع هجمات.") == []
    assert kinds("وعثر المزارع على قذيفة من مخلفات الحرب العالمية الثانية.") == []
    assert kinds("واتخذت الحكومة إجراءات أمنية مشددة حول المطار.") == ["measure"]


def test_addressing_an_appeal_and_a_trend_are_no_journeys() -> None:
    assert kinds("وتوجهت المواطنة عبر الإذاعة بنداء إلى السلطات لمساعدتها.") == []
    assert kinds("وأضاف الوزير أن هناك توجه نحو دعم الجامعات الخاصة.") == ["statement"]
    assert kinds("وأكد أن توجه الحكومة يرمي إلى جذب المستثمرين.") == ["statement"]
    assert kinds("وتوجه الوزير صباح اليوم إلى الجزائر في زيارة رسمية.") == ["visit"]
    assert kinds("وقال إن المفاوضات وصلت إلى مرحلة حاسمة.") == ["statement"]


def test_a_past_form_after_anna_is_a_noun_but_not_after_baada_an_or_sabaqa() -> None:
    assert kinds("وأكد أن توجه الحكومة يرمي إلى جذب المستثمرين.") == ["statement"]
    assert "visit" in kinds("وقال إنه غادر بعد أن وصل الوفد إلى العاصمة صباح اليوم.")
    assert "measure" in kinds("وسبق للحكومة الكويتية، في خطوة نادرة، أن طردت دبلوماسيين إيرانيين.")


def test_without_prior_warning_and_a_portent_are_no_warnings() -> None:
    assert kinds("وأكدت الشركة أن التيار سيعود دون سابق إنذار بعد انتهاء الأشغال.") == ["statement"]
    assert kinds("وقال إن هذه الاستقالة تنذر بأزمة سياسية خانقة.") == ["statement"]
    assert kinds("وأوضحت الشابة أنها عادت إلى المنزل ولم تعثر على صديقها.") == ["statement"]
    assert kinds("وأعلنت الشرطة أنها لم تعثر على أي دليل على وجود متفجرات.") == ["denial"]


def test_a_prepositional_phrase_is_no_actor_and_an_interview_is_no_meeting() -> None:
    events = events_of("وقرر المجلس البلدي مساء الثلاثاء بأغلبية أعضائه إغلاق السوق القديمة.")
    assert [(e.type, e.actor) for e in events] == [("measure", "المجلس البلدي")]
    events = events_of("وافتتحت اليوم الجمعة، بقصر المؤتمرات بالعاصمة، أشغال المؤتمر الثاني للحزب.")
    assert [e.actor for e in events] == [None]
    assert kinds("وقال الوزير في حوار لصحيفة فرنسية أمس إن الحكومة لن تستقيل.") == ["statement"]
    events = events_of("وذكر بيان لوزارة الداخلية أن الشرطة أوقفت ثلاثة أشخاص.")
    assert [e.actor for e in events] == ["وزارة الداخلية", "الشرطة"]


def test_the_object_of_an_opening_read_as_a_verb_is_no_actor() -> None:
    events = events_of("وقد أذنت النيابة العمومية بالاحتفاظ به وفتح بحث في الغرض.")
    assert [(e.type, e.actor) for e in events] == [("measure", None)]
    events = events_of("ونشر الجيش منصات صاروخية على الحدود الشمالية.")
    assert [e.actor for e in events] == ["الجيش"]


def test_a_saying_quoted_with_kama_qala_is_no_statement() -> None:
    assert kinds("كما قال الشاعر القديم، حين ضاع الوقت!") == []
    assert kinds("كما قال الوزير إن الحكومة ستخفض الضرائب.") == ["statement"]
    assert kinds("كما دعا الحزب إلى الحوار.") == ["statement"]


def test_an_organisation_named_forum_and_a_call_to_a_reporter_are_no_meetings() -> None:
    assert kinds("وتحدث الأحمدي عن فرع المنتدى التونسي للحقوق بمدينة الرديف منذ 2014.") == ["statement"]
    assert kinds("واتصل بمراسل الإذاعة في المدينة زوج الضحية.") == []
    assert kinds("واتصل الرئيس بنظيره الفرنسي أمس.") == ["meeting"]


def test_relations_that_bring_two_countries_together_are_no_meeting() -> None:
    assert kinds("وأشاد الوزير اليوم بالعلاقات التي تجمع البلدين.") == ["statement"]


def test_place_names_with_ain_their_demands_and_a_verbal_noun_after_bi_are_no_events() -> None:
    assert kinds("وتوقفت حركة المرور بين جندوبة وعين دراهم بسبب الثلوج.") == []
    assert kinds("ودخل المعلمون في إضراب للمطالبة بتحقيق مطالبهم المهنية.") == []
    events = events_of("وأعلن الوزير اليوم عن قرار بإعادة فتح المعبر الحدودي.")
    assert [e.actor for e in events if e.type == "measure"] == ["الوزير"]


def test_deaths_an_accident_named_before_them_caused_are_no_attack() -> None:
    assert kinds("أسفر حادث مرور جد اليوم على الطريق السريعة عن مقتل ثلاثة أشخاص وإصابة اثنين.") == []
    assert kinds("قتل ثلاثة جنود في هجوم مسلح قرب الحدود.") == ["attack"]


def test_a_police_unit_taking_up_an_inquiry_is_a_measure_not_a_pledge() -> None:
    assert kinds("وتعهدت فرقة الشرطة العدلية بالمدينة بالبحث في ملابسات الحادثة.") == ["measure"]
    assert kinds("وتعهد الرئيس بإجراء إصلاحات اقتصادية خلال ولايته.") == ["statement"]


# --- an event told again through its noun (session of 2 December, night) ------------------------


def test_a_verb_whose_subject_is_the_attack_tells_that_attack_again() -> None:
    text = (
        "شن مسلحون هجوما على قرية في الشمال يوم الأحد أدى إلى مقتل عشرين شخصا.\n\n"
        "وقال شهود إن الهجوم استهدف السوق المركزي صباح الأحد."
    )
    attacks = [e for e in events_of(text) if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].actor == "مسلحون"
    assert attacks[0].mentions == (0, 1)
    alone = events_of("وقال شهود إن الهجوم استهدف السوق المركزي صباح اليوم.")
    assert [(e.type, e.actor) for e in alone if e.type == "attack"] == [("attack", None)]  # an event does no act


def test_deaths_in_attacks_a_relative_clause_describes_are_those_attacks() -> None:
    text = (
        "وقعت تفجيرات في العاصمة يوم 3 مايو 2010.\n\n"
        "ولقي نحو مئة شخص مصرعهم في التفجيرات التي نفذها مسلحون فجروا سيارات مفخخة."
    )
    assert kinds(text) == ["attack"]
    # a killing with its agent is an act of its own, and so are attacks named without the article
    assert kinds(
        "شن مسلحون هجوما على قرية حدودية فجر الخميس.\n\nوتمكن حراس القرية من قتل عشرة من المهاجمين خلال الهجوم."
    ) == [
        "attack",
        "attack",
    ]
    assert kinds(
        "وقعت تفجيرات في العاصمة يوم 3 مايو 2010.\n\nوبعد سنوات، لقي مئة شخص مصرعهم في هجمات نفذها مسلحون في الشمال."
    ) == [
        "attack",
        "attack",
    ]


def test_a_press_conference_held_after_a_meeting_is_not_that_meeting() -> None:
    text = (
        "اجتمع الوزير بالنواب يوم الخميس.\n\n"
        "وعقد الوزير لقاء صحفيا مع نظيره، قال فيه إن الاجتماعات التي يعقدها المسؤولون مفيدة."
    )
    assert [e.type for e in events_of(text) if e.type == "meeting"] == ["meeting", "meeting"]


def test_sending_or_directing_something_is_no_directive() -> None:
    # توجيه is sending (the injured to a hospital, money to projects); توجيهات are a directive
    assert kinds("وتم توجيه الجرحى نحو مصحة خاصة في المدينة المجاورة.") == []
    assert kinds("وسيتم توجيه 300 مليون دينار لتمويل المشاريع الصغرى.") == []
    events = events_of("وأصدر الوزير توجيهات بتشديد المراقبة على الحدود.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الوزير")]
    # widening a ban is a measure by who widens it
    events = events_of("ووسعت الحكومة الأسبوع الماضي الحظر على استيراد الأسلحة.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "الحكومة", "2024-W11")]


def test_deaths_in_a_crash_are_no_attack() -> None:
    assert kinds("لقي طياران مصرعهما إثر تحطم طائرة تدريب في منطقة جبلية.") == []
    assert kinds("قتل أربعة ركاب بعد أن تحطمت مروحيتهم عند الهبوط.") == []
    # a bomb that brings a plane down is an attack
    assert kinds("انفجرت قنبلة داخل الطائرة وأدت إلى تحطمها.") == ["attack"]


def test_a_gas_leak_or_a_tank_exploding_is_no_attack() -> None:
    assert kinds("انفجرت مساء أمس صهاريج وقود في مستودع بالميناء.") == []
    assert kinds("ووقع انفجار سببه تسرب للغاز داخل مطبخ مطعم ليلة أمس.") == []
    assert kinds("انفجرت عبوة ناسفة قرب دورية أمنية أمس.") == ["attack"]


def test_what_exploded_and_a_place_near_which_are_no_actors() -> None:
    assert [e.actor for e in events_of("انفجرت عبوة ناسفة قرب السوق أمس.")] == [None]
    assert [e.actor for e in events_of("انفجرت سيارة مفخخة في السوق أمس.")] == [None]
    assert [e.actor for e in events_of("قتل ثلاثة مدنيين في الضربة التي وقعت قرب الحدود.")] == [None]
    assert [e.actor for e in events_of("فجر مسلحون جسرا في المدينة أمس.")] == ["مسلحون"]


def test_deaths_in_fires_are_no_attack_unless_someone_set_the_fire() -> None:
    assert kinds("لقي خمسة أشخاص حتفهم في حرائق الغابات التي اندلعت في الجنوب.") == []
    assert kinds("أسفرت الحرائق عن مقتل خمسة أشخاص أمس.") == []
    assert kinds("اندلع حريق في خيمة عرس عام 2009، ما أسفر عن مقتل عشرين شخصا.") == []
    assert kinds("أضرمت امرأة حريقا في خيمة عرس عام 2009، ما أسفر عن مقتل عشرين شخصا.") == ["attack"]


def test_what_a_prosecutor_or_a_judge_says_is_a_statement_and_what_a_court_rejects_a_measure() -> None:
    assert kinds("أكدت النيابة العامة أن المشتبه به معروف لدى الشرطة.") == ["statement"]
    assert kinds("وقال القاضي إن المدعين لم يثبتوا أن الشركة متورطة في الاحتيال.") == ["statement"]
    assert kinds("وأعلنت النيابة العامة يوم الخميس الإفراج عن المتهم.") == ["measure"]
    assert "measure" in kinds("رفض القاضي الدعوى يوم الخميس.")


def test_an_issued_statement_and_the_fingers_of_accusation_name_no_one() -> None:
    statement = events_of("أكد بيان صادر بتاريخ 10 ديسمبر انسحاب النائب من الكتلة.")[0]
    assert (statement.type, statement.actor) == ("statement", None)
    assert [e.actor for e in events_of("أكد بيان صادر عن الحزب انسحاب النائب من الكتلة.")] == ["الحزب"]
    accusation = events_of("وجه الخبير أصابع الاتهام إلى الحكومة بالضلوع في الهجوم.")[0]
    assert (accusation.type, accusation.actor) == ("accusation", "الخبير")
    assert "visit" not in kinds("وتوجهت أصابع الاتهام إلى الوزير السابق.")
    assert kinds("وتوجه الوزير إلى باريس أمس.") == ["visit"]


def test_what_a_trigger_requires_may_carry_a_preposition_after_it() -> None:
    assert "measure" in kinds("رحبت الأحزاب بإقرار البرلمان لقانون الانتخابات يوم الخميس.")
    assert "measure" in kinds("وترأس الرئيس اجتماعا للحكومة خصص للتزويد بالكهرباء، وأمر خلاله بإنهاء مهام المدير.")


def test_a_country_and_its_army_are_two_speakers() -> None:
    text = (
        "قال الجيش الإيراني في بيان يوم الخميس إن زورقا أجنبيا اقترب من المياه الإقليمية.\n\n"
        "وفي سياق متصل، أعلنت السلطات المحلية إغلاق الميناء.\n\n"
        "وقالت إيران إن سفنها ستواصل دورياتها في المضيق."
    )
    statements = [e for e in events_of(text) if e.type == "statement"]
    assert [e.actor for e in statements] == ["الجيش الإيراني", "إيران"]


def test_a_draft_resolution_is_no_decision_and_a_score_achieved_no_inquiry() -> None:
    assert kinds("وقدمت الدول الثلاث مشروع قرار معدلا إلى مجلس الأمن يوم الثلاثاء.") == []
    assert kinds("أصدر المجلس قرارا بإغلاق المعبر يوم الثلاثاء.") == ["measure"]
    assert kinds("وحققت الشركة حصيلة في حدود خمسة ملايين.") == []
    assert kinds("وحققت الشرطة في الحادث يوم الثلاثاء.") == ["measure"]


def test_a_source_speaking_on_condition_of_anonymity_and_tourists_received_are_no_events() -> None:
    assert kinds("وقال مسؤول، تحدث شرط عدم الكشف عن هويته، إن المفاوضات متعثرة.") == ["statement"]
    assert kinds("وتحدث الوزير عن شرط وحيد للتفاوض.") == ["statement"]
    assert kinds("واستقبلت المدينة 17 مليون سائح العام الماضي.") == []
    assert kinds("استقبل الرئيس وزير الخارجية الفرنسي يوم الخميس.") == ["visit"]


def test_an_adjective_of_relation_is_no_event_noun_with_my() -> None:
    assert kinds("على أن يكون يوم 5 أكتوبر يوم صمت انتخابي.") == []
    assert kinds("وزار الرئيس يوم الخميس مصنعا حربيا في العاصمة.") == ["visit"]
    from reader.events.lexicon import load_lexicon

    lex = load_lexicon()
    assert [(a.form.entry.type, a.enclitic) for a in lex.analyses("زيارتي")] == [("visit", "ي")]  # my visit
    assert not any(a.enclitic == "ي" for a in lex.analyses("انتخابي"))


def test_a_body_announcing_what_its_head_will_do_tells_that_act_alone() -> None:
    visit = events_of("وأعلنت وزارة الخارجية أن الوزير سيتوجه الأحد المقبل إلى دمشق.")
    assert [(e.type, e.actor) for e in visit] == [("visit", "الوزير")]
    assert [e.type for e in events_of("وأعلنت الرئاسة أن الرئيس سيزور باريس الأسبوع المقبل.")] == ["visit"]
    other = events_of("وأعلنت وزارة الخارجية أن وزير الخارجية الفرنسي سيزور الجزائر الأسبوع المقبل.")
    assert [e.type for e in other] == ["statement", "visit"]


def test_for_the_security_of_and_terrorist_groups_named_in_a_report_accuse_no_one() -> None:
    assert kinds("ودعا الحزب إلى محاكمة الضالعين في الاغتيالات مهما كانت مواقعهم صونا لأمن البلاد.") == ["statement"]
    text = "أفادت وزارة الدفاع اليوم أن وحدات الجيش دمرت مواقع تتحصن بها مجموعات ارهابية في الجبل."
    assert "accusation" not in kinds(text)
    assert "accusation" in kinds("وقال الوزير إن الحركة تقف وراء الهجوم على المعسكر.")


def test_one_act_told_by_a_country_and_by_its_official_the_same_day_is_one_event() -> None:
    text = (
        "قال وزير الداخلية الفرنسي يوم الخميس إن بلاده طردت إماما متشددا إلى الجزائر.\n\n"
        "وأكد الوزير أن القرار نهائي.\n\n"
        "طردت فرنسا إماما متشددا إلى الجزائر، حسبما أعلن وزير الداخلية الخميس."
    )
    measures = [e for e in events_of(text) if e.type == "measure"]
    assert len(measures) == 1 and measures[0].mentions == (0, 2)


def test_what_someone_also_said_goes_on_with_the_words_told_just_before() -> None:
    text = (
        "وفي مقابلة مع الصحيفة في مكتبه، أكد مجددا أن الرواية لم تمت، مضيفا أن القراء كثر.\n\n"
        "الروائي قال أيضا إنه يعمل على كتاب جديد."
    )
    statements = [e for e in events_of(text) if e.type == "statement"]
    assert [e.mentions for e in statements] == [(0, 1)]
    other = (
        "وقالت الشرطة إن التحقيق مستمر، مضيفة أن المشتبه به فر.\n\n"
        "كما أشارت صحيفة محلية إلى أن المشتبه به فر إلى الجنوب."
    )
    assert len([e for e in events_of(other) if e.type == "statement"]) == 2


def test_a_description_goes_on_past_a_date_and_a_comma() -> None:
    text = "رفضت المحكمة إلغاء دعاوى ضد الشركة، تتعلق بحادث وقع في 3 مايو 2015، وتطالب الشركة بدفع تعويضات للأسر."
    assert "statement" not in kinds(text)
    assert kinds("قال الوزير إن الحكومة تدرس الملف، وتطالب الشركة بدفع تعويضات.").count("statement") == 2


def test_a_reception_refused_by_named_parties_is_no_visit() -> None:
    text = "رست السفينة في الميناء صباح الأحد بعد رفض اليونان وقبرص استقبالهم."
    assert "visit" not in kinds(text)
    assert kinds("استقبل الرئيس نظيره الفرنسي يوم الأحد بعد أيام من الجدل.") == ["visit"]


def test_words_inside_a_question_are_someone_elses_and_the_asker_goes_on() -> None:
    text = (
        "وتساءل معلق رياضي في برنامجه إن كان المدرب سيصرح مثلما قال حارس سابق دافع عن منشور كتبه إن حسابه اخترق.\n\n"
        'وكتب يقول في منشور: "لننتظر رد المدرب".'
    )
    events = events_of(text)
    assert [(e.type, e.actor, e.mentions) for e in events] == [
        ("statement", "معلق رياضي", (0, 1)),
        ("denial", None, (0,)),
    ]


def test_a_day_after_a_bombing_noun_dates_it_and_after_the_verb_is_dawn() -> None:
    """A context may hold for some parts of speech only: فجر السبت is Saturday's dawn, تفجير السبت
    Saturday's bombing."""
    bombing = events_of("وقالت الشرطة إن انفجار الثلاثاء نجم عن عبوة ناسفة زرعت تحت سيارة.")
    assert [(e.type, e.trigger, e.date) for e in bombing if e.type == "attack"] == [("attack", "انفجار", "2024-03-12")]
    assert kinds("أدى تفجير يوم الأربعاء إلى تدمير جسر رئيسي.") == ["attack"]
    assert kinds("هطلت أمطار غزيرة على المدينة فجر الأربعاء.") == []  # dawn: no bombing
    assert kinds("وحذر المحللون من انفجار الوضع في الإقليم.") == ["warning"]  # figurative, whatever the form


def test_a_countrys_bare_name_ends_its_phrase_before_an_indefinite_object() -> None:
    cases = {
        "استنكرت هولندا عملية خطف الصحفيين في المدينة.": "هولندا",
        "استقبلت الأردن وفدا من رجال الأعمال.": "الأردن",  # definite: as before
        "ورفضت موسكو خطة السلام المقترحة.": "موسكو",  # a capital for its country
        "ونفت باكستان اتهامات بإيواء المسلحين.": "باكستان",
    }
    for text, actor in cases.items():
        assert [e.actor for e in events_of(text)][:1] == [actor], text
    assert [e.actor for e in events_of("وأدانت فرنسا وألمانيا الهجوم.")] == ["فرنسا وألمانيا"]  # a second party
    # a party's adjective is a given name too: تركي بن فهد is one man
    assert [e.actor for e in events_of("وقال تركي بن فهد إن الفريق جاهز.")] == ["تركي بن فهد"]


def test_an_announced_act_takes_the_day_its_relative_clause_gives_not_the_announcements() -> None:
    text = "أعلنت الحركة، الأحد، مسؤوليتها عن الهجوم الذي استهدف محطة للقطارات في العاصمة، الجمعة."
    attacks = [(e.actor, e.date) for e in events_of(text) if e.type == "attack"]
    assert attacks == [("الحركة", "2024-03-15")]  # one act, on Friday, by who claimed it
    # with no day of its own, the announced act keeps the announcement's day
    plain = [(e.type, e.date) for e in events_of("أعلن الجيش الأحد أنه نفذ غارات على مواقع للمسلحين.")]
    assert plain == [("attack", "2024-03-17")]


def test_a_place_after_a_visit_verb_is_where_one_went_not_who() -> None:
    text = "وأضاف الوزير مشيرا إلى أنه كان قد زار اليابان والصين قبل توليه منصبه."
    assert [(e.type, e.actor) for e in events_of(text)] == [("statement", "الوزير"), ("visit", None)]
    assert [(e.type, e.actor) for e in events_of("وكان قد زار فرنسا مرتين هذا العام.")] == [("visit", None)]
    assert [(e.type, e.actor) for e in events_of("وكان قد غادر مقر البعثة مساء الخميس.")] == [("visit", None)]
    named = events_of("زار وزير الخارجية الأردن يوم الاثنين.")
    assert [(e.type, e.actor) for e in named] == [("visit", "وزير الخارجية")]


def test_a_vehicle_overturning_is_no_coup() -> None:
    assert "attack" not in kinds("أصيب ثلاثة أشخاص بجروح إثر انقلاب السيارة على الطريق الساحلي.")
    assert kinds("شهدت البلاد انقلابا عسكريا أطاح بالحكومة المنتخبة.") == ["attack"]


def test_a_deed_told_with_no_doer_blames_no_one() -> None:
    assert kinds("وقالت الشرطة إن المستودع الذي تم تدميره كان يستخدم لتخزين الذخيرة.") == ["statement"]
    assert kinds("وأوضح الجيش أن الأنفاق التي جرى تدميرها كانت تمتد إلى داخل المدينة.") == ["statement"]
    assert kinds("واتهم الوزير الميليشيا بتدمير المنازل في القرية.") == ["accusation"]  # a doer named


def test_a_participle_after_a_count_names_people_not_an_act() -> None:
    assert kinds("ومثل أمام القاضي خمسة متهمين في قضية التهريب.") == []
    assert kinds("وأوقفت الشرطة 12 متهما بعد المداهمة.") == ["measure"]
    assert kinds("قطعت الحكومة علاقاتها مع جارتها متهمة إياها بدعم المتمردين.") == ["measure", "accusation"]
    # a year is no count: the participle after a date still tells its act
    assert "statement" in kinds("وكتبت الصحفية في مقال نشر في مارس 2019 مشيرة إلى أن الأزمة ستطول.")


def test_a_mercy_killing_is_no_attack() -> None:
    assert "attack" not in kinds("أجرى الأطباء عملية قتل رحيم لمريض مسن بموافقة عائلته.")
    assert kinds("قتل مسلحون ثلاثة جنود في كمين قرب الحدود.") == ["attack"]


# --- deaths whose accident is named far from them (session of 3 December, morning) ----------------


def test_deaths_named_far_from_their_accident_are_no_attack() -> None:
    far_after = "لقي خمسة عمال مصرعهم وأصيب تسعة آخرون بجروح متفاوتة، مساء أمس الخميس في حادث انقلاب شاحنة."
    assert kinds(far_after) == []
    far_before = (
        "تسبب حادث تصادم بين قطار وحافلة لنقل التلاميذ صباح اليوم قرب المحطة الرئيسية للمدينة الساحلية"
        " في مقتل أربعة أطفال وجرح عشرة آخرين."
    )
    assert kinds(far_before) == []
    # a cause that is no accident (the fall of a regime), and an attack named nearer than an accident
    assert kinds("اغتيل الضابط الكبير المكلف بملف الجماعات المسلحة قبل أشهر قليلة من سقوط النظام السابق.") == ["attack"]
    both = (
        "وقعت حرائق في الغابات المجاورة للقرية الشهر الماضي، فيما شن مسلحون هجوما على نقطة تفتيش"
        " أسفر عن مقتل ثلاثة جنود."
    )
    assert kinds(both) == ["attack"]


def test_an_arrest_carried_by_ilqa_after_an_impersonal_verb_is_told() -> None:
    assert kinds("وبعد مطاردة قصيرة تم إلقاء القبض على السائق الفار.") == ["measure"]
    assert kinds("وقد تم إجراء مشاورات بين الوفدين في العاصمة.") == ["meeting"]
    # the impersonal verb's own act stays the nearer noun when it is no mere carrier of another
    assert kinds("وقد تم تداوله بعد الإفراج عن الصحفي.") == []


def test_a_medium_telling_an_impersonal_act_tells_someone_elses_act() -> None:
    events = events_of("وأفادت وكالة أنباء محلية بأنه تم اعتقال رئيس البلدية السابق.")
    assert [(e.type, e.actor) for e in events] == [
        ("statement", "وكالة أنباء محلية"),
        ("measure", None),
    ]
    # a ministry, or a state agency that bears the name وكالة, announces its own act
    events = events_of("وأعلنت وزارة الداخلية أنه تم اعتقال رئيس البلدية السابق.")
    assert [(e.type, e.actor) for e in events] == [("measure", "وزارة الداخلية")]
    events = events_of("وأعلنت وكالة الفضاء الأوروبية أنه تم تأجيل إطلاق المسبار.")
    assert [e.actor for e in events] == ["وكالة الفضاء الأوروبية"]
    # nor is the minister it names its own head
    events = events_of("وقالت وكالة الأنباء الرسمية إن الوزير وصل إلى العاصمة ليلة الأحد.")
    assert [(e.type, e.actor) for e in events] == [("statement", "وكالة الأنباء الرسمية"), ("visit", "الوزير")]


def test_putting_on_a_list_and_designating_as_terrorist_are_measures() -> None:
    listed = events_of("وأدرجت وزارة الخزانة ثلاثة رجال أعمال على لائحة العقوبات يوم الثلاثاء.")
    assert [(e.type, e.trigger, e.actor) for e in listed] == [("measure", "وأدرجت", "وزارة الخزانة")]
    designated = events_of("وصنفت الحكومة الميليشيا منظمة إرهابية بعد الهجوم على المطار.")
    assert [(e.type, e.trigger) for e in designated if e.type == "measure"] == [("measure", "وصنفت")]
    listed_far = events_of("وصنفت الحكومة ثلاث جمعيات خيرية تنشط في الجنوب على قائمة الإرهاب بعد تحقيق مطول.")
    assert [(e.type, e.trigger) for e in listed_far if e.type == "measure"] == [("measure", "وصنفت")]
    assert kinds("وأدرجت اللجنة البند الأخير في جدول أعمال الدورة.") == []  # no list: an agenda
    assert kinds("واحتلت المدرسة المرتبة الثالثة في تصنيف المدارس الخاصة.") == []  # a ranking


def test_what_an_act_led_to_is_told_and_an_attempt_ends_at_its_result() -> None:
    led = "وحاولت قوات الأمن إبعاد المحتجين عن المبنى، مما أدى إلى اندلاع مواجهات بين الطرفين."
    assert kinds(led) == ["attack"]
    assert kinds("وأسفرت المفاوضات الطويلة عن اتفاق بين النقابة والوزارة.") == ["agreement"]
    assert kinds("وأسفرت الحملة الأمنية عن توقيف عشرين مشتبها به.") == ["measure"]
    # the dead an attack caused are told with that attack, not as a second one
    deaths = "وانفجرت سيارة مفخخة قرب السوق المركزي، ما أسفر عن سقوط عشرات القتلى والجرحى."
    assert kinds(deaths) == ["attack"]


def test_a_count_after_a_subject_starts_the_object() -> None:
    events = events_of("واعتقلت وزارة الداخلية خمسة مهربين قرب الحدود الجنوبية.")
    assert [(e.type, e.actor) for e in events] == [("measure", "وزارة الداخلية")]


def test_acts_listed_after_a_charge_are_counts_of_it() -> None:
    charged = "ووجهت النيابة للموقوفين تهم تكوين عصابة مسلحة والسطو على محل تجاري والاعتداء على حارسه."
    assert "attack" not in kinds(charged)
    # a charge in one clause leaves the next clause's act alone
    assert kinds("واعتقلت الشرطة الرجل بتهمة السرقة، وشنت الطائرات غارات على المدينة.") == ["measure", "attack"]


def test_a_verb_right_after_an_indefinite_act_noun_tells_that_act() -> None:
    events = events_of("ونفذت الطائرات الحربية غارة استهدفت مستودعا للأسلحة شمال البلدة.")
    assert [(e.type, e.trigger, e.actor) for e in events] == [("attack", "غارة", "الطائرات الحربية")]


def test_a_judge_who_criticises_accuses_and_a_court_that_convicts_rules() -> None:
    assert kinds("وانتقد القاضي بشدة تقصير أجهزة الإسعاف في تقريره النهائي.") == ["accusation"]
    assert kinds("وأدانت المحكمة الجنائية المتهمين الثلاثة بالاختلاس.") == ["measure"]


def test_rejecting_accusations_in_a_circumstantial_participle_is_a_denial() -> None:
    events = events_of("ودافعت الوزيرة عن خطتها أمام النواب، رافضة الاتهامات بأنها أضرت بالمزارعين.")
    assert [(e.type, e.actor) for e in events if e.type in ("denial", "accusation")] == [("denial", "الوزيرة")]


def test_an_acts_noun_after_a_definite_title_is_the_object() -> None:
    events = events_of("وانتقد الوزير قرار نقابة الأطباء تعليق العمل في المستشفيات.")
    assert [(e.type, e.actor) for e in events if e.type == "accusation"] == [("accusation", "الوزير")]


def test_an_adjective_of_the_act_is_no_agent() -> None:
    for text in (
        "وجدت ليلة أمس جريمة قتل بشعة في إحدى القرى الجبلية.",
        "وتسبب قصف جوي على البلدة يوم الثلاثاء في مقتل عشرة مدنيين.",
        "وصادق النواب في جلسة عامة عقدت صباح الخميس على مشروع القانون.",
    ):
        events = [e for e in events_of(text) if e.type in ("attack", "meeting")]
        assert [e.actor for e in events] == [None], text
    # the agent after the act's noun is still found
    held = events_of("وعقد مجلس الأمن جلسة طارئة مساء الجمعة بطلب من فرنسا.")
    assert [(e.type, e.actor) for e in held] == [("meeting", "مجلس الأمن")]


def test_taking_hostages_is_an_attack_and_holding_suspects_a_measure() -> None:
    assert kinds("واحتجز ثلاثة مسلحين عشرات الرهائن داخل المصرف المركزي صباح الخميس.") == ["attack"]
    assert kinds("واحتجزت الشرطة ثلاثة مشتبه بهم لاستجوابهم.") == ["measure"]


def test_a_verb_followed_by_its_agent_marker_is_a_passive() -> None:
    events = events_of("وقال سكان إن المحافظ قتل على يد مسلحين ملثمين قرب منزله.")
    assert [(e.type, e.actor) for e in events if e.type == "attack"] == [("attack", "مسلحين ملثمين")]
    # من قبل is also "before": the speaker stays the speaker
    said = events_of("وكانت الوزارة قد أعلنت من قبل أنها ستراجع الأسعار.")
    assert [(e.type, e.actor) for e in said] == [("statement", "الوزارة")]


def test_a_campaign_or_a_discrimination_that_targets_is_no_attack() -> None:
    assert kinds("واستهدفت الحملة البلدية عشرات الأكشاك المخالفة في السوق.") == []
    assert kinds("ووصفت المنظمة القرار بأنه تمييز يستهدف اللاجئين.") == ["statement"]


def test_an_indefinite_attack_told_with_its_toll_is_told() -> None:
    assert kinds("وأسفر انفجار عبوة ناسفة قرب محطة الحافلات عن إصابة سبعة أشخاص.") == ["attack"]
    assert kinds("وأدت عملية إطلاق نار داخل المجمع التجاري إلى مقتل حارسين.") == ["attack"]
    # the attack named with the article was told before: its toll tells no second one
    assert kinds("وأسفر الانفجار عن إصابة سبعة أشخاص.") == []


def test_tahadatha_with_someone_is_a_meeting() -> None:
    events = events_of("وتحادث وزير الدفاع صباح السبت في مكتبه مع سفير اليابان.")
    assert [(e.type, e.actor, e.date) for e in events] == [("meeting", "وزير الدفاع", "2024-03-16")]


def test_each_of_the_parties_after_kull_min_is_the_subject() -> None:
    events = events_of("وأعلنت كل من الأردن والمغرب استدعاء سفيريهما لدى البلد الجار.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الأردن والمغرب")]
    said = events_of("وقالت كل من الحكومة والمعارضة إنهما ستشاركان في الحوار.")
    assert [(e.type, e.actor) for e in said] == [("statement", "الحكومة والمعارضة")]
    # كل من + a verb is "whoever": no party named
    assert [e.actor for e in events_of("ودعت كل من يرغب في الترشح إلى تقديم ملفه.")] == [None]


def test_the_same_source_again_continues_its_statement_whatever_its_gender() -> None:
    text = (
        "وأكدت الوزارة في بلاغ يوم الأحد أن الامتحانات ستجري في موعدها.\n\n"
        "وأضاف المصدر ذاته أن مراكز الامتحان جاهزة لاستقبال التلاميذ."
    )
    statements = [e for e in events_of(text) if e.type == "statement"]
    assert [(e.actor, e.mentions) for e in statements] == [("الوزارة", (0, 1))]


def test_a_correspondent_told_without_lam_is_whom_the_source_told() -> None:
    # أفاد/أبلغ + subject + whom it told, in the accusative: a correspondent, the journalists
    events = events_of("وأفاد ضابط متقاعد مراسلة الصحيفة أن النيران أخمدت.")
    assert [(e.type, e.actor) for e in events] == [("statement", "ضابط متقاعد")]
    events = events_of("ونقل الجريح إلى المستشفى حسبما أفاد به مسؤول محلي مراسلنا في المنطقة.")
    assert [e.actor for e in events if e.type == "statement"] == ["مسؤول محلي"]
    events = events_of("وأبلغ الناطق باسم البلدية جون سميث الصحفيين أن الحريق لم يكن متعمدا.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الناطق باسم البلدية جون سميث")]
    # the correspondent who speaks is the speaker; the journalists' union is no one told
    assert [e.actor for e in events_of("وأكد مراسل الإذاعة أن الأمطار توقفت صباحا.")] == ["مراسل الإذاعة"]
    assert [e.actor for e in events_of("وقال نقيب الصحفيين إن الزميل عاد إلى عمله.")] == ["نقيب الصحفيين"]


def test_a_verbal_noun_spelt_as_its_verb_after_tamma_and_a_date_names_no_actor() -> None:
    # تم + when + قطع/منع/حظر: what follows is what was cut or banned, not who did it
    events = events_of("وتم صباح اليوم قطع الإنترنت عن مخيمات النازحين.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", None, "2024-03-17")]
    events = events_of("وقد تم يوم الجمعة منع المسيرة من الوصول إلى الساحة.")
    assert [(e.type, e.actor) for e in events] == [("measure", None)]


def test_an_act_noun_with_its_agent_after_min_qibal_is_done_by_that_agent() -> None:
    events = events_of("ومنذ توقيف الصيادين من قبل خفر السواحل، تتابع السفارة ملفهم.")
    assert [(e.type, e.actor) for e in events] == [("measure", "خفر السواحل")]
    events = events_of("وتم اعتقال الناشطين الثلاثة من قبل الأمن الداخلي أمس.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "الأمن الداخلي", "2024-03-16")]
    # من قبل with no definite noun after it is "before", no agent
    events = events_of("وتم اعتقال الناشط من قبل ثم أفرج عنه.")
    assert [e.actor for e in events if e.type == "measure"][:1] == [None]


def test_a_stance_noun_with_its_pronoun_after_a_report_is_what_is_stated() -> None:
    # a three-letter noun's pronoun (قلقه، دعمه) as well as a longer one's (مسؤوليته، رغبتها)
    assert [e.actor for e in events_of("وأبدى المندوب قلقه من تأخر صرف المساعدات.")] == ["المندوب"]
    assert [e.actor for e in events_of("ثم جدد دعمه لمرشح الحزب في الدورة الثانية.")] == [None]
    assert [e.actor for e in events_of("وبعد ذلك أعلنت رغبتها في العودة إلى النادي.")] == [None]
    assert [e.actor for e in events_of("وكان الفصيل أعلن لاحقا مسؤوليته عن إطلاق القذائف.")][:1] == ["الفصيل"]
    # a name is no stance: the speaker stays
    assert [e.actor for e in events_of("وأكد مشعل أن الحركة متمسكة بالتهدئة.")] == ["مشعل"]


def test_a_place_or_an_envoy_with_its_owners_pronoun_after_an_act_is_its_object() -> None:
    events = events_of("وقالت الشرطة إن اللص فر بعد أن اقتحم منزلها في الضاحية.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الشرطة"), ("attack", None)]
    assert [e.actor for e in events_of("ثم استدعت سفيرها في العاصمة الأوروبية للتشاور.")] == [None]
    # a doer with its pronoun stays the doer
    assert [e.actor for e in events_of("واعتقلت شرطته ثلاثة مهربين قرب الميناء.")] == ["شرطته"]


def test_a_date_in_a_relative_clause_on_a_thing_dates_what_that_clause_tells() -> None:
    # the factory opened last year, the prisoners fled last week: no visit, no arrest then
    assert [(e.type, e.date) for e in events_of("وزار الوالي المخبز الذي افتتح العام الماضي.")] == [("visit", None)]
    events = events_of("واعتقل الحرس البحارة الذين تسللوا إلى المياه الإقليمية الأسبوع الماضي.")
    assert [(e.type, e.date) for e in events] == [("measure", None)]
    # on an act, or held as one, the act's date; on a speaker, how the words were said
    events = events_of("وانسحب النائب من جلسة الحوار الوطني التي التأمت ظهر اليوم.")
    assert ("meeting", "2024-03-17") in [(e.type, e.date) for e in events]
    events = events_of("وقال الوزير الذي كان يتحدث في ندوة صحفية أمس إن المعبر سيفتح.")
    assert [(e.type, e.date) for e in events][:1] == [("statement", "2024-03-16")]
    events = events_of("المحافظ الذي أشرف أمس على الاحتفال، دعا السكان إلى الهدوء.")
    assert [(e.type, e.date) for e in events] == [("statement", "2024-03-16")]


def test_words_of_another_told_by_a_speaker_who_goes_on_are_that_ones() -> None:
    # وأضاف/وأوضح with no subject goes on with the speaker; the minister's words inside are his own
    text = "وقال رئيس الجمعية إن المهرجان فقد دعم الدولة.\n\nوأوضح أن الوزير تعهد بمراجعة القرار."
    said = [(e.type, e.trigger, e.actor, e.mentions) for e in events_of(text)]
    assert said == [("statement", "وقال", "رئيس الجمعية", (0, 1)), ("statement", "تعهد", "الوزير", (1,))]
    # a noun's words, with the verb after it, are the verb's speaker's
    events = events_of("وفي تصريحات للإذاعة أمس، أكد المدرب أن الفريق جاهز.")
    assert [(e.type, e.actor) for e in events] == [("statement", "المدرب")]


def test_an_agreement_withdrawn_from_or_breached_is_none_now() -> None:
    # the withdrawal is the event, and the date is its own
    events = events_of("وانسحبت كندا من معاهدة الصيد البحري أمس.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "كندا", "2024-03-16")]
    assert kinds("وعلقت البلدية العمل بالاتفاقية مع المقاول يوم الجمعة.") == ["measure"]
    # its signing told too: that agreement, dated then
    events = events_of("وانتقد النائب الانسحاب من الاتفاق التجاري المبرم في 2019 مع الجيران.")
    assert ("agreement", "2019") in [(e.type, e.date) for e in events]


def test_an_act_told_as_to_come_is_not_dated_by_a_past_year() -> None:
    events = events_of("وقال المتحدث إن الوزارة ستغلق المصنع المشيد سنة 1990 قرب النهر.")
    assert [(e.type, e.date) for e in events if e.type == "measure"] == [("measure", None)]
    events = events_of("وقال المتحدث إن الرئيس سيزور البرازيل الشهر المقبل.")
    assert ("visit", "2024-04") in [(e.type, e.date) for e in events]


def test_a_warning_told_by_a_medium_or_a_source_is_the_warners_event() -> None:
    events = events_of("وذكرت صحيفة محلية أن النقابة هددت بإضراب مفتوح.")
    assert [(e.type, e.actor) for e in events] == [("statement", "صحيفة محلية"), ("warning", "النقابة")]
    # a ministry telling its country's words tells its own: one accusation
    events = events_of("وأفادت وزارة الخارجية صباحا بأن المملكة تدين الاعتداء على البعثة.")
    assert [e.type for e in events] == ["accusation"]


def test_a_tally_of_many_acts_is_no_act_and_blames_no_one() -> None:
    # figures of incidents: neither an attack nor an accusation by who gives them
    events = events_of("وأوضح المدير أن مصالحه سجلت 85 اعتداء على سيارات الإسعاف منذ بداية السنة.")
    assert [(e.type, e.actor) for e in events] == [("statement", "المدير")]
    assert kinds("وأضاف أن عدد الاعتداءات على المعلمين تضاعف.") == ["statement"]
    # a few strikes carried out, or a date's number before the noun, are acts
    assert kinds("ونفذت المقاتلات 4 غارات على مخازن الذخيرة فجر اليوم.") == ["attack"]
    assert kinds("وانطلق صباح اليوم الأحد 12 مارس 2024 اجتماع المجلس البلدي.") == ["meeting"]


def test_going_as_far_as_saying_and_concluding_that_are_statements() -> None:
    events = events_of("وذهب النائب إلى القول إن البرلمان فقد ثقة الناخبين.")
    assert [(e.type, e.actor) for e in events] == [("statement", "النائب")]
    events = events_of("وخلص الخبراء في دراستهم إلى أن السد يحتاج إلى صيانة.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الخبراء")]
    # going somewhere, or reaching a settlement, is no statement
    assert kinds("وذهب النائب إلى مقر البرلمان صباحا.") == []


def test_someone_on_a_visit_of_a_kind_is_told_a_visit() -> None:
    events = events_of("وانتقل ولي العهد إلى أنقرة في زيارة رسمية تدوم يومين.")
    assert [e.type for e in events] == ["visit"]
    # a visit wished for, with its object, or one's own recalled, is none
    assert kinds("وقالت الوكالة إن آلاف السياح يرغبون في زيارة الواحات.") == ["statement"]


def test_a_place_closed_is_no_closer() -> None:
    events = events_of("وأغلق المعبر الحدودي مساء.")
    assert [(e.type, e.actor) for e in events] == [("measure", None)]
    events = events_of("وأغلقت الولاية المعبر الحدودي بعد الحريق.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الولاية")]


def test_an_act_after_tamma_a_preposition_and_a_date_names_no_actor() -> None:
    events = events_of("وتم خلال الأسبوع الماضي عزل إمامين في الضاحية.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", None, "2024-W11")]


def test_a_resignation_and_an_appointment_are_two_acts() -> None:
    text = "وأعلن المدرب استقالته من تدريب المنتخب.\n\nوتم تعيين مساعده مدربا مؤقتا للفريق."
    events = events_of(text)
    assert [(e.type, e.trigger) for e in events] == [("measure", "استقالته"), ("measure", "تعيين")]


def test_a_resignation_handed_in_is_the_noun_of_who_resigned() -> None:
    # استقال takes no object: استقالته after قدم is the resignation with its owner's pronoun, whose
    # actor is the light verb's subject, not a verb whose subject would follow
    events = events_of("قدم رئيس البلدية استقالته إلى المحافظ يوم الخميس بعد خلاف على الموازنة.")
    assert [(e.type, e.trigger, e.actor, e.date) for e in events] == [
        ("measure", "استقالته", "رئيس البلدية", "2024-03-14")
    ]
    events = events_of("قدمت رئيسة الجامعة السبت استقالتها احتجاجا على خفض التمويل.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "رئيسة الجامعة", "2024-03-16")]
    # a quoted name ends the light verb's subject
    events = events_of('قدمت مديرة المتحف "هالة منصور" استقالتها من منصبها.')
    assert [(e.type, e.trigger, e.actor) for e in events] == [("measure", "استقالتها", "مديرة المتحف")]


def test_an_appointment_after_a_resignation_is_done_by_no_one_named() -> None:
    # تم تعيين after the resignation's comma: an act of its own (not the resignation's object), and
    # the one who resigned did not appoint; after a meeting, what تم is done by those who met
    events = events_of("قدم مدير الشركة استقالته، وتم تعيين نائبه خلفا له الأربعاء.")
    assert [(e.trigger, e.actor) for e in events] == [("استقالته", "مدير الشركة"), ("تعيين", None)]
    events = events_of("اجتمع وزيرا الزراعة في عمان الخميس، وتم الاتفاق على تبادل البذور.")
    agreements = [e for e in events if e.type == "agreement"]
    assert [e.actor for e in agreements] == ["وزيرا الزراعة"]


def test_a_title_in_the_dual_construct_heads_the_subject() -> None:
    # وزيرا/رئيسا before a genitive: the two holders of the title, not the accusative of an appointment
    events = events_of("التقى وزيرا النقل في الرباط الثلاثاء لبحث خط القطار.")
    assert [(e.type, e.actor) for e in events][:1] == [("meeting", "وزيرا النقل")]
    events = events_of("ووقع رئيسا البلديتين مذكرة توأمة أمس.")
    assert [(e.type, e.actor) for e in events] == [("agreement", "رئيسا البلديتين")]
    # the accusative of what one was made stays out of the subject
    events = events_of("وعين المجلس رئيسا جديدا للمحكمة الخميس.")
    assert [(e.type, e.actor) for e in events] == [("measure", "المجلس")]


def test_a_place_or_a_delegation_after_a_definite_title_is_the_object() -> None:
    # a definite word after a definite title may be its adjective (الأمين العام، الرئيس السابق) or a
    # surname (الرئيس الأسد), but a building or a delegation is what the act is done to
    events = events_of("زار الوزير الفندق المتضرر الخميس.")
    assert [(e.type, e.actor, e.date) for e in events] == [("visit", "الوزير", "2024-03-14")]
    events = events_of("واستقبل الرئيس البعثة الأممية في قصره أمس.")
    assert [(e.type, e.actor) for e in events] == [("visit", "الرئيس")]
    events = events_of("وزار الرئيس البشير الملعب الجديد السبت.")
    assert [(e.type, e.actor) for e in events] == [("visit", "الرئيس البشير")]


def test_a_denial_or_warning_told_by_a_participle_is_the_subject_of_the_verb_before_it() -> None:
    # رد without على is no report here, but its subject is whose denial the participle tells
    events = events_of("اتهم النقابيون الإدارة بتجميد الأجور، وردت الإدارة نافية أي تجميد.")
    assert [(e.type, e.actor) for e in events] == [("accusation", "النقابيون"), ("denial", "الإدارة")]
    # a comma and a past verb the lexicon knows with و open a clause: a plan named in the clause
    # before (خطة) makes nothing after it hypothetical
    events = events_of("وانتقد الحزب خطة الوزارة، وردت الوزارة محذرة من تسييس الملف.")
    assert [(e.type, e.actor) for e in events] == [("accusation", "الحزب"), ("warning", "الوزارة")]
    # a participle that goes on with what was said keeps no subject of its own
    events = events_of("وقال الوزير مضيفا إن الحوار مستمر.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الوزير")]


def test_participles_of_verbs_ending_in_ya_are_read_and_nothing_else() -> None:
    # داعيا، مبديا: the accusative of داعٍ، مبدٍ keeps its ي; مبدأ (a principle) is no participle
    assert kinds("واختتم الرئيس كلمته داعيا إلى الوحدة.") == ["statement"]
    assert kinds("ويقوم النظام الجديد على مبدأ المساواة بين الولايات.") == []
    assert kinds("وتشبثت النقابة بمبدأ التفاوض.") == []


def test_who_threatens_is_the_subject_before_what_is_threatened() -> None:
    # هدد X بـ: X threatens (with a verbal noun after بـ), as طالب X بـ; a subject in a construct keeps
    # its genitive whatever the verb (the genitive is no object before بـ)
    events = events_of("هدد المحافظ بإغلاق المصانع الملوثة.")
    assert [(e.type, e.actor) for e in events] == [("warning", "المحافظ")]
    events = events_of("وهددت نقابة الأطباء بالإضراب المفتوح.")
    assert [(e.type, e.actor) for e in events] == [("warning", "نقابة الأطباء")]
    events = events_of("واتهم رئيس البلدية الشركة بالتقصير.")
    assert [(e.type, e.actor) for e in events] == [("accusation", "رئيس البلدية")]


def test_a_seat_of_power_after_the_subject_is_where_not_who() -> None:
    # بقصر، بمقر after the host: where the guest was received, not a name nor part of the title
    events = events_of("واستقبل رئيس الدولة بقصر بعبدا سفيرة كندا الخميس.")
    assert [(e.type, e.actor, e.date) for e in events] == [("visit", "رئيس الدولة", "2024-03-14")]
    events = events_of("واستقبل الأمير بمقر الديوان وفدا من الصيادين.")
    assert [(e.type, e.actor) for e in events] == [("visit", "الأمير")]
    # a workplace after an official's title stays in the description of who speaks
    events = events_of("وقال موظف بمكتب البريد إن الرواتب ستصرف غدا.")
    assert [(e.type, e.actor) for e in events] == [("statement", "موظف بمكتب البريد")]


def test_how_an_act_was_done_is_not_who_did_it() -> None:
    # ب + a feminine noun and its indefinite adjective after the verb: the manner, not the subject
    events = events_of("وأطلق سراحه مساء الأحد بكفالة مالية.") + events_of("وأفرج عنه الخميس بصفة مؤقتة.")
    assert [(e.type, e.actor) for e in events] == [("measure", None), ("measure", None)]
    events = events_of("وقالت بثينة شعبان إن الحوار مستمر.")
    assert [(e.type, e.actor) for e in events] == [("statement", "بثينة شعبان")]


def test_a_release_told_with_its_pronoun_is_a_release_and_sarah_is_no_subject() -> None:
    # أطلق سراحه/سراحهم: the object with its pronoun still tells a release; right after the verb it
    # is the object, so the verb has no subject there (a passive)
    events = events_of("وأطلقت الشرطة سراحها بعد التحقيق معها.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الشرطة")]
    events = events_of("وأطلق سراح الموقوفين الأربعة صباح الأحد.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", None, "2024-03-17")]


def test_a_state_of_emergency_declared_is_a_measure() -> None:
    # أعلن حالة الطوارئ: the government's own act, announced (a measure, not its words)
    events = events_of("وأعلنت السلطات الموريتانية حالة الطوارئ في ثلاث ولايات الاثنين.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "السلطات الموريتانية", "2024-03-11")]
    # living under it is no act
    assert kinds("ويعيش السكان تحت وطأة حالة الطوارئ منذ أشهر.") == []


def test_a_verb_after_an_acts_noun_tells_of_the_act_not_who_did_it() -> None:
    # زيارة تستمر، اجتماع عقد: a verb the lexicon knows after the noun describes it; no genitive agent
    events = events_of("وصل الوزير إلى الرباط صباح الإثنين في زيارة تستمر ثلاثة أيام.")
    assert [(e.type, e.actor, e.date) for e in events] == [("visit", "الوزير", "2024-03-11")]
    events = events_of("حط الوزير في الرباط صباح الإثنين في زيارة تستمر ثلاثة أيام.")
    assert [(e.type, e.actor) for e in events] == [("visit", None)]
    events = events_of("وقال المتحدث خلال اجتماع عقد بمقر الولاية إن المشروع سينطلق قريبا.")
    assert [(e.type, e.actor) for e in events if e.type == "meeting"] == [("meeting", None)]
    # a name after the noun is still its agent, and a ministry is no و + verb
    events = events_of("وجاء ذلك بعد إعلان وزارة الصحة عن حالتي وفاة.")
    assert [(e.type, e.actor) for e in events] == [("statement", "وزارة الصحة")]


def test_a_delegation_is_of_those_after_min_and_met_after_ba() -> None:
    # وفد من X: the delegation of X, as عدد من; الوفد من X: whence it came
    events = events_of("ويزور وفد من البرلمان الأوروبي نواكشوط الأسبوع المقبل.")
    assert [(e.type, e.actor, e.date) for e in events] == [("visit", "وفد من البرلمان الأوروبي", "2024-W12")]
    events = events_of("ووصل الوفد من الدوحة مساء الجمعة.")
    assert [(e.type, e.actor) for e in events] == [("visit", "الوفد")]
    # بوفد after the subject: whom the subject met, not part of it
    events = events_of("واجتمع المحافظ بوفد من المستثمرين صباح الخميس.")
    assert [(e.type, e.actor, e.date) for e in events] == [("meeting", "المحافظ", "2024-03-14")]


def test_a_speaker_named_again_by_a_shorter_name_is_shown_by_the_full_one() -> None:
    # the statement is shown at its dated mention, whose actor is the surname; the event names the
    # speaker as the article first did
    text = (
        "قالت رئيسة كتلة الخضر ليلى بوعزيز إن الميزانية لا تكفي.\nوأضافت بوعزيز يوم الخميس أن الحكومة مطالبة بمراجعتها."
    )
    events = events_of(text)
    assert [(e.type, e.actor, e.date) for e in events] == [("statement", "رئيسة كتلة الخضر ليلى بوعزيز", "2024-03-14")]
    # a party named as الحزب is the one named before; another party is another speaker
    text = (
        "وأكد حزب الأمل دعمه للحكومة.\nودعا الحزب يوم السبت إلى حوار وطني.\nأما حزب العمال فقد دعا إلى انتخابات مبكرة."
    )
    events = events_of(text)
    assert [(e.type, e.actor) for e in events] == [("statement", "حزب الأمل"), ("statement", "حزب العمال")]


def test_a_verb_is_no_ones_name() -> None:
    # a light verb in a tense (بدأت، يقع) cannot head the subject, nor يبدو (seemingly)
    events = events_of("بدأت الحكومة توزيع منح أعلنت عنها في الصيف الماضي.")
    assert [(e.type, e.actor, e.date) for e in events] == [("statement", None, "2023-SU")]
    events = events_of("ويتوقع أن يقع نشر القائمة النهائية للمترشحين يوم الاثنين.")
    assert [(e.type, e.actor) for e in events] == [("statement", None)]
    events = events_of("وأكد الشهود أن رجلا ملثما فيما يبدو أطلق النار على الحارس.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الشهود"), ("attack", None)]
    # an accusative after the subject of a clause-opening light verb is its object, a noun
    events = events_of("وأصدرت الغرفة الجزائية بمحكمة التعقيب حكما بإعدام القاتل.")
    assert [(e.type, e.trigger, e.actor) for e in events] == [("measure", "حكما بإعدام", "الغرفة الجزائية")]


def test_an_official_in_charge_of_something_is_no_one_blamed() -> None:
    # المسؤول عن after a definite noun: in charge of it; blame only for an act named after عن
    events = events_of("وقال الناطق إن الإدارة أبلغت المهندس المسؤول عن الورشة بقرار الإغلاق.")
    assert [e.type for e in events][:1] == ["statement"]
    events = events_of("وقال الناطق إن الفصيل المسؤول عن التفجير انسحب من المدينة.")
    assert [e.type for e in events][:1] == ["accusation"]
    # a predicate still blames: مسؤولة عن without the article
    events = events_of("وقال الناطق إن الشركة مسؤولة عن الأعطال.")
    assert [e.type for e in events] == ["accusation"]


def test_brandishing_a_step_is_a_warning() -> None:
    # لوّح بـ + what one may do: a threat; waving a hand, a flag or a banner is none
    events = events_of("ولوحت النقابة بالإضراب المفتوح إن لم تصرف الأجور.")
    assert [(e.type, e.actor) for e in events] == [("warning", "النقابة")]
    assert kinds("ولوح اللاعب بيده للجماهير بعد الهدف.") == []
    assert kinds("ولوح المشجعون بالرايات في المدرجات.") == []


def test_a_noun_in_iyya_is_no_adjective_of_the_subject() -> None:
    # الولاية، القضية end like a nisba adjective but are nouns: after the subject, its object
    events = events_of("وزار وفد من البنك الدولي الولاية أمس.")
    assert [(e.type, e.actor, e.date) for e in events] == [("visit", "وفد من البنك الدولي", "2024-03-16")]
    # a nisba adjective still goes with its noun
    events = events_of("وزارت البعثة الأممية المخيم أمس.")
    assert [(e.type, e.actor) for e in events] == [("visit", "البعثة الأممية")]


def test_the_subject_after_the_medium_told_is_who_speaks() -> None:
    # verb, ل + the medium (its name, quoted or not), then the speaker
    events = events_of("وأفاد لإذاعة محلية مدير المستشفى بأن حالة الجرحى مستقرة.")
    assert [(e.type, e.actor) for e in events] == [("statement", "مدير المستشفى")]
    events = events_of('وصرح لـ"راديو المدينة" رئيس البلدية بأن الأشغال ستنتهي قريبا.')
    assert [(e.type, e.actor) for e in events] == [("statement", "رئيس البلدية")]
    # after a comma: the speaker when a title follows his name, else the reporter's name
    events = events_of("حسبما صرح به لمراسل الإذاعة، سامي الهمامي، الناطق باسم النقابة.")
    assert [(e.type, e.actor) for e in events] == [("statement", "سامي الهمامي")]
    events = events_of("وقال لمراسلنا، سامي الهمامي، إن الاجتماع تأجل.")
    assert [(e.type, e.actor) for e in events] == [("statement", None)]


def test_a_vehicles_trip_is_no_visit() -> None:
    # a plane, a ship or a boat leaving or arriving: no one's visit; its passengers' arrival is
    assert kinds("وكانت الحافلة قد غادرت المحطة قبل دقائق من الحادث.") == []
    assert kinds("ووصلت الباخرة إلى ميناء بنزرت صباح الأحد.") == []
    events = events_of("ووصل الوزير إلى ميناء بنزرت صباح الأحد.")
    assert [(e.type, e.actor, e.date) for e in events] == [("visit", "الوزير", "2024-03-17")]
    # نزل (a hotel, as Tunisian news says it) receiving its guests hosts no visit
    assert kinds("واستقبل النزل يوم الأحد وفدا من المحامين الأجانب.") == []


def test_farthest_from_is_no_expulsion() -> None:
    # أبعد ما يكون: a comparative (the farthest), not أبعد (deported)
    assert kinds("وأكدت النقابة أن مواقفها أبعد ما تكون عن الحسابات الحزبية.") == ["statement"]
    events = events_of("وأبعدت السلطات ثلاثة صحفيين أجانب أمس.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "السلطات", "2024-03-16")]


def test_regarding_something_is_no_ones_report() -> None:
    # بخصوص after a report's light verb: what it was about, never who made it (only ل tells whose
    # report a report's noun is)
    events = events_of("وحققت الشرطة مع المدون حول تصريحات أطلقها بخصوص تجاوزات في البلدية.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الشرطة"), ("statement", None)]


def test_a_security_threat_named_is_a_danger_not_a_warning() -> None:
    # التهديدات الإرهابية/الأمنية: a danger that exists, spoken of; no one threatens in it
    events = events_of("وقال قائد الحرس إن التهديدات الإرهابية تبقى جدية على الشريط الحدودي.")
    assert [(e.type, e.actor) for e in events] == [("statement", "قائد الحرس")]
    events = events_of("ووجهت العصابة تهديدات إلى التجار.")
    assert [(e.type, e.actor) for e in events] == [("warning", "العصابة")]


def test_eyes_are_no_appointment() -> None:
    # أعين: eyes, far more often than "I appoint" (the first person's present of عيّن)
    events = events_of("ومنعت الجماعة بيع أي تماثيل برؤوس أو أعين، وكذلك الرسوم.")
    assert [(e.type, e.trigger, e.actor) for e in events] == [("measure", "ومنعت", "الجماعة")]


def test_in_a_province_is_no_boycott() -> None:
    # في مقاطعة X: in the province of X; a boycott is called for, announced or joined
    events = events_of("وعقد المحافظون اجتماعا في مقاطعة أونتاريو مساء الخميس.")
    assert [(e.type, e.date) for e in events] == [("meeting", "2024-03-14")]
    events = events_of("وأعلن اتحاد الطلبة مقاطعة الدروس يوم الاثنين.")
    assert [(e.type, e.actor) for e in events] == [("measure", "اتحاد الطلبة")]


def test_accusations_directed_are_no_visit() -> None:
    # توجه اتهامات/انتقادات/رسالة: something directed at someone (وجّه), not someone going (توجّه)
    events = events_of("وقالت الصحيفة إن المعارضة توجه اتهامات للحكومة بتزوير النتائج.")
    assert ("accusation", "اتهامات", "المعارضة") in [(e.type, e.trigger, e.actor) for e in events]
    assert "visit" not in [e.type for e in events]
    events = events_of("وتوجه انتقادات حادة للبلدية منذ أسابيع.")
    assert [(e.type, e.actor) for e in events] == [("accusation", None)]
    events = events_of("وتوجه الوزير أمس إلى العاصمة الليبية.")
    assert [(e.type, e.actor, e.date) for e in events] == [("visit", "الوزير", "2024-03-16")]


def test_opening_the_door_to_is_no_measure() -> None:
    # يفتح الباب/المجال أمام: makes something possible (an idiom); a crossing, candidacies or the
    # airspace opened stay a measure
    events = events_of("وحذر النائب من أن القانون الجديد يفتح الباب أمام التلاعب بالأسعار.")
    assert [(e.type, e.actor) for e in events] == [("warning", "النائب")]
    assert kinds("ويفتح الاتفاق المجال أمام استثمارات خليجية في قطاع الطاقة.") == []
    assert kinds("وفتحت البلدية الباب واسعا لمشاركة الشباب.") == []
    events = events_of("وفتحت السلطات المعبر أمام الشاحنات صباح الأحد.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "السلطات", "2024-03-17")]
    events = events_of("وفتحت الهيئة باب الترشحات لعضوية المجلس يوم الاثنين.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الهيئة")]


def test_a_rate_of_acts_is_no_act() -> None:
    # معدل/نسبة/عدد + the acts' noun (a kind of acts between, جرائم): figures of many acts
    assert kinds("وتراجع معدل جرائم القتل في المدينة خلال العام الماضي.") == []
    assert kinds("وارتفعت نسبة الاعتداءات على الأطباء بشكل لافت هذا العام.") == []
    assert kinds("وتضاعف عدد الهجمات في الإقليم منذ مطلع السنة.") == []
    events = events_of("وشن المسلحون عددا من الهجمات على مواقع الجيش أمس.")
    assert [(e.type, e.date) for e in events] == [("attack", "2024-03-16")]


def test_what_a_law_provides_is_no_act() -> None:
    # a law, a bill, a treaty or an article of them with a present verb: what the text provides
    assert kinds("ويحظر القانون التونسي بيع الكحول للقاصرين.") == []
    assert kinds("وتمنع الاتفاقية الدولية استخدام الألغام المضادة للأفراد.") == []
    assert kinds("ويطالب مشروع القانون البلديات بنشر ميزانياتها.") == []
    events = events_of("ويمنع الجيش دخول الصحفيين إلى المنطقة منذ أسبوع.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الجيش")]


def test_a_warning_strike_is_no_warning() -> None:
    # إضرابا إنذارا: a strike's kind (a short strike that warns), no one warning anyone
    events = events_of("ونفذ الممرضون إضرابا إنذارا بيوم واحد.")
    assert [e.type for e in events] == []
    events = events_of("ووجهت الهيئة إنذارا إلى الشركة بسبب التأخير.")
    assert [(e.type, e.actor) for e in events] == [("warning", "الهيئة")]


def test_the_year_a_budget_is_for_dates_no_event() -> None:
    # ميزانية/قانون المالية لسنة X: debated and passed the year before, the year dates nothing told
    events = events_of("وعقدت لجنة المالية، يوم 3 ديسمبر 2022، جلسة حول ميزانية وزارة الفلاحة والصيد لسنة 2023.")
    assert [(e.type, e.date) for e in events] == [("meeting", "2022-12-03")]
    events = events_of("وصادق المجلس على موازنة الدولة لسنة 2023.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "المجلس", None)]
    # a month's year written with لعام still dates
    events = events_of("وزار الوزير القاهرة في الخامس من مارس لعام 2019.")
    assert [(e.type, e.date) for e in events] == [("visit", "2019-03-05")]


def test_an_adjunct_between_tamma_and_its_act() -> None:
    # تم + خلال/أثناء/عقب X + the act's noun: the impersonal verb has no subject, so the phrase
    # between is an adjunct and the noun after it the act told (the adjunct's own noun is not)
    events = events_of("وتم خلال اللقاء الاتفاق على إحداث فريق عمل مشترك.")
    assert [(e.type, e.trigger) for e in events] == [("agreement", "الاتفاق")]
    events = events_of("وتم، أثناء المداهمة، إيقاف ثلاثة مطلوبين.")
    assert [(e.type, e.trigger) for e in events] == [("measure", "إيقاف")]
    # a demonstrative or a construct's head before the noun: it is the adjunct's own
    assert kinds("وتم خلال هذه اللقاءات عرض مشاريع البلدية.") == []
    events = events_of("وأضاف النائب أن التعديل تم في سياق صفقة بين الحزبين.")
    assert [e.type for e in events] == ["statement"]


def test_a_hospital_receiving_the_injured_is_no_visit() -> None:
    # a hospital, an airport or a stadium receives patients, travellers, crowds: no one's visit
    assert kinds("واستقبل المستشفى الجامعي بالمنستير عشرة جرحى ليلة السبت.") == []
    assert kinds("واستقبل مطار قرطاج الدولي أكثر من مليون مسافر خلال الصائفة.") == []
    events = events_of("واستقبل الرئيس نظيره الجزائري يوم الأحد.")
    assert [(e.type, e.actor, e.date) for e in events] == [("visit", "الرئيس", "2024-03-17")]


def test_the_period_of_what_is_attributed_dates_no_attribution() -> None:
    # طيلة شهر جانفي ... حسبما أفاد: the month the figures are of, not the day they were given
    events = events_of("وارتفع عدد المخالفات طيلة شهر جانفي حسبما أفاد رئيس البلدية في حديث للإذاعة.")
    assert [(e.type, e.actor, e.date) for e in events] == [("statement", "رئيس البلدية", None)]
    events = events_of("وتراجعت الصادرات طوال أكتوبر المنقضي، وفق ما أعلنه معهد الإحصاء يوم الخميس.")
    assert [(e.type, e.date) for e in events] == [("statement", "2024-03-14")]


def test_failing_to_attack_is_no_attack() -> None:
    # فشل/عجز/أخفق + في/عن + the act (or its light verb): the act was not done
    assert kinds("وفشل التنظيم طيلة سنوات في شن غارات على المدن الكبرى.") == []
    assert kinds("وعجزت الميليشيا عن اقتحام المعسكر ليلة الجمعة.") == []
    events = events_of("وشنت الميليشيا هجمات على المعسكر ليلة الجمعة.")
    assert [(e.type, e.actor) for e in events] == [("attack", "الميليشيا")]


def test_a_noun_takes_no_ni() -> None:
    # ني is a verb's object (هاجموني), never a noun's "my" (ي): غزواني is a surname, no invasion
    events = events_of("وقالت الباحثة منى غزواني إن المشروع متعثر.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الباحثة منى غزواني")]
    events = events_of("وأكد أنهم هاجموني صباح الأحد.")
    assert [(e.type, e.date) for e in events] == [("attack", "2024-03-17")]


def test_words_added_in_an_interview_go_on_with_the_speaker() -> None:
    # وأضاف في تصريح لإذاعة اليوم: the report's noun, dated, must not keep the verb from going on
    # with the last speaker's words (one statement, his, of that day)
    text = "قال رئيس الجمعية إن التحضيرات انطلقت.\nوأضاف في تصريح لإذاعة محلية اليوم أن الموعد لم يتغير."
    events = events_of(text)
    assert [(e.type, e.actor, e.date, e.mentions) for e in events] == [
        ("statement", "رئيس الجمعية", "2024-03-17", (0, 1))
    ]
    # a participle going on with its own sentence's speaker stays that speaker's
    text = "قال رئيس الجمعية إن التحضيرات انطلقت.\nونفت البلدية ذلك اليوم، قائلة إن الملف مجمد."
    assert [(e.type, e.actor) for e in events_of(text)] == [("statement", "رئيس الجمعية"), ("denial", "البلدية")]


def test_a_matter_is_no_order() -> None:
    # يعد أمرا مهما: "a matter" after a verb of being, not the dual of أمر (ordered)
    events = events_of("وأكد الخبير أن تأمين الحدود يعد أمرا حيويا، لكن الموارد محدودة.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الخبير")]
    events = events_of("وأمرت المحكمة بإخلاء المبنى.")
    assert [(e.type, e.actor) for e in events] == [("measure", "المحكمة")]


def test_looking_for_something_is_no_talks() -> None:
    # بحث ... عن (looked for), and بحث after a research lab or grant: no meeting
    assert kinds("وتبحث الشركتان الرائدتان في مجال الطاقة عن شريك محلي.") == []
    assert kinds("وتعتزم الكلية إحداث مخبري بحث في علوم البحار.") == []
    events = events_of("وبحث الوزير مع نظيره الجزائري سبل التعاون عن قرب.")
    assert [(e.type, e.actor) for e in events] == [("meeting", "الوزير")]


def test_amda_is_signing() -> None:
    # أمضى/إمضاء (the Maghreb's word for signing) with an agreement's noun; spending time is not
    events = events_of("وأمضت البلدية والجمعية اليوم اتفاقية شراكة.")
    assert [(e.type, e.actor, e.date) for e in events] == [("agreement", "البلدية والجمعية", "2024-03-17")]
    assert kinds("وأمضى الموقوف ليلته في مركز الشرطة.") == []


def test_ba_and_a_light_verbs_noun_ends_the_subject() -> None:
    # توعد الرئيس بشن، هدد القائد بتنفيذ: what is done after ب, not part of who does it
    events = events_of("وتوعد الرئيس بشن هجوم واسع على المدينة.")
    assert [(e.type, e.actor) for e in events] == [("warning", "الرئيس")]


def test_what_is_expected_or_foretold_is_no_act() -> None:
    # توقعت أن تبدأ المفاوضات (expected; not توقع, also "signs"), إن الحزب سيفوز (an outcome
    # foretold): nothing done yet; the forecast is the speaker's words (as رجح أن، استبعد أن)
    assert kinds("وتوقعت الخبيرة أن تنطلق المفاوضات الشهر المقبل.") == ["statement"]
    events = events_of("وقال الأمين العام إن القائمة ستفوز بالانتخابات.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الأمين العام")]
    events = events_of("وفازت القائمة بالانتخابات يوم الأحد.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "القائمة", "2024-03-17")]


def test_ba_and_a_short_verbal_noun_end_the_subject() -> None:
    # بدعم، بسحب، بنقل: a verbal noun of three letters after ب is what is asked or promised
    events = events_of("ووعد الوزير الفرنسي جان مارتان بنقل المقر.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الوزير الفرنسي جان مارتان")]
    events = events_of("وطالب النائب حمدي الشريف بدعم الفلاحين.")
    assert [(e.type, e.actor) for e in events] == [("statement", "النائب حمدي الشريف")]


def test_pardoning_someone_is_a_measure() -> None:
    # عفا عن (pardoned) beside its noun العفو; عفا عليه الزمن (outdated) and a habit are none
    events = events_of("وعفا الملك عن الصحفي المعتقل يوم الخميس.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "الملك", "2024-03-14")]
    assert kinds("ويعفو الرئيس عادة عن مئات السجناء في الأعياد.") == []
    assert kinds("وقالت النائبة إن هذا النظام عفا عليه الزمن.") == ["statement"]


def test_a_verbal_nouns_genitive_before_lam_and_its_object_did_it() -> None:
    # احتجاز السلطات لعشرات الصحفيين: ل takes the object, so forces or a country named before it
    # acted; a time, a reason or a purpose after ل leaves the genitive the one acted on
    events = events_of("وانتقدت المنظمة احتجاز السلطات لعشرات الصحفيين.")
    assert [(e.type, e.actor) for e in events] == [("accusation", "المنظمة"), ("measure", "السلطات")]
    events = events_of("وجاء البيان بعد اعتقال الشرطة لأربعة طلاب يوم الخميس.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "الشرطة", "2024-03-14")]
    events = events_of("وندد المجلس بقصف الطيران الحربي لقرية في الشمال.")
    assert [(e.type, e.actor) for e in events] == [("accusation", "المجلس"), ("attack", "الطيران الحربي")]
    assert [e.actor for e in events_of("وجاء البيان بعد اعتقال المدون لساعات.")] == [None]
    events = events_of("وجاء القرار بعد إيقاف الحارس لتورطه في الرشوة.")
    assert [(e.type, e.actor) for e in events] == [("measure", None)]


def test_no_persons_name_after_a_bodys_genitive() -> None:
    # وزارة التربية تأجيل الامتحانات: a ministry's name ends at its genitive; the unknown verbal noun
    # after it is what it decided, not a person's name as after a title (الناطق باسمها سامي قاسم)
    events = events_of("وقررت وزارة التربية تأجيل الامتحانات.")
    assert [(e.type, e.actor) for e in events] == [("measure", "وزارة التربية")]
    events = events_of("وأعلنت هيئة الانتخابات تمديد آجال الترشح.")
    assert [e.actor for e in events] == ["هيئة الانتخابات"]
    events = events_of("وقال الناطق باسم وزارة العدل سامي قاسم إن الوفد وصل.")
    assert [e.actor for e in events][:1] == ["الناطق باسم وزارة العدل سامي قاسم"]


def test_a_light_nouns_genitive_does_the_act_its_object_names() -> None:
    # بعد توجيه النائبة انتقادات شديدة: the genitive between توجيه and the act's noun did it; an
    # adjective after the act's noun is no one
    events = events_of("وجاء ذلك بعد توجيه النائبة انتقادات شديدة للوزير.")
    assert [(e.type, e.actor) for e in events] == [("accusation", "النائبة")]
    events = events_of("وسقط قتيلان إثر تنفيذ عملية سطو مسلح في المصرف يوم الأحد.")
    assert [e.actor for e in events if e.type == "attack"] == [None]


def test_a_topic_before_a_relative_clause_set_off_by_commas_says_it() -> None:
    # سامي ناصر، الذي كان سيرأس اللجنة، كتب: the name before the clause is the subject, not the
    # clause's last words; an act so told may be a passive (اعتقل: was arrested), left alone
    events = events_of("سامي ناصر، الذي كان يفترض أن يرأس اللجنة، كتب على تويتر أن الحوار انتهى.")
    assert [(e.type, e.actor) for e in events] == [("statement", "سامي ناصر")]
    events = events_of("الرابطة، التي تتخذ من تونس مقرا لها، قالت إن الوضع صعب.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الرابطة")]


def test_who_a_relative_clauses_visit_or_talks_are_told_of() -> None:
    # المحافظ الذي زار، المستشارة التي التقت: the titled phrase before the relative pronoun; an act's
    # noun or a bare name there is left alone, and so is an arrest (often a passive there)
    events = events_of("وأذن المحافظ الذي زار المستشفى أمس بصرف المساعدات.")
    assert [(e.type, e.actor, e.date) for e in events] == [("visit", "المحافظ", "2024-03-16")]
    events = events_of("وأشارت الوزيرة التي التقت الوفد صباح اليوم إلى أهمية التعاون.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الوزيرة"), ("meeting", "الوزيرة")]
    events = events_of("وتوقف عمل المصنع الذي زار مديره العاصمة أمس.")
    assert [e.actor for e in events if e.type == "visit"] != ["المصنع"]


def test_a_governor_is_titled_without_the_article() -> None:
    # والي نابل، سمير السالمي: والي is a title like الوالي, and the name after it goes with it
    events = events_of("وقال والي سوسة، سمير السالمي، إن الأشغال ستنطلق.")
    assert [(e.type, e.actor) for e in events] == [("statement", "والي سوسة، سمير السالمي")]


def test_what_is_asked_decided_or_stated_is_not_who_does_it() -> None:
    # وطلب منها احترام القواعد، وقرر تأجيل: a verbal noun (by a shape no plural or name has) is what is
    # asked or decided; a stance's noun after an adverb is what is stated; أحزاب and a country act
    events = events_of("وتشاجر النائب مع زميلته وطلب منها احترام القواعد.")
    assert [e.actor for e in events if e.type == "statement"] == [None]
    events = events_of("وقرر مجددا إسقاط المقترح.")
    assert [(e.type, e.actor) for e in events] == [("measure", None)]
    events = events_of("وأكد كذلك استعداد بلاده لاستقبال اللاجئين.")
    assert [(e.type, e.actor) for e in events] == [("statement", None)]
    events = events_of("وطالبت أحزاب المعارضة بفتح تحقيق.")
    assert [e.actor for e in events][:1] == ["أحزاب المعارضة"]
    events = events_of("وقررت إيران خفض إنتاجها.")
    assert [(e.type, e.actor) for e in events] == [("measure", "إيران")]
    events = events_of("وقرر ترك منصبه بعد خلاف مع الإدارة.")
    assert [(e.type, e.actor) for e in events] == [("measure", None)]


def test_attention_drawn_is_no_actor() -> None:
    # لفت الانتباه/النظر: the attention is what is drawn, never who speaks
    events = events_of("ولفت الانتباه إلى صعوبة الوضع في المخيمات.")
    assert [(e.type, e.actor) for e in events] == [("statement", None)]


def test_a_demonstrative_names_a_heads_genitive() -> None:
    # سكان هذه الأحياء، أحد هذه المصادر: one phrase after a head that needs its genitive; after a
    # name it is the object (نفت الشركة هذه الاتهامات)
    events = events_of("وطالب سكان هذه الأحياء بتوفير الماء.")
    assert [e.actor for e in events][:1] == ["سكان هذه الأحياء"]
    events = events_of("ونفت سوناطراك هذه الاتهامات.")
    assert [(e.type, e.actor) for e in events] == [("denial", "سوناطراك")]


def test_a_speaker_named_after_the_medium_told() -> None:
    # حسب ما أكده للإذاعة، سامي القاسمي، مدير الجودة: to whom (ل or في اتصال ... ب), then a comma and
    # who said it, named with a title or by one
    events = events_of("وتمت مصادرة السلع حسب ما أكده للإذاعة، سامي القاسمي، مدير الجودة بالجهة.")
    assert [e.actor for e in events if e.type == "statement"] == ["سامي القاسمي"]
    events = events_of("وتمت مصادرة السلع وفق ما صرح في حديث هاتفي بالإذاعة، المدير الجهوي للتجارة.")
    assert [e.actor for e in events if e.type == "statement"] == ["المدير الجهوي للتجارة"]


def test_a_countrys_full_name_heads_no_construct() -> None:
    # طالبت بيونغ يانغ اليابان: a name of several words is whole; the country after it is the object
    events = events_of("وطالبت بيونغ يانغ اليابان بالإفراج عن البحارة.")
    assert [(e.type, e.actor) for e in events][:1] == [("statement", "بيونغ يانغ")]
    events = events_of("وأعلنت الولايات المتحدة الأمريكية تعليق المساعدات.")
    assert [e.actor for e in events][:1] == ["الولايات المتحدة الأمريكية"]


def test_a_province_is_no_boycott() -> None:
    # بمقاطعة يونان (in the province of), حاكم مقاطعة أونتاريو: a name no list knows after مقاطعة
    # where it is a place; مقاطعة الانتخابات, of a country or of products stays a boycott
    assert kinds("ووقع الانفجار بمقاطعة يونان جنوب البلاد يوم الأحد.") == ["attack"]
    told = "وقال مدير الأمن التابع لمديرية مقاطعة كيبيك خلال اجتماع أمس إن التحقيق متواصل."
    assert kinds(told) == ["statement", "meeting"]
    assert kinds("وأعلنت النقابة مقاطعة الامتحانات يوم الأحد.") == ["measure"]


def test_an_acts_noun_after_a_crime_spelt_as_its_verb_has_no_subject_after_it() -> None:
    # جريمة قتل ذهب ضحيتها: قتل is the crime's noun (not "he killed"), so what follows is no one who
    # did it
    events = events_of("وكشفت الشرطة جريمة قتل راح ضحيتها كهل يوم الأحد.")
    assert [(e.type, e.actor) for e in events if e.type == "attack"] == [("attack", None)]


def test_a_verbal_noun_with_its_pronoun_is_what_is_decided() -> None:
    # وقررت تحويله: the verbal noun with its object's pronoun is what is decided, not who decides
    events = events_of("وقررت تحويله إلى وزير العدل.")
    assert [(e.type, e.actor) for e in events] == [("measure", None)]


def test_coming_to_power_is_no_visit() -> None:
    # وصل إلى السلطة/سدة الحكم (took power), إلى الدور النهائي (a round): no trip; إلى العاصمة is one
    assert kinds("ووصل الجنرال إلى السلطة عام 1999.") == []
    assert kinds("وقالت إن وصول الزعيم الجديد إلى سدة الحكم أربك الأسواق.") == ["statement"]
    assert kinds("ووصل الوزير إلى العاصمة مساء الأحد.") == ["visit"]


def test_institutions_visited_are_no_visitor() -> None:
    # زيارة مؤسسات الحزب: a plural in -ات naming no people is where the visit goes; القيادات visit
    events = events_of("وتشمل الجولة اليوم زيارة مؤسسات الحزب في الجهة.")
    assert [(e.type, e.actor) for e in events] == [("visit", None)]


def test_a_coordinated_verb_with_him_shares_its_subject() -> None:
    # وتباحث معه التعاون: after معه the object, the subject the one before (and with it, the talks
    # the meeting held: one meeting); في مكتبه is where the one who received sat, not his title
    events = events_of("والتقت الوزيرة نظيرها وتباحثت معه التبادل التجاري.")
    assert [(e.type, e.actor, e.mentions) for e in events] == [("meeting", "الوزيرة", (0,))]
    events = events_of("واستقبل الوالي في مكتبه رئيس الجمعية.")
    assert [(e.type, e.actor) for e in events] == [("visit", "الوالي")]


def test_a_modal_takes_a_verbal_noun_not_a_past_verb() -> None:
    # لا يمكن نفي الخبر (cannot deny), لا يمكن وصف حالته: after يمكن/يجب the verb's past form is its
    # verbal noun, and nothing is done; ونفى الوزير الخبر is a denial
    assert kinds("ولا يمكن نفي هذه المعلومات في الوقت الحالي.") == []
    assert kinds("ونفى الوزير هذه المعلومات.") == ["denial"]


def test_what_someone_is_known_for_or_at_risk_of_is_no_act() -> None:
    # المعروف بانتقاده للسلطات: a description; مهددة بالترحيل: at risk, unless a speaker says so
    assert kinds("وتوفي الكاتب المعروف بانتقاده للسلطات يوم الأحد.") == []
    assert kinds("وأصبحت عشرات الأسر مهددة بالطرد من مساكنها.") == []
    events = events_of("واعتبر الخبير أن البلاد مهددة بالإفلاس.")
    assert [(e.type, e.actor) for e in events] == [("warning", "الخبير")]
    assert kinds("وخرج الوزير مهددا بالاستقالة.") == ["warning"]


def test_a_short_verbal_noun_after_a_meetings_noun_is_its_kind() -> None:
    # جلسة منح الثقة، قرارات الهدم: the act the session or the decision is about, no one who holds it
    events = events_of("وانطلقت صباح اليوم جلسة منح الثقة للحكومة.")
    assert [(e.type, e.actor) for e in events] == [("meeting", None)]


def test_a_working_session_is_no_ones() -> None:
    # جلسة العمل، زيارة العمل: the kind of session or visit, as جلسة عمل already was
    events = events_of("وانعقدت أمس جلسة العمل بمقر الولاية.")
    assert [(e.type, e.actor) for e in events] == [("meeting", None)]


def test_a_family_name_after_bin_whatever_else_it_reads() -> None:
    # بن جمعة، بن طالب: the name after بن opening the subject, though جمعة or طالب is also a word
    events = events_of("وأكد بن جمعة أن الأشغال ستنتهي قريبا.")
    assert [(e.type, e.actor) for e in events] == [("statement", "بن جمعة")]
    # طلب منها مساعدته: the verbal noun under its pronoun (مساعدة + his) is what is asked
    events = events_of("وطلب منها مساعدته على السفر.")
    assert [(e.type, e.actor) for e in events] == [("statement", None)]


def test_each_of_after_the_object_names_who_did_it() -> None:
    # ووقع الاتفاقية كل من الوزير والسفير: the verb, its object, then كل من and the parties
    events = events_of("ووقع الاتفاقية كل من وزير المالية ورئيس البنك.")
    assert [(e.type, e.actor) for e in events] == [("agreement", "وزير المالية ورئيس البنك")]


def test_support_stated_in_a_speech_is_what_is_stated() -> None:
    # أكد فيه تأييد الحزب: تأييد (support) joins the stance nouns, also after فيه
    events = events_of("وفي خطاب ألقاه أكد فيه تأييد الحزب لإجراء الانتخابات.")
    assert [(e.type, e.actor) for e in events] == [("statement", None)]


def test_uncovering_a_thing_or_a_detector_is_no_statement() -> None:
    # كشفت الوحدات مخزنا، أجهزة كشف المعادن: a find or a device; كشف عن، كشف أن report
    assert kinds("وكشف الأعوان مخزنا للأسلحة في ضيعة بالجهة.") == []
    assert kinds("كما تم كشف مخزنين للأسلحة في الضيعة.") == []
    assert kinds("وأعلنت الوزارة أمس حجز سيارتين وأجهزة كشف عن المعادن.") == ["statement"]
    assert kinds("وكشف الوزير عن خطة جديدة للنقل.") == ["statement"]


def test_what_nature_struck_is_no_attack() -> None:
    # ضربت اليوم هزة أرضية، الأمطار الغزيرة التي ضربت المدينة أمس: a quake or rain struck, no one
    assert kinds("وضربت صباح اليوم هزة أرضية بقوة 5 درجات جنوب البلاد.") == []
    assert kinds("وتسببت الأمطار الغزيرة التي ضربت المدينة أمس في غلق الطرقات.") == []


def test_a_wave_that_struck_is_no_attack() -> None:
    # اجتاحت موجة من البرد، موجة الغضب التي ضربت المدن: a wave of weather or of protest swept or
    # struck, no one attacked; a wave of attacks told by their noun is attacks still
    assert kinds("واجتاحت موجة من البرد الشديد شمال البلاد يوم الأحد.") == []
    assert kinds("وتراجعت السياحة بعد موجة الغضب التي ضربت المدن الكبرى في الربيع.") == []
    assert kinds("وعرفت الولاية موجة من الاعتداءات المسلحة يوم الخميس.") == ["attack"]
    assert kinds("وضربت موجة تفجيرات العاصمة يوم الخميس.") == ["attack"]


def test_the_truth_of_a_report_is_what_is_denied() -> None:
    # فند الوزير صحة ما تداولته المواقع: صحة (truth) is stated or denied, not part of who speaks;
    # وزير الصحة stays a title
    events = events_of("وفند الوزير صحة ما تداولته المواقع.")
    assert [(e.type, e.actor) for e in events] == [("denial", "الوزير")]
    events = events_of("ونفى وزير الصحة هذه الأنباء.")
    assert [(e.type, e.actor) for e in events] == [("denial", "وزير الصحة")]


def test_a_continuing_verbs_verbal_noun_is_no_second_verb() -> None:
    # واصلت القنوات نشر الخبر: نشر is the verbal noun واصلت takes, not "published"; a verb with its
    # subject's ending after أن is one (وتابعت الإدارة أن اللصوص اقتحموا)
    assert kinds("وواصلت الصحف نشر الخبر رغم النفي.") == []
    assert kinds("وأكدت الإدارة أن اللصوص اقتحموا المخزن ليلا.") == ["statement", "attack"]


def test_ila_is_no_adjective_of_a_topic() -> None:
    # إلى normalises to الي, the shape of a definite nisba (ال + ي): a topic read back from a light
    # verb stops at it, not at the sentence's first word (اصطحب ... إلى مخزن قديم وقام بالاعتداء)
    events = events_of("واصطحب اللص البائع إلى مخزن قديم وقام بالاعتداء عليه.")
    assert [(e.type, e.actor) for e in events] == [("attack", None)]
    events = events_of("نقل الحارس الطرد إلى الباب الخلفي وهناك قام بتفجيره.")
    assert [(e.type, e.actor) for e in events] == [("attack", None)]


def test_where_is_no_actor() -> None:
    # أين as a relative (the place where): no one's name
    events = events_of("ثم أخذ الحارس كوخا بعيدا أين قام بإطلاق النار عليه.")
    assert [(e.type, e.actor) for e in events] == [("attack", None)]


def test_harm_done_to_oneself_is_no_attack() -> None:
    # a blow or a shot a man turns on himself (على نفسه) strikes no one else; a shot at others first still does
    assert kinds("وحاول سجين أمس الاعتداء على نفسه بقطعة زجاج.") == []
    assert kinds("وأطلق الحارس الرصاص على نفسه في برج المراقبة.") == []
    assert kinds("وأطلق الحارس الرصاص على زملائه ثم على نفسه.") == ["attack"]
    assert kinds("واعتدى السجين على الحارس بقطعة زجاج.") == ["attack"]


def test_an_achievement_realised_is_no_inquiry() -> None:
    # مكسب تحقق، الحلم تحقق: تحقّق (came true) after what is achieved, not تُحقق (investigates)
    assert kinds("وقال النائب إن الأمن أكبر مكسب تحقق في الجهة هذا العام.") == ["statement"]
    assert kinds("وأكدت أن الحلم تحقق في نهاية الموسم.") == ["statement"]
    assert kinds("وأكدت أن لجنة تحقق في أسباب الحريق.") == ["statement", "measure"]


def test_a_members_title_goes_on_to_the_body_after_bal() -> None:
    # العضو بالمكتب، القيادية بالحزب: a member's title, ب and the body it is held in (member_titles)
    events = events_of("وقال العضو بالمكتب التنفيذي إن الاجتماع تأجل.")
    assert [(e.type, e.actor) for e in events] == [("statement", "العضو بالمكتب التنفيذي")]
    events = events_of("وانتقدت القيادية بالحزب الليبرالي الحكومة.")
    assert [(e.type, e.actor) for e in events] == [("accusation", "القيادية بالحزب الليبرالي")]


def test_a_report_with_no_subject_is_the_speakers_before_it() -> None:
    # وقال يوم الخميس: words of another day are an event of their own, still the governor's; a verb
    # that does not agree (وقالت after قال) names no one; an announced act's speaker speaks on
    events = events_of("قال محافظ البنك المركزي أمس إن التضخم تراجع.\nوقال يوم الخميس الماضي إن الأسعار ستستقر.")
    assert [(e.type, e.actor, e.sentence) for e in events] == [
        ("statement", "محافظ البنك المركزي", 0),
        ("statement", "محافظ البنك المركزي", 1),
    ]
    events = events_of("قال محافظ البنك المركزي أمس إن التضخم تراجع.\nوقالت يوم الخميس الماضي إن الأسعار ستستقر.")
    assert [(e.actor, e.sentence) for e in events] == [("محافظ البنك المركزي", 0), (None, 1)]
    events = events_of("أعلنت الولاية الأسبوع الماضي إغلاق المعبر.\nوقالت يوم الأحد إن القرار نهائي.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الولاية"), ("statement", "الولاية")]


def test_a_speaker_named_three_sentences_before_is_not_assumed() -> None:
    # the speaker is looked for in the two sentences before the report, no further
    events = events_of(
        "قال محافظ البنك المركزي أمس إن التضخم تراجع.\nوارتفعت الأسعار في الأسواق.\n"
        "وتراجعت قيمة العملة.\nوقال يوم الخميس الماضي إن الأسعار ستستقر."
    )
    assert [(e.actor, e.sentence) for e in events] == [("محافظ البنك المركزي", 0), (None, 3)]


def test_a_war_that_goes_on_is_a_state_not_an_event() -> None:
    # تتواصل الحرب، تشهد البلاد حربا، الحرب الدائرة: a war told as going on is how things stand;
    # its outbreak (اندلعت الحرب) is an event
    assert kinds("وتتواصل الحرب في الإقليم منذ ثلاثة أعوام.") == []
    assert kinds("وتشهد البلاد منذ سنة 2021 حربا أهلية مدمرة.") == []
    assert kinds("وتضررت المزارع كثيرا من الحرب الدائرة في الشمال.") == []
    assert kinds("واندلعت الحرب في الإقليم في مارس 2022.") == ["attack"]


def test_harm_from_a_breakdown_or_a_fainting_is_no_attack() -> None:
    # عطل (a breakdown) and إغماء (fainting) join the accident words: no one attacked anyone
    assert kinds("لقي عاملان حتفهما بسبب عطل في المصعد.") == []
    assert kinds("أصيبت 12 تلميذة بحالات إغماء داخل المعهد.") == []
    assert kinds("لقي عاملان حتفهما في هجوم على المصنع.") == ["attack"]


def test_the_verb_after_a_relative_clause_ending_on_a_possessed_noun_is_the_sentences() -> None:
    # الشاب الذي سرق جاره اعتقلته الشرطة: the clause ends on جاره (definite: no verb describes it
    # without الذي), so اعتقلته is the sentence's own verb, with its subject after it
    events = events_of("الرجل الذي طعن جاره اعتقلته الشرطة أمس.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الشرطة")]


def test_a_report_after_a_possessed_noun_is_the_sentences_own() -> None:
    # وفي تصريحه قال الوزير، وخلال كلمته أكد الرئيس: a possessed noun is definite, so the verb after
    # it describes nothing and the noun reports nothing: the verb tells the words, with its subject
    events = events_of("وفي حديثه قال المحافظ إن الطريق ستفتح قريبا.")
    assert [(e.type, e.actor) for e in events] == [("statement", "المحافظ")]
    events = events_of("وخلال خطابه أكد النائب أن الميزانية تحتاج مراجعة.")
    assert [(e.type, e.actor) for e in events] == [("statement", "النائب")]
    events = events_of("وقالت النقابة إن الشرطة في مدينتها اعتقلت عشرات العمال.")
    assert [e.type for e in events] == ["statement", "measure"]
    events = events_of("وأصدرت البلدية بلاغا نفت فيه الخبر.")  # a verb that describes the noun, as before
    assert [(e.type, e.actor) for e in events] == [("denial", "البلدية")]


def test_a_dates_coming_is_not_the_events() -> None:
    # المحادثات يوم الاثنين المقبل: المقبل is the date's word, not a coming (hypothetical) war's;
    # a session a postponement puts off to is its date, no meeting; من المحتمل is a possibility
    assert kinds("وتنطلق المفاوضات في الدوحة يوم الخميس المقبل.") == ["meeting"]
    assert kinds("وتعقد القمة في منتصف مايو المقبل.") == ["meeting"]
    assert kinds("وأجلت الدائرة الجنائية النظر في القضية إلى جلسة يوم 9 ماي المقبل.") == []
    assert kinds("وأكد الوزير أن من المحتمل رفع الحظر خلال الأشهر القادمة.") == ["statement"]
    assert kinds("وحذر الوزير من الحرب المقبلة في المنطقة.") == ["warning"]


def test_perhaps_is_no_actor() -> None:
    # ربما، لعل (perhaps) before a present verb are adverbs: the subject is after the verb; what
    # someone perhaps says is not said (a hypothetical), while his words told beside it are
    assert events_of("وربما يعلن الوزير قراره غدا.") == []
    events = events_of("وقال الوزير إنه ربما يعلن قراره غدا.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الوزير")]


def test_a_reports_noun_is_voiced_by_the_verb_it_holds() -> None:
    # وفي بيانه الصادر اليوم، اتهم الحزب: the noun is the accusation (it is dated), the verb's
    # subject the one who made it
    events = events_of("وفي بيانه الصادر اليوم، اتهم الحزب الحكومة بالتقصير.")
    assert [(e.type, e.actor, e.date) for e in events] == [("accusation", "الحزب", "2024-03-17")]


def test_first_ends_the_actor_before_the_act_it_counts() -> None:
    # اتخذ الرئيس ... أول قرار: أول (first) heads the act's phrase, not the name's (الوزير الأول stays a title)
    events = events_of("واتخذ المستشار الألماني أولاف شولتس أول قرار له.")
    assert [e.actor for e in events] == ["المستشار الألماني أولاف شولتس"]
    events = events_of("وقال الوزير الأول إن الحكومة باقية.")
    assert [e.actor for e in events] == ["الوزير الأول"]


def test_what_is_praised_or_condemned_after_ba_is_no_part_of_the_actor() -> None:
    # أشاد، رحب، ندد + ب: the subject ends before ب and what is praised (ba_complement_lemmas); a
    # name's last word (بوتفليقة) and a workplace (القيادي بحزب) stay
    events = events_of("وأشاد المستشار الألماني أولاف شولتس بجهود فرق الإنقاذ.")
    assert [e.actor for e in events] == ["المستشار الألماني أولاف شولتس"]
    events = events_of("وندد القيادي بحزب العمال بالاعتداء على الصحفيين.")
    assert [e.actor for e in events] == ["القيادي بحزب العمال"]


def test_an_excluded_word_of_the_clause_before_excludes_nothing() -> None:
    # استدعى after ذلك is "required" (ما استدعى تدخل الشرطة); ردا على ذلك، استدعت: ذلك ends the clause
    # before the comma, and the summons is an act (an excludes context with "clause": true)
    events = events_of("وردا على ذلك، استدعت وزارة الخارجية سفير الجارة.")
    assert [(e.type, e.actor) for e in events] == [("measure", "وزارة الخارجية")]
    assert kinds("وهو ما استدعى نقل الجرحى إلى العاصمة.") == []


def test_the_genitive_before_ala_did_the_act() -> None:
    # هجوم، اعتداء + genitive + على: the object comes after على, so the genitive is who attacked
    # (ala_object_nouns); not an adjective (هجوم مسلح على) nor على يد, the doer's own marker
    events = events_of("وأدانت البلدية اعتداء المحتجين على أعوان الحراسة أمس.")
    assert [(e.type, e.actor) for e in events] == [("accusation", "البلدية"), ("attack", "المحتجين")]
    events = events_of("وفتحت النيابة تحقيقا إثر اعتداء شاب على جارته بعصا.")
    assert [(e.type, e.actor) for e in events][-1] == ("attack", "شاب")
    events = events_of("ووقع هجوم مسلح على قافلة تجارية.")
    assert [(e.type, e.actor) for e in events] == [("attack", None)]


def test_a_vote_or_ratification_takes_its_bodys_genitive_and_its_agreements_date() -> None:
    # مصادقة البرلمان على، إقرار الكنيست لـ، تصويت الجمعية لصالح: the body voted (ratifying_lemmas);
    # the agreement it passed is what it voted on, no agreement of its own: its date is the vote's
    events = events_of("وانتقدت النقابة مصادقة مجلس النواب على الاتفاقية يوم الثلاثاء.")
    assert [(e.type, e.actor, e.date) for e in events] == [
        ("accusation", "النقابة", None),
        ("measure", "مجلس النواب", "2024-03-12"),
    ]
    events = events_of("واحتج التجار على إقرار البرلمان لقانون الجباية الجديد.")
    assert [(e.type, e.actor) for e in events][-1] == ("measure", "البرلمان")
    events = events_of("وصوت البرلمان على المعاهدة أمس.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "البرلمان", "2024-03-16")]
    events = events_of("وقع الوزيران على الاتفاقية أمس.")  # a signing is the agreement itself, as before
    assert [(e.type, e.date) for e in events] == [("agreement", "2024-03-16")]


def test_a_threat_that_is_a_danger_is_no_warning() -> None:
    # تهديد as a danger, not someone's threat: what is said to pose one (ستشكل، تعتبر، من شأنه),
    # its level (مستوى التهديد), facing it (لمواجهة التهديدات), its kind (الخارجية، الجهادية)
    assert kinds("وقال الخبير إن التجارب الصاروخية ستشكل تهديدا خطيرا لأمن المنطقة.") == ["statement"]
    assert kinds("ورفعت الحكومة مستوى التهديد إلى الدرجة القصوى.") == ["measure"]  # raising it: a measure, no warning
    assert kinds("وأكد الوزير أن الجيش مستعد لمواجهة التهديدات الخارجية.") == ["statement"]
    assert kinds("وقالت النقابة إن غلق المصنع من شأنه تهديد السلم الاجتماعي.") == ["statement"]
    assert kinds("وتلقى الصحفي تهديدا بالقتل يوم الأحد.") == ["warning"]  # a threat made, as before
    assert kinds("واعتبر النائب أن الحكومة هددت المعارضين.") == ["warning"]


def test_what_a_threat_threatens_with_has_not_happened() -> None:
    # هدد، لوح + ب + an act's noun (threatening_lemmas): the act is threatened, not done; a date
    # after it dates the threat
    events = events_of("وهدد الوزير بالاستقالة أمس.")
    assert [(e.type, e.actor, e.date) for e in events] == [("warning", "الوزير", "2024-03-16")]
    events = events_of("ولوحت النقابة يوم الأحد بقطع التفاوض مع الإدارة.")
    assert [(e.type, e.date) for e in events] == [("warning", "2024-03-17")]
    events = events_of("وهددت الشركة بإيقاف رحلاتها بعد اعتقال الشرطة لمديرها أمس.")
    assert [e.type for e in events] == ["warning", "measure"]  # an act told after the threat's own


def test_a_count_killed_in_which_is_the_patients() -> None:
    # اشتباكات قتل فيها سبعة جنود: قتل after an indefinite noun and فيها/خلالها is a passive in a
    # clause on that noun; the count after it was killed, and no word before it killed them
    events = events_of('وقال الجيش إنه طرد المسلحين بعد معارك مع تنظيم "داعش" الإرهابي قتل فيها خمسة من جنوده.')
    assert ("attack", None) in [(e.type, e.actor) for e in events]
    assert "الإرهابي" not in [e.actor for e in events]
    events = events_of("واندلعت مواجهات مع الجماعة المسلحة قتل خلالها أربعة مدنيين.")
    assert [(e.type, e.actor) for e in events] == [("attack", None)]


def test_the_name_ali_is_read_apart_from_the_preposition() -> None:
    # علي (Ali) and على (on) normalise alike; where the article writes على with ى, a علي with ي is
    # the name: the verb after it stays a verb and the name goes on (محمد علي الفرجاني)
    events = events_of("وحث الحزب على الحوار. وكان النائب سامي بن علي أعلن أمس أن المحكمة أحالت الملف.")
    assert ("statement", "النائب سامي بن علي", "2024-03-16") in [(e.type, e.actor, e.date) for e in events]
    events = events_of("وأكد المدير العام للمصنع محمد علي الفرجاني أن العمل عاد إلى نسقه على مستوى الإنتاج.")
    assert [(e.type, e.actor) for e in events] == [("statement", "المدير العام للمصنع محمد علي الفرجاني")]
    # a slip of the writer's in one of على's set phrases is على still; a text that writes على with ي
    # throughout is read as before
    assert kinds("وقع حادث على الطريق. وتوفي السائق علي عين المكان.") == []
    events = events_of("وأكد الوزير علي ضرورة الحوار.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الوزير")]


def test_a_long_title_and_name_does_not_end_on_ibn_or_abd() -> None:
    # the phrase's seven words run out inside the name: بن، عبد، أبو take the word after them
    events = events_of("وصرح المدير التنفيذي للمصرف الريفي عبد الكريم بن صالح بأن الودائع ارتفعت.")
    assert [e.actor for e in events] == ["المدير التنفيذي للمصرف الريفي عبد الكريم بن صالح"]
    events = events_of("وأكد الناطق بلسان محكمة الاستئناف في الجهة الشمالية عبد الحميد الناصري أن الجلسة أجلت.")
    assert events[0].actor is not None and not events[0].actor.endswith("عبد")


def test_facing_something_is_no_clash() -> None:
    # مواجهة alone is facing or countering (في مواجهة الأزمة، لمواجهة الحالات الطارئة); a clash is
    # told with who fought (بين، مع) or how (مسلحة، عنيفة). The plural مواجهات is clashes, as before
    assert kinds("وتدعم الحكومة الفلاحين في مواجهة الجفاف منذ العام الماضي.") == []
    assert kinds("ونظم المستشفى تمرينا على مواجهة الكوارث اليوم.") == []
    assert kinds("واندلعت مواجهة مسلحة بين الجيش والمهربين أمس.") == ["attack"]
    assert kinds("واندلعت مواجهات بين المحتجين والشرطة أمس.") == ["attack"]


def test_a_body_in_session_is_named_without_its_session() -> None:
    # مجلس الجهة المنعقد اليوم: the participle says how the body met (meeting_participles), no
    # part of its name; المجتمع of المجتمع المدني is a noun and stays
    events = events_of("وقرر مجلس الجهة المنعقد اليوم تأجيل الأشغال.")
    assert [(e.type, e.actor) for e in events] == [("measure", "مجلس الجهة")]
    events = events_of("وحثت جمعيات المجتمع المدني السلطات على الإفراج عن الصحفي.")
    assert events[0].actor == "جمعيات المجتمع المدني"


def test_a_past_the_subject_carries_dates_nothing_else() -> None:
    # a relative clause on the speaker that tells no act, with a date after منذ or a year in the
    # past (الذي يشغل منصبه منذ 2019، الذي تأسس في مارس 2011), describes them: no date for the words
    events = events_of("وأكد المحافظ الذي يشغل منصبه منذ 2020 أن المشروع سيكتمل.")
    assert [(e.type, e.date) for e in events] == [("statement", None)]
    events = events_of("وانتقدت الجمعية التي تأسست في أفريل 2012 تعامل الشرطة مع المحتجين.")
    assert all(e.date is None for e in events)
    # the day of the news still dates the words; a clause that tells an act keeps its date
    events = events_of("وقال المنسق الذي تابع اليوم سير الحملة إن النتائج مرضية.")
    assert [(e.type, e.date) for e in events] == [("statement", "2024-03-17")]
    events = events_of("وقال الوزير الذي زار المصنع أمس إن الإنتاج سيرتفع.")
    assert ("visit", "2024-03-16") in [(e.type, e.date) for e in events]


def test_what_is_decided_is_no_part_of_the_deciders_name() -> None:
    # قرار + the decider + what is decided (a verbal noun): the name ends before it; a body named by
    # what it does keeps its verbal noun (لجنة تحديد المعايير)
    events = events_of("وتأتي الخطوة بعد قرار المستشار النمساوي كارل نيهامر وقف استقبال طالبي اللجوء.")
    assert [e.actor for e in events] == ["المستشار النمساوي كارل نيهامر"]
    events = events_of("ودعت لجنة مراقبة الأسعار التجار إلى الالتزام بالتسعيرة.")
    assert [e.actor for e in events] == ["لجنة مراقبة الأسعار"]


def test_money_and_files_that_reach_somewhere_make_no_visit() -> None:
    # وصل، توجه said of a file, a sum or funds: no one travels
    assert kinds("ويتوقع النائب أن يصل الملف إلى البرلمان اليوم.") == []
    assert kinds("وتمنح البلدية منحة تصل إلى ما يعادل 300 دينار.") == []
    assert kinds("ورصدت الولاية مليون دينار ستوجه إلى تعبيد الطرقات الريفية.") == []
    assert kinds("ووصل الوزير إلى العاصمة اليوم.") == ["visit"]  # a person's arrival, as before


def test_where_one_went_is_no_part_of_who_went() -> None:
    # زار، غادر + subject + place: a country after a name, a building after a definite or possessed
    # word, is where one went; after a title or a construct head it is whose (رئيس بلدية القرية)
    events = events_of("وزار أردوغان قطر أمس.")
    assert [(e.type, e.actor) for e in events] == [("visit", "أردوغان")]
    events = events_of("وغادر الرئيس المنتهية ولايته مقر الحكومة أمس.")
    assert [(e.type, e.actor) for e in events] == [("visit", "الرئيس المنتهية ولايته")]
    events = events_of("وزار رئيس بلدية القرية السوق الأسبوعية أمس.")
    assert [e.actor for e in events] == ["رئيس بلدية القرية"]
    events = events_of("وزار سفير الصين مقر الولاية أمس.")
    assert [e.actor for e in events] == ["سفير الصين"]


def test_whom_one_met_or_where_one_went_after_a_definite_title() -> None:
    # الرئيس | المدينة: a title with the article takes no genitive, so the place after it is where
    # he went; بممثلي، بسفراء after a title are whom one met, not a name (a surname at the end)
    events = events_of("ولقد زار الرئيس المدينة أكثر من مرة.")
    assert [e.actor for e in events] == ["الرئيس"]
    events = events_of("واجتمع الوالي بممثلي الفلاحين.")
    assert [(e.type, e.actor) for e in events] == [("meeting", "الوالي")]


def test_who_filed_a_complaint_follows_the_verb_that_points_back_to_it() -> None:
    # شكوى تقدمت بها جارته: the word after the noun is a verb in a clause on it (its ب + pronoun
    # back to the noun), never the actor; who filed it comes after
    events = events_of("وحققت النيابة في الأمر بعد شكوى تقدمت بها جارته.")
    assert ("accusation", "جارته") in [(e.type, e.actor) for e in events]


def test_what_one_calls_something_is_part_of_the_act_it_names() -> None:
    # اعتبر، وصف after ما that another word takes (احتجاجا على ما، بسبب ما وصفه، أدان ما
    # اعتبره): how the speaker calls what they protest or condemn, no statement of its own; after
    # وهو ما it tells how someone took it, as before
    assert kinds("وأغلق التجار محلاتهم بسبب ما وصفوه بتجاهل مطالبهم.") == ["measure"]
    assert kinds("وانتقد النائب ما اعتبره تقصيرا من الوزارة.") == ["accusation"]
    assert kinds("وقررت البلدية رفع المعاليم، وهو ما اعتبره التجار قرارا مجحفا.") == ["measure", "statement"]


def test_a_device_or_a_tyre_that_bursts_is_no_attack() -> None:
    # انفجر said of headphones, a machine or a tyre (an accident), as of a gas cylinder already
    assert kinds("واحترق وجه الفتاة لما انفجرت سماعات هاتفها أمس.") == []
    assert kinds("وانحرفت الحافلة عن الطريق إثر انفجار إطارها الأمامي يوم الأحد.") == []
    assert kinds("وأسفر انفجار آلة بمصنع النسيج عن إصابة عاملين أمس.") == []
    assert kinds("وأسفر انفجار عبوة ناسفة عن مقتل جنديين أمس.") == ["attack"]


def test_an_adjective_after_a_reports_noun_is_no_speaker() -> None:
    # في تصريح خاص، اتهامات خطيرة: the word after the noun describes it (report_adjectives), it is
    # no genitive that names who spoke; a serious threat (تهديد خطير) is a danger
    events = events_of("وقال الباحث في تصريح خاص للإذاعة إن الخدمات تراجعت.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الباحث")]
    # and النائب عن + what he spoke about is no deputy's constituency (النائب عن الحزب is)
    events = events_of("وتحدث النائب عن اتهامات خطيرة للوزير.")
    assert [e.actor for e in events] == ["النائب"]


def test_the_media_one_spoke_to_is_no_part_of_the_speaker() -> None:
    # قال المدير لوسائل الإعلام: ل + وسائل (the media) is whom one told (addressee_nouns)
    events = events_of("وقال مدير المصنع لوسائل الإعلام إن الإنتاج سيرتفع.")
    assert [e.actor for e in events] == ["مدير المصنع"]


def test_one_more_thing_called_after_wa_ma_is_no_statement() -> None:
    # أشاد بالحكومة وما اعتبره خطوات: ما with و is one more thing the verb before takes
    assert kinds("وأشاد الوزير بالحكومة الجديدة وما اعتبره خطوات إيجابية.") == ["statement"]


def test_the_place_that_sees_clashes_is_no_fighter() -> None:
    # الاشتباكات التي تشهدها المدينة: the subject of شهد is where it happens (patient_light_verbs),
    # no one who fought
    events = events_of("وجاء البيان عقب الاشتباكات التي تشهدها أحياء المدينة منذ أمس.")
    assert [(e.type, e.actor) for e in events] == [("attack", None)]


def test_and_he_is_called_is_no_second_party() -> None:
    # قرر الشاب ويدعى سامي: ويدعى (and he is called) opens what names him, no party after و
    events = events_of("وقرر الشاب ويدعى سامي مغادرة المدينة.")
    assert [e.actor for e in events] == ["الشاب"]


def test_the_speech_one_delivered_names_no_speaker() -> None:
    # في كلمة ألقاها: "which he delivered", a verb and its object pronoun, no one's name
    events = events_of("ولفت في كلمة ألقاها الأحد إلى أن الإصلاحات ستتواصل.")
    assert [e.actor for e in events] == [None]


def test_but_he_said_goes_on_with_the_speaker() -> None:
    # لكنه أكد: the pronoun is the speaker before, so the report opens its sentence as وأكد would
    # and goes on with that speaker's words (lead_in_words), no statement of no one
    events = events_of("وقال المحافظ إن الأشغال انتهت. لكنه أكد أن الطريق لن تفتح قبل الصيف.")
    assert [(e.type, e.actor) for e in events] == [("statement", "المحافظ")]


def test_a_family_name_spelt_with_bal_goes_on_with_the_first_name() -> None:
    # رضا بالحاج، نبيل بالعم: a family name in بال after a first name, told by a title or a comma
    # after it; مصدر بالجهة (a known word) and عامل بالمصنع (no title after) are as before
    events = events_of("ودعا كمال بالشيخ رئيس الجمعية إلى حماية الغابات.")
    assert [e.actor for e in events] == ["كمال بالشيخ رئيس الجمعية"]
    events = events_of("وقال عامل بالمصنع إن الأجور تأخرت.")
    assert [e.actor for e in events] == ["عامل"]


def test_what_is_decided_without_its_hamza_is_no_part_of_the_name() -> None:
    # قرر الوزير فلان انهاء مهام: إنهاء written انهاء (no hamza) is what was decided, as إنهاء is
    events = events_of("وقرر وزير النقل عثمان بلقاسم انهاء مهام مدير الميناء.")
    assert [e.actor for e in events] == ["وزير النقل عثمان بلقاسم"]


def test_a_report_named_by_its_noun_speaks_for_whom_ل_names() -> None:
    # بيان للجيش، بلاغ مشترك للوزارتين: ل + a definite name (for ل + ال) after the indefinite
    # report, past its adjectives, is whose report it is, as بيان لوزارة الداخلية was
    events = events_of("وأوضح بلاغ للنقابة أن الإضراب سيتواصل.")
    assert [(e.type, e.actor) for e in events] == [("statement", "النقابة")]
    events = events_of("وذكر بيان مشترك للبلدين أن المحادثات تناولت ملف الطاقة.")
    assert [e.actor for e in events] == ["البلدين"]
    events = events_of("وأكد بيان رسمي للجامعة العربية رفضها للقرار.")
    assert [e.actor for e in events] == ["الجامعة العربية"]


def test_a_date_in_a_clause_on_what_a_report_names_is_that_clause_s() -> None:
    # أكدت الشركة تمسكها بالعقد الذي أبرمته مؤخرا: with no complementizer, the speaker's words
    # end at its subject, and a relative clause past them is on a thing: its date is the clause's
    events = events_of("وأكدت الشركة تمسكها بالعقد الذي أبرمته مع المورد مؤخرا.")
    assert [(e.type, e.actor, e.date) for e in events] == [("statement", "الشركة", None)]
    # a date opened by منذ right after such a clause is its own too
    events = events_of("وأقال الرئيس مدير الأمن من منصبه الذي شغله منذ 12 عاما.")
    assert [(e.type, e.date) for e in events] == [("measure", None)]
    # a body named after an act (الهيئة العليا للانتخابات) is a thing: no election the clause is on
    events = events_of(
        "أكدت الجمعية التزامها بالموعد الذي حددته الهيئة العليا للانتخابات والذي أقره البرلمان الشهر الماضي."
    )
    assert [(e.type, e.date) for e in events] == [("statement", None)]
    # a clause on the speaker still tells of the speaker, and the words are dated by their own date
    events = events_of("وقال الوزير الذي زار المدينة أمس إن المشروع سينطلق.")
    assert [(e.type, e.date) for e in events] == [("statement", None), ("visit", "2024-03-16")]


def test_a_meeting_s_word_in_a_party_s_name_is_no_meeting() -> None:
    # حزب المؤتمر، كتلة اللقاء، تيار الحوار: the word after a party's head is its name, and the
    # name goes on in the actor; a party's own congress or meeting (مؤتمر الحزب) is one
    events = events_of("وأكد المتحدث باسم تيار المؤتمر أن الحزب لن يشارك في الانتخابات.")
    assert [(e.type, e.actor) for e in events] == [("statement", "المتحدث باسم تيار المؤتمر")]
    events = events_of("وانسحب نواب كتلة اللقاء الوطني من الجلسة العامة.")
    assert "meeting" not in [e.type for e in events]
    events = events_of("وعقد حزب الحوار اجتماعا طارئا أمس.")
    assert [(e.type, e.actor) for e in events] == [("meeting", "حزب الحوار")]


def test_a_participle_after_a_preposition_is_a_noun() -> None:
    # بمطالب: "with demands", not one demanding; a circumstantial participle takes no ب, ل or ك
    assert kinds("وتقدم العمال بمطالب جديدة إلى الإدارة.") == []
    assert kinds("وخرج المحتجون إلى الشارع مطالبين بالتشغيل.") == ["statement"]


def test_to_us_is_whom_one_spoke_to() -> None:
    # لنا، لكم: ل with the pronoun of the first or second person is an addressee, as لها and لهم
    events = events_of("وقال لنا مصدر بالولاية إن الطريق ستفتح غدا.")
    assert [(e.type, e.actor) for e in events] == [("statement", "مصدر بالولاية")]
    events = events_of("وصرح لكم رئيس البلدية بأن الأشغال ستنتهي.")
    assert [e.actor for e in events] == ["رئيس البلدية"]


def test_an_agency_that_relays_the_words_is_not_their_speaker() -> None:
    # وأضاف أن "..." حسبما أوردته الإذاعة: the radio passed on what the speaker went on to say;
    # the words stay the minister's (one event), not a new statement of the agency's
    events = events_of(
        'وقال الوزير إن الحكومة ستدعم الفلاحين. وأضاف أن "الدعم سيشمل كل الجهات" حسبما أوردته الإذاعة الرسمية.'
    )
    assert [(e.type, e.actor) for e in events] == [("statement", "الوزير")]
    # after a report that goes on with no one (وأعلن), the attribution still names who said it
    events = events_of("وأعلن أن الحريق أتى على عشرات الهكتارات، حسبما أوضحه لنا مسؤول في البلدية.")
    assert [e.actor for e in events] == ["مسؤول في البلدية"]


def test_a_light_verb_governs_its_noun_past_an_adjunct() -> None:
    # ألقت الشرطة في المدينة القبض: the subject, then where or when, then the act's noun; the
    # light verb's subject is who acted (no event was found at all before)
    events = events_of("وألقت الشرطة في الضاحية الشمالية القبض على ثلاثة مهربين.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الشرطة")]
    events = events_of("ونفذت الطائرات خلال الليلة الماضية غارات على مواقع المتمردين.")
    assert [(e.type, e.actor) for e in events] == [("attack", "الطائرات")]
    # not a noun after ل (what it is for) nor an impersonal verb's, which has no subject
    events = events_of("وتتواصل التحريات في الولاية الجنوبية للقبض على بقية أفراد العصابة.")
    assert [e.type for e in events] == []


def test_who_a_relative_clause_s_light_verb_tells_of_does_its_act() -> None:
    # الوزير الذي أدى زيارة: the light verb right after the relative pronoun names no subject;
    # the title before the pronoun did the act (as الوزير الذي زار did), and the speaker's words
    # about something else stay his own statement
    events = events_of("وأثنى وزير التجارة الهندي الذي أدى زيارة رسمية لبلادنا على جودة زيت الزيتون.")
    assert [(e.type, e.actor) for e in events] == [
        ("statement", "وزير التجارة الهندي"),
        ("visit", "وزير التجارة الهندي"),
    ]


def test_a_habit_told_by_its_manner_and_the_verb_joined_to_it() -> None:
    # بشكل يومي، بصفة دورية: a present verb told as a habit, as يوميا was; a present verb joined
    # to it by و is the same habit (generic facts are no events)
    assert kinds("وتهاجم الزوارق الحربية مراكب الصيد بشكل يومي وتمنعها من الإبحار.") == []
    assert kinds("وتعتقل الشرطة المحتجين بصفة دورية.") == []
    assert kinds("واعتقلت الشرطة المحتجين بشكل عنيف.") == ["measure"]


def test_a_boat_that_capsizes_is_no_coup() -> None:
    # انقلاب قارب، انقلاب زورق: a boat overturned, as a bus or a car was already
    assert kinds("وغرق تسعة مهاجرين إثر انقلاب زورق قبالة الساحل الشرقي.") == []


def test_a_noun_in_alef_maqsura_after_the_subject_is_the_object() -> None:
    # القرى، الأسرى: ى normalises to ي, the shape of a nisba adjective (الحدودي); these are nouns,
    # so after a definite subject they start the object, as any definite noun does
    events = events_of("وقصفت الطائرات القرى الجبلية فجر الأحد.")
    assert [(e.type, e.actor) for e in events] == [("attack", "الطائرات")]
    events = events_of("واعتقلت الشرطة الجرحى في المستشفى.")
    assert [e.actor for e in events] == ["الشرطة"]


def test_those_one_went_with_are_not_who_went() -> None:
    # رفقة، برفقة، بصحبة right after the verb: with whom; the subject is the verb's own pronoun
    # (a companion after the named subject was already left out)
    events = events_of("وأشاد المحافظ بالزيارة التي أداها برفقة خبراء أجانب إلى الميناء يوم الأحد.")
    assert [(e.type, e.actor) for e in events] == [("statement", "المحافظ"), ("visit", None)]
    events = events_of("وزار المحافظ بصحبة وفد من الخبراء مقر الشركة.")
    assert [(e.type, e.actor) for e in events] == [("visit", "المحافظ")]


def test_and_whose_seat_is_names_no_second_party() -> None:
    # ومقرها بغداد: "whose seat is Baghdad", a building with its owner's pronoun; a second party
    # joined by و (الرئيس وزوجته) still is one
    events = events_of("وذكرت قناة الرافدين ومقرها بغداد أن الانفجار وقع قرب السوق.")
    assert [e.actor for e in events] == ["قناة الرافدين"]
    events = events_of("وقال الرئيس وزوجته إنهما سعيدان بالزيارة.")
    assert [e.actor for e in events] == ["الرئيس وزوجته"]


def test_an_act_demanded_by_a_demand_s_noun_is_not_done() -> None:
    # للمطالبة بإطلاق سراحه، مطالبته بمغادرة: what a protest or a letter asks for, not an act done
    # (as with the verb, طالب بإطلاق سراح, whose statement holds it)
    assert kinds("واعتصم الأهالي أمام المحكمة للمطالبة بإطلاق سراح أبنائهم.") == []
    assert kinds("وتلقى المستأجر رسالة تتضمن مطالبته بمغادرة المحل.") == []
    assert kinds("وقررت المحكمة الإفراج عن الموقوفين.") == ["measure"]


def test_across_and_through_are_not_expressed() -> None:
    # عبر as a preposition before a path, a page or messages (عبر الجسر، عبر صفحتها، عبر رسائل):
    # no one expressed anything, whatever عن comes later
    assert kinds("وتمر الشاحنات عبر الجسر الجديد بعيدا عن وسط المدينة.") == []
    assert kinds("وتتوفر الصور عبر صفحتها عن حملة التشجير.") == []
    events = events_of("وعبر الوزير عن ارتياحه لنتائج الموسم.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الوزير")]


def test_what_reaches_a_round_or_a_message_that_arrives_is_no_visit() -> None:
    # وصلت إلى الدورة النهائية (of a contest), وصلت به الجرأة إلى الدعوة (so far as to call for),
    # and messages that arrived (رسائل وصلت): no one travelled
    assert kinds("وكانت اللاعبة قد وصلت إلى الدورة النهائية في العام الماضي.") == []
    assert kinds("وأكد المدون أن الرسائل وصلت إلى بريده.") == ["statement"]
    assert kinds("ووصل الوزير إلى العاصمة مساء الأحد.") == ["visit"]


def test_disengagement_is_no_clash() -> None:
    # فض الاشتباك، فك الاشتباك: ending a clash (a force's name, an agreement's aim), no clash told
    assert kinds("وانتشرت قوات فض الاشتباك في المنطقة العازلة يوم الأحد.") == []
    events = events_of("وأكد قائد قوة فك الاشتباك الأممية أمس أن الوضع هادئ.")
    assert [(e.type, e.actor) for e in events] == [("statement", "قائد قوة فك الاشتباك الأممية")]
    assert kinds("واندلعت اشتباكات عنيفة بين الجيش والمسلحين.") == ["attack"]


def test_a_definite_subject_that_opens_the_sentence_before_a_past_verb() -> None:
    # الجيش قصف المواقع، طائرات التحالف استهدفت معسكرا: the subject told first, what follows the
    # verb its object (as with a present verb, الأردن يدين); not a report's (أكدت مصادر after a
    # headline run into the sentence), nor an indefinite noun the verb describes
    events = events_of("الجيش قصف مواقع المتمردين فجر الأحد.")
    assert [(e.type, e.actor) for e in events] == [("attack", "الجيش")]
    events = events_of("طائرات التحالف استهدفت معسكرا للمتمردين يوم السبت.")
    assert [(e.type, e.actor) for e in events] == [("attack", "طائرات التحالف")]


def test_thousands_who_came_are_a_statistic() -> None:
    # زار البلاد 800 ألف سائح، 30 ألف مهاجر وصلوا: a tally of travellers, no one's trip; and who
    # went along (مرفوقا بخبراء) is not who went
    assert kinds("وزار المدينة خلال الصائفة 800 ألف زائر من الخارج.") == []
    assert kinds("وقالت المنظمة إن 30 ألف مهاجر وصلوا إلى السواحل الإيطالية هذا العام.") == ["statement"]
    events = events_of("وقال الوزير خلال زيارة ميدانية أداها مرفوقا بخبراء إلى الميناء يوم الخميس إن الأشغال تقدمت.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الوزير"), ("visit", "الوزير")]


def test_a_summit_named_after_its_city_and_what_is_usually_done() -> None:
    # قمة الرياض: where they met, not who met; في العادة: as a rule, no one meeting
    events = events_of("وشارك الوزير في قمة الرياض أمس.")
    assert [(e.type, e.actor) for e in events] == [("meeting", None)]
    assert kinds("ويجتمع المجلس في العادة يوم الاثنين.") == []


def test_what_was_not_done_through_an_impersonal_or_a_jussive_light_verb() -> None:
    # لم يتم عقد اجتماع، لم يتم ترتيب جلسة: the negation stands before تم, not before the act's
    # noun; لم تجر (the jussive of أجرى) is a light verb too
    assert kinds("ولم يتم عقد اجتماع بين الطرفين أمس.") == []
    assert kinds("وأوضحت النقابة أنه لم يتم ترتيب جلسة حوار مع الوزير يوم الأحد.") == ["statement"]
    assert kinds("ولم تجر الحكومة محادثات مع النقابة أمس.") == []
    assert kinds("وتم عقد اجتماع بين الطرفين أمس.") == ["meeting"]


def test_liberation_in_a_name_or_of_prices_is_no_fighting() -> None:
    # حزب التحرير، جبهة التحرير، حي التحرير، تحرير أسعار: a name or an economy's liberalisation;
    # تحرير المدينة by an army still is an attack
    assert kinds("وتحدث القيادي في حزب التحرير أمس عن الانتخابات المقبلة.") == ["statement"]
    assert kinds("وتضرر التجار بعد تحرير أسعار الحديد الموسم الماضي.") == []
    assert kinds("وأعلن الجيش تحرير المدينة من المسلحين أمس.") == ["attack"]


def test_the_presidency_whose_report_it_is() -> None:
    # لرئاسة الحكومة after a report's noun is whose report it is, as لوزارة was
    events = events_of("وذكر بيان لرئاسة الجمهورية أن الزيارة تأجلت.")
    assert [(e.type, e.actor) for e in events] == [("statement", "رئاسة الجمهورية")]


def test_what_a_text_condemns_is_no_cue_of_the_speaker_s() -> None:
    # قرار يدين، مشروع قانون يجرم: the resolution condemns, not the one who speaks of it; a
    # party's own condemnation in the words is still one
    events = events_of(
        "وأعلن الوزير أن بلاده ستراجع علاقاتها بالمنظمة بعد تصويت المجلس لصالح قرار يدين البناء في الأراضي المحتلة."
    )
    assert [e.type for e in events] == ["statement", "measure"]
    assert kinds("وقال الوزير إن المعارضة تدين العنف.") == ["accusation"]


def test_an_act_in_the_phrase_of_a_demanded_one_is_demanded_too() -> None:
    # للمطالبة بالإفراج عن الموقوفين أو تحديد موعد لمحاكمتهم: both are asked for; an arrest told in
    # a relative clause after them (الذين تم إيقافهم) was done
    assert kinds("واعتصم العمال أمس للمطالبة بالإفراج عن زملائهم أو تعيين موعد لمحاكمتهم.") == []
    assert kinds("واعتصم العمال للمطالبة بالإفراج عن زملائهم الذين تم إيقافهم مساء الجمعة.") == ["measure"]


def test_a_press_investigation_is_no_inquiry() -> None:
    # تحقيقا صحفيا، تحقيق استقصائي: a journalist's piece, not an authority's inquiry
    assert kinds("وأنجزت الصحفية يوم الأربعاء تحقيقا صحفيا مع رئيس البلدية.") == []
    assert kinds("وفتحت النيابة تحقيقا مع رئيس البلدية يوم الأربعاء.") == ["measure"]


def test_relying_on_something_is_no_adoption() -> None:
    # يعتمد على، اعتمدت في عملها على، الاعتماد على: to rely on; اعتمد without على, on a law or a
    # budget, still is its adoption
    assert kinds("ويعتمد المزارعون في الجهة على مياه الأمطار.") == []
    assert kinds("واعتمدت الشركة في خطتها الجديدة على القروض البنكية.") == []
    assert kinds("وقرر المجلس الاعتماد على الخبراء المحليين.") == ["measure"]
    assert kinds("واعتمد البرلمان أمس مشروع قانون الميزانية.") == ["measure"]


def test_an_indefinite_accusative_after_a_deed_s_verb_is_its_object() -> None:
    # اعتقلت شابا مسلحا، أطلقت عددا من القذائف، هجوم استهدف مركزا تابعا: whom or what the act
    # reached, in the accusative; no one who did it (a subject after the verb stays one)
    assert [(e.type, e.actor) for e in events_of("وفي المساء اعتقلت شابا مسلحا قرب السوق.")] == [("measure", None)]
    assert [(e.type, e.actor) for e in events_of("وأطلقت عددا من القذائف على القرية أمس.")] == [("attack", None)]
    events = events_of("وقتل جنديان في هجوم ليلي استهدف مركزا تابعا للجيش قرب الحدود.")
    assert [(e.type, e.actor) for e in events] == [("attack", None)]
    assert [(e.type, e.actor) for e in events_of("واستهدف مسلحون حاجزا أمنيا أمس.")] == [("attack", "مسلحون")]


def test_a_death_announced_is_no_act_of_the_announcer() -> None:
    # أعلنت الوزارة مقتل أربعة مدنيين: who died, told by the ministry, not killed by it: its
    # statement and the attack, with no actor (أعلن الجيش قطع الطريق is still the army's own act)
    events = events_of("وأعلنت وزارة الصحة يوم السبت مقتل أربعة مدنيين في قصف على السوق.")
    assert [(e.type, e.actor) for e in events] == [("statement", "وزارة الصحة"), ("attack", None)]
    assert all(e.date == "2024-03-16" for e in events)
    events = events_of("وأعلن الجيش قطع الطريق أمس.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الجيش")]


def test_a_verb_of_holding_after_a_meeting_s_noun_is_no_one_who_met() -> None:
    # ندوة انتظمت، لقاء انعقد (happening_verbs): the meeting was held; the verb names no one (a
    # body after the noun still is who met)
    events = events_of("وقال الوزير خلال ندوة انتظمت يوم الخميس بالعاصمة إن الإصلاحات ستتواصل.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الوزير"), ("meeting", None)]
    events = events_of("وانعقد أمس اجتماع مجلس إدارة الشركة بالعاصمة.")
    assert [(e.type, e.actor) for e in events] == [("meeting", "مجلس إدارة الشركة")]


def test_who_or_what_a_ban_keeps_is_no_one_who_bans() -> None:
    # منع الموقوفين من السفر، ومنع العبور: the phrase before من, or an act's noun, is what is kept
    # from something; the subject is told before (the court), or not at all
    events = events_of("وقررت المحكمة الإفراج عن الموقوفين، ومنع الموقوفين من السفر.")
    assert [(e.type, e.actor) for e in events] == [("measure", "المحكمة"), ("measure", "المحكمة")]
    assert [(e.type, e.actor) for e in events_of("ومنع العبور عبر الجسر منذ يوم الأحد.")] == [("measure", None)]
    events = events_of("ومنع الجيش الصحفيين من التصوير أمس.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الجيش")]


def test_a_phone_call_with_a_news_medium_is_an_interview() -> None:
    # مكالمة هاتفية مع الإذاعة، اتصال هاتفي لنجمة أف أم: the speaker talked to the press, met no one; the
    # statement takes the call's date. A call with a counterpart still is a meeting
    events = events_of("وقال رئيس البلدية خلال مكالمة هاتفية مع الإذاعة يوم الاثنين إن الأشغال انطلقت.")
    assert [(e.type, e.date) for e in events] == [("statement", "2024-03-11")]
    assert kinds("وبحث الوزير خلال مكالمة هاتفية مع السفير الفرنسي ملف الطلبة.") == ["meeting"]


def test_any_act_is_none_in_particular() -> None:
    # أي استدعاء، دون أي رفض، لأي طلب: a noun after أي names no act that took place (and أي is
    # followed by a noun, never a verb: رفض is the refusal)
    assert kinds("وصادق المجلس على الميزانية دون أي رفض من النواب.") == ["measure"]
    assert kinds("وقال المدرب إنه لم يتسلم حتى الآن أي استدعاء رسمي.") == ["statement"]
    assert kinds("وتسلم المدرب استدعاء رسميا يوم الأحد.") == ["measure"]


def test_the_existence_a_report_states_is_no_part_of_its_speaker() -> None:
    # أكد الوزير وجود نقص، تنفي الشركة وجود اتفاق: وجود is what is stated or denied, after the
    # speaker (a stance noun, as ضرورة and أهمية)
    events = events_of("وأكد الوزير وجود نقص في الأدوية بالمستشفيات.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الوزير")]
    events = events_of("وتنفي الشركة وجود أي اتفاق مع المورد.")
    assert [(e.type, e.actor) for e in events] == [("denial", "الشركة")]


def test_suspicions_turning_news_received_and_a_leaning_are_no_trips() -> None:
    # الشكوك توجهت نحو، لديها توجه لـ، استقبلت خبر: suspicion turns, a government leans, a family
    # takes in news; no one travels or hosts anyone (توجه الوزير إلى still is a trip)
    assert kinds("وأضاف المحقق أن الشكوك توجهت إلى الجار بعد تناقض أقواله.") == ["statement"]
    assert kinds("وقال الوزير إن وزارته لديها توجه لخفض الأسعار.") == ["statement"]
    assert kinds("واستقبلت العائلة خبر الإفراج عن ابنها بفرحة كبيرة.") == []
    assert kinds("وتوجه الوزير إلى المدينة يوم الأحد.") == ["visit"]


def test_what_is_yet_to_be_said_is_no_statement() -> None:
    # لا تستطيع أن تؤكد، على أمل أن توضح التحريات: a report's present verb after أن is something
    # to say, not said; after قبل أن or بعد أن it is told
    assert kinds("ولا تستطيع الوزارة أن تؤكد الخبر حتى الآن.") == []
    assert kinds("وأحيل الموقوف على القضاء على أمل أن توضح التحريات ملابسات الحادثة.") == ["measure"]
    events = events_of("وغادر الوزير القاعة قبل أن يعلن استقالته يوم الأحد.")
    assert [(e.type, e.date) for e in events] == [("measure", "2024-03-17")]


def test_a_proposed_act_is_not_done() -> None:
    # اقترحت تنظيم استفتاء، مقترح اللجنة لتمديد: an act's noun a few words after a proposal's
    # word is proposed, not held; the proposal itself is what was said
    events = events_of("وأوضح الأمين العام أن نقابته اقترحت تنظيم استفتاء داخلي يوم 12 أكتوبر المقبل.")
    assert "measure" not in [e.type for e in events]
    assert kinds("ونظمت النقابة استفتاء داخليا يوم 12 أكتوبر.") == ["measure"]


def test_a_controversy_or_protests_that_erupt_are_no_blast() -> None:
    # تفجر جدل، انفجرت احتجاجات: what breaks out is a debate or a protest, no explosion (a bomber
    # who blows himself up still is an attack)
    assert kinds("وتفجر جدل واسع في البلاد بعد نشر الصور.") == []
    assert kinds("وانفجرت احتجاجات في عدة مدن يوم الجمعة.") == []
    assert kinds("وفجر انتحاري نفسه قرب السوق يوم الجمعة.") == ["attack"]


def test_a_death_in_the_rains_is_no_attack() -> None:
    # جراء الأمطار، جرفته المياه: a death the weather caused is an accident, as one in a flood
    # is (a death in an armed attack still is one)
    assert kinds("ولقي طفل حتفه يوم الأحد جراء أمطار طوفانية هطلت على القرية.") == []
    assert kinds("ولقي راع حتفه يوم الأحد بعد أن جرفته المياه في الوادي.") == []
    assert kinds("ولقي جندي حتفه مساء الأحد في هجوم مسلح.") == ["attack"]


def test_an_act_on_a_condition_after_it_is_not_done() -> None:
    # اجتماع غدا ... إذا قبلت النقابة: an act's noun with إذا or في حال a few words after it, in
    # its clause, is conditional; a threat is conditional by nature and still told
    events = events_of("واقترح الوسيط هدنة، على أن يلي ذلك اجتماع غدا بالعاصمة يضم كل الأطراف إذا قبلت النقابة بذلك.")
    assert [e.type for e in events] == ["statement"]
    assert kinds("وسيعقد الطرفان اجتماعا غدا بالعاصمة.") == ["meeting"]
    assert kinds("وتلقى الصحفي يوم الأحد تهديدا بالقتل إذا واصل نشر مقالاته.") == ["warning"]
    assert kinds("ورفضت الشرطة أن توضح ما إذا كان الموقوف مسلحا.") == ["statement"]
    assert kinds("وتعقد النقابة جلسة عامة يوم الاثنين في حال غياب أي اتفاق مع الوزارة.") == []


def test_a_condition_hangs_on_the_act_of_its_clause_only() -> None:
    # the meeting that goes on is told; the decision the committee may take if the snow goes on
    # is not: a light verb (تصدر) opens a clause of its own, where the condition stops. A future
    # act may stand far from its condition (سيغلق ... ، إذا استمر)
    events = events_of("وتواصل اللجنة اجتماعها منذ الصباح، وقد تصدر قرارا بإغلاق الطريق في حال تواصل تساقط الثلوج.")
    assert [e.type for e in events] == ["meeting"]
    sentence = "وسيغلق الجيش المعبر أمام كل الشاحنات القادمة من الجنوب خلال الأيام الثلاثة القادمة، إذا استمر القصف."
    assert kinds(sentence) == []


def test_qad_before_a_present_light_verb_is_may() -> None:
    # قد تتخذ قرارا، قد يجري زيارة: with a present verb قد is "may", the act is not done; with a
    # past one it is "has" (قد أجرى زيارة, قد تمكنت من إيقافه)
    assert kinds("وقد تتخذ اللجنة قرارا بغلق السوق يوم الاثنين.") == []
    assert kinds("وقد يجري الوزير زيارة إلى المدينة يوم الاثنين.") == []
    assert kinds("وقد أجرى الوزير زيارة إلى المدينة يوم الاثنين.") == ["visit"]
    assert kinds("وقد تمكن الأعوان من إيقاف المشتبه به يوم الاثنين.") == ["measure"]


def test_a_feminine_noun_right_after_a_mans_verb_is_its_object() -> None:
    # وطالب الحكومة: a verb of one man does not agree with a feminine noun, so that noun is what
    # he asks or names, not who does it; a verb of a woman (وطالبت), a man's noun in ة (القضاة)
    # and a verb's noun with its own genitive agent (حكم المحكمة) keep their subjects
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وانتقد الحكومة بشدة في كلمته يوم السبت.") == [None]
    assert actors("ويدعو الهيئة المشرفة إلى تأجيل الاقتراع.") == [None]
    assert actors("وطالبت الهيئة الانتخابية بتأجيل الاقتراع.") == ["الهيئة الانتخابية"]
    assert actors("وقال القضاة إن الطعن مرفوض.") == ["القضاة"]
    assert actors("وحذر القادة الميدانيون من هجوم وشيك.") == ["القادة الميدانيون"]
    assert actors("ورحب النائب يوم السبت بحكم المحكمة.") == ["النائب"]
    assert actors("وهو ما نفته الرئاسة في بيان يوم السبت.") == ["الرئاسة"]
    sentence = "وأبرم الصفقة كل من وزير النقل والسفير الياباني يوم السبت."
    assert actors(sentence) == ["وزير النقل والسفير الياباني"]


def test_a_negation_that_describes_a_thing_denies_nothing() -> None:
    # الأزمة التي لم تحدث فجأة: لم in a relative clause says what the thing is; the same words
    # told of what is reported (إن الاجتماع لم يحدث) still deny it
    assert kinds("وأشار الباحث إلى أن الأزمة التي لم تحدث فجأة تعود إلى سنوات من سوء التسيير.") == ["statement"]
    assert kinds("وقال المتحدث إن الاشتباك الذي تحدثت عنه الصحف لم يحدث.") == ["denial"]


def test_an_act_spelt_as_its_verb_after_a_crime_noun_with_a_preposition() -> None:
    # بجريمة قتل الشاب: the noun after قتل is who was killed, as after جريمة قتل with no ب; who
    # did it is named after من قبل
    events = events_of("واستنكر الاتحاد بجريمة قتل المزارع في حقله يوم السبت.")
    assert [(e.type, e.actor) for e in events] == [("accusation", "الاتحاد"), ("attack", None)]
    events = events_of("وندد الاتحاد بعملية خطف المزارع من قبل عصابة مسلحة يوم السبت.")
    assert [(e.type, e.actor) for e in events] == [("accusation", "الاتحاد"), ("attack", "عصابة مسلحة")]


def test_a_seminar_named_after_its_topic_is_held_by_no_one_named() -> None:
    # ندوة التعاون، منتدى الاستثمار: the genitive of a seminar's noun is what it is about; a body
    # or titled people after it are who hold it (مؤتمر النقابة، ندوة الوزراء)
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وشاركت الوزيرة يوم السبت في ندوة الشراكة الاقتصادية بالعاصمة.") == [None]
    assert actors("وألقى الوزير كلمة في منتدى الأعمال الإفريقي يوم السبت.") == [None]
    assert actors("وانطلقت يوم السبت أشغال مؤتمر النقابة الجهوية بالعاصمة.") == ["النقابة الجهوية"]
    assert actors("وانعقدت يوم السبت ندوة الوزراء بالعاصمة.") == ["الوزراء"]


def test_whom_responsibility_is_laid_on_is_not_who_lays_it() -> None:
    # حمّل X مسؤولية: X is blamed; after وحمّل the subject is the one before, and a phrase that
    # ran into مسؤولية ends before it
    def actors(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    sentence = "وانتقدت النقابة يوم السبت قرار الغلق، وحملت الإدارة الجهوية مسؤولية ما سيحدث."
    assert actors(sentence) == [("accusation", "النقابة")]
    sentence = "وحمل وزير النقل المسؤولية للشركة المصنعة يوم السبت."
    assert actors(sentence) == [("accusation", "وزير النقل")]
    assert actors("وحمل السكان المصنع مسؤولية تلوث المياه يوم السبت.") == [("accusation", "السكان")]
    sentence = "وأكدت النقابة أنها تحمل كامل المسؤولية للوزارة عن تدهور الوضع."
    assert [actor for _, actor in actors(sentence)] == ["النقابة"]


def test_what_was_achieved_is_no_inquiry() -> None:
    # ما تحقق في، حققت تقدما في: تحقق is "was achieved" after ما, and حقق with its gain after it;
    # حققت في الحادث, with what is looked into, is an inquiry
    assert kinds("ويشيد الحزب بما تحقق في المدينة من مشاريع خلال العام.") == ["statement"]
    assert kinds("وأكدت اللجنة يوم السبت أن فرقها حققت تقدما كبيرا في ملف الأراضي.") == ["statement"]
    # (its own teams' inquiry: the act alone, as أنها حققت)
    assert kinds("وأكدت اللجنة يوم السبت أن فرقها حققت في ملف الأراضي.") == ["measure"]
    assert kinds("وأكدت اللجنة يوم السبت أن فرق الوزارة حققت في ملف الأراضي.") == ["statement", "measure"]


def test_one_run_over_by_a_vehicle_or_a_quake_is_no_attack() -> None:
    # دهسته سيارة، صدمه قطار: a vehicle that ran over one person is an accident, and so is a
    # death it caused; a quake's magnitude before ضربت names what struck. A truck driven into a
    # crowd, with no pronoun, is still told
    assert kinds("وتوفي كهل يوم السبت بعد أن دهسته سيارة مسرعة قرب السوق.") == []
    assert kinds("ولقي فلاح حتفه يوم السبت بعد أن صدمه قطار قرب القرية.") == []
    assert kinds("ورصد المعهد يوم السبت رجة بقوة 3 درجات ضربت عدة قرى جبلية.") == []
    assert kinds("ودهست شاحنة يوم السبت حشدا من المتسوقين في هجوم إرهابي.") == ["attack"]


def test_a_death_told_beside_the_wounded_is_a_passive() -> None:
    # قتل طفل وأصيب سبعة: who was killed, beside who was wounded, not who killed
    sentence = "قتل راع وأصيب ابنه بجروح متفاوتة الخطورة يوم السبت جراء لغم قديم انفجر قرب الوادي."
    assert [(e.type, e.actor) for e in events_of(sentence)] == [("attack", None)]


def test_what_one_acts_for_is_not_done() -> None:
    # من أجل رفض، بهدف كشف: no verb follows من أجل or بهدف, so a verb's letters there are its
    # noun, the aim of the act told before, not an act of its own
    assert kinds("وانسحب النائب من الجلسة من أجل رفض مشروع القانون.") == ["measure"]
    assert kinds("وتقدمت الجمعية بشكوى يوم السبت بهدف كشف ملابسات الحادثة.") == ["accusation"]
    # لأجل, as من أجل: ل + أجل
    assert [e.trigger for e in events_of("وعلقت الوزارة ملصقات في الشوارع لأجل حث الناخبين على التصويت.")] == []
    assert [e.trigger for e in events_of("وانسحب النائب من الجلسة لأجل رفض مشروع القانون.")] == ["وانسحب"]


def test_reaching_a_stage_or_reinforcements_arriving_is_no_visit() -> None:
    # وصل إلى مرحلة، إلى هذه الأزمة: a state reached, not a place; تعزيزات وصلت: troops sent,
    # no visitor (وصل الوزير إلى المدينة still is one)
    assert kinds("وقال الخبير إن القضية وصلت يوم السبت إلى مرحلة حاسمة.") == ["statement"]
    assert kinds("وعبر النائب عن خشيته من أن تصل المدينة إلى هذه الأزمة.") == ["statement"]
    assert kinds("ووصلت مساء السبت تعزيزات عسكرية كبيرة إلى المدينة.") == []
    assert kinds("ووصل مساء السبت وزير الدفاع إلى المدينة.") == ["visit"]


def test_ones_own_act_with_its_pronoun_is_what_is_announced() -> None:
    # يعلن ... ترشحه: an act's noun with its doer's pronoun is what is announced, never who
    # announces it; a person with a pronoun (محاميه، أستاذها) still speaks
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text) if e.type == "statement"]

    assert actors("وغادر الوزير الحكومة ثم أعلن في منتصف شهر ماي ترشحه للانتخابات.") == [None]
    assert actors("وغادر الوزير الحكومة كي يعلن في منتصف شهر ماي ترشحه للانتخابات.") == []  # a purpose
    assert actors("ويقول أستاذها إنها كانت متفوقة.") == ["أستاذها"]


def test_the_accused_after_a_preposition_accuse_no_one() -> None:
    # بحق متهمين، على متهمين: the participle names who is accused; with its object after it
    # (متهما الحكومة) it still accuses
    assert kinds("وأصدر القضاء يوم السبت أحكاما مشددة بحق متهمين في قضية فساد.") == []
    events = events_of("وندد الحزب يوم السبت بالقرار متهما الحكومة بالتقصير.")
    assert [(e.type, e.actor) for e in events] == [("accusation", "الحزب")]


def test_acts_told_as_recurring_are_no_one_act() -> None:
    # اشتباكات متكررة، هجمات يومية: plural acts with an adjective of recurrence tell a pattern, no
    # dated act; one session of a recurring kind (اجتماعه الدوري) is still one
    assert kinds("وتشهد الضاحية اشتباكات متكررة بين عصابات المخدرات.") == []
    assert kinds("وعقد المجلس يوم السبت اجتماعه الدوري.") == ["meeting"]


def test_a_light_verb_governs_its_own_noun_not_the_purpose_after_it() -> None:
    # تعقد جلسة للتصويت: the light verb's noun is the session; the vote after it is its purpose,
    # not a second act the verb does (وشنت غارات وقصفا: a noun the conjunction joins shares it);
    # a noun in an adjunct between (أثناء تلك الجولة) does not stop it
    events = events_of("وتعقد اللجنة يوم السبت جلسة مغلقة للتصويت على التعديلات.")
    assert [e.type for e in events] == ["meeting"]
    events = events_of("وأجرى الوزير أثناء تلك الجولة مباحثات ثنائية مع نظيره يوم السبت.")
    assert [(e.type, e.actor) for e in events] == [("meeting", "الوزير")]


def test_what_is_discussed_or_related_is_no_one_and_no_call() -> None:
    # بحث سبل التعاون: سبل is what is discussed; فيما يتصل بـ، نزاعات تتصل بـ: يتصل in the present
    # is "relates to", a call is told in the past (اتصل الوزير بنظيره) or with هاتفيا
    events = events_of("وبحث سبل دعم المؤسسات الصغرى يوم السبت.")
    assert [(e.type, e.actor) for e in events] == [("meeting", None)]
    assert kinds("واعتقلت الشرطة يوم السبت ثلاثة أشخاص فيما يتصل بالحريق.") == ["measure"]
    assert kinds("واتصل الوزير يوم السبت بنظيره المغربي.") == ["meeting"]


def test_a_drug_deal_is_no_agreement() -> None:
    # صفقة مخدرات: a criminal deal, no agreement between parties a timeline follows
    assert kinds("وبينت الأبحاث أن الشجار اندلع بسبب صفقة مخدرات فاشلة.") == []
    assert kinds("ووقعت الشركة يوم السبت صفقة لشراء حافلات جديدة.") == ["agreement"]


def test_taking_up_a_case_is_no_pledge() -> None:
    # تعهد به القضاء، تعهدت بالملف: "took up" a case (or what was pledged before, told back), no
    # pledge told; تعهد بحل المشكلة still is one
    assert kinds("وأوضح الناطق أن قاضيا مختصا تعهد بالملف منذ أسبوع.") == ["statement"]
    assert kinds("وأكد أن الملف تعهدت به الفرقة الأمنية منذ أسبوع.") == ["statement"]
    assert kinds("وتعهد المدير بحل المشكلة يوم السبت.") == ["statement"]


def test_the_speaker_after_a_radios_reporter_where_he_is() -> None:
    # حسبما أفاد لمراسل الإذاعة في الجهة، فلان رئيس المركز: past the medium's envoy or
    # reporter (مبعوث، موفد), where he is, and the comma, a name with a title after it speaks;
    # a word after بن is the name's (بن طالب), no act
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text) if e.type == "statement"]

    sentence = "وانطلقت الحملة يوم السبت، حسبما أفاد لمراسل الإذاعة بالجهة، سامي الفلاني رئيس البلدية."
    assert actors(sentence) == ["سامي الفلاني"]
    sentence = "وانطلقت الحملة يوم السبت، وفق ما أكده لموفد الإذاعة، سامي بن طالب المدير الجهوي."
    assert actors(sentence) == ["سامي بن طالب المدير الجهوي"]


def test_everyone_after_a_name_is_the_object() -> None:
    # دعا الأمين العام للحركة الجميع: الجميع (everyone) is whom he calls on, no word of his title
    events = events_of("ودعا الأمين العام للحركة الجميع إلى التهدئة يوم السبت.")
    assert [(e.type, e.actor, e.date) for e in events] == [("statement", "الأمين العام للحركة", "2024-03-16")]


def test_a_radio_spoken_to_with_lam_is_no_speaker() -> None:
    # حسبما صرحت لراديو النخيل فلانة: ل + راديو, or a radio's name written without its article, is
    # whom one spoke to; the speaker follows
    sentence = "وتقرر تأجيل الإضراب، حسبما صرحت لراديو النخيل رئيسة النقابة."
    assert [e.actor for e in events_of(sentence) if e.type == "statement"] == ["رئيسة النقابة"]


def test_a_verb_heads_no_actor() -> None:
    # تدخلت، وتعتبرها: a woman's past verb of form V or VI, or a present verb with its object,
    # begins no one's name (a Berber name in ت...ت with its alif elsewhere still may)
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text) if e.type == "measure"]

    assert actors("وأكد المصدر أن عناصر الحرس قد تدخلت وقامت باعتقال السائق.") == [None]


def test_what_a_plan_or_a_drug_targets_is_no_attack() -> None:
    # تستهدف، يستهدف: in the present استهدف aims (a plan, a cure, a policy) or tells a habit; a
    # strike is told in the past (استهدفت الطائرات)
    assert kinds("وتستهدف الخطة الجديدة تقليص البطالة إلى النصف.") == []
    assert kinds("وطورت الشركة أدوية تستهدف الخلايا المصابة فقط.") == []
    assert kinds("واستهدفت الطائرات يوم السبت مخزنا للذخيرة.") == ["attack"]


def test_a_name_after_a_title_and_a_comma_closes_at_a_date_or_an_interview() -> None:
    # قال مدير الميناء، فلان الفلاني اليوم / في تصريح له إن: the name in apposition ends where
    # the date or the interview begins, so the speaker's later وأضاف with his surname is his
    text = (
        "أكد مدير الميناء، سليم الورتاني في حديث للإذاعة أمس أن الرصيف الجديد جاهز. "
        "وأضاف الورتاني أن السفن الكبيرة سترسو فيه قريبا."
    )
    assert [(e.type, e.actor) for e in events_of(text)] == [("statement", "مدير الميناء، سليم الورتاني")]
    text = "قالت وزيرة البيئة، نادية الكافي اليوم إن الغابات تضررت كثيرا. وتابعت الكافي أن الحرائق انطفأت."
    assert [(e.type, e.actor, e.sentence) for e in events_of(text)] == [("statement", "وزيرة البيئة، نادية الكافي", 0)]


def test_an_election_is_a_measure_where_it_is_held() -> None:
    # الانتخابات as a topic, a race one runs in or a date to come is no measure; held (جرت),
    # voted in, won or lost, or dated in the past (انتخابات 2019), it is one. The singular
    # انتخاب of a person (انتخابه رئيسا) is another entry, with no such test
    events = events_of("وزار مرشح اليسار للانتخابات الرئاسية يوم السبت مصنعا للسيارات.")
    assert [(e.type, e.date) for e in events] == [("visit", "2024-03-16")]
    assert kinds("واعتبر الوزير اليوم أن موعد الانتخابات البلدية في الخريف القادم ممكن.") == ["statement"]
    assert kinds("وجرت الانتخابات البرلمانية يوم السبت وسط إقبال ضعيف.") == ["measure"]
    assert kinds("وحصد الحزب أغلب المقاعد في انتخابات 2019.") == ["measure"]


def test_what_happened_without_an_act_denies_it() -> None:
    # دون أن يؤدي ذلك إلى مقتل، للحيلولة دون وقوع، دون أن يدلي بتصريح: دون (without, prevented) a
    # few words before the act in its clause; a drone (طائرة دون طيار) still strikes
    assert kinds("وانتشرت قوات الأمن في الشوارع يوم الجمعة للحيلولة دون وقوع اعتداءات.") == []
    assert kinds("وقاد الشاب سيارته بسرعة في السوق يوم الجمعة دون أن يؤدي ذلك إلى مقتل أحد.") == []
    assert kinds("وغادر الوزير المطار أمس دون أن يدلي بتصريح للصحفيين.") == ["visit"]
    assert kinds("وقتلت طائرة دون طيار ثلاثة مسلحين يوم الجمعة.") == ["attack"]


def test_a_sharp_attack_on_someone_is_an_accusation() -> None:
    # شن هجوما حادا / لاذعا على الحكومة: sharp words, no strike; an attack on a barracks is one
    events = events_of("وشن رئيس الحزب يوم السبت هجوما حادا على الحكومة بسبب الأسعار.")
    assert [(e.type, e.actor) for e in events] == [("accusation", "رئيس الحزب")]
    assert kinds("وشنت المعارضة هجوما لاذعا على وزير المالية يوم السبت.") == ["accusation"]
    assert kinds("وشن المسلحون هجوما على ثكنة للجيش يوم السبت.") == ["attack"]


def test_ba_written_apart_after_a_describing_verb_closes_its_object() -> None:
    # وصف المشروع بـ"الفاشل": ب written apart with a tatweel still opens what the thing is called,
    # so the one word between the verb and it is the object, not who described it
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors('ووصف المشروع بـ"الفاشل" يوم السبت.') == [None]
    assert actors('ووصف النائب المشروع بـ"الفاشل" يوم السبت.') == ["النائب"]


def test_accusations_called_false_are_denied() -> None:
    # وصف الاتهامات بأنها كاذبة، اعتبر أن الاتهامات كاذبة: a claim called false is a denial, though
    # what is called false names a wrong; a strike called a crime still accuses
    assert kinds("ووصف المتحدث الاتهامات بأنها كاذبة يوم السبت.") == ["denial"]
    assert kinds("واعتبر المتحدث أن الاتهامات الموجهة لحزبه كاذبة.") == ["denial"]
    assert kinds("ووصف المتحدث القصف بأنه جريمة يوم السبت.") == ["accusation"]


def test_a_dash_after_the_lead_s_verb_or_inside_a_name_is_no_dateline() -> None:
    # وقال الوزير - في حوار صحفي - إن: a verb before the dash makes it an aside; جونغ-أون، بادن-
    # فورتمبرغ: a hyphen touching both words is a name's. Neither hides the lead's report
    text = "وقال وزير المالية - في حوار صحفي مساء السبت - إن العجز تراجع."
    assert [(e.type, e.actor) for e in events_of(text)] == [("statement", "وزير المالية")]
    text = "صرح رئيس مقاطعة شليسفيغ-هولشتاين يوم السبت بأن المدارس ستفتح."
    assert [(e.type, e.actor) for e in events_of(text)] == [("statement", "رئيس مقاطعة شليسفيغ-هولشتاين")]


def test_a_television_or_radio_interview_is_no_meeting() -> None:
    # في حوار تلفزي، ندوة إعلامية: a medium's adjective makes the talk an interview or a press
    # event, as صحفي already did; a national dialogue still meets
    assert kinds("وقال الوزير في حوار تلفزي مساء السبت إن العجز تراجع.") == ["statement"]
    assert kinds("وأكد المدير في ندوة إعلامية عقدها بالمسرح أن المهرجان سيقام.") == ["statement"]
    assert kinds("وانطلقت جلسات الحوار بين الحكومة والنقابات يوم السبت.") == ["meeting"]


def test_what_was_planned_is_not_done_but_what_followed_the_attempt_is() -> None:
    # خططت، يخططون: the verbs of planning in every person; حاول اقتحام المبنى وتم اعتقاله: وتم
    # opens a clause of its own, told as done (unless on a condition: إذا)
    assert kinds("وكانت الخلية خططت لشن هجوم ضد محطة القطار الشهر المقبل.") == []
    events = events_of("وحاول رجل التسلل إلى القاعدة يوم السبت وتم اعتقاله على الفور.")
    assert [(e.type, e.date) for e in events] == [("measure", "2024-03-16")]


def test_a_verb_after_a_definite_noun_opens_a_clause_of_its_own() -> None:
    # حاول اقتحام المبنى واعتقلته الشرطة: و + a word that no noun reads (not spelt as its verbal noun,
    # like ومنع) after a definite noun is a verb, not a second noun of the phrase; a raid told verb
    # by verb (اقتحمت ... وأطلقت الغاز) is one attack
    assert kinds("ودخلت السيارة الساحة واعتقلت الشرطة سائقها يوم السبت.") == ["measure"]
    events = events_of("واقتحمت قوات الجيش قرية جبلية يوم السبت وأطلقت قنابل الدخان في شوارعها.")
    assert [(e.type, e.actor) for e in events] == [("attack", "قوات الجيش")]
    assert kinds("وصادق البرلمان على قانون مكافحة التهريب ومنع الاحتكار يوم السبت.") == ["measure"]


def test_a_verbal_noun_after_a_definite_title_is_the_object() -> None:
    # رفض الوزير الاقتراح، أعلن الرئيس الانسحاب: a definite title heads no construct, so a definite
    # verbal noun after it is what he rejected or announced, not part of who he is
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("ورفض المدير الاقتراح بعد نقاش طويل.") == ["المدير"]
    assert actors("وأعلن الرئيس الانسحاب من المعاهدة يوم السبت.") == ["الرئيس"]


def test_a_talk_with_a_medium_or_in_its_name_is_no_meeting() -> None:
    # في حوار مع إذاعة تسميها موجتها، قناة الحوار: an interview, or a channel's name; the date goes
    # to what was said. Talks with the opposition still meet
    text = "وأوضح المدير، في حوار مع نور أف أم يوم السبت، أن الطلبة عادوا."
    assert [(e.type, e.date) for e in events_of(text)] == [("statement", "2024-03-16")]
    assert kinds("وأكد الوزير في حوار بثته مساء السبت قناة الحوار الجديد أن الطريق ستفتح.") == ["statement"]
    assert kinds("وأجرى الرئيس حوارا مع المعارضة يوم السبت.") == ["meeting"]


def test_a_dismissal_reaches_past_a_long_royal_name() -> None:
    # أعفى الأمير فلان بن فلان بن فلان آل فلان سفير المملكة لدى ... من منصبه: the office it
    # requires may come after a name of many words and its title
    text = (
        "وأفادت الوكالة أن أمرا ملكيا أعفى الأمير خالد بن سعد بن ناصر بن خالد آل ثامر"
        " سفير المملكة لدى جمهورية ألمانيا الاتحادية من منصبه."
    )
    assert kinds(text) == ["statement", "measure"]


def test_dismantling_a_cell_or_a_gang_is_a_measure() -> None:
    # تفكيك خلية، فككت الشرطة عصابة: the arrests of a group, told by their end; a machine taken
    # apart is none
    events = events_of("وتمكنت فرقة الحرس يوم السبت من تفكيك عصابة تسرق الدراجات.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "فرقة الحرس", "2024-03-16")]
    assert kinds("وأعلنت الداخلية تفكيك خلية من ستة أشخاص.") == ["measure"]
    assert kinds("وقام الفني بتفكيك المحرك القديم.") == []


def test_words_attributed_to_someone_are_his_statement() -> None:
    # نسبت الوكالة إلى فلان قوله: the words are his, as after نقلت عن فلان قوله; a charge laid on
    # someone (نسبت إليه النيابة تهمة) is no report
    events = events_of("ونسبت صحف المعارضة إلى وزير المالية قوله إن الميزانية ستعدل.")
    assert [(e.type, e.actor) for e in events] == [("statement", "وزير المالية")]
    assert kinds("ونسبت إليه النيابة تهمة التزوير.") == []


def test_a_listing_reaches_past_a_long_description_of_the_listed() -> None:
    # أدرجت المحكمة فلانا، صفته وصفته الأخرى، على قائمة: the list the entry requires may come
    # after a name set off with its descriptions
    text = (
        "وأدرجت وزارة الخزانة رجل الأعمال سامي الفلاني، مالك شركة النقل البحري الكبرى في الميناء، على قائمة العقوبات."
    )
    assert kinds(text) == ["measure"]


def test_severed_ties_reach_past_a_list_of_countries() -> None:
    # قطعت أربع دول (بلد وبلد وبلد وبلد) علاقاتها، قطعت عاصمة، ودول حليفة لها، علاقاتها:
    # the ties cut may come after a long subject
    assert kinds("وقطعت كينيا وأوغندا ورواندا وبوروندي علاقاتها مع الجارة الشمالية.") == ["measure"]
    assert kinds("وكانت أثينا، ومعها دول أخرى من الحلف الشمالي، قد قطعت العلاقات مع الجزيرة.") == ["measure"]


def test_a_weekday_after_an_official_and_his_adjective_is_no_name() -> None:
    # قال مسؤول أوروبي الثلاثاء: two words after a title were taken for a name, the date's
    # word with them; a date is no part of a name
    events = events_of("وقال مسؤول أوروبي الأربعاء إن المفاوضات متعثرة.")
    assert [(e.actor, e.date) for e in events] == [("مسؤول أوروبي", "2024-03-13")]
    events = events_of("وقال مسؤولون أوروبيون الأربعاء إن المفاوضات متعثرة.")
    assert [e.actor for e in events] == ["مسؤولون أوروبيون"]


def test_a_deal_or_talks_with_a_party_after_which_something_happened_are_told() -> None:
    # بعد اتفاق مع الإدارة، عقب مباحثات مع نظيره: an act anchored by بعد/عقب/خلال with
    # its other party named is told there, dated or not; a strike's end is no event of its own
    text = "وأنهى العمال اعتصامهم بعد اتفاق مع إدارة المصنع."
    assert kinds(text) == ["agreement"]
    assert kinds("وعاد الهدوء إلى الحي بعد الاشتباكات مع بداية الليل.") == []


def test_justifying_a_decision_is_a_statement() -> None:
    # برر المتحدث القرار بـ: what one gives as the reason is said; in the present (لا شيء يبرر
    # العنف) برر tells what justifies what, no one speaking
    events = events_of("وبرر الناطق باسم البلدية يوم السبت غلق السوق بأعمال الصيانة.")
    assert [(e.type, e.actor, e.date) for e in events][:1] == [("statement", "الناطق باسم البلدية", "2024-03-16")]
    assert kinds("ولا شيء يبرر استهداف المستشفيات.") == []


def test_a_negation_denies_its_verb_s_object_too() -> None:
    # لم يقصد الإساءة، لم تتعمد الإضرار: the negation reaches the verb's object, so the wrong it
    # names blames no one (تتعمد الإضرار, not negated, still does)
    text = "وأوضح المعلق أن كلامه فهم خطأ وأنه لم يتعمد الإساءة إلى الجمهور."
    assert kinds(text) == ["statement"]
    assert kinds("وقال المدرب إن الحكم يتعمد الإساءة للفريق.") == ["accusation"]


def test_where_a_report_was_made_stands_between_it_and_its_speaker() -> None:
    # وقال بالرباط، في عمان وزير الخارجية: ب or في + a capital between the verb and its subject
    # is where he spoke, not part of who spoke; the capital's adjective or another place after it
    # keeps the old reading
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وقال بالرباط وزير الخارجية الإسباني إن المحادثات مثمرة.") == ["وزير الخارجية الإسباني"]
    assert actors("وقال في عمان وزير الخارجية الإسباني إن المحادثات مثمرة.") == ["وزير الخارجية الإسباني"]


def test_a_court_annulling_a_decision_is_a_measure() -> None:
    # أبطلت المحكمة قرارا، إبطال نتائج: a ruling that voids; defusing a bomb (أبطل مفعول) is none
    events = events_of("وأبطلت المحكمة الإدارية يوم السبت مرسوما رئاسيا بتمديد حالة الطوارئ.")
    assert [(e.type, e.actor, e.date) for e in events][:1] == [("measure", "المحكمة الإدارية", "2024-03-16")]
    assert kinds("وأبطل خبراء المتفجرات مفعول قنبلة يدوية قرب الملعب.") == []


def test_what_someone_had_after_kana_and_lam_is_done() -> None:
    # كانت للوزيرة محادثات مع، كان له اتصال مع: كان with ل + whose acts them, as a light verb;
    # ل + an act's noun (كان لإجراء التحقيق) says what for, and كان before a noun with ال nothing
    events = events_of("وكانت لوزيرة الصحة يوم السبت محادثات مع نظيرها التركي في أنقرة.")
    assert [(e.type, e.date) for e in events] == [("meeting", "2024-03-16")]
    assert kinds("وكان له أيضا اتصال هاتفي مع رئيس البرلمان.") == ["meeting"]
    assert kinds("وكان لإجراء التحقيق أثر على سير المحاكمة.") == []
    assert kinds("وكان للاجتماع أثر واضح في تهدئة الشارع.") == []


def test_an_owner_whose_name_starts_like_a_particle_had_the_act() -> None:
    # لوزير، لمديرة، لنائب: ل + a name that starts with the letters of لو، لم، لن is someone who
    # had the act, not the particle (ولو كان لهم اجتماع: "if"; لكن before كان: "but")
    assert kinds("وكان لوزير الزراعة لقاء مع ممثلي الفلاحين.") == ["meeting"]
    assert kinds("وكانت لمديرة المستشفى محادثات مع وفد من النقابة.") == ["meeting"]
    assert kinds("وكان لنائب المحافظ اتصال هاتفي مع رئيس البلدية.") == ["meeting"]
    assert kinds("ولو كان لهم اجتماع مع المدير لتغير الوضع.") == []
    assert kinds("كان لا بد من اجتماع مع المدير.") == []


def test_how_something_was_said_is_not_who_said_it() -> None:
    # وقال مبتسما إن، وتابعت موضحة أن: one participle between a report's verb and its content says
    # how it was said; the speaker is the verb's own (no one named), and a title there is the speaker
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وقال مبتسما إن فريقه سيعود أقوى في الموسم المقبل.") == [None]
    assert actors("وتابعت موضحة أن المصنع لن يغلق أبوابه.") == [None]
    assert actors("وقالت متحدثة إن المصنع لن يغلق أبوابه.") == ["متحدثة"]


def test_an_arrest_of_someone_named_before_told_again_is_that_arrest() -> None:
    # القبض عليه، اعتقاله: an undated arrest or killing whose patient is a pronoun, told after one
    # of its kind, is that act again; dated otherwise, it is another
    text = "اعتقلت الشرطة شابا سرق دراجة من أمام المسجد. وذكر شاهد عيان أن الأعوان تمكنوا من القبض عليه بعد مطاردة."
    assert kinds(text) == ["measure", "statement"]
    text = "اعتقلت الشرطة الناشط يوم السبت في مقهى بوسط المدينة. وكان قد تم اعتقاله في عام 2019 بسبب منشور."
    assert [(e.type, e.date) for e in events_of(text)] == [("measure", "2024-03-16"), ("measure", "2019")]


def test_an_arrest_told_again_with_another_word_is_that_arrest() -> None:
    # أوقفت ... القبض عليه: the words of an arrest differ (أوقف، اعتقل، القبض)، the arrest is one
    text = "أوقفت الشرطة شابا سرق دراجة من أمام المسجد. وذكر شاهد عيان أن الأعوان تمكنوا من القبض عليه بعد مطاردة."
    assert kinds(text) == ["measure", "statement"]


def test_an_act_told_again_with_its_date_is_that_act_dated() -> None:
    # لقاء ... ثم اللقاء يوم السبت: the definite noun of an undated act just told, now dated, is that
    # act with its date; an act told before with a date of its own is another
    text = "عقد وزير الخارجية لقاء مع نظيره الإسباني في مدريد. وقال الوزير إن اللقاء يوم السبت كان مثمرا."
    assert [(e.type, e.date) for e in events_of(text)] == [("statement", None), ("meeting", "2024-03-16")]
    text = "عقد وزير الخارجية لقاء مع نظيره الإسباني يوم الخميس. وقال الوزير إن اللقاء يوم السبت كان مثمرا."
    meetings = [e.date for e in events_of(text) if e.type == "meeting"]
    assert meetings == ["2024-03-14", "2024-03-16"]


def test_the_date_a_thing_is_due_is_not_the_act_told_around_it() -> None:
    # الاعتصام المقرر تنظيمه يوم 12 مارس: the day the sit-in is due dates the sit-in, not the
    # decision that puts it off; المقرر أن يزور ... يوم الأحد still dates the visit that is due
    events = events_of("وقررت النقابة تأجيل الاعتصام المقرر تنظيمه يوم 12 مارس 2024 أمام مقر الولاية.")
    assert [(e.type, e.date) for e in events] == [("measure", None)]
    events = events_of("وحسب البرنامج المقرر أن يزور رئيس الوزراء العاصمة التونسية يوم الأحد المقبل.")
    assert [(e.type, e.date) for e in events] == [("visit", "2024-03-24")]


def test_what_a_speaker_speaks_about_is_not_their_name() -> None:
    # قال المدرب، بخصوص الإصابة، إن: بخصوص opens what is spoken about, as بشأن and حول do; it is no
    # name in apposition to the speaker, nor a word of it
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وقال المدرب، بخصوص إصابة المهاجم، إن الفحوص مطمئنة.") == ["المدرب"]
    assert actors("وقال المدرب سامي بخصوص إصابة المهاجم إن الفحوص مطمئنة.") == ["المدرب سامي"]


def test_a_speaker_s_surname_ends_before_where_it_was_said() -> None:
    # قال رئيس الحكومة سامي الحداد في تصريح: a first name and a surname with the article, then
    # في/خلال + a speech noun, are the speaker's name (it was cut to the title, so the same
    # speaker named later by his surname spoke again as another)
    text = "وقال رئيس البلدية منير الكافي في تصريح للإذاعة إن الأشغال ستنتهي قريبا. وأضاف الكافي أن الميزانية كافية."
    assert [(e.type, e.actor) for e in events_of(text)] == [("statement", "رئيس البلدية منير الكافي")]


def test_a_speaker_s_surname_ends_before_whom_or_where_it_was_told() -> None:
    # قال الوزير منير الكافي للصحفيين إن، أمام البرلمان إن، خلال لقائه نظيره أن: to whom, where or
    # when it was said comes between the surname and what was said
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وقال وزير التجارة منير الكافي للصحفيين إن الأسعار ستنخفض.") == ["وزير التجارة منير الكافي"]
    assert actors("وقال وزير التجارة منير الكافي أمام النواب إن الأسعار ستنخفض.") == ["وزير التجارة منير الكافي"]


def test_tightening_measures_is_a_measure() -> None:
    # شددت السلطات الإجراءات، تم تشديد الرقابة: tightening controls is done; شدد على is stressing
    # a point (a statement), and so is شدد البيان على العقوبات, what is stressed after على
    assert kinds("وشددت الشرطة الإجراءات الأمنية حول الملعب يوم السبت.") == ["measure"]
    assert kinds("وتم تشديد الرقابة على الحدود الجنوبية.") == ["measure"]
    assert kinds("وشدد المتحدث على العقوبات التي فرضت على الشركة.") == ["statement"]


def test_an_act_s_doer_ends_before_what_it_does() -> None:
    # تولى فلان السلطة، شدد الرئيس فلان القيود: the word the act's sense requires after it is
    # its object, not the end of a name; a construct's genitive stays (لجنة التحقيق)
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وتولى كاسيم السلطة بعد وفاة والده.") == ["كاسيم"]
    assert actors("وشدد الرئيس الكيني وليام روتو القيود على الاستيراد.") == ["الرئيس الكيني وليام روتو"]
    assert actors("وفتحت لجنة التحقيق البرلمانية تحقيقا في الصفقة.") == ["لجنة التحقيق البرلمانية"]


def test_a_date_between_a_light_verb_and_its_noun_is_not_counted() -> None:
    # يؤدي الوزير فلان الفلاني غدا الخميس زيارة: the light verb's reach counts the subject's words,
    # not the date's, so a long title, a name and a date leave the visit its doer
    text = "ويؤدي نائب الرئيس الأول الكيني وليام روتو يوم الخميس المقبل زيارة رسمية إلى أديس أبابا."
    assert [(e.type, e.actor, e.date) for e in events_of(text)] == [
        ("visit", "نائب الرئيس الأول الكيني وليام روتو", "2024-03-21")
    ]


def test_a_title_in_waw_after_a_comma_is_the_subject_not_a_new_clause() -> None:
    # أجرى صباح السبت، وزير الخارجية محادثات: وزير، والي، وزارة begin with و and are no
    # conjunction; after the comma they are the light verb's subject, the act's noun still its own
    text = "وأجرى صباح السبت، وزير الخارجية الكيني محادثات مع نظيره الإثيوبي."
    assert [(e.type, e.actor, e.date) for e in events_of(text)] == [("meeting", "وزير الخارجية الكيني", "2024-03-16")]


def test_a_ministry_announcing_its_own_act_is_that_act() -> None:
    # أعلنت وزارة الداخلية حظر التجول: وزارة، وزير begin with و and join no second clause; the
    # body announcing what it does is the act alone, as أعلنت الحكومة حظر التجول is
    events = events_of("وأعلنت وزارة الصحة حظر التجمعات في الأماكن المغلقة.")
    assert [(e.type, e.actor) for e in events] == [("measure", "وزارة الصحة")]


def test_a_body_in_waw_opening_the_sentence_is_its_verb_s_subject() -> None:
    # وزارة الدفاع قصفت المواقع: a subject told first, right before its past verb, whose word
    # begins with و (وزارة، وكالة) and reads as و + a verb (زار) too, is that body
    events = events_of("وزارة الدفاع الروسية قصفت مخازن السلاح قرب الحدود.")
    assert [(e.type, e.actor) for e in events] == [("attack", "وزارة الدفاع الروسية")]


def test_an_act_told_again_three_sentences_on_is_that_act() -> None:
    # أقر البرلمان قانونا ... three sentences later بعد تبني قانون: an undated act naming no one,
    # told with the word of an act told up to three sentences before, is that act again
    text = (
        "وأقر البرلمان الكيني يوم الخميس قانونا جديدا للصحافة. ويضم القانون عشرين مادة. "
        "وخرج مئات الصحفيين إلى الشوارع. وأعرب الاتحاد الأفريقي عن قلقه بعد تبني قانون يقيد عمل الصحفيين."
    )
    assert kinds(text) == ["measure", "statement"]


def test_a_list_s_label_before_a_deed_is_who_did_it() -> None:
    # كينيا: قررت تقليص بعثتها: a colon after the sentence's first word or two labels a line of a
    # list, and the label acts, for a deed (a measure) as for a report (أعلنت)
    text = "أعلنت دول عدة خطوات ضد الحكومة. كينيا: قررت تقليص بعثتها الدبلوماسية. أوغندا: استدعت سفيرها."
    assert [(e.type, e.actor) for e in events_of(text)][1:] == [("measure", "كينيا"), ("measure", "أوغندا")]


def test_a_road_cut_by_what_happened_is_no_measure() -> None:
    # تسببت السيول في قطع الطريق: a cut that rain, a flood or clashes caused is a consequence, no
    # one's measure; قطع المحتجون الطريق still is one
    assert kinds("وتسببت السيول الجارفة في قطع الطريق بين القريتين.") == []
    assert kinds("وقطع المحتجون الطريق بين القريتين.") == ["measure"]


def test_raising_an_alert_or_lifting_a_ban_is_a_measure() -> None:
    # رفعت السلطات حالة التأهب، رفع الحظر عن: raising an alert or lifting a ban, restrictions or a
    # siege is decided; calling for it (طالب برفع الحصار) is not done
    assert kinds("ورفعت الشرطة الكينية حالة التأهب في العاصمة يوم الجمعة.") == ["measure"]
    assert kinds("وقررت الحكومة رفع الحظر عن استيراد الذرة.") == ["measure"]
    assert kinds("ودعا الوزير إلى الحوار ورفع الحصار عن المدينة.") == ["statement"]


def test_what_an_act_s_noun_requires_after_it_is_its_object_not_its_doer() -> None:
    # تسلم مهامه، توقيع وثيقة: the word a noun's sense requires right after it is what is taken
    # or signed, not who did it; رفعت مقاطعة هونان درجة التأهب: a construct heading the object ends the name
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وقال إن الوزراء الجدد سيعملون بعد تسلم مهامهم في القصر.") == [None, None]
    assert actors("ورفعت مقاطعة هونان درجة التأهب في المدارس والمستشفيات.") == ["مقاطعة هونان"]


def test_a_party_s_own_national_congress_is_a_meeting() -> None:
    # عقد الحزب مؤتمره الوطني: with its owner's pronoun the congress is held by the party; the
    # body named المؤتمر الوطني (a parliament, a party's name) stays no meeting
    events = events_of("وافتتح الحزب الاشتراكي يوم السبت مؤتمره الوطني الثالث في العاصمة.")
    assert [(e.type, e.actor, e.date) for e in events] == [("meeting", "الحزب الاشتراكي", "2024-03-16")]
    assert kinds("وقالت نائبة في المؤتمر الوطني إن الانتخابات ستجرى في موعدها.") == ["statement"]


def test_footage_that_was_published_is_no_one_s_statement() -> None:
    # صور نُشرت على الإنترنت: نشر right after the images, the footage or the post it tells of is
    # their description (published), no report; نشرت الوزارة قائمة still is one (pictures it
    # published are none either: test_what_publishing_a_picture_or_the_report_itself_tells_is_no_statement)
    assert kinds("وبينت صور نشرت على المنصات الجسر وقد انهار فوق النهر.") == []
    assert kinds("ونشرت الوزارة قائمة بأسماء المفقودين في الحادث.") == ["statement"]


def test_the_verb_a_purpose_follows_is_no_part_of_its_doer() -> None:
    # عادت الوزيرة لتقول، خرج المتحدث ليعلن: the report of purpose (ل + a present verb) is said by
    # the subject of the verb it follows, not by that verb and its subject together
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("ثم عادت الوزيرة لتقول إن المصنع لن يغلق.") == ["الوزيرة"]
    assert actors("وخرج المتحدث باسم الشرطة ليعلن أن الطريق فتحت.") == ["المتحدث باسم الشرطة"]


def test_a_subject_before_a_comma_and_an_auxiliary_does_the_deed() -> None:
    # أن المحكمة، كانت قضت: after a complementizer the subject stands before the comma and كان,
    # and what follows the verb (a date, ب + the sentence) is no actor; with a pronoun after the
    # verb going back to the noun (كان أعلن عنها الأمير) the noun is what was done, not its doer
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وذكر المحامي أن المحكمة، كانت قضت في أفريل بحبس المدير.") == [
        "المحامي",
        "المحكمة",
    ]
    assert actors("وبين أن هذه القروض، كان أعلن عنها الرئيس في مؤتمر المانحين.") == [None, "الرئيس"]


def test_a_tool_or_a_place_after_ba_is_no_actor() -> None:
    # بمسدس، بمقر: ب + a noun of place or tool (م-initial: مفعل، مفعال، مفعول) tells how or where
    # the act was done; no name starts so
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors('وذكرت الصحيفة أن "كيم" أعدم بمسدس في جوان.') == ["الصحيفة", None]
    assert actors("واعترف بمكان الأموال المسروقة.") == [None]


def test_a_plural_after_a_bare_title_is_whom_it_addresses() -> None:
    # ودعا الرئيس الأطراف: a definite title is followed by a name that may open with ال (الرئيس
    # الحبيب ...), but never by a feminine sound plural or an أفعال plural: that is the object
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وحث الوزير النقابات على استئناف المفاوضات مع الشركة.") == ["الوزير"]
    assert actors("ودعا الرئيس الأحزاب إلى الهدوء قبل الاقتراع.") == ["الرئيس"]
    assert actors("وقال الرئيس الحبيب عاشور إن الحوار مستمر.") == ["الرئيس الحبيب عاشور"]


def test_the_noun_a_verb_s_pronoun_goes_back_to_is_no_subject() -> None:
    # أول دولة يزورها: an indefinite noun right before a verb with an object pronoun is the head
    # of a relative clause with no relative pronoun; it is what was done, not who did it. After
    # إن/أن a name stands so and is the subject (إن أوباما دعاه)
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وقال إن كندا ستكون ثالث دولة يزورها خلال جولته.") == [None, None]
    assert actors("وأشار إلى أن أول مدينة يزورها الوزير هي صفاقس.") == [None, "الوزير"]
    assert actors("وقال إن أوباما دعاه إلى البيت الأبيض.") == [None, "أوباما"]


def test_receiving_a_document_is_no_visit() -> None:
    # استقبال مذكرة، استقبلت شكاوى: what was received is a paper, as a letter already was; a
    # guest received is still a visit
    assert kinds("وذكرت السفارة أن استقبال مذكرة الاحتجاج جرى صباح الخميس.") == ["statement"]
    assert kinds("واستقبلت البلدية شكاوى السكان من انقطاع الماء.") == []
    assert kinds("واستقبل الوزير سفير اليابان في مكتبه.") == ["visit"]


def test_suspending_flights_or_activity_is_a_measure_not_a_comment() -> None:
    # علّق: to comment (على) or to suspend; with what is suspended right after it (its flights,
    # its activity, its membership, with their pronoun too) it is the measure, even when an
    # على إثر follows; علق على القرار stays a comment
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed("وعلقت شركة الطيران رحلاتها نحو الجزيرة على إثر العاصفة.") == [("measure", "شركة الطيران")]
    assert typed("وكان الحزب قد علق عضويته في التحالف الحاكم.") == [("measure", "الحزب")]
    assert typed("وعلقت النقابة على القرار معتبرة أنه متسرع.") == [("statement", "النقابة")]


def test_what_one_is_accused_of_doing_is_no_act_of_the_accuser() -> None:
    # اتهمه بأنه ...: the pronoun after بأن is the accused, not the speaker (as in أعلنت أنها
    # ستفرض, where the speaker's own act is told); the deed is the accusation's content, as with
    # اتهمه بقصف, and the accusation stays
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed("واتهمت الوزارة الميليشيا بأنها قصفت الميناء ليلا.") == [("accusation", "الوزارة")]
    assert typed("ويتهم الجيش المسلحين بأنهم يمنعون السكان من مغادرة الحي.") == [("accusation", "الجيش")]
    assert typed("وأعلنت الوزارة أنها ستغلق الميناء ليلا.") == [("measure", "الوزارة")]


def test_a_deed_s_noun_after_a_verb_that_announces_is_what_is_announced() -> None:
    # تقرر إلغاء الإضراب: a verbal noun of a deed right after قرر (or another verb that announces)
    # is what was decided, even where its context keeps it from being an event of its own; it
    # was read as the verb's subject
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وتقرر إلغاء الوقفة الاحتجاجية أمام مقر الولاية.") == [None]
    assert actors("ورفضت البلدية استقبال أطفال المخيم في المدرسة.") == ["البلدية"]


def test_an_act_announced_before_a_quotation_is_the_announcer_s() -> None:
    # أعلن الحاكم قرارا مماثلا "...": the quotation after the act's accusative noun gives the
    # reason; what was announced is the decision, taken by the one who announced it
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed('وأعلن رئيس البلدية قرارا مماثلا "حفاظا على سلامة السكان".') == [("measure", "رئيس البلدية")]


def test_two_people_of_one_title_are_two_speakers() -> None:
    # حاكم ولاية X فلان / حاكم ولاية Y فلان: the title they share does not make them one speaker
    # when each phrase names someone else; a title and a name still go with the title alone
    # (ناشطة مصرية / الناشطة فلانة)
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    two = (
        "وقال حاكم ولاية أوهايو جيمس براون إن المدارس ستبقى مفتوحة. وقال حاكم ولاية أريزونا مايكل غرين إن الطرق سالكة."
    )
    assert actors(two) == ["حاكم ولاية أوهايو جيمس براون", "حاكم ولاية أريزونا مايكل غرين"]
    one = "وقالت ناشطة حقوقية إن الحي بلا ماء. وأضافت الناشطة سلمى يوسف أن السكان غاضبون."
    assert actors(one) == ["ناشطة حقوقية"]


def test_a_clause_on_the_speech_noun_is_no_speaker() -> None:
    # وقال في تصريح نقلته الصحف: the verb with its object pronoun after the noun opens a clause on
    # it (what the papers carried); it is no name of who spoke
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وقال في تصريح نقلته الصحف المحلية، الأحد، إنه سيستقيل من منصبه.") == [None]


def test_a_body_s_name_goes_on_with_its_lam_genitive() -> None:
    # المنظمة الدولية للهجرة، الهيئة العليا المستقلة للمياه: a body's name goes on after its
    # adjectives with ل + the field it serves; right after the head it is a purpose (اجتماع
    # اللجنة للتداول في ...), no part of the name
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وذكرت المنظمة الدولية للهجرة في تقرير أن المركب انقلب.") == ["المنظمة الدولية للهجرة"]
    assert actors("وأعلنت الهيئة العليا المستقلة للمياه أن الضخ توقف.") == ["الهيئة العليا المستقلة للمياه"]
    assert actors("وحذر صندوق الأمم المتحدة للغابات من نقص البذور.") == ["صندوق الأمم المتحدة للغابات"]
    assert actors("وعقدت الرابطة ندوة للنظر في ملف المفقودين.") == ["الرابطة"]


def test_a_quoted_name_before_a_comma_is_the_speaker() -> None:
    # وأفادت "الوكالة"، نقلا عن: the name in quotes right after the report verb is who spoke, with
    # a comma between it and what it said or whence it has it
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors('وأفادت "رويترز"، نقلا عن دبلوماسيين في الرباط، أن المحادثات ستستأنف.') == ["رويترز"]
    assert actors('واعتبرت "موديز"، أن عجز الميزانية سيتراجع.') == ["موديز"]


def test_signing_reaches_past_a_long_list_of_signatories() -> None:
    # وقّع الوزير ومديرة البنك أمس بباريس، على اتفاقية: the verb reaches the agreement it takes
    # past a subject of several words and a place (eight words; a date's words not counted);
    # وقع + a violent act is what happened, whatever agreement follows
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed("وقعت وزيرة الصحة ومدير الصندوق العربي أمس بالقاهرة، على اتفاقية قرض.") == [
        ("agreement", "وزيرة الصحة ومدير الصندوق العربي")
    ]
    assert typed("ووقع خرق للهدنة رغم الاتفاق الموقع في جنيف.") == []


def test_a_name_whose_two_words_carry_the_article_follows_its_title() -> None:
    # وزير التجارة الطاهر العكرمي: a first name and a surname both with the article, right before
    # what was said, belong to the title; a verbal noun, a side (الجانب الروسي) or a body's
    # participle after a title is none
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وقال وزير التجارة الطاهر العكرمي في تصريح إن الأسعار ستنخفض.") == ["وزير التجارة الطاهر العكرمي"]
    assert actors("وحث وزير الخارجية الجانب الروسي على تسريع المفاوضات.") == ["وزير الخارجية"]
    assert actors("ويناقش مجلس الشيوخ التعديل الضريبي غدا.") == ["مجلس الشيوخ"]


def test_a_body_s_field_with_lam_is_part_of_its_name() -> None:
    # الهيئة العليا لمراقبة الأسعار، المرصد الوطني لحقوق الطفل: ل + a word and its definite genitive
    # after a body's name say what it serves; with a pronoun it is a reason (لعبورهم الحدود),
    # after the body's own ل-genitive what it calls for
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وقال المرصد الوطني لحقوق الطفل إن الظاهرة تتفاقم.") == ["المرصد الوطني لحقوق الطفل"]
    assert actors("ودعت المديرية العامة للحماية المدنية لتجنب السباحة في البحر.") == ["المديرية العامة للحماية المدنية"]


def test_a_company_or_a_police_unit_is_named_in_full() -> None:
    # شركة، فرقة head bodies as لجنة and هيئة do: the national company for water, the unit of the
    # national guard keep what they are named after
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وأعلنت الشركة الوطنية لتوزيع المياه أن الضخ سيتوقف ليلا.") == ["الشركة الوطنية لتوزيع المياه"]
    assert actors("وأوقفت الفرقة الجهوية للحرس البحري ثلاثة مهربين.") == ["الفرقة الجهوية للحرس البحري"]


def test_a_name_after_a_title_ends_before_the_object() -> None:
    # نفى الوزير سامي الحداد إمكانية ...: a surname with the article is the name's last word when
    # the object follows it (a stance's or a deed's noun, a verbal noun); and a name read after a
    # title is not followed by a second one (رفض الوزير فلان الفلاني تمديد المهلة: the object)
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("ونفى رئيس البرلمان سامي الحداد إمكانية حل المجلس.") == ["رئيس البرلمان سامي الحداد"]
    assert actors("ورفض الوزير كمال العياشي تمديد المهلة.") == ["الوزير كمال العياشي"]


def test_a_report_of_a_medium_named_after_lam_is_the_medium_s() -> None:
    # في تقرير لصحيفة "..."، لتقرير لقناة ...: ل + a medium's head names whose report it is, as ل +
    # a body's does; the name it is given in quotes goes with it, and the ل does not
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وفي تقرير مطول لصحيفة لوموند، تلقى المتهم مبلغا كبيرا.") == ["صحيفة لوموند"]
    assert actors('ووفقا لتقرير لقناة "الوطن" قامت البلدية بإزالة الأكشاك.') == ['قناة "الوطن"']


def test_a_recognised_government_ends_before_its_participle() -> None:
    # الحكومة الصومالية المعترف بها دوليا: the participle goes on with بها and its adverb; the name
    # of the body ends before it (it was cut after المعترف)
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وأكدت الحكومة الصومالية المعترف بها دوليا، في بيان، أن الميناء مغلق.") == ["الحكومة الصومالية"]


def test_an_ordinal_after_ba_or_lam_is_no_actor() -> None:
    # يقوم بأول زيارة، تستضيفها لأول مرة: ب/ل + an ordinal (أول، آخر، ثاني) tells which time, never
    # who acts
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وسيقوم الأسبوع المقبل بأول زيارة له إلى الهند منذ تعيينه.") == [None]


def test_a_visit_or_meeting_with_its_owner_s_pronoun_is_the_subject_s() -> None:
    # أكد الوزير خلال زيارته، أعلنت النقابة إثر اجتماعها: the pronoun of a visit's or a meeting's
    # noun after خلال، إثر... is the subject of the verb before it, when the verb shows the
    # pronoun's gender (قالت الوزيرة خلال زيارته: someone else's visit)
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed("وأكد وزير النقل خلال زيارته يوم السبت إلى الميناء أن الأشغال ستنتهي قريبا.") == [
        ("statement", "وزير النقل"),
        ("visit", "وزير النقل"),
    ]
    assert typed("وأعلنت النقابة إثر اجتماعها اليوم عن إضراب عام.") == [
        ("statement", "النقابة"),
        ("meeting", "النقابة"),
    ]
    assert typed("وقالت الوزيرة خلال زيارته للمعرض إن الحضور كبير.") == [("statement", "الوزيرة"), ("visit", None)]


def test_whom_a_verb_urges_written_oblique_is_no_subject() -> None:
    # دعت الوزارة المواطنين، دعا المسؤولين الجهويين: a definite plural or dual in ين right after a
    # verb that urges or gives notice is whom it addressed (a subject would read ون/ان); with no
    # subject of its own the verb's doer is the one before
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("ودعا المسافرين إلى تأجيل رحلاتهم.") == [None]
    assert actors("ودعت البلدية المتساكنين إلى ترشيد استهلاك الماء.") == ["البلدية"]


def test_a_verb_whose_stem_ends_as_a_pronoun_has_none() -> None:
    # واتهم المعارضة اليمينية بـ: اتهم ends in هم as "them" does, but the lexicon reads no pronoun in
    # it; the feminine noun after a man's verb is whom he accused, not the accuser
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("واتهم الحركة الانفصالية بتأجيج العنف في الأرياف.") == [None]
    assert actors("واتهمت الحركة الانفصالية الجيش بتأجيج العنف في الأرياف.") == ["الحركة الانفصالية"]


def test_a_woman_s_title_is_no_subject_of_a_man_s_verb() -> None:
    # وقد التقى أمس الوزيرة، ومنع النائبة من الدخول: a title written with ة (a woman) after a verb
    # of one man is whom he met or kept out, not who did it; after a verb kept apart by its ب
    # (مثلما أفاد به مراسلة القناة) the agreement is looser and she speaks
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وكان قد التقى الأسبوع الماضي الوزيرة الهولندية في لاهاي.") == [None]
    assert actors("وقد استقبل اليوم المستشارة النمساوية بقصر الرئاسة.") == [None]
    assert actors("واستقبلت اليوم المستشارة النمساوية رئيس البرلمان.") == ["المستشارة النمساوية"]
    assert actors("وتأكد الخبر مثلما أفاد به مراسلة القناة الثانية بالمدينة.") == ["مراسلة القناة الثانية"]
    assert actors("وأكد مديره أن الحل في الإنتاج.") == ["مديره"]


def test_al_awsat_describes_the_name_before_it() -> None:
    # الشرق الأوسط: الأوسط (the middle, an elative) is an adjective of the name before it, as
    # الأعلى and الأكبر are, so a title over a region's department reads on through it
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وقال خبير شؤون الشرق الأوسط بالمعهد إن الأزمة ستطول.") == ["خبير شؤون الشرق الأوسط"]
    assert actors("وقال مدير دائرة الشرق الأوسط والخليج في الوزارة إن الأزمة ستطول.") == [
        "مدير دائرة الشرق الأوسط والخليج في الوزارة"
    ]


def test_a_meeting_with_its_pronoun_after_a_seated_hamza_is_found() -> None:
    # خلال لقائها، عقب لقائه: لقاء with a pronoun is mostly written with ئ; the meeting is found and
    # is the speaker's
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed("وشددت الوزيرة خلال لقائها اليوم بممثلي المزارعين على دعم الموسم.") == [
        ("statement", "الوزيرة"),
        ("meeting", "الوزيرة"),
    ]


def test_a_long_subject_before_lada_keeps_the_statement_at_the_meeting_s_time() -> None:
    # أكد وزير ... فلان الفلاني لدى لقائه اليوم: what is said at a dated meeting takes its date,
    # however many words the speaker's name and title take between the verb and لدى
    def dated(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.date) for e in events_of(text)]

    assert dated("وأكد وزير النقل والتجهيز سامي العلوي لدى لقائه أمس بممثلي السائقين أن الطريق ستفتح.") == [
        ("statement", "2024-03-16"),
        ("meeting", "2024-03-16"),
    ]


def test_fi_with_a_demonstrative_after_a_name_is_no_body_of_the_title() -> None:
    # قال العقيد فلان في هذا الإطار، شدد الوزير في هذه المسألة: في + a demonstrative tells where in
    # the talk one spoke, not the body one's title is held in
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وأكد الوزير الطاهري في هذه المسألة أن التحقيق متواصل.") == ["الوزير الطاهري"]
    assert actors("وقال المدير في الوكالة الوطنية إن التحقيق متواصل.") == ["المدير في الوكالة الوطنية"]


def test_a_word_after_a_noun_used_as_a_preposition_is_a_noun() -> None:
    # على خلفية ضبطه، بتهمة نشر، في إطار منع: خلفية، تهمة، إطار head a genitive as a preposition
    # does, so the word after them is the act's noun, not a verb with a subject after it
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed("وأوقفت الشرطة شابا بتهمة نشر أخبار كاذبة على الشبكة.") == [("measure", "الشرطة")]
    assert typed("وأكد مصدر أنه تم إيقاف حارسين على خلفية ضبطهما يتاجران بالمخدرات.") == [
        ("statement", "مصدر"),
        ("measure", None),
    ]


def test_a_mission_of_a_body_is_who_a_relative_clause_tells_of() -> None:
    # توصيات بعثة المنظمة التي زارت: the relative clause's visit is the mission's, the body's
    # genitive after بعثة or وفد naming whose mission it is
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text) if e.type == "visit"]

    assert actors("ورحبت النقابة بتوصيات بعثة المنظمة التي زارت المصانع في مارس.") == ["بعثة المنظمة"]


def test_the_place_or_the_kind_after_a_visit_s_noun_is_no_visitor() -> None:
    # زيارة منطقة صناعية: the genitive of a visit's noun is whom the visit is by, unless it is a
    # town's, a region's or a building's word (what is visited) or the kind of visit (زيارات معاينة)
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text) if e.type == "visit"]

    assert actors("وتضمن البرنامج زيارة منطقة صناعية بالجهة يوم الخميس.") == [None]
    assert actors("وجاء القرار بعد زيارات معاينة أجرتها الهيئة يوم الخميس.") == [None]
    assert actors("وتضمن البرنامج زيارة الوزير إلى الجهة يوم الخميس.") == ["الوزير"]


def test_a_date_between_a_starting_verb_and_the_act_s_noun_keeps_the_genitive_the_doer() -> None:
    # بدأت أمس زيارة الرئيس: the act's noun is the subject of بدأت، تتواصل، انطلقت, and its genitive
    # is who does it, a date between the verb and the noun or not
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وبدأت يوم الخميس زيارة الرئيس الفرنسي إلى العاصمة.") == ["الرئيس الفرنسي"]


def test_a_coordinated_light_verb_has_no_topic_of_its_own() -> None:
    # وقع الرئيس اتفاقا، والوزير، وأجرى زيارة: a light verb with و shares the subject before it, as a
    # coordinated verb does; the list's last item before it is no topic
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وكان الرئيس قد وقع اتفاقا ينص على فتح الحدود، وتبادل السفراء، وأجرى زيارة إلى الجارة في مارس.") == [
        "الرئيس",
        "الرئيس",
    ]


def test_what_is_said_unquoted_after_a_report_verb_is_no_subject() -> None:
    # وقالت يوجد، وأضاف هناك، وتابع يجب: a clause of what is said opens right after the verb, with
    # no quotation marks; its first words are not who said it (the speaker is the one before)
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وأضافت توجد اليوم أكثر من ألف عائلة بلا مأوى.") == [None]
    assert actors("وأضاف هناك حاجة ملحة إلى المساعدات.") == [None]
    assert actors("وأضاف الوزير هناك حاجة ملحة إلى المساعدات.") == ["الوزير"]


def test_a_definite_object_after_a_full_name_ends_the_name() -> None:
    # طالب الرئيس فلان الفلاني الحكومة، دعا الزعيم فلان الفلاني المحتجين: a first name and a surname
    # with the article after a title, then a definite word no surname is spelt as (a plural in ين, a
    # noun in ة, a body's head): the name ends, what follows is the object
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("ودعا الزعيم النقابي سالم الحداد المضربين إلى التهدئة.") == ["الزعيم النقابي سالم الحداد"]
    assert actors("وطالب النائب المستقل منير الدريدي الحكومة بالاستقالة.") == ["النائب المستقل منير الدريدي"]
    assert actors("وقرر المدير إحالة الموظفة المعنية على مجلس التأديب.") == ["المدير"]


def test_a_man_of_a_calling_is_a_title_before_a_name_in_commas() -> None:
    # رجل الدين ...، فلان الفلاني،: رجل with its genitive (الدين، الأعمال) is a title, and the name set
    # off by commas after it is the speaker's
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وحذر رجل الدين السني الليبي، عادل القباني، أمس من الفتنة.") == [
        "رجل الدين السني الليبي، عادل القباني"
    ]


def test_an_announced_act_keeps_its_own_date_after_it() -> None:
    # أعلنت الجماعة، الأحد، مسؤوليتها عن تفجير ...، السبت: a date set off by commas after an act one
    # announces dates that act (as it would a verb), not the announcement before it
    def dated(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.date) for e in events_of(text)]

    text = "وأعلنت جماعة، الأحد، مسؤوليتها عن تفجير سيارة مفخخة في سوق المدينة الشمالية، السبت، وخلف التفجير 12 قتيلا."
    assert dated(text) == [("attack", "2024-03-16")]


def test_two_attacks_of_a_day_are_not_one_because_of_their_dead() -> None:
    # a roundup: raids on a town on Saturday and their dead, other news, then a bombing on Saturday
    # with its dead: the two share only the deaths' word, sentences apart, and stay two attacks
    text = (
        "أما الدفاع المدني، فقد أشار إلى مقتل 5 مدنيين إثر الغارات الجوية المكثفة على بلدة الوادي، السبت. "
        "وقال سكان إن الطائرات حلقت طويلا فوق البلدة. وفي العاصمة، أعلنت الحكومة خطة جديدة للنقل العمومي. "
        "وتشمل الخطة اقتناء حافلات جديدة. وأكد وزير النقل أن الخطة ستنفذ على مراحل. "
        "وأعلنت جماعة، الأحد، مسؤوليتها عن تفجير سيارة مفخخة في سوق المدينة الشمالية، السبت، وتسبب في مقتل 12 متسوقا."
    )
    attacks = [(e.sentence, e.actor, e.date) for e in events_of(text) if e.type == "attack"]
    assert attacks == [(0, None, "2024-03-16"), (5, "جماعة", "2024-03-16")]


def test_a_charge_brought_is_an_accusation_or_a_court_s_measure() -> None:
    # وجهت النيابة تهمة ...، ووجهت إليه تهمة: bringing a charge (وجه + تهمة) is an accusation, a
    # court's or a prosecutor's a measure as their other accusations are; a charge named after an
    # arrest (اعتقل بتهمة) is no act of its own
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed("ووجهت المحكمة الابتدائية يوم الاثنين تهمة التزوير إلى الموظف.") == [("measure", "المحكمة الابتدائية")]
    assert typed("ووجه النائب تهمة الخيانة إلى الوزير في الجلسة.") == [("accusation", "النائب")]
    assert typed("وأوقفت الشرطة شابا بتهمة التزوير.") == [("measure", "الشرطة")]


def test_the_object_a_verb_needs_ends_its_subject_s_name() -> None:
    # أطلقت الشرطة سراح الموقوفين: سراح is the object أطلق needs; a subject's name stops before it
    # after a definite word (لجنة التحقيق names a body by the word it would need)
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وأطلقت قوات الحرس سراح الموقوفين يوم السبت.") == ["قوات الحرس"]
    assert actors("وقد فتحت هيئة التحقيق المستقلة تحقيقا في الصفقة.") == ["هيئة التحقيق المستقلة"]


def test_a_telegram_after_the_sender_is_what_was_sent() -> None:
    # بعث الرئيس برقية تهنئة: برقية is a message as رسالة is, what was sent after who sent it, no
    # second word of the sender's name
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وأرسل الملك برقية تعزية إلى أسر الضحايا يوم الجمعة.") == ["الملك"]


def test_a_light_verb_s_noun_after_a_decision_is_what_is_decided() -> None:
    # قرر الرئيس عقد اجتماع، وتقرر عقد جلسة: the noun of a light verb (عقد، إجراء، شن) after a verb of
    # deciding is what is decided, no word of who decided it
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text) if e.type == "measure"]

    assert actors("وقرر المحافظ عقد جلسة عمل مع ممثلي التجار.") == ["المحافظ"]
    assert actors("وتقرر عقد جلسة عمل مع ممثلي التجار.") == [None]


def test_wasat_before_a_place_is_where_no_one_who() -> None:
    # اندلعت وسط المدينة مواجهات: وسط (in the middle of) before a place says where, as قرب or داخل
    # would; the place is no actor
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("واندلعت أمس وسط العاصمة مواجهات عنيفة بين محتجين وقوات الأمن.") == [None]


def test_a_verbal_noun_in_the_accusative_says_why_not_who() -> None:
    # أطلقت النار اعتقادا منها، وأكد تعقيبا على: a verbal noun of a derived shape in the accusative
    # (افتعال، انفعال، استفعال، تفعيل، تفاعل) is why or how it was done, never its doer; a name
    # ending in ا of إفعال's letters (أوباما) is still one
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وأطلقت عليه النار اعتقادا منها أنه مسلح.") == [None]
    assert actors("ونفى أوباما تلك الاتهامات أمس.") == ["أوباما"]


def test_a_building_after_an_attack_s_verb_is_what_was_attacked() -> None:
    # عصابة ملثمة، هاجمت البيوت: a house, a building or their plural right after an attack's verb
    # is its object; the attackers are told before it
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وتلاحق الوحدات عصابة ملثمة، هاجمت منشآت نفطية ليلة الأحد.") == [None]
    assert actors("واقتحم مسلحون ملثمون المبنى ليلة الأحد.") == ["مسلحون ملثمون"]


def test_a_veto_cast_is_a_measure() -> None:
    # استخدمت الدولة حق النقض (الفيتو): a veto cast on a draft is a measure of the state that cast it;
    # a threat to cast one is a warning, and using anything else is no act
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed("واستخدمت الصين حق النقض ضد مشروع القرار الأوروبي يوم الخميس.") == [("measure", "الصين")]
    assert typed("ولوحت الصين باستخدام الفيتو ضد مشروع القرار.") == [("warning", "الصين")]
    assert typed("واستخدمت الشرطة الهراوات لتفريق المحتجين.") == []


def test_a_crime_or_an_incident_tells_nothing() -> None:
    # ذكّرت الجريمة بجرائم أخرى، كشفت الحادثة عن ثغرات: a crime, an incident or a disaster as the
    # subject of a verb of telling reminds or reveals; it is no speaker and no statement
    assert kinds("وذكرت تلك الجريمة الناس بمآس قديمة.") == []
    assert kinds("وكشفت الكارثة حجم الإهمال في البلدية.") == []


def test_a_name_in_alif_after_a_title_in_ta_is_a_name() -> None:
    # المستشارة فلانة ...ا الفلانية إن: a first name in ا (a woman's, often) after a title or its
    # adjective in ة, its surname and then what was said: a name, not an accusative object; a
    # country in ا there is none, and an accusative before another word still is the object
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وقالت وزيرة الخارجية السويدية ماريا مالمر إن الاتفاق قريب.") == [
        "وزيرة الخارجية السويدية ماريا مالمر"
    ]
    assert actors("واستقبلت الوزيرة وفدا يضم خبراء من البنك.") == ["الوزيرة"]


def test_a_complaint_voiced_is_a_statement() -> None:
    # اشتكى الوزير من أن ...، شكا المتحدث من: complaining of something, in the past, is a stated
    # position; the present يشكو من tells what one suffers from, no one's words
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed("واشتكى الوزير يوم الثلاثاء من أن الشركاء لا يفون بوعودهم.") == [("statement", "الوزير")]
    assert typed("ويشكو القسم من نقص الممرضين.") == []


def test_a_medium_told_before_the_speaker_is_no_part_of_him() -> None:
    # وفق ما أكده للإذاعة مصدر أمني: لل + a medium or an audience right after the verb is whom it was
    # told; the source or the title after it is who told it
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text) if e.type == "statement"]

    assert actors("وقد أوقف المشتبه به صباحا، حسب ما أكده للإذاعة مصدر قضائي.") == ["مصدر قضائي"]
    assert actors("وقال للصحفيين الناطق باسم الحرس إن البحث جار.") == ["الناطق باسم الحرس"]


def test_dissolving_a_body_is_who_dissolves_it_and_ranking_is_none() -> None:
    # أعلن الرئيس حل البرلمان: dissolving announced is that act, the body dissolved its object; حل
    # في المرتبة (came in at a rank) dissolves nothing
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed("وأعلن الملك حل المجلس النيابي يوم الأحد.") == [("measure", "الملك")]
    assert typed("وحل الحزب في المرتبة الثالثة في الانتخابات.") == []


def test_cautioning_of_a_danger_is_a_warning() -> None:
    # نبّه الحزب من خطورة الوضع، نبهت الوزارة إلى: cautioning is a warning; the present تنبه is
    # as often "took notice" (تنبّه) and is left out
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed("ونبهت النقابة من مخاطر الاكتظاظ في المعاهد.") == [("warning", "النقابة")]
    assert typed("ولم يتنبه الحارس إلى الخلل.") == []


def test_a_name_in_alif_before_the_place_she_visits_is_a_name() -> None:
    # أن تزور الوزيرة فلانة الفلانية تونس: a woman's name in ا after her title, then where she goes
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text) if e.type == "visit"]

    assert actors("ومن المنتظر أن تزور وزيرة الخارجية السويدية ماريا مالمر الجزائر في مارس.") == [
        "وزيرة الخارجية السويدية ماريا مالمر"
    ]


def test_a_name_after_a_title_then_who_he_is_or_his_occasion_is_the_speaker_s() -> None:
    # أكد الوزير فلان الفلاني الذي زار، اعتبر الوزير فلان الفلاني خلال مشاركته: a first name and a
    # surname with the article after a speaker's title, then a relative pronoun or an occasion of
    # his own: his name, though no "that" follows within a few words
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text) if e.type == "statement"]

    assert actors(
        "وأكد وزير التجهيز سمير الرياحي الذي زار الجسر المنهار صباح اليوم رفقة عدد من المهندسين أن العمل ستنتهي قريبا."
    ) == ["وزير التجهيز سمير الرياحي"]
    assert actors(
        "واعتبر وزير الفلاحة الأسبق كمال الورتاني خلال مشاركته في ندوة بالعاصمة يوم الخميس أن الموسم صعب."
    ) == ["وزير الفلاحة الأسبق كمال الورتاني"]


def test_a_second_title_told_alone_later_is_the_same_speaker() -> None:
    # الوزير الأسبق والخبير الجبائي فلان ... وأضاف الخبير الجبائي: his second title alone, later,
    # is the same speaker going on, no new statement
    found = events_of(
        "وقال وزير الصناعة السابق والخبير الجبائي كمال الورتاني إن الموازنة مختلة. وأضاف الخبير الجبائي أن العجز كبير."
    )
    assert [(e.type, e.actor) for e in found] == [("statement", "وزير الصناعة السابق والخبير الجبائي كمال الورتاني")]


def test_a_first_name_of_two_words_after_a_title_is_read_whole() -> None:
    # نور الدين، محمد الصادق: a first name whose second word has the article, then the surname;
    # محمد and one word with the article is a first name and a surname, محمد السادس a king
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وقال وزير الصحة نور الدين الصالحي إن اللقاحات متوفرة.") == ["وزير الصحة نور الدين الصالحي"]
    assert actors("وأكد الخبير محمد الصادق الحمدي في برنامج إذاعي أن الأسعار مرتفعة.") == ["الخبير محمد الصادق الحمدي"]
    assert actors("وطالب الوزير محمد الحامي الأطراف بالحوار.") == ["الوزير محمد الحامي"]
    assert actors("واستقبل الملك محمد السادس الوفد.") == ["الملك محمد السادس"]


def test_what_only_follows_a_name_ends_it_after_a_title() -> None:
    # فلان الفلاني من جهته، بنظيره، صباح اليوم، على هامش: after a first name and a surname with the
    # article, these say the two words were the titled person's name
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("واجتمع وزير الخارجية خالد الحمروني بنظيره المالطي في العاصمة.") == ["وزير الخارجية خالد الحمروني"]
    assert actors("وقالت وزيرة المرأة سامية الفالحي من جهتها إن الحوار ضروري.") == ["وزيرة المرأة سامية الفالحي"]
    assert actors("والتقى رئيس الحكومة حسان الجبالي صباح اليوم بممثلي النقابات.") == ["رئيس الحكومة حسان الجبالي"]
    assert actors("وقال رئيس الحزب سليم الكعبي على هامش الندوة إن الوضع صعب.") == ["رئيس الحزب سليم الكعبي"]


def test_a_quantifier_alone_is_no_actor() -> None:
    # ووصف كافة التهم بأنها ملفقة: كافة heads the object (the charges, a trigger noun that ends the
    # phrase); alone it names no one, as a number alone does not
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("ونفى الوزير ما نشر. ووصف كافة الاتهامات الواردة في المقال بأنها ملفقة.") == ["الوزير"]
    assert actors("ودعت كافة النقابات إلى الإضراب.") == ["كافة النقابات"]


def test_a_second_date_of_birth_dates_no_event() -> None:
    # من مواليد عام 1990 وعام 1992: the second year is a date of birth too, as the first is
    def dates(text: str) -> list[str | None]:
        return [e.date for e in events_of(text)]

    assert dates("وأوقفت دورية الحرس مهربين اثنين من مواليد عام 1990 وعام 1992.") == [None]
    assert dates("وأوقفت الشرطة شابين من مواليد 1999 و 2001.") == [None]


def test_a_verb_and_its_preposition_govern_an_act_carried_by_a_light_noun() -> None:
    # تمكنت الفرقة من إلقاء القبض: تمكن ... من governs the act's noun after إلقاء (a noun that only
    # carries the act), as it governs إيقاف right after من; the arrest is the unit's
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed("وتمكن حراس الميناء التجاري بالأمس من إلقاء القبض فجرا على مهربين.") == [
        ("measure", "حراس الميناء التجاري")
    ]
    assert typed("وتمكنت دورية الجمارك، ليلة الأحد، بمفردها من إلقاء القبض تباعا على ثلاثة لصوص.") == [
        ("measure", "دورية الجمارك")
    ]


def test_a_unit_s_name_goes_on_with_whose_unit_it_is() -> None:
    # الوحدات التابعة لمركز الحدود: "belonging to" and the body after it name the unit; alone,
    # الوحدات says nothing of who made the arrest
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وأوقفت الوحدات التابعة لمركز الحدود البرية ثلاثة مهربين.") == ["الوحدات التابعة لمركز الحدود البرية"]


def test_a_delegation_with_the_article_is_who_its_relative_clause_tells_of() -> None:
    # الوفد الذي زار: a delegation heads the phrase before the relative pronoun with its article too
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed("وأكد الوفد الذي زار المخيمات أمس أن الوضع صعب.") == [("statement", "الوفد"), ("visit", "الوفد")]


def test_a_name_after_a_title_and_its_comma_needs_no_second_comma() -> None:
    # الأمين العام للنقابة، فلان الفلاني القرارات / في تعليقه: the name in apposition ends before
    # the object or an occasion of his own, though no comma closes it; a noun the lexicon knows
    # after the comma (رسالة) is no part of a name
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("انتقد الأمين العام للنقابة، رضا الكوكي القرارات الأخيرة للوزارة.") == [
        "الأمين العام للنقابة، رضا الكوكي"
    ]
    assert actors("وقال رئيس الجمعية، منير الفقيه في تعليقه على الحادثة إن الأمر مؤسف.") == [
        "رئيس الجمعية، منير الفقيه"
    ]
    assert actors("ووجه الرئيس، كمال الورغي رسالة شديدة اللهجة إلى البرلمان.") == ["الرئيس"]


def test_a_counted_group_is_a_light_verb_s_subject() -> None:
    # نفذت مجموعة من المسلحين هجوما: من after a count, with the people counted, is inside the light
    # verb's subject; after a count of the acts themselves (جملة من القرارات) it is not
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed("ونفذت مجموعة من المسلحين الملثمين هجوما على ثكنة حدودية.") == [("attack", "مجموعة من المسلحين")]


def test_yujri_conducts_with_a_subject_and_is_under_way_without_one() -> None:
    # تجري النيابة تحقيقا: "conducts", its subject between; ويجري الآن التحقيق: the inquiry "is
    # under way", done by no one named, not by the subject of the verb before it
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed("تجري النيابة تحقيقا في ملابسات الحريق.") == [("measure", "النيابة")]
    assert typed("واقتحم ملثمون مقر البلدية فجرا ويجري الآن التحقيق في الحادثة.") == [
        ("attack", "ملثمون"),
        ("measure", None),
    ]


def test_a_described_title_takes_the_country_it_serves_and_stops_there() -> None:
    # المبعوث الخاص لإيطاليا، المرشد الأعلى لإيران: ل + a country after a title's adjective is whom
    # the title serves; a definite word after the country's name is the verb's object
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("ودعا المبعوث الخاص لإيطاليا، ماركو فيرو، إلى الحوار.") == ["المبعوث الخاص لإيطاليا، ماركو فيرو"]
    assert actors("ودعا المرشد الأعلى لإيران الحجاج إلى الهدوء.") == ["المرشد الأعلى لإيران"]


def test_a_man_of_a_calling_is_named_after_it() -> None:
    # رجل الدين الشيعي فلان الفلاني: a man of a calling with its adjective, then his name, as after a title
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وطالب رجل الدين الشيعي حيدر الموسوي الحكومة بالاستقالة.") == ["رجل الدين الشيعي حيدر الموسوي"]


def test_a_medium_set_off_by_commas_after_a_title_is_no_name() -> None:
    # وقال متحدث باسم الوزارة، لشبكة إخبارية، إن: whom it was said to, in the commas where a name
    # would stand
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وقال متحدث باسم الوزارة، لشبكة إخبارية أمريكية، إن الاجتماع تأجل.") == ["متحدث باسم الوزارة"]


def test_leaving_a_hospital_or_turning_to_an_audience_is_no_visit() -> None:
    # وغادرا بعد العلاج، توجه إلى الحضور بعبارات، توجه إلى مركز الشرطة لتقديم شكاية: leaving after
    # treatment, addressing those present and going to file a complaint are no travel of the news
    def typed(text: str) -> list[str]:
        return [e.type for e in events_of(text)]

    assert typed("وتلقى الجريحان الإسعافات في المصحة وغادرا بعد ساعات.") == []
    assert typed("وتوجه شقيق الفقيد إلى الحاضرين بكلمات مؤثرة.") == []
    assert typed("ثم توجه التاجر إلى مركز الحرس لتقديم شكاية ضد مجهولين.") == []
    assert typed("وتوجه الوزير أمس إلى الرباط في زيارة رسمية.") == ["visit"]


def test_a_visit_made_during_what_was_said_is_the_speaker_s() -> None:
    # صرح الوالي عقب زيارة أداها، أكدت الوزيرة عقب زيارة تؤديها: the light verb's subject pronoun
    # after the visit's noun is the speaker, its gender the verb's, as a possessive pronoun is
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed("وصرح الوالي عقب زيارة فجئية أداها لمدرسة الحي بأن الترميم سيبدأ.") == [
        ("statement", "الوالي"),
        ("visit", "الوالي"),
    ]
    assert typed("وأكدت الوزيرة عقب زيارة تفقدية تؤديها لمستشفى المدينة أن القسم سيفتح.") == [
        ("statement", "الوزيرة"),
        ("visit", "الوزيرة"),
    ]


def test_a_name_after_a_title_ends_before_what_was_announced_or_where_they_met() -> None:
    # أعلن فلان الفلاني عن إطلاق، التقى فلان الفلاني بقصر الحكومة / بالأطراف، أعلن فلان الفلاني
    # خلال نقطة إعلامية: what was said, where they met or with whom, or when, right after the name
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وأعلن الرئيس السابق منصف الفلاني عن إطلاق حزب جديد.") == ["الرئيس السابق منصف الفلاني"]
    assert actors("والتقى رئيس الحكومة كمال الوسلاتي بقصر الحكومة ممثلي النقابات.") == ["رئيس الحكومة كمال الوسلاتي"]
    assert actors("واجتمع رئيس الحكومة كمال الوسلاتي بالأطراف الموقعة على الوثيقة.") == ["رئيس الحكومة كمال الوسلاتي"]


def test_a_count_of_the_acts_is_the_light_verb_s_object() -> None:
    # قام الوالي بإصدار مجموعة من القرارات: the count of the decisions is what the light verb governs,
    # not its subject; a count alone is no actor
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed("وقام الوالي صباحا بإصدار مجموعة من القرارات الاستعجالية.") == [("measure", "الوالي")]
    assert typed("واتخذ أيضا مئات من القرارات الوقائية لحماية المزارعين.") == [("measure", None)]


def test_carrying_out_a_death_sentence_is_a_measure() -> None:
    # نفذت السلطات حكم الإعدام، تم تنفيذ حكم الإعدام: the sentence carried out (an execution), not
    # the sentence alone, which the court's entry reads with its words after it
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed("ونفذت سلطات البلد فجر الخميس حكم الإعدام بثلاثة مدانين.") == [("measure", "سلطات البلد")]
    assert typed("وتم صباح الأحد تنفيذ حكم الإعدام بالمدان الثاني.") == [("measure", None)]
    assert typed("وطالبت المنظمة بتجميد أحكام الإعدام.") == [("statement", "المنظمة")]


def test_an_act_read_as_its_verb_after_a_negated_impersonal_verb_is_none() -> None:
    # لم يتم منع: the act after تم may read as its passive verb (مُنع) with no light verb before it;
    # the negation before تم still denies it
    def typed(text: str) -> list[str]:
        return [e.type for e in events_of(text)]

    assert typed("ولم يتم منع الصحفيين من حضور الجلسة.") == []
    assert typed("وتم منع الصحفيين من حضور الجلسة.") == ["measure"]


def test_al_qadi_with_b_after_a_decision_rules_and_is_no_judge() -> None:
    # قرار اللجنة القاضي بغلق المحل: القاضي + ب is "which rules", the decision's content; no judge
    # is part of the committee's name
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وصدر قرار اللجنة الجهوية القاضي بغلق المحل يوم الاثنين.") == ["اللجنة الجهوية"]


def test_a_noun_joined_by_waw_is_no_genitive_doer() -> None:
    # اتهامات وأكاذيب: a second noun joined to the act's noun, not who made the accusations;
    # وزراء after a meeting's noun is a word of its own (title_plurals), its genitive
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed("وقال المدير إن ما نشر محض اتهامات وأكاذيب لا أساس لها.") == [("denial", "المدير")]
    assert typed("وانعقد اجتماع وزراء الداخلية العرب صباح الأحد.") == [("meeting", "وزراء الداخلية")]


def test_a_name_after_a_title_ends_before_what_was_warned_of() -> None:
    # حذر فلان الفلاني من انهيار: من + a verbal noun after the name is what was warned of, as عن، إلى
    # and على with theirs are what was said
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وحذر رئيس الهيئة سامي الكعبي من انهيار المنظومة.") == ["رئيس الهيئة سامي الكعبي"]


def test_a_building_after_an_attacker_s_adjective_is_what_was_attacked() -> None:
    # داهمت عناصر ملثمة المقر: after an indefinite adjective the building is the attack's object;
    # after a noun that takes it as its genitive (الناطق باسم البيت) it is part of the name
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text) if e.type == "attack"]

    assert actors("وفي الأثناء اقتحمت عناصر ملثمة المقر وسط إطلاق نار كثيف.") == ["عناصر ملثمة"]


def test_dialling_a_number_is_no_request() -> None:
    # وطلبت رقم النجدة: طلب + a phone number is dialling it, no request of anyone
    def typed(text: str) -> list[str]:
        return [e.type for e in events_of(text)]

    assert typed("وهربت الفتاة من البيت وطلبت رقم الحماية المدنية.") == []
    assert typed("وطلبت النقابة من الوزارة فتح تحقيق.")[0] == "statement"


def test_two_accusatives_are_no_actor() -> None:
    # وأعلن في الخامس من الشهر إضرابا شاملا: a verbal noun and its adjective in the accusative are
    # the object, not who announced it (told before, or not at all)
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وأعلن في الخامس من الشهر إضرابا شاملا في المدارس.") == [None]
    assert actors("واتهمت في بيانها الأخير تراجعا قياسيا في الخدمات.") == [None]


def test_a_count_of_acts_after_the_verb_is_its_object() -> None:
    # وقع أثناءها عشرات من الاتفاقيات: the count heads the acts signed, not who signed them
    found = events_of("وأدى رئيس الحكومة زيارة إلى الرباط، وقع أثناءها عشرات من الاتفاقيات.")
    assert [(e.type, e.actor) for e in found][-1] == ("agreement", None)


def test_an_act_pointed_back_to_is_the_act_told_before_whatever_date_its_sentence_holds() -> None:
    # ويتنزل هذا القرار في سياق ... الشهر الماضي، وتندرج هذه الزيارة ... اليوم: a demonstrative points back
    # to the decision or the visit already told; the date in its sentence is another thing's
    def typed(text: str) -> list[tuple[str, str | None, str | None]]:
        return [(e.type, e.actor, e.date) for e in events_of(text)]

    assert typed(
        "وأصدرت الوزارة يوم الاثنين قرارا بغلق المعبر. ويتنزل هذا القرار في سياق تسجيل حوادث متكررة خلال الشهر الماضي."
    ) == [("measure", "الوزارة", "2024-03-11")]
    assert typed(
        "وأدى الرئيس يوم الأحد زيارة إلى الجزائر. وتندرج هذه الزيارة حسب بلاغ للرئاسة اليوم في إطار دعم التعاون."
    ) == [("visit", "الرئيس", "2024-03-17")]


def test_hastening_to_an_act_governs_it() -> None:
    # بادر بإطلاق النار، بادرت بفتح تحقيق: بادر + ب governs the act's noun, as قام + ب does
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed("وبادر الحارسان بإطلاق النار على اللصوص.") == [("attack", "الحارسان")]
    assert typed("وبادرت النيابة بفتح تحقيق في الحريق.") == [("measure", "النيابة")]


def test_a_long_title_still_takes_its_holder_s_name_after_its_comma() -> None:
    # المدير العام المساعد للديوان الجهوي للمياه الجوفية، فلان الفلاني: a title of the most words a
    # phrase reads, then the comma and the name
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("أكد المدير العام المساعد للديوان الجهوي للمياه الجوفية، كمال الفالحي أن الموسم جيد.") == [
        "المدير العام المساعد للديوان الجهوي للمياه الجوفية، كمال الفالحي"
    ]


def test_a_name_after_a_title_s_comma_ends_before_what_was_denied() -> None:
    # نفت وزيرة المالية، فلانة الفلانية ما تم تداوله: ما (or a relative pronoun) opens the object
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("نفت وزيرة الصحة، سلمى الفالحي ما روجته صفحات عن غلق المستشفى.") == ["وزيرة الصحة، سلمى الفالحي"]


def test_a_quoted_name_described_after_a_report_verb_is_its_subject() -> None:
    # أكد "التيار الوطني" الذي انسحب من الحكومة أنه: the quoted name, then a relative clause on it,
    # then what it said
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors('وفي المقابل أكد "التيار الوطني" الذي انسحب من الحكومة أنه يساند الإصلاحات.') == ["التيار الوطني"]


def test_a_governor_between_a_light_verb_and_its_act_is_its_subject() -> None:
    # أدى والي الجهة زيارة، أصدر والي القيروان قرارا: والي (a governor) reads as و + إلى too, and
    # stopped the search for the light verb as a preposition would
    def typed(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert typed("وأدى والي القيروان زيارة تفقدية إلى المستشفى الجهوي.") == [("visit", "والي القيروان")]
    assert typed("وأصدر والي صفاقس قرارا بغلق السوق الأسبوعية.") == [("measure", "والي صفاقس")]


def test_a_name_set_off_by_commas_is_no_word_of_a_light_verb_s_reach() -> None:
    # يؤدي وزير ... لجمهورية النمسا، فلان الفلاني، زيارة: the title and its name in commas before
    # the act's noun; the name's words are not counted against the light verb's reach
    found = events_of(
        "يؤدي وزير الهجرة والاندماج الاجتماعي والسكن لجمهورية النمسا، فرانز هوبر، زيارة رسمية إلى الرباط."
    )
    assert [(e.type, e.actor) for e in found] == [
        ("visit", "وزير الهجرة والاندماج الاجتماعي والسكن لجمهورية النمسا، فرانز هوبر")
    ]


def test_a_unit_is_named_with_the_district_it_serves() -> None:
    # فرقة الشرطة العدلية قابس المدينة، أعوان منطقة الأمن بصفاقس الجنوبية: a town and its district
    # word after a unit's name are where it serves, part of the name; في حدود الساعة is when
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وتمكنت فرقة الشرطة العدلية قابس المدينة من إيقاف لص دراجات.") == ["فرقة الشرطة العدلية قابس المدينة"]
    assert actors("وتمكنت فرقة الحرس بقابس الجنوبية في حدود الثالثة فجرا من إيقاف مهرب.") == [
        "فرقة الحرس بقابس الجنوبية"
    ]


def test_succeeding_in_an_act_takes_a_long_subject_and_its_light_noun_is_no_place() -> None:
    # نجحت الفرقة ... بولاية X، أمس، في إلقاء القبض: نجح ... في takes a subject with its places and a
    # date, commas between, as تمكن ... من does; في + إلقاء after a title is the act, no place held
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors(
        "نجحت فرقة الحرس الجمركي بمعتمدية الزهراء من ولاية بن عروس، الأحد، في إلقاء القبض تباعا على مهربين."
    ) == ["فرقة الحرس الجمركي"]
    assert actors("ونجحت فرقة المداهمات في إلقاء القبض تباعا على مهربين.") == ["فرقة المداهمات"]


def test_a_unit_s_district_needs_its_b_or_an_area_word_or_a_squad() -> None:
    # أغلقت الوحدات الأمنية مداخل المدينة: the entrances closed, no town the unit serves; a town
    # after ب or an area's word, or after a squad's name, is one
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وأغلقت الوحدات الأمنية مداخل المدينة.") == ["الوحدات الأمنية"]
    assert actors("وتمكنت الوحدات الأمنية بقابس المدينة من إيقاف لص.") == ["الوحدات الأمنية بقابس المدينة"]


def test_a_lieutenant_or_a_lieutenant_colonel_is_a_title() -> None:
    # الملازم فلان الفلاني، ...، الناطق باسم الجيش، المقدم فلان الفلاني،: ranks of the police and the
    # army before a name, in apposition too
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وأكد الناطق باسم الجيش، المقدم ماهر الورغي، أن الدورية أوقفت السيارة.") == [
        "الناطق باسم الجيش، المقدم ماهر الورغي"
    ]


def test_an_act_announced_after_an_occasion_is_the_announcer_s_own() -> None:
    # أعلن الوزير أثناء جولة ...، عن قرار: the tour is when, the decision his own act (the occasion
    # ends at عن, its comma too); إعادة after قرار is no أعاده taking the decision back, so the
    # reopening is no doer; لدى + a possessed noun after a title is an occasion, no part of it
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert told(
        "أعلن الوزير أثناء جولة قام بها يوم الاثنين في أقسام المستشفى الجهوي بالمدينة، عن قرار إعادة تشغيل قسم الولادة."
    ) == [("measure", "الوزير")]
    assert told("أعلن الرئيس لدى استقباله السفير عن قرار رفع الحظر.") == [("measure", "الرئيس")]
    assert told("أعلنت الوزيرة خلال ندوة تحدثت فيها عن الأزمة أن الحكومة ستستقيل.")[0] == ("statement", "الوزيرة")


def test_the_year_that_names_a_law_or_a_treaty_dates_no_act() -> None:
    # قانون ... لعام 1990، لقانون عام 1990، معاهدة ... لسنة 1987: the text's year, not when the fines
    # were raised or the withdrawal made; a year after في still dates the signing
    def dated(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.date) for e in events_of(text)]

    assert dated("ورفعت الحكومة الغرامات على المقاهي المخالفة لقانون عام 1990.") == [("measure", None)]
    assert dated("وانسحبت الحكومة من معاهدة الحدود لعام 1987.") == [("measure", None)]
    assert dated("وقعت الدولتان معاهدة السلام في عام 1979.") == [("agreement", "1979")]


def test_an_extension_is_a_measure_dated_when_made_not_by_the_day_it_runs_to() -> None:
    # مدد/تمديد + حالة الطوارئ، المهلة، الاحتفاظ...: an extension is a measure; the day after إلى
    # غاية or حتى is the one it runs to, and in a sentence that extends or postpones it dates no act
    def told(text: str) -> list[tuple[str, str | None, str | None]]:
        return [(e.type, e.actor, e.date) for e in events_of(text)]

    assert told("ومدد المجلس الأعلى للأمن المهلة الممنوحة للشركات شهرين.") == [("measure", "المجلس الأعلى للأمن", None)]
    assert told("أعلنت الحكومة أمس تمديد حالة الطوارئ إلى غاية 15 أفريل.") == [("measure", "الحكومة", "2024-03-16")]


def test_a_person_in_the_accusative_after_a_verb_is_its_object() -> None:
    # وقتلت مسلحا، أوقفت شابا: a common noun of a person with the accusative's ا is the object of the
    # verb before it (no name: a name in ا, أوباما, is no such noun); after أن it is the subject
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text) if e.type != "statement"]

    assert actors("وفي الليلة نفسها، داهمت الوحدات منزلا في الحي وقتلت مسلحا كان يتحصن فيه.") == [None]
    assert actors("وذكر المصدر أن شخصا اقتحم المكتب ليلا.") == ["شخصا"]


def test_a_visit_or_meeting_owned_by_the_subject_of_a_verb_of_no_event() -> None:
    # لاحظت الوزيرة خلال زيارتها، نظرت الهيئة خلال اجتماعها: the verb that opens the sentence is no
    # event of the lexicon, but its subject, ending right before خلال, owns the visit or meeting
    # when the verb shows the pronoun's gender
    def owned(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert owned("لاحظت وزيرة الصحة سلمى القاسمي خلال زيارتها صباح الأحد للمستشفى الجهوي نقصا في الأدوية.") == [
        ("visit", "وزيرة الصحة سلمى القاسمي")
    ]
    assert owned("ونظرت الهيئة الوطنية للرقابة خلال اجتماعها أمس في ملفات عديدة.") == [
        ("meeting", "الهيئة الوطنية للرقابة")
    ]
    assert owned("ونظر الهيئة الوطنية للرقابة خلال اجتماعها أمس في ملفات عديدة.") == [("meeting", None)]


def test_a_meeting_owned_by_its_speaker_with_a_party_after_b_is_one_told_here() -> None:
    # عقب اجتماعها بالرئيس، خلال لقائه بنظيره: a meeting's noun with its owner's pronoun and a title or
    # a counterpart after ب is a meeting told here (not بمقر الوزارة: where); after a meeting told in
    # the sentence before by the same party it is that meeting again
    def told(text: str) -> list[tuple[int, str, str | None]]:
        return [(e.sentence, e.type, e.actor) for e in events_of(text)]

    assert told("وقالت رئيسة الوزراء الإيطالية عقب اجتماعها بالرئيس التونسي إن الوضع صعب.") == [
        (0, "statement", "رئيسة الوزراء الإيطالية"),
        (0, "meeting", "رئيسة الوزراء الإيطالية"),
    ]
    assert told("وقال الوزير خلال اجتماعه بمقر الوزارة إن العلاقات متينة.") == [(0, "statement", "الوزير")]
    assert told(
        "تحادث وزير الخارجية اليوم مع نظيره الفرنسي في باريس.\n\nوقال الوزير خلال لقائه بنظيره إن العلاقات متينة."
    ) == [(0, "meeting", "وزير الخارجية"), (1, "statement", "الوزير")]


def test_the_antecedent_of_an_act_s_relative_clause_may_follow_a_preposition() -> None:
    # مع الدول الإفريقية التي أعلنت قطع علاقاتها: the countries a preposition governs announced the
    # act; a report's verb there is told in passing and takes no such antecedent
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert told("وأبدت النرويج استعدادها للتوسط مع الدول الإفريقية التي أعلنت أمس قطع علاقاتها مع جارتها.") == [
        ("statement", "النرويج"),
        ("measure", "الدول الإفريقية"),
    ]
    assert told("وانتقد النقابي اتفاقا مع الوزير الذي دعا إلى الحوار.") == [("accusation", "النقابي")]


def test_a_matter_judged_is_no_subject_and_a_manner_of_speaking_no_surname() -> None:
    # ردت ... واعتبرت الأمر افتراءات: the matter is what the joined verb judges, its subject the one
    # before; بلهجة حادة after a name is how she answered, no part of her name
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert told("وردت الوزيرة على اتهامات النائب واعتبرت الأمر محض افتراءات لا أساس لها.") == [("denial", "الوزيرة")]
    assert told("وردّت الوزيرة نجلاء بلحسن بلهجةٍ حادة على تصريحات النائبة.") == [("statement", "الوزيرة نجلاء بلحسن")]


def test_kana_s_subject_before_a_verb_may_hold_a_preposition() -> None:
    # وكانت وزارة الداخلية في جمهورية التشيك أعلنت، وكان محامي هيئة الدفاع عن المعتقلين فلان أعلن:
    # what fills the space between كان and the verb is the verb's subject, a preposition inside it too
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وكانت وزارة الداخلية في جمهورية التشيك أعلنت تفكيك شبكة تهريب.") == [
        "وزارة الداخلية في جمهورية التشيك"
    ]
    assert actors("وكان محامي هيئة الدفاع عن المعتقلين سامي الحداد أعلن أمس أن الجلسة تأجلت.") == [
        "محامي هيئة الدفاع عن المعتقلين سامي الحداد"
    ]


def test_bayyana_explained_is_a_report_where_it_cannot_be_between() -> None:
    # وبين الوزير أن، بينت الوزارة أن: explained; the bare form is the preposition بين too, so it is
    # read as the verb only where a clause opens and with no "X و Y" after it, never with a pronoun
    # (بينها: among them); investigations that showed something are no speaker
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert told("ومن جهته، بين رئيس الجمعية أن التقرير منقوص.") == [("statement", "رئيس الجمعية")]
    assert told("وبينت المؤسسة في نشرتها أن رحلاتها ستتواصل.") == [("statement", "المؤسسة")]
    assert told("وأشارت إلى أن المشاريع المبرمجة، بين الأردن والبنك الدولي تتجاوز المليار.") == [("statement", None)]
    assert told("وقالت وسائل إعلام، بينها صحيفة محلية، إن الحكومة متماسكة.") == [("statement", "وسائل إعلام")]
    assert told("وبينت التحريات أن المتهم فر إلى الجزائر.") == []


def test_a_speech_s_noun_opening_the_sentence_sets_the_main_verb() -> None:
    # وفي بيان غاضب انتقد الحزب، وفي بيان قالت الوزارة: the preposition and the speech's noun open the
    # sentence and set the verb after them, which has its own subject; a verb with the noun's
    # pronoun (في بيان نشرته الوزارة) still describes the noun
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert told("وفي بيان غاضب انتقد الحزب قرار الحكومة.") == [("accusation", "الحزب")]
    assert told("وفي بيان قالت الوزارة إن الوضع مستقر.") == [("statement", "الوزارة")]


def test_a_plural_of_people_after_a_speaker_s_name_is_whom_he_told() -> None:
    # قال الرئيس فلان الفلاني لموظفي الوزارة ...، إن: ل + a plural of people in construct after a
    # person's name is whom he spoke to, even with a place and a date before what he said; after a
    # body's word (الاتحاد العام لموظفي البنوك) it is the body's own name
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("قال الرئيس الفنلندي ماتي كورهونن لموظفي وزارة الدفاع في هلسنكي مساء أمس إن بلاده لن تتراجع.") == [
        "الرئيس الفنلندي ماتي كورهونن"
    ]
    assert actors("قال الاتحاد العام لموظفي البنوك إن الإضراب قائم.") == ["الاتحاد العام لموظفي البنوك"]


def test_a_visit_with_where_it_went_during_a_speech_is_the_speaker_s() -> None:
    # وأكد الوزير أثناء زيارة إلى مخيم اللاجئين: an indefinite visit with إلى after أثناء is a visit told
    # here (as في زيارة إلى was), and the one who speaks made it
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert told("وأكد الوزير أثناء زيارة إلى مخيم اللاجئين في الشمال أن الوضع صعب.") == [
        ("statement", "الوزير"),
        ("visit", "الوزير"),
    ]


def test_kama_joins_a_verb_to_the_subject_before() -> None:
    # أغلقت الشرطة المدخل كما اعتقلت: كما joins the second verb to the first one's subject, as و
    # does (a verb inside quotes before it, a slogan, is none)
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert told("أغلقت الشرطة مدخل الملعب كما اعتقلت شابا كان يحمل سكينا.") == [
        ("measure", "الشرطة"),
        ("measure", "الشرطة"),
    ]
    assert told('وقاد الحزب حملة تحت شعار "صوّت للتغيير"، كما طلب من أنصاره التصويت بكثافة.')[-1] == ("statement", None)


def test_a_generic_title_going_on_is_the_speaker_just_named() -> None:
    # قال قائد الشرطة فلان ... وأضاف المسؤول: a verb that goes on, with a generic title alone (and an
    # adjective) as its subject, continues the one who just spoke; not when its gender is another's
    def told(text: str) -> list[tuple[int, str, str | None]]:
        return [(e.sentence, e.type, e.actor) for e in events_of(text)]

    assert told("وقال قائد الشرطة في المدينة سامي الحداد إن الحادث وقع صباحا.\n\nوأضاف المسؤول أن التحقيق متواصل.") == [
        (0, "statement", "قائد الشرطة في المدينة سامي الحداد")
    ]
    assert told("وقالت وزيرة الصحة إن الوباء تراجع.\n\nوأضاف المسؤول أن التحقيق متواصل.") == [
        (0, "statement", "وزيرة الصحة"),
        (1, "statement", "المسؤول"),
    ]


def test_taking_the_oath_of_office_is_a_measure() -> None:
    # أدى اليمين، أداء القسم: sworn in, an appointment made; أدى with a visit or أدى إلى stays what it was
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert told("وأدت الحكومة الجديدة اليمين الدستورية أمس.") == [("measure", "الحكومة الجديدة")]
    assert told("وقد أدى ذلك إلى أزمة.") == []
    assert told("وأدى الرئيس زيارة إلى الجزائر.") == [("visit", "الرئيس")]


def test_the_oath_sworn_is_no_subject_and_an_embassy_opened_is_a_measure() -> None:
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    # the oath is what is sworn: with the subject left out, no actor, not "the oath"
    assert told("وأدى القسم وزيرا للدفاع صباح الخميس.") == [("measure", None)]
    # an embassy with its owner's pronoun, opened again or for the first time
    assert told("وأعادت كندا فتح سفارتها في طهران.") == [("measure", "كندا")]
    assert told("وافتتحت البرازيل قنصليتها في مدينة دبي.") == [("measure", "البرازيل")]
    assert told("وافتتح المحافظ المعرض السنوي للزهور.") == []


def test_an_exchange_of_prisoners_is_a_measure_but_not_of_fire_or_words() -> None:
    def told(text: str) -> list[tuple[str, str | None, str | None]]:
        return [(e.type, e.actor, e.date) for e in events_of(text)]

    assert told("وتبادل الجانبان السجناء يوم الخميس.") == [("measure", "الجانبان", "2024-03-14")]
    assert told("وجرى تبادل الرهائن عند المعبر يوم السبت.") == [("measure", None, "2024-03-16")]
    assert "measure" not in [kind for kind, _, _ in told("وتبادل الجانبان إطلاق النار قرب الحدود.")]
    assert told("وتبادل الوفدان الهدايا في ختام اللقاء.") == []


def test_blocking_sites_downgrading_ties_and_recognising_a_state_are_measures() -> None:
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert told("وحجبت الهيئة عشرات المواقع الإخبارية.") == [("measure", "الهيئة")]
    assert told("وحجب المجلس الثقة عن الوزيرة.") == [("measure", "المجلس")]
    assert told("وحجبت الغيوم أشعة الشمس.") == []
    assert told("وقلصت النمسا تمثيلها الدبلوماسي في العاصمة.") == [("measure", "النمسا")]
    assert told("وخفض المصنع إنتاجه هذا العام.") == []
    assert told("واعترفت النرويج رسميا بدولة جديدة.") == [("measure", "النرويج")]
    assert told("واعترف اللاعب بأنه أخطأ.") == [("statement", "اللاعب")]


def test_an_acquittal_is_a_ruling_and_no_one_acquitted_is_its_actor() -> None:
    def told(text: str) -> list[tuple[str, str | None, str | None]]:
        return [(e.type, e.actor, e.date) for e in events_of(text)]

    assert told("وبرأت الدائرة الجنائية يوم الخميس المتهمين الأربعة.") == [
        ("measure", "الدائرة الجنائية", "2024-03-14")
    ]
    # the acquitted right after the verb are its object: no actor named, not them
    assert told("وبرأت متهمين اثنين من تهمة التزوير.") == [("measure", None, None)]
    # by land and sea (برا وبحرا) is no acquittal
    assert told("وتنقل البضائع برا وبحرا إلى الموانئ.") == []
    # a fire crew or an ambulance called in is no summons
    assert told("واستدعيت فرق الإطفاء إلى موقع الحريق.") == []
    assert told("واستدعت الخارجية السفير يوم الخميس.") == [("measure", "الخارجية", "2024-03-14")]


def test_a_noun_with_its_pronoun_after_a_definite_title_is_the_object() -> None:
    # تولى الوزير منصبه: a definite title heads no construct, its owned noun is what he took
    assert [e.actor for e in events_of("وتسلم الرئيس مهامه رسميا.")] == ["الرئيس"]
    assert [e.actor for e in events_of("وتولى المحافظ منصبه.")] == ["المحافظ"]
    # a name whose last letter is ه is no owned noun (عبدالله)
    assert [e.actor for e in events_of("وقال الملك عبدالله إن الحوار مستمر.")] == ["الملك عبدالله"]


def test_forming_a_government_and_its_vote_of_confidence_are_measures() -> None:
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert told("وكلفت الرئيسة النائب المستقل بتشكيل حكومة إنقاذ.") == [("measure", "الرئيسة")]
    assert told("وكلف بناء الجسر الدولة مليار دولار.") == []
    # his government and its adjective after the verb are what he formed, not his name
    assert told("وشكل المستشار حكومته الثانية يوم الخميس.") == [("measure", "المستشار")]
    assert told("وتسلم المدير الجديد منصبه يوم الخميس.") == [("measure", "المدير الجديد")]
    assert told("ومنح المجلس الثقة للفريق الحكومي.") == [("measure", "المجلس")]
    assert told("وحظيت الوزيرة الأولى بثقة النواب.") == [("measure", "الوزيرة الأولى")]
    # whether it is granted or not (من عدمه) is no grant
    assert "measure" not in [kind for kind, _ in told("وناقش النواب منح الثقة للحكومة من عدمه.")]


def test_a_forecast_told_with_an_is_a_statement() -> None:
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert told("وتوقعت الغرفة التجارية أن تتراجع الصادرات هذا العام.") == [("statement", "الغرفة التجارية")]
    # a forecast's object with no أن, or "it is expected", is no one's words
    assert told("وتوقعت الغرفة تراجعا في الصادرات.") == []
    assert told("ويتوقع أن تتراجع الصادرات هذا العام.") == []


def test_a_thing_an_act_is_about_keeps_the_date_of_its_relative_clause() -> None:
    # ستفتح تحقيقا في الحادثة التي جدت يوم السبت: the Saturday is the incident's, told in a clause on
    # the thing the inquiry is about, not the inquiry's (nor a Saturday to come)
    dated = [
        (e.type, e.trigger, e.date)
        for e in events_of("وأعلنت الوزارة أمس أنها ستفتح تحقيقا في الحادثة التي جدت يوم السبت.")
    ]
    assert dated == [("measure", "ستفتح", "2024-03-16")]


def test_a_measure_another_includes_is_part_of_it() -> None:
    # فرضت عقوبات ... وتضمنت العقوبات حظرا على السفر: the ban is what the sanctions hold, told with
    # them; a tour that includes a visit keeps the visit
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert told("وفرضت الأمم المتحدة عقوبات على الشركة وتضمنت العقوبات حظرا على السفر.") == [
        ("measure", "الأمم المتحدة")
    ]
    assert [e.type for e in events_of("ويؤدي الوزير جولة تشمل زيارة مصر والأردن.")] == ["visit"]


def test_a_visit_of_a_kind_during_an_act_is_its_subject_s() -> None:
    # والتقى الرئيس مع نظيره خلال زيارة رسمية لمدريد: a visit told with its kind (or where it went)
    # after خلال, no one else named, is made by the subject of the verb before it
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert told("والتقى الرئيس مع نظيره خلال زيارة رسمية لمدريد في عام 2005.") == [
        ("meeting", "الرئيس"),
        ("visit", "الرئيس"),
    ]


def test_a_request_or_a_permission_after_a_definite_title_is_the_object() -> None:
    # رفض الوزير الطلب، رفض الرئيس السماح: what is refused or granted (held_object_nouns), definite
    # after a definite title, is the verb's object, no part of the speaker's title
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("رفض الوزير الطلب.") == ["الوزير"]
    assert actors("رفض الرئيس السماح للصحفيين بدخول القصر.") == ["الرئيس"]
    assert actors("رفض الوزير العرض المقدم.") == ["الوزير"]


def test_a_delegation_a_visit_s_verb_describes_went_and_the_country_was_visited() -> None:
    # وفد وزاري ياباني زار البلد: the verb describes the delegation before it, which went; البلد
    # after a visit is where it went (a definite place), no visitor
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text) if e.type == "visit"]

    assert told("وذكرت الصحيفة أن خبيرا اقتصاديا رافق وفد وزاري ياباني زار البلد الأسبوع الماضي.") == [
        ("visit", "وفد وزاري ياباني")
    ]


def test_kana_s_subject_runs_to_a_comma_and_a_suspect_is_held() -> None:
    # وكانت الجمعيات والنقابات الناشطة في الجهة، نشرت: كان's subject holds its adjectives and
    # prepositions up to the comma before the verb (not after إذا: a question's كان); واعتقل مسلح
    # ثالث: a suspect after an arrest's verb is the one held, no arrester
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert told("وكانت الجمعيات والنقابات الناشطة في الجهة، نشرت بيانا تدعو فيه إلى حماية المدنيين.") == [
        ("statement", "الجمعيات والنقابات الناشطة في الجهة")
    ]
    assert told("واعتقل مسلح ثالث قرب المبنى.") == [("measure", None)]


def test_what_is_cut_is_the_object_never_the_one_who_cut_it() -> None:
    # قطعت العلاقات، قطع الطريق، قطع الماء: what a cut needs after it (relations, a road, water) is
    # its object, so the word right after the verb names no subject
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وقطعت العلاقات الدبلوماسية بين البلدين عام 2016.") == [None]
    assert actors("قطعت الحكومة العلاقات مع جارتها.") == ["الحكومة"]


def test_an_act_someone_tells_of_again_is_the_act_told_before() -> None:
    # احتجزت الشرطة ... وأوضح الوزير أن الشرطة اعتقلت: an undated act told inside someone's words, by
    # the party that did the same act (the same word, or another arrest's word) just before, is that
    # act again; another act of the same party (أغلقت الأسواق) stays its own
    def told(text: str) -> list[tuple[int, str, str | None]]:
        return [(e.sentence, e.type, e.actor) for e in events_of(text)]

    retold = (
        "احتجزت الشرطة الهولندية خمسة شبان خلال مداهمات.\n\nوأوضح وزير العدل أن الشرطة الهولندية اعتقلت الشبان الخمسة."
    )
    assert told(retold) == [(0, "measure", "الشرطة الهولندية"), (1, "statement", "وزير العدل")]
    other = "فرضت البلدية قيودا على السير.\n\nوذكر ناطق باسمها أن البلدية أغلقت الأسواق."
    assert [t for _, t, _ in told(other)] == ["measure", "statement", "measure"]


def test_deaths_after_a_technical_failure_are_no_attack() -> None:
    # إثر عطل فني: a crash after a breakdown is an accident, its dead no attack's
    assert kinds("قتل خمسة جنود من طاقم المروحية التي سقطت قرب الحدود إثر عطل فني.") == []
    assert kinds("قتل 6 جنود في هجوم على ثكنة عسكرية.") == ["attack"]


def test_a_topic_after_min_jihatihi_and_a_long_subject_after_kana() -> None:
    # من جانبه ناطق عسكري أكد: the topic opens after "on its part"; وكان الناطق باسم هيئة ...
    # والجامع الأعظم قد أكد: كان's subject may run to a dozen words (a title with its body's long name)
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("من جانبه ناطق عسكري بالمنطقة أكد أن الوحدات تحركت فورا.") == ["ناطق عسكري بالمنطقة"]
    assert actors("وكان الناطق باسم هيئة إدارة الجامع الكبير والجامع الأعظم بالمدينة قد أكد أن الحادث عرضي.") == [
        "الناطق باسم هيئة إدارة الجامع الكبير والجامع الأعظم بالمدينة"
    ]


def test_the_official_spelt_with_its_other_hamza_is_a_title() -> None:
    # مسئول، مسئولون (the Egyptian spelling of مسؤول): a title, where it serves after it
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وأكد مسئولون في الوزارة أن الاتفاق قريب.") == ["مسئولون في الوزارة"]


def test_a_verb_after_a_comma_describes_the_attacks_and_a_medium_tells_others_acts() -> None:
    # غارات جوية ... بطائرات حربية، قصفت مواقع: the verb after the comma tells what the attacks
    # did (their targets no attacker, no second attack); أعلنت وسائل إعلام عن اختطاف حافلة: a medium
    # announces others' acts, so the hijacking is told (a statement and an attack), no medium's own
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert told("شن الجيش غارات جوية عنيفة بطائرات حربية، قصفت مواقع للمتمردين شمال البلاد.") == [("attack", "الجيش")]
    assert told("أعلنت وسائل إعلام محلية مساء الأحد عن اختطاف حافلة سياح قرب الحدود.") == [
        ("statement", "وسائل إعلام محلية"),
        ("attack", None),
    ]


def test_a_trial_with_its_defendant_named_after_it_is_a_measure() -> None:
    # محاكمة الرئيس السابق، تحاكم السعودية 32 شخصا: a trial of someone named after it (its genitive
    # with the article) and a present verb with its subject were no event; a court's name spelt
    # with its noun (المحاكمة الجنائية الدولية) and a ministry's (لشؤون محاكمة الفساد) are none
    assert kinds("بدأت اليوم محاكمة الرئيس السابق بتهمة الفساد.") == ["measure"]
    assert kinds("تحاكم الدولة خمسين شخصا بتهمة التخابر.") == ["measure"]
    assert kinds("وانضمت البلاد إلى المحاكمة الجنائية الدولية.") == []


def test_deals_in_the_plural_are_what_is_signed() -> None:
    # أبرمت الشركة صفقات، نجحت في إبرام صفقات: deals in the plural are signed as a deal is
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert told("وأبرمت الشركة صفقات جديدة مع موردين أجانب.") == [("agreement", "الشركة")]
    assert told("ونجحت الحكومة في إبرام صفقات غاز مع جيرانها.") == [("agreement", "الحكومة")]


def test_first_after_b_is_no_part_of_the_subject() -> None:
    # يقوم الرئيس بأول زيارة: بأول (ب + first) opens what he makes, no word of who makes it
    actors = [e.actor for e in events_of("وسيقوم الرئيس بأول زيارة للخارج الشهر القادم.") if e.type == "visit"]
    assert actors == ["الرئيس"]


def test_a_body_s_field_after_lam_is_part_of_a_title_s_genitive() -> None:
    # أمين مال الجمعية الوطنية لرعاية المسنين: the body in a title's genitive names its field after ل
    # as a body heading the phrase does; the body alone told later is that speaker going on
    def told(text: str) -> list[tuple[int, str, str | None]]:
        return [(e.sentence, e.type, e.actor) for e in events_of(text)]

    assert told("أوضح أمين مال الجمعية الوطنية لرعاية المسنين، كريم السالمي أن الجمعية جمعت تبرعات كثيرة.") == [
        (0, "statement", "أمين مال الجمعية الوطنية لرعاية المسنين، كريم السالمي")
    ]
    going_on = "قال أمين مال الرابطة المحلية لصيادي الأسماك إن الإضراب قائم.\n\nوأكدت الرابطة أن المفاوضات متوقفة."
    assert [s for s, _, _ in told(going_on)] == [0]


def test_a_suspect_killed_in_an_operation_is_no_killer() -> None:
    # عملية أمنية قتل فيها المهاجم: after قتل فيها a suspect with no count after him is the one killed
    assert [e.actor for e in events_of("وجاء ذلك بعد عملية أمنية في الميناء قتل فيها المهاجم.")] == [None]


def test_an_agency_of_a_body_keeps_its_field_and_a_commissioner_is_a_title() -> None:
    # المفوض السامي للأمم المتحدة لحقوق الإنسان: after the body a title serves (لل)، a field's own
    # noun after ل (شؤون، حقوق، قضايا) is the agency's field too, not a purpose; مفوض is a title
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وقال المفوض السامي للمنظمة الدولية لحقوق الطفل إن الوضع خطير.") == [
        "المفوض السامي للمنظمة الدولية لحقوق الطفل"
    ]
    assert actors("ودعت المديرية الجهوية للتجارة لتكثيف الرقابة على الأسواق.") == ["المديرية الجهوية للتجارة"]


def test_where_an_ambassador_is_posted_is_part_of_the_title() -> None:
    # السفير الإيطالي بالأردن، سفير تونس بالعراق: ب + a country after an ambassador's or a consul's
    # title says where they serve (not بالعاصمة: where the act was)
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("قال السفير الإيطالي بالأردن ماركو روسي إن الملف مفتوح.") == ["السفير الإيطالي بالأردن ماركو روسي"]
    assert actors("استقبل السفير بالعاصمة وفدا من رجال الأعمال.") == ["السفير"]


def test_a_plural_noun_after_a_body_s_genitive_with_lam_is_whom() -> None:
    # دعا المكتب التنفيذي للنقابة الأعضاء: after the body a title serves (لل)، a plural noun (أفعال,
    # أفعلاء, -ات) is whom the act is addressed to, not part of the body's name
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("ودعا المكتب التنفيذي للنقابة الأعضاء إلى الاستعداد للإضراب.") == ["المكتب التنفيذي للنقابة"]
    assert actors("وطالبت النقابة العامة للتعليم الإدارات الجهوية بالتعبئة.") == ["النقابة العامة للتعليم"]
    assert actors("وحثت الهيئة المحلية للمدرسة الأولياء على الحضور.") == ["الهيئة المحلية للمدرسة"]
    assert actors("وقال المتحدث باسم الاتحاد العام للعمال الشبان إن الإضراب قائم.") == [
        "المتحدث باسم الاتحاد العام للعمال الشبان"
    ]


def test_a_straight_quote_that_closes_a_quotation_opens_no_quoted_name() -> None:
    # "... مؤتمر قابس" كما طالبوا "...": the second straight quote of a sentence ends a quotation,
    # so the words after it up to the next quote are no name quoted after the conference's noun
    from reader.events.lexicon import load_lexicon
    from reader.events.mentions import sentence_mentions
    from reader.io.document import load_text
    from reader.text.tokens import article_texts

    lex = load_lexicon()
    body = 'وندد الحاضرون "بمحاولات الالتفاف على نتائج مؤتمر قابس" كما طالبوا "بوحدة الصف".'
    article = load_text("عنوان\n\n" + body)
    mentions = sentence_mentions(article_texts(article)[1], article.body, (), lex)
    assert [(m.type, m.actor) for m in mentions if m.type == "meeting"] == [("meeting", "قابس")]
    named = 'وقالت صحيفة "الفجر الجديد" إن المفاوضات توقفت.'
    article = load_text("عنوان\n\n" + named)
    mentions = sentence_mentions(article_texts(article)[1], article.body, (), lex)
    assert mentions[0].actor == 'صحيفة "الفجر الجديد"'


def test_what_came_after_ma_is_no_reply() -> None:
    # تماشيا مع ما ورد على اللوحة: ورد after ما (مما، بما) is "what came", no و + رد (a reply)
    def told(text: str) -> list[tuple[str, str]]:
        return [(e.type, e.trigger) for e in events_of(text)]

    assert told("وتم تكليف مهندسة بمتابعة الأشغال تماشيا مع ما ورد على لوحة الإعلانات بالبلدية.") == []
    assert told("ورد الوزير على أسئلة النواب بالقول إن الميزانية محدودة.") == [("statement", "ورد")]


def test_a_present_stance_with_its_complement_is_a_statement() -> None:
    # تعتبر الحكومة أن: the present of اعتبر with أن soon after tells a stance as يرى does; without it
    # (يعتبر هذا الجسر الأطول) the verb says what something is counted as
    def told(text: str) -> list[tuple[str, str | None, str]]:
        return [(e.type, e.actor, e.trigger) for e in events_of(text)]

    assert told("وتعتبر الحكومة أن الوضع الأمني مستقر رغم الحوادث.") == [("statement", "الحكومة", "وتعتبر")]
    assert told("ويعتبر هذا الجسر الأطول في البلاد بعد أن اكتملت أشغاله.") == []
    assert told("وتعتبر الوزيرة أن البرنامج ناجح كما تطالب بتمويل إضافي.") == [("statement", "الوزيرة", "وتعتبر")]


def test_accusations_that_explain_what_was_told_are_no_accusation_of_the_speaker() -> None:
    # ما نشرته الصحيفة من اتهامات: من explains a ما of what was told (جاء، ورد، نشر): others' words,
    # named to be judged, are neither the speaker's accusation nor one told here; ما يحدث من
    # انتهاكات (what happens) stays the speaker's claim
    def told(text: str) -> list[tuple[str, str | None, str]]:
        return [(e.type, e.actor, e.trigger) for e in events_of(text)]

    judged = "واعتبر رئيس الحزب أن ما أثارته مدونة الموقع من اتهامات للحزب بالتلاعب يدخل في باب المزايدات."
    assert told(judged) == [("statement", "رئيس الحزب", "واعتبر")]
    quoted = 'ورأى النائب أن ما جاء في برنامج "الساعة الأخيرة" من انتقادات للجنة مبالغ فيه.'
    assert told(quoted) == [("statement", "النائب", "ورأى")]
    denied = "وقال الوزير إن ما نشرته الصحيفة من اتهامات وانتقادات مجرد أكاذيب."
    assert told(denied) == [("denial", "الوزير", "وقال")]
    assert told("وقالت اللجنة إن ما يجري من انتهاكات في السجون أمر خطير.")[0][0] == "accusation"


def test_the_word_after_bin_in_a_name_is_the_father_s_name() -> None:
    # سامي بن علي: after بن (ابن، بنت) in a name after a title, the next word is the father's name,
    # though as a word alone it reads as a preposition (علي, على as normalised)
    assert [e.actor for e in events_of("قال رئيس حزب الأمل الجديد سامي بن علي إن الحزب سيشارك.")] == [
        "رئيس حزب الأمل الجديد سامي بن علي"
    ]


def test_a_family_name_after_al_is_part_of_the_name_and_how_or_as_whom_is_not() -> None:
    # سالم بن خالد آل منصور: آل (ال as normalised) inside a name takes the family's name after it, and
    # بن/آل do not count against the name's words; هاتفيا (how) and ضيف البرنامج (as whom) after the
    # name are no part of it
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وتحدث الشيخ سالم بن خالد آل منصور هاتفيا مع وزير الخارجية.") == ["الشيخ سالم بن خالد آل منصور"]
    assert actors("واتصل الرئيس الفرنسي جان دوبوا هاتفيا بنظيره.") == ["الرئيس الفرنسي جان دوبوا"]
    assert actors("وأكد وزير الرياضة كريم بن سالم ضيف برنامج الأحد أن الملاعب جاهزة.") == ["وزير الرياضة كريم بن سالم"]


def test_a_newspaper_told_after_the_speaker_is_no_part_of_them() -> None:
    # مسؤولون محليون لجريدة "المساء": a newspaper after ل (جريدة as صحيفة) is whom the speakers told
    told = 'وحسب ما أكده مسؤولون محليون لجريدة "المساء" فإن الطريق مغلق.'
    assert [e.actor for e in events_of(told)] == ["مسؤولون محليون"]


def test_the_name_after_sabaqa_la_did_the_act_after_an() -> None:
    # وسبق للحكومة أن أقالت: the name after سبق ل (without its ل) did what the verb after أن tells;
    # a pronoun (سبق له أن) names no one here
    def done(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert done("وسبق للحكومة أن أقالت المدير المذكور بسبب الفساد.") == [("measure", "الحكومة")]
    assert done("وسبق لرئيس البلدية كريم السالمي، أن زار الحي.") == [("visit", "رئيس البلدية كريم السالمي")]
    assert done("وسبق لوسائل إعلام محلية أن تحدثت عن إصابته.") == [("statement", "وسائل إعلام محلية")]
    assert done("وسبق له أن زار المدينة.") == [("visit", None)]


def test_a_student_is_no_demand() -> None:
    # على يد طالب، لكل طالب، الأول طالب، طالب أجنبي: طالب after a word that makes it a noun (a
    # student), or with a nisba or سابق after it, demands nothing; وطالب المحتجون still does
    def told(text: str) -> list[tuple[str, str]]:
        return [(e.type, e.trigger) for e in events_of(text)]

    assert told("وتبلغ المنحة ألف دينار لكل طالب متفوق.") == []
    assert told("وأوقفت الشرطة شابين، الأول طالب والثاني عاطل عن العمل.") == [("measure", "وأوقفت")]
    assert told("وشارك في الندوة طالب أجنبي من جامعة قرطاج.") == []
    assert told("وطالب المحتجون بفتح الطريق.") == [("statement", "وطالب")]


def test_the_day_an_anniversary_remembers_dates_no_act() -> None:
    # الذكرى 70 لانتفاضة 5 مارس 1954: the day after an anniversary's noun is the one remembered, long
    # ago; a day of its own still dates the act, and so does the day without its year (this year's)
    def dated(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.date) for e in events_of(text)]

    remembered = "وقال الرئيس في خطاب بمناسبة الذكرى 70 لانتفاضة 5 مارس 1954 إن البلاد تمر بمرحلة صعبة."
    assert dated(remembered) == [("statement", None)]
    own_day = "وزار الوزير المدينة يوم 3 مارس بمناسبة الذكرى العاشرة للزلزال."
    assert dated(own_day) == [("visit", "2024-03-03")]
    this_year = "وكان الوزير قد تحدث في خطابه يوم ذكرى 9 مارس عن الإصلاحات."
    assert dated(this_year) == [("statement", "2024-03-09")]


def test_a_definite_act_with_its_preposition_after_a_decision_is_what_was_decided() -> None:
    # ثم قرر الإسراع في إنجاز المشروع: a definite verbal noun with a preposition after it, right after a verb
    # of deciding, is the act decided; an institution there (قرر الاتحاد في اجتماعه) is the subject
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("ثم قرر الإسراع في إنجاز المشروع.") == [None]
    assert actors("وقرر التعجيل بإصلاح الطريق.") == [None]
    assert actors("وقرر الاتحاد في اجتماعه الدخول في إضراب.") == ["الاتحاد"]
    assert actors("وكان المجلس قد قرر الشروع في إضراب مفتوح.") == ["المجلس"]


def test_drowning_and_a_vehicle_overturned_are_no_attacks() -> None:
    # لقي حتفه غرقا، في البحر: a death by drowning is no attack's outcome; انقلاب قاربهم، سيارتهم (a
    # vehicle with its owner's pronoun) overturned, no coup
    def typed(text: str) -> list[tuple[str, str]]:
        return [(e.type, e.trigger) for e in events_of(text)]

    assert typed("ولقي عشرة صيادين حتفهم غرقا بعد انقلاب قاربهم قرب الجزيرة.") == []
    assert typed("وأصيب ثلاثة أشخاص في انقلاب سيارتهم على الطريق السريعة.") == []
    assert typed("ولقي ثلاثة جنود حتفهم في هجوم على حاجز أمني.") == [("attack", "ولقي")]


def test_the_dock_is_no_accusation() -> None:
    # قفص الاتهام: the cage of the accused in a court, no accusation made
    assert events_of("ووقف الرئيس السابق في قفص الاتهام أمس.") == []


def test_a_meeting_that_brought_the_speaker_together_with_someone_is_the_speaker_s() -> None:
    # إثر لقاء جمعه بالوزير: جمع's object pronoun after a meeting's noun names its owner, the subject
    # of the verb before (when the pronoun agrees with it), as a possessed meeting does
    def owned(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    told = "وذكر الوزير إثر لقاء جمعه بمدير الشركة أن الملف سيحل قريبا."
    assert owned(told) == [("statement", "الوزير"), ("meeting", "الوزير")]
    hers = "وأكدت رئيسة النقابة إثر جلسة جمعتها بوزير التربية أن الإضراب ألغي."
    assert owned(hers) == [("statement", "رئيسة النقابة"), ("meeting", "رئيسة النقابة")]


def test_tourists_counted_visiting_a_country_are_no_visit() -> None:
    # عشرات الآلاف من الزوار زاروا المعرض: tourists or visitors as the subject tell a figure, no one's visit
    told = "وأعلنت الوزارة أن عشرات الآلاف من الزوار زاروا المعرض."
    assert [(e.type, e.trigger) for e in events_of(told)] == [("statement", "وأعلنت")]


def test_a_fair_a_market_or_a_station_after_the_visitor_is_where_he_went() -> None:
    # وزار الوزير المعرض: a definite place after a definite subject is what the verb takes, not part
    # of who went (المعرض، السوق، الحديقة، الضيعة، الورشة، المحطة with the other buildings)
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وزار الوزير المعرض الدولي للكتاب يوم الاثنين.") == ["الوزير"]
    assert actors("وزارت الوالية السوق الأسبوعية صباح الخميس.") == ["الوالية"]
    assert actors("وزار المحافظ المحطة الجديدة للحافلات.") == ["المحافظ"]


def test_a_conviction_told_in_the_passive_is_a_ruling_with_no_actor() -> None:
    # وأدين المتهمون: أدين outside a quotation is the passive (was convicted), not "I condemn": a
    # court's ruling, its court unnamed; the convicted are no actor (nor those referred, وأحيل)
    def typed(text: str) -> list[tuple[str, str | None, str]]:
        return [(e.type, e.actor, e.trigger) for e in events_of(text)]

    assert typed("وأدين الشاب بتهمة السرقة وحكم عليه بالسجن.") == [("measure", None, "وأدين")]
    assert typed("وأحيل الموقوفون على النيابة العمومية.") == [("measure", None, "وأحيل")]
    assert typed("وقال الوزير: أدين بشدة هذا الهجوم.") == [("accusation", "الوزير", "وقال")]


def test_forces_after_a_body_s_name_are_whom_it_blames() -> None:
    # اتهمت منظمة فلانية قوات الأمن: after a name of words no list knows, a force's noun (قوات،
    # وحدات، عناصر) opens the object; after a title (قائد قوات) or باسم it is still the name
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("واتهمت منظمة كوستا فيردي ووتش قوات الشرطة بالتعذيب.") == ["منظمة كوستا فيردي ووتش"]
    assert actors("وقال قائد قوات حفظ السلام إن الوضع هادئ.") == ["قائد قوات حفظ السلام"]


def test_records_counted_for_a_breach_blame_no_one() -> None:
    # 45 محضرا في خرق تراتيب الصيد: what counted records are for, after في, is a tally's, no blame
    told = "وأفادت الإدارة بأنها سجلت 45 محضرا في خرق تراتيب الصيد البحري."
    assert [(e.type, e.actor) for e in events_of(told)] == [("statement", "الإدارة")]


def test_a_plural_verb_in_a_medium_s_report_is_others_act() -> None:
    # أكد مراسلنا أن المحتجين ... وهددوا: a verb in the plural after what a medium tells shares no
    # subject with it and is no part of its words: the correspondent states, others threaten
    told = "وأفاد مراسل الإذاعة أن عشرات العمال تجمعوا أمام المصنع وهددوا بالإضراب."
    assert [(e.type, e.actor) for e in events_of(told)] == [("statement", "مراسل الإذاعة"), ("warning", None)]


def test_a_quoted_name_before_its_verb_s_preposition_is_the_subject() -> None:
    # دعت "جبهة البناء" إلى، وحذر "فلان" من: quoted words after a report's verb followed by the
    # preposition the verb takes (من after a warning's verb) are who spoke, as before أن
    def told(text: str) -> list[tuple[str, str | None, str | None]]:
        return [(e.type, e.actor, e.date) for e in events_of(text)]

    assert told('دعت "جبهة البناء" إلى حوار وطني جديد، حسبما صرح به أحد قيادييها.') == [
        ("statement", "جبهة البناء", None)
    ]
    assert told('وحذر "المرصد" من موجة حر في شهر أوت المقبل.') == [("warning", "المرصد", None)]


def test_preventing_a_fire_s_spread_is_no_measure() -> None:
    # ومنعت امتداد النيران، منع وقوع كارثة: what منع keeps from happening after it (spread, an
    # occurrence) is no ban nor anyone's measure; منعت السلطات دخول الشاحنات still is
    assert events_of("وتدخلت فرق الحماية المدنية ومنعت امتداد النيران إلى الغابة.") == []
    assert [e.type for e in events_of("ومنعت السلطات دخول الشاحنات إلى المدينة.")] == ["measure"]


def test_polls_are_no_speaker() -> None:
    # وأشارت آخر الاستطلاعات إلى أن: polls tell figures, as a study or statistics do, no one's words
    # (آخر، أحدث before them: the latest of them)
    assert events_of("وأشارت آخر الاستطلاعات إلى أن المرشح سيفوز بالأغلبية.") == []


def test_a_poll_conducted_by_phone_is_no_call() -> None:
    # أجري الاستطلاع عبر الهاتف: a poll or a survey by phone is no call between parties
    assert events_of("وقد أجري الاستطلاع عبر الهاتف على عينة من ألف شخص.") == []
    assert [e.type for e in events_of("وأجرى الرئيس اتصالا هاتفيا بنظيره.")] == ["meeting"]


def test_a_verb_after_an_indefinite_noun_and_its_adjective_describes_them() -> None:
    # بشاحنة ملغمة استهدفت ثكنة: a verb right after an indefinite noun and its adjective describes
    # them, as after a noun alone; what follows it is its object, not who did it
    told = "وقتل جنديان في تفجير بشاحنة ملغمة استهدفت ثكنة عسكرية بمدينة الشمال."
    assert "ثكنة عسكرية" not in [e.actor for e in events_of(told)]
    study = "وجاءت النتائج مطابقة لدراسة قديمة تثبت أن الرياضة مفيدة."
    assert [e.actor for e in events_of(study)] == [None]


def test_a_growth_rate_or_new_markets_targeted_are_no_attack() -> None:
    # استهدفت الحكومة تحقيق نسبة نمو، استهدفت الشركة أسواقا جديدة: a rate, growth or markets within a
    # few words after استهدف make it an aim, not a strike
    assert events_of("وقد استهدفت الحكومة السابقة بلوغ نسبة نمو تفوق المعدل العالمي.") == []
    assert events_of("واستهدفت الشركة أسواقا جديدة في إفريقيا.") == []


def test_a_speech_s_noun_owned_by_the_opening_verb_s_subject_is_theirs() -> None:
    # جددت رئيسة الحزب اتهامها: a speech's noun with its owner's pronoun right after the subject of
    # a verb no list knows, opening the sentence, is that subject's when the verb agrees with it
    told = "جددت رئيسة الحزب اتهامها للهيئة بتشويه التاريخ."
    assert [(e.type, e.actor) for e in events_of(told)] == [("accusation", "رئيسة الحزب")]
    assert [e.actor for e in events_of("جدد رئيس الحزب اتهامها للهيئة بتشويه التاريخ.")] == [None]


def test_plural_places_after_a_visit_s_noun_are_what_is_visited() -> None:
    # زيارة مراكز الإيقاف: plural places in a visit's genitive (مراكز، مدارس، مستشفيات) are visited,
    # no one who visits
    told = "وأوصت بتولي أعضاء الهيئة زيارة مراكز الإيقاف للاطلاع على أوضاع الموقوفين."
    assert [e.actor for e in events_of(told) if e.type == "visit"] == [None]


def test_ba_and_a_verbal_noun_of_the_tafaccul_shape_is_no_subject() -> None:
    # وأوصت بتولي أعضاء الهيئة: ب + a verbal noun of the تفعّل shape (تولي، تدخل، توقف) is what is
    # recommended, never a name that could be who spoke
    told = "وأوصت بتولي أعضاء الهيئة زيارة مراكز الإيقاف للاطلاع على أوضاع الموقوفين."
    assert [e.actor for e in events_of(told) if e.type == "statement"] == [None]


def test_ba_with_a_programme_or_a_short_verbal_noun_is_no_subject() -> None:
    # ببرنامج "الأحد"، بوضع قوانين: a programme spoken on and وضع (putting in place) after ب are where
    # and what, never who spoke
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text) if e.type == "statement"]

    assert actors('وذكرت في مداخلة ببرنامج "الأحد" أن الوضع صعب.') == [None]
    assert actors("ثم طالب كذلك بوضع خطة وطنية للنقل.") == [None]


def test_an_operation_after_a_preposition_is_no_one_who_acts() -> None:
    # تعرضه لعملية سطو، قام بعملية سرقة: عملية after ل or ب carries the act's noun; it names no one
    told = "وادعى أحد العمال تعرضه لعملية سطو قرب المصنع."
    assert [(e.type, e.actor) for e in events_of(told)] == [("attack", None)]


def test_what_a_measure_imposes_or_lifts_is_not_who_does_it() -> None:
    # ورفع الحصار، وفرضت عقوبات: a measure's own noun right after its verb (imposed_nouns: حصار،
    # قيود، عقوبات، حالة ...) is the object, or a passive's subject: never who acted
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("ورفع الحصار عن الميناء بعد أسبوعين.") == [None]
    assert actors("ورفعت حالة الطوارئ في الولايات الثلاث.") == [None]
    assert actors("وفرضت البلدية غرامات على المخالفين.") == ["البلدية"]


def test_a_quoted_name_inside_kana_s_subject_is_part_of_it() -> None:
    # وكان رئيس بلدية مدينة "ليون" الفرنسية قد أعلن: quotation marks around a name inside the words
    # between كان and the verb keep them one subject
    told = 'وكان رئيس بلدية مدينة "ليون" الفرنسية قد أعلن إغلاق الحدائق.'
    assert [e.actor for e in events_of(told)] == ['رئيس بلدية مدينة "ليون" الفرنسية']


def test_an_act_s_noun_in_a_body_s_work_is_part_of_the_name() -> None:
    # رئيس لجنة مراقبة الانتخابات: an act's noun with the article after a body's verbal noun names the
    # body's work, part of who spoke, also between كان and its verb; not after a verb (استخدمت التصريح)
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وكان رئيس لجنة مراقبة الانتخابات قد أعلن أن النتائج نهائية.") == ["رئيس لجنة مراقبة الانتخابات"]
    assert actors("وقال رئيس هيئة مكافحة الفساد إن الملفات كثيرة.") == ["رئيس هيئة مكافحة الفساد"]


def test_a_verbal_noun_after_an_owned_act_is_no_subject() -> None:
    # ورفضهم التحاور: after a word read as a verb with an object pronoun, a definite verbal noun is
    # no subject (the word is the act's noun, its owner the pronoun); كما رواه المصدر still has one
    told = "وتواصل غلق الطريق بسبب إصرار الأهالي على الاعتصام ورفضهم التحاور مع المعتمد."
    assert [e.actor for e in events_of(told) if e.type == "statement"] == [None]
    assert [e.actor for e in events_of("ورفضه الاتحاد بشدة.")] == ["الاتحاد"]


def test_a_person_after_an_arrest_s_verb_is_the_one_held() -> None:
    # واعتقل الصحفي، ضبط شاب: a civilian (صحفي، ناشط، شاب، رجل ...) right after a verb of detaining
    # is the one held, the verb a passive: no one who held him
    assert [e.actor for e in events_of("واعتقل الناشط أثناء مشاركته في وقفة احتجاجية.")] == [None]
    assert [e.actor for e in events_of("واعتقلت الشرطة ثلاثة أشخاص.")] == ["الشرطة"]


def test_reneging_on_an_agreement_makes_none() -> None:
    # تواصل التنكر للاتفاق: reneging on an agreement (تنكر) undoes one made before, as withdrawing
    # does, also when a light word (تواصل) carries the noun: no agreement now
    told = "وانتقد المحتجون تواصل التنكر للاتفاق الأخير."
    assert [e.type for e in events_of(told)] == ["accusation"]


def test_each_of_two_bodies_named_in_the_dual_is_the_subject() -> None:
    # أعلنت كل من وزارتي الصحة والتعليم: after كل من, a body's head in the dual with its genitives
    # is who spoke, as a definite name there is
    told = "وأعلنت كل من وزارتي الصحة والتعليم في بلاغهما أن الدروس ستتواصل."
    assert [e.actor for e in events_of(told)] == ["وزارتي الصحة والتعليم"]


def test_information_that_came_or_indicates_and_a_door_opened_are_no_events() -> None:
    # وردت معلومات (ورد: came, not و + ردت), معلومات تفيد (indicates: information, no speaker), فتح
    # الباب (a door; باب الترشح stays the measure it is)
    def typed(text: str) -> list[str]:
        return [e.type for e in events_of(text)]

    assert typed("وحجزت الوحدات الأسلحة حين وردت معلومات على مركزها الليلة.") == []
    assert typed("وتم إيقافه حين ظهرت معلومات تفيد بتورطه في السرقة.") == ["measure"]
    assert typed("وقامت السيدة بفتح الباب والقفز من السيارة.") == []
    assert typed("وأعلنت الهيئة فتح باب الترشح يوم الاثنين.") == ["measure"]


def test_a_masculine_nisba_after_a_feminine_head_is_no_adjective_of_it() -> None:
    # واعتقلت الشرطة الصحفي: a masculine nisba (ي as written) agrees with no feminine head: whom, not
    # who; الحكومة التونسية and السيدة فلانة الفلاني (a name after a title) keep theirs
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("واحتجزت الشرطة البريطانية المهاجم الليبي صباح الأحد.") == ["الشرطة البريطانية"]
    assert actors("وتحتجز الشرطة الليبي منذ الأحد بتهمة التهريب.") == ["الشرطة"]


def test_an_oblique_plural_after_a_nominative_plural_subject_is_the_object() -> None:
    # هاجم مسلحون زوجين: an adjective keeps its noun's case (مسلحون ملثمون); a word in ين after a
    # subject in ون is another noun, the verb's object
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وهاجم مسلحون زوجين ليلا في ضاحية المدينة.") == ["مسلحون"]
    assert actors("وهاجم مسلحون ملثمون الحاجز.") == ["مسلحون ملثمون"]


def test_an_act_whose_genitive_names_its_doer_is_theirs_when_announced() -> None:
    # أعلن رئيس المجلس فوز المرشح: an act's noun whose genitive is who did it (فوز، انسحاب) names
    # someone other than the announcer: a statement and that one's act; أعلن الحزب انسحابه stays
    # the party's own act
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert told("وأعلن رئيس الهيئة فوز المرشح المستقل بالرئاسة.") == [
        ("statement", "رئيس الهيئة"),
        ("measure", "المرشح المستقل"),
    ]
    assert told("وأعلن الحزب انسحابه من الحكومة.") == [("measure", "الحزب")]


def test_a_meeting_s_verb_with_a_meeting_s_noun_as_subject_tells_that_meeting() -> None:
    # وستناقش القمة الملفات: the summit discussing its files is the summit told again, no one who
    # met and no second meeting; a meeting's noun with a body after it names who met through it
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    article = "تنطلق اليوم أعمال القمة الإقليمية في العاصمة. وستناقش القمة عددا من الملفات الاقتصادية."
    assert told(article) == [("meeting", None)]
    assert told("وبحث اجتماع هيئة الأحزاب مساء أمس سبل توحيد المواقف.") == [("meeting", "هيئة الأحزاب")]


def test_the_people_a_speaker_goes_on_to_urge_are_not_who_speaks() -> None:
    # أكد رفضه للقرار، ودعا أعضاء النقابة: after a report that opens the sentence, a verb that urges
    # joined by و after a comma has the same speaker; the people right after it are whom they urge
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وأكد رفضه للقرار، ويدعو أعضاء النقابة إلى الاحتجاج.") == [None]
    assert actors("وأعلن الوزير دعمه للمشروع، ودعا النواب إلى التصويت عليه.") == ["الوزير"]


def test_arriving_at_an_airport_or_the_capital_with_hall_is_a_visit() -> None:
    # حل بمطار العاصمة: حلّ (came down) with the airport, the capital or the land after it is an
    # arrival, as حل ضيفا is; an aircraft's arrival is no one's visit
    def told(text: str) -> list[tuple[str, str | None, str | None]]:
        return [(e.type, e.actor, e.date) for e in events_of(text)]

    landed = "وكان الوزير قد حل مساء الأحد بمطار العاصمة للمشاركة في أعمال المؤتمر."
    assert told(landed) == [("visit", "الوزير", SUNDAY.isoformat())]
    assert told("ويتوقع أن تحل غدا بمطار المدينة أول طائرة قادمة من روما.") == []


def test_what_came_in_a_communique_is_its_issuer_s_statement() -> None:
    # وجاء في بلاغ للنقابة أن: a statement by whoever issued it (ل, a genitive, or صادر عن past a
    # date), as قالت النقابة في بلاغ is; the definite البيان goes on with one told before, and after
    # ما (حسبما، لما) the communique only names the source of the act before it
    def told(text: str) -> list[tuple[str, str | None, str | None]]:
        return [(e.type, e.actor, e.date) for e in events_of(text)]

    assert told("وجاء في بلاغ للنقابة أن الإضراب سيتواصل.") == [("statement", "النقابة", None)]
    issued = "وورد في بيان صادر ليل الأحد عن الحزب أن مؤتمره سيتأجل."
    assert told(issued) == [("statement", "الحزب", SUNDAY.isoformat())]
    again = "وأصدرت الهيئة بيانا مساء السبت. وورد في البيان أن المشروع سيتأجل."
    assert [(e.type, e.actor) for e in events_of(again)] == [("statement", "الهيئة")]
    assert [e.type for e in events_of("وسيغلق المعبر يوم الاثنين، طبقا لما ورد ببلاغ الوزارة.")] == ["measure"]


def test_a_title_after_a_statement_s_noun_and_lam_owns_it() -> None:
    # تصريح إعلامي لوزير النقل: ل + a title after a statement's noun (past its adjectives) is whose
    # words they are; a correspondent or an agency after ل is whom they were told to
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وتوقفت الأشغال إثر تصريح صحفي لوزير النقل حول تغيير المدير.") == ["وزير النقل"]
    assert actors("وأكد في تصريح لمراسل الإذاعة أن الأشغال ستتواصل.") == [None]


def test_a_time_clause_after_a_complete_one_has_its_subject_after_its_verb() -> None:
    # إن الخزينة كانت فارغة عندما غادر الرئيس: after أن/إن and a clause with its own verb, عندما
    # (حين، بعدما) opens another clause; its verb's subject follows it, not the noun after إن
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وقال إن المخازن كانت شبه فارغة حين غادر المدير السابق الشركة.") == [None, "المدير السابق"]


def test_every_so_many_months_makes_a_present_verb_a_habit() -> None:
    # كل ثلاثة أشهر، كل 3 أسابيع: كل with a count and a plural unit is a habit, as كل شهر is; a
    # count after قبل dates a visit
    assert kinds("وتجتمع اللجنة الفنية مرة كل ستة أشهر لمراجعة الخطة.") == []
    assert kinds("وتزور بعثة طبية القرية كل 3 أسابيع.") == []
    assert kinds("وزارت بعثة طبية القرية قبل ثلاثة أسابيع.") == ["visit"]


def test_a_verb_joined_by_waw_after_kana_s_predicate_is_no_pluperfect() -> None:
    # كان الامتحان صعبا وأضافت: كان X قد فعل has its subject between; a verb joined by و after كان's
    # predicate opens a clause of its own, and صعبا is no one who speaks
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وقال المدرب إن اللقاء كان صعبا وأضاف أن لاعبيه تعبوا.") == ["المدرب"]
    assert actors("وكانت النقابة قد رفضت المقترح.") == ["النقابة"]


def test_a_first_person_verb_after_a_report_opens_the_speaker_s_own_words() -> None:
    # وأضاف أظن أن: a verb in the first person (أعتقد، أظن، نحن) right after a report begins what
    # the speaker said as they said it; it names no one
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وأضاف أظن أن البلدية ستتراجع عن القرار.") == [None]
    assert actors("وتابعت أعتقد أن الأسعار سترتفع.") == [None]


def test_a_warning_lifted_is_none_given() -> None:
    # منذ رفع تحذير السفر، قررت إلغاء التحذير: a warning's noun after a word that lifts or withdraws
    # it names one given before; no warning now, and the words that tell of it are no warning
    assert kinds("وأضاف المدير أن الحجوزات تحسنت منذ رفع تحذير السفر إلى المنطقة.") == ["statement"]
    assert kinds("وقررت السلطات الكندية إلغاء التحذير الموجه لمواطنيها.") == ["measure"]
    assert kinds("وأصدرت السفارة تحذيرا لمواطنيها من السفر إلى المنطقة.") == ["warning"]


def test_leaving_for_work_and_switching_phones_off_are_no_events() -> None:
    # مغادرته لعمله (ل on the place left, as عمله is listed) is no trip, أغلقوا هواتفهم no closure
    assert kinds("وتعرض الموظف للسرقة لدى مغادرته لمنزله فجر الأحد.") == []
    assert kinds("وأغلق أعضاء المكتب هواتفهم طيلة اليوم.") == []
    assert kinds("وأغلقت البلدية المسلخ البلدي يوم الأحد.") == ["measure"]


def test_a_warning_lifted_through_its_construct_is_none_given() -> None:
    # رفعت إشارات التحذير: the lifting word before the head whose genitive the warning is; a level
    # raised (رفعت مستوى التحذير) makes it stronger, a warning still
    assert kinds("وذكر الوزير أن هولندا رفعت إشارات تحذيرها لمواطنيها هذا الشهر.") == ["statement"]
    assert kinds("ورفعت السلطات مستوى التحذير من العواصف.") == ["warning"]


def test_a_decided_act_in_tafaaul_or_before_an_adverb_names_no_one() -> None:
    # قرر التوقف عن، قرر الانسحاب نهائيا من: a definite verbal noun of تفعّل (التوقف، التدخل), or
    # one with an adverb before its preposition, after a verb of deciding is what is decided
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("ولهذا السبب قرر التوقف عن الكتابة.") == [None]
    assert actors("ولهذا السبب قرر الانسحاب تماما من الحياة العامة.") == [None]
    assert actors("وقرر المجلس التدخل لحل الخلاف.") == ["المجلس"]


def test_a_participle_after_an_unlisted_opening_verb_is_its_subject_s() -> None:
    # تطرقت الكاتبة إلى الوضع معبرة عن: a speech's participle in the accusative, with no act's verb
    # before it, tells how the subject of the verb that opens the sentence acted, when they agree;
    # the verb's object is no part of that subject, and a clause after في حين has its own
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    written = "تناولت الكاتبة سلوى المرزوقي في عمودها اليوم غلاء الأسعار معبرة عن قلقها منه."
    assert actors(written) == ["الكاتبة سلوى المرزوقي"]
    assert actors("نظم سكان الحي وقفة أمام البلدية رافضين نقل السوق.") == ["سكان الحي"]
    assert actors("وطمأنت الوزارة المسافرين بشأن الرحلات، مؤكدة عودتها إلى نسقها.") == ["الوزارة"]
    assert actors("ونظم الاتحاد حفلا، في حين رفع الطلبة لافتات مطالبين بالمنح.") == [None]


def test_a_verbal_noun_with_a_preposition_and_a_pronoun_is_no_subject() -> None:
    # وباستجوابه اعترف: و + ب + a verbal noun with its pronoun before the verb tells when, not who
    assert [e.actor for e in events_of("وباستجوابه اعترف بأنه أخفى الوثائق.")] == [None]


def test_a_speech_s_noun_after_a_title_and_fi_is_where_it_was_said() -> None:
    # وأوضح رئيس البلدية في المقابلة نفسها: في + a speech's noun with its article after a title is
    # the occasion of the words, as في حوار is, not where the title serves (رئيس الهيئة في تونس)
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وأوضح رئيس البلدية في المقابلة نفسها أن الأشغال ستنطلق قريبا.") == ["رئيس البلدية"]
    assert actors("وأوضح رئيس البلدية في الحوار أن الأشغال ستنطلق قريبا.") == ["رئيس البلدية"]


def test_rescuers_at_the_scene_and_a_train_leaving_are_no_visits() -> None:
    # وصلت إلى مكان الحادث الشرطة: those who reach an incident's scene make no visit; a vehicle's
    # departure (القطار ... مغادرته المحطة) is no one's trip
    assert kinds("ووصلت إلى موقع الانفجار فرق الحماية المدنية بعد دقائق.") == []
    assert kinds("وانحرفت الحافلة بعد دقائق من مغادرتها المحطة.") == []
    assert kinds("ووصل وزير الخارجية إلى العاصمة مساء الأحد.") == ["visit"]


def test_visits_to_many_counted_places_by_no_one_named_are_a_tally() -> None:
    # تمت زيارة 120 مدرسة: ten places or more counted after a visit's noun, no visitor named, are
    # a round of inspections; a minister's visit to them stays his
    assert kinds("وتمت خلال الموسم زيارة 85 ضيعة فلاحية لمراقبة الأسعار.") == []
    assert kinds("وقام الوزير صباح الأحد بزيارة 12 مصنعا.") == ["visit"]


def test_a_meeting_s_proceedings_or_season_hold_no_meeting() -> None:
    # تتواصل فعاليات مؤتمر، رفع نتائج الاجتماع، اجتماعات الخريف: what a meeting consists of or
    # yields, before its noun, and the season it is named after, are no one who met
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وتتواصل أشغال منتدى الشباب المتوسطي بالمدينة منذ أمس.") == [None]
    assert actors("ويشارك الوفد في اجتماعات الخريف المنعقدة هذا الأسبوع.") == [None]


def test_casualties_told_with_an_accident_are_no_attack() -> None:
    # سقوط قتلى after حادث تصادم: casualties (سقط, whose sense needs the dead after it, as مقتل's
    # is an outcome) with the accident that caused them are no attack; a second telling of them
    # in the sentence (بسقوط 52 قتيلا) is no accident's word
    told = "وذكرت الإذاعة أن حادث تصادم بين حافلة وشاحنة صباح الأحد أسفر عن سقوط أربعة قتلى."
    assert kinds(told) == ["statement"]
    assert kinds("وسقط أمس خمسة قتلى في قصف على البلدة.") == ["attack"]


def test_a_verb_after_an_act_s_noun_and_its_nisba_describes_the_act() -> None:
    # هجوم إرهابي استهدف السوق، غارة جوية استهدفت: a verb right after an act's indefinite noun and
    # its nisba describes that act; the phrase after it is what was struck, no one who struck
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وأصيب عشرة أشخاص بجروح إثر تفجير انتحاري طال محطة الحافلات.") == [None]
    assert actors("وقتل جنديان في غارة جوية استهدفت قاعدة عسكرية.") == [None]


def test_an_act_told_on_another_day_is_not_told_again() -> None:
    # غارات جوية استهدفت القرية، الجمعة: an act with no date of its own but one its describing verb
    # holds is not the act of a sentence before told on another day, though it shares its words
    article = (
        "وقتل ثلاثة مدنيين في هجوم صاروخي استهدف سوق البلدة اليوم الأحد.\n\n"
        "وأكدت منظمة إغاثة تعرض فريقها لقصف مدفعي أثناء عملية إنقاذ أعقبت غارات جوية استهدفت القرية، الجمعة."
    )
    told = [(e.sentence, e.type, e.date) for e in events_of(article)]
    assert told == [
        (0, "attack", "2024-03-17"),
        (1, "statement", None),
        (1, "attack", "2024-03-15"),
        (1, "attack", "2024-03-15"),
    ]


def test_the_most_prominent_of_them_is_no_report() -> None:
    # أبرزها (the foremost of them: a superlative with its pronoun) is not أبرز (he pointed out)
    told = "وشهدت المنطقة نزاعات أدت إلى تنامي عصابات التهريب، أبرزها شبكتان تسعيان إلى السيطرة على المعابر."
    assert kinds(told) == []
    assert kinds("وأبرز الوزير أن المشروع سينطلق قريبا.") == ["statement"]


def test_a_light_verb_s_subject_is_found_past_a_date_and_where_it_was_written() -> None:
    # وجه الرئيس فلان الفلاني اليوم في منشور على صفحته تهديدا: the light verb is found past its
    # subject, a date and a speech's adjunct with the account it was written on (على حسابه)
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    threat = "ووجه النائب سالم الهمامي اليوم في منشور على صفحته تحذيرا للوزير من عواقب القرار."
    assert actors(threat) == ["النائب سالم الهمامي"]
    told = 'وأصدرت جمعية "الأمل" في هذا الصدد بيانا، أكدت فيه أن الوضع يبعث على القلق.'
    assert actors(told) == ['جمعية "الأمل"']


def test_a_report_s_verb_joined_by_waw_after_a_definite_noun_opens_a_clause() -> None:
    # زار الوالي المدينة وأكد أن: و + a report's verb right after a definite noun, no noun of the
    # lexicon spelt as it and no pronoun on it, opens a clause; a noun of the phrase stays one
    # (قرار الإغلاق وحظر التنقل، تطوير الأسلحة ونشرها، ومنع التجمعات)
    assert kinds("وحضر الوالي الاجتماع وأكد أن المشروع سينطلق قريبا.") == ["statement"]
    assert kinds("وزار المدير الجهوي المستشفى وقال إن الأشغال انتهت.") == ["visit", "statement"]
    assert kinds("وتخشى الدول المجاورة تطوير الأسلحة ونشرها في المنطقة.") == []
    assert kinds("وشمل القرار غلق المقاهي ومنع التجمعات.") == []


def test_a_speaker_goes_on_after_the_words_of_another_told_inside_theirs() -> None:
    # وقال مصدر إن السلطات أوضحت ... وتابع: the source's words told what the authorities explained;
    # the verb that goes on, a man's, is the source's, not theirs, and no event of its own
    article = (
        "وقال مصدر دبلوماسي إن السلطات أبلغت البعثة بضرورة المغادرة خلال يومين.\n\nوتابع أن الموظفين لم يغادروا بعد."
    )
    told = [(e.sentence, e.type, e.actor) for e in events_of(article)]
    assert told == [(0, "statement", "مصدر دبلوماسي"), (0, "statement", "السلطات")]


def test_an_act_carried_by_a_light_noun_in_a_time_s_phrase_is_not_the_verb_s() -> None:
    # تلقى رسالة قصيرة قبيل تنفيذ الهجوم: after قبيل، بعد، خلال the light noun right before the act's
    # noun carries it; a verb before the phrase (تلقى) is no light verb of it and its object no doer
    article = "وقتل ستة أشخاص في هجوم على السوق صباح الأحد.\n\nوتم إيقاف رجل تلقى رسالة قصيرة قبيل تنفيذ الهجوم."
    assert [(e.type, e.actor) for e in events_of(article)] == [("attack", None), ("measure", None)]


def test_a_subject_s_phrase_ends_before_a_plural_verb_that_takes_an_object() -> None:
    # شهود شاهدوا الحريق، أعوان الحرس أعطوا الملف: a past verb in the plural, its object or its
    # preposition after it, is no word of the subject's name; a name in وا before another stays
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وقال شهود شاهدوا الحريق إن النيران امتدت بسرعة.") == ["شهود"]
    caught = "وقال مصدر إن أعوان الحرس أعطوا الملف الأولوية وتمكنوا من القبض على المشتبهين."
    assert actors(caught) == ["مصدر", "أعوان الحرس"]
    assert actors("وقال جان فرانسوا مارتان إن الحكومة أخطأت.") == ["جان فرانسوا مارتان"]


def test_the_same_source_named_again_goes_on_with_its_words() -> None:
    # حسبما ذكره نفس المصدر، أفاد المصدر نفسه: the source named again as the one before is the
    # speaker just heard going on, no statement of its own
    article = (
        "وقالت مصادر أمنية إن الشرطة أوقفت ثلاثة مهربين مساء الأحد.\n\n"
        "وحجزت الوحدات لديهم كمية من الوقود حسبما أفاد به المصدر نفسه."
    )
    assert [(e.sentence, e.type) for e in events_of(article)] == [(0, "statement"), (0, "measure")]


def test_kana_s_titled_subject_goes_on_speaking_after_waw() -> None:
    # وكان الوالي على رأس الوفد، وقال إنه: a report's verb joined by و after a sentence that opens
    # with كان and a title is that title's, when the verb agrees with it (كان الامتحان صعبا وأضافت:
    # no one's, and a woman's verb is no man's title's)
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وكان المحافظ على رأس الموكب، وقال إنه راض عن الاستعدادات.") == ["المحافظ"]
    assert actors("وكانت الوزيرة في مقدمة المستقبلين، وأكدت أن الزيارة ناجحة.") == ["الوزيرة"]
    assert actors("وكان المحافظ على رأس الموكب، وقالت إن الاستعدادات جيدة.") == [None]


def test_an_accusative_before_a_prepositional_phrase_is_the_deed_s_object() -> None:
    # دهس حشدا بشاحنة: an indefinite noun in the accusative right after a deed's verb, ب or ل on the
    # word after it, is what the deed struck, not who did it
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وأوقف الرجل المتهم بقتل ستة أشخاص عندما دهس جمهورا بشاحنة.") == [None, None]
    assert actors("وقال الشهود إن السائق دهس طفلا بسيارة مسرعة.") == ["الشهود", "السائق"]


def test_a_present_verb_describing_a_text_is_what_the_text_is_about() -> None:
    # بنود تناقش المسألة، فصل يناقش: a present verb right after a text's noun (an
    # article, a clause, a law; فصل with its ف as a root's) tells what the text says, no meeting
    assert kinds("وأكد الخبير أن المجلة خالية من أي بند يناقش حقوق المستأجرين.") == ["statement"]
    assert kinds("ولم يجد الباحث أي فصل يناقش هذه الحالة.") == []


def test_a_foreign_name_shaped_like_a_verbal_noun_is_who_acted() -> None:
    # تصريحات تراسك أمس، زيارة تراسك إلى: a name with تفاعل's shape after an act's noun, with no
    # article and no genitive, preposition or adjective of a verbal noun after it, is whose act it
    # is; تبادل الأسرى، تعاون مع are what the act is of
    def told(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert told("وأثارت تصريحات تراسك أمس جدلا واسعا في البرلمان.") == [("statement", "تراسك")]
    assert told("وتأتي زيارة تراسك إلى القاهرة يوم الأحد.") == [("visit", "تراسك")]
    assert told("وأثار اتفاق تبادل الأسرى ارتياحا كبيرا أمس.") == [("agreement", None)]


def test_what_a_meeting_s_verb_takes_as_its_object_is_no_one_who_met() -> None:
    # كما ناقش التوصيات: recommendations, files, questions after a meeting's verb are what it
    # discussed; after a report's verb they may speak (دعت التوصيات إلى)
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("ونظرت الهيئة في الميزانية، كما ناقشت المقترحات المقدمة من الأعضاء.") == [None]
    assert actors("ودعت التوصيات إلى مراجعة قانون الصفقات.") == ["التوصيات"]


def test_a_light_word_after_a_noun_with_lam_is_that_noun_s_genitive() -> None:
    # لترتيبات عقد القمة: a light word (عقد) right before the act's noun, after a noun with ل or ب,
    # is a verbal noun (holding), no verb with a subject: no one who met
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وغادر الوزير القاعة لتحضيرات عقد القمة الإقليمية.") == [None]
    assert actors("وعقد الوزير لقاء مع السفير.") == ["الوزير"]


def test_a_participle_after_a_speech_s_noun_and_its_adjective_is_one_more_adjective() -> None:
    # في لقاء إعلامي مصغر: after the speech's noun and an adjective, a participle's shape with no
    # article is one more adjective of it, no one who spoke; in the accusative it is no adjective
    assert [e.actor for e in events_of("وأوضح أمس في لقاء إعلامي مصغر مع الصحفيين أن الأشغال ستتواصل.")] == [None]


def test_a_noun_with_its_pronoun_after_fihi_is_what_was_said() -> None:
    # شكوى تتهم فيها جارها، تقريرا كشفت فيه معاناتهم: after a report's verb and فيه/فيها, a noun
    # with its owner's pronoun is whom or what it tells of, no one who speaks (رئيسها, a title, is)
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("ورفعت موظفة قضية تتهم فيها زوجها بتهديدها.") == [None]


def test_a_participle_in_ta_after_an_act_s_noun_in_ta_is_its_adjective() -> None:
    # في جلسة مفتوحة، في جلسة مغلقة: a participle's shape in ة after an act's noun in ة agrees with
    # it, an adjective, no one who met (قمة مجموعة العشرين: a noun the lexicon knows stays its genitive)
    assert [e.actor for e in events_of("وانطلقت صباح اليوم جلسة مفتوحة بمقر البرلمان.")] == [None]


def test_a_joined_report_s_object_is_no_speaker_of_its_own() -> None:
    # زار الوالي المعرض ودعا الحضور: a report's verb joined by و right after a definite word goes on
    # with the clause's subject; the definite people it urges, or a verbal noun, are its object
    # (وطالبت عدة جمعيات: an indefinite subject of its own asks)
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وزار المحافظ المعرض ودعا الحضور إلى التبرع.") == ["المحافظ", "المحافظ"]
    assert actors("وأغلقت الشرطة الطريق وطالبت السكان بالابتعاد عن المكان.")[-1] == "الشرطة"


def test_a_report_that_the_speaker_s_side_did_not_strike_is_a_denial() -> None:
    # أكدت الوزارة أن طائراتها لم تقصف القرية: the speaker says its own side (a pronoun on the
    # complementizer, an owned force, a body of its own country) did not do the act; someone
    # else's act negated, a restriction (لم يتم ... إلا) or a future لن is still a statement
    assert kinds("ذكرت وزارة الدفاع أن طائراتها لم تنفذ أي غارة على البلدة.") == ["denial"]
    assert kinds("وقال الجيش إنه لم يعتقل أي صحفي خلال المظاهرة.") == ["denial"]
    assert kinds("وأكدت قيادة الأركان الكندية أن الطيران الكندي لم يقصف المستودع.") == ["denial"]
    assert kinds("قالت الشرطة إن المحتجين لم يعتدوا على أحد.") == ["statement"]
    assert kinds("وأكد المدير أنه لم يتم إغلاق إلا مدرسة واحدة.") == ["statement"]
    assert kinds("قال الوزير إن الحكومة لن تفرض قيودا جديدة على الاستيراد.") == ["statement"]


def test_a_state_of_war_or_a_mobilisation_declared_is_a_measure() -> None:
    # أعلنت الحكومة حالة الحرب، أعلن الرئيس تعبئة الاحتياط: declaring them is the government's own
    # act, not words; a country that is still in a state of war, or resources mobilised, is none
    assert kinds("أعلنت الحكومة حالة الحرب في الإقليم الحدودي.") == ["measure"]
    assert kinds("وأعلن الرئيس الليلة تعبئة الاحتياط في ثلاث ولايات.") == ["measure"]
    assert kinds("ولا يزال البلدان رسميا في حالة حرب.") == []
    assert kinds("وأقر الرئيس فرض حالة الحرب بالولايات الشمالية.") == ["measure"]  # imposed, as an emergency is
    assert kinds("وتعمل المنظمة على تعبئة الموارد لمساعدة المتضررين.") == []


def test_an_apology_offered_is_a_statement() -> None:
    # قدم اعتذارا: a light verb and the noun of an apology are the speaker's words; an apology
    # demanded is the demand's
    events = events_of("وقدمت الإذاعة اعتذارا للمستمعين على بث الخبر الخاطئ يوم السبت.")
    assert [(e.type, e.actor, e.date) for e in events] == [("statement", "الإذاعة", "2024-03-16")]
    assert [(e.type, e.trigger) for e in events_of("وطالبت النقابة باعتذار رسمي من الوزير.")] == [
        ("statement", "وطالبت")
    ]


def test_an_announcement_s_noun_with_the_speaker_s_own_act_after_anna_is_that_act() -> None:
    # بعد إعلان كندا الخميس أنها طردت: as with the verb (أعلنت كندا أنها طردت), the act the noun of
    # an announcement tells with a pronoun of its announcer is the announcer's, dated by it; a
    # medium's announcement of others' acts stays a statement
    events = events_of("وجاءت الخطوة عقب إعلان الحكومة الكندية يوم الخميس أنها طردت دبلوماسيا.")
    assert [(e.type, e.actor, e.date) for e in events] == [("measure", "الحكومة الكندية", "2024-03-14")]
    assert kinds("وجاء ذلك بعد إعلان الوكالة أنه تم اعتقال رجلين.") == ["statement", "measure"]


def test_an_honorific_after_a_title_s_nisba_opens_the_name() -> None:
    # وزير الخارجية العماني الشيخ سالم بن راشد: an honorific or a rank after the title's nisba is
    # the first word of the name told with it; a first name before بن is a name whatever else it
    # reads as (فيصل: ف + يصل); after a title with no nisba an honorific is whom the verb takes
    def actors(text: str) -> list[str | None]:
        return [e.actor for e in events_of(text)]

    assert actors("وقال وزير الخارجية العماني الشيخ سالم بن راشد إن المحادثات بناءة.") == [
        "وزير الخارجية العماني الشيخ سالم بن راشد"
    ]
    assert actors("وقال المتحدث باسم الجيش الكيني العقيد جون موانغي إن الهدوء عاد.") == [
        "المتحدث باسم الجيش الكيني العقيد جون موانغي"
    ]
    assert actors("وقال المبعوث فيصل بن حمد إن الوفد وصل.")[0] == "المبعوث فيصل بن حمد"
    assert actors("واستقبل الوزير الشيخ سالم في مكتبه.") == ["الوزير"]


def test_an_act_after_haythu_shares_the_visit_s_subject_and_day() -> None:
    # زار المدينة الخميس حيث التقى: what a visitor did where he went is his, on that day; a
    # counterpart right after a meeting's verb is whom one met; a report after حيث (اتصلت الإذاعة
    # بالمدير حيث أكد) is the one contacted speaking, and an attack after an arrest is not the police's
    def actors_and_dates(text: str) -> list[tuple[str | None, str | None]]:
        return [(e.actor, e.date) for e in events_of(text)]

    assert actors_and_dates("ووصل الوزير إلى نيروبي يوم الخميس حيث التقى نظيره الكيني.") == [
        ("الوزير", "2024-03-14"),
        ("الوزير", "2024-03-14"),
    ]
    assert [e.actor for e in events_of("وأوقفت الشرطة شابا في المحطة حيث هاجم مسافرا.")] == ["الشرطة", None]


def test_a_statement_said_in_that_text_goes_on_with_it() -> None:
    # وقالت الحركة، في البيان، إن: said "in the statement" (or "in its statement") told before, the
    # words are more of that text, whatever kind it was; a denial in that text is one more event,
    # and words with no such text after an accusation are a statement of their own
    text = "اتهمت النقابة الإدارة في بيان بالمماطلة. وقالت النقابة، في البيان، إنها متمسكة بالحوار."
    assert kinds(text) == ["accusation"]
    text = "اتهمت النقابة الإدارة بالمماطلة. وقالت النقابة إنها متمسكة بالحوار."
    assert kinds(text) == ["accusation", "statement"]
    text = "أعلنت الشركة في بيان ارتفاع الاستهلاك. ونفت الشركة في البيان ذاته وجود أي انقطاع مبرمج."
    assert kinds(text) == ["statement", "denial"]


def test_an_anchored_meeting_or_agreement_between_parties_is_told_here() -> None:
    # عقب اجتماع بين الملكين، إثر اتفاق بين الطرفين: the noun with بين and its parties,
    # after a preposition that anchors another act to it, is an event told here (as with مع);
    # with the article it may be one told before
    assert "meeting" in kinds("وأعلن القصر عقب اجتماع بين الملكين أن الأزمة بحثت.")
    assert kinds("وعادت الحركة إلى المدينة إثر اتفاق بين الطرفين.") == ["agreement"]
    assert kinds("وعاد الهدوء إلى المدينة بعد الاتفاق بين الطرفين.") == []


def test_a_date_s_numbers_are_no_amount_and_its_time_of_day_no_clause() -> None:
    # وصل الوزير يوم 12 مارس: the day's number is no figure reached (وصل العدد إلى 30 is), and بعد
    # ظهر اليوم is a time of day, no "after" clause: the arrival is dated and told once with the
    # visit it names
    events = events_of("ووصل الوزير يوم 12 مارس 2024 إلى العاصمة الكينية نيروبي.")
    assert [(e.type, e.actor, e.date) for e in events] == [("visit", "الوزير", "2024-03-12")]
    assert kinds("ووصل عدد المصابين إلى 30 شخصا.") == []
    text = (
        "وصل وزير الخارجية الكويتي الشيخ سالم بن علي بعد ظهر الأحد 17 مارس 2024 الى العاصمة"
        " الكينية نيروبي في أول زيارة يقوم بها وزير كويتي."
    )
    assert [(e.type, e.trigger, e.date) for e in events_of(text)] == [("visit", "وصل", "2024-03-17")]


def test_an_act_retold_by_its_party_or_a_visit_s_noun_with_its_visitor_is_the_act_told_before() -> None:
    # وذكرت الوزارة أنه جرى استدعاء السفير after استدعت الخارجية الخميس السفير: the same party's act
    # told again, undated, is the dated one (not an arrest: the police make many); برنامج زيارة
    # الوزير after وصل الوزير: the visit told by its arrival
    text = (
        "استدعت وزارة الخارجية الكينية الخميس السفير الأوغندي."
        " وذكرت الخارجية الكينية في منشور أنه جرى استدعاء السفير لإبلاغه احتجاجها."
    )
    assert [(e.type, e.mentions) for e in events_of(text)] == [("measure", (0, 1))]
    text = "ووصل الوزير إلى نيروبي أمس. ويتضمن برنامج زيارة الوزير جولة في الميناء."
    assert [(e.type, e.mentions) for e in events_of(text)] == [("visit", (0, 1))]
    text = "أوقفت الشرطة الخميس ثلاثة أشخاص. وأفاد المصدر بأن الأعوان تمكنوا من إيقاف شخصين آخرين."
    assert [e.type for e in events_of(text) if e.type == "measure"] == ["measure", "measure"]


def test_attacks_of_one_day_on_two_countries_are_two() -> None:
    # غارات على سوريا ... غارات على العراق، the same day and by the same air force: each names the
    # country it struck, and none is the other's (غزة is Palestine's, جنوب لبنان Lebanon's); the
    # same raid told again with its country, or with none, is one
    text = "شن الطيران الحربي غارات على سوريا الخميس. وشن الطيران الخميس أيضا غارات على العراق."
    assert [(e.type, e.sentence) for e in events_of(text)] == [("attack", 0), ("attack", 1)]
    text = "قصفت طائرات غارات على قطاع غزة الخميس. وشنت الطائرات الخميس ضربات على جنوب لبنان."
    assert [(e.type, e.sentence) for e in events_of(text)] == [("attack", 0), ("attack", 1)]
    text = "شن الطيران الحربي غارات على سوريا الخميس. وأسفرت الغارات التي شنها الخميس على سوريا عن مقتل 5."
    assert [e.type for e in events_of(text)] == ["attack"]


def test_the_name_a_party_goes_by_is_part_of_its_name() -> None:
    # تنظيم "أنصار الدين" والمعروف بـ"الأنصار": the name after المعروف ب (quoted or after باسم)
    # ends the subject, so the claim after it is the party's attack, dated by the attack's day
    text = "أعلن تنظيم “كتائب الفجر” والمعروف بـ”الكتائب”، الاثنين، مسؤوليته عن تفجيرين هزا المدينة أمس."
    events = events_of(text)
    assert [(e.type, e.actor, e.date) for e in events] == [
        ("attack", "تنظيم “كتائب الفجر” والمعروف بـ”الكتائب”", "2024-03-16")
    ]


def test_a_word_after_a_participle_that_takes_an_object_is_a_noun() -> None:
    # أدانت كينيا الهجوم، مجددة رفضها للعنف: after مجددة (renewing), رفضها is her rejection, a noun,
    # no verb "rejected it" with a subject of its own: one condemnation, no second speaker
    events = events_of("أدانت كينيا الهجوم على السوق، مجددة رفضها الكامل لكل أشكال العنف.")
    assert [(e.type, e.actor) for e in events] == [("accusation", "كينيا")]


def test_a_light_verb_s_run_of_acts_is_those_acts() -> None:
    # شنت الطائرات موجة من الضربات، يجري الوزير سلسلة من اللقاءات: a wave or a series of acts after
    # من is the light verb's object, the acts themselves (as جملة من القرارات); the run's word is
    # no one who acts
    assert [(e.type, e.actor) for e in events_of("وشنت المقاتلات أعنف موجة من الضربات على الميناء.")] == [
        ("attack", "المقاتلات")
    ]
    assert [(e.type, e.actor) for e in events_of("ويجري المبعوث سلسلة من اللقاءات بقادة الأحزاب.")] == [
        ("meeting", "المبعوث")
    ]


def test_mourning_declared_is_a_measure_and_a_farewell_to_the_dead_no_call() -> None:
    # أعلن الحداد ثلاثة أيام: declaring mourning is an official decision (الحداد no surname after a
    # title); ودعت المدينة جثامين الضحايا: وَدَّعت (bade farewell) is no و + دعت (called on)
    assert [(e.type, e.actor) for e in events_of("وأعلن الرئيس الحداد ثلاثة أيام في البلاد.")] == [
        ("measure", "الرئيس")
    ]
    assert kinds("وقد ودعت القرية جثامين الضحايا الثلاثة.") == []
    assert kinds("ودعت المنظمة إلى تسليم جثامين الضحايا.") == ["statement"]


def test_a_title_right_after_a_full_name_opens_the_object() -> None:
    # عين الرئيس فلان الفلاني وزير الخارجية الأسبق سفيرا: the name told after the title ends the
    # subject; the title after it heads whom he appointed (قائد in a name, as قائد السبسي, is none)
    events = events_of("وعين الرئيس الكيني وليام روتو وزير الخارجية الأسبق سفيرا في لندن.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الرئيس الكيني وليام روتو")]


def test_a_task_one_will_be_in_charge_of_is_no_blame() -> None:
    # ستكون مسؤولة عن صياغة خطة: in charge of a task to come, no one blamed; responsible for an act
    # (مسؤولة عن الهجوم) still blames
    assert kinds("وذكر الرئيس أن نائبته ستكون مسؤولة عن صياغة خطة لفتح الحدود.") == ["statement"]
    assert kinds("وقال الوزير إن الجماعة ستكون مسؤولة عن الهجوم على السفارة.") == ["accusation"]


def test_a_report_named_again_as_the_source_is_no_second_statement() -> None:
    # بحسب البيان، وفقا للبيان: the statement told before, named again as the source of what the
    # sentence tells; وفقا لتقرير نشرته الصحيفة names a report of its own and stays one
    assert kinds("واتفق الجانبان على إعادة فتح المعبر الشمالي أمام الشاحنات، بحسب البيان.") == ["agreement"]
    assert kinds("وناقش الوفدان، وفقا للبيان، ملف المياه والحدود.") == ["meeting"]
    assert kinds("وغادر الوزير العاصمة مساء أمس، وفقا لتقرير نشرته الصحيفة.") == ["visit", "statement"]


def test_a_body_or_its_spokesman_telling_what_the_body_did_tells_its_own_act() -> None:
    # قال المتحدث باسم الشرطة إن الشرطة اعتقلت: the police's own arrest, no statement besides; the
    # same with the body named again after قوات، and an army's unit after the armed forces' spokesman
    events = events_of("وقال المتحدث باسم الشرطة إن الشرطة اعتقلت أربعة مهربين قرب الميناء.")
    assert [e.type for e in events] == ["measure"]
    assert kinds("وقال الجيش إن قوات الجيش قصفت مواقع المتمردين في الجبل.") == ["attack"]
    text = "وذكر الناطق العسكري باسم القوات المسلحة أن وحدات الجيش الرابع قصفت مخازن للذخيرة."
    assert kinds(text) == ["attack"]
    # another country's army, named by its adjective, is not the speaker's
    assert kinds("وقال المتحدث باسم الجيش إن الجيش الإسرائيلي قصف مواقع في الجنوب.") == ["statement", "attack"]


def test_what_publishing_a_picture_or_the_report_itself_tells_is_no_statement() -> None:
    # نشر صورا، نشر مقطعا: pictures shown, nothing stated; بيان ... نشرته على موقعها: the report
    # already named, published; نشرت الشرطة مقطعا: no deployment of the police either
    assert kinds("ونشرت البلدية صورا للجسر بعد ترميمه.") == []
    assert kinds("ونشرت الشرطة مقطعا مصورا للحظة وصول المتهمين.") == []
    events = events_of("وجاء في بيان للنقابة، نشرته على صفحتها، أن المعلمين سيضربون الأحد.")
    assert [e.trigger for e in events if e.type == "statement"] == ["بيان"]
    # what publishing a report or words does still tells, and the police deployed stay a measure
    assert kinds("ونشرت الصحيفة تقريرا عن تراجع الصادرات.") == ["statement"]
    assert kinds("ونشرت الشرطة مئات العناصر حول الملعب.") == ["measure"]


def test_a_presidency_or_a_government_telling_what_its_head_named_will_do_tells_its_own_act() -> None:
    # أعلنت الرئاسة أن الرئيس فلان سيستقبل: the title with the head's name is still its head; the
    # government's head is رئيس الوزراء/رئيس الحكومة; another country's president is not its head
    text = "أعلنت الرئاسة الغانية، صباح اليوم، أن الرئيس جون ماهاما سيستقبل، بعد غد، نظيره التوغولي."
    assert kinds(text) == ["visit"]
    assert kinds("وأعلنت الحكومة أن رئيس الوزراء سيتوجه إلى مدريد الشهر المقبل.") == ["visit"]
    assert kinds("وأعلنت الرئاسة أن الرئيس الكيني وليام روتو سيزور أكرا.") == ["statement", "visit"]


def test_what_two_sides_discussed_during_the_meeting_told_before_is_that_meeting() -> None:
    # وبحث الجانبان خلال اللقاء، وجرى خلال الاجتماع بحث: the meeting of the sentence before, once
    text = "اجتمع الوزير بنظيره الغاني أمس في أكرا. وناقش الجانبان خلال الاجتماع ملف الصيد البحري."
    events = events_of(text)
    assert [(e.type, e.sentence, e.mentions) for e in events if e.type == "meeting"] == [("meeting", 0, (0, 1))]
    text = "أجرت الوزيرة اتصالا هاتفيا بنظيرها الكيني. وتم خلال الاتصال بحث أوضاع اللاجئين."
    assert kinds(text) == ["meeting"]
    # told first, the meeting is one of its own
    assert kinds("وبحث الجانبان خلال الاتصال الهاتفي أوضاع اللاجئين.") == ["meeting"]


def test_a_sentence_passed_on_someone_named_before_is_a_ruling() -> None:
    # قضت بسجنه، ببراءتهم: the sentence with the convict's pronoun, the court named before the verb
    assert [(e.type, e.actor) for e in events_of("وكانت المحكمة العليا قد قضت بحبسه ثلاث سنوات.")] == [
        ("measure", "المحكمة العليا")
    ]
    assert kinds("وأعلن محاميهم صدور الحكم النهائي ببراءتهم أمس.") == ["measure"]
    # قضى سنوات: years spent, no ruling
    assert kinds("وقضى ثلاث سنوات في المنفى قبل عودته.") == []


def test_orders_issued_are_a_decision() -> None:
    # أصدر أوامر بإعفاء: orders, as a decree or a decision, are the measure they order
    events = events_of("وأصدر الملك أوامر بتعيين سفير جديد لدى باريس.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الملك")]


def test_a_bill_passed_on_a_reading_or_by_a_majority_is_a_law_passed() -> None:
    # صادق بالقراءة الأولى، صوت بأغلبية: a legislature's vote, the bill named further on
    text = "وصادق مجلس الشيوخ مساء الثلاثاء بالقراءة الثانية على مشروع قانون الضرائب."
    assert [(e.type, e.actor) for e in events_of(text)] == [("measure", "مجلس الشيوخ")]
    assert kinds("وصوت المجلس البلدي أمس بأغلبية الأعضاء على نقل السوق.") == ["measure"]


def test_the_event_told_as_coming_after_something_is_the_one_told_before() -> None:
    # وتأتي زيارته بعد، وجاءت الزيارة في: the visit told in the sentence before, whatever date the
    # sentence around it holds
    text = "وصل الوزير الغاني إلى الرباط صباح اليوم. وتأتي زيارته بعد أسبوعين من الانتخابات البلدية."
    events = events_of(text)
    assert [(e.type, e.sentence) for e in events if e.type == "visit"] == [("visit", 0)]


def test_an_act_that_will_not_pass_unpunished_is_a_threat() -> None:
    # لن يمر دون عقاب، لن يفلتوا: a threat (the feminine was one already); an answer not given is none
    assert kinds("وقال قائد الشرطة إن التخريب لن يمر دون عقاب.") == ["warning"]
    assert kinds("وأكد وزير الداخلية أن الجناة لن يفلتوا من العدالة.") == ["warning"]
    assert kinds("وقال المحامي إن موكلته خرجت دون رد على أسئلة الصحفيين.") == ["statement"]


def test_what_a_decision_closes_is_no_one_who_decided() -> None:
    # قرار بإغلاق المعبر: the crossing is what is closed; told with no genitive, no decider named
    events = events_of("وأعلن مساء أمس عن قرار بإغلاق المعبر الحدودي.")
    assert [(e.type, e.actor) for e in events] == [("measure", None)]


def test_a_verb_of_coming_or_issuing_is_no_one_s_name() -> None:
    # وصدر حكم، وجاءت إدانته: the verb's subject is the act's noun after it; the verb is no topic
    assert [(e.type, e.actor) for e in events_of("وصدر حكم بسجنه عامين يوم الثلاثاء.")] == [("measure", None)]
    condemned = events_of("وجاءت إدانته للتفجير بعد ساعات من وقوعه.")
    assert [e.actor for e in condemned] == [None]
    assert [(e.type, e.actor) for e in events_of("فصدر قرار بمنعه من السفر يوم الأحد.")] == [("measure", None)]


def test_a_body_after_a_verb_with_its_object_is_its_subject() -> None:
    # وأدانته المنظمة: أدانته reads as a verb with its object or as إدانته, a noun with its owner;
    # a definite word of a participle's shape after it tells the noun (قصفها المكثف), but not a body's
    events = events_of("وأدانته المنظمة الحقوقية في بيان يوم الأحد.")
    assert [(e.type, e.actor) for e in events] == [("accusation", "المنظمة الحقوقية")]
    events = events_of("وأدانته المحكمة الابتدائية بتهمة الرشوة.")
    assert [(e.type, e.actor) for e in events] == [("measure", "المحكمة الابتدائية")]
    assert [e.trigger for e in events_of("وانتقد النائب قصفها المكثف للأحياء السكنية.") if e.type == "attack"] == [
        "قصفها"
    ]


def test_an_object_spelt_like_a_dual_verb_after_its_verb_is_a_noun() -> None:
    # حكما is a ruling (accusative) or "the two ruled"; after a verb opening its clause (and its
    # subject) it is the verb's object, and no one is named by the verb read as its subject
    events = events_of("ونقضت المحكمة حكما بسجن الصحفي عامين.")
    assert [(e.type, e.actor) for e in events] == [("measure", None)]
    events = events_of("وكانت المحكمة قضت في مارس بسجنه، ونقضت حكما سابقا ببراءته.")
    assert [(e.type, e.actor) for e in events] == [("measure", "المحكمة")]
    # two who act are a dual verb's subject
    events = events_of("الرئيس ونظيره الفرنسي بحثا سبل التعاون.")
    assert [(e.type, e.actor) for e in events] == [("meeting", "الرئيس ونظيره الفرنسي")]
    assert [e.type for e in events_of("وقال إن حارسا السجن هددا بالإضراب عن العمل.")] == ["statement", "warning"]


def test_a_report_s_verb_after_may_or_so_as_to_is_not_said() -> None:
    # قد + a present verb is "may"; لكي + a present verb is what one means to do: neither is done,
    # a report's verb neither (one further off from its modal still is: طالب ... وأكد)
    assert kinds("قد تطلب البلدية من السكان إخلاء المنازل القريبة من الوادي.") == []
    assert kinds("وربما يضيف المنظمون عروضا أخرى إلى برنامج المهرجان.") == []
    events = events_of("وغادر الحزب الائتلاف الحاكم لكي يعلن مرشحه للانتخابات المقبلة.")
    assert "statement" not in [e.type for e in events]
    # قد before a past verb is "has": said
    events = events_of("وقد أعلن المدرب يوم الخميس عن قائمة اللاعبين.")
    assert [(e.type, e.actor) for e in events] == [("statement", "المدرب")]


def test_striving_stated_is_what_is_stated() -> None:
    # وأكد سعي البلدية ل: what he stressed is the council's striving, not who stressed it
    text = "قال وزير المالية إن العجز تراجع هذا العام. وأكد سعي البلدية لتحسين الخدمات."
    events = events_of(text)
    assert [(e.type, e.actor, e.mentions) for e in events] == [("statement", "وزير المالية", (0, 1))]


def test_a_present_verb_joined_to_a_hypothetical_one_is_as_hypothetical() -> None:
    # قد يزور ... ويلتقي: one subject and one mood; the second verb was kept when the first was not
    assert events_of("قد يزور المبعوث الخرطوم ويلتقي قادة الجيش.") == []
    assert events_of("ويتوقع أن يؤكد المجلس دعم الحوار ويرحب بمبادرة الوساطة.") == []
    # what someone is expected to say is not said either
    assert events_of("ومن المرتقب أن يعلن رئيس النادي اسم المدرب الجديد.") == []
    # a verb joined to a verb that is done is done too
    events = events_of("يزور المبعوث الخرطوم اليوم ويلتقي قادة الجيش.")
    assert [(e.type, e.actor) for e in events] == [("visit", "المبعوث"), ("meeting", "المبعوث")]


def test_a_quoted_name_that_relays_from_another_is_the_speaker() -> None:
    # ونقلت "الوكالة" عن: the quoted name relays what it had from whoever follows عن
    events = events_of('ونقلت "الإذاعة" عن مصدر في الجمارك أن الشحنة حجزت في الميناء.')
    assert [(e.type, e.actor) for e in events] == [("statement", "الإذاعة")]


def test_the_occasion_after_a_title_is_no_part_of_its_name() -> None:
    # قال الوزير في افتتاح المؤتمر: at the conference's opening, where he spoke; not a place where
    # the title is held (عضو في الاتحاد)
    for text in (
        "وقال الوزير في افتتاح المعرض إن الصادرات ارتفعت.",
        "وقال الوزير في اختتام فعاليات المنتدى إن الصادرات ارتفعت.",
        "وقال الوزير في انطلاق الموسم الفلاحي إن الصادرات ارتفعت.",
    ):
        assert [(e.type, e.actor) for e in events_of(text)] == [("statement", "الوزير")]
    assert [e.actor for e in events_of("وقال عضو في الاتحاد إن الصادرات ارتفعت.")] == ["عضو في الاتحاد"]


def test_a_title_s_genitive_in_ta_marbuta_is_no_verb_with_its_object() -> None:
    # رئيس بعثة: بعثة normalises as بعثه, which reads as بعث + ه (sent him); after a title or a
    # body's noun its ة is written, no pronoun, and the name goes on
    events = events_of("قال رئيس بعثة المراقبين الأوروبيين إن الاقتراع جرى بهدوء.")
    assert [(e.type, e.actor) for e in events] == [("statement", "رئيس بعثة المراقبين الأوروبيين")]
    events = events_of("وأعلن فريق حملة المرشح عن تنظيم تجمع انتخابي في العاصمة.")
    assert [e.actor for e in events if e.type == "statement"] == ["فريق حملة المرشح"]


def test_a_body_named_in_quotes_before_its_verb_is_its_subject() -> None:
    # أن كتلة "الأمل" قررت، وكانت صحيفة "الشروق" نشرت: the quoted name belongs to the body's noun
    # before it; the subject goes on to the verb
    events = events_of('وذكر النائب أن كتلة "الوفاق" قررت مقاطعة الجلسة العامة.')
    assert ("measure", 'كتلة "الوفاق"') in [(e.type, e.actor) for e in events]
    events = events_of('وكانت جريدة "الصباح" نشرت الوثيقة كاملة يوم الأحد.')
    assert [(e.type, e.actor) for e in events] == [("statement", 'جريدة "الصباح"')]
    events = events_of('وكان حزب "النهضة" قد أعلن مقاطعة الانتخابات البلدية.')
    assert [e.actor for e in events] == ['حزب "النهضة"']


def test_a_verb_after_a_feminine_act_noun_telling_its_purpose_is_no_name() -> None:
    # ورشة خصصت لمراجعة: a past verb in ت (one the lexicon does not know) followed by ل + a verbal
    # noun says what the session was for; no one held it by that name (a name in ت, رأفت, stays)
    text = "وقال المدير خلال جلسة خصصت لمراجعة برامج التكوين إن النتائج مرضية."
    assert [(e.type, e.actor) for e in events_of(text)] == [("statement", "المدير"), ("meeting", None)]
    text = "وقالت المنظمة خلال زيارة رأفت للمدينة إن الوضع هادئ."
    assert [(e.type, e.actor) for e in events_of(text)] == [("statement", "المنظمة"), ("visit", "رأفت")]


def test_an_act_after_haythu_in_an_announced_record_is_the_announcer_s() -> None:
    # أعلنت الشرطة نتائج حملتها، حيث اعتقلت: a verb with no subject after حيث goes on with the
    # announcement's subject, on its date (as زار المدينة حيث التقى goes on with the visitor)
    text = "أعلنت الشرطة حصيلة حملتها الأمنية خلال الأسبوع الماضي، حيث اعتقلت 30 مشتبها به."
    events = events_of(text)
    assert [(e.type, e.actor) for e in events] == [("statement", "الشرطة"), ("measure", "الشرطة")]
    assert events[0].date == events[1].date
    text = "أعلنت الوزارة حصيلة حملتها الأمنية، حيث اعتقلت الشرطة 30 شخصا."
    assert [(e.type, e.actor) for e in events_of(text)] == [("statement", "الوزارة"), ("measure", "الشرطة")]


def test_who_had_the_act_after_kana_and_lam_is_its_actor() -> None:
    # وكان لوزير الزراعة لقاء: the name after ل is who met, up to a preposition, ب + the article
    # or the act; a pronoun (كان له) names no one here
    def actors(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.actor) for e in events_of(text)]

    assert actors("وكان لوزير الزراعة لقاء مع ممثلي الفلاحين.") == [("meeting", "وزير الزراعة")]
    assert actors("وكانت للمديرة بالمناسبة محادثات مع وفد النقابة.") == [("meeting", "المديرة")]
    assert actors("وكان له أيضا اتصال هاتفي مع رئيس البلدية.") == [("meeting", None)]


def test_a_speaker_s_own_units_with_its_pronoun_tell_its_own_act() -> None:
    # ذكرت الشرطة أن دورياتها اعتقلت: its patrols, its own arrest: the act alone, done by the speaker
    events = events_of("وذكرت الشرطة مساء أمس أن دورياتها اعتقلت أربعة مهربين قرب المعبر.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الشرطة")]
    events = events_of("وأعلنت وزارة الداخلية أن أجهزتها الأمنية فككت شبكة لتهريب البشر.")
    assert [(e.type, e.actor) for e in events] == [("measure", "وزارة الداخلية")]
    # another's units, named: the report and the act both
    events = events_of("وقالت المنظمة إن دوريات الجيش اعتقلت أربعة صيادين قرب المعبر.")
    assert [e.type for e in events] == ["statement", "measure"]


def test_an_act_in_the_actor_s_own_meeting_is_dated_and_owned_by_it() -> None:
    # قرر المجلس في اجتماعه أمس: في before a meeting's noun with the subject's pronoun, as خلال:
    # the meeting is the subject's, and its date is the decision's
    events = events_of("قرر المجلس البلدي في اجتماعه أمس تأجيل المشروع.")
    assert [(e.type, e.actor, e.date) for e in events] == [
        ("measure", "المجلس البلدي", "2024-03-16"),
        ("meeting", "المجلس البلدي", "2024-03-16"),
    ]
    events = events_of("وأكدت النقابة في اجتماعها الدوري رفضها للقرار.")
    assert [(e.type, e.actor) for e in events] == [("statement", "النقابة"), ("meeting", "النقابة")]
    # not past another noun the pronoun may go back to (the council's session, not the minister's)
    events = events_of("وأدى الوزير اليمين أمام المجلس في جلسته أمس.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الوزير"), ("meeting", None)]
    # a visit after في is not so read (رغب في زيارته: the pronoun may be whom one visits)
    events = events_of("وقال السفير في زيارته للمدينة إن العلاقات جيدة.")
    assert [(e.type, e.actor) for e in events] == [("statement", "السفير"), ("visit", None)]


def test_a_verb_right_after_an_is_followed_by_its_subject() -> None:
    # بعد أن صادق البرلمان: with أن right before the verb no noun stands between them, so the
    # subject comes after the verb, also when an earlier إن opens what is said
    events = events_of("وقالت الوزيرة إن الوضع تحسن بعد أن صادق البرلمان على القانون.")
    assert [(e.type, e.actor) for e in events] == [("statement", "الوزيرة"), ("measure", "البرلمان")]
    events = events_of("وأكد المدير أن الأسعار ارتفعت قبل أن تقرر الحكومة تجميدها.")
    assert [(e.type, e.actor) for e in events] == [("statement", "المدير"), ("measure", "الحكومة")]
    # a noun between أن and the verb is still its subject
    events = events_of("وأكد المدير أن الحكومة قررت تجميد الأسعار.")
    assert [(e.type, e.actor) for e in events] == [("statement", "المدير"), ("measure", "الحكومة")]


def test_directing_that_something_be_done_is_a_measure() -> None:
    # وجه الوزير بتقديم المساعدات: وجه with ب + what is to be done is an order, an official decision;
    # وجه رسالة، وجه له تهمة، وجه الشكر are a message, a charge, thanks
    assert [(e.type, e.actor) for e in events_of("ووجه الوزير بتقديم المساعدات للمتضررين.")] == [("measure", "الوزير")]
    events = events_of("ووجه رئيس الحكومة الوزارات المعنية باتخاذ الإجراءات اللازمة.")
    assert [(e.type, e.actor) for e in events] == [("measure", "رئيس الحكومة")]
    assert kinds("ووجه الوزير رسالة إلى نظيره بتاريخ 5 مايو.") == ["statement"]
    assert kinds("ووجه الوزير له تهمة بتبديد الأموال.") == ["accusation"]
    assert kinds("ووجه الرئيس الشكر للفرق بتفانيها.") == []
    # instructions issued, as directives and orders are
    assert kinds("وأصدر الرئيس تعليمات بتقديم المساعدات للمتضررين.") == ["measure"]
    assert kinds("وتعمل الفرق وفق تعليمات الوزارة.") == []


def test_a_spokesman_s_body_telling_its_own_act_keeps_the_act_s_subject() -> None:
    # قال المتحدث باسم الجيش إن الجيش قصف: the act alone, and the army did it, not its spokesman
    events = events_of("قال المتحدث باسم الجيش إن الجيش قصف مواقع المسلحين ليلا.")
    assert [(e.type, e.actor) for e in events] == [("attack", "الجيش")]
    events = events_of("وأكد الناطق باسم وزارة الدفاع أن الجيش نفذ غارات على مخابئ المسلحين.")
    assert [(e.type, e.actor) for e in events] == [("attack", "الجيش")]
    # the speaker's own act with its pronoun: the speaker
    assert [(e.type, e.actor) for e in events_of("وأعلنت الوزارة أنها فرضت غرامة على الشركة.")] == [
        ("measure", "الوزارة")
    ]


def test_words_told_in_a_relative_clause_do_not_date_the_report_they_join() -> None:
    # عبروا عن استيائهم من تأخر المشروع الذي طالبوا به في 2012: the demand's year, not the dismay's
    events = events_of("وعبر السكان عن استيائهم من تأخر المشروع الذي طالبوا به في 2012.")
    assert [(e.type, e.actor, e.date) for e in events] == [("statement", "السكان", None)]
    events = events_of("وعبر السكان أمس عن استيائهم من تأخر المشروع الذي طالبوا به في 2012.")
    assert [(e.type, e.date) for e in events] == [("statement", "2024-03-16")]
    # the text the words were said in, put out that day: their day
    events = events_of("وقال الحزب في رسالة وزعها صباح اليوم على أعضائه إن الانتخابات مزورة.")
    assert [(e.type, e.date) for e in events] == [("statement", "2024-03-17")]


def test_what_a_measure_seizes_is_its_object_not_its_actor() -> None:
    # اعتقلت الشرطة خمسة رجال وصادرت أسلحة: weapons or goods after a measure's verb are what it
    # takes; the subject is the one before (or none is named)
    events = events_of("اعتقلت الشرطة خمسة رجال وصادرت أسلحة كانت في سيارتهم.")
    assert [(e.type, e.actor) for e in events] == [("measure", "الشرطة"), ("measure", "الشرطة")]
    events = events_of("أوقفت دورية الجمارك المهربين وصادرت الذخيرة.")
    assert [e.actor for e in events] == ["دورية الجمارك", "دورية الجمارك"]
    # a weapon that strikes is still who acts
    assert [(e.type, e.actor) for e in events_of("وقصفت الطائرات مواقع المسلحين.")] == [("attack", "الطائرات")]
