"""Named meetings in a report: name, series, ordinal, date, format and place.

A meeting name is a capitalised phrase around a meeting word ("Meeting", "Summit",
"Dialogue", "Talks", "Ministerial", …), optionally after an ordinal ("18th", "the fifth
round of", "the inaugural"). Words that also name standing bodies ("Committee",
"Council", "Working Group") count only in a name that says it is a bilateral series: an
ordinal, a country pair ("Korea-UAE") or "Joint". Lower-case forms ("China-U.S. trade
talks", "a Korea-U.S. summit") count after a country pair. The series is the name without
its ordinal. Date, format and location come from the sentences that name the meeting,
then from the lead paragraph and the dateline.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from onrecord.db.extract.dates import CALENDAR_WORD, DATE_WORDS, DateFinder, resolve
from onrecord.db.extract.gazetteer import CITIES, country_of
from onrecord.db.extract.layout import Span
from onrecord.db.extract.wordlist import WordIndex, finditer_at, vocabulary, word_pattern
from onrecord.db.model import Meeting

_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "inaugural": 1,
}
_ALWAYS_MEETINGS = r"Meetings?|Summit|Dialogue|Talks|Forum|Conference|Consultations?|Ministerial|Roundtable|Symposium"
_SERIES_BODIES = r"Committee|Council|Commission|Working\s+Group|Session|Negotiations|Retreat|Mechanism|Task\s+Force"
_LOWER_MEETINGS = r"summit|talks|dialogue|meeting|consultations|negotiations|forum|ministerial"
_CAP = r"(?:(?:[A-Z]\.){2,}[\w\-.]*|[A-Z][\w'’\-.]*|\d+\+\d+)"
_CONNECTOR = r"(?:on|of|for|and|&)"
_ORDINAL = (
    rf"(?P<ordinal>\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(_ORDINAL_WORDS)}|"
    rf"{'|'.join(w.capitalize() for w in _ORDINAL_WORDS)})"
)
_UNIT = r"(?:(?:round|session|edition|meeting)\s+of\s+(?:the\s+)?)"
_NAME_TAIL = rf"(?:\s+{_CONNECTOR}\s+(?:the\s+)?{_CAP}(?:(?:\s+|,\s+)(?:and\s+)?{_CAP})*)?"
# "the Joint Committee on Wednesday": a day or month is when it met, not a word of its name (cut
# after the match: a lookahead in the pattern costs every sentence it is tried on)
# (a weekday may be written short: "… Cooperation Council on Tue. through video conference")
_CALENDAR_TAIL = re.compile(rf"\s+on\s+(?:{CALENDAR_WORD}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b).*$", re.S)
MEETING_NAME = re.compile(
    rf"(?<![\w'’.\-])(?:(?:the|The|a|A)\s+)?(?:{_ORDINAL}\s+{_UNIT}?)?"
    rf"(?P<name>"
    rf"(?:{_CAP}\s+(?:{_CONNECTOR}\s+)?)*(?:{_ALWAYS_MEETINGS}|{_SERIES_BODIES})\b{_NAME_TAIL}"
    # ("the second China-Japan high-level economic dialogue")
    rf"|(?P<pair>[A-Z][\w.]*(?:-[A-Z][\w.]*)+)(?:\s+(?:{_CAP}|[a-z]+(?:-[a-z]+)?)){{0,3}}?\s+(?:{_LOWER_MEETINGS})\b"
    rf")"
)
_MEETING_WORDS = [
    "meeting", "meetings", "summit", "dialogue", "talks", "forum", "conference", "consultation",
    "consultations", "ministerial", "roundtable", "symposium", "committee", "council", "commission",
    "working group", "session", "negotiations"]
_ANY_MEETING_WORD = re.compile(r"(?i)\b" + word_pattern(_MEETING_WORDS) + r"\b")
_MEETING_FIRST_WORDS = {w.split()[0] for w in _MEETING_WORDS}
# A meeting word of one word in a sentence is a match of _ANY_MEETING_WORD; "working" is one
# only before "group".
_ONE_WORD_MEETING_WORDS = {w for w in _MEETING_WORDS if " " not in w}


def _first_words(alternatives: str) -> set[str]:
    """The lower-case word each alternative starts with ("Meetings?": meeting, meetings)."""
    words = set()
    for alternative in alternatives.split("|"):
        word = re.match(r"[A-Za-z]+", alternative).group()
        words.add(word.lower())
        if alternative[len(word):].startswith("?"):
            words.add(word[:-1].lower())
    return words


# Every meeting name holds one of these words, and nothing before it but words, spaces and
# "'’-.+&": a capital with a comma or a bracket before the next of them starts no name.
_HEAD_WORDS = _first_words(_ALWAYS_MEETINGS) | _first_words(_SERIES_BODIES) | _first_words(_LOWER_MEETINGS)
_NOT_IN_NAME = re.compile(r"[^\w\s'’\-.+&]")
# "the meeting", "Thursday's talks", "the ministerial meeting": a meeting not named again.
GENERIC_WORDS = ("meeting", "talks", "summit", "dialogue", "session", "discussions", "conference",
                  "forum", "ministerial", "council", "committee")
# The words find_meetings looks for before trying its patterns: a WordIndex vocabulary.
# Every "a day before"-style phrase has the word "day".
MEETING_WORDS = _MEETING_FIRST_WORDS | _HEAD_WORDS | set(_ORDINAL_WORDS) | set(GENERIC_WORDS) | DATE_WORDS | {"day"}
_VOCABULARY = vocabulary(MEETING_WORDS)
_VIRTUAL = re.compile(r"\b(virtual(?:ly)?|video ?conferenc\w*|video link|online|teleconferenc\w*|by video|via video)\b", re.I)
_IN_PERSON = re.compile(r"\b(in[- ]person|face[- ]to[- ]face)\b", re.I)
# A place's name, perhaps after its description: "in the Jordanian capital, Amman".
PLACE_NAME = r"(?:the\s+[A-Z][a-z]+\s+capital,?\s+(?:of\s+)?)?(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
_PLACE = re.compile(rf"(?:\bin|,)\s+{PLACE_NAME}")
# ("the Summit in September" is no place: a month or weekday never is)
_PLACE_AFTER_NAME = re.compile(
    rf"^\s*(?:\([^)]{{1,20}}\)\s*)?(?:,\s*)?(?:(?:held|hosted|convened)\s+)?in\s+(?!{CALENDAR_WORD})"
    r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
_DATELINE = re.compile(
    # (a byline is no dateline: "By JT - Feb 09,2019 - Last updated …")
    r"^(?!By\s)(?:(?P<city>[A-Z][A-Za-z .'\-]{2,30}?)(?:\s*\([^)]{2,30}\))?(?:\s*\[[^\]]{2,30}\])?,\s+"
    # (the month may be in capitals, and the agency after a comma: "STEPANAKERT, AUGUST 18, ARTSAKHPRESS:")
    r"(?P<date>(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s+\d{1,2})(?:,\s*\d{4})?(?:,\s*[A-Z][A-Za-z\-]{1,20}(?=\s*[:—–-]))?\s*"
    # after the agency the dash may be missing: "Rome, Sep 8 (IANS) Italian Prime Minister …"
    r"(?:\((?P<agency>[^)]{2,30})\)\s*(?:(?:--|—|–|-|:)\s*|(?=[A-Z]))|(?:--|—|–|-|:)\s*)"
    # or a city, perhaps a date and an agency, and a dash: "TOKYO – ", "Berlin (dpa) - ",
    # "Santiago, Aug 7 (EFE).- ", "HANOI, Dec. 9 Kyodo - ", "MEXICO CITY — "
    r"|^(?P<city2>[A-Z][A-Za-z'\-]+(?:\s[A-Z][A-Za-z'\-]+){0,2})(?:,\s+[A-Z][A-Za-z]+)?"  # "PHNOM PENH, CAMBODIA —"
    r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    # after an agency in brackets the dash may touch the first word: "SEOUL (Reuters) -South"
    r"(?:\s*\([A-Za-z][A-Za-z .]{1,20}\)\s*\.?(?:--|—|–|-)\s*|(?:\s+[A-Z][A-Za-z]{1,12})?\s*\.?(?:--|—|–|-)\s+)"
    # a city in capitals and the agency with its date, no dash: "PARIS (UrduPoint News / Sputnik - 18th November, 2022) "
    r"|^(?P<city3>[A-Z][A-Z'\-]+(?:\s[A-Z][A-Z'\-]+){0,2})(?:\s+\([A-Z][^()\n]{1,60}\)\s+(?=[A-Z])"
    # or the agency and a colon: "KABUL (TOLOnews): The acting …" (a known city in capitals
    # only, checked in dateline(): "PRESIDENT NUNO (via interpreter): …" is a transcript's
    # speaker)
    r"|\s*\([A-Z][A-Za-z .]{1,20}\):\s+(?=[A-Z])"
    # or a dash touching the first word: "TOKYO—Japan and Vietnam pledged …"
    r"|—(?=[A-Z])))"
)
# "New Delhi: External Affairs Minister …": a known city and a colon (a label like
# "Minister:" in a transcript is no city).
_CITY_COLON = re.compile(r"^(?P<city>[A-Z][A-Za-z'\-]+(?:\s[A-Z][A-Za-z'\-]+){0,2}):\s+(?=[A-Z])")
# "(Eagle News)–President …": an agency tag alone opens some stories.
# (or one word with no dash: "(MENAFN) Mexican President Claudia Sheinbaum announced …")
# (a date may stand before it, with no city: "March 1 (UPI) --")
# (a wire's label on a headline is no agency: "(LEAD) Top diplomats …", "(URGENT) …")
_AGENCY_TAG = re.compile(r"^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+)?\((?!(?:LEAD|URGENT|UPDATE|CORRECTED|FOCUS|EXCLUSIVE)\))"
                         r"(?:(?P<agency>[A-Z][A-Za-z .&]{1,30})\)\s*(?:--|—|–|-)|[A-Z][A-Za-z]{1,14}\)[^\S\n])\s*(?=[A-Z])")
_DATELINE_MARKS = ("-", "—", "–", ":", ") ")
# A meeting placed a day from the story's own day.
_DAY_APART = re.compile(
    r"\b(?:(?P<before>(?:a|the|one)\s+day\s+(?:before|earlier)|the\s+previous\s+day)"
    r"|(?P<after>(?:a|one)\s+day\s+after)"
    r"|(?P<later>(?:the|a)\s+(?:next|following)\s+day|(?:a|one)\s+day\s+later))\b",
    re.I,
)
# How far from a meeting's name a date may stand and still be the meeting's date.
NEAR = 40
NEAR_HELD = 120
_PLANNED_NEAR = re.compile(r"\b(?:will|to)\s+be\s+(?:held|convened|hosted)\b|\b(?:will|is\s+set\s+to|is\s+scheduled\s+to|are\s+set\s+to|"
                           r"are\s+scheduled\s+to)\s+(?:hold|host|convene|attend)\b|\bupcoming\b|\bforthcoming\b")
_HELD_CLAUSE = re.compile(r"\b(?:that|which)\s+(?:will\s+be|was|is|were|are|would\s+be)\s+(?:held|convened|hosted)\b[^.;]*$")
# A date right after a cue verb is when someone spoke, not when the meeting was held.
_SPEECH_DATE = re.compile(r"\b(?:said|says|told\s+\w+(?:\s+\w+)?|added|announced|stated|noted|reported)\s+(?:on\s+)?$"
                          # "According to Seoul's foreign ministry on Friday, …": when it was said
                          r"|\baccording\s+to\s+[^,.;\"“”]{1,50}?\s+on\s+$"
                          # "…, said Deputy Trade Minister Kaisa Rand on Monday"
                          r"|\b(?:said|says|told|added)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'’\-]*\s+){1,8}on\s+$", re.I)


def _speech_date(chunk: str, start: int) -> bool:
    """Whether the date at `start` is when someone spoke of the meeting, not its date."""
    return _SPEECH_DATE.search(chunk[max(0, start - 70):start]) is not None


@dataclass
class FoundMeeting:
    meeting: Meeting
    mentions: list[int]  # offsets where the report names this meeting
    sentences: list[Span]  # the sentences that name it
    referring: list[Span] = field(default_factory=list)  # "the meeting on Thursday", "the talks"
    named: bool = True  # False for a meeting the report tells of without naming it (encounters.py)
    lead: Span | None = None  # for such a meeting, the story's first sentence, if it is another
    # told of in passing, or named only as where other talks were held ("on the sidelines
    # of …"): takes none of the report's statements
    background: bool = False
    sides: list[str] = field(default_factory=list)  # for an unnamed one, countries its sentence names
    host: object | None = None  # for an unnamed one, the unnamed subject ("He held talks with …")
    remarks: bool = False  # the report is what its participants said before it (remarks.py)


GENERIC_REFERENCE = re.compile(
    rf"\b(?:the|this|that|[A-Z][a-z]+day['’]s)\s+(?P<words>(?:[a-z]+\s+|\d+(?:st|nd|rd|th)\s+)?(?:{'|'.join(GENERIC_WORDS)}))\b",
    re.I,
)


# "The meeting came as ...": the news context of a meeting, not what it discussed.
_BACKGROUND = re.compile(r"\b(?:came|comes|come|was held|is held)\s+(?:as|amid|after|ahead)\b")


def _is_background(chunk: str) -> bool:
    """_BACKGROUND.search(chunk), after a cheap check for its verbs."""
    return ("came" in chunk or "come" in chunk or "held" in chunk) and bool(_BACKGROUND.search(chunk))


def _two_words_before(chunk: str, offset: int) -> int:
    """Where the second word before `offset` begins, or earlier. A generic reference ends in
    a generic word and begins at most two words before it, so no reference begins before
    this offset of the first generic word: searching from it finds the same first match."""
    parts = chunk[:offset].rsplit(None, 2)
    return len(parts[0]) if len(parts) == 3 else 0


def in_span(positions: list[int], start: int, end: int) -> bool:
    """Whether any of the (sorted) positions is in [start, end)."""
    first = bisect_left(positions, start)
    return first < len(positions) and positions[first] < end


def dateline(text: str, paragraph: Span) -> tuple[str | None, Span | None]:
    """The city of a "WASHINGTON, Jan. 13 (Yonhap) --" dateline and the span it covers."""
    chunk = text[paragraph.start:paragraph.end]
    # Every dateline ends in a dash or a colon; most paragraphs have neither.
    if not any(mark in chunk for mark in _DATELINE_MARKS):
        return None, None
    match = _DATELINE.match(chunk)
    if not match:
        city = _CITY_COLON.match(chunk)
        if city and city.group("city").title() in CITIES:
            return city.group("city").title(), Span(paragraph.start, paragraph.start + city.end())
        tag = _AGENCY_TAG.match(chunk)
        return (None, Span(paragraph.start, paragraph.start + tag.end())) if tag else (None, None)
    city = (match.group("city") or match.group("city2") or match.group("city3")).strip()
    if match.group("city3") and match.group().rstrip().endswith("):") and city.title() not in CITIES:
        return None, None
    if match.group("city2") and not city.isupper() and not re.search(r"[\d(]", match.group()) \
            and city not in CITIES and not country_of(city) and chunk[match.end():match.end() + 1].islower():
        # "Holness — whose meeting … — said": a name, a dash and an aside in lower case is no
        # dateline ("Istanbul — Ukrainian President …" is one, though no capital)
        return None, None
    return (city.title() if city.isupper() else city), Span(paragraph.start, paragraph.start + match.end())


def _ordinal_value(value: str | None) -> int | None:
    if not value:
        return None
    digits = re.match(r"\d+", value)
    return int(digits.group()) if digits else _ORDINAL_WORDS.get(value.lower())


@lru_cache(maxsize=4096)
def _is_country_pair(token: str | None) -> bool:
    if not token:
        return False
    parts = [p for p in re.split(r"-(?=[A-Z])", token) if p]
    return len(parts) >= 2 and all(country_of(p.rstrip(".") if p.count(".") == 1 else p) for p in parts)


_SERIES_BODY = re.compile(rf"\b(?:{_SERIES_BODIES})\b")
_ALWAYS_MEETING = re.compile(rf"\b(?:{_ALWAYS_MEETINGS})\b")


# A headline's verb is in no meeting's name: "President Jokowi Holds Bilateral Meetings",
# "To Hold Talks", "French Foreign Ministers Hold Talks".
# (a verb inside the name with words after it; "BRICS Foreign Ministers Meet", "Global
# Investors Meet" and "Open Government Partnership Summit" are names)
_HEADLINE_VERB = re.compile(r"\b(?:Holds|Held|Meets|Hosts|Attends|Begins|Kicks)\s+\S|\bTo\s+(?:Hold|Meet|Host)\b"
                            r"|\bHold\s+(?:Talks|Meetings?|Bilateral)\b")


# A headline's "Remarks … Before Their Meeting", "After Bilateral Talks": no name opens with
# a word that tells when or whose.
_NOT_FIRST_IN_NAME = {"The", "This", "That", "A", "Before", "After", "Ahead", "Prior", "Following", "During",
                      "Their", "His", "Her", "Its", "Our"}


@lru_cache(maxsize=4096)
def _is_meeting_name(name: str, ordinal: int | None) -> bool:
    words = name.split()
    if len(words) < 2 or not words[0][0].isupper() or words[0] in _NOT_FIRST_IN_NAME:
        return False
    if _HEADLINE_VERB.search(name):
        return False
    if _SERIES_BODY.search(name) and not _ALWAYS_MEETING.search(name):
        # A standing body ("National Development and Reform Commission") is not a meeting;
        # "7th Korea-UAE Joint Economic Committee" is.
        return bool(ordinal) or any(_is_country_pair(w) for w in words) or "Joint" in words
    return True


def find_meetings(text: str, sentences: list[Span], lead: Span | None,
                  published: date | None, dateline_city: str | None,
                  words: WordIndex | None = None, context: Context | None = None) -> list[FoundMeeting]:
    """Every distinct named meeting, in order of first mention; `words` indexes `text` with
    a vocabulary that includes MEETING_WORDS."""
    found: dict[str, FoundMeeting] = {}
    words = words or WordIndex(text, _VOCABULARY)
    meeting_words = words.starts(_MEETING_FIRST_WORDS)
    one_word = words.starts(_ONE_WORD_MEETING_WORDS)
    # A name begins with a capital or a number, or with an ordinal word ("the fifth round
    # of ..."); an article before it adds nothing to its groups.
    starts = sorted(set(words.capitals).union(words.starts(_ORDINAL_WORDS)))
    heads = words.starts(_HEAD_WORDS)
    for sentence in sentences:
        # Most sentences name no meeting; skip the expensive pattern there.
        chunk = text[sentence.start:sentence.end]
        if not in_span(one_word, sentence.start, sentence.end) and not (
                in_span(meeting_words, sentence.start, sentence.end) and _ANY_MEETING_WORD.search(chunk)):
            continue
        if is_headline(chunk):
            continue
        in_chunk = _name_starts(sentence, starts, heads, _NOT_IN_NAME.finditer(chunk))
        for match in finditer_at(MEETING_NAME, chunk, in_chunk, 0, len(chunk)):
            tail = _CALENDAR_TAIL.search(match.group("name"))
            name_end = match.start("name") + tail.start() if tail else match.end("name")
            series = chunk[match.start("name"):name_end].rstrip(".")
            if match.group("pair") and not _is_country_pair(match.group("pair")):
                continue
            ordinal = _ordinal_value(match.group("ordinal"))
            if not _is_meeting_name(series, ordinal):
                continue
            key = series.lower()
            mention = sentence.start + match.start("name")
            if key in found:
                item = found[key]
                item.mentions.append(mention)
                if sentence not in item.sentences:
                    item.sentences.append(sentence)
                if ordinal and not item.meeting.ordinal:
                    item.meeting.ordinal = ordinal
                    item.meeting.name = chunk[match.start("ordinal"):name_end].rstrip(".")
                continue
            name = chunk[match.start("ordinal"):name_end].rstrip(".") if ordinal else series
            meeting = Meeting(name=name, series=series, ordinal=ordinal)
            found[key] = FoundMeeting(meeting, [mention], [sentence])
    meetings = _merge_same(list(found.values()))
    if not meetings:
        return meetings
    _find_references(text, sentences, meetings, words)
    context = context or Context(text, words, date_finder(text, words), published)
    previous: date | None = None
    for item in meetings:
        _describe(item, context, lead, dateline_city, previous)
        previous = date.fromisoformat(item.meeting.date) if item.meeting.date else previous
    return meetings


# Words a report varies when it names one meeting several ways: "the Sixth Meeting of the
# Nepal-India Joint Commission", "the sixth session of the Joint Commission".
_VARYING_WORDS = {"the", "of", "meeting", "session", "round", "meet"}


def _core_words(series: str) -> frozenset[str]:
    return frozenset(w for w in series.lower().split() if w not in _VARYING_WORDS and not _is_country_pair(w))


def _merge_same(meetings: list[FoundMeeting]) -> list[FoundMeeting]:
    """One meeting named several ways in one report is one meeting: a name whose words all
    appear in a fuller name, with no ordinal that differs."""
    kept: list[FoundMeeting] = []
    for item in meetings:
        core = _core_words(item.meeting.series)
        same = next((k for k in kept if core and (core <= _core_words(k.meeting.series)
                                                   or _core_words(k.meeting.series) <= core)
                     and (not item.meeting.ordinal or not k.meeting.ordinal
                          or item.meeting.ordinal == k.meeting.ordinal)), None)
        if same is None:
            kept.append(item)
            continue
        same.mentions += item.mentions
        same.sentences += [s for s in item.sentences if s not in same.sentences]
        fuller = max((same.meeting, item.meeting), key=lambda m: (bool(m.ordinal), len(m.series)))
        same.meeting.name, same.meeting.series = fuller.name, fuller.series
        same.meeting.ordinal = same.meeting.ordinal or item.meeting.ordinal
    for item in kept:
        item.sentences.sort(key=lambda s: s.start)
    return kept


_HEADLINE_WORD = re.compile(r"[A-Za-z][\w'’\-]*")
_SMALL_WORDS = {"a", "an", "the", "of", "on", "in", "to", "for", "and", "with", "at", "by", "as", "from", "over", "vs"}


def is_headline(chunk: str) -> bool:
    """A headline in title case ("Xi Jinping Holds Telephone Talks with Trump"): every
    word capitalised but the small ones, and no full stop. Its capitals are not a name.
    A page title's headline ends at its first bar ("Headline | Section | Site")."""
    chunk = chunk.split(" | ", 1)[0]
    if chunk.rstrip().endswith((".", "”", '"')):
        return False
    words = _HEADLINE_WORD.findall(chunk)
    return len(words) >= 4 and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)


