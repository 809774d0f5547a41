"""Benchmark: `reader index` against `reader export`, on 1 and 2 workers, a re-run, queries, the size.

    python bench/bench_archive.py [--corpus ../shared/bench/ant-news.txt] [--articles N] [--rounds 1]
                                  [--workers 2] [--batches 1,4,16,64] [--paired] [--timeline]
                                  [--dask-pairs N [--shards-only]]

Splits the corpus into one file per article in a temporary folder, as ``bench_analysis.py`` reads
it (blocks between blank lines; a block's first line is its headline, the rest its body): 3,861
files. Then, each a process of its own, in turns round after round so that a busy machine slows
all alike (the order rotates: each command goes first in a round of its own):

- ``reader export FOLDER -o OUT.jsonl`` (serial, ``--jobs 1``): articles per second;
- ``reader index FOLDER --db NEW.db``: articles per second, and the ratio to export's;
- ``reader index FOLDER --jobs 2`` (a process pool) and, when Dask is installed, ``reader index
  FOLDER --engine dask --jobs 2`` (a local Dask cluster of 2 workers, its start and stop timed;
  Parquet shards written) and ``reader index FOLDER --engine dask --scheduler ADDRESS`` on a
  cluster of 2 workers started before the rounds and left running, as a real cluster is (``dask
  scheduler`` and ``dask worker --nworkers 2 --nthreads 1 --preload reader.archive.warm`` on
  127.0.0.1, in the README's environment; its start is printed, not timed): articles per second
  and the speed-up over the serial index; and ``reader index FOLDER --engine dask --jobs 1``, the
  same engine on one worker (its own cluster's start in it too), for its speed-up from 1 to 2, and
  the same on a running cluster of 1 worker started beside the other (no start in either run);
  and both running clusters again with ``--shards-only`` (the workers write the shards, the client
  no archive), their ratio, and the merge of the last such run's shards timed after the rounds;

and, as the ceiling of any engine on this machine at that moment, two serial ``reader index`` runs
at once, each over every other file (the halves alike: the corpus's long articles are not all in one)
into an archive of its own (timed together: exec to the
second's exit): no coordination, no shared archive, nothing sent between processes; the machine
alone decides how far two of them fall short of twice one (its cores' shared caches and clock;
other virtual machines on the same host). Each engine's speed-up is printed beside it, and as a
share of it.

Each command's CPU time is printed too, of all its processes: a local cluster's fork server and
workers outlive the command by a moment, so the bench adopts them (``PR_SET_CHILD_SUBREAPER``) and
reaps them before the next; for the running cluster, what its processes spent meanwhile. On a
machine shared with other work the wall clock counts theirs too; the CPU time does not; and the
CPU time over the wall time is the cores a command got (two workers that got 1.2 cores between
them cannot run 1.7 times as fast as one process that got 0.9 of a core);

then, on the last round's archive: ``reader index`` again on the unchanged folder (its time and
its share of the first run's), queries through ``reader.query`` (median of 9 runs each, the
archive already open in the OS cache) and ``reader query`` as a command (exec to exit), and the
database's size against the text's (the corpus file and the split files). Prints the figures;
run it by hand. Nothing lands in the repository. ``--batches 1,4,16,64`` instead times
``--jobs 2`` and Dask with each batch size (articles per task), to choose the defaults;
``--paired`` instead times export's and index's work per article in turns of 25 articles in one
process (``paired``): the least noisy ratio of the two on a shared machine. ``--dask-pairs N``
instead times ``reader index --engine dask --scheduler`` on a running cluster of 2 workers and on
one of 1 in alternation (2, 1, 2, ..., 2: N runs of 1 worker), each run of 1 set against the two
runs of 2 around it, and prints each ratio and their median and quartiles: the 2-against-1 figure
with no other command between its runs, so that a host whose speed drifts weighs on both sides
alike (``dask_pairs``); with ``--shards-only`` those runs write the shards and no archive, and the
merge of the last run's shards is timed after them. ``--timeline`` instead
runs ``reader index --engine dask --jobs 2`` (its own cluster) and ``reader index --jobs 2`` in turns,
round after round, and says when each got where (seconds from exec): the fork server started, the
scheduler up, the first tasks sent, a worker up, each worker's first task started and last task
ended (the pool's: its batches), the first and the last outcome in the client, the archive
written, the exit; and the CPU time of all the processes (``timeline``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "bench" / "ant-news.txt"
QUERIES: list[tuple[str, dict[str, object]]] = [
    ("text كوريا الشمالية", {"text": "كوريا الشمالية"}),
    ("text الرئيس (common: many hits)", {"text": "الرئيس"}),
    ("type visit", {"type": "visit"}),
    ("type accusation, 2018", {"type": "accusation", "date_from": "2018", "date_to": "2018"}),
    ("actor وزير الخارجية", {"actor": "وزير الخارجية"}),
    ("text السعودية, type statement, limit 50", {"text": "السعودية", "type": "statement", "limit": 50}),
    ("everything, limit 100", {"limit": 100}),
]


def split_corpus(corpus: Path, folder: Path, limit: int | None = None) -> list[Path]:
    """One file per article of ``corpus`` in ``folder`` (headline line, then the body)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for block in re.split(r"\n[ \t]*\n", corpus.read_text(encoding="utf-8")):
        lines = block.strip("\n").split("\n", 1)
        if len(lines) < 2 or not lines[1].strip():
            continue
        path = folder / f"{len(paths):05d}.txt"
        path.write_text(lines[0].strip() + "\n" + lines[1] + "\n", encoding="utf-8")
        paths.append(path)
        if limit and len(paths) >= limit:
            break
    return paths


