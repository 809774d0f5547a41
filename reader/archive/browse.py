"""What the reader's query view needs of the archive: a query typed as one line, an event's
article (from its file, else from the sentences the archive keeps) and its marks."""

from __future__ import annotations

import shlex
import sqlite3
from dataclasses import dataclass, fields
from pathlib import Path

from reader.archive.queries import ArchivedEvent, date_bound, event_types, query_file
from reader.errors import ReaderError
from reader.model import Article, ArticleMeta, Paragraph, Sentence

Mark = tuple[int, int, str]
FIELDS = {"type": "type", "actor": "actor", "from": "date_from", "to": "date_to", "source": "source"}


@dataclass(frozen=True)
class Filters:
    """A query of the archive: the sentence's text and the filters of ``reader query``."""

    text: str | None = None
    type: str | None = None
    actor: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    source: str | None = None

    def check(self, cli: bool = False) -> None:
        """Raise the one-line ``ReaderError`` (exit 2) of a malformed type or date (``cli``: named
        as options, ``--from``, else as typed, ``from:``)."""
        try:
            event_types(self.type)
        except ReaderError as exc:
            raise ReaderError(str(exc) if cli else str(exc).replace("--type", "type", 1), exit_code=2) from None
        first, last = ("--from", "--to") if cli else ("from", "to")
        start, end = date_bound(self.date_from, False, first), date_bound(self.date_to, True, last)
        if start and end and start > end:
            raise ReaderError(f"{first} {start} is after {last} {end}", exit_code=2)

    def line(self) -> str:
        """The query as typed in the palette: ``words type:visit actor:"X Y" from:2023``."""
        parts = [self.text] if self.text else []
        for name, attribute in FIELDS.items():
            value = getattr(self, attribute)
            if value:
                parts.append(f"{name}:{shlex.quote(value) if ' ' in value else value}")
        return " ".join(parts)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


def parse_filters(line: str) -> Filters:
    """A query typed as one line: words to find in the sentence, and ``type:T``, ``actor:A``,
    ``from:DATE``, ``to:DATE``, ``source:S`` (a value with spaces in quotes: ``actor:"قوات الدعم"``).
    Raises ``ReaderError`` for an unknown ``name:`` or a malformed value."""
    try:
        tokens = shlex.split(line)
    except ValueError:  # an unclosed quote: the words as they are
        tokens = line.split()
    words: list[str] = []
    values: dict[str, str] = {}
    for token in tokens:
        name, colon, value = token.partition(":")
        if colon and name.lower() in FIELDS:
            if not value.strip():
                raise ReaderError(f"{name}: needs a value ({name}:...)", exit_code=2)
            values[FIELDS[name.lower()]] = value.strip()
        elif colon and name.isascii() and name.isalpha() and not value.startswith("//"):
            raise ReaderError(f"{name}: unknown; use {', '.join(f + ':' for f in FIELDS)}", exit_code=2)
        else:
            words.append(token)
    filters = Filters(" ".join(words) or None, **values)
    filters.check()
    return filters


def find(db: str | Path, filters: Filters) -> list[ArchivedEvent]:
    """The archive's events matching ``filters``, in date order; ``ReaderError`` when there is no
    archive at ``db`` or it cannot be read."""
    return query_file(
        db,
        filters.text,
        type=filters.type,
        actor=filters.actor,
        date_from=filters.date_from,
        date_to=filters.date_to,
        source=filters.source,
    )


def stored_article(db: str | Path, path: str) -> Article:
    """The article at ``path`` as the archive keeps it: its title and source, and its sentences at
    their offsets (paragraphs on lines of their own, the text between sentences blank)."""
    from reader.archive.schema import open_archive

    conn = open_archive(db, create=False)
    try:
        row = conn.execute("SELECT id, title, source, published FROM articles WHERE path = ?", (path,)).fetchone()
        if row is None:
            raise ReaderError(f"{path}: not in the archive {db}")
        rows = conn.execute(
            'SELECT n, paragraph, start, "end", text FROM sentences WHERE article = ? ORDER BY n', (row[0],)
        ).fetchall()
    except sqlite3.Error as exc:
        raise ReaderError(f"{db}: cannot read the archive: {exc}") from None
    finally:
        conn.close()
    import datetime as dt

    published = dt.date.fromisoformat(row[3]) if row[3] else None
    meta = ArticleMeta(title=row[1], source=row[2], published=published, path=path)
    size = max((end for _, _, _, end, _ in rows), default=0)
    body = [" "] * size
    spans: dict[int, list[int]] = {}
    sentences = []
    for n, paragraph, start, end, text in rows:
        body[start:end] = list(text[: end - start].ljust(end - start))
        span = spans.setdefault(paragraph, [start, end])
        span[0], span[1] = min(span[0], start), max(span[1], end)
        sentences.append(Sentence(n, paragraph, start, end, text))
    ordered = sorted(spans.items())
    for _, (_, end) in ordered[:-1]:
        if end < size:
            body[end] = "\n"  # a paragraph ends its line (the blank between sentences stays)
    paragraphs = tuple(Paragraph(p, start, end) for p, (start, end) in ordered)
    return Article(meta, "".join(body), paragraphs, tuple(sentences))


def event_marks(db: str | Path, event: ArchivedEvent) -> list[Mark]:
    """The body spans of ``event``'s trigger and of its date expression, as stored."""
    from reader.archive.schema import open_archive

    try:
        conn = open_archive(db, create=False)
    except ReaderError:
        return []
    try:
        row = conn.execute(
            "SELECT e.article, e.trigger_start, e.trigger_end, e.timex FROM events e "
            "JOIN articles a ON a.id = e.article WHERE a.path = ? AND e.eid = ?",
            (event.article.path, event.id),
        ).fetchone()
        if row is None:
            return []
        marks: list[Mark] = []
        if 0 <= row[1] < row[2]:
            marks.append((row[1], row[2], "trigger"))
        if row[3]:
            timex = conn.execute(
                'SELECT start, "end" FROM timexes WHERE article = ? AND tid = ?', (row[0], row[3])
            ).fetchone()
            if timex is not None:
                marks.append((timex[0], timex[1], "date"))
        return sorted(marks)
    except sqlite3.Error:
        return []
    finally:
        conn.close()
