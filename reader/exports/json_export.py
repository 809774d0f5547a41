"""The JSON export: the machine interface of DESIGN.md, validated by data/timeline.schema.json."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, fields
from importlib import resources
from typing import Any

from reader.model import Analysis

SCHEMA_FILE = "timeline.schema.json"


def to_dict(analysis: Analysis) -> dict[str, Any]:
    """The analysis as the JSON object of DESIGN.md ("JSON export")."""
    article = analysis.article
    return {
        **to_dict_head(analysis),
        "sentences": [asdict(s) for s in article.sentences],
        "timexes": [asdict(t) for t in analysis.timexes],
        "events": [{**asdict(e), "mentions": list(e.mentions)} for e in analysis.events],
    }


def to_json(analysis: Analysis, indent: int | None = 2) -> str:
    """The JSON text, Arabic kept as is (not \\u-escaped)."""
    return "".join(json_pieces(analysis, indent))


def json_pieces(analysis: Analysis, indent: int | None = 2) -> Iterator[str]:
    """The JSON text of ``to_json`` in pieces (one per sentence, timex and event), so that a long
    article is written without the whole text, or a dict of it, ever in memory."""
    data = to_dict_head(analysis)
    items = {
        "sentences": analysis.article.sentences,
        "timexes": analysis.timexes,
        "events": analysis.events,
    }
    pretty = indent is not None
    step = " " * (indent or 0)

    def dump(value: Any, depth: int) -> str:
        text = json.dumps(value, ensure_ascii=False, indent=indent)
        return text.replace("\n", "\n" + step * depth) if pretty and depth else text

    yield "{"
    for n, (key, value) in enumerate([*data.items(), *items.items()]):
        yield ("," if n else "") + ("\n" + step if pretty else " " if n else "")
        yield json.dumps(key, ensure_ascii=False) + ": "
        if key not in items:
            yield dump(value, 1)
        elif not value:
            yield "[]"
        else:
            yield "["
            for k, item in enumerate(value):
                yield ("," if k else "") + ("\n" + step * 2 if pretty else " " if k else "")
                yield dump(_record(item), 2)
            yield ("\n" + step if pretty else "") + "]"
    yield ("\n" if pretty else "") + "}"


def to_dict_head(analysis: Analysis) -> dict[str, Any]:
    """The JSON object's article metadata and body (the parts before the long lists)."""
    article = analysis.article
    meta = article.meta
    return {
        "article": {
            "title": meta.title,
            "source": meta.source,
            "published": analysis.reference.isoformat() if analysis.reference else None,
            "path": meta.path,
        },
        "body": article.body,
    }


def _record(item: Any) -> dict[str, Any]:
    """A sentence, timex or event as its JSON object (fields in order; tuples become lists)."""
    return {f.name: list(v) if isinstance(v := getattr(item, f.name), tuple) else v for f in fields(item)}


def schema() -> dict[str, Any]:
    """The JSON Schema of the export, shipped as package data."""
    return json.loads((resources.files("reader") / "data" / SCHEMA_FILE).read_text(encoding="utf-8"))
