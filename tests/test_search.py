"""Search over the article body: the spelling differences Arabic readers ignore are ignored."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.io.document import load
from reader.text.search import SearchIndex, SearchState, fold

from .conftest import SAMPLES, SEED

ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" + "أإآٱىة" + "\u064b\u064e\u064f\u0650\u0651\u0652\u0640" + " \n" + "ab1٢"


def test_folded_spellings_find_the_decorated_text() -> None:
    body = "وَصَلَ الوَزِيرُ إِلَى القَاهِرَةِ. ثم قال الوزير إن المدرســة مغلقة."
    index = SearchIndex(body)
    # Plain spelling finds the vocalised words; alef hamza, alef maqsura and ta marbuta fold.
    assert [body[h.start : h.end] for h in index.find("الوزير")] == ["الوَزِيرُ", "الوزير"]
    assert [body[h.start : h.end] for h in index.find("الي القاهره")] == ["إِلَى القَاهِرَةِ"]
    # Tatweel inside a word and harakat in the query are ignored too.
    assert [body[h.start : h.end] for h in index.find("المَدْرَسَة")] == ["المدرســة"]
    assert index.find("غير موجود") == []


def test_search_on_the_seed_finds_every_mention_in_order() -> None:
    article = load(SEED)
    hits = SearchIndex(article.body).find("بيونغ يانغ")
    assert len(hits) == article.body.count("بيونغ يانغ") >= 5
    assert [h.start for h in hits] == sorted(h.start for h in hits)


def test_search_in_the_vocalised_sample() -> None:
    article = load(SAMPLES / "02_full_diacritics.txt")
    hits = SearchIndex(article.body).find("القاهرة")
    assert hits, "the undiacritised word must find its fully vocalised form"
    for hit in hits:
        assert fold(article.body[hit.start : hit.end]) == "القاهره"


def test_empty_and_mark_only_queries_find_nothing() -> None:
    index = SearchIndex("كتب الولد")
    assert index.find("") == []
    assert index.find("   ") == []
    assert index.find("\u064e\u0651") == []


def test_latin_search_ignores_case() -> None:
    index = SearchIndex("قالت CNN إن cnn أخطأت")
    assert len(index.find("Cnn")) == 2


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=60), st.data())
def test_every_hit_folds_to_the_query(body: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(body) - 1))
    end = data.draw(st.integers(start + 1, len(body)))
    query = body[start:end]
    index = SearchIndex(body)
    hits = index.find(query)
    if not fold(query):
        assert hits == []
        return
    assert hits, (body, query)
    previous_end = 0
    for hit in hits:
        assert previous_end <= hit.start < hit.end <= len(body)
        assert fold(body[hit.start : hit.end]) == fold(query)
        previous_end = hit.end


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["كتاب", "مدرسة", "على", "أحمد", "قال"]), min_size=1, max_size=8), st.data())
def test_decorating_the_body_keeps_every_hit(words: list[str], data: st.DataObject) -> None:
    """Harakat and tatweel added anywhere inside words never hide a word from the search."""
    decorated = []
    for word in words:
        chars = []
        for ch in word:
            chars.append(ch)
            chars.append(data.draw(st.sampled_from(["", "\u064e", "\u0651\u064f", "\u0640"])))
        decorated.append("".join(chars))
    body = " ".join(decorated)
    index = SearchIndex(body)
    for word in set(words):
        assert len(index.find(word)) == words.count(word)


def test_state_steps_forward_and_back_with_wrap_around() -> None:
    body = "قال أحمد. ثم قال علي. وقال الوزير."
    index = SearchIndex(body)
    state = SearchState()
    first = state.start(index, "قال", offset=body.index("ثم"))
    assert first is not None and first.start == body.index("قال علي")
    assert state.status() == '2/3 "قال"'
    assert state.status(lambda q: q[::-1]) == '2/3 "لاق"'
    assert state.step().start == body.index("قال الوزير")
    assert state.step().start == 0  # wraps to the first hit
    assert state.step(forward=False).start == body.index("قال الوزير")
    marks = state.marks()
    assert [kind for _, _, kind in marks].count("search-current") == 1
    assert marks[state.current][2] == "search-current"


def test_state_continues_from_where_the_reader_moved() -> None:
    body = "قال أ. قال ب. قال ج. قال د."
    index = SearchIndex(body)
    state = SearchState()
    state.start(index, "قال")
    third = body.index("قال ج")
    assert state.step(True, offset=third).start == third
    assert state.step(False, offset=third).start == body.index("قال ب")


def test_state_without_hits() -> None:
    state = SearchState()
    assert state.status() == ""
    assert state.start(SearchIndex("نص"), "كلمة") is None
    assert state.status() == 'no match for "كلمة"'
    assert state.step() is None
    assert state.marks() == []
