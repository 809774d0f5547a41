"""Regexes compiled behind a look-ahead that rejects, in one quick test, the positions where they
cannot start a match.

``compile_guarded(source)`` compiles ``source`` with a look-ahead of the first ``PREFIX``
characters its matches can begin with (a trie: ``(?=(?:[وف](?:ب|ل)|ال)...)``), worked out from
the parsed regex and put after its leading look-behinds (``(?<!\\w)``). At most word starts of a
sentence the regex engine then stops after a character or two, instead of trying every optional
part the pattern opens with (clitics, day parts, a weekday...): the date grammar's families run
about twice as fast. The look-ahead only states what every match begins with, so the matches are
the same. The source is parsed once (the standard library's parser, whose tree is then compiled
with the guard in it): a guard costs about two thirds more compile time.

A regex that can match the empty string, or that uses a construct this module does not read (a
back reference, inline flags), is compiled as it is; ``guard(source)`` is then None.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

PREFIX = 3  # characters a guard looks at

# the regex parser and compiler of the standard library (private modules: read through Any;
# any construct this module does not know means no guard)
_PARSER: Any = importlib.import_module("re._parser")
_COMPILER: Any = importlib.import_module("re._compiler")
_OPS: Any = importlib.import_module("re._constants")

Atom = str  # a regex of one character: a literal or a class
Prefix = tuple[Atom, ...]


class _Unknown(Exception):
    """A construct whose first characters are not worked out here."""


def compile_guarded(source: str, size: int = PREFIX) -> re.Pattern[str]:
    """``source`` compiled with the look-ahead of the first ``size`` characters of its matches
    after its leading look-behinds (``re.compile(source)`` when it gets none)."""
    parsed = _PARSER.parse(source)
    look = _lookahead(parsed, size)
    if look is None:
        return re.compile(source)
    at = 0
    while at < len(parsed.data) and _is_lookbehind(*parsed.data[at]):
        at += 1
    parsed.data.insert(at, _PARSER.parse(look).data[0])
    found: re.Pattern[str] = _COMPILER.compile(parsed)
    return found


def guard(source: str, size: int = PREFIX) -> str | None:
    """The look-ahead ``compile_guarded`` puts into ``source`` (None: it gets none)."""
    return _lookahead(_PARSER.parse(source), size)


def _lookahead(parsed: Any, size: int) -> str | None:
    if parsed.state.flags & ~(re.UNICODE | re.DEBUG):
        return None  # (?i), (?x)...
    try:
        starts = _sequence(parsed.data, size)
    except _Unknown:
        return None
    if () in starts:
        return None  # an empty match is possible: every position is a start
    return f"(?={_trie(starts)})"


def _is_lookbehind(op: Any, av: Any) -> bool:
    return op in (_OPS.ASSERT, _OPS.ASSERT_NOT) and av[0] == -1


def _join(heads: set[Prefix], tails: set[Prefix], size: int) -> set[Prefix]:
    """Every head followed by every tail, cut to ``size`` atoms (a full head takes no tail)."""
    out: set[Prefix] = set()
    for head in heads:
        if len(head) >= size:
            out.add(head)
        else:
            out.update((head + tail)[:size] for tail in tails)
    return out


def _sequence(items: Any, size: int) -> set[Prefix]:
    found: set[Prefix] = {()}
    for op, av in items:
        if all(len(p) >= size for p in found):
            break
        found = _join(found, _item(op, av, size), size)
    return found


_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _class(items: Any) -> Atom:
    """A character class of the parser's items, as a regex."""
    parts = []
    negate = ""
    for op, av in items:
        if op is _OPS.NEGATE:
            negate = "^"
        elif op is _OPS.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is _OPS.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _OPS.CATEGORY and getattr(av, "name", "") in _CATEGORIES:
            parts.append(_CATEGORIES[av.name])
        else:
            raise _Unknown(op)
    return f"[{negate}{''.join(parts)}]"


def _item(op: Any, av: Any, size: int) -> set[Prefix]:
    """The first atoms (up to ``size``) of what one parsed item matches."""
    if op is _OPS.LITERAL:
        return {(re.escape(chr(av)),)}
    if op is _OPS.NOT_LITERAL:
        return {(f"[^{re.escape(chr(av))}]",)}
    if op is _OPS.ANY:
        return {(r"[^\n]",)}
    if op is _OPS.IN:
        return {(_class(av),)}
    if op is _OPS.BRANCH:
        return {p for alternative in av[1] for p in _sequence(alternative.data, size)}
    if op is _OPS.SUBPATTERN:
        if av[1] or av[2]:
            raise _Unknown(op)  # flags set inside the pattern (?i:...)
        return _sequence(av[3].data, size)
    if op is _OPS.ATOMIC_GROUP:
        return _sequence(av.data, size)
    if op in (_OPS.MAX_REPEAT, _OPS.MIN_REPEAT, _OPS.POSSESSIVE_REPEAT):
        low, high, body = av
        once = _sequence(body.data, size)
        found: set[Prefix] = set()
        repeated: set[Prefix] = {()}
        for count in range(size + 1):  # more repeats than atoms add nothing the cut keeps
            if count >= low:
                found |= repeated
            if count >= high:
                break
            repeated = _join(repeated, once, size)
        return found | repeated  # past ``size`` repeats: what the cut keeps of any longer run
    if op in (_OPS.ASSERT, _OPS.ASSERT_NOT, _OPS.AT):
        return {()}  # takes no character
    if op is _OPS.GROUPREF_EXISTS:
        _, yes, no = av
        return _sequence(yes.data, size) | (_sequence(no.data, size) if no is not None else {()})
    raise _Unknown(op)


def _trie(prefixes: set[Prefix]) -> str:
    """An alternation of the prefixes as a trie of atoms; a prefix that is all of a longer one's
    start is enough alone (the look-ahead asks for one of them, not the longest)."""
    root: dict[Atom, Any] = {}
    for prefix in prefixes:
        node = root
        for atom in prefix:
            node = node.setdefault(atom, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict[Atom, Any]) -> str:
    if "" in node:
        return ""
    branches = [atom + _emit(child) for atom, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
