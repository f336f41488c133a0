"""A list of words as one fast regex: branches share their prefixes, like a trie.

Python's `re` tries the branches of `a|b|c` one after another; with a hundred words at
every position that dominates extraction time. `word_pattern(["minister", "ministry"])`
gives `minist(?:er|ry)`, which fails after one character on most text.
"""

from __future__ import annotations

import re


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


def matches_around(pattern: re.Pattern, anchors: re.Pattern, text: str, before: int, after: int,
                   start: int = 0, end: int | None = None):
    """Matches of `pattern` that contain a match of `anchors`, left to right, no overlaps.

    For patterns that can only match around a rare word (a title, a meeting word), trying
    them near that word alone is much faster than trying them at every position.
    """
    end = len(text) if end is None else end
    last_end = start
    for anchor in anchors.finditer(text, start, end):
        if anchor.start() < last_end:
            continue
        window_start = max(last_end, anchor.start() - before)
        for match in pattern.finditer(text, window_start, min(end, anchor.end() + after)):
            if match.start() <= anchor.start() < match.end():
                last_end = match.end()
                yield match
                break
