"""Events of the article (the timeline issue fills this in)."""

from __future__ import annotations

from reader.model import Article, Event, Timex


def find_events(article: Article, timexes: list[Timex]) -> list[Event]:
    """Events reported by the article's sentences, dated by ``timexes`` (not built yet)."""
    return []