def _name_starts(sentence: Span, starts: list[int], heads: list[int], breaks) -> list[int]:
    """Offsets in the sentence where a meeting name can begin: a possible start with a head
    word at or after it and no break (a comma, a bracket) in between."""
    stops = [b.start() + sentence.start for b in breaks] + [sentence.end]
    offsets = [sentence.start] + starts[bisect_left(starts, sentence.start + 1):bisect_left(starts, sentence.end)]
    found = []
    for offset in offsets:
        head = bisect_left(heads, offset)
        if head < len(heads) and heads[head] < stops[bisect_left(stops, offset)]:
            found.append(offset - sentence.start)
    return found


def _find_references(text: str, sentences: list[Span], meetings: list[FoundMeeting],
                     words: WordIndex) -> None:
    """Give each "the meeting"-style sentence to the meeting it most likely means."""
    # A reference ends in one of these words, whole; most sentences have none.
    generic = words.starts(GENERIC_WORDS)
    for sentence in sentences:
        first = bisect_left(generic, sentence.start)
        if first == len(generic) or generic[first] >= sentence.end:
            continue
        chunk = text[sentence.start:sentence.end]
        reference = GENERIC_REFERENCE.search(chunk, _two_words_before(chunk, generic[first] - sentence.start))
        if not reference or _is_background(chunk):
            continue
        named = [m for m in meetings if min(m.mentions) < sentence.end] or meetings[:1]
        words = set(reference.group("words").lower().split())
        # The meeting whose name shares a word with the reference ("the ministerial
        # meeting" -> "...Partnership Ministerial"); else the one named last.
        best = max(named, key=lambda item, words=words: (
            len(words & {w.lower() for w in item.meeting.series.split()}), min(item.mentions)))
        if sentence not in best.sentences:
            best.referring.append(sentence)


