"""Loading an article: a path, ``-`` for stdin, a saved HTML page or an http(s) URL.

The body is the decoded text without control characters, each line's trailing spaces, and with
every bidi embedding, override or isolate left open closed at the end of its paragraph
(``decode.close_bidi``); offsets are taken after that, so they index the body as exported.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from importlib import resources
from pathlib import Path

from reader.errors import ReaderError
from reader.io.decode import close_bidi, decode_bytes, strip_controls
from reader.io.fetch import MAX_BYTES, is_url, redact
from reader.io.front_matter import clean_field, parse_day, published_date, split_front_matter, text_field
from reader.model import Article, ArticleMeta
from reader.text.segment import split_paragraphs, split_sentences

__all__ = ["MAX_BYTES", "is_url", "load", "load_text", "read_source", "seed_path", "split_front_matter"]
_HTML_SNIFF = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!doctype\s+html|<html|<head|<meta)", re.I)


def seed_path() -> Path:
    """The bundled sample article (package data), opened when no file is given."""
    return Path(str(resources.files("reader") / "data" / "seed.txt"))


def _too_large(name: str) -> ReaderError:
    return ReaderError(f"{name}: larger than {MAX_BYTES // (1024 * 1024)} MB, not an article")


def read_source(source: str) -> bytes:
    """The raw bytes of a path, ``-`` (stdin) or an http(s) URL; more than ``MAX_BYTES`` is refused."""
    if source == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise _too_large("stdin")
        return data
    if is_url(source):
        from reader.io.fetch import fetch

        return fetch(source).data
    path = Path(source)
    if not path.exists():
        raise ReaderError(f"{source}: no such file")
    if path.is_dir():
        raise ReaderError(f"{source}: is a directory, not an article file")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ReaderError(f"{source}: cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise _too_large(source)
    return data


def extract_html(html: str) -> tuple[str, dict]:
    """The main text, title and date of a saved news page (``reader.io.html_extract``)."""
    from reader.io.html_extract import extract

    return extract(html)


def load_text(
    text: str,
    *,
    path: str | None = None,
    html: bool = False,
    published: dt.date | None = None,
    name: str = "input",
    sentences: bool = True,
) -> Article:
    """Build an Article from decoded text (front matter or HTML metadata read here); without
    ``sentences``, its sentences are left out (an empty tuple)."""
    text = strip_controls(text)
    if html:
        text, meta = extract_html(text)
        if not text.strip():
            what = " (only navigation and links)" if meta.get("navigation_only") else ""
            raise ReaderError(f"{name}: no article text found in the HTML page{what}")
        title, source = clean_field(meta.get("title")), clean_field(meta.get("source"))
        own_date = parse_day(meta.get("published"))  # the page's metadata: used when it is a date
    else:
        meta, text = split_front_matter(text, name)
        title, source = text_field(meta, "title", name), text_field(meta, "source", name)
        own_date = published_date(meta, name)
    body = (strip_controls(text) if html else text).strip("\n")  # front matter: a slice of clean text
    body = close_bidi("\n".join(line.rstrip() for line in body.split("\n")))
    if not body.strip():
        raise ReaderError(f"{name}: the article is empty")
    paragraphs = split_paragraphs(body)
    if not html and not title:
        title = headline(body, paragraphs)
    found = split_sentences(body, paragraphs) if sentences else []
    article_meta = ArticleMeta(title=title, source=source, published=published or own_date, path=path)
    return Article(article_meta, body, tuple(paragraphs), tuple(found))


_SENTENCE_END = tuple(".…:؛،,;")  # a headline may ask or exclaim


def headline(body: str, paragraphs) -> str | None:
    """A plain file's first line, when it reads as a headline: short (at most 120 characters and
    20 words), not ended like a sentence (a question or an exclamation may be), and followed by
    more text. It stays in the body."""
    if len(paragraphs) < 2:
        return None
    first = body[paragraphs[0].start : paragraphs[0].end].strip()
    if not first or len(first) > 120 or len(first.split()) > 20 or first.endswith(_SENTENCE_END):
        return None
    return first


def _looks_like_html(source: str, data: bytes, declared: bool | None = None) -> bool:
    """A page, by the server's Content-Type when it gave one, else by suffix or first bytes."""
    if declared is not None:
        return declared
    lower = source.lower().split("?")[0].split("#")[0]
    return lower.endswith((".html", ".htm", ".xhtml")) or bool(_HTML_SNIFF.match(data[:512]))


def load(source: str | Path | None = None, published: dt.date | None = None, *, sentences: bool = True) -> Article:
    """Load an article from a path, ``-`` (stdin), a saved HTML page or an http(s) URL.

    With no source, the bundled sample article. ``published`` overrides the article's own date.
    ``sentences=False`` leaves the sentences out (``reader cat`` prints paragraphs only).
    """
    if source is None:
        source = str(seed_path())
    source = str(source)
    declared = None
    path: str | None
    if is_url(source):
        from reader.io.fetch import fetch

        name = path = redact(source)  # never a password in a message or an export
        fetched = fetch(source)
        data, declared = fetched.data, fetched.is_html
    else:
        name = "stdin" if source == "-" else source
        path = None if source == "-" else str(Path(source))
        data = read_source(source)
    if not data.strip():
        raise ReaderError(f"{name}: the article is empty")
    text = decode_bytes(data, name)
    return load_text(
        text,
        path=path,
        html=_looks_like_html(source, data, declared),
        published=published,
        name=name,
        sentences=sentences,
    )
