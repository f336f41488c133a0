"""Extraction: a report's text in, its meetings, speakers, statements and topics out.

`extract()` is a pure function (no I/O beyond reading the bundled topic list once). Every
statement's `start`/`end` are offsets into the text given, so `text[start:end] == statement.text`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from onrecord.db.extract.antecedents import Antecedents
from onrecord.db.extract.attribution import (
    Attribution,
    after_quote,
    before_quote,
    continuations,
    participle_attribution,
    participle_lead,
    reported_in,
)
from onrecord.db.extract.cues import CUE_WORDS
from onrecord.db.extract.encounters import (
    ENCOUNTER_WORDS,
    add_encounters,
    counterparts,
    describe,
    people_in,
)
from onrecord.db.extract.entities import (
    ENTITY_WORDS,
    PERSON_VERBS,
    EntityTable,
    add_untitled_people,
    find_entities,
    plausible_person,
)
from onrecord.db.extract.layout import Layout, Span, parse_layout, sentence_spans
from onrecord.db.extract.meetings import (
    GENERIC_REFERENCE,
    GENERIC_WORDS,
    MEETING_WORDS,
    Context,
    FoundMeeting,
    date_finder,
    dateline,
    find_meetings,
)
from onrecord.db.extract.published import published_date
from onrecord.db.extract.quotes import Quoted, find_quotes, word_count
from onrecord.db.extract.speakers import Resolver, attribution_method, complete_surnames, could_be_speaker
from onrecord.db.extract.topics import load_topics
from onrecord.db.extract.wordlist import WordIndex, vocabulary
from onrecord.db.model import DocumentInfo, Extraction, Meeting, Statement

__all__ = ["extract"]

# A quote of fewer words with no attribution is a scare quote or a title ("Chip 4").
MIN_FLOATING_QUOTE_WORDS = 4
# The words that anchor entity, meeting and speech patterns, found in one pass over a report.
_VOCABULARY = vocabulary(ENTITY_WORDS | MEETING_WORDS | CUE_WORDS | ENCOUNTER_WORDS | PERSON_VERBS)
_FULL_DATE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(\d{4})\b"
)


_JOINT_STATEMENT = re.compile(r"\bin\s+(?:a|their|the)\s+(joint\s+(?:statement|declaration|communiqu[eé]))\b")
_TOOK_PART = re.compile(r"\b(?:met|meet|meets|attended|attend|attends|co-chaired|chaired|led|joined|participated|"
                        r"took part|hosted|received|accompanied|held)\b")


@dataclass
class _Candidate:
    """A statement before its speaker is resolved."""

    kind: str
    start: int
    end: int
    attribution: Attribution | None
    paragraph: int


def extract(text: str, source: str = "", title: str | None = None,
            published: str | None = None, topic_files: tuple[Path, ...] = (),
            url: str | None = None) -> Extraction:
    layout = parse_layout(text)
    topics = load_topics(topic_files)

    paragraphs = list(layout.paragraphs)
    city, dateline_span = None, None
    # The dateline opens the story, which may follow a headline, a date line and a photo
    # caption.
    for index, paragraph in enumerate(paragraphs[:6]):
        city, dateline_span = dateline(text, paragraph)
        if dateline_span:
            paragraphs[index] = Span(dateline_span.end, paragraph.end)
            break
    lead_paragraph = next((p for p in layout.paragraphs if dateline_span and p.start <= dateline_span.start < p.end),
                          None) or _lead(text, paragraphs, None)
    lead_text = text[lead_paragraph.start:lead_paragraph.end] if lead_paragraph else ""
    published_day = published_date(text, layout.published, lead_text, published, url) \
        or _date_in_text(text, layout)
    # Each paragraph's sentences, split once: quotes and reported speech look them up again.
    split = {p: sentence_spans(text, p) for p in paragraphs}
    sentences = [s for p in paragraphs for s in split[p]]

    words = WordIndex(text, _VOCABULARY)
    entities = find_entities(text, words=words)
    counterparts(text, entities)
    add_untitled_people(text, sentences, entities, words.starts(PERSON_VERBS))
    complete_surnames(text, entities)
    candidates = _quote_candidates(text, paragraphs, split)
    quoted = [Span(c.start, c.end) for c in candidates if c.kind == "quote"]
    candidates += _reported_candidates(text, paragraphs, quoted, split, words.starts(CUE_WORDS))
    candidates += _transcript_candidates(text, paragraphs, quoted, entities)
    candidates += _readout_candidates(text, paragraphs)
    candidates.sort(key=lambda c: c.start)
    statements = _resolve(text, candidates, entities, Antecedents(text, sentences, quoted, entities))

    caption = layout.caption if layout.caption and not _file_photo(text, layout.caption, published_day) else None
    meeting_sentences = ([caption] if caption else []) + sentences
    lead = _lead(text, paragraphs, dateline_span)
    dates = Context(text, words, date_finder(text, words), published_day)
    found = find_meetings(text, meeting_sentences, lead, published_day, city, words, dates)
    add_encounters(text, meeting_sentences, found, entities, dates, lead, city, words.starts(ENCOUNTER_WORDS))
    _attach_meetings(text, found, statements, entities, paragraphs)
    _add_attendees(text, sentences, found, entities, words)
    for item in found:
        if not item.named:
            item.meeting.name = describe(item.meeting, item.sides)

    keyword_matches = topics.matches(text)  # one pass over the report for every topic
    for statement in statements:
        statement.topics = topics.in_spans(keyword_matches, [(statement.start, statement.end)])
    meetings = [f.meeting for f in found]
    for index, item in enumerate(found):
        # What the meeting discussed: the sentences about it, and what was said there.
        about = topics.in_spans(keyword_matches, [(s.start, s.end) for s in item.sentences + item.referring])
        item.meeting.topics = _ordered(
            topics, set(about).union(*(s.topics for s in statements if s.meeting == index)))
    document_topics = set().union(*(s.topics for s in statements), *(m.topics for m in meetings))
    return Extraction(
        document=DocumentInfo(source=source, title=title,
                              published=published_day.isoformat() if published_day else None),
        meetings=meetings,
        statements=statements,
        topics=_ordered(topics, document_topics),
    )


def _lead(text: str, paragraphs: list[Span], dateline_span: Span | None) -> Span | None:
    """The story's first paragraph: where the dateline is, else the first real sentence."""
    if dateline_span:
        return next((p for p in paragraphs if p.end == dateline_span.end or p.start == dateline_span.end
                     or (p.start <= dateline_span.end <= p.end)), None)
    return next((p for p in paragraphs if len(text[p.start:p.end].split()) >= 8), None)


