"""A user opens OnRecord on a database file that is not what it should be: damaged, not
SQLite at all, from a newer or an older OnRecord, or one they may not write. Each is a
clear one-line message, never a traceback, and the file is never made worse."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest

import onrecord.db.schema
import onrecord.tui.app
from onrecord.db.schema import SCHEMA_VERSION
from onrecord.db.store import StatementFilter, Store, StoreError
from tests.robustness.conftest import as_unprivileged_user, write_corpus
from tests.tui.conftest import settle
from tests.tui.test_app import screen_text

V1_DATABASE = Path(__file__).parent / "data" / "onrecord-schema-v1.sqlite"
READ_COMMANDS = [("stats",), ("search", "gallium"), ("export", "--query", "gallium", "-o", "{out}")]


@pytest.fixture(autouse=True)
def the_app_must_not_start(monkeypatch):
    """`onrecord` with no command opens the terminal app; here it must fail before that."""
    def run(self, *args, **kwargs):
        raise AssertionError("the terminal app started on a database it cannot use")
    monkeypatch.setattr(onrecord.tui.app.OnRecordApp, "run", run)


def run_every_command(cli, database: Path, tmp_path: Path, seed_file: Path) -> dict[str, object]:
    """Each command a user might try on the file: the TUI, the reading ones, and ingest."""
    out = tmp_path / "brief.md"
    results = {"tui": cli("--db", database), "ingest": cli("--db", database, "ingest", seed_file)}
    for command in READ_COMMANDS:
        results[command[0]] = cli("--db", database, *[a.format(out=out) for a in command])
    return results


# -- damaged and foreign files -------------------------------------------------------------


def damaged(seeded_db: Path, how: str) -> Path:
    data = bytearray(seeded_db.read_bytes())
    if how == "truncated":  # a copy interrupted half-way
        data = data[: len(data) // 3]
    elif how == "overwritten":  # everything after the first page is noise
        noise = random.Random(3)
        data[4096:] = bytes(noise.randrange(256) for _ in range(len(data) - 4096))
    elif how == "header":
        data[:16] = b"not a database!!"
    seeded_db.write_bytes(bytes(data))
    return seeded_db


@pytest.mark.parametrize("how", ["truncated", "overwritten", "header"])
def test_a_damaged_database_is_one_line_for_every_command_and_is_left_as_it_was(
        cli, seeded_db, tmp_path, seed_file, one_line_error, how):
    database = damaged(seeded_db, how)
    before = database.read_bytes()
    for command, result in run_every_command(cli, database, tmp_path, seed_file).items():
        line = one_line_error(result)
        assert str(database) in line, command
        assert "damaged" in line or "not an OnRecord database" in line, (command, line)
    assert database.read_bytes() == before
    assert not (tmp_path / "brief.md").exists()


def test_a_file_that_is_not_sqlite_is_one_line_for_every_command(cli, tmp_path, seed_file, one_line_error):
    notes = tmp_path / "notes.db"
    notes.write_text("My notes on the trade talks.\n" * 200, encoding="utf-8")
    for command, result in run_every_command(cli, notes, tmp_path, seed_file).items():
        assert "not an OnRecord database" in one_line_error(result), command
    assert notes.read_text(encoding="utf-8") == "My notes on the trade talks.\n" * 200


def test_another_applications_sqlite_file_is_refused_untouched(cli, tmp_path, seed_file, one_line_error):
    other = tmp_path / "crm.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    before = other.read_bytes()
    for command, result in run_every_command(cli, other, tmp_path, seed_file).items():
        assert "not made by OnRecord" in one_line_error(result), command
    assert other.read_bytes() == before


def test_a_damaged_page_found_while_searching_is_one_line_not_a_traceback(cli, tmp_path, one_line_error):
    database = tmp_path / "big.db"
    corpus = write_corpus(tmp_path / "reports", 200)
    assert cli("--db", database, "ingest", corpus).exit_code == 0
    # Zero a run of pages inside the file: it still opens, and a search trips over them.
    data = bytearray(database.read_bytes())
    pages = len(data) // 4096
    data[pages // 8 * 4096:pages * 7 // 8 * 4096] = bytes((pages * 7 // 8 - pages // 8) * 4096)
    database.write_bytes(bytes(data))
    failures = [cli("--db", database, "search", word) for word in ("gallium", "tourism", "autumn", "report")]
    failures = [result for result in failures if result.exit_code]
    assert failures, "no search reached the damaged page"
    for result in failures:
        assert "the database file is damaged" in one_line_error(result)


async def test_the_app_on_a_database_damaged_under_it_says_so_and_keeps_running(
        seeded_db, make_app, monkeypatch):
    """A page found damaged after the app has started (a failing disk): every way the app
    reads the store says so in a notification, and the app keeps what it shows."""
    store = Store.open(seeded_db)
    app = make_app(store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app, pilot)
        shown = app.statement_list.total

        def fails(*args, **kwargs):
            raise StoreError(f"{seeded_db}: the database file is damaged (database disk image is malformed)")

        for method in ("statements", "count_statements", "meetings", "topics", "document",
                       "statement_topics", "meeting", "stats"):
            monkeypatch.setattr(Store, method, fails)
        app.search_input.value = "tourism"
        await settle(app, pilot)
        app.statement_list.focus()
        await pilot.press("r", "j", "o", "a")
        await settle(app, pilot)
        app.query_one("#meetings").focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.is_running
        assert app.statement_list.total == shown
        assert "the database file is damaged" in screen_text(app)
        assert app.return_code is None
    store.close()


async def test_the_app_started_on_a_database_that_fails_at_once_ends_with_the_one_line_reason(
        tmp_path, make_app, monkeypatch):
    store = Store.memory()

    def fails(*args, **kwargs):
        raise StoreError("onrecord.db: the database file is damaged (database disk image is malformed)")

    monkeypatch.setattr(Store, "meetings", fails)
    monkeypatch.setattr(Store, "statements", fails)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
    assert app.return_code == 1
    assert str(app.return_value).startswith("onrecord.db: the database file is damaged")


def test_onrecord_prints_the_apps_one_line_reason_when_the_app_cannot_start(
        cli, seeded_db, monkeypatch, one_line_error):
    def fails(*args, **kwargs):
        raise StoreError(f"{seeded_db}: the database file is damaged (database disk image is malformed)")

    monkeypatch.setattr(Store, "meetings", fails)
    monkeypatch.setattr(Store, "statements", fails)
    headless = onrecord.tui.app.App.run  # the real run, without a terminal
    monkeypatch.setattr(onrecord.tui.app.OnRecordApp, "run", lambda self: headless(self, headless=True))
    line = one_line_error(cli("--db", seeded_db))
    assert line == f"Error: {seeded_db}: the database file is damaged (database disk image is malformed)"


# -- schema versions -----------------------------------------------------------------------


def test_a_database_from_a_newer_onrecord_is_one_line_for_every_command(
        cli, seeded_db, tmp_path, seed_file, one_line_error):
    with sqlite3.connect(seeded_db) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    for command, result in run_every_command(cli, seeded_db, tmp_path, seed_file).items():
        line = one_line_error(result)
        assert "made by a newer OnRecord" in line and "upgrade OnRecord" in line, command


def old_database(tmp_path: Path) -> Path:
    """A database file as OnRecord with schema 1 wrote it (kept in tests/robustness/data)."""
    copy = tmp_path / "onrecord.db"
    shutil.copy(V1_DATABASE, copy)
    return copy


def columns(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as connection:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'statements_fts%'")]
        return {t: [(c[1], c[2], c[3], c[5]) for c in connection.execute(f"PRAGMA table_info([{t}])")]
                for t in tables}


def indexes(path: Path) -> set[tuple]:
    with sqlite3.connect(path) as connection:
        return set(connection.execute(
            "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('index', 'trigger')"))


def test_an_older_database_is_upgraded_after_a_backup_copy_and_works_as_a_new_one(cli, tmp_path, seed_file):
    database = old_database(tmp_path)
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
        old_statements = connection.execute("SELECT id, text FROM statements ORDER BY id").fetchall()

    result = cli("--db", database, "search", "gallium")

    assert result.exit_code == 0, result.output
    backup = tmp_path / "onrecord.schema-v1.backup.db"
    assert result.stderr.strip() == (f"Upgraded {database} from schema 1 to {SCHEMA_VERSION}; "
                                     f"the file as it was is kept as {backup}")
    assert "gallium" in result.stdout
    with sqlite3.connect(backup) as connection:  # the copy is the file as it was
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
        assert connection.execute("SELECT id, text FROM statements ORDER BY id").fetchall() == old_statements
        assert "encoding" not in [c[1] for c in connection.execute("PRAGMA table_info(documents)")]
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert connection.execute("SELECT id, text FROM statements ORDER BY id").fetchall() == old_statements
        assert connection.execute("SELECT DISTINCT encoding FROM documents").fetchall() == [("utf-8",)]
    store = Store.open(database)  # newest first reads the date-ordered index the upgrade built
    newest = [r.id for r in store.statements(StatementFilter(query="ministry"), order="newest", limit=100)]
    assert newest and newest == [row[0] for row in store.conn.execute(
        "SELECT s.id FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid"
        " WHERE statements_fts MATCH 'ministry' ORDER BY s.date DESC, s.document_id DESC, s.span_start")]
    store.close()
    fresh = tmp_path / "fresh.db"
    Store.open(fresh).close()
    assert columns(database) == columns(fresh)
    assert indexes(database) == indexes(fresh)
    # Upgraded once: the next run says nothing, and the file takes new reports.
    again = cli("--db", database, "ingest", write_corpus(tmp_path / "new", 3))
    assert again.exit_code == 0 and again.stderr.strip() == "", again.output
    assert "3 documents read" in again.stdout


def test_a_second_upgrade_keeps_the_first_backup(tmp_path):
    database = old_database(tmp_path)
    (tmp_path / "onrecord.schema-v1.backup.db").write_text("an earlier backup")
    store = Store.open(database)
    assert store.notice.endswith("kept as " + str(tmp_path / "onrecord.schema-v1.backup-2.db"))
    assert (tmp_path / "onrecord.schema-v1.backup.db").read_text() == "an earlier backup"


def test_an_upgrade_that_fails_half_way_leaves_the_old_file_whole_and_a_backup(tmp_path, monkeypatch, cli, one_line_error):
    database = old_database(tmp_path)

    def disk_full(db):
        db.execute("ALTER TABLE documents ADD COLUMN encoding TEXT")  # one change made...
        raise sqlite3.OperationalError("database or disk is full")  # ...then the disk is full

    monkeypatch.setitem(onrecord.db.schema.MIGRATIONS, 2, disk_full)
    line = one_line_error(cli("--db", database, "stats"))
    assert "cannot write: the disk is full" in line
    monkeypatch.undo()
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
        assert "encoding" not in [c[1] for c in connection.execute("PRAGMA table_info(documents)")]
    assert (tmp_path / "onrecord.schema-v1.backup.db").exists()
    assert cli("--db", database, "stats").exit_code == 0  # and the next try upgrades it


# -- files the user cannot write -------------------------------------------------------------


def make_read_only(shared_tmp: Path, seeded_db: Path, what: str) -> Path:
    folder = shared_tmp / "db"
    folder.mkdir()
    database = folder / "onrecord.db"
    shutil.copy(seeded_db, database)
    if what == "file":
        database.chmod(0o444)
        folder.chmod(0o777)
    else:
        database.chmod(0o666)
        folder.chmod(0o555)
    return database


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_can_be_browsed_searched_and_exported_but_not_ingested_into(
        cli, seeded_db, shared_tmp, seed_file, one_line_error, what):
    database = make_read_only(shared_tmp, seeded_db, what)
    before = database.read_bytes()
    out = shared_tmp / "brief.md"
    with as_unprivileged_user():
        stats = cli("--db", database, "stats")
        search = cli("--db", database, "search", "gallium")
        export = cli("--db", database, "export", "--query", "gallium", "-o", out)
        ingest = cli("--db", database, "ingest", write_corpus(shared_tmp / "new", 2))
    assert stats.exit_code == 0 and "│ statements   │ 6" in stats.stdout, stats.output
    assert search.exit_code == 0 and "gallium" in search.stdout
    assert export.exit_code == 0 and "statement #" in out.read_text(encoding="utf-8")
    line = one_line_error(ingest)
    reason = "the database file is read-only" if what == "file" else "is read-only (SQLite keeps its journal beside the file)"
    assert reason in line and "browsing, search and export still work" in line
    assert database.read_bytes() == before
    # Nothing was left beside it: no read-only -wal/-shm files that would keep the file
    # read-only for its owner once they make it writable again.
    assert sorted(p.name for p in database.parent.iterdir()) == ["onrecord.db"]


def test_a_read_only_database_made_writable_again_takes_new_reports(cli, seeded_db, shared_tmp):
    database = make_read_only(shared_tmp, seeded_db, "file")
    with as_unprivileged_user():
        assert cli("--db", database, "search", "gallium").exit_code == 0
    database.chmod(0o666)
    with as_unprivileged_user():
        result = cli("--db", database, "ingest", write_corpus(shared_tmp / "new", 2))
    assert result.exit_code == 0, result.output


def test_an_older_read_only_database_is_read_as_it_is(cli, shared_tmp):
    folder = shared_tmp / "db"
    folder.mkdir()
    database = folder / "onrecord.db"
    shutil.copy(V1_DATABASE, database)
    database.chmod(0o444)
    with as_unprivileged_user():
        result = cli("--db", database, "search", "gallium")
    assert result.exit_code == 0, result.output
    assert "read-only, so it is not upgraded" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["onrecord.db"]  # no backup, no change


def test_a_new_database_in_a_read_only_folder_is_one_line(cli, shared_tmp, one_line_error):
    folder = shared_tmp / "locked"
    folder.mkdir(mode=0o555)
    with as_unprivileged_user():
        line = one_line_error(cli("--db", folder / "onrecord.db", "ingest", folder))
    assert "cannot create the database" in line and "read-only" in line


async def test_the_app_on_a_read_only_database_browses_searches_and_exports(
        seeded_db, shared_tmp, make_app):
    database = make_read_only(shared_tmp, seeded_db, "folder")
    with as_unprivileged_user():
        store = Store.open(database)
        app = onrecord.tui.app.OnRecordApp(store, export_path=lambda: shared_tmp / "brief.md")
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(app, pilot)
            assert app.statement_list.total == 6
            assert "read-only" in str(app.query_one("#status").render())
            app.search_input.value = "gallium"
            await settle(app, pilot)
            assert app.statement_list.total == 1
            app.statement_list.focus()
            await pilot.press("space", "e")
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
        store.close()
    assert "gallium" in (shared_tmp / "brief.md").read_text(encoding="utf-8")
    assert store.read_only.startswith("its folder")  # opened read-only, not refused


def test_upgrading_a_big_file_says_so_before_it_starts(cli, tmp_path, monkeypatch):
    import onrecord.tui.cli
    database = old_database(tmp_path)
    monkeypatch.setattr(onrecord.tui.cli, "BIG_FILE_BYTES", 0)  # as if the file held millions of statements
    result = cli("--db", database, "stats")
    assert result.exit_code == 0, result.output
    announced, done = result.stderr.strip().splitlines()
    assert announced.startswith(f"Upgrading {database} from an older OnRecord (schema 1)")
    assert done.startswith(f"Upgraded {database} from schema 1")
