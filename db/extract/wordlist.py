"""A list of words as one fast regex: branches share their prefixes, like a trie.

Python's `re` tries the branches of `a|b|c` one after another; with a hundred words at
every position that dominates extraction time. `word_pattern(["minister", "ministry"])`
gives `minist(?:er|ry)`, which fails after one character on most text.
"""

from __future__ import annotations

import re
from bisect import bisect_left


def word_pattern(words) -> str:
    """A non-capturing regex matching exactly the given words (longest first)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _pattern(trie)


def _pattern(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # A word that ends here may also continue: make the continuation optional, longest first.
    if ends:
        return f"(?:{body})?"
    return body


# Letters that case-insensitive patterns match to i and s but that lower() keeps; İ also
# lowers to two characters, which would shift offsets.
_FOLD_SPECIAL = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def fold(text: str) -> str:
    """`text` lower-cased as `(?i)` patterns compare it, offsets unchanged: a cheap
    `word in fold(text)` test tells whether a case-insensitive pattern can match at all."""
    return text.lower() if text.isascii() else text.translate(_FOLD_SPECIAL).lower()


# Capital letters of the Latin alphabets ("Çavuşoğlu", "Šefčovič", "Ólafur"): a word that opens
# with one may be a name.
CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
# (\w is what str.isalnum() accepts, and "_"; the mark before is matched, not looked
# behind at, which the engine does faster)
_BEFORE_CAPITAL_OR_DIGIT = re.compile(rf"[^\w'’][{CAPITALS}\d]")


class WordIndex:
    """Where the words of a vocabulary occur in a text, whatever their case, found in one
    pass: patterns that need one of those words are then tried only where it is."""

    def __init__(self, text: str, vocabulary: re.Pattern) -> None:
        self.positions: dict[str, list[int]] = {}
        for match in vocabulary.finditer(fold(text)):
            self.positions.setdefault(match.group(), []).append(match.start())
        # Where a word begins with a capital or a digit (not after a letter or an
        # apostrophe): where a name, a title or a numbered meeting can begin.
        self.capitals = [m.start() + 1 for m in _BEFORE_CAPITAL_OR_DIGIT.finditer(text)]
        if text[:1].isdigit() or (text[:1].isupper() and text[:1].isalpha()):
            self.capitals.insert(0, 0)

    def starts(self, words) -> list[int]:
        """The offsets of any of `words` (lower-case), in order."""
        # A text holds few of a vocabulary's words: walk those, not the whole list asked for.
        wanted = words if isinstance(words, (set, frozenset)) else frozenset(words)
        found = [ps for word, ps in self.positions.items() if word in wanted]
        if len(found) == 1:
            return list(found[0])
        return sorted(p for ps in found for p in ps)


def vocabulary(words) -> re.Pattern:
    """The pattern a WordIndex scans folded text with: any of `words`, as whole words."""
    return re.compile(r"\b" + word_pattern(sorted(set(words))) + r"\b")


def finditer_at(pattern: re.Pattern, text: str, starts: list[int], pos: int, endpos: int,
                can_start=None):
    """`pattern.finditer(text, pos, endpos)` for a pattern that never matches empty and can
    begin only at the (sorted) offsets `starts`, and only where `can_start(offset)` if given
    (a cheap necessary condition): the same matches, without trying the pattern elsewhere."""
    last_end = pos
    for start in starts[bisect_left(starts, pos):]:
        if start >= endpos:
            break
        if start < last_end or (can_start and not can_start(start)):
            continue
        match = pattern.match(text, start, endpos)
        if match:
            last_end = match.end()
            yield match


def matches_around(pattern: re.Pattern, anchors, text: str, before: int, after: int, starts: list[int],
                   can_start=None):
    """Matches of `pattern` that contain one of `anchors` (matches, left to right), no overlaps.

    For patterns that can only match around a rare word (a title, a meeting word), trying
    them near that word alone is much faster than trying them at every position; `starts`
    are the offsets where `pattern` can begin (see `finditer_at`).
    """
    last_end = 0
    for anchor in anchors:
        if anchor.start() < last_end:
            continue
        window_start = max(last_end, anchor.start() - before)
        for match in finditer_at(pattern, text, starts, window_start, _window_end(text, anchor.end() + after),
                                 can_start):
            if match.start() <= anchor.start() < match.end():
                last_end = match.end()
                yield match
                break


# A window reaches on to where a clause can end, so that no name is cut inside it ("Sheikh
# Mohammed bin Abdulrahman bin Jassim Al Th", "David William" of "David William Donald Cameron").
_CLAUSE_MARK = re.compile(r"[,.;:!?\n]")
_WINDOW_STRETCH = 60


def _window_end(text: str, end: int) -> int:
    if end >= len(text):
        return len(text)
    mark = _CLAUSE_MARK.search(text, end, end + _WINDOW_STRETCH)
    return mark.end() if mark else min(len(text), end + _WINDOW_STRETCH)
