"""What writing the archive costs the process that writes it, by how its text index merges.

    python bench/bench_archive_writes.py [--articles N] [--batch B] [--rounds R]
    valgrind --tool=callgrind --toggle-collect='builtin_eval*' --callgrind-out-file=/dev/null \
        python bench/bench_archive_writes.py --only WIDTH [--articles N] [--batch B]

The rows of N articles of the benchmark corpus (default all 3,861, one file's worth each, as
``reader index`` stores them) are made once, uncounted; then each round writes them into a new
archive, B articles a commit (default 128: a Dask batch; a serial run commits every half second,
some 250-300 articles), once with the text index merging 4 segments at a time (FTS5's default,
the reference: schema version 5) and once with the archive's own width
(``reader.archive.schema.MERGE_WIDTH``), in turns. It prints the CPU seconds of the writes alone
(median of R rounds) and their ratio. The writes are the one thing the client of ``--engine
dask`` does besides waiting, on the cores the workers need.

``--only WIDTH`` writes once with that width under ``eval``, for callgrind to count only the
writes (``Collected``): a figure a busy machine does not move. Set ``PYTHONHASHSEED=0``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_analysis import DEFAULT_CORPUS, articles

from reader.analysis import analyse
from reader.archive.schema import MERGE_WIDTH, open_archive, set_merge_width
from reader.archive.store import Writer
from reader.archive.work import Prepared, prepare

FTS5_DEFAULT = 4


def rows_of(corpus: Path, limit: int | None) -> list[Prepared]:
    """The archive's rows of the corpus's first ``limit`` articles, each under a path of its own."""
    made = []
    for n, article in enumerate(articles(corpus.read_text(encoding="utf-8"))):
        if limit is not None and n >= limit:
            break
        made.append(prepare(f"/bench/{n:05d}.txt", f"{n:064x}", analyse(article)))
    return made


def write_all(rows: list[Prepared], db: Path, width: int, batch: int) -> float:
    """Write ``rows`` into a new archive at ``db`` merging ``width`` segments at a time, ``batch``
    articles a commit; returns the CPU seconds of the writes."""
    conn = open_archive(db)
    try:
        set_merge_width(conn, width)
        writer = Writer(conn, batch_seconds=float("inf"))
        started = time.process_time()
        for n, row in enumerate(rows, 1):
            writer.write(row)
            if n % batch == 0:
                writer.commit()
        writer.close()
        return time.process_time() - started
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=None)
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--only", type=int, default=None, metavar="WIDTH")
    args = parser.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"{args.corpus}: no such corpus (the project's shared folder holds it)")
    rows = rows_of(args.corpus, args.articles)
    with tempfile.TemporaryDirectory(prefix="bench-writes-") as tmp:
        if args.only is not None:
            where = {"rows": rows, "db": Path(tmp) / "only.db", "width": args.only, "batch": args.batch}
            eval("write_all(rows, db, width, batch)", globals(), where)  # what callgrind counts (--toggle-collect)
            print(f"wrote {len(rows)} articles, merge width {args.only}, {args.batch} a commit")
            return
        seconds: dict[int, list[float]] = {FTS5_DEFAULT: [], MERGE_WIDTH: []}
        for k in range(args.rounds):
            order = list(seconds) if k % 2 == 0 else list(reversed(seconds))
            for width in order:
                seconds[width].append(write_all(rows, Path(tmp) / f"{k}-{width}.db", width, args.batch))
    sentences = sum(len(row.sentences) for row in rows)
    print(f"{len(rows)} articles ({sentences} sentences), {args.batch} a commit, {args.rounds} rounds in turns:")
    for width, each in seconds.items():
        label = "FTS5's default (schema 5)" if width == FTS5_DEFAULT else "the archive's (schema 6)"
        spread = f"{min(each):.3f}-{max(each):.3f}"
        print(f"  merge width {width:2d}, {label}: {statistics.median(each):.3f} s CPU (median; {spread})")
    ratio = statistics.median(a / b for a, b in zip(seconds[MERGE_WIDTH], seconds[FTS5_DEFAULT], strict=True))
    print(f"  width {MERGE_WIDTH} against {FTS5_DEFAULT}, round by round: {ratio:.2f}x the CPU (median)")


if __name__ == "__main__":
    main()
