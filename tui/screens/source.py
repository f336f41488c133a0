"""The source view: the whole document, every statement highlighted, the current one in view."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from onrecord.tui.render import safe, safe_spans

OTHER_STATEMENT = "underline"
CURRENT_STATEMENT = "bold reverse"


class SourceScreen(Screen):
    BINDINGS = [
        Binding("escape,q,o", "app.pop_screen", "Back"),
        Binding("j,down", "scroll_down", "Down", show=False),
        Binding("k,up", "scroll_up", "Up", show=False),
    ]

    def __init__(self, document: dict, spans: list[dict], current_id: int) -> None:
        super().__init__()
        self.document = document
        self.spans = spans
        self.current_id = current_id

    def compose(self) -> ComposeResult:
        title = safe(self.document.get("title") or self.document["source"], style="bold")
        if self.document.get("published"):
            title.append_text(safe(f"  published {self.document['published']}", style="dim"))
        yield Static(title, id="source-title")
        with VerticalScroll(id="source-scroll"):
            yield Static(self._body(), id="source-body")
        yield Footer()

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
