"""Resolving the words a report uses for a speaker to one `Speaker`.

"Choi", "the minister", "he", "Seoul's finance ministry", "the NDRC", "the South Korean
government": each is resolved against the people and bodies the report has introduced,
and, for pronouns, against who spoke last.
"""

from __future__ import annotations

import re
from dataclasses import replace

from onrecord.db.extract.entities import (
    _NOT_NAMES,
    HONORIFIC,
    ORG_HEADS,
    PRONOUNS,
    TITLE_HEADS,
    Entity,
    EntityTable,
    _trim_name,
)
from onrecord.db.extract.gazetteer import country_of, first_country_in
from onrecord.db.model import Speaker

_DETERMINER = re.compile(r"^(?:the|a|an|its|his|her|their)\s+", re.I)
_POSSESSIVE_PREFIX = re.compile(r"^(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+")
# Subjects that report things but are not speakers ("the meeting said" never happens, but
# "the talks agreed" is a sentence about the talks, not a statement by them).
NOT_SPEAKERS = {
    "meeting", "meetings", "talks", "summit", "discussions", "discussion", "move", "plan",
    "deal", "agreement", "measure", "measures", "data", "figures", "this", "that", "which",
    "who", "what", "there", "meeting's", "session", "event", "visit", "trip", "report",
    "reports", "news", "media", "analysts", "experts", "observers",
}


_GROUP = re.compile(r"\b(?:two|both|three|all)\s+(?:sides|countries|nations|leaders|ministers|governments|parties)\b", re.I)


def could_be_speaker(written: str) -> bool:
    """Whether a subject phrase can be one speaker: not "the talks", not "Japan and China"."""
    core = _DETERMINER.sub("", written.strip())
    if not core or core.lower().split()[-1] in NOT_SPEAKERS or _GROUP.search(core):
        return False
    # A joint subject ("Japan and China") agrees on outcomes; it is not one voice.
    return " and " not in core or any(w.lower() in ORG_HEADS for w in core.split())


