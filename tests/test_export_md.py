"""The Markdown export, rendered by a Markdown renderer: date order, working anchors, Mermaid, and
the other dated mentions after each date's events."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from markdown_it import MarkdownIt

from reader import analyse, load
from reader.exports.markdown import escape_markdown, escape_mermaid, to_markdown
from reader.views.labels import group_words
from reader.views.timeline import group_events, period_start

from .conftest import SEED, run_reader
from .hand_timeline import hand_made_analysis


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
    groups = group_events(analysis, mentions=True)
    assert page.h3 == [group_words(g, analysis, "en") for g in groups]  # dates in words
    starts = [period_start(g.key) for g in groups if g.dated]
    assert all(starts) and starts == sorted(starts)
    assert "week of 6 Nov 2023" in page.h3 and not re.search(r"\d{4}-W\d{2}|\bD[+-]\d", markdown)
    if any(e.date is None for e in analysis.events):
        assert page.h3[-1] == "No date given (reported on Wednesday 15 Nov 2023)"
    assert "(the article's date)" in markdown
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
    assert len(sections) == len(group_events(analysis))  # the groups of events; mentions stay out
    for line in block.splitlines()[2:]:
        for part in line.strip().removeprefix(": ").split(" : "):
            bare = re.sub(r"#\d+;", "", part)
            assert ":" not in bare and "#" not in bare and ";" not in bare, line


def test_escaping_keeps_text_and_neutralises_syntax() -> None:
    assert escape_mermaid("قال: نعم; # 50%\nثم") == "قال#58; نعم#59; #35; 50#37; ثم"
    assert escape_markdown("a *b* [c](d) <e> | #") == r"a \*b\* \[c\](d) \<e\> \| \#"


def _sections(html: str) -> dict[str, str]:
    """The rendered HTML between each h3 heading and the next heading, by heading text."""
    parts = re.split(r"<h[23]>(.*?)</h[23]>", html)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def test_other_dated_mentions_follow_the_events_of_their_date() -> None:
    analysis = hand_made_analysis()
    markdown = to_markdown(analysis)
    html = MarkdownIt("commonmark", {"html": True}).render(markdown)
    page = rendered(markdown)
    undated = "No date given (reported on Tuesday 14 May 2024)"
    assert page.h3 == ["2022", "May 2023", "Sunday 12 May 2024", undated]
    sections = _sections(html)
    day = sections["Sunday 12 May 2024"]
    # The visit, then the introduction in italics, then the rain that day: italic, linked to sentence 1.
    visit, intro, rain = day.index('href="#s0"'), day.index("<em>Other dated mentions</em>"), day.index('href="#s1"')
    assert visit < intro < rain
    assert '<li><em><a href="#s1">وكانت العاصمة قد شهدت يوم الأحد أمطارا غزيرة.</a></em> · «يوم الأحد»</li>' in day
    month = sections["May 2023"]
    assert "<strong>" not in month and month.index('href="#s2"') < month.index('href="#s7"')
    assert "Other dated mentions" not in sections[undated]
    for href in page.hrefs:
        assert href[1:] in page.ids, f"{href} points nowhere"
    # Sentences 4 (vague), 5 (the visit again) and 6 (an unknown day) are no mentions.
    listed = {h for h in page.hrefs if h.startswith("#")}
    assert listed == {"#s0", "#s1", "#s2", "#s3", "#s5", "#s7"}  # s5: the visit's "also in"
    assert "other dated mentions: 4" in markdown
    block = re.search(r"```mermaid\n(.*?)```", markdown, re.S).group(1)
    assert "section 2022" not in block and "section May 2023" not in block and "أمطار" not in block


# Our own article with no date of its own, a visit yesterday and a statement a month before.
UNDATED = (
    "وزير النقل يتفقد مشروع القطار السريع\n"
    "زار وزير النقل أمس موقع مشروع القطار السريع في الشمال.\n"
    "وكان الوزير قد أعلن قبل شهر أن المشروع سينتهي في موعده.\n"
)


def test_markdown_in_arabic_and_in_words(tmp_path) -> None:
    path = tmp_path / "train.txt"
    path.write_text(UNDATED, encoding="utf-8")
    english = run_reader("export", str(path), "--format", "md", "--lang", "en")
    arabic = run_reader("export", str(path), "--format", "md", "--lang", "ar")
    assert english.code == arabic.code == 0, english.err + arabic.err
    # A plain file's first line is its headline, not "Untitled article".
    assert english.out.startswith("# وزير النقل يتفقد مشروع القطار السريع\n")
    assert "Reference date: unknown" in english.out
    assert "### the day before the report" in english.out and "### a month before the report" in english.out
    assert not re.search(r"\bD[+-]\d|explicit|\*\(actor not found\)\*", english.out)
    assert "**visit**" in english.out and "date stated" in english.out
    page = rendered(arabic.out)
    assert "### قبل الخبر بيوم" in arabic.out and "### قبل الخبر بشهر" in arabic.out
    assert "## الخط الزمني" in arabic.out and "## نص الخبر" in arabic.out and "تاريخ المرجع: غير معروف" in arabic.out
    assert "**زيارة**" in arabic.out and "تاريخ مذكور" in arabic.out
    assert not re.search(r"\b(visit|statement|Timeline|Reference)\b", arabic.out)
    assert all(href[1:] in page.ids for href in page.hrefs if href.startswith("#"))
