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

A pattern led by ``(?<!\\w)`` (a family that starts at a word) comes as a ``WordStarts``: it is
tried only at the text's start and at the word starts whose first ``PREFIX + 1`` characters may
open a match, which one search finds (a class of non-word characters first, scanned for in C),
instead of entering the pattern at every position of the sentence.

A regex that can match the empty string, or that uses a construct this module does not read (a
back reference, inline flags), is compiled as it is; ``guard(source)`` is then None.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any, Protocol

from reader.temporal import programs

PREFIX = 3  # characters a guard looks at

# the regex parser of the standard library (private modules: read through Any; any construct
# this module does not know means no guard)
_PARSER: Any = importlib.import_module("re._parser")
_OPS: Any = importlib.import_module("re._constants")

Atom = tuple[Any, Any]  # one character as the parser reads it: (LITERAL, code) or (IN, items)
Prefix = tuple[Atom, ...]


class _Unknown(Exception):
    """A construct whose first characters are not worked out here."""


class Finder(Protocol):
    """What finds the matches of a pattern in a text, in order (``re.Pattern`` or ``WordStarts``)."""

    def finditer(self, string: str, /) -> Iterable[re.Match[str]]: ...


class WordStarts:
    """A guarded pattern whose matches all start a word (a look-behind ``(?<!\\w)`` leads it),
    tried only where a word starts and its first characters may open a match: ``opening``
    (``\\W`` and a look-ahead one character longer than the pattern's) finds those places, the
    engine scanning for the class in C, instead of entering the pattern at every position of the
    text. The matches are those of ``pattern.finditer``."""

    __slots__ = ("opening", "pattern")

    def __init__(self, pattern: re.Pattern[str], opening: re.Pattern[str]) -> None:
        self.pattern, self.opening = pattern, opening

    def finditer(self, string: str, /) -> list[re.Match[str]]:
        match, search = self.pattern.match, self.opening.search
        found: list[re.Match[str]] = []
        at = 0  # the text's start, then each place ``opening`` finds
        while True:
            m = match(string, at)
            if m is None:
                after = at + 1
            else:
                found.append(m)
                after = m.end()  # never empty: the look-ahead asks for a character at least
            place = search(string, after - 1)  # a word starting at ``after`` or later
            if place is None:
                return found
            at = place.end()


def parse(source: str) -> Any:
    """``source`` parsed by the standard library's parser (what ``compile_guarded`` and
    ``compile_parsed`` read: one parse serves both)."""
    return _PARSER.parse(source)


def compile_parsed(parsed: Any) -> re.Pattern[str]:
    """A tree from ``parse(source)`` compiled: ``re.compile(source)`` without parsing it again
    (its ``.pattern`` is None). The tree is left as it was."""
    return programs.build(programs.program(parsed))


def compile_guarded(source: str, size: int = PREFIX, parsed: Any = None) -> Finder:
    """``source`` compiled with the look-ahead of the first ``size`` characters of its matches
    after its leading look-behinds (``re.compile(source)`` when it gets none); a ``WordStarts``
    when those look-behinds hold ``(?<!\\w)``. ``parsed``: ``parse(source)`` when the caller
    has it (it is left as it was: the guard goes into a copy of its top level)."""
    return finder(guarded_programs(source, size, parsed), source)


def finder(stored: programs.Stored, source: str) -> Finder:
    """The ``Finder`` of the programs ``guarded_programs(source)`` gave (or kept on disk)."""
    kind, found = stored
    if kind == "words":
        return WordStarts(programs.build(found[0]), programs.build(found[1]))
    return programs.build(found[0], source if kind == "source" else None)


def guarded_programs(source: str, size: int = PREFIX, parsed: Any = None) -> programs.Stored:
    """What ``compile_guarded`` compiles, as programs (``reader.temporal.programs``): the guarded
    pattern (``"pattern"``), with the look-ahead of its word starts (``"words"``), or the source
    as it is (``"source"``)."""
    if parsed is None:
        parsed = _PARSER.parse(source)
    at = 0
    word_start = False
    while at < len(parsed.data) and _is_lookbehind(*parsed.data[at]):
        word_start = word_start or _is_no_word_before(*parsed.data[at])
        at += 1
    # one size more for the word starts, before the guard goes in; its prefixes cut to ``size``
    # are the first ``size`` characters of every match, as ``_starts(parsed, size)`` works them out
    wide = _starts(parsed, size + 1) if word_start else None
    starts = {prefix[:size] for prefix in wide} if wide is not None else _starts(parsed, size)
    if starts is None:
        return ("source", (programs.program(parsed),))
    look = _PARSER.SubPattern(parsed.state, [_tree(_trie(starts), parsed.state)])
    data = [*parsed.data[:at], (_OPS.ASSERT, (1, look)), *parsed.data[at:]]
    found = programs.program(_PARSER.SubPattern(parsed.state, data))
    if wide is None:
        return ("pattern", (found,))
    return ("words", (found, _opening(wide)))


