"""A hand-made analysis with other dated mentions: events and dates set by hand, not by the engine.

Sentences (our own):
0. a visit on 2024-05-12, also told in sentence 5;
1. the same day, no event: an other dated mention in the visit's group;
2. May 2023, no event: an other dated mention in a group of its own (before the visit);
3. a statement with no date: undated;
4. a vague future (FUTURE_REF): no mention;
5. the visit again, with a date of its own (2024-05-13): it is one of the visit's mentions, so no
   mention either;
6. two days before an unknown day (value None): no mention;
7. two dates, 2023-05 and 2022, one already named: one mention per value.
"""

from __future__ import annotations

import datetime as dt

from reader.io.document import load_text
from reader.model import Analysis, Event, Timex

SENTENCES = (
    "وصل وزير الخارجية إلى عمان يوم الأحد في زيارة رسمية.",
    "وكانت العاصمة قد شهدت يوم الأحد أمطارا غزيرة.",
    "وفي مايو 2023 افتتح الجسر الجديد فوق النهر.",
    "وقال المتحدث إن الزيارة ناجحة.",
    "ويتوقع الخبراء تحسنا في المستقبل.",
    "وتستمر الزيارة حتى يوم الاثنين.",
    "وكان السوق مغلقا قبل يومين.",
    "وبين مايو 2023 وعام 2022 تغيرت الأسعار مرتين في مايو 2023 نفسه.",
)


def hand_made_analysis() -> Analysis:
    """The analysis described in the module docstring."""
    article = load_text("\n".join(SENTENCES) + "\n")
    assert [s.text for s in article.sentences] == list(SENTENCES)

    def timex(ident: str, sentence: int, text: str, value: str | None, granularity: str, nth: int = 0) -> Timex:
        """The ``nth`` occurrence of ``text`` in the sentence; value None: two days before D."""
        s = article.sentences[sentence]
        starts = [i for i in range(s.start, s.end) if article.body.startswith(text, i)]
        start = starts[nth]
        anchor, offset = ("unknown", "-P2D") if value is None else ("publication", None)
        return Timex(ident, sentence, start, start + len(text), text, value, granularity, anchor, offset)

    timexes = (
        timex("t0", 0, "يوم الأحد", "2024-05-12", "day"),
        timex("t1", 1, "يوم الأحد", "2024-05-12", "day"),
        timex("t2", 2, "مايو 2023", "2023-05", "month"),
        timex("t3", 4, "في المستقبل", "FUTURE_REF", "vague"),
        timex("t4", 5, "يوم الاثنين", "2024-05-13", "day"),
        timex("t5", 6, "قبل يومين", None, "day"),
        timex("t6", 7, "مايو 2023", "2023-05", "month"),
        timex("t7", 7, "عام 2022", "2022", "year"),
        timex("t8", 7, "مايو 2023", "2023-05", "month", nth=1),
    )

    def trigger(sentence: int, word: str) -> tuple[int, int]:
        start = article.body.index(word, article.sentences[sentence].start)
        return start, start + len(word)

    visit = Event(
        "e0", "visit", "وصل", "وزير الخارجية", 0, (0, 5), "2024-05-12", "day", "explicit", "t0", *trigger(0, "وصل")
    )
    said = Event("e1", "statement", "وقال", "المتحدث", 3, (3,), None, None, "none", None, *trigger(3, "وقال"))
    return Analysis(article, timexes, (visit, said), dt.date(2024, 5, 14), "metadata")
