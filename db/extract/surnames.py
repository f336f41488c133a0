"""A person the report names by one word takes the fullest name it gives them elsewhere:
"President Ruto" is William Samoei Ruto, "Xi" is Xi Jinping, so each is one speaker and one
participant."""

from __future__ import annotations

import re

from onrecord.db.extract.entities import (
    _NOT_NAMES,
    HEADLINE_WORD,
    LEADING_HONORIFICS,
    ORG_HEADS,
    PRONOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_HEAD_SET,
    EntityTable,
    _trim_name,
    is_title_word,
)
from onrecord.db.extract.gazetteer import country_of

_ORG_HEADS = frozenset(ORG_HEADS)


def full_name_in(text: str, surname: str) -> str | None:
    """The fullest name ending in a surname the report gives anywhere: "S Jaishankar",
    "Ferdinand R. Marcos", "William Samoei Ruto" (from "president, William Samoei Ruto"),
    "Wycliffe Musalia Mudavadi" (from "Wycliffe Musalia MUDAVADI", as Japan's ministry writes it)."""
    best = None
    for match in re.finditer(rf"(?<![\w'’\-])(?:{re.escape(surname)}|{re.escape(surname.upper())})\b", text):
        window = text[max(0, match.start() - 60):match.start()]
        before = window[window.rfind("\n") + 1:].split()  # a name does not start on the line above
        kept = []
        for word in reversed(before[-4:]):
            if re.fullmatch(r"[\"“‘'][A-Z][\w\-]*[\"”’']", word):
                continue  # a nickname in quotes: Jose "Babe" Romualdez is Jose Romualdez
            bare = word.rstrip(",")
            # A sentence's end, a comma or a title word ("Secretary-General") ends the name.
            if bare != word or not bare[:1].isupper() or is_title_word(bare) or bare in TITLE_ABBREVIATIONS \
                    or (bare.endswith(".") and len(bare) > 2) \
                    or bare in _NOT_NAMES or country_of(bare) or LEADING_HONORIFICS.match(bare + " ") \
                    or any(c in bare for c in "()\"“”:"):
                break
            kept.insert(0, bare)
        name = _trim_name(" ".join(kept + [surname]))
        if name and (best is None or len(name) > len(best)):
            best = name
    if best and best != surname:
        return best
    return _given_name_after(text, surname) or best


def _given_name_after(text: str, surname: str) -> str | None:
    """A name written family name first, as Chinese, Japanese and Korean names are: "Xi
    Jinping" for "Xi", "KISHIDA Fumio" (as Japan's ministries write it) for "Kishida"."""
    for match in re.finditer(rf"(?<![\w'’\-])(?:{re.escape(surname)}|{re.escape(surname.upper())})"
                             rf"[^\S\n]+(?P<given>[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)\b(?![^\S\n]+[A-Z]|['’])", text):
        given = match.group("given")
        if HEADLINE_WORD.fullmatch(given):
            continue  # "… Holness Invited to Meeting with …": a headline capitalises every word
        if given.lower() in TITLE_HEAD_SET or given.lower() in _ORG_HEADS or given.lower() in FIELD_WORDS \
                or given in _NOT_NAMES or country_of(given) or given.lower() in PRONOUNS:
            continue
        return f"{surname} {given}"
    return None


# Capitalised words of a title's field, never a first name.
FIELD_WORDS = {"affairs", "economic", "economy", "foreign", "trade", "finance", "defense", "defence",
                "industry", "energy", "commerce", "security", "state", "development", "planning",
                "investment", "agriculture", "health", "justice", "interior", "home", "external",
                "international", "national", "public", "maritime", "culture", "education"}


def _nickname_of(text: str, name: str) -> str | None:
    """The nickname the report puts in quotes inside a name: "Budi "Bubu" Santoso"."""
    first, last = name.split()[0], name.split()[-1]
    found = re.search(rf"\b{re.escape(first)}\s+[\"“](?P<nick>[A-Z][\w\-]*)[\"”]\s+(?:[A-Z][\w\-]*\s+)*{re.escape(last)}\b", text)
    return found.group("nick") if found else None


def complete_surnames(text: str, table: EntityTable) -> None:
    """A person the entity patterns caught by one word ("President Ruto") takes the fullest
    name the report gives them elsewhere, so they are one speaker and one participant."""
    for entity in list(table.people):
        name = entity.speaker.name
        if " " in name:
            continue
        full = full_name_in(text, name)
        if not full or " " not in full or any(w.lower() in FIELD_WORDS for w in full.split()[:-1]):
            continue  # "Minister for Economic Affairs Suharyanto": the words before are his title
        other = next((e for e in table.people if e is not entity and e.speaker.name == full), None)
        if other is None:
            entity.speaker.name = full
            nickname = _nickname_of(text, full)
            if nickname:
                table.add_nickname(entity, nickname)
            continue
        table.merge(other, entity)
