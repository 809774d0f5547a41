"""``reader index --engine dask`` and ``reader index --merge SHARDS``: indexing on a Dask cluster.

The client (the ``reader index`` process) decides which files need analysing, as a local run does,
and sends batches of them (``DASK_BATCH`` articles a task, not one: a Dask task costs about a
millisecond of scheduling) to the cluster: its scheduler's (``--scheduler tcp://HOST:8786``) or a
local one of ``--jobs`` worker processes on 127.0.0.1. Each worker reads its batch's files,
analyses them and writes one shard: four Parquet files, ``SHARDS/articles/part-RUN-BATCH.parquet``
and the same name under ``sentences/``, ``timexes/`` and ``events/``, each row keyed by the
article's ``path`` (the articles file is written last, each under a hidden name then renamed, so a
shard whose articles file is there is whole). DuckDB, Spark or pandas read the folders as they
are (``SELECT type, count(*) FROM 'SHARDS/events/*.parquet' GROUP BY type``). A task also returns
its rows (one pickle: a tenth of what reading the shard back cost the client), which the client
fetches from the worker itself on a local cluster (``direct_to_workers``: not relayed by the
scheduler, which took them in and sent them on; on a running cluster as Dask is configured,
``distributed.client.direct-to-workers``, as the client may not reach the workers) and writes into
the archive as tasks complete, in the order of the files, so the archive is the one a serial run makes; ``merge``
loads a folder of shards later (in name order: run, then batch) into the same archive.

Dask and pyarrow are optional (``pip install 'reader[archive-cluster]'``) and imported only here,
on first use.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import secrets
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.archive.fastyaml import import_distributed
from reader.archive.work import Item, Outcome, Prepared, Sharded, Skipped, process
from reader.errors import ReaderError

if TYPE_CHECKING:
    import sqlite3

    from reader.archive.indexer import IndexSummary

INSTALL = "pip install 'reader[archive-cluster]' (dask[distributed] and pyarrow)"
AHEAD = 4  # tasks in flight per worker
TAIL_BATCH = 16  # the smallest batch the last tasks are cut into (``tapered``)
TABLES = ("sentences", "timexes", "events", "articles")  # the order a shard is written in: articles last
CONNECT_SECONDS = 15
START_SECONDS = 60  # for a local cluster's first worker

_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("path", "string"),
        ("hash", "string"),
        ("analysis", "string"),
        ("title", "string"),
        ("source", "string"),
        ("published", "string"),
        ("reference", "string"),
        ("reference_source", "string"),
        ("sentence_count", "int32"),
    ),
    "sentences": (
        ("path", "string"),
        ("n", "int32"),
        ("paragraph", "int32"),
        ("start", "int32"),
        ("end", "int32"),
        ("text", "string"),  # not its folded form: the reader that loads the shard folds it (``read_shard``)
    ),
    "timexes": (
        ("path", "string"),
        ("tid", "string"),
        ("sentence", "int32"),
        ("start", "int32"),
        ("end", "int32"),
        ("text", "string"),
        ("value", "string"),
        ("granularity", "string"),
        ("kind", "string"),
        ("anchor", "string"),
        ("offset", "string"),
    ),
    "events": (
        ("path", "string"),
        ("eid", "string"),
        ("type", "string"),
        ("trigger", "string"),
        ("actor", "string"),
        ("sentence", "int32"),
        ("mentions", "string"),  # JSON, as in the archive
        ("date", "string"),
        ("granularity", "string"),
        ("date_source", "string"),
        ("timex", "string"),
        ("trigger_start", "int32"),
        ("trigger_end", "int32"),
        ("actor_key", "string"),
        ("date_start", "string"),
        ("date_end", "string"),
    ),
}


def require_dask() -> None:
    """Raise a one-line ``ReaderError`` saying what to install when Dask or pyarrow is missing
    (looked up, not imported: importing distributed takes a third of a second)."""
    import importlib.util

    for name in ("distributed", "pyarrow"):
        if importlib.util.find_spec(name) is None:
            raise ReaderError(f"--engine dask needs Dask and pyarrow ({name} is missing): {INSTALL}")


def _schema(table: str) -> Any:
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, kind)()) for name, kind in _COLUMNS[table]])


def write_shard(folder: str, name: str, articles: Sequence[Prepared]) -> None:
    """``articles`` as the four Parquet files of shard ``name`` under ``folder`` (articles last)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows: dict[str, list[tuple]] = {
        "articles": [
            (
                a.path,
                a.hash,
                a.version,
                a.title,
                a.source,
                a.published,
                a.reference,
                a.reference_source,
                len(a.sentences),
            )
            for a in articles
        ],
        "sentences": [(a.path, *row[:5]) for a in articles for row in a.sentences],
        "timexes": [(a.path, *row) for a in articles for row in a.timexes],
        "events": [(a.path, *row) for a in articles for row in a.events],
    }
    for table in TABLES:
        schema = _schema(table)
        columns = list(zip(*rows[table], strict=True)) or [() for _ in schema.names]
        data = pa.Table.from_arrays(
            [pa.array(col, type=field.type) for col, field in zip(columns, schema, strict=True)], schema=schema
        )
        target = Path(folder) / table / f"{name}.parquet"
        target.parent.mkdir(parents=True, exist_ok=True)
        hidden = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        pq.write_table(data, hidden, compression="zstd")
        os.replace(hidden, target)


