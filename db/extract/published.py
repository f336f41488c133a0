"""When a report was published, from the page around it as much as from the article.

News pages say it in their furniture ("Published : Sept. 28, 2011 - 15:37", "Published: 16
Dec. 2019, 20:26", "Written: 2023-11-16 10:12:59", "Sonya M - 18 March 2016 10:43 WIB",
"… | DW | 03.02.2005"), in a dateline ("MOSCOW (Sputnik - 15th February, 2022)"; "SEOUL,
Nov. 9 (Yonhap) --" gives no year, which comes from elsewhere) or in the URL
(".../2020/07/24/...", "...-20210804-..."). A first line " date YYYY-MM-DD" is the date of
the copy, which may be a day or more late, so it comes after those. Nothing is invented:
a date whose year no source gives stays unknown.
"""

from __future__ import annotations

import re
from datetime import date

from onrecord.db.extract.dates import MONTH_NAMES, MONTHS, numeric_date, parse_iso

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# A date with its year, as page furniture and datelines write it: one pattern, one pass.
_DATED = re.compile(
    # ("05 October,2019": some pages leave out the space after the comma)
    # ("Addis Ababa February 6/2022 /ENA/": a slash before the year)
    rf"\b{_MONTH}\s+{_DAY}(?:,\s*|\s+|/){_YEAR}\b"
    rf"|\b{_DAY.replace('day>', 'day2>')}\s+{_MONTH.replace('month>', 'month2>')}(?:,\s*|\s+){_YEAR.replace('year>', 'year2>')}\b"
    rf"|(?<![\d.]){_YEAR.replace('year>', 'year3>')}-(?P<month_number>[01]\d)-{_DAY.replace('day>', 'day3>')}(?!\d)"
    rf"|(?<![\d.]){_DAY.replace('day>', 'day4>')}\.(?P<month_number2>[01]\d)\.{_YEAR.replace('year>', 'year4>')}(?![\d.])"
    # "04/16/2018", "16/04/2018" or "14-06-2021": read only when one of the two numbers
    # cannot be a month
    rf"|(?<![\d/\-])(?P<first>[0-3]?\d)(?P<separator>[/\-])(?P<second>[0-3]?\d)(?P=separator)"
    rf"{_YEAR.replace('year>', 'year5>')}(?![\d/\-])"
)
# Words that label a line of furniture with the page's date; "updated" only if nothing else.
_FIRST_LABEL = re.compile(r"\b(?:published|posted|written|created|released|date)\b\s*:?", re.I)
_UPDATED_LABEL = re.compile(r"\b(?:updated|last\s+updated|modified)\b\s*:?", re.I)
# How many lines at the top of a page may be furniture, and how long such a line is; a
# longer line is a paragraph of the story, whose dates are not the page's.
_TOP_LINES = 25
_FURNITURE_WORDS = 14
_FURNITURE_CHARACTERS = 200
# Every date with its year has one; most lines, even with digits, do not.
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
# Furniture stands above the story: scanning stops after its first long paragraphs.
_STORY_WORDS = 12
_STORY_PARAGRAPHS = 2
_URL_DATE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)(?P<sep>[/\-]?)(?P<month>[01]\d)(?P=sep)(?P<day>[0-3]\d)(?!\d)"
                       # (or two: "2007-01/27/", "/2016/07-15/")
                       r"|(?<!\d)(?P<year2>(?:19|20)\d\d)(?:-|/)(?P<month2>[01]\d)[/\-]?(?P<day2>[0-3]\d)(?=/)")
# "SEOUL, Nov. 9 (Yonhap) --", "New Delhi, Oct 20 (IANS)": a dateline's day without its year.
_DATELINE_DAY = re.compile(
    rf"^[A-Z][A-Za-z .'\-]{{2,30}}?(?:\s*\[[^\]]{{2,30}}\])?,\s+{_MONTH}\s+{_DAY}\b(?!,?\s+\d{{4}})")


def _to_date(match: re.Match) -> date | None:
    groups = match.groupdict()
    if groups["year5"]:
        return numeric_date(int(groups["first"]), int(groups["second"]), int(groups["year5"]))
    month = groups["month_number"] or groups["month_number2"]
    name = groups["month"] or groups["month2"]
    number = int(month) if month else MONTHS[name.lower()[:3]]
    year = groups["year"] or groups["year2"] or groups["year3"] or groups["year4"]
    day = groups["day"] or groups["day2"] or groups["day3"] or groups["day4"]
    try:
        return date(int(year), number, int(day))
    except ValueError:
        return None


