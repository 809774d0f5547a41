"""``reader.archive.store.Writer``: a batch written at once gives the archive that article-by-article writing gives."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from reader.archive.schema import open_archive
from reader.archive.store import Writer
from reader.archive.work import Prepared, article_path, process
from tests.archive_articles import write_articles
from tests.test_archive import check_consistent, dump


def _prepared(folder: Path) -> list[Prepared]:
    found = []
    for path in write_articles(folder):
        outcome = process(str(path), article_path(str(path)), None)
        assert isinstance(outcome, Prepared)
        found.append(outcome)
    return found


def _write(db: Path, runs: list[list[Prepared]], batch_rows: int) -> dict[str, list[tuple]]:
    conn = open_archive(db)
    try:
        for run in runs:
            writer = Writer(conn, batch_rows=batch_rows)
            for article in run:
                writer.write(article)
            writer.close()
            assert writer.written == len(run)
    finally:
        conn.close()
    check_consistent(db)
    return dump(db)


def test_one_batch_gives_the_ids_of_one_article_at_a_time(tmp_path: Path) -> None:
    a, b, c, d = _prepared(tmp_path / "news")
    changed_d = dataclasses.replace(d, hash="0" * 64, sentences=d.sentences[:1])  # the last id, replaced
    changed_a = dataclasses.replace(a, hash="1" * 64)
    runs = [
        [a, b, c, d],
        [changed_d, changed_a, b, changed_a],  # a path twice in one batch: the later one stands
    ]
    one_by_one = _write(tmp_path / "one.db", runs, batch_rows=1)
    batched = _write(tmp_path / "batched.db", runs, batch_rows=10**9)
    assert batched == one_by_one
    assert [row[1] for row in batched["articles"]] == [c.path, changed_d.path, b.path, changed_a.path]
    assert sum(row[8] for row in batched["articles"]) == len(batched["sentences"])


def test_an_error_in_a_batch_leaves_the_archive_as_it_was(tmp_path: Path) -> None:
    import sqlite3

    import pytest

    a, b, *_ = _prepared(tmp_path / "news")
    db = tmp_path / "a.db"
    conn = open_archive(db)
    try:
        writer = Writer(conn, batch_rows=10**9)
        writer.write(a)
        writer.close()
        broken = dataclasses.replace(b, sentences=[(*b.sentences[0][:4], None, "")])  # text NOT NULL
        writer = Writer(conn, batch_rows=10**9)
        writer.write(dataclasses.replace(a, hash="2" * 64))
        writer.write(broken)
        with pytest.raises(sqlite3.IntegrityError):
            writer.close()
        assert writer.written == 0
        assert conn.execute("SELECT path, hash FROM articles").fetchall() == [(a.path, a.hash)]
    finally:
        conn.close()
    check_consistent(db)


def test_archive_paths_resolve_as_article_path_does(tmp_path: Path, monkeypatch) -> None:
    import os

    from reader.archive.indexer import archive_paths

    real = tmp_path / "real"
    write_articles(real / "sub")
    (tmp_path / "linked").symlink_to(real, target_is_directory=True)
    (real / "alias.txt").symlink_to(real / "sub" / "a_visit.txt")
    monkeypatch.chdir(tmp_path)
    names = [
        "linked/sub/a_visit.txt",
        "real/sub/../sub/b_accuse.txt",
        str(real / "alias.txt"),
        "./real/sub/c_agree.txt",
        os.path.join("real", "sub", "missing.txt"),
    ]
    assert archive_paths(names) == [(name, article_path(name)) for name in names]
    monkeypatch.chdir(real / "sub")
    assert archive_paths(["d_harakat.txt"]) == [("d_harakat.txt", article_path("d_harakat.txt"))]
