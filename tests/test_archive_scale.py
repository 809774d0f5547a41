"""The archive at scale: analyses of other rules redone, deleted files pruned, ``--jobs N`` and
``--engine dask`` giving the archive a serial run gives, and ``--merge`` of Parquet shards."""

from __future__ import annotations

import itertools
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import reader
from reader.archive import schema
from reader.archive.work import RULE_GLOBS, analysis_version, rules_version
from tests.archive_articles import many_articles, write_articles
from tests.test_archive import check_consistent, dump


def content(db: Path) -> dict[str, list[tuple]]:
    """What the archive holds, keyed by path and not by the ids rows were given."""
    conn = sqlite3.connect(db)
    try:
        return {
            "articles": conn.execute(
                "SELECT path, hash, title, source, published, reference, reference_source, sentence_count, analysis "
                "FROM articles ORDER BY path"
            ).fetchall(),
            "sentences": conn.execute(
                'SELECT a.path, s.n, s.paragraph, s.start, s."end", s.text FROM sentences s '
                "JOIN articles a ON a.id = s.article ORDER BY a.path, s.n"
            ).fetchall(),
            "events": conn.execute(
                "SELECT a.path, e.eid, e.type, e.trigger, e.actor, e.sentence, e.mentions, e.date, e.granularity, "
                "e.date_source, e.timex, e.actor_key, e.date_start, e.date_end FROM events e "
                "JOIN articles a ON a.id = e.article ORDER BY a.path, e.eid"
            ).fetchall(),
        }
    finally:
        conn.close()


def test_the_rules_version_follows_the_rule_files(tmp_path: Path) -> None:
    rules = tmp_path / "events.json"
    rules.write_text('{"visit": ["زار"]}', encoding="utf-8")
    other = tmp_path / "temporal.json"
    other.write_text("{}", encoding="utf-8")
    first = rules_version([rules, other], "0.1.0")
    assert first == rules_version([other, rules], "0.1.0")  # in name order, whatever order given
    assert first.startswith("0.1.0+") and len(first) == len("0.1.0+") + 16
    assert rules_version([rules, other], "0.2.0") != first
    rules.write_text('{"visit": ["زار", "يزور"]}', encoding="utf-8")
    assert rules_version([rules, other], "0.1.0") != first
    assert analysis_version() == analysis_version()  # cached, and the same each call


