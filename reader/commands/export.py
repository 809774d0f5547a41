"""``reader export FILE... --format json|md``: the timeline for notes (Markdown) and tools (JSON)."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import itertools
import os
import signal
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.commands.common import add_lang, add_published, bounded_int, check_source
from reader.errors import ReaderError

if TYPE_CHECKING:  # loaded when used, so that `reader --help` stays fast
    from concurrent.futures import ProcessPoolExecutor

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
STDOUT = "-"

EPILOG = (
    "Several articles: each one that fails (a bad file, an output that cannot be written) is "
    "reported on stderr as 'reader: SOURCE: reason' and the others are still exported. Exit "
    "status: 0 all exported; 1 bad input, an I/O error, or some articles failed; 2 a malformed "
    "option or an empty path; 70 an internal error; 130/143 interrupted (SIGINT/SIGTERM; nothing "
    "half-written is left)."
)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="print or write the timeline as JSON or Markdown",
        description="Export the timeline of one or more articles. One article prints one JSON "
        "object (or Markdown); several articles or a folder print JSON Lines, one object per "
        "article, or with --format md need -o FOLDER and write one file per article.",
        epilog=EPILOG,
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="article file, folder, URL or - for stdin")
    parser.add_argument("--format", "-f", choices=("json", "md"), default="json", help="output format")
    add_published(parser)
    add_lang(parser)
    parser.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="write to PATH instead of stdout (- is stdout). Several articles: a name with a suffix "
        "(all.jsonl) is one JSON Lines file; NAME/, an existing folder or a name without a suffix is "
        "a folder with one file per article. Only a regular file is ever replaced, and only with --force",
    )
    parser.add_argument("--force", action="store_true", help="overwrite existing output files (regular files only)")
    parser.add_argument(
        "--jobs",
        "-j",
        type=bounded_int(1),
        default=1,
        metavar="N",
        help="analyse N articles at once (at least 1; more than the CPUs is capped)",
    )


def _lang(args: argparse.Namespace) -> str:
    from reader.views.labels import check_lang

    return check_lang(getattr(args, "lang", None))


def expand_sources(sources: list[str], failures: list[str] | None = None) -> list[str]:
    """Files, URLs and stdin as given; a folder becomes its article files in name order.

    A folder that cannot be read or holds no article is a ``ReaderError``, or with ``failures``
    a message appended there (so that the other sources still go ahead).
    """
    expanded: list[str] = []
    for source in sources:
        check_source(source)
        if not is_folder(source):
            expanded.append(source)
            continue
        try:
            expanded.extend(folder_articles(source))
        except ReaderError as exc:
            if failures is None:
                raise
            failures.append(str(exc))
    return expanded


def is_folder(source: str) -> bool:
    """Whether an article argument names a folder (not stdin, not a URL)."""
    return source != STDOUT and not source.startswith(("http://", "https://")) and os.path.isdir(source)


def folder_articles(folder: str) -> list[str]:
    """The article files of ``folder``, in name order."""
    try:
        found = sorted(str(p) for p in Path(folder).iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
    except OSError as exc:
        raise ReaderError(f"{folder}: cannot read the folder: {exc.strerror or exc}") from None
    if not found:
        raise ReaderError(f"{folder}: is a directory with no article files (.txt, .md, .html)")
    return found


def render(source: str, fmt: str, published: dt.date | None, indent: int | None = 2, lang: str = "en") -> str:
    """Load, analyse and render one article (a top-level function, so processes can run it);
    ``lang`` is the Markdown's language (JSON has none)."""
    return "".join(render_pieces(source, fmt, published, indent, lang))


def render_pieces(
    source: str, fmt: str, published: dt.date | None, indent: int | None = 2, lang: str = "en"
) -> Iterator[str]:
    """``render`` in pieces, to be written as they come (a long article's JSON is never one string).

    The article is loaded and analysed before the first piece is asked for: an error comes first.
    """
    from reader.analysis import analyse
    from reader.io.document import load

    analysis = analyse(load(source, published), published)
    if fmt == "md":
        from reader.exports.markdown import to_markdown

        return iter((to_markdown(analysis, lang),))
    from reader.exports.json_export import json_pieces

    return json_pieces(analysis, indent=indent)


