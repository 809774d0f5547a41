"""``reader [FILE...]``: open the reader (until the TUI lands, print the article's JSON)."""

from __future__ import annotations

import argparse
import sys

from reader.commands.common import add_published


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("open", help="open articles in the reader (the default command)")
    parser.add_argument("files", nargs="*", metavar="FILE", help="article file, folder, URL or - (default: the sample)")
    add_published(parser)


def run(args: argparse.Namespace) -> int:
    from reader.commands.export import render

    source = args.files[0] if args.files else None
    if source is None:
        from reader.document import seed_path

        source = str(seed_path())
    sys.stdout.write(render(source, "json", args.published) + "\n")
    return 0