def _first_date(line: str) -> tuple[date | None, int]:
    """The first valid date with its year in the line, and where it starts."""
    if not _YEAR_DIGITS.search(line):
        return None, -1
    for match in _DATED.finditer(line):
        day = _to_date(match)
        if day:
            return day, match.start()
    return None, -1


# A month's name in lower case ("23 march, 2010"), which the date patterns read capitalised.
_LOWER_MONTH = re.compile(r"\b(?:" + "|".join(MONTH_NAMES) + r")\b")
_CLOCK = re.compile(r"\b[0-2]?\d[:.][0-5]\d\b")


def furniture_date(lines: list[str]) -> tuple[date | None, date | None]:
    """The page's own date from a short line near the top (a labelled "Published" one
    first, then any short line that is a date and time), and its "Updated" date."""
    plain: date | None = None
    timed = False
    updated: date | None = None
    story: set[str] = set()
    for line in lines[:_TOP_LINES]:
        line = line.strip()
        if line.endswith((".", "”", '"')) and len(line.split(None, _STORY_WORDS)) > _STORY_WORDS:
            story.add(line)  # a sentence of the story, not furniture (a caption written twice, once)
            if len(story) >= _STORY_PARAGRAPHS:
                break
        if not line or len(line) > _FURNITURE_CHARACTERS or not _YEAR_DIGITS.search(line):
            continue
        label = _FIRST_LABEL.search(line)
        if label:
            day, _ = _first_date(line[label.end():])
            if day:
                return day, updated
        later = _UPDATED_LABEL.search(line)
        if later and updated is None:
            updated = _first_date(line[later.end():])[0]
        before = _first_date(line[:later.start()])[0] if later and plain is None else None
        if before:
            # "June 18, 2018 / 2:44 PM / Updated 2 hours ago": the date before the label
            plain, timed = before, True
            continue
        words = len(line.split())
        day, start = _first_date(_LOWER_MONTH.sub(lambda m: m.group().capitalize(), line))  # "23 march, 2010 15:50"
        if day and not later and (plain is None or (not timed and _CLOCK.search(line))) and (
                words <= _FURNITURE_WORDS and not line.endswith((".", "”", '"'))
                or line[:start].rstrip().endswith("|")):
            # (a dated line with a time wins over an earlier one without: "Thursday, 04
            # December, 2025" at a page's top is the day it was viewed, "23 Nov 2023,
            # 21:24" under the headline the day it was published)
            plain, timed = day, bool(_CLOCK.search(line))
    return plain, updated


# Some pages date the story below it: "Published 5 May 2021" (GOV.UK), "(Xinhua News
# Agency August 24, 2005)". Only a short line that is labelled or wholly in parentheses.
_BOTTOM_LINES = 6
_FOOTER_WORDS = 10


def footer_date(text: str) -> date | None:
    """The page's date from a labelled or bracketed short line at the story's foot."""
    end, seen = len(text), 0
    while seen < _BOTTOM_LINES and end > 0:
        start = text.rfind("\n", 0, end) + 1
        if end - start > _FURNITURE_CHARACTERS:
            return None  # a paragraph of the story (cheap to tell before copying it)
        line, end = text[start:end].strip(), start - 1
        if not line:
            continue
        seen += 1
        words = line.count(" ") + 1
        if words > _STORY_WORDS:
            return None  # the story itself: what stands above it is not its foot
        if words > _FOOTER_WORDS or not _YEAR_DIGITS.search(line):
            continue
        label = _FIRST_LABEL.match(line)
        if label or (line.startswith("(") and line.endswith(")")):
            day, _ = _first_date(line[label.end():] if label else line)
            if day:
                return day
    return None


_STORY_WORDS_BEFORE = re.compile(r"\b[a-z]{4,}\b")


