"""Pass 6, merging: news tells one event several times; the timeline lists it once.

- A speaker's words are one event: a report with no subject (``وأضاف``, ``مشيرا``) goes on with
  the current speaker, and a report by a speaker already heard joins that speaker's event unless
  its date differs. What the speaker says later may make the whole a denial, an accusation or a
  warning.
- Acts of one type in one sentence are one event unless their dates differ; an act dated like
  an earlier one of its type by the same actor is that event again.
- A weak mention (``الهجوم`` again, a subheading) joins the nearest event of its type before it,
  else the next one in its paragraph; alone, it is no event.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from reader.events.lexicon import load_lexicon, rule_lemmas, rule_words
from reader.events.mention import Mention
from reader.events.parties import is_medium, same_party
from reader.model import Timex
from reader.text.arabic import normalize

ATTACH = True
MERGE_REACH = 64  # earlier events looked at when deciding what a mention tells again (a bound on time)
SPEAKER_REACH = 3  # paragraphs over which a report with no subject still continues the speaker
SPECIFIC = {"denial": 3, "accusation": 2, "warning": 1, "statement": 0}
_GENERIC = rule_words("generic_actor_words")


@dataclass(slots=True)
class Group:
    """The mentions of one event, with what the merging asks of them kept up to date."""

    type: str
    mentions: list[Mention] = field(default_factory=list)
    dates: set[str] = field(default_factory=set)  # the dates its strong mentions give
    sentences: set[int] = field(default_factory=set)
    lemmas: set[str] = field(default_factory=set)
    places: set[int] = field(default_factory=set)  # the parties (countries) its mentions say it struck
    outcomes: set[str] = field(default_factory=set)  # the lemmas of its mentions of outcomes (deaths, wounds)
    speech_only: bool = True  # every mention is a report of speech
    inherited: str | None = None  # the speaker of a report with no subject (``speakers``), set after merging
    _lead: tuple[str, Mention, tuple[int, int, int]] | None = field(default=None, repr=False, compare=False)
    # the lead the actor was read for, the mentions read, the actor, the mention's naming it in full
    _actor_memo: tuple[Mention, int, str | None, str | None] | None = field(default=None, repr=False, compare=False)

    @property
    def lead(self) -> Mention:
        """The mention that reports it: of its type, dated and strong first, else the first strong
        one, else the first (kept as mentions are added; worked out again when the type changes)."""
        if self._lead is None or self._lead[0] != self.type:
            best: tuple[tuple[int, int, int], Mention] | None = None
            for mention in self.mentions:
                rank = self._rank(mention)
                if best is None or rank > best[0]:
                    best = (rank, mention)
            assert best is not None
            self._lead = (self.type, best[1], best[0])
        return self._lead[1]

    def _rank(self, mention: Mention) -> tuple[int, int, int]:
        """Of its type first; then dated and strong, the finer date first (``2016-10`` before
        ``2016``); then strong."""
        own = mention.type == self.type
        dated = own and mention.strong and mention.timex is not None
        fineness = len(_key(mention.timex)) if dated and mention.timex is not None and mention.timex.value else 1
        return (int(own), int(dated) * fineness, int(own and mention.strong))

    @property
    def actor(self) -> str | None:
        """The lead's actor, else the first mention's that has one; named in full when it is one
        word that another mention names in more (``الحزب`` after ``حزب المبادرة``: the party
        named, not any party). Kept as mentions are added, each read once for a lead."""
        lead = self.lead
        memo = self._actor_memo
        if memo is None or memo[0] is not lead:
            memo = (lead, 0, lead.actor or None, None)
        _, read, actor, fuller = memo
        for at in range(read, len(self.mentions)):  # (not islice: it would step over those read)
            other = self.mentions[at].actor
            if not other:
                continue
            if actor is None:
                actor = other
            if fuller is None and len(_actor_words(actor)) == 1 and len(_actor_words(other)) > 1:
                fuller = other if _names_in_full(other, actor) else None
        self._actor_memo = (lead, len(self.mentions), actor, fuller)
        return self.inherited if actor is None else fuller or actor

    @property
    def timex(self) -> Timex | None:
        """The lead's date, else that of a mention told with it in its sentence (``غارات استهدفت
        السوق الخميس``), else a vague one."""
        lead = self.lead
        if lead.timex is not None:
            return lead.timex
        beside = next((m.timex for m in self.mentions if m.sentence == lead.sentence and m.timex), None)
        return beside or lead.vague

    @property
    def first_sentence(self) -> int:
        return self.mentions[0].sentence

    @property
    def paragraph(self) -> int:
        return self.mentions[-1].paragraph

    @property
    def announcement(self) -> bool:
        """An act's announcement and what its speaker went on to say, with nothing more specific:
        told as the act, no event of its own."""
        return self.mentions[0].announces and self.type == "statement"

    def add(self, mention: Mention, retype: bool = True) -> None:
        self.mentions.append(mention)
        if self._lead is not None:
            rank = self._rank(mention)
            if rank > self._lead[2]:
                self._lead = (self.type, mention, rank)
        self.sentences.add(mention.sentence)
        self.lemmas.add(mention.lemma)
        self.places.update(mention.places)
        if mention.outcome:
            self.outcomes.add(mention.lemma)
        self.speech_only = self.speech_only and mention.speech
        if mention.timex is not None and mention.strong:
            self.dates.add(_key(mention.timex))
        if retype and mention.speech and SPECIFIC.get(mention.type, 0) > SPECIFIC.get(self.type, -1):
            self.type = mention.type


def _key(timex: Timex) -> str:
    return timex.value or timex.offset or timex.text


def _clash(group: Group, mention: Mention) -> bool:
    """The mention has its own date and the event another."""
    if mention.timex is None or not mention.strong:
        return False
    return bool(group.dates) and not _overlap({_key(mention.timex)}, group.dates)


def _overlap(a: set[str], b: set[str]) -> bool:
    """Some date of one is, or falls within, some date of the other (``2016`` and ``2016-10``)."""
    return not a.isdisjoint(b) or any(x.startswith(y + "-") or y.startswith(x + "-") for x in a for y in b)


def merge(mentions: list[Mention]) -> list[Group]:
    """The article's events as groups of mentions, in order of their first mention, with the
    announcements (``Group.announcement``: no event of their own, but a speaker) among them."""
    groups: list[Group] = []
    weak: list[Group] = []
    speaker: Group | None = None
    outer: Group | None = None  # the speaker whose sentence told the current one's words, inside theirs
    for cluster in _clusters(mentions):
        lead = cluster.lead
        if cluster.type in SPECIFIC and cluster.speech_only:
            target = _speech_target(groups, speaker, cluster)
            if target is None and outer is not None and cluster.actor is None:
                target = _speech_target(groups, outer, cluster)  # قال مصدر إن السلطات أوضحت ... وتابع: the source
            if target is None and not any(m.strong for m in cluster.mentions) and not lead.continues:
                weak.append(cluster)
                continue
        elif not any(m.strong for m in cluster.mentions):
            weak.append(cluster)
            continue
        else:
            target = _act_target(groups, cluster) or _told_again(groups, cluster)
            if target is None and _anaphoric(groups, cluster) is not None:
                weak.append(cluster)  # لقي 3000 مصرعهم في الهجمات: more told of the attacks told before
                continue
        if target is None:
            groups.append(cluster)
            target = cluster
        else:
            for m in cluster.mentions:
                target.add(m, retype=m.continuing)
        if cluster.type in SPECIFIC and cluster.speech_only and not _inner(speaker, cluster):
            if target is not speaker:  # a speaker told inside the words of the one in their sentence
                nested = speaker is not None and cluster.lead.sentence in speaker.sentences
                outer = speaker if nested else None
            speaker = target
    _attach(weak, groups) if ATTACH else None
    return groups


def _clusters(mentions: list[Mention]) -> list[Group]:
    """The events of each sentence: linked act mentions are one; a speaker's words are one."""
    out: list[Group] = []
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for sentence in sorted(by_sentence):
        local = by_sentence[sentence]
        owner: list[Group | None] = [None] * len(local)
        groups: list[Group] = []
        for n, m in enumerate(local):
            target: Group | None = None
            if m.speech:
                target = next(
                    (
                        g
                        for g in reversed(groups[-MERGE_REACH:])
                        if g.type in SPECIFIC
                        and g.speech_only
                        and not g.mentions[0].announces  # بعد اتهامها after أعلن قطع: told with the act
                        and not _another_kind(g, m)
                        and not (m.pos == "noun" and m.governed and g.type == "statement" and m.type != g.type)
                        # أكدت ... بعد الاتهامات التي وجهها: a noun in passing does not retype what was said
                        and not (m.strong and all(x.recalled for x in g.mentions))
                        and not _asks(g)  # تساءلت إن كان سيقول مثلما قال: what is asked about is not the asker's words
                        # في تعليقه على الاتهامات، أكد: what is answered is no part of what is said
                        and (m.actor is None or g.actor is None or same_actor(g.actor, m.actor))
                        and not (m.reported and m.actor is not None and g.actor is None)
                        and not (m.actor is None and m.gender == "p" and g.actor is not None and _medium(g.actor))
                        # أكد مراسلنا أن المحتجين ... وهددوا: a plural verb in a medium's report is others' act
                        # وأوضح أن الوزير تحدث عن: the minister's words, told in a speaker's who goes on
                        and not _clash(g, m)
                    ),
                    None,
                )
            elif m.link is not None and owner[m.link] is not None and not _clash(owner[m.link], m):  # type: ignore[arg-type]
                target = owner[m.link]
            if target is None:
                target = Group(m.type)
                groups.append(target)
            target.add(m, retype=not m.recalled)  # رد على الاتهامات: what is answered does not type the answer
            owner[n] = target
        out.extend(groups)
    return out


