"""Candidate statements: quotes, reported speech, transcript turns and readouts found in a
report's text, each with the words that attribute it, before anyone is resolved."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from onrecord.db.extract.attribution import (
    BULLETS,
    LIST_DASHES,
    Attribution,
    after_quote,
    before_quote,
    continuations,
    introduced_above,
    participle_attribution,
    participle_lead,
    reported_in,
    said_this_after,
)
from onrecord.db.extract.entities import JOINT_DOCUMENT, UPPER, EntityTable
from onrecord.db.extract.layout import Span
from onrecord.db.extract.quotes import Quoted, find_quotes, word_count
from onrecord.db.extract.speakers import could_be_speaker

# A quote of fewer words with no attribution is a scare quote or a title ("Chip 4").
MIN_FLOATING_QUOTE_WORDS = 4

_JOINT_STATEMENT = re.compile(rf"\bin\s+(?:a|their|the)\s+({JOINT_DOCUMENT})\b")


@dataclass
class Candidate:
    """A statement before its speaker is resolved."""

    kind: str
    start: int
    end: int
    attribution: Attribution | None
    paragraph: int


def quote_candidates(text: str, paragraphs: list[Span], split: dict[Span, list[Span]]) -> list[Candidate]:
    reader = _QuoteReader(text, paragraphs, split)
    for quote in find_quotes(text, paragraphs):
        reader.read(quote)
    return reader.candidates


class _QuoteReader:
    """Reads a report's quotes in order. Each quote's clause starts where the last quote's
    clause in its paragraph ended, so it keeps those ends as it goes."""

    def __init__(self, text: str, paragraphs: list[Span], split: dict[Span, list[Span]]) -> None:
        self.text, self.paragraphs, self.split = text, paragraphs, split
        self.candidates: list[Candidate] = []
        self.previous_end: dict[int, int] = {}

    def read(self, quote: Quoted) -> None:
        text = self.text
        first = self.paragraphs[quote.paragraph]
        sentence_start = _sentence_start(self.split[first], first, quote.outer.start)
        clause_start = max(sentence_start, self.previous_end.get(quote.paragraph, first.start))
        self.previous_end[quote.last_paragraph] = quote.outer.end
        written_before = text[clause_start:quote.outer.start].strip()
        if written_before[:1] and written_before[0] in _BULLETS:
            written_before = written_before[1:].lstrip()  # a list's bullet is no word of the sentence
        # (a page's label before a quote that a comma closes does not stop the attribution
        # after the quote from being the quote's: 'What they're saying: "…," a readout said';
        # the words are still there for the fragment checks below, so a quoted list after
        # "covers three areas:" is none)
        closed = "," in (text[quote.inner.end:quote.inner.end + 1], text[quote.outer.end:quote.outer.end + 1])
        lead_in = _LEAD_LABEL.sub("", written_before) if closed and ":" in written_before else written_before
        after = self._attribution_after(quote, opens_clause=not lead_in)
        before = before_quote(text, clause_start, quote.outer.start)
        if before and _runs_on(text, quote):
            # 'Peters said "expectations" of New Zealand were made clear': a quoted word in
            # what was said; the sentence is reported speech (read from its start on).
            self._clause_goes_on(quote, clause_start)
            return
        if before is None:
            before = self._participle_before(quote, sentence_start, clause_start)
        if lead_in and not before and not (after and (lead_in.endswith(",") or _quotes_the_rest(text, quote, lead_in))):
            # Words before the quote that are not an attribution make it a fragment of
            # someone's sentence ('agreed to "consult closely"'), whatever follows it; an
            # opening phrase does not ('During the talks, "…," the ministry said').
            after = None
        attribution = before or after
        if attribution is None and not written_before:
            attribution = said_this_after(text, quote.outer.end, self.paragraphs[quote.last_paragraph].end) \
                or self._introduced_above(quote)
        if attribution and not could_be_speaker(attribution.speaker):
            attribution = None
            if written_before:
                return
        # Unattributed: a floating quote must stand as its own sentence and be long enough
        # to be speech; anything else is a scare quote, a title or a fragment.
        if attribution is None and (
                written_before or word_count(text[quote.inner.start:quote.inner.end]) < MIN_FLOATING_QUOTE_WORDS):
            if written_before:
                # a fragment inside someone's sentence: that sentence's clause goes on past it
                self._clause_goes_on(quote, clause_start)
            return
        self.candidates.append(Candidate("quote", quote.inner.start, quote.inner.end, attribution,
                                         quote.paragraph))
        if after is not None and attribution is after:
            self._continuations(quote, after)

    def _introduced_above(self, quote: Quoted) -> Attribution | None:
        """A quote opening its paragraph, after a paragraph that ends in a colon: that
        paragraph's last sentence says who speaks ("…, saying:")."""
        if quote.paragraph == 0 or quote.outer.start != self.paragraphs[quote.paragraph].start:
            return None
        above = self.paragraphs[quote.paragraph - 1]
        end = above.end
        while end > above.start and self.text[end - 1].isspace():
            end -= 1
        if not self.text.startswith(":", end - 1) or not self.split[above]:
            return None
        return introduced_above(self.text, self.split[above][-1], end)

    def _clause_goes_on(self, quote: Quoted, clause_start: int) -> None:
        self.previous_end[quote.last_paragraph] = clause_start

    def _attribution_after(self, quote: Quoted, opens_clause: bool = False) -> Attribution | None:
        """'"…," said Baek' / '"…" — the ministry said': read only where the quote closes a
        clause (its last mark, or a comma or dash after it), or where it opens its clause and
        is long enough to be speech ('"… in the future" Marin told journalists': some pages
        drop the comma)."""
        text, end = self.text, quote.outer.end
        ends_clause = text[end - 2:end - 1] in {",", ".", "?", "!", "…"} or \
            text[quote.inner.end:quote.inner.end + 1] == "," or text[end:end + 1] in {",", "—"}
        # (a copy may lose the space too: '"… a green superpower"declared Von der Leyen.')
        runs_on = text[end:end + 1] == " " and text[end + 1:end + 2].isalpha() or text[end:end + 1].islower()
        if ends_clause or (opens_clause and runs_on
                           and word_count(text[quote.inner.start:quote.inner.end]) >= MIN_FLOATING_QUOTE_WORDS):
            return after_quote(text, end, self.paragraphs[quote.last_paragraph].end)
        return None

    def _participle_before(self, quote: Quoted, sentence_start: int, clause_start: int) -> Attribution | None:
        """'…, adding: "…"' / 'X said A, adding that "B."': the attribution is the sentence's
        own, or the quote before it in the same sentence."""
        text, candidates = self.text, self.candidates
        in_sentence = candidates[-1].attribution if candidates and candidates[-1].start >= sentence_start else None
        before = participle_attribution(text, sentence_start, clause_start, quote.outer.start, in_sentence)
        lead_start = participle_lead(text, clause_start, quote.outer.start) if before and not in_sentence else None
        if lead_start is not None:
            # A is said too, and the sentence holds a quote, so the reported-speech pass
            # never reads it.
            candidates += [Candidate("reported", r.content_start, r.content_end, r.attribution, quote.paragraph)
                           for r in reported_in(text, clause_start, lead_start)]
        return before

    def _continuations(self, quote: Quoted, after: Attribution) -> None:
        """'"…," said Baek, adding that the incentives should be paid on schedule.'"""
        last = self.paragraphs[quote.last_paragraph]
        sentence_end = _sentence_end(self.split[last], last, quote.outer.end)
        _, more = continuations(self.text, quote.outer.end, sentence_end, after)
        # (a continuation that is itself a quote, ', adding that "…"', is that quote's)
        self.candidates += [Candidate("reported", r.content_start, r.content_end, r.attribution,
                                      quote.last_paragraph) for r in more if self.text[r.content_start] not in "\"“"]


