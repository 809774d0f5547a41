"""The archive's events in the reader: ``reader --db FILE --query [TEXT] [filters]``, or "Query
the archive…" in the palette.

The left pane lists the events that match, across articles, in date order (each row: its type
badge and actor, then its date and its article's title); the right pane shows the article of the
selected event, right-to-left as the reader shows any article, scrolled to that event's sentence,
which is highlighted, its trigger and date marked. ``j``/``k``, a click or the arrows move through
the results (each opens its article); ``enter`` goes into the article, ``esc`` back to the list;
``r`` reads the article alone in the reader, with its own timeline (``esc`` comes back); ``/``
types another query, which re-lists the results in place. An article whose file has moved,
was deleted or changed since it was indexed shows the sentences the archive keeps, with a notice.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Static

from reader.errors import ReaderError
from reader.model import Article, ArticleMeta
from reader.ui.app import ReaderApp, ReaderScreen
from reader.ui.article_pane import ArticlePane
from reader.ui.dialogs import PromptScreen
from reader.ui.display import Display, make_display
from reader.ui.help import HelpScreen
from reader.ui.results_list import ResultsList
from reader.ui.title_bar import TitleBar
from reader.ui.words import localise_bindings, show_binding
from reader.views.labels import check_lang, no_actor, type_name, ui, value_words
from reader.views.timeline import quote

if TYPE_CHECKING:
    from reader.archive.browse import Filters
    from reader.archive.queries import ArchivedEvent

# The badges' colours, as the timeline draws them (timeline_pane.TimelinePane's CSS).
BADGES = {
    "visit": ("#ffffff", "#2e7d32"),
    "meeting": ("#ffffff", "#1565c0"),
    "statement": ("#ffffff", "#546e7a"),
    "accusation": ("#ffffff", "#c62828"),
    "denial": ("#ffffff", "#6a1b9a"),
    "agreement": ("#ffffff", "#00695c"),
    "warning": ("#000000", "#ef6c00"),
    "attack": ("#ffff00", "#b71c1c"),
    "measure": ("#ffffff", "#4e342e"),
}
WORDS: dict[str, dict[str, str]] = {
    "results": {"en": "Archive: {n} events", "ar": "الأرشيف: {n} حدثًا"},
    "counts": {"en": "{events} events from {articles} articles", "ar": "{events} حدثًا من {articles} خبرًا"},
    "count": {"en": "{events} events from 1 article", "ar": "{events} حدثًا من خبر واحد"},
    "place": {"en": "event {i}/{n}", "ar": "الحدث {i}/{n}"},
    "query": {"en": "query: {line}", "ar": "البحث: {line}"},
    "everything": {"en": "every event", "ar": "كل الأحداث"},
    "none": {"en": "No event of the archive matches. / types another query.", "ar": "لا حدث يطابق البحث. / لبحث آخر."},
    "missing": {
        "en": "The file is gone ({error}): the sentences the archive keeps are shown.",
        "ar": "الملف غير موجود ({error}): تظهر الجمل المحفوظة في الأرشيف.",
    },
    "changed": {
        "en": "The file has changed since it was indexed: the sentences the archive keeps are shown.",
        "ar": "تغير الملف منذ فهرسته: تظهر الجمل المحفوظة في الأرشيف.",
    },
    "question": {
        "en": "Query the archive: words, type:visit actor:X from:2023-01 to:2023-12 source:S",
        "ar": "البحث في الأرشيف: كلمات، type:visit actor:X from:2023-01 to:2023-12 source:S",
    },
    "Query": {"en": "Query", "ar": "بحث"},
    "Read": {"en": "Read", "ar": "قراءة"},
    "help": {"en": "The archive's events", "ar": "أحداث الأرشيف"},
}
CACHED_ARTICLES = 32  # articles kept loaded, for moving back and forth between their events
COMMAND = "Query the archive…"
COMMAND_HELP = "Events across the archive `reader index` made: words, type: actor: from: to: source: (/)"


def word(key: str, lang: str, **values: object) -> str:
    return WORDS[key][lang].format(**values)


# The ? screen of the query view: its keys, before the reader's.
QUERY_KEYS: tuple[tuple[str, str, str], ...] = (
    (
        "j k  ↓ ↑  click",
        "the next / previous event: its article opens at its sentence",
        "الحدث التالي / السابق: يُفتح خبره عند جملته",
    ),
    ("g G  space b", "first / last event, page down / up", "الحدث الأول / الأخير، صفحة إلى الأسفل / الأعلى"),
    ("enter", "into the article (double-click too)", "إلى الخبر (أو نقرتان)"),
    ("tab", "the other pane", "اللوحة الأخرى"),
    ("r", "the article alone in the reader, with its own timeline (esc: back)", "الخبر وحده مع خطه الزمني (esc: رجوع)"),
    ("esc", "from the article, back to the list", "من الخبر إلى القائمة"),
    (
        "/  ctrl+p",
        "another query: words, type:visit actor:X from:2023-01 to:2023-12 source:S",
        "بحث آخر: كلمات، type:visit actor:X from:2023-01 to:2023-12 source:S",
    ),
)


class QueryHelp(HelpScreen):
    """``?`` over the results: the query view's keys, then the reader's."""

    def compose(self) -> ComposeResult:
        from textual.containers import VerticalScroll

        from reader.ui.help import CHROME, keys_table
        from reader.ui.words import KEYS
        from reader.ui.words import word as ui_word

        lang = self.lang
        width = max(20, min(90, int(self.app.size.width * 0.8)) - CHROME)
        with VerticalScroll(classes="dialog", id="help"):
            yield Static(self.heading(WORDS["help"][lang], width))
            yield Static(keys_table(QUERY_KEYS, lang, self.options, width))
            yield Static(Text("\n").append_text(self.heading(ui_word("help title", lang), width)))
            yield Static(keys_table(KEYS, lang, self.options, width))


class QueryScreen(Screen[None]):
    """The results of a query of the archive at ``db`` beside the selected event's article."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "switch_pane", "Pane", priority=True),
        Binding("shift+tab", "switch_pane", "Pane", show=False, priority=True),
        Binding("slash", "new_query", "Query"),
        Binding("r", "read", "Read"),
        Binding("escape", "escape", "Back", show=False),
        Binding("question_mark", "help", "Help"),
        Binding("q", "app.quit", "Quit"),
    ]
    DEFAULT_CSS = """
    QueryScreen #notice {
        dock: bottom;
        height: 1;
        margin-bottom: 2;
        padding: 0 1;
        color: $warning;
        background: $panel;
        display: none;
    }
    QueryScreen #timeline { padding: 0; }
    QueryScreen Static#article { padding: 1 2; color: $text-muted; }
    """

    def __init__(
        self,
        db: str | Path,
        filters: Filters,
        results: list[ArchivedEvent],
        *,
        bidi: str = "visual",
        shape: bool = True,
        harakat: bool = True,
        lang: str | None = None,
        back: bool = False,
    ) -> None:
        """``back``: shown over an article (from the palette), which ``esc`` on the list returns to."""
        super().__init__()
        self.db = db
        self.filters = filters
        self.results = results
        self.bidi, self.shape, self.harakat = bidi, shape, harakat
        self.lang = check_lang(lang)
        self.back = back
        self._display: Display = make_display(bidi, shape, harakat)
        self.shown: ArchivedEvent | None = None  # the event whose article is in the right pane
        self.article: Article | None = None
        self.notice = ""  # why the article shows the archive's sentences, or ""
        self._articles: dict[str, tuple[Article, str]] = {}  # path -> article and its notice
        if back:
            show_binding(self, "escape")
        localise_bindings(self, self.lang, self._display)
        if self.lang != "en":
            labels = {"new_query": "Query", "read": "Read"}
            for key, listed in self._bindings.key_to_bindings.items():
                self._bindings.key_to_bindings[key] = [
                    dataclasses.replace(b, description=self._display(word(labels[b.action], self.lang)))
                    if b.action in labels
                    else b
                    for b in listed
                ]

    # -- layout -------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield TitleBar(self._display, id="title")
        with Horizontal(id="panes"):
            yield ResultsList(self.row, id="timeline")
            yield Static("", id="article")
        yield Static("", id="notice")
        yield Static("", id="status")
        yield Footer()

    @property
    def results_list(self) -> ResultsList:
        return self.query_one("#timeline", ResultsList)

    @property
    def article_pane(self) -> ArticlePane | None:
        """The article pane, once an event's article shows."""
        panes = self.query("#article")
        pane = panes.first() if panes else None
        return pane if isinstance(pane, ArticlePane) else None

    def on_mount(self) -> None:
        self.results_list.border_title = self._display(ui("timeline", self.lang))
        self.relist(self.filters, self.results)
        self.results_list.focus()

    # -- the results ----------------------------------------------------------------------------

    def relist(self, filters: Filters, results: list[ArchivedEvent]) -> None:
        """Show ``results`` (of ``filters``) in place of the list there was; the first is opened.
        Every result is listed: a row is made when it comes into sight."""
        self.filters, self.results = filters, results
        options = self.results_list
        options.reset(len(results))
        if results:
            options.highlighted = 0
        else:
            self.call_later(self._show_nothing)
        self._update_status()

    def row(self, index: int) -> Text:
        """Row ``index``: its type badge and actor, then (dimmed) its date and its article's title
        or file name, each shortened at its end to the row; in Arabic at the right, the badge
        first from the right."""
        event, lang = self.results[index], self.lang
        width = self._row_width()
        badge = " " + self._display(type_name(event.type, lang)) + " "
        fg, bg = BADGES.get(event.type, ("#ffffff", "#546e7a"))
        room = max(4, width - cell_len(badge) - 1)
        actor = self._fit(event.actor or no_actor(lang), room)
        title = event.article.title or Path(event.article.path).name
        details = self._fit(f"{_date_words(event.date, lang)} · {title}", width)
        text = Text(no_wrap=True, overflow="ellipsis")
        if lang == "ar":
            text.append(" " * max(0, width - cell_len(actor) - 1 - cell_len(badge)))
            text.append(actor + " ")
            text.append(badge, Style(color=fg, bgcolor=bg, bold=True))
            text.append("\n" + " " * max(0, width - cell_len(details)))
        else:
            text.append(badge, Style(color=fg, bgcolor=bg, bold=True))
            text.append(" " + actor + "\n")
        text.append(details, Style(dim=True))
        return text

    def _fit(self, text: str, cells: int) -> str:
        """``text`` as displayed, shortened at a word (an ellipsis at its logical end) to ``cells``:
        laid out once or twice, not once per character (a list may have thousands of rows)."""
        text = " ".join(text.split())
        shown = self._display(text)
        limit = min(len(text), cells)
        while cell_len(shown) > cells and limit > 1:
            shown = self._display(quote(text, limit))
            limit -= 1 if cell_len(shown) - cells < 4 else cell_len(shown) - cells
        return shown

    def _row_width(self) -> int:
        if self.is_mounted:
            width = self.results_list.row_width
            if width > 0:
                return width
        return max(10, int(self.app.size.width * 0.42) - 4)

    async def on_results_list_highlighted(self, message: ResultsList.Highlighted) -> None:
        await self.open_result(message.index)

    async def on_results_list_selected(self, message: ResultsList.Selected) -> None:
        """``enter`` (or a double click): into the article, at the event's sentence."""
        await self.open_result(message.index)
        pane = self.article_pane
        if pane is not None:
            pane.focus()

    async def open_result(self, index: int) -> None:
        """Show result ``index``'s article at its sentence (the sentence highlighted, its trigger
        and date marked); an article already shown stays and only moves."""
        if not 0 <= index < len(self.results):
            return
        event = self.results[index]
        article, notice = self._article(event)
        pane = self.article_pane
        fresh = pane is None or pane.article is not article
        if pane is None or fresh:
            pane = ArticlePane(article, bidi=self.bidi, shape=self.shape, harakat=self.harakat, id="article")
            pane.border_title = self._display(ui("article", self.lang))
            await self.query_one("#article").remove()
            await self.query_one("#panes", Horizontal).mount(pane)
        self.shown, self.article, self.notice = event, article, notice
        sentence = _sentence_of(article, event)
        if sentence is not None:
            pane.select_sentence(sentence, scroll=True)
            if fresh:  # a new pane scrolls once it knows its size (before, the scroll would stop at 0)
                pane.call_after_refresh(pane.call_after_refresh, pane.select_sentence, sentence, True)
        from reader.archive.browse import event_marks

        pane.set_marks(event_marks(self.db, event) if article.body else [])
        title = self.query_one(TitleBar)
        title.headline = event.article.title or Path(event.article.path).name
        title.subtitle = " · ".join(part for part in (event.article.source, event.article.published) if part)
        self._show_notice(notice)
        self._update_status()

    def _article(self, event: ArchivedEvent) -> tuple[Article, str]:
        """The event's article and a notice: from its file when it is there and segmented as it
        was indexed (every sentence at the same offsets, with the same text), else the sentences
        the archive keeps, so that the event's sentence and marks are where the archive says."""
        path = event.article.path
        if path in self._articles:
            return self._articles[path]
        from reader.archive.browse import stored_article
        from reader.io.document import load

        try:
            kept = stored_article(self.db, path)
        except ReaderError as exc:  # the archive changed meanwhile: one line, nothing to show
            article, notice = Article(_meta(event), "", (), ()), str(exc)
        else:
            try:
                loaded = load(path)
                same = [(s.start, s.end, s.text) for s in loaded.sentences] == [
                    (s.start, s.end, s.text) for s in kept.sentences
                ]
                article, notice = (loaded, "") if same else (kept, word("changed", self.lang))
            except ReaderError as exc:
                article, notice = kept, word("missing", self.lang, error=str(exc).removeprefix(f"{path}: "))
        if len(self._articles) >= CACHED_ARTICLES:
            del self._articles[next(iter(self._articles))]  # the first opened goes
        self._articles[path] = (article, notice)
        return article, notice

    async def _show_nothing(self) -> None:
        if self.article_pane is not None:
            await self.query_one("#article").remove()
            await self.query_one("#panes", Horizontal).mount(Static("", id="article"))
        self.query_one("#article", Widget).border_title = self._display(ui("article", self.lang))
        message = self._display(word("none", self.lang))
        self.query_one("#article", Static).update(Text(message, justify="right" if self.lang == "ar" else "left"))
        self.shown = self.article = None
        title = self.query_one(TitleBar)
        title.headline, title.subtitle = word("results", self.lang, n=0), ""
        self._show_notice("")
        self._update_status()

    def _show_notice(self, notice: str) -> None:
        line = self.query_one("#notice", Static)
        line.display = bool(notice)
        rtl = self.lang == "ar" and self.bidi == "visual"
        line.styles.text_align = "right" if rtl else "left"
        line.update(Text(self._display(notice), no_wrap=True, overflow="ellipsis"))

    def _update_status(self) -> None:
        lang = self.lang
        results = self.results
        parts = []
        index = self.results_list.highlighted
        if results and index is not None:
            parts.append(word("place", lang, i=index + 1, n=len(results)))
        articles = len({e.article.path for e in results})
        parts.append(word("count" if articles == 1 else "counts", lang, events=len(results), articles=articles))
        parts.append(word("query", lang, line=self.filters.line() or word("everything", lang)))
        status = self.query_one("#status", Static)
        status.styles.text_align = "right" if lang == "ar" else "left"
        status.update(Text(self._display(" │ ".join(parts)), no_wrap=True, overflow="ellipsis"))

    # -- keys ---------------------------------------------------------------------------------

    def action_switch_pane(self) -> None:
        pane = self.article_pane
        if self.focused is self.results_list and pane is not None:
            pane.focus()
        else:
            self.results_list.focus()

    def action_escape(self) -> None:
        """From the article: back to the list; from the list (over an article): back to it."""
        if self.focused is not self.results_list:
            self.results_list.focus()
        elif self.back:
            self.dismiss(None)

    def action_read(self) -> None:
        """``r``: the selected event's article alone in the reader, with its own timeline, at the
        event's sentence; ``esc`` there comes back to these results."""
        event, article = self.shown, self.article
        app = self.app
        if event is None or article is None or not article.sentences or not isinstance(app, ReaderApp):
            return
        screen = app.reader_screen(article, back=True)
        app.push_screen(screen)
        sentence = _sentence_of(article, event)
        if sentence is not None:  # once the new screen's article pane knows its size (see open_result)
            screen.call_after_refresh(screen.call_after_refresh, _go_to, screen, sentence)

    def action_help(self) -> None:
        self.app.push_screen(QueryHelp(self.lang, self.bidi, self.shape, self.harakat))

    def action_new_query(self) -> None:
        """``/``: another query, typed; its results replace these."""
        app = self.app
        assert isinstance(app, ReaderApp)
        ask_query(app, self.db, self.lang, self.filters.line(), self._display, self.relist, self.bidi)


