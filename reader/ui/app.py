"""The reader: the article (right-to-left) and its timeline side by side, linked both ways.

The article paints first; the analysis (dates, events) runs in a child process
(``analysis_process``), watched by a worker thread, and fills the timeline chunk by chunk as it
comes; quitting kills it at once. Moving the timeline's cursor scrolls the article to the
event's (or other dated mention's) sentence and marks its trigger and date; moving the
article's sentence cursor marks that sentence's events (or its dated mention) in the timeline.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import CancelledError
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.filter import LineFilter
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.widgets import Footer, Input, Static
from textual.worker import Worker, WorkerState, get_current_worker

from reader.errors import Interrupted, ReaderError
from reader.model import Analysis, Article, Event, Timex
from reader.text.search import Hit, SearchIndex, SearchState
from reader.ui.analysis_process import AnalysisError, AnalysisProcess
from reader.ui.article_pane import ArticlePane
from reader.ui.contrast import LegibleText
from reader.ui.dialogs import Check, ConfirmScreen, FilterScreen, PromptScreen, TimelineFilter, parse_reference
from reader.ui.display import make_display
from reader.ui.help import HelpScreen
from reader.ui.text_field import TextField
from reader.ui.timeline_pane import Entry, TimelineLayout, TimelinePane, build_layout
from reader.ui.title_bar import TitleBar
from reader.ui.words import localise_bindings, show_binding, word
from reader.views.labels import check_lang, reference_source, type_name, ui
from reader.views.timeline import DatedSentence

if TYPE_CHECKING:
    from reader.ui.picker import PickerScreen

NARROW_WIDTH = 110  # below this many columns the timeline narrows to what its rows need
INTERRUPTED = 130  # the exit status after Ctrl-C (128 + SIGINT), as the command line gives
PROGRESS_SECONDS = 2.0  # a partial timeline is shown again at least this often (and when its events double)
SINGLE_WIDTH = 80  # below this many one pane shows at a time; tab flips to the other
Analyser = Callable[[Article, "dt.date | None"], Analysis]


def isolate(path: object) -> str:
    """A path or URL to quote in Arabic words: isolated left-to-right, its slashes where written."""
    return f"\u2066{path}\u2069"


def export_path(article: Article, cwd: Path | None = None) -> Path:
    """Where ``e`` writes the Markdown: beside the article file, else in the current folder.

    Stdin, a URL and the bundled sample have no folder of the user's, so they go to ``cwd``.
    """
    from reader.io.document import seed_path

    cwd = cwd or Path.cwd()
    path = article.meta.path
    if not path:
        return cwd / "stdin.timeline.md"
    if path.startswith(("http://", "https://")):
        stem = Path(path.split("?")[0].rstrip("/")).stem or "article"
        return cwd / f"{stem}.timeline.md"
    source = Path(path)
    if source.resolve() == seed_path().resolve():
        return cwd / f"{source.stem}.timeline.md"
    return source.with_name(f"{source.stem}.timeline.md")


class ReaderScreen(Screen[None]):
    """One article: header, the two panes, the search line, a status line and the footer."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "switch_pane", "Pane", priority=True),
        Binding("shift+tab", "switch_pane", "Pane", show=False, priority=True),
        Binding("enter", "jump", "Jump", show=False),
        Binding("slash", "search", "Search"),
        Binding("n", "search_next", "Next hit", show=False),  # shown while there is a search
        Binding("N", "search_previous", "Prev hit", show=False),
        Binding("f", "filter", "Filter"),
        Binding("e", "export", "Export"),
        Binding("s", "swap", "Swap"),
        Binding("z", "zoom", "Zoom"),
        Binding("d", "reference", "Date"),
        Binding("y", "copy", "Copy"),
        Binding("o", "open", "Open"),
        Binding("E", "export_to", "Export to", show=False),
        Binding("escape", "escape", "Back", show=False),
        Binding("question_mark", "help", "Help"),
        Binding("q", "app.quit", "Quit"),
    ]

    class AnalysisProgress(Message):
        """The analysis so far (its first chunks), from the worker of run ``generation``."""

        def __init__(self, generation: int, shown: tuple[Analysis, TimelineLayout], sentences: int) -> None:
            super().__init__()
            self.generation = generation
            self.shown = shown
            self.sentences = sentences  # how many of the article's sentences it covers

    def __init__(
        self,
        article: Article,
        *,
        bidi: str = "visual",
        shape: bool = True,
        harakat: bool = True,
        published: dt.date | None = None,
        analyse: Analyser | None = None,
        lang: str | None = None,
        process: AnalysisProcess | None = None,
        back: bool = False,
    ):
        """``process``: the analysis process for ``article``, started already (``reader`` starts it
        before Textual loads, so that its tables are loaded by the time the article paints);
        ``back``: a list of articles lies under this screen (``escape`` is shown in the footer)."""
        super().__init__()
        self.lang = check_lang(lang)
        self.harakat = harakat
        self.analyse = analyse
        self._event_marks: list[tuple[int, int, str]] = []
        self._search_spans: tuple[list[Hit], list[tuple[int, int]]] = ([], [])  # the hits and their spans
        self.article = article
        self.bidi = bidi
        self.shape = shape
        self.published = published
        self.analysis: Analysis | None = None
        self.mention_count = 0  # the analysis's other dated mentions
        self.analysis_error: str | None = None
        self.search_index: SearchIndex | None = None
        self.search = SearchState()
        self.zoomed = False  # z: one pane, full width
        self.reference_set_here = False  # d: the reader gave the reference date
        self._display = make_display(bidi, shape, harakat)
        if back:
            show_binding(self, "escape")
        localise_bindings(self, self.lang, self._display)
        self._process: AnalysisProcess | None = None  # the running analysis, killed on quit
        self._spare = process  # started before the first paint, loading its tables meanwhile
        self._generation = 0  # which run of the analysis is current (d starts another)
        self.analysed = 0  # sentences analysed so far: all of them once the analysis is complete
        self._timexes: dict[str, Timex] = {}  # the analysis's timexes by id
        self.complete = False  # the analysis shown is the whole one (not its first chunks)

    # -- layout -----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield TitleBar(self._display, id="title")
        with Horizontal(id="panes"):
            yield TimelinePane(bidi=self.bidi, shape=self.shape, harakat=self.harakat, lang=self.lang, id="timeline")
            yield ArticlePane(self.article, bidi=self.bidi, shape=self.shape, harakat=self.harakat, id="article")
        yield TextField(
            placeholder=ui("search placeholder", self.lang),
            id="search",
            bidi=self.bidi,
            shape=self.shape,
            harakat=self.harakat,
        )
        yield Static("", id="status")
        yield Footer()

    @property
    def article_pane(self) -> ArticlePane:
        return self.query_one("#article", ArticlePane)

    @property
    def timeline(self) -> TimelinePane:
        return self.query_one("#timeline", TimelinePane)

    def on_mount(self) -> None:
        meta = self.article.meta
        self.title = meta.title or (Path(meta.path).name if meta.path else "stdin")  # logical: the bar lays it out
        self.query_one(TitleBar).headline = self.title
        self._set_subtitle()
        self._set_pane_titles()
        self.article_pane.focus()
        self._timeline_pane = self.timeline
        self.timeline.loading = True
        self._update_status()
        if self.analyse is None:  # a process of its own: it loads its tables while the article paints
            from reader.analysis import CHUNK_SENTENCES

            self._spare = self._spare or AnalysisProcess(self.article, self.published, CHUNK_SENTENCES)
            self._start_analysis()
        else:  # a custom analysis runs in the worker thread itself: after the first paint
            self.call_after_refresh(self._start_analysis)

    def on_unmount(self) -> None:
        self._stop_analysis()

    def on_resize(self) -> None:
        self.set_class(SINGLE_WIDTH <= self.size.width < NARROW_WIDTH, "narrow")
        self._show_panes()
        self.call_after_refresh(self._update_status)

    @property
    def single(self) -> bool:
        """One pane at a time: a narrow terminal, or zoomed (``z``)."""
        return self.zoomed or self.size.width < SINGLE_WIDTH

    def _show_panes(self, shown: ArticlePane | TimelinePane | None = None) -> None:
        """Both panes, or in single mode only ``shown`` (by default the focused one, else the article)."""
        single = self.single
        self.set_class(single, "single")
        article, timeline = self.article_pane, self.timeline
        if shown is None:
            shown = timeline if self.focused is timeline else article
        article.display = not single or shown is article
        timeline.display = not single or shown is timeline

    def _focus_pane(self, pane: ArticlePane | TimelinePane) -> None:
        self._show_panes(pane)
        pane.focus()

    def _set_pane_titles(self) -> None:
        """الخبر / الخط الزمني (or Article / Timeline), on the panes' top borders."""
        self.article_pane.border_title = self._display(ui("article", self.lang))
        self.timeline.border_title = self._display(ui("timeline", self.lang))

    def _set_subtitle(self) -> None:
        meta = self.article.meta
        lang = self.lang
        parts = [meta.source] if meta.source else []
        analysis = self.analysis
        if analysis is not None and analysis.reference is not None:
            source = reference_source(analysis.reference_source, lang)
            parts.append(ui("reference", lang, date=analysis.reference.isoformat(), source=source))
        elif analysis is not None:
            parts.append(ui("reference unknown", lang))
        elif self.published or meta.published:
            parts.append(ui("published", lang, date=(self.published or meta.published).isoformat()))  # type: ignore[union-attr]
        self.sub_title = " · ".join(parts)
        self.query_one(TitleBar).subtitle = self.sub_title

    # -- analysis in a worker ---------------------------------------------------------------

    def _start_analysis(self) -> None:
        self._stop_analysis(spare=False)
        self._generation += 1
        self.complete = False
        self.analysis_error = None
        self.analysed = 0
        generation = self._generation
        self.run_worker(
            lambda: self._analyse(generation),
            name="analysis",
            group="analysis",
            thread=True,
            exclusive=True,
            exit_on_error=False,
        )

    def _stop_analysis(self, spare: bool = True) -> None:
        """Kill the analysis process, if one runs (its worker thread then ends within 50 ms), and
        with ``spare`` the one started on mount if no worker took it yet."""
        for name in ("_process", "_spare") if spare else ("_process",):
            process = getattr(self, name)
            setattr(self, name, None)
            if process is not None:
                process.kill()

    def _layout(self, analysis: Analysis) -> tuple[Analysis, TimelineLayout]:
        """The analysis as the reader shows it, and the timeline's rows for it (built here, in the
        worker thread, so that the main thread only swaps them in)."""
        if self.reference_set_here and analysis.reference == self.published:
            analysis = dataclasses.replace(analysis, reference_source="reader")
        timeline = self._timeline_pane  # not queried: this runs in the worker thread
        return analysis, build_layout(analysis, timeline.type_filter, timeline.show_mentions, lang=self.lang)

    def _analyse(self, generation: int) -> tuple[Analysis, TimelineLayout] | None:
        """The worker: the analysis, run in a child process (a custom ``analyse``: here), its
        chunks shown as they come; None when cancelled (the reader quit or asked again)."""
        if self.analyse is not None:
            return self._layout(self.analyse(self.article, self.published))
        from reader.analysis import CHUNK_SENTENCES

        worker = get_current_worker()
        process, self._spare = self._spare, None
        if process is None:
            process = AnalysisProcess(self.article, self.published, CHUNK_SENTENCES)
        process.work = (self.article, self.published, CHUNK_SENTENCES)  # d may have come first
        try:
            if worker.is_cancelled or generation != self._generation:
                return None
            self._process = process
            process.send_request()
            timexes: list[Timex] = []
            events: list[Event] = []
            reference, source = None, "unknown"
            posted_at, posted_events, building = 0.0, 0, 0.0
            for frame in process.frames(lambda: worker.is_cancelled or generation != self._generation):
                if frame[0] == "reference":
                    reference, source = frame[1], frame[2]
                elif frame[0] == "chunk":
                    timexes.extend(frame[1])
                    events.extend(frame[2])
                    # shown again when the events have doubled, else now and then (building the
                    # rows shares the interpreter with the keys: at most a fifth of the time)
                    wait = max(PROGRESS_SECONDS, 4 * building)
                    if events and (len(events) >= 2 * posted_events or time.monotonic() - posted_at > wait):
                        started = time.monotonic()
                        part = Analysis(self.article, tuple(timexes), tuple(events), reference, source)
                        self._post(self.AnalysisProgress(generation, self._layout(part), frame[3]))
                        posted_at, posted_events = time.monotonic(), len(events)
                        building = posted_at - started
                elif frame[0] == "error":
                    raise AnalysisError(frame[1])
                elif frame[0] == "done":
                    return self._layout(Analysis(self.article, tuple(timexes), tuple(events), reference, source))
            return None
        finally:
            process.stop()

    def _post(self, message: Message) -> None:
        """Post from the worker thread; nothing when the app is closing."""
        with contextlib.suppress(RuntimeError):  # the event loop is closed: the reader has quit
            self.post_message(message)

    def on_reader_screen_analysis_progress(self, message: AnalysisProgress) -> None:
        """Part of the timeline, while the rest is analysed."""
        if message.generation != self._generation or self.complete:
            return
        self.analysed = message.sentences
        self.timeline.loading = False
        self._show_analysis(*message.shown)

    def _show_analysis(self, analysis: Analysis, layout: TimelineLayout | None = None) -> None:
        self.analysis = analysis
        self._timexes = {t.id: t for t in analysis.timexes}
        self.timeline.set_analysis(analysis, layout)
        self.mention_count = self.timeline.mention_count
        self.timeline.follow_sentence(self.article_pane.cursor_sentence)
        self._set_subtitle()
        self._update_marks()
        self._update_status()
        # What is there now stays (the article, its timeline): out of the collector's sight, so
        # that a full collection, which walks every object, never stalls a key on a long article.
        gc.freeze()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "analysis":
            return
        if event.state == WorkerState.SUCCESS and event.worker.result is not None:
            self.timeline.loading = False
            self.complete = True
            self.analysed = len(self.article.sentences)
            self._show_analysis(*event.worker.result)
        elif event.state == WorkerState.ERROR:
            error = event.worker.error
            known = isinstance(error, (ReaderError, AnalysisError))
            detail = str(error) if known else f"{type(error).__name__}: {error}"
            self.analysis_error = detail
            self.analysis = None  # what came of it before it failed is not the timeline
            self.timeline.loading = False
            failed = ui("analysis failed at", self.lang, detail=detail)
            self.timeline.set_message(failed)
            self._say(failed, severity="error", timeout=8)
        self._update_status()

    # -- linking ----------------------------------------------------------------------------

    def on_timeline_pane_entry_selected(self, message: TimelinePane.EntrySelected) -> None:
        self.article_pane.select_sentence(message.sentence, scroll=True)
        if message.jump:
            self._focus_pane(self.article_pane)
        self._update_marks()
        self._update_status()

    def on_article_pane_sentence_changed(self, message: ArticlePane.SentenceChanged) -> None:
        self.timeline.follow_sentence(message.sentence_id)
        self._update_marks()
        self._update_status()

    def event_marks(self) -> list[tuple[int, int, str]]:
        """Trigger and date marks of the current sentence's entries (its events or its dated
        mention), and of the selected one."""
        if self.analysis is None:
            return []
        timexes = self._timexes
        entries: list[Entry] = [self.timeline.entries[i] for i in self.timeline.linked_indices()]
        selected = self.timeline.selected
        if selected is not None and selected not in entries and selected.sentence == self.article_pane.cursor_sentence:
            entries.append(selected)
        marks: set[tuple[int, int, str]] = set()
        for entry in entries:
            if isinstance(entry, DatedSentence):
                marks.add((entry.timex.start, entry.timex.end, "date"))
                continue
            if 0 <= entry.trigger_start < entry.trigger_end:
                marks.add((entry.trigger_start, entry.trigger_end, "trigger"))
            timex = timexes.get(entry.timex or "")
            if timex is not None:
                marks.add((timex.start, timex.end, "date"))
        return sorted(marks)

    @property
    def marks(self) -> list[tuple[int, int, str]]:
        """Every mark of the article: the current sentence's entries', then the search hits."""
        return self._event_marks + self.search.marks()

    def _update_marks(self) -> None:
        self._event_marks = self.event_marks()
        self.article_pane.set_marks(self._event_marks)
        hits, spans = self._search_spans
        if hits is not self.search.hits:  # a new search: its spans once, however many
            spans = [(hit.start, hit.end) for hit in self.search.hits]
            self._search_spans = (self.search.hits, spans)
        self.article_pane.set_search(spans, self.search.current)

    def action_jump(self) -> None:
        """From the article: go to the first event the current sentence reports (or its dated mention)."""
        linked = self.timeline.linked_indices()
        if not linked:
            self._say(word("no entry here", self.lang), timeout=3)
            return
        self.timeline.cursor = linked[0]
        self._focus_pane(self.timeline)

    def action_switch_pane(self) -> None:
        """The other pane: focus moves there (and in single mode, it shows instead)."""
        self._focus_pane(self.timeline if self.focused is self.article_pane else self.article_pane)

    def action_zoom(self) -> None:
        """One pane, full width, or both again (below SINGLE_WIDTH columns, one pane anyway)."""
        self.zoomed = not self.zoomed
        self._show_panes()

    def action_swap(self) -> None:
        panes = self.query_one("#panes", Horizontal)
        first = panes.children[0]
        panes.move_child(first, after=panes.children[-1])
        self.set_class(not self.has_class("swapped"), "swapped")

    # -- search -----------------------------------------------------------------------------

    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        box.display = True
        box.value = self.search.query
        box.focus()

    def on_input_submitted(self, message: Input.Submitted) -> None:
        if message.input.id != "search":
            return
        self._close_search_box()
        self.run_search(message.value.strip())

    def run_search(self, query: str) -> None:
        """Search ``query`` from the current sentence on and show the hits."""
        if self.search_index is None:
            self.search_index = SearchIndex(self.article.body)
        sentence = self.article.sentences[self.article_pane.cursor_sentence] if self.article.sentences else None
        hit = self.search.start(self.search_index, query, sentence.start if sentence else 0)
        self._show_hit(hit)

    def _show_hit(self, hit: Hit | None) -> None:
        if hit is not None:
            sentence = self.article_pane.sentence_at(hit.start)
            if sentence is not None:
                self.article_pane.select_sentence(sentence, scroll=True)
        elif self.search.query:
            self.notify(self.search.status(self._display), severity="warning", timeout=3)
        self._show_search_keys()
        self._update_marks()
        self._update_status()

    def _show_search_keys(self) -> None:
        """``n`` in the footer while there is a search (the footer has no room for it always)."""
        show_binding(self, "search_next", bool(self.search.query))
        self.refresh_bindings()

    def _step_search(self, forward: bool) -> None:
        if not self.search.query:
            self._say(word("no search", self.lang), timeout=3)
            return
        offset = None
        current = self.search.hits[self.search.current] if self.search.hits else None
        sentence = self.article.sentences[self.article_pane.cursor_sentence] if self.article.sentences else None
        if current is not None and sentence is not None and not (sentence.start <= current.start < sentence.end):
            offset = sentence.start  # the reader moved: go on from where they are
        self._show_hit(self.search.step(forward, offset))

    def action_search_next(self) -> None:
        self._step_search(True)

    def action_search_previous(self) -> None:
        self._step_search(False)

    def _close_search_box(self) -> None:
        box = self.query_one("#search", Input)
        box.display = False
        self._focus_pane(self.article_pane)

    def action_escape(self) -> None:
        box = self.query_one("#search", Input)
        if box.display:
            self._close_search_box()
        elif self.search.query:
            self.search = SearchState()
            self._show_search_keys()
            self._update_marks()
            self._update_status()
        elif len(self.app.screen_stack) > 2:
            self.app.pop_screen()

    # -- filter, export, help -------------------------------------------------------------------

    def action_filter(self) -> None:
        if self.analysis is None:
            self._say(word("not ready", self.lang), timeout=3)
            return
        counts = Counter(e.type for e in self.analysis.events)
        from reader.model import EVENT_TYPES

        ordered = {name: counts[name] for name in EVENT_TYPES if counts[name]}
        if not ordered and not self.mention_count:
            self._say(word("nothing to filter", self.lang), timeout=3)
            return
        timeline = self.timeline
        screen = FilterScreen(
            ordered,
            timeline.type_filter,
            self.mention_count,
            timeline.show_mentions,
            name=lambda event_type: self._display(type_name(event_type, self.lang)),
            question=self._laid_out(word("filter question", self.lang), self._dialog_width()),
            mentions_entry=self._display(word("mentions entry", self.lang)),
        )
        self.app.push_screen(screen, self._apply_filter)

    def _apply_filter(self, chosen: TimelineFilter | None) -> None:
        if chosen is None:
            return
        self.timeline.set_filter(chosen.types, chosen.mentions)
        self._update_marks()
        self._update_status()

    def action_export(self) -> None:
        if self.analysis is None or not self.complete:
            self._say(word("nothing to export" if self.analysis_error else "not ready", self.lang), "warning", 3)
            return
        self._export_unless_kept(export_path(self.article))

    def _export_unless_kept(self, target: Path) -> None:
        """Export to ``target``, asking first when a file is there."""
        if not target.exists():
            self._write_export(target)
            return
        lang = self.lang
        question = self._laid_out(word("overwrite", lang, path=isolate(target)), self._dialog_width())
        self.app.push_screen(
            ConfirmScreen(question, self._display(word("yes", lang)), self._display(word("no", lang))),
            lambda yes: self._write_export(target) if yes else self._say(word("not exported", lang), timeout=3),
        )

    def _write_export(self, target: Path) -> None:
        from reader.exports.markdown import to_markdown
        from reader.io.fileio import write_atomic

        assert self.analysis is not None
        try:
            written = write_atomic(target, to_markdown(self.analysis, self.lang) + "\n", force=True)
        except (ReaderError, OSError) as exc:
            self._say(word("export failed", self.lang, error=exc), severity="error", timeout=8)
            return
        except Interrupted as exc:  # SIGTERM/SIGINT while writing: the temporary file is gone; quit cleanly
            self.app.exit(return_code=exc.exit_code)
            return
        self.last_export = written
        self._say(word("exported", self.lang, path=isolate(written)), timeout=8)

    def action_export_to(self) -> None:
        """Export the Markdown to a path the reader types (the usual one offered)."""
        if self.analysis is None or not self.complete:
            self.action_export()  # says why not
            return
        lang = self.lang

        def check(value: str) -> str | None:
            return None if value.strip() else self._display(ui("no path", lang))

        def chosen(value: str | None) -> None:
            if value is None:
                return
            self._export_unless_kept(Path(value.strip()).expanduser())

        self.app.push_screen(self._prompt(ui("export question", lang), str(export_path(self.article)), check), chosen)

    def action_reference(self) -> None:
        """Set the reference date (the day relative dates count from); the analysis runs again."""
        lang = self.lang
        current = (self.analysis.reference if self.analysis is not None else None) or self.published

        def check(value: str) -> str | None:
            return None if parse_reference(value) else self._display(ui("not a day", lang))

        screen = self._prompt(ui("reference question", lang), current.isoformat() if current else "", check)
        self.app.push_screen(screen, self._set_reference)

    def _prompt(self, question: str, value: str, check: Check) -> PromptScreen:
        """A one-line prompt, left-to-right (a date, a path), laid out like the rest of the app."""
        return PromptScreen(
            self._display(question),
            value,
            check=check,
            base=0,
            bidi=self.bidi,
            shape=self.shape,
            harakat=self.harakat,
            rtl=self.lang == "ar",
        )

    def _set_reference(self, value: str | None) -> None:
        day = parse_reference(value) if value is not None else None
        if day is None:
            return
        self.published = day
        self.reference_set_here = True
        self.timeline.loading = True
        self._start_analysis()

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.lang, self.bidi, self.shape, self.harakat))

    # -- copy, open ---------------------------------------------------------------------------

    def copy_text(self) -> str | None:
        """What ``y`` copies: the timeline's entry when it has the focus, else the current sentence."""
        from reader.ui.clipboard import entry_text

        timeline = self.timeline
        if self.focused is timeline:
            entry = timeline.selected
            if entry is None or self.analysis is None:
                return None
            return entry_text(entry, timeline.selected_group, self.analysis, self.lang)
        sentences = self.article.sentences
        return sentences[self.article_pane.cursor_sentence].text.strip() if sentences else None

    def action_copy(self) -> None:
        """``y``: the sentence or entry to the terminal's clipboard (OSC 52) and to a file."""
        from reader.ui.clipboard import clipboard_file, write_copy

        text = self.copy_text()
        if not text:
            self._say(word("nothing to copy", self.lang), timeout=3)
            return
        self.app.copy_to_clipboard(text)
        try:
            path = write_copy(text)
        except Interrupted as exc:  # SIGTERM while writing: the temporary file is gone; quit cleanly
            self.app.exit(return_code=exc.exit_code)
            return
        except ReaderError as exc:
            error = str(exc).removeprefix(f"{clipboard_file()}: ")
            message = word("copy failed", self.lang, path=isolate(clipboard_file()), error=error)
            self._say(message, severity="warning", timeout=8)
            return
        self._say(word("copied", self.lang, path=isolate(path)), timeout=5)

    def _say(self, message: str, severity: SeverityLevel = "information", timeout: float = 5) -> None:
        """A notification in the reader's words (Arabic laid out at the toast's width)."""
        width = max(20, min(60, self.app.size.width // 2) - 4)  # the toast's text (Textual: 60 cells, 50%)
        self.notify(str(self._laid_out(message, width)), severity=severity, timeout=timeout, markup=False)

    def _dialog_width(self) -> int:
        """The cells of text a dialog has (app.tcss: 80% of the screen, at most 90; less its frame)."""
        return max(20, min(90, int(self.app.size.width * 0.8)) - 8)

    def _laid_out(self, message: str, width: int) -> Text:
        """``message`` to show in a toast or a dialog: as it is in English; in Arabic laid out here
        line by line at ``width`` and right-aligned (Textual would wrap a displayed line and show
        its lines bottom-up)."""
        if self.lang == "en" or self.bidi != "visual":
            return Text(self._display(message))
        from reader.rtl import LayoutOptions, layout_paragraph

        lines = layout_paragraph(message, width, LayoutOptions(bidi=self.bidi, shape=self.shape, harakat=self.harakat))
        return Text("\n".join(" " * line.indent(width) + line.text for line in lines))

    def action_open(self) -> None:
        """``o``: another article (a file, a folder or a URL), typed in a prompt; this one stays
        when it cannot be opened."""
        lang = self.lang

        def check(value: str) -> str | None:
            return None if value.strip() else self._display(ui("no path", lang))

        def chosen(value: str | None) -> None:
            if value is not None and value.strip():
                self.app.open_other(value.strip())  # type: ignore[attr-defined]

        self.app.push_screen(self._prompt(word("open question", lang), "", check), chosen)

    # -- status -----------------------------------------------------------------------------

    def position(self) -> str:
        """Where the reader is: ``sentence 12/40 · event 4/15 · 30%`` (in the chosen language)."""
        lang = self.lang
        sentences = self.article.sentences
        current = self.article_pane.cursor_sentence
        parts = [f"{ui('sentence', lang)} {current + 1}/{len(sentences)}"] if sentences else []
        timeline = self.timeline
        if self.analysis is not None and timeline.entries:
            entry = timeline.selected
            exact = entry is not None and not timeline.near
            if isinstance(entry, DatedSentence) and exact:
                rank, total = timeline.rank(timeline.cursor)
                parts.append(f"{ui('mention', lang)} {rank + 1}/{total}")
            elif timeline.events:
                place = timeline.rank(timeline.cursor)[0] + 1 if exact and isinstance(entry, Event) else "–"
                parts.append(f"{ui('event', lang)} {place}/{len(timeline.events)}")
        if sentences and self.article.body:
            parts.append(f"{round(100 * sentences[current].end / len(self.article.body))}%")
        return " · ".join(parts)

    def _update_status(self) -> None:
        lang = self.lang
        parts = [self.position()]
        if self.analysis is not None:
            listed = len(self.timeline.events)
            total = len(self.analysis.events)
            if lang == "ar":
                counts = f"{ui('events', lang)}: " + (f"{total}" if listed == total else f"{listed} من {total}")
                if self.mention_count:
                    counts += f" · {ui('other mentions', lang)}: {self.mention_count}"
                    counts += f" ({ui('hidden', lang)})" if not self.timeline.show_mentions else ""
            else:
                counts = f"{total} events" if listed == total else f"{listed} of {total} events"
                if self.mention_count:
                    hidden = not self.timeline.show_mentions
                    counts += f", {self.mention_count} other dated mentions" + (" (hidden)" if hidden else "")
            parts.append(counts)
            if self.timeline.type_filter:
                parts.append(f"{ui('filter', lang)}: " + ", ".join(sorted(self.timeline.type_filter)))
            if not self.complete and not self.analysis_error:
                parts.append(ui("analysed", lang, done=self.analysed, n=len(self.article.sentences)))
        elif self.analysis_error:
            parts.append(ui("analysis failed", lang))
        else:
            parts.append(ui("analysing", lang, n=len(self.article.sentences)))
        if self.search.query:
            parts.append(f"{ui('search', lang)} " + self.search.status())
        status = self.query_one("#status", Static)
        room = max(10, status.content_region.width or self.size.width - 2)
        shown: list[str] = []
        for part in (p for p in parts if p):  # in order of importance: what does not fit is left out
            line = self._display(" │ ".join([*shown, part]))
            if cell_len(line) > room and shown:
                break
            shown.append(part)
        status.styles.text_align = "right" if self.lang == "ar" else "left"  # at the reading side
        status.update(Text(self._display(" │ ".join(shown)), no_wrap=True, overflow="ellipsis"), layout=False)


class ReaderApp(App[None]):
    """``reader FILE``: one article; ``reader A B`` or a folder: a list to pick from first."""

    CSS_PATH = "app.tcss"
    TITLE = "reader"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", show=False),
        Binding("ctrl+c", "interrupt", "Quit", show=False, priority=True),
        Binding("question_mark", "help", "Help", show=False),
    ]

    def __init__(
        self,
        article: Article | None = None,
        sources: list[str] | None = None,
        *,
        bidi: str = "visual",
        shape: bool = True,
        harakat: bool = True,
        published: dt.date | None = None,
        analyse: Analyser | None = None,
        lang: str | None = None,
        process: AnalysisProcess | None = None,
    ) -> None:
        """``process``: ``article``'s analysis process, started already (see ``ReaderScreen``)."""
        super().__init__()
        self.lang = check_lang(lang)
        localise_bindings(self, self.lang, make_display(bidi, shape, harakat))  # the palette's label
        self._legible = LegibleText()
        self._process = process
        self.harakat = harakat
        self.analyse = analyse
        self.article = article
        self.sources = sources or []
        self.bidi = bidi
        self.shape = shape
        self.published = published

    def get_line_filters(self) -> Sequence[LineFilter]:
        """Textual's filters, then ours: all text legible in every theme (``contrast.LegibleText``)."""
        return [*super().get_line_filters(), self._legible]

    def on_mount(self) -> None:
        if self.article is not None:
            self.push_screen(self.reader_screen(self.article, self._process))
            self._process = None
        else:
            self.push_screen(self.picker_screen(self.sources))

    def reader_screen(
        self, article: Article, process: AnalysisProcess | None = None, back: bool = False
    ) -> ReaderScreen:
        return ReaderScreen(
            article,
            bidi=self.bidi,
            shape=self.shape,
            harakat=self.harakat,
            published=self.published,
            analyse=self.analyse,
            lang=self.lang,
            process=process,
            back=back,
        )

    def _load(self, source: str) -> Article | None:
        """``source`` loaded; None (and a one-line notification) when it cannot be."""
        from reader.io.document import load

        try:
            return load(source, self.published)
        except ReaderError as exc:
            self.notify(str(exc), severity="error", timeout=8, markup=False)
            return None

    def open_source(self, source: str) -> None:
        """Load ``source`` and open it over the picker; a bad file is a notification."""
        article = self._load(source)
        if article is not None:
            self.push_screen(self.reader_screen(article, back=True))

    def open_other(self, source: str) -> None:
        """``o``: ``source`` (a file, a folder or a URL) in place of the current article, a folder
        as a list over it. A URL is fetched in a worker; anything that cannot be opened is a
        one-line notification and the current article stays."""
        from reader.commands.export import expand_sources, is_folder
        from reader.io.fetch import is_url, redact

        source = os.path.expanduser(source)
        if source == "-":
            self.notify("stdin (-) cannot be opened from the reader: give a file, a folder or a URL.", timeout=5)
            return
        try:
            sources = expand_sources([source])
        except ReaderError as exc:
            self.notify(str(exc), severity="error", timeout=8, markup=False)
            return
        if is_folder(source):
            self.push_screen(self.picker_screen(sources, back=True))
        elif is_url(source):
            self.notify(f"Fetching {redact(source)}…", timeout=3, markup=False)
            # a thread of its own, not a worker: quitting never waits for the fetch (up to 10 s)
            threading.Thread(target=self._fetch, args=(source,), name="reader-open", daemon=True).start()
        elif (article := self._load(source)) is not None:
            self._replace(article)

    def _replace(self, article: Article) -> None:
        """Show ``article`` in place of the current one (a list under it stays)."""
        back = len(self.screen_stack) > 2
        if isinstance(self.screen, ReaderScreen):
            self.switch_screen(self.reader_screen(article, back=back))
        else:
            self.push_screen(self.reader_screen(article, back=back))

    def _fetch(self, url: str) -> None:
        """In a thread: ``url``'s article shown in place of the current one, or why not."""
        from reader.io.document import load

        try:
            article = load(url, self.published)
        except Exception as exc:  # one line, whatever it was
            detail = str(exc) if isinstance(exc, ReaderError) else f"{type(exc).__name__}: {exc}"
            with contextlib.suppress(RuntimeError, CancelledError):  # the reader quit meanwhile
                self.call_from_thread(self.notify, detail, severity="error", timeout=8, markup=False)
            return
        with contextlib.suppress(RuntimeError, CancelledError):
            self.call_from_thread(self._replace, article)

    def picker_screen(self, sources: list[str], back: bool = False) -> PickerScreen:
        """The list of ``sources`` (``back``: over an article, which ``escape`` returns to)."""
        from reader.ui.picker import PickerScreen

        display = make_display(self.bidi, self.shape, self.harakat)
        return PickerScreen(sources, lang=self.lang, published=self.published, display=display, back=back)

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.lang, self.bidi, self.shape, self.harakat))

    def action_interrupt(self) -> None:
        """Ctrl-C: quit as ``q`` does, from anywhere (a prompt, the search box); exit status 130,
        as for an interrupted command."""
        self.exit(return_code=INTERRUPTED)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if isinstance(screen, ReaderScreen):
            yield SystemCommand("Search", "Search the article (/)", screen.action_search)
            yield SystemCommand("Next search hit", "Go to the next hit (n)", screen.action_search_next)
            yield SystemCommand("Previous search hit", "Go to the previous hit (N)", screen.action_search_previous)
            yield SystemCommand(
                "Filter events", "Show only some event types, hide other dated mentions (f)", screen.action_filter
            )
            yield SystemCommand("Export Markdown", "Write the timeline beside the article (e)", screen.action_export)
            yield SystemCommand("Swap panes", "Put the timeline on the other side (s)", screen.action_swap)
            yield SystemCommand("Switch pane", "Move between article and timeline (tab)", screen.action_switch_pane)
            yield SystemCommand("Zoom pane", "One pane, full width, or both again (z)", screen.action_zoom)
            yield SystemCommand(
                "Set reference date",
                "The day relative dates count from; the timeline updates (d)",
                screen.action_reference,
            )
            yield SystemCommand("Export Markdown to…", "Choose where the Markdown goes (E)", screen.action_export_to)
            yield SystemCommand("Copy", "The sentence or the timeline's entry to the clipboard (y)", screen.action_copy)
            yield SystemCommand("Open article…", "A file, folder or URL in place of this one (o)", screen.action_open)
        from reader.ui.query_view import query_command  # loaded when the palette opens, not at start

        yield query_command(self, screen)
        yield SystemCommand("Help", "Every key of the reader (?)", self.action_help)