# A list's bullet or a page's label before a quote is no part of its sentence ('- "…," the
# readout added', 'What they're saying: Biden "conveyed …," a readout said').
_BULLETS = LIST_DASHES + BULLETS
_LEAD_LABEL = re.compile(r"^[A-Z][\w'’]*(?:\s+[\w'’]+){0,4}:\s*")


# Words of a subject alone, with no verb: what comes next is the predicate.
_SUBJECT_WORDS = {"the", "also", "then", "later", "further", "he", "she", "it", "they"}


def _quotes_the_rest(text: str, quote: Quoted, lead_in: str) -> bool:
    """'Pompeo "reemphasized the U.S. commitment to …," the ministry said': a subject, and
    the rest of the clause, verb and all, quoted from whoever the attribution after it
    names. ('The leaders discussed "issues of trade"' quotes a few words of reported speech.)"""
    words = lead_in.split()
    return len(words) <= 4 and all(w[:1].isupper() or w in _SUBJECT_WORDS for w in words) \
        and word_count(text[quote.inner.start:quote.inner.end]) >= 5


_PRONOUN_CUE = re.compile(r"(?:he|she|they|we)\s+(?:said|says|added|adds|told|continued|stressed|noted)\b")


def _runs_on(text: str, quote: Quoted) -> bool:
    """Whether the sentence goes on after the quote in lower case, the quote not ending
    in punctuation: a fragment quoted inside a sentence."""
    # (after a colon, the last character inside the marks: 'said: "…Mexicans," while …'
    # quotes a whole clause)
    # (or after a comma: 'Kishida said, "It's important …," while Lula affirmed …')
    colon = text[max(0, quote.outer.start - 10):quote.outer.start].rstrip().endswith((":", ","))
    # (the quote's words stop before a comma its marks close on: "…Mexicans," while …)
    closes_clause = colon and text[quote.inner.end:quote.inner.end + 1] == ","
    inner_end = "," if closes_clause else text[quote.inner.end - 1:quote.inner.end]
    after = text[quote.outer.end:quote.outer.end + 40].lstrip(" ")
    return inner_end.isalnum() and after[:1].islower() \
        and not after.startswith(("said", "says", "added", "adding", "noting", "saying")) \
        and not _PRONOUN_CUE.match(after)  # '…,” he said.': the quote closed a clause


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
# (names in capitals may have letters beyond ASCII: "FOREIGN MINISTER ÇAVUŞOĞLU:")
_SPEAKER_LABEL = re.compile(rf"(?P<label>[{UPPER}][\w.'’\-]*(?:\s+(?:(?:of|the|and)\s+)*[{UPPER}][\w.'’\-]*){{0,9}})"
                            r"(?:\s*\([a-z][a-z ]{2,25}\))?:\s+(?=\S)")


