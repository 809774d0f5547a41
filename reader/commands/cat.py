"""``reader cat FILE``: print the article laid out right-to-left, for pipes and quick reading."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from itertools import islice
from typing import TYPE_CHECKING

from reader.commands.common import (
    BIDI_ENV,
    add_layout_options,
    add_width,
    check_source,
    chosen_width,
    layout_options,
)
from reader.errors import ReaderError

if TYPE_CHECKING:  # the layout engine loads when a command runs, not for --help
    from reader.model import Article
    from reader.rtl import LayoutOptions


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "cat",
        help="print the article laid out right-to-left",
        description="Print the article (title, then its paragraphs with a blank line between them) "
        "wrapped to the terminal's width. --bidi visual (the default) reorders and shapes the Arabic "
        "so any terminal shows it right-to-left and joined; --bidi terminal prints logical order for "
        f"terminals that do bidi themselves. The {BIDI_ENV} environment variable sets the default.",
    )
    parser.add_argument("file", metavar="FILE", help="article file, URL or - for stdin")
    add_width(parser, "line")
    add_layout_options(parser)


def paragraphs(article: Article) -> Iterator[tuple[str, int]]:
    """The texts to print, with their offsets into the body (the title's is -1; a plain file's
    headline is its first line, printed once)."""
    first = article.paragraphs[0] if article.paragraphs else None
    headline = first is not None and article.body[first.start : first.end].strip() == article.meta.title
    if article.meta.title and not headline:
        yield article.meta.title, -1
    for paragraph in article.paragraphs:
        yield article.body[paragraph.start : paragraph.end], paragraph.start


def render(article: Article, width: int, options: LayoutOptions) -> Iterator[str]:
    """The printed lines (no newline), a blank line between paragraphs.

    Each line closes the bidi embeddings, overrides and isolates it leaves open (``--bidi
    terminal`` keeps them, and a wrapped paragraph may close one on a later line), so none
    reverses the text after it in the terminal.
    """
    from reader.io.decode import close_bidi
    from reader.rtl import Paragraph

    terminal = options.bidi == "terminal"  # visual lines hold no bidi control: nothing to close
    for index, (text, offset) in enumerate(paragraphs(article)):
        if index:
            yield ""
        rows = Paragraph(text, options, max(offset, 0)).rows(width)
        yield from map(close_bidi, rows) if terminal else rows


def run(args: argparse.Namespace) -> int:
    from reader.io.document import load
    from reader.rtl import bdsm_disable, bdsm_enable
    from reader.rtl.wrap import MIN_WIDTH

    width = chosen_width(args, 80)
    if width < MIN_WIDTH:
        raise ReaderError(f"--width must be at least {MIN_WIDTH}, got {width}")
    options = layout_options(args)
    article = load(check_source(args.file), sentences=False)
    escapes = options.bidi == "visual" and sys.stdout.isatty()
    out = sys.stdout
    if escapes:
        out.write(bdsm_disable())
    try:
        lines = render(article, width, options)
        while chunk := list(islice(lines, 4096)):  # one write per few thousand lines
            out.write("\n".join(chunk) + "\n")
    finally:
        if escapes:
            out.write(bdsm_enable())
            out.flush()
    return 0