def dateline_date(lead: str, year_from: date | None) -> date | None:
    """A dateline's date: with its year ("(Sputnik - 15th February, 2022)"), or its month
    and day in the year another source gives (the year closest to that source's date)."""
    day, start = _first_date(lead[:120])
    if day and start < 80 and not _STORY_WORDS_BEFORE.search(lead, 0, start):
        return day  # ("… received a phone call on Friday 16/8/2024": the story's date, no dateline)
    match = next(filter(None, (_DATELINE_DAY.match(line) for line in lead.splitlines()[:2])), None)
    if not match or year_from is None:
        return None
    number = MONTHS[match.group("month").lower()[:3]]
    candidates = []
    for year in (year_from.year - 1, year_from.year, year_from.year + 1):
        try:
            candidates.append(date(year, number, int(match.group("day"))))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs((d - year_from).days)) if candidates else None


# Looser forms, tried when none of the above is in the address: a month's name
# ("13-Oct-2020", "2020-oct-13", "oct-13-2020"); a date that opens a longer run of digits,
# the rest a time or a serial ("ud=20241115050233", "202303151234.html"); a path segment
# of six digits, year first ("/130926/").
_URL_MONTH = r"(?P<{0}>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_URL_NAMED_DATE = re.compile(
    r"(?<![a-z\d])(?:(?P<d1>[0-3]?\d)[-_]" + _URL_MONTH.format("m1") + r"[-_](?P<y1>(?:19|20)\d\d)"
    # (with or without separators: "/2008/may/10/", "/2008may10/")
    r"|(?P<y2>(?:19|20)\d\d)[-_/]?" + _URL_MONTH.format("m2") + r"[-_/]?(?P<d2>[0-3]?\d)"
    r"|" + _URL_MONTH.format("m3") + r"[-_](?P<d3>[0-3]?\d)[-_,]+(?P<y3>(?:19|20)\d\d))(?![a-z\d])")
_URL_DATE_THEN_DIGITS = re.compile(r"(?<!\d)((?:19|20)\d\d)([01]\d)([0-3]\d)\d{1,10}(?!\d)")
# A date and a time of day run together, then a serial: ETV Bharat's "…/na20231122230213458458242".
_URL_DATE_AND_TIME = re.compile(r"(?<!\d)((?:19|20)\d\d)([01]\d)([0-3]\d)(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d*(?!\d)")
_URL_SHORT_DATE = re.compile(r"/(\d\d)([01]\d)([0-3]\d)/")
# Path segments without zero padding, or year and month as one: "/2023/2/27/", "/202307/12".
_URL_UNPADDED_DATE = re.compile(r"/((?:19|20)\d\d)/?([01]?\d)/([0-3]?\d)(?=[/._\-]|[a-z]|$)")


def url_date(url: str | None) -> date | None:
    """A date in a page's address: /2020/07/24/, -20210804-, 2007-01/27, and the looser forms
    above."""
    if not url or "://" not in url:
        return None
    for match in _URL_DATE.finditer(url):
        year = match.group("year") or match.group("year2")
        month = match.group("month") or match.group("month2")
        day = match.group("day") or match.group("day2")
        found = _valid(int(year), int(month), int(day))
        if found:
            return found
    return _loose_url_date(url.lower()) or _query_url_date(url) or _outlet_url_date(url)


# A date given as the address's query fields: "politics.php?yyyy=2022&mm=08&dd=18&nav_id=…",
# "?year=2019&month=3&day=26".
_QUERY_FIELD = re.compile(r"[?&](?P<field>yyyy|year|yy|mm|month|dd|day)=(?P<value>\d{1,4})(?=&|$|#)", re.I)


def _query_url_date(url: str) -> date | None:
    if "?" not in url:
        return None
    fields = {m.group("field").lower(): int(m.group("value")) for m in _QUERY_FIELD.finditer(url)}
    year = fields.get("yyyy") or fields.get("year") or (2000 + fields["yy"] if "yy" in fields else None)
    month, day = fields.get("mm") or fields.get("month"), fields.get("dd") or fields.get("day")
    return _valid(year, month, day) if year and month and day and year >= 1990 else None


# Outlets whose article numbers hold the date in a scheme of their own: Business Standard's
# "-118102900586_1.html" is 1, then 18-10-29, then a serial; Shanghai Daily's
# "/news/nation/2410283674/" is 24-10-28, then a serial.
_OUTLET_URL_DATES = {
    "business-standard.com": re.compile(r"-1(\d\d)([01]\d)([0-3]\d)\d{5}_\d+\.html"),
    "shine.cn": re.compile(r"/(\d\d)([01]\d)([0-3]\d)\d{4}/"),
}


