"""``reader index``: a folder with bad files, re-indexing what changed only, a killed run resumed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import reader
from tests.archive_articles import many_articles, write_articles
from tests.conftest import REPO


def dump(db: Path) -> dict[str, list[tuple]]:
    """Everything the archive holds but when each article was indexed, in a fixed order."""
    conn = sqlite3.connect(db)
    try:
        return {
            "articles": conn.execute(
                "SELECT id, path, hash, title, source, published, reference, reference_source, sentence_count "
                "FROM articles ORDER BY id"
            ).fetchall(),
            "sentences": conn.execute("SELECT * FROM sentences ORDER BY id").fetchall(),
            "timexes": conn.execute("SELECT * FROM timexes ORDER BY article, tid").fetchall(),
            "events": conn.execute("SELECT * FROM events ORDER BY id").fetchall(),
        }
    finally:
        conn.close()


def check_consistent(db: Path) -> None:
    """SQLite's own checks, the text index against its content, and every article whole."""
    from reader.archive.schema import open_archive

    conn = open_archive(db, create=False)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO sentence_text(sentence_text) VALUES ('integrity-check')")
        partial = conn.execute(
            "SELECT a.path FROM articles a "
            "WHERE a.sentence_count != (SELECT count(*) FROM sentences s WHERE s.article = a.id)"
        ).fetchall()
        assert partial == []
    finally:
        conn.close()


def test_a_folder_with_bad_files_indexes_the_good_ones(tmp_path: Path, reader_cli) -> None:
    folder = tmp_path / "news"
    write_articles(folder)
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03 not text \xff\xfe\x00")
    (folder / "empty.md").write_text("  \n", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF not an article")  # not an article suffix: not looked at
    db = tmp_path / "news.db"
    run = reader_cli("index", str(folder), "--db", str(db))
    assert run.code == 1
    lines = run.err.strip().splitlines()
    assert [line for line in lines if "binary.txt" in line] == [
        f"reader: {folder / 'binary.txt'}: looks like a binary file, not text"
    ]
    assert len([line for line in lines if "empty.md" in line]) == 1
    assert "Traceback" not in run.err
    assert lines[-1].startswith("indexed 4 articles (9 events), 0 unchanged, 2 skipped in ")
    assert lines[-1].endswith(f"-> {db}")
    assert run.out == ""
    conn = sqlite3.connect(db)
    titles = [row[0] for row in conn.execute("SELECT title FROM articles ORDER BY path")]
    assert len(titles) == 4 and titles[0] == "وزير الخارجية المصري في عمّان"
    check_consistent(db)


def test_paths_on_stdin_and_a_missing_path(tmp_path: Path, reader_cli) -> None:
    paths = write_articles(tmp_path / "news")
    listed = "\n".join(str(p) for p in paths[:2]) + "\n\n" + str(tmp_path / "gone.txt") + "\n"
    db = tmp_path / "a.db"
    run = reader_cli("index", "-", str(paths[3]), "--db", str(db), stdin=listed.encode())
    assert run.code == 1
    assert f"reader: {tmp_path / 'gone.txt'}: no such file or folder" in run.err
    assert "indexed 3 articles" in run.err


def test_reindexing_analyses_only_what_changed(tmp_path: Path, reader_cli) -> None:
    paths = write_articles(tmp_path / "news")
    db = tmp_path / "news.db"
    first = reader_cli("index", str(tmp_path / "news"), "--db", str(db))
    assert first.code == 0, first.err
    conn = sqlite3.connect(db)
    before = dict(conn.execute("SELECT path, indexed_at FROM articles").fetchall())
    conn.close()

    again = reader_cli("index", str(tmp_path / "news"), "--db", str(db))
    assert again.code == 0
    assert again.err.startswith("indexed 0 articles (0 events), 4 unchanged, 0 skipped")

    changed = paths[2]
    changed.write_text(changed.read_text(encoding="utf-8").replace("الطاقة المتجددة", "الغاز الطبيعي"), "utf-8")
    third = reader_cli("index", str(tmp_path / "news"), "--db", str(db))
    assert third.code == 0
    assert third.err.startswith("indexed 1 article (2 events), 3 unchanged, 0 skipped")
    conn = sqlite3.connect(db)
    after = dict(conn.execute("SELECT path, indexed_at FROM articles").fetchall())
    conn.close()
    changed_path = str(changed.resolve())
    assert {p for p in after if after[p] != before[p]} == {changed_path}  # the others were not analysed again
    assert reader.query("الغاز الطبيعي", db=db)[0].article.path == changed_path
    assert reader.query("الطاقة المتجددة", db=db) == []  # the old text left the index too
    check_consistent(db)


def test_library_index_returns_a_summary(tmp_path: Path) -> None:
    write_articles(tmp_path / "news")
    summary = reader.index(tmp_path / "news", db=tmp_path / "lib.db")
    assert (summary.indexed, summary.unchanged, summary.events, summary.skipped) == (4, 0, 9, [])
    summary = reader.index([str(tmp_path / "news" / "a_visit.txt"), tmp_path / "missing.txt"], db=tmp_path / "lib.db")
    assert (summary.indexed, summary.unchanged) == (0, 1)
    assert summary.skipped == [f"{tmp_path / 'missing.txt'}: no such file or folder"]


def _articles_in(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # not created yet, or its tables not yet
        return 0


def test_a_killed_run_resumes_to_the_same_archive(tmp_path: Path, reader_cli) -> None:
    folder = tmp_path / "news"
    count = 300
    many_articles(folder, count)
    killed_db, whole_db = tmp_path / "killed.db", tmp_path / "whole.db"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "index", str(folder), "--db", str(killed_db)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while _articles_in(killed_db) < 20 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert proc.poll() is None, "the run ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    done = _articles_in(killed_db)
    assert 20 <= done < count
    check_consistent(killed_db)

    resumed = reader_cli("index", str(folder), "--db", str(killed_db))
    assert resumed.code == 0, resumed.err
    assert resumed.err.startswith(f"indexed {count - done} articles")
    assert f", {done} unchanged, 0 skipped" in resumed.err
    whole = reader_cli("index", str(folder), "--db", str(whole_db))
    assert whole.code == 0
    assert dump(killed_db) == dump(whole_db)
    check_consistent(killed_db)


def test_progress_only_on_a_terminal(tmp_path: Path, reader_cli) -> None:
    write_articles(tmp_path / "news")
    run = reader_cli("index", str(tmp_path / "news"), "--db", str(tmp_path / "a.db"))
    assert "\x1b" not in run.err and "\r" not in run.err  # a pipe gets the summary alone
    assert run.err.count("\n") == 1


def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    import pty

    many_articles(tmp_path / "news", 30)
    master, slave = pty.openpty()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "TERM": "xterm", "COLUMNS": "100"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "index", str(tmp_path / "news"), "--db", str(tmp_path / "a.db")],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=slave,
    )
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    assert proc.wait(timeout=60) == 0
    text = seen.decode("utf-8", "replace")
    assert "indexing" in text and "/30" in text  # the bar: articles done of all
    assert "indexed 30 articles" in text


