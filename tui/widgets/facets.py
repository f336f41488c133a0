"""The topics pane: a short list to pick a filter from (meetings: meeting_list.py)."""

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
