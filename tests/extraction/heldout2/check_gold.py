"""Checks that gold.jsonl parses and that every statement start and meeting name appears verbatim in its document.
Usage: python tests/extraction/heldout2/check_gold.py tests/extraction/heldout2"""
import json
import os
import sys

folder = sys.argv[1]
checked = bad = 0
with open(os.path.join(folder, "gold.jsonl"), encoding="utf-8") as gold:
    records = [json.loads(line) for line in gold]
for record in records:
    with open(os.path.join(folder, record["file"]), encoding="utf-8") as document:
        text = document.read()
    for key in ("file", "date", "meetings", "participants", "quotes", "topics"):
        assert key in record, (record["file"], key)
    for meeting in record["meetings"]:
        assert set(meeting) == {"name", "ordinal", "date", "virtual", "location"}
        if meeting["name"] not in text:
            print("MEETING NAME NOT VERBATIM", record["file"], meeting["name"])
            bad += 1
    for quote in record["quotes"]:
        checked += 1
        assert set(quote) == {"start", "speaker", "cue", "kind"} and quote["kind"] in ("quote", "reported")
        if quote["start"] not in text:
            print("NOT VERBATIM", record["file"], quote["start"])
            bad += 1
        if len(quote["start"].split()) > 8:
            print("TOO LONG", record["file"], quote["start"])
            bad += 1
print(checked, "statements checked,", bad, "problems")
