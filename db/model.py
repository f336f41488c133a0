"""Plain data structures that extraction produces and the store writes.

Extraction is a pure function from text to an `Extraction`; `Extraction.to_dict()`
is exactly what `onrecord extract FILE --json` prints.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Speaker:
    """A person or body, as resolved from what the document wrote."""

    name: str
    kind: str = "person"  # "person" | "organization"
    title: str | None = None
    affiliation: str | None = None
    country: str | None = None

    def copied(self) -> Speaker:
        """A copy of its own for each statement and participant (an edit of one is no other's);
        the constructor, as dataclasses.replace reads the fields anew on every call."""
        return Speaker(self.name, self.kind, self.title, self.affiliation, self.country)


@dataclass
class Meeting:
    name: str
    series: str | None = None
    ordinal: int | None = None
    date: str | None = None  # ISO date, resolved against the publication date
    format: str | None = None  # "virtual" | "in person" | None when not reported
    location: str | None = None
    participants: list[Speaker] = field(default_factory=list)
    kind: str | None = None  # "talks" | "phone call" | "video call" | "summit" | None for a named series
    status: str = "held"  # "held" | "planned" (announced for later: its date is not a day it was held)
    topics: list[str] = field(default_factory=list)


@dataclass
class Statement:
    kind: str  # "quote" | "reported"
    text: str  # exactly document_text[start:end]
    speaker: Speaker | None
    speaker_as_written: str | None
    cue: str | None
    start: int
    end: int
    meeting: int | None = None  # index into Extraction.meetings
    topics: list[str] = field(default_factory=list)
    # How the speaker was found, so a brief can say how sure it is: "named" (the full name
    # in the attribution), "title" ("the minister", "Foreign Minister Wang"), "surname",
    # "pronoun", "body", "according_to", or "unattributed" (a quote standing alone).
    attribution: str = "unattributed"


@dataclass
class DocumentInfo:
    source: str
    title: str | None = None
    published: str | None = None  # ISO date, or None when the document does not say


@dataclass
class Extraction:
    document: DocumentInfo
    meetings: list[Meeting] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)
