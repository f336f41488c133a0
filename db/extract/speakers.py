"""Resolving the words a report uses for a speaker to one `Speaker`.

"Choi", "the minister", "he", "Seoul's finance ministry", "the NDRC", "the South Korean
government": each is resolved against the people and bodies the report has introduced,
and, for pronouns, against who spoke last.
"""

from __future__ import annotations

import re
from functools import lru_cache

from onrecord.db.extract.antecedents import Antecedents
from onrecord.db.extract.dates import WEEKDAY_NAME
from onrecord.db.extract.entities import (
    _NOT_NAMES,
    DIRECTIONS,
    DOCUMENT_WORDS,
    HEADS_OF_GOVERNMENT,
    HEADS_OF_STATE,
    HONORIFIC,
    ISSUER_NAME,
    JOINT_DOCUMENT,
    JOINT_DOCUMENT_NAME,
    LEADING_DETERMINER,
    LEADING_HONORIFICS,
    METONYMS,
    NAME,
    NAME_PARTICLES,
    ORG_HEADS,
    PRONOUNS,
    SEAT_COUNTRIES,
    TITLE_ABBREVIATIONS,
    TITLE_HEAD_SET,
    Entity,
    EntityTable,
    _trim_name,
    is_title_word,
    offices_of,
    official_form,
    plausible_person,
)
from onrecord.db.extract.gazetteer import adjective_of, country_of, first_country_in
from onrecord.db.extract.surnames import FIELD_WORDS, full_name_in
from onrecord.db.extract.wordlist import word_pattern

# An outlet the report names, whatever it is the subject of: "Reuters reported", "the state-run
# Anadolu Agency said", "Xinhua news agency".
_NAMED_OUTLET = re.compile(r"(?<!\()\b((?:[A-Z][\w\-]*\s+){0,3}(?:News\s+)?Agency|Reuters|Associated\s+Press|AFP|Xinhua|Kyodo|Yonhap"
                           r"|TASS|Interfax|RIA\s+Novosti|Sputnik|Bernama|Antara|Anadolu|WAM|IRNA|KUNA|QNA|PTI|ANI|IANS|EFE|ANSA|dpa)\b")
_OUTLET_HEADS = ("agency", "newspaper", "daily", "broadcaster", "outlet")
_BARE_OUTLET = re.compile(r"(?:(?:the|a)\s+)?(?:(?:official|state|state-run|state-owned)\s+)?(?:news\s+)?"
                          rf"(?:{'|'.join(_OUTLET_HEADS)})", re.I)
_CONTRACTED = {"ve", "m", "d", "ll", "re", "s"}


def _without_contraction(written: str) -> str:
    """"I’ve", "we’re": the pronoun they contract."""
    base, _, tail = written.replace("'", "’").partition("’")
    return base if tail in _CONTRACTED and base.lower() in _PERSONAL_PRONOUNS else written


_PERSONAL_PRONOUNS = {"i", "we", "he", "she", "they"}
_THEIR_OFFICE = re.compile(r"(?:his|her)\s+(?:own\s+)?office")
_MEETING_IN_A_PLACE = re.compile(r"\b(?:met|meets|held\s+talks|talks|meeting|visit|visiting|hosted|received)\b[^.\n]{0,80}?"
                                 r"\bin\s+(?P<place>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)")
# Where a sentence ends ("U.S. President" and "Nov. 10" do not end one).
_SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z])[.!?][\"”’]?\s+(?=[A-Z“\"])")
_NATIONALITY_COUNTERPART = re.compile(r"^(?:(?:his|her|their|the)\s+)?(?P<side>[A-Z][\w\-]+)\s+counterpart$")
# "the head of the Dutch government", "the head of state": a leader, by the kind of title
_HEAD_OF = re.compile(r"^(?:the\s+)?(?:[A-Z][\w\-]*\s+)?head\s+of\s+(?P<what>(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,2}(?:state|government))$",
                      re.I)
_HEAD_TITLES = {"state": HEADS_OF_STATE, "government": HEADS_OF_GOVERNMENT}
# A post abroad closing a speaker phrase: "… envoy to the United Nations", "ambassador to Japan".
_POSTED_TO = re.compile(r"^(?P<holder>.+?)\s+to\s+(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}$")
_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"}
def _speaks_for_others(person: Entity) -> bool:
    """A spokesperson or a press secretary, by title."""
    title = (person.speaker.title or "").lower()
    return any(w in title for w in _SPOKESPEOPLE) or "press secretary" in title


# Words of a body's name that a spokesperson's title may leave out ("External Affairs
# spokesperson" for the Ministry of External Affairs').
_SEAT_FILLERS = {"ministry", "department", "office", "of", "the", "for", "and"}
# "the spokesman for the Presidency", "a spokesperson of the ministry": "the Presidency spokesman"
_SPOKESPERSON_FOR = re.compile(r"(?P<head>[Ss]pokes(?:man|woman|person))\s+(?:of|for)\s+(?:the\s+)?(?P<owner>\S.*)")
# Who speaks for a body without being named: "ministry officials", "a Nepali diplomat".
_UNNAMED_HEADS = {"official", "officials", "source", "sources", "diplomat", "diplomats",
                  # ("Business chiefs have called for …": a group the report does not name)
                  "chiefs", "executives", "bosses", "ceos"}
_SPEAKS_FROM_A_PLACE = _UNNAMED_HEADS | _SPOKESPEOPLE | {"ministry", "department", "office", "government"}
_LOCATED = re.compile(r"^(?P<who>.+?)\s+(?:in|at)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?$")
_RANKS = {"senior", "chief", "top", "deputy", "principal", "official"}
# Sets for the membership tests of every speaker phrase (the tuples keep their order for patterns).
_ORG_HEADS = frozenset(ORG_HEADS)
_INDEFINITE = re.compile(r"^(?:a|an|one)\s", re.I)
_POSSESSIVE_PREFIX = re.compile(r"^(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+")
# Subjects that report things but are not speakers ("the meeting said" never happens, but
# "the talks agreed" is a sentence about the talks, not a statement by them).
NOT_SPEAKERS = {
    "meeting", "meetings", "talks", "summit", "discussions", "discussion", "move", "plan",
    "deal", "agreement", "measure", "measures", "data", "figures", "this", "that", "which",
    "who", "what", "there", "that's", "that’s", "meeting's", "session", "event", "visit", "trip", "report",
    "reports", "news", "media", "analysts", "experts", "observers", "both",
    # Conjunctions a subject pattern can stop at ("When asked, the ministry said").
    "when", "while", "after", "before", "as", "if", "once", "although",
    # Several people are not one voice ("the PMs said").
    "pms", "fms", "leaders", "ministers",
}


