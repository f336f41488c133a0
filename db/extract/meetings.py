"""Named meetings in a report: name, series, ordinal, date, format and place.

A meeting name is a capitalised phrase around a meeting word ("Meeting", "Summit",
"Dialogue", "Talks", "Joint Committee", …), optionally with an ordinal ("18th", "the fifth
round of"). The series is the name without its ordinal. Date, format and location come
from the sentence that names the meeting, then from the lead paragraph and the dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from db.extract.dates import DATE_EXPRESSION, first_date_in, resolve
from db.extract.gazetteer import CITIES
from db.extract.layout import Span
from db.model import Meeting

_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}
_MEETING_WORDS = (
    r"Meeting|Meetings|Summit|Dialogue|Talks|Forum|Conference|Consultations?|Joint Committee|"
    r"Ministerial|Session|Roundtable|Symposium"
)
_CAP = r"(?:(?:[A-Z]\.){2,}[\w\-]*|[A-Z][\w'’\-.]*|\d+\+\d+|G\d+)"
_CONNECTOR = r"(?:on|of|for|and|between|&)"
_ORDINAL = rf"(?P<ordinal>\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(_ORDINAL_WORDS)}|{'|'.join(w.capitalize() for w in _ORDINAL_WORDS)})"
MEETING_NAME = re.compile(
    rf"(?:(?:the|The)\s+)?(?:{_ORDINAL}\s+(?:(?:round|session|edition|meeting)\s+of\s+(?:the\s+)?)?)?"
    rf"(?P<name>(?:{_CAP}\s+(?:{_CONNECTOR}\s+)?)*?(?:{_MEETING_WORDS})\b"
    rf"(?:\s+{_CONNECTOR}\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+)?{_CAP})*)?)"
)
_VIRTUAL = re.compile(r"\b(virtual(?:ly)?|video ?conferenc\w*|video link|online|teleconferenc\w*|by video|via video)\b", re.I)
_IN_PERSON = re.compile(r"\b(in[- ]person|face[- ]to[- ]face)\b", re.I)
_PLACE = re.compile(r"\b(?:held|hosted|met|meeting|convened|gathered|talks)?\b[^.]{0,40}?\bin\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
_DATELINE = re.compile(r"^(?P<city>[A-Z][A-Z .'\-]{2,30}),\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*(?:\((?P<agency>[^)]{2,30})\))?\s*(?:--|—|–|-)\s*")


@dataclass
class FoundMeeting:
    meeting: Meeting
    mentions: list[int]  # offsets where the report names this meeting


def dateline(text: str, paragraph: Span) -> tuple[str | None, Span | None]:
    """The city of a "WASHINGTON, Jan. 13 (Yonhap) --" dateline and the span it covers."""
    match = _DATELINE.match(text[paragraph.start:paragraph.end])
    if not match:
        return None, None
    city = match.group("city").strip().title()
    return city, Span(paragraph.start, paragraph.start + match.end())


def _ordinal_value(value: str | None) -> int | None:
    if not value:
        return None
    digits = re.match(r"\d+", value)
    return int(digits.group()) if digits else _ORDINAL_WORDS.get(value.lower())


def _is_meeting_name(name: str) -> bool:
    words = name.split()
    # A bare "Meeting" or "Talks" is a reference, not a name; a name carries a qualifier.
    return len(words) >= 2 and words[0][0].isupper() and words[0] not in {"The", "This", "That", "A"}


def find_meetings(text: str, sentences: list[Span], lead: Span | None,
                  published: date | None, dateline_city: str | None) -> list[FoundMeeting]:
    """Every distinct named meeting, in order of first mention."""
    found: dict[str, FoundMeeting] = {}
    for sentence in sentences:
        chunk = text[sentence.start:sentence.end]
        for match in MEETING_NAME.finditer(chunk):
            name_text = re.sub(r"^(?:The|the)\s+", "", match.group("name")).rstrip(".")
            if not _is_meeting_name(name_text):
                continue
            ordinal = _ordinal_value(match.group("ordinal"))
            series = name_text
            key = series.lower()
            if key in found:
                found[key].mentions.append(sentence.start + match.start())
                if ordinal and not found[key].meeting.ordinal:
                    found[key].meeting.ordinal = ordinal
                continue
            name = f"{match.group('ordinal')} {name_text}" if ordinal and match.group("ordinal")[0].isdigit() else name_text
            meeting = Meeting(name=name, series=series, ordinal=ordinal)
            _describe(meeting, text, sentence, chunk, lead, published, dateline_city)
            found[key] = FoundMeeting(meeting, [sentence.start + match.start()])
    return list(found.values())


def _describe(meeting: Meeting, text: str, sentence: Span, chunk: str, lead: Span | None,
              published: date | None, dateline_city: str | None) -> None:
    """Date, format and location from the naming sentence, then the lead paragraph."""
    lead_text = text[lead.start:lead.end] if lead else ""
    when = first_date_in(chunk, published) or first_date_in(lead_text, published)
    meeting.date = when.isoformat() if when else None
    if _VIRTUAL.search(chunk):
        meeting.format = "virtual"
    elif _IN_PERSON.search(chunk):
        meeting.format = "in person"
    place = _place_in(chunk) or _place_in(lead_text)
    meeting.location = place or (dateline_city if meeting.format != "virtual" else None)
    if meeting.format is None and meeting.location:
        meeting.format = "in person"


def _place_in(chunk: str) -> str | None:
    for match in _PLACE.finditer(chunk):
        place = match.group("place")
        if place in CITIES or place.split()[0] in CITIES:
            return place if place in CITIES else place.split()[0]
    return None


def date_mentions(text: str, published: date | None):
    """(offset, date) for every resolvable date expression, for tests and debugging."""
    return [(m.start(), resolve(m, published)) for m in DATE_EXPRESSION.finditer(text)]
