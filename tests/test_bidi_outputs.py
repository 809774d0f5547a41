"""Bidi overrides, embeddings and isolates left open never reach an output open (issue 11).

The body closes each at the end of its paragraph; each Markdown line and each line of ``reader
cat`` closes what it opens; the timeline table in ``--bidi terminal`` mode drops them. The JSON
offsets still index the body.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from reader.exports.json_export import schema
from reader.io.decode import close_bidi
from reader.io.document import load

from .conftest import run_reader

LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
ARTICLE = (
    f"---\ntitle: عنوان {RLO}مقلوب\npublished: 2023-11-15\n---\n"
    f"قال {RLO}الوزير أمس إن الوفد وصل. ثم غادر الوفد العاصمة بعد الظهر.\n"
    f"وأضاف {RLI}المتحدث {LRE}أن{PDF} الاجتماع عقد الثلاثاء.\n"
    f"وقال الرئيس إن {LRI}balanced{PDI} نص متوازن أمس.\n"
)


def left_open(line: str) -> list[str]:
    """What a viewer still has open at the end of ``line`` (an independent, simple model of X1-X8)."""
    stack: list[str] = []
    for char in line:
        if char in (LRE, RLE, LRO, RLO, LRI, RLI, FSI):
            stack.append(char)
        elif char == PDF and stack and stack[-1] not in (LRI, RLI, FSI):
            stack.pop()
        elif char == PDI and any(c in (LRI, RLI, FSI) for c in stack):
            while stack.pop() not in (LRI, RLI, FSI):
                pass
    return stack


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "bidi.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        (f"a{RLO}b", f"a{RLO}b{PDF}"),
        (f"a{RLI}b{RLE}c", f"a{RLI}b{RLE}c{PDF}{PDI}"),
        (f"a{RLE}b{LRI}c{PDF}d", f"a{RLE}b{LRI}c{PDF}d{PDI}{PDF}"),  # a PDF does not close past an isolate
        (f"a{RLI}b{RLE}c{PDI}d", f"a{RLI}b{RLE}c{PDI}d"),  # a PDI closes what was opened inside
        (f"{PDF}{PDI}x", f"{PDF}{PDI}x"),  # closers of nothing are left alone
        (f"a{RLO}b\nc{LRI}d\ne", f"a{RLO}b{PDF}\nc{LRI}d{PDI}\ne"),
        ("بلا رموز", "بلا رموز"),
    ],
)
def test_close_bidi(text: str, closed: str) -> None:
    assert close_bidi(text) == closed
    assert all(not left_open(line) for line in close_bidi(text).split("\n"))


def test_the_body_closes_each_paragraph_and_offsets_index_it(article: Path) -> None:
    loaded = load(article)
    assert loaded.meta.title == f"عنوان {RLO}مقلوب{PDF}"
    paragraphs = [loaded.body[p.start : p.end] for p in loaded.paragraphs]
    assert paragraphs[0].endswith(f"بعد الظهر.{PDF}") and paragraphs[1].endswith(f"الثلاثاء.{PDI}")
    assert paragraphs[2] == f"وقال الرئيس إن {LRI}balanced{PDI} نص متوازن أمس."
    assert all(not left_open(line) for line in loaded.body.split("\n"))


def test_json_body_is_closed_and_its_offsets_valid(article: Path) -> None:
    result = run_reader("export", str(article))
    assert result.code == 0, result.err
    data = json.loads(result.out)
    jsonschema.validate(data, schema())
    body = data["body"]
    assert all(not left_open(line) for line in body.split("\n"))
    assert not left_open(data["article"]["title"])
    for sentence in data["sentences"]:
        assert body[sentence["start"] : sentence["end"]] == sentence["text"]
    for timex in data["timexes"]:
        assert body[timex["start"] : timex["end"]] == timex["text"]
    assert [t["text"] for t in data["timexes"]] == ["أمس", "الثلاثاء", "أمس"]
    for event in data["events"]:
        if event["trigger_start"] >= 0:
            assert body[event["trigger_start"] : event["trigger_end"]] == event["trigger"]


def test_every_markdown_line_closes_what_it_opens(article: Path) -> None:
    result = run_reader("export", str(article), "--format", "md")
    assert result.code == 0, result.err
    assert RLO in result.out and RLI in result.out
    for line in result.out.splitlines():
        assert not left_open(line), line


@pytest.mark.parametrize("width", ["20", "40", "200"])
def test_every_line_of_cat_closes_what_it_opens(article: Path, width: str) -> None:
    for mode in ("terminal", "visual"):
        result = run_reader("cat", str(article), "--bidi", mode, "--width", width)
        assert result.code == 0, result.err
        for line in result.out.splitlines():
            assert not left_open(line), (mode, line)
    terminal = run_reader("cat", str(article), "--bidi", "terminal", "--width", width).out
    assert RLO in terminal  # kept, closed: the article is shown as written


def test_the_timeline_table_in_terminal_mode_carries_no_bidi_controls(article: Path) -> None:
    result = run_reader("timeline", str(article), "--bidi", "terminal", "--width", "100")
    assert result.code == 0, result.err
    assert not any(c in result.out for c in (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI))


def test_an_override_written_as_an_html_entity_is_never_left_open(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    lead = "قال وزير الخارجية في مؤتمر صحفي عقده في العاصمة أمس إن المحادثات مع الوفد الزائر كانت مثمرة."
    page.write_text(
        "<html><head><meta charset='utf-8'><title>خبر</title></head><body><article>"
        f"<p>{lead[:20]}&#8238;{lead[20:]}</p><p>{lead}</p></article></body></html>",
        encoding="utf-8",
    )
    body = load(page).body
    assert body.split("\n")[0].replace(RLO, "").replace(PDF, "") == lead  # the page kept
    assert all(not left_open(line) for line in body.split("\n"))
