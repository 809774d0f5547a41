"""One article's work, wherever it runs: read, hash, compare, analyse, and turn into the rows to store.

The same functions run in the indexing process (serial), in a pool's workers (``--jobs``) and on
Dask workers (``--engine dask``), so the three store the same rows. What a worker sends back is
plain tuples (``Prepared``): the folding, actor keys and date spans are computed where the
analysis ran, which leaves the process that writes SQLite only the inserts.

``analysis_version`` names the rules an analysis was made with: the package version and a hash of
the rule files (``reader/data/*.json``), of the rule engines' sources (``reader/events``,
``reader/temporal``) and of the code they run on (reading, segmentation, normalisation:
``RULE_GLOBS``). An article stored under another version is analysed again, even when its file
has not changed.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.errors import ReaderError

if TYPE_CHECKING:
    from reader.model import Analysis

_PACKAGE = Path(__file__).resolve().parent.parent
# What an article's rows are made with: the rules and their engines, and the reading, segmentation,
# normalisation and ordering they run on (``tests/test_archive_scale.py`` checks that every module
# the work imports is here).
RULE_GLOBS = (
    "data/*.json",
    "events/*.py",
    "temporal/*.py",
    "text/*.py",
    "io/*.py",
    "views/*.py",
    "analysis.py",
    "model.py",
    "archive/work.py",
    "archive/keys.py",
)


def rules_version(files: Iterable[Path], package_version: str) -> str:
    """``PACKAGE_VERSION+HASH``: 16 hex digits of the SHA-256 of ``files`` (names and bytes, in that
    order: the same whatever order they are given in, and wherever the package is)."""
    digest = hashlib.sha256()
    for name, data in sorted((path.name, path.read_bytes()) for path in files):
        digest.update(name.encode() + b"\x00" + data + b"\x00")
    return f"{package_version}+{digest.hexdigest()[:16]}"


@functools.cache
def analysis_version() -> str:
    """This reader's analysis version (computed once per process: about a millisecond)."""
    from reader import __version__

    files = [path for pattern in RULE_GLOBS for path in _PACKAGE.glob(pattern)]
    return rules_version(files, __version__)


@dataclass(frozen=True)
class Prepared:
    """An analysed article as the archive's rows (no database ids: those are given when written).

    ``sentences``: (n, paragraph, start, end, text, folded text); ``timexes``: (tid, sentence,
    start, end, text, value, granularity, kind, anchor, offset); ``events``: (eid, type, trigger,
    actor, sentence, mentions as JSON, date, granularity, date_source, timex, trigger_start,
    trigger_end, actor_key, date_start, date_end).
    """

    path: str
    hash: str
    version: str
    title: str | None
    source: str | None
    published: str | None
    reference: str | None
    reference_source: str
    sentences: Sequence[tuple]
    timexes: Sequence[tuple]
    events: Sequence[tuple]


@dataclass(frozen=True)
class Sharded:
    """An analysed article written to a shard only (``--shards-only``): what the summary counts."""

    path: str
    hash: str
    events: int


@dataclass(frozen=True)
class Unchanged:
    """A file whose content and analysis version are those the archive holds."""

    path: str


@dataclass(frozen=True)
class Skipped:
    """A file that could not go in: its one-line message (``internal``: a bug of ours)."""

    message: str
    internal: bool = False


Outcome = Prepared | Sharded | Unchanged | Skipped
Item = tuple[str, str, str | None]  # a file as named, its archive path (``article_path``), the hash the archive holds


def article_path(name: str) -> str:
    """How the archive names a file: its absolute path, symbolic links resolved."""
    return str(Path(name).resolve())


def prepare(path: str, digest: str, analysis: Analysis, version: str | None = None) -> Prepared:
    """The rows of ``analysis`` for the article at ``path``."""
    from reader.archive.keys import actor_key, date_span, fold

    meta = analysis.article.meta
    return Prepared(
        path=path,
        hash=digest,
        version=version or analysis_version(),
        title=meta.title,
        source=meta.source,
        published=meta.published.isoformat() if meta.published else None,
        reference=analysis.reference.isoformat() if analysis.reference else None,
        reference_source=analysis.reference_source,
        sentences=[(s.id, s.paragraph, s.start, s.end, s.text, fold(s.text)) for s in analysis.article.sentences],
        timexes=[
            (t.id, t.sentence, t.start, t.end, t.text, t.value, t.granularity, t.kind, t.anchor, t.offset)
            for t in analysis.timexes
        ],
        events=[
            (
                e.id,
                e.type,
                e.trigger,
                e.actor,
                e.sentence,
                json.dumps(list(e.mentions)),
                e.date,
                e.granularity,
                e.date_source,
                e.timex,
                e.trigger_start,
                e.trigger_end,
                actor_key(e.actor),
                *date_span(e.date),
            )
            for e in analysis.events
        ],
    )


def process(name: str, path: str, expected: str | None) -> Outcome:
    """Read ``name`` (archived as ``path``); ``Unchanged`` when its SHA-256 is ``expected`` (the
    hash the archive holds under this analysis version), else its analysis as rows. Never raises
    for one bad file (``READER_DEBUG`` set: a bug of ours is raised)."""
    try:
        from reader.io.document import read_source

        data = read_source(name)
        digest = hashlib.sha256(data).hexdigest()
        if digest == expected:
            return Unchanged(path)
        return prepare(path, digest, analyse_bytes(data, name, path))
    except ReaderError as exc:
        return Skipped(str(exc))
    except Exception as exc:  # a bug of ours: this article is skipped, the others go in
        if os.environ.get("READER_DEBUG"):
            raise
        return Skipped(f"{name}: internal error: {type(exc).__name__}: {exc}", internal=True)


def process_batch(items: Sequence[Item]) -> list[Outcome]:
    """``process`` over a batch of files: one task of a pool or a cluster."""
    return [process(*item) for item in items]


def analyse_bytes(data: bytes, name: str, path: str) -> Analysis:
    """Decode, load and analyse an article file's bytes as ``reader.load`` and ``reader.analyse`` do."""
    from reader.analysis import analyse
    from reader.io.decode import decode_bytes
    from reader.io.document import _looks_like_html, load_text

    if not data.strip():
        raise ReaderError(f"{name}: the article is empty")
    text = decode_bytes(data, name)
    article = load_text(text, path=path, html=_looks_like_html(name, data), name=name)
    return analyse(article)
