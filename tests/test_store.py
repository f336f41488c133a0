"""The Store: one SQLite file, each document written all or nothing, one row per real speaker,
and a clear refusal of files it cannot use."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from onrecord.db.documents import read_path
from onrecord.db.extract import extract
from onrecord.db.ingest import ingest_paths
from onrecord.db.store import StatementFilter, Store, StoreError


def ingest_file(store: Store, path: Path):
    [document] = read_path(path)
    return store.ingest(document, extract(document.text, source=document.source))


@pytest.fixture
def park_reports(write_seed) -> tuple[Path, Path]:
    """Two reports, a month apart, quoting the same trade minister."""
    first = write_seed(
        "park_june.txt", "2024-06-03",
        "Delegates at the 3rd Korea-Japan Trade Dialogue in Seoul. (Pool)",
        "South Korea and Japan held the 3rd Korea-Japan Trade Dialogue in Seoul on Monday, "
        "with Trade Minister Park Ji-hoon leading the Korean side.",
        '"Both countries gain when supply chains for chips stay open," Park said.',
        "Trade Minister Park Ji-hoon said the two sides would meet again in the autumn.",
    )
    second = write_seed(
        "park_july.txt", "2024-07-10",
        "Delegates arrive for talks in Tokyo. (Pool)",
        "Trade Minister Park Ji-hoon met his Japanese counterpart in Tokyo on Wednesday to "
        "discuss semiconductor export controls.",
        '"Export controls on semiconductors must be predictable for companies on both sides," '
        "Park said after the talks.",
    )
    return first, second


def test_the_same_speaker_across_two_reports_is_one_speakers_row(db_path, park_reports):
    store = Store.open(db_path)
    summary = ingest_paths(store, [park_reports[0].parent])
    assert len(summary.added) == 2

    parks = store.db.execute(
        "SELECT id, name, title FROM speakers WHERE name LIKE '%Park%'").fetchall()
    assert len(parks) == 1, parks
    park_id, name, title = parks[0]
    assert (name, title) == ("Park Ji-hoon", "Trade Minister")
    by_park = store.statements(StatementFilter(speaker_id=park_id))
    assert len(by_park) == 3
    assert {row.document_id for row in by_park} == {1, 2}
    assert {row.speaker_as_written for row in by_park} == {"Park", "Trade Minister Park Ji-hoon"}


def test_a_speakers_details_learnt_later_fill_in_what_was_missing(db_path, write_seed):
    bare = write_seed("bare.txt", "2024-06-01", "A photo. (Pool)",
                      '"We expect more investment in batteries next year," said Kim Min-jae.')
    titled = write_seed("titled.txt", "2024-06-02", "A photo. (Pool)",
                        "Industry Minister Kim Min-jae visited a battery plant on Sunday.",
                        '"Batteries are the core of our export strategy," Kim said.')
    store = Store.open(db_path)
    kims = "SELECT title FROM speakers WHERE name = 'Kim Min-jae'"
    ingest_file(store, bare)
    assert store.db.execute(kims).fetchall() == [(None,)]
    ingest_file(store, titled)
    assert store.db.execute(kims).fetchall() == [("Industry Minister",)]


def test_ingest_is_atomic_a_failure_mid_write_leaves_no_document_behind(
        db_path, seed_file, monkeypatch):
    store = Store.open(db_path)

    def disk_fails(self, name):  # fails after the document, meeting and speakers are written
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(Store, "_topic_id", disk_fails)
    with pytest.raises(StoreError, match="cannot write"):
        ingest_file(store, seed_file)
    monkeypatch.undo()

    for table in ("documents", "meetings", "speakers", "participants", "statements"):
        assert store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    # Nothing half-written blocks a retry: the document is not mistaken for "unchanged".
    assert ingest_file(store, seed_file).status == "added"
    assert store.stats()["statements"] == 6


def test_ingesting_the_same_text_twice_is_a_no_op(db_path, seed_file):
    store = Store.open(db_path)
    first = ingest_file(store, seed_file)
    before = store.stats()
    second = ingest_file(store, seed_file)
    assert (first.status, second.status) == ("added", "unchanged")
    assert second.document_id == first.document_id
    assert store.stats() == before


def test_a_database_made_by_a_newer_onrecord_is_refused_clearly(db_path):
    Store.open(db_path).close()
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA user_version = 99")
    connection.close()

    with pytest.raises(StoreError) as raised:
        Store.open(db_path)

    message = str(raised.value)
    assert "newer OnRecord" in message and "99" in message and "upgrade" in message
    assert "\n" not in message


def test_a_file_that_is_not_sqlite_is_refused_and_left_as_it_was(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_bytes(b"Meeting notes, definitely not SQLite.\n" * 100)
    with pytest.raises(StoreError) as raised:
        Store.open(notes)
    assert "notes.db" in str(raised.value) and "\n" not in str(raised.value)
    assert notes.read_bytes() == b"Meeting notes, definitely not SQLite.\n" * 100


def test_another_applications_database_is_refused_and_not_modified(tmp_path):
    other = tmp_path / "other.db"
    sqlite_utils.Database(other)["customers"].insert({"id": 1, "name": "Acme"}, pk="id")
    with pytest.raises(StoreError, match="not made by OnRecord"):
        Store.open(other)
    assert sqlite_utils.Database(other).table_names() == ["customers"]


def test_a_first_run_interrupted_while_creating_tables_can_simply_be_run_again(
        db_path, monkeypatch):
    def interrupted(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(sqlite_utils.db.Table, "enable_fts", interrupted)
    with pytest.raises(StoreError):
        Store.open(db_path)
    monkeypatch.undo()

    store = Store.open(db_path)  # not "made by another application"
    assert "statements_fts" in store.db.table_names()


def test_a_read_only_store_reads_but_does_not_create(seeded_db, tmp_path):
    store = Store.open(seeded_db, read_only=True)
    assert store.count_statements(StatementFilter(query="gallium")) == 1
    with pytest.raises(sqlite3.OperationalError):
        store.db.execute("DELETE FROM statements")
    store.close()
    with pytest.raises(StoreError):
        Store.open(tmp_path / "absent.db", read_only=True)
    assert not (tmp_path / "absent.db").exists()


def test_meetings_are_listed_newest_first_with_their_participants(db_path, park_reports,
                                                                  seeds_folder):
    store = Store.open(db_path)
    ingest_paths(store, [seeds_folder, park_reports[0]])
    meetings = store.meetings()
    assert [(m["name"], m["date"]) for m in meetings] == [
        ("3rd Korea-Japan Trade Dialogue", "2024-06-03"),
        ("18th Korea-China Meeting on Economic Cooperation", "2024-05-16"),
    ]
    assert store.meetings(limit=1) == meetings[:1]
    assert store.count_statements(StatementFilter(meeting_id=meetings[1]["id"])) == 6
    participants = {p["name"] for p in store.participants(meetings[1]["id"])}
    assert participants == {"Choi Sang-mok", "Zheng Shanjie"}


def test_the_same_meeting_reported_twice_is_one_meeting(db_path, seed_text, tmp_path):
    # A second outlet's report of the same meeting: different text, same meeting and date.
    rewrite = tmp_path / "other_outlet.txt"
    rewrite.write_text(seed_text.replace("Seoul's finance ministry said", "officials said"),
                       encoding="utf-8")
    store = Store.open(db_path)
    original = tmp_path / "seed.txt"
    original.write_text(seed_text, encoding="utf-8")
    ingest_paths(store, [original, rewrite])
    assert store.stats()["documents"] == 2
    assert store.stats()["meetings"] == 1
    assert store.db.execute("SELECT count(*) FROM speakers WHERE name = 'Choi Sang-mok'"
                            ).fetchone()[0] == 1


def test_topics_are_counted_by_how_many_statements_discuss_them(seeded_db):
    store = Store.open(seeded_db)
    topics = {t["name"]: t["statements"] for t in store.topics()}
    assert topics["supply chains"] == 2
    assert topics["tourism"] == 1
    assert topics["climate change and net zero"] == 0  # the meeting discussed it; no statement


def test_a_statement_row_carries_what_a_citation_needs(seeded_db):
    store = Store.open(seeded_db)
    [row] = store.with_topics(store.statements(StatementFilter(query="gallium")))
    assert (row.speaker_name, row.speaker_title, row.speaker_country) == (
        "Choi Sang-mok", "Finance Minister", "South Korea")
    assert (row.meeting_name, row.meeting_date, row.meeting_format) == (
        "18th Korea-China Meeting on Economic Cooperation", "2024-05-16", "virtual")
    assert row.published == "2024-05-16" and row.source.endswith("000_81f8cacbb450965c.txt")
    assert "critical minerals" in row.topics
    document = store.document(row.document_id)
    assert document["text"][row.span_start:row.span_end] == row.text


def test_a_document_failing_inside_a_batch_keeps_every_other_document_whole(db_path, monkeypatch):
    from onrecord.db.demo import DemoCorpus
    from onrecord.db.documents import SourceDocument

    store = Store.open(db_path)
    reports = [(SourceDocument(source=name, text=text), extract(text, source=name))
               for name, text in DemoCorpus(seed=5).reports(7)]
    failing = reports[3][0].source
    real_write, real_topic_id = Store._write, Store._topic_id
    writing: list[str] = []

    def noting_the_document(self, document, extraction):
        writing.append(document.source)
        return real_write(self, document, extraction)

    def disk_fails_for_one(self, name):  # after its document, meeting and statements are written
        if writing[-1] == failing:
            raise sqlite3.OperationalError("disk I/O error")
        return real_topic_id(self, name)

    monkeypatch.setattr(Store, "_write", noting_the_document)
    monkeypatch.setattr(Store, "_topic_id", disk_fails_for_one)
    with store.batch(documents_per_commit=50):  # one transaction for all seven
        for document, extraction in reports:
            if document.source == failing:
                with pytest.raises(StoreError, match="cannot write"):
                    store.ingest(document, extraction)
            else:
                assert store.ingest(document, extraction).status == "added"
    monkeypatch.undo()

    stored = {row[0] for row in store.conn.execute("SELECT source FROM documents")}
    assert stored == {document.source for document, _ in reports} - {failing}
    expected = sum(len(extraction.statements) for document, extraction in reports if document.source != failing)
    assert store.stats()["statements"] == expected
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert store.conn.execute("SELECT count(*) FROM statement_topics WHERE topic_id NOT IN"
                              " (SELECT id FROM topics)").fetchone()[0] == 0
    with store.conn:
        for index in ("statements_fts", "statements_by_date_fts"):
            store.conn.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")
    document, extraction = reports[3]
    assert store.ingest(document, extraction).status == "added"  # nothing half-written blocks it
    store.close()


def test_a_report_with_more_statements_than_one_insert_takes_keeps_them_in_order(db_path, seed_file):
    store = Store.open(db_path)
    store.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 50)  # four statements per INSERT
    ingest_file(store, seed_file)
    text = seed_file.read_text(encoding="utf-8")
    rows = store.conn.execute("SELECT id, span_start, span_end, text FROM statements ORDER BY id").fetchall()
    assert len(rows) == 6
    assert [start for _, start, _, _ in rows] == sorted(start for _, start, _, _ in rows)
    assert all(text[start:end] == body for _, start, end, body in rows)
    gallium = store.statements(StatementFilter(query="gallium"))
    assert [row.speaker_name for row in gallium] == ["Choi Sang-mok"]
    assert "critical minerals" in store.statement_topics(gallium[0].id)
    store.close()
