"""Dates as reports write them, resolved against the publication date.

"on Thursday" in a report published on Thursday 2024-05-16 is that day; in one published
on Saturday it is two days earlier. "last week", "yesterday" and "May 14" resolve the same
way. Without a publication date a relative date stays unknown; nothing is invented.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
DATE_EXPRESSION = re.compile(
    rf"\b(?:(?P<next>next|last|this)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    rf"|\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?\b"
    rf"|\b(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})(?:\s+(?P<year2>\d{{4}}))?\b"
    rf"|\b(?P<relative>yesterday|today|last week|earlier this week|last month)\b"
    rf"|\b(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})\b"
)


def parse_iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def resolve(match: re.Match, published: date | None) -> date | None:
    """The calendar date one DATE_EXPRESSION match stands for, or None if unknowable."""
    if match.group("iso"):
        return parse_iso(match.group("iso"))
    month = match.group("month") or match.group("month2")
    if month:
        day = int(match.group("day") or match.group("day2"))
        year_text = match.group("year") or match.group("year2")
        number = MONTHS[month.lower()[:3]]
        year = int(year_text) if year_text else (published.year if published else None)
        if year is None:
            return None
        try:
            resolved = date(year, number, day)
        except ValueError:
            return None
        # "Dec. 30" in a report published on Jan. 2 is last year's.
        if not year_text and published and resolved > published + timedelta(days=31):
            resolved = resolved.replace(year=year - 1)
        return resolved
    if published is None:
        return None
    if match.group("weekday"):
        target = WEEKDAYS.index(match.group("weekday").lower())
        back = (published.weekday() - target) % 7
        if match.group("next") == "next":
            return published + timedelta(days=(target - published.weekday()) % 7 or 7)
        if match.group("next") == "last" and back == 0:
            back = 7
        return published - timedelta(days=back)
    relative = match.group("relative")
    if relative == "yesterday":
        return published - timedelta(days=1)
    if relative == "today":
        return published
    return None  # "last week" names a span, not a day


def first_date_in(text: str, published: date | None) -> date | None:
    for match in DATE_EXPRESSION.finditer(text):
        resolved = resolve(match, published)
        if resolved:
            return resolved
    return None
