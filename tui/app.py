"""The OnRecord terminal app: meetings, topics, statements and a detail pane.

State lives here: the search text, the stack of filters (meeting, topic, speaker), the
order, and the marks. Queries go through the Store; anything that may be slow (a search
on a large database) runs in an exclusive worker thread and is applied only if the user
has not typed something newer meanwhile.

The database can fail under the app (a damaged page, a vanished file): a StoreError while
starting ends the app with its one-line message, which `onrecord` prints; later it is a
notification and the app keeps running.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, OptionList, Static

from onrecord.db.export import ExportError, citation, render_markdown, write_export
from onrecord.db.store import Interrupted, StatementFilter, StatementRow, Store, StoreError
from onrecord.tui import start_clock
from onrecord.tui.commands import OnRecordCommands
from onrecord.tui.corrections import Corrections
from onrecord.tui.detail_pane import DetailPane
from onrecord.tui.filters import Filter
from onrecord.tui.marks import Marks
from onrecord.tui.meetings import Meetings
from onrecord.tui.render import plural, safe
from onrecord.tui.screens.export import ExportScreen, default_export_path
from onrecord.tui.searches import ORDER_LABELS, Searches
from onrecord.tui.widgets.facets import TopicList
from onrecord.tui.widgets.key_hints import KeyHints
from onrecord.tui.widgets.meeting_list import MeetingList
from onrecord.tui.widgets.statement_list import StatementList

# Meetings read at a time for the meetings pane (a virtual list: pages as they are drawn).
MEETING_PAGE = 100
MAX_LISTED_MEETINGS = 20_000  # a country pair's meetings up to this many are found once, by id

def reports_store_errors(method: Callable) -> Callable:
    """Run a handler that reads the store; a StoreError becomes a message, not a crash."""
    @functools.wraps(method)
    def handler(self: OnRecordApp, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except StoreError as error:
            self.report_store_error(error)
            return None
    return handler


class OnRecordApp(App):
    TITLE = "OnRecord"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {OnRecordCommands}
    BINDINGS = [
        Binding("slash", "focus_search", "Search", id="search"),
        Binding("e", "export", "Export", id="export"),
        Binding("u", "clear_marks", "Clear marks", id="clear_marks", show=False),
        Binding("t", "toggle_order", "Order", id="toggle_order", show=False),
        Binding("F", "filter", "Filter", id="filter"),
        Binding("E", "list_edits", "Corrections", id="list_edits", show=False),
        Binding("C", "collections", "Collections", id="collections"),
        Binding("W", "save_search", "Save search", id="save_search", show=False),
        Binding("T", "timeline", "Timeline", id="timeline", show=False),
        Binding("V", "view_collection", "Collection", id="view_collection", show=False),
        Binding("r", "refresh", "Refresh", id="refresh", show=False),
        Binding("escape", "back", "Back", id="back"),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    def __init__(self, store: Store, export_path: Callable[[], Path] = default_export_path) -> None:
        super().__init__()
        self.store = store
        self.export_path = export_path
        self.filters: list[Filter] = []
        self.order = "relevance"
        self.marks = Marks(self)
        self.marked: set[int] = self.marks.ids  # the same set: the lists draw a ● for each
        self._searcher: Store | None = None
        self._counter: Store | None = None
        self._overwrite_confirmed: Path | None = None
        self.corrections = Corrections(self)
        self.searches = Searches(self)
        self.detail = DetailPane(self)
        self.meetings = Meetings(self)
        self._started = False  # the first results are on screen
        self._last_store_error: str | None = None

    # -- layout ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="search-bar"):
            yield Input(placeholder='/ to search: gallium, "supply chains", critical min*, a AND b',
                        id="search")
            yield Static("", id="search-info")
        yield Static("", id="breadcrumb")
        with Horizontal(id="panes"):
            with Vertical(id="left"):
                yield MeetingList(id="meetings")
                yield TopicList(id="topics")
            with Vertical(id="right"):
                yield StatementList(id="statements")
                with VerticalScroll(id="detail-scroll"):
                    yield Static("", id="detail")
        yield Static("", id="status")
        yield KeyHints()

    def on_mount(self) -> None:
        self.query_one("#meetings").border_title = "Meetings"
        self.query_one("#topics").border_title = "Topics"
        self.query_one("#statements").border_title = "Statements"
        self.query_one("#detail-scroll").border_title = "Detail"
        self.statement_list.marked = self.marked
        self.load_marks(last_used=True)
        if self.store.notice:
            self.notify(self.store.notice, markup=False, timeout=10)
        self.statement_list.focus()
        # Paint the panes first, then fill them: the loading workers' Python work would
        # otherwise compete with the first frame for the interpreter.
        self.call_after_refresh(self.load_everything)
        if start_clock.wanted():
            start_clock.note_after_paint(self, "frame")

    @reports_store_errors
    def load_marks(self, collection: str | None = None, last_used: bool = False) -> None:
        """The active collection's statements are the marks (kept in the database); the app
        opens on the collection the user made or added to last."""
        if last_used and not self.store.read_only:
            collection = self.store.last_used_collection()
        self.marks.load(collection)
        self.statement_list.refresh()
        self.update_status()

    def load_everything(self) -> None:
        self.load_facets()
        self.reload()

    def on_resize(self, event) -> None:
        self.screen.set_class(event.size.width < 100, "narrow")

    @property
    def statement_list(self) -> StatementList:
        return self.query_one(StatementList)

    @property
    def search_input(self) -> Input:
        return self.query_one("#search", Input)

    # -- loading -----------------------------------------------------------------------

    def load_facets(self, countries: tuple[str, ...] | None = None, name: str | None = None) -> None:
        """The meetings pane and the topics pane, each read in its own worker."""
        self.load_meetings(countries, name)
        self.load_topics()

    @reports_store_errors
    @work(thread=True, exclusive=True, group="meetings")
    def load_meetings(self, countries: tuple[str, ...] | None = None, name: str | None = None) -> None:
        """Meetings (those between `countries` and named like `name`, if given). The pane
        is a virtual list: every meeting, its pages read as they are drawn."""
        store = self.store
        try:
            ids = store.meeting_ids_between(countries) if countries else None
            if ids is not None and len(ids) > MAX_LISTED_MEETINGS:
                ids = None  # too many to list as values: each page asks again
            total = len(ids) if ids is not None and not name else store.meeting_count(countries, name)
            first = store.meetings(limit=MEETING_PAGE, countries=countries, name=name, total=total, ids=ids)
        except Interrupted:
            return  # the app closed the database: it is leaving
        except StoreError as error:
            self.call_from_thread(self.notify, str(error), severity="error", markup=False)
            return

        def fetch(offset: int, limit: int, previous) -> list[dict]:
            try:
                return store.meetings(limit=limit, offset=offset, countries=countries, name=name, total=total,
                                      ids=ids)
            except StoreError as error:
                self.report_store_error(error)
                return []

        self.call_from_thread(self._show_meetings, total, fetch, first)

    @reports_store_errors
    @work(thread=True, exclusive=True, group="topics")
    def load_topics(self) -> None:
        """Topics with their counts: counting them on a big database takes a while."""
        try:
            topics = self.counter.topics()
        except Interrupted:
            return
        except StoreError as error:
            self.call_from_thread(self.notify, str(error), severity="error", markup=False)
            return
        self.call_from_thread(self.query_one(TopicList).show, topics)

    def _show_meetings(self, total: int, fetch, first: list[dict]) -> None:
        meetings = self.query_one(MeetingList)
        meetings.show(total, fetch, Text("No meetings" + (" match" if self.filters else " yet"), style="dim"),
                      first_page=first)
        meetings.border_title = f"Meetings ({total:,})"

    def reload_facets(self) -> None:
        """The meetings pane again, narrowed as the breadcrumb says."""
        selection = self.current_filter()
        self.load_meetings(selection.countries, selection.meeting)

    def current_filter(self) -> StatementFilter:
        """The filters and the search on screen. The search's last word, unless a space
        ends it, is a prefix, typing or not: Enter never takes away what typing showed."""
        fields: dict = {}
        for step in self.filters:
            fields.update(step.fields)
        raw = self.search_input.value
        query = raw.strip() or None
        return StatementFilter(query=query, prefix_last=not raw[-1:].isspace(), **fields)

    @property
    def searcher(self) -> Store:
        """The connection searches run on: its own, so a newer search can interrupt it."""
        if self._searcher is None:
            try:
                self._searcher = self.store.reader()
            except StoreError:
                self._searcher = self.store  # searches then wait for each other instead
        return self._searcher

    @property
    def counter(self) -> Store:
        """The connection slow counts run on (topics: ~60 ms at a million statements), so
        the detail pane and the lists, read on the UI thread, never wait for them."""
        if self._counter is None:
            try:
                self._counter = self.store.reader()
            except StoreError:
                self._counter = self.store
        return self._counter

    def on_unmount(self) -> None:
        self.searches.serial += 1  # a search still running stops at its next step
        for connection in (self._searcher, self._counter):
            if connection is not None and connection is not self.store:
                connection.interrupt()
                connection.close()

    def reload(self) -> None:
        """Run the current filters and search (tui/searches.py)."""
        self.searches.run()

    def order_for(self, selection: StatementFilter) -> str:
        return self.searches.order_for(selection)

    def show_results(self, *args, **kwargs) -> None:
        self.searches.show_results(*args, **kwargs)

    def show_total(self, *args, **kwargs) -> None:
        self.searches.show_total(*args, **kwargs)

    @property
    def total(self) -> int:
        return self.searches.total

    @property
    def search_error(self) -> str | None:
        return self.searches.error

    @property
    def _query_serial(self) -> int:
        return self.searches.serial

    def update_breadcrumb(self) -> None:
        crumb = Text("All statements", style="bold" if not self.filters else "")
        for step in self.filters:
            crumb.append(" › ")
            crumb.append_text(safe(step.label))
        query = self.current_filter().shown_query()
        if query:
            crumb.append(" › search: ")
            crumb.append_text(safe(query, style="italic"))
        self.query_one("#breadcrumb", Static).update(crumb, layout=False)  # always one line

    def update_status(self) -> None:
        marked = len(self.marked)
        status = Text(f"{marked} marked", style="bold" if marked else "")
        status.append(" in ", style="dim")
        status.append_text(safe(f"“{self.marks.collection_name}”", style="dim"))
        order = ORDER_LABELS[self.order_for(self.current_filter())]
        status.append(f" · {plural(self.total, 'statement')} · order: {order}", style="dim")
        if self.store.read_only:
            status.append(" · read-only", style="dim")
        self.query_one("#status", Static).update(status, layout=False)  # always one line

    # -- search ------------------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "search":
            return
        self.reload()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search":
            self.reload()
            self.statement_list.focus()

    # -- panes -------------------------------------------------------------------------

    def results_shown(self) -> None:
        """Results are on screen: a store error from now on is a notice, not the end, and
        the same error may be told again."""
        self._started = True
        self._last_store_error = None

    def report_store_error(self, error: StoreError) -> None:
        """Before the first results: end the app with the message (`onrecord` prints it).
        After: say it, once in a while, and keep running on what is on screen.
        Workers may call it too (a page read in the background)."""
        if threading.current_thread() is not threading.main_thread():
            self.call_from_thread(self.report_store_error, error)
            return
        if not self._started:
            self.exit(str(error), return_code=1)
        elif str(error) != self._last_store_error:
            self._last_store_error = str(error)
            self.notify(str(error), title="Database", severity="error", markup=False, timeout=10)

    @reports_store_errors
    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ""
        kind, _, number = option_id.partition("-")
        if kind == "topic":
            topic = self.store.topic(int(number))
            self.push_filter(Filter(f"topic: {topic['name']}", {"topic_id": topic["id"]}))

    @reports_store_errors
    def open_meeting(self, meeting_id: int) -> None:
        self.meetings.open(meeting_id)

    def action_timeline(self) -> None:
        self.meetings.timeline()

    @reports_store_errors
    def open_series(self, series: str) -> None:
        self.meetings.open_series(series)

    def filter_to_meeting(self, meeting: dict) -> None:
        self.meetings.filter_to(meeting)

    def push_filter(self, step: Filter) -> None:
        # A second meeting (or topic, or speaker) replaces the first: the breadcrumb shows
        # exactly the filters that apply.
        self.filters = [f for f in self.filters if not set(f.fields) & set(step.fields)]
        self.filters.append(step)
        if {"countries", "meeting"} & set(step.fields):
            self.reload_facets()  # the meetings pane lists just those
        self.reload()
        self.statement_list.focus()

    def on_statement_list_moved(self, event: StatementList.Moved) -> None:
        self.detail.moved_to(event.row)

    # -- actions -----------------------------------------------------------------------

    def action_focus_search(self) -> None:
        self.search_input.focus()

    def action_back(self) -> None:
        if self.focused is self.search_input:
            self.statement_list.focus()
        elif self.filters:
            removed = self.filters.pop()
            if {"countries", "meeting"} & set(removed.fields):
                self.reload_facets()
            self.reload()
        elif self.search_input.value:
            self.search_input.value = ""
            self.reload()

    def action_toggle_mark(self) -> None:
        if self.statement_list.current:
            self.toggle_marked(self.statement_list.current.id)

    def toggle_marked(self, statement_id: int) -> None:
        self.marks.toggle(statement_id)
        self.statement_list.refresh()
        self.update_status()

    @reports_store_errors
    def action_mark_all(self) -> None:
        selection = self.current_filter()
        ids = [r.id for r in self.store.statements(selection, limit=max(self.total, 1))]
        self.marks.add(ids)
        self.statement_list.refresh()
        self.update_status()
        self.notify(f"Marked {plural(len(ids), 'statement')}.")

    def action_clear_marks(self) -> None:
        self.marks.clear()
        self.statement_list.refresh()
        self.update_status()

    def action_toggle_order(self) -> None:
        """relevance → newest → oldest with a search; newest ↔ oldest without one."""
        searching = bool(self.current_filter().query)
        cycle = ["relevance", "newest", "oldest"] if searching else ["newest", "oldest"]
        current = self.order_for(self.current_filter())
        self.order = cycle[(cycle.index(current) + 1) % len(cycle)]
        self.reload()

    def action_refresh(self) -> None:
        self.refresh_after_edit()

    def refresh_after_edit(self) -> None:
        """Everything shown read again: after a correction, or on r."""
        self.detail.forget()
        self.reload_facets()
        self.reload()

    def action_change_speaker(self) -> None:
        row = self.statement_list.current
        if row:
            self.corrections.change_speaker(row)

    def action_dismiss_statement(self) -> None:
        row = self.statement_list.current
        if row:
            self.corrections.dismiss(row)

    def action_list_edits(self) -> None:
        self.corrections.list_edits()

    def action_collections(self) -> None:
        self.marks.open_collections()

    def action_view_collection(self) -> None:
        self.marks.open_view()

    def refresh_marks(self) -> None:
        """The lists and the status line after the marks changed elsewhere."""
        self.statement_list.refresh()
        self.update_status()

    def action_save_search(self) -> None:
        self.marks.save_search()

    def action_note(self) -> None:
        row = self.statement_list.current
        if row:
            self.marks.write_note(row.id)

    def run_saved_search(self, saved: dict) -> None:
        """A saved search as it was: its words, its filters (breadcrumb steps) and order."""
        self.filters = [Filter(label, fields) for label, fields in saved["filters"].items()]
        self.order = saved["ordering"]
        self.search_input.value = saved["query"] or ""
        self.reload_facets()
        self.reload()
        self.statement_list.focus()

    def action_filter_speaker(self) -> None:
        row = self.statement_list.current
        if row and row.speaker_id is not None:
            self.push_filter(Filter(f"speaker: {row.speaker_name}", {"speaker_id": row.speaker_id}))

    def action_copy(self) -> None:
        row = self.statement_list.current
        if row:
            self.copy_to_clipboard(citation(row))
            self.notify(f"Copied statement #{row.id} as a Markdown citation.")

    def action_open_source(self) -> None:
        row = self.statement_list.current
        if row:
            self.open_source(row)

    @reports_store_errors
    def open_source(self, row: StatementRow) -> None:
        document = self.store.document(row.document_id)
        spans = self.store.document_spans(row.document_id)
        ids = [span["id"] for span in spans]
        rows = self.store.statements(StatementFilter(ids=ids), limit=max(1, len(ids))) if ids else []
        from onrecord.tui.screens.source import SourceScreen

        self.push_screen(SourceScreen(document, spans, row.id, rows=rows, corrections=self.corrections))

    def action_open_meeting(self) -> None:
        row = self.statement_list.current
        if row and row.meeting_id is not None:
            self.open_meeting(row.meeting_id)
        elif row:
            self.notify("No meeting is recorded for this statement.")

    def on_meeting_list_opened(self, event: MeetingList.Opened) -> None:
        self.open_meeting(event.meeting["id"])

    def action_same_countries(self) -> None:
        """`p` in the meetings pane: every meeting between the highlighted one's countries."""
        meeting = self.query_one("#meetings", MeetingList).current
        if meeting:
            self.filter_same_countries(meeting["id"])

    @reports_store_errors
    def filter_same_countries(self, meeting_id: int) -> None:
        self.meetings.same_countries(meeting_id)

    def action_filter_meeting(self) -> None:
        """`f` in the meetings pane: the statements of the highlighted meeting, at once."""
        meeting = self.query_one("#meetings", MeetingList).current
        if meeting:
            self.filter_to_meeting(meeting)

    def action_help(self) -> None:
        from onrecord.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen(self.key_sections()))

    def key_sections(self) -> list[tuple[str, list[tuple[str, str]]]]:
        from onrecord.tui.screens import meeting as meeting_screen

        def keys(bindings) -> list[tuple[str, str]]:
            return [(self.get_key_display(b), b.description) for b in bindings if b.description]

        return [
            ("Everywhere", keys(self.BINDINGS) + [("tab / shift+tab", "Next / previous pane"),
                                                  ("ctrl+p", "Command palette")]),
            ("Statements", keys(StatementList.BINDINGS)),
            ("Meetings", [("enter", "Open the meeting: facts, reports, who attended, what each side said"),
                          ("f", "Filter the statements to it"),
                          ("p", "Every meeting between the same countries"), ("j / k, g / G", "Move")]),
            ("Meeting view", keys(meeting_screen.MeetingScreen.BINDINGS)),
            ("Topics", [("enter", "Filter the statements to it"), ("j / k, g / G", "Move")]),
            ("Search box", [("enter", "Run the search and move to the results"),
                            ("escape", "Back to the results"),
                            ("word*", "Prefix; \"a phrase\"; a AND b; a OR b; a NOT b")]),
        ]

    def action_filter(self) -> None:
        def apply(parsed) -> None:
            if parsed is None:
                return
            for label, key, value in parsed.steps:
                self.push_filter(Filter(label, {key: value}))

        from onrecord.tui.screens.filter import FilterScreen

        self.push_screen(FilterScreen(), apply)

    def action_export(self) -> None:
        if not self.marked:
            self.notify("Nothing marked yet: press space on a statement (or a for all).",
                        severity="warning")
            return
        self._overwrite_confirmed = None
        self.push_screen(ExportScreen(len(self.marked), self.export_path()))

    @reports_store_errors
    def run_export(self, path: Path, dialog: ExportScreen) -> None:
        """Write the marked statements; errors stay in the dialog and the marks stay set."""
        if path.exists() and not path.is_dir() and self._overwrite_confirmed != path:
            self._overwrite_confirmed = path
            dialog.show_error(f"{path} exists. Press Export again to overwrite it.")
            return
        rows, items = self.marks.export_rows()
        # How they were chosen: by hand, into a collection (each statement's search or
        # filter goes with it), not whatever the search box holds now.
        chosen = [f"collection: {self.marks.collection_name}, marked by hand in OnRecord"]
        try:
            write_export(path, render_markdown(rows, chosen=chosen, relative_to=path.parent, items=items,
                                               title=f"OnRecord brief: {self.marks.collection_name}"))
        except ExportError as error:
            dialog.show_error(str(error))
            return
        dialog.dismiss(path)
        self.notify(f"Exported {plural(len(rows), 'statement')} to {path}", markup=False)