@dataclass(frozen=True)
class Outcome:
    """One article of a batch: its export, or the one-line reason it failed."""

    source: str
    text: str = ""
    error: str | None = None
    internal: bool = False


def render_outcome(source: str, fmt: str, published: dt.date | None, indent: int | None, lang: str = "en") -> Outcome:
    """``render`` that reports failure instead of raising (run in worker processes)."""
    try:
        return Outcome(source, render(source, fmt, published, indent, lang))
    except ReaderError as exc:
        return Outcome(source, error=str(exc))
    except Exception as exc:  # a bug of ours: this article fails, the others go on
        if os.environ.get("READER_DEBUG"):
            raise
        return Outcome(source, error=f"{_shown(source)}: internal error: {type(exc).__name__}: {exc}", internal=True)


def _shown(source: str) -> str:
    """A source as messages may show it: a URL's password replaced by ``***``."""
    from reader.io.fetch import is_url, redact

    return redact(source) if is_url(source) else source


def output_name(source: str, fmt: str) -> str:
    """The file name an article's export gets inside an output folder (a URL's host and path, never
    its user or password)."""
    if source == "-":
        return f"stdin.{fmt}"
    if source.startswith(("http://", "https://")):
        from urllib.parse import urlsplit

        parts = urlsplit(source)
        source = (parts.hostname or "") + parts.path
    stem = Path(source.rstrip("/").split("?")[0]).stem or "article"
    return f"{stem}.{fmt}"


def run(args: argparse.Namespace) -> int:
    if args.output == "":
        raise ReaderError('-o "": an empty path names no file or folder', exit_code=2)
    several = len(args.files) > 1
    failures: list[str] = []
    sources = expand_sources(args.files, failures if several else None)
    if not several and len(sources) == 1 and not is_folder(args.files[0]):
        return _run_single(sources[0], args)
    tally = Tally()
    for failure in failures:
        tally.fail(failure)
    if sources:
        _run_batch(sources, args, tally)
    return tally.status()


def _run_single(source: str, args: argparse.Namespace) -> int:
    from reader.io.fileio import write_atomic

    pieces = itertools.chain(render_pieces(source, args.format, args.published, lang=_lang(args)), ("\n",))
    if args.output in (None, STDOUT):
        for piece in pieces:
            sys.stdout.write(piece)
    else:
        target = write_atomic(args.output, pieces, force=args.force)
        print(f"wrote {target}", file=sys.stderr)
    return 0


@dataclass
class Tally:
    """What a batch did: how many articles were exported, how many failed (each said once)."""

    exported: int = 0
    failed: int = 0
    internal: bool = False

    def fail(self, message: str, internal: bool = False) -> None:
        print(f"reader: {message}", file=sys.stderr)
        self.failed += 1
        self.internal = self.internal or internal

    def status(self) -> int:
        """70 if a bug of ours lost an article, 1 if anything else failed, else 0."""
        return 70 if self.internal else 1 if self.failed else 0


def _run_batch(sources: list[str], args: argparse.Namespace, tally: Tally) -> None:
    kind, path = batch_destination(args.output, args.format)
    jobs = capped_jobs(args.jobs, len(sources))
    if kind == "stdout":
        _batch_to_stdout(sources, args, jobs, tally)
    elif kind == "file":
        _batch_to_file(path, sources, args, jobs, tally)
    else:
        _batch_to_folder(path, sources, args, jobs, tally)


