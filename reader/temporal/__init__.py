"""Arabic temporal expressions: finding them in an article and resolving them to ISO values.

``reference_date(article, published)`` says which day relative expressions resolve against;
``find_timexes(article, reference)`` finds the expressions of the body and resolves them.
The vocabulary lives in reader/data/temporal.json; the grammar in ``grammar``, the rules in
``finder`` (what is a date here) and ``resolve`` (what it means).
"""

from __future__ import annotations

import datetime as dt

from reader.model import Article
from reader.temporal.dateline import dateline_date
from reader.temporal.finder import find_timexes

__all__ = ["find_timexes", "reference_date"]


def reference_date(article: Article, published: dt.date | None = None) -> tuple[dt.date | None, str]:
    """The date relative expressions resolve against, and where it came from.

    In order: ``published`` (the command line), the article's metadata (front matter or HTML),
    a dateline in its first lines; otherwise ``(None, "unknown")``.
    """
    if published is not None:
        return published, "command line"
    if article.meta.published is not None:
        return article.meta.published, "metadata"
    found = dateline_date(article)
    if found is not None:
        return found, "dateline"
    return None, "unknown"