def _ordered(topics, names: set[str]) -> list[str]:
    return [t.name for t in topics.topics if t.name in names]


# A caption dated this many days before the report shows an older meeting (a file photo).
_OLDER_PHOTO_DAYS = 3


def _file_photo(text: str, caption: Span, published: date | None) -> bool:
    """A caption dated days before the report ("… in Hanoi, Vietnam, May 1, 2022" on May
    26) shows an older meeting, not the report's."""
    day = _full_date_in(text, caption.start, caption.end) if published else None
    return day is not None and (published - day).days > _OLDER_PHOTO_DAYS


def _date_in_text(text: str, layout: Layout) -> date | None:
    """A full date with its year near the top of the article, when no header gives one."""
    if not layout.paragraphs:
        return None
    return _full_date_in(text, layout.paragraphs[0].start, layout.paragraphs[min(2, len(layout.paragraphs) - 1)].end)


def _full_date_in(text: str, start: int, end: int) -> date | None:
    """The first date written with its year ("May 1, 2022") in text[start:end]."""
    match = _FULL_DATE.search(text, start, end)
    if not match:
        return None
    from onrecord.db.extract.dates import DATE_EXPRESSION, resolve
    inner = DATE_EXPRESSION.search(match.group())
    return resolve(inner, None) if inner else None


