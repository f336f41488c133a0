"""A small database built from the seed, with stable paths, and an app to drive on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.db.documents import SourceDocument
from onrecord.db.extract import extract
from onrecord.db.store import Store
from onrecord.db.text import clean_text
from onrecord.tui.app import OnRecordApp

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_81f8cacbb450965c.txt"


def ingest_text(store: Store, text: str, source: str) -> None:
    document = SourceDocument(source=source, text=clean_text(text))
    store.ingest(document, extract(document.text, source=source))


def seed_store_at(path: Path) -> Store:
    """A database file at `path` holding the seed report."""
    store = Store.open(path)
    # A relative source name keeps screenshots the same wherever the tests run.
    ingest_text(store, SEED.read_text(encoding="utf-8"), "seeds/000_81f8cacbb450965c.txt")
    return store


@pytest.fixture
def seed_store(tmp_path: Path) -> Store:
    store = seed_store_at(tmp_path / "onrecord.db")
    yield store
    store.close()


@pytest.fixture
def make_app(tmp_path: Path):
    def make(store: Store) -> OnRecordApp:
        return OnRecordApp(store, export_path=lambda: tmp_path / "onrecord-export.md")
    return make


async def settle(app, pilot) -> None:
    """Let searches, the detail pane's pause and worker threads finish, then let the screen update."""
    await pilot.pause(0.3)
    await app.workers.wait_for_complete()
    await pilot.pause()
