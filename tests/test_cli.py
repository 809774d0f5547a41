"""The command line as a user meets it: help, the JSON export and its schema, bad input."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import jsonschema
import pytest

from reader.export_json import schema

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
