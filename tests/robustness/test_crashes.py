"""A user kills OnRecord in the middle of a large ingest (kill -9, a closed laptop, an
out-of-memory killer): the database is never left half-written, and running the same
ingest again finishes the job."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from onrecord.db.ingest import ingest_paths
from onrecord.db.store import Store
from tests.bench.killed_ingest import alive, descendants
from tests.conftest import TABLES, _table_counts
from tests.robustness.conftest import (
    REPO,
    clean_env,
    integrity_problems,
    onrecord,
    onrecord_command,
    statements_per_document,
    write_corpus,
)

REPORTS = 300


def documents_stored(path: Path) -> int:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.1)
        try:
            return connection.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return 0  # not created yet, or its tables not yet committed


def kill_ingest(database: Path, corpus: Path, after_documents: int | None, delay: float) -> int:
    """Start `onrecord ingest`, SIGKILL it once `after_documents` are stored (or after
    `delay` seconds when None), and return how many documents were stored by then."""
    process = subprocess.Popen(onrecord_command("--db", database, "ingest", corpus), cwd=REPO,
                               env=clean_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        if after_documents is None:
            time.sleep(delay)
        else:
            while documents_stored(database) < after_documents and process.poll() is None:
                assert time.monotonic() < deadline, "the ingest made no progress"
                time.sleep(0.002)
            time.sleep(delay)  # into the next document's transaction, or between two
        assert process.poll() is None, "the ingest finished before it could be killed"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    return documents_stored(database)


def test_killing_an_ingest_at_random_moments_leaves_a_whole_database_and_rerunning_finishes_it(tmp_path):
    corpus = write_corpus(tmp_path / "reports", REPORTS)
    reference = tmp_path / "reference.db"
    store = Store.open(reference)
    assert len(ingest_paths(store, [corpus]).added) == REPORTS
    store.close()
    expected_counts = _table_counts(reference)
    expected_statements = statements_per_document(reference)

    database = tmp_path / "killed.db"
    chance = random.Random(6)
    # Once while it is starting up (creating the tables), then four times mid-ingest, each
    # run getting a little further than the last: ingest commits every 50 documents, so
    # each kill waits for some progress and then lands at a random moment.
    stored: list[int] = []
    for round_number in range(5):
        if round_number == 0:
            stored.append(kill_ingest(database, corpus, None, chance.uniform(0.05, 0.15)))
        else:
            stored.append(kill_ingest(database, corpus, stored[-1] + chance.randrange(1, 40),
                                      chance.uniform(0, 0.01)))
        if not database.exists():
            continue
        assert integrity_problems(database) == [], f"after a kill with {stored[-1]} documents stored"
        # No half-written document: each stored one has every statement a whole ingest gives it.
        for content_hash, count in statements_per_document(database).items():
            assert count == expected_statements[content_hash]
    assert stored[-1] < REPORTS and stored[-1] > stored[1] > 0, stored

    finished = onrecord("--db", database, "ingest", corpus)

    assert finished.returncode == 0, finished.stderr
    read = REPORTS - stored[-1]
    assert f"{read} document{'' if read == 1 else 's'} read, {stored[-1]} unchanged, 0 failed" in finished.stdout
    assert integrity_problems(database) == []
    assert _table_counts(database) == expected_counts
    assert set(TABLES) <= set(expected_counts)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_killing_an_ingest_leaves_no_worker_processes_behind(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 3000)
    database = tmp_path / "killed.db"
    process = subprocess.Popen(onrecord_command("--db", database, "ingest", corpus), env=clean_env(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 2:
        workers = descendants(process.pid)
        time.sleep(0.1)
    assert workers, "the ingest never started its workers"
    process.kill()
    process.wait(timeout=30)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
        time.sleep(0.2)
    left = [pid for pid in workers if alive(pid)]
    assert left == []
