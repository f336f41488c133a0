"""Searching what was said: `onrecord search`, the store's ranked, marked results, and the
translation of what a user types into a safe FTS5 query (db/search.py)."""

from __future__ import annotations

import io
import json
import random
import re

import pytest
from rich.console import Console

import onrecord.tui.cli
from onrecord.db.search import HIGHLIGHT_END, HIGHLIGHT_START, QueryError, split_highlights, to_fts_query
from onrecord.db.store import StatementFilter, Store

GALLIUM_QUOTE_START = "The two nations should cooperate not only on supply chains"


@pytest.fixture
def store(seeded_db):
    store = Store.open(seeded_db)
    yield store
    store.close()


def search(store: Store, query: str, **filters) -> list:
    return store.statements(StatementFilter(query=query, **filters))


# -- what a user sees on the command line ----------------------------------------------


def test_searching_gallium_finds_chois_second_quote_and_nothing_else(cli, seeded_db):
    result = cli("--db", seeded_db, "search", "gallium")
    assert result.exit_code == 0, result.output
    assert "Choi Sang-mok" in result.stdout
    assert "(added)" in result.stdout
    assert "urea, gallium" in result.stdout
    assert "Now is the time" not in result.stdout  # Choi's first quote does not mention it
    assert result.stdout.count("#") == 1  # one result header


def test_the_printed_result_highlights_gallium_and_only_gallium(cli, seeded_db, monkeypatch):
    screen = io.StringIO()
    monkeypatch.setattr(onrecord.tui.cli, "console", Console(file=screen, force_terminal=True,
                                                    color_system="standard", width=300,
                                                    highlight=False))
    assert cli("--db", seeded_db, "search", "gallium").exit_code == 0
    output = screen.getvalue()
    match_style = "\x1b[1;30;43m"  # bold black on yellow, onrecord.tui.render.MATCH_STYLE
    assert f"{match_style}gallium\x1b[0m" in output
    assert output.count(match_style) == 1
    assert "graphite" in output and f"{match_style}graphite" not in output


def test_a_phrase_search_as_json_is_valid_json_with_the_statements_and_their_topics(cli, seeded_db):
    result = cli("--db", seeded_db, "search", '"supply chains"', "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 2
    assert all("supply chains" in row["text"] for row in rows)
    assert {row["speaker_name"] for row in rows} == {"Choi Sang-mok",
                                                     "Ministry of Economy and Finance"}
    assert all("supply chains" in row["topics"] for row in rows)
    assert all("marked_text" not in row for row in rows)  # no control markers in JSON


def test_search_filters_by_speaker_and_date(cli, seeded_db):
    def found(*args):
        result = cli("--db", seeded_db, "search", '"supply chains"', *args, "--json")
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    assert [r["speaker_name"] for r in found("--speaker", "choi")] == ["Choi Sang-mok"]
    assert len(found("--since", "2024-05-16", "--until", "2024-05-16")) == 2
    assert found("--since", "2024-05-17") == []
    assert [r["kind"] for r in found("--kind", "reported")] == ["reported"]


def test_a_search_with_no_matches_says_so(cli, seeded_db):
    result = cli("--db", seeded_db, "search", "volcano")
    assert result.exit_code == 0
    assert "No statements match 'volcano'." in result.stdout


@pytest.mark.parametrize("query, says", [
    ('"unbalanced', "Unbalanced quote"),
    ("", "Type a word"),
    ("-", "on its own is not a search"),
    ("(gallium", "Unbalanced parenthesis"),
    ("gallium OR", "OR needs a word after it"),
])
def test_a_search_that_cannot_run_is_one_line_on_stderr_and_a_non_zero_exit(
        cli, seeded_db, one_line_error, query, says):
    line = one_line_error(cli("--db", seeded_db, "search", "--", query))
    assert line.startswith("Error: ") and says in line


def test_an_invalid_date_filter_is_a_one_line_error(cli, seeded_db, one_line_error):
    line = one_line_error(cli("--db", seeded_db, "search", "gallium", "--since", "last week"))
    assert "'last week' is not a date; use YYYY-MM-DD" in line


# -- the store: ranked, marked, filtered ------------------------------------------------


def test_the_store_marks_gallium_in_the_matched_text(store):
    [row] = search(store, "gallium")
    assert row.text.startswith(GALLIUM_QUOTE_START)
    assert f"{HIGHLIGHT_START}gallium{HIGHLIGHT_END}" in row.marked_text
    assert row.marked_text.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "") == row.text
    pieces = split_highlights(row.marked_text)
    assert [piece for piece, is_match in pieces if is_match] == ["gallium"]


