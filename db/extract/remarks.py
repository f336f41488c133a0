"""Remarks before a meeting: the transcript a ministry or a president's office publishes of
what two people said to the press as they sat down to talks ("Remarks With Foreign Minister
X Before Their Meeting", then "SECRETARY KERRY: …", "FOREIGN MINISTER X: …").

The talks are the report's meeting: planned, since they had not begun; on the day of the
remarks; between the people its heading names; in the city its heading gives.
"""

from __future__ import annotations

import re
from datetime import date

from onrecord.db.extract.dates import full_date_in
from onrecord.db.extract.encounters import people_in
from onrecord.db.extract.entities import EntityTable
from onrecord.db.extract.gazetteer import CITIES
from onrecord.db.extract.layout import Span
from onrecord.db.extract.meetings import FoundMeeting
from onrecord.db.model import Meeting

# A heading's own words, in title case ("… Before Their Meeting", "… Before Bilateral Meeting
# at the G20 Summit"): a caption's "shake hands before their meeting" tells of talks held.
# (not "Before the Meeting of the North Atlantic Council", a named meeting of many)
_BEFORE_MEETING = re.compile(r"\bBefore\s+(?:Their\s+|Our\s+|a\s+|the\s+)?(?:Bilateral\s+|Trilateral\s+)?Meeting\b(?!\s+of\b)")
# A heading's line that is only a place: "Vienna, Austria".
_PLACE_LINE = re.compile(r"^(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:,\s+[A-Z][\w .]+)?\s*$", re.M)


def remarks_before_meeting(text: str, found: list[FoundMeeting], entities: EntityTable,
                           heading: Span, day: date | None) -> None:
    """Make the talks a transcript's heading (the text above its first speaker's label)
    announces the report's meeting, when it announces any."""
    before = _BEFORE_MEETING.search(text, heading.start, heading.end)
    if before is None:
        return
    main = next((item for item in found if not item.background), None)
    named_above = {id(e) for e in people_in(text, entities, [heading])}
    if main is None or main.named or (main.meeting.status == "held" and not named_above & {
            id(e) for e in people_in(text, entities, main.sentences)}):
        # The talks the heading announces come first; a named meeting is where they met
        # ("… at the G20 Summit"), other talks are told of in passing ("having difficult
        # talks here").
        main = FoundMeeting(Meeting(name="", kind="talks"), [before.start()], [heading], named=False)
        for item in found:
            item.background = True
        found.insert(0, main)
    main.remarks = True
    meeting = main.meeting
    meeting.status = "planned"
    # (the day the heading gives, else the page's: the remarks were made that day)
    heading_day = full_date_in(text, heading.start, heading.end)
    meeting.date = (heading_day or day).isoformat() if (heading_day or day) else None
    city = next((m.group("city") for m in _PLACE_LINE.finditer(text, heading.start, heading.end)
                 if m.group("city") in CITIES), None)
    if city and meeting.format != "virtual":
        meeting.location, meeting.format = city, "in person"
