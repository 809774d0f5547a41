"""Events of an article: triggers, types, actors, dates, and one entry per real-world event.

``find_events(article, timexes)`` is the public entry point. The pipeline, one module a step:
``tokens`` (normalised tokens with body offsets), ``lexicon`` (the trigger table of
``reader/data/triggers.json``), ``mentions`` (trigger occurrences and their context rules),
``clauses``, ``actors``, ``dating`` and ``merging``.
"""

from __future__ import annotations

from reader.events.actors import dateline, find_actor
from reader.events.clauses import clause_ids
from reader.events.dating import date_mentions, timex_spans
from reader.events.lexicon import Lexicon, load_lexicon
from reader.events.mentions import Mention, find_mentions
from reader.events.merging import Group, merge_groups, sentence_groups
from reader.events.tokens import TextTokens, Tokens
from reader.model import Article, Event, Timex

__all__ = ["find_events"]


def _analyse_sentence(article: Article, sid: int, text: TextTokens, lex: Lexicon, timexes: list[Timex]) -> list[Group]:
    sentence = article.sentences[sid]
    tokens = text.sentence(sentence.start, sentence.end, sentence.text)
    if tokens is None:
        return []
    spans = timex_spans(tokens, timexes) if timexes else []
    timex_tokens = frozenset(i for _, first, last in spans for i in range(first, last + 1))
    mentions = find_mentions(tokens, sid, sentence.paragraph, lex, timex_tokens)
    if not mentions:
        return []
    verbs = {m.first: m.prefix for m in mentions if m.pos == "verb"}
    clauses = clause_ids(tokens, lex, verbs)
    blocked = set(timex_tokens)
    if sentence.paragraph <= 1 and (sid == 0 or article.sentences[sid - 1].paragraph != sentence.paragraph):
        blocked.update(dateline(tokens))  # ``تونس -``: a place, no actor
    for m in mentions:
        blocked.update(range(m.first, m.last + 1))
    dates = frozenset(filter(None, (t.value or t.offset for t, _, _ in spans))) if spans else frozenset()
    for m in mentions:
        m.clause = clauses[m.first]
        m.strong = not m.recall and (
            m.pos == "verb" or m.governed or not (m.entry.weak or m.definite or m.next_definite)
        )
        if not m.strong:
            m.sentence_dates = dates
    for m in mentions:
        span = None
        announcer = m.frame is not None and (m.own_act or m.frame.entry.announce)
        if announcer:  # ``أعلن البنك تجميد حسابات الشركة``: the bank froze them
            span = find_actor(m.frame, tokens, clauses, lex, blocked)
        span = span or find_actor(m, tokens, clauses, lex, blocked)
        if span is None and m.frame is not None and not announcer:
            span = find_actor(m.frame, tokens, clauses, lex, blocked)
        if span is None and m.governor is not None:
            governor = Mention(sid, sentence.paragraph, m.entry, m.type, "verb", m.governor, m.governor, 0, 0)
            span = find_actor(governor, tokens, clauses, lex, blocked)
        if span is not None:
            m.actor = article.body[tokens.start(span[0]) : tokens.end(span[1])]
            m.actor_explicit = True
    if len(verbs) > 1:
        verb = None
        for previous, m in zip([None, *mentions], mentions, strict=False):
            if m.pos != "verb":
                continue
            if m.actor is None and verb is not None:
                if previous is verb and m.prefix[:1] in ("و", "ف"):
                    m.actor = verb.actor  # ``التقى الوزير نظيره ووقع معه``: one subject, two verbs
                elif _same_subject(tokens, m.first, lex):
                    m.actor = verb.actor  # ``وقع البلدان اتفاقية، كما اتفقا``, ``بعد أن التقاه``
            verb = m
    date_mentions(mentions, tokens, clauses, spans, lex)
    return sentence_groups(mentions)


def _same_subject(tokens: Tokens, first: int, lex: Lexicon) -> bool:
    """The verb at token ``first`` follows ``كما``/``ثم`` or ``بعد أن``/``قبل أن``: it shares the subject
    of the verb before it."""
    at = tokens.position(first)
    previous = tokens.norm(tokens.words[at - 1]) if at else ""
    if previous in lex.grammar["same_subject"]:
        return True
    return at > 1 and previous == "ان" and tokens.norm(tokens.words[at - 2]) in lex.grammar["date_barriers"]


def _to_event(index: int, group: Group, body: str) -> Event:
    lead: Mention = group.lead
    timex = group.timex
    return Event(
        id=f"e{index}",
        type=group.type,
        trigger=body[lead.start : lead.end],
        actor=group.actor,
        sentence=lead.sentence,
        mentions=tuple(sorted({m.sentence for m in group.mentions})),
        date=timex.value if timex is not None else None,
        granularity=timex.granularity if timex is not None else None,
        date_source=group.date_source,
        timex=timex.id if timex is not None else None,
        trigger_start=lead.start,
        trigger_end=lead.end,
    )


def find_events(article: Article, timexes: list[Timex]) -> list[Event]:
    """The events the article reports, one per real-world event, in order of their sentence.

    ``timexes`` are the article's resolved temporal expressions (``Timex.sentence`` set).
    """
    by_sentence: dict[int, list[Timex]] = {}
    for timex in timexes:
        by_sentence.setdefault(timex.sentence, []).append(timex)
    lex = load_lexicon()
    text = TextTokens(article.body, lex)
    per_sentence = [
        _analyse_sentence(article, sid, text, lex, by_sentence.get(sid, [])) for sid in range(len(article.sentences))
    ]
    groups = merge_groups(per_sentence)
    groups.sort(key=lambda g: (g.sentence, g.lead.start))
    return [_to_event(i, g, article.body) for i, g in enumerate(groups)]