def _opening(starts: set[Prefix]) -> programs.Program:
    """``\\W`` followed by one of ``starts`` (a look-ahead), compiled from its tree (no text to parse)."""
    state = _PARSER.State()
    state.flags = re.UNICODE  # as the parser sets it for a str pattern: \s, \d, \w beyond ASCII
    look = _PARSER.SubPattern(state, [_tree(_trie(starts), state)])
    opening = _PARSER.SubPattern(
        state, [(_OPS.IN, [(_OPS.CATEGORY, _OPS.CATEGORY_NOT_WORD)]), (_OPS.ASSERT, (1, look))]
    )
    return programs.program(opening)


def guard(source: str, size: int = PREFIX) -> str | None:
    """The look-ahead ``compile_guarded`` puts into ``source``, as a regex (None: it gets none)."""
    starts = _starts(_PARSER.parse(source), size)
    return None if starts is None else f"(?={_text(_trie(starts))})"


def _starts(parsed: Any, size: int) -> set[Prefix] | None:
    """The first ``size`` atoms of every match (fewer for a shorter match), or None."""
    if parsed.state.flags & ~(re.UNICODE | re.DEBUG):
        return None  # (?i), (?x)...
    try:
        starts = _sequence(parsed.data, size)
    except _Unknown:
        return None
    return None if () in starts else starts  # (): an empty match, every position a start


def _is_lookbehind(op: Any, av: Any) -> bool:
    return op in (_OPS.ASSERT, _OPS.ASSERT_NOT) and av[0] == -1


def _is_no_word_before(op: Any, av: Any) -> bool:
    """Is this look-behind ``(?<!\\w)``?"""
    return op is _OPS.ASSERT_NOT and list(av[1].data) == [(_OPS.IN, [(_OPS.CATEGORY, _OPS.CATEGORY_WORD)])]


def _join(heads: set[Prefix], tails: set[Prefix], size: int) -> set[Prefix]:
    """Every head followed by every tail, cut to ``size`` atoms (a full head takes no tail)."""
    out = {head for head in heads if len(head) >= size}
    out.update((head + tail)[:size] for head in heads if len(head) < size for tail in tails)
    return out


def _sequence(items: Any, size: int) -> set[Prefix]:
    full: set[Prefix] = set()  # prefixes of ``size`` atoms: what follows cannot change them
    short: set[Prefix] = {()}
    for op, av in items:
        grown = _join(short, _item(op, av, size), size)
        full.update(p for p in grown if len(p) >= size)
        short = {p for p in grown if len(p) < size}
        if not short:
            break
    return full | short


def _item(op: Any, av: Any, size: int) -> set[Prefix]:
    """The first atoms (up to ``size``) of what one parsed item matches."""
    if op is _OPS.LITERAL:
        return {((op, av),)}
    if op is _OPS.NOT_LITERAL:
        return {((_OPS.IN, ((_OPS.NEGATE, None), (_OPS.LITERAL, av))),)}
    if op is _OPS.ANY:
        return {((_OPS.IN, ((_OPS.NEGATE, None), (_OPS.LITERAL, ord("\n")))),)}
    if op is _OPS.IN:
        if any(o not in (_OPS.NEGATE, _OPS.LITERAL, _OPS.RANGE, _OPS.CATEGORY) for o, _ in av):
            raise _Unknown(op)
        return {((op, tuple(av)),)}
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


Trie = dict[Atom | None, Any]  # atom -> the trie after it; None: a prefix ends here


def _trie(prefixes: set[Prefix]) -> Trie:
    """The prefixes as a trie of atoms; a prefix that is all of a longer one's start is enough
    alone (the look-ahead asks for one of them, not the longest)."""
    root: Trie = {}
    for prefix in sorted(prefixes, key=len):
        node = root
        for atom in prefix:
            if None in node:
                break
            node = node.setdefault(atom, {})
        else:
            node.clear()
            node[None] = {}
    return root


def _tree(trie: Trie, state: Any) -> tuple[Any, Any]:
    """The trie as one parsed item (a branch of sequences, or one sequence)."""
    alternatives = [
        _PARSER.SubPattern(state, [atom, *([] if None in child else [_tree(child, state)])])
        for atom, child in trie.items()
        if atom is not None
    ]
    if len(alternatives) == 1:
        return (_OPS.SUBPATTERN, (None, 0, 0, alternatives[0]))
    return (_OPS.BRANCH, (None, alternatives))


def _order(item: tuple[Atom | None, Any]) -> str:
    return _atom_text(item[0]) if item[0] is not None else ""


_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _atom_text(atom: Atom) -> str:
    """One atom as a regex: a literal, or a character class."""
    op, av = atom
    if op is _OPS.LITERAL:
        return re.escape(chr(av))
    parts: list[str] = []
    for kind, value in av:
        if kind is _OPS.NEGATE:
            parts.insert(0, "^")
        elif kind is _OPS.LITERAL:
            parts.append(re.escape(chr(value)))
        elif kind is _OPS.RANGE:
            parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        else:
            parts.append(_CATEGORIES.get(getattr(value, "name", ""), "?"))
    return f"[{''.join(parts)}]"


def _text(trie: Trie) -> str:
    """The trie as a regex."""
    branches = [
        _atom_text(atom) + ("" if None in child else _text(child))
        for atom, child in sorted(trie.items(), key=_order)
        if atom is not None
    ]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