def test_a_stemmed_search_finds_the_plural(store):
    # The index uses the porter tokenizer: "mineral" finds "minerals".
    assert len(search(store, "mineral")) == 2


def test_a_prefix_search_finds_words_that_start_with_it(store):
    rows = search(store, "critical min*")
    assert len(rows) == 2 and all("critical minerals" in r.text for r in rows)
    assert search(store, "gall") == []
    assert [r.text[:20] for r in search(store, "gall*")] == [GALLIUM_QUOTE_START[:20]]


def test_typing_treats_the_last_word_as_a_prefix(store):
    assert search(store, "galli") == []
    assert len(store.statements(StatementFilter(query="galli", prefix_last=True))) == 1


def test_a_whole_word_ending_in_y_typed_as_a_prefix_finds_itself(store):
    # Porter indexes "energy" as "energi": typing the whole word must still find it
    typed = store.statements(StatementFilter(query="energy", prefix_last=True))
    assert [r.id for r in typed] == [r.id for r in search(store, "energy")] and typed


def test_and_or_not_and_parentheses_combine_as_a_user_expects(store):
    def count(query):
        return len(search(store, query))

    assert count("tourism") == 1
    assert count("climate") == 0  # climate is only in a sentence nobody is reported to say
    assert count("gallium OR tourism") == 2
    assert count("gallium AND tourism") == 0
    assert count("minerals NOT gallium") == 1
    assert count("minerals -gallium") == 1
    assert count("(gallium OR tourism) AND cooperation") == 2
    assert count("(gallium OR tourism) NOT gaming") == 1


def test_a_word_next_to_parentheses_means_both_must_match(store):
    # "gallium (urea OR graphite)" is what people type; it must run, as an implicit AND.
    [row] = search(store, "gallium (urea OR graphite)")
    assert "urea, gallium and graphite" in row.text
    assert search(store, "gallium (tourism OR gaming)") == []
    assert len(search(store, '(gallium OR tourism) "bilateral cooperation"')) == 1


def test_relevance_and_newest_orders_both_return_every_match(store):
    # "cooperation" and "cooperate" share a stem: every statement using either matches.
    expected = {r.id for r in store.statements(limit=100) if re.search(r"\bcooperat", r.text, re.I)}
    by_relevance = store.statements(StatementFilter(query="cooperation"), order="relevance")
    by_date = store.statements(StatementFilter(query="cooperation"), order="newest")
    assert len(expected) == 5
    assert {r.id for r in by_relevance} == {r.id for r in by_date} == expected
    assert store.count_statements(StatementFilter(query="cooperation")) == 5


def test_a_search_filtered_by_topic_keeps_only_that_topics_statements(store):
    rows = search(store, "cooperation", topic="tourism")
    assert len(rows) == 1 and rows[0].speaker_name == "South Korean government"


def test_a_speaker_filter_is_literal_text_not_a_like_pattern(store):
    assert search(store, "gallium", speaker="%") == []
    assert search(store, "gallium", speaker="_hoi") == []
    assert len(search(store, "gallium", speaker="choi")) == 1


# -- to_fts_query: what users type, made safe -------------------------------------------


@pytest.mark.parametrize("typed, fts", [
    ("gallium", '"gallium"'),
    ('"supply chains"', '"supply chains"'),
    ("critical min*", '"critical" "min"*'),
    ("climate AND tourism", '"climate" AND "tourism"'),
    ("climate OR tourism", '"climate" OR "tourism"'),
    ("tourism NOT climate", '"tourism" NOT "climate"'),
    ("tourism -climate", '"tourism" NOT "climate"'),
    ("(gallium OR graphite) AND supply", '( "gallium" OR "graphite" ) AND "supply"'),
    ("“gallium”", '"“gallium”"'),
])
def test_what_users_type_becomes_quoted_fts_terms_and_operators(typed, fts):
    assert to_fts_query(typed) == fts


def test_lowercase_and_or_not_are_searched_as_words():
    assert to_fts_query("salt and pepper") == '"salt" "and" "pepper"'


def test_prefix_last_only_affects_a_trailing_bare_word():
    assert to_fts_query("supply chai", prefix_last=True) == '"supply" "chai"*'
    assert to_fts_query('"supply chains"', prefix_last=True) == '"supply chains"'
    assert to_fts_query("(gallium)", prefix_last=True) == '( "gallium" )'


