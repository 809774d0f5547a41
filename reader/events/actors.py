"""The actor of a mention: the subject phrase of its verb, or the agent after an event noun.

Verb-first clauses (the usual Arabic order: ``وقال الوزير``) put the subject after the verb;
a clause that names a noun phrase before its verb (``أن وفدا روسيا يزور``, ``وكان المغرب قد
أعلن``) has it there. Nouns take the agent that follows them in a construct (``إعلان وزير
الخارجية``); definite nouns have none.

A phrase is a noun with its genitives (an indefinite noun governs the next word: ``رئيس
الوزراء``, ``خفر السواحل``), the adjectives that agree with it in definiteness (``الروسية``,
``أمني``) and, after a title, a name (``الرئيس فلاديمير بوتين``). In a verb-first clause the
object follows the subject, so a definite noun after a complete phrase, an accusative
(``وفدا``), another title or a suffixed word ends it (``اتهم رئيس الوزراء المعارضة``). It also
ends at punctuation, a preposition or particle (a ب or ل glued to a known noun too: ``لوكالة``),
a temporal expression, another trigger or after ``MAX_WORDS`` words. The word lists (titles,
heads, links, adjectives, place names) are in the lexicon's grammar data.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from reader.arabic import normalize
from reader.events.clauses import Clauses
from reader.events.lexicon import Lexicon
from reader.events.tokens import Tokens

if TYPE_CHECKING:
    from reader.events.mentions import Mention

MAX_WORDS = 6
_NONE: frozenset[str] = frozenset()


def _stops(tokens: Tokens, i: int, lex: Lexicon, blocked: set[int], objects: frozenset[str]) -> bool:
    info = tokens.infos[i]
    norm = info.norm
    return (
        not info.word
        or not objects.isdisjoint(info.stems)
        or i in blocked
        or _word(norm, lex).stop
        or norm in lex.grammar["clause_openers"]
        or norm.startswith(("بال", "لل"))
        or norm.isdigit()
    )


_NISBA = ("ي", "يه", "يون", "يين", "يان", "يتان", "يتين")  # relative adjectives: المصري، الدولية، الروسيان


class _Word(NamedTuple):
    """What the phrase grammar needs of a word."""

    definite: bool  # with the article
    adjective: bool  # a relative or elative adjective, or one of the lexicon's adjectives
    head: bool  # an indefinite noun that governs a genitive (رئيس، وزارة، خفر): the next word belongs to it
    title: bool  # a title a name may follow (الرئيس، وزير)
    link: bool  # a word that joins the next one to the phrase (باسم، عبد، بن)
    accusative: bool  # an indefinite accusative (وفدا، عمدا): an object or an adverb, not a name
    dual: bool  # ends like a dual (الطرفان)
    feminine: bool  # ends in ta marbuta
    prepositional: bool  # ب or ل in front of a noun the lexicon knows (لوكالة، بوزارة)
    coordinated: bool  # و and the article (والأسرة)
    known: bool  # a title, link or head the lexicon lists
    name: bool  # a place the lexicon names (روسيا، كوريا): no genitive, but adjectives (كوريا الشمالية)
    stop: bool  # a preposition or particle of ``actor_stops``, with و or ف in front or a pronoun behind


@lru_cache(maxsize=100_000)
def _word(norm: str, lex: Lexicon) -> _Word:
    grammar = lex.grammar
    coordinated = norm.startswith("وال") and len(norm) > 4
    core = norm[1:] if coordinated else norm  # ``والإثيوبية`` is read as ``الإثيوبية``
    definite = core.startswith("ال") and len(core) > 3
    base = core[2:] if definite else core
    accusative = not definite and len(norm) > 2 and norm.endswith("ا")
    bare = base[:-1] if accusative else base
    title = norm in grammar["actor_titles"] or bare in grammar["actor_titles"]
    link = norm in grammar["actor_links"]
    known = bare in grammar["actor_heads"] or title or link
    name = norm in grammar["actor_names"]
    head = not definite and (known or not (accusative or name))
    adjective = (
        core in grammar["actor_adjectives"]
        or (len(bare) >= 3 and bare.endswith(_NISBA))
        or (definite and len(base) == 4 and base[0] == "ا" and not known)  # الأحمر، الأعلى، الأقصى
    )
    inner = norm[1:]
    prepositional = not known and norm[:1] in ("ب", "ل") and (
        inner in grammar["actor_heads"] or inner in grammar["actor_titles"]
    )  # fmt: skip
    return _Word(
        definite, adjective, head, title, link, accusative, base.endswith("ان"), norm.endswith("ه"), prepositional,
        coordinated, known, name, _is_stop(norm, lex),
    )  # fmt: skip


_PRONOUNS = ("", "ه", "ها", "هم", "هما", "هن", "نا", "كم", "ي")


def _is_stop(norm: str, lex: Lexicon) -> bool:
    """``norm`` is one of the ``actor_stops`` words (في، من، أن...), alone, after the conjunctions and
    prepositions a noun takes (وفي، بأن) or with a pronoun (منه، وعليها); not a word that merely
    contains one (سلمى is not س + لم + ي)."""
    stops = lex.grammar["actor_stops"]
    for prefix in lex.noun_prefixes:
        if "ال" in prefix or not norm.startswith(prefix):
            continue
        word = norm[len(prefix) :]
        for pronoun in _PRONOUNS:
            if word.endswith(pronoun) and word[: len(word) - len(pronoun)] in stops:
                return True
    return False


def _continues(previous: _Word, word: _Word, how: str, titled: bool, names: int, then: _Word | None) -> str | None:
    """How ``word`` continues a phrase whose last word is ``previous`` (which came in as ``how``):
    ``"name"``, ``"genitive"``, ``"word"``, or None when it starts something else (the object of a
    verb-first clause: ``اتهم رئيس الوزراء المعارضة``); ``names`` counts the name words so far, ``then``
    is the word after ``word``, if any."""
    if word.prepositional:
        return None  # ``مصدر أمني لوكالة الأنباء``
    if previous.head and (how != "name" or previous.known) and not (previous.adjective and how != "head"):
        return "genitive"  # a construct (رئيس الوزراء، خفر السواحل، باسم الجيش), not after a name
    if word.link:
        return "name"  # ``المتحدث باسم``, ``الرئيس عبد الفتاح``, ``محمد بن``
    if word.coordinated:  # ``السلطات المصرية والإثيوبية``, ``وزارة المرأة والأسرة``
        if how == "word" and previous.adjective and word.adjective:
            return "word"
        return "genitive" if how == "genitive" else None
    if (
        word.adjective
        and word.definite == previous.definite
        and (not word.accusative or previous.accusative)  # ``وفدا روسيا`` but not ``روسيا تركيا``
        and not (previous.dual and word.feminine)  # ``الطرفان القضية``: no agreement
    ):
        return "word"  # an adjective agreeing with its noun (الرئيس المصري، مصدر أمني)
    if word.adjective and word.definite and previous.name:
        return "word"  # ``كوريا الجنوبية``
    if word.title or (word.head and word.definite):
        return None  # another noun phrase (``الرئيس السيسي وزير الخارجية``)
    if not word.definite:  # a name after a title or after another name (الرئيس فلاديمير بوتين)
        first_name = titled and not names
        if word.accusative:  # ``أنجيلا ميركل`` after a title, not ``وفدا برلمانيا``
            first_name = first_name and then is not None and not (then.definite or then.accusative or then.known)
            return "name" if first_name else None
        if word.name and how == "name":
            return None  # a place after a person's name: ``ميركل تونس``
        return "name" if how == "name" or first_name else None
    # a family name after a first name: ``خميس الجهيناوي``, ``يوسف الشاهد``
    return "name" if how == "name" and (word.adjective or (names == 1 and not previous.name)) else None


def _phrase(
    tokens: Tokens,
    start: int,
    lex: Lexicon,
    blocked: set[int] | frozenset[int],
    objects: frozenset[str] = frozenset(),
    limit: int | None = None,
) -> tuple[int, int] | None:
    """The token span of the noun phrase starting at ``start`` (and ending before ``limit``), or
    None; ``objects`` are words that end it (the trigger's own object words: ``قطعت الجزائر علاقاتها``).

    The phrase is a head with its genitives (``رئيس الوزراء``), agreeing adjectives (``الإيطالي``)
    and, after a title, a name (``الرئيس الروسي فلاديمير بوتين``); a definite noun after a complete
    phrase, an accusative, another title or a suffixed word starts the object.
    """
    end = start
    count = 0
    i = start
    previous: _Word | None = None
    how = "head"
    titled = False
    names = 0
    stop = tokens.stop if limit is None else limit
    while i < stop and count < MAX_WORDS:
        if count:
            if _stops(tokens, i, lex, blocked, objects) or tokens.pronoun_suffixed(i):
                break  # ``الوزير نظيره``: a suffixed word starts the object
            word = _word(tokens.norm(i), lex)
        else:
            if _stops(tokens, i, lex, blocked, _NONE):
                break
            word = _word(tokens.norm(i), lex)
            if not (word.title or objects.isdisjoint(tokens.infos[i].stems)):
                break  # an object word, unless a title (``استقبل الملك وفدا``)
        if previous is None:
            if word.prepositional:
                return None  # ``في تصريح لإذاعة محلية``: no agent
            how = "name" if word.name or word.accusative else "head"  # a subject is no accusative: ``جومانا``
        else:
            then = None
            if i + 1 < tokens.stop and not _stops(tokens, i + 1, lex, blocked, objects):
                then = _word(tokens.norm(i + 1), lex)
            joined = _continues(previous, word, how, titled, names, then)
            if joined is None:
                break
            how = joined
        names += how == "name"
        titled = titled or word.title
        previous = word
        end = i
        count += 1
        i += 1
    return (start, end) if count else None


def find_actor(
    mention: Mention, tokens: Tokens, clauses: Clauses, lex: Lexicon, blocked: set[int]
) -> tuple[int, int] | None:
    """The token span (first, last) of the actor of ``mention``, or None when the text names none.

    ``blocked`` holds the indices of tokens that cannot be part of an actor (other triggers,
    temporal expressions).
    """
    if mention.pos == "noun":
        after = mention.last + 1
        if mention.definite:
            return None
        if after < tokens.stop and tokens.infos[after].light:  # ``زيارة يقوم بها الوزير``, ``زيارة أداها الوزير``
            after += 1
            while after < tokens.stop and tokens.norm(after) in lex.grammar["light_links"]:
                after += 1
            return _issuer(tokens, _phrase(tokens, after, lex, blocked), lex) if after < tokens.stop else None
        if mention.next_definite or tokens.norm(mention.last).endswith("ا"):
            return None
        if mention.entry.patient:
            return None  # ``مقتل عنصرين``, ``اقتحام المسجد``: the genitive is acted on
        if after >= tokens.stop or (tokens.is_word(after) and _word(tokens.norm(after), lex).adjective):
            return None  # ``بيان مشترك``, ``اتصال هاتفي``: an attribute, no agent
        if tokens.pronoun_suffixed(after):
            return None  # ``مؤتمر صحفي عقده``: a verb with its object, no agent
        return _issuer(tokens, _phrase(tokens, after, lex, blocked), lex)
    words = tokens.words
    first = clauses.first(clauses[mention.first])
    before = words[tokens.position(first) : tokens.position(mention.first)]
    if before and tokens.norm(before[-1]) in lex.grammar["relative_ma"]:
        before = []  # ``وفق ما ذكره المعهد``: the subject follows
    introduced = False  # the clause opens with a particle (أن، وكان...): a subject may come first
    while before and (tokens.norm(before[0]) in lex.actor_skip or before[0] in blocked):
        introduced = introduced or tokens.norm(before[0]) in lex.actor_skip
        before.pop(0)
    while before and (tokens.norm(before[-1]) in ("قد", "لقد") or before[-1] in blocked):
        before.pop()
    if before:
        span = _phrase(tokens, before[0], lex, blocked, limit=mention.first)
        if span is not None and (introduced or _next_to(tokens, span[1], before[-1], blocked)):
            return _issuer(tokens, span, lex)
    i = _after_verb(tokens, mention.last + 1, lex, blocked)
    return _issuer(tokens, _phrase(tokens, i, lex, blocked, mention.entry.near), lex) if i < tokens.stop else None


def _next_to(tokens: Tokens, end: int, last: int, blocked: set[int] | frozenset[int]) -> bool:
    """A subject ending at token ``end`` reaches its verb, whose last word before it is ``last``: a
    comma after it (``وكانت السعودية، في بيان أمس، أكدت``) or only blocked words (a date) between;
    not ``ويأتي الهجوم بعد يومين من زيارة ... بحث``."""
    return not tokens.is_word(end + 1) or all(t in blocked or not tokens.is_word(t) for t in range(end + 1, last + 1))


def _after_verb(tokens: Tokens, i: int, lex: Lexicon, blocked: set[int] | frozenset[int]) -> int:
    """The first token from ``i`` that is no adverb and no blocked word (a date: ``أعلن أمس``)."""
    adverbs = lex.grammar["adverbs"]
    infos = tokens.infos
    stop = tokens.stop
    while i < stop and (i in blocked or infos[i].norm in adverbs) and infos[i].word:
        i += 1
    return i


def _issuer(tokens: Tokens, span: tuple[int, int] | None, lex: Lexicon) -> tuple[int, int] | None:
    """The actor a phrase names: ``بيان الوزارة`` is the ministry's; ``البلاغ`` alone names none."""
    if span is None or tokens.infos[span[0]].norm not in lex.grammar["actor_documents"]:
        return span
    return (span[0] + 1, span[1]) if span[1] > span[0] else None


def subject_end(
    tokens: Tokens, verb: int, lex: Lexicon, blocked: frozenset[int], objects: frozenset[str]
) -> int | None:
    """The last token of the subject right after verb token ``verb`` (dates and adverbs skipped), or None."""
    i = _after_verb(tokens, verb + 1, lex, blocked)
    if i >= tokens.stop:
        return None
    span = _phrase(tokens, i, lex, blocked, objects)
    return span[1] if span is not None else None


def dateline(tokens: Tokens) -> range:
    """The tokens of a dateline opening the sentence (``تونس -``, ``تونس (وات) -``, ``الرياض - (واس) -``):
    a place is no actor. Empty when the sentence has none."""
    toks = tokens.toks
    i = tokens.lo
    limit = min(tokens.stop, i + 8)
    if _DASHES.isdisjoint(toks[i:limit]):
        return range(0)
    while i < limit and (tokens.is_word(i) or toks[i] in "()"):
        i += 1
    if i == tokens.lo or i >= limit or toks[i] not in _DASHES:
        return range(0)
    end = i + 1
    if end < tokens.stop and toks[end] == "(":  # ``- (واس) -``
        close = next((k for k in range(end, min(tokens.stop, end + 6)) if toks[k] == ")"), None)
        if close is not None:
            end = close + 1
            if end < tokens.stop and toks[end] in _DASHES:
                end += 1
    return range(tokens.lo, end)


_DASHES = frozenset(("-", "–", "—"))


def same_actor(a: str | None, b: str | None) -> bool:
    """True when two actor phrases name the same actor: one's words (article dropped) contain the other's."""
    if not a or not b:
        return False
    wa, wb = _words(a), _words(b)
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


@lru_cache(maxsize=50_000)
def _words(text: str) -> frozenset[str]:
    out = set()
    for word in normalize(text).split():
        word = word.strip("،,.:\"'“”«»()")
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]
        if word:
            out.add(word)
    return frozenset(out)