_KINDS = frozenset({"accusation", "denial", "warning"})


def _inner(speaker: Group | None, cluster: Group) -> bool:
    """Words with no speaker told in the sentence of the current speaker's (``تساءلت المذيعة إن كان
    سيقول مثلما قال``): someone else's, inside the speaker's; the speaker goes on being the current one."""
    return speaker is not None and cluster.actor is None and cluster.lead.sentence in speaker.sentences


def _asks(group: Group) -> bool:
    """A question (``تساءلت المذيعة إن``): the reports inside it are someone else's words."""
    return _listed_lemma("question_lemmas", group.mentions[0].lemma)


def _another_kind(group: Group, mention: Mention) -> bool:
    """A verb of another specific kind of speech after one (``واتهمت ... وتوعدت بالرد``): a second
    event, not the same words retyped."""
    return mention.pos != "noun" and mention.type in _KINDS and group.type in _KINDS and mention.type != group.type


_START = attrgetter("start")


def _speech_target(groups: list[Group], speaker: Group | None, cluster: Group) -> Group | None:
    lead = cluster.lead
    actor = cluster.actor
    # وأضاف في تصريح للإذاعة اليوم: the verb goes on with the last speaker's words even when the
    # report's noun, dated, leads the cluster
    going_on: Mention | None = lead
    if not lead.continues:
        first = min(cluster.mentions, key=_START)
        going_on = first if first.continues and first.pos == "verb" else None
    if actor is None and going_on is not None:
        if (
            speaker is not None
            and lead.paragraph - speaker.paragraph <= SPEAKER_REACH
            and not _clash_groups(speaker, cluster)
            and _agree(speaker, going_on)
        ):
            return speaker
        return None
    if actor is None:
        return None
    anonymous = _anonymous(actor)
    for group in reversed(groups[-MERGE_REACH:]):
        goes_on = group.type in SPECIFIC and (lead.continuing or (lead.also and cluster.type == "statement"))
        # وأضافت الحربي, كما أضافت الحربي, قالت الحربي أيضا after her accusation: the same words
        if (group.type != cluster.type and not goes_on) or not group.speech_only or _clash_groups(group, cluster):
            continue
        if anonymous and lead.paragraph - group.paragraph > 1:
            continue  # مصادر عسكرية here and مصادر عسكرية three paragraphs on need not be the same sources
        if not lead.continuing and _told_earlier(group.lead) != _told_earlier(lead):
            continue  # نشرت الوكالة سابقا ... وذكرت الوكالة: words of an earlier time, then of this one
        far = lead.paragraph - group.paragraph > SPEAKER_REACH
        if far and cluster.dates and not group.dates and not _medium(actor):
            continue  # a party's dated words paragraphs after its undated ones: words of another day
        if group.actor and same_actor(group.actor, actor) and not _discrete(cluster) and not _discrete(group):
            return group
        near = lead.paragraph - group.paragraph <= 1 and group is groups[-1]
        if group.actor is None and lead.also == "after" and near:
            return group  # تمسك بالرأي القائل إن ... / وقال الرجل أيضا: what he also said, the words before his
    # قال قائد الشرطة فلان ... وأضاف المسؤول: the official just named goes on
    named = speaker is not None and speaker.actor is not None and lead.paragraph - speaker.paragraph <= 1
    if named and lead.continuing and _generic_speaker(actor) and speaker is not None:
        return speaker if not _clash_groups(speaker, cluster) and _agree(speaker, lead) else None
    return None


