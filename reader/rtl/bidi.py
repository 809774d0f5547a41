"""The Unicode Bidirectional Algorithm (UAX #9, Unicode 15) over ``unicodedata.bidirectional``.

``resolve_levels`` runs the paragraph rules (P2-P3, X1-X10, W1-W7, N0-N2, I1-I2) once per
paragraph; ``line_levels`` (L1) and ``visual_order`` (L2) then work per displayed line, so a
paragraph is wrapped in logical order and each line reordered with the paragraph's levels.
Characters removed by rule X9 (embedding controls, BN) get the level of the character before
them; callers leave them out of the display (``is_removed``).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Sequence

from reader.rtl.tables import bracket_pairs, unassigned_classes

MAX_DEPTH = 125
MAX_BRACKET_STACK = 63
ISOLATE_INITIATORS = frozenset({"LRI", "RLI", "FSI"})
ISOLATES = ISOLATE_INITIATORS | {"PDI"}
REMOVED = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "BN"})
NEUTRALS = frozenset({"B", "S", "WS", "ON"}) | ISOLATES
_STRONG_FOR_N = {"L": "L", "R": "R", "EN": "R", "AN": "R"}
_CANONICAL_BRACKETS = {"\u2329": "\u3008", "\u232a": "\u3009"}
_bidirectional = unicodedata.bidirectional


def bidi_class(char: str) -> str:
    """The Bidi_Class of ``char`` (DerivedBidiClass defaults for code points Python does not know)."""
    value = _bidirectional(char)
    if value:
        return value
    starts, ranges = unassigned_classes()
    at = bisect_right(starts, ord(char)) - 1
    if at >= 0 and ranges[at][0] <= ord(char) <= ranges[at][1]:
        return ranges[at][2]
    return "L"


def bidi_classes(text: str) -> list[str]:
    """The Bidi_Class of every character of ``text``."""
    classes = list(map(_bidirectional, text))
    if "" in classes:
        classes = [value or bidi_class(char) for value, char in zip(classes, text, strict=True)]
    return classes


def is_removed(bidi_type: str) -> bool:
    """Whether rule X9 removes a character of this class (it takes no place in the display)."""
    return bidi_type in REMOVED


def _matching_pdis(classes: list[str]) -> dict[int, int]:
    """BD9: isolate initiator index -> index of its matching PDI."""
    match: dict[int, int] = {}
    stack: list[int] = []
    for i, value in enumerate(classes):
        if value in ISOLATE_INITIATORS:
            stack.append(i)
        elif value == "PDI" and stack:
            match[stack.pop()] = i
    return match


def _first_strong(classes: list[str], start: int, end: int, match: dict[int, int]) -> int | None:
    """P2: 0 or 1 for the first L or R/AL in ``start:end``, skipping isolates; None if there is none."""
    i = start
    while i < end:
        value = classes[i]
        if value == "L":
            return 0
        if value in ("R", "AL"):
            return 1
        if value in ISOLATE_INITIATORS:
            if i not in match:
                return None
            i = match[i]
        i += 1
    return None


def paragraph_level(text: str, default: int = 1, classes: list[str] | None = None) -> int:
    """P2-P3: the paragraph's embedding level from its first strong character, else ``default``."""
    classes = classes if classes is not None else bidi_classes(text)
    found = _first_strong(classes, 0, len(classes), _matching_pdis(classes))
    return default if found is None else found


def _explicit(classes: list[str], para: int, match: dict[int, int]) -> tuple[list[int], list[str]]:
    """X1-X8: explicit embedding levels and the character types after directional overrides."""
    n = len(classes)
    levels = [para] * n
    types = list(classes)
    stack: list[tuple[int, str | None, bool]] = [(para, None, False)]
    overflow_isolates = overflow_embeddings = valid_isolates = 0
    for i, value in enumerate(classes):
        if value in ("RLE", "LRE", "RLO", "LRO"):
            top = stack[-1][0]
            level = (top + 1) | 1 if value[0] == "R" else (top + 2) & ~1
            if level <= MAX_DEPTH and not overflow_isolates and not overflow_embeddings:
                override = value[0] if value[2] == "O" else None
                stack.append((level, override, False))
            elif not overflow_isolates:
                overflow_embeddings += 1
            levels[i] = stack[-1][0]
        elif value in ISOLATE_INITIATORS:
            top, override, _ = stack[-1]
            levels[i] = top
            if override:
                types[i] = override
            rtl = _first_strong(classes, i + 1, match.get(i, n), match) == 1 if value == "FSI" else value == "RLI"
            level = (top + 1) | 1 if rtl else (top + 2) & ~1
            if level <= MAX_DEPTH and not overflow_isolates and not overflow_embeddings:
                valid_isolates += 1
                stack.append((level, None, True))
            else:
                overflow_isolates += 1
        elif value == "PDI":
            if overflow_isolates:
                overflow_isolates -= 1
            elif valid_isolates:
                overflow_embeddings = 0
                while not stack[-1][2]:
                    stack.pop()
                stack.pop()
                valid_isolates -= 1
            levels[i] = stack[-1][0]
            if stack[-1][1]:
                types[i] = stack[-1][1]
        elif value == "PDF":
            if not overflow_isolates:
                if overflow_embeddings:
                    overflow_embeddings -= 1
                elif not stack[-1][2] and len(stack) > 1:
                    stack.pop()
            levels[i] = stack[-1][0]
        elif value == "B":
            levels[i] = para
        else:
            levels[i] = stack[-1][0]
            if stack[-1][1] and value != "BN":
                types[i] = stack[-1][1]
    return levels, types


