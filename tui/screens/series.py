"""The series view: every meeting of one series by its number and year, with the numbers
no stored report tells of and the years between meetings; enter opens one."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from onrecord.tui.render import plural, safe
from onrecord.tui.widgets.key_hints import KeyHints


def ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def series_lines(meetings: list[dict]) -> list[tuple[Text, int | None]]:
    """(line, meeting id or None) for each meeting in order, with a line for each run of
    numbers no report tells of, and the years since the meeting before."""
    lines: list[tuple[Text, int | None]] = []
    previous: dict | None = None
    for meeting in meetings:
        number = meeting["ordinal"]
        if previous and previous["ordinal"] and number and number > previous["ordinal"] + 1:
            first, last = previous["ordinal"] + 1, number - 1
            missing = ordinal(first) if first == last else f"{ordinal(first)} to {ordinal(last)}"
            lines.append((Text(f"      {missing}: no report stored", style="dim italic"), None))
        line = Text(f"{ordinal(number) if number else '—':>6}  ", style="bold")
        line.append(meeting["date"] or "undated", style="dim")
        line.append("  ")
        line.append_text(safe(meeting["location"] or ("virtual" if meeting["format"] == "virtual" else "place unknown")))
        line.append(f"  {plural(meeting['statements'], 'statement')}, {plural(meeting['reports'], 'report')}",
                    style="dim")
        if meeting["status"] == "planned":
            line.append("  planned", style="italic")
        gap = _years_between(previous, meeting)
        if gap:
            line.append(f"  ({gap} after the one before)", style="dim italic")
        lines.append((line, meeting["id"]))
        previous = meeting
    return lines


def _years_between(before: dict | None, after: dict) -> str | None:
    if not before or not before["date"] or not after["date"]:
        return None
    years = int(after["date"][:4]) - int(before["date"][:4])
    return f"{years} years" if years >= 2 else None


class SeriesScreen(Screen):
    BINDINGS = [Binding("escape,q", "app.pop_screen", "Back"), Binding("enter", "open", "Open meeting")]

    def __init__(self, series: str, meetings: list[dict], open_meeting: Callable[[int], None]) -> None:
        super().__init__()
        self.series = series
        self.meetings = meetings
        self._open_meeting = open_meeting

    def compose(self) -> ComposeResult:
        title = safe(self.series, style="bold")
        title.append(f"  {plural(len(self.meetings), 'meeting')} stored", style="dim")
        yield Static(title, id="series-title")
        options = [Option(line, id=f"meeting-{meeting_id}" if meeting_id else None, disabled=meeting_id is None)
                   for line, meeting_id in series_lines(self.meetings)]
        yield OptionList(*options, id="series-meetings")
        yield KeyHints()

    def on_mount(self) -> None:
        listing = self.query_one(OptionList)
        listing.highlighted = 0 if self.meetings else None
        listing.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self._open_meeting(int(event.option.id.partition("-")[2]))

    def action_open(self) -> None:
        listing = self.query_one(OptionList)
        if listing.highlighted is not None:
            option = listing.get_option_at_index(listing.highlighted)
            if option.id:
                self._open_meeting(int(option.id.partition("-")[2]))