_GENERIC_SPEAKERS = rule_words("generic_speaker_heads")  # المسؤول، المتحدث: the one just named, told again
GENERIC_SPEAKER_WORDS = 2  # words of such a speaker: the head and an adjective (المسؤول العسكري)


def _generic_speaker(actor: str) -> bool:
    """A speaker told again by a generic title alone (``المسؤول``، ``المسؤول العسكري``): no name, no
    body, nothing to tell them from the one who just spoke."""
    words = normalize(actor).split()
    return 0 < len(words) <= GENERIC_SPEAKER_WORDS and words[0] in _GENERIC_SPEAKERS


_EARLIER = rule_words("earlier_words")


def _told_earlier(mention: Mention) -> bool:
    """A report told as said before, with no date of its own (``قال في وقت سابق``، ``نشرت سابقا``;
    not ``في الآونة الأخيرة``, which tells as often when what is said happened)."""
    vague = mention.vague
    return mention.timex is None and vague is not None and normalize(vague.text) in _EARLIER


def _discrete(cluster: Group) -> bool:
    """A report that is an act of its own (``أرسل رسالة``): a second letter is a second event, and
    what its sender says elsewhere is not that letter."""
    return any(map(_discrete_lemma, cluster.lemmas))


def _discrete_lemma(lemma: str) -> bool:
    """A lemma listed as telling an act of its own (``discrete_lemmas``)."""
    return _listed_lemma("discrete_lemmas", lemma)


