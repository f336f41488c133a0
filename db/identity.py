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
