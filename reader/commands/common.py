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
