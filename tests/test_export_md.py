"""The Markdown export, rendered by a Markdown renderer: date order, working anchors, Mermaid."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from markdown_it import MarkdownIt

from reader import analyse, load
from reader.export_md import escape_markdown, escape_mermaid, to_markdown
from reader.timeline import period_start

from .conftest import SEED, run_reader


class _Links(HTMLParser):
    """Collects link targets, element ids and the text of h3 headings of rendered HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.h3: list[str] = []
        self._in_h3 = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and "href" in attrs:
            self.hrefs.append(attrs["href"])
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "h3":
            self._in_h3 = True
            self.h3.append("")

    def handle_endtag(self, tag):
        if tag == "h3":
            self._in_h3 = False

    def handle_data(self, data):
        if self._in_h3:
            self.h3[-1] += data


def rendered(markdown: str) -> _Links:
    html = MarkdownIt("commonmark", {"html": True}).render(markdown)
    parser = _Links()
    parser.feed(html)
    return parser


def test_seed_markdown_has_events_in_date_order_with_working_links() -> None:
    analysis = analyse(load(SEED))
    assert analysis.events, "the seed reports events"
    markdown = to_markdown(analysis)
    page = rendered(markdown)
    anchors = [h for h in page.hrefs if h.startswith("#")]
    assert anchors, "events link to their sentences"
    for href in anchors:
        assert href[1:] in page.ids, f"{href} points nowhere"
    assert {f"s{s.id}" for s in analysis.article.sentences} <= page.ids
    dated = [h for h in page.h3 if not h.startswith("Undated")]
    starts = [period_start(h.split()[0]) for h in dated]
    assert all(starts) and starts == sorted(starts), dated
    if any(e.date is None for e in analysis.events):
        assert page.h3[-1].startswith("Undated (reported on 2023-11-15")
    # every event appears once in the list, linked to its own sentence
    for event in analysis.events:
        assert f"](#s{event.sentence})" in markdown


def test_markdown_from_the_command_line_is_written_atomically(tmp_path) -> None:
    target = tmp_path / "seed.md"
    result = run_reader("export", str(SEED), "--format", "md", "-o", str(target))
    assert result.code == 0, result.err
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# وفد روسي يزور كوريا الشمالية")
    assert "```mermaid\ntimeline\n" in text
    again = run_reader("export", str(SEED), "--format", "md", "-o", str(target))
    assert again.code == 1 and "already exists" in again.err


def test_mermaid_block_has_one_section_per_date_group() -> None:
    analysis = analyse(load(SEED))
    markdown = to_markdown(analysis)
    block = re.search(r"```mermaid\n(.*?)```", markdown, re.S).group(1)
    sections = [line.strip() for line in block.splitlines() if line.strip().startswith("section ")]
    headings = rendered(markdown).h3
    assert len(sections) == len(headings)
    for line in block.splitlines()[2:]:
        for part in line.strip().removeprefix(": ").split(" : "):
            bare = re.sub(r"#\d+;", "", part)
            assert ":" not in bare and "#" not in bare and ";" not in bare, line


def test_escaping_keeps_text_and_neutralises_syntax() -> None:
    assert escape_mermaid("قال: نعم; # 50%\nثم") == "قال#58; نعم#59; #35; 50#37; ثم"
    assert escape_markdown("a *b* [c](d) <e> | #") == r"a \*b\* \[c\](d) \<e\> \| \#"
