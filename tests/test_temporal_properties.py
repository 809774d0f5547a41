"""Properties of find_timexes on generated text: spans index the body, values follow the contract."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader import temporal
from reader.document import load_text
from reader.model import GRANULARITIES

VOCABULARY = (
    "قال وصل الوفد الرئيس في من إلى أن منذ قبل بعد قبلها بيومين اليوم أمس غداً أول يوم يومي الأحد "
    "الاثنين الخميس الجمعة المقبل الماضي القادم الجاري صباح مساء ليل الأسبوع الشهر العام السنة هذا "
    "نفس التالي مطلع منتصف أواخر نهاية عام سنة يناير فبراير/شباط مارس آذار نيسان أبريل جوان جويلية "
    "أوت أيلول تشرين الثاني كانون الأول رمضان شوال عيد الفطر الأضحى هـ حوالي نحو ثلاثة خمس عشرين "
    "أسبوعين عاما أيام سنوات شهرين مليار مليون شخص كوفيد-19 2014 2023 1438 15 4 و 5 ١٥ ٢٠٢٣ 15/11/2023 "
    "، . ( ) « » الأمين المدعي رجب"
)
WORDS = VOCABULARY.split()
VALUE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?|-W\d{2})?|PAST_REF|PRESENT_REF|FUTURE_REF)$")
ANCHOR = re.compile(r"^(publication|absolute|unknown|t\d+|e\d+)$")
OFFSET = re.compile(r"^-?P(\d+[YMWD])+$")
MARKS = st.sampled_from(["", "", "", "َ", "ـ", "ً"])

text_strategy = st.lists(st.tuples(st.sampled_from(WORDS), MARKS), min_size=1, max_size=40).map(
    lambda pairs: " ".join(word + mark for word, mark in pairs)
)


@settings(max_examples=300, deadline=None)
@given(text_strategy, st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))))
def test_timexes_follow_the_contract(text: str, reference: dt.date | None) -> None:
    article = load_text(text)
    timexes = temporal.find_timexes(article, reference)
    previous_end = -1
    for index, timex in enumerate(timexes):
        assert timex.id == f"t{index}"
        assert article.body[timex.start : timex.end] == timex.text
        assert timex.text == timex.text.strip()
        assert timex.start >= previous_end  # in body order, no overlap
        previous_end = timex.end
        sentence = article.sentences[timex.sentence]
        assert sentence.start <= timex.start < timex.end <= sentence.end
        assert timex.granularity in GRANULARITIES
        assert ANCHOR.match(timex.anchor)
        assert timex.value is None or VALUE.match(timex.value)
        assert timex.offset is None or OFFSET.match(timex.offset)
        if timex.anchor.startswith("t"):
            assert int(timex.anchor[1:]) < index
        if reference is not None:
            assert timex.offset is None
