"""The archive's schema: migrated on open from an older version, and files that are no archive refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import reader
from reader.archive import schema
from tests.archive_articles import write_articles

SENTENCE = "زَارَ وزير الخارجية السوداني القاهرة في أبريل 2018 لبحث ملف المياه."


def make_v1(db: Path) -> None:
    """A version 1 archive as that version wrote it: one article, one sentence, one event."""
    from reader.archive.keys import fold

    conn = sqlite3.connect(db)
    conn.create_function("reader_fold", 1, fold, deterministic=True)
    for statement in schema.SCHEMA_V1.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute(
        "INSERT INTO articles VALUES (1, '/news/old.txt', 'abc', 'زيارة قديمة', 'أرشيف', '2018-05-02', "
        "'2018-05-02', 'front matter', 1, 0.0)"
    )
    conn.execute("INSERT INTO sentences VALUES (1, 1, 0, 0, 0, ?, ?)", (len(SENTENCE), SENTENCE))
    conn.execute("INSERT INTO sentence_text(rowid, text) VALUES (1, ?)", (fold(SENTENCE),))
    conn.execute(
        "INSERT INTO timexes VALUES (1, 't0', 0, 40, 50, 'في أبريل 2018', '2018-04', 'month', 'date', 'absolute', NULL)"
    )
    conn.execute(
        "INSERT INTO events VALUES (1, 1, 'e0', 'visit', 'زار', 'وزير الخارجية السوداني', 0, '[0]', '2018-04', "
        "'month', 'explicit', 't0', 0, 4)"
    )
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_a_version_1_archive_is_migrated_on_open(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    make_v1(db)
    events = reader.query(db=db, date_from="2018-04", date_to="2018-04-30", actor="وزير الخارجيه")
    assert [(e.type, e.date, e.date_start, e.date_end) for e in events] == [
        ("visit", "2018-04", "2018-04-01", "2018-04-30")
    ]
    assert reader.query("الخارجيه السوداني", db=db)[0].sentence_text == SENTENCE
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION == 6
    indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"events_type_date", "events_date_span", "events_actor_key", "events_sentence"} <= indexes
    assert not {"events_type", "events_date", "events_actor"} & indexes
    conn.close()
    # and it takes new articles as any archive does
    write_articles(tmp_path / "news")
    summary = reader.index(tmp_path / "news", db=db)
    assert summary.indexed == 4
    assert len(reader.query(db=db)) == 10


def test_a_new_archive_is_the_current_version_in_wal_mode(tmp_path: Path) -> None:
    conn = schema.open_archive(tmp_path / "sub" / "new.db")
    assert schema.version(conn) == schema.VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    conn.close()


def test_a_file_that_is_no_database_is_never_touched(tmp_path: Path, reader_cli) -> None:
    write_articles(tmp_path / "news")
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes, not a database\n", encoding="utf-8")
    run = reader_cli("index", str(tmp_path / "news"), "--db", str(notes))
    assert run.code == 1
    assert run.err == f"reader: {notes}: is not an SQLite database; refusing to use it as the archive\n"
    assert notes.read_text(encoding="utf-8") == "my notes, not a database\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news", "notes.txt"]  # no -wal, no -shm


def test_another_programs_database_is_refused(tmp_path: Path, reader_cli) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE mine (x)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    write_articles(tmp_path / "news")
    run = reader_cli("index", str(tmp_path / "news"), "--db", str(other))
    assert run.code == 1
    assert run.err == f"reader: {other}: is an SQLite database but not a reader archive; refusing to change it\n"
    assert other.read_bytes() == before


def test_a_newer_archive_is_refused(tmp_path: Path, reader_cli) -> None:
    db = tmp_path / "new.db"
    schema.open_archive(db).close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    run = reader_cli("query", "--db", str(db))
    assert run.code == 1
    assert (
        run.err == f"reader: {db}: archive version 99 is newer than this reader's ({schema.VERSION}); upgrade reader\n"
    )


@pytest.mark.parametrize("kind", ["folder", "dangling link", "empty path"])
def test_other_targets_are_refused_in_one_line(tmp_path: Path, reader_cli, kind: str) -> None:
    write_articles(tmp_path / "news")
    target = tmp_path / "target"
    if kind == "folder":
        target.mkdir()
    elif kind == "dangling link":
        target.symlink_to(tmp_path / "nowhere.db")
    run = reader_cli("index", str(tmp_path / "news"), "--db", "" if kind == "empty path" else str(target))
    assert run.code == (2 if kind == "empty path" else 1)
    assert run.err.count("\n") == 1 and run.err.startswith("reader: ")
    assert not (tmp_path / "nowhere.db").exists()


def test_import_reader_stays_cheap() -> None:
    import subprocess
    import sys

    heavy = "('sqlite3', 'reader.analysis', 'rich')"
    code = f"import sys, reader; reader.index; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def _index_under_another_folding(db: Path) -> None:
    """Make the text index of ``db`` one that a reader folding otherwise would have built: its
    sentences indexed unfolded (harakat, alef forms and ta marbuta as written), named so."""
    conn = sqlite3.connect(db)
    conn.create_function("reader_fold", 1, lambda text: text, deterministic=True)
    conn.execute("INSERT INTO sentence_text(sentence_text) VALUES ('rebuild')")
    conn.execute("UPDATE archive_meta SET value = 'another folding' WHERE key = 'folding'")
    conn.commit()
    conn.close()


def test_the_text_index_is_rebuilt_when_the_folding_changes(tmp_path: Path) -> None:
    from tests.test_archive import check_consistent

    folder = tmp_path / "news"
    write_articles(folder)
    db = tmp_path / "a.db"
    reader.index(folder, db=db)
    assert [e.type for e in reader.query("الاسكندريه", db=db)] == ["visit"]
    conn = schema.open_archive(db)
    assert schema.refold(conn) is False  # the same folding: nothing rebuilt
    conn.close()

    _index_under_another_folding(db)
    raw = sqlite3.connect(db)
    assert raw.execute("SELECT count(*) FROM sentence_text WHERE sentence_text MATCH '\"اسك\"'").fetchone() == (0,)
    raw.close()
    # opened by this reader: rebuilt under its folding, so the folded query finds the harakat again...
    assert [e.type for e in reader.query("الاسكندريه", db=db)] == ["visit"]
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT value FROM archive_meta").fetchall() == [(schema_folding(),)]
    conn.close()
    check_consistent(db)
    # ...and a changed article's old rows leave the index as they went in
    (folder / "d_harakat.txt").write_text(
        (folder / "d_harakat.txt").read_text(encoding="utf-8").replace("الجَدِيدَةِ", "القديمة"), encoding="utf-8"
    )
    assert reader.index(folder, db=db).indexed == 1
    check_consistent(db)
    assert len(reader.query("الاسكندريه", db=db)) == 1


def test_a_version_3_archive_gets_its_folding_named_and_its_index_rebuilt(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    write_articles(folder)
    db = tmp_path / "a.db"
    reader.index(folder, db=db)
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE archive_meta")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    assert len(reader.query("الاسكندريه", db=db)) == 1
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
    assert conn.execute("SELECT key, value FROM archive_meta").fetchall() == [("folding", schema_folding())]
    conn.close()


V4_TEXT_INDEX = (
    "CREATE VIRTUAL TABLE sentence_text USING fts5("
    "text, content='sentence_folded', content_rowid='id', tokenize='trigram', detail=none)"
)


def test_a_version_4_archive_gets_its_text_index_made_again(tmp_path: Path) -> None:
    """Version 5's text index takes the folded text as it is and keeps no column sizes; a version 4
    archive's index (the tokenizer folding case, column sizes kept) is made so and rebuilt on open,
    and finds what it found before, Latin letters in either case too."""
    from reader.archive.keys import fold
    from tests.test_archive import check_consistent

    folder = tmp_path / "news"
    write_articles(folder)
    (folder / "e_latin.txt").write_text(
        "---\ntitle: وكالة\npublished: 2019-03-04\n---\n\nزار مدير وكالة NASA موسكو يوم الأحد الماضي.\n",
        encoding="utf-8",
    )
    db = tmp_path / "a.db"
    reader.index(folder, db=db)
    texts = ("الاسكندريه", "nasa", "NaSa")
    before = {text: [(e.article.path, e.id) for e in reader.query(text, db=db)] for text in texts}
    assert before["nasa"] == before["NaSa"] != []
    conn = sqlite3.connect(db)
    conn.create_function("reader_fold", 1, fold, deterministic=True)
    conn.execute("DROP TABLE sentence_text")
    conn.execute(V4_TEXT_INDEX)
    conn.execute("INSERT INTO sentence_text(sentence_text) VALUES ('rebuild')")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    assert conn.execute("SELECT count(*) FROM sentence_text_docsize").fetchone()[0] > 0
    conn.close()

    after = {text: [(e.article.path, e.id) for e in reader.query(text, db=db)] for text in before}
    assert after == before
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
    made = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'sentence_text'").fetchone()[0]
    assert "case_sensitive 1" in made and "columnsize=0" in made
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sentence_text_docsize'").fetchone() == (0,)
    conn.close()
    check_consistent(db)


def schema_folding() -> str:
    from reader.archive.keys import folding_version

    return folding_version()


def _merge_width(db: Path) -> int | None:
    conn = sqlite3.connect(db)
    row = conn.execute("SELECT v FROM sentence_text_config WHERE k = 'automerge'").fetchone()
    conn.close()
    return None if row is None else int(row[0])


def test_a_version_5_archive_merges_its_text_index_wider(tmp_path: Path) -> None:
    """Version 6's text index merges 8 segments at a time (FTS5's own default is 4, kept by a
    version 5 archive as no setting at all); on open a version 5 archive is set so, and its
    queries find what they found."""
    from tests.test_archive import check_consistent

    folder = tmp_path / "news"
    write_articles(folder)
    db = tmp_path / "a.db"
    reader.index(folder, db=db)
    assert _merge_width(db) == schema.MERGE_WIDTH == 8
    texts = ("الاسكندريه", "وزير")
    before = {text: [(e.article.path, e.id) for e in reader.query(text, db=db)] for text in texts}
    assert before["الاسكندريه"] != []
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM sentence_text_config WHERE k = 'automerge'")
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    assert _merge_width(db) is None

    after = {text: [(e.article.path, e.id) for e in reader.query(text, db=db)] for text in texts}
    assert after == before
    assert _merge_width(db) == 8
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION == 6
    conn.close()
    check_consistent(db)
