"""The event lexicon (``reader/data/events.json``): loading, checking and looking words up.

Its word lists add the event layer's own (titles, cues, light verbs...) to the closed-class
words both layers share (``reader.text.words``).

Loading normalises every form (``reader.text.arabic``), inflects the base forms
(``reader.events.morphology``) and indexes each written stem. ``Lexicon.analyses(word)`` gives
every reading of a normalised word as a trigger (once per distinct word, cached). Unknown keys in
the data are an error, here at load time and in the schema test (``events.schema.json``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import repeat
from typing import Any, Generic, NamedTuple, TypeVar

from reader.events.morphology import (
    ANY_ENCLITIC,
    ANY_PREFIX,
    MAX_ENCLITIC,
    MAX_PREFIX,
    clitics_fit,
    kept_last_letter,
    noun_forms,
    participle_forms,
    verb_forms,
)
from reader.model import EVENT_TYPES
from reader.text.arabic import normalize
from reader.text.tokens import SentenceText
from reader.text.words import closed_words, parse

DATA_FILE = "events.json"
_ENTRY_KEYS = frozenset(
    {
        "lemma",
        "type",
        "role",
        "past",
        "present",
        "forms",
        "passive",
        "participles",
        "nouns",
        "continues",
        "announces",
        "outcome",
        "undergoer",
        "about",
        "detains",
        "requires",
        "excludes",
    }
)
_CONTEXT_KEYS = frozenset({"words", "side", "window"})
_CONTEXT_OPTIONAL = frozenset({"pos", "object", "clause", "unowned"})
_TOP_KEYS = frozenset({"description", "entries", "light_verbs", "attach_after_light", "words", "rule_words", "parties"})
ROLES = ("report", "act")
_NONE: frozenset[str] = frozenset()
_NAMING_CLASSES = frozenset({"titles", "institution_heads"})  # words that name someone
CACHE_WORDS = 200_000  # distinct words whose readings are kept


@dataclass(frozen=True)
class Context:
    """Words that must (``requires``) or must not (``excludes``) stand near a trigger.

    ``words`` match a whole normalised word (with or without a leading و/ف), ``prefixes`` its start
    (a ``*`` in the data), ``phrases`` a run of words; ``pos``: the parts of speech of the forms
    it holds for (empty: all of them; فجر السبت is dawn, تفجير السبت a bombing).
    """

    words: frozenset[str]
    prefixes: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]
    side: str
    window: int
    pos: frozenset[str] = frozenset()
    object: bool = False  # what it finds after a verb is the verb's object (فتح تحقيقا): no subject there
    clause: bool = False  # looked for in the trigger's clause only: the window stops at a comma
    unowned: bool = False  # holds for a reading without a pronoun only (not مؤتمرها الوطني: a party's own)
    firsts: frozenset[str] = field(init=False, repr=False, compare=False)  # the phrases' first words
    # every written word that may match ``words`` or open a phrase (with و/ف, or ب/ل/ك before a
    # word): a sentence with none of them and no ``prefixes`` to look for has the context nowhere
    anywhere: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        firsts = frozenset(phrase[0] for phrase in self.phrases)
        object.__setattr__(self, "firsts", firsts)
        bare = self.words | firsts | {p + w for w in self.words if len(w) >= 3 for p in ("ب", "ل", "ك")}
        object.__setattr__(self, "anywhere", bare | {c + w for w in bare for c in ("و", "ف")})

    def names(self, norm: str) -> bool:
        """Normalised word ``norm`` is one of ``words`` or starts with one of ``prefixes``."""
        return norm in self.words or (bool(self.prefixes) and norm.startswith(self.prefixes))


@dataclass(frozen=True)
class Entry:
    """One trigger sense: its type, its role (a report of speech, or the act itself) and its contexts."""

    lemma: str
    type: str
    role: str
    continues: bool = False
    announces: bool = False
    outcome: bool = False
    undergoer: bool = False
    about: frozenset[str] = frozenset()  # prepositions opening what a report is about (أشار إلى): its dates
    detains: bool = False  # an arrest: the words after it name who is held (القبض على شاب متورط في سرقة)
    requires: tuple[Context, ...] = ()
    excludes: tuple[Context, ...] = ()
    report: bool = field(init=False, repr=False, compare=False)  # the role is "report" (read for every trigger)
    by_pos: bool = field(init=False, repr=False, compare=False)  # a context holds for some parts of speech only
    by_owner: bool = field(init=False, repr=False, compare=False)  # an exclusion holds for unowned readings only

    def __post_init__(self) -> None:
        object.__setattr__(self, "report", self.role == "report")
        object.__setattr__(self, "by_pos", any(c.pos for c in (*self.requires, *self.excludes)))
        object.__setattr__(self, "by_owner", any(c.unowned for c in self.excludes))


@dataclass(frozen=True)
class Form:
    """A written stem of an entry: part of speech (``verb``, ``passive``, ``participle``, ``noun``),
    tense of a verb (``past``/``present``), and for a noun of several words the words after the first."""

    entry: Entry
    pos: str
    tense: str | None = None
    rest: tuple[str, ...] = ()


class Analysis(NamedTuple):
    """A reading of a written word: the form its stem is, and the clitics around it."""

    form: Form
    prefix: str
    enclitic: str


_SEATED_HAMZAS = ("ئ", "ؤ")  # ء written on ya or waw before a pronoun (لقائه، لقاؤه)


class Lexicon:
    """The loaded lexicon: entries, stem index, light verbs and the closed-class word lists."""

    def __init__(self, data: dict[str, Any]) -> None:
        check(data)
        self.entries = tuple(_entry(raw) for raw in data["entries"])
        self.index: dict[str, list[Form]] = {}
        for raw, entry in zip(data["entries"], self.entries, strict=True):
            for form, stem in _forms(raw, entry):
                forms = self.index.setdefault(stem, [])
                if form not in forms:
                    forms.append(form)
        self.light_verbs = frozenset(normalize(w) for w in data["light_verbs"])
        self.parties: dict[tuple[str, ...], int] = {
            tuple(normalize(name).split()): n for n, names in enumerate(data.get("parties", [])) for name in names
        }
        self._light_forms = _light_forms(self.light_verbs)
        shared = closed_words()
        own = parse({"lists": data["words"]})
        self.words: dict[str, frozenset[str]] = {**shared.words, **own.words}
        self.phrases: dict[str, tuple[tuple[str, ...], ...]] = {**shared.phrases, **own.phrases}
        self._analyses = _PerWord(self._analyse_uncached)
        self._members: dict[str, frozenset[str]] = {}
        # quick tests before slicing a word: the first three letters of the longer stems, the short stems
        self._starts = frozenset(stem[:3] for stem in self.index if len(stem) >= 3)
        self._short = frozenset(stem for stem in self.index if len(stem) < 3)
        inverted: dict[str, set[str]] = {}
        for name, words in self.words.items():
            for word in words:
                inverted.setdefault(word, set()).add(name)
        self._lists_of = {word: frozenset(names) for word, names in inverted.items()}
        self._word_classes = _classes_with_conjunction(self._lists_of)
        self._first_words = {
            name: {phrase[0]: [p for p in phrases if p[0] == phrase[0]] for phrase in phrases}
            for name, phrases in self.phrases.items()
        }

    @property
    def readings(self) -> dict[str, tuple[Analysis, ...]]:
        """The readings of each word, worked out when a word is first looked up (``readings[word]``
        is ``analyses(word)`` without the call; read-only for callers)."""
        return self._analyses

    def analyses(self, word: str) -> tuple[Analysis, ...]:
        """Every reading of normalised ``word`` as a form of the lexicon (worked out once per word)."""
        return self._analyses[word]

    def _analyse_uncached(self, word: str) -> tuple[Analysis, ...]:
        found: list[Analysis] = []
        seen: set[tuple[Form, str, str]] = set()
        size = len(word)
        starts, short = self._starts, self._short
        ends: tuple[int, ...] | None = None  # worked out for a word with a prefix and a stem's start (a few)
        # only the splits whose clitics some part of speech takes: the others fit no form
        for i in _start_cuts(word[: MAX_PREFIX - 1]):
            if i >= size - 1:
                break
            if word[i : i + 3] not in starts and word[i : i + 2] not in short:
                continue
            if ends is None:
                ends = _end_cuts(word[-MAX_ENCLITIC:])
            for back in ends:
                j = size - back
                if j <= i + 1:
                    break  # a stem of two letters at least
                forms = self.index.get(word[i:j])
                plural_before_pronoun = False
                if not forms and j < size and word[j - 1] == "و":
                    # قتلوه، اتهموها، لم يتهموه: the plural's alif is not written before a pronoun
                    forms = self.index.get(word[i:j] + "ا")
                    plural_before_pronoun = True
                hamza_seated = False
                if not forms and j < size and word[j - 1] in _SEATED_HAMZAS:
                    # لقائه، لقاؤه: a noun's final ء takes a seat before a pronoun (لقاء + ه)
                    forms = self.index.get(word[i : j - 1] + "ء")
                    hamza_seated = True
                if not forms:
                    continue
                prefix, enclitic = word[:i], word[j:]
                for form in forms:
                    if plural_before_pronoun and form.pos != "verb":
                        continue  # an active verb's object pronoun (a passive takes none)
                    if hamza_seated and form.pos != "noun":
                        continue  # a verb's ء (جاء) keeps its letter before a pronoun (جاءه)
                    if not clitics_fit(prefix, enclitic, form.pos):
                        continue
                    if form.tense == "past" and prefix[-1:] == "س":
                        continue  # س comes before a present (سيأمر), never a past: سامر، سافر are no س + أمر، فر
                    if enclitic == "ي" and form.pos == "noun" and word[j - 1] != "ت":
                        continue  # انتخابي، هجومي: an adjective of relation; "my" only after ة (زيارتي)
                    if form.pos == "noun" and word.startswith(ARTICLE_NORM, i):
                        prefix = word[: i + len(ARTICLE_NORM)]  # a noun listed with its article (القبض)
                    key = (form, prefix, enclitic)
                    if key not in seen:
                        seen.add(key)
                        found.append(Analysis(form, prefix, enclitic))
        return tuple(found)

    def is_light(self, word: str) -> bool:
        """A light verb (``أجرى``, ``شن``, ``تم``), with or without و/ف in front."""
        return word in self._light_forms

    def has(self, name: str, word: str) -> bool:
        """``word`` (normalised) is in word list ``name``, with or without a leading و/ف."""
        return name in self._word_classes.get(word, _NONE)

    def members(self, name: str) -> frozenset[str]:
        """Every word ``has(name, word)`` holds for: the list's words, with and without و/ف in
        front (a set to test many words against one list)."""
        found = self._members.get(name)
        if found is None:
            words = self.words[name]
            found = self._members[name] = words | {c + w for w in words if len(w) >= 2 for c in ("و", "ف")}
        return found

    def classes_of(self, text: SentenceText) -> list[frozenset[str]]:
        """The word-list classes of each token of a sentence (none for punctuation)."""
        found = list(map(self._word_classes.get, text.norms, repeat(_NONE)))
        for k in text.marks:
            found[k] = _NONE
        return found

    def classes(self, word: str) -> frozenset[str]:
        """The names of the word lists that hold ``word`` (normalised), with or without و/ف in front."""
        return self._word_classes.get(word, _NONE)

    def own_classes(self, word: str) -> frozenset[str]:
        """The word lists that hold ``word`` (normalised) itself, without taking off a و/ف."""
        return self._lists_of.get(word, _NONE)

    def named_in_waw(self, word: str) -> bool:
        """A title or a body whose own word begins with و (وزير، والي، وزارة، وكالة): no
        conjunction in front (not و + a title: والرئيس)."""
        return not _NAMING_CLASSES.isdisjoint(self._lists_of.get(word, _NONE))

    def titled(self, word: str) -> bool:
        """A title, as written or with the article before it (وزير، الرئيس; حاكم for الحاكم)."""
        return self.has("titles", word) or self.has("titles", "ال" + word)

    def any_of(self, names: frozenset[str], word: str) -> bool:
        """``word`` is in one of the word lists ``names`` (with or without و/ف in front)."""
        return not names.isdisjoint(self._word_classes.get(word, _NONE))

    def phrase_starts(self, name: str) -> dict[str, list[tuple[str, ...]]]:
        """The first words of the phrases of word list ``name`` (a dict: ``in`` is a quick test)."""
        return self._first_words[name]


def _classes_with_conjunction(lists_of: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """The word lists of every word in some list, and of every such word of two letters or more
    with و/ف in front (its lists and those of the word after و/ف): a word not in this table is in
    no list (so no word is worked out on its first look-up)."""
    table = dict(lists_of)
    for word, names in lists_of.items():
        if len(word) >= 2:
            for conjunction in ("و", "ف"):
                joined = conjunction + word
                table[joined] = table.get(joined, _NONE) | names
    return table


def _prefix_cuts(start: str) -> tuple[int, ...]:
    """Where a word beginning with ``start`` (its first ``MAX_PREFIX - 1`` letters) may end a prefix
    some part of speech takes: the lengths of those prefixes, shortest first."""
    return tuple(i for i in range(min(MAX_PREFIX, len(start) + 1)) if start[:i] in ANY_PREFIX)


def _enclitic_cuts(end: str) -> tuple[int, ...]:
    """The lengths of the enclitics a word ending with ``end`` (its last ``MAX_ENCLITIC`` letters)
    may end with, shortest first (none, ه، ها...)."""
    return tuple(k for k in range(len(end) + 1) if end[len(end) - k :] in ANY_ENCLITIC)


# every start of a prefix (its first letters, up to MAX_PREFIX - 1 of them) and every end of an
# enclitic (up to MAX_ENCLITIC letters) with its cuts: a word's cuts are those of the longest such
# start (end) it has, its further letters being no part of any clitic (so nothing is worked out
# per word, nor kept)
_PREFIX_CUTS = {
    head: _prefix_cuts(head) for head in {p[:i] for p in ANY_PREFIX for i in range(min(len(p), MAX_PREFIX - 1) + 1)}
}
_ENCLITIC_CUTS = {
    tail: _enclitic_cuts(tail)
    for tail in {e[len(e) - k :] for e in ANY_ENCLITIC for k in range(min(len(e), MAX_ENCLITIC) + 1)}
}


def _start_cuts(start: str) -> tuple[int, ...]:
    """``_prefix_cuts(start)`` for a word's first ``MAX_PREFIX - 1`` letters, from the table."""
    return _PREFIX_CUTS.get(start) or _PREFIX_CUTS.get(start[:2]) or _PREFIX_CUTS.get(start[:1]) or (0,)


