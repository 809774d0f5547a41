"""The JSON export: the machine interface of DESIGN.md, validated by data/timeline.schema.json."""

from __future__ import annotations

import json
from dataclasses import asdict
from importlib import resources
from typing import Any

from reader.model import Analysis

SCHEMA_FILE = "timeline.schema.json"


def to_dict(analysis: Analysis) -> dict[str, Any]:
    """The analysis as the JSON object of DESIGN.md ("JSON export")."""
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
        "sentences": [asdict(s) for s in article.sentences],
        "timexes": [asdict(t) for t in analysis.timexes],
        "events": [{**asdict(e), "mentions": list(e.mentions)} for e in analysis.events],
    }


def to_json(analysis: Analysis, indent: int | None = 2) -> str:
    """The JSON text, Arabic kept as is (not \\u-escaped)."""
    return json.dumps(to_dict(analysis), ensure_ascii=False, indent=indent)


def schema() -> dict[str, Any]:
    """The JSON Schema of the export, shipped as package data."""
    return json.loads((resources.files("reader") / "data" / SCHEMA_FILE).read_text(encoding="utf-8"))
