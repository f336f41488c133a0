"""Whatever a user types — FTS5 operators, quotes, brackets, NUL, SQL, a pasted page — the
search runs or is explained in one line, and no filter can change what SQL runs.

Property tests (hypothesis): a quick run by default, 2,000 examples each with
ONRECORD_THOROUGH=1 (see the README).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import onrecord.tui.app
from onrecord.db.documents import SourceDocument
from onrecord.db.ingest import ingest_paths
from onrecord.db.model import DocumentInfo, Extraction, Meeting, Speaker, Statement
from onrecord.db.search import HIGHLIGHT_END, HIGHLIGHT_START, QueryError
from onrecord.db.store import StatementFilter, Store
from onrecord.tui.cli import main
from tests.robustness.app_driver import AppDriver
from tests.robustness.conftest import examples, write_corpus

pytestmark = pytest.mark.property

PIECES = ['"', "(", ")", "*", "-", ":", "^", "+", "AND", "OR", "NOT", "NEAR", "NEAR/2", "{", "}",
          "[", "]", "[/]", "[@click=app.quit]", ",", ".", "'", "\\", "\x00", "\x1b[2J", "\x9b",
          "\u202e", "\u200b", "\n", "\t", " ", "gallium", "supply chains", "text:", "speaker_name:",
          "rank", "'; DROP TABLE statements; --", "%", "_", "é", "郑栅洁", "🙂"]
piece = st.sampled_from(PIECES)
queries = st.one_of(
    st.text(max_size=40),
    st.lists(piece | st.text(max_size=4), max_size=16).map(" ".join),
    st.lists(piece, max_size=30).map("".join),
    st.builds(lambda text, times: text * times, piece | st.text(min_size=1, max_size=3),
              st.integers(1, 1200)),  # long, deeply nested, around the length limit
)
filter_text = st.one_of(st.text(max_size=12), st.lists(piece, max_size=6).map("".join),
                        st.sampled_from(["choi", "CHOI", "%", "_", "'", "ministry", "a_b", "c%d", "郑",
                                         "' OR '1'='1", "x" * 60_000]))
dates = st.one_of(st.none(), st.dates().map(date.isoformat), st.text(max_size=12),
                  st.sampled_from(["2024-05-16", "2024-13-01", "' OR 1=1 --", "2024"]))

ODD_SPEAKERS = ["Robert'); DROP TABLE statements;--", "100% Ministry_of Trade", "Zheng Shanjie 郑栅洁",
                "ÉMILE Dupont", "[bold]Mallory[/bold]"]


def odd_names(store: Store) -> None:
    """Speakers, a meeting and topics whose names hold SQL, LIKE wildcards and markup."""
    text = "\n\n".join(f"{name} said the talks went well, number {n}." for n, name in enumerate(ODD_SPEAKERS))
    statements, offset = [], 0
    for n, part in enumerate(text.split("\n\n")):
        statements.append(Statement(kind="reported", text=part, speaker=Speaker(ODD_SPEAKERS[n]), cue="said",
                                    speaker_as_written=ODD_SPEAKERS[n], start=offset, end=offset + len(part),
                                    meeting=0, topics=["a_b", "c%d"] if n % 2 else ["[b]x[/b]"]))
        offset += len(part) + 2
    meeting = Meeting(name="50% Summit_'; --", date="2024-02-29")
    store.ingest(SourceDocument(source="odd.txt", text=text),
                 Extraction(DocumentInfo(source="odd.txt", published="2024-02-29"),
                            meetings=[meeting], statements=statements))


@pytest.fixture(scope="module")
def database(tmp_path_factory, seeds_folder_module) -> Path:
    folder = tmp_path_factory.mktemp("queries")
    store = Store.open(folder / "onrecord.db")
    ingest_paths(store, [seeds_folder_module, write_corpus(folder / "reports", 30)])
    odd_names(store)
    store.close()
    return folder / "onrecord.db"


@pytest.fixture(scope="module")
def seeds_folder_module() -> Path:
    return Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def store(database):
    store = Store.open(database)
    yield store
    store.close()


@pytest.fixture(scope="module")
def everything(store) -> list:
    return store.with_topics(store.statements(StatementFilter(), limit=100_000))


def fingerprint(path: Path) -> tuple:
    """What a successful injection would change: the schema and every table's rows."""
    with sqlite3.connect(path) as connection:
        schema = connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        counts = [connection.execute(f"SELECT count(*), total(id) FROM [{t}]").fetchone()
                  for t in ("documents", "meetings", "speakers", "topics", "statements")]
    return schema, counts


def one_line(message: str) -> bool:
    return bool(message) and "\n" not in message and len(message) < 300


# -- the store ---------------------------------------------------------------------------


