"""Untrusted text at ingest: escape sequences and invisible controls never reach the database,
while markup-like text such as `[bold]` is part of what was written and stays literal."""

from __future__ import annotations

import io
import json
import sqlite3

import pytest
from rich.console import Console

import onrecord.tui.cli
from onrecord.db.search import HIGHLIGHT_END, HIGHLIGHT_START
from onrecord.db.text import clean_text

OSC_52_CLIPBOARD = "\x1b]52;c;aGk=\x07"
CLEAR_SCREEN = "\x1b[2J"
C1_CONTROLS = "\x9b\x85\x90"  # CSI, NEL and DCS as 8-bit controls
BIDI_OVERRIDES = "\u202e\u2066\u2069\u202d"
INVISIBLE = "\u200b\ufeff\x7f"
UNWANTED = [OSC_52_CLIPBOARD, CLEAR_SCREEN, "\x1b", "\x07", *C1_CONTROLS, *BIDI_OVERRIDES,
            *INVISIBLE, HIGHLIGHT_START, HIGHLIGHT_END]


def stored_texts(database) -> list[str]:
    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            "SELECT text FROM documents UNION ALL SELECT text FROM statements"
            " UNION ALL SELECT coalesce(title, '') FROM documents"
            " UNION ALL SELECT coalesce(speaker_as_written, '') FROM statements"
            " UNION ALL SELECT name FROM speakers").fetchall()
    return [row[0] for row in rows]


@pytest.fixture
def hostile_report(write_seed):
    return write_seed(
        "hostile.txt", "2024-06-03",
        f"Delegates at the talks. {CLEAR_SCREEN}(Pool)",
        "Trade Minister Park Ji-hoon met his Japanese counterpart in Tokyo on Monday.",
        f'"Copy this {OSC_52_CLIPBOARD}now, then clear {CLEAR_SCREEN}the [bold]screen[/bold] '
        f'and [@click=app.quit]x[/] quit{C1_CONTROLS} while {BIDI_OVERRIDES}reversing{INVISIBLE} '
        'text," Park said.',
    )


def test_a_hostile_report_is_stored_without_escape_sequences_or_invisible_controls(
        cli, db_path, hostile_report):
    assert cli("--db", db_path, "ingest", hostile_report).exit_code == 0
    texts = stored_texts(db_path)
    for unwanted in UNWANTED:
        assert not any(unwanted in text for text in texts), repr(unwanted)
    [quote] = [t for t in texts if t.startswith("Copy this")]
    assert quote == ("Copy this now, then clear the [bold]screen[/bold] and "
                     "[@click=app.quit]x[/] quit while reversing text")


def test_markup_like_text_stays_literal_and_spans_still_point_at_the_words(
        cli, db_path, hostile_report):
    assert cli("--db", db_path, "ingest", hostile_report).exit_code == 0
    with sqlite3.connect(db_path) as connection:
        [(document, start, end, text)] = connection.execute(
            "SELECT d.text, s.span_start, s.span_end, s.text FROM statements s"
            " JOIN documents d ON d.id = s.document_id WHERE s.kind = 'quote'").fetchall()
    assert "[bold]screen[/bold]" in text and "[@click=app.quit]x[/]" in text
    assert document[start:end] == text


def test_searching_a_hostile_statement_prints_its_markup_as_text_and_no_escapes(
        cli, db_path, hostile_report):
    assert cli("--db", db_path, "ingest", hostile_report).exit_code == 0
    result = cli("--db", db_path, "search", "screen")
    assert result.exit_code == 0, result.output
    assert "[bold]screen[/bold]" in result.stdout
    assert "[@click=app.quit]x[/]" in result.stdout
    assert "\x1b" not in result.stdout


def test_extract_prints_markup_in_a_report_literally(cli, hostile_report, monkeypatch):
    screen = io.StringIO()
    monkeypatch.setattr(onrecord.tui.cli, "console", Console(file=screen, width=500, highlight=False))
    result = cli("extract", hostile_report)
    assert result.exit_code == 0, result.output
    assert "[bold]screen[/bold] and [@click=app.quit]x[/] quit" in screen.getvalue()
    assert "\x1b" not in screen.getvalue()


def test_json_lines_escapes_and_lone_surrogates_are_cleaned_too(cli, db_path, tmp_path):
    record = {
        "text": f"Trade Minister Park Ji-hoon met counterparts on Monday.\n\n"
                f"\"We keep supply chains open{OSC_52_CLIPBOARD} for every partner\ud800 in "
                f"the region,\" Park said.",
        "title": f"Park {CLEAR_SCREEN}on supply chains\u202e",
        "published": "2024-06-03",
    }
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")  # \ud800 stays a JSON escape

    result = cli("--db", db_path, "ingest", feed)

    assert result.exit_code == 0, result.output
    assert "1 document read" in result.stdout
    texts = stored_texts(db_path)
    assert "Park on supply chains" in texts
    assert "We keep supply chains open for every partner in the region" in texts
    assert not any("\x1b" in t or "\ud800" in t for t in texts)


def test_windows_and_old_mac_line_endings_become_newlines_before_offsets_are_taken(
        cli, db_path, tmp_path, seed_text):
    report = tmp_path / "crlf.txt"
    report.write_bytes(seed_text.replace("\n", "\r\n").encode("utf-8"))
    assert cli("--db", db_path, "ingest", report).exit_code == 0
    with sqlite3.connect(db_path) as connection:
        [document] = connection.execute("SELECT text FROM documents").fetchone()
        spans = connection.execute("SELECT span_start, span_end, text FROM statements").fetchall()
    assert "\r" not in document
    assert document == seed_text
    assert len(spans) == 6 and all(document[s:e] == text for s, e, text in spans)


def test_a_file_name_that_looks_like_markup_is_printed_literally(cli, db_path, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "[bold red]report.txt").write_bytes(b"\x00binary")
    result = cli("--db", db_path, "ingest", folder)
    assert result.exit_code == 1
    assert "[bold red]report.txt: looks like a binary file" in result.stdout


@pytest.mark.parametrize("dirty, clean", [
    (f"a{OSC_52_CLIPBOARD}b", "ab"),
    ("a\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\b", "alinkb"),  # OSC 8 hyperlink, ST-ended
    (f"a{CLEAR_SCREEN}b\x1b[31mred\x1b[0m", "abred"),
    ("a\x9b2Jb", "ab"),  # 8-bit CSI
    ("a\x1bPq#0;2;0;0;0\x1b\\b", "ab"),  # DCS (sixel)
    (f"a{BIDI_OVERRIDES}b", "ab"),
    ("a\x00\x08\x0b\x0c\x1f\x7fb", "ab"),
    ("tab\tand\nnewline", "tab\tand\nnewline"),
    ("one\r\ntwo\rthree", "one\ntwo\nthree"),
    ("[bold]x[/] [@click=app.quit]y[/]", "[bold]x[/] [@click=app.quit]y[/]"),
    ("Seoul’s “quoted” — Zheng Shanjie 郑栅洁 é", "Seoul’s “quoted” — Zheng Shanjie 郑栅洁 é"),
    ("lone\ud800surrogate\udfff", "lonesurrogate"),
])
def test_clean_text_removes_controls_and_keeps_every_visible_character(dirty, clean):
    assert clean_text(dirty) == clean
