"""The trigger lexicon (``reader/data/triggers.json``): loading, inflecting, matching tokens.

The data lists base forms; loading generates the usual inflections (person, number, gender;
construct and accusative noun forms) and normalises everything with ``reader.arabic``. A token
matches a form after stripping the clitics the data allows (و ف ب ل ك س ال in front, a pronoun
behind), so ``وأضافت``, ``بزيارته`` and ``والاتهامات`` all find their entry with one dictionary
lookup per candidate split.

Everything the pipeline asks of a token is in its ``WordInfo`` (``Lexicon.infos[token]``), worked
out once per distinct spelling: most words fail one cheap test (could any clitic split be a stem
of the lexicon?) and get an empty one; the sets of tokens of each sparse kind (triggers, light
verbs, clause openers, lexicon stems) grow with it, so a sentence's tokens of a kind are found
by set lookups.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from reader.arabic import normalize
from reader.model import EVENT_TYPES

DATA_FILE = "triggers.json"


@lru_cache(maxsize=1)
def normal_table() -> dict[int, str]:
    """``reader.arabic.normalize`` as a ``str.translate`` table (it changes only Arabic-block characters)."""
    table = {}
    for code in range(0x0600, 0x0900):
        out = normalize(chr(code))
        if out != chr(code):
            table[code] = out
    return table


@lru_cache(maxsize=1)
def dropped_marks() -> str:
    """The characters normalisation drops (harakat, tatweel, Quranic marks): all in the Arabic blocks."""
    return "".join(chr(c) for c in range(0x0600, 0x0900) if normalize(chr(c)) == "")


@dataclass(frozen=True)
class Entry:
    """One trigger of the lexicon and the rules that qualify it."""

    type: str
    lemma: str
    near: frozenset[str] = frozenset()
    window: int = 4
    direction: str = "both"
    retype: tuple[str, frozenset[str], int] | None = None
    announce: bool = False
    continuation: bool = False
    light: bool = False
    weak: bool = False
    act: bool = False
    phrase: tuple[frozenset[str], ...] = ()
    phrase_pos: str = "verb"
    unless: frozenset[str] = frozenset()
    unless_window: int = 2
    near_timex: bool = False  # a temporal expression within the window counts as a ``near`` word
    patient: bool = False  # the genitive after its noun is the one acted on (``مقتل جنديين``), not the agent


@dataclass(frozen=True)
class Reading:
    """A token read as a form of ``entry``: ``pos`` is verb or noun; ``prefix``/``suffix`` its clitics."""

    entry: Entry
    pos: str
    prefix: str
    suffix: str


def _norm_all(words: list[str]) -> list[str]:
    return [normalize(w) for w in words]


def suffixed_forms(verbs: list[str]) -> set[str]:
    """Verbs ending in alif maqsura as written before a pronoun: ``التقى`` -> ``التقا`` (``التقاه``)."""
    return {normalize(v[:-1] + "ا") for v in verbs if v.endswith("ى")}


def past_forms(past: list[str]) -> set[str]:
    """Third-person (and first-person plural) past forms of verbs given as 3ms past."""
    forms: set[str] = set()
    for p in _norm_all(past):
        forms.update({p, p + "ت", p + "وا", p + "ا", p + "تا", p + "ن", p + "نا", p + "تم"})
    return forms


def present_forms(present: list[str]) -> set[str]:
    """Imperfect forms (3rd person, 1st person) of verbs given as 3ms imperfect."""
    forms: set[str] = set()
    for y in _norm_all(present):
        base = y[1:] if y.startswith("ي") else y
        forms.update({y, "ت" + base, "ن" + base, "ا" + base, y + "ون", y + "ان", y + "وا", y + "ن"})
        forms.update({"ت" + base + "ان", "ت" + base + "ون"})
    return forms


def noun_forms(nouns: list[str]) -> set[str]:
    """Nouns with their construct (ة -> ت before a pronoun), dual and accusative forms."""
    forms: set[str] = set()
    for n in _norm_all(nouns):
        forms.add(n)
        if n.endswith("ه"):
            forms.update({n[:-1] + "ت", n[:-1] + "تان", n[:-1] + "تين"})
        elif not n.endswith("ات"):
            forms.update({n + "ا", n + "ان", n + "ين"})
    return forms


# Flags of a word type (``WordInfo.flags``): what the pipeline looks for, found once per distinct token.
PUNCT = 1  # punctuation, not a word
TRIGGER = 2  # has a trigger reading
PHRASE = 4  # may open a multi-word trigger phrase
SKIP = 8  # may open a set phrase that is no event (يذكر أن)
LIGHT = 16  # a light verb (أجرى، عقد، تم)
OPENER = 32  # opens a clause (أن، الذي، وحيث...)
CLAUSE_PUNCT = 64  # punctuation that ends a clause (؛ :)
CANDIDATE = TRIGGER | PHRASE


class WordInfo:
    """What the lexicon knows of one token: its normal form, flags, readings and lexicon stems
    (the booleans repeat bits of ``flags``, for speed)."""

    __slots__ = (
        "candidate", "flags", "light", "marks_clause", "named", "norm", "plain", "readings", "skip", "special",
        "stems", "word",
    )  # fmt: skip

    def __init__(self, norm: str, word: bool, flags: int, readings: tuple[Reading, ...], stems: frozenset[str]) -> None:
        self.norm = norm
        self.word = word
        self.flags = flags
        self.readings = readings
        self.stems = stems  # the clitic-split stems of the token (itself included) that the lexicon names
        if not (flags or stems):  # most words: nothing to look for
            self.candidate = self.light = self.marks_clause = self.named = self.skip = self.special = False
            self.plain = True
            return
        self.candidate = bool(flags & CANDIDATE)
        self.light = bool(flags & LIGHT)
        self.marks_clause = bool(flags & (OPENER | CLAUSE_PUNCT))
        self.named = bool(stems)
        self.skip = bool(flags & SKIP)
        self.special = self.candidate or self.light or self.marks_clause or self.skip
        # readings no context rule of the lexicon can drop (only the preposition rule of verbs applies)
        self.plain = all(not (r.entry.near or r.entry.unless or r.suffix == "ه") for r in readings)


class _Infos(dict):
    """Token -> ``WordInfo``, filled on first sight; every spelling of a token (``قالَ``, ``قال``)
    shares the info of its normal form."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__()
        self.lexicon = lexicon
        self.table = normal_table()
        self.by_norm: dict[str, WordInfo] = {}
        self.words: set[str] = set()  # tokens that are words (not punctuation)
        self.special: set[str] = set()  # tokens with any of the sparse kinds (candidate, light, marks_clause, skip)
        self.named: set[str] = set()  # tokens with a stem the lexicon names

    def trim(self, limit: int = 400_000) -> None:
        """Forget every token once more than ``limit`` are known (a long batch job's memory stays bounded);
        called between texts, never while one is being read."""
        if len(self) > limit:
            self.clear()
            self.by_norm.clear()
            self.words.clear()
            self.special.clear()
            self.named.clear()

    def __missing__(self, token: str) -> WordInfo:
        norm = token.translate(self.table)
        info = self.by_norm.get(norm)
        if info is None:
            info = self.by_norm[norm] = self.lexicon._info(norm)
        self[token] = info
        if info.word:
            self.words.add(token)
            if info.special:
                self.special.add(token)
        elif info.special:
            self.special.add(token)
        if info.named:
            self.named.add(token)
        return info


