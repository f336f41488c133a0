"""A user exports a brief where it cannot go: a folder they may not write, over a file they
already have, onto a disk that fills up half-way. They are told in one line, nothing
partial is left behind, an existing brief is kept, and their marks stay set."""

from __future__ import annotations

import resource
import signal
from contextlib import contextmanager
from pathlib import Path

from onrecord.db.export import ExportError, write_export
from onrecord.db.ingest import ingest_paths
from onrecord.db.store import Store
from tests.robustness.conftest import as_unprivileged_user, write_corpus
from tests.tui.conftest import settle


@contextmanager
def disk_fills_after(size: int):
    """Writing past `size` bytes of any file fails as a full disk would, half-way through.

    RLIMIT_FSIZE makes the kernel refuse the write (EFBIG) instead of sending SIGXFSZ,
    which is ignored meanwhile.
    """
    old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, old_limit[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
        signal.signal(signal.SIGXFSZ, old_handler)


def leftovers(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(f".{name}."))


def test_a_write_that_fails_half_way_leaves_the_previous_brief_and_no_partial_file(tmp_path):
    brief = tmp_path / "brief.md"
    brief.write_text("the brief I sent yesterday\n", encoding="utf-8")
    content = "> a long quote\n" * 10_000  # 150 kB: the disk fills at 64 kB
    try:
        with disk_fills_after(64 * 1024):
            write_export(brief, content)
    except ExportError as error:
        message = str(error)
    assert message == f"cannot write {brief}: File too large"
    assert brief.read_text(encoding="utf-8") == "the brief I sent yesterday\n"
    assert leftovers(tmp_path, "brief.md") == []


def test_onrecord_export_onto_a_full_disk_is_one_line_and_leaves_nothing(cli, tmp_path, one_line_error):
    database = tmp_path / "onrecord.db"
    assert cli("--db", database, "ingest", write_corpus(tmp_path / "reports", 150)).exit_code == 0
    output = tmp_path / "out" / "brief.md"
    output.parent.mkdir()
    # SQLite writes only its 32 kB -shm index beside the database, which fits: the export fails.
    with disk_fills_after(48 * 1024):
        result = cli("--db", database, "export", "--query", "report OR autumn", "-o", output)
    line = one_line_error(result)
    assert line == f"Error: cannot write {output}: File too large"
    assert list(output.parent.iterdir()) == []


def locked_folder_and_database(seeded_db, shared_tmp):
    """A folder nobody but root may write into, and a copy of the database anyone may use."""
    folder = shared_tmp / "locked"
    folder.mkdir(mode=0o555)
    database = shared_tmp / "onrecord.db"
    database.write_bytes(seeded_db.read_bytes())
    database.chmod(0o666)
    return folder, database


def test_onrecord_export_into_a_folder_it_may_not_write_is_one_line(cli, seeded_db, shared_tmp, one_line_error):
    folder, database = locked_folder_and_database(seeded_db, shared_tmp)
    with as_unprivileged_user():
        line = one_line_error(cli("--db", database, "export", "--query", "gallium", "-o", folder / "brief.md"))
    assert line == f"Error: cannot write to {folder}: Permission denied"
    assert list(folder.iterdir()) == []


def test_onrecord_export_keeps_an_existing_file_unless_forced(cli, seeded_db, tmp_path, one_line_error):
    brief = tmp_path / "brief.md"
    brief.write_text("mine\n", encoding="utf-8")
    line = one_line_error(cli("--db", seeded_db, "export", "--query", "gallium", "-o", brief))
    assert line == f"Error: {brief} already exists (use --force to overwrite)"
    assert brief.read_text(encoding="utf-8") == "mine\n"
    assert cli("--db", seeded_db, "export", "--query", "gallium", "-o", brief, "--force").exit_code == 0
    assert "gallium" in brief.read_text(encoding="utf-8")


async def export_from_dialog(app, pilot, path: Path) -> str:
    """Type `path` in the open export dialog, press Export, return what the dialog says."""
    dialog = app.screen
    dialog.query_one("#export-path").value = str(path)
    dialog.query_one("#export-path").focus()
    await pilot.press("enter")
    await pilot.pause()
    return str(dialog.query_one("#export-error").render()) if app.screen is dialog else ""


async def test_the_app_asks_before_overwriting_a_file_and_overwrites_only_when_asked_again(
        seeded_db, make_app, tmp_path):
    brief = tmp_path / "brief.md"
    brief.write_text("mine\n", encoding="utf-8")
    app = make_app(Store.open(seeded_db))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("space", "e")
        await pilot.pause()
        said = await export_from_dialog(app, pilot, brief)
        assert said == f"{brief} exists. Press Export again to overwrite it."
        assert brief.read_text(encoding="utf-8") == "mine\n"
        assert await export_from_dialog(app, pilot, brief) == ""  # asked twice: overwritten
        assert app.screen.query("#statements")
    assert "statement #" in brief.read_text(encoding="utf-8")


async def test_the_app_on_a_full_disk_keeps_the_marks_the_old_brief_and_leaves_nothing(tmp_path, make_app):
    store = Store.open(tmp_path / "onrecord.db")
    ingest_paths(store, [write_corpus(tmp_path / "reports", 150)])
    brief = tmp_path / "brief.md"
    brief.write_text("the brief I sent yesterday\n", encoding="utf-8")
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("a", "e")  # mark all 300, export
        await pilot.pause()
        app._overwrite_confirmed = brief  # the user has already said yes to overwriting
        with disk_fills_after(32 * 1024):
            said = await export_from_dialog(app, pilot, brief)
        assert said == f"cannot write {brief}: File too large"
        assert len(app.marked) == 300
        assert "300 marked" in str(app.query_one("#status").render())
    store.close()
    assert brief.read_text(encoding="utf-8") == "the brief I sent yesterday\n"
    assert leftovers(tmp_path, "brief.md") == []


async def test_the_app_exporting_into_a_folder_it_may_not_write_keeps_the_marks(seeded_db, shared_tmp, make_app):
    folder, database = locked_folder_and_database(seeded_db, shared_tmp)
    with as_unprivileged_user():
        store = Store.open(database)
        app = make_app(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(app, pilot)
            await pilot.press("space", "j", "space", "e")
            await pilot.pause()
            said = await export_from_dialog(app, pilot, folder / "brief.md")
            assert said == f"cannot write to {folder}: Permission denied"
            assert len(app.marked) == 2
        store.close()
    assert list(folder.iterdir()) == []
