"""The layout's fast path: whole-paragraph passes over one byte per character, with no Python
object per character.

A paragraph whose every character is in one of the fast character sets (Arabic letters, hamza,
tatweel, harakat after a letter, ASCII, Arabic-Indic digits, the punctuation of news) holds no
explicit embedding, isolate, override or control character, and each of its characters takes
one cell (harakat none). Such a paragraph is one isolating run sequence at the paragraph level,
so the Unicode Bidirectional Algorithm reduces to its implicit rules (W1-W7, N0-N2, I1-I2),
done here with ``re`` and ``bytes.translate`` over a string of class letters. Shaping is a few
big-integer operations over joining bits, wrapping one regular expression, and each line a few
slices of the shaped text.

A character set gives each of its characters a code (``codecs.charmap_encode``), chosen so that
a letter's code plus its form (0 isolated, 1 final, 2 initial, 3 medial) is the code of that
form: ``codecs.charmap_decode`` turns the codes back into shaped text. Lam-alef becomes the
ligature's code at the lam and the placeholder (code 0) at the alef. Every other paragraph goes
through the general path in ``layout.py``; both give the same lines (``tests/test_rtl_fast.py``).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate
from typing import TypeVar

from reader.rtl.shaping import FORMS, LAM, _presentation
from reader.rtl.tables import bracket_pairs, joining_types, mirrors

T = TypeVar("T")
charmap_encode = codecs.charmap_encode
PLACEHOLDER = "\x00"  # what a folded alef or a dropped haraka decodes to
_UNDEFINED = "\ufffe"  # in a charmap table: no character
MARKS = "".join(map(chr, range(0x064B, 0x0653)))  # harakat: none composes with a letter (NFC)
ARABIC_LETTERS = "".join(map(chr, [*range(0x0621, 0x063B), *range(0x0640, 0x064B)]))  # and tatweel
_PUNCTUATION = "\xa0«»،؛؟٠١٢٣٤٥٦٧٨٩٪–—‘’“”…"
_ASCII = "".join(map(chr, range(0x20, 0x7F)))
_BIDI_MARKS = "\u200e\u200f\u061c"  # LRM, RLM, ALM
_LATIN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CLASS_LETTERS = {"L": b"L", "R": b"R", "AL": b"A", "EN": b"E", "AN": b"N", "ES": b"s", "ET": b"t", "CS": b"c"}
_CLASS_LETTERS |= {"ON": b"o", "WS": b"w", "NSM": b"A"}  # W1: a haraka (here only after an AL character) is AL
MAX_BRACKET_STACK = 63

# The implicit rules over a string of class letters (L A E N s t c o w; R once W3 has run).
_W2 = re.compile(rb"A[^LR]*")  # from an AL to the next L or R: EN is AN there
_W4_EN = re.compile(rb"(?<=E)[sc](?=E)")
_W4_AN = re.compile(rb"(?<=N)c(?=N)")
_W5 = re.compile(rb"t+(?=E)|(?<=E)t+")
_W3_W6 = bytes.maketrans(b"Astc", b"Rooo")
_W7 = re.compile(rb"L[^R]*")  # from an L to the next R: EN is L there
_N1_L = re.compile(rb"(?<=L)[ow]+(?=L)")
_N1_R = re.compile(rb"(?<=[REN])[ow]+(?=[REN])")
_LEVELS = (
    bytes.maketrans(b"LRENow", b"\x00\x01\x02\x02\x00\x00"),  # I1; the neutrals left take e = L
    bytes.maketrans(b"LRENow", b"\x02\x01\x02\x02\x01\x01"),  # I2; the neutrals left take e = R
)
_RIGHT_TO_LEFT_NUMBERS = bytes(2 if c in b"EN" else 1 for c in range(256))
_STRONG_FOR_N = bytes(ord("R") if c in b"REN" else ord("L") if c == ord("L") else 0 for c in range(256))
_RAISED = (re.compile(rb"[\x01\x02]+"), re.compile(rb"\x02+"))  # runs above the paragraph level
_MARK_FIX = re.compile("([" + MARKS + "]+)(.)", re.S)
# The same over text that still holds placeholders (a lam-alef's alef, between or after harakat):
# they go with the harakat, so the text keeps its length and the placeholders drop out later.
_MARK_FIX_KEEPING_PLACEHOLDERS = re.compile(f"(\x00*[{MARKS}][{MARKS}\x00]*)([^{MARKS}\x00])", re.S)


def _en_to_an(match: re.Match[bytes]) -> bytes:
    return match.group().replace(b"E", b"N")


def _en_to_l(match: re.Match[bytes]) -> bytes:
    return match.group().replace(b"E", b"L")


def _to_en(match: re.Match[bytes]) -> bytes:
    return b"E" * (match.end() - match.start())


def _to_l(match: re.Match[bytes]) -> bytes:
    return b"L" * (match.end() - match.start())


def _to_r(match: re.Match[bytes]) -> bytes:
    return b"R" * (match.end() - match.start())


def _fix_marks(match: re.Match[str]) -> str:
    """Harakat reversed before their letter go back after it, in logical order (L3)."""
    return match.group(2) + match.group(1)[::-1]


_ONES: dict[int, tuple[int, int]] = {}


def _ones(n: int) -> tuple[int, int]:
    """0x0101...01 and 0x0202...02, ``n`` bytes (kept for lengths up to 8 KB)."""
    ones = int.from_bytes(b"\x01" * n, "little")
    value = ones, ones << 1
    if n <= 8192:
        _ONES[n] = value
    return value


def _class(codes: bytes | list[int]) -> bytes:
    """A regular expression character class of these byte values."""
    return b"[" + b"".join(re.escape(bytes((c,))) for c in codes) + b"]"


class Charset:
    """One fast character set: its codes and the byte tables and patterns over them."""

    def __init__(self, letters: str, others: str, hidden: str = "") -> None:
        """``letters``: Arabic letters (those without presentation forms keep one code);
        ``others``: characters that neither join nor change; ``hidden``: bidi marks (LRM, RLM,
        ALM), which act on the levels, are transparent to joining and take no cell."""
        forms_of, ligatures = _presentation()
        joining = joining_types()
        four: list[str] = []  # dual-joining letters with their four forms, and the alefs (2, 3: lam-alef)
        two: list[str] = []  # right-joining letters: isolated and final
        single: list[str] = []  # hamza (shape() leaves U alone), tatweel, letters without forms
        for char in letters:
            kind, forms = joining.get(char), set(forms_of.get(char, {}))
            if char in ligatures or (kind == "D" and forms == set(FORMS)):
                four.append(char)
            elif kind == "R" and forms == {"isolated", "final"}:
                two.append(char)
            elif kind == "U" or not forms:
                single.append(char)
        # Code 0 is the placeholder: charmap_build makes its fast map only when code 0 is U+0000
        # (a NUL then encodes to 0, and prepare() turns such a text away).
        code: dict[str, int] = {}
        at = 4
        for group, size in ((four, 4), (two, 2)):
            for char in group:
                code[char] = at
                at += size
        rest = single + list(MARKS) + list(hidden) + list(others)
        free = [1, 2, 3, *range(at, 256)]
        if len(rest) > len(free):
            raise ValueError(f"this character set needs {len(rest) - len(free)} codes more than a byte has")
        code.update(zip(rest, free[: len(rest)], strict=True))
        self.code = code
        encoding = ["\x00"] + [_UNDEFINED] * 255
        for char, value in code.items():
            encoding[value] = char
        self.encoding = codecs.charmap_build("".join(encoding))
        self.placeholder = 0
        self.lam = bytes((code[LAM],))
        alefs = [alef for alef in ligatures if alef in code]
        # lam + alef -> the ligature (a right-joining letter at the alef's code + 2) + the placeholder
        self.lam_alef = tuple((bytes((code[LAM], code[a])), bytes((code[a] + 2, 0))) for a in alefs)
        self._ligature_of = {code[a]: code[a] + 2 for a in alefs}
        letter_kinds = {char: joining.get(char, "U") for char in letters if char in code}

        def table(pairs: dict[int, int]) -> bytes:
            out = bytearray(256)
            for at_code, value in pairs.items():
                out[at_code] = value
            return bytes(out)

        def kind_of(char: str) -> str:
            return letter_kinds.get(char) or ("T" if char in MARKS or char in hidden else "U")

        ligature_codes = {code[a] + 2 for a in alefs}
        self.joins_next = table({code[c]: 1 for c in code if kind_of(c) in "DLC"})
        joins_previous = {code[c]: 1 for c in code if kind_of(c) in "DRC"}
        self.joins_previous = table(joins_previous | dict.fromkeys(ligature_codes, 1))
        self.takes_next = table({code[c]: 1 for c in four if c not in ligatures})
        self.takes_previous = table({code[c]: 1 for c in four + two} | dict.fromkeys(ligature_codes, 1))
        classes = {value: _CLASS_LETTERS[unicodedata.bidirectional(char)][0] for char, value in code.items()}
        for char in four + two:  # every form of a letter, and the ligatures, are AL
            for form in range(4 if char in four else 2):
                classes[code[char] + form] = ord("A")
        classes[0] = ord("A")  # the placeholder stands for an alef
        self.classes = table(classes)
        self.marks = bytes(code[c] for c in MARKS)
        self.hidden = bytes(code[c] for c in hidden)
        self.hidden_codes = frozenset(self.hidden)
        self.transparent = table(dict.fromkeys(self.marks + self.hidden, 1))
        self.joins = bytes(a | (b << 1) for a, b in zip(self.joins_next, self.joins_previous, strict=True))
        self.takes = bytes(a | (b << 1) for a, b in zip(self.takes_previous, self.takes_next, strict=True))
        self.zero_width = bytes((0,)) + self.marks + self.hidden
        self.not_transparent = bytes(c for c in range(256) if c not in self.marks + self.hidden)  # to delete
        self.space = bytes((code[" "],))
        self.decode: dict[tuple[bool, bool, bool], str] = {}
        for shape in (True, False):
            for harakat in (True, False):
                for mirror in (True, False):
                    self.decode[(shape, harakat, mirror)] = self._decoding(
                        shape, harakat, mirror, four, two, ligatures, forms_of
                    )
        al = [code[c] for c in code if unicodedata.bidirectional(c) == "AL" and c not in hidden]
        self.strong = re.compile(_class([code[c] for c in code if unicodedata.bidirectional(c) in ("L", "R", "AL")]))
        self.stray_mark = re.compile(b"(?<!" + _class(al + list(self.marks)) + b")" + _class(self.marks))
        self.zero_width_pattern = re.compile(_class(self.zero_width))
        opening, closing = bracket_pairs()
        self.open_brackets = {code[o]: code[c] for o, c in opening.items() if o in code and c in code}
        self.brackets = re.compile(_class(sorted(code[c] for c in code if c in opening or c in closing)))
        self.lam_marks_alef = re.compile(
            re.escape(self.lam) + _class(self.marks + self.hidden) + b"+" + _class([code[a] for a in alefs])
        )
        space = re.escape(self.space)
        self.hidden_pattern = re.compile(_class(self.hidden)) if hidden else None
        # bidi marks opening a paragraph, then a space, a haraka or nothing: clusters of their own
        starts = _class(self.hidden) + b"+(?:" + space + b"|" + _class(self.marks) + b"|\\Z)"
        self.hidden_then_space = re.compile(starts) if hidden else None
        self._wrap: dict[int, re.Pattern[bytes]] = {}

    def _decoding(self, shape, harakat, mirror, four, two, ligatures, forms_of) -> str:
        """The charmap decoding table: code -> character shown."""
        out = [_UNDEFINED] * 256
        for char, value in self.code.items():
            out[value] = char
        out[0] = PLACEHOLDER
        for value in self.hidden:
            out[value] = PLACEHOLDER
        if shape:
            for char in four + two:
                forms = forms_of[char]
                for form in range(4 if char in four else 2):
                    if char in ligatures and form >= 2:  # lam-alef, isolated and final
                        shown = ligatures[char].get(FORMS[form - 2])
                    else:
                        shown = forms.get(FORMS[form]) or forms.get("isolated", char)
                    out[self.code[char] + form] = shown or _UNDEFINED
        if not harakat:
            for char in MARKS:
                out[self.code[char]] = PLACEHOLDER
        if mirror:
            mirrored = mirrors()
            for char, value in self.code.items():
                if char in mirrored:
                    out[value] = mirrored[char]
        return "".join(out)

    def chars(self) -> frozenset[str]:
        """The characters of this set."""
        return frozenset(self.code)

    def paragraph_level(self, codes: bytes, default: int = 1) -> int:
        """P2-P3: 0 or 1 from the first strong character (unshaped codes), else ``default``."""
        found = self.strong.search(codes)
        if found is None:
            return default
        return 0 if self.classes[codes[found.start()]] == 76 else 1  # 76: "L"

    def resolve(self, codes: bytes, para: int) -> bytes:
        """The resolved embedding level (0, 1 or 2) of each character (codes, shaped or not)."""
        cls = codes.translate(self.classes)
        has_l = b"L" in cls
        if para and not has_l and b"R" not in cls:  # right to left, no L: only numbers rise (to 2)
            if b"E" in cls:
                first = cls.find(b"A")
                if first >= 0:  # W2
                    cls = cls[:first] + cls[first:].replace(b"E", b"N")
                if b"E" in cls:
                    if b"Es" in cls or b"Ec" in cls:
                        cls = _W4_EN.sub(b"E", cls)
                    if b"t" in cls:
                        cls = _W5.sub(_to_en, cls)
            elif b"N" not in cls:
                return b"\x01" * len(cls)
            if b"Nc" in cls:
                cls = _W4_AN.sub(b"N", cls)
            return cls.translate(_RIGHT_TO_LEFT_NUMBERS)
        if b"E" in cls and b"A" in cls:  # W2
            if has_l or b"R" in cls:
                cls = _W2.sub(_en_to_an, cls)
            else:
                first = cls.find(b"A")
                cls = cls[:first] + cls[first:].replace(b"E", b"N")
        if b"E" in cls:
            cls = _W4_EN.sub(b"E", cls)
            if b"t" in cls:
                cls = _W5.sub(_to_en, cls)
        if b"N" in cls and b"c" in cls:
            cls = _W4_AN.sub(b"N", cls)
        cls = cls.translate(_W3_W6)
        if b"E" in cls and (has_l or not para):  # W7, from sos too
            cls = _W7.sub(_en_to_l, (b"R" if para else b"L") + cls)[1:]
        has_l = b"L" in cls
        has_r = b"R" in cls or b"E" in cls or b"N" in cls
        if (has_l if para else has_r) and self.brackets.search(codes):
            cls = self._brackets(cls, codes, para)
        if para:
            if has_l:
                cls = _N1_L.sub(_to_l, cls)
        elif has_r:
            cls = _N1_R.sub(_to_r, cls)
        return cls.translate(_LEVELS[para])

    def _brackets(self, cls: bytes, codes: bytes, para: int) -> bytes:
        """N0: each bracket pair (BD16) takes the embedding direction, or its context's, from
        what it encloses."""
        opening = self.open_brackets
        stack: list[tuple[int, int]] = []
        pairs: list[tuple[int, int]] = []
        for found in self.brackets.finditer(codes):
            k = found.start()
            char = codes[k]
            if char in opening:
                if len(stack) == MAX_BRACKET_STACK:
                    break
                stack.append((opening[char], k))
                continue
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char:
                    pairs.append((stack[depth][1], k))
                    del stack[depth:]
                    break
        pairs.sort()
        types = bytearray(cls)
        e, opposite = (ord("R"), ord("L")) if para else (ord("L"), ord("R"))
        for open_k, close_k in pairs:
            inside = types[open_k + 1 : close_k].translate(_STRONG_FOR_N)
            if e in inside:
                new = e
            elif opposite in inside:
                before = types[:open_k].translate(_STRONG_FOR_N).rstrip(b"\x00")
                new = before[-1] if before else e  # sos is e: there is no explicit level here
            else:
                continue
            types[open_k] = types[close_k] = new
        return bytes(types)

    def shape(self, codes: bytes, has_marks: bool) -> bytes:
        """The codes of the shaped text: lam-alef folded, then each letter's code plus its form.
        Harakat are transparent."""
        n = len(codes)
        if not has_marks:  # both sides at once: bit 0 for the final side, bit 1 for the initial one
            joins = int.from_bytes(codes.translate(self.joins), "little")
            ones, twos = _ONES.get(n) or _ones(n)
            context = ((joins << 8) & ones) | ((joins >> 8) & twos)
            takes = int.from_bytes(codes.translate(self.takes), "little")
            return (int.from_bytes(codes, "little") | (takes & context)).to_bytes(n, "little")
        joins_next = int.from_bytes(codes.translate(self.joins_next), "little")
        joins_previous = int.from_bytes(codes.translate(self.joins_previous), "little")
        before, after = joins_next, joins_previous  # what the nearest solid neighbour joins
        transparent = int.from_bytes(codes.translate(self.transparent), "little")
        while True:
            wider = joins_next | (transparent & (before << 8))
            if wider == before:
                break
            before = wider
        while True:
            wider = joins_previous | (transparent & (after >> 8))
            if wider == after:
                break
            after = wider
        final = int.from_bytes(codes.translate(self.takes_previous), "little") & (before << 8)
        initial = int.from_bytes(codes.translate(self.takes_next), "little") & (after >> 8)
        return (int.from_bytes(codes, "little") | final | (initial << 1)).to_bytes(n, "little")

    def fold_lam_alef(self, codes: bytes, has_marks: bool) -> bytes:
        """Lam + alef (harakat or bidi marks between them kept) -> ligature + placeholder."""
        for pair, ligature in self.lam_alef:
            codes = codes.replace(pair, ligature)
        if has_marks:
            codes = self.lam_marks_alef.sub(self._ligature_over_marks, codes)
        return codes

    def _ligature_over_marks(self, match: re.Match[bytes]) -> bytes:
        found = match.group()
        return bytes((self._ligature_of[found[-1]],)) + found[1:-1] + b"\x00"

    def wrap_pattern(self, width: int) -> re.Pattern[bytes]:
        """Greedy lines of at most ``width`` codes, broken at spaces; a longer word is cut."""
        pattern = self._wrap.get(width)
        if pattern is None:
            if len(self._wrap) >= 64:  # widths come from terminals and one-line texts: keep a few
                self._wrap.clear()
            s = re.escape(self.space)
            pattern = re.compile(b"[^%s](?:.{0,%d}[^%s])?(?=%s|\\Z)|[^%s]{%d}" % (s, width - 2, s, s, s, width), re.S)
            self._wrap[width] = pattern
        return pattern


class FastParagraph:
    """A paragraph of one fast character set, prepared once and laid out at any width by ``lines``.

    It wraps and shows a compact text: the codes less those that take no cell (the placeholder
    of lam-alef; the harakat unless they are shown), and maps line ends back to offsets of the
    paragraph through ``owners`` (how many compact characters precede each removed one). Shown
    harakat, and bidi marks (whose levels count), need the full text (``aligned``).
    """

    __slots__ = (
        "_mirrored",
        "_owners",
        "_shown",
        "aligned",
        "charset",
        "compact",
        "flat",
        "harakat",
        "hidden",
        "key",
        "level",
        "levels",
        "shape",
        "visual",
        "zero",
    )

    def __init__(
        self,
        charset: Charset,
        codes: bytes,
        level: int,
        visual: bool,
        shape: bool,
        harakat: bool,
        has_marks: bool,
        has_hidden: bool = False,
    ) -> None:
        self.charset = charset
        self.level = level
        self.visual = visual
        self.shape = shape = shape and visual
        self.harakat = harakat
        self.hidden = has_hidden
        transparent = has_marks or has_hidden
        if shape:
            if charset.lam in codes:
                codes = charset.fold_lam_alef(codes, transparent)
            codes = charset.shape(codes, transparent)
        self.key = codes
        self.aligned = (has_marks and harakat) or has_hidden  # bidi marks count for the levels
        if transparent:
            self.compact = codes.translate(None, charset.zero_width)
        elif shape and b"\x00" in codes:  # lam-alef placeholders only
            self.compact = codes.replace(b"\x00", b"")
        else:
            self.compact = codes
        self.zero = len(self.compact) < len(codes)  # some characters take no cell
        self._owners: list[int] | None = None
        if visual:
            self.levels = charset.resolve(codes if self.aligned else self.compact, level)
            if has_hidden:  # a bidi mark shows with the character before it: it moves at its level
                levels = bytearray(self.levels)
                assert charset.hidden_pattern is not None  # has_hidden: the charset has bidi marks
                for found in charset.hidden_pattern.finditer(codes, 1):
                    levels[found.start()] = levels[found.start() - 1]
                self.levels = bytes(levels)
            self.flat = level == 1 and self.levels.find(2) < 0  # one run, right to left
        else:
            self.levels = b""
            self.flat = False
        self._shown: str | None = None
        self._mirrored: str | None = None

    @property
    def owners(self) -> list[int] | None:
        """For each character that takes no cell, how many compact characters precede it (None:
        there is none); made when first asked for (``reader cat`` needs no offsets)."""
        if not self.zero:
            return None
        if self._owners is None:
            pieces = self.charset.zero_width_pattern.split(self.key)
            self._owners = list(accumulate(map(len, pieces[:-1])))
        return self._owners

    @property
    def shown(self) -> str:
        """The characters shown, in logical order (of the compact text unless ``aligned``)."""
        if self._shown is None:
            self._shown = self._decode(False)
        return self._shown

    @property
    def mirrored(self) -> str:
        """``shown`` with mirrored glyphs, for right-to-left runs."""
        if self._mirrored is None:
            self._mirrored = self._decode(True)
        return self._mirrored

    def _decode(self, mirrored: bool) -> str:
        table = self.charset.decode[(self.shape, self.harakat, mirrored)]
        return codecs.charmap_decode(self.key if self.aligned else self.compact, "strict", table)[0]

    def cells(self) -> int:
        """The paragraph's width on one line, spaces included."""
        return len(self.compact)

    def full(self) -> tuple[str, bytes]:
        """What each character of the paragraph shows (``PLACEHOLDER``: nothing of its own),
        and its level."""
        if self.owners is None or self.aligned:
            return self.shown, self.levels
        key = self.key
        shown = codecs.charmap_decode(key, "strict", self.charset.decode[(self.shape, self.harakat, False)])[0]
        return shown, self.charset.resolve(key, self.level) if self.visual else b""

    def lines(self, width: int, offset: int, make: Callable[..., T], source: object) -> list[T]:
        """The lines, each ``make(text in display order, cells, start, end, None, None, rtl,
        right, source)`` with offsets from ``offset``."""
        finditer = self.charset.wrap_pattern(width).finditer
        compact = self.compact
        owners = self.owners
        rtl = self.level == 1
        right = rtl and self.visual
        lines: list[T] = []
        append = lines.append
        if right and not self.aligned:  # the common case: slices of the text reversed
            backwards = self.mirrored[::-1]
            levels, flat = self.levels, self.flat
            n = len(compact)
            for found in finditer(compact):
                s, e = found.span()
                if owners is None:
                    a, b = s, e
                else:
                    a, b = s + bisect_right(owners, s), e + bisect_right(owners, e)
                if flat or levels.find(2, s, e) < 0:
                    text = backwards[n - e : n - s]
                else:
                    text = self._numbers_kept(s, e, backwards)
                append(make(text, e - s, offset + a, offset + b, None, None, rtl, right, source))
            return lines
        hidden = self.charset.hidden_codes if self.hidden else ()
        key = self.key
        for found in finditer(compact):
            s, e = found.span()
            if owners is None:
                a, b = s, e
            else:
                a, b = s + bisect_right(owners, s), e + bisect_right(owners, e)
                if hidden:
                    a = a if s else 0  # bidi marks starting the paragraph are on its first line
                    while key[b - 1] in hidden:  # those ending a line are on none
                        b -= 1
            if self.aligned:
                text = self._text(a, b).replace(PLACEHOLDER, "")
                if self.visual:
                    text = _MARK_FIX.sub(_fix_marks, text)
            else:
                text = self._text(s, e)
            append(make(text, e - s, offset + a, offset + b, None, None, rtl, right, source))
        return lines

    def rows(self, width: int) -> list[str]:
        """The lines as printed in ``width`` cells (``VisualLine.padded``), made without line
        objects or offsets."""
        if not (self.visual and self.level == 1):
            return self.lines(width, 0, _padded(width), None)
        backwards = self.mirrored[::-1]
        levels, flat = self.levels, self.flat
        compact = self.compact
        rows: list[str] = []
        append = rows.append
        finditer = self.charset.wrap_pattern(width).finditer
        if not self.aligned:
            n = len(compact)
            for found in finditer(compact):
                s, e = found.span()
                if flat or levels.find(2, s, e) < 0:
                    append(" " * (width - e + s) + backwards[n - e : n - s])
                else:
                    append(" " * (width - e + s) + self._numbers_kept(s, e, backwards))
            return rows
        # Shown harakat: lines are slices of the full text, harakat put back after their letter
        # once for the paragraph (a letter and its harakat never straddle a line or a run).
        backwards = _MARK_FIX_KEEPING_PLACEHOLDERS.sub(_fix_marks, backwards)
        owners = self.owners
        assert owners is not None  # aligned: marks or bidi marks are there, and take no cell
        n = len(backwards)
        for found in finditer(compact):
            s, e = found.span()
            a, b = s + bisect_right(owners, s), e + bisect_right(owners, e)
            within = flat or levels.find(2, a, b) < 0
            text = backwards[n - b : n - a] if within else self._numbers_kept(a, b, backwards)
            append(" " * (width - e + s) + text.replace(PLACEHOLDER, ""))
        return rows

    def _numbers_kept(self, a: int, b: int, backwards: str) -> str:
        """Characters ``a:b`` of a right-to-left paragraph in display order: reversed, but for
        their level-2 runs (``backwards`` is ``mirrored`` reversed)."""
        levels, shown = self.levels, self.shown
        n = len(backwards)
        parts = []
        at = a
        start = levels.find(2, a, b)
        while start >= 0:
            end = levels.find(1, start, b)
            if end < 0:
                end = b
            parts.append(backwards[n - start : n - at])
            parts.append(shown[start:end])
            at = end
            start = levels.find(2, end, b)
        parts.append(backwards[n - b : n - at])
        return "".join(parts[::-1])

    def _text(self, a: int, b: int) -> str:
        """The shown characters ``a:b`` in display order: L2 and L4 with levels 0, 1 and 2."""
        if not self.visual:
            return self.shown[a:b]
        levels = self.levels
        if self.level:
            if levels.find(2, a, b) < 0:
                return self.mirrored[a:b][::-1]
            return self._right_to_left(a, b)
        shown = self.shown
        if levels.find(1, a, b) < 0 and levels.find(2, a, b) < 0:
            return shown[a:b]
        parts = []
        at = a
        for run in _RAISED[0].finditer(levels, a, b):
            start, end = run.span()
            parts.append(shown[at:start])
            parts.append(self._right_to_left(start, end))
            at = end
        parts.append(shown[at:b])
        return "".join(parts)

    def _right_to_left(self, a: int, b: int) -> str:
        """A run of levels 1 and 2, reversed: its level-2 runs keep their order."""
        levels, shown, mirrored = self.levels, self.shown, self.mirrored
        parts = []
        at = a
        for run in _RAISED[1].finditer(levels, a, b):
            start, end = run.span()
            parts.append(mirrored[at:start][::-1])
            parts.append(shown[start:end])
            at = end
        parts.append(mirrored[at:b][::-1])
        return "".join(parts[::-1])


