"""The search planner returns what plain FTS5 would, only faster.

A small generated corpus stands in for a million statements: the planner's thresholds
are lowered so that every strategy runs, and each is checked against the plain query.
"""

from __future__ import annotations

import sqlite3

import pytest

from onrecord.db import search_plan
from onrecord.db.demo import DemoCorpus
from onrecord.db.documents import SourceDocument
from onrecord.db.extract import extract
from onrecord.db.search import to_fts_query
from onrecord.db.store import Store

NEWEST = "ORDER BY s.date DESC, s.document_id DESC, s.span_start"


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory) -> sqlite3.Connection:
    path = tmp_path_factory.mktemp("plan") / "plan.db"
    store = Store.open(path)
    for name, text in DemoCorpus(seed=3, people=40, rare_words=300).reports(120):
        store.ingest(SourceDocument(source=name, text=text), extract(text, source=name))
    store.close()
    return sqlite3.connect(path)


def plain(connection, match: str, order_by: str, where: str = "", params=()) -> list[int]:
    return [r[0] for r in connection.execute(
        "SELECT s.id FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid"
        f" WHERE statements_fts MATCH ? {where} {order_by}", [match, *params])]


QUERIES = ["cooperation", '"working group"', "semicond*", "trade AND (energy OR climate) NOT tariffs"]


def test_generated_corpus_has_common_and_rare_terms(corpus_db):
    total = corpus_db.execute("SELECT count(*) FROM statements").fetchone()[0]
    common = corpus_db.execute("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'cooperation'").fetchone()[0]
    assert total > 1000
    assert common > total / 10  # a term in more than a tenth of the statements


@pytest.mark.parametrize("query", QUERIES)
def test_relevance_order_is_exactly_fts5_rank_below_the_exact_limit(corpus_db, query):
    match = to_fts_query(query)
    expected = plain(corpus_db, match, "ORDER BY statements_fts.rank")[:50]
    assert search_plan.matching_ids(corpus_db, match, [], [], "relevance", 50, 0) == expected


def a_busy_speaker(connection) -> tuple[int, str]:
    return connection.execute(
        "SELECT p.id, p.name FROM statements s JOIN speakers p ON p.id = s.speaker_id"
        " WHERE p.kind = 'person' GROUP BY p.id ORDER BY count(*) DESC LIMIT 1").fetchone()


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("filtered", ["none", "date range", "speaker"])
def test_newest_first_is_the_same_page_as_sorting_every_match(corpus_db, query, filtered):
    match = to_fts_query(query)
    where, params, extra = [], [], {}
    if filtered == "date range":
        where, params = ["s.date >= ?", "s.date <= ?"], ["2020-03-01", "2022-06-30"]
        extra = {"since": params[0], "until": params[1]}
    elif filtered == "speaker":
        speaker_id, name = a_busy_speaker(corpus_db)
        where, params = ["s.speaker_id = ?"], [speaker_id]
        extra = {"speaker_terms": " ".join(f'"{word}"' for word in name.split())}
    everything = plain(corpus_db, match, NEWEST, "".join(f"AND {w} " for w in where), params)
    assert everything
    for offset in (0, 10, max(0, len(everything) - 7)):  # the first page, the next, the end
        page = search_plan.matching_ids(corpus_db, match, where, params, "newest", 50, offset, **extra)
        assert page == everything[offset:offset + 50]


def test_the_date_ordered_index_follows_every_change_to_a_statement(tmp_path, seed_file):
    store = Store.open(tmp_path / "onrecord.db")
    store.ingest(SourceDocument(source="seed", text=seed_file.read_text()), extract(seed_file.read_text()))
    connection = store.conn
    with connection:
        connection.execute("UPDATE statements SET speaker_name = 'Renamed Person', date = '2030-01-02'"
                           " WHERE id = (SELECT min(id) FROM statements)")
        connection.execute("DELETE FROM statement_topics WHERE statement_id = (SELECT max(id) FROM statements)")
        connection.execute("DELETE FROM statements WHERE id = (SELECT max(id) FROM statements)")
    for words in ("renamed", "choi", "minerals", "cooperation"):
        expected = plain(connection, words, NEWEST)
        assert search_plan.matching_ids(connection, words, [], [], "newest", 50, 0) == expected
    first = connection.execute("SELECT min(id) FROM statements").fetchone()[0]
    assert search_plan.matching_ids(connection, "renamed", [], [], "newest", 5, 0) == [first]
    connection.execute("INSERT INTO statements_by_date_fts (statements_by_date_fts) VALUES ('integrity-check')")
    store.close()


