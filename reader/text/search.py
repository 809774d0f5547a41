"""Searching an article body the way an Arabic reader reads it.

The body and the query are both normalised with :mod:`reader.text.arabic` (alef forms, alef maqsura,
ta marbuta, harakat, tatweel, digits) and lower-cased, so ``احمد`` finds ``أَحْمَد`` and
``مدرسه`` finds ``مدرسة``. Hits are spans of the original body (harakat on the last letter
included), ready for highlighting. Pure Python: no Textual.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from reader.text.arabic import dropped_spans, normalize, normalize_with_map, original_span


def _fold_case(text: str) -> str:
    """Lower-case ``text`` character by character, keeping its length (so offsets still map)."""
    lowered = text.lower()
    if len(lowered) == len(text) and "Σ" not in text:  # one character each (Arabic has no case at all)
        return lowered
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


def fold(text: str) -> str:
    """The form the search compares: normalised, lower-case, runs of white space as one space."""
    normalised, _ = normalize_with_map(text)
    return " ".join(_fold_case(normalised).split())


@dataclass(frozen=True)
class Hit:
    """A match: ``body[start:end]``."""

    start: int
    end: int


class Offsets:
    """``normalize_with_map``'s offsets without a list as long as the text: the normalised index
    ``i`` is at ``i`` plus the characters dropped before it, kept only where that count grows."""

    def __init__(self, text: str) -> None:
        self._at = array("q")  # normalised index of the first character after a dropped run
        self._shift = array("q")  # characters dropped up to there
        dropped = 0
        for start, end in dropped_spans(text):
            self._at.append(start - dropped)
            dropped += end - start
            self._shift.append(dropped)
        self._length = len(text) - dropped + 1

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: int) -> int:
        if not 0 <= index < self._length:
            raise IndexError(index)
        run = bisect_right(self._at, index)
        return index + (self._shift[run - 1] if run else 0)


@dataclass
class SearchIndex:
    """A body prepared once for any number of searches."""

    body: str
    _folded: str = field(init=False, repr=False)
    _offsets: Offsets = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._folded = _fold_case(normalize(self.body))
        self._offsets = Offsets(self.body)

    def find(self, query: str) -> list[Hit]:
        """Every non-overlapping occurrence of ``query`` in the body, in body order.

        White space in the query matches any run of white space in the body; an empty query
        (or one of marks only) finds nothing.
        """
        words = fold(query).split(" ")
        if not words or not words[0]:
            return []
        hits: list[Hit] = []
        text = self._folded
        at = 0
        while True:
            found = _find_words(text, words, at)
            if found is None:
                return hits
            start, end = found
            hits.append(Hit(*original_span(self._offsets, start, end)))
            at = end


def _find_words(text: str, words: list[str], at: int) -> tuple[int, int] | None:
    """The first span from ``at`` where ``words`` occur separated by white space only."""
    first = words[0]
    while True:
        start = text.find(first, at)
        if start < 0:
            return None
        end = start + len(first)
        for word in words[1:]:
            gap = end
            while gap < len(text) and text[gap].isspace():
                gap += 1
            if gap == end or not text.startswith(word, gap):
                break
            end = gap + len(word)
        else:
            return start, end
        at = start + 1


@dataclass
class SearchState:
    """The hits of the current query and which one is current (``n``/``N`` move it, wrapping)."""

    query: str = ""
    hits: list[Hit] = field(default_factory=list)
    current: int = -1
    _starts: list[int] = field(default_factory=list, repr=False)  # the hits' starts, for bisection

    def start(self, index: SearchIndex, query: str, offset: int = 0) -> Hit | None:
        """Search ``query``; the current hit becomes the first at or after body ``offset``."""
        self.query = query
        self.hits = index.find(query)
        if not self.hits:
            self.current = -1
            return None
        self._starts = [hit.start for hit in self.hits]
        self.current = bisect_left(self._starts, offset) % len(self.hits)
        return self.hits[self.current]

    def step(self, forward: bool = True, offset: int | None = None) -> Hit | None:
        """The next (or previous) hit, wrapping around the article.

        With ``offset`` (the reader's position in the body), the first hit at or after that
        position (or the last one before it), so a search continues from where the reader is.
        """
        if not self.hits:
            return None
        if offset is not None:
            if len(self._starts) != len(self.hits):
                self._starts = [hit.start for hit in self.hits]
            starts = self._starts
            if forward:
                self.current = bisect_left(starts, offset) % len(self.hits)
            else:
                self.current = (bisect_left(starts, offset) - 1) % len(self.hits)
        else:
            self.current = (self.current + (1 if forward else -1)) % len(self.hits)
        return self.hits[self.current]

    def marks(self) -> list[tuple[int, int, str]]:
        """The hits as article-pane marks: the current one ``search-current``, the others ``search``."""
        return [
            (hit.start, hit.end, "search-current" if i == self.current else "search") for i, hit in enumerate(self.hits)
        ]

    def status(self, show: Callable[[str], str] = str) -> str:
        """``3/7 "query"``, ``no match for "query"`` or empty without a query.

        ``show`` turns the query into what to print (the app's bidi display of it).
        """
        if not self.query:
            return ""
        query = show(self.query)
        if not self.hits:
            return f'no match for "{query}"'
        return f'{self.current + 1}/{len(self.hits)} "{query}"'