LABELS = {
    "ceiling": "ceiling",
    "jobs": "--jobs",
    "dask": "Dask, own cluster",
    "dask1": "Dask, own cluster of 1",
    "running": "Dask, running cluster",
    "running1": "Dask, running cluster of 1",
    "shards": "Dask, running cluster, shards only",
    "shards1": "Dask, running cluster of 1, shards only",
}
CLUSTER_OF = {"shards": "running", "shards1": "running1"}  # the running cluster a --shards-only command uses
KEEP: set[int] = set()  # processes of a running cluster: not reaped after each command
CPU: list[float] = []  # the CPU seconds (user + system) of each timed command, its processes' all, in order
STEAL: list[float] = []  # the seconds the host kept this machine's CPUs from it during each timed command


def stolen() -> float:
    """The seconds of CPU the host has kept from this virtual machine so far, all CPUs ("steal" in
    /proc/stat; 0 where there is none): time a command's processes were ready to run and did not."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
        return int(fields[8]) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def adopt_orphans() -> None:
    """Make this process the reaper of its descendants' orphans (Linux ``PR_SET_CHILD_SUBREAPER``):
    a local Dask cluster's fork server and workers outlive ``reader index`` by a moment, and their
    CPU time is counted only once they are reaped here."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)


def _reap(keep: set[int]) -> None:
    """Wait for every orphan adopted (the fork server exits when its client does; its workers
    before it), the processes ``keep`` aside (a running cluster's)."""
    while True:
        orphans = [pid for pid in _children() if pid not in keep]
        if not orphans:
            return
        for pid in orphans:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)


def _children() -> list[int]:
    """This process's children, from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                stat = (entry / "stat").read_text()
                if int(stat[stat.rindex(")") + 2 :].split()[1]) == os.getpid():
                    found.append(int(entry.name))
    return found


def timed_together(*commands: tuple[str, ...], cluster: Cluster | None = None) -> tuple[float, list[str]]:
    """Seconds from starting all ``commands`` (``python -m reader ARGS`` each) at once to the last
    one's exit, and each one's stderr; a failure stops the bench. Their CPU time goes to ``CPU``:
    the commands' processes', their orphans' (reaped here) and, with ``cluster``, what the running
    cluster's processes spent meanwhile (on a shared machine the wall clock also counts the others'
    work); the host's steal meanwhile to ``STEAL``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    cluster_before = cluster.cpu() if cluster else 0.0
    steal = stolen()
    start = time.perf_counter()
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "reader", *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        for args in commands
    ]
    errors = [proc.communicate()[1].strip() for proc in procs]
    seconds = time.perf_counter() - start
    STEAL.append(stolen() - steal)
    _reap(KEEP)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    spent = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    CPU.append(spent + (cluster.cpu() - cluster_before if cluster else 0.0))
    for proc, args, error in zip(procs, commands, errors, strict=True):
        if proc.returncode != 0:
            sys.exit(f"reader {' '.join(args)} failed ({proc.returncode}): {error[-500:]}")
    return seconds, errors


def halves(root: Path, workers: int) -> list[Path]:
    """The split files dealt into ``workers`` folders in turn (hard links), for the ceiling."""
    files = sorted((root / "news").iterdir())
    folders = []
    for k in range(workers):
        folder = root / f"part{k}"
        folder.mkdir(exist_ok=True)
        for path in files[k::workers]:
            target = folder / path.name
            if not target.exists():
                os.link(path, target)
        folders.append(folder)
    return folders


def timed(*args: str, cluster: Cluster | None = None) -> tuple[float, str]:
    """Seconds of ``python -m reader ARGS`` (exec to exit) and its stderr, as ``timed_together``."""
    seconds, errors = timed_together(args, cluster=cluster)
    return seconds, errors[0]


