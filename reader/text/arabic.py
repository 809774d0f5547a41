"""Arabic orthographic normalisation with an offset map back to the original text.

``normalize`` folds the spelling variants that Arabic news mixes freely so that matching
(date words, trigger lexicons, search) sees one form:

- alef forms أ إ آ ٱ -> ا (camel-tools ``normalize_alef_ar``)
- alef maqsura ى -> ي (``normalize_alef_maksura_ar``)
- ta marbuta ة -> ه (``normalize_teh_marbuta_ar``)
- harakat and other combining Arabic marks removed (``dediac_ar``, plus the rest of the
  combining marks of the Arabic block: Quranic signs, combining hamza and maddah)
- tatweel ـ removed
- Eastern Arabic and Persian digits ٠-٩ ۰-۹ -> 0-9

Every change is one character to one character or one character to none, so the normalised
text maps back: ``normalize_with_map(text)`` returns ``(norm, offsets)`` where
``offsets[i]`` is the index in ``text`` of the character that became ``norm[i]``, and
``offsets[len(norm)] == len(text)``; ``original_span(offsets, a, b)`` gives the original span
of ``norm[a:b]``.

The per-character table is camel-tools' own functions applied to each character of the Arabic
blocks, precomputed by :mod:`reader.text.arabic_tables` into ``reader/data/arabic_normalisation.json``
and loaded on first use: the reader never imports camel-tools (whose import alone takes 0.6 s).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Protocol

from reader.text.arabic_tables import load_table

TATWEEL = "\u0640"


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """Code point -> replacement ('' to drop) for every character normalisation changes."""
    return load_table()


@lru_cache(maxsize=1)
def _changes() -> tuple[re.Pattern[str], dict[str, str]]:
    """A class of the characters normalisation changes, and what each becomes ('' to drop). No
    replacement is itself changed, so replacing each character in turn is one pass of the table."""
    replacements = {chr(code): out for code, out in _table().items()}
    if not replacements.keys().isdisjoint("".join(replacements.values())):
        raise ValueError("a normalised character is normalised again")
    return re.compile("[" + "".join(map(re.escape, sorted(replacements))) + "]"), replacements


def normalize(text: str) -> str:
    """``text`` with alef forms, alef maqsura, ta marbuta, harakat, tatweel and digits folded.

    Each distinct character that changes is replaced throughout with ``str.replace``: a text holds
    a few of them (ة، أ، ى...), and this takes about half the time of ``str.translate``, which
    looks up every character of an Arabic text one by one."""
    changed, replacements = _changes()
    for char in set(changed.findall(text)):
        text = text.replace(char, replacements[char])
    return text


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, its index in ``text``.

    The map has one extra entry, ``len(text)``, so an end offset ``len(norm)`` maps too.
    """
    norm, offsets = normalize_with_offsets(text)
    return norm, list(offsets)


def normalize_with_offsets(text: str) -> tuple[str, Sequence[int]]:
    """``normalize_with_map``, its map a ``range`` when nothing was dropped (most sentences: a
    normalised index is then an index of ``text``), else a tuple."""
    norm = normalize(text)
    if len(norm) == len(text):
        return norm, range(len(text) + 1)
    offsets: list[int] = []
    kept = 0
    for match in _dropped().finditer(text):
        offsets.extend(range(kept, match.start()))
        kept = match.end()
    offsets.extend(range(kept, len(text) + 1))
    return norm, tuple(offsets)


def dropped_spans(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``text`` that normalisation drops (runs of harakat and tatweel), in order."""
    return (match.span() for match in _dropped().finditer(text))


@lru_cache(maxsize=1)
def _dropped() -> re.Pattern[str]:
    """Runs of the characters normalisation drops (harakat, tatweel)."""
    dropped = sorted(chr(code) for code, out in _table().items() if out == "")
    return re.compile("[" + "".join(re.escape(ch) for ch in dropped) + "]+")


class OffsetMap(Protocol):
    """What ``original_span`` reads: the original index of each normalised index (a list, or
    ``reader.text.search.Offsets``)."""

    def __getitem__(self, index: int, /) -> int: ...


def original_span(offsets: OffsetMap, start: int, end: int) -> tuple[int, int]:
    """The span of the original text that normalised span ``[start, end)`` came from.

    Marks dropped inside the span are included; marks dropped after its last character are
    included too (a word's final haraka belongs to it), up to the next kept character.
    """
    if end <= start:
        at = offsets[start]
        return at, at
    return offsets[start], offsets[end]
