"""The list of articles to pick from when several files or a folder are opened.

Each row shows the article's headline, its date and how many events its timeline has. They are
found by a thread of the list's own, one article after the other: loading gives the headline and date at
once, the analysis (in a child process, as the reader runs it) the date from a dateline and the
events. The rows fill in as they come; the list answers keys all the while, and an article can
be opened before its row is complete. The thread is a daemon, not a Textual worker: quitting
never waits for it (a URL may take 10 s to load), and it stops when the list goes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList
from textual.widgets.option_list import Option

from reader.errors import ReaderError
from reader.model import Article
from reader.ui.analysis_process import AnalysisError, AnalysisProcess
from reader.ui.display import Display, make_display
from reader.ui.words import localise_bindings, show_binding, word
from reader.views.labels import check_lang, day_words


@dataclass(frozen=True)
class Summary:
    """What a row says of its article: headline, date, events (None: not counted yet)."""

    headline: str | None = None
    day: dt.date | None = None
    events: int | None = None
    error: str | None = None


class PickerScreen(Screen[None]):
    """Choose one of ``sources``; the app opens it (``enter``), and comes back here on escape."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "app.quit", "Quit"),
        Binding("escape", "escape", "Back", show=False),
    ]

    class Summarised(Message):
        """The worker found out more about article ``index``."""

        def __init__(self, index: int, summary: Summary) -> None:
            super().__init__()
            self.index = index
            self.summary = summary

    def __init__(
        self,
        sources: list[str],
        *,
        lang: str | None = "en",
        published: dt.date | None = None,
        display: Display | None = None,
        back: bool = False,
    ) -> None:
        """``back``: shown over an article (``o`` opened a folder), which ``escape`` returns to."""
        super().__init__()
        self.sources = sources
        self.lang = check_lang(lang)
        self.published = published
        self.back = back
        self._display = display or make_display()
        self.summaries = [Summary() for _ in sources]
        self.stopped = threading.Event()  # the list is gone: the summaries thread stops
        self.summarised = threading.Event()  # every row is as complete as it gets
        if back:
            show_binding(self, "escape")
        localise_bindings(self, self.lang, self._display)

    def compose(self) -> ComposeResult:
        yield Header()
        yield OptionList(*(Option(self.prompt(i), id=str(i)) for i in range(len(self.sources))), id="articles")
        yield Footer()

    def on_mount(self) -> None:
        self.title = self._display(word("articles", self.lang, n=len(self.sources)))
        self.sub_title = self._display(word("picker help", self.lang))
        self.query_one(OptionList).focus()
        threading.Thread(target=self._summarise, name="reader-picker", daemon=True).start()

    def on_unmount(self) -> None:
        self.stopped.set()

    def prompt(self, index: int) -> Text:
        """Row ``index``: the headline, then the date, the events and the file, dimmed; in Arabic
        at the right."""
        summary, lang = self.summaries[index], self.lang
        name = label(self.sources[index])
        if summary.error:
            details = [summary.error]
        else:
            count = word("counting", lang) if summary.events is None else word("events count", lang, n=summary.events)
            details = [day_words(summary.day, lang, weekday=False)] if summary.day else []
            details += [count, f"\u2066{name}\u2069"]  # isolated: a name's digits stay where they are
        lines = [self._display(summary.headline or name), self._display(" · ".join(details))]
        width = self._row_width() if lang == "ar" else 0
        text = Text(no_wrap=True, overflow="ellipsis")
        for line, style in zip(lines, ("bold", "dim"), strict=True):
            text.append(" " * max(0, width - cell_len(line)))
            text.append(line, style=style)
            text.append("\n" if style == "bold" else "")
        return text

    def _row_width(self) -> int:
        """The cells a row has (the list's width, less its border, padding and scroll bar)."""
        if self.is_mounted:
            width = self.query_one(OptionList).scrollable_content_region.width
            if width > 0:
                return width - 2  # the option's own padding
        return max(10, self.app.size.width - 8)

    def on_resize(self) -> None:
        if self.lang == "ar":  # the rows are aligned at the right by padding: again at the new width
            options = self.query_one(OptionList)
            for index in range(len(self.sources)):
                options.replace_option_prompt_at_index(index, self.prompt(index))

    def on_picker_screen_summarised(self, message: Summarised) -> None:
        self.summaries[message.index] = message.summary
        self.query_one(OptionList).replace_option_prompt_at_index(message.index, self.prompt(message.index))

    def _summarise(self) -> None:
        """The thread: each article loaded, then analysed (one child process for them all), its
        row told as it goes."""
        from reader.io.document import load

        counter = EventCounter()
        try:
            for index, source in enumerate(self.sources):
                if self.stopped.is_set():
                    return
                try:
                    article = load(source, self.published)
                except Exception as exc:  # one line on its row, whatever it was
                    error = str(exc) if isinstance(exc, ReaderError) else f"{type(exc).__name__}: {exc}"
                    self._tell(index, Summary(error=error))
                    continue
                meta = article.meta
                summary = Summary(meta.title, self.published or meta.published)
                self._tell(index, summary)
                counted = counter.count(article, self.published, self.stopped.is_set)
                if counted is not None:
                    day, events = counted
                    self._tell(index, Summary(summary.headline, day or summary.day, events))
        finally:
            counter.stop()
            self.summarised.set()

    def _tell(self, index: int, summary: Summary) -> None:
        """From the thread: row ``index`` knows more (nothing when the reader has quit)."""
        with contextlib.suppress(RuntimeError):
            self.post_message(self.Summarised(index, summary))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        index = int(event.option.id or 0)
        self.app.open_source(self.sources[index])  # type: ignore[attr-defined]

    def action_escape(self) -> None:
        """Back to the article this list was opened over."""
        if self.back:
            self.dismiss(None)


class EventCounter:
    """How many events articles have, and their reference dates: analysed one after the other in
    one child process (started with the first), as the reader analyses an article."""

    def __init__(self) -> None:
        self.process: AnalysisProcess | None = None

    def count(
        self, article: Article, published: dt.date | None, cancelled: Callable[[], bool]
    ) -> tuple[dt.date | None, int] | None:
        """``article``'s reference date and number of events; None when cancelled or failed (the
        child is then started again for the next)."""
        size = 1 << 30  # one chunk: only the count is wanted
        if self.process is None:
            self.process = AnalysisProcess(article, published, size, many=True)
        process = self.process
        process.work = (article, published, size)
        process.send_request(more=True)
        day, events = None, 0
        try:
            for frame in process.frames(cancelled):
                if frame[0] == "reference":
                    day = frame[1]
                elif frame[0] == "chunk":
                    events += len(frame[2])
                elif frame[0] == "done":
                    return day, events
                elif frame[0] == "error":
                    return None  # this article's; the child goes on
        except AnalysisError:
            pass
        self.stop()
        return None

    def stop(self) -> None:
        """End the child (when there is one)."""
        if self.process is not None:
            self.process.stop()
            self.process = None


def label(source: str) -> str:
    """A source as listed: a file's name and folder, a URL or stdin as it is."""
    if source == "-":
        return "stdin"
    if source.startswith(("http://", "https://")):
        return source
    path = Path(source)
    return f"{path.name}   ({path.parent})" if str(path.parent) not in ("", ".") else path.name