class Cluster:
    """A Dask cluster as on real machines, here on 127.0.0.1: ``dask scheduler`` and ``dask worker
    --nworkers N --nthreads 1 --preload reader.archive.warm`` (the README's environment: no profiler,
    the rarer health checks of ``QUIET_CONFIG``), started before the
    timing (as a cluster is, once, for many runs) and stopped at the end."""

    PRELOAD = ("--preload", "reader.archive.warm")

    def __init__(self, workers: int, log: Path) -> None:
        import socket

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.address = f"tcp://127.0.0.1:{port}"
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
            **quiet_env(),  # as the local cluster's, and as the README has a running cluster started
        }
        self._log = log.open("w")
        started = time.perf_counter()
        common = ["--no-dashboard", "--host", "127.0.0.1"]
        self.procs = [
            subprocess.Popen(
                ["dask", "scheduler", "--port", str(port), *common], stdout=self._log, stderr=self._log, env=env
            )
        ]
        self.procs.append(
            subprocess.Popen(
                [
                    *("dask", "worker", self.address, "--nworkers", str(workers), "--nthreads", "1"),
                    *self.PRELOAD,
                    *common,
                ],
                stdout=self._log,
                stderr=self._log,
                env=env,
            )
        )
        from distributed import Client

        with Client(self.address, timeout=60) as client:
            client.wait_for_workers(workers, timeout=120)
        self.start_seconds = time.perf_counter() - started
        KEEP.update(proc.pid for proc in self.procs)

    def cpu(self) -> float:
        """CPU seconds the cluster's processes have spent so far (psutil, which Dask brings)."""
        import psutil

        total = 0.0
        for proc in self.procs:
            with contextlib.suppress(psutil.Error):
                tree = psutil.Process(proc.pid)
                for each in [tree, *tree.children(recursive=True)]:
                    with contextlib.suppress(psutil.Error):
                        times = each.cpu_times()
                        total += times.user + times.system
        return total

    def stop(self) -> None:
        for proc in reversed(self.procs):
            proc.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=20)
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        self._log.close()


def quiet_env() -> dict[str, str]:
    """``reader.archive.cluster.QUIET_CONFIG`` as Dask's environment variables
    (``DASK_DISTRIBUTED__ADMIN__TICK__INTERVAL=1s``...), the README's for a running cluster."""
    sys.path.insert(0, str(REPO))
    from reader.archive.cluster import QUIET_CONFIG

    return {"DASK_" + key.upper().replace(".", "__").replace("-", "_"): str(v) for key, v in QUIET_CONFIG.items()}


def cores(cpu: list[float], wall: list[float]) -> float:
    """The median over rounds of a command's CPU seconds over its wall seconds: the cores it got."""
    return statistics.median(c / s for c, s in zip(cpu, wall, strict=True))


def size_of(path: Path) -> int:
    """A database's bytes with its WAL and shared-memory files."""
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists())


def dask_installed() -> bool:
    import importlib.util

    return importlib.util.find_spec("distributed") is not None and importlib.util.find_spec("pyarrow") is not None


def batch_sizes(root: Path, n: int, sizes: list[int], workers: int) -> None:
    """``--jobs`` and Dask with each batch size, in turns (a fresh archive each time)."""
    engines = [("jobs", ())] + ([("dask", ("--engine", "dask"))] if dask_installed() else [])
    for size in sizes:
        for label, extra in engines:
            db = root / f"batch-{label}-{size}.db"
            seconds, _ = timed(
                "index",
                str(root / "news"),
                "--db",
                str(db),
                "--jobs",
                str(workers),
                "--batch",
                str(size),
                *extra,
                *(("--shards", str(root / f"shards-{size}")) if label == "dask" else ()),
            )
            print(f"--batch {size:4d} {label}: {seconds:.1f} s, {n / seconds:.0f} articles/s (CPU {CPU[-1]:.1f} s)")


