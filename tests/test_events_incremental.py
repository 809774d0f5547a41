"""What the passes read once and keep up to date, instead of looking over a whole sentence or
event for each trigger or mention (which made a long sentence cost the square of its length),
gives what looking again would: an event's actor, places and outcomes as its mentions come; the
attacks a sentence tells as the rules rule some out; a report's words, bounded."""

from __future__ import annotations

import datetime as dt
import random

from reader import analyse
from reader.events.frames import CONTENT_REACH, frame_triggers
from reader.events.lexicon import load_lexicon
from reader.events.mention import Mention
from reader.events.merging import Group
from reader.events.triggers import find_triggers
from reader.io.document import load_text
from reader.model import Timex
from reader.text.tokens import article_texts

ACTORS = (None, None, "الحزب", "حزب الأمل", "الوزير", "وزير الداخلية", "المنظمة", "المنظمة الدولية", "")
TYPES = ("statement", "statement", "warning", "accusation")
PLACES = (frozenset(), frozenset({1}), frozenset({2}), frozenset({1, 3}))


def dated(day: int) -> Timex:
    return Timex(f"t{day}", 0, 0, 4, "أمس", f"2024-05-{day:02d}", "day", "reference")


def mention(rng: random.Random, at: int) -> Mention:
    kind = rng.choice(TYPES)
    timex = dated(rng.randint(1, 3)) if rng.random() < 0.3 else None
    return Mention(
        at,
        0,
        kind,
        rng.choice(("قال", "حذر", "اتهم", "قتل")),
        "قال",
        0,
        3,
        rng.choice(ACTORS),
        timex,
        rng.random() < 0.7,
        True,
        outcome=rng.random() < 0.2,
        places=rng.choice(PLACES),
    )


def read_at_once(mentions: list[Mention], retype: bool) -> Group:
    group = Group(mentions[0].type)
    for one in mentions:
        group.add(one, retype)
    return group


def test_a_one_word_actor_is_named_in_full_by_a_later_mention_once_read() -> None:
    group = Group("statement")
    group.add(Mention(0, 0, "statement", "قال", "قال", 0, 3, None, None, True, True))
    assert group.actor is None
    group.add(Mention(1, 0, "statement", "قال", "قال", 0, 3, "الحزب", None, True, True))
    assert group.actor == "الحزب"
    group.add(Mention(2, 0, "statement", "قال", "قال", 0, 3, "حزب الأمل", None, True, True))
    assert group.actor == "حزب الأمل"


def test_a_new_lead_gives_its_own_actor_after_another_was_read() -> None:
    group = Group("statement")
    group.add(Mention(0, 0, "statement", "قال", "قال", 0, 3, "الحزب", None, False, True))
    assert group.actor == "الحزب"
    group.add(Mention(1, 0, "statement", "قال", "قال", 0, 3, "الوزير", dated(2), True, True))
    assert group.lead.actor == "الوزير"
    assert group.actor == "الوزير"


def test_what_is_kept_mention_by_mention_is_what_all_of_them_give_at_once() -> None:
    rng = random.Random(20261207)
    for _ in range(300):
        mentions = [mention(rng, at) for at in range(rng.randint(1, 12))]
        retype = rng.random() < 0.5
        group = Group(mentions[0].type)
        for count, one in enumerate(mentions, 1):
            group.add(one, retype)
            fresh = read_at_once(mentions[:count], retype)
            assert group.actor == fresh.actor
            assert group.places == set().union(*(m.places for m in mentions[:count]))
            assert group.outcomes == {m.lemma for m in mentions[:count] if m.outcome}
        group.inherited = "المتحدث"
        expected = read_at_once(mentions, retype)
        expected.inherited = "المتحدث"
        assert group.actor == expected.actor


def test_an_attack_ruled_out_between_deaths_and_their_accident_does_not_hide_it() -> None:
    # the first death reads the sentence's attacks, the epidemic "storming" the villages is then
    # ruled out (no one attacks): the second death, far from the crash, is still the crash's
    text = (
        "سقطت طائرة صغيرة في حادث قرب المطار الدولي بعد منتصف ليل الثلاثاء الماضي بقليل ووسط"
        " حضور أمني كبير جدا، وقتل اثنان من طاقمها على الفور قبل وصول فرق الإنقاذ إلى المكان بوقت"
        " قصير، واجتاح وباء الكوليرا القرى المجاورة بعد أسابيع من ذلك في موجة ثانية أطول من سابقتها"
        " بكثير، وقتل ثلاثة آخرون من الركاب في المستشفى مساء اليوم نفسه."
    )
    events = analyse(load_text(text), dt.date(2024, 5, 10)).events
    assert [e.trigger for e in events if e.type == "attack"] == []


def test_a_report_s_words_run_at_most_so_many_tokens() -> None:
    lex = load_lexicon()
    filler = " ".join(["المدينة الكبيرة"] * CONTENT_REACH)
    article = load_text(f"عنوان\n\nقال الوزير إن {filler} هادئة.")
    text = article_texts(article)[1]
    triggers = find_triggers(text, lex)
    frames, _, _ = frame_triggers(text, triggers, lex, False, frozenset(), lex.classes_of(text))
    said = frames[0].content
    assert said is not None
    assert said[1] - said[0] + 1 == CONTENT_REACH
    assert said[1] < len(text.tokens) - 1
