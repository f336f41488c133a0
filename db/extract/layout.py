"""The shape of a report: its header line, paragraphs, sentences and page furniture.

Everything here works on character offsets into the document text, so a statement found
in a sentence can always be traced back to its exact place in the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onrecord.db.extract.wordlist import fold
from onrecord.db.wrapping import CLOSING_MARKS as _CLOSING_MARKS

# The seed format's first line: " date 2024-05-16 <photo caption> (<credit>)".
_SEED_HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*([^\n]*)")

# Lines that surround an article on a news page and are never part of it.
_FURNITURE = [
    re.compile(r"^(home|news|world|politics|business|economy|nation)\b[^.!?]{0,80}(/|>|»|›)", re.I),
    re.compile(r"^[Bb]y\s+[A-Z][\w.'\-]*(\s+[A-Z][\w.'\-]*){0,4}(\s*,[^.]{0,60})?$"),
    re.compile(r"^(updated|published|posted|last updated|created|modified)\b[^.]{0,20}?\d{1,4}\b[^a-z]{0,40}", re.I),
    re.compile(r"^\(?\s*(end|ends|ends?/\w+)\s*\)?$", re.I),
    re.compile(r"^(disclaimer|note to readers|editor'?s note)\b", re.I),
    re.compile(r"^(read more|related|also read|subscribe|follow us|share this)\b", re.I),
    re.compile(r"^\(?(yonhap|ani|afp|ap|reuters|xinhua|kyodo|pti|ians)\)?$", re.I),
]
# A newsletter's or an app's blurb: "… is now on WhatsApp Channels. Subscribe today … Click
# here!" Searched for only where its words and an exclamation are, like the copyright line.
_BLURB = re.compile(r"\b(click here|subscribe (today|now)|sign up (for|to) our|our newsletter|whatsapp channels?)\b", re.I)
_BLURB_WORDS = ("click here", "subscribe", "sign up", "newsletter", "whatsapp")
# A copyright line may say so anywhere; searching every paragraph for it is slow, so look
# for its words first.
_COPYRIGHT = re.compile(r"(©|\(c\)\s*\d{4}|copyright\b|all rights reserved)", re.I)
_COPYRIGHT_WORDS = ("©", "(c)", "copyright", "all rights reserved")


# A caption ends with its credit, "(Yonhap)"; a story's sentence with a full stop or a quote.
_CREDIT = re.compile(r"\([^()]{1,60}\)\s*$")
_IS_STORY = re.compile(r"[.!?][\"”’]?\s*$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Layout:
    published: str | None
    caption: Span | None
    paragraphs: list[Span]


def parse_layout(text: str) -> Layout:
    """Find the seed header (if any) and the article's paragraphs, without furniture."""
    published, caption, body_start = None, None, 0
    header = _SEED_HEADER.match(text)
    if header:
        published = header.group(1)
        rest = header.group(2).strip()
        if _IS_STORY.search(rest) and not _CREDIT.search(rest):
            # A page copy whose date line goes on with the story's first sentences, not
            # a photo caption and its credit: the story starts after the date.
            body_start = header.start(2)
        else:
            if rest:
                caption = Span(header.start(2), header.end(2))
            body_start = header.end()
    paragraphs = [
        span for span in _paragraph_spans(text, body_start)
        if not is_furniture(text[span.start:span.end])
    ]
    return Layout(published=published, caption=caption, paragraphs=_without_link_lists(text, paragraphs))


# A list of links to other stories: headlines one after another, none ending a sentence.
_LINK_LIST_LENGTH = 3
_HEADLINE_WORDS = 25
_HEADLINE_CHARACTERS = 250
_STORY_SENTENCE_WORDS = 12


def _without_link_lists(text: str, paragraphs: list[Span]) -> list[Span]:
    """The paragraphs less runs of other stories' headlines after the story has begun
    ("Sources say 51 were deported …" under "Related"): they are no one's statements."""
    kept, run, story_begun = [], [], False
    for span in paragraphs:
        if story_begun and _is_headline(text, span):
            run.append(span)
            continue
        if len(run) < _LINK_LIST_LENGTH:
            kept += run
        run = []
        kept.append(span)
        # (the story has begun at a paragraph of sentences, not at a long headline)
        story_begun = story_begun or _is_story_paragraph(text, span)
    return kept + (run if len(run) < _LINK_LIST_LENGTH else [])


def headlines_above_story(text: str, paragraphs: list[Span], story_start: int | None = None) -> set[Span]:
    """The headline and standfirst lines above the story's first paragraph of sentences (or
    its dateline, at `story_start`): "Zarif says had one-hour talk with Putin" tells what
    the story will; the story's own sentences are who said it."""
    above = set()
    for span in paragraphs:
        if story_start is not None and span.end > story_start:
            break
        if _is_headline(text, span):
            above.add(span)
        elif _is_story_paragraph(text, span) or (story_start is None and ENDS_SENTENCE.search(text, span.start, span.end)):
            # without a dateline to bound them, headlines stand together at the top: a
            # short line of the story ("The two leaders met on Monday.") ends them
            break
    return above