def dask_pairs(root: Path, n: int, pairs: int, workers: int, shards_only: bool = False) -> None:
    """A running cluster of ``workers`` and one of 1, their runs alternating (``--dask-pairs``):
    2, 1, 2, 1, ..., 2; each run of 1 worker is set against the mean of the two runs of ``workers``
    around it, so that each cluster always runs right after the other (a cluster that runs twice in
    a row finds its caches warm: 0.1-0.2 in the ratio here) and a drift of the host's speed weighs on
    both sides alike. With ``shards_only`` the runs are ``--shards-only`` (the client writes no
    archive), and the merge of the last run's shards into a new archive is timed after them."""
    clusters = {size: Cluster(size, root / f"pairs-{size}.log") for size in (workers, 1)}
    try:
        for size, cluster in clusters.items():
            print(f"a running cluster of {size} ({cluster.address}): up in {cluster.start_seconds:.1f} s, not timed")
        runs: list[tuple[int, float]] = []
        for k in range(2 * pairs + 1):
            size = workers if k % 2 == 0 else 1
            seconds, _ = timed(
                "index",
                str(root / "news"),
                "--db",
                str(root / f"pairs-{k}.db"),
                "--engine",
                "dask",
                "--scheduler",
                clusters[size].address,
                "--shards",
                str(root / f"pairs-shards-{k}"),
                *(("--shards-only",) if shards_only else ()),
                cluster=clusters[size],
            )
            runs.append((size, seconds))
            if shards_only and k == 2 * pairs:
                merged = root / "pairs-merged.db"
                merge_seconds, _ = timed("index", "--merge", str(root / f"pairs-shards-{k}"), "--db", str(merged))
                print(f"the last run's shards merged into a new archive (reader index --merge): {merge_seconds:.2f} s")
            for suffix in ("", "-wal", "-shm"):  # the run's archive and shards: the disk stays bounded
                (root / f"pairs-{k}.db{suffix}").unlink(missing_ok=True)
            shutil.rmtree(root / f"pairs-shards-{k}", ignore_errors=True)
        ratios = []
        for k in range(1, 2 * pairs, 2):
            around = (runs[k - 1][1] + runs[k + 1][1]) / 2
            ratios.append(runs[k][1] / around)
            print(
                f"pair {len(ratios)}: 1 worker {runs[k][1]:.2f} s, {workers} workers {runs[k - 1][1]:.2f} s and "
                f"{runs[k + 1][1]:.2f} s around it ({n / around:.0f} articles/s): {ratios[-1]:.2f}x"
            )
        quartiles = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else [ratios[0]] * 3
        print(
            f"a running Dask cluster{' (--shards-only)' if shards_only else ''}, {workers} workers against 1, "
            f"{pairs} pairs: "
            f"median {statistics.median(ratios):.2f}x (quartiles {quartiles[0]:.2f}x-{quartiles[2]:.2f}x; "
            f"least {min(ratios):.2f}x, most {max(ratios):.2f}x)"
        )
    finally:
        for cluster in clusters.values():
            cluster.stop()


def paired(root: Path, files: list[Path], block: int = 25) -> None:
    """Export's and index's work per article in this one process, block by block in turns (each
    block exported, then indexed, the order swapped every block), so that whatever else the machine
    runs weighs on both alike: what ``reader export DIR -o OUT.jsonl`` does for an article
    (``render_outcome``, the JSON line written) against what ``reader index`` does (``process``: read,
    hash, analyse, rows; the writer's batches into a new archive). Wall and thread CPU time summed
    per side; imports and a warm-up article before the timing."""
    sys.path.insert(0, str(REPO))
    from reader.archive.indexer import archive_paths
    from reader.archive.schema import open_archive
    from reader.archive.store import Writer
    from reader.archive.work import Prepared, process
    from reader.commands.export import render_outcome

    names = archive_paths(str(p) for p in files)
    render_outcome(names[0][0], "json", None, None)
    conn = open_archive(root / "paired.db")
    writer = Writer(conn)
    spent = {"export": [0.0, 0.0], "index": [0.0, 0.0]}
    with (root / "paired.jsonl").open("w", encoding="utf-8") as out:

        def export(chunk: list[tuple[str, str]]) -> None:
            for name, _ in chunk:
                out.write(render_outcome(name, "json", None, None).text + "\n")

        def index(chunk: list[tuple[str, str]]) -> None:
            for name, path in chunk:
                outcome = process(name, path, None)
                if isinstance(outcome, Prepared):
                    writer.write(outcome)

        for k, start in enumerate(range(0, len(names), block)):
            chunk = names[start : start + block]
            turns = [("export", export), ("index", index)]
            for side, run in turns if k % 2 else turns[::-1]:
                wall, cpu = time.perf_counter(), time.thread_time()
                run(chunk)
                if side == "index" and start + block >= len(names):
                    writer.close()  # the last batch's writing is the index's
                spent[side][0] += time.perf_counter() - wall
                spent[side][1] += time.thread_time() - cpu
    conn.close()
    n = len(names)
    (ew, ec), (iw, ic) = spent["export"], spent["index"]
    print(
        f"paired, in one process, {block} articles a turn: export {n / ew:.0f} articles/s ({ec:.2f} s CPU), "
        f"index {n / iw:.0f} articles/s ({ic:.2f} s CPU): index at {ew / iw:.0%} of export's rate "
        f"({ec / ic:.0%} in CPU time)"
    )


