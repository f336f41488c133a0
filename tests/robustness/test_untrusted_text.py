"""Document text is data. Markup in a report shows as the characters it is, everywhere the
app shows text; escape sequences, C1 controls, bidi overrides and zero-width characters
never reach the terminal (removed at ingest, and again before display, for databases
another program wrote); and Markdown export keeps a quote's words while escaping whatever
would break the brief's structure."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.text import Text

from onrecord.db.documents import SourceDocument
from onrecord.db.export import render_markdown
from onrecord.db.model import DocumentInfo, Extraction, Meeting, Speaker, Statement
from onrecord.db.store import StatementFilter, Store
from onrecord.db.text import UNSAFE_CHARACTERS, clean_text, mask_unsafe
from onrecord.tui.screens.help import HelpScreen
from onrecord.tui.widgets.detail import SOURCE_HIGHLIGHT, render_detail
from tests.robustness.conftest import examples
from tests.test_export import citations, inline_text, parse, statements_in
from tests.tui.conftest import settle
from tests.tui.test_app import screen_text

CLICK = "[@click=app.quit]x[/]"
LINK = "[link=file:///etc/passwd]x[/link]"
CLOSE = "[/]"
FILE_NAME = "[@click=app.quit]x[b]brief"  # markup without a /, which a file name cannot hold
ESCAPES = ["\x1b[2J", "\x1b]0;title\x07", "\x1b]52;c;aGk=\x07", "\x9b2J", "\x85", "\u202e", "\u2066",
           "\u200b", "\u200d", "\ufeff", "\x07", "\x08", "\x7f"]
TERMINAL_ACTORS = ["\x1b", "\x07", "\x9b", "\x85", "\u202e", "\u2066", "\u200b", "\u200d", "\ufeff", "\x7f"]


def hostile(label: str) -> str:
    """`label`, wrapped in markup and laced with every control sequence."""
    return f"{CLICK} {label} {LINK}{''.join(ESCAPES)} {CLOSE}"


def shown(label: str) -> str:
    """What a user must see of hostile(label): the markup, literally, and no controls."""
    return clean_text(hostile(label))


def hostile_store(path: Path, clean: bool = True) -> Store:
    """A database where every text field holds markup and control sequences.

    With clean=False the rows are written as another program might, controls and all.
    """
    prepare = clean_text if clean else (lambda text: text)
    store = Store.open(path)
    before = prepare('Trade talks opened on Monday.\n\n"')
    quote = prepare(f"We will {hostile('quote')} keep supply chains open")
    text = before + quote + prepare('," Park said.\n\nMore.')
    statement = Statement(kind="quote", text=quote, start=len(before), end=len(before) + len(quote),
                          speaker=Speaker(prepare(hostile("speaker")), title=prepare(hostile("title"))),
                          speaker_as_written=prepare(hostile("as written")), cue=prepare(hostile("cue")),
                          meeting=0, topics=[prepare(hostile("topic"))])
    meeting = Meeting(name=prepare(hostile("meeting")), date="2024-06-03", format=prepare(hostile("format")))
    document = SourceDocument(source=prepare(hostile("source")), text=text, title=prepare(hostile("title")),
                              published=prepare(hostile("published")))
    store.ingest(document, Extraction(DocumentInfo(source=document.source), meetings=[meeting],
                                      statements=[statement]))
    return store


def assert_nothing_reaches_the_terminal(app) -> None:
    screenshot = app.export_screenshot()
    for actor in TERMINAL_ACTORS:
        assert actor not in screenshot, repr(actor)


async def test_markup_in_every_field_shows_literally_in_the_lists_detail_breadcrumb_and_source(
        tmp_path, make_app):
    store = hostile_store(tmp_path / "hostile.db")
    app = make_app(store)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app, pilot)
        screen = screen_text(app)
        for label in ("meeting", "topic", "quote"):  # the meetings, topics and statements lists
            assert shown(label)[:25] in screen, label
        detail = str(app.query_one("#detail").render())
        for label in ("speaker", "title", "as written", "cue", "meeting", "format", "topic", "source", "published"):
            assert shown(label) in detail.replace("\n", " "), label
        # The meeting view: its name, facts, people and statements, all literal.
        app.query_one("#meetings").focus()
        await pilot.press("enter")
        await settle(app, pilot)
        meeting_view = " ".join(str(app.screen.query_one(q).render())
                                for q in ("#meeting-title", "#meeting-facts")).replace("\n", " ")
        for label in ("meeting", "format", "speaker", "title", "source"):
            assert shown(label) in meeting_view or shown(label)[:25] in screen_text(app), label
        assert_nothing_reaches_the_terminal(app)
        # Drill into the meeting, the topic and the speaker: each label in the breadcrumb.
        await pilot.press("f")
        await settle(app, pilot)
        app.query_one("#topics").focus()
        await pilot.press("enter")
        await settle(app, pilot)
        app.statement_list.focus()
        await pilot.press("s")
        await settle(app, pilot)
        crumb = str(app.query_one("#breadcrumb").render())
        for label in ("meeting", "topic", "speaker"):
            assert shown(label) in crumb, label
        assert app.statement_list.total == 1
        assert_nothing_reaches_the_terminal(app)
        await pilot.press("o")  # the source view: its title and the report
        await pilot.pause()
        title = str(app.screen.query_one("#source-title").render())
        assert shown("title") in title and shown("published") in title
        assert shown("quote")[:40] in str(app.screen.query_one("#source-body").render())
        assert_nothing_reaches_the_terminal(app)
        await pilot.press("escape")
        await pilot.click("#statements", offset=(40, 1))  # clicking "[@click=app.quit]" does nothing
        await pilot.click("#detail", offset=(3, 1))
        assert app.is_running
    store.close()


async def test_a_search_error_notifications_and_dialogs_show_markup_literally(tmp_path, make_app):
    store = hostile_store(tmp_path / "hostile.db")
    app = make_app(store)
    async with app.run_test(size=(160, 50), notifications=True) as pilot:
        await settle(app, pilot)
        app.search_input.value = f'{CLICK} "unclosed'
        await settle(app, pilot)
        assert "Unbalanced quote" in str(app.query_one("#search-info").render())
        app.search_input.value = f"{LINK} zzzz"
        await settle(app, pilot)
        assert f"No statements match “{LINK} zzzz”." in str(app.statement_list.empty_message)
        assert f"search: {LINK} zzzz" in str(app.query_one("#breadcrumb").render())
        app.search_input.value = ""
        await settle(app, pilot)
        app.statement_list.focus()
        await pilot.press("space", "e")
        await pilot.pause()
        dialog = app.screen
        unwritable = tmp_path / FILE_NAME / "brief.md"  # a folder that does not exist
        dialog.query_one("#export-path").value = str(unwritable)
        dialog.query_one("#export-path").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert FILE_NAME in str(dialog.query_one("#export-error").render())
        target = tmp_path / f"{FILE_NAME}.md"
        dialog.query_one("#export-path").value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert target.exists()
        assert FILE_NAME in screen_text(app)  # in the notification "Exported ... to", literally
        await pilot.press("y")  # copy: the citation on the clipboard has no controls either
        assert shown("quote")[:20] in app.clipboard.replace("\\", "")
        assert not UNSAFE_CHARACTERS.search(app.clipboard)
        assert_nothing_reaches_the_terminal(app)
        assert app.is_running
    store.close()


async def test_the_help_screen_shows_markup_in_its_text_literally(tmp_path, make_app):
    app = make_app(Store.open(tmp_path / "onrecord.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await app.push_screen(HelpScreen([(CLICK, [(CLOSE, LINK)])]))
        await pilot.pause()
        text = screen_text(app)
        assert CLICK in text and LINK in text and f"{CLOSE}  " in text
        await pilot.click(offset=(10, 3))
        assert app.is_running


async def test_a_database_written_by_another_program_with_raw_controls_shows_none_of_them(tmp_path, make_app):
    store = hostile_store(tmp_path / "raw.db", clean=False)
    raw = store.db.execute("SELECT text FROM statements").fetchone()[0]
    assert "\x1b[2J" in raw  # stored raw, as another program could
    app = make_app(store)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app, pilot)
        await pilot.press("o")
        await pilot.pause()
        assert_nothing_reaches_the_terminal(app)
        await pilot.press("escape")
        await pilot.pause()
        assert_nothing_reaches_the_terminal(app)
    store.close()


def test_controls_in_a_stored_document_do_not_shift_the_highlighted_words(tmp_path):
    store = hostile_store(tmp_path / "raw.db", clean=False)
    [row] = store.statements(StatementFilter())
    document = store.document(row.document_id)["text"]
    detail = render_detail(row, document, [])
    [span] = [s for s in detail.spans if s.style == SOURCE_HIGHLIGHT]
    highlighted_words = detail.plain[span.start:span.end]
    assert highlighted_words == mask_unsafe(row.text)  # masked one for one, not removed
    assert "We will" in highlighted_words and highlighted_words.endswith("keep supply chains open")
    store.close()


def test_search_as_json_escapes_controls_and_keeps_the_data(cli, tmp_path):
    hostile_store(tmp_path / "raw.db", clean=False).close()
    result = cli("--db", tmp_path / "raw.db", "search", "--json", "supply")
    assert result.exit_code == 0, result.output
    assert not UNSAFE_CHARACTERS.search(result.stdout)
    [row] = json.loads(result.stdout)
    with sqlite3.connect(tmp_path / "raw.db") as connection:
        assert row["text"] == connection.execute("SELECT text FROM statements").fetchone()[0]


def test_a_file_name_with_escape_sequences_is_printed_without_them(cli, db_path, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "\x1b]0;pwned\x07report\x9b2J.txt").write_bytes(b"")
    result = cli("--db", db_path, "ingest", folder)
    assert f"{folder}/report.txt: the file is empty" in result.stdout
    assert "pwned" not in result.stdout
    assert not UNSAFE_CHARACTERS.search(result.stdout)


# -- Markdown export -----------------------------------------------------------------------

words = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=200) | \
    st.lists(st.sampled_from(["#", "# ", ">", "> ", "- ", "* ", "+ ", "1. ", "2) ", "---", "===", "```",
                              "~~~", "    ", "\t", "<div>", "</p>", "<!--", "[x](http://e)", "![i](x)",
                              "[x]: http://e", "<http://e>", "&amp;", "&#35;", "\\", "*em*", "_em_",
                              "`code`", "|a|b|", "\n", "\n\n", "  \n", CLICK, "\x1b[2J", "\u202e",
                              "word", "Seoul’s “quote”", "郑栅洁"]), min_size=1, max_size=25).map("".join)


def normalised(text: str) -> str:
    return " ".join(clean_text(text).split())


def between(tokens, opening: str, closing: str) -> list:
    """The tokens inside each opening ... closing pair (one level)."""
    inside, depth, found = [], 0, []
    for token in tokens:
        if token.type == closing:
            depth -= 1
            if depth == 0:
                found.append(inside)
        if depth:
            inside.append(token)
        if token.type == opening:
            depth += 1
            if depth == 1:
                inside = []
    return found


@pytest.mark.property
@examples(200)
@given(text=words.filter(lambda text: clean_text(text).strip()), speaker=words, meeting=words)
def test_exported_words_stay_verbatim_and_cannot_break_the_brief(seeded_db_module, text, speaker, meeting):
    [row] = seeded_db_module.statements(StatementFilter(query="gallium"))
    row.text, row.speaker_name, row.meeting_name = text, speaker, meeting
    tokens = parse(render_markdown([row], query="gallium"))
    assert not {t.type for t in tokens} & {"html_block", "code_block", "fence", "hr", "bullet_list_open",
                                           "ordered_list_open", "lheading"}
    [heading] = between(tokens, "heading_open", "heading_close")  # the meeting's, none from the words
    [quote] = between(tokens, "blockquote_open", "blockquote_close")  # one quote: its words only
    paragraphs = [t for t in quote if t.type == "inline"]
    for inline in [*heading, *paragraphs]:  # the words are text, never a link, tag or emphasis
        assert {c.type for c in inline.children or []} <= {"text", "softbreak", "hardbreak"}
    [(quoted, line)] = citations(tokens)
    assert normalised(quoted) == normalised(text)
    assert normalised(inline_text(heading[0])).startswith(normalised(meeting))
    [name] = between(line.children, "strong_open", "strong_close")
    assert normalised("".join(c.content for c in name)) == (normalised(speaker) or "Unattributed")


QUOTE_MARKS = "\"“”„«»‘’'"


@pytest.mark.property
@examples(200)
@given(statements=st.lists(st.tuples(st.sampled_from(["quote", "reported"]),
                                     words.filter(lambda text: clean_text(text).strip()),
                                     st.sampled_from(["said", "told", "according to", "called for", None])),
                           min_size=1, max_size=6),
       notes=st.one_of(st.none(), st.lists(words, min_size=6, max_size=6)))
def test_reported_speech_is_never_in_a_blockquote_or_quotation_marks(seeded_db_module, statements, notes):
    """Whatever the words, a brief never dresses reported speech as a quote: no
    blockquote, no quotation marks put around it; direct quotes are blockquotes. The same
    for a collection's brief, whatever its notes say ("> quoted", "Reported: …")."""
    [template] = seeded_db_module.statements(StatementFilter(query="gallium"))
    rows = []
    for number, (kind, text, cue) in enumerate(statements):
        row = copy.copy(template)
        row.id, row.kind, row.text, row.cue, row.span_start = 1000 + number, kind, text, cue, number
        rows.append(row)
    items = None if notes is None else {
        row.id: {"note": note, "chosen_by": f"search: {note}"} for row, note in zip(rows, notes, strict=False)}
    tokens = parse(render_markdown(rows, items=items))
    found = statements_in(tokens)
    assert [s["kind"] for s in found] == [r.kind for r in rows]
    assert sum(t.type == "blockquote_open" for t in tokens) == sum(r.kind == "quote" for r in rows)
    for statement, row in zip(found, rows, strict=True):
        assert normalised(statement["words"]) == normalised(row.text)
        if row.kind == "reported":
            [paragraph] = statement["tokens"]
            rendered = inline_text(paragraph)
            # "Reported (cue): " then the words exactly: no mark added before or after them.
            assert rendered.startswith("Reported")
            words = " ".join(clean_text(row.text).split())
            assert rendered[rendered.index(": ") + 2:][:1] not in QUOTE_MARKS or words[:1] in QUOTE_MARKS
            assert rendered.rstrip()[-1:] not in QUOTE_MARKS or words[-1:] in QUOTE_MARKS


@pytest.fixture(scope="module")
def seeded_db_module(tmp_path_factory):
    from onrecord.db.ingest import ingest_paths
    store = Store.open(tmp_path_factory.mktemp("export") / "onrecord.db")
    ingest_paths(store, [Path(__file__).resolve().parents[2] / "seeds"])
    yield store
    store.close()


def test_safe_text_is_never_parsed_as_markup():
    from onrecord.tui.render import safe
    assert isinstance(safe(CLICK), Text) and safe(CLICK).plain == CLICK and not safe(CLICK).spans
