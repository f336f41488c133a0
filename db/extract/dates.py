"""Dates as reports write them, resolved against the publication date.

"on Thursday" in a report published on Thursday 2024-05-16 is that day; in one published
on Saturday it is two days earlier. "last week", "yesterday" and "May 14" resolve the same
way. Without a publication date a relative date stays unknown; nothing is invented.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta

from onrecord.db.extract.wordlist import finditer_at

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
# A day's or a month's name, capitalised as reports write them (one pattern for the finders
# that must not take one for a name).
CALENDAR_WORD = r"(?:" + "|".join(w.capitalize() for w in [*WEEKDAYS, *MONTH_NAMES]) + r")\b"
# A day of the week's name, as reports write it.
WEEKDAY_NAME = r"(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + r")"
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_RELATIVE_DAYS = ("yesterday", "today", "tonight", "this morning", "this afternoon", "this evening", "earlier today",
                  "last week", "earlier this week", "last month")
_RELATIVE = "|".join(_RELATIVE_DAYS)
_RELATIVE_CAPITALISED = "|".join(words.capitalize() for words in _RELATIVE_DAYS)
DATE_EXPRESSION = re.compile(
    rf"\b(?:(?P<next>next|last|this)\s+)?(?P<weekday>{WEEKDAY_NAME})\b"
    rf"(?P<next_week>\s+next\s+week\b)?"
    rf"|\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?\b"
    rf"|\b(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})(?:\s+(?P<year2>\d{{4}}))?\b"
    # (a sentence may open with one, capitalised: "Today, President X met …"; but not an
    # outlet's name: "Egypt Today reported", "Speaking to Russia Today")
    rf"|\b(?P<relative>(?:{_RELATIVE})|(?<![A-Za-z] )(?:{_RELATIVE_CAPITALISED}))\b"
    rf"|\b(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})\b"
    # "on Friday 16/8/2024": read only when one of the two numbers cannot be a month
    rf"|\b(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<numeric_year>(?:19|20)\d\d)\b"
    # "held talks on the 17th with Wang Yi", "on 4 th": a day of the report's month ("the
    # 17th Congress" is no date)
    rf"|(?:(?<=\bon the )|(?<=\bon ))(?P<nth>\d{{1,2}})\s?(?:st|nd|rd|th)\b"
    rf"(?!\s+(?:[A-Z]|round|session|anniversary|meeting|summit|of\s+[A-Z]))"
)


_HALF_YEAR = 183


def numeric_date(first: int, second: int, year: int) -> date | None:
    """"16/8/2024" or "8/16/2024": read only when one of the two numbers cannot be a month
    ("4/5/2018" is April or May: not guessed)."""
    if (first > 12) == (second > 12):
        return None
    day, month = (first, second) if first > 12 else (second, first)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def resolve(match: re.Match, published: date | None, forward: bool = False) -> date | None:
    """The calendar date one DATE_EXPRESSION match stands for, or None if unknowable.
    `forward`: the expression tells of something announced for later, so a bare weekday is
    the next such day after publication, not the last one."""
    if match.group("iso"):
        return parse_iso(match.group("iso"))
    if match.group("numeric_year"):
        return numeric_date(int(match.group("first")), int(match.group("second")), int(match.group("numeric_year")))
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
        # "Dec. 30" in a report published on Jan. 2 is last year's ("Feb 29" then had none),
        # unless it tells of something still to come ("the summit on June 6", written in May).
        if not year_text and published and not forward and resolved > published + timedelta(days=31):
            try:
                resolved = resolved.replace(year=year - 1)
            except ValueError:
                return None
        elif not year_text and published and resolved < published - timedelta(days=_HALF_YEAR):
            # "the summit we have for January 9" in a December report is next January's
            try:
                resolved = resolved.replace(year=year + 1)
            except ValueError:
                return None
        return resolved
    if published is None:
        return None
    if match.group("nth"):
        return _day_of_month(int(match.group("nth")), published, forward)
    if match.group("weekday"):
        target = WEEKDAYS.index(match.group("weekday").lower())
        back = (published.weekday() - target) % 7
        if match.group("next_week"):
            # "on Friday next week": that day of the week after the report's
            return published + timedelta(days=7 - published.weekday() + target)
        if match.group("next") == "next" or (forward and not match.group("next")):
            return published + timedelta(days=(target - published.weekday()) % 7 or 7)
        if match.group("next") == "last" and back == 0:
            back = 7
        return published - timedelta(days=back)
    relative = match.group("relative").lower()
    if relative == "yesterday":
        return published - timedelta(days=1)
    if relative in ("today", "tonight", "earlier today") or relative.startswith("this "):
        return published
    return None  # "last week" names a span, not a day


def _day_of_month(day: int, published: date, forward: bool) -> date | None:
    """The latest such day of a month on or before publication (for something announced
    for later, the next one after it)."""
    year, month = published.year, published.month
    for _ in range(3):
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = None
        if candidate and (candidate > published if forward else candidate <= published):
            return candidate
        step = 1 if forward else -1
        month += step
        if month == 0:
            year, month = year - 1, 12
        elif month == 13:
            year, month = year + 1, 1
    return None


# The words a date expression can begin with (lower-case; a WordIndex finds them). The
# only other place one can begin is a digit at a word's start.
DATE_WORDS = {
    *WEEKDAYS, "next", "last", "this", "yesterday", "today", "tonight", "earlier",
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
    "november", "dec", "december",
}
_WORD_PAIR = re.compile(r"\w\w")


class DateFinder:
    """DATE_EXPRESSION's matches in spans of one text, each span searched once.

    Searching every position of a paragraph is slow; `starts` are where a date can begin in
    the text (the DATE_WORDS of a WordIndex, and digits at a word's start), and the pattern
    is tried there alone. Matches are on the span's own text, as `finditer(text[start:end])`
    would give them.
    """

    def __init__(self, text: str, starts: list[int]) -> None:
        self.text = text
        self.starts = starts
        self._found: dict[tuple[int, int], list[re.Match]] = {}

    def finditer(self, start: int, end: int) -> list[re.Match]:
        key = (start, end)
        if key not in self._found:
            self._found[key] = self._search(start, end)
        return self._found[key]

    def _search(self, start: int, end: int) -> list[re.Match]:
        chunk = self.text[start:end]
        if end > start and _WORD_PAIR.match(self.text, end - 1, end + 1):
            # The span ends inside a word, which the word index saw whole: search it all.
            return _explicit_over_weekday(list(DATE_EXPRESSION.finditer(chunk)))
        offsets = {0}  # the span's start is a word's start in its own text
        offsets.update(p - start for p in self.starts[bisect_left(self.starts, start):bisect_left(self.starts, end)])
        # "’24": a digit after an apostrophe starts a word for the pattern's \b.
        for mark in "'’":
            at = chunk.find(mark)
            while at >= 0:
                if chunk[at + 1:at + 2].isdecimal():
                    offsets.add(at + 1)
                at = chunk.find(mark, at + 1)
        return _explicit_over_weekday(list(finditer_at(DATE_EXPRESSION, chunk, sorted(offsets), 0, len(chunk))))


def _explicit_over_weekday(found: list[re.Match]) -> list[re.Match]:
    """"Thursday, December 18" is one date, the one the calendar date gives: a weekday right
    before a calendar date is dropped, and so is a weekday given in another time zone."""
    return [m for m, following in zip(found, [*found[1:], None], strict=False)
            if not (m.group("weekday") and following is not None and not following.group("weekday")
                    and following.start() - m.end() <= 2 and not following.group("relative"))
            and not (m.group("weekday") and _IN_ANOTHER_TIME_ZONE.match(m.string, m.start() - 1))]


# "on Tuesday (Wednesday AEST)": the same moment in another time zone, not another day.
_IN_ANOTHER_TIME_ZONE = re.compile(rf"\({WEEKDAY_NAME}"
                                   r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:[A-Z]{2,5}|local\s+time)\)")


# A date written with its year: "May 1, 2022", "Nov. 29, 2016".
_FULL_DATE = re.compile(rf"\b{_MONTH}\s+\d{{1,2}},\s+(\d{{4}})\b")


def full_date_in(text: str, start: int, end: int) -> date | None:
    """The first date written with its year ("May 1, 2022") in text[start:end]."""
    match = _FULL_DATE.search(text, start, end)
    if not match:
        return None
    inner = DATE_EXPRESSION.search(match.group())
    return resolve(inner, None) if inner else None


# "in May 2018", "January 11, 2019": a month a report names with its year (not one still to
# come: "by December 2020", "until May 2019").
_MONTH_AND_YEAR = re.compile(r"(?<!\bby\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bbefore\s)\b(?:"
                             + "|".join(m.capitalize() for m in MONTH_NAMES) + r")\s+(?:\d{1,2},\s+)?((?:19|20)\d\d)\b")


def names_a_later_month(text: str, year: int) -> bool:
    """Whether the text names a month, with its year, after `year` (and not one to come)."""
    return any(int(found) > year for found in _MONTH_AND_YEAR.findall(text))