MARKS = ("fork server started", "scheduler up", "first tasks sent", "a worker up")


class _Timed:
    """A task or batch function of ``module`` that writes when it ran to ``OUT.tasks`` (``drive``);
    pickled by the names, in a worker forked from the driver it calls the function put aside there."""

    def __init__(self, module: Any, name: str, out: str, t0: float) -> None:
        setattr(module, f"_untimed_{name}", getattr(module, name))
        self.module, self.name, self.out, self.t0 = module.__name__, name, out, t0

    def __call__(self, *args: Any) -> Any:
        import importlib

        start = time.time()
        result = getattr(importlib.import_module(self.module), f"_untimed_{self.name}")(*args)
        with open(self.out + ".tasks", "a", encoding="utf-8") as tasks:
            tasks.write(f"{os.getpid()} {start - self.t0:.4f} {time.time() - self.t0:.4f}\n")
        return result


def drive(out: str, argv: list[str]) -> None:
    """``reader ARGV`` in this process, its steps marked (``--timeline``): the client's marks, as
    seconds from ``$BENCH_T0`` (the exec), go to ``OUT.json`` at exit; each task's or batch's start and
    end (the workers' clock is the same machine's) to ``OUT.tasks``, one line each, from the workers."""
    import atexit
    import json

    t0 = float(os.environ["BENCH_T0"])
    marks: dict[str, float] = {}

    def mark(what: str) -> None:
        marks.setdefault(what, time.time() - t0)

    sys.path.insert(0, str(REPO))
    import reader.archive.indexer as indexer
    import reader.archive.pool as pool
    import reader.cli

    pool.process_batch = _Timed(pool, "process_batch", out, t0)  # the pool's workers are forks of this process
    with contextlib.suppress(ImportError):
        import reader.archive.cluster as cluster

        cluster.shard_task = _Timed(cluster, "shard_task", out, t0)  # so are the fork server and its workers

        def marked(name: str, before: str | None, after: str | None) -> None:
            run = getattr(cluster, name)

            def step(*args: Any, **kwargs: Any) -> Any:
                if before:
                    mark(before)
                result = run(*args, **kwargs)
                if after:
                    mark(after)
                return result

            setattr(cluster, name, step)

        marked("start_fork_server", None, "fork server started")
        marked("wait_for_a_worker", "first tasks sent", "a worker up")
        local = cluster.local_cluster

        @contextlib.contextmanager
        def local_cluster(workers: int) -> Iterator[Any]:
            with local(workers) as made:
                mark("scheduler up")
                yield made

        cluster.local_cluster = local_cluster
    outcomes = indexer._outcomes

    def each_outcome(*args: Any, **kwargs: Any) -> Iterator[Any]:
        for outcome in outcomes(*args, **kwargs):
            mark("first outcome")
            yield outcome
        mark("last outcome")

    indexer._outcomes = each_outcome
    index = indexer.index

    def whole_index(*args: Any, **kwargs: Any) -> Any:
        summary = index(*args, **kwargs)
        mark("archive written")
        return summary

    indexer.index = whole_index

    def save() -> None:
        with open(out + ".json", "w", encoding="utf-8") as saved:
            json.dump(marks, saved)

    atexit.register(save)
    sys.argv = ["reader", *argv]
    sys.exit(reader.cli.main())


