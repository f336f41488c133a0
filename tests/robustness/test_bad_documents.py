"""A user points `onrecord ingest` at a messy folder: every file that cannot be read is one
line of reason in the summary, every file read with a caveat is a note, and the rest of
the batch is ingested."""

from __future__ import annotations

import json
import os
import sqlite3
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import onrecord.db.documents
import onrecord.db.ingest
from onrecord.db.documents import DocumentError, read_path
from onrecord.db.ingest import ingest_paths
from onrecord.db.store import Store
from tests.robustness.conftest import as_unprivileged_user, examples

GOOD = ' date 2024-06-20 Photo. (Yonhap)\n\n"Inflation is easing but risks remain across the region," Finance Minister Choi told reporters on Thursday.\n'
# Windows-1252 is what a "Save as text" on Windows writes: curly quotes at 0x93 and 0x94.
CP1252 = ("date 2024-06-21\n\n\x93Our caf\xe9 owners need tourists back,\x94 Culture Minister "
          "Hwang Bo-ra said on Friday.\n").encode("latin-1")
CP1252_QUOTE = "Our café owners need tourists back"


def summary_lines(result) -> tuple[str, list[str], list[str]]:
    lines = result.stdout.splitlines()
    return (lines[0], [line.strip() for line in lines if line.strip().startswith("failed:")],
            [line.strip() for line in lines if line.strip().startswith("note:")])