_NO_STEMS: frozenset[str] = frozenset()


class Lexicon:
    """The compiled lexicon: form tables, phrases, light verbs and the grammar word lists.

    Every question about a token is answered from its ``WordInfo`` (``self.infos[token]``),
    computed once per distinct token: its clitic splits are tried against the lexicon's stems
    only when one of them could be a stem at all.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        self.verb_prefixes = frozenset(_norm_all(data["verb_prefixes"]))
        self.past_prefixes = frozenset(_norm_all(data["past_prefixes"]))
        self.exclude = frozenset(_norm_all(data["exclude"]))
        self.noun_prefixes = frozenset(_norm_all(data["noun_prefixes"]))
        self._prefix_set = self.verb_prefixes | self.noun_prefixes
        self._suffix_set = frozenset(_norm_all(data["suffixes"]))
        self._prefix_lengths = sorted({len(p) for p in self._prefix_set | {""}})
        self._suffix_lengths = sorted({len(s) for s in self._suffix_set | {""}})
        self.attribution = frozenset(_norm_all(data["attribution"]))
        self.skip_phrases = tuple(tuple(frozenset({w}) for w in _norm_all(p)) for p in data["skip_phrases"])
        self.skip_first = frozenset().union(*(p[0] for p in self.skip_phrases))
        grammar = data["grammar"]
        self.grammar: dict[str, frozenset[str]] = {k: frozenset(_norm_all(v)) for k, v in grammar.items()}
        light = data["light_verbs"]
        light_forms = past_forms(light["past"]) | present_forms(light["present"]) | set(_norm_all(light["forms"]))
        light_forms |= suffixed_forms(light["past"] + light["forms"])
        self.light_forms = frozenset(light_forms)
        self._forms: dict[str, list[tuple[Entry, str]]] = {}
        self.phrases: dict[str, list[Entry]] = {}
        self.entries: list[Entry] = []
        for raw in data["entries"]:
            self._add(raw)
        # The stems a word's ``WordInfo.stems`` keeps: the sets below, and nothing else, are tested against it.
        named: set[str] = set(self.grammar["prepositions"] | self.grammar["actor_stops"])
        for phrase in self.skip_phrases:
            named.update(*phrase)
        for entry in self.entries:
            named.update(entry.near, entry.unless, *entry.phrase)
            if entry.retype:
                named.update(entry.retype[1])
        self._named = frozenset(named)
        self._relevant = frozenset(named | self._forms.keys() | self.light_forms | self.phrases.keys())
        self._heads = frozenset(p + stem for p in self._prefix_set | {""} for stem in self._relevant)
        self._openers = self.grammar["clause_openers"]
        self.actor_skip = self.grammar["particles"] | self._openers  # words in front of a subject
        self.infos = _Infos(self)

    def _add(self, raw: dict[str, Any]) -> None:
        if raw["type"] not in EVENT_TYPES:
            raise ValueError(f"{DATA_FILE}: unknown event type {raw['type']!r}")
        retype = raw.get("retype")
        entry = Entry(
            type=raw["type"],
            lemma=raw["lemma"],
            near=frozenset(_norm_all(raw.get("near", []))),
            window=raw.get("window", 4),
            direction=raw.get("direction", "both"),
            retype=(retype["type"], frozenset(_norm_all(retype["near"])), retype.get("window", 4)) if retype else None,
            announce=raw.get("announce", False),
            continuation=raw.get("continuation", False),
            light=raw.get("light", False),
            weak=raw.get("weak", False),
            act=raw.get("act", False),
            phrase=tuple(frozenset(_norm_all(alts)) for alts in raw.get("phrase", [])),
            phrase_pos=raw.get("pos", "verb"),
            unless=frozenset(_norm_all(raw.get("unless", []))),
            unless_window=raw.get("unless_window", 2),
            near_timex=raw.get("near_timex", False),
            patient=raw.get("patient", False),
        )
        self.entries.append(entry)
        if entry.phrase:
            for first in entry.phrase[0]:
                self.phrases.setdefault(first, []).append(entry)
            return
        for form in past_forms(raw.get("past", [])):
            self._forms.setdefault(form, []).append((entry, "past"))
        for form in present_forms(raw.get("present", [])) | set(_norm_all(raw.get("forms", []))):
            self._forms.setdefault(form, []).append((entry, "verb"))
        for form in suffixed_forms(raw.get("forms", []) + raw.get("past", [])):
            self._forms.setdefault(form, []).append((entry, "verb"))
        for form in noun_forms(raw.get("nouns", [])):
            self._forms.setdefault(form, []).append((entry, "noun"))

    def splits(self, token: str) -> list[tuple[str, str, str]]:
        """Every (prefix, stem, suffix) split of ``token`` the clitic lists allow (stem >= 2 letters),
        shortest prefix first, then shortest suffix."""
        out: list[tuple[str, str, str]] = []
        n = len(token)
        for p in self._prefix_lengths:
            if n - p < 2:
                break
            prefix = token[:p]
            if p and prefix not in self._prefix_set:
                continue
            for s in self._suffix_lengths:
                if n - p - s < 2:
                    break
                suffix = token[n - s :] if s else ""
                if not s or suffix in self._suffix_set:
                    out.append((prefix, token[p : n - s], suffix))
        return out

    def _info(self, norm: str) -> WordInfo:
        """The ``WordInfo`` of a normalised token."""
        first = norm[0]
        if not (first.isalnum() or first == "_"):
            flags = PUNCT | (CLAUSE_PUNCT if norm in self.grammar["clause_punctuation"] else 0)
            stems = frozenset({norm}) & self._named
            return WordInfo(norm, False, flags, (), stems)
        flags = 0
        if norm in self._openers or (first in "وف" and len(norm) > 2 and norm[1:] in self._openers):
            flags |= OPENER
        heads = self._heads  # could a clitic split of it be a stem of the lexicon? (most words: no)
        if norm not in heads:
            n = len(norm)
            for s in self._suffix_lengths[1:]:
                if norm[n - s :] in self._suffix_set and norm[: n - s] in heads:
                    break
            else:
                return WordInfo(norm, True, flags, (), _NO_STEMS)
        splits = self.splits(norm)
        stems = frozenset(stem for _, stem, _ in splits) | {norm}
        readings = self._readings(splits, stems)
        named = stems & self._named
        if readings:
            flags |= TRIGGER
        if not stems.isdisjoint(self.phrases.keys()):
            flags |= PHRASE
        if not stems.isdisjoint(self.skip_first):
            flags |= SKIP
        if any(stem in self.light_forms for prefix, stem, _ in splits if prefix in self.verb_prefixes):
            flags |= LIGHT
        return WordInfo(norm, True, flags, readings, named or _NO_STEMS)

    def _readings(self, splits: list[tuple[str, str, str]], stems: frozenset[str]) -> tuple[Reading, ...]:
        """The trigger readings of a token with these splits, longest stem first."""
        found: list[Reading] = []
        if not self.exclude.isdisjoint(stems):
            return ()
        allowed = {"past": self.past_prefixes, "verb": self.verb_prefixes, "noun": self.noun_prefixes}
        for prefix, stem, suffix in sorted(splits, key=lambda s: -len(s[1])):
            for entry, kind in self._forms.get(stem, ()):
                if prefix in allowed[kind] and not (
                    suffix and ((kind != "noun" and suffix == "ي") or prefix.endswith("ال"))
                ):
                    found.append(Reading(entry, "noun" if kind == "noun" else "verb", prefix, suffix))
            if found:
                break
        return tuple(found)

    def readings(self, token: str) -> tuple[Reading, ...]:
        """The trigger readings of ``token``, longest stem first."""
        return self.infos[token].readings

    def word(self, name: str, token: str) -> bool:
        """True when ``token`` is in the grammar word list ``name`` (clause_openers, actor_stops...)."""
        return token in self.grammar[name]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The packaged lexicon, loaded once."""
    text = (resources.files("reader") / "data" / DATA_FILE).read_text(encoding="utf-8")
    return Lexicon(json.loads(text))
