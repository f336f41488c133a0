"""The detail pane's controller: the statement under the cursor in full, with its speaker,
meeting, topics and its place in the source; drawn after a pause while the user types."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.timer import Timer
from textual.widgets import Static

from onrecord.db.store import StatementRow, StoreError
from onrecord.tui.widgets.detail import render_detail

if TYPE_CHECKING:
    from onrecord.tui.app import OnRecordApp

# The pane waits this long for a pause in typing: long enough to skip the keys of a burst,
# short enough not to be felt. (Each keystroke brings new results, and the detail pane is
# the costliest part of a frame to draw.)
WHILE_TYPING_SECONDS = 0.15
# Reports whose text is kept for the pane: the ones shown most recently.
KEPT_DOCUMENTS = 64


class DetailPane:
    def __init__(self, app: OnRecordApp) -> None:
        self.app = app
        self._shown: tuple | None = None  # (statement id, marked text) on screen
        self._timer: Timer | None = None
        self._documents: dict[int, str | None] = {}

    def moved_to(self, row: StatementRow | None) -> None:
        """The cursor is on `row`: show it now, or after a pause if the user is typing."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self.app.focused is self.app.search_input:
            self._timer = self.app.set_timer(WHILE_TYPING_SECONDS, lambda: self.show(row))
        else:
            self.show(row)

    def show(self, row: StatementRow | None) -> None:
        shown = (row.id, row.marked_text) if row else None
        if shown == self._shown:
            return  # new results, same first statement: redrawing it costs a relayout
        try:
            document = self._document_text(row.document_id) if row else None
            topics = self.app.store.statement_topics(row.id) if row else []
        except StoreError as error:
            self.app.report_store_error(error)
            return
        self._shown = shown
        self.app.query_one("#detail", Static).update(render_detail(row, document, topics))

    def forget(self) -> None:
        """Read everything again next time (after a correction, or on r)."""
        self._documents.clear()
        self._shown = None

    def _document_text(self, document_id: int) -> str | None:
        if document_id not in self._documents:
            document = self.app.store.document(document_id)
            if len(self._documents) > KEPT_DOCUMENTS:
                self._documents.pop(next(iter(self._documents)))
            self._documents[document_id] = document["text"] if document else None
        return self._documents[document_id]
