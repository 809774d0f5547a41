"""Which country a phrase names, by its name, capital or adjective (الكويت، موسكو، الخارجية الروسية):
an official of a party announcing that party's act announces his own act."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from reader.events.lexicon import Lexicon, load_lexicon, rule_words
from reader.text.tokens import Token

MAX_NAME_WORDS = 3  # the longest name listed, in words (كوريا الشمالية، إسلام آباد)
_NISBA_ENDINGS = ("يون", "يين", "يات", "يه", "ي")  # الروسية، الروسي، الروسيون -> روسي
_CLITICS = ("وب", "ول", "و", "ب", "ل")


def same_party(a: str, b: str, lex: Lexicon | None = None) -> bool:
    """Whether two normalised actor phrases name one and the same party, and only it (``الكويت`` /
    ``مسؤول بوزارة الخارجية الكويتية``; ``الولايات المتحدة`` / ``وزير الخارجية الأمريكي``)."""
    lex = lex or load_lexicon()
    found_a, found_b = parties(a, lex), parties(b, lex)
    return len(found_a) == 1 and found_a == found_b


@lru_cache(maxsize=4096)
def parties(phrase: str, lex: Lexicon) -> frozenset[int]:
    """The parties (indexes into the lexicon's list) a normalised phrase names."""
    words = phrase.replace("،", " ").replace('"', " ").split()
    found: set[int] = set()
    start = 0
    while start < len(words):
        for size in range(min(MAX_NAME_WORDS, len(words) - start), 0, -1):
            party = _named(words[start : start + size], lex)
            if party is not None:
                found.add(party)
                start += size - 1
                break
        start += 1
    return frozenset(found)


def _named(words: list[str], lex: Lexicon) -> int | None:
    """The party these words name: as written, without a clitic before the first, or (one word) as
    an adjective."""
    first, rest = words[0], tuple(words[1:])
    for head in (first, *(first[len(c) :] for c in _CLITICS if first.startswith(c) and len(first) > len(c) + 2)):
        party = lex.parties.get((head, *rest))
        if party is None and not rest:
            party = _by_adjective(head, lex)
        if party is not None:
            return party
    return None


def _by_adjective(word: str, lex: Lexicon) -> int | None:
    """``الروسية`` -> روسي -> Russia: the adjective without the article and its ending."""
    bare = word[2:] if word.startswith("ال") else word
    for ending in _NISBA_ENDINGS:
        if bare.endswith(ending) and len(bare) - len(ending) >= 2:
            party = lex.parties.get((bare[: -len(ending)] + "ي",))
            if party is not None:
                return party
    return None


def is_medium(words: Sequence[str], lex: Lexicon) -> bool:
    """A phrase (its normalised words) headed by a news medium (صحيفة، الوكالة، مراسلنا): it speaks
    for no country and meets no one."""
    if not words:
        return False
    first = words[0]
    if not (lex.has("media_heads", first) or lex.has("media_heads", first.removeprefix("ال"))):
        return False
    # وكالة الشرطة الأوروبية، وكالة الفضاء: an agency of a state, which acts, no news agency
    return (first.removeprefix("ال"), *words[1:2]) not in lex.phrases["state_agencies"]


_FM = rule_words("radio_band_words")  # أف أم، FM: the band after a radio station's name


def radio_station(tokens: Sequence[Token], k: int) -> bool:
    """A name at ``k`` that the radio band follows, past a quotation mark (``لشمس أف أم``، ``للنجوم
    "اف ام"``، ``لراديو FM``، ``مع جوهرة أف أم``): a radio station, which speaks for no one and
    meets no one."""
    after = k + 1
    if after < len(tokens) and not tokens[after].is_word and tokens[after].norm in ('"', "«", "“"):
        after += 1
    return after < len(tokens) and tokens[after].norm.lower() in _FM