def _quote_candidates(text: str, paragraphs: list[Span], split: dict[Span, list[Span]]) -> list[_Candidate]:
    candidates: list[_Candidate] = []
    previous_end: dict[int, int] = {}
    for quote in find_quotes(text, paragraphs):
        first, last = paragraphs[quote.paragraph], paragraphs[quote.last_paragraph]
        sentence_start = _sentence_start(split[first], first, quote.outer.start)
        clause_start = max(sentence_start, previous_end.get(quote.paragraph, first.start))
        previous_end[quote.last_paragraph] = quote.outer.end
        ends_clause = text[quote.outer.end - 2:quote.outer.end - 1] in {",", ".", "?", "!", "…"} or \
            text[quote.inner.end:quote.inner.end + 1] == ","
        after = after_quote(text, quote.outer.end, last.end) if ends_clause or \
            text[quote.outer.end:quote.outer.end + 1] in {",", "—"} else None
        before = before_quote(text, clause_start, quote.outer.start)
        if before and _runs_on(text, quote):
            # 'Peters said "expectations" of New Zealand were made clear': a quoted word in
            # what was said; the sentence is reported speech.
            continue
        if before is None:
            in_sentence = candidates[-1].attribution if candidates and candidates[-1].start >= sentence_start else None
            before = participle_attribution(text, sentence_start, clause_start, quote.outer.start, in_sentence)
            lead_start = participle_lead(text, clause_start, quote.outer.start) if before and not in_sentence else None
            if lead_start is not None:
                # 'X said A, adding that "B."': A is said too, and the sentence holds a quote,
                # so the reported-speech pass never reads it.
                candidates += [_Candidate("reported", r.content_start, r.content_end, r.attribution, quote.paragraph)
                               for r in reported_in(text, clause_start, lead_start)]
        lead_in = text[clause_start:quote.outer.start].strip()
        if lead_in and not before and not (after and lead_in.endswith(",")):
            # Words before the quote that are not an attribution make it a fragment of
            # someone's sentence ('agreed to "consult closely"'), whatever follows it; an
            # opening phrase does not ('During the talks, "…," the ministry said').
            after = None
        attribution = before or after
        if attribution and not could_be_speaker(attribution.speaker):
            attribution = None
            if lead_in:
                continue
        # Unattributed: a floating quote must stand as its own sentence and be long enough
        # to be speech; anything else is a scare quote, a title or a fragment.
        if attribution is None and (
                lead_in or word_count(text[quote.inner.start:quote.inner.end]) < MIN_FLOATING_QUOTE_WORDS):
            continue
        candidates.append(_Candidate("quote", quote.inner.start, quote.inner.end, attribution,
                                     quote.paragraph))
        if attribution is after:
            # '"…," said Baek, adding that the incentives should be paid on schedule.'
            sentence_end = _sentence_end(split[last], last, quote.outer.end)
            _, more = continuations(text, quote.outer.end, sentence_end, after)
            # (a continuation that is itself a quote, ', adding that "…"', is that quote's)
            candidates += [_Candidate("reported", r.content_start, r.content_end, r.attribution,
                                      quote.last_paragraph) for r in more if text[r.content_start] not in "\"“"]
    return candidates


def _runs_on(text: str, quote: Quoted) -> bool:
    """Whether the sentence goes on after the quote in lower case, the quote not ending
    in punctuation: a fragment quoted inside a sentence."""
    inner_end = text[quote.inner.end - 1:quote.inner.end]
    after = text[quote.outer.end:quote.outer.end + 40].lstrip(" ")
    return inner_end.isalnum() and bool(re.match(r"[a-z]", after)) and not after.startswith(("said", "says", "added"))


def _sentence_start(sentences: list[Span], paragraph: Span, offset: int) -> int:
    start = paragraph.start
    for sentence in sentences:
        if sentence.start <= offset:
            start = sentence.start
    return start


