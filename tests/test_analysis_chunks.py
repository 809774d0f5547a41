"""The analysis in chunks of sentences: the same timeline as the whole article on news of any
ordinary length, and bounded work and memory on a long one (a few MB here, 50 MB in
bench/bench_big_article.py). Also the JSON export written in pieces and the search's offsets."""

from __future__ import annotations

import json
import re
import tracemalloc
from pathlib import Path

import pytest

from reader import events, temporal
from reader.analysis import CHUNK_SENTENCES, analyse, analyse_chunks, sentence_chunks
from reader.exports.json_export import json_pieces, to_dict
from reader.io.document import load, load_text
from reader.model import Analysis, Article
from reader.text.arabic import normalize_with_map
from reader.text.search import Offsets, SearchIndex
from reader.text.tokens import article_texts

from .conftest import REPO, SAMPLES, SEED

_NUMBER = re.compile(r"\d+")


def long_article(rounds: int) -> Article:
    """The regression articles and samples, ``rounds`` times over, their numbers changed each round
    (days stay days) so that sentences differ; about 90 KB a round."""
    texts = [load(p).body for p in sorted((REPO / "tests" / "regression").glob("*.txt"))]
    texts += [load(p).body for p in sorted(SAMPLES.glob("0[0-3]*.txt"))]
    parts = []
    for k in range(rounds):
        for text in texts:
            parts.append(_NUMBER.sub(lambda m, k=k: str((int(m.group()) + k) % 28 + 1), text))
    return load_text("\n\n".join(parts), published=None)


def whole(article: Article) -> Analysis:
    """The analysis of the whole article at once, through the layers' public functions."""
    texts = article_texts(article)
    reference, source = temporal.reference_date(article, None)
    timexes = temporal.find_timexes(article, reference, texts)
    found = events.find_events(article, timexes, texts)
    return Analysis(article, tuple(timexes), tuple(found), reference, source)


@pytest.mark.parametrize(
    "path", [SEED, *sorted((REPO / "tests" / "regression").glob("2*.txt"))[:4]], ids=lambda p: p.stem
)
def test_an_ordinary_article_is_one_chunk_and_the_same_timeline(path: Path) -> None:
    article = load(path)
    assert len(list(sentence_chunks(article))) == 1
    assert analyse(article) == whole(article)
    parts = list(analyse_chunks(article))
    assert len(parts) == 1 and parts[0] == whole(article)


def test_chunks_end_at_paragraphs_closed_by_a_stop_and_cover_every_sentence() -> None:
    article = long_article(2)
    chunks = list(sentence_chunks(article, 50))
    flat = [s for chunk in chunks for s in chunk]
    assert flat == list(article.sentences)
    for chunk in chunks[:-1]:
        assert 50 <= len(chunk) <= 100
        last, following = chunk[-1], article.sentences[chunk[-1].id + 1]
        if len(chunk) < 100:  # not cut at the cap: at the end of a paragraph that ends a sentence
            assert following.paragraph != last.paragraph
            assert last.text.rstrip().endswith((".", "!", "?", "؟", "…"))


def test_a_long_article_is_analysed_chunk_by_chunk_with_ids_numbered_on(monkeypatch: pytest.MonkeyPatch) -> None:
    article = long_article(6)  # some 0.5 MB
    seen: list[int] = []
    find_timexes = temporal.find_timexes

    def spy(part: Article, reference, texts):
        seen.append(len(part.sentences))
        assert part.body is article.body and len(texts) == len(part.sentences)
        return find_timexes(part, reference, texts)

    monkeypatch.setattr(temporal, "find_timexes", spy)
    result = analyse(article, size=200)
    assert sum(seen) == len(article.sentences) and len(seen) > 5
    assert max(seen) <= 400  # each layer sees one chunk at a time, never the article
    assert [t.id for t in result.timexes] == [f"t{n}" for n in range(len(result.timexes))]
    assert [e.id for e in result.events] == [f"e{n}" for n in range(len(result.events))]
    timexes = {t.id: t for t in result.timexes}
    for event in result.events:
        if event.timex is not None:  # a renumbered event still points at its own date
            timex = timexes[event.timex]
            assert timex.value == event.date
            assert abs(timex.sentence - event.sentence) < 400  # of its own chunk
    assert [e.sentence for e in result.events] == sorted(e.sentence for e in result.events)
    # the chunks, merged, are the analysis
    merged = [e for part in analyse_chunks(article, size=200) for e in part.events]
    assert merged == list(result.events)


def test_memory_per_chunk_does_not_grow_with_the_article() -> None:
    """What a chunk allocates and lets go (tokens, mentions) is the same at the start of a long
    article as at its end, and in a three times longer one."""

    def transient(article: Article) -> list[int]:
        peaks = []
        chunks = analyse_chunks(article, size=150)
        tracemalloc.start()
        try:
            while True:
                base, _ = tracemalloc.get_traced_memory()
                tracemalloc.reset_peak()
                if next(chunks, None) is None:
                    break
                peaks.append(tracemalloc.get_traced_memory()[1] - base)
        finally:
            tracemalloc.stop()
        return peaks

    short, long = transient(long_article(2)), transient(long_article(6))
    assert len(long) > 2 * len(short)
    assert max(long) < 1.5 * max(short) + 1_000_000


def test_json_in_pieces_is_the_json_of_the_dict() -> None:
    for analysis in (analyse(load(SEED)), analyse(load_text("نص قصير."))):
        for indent in (2, None):
            text = "".join(json_pieces(analysis, indent))
            assert text == json.dumps(to_dict(analysis), ensure_ascii=False, indent=indent)


def test_the_search_offsets_are_those_of_the_normalisation() -> None:
    for text in ["", "no marks", load(SAMPLES / "02_full_diacritics.txt").body, "ـــبَيْتٌ ـ", load(SEED).body]:
        offsets = Offsets(text)
        assert [offsets[i] for i in range(len(offsets))] == normalize_with_map(text)[1]
    body = load(SAMPLES / "02_full_diacritics.txt").body
    hit = SearchIndex(body).find("الوزير")[0]
    assert body[hit.start : hit.end].startswith("الوَزِير")


def test_the_default_chunk_holds_any_news_article() -> None:
    assert CHUNK_SENTENCES >= 1000  # the longest article of the evaluation sets has a few hundred
