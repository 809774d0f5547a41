"""``reader timeline FILE``: the timeline as a table in the terminal, Arabic laid out right-to-left."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from reader.commands.common import (
    add_layout_options,
    add_published,
    add_width,
    check_source,
    chosen_width,
    layout_options,
)
from reader.errors import ReaderError

if TYPE_CHECKING:  # the layout engine and the analysis load when the command runs, not for --help
    from reader.model import Analysis
    from reader.rtl import LayoutOptions

DATE_WIDTH = 22
TYPE_WIDTH = 10
SOURCE_WIDTH = 8
TABLE_OVERHEAD = 16  # five columns' padding and the box's edges and dividers
MIN_TABLE_WIDTH = 60


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "timeline",
        help="print the timeline as a table",
        description="Print the article's events in date order as a table: date, type, actor and the "
        "sentence that reports them. Undated events come last, 'reported on' the reference date. "
        "Dated sentences that report no typed event follow the events of their date, dimmed, as "
        "'other dated mentions'.",
    )
    parser.add_argument("file", metavar="FILE", help="article file, URL or - for stdin")
    parser.add_argument(
        "--no-mentions",
        dest="mentions",
        action="store_false",
        help="leave out the other dated mentions (dated sentences with no typed event)",
    )
    add_published(parser)
    add_width(parser, "table")
    add_layout_options(parser)


def cell(text: str, width: int, options: LayoutOptions) -> str:
    """``text`` laid out in a column ``width`` cells wide: visual order, right-aligned lines.

    With ``--bidi terminal`` the text stays in logical order, without its bidi embeddings,
    overrides and isolates: the table wraps a cell over several rows that also hold the other
    columns, so one left open on a row would reverse the next column's text.
    """
    if options.bidi == "terminal":
        from reader.decode import BIDI_CONTROLS

        return BIDI_CONTROLS.sub("", text)
    from reader.rtl import layout_paragraph

    return "\n".join(line.padded(width) for line in layout_paragraph(" ".join(text.split()), width, options))


def build_table(analysis: Analysis, width: int, options: LayoutOptions, mentions: bool = True):
    """The Rich table of the timeline, one row per event, a section per date group.

    With ``mentions``, each group's other dated mentions follow its events, dimmed, typed "mention".
    """
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from reader.timeline import group_events, quote

    fixed = DATE_WIDTH + TYPE_WIDTH + SOURCE_WIDTH + TABLE_OVERHEAD
    actor_width = max(10, (width - fixed) // 3)
    sentence_width = max(10, width - fixed - actor_width)
    title = analysis.article.meta.title or "Timeline"
    reference = analysis.reference.isoformat() if analysis.reference else "unknown"
    groups = group_events(analysis, mentions=mentions)
    caption = f"reference date {reference}; {len(analysis.events)} events"
    if mentions:
        caption += f", {sum(len(g.dated_sentences) for g in groups)} other dated mentions (dimmed)"
    table = Table(
        title=cell(title, width - 4, options),
        caption=caption,
        box=box.SIMPLE_HEAD,
        show_lines=False,
    )
    wrap = options.bidi == "terminal"
    table.add_column("date", width=DATE_WIDTH, no_wrap=not wrap)
    table.add_column("type", width=TYPE_WIDTH, no_wrap=True)
    table.add_column("dated by", width=SOURCE_WIDTH, no_wrap=True)
    table.add_column("actor", width=actor_width, no_wrap=not wrap, justify="right")
    table.add_column("sentence", width=sentence_width, no_wrap=not wrap, justify="right")
    sentences = analysis.article.sentences
    for group in groups:
        heading = Text(cell(group.label, DATE_WIDTH, options), style="bold" if group.dated and group.events else "dim")
        for index, event in enumerate(group.events):
            table.add_row(
                heading if index == 0 else Text(""),
                Text(event.type, style=f"bold {TYPE_COLOURS.get(event.type, 'white')}"),
                Text(DATE_SOURCE_LABELS[event.date_source], style="dim"),
                Text(cell(event.actor or "?", actor_width, options)),
                Text(cell(quote(sentences[event.sentence].text, 140), sentence_width, options), style="dim"),
            )
        for index, entry in enumerate(group.dated_sentences):
            table.add_row(
                heading if index == 0 and not group.events else Text(""),
                Text(MENTION_LABEL, style="italic"),  # marked even where a terminal draws no dim
                Text(DATE_SOURCE_LABELS["explicit"]),
                Text(""),
                Text(cell(quote(sentences[entry.sentence].text, 140), sentence_width, options)),
                style="dim",
            )
        table.add_section()
    return table


DATE_SOURCE_LABELS = {"explicit": "sentence", "context": "context", "none": "-"}
MENTION_LABEL = "mention"  # the type column of an other dated mention


TYPE_COLOURS = {
    "visit": "cyan",
    "meeting": "blue",
    "statement": "green",
    "accusation": "red",
    "denial": "magenta",
    "agreement": "bright_green",
    "warning": "yellow",
    "attack": "bright_red",
    "measure": "bright_magenta",
}


def run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from reader.analysis import analyse
    from reader.document import load
    from reader.rtl import bdsm_disable, bdsm_enable
    from reader.timeline import dated_sentences

    width = chosen_width(args, 100)
    if width < MIN_TABLE_WIDTH:
        raise ReaderError(f"--width must be at least {MIN_TABLE_WIDTH} for the table, got {width}")
    options = layout_options(args)
    analysis = analyse(load(check_source(args.file), args.published), args.published)
    console = Console(width=width, highlight=False, soft_wrap=False)
    escapes = options.bidi == "visual" and sys.stdout.isatty()
    if escapes:
        sys.stdout.write(bdsm_disable())
    try:
        if not analysis.events and not (args.mentions and dated_sentences(analysis)):
            console.print("No events found.")
        else:
            console.print(build_table(analysis, width, options, args.mentions))
    finally:
        if escapes:
            sys.stdout.write(bdsm_enable())
            sys.stdout.flush()
    return 0
