"""The statement detail pane: what it says of the meeting a statement belongs to."""

from __future__ import annotations

from onrecord.db.store import StatementFilter, Store
from onrecord.tui.widgets.detail import render_detail
from tests.tui.conftest import ingest_text

PLANNED = """ date 2025-03-11 x

Estonian and Latvian trade ministers will meet in Riga next week to discuss a grid link, said Deputy Trade Minister Kaisa Rand on Monday.
"""


def test_a_meeting_the_report_gives_no_date_for_shows_as_undated_not_as_the_report_s_date(tmp_path):
    store = Store.open(tmp_path / "onrecord.db")
    ingest_text(store, PLANNED, "planned.txt")
    [row] = store.statements(StatementFilter())
    lines = render_detail(row, None, []).plain.splitlines()
    [meeting_line] = [line for line in lines if line.startswith("Estonia–Latvia talks")]
    assert "undated" in meeting_line and "2025-03-11" not in meeting_line
    assert any(line.startswith("Source:") and "2025-03-11" in line for line in lines)
    store.close()
