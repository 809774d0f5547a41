"""Front matter that would exhaust the reader: refused in one line, quickly, in bounded memory (issue 11)."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from reader.errors import ReaderError
from reader.io.document import load_text
from reader.io.front_matter import MAX_BYTES, MAX_DEPTH, split_front_matter

from .conftest import run_reader

BODY = "وصل الوفد أمس إلى العاصمة.\n"


def billion_laughs(levels: int = 9) -> str:
    """The YAML bomb: each anchor a list of nine aliases of the one before (9**levels strings)."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, levels):
        previous, current = chr(ord("a") + level - 1), chr(ord("a") + level)
        lines.append(f"{current}: &{current} [" + ",".join([f"*{previous}"] * 9) + "]")
    lines.append(f"title: *{chr(ord('a') + levels - 1)}")
    return "---\n" + "\n".join(lines) + "\n---\n" + BODY


HOSTILE = {
    "billion-laughs": (billion_laughs(), "expands past 1,000,000 characters (YAML aliases)"),
    "deep-flow": ("---\ntitle: " + "[" * 5000 + "]" * 5000 + "\n---\n" + BODY, f"nested more than {MAX_DEPTH} levels"),
    "deep-block": ("---\n" + "".join(" " * i + f"k{i}:\n" for i in range(200)) + "---\n" + BODY, "nested more than"),
    "deep-mapping": ("---\ntitle: " + "{a: " * 3000 + "1" + "}" * 3000 + "\n---\n" + BODY, "nested more than"),
    "too-large": ("---\ntitle: " + "خبر " * 10000 + "\n---\n" + BODY, f"larger than {MAX_BYTES // 1024} KB"),
    "list-title": ("---\ntitle: [a, b]\n---\n" + BODY, "the front matter's title is not a single value"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_front_matter_is_refused_fast_in_bounded_memory(name: str) -> None:
    text, message = HOSTILE[name]
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(ReaderError) as raised:
            load_text(text, name="a.txt")
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert message in str(raised.value) and str(raised.value).startswith("a.txt: ")
    assert elapsed < 1.0, elapsed
    assert peak < 50 * 1024 * 1024, peak


@pytest.mark.parametrize("name", ["billion-laughs", "deep-flow", "too-large"])
def test_hostile_front_matter_is_one_line_and_exit_1(tmp_path: Path, name: str) -> None:
    text, message = HOSTILE[name]
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    for command in ("export", "cat"):
        started = time.perf_counter()
        result = run_reader(command, str(article), timeout=30)
        assert time.perf_counter() - started < 5
        assert result.code == 1 and result.out == ""
        assert result.err.startswith(f"reader: {article}: ") and message in result.err
        assert len(result.err.splitlines()) == 1 and "Traceback" not in result.err


def test_modest_aliases_and_nesting_still_load() -> None:
    text = "---\nsite: &site Example News\nsource: *site\ntitle: خبر\ntags: [[a, b], {c: [d]}]\n---\n" + BODY
    article = load_text(text)
    assert article.meta.source == "Example News" and article.meta.title == "خبر"


def test_no_front_matter_and_an_empty_one() -> None:
    assert split_front_matter(BODY) == ({}, BODY)
    assert split_front_matter("---\n---\n" + BODY) == ({}, BODY)


def test_a_title_that_is_a_number_is_text() -> None:
    assert load_text("---\ntitle: 2023\n---\n" + BODY).meta.title == "2023"
