"""The statement list: one line per statement, drawn as a virtual list (any number of rows)."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding

from onrecord.db.export import speaker_label
from onrecord.db.store import StatementRow
from onrecord.tui.render import highlighted, safe
from onrecord.tui.widgets.virtual_list import LOADING, PAGE_SIZE, Fetch, VirtualList

__all__ = ["PAGE_SIZE", "LOADING", "Fetch", "StatementList"]

SPEAKER_WIDTH = 22
DATE_WIDTH = 10
NARROW_LIST = 60  # columns below which the list drops its date column
NARROW_SPEAKER_WIDTH = 14


class StatementList(VirtualList):
    """Statements matching the current filters, with a cursor and marks."""

    BINDINGS = [
        *VirtualList.MOVING,
        # What one does to a statement; shown in the footer while the list has focus.
        Binding("space", "app.toggle_mark", "Mark", id="mark"),
        Binding("a", "app.mark_all", "Mark all", id="mark_all"),
        Binding("y", "app.copy", "Copy", id="copy"),
        Binding("o", "app.open_source", "Source", id="open_source"),
        Binding("s", "app.filter_speaker", "Speaker", id="filter_speaker"),
        Binding("m", "app.open_meeting", "Meeting", id="open_meeting"),
        Binding("S", "app.change_speaker", "Fix speaker", id="change_speaker", show=False),
        Binding("x", "app.dismiss_statement", "Not a statement", id="dismiss_statement", show=False),
        Binding("N", "app.note", "Note", id="note", show=False),
    ]
    COMPONENT_CLASSES = {"statement-list--cursor", "statement-list--marked", "statement-list--dim"}
    CURSOR_CLASS = "statement-list--cursor"
    DIM_CLASS = "statement-list--dim"
    DEFAULT_CSS = """
    StatementList > .statement-list--cursor { background: $accent 40%; }
    StatementList:focus > .statement-list--cursor { background: $accent; color: $text; }
    StatementList > .statement-list--marked { color: $warning; text-style: bold; }
    StatementList > .statement-list--dim { color: $text-muted; }
    """

    class Moved(VirtualList.Moved):
        """The cursor is on a new statement (or on none)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.marked: set[int] = set()

    def _line_key(self, row: StatementRow, width: int, style) -> tuple:
        return (row.id, row.marked_text, row.speaker_name, row.date, row.id in self.marked, width, style)

    def _line(self, row: StatementRow, width: int) -> Text:
        marked = row.id in self.marked
        line = Text("● " if marked else "  ",
                    style=self.get_component_rich_style("statement-list--marked") if marked else "")
        # In a narrow list (80 columns) the statement's words get the room: a shorter
        # speaker column and no date (the detail pane shows it).
        narrow = width < NARROW_LIST
        speaker_width = NARROW_SPEAKER_WIDTH if narrow else SPEAKER_WIDTH
        speaker = safe(speaker_label(row), style="bold")
        speaker.truncate(speaker_width, overflow="ellipsis", pad=True)
        line.append_text(speaker)
        line.append(" ")
        excerpt_width = max(10, width - speaker_width - (0 if narrow else DATE_WIDTH + 1) - 4)
        excerpt = highlighted(_excerpt_marks(row.marked_text), row.text.replace("\n", " "))
        excerpt = _window_on_first_match(excerpt, excerpt_width)
        excerpt.truncate(excerpt_width, overflow="ellipsis", pad=True)
        line.append_text(excerpt)
        if not narrow:
            line.append(" ")
            line.append(safe(row.date or "", style=self.get_component_rich_style("statement-list--dim")))
        return line

    def toggle_mark(self) -> None:
        row = self.current
        if row:
            self.marked.symmetric_difference_update({row.id})
            self.refresh()


def _excerpt_marks(marked: str | None) -> str | None:
    return marked.replace("\n", " ") if marked else None


def _window_on_first_match(text: Text, width: int) -> Text:
    """Start the one-line excerpt a little before the first match so it is visible."""
    matches = [span.start for span in text.spans if span.style]
    if not matches or matches[0] < width - 20:
        return text
    start = max(0, matches[0] - 20)
    window = text[start:]
    return Text("…") + window