def _end_cuts(end: str) -> tuple[int, ...]:
    """``_enclitic_cuts(end)`` for a word's last ``MAX_ENCLITIC`` letters, from the table."""
    return _ENCLITIC_CUTS.get(end) or _ENCLITIC_CUTS.get(end[1:]) or _ENCLITIC_CUTS.get(end[2:]) or (0,)


def _light_forms(light_verbs: frozenset[str]) -> frozenset[str]:
    """The light verbs as written: alone, after و/ف, and a present one after the future prefix
    (ستواصل، وسيجري)."""
    forms = set(light_verbs) | {"س" + verb for verb in light_verbs if verb[:1] in ("ي", "ت", "ن")}
    return frozenset(forms | {conjunction + form for form in forms for conjunction in ("و", "ف")})


_Fact = TypeVar("_Fact")


class _PerWord(dict[str, _Fact], Generic[_Fact]):
    """What ``work`` says of each word looked up so far, worked out on its first lookup (a dict:
    a word met before costs one look-up, in C); at most ``CACHE_WORDS`` kept (then it starts again)."""

    def __init__(self, work: Callable[[str], _Fact]) -> None:
        super().__init__()
        self.work = work

    def __missing__(self, word: str) -> _Fact:
        if len(self) > CACHE_WORDS:
            self.clear()
        found = self[word] = self.work(word)
        return found


