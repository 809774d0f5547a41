"""Arabic paragraph and sentence segmentation with exact offsets into the body.

A paragraph is a non-blank line. A sentence ends at ``. ! ? ؟ …`` followed by a space or the
end of the line, and at every line end; a lone terminator glued to the next word ends one too when
both sides are Arabic words, of three letters before it and two after, neither spelling a Latin
letter's name (``بالأمس.وقال``: a page that lost its space; not ``سي.إن.إن`` nor ``محمد.ر``).
No sentence ends inside a number or a date (2.5, 1.000.000, 15.11.2023: no space follows the
dot), after an abbreviation or an initial (د.، م.، J.), or inside a matched pair of quotes or
brackets.
"""

from __future__ import annotations

import re

from reader.model import Paragraph, Sentence
from reader.text.arabic import normalize

TERMINATORS = frozenset(".!?؟…")
OPENERS = {"(": ")", "[": "]", "{": "}", "«": "»", "“": "”", "‹": "›", "﴾": "﴿", "„": "“"}
CLOSERS = frozenset(OPENERS.values()) | {'"', "'"}
# Words that end with a dot without ending a sentence (lower-cased, dot-free), besides single letters.
ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "no",
        "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
        "د", "م", "ق", "ه", "هـ", "ص", "ج", "ب", "أ", "ا", "ت", "ش", "ط", "ع", "س", "أ.د", "ق.م", "ص.ب",
        "إلخ", "الخ", "ت.ح",
    }
)  # fmt: skip


def split_paragraphs(body: str) -> list[Paragraph]:
    """Each non-blank line of ``body`` is a paragraph (surrounding spaces left out)."""
    paragraphs: list[Paragraph] = []
    for match in re.finditer(r"[^\n]+", body):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        paragraphs.append(Paragraph(len(paragraphs), start, start + len(stripped)))
    return paragraphs


_PAIR_CHARS = re.compile("[" + re.escape("".join(OPENERS) + "".join(CLOSERS)) + "]")


def _protected_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside matched quotes or brackets (ASCII double quotes pair up in order)."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    dquote: int | None = None
    for match in _PAIR_CHARS.finditer(text):
        ch, i = match.group(), match.start()
        if ch == '"':
            if dquote is None:
                dquote = i
            else:
                spans.append((dquote, i))
                dquote = None
        elif ch in OPENERS and not (ch == "“" and stack and stack[-1][0] == "„"):
            stack.append((ch, i))
        elif ch in CLOSERS:
            for depth in range(len(stack) - 1, -1, -1):
                if OPENERS[stack[depth][0]] == ch:
                    spans.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the word just before ``text[dot]`` an initial or a known abbreviation?"""
    start = dot
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".\u0640"):
        start -= 1
    word = text[start:dot].strip(".").replace("\u0640", "").lower()
    if not word or word.isdigit():
        return False
    return len(word) == 1 or word in ABBREVIATIONS


# Latin letters' names in Arabic script, normalised: ``بي.بي.سي``، ``كيو.إيه`` spell an acronym.
LETTER_NAMES = frozenset(
    {
        "ايه", "اي", "بي", "سي", "دي", "اف", "جي", "اتش", "جيه", "كيه", "كي", "ال", "ام", "ان", "او",
        "كيو", "ار", "اس", "تي", "يو", "في", "دبليو", "اكس", "واي", "زد", "زي",
    }
)  # fmt: skip
_LETTERS = "\u0621-\u064a\u0640\u064b-\u0652"
_ARABIC_CHAR = re.compile(f"[{_LETTERS}]")
_GLUED_AFTER = re.compile(f"[{_LETTERS}]+(?![{_LETTERS}]|\\.[{_LETTERS}])")  # not an acronym's next letter


def _glued_end(text: str, dot: int) -> bool:
    """Does the single terminator at ``text[dot]``, glued to the word after it, end a sentence?"""
    after = _GLUED_AFTER.match(text, dot + 1)
    word_after = normalize(after.group()) if after else ""
    if len(word_after) < 2 or word_after in LETTER_NAMES:
        return False
    start = dot
    while start > 0 and _ARABIC_CHAR.match(text[start - 1]):
        start -= 1
    before = normalize(text[start:dot])
    if start > 0 and not text[start - 1].isspace() and text[start - 1] not in OPENERS and text[start - 1] != '"':
        return False  # glued on the left too (وأم.ب.أم، a link): not a word of prose
    return len(before) >= 3 and before not in LETTER_NAMES


_TERMINATOR_RUN = re.compile("[" + re.escape("".join(TERMINATORS)) + "]+")
_PAIRED = re.compile("[" + re.escape("".join(OPENERS) + '"') + "]")


def _inside(spans: list[tuple[int, int]], index: int) -> bool:
    return any(a < index < b for a, b in spans)


def _sentence_ends(text: str) -> list[int]:
    """Offsets just past each sentence end inside one paragraph's text."""
    protected = _protected_spans(text) if _PAIRED.search(text) else []
    ends: list[int] = []
    n = len(text)
    for run in _TERMINATOR_RUN.finditer(text):
        i, j = run.span()
        if protected and _inside(protected, i):
            continue
        while j < n and text[j] in CLOSERS and not (protected and _inside(protected, j - 1)):
            j += 1
        if j < n and not text[j].isspace() and not (j == i + 1 and _glued_end(text, i)):
            continue
        single_dot = text[i:j].rstrip("".join(CLOSERS)) == "."
        if not (single_dot and _is_abbreviation(text, i)):
            ends.append(j)
    return ends


def split_sentences(body: str, paragraphs: list[Paragraph] | None = None) -> list[Sentence]:
    """Sentences of ``body``, none crossing a paragraph, text trimmed of surrounding spaces."""
    if paragraphs is None:
        paragraphs = split_paragraphs(body)
    sentences: list[Sentence] = []
    for paragraph in paragraphs:
        text = body[paragraph.start : paragraph.end]
        cut = 0
        for end in [*_sentence_ends(text), len(text)]:
            piece = text[cut:end]
            stripped = piece.strip()
            if stripped:
                start = paragraph.start + cut + (len(piece) - len(piece.lstrip()))
                sentences.append(Sentence(len(sentences), paragraph.id, start, start + len(stripped), stripped))
            cut = end
    return sentences