_GROUP = re.compile(r"\b(?:two|both|three|all)\s+(?:sides|countries|nations|leaders|ministers|governments|parties)\b", re.I)




def _no_one(core: str) -> bool:
    """"South", "India-Japan": half a name, or two countries, which no one speaks as."""
    return core in DIRECTIONS or _country_pair(core)


@lru_cache(maxsize=4096)
def _country_pair(core: str) -> bool:
    """"India-Japan", "Korea-U.S.": two countries joined, which no one speaks as."""
    parts = re.split(r"[-–/]", core)
    return len(parts) >= 2 and all(country_of(part.strip()) for part in parts)


_MINISTER_OF = re.compile(r"^(?:(?:deputy|vice|first)\s+)?(?:(?P<field>(?!prime\b)[a-z]+(?:\s+affairs)?)\s+minister|minister\s+(?:of|for)\s+(?P<of>.+))$")


def _one_letter_apart(a: str, b: str) -> bool:
    """Two words of five letters or more with the same first letter, one letter changed,
    added or dropped between them."""
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _title_words(words: list[str]) -> list[str]:
    return [w for w in words if is_title_word(w)]


def _names_after_title(words: list[str], title_words: list[str]) -> list[str]:
    """The name words after a phrase's title ("Trade Minister Park Ji-hoon": not "Trade")."""
    after_title = words[max(i for i, w in enumerate(words) if w in title_words) + 1:] \
        if title_words else words
    if after_title and after_title[0].lower() in {"of", "for"}:
        return []  # "the Head of State", "Minister for Trade": the title goes on
    if title_words and after_title[:1] == ["General"]:
        after_title = after_title[1:]  # "the Secretary General", "Attorney General": one title
    names = [w for w in after_title if (w[:1].isupper() or w in NAME_PARTICLES) and w not in title_words
             and w.lower() not in TITLE_HEAD_SET and not country_of(w) and w.lower() not in {"of", "for", "and"}]
    # (a particle stays inside a name, "Van der Berg", never at its ends)
    while names and names[-1] in NAME_PARTICLES:
        names.pop()
    while names and names[0] in NAME_PARTICLES:
        names.pop(0)
    return names


def _named_after_title(words: list[str], title_words: list[str]) -> bool:
    """Whether a phrase is a title and a name after it, no body's word after the title."""
    return bool(title_words) and bool(_names_after_title(words, title_words)) \
        and not any(w.lower() in _ORG_HEADS for w in words[words.index(title_words[-1]) + 1:])


def _ministry_of(title: str) -> str | None:
    """The ministry a minister's title names ("foreign minister": the foreign ministry)."""
    match = _MINISTER_OF.match(title)
    if not match:
        return None
    return f"{match.group('field')} ministry" if match.group("field") else f"Ministry of {match.group('of').title()}"


def _ministry_of_person(person: Entity, country: str | None = None) -> str | None:
    """The ministry a person's minister title names, with the country's adjective (theirs
    unless `country` is given): "South Korean foreign ministry" for South Korean Foreign
    Minister X."""
    ministry = _ministry_of((person.speaker.title or "").lower())
    country = country or person.speaker.country
    return f"{adjective_of(country)} {ministry}" if ministry and country else ministry


def _other_leader(wanted: str, title: str | None) -> bool:
    """"The Prime Minister" is not a president the sentence before was about."""
    asked = {t for t in _LEADER_TITLES if t in wanted}
    held = {t for t in _LEADER_TITLES if t in (title or "").lower()}
    return bool(asked and held and not asked & held)


# When or where a document came out, after it: "… released after the talks", "… issued on
# Monday" (not "issued by X", which names who issued it).
_DOCUMENT_TAIL = re.compile(r"\s+(?:released|issued|published|posted)\s+(?!by\b)[^,]*$")
# What a document is about, after it: "a Prime Minister's Office statement on the call".
# (the resolver's document words: "the declaration stated" is the one issued)
_DOCUMENT_WORD = word_pattern((*DOCUMENT_WORDS, "declaration"))
_DOCUMENT_ABOUT = re.compile(rf"^(?P<document>.*?\b(?:{_DOCUMENT_WORD}))\s+(?:on|about|regarding|following)\s+[^,]*$")


_DOCUMENT_WORD_SET = frozenset(w.lower() for w in (*DOCUMENT_WORDS, "declaration"))
_DOCUMENT_IN_PLACE = re.compile(rf"^(?P<document>.*\b(?:{_DOCUMENT_WORD}))\s+in\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?$", re.I)


def _without_document_tail(core: str) -> str:
    """"a joint statement released after the talks", "a statement on the call": the
    statement, whose name that is."""
    if " released " in core or " issued " in core or " published " in core or " posted " in core:
        core = _DOCUMENT_TAIL.sub("", core)
    if " on " in core or " about " in core or " regarding " in core or " following " in core:
        about = _DOCUMENT_ABOUT.match(core)
        core = about.group("document") if about else core
    if " in " in core and core.rsplit(" in ", 1)[0].rsplit(None, 1)[-1].lower() in _DOCUMENT_WORD_SET:
        # "a foreign office statement in Dhaka": where it was issued is no part of its name
        placed = _DOCUMENT_IN_PLACE.match(core)
        core = placed.group("document") if placed else core
    return core


