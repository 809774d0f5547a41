"""``reader index PATH... [--db FILE]``: analyse articles into the archive (new and changed ones)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from reader.commands.common import check_source
from reader.errors import ReaderError

if TYPE_CHECKING:
    from reader.archive.indexer import IndexSummary

EPILOG = (
    "Files are told apart by path and content (SHA-256): an unchanged file is not analysed again, a "
    "changed one replaces what was there. Each article goes in in its own transaction, so an "
    "interrupted run (Ctrl-C, kill, a full disk) leaves the archive consistent and the next run "
    "carries on. A file that cannot be read or analysed is reported as 'reader: FILE: reason' and "
    "skipped. Exit status: 0 all indexed; 1 some files skipped, or the archive cannot be used (not "
    "an SQLite file, another program's database, a newer version, a full disk); 2 a malformed "
    "option or an empty path; 70 an internal error; 130/143 interrupted."
)


def add_db(parser: argparse.ArgumentParser) -> None:
    """``--db FILE``: the archive (default ``$READER_DB``, else ``$XDG_DATA_HOME/reader/archive.db``)."""
    parser.add_argument(
        "--db",
        metavar="FILE",
        help="the archive, an SQLite file (default: $READER_DB, else $XDG_DATA_HOME/reader/archive.db, "
        "i.e. ~/.local/share/reader/archive.db)",
    )


def chosen_db(args: argparse.Namespace) -> str:
    from reader.archive import default_db

    if args.db == "":
        raise ReaderError('--db "": an empty path names no file', exit_code=2)
    return args.db if args.db is not None else str(default_db())


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "index",
        help="analyse articles into an archive to query",
        description="Analyse article files into the archive (an SQLite database): their sentences, "
        "dates and events, for `reader query`. A folder is its .txt, .md, .html and .htm files, "
        "subfolders included; - reads a list of paths from stdin, one per line.",
        epilog=EPILOG,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article file, folder, or - for a list of paths")
    add_db(parser)


def run(args: argparse.Namespace) -> int:
    import sqlite3

    from reader.archive.indexer import index
    from reader.archive.schema import open_archive

    for path in args.paths:
        check_source(path)
    db = chosen_db(args)
    bar: _Bar | None = None

    def start(total: int) -> None:
        nonlocal bar
        if sys.stderr.isatty():  # a bar only for a person watching, never in a log or a pipe
            bar = _Bar(total)

    conn = open_archive(db)
    try:
        summary = index(
            args.paths,
            conn,
            db,
            on_start=start,
            on_skip=lambda message: _say(bar, message),
            on_article=lambda _name: bar.advance() if bar is not None else None,
        )
    except sqlite3.Error as exc:
        raise ReaderError(f"{db}: {exc} (the articles indexed before are kept)") from None
    finally:
        if bar is not None:
            bar.stop()
        conn.close()
    print(summary.line(), file=sys.stderr)
    return _status(summary)


def _status(summary: IndexSummary) -> int:
    return 70 if summary.internal else 1 if summary.skipped else 0


def _say(progress: _Bar | None, message: str) -> None:
    line = f"reader: {message}"
    if progress is not None:
        progress.print(line)
    else:
        print(line, file=sys.stderr)


class _Bar:
    """A rich progress bar on stderr: articles done of all, the rate, the time left."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(
            TextColumn("indexing"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._task = self._progress.add_task("index", total=total)
        self._progress.start()

    def advance(self) -> None:
        self._progress.advance(self._task)

    def print(self, line: str) -> None:
        self._progress.console.print(line, markup=False, highlight=False)

    def stop(self) -> None:
        self._progress.stop()
