"""``reader timeline FILE``: the timeline as a table in the terminal, Arabic laid out right-to-left."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from reader.commands.common import (
    add_lang,
    add_layout_options,
    add_published,
    add_width,
    check_source,
    chosen_width,
    layout_options,
)
from reader.errors import ReaderError

if TYPE_CHECKING:  # the layout engine and the analysis load when the command runs, not for --help
    from rich.console import JustifyMethod

    from reader.model import Analysis
    from reader.rtl import LayoutOptions

DATE_WIDTH = 22
TYPE_WIDTH = 10
SOURCE_WIDTH = 13
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
    add_lang(parser)


def cell(text: str, width: int, options: LayoutOptions) -> str:
    """``text`` laid out in a column ``width`` cells wide: visual order, right-aligned lines.

    With ``--bidi terminal`` the text stays in logical order, without its bidi embeddings,
    overrides and isolates: the table wraps a cell over several rows that also hold the other
    columns, so one left open on a row would reverse the next column's text.
    """
    if options.bidi == "terminal":
        from reader.io.decode import BIDI_CONTROLS

        return BIDI_CONTROLS.sub("", text)
    from reader.rtl import layout_paragraph

    return "\n".join(line.padded(width) for line in layout_paragraph(" ".join(text.split()), width, options))


def build_table(analysis: Analysis, width: int, options: LayoutOptions, mentions: bool = True, lang: str = "en"):
    """The Rich table of the timeline, one row per event, a section per date group.

    With ``mentions``, each group's other dated mentions follow its events, dimmed, typed "mention".
    Dates, types and how each event was dated are words in ``lang`` (the TUI's and the Markdown's);
    in Arabic the columns run from the right (date first, sentence last).
    """
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from reader.views.labels import day_words, group_words, no_actor, source_tag, type_name, ui
    from reader.views.timeline import group_events, quote

    fixed = DATE_WIDTH + TYPE_WIDTH + SOURCE_WIDTH + TABLE_OVERHEAD
    actor_width = max(10, (width - fixed) // 3)
    sentence_width = max(10, width - fixed - actor_width)
    title = analysis.article.meta.title or ui("timeline", lang)
    groups = group_events(analysis, mentions=mentions)
    reference = day_words(analysis.reference, lang) if analysis.reference else ui("unknown", lang)
    caption = ui("table caption", lang, reference=reference, events=len(analysis.events))
    if mentions:
        caption += ui("table mentions", lang, n=sum(len(g.dated_sentences) for g in groups))
    table = Table(
        title=cell(title, width - 4, options),
        caption=cell(caption, width - 4, options) if lang == "ar" else caption,
        box=box.SIMPLE_HEAD,
        show_lines=False,
    )
    wrap = options.bidi == "terminal"
    columns: list[tuple[str, int, bool, JustifyMethod]] = [  # header, width, no_wrap, justify
        (ui("when", lang), DATE_WIDTH, not wrap, "left"),
        (ui("type", lang), TYPE_WIDTH, True, "left"),
        (ui("how dated", lang), SOURCE_WIDTH, True, "left"),
        (ui("who", lang), actor_width, not wrap, "right"),
        (ui("sentence", lang), sentence_width, not wrap, "right"),
    ]
    rtl = lang == "ar"
    for header, column_width, no_wrap, justify in reversed(columns) if rtl else columns:
        if rtl:  # every column reads from the right
            header, justify = cell(header, column_width, options).strip(), "right"
        table.add_column(header, width=column_width, no_wrap=no_wrap, justify=justify)

    def row(*cells, style: str | None = None) -> None:
        table.add_row(*(reversed(cells) if rtl else cells), style=style)

    def short(text: str, cells: int) -> Text:
        return Text(cell(text, cells, options).strip() if rtl else text)

    sentences = analysis.article.sentences
    for group in groups:
        label = cell(group_words(group, analysis, lang), DATE_WIDTH, options)
        heading = Text(label, style="bold" if group.dated and group.events else "dim")
        for index, event in enumerate(group.events):
            kind = short(type_name(event.type, lang), TYPE_WIDTH)
            kind.stylize(f"bold {TYPE_COLOURS.get(event.type, 'white')}")
            tag = short(source_tag(event.date_source, lang), SOURCE_WIDTH)
            tag.stylize("dim")
            row(
                heading if index == 0 else Text(""),
                kind,
                tag,
                Text(cell(event.actor or no_actor(lang), actor_width, options)),
                Text(cell(quote(sentences[event.sentence].text, 140), sentence_width, options), style="dim"),
            )
        for index, entry in enumerate(group.dated_sentences):
            kind = short(ui("mention tag", lang), TYPE_WIDTH)
            kind.stylize("italic")  # marked even where a terminal draws no dim
            row(
                heading if index == 0 and not group.events else Text(""),
                kind,
                short(source_tag("explicit", lang), SOURCE_WIDTH),
                Text(""),
                Text(cell(quote(sentences[entry.sentence].text, 140), sentence_width, options)),
                style="dim",
            )
        table.add_section()
    return table


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
    from reader.io.document import load
    from reader.rtl import bdsm_disable, bdsm_enable
    from reader.views.labels import check_lang, ui
    from reader.views.timeline import dated_sentences

    lang = check_lang(args.lang)
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
            console.print(cell(ui("no events found", lang), width, options) if lang == "ar" else "No events found.")
        else:
            console.print(build_table(analysis, width, options, args.mentions, lang))
    finally:
        if escapes:
            sys.stdout.write(bdsm_enable())
            sys.stdout.flush()
    return 0
