"""Merging mentions into events: news tells one event several times.

1. In a sentence, mentions of one type are one event (``اتفاق ... وقع``), unless their own
   clauses date them differently (``قطع ... مطلع 2009، قبل أن يعيدها في 2014``). A statement
   by the actor of an accusation, denial or warning in the same sentence is part of it
   (``نفت ... وأعربت``), and so is one by the announcer of an act it announced.
2. Across sentences, a reporting verb that continues the current speaker (``وأضاف``, or the
   speaker named again) joins the speaker's event: within the paragraph, or anywhere for a
   plain statement named again; mentions of one type dated the same day by the same (or an
   unnamed) actor are one event.
3. Weak mentions (``الزيارة``, ``هذه الاتهامات``) join the nearest event of their type before
   them, else the next one in their paragraph, unless that event has another actor or an
   explicit date their own sentence does not give; with none, they are not events.
Distinct events of one type stay apart: two undated events are never merged on type alone.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from reader.events.actors import same_actor
from reader.events.mentions import Mention
from reader.model import Timex

SPEECH_ACTS = ("accusation", "denial", "warning")


@dataclass(slots=True)
class Group:
    """Mentions of one event, and what is known of it."""

    type: str
    mentions: list[Mention] = field(default_factory=list)
    timex: Timex | None = None
    date_source: str = "none"
    actor: str | None = None
    _lead: Mention | None = field(default=None, repr=False, compare=False)

    @property
    def strong(self) -> bool:
        return any(m.strong for m in self.mentions)

    @property
    def lead(self) -> Mention:
        """The mention that reports the event: of its type, dated explicitly, else the first strong one."""
        if self._lead is None:
            own = [m for m in self.mentions if m.type == self.type] or self.mentions
            explicit = next((m for m in own if m.date_source == "explicit"), None)
            self._lead = explicit or next((m for m in own if m.strong), own[0])
        return self._lead

    @property
    def sentence(self) -> int:
        return self.lead.sentence

    def add(self, other: Group) -> None:
        self.mentions.extend(other.mentions)
        self._lead = None
        if _RANK[other.date_source] > _RANK[self.date_source]:
            self.timex, self.date_source = other.timex, other.date_source
        if self.actor is None:
            self.actor = other.actor


_RANK = {"explicit": 2, "context": 1, "none": 0}


def _date_key(timex: Timex | None) -> str | None:
    return None if timex is None else timex.value or timex.offset


def _dates_clash(a: Group | Mention, b: Group | Mention) -> bool:
    return a.date_source == "explicit" and b.date_source == "explicit" and _date_key(a.timex) != _date_key(b.timex)


def _group_of(m: Mention) -> Group:
    return Group(m.type, [m], m.timex, m.date_source, m.actor)


def _announced(m: Mention) -> bool:
    return m.frame is not None and m.frame.entry.announce


def sentence_groups(mentions: list[Mention]) -> list[Group]:
    """Step 1: the events of one sentence."""
    groups: list[Group] = []
    for m in mentions:
        target = next((g for g in groups if g.type == m.type and not _dates_clash(g, m)), None)
        if target is None:
            groups.append(_group_of(m))
        else:
            target.add(_group_of(m))
    speech = [g for g in groups if g.type in SPEECH_ACTS and g.strong]
    announced: list[Group] | None = None
    kept = []
    for g in groups:
        owner = None
        if g.type == "statement":
            owner = next((s for s in speech if g.actor is None or same_actor(g.actor, s.actor)), None)
            if owner is None and len(groups) > 1:  # ``أعلن البنك تجميد الحسابات، في خطوة قال إنها``: the act alone
                if announced is None:
                    announced = [a for a in groups if a.actor and any(_announced(m) for m in a.mentions)]
                owner = next((a for a in announced if g.actor is None or same_actor(g.actor, a.actor)), None)
        if owner is None:
            kept.append(g)
        else:
            owner.add(g)
    return kept


def _recall(g: Group) -> bool:
    """An undated group of nouns around a back-reference (``إن الهجوم أسفر عن مقتل عنصرين``) tells
    more of an event already reported."""
    if g.date_source != "none":
        return False
    weak = False
    for m in g.mentions:
        if m.pos != "noun" or m.governed:
            return False
        weak = weak or not m.strong
    return weak


def _is_speaker(g: Group, lead: Mention) -> bool:
    return (g.type == "statement" or g.type in SPEECH_ACTS) and lead.pos == "verb" and not lead.entry.act


def _continues(speaker: Group | None, paragraph: int, g: Group, lead: Mention, plain: bool) -> bool:
    """True when statement ``g`` goes on reporting ``speaker`` (``وأضاف``, or the speaker named again).

    ``plain`` says whether ``speaker`` is a statement (else an accusation, denial or warning,
    which a statement naming the same actor, or a continuing verb, in the same paragraph continues).
    """
    if speaker is None or g.type != "statement" or lead.entry.act or _dates_clash(speaker, g):
        return False
    if g.actor is None:
        if lead.pos != "verb":
            return False
        return (plain or lead.entry.continuation) and lead.paragraph == paragraph
    return same_actor(g.actor, speaker.actor) and (lead.paragraph == paragraph or plain)


def merge_groups(per_sentence: list[list[Group]]) -> list[Group]:
    """Steps 2 and 3: the article's events, each a group of mentions."""
    events: list[Group] = []
    weak: list[Group] = []
    by_date: dict[tuple[str, str | None], list[Group]] = {}  # (type, date) -> explicitly dated events
    speaker: Group | None = None  # the last statement with a named actor
    speaker_paragraph = -1
    act: Group | None = None  # the last accusation, denial or warning with a named actor
    act_paragraph = -1
    latest_act = False  # the act was named after the speaker
    for groups in per_sentence:
        for g in groups:
            if not g.strong or _recall(g):
                weak.append(g)
                continue
            lead = g.lead
            target = None
            speakers = [(speaker, speaker_paragraph, True), (act, act_paragraph, False)]
            if latest_act:
                speakers.reverse()  # the latest speaker first
            for who, paragraph, plain in speakers:
                if _continues(who, paragraph, g, lead, plain):
                    target = who
                    break
            if target is None and g.date_source == "explicit":
                target = next(
                    (
                        e
                        for e in by_date.get((g.type, _date_key(g.timex)), ())
                        if e.actor is None or g.actor is None or same_actor(e.actor, g.actor)
                    ),
                    None,
                )
            if target is None:
                if g.type == "statement" and g.actor is None and speaker is not None and lead.entry.continuation:
                    g.actor = speaker.actor
                    if g.timex is None and speaker.timex is not None:
                        g.timex, g.date_source = speaker.timex, "context"
                events.append(g)
                target = g
            else:
                target.add(g)
            if target.date_source == "explicit":
                dated = by_date.setdefault((target.type, _date_key(target.timex)), [])
                if target not in dated:
                    dated.append(target)
            if _is_speaker(target, lead) and target.actor:
                if target.type == "statement":
                    speaker, speaker_paragraph, latest_act = target, lead.paragraph, False
                else:
                    act, act_paragraph, latest_act = target, lead.paragraph, True
    _attach_weak(weak, events)
    return events