def charsets() -> tuple[Charset, ...]:
    """The fast character sets, tried in turn: ASCII with Arabic; Arabic with the letters of
    Persian and Maghrebi spellings (ڨ ڤ پ گ ی...), ASCII but its letters and the bidi marks;
    the first set with the bidi marks for three quotation marks. Built on first use."""
    if not _CHARSETS:
        _CHARSETS.extend(_build_charsets())
    return tuple(_CHARSETS)


_CHARSETS: list[Charset] = []


def _build_charsets() -> tuple[Charset, ...]:
    return (
        Charset(ARABIC_LETTERS, _ASCII + _PUNCTUATION),
        Charset(
            ARABIC_LETTERS + "ػؼؽؾؿٱٲپچژڤڨکگھی",
            "".join(c for c in _ASCII if c not in _LATIN_LETTERS) + _PUNCTUATION + "٫٬•″",
            _BIDI_MARKS,
        ),
        Charset(ARABIC_LETTERS, _ASCII + _PUNCTUATION.translate(dict.fromkeys(map(ord, "‘’…"))), _BIDI_MARKS),
    )


def _padded(width: int) -> Callable[..., str]:
    """A ``make`` for ``FastParagraph.lines`` that gives the printed line."""

    def padded(text: str, cells: int, *rest: object) -> str:  # rest: start, end, maps, rtl, right, source
        return " " * (width - cells) + text if rest[5] and width > cells else text

    return padded


