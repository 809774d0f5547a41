"""The data the reader passes from loading to the views: plain dataclasses, no behaviour.

Offsets are Python ``str`` indices into ``Article.body`` (end exclusive).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

EVENT_TYPES: tuple[str, ...] = (
    "visit",
    "meeting",
    "statement",
    "accusation",
    "denial",
    "agreement",
    "warning",
    "attack",
    "measure",
)
GRANULARITIES: tuple[str, ...] = (
    "day",
    "week",
    "month",
    "quarter",
    "half",
    "season",
    "year",
    "decade",
    "century",
    "vague",
    "duration",
)
TIMEX_KINDS: tuple[str, ...] = ("date", "duration", "vague")
DATE_SOURCES: tuple[str, ...] = ("explicit", "context", "none")


@dataclass(frozen=True)
class ArticleMeta:
    """What is known about an article besides its text."""

    title: str | None = None
    source: str | None = None
    published: dt.date | None = None
    path: str | None = None


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the body: ``body[start:end]``, without its line break."""

    id: int
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """A sentence: ``body[start:end] == text``; ``paragraph`` is the id of its paragraph."""

    id: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Article:
    """A loaded article: metadata, the decoded body and its segmentation."""

    meta: ArticleMeta
    body: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding body offset ``offset``, if any."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None


@dataclass(frozen=True)
class Timex:
    """A temporal expression found in the body and resolved to a TimeML/ISO value.

    ``kind`` is ``date`` (it places something in time), ``duration`` (a length: ``P3D``, ``PT5H``,
    ``PXY`` for "for years"; it dates nothing) or ``vague`` (``PAST_REF``, ``PRESENT_REF``,
    ``FUTURE_REF``). A date's ``value`` is a day ``2023-11-14``, week ``2023-W45``, month
    ``2023-09``, quarter ``2023-Q1``, half-year ``2023-H1``, season ``2023-SU``, year ``2023``, decade
    ``199`` (the 1990s) or century ``19`` (the 1900s), or None when it is relative to an unknown reference day D; then
    ``offset`` holds its ISO-8601 distance from D (``-P1D``) and ``anchor`` is ``"unknown"``. It is
    None too, with ``anchor`` ``"unknown"`` and no offset, for a day the calendar cannot hold
    (outside years 1-9999, a Hijri year outside the conversion table): never another day in its
    place. Left empty, ``kind`` is read from the granularity and value.
    """

    id: str
    sentence: int
    start: int
    end: int
    text: str
    value: str | None
    granularity: str
    anchor: str
    offset: str | None = None
    kind: str = ""

    def __post_init__(self) -> None:
        if not self.kind:
            object.__setattr__(self, "kind", kind_of(self.value, self.granularity))


VAGUE_VALUES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})


def kind_of(value: str | None, granularity: str) -> str:
    """The kind of a timex of this value and granularity: date, duration or vague."""
    if granularity == "vague" or value in VAGUE_VALUES:
        return "vague"
    if granularity == "duration":
        return "duration"
    return "date"


@dataclass(frozen=True)
class Event:
    """An event of one of ``EVENT_TYPES``, reported by ``sentence`` (and every id in ``mentions``).

    ``trigger_start``/``trigger_end`` locate the trigger word in the body (for highlighting).
    """

    id: str
    type: str
    trigger: str
    actor: str | None
    sentence: int
    mentions: tuple[int, ...]
    date: str | None
    granularity: str | None
    date_source: str
    timex: str | None
    trigger_start: int = -1
    trigger_end: int = -1


@dataclass(frozen=True)
class Analysis:
    """An article with its temporal expressions and events (the timeline)."""

    article: Article
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()
    reference: dt.date | None = None
    reference_source: str = "unknown"
    notes: tuple[str, ...] = field(default=())
