"""Sentence segmentation: where sentences end and where they must not, with exact offsets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.io.document import load
from reader.text.segment import split_paragraphs, split_sentences

from .conftest import SEED


def texts(body: str) -> list[str]:
    return [s.text for s in split_sentences(body)]


def test_sentences_end_at_arabic_and_latin_terminators() -> None:
    body = "وصل الوفد. هل سيوقع الاتفاق؟ نعم! ثم غادر… وانتهى اللقاء? لا"
    assert texts(body) == ["وصل الوفد.", "هل سيوقع الاتفاق؟", "نعم!", "ثم غادر…", "وانتهى اللقاء?", "لا"]


def test_line_ends_end_sentences_and_paragraphs() -> None:
    body = "السطر الأول بلا نقطة\nالسطر الثاني. وجملة أخرى\n\n  فقرة ثالثة  "
    sentences = split_sentences(body)
    assert [s.text for s in sentences] == ["السطر الأول بلا نقطة", "السطر الثاني.", "وجملة أخرى", "فقرة ثالثة"]
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]


def test_no_split_inside_numbers_and_dates() -> None:
    body = "بلغت القيمة 2.5 مليار و1.000.000 دولار في 15.11.2023 حسب التقرير. ثم انتهى."
    assert texts(body) == ["بلغت القيمة 2.5 مليار و1.000.000 دولار في 15.11.2023 حسب التقرير.", "ثم انتهى."]


def test_no_split_after_abbreviations_and_initials() -> None:
    body = "قال د. أحمد إن السيد J. K. Rowling وصلت مع Dr. Smith إلى U.S. Embassy أمس. ثم غادرت."
    assert texts(body) == ["قال د. أحمد إن السيد J. K. Rowling وصلت مع Dr. Smith إلى U.S. Embassy أمس.", "ثم غادرت."]


def test_a_terminator_glued_to_the_next_arabic_word_ends_a_sentence() -> None:
    body = "وانتهت الجلسة مساء الخميس.وأعلن الرئيس تأجيل التصويت؟ثم غادر القاعة.وعاد."
    assert texts(body) == ["وانتهت الجلسة مساء الخميس.", "وأعلن الرئيس تأجيل التصويت؟", "ثم غادر القاعة.", "وعاد."]


def test_glued_acronyms_initials_and_runs_do_not_end_a_sentence() -> None:
    for body in (
        "نقلت شبكة إن.بي.سي الخبر عن مسؤولين",  # letters' names spell an acronym
        "وكتب الباحث سامر.ك تعليقا طويلا",  # a name's initial
        "صرخ الجمهور!!ثم هدأ",  # a run of terminators
        "أكدت بالأمس.15 حالة",  # a number after it
    ):
        assert texts(body) == [body]


def test_no_split_inside_quotes_or_brackets() -> None:
    body = 'قال: "انتهى الأمر. لن نعود!" ثم غادر. وقالت «هذا خطأ. كبير» (راجع الملحق. ص 4) أمس.'
    assert texts(body) == [
        'قال: "انتهى الأمر. لن نعود!" ثم غادر.',
        "وقالت «هذا خطأ. كبير» (راجع الملحق. ص 4) أمس.",
    ]


def test_a_sentence_ends_after_a_closing_quote_and_its_dot() -> None:
    body = "وقال “انتهى كل شيء”. وأضاف أنه سيعود."
    assert texts(body) == ["وقال “انتهى كل شيء”.", "وأضاف أنه سيعود."]


def test_an_unclosed_quote_does_not_swallow_the_paragraph() -> None:
    body = "وقال «انتهى كل شيء. وأضاف أنه سيعود. ثم غادر."
    assert texts(body) == ["وقال «انتهى كل شيء.", "وأضاف أنه سيعود.", "ثم غادر."]


def test_seed_every_paragraph_starts_a_sentence_and_none_crosses() -> None:
    article = load(SEED)
    assert len(article.paragraphs) == 14
    assert len(article.sentences) >= 14
    starts = {s.start for s in article.sentences}
    for paragraph in article.paragraphs:
        assert paragraph.start in starts
    for sentence in article.sentences:
        paragraph = article.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
        assert article.body[sentence.start : sentence.end] == sentence.text


ALPHABET = st.sampled_from(
    list("وقال الرئيس إن المحادثات كانت مثمرة")
    + list("abc XYZ 0123456789")
    + list('.!?؟…،,:;«»“”"()[]')
    + ["\n", "\n\n", " ", "  ", "\u064e", "\u0651", "\u0640", "د. ", "2.5", "15.11.2023"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=120).map("".join))
def test_sentences_and_gaps_rebuild_the_body(body: str) -> None:
    paragraphs = split_paragraphs(body)
    sentences = split_sentences(body, paragraphs)
    rebuilt, cursor = [], 0
    for sentence in sentences:
        gap = body[cursor : sentence.start]
        assert gap.strip() == "", "text fell between sentences"
        assert body[sentence.start : sentence.end] == sentence.text == sentence.text.strip()
        paragraph = paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start and sentence.end <= paragraph.end
        assert "\n" not in sentence.text
        rebuilt += [gap, sentence.text]
        cursor = sentence.end
    rebuilt.append(body[cursor:])
    assert "".join(rebuilt) == body
    assert body[cursor:].strip() == ""
    assert [s.id for s in sentences] == list(range(len(sentences)))