def check(data: dict[str, Any]) -> None:
    """Refuse data with keys the lexicon does not know (a misspelled key would silently do nothing)."""
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise ValueError(f"{DATA_FILE}: unknown key(s) {sorted(unknown)}")
    _check_rule_words(data)
    for raw in data["entries"]:
        unknown = set(raw) - _ENTRY_KEYS
        if unknown:
            raise ValueError(f"{DATA_FILE}: entry {raw.get('lemma')!r}: unknown key(s) {sorted(unknown)}")
        if raw["type"] not in EVENT_TYPES or raw["role"] not in ROLES:
            raise ValueError(f"{DATA_FILE}: entry {raw['lemma']!r}: bad type or role")
        for key in ("requires", "excludes"):
            contexts = raw.get(key, [])
            for context in contexts if isinstance(contexts, list) else [contexts]:
                if not _CONTEXT_KEYS <= set(context) <= _CONTEXT_KEYS | _CONTEXT_OPTIONAL:
                    keys = sorted((set(context) - _CONTEXT_OPTIONAL) ^ _CONTEXT_KEYS)
                    raise ValueError(f"{DATA_FILE}: entry {raw['lemma']!r}: {key}: unknown or missing key(s) {keys}")


def _check_rule_words(data: dict[str, Any]) -> None:
    for name, words in data.get("rule_words", {}).items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise ValueError(f"{DATA_FILE}: rule_words {name!r}: not a list of words")