@dataclass
class Context:
    """What describing a report's meetings needs from it."""

    text: str
    words: WordIndex
    dates: DateFinder
    published: date | None


def date_finder(text: str, words: WordIndex) -> DateFinder:
    """Dates begin at a date word or at a digit that starts a word."""
    digits = [p for p in words.capitals if text[p].isdigit()]
    return DateFinder(text, sorted(set(words.starts(DATE_WORDS)).union(digits)))


def meeting_date_in(context: Context, span: Span | None, speech_dates: bool = False,
                    anchor: int | None = None, planned: bool = False) -> tuple[date | None, bool]:
    """The first date in the span that is not a speech date (with an `anchor`, the one
    nearest the words that tell of the meeting, preferring one after them: "a meeting …
    on March 21, before the forum on March 22"); and whether a vague one was seen."""
    if span is None:
        return None, False
    chunk, published = context.text[span.start:span.end], context.published
    vague = False
    found: list[tuple[int, date]] = []
    for match in context.dates.finditer(span.start, span.end):
        if not speech_dates and _speech_date(chunk, match.start()):
            continue
        resolved = resolve(match, published, forward=planned)
        if resolved is None and published is None:
            resolved = _same_day_with_year(context, match)
        if resolved and anchor is None:
            return resolved, vague
        if resolved:
            at = span.start + match.start()
            found.append(((at - anchor) if at >= anchor else 2 * (anchor - at), resolved))
        elif not found:
            vague = True
    if found:
        return min(found, key=lambda pair: pair[0])[1], vague
    return None, vague


