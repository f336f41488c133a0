"""`onrecord extract seeds/000_81f8cacbb450965c.txt --json`: what a careful reader records."""

from __future__ import annotations

import json

import pytest

from onrecord.db.extract import extract


@pytest.fixture
def extraction(cli, seed_file) -> dict:
    result = cli("extract", seed_file, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def by_speaker(extraction: dict, name: str, kind: str) -> list[dict]:
    return [s for s in extraction["statements"]
            if s["kind"] == kind and s["speaker"] and s["speaker"]["name"] == name]


def test_the_json_has_exactly_document_meetings_statements_and_topics(extraction):
    assert set(extraction) == {"document", "meetings", "statements", "topics"}
    assert extraction["document"]["published"] == "2024-05-16"


def test_the_seed_yields_one_meeting_the_18th_korea_china_economic_meeting(extraction):
    assert len(extraction["meetings"]) == 1
    meeting = extraction["meetings"][0]
    assert meeting["name"] == "18th Korea-China Meeting on Economic Cooperation"
    assert meeting["series"] == "Korea-China Meeting on Economic Cooperation"
    assert meeting["ordinal"] == 18
    assert meeting["date"] == "2024-05-16"  # "Thursday", resolved against the publication date
    assert meeting["format"] == "virtual"


def test_the_meeting_participants_are_choi_and_zheng_with_their_titles(extraction):
    participants = {p["name"]: p for p in extraction["meetings"][0]["participants"]}
    assert set(participants) == {"Choi Sang-mok", "Zheng Shanjie"}
    choi, zheng = participants["Choi Sang-mok"], participants["Zheng Shanjie"]
    assert (choi["title"], choi["country"]) == ("Finance Minister", "South Korea")
    assert (zheng["title"], zheng["affiliation"], zheng["country"]) == (
        "chairman", "National Development and Reform Commission", "China")


def test_exactly_two_direct_quotes_both_by_choi_the_second_attributed_by_he_added(extraction):
    quotes = [s for s in extraction["statements"] if s["kind"] == "quote"]
    assert len(quotes) == 2
    assert [q["speaker"]["name"] for q in quotes] == ["Choi Sang-mok", "Choi Sang-mok"]
    first, second = sorted(quotes, key=lambda q: q["start"])
    assert first["text"].startswith("Now is the time to upgrade bilateral relations")
    assert (first["speaker_as_written"], first["cue"]) == ("Choi", "said")
    assert "gallium" in second["text"]
    assert (second["speaker_as_written"], second["cue"]) == ("he", "added")
    # The quote is the words inside the marks, without the marks or the trailing comma.
    assert not second["text"].startswith('"') and not second["text"].endswith(",")


def test_the_finance_ministry_is_reported_as_seouls_finance_ministry_and_the_ministry(extraction):
    ministry = by_speaker(extraction, "Ministry of Economy and Finance", "reported")
    written = {s["speaker_as_written"] for s in ministry}
    assert {"Seoul's finance ministry", "the ministry"} <= written
    assert all(s["speaker"]["kind"] == "organization" for s in ministry)
    assert {s["cue"] for s in ministry} <= {"said", "according to"}


def test_the_south_korean_government_called_for_cultural_and_tourism_cooperation(extraction):
    government = by_speaker(extraction, "South Korean government", "reported")
    assert len(government) == 1
    assert government[0]["cue"] == "called for"
    assert "tourism" in government[0]["text"]


def test_nothing_is_taken_from_the_photo_caption(extraction, seed_text):
    caption_end = seed_text.index("\n")
    assert all(s["start"] > caption_end for s in extraction["statements"])
    # The caption names Choi speaking, but it is a caption: no statement repeats it.
    assert not any("speaks during" in s["text"] for s in extraction["statements"])


def test_every_statement_is_exactly_its_slice_of_the_file(extraction, seed_text):
    assert extraction["statements"]
    for statement in extraction["statements"]:
        assert seed_text[statement["start"]:statement["end"]] == statement["text"]


def test_every_statement_points_at_the_meeting(extraction):
    assert {s["meeting"] for s in extraction["statements"]} == {0}


def test_extract_is_a_pure_function_that_gives_the_same_answer_twice(seed_text):
    first = extract(seed_text, source="seed").to_dict()
    assert first == extract(seed_text, source="seed").to_dict()
    assert first["document"]["source"] == "seed"


def test_extract_stores_nothing(cli, tmp_path, seed_file):
    database = tmp_path / "untouched.db"
    assert cli("--db", database, "extract", seed_file, "--json").exit_code == 0
    assert not database.exists()


def test_extracting_a_missing_file_is_a_one_line_error(cli, tmp_path, one_line_error):
    line = one_line_error(cli("extract", tmp_path / "nope.txt", "--json"))
    assert "nope.txt" in line and "cannot read" in line
