"""Loading an article: a path, ``-`` for stdin, a saved HTML page or an http(s) URL."""

from __future__ import annotations

import datetime as dt
import re
import sys
from importlib import resources
from pathlib import Path

from reader.decode import decode_bytes, strip_controls
from reader.errors import ReaderError
from reader.model import Article, ArticleMeta
from reader.segment import split_paragraphs, split_sentences

URL_TIMEOUT_SECONDS = 10.0
MAX_BYTES = 64 * 1024 * 1024
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)
_HTML_SNIFF = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!doctype\s+html|<html|<head|<meta)", re.I)


def seed_path() -> Path:
    """The bundled sample article (package data), opened when no file is given."""
    return Path(str(resources.files("reader") / "data" / "seed.txt"))


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def read_source(source: str) -> bytes:
    """The raw bytes of a path, ``-`` (stdin) or an http(s) URL."""
    if source == "-":
        return sys.stdin.buffer.read(MAX_BYTES + 1)
    if is_url(source):
        return fetch_url(source)
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
        raise ReaderError(f"{source}: larger than {MAX_BYTES // (1024 * 1024)} MB, not an article")
    return data


def fetch_url(url: str, timeout: float = URL_TIMEOUT_SECONDS) -> bytes:
    """GET ``url`` with a timeout; any failure becomes a one-line ReaderError."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "reader/0.1 (Arabic news reader)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.read(MAX_BYTES)
    except urllib.error.HTTPError as exc:
        raise ReaderError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise ReaderError(f"{url}: cannot be reached ({exc.reason})") from None
    except (TimeoutError, OSError) as exc:
        raise ReaderError(f"{url}: cannot be reached ({exc})") from None


def _parse_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def split_front_matter(text: str, name: str = "input") -> tuple[dict, str]:
    """YAML front matter (title, source, published) and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    import yaml

    try:
        data = yaml.safe_load(match.group(1) or "") or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f" (line {line + 2})" if line is not None else ""
        raise ReaderError(f"{name}: the front matter is not valid YAML{where}") from None
    if not isinstance(data, dict):
        raise ReaderError(f"{name}: the front matter is not a set of 'key: value' lines")
    return data, text[match.end() :]


def _clean_field(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(strip_controls(str(value)).split())
    return text or None


def extract_html(html: str) -> tuple[str, dict]:
    """The main text, title and date of a saved news page (trafilatura)."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if document is None:
        return "", {}
    text = document.text or ""
    title = (document.title or "").strip()
    first, _, rest = text.partition("\n")
    if title and first.strip() == title:
        text = rest  # the page repeats its headline above the article: it is the title, not body
    meta = {"title": title or None, "source": document.sitename, "published": document.date}
    return text, meta


def load_text(
    text: str,
    *,
    path: str | None = None,
    html: bool = False,
    published: dt.date | None = None,
    name: str = "input",
) -> Article:
    """Build an Article from decoded text (front matter or HTML metadata read here)."""
    text = strip_controls(text)
    if html:
        text, meta = extract_html(text)
        if not text.strip():
            raise ReaderError(f"{name}: no article text found in the HTML page")
    else:
        meta, text = split_front_matter(text, name)
    body = strip_controls(text).strip("\n")
    body = "\n".join(line.rstrip() for line in body.split("\n"))
    if not body.strip():
        raise ReaderError(f"{name}: the article is empty")
    paragraphs = split_paragraphs(body)
    sentences = split_sentences(body, paragraphs)
    front_date = _parse_date(meta.get("published") or meta.get("date"))
    article_meta = ArticleMeta(
        title=_clean_field(meta.get("title")),
        source=_clean_field(meta.get("source")),
        published=published or front_date,
        path=path,
    )
    return Article(article_meta, body, tuple(paragraphs), tuple(sentences))


def _looks_like_html(source: str, data: bytes) -> bool:
    lower = source.lower().split("?")[0]
    return lower.endswith((".html", ".htm", ".xhtml")) or bool(_HTML_SNIFF.match(data[:512]))


def load(source: str | Path | None = None, published: dt.date | None = None) -> Article:
    """Load an article from a path, ``-`` (stdin), a saved HTML page or an http(s) URL.

    With no source, the bundled sample article. ``published`` overrides the article's own date.
    """
    if source is None:
        source = str(seed_path())
    source = str(source)
    name = "stdin" if source == "-" else source
    data = read_source(source)
    if not data.strip():
        raise ReaderError(f"{name}: the article is empty")
    text = decode_bytes(data, name)
    path = None if source == "-" else source if is_url(source) else str(Path(source))
    return load_text(
        text,
        path=path,
        html=_looks_like_html(source, data),
        published=published,
        name=name,
    )