def _same_day_with_year(context: Context, match: re.Match) -> date | None:
    """"On March 21" in a report with no date of its own: the year of the same day written
    in full elsewhere in it (a caption's "on March 21, 2023")."""
    if not (match.group("month") or match.group("month2")):
        return None  # a weekday or "today" needs the report's own date
    for other in context.dates.finditer(0, len(context.text)):
        full = resolve(other, None)  # only a date with its year resolves without one
        if full and resolve(match, full) == full:
            return full
    return None


def _describe(item: FoundMeeting, context: Context, lead: Span | None,
              dateline_city: str | None, previous: date | None) -> None:
    """Date, format and location from the naming sentences, then the lead paragraph."""
    meeting, text = item.meeting, context.text
    lead_text = text[lead.start:lead.end] if lead else ""
    # The story's own day: the lead's date, or failing that the day it was announced.
    story_day = meeting_date_in(context, lead)[0] or meeting_date_in(context, lead, speech_dates=True)[0]
    announced = any(_PLANNED_NEAR.search(text[sentence.start:sentence.end][max(0, start - 60):end + 60])
                    for sentence, start, end in _anchors(text, item)[:1])
    when, vague = _date_of(item, context, story_day, previous, planned=announced)
    if when is None and not vague and not announced:
        when = story_day
    meeting.date = when.isoformat() if when else None
    if announced or (when and context.published and when > context.published):
        meeting.status = "planned"  # announced for later; a date after the report is not a day held
    joined = " ".join(text[s.start:s.end] for s in item.sentences)
    if _VIRTUAL.search(joined):
        meeting.format = "virtual"
    elif _IN_PERSON.search(joined):
        meeting.format = "in person"
    place = _place_after_names(text, item) or _place_in(joined) or _place_in(lead_text)
    if meeting.format == "virtual":
        place = None
    meeting.location = place or (dateline_city if meeting.format != "virtual" else None)
    if meeting.format is None and meeting.location:
        meeting.format = "in person"