@lru_cache(maxsize=1024)
def _listed_lemma(name: str, lemma: str) -> bool:
    """Whether a lemma is in the lexicon's word list ``name`` (worked out once per list and lemma)."""
    return load_lexicon().has(name, normalize(lemma))


_ANONYMOUS_HEADS = rule_words("anonymous_heads")


@lru_cache(maxsize=4096)
def _anonymous(actor: str) -> bool:
    """An unnamed source (``مصادر ميدانية``, ``مسؤول أمني``): the same words may be other people
    (``المسؤول``, with the article, is the one named before)."""
    words = _actor_words(actor)
    return bool(words) and words[0] in _ANONYMOUS_HEADS and not normalize(actor).startswith(("ال", "وال"))


@lru_cache(maxsize=4096)
def _medium(actor: str) -> bool:
    """A news medium (``وكالة الأنباء``, ``صحيفة``): what it reports over an article is one dispatch."""
    return is_medium(normalize(actor).split(), load_lexicon())


def _agree(speaker: Group, mention: Mention) -> bool:
    """A continuing verb agrees with the speaker's verb (``وأفادت`` does not go on after ``قال``); a
    speaker whose verbs show nothing (an announcement's do not count here) takes any. A verb that
    only goes on with words (``وأضافوا``، ``وأوضحوا``) in the plural goes on after a masculine one:
    a verb before its subject is singular (``وقال شهود``), the same speakers' next verb is not."""
    genders = speaker_genders(speaker, announcements=False)
    if not genders or mention.gender is None or gender_fits(mention.gender, genders):
        return True
    return mention.gender == "p" and mention.continuing and "m" in genders


def speaker_genders(speaker: Group, announcements: bool = True) -> set[str]:
    """What the speaker's own verbs show of their subject (m, f, p), not those of words going on."""
    return {
        m.gender
        for m in speaker.mentions
        if m.gender is not None and not m.continues and (announcements or not m.announces)
    }


def gender_fits(gender: str | None, genders: set[str]) -> bool:
    """A verb's gender fits a speaker's: the same, or feminine after a plural (``المصادر أفادت``:
    a plural of things is feminine)."""
    return gender in genders or (gender == "f" and "p" in genders)


def _act_target(groups: list[Group], cluster: Group) -> Group | None:
    """An earlier event this one tells again: the same act (trigger) on the same date, by the same actor;
    a visit told undated and then dated (``الزيارة التي يؤديها`` ... ``وتستمر الزيارة يومين``) too."""
    dates = cluster.dates
    if not dates:
        return None
    for group in reversed(groups[-MERGE_REACH:]):
        undated_visit = cluster.type == "visit" and not group.dates and group.lead.pos == "noun"
        if group.type != cluster.type or not (_overlap(dates, group.dates) or undated_visit):
            continue
        shared = cluster.lemmas & group.lemmas
        if (
            shared
            and not _only_outcomes(shared, cluster, group)
            and not _struck_apart(cluster, group)
            and (cluster.actor is None or group.actor is None or _one_side(group.actor, cluster.actor))
        ):
            return group
    return None


def _struck_apart(cluster: Group, group: Group) -> bool:
    """Attacks of one day on two countries (``غارات على غزة`` ... ``ضربات على جنوب لبنان``): each
    names where it struck, and no country is in both."""
    return bool(cluster.places) and bool(group.places) and cluster.places.isdisjoint(group.places)