def _interruptible() -> None:
    """Ctrl-C as a terminal sends it, even when this test runs in a background job (whose shell
    starts it with SIGINT ignored, which the child would inherit and Python keep)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_keeps_the_articles_done_and_exits_130(tmp_path: Path, reader_cli) -> None:
    folder = tmp_path / "news"
    count = 300
    many_articles(folder, count)
    db = tmp_path / "a.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "index", str(folder), "--db", str(db)],
        cwd=REPO,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=_interruptible,
    )
    try:
        deadline = time.monotonic() + 60
        while _articles_in(db) < 10 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert proc.poll() is None, "the run ended before it could be interrupted"
        seen = _articles_in(db)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130
    assert b"Traceback" not in err
    done = _articles_in(db)
    assert seen <= done < count  # what was analysed before Ctrl-C was committed, not thrown away
    check_consistent(db)
    resumed = reader_cli("index", str(folder), "--db", str(db))
    assert resumed.code == 0 and f", {done} unchanged," in resumed.err


def test_a_full_disk_stops_the_run_and_keeps_what_was_committed(tmp_path: Path) -> None:
    import pytest

    from reader.archive.indexer import index
    from reader.archive.schema import open_archive

    many_articles(tmp_path / "news", 60)
    db = tmp_path / "a.db"
    conn = open_archive(db)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 40}")  # a disk that fills after a few articles
    with pytest.raises(sqlite3.OperationalError, match="full"):
        index([str(tmp_path / "news")], conn, str(db))
    conn.close()
    check_consistent(db)
    summary = reader.index(tmp_path / "news", db=db)  # room again: the run carries on
    assert summary.indexed + summary.unchanged == 60 and summary.indexed > 0
    check_consistent(db)
