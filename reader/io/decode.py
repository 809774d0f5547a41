"""Bytes to text: UTF-8 (with or without BOM), UTF-16, Windows-1256, ISO-8859-6 and friends."""

from __future__ import annotations

import codecs
import re

from reader.errors import ReaderError

# C0 controls but tab and newline, DEL, C1 controls: never part of an article, and never to
# reach a terminal (ESC starts escape sequences, BEL rings, BS rewrites what was shown).
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Whole terminal escape sequences (CSI, OSC, DCS/SOS/PM/APC strings, two-byte escapes), so no
# debris such as "[2J" is left when their ESC is dropped.
ESCAPE_SEQUENCES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]"
)
# Bytes that plain text never holds (NUL and the C0 controls but tab, LF, FF, CR, ESC).
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_ARABIC = re.compile(r"[\u0600-\u06ff]")


# Explicit bidi formatting characters: embeddings and overrides (LRE RLE LRO RLO, closed by PDF)
# and isolates (LRI RLI FSI, closed by PDI). One left open reverses or re-embeds everything after
# it up to the end of its paragraph, or further in a viewer that does not end it there.
_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")
_ISOLATES = frozenset("\u2066\u2067\u2068")
PDF, PDI = "\u202c", "\u2069"
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_BIDI_CONTROL_CHARS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def strip_controls(text: str) -> str:
    """Unify line endings; drop escape sequences and control characters but newline and tab."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if CONTROL_CHARS.search(text) is None:  # the usual case; every escape sequence starts with one
        return text
    return CONTROL_CHARS.sub("", ESCAPE_SEQUENCES.sub("", text))


def close_bidi(text: str) -> str:
    """``text`` with each embedding, override and isolate left open closed at the end of its line.

    A line is a paragraph of the body. Matching follows the Unicode bidi algorithm (X6a, X7): a
    PDI closes the last open isolate and what was opened inside it, a PDF the last embedding or
    override unless an isolate is open after it; closers that match nothing are left alone
    (viewers ignore them). Text without bidi controls is returned as it is.
    """
    if not any(char in text for char in _BIDI_CONTROL_CHARS):  # nine fast scans beat one regex scan
        return text
    parts = []
    done = 0  # text[:done] is as it stays
    for match in BIDI_CONTROLS.finditer(text):  # only the lines holding a control change
        if match.start() < done:
            continue
        first = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.start())
        end = len(text) if end < 0 else end
        parts += [text[done:first], _close_line(text[first:end])]
        done = end
    parts.append(text[done:])
    return "".join(parts)


def _close_line(line: str) -> str:
    """One line with the closers of what it leaves open appended, innermost first."""
    stack: list[str] = []  # PDF or PDI for each open embedding or isolate
    isolates = 0
    for match in BIDI_CONTROLS.finditer(line):
        char = match.group()
        if char in _EMBEDDINGS:
            stack.append(PDF)
        elif char in _ISOLATES:
            stack.append(PDI)
            isolates += 1
        elif char == PDF:
            if stack and stack[-1] == PDF:
                stack.pop()
        elif isolates:  # a PDI: close the last isolate and everything opened inside it
            while stack.pop() != PDI:
                pass
            isolates -= 1
    return line + "".join(reversed(stack))


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows NUL in every other byte of ASCII/Arabic text."""
    sample = data[:8192]
    if len(data) < 4 or len(data) % 2 or b"\x00" not in sample:
        return None
    for codec, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        # Arabic sits at U+06xx, ASCII at U+00xx: the high bytes are almost all 0x00 or 0x06.
        if (high.count(0) + high.count(6)) / len(high) > 0.9:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _looks_binary(data: bytes) -> bool:
    """NUL bytes (outside UTF-16) or many control bytes: an image, an archive, a program."""
    sample = data[:8192]
    if not sample:
        return False
    return b"\x00" in sample or sum(b in _BINARY_BYTES for b in sample) / len(sample) > 0.1


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode an article's bytes, or raise ReaderError saying why they are not text."""
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise ReaderError(f"{name}: invalid {codec} text at byte {exc.start}") from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if _looks_binary(data):
        raise ReaderError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data, name)


def _decode_legacy(data: bytes, name: str) -> str:
    """Single-byte Arabic code pages, chosen by charset-normalizer."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data, cp_isolation=["cp1256", "iso8859_6", "cp720", "mac_arabic", "cp864"])
    best = matches.best()
    if best is None:
        raise ReaderError(f"{name}: cannot decode the bytes as UTF-8, UTF-16 or an Arabic code page")
    text = str(best)
    if not _ARABIC.search(text):
        # Latin text in some other single-byte code page: Windows-1252 is the usual one.
        general = from_bytes(data).best()
        if general is None:
            raise ReaderError(f"{name}: cannot decode the bytes as text")
        return str(general)
    return text