def read_shard(folder: str | Path, name: str) -> list[Prepared]:
    """The articles of shard ``name`` in the order they were written (a ``ReaderError`` if a part
    is missing or unreadable)."""
    import pyarrow.parquet as pq

    from reader.archive.keys import fold

    parts: dict[str, list[tuple]] = {}
    for table in TABLES:
        path = Path(folder) / table / f"{name}.parquet"
        try:
            with pq.ParquetFile(path) as part:  # not read_table: its dataset layer costs more than the read
                columns = part.read(columns=[column for column, _ in _COLUMNS[table]], use_threads=False).to_pydict()
        except (OSError, ValueError, KeyError) as exc:  # missing, truncated, not Parquet, not ours
            raise ReaderError(f"{path}: cannot read the shard: {exc}") from None
        parts[table] = list(zip(*columns.values(), strict=True))
    by_path: dict[str, dict[str, list[tuple]]] = {}
    for table in ("sentences", "timexes", "events"):
        for values in parts[table]:
            by_path.setdefault(values[0], {}).setdefault(table, []).append(values[1:])
    found = []
    names = [column for column, _ in _COLUMNS["articles"]]
    for values in parts["articles"]:
        row = dict(zip(names, values, strict=True))
        rows = by_path.get(row["path"], {})
        sentences = [(*values, fold(values[4])) for values in rows.get("sentences", [])]
        if len(sentences) != row["sentence_count"]:
            raise ReaderError(f"{Path(folder) / 'articles' / name}.parquet: {row['path']}: sentences missing")
        found.append(
            Prepared(
                path=row["path"],
                hash=row["hash"],
                version=row["analysis"],
                title=row["title"],
                source=row["source"],
                published=row["published"],
                reference=row["reference"],
                reference_source=row["reference_source"],
                sentences=sentences,
                timexes=rows.get("timexes", []),
                events=rows.get("events", []),
            )
        )
    return found


def shard_task(folder: str, name: str, batch: bytes, rows: bool = True) -> bytes:
    """A worker's task: analyse a batch (``Item`` s, pickled), write its shard, and return each
    file's outcome (the rows too: the client stores them as they come, not read back from the
    shard; without ``rows``, a ``--shards-only`` run's, what the summary counts), pickled.

    One pickle each way, not a list: Dask sizes, serializes and frames a list's elements one by one,
    in the worker's event loop (against the analysis for the GIL) and again in the client: 0.09-0.10 s
    of CPU per 1,024 articles, against 0.06 s for one pickle made in the task and read by the client."""
    items: list[Item] = pickle.loads(batch)
    outcomes = [process(*item) for item in items]
    analysed = [o for o in outcomes if isinstance(o, Prepared)]
    if analysed:
        try:
            write_shard(folder, name, analysed)
        except OSError as exc:
            message = f"{folder}: cannot write the shard {name}: {exc.strerror or exc}"
            outcomes = [Skipped(f"{file}: {message}") for file, _, _ in items]
    if not rows:
        outcomes = [Sharded(o.path, o.hash, len(o.events)) if isinstance(o, Prepared) else o for o in outcomes]
    return pickle.dumps(outcomes, protocol=pickle.HIGHEST_PROTOCOL)


def run_name() -> str:
    """A name for this run's shards that sorts after earlier runs': the UTC time and a random tag."""
    return time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + "-" + secrets.token_hex(3)


