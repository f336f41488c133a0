"""The database is one SQLite file that sqlite-utils, Datasette and any client read as is."""

from __future__ import annotations

import json
import subprocess
import sys

import sqlite_utils

ENTITY_TABLES = ["documents", "meetings", "speakers", "participants", "topics", "statements"]
EXPECTED_FOREIGN_KEYS = {
    "participants": {("meeting_id", "meetings"), ("speaker_id", "speakers")},
    "meeting_topics": {("meeting_id", "meetings"), ("topic_id", "topics")},
    "statements": {("document_id", "documents"), ("meeting_id", "meetings"),
                   ("speaker_id", "speakers")},
    "statement_topics": {("statement_id", "statements"), ("topic_id", "topics")},
}


def test_sqlite_utils_search_finds_the_gallium_quote(seeded_db):
    db = sqlite_utils.Database(seeded_db)
    rows = list(db["statements"].search("gallium"))
    assert len(rows) == 1
    assert rows[0]["speaker_name"] == "Choi Sang-mok"
    assert "urea, gallium and graphite" in rows[0]["text"]


def test_the_sqlite_utils_command_line_search_finds_it_too(seeded_db):
    result = subprocess.run(
        [sys.executable, "-m", "sqlite_utils", "search", str(seeded_db), "statements", "gallium"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    [row] = json.loads(result.stdout)
    assert row["kind"] == "quote" and "gallium" in row["text"]


def test_the_full_text_index_is_the_one_sqlite_utils_creates(seeded_db):
    db = sqlite_utils.Database(seeded_db)
    assert db["statements"].detect_fts() == "statements_fts"
    assert "statements_fts" in db.table_names()
    # Kept in step by triggers, so any client that writes statements keeps search right.
    assert {t.name for t in db["statements"].triggers} >= {
        "statements_ai", "statements_ad", "statements_au"}


def test_the_file_declares_its_schema_version_and_uses_wal(seeded_db):
    db = sqlite_utils.Database(seeded_db)
    assert db.execute("PRAGMA user_version").fetchone()[0] >= 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_every_table_has_an_integer_id_primary_key(seeded_db):
    db = sqlite_utils.Database(seeded_db)
    for name in ENTITY_TABLES:
        table = db[name]
        assert table.pks == ["id"], name
        assert table.columns_dict["id"] is int, name


def test_every_reference_is_a_declared_foreign_key_named_after_its_table(seeded_db):
    db = sqlite_utils.Database(seeded_db)
    for name, expected in EXPECTED_FOREIGN_KEYS.items():
        declared = {(fk.column, fk.other_table) for fk in db[name].foreign_keys}
        assert declared == expected, name
        assert all(fk.other_column == "id" for fk in db[name].foreign_keys)


def test_the_link_tables_have_a_primary_key_of_both_references(seeded_db):
    db = sqlite_utils.Database(seeded_db)
    assert db["meeting_topics"].pks == ["meeting_id", "topic_id"]
    assert db["statement_topics"].pks == ["statement_id", "topic_id"]


def test_the_stored_references_hold_together(seeded_db):
    db = sqlite_utils.Database(seeded_db)
    assert list(db.query("PRAGMA foreign_key_check")) == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_plain_sql_join_answers_who_said_what_at_which_meeting(seeded_db):
    db = sqlite_utils.Database(seeded_db)
    rows = list(db.query(
        "SELECT sp.name AS speaker, sp.title, m.name AS meeting, m.date, s.text"
        " FROM statements s JOIN speakers sp ON sp.id = s.speaker_id"
        " JOIN meetings m ON m.id = s.meeting_id WHERE s.kind = 'quote' ORDER BY s.span_start"))
    assert [(r["speaker"], r["title"], r["date"]) for r in rows] == [
        ("Choi Sang-mok", "Finance Minister", "2024-05-16")] * 2
    assert {r["meeting"] for r in rows} == {"18th Korea-China Meeting on Economic Cooperation"}


def test_each_statement_span_points_at_its_words_in_the_stored_document(seeded_db):
    db = sqlite_utils.Database(seeded_db)
    rows = list(db.query("SELECT s.text, s.span_start, s.span_end, d.text AS document"
                         " FROM statements s JOIN documents d ON d.id = s.document_id"))
    assert len(rows) == 6
    for row in rows:
        assert row["document"][row["span_start"]:row["span_end"]] == row["text"]


def test_topics_are_linked_to_statements_and_meetings(seeded_db):
    db = sqlite_utils.Database(seeded_db)
    tourism = list(db.query(
        "SELECT s.speaker_name FROM statements s JOIN statement_topics st ON st.statement_id = s.id"
        " JOIN topics t ON t.id = st.topic_id WHERE t.name = 'tourism'"))
    assert tourism == [{"speaker_name": "South Korean government"}]
    meeting_topics = {r["name"] for r in db.query(
        "SELECT t.name FROM meeting_topics mt JOIN topics t ON t.id = mt.topic_id")}
    assert {"critical minerals", "supply chains", "tourism",
            "climate change and net zero"} <= meeting_topics


def test_every_table_can_be_counted_by_any_client(seeded_db):
    """`sqlite-utils tables --counts` and a plain count(*) on every table, the date-ordered
    index and the FTS5 tables included."""
    result = subprocess.run([sys.executable, "-m", "sqlite_utils", "tables", "--counts", str(seeded_db)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    counts = {row["table"]: row["count"] for row in json.loads(result.stdout)}
    assert counts["statements"] == counts["statements_by_date_fts"] == counts["statements_fts"] == 6
    db = sqlite_utils.Database(seeded_db)
    for name in db.table_names():
        db.execute(f"SELECT count(*) FROM [{name}]").fetchone()


def test_datasette_serves_the_file_with_our_metadata_and_searches_it_with_a_prefix(seeded_db, tmp_path, cli):
    """The real Datasette, on a built database, with `onrecord datasette-metadata`."""
    metadata = tmp_path / "metadata.json"
    result = cli("--db", seeded_db, "datasette-metadata")
    metadata.write_text(result.stdout, encoding="utf-8")
    name = seeded_db.stem

    def get(path: str) -> dict:
        served = subprocess.run([sys.executable, "-m", "datasette", str(seeded_db), "--metadata", str(metadata),
                                 "--get", path], capture_output=True, text=True, timeout=120)
        assert served.returncode == 0, served.stderr
        return json.loads(served.stdout)

    # Raw search mode: "gall*" is a prefix, as in `onrecord search`.
    found = get(f"/{name}/statements.json?_search=gall*&_shape=array")
    assert len(found) == 1 and "gallium" in found[0]["text"]
    tables = {table["name"]: table for table in get(f"/{name}.json")["tables"]}
    assert tables["statements_by_date_fts"]["hidden"] and tables["search_terms"]["hidden"]
    assert not tables["statements"]["hidden"]
    facets = get(f"/{name}/statements.json?_facet=kind")["facet_results"]
    assert "kind" in str(facets)