def _only_outcomes(shared: set[str], cluster: Group, group: Group) -> bool:
    """The two share only the words of an outcome (``مقتل``، ``أصيب``: deaths, wounds) and are
    sentences apart: two attacks of a day, each with its dead, are not one because of their dead
    (a roundup: غارات على مدينة ... مقتل 5، then إطلاق صواريخ على مقر ... مقتل 12)."""
    outcomes = cluster.outcomes | group.outcomes
    return shared <= outcomes and cluster.lead.sentence - max(group.sentences) > AGAIN_REACH


def _one_side(a: str, b: str) -> bool:
    """Two actors of one act on one day: the same party, or one country and its official
    (``الولايات المتحدة`` / ``وزير الخارجية الأمريكي``: an act a country's official announced)."""
    return same_actor(a, b) or same_party(normalize(a), normalize(b), load_lexicon())


def _with_article(text: str) -> bool:
    """A noun with the article (``المباحثات``، ``وبالاجتماع``), not one made definite by a pronoun
    (``لقائه``)."""
    norm = normalize(text)
    norm = norm[1:] if norm[:1] in ("و", "ف") else norm
    return norm.startswith(("ال", "بال", "لل", "كال"))


AGAIN_REACH = 3  # sentences over which an undated act with no actor of its own tells an act again


def _told_again(groups: list[Group], cluster: Group) -> Group | None:
    """An undated act naming no one, told with the word of an act just told (``تم الاتفاق`` after
    ``الاتفاق الذي``), or a meeting's noun with its owner's pronoun after a meeting (``تحادث الوزير
    مع`` ... ``وقال خلال لقائه بالسفير``): that act again."""
    lead = cluster.lead
    if lead.during:  # وبحث الجانبان خلال اللقاء: the meeting told before
        held = next((g for g in reversed(groups[-MERGE_REACH:]) if g.type == "meeting"), None)
        if held is not None and lead.sentence - max(held.sentences) <= AGAIN_REACH:
            return held
    met = lead.type == "meeting" and lead.definite and lead.pos == "noun" and not _with_article(lead.text)
    retold = lead.reported and cluster.actor is not None  # وأوضح الوزير أن الشرطة اعتقلت: told again
    visited = lead.type == "visit" and lead.pos == "noun" and cluster.actor is not None  # برنامج زيارة الوزير
    if cluster.dates or (cluster.actor is not None and not (met or retold or visited)):
        return None
    if any(m.also for m in cluster.mentions):
        return None
    sentence = lead.sentence
    for group in reversed(groups[-MERGE_REACH:]):
        if sentence - max(group.sentences) > AGAIN_REACH:
            break
        if group.type != cluster.type or group.speech_only or not (_same_act_words(cluster, group) or met or visited):
            continue
        if _told_on_another_day(cluster, group):
            continue  # ضربات جوية استهدفت المدينة، الجمعة: a date its describing verb holds is another day
        if retold and (group.actor is None or not _one_side(group.actor, cluster.actor or "")):
            continue  # an act someone tells of was told before by the same party
        if retold and group.dates and cluster.lemmas & _detaining():
            continue  # أفاد المصدر بأن الأعوان تمكنوا من إيقاف 23 شخصا: the police arrest many, day after day
        if visited and (group.actor is None or not same_actor(group.actor, cluster.actor or "")):
            continue  # the visit's noun with its visitor, told before by its verb
        if cluster.actor is None or group.actor is None or _one_side(group.actor, cluster.actor):
            return group  # (a meeting owned by its speaker: told again by the one who held it)
    return None


def _told_on_another_day(cluster: Group, group: Group) -> bool:
    """The dates the two's mentions hold, weak as they may be (the verb that describes an act's
    noun: ``غارات استهدفت القرية، الجمعة``), are different days."""
    held = {_key(m.timex) for m in cluster.mentions if m.timex is not None}
    told = {_key(m.timex) for m in group.mentions if m.timex is not None}
    return bool(held) and bool(told) and not _overlap(held, told)


def _same_act_words(cluster: Group, group: Group) -> bool:
    """The two share a lemma, or both tell an arrest (اعتقلت، ألقت القبض)."""
    detaining = _detaining()
    return bool(cluster.lemmas & group.lemmas) or bool(cluster.lemmas & detaining and group.lemmas & detaining)