@lru_cache(maxsize=4096)
def could_be_speaker(written: str) -> bool:
    """Whether a subject phrase can be one speaker: not "the talks", not "Japan and China"."""
    written = written.strip()
    # (past an honorific before "the", not one before "and": "Dr and Mrs Ruiz" are two people)
    honorific = LEADING_HONORIFICS.match(written)
    core = written[honorific.end():] if honorific and not written[honorific.end():].startswith("and ") else written
    core = _without_document_tail(LEADING_DETERMINER.sub("", core))
    if not core or "\n" in core or core.lower().split()[-1] in NOT_SPEAKERS or _GROUP.search(core):
        return False  # (a phrase across a line break is headings run together, not a name)
    if _no_one(core) or core.split()[0].lower() in _QUANTIFIERS:
        return False  # ("Some argued that …", "Many in Lima expressed doubt …": no one voice)
    # A joint subject ("Japan and China") agrees on outcomes; it is not one voice. An "and"
    # after "of" names one office ("Minister of Enterprises and Made in Italy X"), unless
    # what comes before is several people ("the leaders of A and B").
    if " and " not in core or any(w.lower() in _ORG_HEADS for w in core.split()):
        return True
    if _DOUBLE_TITLE.match(core) and not written.lower().startswith("the "):
        # One person with two offices, "Prime Minister and Foreign Minister Sheikh Mohamed", "HE
        # the Prime Minister and Minister of Foreign Affairs …"; "The Prime Minister and Foreign
        # Minister Penny Wong said" are two people
        return True
    # (or after "for": "Assistant Secretary for Asian and Pacific Affairs Nathaniel Imperial")
    first = core.split(" and ")[0]
    office = _OF_OR_FOR.search(first)
    return bool(office) and not any(w.lower() in NOT_SPEAKERS for w in first[:office.start()].split())


_OF_OR_FOR = re.compile(r" (?:of|for) ")
# Two titles joined, then (perhaps) the one name: "Deputy Prime Minister and Foreign Minister",
# "Prime Minister and Minister of Foreign Affairs Sheikh Mohamed …".
# (ministers only: "the Prime Minister and President Trump" are two people)
_DOUBLE_TITLE = re.compile(r"(?:[A-Z][\w\-]*\s+){0,2}Minister\s+and\s+(?:[A-Z][\w\-]*\s+){0,2}Minister\b")
_QUANTIFIERS = {"some", "many", "others", "few", "most", "several"}


# Each key of TITLE_ABBREVIATIONS as a word ("Pres." ends at its stop).
_ABBREVIATION = re.compile("|".join(rf"\b{re.escape(key)}" + (r"(?=\s|$)" if key.endswith(".") else r"\b")
                                    for key in TITLE_ABBREVIATIONS))
# A document that speaks: "the statement said" is whoever issued it.
_DOCUMENT = re.compile(r"^(?P<owner>.*?)(?:['’]s)?\s*\b(?:" + _DOCUMENT_WORD + r")$"
                       r"|^(?:(?:official|formal|separate|written)\s+)?(?:" + _DOCUMENT_WORD
                       + r")(?:\s+(?:on\s+)?" + WEEKDAY_NAME + r")?"
                       r"\s+(?:from|by|of|issued\s+by)\s+(?P<issuer>.+)$", re.I)
# ("the release of Evan Gershkovich" is no document: a bare "release" or "announcement"
# names its issuer only where it speaks, "an official release said")
_ISSUED_DOCUMENT_WORD = word_pattern(w for w in DOCUMENT_WORDS if w not in ("release", "announcement"))
_ISSUER = re.compile(
    # ("a statement issued by the republic's Ministry of Foreign Affairs")
    rf"\b(?:{_ISSUED_DOCUMENT_WORD})\s+(?:from|by|issued by|released by|of)\s+(?:the\s+)?(?:[a-z]+['’]s\s+)?(?P<who>{ISSUER_NAME})"
    rf"|(?P<who2>(?:the\s+)?{ISSUER_NAME})\s+"
    rf"(?:said|says|stated|disclosed|announced)(?:\s+this)?\s+in\s+(?:a|its|the)\s+(?:{_ISSUED_DOCUMENT_WORD})"
    # "a readout posted on the Iranian foreign minister's Telegram channel"
    rf"|\b(?:{_ISSUED_DOCUMENT_WORD})\s+(?:posted|published)\s+on\s+(?:the\s+)?(?P<who3>[^,.;\"“”]{{3,60}}?)['’]s"
    r"\s+(?:[A-Z]\w*\s+)?(?:channel|account|page|website)")
_JOINT_DOCUMENT = re.compile(rf"\b{JOINT_DOCUMENT}\b", re.I)
# Who issued a document, told right after it: "a statement issued by the republic's Ministry of
# Foreign Affairs", "a statement published by the Saudi Press Agency".
_ISSUED_BY_AFTER = re.compile(
    rf"\s+(?:issued|published|released|posted)\s+(?:[\w\-]+\s+){{0,3}}?(?:by|from)\s+(?:the\s+)?(?:[a-z]+['’]s\s+)?(?P<name>{ISSUER_NAME})")
# Where a name that ran on ends: a full stop after a word (not "U.S."), or a line break.
# (A full stop that closes the text is taken off after.)
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.(?=\s)|\s*\n")
# The body an official or a source is at: "officials at the Dutch Ministry of Economic Affairs".
_BODY_AFTER = re.compile(rf"\s+(?:at|from|of|in|with)\s+(?:the\s+)?(?P<name>{ISSUER_NAME})")
# (officials only: sources or diplomats at a ministry or a council are not its voice)
_ONE_SOURCE_AT = re.compile(r"^(?:an?\s+|one\s+)?(?:[a-z]+\s+)?(?:source|sources|official|diplomat)\s+(?:at|in|from|with|close\s+to)\s+", re.I)
_MEMBERS_OF_A_BODY = re.compile(r"^(?:[A-Za-z]+\s+)?officials\s+(?:at|from|of|in|with)\s+(?:the\s+)?(?P<body>.+)$", re.I)
# "the Chinese side said": that country's government.
_COUNTRY_SIDE = re.compile(r"^(?P<country>[A-Z][\w\-]*)\s+side$")
# Leaders' titles: their office speaks for them ("Meloni's office said"), and one never
# stands for the holder of another ("the Prime Minister" is no president).
_LEADER_TITLES = ("prime minister", "president", "chancellor", "premier")
# "The Meeting was chaired by H.E. X": X is "the Chair" from then on.
_CHAIR_WORDS = {"chair", "chairman", "chairwoman", "chairperson"}
_CHAIRED_BY = re.compile(rf"\bchaired\s+by\s+(?:the\s+)?{HONORIFIC}*")
# A lower-case description before a name: "… foreign ministry secretary of state Kung Phoak".
_NAMED_AFTER_DESCRIPTION = re.compile(
    # (not after "of the": "the President of the Republic" holds a title, names no one)
    r"^(?:[A-Z][\w'’]*\s+)?(?:[a-z][\w'’\-]*\s+){2,}(?<!\bof\sthe\s)(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})$")
