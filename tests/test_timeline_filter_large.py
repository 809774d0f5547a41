"""The timeline's filter on a large generated timeline (some 50,000 entries over 1,200 dates):
the entries, rows, groups, ranks and links it shows are those the plain rules give (every date
group's events of the chosen types, then its other dated mentions or not; a gap and a heading
before each group), and the selection stays on its entry, or goes to the nearest one.

The analysis is made here, sentence by sentence (no engine): sentence ``i`` holds an event of
type ``TYPES[i % 9]``, dated ``DAYS`` days on, except every 4th one, a dated mention, and every
500th, a rare "measure" event; every 97th event is undated; every 50th is also told by the
sentence after it (which then is no mention).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools

from textual.app import App, ComposeResult

from reader.model import Analysis, Article, ArticleMeta, Event, Paragraph, Sentence, Timex
from reader.ui.timeline_pane import Entry, TimelinePane
from reader.views.timeline import DatedSentence, DateGroup, group_events

SENTENCES = 60_000
TYPES = ("visit", "meeting", "statement", "accusation", "denial", "agreement", "warning", "attack", "statement")
START = dt.date(2020, 1, 1)
DAYS = 1200


def sync(test):
    @functools.wraps(test)
    def run(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))

    return run


@functools.cache
def large_analysis() -> Analysis:
    texts = [f"الخبر رقم {i} في يومه." for i in range(SENTENCES)]
    body = "\n".join(texts)
    sentences, paragraphs, start = [], [], 0
    for i, text in enumerate(texts):
        sentences.append(Sentence(i, i, start, start + len(text), text))
        paragraphs.append(Paragraph(i, start, start + len(text)))
        start += len(text) + 1
    meta = ArticleMeta(title="كبير", published=dt.date(2024, 1, 1))
    article = Article(meta, body, tuple(paragraphs), tuple(sentences))
    events: list[Event] = []
    timexes: list[Timex] = []
    told_after = set()
    for i in range(SENTENCES):
        day = (START + dt.timedelta(days=(i * 7919) % DAYS)).isoformat()
        s = sentences[i]
        if i % 4 == 3 and i not in told_after:
            timexes.append(Timex(f"t{len(timexes)}", i, s.start, s.start + 5, s.text[:5], day, "day", "publication"))
            continue
        if i % 4 == 3:
            continue
        kind = "measure" if i % 500 == 0 else TYPES[i % 9]
        dated = i % 97 != 5
        mentions = (i, i + 1) if i % 50 == 1 and i + 1 < SENTENCES else (i,)
        told_after.update(mentions[1:])
        events.append(
            Event(
                f"e{len(events)}",
                kind,
                "قال",
                f"فاعل {i % 13}",
                i,
                mentions,
                day if dated else None,
                "day" if dated else None,
                "explicit" if dated else "none",
                None,
                s.start,
                s.start + 3,
            )
        )
    return Analysis(article, tuple(timexes), tuple(events), dt.date(2024, 1, 1), "metadata")


def expected(analysis: Analysis, types: frozenset[str], mentions: bool) -> tuple[list[DateGroup], list[Entry]]:
    """The shown groups and entries as the plain rules give them."""
    groups, entries = [], []
    for group in group_events(analysis, mentions=True):
        events = tuple(e for e in group.events if not types or e.type in types)
        others = group.dated_sentences if mentions else ()
        if events or others:
            groups.append(DateGroup(group.key, group.label, group.dated, events, others))
            entries += [*events, *others]
    return groups, entries


def expected_rows(groups: list[DateGroup], entries: list[Entry]) -> list[tuple[str, int]]:
    """Each row as (kind, entry index or -1)."""
    rows: list[tuple[str, int]] = []
    index = 0
    for group in groups:
        if rows:
            rows.append(("gap", -1))
        rows.append(("group", -1))
        for entry in (*group.events, *group.dated_sentences):
            assert entries[index] is entry
            rows += [("event", index), ("quote", index)] if isinstance(entry, Event) else [("mention", index)]
            index += 1
    return rows


def tells(entry: Entry, sentence: int) -> bool:
    return entry.sentence == sentence or (isinstance(entry, Event) and sentence in entry.mentions)


class PaneApp(App[None]):
    def __init__(self, analysis: Analysis) -> None:
        super().__init__()
        self.analysis = analysis

    def compose(self) -> ComposeResult:
        yield TimelinePane()

    def on_mount(self) -> None:
        pane = self.query_one(TimelinePane)
        pane.set_analysis(self.analysis)
        pane.focus()


def check(pane: TimelinePane, analysis: Analysis, types: frozenset[str], mentions: bool) -> None:
    """Everything the pane shows under this filter is what the plain rules give."""
    groups, entries = expected(analysis, types, mentions)
    assert pane.entries == entries
    assert pane.events == [e for e in entries if isinstance(e, Event)]
    assert pane.groups == groups
    rows = expected_rows(groups, entries)
    assert pane.virtual_size.height == len(rows)
    assert [(row.kind, row.entry) for row in pane._rows] == rows
    events = mentions_seen = 0
    for index, entry in enumerate(entries):  # ranks: an entry's place among its kind
        if isinstance(entry, Event):
            assert pane.rank(index) == (events, len(pane.events))
            events += 1
        else:
            assert pane.rank(index) == (mentions_seen, len(entries) - len(pane.events))
            mentions_seen += 1
    for sentence in range(0, SENTENCES, 997):  # a sentence's entries
        pane.set_linked_sentence(sentence, scroll=False)
        assert pane.linked_indices() == [i for i, e in enumerate(entries) if tells(e, sentence)]


def visible(pane: TimelinePane) -> list[int]:
    """The entries on the pane's lines."""
    return [pane.row_entry(y) for y in range(pane.scrollable_content_region.height)]