def stored(database: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(database) as connection:
        return connection.execute(sql).fetchall()


def test_a_messy_folder_gives_one_reason_per_bad_file_and_ingests_the_rest(cli, db_path, tmp_path):
    folder = tmp_path / "messy"
    (folder / "nested").mkdir(parents=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text("   \n\n  \n", encoding="utf-8")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(200))
    (folder / "noise.txt").write_bytes(bytes(range(1, 32)) * 40)  # no NUL, still not text
    (folder / "windows.txt").write_bytes(CP1252)
    (folder / "nested" / "feed.jsonl").write_text("\n".join([
        json.dumps({"text": '"Chip export controls must be predictable," Trade Minister Park Ji-hoon said.'}),
        "{not json",
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"text": "Park Ji-hoon said the talks would resume next month on tariffs."}),
    ]) + "\n", encoding="utf-8")
    (folder / "page.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    (folder / "loop").symlink_to(folder)  # a link back to the folder being read
    (folder / "self.txt").symlink_to(folder / "self.txt")  # a link to itself
    (folder / "gone.txt").symlink_to(folder / "deleted.txt")

    result = cli("--db", db_path, "ingest", folder)

    assert result.exit_code == 1
    assert "Traceback" not in result.output
    first, failed, notes = summary_lines(result)
    assert first.startswith("4 documents read, 0 unchanged, 9 failed")
    reasons = {
        "empty.txt: the file is empty", "blank.md: the file is empty",
        "photo.txt: looks like a binary file", "noise.txt: looks like a binary file",
        "feed.jsonl:2: not JSON", "feed.jsonl:3: a record needs a non-empty \"text\" string",
        "page.html: no article text found", "self.txt: cannot read (Too many levels of symbolic links)",
        "gone.txt: cannot read (No such file or directory)",
    }
    for reason in reasons:
        assert sum(reason in line for line in failed) == 1, (reason, failed)
    assert len(failed) == len(reasons)
    assert any("windows.txt: not valid UTF-8, read as Windows-1252" in line for line in notes), notes
    assert any("loop: skipped, a link to a folder already read" in line for line in notes), notes
    texts = [row[0] for row in stored(db_path, "SELECT text FROM statements")]
    assert CP1252_QUOTE in texts  # decoded right: é and the quote marks
    assert len(stored(db_path, "SELECT id FROM documents")) == 4


def test_a_file_not_in_utf8_is_decoded_and_its_encoding_is_recorded(cli, db_path, tmp_path):
    (tmp_path / "windows.txt").write_bytes(CP1252)
    (tmp_path / "unicode.txt").write_text(GOOD, encoding="utf-8")
    result = cli("--db", db_path, "ingest", tmp_path / "windows.txt", tmp_path / "unicode.txt")
    assert result.exit_code == 0, result.output  # a note, not a failure
    assert "read as Windows-1252" in result.stdout
    rows = dict(stored(db_path, "SELECT encoding, text FROM documents"))
    assert set(rows) == {"windows-1252", "utf-8"}
    assert "\u201cOur caf\u00e9 owners" in rows["windows-1252"]  # “ and é, not mojibake


@pytest.mark.parametrize("data, encoding, note", [
    ("Caf\u00e9 \u201ctalks\u201d".encode(), "utf-8", None),
    (b"\xef\xbb\xbfCaf\xc3\xa9", "utf-8", None),  # UTF-8 with a byte-order mark
    ("Caf\u00e9 talks".encode("utf-16"), "utf-16", None),  # a mark, and NULs
    ("Caf\u00e9 \u201ctalks\u201d".encode("cp1252"), "windows-1252", "Windows-1252"),
    (b"Caf\xe9 \x81 talks", "latin-1", "Latin-1"),  # 0x81 is not Windows-1252
])
def test_each_encoding_is_read_right_and_a_fallback_is_always_said(tmp_path, data, encoding, note):
    report = tmp_path / "report.txt"
    report.write_bytes(data)
    notes: list[str] = []
    [document] = read_path(report, notes=notes)
    assert document.encoding == encoding
    assert document.text.startswith("Caf\u00e9")
    if note:
        assert len(notes) == 1 and f"read as {note}" in notes[0]
    else:
        assert notes == []


def test_a_50_mb_text_file_is_refused_in_one_line_without_reading_it_into_memory(cli, db_path, tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as file:
        file.truncate(50 * 1024 * 1024)  # 50 MB, sparse: no disk used
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")

    tracemalloc.start()
    try:
        result = cli("--db", db_path, "ingest", huge, tmp_path / "good.txt")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    _, failed, _ = summary_lines(result)
    assert failed == [f"failed: {huge}: 52 MB is too large for one report (at most 20 MB); split it, or use JSON lines"]
    assert "1 document read" in result.stdout
    assert peak < 10 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB"


def test_a_large_json_lines_file_is_read_a_line_at_a_time(tmp_path, monkeypatch):
    """A JSON lines export has no size limit, only each line has: memory stays flat."""
    monkeypatch.setattr(onrecord.db.documents, "MAX_FILE_BYTES", 50_000)
    feed = tmp_path / "feed.jsonl"
    record = json.dumps({"text": "Park Ji-hoon said the talks would resume. " + "x" * 900}) + "\n"
    with feed.open("w", encoding="utf-8") as file:
        for number in range(800):  # 0.8 MB, sixteen times the per-line limit
            file.write(record.replace("resume.", f"resume ({number})."))
        file.write('{"text": "' + "y" * 70_000 + '"}\n')  # one line over the limit
    store = Store.memory()
    tracemalloc.start()
    try:
        summary = ingest_paths(store, [feed])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(summary.added) == 800
    assert summary.failed == [f"{feed}:801: the line is longer than 0.05 MB, too long for one report"]
    assert peak < 3_000_000, f"peak {peak / 1e6:.1f} MB"


def test_a_device_or_a_pipe_in_a_folder_is_not_read(cli, db_path, tmp_path):
    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "zero.txt").symlink_to("/dev/zero")  # would never end
    os.mkfifo(folder / "pipe.txt")  # would wait for a writer forever
    result = cli("--db", db_path, "ingest", folder)
    _, failed, _ = summary_lines(result)
    assert set(failed) == {f"failed: {folder / 'pipe.txt'}: not a regular file",
                           f"failed: {folder / 'zero.txt'}: not a regular file"}


def test_an_unreadable_file_and_an_unreadable_folder_are_each_one_line(cli, shared_tmp):
    folder = shared_tmp / "reports"
    (folder / "locked").mkdir(parents=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "secret.txt").write_text(GOOD.replace("easing", "rising"), encoding="utf-8")
    (folder / "locked" / "inside.txt").write_text(GOOD, encoding="utf-8")
    (folder / "secret.txt").chmod(0)
    (folder / "locked").chmod(0)
    database = shared_tmp / "onrecord.db"

    with as_unprivileged_user():
        result = cli("--db", database, "ingest", folder)

    _, failed, _ = summary_lines(result)
    assert sorted(failed) == [f"failed: {folder / 'locked'}: cannot open the folder (Permission denied)",
                              f"failed: {folder / 'secret.txt'}: cannot read (Permission denied)"]
    assert "1 document read" in result.stdout


def test_a_document_extraction_trips_over_is_reported_and_the_batch_goes_on(cli, db_path, tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(GOOD.replace("Inflation", "Unemployment"), encoding="utf-8")
    real_extract = onrecord.db.ingest.extract

    def extract(text, **kwargs):
        if "Unemployment" in text:
            raise IndexError("list index out of range\nsecond line")
        return real_extract(text, **kwargs)

    monkeypatch.setattr(onrecord.db.ingest, "extract", extract)
    result = cli("--db", db_path, "ingest", tmp_path / "in")
    first, failed, _ = summary_lines(result)
    assert first.startswith("1 document read, 0 unchanged, 1 failed")
    assert failed == [f"failed: {tmp_path / 'in' / 'b.txt'}: could not extract statements "
                      "(IndexError: list index out of range second line); please report this"]


@pytest.mark.property
@examples(30)
@given(st.binary(max_size=3000) | st.text(max_size=1500).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes_in_a_file_are_a_document_or_a_one_line_reason(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("any")
    for name in ("report.txt", "report.jsonl", "report.html"):
        path = folder / name
        path.write_bytes(data)
        problems: list[str] = []
        try:
            documents = read_path(path, problems=problems, notes=[])
        except DocumentError as error:
            assert "\n" not in str(error)
            continue
        assert all("\n" not in line for line in problems)
        for document in documents:
            assert document.text.strip()
            assert "\x1b" not in document.text and "\x00" not in document.text
