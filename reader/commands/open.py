"""``reader [FILE...]``: open the reader; no FILE opens the bundled sample, several a list to pick from."""

from __future__ import annotations

import argparse
import os
import sys

from reader.commands.common import add_published
from reader.errors import ReaderError

BIDI_MODES = ("visual", "terminal")
# The terminal-wg bidi recommendation's BDSM: reset (l) = the application lays out the text
# itself, set (h) = the terminal does its implicit bidi again.
BDSM_APP = "\x1b[8l"
BDSM_TERMINAL = "\x1b[8h"


def _default_bidi() -> str:
    value = os.environ.get("READER_BIDI", "visual").strip().lower()
    return value if value in BIDI_MODES else "visual"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "open",
        help="open articles in the reader (the default command)",
        description="Open the reader: the article right-to-left beside its timeline. With no FILE, the "
        "bundled sample; with several files or a folder, a list to pick from.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="article file, folder, URL or - (default: the sample)")
    parser.add_argument(
        "--bidi",
        choices=BIDI_MODES,
        default=_default_bidi(),
        help="visual: the reader reorders and joins Arabic itself (default, READER_BIDI); "
        "terminal: leave both to a bidi-aware terminal",
    )
    parser.add_argument("--no-shape", dest="shape", action="store_false", help="do not join Arabic letters")
    add_published(parser)


def run(args: argparse.Namespace) -> int:
    from reader.commands.export import expand_sources
    from reader.document import load, seed_path

    sources = expand_sources(args.files) if args.files else [str(seed_path())]
    single = len(sources) == 1 and not (args.files and os.path.isdir(args.files[0]))
    if "-" in sources and not single:
        raise ReaderError("stdin (-) can only be opened alone")
    # Load before the terminal switches to the app, so a bad file is a one-line error.
    article = load(sources[0], args.published) if single else None
    if article is not None and sources[0] == "-":
        _reattach_stdin()
    if not (sys.stdout.isatty() and sys.stdin.isatty()) and not os.environ.get("READER_FORCE_TUI"):
        raise ReaderError("the reader needs a terminal; use `reader cat` or `reader export` in pipes")

    from reader.ui.app import ReaderApp

    app = ReaderApp(article, sources, bidi=args.bidi, shape=args.shape, published=args.published)
    visual = args.bidi == "visual"
    if visual:
        sys.stdout.write(BDSM_APP)
        sys.stdout.flush()
    try:
        app.run()
    finally:
        if visual:
            sys.stdout.write(BDSM_TERMINAL)
            sys.stdout.flush()
    return app.return_code or 0


def _reattach_stdin() -> None:
    """After reading the article from a pipe, take keys from the terminal."""
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise ReaderError("stdin was the article and there is no terminal to read keys from") from None
    os.dup2(tty, 0)
    os.close(tty)
    sys.stdin = open(0, closefd=False)  # noqa: SIM115 - the process's stdin for its lifetime