@sync
async def test_a_filter_on_a_large_timeline_shows_what_the_rules_give_and_keeps_the_selection() -> None:
    analysis = large_analysis()
    app = PaneApp(analysis)
    async with app.run_test(size=(60, 30)) as pilot:
        pane = app.query_one(TimelinePane)
        await pilot.pause()
        assert len(pane.entries) > 50_000
        check(pane, analysis, frozenset(), True)
        # an event deep inside, of a type kept: the filter keeps it selected and in sight
        entries = pane.entries
        pane.cursor = next(i for i in range(30_000, len(entries)) if getattr(entries[i], "type", "") == "visit")
        await pilot.pause()
        chosen = pane.selected
        assert isinstance(chosen, Event)
        for types, mentions in (
            (frozenset({"visit"}), True),
            (frozenset({"visit", "attack"}), False),
            (frozenset(), False),
            (frozenset({"visit", "measure"}), True),
            (frozenset(), True),
        ):
            pane.set_filter(types, mentions)
            await pilot.pause()
            check(pane, analysis, types, mentions)
            assert pane.selected == chosen
            assert pane.cursor in visible(pane)
            group = pane.selected_group
            assert group is not None and chosen in group.events and group in pane.groups
        # j and k walk the shown entries, G goes to the last one
        pane.set_filter({"statement"}, mentions=False)
        await pilot.pause()
        start = pane.cursor
        await pilot.press("j", "j", "k")
        assert pane.cursor == start + 1 and pane.selected.type == "statement"
        await pilot.press("G")
        assert pane.selected == pane.entries[-1] and pane.cursor in visible(pane)


@sync
async def test_a_selection_the_filter_hides_goes_to_the_nearest_shown_entry_of_its_sentence() -> None:
    analysis = large_analysis()
    app = PaneApp(analysis)
    async with app.run_test(size=(60, 30)) as pilot:
        pane = app.query_one(TimelinePane)
        await pilot.pause()
        for sentence, types, mentions in (
            (40_003, frozenset(), False),  # a mention, mentions hidden: the event just before
            (40_002, frozenset({"measure"}), False),  # only the rare type: hundreds of sentences back
            (202, frozenset({"measure"}), True),
            (300, frozenset({"agreement"}), False),
            (2, frozenset({"agreement"}), False),  # none before it: the first entry after it
        ):
            pane.set_filter(frozenset(), True)
            pane.follow_sentence(sentence)  # the article's cursor on it: its entry selected
            await pilot.pause()
            assert not pane.near and tells(pane.selected, sentence)
            pane.set_filter(types, mentions)
            await pilot.pause()
            _, entries = expected(analysis, types, mentions)
            told = sorted((s, i) for i, e in enumerate(entries) for s in {e.sentence, *getattr(e, "mentions", ())})
            before = [pair for pair in told if pair[0] < sentence]
            last = before[-1][0] if before else told[0][0]
            nearest = min(i for s, i in told if s == last)
            assert pane.cursor == nearest and pane.near, (sentence, types)
            assert pane.cursor in visible(pane)
            if not before:
                assert sentence < told[0][0]
        # a mention hidden while no sentence is linked: the first entry
        pane.set_linked_sentence(None)
        pane.set_filter(frozenset(), True)
        pane.cursor = next(i for i, e in enumerate(pane.entries) if isinstance(e, DatedSentence))
        pane.set_filter(frozenset(), False)
        assert pane.cursor == 0
