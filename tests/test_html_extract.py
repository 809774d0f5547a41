"""News pages: a stray entity keeps the page, navigation alone is no article, repeats (issue 11)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.errors import ReaderError
from reader.io.document import load
from reader.io.html_extract import SHORT_LINE, drop_control_references, drop_repeats

from .conftest import run_reader
from .html_page import news_page

LEAD = "قال وزير الخارجية في مؤتمر صحفي عقده في العاصمة أمس إن المحادثات مع الوفد الزائر كانت مثمرة وبناءة."
MORE = "وأضاف أن الاجتماع المقبل سيعقد الشهر المقبل لبحث الملفات العالقة بين البلدين ومنها ملف الحدود."
CHANT = "الشعب يريد السلام"


def page_file(tmp_path: Path, paragraphs: list[str], raw: dict[str, str] | None = None) -> Path:
    """A saved page; ``raw`` replaces escaped text by raw HTML (entities the helper would escape)."""
    html = news_page("المحادثات مثمرة", "2023-11-15", paragraphs)
    for escaped, literal in (raw or {}).items():
        html = html.replace(escaped, literal)
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return path


@pytest.mark.parametrize("entity", ["&#27;", "&#x1B;", "&#0;", "&#7", "&#xFFFF;", "&#xD800;", "&#1114112;"])
def test_an_entity_naming_a_control_is_dropped_and_the_page_kept(tmp_path: Path, entity: str) -> None:
    page = page_file(tmp_path, [LEAD + "ENTITY[2J", MORE], raw={"ENTITY": entity})
    result = run_reader("export", str(page))
    assert result.code == 0, result.err
    body = json.loads(result.out)["body"]
    assert body.split("\n") == [LEAD + ("" if entity in ("&#27;", "&#x1B;") else "[2J"), MORE]
    assert not any(ord(c) < 32 and c != "\n" for c in body)


def test_windows_1252_references_are_the_characters_html5_makes_of_them() -> None:
    assert drop_control_references("a&#150;b&#129;c&#x201C;d&#8238;e") == "a\u2013bc&#x201C;d&#8238;e"


def test_a_page_with_only_navigation_is_no_article(tmp_path: Path) -> None:
    page = tmp_path / "nav.html"
    page.write_text(
        "<html><head><title>Example News</title></head><body><nav><a href='/'>home</a></nav></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(ReaderError, match="no article text found in the HTML page"):
        load(page)
    for command in (["export", str(page)], ["cat", str(page)]):
        result = run_reader(*command)
        assert result.code == 1 and result.out == ""
        assert result.err == f"reader: {page}: no article text found in the HTML page (only navigation and links)\n"


def test_a_page_of_menus_and_a_footer_is_no_article(tmp_path: Path) -> None:
    page = tmp_path / "menus.html"
    page.write_text(
        "<html><head><title>موقع</title></head><body><header><a href='/'>الرئيسية</a> <a href='/w'>العالم</a>"
        "</header><div><a href='/s'>رياضة</a></div><footer>جميع الحقوق محفوظة</footer></body></html>",
        encoding="utf-8",
    )
    result = run_reader("export", str(page))
    assert result.code == 1 and "no article text found" in result.err


def test_a_short_article_beside_navigation_is_kept(tmp_path: Path) -> None:
    assert load(page_file(tmp_path, [LEAD])).body == LEAD


def test_long_repeats_are_kept_once_short_lines_every_time(tmp_path: Path) -> None:
    page = page_file(tmp_path, [LEAD, LEAD, MORE, CHANT, CHANT, LEAD, MORE, CHANT])
    assert load(page).body.split("\n") == [LEAD, MORE, CHANT, CHANT, CHANT]


def test_drop_repeats_rule() -> None:
    short = "x" * SHORT_LINE
    long = "y" * (SHORT_LINE + 1)
    assert drop_repeats("\n".join([short, long, short, long, " " + long + "  "])) == "\n".join([short, long, short])


def test_text_files_are_never_deduplicated(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"{LEAD}\n{LEAD}\n", encoding="utf-8")
    assert load(path).body == f"{LEAD}\n{LEAD}"
