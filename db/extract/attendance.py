"""Who took part in each meeting a report tells of, and which meeting each statement
belongs to."""

from __future__ import annotations

import re

from onrecord.db.extract.encounters import POSSESSIVE_AFTER, people_in, whole_word
from onrecord.db.extract.entities import EntityTable, family_name, offices_of, plausible_person
from onrecord.db.extract.gazetteer import country_of
from onrecord.db.extract.layout import Span
from onrecord.db.extract.meetings import GENERIC_REFERENCE, GENERIC_WORDS, FoundMeeting, in_span
from onrecord.db.extract.wordlist import WordIndex
from onrecord.db.model import Meeting, Statement

_TOOK_PART = re.compile(r"\b(?:met|meet|meets|attended|attend|attends|co-chaired|co-chair|co-chairs|chaired|led|lead|leads|"
                        r"joined|participated|took part|hosted|received|accompanied|held)\b")


def attach_meetings(text: str, found: list[FoundMeeting], statements: list[Statement],
                     entities: EntityTable, paragraphs: list[Span] = ()) -> None:
    """Link statements to the meeting last named before them; collect participants."""
    if not found:
        return
    for statement in statements:
        statement.meeting = meeting_before(found, statement.start)
    for index, item in enumerate(found):
        meeting: Meeting = item.meeting
        # (a spokesperson who names a meeting or tells of talks speaks about it)
        people = [e for e in people_in(text, entities, item.sentences) if not _spokesperson(e)]
        between = _sides_named(text, entities, item.sentences[0]) if not item.named else None
        if between:
            # "X said a meeting between A and B is expected": A and B meet, not X who tells of it
            sides, telling = between
            people = [e for e in people if e in sides or e not in telling]
        if item.named:
            # "… also attended the Summit", "X and Y met in Tokyo for the Summit": a sentence
            # that refers to the meeting and tells who took part in it.
            taking_part = [s for s in item.referring if _TOOK_PART.search(text, s.start, s.end)]
            people += [e for e in people_in(text, entities, taking_part)
                       if e not in people and not _only_as_owner(text, e, taking_part)]
        else:
            if item.host is not None and item.host not in people:
                people.insert(0, item.host)
            if len(people) < 2 and item.lead:
                # "A and B reaffirmed …" opens the story; "during the phone call" comes later.
                people += [e for e in people_in(text, entities, [item.lead]) if e not in people]
            if len(people) == 1:
                # "X met her Chinese counterpart at the summit", named only later: the one
                # person of that country the report names in the same office
                people += _unnamed_counterpart(text, entities, item.sentences[0], people[0])
            if index == 0 and not item.background:
                # The report's own meeting: the paragraph that tells of it names who took part
                # ("… met Y in Seoul. Z, the trade minister, joined the talks.").
                told_in = next((p for p in paragraphs if p.start <= item.sentences[0].start < p.end), None)
                if told_in is not None:
                    people += [e for e in people_in(text, entities, [told_in]) if e not in people]

        if not item.background and (meeting.status != "planned" or item.remarks):
            # Who spoke at the meeting took part in it, but not, at an encounter, a source the
            # report cites ("according to"); of a meeting still to come, who speaks tells of it
            # (unless they speak as they sit down to it).
            speakers = {s.speaker.name for s in statements
                        if s.meeting == index and s.speaker and s.speaker.kind == "person"
                        and (item.named or s.attribution != "according_to")}
            people += [e for e in entities.people if e.speaker.name in speakers and e not in people
                       and not _POSTED_ABROAD.search(e.speaker.title or "")]
        # Only people's names: a title recorded as written ("UN chief") or a place the
        # patterns took for a name is nobody who attended; nor is a spokesperson, who speaks
        # about a meeting ("X met Y on Tuesday, spokesperson Z said").
        meeting.participants = [e.speaker.copied() for e in people
                                if plausible_person(e.speaker.name) and not _spokesperson(e)]


# "his Chinese counterpart" with no name after it
_UNNAMED_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+(?P<side>[A-Z][a-z]+)\s+counterpart\b(?!,?\s+(?:[A-Z]|Mr|Ms))")


def _unnamed_counterpart(text: str, entities: EntityTable, sentence: Span, known) -> list:
    """The counterpart a sentence names only by nationality: the person of that country whose
    title holds the known participant's office (the first the report names), if one does."""
    said = _UNNAMED_COUNTERPART.search(text, sentence.start, sentence.end)
    country = country_of(said.group("side")) if said else None
    if not country or not known.speaker.title:
        return []
    offices = offices_of(known.speaker.title)
    same = [e for e in entities.people if e is not known and e.speaker.country == country
            and offices and offices <= offices_of(e.speaker.title)]
    return same[:1] if len(same) == 1 else []