def _sentence_end(sentences: list[Span], paragraph: Span, offset: int) -> int:
    """The end of the sentence running at `offset`."""
    return next((s.end for s in sentences if s.end > offset), paragraph.end)


# A transcript's speaker label: "SECRETARY KERRY: …", "Foreign Minister Kang: …", "Kono: …".
# (a long title may have small words, and a note on the translation may follow the name:
# "President of the People's Republic of China Xi Jinping (retranslated): …")
_SPEAKER_LABEL = re.compile(r"(?P<label>[A-Z][\w.'’\-]*(?:\s+(?:(?:of|the|and)\s+)*[A-Z][\w.'’\-]*){0,9})"
                            r"(?:\s*\([a-z][a-z ]{2,25}\))?:\s+(?=\S)")


# A readout's lead-in on a line of its own: "A Downing Street spokesperson said:".
_SAID_COLON = re.compile(r"(?P<who>[A-Z][^:\n\"“”]{2,90}?)\s+(?:said|says|stated)\s*:\s*$")


def _readout_candidates(text: str, paragraphs: list[Span]) -> list[_Candidate]:
    """The paragraph after a line that ends in "said:" is what was said."""
    if not any(f"{verb}:" in text for verb in ("said", "says", "stated")):
        return []  # most reports
    candidates = []
    for number, paragraph in enumerate(paragraphs[:-1]):
        if text[paragraph.start:paragraph.end].rstrip()[-1:] != ":":
            continue  # most paragraphs
        lead_in = _SAID_COLON.match(text, paragraph.start, paragraph.end)
        said = paragraphs[number + 1]
        if lead_in and text[said.start] not in "\"“" and len(text[said.start:said.end].split()) >= 4:
            candidates.append(_Candidate("reported", said.start, said.end,
                                         Attribution(lead_in.group("who"), lead_in.start("who"), "said"), number + 1))
    return candidates


_LABEL_TITLES = {"president", "secretary", "minister", "ambassador", "chancellor", "premier", "spokesperson",
                 "spokesman", "spokeswoman", "king", "prince"}


def _transcript_candidates(text: str, paragraphs: list[Span], quoted: list[Span],
                           entities: EntityTable) -> list[_Candidate]:
    """What a transcript's labelled paragraph says, when its label names a person the
    report introduced (so "SEOUL:", "Source:" and "QUESTION:" are not speakers)."""
    candidates = []
    for number, paragraph in enumerate(paragraphs):
        if text.find(":", paragraph.start, min(paragraph.end, paragraph.start + 120)) < 0:
            continue  # most paragraphs: no label
        label = _SPEAKER_LABEL.match(text, paragraph.start, paragraph.end)
        if not label or any(q.start <= label.end() < q.end for q in quoted):
            continue
        words = label.group("label").split()
        last = words[-1].lower()
        # "PRESIDENT BIDEN:" names a person by the title, even one the report never introduced
        titled = len(words) >= 2 and words[-2].lower() in _LABEL_TITLES and last.isalpha()
        if not titled and not any(last in e.tokens() for e in entities.people):
            continue
        if len(text[label.end():paragraph.end].split()) < 4:
            continue
        # "SECRETARY KERRY" is written as the report's names are: "Secretary Kerry".
        written = " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in label.group("label").split())
        candidates.append(_Candidate("reported", label.end(), paragraph.end,
                                     Attribution(written, label.start(), None), number))
    return candidates