def _anaphoric(groups: list[Group], cluster: Group) -> Group | None:
    """An undated act told around a definite noun of an event already told (``الهجوم استهدف``); or
    a dated one, where the event of its word is undated and was told just before (``عقد لقاء مع
    نظيره ... وقال إن اللقاء اليوم كان مثمرا``: the meeting's date, told the second time)."""
    if cluster.dates:
        again = _dating_again(groups, cluster)
        if again is not None or not all(m.pointed for m in cluster.mentions):
            return again
        # هذا القرار: the act told before, whatever date its sentence holds; joined to a dated telling only
    if not _told_by_its_noun(cluster) and any(map(_new_act, cluster.mentions)):
        return None
    nouns = {
        m.lemma
        for m in cluster.mentions
        if m.definite and (not m.governed or m.described or m.resumed or m.lemma in _GENERIC_ACTS)
    }  # تمكنوا من القبض عليه: the arrest of someone named before, told again
    if not nouns:
        return None
    generic = not nouns.isdisjoint(_GENERIC_ACTS)  # الهجوم after اقتحم مسلحون: the attack told before
    generic = generic or all(m.pointed for m in cluster.mentions)  # وتأتي الزيارة after وصل الوزير
    if any(m.resumed for m in cluster.mentions) and not nouns.isdisjoint(_detaining()):
        nouns = nouns | _detaining()  # القبض عليه after أوقفت الشرطة شابا: one arrest, whichever word told it
    return next(
        (
            g
            for g in reversed(groups[-MERGE_REACH:])
            if g.type == cluster.type and (generic or nouns & g.lemmas) and (g.dates or not cluster.dates)
        ),
        None,
    )


def _told_by_its_noun(cluster: Group) -> bool:
    """A verb whose subject is the act's own definite noun (``واستهدف القصف مخزنا``، ``واستهدفت
    الغارات الحي``): what the act told before did, no act of its own."""
    nouns = {m.text for m in cluster.mentions if m.pos == "noun" and m.definite and m.type == cluster.type}
    return any(m.pos == "verb" and m.actor in nouns for m in cluster.mentions)


@lru_cache(maxsize=1)
def _detaining() -> frozenset[str]:
    """The lemmas of the entries that tell an arrest (``detains``)."""
    return frozenset(entry.lemma for entry in load_lexicon().entries if entry.detains)


def _dating_again(groups: list[Group], cluster: Group) -> Group | None:
    """The undated event of a dated cluster's definite noun (no act of its own), told with the
    same word in the last ``AGAIN_REACH`` sentences by no other actor."""
    if not _told_by_its_noun(cluster) and any(map(_new_act, cluster.mentions)):
        return None
    nouns = {m.lemma for m in cluster.mentions if m.definite and m.pos == "noun" and not m.governed}
    if not nouns:
        return None
    sentence = cluster.lead.sentence
    for group in reversed(groups[-MERGE_REACH:]):
        if sentence - max(group.sentences) > AGAIN_REACH:
            return None
        if group.type == cluster.type and nouns & group.lemmas:
            return group if not group.dates and _actors_fit(group, cluster) else None
    return None


def _new_act(mention: Mention) -> bool:
    """A mention that tells an act of its own: a strong verb, not deaths (``استهدف``, not ``لقي
    مصرعه``; a weak one, as in the relative clause of ``التي نفذها مسلحون فجروا``, tells none), an
    act a light verb names without the article (``عقد لقاء``), a killing with its agent (``تمكن الأهالي من قتل``)."""
    if mention.pos != "noun":
        return mention.strong and not mention.outcome
    if mention.outcome:
        return mention.actor is not None
    return mention.strong and mention.governed and not mention.definite and not mention.described


_GENERIC_ACTS = rule_lemmas("generic_act_lemmas")  # lemmas whose definite noun names any act of its type told before


def _clash_groups(a: Group, b: Group) -> bool:
    da, db = a.dates, b.dates
    return bool(da) and bool(db) and not _overlap(da, db)


