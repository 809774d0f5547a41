"""The article in a news page: main text, title and date (trafilatura), with the reader's rules.

- A numeric character reference to a control character (``&#27;``, ``&#x7;``) or to no character
  (a surrogate, a noncharacter) is dropped before parsing, so one stray entity does not cost the
  page (an escaped ESC with the CSI sequence it starts, ``&#27;[2J``); ``&#128;``-``&#159;`` are the Windows-1252
  characters HTML5 says they are.
- A page whose extracted text is only navigation (every line the text of a link, a menu, a
  header or a footer) has no article: the caller says so.
- Repeated paragraphs: news pages repeat nothing legitimately but short lines (a slogan, a chant,
  a refrain, a separator), so a paragraph longer than ``SHORT_LINE`` characters that repeats an
  earlier one word for word is page furniture (a teaser or pull quote repeating the lead, the
  same block for mobile and desktop) and only its first occurrence is kept; short lines are kept
  every time. Text files are never deduplicated.
"""

from __future__ import annotations

import re
from typing import Any

SHORT_LINE = 50  # characters: trafilatura's own threshold for adjacent repeats (MIN_DUPLICATE_LENGTH)
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?")
_NONCHARACTERS = re.compile("[\ufdd0-\ufdef\ufffe\uffff]")
# ESC written as a reference and the rest of its CSI sequence (&#27;[2J), dropped together
_ESCAPE_SEQUENCE = re.compile(r"&#(?:[xX]0*1[bB]|0*27);?\[[0-?]*[ -/]*[@-~]")
_NAVIGATION = "//a | //nav | //header | //footer | //button | //select | //*[@role='navigation' or @role='menu']"


def drop_control_references(html: str) -> str:
    """``html`` without numeric character references that name a control or no character, and
    without noncharacters (the HTML parser rejects a page holding one)."""
    return _CHAR_REF.sub(_reference, _ESCAPE_SEQUENCE.sub("", _NONCHARACTERS.sub("", html)))


def _reference(match: re.Match[str]) -> str:
    hex_digits, digits = match.groups()
    number = (hex_digits or digits).lstrip("0") or "0"
    code = int(number, 16 if hex_digits else 10) if len(number) <= 8 else 0x110000
    if 0x80 <= code <= 0x9F:
        try:
            return bytes([code]).decode("cp1252")  # what HTML5 makes of &#150; (an en dash)
        except UnicodeDecodeError:
            return ""
    if code in (9, 10, 13) or (0x20 <= code < 0x7F) or (0xA0 <= code <= 0x10FFFF and not _unfit(code)):
        return match.group()
    return ""  # NUL, C0 controls, DEL, surrogates, noncharacters, beyond Unicode


def _unfit(code: int) -> bool:
    """A surrogate or a noncharacter (U+FDD0-U+FDEF, U+xFFFE, U+xFFFF): no text holds one."""
    return 0xD800 <= code <= 0xDFFF or 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n")]


def navigation_texts(tree: Any) -> set[str]:
    """The texts of the page's links, menus, headers and footers, one entry per element and line."""
    texts: set[str] = set()
    for element in tree.xpath(_NAVIGATION):
        try:
            content = element.text_content()
        except (AttributeError, ValueError):
            continue
        texts.update(line for line in _lines(content) if line)
    return texts


def only_navigation(text: str, navigation: set[str]) -> bool:
    """Is every line of ``text`` the text of a link, a menu, a header or a footer?"""
    return all(not line or line in navigation for line in _lines(text))


def drop_repeats(text: str) -> str:
    """``text`` without the later copies of its long paragraphs (short lines all kept)."""
    seen: set[str] = set()
    kept: list[str] = []
    for line in text.split("\n"):
        key = " ".join(line.split())
        if len(key) > SHORT_LINE:
            if key in seen:
                continue
            seen.add(key)
        kept.append(line)
    return "\n".join(kept)


def extract(html: str) -> tuple[str, dict[str, Any]]:
    """The main text and the metadata (title, source, published) of a news page.

    The text is empty when the page holds no article: nothing found, or only navigation (then
    the metadata says ``navigation_only``).
    """
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(drop_control_references(html))
    if tree is None:
        return "", {}
    navigation = navigation_texts(tree)
    document = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if document is None:
        return "", {}
    assert not isinstance(document, dict)  # a Document: as_dict is left False
    text = document.text or ""
    title = (document.title or "").strip()
    first, _, rest = text.partition("\n")
    if title and first.strip() == title:
        text = rest  # the page repeats its headline above the article: it is the title, not body
    meta = {"title": title or None, "source": document.sitename, "published": document.date}
    if only_navigation(text, navigation):
        return "", {**meta, "navigation_only": True}
    return drop_repeats(text), meta
