"""reader: a terminal reader for Arabic news with a timeline of its events.

Library use::

    from reader import load, analyse
    analysis = analyse(load("article.txt"))

    from reader import index, query
    index(["news/"], db="news.db")  # an archive of many articles (reader.archive)
    events = query("بيونغ يانغ", db="news.db", type="visit")

The names below load on first use, so that ``reader --help`` does not import the analysis.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.analysis import analyse
    from reader.archive import index, query
    from reader.errors import ReaderError
    from reader.io.document import load

__all__ = ["ReaderError", "analyse", "index", "load", "query"]
__version__ = "0.1.0"

_LAZY = {
    "analyse": "reader.analysis",
    "load": "reader.io.document",
    "ReaderError": "reader.errors",
    "index": "reader.archive",
    "query": "reader.archive",
}


def __getattr__(name: str) -> Any:
    """``analyse``, ``load``, ``index``, ``query`` and ``ReaderError``, imported when first asked for."""
    if name not in _LAZY:
        raise AttributeError(f"module 'reader' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