def _run_sequences(classes: list[str], levels: list[int], match: dict[int, int]) -> list[list[int]]:
    """X10/BD13: the isolating run sequences, as lists of indices (removed characters left out)."""
    runs: list[list[int]] = []
    last_level = -1
    for i, value in enumerate(classes):
        if value in REMOVED:
            continue
        if runs and levels[i] == last_level:
            runs[-1].append(i)
        else:
            runs.append([i])
            last_level = levels[i]
    run_at = {run[0]: run for run in runs}
    matched_pdis = set(match.values())
    sequences = []
    for run in runs:
        if classes[run[0]] == "PDI" and run[0] in matched_pdis:
            continue
        sequence = list(run)
        while classes[sequence[-1]] in ISOLATE_INITIATORS and match.get(sequence[-1]) in run_at:
            sequence.extend(run_at[match[sequence[-1]]])
        sequences.append(sequence)
    return sequences


def _neighbour_level(classes: list[str], levels: list[int], i: int, step: int, para: int) -> int:
    i += step
    while 0 <= i < len(classes):
        if classes[i] not in REMOVED:
            return levels[i]
        i += step
    return para


def _weak_types(t: list[str], sos: str) -> None:
    """W1-W7 on one isolating run sequence's types, in place."""
    n = len(t)
    for k in range(n):  # W1
        if t[k] == "NSM":
            t[k] = sos if k == 0 else ("ON" if t[k - 1] in ISOLATES else t[k - 1])
    strong = sos
    for k in range(n):  # W2, W3
        value = t[k]
        if value in ("L", "R", "AL"):
            strong = value
            if value == "AL":
                t[k] = "R"
        elif value == "EN" and strong == "AL":
            t[k] = "AN"
    for k in range(1, n - 1):  # W4
        value = t[k]
        if value == "ES" and t[k - 1] == "EN" == t[k + 1]:
            t[k] = "EN"
        elif value == "CS" and t[k - 1] == t[k + 1] and t[k - 1] in ("EN", "AN"):
            t[k] = t[k - 1]
    k = 0
    while k < n:  # W5
        if t[k] != "ET":
            k += 1
            continue
        j = k
        while j < n and t[j] == "ET":
            j += 1
        if (k > 0 and t[k - 1] == "EN") or (j < n and t[j] == "EN"):
            t[k:j] = ["EN"] * (j - k)
        k = j
    strong = sos
    for k in range(n):  # W6, W7
        value = t[k]
        if value in ("ES", "ET", "CS"):
            t[k] = "ON"
        elif value in ("L", "R"):
            strong = value
        elif value == "EN" and strong == "L":
            t[k] = "L"


def _bracket_pairs(text: str, indices: Sequence[int], t: list[str]) -> list[tuple[int, int]]:
    """BD16: the bracket pairs of a sequence, as sorted (open, close) positions in it."""
    opening, closing = bracket_pairs()
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for k, i in enumerate(indices):
        if t[k] != "ON":
            continue
        char = text[i]
        if char in opening:
            if len(stack) == MAX_BRACKET_STACK:
                break
            close = opening[char]
            stack.append((_CANONICAL_BRACKETS.get(close, close), k))
        elif char in closing:
            char = _CANONICAL_BRACKETS.get(char, char)
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char:
                    pairs.append((stack[depth][1], k))
                    del stack[depth:]
                    break
    pairs.sort()
    return pairs


def _resolve_brackets(text: str, indices: Sequence[int], t: list[str], before_w1: list[str], sos: str, e: str) -> None:
    """N0: paired brackets take the embedding direction, or the context's, from what they enclose."""
    for open_k, close_k in _bracket_pairs(text, indices, t):
        inside = {_STRONG_FOR_N.get(t[k]) for k in range(open_k + 1, close_k)}
        if e in inside:
            new = e
        elif inside - {None}:
            context = sos
            for k in range(open_k - 1, -1, -1):
                if t[k] in _STRONG_FOR_N:
                    context = _STRONG_FOR_N[t[k]]
                    break
            new = context  # N0 c: the context's direction, be it e or the opposite one
        else:
            continue
        for k in (open_k, close_k):
            t[k] = new
            k += 1
            while k < len(t) and before_w1[k] == "NSM":
                t[k] = new
                k += 1


