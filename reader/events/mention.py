"""The data the event passes hand each other: plain immutable records (named tuples: cheap to
build, and built for every trigger), one kind per pass.

``Trigger`` (pass ``triggers``): where a trigger word stands and which lexicon form it is.
``Frame`` (pass ``frames``): what its clause says of it (negated, hypothetical, reported...).
``Mention`` (assembled per sentence): a typed, dated occurrence of an event with its actor.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from reader.events.lexicon import Entry, Form
from reader.model import Timex

new_tuple: Any = tuple.__new__  # NamedTuple(*fields) without its Python-level __new__ (records made by the thousand)


class Trigger(NamedTuple):
    """A trigger in a sentence: tokens ``first``..``last`` read as ``form``.

    ``light`` is the token of the light verb that governs a noun (``شن غارات``, ``قام بزيارة``).
    Made by ``Trigger.of``: ``entry``, ``pos``, ``verbal`` and ``type`` are the form's, kept as
    fields because every pass reads them for every trigger (a property would cost a call each time).
    """

    first: int
    last: int
    form: Form
    prefix: str
    enclitic: str
    light: int | None
    entry: Entry
    pos: str
    verbal: bool  # a finite verb, active or passive (not a noun or a participle)
    type: str  # the entry's event type

    @classmethod
    def of(
        cls, first: int, last: int, form: Form, prefix: str = "", enclitic: str = "", light: int | None = None
    ) -> Trigger:
        """The trigger at tokens ``first``..``last`` read as ``form``."""
        entry, pos = form.entry, form.pos
        fields = (first, last, form, prefix, enclitic, light, entry, pos, pos in ("verb", "passive"), entry.type)
        return new_tuple(cls, fields)  # what cls(*fields) does, without its Python-level __new__


class Frame(NamedTuple):
    """A trigger's place in its sentence.

    ``clause`` numbers the clause; ``complement`` is the token span a report verb reports;
    ``reporter`` the index (in the sentence's trigger list) of the report whose complement holds
    the trigger; ``opener`` says that only particles stand before it in its sentence;
    ``attributive`` that a verb describes the noun before it (``قانون يعتبر``), no clause of its own.
    """

    clause: int
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    relative: bool = False
    opener: bool = False
    headline: bool = False
    complement: tuple[int, int] | None = None  # marked by a complementizer, a colon or a quotation
    content: tuple[int, int] | None = None  # what a report says, marked or not (نفى الاتهامات)
    reporter: int | None = None
    attributive: bool = False
    which: bool = False  # right after ما/مما (ما يؤكد): a clause of "which", no subject of its own
    circumstantial: bool = False  # right after وهو/وهي (وهو يتحدث): how someone was, no act
    modal: bool = False  # a present verb right after قد، ربما، لكي (قد تطلب): what may be, or is meant


class Mention(NamedTuple):
    """One occurrence of an event in a sentence, ready to be merged with the others.

    ``strong``: it reports an event by itself (a verb, a dated or governed noun); a weak mention
    (``الهجوم`` again) only joins an event reported elsewhere. ``continues``: a report with no
    subject of its own (``وأضاف``) goes on with the current speaker.
    """

    sentence: int
    paragraph: int
    type: str
    lemma: str
    text: str
    start: int
    end: int
    actor: str | None
    timex: Timex | None
    strong: bool
    speech: bool
    continues: bool = False
    headline: bool = False
    vague: Timex | None = None
    pos: str = "verb"
    gender: str | None = None  # what the verb's form says of its subject: m, f, p (plural)
    outcome: bool = False  # deaths or wounds (لقي حتفه، قتل): told with the attack that caused them
    governed: bool = False  # a noun governed by a light verb (شن غارات، التي تمت)
    definite: bool = False  # a noun with the article or a pronoun (الهجوم، زيارته): it may name an event told before
    link: int | None = None  # index, among its sentence's mentions, of one it tells the same act with
    continuing: bool = False  # a verb that goes on with what was said (وأضاف، وتابع، وأوضح)
    also: str = ""  # told as one more of its kind: "before" (كما قضت) or "after" (قرروا أيضا); no act told again
    announces: bool = False  # a report told as the act it announces: no event, but its speaker may go on
    recalled: bool = False  # an act named as told elsewhere (بموجب الاتفاق، تعليقا على الاتهامات): it tells none
    described: bool = False  # a noun a relative clause tells more of (الهجمات التي نفذها): maybe one told before
    reported: bool = False  # told inside another report's words (وأوضح أن الوزير تحدث عن): someone else's speech
    opener: bool = False  # only particles stand before it in its sentence (``Frame.opener``)
    resumed: bool = False  # a deed's noun whose patient is a pronoun (القبض عليه، اعتقاله): someone named before
    pointed: bool = False  # a noun after a demonstrative (هذا القرار، تلك الزيارة): the act told before
    places: frozenset[int] = frozenset()  # the parties (countries) where an attack struck (غارات على لبنان)
    during: bool = False  # a meeting told as held during a meeting named before (بحث الجانبان خلال اللقاء)
