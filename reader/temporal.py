"""Arabic temporal expressions: finding and resolving them (the timeline issue fills this in)."""

from __future__ import annotations

import datetime as dt

from reader.model import Article, Timex


def reference_date(article: Article, published: dt.date | None = None) -> tuple[dt.date | None, str]:
    """The date relative expressions resolve against, and where it came from."""
    if published is not None:
        return published, "command line"
    if article.meta.published is not None:
        return article.meta.published, "metadata"
    return None, "unknown"


def find_timexes(article: Article, reference: dt.date | None) -> list[Timex]:
    """Temporal expressions of the body, resolved against ``reference`` (not built yet)."""
    return []
