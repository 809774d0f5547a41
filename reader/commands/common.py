"""Arguments and helpers several subcommands share."""

from __future__ import annotations

import argparse
import datetime as dt


def iso_date(text: str) -> dt.date:
    """argparse type for ``--published YYYY-MM-DD``."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def add_published(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--published",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="reference date for relative dates (wins over the article's own date)",
    )


def add_layout_options(parser: argparse.ArgumentParser) -> None:
    """``--bidi visual|terminal``, ``--no-shape``, ``--no-harakat``: how Arabic is shown."""
    from reader.rtl import BIDI_ENV, BIDI_MODES

    parser.add_argument(
        "--bidi",
        choices=BIDI_MODES,
        default=None,
        help="visual: the reader reorders and joins Arabic itself (default); terminal: logical order, "
        f"for terminals that do bidi themselves (default from ${BIDI_ENV})",
    )
    parser.add_argument("--no-shape", dest="shape", action="store_false", help="do not join Arabic letters")
    parser.add_argument("--no-harakat", dest="harakat", action="store_false", help="hide harakat (short vowel marks)")


def layout_options(args: argparse.Namespace):
    """The LayoutOptions the arguments of ``add_layout_options`` ask for."""
    from reader.rtl import LayoutOptions, default_bidi_mode

    return LayoutOptions(bidi=args.bidi or default_bidi_mode(), shape=args.shape, harakat=args.harakat)