# "a bilateral meeting between Marcos and the Korean President Yoon Suk-yeol"
_BETWEEN = re.compile(r"\b(?:meeting|meetings|talks|call|summit|conversation|dialogue|encounter)\s+between\s+"
                      r"(?P<sides>[^,;:.\"“”]{2,80}?\s+and\s+[^,;:\"“”]{2,80}?)(?=[,;:.]|\s+(?:is|was|were|are|will|would|on|in|at|took|had|has|have|during|last|next|this)\b)")


def _sides_named(text: str, entities: EntityTable, sentence: Span) -> tuple[list, list] | None:
    """The people a meeting is said to be between, when the sentence names them so, and the
    people the sentence names before that (who tell of it)."""
    found = _BETWEEN.search(text, sentence.start, sentence.end)
    if not found:
        return None
    sides = people_in(text, entities, [Span(found.start("sides"), found.end("sides"))])
    if len(sides) < 2:
        return None
    return sides, people_in(text, entities, [Span(sentence.start, found.start())])


# An envoy quoted beside a meeting briefs on it ("the High Commissioner to the UK said while
# briefing reporters after the meeting"); a sentence that tells of the meeting puts one in it.
# (a special envoy sent to the meeting is at it: "envoy to" names a post abroad)
_POSTED_ABROAD = re.compile(r"\b(?:ambassador|high\s+commissioner)\b|\benvoy\s+to\b", re.I)


def _spokesperson(person) -> bool:
    title = (person.speaker.title or "").lower()
    return "spokes" in title or "press secretary" in title


def _only_as_owner(text: str, person, spans: list[Span]) -> bool:
    """"U.S. President George W. Bush's special representative … will co-chair": named only
    as whose someone is, which is not taking part."""
    surname = whole_word(family_name(person.speaker.name))
    owner_only = False
    for span in spans:
        for mention in surname.finditer(text, span.start, span.end):
            if not POSSESSIVE_AFTER.match(text, mention.end()):
                return False
            owner_only = True
    return owner_only


# ("Indonesia was represented by Foreign Minister Retno Marsudi": who sat for a side)
# ("the US delegation was headed by X, with Y", "will be accompanied on the trip by X",
# "Also participating on the Cuban side were X, Y and Z")
_DELEGATION = re.compile(r"\baccompanied\s+(?:[a-z]+\s+){0,3}?by\b"
                         r"|\bdelegations?\s+(?:also\s+)?(?:included|includes|comprised|comprising|including)\b"
                         r"|\bdelegation\s+(?:was|will\s+be)\s+(?:led|headed)\s+by\b"
                         r"|\b(?:was|were)\s+represented\s+by\b"
                         # "X led Ghana's delegation to the meeting, while Y … led her country's delegation"
                         r"|\b(?:led|headed)\s+(?:the\s+|his\s+|her\s+|their\s+|[A-Z][\w\-]*['’]s\s+|[A-Z][\w\-]*\s+)?(?:country['’]s\s+)?delegation\b"
                         # "A, B and C were also present", "… were taking part in this dinner"
                         r"|\b(?:was|were)\s+(?:also\s+)?(?:present\b(?!\s+(?:day|time|government|situation))|taking\s+part\b)"
                         # "In attendance were A, …; B, …"
                         r"|\b(?:[Ii]n|[Aa]lso\s+in)\s+attendance\s+(?:were|was)\b"
                         r"|\b[Aa]lso\s+(?:participating|attending)\b[^.;]{0,60}?\s+(?:were|was|will\s+be)\b")
# A sentence about another time or another event than the report's meeting.
_ANOTHER_TIME = re.compile(r"\b(?:19|20)\d\d\b|^(?:Separately|Earlier|Previously|Last\s+(?:year|month|week))\b"
                           r"|\b(?:next|last)\s+(?:week|month|year)\b")
# "the heads of State who have confirmed attendance include A, B and C": those listed after
# it, up to a "but" ("…, but X will not attend"), take part; not a past one's ("Last year's
# participants included …")
_ATTENDANCE = re.compile(r"\b(?:[Aa]ttendance|[Pp]articipation|[Pp]articipants|[Aa]ttendees)\s+(?:include|includes|included)\b")
_LISTED_UNTIL = re.compile(r"[;]|\s(?:but|while|whereas)\s")
_PAST_ONES = re.compile(r"\b(?:[Ll]ast\s+year['’]s|[Pp]revious|[Ff]ormer|[Pp]ast)\b")


# (the attendance words without their first letter: found at a sentence's start too)
_DELEGATION_WORDS = ("accompanied", "delegation", "represented", "participating", "attending", "ttendance",
                     "articipation", "articipants", "ttendees", "present", "taking part")
