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
    "Files are told apart by path, content (SHA-256) and the analysis version (the reader's version "
    "and its rule files): an unchanged file is not analysed again, a changed one, or one analysed "
    "under other rules, replaces what was there (counted as 're-analysed: other rules'). Files gone "
    "from a folder indexed are kept and counted; --prune removes them. Articles go in in "
    "transactions of whole articles, so an interrupted run (Ctrl-C, kill, a full disk) leaves the "
    "archive consistent and the next run carries on. A file that cannot be read or analysed is "
    "reported as 'reader: FILE: reason' and skipped. --jobs N analyses batches of articles in N "
    "processes (more than the CPUs is capped, said in one line); --engine dask on a Dask cluster "
    "whose workers write Parquet shards, merged as they come (with --shards-only, not: --merge loads "
    "them later); either way the archive is a serial run's. Exit status: 0 all indexed; 1 some "
    "files skipped, or the archive cannot be used (not an SQLite file, another program's database, "
    "a newer version, a full disk), or Dask is missing or its scheduler unreachable, or --merge "
    "finds no shards; 2 a malformed option (--jobs 0, --shards-only without --engine dask) or an "
    "empty path; 70 an internal error; 130/143 interrupted."
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
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article file, folder, or - for a list of paths")
    add_db(parser)
    parser.add_argument(
        "--prune",
        action="store_true",
        help="remove the archived articles whose files are gone from the folders given (without it they "
        "are kept, and counted in the summary)",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        default="1",
        metavar="N",
        help="analyse in N worker processes (at least 1; more than the CPUs is capped); with --engine dask "
        "and no --scheduler, the local cluster's workers",
    )
    parser.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: this machine's processes (default); dask: a Dask cluster whose workers write "
        "Parquet shards, merged into the archive (pip install 'reader[archive-cluster]')",
    )
    parser.add_argument(
        "--scheduler", metavar="ADDRESS", help="with --engine dask: the cluster's scheduler (tcp://HOST:8786)"
    )
    parser.add_argument(
        "--shards",
        metavar="FOLDER",
        help="with --engine dask: where the workers write their Parquet shards, a folder they all reach "
        "(default: FILE.shards beside the archive)",
    )
    parser.add_argument(
        "--shards-only",
        action="store_true",
        help="with --engine dask: the workers write the shards and the archive is left as it is (it only "
        "says which files are unchanged); load them later with --merge, or read them with DuckDB, Spark or "
        "pandas",
    )
    parser.add_argument("--batch", metavar="N", help="articles per task (default: 16 with --jobs, 128 with dask)")
    parser.add_argument(
        "--merge", metavar="SHARDS", help="load the Parquet shards of a --engine dask run into the archive"
    )


def run(args: argparse.Namespace) -> int:
    import sqlite3

    from reader.archive.indexer import index
    from reader.archive.schema import open_archive

    if bool(args.paths) == bool(args.merge):
        raise ReaderError("give PATHs to index, or --merge SHARDS, not both nor neither", exit_code=2)
    for path in args.paths:
        check_source(path)
    if args.engine != "dask" and (args.scheduler or args.shards or args.shards_only):
        raise ReaderError("--scheduler, --shards and --shards-only go with --engine dask", exit_code=2)
    if args.shards_only and (args.prune or args.merge):
        raise ReaderError("--shards-only leaves the archive as it is: not with --prune nor --merge", exit_code=2)
    db = chosen_db(args)
    jobs = _count("--jobs", args.jobs)
    batch = None if args.batch is None else _count("--batch", args.batch)
    if args.engine == "local" or not args.scheduler:
        jobs = capped_jobs(jobs)
    if args.engine == "dask" or args.merge:
        from reader.archive.cluster import require_dask, shard_names, start_fork_server

        require_dask()
        if args.merge:
            shard_names(args.merge)  # no shards there: said before any archive is made
        elif not args.scheduler:
            start_fork_server()  # the local workers' imports begin here, while the archive is opened and listed
    bar: _Bar | None = None

    def start(total: int) -> None:
        nonlocal bar
        if sys.stderr.isatty():  # a bar only for a person watching, never in a log or a pipe
            bar = _Bar(total)

    conn = open_archive(db)
    try:
        if args.merge:
            from reader.archive.cluster import merge

            summary = merge(
                args.merge,
                conn,
                db,
                on_start=start,
                on_skip=lambda message: _say(bar, message),
                on_done=lambda count: bar.advance(count) if bar is not None else None,
            )
        else:
            summary = index(
                args.paths,
                conn,
                db,
                jobs=jobs,
                engine=args.engine,
                scheduler=args.scheduler,
                shards=args.shards,
                batch=batch,
                prune=args.prune,
                shards_only=args.shards_only,
                on_start=start,
                on_skip=lambda message: _say(bar, message),
                on_done=lambda count: bar.advance(count) if bar is not None else None,
            )
    except sqlite3.Error as exc:
        raise ReaderError(f"{db}: {exc} (the articles indexed before are kept)") from None
    finally:
        if bar is not None:
            bar.stop()
        conn.close()
    print(summary.line(), file=sys.stderr)
    return _status(summary)


def _count(option: str, text: str) -> int:
    """A whole number of at least 1, or a one-line ``ReaderError`` (exit 2)."""
    try:
        value = int(text)
    except ValueError:
        raise ReaderError(f"{option} {text}: expected a whole number of at least 1", exit_code=2) from None
    if value < 1:
        raise ReaderError(f"{option} {text}: must be at least 1", exit_code=2)
    return value


def capped_jobs(requested: int) -> int:
    """``--jobs``, at most the CPUs this process may use (said in one line on stderr)."""
    import os

    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if requested > cpus:
        print(f"reader: --jobs {requested} is more than the {cpus} CPUs; using {cpus}", file=sys.stderr)
    return min(requested, cpus)


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

    def advance(self, count: int = 1) -> None:
        self._progress.advance(self._task, count)

    def print(self, line: str) -> None:
        self._progress.console.print(line, markup=False, highlight=False)

    def stop(self) -> None:
        self._progress.stop()