def timeline(root: Path, n: int, rounds: int, workers: int) -> None:
    """Where the time of ``--engine dask --jobs N`` and ``--jobs N`` goes, in turns (``drive``)."""
    import json

    adopt_orphans()
    runs = {"dask": ("--engine", "dask", "--jobs", str(workers)), "jobs": ("--jobs", str(workers))}
    for k in range(rounds):
        for label in list(runs)[k % 2 :] + list(runs)[: k % 2]:
            out = root / f"timeline-{label}{k}"
            db = root / f"timeline-{label}{k}.db"
            argv = ["index", str(root / "news"), "--db", str(db), *runs[label]]
            if label == "dask":
                argv += ["--shards", str(root / f"timeline-shards{k}")]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.time()
            proc = subprocess.run(
                [sys.executable, __file__, "--drive", str(out), *argv],
                capture_output=True,
                text=True,
                cwd=REPO,
                env={**os.environ, "BENCH_T0": repr(t0)},
                timeout=900,
            )
            exited = time.time() - t0
            _reap(KEEP)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            if proc.returncode != 0:
                sys.exit(f"{' '.join(argv)} failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
            marks = json.loads(Path(f"{out}.json").read_text(encoding="utf-8"))
            spans: dict[str, list[tuple[float, float]]] = {}
            for line in Path(f"{out}.tasks").read_text(encoding="utf-8").splitlines():
                pid, start, end = line.split()
                spans.setdefault(pid, []).append((float(start), float(end)))
            steps = [f"{what} {marks[what]:.2f}" for what in MARKS if what in marks]
            firsts = sorted(min(s for s, _ in each) for each in spans.values())
            lasts = sorted(max(e for _, e in each) for each in spans.values())
            busy = sum(e - s for each in spans.values() for s, e in each)
            print(
                f"round {k + 1}, {' '.join(runs[label])}: "
                + ", ".join([*steps, f"first task {' '.join(f'{t:.2f}' for t in firsts)}"])
                + f", first outcome {marks['first outcome']:.2f}, last task end {' '.join(f'{t:.2f}' for t in lasts)}, "
                f"last outcome {marks['last outcome']:.2f}, archive written {marks['archive written']:.2f}, "
                f"exit {exited:.2f} s ({n / exited:.0f} articles/s); {len(spans)} workers ran "
                f"{sum(len(each) for each in spans.values())} tasks, busy {busy / (len(spans) * exited):.0%} of the "
                f"wall time; CPU {cpu:.1f} s = {cpu / exited:.2f} cores",
                flush=True,
            )


def main() -> None:
    if sys.argv[1:2] == ["--drive"]:
        drive(sys.argv[2], sys.argv[3:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--articles", type=int, default=None, help="only the first N articles")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2, help="workers of the pool and of the Dask cluster")
    parser.add_argument("--batches", help="only time these batch sizes (comma-separated) with --jobs and Dask")
    parser.add_argument(
        "--paired", action="store_true", help="only export's and index's work per article, in turns in one process"
    )
    parser.add_argument(
        "--timeline", action="store_true", help="only where the time of Dask's own cluster and of --jobs goes, in turns"
    )
    parser.add_argument(
        "--dask-pairs", type=int, default=0, metavar="N", help="only a running cluster's 2 workers against 1, N pairs"
    )
    parser.add_argument(
        "--shards-only",
        action="store_true",
        help="with --dask-pairs: the runs write shards only (no archive); their merge is timed after",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-archive-") as tmp:
        root = Path(tmp)
        files = split_corpus(args.corpus, root / "news", args.articles)
        n = len(files)
        corpus_bytes = args.corpus.stat().st_size
        split_bytes = sum(p.stat().st_size for p in files)
        print(f"{n} articles, {split_bytes / 1e6:.2f} MB split ({corpus_bytes / 1e6:.2f} MB corpus)")
        if args.paired:
            paired(root, files)
            return
        if args.timeline:
            timeline(root, n, args.rounds, args.workers)
            return
        if args.dask_pairs:
            adopt_orphans()
            dask_pairs(root, n, args.dask_pairs, args.workers, args.shards_only)
            return
        if args.batches:
            batch_sizes(root, n, [int(b) for b in args.batches.split(",")], args.workers)
            return
        workers = str(args.workers)
        adopt_orphans()
        parallel: dict[str, tuple[str, ...]] = {"jobs": ("--jobs", workers)}
        clusters: dict[str, Cluster] = {}
        try:
            if dask_installed():
                parallel["dask"] = ("--engine", "dask", "--jobs", workers)
                parallel["dask1"] = ("--engine", "dask", "--jobs", "1")  # the same engine on one worker
                # a running cluster of N workers, and one of 1: the same engine's speed-up without a start
                for name, size in (("running", args.workers), ("running1", 1)):
                    cluster = clusters[name] = Cluster(size, root / f"{name}.log")
                    parallel[name] = ("--engine", "dask", "--scheduler", cluster.address)
                    print(
                        f"a running cluster of {size} worker{'s' if size > 1 else ''} ({cluster.address}; `dask "
                        f"scheduler`, `dask worker --nthreads 1 --preload reader.archive.warm`): up in "
                        f"{cluster.start_seconds:.1f} s, not timed"
                    )
                for name, on in CLUSTER_OF.items():  # the same clusters, the workers' shards only (--shards-only)
                    parallel[name] = (*parallel[on], "--shards-only")
            else:
                print("(Dask is not installed: pip install -e '.[archive-cluster]'; its figures are left out)")
            run_rounds(args, root, n, parallel, clusters)
        finally:
            for cluster in clusters.values():
                cluster.stop()


def run_rounds(
    args: argparse.Namespace, root: Path, n: int, parallel: dict[str, tuple[str, ...]], clusters: dict[str, Cluster]
) -> None:
    """The commands in turns, round after round, then the re-run, the queries and the size."""
    corpus_bytes = args.corpus.stat().st_size
    split_bytes = sum(p.stat().st_size for p in (root / "news").iterdir())
    scaled: dict[str, list[float]] = {name: [] for name in parallel}
    scaled_cpu: dict[str, list[float]] = {name: [] for name in parallel}
    exports: list[float] = []
    indexes: list[float] = []
    export_cpu: list[float] = []
    index_cpu: list[float] = []
    db = root / "archive.db"
    parts = halves(root, args.workers)
    ceilings: list[float] = []
    ceiling_cpu: list[float] = []
    steal: dict[str, list[float]] = {}
    for k in range(args.rounds):
        db = root / f"archive{k}.db"
        summary = ""
        turns = ["export", "index", "ceiling", *parallel]
        turns = turns[k % len(turns) :] + turns[: k % len(turns)]  # each goes first in its round
        for command in turns:
            if command in parallel:
                extra = parallel[command]
                if command != "jobs":
                    extra += ("--shards", str(root / f"shards-{command}{k}"))
                seconds, _ = timed(
                    "index",
                    str(root / "news"),
                    "--db",
                    str(root / f"{command}{k}.db"),
                    *extra,
                    cluster=clusters.get(CLUSTER_OF.get(command, command)),
                )
                scaled[command].append(seconds)
                scaled_cpu[command].append(CPU[-1])
            elif command == "ceiling":
                seconds, _ = timed_together(
                    *(("index", str(part), "--db", str(root / f"ceiling{k}-{j}.db")) for j, part in enumerate(parts))
                )
                ceilings.append(seconds)
                ceiling_cpu.append(CPU[-1])
            elif command == "export":
                seconds, _ = timed("export", str(root / "news"), "-o", str(root / "out.jsonl"), "--force")
                exports.append(seconds)
                export_cpu.append(CPU[-1])
            else:
                seconds, summary = timed("index", str(root / "news"), "--db", str(db))
                indexes.append(seconds)
                index_cpu.append(CPU[-1])
            steal.setdefault(command, []).append(STEAL[-1] / seconds / (os.cpu_count() or 1))
        print(
            f"round {k + 1}: export {exports[-1]:.1f} s ({n / exports[-1]:.0f} articles/s; "
            f"CPU {export_cpu[-1]:.1f} s = {export_cpu[-1] / exports[-1]:.2f} cores), "
            f"index {indexes[-1]:.1f} s ({n / indexes[-1]:.0f} articles/s; CPU {index_cpu[-1]:.1f} s = "
            f"{index_cpu[-1] / indexes[-1]:.2f} cores); "
            f"{summary.splitlines()[-1]}"
        )
        print(
            f"         ceiling, {args.workers} serial index runs at once on a share each: {ceilings[-1]:.1f} s "
            f"({indexes[-1] / ceilings[-1]:.2f}x the serial index; CPU {ceiling_cpu[-1]:.1f} s = "
            f"{ceiling_cpu[-1] / ceilings[-1]:.2f} cores)"
        )
        for name in parallel:
            print(
                f"         index {' '.join(parallel[name])}: {scaled[name][-1]:.1f} s "
                f"({n / scaled[name][-1]:.0f} articles/s = {indexes[-1] / scaled[name][-1]:.2f}x the serial "
                f"index, {ceilings[-1] / scaled[name][-1]:.0%} of the ceiling; CPU {scaled_cpu[name][-1]:.1f} s = "
                f"{scaled_cpu[name][-1] / scaled[name][-1]:.2f} cores)"
            )
    for what, pick in (("median", statistics.median), ("best", min)):
        export_rate, index_rate = n / pick(exports), n / pick(indexes)
        print(
            f"{what} of {args.rounds}: reader export (serial) {export_rate:.0f} articles/s, "
            f"reader index {index_rate:.0f} articles/s = {index_rate / export_rate:.0%} of export"
        )
    for what, pick in (("median", statistics.median), ("best", min)):
        print(
            f"{what} of {args.rounds}: ceiling ({args.workers} serial index runs at once) "
            f"{pick(indexes) / pick(ceilings):.2f}x the serial index"
        )
    ratios = [i / c for i, c in zip(indexes, ceilings, strict=True)]
    print(f"  the ceiling by round: {', '.join(f'{x:.2f}x' for x in ratios)} (median {statistics.median(ratios):.2f}x)")
    for name in parallel:
        for what, pick in (("median", statistics.median), ("best", min)):
            rate = n / pick(scaled[name])
            print(
                f"{what} of {args.rounds}: reader index {' '.join(parallel[name])} {rate:.0f} articles/s = "
                f"{rate / (n / pick(indexes)):.2f}x the serial index, {rate / (n / pick(exports)):.2f}x "
                f"the serial export, {pick(ceilings) / pick(scaled[name]):.0%} of the ceiling"
            )
        shares = [c / s for c, s in zip(ceilings, scaled[name], strict=True)]
        print(f"  share of the same round's ceiling, by round: {', '.join(f'{x:.0%}' for x in shares)}")
        ratios = [i / s for i, s in zip(indexes, scaled[name], strict=True)]
        print(
            f"  the same round's serial index over it, by round: {', '.join(f'{x:.2f}x' for x in ratios)} "
            f"(median {statistics.median(ratios):.2f}x)"
        )
    if "dask1" in parallel:
        ratios = [one / two for one, two in zip(scaled["dask1"], scaled["dask"], strict=True)]
        print(
            f"Dask's own cluster, {args.workers} workers against 1 (the same engine, its start in both), by round: "
            f"{', '.join(f'{x:.2f}x' for x in ratios)} (median {statistics.median(ratios):.2f}x)"
        )
    if "running1" in parallel:
        ratios = [one / two for one, two in zip(scaled["running1"], scaled["running"], strict=True)]
        print(
            f"a running Dask cluster, {args.workers} workers against 1 (the same engine, no start in either), by "
            f"round: {', '.join(f'{x:.2f}x' for x in ratios)} (median {statistics.median(ratios):.2f}x)"
        )
    if "shards1" in parallel:
        ratios = [one / two for one, two in zip(scaled["shards1"], scaled["shards"], strict=True)]
        print(
            f"a running Dask cluster, --shards-only (no archive written while the workers run), {args.workers} "
            f"workers against 1, by round: {', '.join(f'{x:.2f}x' for x in ratios)} "
            f"(median {statistics.median(ratios):.2f}x)"
        )
        merged, _ = timed("index", "--merge", str(root / f"shards-shards{args.rounds - 1}"), "--db", str(root / "m.db"))
        print(f"  its last run's shards merged into a new archive (reader index --merge): {merged:.2f} s")
    export_median, index_median = statistics.median(export_cpu), statistics.median(index_cpu)
    cpu_ratio = export_median / index_median
    print(
        f"CPU seconds, median: export {export_median:.1f}, index {index_median:.1f} "
        f"(index does {cpu_ratio:.0%} of export's articles per CPU second)"
        + f", ceiling {statistics.median(ceiling_cpu):.1f}"
        + "".join(f", {LABELS[name]} {statistics.median(scaled_cpu[name]):.1f}" for name in parallel)
        + " (all of each command's processes; a running cluster's, what it spent meanwhile)"
    )
    print(
        "cores used (CPU seconds / wall seconds), median: "
        f"index {cores(index_cpu, indexes):.2f}, ceiling {cores(ceiling_cpu, ceilings):.2f}"
        + "".join(f", {LABELS[name]} {cores(scaled_cpu[name], scaled[name]):.2f}" for name in parallel)
        + f" of {os.cpu_count()}: what the machine's other work left them"
    )
    print(
        "the host's steal (its CPUs kept from this machine while each command ran, a share of all), median: "
        + ", ".join(f"{LABELS.get(name, name)} {statistics.median(shares):.1%}" for name, shares in steal.items())
    )
    database = size_of(db)  # as the last round's index left it
    print(
        f"database:               {database / 1e6:.1f} MB = {database / corpus_bytes:.2f}x the corpus, "
        f"{database / split_bytes:.2f}x the split files"
    )
    rerun, summary = timed("index", str(root / "news"), "--db", str(db))
    first = min(indexes)
    print(f"re-run, unchanged:      {rerun:.2f} s = {rerun / first:.1%} of the first run ({summary})")
    if "re-analysed" in summary:
        print("  (the analysis changed during the run: someone edited reader/events, reader/data, reader/text...)")
    import sqlite3

    conn = sqlite3.connect(db)
    for table in ("articles", "sentences", "timexes", "events"):
        print(f"  {table}: {conn.execute(f'SELECT count(*) FROM {table}').fetchone()[0]} rows")
    conn.close()
    sys.path.insert(0, str(REPO))
    import reader

    for label, query in QUERIES:
        times = []
        for _ in range(9):
            start = time.perf_counter()
            found = reader.query(db=db, **query)  # type: ignore[arg-type]
            times.append(time.perf_counter() - start)
        print(f"query {label}: {len(found)} events, {statistics.median(times) * 1000:.1f} ms median")
    runs = [timed("query", "كوريا الشمالية", "--db", str(db), "--format", "json")[0] for _ in range(5)]
    print(f"reader query كوريا الشمالية --format json, exec to exit: {statistics.median(runs):.2f} s median of 5")
    print(f"(cpus: {os.cpu_count()})")


if __name__ == "__main__":
    main()