def _contexts(raw: dict[str, Any] | list[dict[str, Any]] | None) -> tuple[Context, ...]:
    if raw is None:
        return ()
    return tuple(_context(c) for c in (raw if isinstance(raw, list) else [raw]))


def _context(raw: dict[str, Any]) -> Context:
    words, prefixes, phrases = set(), [], []
    for word in raw["words"]:
        norm = normalize(word)
        if " " in norm:
            phrases.append(tuple(norm.split()))
        elif norm.endswith("*"):
            prefixes.append(norm[:-1])
        else:
            words.add(norm)
    pos = frozenset(raw.get("pos", ()))
    return Context(
        frozenset(words),
        tuple(prefixes),
        tuple(phrases),
        raw["side"],
        raw["window"],
        pos,
        raw.get("object", False),
        raw.get("clause", False),
        raw.get("unowned", False),
    )


def _entry(raw: dict[str, Any]) -> Entry:
    return Entry(
        lemma=raw["lemma"],
        type=raw["type"],
        role=raw["role"],
        continues=raw.get("continues", False),
        announces=raw.get("announces", False),
        outcome=raw.get("outcome", False),
        undergoer=raw.get("undergoer", False),
        about=frozenset(normalize(word) for word in raw.get("about", ())),
        detains=raw.get("detains", False),
        requires=_contexts(raw.get("requires")),
        excludes=_contexts(raw.get("excludes")),
    )


