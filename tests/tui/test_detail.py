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
    assert "planned" in meeting_line and "undated" in meeting_line and "2025-03-11" not in meeting_line
    assert any(line.startswith("Source:") and "2025-03-11" in line for line in lines)
    store.close()


def test_a_brief_says_words_said_before_a_planned_meeting_were_about_it_not_at_it(tmp_path):
    from onrecord.db.export import render_markdown

    store = Store.open(tmp_path / "onrecord.db")
    ingest_text(store, PLANNED, "planned.txt")
    rows = store.statements(StatementFilter())
    assert "## Estonia–Latvia talks (planned, in person, Riga)" in render_markdown(rows)
    in_order = render_markdown(rows, items={})  # a collection: each statement names its meeting
    assert "\nabout Estonia–Latvia talks (planned" in in_order and "\nat Estonia" not in in_order
    store.close()


WRAPPED = """ date 2007-01-27 x

China and Japan held frank talks on the second day of the
seventh round of their strategic dialogue in Beijing on Friday,
the Chinese Foreign Ministry said in a statement on its website.
"We want the talks to go on," Vice Foreign Minister Dai Wen told
reporters after the meeting, adding that the next round would be
held in Tokyo in the spring, when both sides expect to sign a plan.
"""


def test_the_source_paragraph_of_a_hard_wrapped_report_runs_over_its_wrapped_lines(tmp_path):
    store = Store.open(tmp_path / "onrecord.db")
    ingest_text(store, WRAPPED, "wrapped.txt")
    row = next(r for r in store.statements(StatementFilter()) if r.text.startswith("We want"))
    document = store.document(row.document_id)["text"]
    shown = render_detail(row, document, []).plain.split("In the source\n", 1)[1]
    assert shown.startswith('"We want the talks') and "expect to sign a plan." in shown
    store.close()
