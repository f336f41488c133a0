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
    longer, shorter = (new, old) if len(new) > len(old) else (old, new)
    if longer.startswith(shorter) and len(shorter) >= 4:
        return longer[len(shorter):] in _RUN_ON_WORDS
    return (min(len(new), len(old)) >= 5 and new[0] == old[0] and _edits_apart(new, old) <= 2
            and _consonants(new) == _consonants(old) and not _other_gender(new, old))


_VOWELS_AND_H = re.compile(r"[aeiouyh]")
_DOUBLED = re.compile(r"(.)\1+")


def _consonants(word: str) -> str:
    """A name's consonants, doubled ones once: spellings of one name differ in vowels, a "y",
    an "h" or a doubled letter ("Stanley"/"Stenly", "Sergei"/"Sergey", "Antony"/"Anthony");
    "Sung-min" and "Sung-jin" differ in a consonant, and are two people."""
    return _DOUBLED.sub(r"\1", _VOWELS_AND_H.sub("", word))


# Words that lost markup runs into a name ("Joe Bidenbegan", "Bidenwho", "Petrothanking"); a
# name that goes on in letters of its own is another name ("Lind", "Lindqvist").
_RUN_ON_WORDS = {"said", "says", "told", "who", "and", "met", "began", "added", "held", "thanked", "thanking",
                 "noted", "was", "has", "had", "is", "also", "during", "on", "in", "at", "with"}


def _other_gender(one: str, other: str) -> bool:
    """"Roberto"/"Roberta", "Karim"/"Karima", "Daniel"/"Danielle": names that differ only in
    an ending that marks a woman's or a man's name are two people, not a slip."""
    stem = 0
    while stem < min(len(one), len(other)) and one[stem] == other[stem]:
        stem += 1
    endings = sorted((one[stem:], other[stem:]), key=len)
    if len(endings[0]) == 1 and len(endings[1]) == 1:
        return set(endings) <= {"a", "e", "o"}  # "Roberto"/"Roberta"
    return endings[0] == "" and endings[1] in {"a", "e", "le", "ne", "ette", "ina"}  # "Karim"/"Karima"


def _edits_apart(one: str, other: str) -> int:
    """Levenshtein distance (names are short: a plain table is fast enough)."""
    previous = list(range(len(other) + 1))
    for i, a in enumerate(one, 1):
        current = [i]
        for j, b in enumerate(other, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1]
