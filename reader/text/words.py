"""Closed-class Arabic words both analysis layers read (``reader/data/words.json``): negations,
complementizers, relative pronouns, subordinators, prepositions, particles, auxiliaries...

Loaded once, normalised with ``reader.text.arabic``; single words and phrases of several words apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from reader.text.arabic import normalize

DATA_FILE = "words.json"
_KEYS = frozenset({"description", "lists"})


@dataclass(frozen=True)
class ClosedWords:
    """The word lists by name: ``words[name]`` single words, ``phrases[name]`` runs of words."""

    words: dict[str, frozenset[str]]
    phrases: dict[str, tuple[tuple[str, ...], ...]]


def parse(data: dict) -> ClosedWords:
    """The lists of ``data`` (the shape of words.json), normalised; unknown keys are an error."""
    unknown = set(data) - _KEYS
    if unknown:
        raise ValueError(f"{DATA_FILE}: unknown key(s) {sorted(unknown)}")
    words: dict[str, frozenset[str]] = {}
    phrases: dict[str, tuple[tuple[str, ...], ...]] = {}
    for name, entries in data["lists"].items():
        normal = [normalize(w) for w in entries]
        words[name] = frozenset(w for w in normal if " " not in w)
        phrases[name] = tuple(tuple(w.split()) for w in normal if " " in w)
    return ClosedWords(words, phrases)


@cache
def closed_words() -> ClosedWords:
    """The packaged closed-class word lists."""
    return parse(json.loads((resources.files("reader") / "data" / DATA_FILE).read_text(encoding="utf-8")))
