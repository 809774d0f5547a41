"""The timeline pane on its own: what it renders for the seed's real analysis and for a hand-made
one with other dated mentions, its cursor and its filter."""

from __future__ import annotations

import asyncio
import functools
import re

from rich.cells import cell_len
from textual.app import App, ComposeResult

from reader.analysis import analyse
from reader.io.document import load, load_text
from reader.model import Analysis, Event
from reader.ui.display import make_display
from reader.ui.timeline_pane import Entry, TimelinePane
from reader.views.labels import source_tag
from reader.views.timeline import DatedSentence, group_events, period_start, quote

from .conftest import SEED
from .hand_timeline import hand_made_analysis

SEED_ANALYSIS = analyse(load(SEED))


def sync(test):
    """Run an async pilot test with asyncio (no pytest plugin needed)."""

    @functools.wraps(test)
    def run(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))

    return run


class PaneApp(App[None]):
    """Just the pane, filled with an analysis, recording the entries it selects."""

    def __init__(self, analysis: Analysis | None, bidi: str = "visual") -> None:
        super().__init__()
        self.analysis = analysis
        self.bidi = bidi
        self.selected: list[tuple[Entry, bool]] = []

    def compose(self) -> ComposeResult:
        yield TimelinePane(bidi=self.bidi)

    def on_mount(self) -> None:
        pane = self.query_one(TimelinePane)
        if self.analysis is not None:
            pane.set_analysis(self.analysis)
        pane.focus()

    def on_timeline_pane_entry_selected(self, message: TimelinePane.EntrySelected) -> None:
        self.selected.append((message.entry, message.jump))


def lines(pane: TimelinePane) -> list[str]:
    return [pane.render_line(y).text.rstrip() for y in range(pane.scrollable_content_region.height)]


@sync
async def test_groups_say_their_dates_in_words_and_undated_last() -> None:
    app = PaneApp(SEED_ANALYSIS)
    async with app.run_test(size=(60, 80)) as pilot:
        pane = app.query_one(TimelinePane)
        await pilot.pause()
        shown = lines(pane)
        groups = group_events(SEED_ANALYSIS, mentions=True)
        headings = [line for line in shown if line and not line.startswith(" ")]
        assert len(headings) == len(groups)
        for heading, group in zip(headings, groups, strict=True):
            assert not re.search(r"\d{4}-W\d{2}|\d{4}-\d{2}-\d{2}|\bD[+-]\d", heading), heading  # no jargon
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", group.key):
                weekday = period_start(group.key).strftime("%A")
                assert heading.startswith(weekday + " "), heading  # "Tuesday 14 Nov 2023"
            if "-W" in group.key:
                assert heading.startswith("week of "), heading
        if not groups[-1].dated:
            assert headings[-1] == "No date given (reported on Wednesday 15 Nov 2023)"


@sync
async def test_each_event_has_its_badge_actor_date_source_and_quote() -> None:
    app = PaneApp(SEED_ANALYSIS)
    async with app.run_test(size=(70, 80)) as pilot:
        pane = app.query_one(TimelinePane)
        await pilot.pause()
        display = make_display("visual")
        width = pane.scrollable_content_region.width
        badge_colours = set()
        for y in range(pane.scrollable_content_region.height):
            index = pane.row_entry(y)
            if index < 0 or not isinstance(pane.entries[index], Event):
                continue
            event = pane.entries[index]
            strip = pane.render_line(y)
            text = strip.text.rstrip()
            if text.startswith(f" {event.type} "):
                # The badge carries its type's colour; how the date was found follows it, in words;
                # the actor is right-aligned (Arabic reads from the right).
                badge = next(iter(strip))
                assert badge.style.bgcolor == pane.get_component_rich_style(f"timeline-pane--{event.type}").bgcolor
                badge_colours.add((event.type, badge.style.bgcolor))
                tag = source_tag(event.date_source, "en")
                assert tag in text and tag not in ("explicit", "context")
                if event.actor:
                    assert text.endswith(display(event.actor)) or "…" in text
                assert cell_len(text) == width
            else:
                sentence = SEED_ANALYSIS.article.sentences[event.sentence].text
                # The sentence's opening, cut at a word to fit the pane, right-aligned.
                assert text.strip() in {display(quote(sentence, n)).strip() for n in range(width - 8, width)}
                assert cell_len(text) == width
            assert cell_len(text) <= width
        types = {t for t, _ in badge_colours}
        assert len({c for _, c in badge_colours}) == len(types) >= 2, "each type has its own colour"


