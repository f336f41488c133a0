"""`onrecord export`: statements as Markdown citations a user pastes into a brief.

The output is read back with markdown-it-py (CommonMark, raw HTML enabled, as most
renderers are), so a test fails if a statement's words could open a heading, a link, an
HTML tag, or end its blockquote early.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

import onrecord.db.export
from onrecord.db.export import render_markdown
from onrecord.db.store import StatementFilter, Store

HOSTILE = "<script>alert(1)</script>"


def parse(markdown: str) -> list[Token]:
    return MarkdownIt("commonmark").use(front_matter_plugin).parse(markdown)


def front_matter(tokens: list[Token]) -> dict:
    """The YAML front matter; OnRecord writes each value as JSON, a subset of YAML."""
    assert tokens[0].type == "front_matter"
    fields = {}
    for line in tokens[0].content.splitlines():
        key, _, value = line.partition(": ")
        # Every value is JSON (a subset of YAML), or a bare word, which YAML reads as a string.
        plain = re.fullmatch(r"[a-z]+", value) and value not in ("null", "true", "false")
        fields[key] = value if plain else json.loads(value)
    return fields


def inline_text(token: Token) -> str:
    """What a reader sees of an inline token once rendered (escapes resolved)."""
    pieces = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            pieces.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            pieces.append("\n")
    return "".join(pieces)


REPORTED = re.compile(r"Reported(?: \((?P<cue>[^)]*)\))?: ")


def statements_in(tokens: list[Token]) -> list[dict]:
    """Each statement of a brief: a direct quote is a top-level blockquote of its words
    only; reported speech a top-level paragraph "Reported (cue): words"; each is followed
    by its attribution paragraph ("— **Speaker** …")."""
    found, depth, quote_words = [], 0, []
    pending = None
    for index, token in enumerate(tokens):
        if token.type == "blockquote_open":
            depth += 1
            quote_words = []
        elif token.type == "blockquote_close":
            depth -= 1
            if depth == 0:
                pending = {"kind": "quote", "words": "\n\n".join(inline_text(t) for t in quote_words),
                           "tokens": list(quote_words)}
        elif token.type == "inline" and depth:
            quote_words.append(token)
        elif token.type == "inline" and tokens[index - 1].type == "paragraph_open":
            text = inline_text(token)
            reported = REPORTED.match(text)
            if reported and pending is None:
                pending = {"kind": "reported", "words": text[reported.end():], "cue": reported["cue"],
                           "tokens": [token]}
            elif text.startswith("— ") and pending is not None:
                found.append({**pending, "attribution": token})
                pending = None
    assert pending is None, "a statement without its attribution"
    return found


def citations(tokens: list[Token]) -> list[tuple[str, Token]]:
    """(words as rendered, attribution inline token) for each statement."""
    return [(s["words"], s["attribution"]) for s in statements_in(tokens)]


def attribution_of(line: Token) -> dict:
    children = line.children or []
    strong = [children[i + 1].content for i, c in enumerate(children) if c.type == "strong_open"]
    return {"speaker": strong, "code": [c.content for c in children if c.type == "code_inline"],
            "text": inline_text(line)}


def statement_id(store: Store, words: str) -> int:
    [row] = store.statements(StatementFilter(query=f'"{words}"'))
    return row.id


@pytest.fixture
def store(seeded_db):
    store = Store.open(seeded_db)
    yield store
    store.close()


# -- the brief a user gets ---------------------------------------------------------------


def test_exporting_minerals_writes_a_quote_and_a_reported_statement_under_the_meeting(
        cli, seeded_db, tmp_path, store, seed_file):
    output = tmp_path / "brief.md"

    result = cli("--db", seeded_db, "export", "--query", "minerals", "-o", output)

    assert result.exit_code == 0, result.output
    assert "Wrote 2 statements" in result.stdout
    tokens = parse(output.read_text(encoding="utf-8"))
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings == ["18th Korea-China Meeting on Economic Cooperation (2024-05-16, virtual)"]
    quoted = {words: attribution_of(line) for words, line in citations(tokens)}
    assert len(quoted) == 2
    [choi_words] = [w for w in quoted if "gallium" in w]
    choi = quoted[choi_words]
    assert choi_words.startswith("The two nations should cooperate")
    assert choi["speaker"] == ["Choi Sang-mok"]
    assert ", Finance Minister, South Korea · quoted directly (added) · attribution: by a pronoun" in choi["text"]
    # The local file the report came from, relative to the brief: never an absolute path.
    assert choi["code"] == [os.path.relpath(seed_file.resolve(), tmp_path)]
    assert "published 2024-05-16" in choi["text"]
    assert choi["text"].endswith(f"statement #{statement_id(store, 'urea, gallium and graphite')}")
    [ministry_words] = [w for w in quoted if w is not choi_words]
    assert quoted[ministry_words]["speaker"] == ["Ministry of Economy and Finance"]
    assert "South Korea · reported speech (said) · attribution: a ministry" in quoted[ministry_words]["text"]
    kinds = {s["words"][:20]: s["kind"] for s in statements_in(tokens)}
    assert sorted(kinds.values()) == ["quote", "reported"]


def test_the_front_matter_says_how_the_statements_were_chosen_in_lists_obsidian_reads(
        cli, seeded_db, tmp_path):
    output = tmp_path / "brief.md"
    before = datetime.now().astimezone().replace(microsecond=0)
    assert cli("--db", seeded_db, "export", "--query", "minerals", "--speaker", "choi",
               "-o", output).exit_code == 0

    fields = front_matter(parse(output.read_text(encoding="utf-8")))

    assert fields["chosen_by"] == ["search: minerals", "speaker: choi"]
    assert fields["statements"] == "1" or fields["statements"] == 1
    assert fields["tags"] == ["onrecord", "brief"] and fields["title"].startswith("OnRecord brief")
    # Obsidian reads lists of strings, not objects.
    assert all(isinstance(value, (str, int, list)) for value in fields.values())
    created = datetime.fromisoformat(fields["created"])
    assert created.tzinfo is not None and created >= before


def test_the_exported_words_are_verbatim_once_rendered(cli, seeded_db, tmp_path, store):
    output = tmp_path / "all.md"
    assert cli("--db", seeded_db, "export", "--query", "cooperation OR minerals", "-o",
               output).exit_code == 0
    rendered = {words for words, _ in citations(parse(output.read_text(encoding="utf-8")))}
    stored = {r.text for r in store.statements(StatementFilter(query="cooperation OR minerals"))}
    assert rendered == stored and len(stored) >= 5


def test_exporting_chosen_ids_writes_exactly_those_statements(cli, seeded_db, tmp_path, store):
    chosen = sorted([statement_id(store, "urea, gallium and graphite"),
                     statement_id(store, "working-level consultative body")])
    output = tmp_path / "chosen.md"

    result = cli("--db", seeded_db, "export", "--ids", ",".join(map(str, chosen)), "-o", output)

    assert result.exit_code == 0, result.output
    tokens = parse(output.read_text(encoding="utf-8"))
    ids = sorted(int(line.content.rsplit("#", 1)[1]) for _, line in citations(tokens))
    assert ids == chosen
    fields = front_matter(tokens)
    assert fields["chosen_by"] == ["statements: " + ", ".join(f"#{i}" for i in chosen)]


def test_ids_that_are_not_numbers_are_a_one_line_error(cli, seeded_db, tmp_path, one_line_error):
    output = tmp_path / "x.md"
    line = one_line_error(cli("--db", seeded_db, "export", "--ids", "3,seven", "-o", output))
    assert "--ids takes numbers" in line
    assert not output.exists()


def test_an_existing_file_is_kept_unless_the_user_says_force(cli, seeded_db, tmp_path,
                                                             one_line_error):
    output = tmp_path / "brief.md"
    output.write_text("my notes\n", encoding="utf-8")

    line = one_line_error(cli("--db", seeded_db, "export", "--query", "gallium", "-o", output))

    assert "already exists (use --force to overwrite)" in line
    assert output.read_text(encoding="utf-8") == "my notes\n"

    forced = cli("--db", seeded_db, "export", "--query", "gallium", "-o", output, "--force")

    assert forced.exit_code == 0, forced.output
    assert len(citations(parse(output.read_text(encoding="utf-8")))) == 1


def test_exporting_into_a_folder_that_does_not_exist_fails_and_creates_nothing(
        cli, seeded_db, tmp_path, one_line_error):
    output = tmp_path / "no" / "such" / "folder" / "brief.md"
    line = one_line_error(cli("--db", seeded_db, "export", "--query", "gallium", "-o", output))
    assert "cannot write to" in line and "No such file or directory" in line
    assert not (tmp_path / "no").exists()


def test_exporting_under_a_file_as_if_it_were_a_folder_fails_in_one_line(
        cli, seeded_db, tmp_path, one_line_error):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("notes\n")
    one_line_error(cli("--db", seeded_db, "export", "--query", "gallium",
                       "-o", not_a_folder / "brief.md"))
    assert not_a_folder.read_text() == "notes\n"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root can write into a read-only folder")
def test_exporting_into_a_read_only_folder_fails_and_leaves_no_partial_file(
        cli, seeded_db, tmp_path, one_line_error):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        line = one_line_error(cli("--db", seeded_db, "export", "--query", "gallium",
                                  "-o", folder / "brief.md"))
        assert "Permission denied" in line
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(stat.S_IRWXU)


def test_a_write_that_fails_half_way_leaves_the_old_file_and_no_temporary_file(
        cli, seeded_db, tmp_path, monkeypatch, one_line_error):
    output = tmp_path / "brief.md"
    output.write_text("the previous brief\n", encoding="utf-8")

    def disk_full(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(onrecord.db.export.os, "replace", disk_full)
    line = one_line_error(cli("--db", seeded_db, "export", "--query", "gallium",
                              "-o", output, "--force"))

    assert "No space left on device" in line
    assert output.read_text(encoding="utf-8") == "the previous brief\n"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".brief.md")]


def test_the_exported_file_gets_the_usual_permissions_not_private_temp_file_ones(
        cli, seeded_db, tmp_path):
    output = tmp_path / "brief.md"
    umask = os.umask(0o022)
    try:
        assert cli("--db", seeded_db, "export", "--query", "gallium", "-o", output).exit_code == 0
    finally:
        os.umask(umask)
    assert stat.S_IMODE(output.stat().st_mode) == 0o644


def test_overwriting_a_private_brief_keeps_it_private(cli, seeded_db, tmp_path):
    output = tmp_path / "brief.md"
    output.write_text("old\n")
    output.chmod(0o600)
    assert cli("--db", seeded_db, "export", "--query", "gallium", "-o", output,
               "--force").exit_code == 0
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    assert output.read_text(encoding="utf-8").startswith("---\n")


def test_an_export_query_that_cannot_run_is_a_one_line_error_and_writes_nothing(
        cli, seeded_db, tmp_path, one_line_error):
    output = tmp_path / "brief.md"
    line = one_line_error(cli("--db", seeded_db, "export", "--query", '"open', "-o", output))
    assert "Unbalanced quote" in line
    assert not output.exists()


# -- hostile words stay words ------------------------------------------------------------


@pytest.fixture
def hostile_db(tmp_path, write_seed, cli) -> Path:
    """A report whose statements carry Markdown, HTML and Textual markup."""
    write_seed(
        "hostile.txt", "2024-06-03",
        "Delegates at the 3rd Korea-Japan Trade Dialogue in Seoul. (Pool)",
        "South Korea and Japan held the 3rd Korea-Japan Trade Dialogue in Seoul on Monday, "
        "with Trade Minister Park Ji-hoon leading the Korean side.",
        f'"We will not accept {HOSTILE}, [link](http://x) or [@click=app.quit]x[/] in any '
        'trade deal," Park said.',
        "# heading and > x and <b>bold</b> and ![image](http://x/i.png) were all on the "
        "agenda, Park said.",
        "> x marks the *spot* for `code` and __trade__ talks, Park said.",
    )
    database = tmp_path / "hostile.db"
    assert cli("--db", database, "ingest", tmp_path / "reports").exit_code == 0
    return database


def test_markdown_and_html_in_a_statement_cannot_break_the_citation_structure(
        cli, hostile_db, tmp_path):
    with sqlite3.connect(hostile_db) as connection:
        stored = {row[0] for row in connection.execute("SELECT text FROM statements")}
    assert any(text.startswith("# heading") for text in stored)
    assert any(text.startswith("> x") for text in stored)
    assert any(HOSTILE in text and "[@click=app.quit]x[/]" in text for text in stored)
    output = tmp_path / "hostile.md"

    assert cli("--db", hostile_db, "export", "--query", "agenda OR deal OR spot", "-o",
               output).exit_code == 0

    tokens = parse(output.read_text(encoding="utf-8"))
    found = statements_in(tokens)
    # One blockquote per direct quote, none for reported speech.
    assert sum(t.type == "blockquote_open" for t in tokens) == sum(s["kind"] == "quote" for s in found) == 1
    assert sum(t.type == "heading_open" for t in tokens) == 1  # the meeting's, none from words
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
    assert not kinds & {"html_inline", "html_block", "link_open", "image", "em_open", "hr",
                        "bullet_list_open"}
    for statement in found:
        for words in statement["tokens"]:
            assert {c.type for c in words.children} <= {"text", "softbreak"}
    assert sorted(s["words"] for s in found) == sorted(stored)  # each one verbatim once rendered


def test_front_matter_cannot_be_ended_early_by_a_query(cli, hostile_db, tmp_path):
    output = tmp_path / "q.md"
    query = 'deal OR "end\n---\ninjected: true"'
    assert cli("--db", hostile_db, "export", "--query", query, "-o", output).exit_code == 0
    fields = front_matter(parse(output.read_text(encoding="utf-8")))
    assert fields["chosen_by"] == [f"search: {query}"]
    assert "injected" not in fields


def test_render_markdown_escapes_line_starts_inside_multi_line_words(store):
    [row] = store.statements(StatementFilter(query="gallium"))
    row.text = ("first line\n# heading\n> quote\n- item\n1. item\n<div>html</div>\n"
                "R&amp;D &copy; 2024\n---")
    tokens = parse(render_markdown([row], query="gallium"))
    [(words, _)] = citations(tokens)
    assert words == row.text
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
    assert not kinds & {"html_block", "html_inline", "bullet_list_open", "ordered_list_open", "hr"}
    assert sum(t.type == "heading_open" for t in tokens) == 1  # the meeting's heading only


def test_an_indented_line_in_the_words_does_not_become_a_code_block(store):
    [row] = store.statements(StatementFilter(query="gallium"))
    row.text = 'We will cooperate,\n\n    "and we will keep cooperating."'
    tokens = parse(render_markdown([row]))
    assert "code_block" not in {t.type for t in tokens}
    [(words, _)] = citations(tokens)
    assert words == 'We will cooperate,\n\n"and we will keep cooperating."'


# -- a brief one can put one's name to ------------------------------------------------------


def test_no_absolute_path_in_a_brief_of_local_reports(cli, seeded_db, tmp_path, seed_file):
    folder = tmp_path / "briefs"
    folder.mkdir()
    output = folder / "brief.md"
    assert cli("--db", seeded_db, "export", "--query", "cooperation OR minerals", "-o", output,
               "--csl", folder / "refs.json").exit_code == 0
    for written in (output, folder / "refs.json"):
        text = written.read_text(encoding="utf-8")
        # No path starts at the root: "../../work/…" is relative, "/work/…" is not.
        assert not re.search(r"(?<![\w.])/(?:tmp|home|root|Users|work)/", text), written
    assert f"`{os.path.relpath(seed_file.resolve(), folder)}`" in output.read_text(encoding="utf-8")


def test_the_cited_reports_are_csl_json_a_real_citation_processor_accepts(cli, hostile_db, tmp_path):
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    refs = tmp_path / "refs.json"
    assert cli("--db", hostile_db, "export", "--query", "deal", "-o", tmp_path / "b.md", "--csl", refs).exit_code == 0
    items = json.loads(refs.read_text(encoding="utf-8"))
    assert [item["type"] for item in items] == ["article-newspaper"]
    assert items[0]["issued"] == {"date-parts": [[2024, 6, 3]]}
    bibliography = CitationStylesBibliography(CitationStylesStyle("harvard-cite-them-right", validate=False),
                                              CiteProcJSON(items), formatter.plain)
    bibliography.register(Citation([CitationItem(items[0]["id"])]))
    [entry] = [str(line) for line in bibliography.bibliography()]
    assert "2024" in entry
