"""A user has OnRecord open in one terminal and runs `onrecord ingest` in another, or starts
two ingests at once: everyone keeps working, nothing is stored twice, nothing is corrupted."""

from __future__ import annotations

import re
import subprocess
import sys
import time

import onrecord.db.connection
from onrecord.db.ingest import ingest_paths
from onrecord.db.store import Store
from tests.conftest import _table_counts
from tests.robustness.conftest import (
    REPO,
    clean_env,
    integrity_problems,
    onrecord_command,
    write_corpus,
)
from tests.tui.conftest import settle

HOLD_THE_WRITE_LOCK = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")  # what any program writing to the file does
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("COMMIT")
"""


def hold_write_lock(database, seconds: float) -> subprocess.Popen:
    """Another program holding the database's write lock for `seconds`."""
    process = subprocess.Popen([sys.executable, "-c", HOLD_THE_WRITE_LOCK, str(database), str(seconds)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "locked"
    return process


def test_two_ingests_of_the_same_folder_at_once_both_finish_and_store_each_report_once(tmp_path):
    corpus = write_corpus(tmp_path / "reports", 150)
    reference = tmp_path / "reference.db"
    store = Store.open(reference)
    ingest_paths(store, [corpus])
    store.close()
    database = tmp_path / "shared.db"  # not created yet: both start by creating it

    processes = [subprocess.Popen(onrecord_command("--db", database, "ingest", corpus), cwd=REPO,
                                  env=clean_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(2)]
    results = [process.communicate(timeout=120) + (process.returncode,) for process in processes]

    for _, stderr, code in results:
        assert code == 0, stderr
        assert "Traceback" not in stderr
    read = [int(re.match(r"(\d+) documents? read", stdout).group(1)) for stdout, _, _ in results]
    assert sum(read) == 150  # between them, each report once
    assert integrity_problems(database) == []
    assert _table_counts(database)["documents"] == 150
    assert _table_counts(database)["statements"] == _table_counts(reference)["statements"]


def test_two_ingests_of_different_folders_at_once_both_finish(tmp_path):
    first = write_corpus(tmp_path / "first", 80)
    second = tmp_path / "second"
    second.mkdir()
    for report in sorted(first.iterdir()):  # the same kind of reports, other words
        (second / report.name).write_text(report.read_text().replace("report number", "dispatch number"))
    database = tmp_path / "shared.db"
    Store.open(database).close()

    processes = [subprocess.Popen(onrecord_command("--db", database, "ingest", folder), cwd=REPO,
                                  env=clean_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for folder in (first, second)]
    for process in processes:
        _, stderr = process.communicate(timeout=120)
        assert process.returncode == 0, stderr
    assert integrity_problems(database) == []
    assert _table_counts(database)["documents"] == 160
    assert _table_counts(database)["statements"] == 320


def test_an_ingest_waits_for_another_program_writing_and_then_finishes(cli, seeded_db, tmp_path):
    holder = hold_write_lock(seeded_db, seconds=1.0)
    started = time.monotonic()
    result = cli("--db", seeded_db, "ingest", write_corpus(tmp_path / "new", 5))
    waited = time.monotonic() - started
    holder.wait(timeout=10)
    assert result.exit_code == 0, result.output
    assert "5 documents read" in result.stdout
    assert waited >= 0.8  # it waited its turn rather than failing


def test_an_ingest_that_waits_too_long_says_why_in_one_line_and_can_be_run_again(
        cli, seeded_db, tmp_path, monkeypatch, one_line_error):
    monkeypatch.setattr(onrecord.db.connection, "BUSY_TIMEOUT_SECONDS", 0.3)
    corpus = write_corpus(tmp_path / "new", 5)
    holder = hold_write_lock(seeded_db, seconds=3)
    try:
        line = one_line_error(cli("--db", seeded_db, "ingest", corpus))
    finally:
        holder.kill()
        holder.wait()
    assert line == (f"Error: {seeded_db}: the database is busy: another program has been writing to it "
                    "for 0.3 s; try again when it has finished")
    assert integrity_problems(seeded_db) == []
    monkeypatch.undo()
    again = cli("--db", seeded_db, "ingest", corpus)
    assert again.exit_code == 0 and "5 documents read" in again.stdout


MORE = 2000


async def test_the_app_keeps_working_while_an_ingest_writes_and_shows_the_new_reports_on_refresh(
        tmp_path, make_app):
    database = tmp_path / "onrecord.db"
    store = Store.open(database)
    ingest_paths(store, [write_corpus(tmp_path / "first", 10)])
    corpus = tmp_path / "more"
    # Enough reports that the ingest (batched, ~1,000 a second) outlasts a few searches.
    for report in sorted(write_corpus(tmp_path / "template", MORE).iterdir()):
        (corpus / report.name).parent.mkdir(exist_ok=True)
        (corpus / report.name).write_text(report.read_text().replace("report number", "new report"))
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.statement_list.total == 20
        ingest = subprocess.Popen(onrecord_command("--db", database, "ingest", corpus), cwd=REPO,
                                  env=clean_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        browsed = 0
        while ingest.poll() is None:  # the user goes on browsing and searching meanwhile
            app.search_input.value = ["gallium", "tourism", "", "autumn"][browsed % 4]
            await settle(app, pilot)
            app.statement_list.focus()
            await pilot.press("j", "j", "k")
            browsed += 1
        assert ingest.returncode == 0, ingest.stderr.read()
        assert browsed >= 2, "the ingest ended before the user could do anything"
        assert app.is_running and app.search_error is None
        app.search_input.value = ""
        await settle(app, pilot)
        app.statement_list.focus()
        await pilot.press("r")
        await settle(app, pilot)
        assert app.statement_list.total == 20 + 2 * MORE
        stored = len(store.meetings())
        assert stored > 10
        # The pane lists every meeting, the ones the other process added too.
        assert app.query_one("#meetings").total == stored
        app.search_input.value = '"new report"'
        await settle(app, pilot)
        assert app.statement_list.total == MORE
    store.close()
    assert integrity_problems(database) == []