@sync
async def test_keys_move_the_cursor_and_post_the_selected_event() -> None:
    app = PaneApp(SEED_ANALYSIS)
    async with app.run_test(size=(60, 20)) as pilot:
        pane = app.query_one(TimelinePane)
        await pilot.pause()
        assert pane.cursor == 0 and app.selected == []  # filling in selects nothing
        await pilot.press("j", "j", "k")
        assert pane.cursor == 1
        assert app.selected[-1] == (pane.entries[1], False)
        await pilot.press("enter")
        assert app.selected[-1] == (pane.entries[1], True)
        await pilot.press("G")
        assert pane.cursor == len(pane.entries) - 1
        # The selected entry is scrolled into view.
        assert any(pane.row_entry(y) == pane.cursor for y in range(pane.scrollable_content_region.height))
        await pilot.press("up", "home")
        assert pane.cursor == 0 and pane.scroll_offset.y == 0


@sync
async def test_clicking_an_event_selects_it_and_double_click_jumps() -> None:
    app = PaneApp(SEED_ANALYSIS)
    async with app.run_test(size=(60, 40)) as pilot:
        pane = app.query_one(TimelinePane)
        await pilot.pause()
        y = next(y for y in range(40) if pane.row_entry(y) == 2)
        await pilot.click(TimelinePane, offset=(8, y))
        assert pane.cursor == 2
        assert app.selected[-1] == (pane.entries[2], False)
        await pilot.double_click(TimelinePane, offset=(8, y))
        assert app.selected[-1] == (pane.entries[2], True)


@sync
async def test_the_filter_keeps_the_cursor_on_its_event() -> None:
    app = PaneApp(SEED_ANALYSIS)
    async with app.run_test(size=(60, 40)) as pilot:
        pane = app.query_one(TimelinePane)
        await pilot.pause()
        pane.set_filter(set(), mentions=False)
        await pilot.press("G")
        last = pane.selected_event
        assert last is not None and pane.entries == pane.events
        pane.set_filter({last.type})
        assert {e.type for e in pane.events} == {last.type}
        assert pane.selected_event == last
        pane.set_filter({"no-such-type"})
        assert pane.events == [] and pane.cursor == -1
        assert "No events of the chosen types." in lines(pane)[0]
        pane.set_filter(set())
        assert len(pane.events) == len(SEED_ANALYSIS.events)


@sync
async def test_linked_sentence_marks_its_events() -> None:
    app = PaneApp(SEED_ANALYSIS)
    async with app.run_test(size=(60, 40)) as pilot:
        pane = app.query_one(TimelinePane)
        await pilot.pause()
        sentence = pane.events[-1].sentence
        pane.set_linked_sentence(sentence)
        linked = pane.linked_indices()
        assert linked and all(sentence in (pane.entries[i].sentence, *pane.entries[i].mentions) for i in linked)
        await pilot.pause()
        style = pane.get_component_rich_style("timeline-pane--linked")
        marked = {
            pane.row_entry(y)
            for y in range(pane.scrollable_content_region.height)
            if pane.row_entry(y) >= 0 and all(s.style.bgcolor == style.bgcolor for s in pane.render_line(y) if s.text)
        }
        assert marked == set(linked) - {pane.cursor}
        pane.set_linked_sentence(None)
        assert pane.linked_indices() == []


@sync
async def test_terminal_mode_prints_logical_order() -> None:
    app = PaneApp(SEED_ANALYSIS, bidi="terminal")
    async with app.run_test(size=(60, 40)) as pilot:
        pane = app.query_one(TimelinePane)
        await pilot.pause()
        first = pane.events[0]
        index = pane.entries.index(first)
        sentence = SEED_ANALYSIS.article.sentences[first.sentence].text
        shown = lines(pane)
        quoted = next(shown[y] for y in range(40) if pane.row_entry(y) == index and shown[y].startswith("   "))
        width = pane.scrollable_content_region.width
        assert quoted.strip() in {quote(sentence, n) for n in range(width - 8, width)}


@sync
async def test_messages_before_and_without_events() -> None:
    app = PaneApp(None)
    async with app.run_test(size=(60, 10)) as pilot:
        pane = app.query_one(TimelinePane)
        await pilot.pause()
        assert lines(pane)[0] == "Analysing the article…"
        await pilot.press("j", "enter")  # nothing to move: no error
        assert pane.cursor == -1
        pane.set_analysis(analyse(load_text("هذا نص قصير لا حدث فيه.")))
        await pilot.pause()
        assert lines(pane)[0] == "No events found in this article."


HAND = hand_made_analysis()