# (a headline may end in a quote mark: "Uzbek FM says region wants 'partners, not patrons'")
ENDS_SENTENCE = re.compile(r"[.!?…][\"”’')\]]*$")


def _is_headline(text: str, span: Span) -> bool:
    """A short line that ends no sentence (a paragraph's last character tells first)."""
    return text[span.end - 1] not in _CLOSING_MARKS and span.end - span.start < _HEADLINE_CHARACTERS \
        and len(text[span.start:span.end].split()) <= _HEADLINE_WORDS


def _is_story_paragraph(text: str, span: Span) -> bool:
    """A paragraph of sentences, long enough to be the story's, not a headline's."""
    return text[span.end - 1] in _CLOSING_MARKS and len(text[span.start:span.end].split()) >= _STORY_SENTENCE_WORDS


def _paragraph_spans(text: str, start: int) -> list[Span]:
    """Non-empty lines (news pages put one paragraph per line), stripped of whitespace."""
    spans = []
    for match in re.finditer(r"[^\n]+", text[start:]):
        line = match.group()
        left = len(line) - len(line.lstrip())
        right = len(line.rstrip())
        if right > left:
            spans.append(Span(start + match.start() + left, start + match.start() + right))
    return spans


def is_furniture(paragraph: str) -> bool:
    stripped = paragraph.strip()
    if len(stripped) > 300:
        return False
    if any(pattern.search(stripped) for pattern in _FURNITURE):
        return True
    folded = fold(stripped)
    if "!" in stripped and any(word in folded for word in _BLURB_WORDS) and _BLURB.search(stripped):
        return True
    return any(word in folded for word in _COPYRIGHT_WORDS) and bool(_COPYRIGHT.search(stripped))


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sen", "rep", "gov", "st", "jr", "sr",
    "no", "co", "corp", "inc", "ltd", "vs", "etc", "approx", "dept", "est", "fig", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
    "e.u", "a.m", "p.m", "i.e", "e.g",
    # honorifics and ranks before a name: "with Hon. Enrique Manalo", "H.E. Mr. Yoon"
    "hon", "h.e", "rt", "amb", "pres", "sec", "adm", "capt", "maj", "sgt", "messrs", "mme",
}
# A given name written short ("foreign adviser Md. Touhid Hossain"), as written, and not after
# a comma ("Thurmont, Md." is Maryland, "the company's MD." a managing director).
SHORT_GIVEN_NAMES = ("Md", "Mohd", "Muhd")
# (a double mark may be written as two single ones: "… years. ''I would like …")
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?:(?=\s+(?:[\"“‘(\[]|''|‘‘)?[A-Z0-9])"
                           # some copies lose the space: "…the regional forum.According to …",
                           # "…at the meeting.“Confrontation is …"
                           # ("…on the outcome.It is the first time …": a short first word too)
                           r"|(?<=[a-z]{3}\.)(?=[“‘]?(?:[A-Z][a-z]{2}|(?:It|In|At|On|As|An|He|We|If)\s)))")


_WORD_BEFORE_END = re.compile(r"([\w.]+)[.!?]+[\"”’')\]]*$")


def _word_before(segment: str, end: re.Match) -> re.Match | None:
    """The word a sentence-end match follows: `_WORD_BEFORE_END.search(segment[:end.end()])`,
    searched from a little before the mark rather than from the paragraph's start."""
    pos = max(0, end.start() - 40)
    word = _WORD_BEFORE_END.search(segment, pos, end.end())
    if word and word.start() == pos and pos > 0:
        # The word may begin before `pos`.
        word = _WORD_BEFORE_END.search(segment, 0, end.end())
    return word


def sentence_spans(text: str, span: Span) -> list[Span]:
    """Split one paragraph into sentences, keeping abbreviations and initials intact."""
    sentences, start = [], span.start
    segment = text[span.start:span.end]
    for match in _SENTENCE_END.finditer(segment):
        word = _word_before(segment, match)
        token = word.group(1).lower().rstrip(".") if word else ""
        # (a letter alone is an initial; a digit alone ends a date: "on April 3. Then …")
        if match.group().startswith(".") and (token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())):
            continue
        if match.group().startswith(".") and word and word.group(1).rstrip(".") in SHORT_GIVEN_NAMES \
                and not segment[:word.start()].rstrip().endswith(","):
            continue
        end = span.start + match.end()
        sentences.append(Span(start, end))
        start = end
        while start < span.end and text[start].isspace():
            start += 1
    if start < span.end:
        sentences.append(Span(start, span.end))
    return sentences
