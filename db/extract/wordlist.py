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
