"""``reader [FILE...]``: open the reader; no FILE opens the bundled sample, several a list to pick from."""

from __future__ import annotations

import argparse
import os
import sys

from reader.commands.common import add_lang, add_layout_options, add_published
from reader.commands.open_query import add_query_options, wanted
from reader.errors import ReaderError

BIDI_MODES = ("visual", "terminal")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "open",
        help="open articles in the reader (the default command)",
        description="Open the reader: the article right-to-left beside its timeline. With no FILE, the "
        "bundled sample; with several files or a folder, a list to pick from.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="article file, folder, URL or - (default: the sample)")
    add_layout_options(parser)
    add_published(parser)
    add_lang(parser)
    add_query_options(parser)


def run(args: argparse.Namespace) -> int:
    if wanted(args):  # reader --db FILE --query ...: the archive's events, not an article
        from reader.commands.open_query import run as run_query

        return run_query(args)
    from reader.commands.export import expand_sources
    from reader.io.document import load, seed_path

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

    process = None
    if article is not None:  # the analysis process loads its tables while Textual loads and paints
        from reader.analysis import CHUNK_SENTENCES
        from reader.ui.analysis_process import AnalysisProcess

        process = AnalysisProcess(article, args.published, CHUNK_SENTENCES)

    from reader.rtl import bdsm_disable, bdsm_enable, default_bidi_mode
    from reader.ui.app import ReaderApp

    bidi = args.bidi or default_bidi_mode()
    app = ReaderApp(
        article,
        sources,
        bidi=bidi,
        shape=args.shape,
        harakat=args.harakat,
        published=args.published,
        lang=args.lang,
        process=process,
    )
    visual = bidi == "visual"
    if visual:  # the reader reorders and joins: a bidi-aware terminal must not do it again
        sys.stdout.write(bdsm_disable())
        sys.stdout.flush()
    try:
        app.run()
    finally:
        if process is not None:
            process.kill()  # gone already, unless the app never started
        if visual:
            sys.stdout.write(bdsm_enable())
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