@pytest.mark.parametrize("typed, says", [
    ("", "Type a word"),
    ("   ", "Type a word"),
    ('"unbalanced', "Unbalanced quote"),
    ('""', "empty phrase"),
    ("(gallium", "Unbalanced parenthesis"),
    ("gallium)", "Unbalanced parenthesis"),
    ("()", "Nothing to search for"),
    ("gallium ()", "Empty parentheses"),
    ("AND", "Nothing to search for"),
    ("gallium AND", "AND needs a word after it"),
    ("OR gallium", "OR needs a word before it"),
    ("NOT gallium", "try: tourism NOT climate"),
    ("gallium NOT NOT graphite", "NOT needs a word after it"),
    ("-", "on its own is not a search"),
    ("*", "on its own is not a search"),
    ("...", "Nothing to search for"),
])
def test_searches_that_cannot_run_are_explained_in_one_line(typed, says):
    with pytest.raises(QueryError) as raised:
        to_fts_query(typed)
    assert says in str(raised.value)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("typed", [
    "text:gallium", "speaker_name:choi", "graphite -text:gallium", "{text speaker_name}: gallium",
    "^gallium", "gallium + graphite", "rank:1", "statements_fts:gallium", 'a"b"c',
    "NEAR(gallium graphite)", "NEAR(gallium graphite, 10)", "gallium NEAR/2 graphite",
    "can't", "U.S.", "gallium;DROP TABLE statements", "'gallium'", "x:(gallium)",
])
def test_fts_syntax_in_a_search_is_searched_as_words_and_cannot_inject(store, typed):
    fts = to_fts_query(typed)
    # Every bare word reaches FTS5 inside double quotes: no column filter, NEAR or ^ remains.
    unquoted = fts
    while '"' in unquoted:
        before, _, rest = unquoted.partition('"')
        inside, _, after = rest.partition('"')
        while after.startswith('"'):  # a doubled "" inside a phrase
            more, _, after = after[1:].partition('"')
        unquoted = before + " " + after
    assert set(unquoted.split()) <= {"AND", "OR", "NOT", "(", ")", "*"}
    store.statements(StatementFilter(query=typed))  # runs without an FTS5 syntax error
    store.count_statements(StatementFilter(query=typed))


def test_a_column_filter_typed_by_the_user_does_not_filter_columns(store):
    # As FTS5 syntax "speaker_name:choi" would find Choi's two quotes; as words it finds none.
    assert search(store, "speaker_name:choi") == []
    assert {r.speaker_name for r in search(store, "choi")} >= {"Choi Sang-mok"}


def test_near_typed_by_the_user_is_the_word_near_not_the_operator(store):
    # NEAR(gallium graphite) as FTS5 syntax would match Choi's quote; as words it needs "near".
    assert search(store, "NEAR(gallium graphite)") == []


def test_any_typed_search_either_runs_or_is_explained(store):
    """Fuzz: random strings of operators, quotes, parentheses and FTS5 punctuation."""
    alphabet = list(' ab"()*-:^{}+,.\'') + ["AND ", "OR ", "NOT ", "NEAR", "gallium ", "text:"]
    generator = random.Random(20240516)
    ran = 0
    for _ in range(3000):
        typed = "".join(generator.choice(alphabet) for _ in range(generator.randint(1, 10)))
        try:
            to_fts_query(typed)
        except QueryError:
            continue
        for prefix_last in (False, True):
            store.statements(StatementFilter(query=typed, prefix_last=prefix_last))
        ran += 1
    assert ran > 500  # the fuzz exercised the store, not only the error messages


def test_a_prefix_that_stands_for_no_word_matches_nothing_not_a_shorter_prefix(db_path, write_seed):
    """Typing "tariff" must not show "target" or "Taro" on the way (issue: wrong results
    while typing); a prefix longer than a word's stem still finds it ("coopera")."""
    from onrecord.db.ingest import ingest_paths

    report = write_seed("targets.txt", "2024-05-16", "Talks in Tokyo. (Pool)",
                        '"We will meet our export target this year," Trade Minister Aso Taro said.',
                        '"Cooperation on chips must deepen," Aso added.')
    store = Store.open(db_path)
    ingest_paths(store, [report.parent])
    count = lambda query: len(store.statements(StatementFilter(query=query)))  # noqa: E731
    assert count("tari*") == count("tariff*") == count("tariff") == 0
    assert count("targ*") == 1 and count("coopera*") == 1 and count("cooperation*") == 1
    store.close()
