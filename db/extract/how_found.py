"""How a statement's speaker was found, from the words the report used for them: named in
full, by surname, by title, by pronoun, a body, "according to", or not at all. The app and
the export say it, so a reader knows how sure an attribution is."""

from __future__ import annotations

from functools import lru_cache

from onrecord.db.extract.entities import (
    LEADING_DETERMINER,
    LEADING_HONORIFICS,
    PRONOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
)
from onrecord.db.identity import spelt_apart
from onrecord.db.model import Speaker


def attribution_method(written: str | None, speaker: Speaker | None, cue: str | None,
                       unnamed: bool = False) -> str:
    """How a statement's speaker was found, from the words the report used for them."""
    if unnamed:
        return "unnamed"
    return _method(written, speaker.name if speaker else None, speaker.kind if speaker else None, cue)


@lru_cache(maxsize=4096)
def _method(written: str | None, name: str | None, kind: str | None, cue: str | None) -> str:
    if not written or name is None:
        return "unattributed"
    if cue == "according to":
        return "according_to"
    written = written.strip()
    if written.lower() in PRONOUNS:
        return "pronoun"
    if kind != "person":
        return "body"
    core = LEADING_HONORIFICS.sub("", LEADING_DETERMINER.sub("", written))
    name_words = {w.strip(",.").casefold() for w in name.split()}  # ("Ferdinand Marcos, Jr.")
    written_words = {w.strip(",.").casefold() for w in core.split()}
    if name_words <= written_words or _named_spelt_apart(frozenset(name_words), written_words):
        return "named"
    if written_words & name_words:
        return "title" if written_words - name_words else "surname"
    if len(written_words) == 1 and core == written.strip() and core[:1].isupper() \
            and not {p for w in written_words for p in w.split("-")} & _TITLE_WORDS:
        return "surname"  # a nickname the report gave them ("Bubu told journalists")
    return "title"


def _named_spelt_apart(name_words: frozenset[str], written_words: set[str]) -> bool:
    """"Foreign Minister Stenly Kakubo said" of Stanley Kakubo: the full name, spelt as the
    report spells it elsewhere (the same rule the entity table folds the two by)."""
    missing = name_words - written_words
    if len(missing) != 1 or len(name_words) < 2:
        return False
    kept = name_words - missing
    return any(spelt_apart(name_words, kept | {word}) for word in written_words - name_words)


# (title words, the letters they are written short with, and each part of "Secretary-General")
_TITLE_WORDS = {w.casefold() for w in TITLE_HEADS} | {a.casefold().rstrip(".") for a in TITLE_ABBREVIATIONS}
