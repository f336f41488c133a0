"""Meetings without a formal name: "X met his Japanese counterpart Y in Tokyo on Thursday".

Most real reports of official meetings never name one: two people "held talks", "spoke by
phone", "met on the sidelines of the G20". The first sentence near the top of the report
that says so (an encounter) becomes a meeting: its people are the participants, its kind
(talks, phone call, video call, summit) and format come from its words, its date and place
from the sentence or the lead, and it is *planned* when the sentence announces it for
later. Its name describes it: "South Korea–Japan foreign ministers' talks".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from onrecord.db.extract.dates import CALENDAR_WORD, WEEKDAY_NAME, resolve
from onrecord.db.extract.entities import LEADER_TITLES, NAME, EntityTable, family_name
from onrecord.db.extract.gazetteer import CITIES, country_of
from onrecord.db.extract.layout import ENDS_SENTENCE, Span, is_furniture
from onrecord.db.extract.meetings import PLACE_NAME, Context, FoundMeeting, meeting_date_in
from onrecord.db.extract.wordlist import CAPITALS
from onrecord.db.model import Meeting

# How far into the report an encounter may first be told: the headline, the lead and the
# paragraphs after it. Later sentences tell the background.
LEAD_SENTENCES = 12
MIN_SENTENCE_WORDS = 6

_PHONE = r"(?:tele)?phone"
# Whom a courtesy call is paid on: a person, by a title or a name ("on the Sultan", "on Prime
# Minister X", "to President Tinubu", "on him"), not a country, a port or an embassy.
_A_PERSON_AFTER = (r"\s+(?:the\s+)?(?:[A-Z][\w.\-]*\s+){0,3}?(?:" + "|".join(
    w.title() for w in ("president", "prime", "minister", "king", "queen", "emir", "sultan", "governor", "speaker",
                        "secretary", "chancellor", "premier", "crown", "sheikh", "vice", "deputy", "ambassador",
                        "chief", "mr", "ms", "dr", "his", "her")) + r")\b|\s+(?:him|her)\b")
# What a call was for: "to congratulate", "to wish … well"; and when or what for, after whom
# it went to: "on Tuesday", "this morning".
_CALL_GREETING = r"(?:congratulate|wish|thank|condole)"
_CALL_WHEN_OR_WHY = (rf"(?:on\s+{WEEKDAY_NAME}|(?:this|yesterday|last)\s+(?:morning|afternoon|evening|night)|yesterday|today|earlier\s+today"
                     rf"|to\s+(?:{_CALL_GREETING}|discuss|express|offer|convey))\b")
_ENCOUNTER = re.compile(
    rf"\b(?:"
    rf"(?:held|holds|hold|had|has|have|holding|having|conducted|conducts)\s+(?:an?\s+|their\s+|the\s+)?"
    rf"(?:[\"“]?[\w\-]+[\"”]?\s+){{0,6}}?(?:talks|call|conversation|meeting|discussions|consultations|summit|dialogue"
    # ("had the joint economic committee session"; not "held an emergency session", "a photo session")
    rf"|(?<=committee\s)session|(?<=commission\s)session|(?<=ministerial\s)session|(?<=plenary\s)session)"
    rf"|(?:spoke|speaks|speak|talked|talks|talk|spoken)\s+(?:by|over|on|via)\s+(?:the\s+)?{_PHONE}"
    # ("was finally able to speak with his counterpart": done; "wants to speak with" is not)
    rf"|(?:spoke|speaks|talked|spoken|(?:(?<=able\sto\s)|(?<=managed\sto\s))speak)\s+(?:with|to)\b"
    rf"|met|meets|meeting\s+(?:with\s+)?(?:the\s+)?(?=[A-Z])|meet\s+with|exchanged\s+views\s+with"
    # ("PM Modi also interacted with President of Kiribati Taneti Maamau, …")
    # (with someone: not "interacted with students")
    rf"|(?:interacted|(?<=an\s)interaction)\s+with\s+(?=(?:the\s+)?[A-Z])"
    # "Estonian and Latvian ministers will meet in Riga next week"
    rf"|(?:(?<=will\s)|(?<=to\s))meet\s+(?=(?:in|on|at|next|later|this|again)\b)"
    # "In Cape Town, Mr Lee will meet South African President Cyril Ramaphosa"
    rf"|(?<=will\s)meet\s+(?=(?:the\s+)?[A-Z])"
    rf"|received\s+(?:an?\s+)?{_PHONE}\s+call|receives\s+(?:an?\s+)?{_PHONE}\s+call"
    # "paid a courtesy call on the Sultan", "received a courtesy call from Wong" (a visit to
    # a person; "paid a visit to Thailand" is to a country)
    rf"|(?:paid|pays|paying|pay)\s+(?:an?\s+)?courtesy\s+(?:call|visit)\s+(?:on|to)\b(?={_A_PERSON_AFTER})"
    rf"|(?:received|receives)\s+(?:an?\s+)?courtesy\s+(?:call|visit)\s+from\b"
    # "Boris Johnson called Jacinda Ardern this morning to congratulate her": a name, then
    # when or what for (not "called on China", "called it", "called X a liar", "so-called",
    # "called Hamas and Hezbollah terrorist groups", "a town called Bucha on the outskirts")
    rf"|(?<![\w\-])(?:called|phoned|rang)\s+(?=(?:(?!{CALENDAR_WORD})[{CAPITALS}]\w+\s+){{1,5}}[{CAPITALS}][\w\-]+,?\s+{_CALL_WHEN_OR_WHY}"
    rf"|his\s+[A-Z]\w+\s+counterpart,?\s+{_CALL_WHEN_OR_WHY}"
    rf"|(?!{CALENDAR_WORD})[{CAPITALS}][\w\-]+,?\s+{_CALL_WHEN_OR_WHY})"
    # "Egypt's president called Tuesday to wish President Buhari well"
    rf"|(?<![\w\-])(?:called|phoned)\s+{WEEKDAY_NAME}\s+to\s+{_CALL_GREETING}\b"
    rf"|{_PHONE}\s+(?:call|conversation|talks|conference)|video\s*(?:call|conference|talks|link)|videoconference"
    rf"|virtual\s+(?:meeting|talks|summit)"
    rf"|(?<=on the )(?:sidelines|margins)\s+of"
    rf"|(?:received|receives|receive|hosted|hosts|host)\s+(?:visiting\s+)?(?=[A-Z])"
    # "welcoming the Emir of Qatar to Downing Street for bilateral talks"
    rf"|(?:welcomed|welcomes|welcoming)\s+(?=[^.;\"“”]{{0,80}}?\bfor\s+(?:\w+\s+){{0,2}}(?:talks|meeting|discussions)\b)"
    # ("Luxon's first bilateral meeting yesterday with Lee")
    rf"|(?:talks|summit|meeting)\s+(?:(?:yesterday|today|on\s+[A-Z][a-z]+day)\s+)?(?:in\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+)?(?:with|between)"
    # ("A tripartite summit was held today in Amman among X, Y and Z")
    rf"|(?:talks|summit|meeting|consultations)\s+(?:was|were)\s+held\b(?=[^.;\"“”]{{0,80}}?\b(?:among|between|with)\b)"
    rf"|during\s+(?:their\s+|the\s+|a\s+|an\s+)?(?:[\w\-]+\s+)?(?:talks|meeting|summit|call|conversation)"
    # opening the sentence: "At top security talks Tuesday, Japan and the United States …"
    # ("At the talks, …" and "During the talks, …" look back at a meeting already told)
    rf"|(?<![\w,] )(?:At|During)\s+(?:a\s+|an\s+)?(?!the\b|their\b)(?:[\w\-]+\s+){{0,2}}(?:talks|meeting|summit|call|conversation)"
    rf")\b"
)
# The words every _ENCOUNTER match begins with: a WordIndex vocabulary.
ENCOUNTER_WORDS = {"paid", "pays", "paying", "pay", "called", "phoned", "rang", "held", "holds", "hold", "had", "has", "have", "holding", "having", "conducted", "conducts",
             "spoke", "speaks", "speak", "talked", "talks", "talk", "spoken", "met", "meets", "meeting", "meet", "received",
             "receives", "receive", "hosted", "hosts", "host", "phone", "telephone", "video", "videoconference", "virtual", "exchanged",
             "sidelines", "margins", "summit", "during", "welcomed", "welcomes", "welcoming", "interacted", "interaction"}
# "It is unclear whether Starmer will meet …", '"I will meet him only in Moscow," Putin said':
# a meeting nobody has planned (a quote's "will meet" is someone's words, not the report's).
_HEDGED = re.compile(r"\b(?:whether|if|unless|unclear|doubt|doubtful|refused|ruled\s+out)\b|[“\"]")
# A sentence about a meeting told already: "the two men spoke by phone Saturday".
_TELLS_AGAIN = re.compile(r"\b(?:spoke|talked|met|meeting|call|conversation|phone|talks)\b")
_PLANNED = re.compile(
    r"\b(?:will|would|shall|to)\s+(?:\w+\s+)?(?:meet|hold|have|visit|travel|attend|receive|host|pay)\b"
    # "will be holding talks … during his visit scheduled for Sept. 28-29"
    r"|\b(?:will|shall)\s+be\s+(?:meeting|holding|having|visiting|travell?ing|attending|receiving|hosting)\b"
    r"|\bscheduled\s+for\b"
    # "Karki and Modi will talk via telephone on Thursday" (not "was able to speak with")
    r"|\b(?:will|shall)\s+(?:\w+\s+)?(?:talk|speak)\b"
    # "will tomorrow, Wednesday, depart Abuja for Malabo on a three-day visit"
    r"|\bwill\s+(?:[\w]+,?\s+){0,3}?(?:depart|leave|fly|travel|visit)\b"
    # ("a meeting between them is also expected during the summits")
    r"|\b(?:is|are|was|were)\s+(?:also\s+)?(?:set|scheduled|expected|due|slated)\s+to\b"
    r"|\b(?:is|are)\s+(?:also\s+)?expected\s+(?:during|at|on|in|later|next|soon|this)\b"
    # ("a joint action plan to bolster trade" is a plan, not a meeting planned)
    r"|\b(?:plans|planned|planning)\s+to\b|\b(?:we|they|I)\s+plan\s+to\b|\bupcoming\b|\bnext\s+(?:week|month)\b",
    re.I,
)
# (a trip taken to meet someone is a meeting held: "took a day trip to Kuala Lumpur on
# Thursday to meet …", "was in Brussels Wednesday to meet …")
_HELD_VERB = re.compile(r"\b(?:met|held|had|spoke|talked|received|hosted|discussed|agreed|called|phoned|rang"
                        r"|took|travell?ed|flew|arrived|went|came|was\s+in\s+[A-Z]\w*)\b")
_KINDS = (
    # ("to call on China to …", "called on Beijing", "call for restraint": an appeal, not a
    # call; "held a call on Tuesday" is one)
    # (the phone named outright first; then a video call, which is a call too; then a call:
    # "to call on China to …", "called upon the UN", "call for restraint" are appeals,
    # "held a call on Tuesday" is one, and "a courtesy call" is a visit)
    ("phone call", re.compile(rf"\b(?:{_PHONE}|phoned|rang)\b", re.I)),
    ("video call", re.compile(r"\bvideo\s*(?:call|conference|link|talks)|\bvideoconferenc|\bvirtual(?:ly)?\b|\bonline\b", re.I)),
    ("phone call", re.compile(rf"(?<!courtesy\s)\bcall(?:ed)?\b(?!\s+for\b)(?!\s+(?:up)?on\s+(?!{WEEKDAY_NAME}\b)"
                              r"(?:[A-Z]|(?:the|all|both|each|its|his|her|their)\b))", re.I)),
    ("summit", re.compile(r"\bsummit\b", re.I)),
)
# Kinds read from the words that tell of the meeting only ("hold their first dialogue"), since
# "dialogue" and "commission" elsewhere in a sentence are about something else.
_NAMED_KINDS = (
    ("dialogue", re.compile(r"\bdialogue\b", re.I)),
    ("commission", re.compile(r"\bjoint\s+(?:commission|committee)\b", re.I)),
)
_SIDELINES = re.compile(r"\bon\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+)?(?:[\w\-()]+\s+){0,5}?(?:summit|meeting|conference|forum|assembly|session)\b", re.I)
_IN_PLACE = re.compile(rf"\bin\s+{PLACE_NAME}")


# "his Japanese counterpart, Sato Kenji": a person whose title is the other side's.
# A country's name after "from": "Laos", "Bosnia and Herzegovina", "the Maldives".
_COUNTRY_WORDS = r"(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:and\s+)?[A-Z][\w\-]*){0,3}"
COUNTERPART = re.compile(
    # "his Japanese counterpart", "South Korean counterpart", "his US counterpart"
    # or "his counterpart Richard Marles", whose side the report leaves to the reader
    rf"\b(?:(?P<owner>his|her|their|my|the)\s+)?(?:(?P<nationality>(?:[A-Z][a-z]+|U\.?S\.?|U\.?K\.?)(?:\s+[A-Z][a-z]+)?)\s+)?(?:counterparts?|host)"
    # "his counterpart from Bosnia and Herzegovina, Elmedin Konakovic"
    rf"(?:\s+from\s+(?P<from>{_COUNTRY_WORDS}))?,?\s+"
    rf"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>{NAME})"
)


_NATIONALITY = r"(?:[A-Z][a-z]+|U\.?S\.?|U\.?K\.?)(?:\s+[A-Z][a-z]+)?"
# "his U.S. and Japanese counterparts, Lloyd Austin and Yasukazu Hamada": in that order.
# ("his counterparts from Croatia and Japan, Gordan Grlic Radman and Toshimitsu Motegi")
TWO_COUNTERPARTS = re.compile(
    rf"\b(?:his|her|their|my)\s+(?:(?P<first_side>{_NATIONALITY})\s+and\s+(?P<second_side>{_NATIONALITY})\s+counterparts"
    rf"|counterparts\s+from\s+(?P<first_from>{_NATIONALITY})\s+and\s+(?P<second_from>{_NATIONALITY})),?\s+"
    rf"(?P<first>{NAME}),?\s+and\s+(?P<second>{NAME})")


def _title_named_before(text: str, table: EntityTable, at: int) -> str | None:
    """The title of the latest person named before `at`: whose counterpart this is (not
    someone named only as an owner: "during Prime Minister Meles Zenawi's visit … with his
    Egyptian counterpart")."""
    before = [e for e in table.people if any(m < at and not _owner_at(text, e, m, at) for m in e.mentions)]
    return before[-1].speaker.title if before else None


# A possessive's ending (some pages double the apostrophe: "Zenawi''s visit").
POSSESSIVE_AFTER = re.compile(r"['’]{1,2}s\b")


def _owner_at(text: str, entity, mention: int, counterpart: int) -> bool:
    """Whether the name at `mention` is an owner of something else than the counterpart at
    `counterpart` ("Zenawi's visit … his counterpart"; not "Biden's Chinese counterpart")."""
    surname = family_name(entity.speaker.name)
    at = text.find(surname, mention, mention + len(entity.speaker.name) + 20)
    owner = at >= 0 and POSSESSIVE_AFTER.match(text, at + len(surname))
    return bool(owner) and owner.end() < counterpart - 1


def counterparts(text: str, table: EntityTable) -> None:
    """Add the people introduced as someone's counterpart (or host) to the report's
    entities, a counterpart with the title of the person whose counterpart they are (the
    latest one named before)."""
    if "counterpart" not in text and "host," not in text:
        return  # most reports name no one so ("hosted" alone is no reason to look)
    for match in TWO_COUNTERPARTS.finditer(text):
        title = _title_named_before(text, table, match.start())
        for sides, name in ((("first_side", "first_from"), "first"), (("second_side", "second_from"), "second")):
            side = match.group(sides[0]) or match.group(sides[1])
            table.person(match.group(name), match.start(name), title=title, country=country_of(side))
    for match in COUNTERPART.finditer(text):
        nationality = match.group("nationality") or match.group("from")
        country = country_of(nationality) if nationality else None
        if not country and (nationality or match.group("owner") in (None, "the")):
            continue
        # (a host's title is not the guest's: "his host, Filipe Nyusi")
        title = _title_named_before(text, table, match.start()) if "counterpart" in match.group() else None
        table.person(match.group("name"), match.start("name"), title=title, country=country)
    table.people.sort(key=lambda e: min(e.mentions))


@dataclass
class Encounter:
    meeting: Meeting
    sentences: list[Span]
    at: int | None = None  # where the words that tell of it stand
    sides: list[str] = field(default_factory=list)  # "South Korea and China will hold …"


def encounter_sentences(text: str, sentences: list[Span], triggers: list[int]):
    """(sentence, its text, the match) for each story sentence that tells of a meeting;
    `triggers` are where ENCOUNTER_WORDS stand in the text (a WordIndex)."""
    for sentence in sentences:
        # Most sentences tell of no meeting: try the long pattern only where a word that
        # every match begins with stands.
        here = triggers[bisect_left(triggers, sentence.start):bisect_left(triggers, sentence.end)]
        if text.startswith("At ", sentence.start):
            here = [sentence.start, *here]  # "At top security talks Tuesday, …" (no trigger word)
        if not here:
            continue
        chunk = text[sentence.start:sentence.end]
        # Menus and captions of a few words are not the story's sentences.
        if len(chunk.split(None, MIN_SENTENCE_WORDS)) < MIN_SENTENCE_WORDS:
            continue
        found = next((m for m in (_ENCOUNTER.match(chunk, p - sentence.start) for p in here)
                      if m and not (m.group().rstrip() == "meet" and _HEDGED.search(chunk, 0, m.start()))), None)
        if found:
            yield sentence, chunk, found


def find_encounter(text: str, sentences: list[Span], people_in: Callable[[Span], int],
                   cities: set[str], triggers: list[int]) -> Encounter | None:
    """The sentence near the top that tells of a meeting between the most people (the
    first of those), as a meeting still to be described; `people_in` counts the people a
    sentence names."""
    best, best_count = None, 0
    top = [s for s in sentences if len(text[s.start:s.end].split(None, MIN_SENTENCE_WORDS)) >= MIN_SENTENCE_WORDS]
    for sentence, chunk, found in encounter_sentences(text, top[:LEAD_SENTENCES], triggers):
        count = people_in(sentence)
        if count < 2:
            before = _the_two_before(text, top, sentence)
            count = max(count, people_in(before)) if before else count
        if best is None and count < 2 and _two_countries_before(chunk, found.start() or len(chunk)):
            count = 2  # "South Korea and China will hold their first dialogue": two sides named
        if best is None or count > best_count:
            best, best_count = (sentence, chunk, found), count
        if count >= 2:
            break
    return encounter_in(*best, cities) if best else None


_THE_TWO = re.compile(r"(?:The|the)\s+two\s+(?:leaders|ministers|foreign\s+ministers|sides|presidents|prime\s+ministers|officials)\b")
def _the_two_before(text: str, sentences: list[Span], sentence: Span) -> Span | None:
    """"X and Y on Sunday reviewed … The two leaders met on the sidelines of …": the sentence
    before one that opens "The two leaders", which names whom it means."""
    if not _THE_TWO.match(text, sentence.start, sentence.end):
        return None
    before = [s for s in sentences if s.end <= sentence.start]
    return before[-1] if before else None


_COUNTRY_PAIR_SUBJECT = re.compile(r"(?P<first>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})\s+and\s+(?:the\s+)?"
                                   r"(?P<second>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})")


def _two_countries_before(chunk: str, end: int) -> bool:
    """Whether the words before a meeting verb name two countries ("Japan and Peru will hold")."""
    return any(country_of(m.group("first")) and country_of(m.group("second"))
               for m in _COUNTRY_PAIR_SUBJECT.finditer(chunk, 0, end))


def encounter_in(sentence: Span, chunk: str, found: re.Match, cities: set[str]) -> Encounter:
    """The meeting a sentence tells of: its kind, whether it is planned, format and place."""
    # "met on the sidelines of the G20 summit": the summit is where, not what, they held.
    about = _SIDELINES.sub("", chunk)
    kind = next((name for name, pattern in _KINDS if pattern.search(about)), None) \
        or next((name for name, pattern in _NAMED_KINDS if pattern.search(found.group())), "talks")
    # (the words that tell of it count: "held phone talks on Wednesday, agreeing … to have
    # high-level exchanges" was held)
    planned = bool(_PLANNED.search(chunk)) and not _HELD_VERB.search(chunk[:found.end()])
    meeting = Meeting(name="", kind=kind, status="planned" if planned else "held")
    if kind in ("phone call", "video call"):
        meeting.format = "virtual"
    else:
        meeting.location = next((m.group("place") for m in _IN_PLACE.finditer(chunk)
                                 if m.group("place") in cities), None)
        meeting.format = "in person" if meeting.location else None
    # (the sides come before the words that tell of it, or after them when those open the
    # sentence: "At top security talks Tuesday, Japan and the United States …")
    sides = next(([country_of(m.group("first")), country_of(m.group("second"))]
                  for m in _COUNTRY_PAIR_SUBJECT.finditer(chunk, 0, found.start() or len(chunk))
                  if country_of(m.group("first")) and country_of(m.group("second"))), [])
    return Encounter(meeting, [sentence], sentence.start + found.start(), sides)


_COUNTRIES_NAMED = 4


def describe(meeting: Meeting, sides: list[str] | tuple[str, ...] = ()) -> str:
    """A name for a meeting without one: "South Korea–Japan foreign ministers' talks"; the
    countries from its participants, else from the sentence that told of it (`sides`)."""
    countries = []
    for person in meeting.participants:
        if person.country and person.country not in countries:
            countries.append(person.country)
    if len(countries) < 2 and len(sides) >= 2:
        countries = list(sides)
    titles = [(p.title or "").lower() for p in meeting.participants]
    who = ""
    # (India's External Affairs Minister is a foreign minister too)
    if len(titles) >= 2 and all(any(f in t for f in ("foreign minister", "foreign affairs", "external affairs"))
                                for t in titles):
        who = "foreign ministers' "
    elif len(titles) >= 2 and len(set(titles)) == 1 and titles[0].endswith("minister"):
        who = f"{titles[0]}s' "
    elif len(titles) >= 2 and all(any(word in t for word in LEADER_TITLES) for t in titles):
        who = "leaders' "
    kind = meeting.kind or "talks"
    unplaced = [p for p in meeting.participants if not p.country]
    if len(countries) == 1 and unplaced and len(meeting.participants) >= 2:
        # One side's country known, the other's not: "Singapore talks" would say the
        # meeting was within one country; the people's names say who met.
        return f"{'–'.join(p.name for p in meeting.participants[:3])} {kind}"
    if len(countries) > _COUNTRIES_NAMED:
        return f"{len(countries)}-country {who}{kind}"  # (eleven names joined are no name)
    if countries:
        return f"{'–'.join(countries)} {who}{kind}"
    names = [p.name for p in meeting.participants]
    return f"{'–'.join(names)} {kind}" if names else kind.capitalize()


# "X said Tuesday he hoped … as the two met": the words were said at the meeting.
_AS_THEY_MET = re.compile(r"\b(?:as|when|while|where)\s+(?:the\s+two|they|both)\b")


def add_encounters(text: str, sentences: list[Span], found: list[FoundMeeting], entities: EntityTable,
                   context: Context, lead: Span | None, city: str | None, triggers: list[int]) -> None:
    """The meeting a report tells of without naming it ("X held talks with Y"), unless the
    sentence that tells of it names a meeting already found; then the other meetings it
    tells of in passing. Added to `found`, in the order the report names them."""
    encounter = find_encounter(text, sentences, lambda span: len(people_in(text, entities, [span])), CITIES,
                               triggers)
    two_people: list[Encounter | None] = []

    def two_people_meeting() -> Encounter | None:
        """_two_people_meeting, looked for once (up to three steps below may ask)."""
        if not two_people:
            two_people.append(_two_people_meeting(text, sentences, entities))
        return two_people[0]

    if encounter is None and not found:
        # A report of a meeting never comes out with none.
        encounter = two_people_meeting() or _meeting_told_of(text, sentences)
    elif encounter is not None and encounter.meeting.status == "planned":
        # "X and Y discussed … on Monday. … X and Y expect to meet next week": the report
        # tells first of what they did; what they plan is another meeting.
        earlier = two_people_meeting()
        if earlier and earlier.meeting.status == "held" and earlier.sentences[0].end <= encounter.sentences[0].start:
            encounter = earlier
    if encounter is None:
        return
    sentence, meeting = encounter.sentences[0], encounter.meeting
    where = [item for item in found if sentence in item.sentences and _only_where(text, sentence, item)]
    for item in where:
        # a meeting named only as where they met takes none of the statements: their talks
        # do, found here or named in the same sentence ("held the Korea-Japan Foreign
        # Ministers' Meeting on the sidelines of the … Ministerial")
        item.background = item.background or all(_only_where(text, named, item) for named in item.sentences)
    if any((sentence in item.sentences and item not in where) or sentence in item.referring for item in found):
        return
    top = [s for s in sentences if len(text[s.start:s.end].split()) >= 8][:4]
    told_first = found and sentence in top and sentence.end < min(m for item in found for m in item.mentions)
    if found and not told_first and not where:
        # Beside a named meeting, an encounter is another meeting only if it names people
        # who are not at the named one ("the talks" of a report about a dialogue are it),
        # or if the story's lead tells of it before any named meeting comes up.
        named_people = people_in(text, entities, [s for item in found for s in item.sentences])
        if not [e for e in people_in(text, entities, [sentence]) if e not in named_people]:
            return
    planned = meeting.status == "planned"
    when, vague = meeting_date_in(context, sentence, anchor=encounter.at, planned=planned)
    # "X said Tuesday he hoped … as the two met": the day someone spoke at it, or the day
    # a following sentence of the lead gives, dates a meeting that gives no other.
    if when is None and _AS_THEY_MET.search(text, sentence.start, sentence.end):
        when = meeting_date_in(context, sentence, speech_dates=True)[0]
    after = [s for s in sentences if s.start >= sentence.end][:2]
    for following in after:
        if when or vague:
            break
        when, vague = _recent(context, meeting_date_in(context, following, planned=planned))
    if meeting.status == "planned":
        # Announced for later: a day before the report is not its date ("later today" is).
        when = when if when and context.published and when >= context.published else None
    elif when is None and not vague:
        when, vague = _recent(context, meeting_date_in(context, lead))
        # Told first in a headline or a caption, above the story: the day the story's
        # opening sentences give ("… has congratulated Trump. The Prime Minister's Office
        # says the two men spoke by phone Saturday").
        # (only a sentence that tells of a meeting again: "Vidal was sworn in on Wednesday"
        # dates nothing of theirs)
        # (a headline without a full stop may be taken for the lead: it is above the story
        # too, and a standfirst or a byline may stand between)
        unstopped = lead is not None and sentence == lead and not ENDS_SENTENCE.search(text, lead.start, lead.end)
        above = lead is not None and (sentence.end <= lead.start or unstopped)
        story = [s for s in sentences if s.start >= lead.end] if above else []
        if unstopped:
            story = [s for s in story if len(text[s.start:s.end].split(None, MIN_SENTENCE_WORDS)) >= MIN_SENTENCE_WORDS
                     and not is_furniture(text[s.start:s.end])][:3]
        for following in story[:3 if unstopped else 2]:
            if when or vague:
                break
            if _TELLS_AGAIN.search(text, following.start, following.end):
                when, vague = _recent(context, meeting_date_in(context, following))
    told = [sentence] + _who_met(text, sentences, sentence, entities, triggers)
    if when is None and not vague:
        # "Before Tuesday's meeting with Bachelet, …", "In Thursday's talks, …": the day the
        # report gives its meeting, when it gives only one.
        def names() -> set[str]:
            return {word for person in people_in(text, entities, told) for word in person.speaker.name.split()}
        when = _recent(context, (_meeting_weekday(context, planned, names), False))[0]
        if planned and when and context.published and when < context.published:
            when = None
    meeting.date = when.isoformat() if when else None
    if meeting.format is None and city and meeting.status == "held":
        meeting.location, meeting.format = city, "in person"
    story_lead = next((s for s in sentences if len(text[s.start:s.end].split()) >= 8), None)
    # "Cleverly will visit China on Wednesday. He will hold talks with Wang Yi": he is who
    # the report is about.
    host = None
    if sentence != story_lead and _HOST_SUBJECT.match(text, sentence.start, sentence.end):
        protagonist = _protagonist(text, entities, story_lead)
        if protagonist is not None and protagonist not in people_in(text, entities, told):
            host = protagonist
    if len(people_in(text, entities, told)) == 1:
        # "Taoiseach finds common ground with Canadian PM Mark Carney during Ottawa meeting":
        # a sentence near the top that names both people says who met
        both = two_people_meeting()
        if both and both.meeting.status == meeting.status and both.sentences[0] not in told:
            told.append(both.sentences[0])
    found.append(FoundMeeting(meeting, [sentence.start], told, named=False,
                              lead=story_lead if story_lead != sentence else None, sides=encounter.sides,
                              host=host))
    _add_other_encounters(text, sentences, found, entities, context, triggers, story_lead)
    found.sort(key=lambda item: min(item.mentions))


# A report tells of a meeting of the last days; a date weeks older in a sentence near it
# ("… at a press conference on Tuesday, Nov. 29, 2016", a file photo's caption) is not its.
_RECENT_DAYS = 14


def _recent(context: Context, found: tuple[date | None, bool]) -> tuple[date | None, bool]:
    """A date read from a sentence beside the meeting's own, if it is recent enough to be it."""
    when, vague = found
    if when and context.published and when < context.published - timedelta(days=_RECENT_DAYS):
        return None, vague
    return when, vague


def _who_met(text: str, sentences: list[Span], sentence: Span, entities: EntityTable,
             triggers: list[int]) -> list[Span]:
    """"The foreign ministers of South Korea and China met in New York Wednesday", then "Kang
    and her Chinese counterpart, Wang Yi, held talks …": a meeting told of by its sides
    alone is the one the next sentence tells of between two people."""
    if people_in(text, entities, [sentence]):
        return []
    before = _the_two_before(text, sentences, sentence)
    if before and len(people_in(text, entities, [before])) >= 2:
        return [before]
    after = [s for s in sentences if s.start >= sentence.end][:2]
    return [s for s, _, _ in encounter_sentences(text, after, triggers)
            if len(people_in(text, entities, [s])) >= 2][:1]


def _only_where(text: str, sentence: Span, item: FoundMeeting) -> bool:
    """"X met his Saudi counterpart on the sidelines of the World Bank-IMF Annual Meetings":
    the named meeting is only where they met, and their talks are a meeting of their own."""
    sidelines = [m.span() for m in _SIDELINES_OF.finditer(text, sentence.start, sentence.end)]
    mentions = [m for m in item.mentions if sentence.start <= m < sentence.end]
    return bool(sidelines) and all(any(a <= m <= b for a, b in sidelines) for m in mentions)


# "on the sidelines of the …": up to where the named meeting's words can reach
_SIDELINES_OF = re.compile(r"\bon\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+)?(?:\S+\s+){0,2}")


def _add_other_encounters(text: str, sentences: list[Span], found: list[FoundMeeting], entities: EntityTable,
                          context: Context, triggers: list[int], story_lead: Span | None) -> None:
    """Other meetings the report tells of between people it names ("a framework agreed by
    Presidents Biden and Xi at talks last year"): background, dated only by their own
    sentence, and never the meeting the report's statements belong to."""
    taken = {id(s) for item in found for s in item.sentences + item.referring}
    known = [set(map(id, people_in(text, entities, item.sentences))) for item in found]
    protagonist = _protagonist(text, entities, story_lead)
    for sentence, chunk, match in encounter_sentences(text, sentences, triggers):
        if id(sentence) in taken or _inside_quote(chunk, match.start()):
            continue  # ('"… Rowe met only seven," the envoy said': a speaker's words, not a meeting told)
        named = people_in(text, entities, [sentence])
        people = set(map(id, named))
        host = None
        if len(people) == 1 and protagonist is not None and protagonist not in named and _HOST_SUBJECT.match(chunk):
            # "He held talks with Vietnamese Prime Minister X": he is who the report is about.
            host = protagonist
            people.add(id(host))
        if len(people) < 2 or any(people <= seen for seen in known):
            continue
        other = encounter_in(sentence, chunk, match, CITIES)
        meeting = other.meeting
        when = meeting_date_in(context, sentence, anchor=other.at, planned=meeting.status == "planned")[0]
        if meeting.status == "planned" and when and context.published and when < context.published:
            when = None
        meeting.date = when.isoformat() if when else None
        found.append(FoundMeeting(meeting, [sentence.start], [sentence], named=False, background=True, host=host))
        known.append(people)


def _protagonist(text: str, entities: EntityTable, story_lead: Span | None):
    """The report's protagonist: the first person its first sentence names."""
    if story_lead is None:
        return None
    return min(people_in(text, entities, [story_lead]), key=lambda e: min(e.mentions), default=None)


def _inside_quote(chunk: str, at: int) -> bool:
    """Whether offset `at` of a sentence stands inside quotation marks."""
    before = chunk[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


# A sentence whose subject is the report's protagonist without a name.
_HOST_SUBJECT = re.compile(r"(?:He|She|The\s+(?:Prime\s+Minister|President|Chancellor|Premier|Minister))\s+(?:also\s+|then\s+|later\s+)?\w+")


def people_in(text: str, entities: EntityTable, spans: list[Span]) -> list:
    """The people the spans name: by a mention the entity table found there, or by their
    surname ("Trump", "Putin"), which reports use once a person is introduced."""
    found = []
    joined = "\n".join(text[s.start:s.end] for s in spans)  # (one search for each surname)
    for entity in entities.people:
        surname = family_name(entity.speaker.name)
        if any(s.start <= m < s.end for s in spans for m in entity.mentions) or (
                len(surname) >= 3 and surname in joined and whole_word(surname).search(joined)):
            found.append(entity)
    return found


@lru_cache(maxsize=4096)
def whole_word(word: str) -> re.Pattern:
    """A pattern for the word whole (not inside another, nor after an apostrophe)."""
    return re.compile(rf"(?<![\w'’\-]){re.escape(word)}\b")


# Words that tell, in a report's first sentences, that people named together met.
# ("President Trump and Prime Minister Trudeau held a joint press conference")
_MET_TOGETHER = re.compile(r"\b(?:met|meets|meeting|talks|talked|discussed|discuss|visit|visited|visiting|received|"
                           r"hosted|call|called|conversation|spoke|dialogue|consultations|exchanged|counterparts?"
                           r"|joint\s+(?:press|news)\s+conference)\b")
FALLBACK_SENTENCES = 4


# The words that tell of a meeting without naming it: "the consultative meeting of Central
# Asian leaders was held", "During their meeting, the two presidents …", "the summit".
_MEETING_NOUN = re.compile(r"\b(?:meeting|summit|talks|dialogue|consultations|conversation"
                           r"|(?<!press\s)(?<!news\s)conference|call(?!\s+(?:for|on|upon)\b))\b")


def _meeting_told_of(text: str, sentences: list[Span]) -> Encounter | None:
    """The last resort, when no pattern and no two people name a meeting: the first sentence
    near the top with a word for one. Who took part comes from it and the lead, as for any."""
    top = [s for s in sentences if len(text[s.start:s.end].split(None, MIN_SENTENCE_WORDS)) >= MIN_SENTENCE_WORDS]
    for sentence in top[:FALLBACK_SENTENCES]:
        chunk = text[sentence.start:sentence.end]
        word = _MEETING_NOUN.search(chunk)
        if word:
            return encounter_in(sentence, chunk, word, CITIES)
    return None


def _two_people_meeting(text: str, sentences: list[Span], entities: EntityTable) -> Encounter | None:
    """When no pattern finds a meeting: the first sentence near the top that names two
    people together with a word of meeting ("discussed … with", "visit", "counterpart")."""
    top = [s for s in sentences if len(text[s.start:s.end].split(None, MIN_SENTENCE_WORDS)) >= MIN_SENTENCE_WORDS]
    for sentence in top[:FALLBACK_SENTENCES]:
        chunk = text[sentence.start:sentence.end]
        word = _MET_TOGETHER.search(chunk)
        if word and len(people_in(text, entities, [sentence])) >= 2:
            return encounter_in(sentence, chunk, word, CITIES)
    return None


# "Thursday's talks," "Tuesday's meeting was called", "Tuesday's meeting with Bachelet": a
# phrase that names the report's own meeting; not "Friday's summit of European leaders",
# "Monday's talks with Spanish officials", "Tuesday's visit by the city council".
_WEEKDAY_MEETING = re.compile(rf"\b{WEEKDAY_NAME}['’]s\s+(?:[a-z]+\s+)?(?:meeting|talks|visit|call|discussions|conversation)\b"
                              r"(?=\s*[,.;:)]|\s+(?:was|were|had|has|ended|began|lasted|went)\b|\s+(?:with|between)\s+(?P<with>[A-Z][\w'’\-]*))")


def _meeting_weekday(context: Context, planned: bool, names: Callable[[], set[str]]) -> date | None:
    """The day of "Thursday's talks", if every such phrase in the report names the same day
    (one "with" someone must be with one of `names()`, the words of the meeting's people's
    names, looked up only then)."""
    if "'s " not in context.text and "’s " not in context.text:
        return None
    days, known = set(), None
    for phrase in _WEEKDAY_MEETING.finditer(context.text):
        if phrase.group("with"):
            known = names() if known is None else known
            if phrase.group("with") not in known:
                continue
        weekday = next(iter(context.dates.finditer(phrase.start(), phrase.end())), None)
        days.add(resolve(weekday, context.published, forward=planned) if weekday else None)
    return days.pop() if len(days) == 1 else None
