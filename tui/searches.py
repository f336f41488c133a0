"""The searches controller: runs the statement list's search for the filters on screen, and
shows its first page, its count and its errors, dropping the results of any search the user
has already replaced.

No debounce: a search that a keystroke makes stale is interrupted inside SQLite (on its own
connection, `app.searcher`), so every keystroke can search at once without a queue of stale
ones building up. The app's `show_results` and `show_total` hand results here from the worker
thread, so tests and the benchmark can watch them there.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

from onrecord.db.search import QueryError
from onrecord.db.store import Interrupted, StatementFilter, StatementRow, StoreError
from onrecord.tui import start_clock
from onrecord.tui.render import safe
from onrecord.tui.widgets.statement_list import PAGE_SIZE

if TYPE_CHECKING:
    from onrecord.tui.app import OnRecordApp

ORDER_LABELS = {"relevance": "relevance", "newest": "newest first", "oldest": "oldest first"}
# While typing in relevance order, a screenful of the newest matches shows first.
PREVIEW_ROWS = 50
# Results show after counting this far; the exact count follows from the same worker.
COUNT_FIRST = 10_001


class Searches:
    def __init__(self, app: OnRecordApp) -> None:
        self.app = app
        self.serial = 0  # numbers each search: results of an older one are dropped
        self.total = 0
        self.total_exact = False
        self.error: str | None = None
        self._info_was_error = False
        self._note_first_rows = start_clock.wanted()  # for the start benchmark

    def run(self) -> None:
        """Run the current filters and search; stop the one still running, if any."""
        app = self.app
        self.serial += 1
        if app.searcher is not app.store:
            app.searcher.interrupt()
        selection = app.current_filter()
        app.run_worker(partial(self._search, selection, self.order_for(selection), self.serial),
                       thread=True, exclusive=True, group="statements")

    def order_for(self, selection: StatementFilter) -> str:
        """The order the list really has: without a search there is nothing to rank by, so
        "relevance" lists the newest first."""
        order = self.app.order
        return "newest" if order == "relevance" and not selection.query else order

    def _search(self, selection: StatementFilter, order: str, serial: int) -> None:
        """The worker: first page, then a capped count, then the exact one."""
        app = self.app
        store = app.searcher
        try:
            if selection.query and selection.prefix_last and order == "relevance":
                # Ranking a common word costs 20-50 ms (FTS5 weighs it by reading all its
                # matches). While the user types, the newest matches show first, then the
                # ranked page. A screenful of them, ~6 ms: marking the words costs ~70 µs a
                # row, and a preview read within a frame (~16 ms) shows with the typed letter.
                preview = store.statements(selection, order="newest", limit=PREVIEW_ROWS)
                if len(preview) == PREVIEW_ROWS:  # fewer matches rank in no time
                    app.call_from_thread(app.show_results, serial, selection, "newest", preview,
                                         Text(""), ranking=True)
                    if serial != self.serial:
                        return
            first_page = store.statements(selection, order=order, limit=PAGE_SIZE)
            if len(first_page) < PAGE_SIZE:  # all of them: the count is known
                empty = self._empty_message(selection) if not first_page else Text("")
                app.call_from_thread(app.show_results, serial, selection, order, first_page, empty,
                                     total=len(first_page))
                return
            app.call_from_thread(app.show_results, serial, selection, order, first_page, Text(""))
            for cap in (COUNT_FIRST, None):
                if serial != self.serial:
                    return
                total = store.count_statements(selection, cap=cap)
                app.call_from_thread(app.show_total, serial, selection, total,
                                     exact=cap is None or total < cap)
                if cap and total < cap:
                    return
        except Interrupted:
            return  # a newer search replaced this one
        except QueryError as error:
            app.call_from_thread(self.show_error, serial, str(error))
        except StoreError as error:
            app.report_store_error(error)

    def show_total(self, serial: int, selection: StatementFilter, total: int, exact: bool) -> None:
        """The match count, once counted, if the user still looks at that search."""
        if serial != self.serial:
            return
        self.total, self.total_exact = total, exact
        self.app.statement_list.set_total(total)
        self._describe(selection, total)
        self.app.update_status()

    def show_results(self, serial: int, selection: StatementFilter, order: str,
                     first_page: list[StatementRow], empty: Text, total: int | None = None,
                     ranking: bool = False) -> None:
        """The first page of a search; `total` when it is known, else a count follows.
        `ranking`: these are the newest matches, shown while the ranked ones are read."""
        app = self.app
        if serial != self.serial:
            return  # the user has typed on; a newer search is coming
        self.error = None
        if self._note_first_rows and first_page:
            self._note_first_rows = False
            start_clock.note_after_paint(app, "rows")
        self.total_exact = total is not None
        total = len(first_page) if total is None else total
        self.total = total
        app.results_shown()

        def fetch(offset: int, limit: int, previous: StatementRow | None) -> list[StatementRow]:
            try:
                newest = not selection.query and order == "newest"
                if newest and previous is not None:
                    return app.store.statements(selection, limit=limit, after=previous)
                if newest and offset > self.total // 2 and self.total_exact:
                    return app.store.statements(selection, limit=limit, from_end=self.total - offset - limit)
                return app.store.statements(selection, order=order, limit=limit, offset=offset)
            except StoreError as error:  # drawing must go on: show the rows as missing
                app.report_store_error(error)
                return []

        app.statement_list.show(total, fetch, empty, first_page)
        app.query_one("#search-info", Static).remove_class("error")
        self._describe(selection, total, ranking)
        app.update_breadcrumb()
        app.update_status()

    def _describe(self, selection: StatementFilter, total: int, ranking: bool = False) -> None:
        # Until counted, the total is a lower bound: the first page, or the capped count.
        shown_total = f"{total:,}" if self.total_exact else f"{min(total, COUNT_FIRST - 1):,}+"
        if selection.query:
            order = "newest first, ranking…" if ranking else ORDER_LABELS[self.order_for(selection)]
            self._set_info(Text(f"{shown_total} match{'es' if total != 1 else ''} · {order}"))
        else:
            self._set_info(Text(f"{shown_total} statement{'' if total == 1 else 's'}"))  # may be "10,000+"

    def _set_info(self, text: Text) -> None:
        # Counts fit its fixed width; only an error's width needs the screen laid out again.
        info = self.app.query_one("#search-info", Static)
        info.update(text, layout=info.has_class("error") or self._info_was_error)
        self._info_was_error = info.has_class("error")

    def show_error(self, serial: int, message: str) -> None:
        if serial != self.serial:
            return
        self.error = message
        self.app.query_one("#search-info", Static).add_class("error")
        self._set_info(safe(message))

    def _empty_message(self, selection: StatementFilter) -> Text:
        if self.app.store.is_empty():
            return Text("The database is empty. Add reports with:  onrecord ingest PATH", style="bold")
        if selection.query:
            return safe(f"No statements match “{selection.query}”.", style="bold")
        return Text("No statements match these filters (escape removes the last one).", style="bold")