# What a cluster's processes do besides the tasks, made rarer: without the statistical profiler, which
# samples the analysis's deep stacks every 10 ms for a dashboard that is not there (2% of a worker);
# the event loop's health check every second, not every 20 ms; the system monitor's psutil figures
# (CPU, memory, network: for a dashboard) every 5 s, not 0.5 s; the memory limit checked every second,
# not every 100 ms. Idle, a scheduler and 2 workers with their nannies spend 10 ms of CPU a second
# instead of 74: on two cores, 3% of the machine. (A running cluster: the same as environment
# variables, README.)
QUIET_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}
# The local cluster's: its workers forked from the fork server, and quiet.
LOCAL_CONFIG = {"distributed.worker.multiprocessing-method": "forkserver", **QUIET_CONFIG}
PRELOAD = ["reader.archive.warm"]  # distributed, pyarrow and the analysis imported, the analysis run once


def start_fork_server() -> None:
    """Start the fork server that the local cluster's workers fork from, ready (``PRELOAD``).

    Called first: this process imports distributed and forks the server (``forkserve``), which
    imports pyarrow and the analysis and warms up on one core while this process opens the archive
    and starts the scheduler on the other (where it cannot fork, ``multiprocessing`` starts the
    server as a new interpreter importing it all); a worker forked from it starts with all that done
    (a spawned worker would import distributed, pyarrow and the analysis, and load the rules, each
    on its own)."""
    import multiprocessing
    from multiprocessing import forkserver

    from reader.archive import forkserve

    multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOAD)
    if not forkserve.start(PRELOAD):  # a fork of this process, distributed imported once for both
        forkserver.ensure_running()


def _preload_is_ours() -> None:
    """Tell ``distributed`` that the fork server's preload is set: it would otherwise import every
    package it names for it (numpy, pandas...) in this process as its first nanny starts, 0.3-0.5 s
    of CPU on the cluster's start, to preload a fork server that already runs with ours."""
    from distributed import utils

    if hasattr(utils, "_forkserver_preload_set"):  # distributed's own flag (2023.x-2026.x)
        setattr(utils, "_forkserver_preload_set", True)  # noqa: B010


@contextlib.contextmanager
def local_cluster(workers: int) -> Iterator[Any]:
    """A Dask cluster on 127.0.0.1, no dashboard, closed on leaving: its scheduler up, its
    ``workers`` processes of one thread starting, forked from the fork server
    (``start_fork_server``). It is there once the scheduler is up, not the workers, so that the
    client connects and sends its first tasks while they start (``wait_for_a_worker`` says whether
    one came up); ``LOCAL_CONFIG`` holds until it is closed (the workers start after it is made)."""
    import dask
    from distributed import LocalCluster

    start_fork_server()
    _preload_is_ours()
    with dask.config.set(LOCAL_CONFIG):
        try:
            cluster = LocalCluster(
                n_workers=0,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},  # its HTTP server: any free port, not 8787
                silence_logs=logging.ERROR,
            )
        except Exception as exc:  # a cluster that cannot start: a one-line reason, not distributed's traceback
            raise ReaderError(f"cannot start a local Dask cluster of {workers} workers: {exc}") from None
        try:
            cluster.scale(workers)  # the workers start on the cluster's event loop, in the background
            yield cluster
        finally:
            cluster.close()


def wait_for_a_worker(client: Any, workers: int) -> None:
    """Return once a worker of the local cluster is up; a ``ReaderError`` if none comes up in
    ``START_SECONDS`` (a fork server or a worker that fails: distributed logs it, and retries)."""
    try:
        client.wait_for_workers(1, timeout=START_SECONDS)
    except TimeoutError:
        raise ReaderError(
            f"cannot start a local Dask cluster of {workers} workers: none came up in {START_SECONDS} s"
        ) from None


