"""Filters typed in words (db/filter_text.py) and what they select from a real database."""

from __future__ import annotations

import pytest

from onrecord.db.documents import read_path
from onrecord.db.extract import extract
from onrecord.db.filter_text import FilterTextError, parse_filter
from onrecord.db.store import StatementFilter, Store


@pytest.mark.parametrize(("text", "fields"), [
    ("between korea and japan", {"countries": ("South Korea", "Japan")}),
    ("between South Korea, United States", {"countries": ("South Korea", "United States")}),
    ("from chinese since 2023 until 2024-02 quotes",
     {"country": "China", "since": "2023-01-01", "until": "2024-02-29", "kind": "quote"}),
    ("reported speaker choi sang-mok", {"kind": "reported", "speaker": "choi sang-mok"}),
    ("meeting economic cooperation from korea", {"meeting": "economic cooperation", "country": "South Korea"}),
])
def test_filters_in_words(text, fields):
    assert parse_filter(text).fields == fields


@pytest.mark.parametrize(("text", "reason"), [
    ("between japan", "'between' needs two countries"),
    ("from narnia", "not a country OnRecord knows: 'narnia'"),
    ("since last spring", "not a date: 'last'"),
    ("gallium", "not understood: 'gallium'"),
    ("", "nothing to filter by"),
])
def test_text_that_is_not_a_filter_says_why_in_one_line(text, reason):
    with pytest.raises(FilterTextError) as caught:
        parse_filter(text)
    assert reason in str(caught.value) and "\n" not in str(caught.value)


def test_between_two_countries_selects_their_meetings_and_from_selects_one_side(db_path, write_seed):
    store = Store.open(db_path)
    reports = [
        ("kr_jp.txt", "South Korean Foreign Minister Han Do-yeon met his Japanese counterpart Sato Kenji "
                      "in Tokyo on Thursday.", '"We agreed to meet more often," Han said.',
         '"Our ties are improving," Sato said.'),
        ("kr_cn.txt", "South Korean Foreign Minister Han Do-yeon met his Chinese counterpart Wang Lei "
                      "in Beijing on Thursday.", '"Trade must stay open," Han said.', '"We agree," Wang said.'),
    ]
    for name, *paragraphs in reports:
        [document] = read_path(write_seed(name, "2024-05-16", "Talks. (Pool)", *paragraphs))
        store.ingest(document, extract(document.text, source=document.source))
    pair = parse_filter("between korea and japan").fields
    assert [m["name"] for m in store.meetings(countries=pair["countries"])] == [
        "South Korea–Japan foreign ministers' talks"]
    said = store.statements(StatementFilter(**pair), limit=10)
    assert {row.speaker_name for row in said} == {"Han Do-yeon", "Sato Kenji"}
    korea_only = store.statements(StatementFilter(**parse_filter("between korea and japan from korea").fields))
    assert [row.speaker_name for row in korea_only] == ["Han Do-yeon"]


def test_the_cli_reads_between_and_from_as_the_app_does(cli, seeded_db):
    result = cli("search", "minerals", "--between", "korea and china", "--from", "korea", "--json",
                 "--db", str(seeded_db))
    assert result.exit_code == 0, result.output
    import json
    assert {row["speaker_country"] for row in json.loads(result.output)} == {"South Korea"}
    refused = cli("search", "minerals", "--from", "narnia", "--db", str(seeded_db))
    assert refused.exit_code != 0 and "not a country OnRecord knows: 'narnia'" in refused.output