def _fits(g: Group, event: Group) -> bool:
    """A weak group may recall ``event``: no other actor, no explicit date its sentence does not give."""
    if g.actor and event.actor and not same_actor(g.actor, event.actor):
        return False
    dates = g.mentions[0].sentence_dates
    return not (dates and event.date_source == "explicit" and _date_key(event.timex) not in dates)


def _attach_weak(weak: list[Group], events: list[Group]) -> None:
    """Join each weak group to the nearest event of its type before it (else the next one in its
    paragraph), one of the same trigger lemma first (``قطع علاقتها`` recalls ``قطع العلاقات``, not
    ``استدعت السفير``), when it fits (``_fits``)."""
    if not weak:
        return
    index: dict[tuple[str, str | None], list[tuple[int, int, Group]]] = {}
    for order, e in enumerate(events):
        for m in e.mentions:
            for key in ((e.type, m.entry.lemma), (e.type, None)):
                index.setdefault(key, []).append((m.sentence, order, e))
    for places in index.values():
        places.sort(key=lambda p: (p[0], p[1]))
    for g in weak:
        sentence = g.mentions[0].sentence
        keys = [(g.type, m.entry.lemma) for m in g.mentions] + [(g.type, None)]
        for key in keys:
            places = index.get(key)
            if not places:
                continue
            at = bisect_right(places, sentence, key=lambda p: p[0])
            event = places[at - 1][2] if at else places[0][2]
            if (at or event.lead.paragraph == g.mentions[0].paragraph) and _fits(g, event):
                event.add(g)
            break
