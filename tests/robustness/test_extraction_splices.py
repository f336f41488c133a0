"""Reports are messy: cut, spliced, quotes left open, marks and commas in odd places. The
extractor must never fail on one (a failure loses the report's whole ingest) and every
statement it finds must be the text at its offsets.

The sentences spliced here are the passages the phenomenon tests write in our own words
after real reports' shapes; hypothesis recombines them and drops marks between them.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from onrecord.db.extract import extract
from tests.robustness.conftest import examples

_PASSAGES = Path(__file__).resolve().parent.parent / "extraction" / "test_real_phenomena.py"
# Every sentence of every passage the phenomenon tests give to report('''…''').
SENTENCES = sorted({
    sentence.strip()
    for passage in re.findall(r"report\('''(.*?)'''", _PASSAGES.read_text(encoding="utf-8"), re.S)
    for sentence in re.split(r"(?<=[.!?\"”])\s+", passage)
    if 3 < len(sentence.strip()) < 400
})
# What reports drop in between: quote marks of every kind, commas, colons, line breaks,
# continuations and attributions cut from their sentences.
MARKS = ['"', "“", "”", "’’", "‘", ",", ":", "\n\n", " (", ")", " — ", ", adding that", " said", " said:",
         "According to ", " Feb 29", " Dec. 31", "SEOUL, March 3 (Wire) -- "]


@st.composite
def spliced_reports(draw) -> str:
    text = " ".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6)))
    for mark in draw(st.lists(st.sampled_from(MARKS), max_size=6)):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + mark + text[at:]
    date = draw(st.sampled_from(["2024-01-17", "2023-12-30", "2025-03-01"]))
    return f" date {date} x\n\n{text}\n"


def test_the_passages_are_there_to_splice():
    assert len(SENTENCES) > 100


@given(spliced_reports())
@examples(150)
# The two shapes that did fail: a quote nobody is named for, then ", adding that …";
# a yearless 29 February more than a month after an early-January report.
@example(' date 2024-05-16 x\n\n"The talks will go on for two more days and end on Friday", adding that the plan was ready.\n')
@example(" date 2024-01-17 x\n\nThe ministers will hold the sixth round of their dialogue on Feb 29.\n")
def test_extraction_never_fails_and_every_statement_is_the_text_at_its_offsets(text):
    result = extract(text)
    for statement in result.statements:
        assert text[statement.start:statement.end] == statement.text
    for meeting in result.meetings:
        assert meeting.name
