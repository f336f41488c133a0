"""The meetings controller: what the app does to show meetings — the meeting view, its
series, every meeting between the same countries, and the timeline of what is listed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from onrecord.db.search import QueryError
from onrecord.db.store import StatementFilter, StoreError
from onrecord.tui.filters import Filter

if TYPE_CHECKING:
    from onrecord.tui.app import OnRecordApp

# The meeting view lists this many of a meeting's statements (a summit may have hundreds).
MEETING_STATEMENTS_SHOWN = 1_000


class Meetings:
    def __init__(self, app: OnRecordApp) -> None:
        self.app = app

    @property
    def store(self):
        return self.app.store

    def open(self, meeting_id: int) -> None:
        """The meeting view: its facts, reports, participants and what each side said."""
        from onrecord.tui.screens.meeting import MeetingScreen  # screens load when first opened

        app = self.app
        meeting = self.store.meeting(meeting_id)
        if meeting is None:
            return
        statements = self.store.statements(StatementFilter(meeting_id=meeting_id), order="newest",
                                           limit=MEETING_STATEMENTS_SHOWN)

        def fix(shown: dict) -> None:
            app.corrections.fix_meeting(shown, after=lambda: (app.pop_screen(), self.open(meeting_id)))

        app.push_screen(MeetingScreen(
            meeting, self.store.meeting_sources(meeting_id), self.store.participants(meeting_id),
            statements, app.marked, open_source=app.open_source, filter_main=self.filter_to,
            toggle_mark=app.toggle_marked, open_series=self.open_series, fix_meeting=fix))

    def open_series(self, series: str) -> None:
        from onrecord.tui.screens.series import SeriesScreen

        self.app.push_screen(SeriesScreen(series, self.store.series_meetings(series), open_meeting=self.app.open_meeting))

    def filter_to(self, meeting: dict) -> None:
        self.app.push_filter(Filter(f"meeting: {meeting['name']}", {"meeting_id": meeting["id"]}))

    def same_countries(self, meeting_id: int) -> None:
        """Every meeting between this one's countries: the meetings pane and the list."""
        countries = tuple(dict.fromkeys(p["country"] for p in self.store.participants(meeting_id) if p["country"]))
        if len(countries) < 2:
            self.app.notify("The participants of this meeting are not known to be from two countries.")
            return
        self.app.push_filter(Filter(f"meetings between {' and '.join(countries)}", {"countries": countries}))
        self.app.query_one("#meetings").focus()

    def timeline(self) -> None:
        """Statements per month or year, for what the list holds now."""
        from onrecord.tui.screens.timeline import TimelineScreen

        app = self.app
        selection = app.current_filter()
        what = " · ".join(([f"search: {selection.shown_query()}"] if selection.query else [])
                          + [f.label for f in app.filters]) or "all statements"

        def read(period: str) -> list[tuple[str, int]]:
            try:
                return self.store.statements_per_period(selection, period)
            except (StoreError, QueryError) as error:
                app.notify(str(error), severity="error", markup=False)
                return []

        def narrow(since: str, until: str) -> None:
            app.push_filter(Filter(f"{since} to {until}", {"since": since, "until": until}))

        def save_to() -> Path:
            brief = app.export_path()
            return brief.with_name(brief.stem + "-timeline.svg")

        app.push_screen(TimelineScreen(what, read, narrow, save_to))
