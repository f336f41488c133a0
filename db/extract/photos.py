"""Photos of another day: a caption or a credit that shows an older meeting than the report's.

A picture's caption often names the meeting the report is about; a file photo's names one
held days or years before, and must not give the report its meeting or its date.
"""

from __future__ import annotations

import re
from datetime import date

from onrecord.db.extract.dates import full_date_in
from onrecord.db.extract.layout import Span

# A picture credited as a file or archive photo right after the sentence that captions it,
# in the same paragraph: "… on November 18, 2021. File Photo by …", "… 2018. REUTERS/…/File Photo".
_FILE_PHOTO_CREDIT = re.compile(r"[^\S\n]*(?:(?:File|Archive)\s+(?:Photo|photo|Image|image|Picture|picture)\s+(?:by|/)"
                                r"|\(file\s+photo\)|[A-Z]{2,}[^\s]*/[^\n]{0,40}?/File Photo)")
# A caption dated this many days before the report shows an older meeting (a file photo).
_OLDER_PHOTO_DAYS = 3


def credited_as_file_photo(text: str, sentence_end: int) -> bool:
    """Whether the sentence ending at `sentence_end` captions a file photo (its credit says so)."""
    return _FILE_PHOTO_CREDIT.match(text, sentence_end) is not None


def older_photo(text: str, caption: Span, published: date | None) -> bool:
    """A caption dated days before the report ("… in Hanoi, Vietnam, May 1, 2022" on May
    26) shows an older meeting, not the report's."""
    day = full_date_in(text, caption.start, caption.end) if published else None
    return day is not None and (published - day).days > _OLDER_PHOTO_DAYS