def kinds(pane: TimelinePane) -> list[tuple[str, int | str]]:
    """Each entry as ("event", id) or ("mention", sentence), in the pane's order."""
    return [("event", e.id) if isinstance(e, Event) else ("mention", e.sentence) for e in pane.entries]


@sync
async def test_other_dated_mentions_follow_their_groups_events_muted() -> None:
    app = PaneApp(HAND)
    async with app.run_test(size=(70, 40)) as pilot:
        pane = app.query_one(TimelinePane)
        await pilot.pause()
        assert kinds(pane) == [
            ("mention", 7),  # 2022
            ("mention", 2),  # 2023-05, in sentence order
            ("mention", 7),
            ("event", "e0"),  # 2024-05-12: the visit, then the rain that day
            ("mention", 1),
            ("event", "e1"),  # undated
        ]
        assert pane.events == list(HAND.events)
        display = make_display("visual")
        shown = lines(pane)
        heading = shown.index("Sunday 12 May 2024")
        # The group: heading, the visit's two lines, then the mention's one line.
        assert [pane.row_entry(y) for y in range(heading, heading + 4)] == [-1, 3, 3, 4]
        mention_line = shown[heading + 3]
        assert mention_line.startswith(" mention ")
        sentence = HAND.article.sentences[1].text
        assert mention_line.endswith(display(sentence))  # short enough to show whole, in visual order
        # Muted: the mention's text has the muted colour, the event's actor line does not.
        muted = pane.get_component_rich_style("timeline-pane--mention").color
        assert muted is not None
        mention_colours = {s.style.color for s in pane.render_line(heading + 3) if s.text.strip()}
        assert mention_colours == {muted}
        actor = display("وزير الخارجية")
        actor_segments = [s for s in pane.render_line(heading + 1) if actor in s.text]
        assert actor_segments and all(s.style.color != muted for s in actor_segments)
        assert muted == pane.get_component_rich_style("timeline-pane--quote").color  # $text-muted
        assert "2022" in shown and "May 2023" in shown


@sync
async def test_selecting_a_mention_posts_its_sentence() -> None:
    app = PaneApp(HAND)
    async with app.run_test(size=(70, 40)) as pilot:
        pane = app.query_one(TimelinePane)
        await pilot.pause()
        await pilot.press("j", "j", "j", "j")
        entry = pane.selected
        assert isinstance(entry, DatedSentence) and entry.sentence == 1
        assert pane.selected_event is None
        assert app.selected[-1] == (entry, False)
        await pilot.press("enter")
        assert app.selected[-1] == (entry, True)
        # The cursor row takes the cursor's own colours over the muted text (legible on every theme).
        y = next(y for y in range(40) if pane.row_entry(y) == pane.cursor)
        cursor = pane.get_component_rich_style("timeline-pane--cursor")
        assert all(s.style.bgcolor == cursor.bgcolor for s in pane.render_line(y))
        assert any(s.style.color == cursor.color for s in pane.render_line(y) if s.text.strip())


@sync
async def test_the_filter_hides_and_shows_the_mentions() -> None:
    app = PaneApp(HAND)
    async with app.run_test(size=(70, 40)) as pilot:
        pane = app.query_one(TimelinePane)
        await pilot.pause()
        await pilot.press("j", "j", "j")
        assert pane.selected == HAND.events[0]
        pane.set_filter(frozenset(), mentions=False)
        assert kinds(pane) == [("event", "e0"), ("event", "e1")]
        assert pane.selected == HAND.events[0]  # the cursor stays on its event
        shown = lines(pane)
        assert not any(line.startswith(" mention") for line in shown)
        assert "2022" not in shown and "May 2023" not in shown  # groups of mentions only go
        pane.set_filter({"statement"})  # mentions=None: still hidden
        assert kinds(pane) == [("event", "e1")]
        pane.set_filter({"statement"}, mentions=True)
        assert kinds(pane) == [("mention", 7), ("mention", 2), ("mention", 7), ("mention", 1), ("event", "e1")]
        pane.set_filter({"no-such-type"}, mentions=False)
        assert pane.entries == [] and "No events of the chosen types." in lines(pane)[0]


@sync
async def test_a_sentence_with_only_a_mention_links_to_it() -> None:
    app = PaneApp(HAND)
    async with app.run_test(size=(70, 40)) as pilot:
        pane = app.query_one(TimelinePane)
        await pilot.pause()
        pane.set_linked_sentence(1)
        assert [pane.entries[i] for i in pane.linked_indices()] == [DatedSentence(1, HAND.timexes[1])]
        pane.set_linked_sentence(5)  # told again by the visit: the visit, no mention
        assert [pane.entries[i] for i in pane.linked_indices()] == [HAND.events[0]]
