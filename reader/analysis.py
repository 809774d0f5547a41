"""The analysis as a library function: an Article in, its timeline (timexes and events) out."""

from __future__ import annotations

import datetime as dt

from reader.model import Analysis, Article


def analyse(article: Article, published: dt.date | None = None) -> Analysis:
    """Find and resolve the article's temporal expressions and events.

    ``published`` overrides the reference date; otherwise the article's own date is used, and
    the temporal layer may still find one in a dateline.
    """
    from reader import events, temporal
    from reader.text.tokens import article_texts

    texts = article_texts(article)  # normalised and tokenised once, read by both layers
    reference, reference_source = temporal.reference_date(article, published)
    timexes = temporal.find_timexes(article, reference, texts)
    found = events.find_events(article, timexes, texts)
    return Analysis(
        article=article,
        timexes=tuple(timexes),
        events=tuple(found),
        reference=reference,
        reference_source=reference_source,
    )
