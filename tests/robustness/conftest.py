"""Helpers for the robustness stories: a corpus of generated reports, the integrity checks a
database must pass after anything happens to it, the `onrecord` command as a separate
process, and file permissions that hold even for root.

Hypothesis runs each property a few dozen times by default; ONRECORD_THOROUGH=1 runs
2,000 examples of each (see the README).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

REPO = Path(__file__).resolve().parents[2]

# Property tests: a quick run by default, 2,000 examples each with ONRECORD_THOROUGH=1.
THOROUGH = bool(os.environ.get("ONRECORD_THOROUGH"))
THOROUGH_EXAMPLES = 2000
settings.register_profile("onrecord", deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile("onrecord")


def examples(quick: int) -> settings:
    """Hypothesis settings: `quick` examples by default, 2,000 in a thorough run."""
    return settings(max_examples=THOROUGH_EXAMPLES if THOROUGH else quick)

PEOPLE = [("Finance Minister", "Choi Sang-mok", "Choi"), ("Trade Minister", "Park Ji-hoon", "Park"),
          ("Industry Minister", "Kim Min-jae", "Kim"), ("Culture Minister", "Hwang Bo-ra", "Hwang"),
          ("Foreign Minister", "Lee Ju-ho", "Lee")]
SUBJECTS = ["supply chains of gallium and graphite", "tourism between the two countries",
            "semiconductor export controls", "climate change and net-zero goals",
            "investment in batteries", "tariffs on steel exports"]
ORDINALS = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th"]


def write_corpus(folder: Path, count: int) -> Path:
    """`count` distinct seed-format reports, each with a meeting, a quote and reported speech."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        title, name, surname = PEOPLE[number % len(PEOPLE)]
        subject = SUBJECTS[number % len(SUBJECTS)]
        ordinal = ORDINALS[number % len(ORDINALS)]
        month, day = 1 + number // 28 % 12, 1 + number % 28
        (folder / f"report_{number:04d}.txt").write_text(
            f" date 2024-{month:02d}-{day:02d} Delegates at the talks. (Pool)\n\n"
            f"South Korea and Japan held the {ordinal} Korea-Japan Economic Dialogue in Seoul on "
            f"Monday, with {title} {name} leading the Korean side.\n\n"
            f'"We agreed to work together on {subject}, and report number {number} records it," '
            f"{surname} said.\n\n"
            f"{title} {name} said the two sides would meet again in the autumn to review "
            f"progress on {subject}.\n",
            encoding="utf-8")
    return folder


def onrecord(*args: str | Path, timeout: float = 120, **popen) -> subprocess.CompletedProcess:
    """Run `onrecord ARGS...` as its own process, as a user in a terminal would."""
    return subprocess.run(onrecord_command(*args), capture_output=True, text=True,
                          timeout=timeout, env=clean_env(), cwd=REPO, **popen)


def onrecord_command(*args: str | Path) -> list[str]:
    return [sys.executable, "-c", "from onrecord.tui.cli import main; main()", *map(str, args)]


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("ONRECORD_DB", "ONRECORD_TOPICS")}
    env["PYTHONPATH"] = str(REPO)
    env["COLUMNS"] = "200"
    return env


def integrity_problems(path: Path) -> list[str]:
    """What is wrong with the database at `path` (nothing, for a healthy one).

    SQLite's own check; every reference resolving; the full-text index in step with the
    statements it indexes; and a full-text search finding exactly what a plain scan finds.
    """
    problems = []
    connection = sqlite3.connect(path)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            problems.append(f"integrity_check: {result}")
        if connection.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("foreign_key_check found dangling references")
        orphans = connection.execute(
            "SELECT count(*) FROM statements WHERE document_id NOT IN (SELECT id FROM documents)").fetchone()[0]
        if orphans:
            problems.append(f"{orphans} statements without their document")
        try:
            connection.execute("INSERT INTO statements_fts(statements_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as error:
            problems.append(f"FTS integrity-check: {error}")
        fts_rows = connection.execute("SELECT count(*) FROM statements_fts").fetchone()[0]
        rows = connection.execute("SELECT count(*) FROM statements").fetchone()[0]
        if fts_rows != rows:
            problems.append(f"statements_fts has {fts_rows} rows for {rows} statements")
        for word in ("gallium", "tourism", "semiconductor", "autumn"):
            by_fts = {r[0] for r in connection.execute(
                "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?", [word])}
            by_scan = {r[0] for r in connection.execute(
                "SELECT id FROM statements WHERE text LIKE ?", [f"%{word}%"])}
            if by_fts != by_scan:
                problems.append(f"searching {word!r} finds {len(by_fts)} statements, a scan {len(by_scan)}")
    finally:
        connection.close()
    return problems


def statements_per_document(path: Path) -> dict[str, int]:
    """How many statements each stored document has, by its content hash."""
    connection = sqlite3.connect(path)
    try:
        return dict(connection.execute(
            "SELECT d.content_hash, count(s.id) FROM documents d"
            " LEFT JOIN statements s ON s.document_id = d.id GROUP BY d.id").fetchall())
    finally:
        connection.close()


# -- permissions that hold for root too ---------------------------------------------------

NOBODY = 65534


@contextmanager
def as_unprivileged_user() -> Iterator[None]:
    """Run the block as a user file permissions apply to.

    Root reads and writes whatever the mode bits say, so a "read-only" file would not be
    read-only in a test run as root (as CI may be); for the block, root takes the
    effective identity of `nobody`. For any other user this does nothing.
    """
    if os.geteuid() != 0:
        yield
        return
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A temporary folder the unprivileged user can reach (pytest's tmp_path is private)."""
    folder = Path(tempfile.mkdtemp(prefix="onrecord-robustness-"))
    folder.chmod(0o777)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        try:
            if not path.is_symlink():
                path.chmod(0o777)
        except OSError:
            pass
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus", 40)


@pytest.fixture
def make_app(tmp_path: Path):
    """The app on a store, exporting into the test's folder."""
    from onrecord.tui.app import OnRecordApp

    def make(store) -> OnRecordApp:
        return OnRecordApp(store, export_path=lambda: tmp_path / "onrecord-export.md")
    return make
