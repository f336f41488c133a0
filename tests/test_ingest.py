"""`onrecord ingest`: read a folder of reports, say what was found and what could not be read."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path


def test_ingesting_the_seeds_folder_reports_one_document_one_meeting_six_statements(
        cli, db_path, seeds_folder, table_counts):
    result = cli("--db", db_path, "ingest", seeds_folder)
    assert result.exit_code == 0, result.output
    assert "1 document read, 0 unchanged, 0 failed" in result.stdout
    assert "found 1 meeting and 6 statements" in result.stdout
    counts = table_counts(db_path)
    assert (counts["documents"], counts["meetings"], counts["statements"]) == (1, 1, 6)


def test_second_ingest_of_the_same_folder_reports_it_unchanged_and_adds_no_rows(
        cli, db_path, seeds_folder, table_counts):
    assert cli("--db", db_path, "ingest", seeds_folder).exit_code == 0
    before = table_counts(db_path)

    again = cli("--db", db_path, "ingest", seeds_folder)

    assert again.exit_code == 0, again.output
    assert "0 documents read, 1 unchanged, 0 failed" in again.stdout
    assert table_counts(db_path) == before
    assert before["statements"] > 0


def test_the_same_text_under_another_file_name_is_one_document_with_two_sources(
        cli, db_path, seed_file, tmp_path, table_counts):
    copy = tmp_path / "copy" / "renamed.txt"
    copy.parent.mkdir()
    copy.write_bytes(seed_file.read_bytes())
    assert cli("--db", db_path, "ingest", seed_file).exit_code == 0
    before = table_counts(db_path)
    result = cli("--db", db_path, "ingest", copy)
    assert "0 documents read, 0 unchanged, 1 already stored from another source" in result.stdout
    assert table_counts(db_path) == before
    sources = sqlite3.connect(db_path).execute("SELECT source FROM document_sources ORDER BY id").fetchall()
    assert [Path(s).name for (s,) in sources] == [seed_file.name, "renamed.txt"]
    # Read from the same place again, it is unchanged.
    assert "0 documents read, 1 unchanged" in cli("--db", db_path, "ingest", copy).stdout


def test_two_json_lines_with_the_same_text_and_two_urls_keep_both_urls(cli, db_path, tmp_path):
    feed = tmp_path / "feed.jsonl"
    text = "Trade Minister Ana Lopes said the talks with Chile had been useful and frank."
    feed.write_text(json.dumps({"text": text, "url": "https://one.example/a"}) + "\n"
                    + json.dumps({"text": text, "url": "https://two.example/b"}) + "\n", encoding="utf-8")
    result = cli("--db", db_path, "ingest", feed)
    assert "1 document read, 0 unchanged, 1 already stored from another source" in result.stdout
    urls = sqlite3.connect(db_path).execute("SELECT url FROM document_sources ORDER BY id").fetchall()
    assert urls == [("https://one.example/a",), ("https://two.example/b",)]


def test_a_bad_file_is_reported_and_the_good_ones_are_still_ingested(
        cli, db_path, tmp_path, seed_file, table_counts):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_bytes(seed_file.read_bytes())
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "broken.jsonl").write_text('{"text": "fine"}\nnot json\n', encoding="utf-8")

    result = cli("--db", db_path, "ingest", folder)

    assert result.exit_code == 1
    assert "Traceback" not in result.output
    # The good JSON line is a document; the bad line and the binary file are reported.
    assert "2 documents read, 0 unchanged, 2 failed" in result.stdout
    assert "binary.txt: looks like a binary file" in result.stdout
    assert "broken.jsonl:2: not JSON" in result.stdout
    assert table_counts(db_path)["documents"] == 2


def test_a_path_that_does_not_exist_is_named_and_counted_as_failed(cli, db_path, tmp_path,
                                                                   seed_file):
    result = cli("--db", db_path, "ingest", seed_file, tmp_path / "missing-folder")
    assert result.exit_code == 1
    assert "missing-folder: no such file or folder" in result.stderr
    assert "1 document read, 0 unchanged, 1 failed" in result.stdout


def test_json_lines_give_one_document_per_record_with_title_url_and_date(
        cli, db_path, tmp_path, seed_text):
    body = seed_text.split("\n", 1)[1]  # the article without the seed header
    records = [
        {"text": body, "title": "Korea, China discuss supply chains",
         "url": "https://example.org/a", "published": "2024-05-16"},
        {"text": "A short note without quotes.", "title": "Note"},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")

    assert cli("--db", db_path, "ingest", feed).exit_code == 0

    rows = sqlite3.connect(db_path).execute(
        "SELECT source, url, title, published FROM documents ORDER BY id").fetchall()
    assert rows[0] == ("https://example.org/a", "https://example.org/a",
                       "Korea, China discuss supply chains", "2024-05-16")
    assert rows[1][0].endswith("feed.jsonl#2") and rows[1][2] == "Note"


def test_stats_counts_what_the_database_holds(cli, seeded_db):
    result = cli("--db", seeded_db, "stats")
    assert result.exit_code == 0
    lines = {line.split("│")[1].strip(): line.split("│")[2].strip()
             for line in result.stdout.splitlines() if line.count("│") == 3}
    assert lines["documents"] == "1"
    assert lines["statements"] == "6"
    assert lines["quotes"] == "2"


def test_a_database_path_that_is_not_sqlite_is_a_one_line_error(cli, tmp_path, seeds_folder,
                                                                one_line_error):
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("these are my notes, not a database\n" * 50)
    line = one_line_error(cli("--db", not_a_database, "ingest", seeds_folder))
    assert "notes.db" in line
    assert not_a_database.read_text().startswith("these are my notes")