def _reported_candidates(text: str, paragraphs: list[Span], quoted: list[Span],
                         split: dict[Span, list[Span]], cues: list[int]) -> list[_Candidate]:
    """Reported speech in the sentences without quotes; `cues` are where cue words are
    (every pattern needs one)."""
    # Quotes do not overlap, so their starts and ends are both in order.
    taken_starts = [q.start - 1 for q in quoted]
    taken_ends = [q.end + 1 for q in quoted]
    candidates = []
    for number, paragraph in enumerate(paragraphs):
        for sentence in split[paragraph]:
            cue = bisect_left(cues, sentence.start)
            if cue == len(cues) or cues[cue] >= sentence.end:
                continue
            first = bisect_right(taken_ends, sentence.start)
            if first < len(taken_ends) and taken_starts[first] < sentence.end:
                continue  # the sentence has a quote in it
            for found in reported_in(text, sentence.start, sentence.end):
                if not could_be_speaker(found.attribution.speaker):
                    # "Yoon and Li agreed to …": two people are not one voice, but a joint
                    # statement the sentence cites is.
                    joint = _JOINT_STATEMENT.search(text, sentence.start, sentence.end)
                    if not joint:
                        continue
                    found = replace(found, attribution=Attribution(joint.group(1), joint.start(1), found.attribution.cue))
                candidates.append(_Candidate("reported", found.content_start, found.content_end,
                                             found.attribution, number))
    return candidates


def _resolve(text: str, candidates: list[_Candidate], entities: EntityTable,
             antecedents: Antecedents) -> list[Statement]:
    resolver = Resolver(entities, text, antecedents)
    statements: list[Statement] = []
    last: tuple[Statement, int] | None = None
    for candidate in candidates:
        unnamed = False
        if candidate.attribution:
            written = candidate.attribution.speaker
            entity = resolver.resolve(written, candidate.attribution.speaker_start)
            cue = candidate.attribution.cue
            if entity is None and candidate.kind == "reported":
                continue
            unnamed = entity is not None and entity.unnamed
            speaker = replace(entity.speaker) if entity and not unnamed else None
        elif last and candidate.paragraph - last[1] <= 2:
            # A floating quote continues the last speaker.
            written, cue = None, None
            speaker = replace(last[0].speaker) if last[0].speaker else None
            unnamed = last[0].attribution == "unnamed"
        else:
            written, speaker, cue = None, None, None
        statement = Statement(
            kind=candidate.kind, text=text[candidate.start:candidate.end], speaker=speaker,
            speaker_as_written=written, cue=cue, start=candidate.start, end=candidate.end,
            attribution=attribution_method(written, speaker, cue, unnamed),
        )
        statements.append(statement)
        last = (statement, candidate.paragraph)
    return statements


def _attach_meetings(text: str, found: list[FoundMeeting], statements: list[Statement],
                     entities: EntityTable, paragraphs: list[Span] = ()) -> None:
    """Link statements to the meeting last named before them; collect participants."""
    if not found:
        return
    for statement in statements:
        statement.meeting = _meeting_before(found, statement.start)
    for index, item in enumerate(found):
        meeting: Meeting = item.meeting
        if item.named:
            people = [
                e for e in entities.people
                if any(s.start <= m < s.end for s in item.sentences for m in e.mentions)
            ]
            # "… also attended the Summit", "X and Y met in Tokyo for the Summit": a sentence
            # that refers to the meeting and tells who took part in it.
            taking_part = [s for s in item.referring if _TOOK_PART.search(text, s.start, s.end)]
            people += [e for e in people_in(text, entities, taking_part) if e not in people]
        else:
            people = people_in(text, entities, item.sentences)
            if item.host is not None and item.host not in people:
                people.insert(0, item.host)
            if len(people) < 2 and item.lead:
                # "A and B reaffirmed …" opens the story; "during the phone call" comes later.
                people += [e for e in people_in(text, entities, [item.lead]) if e not in people]
            if index == 0 and not item.background:
                # The report's own meeting: the paragraph that tells of it names who took part
                # ("… met Y in Seoul. Z, the trade minister, joined the talks.").
                told_in = next((p for p in paragraphs if p.start <= item.sentences[0].start < p.end), None)
                if told_in is not None:
                    people += [e for e in people_in(text, entities, [told_in]) if e not in people]
        if not item.background:
            # Who spoke at the meeting took part in it: at a named meeting anyone quoted
            # there; at an encounter, not a source the report cites ("according to") nor
            # a spokesperson, who speak about a meeting they did not sit in.
            speakers = {s.speaker.name for s in statements
                        if s.meeting == index and s.speaker and s.speaker.kind == "person"
                        and (item.named or (s.attribution != "according_to"
                                            and "spokes" not in (s.speaker.title or "").lower()))}
            people += [e for e in entities.people if e.speaker.name in speakers and e not in people]
        # Only people's names: a title recorded as written ("UN chief") or a place the
        # patterns took for a name is nobody who attended.
        meeting.participants = [replace(e.speaker) for e in people if plausible_person(e.speaker.name)]


