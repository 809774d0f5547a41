"""The Markdown export: the timeline for notes, readable raw and rendered (DESIGN.md).

A heading with title and reference date, a Mermaid ``timeline`` block (events only), the events
grouped by date (undated last) with each date's other dated mentions after them (dated sentences
with no typed event, in italics), each linked to its sentence in an appendix that reproduces the
article with one anchor per sentence. Every piece of article text is one line with its bidi
embeddings, overrides and isolates closed at its end (``close_bidi``), so none reverses what
follows it.
"""

from __future__ import annotations

from reader.decode import close_bidi
from reader.model import Analysis, Event
from reader.timeline import DatedSentence, DateGroup, group_events, quote

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


def _reference_line(analysis: Analysis) -> str:
    if analysis.reference is None:
        return "Reference date: unknown (relative dates are shown as offsets from an unknown day D)"
    return f"Reference date: {analysis.reference.isoformat()} ({analysis.reference_source})"


def _mermaid(analysis: Analysis, groups: list[DateGroup]) -> list[str]:
    title = analysis.article.meta.title or "Timeline"
    lines = ["```mermaid", "timeline", f"    title {escape_mermaid(title)}"]
    for group in groups:
        if not group.events:
            continue
        lines.append(f"    section {escape_mermaid(group.label)}")
        events = [escape_mermaid(_event_summary(e)) for e in group.events]
        lines.append(f"        {escape_mermaid(group.key if group.dated else 'undated')} : {events[0]}")
        lines.extend(f"            : {text}" for text in events[1:])
    lines.append("```")
    return lines


def _event_summary(event: Event) -> str:
    actor = event.actor or "?"
    return f"{event.type} - {actor} ({event.trigger})"


def _event_item(analysis: Analysis, event: Event) -> str:
    sentence = analysis.article.sentences[event.sentence]
    actor = escape_markdown(event.actor) if event.actor else "*(actor not found)*"
    source = {"explicit": "date in the sentence", "context": "date from context", "none": "no date"}[event.date_source]
    others = [m for m in event.mentions if m != event.sentence]
    also = ""
    if others:
        also = "; also in " + ", ".join(f"[{m}](#{anchor(m)})" for m in others)
    return (
        f"- **{event.type}** · {actor} · «{escape_markdown(event.trigger)}» · {source}{also}\n"
        f"  > [{escape_markdown(quote(sentence.text, 160))}](#{anchor(event.sentence)})"
    )


def _dated_sentence_item(analysis: Analysis, entry: DatedSentence) -> str:
    sentence = analysis.article.sentences[entry.sentence]
    link = f"[{escape_markdown(quote(sentence.text, 160))}](#{anchor(entry.sentence)})"
    return f"- *{link}* · «{escape_markdown(entry.timex.text)}»"


def _appendix(analysis: Analysis) -> list[str]:
    article = analysis.article
    lines = ["## The article", ""]
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


def to_markdown(analysis: Analysis) -> str:
    """The Markdown document for an analysed article."""
    meta = analysis.article.meta
    groups = group_events(analysis, mentions=True)
    lines = [f"# {escape_markdown(meta.title or 'Untitled article')}", ""]
    if meta.source:
        lines.append(f"Source: {escape_markdown(meta.source)}  ")
    lines.append(_reference_line(analysis) + "  ")
    dated = sum(len(g.events) for g in groups if g.dated)
    others = sum(len(g.dated_sentences) for g in groups)
    lines += [f"Events: {len(analysis.events)} ({dated} dated); other dated mentions: {others}", ""]
    if analysis.events:
        lines += ["## Timeline at a glance", "", *_mermaid(analysis, groups), ""]
    lines += ["## Timeline", ""]
    if not analysis.events:
        lines += ["No events found.", ""]
    for group in groups:
        lines += [f"### {group.label}", ""]
        if group.events:
            lines += [_event_item(analysis, e) for e in group.events]
            lines.append("")
        if group.dated_sentences:
            lines += ["*Other dated mentions*", ""]
            lines += [_dated_sentence_item(analysis, d) for d in group.dated_sentences]
            lines.append("")
    lines += _appendix(analysis)
    return "\n".join(lines).rstrip() + "\n"
