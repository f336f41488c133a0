"""What the screen looks like: main screen at 120x40 and 80x24, search, source, export, help,
the meeting view.

Update with `pytest tests/tui/test_snapshots.py --snapshot-update` after a deliberate change,
and look at the report before committing the new SVGs.
"""

from __future__ import annotations

from textual.widgets import Input

from tests.tui.conftest import settle


def _steady_cursor(app) -> None:
    # A blinking cursor is drawn or not depending on when the screenshot falls
    # in the blink; a steady one makes the search snapshot the same every run.
    for box in app.query(Input):
        box.cursor_blink = False


async def _settled(pilot) -> None:
    await settle(pilot.app, pilot)


def test_main_screen_at_120x40(seed_store, make_app, snap_compare):
    assert snap_compare(make_app(seed_store), terminal_size=(120, 40), run_before=_settled)


def test_main_screen_at_80x24(seed_store, make_app, snap_compare):
    assert snap_compare(make_app(seed_store), terminal_size=(80, 24), run_before=_settled)


def test_search_state(seed_store, make_app, snap_compare):
    async def search(pilot) -> None:
        _steady_cursor(pilot.app)
        await pilot.press("slash", *"minerals")
        await settle(pilot.app, pilot)

    assert snap_compare(make_app(seed_store), terminal_size=(120, 40), run_before=search)


def test_source_view(seed_store, make_app, snap_compare):
    async def open_source(pilot) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("j", "j", "o")
        await pilot.pause()

    assert snap_compare(make_app(seed_store), terminal_size=(120, 40), run_before=open_source)


def test_export_dialog(seed_store, make_app, snap_compare):
    async def open_export(pilot) -> None:
        await settle(pilot.app, pilot)
        pilot.app.export_path = lambda: __import__("pathlib").Path("onrecord-export-2026-11-26.md")
        await pilot.press("space", "j", "space", "e")
        await pilot.pause()
        _steady_cursor(pilot.app)
        await pilot.pause()

    assert snap_compare(make_app(seed_store), terminal_size=(120, 40), run_before=open_export)


def test_help_screen(seed_store, make_app, snap_compare):
    async def open_help(pilot) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(seed_store), terminal_size=(120, 40), run_before=open_help)


async def _open_meeting(pilot) -> None:
    await settle(pilot.app, pilot)
    await pilot.press("m")
    await settle(pilot.app, pilot)


def test_meeting_view(seed_store, make_app, snap_compare):
    assert snap_compare(make_app(seed_store), terminal_size=(120, 40), run_before=_open_meeting)


def test_meeting_view_at_80x24(seed_store, make_app, snap_compare):
    assert snap_compare(make_app(seed_store), terminal_size=(80, 24), run_before=_open_meeting)


def test_series_view(tmp_path, write_seed, make_app, snap_compare):
    from tests.tui.test_series import series_store

    store = series_store(tmp_path / "series.db", write_seed)

    async def open_series(pilot) -> None:
        await settle(pilot.app, pilot)
        pilot.app.open_series("Peru-Chile Fisheries Dialogue")
        await pilot.pause()

    assert snap_compare(make_app(store), terminal_size=(100, 24), run_before=open_series)


def test_filtered_by_countries_in_words(seed_store, make_app, snap_compare):
    async def filtered(pilot) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("F", *"between korea and china from korea", "enter")
        await settle(pilot.app, pilot)

    assert snap_compare(make_app(seed_store), terminal_size=(120, 40), run_before=filtered)


def test_timeline(tmp_path, write_seed, make_app, snap_compare):
    from tests.tui.test_series import series_store

    store = series_store(tmp_path / "series.db", write_seed)

    async def timeline(pilot) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("T")
        await pilot.pause()

    assert snap_compare(make_app(store), terminal_size=(100, 24), run_before=timeline)
