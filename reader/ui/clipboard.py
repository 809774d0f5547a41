"""``y``: what is copied (a sentence, a timeline entry as one line) and where it goes.

The terminal's clipboard by OSC 52 (``App.copy_to_clipboard``), which no terminal confirms and
some refuse, so the text is also written to ``clipboard_file()``: ``$XDG_STATE_HOME/reader/
copied.txt`` (``~/.local/state/reader/copied.txt`` by default), replaced at each copy.
"""

from __future__ import annotations

import os
from pathlib import Path

from reader.errors import ReaderError
from reader.model import Analysis, Event
from reader.views.labels import group_words, no_actor, type_name
from reader.views.timeline import DatedSentence, DateGroup


def clipboard_file() -> Path:
    """Where every copy is written too: ``$XDG_STATE_HOME/reader/copied.txt``."""
    state = os.environ.get("XDG_STATE_HOME") or ""
    base = Path(state) if os.path.isabs(state) else Path.home() / ".local" / "state"
    return base / "reader" / "copied.txt"


def write_copy(text: str) -> Path:
    """Write ``text`` (logical order, UTF-8) to ``clipboard_file()``; its path. A one-line
    ``ReaderError`` naming the file when it cannot be written."""
    from reader.io.fileio import write_atomic

    path = clipboard_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReaderError(f"{path}: cannot create its folder: {exc.strerror or exc}") from None
    return write_atomic(path, text, force=True)


def entry_text(entry: Event | DatedSentence, group: DateGroup | None, analysis: Analysis, lang: str) -> str:
    """A timeline entry as one line: its date in words, its type and actor, then its sentence."""
    sentence = analysis.article.sentences[entry.sentence].text.strip()
    parts = [group_words(group, analysis, lang)] if group is not None else []
    if isinstance(entry, Event):
        parts += [type_name(entry.type, lang), entry.actor or no_actor(lang)]
    return " · ".join(parts) + ": " + sentence if parts else sentence
