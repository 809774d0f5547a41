"""Events of an article: what happened, who did it, when, and where the article says so.

``find_events(article, timexes)`` is the entry point. Each sentence goes through named passes,
one module each, every pass taking and returning plain data:

1. ``triggers``: the words that name an event (``lexicon`` reads ``data/events.json``,
   ``morphology`` inflects it and splits clitics);
2. ``frames``: clauses, negation, hypotheticals, quotations, what a report verb reports;
3. ``actors``: who did it;
4. ``classify``: which triggers are events and of which type (a statement's content, a report
   of one's own act);
5. ``dating``: which temporal expression of the sentence dates each one;

``mentions`` runs 1-5 on a sentence; ``merging`` (6) makes one event of the mentions that tell
the same one; ``speakers`` (7) names the speaker of a report with no subject of its own.
``discourse`` finds subheadings and datelines.
"""

from __future__ import annotations

import datetime as dt

from reader.events import compiled  # noqa: F401  (first: whether the compiled passes or their sources run)
from reader.events.discourse import dateline, headlines
from reader.events.lexicon import load_lexicon
from reader.events.mention import Mention
from reader.events.mentions import sentence_mentions
from reader.events.merging import Group, merge
from reader.events.speakers import inherit_speakers
from reader.model import Article, Event, Timex
from reader.text.tokens import SentenceText, article_texts

__all__ = ["find_events"]


def find_events(
    article: Article,
    timexes: list[Timex],
    texts: tuple[SentenceText, ...] | None = None,
    reference: dt.date | None = None,
) -> list[Event]:
    """The events the article reports, one per real-world event, in order of their sentence.

    ``timexes`` are the article's resolved temporal expressions; ``texts`` its tokenised
    sentences, when the caller has them already; ``reference`` the day they were resolved against.
    """
    lex = load_lexicon()
    texts = texts if texts is not None else article_texts(article)
    by_sentence: dict[int, list[Timex]] = {}
    for timex in timexes:
        by_sentence.setdefault(timex.sentence, []).append(timex)
    subheads = headlines(article)
    first_of_paragraph = {
        s.id for n, s in enumerate(article.sentences) if n == 0 or article.sentences[n - 1].paragraph != s.paragraph
    }
    mentions: list[Mention] = []
    for text in texts:
        sentence = text.id  # a property: read once
        line = dateline(text) if sentence in first_of_paragraph and text.paragraph <= 1 else frozenset()
        mentions.extend(
            sentence_mentions(
                text, article.body, by_sentence.get(sentence, ()), lex, sentence in subheads, line, reference
            )
        )
    groups = merge(mentions)
    groups.sort(key=lambda g: (g.lead.sentence, g.lead.start))
    inherit_speakers(groups)  # an announcement's speaker too (أعلنت الوزارة إغلاق المعبر، وقالت يوم الأحد)
    events = [g for g in groups if not g.announcement]
    return [_event(n, g) for n, g in enumerate(events)]


def _event(index: int, group: Group) -> Event:
    timex = group.timex
    lead = _shown(group)
    source = "none"
    if timex is not None:
        source = "explicit" if timex.sentence == lead.sentence else "context"
    return Event(
        id=f"e{index}",
        type=group.type,
        trigger=lead.text,
        actor=group.actor,
        sentence=lead.sentence,
        mentions=tuple(sorted(group.sentences)),
        date=timex.value if timex is not None else None,
        granularity=timex.granularity if timex is not None else None,
        date_source=source,
        timex=timex.id if timex is not None else None,
        trigger_start=lead.start,
        trigger_end=lead.end,
    )


def _shown(group: Group) -> Mention:
    """The mention an event is shown by: its lead, or a verb of its type in the lead's sentence
    when the lead is a noun (``وأضاف ... في تصريح``: the verb, not the noun, tells it)."""
    lead = group.lead
    if lead.pos != "noun" or lead.governed:
        return lead  # أصدرت الوزارة بيانا: the noun a light verb governs is the act
    beside = (m for m in group.mentions if m.sentence == lead.sentence and m.pos != "noun")
    return next((m for m in beside if m.type == group.type and m.strong), lead)
