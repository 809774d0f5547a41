"""Query results as Markdown (a timeline across articles, linked to their files) and JSON Lines."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from itertools import groupby

from reader.archive.queries import ArchivedEvent

_HEADINGS = {
    "title": {"en": "Events in the archive", "ar": "أحداث الأرشيف"},
    "query": {"en": "Query", "ar": "البحث"},
    "counts": {"en": "{events} events from {articles} articles.", "ar": "{events} حدثًا من {articles} خبرًا."},
    "none": {"en": "No event matches.", "ar": "لا حدث يطابق البحث."},
    "undated": {"en": "No date given", "ar": "بلا تاريخ"},
}


def json_lines(events: Sequence[ArchivedEvent]) -> Iterator[str]:
    """One JSON object per event and line (``ArchivedEvent.to_dict``)."""
    for event in events:
        yield json.dumps(event.to_dict(), ensure_ascii=False) + "\n"


def group_key(event: ArchivedEvent) -> str:
    """The timeline group an event falls in: its date value, or ``undated``."""
    return event.date or "undated"


def group_label(key: str, lang: str) -> str:
    """A group's heading in words (``Tuesday 14 Nov 2023``, ``week of 6 Nov 2023``, ``no date``)."""
    from reader.views.labels import value_words

    return _HEADINGS["undated"][lang] if key == "undated" else value_words(key, lang)


def to_markdown(events: Sequence[ArchivedEvent], filters: str = "", lang: str = "en") -> str:
    """The events as a Markdown timeline across articles: a heading, the filters, a Mermaid picture,
    the events grouped by date, each with its type, actor, trigger, how it was dated, its quoted
    sentence and a link to its article's file."""
    from reader.exports.markdown import escape_markdown, escape_mermaid
    from reader.views.labels import no_actor, type_name

    lines = [f"# {_HEADINGS['title'][lang]}", ""]
    if filters:
        lines += [f"{_HEADINGS['query'][lang]}: {escape_markdown(filters)}  "]
    articles = len({e.article.path for e in events})
    lines += [_HEADINGS["counts"][lang].format(events=len(events), articles=articles), ""]
    if not events:
        return "\n".join([*lines, _HEADINGS["none"][lang], ""])
    groups = [(key, list(items)) for key, items in groupby(events, key=group_key)]
    from reader.views.labels import ui

    lines += [f"## {ui('at a glance', lang)}", "", "```mermaid", "timeline"]
    lines.append(f"    title {escape_mermaid(_HEADINGS['title'][lang])}")
    for key, items in groups:
        lines.append(f"    section {escape_mermaid(group_label(key, lang))}")
        summaries = [
            escape_mermaid(f"{type_name(e.type, lang)} - {e.actor or no_actor(lang)} ({e.trigger})") for e in items
        ]
        lines.append(f"        {escape_mermaid(key if key != 'undated' else ui('no date', lang))} : {summaries[0]}")
        lines.extend(f"            : {text}" for text in summaries[1:])
    lines += ["```", "", f"## {ui('timeline', lang)}", ""]
    for key, items in groups:
        lines += [f"### {escape_markdown(group_label(key, lang))}", ""]
        lines += [_item(e, lang) for e in items]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _item(event: ArchivedEvent, lang: str) -> str:
    from reader.exports.markdown import escape_markdown
    from reader.views.labels import no_actor, source_tag, type_name, ui
    from reader.views.timeline import quote

    actor = escape_markdown(event.actor) if event.actor else f"*{no_actor(lang)}*"
    dated = source_tag(event.date_source, lang) or ui("no date", lang)
    title = escape_markdown(event.article.title or ui("untitled", lang))
    target = event.article.path.replace("<", "%3C").replace(">", "%3E")
    link = f"[{title}](<{target}>)"
    return (
        f"- **{type_name(event.type, lang)}** · {actor} · «{escape_markdown(event.trigger)}» · {dated} · {link}\n"
        f"  > {escape_markdown(quote(event.sentence_text, 240))} ({ui('sentence', lang)} {event.sentence})"
    )
