"""The source view: the whole document, every statement highlighted, the current one in view."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from onrecord.db.export import ATTRIBUTION_WORDS, speaker_label
from onrecord.tui.render import safe, safe_spans
from onrecord.tui.widgets.key_hints import KeyHints

OTHER_STATEMENT = "underline"
CURRENT_STATEMENT = "bold reverse"


class SourceScreen(Screen):
    """The report with every statement in place; n and p step through them, the line at
    the top says who each is attributed to and how, and S / x correct it there."""

    BINDINGS = [
        Binding("escape,q,o", "app.pop_screen", "Back"),
        Binding("n", "step(1)", "Next statement"),
        Binding("p", "step(-1)", "Previous"),
        Binding("S", "correct_speaker", "Fix speaker"),
        Binding("x", "dismiss_statement", "Not a statement"),
        Binding("j,down", "scroll_down", "Down", show=False),
        Binding("k,up", "scroll_up", "Up", show=False),
    ]

    def __init__(self, document: dict, spans: list[dict], current_id: int,
                 rows: list | None = None, corrections=None) -> None:
        super().__init__()
        self.document = document
        self.spans = spans
        self.current_id = current_id
        self.rows = {row.id: row for row in rows or []}  # StatementRow by id, for the attribution line
        self.corrections = corrections

    def compose(self) -> ComposeResult:
        title = safe(self.document.get("title") or self.document["source"], style="bold")
        if self.document.get("published"):
            title.append_text(safe(f"  published {self.document['published']}", style="dim"))
        yield Static(title, id="source-title")
        yield Static(self._attribution(), id="source-attribution")
        with VerticalScroll(id="source-scroll"):
            yield Static(self._body(), id="source-body")
        yield KeyHints()

    def _attribution(self) -> Text:
        row = self.rows.get(self.current_id)
        if row is None:
            return Text("")
        position = next((n for n, s in enumerate(self.spans, 1) if s["id"] == self.current_id), 0)
        line = Text(f"{position}/{len(self.spans)}  ", style="dim")
        line.append_text(safe(speaker_label(row), style="bold"))
        how = "quote" if row.kind == "quote" else f"reported, {row.cue or 'said'}"
        written = f", written “{row.speaker_as_written}”" if row.speaker_as_written else ""
        sure = ATTRIBUTION_WORDS.get(row.attribution or "unknown", "")
        line.append_text(safe(f"  ({how}{written}; {sure})", style="dim"))
        return line

    def action_step(self, step: int) -> None:
        ids = [s["id"] for s in self.spans]
        if self.current_id not in ids or not ids:
            return
        self.current_id = ids[max(0, min(len(ids) - 1, ids.index(self.current_id) + step))]
        self.query_one("#source-body", Static).update(self._body())
        self.query_one("#source-attribution", Static).update(self._attribution())
        self._scroll_to_current()

    def action_correct_speaker(self) -> None:
        row = self.rows.get(self.current_id)
        if row is not None and self.corrections is not None:
            self.app.pop_screen()  # the list shows the correction; o comes back here
            self.corrections.change_speaker(row)

    def action_dismiss_statement(self) -> None:
        row = self.rows.get(self.current_id)
        if row is not None and self.corrections is not None:
            self.app.pop_screen()
            self.corrections.dismiss(row)

    def _body(self) -> Text:
        body = safe_spans(self.document["text"])
        for span in self.spans:
            style = CURRENT_STATEMENT if span["id"] == self.current_id else OTHER_STATEMENT
            body.stylize(style, span["span_start"], span["span_end"])
        return body

    def on_mount(self) -> None:
        self.call_after_refresh(self._scroll_to_current)

    def _scroll_to_current(self) -> None:
        current = next((s for s in self.spans if s["id"] == self.current_id), None)
        if current is None:
            return
        body = self.query_one("#source-body", Static)
        width = max(1, body.content_region.width)
        lines = self._body()[: current["span_start"]].wrap(self.app.console, width)
        self.query_one("#source-scroll").scroll_to(y=max(0, len(lines) - 3), animate=False)

    def action_scroll_down(self) -> None:
        self.query_one("#source-scroll").scroll_down()

    def action_scroll_up(self) -> None:
        self.query_one("#source-scroll").scroll_up()