def prepare(text: str, visual: bool, shape: bool, harakat: bool, base: int | None) -> FastParagraph | None:
    """The fast layout of ``text``, or None when it needs the general path: a character outside
    every fast set, or a haraka after no AL character (W1 and the clusters would differ)."""
    for charset in _CHARSETS or charsets():
        try:
            codes = charmap_encode(text, "strict", charset.encoding)[0]
        except UnicodeEncodeError:
            continue
        if b"\x00" in codes:  # a NUL, which encodes as the placeholder
            return None
        has_marks = has_hidden = False
        transparent = codes.translate(None, charset.not_transparent)
        if transparent:
            if charset.hidden:
                marks = transparent.translate(None, charset.hidden)
                has_marks, has_hidden = bool(marks), len(marks) < len(transparent)
            else:
                has_marks = True
            if has_marks and charset.stray_mark.search(codes):
                return None
            if has_hidden:
                opening = charset.hidden_then_space
                assert opening is not None  # has_hidden: the charset has bidi marks
                if not visual or opening.match(codes):
                    return None  # terminal mode shows bidi marks, each a cluster of its own
        level = charset.paragraph_level(codes) if base is None else base
        return FastParagraph(charset, codes, level, visual, shape, harakat, has_marks, has_hidden)
    return None


def encode(text: str) -> tuple[Charset, bytes] | None:
    """The fast character set that holds ``text`` and its codes, if the fast path takes it."""
    prepared = prepare(text, True, False, True, 0)
    return None if prepared is None else (prepared.charset, prepared.key)


def fast_chars() -> frozenset[str]:
    """Every character some fast character set holds."""
    return frozenset().union(*(charset.chars() for charset in charsets()))
