"""Shared fixtures: the bundled seed report, a real database built from it, and the CLI.

Every database here is a real SQLite file in the test's tmp_path, with the real FTS5
index; the CLI runs through click's CliRunner exactly as `onrecord` would.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from onrecord.db.ingest import ingest_paths
from onrecord.db.store import Store
from onrecord.tui.cli import main

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED = SEEDS / "000_81f8cacbb450965c.txt"
TABLES = ["documents", "meetings", "speakers", "participants", "topics", "statements",
          "meeting_topics", "statement_topics"]


@pytest.fixture
def seed_file() -> Path:
    """The bundled seed report."""
    return SEED


@pytest.fixture
def seeds_folder() -> Path:
    return SEEDS


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def cli() -> Callable[..., Result]:
    """Run `onrecord ARGS...` in-process; stdout and stderr are kept apart."""
    runner = CliRunner()

    def run(*args: str | Path) -> Result:
        # The user's own database and topic list must never leak into a test.
        return runner.invoke(main, [str(a) for a in args],
                             env={"ONRECORD_DB": None, "ONRECORD_TOPICS": None})

    return run


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "onrecord.db"


@pytest.fixture
def seeded_db(db_path: Path) -> Path:
    """A database file holding the bundled seed report, closed and ready for any client."""
    store = Store.open(db_path)
    summary = ingest_paths(store, [SEEDS])
    store.close()
    assert len(summary.added) == 1 and not summary.failed
    return db_path


@pytest.fixture
def write_seed(tmp_path: Path) -> Callable[..., Path]:
    """Write a report in the seed format: ' date YYYY-MM-DD <caption> (<credit>)', paragraphs."""

    def write(name: str, date: str, caption: str, *paragraphs: str,
              folder: str = "reports") -> Path:
        path = tmp_path / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f" date {date} {caption}\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
        return path

    return write


def undo_schema_5(conn: sqlite3.Connection) -> None:
    """Make a new file look as a schema 4 file did (to test the upgrade from it)."""
    for statement in ("DROP TABLE meeting_sources", "DROP INDEX idx_meetings_series", "DROP TABLE edits",
                      "DROP INDEX idx_speakers_country", "DROP INDEX idx_participants_speaker",
                      "DROP TABLE collection_items", "DROP TABLE collections", "DROP TABLE saved_searches",
                      "ALTER TABLE statements DROP COLUMN edited", "ALTER TABLE meetings DROP COLUMN edited"):
        conn.execute(statement)


def _table_counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return {t: connection.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in TABLES}
    finally:
        connection.close()


@pytest.fixture
def table_counts() -> Callable[[Path], dict[str, int]]:
    """Rows per table, read with plain sqlite3 as any other client would."""
    return _table_counts


def _one_line_error(result: Result) -> str:
    assert result.exit_code != 0, result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {lines!r}"
    return lines[0]


@pytest.fixture
def one_line_error() -> Callable[[Result], str]:
    """Check a command failed as a user expects (non-zero, one line on stderr, no traceback)
    and return that line."""
    return _one_line_error
