"""Inflection and clitics: the written forms of a trigger, and the analyses of a written word.

The lexicon gives base forms (a verb's third-person masculine singular past and present, a
noun's singular, a participle's masculine singular); ``verb_forms``, ``noun_forms`` and
``participle_forms`` generate what news writes: person, number and gender, the accusative
alef, the ta marbuta before a suffix. A written word is
be proclitics + stem + enclitic (و ف, ب ل ك, س, ال in front; a pronoun behind): ``clitics_fit``
says which clitics a part of speech takes, so a word is looked up by its possible stems.
"""

from __future__ import annotations

import re

NOUN_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
VERB_PREFIXES = ("", "و", "ف", "س", "وس", "فس", "ل", "ول", "فل")
ARTICLE = "ال"
ENCLITICS = ("", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "نا", "ي")  # a noun's: "my" is ي, never ني (غزواني)
VERB_ENCLITICS = ("", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ني")


def verb_forms(past: str | None, present: str | None, kept_end: bool = False) -> dict[str, set[str]]:
    """The third-person forms of a verb (normalised spellings), by tense: ``past``, ``present``.

    ``past`` is the masculine singular past (``قال``, ``نفي`` for نفى), ``present`` the masculine
    singular present with its ي (``يقول``). ``kept_end``: the past is written with a last letter
    that stays before ت (a hamza, ``برأ``: برأت; a ي, ``حظي``: حظيت), which normalising makes
    look like a weak one (برا، حظي).
    """
    forms: dict[str, set[str]] = {"past": set(), "present": set()}
    if past:
        forms["past"].update(_past(past, kept_end))
    if present:
        forms["present"].update(_present(present))
    return forms


def kept_last_letter(written: str) -> bool:
    """A past written with a last letter that ت does not replace: a hamza (أ، ئ) or a ي (not ى)."""
    return written.endswith(("أ", "ئ", "ي"))


def _past(p: str, kept_end: bool = False) -> set[str]:
    sound = {p, p + "ت", p + "وا", p + "ا", p + "تا", p + "ن"}
    if p.endswith(("ي", "ا")) and len(p) > 2:  # نفى (normalised نفي), دعا: the weak last letter drops
        stem = p[:-1]
        weak = {p, stem + "ت", stem + "وا", stem + "تا", stem + "يا", p + "ا"}
        return weak | sound if kept_end else weak  # لقي: لقيت and لقوا; برأ: برأت
    return sound


def _present(y: str) -> set[str]:
    if not y.startswith("ي") or len(y) < 3:
        return {y}
    stem = y[1:]
    out = {y, "ت" + stem, "ن" + stem, "ا" + stem}
    if stem.endswith(("ي", "و")):  # ينفي, يدعو, يري (يرى)
        short = stem[:-1]
        out |= {"ي" + short + "ون", "ي" + short + "وا", "ي" + stem + "ان", "ت" + stem + "ان"}
    else:
        out |= {
            "ي" + stem + "ون",
            "ي" + stem + "وا",
            "ي" + stem + "ان",
            "ت" + stem + "ان",
            "ي" + stem + "ن",
            "ت" + stem + "ن",
        }
    return out


def noun_forms(noun: str) -> set[str]:
    """A noun's number and case forms (normalised), with the ta-marbuta form before suffixes."""
    out = {noun}
    if noun.endswith("ه"):  # ta marbuta: زياره, زيارات, زيارتان, زيارتين, زيارت- (before a suffix)
        stem = noun[:-1]
        out |= {stem + "ات", stem + "تان", stem + "تين", stem + "ت"}
    elif noun.endswith("ات"):
        pass
    else:
        out |= {noun + "ا", noun + "ان", noun + "ين"}
    return out


def participle_forms(participle: str) -> set[str]:
    """An active participle used as a circumstantial (``مشيرا``, ``مشيره``, ``مشيرين``)."""
    if participle.endswith("ي"):  # نافي -> نافيا, نافيه
        return {participle, participle + "ا", participle + "ه", participle + "ن", participle + "ين"}
    return {
        participle,
        participle + "ا",
        participle + "ه",
        participle + "ين",
        participle + "ون",
        participle + "ان",
        participle + "تين",
    }


MAX_PREFIX = max(len(p) for p in (*NOUN_PREFIXES, *VERB_PREFIXES)) + len(ARTICLE)
MAX_ENCLITIC = max(len(e) for e in ENCLITICS)
_VERB_PREFIX_SET = frozenset(VERB_PREFIXES)
_NOUN_PREFIX_SET = frozenset(NOUN_PREFIXES) | {p + ARTICLE for p in NOUN_PREFIXES} | {"لل", "ولل", "فلل"}
_VERB_ENCLITIC_SET = frozenset(VERB_ENCLITICS)
_ENCLITIC_SET = frozenset(ENCLITICS)
ANY_PREFIX = _VERB_PREFIX_SET | _NOUN_PREFIX_SET  # what some part of speech takes in front
ANY_ENCLITIC = _VERB_ENCLITIC_SET | _ENCLITIC_SET  # and behind


def clitics_fit(prefix: str, enclitic: str, pos: str) -> bool:
    """Whether a word may be ``prefix`` + a stem of part of speech ``pos`` + ``enclitic``: a verb
    takes و ف س (and ل before a present) in front and an object pronoun behind; a noun a
    conjunction, a preposition and the article (لل for ل + ال) in front, or a pronoun behind, not both
    the article and a pronoun; a participle no article."""
    if pos in ("verb", "passive"):
        return prefix in _VERB_PREFIX_SET and enclitic in _VERB_ENCLITIC_SET
    if prefix not in _NOUN_PREFIX_SET or enclitic not in _ENCLITIC_SET:
        return False
    definite = prefix.endswith(ARTICLE) or prefix.endswith("لل")
    return not (definite and (enclitic or pos == "participle"))


_MASDAR_SHAPES = re.compile(r"^(م.ا..ه|ت..ي.|ت.ا..|ا..ا.|ا.ت.ا.|ان..ا.|است..ا.|ت...ه|ا..ا.ه)$")


def present_verb_shape(norm: str) -> bool:
    """A present third-person verb as written (``تتعلق``، ``يطالب``), by its prefix and length."""
    return norm[:1] in ("ي", "ت") and len(norm) >= 4 and not norm.endswith(("ه", "ات"))


def plural_ending(bare: str, with_pronoun: bool) -> bool:
    """A verb's ending that says plural (قالوا، يقولون), ``bare`` its word without clitics; before an
    object pronoun (``with_pronoun``) the plural's alif is not written (اعتبروه، اتهموها)."""
    return bare.endswith(("وا", "ون")) or (with_pronoun and bare.endswith("و"))


def masdar_shape(norm: str) -> bool:
    """The shape of a verbal noun (مقاضاة، تعيين، تبادل، إعلان، اجتماع، انسحاب، استقبال)."""
    return bool(_MASDAR_SHAPES.match(norm))


POSSESSIVE_ENDINGS = ("هما", "هم", "ها", "ه")  # the pronouns an owned noun ends in, longest first


def owned_stems(norm: str, endings: tuple[str, ...] = POSSESSIVE_ENDINGS, least: int = 3) -> tuple[str, ...]:
    """The word under a pronoun ending (normalised): its stem (``مقاتلاته`` -> مقاتلات) and, when the
    stem ends in ت, the same with its ة written back (``مدفعيته`` -> مدفعيت, مدفعيه), ``least``
    letters left at least; none for a word without one of ``endings``."""
    for ending in endings:
        if norm.endswith(ending) and len(norm) >= len(ending) + least:
            stem = norm[: -len(ending)]
            return (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)
    return ()


def without_conjunction(norm: str) -> str:
    """A normalised word without the و or ف written in front of it (وتم -> تم)."""
    return norm[1:] if norm[:1] in "وف" else norm