_DELEGATION_WORD = re.compile("|".join(_DELEGATION_WORDS))
# Who led or took part, in a sentence about a meeting named just before.
_LED = re.compile(r"\b(?:co-chaired|chaired|led|headed|attended|participated|took part|met|joined|meet|alongside)\b", re.I)


# A sentence set at the meeting told of before it: "During the talks, …", "At the meeting, …".
_AT_THE_MEETING = re.compile(r"(?:During|In|At)\s+the\s+(?:[\w\-]+\s+){0,2}?(?:talks|call|meeting|conversation|discussions?)\s*,\s*")
# Where a sentence's subject ends: its first verb ("also condemned", "said", "agreed").
_SUBJECT_ENDS = re.compile(r"\s(?:also\s+|jointly\s+)?(?:[a-z]{3,}ed|said|held|met|spoke|agreed|discussed|told)\b")


def add_attendees(text: str, sentences: list[Span], found: list[FoundMeeting], entities: EntityTable,
                   words: WordIndex) -> None:
    """People a later sentence puts at a meeting: "Gyawali was accompanied by Foreign
    Secretary X" (who came with a participant), "Y also attended the talks" (a sentence
    that refers to an unnamed meeting and tells who took part)."""
    if not found:
        return
    placed = {id(s) for item in found for s in item.sentences + item.referring}
    # "The fourth session … was held in New Delhi. Co-chaired by X and Y, the two
    # delegations …": the sentence right after the one naming a meeting may tell who led it.
    naming = {id(named) for item in found if not item.background for named in item.sentences}
    following = {id(sentences[n + 1]) for n, s in enumerate(sentences[:-1]) if id(s) in naming}
    # Both kinds of sentence are rare: look only where their words stand.
    delegations = [m.start() for m in _DELEGATION_WORD.finditer(text)] \
        if any(word in text for word in _DELEGATION_WORDS) else []
    references = words.starts(GENERIC_WORDS)
    for sentence in sentences:
        told_of = in_span(delegations, sentence.start, sentence.end)
        delegation = told_of and _DELEGATION.search(text, sentence.start, sentence.end)
        if delegation and _ANOTHER_TIME.search(text, sentence.start, sentence.end):
            delegation = None  # "In 2019, Xi led China's delegation to …", "Separately, …": another event
        listed = told_of and _ATTENDANCE.search(text, sentence.start, sentence.end)
        if listed and not _PAST_ONES.search(text, sentence.start, listed.start()):
            until = _LISTED_UNTIL.search(text, listed.end(), sentence.end)
            delegation, who = listed, Span(listed.end(), until.start() if until else sentence.end)
        else:
            who = sentence  # where the people who took part are named
        at_it = _AT_THE_MEETING.match(text, sentence.start, sentence.end) \
            if text.startswith(("During", "In the", "At the"), sentence.start) else None
        attended = id(sentence) not in placed and (
            (id(sentence) in following and _LED.search(text, sentence.start, sentence.end) is not None)
            or (in_span(references, sentence.start, sentence.end) and _TOOK_PART.search(text, sentence.start, sentence.end)
                and GENERIC_REFERENCE.search(text, sentence.start, sentence.end)))
        if at_it:
            # "During the talks, X and his counterparts, Y and Z, condemned …", "In the
            # meeting, Secretary of Defense Gates shared …": who the sentence's subject names
            # were there (not whom they spoke of after the verb).
            verb = _SUBJECT_ENDS.search(text, at_it.end(), sentence.end)
            subject = Span(at_it.end(), verb.start() if verb else sentence.end)
            named = people_in(text, entities, [subject])
            # (one person, only as the subject itself: not "Donald Trump's tariffs dominated";
            # "Japan's Defence Minister Gen Nakatani presented" is he)
            if len(named) >= 2 or (named and verb and not _only_as_owner(text, named[0], [subject])):
                attended, who = True, subject
        if not delegation and not attended:
            continue
        named = [e for e in people_in(text, entities, [who]) if plausible_person(e.speaker.name)]
        meeting = next((f.meeting for f in found
                        if {e.speaker.name for e in named} & {p.name for p in f.meeting.participants}),
                       None) if delegation else None
        if meeting is None:
            # "The delegation also included X": the delegation of the meeting told of before
            meeting = found[meeting_before(found, sentence.start)].meeting
        attending = {p.name for p in meeting.participants}
        meeting.participants += [e.speaker.copied() for e in named if e.speaker.name not in attending]


def meeting_before(found: list[FoundMeeting], offset: int) -> int:
    """The meeting a statement at `offset` belongs to: the last one named before it (a
    background meeting told of in passing, or one named only as where talks were held, takes
    no statements)."""
    named_before = [i for i, f in enumerate(found) if min(f.mentions) <= offset and not f.background]
    return named_before[-1] if named_before else next((i for i, f in enumerate(found) if not f.background), 0)