def _forms(raw: dict[str, Any], entry: Entry) -> Iterable[tuple[Form, str]]:
    def norm(words: list[str]) -> list[str]:
        return [normalize(w) for w in words]

    for written in raw.get("past", []):
        for stem in verb_forms(normalize(written), None, kept_last_letter(written))["past"]:
            yield Form(entry, "verb", "past"), stem
    for present in norm(raw.get("present", [])):
        for stem in verb_forms(None, present)["present"]:
            yield Form(entry, "verb", "present"), stem
    for form in norm(raw.get("forms", [])):
        yield Form(entry, "verb", "present" if form[:1] in "يت" and len(form) > 3 else "past"), form
    for written in raw.get("passive", []):
        for stem in verb_forms(normalize(written), None, kept_last_letter(written))["past"]:
            yield Form(entry, "passive", "past"), stem
    for participle in norm(raw.get("participles", [])):
        for stem in participle_forms(participle):
            yield Form(entry, "participle"), stem
    for noun in norm(raw.get("nouns", [])):
        first, *rest = noun.split()
        for stem in noun_forms(first) if not rest else {first}:
            yield Form(entry, "noun", None, tuple(rest)), stem
        if first.startswith(ARTICLE_NORM) and len(first) > 4:
            yield Form(entry, "noun", None, tuple(rest)), first[2:]


ARTICLE_NORM = "ال"


@cache
def load_lexicon() -> Lexicon:
    """The packaged lexicon (loaded once)."""
    return Lexicon(_packaged())


@cache
def _packaged() -> dict[str, Any]:
    """The packaged data, parsed once (read by the lexicon and by ``rule_words``; left as it is)."""
    return json.loads((resources.files("reader") / "data" / DATA_FILE).read_text(encoding="utf-8"))


def rule_words(name: str) -> frozenset[str]:
    """Word set ``name`` of the data's ``rule_words``: the words one rule of the passes looks for,
    normalised. Unlike the ``words`` lists these are no word class (``Lexicon.has``/``classes``
    know nothing of them), so listing a word here changes that rule alone."""
    return _rule_words()[name]


def rule_lemmas(name: str) -> frozenset[str]:
    """Lemma set ``name`` of the data's ``rule_words``, as the entries write their lemmas (what
    ``Entry.lemma`` is compared with); a listed lemma no entry has is an error."""
    return _rule_lemmas()[name]


@cache
def _rule_words() -> dict[str, frozenset[str]]:
    return word_sets(_packaged())


@cache
def _rule_lemmas() -> dict[str, frozenset[str]]:
    return lemma_sets(_packaged(), _rule_words())


def word_sets(data: dict[str, Any]) -> dict[str, frozenset[str]]:
    """The ``rule_words`` of ``data`` (the shape of events.json), checked and normalised."""
    _check_rule_words(data)
    return {name: frozenset(normalize(w) for w in words) for name, words in data.get("rule_words", {}).items()}


def lemma_sets(data: dict[str, Any], sets: dict[str, frozenset[str]] | None = None) -> dict[str, frozenset[str]]:
    """The lists of ``data``'s ``rule_words`` named ``*_lemmas``, as its entries write those lemmas;
    a lemma no entry has is an error (a misspelled one would silently do nothing). ``sets``:
    ``word_sets(data)``, when the caller has it."""
    lemmas = {normalize(raw["lemma"]): raw["lemma"] for raw in data["entries"]}
    found: dict[str, frozenset[str]] = {}
    for name, words in (word_sets(data) if sets is None else sets).items():
        if name.endswith("_lemmas"):
            unknown = sorted(words - lemmas.keys())
            if unknown:
                raise ValueError(f"{DATA_FILE}: rule_words {name!r}: no entry has the lemma(s) {unknown}")
            found[name] = frozenset(lemmas[w] for w in words)
    return found