def _anchors(text: str, item: FoundMeeting) -> list[tuple[Span, int, int]]:
    """(sentence, start, end) of each place the meeting is named or referred to."""
    anchors = []
    for sentence in item.sentences:
        for mention in item.mentions:
            if sentence.start <= mention < sentence.end:
                anchors.append((sentence, mention - sentence.start,
                                mention - sentence.start + len(item.meeting.series)))
    for sentence in item.referring:
        reference = GENERIC_REFERENCE.search(text, sentence.start, sentence.end)
        if reference:
            anchors.append((sentence, reference.start() - sentence.start, reference.end() - sentence.start))
    return anchors


def _date_of(item: FoundMeeting, context: Context, story_day: date | None,
             previous: date | None, planned: bool = False) -> tuple[date | None, bool]:
    """The meeting's date from a date near its name, or a day from a nearby date."""
    text, published, days = context.text, context.published, context.words.starts(("day",))
    for sentence, start, end in _anchors(text, item):
        chunk = text[sentence.start:sentence.end]
        apart = _DAY_APART.search(chunk) if in_span(days, sentence.start, sentence.end) else None
        dates = context.dates.finditer(sentence.start, sentence.end)
        if apart:
            if apart.group("after"):
                # "Kwon spoke on Thursday, a day after he co-chaired the Committee".
                base = _nearest_date(dates, apart.start(), published) or story_day
                return (base - timedelta(days=1) if base else None), False
            # "A day later, the ministers co-chaired ...", "The day before, Seo met ...".
            base = previous or story_day
            shift = 1 if apart.group("later") else -1
            return (base + timedelta(days=shift) if base else None), False
        found, vague = _date_near(chunk, dates, start, end, published, planned)
        if found or vague:
            return found, vague
    return None, False