def _attach(weak: list[Group], groups: list[Group]) -> None:
    """Each weak mention joins the nearest event of its type before it (the same trigger first),
    else the next one in its paragraph (a subheading: the next one of its type)."""
    by_kind: dict[tuple[str, bool], list[Group]] = {}
    for group in groups:
        by_kind.setdefault((group.type, group.speech_only), []).append(group)
    firsts = {kind: [g.first_sentence for g in kind_groups] for kind, kind_groups in by_kind.items()}  # once, in order
    for cluster in weak:
        sentence = cluster.lead.sentence
        kind = (cluster.type, cluster.speech_only)
        same_type = by_kind.get(kind, [])
        if not same_type:
            continue
        at = bisect_right(firsts[kind], sentence)
        nearby = same_type[max(0, at - MERGE_REACH) : at + MERGE_REACH]
        own = [g for g in nearby if sentence in g.sentences]
        if own:  # the sentence tells an event of this type itself: the mention is part of it
            for m in cluster.mentions:
                own[0].add(m, retype=False)
            continue
        nearby = [g for g in nearby if _actors_fit(g, cluster)]
        if cluster.type in _NARROW_RECALL:  # بالعفو after اعتقلت: a measure recalls only a measure of its kind
            nearby = [g for g in nearby if cluster.lemmas & g.lemmas]
        before = [g for g in nearby if g.first_sentence <= sentence and not _clash_groups(g, cluster)]
        if cluster.speech_only:
            before = []  # يطالب فيها، a weak report after another sentence's: no speaker's words told again
        if before and not cluster.lead.headline:
            lemma = [g for g in before if cluster.lemmas & g.lemmas]
            pick = max(lemma or before, key=lambda g: max(s for s in g.sentences if s <= sentence))
            for m in cluster.mentions:
                pick.add(m, retype=False)
            continue
        paragraph, headline = cluster.lead.paragraph, cluster.lead.headline
        after = [
            g for g in nearby if g.first_sentence > sentence and (g.mentions[0].paragraph == paragraph or headline)
        ]
        if after:
            pick = min(after, key=lambda g: g.first_sentence)
            for m in cluster.mentions:
                pick.add(m, retype=False)


_NARROW_RECALL = frozenset({"measure"})  # a type whose acts differ too much for one word to recall any


def _actors_fit(group: Group, cluster: Group) -> bool:
    """No actor of one contradicts the other's (يطالب فيها الحكومة joins no statement of the cleric's;
    the act's own noun as a verb's subject, ``واستهدفت الغارات``, is no one)."""
    a, b = group.actor, cluster.actor
    return a is None or b is None or same_actor(a, b) or _told_by_its_noun(cluster)


def _names_in_full(fuller: str, word: str) -> bool:
    """Whether ``fuller`` names in full the party one ``word`` names: a name at its end (``حمة
    الهمامي`` for ``الهمامي``), or a definite head as the first word of a construct (``حزب
    المبادرة`` for ``الحزب``) or followed by its adjective (``المنظمة الدولية`` for ``المنظمة``);
    not a phrase that runs on past the name (``أوبراين مشاعر الإحباط``، ``الوزير في المقابل``)."""
    if not same_actor(fuller, word):
        return False
    (one,), raw = _actor_words(word), normalize(word).strip()
    full = normalize(fuller).split()
    if load_lexicon().analyses(full[0]):
        return False  # اتفاق الطرفين: an act's noun and its parties, no one's name
    if not raw.startswith("ال"):
        return _same_name(_actor_words(fuller)[-1], one)
    if full[0] == one:
        return True  # الحزب: حزب المبادرة
    if full[0] == raw and len(full) == 2 and full[1].startswith("ال") and full[1].endswith(("ي", "يه")):
        return True  # المنظمة: المنظمة الدولية
    return _same_name(_actor_words(fuller)[-1], one)  # الطبيب: شوقي الطبيب, a family name with its article


def same_actor(a: str, b: str) -> bool:
    """Whether two actor phrases name the same party: one's words within the other's with the same
    head (``الجامعة`` / ``جامعة الدول العربية``), or the same last name (``دانيلز`` / ``القاضي جورج
    دانيلز``); not ``الجيش الإسرائيلي`` / ``الجيش اليمني`` nor ``مركز الإعلام`` / ``مدير مركز الاتصال``."""
    words_a, words_b = _actor_words(a), _actor_words(b)
    if not words_a or not words_b:
        return False
    if _same_name(words_a[-1], words_b[-1]) and (len(words_a) == 1 or len(words_b) == 1 or words_a[0] == words_b[0]):
        return True  # دانيلز / القاضي جورج دانيلز; not محامي كلينتون / الرئيس بيل كلينتون
    one, other = (words_a, words_b) if len(words_a) == 1 else (words_b, words_a)
    if len(one) == 1 and len(other) >= 3 and _same_name(one[0], other[-2]) and other[-1] not in _GENERIC:
        return True  # هيليل / أستاذ العلوم السياسية، هيليل فريش: the first name of the name at the end
    shared = {w for w in set(words_a) & set(words_b) if _specific(w, 4)}
    if shared and words_a[0] == words_b[0] and not _named_apart(shared, words_a, words_b):
        return True  # شركة التأمين الأمريكية / شركات التأمين، ناشطة مصرية / الناشطة فلانة
    short, long = (words_a, words_b) if len(words_a) <= len(words_b) else (words_b, words_a)
    if set(short) <= set(long) and short[0] == long[0]:
        return True
    if _second_title(a, b) or _second_title(b, a):
        return True  # الخبير الاقتصادي / الوزير الأسبق والخبير الاقتصادي فلان الفلاني
    specific = [w for w in short if w not in _GENERIC]
    if not specific or not set(short) <= set(long):
        return False
    body = _before_field(b if long is words_b else a)  # الرابطة / أمين مال الرابطة المحلية لصيادي الأسماك
    return specific[-1] == long[-1] or (len(short) == 1 and specific[-1] in body[1:])


