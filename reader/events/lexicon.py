"""The trigger lexicon (``reader/data/triggers.json``): loading, inflecting, matching tokens.

The data lists base forms; loading generates the usual inflections (person, number, gender;
construct and accusative noun forms) and normalises everything with ``reader.arabic``. A token
matches a form after stripping the clitics the data allows (و ف ب ل ك س ال in front, a pronoun
behind), so ``وأضافت``, ``بزيارته`` and ``والاتهامات`` all find their entry with one dictionary
lookup per candidate split, cached per distinct token.
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


@dataclass(frozen=True)
class Reading:
    """A token read as a form of ``entry``: ``pos`` is verb or noun; ``prefix``/``suffix`` its clitics."""

    entry: Entry
    pos: str
    prefix: str
    suffix: str


def _norm_all(words: list[str]) -> list[str]:
    return [normalize(w) for w in words]


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


class Lexicon:
    """The compiled lexicon: form tables, phrases, light verbs and the grammar word lists."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.verb_prefixes = frozenset(_norm_all(data["verb_prefixes"]))
        self.past_prefixes = frozenset(_norm_all(data["past_prefixes"]))
        self.exclude = frozenset(_norm_all(data["exclude"]))
        self.noun_prefixes = frozenset(_norm_all(data["noun_prefixes"]))
        self._prefixes = sorted(self.verb_prefixes | self.noun_prefixes, key=len)
        self._suffixes = sorted(set(_norm_all(data["suffixes"])), key=len)
        self.attribution = frozenset(_norm_all(data["attribution"]))
        self.skip_phrases = tuple(tuple(frozenset({w}) for w in _norm_all(p)) for p in data["skip_phrases"])
        self.skip_first = frozenset().union(*(p[0] for p in self.skip_phrases))
        grammar = data["grammar"]
        self.grammar: dict[str, frozenset[str]] = {k: frozenset(_norm_all(v)) for k, v in grammar.items()}
        light = data["light_verbs"]
        light_forms = past_forms(light["past"]) | present_forms(light["present"]) | set(_norm_all(light["forms"]))
        self.light_forms = frozenset(light_forms)
        self._forms: dict[str, list[tuple[Entry, str]]] = {}
        self.phrases: dict[str, list[Entry]] = {}
        self.entries: list[Entry] = []
        for raw in data["entries"]:
            self._add(raw)

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
        for form in noun_forms(raw.get("nouns", [])):
            self._forms.setdefault(form, []).append((entry, "noun"))

    @lru_cache(maxsize=200_000)  # noqa: B019 - one lexicon per process, cached per distinct token
    def splits(self, token: str) -> tuple[tuple[str, str, str], ...]:
        """Every (prefix, stem, suffix) split of ``token`` the clitic lists allow (stem >= 2 letters)."""
        out: list[tuple[str, str, str]] = []
        for prefix in self._prefixes:
            if not token.startswith(prefix):
                continue
            rest = token[len(prefix) :]
            for suffix in self._suffixes:
                if len(rest) - len(suffix) >= 2 and rest.endswith(suffix):
                    out.append((prefix, rest[: len(rest) - len(suffix)], suffix))
        return tuple(out)

    @lru_cache(maxsize=200_000)  # noqa: B019
    def stems(self, token: str) -> frozenset[str]:
        """All candidate stems of ``token`` (itself included)."""
        return frozenset(stem for _, stem, _ in self.splits(token)) | {token}

    def has_stem(self, token: str, stems: frozenset[str]) -> bool:
        """True when some clitic split of ``token`` is one of ``stems``."""
        return not stems.isdisjoint(self.stems(token))

    @lru_cache(maxsize=200_000)  # noqa: B019
    def readings(self, token: str) -> tuple[Reading, ...]:
        """The trigger readings of ``token``, longest stem first."""
        found: list[Reading] = []
        if not self.exclude.isdisjoint(self.stems(token)):
            return ()
        allowed = {"past": self.past_prefixes, "verb": self.verb_prefixes, "noun": self.noun_prefixes}
        for prefix, stem, suffix in sorted(self.splits(token), key=lambda s: -len(s[1])):
            for entry, kind in self._forms.get(stem, ()):
                if prefix in allowed[kind] and not (
                    suffix and ((kind != "noun" and suffix == "ي") or prefix.endswith("ال"))
                ):
                    found.append(Reading(entry, "noun" if kind == "noun" else "verb", prefix, suffix))
            if found:
                break
        return tuple(found)

    @lru_cache(maxsize=200_000)  # noqa: B019
    def is_light(self, token: str) -> bool:
        """True for a light verb (أجرى، عقد، تم...) whose object or subject noun is the event."""
        return any(stem in self.light_forms for prefix, stem, _ in self.splits(token) if prefix in self.verb_prefixes)

    def word(self, name: str, token: str) -> bool:
        """True when ``token`` is in the grammar word list ``name`` (clause_openers, actor_stops...)."""
        return token in self.grammar[name]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The packaged lexicon, loaded once."""
    text = (resources.files("reader") / "data" / DATA_FILE).read_text(encoding="utf-8")
    return Lexicon(json.loads(text))
