"""The command line as a user meets it: help, the JSON export and its schema, bad input."""

from __future__ import annotations

import json
import os
import shutil
import socket
from pathlib import Path

import jsonschema
import pytest

from reader.exports.json_export import schema

from .conftest import SAMPLES, SEED, run_reader


def test_help_lists_the_commands() -> None:
    result = run_reader("--help")
    assert result.code == 0
    for command in ("export", "cat", "timeline", "open"):
        assert command in result.out


def test_python_dash_m_and_console_script_agree() -> None:
    import shutil
    import subprocess

    script = shutil.which("reader")
    if script is None:
        pytest.skip("the reader console script is not on PATH (package not installed)")
    proc = subprocess.run([script, "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.strip() == run_reader("--version").out.strip()


def test_export_of_the_seed_validates_against_the_schema() -> None:
    result = run_reader("export", str(SEED), "--format", "json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    jsonschema.validate(data, schema())
    assert data["article"]["published"] == "2023-11-15"
    assert len(data["sentences"]) >= 14
    for sentence in data["sentences"]:
        assert data["body"][sentence["start"] : sentence["end"]] == sentence["text"]
    for timex in data["timexes"]:
        assert data["body"][timex["start"] : timex["end"]] == timex["text"]


def test_published_flag_wins_over_front_matter() -> None:
    result = run_reader("export", str(SEED), "--published", "2023-11-20")
    assert json.loads(result.out)["article"]["published"] == "2023-11-20"


def test_every_sample_exports_valid_json() -> None:
    validator = jsonschema.Draft202012Validator(schema())
    for path in sorted(SAMPLES.glob("*.txt")):
        result = run_reader("export", str(path))
        assert result.code == 0, (path, result.err)
        errors = list(validator.iter_errors(json.loads(result.out)))
        assert not errors, (path, errors[0].message)


def test_several_files_print_json_lines(tmp_path: Path) -> None:
    result = run_reader("export", str(SEED), str(SAMPLES / "02_full_diacritics.txt"))
    assert result.code == 0, result.err
    lines = result.out.strip().split("\n")
    assert [json.loads(line)["article"]["path"].split("/")[-1] for line in lines] == [
        SEED.name,
        "02_full_diacritics.txt",
    ]


def test_a_folder_exports_each_article_with_jobs(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("وصل الوفد إلى تونس.\n", encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    result = run_reader("export", str(tmp_path), "--jobs", "2")
    assert result.code == 0, result.err
    assert len(result.out.strip().split("\n")) == 2


def test_output_file_is_written_and_not_overwritten_without_force(tmp_path: Path) -> None:
    target = tmp_path / "seed.json"
    first = run_reader("export", str(SEED), "-o", str(target))
    assert first.code == 0, first.err
    assert json.loads(target.read_text(encoding="utf-8"))["sentences"]
    target.write_text("my notes", encoding="utf-8")
    second = run_reader("export", str(SEED), "-o", str(target))
    assert second.code != 0 and "already exists" in second.err
    assert target.read_text(encoding="utf-8") == "my notes"
    third = run_reader("export", str(SEED), "-o", str(target), "--force")
    assert third.code == 0 and json.loads(target.read_text(encoding="utf-8"))["body"]
    assert [p.name for p in tmp_path.iterdir()] == ["seed.json"]  # no temporary file left


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def bad_inputs(tmp: Path) -> list[tuple[str, str]]:
    (tmp / "folder").mkdir()
    (tmp / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (tmp / "undecodable.txt").write_bytes("قال".encode() + b" \xff\xfe\xfa\xfb\xfc\xfd \x81\x8d\x8e")
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "blank.txt").write_bytes(b"\n  \n\t\n")
    return [
        (str(tmp / "missing.txt"), "missing.txt: no such file"),
        (str(tmp / "folder"), "is a directory"),
        (str(tmp / "image.png"), "looks like a binary file"),
        (str(tmp / "undecodable.txt"), "cannot decode"),
        (str(tmp / "empty.txt"), "the article is empty"),
        (str(tmp / "blank.txt"), "the article is empty"),
        (f"http://127.0.0.1:{_closed_port()}/article", "cannot be reached"),
    ]


@pytest.mark.parametrize(
    "index", range(7), ids=["missing", "directory", "binary", "undecodable", "empty", "blank", "url"]
)
def test_bad_input_gives_one_clear_line_and_a_nonzero_exit(index: int, tmp_path: Path) -> None:
    source, message = bad_inputs(tmp_path)[index]
    for command in (["export", source], [source]):
        result = run_reader(*command)
        assert result.code != 0
        assert message in result.err
        assert "Traceback" not in result.err
        assert len(result.err.strip().splitlines()) == 1, result.err
        assert result.err.startswith("reader: ")
        assert result.out == ""


def test_bad_published_date_is_a_usage_error() -> None:
    result = run_reader("export", str(SEED), "--published", "15/11/2023")
    assert result.code == 2
    assert "expected a date as YYYY-MM-DD" in result.err
    assert "Traceback" not in result.err


# -- batches: every good article exported, each bad one in one line, exit 1 -----------------


def article_folder(tmp: Path, bad: bool = True) -> Path:
    """a.txt, b.txt and c.txt, and (``bad``) a binary bad.txt among them."""
    folder = tmp / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text("وصل الوفد إلى تونس أمس.\n", encoding="utf-8")
    if bad:
        (folder / "bad.txt").write_bytes(b"\x00\x01\x02\x03 binary")
    return folder


def no_traceback(err: str) -> None:
    assert "Traceback" not in err and "Exception ignored" not in err, err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_batch_with_a_bad_file_exports_the_rest_and_exits_1(tmp_path: Path, jobs: str) -> None:
    folder = article_folder(tmp_path)
    result = run_reader("export", str(folder), "--jobs", jobs)
    assert result.code == 1
    assert [json.loads(line)["article"]["path"].split("/")[-1] for line in result.out.splitlines()] == [
        "a.txt",
        "b.txt",
        "c.txt",
    ]
    assert result.err == f"reader: {folder / 'bad.txt'}: looks like a binary file, not text\n"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_batch_into_a_folder_reports_a_write_failure_and_goes_on(tmp_path: Path, jobs: str) -> None:
    """A FIFO where b.json would go is refused even with --force; a and c are still written.

    Run several times: a failure while the process pool ran used to print a
    ``threading._shutdown ... Bad file descriptor`` traceback one run in 24.
    """
    folder = article_folder(tmp_path)
    out = tmp_path / "out"
    for _ in range(4 if jobs == "2" else 1):
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        os.mkfifo(out / "b.json")
        result = run_reader("export", str(folder), "-o", str(out), "--force", "--jobs", jobs)
        assert result.code == 1, result.err
        no_traceback(result.err)
        errors = [line for line in result.err.splitlines() if not line.startswith("wrote ")]
        assert errors == [
            f"reader: {folder / 'b.txt'}: {out / 'b.json'}: is a FIFO, not a regular file; refusing to replace it",
            f"reader: {folder / 'bad.txt'}: looks like a binary file, not text",
        ]
        assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json", "c.json"]
        assert json.loads((out / "c.json").read_text(encoding="utf-8"))["sentences"]


def test_existing_outputs_in_a_folder_are_failures_not_a_crash(tmp_path: Path) -> None:
    folder = article_folder(tmp_path, bad=False)
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.json").write_text("my notes", encoding="utf-8")
    result = run_reader("export", str(folder), "-o", str(out), "--jobs", "2")
    assert result.code == 1
    no_traceback(result.err)
    assert f"reader: {folder / 'a.txt'}: {out / 'a.json'}: already exists (use --force to overwrite)" in result.err
    assert (out / "a.json").read_text(encoding="utf-8") == "my notes"
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json", "c.json"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_name_with_a_suffix_is_one_json_lines_file(tmp_path: Path, jobs: str) -> None:
    folder = article_folder(tmp_path)
    target = tmp_path / "all.jsonl"
    result = run_reader("export", str(folder), "-o", str(target), "--jobs", jobs)
    assert result.code == 1 and target.is_file(), result.err
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["article"]["path"].split("/")[-1] for line in lines] == ["a.txt", "b.txt", "c.txt"]
    assert "wrote" in result.err and "(3 of 4 articles)" in result.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.jsonl", "in"]


def test_nothing_exported_writes_no_json_lines_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad.txt").write_bytes(b"\x00\x01 binary")
    result = run_reader("export", str(folder), "-o", str(tmp_path / "all.jsonl"))
    assert result.code == 1 and "not written: no article could be exported" in result.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


@pytest.mark.parametrize("output", ["notes/", "notes", "existing.d"])
def test_folder_outputs_stay_folders(tmp_path: Path, output: str) -> None:
    folder = article_folder(tmp_path, bad=False)
    (tmp_path / "existing.d").mkdir()
    result = run_reader("export", str(folder), "--format", "md", "-o", output, cwd=tmp_path)
    assert result.code == 0, result.err
    assert sorted(p.name for p in (tmp_path / output).iterdir()) == ["a.md", "b.md", "c.md"]


@pytest.mark.parametrize("output", [None, "notes.md", "-"])
def test_markdown_of_several_articles_needs_a_folder(tmp_path: Path, output: str | None) -> None:
    folder = article_folder(tmp_path, bad=False)
    result = run_reader("export", str(folder), "--format", "md", *(["-o", output] if output else []), cwd=tmp_path)
    assert result.code == 2 and "needs -o FOLDER" in result.err and result.out == ""
    assert len(result.err.splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


# -- options --------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["cat", "timeline"])
@pytest.mark.parametrize("width", ["0", "-3", "1001", "100000000", "wide"])
def test_a_width_out_of_range_is_a_usage_error(command: str, width: str) -> None:
    result = run_reader(command, str(SEED), "--width", width)
    assert result.code == 2 and result.out == ""
    assert "argument --width/-w:" in result.err and "Traceback" not in result.err


@pytest.mark.parametrize("jobs", ["0", "-1"])
def test_jobs_below_one_is_a_usage_error(jobs: str) -> None:
    result = run_reader("export", str(SEED), "--jobs", jobs)
    assert result.code == 2 and "argument --jobs/-j: must be at least 1" in result.err


def test_jobs_above_the_cpus_are_capped_and_said_once(tmp_path: Path) -> None:
    folder = article_folder(tmp_path, bad=False)
    result = run_reader("export", str(folder), "--jobs", "1000")
    assert result.code == 0, result.err
    cpus = len(os.sched_getaffinity(0))
    assert result.err == f"reader: --jobs 1000 is more than the {cpus} CPUs; using {cpus}\n"
    assert len(result.out.splitlines()) == 3


@pytest.mark.parametrize(
    "args", [["export", ""], ["export", str(SEED), "-o", ""], ["cat", ""], ["timeline", ""], [""]], ids=str
)
def test_an_empty_path_is_a_usage_error_in_one_line(tmp_path: Path, args: list[str]) -> None:
    result = run_reader(*args, cwd=tmp_path)
    assert result.code == 2 and result.out == ""
    assert result.err.startswith("reader: ") and len(result.err.splitlines()) == 1
    assert "an empty path" in result.err
    assert list(tmp_path.iterdir()) == []


def test_help_gives_the_exit_statuses() -> None:
    top = " ".join(run_reader("--help").out.split())
    assert "Exit status: 0 ok; 1 bad input" in top and "130/143" in top
    export = " ".join(run_reader("export", "--help").out.split())
    assert "'reader: SOURCE: reason'" in export and "some articles failed" in export


def test_an_output_name_from_a_url_never_holds_its_password() -> None:
    from reader.commands.export import output_name

    assert output_name("https://user:secret@news.example.org", "json") == "news.example.json"
    assert output_name("https://user:secret@news.example.org/world/story-12.html?x=1", "md") == "story-12.md"
    assert "secret" not in output_name("http://user:secret@127.0.0.1:8000/", "json")
