"""``reader query`` and ``reader.query``: each filter, Arabic folding, the formats, bad options."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reader
from tests.archive_articles import write_articles


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    write_articles(folder / "news")
    db = folder / "news.db"
    summary = reader.index(folder / "news", db=db)
    assert summary.skipped == [] and summary.events == 9
    return db


def kinds(events) -> list[str]:
    return [e.type for e in events]


def test_everything_in_date_order_undated_last(archive: Path) -> None:
    events = reader.query(db=archive)
    assert len(events) == 9
    dated = [e.date for e in events if e.date]
    assert dated == ["2023-03-08", "2023-06-19", "2023-06-20", "2023-10-29", "2024-01-02", "2024-01-03"]
    assert [e.date for e in events[len(dated) :]] == [None, None, None]
    visit = events[0]
    assert (visit.type, visit.actor, visit.trigger, visit.date_source) == (
        "visit",
        "وزير الخارجية المصري",
        "وصل",  # وصل ... في زيارة: the verb shows the visit
        "explicit",
    )
    assert visit.sentence == 0 and visit.sentence_text.startswith("وصل وزير الخارجية المصري إلى عمّان")
    assert visit.article.title == "وزير الخارجية المصري في عمّان"
    assert visit.article.source == "وكالة أنباء النيل" and visit.article.published == "2023-03-10"
    assert visit.article.path.endswith("a_visit.txt")


def test_each_filter(archive: Path) -> None:
    assert kinds(reader.query(db=archive, type="visit")) == ["visit", "visit"]
    assert kinds(reader.query(db=archive, type="denial,accusation")) == ["denial", "accusation"]
    assert [(e.type, e.actor) for e in reader.query(db=archive, actor="قوات الدعم")] == [("denial", "قوات الدعم")]
    assert kinds(reader.query(db=archive, actor="الحكومة السودانية")) == ["accusation"]
    assert [e.date for e in reader.query(db=archive, date_from="2023-06-20")] == [
        "2023-06-20",
        "2023-10-29",
        "2024-01-02",
        "2024-01-03",
    ]
    assert [e.date for e in reader.query(db=archive, date_to="2023-06")] == ["2023-03-08", "2023-06-19", "2023-06-20"]
    assert [e.date for e in reader.query(db=archive, date_from="2023", date_to="2023")] == [
        "2023-03-08",
        "2023-06-19",
        "2023-06-20",
        "2023-10-29",
    ]
    assert {e.article.source for e in reader.query(db=archive, source="sky news")} == {"Sky News عربية"}
    assert {e.article.source for e in reader.query(db=archive, source="وكاله انباء")} == {"وكالة أنباء النيل"}
    assert {Path(e.article.path).name for e in reader.query(db=archive, source="b_accuse")} == {"b_accuse.txt"}
    assert kinds(reader.query("مستشفى", db=archive)) == ["attack", "accusation"]
    assert len(reader.query(db=archive, limit=2)) == 2
    both = reader.query("الأردن", db=archive, type="warning", date_from="2024-01-01", source="sky")
    assert kinds(both) == ["warning"]
    assert reader.query("لا يوجد هذا النص", db=archive) == []


@pytest.mark.parametrize(
    "text",
    ["الإسكندرية", "الاسكندريه", "الإِسْكَنْدَرِيَّةِ", "الإسكـــندرية", "المدرسة الجديدة", "المدرسه الجديده", "المَدْرَسَةِ"],
)
def test_arabic_spellings_find_the_same_events(archive: Path, text: str) -> None:
    events = reader.query(text, db=archive)
    assert [(e.type, e.date) for e in events] == [("visit", "2023-10-29")]


@pytest.mark.parametrize("text", ["عمان", "عمّان", "وزير الخارجيه", "أم درمان", "ام درمان", "اتفاقيه"])
def test_text_without_harakat_or_hamza_matches_text_with_them(archive: Path, text: str) -> None:
    plain = text.replace("ّ", "").replace("أ", "ا").replace("ة", "ه")
    assert reader.query(text, db=archive) == reader.query(plain, db=archive) != []


def test_a_short_text_is_matched_too(archive: Path) -> None:
    assert len(reader.query("أم", db=archive)) == len(reader.query("ام", db=archive)) >= 1


def test_actor_folding(archive: Path) -> None:
    assert [e.actor for e in reader.query(db=archive, actor="رئيس الوزراء")] == ["رَئِيسُ الوُزَرَاءِ"]


def test_json_lines(archive: Path, reader_cli) -> None:
    run = reader_cli("query", "--db", str(archive), "--type", "attack", "--format", "json")
    assert run.code == 0, run.err
    rows = [json.loads(line) for line in run.out.splitlines()]
    assert len(rows) == 1
    assert rows[0]["type"] == "attack" and rows[0]["date"] == "2023-06-19" and rows[0]["date_source"] == "explicit"
    assert rows[0]["sentence"]["id"] == 0 and "أم درمان" in rows[0]["sentence"]["text"]
    assert rows[0]["article"]["title"] == "الخرطوم تتهم قوات الدعم السريع"


def test_markdown_links_each_event_to_its_file(archive: Path, reader_cli) -> None:
    run = reader_cli("query", "الأردني", "--db", str(archive), "--format", "md")
    assert run.code == 0, run.err
    md = run.out
    assert md.startswith("# Events in the archive\n")
    assert "Query: «الأردني»" in md and "2 events from 2 articles." in md
    assert "```mermaid\ntimeline\n" in md
    assert md.index("### Wednesday 3 Jan 2024") < md.index("### No date given")
    a_visit = str((archive.parent / "news" / "a_visit.txt").resolve())
    assert f"[وزير الخارجية المصري في عمّان](<{a_visit}>)" in md
    assert "- **warning** · الرئيس الأردني · «وحذر» · date stated · " in md
    assert "- **meeting** · الوزير · «والتقى» · no date · " in md
    assert "  > والتقى الوزير نظيره الأردني في العاصمة الأردنية وبحثا العلاقات الثنائية. (sentence 1)" in md


def test_table(archive: Path, reader_cli) -> None:
    run = reader_cli("query", "--db", str(archive), "--width", "120", "--bidi", "terminal")
    assert run.code == 0, run.err
    assert "Wednesday 8 Mar 2023" in run.out and "9 events" in run.out
    assert "الحكومة السودانية" in run.out
    nothing = reader_cli("query", "لا يوجد", "--db", str(archive))
    assert (nothing.code, nothing.out.strip()) == (0, "No events found.")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--type", "party"], "reader: --type: unknown event type 'party'"),
        (["--from", "2023-13"], "reader: --from: expected YYYY, YYYY-MM or YYYY-MM-DD, got '2023-13'"),
        (["--to", "yesterday"], "reader: --to: expected YYYY, YYYY-MM or YYYY-MM-DD, got 'yesterday'"),
        (["--from", "2024", "--to", "2023"], "reader: --from 2024-01-01 is after --to 2023-12-31"),
        (["--limit", "0"], "must be at least 1"),
        (["--format", "csv"], "invalid choice"),
        (["--db", ""], 'reader: --db "": an empty path names no file'),
    ],
)
def test_bad_options_say_one_line_and_exit_2(archive: Path, reader_cli, args: list[str], message: str) -> None:
    run = reader_cli("query", *(["--db", str(archive)] if "--db" not in args else []), *args)
    assert run.code == 2
    assert message in run.err
    assert "Traceback" not in run.err


def test_no_archive_is_one_line_and_exit_1(tmp_path: Path, reader_cli) -> None:
    missing = tmp_path / "none.db"
    run = reader_cli("query", "--db", str(missing))
    assert (run.code, run.out) == (1, "")
    assert run.err == f"reader: {missing}: no archive here (make one with `reader index PATH... --db {missing}`)\n"
    assert not missing.exists()  # a query creates nothing
    with pytest.raises(reader.ReaderError):
        reader.query(db=missing)


def test_the_default_archive_comes_from_the_environment(archive: Path, reader_cli, monkeypatch) -> None:
    monkeypatch.setenv("READER_DB", str(archive))
    run = reader_cli("query", "--type", "agreement", "--format", "json")
    assert run.code == 0 and json.loads(run.out)["type"] == "agreement"
    monkeypatch.delenv("READER_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(archive.parent / "xdg"))
    from reader.archive import default_db

    assert default_db() == archive.parent / "xdg" / "reader" / "archive.db"
