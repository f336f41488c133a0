"""Searches run on their own connection, which a newer search can interrupt: the stale
query stops at once, the connection goes on working, and the lists' connection is never hit."""

from __future__ import annotations

import threading
import time

import pytest

from onrecord.db.ingest import ingest_paths
from onrecord.db.store import Interrupted, StatementFilter, Store

# Counts to a billion: minutes of work, unless something stops it.
ENDLESS = ("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000000)"
           " SELECT count(*) FROM n")


@pytest.fixture
def store(tmp_path, seeds_folder):
    store = Store.open(tmp_path / "onrecord.db")
    ingest_paths(store, [seeds_folder])
    yield store
    store.close()


def run_in_thread(work) -> tuple[threading.Thread, dict]:
    outcome: dict = {}

    def target() -> None:
        started = time.perf_counter()
        try:
            outcome["result"] = work()
        except Exception as error:  # noqa: BLE001 - the test inspects what was raised
            outcome["error"] = error
        outcome["seconds"] = time.perf_counter() - started

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    return thread, outcome


def test_an_interrupted_search_stops_at_once_and_its_connection_searches_again(store):
    reader = store.reader()
    thread, outcome = run_in_thread(lambda: reader._rows(ENDLESS, []))
    time.sleep(0.2)
    reader.interrupt()
    thread.join(timeout=5)
    assert not thread.is_alive()
    assert isinstance(outcome.get("error"), Interrupted)
    assert outcome["seconds"] < 2
    [row] = reader.statements(StatementFilter(query="gallium"))
    assert row.speaker_name == "Choi Sang-mok"
    reader.close()


def test_interrupting_searches_never_stops_the_lists_connection(store):
    reader = store.reader()
    lists, outcome = run_in_thread(lambda: store._rows(
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 3000000)"
        " SELECT count(*) AS c FROM n", []))
    for _ in range(20):
        reader.interrupt()
        time.sleep(0.01)
    lists.join(timeout=30)
    assert outcome.get("result") == [{"c": 3000000}], outcome.get("error")
    reader.close()


def test_a_reader_sees_what_is_ingested_after_it_was_opened(store, write_seed):
    reader = store.reader()
    assert reader.statements(StatementFilter(query="semiconductors")) == []
    report = write_seed("later.txt", "2024-07-10", "Delegates arrive. (Pool)",
                        "Trade Minister Park Ji-hoon met his Japanese counterpart in Tokyo on Wednesday.",
                        '"Export controls on semiconductors must be predictable," Park said.')
    ingest_paths(store, [report])
    [row] = reader.statements(StatementFilter(query="semiconductors"))
    assert row.speaker_name == "Park Ji-hoon"
    reader.close()


def test_closing_while_another_thread_queries_waits_for_the_query_instead_of_crashing(store):
    # The app closes its connections on exit while a worker may still be reading.
    worker, outcome = run_in_thread(lambda: store._rows(
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 2000000)"
        " SELECT count(*) AS c FROM n", []))
    time.sleep(0.05)
    store.close()
    worker.join(timeout=30)
    assert outcome.get("result") == [{"c": 2000000}], outcome.get("error")
    with pytest.raises(Interrupted):  # a worker's next query after closing is moot, not a crash
        store.statements(StatementFilter(query="gallium"))