_MEDIA_HEADS = {*_OUTLET_HEADS, "television", "tv", "radio", "channel", "magazine", "newsmagazine", "weekly"}
_MEDIA_ENDINGS = ("agency", "newspaper", "daily", "broadcaster", "newsmagazine", "magazine", "weekly")
# "the official WAM news agency", "state-run KCNA news agency": the outlet's own name.
# How a report describes an outlet before its name: "the official WAM", "state-run KCNA".
_OUTLET_DESCRIPTION = r"(?:(?:official|state|state-run|state-owned|national|semi-official)\s+)*"
_MEDIA_NAMED_BEFORE = re.compile(r"^(?:(?:[A-Z][\w.]*|country|nation)['’]s\s+)?" + _OUTLET_DESCRIPTION +
                                 rf"(?P<name>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)\s+(?:news\s+)?(?:{'|'.join(_MEDIA_ENDINGS)})$")
_AGENCY_AND_ACRONYM = re.compile(r"^" + _OUTLET_DESCRIPTION +
                                 r"(?P<name>(?:[A-Z][\w.\-]*\s+){1,3}(?:News\s+)?Agency)\s+\(?[A-Z]{2,6}\)?$")
# "His Highness said": the person the report introduced with that honorific.
_STYLE_REFERENCE = re.compile(r"^(?:His|Her)\s+(?:Highness|Excellency|Majesty)$")


# "the Kenya Investment Authority (KenInvest)": the acronym is another name for it
# (or another name: "Foreign Ministry (Wisma Putra)").
_ASIDE_NAME = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9}(?:\s+[A-Z][a-z]{1,12}){0,2})\)$")


# Honorifics said before a person's given name rather than the family name.
_BY_GIVEN_NAME = re.compile(r"(?:the\s+)?(?:H\.\s?H\.?\s+|His\s+Highness\s+)?(?:Sheikha?|Sayyid|Sayyida|Prince|Princess|Emir)\s")


# Countries whose ministries are called departments.
_DEPARTMENT_COUNTRIES = {"Ireland", "United States", "Australia", "Philippines", "South Africa"}


def _without_honorifics(written: str) -> str:
    """'the Mr Qiu', 'Datuk Seri Hafiz', 'H.E. Al Marri', 'EAM Jaishankar': the determiner
    and honorific are not the name, and an abbreviated title is written out."""
    core = LEADING_HONORIFICS.sub("", LEADING_DETERMINER.sub("", written))
    return _ABBREVIATION.sub(lambda m: TITLE_ABBREVIATIONS[m.group()], core)


def _without_aside(core: str) -> str:
    aside = _ASIDE_NAME.search(core)
    return core[:aside.start()] if aside else core


_MEMBER_OF = re.compile(rf"(?P<name>{NAME})\s+of\s+the\s+")


@lru_cache(maxsize=4096)
def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _opens_sentence(text: str, position: int) -> bool:
    before = text[max(0, position - 20):position].rstrip(" \t\"“”‘’'(")  # (a short look back)
    return not before or before[-1] in ".!?:\n"


def _speaker_not_place(core: str) -> str:
    """"a diplomat in Delhi" speaks where he is, not for India; "the Ministry of Finance in
    Beijing" is the ministry; "the Indian embassy in Kathmandu" is India's (an embassy no
    country owns, "the embassy in Kathmandu", is named by where it is)."""
    located = _LOCATED.match(core) if " in " in core or " at " in core else None
    if located and any(w.lower() in _SPEAKS_FROM_A_PLACE for w in located.group("who").split()):
        return located.group("who")
    if located and located.group("who").lower().endswith("embassy") and first_country_in(located.group("who")):
        return located.group("who")  # ("the Indian embassy in Kathmandu" is India's, wherever it is)
    return core

