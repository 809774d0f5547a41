"""The Markdown export: the timeline for notes, readable raw and rendered (DESIGN.md).

A heading with title and reference date, a Mermaid ``timeline`` block (events only), the events
grouped by date (undated last) with each date's other dated mentions after them (dated sentences
with no typed event, in italics), each linked to its sentence in an appendix that reproduces the
article with one anchor per sentence. Every piece of article text is one line with its bidi
embeddings, overrides and isolates closed at its end (``close_bidi``), so none reverses what
follows it.
"""

from __future__ import annotations

from reader.io.decode import close_bidi
from reader.model import Analysis, Event
from reader.views.labels import day_words, group_words, no_actor, reference_source, source_tag, type_name, ui
from reader.views.timeline import DatedSentence, DateGroup, group_events, period_start, quote

# Characters Mermaid reads as syntax inside timeline text, as its entity codes.
_MERMAID_ESCAPES = {"#": "#35;", ":": "#58;", ";": "#59;", "%": "#37;", "<": "#60;", ">": "#62;"}
# Characters Markdown reads as syntax inside inline text.
_MARKDOWN_SPECIAL = set("\\`*_[]<>|#")


def escape_mermaid(text: str) -> str:
    """Text safe inside a Mermaid timeline line: one line, syntax characters as entity codes."""
    return close_bidi("".join(_MERMAID_ESCAPES.get(c, c) for c in " ".join(text.split())))


def escape_markdown(text: str) -> str:
    """Inline Markdown text that renders as written (and leaves no bidi control open)."""
    return close_bidi("".join("\\" + c if c in _MARKDOWN_SPECIAL else c for c in " ".join(text.split())))


def anchor(sentence_id: int) -> str:
    return f"s{sentence_id}"


def _reference_line(analysis: Analysis, lang: str) -> str:
    if analysis.reference is None:
        return ui("md reference unknown", lang)
    day = day_words(analysis.reference, lang)
    return ui("md reference", lang, day=day, source=reference_source(analysis.reference_source, lang))


def _mermaid(analysis: Analysis, groups: list[DateGroup], lang: str) -> list[str]:
    title = analysis.article.meta.title or ui("timeline", lang)
    lines = ["```mermaid", "timeline", f"    title {escape_mermaid(title)}"]
    for group in groups:
        if not group.events:
            continue
        label = group_words(group, analysis, lang)
        lines.append(f"    section {escape_mermaid(label)}")
        events = [escape_mermaid(_event_summary(e, lang)) for e in group.events]
        lines.append(f"        {escape_mermaid(_period(group, label, lang))} : {events[0]}")
        lines.extend(f"            : {text}" for text in events[1:])
    lines.append("```")
    return lines


def _period(group: DateGroup, label: str, lang: str) -> str:
    """The period's box in the Mermaid picture, shorter than its section: a day without its
    weekday, "no date" for the undated."""
    if not group.dated:
        return ui("no date", lang)
    start = period_start(group.key)
    if start is not None and len(group.key) == 10:
        return day_words(start, lang, weekday=False)
    return label


def _event_summary(event: Event, lang: str) -> str:
    actor = event.actor or no_actor(lang)
    return f"{type_name(event.type, lang)} - {actor} ({event.trigger})"


def _event_item(analysis: Analysis, event: Event, lang: str) -> str:
    sentence = analysis.article.sentences[event.sentence]
    actor = escape_markdown(event.actor) if event.actor else f"*{no_actor(lang)}*"
    source = source_tag(event.date_source, lang) or ui("no date", lang)
    others = [m for m in event.mentions if m != event.sentence]
    also = ""
    if others:
        comma = "، " if lang == "ar" else ", "
        also = ui("also in", lang) + comma.join(f"[{m}](#{anchor(m)})" for m in others)
    return (
        f"- **{type_name(event.type, lang)}** · {actor} · «{escape_markdown(event.trigger)}» · {source}{also}\n"
        f"  > [{escape_markdown(quote(sentence.text, 160))}](#{anchor(event.sentence)})"
    )


def _dated_sentence_item(analysis: Analysis, entry: DatedSentence) -> str:
    sentence = analysis.article.sentences[entry.sentence]
    link = f"[{escape_markdown(quote(sentence.text, 160))}](#{anchor(entry.sentence)})"
    return f"- *{link}* · «{escape_markdown(entry.timex.text)}»"


def _appendix(analysis: Analysis, lang: str) -> list[str]:
    article = analysis.article
    lines = [f"## {ui('the article', lang)}", ""]
    paragraph = None
    parts: list[str] = []
    for sentence in article.sentences:
        if paragraph is not None and sentence.paragraph != paragraph:
            lines.extend([" ".join(parts), ""])
            parts = []
        paragraph = sentence.paragraph
        parts.append(f'<a id="{anchor(sentence.id)}"></a>[{sentence.id}] {escape_markdown(sentence.text)}')
    if parts:
        lines.extend([" ".join(parts), ""])
    return lines


def to_markdown(analysis: Analysis, lang: str = "en") -> str:
    """The Markdown document for an analysed article, its labels and dates in ``lang`` (ar or en)."""
    meta = analysis.article.meta
    groups = group_events(analysis, mentions=True)
    lines = [f"# {escape_markdown(meta.title or ui('untitled', lang))}", ""]
    if meta.source:
        lines.append(f"{ui('source', lang)}: {escape_markdown(meta.source)}  ")
    lines.append(_reference_line(analysis, lang) + "  ")
    dated = sum(len(g.events) for g in groups if g.dated)
    others = sum(len(g.dated_sentences) for g in groups)
    lines += [ui("md counts", lang, events=len(analysis.events), dated=dated, others=others), ""]
    if analysis.events:
        lines += [f"## {ui('at a glance', lang)}", "", *_mermaid(analysis, groups, lang), ""]
    lines += [f"## {ui('timeline', lang)}", ""]
    if not analysis.events:
        lines += [ui("no events found", lang), ""]
    for group in groups:
        lines += [f"### {escape_markdown(group_words(group, analysis, lang))}", ""]
        if group.events:
            lines += [_event_item(analysis, e, lang) for e in group.events]
            lines.append("")
        if group.dated_sentences:
            lines += [f"*{ui('other mentions title', lang)}*", ""]
            lines += [_dated_sentence_item(analysis, d) for d in group.dated_sentences]
            lines.append("")
    lines += _appendix(analysis, lang)
    return "\n".join(lines).rstrip() + "\n"
