"""YAML front matter (``title``, ``source``, ``published``): split from the text, parsed in bounds.

The front matter is refused in one line, before it is built, when it is larger than
``MAX_BYTES``, nested deeper than ``MAX_DEPTH`` or larger than ``MAX_EXPANDED`` once its aliases
are expanded (a YAML "billion laughs" is a few hundred bytes that expand to gigabytes). Dates
stay text until ``published_date`` reads them, so a day that does not exist (2023-02-30, year 0)
is a clear error instead of an exception inside the YAML library.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from reader.errors import ReaderError
from reader.io.decode import close_bidi, strip_controls

MAX_BYTES = 32 * 1024  # far more than a title, a source and a date
MAX_DEPTH = 32  # nested lists and mappings
MAX_EXPANDED = 1_000_000  # nodes plus scalar characters, each alias counted as what it names
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)
DATE_KEYS = ("published", "date")


@lru_cache(maxsize=1)
def _loader() -> type:
    """A safe YAML loader (libyaml's when installed) that keeps timestamps as text."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[misc, valid-type]
        pass

    Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))
    return Loader


def split_front_matter(text: str, name: str = "input") -> tuple[dict[str, Any], str]:
    """The front matter as a mapping and the text after it (``{}`` and the text without one)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    source = match.group(1) or ""
    if len(source.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise ReaderError(f"{name}: the front matter is larger than {MAX_BYTES // 1024} KB; refusing it")
    simple = plain_lines(source)
    if simple is not None:
        return simple, text[match.end() :]  # what the YAML library would make of it, without its import
    import yaml

    try:
        check_shape(source, name)
        data = yaml.load(source, Loader=_loader()) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f" (line {line + 2})" if line is not None else ""
        raise ReaderError(f"{name}: the front matter is not valid YAML{where}") from None
    if not isinstance(data, dict):
        raise ReaderError(f"{name}: the front matter is not a set of 'key: value' lines")
    return data, text[match.end() :]


# ``key: value`` with a plain key and a value YAML reads as text and nothing else: no indicator
# first, no comment, no ": ", printable, not a word or a number YAML resolves (yes, null, 12, 0x1A)
_PLAIN_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*) *: +([^ ](?:.*[^ ])?) *")
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`.=~+0123456789")
_RESOLVED_WORDS = frozenset({"y", "yes", "n", "no", "true", "false", "on", "off", "null"})
_DAY = re.compile(r"\d{4}-\d\d?-\d\d?")  # a timestamp, which the loader keeps as text


def plain_lines(source: str) -> dict[str, str] | None:
    """The front matter as the YAML loader reads it, when it is only ``key: text`` lines (a title,
    a source, a day): the YAML library (about 20 ms to import) is then not needed. None when any
    line is more than that (the loader reads it)."""
    found: dict[str, str] = {}
    for line in source.split("\n"):
        if not line:
            continue
        match = _PLAIN_LINE.fullmatch(line)
        if match is None:
            return None
        key, value = match.groups()
        if key in found or key.lower() in _RESOLVED_WORDS or not _plain_text(value):  # on: is True
            return None
        found[key] = value
    return found


def _plain_text(value: str) -> bool:
    """A value YAML reads as this very text (the loader keeps a day as text too)."""
    if _DAY.fullmatch(value):
        return True
    return not (
        value[0] in _INDICATORS
        or ": " in value
        or " #" in value
        or value.endswith(":")
        or not value.isprintable()
        or value.lower() in _RESOLVED_WORDS
    )


def check_shape(source: str, name: str) -> None:
    """Refuse YAML nested deeper than ``MAX_DEPTH`` or expanding past ``MAX_EXPANDED``.

    Walks the parser's events (no recursion, nothing built): each open collection adds up its
    size, an alias adds the size of the node its anchor named.
    """
    import yaml

    if _flow_depth(source) > MAX_DEPTH:  # before the parser: libyaml's own limit would speak first
        raise ReaderError(f"{name}: the front matter is nested more than {MAX_DEPTH} levels deep")
    sizes: dict[str | None, int] = {}  # by anchor (an alias event's anchor is typed optional)
    stack: list[list[Any]] = [[None, 0]]  # [anchor, size] of each open collection; the root last
    for event in yaml.parse(source, Loader=_loader()):
        if isinstance(event, yaml.CollectionStartEvent):
            stack.append([event.anchor, 1])
            if len(stack) - 1 > MAX_DEPTH:
                raise ReaderError(f"{name}: the front matter is nested more than {MAX_DEPTH} levels deep")
            continue
        if isinstance(event, yaml.CollectionEndEvent):
            anchor, size = stack.pop()
        elif isinstance(event, yaml.ScalarEvent):
            anchor, size = event.anchor, 1 + len(event.value)
        elif isinstance(event, yaml.AliasEvent):
            anchor, size = None, sizes.get(event.anchor, 1)
        else:
            continue
        if anchor is not None:
            sizes[anchor] = size
        stack[-1][1] += size
        if stack[-1][1] > MAX_EXPANDED:
            raise ReaderError(
                f"{name}: the front matter expands past {MAX_EXPANDED:,} characters (YAML aliases); refusing it"
            )


def _flow_depth(source: str) -> int:
    """The deepest nesting of flow brackets (``[[[``, ``{a: {``) outside quoted text, read from the
    characters: newer libyaml builds refuse very deep flows themselves, as a plain syntax error."""
    depth = deepest = 0
    quote = ""
    for char in source:
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(0, depth - 1)
    return deepest


def text_field(meta: dict[str, Any], key: str, name: str) -> str | None:
    """A one-line text field (title, source): None when absent, an error when not a single value."""
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise ReaderError(f"{name}: the front matter's {key} is not a single value")
    return clean_field(value)


def clean_field(value: object) -> str | None:
    """A metadata value as one line of text, without controls, its bidi controls closed."""
    if value is None:
        return None
    text = " ".join(strip_controls(str(value)).split())
    return close_bidi(text) or None


def published_date(meta: dict[str, Any], name: str) -> dt.date | None:
    """The front matter's ``published`` (or ``date``): YYYY-MM-DD, optionally with a time after it.

    Absent or empty: None. Anything else that is not a day of the calendar is an error: the
    reference date of every relative expression hangs on it, so it is never guessed.
    """
    for key in DATE_KEYS:
        value = meta.get(key)
        if value is None or value == "":
            continue
        day = parse_day(value)
        if day is None:
            shown = " ".join(strip_controls(str(value)).split())[:40] if isinstance(value, (str, int)) else "…"
            raise ReaderError(f"{name}: the front matter's {key} '{shown}' is not a valid date (YYYY-MM-DD)")
        return day
    return None


def parse_day(value: object) -> dt.date | None:
    """A date, a datetime or text starting with YYYY-MM-DD as a day; None otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ].*)?", text, re.S):
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
