"""``reader query [TEXT] [filters]``: events across the archive in date order, with their sentences."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from reader.commands.common import add_lang, add_layout_options, add_width, bounded_int, chosen_width, layout_options
from reader.commands.index import add_db, chosen_db
from reader.errors import ReaderError

if TYPE_CHECKING:
    from rich.text import JustifyMethod

    from reader.archive.queries import ArchivedEvent
    from reader.rtl import LayoutOptions

EPILOG = (
    "TEXT is found in the event's sentence as the reader's search finds it: alef forms, ta marbuta "
    "and ha, alef maqsura and ya, harakat and tatweel are one. --from/--to keep events whose whole "
    "date lies in the range (YYYY, YYYY-MM or YYYY-MM-DD); undated events then drop out. Exit "
    "status: 0 done (also when nothing matches); 1 no archive at --db, or one that cannot be read; "
    "2 a malformed option."
)
DATE_WIDTH = 22
TYPE_WIDTH = 10
MIN_TABLE_WIDTH = 60


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "query",
        help="find events across the archive made by `reader index`",
        description="List the archive's events that match every filter, in date order (undated last), "
        "each with its article and the sentence that reports it.",
        epilog=EPILOG,
    )
    parser.add_argument("text", nargs="?", metavar="TEXT", help="words the event's sentence holds (Arabic folded)")
    add_db(parser)
    parser.add_argument("--type", "-t", metavar="T", help="event type, or several separated by commas")
    parser.add_argument("--actor", "-a", metavar="A", help="words the event's actor holds (folded like TEXT)")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="events dated on or after DATE")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="events dated on or before DATE")
    parser.add_argument("--source", "-s", metavar="S", help="words of the article's source, or part of its path")
    parser.add_argument("--format", "-f", choices=("table", "json", "md"), default="table", help="output format")
    parser.add_argument("--limit", "-n", type=bounded_int(1), metavar="N", help="at most N events")
    add_width(parser, "table")
    add_layout_options(parser)
    add_lang(parser)


def run(args: argparse.Namespace) -> int:
    from reader.archive.queries import date_bound, event_types, query_file
    from reader.views.labels import check_lang

    lang = check_lang(args.lang)
    # the options are checked before the archive is opened: a malformed one is exit 2 whatever --db is
    event_types(args.type)
    date_bound(args.date_from, False, "--from")
    date_bound(args.date_to, True, "--to")
    db = chosen_db(args)
    events = query_file(
        db,
        args.text,
        type=args.type,
        actor=args.actor,
        date_from=args.date_from,
        date_to=args.date_to,
        source=args.source,
        limit=args.limit,
    )
    if args.format == "json":
        from reader.archive.render import json_lines

        sys.stdout.writelines(json_lines(events))
    elif args.format == "md":
        from reader.archive.render import to_markdown

        sys.stdout.write(to_markdown(events, _filters(args), lang))
    else:
        _print_table(events, args, lang)
    return 0


def _filters(args: argparse.Namespace) -> str:
    """The query as one line: ``«TEXT» · type visit · actor X · from 2023 · to 2024``."""
    parts = [f"«{args.text}»"] if args.text else []
    for name, value in (
        ("type", args.type),
        ("actor", args.actor),
        ("from", args.date_from),
        ("to", args.date_to),
        ("source", args.source),
        ("limit", args.limit),
    ):
        if value is not None:
            parts.append(f"{name} {value}")
    return " · ".join(parts)


def _print_table(events: list[ArchivedEvent], args: argparse.Namespace, lang: str) -> None:
    from rich.console import Console

    from reader.rtl import bdsm_disable, bdsm_enable
    from reader.views.labels import ui

    width = chosen_width(args, 120)
    if width < MIN_TABLE_WIDTH:
        raise ReaderError(f"--width must be at least {MIN_TABLE_WIDTH} for the table, got {width}", exit_code=2)
    options = layout_options(args)
    console = Console(width=width, highlight=False, soft_wrap=False)
    escapes = options.bidi == "visual" and sys.stdout.isatty()
    if escapes:
        sys.stdout.write(bdsm_disable())
    try:
        if not events:
            console.print(ui("no events found", lang) if lang == "ar" else "No events found.")
        else:
            console.print(build_table(events, width, options, lang))
    finally:
        if escapes:
            sys.stdout.write(bdsm_enable())
            sys.stdout.flush()


def build_table(events: list[ArchivedEvent], width: int, options: LayoutOptions, lang: str = "en"):
    """A Rich table of the events: date, type, actor, sentence, article; a section per date."""
    from itertools import groupby
    from pathlib import Path

    from rich import box
    from rich.table import Table
    from rich.text import Text

    from reader.archive.render import group_key, group_label
    from reader.commands.timeline import TYPE_COLOURS, cell
    from reader.views.labels import no_actor, type_name, ui
    from reader.views.timeline import quote

    fixed = DATE_WIDTH + TYPE_WIDTH + 16
    rest = width - fixed
    actor_width = max(10, rest // 5)
    article_width = max(10, rest // 5)
    sentence_width = max(10, rest - actor_width - article_width)
    rtl = lang == "ar"
    table = Table(box=box.SIMPLE_HEAD, caption=f"{len(events)} events")
    columns = [
        (ui("when", lang), DATE_WIDTH),
        (ui("type", lang), TYPE_WIDTH),
        (ui("who", lang), actor_width),
        (ui("sentence", lang), sentence_width),
        ("article" if not rtl else "الخبر", article_width),
    ]
    for header, column_width in reversed(columns) if rtl else columns:
        justify: JustifyMethod = "right" if rtl or header in (ui("who", lang), ui("sentence", lang)) else "left"
        shown = cell(header, column_width, options).strip() if rtl else header
        table.add_column(shown, width=column_width, no_wrap=options.bidi != "terminal", justify=justify)
    for key, items in groupby(events, key=group_key):
        label = Text(cell(group_label(key, lang), DATE_WIDTH, options), style="bold")
        for n, event in enumerate(items):
            kind = Text(
                cell(type_name(event.type, lang), TYPE_WIDTH, options).strip() if rtl else type_name(event.type, lang)
            )
            kind.stylize(f"bold {TYPE_COLOURS.get(event.type, 'white')}")
            article = event.article.title or Path(event.article.path).name
            cells = [
                label if n == 0 else Text(""),
                kind,
                Text(cell(event.actor or no_actor(lang), actor_width, options)),
                Text(cell(quote(event.sentence_text, 140), sentence_width, options), style="dim"),
                Text(cell(quote(article, 60), article_width, options)),
            ]
            table.add_row(*(reversed(cells) if rtl else cells))
        table.add_section()
    return table