def test_relevance_on_many_matches_ranks_recent_matches_and_respects_filters(corpus_db, monkeypatch):
    monkeypatch.setattr(search_plan, "EXACT_LIMIT", 5)
    monkeypatch.setattr(search_plan, "WINDOW", 40)
    match = to_fts_query("cooperation")
    where, params = ["s.date >= ?", "s.date <= ?"], ["2020-01-01", "2021-12-31"]
    ids = search_plan.matching_ids(corpus_db, match, where, params, "relevance", 20, 0)
    allowed = set(plain(corpus_db, match, "", "AND s.date >= ? AND s.date <= ?", params))
    assert len(ids) == 20 and set(ids) <= allowed
    ranks = dict(corpus_db.execute(
        "SELECT rowid, rank FROM statements_fts WHERE statements_fts MATCH ?", [match]).fetchall())
    assert [ranks[i] for i in ids] == sorted(ranks[i] for i in ids)


@pytest.mark.parametrize("filtered", [False, True])
def test_paging_through_a_big_relevance_list_gives_each_match_once_ranked_then_newest(
        corpus_db, monkeypatch, filtered):
    monkeypatch.setattr(search_plan, "EXACT_LIMIT", 5)
    monkeypatch.setattr(search_plan, "WINDOW", 40)
    monkeypatch.setattr(search_plan, "READ_FROM_THE_END_AFTER", 30)  # read late pages from the end
    match = to_fts_query("cooperation")
    where, params = (["s.date >= ?"], ["2019-06-01"]) if filtered else ([], [])
    everything = plain(corpus_db, match, NEWEST, "".join(f"AND {w} " for w in where), params)
    pages = []
    for offset in range(0, len(everything) + 20, 20):
        pages += search_plan.matching_ids(corpus_db, match, where, params, "relevance", 20, offset)
    assert sorted(pages) == sorted(everything)  # every match once, none twice
    # The window (the most recently added matches) comes first, ranked; then the rest,
    # newest first, exactly as the newest-first list orders them.
    # The window: the 40 most recently added matches (filters aside), widened four times
    # over while it holds less than a page of the filtered ones.
    added = sorted(plain(corpus_db, match, ""), reverse=True)
    size = 40
    while True:
        bound = added[size - 1] if len(added) >= size else 0
        if len([i for i in everything if i >= bound]) >= 20 or not bound:
            break
        size *= 4
    window = [i for i in pages if i >= bound]
    ranks = dict(corpus_db.execute(
        "SELECT rowid, rank FROM statements_fts WHERE statements_fts MATCH ?", [match]).fetchall())
    assert pages[:len(window)] == window
    assert [ranks[i] for i in window] == sorted(ranks[i] for i in window)
    assert pages[len(window):] == [i for i in everything if i < bound]


