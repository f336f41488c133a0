"""The meetings pane: every meeting, newest first, as a virtual list (no cap on how many):
date, name and how many statements each has. enter opens one; f filters statements to it."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.message import Message

from onrecord.tui.render import safe
from onrecord.tui.widgets.virtual_list import VirtualList

DATE_WIDTH = 10


class MeetingList(VirtualList):
    BINDINGS = [
        *VirtualList.MOVING,
        Binding("enter", "open", "Open", id="open_meeting_pane", show=False),
        Binding("f", "app.filter_meeting", "Filter to it", id="filter_meeting"),
        Binding("p", "app.same_countries", "Same countries", id="same_countries"),
    ]
    COMPONENT_CLASSES = {"meeting-list--cursor", "meeting-list--dim"}
    CURSOR_CLASS = "meeting-list--cursor"
    DIM_CLASS = "meeting-list--dim"
    DEFAULT_CSS = """
    MeetingList > .meeting-list--cursor { background: $accent 30%; }
    MeetingList:focus > .meeting-list--cursor { background: $accent; color: $text; }
    MeetingList > .meeting-list--dim { color: $text-muted; }
    """

    class Moved(VirtualList.Moved):
        """The cursor is on a new meeting."""

    class Opened(Message):
        """enter on a meeting."""

        def __init__(self, meeting: dict) -> None:
            self.meeting = meeting
            super().__init__()

    def _line(self, meeting: dict, width: int) -> Text:
        dim = self.get_component_rich_style(self.DIM_CLASS)
        line = Text(" ")
        line.append(safe(meeting["date"] or "undated", style=dim))
        line.append(" " * max(1, DATE_WIDTH + 1 - len(meeting["date"] or "undated")))
        count = f" {meeting['statements']}"
        name = safe(meeting["name"] + (" (planned)" if meeting.get("status") == "planned" else ""))
        name.truncate(max(4, width - len(line) - len(count) - 1), overflow="ellipsis")
        line.append_text(name)
        line.append(count, style=dim)
        return line

    def _line_key(self, meeting: dict, width: int, style) -> tuple:
        return (meeting["id"], meeting["name"], meeting["date"], meeting["statements"], width, style)

    def action_open(self) -> None:
        meeting = self.current
        if meeting:
            self.post_message(self.Opened(meeting))
