"""The series view, on reports of one numbered dialogue over the years, one of them told by
two outlets (issue: meetings you can work with)."""

from __future__ import annotations

from onrecord.db.documents import read_path
from onrecord.db.extract import extract
from onrecord.db.store import Store
from onrecord.tui.screens.meeting import MeetingScreen
from onrecord.tui.screens.series import SeriesScreen, series_lines
from tests.tui.conftest import settle

REPORTS = [
    ("d3.txt", "2015-04-09", "Peru and Chile held the 3rd Peru-Chile Fisheries Dialogue in Lima on Thursday."),
    ("d4.txt", "2016-04-14", "Peru and Chile held the 4th Peru-Chile Fisheries Dialogue in Santiago on Thursday."),
    ("d7.txt", "2023-05-18", "Peru and Chile held the 7th Peru-Chile Fisheries Dialogue in Lima on Thursday, "
                             "the first in seven years."),
    ("d7b.txt", "2023-05-19", "The seventh Peru-Chile Fisheries Dialogue met in Lima on Thursday, with Chilean "
                              "Fisheries Minister Pablo Rojas leading his side."),
]


def series_store(path, write_seed) -> Store:
    store = Store.open(path)
    for name, day, lead in REPORTS:
        [document] = read_path(write_seed(name, day, "Delegates. (Pool)", lead,
                                          '"We agreed to share catch data," Rojas said.'))
        store.ingest(document, extract(document.text, source=document.source))
    return store


def test_the_series_lists_each_number_once_with_the_gaps_and_the_years_between(tmp_path, write_seed):
    store = series_store(tmp_path / "series.db", write_seed)
    meetings = store.series_meetings("Peru-Chile Fisheries Dialogue")
    assert [(m["ordinal"], m["reports"]) for m in meetings] == [(3, 1), (4, 1), (7, 2)]
    lines = [str(line) for line, _ in series_lines(meetings)]
    assert lines[2].strip() == "5th to 6th: no report stored"
    assert lines[3].strip().startswith("7th  2023-05-18  Lima") and "(7 years after the one before)" in lines[3]
    store.close()


async def test_r_in_a_meeting_opens_its_series_and_enter_opens_another_meeting(tmp_path, write_seed, make_app):
    store = series_store(tmp_path / "series.db", write_seed)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.query_one("#meetings").focus()
        await pilot.press("enter")  # the newest: the 7th
        await settle(app, pilot)
        assert isinstance(app.screen, MeetingScreen) and app.screen.meeting["ordinal"] == 7
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, SeriesScreen)
        await pilot.press("enter")  # the 3rd, first in the list
        await settle(app, pilot)
        assert isinstance(app.screen, MeetingScreen) and app.screen.meeting["ordinal"] == 3
    store.close()


async def test_the_timeline_counts_statements_per_year_zooms_narrows_and_saves(tmp_path, write_seed, make_app):
    from onrecord.tui.screens.timeline import TimelineScreen, filled

    assert filled([("2023-11", 2), ("2024-02", 1)], "month") == [
        ("2023-11", 2), ("2023-12", 0), ("2024-01", 0), ("2024-02", 1)]
    store = series_store(tmp_path / "series.db", write_seed)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("T")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TimelineScreen) and screen.period == "year"  # 2015 to 2023: years
        assert screen.counts[0] == ("2015", 1) and screen.counts[-1] == ("2023", 2) and ("2019", 0) in screen.counts
        await pilot.press("s")
        await pilot.pause()
        assert (tmp_path / "onrecord-export-timeline.svg").exists()
        await pilot.press("enter")  # the highlighted period: the last, 2023
        await settle(app, pilot)
        assert not isinstance(app.screen, TimelineScreen)
        assert "2023-01-01 to 2023-12-31" in str(app.query_one("#breadcrumb").render())
        assert app.statement_list.total == 2
    store.close()
