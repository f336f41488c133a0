"""Which stored meeting a newly extracted one is: the same meeting reported again.

Three outlets reporting one summit, or a report of "the 18th dialogue" after an
announcement of it, must make one `meetings` row. The rules, in order (the first that holds
decides, and its name is recorded in `meeting_sources.matched_by`, see db/schema.py):

0. the meeting the user corrected, by the name and date extraction first gave it;
1. the same name on the same day;
2. the same series and ordinal ("the 18th Korea-China Meeting on Economic Cooperation"),
   with days no more than MAX_DAYS_APART apart when both reports date it;
3. an unnamed meeting ("X held talks with his Japanese counterpart") of the same kind, on
   the same day, between the same two or more countries.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from onrecord.db.model import Meeting

# Reports of one meeting may date it a day or two apart (time zones, "on Thursday" read
# against different publication days); a series meets far less often than this.
MAX_DAYS_APART = 3


def same_meeting(conn: sqlite3.Connection, meeting: Meeting) -> tuple[int, str] | None:
    """(id, rule) of the stored meeting this one is, or None for a meeting not yet stored."""
    # A meeting the user renamed or re-dated is found by what extraction first called it.
    row = conn.execute(
        "SELECT m.id FROM edits e JOIN meetings m ON m.id = json_extract(e.before, '$.meeting_id')"
        " WHERE e.kind IN ('meeting date', 'meeting name') AND e.undone_at IS NULL"
        " AND e.meeting_name = ? AND e.meeting_date IS ? ORDER BY e.id DESC LIMIT 1",
        [meeting.name, meeting.date]).fetchone()
    if row:
        return row[0], "corrected by the user"
    row = conn.execute("SELECT id FROM meetings WHERE name = ? AND date IS ?",
                       [meeting.name, meeting.date]).fetchone()
    if row:
        return row[0], "same name and date"
    if meeting.series and meeting.ordinal:
        for row_id, stored_date in conn.execute(
                "SELECT id, date FROM meetings WHERE series = ? COLLATE NOCASE AND ordinal = ? ORDER BY id",
                [meeting.series, meeting.ordinal]):
            if _days_apart(stored_date, meeting.date) <= MAX_DAYS_APART:
                return row_id, "same series and ordinal"
    countries = _countries(meeting)
    if not meeting.series and meeting.date and len(countries) >= 2:
        for (row_id,) in conn.execute(
                "SELECT id FROM meetings WHERE date = ? AND series IS NULL AND kind IS ? ORDER BY id",
                [meeting.date, meeting.kind]):
            if _stored_countries(conn, row_id) == countries:
                return row_id, "same countries, kind and day"
    return None


def _countries(meeting: Meeting) -> frozenset[str]:
    return frozenset(p.country for p in meeting.participants if p.country)


def _stored_countries(conn: sqlite3.Connection, meeting_id: int) -> frozenset[str]:
    return frozenset(row[0] for row in conn.execute(
        "SELECT DISTINCT sp.country FROM participants p JOIN speakers sp ON sp.id = p.speaker_id"
        " WHERE p.meeting_id = ? AND sp.country IS NOT NULL", [meeting_id]))


def _days_apart(first: str | None, second: str | None) -> int:
    """Days between two ISO dates; 0 when either is unknown (nothing says they differ)."""
    if not first or not second:
        return 0
    try:
        return abs((date.fromisoformat(first) - date.fromisoformat(second)).days)
    except ValueError:
        return 0