def _outlet_url_date(url: str) -> date | None:
    host = url.split("://", 1)[1].split("/", 1)[0]
    for domain, pattern in _OUTLET_URL_DATES.items():
        if host == domain or host.endswith("." + domain):
            match = pattern.search(url)
            if match:
                return _valid(2000 + int(match.group(1)), int(match.group(2)), int(match.group(3)))
    return None


# A year and month in the address without the day: "/2013/07/antony-leaves-…".
_URL_YEAR_MONTH = re.compile(r"/((?:19|20)\d\d)/([01]\d)/")


def url_month(url: str | None) -> date | None:
    """The first of the month a page's address gives without its day: a year for a
    dateline that gives only its month and day, never the page's date itself."""
    match = _URL_YEAR_MONTH.search(url or "")
    return _valid(int(match.group(1)), int(match.group(2)), 1) if match else None


def _loose_url_date(url: str) -> date | None:
    for match in _URL_NAMED_DATE.finditer(url):
        groups = match.groupdict()
        year, name, day = next((groups[f"y{n}"], groups[f"m{n}"], groups[f"d{n}"]) for n in (1, 2, 3) if groups[f"y{n}"])
        found = _valid(int(year), MONTHS[name], int(day))
        if found:
            return found
    for pattern, century in ((_URL_DATE_THEN_DIGITS, 0), (_URL_DATE_AND_TIME, 0), (_URL_SHORT_DATE, 2000),
                             (_URL_UNPADDED_DATE, 0)):
        for match in pattern.finditer(url):
            year = century + int(match.group(1))
            found = _valid(year if year <= date.today().year else year - 100, int(match.group(2)), int(match.group(3)))
            if found:
                return found
    return None


def _valid(year: int, month: int, day: int) -> date | None:
    """The date, if it is one and not in the future (a number that only looks like one)."""
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if found <= date.today() else None


# A line short enough to hold a date and little else (its weekday, its time): "21 March
# 2017", "Tuesday, May 2, 2023 10:41".
_DATE_ALONE_WORDS = 6


def published_date(text: str, header: str | None, lead: str, given: str | None,
                   url: str | None) -> date | None:
    """The report's publication date from every source it has, the most reliable first:
    a date the caller was given (a JSON lines or HTML field), the page's furniture, a
    dateline with its year, the URL, a dateline's day in the copy's year, the copy's date,
    and last an "Updated" line."""
    given_day = parse_iso(given[:10]) if given else None
    if given_day:
        return given_day
    copy_day = parse_iso(header)
    lines = text.split("\n", _TOP_LINES + 1)[:_TOP_LINES + 1]
    if copy_day:
        # The copy's own first line carries its date: it is not the page's furniture, but
        # what follows its date may be the story's first line, dateline and all, or the
        # page's own date alone (" date 2017-03-22 21 March 2017"), which is furniture.
        rest = lines[0].split(header, 1)[-1].strip()
        if rest and len(rest.split()) <= _DATE_ALONE_WORDS and _first_date(rest)[0]:
            lines = [rest] + lines[1:]
        else:
            lead = rest + "\n" + lead
            lines = lines[1:]
    first, updated = furniture_date(lines)
    in_url = url_date(url)
    found = first or footer_date(text) or in_url
    dated_line = dateline_date(lead, found or copy_day or updated or url_month(url))
    if found and dated_line and abs((dated_line - found).days) <= 2:
        return found
    by_url = dateline_date(lead, in_url) if in_url and in_url != found else None
    if by_url and abs((by_url - in_url).days) <= 2:
        # The dateline agrees with the URL's date, not with a date near the headline: that
        # one is the site's banner ("October 1, 2023" over a story of Nov 27, 2018).
        return in_url
    if not (dated_line or found) and copy_day and _older_story(lines, copy_day):
        return None  # the copy was made long after the story: its date is not the story's
    return dated_line or found or copy_day or updated


# A copy dated this long after a full date the story's top gives is a later copy of an
# older story (a photo caption "… on Aug 5, 2022" under a copy dated 2025).
_LATER_COPY = 60
_CAPTION_WORDS = 40


def _older_story(lines: list[str], copy_day: date) -> bool:
    for line in lines[:6]:
        if line.count(" ") >= _CAPTION_WORDS:  # (words counted without splitting the line)
            continue  # a story's paragraph looks back ("since he took office on July 30, 2024")
        day, _ = _first_date(line)
        if day and (copy_day - day).days > _LATER_COPY:
            return True
    return False
