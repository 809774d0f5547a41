"""Decoding article bytes: every encoding Arabic news is saved in, and what is not text."""

from __future__ import annotations

import codecs

import pytest

from reader.errors import ReaderError
from reader.io.decode import decode_bytes, strip_controls

TEXT = "قال الوزير يوم الثلاثاء إن المحادثات «بناءة».\nوأضاف أن الوفد سيعود في 2024.\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),  # no BOM
        TEXT.encode("utf-16-be"),  # no BOM
        TEXT.encode("cp1256"),
        TEXT.replace("«", '"').replace("»", '"').encode("iso8859_6"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16be-bom", "utf16le", "utf16be", "cp1256", "iso8859-6"],
)
def test_every_encoding_decodes_to_the_same_text(data: bytes) -> None:
    expected = TEXT if b'"' not in data else TEXT.replace("«", '"').replace("»", '"')
    assert decode_bytes(data) == expected


def test_windows_1256_is_not_mistaken_for_latin() -> None:
    # A short Windows-1256 text: single-byte guesses such as Windows-1252 would give mojibake.
    assert decode_bytes("وصل الرئيس إلى تونس".encode("cp1256")) == "وصل الرئيس إلى تونس"


def test_binary_bytes_are_refused() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(ReaderError, match="binary"):
        decode_bytes(png, "picture.png")


def test_invalid_utf16_after_a_bom_is_refused() -> None:
    with pytest.raises(ReaderError, match="invalid utf-16"):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8\x41", "broken.txt")


def test_strip_controls_drops_escape_sequences_whole_and_unifies_line_ends() -> None:
    dirty = "أ\x1b[2J\x1b[1;31mب\x1b]0;title\x07ج\x07\x08د\r\nه\rو\x9b31mز\tح"
    assert strip_controls(dirty) == "أبجد\nه\nوز\tح"
