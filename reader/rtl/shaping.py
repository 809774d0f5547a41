"""Arabic shaping for terminals that do not join letters: presentation forms and lam-alef.

Each letter takes its isolated, initial, medial or final presentation form (Unicode's
Arabic Presentation Forms-A/B, found through their compatibility decompositions) from the
joining types of its neighbours (ArabicShaping.txt), skipping transparent characters such as
harakat. Lam followed by an alef becomes one ligature cell. Harakat stay where they are (after
their letter) or are dropped on request.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache

from reader.rtl.tables import joining_types

LAM = "\u0644"
FORMS = ("isolated", "final", "initial", "medial")
_JOINS_NEXT = frozenset("DLC")  # can join the following character
_JOINS_PREVIOUS = frozenset("DRC")  # can join the preceding character


@cache
def _presentation() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """Letter -> {form: presentation character}, and alef -> {form: lam-alef ligature}."""
    letters: dict[str, dict[str, str]] = {}
    ligatures: dict[str, dict[str, str]] = {}
    for block in (range(0xFB50, 0xFE00), range(0xFE70, 0xFF00)):
        for cp in block:
            decomposition = unicodedata.decomposition(chr(cp)).split()
            if len(decomposition) < 2 or decomposition[0].strip("<>") not in FORMS:
                continue
            form = decomposition[0].strip("<>")
            parts = [chr(int(x, 16)) for x in decomposition[1:]]
            if len(parts) == 1:
                letters.setdefault(parts[0], {}).setdefault(form, chr(cp))
            elif len(parts) == 2 and parts[0] == LAM and joining_types().get(parts[1]) == "R":
                ligatures.setdefault(parts[1], {})[form] = chr(cp)
    return letters, ligatures


def joining_type(char: str) -> str:
    """Joining_Type: R, L, D, C, U, or T for marks and format characters that are not listed."""
    known = _JOINING.get(char)
    if known is None:
        known = joining_types().get(char) or ("T" if unicodedata.category(char) in ("Mn", "Me", "Cf") else "U")
        _JOINING[char] = known
    return known


_JOINING: dict[str, str] = {"": "T"}


def is_haraka(char: str) -> bool:
    """An Arabic combining mark (fatha, kasra, shadda, sukun, tanwin, dagger alef, Quranic marks)."""
    return unicodedata.category(char) == "Mn" and ("\u0610" <= char <= "\u08ff" or "\ufe70" <= char <= "\ufeff")


def _form(joins_previous: bool, joins_next: bool) -> str:
    if joins_previous:
        return "medial" if joins_next else "final"
    return "initial" if joins_next else "isolated"


def shape(text: Sequence[str]) -> list[str]:
    """What each character of ``text`` shows as: a presentation form, itself, or ``""`` for an
    alef folded into the lam-alef ligature shown by its lam. Empty entries of ``text`` (characters
    already folded into their neighbour) are transparent and stay empty."""
    letters, ligatures = _presentation()
    types = [_JOINING.get(char) or joining_type(char) for char in text]
    shown = list(text)
    solid = [i for i, kind in enumerate(types) if kind != "T"]
    for at, i in enumerate(solid):
        kind = types[i]
        if kind == "U":
            continue
        before = types[solid[at - 1]] if at > 0 else "U"
        after_index = solid[at + 1] if at + 1 < len(solid) else None
        joins_previous = kind in _JOINS_PREVIOUS and before in _JOINS_NEXT
        char = text[i]
        if not char:
            continue
        if char == LAM and after_index is not None and text[after_index] in ligatures:
            ligature = ligatures[text[after_index]].get("final" if joins_previous else "isolated")
            if ligature:
                shown[i] = ligature
                shown[after_index] = ""
                continue
        if shown[i] == "":
            continue
        after = types[after_index] if after_index is not None else "U"
        joins_next = kind in _JOINS_NEXT and after in _JOINS_PREVIOUS
        forms = letters.get(char)
        if forms:
            form = _form(joins_previous, joins_next)
            shown[i] = forms.get(form) or forms.get("isolated", char)
    return shown
