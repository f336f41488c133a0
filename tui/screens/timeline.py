"""The timeline: how many of the listed statements fall in each month (or year), as bars in
the terminal. z zooms between months and years, enter narrows the list to a period, s
saves the chart as an SVG beside the brief."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from onrecord.tui.render import safe
from onrecord.tui.widgets.key_hints import KeyHints

BAR = "█"


def filled(counts: list[tuple[str, int]], period: str) -> list[tuple[str, int]]:
    """Every month (or year) from the first to the last, those without statements as 0, so
    a gap in the bars is a gap in time."""
    if not counts:
        return []
    found = dict(counts)
    first, last = counts[0][0], counts[-1][0]
    periods = []
    if period == "year":
        periods = [str(year) for year in range(int(first), int(last) + 1)]
    else:
        year, month = int(first[:4]), int(first[5:7])
        while f"{year:04d}-{month:02d}" <= last:
            periods.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return [(p, found.get(p, 0)) for p in periods]


def bars(counts: list[tuple[str, int]], width: int) -> list[Text]:
    most = max((n for _, n in counts), default=0) or 1
    lines = []
    for period, count in counts:
        line = Text(f"{period:>7} ", style="dim")
        line.append(BAR * max(1 if count else 0, round(count / most * width)), style="bold")
        line.append(f" {count:,}", style="dim")
        lines.append(line)
    return lines


def period_range(period: str) -> tuple[str, str]:
    """The first and last day of a month ("2024-05") or year ("2024")."""
    if len(period) == 4:
        return f"{period}-01-01", f"{period}-12-31"
    year, month = int(period[:4]), int(period[5:7])
    return f"{period}-01", f"{period}-{calendar.monthrange(year, month)[1]:02d}"


class TimelineScreen(Screen):
    BINDINGS = [
        Binding("escape,q", "app.pop_screen", "Back"),
        Binding("z", "zoom", "Months / years"),
        Binding("enter", "narrow", "Only this period"),
        Binding("s", "save", "Save as SVG"),
    ]

    def __init__(self, what: str, read: Callable[[str], list[tuple[str, int]]],
                 narrow: Callable[[str, str], None], save_to: Callable[[], Path]) -> None:
        super().__init__()
        self.what = what  # what the list holds, as the breadcrumb says it
        self._read = read
        self._narrow = narrow
        self._save_to = save_to
        self.period = "month"
        self.counts: list[tuple[str, int]] = []

    def compose(self) -> ComposeResult:
        yield Static("", id="timeline-title")
        yield OptionList(id="timeline-bars")
        yield KeyHints()

    def on_mount(self) -> None:
        counts = self._read("month")
        # Many years of months do not fit a screen: start at years.
        if len(filled(counts, "month")) > 36:
            self.period, counts = "year", self._read("year")
        self._show(counts)

    def _show(self, counts: list[tuple[str, int]]) -> None:
        self.counts = filled(counts, self.period)
        title = safe(f"Statements per {self.period}: {self.what}", style="bold")
        title.append(f"  {sum(n for _, n in self.counts):,} dated", style="dim")
        self.query_one("#timeline-title", Static).update(title)
        listing = self.query_one(OptionList)
        width = max(10, self.size.width - 24)
        listing.set_options([Option(line, id=f"period-{period}")
                             for line, (period, _) in zip(bars(self.counts, width), self.counts, strict=True)])
        if self.counts:
            listing.highlighted = len(self.counts) - 1
        listing.focus()

    def action_zoom(self) -> None:
        self.period = "year" if self.period == "month" else "month"
        self._show(self._read(self.period))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.action_narrow()

    def action_narrow(self) -> None:
        listing = self.query_one(OptionList)
        if listing.highlighted is None or not self.counts:
            return
        since, until = period_range(self.counts[listing.highlighted][0])
        self.app.pop_screen()
        self._narrow(since, until)

    def action_save(self) -> None:
        path = self._save_to()
        self.app.save_screenshot(filename=path.name, path=str(path.parent))
        self.app.notify(f"Saved the timeline to {path}", markup=False)
