"""One person, one speaker, across reports that spell them differently; a person's title and
how each statement was attributed kept per statement (schema 4), and kept through an upgrade."""

from __future__ import annotations

import sqlite3

import pytest

from onrecord.db.identity import folded_name
from onrecord.db.ingest import ingest_paths
from onrecord.db.schema import SCHEMA_VERSION
from onrecord.db.store import StatementFilter, Store
from tests.conftest import undo_schema_5


@pytest.fixture
def saito_reports(write_seed):
    """Two reports, a year apart, spelling one minister's name two ways."""
    first = write_seed("spring.txt", "2023-04-10", "Ministers meet. (Pool)",
                       '"We want steady markets," Finance Minister Saitō Kenji said on Monday.')
    write_seed("autumn.txt", "2024-10-02", "Leaders meet. (Pool)",
               '"Growth comes first this year," Prime Minister Saito Kenji said on Wednesday.')
    return first.parent


def test_romanisation_and_diacritic_variants_fold_to_one_name():
    assert folded_name("Saitō Kenji") == folded_name("Saito Kenji")
    assert folded_name("Choo Kyung-ho") == folded_name("Choo Kyungho")
    assert folded_name("Phạm Bình Minh") == folded_name("Pham Binh Minh")
    assert folded_name("Kim Min-jun") != folded_name("Kim Min-jae")


def test_one_person_spelt_two_ways_in_two_reports_is_one_speaker_with_each_days_title(db_path, saito_reports):
    store = Store.open(db_path)
    ingest_paths(store, [saito_reports])
    people = store.db.execute("SELECT id, name FROM speakers WHERE kind = 'person'").fetchall()
    assert len(people) == 1, people
    rows = store.statements(StatementFilter(speaker_id=people[0][0]))
    assert sorted((row.date[:4], row.speaker_title) for row in rows) == \
        [("2023", "Finance Minister"), ("2024", "Prime Minister")]
    assert {row.attribution for row in rows} == {"named"}


def test_an_upgrade_to_schema_4_keeps_every_statement_and_merges_spelling_variants(db_path, saito_reports):
    store = Store.open(db_path)
    ingest_paths(store, [saito_reports])
    store.close()
    # Make it a schema 3 file: no schema 4 columns, one row per spelling, old identities.
    with sqlite3.connect(db_path) as conn:
        for table, column in (("meetings", "status"), ("meetings", "kind"),
                              ("statements", "speaker_title"), ("statements", "attribution")):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.execute("DROP TABLE document_sources")
        undo_schema_5(conn)
        second = conn.execute("SELECT id FROM statements ORDER BY date DESC").fetchone()[0]
        [name] = conn.execute("SELECT name FROM speakers WHERE kind = 'person'").fetchone()
        other = "Saito Kenji" if name == "Saitō Kenji" else "Saitō Kenji"
        conn.execute("UPDATE speakers SET identity = 'person:' || lower(name) WHERE kind = 'person'")
        conn.execute("INSERT INTO speakers (name, kind, identity) VALUES (?, 'person', ?)",
                     [other, f"person:{other.lower()}"])
        conn.execute("UPDATE statements SET speaker_id = last_insert_rowid() WHERE id = ?", [second])
        conn.execute("PRAGMA user_version = 3")
    before = sqlite3.connect(db_path).execute("SELECT count(*) FROM statements").fetchone()[0]

    store = Store.open(db_path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.db.execute("SELECT count(*) FROM statements").fetchone()[0] == before
    assert store.db.execute("SELECT count(*) FROM speakers WHERE kind = 'person'").fetchone()[0] == 1
    # What the old file could not know is said, never guessed.
    assert {row.attribution for row in store.statements(StatementFilter())} == {"unknown"}


def test_a_surname_joins_the_person_another_connection_stored_meanwhile(db_path, write_seed):
    """The writer keeps stored people by name word (db/person_index.py); a person another
    program stored since it last looked is found all the same, and a surname later
    completed to the full name is found by it."""
    folder = write_seed("first.txt", "2024-03-01", "Talks. (Pool)",
                        '"Supply chains matter," Finance Minister Choi Sang-mok said on Friday.').parent
    writer = Store.open(db_path)
    ingest_paths(writer, [folder / "first.txt"])
    other = Store.open(db_path)
    later = write_seed("second.txt", "2024-03-08", "Talks. (Pool)",
                       '"Ports come next," Trade Minister Ahn Duk-geun said on Friday.')
    ingest_paths(other, [later])
    other.close()
    third = write_seed("third.txt", "2024-03-15", "Talks. (Pool)",
                       '"We will meet again," Ahn said on Friday. "Prices are steady," Choi said.')
    ingest_paths(writer, [third])
    people = dict(writer.db.execute("SELECT name, count(*) FROM speakers s JOIN statements t"
                                    " ON t.speaker_id = s.id WHERE s.kind = 'person' GROUP BY name"))
    assert people == {"Choi Sang-mok": 2, "Ahn Duk-geun": 2}