@lru_cache(maxsize=4096)
def _before_field(actor: str) -> tuple[str, ...]:
    """The words of a body's phrase before the field it serves after ل (``الرابطة المحلية لصيادي
    الأسماك``: ``الرابطة المحلية``), or none when it names no field."""
    words = normalize(actor).split()
    at = next(
        (k for k in range(1, len(words)) if words[k][:1] == "ل" and words[k][:2] != "ال" and len(words[k]) > 3), 0
    )
    return _actor_words(" ".join(words[:at])) if at else ()


@lru_cache(maxsize=4096)
def _second_title(short: str, long: str) -> bool:
    """Whether ``short``, a title of two words or more, is the second title of the person ``long``
    names, after و and before the name (``الخبير الاقتصادي`` / ``الوزير الأسبق والخبير الاقتصادي
    فلان الفلاني``): the same person, told by that title later."""
    title = normalize(short).split()
    if len(title) < 2 or not load_lexicon().titled(title[0]):
        return False
    words = normalize(long).split()
    size = len(title)
    return any(
        words[at] == "و" + title[0] and words[at + 1 : at + size] == title[1:] for at in range(1, len(words) - size)
    )


def _named_apart(shared: set[str], words_a: tuple[str, ...], words_b: tuple[str, ...]) -> bool:
    """Two phrases that share titles only and each name someone else (حاكم ولاية X فلان / حاكم
    ولاية Y فلان): two people with one title."""
    lex = load_lexicon()
    if not all(lex.titled(w) for w in shared):
        return False

    own_a = {w for w in words_a if _specific(w, 3) and not lex.titled(w)}
    own_b = {w for w in words_b if _specific(w, 3) and not lex.titled(w)}
    return bool(own_a) and bool(own_b) and own_a.isdisjoint(own_b)


def _specific(word: str, least: int) -> bool:
    """A word of an actor phrase that can tell one party from another: no generic word, no nisba,
    ``least`` letters at least."""
    return word not in _GENERIC and len(word) >= least and not word.endswith(("ي", "يه"))


def _same_name(a: str, b: str) -> bool:
    """The same specific word, or a name spelled with one letter more or less (زخاروفا / زاخاروفا)."""
    if a in _GENERIC or b in _GENERIC or min(len(a), len(b)) < 3:
        return False
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) != 1:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if long == short + "ي":
        return False  # اسرائيل / الجيش الاسرائيلي: a country and what is of it (a nisba), no spelling
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


@lru_cache(maxsize=4096)
def _actor_words(actor: str) -> tuple[str, ...]:
    return tuple(_words(normalize(actor)))


_APART = '،()"«»“”'  # marks that part words, not letters of them


def _apart(text: str) -> str:
    """``text`` with the marks that part words as spaces (a replace per mark found: most are not there)."""
    for mark in _APART:
        if mark in text:
            text = text.replace(mark, " ")
    return text


def _words(text: str) -> list[str]:
    out = []
    for word in _apart(text).split():
        if word.startswith("وال"):
            word = word[3:]
        elif word.startswith(("ال", "لل")):
            word = word[2:]
        elif word.startswith(("و", "ب", "ل")) and len(word) > 3 and not _waw_initial(word):
            word = word[1:]
        if len(word) > 1:
            out.append(word)
    return out


@lru_cache(maxsize=1)
def _waw_words() -> frozenset[str]:
    """Words whose و is their own (وزير، وكالة، وفد، واشنطن), from the lexicon's lists."""
    lex = load_lexicon()
    names = ("waw_initial_words", "titles", "institution_heads", "media_heads")
    return frozenset(w.removeprefix("ال") for name in names for w in lex.words[name] if w.removeprefix("ال")[:1] == "و")


def _waw_initial(word: str) -> bool:
    return word[:1] == "و" and word in _waw_words()