def test_a_late_page_read_from_the_end_is_the_page_read_from_the_top(corpus_db, monkeypatch):
    match = to_fts_query("cooperation")
    everything = plain(corpus_db, match, NEWEST)
    monkeypatch.setattr(search_plan, "READ_FROM_THE_END_AFTER", 10)
    for offset in (len(everything) - 50, len(everything) - 20, len(everything) - 7, len(everything) // 2 + 1):
        assert search_plan.matching_ids(corpus_db, match, [], [], "newest", 20, offset) == \
            everything[offset:offset + 20]


def test_relevance_for_one_speaker_uses_their_name_and_keeps_only_their_statements(corpus_db, monkeypatch):
    monkeypatch.setattr(search_plan, "EXACT_LIMIT", 5)
    speaker_id, name = corpus_db.execute(
        "SELECT sp.id, sp.name FROM speakers sp JOIN statements s ON s.speaker_id = sp.id"
        " WHERE sp.kind = 'person' GROUP BY sp.id ORDER BY count(*) DESC LIMIT 1").fetchone()
    terms = " ".join(f'"{w}"' for w in name.replace("-", " ").split())
    match = to_fts_query("cooperation")
    ids = search_plan.matching_ids(corpus_db, match, ["s.speaker_id = ?"], [speaker_id], "relevance", 50, 0,
                                   speaker_terms=terms)
    expected = plain(corpus_db, match, "ORDER BY statements_fts.rank", "AND s.speaker_id = ?", [speaker_id])[:50]
    assert ids and set(ids) == set(expected)


def test_demo_corpus_command_writes_the_same_reports_for_the_same_seed(cli, tmp_path):
    assert cli("demo-corpus", "--documents", "3", "--out", tmp_path / "a").exit_code == 0
    assert cli("demo-corpus", "--documents", "3", "--out", tmp_path / "b").exit_code == 0
    first = sorted(p.read_text() for p in (tmp_path / "a").iterdir())
    assert first == sorted(p.read_text() for p in (tmp_path / "b").iterdir())
    assert len(first) == 3 and all("fictional" in text.splitlines()[0] for text in first)


def test_typing_makes_the_last_word_a_prefix_only_from_three_letters():
    assert to_fts_query("co", prefix_last=True) == '"co"'
    assert to_fts_query("coo", prefix_last=True) == '"coo"*'
    # A word just begun after others does not empty the results; submitted, it counts.
    assert to_fts_query("working gr", prefix_last=True) == '"working"'
    assert to_fts_query("working gr") == '"working" "gr"'
    assert to_fts_query('working "gr"', prefix_last=True) == '"working" "gr"'
    assert to_fts_query("working -gr", prefix_last=True) == '"working" NOT "gr"'
    assert to_fts_query("working AND gr", prefix_last=True) == '"working" AND "gr"'


def test_a_capped_count_stops_counting_at_the_cap(tmp_path, seed_file):
    from onrecord.db.ingest import ingest_paths
    from onrecord.db.store import StatementFilter
    store = Store.open(tmp_path / "capped.db")
    ingest_paths(store, [seed_file])
    assert store.count_statements(StatementFilter()) == 6
    assert store.count_statements(StatementFilter(), cap=4) == 4
    assert store.count_statements(StatementFilter(query="cooperation"), cap=100) == \
        store.count_statements(StatementFilter(query="cooperation"))


def test_a_prefix_finds_the_same_statements_as_fts5s_own_prefix_search(corpus_db):
    for typed in ["semicond*", "coop*", "lith* AND batter*", "wind OR semi*"]:
        match = to_fts_query(typed)
        expanded = search_plan.expand_prefixes(corpus_db, match)
        assert "*" not in expanded
        assert set(plain(corpus_db, expanded, "")) == set(plain(corpus_db, match, ""))


def test_prefixes_read_from_the_word_snapshot_unless_the_database_changed_since(tmp_path, seed_file):
    from onrecord.db.ingest import ingest_paths
    store = Store.open(tmp_path / "snapshot.db")
    ingest_paths(store, [seed_file])  # takes the snapshot
    assert store.conn.execute("SELECT count(*) FROM search_terms").fetchone()[0] > 50
    for typed in ["gal*", "coop*", "min* AND sup*", "zzz*"]:
        match = to_fts_query(typed)
        from_snapshot = search_plan.expand_prefixes(store.conn, match)
        with store.conn:
            store.conn.execute("DELETE FROM search_terms_as_of")  # as if stale: read fts5vocab
        assert search_plan.expand_prefixes(store.conn, match) == from_snapshot
        store.refresh_search_terms()
    # A statement stored without a new snapshot (another program, an unfinished ingest):
    # its words are found all the same.
    document = store.conn.execute("SELECT id FROM documents").fetchone()[0]
    with store.conn:
        store.conn.execute("INSERT INTO statements (document_id, kind, text, span_start, span_end)"
                           " VALUES (?, 'quote', 'Xylophones are a priority', 0, 1)", [document])
    assert search_plan.expand_prefixes(store.conn, to_fts_query("xylo*")) == '("xylophon")'
    store.close()


def test_typing_past_a_words_stem_still_finds_it(tmp_path, seed_file):
    from onrecord.db.ingest import ingest_paths
    from onrecord.db.store import StatementFilter
    store = Store.open(tmp_path / "typing.db")
    ingest_paths(store, [seed_file])
    # The index holds "cooper" for "cooperation": "coopera" typed so far must still find it.
    for typed in ["coop", "coopera", "cooperat", "cooperation"]:
        assert store.statements(StatementFilter(query=typed, prefix_last=True)), typed


def test_paging_after_a_row_or_from_the_end_gives_the_same_rows_as_counting(tmp_path):
    from onrecord.db.store import StatementFilter
    store = Store.open(tmp_path / "paging.db")
    for name, text in DemoCorpus(seed=5, people=20, rare_words=50).reports(40):
        store.ingest(SourceDocument(source=name, text=text), extract(text, source=name))
    # A report without any date: its statements sort after every dated one.
    undated = '"We will keep the channel open for talks," Trade Minister Park Ji-hoon said.'
    store.ingest(SourceDocument(source="undated.txt", text=undated), extract(undated, source="undated.txt"))
    everything = store.statements(StatementFilter(), limit=10_000)
    assert everything[-1].date is None
    walked, previous = [], None
    while len(walked) < len(everything):
        page = store.statements(StatementFilter(), limit=37, after=previous) if previous else \
            store.statements(StatementFilter(), limit=37)
        assert page
        walked += page
        previous = page[-1]
    assert [r.id for r in walked] == [r.id for r in everything]
    total = len(everything)
    last = store.statements(StatementFilter(), limit=30, from_end=0)
    assert [r.id for r in last] == [r.id for r in everything[-30:]]
    middle = store.statements(StatementFilter(), limit=30, from_end=total - 130)
    assert [r.id for r in middle] == [r.id for r in everything[100:130]]


def test_marking_a_page_of_a_wide_prefix_marks_exactly_what_the_whole_query_marks(tmp_path, monkeypatch):
    """A prefix expanded to many words is cut down to the words the page's texts begin with
    before marking (FTS5 reruns the query per row); a word whose stem is not how it
    begins ("happy" is "happi") still comes back, marked."""
    import onrecord.db.store_read as store_read
    from onrecord.db.documents import SourceDocument
    from onrecord.db.model import DocumentInfo, Extraction, Statement
    from onrecord.db.store import StatementFilter

    store = Store.open(tmp_path / "prefix.db")
    texts = ["We are happy with the talks", "Happiness is a long process", "It happened in Lima",
             "The happening was brief", "Happily the quotas held"]
    for number, text in enumerate(texts):
        statement = Statement(kind="quote", text=text, speaker=None, speaker_as_written=None, cue=None,
                              start=0, end=len(text))
        store.ingest(SourceDocument(source=f"r{number}.txt", text=text),
                     Extraction(DocumentInfo(source=f"r{number}.txt"), statements=[statement]))
    store.refresh_search_terms()
    monkeypatch.setattr(store_read, "CLOSE_IDS", 0)  # as if the ids were spread over a big index
    narrowed = store.statements(StatementFilter(query="happ*"), order="newest", limit=10)
    monkeypatch.setattr(store_read, "_WORD_LIST", __import__("re").compile(r"(?!)"))
    whole = store.statements(StatementFilter(query="happ*"), order="newest", limit=10)
    assert len(narrowed) == len(texts)
    assert sorted((r.id, r.marked_text) for r in narrowed) == sorted((r.id, r.marked_text) for r in whole)
    store.close()
