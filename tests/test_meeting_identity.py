"""One meeting, however many reports tell of it: the rules of db/meeting_match.py, seen
through ingest (issue: meetings you can work with)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from onrecord.db.documents import read_path
from onrecord.db.extract import extract
from onrecord.db.schema import SCHEMA_VERSION
from onrecord.db.store import Store
from tests.conftest import undo_schema_5


def ingest_all(store: Store, paths: list[Path]) -> None:
    for path in paths:
        [document] = read_path(path)
        store.ingest(document, extract(document.text, source=document.source))


def meetings_with_sources(store: Store) -> list[tuple[str, str | None, str, list[str]]]:
    rows = store.db.execute(
        "SELECT m.id, m.name, m.date, m.status FROM meetings m ORDER BY m.id").fetchall()
    return [(name, day, status, [r[0] for r in store.db.execute(
        "SELECT matched_by FROM meeting_sources WHERE meeting_id = ? ORDER BY id", [meeting_id])])
        for meeting_id, name, day, status in rows]


def test_two_outlets_reporting_one_numbered_dialogue_make_one_meeting(db_path, write_seed):
    first = write_seed(
        "wire.txt", "2024-05-16", "Delegates in Lima. (Pool)",
        "Peru and Chile held the 7th Peru-Chile Fisheries Dialogue in Lima on Thursday.",
        '"We agreed to share catch data every month," Fisheries Minister Rosa Quispe said.')
    second = write_seed(
        "daily.txt", "2024-05-17", "The dialogue opens. (Pool)",
        "The seventh Peru-Chile Fisheries Dialogue opened in Lima on Friday, with Chilean "
        "Fisheries Minister Pablo Rojas leading his side.",
        '"Shared data protects both fleets," Rojas said.')
    store = Store.open(db_path)
    ingest_all(store, [first, second])
    [(name, _, status, sources)] = meetings_with_sources(store)
    assert name == "7th Peru-Chile Fisheries Dialogue" and status == "held"
    assert sources == ["first report", "same series and ordinal"]
    speakers = {row[0] for row in store.db.execute(
        "SELECT DISTINCT speaker_name FROM statements WHERE meeting_id IS NOT NULL")}
    assert speakers == {"Rosa Quispe", "Pablo Rojas"}


def test_another_round_of_the_same_dialogue_is_another_meeting(db_path, write_seed):
    first = write_seed("a.txt", "2024-05-16", "Delegates. (Pool)",
                       "Peru and Chile held the 7th Peru-Chile Fisheries Dialogue in Lima on Thursday.")
    second = write_seed("b.txt", "2025-05-15", "Delegates. (Pool)",
                        "Peru and Chile held the 8th Peru-Chile Fisheries Dialogue in Santiago on Thursday.")
    store = Store.open(db_path)
    ingest_all(store, [first, second])
    assert [m[0] for m in meetings_with_sources(store)] == [
        "7th Peru-Chile Fisheries Dialogue", "8th Peru-Chile Fisheries Dialogue"]


def test_two_reports_of_one_phone_call_between_the_same_countries_make_one_meeting(db_path, write_seed):
    first = write_seed(
        "a.txt", "2024-05-16", "The call. (Pool)",
        "Norwegian Prime Minister Erik Dahl held a phone call with Icelandic Prime Minister "
        "Anna Jonsdottir on Thursday, Dahl's office said.")
    second = write_seed(
        "b.txt", "2024-05-16", "The call. (Pool)",
        "Iceland's Prime Minister Anna Jonsdottir spoke by phone with Norway's Prime Minister "
        "Erik Dahl on Thursday about fishing quotas.")
    store = Store.open(db_path)
    ingest_all(store, [first, second])
    [(_, day, _, sources)] = meetings_with_sources(store)
    assert day == "2024-05-16"
    assert sources == ["first report", "same countries, kind and day"]


def test_a_meeting_announced_then_reported_is_one_meeting_held_on_its_day(db_path, write_seed):
    announced = write_seed("before.txt", "2024-05-13", "Preparations. (Pool)",
                           "The 5th Peru-Chile Mining Dialogue will be held in Lima later this month, the ministry said.")
    held = write_seed("after.txt", "2024-05-17", "Delegates. (Pool)",
                      "Peru and Chile held the 5th Peru-Chile Mining Dialogue in Lima on Thursday.")
    store = Store.open(db_path)
    ingest_all(store, [announced, held])
    [(_, day, status, sources)] = meetings_with_sources(store)
    assert (day, status) == ("2024-05-16", "held")
    assert sources == ["first report", "same series and ordinal"]


def test_an_upgrade_lists_each_meetings_reports_from_its_statements(db_path, write_seed):
    report = write_seed("a.txt", "2024-05-16", "Delegates. (Pool)",
                        "Peru and Chile held the 7th Peru-Chile Fisheries Dialogue in Lima on Thursday.",
                        '"We agreed to share catch data," Fisheries Minister Rosa Quispe said.')
    store = Store.open(db_path)
    ingest_all(store, [report])
    store.close()
    with sqlite3.connect(db_path) as conn:  # as a schema 4 file was
        undo_schema_5(conn)
        conn.execute("PRAGMA user_version = 4")
    store = Store.open(db_path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [m[3] for m in meetings_with_sources(store)] == [["stored before schema 5"]]
