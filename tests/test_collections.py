"""Collections and saved searches (issue: briefs you can put your name to): statements in
the user's order, a note each, how each was chosen, all kept in the file and through
re-extraction, and a brief made from them."""

from __future__ import annotations

import pytest

from onrecord.db.documents import read_path
from onrecord.db.export import render_markdown
from onrecord.db.extract import extract
from onrecord.db.store import StatementFilter, Store, StoreError


@pytest.fixture
def store(db_path, write_seed) -> Store:
    path = write_seed(
        "talks.txt", "2024-05-16", "Ministers meet in Lima. (Pool)",
        "Peruvian Trade Minister Ana Ruiz met her Danish counterpart Lars Holm in Lima on Thursday.",
        '"Quotas must be fair to both fleets," Ruiz said.',
        '"We will review the quotas next year," Holm said.',
        "Ruiz said Peru would open a fisheries office in Copenhagen.")
    store = Store.open(db_path)
    [document] = read_path(path)
    store.ingest(document, extract(document.text, source=document.source))
    yield store
    store.close()


def ids(store: Store) -> list[int]:
    return [row.id for row in store.statements(StatementFilter(), order="oldest", limit=10)]


def test_a_collection_keeps_its_order_notes_and_provenance_and_makes_the_brief(store, db_path):
    first, second, third = ids(store)
    brief = store.collection("Korea-Japan brief", create=True)
    store.add_to_collection(brief, [third], chosen_by="search: office")
    store.add_to_collection(brief, [first, third], chosen_by="the full list")  # third stays first
    store.set_note(brief, first, "Check against the ministry's own readout.")
    store.move_in_collection(brief, first, -1)
    store.close()
    reopened = Store.open(db_path)
    rows, items = reopened.collection_statements(reopened.collection("Korea-Japan brief"))
    assert [row.id for row in rows] == [first, third]
    written = render_markdown(rows, items=items, chosen=["collection: Korea-Japan brief"])
    assert written.index(f"statement #{first}") < written.index(f"statement #{third}")
    assert "Note: Check against the ministry's own readout." in written
    assert "Marked from: search: office" in written and "Marked from: the full list" in written
    assert [c["statements"] for c in reopened.collections()] == [2]
    reopened.close()


def test_a_collection_outlives_re_extraction(store):
    first, *_ = ids(store)
    brief = store.collection("Brief", create=True)
    store.add_to_collection(brief, [first])
    document_id = store.statements(StatementFilter(ids=[first]))[0].document_id
    text = store.document(document_id)["text"]
    store.reextract(document_id, extract(text, source="talks.txt"))
    [item] = store.collection_items(brief)
    assert item["statement_id"] is not None
    assert store.statements(StatementFilter(ids=[item["statement_id"]]))[0].text.startswith("Quotas must be fair")


def test_saved_searches_keep_their_words_filters_and_order(store):
    store.save_search("quotas", "quotas", {"speakers from Peru": {"country": "Peru"}}, "newest")
    store.save_search("quotas", "quotas", {}, "oldest")  # saving again under a name replaces it
    assert [(s["name"], s["query"], s["filters"], s["ordering"]) for s in store.saved_searches()] == [
        ("quotas", "quotas", {}, "oldest")]
    with pytest.raises(StoreError, match="needs a name"):
        store.save_search("  ", "x", {}, "newest")


def test_the_cli_exports_a_collection_and_names_the_ones_there_are(store, cli, db_path, tmp_path):
    first, second, _ = ids(store)
    brief = store.collection("Brief", create=True)
    store.add_to_collection(brief, [second, first], chosen_by="search: quotas")
    store.close()
    out = tmp_path / "brief.md"
    result = cli("export", "--collection", "Brief", "-o", str(out), "--db", str(db_path))
    assert result.exit_code == 0, result.output
    written = out.read_text(encoding="utf-8")
    assert 'chosen_by: ["collection: Brief"]' in written
    assert written.index(f"statement #{second}") < written.index(f"statement #{first}")
    missing = cli("export", "--collection", "Nope", "-o", "-", "--db", str(db_path))
    assert missing.exit_code == 1 and "no collection named 'Nope' (collections: Brief)" in missing.output
