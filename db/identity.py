"""When two names are one speaker: the same person written in another romanisation or
without diacritics ("Choo Kyung-ho" and "Choo Kyungho", "Saitō" and "Saito").

anyascii transliterates every script to ASCII (a maintained table of the whole of
Unicode, which we should not write by hand); hyphens and apostrophes inside given names
are spelling, not identity.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

_SPELLING_MARKS = re.compile(r"[\-‐‑'’.]")


@lru_cache(maxsize=65_536)  # a report names its people many times; ingest folds each often
def folded_name(name: str) -> str:
    """A name as compared across reports: ASCII, no case, no inner hyphens or marks."""
    return " ".join(_SPELLING_MARKS.sub("", anyascii(name)).casefold().split())


def person_identity(name: str) -> str:
    return f"person:{folded_name(name)}"


def body_identity(name: str, country: str | None) -> str:
    return f"organization:{name.casefold()}:{(country or '').casefold()}"


def spelt_apart(words: frozenset[str], known: frozenset[str]) -> bool:
    """Whether two names of two words or more, as sets of folded words, are one name that a
    report spells two ways: every word the same but one pair, and that pair a slip of the
    pen ("Stenly"/"Stanley", "Sibiga"/"Sybiga") or a word run into the next by lost markup
    ("Bidenbegan" for "Biden began"). Only within one report: across reports such names may
    be two people."""
    if len(words) != len(known) or len(words) < 2:
        return False
    new, old = words - known, known - words
    if len(new) != 1 or len(old) != 1:
        return False
    (new,), (old,) = new, old
    if new.startswith(old) and len(old) >= 4 and len(new) - len(old) >= 3:
        return True
    return min(len(new), len(old)) >= 5 and new[0] == old[0] and _edits_apart(new, old) <= 2


def _edits_apart(one: str, other: str) -> int:
    """Levenshtein distance (names are short: a plain table is fast enough)."""
    previous = list(range(len(other) + 1))
    for i, a in enumerate(one, 1):
        current = [i]
        for j, b in enumerate(other, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1]
