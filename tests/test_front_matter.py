"""Front matter that would exhaust the reader: refused in one line, quickly, in bounded memory (issue 11)."""

from __future__ import annotations

import datetime as dt
import time
import tracemalloc
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.errors import ReaderError
from reader.io import front_matter
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


# --- key: text lines read without the YAML library ------------------------------------------------

_VALUE_CHARS = "ابتثجحخدرزسشصضطظعفقكلمنهوية ءآأإ 0123456789 abcyesnoYESNOtruefalsenull -:#,.'\"&*!|>%@`[]{}?=~+\t\u200f"


_KEYS = ["title", "source", "published", "date", "Title", "x_1", "on", "Yes", "null", "a-b", " title"]
_RESOLVED = ["yes", "No", "null", "~", "2023-11-15", "2023-1-5", "2023-11-15 10:00", "12", "-5", "1:20", "0x1A", ".inf"]


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_KEYS),
            st.sampled_from([" ", "  ", ""]),
            st.text(_VALUE_CHARS, max_size=24) | st.sampled_from(_RESOLVED),
        ),
        max_size=4,
    )
)
def test_plain_lines_read_as_the_yaml_loader_reads_them(lines: list[tuple[str, str, str]]) -> None:
    source = "".join(f"{key}:{space}{value}\n" for key, space, value in lines)
    fast = front_matter.plain_lines(source)
    if fast is None:
        return  # left to the YAML loader
    assert fast == (yaml.load(source, Loader=front_matter._loader()) or {}), source


def test_the_seed_front_matter_needs_no_yaml_and_others_still_do() -> None:
    seed = "title: وفد يزور العاصمة\nsource: وكالة الأنباء\npublished: 2023-11-15\n"
    assert front_matter.plain_lines(seed) == {
        "title": "وفد يزور العاصمة",
        "source": "وكالة الأنباء",
        "published": "2023-11-15",
    }
    others = ("title: yes\n", "on: نص\n", "n: 12\n", "title: 'q'\n", "tags: [a, b]\n", "a: x\n  b: y\n", "t: a # c\n")
    for other in others:
        assert front_matter.plain_lines(other) is None, other
    meta, body = front_matter.split_front_matter("---\ntitle: نص\npublished: 2024-01-02\n---\nالمتن\n")
    assert meta == {"title": "نص", "published": "2024-01-02"} and body == "المتن\n"
    assert front_matter.published_date(meta, "x") == dt.date(2024, 1, 2)
