"""What a user types to narrow the statements, read into filter fields.

    between korea and japan        meetings with participants from both countries
    from china                     statements by speakers from China
    since 2023-01-01 until 2024    a date range (a year or a month stands for its first or last day)
    quotes / reported              direct quotes only, reported speech only
    speaker choi                   a speaker whose name contains the words
    meeting trade dialogue         meetings whose name contains the words (the pane too)

Parts combine in any order: "between korea and japan from korea quotes". Country names
and adjectives resolve through the gazetteer ("Korea", "Korean" and "Seoul" say South Korea).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

from onrecord.db.extract.gazetteer import country_of

_KEYWORDS = {"between", "from", "since", "until", "speaker", "meeting", "quotes", "reported", "and", "all"}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


class FilterTextError(ValueError):
    """Text that is not a filter; the message says what was not understood, in one line."""


@dataclass
class ParsedFilter:
    # One (breadcrumb label, field, value) per part, in the order typed.
    steps: list[tuple[str, str, object]] = field(default_factory=list)

    @property
    def fields(self) -> dict:
        return {key: value for _, key, value in self.steps}


def parse_filter(text: str) -> ParsedFilter:
    words = text.replace(",", " ").split()
    parsed = ParsedFilter()
    index = 0
    while index < len(words):
        word = words[index].lower()
        index += 1
        if word in ("quotes", "quote"):
            _set(parsed, "kind", "quote", "quotes only")
        elif word == "reported":
            _set(parsed, "kind", "reported", "reported speech only")
        elif word == "between":
            countries = []
            while index < len(words) and words[index].lower() not in _KEYWORDS - {"and"}:
                if words[index].lower() == "and":
                    index += 1
                    continue
                country, index = _country_at(words, index)
                countries.append(country)
            if len(countries) < 2:
                raise FilterTextError("'between' needs two countries, e.g. 'between korea and japan'")
            _set(parsed, "countries", tuple(countries), f"meetings between {' and '.join(countries)}")
        elif word == "from":
            country, index = _country_at(words, index)
            _set(parsed, "country", country, f"speakers from {country}")
        elif word in ("since", "until"):
            if index >= len(words):
                raise FilterTextError(f"'{word}' needs a date, e.g. '{word} 2023-06-01'")
            day = _day(words[index], end=word == "until")
            index += 1
            _set(parsed, word, day, f"{word} {day}")
        elif word in ("meeting", "speaker"):
            name, index = _words_until_keyword(words, index)
            if not name:
                example = "meeting trade dialogue" if word == "meeting" else "speaker choi"
                raise FilterTextError(f"'{word}' needs part of a name, e.g. '{example}'")
            label = f"meeting named like: {name}" if word == "meeting" else f"speaker: {name}"
            _set(parsed, word, name, label)
        else:
            raise FilterTextError(f"not understood: '{words[index - 1]}' (try: between korea and japan, "
                                  "from china, since 2023-01-01, until 2024, quotes, reported, speaker choi, "
                                  "meeting dialogue)")
    if not parsed.steps:
        raise FilterTextError("nothing to filter by")
    return parsed


def _words_until_keyword(words: list[str], index: int) -> tuple[str, int]:
    taken = []
    while index < len(words) and words[index].lower() not in _KEYWORDS:
        taken.append(words[index])
        index += 1
    return " ".join(taken), index


def _set(parsed: ParsedFilter, key: str, value, label: str) -> None:
    parsed.steps.append((label, key, value))


def _country_at(words: list[str], index: int) -> tuple[str, int]:
    """The country named by the words from `index` on (up to three words, longest first)."""
    for size in (3, 2, 1):
        if index + size <= len(words):
            country = country_of(" ".join(words[index:index + size]).title()) or \
                country_of(" ".join(words[index:index + size]))
            if country:
                return country, index + size
    shown = words[index] if index < len(words) else "(nothing)"
    raise FilterTextError(f"not a country OnRecord knows: '{shown}'")


def _day(text: str, end: bool) -> str:
    match = _DATE.match(text)
    if not match:
        raise FilterTextError(f"not a date: '{text}' (write 2023, 2023-06 or 2023-06-01)")
    year, month, day = match.group(1), match.group(2), match.group(3)
    if day:
        return f"{year}-{month}-{day}"
    if month:
        last = calendar.monthrange(int(year), int(month))[1] if 1 <= int(month) <= 12 else 31
        return f"{year}-{month}-{last if end else '01'}"
    return f"{year}-12-31" if end else f"{year}-01-01"
