"""Arguments and helpers several subcommands share."""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
from collections.abc import Callable

from reader.errors import ReaderError

MAX_WIDTH = 1000  # cells: wider than any screen; more would only write padding
# reader.rtl's BIDI_ENV and BIDI_MODES, repeated so that building the parser (--help) does not load
# the layout engine; tests/test_startup.py checks they agree.
BIDI_ENV = "READER_BIDI"
BIDI_MODES = ("visual", "terminal")


def bounded_int(low: int, high: int | None = None) -> Callable[[str], int]:
    """argparse type for an integer in ``[low, high]`` (no upper bound when ``high`` is None)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
        if value < low or (high is not None and value > high):
            wanted = f"at least {low}" if high is None else f"between {low} and {high}"
            raise argparse.ArgumentTypeError(f"must be {wanted}, got {value}")
        return value

    return parse


def add_width(parser: argparse.ArgumentParser, what: str) -> None:
    """``--width N``: 1 to ``MAX_WIDTH`` cells; anything else is a usage error (exit 2)."""
    parser.add_argument(
        "--width",
        "-w",
        type=bounded_int(1, MAX_WIDTH),
        metavar="N",
        help=f"{what} width in cells, 1 to {MAX_WIDTH} (default: the terminal's)",
    )


def chosen_width(args: argparse.Namespace, fallback: int) -> int:
    """``--width``, else the terminal's width (capped at ``MAX_WIDTH``; ``COLUMNS`` may say anything)."""
    if args.width is not None:
        return args.width
    return min(shutil.get_terminal_size((fallback, 24)).columns, MAX_WIDTH)


def check_source(source: str) -> str:
    """An article argument as given; an empty one names no file (usage error, exit 2)."""
    if not source:
        raise ReaderError('"": an empty path names no file or folder', exit_code=2)
    return source


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
    parser.add_argument(
        "--bidi",
        choices=BIDI_MODES,
        default=None,
        help="visual: the reader reorders and joins Arabic itself (default); terminal: logical order, "
        f"for terminals that do bidi themselves (default from ${BIDI_ENV})",
    )
    parser.add_argument("--no-shape", dest="shape", action="store_false", help="do not join Arabic letters")
    parser.add_argument("--no-harakat", dest="harakat", action="store_false", help="hide harakat (short vowel marks)")


def add_lang(parser: argparse.ArgumentParser) -> None:
    """``--lang ar|en``: the language of labels, type names, dates and headings."""
    from reader.views.labels import LANG_ENV, LANGS

    parser.add_argument(
        "--lang",
        choices=LANGS,
        default=None,
        help=f"labels, event types, dates and headings in Arabic (ar) or English (en) (default: ${LANG_ENV}, "
        "else Arabic under an Arabic locale, else English)",
    )


def layout_options(args: argparse.Namespace):
    """The LayoutOptions the arguments of ``add_layout_options`` ask for."""
    from reader.rtl import LayoutOptions, default_bidi_mode

    return LayoutOptions(bidi=args.bidi or default_bidi_mode(), shape=args.shape, harakat=args.harakat)
