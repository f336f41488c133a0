"""The filter prompt: narrow the statements by countries, dates, kind or speaker in words."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from onrecord.tui.render import safe

EXAMPLES = ("between korea and japan · from china · since 2023-06 · until 2024 · "
            "quotes · reported · speaker choi · meeting trade dialogue")


class FilterScreen(ModalScreen):
    """Dismisses with the parsed filter (db/filter_text.ParsedFilter), or None when cancelled;
    text it cannot read keeps the dialog open with the reason."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="filter-dialog"):
            yield Label("Filter the statements", id="filter-title")
            yield Input(placeholder="between korea and japan from korea", id="filter-text")
            yield Static(EXAMPLES, id="filter-help")
            yield Static("", id="filter-error")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        from onrecord.db.filter_text import FilterTextError, parse_filter  # the gazetteer, when first used

        try:
            parsed = parse_filter(event.value)
        except FilterTextError as error:
            self.query_one("#filter-error", Static).update(safe(str(error), style="bold red"))
            return
        self.dismiss(parsed)

    def action_cancel(self) -> None:
        self.dismiss(None)