class Resolver:
    """Resolves speaker references in document order, remembering who spoke last."""

    def __init__(self, entities: EntityTable, text: str = "", antecedents: Antecedents | None = None) -> None:
        self.entities = entities
        self.text = text
        self.antecedents = antecedents
        self.last_person: Entity | None = None
        self.last_body: Entity | None = None
        self.outlets: list[Entity] = []  # the news agencies and papers the report has cited

    def resolve(self, written: str, position: int) -> Entity | None:
        """Who the words mean; an `unnamed` entity for someone the report does not name."""
        entity = self._entity_for(written.strip(), position)
        if entity is None:
            return None
        if self.antecedents:
            self.antecedents.heard(position, entity)
        if entity.speaker.kind == "person":
            self.last_person = entity
        else:
            self.last_body = entity
        return entity

    def _entity_for(self, written: str, position: int) -> Entity | None:
        # ("As I’ve said repeatedly, …", "we’ve said": the pronoun, not a name)
        if len(written) <= 8 and ("'" in written or "’" in written):
            written = _without_contraction(written)
        lowered = written.lower()
        if lowered.endswith("office") and _THEIR_OFFICE.fullmatch(lowered):
            # "…, his office said": the office of the leader the sentence is about
            return self._office_of(self._subject_here(position) or self._antecedent("person", position), position)
        if lowered in PRONOUNS:
            if written == "He" and not _opens_sentence(self.text, position):
                # "But He, as the senior Chinese official, …": mid-sentence, a capital "He"
                # is the surname (He Lifeng), when the report names such a person
                surname = self._known_person_in(written, position)
                if surname:
                    return surname
            return self._antecedent(PRONOUNS[lowered], position)
        if _STYLE_REFERENCE.match(written):
            return self._styled_person(written, position)
        core = _without_honorifics(written)
        core = _without_document_tail(core)
        document = _DOCUMENT.match(core)
        if document and JOINT_DOCUMENT_NAME.search(core):
            # "the joint statement", "the Japan-India Joint Statement": what both sides issued
            return self.entities.body(core, position)
        if document:
            return self._document_speaker(document, core, position)
        core = _without_aside(core)
        side = _NATIONALITY_COUNTERPART.match(core) if core.endswith("counterpart") else None
        if side and country_of(side.group("side")):
            # "his Brazilian counterpart said": the one person of that country the report names
            country = country_of(side.group("side"))
            of_country = [e for e in self.entities.people if e.speaker.country == country and min(e.mentions) < position]
            whose = self._antecedent("person", position)
            offices = offices_of(whose.speaker.title) if whose else set()
            if offices:
                # (her counterpart holds her office: not the president who later joined them)
                of_country = [e for e in of_country if offices <= offices_of(e.speaker.title)]
            if len(of_country) == 1:
                return of_country[0]
        if not core or core.lower().split()[-1] in NOT_SPEAKERS or _no_one(core):
            return None
        core = _speaker_not_place(core)
        if " " not in core and _BY_GIVEN_NAME.match(written):
            # "Sheikh Abdullah" is Abdullah bin Zayed, not King Al-Sultan Abdullah: these
            # honorifics go before a given name
            given = [e for e in self.entities.people if e.speaker.name.split()[0].lower() == core.lower()]
            if given:
                return self._latest(given, position) or given[0]
        indefinite = bool(_INDEFINITE.match(written))
        return self._by_acronym(core) or self._place_or_metonym(core, position) \
            or self._by_phrase(core, position, indefinite)

    def _antecedent(self, kind: str, position: int) -> Entity | None:
        """'he', 'the ministry': whom the sentence before was about; failing that, who spoke last."""
        antecedent = self.antecedents.of(kind, position) if self.antecedents else None
        if antecedent:
            return antecedent
        if kind == "person":
            return self.last_person or self._latest(self.entities.people, position)
        return self.last_body or self._latest(self.entities.bodies, position)

    def _document_speaker(self, document: re.Match, core: str, position: int) -> Entity | None:
        """"the Kremlin statement" is the Kremlin; "the statement", whoever issued it."""
        owner = (document.group("owner") or document.group("issuer") or "").strip()
        if owner:
            return self._entity_for(owner, position)
        issuer, at = self._named_after(core, position, _ISSUED_BY_AFTER)
        if issuer and could_be_speaker(issuer):
            return self._entity_for(issuer, at) or self._issuer(position)
        return self._issuer(position)

    def _named_after(self, written: str, position: int, pattern: re.Pattern) -> tuple[str, int]:
        """The name `pattern` finds right after the phrase written at `position` ("… issued by
        X", "officials at X"), up to where its sentence ends, and where it stands; ("", -1)."""
        written_at = self.text.find(written, position, position + len(written) + 20)  # (past "a", "the")
        after = pattern.match(self.text, written_at + len(written)) if written_at >= 0 else None
        if not after:
            return "", -1
        return _SENTENCE_END.split(after.group("name"), maxsplit=1)[0].rstrip("."), after.start("name")

    def _place_or_metonym(self, core: str, position: int) -> Entity | None:
        if core.lower() in METONYMS:
            # "Elysee said", "the PMO said"
            return self.entities.body(core, position, country=SEAT_COUNTRIES.get(core.lower()))
        side = _COUNTRY_SIDE.match(core) if core.endswith(" side") else None
        country = country_of(side.group("country") if side else core)
        if side and not any(e.speaker.country == country for e in self.entities.people):
            return None  # a side of the meeting is a country someone at it is from
        if country:
            # "Japan has said", "Seoul said", "Beijing welcomes", "the Chinese side said": the
            # country's government.
            return self._government(country, position, written=f"{adjective_of(country)} government")
        return None

    def _by_phrase(self, core: str, position: int, indefinite: bool) -> Entity | None:
        """A person named in full, a spokesperson or an official, a body, or a person by
        part of their name or by title."""
        words = core.split()
        in_full = [e for e in self.entities.people if e.speaker.name in core]
        if in_full:
            person = max(in_full, key=lambda e: len(e.speaker.name))
            if not _speaks_for_others(person) and _SPOKESPERSON_FOR.match(core) and "pokes" in core:
                # "a spokeswoman for Prime Minister Ana Ruiz": not Ana Ruiz, but someone unnamed
                return self.entities.unnamed(core, position)
            return person
        head = _HEAD_OF.match(core) if "ead of" in core else None
        if head:
            leader = self._head_of(head, position)
            if leader is not None:
                return leader
        post = _POSTED_TO.match(core) if " to " in core else None
        if post:
            # "China's envoy to the United Nations": the envoy speaks, not where they are posted
            return self._by_phrase(post.group("holder"), position, indefinite)
        if ("source" in core or "official " in core or "diplomat " in core) and _ONE_SOURCE_AT.match(core):
            # "a source at the Turkish presidency": someone the report does not name
            return self.entities.unnamed(core, position)
        members = _MEMBERS_OF_A_BODY.match(core)
        if members and any(w.lower() in _ORG_HEADS for w in members.group("body").split()):
            return self._body(members.group("body"), position + members.start("body"))  # (as above)
        member = _MEMBER_OF.match(core) if " of the " in core else None
        if member and plausible_person(member.group("name")):
            # "Marta Nowak of the Warsaw-based Clean Baltic Coalition": she speaks, not it
            return self._entity_for(member.group("name"), position)
        spoken_for = _SPOKESPERSON_FOR.fullmatch(core) if "pokes" in core else None
        if spoken_for:
            owner, head = spoken_for.group("owner"), spoken_for.group("head")
            return self._spokesperson(owner.split(), f"{owner} {head}", position, indefinite=indefinite)
        if words[-1].lower() in _SPOKESPEOPLE:
            return self._spokesperson(words[:-1], core, position, indefinite=indefinite)
        if words[-1].lower() in _UNNAMED_HEADS:
            return self._officials(words[:-1], core, position, indefinite=indefinite)
        agency = _AGENCY_AND_ACRONYM.match(core) if core[-1:].isupper() or core.endswith(")") else None
        if agency:
            # "the official Emirates News Agency WAM", "… Agency (WAM)": the agency by its name
            return self._outlet(self.entities.body(agency.group("name"), position + agency.start("name")))
        if core.endswith(_OUTLET_HEADS) and _BARE_OUTLET.fullmatch(core):
            # "the news agency further said": the one the report cited last, else the last it
            # named ("…, Reuters reported"), else one it never names
            cited = self._latest(self.outlets, position)
            named = [m for m in _NAMED_OUTLET.finditer(self.text, 0, position)]
            if named and (cited is None or named[-1].start() > max(m for m in cited.mentions if m <= position)):
                return self._outlet(self.entities.body(named[-1].group(1), named[-1].start(1)))
            return cited or self.entities.unnamed(core, position)
        media = _MEDIA_NAMED_BEFORE.match(core) if core.endswith(_MEDIA_ENDINGS) else None
        if media and not country_of(media.group("name")):
            return self._outlet(self.entities.body(media.group("name"), position + media.start("name")))
        named = _NAMED_AFTER_DESCRIPTION.match(core)
        if named:
            # "Cambodia's foreign ministry secretary of state Kung Phoak", "state news agency
            # Xinhua": a description in lower case, then whom it describes.
            name, described = named.group("name"), core[:named.start("name")].lower().split()
            if described[-1] in _MEDIA_HEADS:
                return self.entities.body(name, position + named.start("name"))
            return self._entity_for(name, position + named.start("name"))
        # (a body's word before a title is the title's: "the Union minister", "the Commission
        # president"; "the Office of the President" is the office)
        titled = words[-1].lower() in TITLE_HEAD_SET and "of" not in words
        title_words = _title_words(words)
        if not titled and any(w.lower() in _ORG_HEADS or w.lower().rstrip("s") in _ORG_HEADS for w in words) \
                and not _named_after_title(words, title_words):
            # (a title and a name after it are a person, though the title holds a body's
            # word: "Prime Cabinet Secretary Mudavadi", "Party Secretary Li")
            return self._body(core, position)
        return self._known_person_in(core, position) \
            or self._by_name_or_title(core, words, title_words, position, indefinite)

    def _by_name_or_title(self, core: str, words: list[str], title_words: list[str], position: int,
                          indefinite: bool) -> Entity | None:
        """"Trade Minister Park Ji-hoon" is Park Ji-hoon; "the trade minister", whoever holds it
        (`words` are the phrase's, `title_words` those of them in its title)."""
        names = _names_after_title(words, title_words)
        if names:
            return self._person(" ".join(names), core, position, after_title=bool(title_words))
        if title_words:
            return self._by_title(words, position, core, indefinite=indefinite)
        return None

    def _styled_person(self, core: str, position: int) -> Entity | None:
        """"His Highness": the person the report styled so, else the person named last."""
        styled = [e for e in self.entities.people
                  if any(self.text[max(0, m - 40):m].rstrip().endswith(core.split()[-1])
                         or self.text[max(0, m - 50):m].find(core) >= 0 for m in e.mentions)]
        return styled[0] if styled else self.last_person or self._latest(self.entities.people, position)

    def _issuer(self, position: int) -> Entity | None:
        """Who issued the statement a report quotes: named with it before, else the body
        named last."""
        issued = [m for m in _ISSUER.finditer(self.text, 0, position)]
        joint = max(_JOINT_DOCUMENT.finditer(self.text, 0, position), key=lambda m: m.start(), default=None)
        if joint and issued and joint.start() > issued[-1].start():
            issued = []  # "… announced in a statement …. The two issued a joint statement. The statement said": the joint one
        for match in reversed(issued):
            who = (match.group("who") or match.group("who2") or match.group("who3") or "").strip()
            found = self._entity_for(who, match.start()) if who and could_be_speaker(who) else None
            if found:
                return found
        # "In a joint statement issued after the meeting, …" and later "the statement said":
        # the joint statement speaks.
        if joint:
            return self._entity_for(joint.group(0).lower(), joint.start())
        return self.last_body or self._latest(self.entities.bodies, position)

    def _full_name(self, surname: str) -> str | None:
        return full_name_in(self.text, surname)

    def _known_person_in(self, core: str, position: int) -> Entity | None:
        """A person the report introduced, named in part inside the phrase ("Wang", "Mr. Wang")."""
        capitalised = {(w[:-2] if w.endswith(("'s", "’s")) else w).lower() for w in core.split() if w[:1].isupper()
                       and w.lower() not in TITLE_HEAD_SET and w.lower() not in FIELD_WORDS and not country_of(w)}
        if not capitalised:
            return None
        candidates = [e for e in self.entities.people if capitalised <= e.tokens()]
        if not candidates and len(capitalised) == 1:
            # "Sibiga" for Andriy Sybiga, "Firdan" for Hakan Fidan: one surname spelt another
            # way (a romanisation or a slip), when no one else's is that close.
            word = next(iter(capitalised))
            candidates = [e for e in self.entities.people if " " in e.speaker.name
                          and _one_letter_apart(word, e.speaker.name.split()[-1].lower())]
            if len(candidates) != 1:
                return None
        # Two people may share a surname: prefer the one mentioned most recently.
        return (self._latest(candidates, position) or candidates[0]) if candidates else None

    def _spokesperson(self, owner: list[str], written: str, position: int, indefinite: bool) -> Entity | None:
        """"The foreign ministry spokesman": the spokesperson the report named, else the
        body they speak for; "a ministry spokeswoman" is someone the report does not name."""
        if indefinite:
            return self.entities.unnamed(written, position)
        wanted = [w.lower() for w in owner if not country_of(w) and w.lower() not in _RANKS]
        # ("the MEA spokesperson" is the Ministry of External Affairs spokesperson named before)
        seat = METONYMS.get(" ".join(owner).lower())
        seat_words = [w for w in seat.lower().split() if w not in _SEAT_FILLERS] if seat else None
        for words in (wanted, seat_words):
            holders = [e for e in self.entities.people if words is not None and e.speaker.title
                       and any(w in e.speaker.title.lower() for w in _SPOKESPEOPLE)
                       and all(w in e.speaker.title.lower() for w in words)]
            if holders:
                return self._title_holder(holders, position)
        if any(w.lower() in _ORG_HEADS for w in owner) or seat:
            # ("the Downing Street spokesperson": the office that sits there)
            return self._body(" ".join(owner), position)
        found = self._by_title(owner + [written.split()[-1]], position, written)
        if owner and found is not None and not found.unnamed and (
                not _speaks_for_others(found) or not all(w in (found.speaker.title or "").lower() for w in wanted)):
            # "the spokesman for the Prime Minister" is not the Prime Minister, nor the
            # ministry's spokesman named before
            return self.entities.unnamed(written, position)
        return found

    def _officials(self, owner: list[str], written: str, position: int, indefinite: bool) -> Entity | None:
        """"Ministry officials": the body they speak for. An official or a source the report
        does not name ("a senior official", "Kenyan officials", "diplomatic sources", "the
        official") is someone unnamed, not a government or the body named last; "the
        official" named before with that title is that person."""
        head = written.split()[-1].lower()
        if not owner and head == "officials":
            # "Officials at the Dutch Ministry of Economic Affairs said": the pattern's subject
            # stops before "at"; the body they are at speaks (one official there is someone
            # unnamed, as "the foreign ministry official" is).
            name, at = self._named_after(written, position, _BODY_AFTER)
            if any(w.lower() in _ORG_HEADS for w in name.split()):
                return self._body(name, at)
        if indefinite and head in {"official", "source", "diplomat"}:
            return self.entities.unnamed(written, position)
        if head == "diplomat":
            # "the top Turkish diplomat continued": the minister just named, as "he" would be.
            return self._antecedent("person", position)
        rest = " ".join(owner)
        if rest and any(w.lower() in _ORG_HEADS for w in owner):
            # ("the foreign ministry official" is one person the report does not name)
            return self.entities.unnamed(written, position) if head == "official" else self._body(rest, position)
        if rest and country_of(rest):
            if head == "official" and not indefinite and not self._introduced_before(rest, position):
                # "The Chinese official said": the Chinese person the report just spoke of
                # (unless "a Chinese official" was introduced before: then it is that one)
                country = country_of(rest)
                named = self._latest([e for e in self.entities.people if e.speaker.country == country], position)
                if named is not None:
                    return named
            return self.entities.unnamed(written, position)
        if head == "official":
            holders = [e for e in self.entities.people if "official" in (e.speaker.title or "").lower()
                       and min(e.mentions) < position]
            if holders:
                return self._title_holder(holders, position)
        if head != "officials":
            return self.entities.unnamed(written, position)
        return self.last_body or self._latest(self.entities.bodies, position)

    def _introduced_before(self, owner: str, position: int) -> bool:
        """Whether "a Chinese official" was introduced before `position`."""
        pattern = re.compile(rf"\b[Aa]n?\s+(?:[a-z]+\s+)?{re.escape(owner)}\s+official\b")
        return pattern.search(self.text, 0, position) is not None

    def _subject_here(self, position: int) -> Entity | None:
        """The person named first in the sentence that `position` ends: whose office "…, his
        office said" is ("Yoon will meet Biden …, his office said" is Yoon's)."""
        ends = [m.end() for m in _SENTENCE_BREAK.finditer(self.text, max(0, position - 600), position)]
        start = max(ends[-1] if ends else 0, self.text.rfind("\n", 0, position) + 1)
        here = [(min(m for m in e.mentions if start <= m < position), e) for e in self.entities.people
                if any(start <= m < position for m in e.mentions)]
        return min(here, key=lambda pair: pair[0])[1] if here else None

    def _office_of(self, person: Entity | None, position: int) -> Entity | None:
        """A leader's office, by the leader's title ("Office of the President" of the
        protagonist's "his office said"); someone unnamed for anyone else's office."""
        title = (person.speaker.title or "").lower() if person else ""
        leader = next((t for t in ("prime minister", "president", "chancellor", "premier") if t in title), None)
        if leader is None:
            return self.entities.unnamed("office", position)
        if leader == "president" and person.speaker.country == "United States":
            return self.entities.body("White House", position, country="United States")
        return self.entities.body(official_form(f"{leader}'s office"), position, country=person.speaker.country)

    def _outlet(self, entity: Entity) -> Entity:
        if entity not in self.outlets:
            self.outlets.append(entity)
        return entity

    def _host_country(self, position: int) -> str | None:
        """The country of the place the report first says the meeting was in, before
        `position` ("… met … in Brasilia on Tuesday"; not "had earlier been in New Delhi")."""
        for sentence in _MEETING_IN_A_PLACE.finditer(self.text, 0, position):
            country = country_of(sentence.group("place"))
            if country:
                return country
        return None

    def _head_of(self, head: re.Match, position: int) -> Entity | None:
        """"the head of the Dutch government", "the head of state": the latest person named
        before with a leader's title of that kind (and of that country, if it says one)."""
        kind = _HEAD_TITLES["state" if head.group("what").lower().endswith("state") else "government"]
        country = first_country_in(head.group("what"))
        leaders = [e for e in self.entities.people if e.speaker.title
                   and any(t in e.speaker.title.lower() for t in kind)
                   and (country is None or e.speaker.country in (country, None))
                   and min(e.mentions) <= position]
        subject = self.antecedents.of("person", position) if self.antecedents else None
        if subject in leaders:
            return subject  # ("Macron met Scholz and Duda … The head of state said": Macron)
        return self._latest(leaders, position)

    def _latest(self, entities: list[Entity], position: int) -> Entity | None:
        before = [(max((m for m in e.mentions if m <= position), default=-1), e) for e in entities]
        before = [pair for pair in before if pair[0] >= 0]
        return max(before, key=lambda pair: pair[0])[1] if before else None

    def _by_acronym(self, core: str) -> Entity | None:
        for entity in self.entities.bodies:
            if core in entity.aliases:
                return entity
        if 2 <= len(core) <= 6 and core.isupper() and core.isalpha():
            # "the National News Agency reported … NNA said": the initials of a body the
            # report named in full, though it never gave them in brackets
            named = [e for e in self.entities.bodies if _initials(e.speaker.name) == core]
            if len(named) == 1:
                return named[0]
        return None

    def _person(self, name: str, written: str, position: int, after_title: bool = False) -> Entity | None:
        name = LEADING_HONORIFICS.sub("", name, count=1)  # "Foreign Minister Sayyid Badr …"
        full = _trim_name(name)
        if not full and after_title and len(name.split()) >= 2 and all(w[:1].isupper() for w in name.split()):
            full = name  # "Vice-Premier He Lifeng": after a title, "He" is a name, not a pronoun
        if not full:
            # A lone surname the report never introduced ("Hayama said") is still a person,
            # by the fullest name the report gives them anywhere.
            single = name.strip()
            if " " in single or not single[:1].isupper() or single in _NOT_NAMES or country_of(single):
                return None
            full = self._full_name(single) or single
        title = " ".join(w for w in written.split() if w not in name.split()) or None
        return self.entities.person(full, position, title=title, country=first_country_in(written))

    def _by_title(self, words: list[str], position: int, written: str, indefinite: bool = False) -> Entity | None:
        """"the minister", "the vice minister": the latest person whose title has those words."""
        wanted = [w.lower() for w in words if not country_of(w)]
        # "the Chinese minister": of the holders of that title, the one from China.
        country = first_country_in(written)
        if "visiting" in wanted:
            # "the visiting minister": the one not from the country the talks were held in
            wanted.remove("visiting")
            host = self._host_country(position)
            visitors = [e for e in self.entities.people if e.speaker.title and e.speaker.country
                        and e.speaker.country != host and all(w in e.speaker.title.lower() for w in wanted
                                                              if w in TITLE_HEAD_SET)]
            if host and len(visitors) == 1:
                return visitors[0]
        for required in (wanted, [w for w in wanted if w in TITLE_HEAD_SET]):
            holders = [e for e in self.entities.people if e.speaker.title
                       and all(r in e.speaker.title.lower() for r in required)]
            if country and any(e.speaker.country == country for e in holders):
                holders = [e for e in holders if e.speaker.country == country]
            if "prime" not in wanted and any("prime" not in e.speaker.title.lower() for e in holders):
                # "the minister" is a minister, not the prime minister
                holders = [e for e in holders if "prime" not in e.speaker.title.lower()]
            if len(holders) > 1 and self.antecedents and not indefinite:
                # of two ministers, "the minister" is the one the sentence before was about
                subject = self.antecedents.of("person", position)
                if subject in holders:
                    return subject
            if holders:
                return self._title_holder(holders, position)
        if _CHAIR_WORDS.intersection(wanted):
            chair = self._who_chaired(position)
            if chair is not None:
                return chair
        # "Guterres stressed … The UN chief spoke highly of …": a title no one in the report
        # holds is whom the sentence before was about ("a senior official" is nobody named).
        if self.antecedents and not indefinite:
            subject = self.antecedents.of("person", position)
            # (not someone of another country: "China's envoy" is not Japan's prime minister)
            # (nor the minister a spokesperson speaks for: "the presidential spokesman" is
            # someone else, unnamed, unless the person before is a spokesperson)
            spokesperson = subject is not None and bool(_SPOKESPEOPLE.intersection(wanted)) \
                and bool(subject.speaker.title) and not _speaks_for_others(subject)
            if subject is not None and not _other_leader(" ".join(wanted), subject.speaker.title) \
                    and not (country and subject.speaker.country and subject.speaker.country != country) \
                    and not spokesperson:
                return subject
        # An unnamed official ("a senior official") speaks, but as no one a brief can name.
        return self.entities.unnamed(written, position)

    def _who_chaired(self, position: int) -> Entity | None:
        """"The Chair emphasised …": the person the report said chaired the meeting."""
        for match in _CHAIRED_BY.finditer(self.text, 0, position):
            after = self.text[match.end():match.end() + 80]
            found = [e for e in self.entities.people if after.startswith(e.speaker.name)]
            if found:
                return found[0]
        return None

    def _title_holder(self, holders: list[Entity], position: int) -> Entity:
        """Which of several holders of a title "the Prime Minister" means: the one who spoke
        last, else the one the report is about (mentioned most so far), else the latest."""
        if self.last_person in holders:
            return self.last_person
        mentioned = [(sum(m <= position for m in e.mentions), e) for e in holders]
        most = max(count for count, _ in mentioned)
        if most == 0:
            return holders[0]
        leaders = [e for count, e in mentioned if count == most]
        return self._latest(leaders, position) or leaders[0]

    def _body(self, core: str, position: int) -> Entity:
        owner_match = _POSSESSIVE_PREFIX.match(core)
        country = country_of(owner_match.group("owner")) if owner_match else first_country_in(core)
        if owner_match and not country:
            # "Yoon's ministry": the owner is a person; the body is the ministry they lead.
            # "Meloni's office": the office of the prime minister she is.
            leader = self._known_person_in(owner_match.group("owner"), position)
            title = (leader.speaker.title or "").lower() if leader else ""
            office = next((t for t in _LEADER_TITLES if title == t or title.endswith(" " + t)), None)
            core = core[owner_match.end():]
            if leader is None and core.lower() in ("press service", "press office"):
                # "the Kremlin's press service": the press service of that body, by its name
                return self.entities.body(f"{owner_match.group('owner')} {core}", position)
            if office and core.lower() == "office":
                return self.entities.body(f"{office}'s office", position, country=leader.speaker.country)
            ministry = _ministry_of_person(leader) if leader and core.lower() in ("office", "ministry") else None
            if ministry:  # "Cho's office" of Foreign Minister Cho: the (South Korean) foreign ministry
                return self._body(ministry, position)
            owner_match = None
        descriptor = core[owner_match.end():] if owner_match else core
        words = descriptor.lower().split()
        head = words[-1]
        if head == "government" and not country and descriptor.lower() == "government":
            # "the government said", "a Government statement": the government of the
            # report's first person with a country (a report speaks of its own government so)
            country = next((e.speaker.country for e in self.entities.people if e.speaker.country), None)
        if head == "government" and country:
            return self._government(country, position, written=descriptor)
        exact = [e for e in self.entities.bodies if e.speaker.name.lower() == descriptor.lower()]
        if exact:
            return exact[0]
        # "the finance ministry" -> "Ministry of Economy and Finance": same head, and every
        # descriptive word found in the full name.
        # (a country's adjective before a description in lower case is no modifier, but the
        # body's country if it has one: "the Qatari news agency" is Qatar News Agency; "the
        # Japanese Ministry of Finance" is a name, and names Japan's)
        described = descriptor.split()
        lower_case = all(w.islower() for w in described[1:])
        modifiers = [w.lower() for w in described[:-1] if not (lower_case and country_of(w))]
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
        if descriptor.lower() in ("ministry", "department"):
            # "the ministry said" in a report that names no ministry: the ministry of the
            # minister it named first ("Defense Minister Lee …": the defense ministry);
            # "the Department said" is that ministry where ministries are departments
            # ("Minister for Foreign Affairs Coveney …": the Department of Foreign Affairs).
            minister, ministry = next(((e, m) for e in self.entities.people if (m := _ministry_of_person(e, country))),
                                      (None, None))
            if ministry and descriptor.lower() == "department":
                # (not where ministries are not departments: India's is a Ministry of
                # External Affairs, and "the department" there is none the report names)
                home = country or minister.speaker.country
                if home and home not in _DEPARTMENT_COUNTRIES:
                    return None
                ministry = official_form(ministry).replace("Ministry of", "Department of", 1)
            if ministry:
                return self._body(ministry, position)
        return self.entities.body(official_form(core if not owner_match else descriptor), position,
                                  country=country)

    def _government(self, country: str, position: int, written: str) -> Entity:
        for entity in self.entities.bodies:
            if entity.speaker.name.lower().endswith("government") and entity.speaker.country == country:
                return entity
        # ("Malaysian Government" as written; a bare "Government" takes its country's name)
        # ("the Sri Lankan statement said": the government, not a speaker called "Sri Lankan")
        adjective = written if written[:1].isupper() and written.lower().endswith(" government") \
            else f"{adjective_of(country)} government"
        return self.entities.body(adjective, position, country=country)
