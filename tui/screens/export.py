"""The export dialog: where to write the marked statements as Markdown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from onrecord.tui.render import safe


def default_export_path(today: date | None = None) -> Path:
    return Path.cwd() / f"onrecord-export-{(today or date.today()).isoformat()}.md"


class ExportScreen(ModalScreen[Path | None]):
    """Asks for a path; dismisses with it, or None when cancelled.

    The app does the writing and calls `show_error` if it fails, so the dialog stays open
    with the reason and the user's marks are untouched.
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, count: int, path: Path) -> None:
        super().__init__()
        self.count = count
        self.path = path

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog"):
            yield Label(f"Export {self.count} statement{'s' if self.count != 1 else ''} as Markdown", id="export-title")
            yield Input(str(self.path), id="export-path")
            yield Static("", id="export-error")
            with Horizontal(id="export-buttons"):
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self) -> None:
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export-ok":
            self._submit()
        else:
            self.dismiss(None)

    def _submit(self) -> None:
        value = self.query_one(Input).value.strip()
        if not value:
            self.show_error("Give a file name to write.")
            return
        self.app.run_export(Path(value).expanduser(), self)

    def show_error(self, message: str) -> None:
        self.query_one("#export-error", Static).update(safe(message, style="bold red"))

    def action_cancel(self) -> None:
        self.dismiss(None)