def tapered(count: int, size: int, workers: int) -> Iterator[tuple[int, int]]:
    """Where each batch of ``count`` files starts and stops: ``size`` files while many are left, then
    the files left shared among twice the ``workers`` (``TAIL_BATCH`` at least, or ``size`` if it is
    smaller), so that the workers run out of work together instead of one finishing a whole batch
    after the other (on 2 workers and batches of 128, half a batch on average: 0.1 s of one core)."""
    floor = min(size, TAIL_BATCH)
    start = 0
    while start < count:
        stop = min(count, start + min(size, max(floor, -(-(count - start) // (2 * workers)))))
        yield start, stop
        start = stop


def dask_outcomes(
    items: Sequence[Item], jobs: int, scheduler: str | None, shards: str, size: int, rows: bool = True
) -> Iterator[tuple[Outcome, int]]:
    """Each file's outcome in order (with 1: one file done), from batches analysed on the cluster
    (without ``rows``: ``Sharded`` for an analysed file, its rows in the shards only)."""
    require_dask()
    if scheduler is None:
        start_fork_server()  # before Dask is imported here: the two at once
    import_distributed()
    from distributed import Client

    folder = str(Path(shards).resolve())
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReaderError(f"{shards}: cannot create the shards folder: {exc.strerror or exc}") from None
    items = [(path, path, expected) for _, path, expected in items]  # the workers' cwd is another: read by path
    run = run_name()
    with contextlib.ExitStack() as stack:
        cluster = None
        if scheduler is None:
            cluster = stack.enter_context(local_cluster(jobs))
            # not Client(cluster), which waits for the workers; the rows fetched from the workers directly
            client = Client(cluster.scheduler_address, direct_to_workers=True)
            workers = jobs
        else:
            try:
                client = Client(scheduler, timeout=CONNECT_SECONDS)  # direct to workers if configured so
            except (OSError, TimeoutError, ValueError) as exc:
                raise ReaderError(f"{scheduler}: cannot reach the Dask scheduler: {exc}") from None
            workers = max(1, len(client.scheduler_info().get("workers", {})))
        with client:
            batches = (
                (f"part-{run}-{n:06d}", items[start:stop])
                for n, (start, stop) in enumerate(tapered(len(items), size, workers))
            )
            pending: deque[Any] = deque()

            def submit() -> bool:
                batch = next(batches, None)
                if batch is None:
                    return False
                name, chunk = batch
                chunk_bytes = pickle.dumps(chunk, protocol=pickle.HIGHEST_PROTOCOL)
                pending.append(client.submit(shard_task, folder, name, chunk_bytes, rows, pure=False))
                return True

            while len(pending) < workers * AHEAD and submit():
                pass
            if cluster is not None:
                wait_for_a_worker(client, workers)  # the tasks sent: they start as it registers
            while pending:
                outcomes: list[Outcome] = pickle.loads(pending.popleft().result())
                submit()
                for outcome in outcomes:
                    yield outcome, 1


def shard_names(folder: str | Path) -> list[str]:
    """The whole shards under ``folder``, in order (those whose articles file is there)."""
    articles = Path(folder) / "articles"
    if not Path(folder).is_dir():
        raise ReaderError(f"{folder}: no such folder of shards")
    if not articles.is_dir():
        raise ReaderError(f"{folder}: holds no shards (no articles/ folder: not a --engine dask shards folder)")
    return sorted(p.stem for p in articles.glob("part-*.parquet"))


def merge(
    folder: str,
    conn: sqlite3.Connection,
    db: str,
    *,
    on_start: Callable[[int], None] | None = None,
    on_skip: Callable[[str], None] | None = None,
    on_done: Callable[[int], None] | None = None,
) -> IndexSummary:
    """Load the shards under ``folder`` into the archive ``conn``: an article whose path, hash and
    analysis version the archive holds is unchanged; another replaces what was at its path."""
    require_dask()
    import pyarrow.parquet as pq

    from reader.archive.indexer import IndexSummary
    from reader.archive.store import Writer, stored_state

    started = time.perf_counter()
    summary = IndexSummary(db=db)
    names = shard_names(folder)
    if on_start is not None:
        total = 0
        for name in names:
            with contextlib.suppress(OSError, ValueError):  # said when the shard is read
                total += pq.read_metadata(Path(folder) / "articles" / f"{name}.parquet").num_rows
        on_start(total)
    stored = stored_state(conn)  # a shard's articles keep the analysis version they were made with
    writer = Writer(conn)
    try:
        for name in names:
            try:
                articles = read_shard(folder, name)
            except ReaderError as exc:
                summary.skipped.append(str(exc))
                if on_skip is not None:
                    on_skip(str(exc))
                continue
            for article in articles:
                digest, made_with = stored.get(article.path, (None, None))
                if digest == article.hash and made_with == article.version:
                    summary.unchanged += 1
                    continue
                if digest == article.hash:
                    summary.reanalysed += 1
                writer.write(article)
                stored[article.path] = (article.hash, article.version)
            if on_done is not None:
                on_done(len(articles))
    finally:
        writer.close()
        summary.indexed, summary.events = writer.written, writer.events
    summary.seconds = time.perf_counter() - started
    return summary