_OPENING = re.compile(r"\W*(?:on\s+)?$", re.I)


def _date_near(chunk: str, dates: list[re.Match], start: int, end: int,
               published: date | None, planned: bool = False) -> tuple[date | None, bool]:
    """The closest meeting date within NEAR characters of chunk[start:end]; `dates` are the
    chunk's DATE_EXPRESSION matches."""
    candidates = []
    for match in dates:
        distance = match.start() - end if match.start() >= end else start - match.end()
        # "On Sunday, on the sidelines of the forum, Jang held ...": a date that opens the
        # sentence dates all of it.
        opens_sentence = _OPENING.match(chunk[:match.start()]) is not None
        # "… Consultations between Japan and Australia that will be held in Tokyo on
        # Thursday": a clause about the meeting carries its date further.
        held_clause = match.start() >= end and _HELD_CLAUSE.search(chunk, end, match.start()) is not None
        if (distance > (NEAR_HELD if held_clause else NEAR) and not opens_sentence) or \
                _speech_date(chunk, match.start()):
            continue
        candidates.append((distance, match))
    for _, match in sorted(candidates, key=lambda pair: pair[0]):
        resolved = resolve(match, published, forward=planned)
        return resolved, resolved is None
    return None, False


def _nearest_date(dates: list[re.Match], offset: int, published: date | None) -> date | None:
    matches = sorted(dates, key=lambda m: abs(m.start() - offset))
    return next((d for d in (resolve(m, published) for m in matches) if d), None)


def _place_after_names(text: str, item: FoundMeeting) -> str | None:
    """"... Summit in Honolulu": a place named right after the meeting's name."""
    for mention in item.mentions:
        after = text[mention + len(item.meeting.series): mention + len(item.meeting.series) + 60]
        match = _PLACE_AFTER_NAME.match(after)
        if match and not country_of(match.group("place")):
            return match.group("place")
    return None


def _place_in(chunk: str) -> str | None:
    for match in _PLACE.finditer(chunk):
        place = match.group("place")
        if place in CITIES or place.split()[0] in CITIES:
            return place if place in CITIES else place.split()[0]
    return None
