"""Corrections that last (issue: briefs you can put your name to): a wrong speaker fixed,
a sentence that is not a statement removed, a meeting's date fixed; each kept when the
report is extracted again, listed, and undone."""

from __future__ import annotations

import pytest

from onrecord.db.documents import read_path
from onrecord.db.export import render_markdown
from onrecord.db.extract import extract
from onrecord.db.store import StatementFilter, Store, StoreError


@pytest.fixture
def talks(db_path, write_seed) -> tuple[Store, int]:
    path = write_seed(
        "talks.txt", "2024-05-16", "Ministers meet in Lima. (Pool)",
        "Peruvian Trade Minister Ana Ruiz met her Danish counterpart Lars Holm in Lima on Thursday.",
        '"Quotas must be fair to both fleets," Ruiz said.',
        "The two ministers will meet again in Copenhagen in the autumn, the ministry said.",
        '"We will review the quotas next year," she added.')
    store = Store.open(db_path)
    [document] = read_path(path)
    result = store.ingest(document, extract(document.text, source=document.source))
    yield store, result.document_id
    store.close()


def statement(store: Store, start: str):
    return next(r for r in store.statements(StatementFilter(), limit=100) if r.text.startswith(start))


def reextract(store: Store, document_id: int) -> None:
    text = store.document(document_id)["text"]
    store.reextract(document_id, extract(text, source="talks.txt"))


def test_a_corrected_speaker_shows_as_corrected_everywhere_and_outlives_re_extraction(talks):
    store, document_id = talks
    wrong = statement(store, "We will review the quotas")
    assert wrong.speaker_name != "Lars Holm"
    store.correct_speaker(wrong.id, "Lars Holm")
    fixed = statement(store, "We will review the quotas")
    assert (fixed.speaker_name, fixed.edited, fixed.attribution) == ("Lars Holm", 1, "corrected")
    assert "chosen by hand in OnRecord" in render_markdown([fixed])
    reextract(store, document_id)  # extraction writes the report's rows anew (speaker: "she")
    again = statement(store, "We will review the quotas")
    assert (again.speaker_name, again.edited, again.attribution) == ("Lars Holm", 1, "corrected")
    [edit] = store.edits()
    assert edit["summary"].endswith("→ Lars Holm")


def test_not_a_statement_leaves_every_list_and_search_and_undo_brings_it_back(talks):
    store, document_id = talks
    before = store.count_statements()
    meeting_again = statement(store, "The two ministers will meet again")
    edit_id = store.dismiss_statement(meeting_again.id)
    assert store.count_statements() == before - 1
    assert store.statements(StatementFilter(query="Copenhagen")) == []
    reextract(store, document_id)
    assert store.count_statements() == before - 1  # still gone after re-extraction
    store.undo_edit(edit_id)
    assert [r.text[:16] for r in store.statements(StatementFilter(query="Copenhagen"))] == ["The two minister"]
    assert store.edits() == [] and len(store.edits(include_undone=True)) == 1
    with pytest.raises(StoreError, match="undone already"):
        store.undo_edit(edit_id)


def test_a_meetings_fixed_date_outlives_re_extraction_and_undo_restores_it(talks):
    store, document_id = talks
    [meeting] = store.meetings()
    edit_id = store.correct_meeting(meeting["id"], date="2024-05-15")
    reextract(store, document_id)
    [meeting] = store.meetings()
    assert meeting["date"] == "2024-05-15"
    store.undo_edit(edit_id)
    assert store.meetings()[0]["date"] == "2024-05-16"


def test_the_speakers_to_choose_from_are_the_reports_people_and_bodies(talks):
    store, document_id = talks
    names = {row["name"] for row in store.speaker_choices(document_id)}
    assert {"Ana Ruiz", "Lars Holm"} <= names


def test_a_read_only_database_refuses_a_correction_in_one_line(talks, db_path):
    store, _ = talks
    row = statement(store, "Quotas must be fair")
    store.close()
    reader = Store.open(db_path, read_only=True)
    with pytest.raises(StoreError) as refused:
        reader.correct_speaker(row.id, "Lars Holm")
    assert "cannot save a correction" in str(refused.value) and "\n" not in str(refused.value)
    reader.close()


def test_the_cli_lists_and_undoes_corrections_and_reextract_keeps_them(talks, cli, db_path):
    store, _ = talks
    row = statement(store, "We will review the quotas")
    edit_id = store.correct_speaker(row.id, "Lars Holm")
    store.close()
    listed = cli("edits", "--db", str(db_path))
    assert listed.exit_code == 0 and "→ Lars Holm" in listed.output
    again = cli("reextract", "--db", str(db_path))
    assert again.exit_code == 0, again.output
    assert "1 corrections applied on top" in again.output
    reopened = Store.open(db_path)
    assert statement(reopened, "We will review the quotas").speaker_name == "Lars Holm"
    reopened.close()
    undone = cli("edits", "--undo", str(edit_id), "--db", str(db_path))
    assert undone.exit_code == 0 and f"Undid correction #{edit_id}" in undone.output
    twice = cli("edits", "--undo", str(edit_id), "--db", str(db_path))
    assert twice.exit_code == 1 and "undone already" in twice.output


def test_corrections_outlive_ingesting_the_report_again_and_a_schema_upgrade(talks, db_path, write_seed, monkeypatch):
    import sqlite3

    import onrecord.db.schema as schema

    store, _ = talks
    row = statement(store, "We will review the quotas")
    store.correct_speaker(row.id, "Lars Holm")
    [document] = read_path(write_seed(
        "talks.txt", "2024-05-16", "Ministers meet in Lima. (Pool)",
        "Peruvian Trade Minister Ana Ruiz met her Danish counterpart Lars Holm in Lima on Thursday.",
        '"Quotas must be fair to both fleets," Ruiz said.',
        "The two ministers will meet again in Copenhagen in the autumn, the ministry said.",
        '"We will review the quotas next year," she added.'))
    assert store.ingest(document, extract(document.text, source=document.source)).status == "unchanged"
    store.close()
    # A next OnRecord's upgrade (schema 6, here a column added) keeps the corrections.
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    monkeypatch.setitem(schema.MIGRATIONS, schema.SCHEMA_VERSION,
                        lambda db: db.execute("ALTER TABLE documents ADD COLUMN language TEXT"))
    upgraded = Store.open(db_path)
    assert upgraded.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert statement(upgraded, "We will review the quotas").speaker_name == "Lars Holm"
    assert [e["kind"] for e in upgraded.edits()] == ["speaker"]
    upgraded.close()
    assert sqlite3.connect(db_path).execute("SELECT count(*) FROM edits").fetchone()[0] == 1


def test_a_report_of_a_corrected_meeting_joins_it_and_keeps_the_correction(talks, write_seed):
    store, _ = talks
    [meeting] = store.meetings()
    store.correct_meeting(meeting["id"], date="2024-05-15", name="Peru-Denmark fisheries talks")
    [document] = read_path(write_seed(
        "second.txt", "2024-05-16", "Ministers in Lima. (Pool)",
        "Peruvian Trade Minister Ana Ruiz met her Danish counterpart Lars Holm in Lima on Thursday.",
        '"Denmark will buy more Peruvian fish," Holm said.'))
    result = store.ingest(document, extract(document.text, source=document.source))
    assert result.status == "added"
    [joined] = store.meetings()
    assert (joined["id"], joined["name"], joined["date"]) == (meeting["id"], "Peru-Denmark fisheries talks", "2024-05-15")
    assert [s["matched_by"] for s in store.meeting_sources(meeting["id"])] == ["first report", "corrected by the user"]