# A readout's lead-in on a line of its own: "A Downing Street spokesperson said:".
_SAID_COLON = re.compile(r"(?P<who>[A-Z][^:\n\"“”]{2,90}?)\s+(?:said|says|stated)\s*:\s*$")


_BODY_SPOKESPERSON = re.compile(r"(?:An?|The)\s+(?P<body>[A-Z][^:\n]{2,80}?)\s+spokes(?:person|man|woman)$")


def readout_candidates(text: str, paragraphs: list[Span]) -> list[Candidate]:
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
            # "A Downing Street spokesperson said:" — the readout is the body's, whoever voices it
            voice = _BODY_SPOKESPERSON.match(text, lead_in.start("who"), lead_in.end("who"))
            who = "body" if voice else "who"
            match = voice or lead_in
            candidates.append(Candidate("reported", said.start, said.end,
                                         Attribution(match.group(who), match.start(who), "said"), number + 1))
    return candidates


_LABEL_TITLES = {"president", "secretary", "minister", "ambassador", "chancellor", "premier", "spokesperson",
                 "spokesman", "spokeswoman", "king", "prince"}


def transcript_candidates(text: str, paragraphs: list[Span], quoted: list[Span],
                           entities: EntityTable) -> list[Candidate]:
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
        # "Minister:" alone in an interview with the one minister the report names
        title_alone = len(words) == 1 and last in _LABEL_TITLES and \
            sum(last in (e.speaker.title or "").lower() for e in entities.people) == 1
        if not (titled or title_alone) and not any(last in e.tokens() for e in entities.people):
            continue
        if len(text[label.end():paragraph.end].split()) < 4:
            continue
        # "SECRETARY KERRY" is written as the report's names are: "Secretary Kerry".
        written = " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in label.group("label").split())
        candidates.append(Candidate("reported", label.end(), paragraph.end,
                                     Attribution(written, label.start(), None), number))
    return candidates


def reported_candidates(text: str, paragraphs: list[Span], quoted: list[Span],
                         split: dict[Span, list[Span]], cues: list[int]) -> list[Candidate]:
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
                candidates.append(Candidate("reported", found.content_start, found.content_end,
                                             found.attribution, number))
    return candidates