class Resolver:
    """Resolves speaker references in document order, remembering who spoke last."""

    def __init__(self, entities: EntityTable) -> None:
        self.entities = entities
        self.last_person: Entity | None = None
        self.last_body: Entity | None = None

    def resolve(self, written: str, position: int) -> Speaker | None:
        entity = self._entity_for(written.strip(), position)
        if entity is None:
            return None
        if entity.speaker.kind == "person":
            self.last_person = entity
        else:
            self.last_body = entity
        return replace(entity.speaker)

    def _entity_for(self, written: str, position: int) -> Entity | None:
        lowered = written.lower()
        if lowered in PRONOUNS:
            if PRONOUNS[lowered] == "person":
                return self.last_person or self._latest(self.entities.people, position)
            return self.last_body or self._latest(self.entities.bodies, position)
        core = _DETERMINER.sub("", written)
        # "Mr Qiu", "Datuk Seri Hafiz", "H.E. Al Marri": the honorific is not the name.
        core = re.sub(rf"^{HONORIFIC}+", "", core)
        # "the Kenya Investment Authority (KenInvest)": the acronym is another name for it.
        acronym = re.search(r"\s*\(([A-Z][A-Za-z&]{1,9})\)$", core)
        if acronym:
            core = core[:acronym.start()]
        if not core or core.lower().split()[-1] in NOT_SPEAKERS:
            return None
        by_acronym = self._by_acronym(core)
        if by_acronym:
            return by_acronym
        words = core.split()
        in_full = [e for e in self.entities.people if e.speaker.name in core]
        if in_full:
            return max(in_full, key=lambda e: len(e.speaker.name))
        if words[-1].lower() in {"official", "officials", "sources", "source"}:
            return self._officials(words[:-1], core, position)
        if any(w.lower() in ORG_HEADS or w.lower().rstrip("s") in ORG_HEADS for w in words):
            return self._body(core, position)
        known = self._known_person_in(core, position)
        if known:
            return known
        title_words = [w for w in words if w.lower() in TITLE_HEADS]
        # "Trade Minister Park Ji-hoon": the name is what follows the title, not "Trade".
        after_title = words[max(i for i, w in enumerate(words) if w in title_words) + 1:] \
            if title_words else words
        names = [w for w in after_title if w[:1].isupper() and w.lower() not in TITLE_HEADS
                 and not country_of(w) and w.lower() not in {"of", "for", "and"}]
        if names:
            return self._person(" ".join(names), core, position)
        if title_words:
            return self._by_title(words, position, core)
        return None

    def _known_person_in(self, core: str, position: int) -> Entity | None:
        """A person the report introduced, named in part inside the phrase ("Wang", "Mr. Wang")."""
        capitalised = {re.sub(r"['’]s$", "", w).lower() for w in core.split() if w[:1].isupper()
                       and w.lower() not in TITLE_HEADS and not country_of(w)}
        if not capitalised:
            return None
        candidates = [e for e in self.entities.people if capitalised <= e.tokens()]
        # Two people may share a surname: prefer the one mentioned most recently.
        return (self._latest(candidates, position) or candidates[0]) if candidates else None

    def _officials(self, owner: list[str], written: str, position: int) -> Entity | None:
        """"Ministry officials", "U.S. officials", "officials": the body they speak for."""
        rest = " ".join(owner)
        if rest and any(w.lower() in ORG_HEADS for w in owner):
            return self._body(rest, position)
        country = country_of(rest) if rest else None
        if country:
            return self._government(country, position, written=f"{country} government")
        return self.last_body or self._latest(self.entities.bodies, position)

    def _latest(self, entities: list[Entity], position: int) -> Entity | None:
        before = [(max((m for m in e.mentions if m <= position), default=-1), e) for e in entities]
        before = [pair for pair in before if pair[0] >= 0]
        return max(before, key=lambda pair: pair[0])[1] if before else None

    def _by_acronym(self, core: str) -> Entity | None:
        for entity in self.entities.bodies:
            if core in entity.aliases:
                return entity
        return None

    def _person(self, name: str, written: str, position: int) -> Entity | None:
        full = _trim_name(name)
        if not full:
            # A lone surname the report never introduced ("Hayama said") is still a person.
            single = name.strip()
            if " " in single or not single[:1].isupper() or single in _NOT_NAMES or country_of(single):
                return None
            full = single
        title = " ".join(w for w in written.split() if w not in name.split()) or None
        return self.entities.person(full, position, title=title, country=first_country_in(written))

    def _by_title(self, words: list[str], position: int, written: str) -> Entity | None:
        """"the minister", "the vice minister": the latest person whose title has those words."""
        wanted = [w.lower() for w in words if not country_of(w)]
        for required in (wanted, [w for w in wanted if w in TITLE_HEADS]):
            holders = [e for e in self.entities.people if e.speaker.title
                       and all(r in e.speaker.title.lower() for r in required)]
            if holders:
                return self._latest(holders, position) or holders[0]
        # An unnamed official ("a senior official") is recorded as written.
        return self.entities.person(written, position, country=first_country_in(written))

    def _body(self, core: str, position: int) -> Entity:
        owner_match = _POSSESSIVE_PREFIX.match(core)
        country = country_of(owner_match.group("owner")) if owner_match else first_country_in(core)
        if owner_match and not country:
            # "Yoon's ministry": the owner is a person; the body is the ministry they lead.
            core = core[owner_match.end():]
            owner_match = None
        descriptor = core[owner_match.end():] if owner_match else core
        words = descriptor.lower().split()
        head = words[-1]
        if head == "government" and country:
            return self._government(country, position, written=descriptor)
        exact = [e for e in self.entities.bodies if e.speaker.name.lower() == descriptor.lower()]
        if exact:
            return exact[0]
        # "the finance ministry" -> "Ministry of Economy and Finance": same head, and every
        # descriptive word found in the full name.
        modifiers = [w for w in words[:-1] if not country_of(w)]
        matches = [
            e for e in self.entities.bodies
            if head.rstrip("s") in e.speaker.name.lower()
            and all(m in e.speaker.name.lower() for m in modifiers)
            and (not country or not e.speaker.country or e.speaker.country == country)
        ]
        if matches:
            entity = self._latest(matches, position) or matches[0]
            if country and not entity.speaker.country:
                entity.speaker.country = country
            entity.mentions.append(position)
            return entity
        return self.entities.body(core if not owner_match else descriptor, position,
                                  country=country)

    def _government(self, country: str, position: int, written: str) -> Entity:
        for entity in self.entities.bodies:
            if entity.speaker.name.lower().endswith("government") and entity.speaker.country == country:
                return entity
        adjective = written if written[:1].isupper() else f"{country} government"
        return self.entities.body(adjective, position, country=country)