@examples(100)
@given(query=queries, prefix_last=st.booleans(), order=st.sampled_from(["relevance", "newest"]))
def test_any_search_runs_or_is_explained_in_one_line(store, query, prefix_last, order):
    selection = StatementFilter(query=query, prefix_last=prefix_last)
    try:
        rows = store.statements(selection, order=order, limit=20)
        total = store.count_statements(selection)
    except QueryError as error:
        assert one_line(str(error)), str(error)
        return
    assert len(rows) <= total
    for row in rows if query else []:  # FTS5 marks words of the statement, and adds nothing else
        assert row.marked_text.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "") == row.text


def ascii_lower(text: str) -> str:
    """What SQLite's lower() does (ASCII letters only), as LIKE compares."""
    return text.translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"))


def contains(name: str | None, part: str) -> bool:
    return name is not None and ascii_lower(part) in ascii_lower(name)


@examples(100)
@given(speaker=st.none() | filter_text, meeting=st.none() | filter_text, topic=st.none() | filter_text,
       since=dates, until=dates)
def test_filters_are_text_to_look_for_never_sql(store, database, everything, speaker, meeting, topic, since, until):
    before = fingerprint(database)
    found = store.statements(StatementFilter(speaker=speaker, meeting=meeting, topic=topic,
                                             since=since, until=until), limit=100_000)
    expected = [row.id for row in everything
                if (not speaker or contains(row.speaker_name, speaker))
                and (not meeting or contains(row.meeting_name, meeting))
                and (not topic or any(contains(t, topic) for t in row.topics))
                and (not since or (row.date is not None and row.date >= since))
                and (not until or (row.date is not None and row.date <= until))]
    assert sorted(row.id for row in found) == sorted(expected)
    assert fingerprint(database) == before


def test_names_full_of_sql_and_wildcards_are_found_literally(store):
    for name in ODD_SPEAKERS:
        [row] = store.statements(StatementFilter(speaker=name))
        assert row.speaker_name == name
    assert {r.speaker_name for r in store.statements(StatementFilter(speaker="100%"))} == {"100% Ministry_of Trade"}
    assert store.statements(StatementFilter(speaker="0%_M")) == []  # % and _ are not wildcards
    assert len(store.statements(StatementFilter(topic="c%d"))) == 2
    assert len(store.statements(StatementFilter(meeting="50% Summit_'; --"))) == 5


# -- the command line ----------------------------------------------------------------------


def run(*args: str):
    return CliRunner().invoke(main, list(args), env={"ONRECORD_DB": None, "ONRECORD_TOPICS": None})


def assert_ran_or_explained(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    if result.exit_code:
        assert result.exit_code == 1
        assert one_line(result.stderr.strip()), result.stderr
    assert "\x1b" not in result.stdout


@examples(40)
@given(query=queries, as_json=st.booleans())
def test_onrecord_search_runs_or_explains_any_query(database, query, as_json):
    result = run("--db", str(database), "search", *(["--json"] if as_json else []), "--", query)
    assert_ran_or_explained(result)


@examples(40)
@given(speaker=filter_text, topic=filter_text, meeting=filter_text, since=dates, until=dates)
def test_onrecord_search_filters_run_or_are_explained(database, speaker, topic, meeting, since, until):
    before = fingerprint(database)
    options = [f"--speaker={speaker}", f"--topic={topic}", f"--meeting={meeting}"]
    options += [f"--since={since}"] if since is not None else []
    options += [f"--until={until}"] if until is not None else []
    result = run("--db", str(database), "search", *options, "--", "said OR gallium")
    assert_ran_or_explained(result)
    if result.exit_code:
        assert "is not a date; use YYYY-MM-DD" in result.stderr
    assert fingerprint(database) == before


# -- the search box ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def driven_app(database):
    store = Store.open(database)
    driver = AppDriver(onrecord.tui.app.OnRecordApp(store))
    yield driver
    driver.close()
    store.close()


async def type_in_search_box(pilot, query: str, submit: bool) -> tuple[bool, str | None, int, str]:
    app = pilot.app
    app.search_input.focus()
    app.search_input.value = query
    await pilot.pause(0.01)
    await app.workers.wait_for_complete()
    if submit:
        await pilot.press("enter")
        await app.workers.wait_for_complete()
    await pilot.pause()
    info = str(app.query_one("#search-info").render())
    return app.is_running, app.search_error, app.statement_list.total, info


@examples(20)
@given(query=queries, submit=st.booleans())
def test_the_search_box_runs_or_explains_anything_typed_into_it(driven_app, query, submit):
    running, error, total, info = driven_app.run(lambda pilot: type_in_search_box(pilot, query, submit))
    assert running
    if error is not None:
        assert one_line(error) and error.split(":")[0] in info
    elif query.strip():
        assert "match" in info or "statement" in info
    assert driven_app.app.return_code is None
