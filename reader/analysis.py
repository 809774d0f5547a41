"""The analysis as a library function: an Article in, its timeline (timexes and events) out.

The article is analysed in chunks of whole paragraphs (``CHUNK_SENTENCES`` sentences or a few
more), each normalised, tokenised and analysed on its own and then let go, so that the memory an
analysis takes is bounded by a chunk whatever the article's size, and a caller can show the
timeline as it fills (``analyse_chunks``) or stop between chunks. An article of up to
``CHUNK_SENTENCES`` sentences (any news article) is one chunk: the whole article at once. In a
longer one, the events of a chunk are merged within the chunk only (one act told in two chunks
is two events) and a relative date does not take its antecedent from an earlier chunk.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

from reader.model import Analysis, Article, Event, Sentence, Timex

CHUNK_SENTENCES = 2000  # sentences a chunk gathers before it may end (at the end of a paragraph)
_STOPS = (".", "!", "?", "؟", "…")  # a chunk ends after a paragraph ended like this (never a subheading)


def analyse(article: Article, published: dt.date | None = None, *, size: int = CHUNK_SENTENCES) -> Analysis:
    """Find and resolve the article's temporal expressions and events.

    ``published`` overrides the reference date; otherwise the article's own date is used, and
    the temporal layer may still find one in a dateline. ``size``: sentences per chunk.
    """
    timexes: list[Timex] = []
    events: list[Event] = []
    last: Analysis | None = None
    chunks = 0
    for part in analyse_chunks(article, published, size):
        timexes.extend(part.timexes)
        events.extend(part.events)
        last = part
        chunks += 1
    if last is None:  # no sentence at all
        from reader import temporal

        reference, source = temporal.reference_date(article, published)
        return Analysis(article=article, reference=reference, reference_source=source)
    if chunks == 1:  # any news article: the chunk holds them all
        return last
    return dataclasses.replace(last, timexes=tuple(timexes), events=tuple(events))


def analyse_chunks(
    article: Article, published: dt.date | None = None, size: int = CHUNK_SENTENCES
) -> Iterator[Analysis]:
    """The analysis chunk by chunk, in body order: each an ``Analysis`` of the whole article
    holding that chunk's timexes and events alone, their ids numbered on from the chunk before
    (``t0``... and ``e0``... over the article, as one analysis numbers them)."""
    from reader import events, temporal
    from reader.text.tokens import sentence_text

    reference, reference_source = temporal.reference_date(article, published)
    timex_base = event_base = 0
    for sentences in sentence_chunks(article, size):
        whole = len(sentences) == len(article.sentences)
        part = article if whole else dataclasses.replace(article, sentences=sentences)  # the same body: offsets hold
        texts = tuple(sentence_text(s) for s in sentences)  # normalised and tokenised once, read by both layers
        timexes = temporal.find_timexes(part, reference, texts)
        found = events.find_events(part, timexes, texts, reference)
        del texts
        timexes, found = renumber(timexes, found, timex_base, event_base)
        timex_base += len(timexes)
        event_base += len(found)
        yield Analysis(
            article=article,
            timexes=tuple(timexes),
            events=tuple(found),
            reference=reference,
            reference_source=reference_source,
        )


def sentence_chunks(article: Article, size: int = CHUNK_SENTENCES) -> Iterator[tuple[Sentence, ...]]:
    """The article's sentences in runs of whole paragraphs: a run ends at the first paragraph end
    after ``size`` sentences where the paragraph closes with a full stop (so a subheading is never
    cut from the text it heads); at ``2 * size`` sentences it ends in any case."""
    size = max(1, size)
    sentences = article.sentences
    if len(sentences) <= size:  # any news article: one chunk, no paragraph end to look for
        if sentences:
            yield sentences
        return
    body = article.body
    start = 0
    count = len(sentences)
    for n in range(count):
        taken = n + 1 - start
        if n + 1 == count:
            break
        ends_paragraph = sentences[n + 1].paragraph != sentences[n].paragraph
        if taken >= 2 * size or (
            taken >= size and ends_paragraph and body[sentences[n].start : sentences[n].end].rstrip().endswith(_STOPS)
        ):
            yield sentences[start : n + 1]
            start = n + 1
    if start < count:
        yield sentences[start:]


def renumber(
    timexes: list[Timex], found: list[Event], timex_base: int, event_base: int
) -> tuple[list[Timex], list[Event]]:
    """A chunk's timexes and events with ids counted from ``timex_base`` and ``event_base``."""
    if not timex_base and not event_base:
        return timexes, found
    ids = {t.id: f"t{timex_base + n}" for n, t in enumerate(timexes)}
    timexes = [dataclasses.replace(t, id=ids[t.id]) for t in timexes]
    found = [
        dataclasses.replace(e, id=f"e{event_base + n}", timex=ids.get(e.timex, e.timex) if e.timex else None)
        for n, e in enumerate(found)
    ]
    return timexes, found