class QueryApp(ReaderApp):
    """``reader --db FILE --query ...``: the reader opened on a query's results."""

    def __init__(self, db: str | Path, filters: Filters, results: list[ArchivedEvent], **options: object) -> None:
        super().__init__(None, [], **options)  # type: ignore[arg-type]
        self.archive_db = db
        self.filters = filters
        self.results = results

    @on(events.Mount)
    def _open_results(self, event: events.Mount) -> None:
        event.prevent_default()  # not ReaderApp.on_mount: no article, no list of files
        self.push_screen(self.query_screen(self.filters, self.results))

    def query_screen(self, filters: Filters, results: list[ArchivedEvent], back: bool = False) -> QueryScreen:
        return QueryScreen(
            self.archive_db,
            filters,
            results,
            bidi=self.bidi,
            shape=self.shape,
            harakat=self.harakat,
            lang=self.lang,
            back=back,
        )


def ask_query(
    app: ReaderApp,
    db: str | Path,
    lang: str,
    value: str,
    display: Display,
    done: Callable[[Filters, list[ArchivedEvent]], None],
    bidi: str = "visual",
) -> None:
    """A prompt for a query (Arabic shaped, right-to-left as typed); a malformed one or an archive
    that cannot be read is said under the field; ``done(filters, results)`` once it ran."""
    from reader.archive.browse import find, parse_filters

    found: list[tuple[Filters, list[ArchivedEvent]]] = []

    def check(line: str) -> str | None:
        try:
            filters = parse_filters(line)
            found[:] = [(filters, find(db, filters))]
        except ReaderError as exc:
            return display(str(exc))
        return None

    def chosen(line: str | None) -> None:
        if line is not None and found:
            done(*found[0])

    prompt = PromptScreen(
        display(word("question", lang)),
        value,
        check=check,
        bidi=bidi,
        shape=app.shape,
        harakat=app.harakat,
        rtl=lang == "ar",
    )
    app.push_screen(prompt, chosen)