def test_every_module_the_work_runs_is_in_the_analysis_version() -> None:
    # a new interpreter: which of the reader's modules does one article's work import?
    script = (
        "import sys\n"
        "from reader.archive.work import process\n"
        "from reader.io.document import seed_path\n"
        "seed = str(seed_path())\n"
        "assert type(process(seed, seed, None)).__name__ == 'Prepared'\n"
        "for name, module in sorted(sys.modules.items()):\n"
        "    if name.startswith('reader') and getattr(module, '__file__', None):\n"
        "        print(module.__file__)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    package = Path(reader.__file__).resolve().parent
    covered = {path.resolve().with_suffix("") for pattern in RULE_GLOBS for path in package.glob(pattern)}
    # what cannot change the rows: the package's version (in the version already), its errors' words,
    # the archive's API (reader.index, reader.query)
    exempt = {package / "__init__", package / "errors", package / "archive" / "__init__"}
    used = {Path(line).resolve().with_suffix("") for line in out.split()}
    used = {path.with_name(path.name.split(".")[0]) for path in used}  # a compiled module: its source's name
    assert len(used) > 30
    assert used - covered - exempt == set()


def test_articles_analysed_under_other_rules_are_analysed_again(tmp_path: Path, reader_cli) -> None:
    paths = write_articles(tmp_path / "news")
    db = tmp_path / "news.db"
    assert reader_cli("index", str(tmp_path / "news"), "--db", str(db)).code == 0
    before = content(db)
    versions = {row[-1] for row in before["articles"]}  # this reader's (not compared with this process's
    assert len(versions) == 1  # cached one: the rules may have been edited since it was computed)
    assert re.fullmatch(r"\d+\.\d+\.\d+\+[0-9a-f]{16}", versions.pop())
    conn = sqlite3.connect(db)  # as an archive made by an older reader, or before a rule file changed
    conn.execute(
        "UPDATE articles SET analysis = '0.0.9+0123456789abcdef' WHERE path IN (?, ?)",
        (str(paths[0].resolve()), str(paths[1].resolve())),
    )
    conn.commit()
    conn.close()
    again = reader_cli("index", str(tmp_path / "news"), "--db", str(db))
    assert again.code == 0, again.err
    assert re.match(
        r"indexed 2 articles \(\d+ events; 2 re-analysed: other rules\), 2 unchanged, 0 skipped in ", again.err
    )
    assert content(db) == before  # the same files, the same rules now: the same rows, the new version
    check_consistent(db)
    third = reader_cli("index", str(tmp_path / "news"), "--db", str(db))
    assert third.err.startswith("indexed 0 articles (0 events), 4 unchanged, 0 skipped in ")


def test_a_version_2_archive_is_migrated_and_its_articles_analysed_again(tmp_path: Path) -> None:
    write_articles(tmp_path / "news")
    db = tmp_path / "v2.db"
    reader.index(tmp_path / "news", db=db)
    before = content(db)
    conn = sqlite3.connect(db)  # what version 2 wrote: no analysis column
    conn.execute("ALTER TABLE articles DROP COLUMN analysis")
    conn.execute("DROP TABLE archive_meta")  # nor version 4's
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    summary = reader.index(tmp_path / "news", db=db)
    assert (summary.indexed, summary.reanalysed, summary.unchanged) == (4, 4, 0)
    assert content(db) == before
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION == 6
    conn.close()


def test_deleted_files_are_kept_unless_pruned(tmp_path: Path, reader_cli) -> None:
    folder = tmp_path / "news"
    paths = write_articles(folder)
    other = write_articles(tmp_path / "elsewhere")
    db = tmp_path / "news.db"
    assert reader_cli("index", str(folder), str(other[0]), "--db", str(db)).code == 0
    paths[2].unlink()
    kept = reader_cli("index", str(folder), "--db", str(db))
    assert kept.code == 0
    assert ", 0 skipped, 1 gone from disk (kept; --prune removes them) in " in kept.err
    assert len(reader.query("الطاقة المتجددة", db=db)) == 1
    other[0].unlink()  # not under the folder indexed: not pruned with it
    pruned = reader_cli("index", str(folder), "--db", str(db), "--prune")
    assert pruned.code == 0, pruned.err
    assert pruned.err.startswith("indexed 0 articles (0 events), 3 unchanged, 0 skipped, 1 pruned in ")
    assert reader.query("الطاقة المتجددة", db=db) == []
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    conn.close()
    check_consistent(db)
    folder.rename(tmp_path / "unmounted")  # a folder missing altogether prunes nothing
    gone = reader_cli("index", str(folder), "--db", str(db), "--prune")
    assert gone.code == 1 and "no such file or folder" in gone.err
    assert ", 0 skipped" not in gone.err and "pruned" not in gone.err
    assert len(reader.query(db=db)) == len(reader.query(db=db, limit=1000))
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    conn.close()


def _folder_with_a_bad_file(folder: Path, count: int) -> None:
    many_articles(folder, count)
    write_articles(folder)
    (folder / "article_0007b.txt").write_bytes(b"\x00\x01\x02 binary \xff\xfe")


def test_jobs_2_gives_the_serial_archive(tmp_path: Path, reader_cli) -> None:
    folder = tmp_path / "news"
    _folder_with_a_bad_file(folder, 30)
    serial, pooled = tmp_path / "serial.db", tmp_path / "pooled.db"
    one = reader_cli("index", str(folder), "--db", str(serial))
    two = reader_cli("index", str(folder), "--db", str(pooled), "--jobs", "2", "--batch", "4")
    assert one.code == two.code == 1  # the bad file, said once in each
    assert [line for line in two.err.splitlines() if line.startswith("reader: ")] == [
        line for line in one.err.splitlines() if line.startswith("reader: ")
    ]
    assert two.err.splitlines()[-1].startswith("indexed 34 articles")
    assert dump(pooled) == dump(serial)  # the same rows under the same ids: events, sentences, all
    check_consistent(pooled)
    again = reader_cli("index", str(folder), "--db", str(pooled), "--jobs", "2")
    assert again.err.splitlines()[-1].startswith("indexed 0 articles (0 events), 34 unchanged, 1 skipped")


def test_jobs_below_one_is_refused_and_above_the_cpus_capped(tmp_path: Path, reader_cli) -> None:
    import os

    write_articles(tmp_path / "news")
    zero = reader_cli("index", str(tmp_path / "news"), "--db", str(tmp_path / "a.db"), "--jobs", "0")
    assert zero.code == 2 and zero.err == "reader: --jobs 0: must be at least 1\n"
    words = reader_cli("index", str(tmp_path / "news"), "--db", str(tmp_path / "a.db"), "--batch", "many")
    assert words.code == 2 and words.err == "reader: --batch many: expected a whole number of at least 1\n"
    assert not (tmp_path / "a.db").exists()
    cpus = len(os.sched_getaffinity(0))
    many = reader_cli("index", str(tmp_path / "news"), "--db", str(tmp_path / "a.db"), "--jobs", "999")
    assert many.code == 0
    assert many.err.splitlines()[0] == f"reader: --jobs 999 is more than the {cpus} CPUs; using {cpus}"
    assert many.err.splitlines()[1].startswith("indexed 4 articles")


def test_engine_options_are_checked(tmp_path: Path, reader_cli) -> None:
    write_articles(tmp_path / "news")
    db = tmp_path / "a.db"
    for args in (
        ("--scheduler", "tcp://127.0.0.1:1"),
        ("--shards", str(tmp_path / "s")),
    ):
        run = reader_cli("index", str(tmp_path / "news"), "--db", str(db), *args)
        assert run.code == 2 and run.err == "reader: --scheduler, --shards and --shards-only go with --engine dask\n"
    run = reader_cli("index", str(tmp_path / "news"), "--db", str(db), "--shards-only")
    assert run.code == 2 and run.err == "reader: --scheduler, --shards and --shards-only go with --engine dask\n"
    run = reader_cli("index", str(tmp_path / "news"), "--db", str(db), "--engine", "dask", "--shards-only", "--prune")
    refused = "reader: --shards-only leaves the archive as it is: not with --prune nor --merge\n"
    assert run.code == 2 and run.err == refused
    both = reader_cli("index", str(tmp_path / "news"), "--db", str(db), "--merge", str(tmp_path / "s"))
    neither = reader_cli("index", "--db", str(db))
    for run in (both, neither):
        assert run.code == 2 and run.err == "reader: give PATHs to index, or --merge SHARDS, not both nor neither\n"
    assert not db.exists()


dask_needed = pytest.mark.skipif(
    __import__("importlib").util.find_spec("distributed") is None
    or __import__("importlib").util.find_spec("pyarrow") is None,
    reason="dask[distributed] and pyarrow are not installed (pip install -e '.[dev]')",
)


def _dask_index(reader_cli, folder: Path, db: Path, shards: Path, *extra: str):
    """``reader index FOLDER`` on a local Dask cluster of 2 workers, batches of 8, into ``db`` and ``shards``."""
    args = ("--engine", "dask", "--jobs", "2", "--batch", "8", "--shards", str(shards), *extra)
    return reader_cli("index", str(folder), "--db", str(db), *args, timeout=180)


@dask_needed
def test_dask_local_cluster_gives_the_serial_archive_and_shards_merge(tmp_path: Path, reader_cli) -> None:
    import pyarrow.parquet as pq

    folder = tmp_path / "news"
    _folder_with_a_bad_file(folder, 30)
    serial, clustered, merged = tmp_path / "serial.db", tmp_path / "dask.db", tmp_path / "merged.db"
    shards = tmp_path / "shards"
    one = reader_cli("index", str(folder), "--db", str(serial))
    run = _dask_index(reader_cli, folder, clustered, shards)
    assert run.code == 1, run.err  # the bad file
    assert "Traceback" not in run.err
    assert [line for line in run.err.splitlines() if line.startswith("reader: ")] == [
        line for line in one.err.splitlines() if line.startswith("reader: ")
    ]
    assert dump(clustered) == dump(serial)
    check_consistent(clustered)
    parts = sorted(p.name for p in (shards / "articles").iterdir())
    assert len(parts) == 5 and all(p.startswith("part-") and p.endswith(".parquet") for p in parts)
    events = pq.read_table(shards / "events").num_rows  # the folder reads as one table, as it is
    assert events == len(dump(serial)["events"])

    loaded = reader_cli("index", "--merge", str(shards), "--db", str(merged))
    assert loaded.code == 0, loaded.err
    assert loaded.err.startswith("indexed 34 articles")
    assert dump(merged) == dump(serial)
    check_consistent(merged)
    again = reader_cli("index", "--merge", str(shards), "--db", str(merged))
    assert again.err.startswith("indexed 0 articles (0 events), 34 unchanged, 0 skipped")


@dask_needed
def test_a_shards_only_run_leaves_the_archive_and_its_shards_merge_to_the_serial_one(
    tmp_path: Path, reader_cli
) -> None:
    # --shards-only: the workers write the shards, the client writes nothing; the archive (here
    # holding some of the files already) only says which files are unchanged; --merge then loads
    # the shards, and the archive is the one a serial run makes
    folder = tmp_path / "news"
    _folder_with_a_bad_file(folder, 30)
    serial, archive, shards = tmp_path / "serial.db", tmp_path / "a.db", tmp_path / "shards"
    reader_cli("index", str(folder), "--db", str(serial))
    first = sorted(folder.glob("*.txt"))[:5]
    assert reader_cli("index", *map(str, first), "--db", str(archive)).code == 0
    before = dump(archive)
    run = _dask_index(reader_cli, folder, archive, shards, "--shards-only")
    assert run.code == 1, run.err  # the bad file, reported as in a serial run
    assert "Traceback" not in run.err
    summary = run.err.splitlines()[-1]
    assert summary.startswith("indexed 29 articles (") and ", 5 unchanged, 1 skipped in " in summary
    assert summary.endswith(f"-> {shards}, not yet in {archive} (reader index --merge {shards} --db {archive})")
    assert dump(archive) == before  # nothing written
    loaded = reader_cli("index", "--merge", str(shards), "--db", str(archive))
    assert loaded.code == 0, loaded.err
    assert loaded.err.startswith("indexed 29 articles")
    assert dump(archive) == dump(serial)
    check_consistent(archive)


def test_dask_batches_taper_so_that_the_workers_finish_together() -> None:
    from reader.archive.cluster import TAIL_BATCH, tapered

    for count, size, workers in ((3861, 128, 2), (35, 8, 2), (1000, 64, 8), (5, 128, 2), (100, 128, 1)):
        bounds = list(tapered(count, size, workers))
        assert bounds[0][0] == 0 and bounds[-1][1] == count  # every file once, in order
        assert all(stop == start for (_, stop), (start, _) in itertools.pairwise(bounds))
        sizes = [stop - start for start, stop in bounds]
        assert max(sizes) <= size and sizes == sorted(sizes, reverse=True)
        assert all(s >= min(size, TAIL_BATCH) for s in sizes[:-1])
    sizes = [stop - start for start, stop in tapered(3861, 128, 2)]
    assert sizes[:26] == [128] * 26 and sizes[-4:] == [16, 16, 16, 5]  # a batch of 128 while 4 are left for each
    assert [stop - start for start, stop in tapered(35, 8, 2)] == [8, 8, 8, 8, 3]  # none under 16 when all are
    assert list(tapered(0, 128, 2)) == []


@dask_needed
def test_a_dask_task_takes_and_gives_one_pickle(tmp_path: Path) -> None:
    import pickle

    from reader.archive.cluster import read_shard, shard_task
    from reader.archive.work import Skipped, process

    paths = [str(p) for p in write_articles(tmp_path / "news")[:2]]
    items = [(p, p, None) for p in paths]
    outcomes = pickle.loads(shard_task(str(tmp_path / "shards"), "part-0", pickle.dumps(items)))
    assert outcomes == [process(*item) for item in items]
    assert read_shard(tmp_path / "shards", "part-0") == outcomes
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    failed = pickle.loads(shard_task(str(tmp_path / "file"), "part-0", pickle.dumps(items)))
    assert [type(o) for o in failed] == [Skipped, Skipped]
    assert all("cannot write the shard part-0" in o.message for o in failed)


@dask_needed
def test_shards_hold_the_text_and_the_loader_folds_it(tmp_path: Path) -> None:
    """A shard's sentences are the text as written (the folded copy made the files half as large
    again); the reader that loads them folds them as its own text index does, also those of a shard
    an earlier reader wrote with a folded column, whatever folding that one had."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from reader.archive.cluster import read_shard, write_shard
    from reader.archive.keys import fold
    from reader.archive.work import Prepared, process

    paths = [str(p) for p in write_articles(tmp_path / "news")]
    analysed = [process(p, p, None) for p in paths]
    assert all(isinstance(a, Prepared) for a in analysed)
    shards = tmp_path / "shards"
    write_shard(str(shards), "part-0", analysed)  # type: ignore[arg-type]
    written = pq.read_table(shards / "sentences" / "part-0.parquet")
    assert written.column_names == ["path", "n", "paragraph", "start", "end", "text"]
    assert read_shard(shards, "part-0") == analysed
    harakat = [text for text in written.column("text").to_pylist() if fold(text) != text]
    assert harakat  # some sentence that folding changes, so the test below can tell

    earlier = written.append_column("folded", pa.array(["?"] * written.num_rows, pa.string()))
    pq.write_table(earlier, shards / "sentences" / "part-0.parquet")
    assert read_shard(shards, "part-0") == analysed


@dask_needed
def test_distributed_imported_through_libyaml_has_the_same_configuration() -> None:
    import subprocess
    import sys

    dump = "import dask, json; print(json.dumps(dask.config.config, sort_keys=True, default=str))"
    plain = subprocess.run([sys.executable, "-c", f"import distributed; {dump}"], capture_output=True, text=True)
    fast = subprocess.run(
        [
            sys.executable,
            "-c",
            "import yaml; from reader.archive.fastyaml import import_distributed; original = yaml.safe_load; "
            f"import_distributed(); assert yaml.safe_load is original; {dump}",
        ],
        capture_output=True,
        text=True,
    )
    assert fast.returncode == plain.returncode == 0, fast.stderr + plain.stderr
    assert fast.stdout == plain.stdout and '"distributed"' in fast.stdout


@dask_needed
def test_distributed_is_imported_without_numpy_nor_jinja2() -> None:
    """The client imports distributed without numpy (0.1-0.2 s of CPU before it can send a task) nor
    jinja2; messages still go through (a large one: its buffer a ``bytearray``), and both stay importable."""
    import importlib.util
    import subprocess
    import sys

    installed = [name for name in ("numpy", "jinja2") if importlib.util.find_spec(name) is not None]
    if not installed:
        pytest.skip("neither numpy nor jinja2 is installed: nothing to spare")
    code = (
        "import sys\n"
        "from reader.archive.fastyaml import import_distributed\n"
        "import_distributed()\n"
        f"print([name for name in {installed!r} if name in sys.modules])\n"
        "from distributed.protocol import dumps, loads\n"
        "big = bytes(range(256)) * 40_000\n"
        "print(loads(dumps({'op': 'x', 'data': big}))['data'] == big)\n"
        f"for name in {installed!r}:\n"
        "    __import__(name)\n"
        "print('importable')\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["[]", "True", "importable"]


@dask_needed
@pytest.mark.skipif(sys.platform != "linux", reason="the fork server is forked from the client on Linux")
def test_the_fork_server_is_a_fork_of_the_client_and_serves_a_cluster() -> None:
    """The local cluster's fork server is this process forked once distributed is imported (not a
    new interpreter importing it a second time), and so is the resource tracker; workers fork from
    the server and run tasks; it ends with the client. With another thread running, nothing is
    forked (multiprocessing starts its own)."""
    import subprocess

    script = (
        "import os, sys, threading\n"
        "from multiprocessing import forkserver\n"
        "from reader.archive import forkserve\n"
        "from reader.archive.cluster import PRELOAD, local_cluster, start_fork_server\n"
        "if sys.argv[1] == 'thread':\n"
        "    stop = threading.Event()\n"
        "    threading.Thread(target=stop.wait).start()\n"
        "    print(forkserve.start(PRELOAD), forkserver._forkserver._forkserver_pid)\n"
        "    stop.set()\n"
        "    sys.exit()\n"
        "from multiprocessing import resource_tracker\n"
        "start_fork_server()\n"
        "pid = forkserver._forkserver._forkserver_pid\n"
        "print(pid)\n"
        "for each in (pid, resource_tracker._resource_tracker._pid):\n"
        "    with open(f'/proc/{each}/cmdline', 'rb') as f, open('/proc/self/cmdline', 'rb') as g:\n"
        "        print('forked' if f.read() == g.read() else 'spawned')\n"
        "from distributed import Client\n"
        "with local_cluster(1) as cluster, Client(cluster.scheduler_address) as client:\n"
        "    client.wait_for_workers(1, timeout=60)\n"
        "    print(client.submit(lambda: os.getppid() != os.getpid()).result(timeout=60))\n"
    )
    run = subprocess.run([sys.executable, "-c", script, "plain"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    pid, server, tracker, ran = run.stdout.split()
    assert (server, tracker, ran) == ("forked", "forked", "True")
    for _ in range(100):  # the server ends once the client is gone
        if not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split(")")[1][:3]:
            break
        time.sleep(0.1)
    else:
        raise AssertionError(f"the fork server {pid} outlived its client")
    threaded = subprocess.run([sys.executable, "-c", script, "thread"], capture_output=True, text=True, timeout=60)
    assert threaded.returncode == 0, threaded.stderr
    assert threaded.stdout.split() == ["False", "None"]


@dask_needed
def test_a_local_cluster_imports_no_pandas(tmp_path: Path) -> None:
    """pandas is 0.3-0.45 s of CPU that nothing here needs: pyarrow would import it for a shard's first
    column (in the warm-up: the fork server, a running cluster's worker), distributed to preload a fork
    server (in the client, as the cluster starts). Both are spared; pandas stays importable."""
    import importlib.util
    import subprocess
    import sys

    if importlib.util.find_spec("pandas") is None:
        pytest.skip("pandas is not installed: nothing to spare")
    script = tmp_path / "cluster.py"
    script.write_text(
        "import sys\n"
        "if __name__ == '__main__':\n"
        "    import reader.archive.warm\n"
        "    from distributed import Client\n"
        "    from reader.archive.cluster import local_cluster, write_shard\n"
        "    from reader.archive.work import process\n"
        "    from reader.io.document import seed_path\n"
        "    write_shard(sys.argv[1], 'part-0', [process(str(seed_path()), str(seed_path()), None)])\n"
        "    print('warm:', 'pandas' in sys.modules)\n"
        "    with local_cluster(1) as cluster, Client(cluster.scheduler_address) as client:\n"
        "        client.wait_for_workers(1, timeout=60)\n"
        "        workers = set(client.run(lambda: 'pandas' in sys.modules).values())\n"
        "        print('cluster:', 'pandas' in sys.modules, workers)\n"
        "    import pandas\n"
        "    print('importable:', pandas.DataFrame is not None)\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "shards")], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines == ["warm: False", "cluster: False {False}", "importable: True"]
    assert (tmp_path / "shards" / "articles" / "part-0.parquet").exists()


@dask_needed
def test_the_client_gathers_the_rows_from_the_workers_not_through_the_scheduler(tmp_path: Path) -> None:
    """On a local cluster a task's rows (some 470 KB a batch of 128 articles) go from its worker to
    the client in one hop, not relayed by the scheduler (which took them in and sent them on): the
    scheduler's ``gather`` handler, counted, is never asked."""
    import subprocess

    write_articles(tmp_path / "news")
    script = tmp_path / "gather.py"
    script.write_text(
        "import contextlib, sys\n"
        "if __name__ == '__main__':\n"
        "    from pathlib import Path\n"
        "    from reader.archive import cluster\n"
        "    from reader.archive.work import Prepared, process\n"
        "    paths = sorted(str(p) for p in Path(sys.argv[1]).iterdir())\n"
        "    items = [(p, p, None) for p in paths]\n"
        "    asked, made = [], cluster.local_cluster\n"
        "    @contextlib.contextmanager\n"
        "    def counted(workers):\n"
        "        with made(workers) as local:\n"
        "            handlers = local.scheduler.handlers\n"
        "            gather = handlers['gather']\n"
        "            handlers['gather'] = lambda *a, **k: (asked.append(1), gather(*a, **k))[1]\n"
        "            yield local\n"
        "    cluster.local_cluster = counted\n"
        "    got = [o for o, _ in cluster.dask_outcomes(items, 1, None, sys.argv[2], 2)]\n"
        "    print(len(asked), got == [process(*item) for item in items], all(isinstance(o, Prepared) for o in got))\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "news"), str(tmp_path / "shards")],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["0", "True", "True"]


@dask_needed
def test_merge_of_what_is_no_shards_folder_is_one_line(tmp_path: Path, reader_cli) -> None:
    db = tmp_path / "a.db"
    missing = reader_cli("index", "--merge", str(tmp_path / "nowhere"), "--db", str(db))
    assert missing.code == 1 and missing.err == f"reader: {tmp_path / 'nowhere'}: no such folder of shards\n"
    (tmp_path / "plain").mkdir()
    plain = reader_cli("index", "--merge", str(tmp_path / "plain"), "--db", str(db))
    assert plain.code == 1 and plain.err.count("\n") == 1 and "holds no shards" in plain.err
    assert not db.exists()  # no archive made for nothing to merge


@dask_needed
def test_an_unreachable_scheduler_is_one_line(tmp_path: Path, reader_cli) -> None:
    write_articles(tmp_path / "news")
    run = reader_cli(
        "index",
        str(tmp_path / "news"),
        "--db",
        str(tmp_path / "a.db"),
        "--engine",
        "dask",
        "--scheduler",
        "tcp://127.0.0.1:9",
        timeout=120,
    )
    assert run.code == 1, run.err
    assert run.err.startswith("reader: tcp://127.0.0.1:9: cannot reach the Dask scheduler") and run.err.count("\n") == 1


def test_library_index_takes_jobs_and_prune(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "news")
    serial, pooled = tmp_path / "serial.db", tmp_path / "pooled.db"
    reader.index(tmp_path / "news", db=serial)
    summary = reader.index(tmp_path / "news", db=pooled, jobs=2)
    assert (summary.indexed, summary.skipped) == (4, [])
    assert dump(pooled) == dump(serial)
    paths[0].unlink()
    summary = reader.index(tmp_path / "news", db=pooled, jobs=2, prune=True)
    assert (summary.indexed, summary.unchanged, summary.pruned) == (0, 3, 1)