_DELEGATION = re.compile(r"\baccompanied by\b|\bdelegations?\s+(?:also\s+)?(?:included|includes|comprised|comprising|including)\b")


def _in_span(offsets: list[int], span: Span) -> bool:
    index = bisect_left(offsets, span.start)
    return index < len(offsets) and offsets[index] < span.end


_DELEGATION_WORD = re.compile(r"accompanied|delegation")
# Who led or took part, in a sentence about a meeting named just before.
_LED = re.compile(r"\b(?:co-chaired|chaired|led|headed|attended|participated|took part|met|joined|meet|alongside)\b", re.I)


# A sentence set at the meeting told of before it: "During the talks, …", "At the meeting, …".
_AT_THE_MEETING = re.compile(r"(?:During|In|At)\s+the\s+(?:[\w\-]+\s+){0,2}?(?:talks|call|meeting|conversation|discussions?)\s*,\s*")
# Where a sentence's subject ends: its first verb ("also condemned", "said", "agreed").
_SUBJECT_ENDS = re.compile(r"\s(?:also\s+|jointly\s+)?(?:[a-z]{3,}ed|said|held|met|spoke|agreed|discussed|told)\b")


def _add_attendees(text: str, sentences: list[Span], found: list[FoundMeeting], entities: EntityTable,
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
    delegations = [m.start() for m in _DELEGATION_WORD.finditer(text)]
    references = words.starts(GENERIC_WORDS)
    for sentence in sentences:
        delegation = _in_span(delegations, sentence) and _DELEGATION.search(text, sentence.start, sentence.end)
        at_it = _AT_THE_MEETING.match(text, sentence.start, sentence.end) \
            if text.startswith(("During", "In the", "At the"), sentence.start) else None
        who = sentence  # where the people who took part are named
        attended = id(sentence) not in placed and (
            (id(sentence) in following and _LED.search(text, sentence.start, sentence.end) is not None)
            or (_in_span(references, sentence) and _TOOK_PART.search(text, sentence.start, sentence.end)
                and GENERIC_REFERENCE.search(text, sentence.start, sentence.end)))
        if at_it:
            # "During the talks, X and his counterparts, Y and Z, condemned …": who the
            # sentence's subject names were there (not whom they spoke of after the verb).
            verb = _SUBJECT_ENDS.search(text, at_it.end(), sentence.end)
            subject = Span(at_it.end(), verb.start() if verb else sentence.end)
            if len(people_in(text, entities, [subject])) >= 2:
                attended, who = True, subject
        if not delegation and not attended:
            continue
        named = [e for e in people_in(text, entities, [who]) if plausible_person(e.speaker.name)]
        meeting = next((f.meeting for f in found
                        if {e.speaker.name for e in named} & {p.name for p in f.meeting.participants}),
                       None) if delegation else None
        if meeting is None:
            # "The delegation also included X": the delegation of the meeting told of before
            meeting = found[_meeting_before(found, sentence.start)].meeting
        if meeting is None:
            continue
        attending = {p.name for p in meeting.participants}
        meeting.participants += [replace(e.speaker) for e in named if e.speaker.name not in attending]


def _meeting_before(found: list[FoundMeeting], offset: int) -> int:
    """The meeting a statement at `offset` belongs to: the last one named before it (a
    background meeting told of in passing takes no statements)."""
    named_before = [i for i, f in enumerate(found) if min(f.mentions) <= offset and not f.background]
    return named_before[-1] if named_before else next((i for i, f in enumerate(found) if not f.background), 0)
