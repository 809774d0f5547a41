"""`reader [FILE...]` as a user meets it outside a terminal: one-line errors, never a traceback."""

from __future__ import annotations

from pathlib import Path

from .conftest import SEED, run_reader


def _one_line_error(result, needle: str) -> None:
    assert result.code != 0
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: ") and needle in lines[0], result.err
    assert "Traceback" not in result.err


def test_a_missing_file_is_one_line_before_any_terminal_is_touched() -> None:
    _one_line_error(run_reader("no/such/article.txt"), "no such file")
    _one_line_error(run_reader("open", "no/such/article.txt"), "no such file")


def test_the_reader_needs_a_terminal() -> None:
    result = run_reader(str(SEED))
    _one_line_error(result, "needs a terminal")
    assert result.out == ""  # no escape sequence leaks into a pipe


def test_stdin_cannot_be_mixed_with_files() -> None:
    _one_line_error(run_reader("-", str(SEED), stdin="نص".encode()), "stdin (-) can only be opened alone")


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    _one_line_error(run_reader(str(tmp_path)), "no article files")


def test_open_help_lists_its_options() -> None:
    result = run_reader("open", "--help")
    assert result.code == 0
    for option in ("--bidi", "visual", "terminal", "--no-shape", "--no-harakat", "--published"):
        assert option in result.out


def test_a_bad_bidi_mode_is_refused() -> None:
    result = run_reader("--bidi", "sideways", str(SEED))
    assert result.code == 2 and "invalid choice" in result.err
