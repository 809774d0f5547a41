"""``reader cat``: the laid-out article on stdout, escapes only for a terminal, no control bytes."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from rich.cells import cell_len

from reader.commands.cat import render
from reader.io.document import load
from reader.rtl import LayoutOptions

from .conftest import REPO, SAMPLES, SEED, run_reader

PRESENTATION_FORMS = range(0xFB50, 0xFF00)


def is_presentation_form(char: str) -> bool:
    return ord(char) in PRESENTATION_FORMS


def test_cat_prints_title_blank_line_and_right_aligned_paragraphs() -> None:
    result = run_reader("cat", str(SEED), "--width", "70")
    assert result.code == 0, result.err
    lines = result.out.split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    assert lines == list(render(load(SEED), 70, LayoutOptions()))
    article = load(SEED)
    assert lines[1] == ""  # the title, then a blank line
    blank = sum(1 for line in lines if not line)
    assert blank == len(article.paragraphs)  # one between each two of title + paragraphs
    assert all(cell_len(line) <= 70 for line in lines)
    full = [line for line in lines if line and cell_len(line) == 70]
    assert len(full) > len(lines) // 3  # Arabic lines end at the right edge
    assert any(is_presentation_form(c) for c in result.out)


def test_width_defaults_to_the_terminal_columns() -> None:
    result = run_reader("cat", str(SEED))  # the runner sets COLUMNS=100
    assert result.code == 0
    widths = [cell_len(line) for line in result.out.splitlines()]
    assert max(widths) == 100


def test_terminal_mode_prints_logical_lines_that_rebuild_each_paragraph() -> None:
    result = run_reader("cat", str(SEED), "--width", "50", "--bidi", "terminal")
    assert result.code == 0
    paragraphs = result.out.strip("\n").split("\n\n")
    article = load(SEED)
    assert paragraphs[0] == article.meta.title
    for text, paragraph in zip(paragraphs[1:], article.paragraphs, strict=True):
        want = unicodedata.normalize("NFC", article.body[paragraph.start : paragraph.end])
        assert " ".join(text.split("\n")) == " ".join(want.split())
    assert not any(is_presentation_form(c) for c in result.out)


def test_bidi_environment_variable_sets_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READER_BIDI", "terminal")
    by_env = run_reader("cat", str(SEED), "--width", "60")
    by_flag = run_reader("cat", str(SEED), "--width", "60", "--bidi", "terminal")
    assert by_env.out == by_flag.out
    overridden = run_reader("cat", str(SEED), "--width", "60", "--bidi", "visual")
    assert overridden.out != by_flag.out


def test_no_shape_and_no_harakat() -> None:
    source = SAMPLES / "02_full_diacritics.txt"
    plain = run_reader("cat", str(source), "--width", "60", "--no-shape")
    assert plain.code == 0
    assert not any(is_presentation_form(c) for c in plain.out)
    assert any(unicodedata.category(c) == "Mn" for c in plain.out)
    bare = run_reader("cat", str(source), "--width", "60", "--no-harakat")
    assert bare.code == 0
    assert not any("\u064b" <= c <= "\u0652" for c in bare.out)
    assert any(is_presentation_form(c) for c in bare.out)


HOSTILE = (
    '---\ntitle: "عنوان\x1b]0;pwned\x07"\n---\n'
    "خبر عاجل\x1b[2J\x1b[H\x1b]0;set title\x07 يتبع\x07\x07.\n"
    "سطر ثان\x08\x08\x08 فيه\x1b[31m لون \x9b1;1H و\x1bc reset.\n"
)
FORBIDDEN = [b"\x1b", b"\x07", b"\x08", b"\xc2\x9b", b"\x00"]


def test_escape_sequences_in_the_article_never_come_out(tmp_path: Path) -> None:
    article = tmp_path / "hostile.txt"
    article.write_bytes(HOSTILE.encode("utf-8"))
    for mode in ("visual", "terminal"):
        proc = subprocess.run(
            [sys.executable, "-m", "reader", "cat", str(article), "--width", "40", "--bidi", mode],
            capture_output=True,
            cwd=REPO,
            timeout=60,
        )
        assert proc.returncode == 0, proc.stderr
        assert "عنوان" in proc.stdout.decode() or "ﻥﺍﻮﻨﻋ" in proc.stdout.decode()
        for byte in FORBIDDEN:
            assert byte not in proc.stdout
    sample = run_reader("cat", str(SAMPLES / "04_control_characters.txt"), "--width", "60")
    assert sample.code == 0 and "\x1b" not in sample.out and "\x07" not in sample.out


def read_pty(args: list[str], env: dict[str, str]) -> bytes:
    """Run ``reader ARGS`` with its stdout on a pseudo-terminal; everything it wrote."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", *args], stdout=follower, stderr=subprocess.PIPE, cwd=REPO, env=env
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks)


def test_bdsm_escapes_only_on_a_terminal_in_visual_mode(tmp_path: Path) -> None:
    article = tmp_path / "hostile.txt"
    article.write_bytes(HOSTILE.encode("utf-8"))
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("READER_BIDI", None)
    out = read_pty(["cat", str(article), "--width", "40"], env)
    assert out.startswith(b"\x1b[8l")
    assert out.rstrip(b"\r\n").endswith(b"\x1b[8h")
    inner = out.replace(b"\x1b[8l", b"").replace(b"\x1b[8h", b"")
    for byte in FORBIDDEN:
        assert byte not in inner
    assert b"\x1b" not in read_pty(["cat", str(article), "--width", "40", "--bidi", "terminal"], env)
    piped = run_reader("cat", str(article), "--width", "40")
    assert "\x1b" not in piped.out


def test_bad_width_and_missing_file_are_one_line_errors(tmp_path: Path) -> None:
    narrow = run_reader("cat", str(SEED), "--width", "1")
    assert narrow.code != 0 and narrow.err.count("\n") == 1 and "width" in narrow.err
    missing = run_reader("cat", str(tmp_path / "nothing.txt"))
    assert missing.code != 0 and missing.err.count("\n") == 1 and "Traceback" not in missing.err


def test_cat_reads_stdin() -> None:
    result = run_reader("cat", "-", "--width", "30", "--bidi", "terminal", stdin="سطر واحد فقط".encode())
    assert result.code == 0
    assert result.out == "سطر واحد فقط\n"


def test_cat_loads_without_sentences_and_prints_the_same() -> None:
    full, bare = load(SEED), load(SEED, sentences=False)
    assert (bare.body, bare.paragraphs, bare.meta) == (full.body, full.paragraphs, full.meta)
    assert bare.sentences == () and full.sentences
    assert list(render(bare, 63, LayoutOptions())) == list(render(full, 63, LayoutOptions()))
