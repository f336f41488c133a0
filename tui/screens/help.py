"""The help screen: every key the app answers to, from the bindings themselves."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from onrecord.tui.render import safe


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def __init__(self, sections: list[tuple[str, list[tuple[str, str]]]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, padding=(0, 2))
        table.add_column(style="bold cyan", no_wrap=True)
        table.add_column()
        for title, keys in self.sections:
            table.add_row(safe(title, style="bold underline"), "")
            for key, description in keys:
                table.add_row(safe(key), safe(description))
            table.add_row("", "")
        with VerticalScroll(id="help-dialog"):
            yield Static(safe("OnRecord — keys  (escape to close)", style="bold"))
            yield Static(table)
