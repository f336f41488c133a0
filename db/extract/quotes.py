"""Finding quoted passages: pairs of quote marks, across paragraphs when a quote runs on.

Straight and curly marks pair with each other (reports mix them). A mark opens when it
follows a space, an opening bracket or the start of a paragraph, and closes when it
follows a word or punctuation. Single marks inside a double-quoted passage are nested
quotes or apostrophes and are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onrecord.db.extract.layout import Span

_DOUBLE_MARKS = "\"“”„«»"
# Some house styles write a double mark as two single ones: “We are ready,’’ he said.
_MARK = re.compile(f"[{_DOUBLE_MARKS}]")
_MARK_OR_PAIR = re.compile(f"[{_DOUBLE_MARKS}]|’’|‘‘|''")
_PAIRS = ("’’", "‘‘", "''")
_OPENING_CONTEXT = " \t\n([{—–-:"


@dataclass(frozen=True)
class Quoted:
    """A quoted passage: `inner` is the words, `outer` includes the marks."""

    inner: Span
    outer: Span
    paragraph: int  # index of the paragraph it starts in
    last_paragraph: int


def _marks(text: str, span: Span, pattern: re.Pattern = _MARK) -> list[tuple[int, str, int]]:
    """Each double quote mark in the paragraph: its offset, its role ('open' or 'close')
    and its length (two for a mark written as two single ones)."""
    marks = []
    for found in pattern.finditer(text, span.start, span.end):
        index, char = found.start(), found.group()
        end = index + len(char)
        before = text[index - 1] if index > span.start else " "
        after = text[end] if end < span.end else " "
        if char in "“„«" or char == "‘‘":
            # Some copies close with an opening mark: “We are ready,“ said Anwar.
            opened = marks and marks[-1][1] == "open"
            role = "close" if opened and before not in _OPENING_CONTEXT and index > span.start else "open"
        elif char in "”»" or char == "’’":
            role = "close"
        elif before in _OPENING_CONTEXT or index == span.start:
            role = "open"
        elif after.isspace() or after in ".,;:!?)]—–-" or end == span.end:
            role = "close"
        else:
            role = "open" if not marks or marks[-1][1] == "close" else "close"
        marks.append((index, role, len(char)))
    return marks


def find_quotes(text: str, paragraphs: list[Span]) -> list[Quoted]:
    """All quoted passages in document order, joining quotes that run over paragraphs."""
    found: list[Quoted] = []
    opened: tuple[int, int, int] | None = None  # (opening mark offset, paragraph index, length)
    # Pairs of single marks are rare: the slower pattern only in a report that has one.
    pattern = _MARK_OR_PAIR if any(pair in text for pair in _PAIRS) else _MARK
    for number, paragraph in enumerate(paragraphs):
        marks = _marks(text, paragraph, pattern)
        if opened is not None:
            # A quote left open runs on only if this paragraph starts with a quote mark.
            if marks and marks[0][:2] == (paragraph.start, "open"):
                marks = marks[1:]
            else:
                opened = None
        for offset, role, length in marks:
            if role == "open" and opened is None:
                opened = (offset, number, length)
            elif role == "close" and opened is not None:
                found.append(_make(text, opened[0], offset, opened[1], number, opened[2], length))
                opened = None
    found += _single_quoted(text, paragraphs, found)
    found.sort(key=lambda q: q.outer.start)
    return [q for q in found if q.inner.end > q.inner.start]


# British house style quotes with single marks: ‘…,’ she said. A ’ closes such a quote
# only after closing punctuation or before punctuation, so "investors’ money" (an
# apostrophe) never does.
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘(?=\S)")
# (a copy may close it with a straight mark: "‘… for the Middle East'. Tajani wrote this")
_SINGLE_CLOSE = re.compile(r"(?<=[,.?!…])['’]|['’](?=[.,;:?!)]|\s*$)")


def _single_quoted(text: str, paragraphs: list[Span], double: list[Quoted]) -> list[Quoted]:
    """‘Single-quoted’ passages outside double-quoted ones (single inside double stay inside)."""
    found = []
    for number, paragraph in enumerate(paragraphs):
        position = paragraph.start
        # Most paragraphs have no ‘ at all; the pattern's lookbehinds make searching slow.
        while text.find("‘", position, paragraph.end) >= 0:
            opening = _SINGLE_OPEN.search(text, position, paragraph.end)
            if not opening:
                break
            closing = _SINGLE_CLOSE.search(text, opening.end(), paragraph.end)
            if not closing:
                break
            inside_double = any(q.outer.start <= opening.start() < q.outer.end for q in double)
            if not inside_double:
                found.append(_make(text, opening.start(), closing.start(), number, number))
            position = closing.end()
    return found


def _make(text: str, open_at: int, close_at: int, first: int, last: int,
          open_length: int = 1, close_length: int = 1) -> Quoted:
    start, end = open_at + open_length, close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # A closing comma belongs to the attribution, not to the words ("...," Choi said).
    if end > start and text[end - 1] == ",":
        end -= 1
    return Quoted(inner=Span(start, end), outer=Span(open_at, close_at + close_length),
                  paragraph=first, last_paragraph=last)


def word_count(text: str) -> int:
    return len(re.findall(r"[\w’'-]+", text))
