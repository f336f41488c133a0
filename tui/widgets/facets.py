"""The meetings and topics panes: short lists to pick a filter from."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from onrecord.tui.render import safe

_VI_KEYS = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
    Binding("g", "first", "Top", show=False),
    Binding("G", "last", "Bottom", show=False),
]


class MeetingList(OptionList):
    """Meetings, newest first: date and name. `enter` opens one; `f` filters statements to it."""

    BINDINGS = [*_VI_KEYS, Binding("f", "app.filter_meeting", "Filter to it", id="filter_meeting")]

    def show(self, meetings: list[dict], more: int = 0) -> None:
        options = []
        for meeting in meetings:
            prompt = safe(meeting["date"] or "date unknown", style="dim")
            prompt.append(" ")
            prompt.append_text(safe(meeting["name"]))
            options.append(Option(prompt, id=f"meeting-{meeting['id']}"))
        if more:
            options.append(Option(Text(f"… {more:,} older meetings: search to find them", style="dim"),
                                  disabled=True))
        if not meetings:
            options.append(Option(Text("No meetings yet", style="dim"), disabled=True))
        # One call: adding a thousand options one by one re-lays the list out a thousand times.
        self.set_options(options)
        if meetings:
            self.highlighted = 0  # so enter works as soon as the pane has focus


class TopicList(OptionList):
    """Topics with how many statements discuss each. `enter` filters statements to one."""

    BINDINGS = _VI_KEYS

    def show(self, topics: list[dict]) -> None:
        options = []
        for topic in topics:
            prompt = safe(topic["name"])
            prompt.append(f"  {topic['statements']}", style="dim")
            options.append(Option(prompt, id=f"topic-{topic['id']}"))
        if not topics:
            options.append(Option(Text("No topics yet", style="dim"), disabled=True))
        self.set_options(options)
        if topics:
            self.highlighted = 0