def query_command(app: ReaderApp, screen: Screen[object]) -> SystemCommand:
    """The palette's "Query the archive…": on the results, another query in place; elsewhere the
    results over the article (``esc`` back to it). The archive: ``--db``, else ``reader index``'s."""

    def run() -> None:
        if isinstance(screen, QueryScreen):
            screen.action_new_query()
            return
        from reader.archive import default_db

        db = getattr(app, "archive_db", None) or default_db()
        display = make_display(app.bidi, app.shape, app.harakat)

        def show(filters: Filters, results: list[ArchivedEvent]) -> None:
            app.push_screen(
                QueryScreen(
                    db,
                    filters,
                    results,
                    bidi=app.bidi,
                    shape=app.shape,
                    harakat=app.harakat,
                    lang=app.lang,
                    back=True,
                )
            )

        ask_query(app, db, app.lang, "", display, show, app.bidi)

    return SystemCommand(COMMAND, COMMAND_HELP, run)


def _go_to(screen: ReaderScreen, sentence: int) -> None:
    screen.article_pane.select_sentence(sentence, scroll=True)


def _sentence_of(article: Article, event: ArchivedEvent) -> int | None:
    """The event's sentence in ``article``, when it is there as the archive keeps it."""
    sentences = article.sentences
    n = event.sentence
    if 0 <= n < len(sentences) and sentences[n].text.strip() == event.sentence_text.strip():
        return n
    return None


def _meta(event: ArchivedEvent) -> ArticleMeta:
    return ArticleMeta(title=event.article.title, source=event.article.source, path=event.article.path)


def _date_words(value: str | None, lang: str) -> str:
    if not value:
        return ui("no date", lang)
    try:
        return value_words(value, lang)
    except ValueError:
        return value