def _neutral_types(t: list[str], sos: str, eos: str, e: str) -> None:
    """N1-N2: runs of neutrals and isolates take their surroundings' direction, else ``e``."""
    n = len(t)
    k = 0
    while k < n:
        if t[k] not in NEUTRALS:
            k += 1
            continue
        j = k
        while j < n and t[j] in NEUTRALS:
            j += 1
        before = sos if k == 0 else _STRONG_FOR_N[t[k - 1]]
        after = eos if j == n else _STRONG_FOR_N[t[j]]
        t[k:j] = [before if before == after else e] * (j - k)
        k = j


def resolve_levels(
    text: str, base: int | None = None, default: int = 1, classes: list[str] | None = None
) -> tuple[list[int], int]:
    """Resolved embedding levels of one paragraph, and its level.

    ``base`` forces the paragraph level (0 LTR, 1 RTL); None takes it from the first strong
    character, ``default`` when there is none. ``classes`` overrides the characters' bidi classes
    (the layout passes BN for control characters it will not show).
    """
    classes = classes if classes is not None else bidi_classes(text)
    if _EXPLICIT.isdisjoint(classes):
        return _implicit_levels(text, classes, base, default)
    match = _matching_pdis(classes)
    para = base if base is not None else paragraph_level(text, default, classes)
    explicit, types = _explicit(classes, para, match)
    levels = list(explicit)
    for indices in _run_sequences(classes, explicit, match):
        level = explicit[indices[0]]
        first, last = indices[0], indices[-1]
        sos = "R" if max(level, _neighbour_level(classes, explicit, first, -1, para)) % 2 else "L"
        after = para if classes[last] in ISOLATE_INITIATORS else _neighbour_level(classes, explicit, last, 1, para)
        eos = "R" if max(level, after) % 2 else "L"
        e = "R" if level % 2 else "L"
        t = [types[i] for i in indices]
        before_w1 = list(t)
        _weak_types(t, sos)
        _resolve_brackets(text, indices, t, before_w1, sos, e)
        _neutral_types(t, sos, eos, e)
        for i, value in zip(indices, t, strict=True):  # I1, I2
            if level % 2 == 0:
                if value == "R":
                    levels[i] = level + 1
                elif value in ("AN", "EN"):
                    levels[i] = level + 2
            elif value in ("L", "EN", "AN"):
                levels[i] = level + 1
    previous = para
    for i, value in enumerate(classes):
        if value in REMOVED:
            levels[i] = previous
        else:
            previous = levels[i]
    return levels, para


_EXPLICIT = REMOVED | ISOLATES
_RAISE = ({"R": 1, "AN": 2, "EN": 2}, {"L": 1, "AN": 1, "EN": 1})  # I1, I2: by paragraph level parity


def _implicit_levels(text: str, classes: list[str], base: int | None, default: int) -> tuple[list[int], int]:
    """``resolve_levels`` for a paragraph without embeddings, overrides, isolates or BN: one
    isolating run sequence at the paragraph level, so X1-X10 change nothing."""
    if base is not None:
        para = base
    else:
        para = default
        for value in classes:
            if value == "L":
                para = 0
                break
            if value in ("R", "AL"):
                para = 1
                break
    e = "R" if para else "L"
    t = list(classes)
    _weak_types(t, e)
    opening, closing = bracket_pairs()
    if not (opening.keys().isdisjoint(text) and closing.isdisjoint(text)):
        _resolve_brackets(text, range(len(t)), t, classes, e, e)
    _neutral_types(t, e, e, e)
    raise_by = _RAISE[para].get
    return [para + raise_by(value, 0) for value in t], para


def line_levels(levels: list[int], classes: list[str], start: int, end: int, para: int) -> list[int]:
    """L1 for the line ``start:end``: separators, and whitespace before them or at the line end,
    take the paragraph level."""
    result = levels[start:end]
    trailing = True
    for k in range(end - start - 1, -1, -1):
        value = classes[start + k]
        if value in ("S", "B"):
            result[k] = para
            trailing = True
        elif value == "WS" or value in ISOLATES or value in REMOVED:
            if trailing:
                result[k] = para
        else:
            trailing = False
    return result


def visual_order(levels: list[int]) -> list[int]:
    """L2: the positions of ``levels`` in display order (left to right)."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min((level for level in levels if level % 2), default=highest + 1)
    if highest < lowest_odd:
        return order
    current = list(levels)
    for level in range(highest, lowest_odd - 1, -1):
        k = 0
        n = len(order)
        while k < n:
            if current[k] < level:
                k += 1
                continue
            j = k
            while j < n and current[j] >= level:
                j += 1
            order[k:j] = order[k:j][::-1]
            current[k:j] = current[k:j][::-1]
            k = j
    return order
