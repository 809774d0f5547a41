"""The ``reader`` command line: ``reader [FILE...]`` opens the reader; subcommands do the rest.

Each subcommand lives in ``reader/commands/NAME.py`` with ``add_parser(subparsers)`` and
``run(args) -> int``. User errors (``ReaderError``) print one line on stderr and exit non-zero.

Exit statuses: 0 ok; 1 bad input, an I/O error, or some articles of a batch failed; 2 a malformed
option (argparse, or ``ReaderError(..., exit_code=2)``); 70 an internal error (a bug); 130 and 143
interrupted by SIGINT and SIGTERM (``Interrupted``, ``KeyboardInterrupt``).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from reader.errors import Interrupted, ReaderError

COMMANDS: tuple[str, ...] = ("open", "export", "cat", "timeline", "index", "query")
DEFAULT_COMMAND = "open"


def _available_commands() -> list[str]:
    names = []
    for name in COMMANDS:
        try:
            importlib.import_module(f"reader.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"reader.commands.{name}":
                raise
            continue
        names.append(name)
    return names


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand that is installed."""
    from reader import __version__

    parser = argparse.ArgumentParser(
        prog="reader",
        description="Read Arabic news in the terminal, right-to-left, beside a timeline of its events.",
        epilog="With no command, `reader [FILE...]` opens the reader (the bundled sample without FILE). "
        "Exit status: 0 ok; 1 bad input, an I/O error, or some articles of a batch failed; 2 a malformed "
        "option; 70 an internal error; 130/143 interrupted by SIGINT/SIGTERM.",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _available_commands():
        importlib.import_module(f"reader.commands.{name}").add_parser(subparsers)
    return parser


def _with_default_command(argv: list[str], commands: list[str]) -> list[str]:
    """``reader FILE`` means ``reader open FILE``."""
    if not argv:
        return [DEFAULT_COMMAND]
    first = argv[0]
    if first in commands or first in ("-h", "--help", "--version"):
        return argv
    return [DEFAULT_COMMAND, *argv]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    commands = list(parser._subparsers._group_actions[0].choices or ()) if parser._subparsers else []
    args = parser.parse_args(_with_default_command(args_list, commands))
    module = importlib.import_module(f"reader.commands.{args.command}")
    try:
        status = int(module.run(args) or 0)
    except ReaderError as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return exc.exit_code
    except Interrupted as exc:  # a write was cleaned up; the shell's convention, 128 + signal
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our pipe went away (`reader cat x | head`): not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug of ours: still one line unless asked for the traceback
        if os.environ.get("READER_DEBUG"):
            raise
        print(
            f"reader: internal error: {type(exc).__name__}: {exc} (READER_DEBUG=1 shows more)",
            file=sys.stderr,
        )
        return 70
    if argv is None and args.command == "open":
        _exit_now(status)
    if argv is None:
        _leave_heap()
    return status


def _leave_heap() -> None:
    """Spare the interpreter's exit its last garbage collection, a walk over every object: after
    ``reader index --engine dask`` that is Dask's, numpy's and tornado's modules (0.07-0.1 s of a
    run's wall time here; 0.02 s after a serial one), after ``reader export`` on the seed the
    analysis's tables and caches (0.03 s of 0.32 s). Nothing is collected after this; the program
    ends next, everything written closed (exports are written and renamed before a command
    returns). Only for the command line itself (``main()`` with no ``argv``): a caller's process
    keeps collecting."""
    import gc

    gc.freeze()


def _exit_now(status: int) -> None:
    """End the program at once after the reader closed (the terminal is restored by then): freeing
    the heap of a long article's analysis one object at a time would take Python most of a second."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


if __name__ == "__main__":
    raise SystemExit(main())
