"""Extraction: a report's text in, its meetings, speakers, statements and topics out.

`extract()` is a pure function (no I/O beyond reading the bundled topic list once). Every
statement's `start`/`end` are offsets into the text given, so `text[start:end] == statement.text`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from onrecord.db.extract.antecedents import Antecedents
from onrecord.db.extract.attendance import add_attendees, attach_meetings
from onrecord.db.extract.attribution import tells_a_meeting_outcome
from onrecord.db.extract.candidates import (
    Candidate,
    quote_candidates,
    readout_candidates,
    reported_candidates,
    transcript_candidates,
)
from onrecord.db.extract.cues import CUE_WORDS
from onrecord.db.extract.dates import full_date_in, names_a_later_month
from onrecord.db.extract.encounters import ENCOUNTER_WORDS, add_encounters, counterparts, describe
from onrecord.db.extract.entities import (
    ENTITY_WORDS,
    PERSON_VERBS,
    EntityTable,
    add_untitled_people,
    find_entities,
)
from onrecord.db.extract.how_found import attribution_method
from onrecord.db.extract.layout import Layout, Span, headlines_above_story, parse_layout, sentence_spans
from onrecord.db.extract.meetings import (
    MEETING_WORDS,
    Context,
    date_finder,
    dateline,
    find_meetings,
)
from onrecord.db.extract.photos import credited_as_file_photo, older_photo
from onrecord.db.extract.published import dateline_date, published_date
from onrecord.db.extract.remarks import remarks_before_meeting
from onrecord.db.extract.speakers import Resolver, could_be_speaker
from onrecord.db.extract.surnames import complete_surnames
from onrecord.db.extract.topics import load_topics
from onrecord.db.extract.wordlist import WordIndex, vocabulary
from onrecord.db.model import DocumentInfo, Extraction, Statement
from onrecord.db.wrapping import unwrap

__all__ = ["extract"]

# The words that anchor entity, meeting and speech patterns, found in one pass over a report.
_VOCABULARY = vocabulary(ENTITY_WORDS | MEETING_WORDS | CUE_WORDS | ENCOUNTER_WORDS | PERSON_VERBS)


def extract(text: str, source: str = "", title: str | None = None,
            published: str | None = None, topic_files: tuple[Path, ...] = (),
            url: str | None = None) -> Extraction:
    original, text = text, unwrap(text)  # (same offsets: statements quote the original)
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
    published_day = published_date(text, layout.published, lead_text, published, url)
    # Without a page date, a full date near the top ("In the evening of December 13, 2013, …")
    # is what the report's weekdays count from; it is not shown as the page's date, but it
    # gives a yearless dateline its year ("Tianjin, August 31 (ANI): …").
    story_day = None if published_day else _date_in_text(text, layout)
    if not published_day:
        # (a dateline with its own year needs no other: "WASHINGTON, April 29, 2022 --")
        published_day = dateline_date(lead_text, story_day)
    reference_day = published_day or story_day
    # Each paragraph's sentences, split once: quotes and reported speech look them up again.
    split = {p: sentence_spans(text, p) for p in paragraphs}
    sentences = [s for p in paragraphs for s in split[p]]

    words = WordIndex(text, _VOCABULARY)
    entities = find_entities(text, words=words)
    counterparts(text, entities)
    add_untitled_people(text, sentences, entities, words.starts(PERSON_VERBS))
    complete_surnames(text, entities)
    # A headline says what the story will: the story's sentences make the statements.
    headlines = headlines_above_story(text, paragraphs, dateline_span.start if dateline_span else None)
    story = [p for p in paragraphs if p not in headlines] if headlines else paragraphs
    candidates = quote_candidates(text, story, split)
    quoted = [Span(c.start, c.end) for c in candidates if c.kind == "quote"]
    candidates += reported_candidates(text, story, quoted, split, words.starts(CUE_WORDS))
    turns = transcript_candidates(text, story, quoted, entities)
    candidates += turns
    candidates += readout_candidates(text, story)
    candidates.sort(key=lambda c: c.start)
    statements = _resolve(text, candidates, entities, Antecedents(text, sentences, quoted, entities))

    caption = layout.caption if layout.caption and not older_photo(text, layout.caption, reference_day) else None
    # ("… are seen during a meeting in the Oval Office on November 18, 2021. File Photo by …":
    # a picture of an older meeting says nothing of the report's)
    meeting_sentences = ([caption] if caption else []) + [s for s in sentences
                                                          if not credited_as_file_photo(text, s.end)]
    lead = _lead(text, paragraphs, dateline_span)
    dates = Context(text, words, date_finder(text, words), reference_day)
    found = find_meetings(text, meeting_sentences, lead, reference_day, city, words, dates)
    add_encounters(text, meeting_sentences, found, entities, dates, lead, city, words.starts(ENCOUNTER_WORDS))
    if turns:
        remarks_before_meeting(text, found, entities, Span(0, turns[0].attribution.speaker_start), reference_day)
    attach_meetings(text, found, statements, entities, paragraphs)
    add_attendees(text, sentences, found, entities, words)
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
    if text is not original:
        for statement in statements:
            statement.text = original[statement.start:statement.end]
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


def _date_in_text(text: str, layout: Layout) -> date | None:
    """A full date with its year near the top of the article, when no header gives one; not
    one older than a month the report names ("the agreement signed on January 11, 2001" in a
    report that tells of May 2018 is history, not the day of the story)."""
    if not layout.paragraphs:
        return None
    found = full_date_in(text, layout.paragraphs[0].start, layout.paragraphs[min(2, len(layout.paragraphs) - 1)].end)
    return None if found and names_a_later_month(text, found.year) else found


def _resolve(text: str, candidates: list[Candidate], entities: EntityTable,
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
            if entity is None and candidate.kind == "reported" and (
                    not could_be_speaker(written) or tells_a_meeting_outcome(written, cue)):
                continue
            # A voice the report does not identify ("the Department said", "aides said", "a
            # statement"): still said, by someone unnamed, as written beside the cue.
            unnamed = entity is None or entity.unnamed
            speaker = entity.speaker.copied() if entity and not unnamed else None
        elif last and candidate.paragraph - last[1] <= 2:
            # A floating quote continues the last speaker.
            written, cue = None, None
            speaker = last[0].speaker.copied() if last[0].speaker else None
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


