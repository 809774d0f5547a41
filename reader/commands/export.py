"""``reader export FILE... --format json|md``: the timeline for notes (Markdown) and tools (JSON)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from reader.commands.common import add_published
from reader.errors import ReaderError
from reader.fileio import write_atomic

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="print or write the timeline as JSON or Markdown",
        description="Export the timeline of one or more articles. One article prints one JSON "
        "object (or Markdown); several articles or a folder print JSON Lines, one object per "
        "article, or with --format md need -o FOLDER and write one file per article.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="article file, folder, URL or - for stdin")
    parser.add_argument("--format", "-f", choices=("json", "md"), default="json", help="output format")
    add_published(parser)
    parser.add_argument("-o", "--output", metavar="PATH", help="write to PATH (a folder for several articles)")
    parser.add_argument("--force", action="store_true", help="overwrite existing output files")
    parser.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="analyse N articles at once")


def expand_sources(sources: list[str]) -> list[str]:
    """Files, URLs and stdin as given; a folder becomes its article files in name order."""
    expanded: list[str] = []
    for source in sources:
        path = Path(source)
        if source != "-" and not source.startswith(("http://", "https://")) and path.is_dir():
            found = sorted(str(p) for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                raise ReaderError(f"{source}: is a directory with no article files (.txt, .md, .html)")
            expanded.extend(found)
        else:
            expanded.append(source)
    return expanded


def render(source: str, fmt: str, published: dt.date | None, indent: int | None = 2) -> str:
    """Load, analyse and render one article (a top-level function, so processes can run it)."""
    from reader.analysis import analyse
    from reader.document import load

    analysis = analyse(load(source, published), published)
    if fmt == "md":
        from reader.export_md import to_markdown

        return to_markdown(analysis)
    from reader.export_json import to_json

    return to_json(analysis, indent=indent)


def _render_safe(source: str, fmt: str, published: dt.date | None, indent: int | None) -> tuple[str, str | None]:
    try:
        return render(source, fmt, published, indent), None
    except ReaderError as exc:
        return "", str(exc)


def output_name(source: str, fmt: str) -> str:
    """The file name an article's export gets inside an output folder."""
    stem = "stdin" if source == "-" else Path(source.rstrip("/").split("?")[0]).stem or "article"
    return f"{stem}.{fmt}"


def run(args: argparse.Namespace) -> int:
    sources = expand_sources(args.files)
    if len(sources) == 1 and not Path(args.files[0]).is_dir():
        text = render(sources[0], args.format, args.published)
        if args.output:
            target = write_atomic(args.output, text + "\n", force=args.force)
            print(f"wrote {target}", file=sys.stderr)
        else:
            sys.stdout.write(text + "\n")
        return 0
    return _run_batch(sources, args)


def _run_batch(sources: list[str], args: argparse.Namespace) -> int:
    folder = Path(args.output) if args.output else None
    if args.format == "md" and folder is None:
        raise ReaderError("--format md with several articles needs -o FOLDER")
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    indent = None if folder is None else 2
    jobs = max(1, args.jobs)
    failed = 0
    work = [(s, args.format, args.published, indent) for s in sources]
    if jobs == 1:
        results = (_render_safe(*w) for w in work)
    else:
        pool = ProcessPoolExecutor(max_workers=jobs)
        results = pool.map(_render_safe, *zip(*work, strict=True))
    for source, (text, error) in zip(sources, results, strict=True):
        if error is not None:
            print(f"reader: {error}", file=sys.stderr)
            failed += 1
        elif folder is None:
            sys.stdout.write(text + "\n")
        else:
            target = write_atomic(folder / output_name(source, args.format), text + "\n", force=args.force)
            print(f"wrote {target}", file=sys.stderr)
    if jobs > 1:
        pool.shutdown()
    return 1 if failed else 0