def batch_destination(output: str | None, fmt: str) -> tuple[str, Path]:
    """Where several articles go: ("stdout" | "file" | "folder", path).

    ``NAME/``, an existing folder and a name without a suffix are folders; a name with a suffix
    (``all.jsonl``) is one JSON Lines file. Markdown needs a folder.
    """
    if output in (None, STDOUT):
        if fmt == "md":
            raise ReaderError("--format md with several articles needs -o FOLDER", exit_code=2)
        return "stdout", Path(STDOUT)
    path = Path(output)
    if output.endswith(("/", os.sep)) or os.path.isdir(output) or not path.suffix:
        return "folder", path
    if fmt == "md":
        raise ReaderError(
            f"--format md with several articles needs -o FOLDER; {output} names a file (end it with / for a folder)",
            exit_code=2,
        )
    return "file", path


def capped_jobs(requested: int, articles: int) -> int:
    """``--jobs``, at most the CPUs this process may use (said once on stderr) and the articles."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if requested > cpus:
        print(f"reader: --jobs {requested} is more than the {cpus} CPUs; using {cpus}", file=sys.stderr)
    return max(1, min(requested, cpus, articles))


def _batch_to_stdout(sources: list[str], args: argparse.Namespace, jobs: int, tally: Tally) -> None:
    with outcomes(sources, args, None, jobs) as results:
        for outcome in results:
            if outcome.error is not None:
                tally.fail(outcome.error, outcome.internal)
            else:
                sys.stdout.write(outcome.text + "\n")
                tally.exported += 1


def _batch_to_file(path: Path, sources: list[str], args: argparse.Namespace, jobs: int, tally: Tally) -> None:
    from reader.io.fileio import write_atomic

    def lines() -> Iterator[str]:
        with outcomes(sources, args, None, jobs) as results:
            for outcome in results:
                if outcome.error is not None:
                    tally.fail(outcome.error, outcome.internal)
                else:
                    tally.exported += 1
                    yield outcome.text + "\n"
        if not tally.exported:
            raise ReaderError(f"{path}: not written: no article could be exported")

    target = write_atomic(path, lines(), force=args.force)
    print(f"wrote {target} ({tally.exported} of {len(sources)} articles)", file=sys.stderr)


def _batch_to_folder(folder: Path, sources: list[str], args: argparse.Namespace, jobs: int, tally: Tally) -> None:
    from reader.io.fileio import write_atomic

    make_folder(folder)
    written: set[Path] = set()
    with outcomes(sources, args, 2, jobs) as results:
        for outcome in results:
            if outcome.error is not None:
                tally.fail(outcome.error, outcome.internal)
                continue
            target = folder / output_name(outcome.source, args.format)
            if target in written:
                tally.fail(f"{_shown(outcome.source)}: {target} was already written for another article; not replaced")
                continue
            try:
                write_atomic(target, outcome.text + "\n", force=args.force)
            except ReaderError as exc:
                tally.fail(f"{_shown(outcome.source)}: {exc}")
                continue
            written.add(target)
            tally.exported += 1
            print(f"wrote {target}", file=sys.stderr)


def make_folder(folder: Path) -> None:
    """Create the output folder (and its parents) unless it is there; one-line errors."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise ReaderError(f"{folder}: exists and is not a folder") from None
    except OSError as exc:
        raise ReaderError(f"{folder}: cannot create the folder: {exc.strerror or exc}") from None


@contextlib.contextmanager
def outcomes(
    sources: list[str], args: argparse.Namespace, indent: int | None, jobs: int
) -> Iterator[Iterator[Outcome]]:
    """The articles' outcomes in order, rendered here or by ``jobs`` worker processes.

    The pool is a context manager, so it is shut down before the command returns (an exception
    or a signal stops the workers at once rather than waiting for their articles).
    """
    work = [(source, args.format, args.published, indent, _lang(args)) for source in sources]
    if jobs == 1:
        yield (render_outcome(*item) for item in work)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init) as pool:
        try:
            yield pool.map(render_outcome, *zip(*work, strict=True))
        except BaseException:
            _stop(pool)
            raise


def _worker_init() -> None:
    """Workers leave SIGINT to the main process and die on SIGTERM (not the writer's handler)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Cancel what has not started and end the workers (the executor has no public way to)."""
    pool.shutdown(wait=False, cancel_futures=True)
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(Exception):
            process.terminate()
