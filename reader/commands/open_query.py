"""``reader --db FILE --query [TEXT] [filters]``: the reader opened on a query of the archive.

The options are ``reader query``'s (``--type``, ``--actor``, ``--from``, ``--to``, ``--source``),
checked the same way before the archive is opened and before the terminal is touched: a malformed
one is one line and exit 2, a missing archive one line and exit 1.
"""

from __future__ import annotations

import argparse
import sys

from reader.commands.index import add_db
from reader.errors import ReaderError

FILTERS = ("type", "actor", "date_from", "date_to", "source")


def add_query_options(parser: argparse.ArgumentParser) -> None:
    """``--query [TEXT]`` and the filters of ``reader query``, on the reader's own command."""
    group = parser.add_argument_group(
        "the archive",
        "open a query's results, across the articles `reader index` analysed, instead of an article",
    )
    group.add_argument(
        "--query",
        nargs="?",
        const="",
        metavar="TEXT",
        help="list the archive's events whose sentence holds TEXT (every event without TEXT)",
    )
    add_db(group)  # type: ignore[arg-type]
    group.add_argument("--type", metavar="T", help="with --query: event type, or several separated by commas")
    group.add_argument("--actor", metavar="A", help="with --query: words the event's actor holds")
    group.add_argument("--from", dest="date_from", metavar="DATE", help="with --query: dated on or after DATE")
    group.add_argument("--to", dest="date_to", metavar="DATE", help="with --query: dated on or before DATE")
    group.add_argument("--source", metavar="S", help="with --query: words of the article's source, or part of its path")


def wanted(args: argparse.Namespace) -> bool:
    """Whether the command line asks for the archive (``--query``, ``--db`` or a filter)."""
    return args.query is not None or args.db is not None or any(getattr(args, f) is not None for f in FILTERS)


def run(args: argparse.Namespace) -> int:
    """Check the options, run the query, then open the reader on its results."""
    import os

    from reader.archive.browse import Filters, find
    from reader.commands.index import chosen_db
    from reader.views.labels import check_lang

    if args.query is None:
        given = "--db" if args.db is not None else "--" + next(f for f in FILTERS if getattr(args, f) is not None)
        raise ReaderError(
            f"{given.replace('date_', '')}: only with --query (reader --db FILE --query [TEXT])", exit_code=2
        )
    if args.files:
        raise ReaderError("--query opens the archive, not FILE: give one or the other", exit_code=2)
    check_lang(args.lang)
    filters = Filters(args.query or None, args.type, args.actor, args.date_from, args.date_to, args.source)
    filters.check(cli=True)
    db = chosen_db(args)
    results = find(db, filters)
    if not (sys.stdout.isatty() and sys.stdin.isatty()) and not os.environ.get("READER_FORCE_TUI"):
        raise ReaderError("the reader needs a terminal; use `reader query` in pipes")

    from reader.rtl import bdsm_disable, bdsm_enable, default_bidi_mode
    from reader.ui.query_view import QueryApp

    bidi = args.bidi or default_bidi_mode()
    app = QueryApp(db, filters, results, bidi=bidi, shape=args.shape, harakat=args.harakat, lang=args.lang)
    if bidi == "visual":  # the reader reorders and joins: a bidi-aware terminal must not do it again
        sys.stdout.write(bdsm_disable())
        sys.stdout.flush()
    try:
        app.run()
    finally:
        if bidi == "visual":
            sys.stdout.write(bdsm_enable())
            sys.stdout.flush()
    return app.return_code or 0
