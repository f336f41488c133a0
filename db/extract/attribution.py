"""Who said it: the speaker phrase and cue next to a quote or inside a reported sentence.

Patterns, each anchored where news style puts them:
  after a quote    '"…," Choi said'   '"…," said Choi'   '"…," according to Choi'
  before a quote   'Choi said: "…"'   'According to Choi, "…"'
  reported speech  'X said (that) …'  '…, X said.'  '…, according to X.'  'X called for …'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from onrecord.db.extract.cues import CONTENT_AFTER_ONLY, CONTINUING_PARTICIPLES, CONTINUING_VERBS, CUE_PATTERN, base_cue
from onrecord.db.extract.dates import WEEKDAY_NAME
from onrecord.db.extract.entities import (
    CAPITALS,
    DOCUMENT_WORDS,
    HONORIFIC,
    ISSUER_NAME,
    ORG_HEADS,
    TITLE_HEADS,
    plausible_person,
)
from onrecord.db.extract.gazetteer import CITIES, country_of
from onrecord.db.extract.layout import Span
from onrecord.db.extract.speakers import could_be_speaker
from onrecord.db.extract.wordlist import word_pattern

_LOWER_NP_WORDS = sorted(
    {h for h in TITLE_HEADS + ORG_HEADS if " " not in h}
    | {h + "s" for h in TITLE_HEADS if " " not in h}
    | {
        "finance", "foreign", "trade", "industry", "economy", "economic", "defense",
        "defence", "energy", "environment", "joint", "senior", "top", "vice",
        "presidential", "central", "sides", "side", "of", "and", "country's", "nation's",
        "government's", "ministry's", "meeting's", "group's", "bloc's", "party's", "council's",
        "commission's", "forum's", "summit's", "conference's", "union's", "alliance's", "policy",
        "unification", "interior", "justice", "health", "science",
        "ict", "land", "agriculture", "labor", "labour", "education", "culture", "tourism",
        "prime", "national", "state", "federal", "white", "press", "news", "counterpart",
        "former", "acting", "regional", "local", "international", "bilateral", "for", "in", "visiting",
        "new", "next", "incoming", "outgoing", "current", "then", "external", "affairs",
        # documents that speak for whoever issued them: "the MEA readout said"
        "readout", "communique", "communiqué", "declaration", "announcement", "release",
        "two", "three", "both", "all", "state-run", "state-owned",
        # unnamed sources: "diplomatic sources", "informed sources", "military officials"
        "source", "sources", "diplomat", "diplomats", "diplomatic", "informed", "unnamed", "anonymous",
        "military", "intelligence",
        # particles inside personal names ("van der Laan", "de Wit", "Al Mansouri")
        "van", "der", "den", "de", "von", "al", "bin", "da", "di", "du", "le", "la",
    },
    key=len, reverse=True,
)
# (a lower-case word may be possessive: "the prime minister’s office")
# (an Arabic article joined to a name: "al-Thani", "el-Sisi")
# (an initial before a name: "External Affairs Minister S. Jaishankar"; "S. Korea" is South Korea)
_WORD_FORMS = (r"(?:[A-Z]\.){2,}|(?![NS]\.\s+(?:Korea|Africa|Sudan))[A-Z]\.(?=\s+[A-Z])|" + f"[{CAPITALS}]" + r"[\w'’\-]*|[ae]l-[A-Z][\w'’\-]*|"
               + word_pattern(_LOWER_NP_WORDS) + r"(?:['’]s)?(?![\w'’\-])"
               # an envoy's post: "High Commissioner to the UK Saida Tasneem", "Ambassador to Japan"
               r"|(?<=[a-z]\s)to(?=\s+(?:the\s+)?[A-Z])|(?<=\sto\s)the(?=\s+[A-Z])")
_WORD = rf"(?:{_WORD_FORMS})"
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e)"
# A capitalised word after a comma stays in the phrase only inside a name list that ends
# in "and ...": "the Ministry of Trade, Industry and Energy".
# (with or without a comma before the "and": "the Foreign, Commonwealth, and Development Office")
_LISTED = r",\s+(?=(?:[A-Z][\w'’\-]*\s+){0,2}[A-Z][\w'’\-]*(?:\s+and\s+|,\s+and\s+[A-Z]|,\s+[A-Z]))[A-Z][\w'’\-]*(?:,(?=\s+and\s+[A-Z]))?"


def _noun_phrase(word: str) -> str:
    """A speaker phrase of up to twelve words, each matching `word`."""
    return (
        # (no phrase opens with a preposition: "In remarks on Wednesday, Zarif said …")
        rf"(?:{_PRONOUN}|(?!(?:and|of|for|in|In|On|At|During|From|With|Under(?![\s-]*Secretary)|Amid|When|While|After|Before|As|If|Once|Although)\b)(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er)\s+)?{HONORIFIC}*(?:(?<=\s)the\s+)?{word}(?:\s+{word}|{_LISTED}){{0,11}}"
        # an acronym the report defines in passing: "the Office of the U.S. Trade Representative (USTR)",
        # or another name: "Foreign Ministry (Wisma Putra)"
        r"(?:\s*\([A-Z][A-Za-z&]{1,9}(?:\s+[A-Z][a-z]{1,12}){0,2}\))?)"
    )


NP = _noun_phrase(_WORD)
# A sentence's subject may hold "of the" inside a title ("The Special Envoy of the President
# of Russia emphasized …"); a phrase after what was said may not, or it would reach back
# over a clause ("…, Director General of the Department …, held talks with …").
# (so may a spokesperson's: "The spokesman for the Presidency", "a spokesperson for the ministry")
_AFTER_SPOKESPERSON = "|".join(rf"(?<={s}pokes{who}\s{of}\s)" for s in "Ss" for who in ("man", "woman", "person")
                               for of in ("of", "for"))
SUBJECT_NP = _noun_phrase(rf"(?:(?<=\bof\s)the(?=\s+[A-Z])|(?:{_AFTER_SPOKESPERSON})the(?=\s+[A-Za-z])|{_WORD_FORMS})")
# "Kim Hae-won, who led the talks, said ..." / "Tomoko Hayama, Japan's deputy minister, told ..."
# (one or two of them, each between commas: "Yoon, from the People Power Party, his
# country's main opposition party, said")
_APPOSITIVE = (
    r"(?:(?:,\s+(?:(?:who|which|the|a|an|[a-z]+|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s)\b[^,\"“”]{0,100}"
    # or a title and the name it goes with: "The meeting's chairman, Cook Islands Prime
    # Minister Henry Puna, said"
    rf"|(?:[A-Z][\w\-]*\s+){{0,3}}(?i:{word_pattern(TITLE_HEADS)})\s+(?P<titled>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{1,3}})(?=,)"
    # or a title phrase: "Ivan Nechayev, Deputy Director of the Press Department, said"
    rf"|(?:[A-Z][\w\-]*\s+){{0,3}}(?i:{word_pattern(TITLE_HEADS)})\b[^,\"“”]{{0,100}}"
    # or the name after a title: "The Minister of Trade, Ms Thandiwe Mokoena, says"
    # (with a particle or two inside: "Ursula von der Leyen")
    rf"|(?P<named>{HONORIFIC}*[A-Z][\w'’\-]+(?:\s+(?:[a-z]{{1,3}}\s+){{0,2}}[A-Z][\w'’\-]+){{1,3}}))(?=,)){{1,2}},)?"
)
# Or an aside between dashes, in brackets, or an age: "Holness — whose meeting … — said",
# "Lopez (pictured) said", "Lopez, 54, said" (only where a speaker opens the clause: the
# aside is slow to look for)
_APPOSITIVE_OR_ASIDE = _APPOSITIVE + r"(?:\s+[—–]\s+[^—–\"“”\n]{1,150}?\s+[—–]|\s*\([^()\"“”\n]{1,60}\)|,\s+\d{1,3},)?"
_ADVERBS = (
    r"(?:(?:also|later|further|separately|then|previously|earlier|again|repeatedly|reportedly|meanwhile|has|have|had|"
    r"(?:for|on)\s+(?:his|her|its|their)\s+part,?|in\s+(?:turn|return|response|reply),?|"
    r"once|jointly|had\s+earlier|on\s+" + WEEKDAY_NAME +
    # "Stilwell on Aug. 31 announced", "Xi specifically expressed"
    r"|on\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|[a-z]{4,}ly)\s+)*"
)
_CUE = CUE_PATTERN.pattern
# Short phrases between a cue and the end of a sentence: "in a statement", "on Monday".
_TAIL = (
    r"(?:\s+(?:(?:in|at|on|during|after|before|via|through|to|while|when|by|ahead\s+of|following)\b[^\"“”]{0,80}?"
    rf"|(?:{WEEKDAY_NAME}|today|yesterday|earlier|later)\b[^\"“”]{{0,60}}?"
    r"|(?:issued|released|published|posted|carried|seen)\b[^\"“”]{0,80}?))?"
)
# Where the sentence ends after the speaker, the when and where may run longer: "…, said
# Chancellor Olaf Scholz on Saturday evening after a meeting with Argentine President Alberto
# Ángel Fernández in Buenos Aires."
_CLOSING_TAIL = _TAIL.replace("{0,80}", "{0,160}")


@dataclass(frozen=True)
class Attribution:
    speaker: str
    speaker_start: int
    cue: str | None  # None: a verb outside the cue list ('"…," elaborated Arrmanatha.')


# The phrase pattern takes "of", "in" and "and" inside names ("Ministry of Trade"); at the
# end of a phrase they begin what follows it ('said Ruto in the statement').
_TRAILING_CONNECTOR = re.compile(r"(?:\s+(?:of|in|for|and|the|to|at|on))+$")


def trimmed(phrase: str) -> str:
    return _TRAILING_CONNECTOR.sub("", phrase)


def _aside_name(match: re.Match) -> str | None:
    """The group of an aside that names who speaks ("The Minister of Trade, Ms Thandiwe
    Mokoena, says"), unless it names a place ("The Ministry of External Affairs, New Delhi,
    said")."""
    if "named" not in match.re.groupindex:
        return None  # (most patterns have no aside)
    group = "named" if match.group("named") else "titled" if match.group("titled") else None
    if group is None:
        return None
    name = match.group(group)
    return None if country_of(name) or name in CITIES else group


def _attribution(match: re.Match, offset: int) -> Attribution:
    named = _aside_name(match) or "np"
    return Attribution(trimmed(match.group(named)), offset + match.start(named), base_cue(match.group("cue")))


# A speaker phrase that may name who issued it: "a statement from Singapore's Ministry of …"
# (an issuer's name may hold "of the": "an announcement by the Office of the President")
_NP_WITH_ISSUER = rf"{NP}(?:\s+(?:from|by|issued\s+by)\s+(?:(?:the\s+)?{ISSUER_NAME}(?=[\s,.;])|{NP}))?"
# ('"…," Wang, who is also a state councilor, said')
_AFTER_NP_CUE = re.compile(rf"^\s*[,;—–-]?\s*(?P<np>{NP})(?:,\s+who\s+[^,\"“”]{{1,80}},)?\s+{_ADVERBS}(?P<cue>{_CUE})\b")
# ('"…," Cho Min-ho, foreign ministry spokesman, told reporters', '"…," Reid — a veteran —
# said': a title or an aside between; slower, so tried only where the plain one fails)
_AFTER_NP_ASIDE_CUE = re.compile(rf"^\s*[,;—–-]?\s*(?P<np>{NP}){_APPOSITIVE_OR_ASIDE}\s+{_ADVERBS}(?P<cue>{_CUE})\b")
# (the document may name who issued it: '"…," said a statement from Singapore's Ministry of …')
# The cues a report puts before the speaker's name: '"…," said Olmert', '"…," warned Baerbock'.
_INVERTED_CUES = ("said", "says", "added", "adds", "continued", "stated", "noted", "explained", "stressed",
                  "insisted", "emphasized", "emphasised", "argued", "warned", "recalled", "remarked")
_AFTER_CUE_NP = re.compile(rf"^\s*[,;—–-]?\s*(?P<cue>{'|'.join((*_INVERTED_CUES, 'according to', 'wrote', 'asked'))})\s+"
                           rf"(?P<np>{_NP_WITH_ISSUER})")


# A verb outside the cue list, when the sentence ends with it and its subject:
# '"…," elaborated Arrmanatha.', '"…," the spokesman quipped.' The cue is left unsaid.
_AFTER_OTHER_VERB = (
    re.compile(rf"^\s*,?\s*[a-z]{{3,}}ed\s+(?P<np>{NP}){_TAIL}\s*[.!?](?=\s|$)"),
    re.compile(rf"^\s*,?\s*(?P<np>{NP})\s+[a-z]{{3,}}ed{_TAIL}\s*[.!?](?=\s|$)"),
    # '"…," the statement read.': a document's words
    # ('"…," it read.' is left out: "it" may be a sign or a banner)
    re.compile(r"^\s*,?\s*(?P<np>(?:the|a|its|their)\s+(?:[\w\-]+\s+){0,3}?(?:statement|readout|release|letter|post"
               r"|message|communiqu[eé]|tweet|note))\s+reads?\s*[.!?](?=\s|$)"),
)


# '"…," Yoon was quoted as telling the Saudi minister': Yoon said it, whoever reports it.
_AFTER_QUOTED_AS = re.compile(rf"^\s*[,;—–-]?\s*(?P<np>{NP})\s+(?:was|is|has\s+been)\s+quoted\s+as\s+(?P<cue>saying|telling)\b")
# '"…," the Foreign Ministry quoted Lopez as saying', '"…," Xinhua quoted Wang as telling …'
_AFTER_SOURCE_QUOTED = re.compile(rf"^\s*[,;—–-]?\s*{NP}\s+(?:also\s+)?quoted\s+(?P<np>{NP})\s+as\s+(?P<cue>saying|telling)\b")


# The sentence after a quote that says who said it: "‘…’. Foreign Minister Antonio Tajani
# wrote this on social media", "… .” The minister said this at a briefing".
_SAID_THIS_AFTER = re.compile(rf"\s*[.!?]?\s+(?P<np>{NP})\s+(?P<cue>wrote|said|posted|stated)\s+(?:this|these\s+words)\b")


def said_this_after(text: str, start: int, end: int) -> Attribution | None:
    """The attribution in the sentence after a quote, as 'X wrote this', if that is how it
    goes on."""
    match = _SAID_THIS_AFTER.match(text, start, end)
    return _attribution(match, 0) if match else None


def after_quote(text: str, start: int, end: int) -> Attribution | None:
    """The attribution that follows a quote's closing mark, if any."""
    segment = text[start:end]
    quoted_by = (_AFTER_SOURCE_QUOTED,) if " quoted " in segment[:160] else ()
    near = segment[2:60]
    aside = (_AFTER_NP_ASIDE_CUE,) if ("," in near or "—" in near or "–" in near or "(" in near) \
        and CUE_PATTERN.search(segment, 0, 200) else ()
    for pattern in (_AFTER_QUOTED_AS, *quoted_by, _AFTER_NP_CUE, _AFTER_CUE_NP, *aside):
        match = pattern.match(segment)
        if match and not _is_pronoun_cue_mismatch(match):
            return _attribution(match, start)
    for pattern in _AFTER_OTHER_VERB:
        match = pattern.match(segment)
        if match:
            return Attribution(trimmed(match.group("np")), start + match.start("np"), None)
    return None


# Between the cue and the quote: who was told, and a short phrase ("in a speech"), but
# never a clause of its own (`said that China was willing to "…"` is reported speech
# with a quoted fragment, not a quote).
def _before_quote(aside: str = "") -> re.Pattern:
    """Who spoke, and the cue, right before a quote; `aside` is what may stand between the
    speaker and the cue."""
    return re.compile(
        # (an aside between dashes may stand before it: "On trade - which he did not name - Lee said: "…"")
        rf"(?:^\s*|[,;.]\s+|\s[-–—]\s+|^[^\"“”]{{0,60}},\s+)(?P<np>{NP}){aside}\s+{_ADVERBS}(?P<cue>{_CUE})\b"
        rf"(?:\s+(?:reporters|journalists|the press|lawmakers|him|her|them|[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,4}}"
        # "told a news briefing (that day) at …"
        # ("told a joint press conference with Mitsotakis: "…"")
        r"|(?:a|the|his|her)\s+(?:joint\s+)?(?:news\s+|press\s+|regular\s+)?(?:briefing|conference|meeting)(?:\s+that\s+day)?))?"
        rf"(?:\s+(?:in|at|on|during|after|before|via|through|to|while|when|by|with)\b(?:(?!\bthat\b)[^\"“”,:]){{0,60}}?)?"
        rf"\s*(?:,?\s*that\s*|[:,]\s*)?$"
    )


_BEFORE = _before_quote()
_CUE_REACH = 80  # how far before a quote its cue may stand ("said on Tuesday at a news briefing: "…")
# ("Liu Jianchao, spokesman of the Chinese foreign ministry, said, "…"": tried only where
# two commas stand, as the aside is slow to look for)
_BEFORE_WITH_ASIDE = _before_quote(_APPOSITIVE)
# '"A," said Olmert, "B."': between the two halves of a split quote, the cue before the name.
_HALVES_CUES = (*_INVERTED_CUES, "states")
_BETWEEN_HALVES = re.compile(rf"^[\s,]*(?P<cue>{'|'.join(_HALVES_CUES)})\s+(?P<np>{NP}),\s*$")
_HALVES_STARTS = tuple(f"{cue} " for cue in _HALVES_CUES)
_BEFORE_ACCORDING = re.compile(rf"(?:^|\s)(?P<cue>[Aa]ccording to)\s+(?P<np>him|her|them|{NP}),\s*$")


def _before_patterns(segment: str):
    """The patterns to try before a quote, the costlier ones only where they can match."""
    if segment.lstrip(" ,").startswith(_HALVES_STARTS):
        yield _BETWEEN_HALVES
    yield _BEFORE_ACCORDING
    yield _BEFORE
    if segment.count(",") >= 2 and CUE_PATTERN.search(segment, max(0, len(segment) - _CUE_REACH)):
        yield _BEFORE_WITH_ASIDE


def before_quote(text: str, start: int, end: int) -> Attribution | None:
    """The attribution that introduces a quote ('Choi said: "…"'), if any."""
    segment = text[start:end]
    for pattern in _before_patterns(segment):
        match = pattern.search(segment)
        if not match:
            continue
        # Words between the cue and the quote must hand over to it: 'said: "', 'told
        # reporters, "', 'said that "'. 'urged Tokyo to "…"' quotes a fragment.
        between = segment[match.end("cue"):].strip()
        if between and not (between.endswith((":", ",")) or between.endswith(" that") or between == "that"):
            continue
        after_phrase = segment[max(match.end("cue"), match.end("np")):].strip()
        if "," in after_phrase[:-1] or CUE_PATTERN.search(segment, match.end("np"), match.start("cue")):
            # "called for A, saying that "…"" (and "X, for his part, called for A, saying"):
            # A was said first, the quote after it
            continue
        return _attribution(match, start)
    return None


# 'Yoon congratulated Trump, saying, "…"' and '"…," adding, "…"': a participle hands the
# quote to the sentence's subject.
_PARTICIPLE_LEAD = re.compile(
    r"(?:^|[,;]\s*|\s)(?P<cue>saying|adding|noting|stressing|stating|emphasizing|emphasising|underlining|affirming"
    # "… pointed to a recent visit, and said, "…"": the sentence's subject said it
    # ("… did not divulge any details, but said, "…"")
    r"|(?<=and\s|but\s)(?:also\s+)?(?:said|added|stressed|noted))"
    r"(?:\s*[,:]|\s+that)?\s*$")
_QUOTED_AS = re.compile(rf"\b(?:quoted|quotes|quoting|cited|cites)\s+(?P<np>{NP})\s+as\s+saying\s*[,:]?\s*$")
_SENTENCE_SUBJECT = re.compile(
    # (an opening clause before the subject; a participle's may be long: "Asked if Kim would be
    # willing to continue his contact with the US, Putin said …")
    rf"(?:(?:Asked|[A-Z][a-z]+ing)\b[^\"“”,]{{0,100}},\s+|[A-Z][^\"“”,]{{0,60}},\s+)?(?P<np>{NP})"
    # "The spokesman, meantime, pointed to …"
    r"(?:,\s+(?:meantime|meanwhile|however|too|in\s+turn|for\s+(?:his|her|its|their)\s+part),)?"
    rf"\s+{_ADVERBS}[a-z]+")


def participle_lead(text: str, clause_start: int, quote_start: int) -> int | None:
    """Where a participle that hands a quote over starts (", adding that "…""), if one does."""
    lead = _PARTICIPLE_LEAD.search(text, clause_start, quote_start)
    return lead.start() if lead else None


def participle_attribution(text: str, sentence_start: int, clause_start: int, quote_start: int,
                           previous: Attribution | None) -> Attribution | None:
    """The speaker of a quote that a participle introduces: whoever the sentence's quote
    before was by (`previous`), else the sentence's subject."""
    lead = _PARTICIPLE_LEAD.search(text, clause_start, quote_start)
    if not lead:
        return None
    cue = base_cue(lead.group("cue").split()[-1])
    quoting = _QUOTED_AS.search(text, clause_start, lead.end())
    if quoting:  # 'Xinhua quoted Xi as saying, "…"': Xi said it
        return Attribution(trimmed(quoting.group("np")), quoting.start("np"), cue)
    if previous is not None:
        return Attribution(previous.speaker, previous.speaker_start, cue)
    subject = _SENTENCE_SUBJECT.match(text, sentence_start, lead.start())
    if subject and could_be_speaker(subject.group("np")):
        return Attribution(trimmed(subject.group("np")), subject.start("np"), cue)
    return None


# "Cavusoglu responded to a question about the envoy:" closing the paragraph above a quote:
# the sentence's subject and its cue.
_SUBJECT_AND_CUE = re.compile(rf"(?:[A-Z][^\"“”,]{{0,60}},\s+)?(?P<np>{NP})\s+{_ADVERBS}(?P<cue>{_CUE})\b[^\"“”]*:\s*$")


def introduced_above(text: str, sentence: Span, end: int) -> Attribution | None:
    """Who speaks in a quote that opens the paragraph after one ending in a colon: the
    sentence before the colon (text[sentence.start:end]) names them, with a cue ("X said:",
    "…, saying:", "X responded to a question about Y:")."""
    found = before_quote(text, sentence.start, end) \
        or participle_attribution(text, sentence.start, sentence.start, end, None)
    if found:
        return found
    subject = _SUBJECT_AND_CUE.match(text, sentence.start, end)
    if subject and could_be_speaker(subject.group("np")):
        return _attribution(subject, 0)
    return None


def _is_pronoun_cue_mismatch(match: re.Match) -> bool:
    # "it said" after a quote is fine; "it added" too. Nothing to reject yet, but keep the
    # hook so that stance verbs used as plain verbs ("warning signs") do not attribute.
    return match.group("cue").lower() in {"warning", "claims", "states", "remarks", "highlights"}


@dataclass(frozen=True)
class Reported:
    """A reported-speech sentence: the content span, who, and the cue."""

    content_start: int
    content_end: int
    attribution: Attribution


_END = r"[\s.!?]*$"
# What an unnamed source is: "an official familiar with the planning", "a diplomat at the talks".
_SOURCE_MODIFIER = (r"(?:(?:(?<=official)|(?<=officials)|(?<=source)|(?<=[Ss]ources)|(?<=diplomat)|(?<=[Dd]iplomats)|(?<=Officials))"
                    r"\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of|involved\s+in|at|in|from)"
                    r"\s+[^,\"“”]{1,60}?)?")
# ("…, according to the ministry official, who added that it was their first meeting")
_WHO_ADDED = r",\s+who\s+(?:also\s+)?(?P<who_verb>added|said|noted|stressed)\b\s*(?:that\s+)?(?P<who_said>.+?)"
_CONTENT_THEN_ACCORDING = re.compile(rf"^(?P<content>.+?),\s+(?P<cue>according to)\s+(?P<np>{_NP_WITH_ISSUER}){_SOURCE_MODIFIER}{_TAIL}"
                                     rf"(?:{_WHO_ADDED})?{_END}")


def _who_added(match: re.Match, offset: int, attribution: Attribution) -> list[Reported]:
    """"…, according to the official, who added that X": the source said X too (the match
    is _CONTENT_THEN_ACCORDING's, on the text from `offset`)."""
    said = match.group("who_said")
    if not said or len(said.split()) < 3:
        return []
    cue = base_cue(match.group("who_verb"))
    return [Reported(offset + match.start("who_said"), offset + match.end("who_said"), replace(attribution, cue=cue))]
_ACCORDING_THEN_CONTENT = re.compile(
    rf"^(?:(?:But|And|Yet|However|Meanwhile),?\s+)?(?P<cue>[Aa]ccording to)\s+(?P<np>him|her|them|{_NP_WITH_ISSUER}"
    # (or any source up to the comma: "According to a joint statement released after the
    # dialogue, …", "According to Der Spiegel newsmagazine, …")
    r"|[^,;\"“”]{2,90}?)"
    # "According to Seoul's foreign ministry on Friday, …"
    rf"(?:\s+(?:on|late|early|last)\s+(?:{WEEKDAY_NAME}|week|night))?"
    # "According to WAM, the Emirati state news agency, he said that …": what the source is
    r"(?:,\s+(?:the|a|an|its)\s+(?:[\w'’\-]+\s+){0,4}(?:agency|newspaper|daily|broadcaster|outlet|channel|television))?"
    rf",\s+(?P<content>.+?){_END}")
# Whom someone told, after what they said: "…, Choi told reporters.", "…, he told the
# Yonhap news agency on Monday." (a whole clause after "told" is speech, not its audience).
_TOLD_AFTER = (r"(?:reporters|journalists|the\s+press|lawmakers|parliament|him|her|them"
               r"|(?:the\s+|a\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}(?:\s+(?:news\s+)?(?:agency|newspaper|daily|television|radio))?"
               r"|(?:the|his|her|their|its|a|an)\s+(?:[a-z'’\-]+\s+){0,3}[a-z'’\-]+)")
# A title after the name that no comma closes: "…, Ivan Petrov, deputy head of the press
# department said at a briefing."
_OPEN_APPOSITIVE = rf"(?:,\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){{0,3}}(?i:{word_pattern(TITLE_HEADS)})\b[^,\"“”]{{0,100}}?(?=\s+(?:said|stated|told|added)\b))?"
# A wire's tag after the attribution: "…, the spokeswoman said, Trend reports."
_AGENCY_TAG = r"(?:,\s+(?:[A-Z][\w\-]*\s+){1,3}(?:reports|reported|said|says)\b[^\"“”]{0,80}?)?"
_CONTENT_THEN_NP_CUE = re.compile(
    rf"^(?P<content>.+?),[\"”’]?\s+(?P<np>{NP}){_SOURCE_MODIFIER}{_APPOSITIVE}{_OPEN_APPOSITIVE}\s+{_ADVERBS}(?P<cue>said|says|added|adds|noted|notes|stressed|explained|stated|wrote|told\s+{_TOLD_AFTER}|emphasized|emphasised|insisted|argued|confirmed|warned|acknowledged|claimed|predicted"
    # stance verbs at the end of the sentence report what came before: "…, he urged."
    rf"|(?:urged|pledged|vowed|reiterated|suggested|proposed|promised|recalled|replied|answered)(?={_END})"
    # "…, Mirzoyan announced in the Parliament Wednesday."
    rf"|announced(?={_TAIL}{_END})){_TAIL}"
    # '"Controversy" was likely, Merkel said, adding her main goal was …'
    rf"(?P<more>,\s+(?:adding|noting|saying|stressing|urging|warning|emphasizing|emphasising|explaining)\b.+?)?{_AGENCY_TAG}"
    # an aside after a dash is the reporter's: "…, the Foreign Office said – though a …";
    # so is one after a comma: "…, the official said, without elaborating", "…, the
    # ministry said, in a veiled reference to China"
    # ("…, the State Department said, before traveling to Rio")
    rf"(?:\s+[–—]\s+[^\"“”]+?|,\s+(?:without|in\s+an?|before|after)\s[^\"“”]{{0,100}}?)?{_END}"
)
_CONTENT_THEN_DOCUMENT = re.compile(
    rf"^(?P<content>.+?),\s+(?P<np>(?:a|an|the|its|their)\s+(?:official\s+|formal\s+|separate\s+|written\s+)?(?:[A-Z][\w'’.\-]*\s+){{0,4}}(?:joint\s+)?"
    rf"(?:{word_pattern(DOCUMENT_WORDS)})"
    r"(?:\s+(?:from|by|issued\s+by)\s+(?:the\s+)?(?:[A-Z][\w'’.\-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’.\-]*){0,5}"
    # ("a statement from the Indian foreign ministry said")
    r"|(?:[A-Z][\w'’.\-]*\s+)?(?:[a-z'’]+\s+){0,2}(?:ministry|office|department|government|embassy|presidency))"
    r"(?:\s*\([A-Z][A-Za-z&]{1,9}\))?)?)"  # "… from the Ministry of External Affairs (MEA)"
    rf"\s+(?P<cue>said|says|stated|added){_TAIL}{_END}")
# "PM Modi and President Obama, he said, were together …": the attribution in the middle.
# Who may speak in the middle of a sentence with "the" alone: "the ministry", "the official".
_PARENTHETICAL_HEADS = word_pattern({h for h in TITLE_HEADS + ORG_HEADS if " " not in h} | set(DOCUMENT_WORDS)
                                    | {"spokesman", "spokeswoman", "spokesperson", "official"})
_PARENTHETICAL = re.compile(
    # ("The meeting, the DFA said, was …", "The talks, the ministry said, …"; where it was
    # said is no subject: "In his statement, the minister said, both sides …")
    rf"^(?!(?:In|At|During)\s+(?:his|her|its|their|the|a|an)\s)(?P<content>[^,\"“”]+?,\s+(?P<np>{_PRONOUN}|(?:the\s+)?[A-Z][\w'’\-]+(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’\-]+){{0,4}}"
    rf"|the\s+(?i:{_PARENTHETICAL_HEADS}))"
    rf"\s+(?P<cue>said|says|added|noted),\s+[^\"“”]+?){_END}")
# "The phone call, according to a statement from the Royal Court, focused on …": the
# whole sentence is the source's account.
_ACCORDING_INSIDE = re.compile(
    rf"^(?!(?:But|And|Yet|However|Meanwhile)\b)(?P<content>[^,\"“”]+?,\s+(?P<cue>according to)\s+(?P<np>{_NP_WITH_ISSUER}),\s+[a-z][^\"“”]*?){_END}")
_CONTENT_THEN_CUE_NP = re.compile(
    rf"^(?P<content>.+?),\s+(?P<cue>said|says|added|noted|stated)\s+(?P<np>{NP}){_CLOSING_TAIL}"
    # "…, said a US official who briefed reporters on condition of anonymity."
    rf"(?:,?\s+who\s+[^,;\"“”]{{1,100}}?(?={_END}))?"
    # "…, said the Ministry, adding the JCM was preceded by …"
    rf"(?:(?P<more>,\s+(?:adding|noting|saying|stressing|explaining)\b.+?)|(?:,[^\"“”]{{0,120}}))?{_END}"
)
# Whom someone told: "reporters", "Yonhap", "his American counterpart".
_TOLD_WHOM = (
    # "the Malaysian prime minister that …" before "the Malaysian" alone
    # (no verb inside: "told the audience the agreement was a deal that …" told the audience)
    # ("told a press conference after the meeting that …")
    r"(?:(?:the|his|her|their|its|a|an)\s+(?:(?:(?<=who\s)|(?<=which\s)|(?!(?:was|is|are|were|has|had|have|would|will|could|can|did|does)\s))"
    r"[A-Za-z'’\-]+\s+){0,6}?"
    r"[a-z'’\-]+(?=\s+(?:afterwards\s+|later\s+|separately\s+)?that\b)"
    # or longer, up to its "that", when it ends in a name or a place: "his visiting Sri Lankan
    # counterpart G L Peiris that …", "the inaugural session of the 8th Joint Economic
    # Commission in Islamabad that …" (no clause inside: "… where he once taught that …")
    r"|(?:the|his|her|their|its|a|an)\s+(?:(?!(?:he|she|they|it|we|I|who|which|where|when|that|was|is|are|were|has|had"
    r"|have|would|will|could|can|did|does)\s)[A-Za-z0-9'’\-]+\s+){0,14}?[A-Z][\w'’\-]*(?=\s+that\b)"
    # ("told the Yonhap news agency the talks went well")
    r"|reporters|journalists|the press|lawmakers|him|her|them|(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,4}"
    r"(?:\s+(?:news\s+)?(?:agency|newspaper|daily|television|radio))?)"
)
# "Merkel said Saturday she expected ...": when the words were said, not what.
_WHEN = (rf"(?:(?:on\s+|this\s+)?(?:{WEEKDAY_NAME}|today|yesterday)"
         r"(?:\s+(?:morning|afternoon|evening|night))?|this\s+(?:morning|afternoon|evening|week)),?")
# "Anwar in a statement on his Facebook page said ...": where the words were said.
# ("ADB President Masatsugu Asakawa at a press conference announced …")
_IN_A_STATEMENT = (r"(?:,?\s+(?:in|at)\s+(?:a|an|his|her|its|their|the)\s+(?:\w+\s+)?(?:statement|post|message|tweet|interview|speech|letter|briefing|conference)"
                   r"(?:\s+(?:on|to|with|at|posted on)\s+[^,\"“”]{1,40}?)?(?:\s+(?:today|yesterday))?,?)?")
# Where it was said, between the cue and what was said: "reiterated in a Facebook post his
# government's position".
# (or between commas: "said, in a written statement, that …")
_WHERE_SAID = (r"(?:(?P<where_comma>,)?\s+in\s+(?:a|an|his|her|its|their|the)\s+(?:\w+\s+)?(?:statement|post|message|tweet|interview"
               r"|speech|letter|briefing)(?:\s+on\s+[A-Z]\w*)?(?(where_comma),(?=\s+that\b)|(?=\s)))?")
_FROM_A_SIDE = r"(?:\s+from\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}(?=\s+[a-z]))?"
# "He said, in many cases the results have exceeded expectations": a house style that puts a
# comma where "that" would stand; not before an aside ("said, in a statement, that …",
# "said, on Monday, …", "said, alongside his counterpart, …"), nor before a participle,
# adverb or conjunction that opens a clause of the speaker's own ("said, adding that …"),
# nor inside a phrase ("at a time, he said, of few …").
_SAID_COMMA = (r",(?=\s+(?!(?:in|at)\s+(?:a|an|his|her|its|their|the)\s|according\s+to\b"
               r"|(?:while|but|and|or|as|when|before|after|however|though|although|if|because|of|for|to|with|by|from|on"
               r"|alongside|also|too|meanwhile|moreover|separately|earlier|later|again|then|therefore|instead"
               r"|during|amid|despite|under)\b"
               r"|[a-z]+ing\b)[\w’'])")
# An aside between the cue and "that": "said, alongside his counterpart, that …".
_ASIDE_BEFORE_THAT = r"(?:,\s+(?:alongside|during|after|before|amid|with|at|in|on)\s+[^,\"“”]{1,50},(?=\s+that\b))?"
# A list's bullets; a dash opening a sentence is one too (LIST_DASHES), but not after a cue,
# where it opens an aside.
BULLETS = "*•▪°○◦●■►▶➢"  # (Korea's foreign ministry opens its readout's points with "°")
LIST_DASHES = "-–"
# "During the meeting President Putin asserted …": a page that puts no comma after it
_AT_THE_MEETING = r"(?:During|At|In)\s+the\s+(?:[\w\-]+\s+)?(?:meeting|talks|call|conversation|discussions?)\s+(?=[A-Z])"
# "Pezeshkian while meeting with Iraqi Prime Minister al-Sudani on Tuesday said that …": what
# the speaker was doing, between the speaker and the cue (no comma, no quote, no cue in it).
_WHILE_DOING = r"(?:\s+(?:while|when|after|before)\s+[a-z]+ing\b(?:(?!\b(?:said|told|stated|who|which|that)\b)[^,;\"“”]){0,80}?(?=\s+(?:said|told|stated)\b))?"
_NP_CUE_THEN_CONTENT = re.compile(
    # ("Sources in the Indian government said", "Kim Kye-gwan from the DPRK told reporters")
    # (a list's bullet before it: "- Prime Minister Singh stated that …")
    rf"^(?:[{LIST_DASHES}{BULLETS}]\s+)?(?:(?:But|And|Yet|So)\s+)?(?P<intro>[A-Z][^\"“”]{{0,120}}?,\s+(?:(?:but|while|whereas)\s+)?|{_AT_THE_MEETING})??(?P<np>{SUBJECT_NP}){_SOURCE_MODIFIER}{_FROM_A_SIDE}"
    rf"{_APPOSITIVE_OR_ASIDE}{_IN_A_STATEMENT}{_WHILE_DOING}\s+{_ADVERBS}(?P<cue>{_CUE})\b"
    rf"(?P<object>(?<=told)\s+{_TOLD_WHOM})?(?:\s+(?:afterwards?|later|separately|earlier))?"
    rf"(?:{_TAIL}(?=\s+that\b))?(?:\s+{_WHEN}(?=\s))?(?:{_TAIL}(?=\s+that\b))?{_WHERE_SAID}{_ASIDE_BEFORE_THAT}(?:\s+that|:|{_SAID_COMMA})?\s+(?P<content>.+?){_END}"
)


# A second statement by the same speaker inside one sentence: "..., adding that X",
# "... and stressed that X".
_CONTINUATION = re.compile(
    # (the comma may sit inside a closing quote mark: 'called it "significant," noting that')
    # (", while urging the UN to …": a participle after "while" too)
    rf"(?:,[\"”]?\s+(?:while\s+)?(?P<participle>{word_pattern(CONTINUING_PARTICIPLES)})"
    rf"|,?\s+(?:and|but)\s+(?:also\s+)?(?P<verb>{word_pattern(CONTINUING_VERBS)})"
    r")\b(?:\s+(?:in|at|on|to)\s+[^,\"“”]{1,40}?(?=\s+that\b))?(?:\s+that)?\s+"
)


def continuations(text: str, start: int, end: int, attribution: Attribution) -> tuple[int, list[Reported]]:
    """Split text[start:end] at continuation cues.

    Returns where the first part ends and a Reported for each continuation, attributed
    to the same speaker with the continuation's own cue.
    """
    found = list(_CONTINUATION.finditer(text, start, end))
    if not found:
        return end, []
    parts = []
    for index, match in enumerate(found):
        part_end = found[index + 1].start() if index + 1 < len(found) else end
        while part_end > match.end() and text[part_end - 1] in " ,;:.":
            part_end -= 1
        cue = base_cue(match.group("participle") or match.group("verb"))
        # ", expressing his confidence that X": X was said
        lead_in = _LEADING_THAT.match(text, match.end(), part_end)
        part_start = lead_in.end() if lead_in else match.end()
        if len(text[part_start:part_end].split()) >= 3:
            parts.append(Reported(part_start, part_end, Attribution(attribution.speaker, attribution.speaker_start, cue)))
    first_end = found[0].start()
    return first_end, parts


# "X welcomed the plan, saying that ...", "X called the summit "historic" and said ...":
# the sentence's own verb is not a cue, but what follows it is. (No "^": it is matched at a
# sentence's offset in the whole text, where "^" would never match.)
_NP_VERB_THEN_CONTINUATION = re.compile(
    rf"(?:(?:During|In|On|At|After|Before|Meeting|With)\b[^\"“”,]{{0,60}}(?:,\s+[A-Z][^\"“”,]{{0,40}})?,\s+)?"
    rf"(?P<np>{NP}){_APPOSITIVE}\s+(?:also\s+|later\s+|then\s+|further\s+|meanwhile\s+)?(?P<verb>[a-z]+ed|[a-z]+s|met|held|spoke|had|made|gave|took)\b")
# "In a joint statement, the two leaders pledged ...": the statement speaks for them.
_STATEMENT_INTRO = re.compile(r"^In\s+(?:a|an|the|their|its)\s+(?P<statement>(?:joint\s+)?(?:statement|communiqu[eé]|declaration))\b", re.I)


# "Noting that X, the minister said Y": X is said by whoever the rest of the sentence names.
_LEADING_PARTICIPLE = re.compile(
    r"(?P<cue>Noting|Adding|Stressing|Emphasizing|Emphasising|Saying|Reiterating|Warning)\s+that\s+")


_PARTICIPLE_WORDS = ("Noting", "Adding", "Stressing", "Emphasi", "Saying", "Reiterating", "Warning")


def _after_participle(text: str, start: int, end: int) -> list[Reported]:
    """"Noting that X, S said Y": X and Y, both said by S, when the sentence opens so."""
    if not text.startswith(_PARTICIPLE_WORDS, start):
        return []  # most sentences: no pattern to try
    opening = _LEADING_PARTICIPLE.match(text, start, end)
    if not opening:
        return []
    for comma in re.finditer(r",\s+|\s+[—–]\s+", text[opening.end():end]):
        rest = opening.end() + comma.end()
        main = _reported(text, rest, end)
        if main and main[0].content_start > rest and could_be_speaker(main[0].attribution.speaker):
            content_end = opening.end() + comma.start()
            if len(text[opening.end():content_end].split()) < 3:
                return main
            first = main[0].attribution
            cue = base_cue(opening.group("cue").lower())
            return [Reported(opening.end(), content_end, Attribution(first.speaker, first.speaker_start, cue)), *main]
    return []


def reported_in(text: str, start: int, end: int) -> list[Reported]:
    """Reported speech in the sentence text[start:end]: the statements, possibly none."""
    found = _after_participle(text, start, end) or _reported(text, start, end)
    if found:
        return found
    verb = _NP_VERB_THEN_CONTINUATION.match(text, start, end)
    if verb and base_cue_or_none(verb.group("verb")) is None:
        # (matched in the whole text: its offsets are the text's)
        group = _aside_name(verb) or "np"  # (the name in an aside, as for any other pattern)
        attribution = Attribution(verb.group(group), verb.start(group), "said")
        return continuations(text, verb.end(), end, attribution)[1]
    return []


_PLURAL_PRONOUNS = {"they", "we"}
# What two sides settle or stand for together, told as "they …"
_JOINT_OUTCOME_CUES = {"agreed", "reiterated", "stressed", "expressed", "affirmed", "underscored", "emphasized",
                       "welcomed", "highlighted", "insisted", "called for", "urged", "pledged", "vowed", "confirmed"}
_ENDS_IN_AND = re.compile(r"\s(?:and|but)$")
# The people at a meeting, speaking as one: "both officials", "the two presidents", "the
# presidents of Chile and Argentina" (a number, "both", or a plural of those who meet).
_PEOPLE_TOGETHER = re.compile(
    r"\b(?:both|two|three|four|five|presidents|leaders|ministers|premiers|heads|counterparts|sides|delegations)\b",
    re.I)


# Those sent to a meeting, who agree and pledge as a side: "the envoys agreed to meet again".
_DELEGATES = ("officials", "envoys", "delegates", "delegations", "negotiators", "representatives")


def tells_a_meeting_outcome(written: str, cue: str) -> bool:
    """Whether "X <cue> …" tells what a meeting settled rather than what someone said: the
    people who met, together ("both presidents agreed"), or "they" with a cue of joint
    outcome ("they reiterated …"; "they said …" is still speech)."""
    lowered = written.strip().lower()
    return bool(_PEOPLE_TOGETHER.search(written)) or (cue in _JOINT_OUTCOME_CUES and (
        lowered in _PLURAL_PRONOUNS or lowered.endswith(_DELEGATES)))
_SPEECH_VERBS = {"said", "told", "added", "stated", "noted", "explained"}
_LEADING_THAT = re.compile(
    r"that,?\s+|(?:A|Answer)\s*:\s+"
    # "expressed (his) confidence that X", "said this week that X", "responded by saying X":
    # what was said is X (the annotation guide's "after 'that'").
    r"|(?:(?:his|her|their|its|the|full|deep|strong)\s+)*(?:confidence|hope|belief|view|conviction|readiness"
    r"|willingness|satisfaction|concerns?|regret|wish|assurance|appreciation|understanding|optimism|expectations?)\s+that,?\s+"
    r"|(?:this|last|next)\s+week\s+that\s+"
    # "responded by saying X", "responded by expressing his appreciation for X"
    r"|by\s+(?:saying|expressing|stressing|noting|reiterating|emphasi[sz]ing)(?:\s+that)?\s+"
    # a list's bullet: "* Macron and Xi agreed …, the Elysee said"
    rf"|[{BULLETS}]\s+"
    # a note on the time: "said on Tuesday (Wednesday AEST) he was launching …"
    r"|\([A-Z][^()\"“”]{1,30}\)\s+(?:that\s+)?"
    # an aside between dashes: "said – and this matters – that X"
    r"|[–—]\s+[^–—\"“”]{1,80}?\s+[–—]\s+(?:that,?\s+)?"
    # "stressed on the need for …" (the preposition is the verb's, not what was said)
    r"|on\s+(?=the\s+(?:need|importance|significance)\b)")


# Someone welcomed to a place: "Secretary of State Rubio to Japan", "Minister Mahuta to Australia".
_WELCOMED_TO_A_PLACE = re.compile(r"(?:(?:[A-Z][\w'’.\-]*|of|the)\s+){1,8}to\s+(?:the\s+)?[A-Z]"
                                  # ("welcomed his new Greek counterpart to Berlin")
                                  r"|(?:his|her|their|its|the)\s+(?:(?!(?:of|from|for|with)\b)[\w\-]+\s+){0,3}(?:counterparts?|guests?|delegations?"
                                  r"|visitors?)\s+to\s+(?:the\s+)?[A-Z]")
# "agreed with Kenya that it was important …": what was agreed follows the "that"
# (no preposition inside: in "agreed with Kenyatta on new measures that would cut tariffs" the
# "that" opens a relative clause)
_AGREED_WITH = re.compile(r"with\s+(?:(?!\b(?:on|over|about|to|for)\b)[^,;\"“”]){1,80}?\s+that,?\s+(?!(?:would|will|could|can|may|might|should|must)\b)")
# A second cue joined to the first: "agreed and pledged to …", "welcomed and supported …".
_SECOND_CUE = re.compile(rf"(?:and|but)\s+(?:also\s+)?(?P<cue>{_CUE})\b(?:\s+that\b)?\s*")
# "the Gulf states", "the Baltic states": a region's states, where "states" is no cue.
# ("the former Yugoslav states", "the Central Asian states" too)
_REGION_BEFORE = re.compile(r"\bthe\s+(?:[a-z]+\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+$")
# "states of Bosnia and Herzegovina, Kosovo …", "states are all counted": a noun after all
_STATES_NOUN_AFTER = re.compile(r"\s+(?:of|are|were|and|have|had)\b")
# Whom a question was put to, and its subject: "Minister Bishop about …", "him about …".
_ASKED_ABOUT = re.compile(r"(?:(?:the\s+)?(?:[A-Z][\w.'’\-]*\s+){1,4}|(?:him|her|them)\s+|the\s+[a-z]+\s+)about\b")
_ACTION_CUES = {"agreed", "continued", "wrote"}
_INFINITIVE = re.compile(r"to\s+(?P<verb>[a-z]+)(?P<after>\s+for)?\s+(?:that\s+)?")


def _went_on_saying(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where what was said starts after "continued to urge …", "continued to call for …", and
    its cue; None when what went on was no speech ("continued to talk about …")."""
    infinitive = _INFINITIVE.match(text, start, end)
    if not infinitive:
        return None
    verb, after = infinitive.group("verb"), infinitive.group("after") or ""
    for form in (verb + "ed" + after, verb + "d" + after):
        cue = base_cue_or_none(form)
        if cue:
            return infinitive.end(), cue
    return None
_ANSWERING_CUES = {"responded", "replied"}  # (base cues: "answered" is "replied")
# A name standing before the subject, between commas, and a title as the subject: "The
# Chairman of the Authority, H.E. Bola Ahmed Tinubu, President of … said".
_NAME_BEFORE_TITLE = re.compile(
    rf"(?:^|,\s+)(?P<name>{HONORIFIC}*[{CAPITALS}][\w'’\-]+(?:\s+(?:[a-z]{{1,3}}\s+){{0,2}}[{CAPITALS}][\w'’\-]+){{1,3}}),\s+$")
_BARE_TITLE = re.compile(rf"(?:[A-Z][\w\-]*\s+){{0,2}}(?i:{word_pattern(TITLE_HEADS)})(?:\s+(?:of|for)\s+.+)?")


def _bare_title(np: str) -> bool:
    """A title with no name of its own: "President of the Federal Republic of Nigeria",
    "Chairman of the Authority" (not "Minister of Foreign Affairs Yusuf Tuggar", whose last
    words are a person's)."""
    if not _BARE_TITLE.fullmatch(np):
        return False
    last = np.split()[-1]
    return " of " not in np or bool(country_of(last)) or last.lower() in _BODY_ENDINGS
# A page's label before a paragraph: "Why it matters: ", "What they're saying: ".
_SECTION_LABEL = re.compile(r"(?:Why\s+it\s+matters|The\s+big\s+picture|What\s+they['’]re\s+saying|Driving\s+the\s+news"
                            r"|Between\s+the\s+lines|Editor['’]s\s+note|State\s+of\s+play|What['’]s\s+next|The\s+latest"
                            r"|Zoom\s+(?:in|out)|Go\s+deeper|By\s+the\s+numbers|Context|Background):\s+(?=[A-Z\"“])")
# The last words of a body's name after "of": "… of the Authority", "… of Foreign Affairs".
_BODY_ENDINGS = {w.lower() for w in ORG_HEADS} | {"affairs", "authority", "assembly", "council", "republic", "union",
                                                  "nations", "states", "kingdom", "federation", "community"}
_SAID_NOTHING = re.compile(r"(?:nothing|little|much|a\s+lot|a\s+great\s+deal)\s+(?:about|on|of)\b")
_SAID_A_GREETING = re.compile(r"(?:hello|hi|goodbye|good-?bye)\b(?:\s+(?:and|to)\b|\s*[.,]?\s*$)", re.I)
_SAID_THIS = re.compile(r"(?:this|so)\s+(?:at|in|on|during|while|when|after|before|to|from)\b")


def base_cue_or_none(word: str) -> str | None:
    try:
        return base_cue(word)
    except KeyError:
        return None


# "But, according to Putin, ...": a conjunction before a sentence-opening "according to".
_LEADING_CONJUNCTION = re.compile(r"(?:But|And|Yet|However|Meanwhile),?\s+according to\b", re.I)


# "The statement quoted Zoellick as saying that ...": Zoellick said it.
# "… cited a ministry spokesperson as saying X", "Han was quoted as telling Nakatani that X"
_QUOTED_AS_SAYING = re.compile(
    rf"^(?P<intro>.*?)\b(?:(?:quoted|cited)\s+(?P<np>{NP})\s+as\s+(?P<cue>saying)"
    rf"|(?P<subject>{NP})\s+(?:was|is|has\s+been)\s+quoted\s+as\s+(?P<cue2>saying|telling\s+{_TOLD_WHOM}))"
    rf"(?:\s+that)?\s+(?P<content>.+?){_END}")


def _country_opening_content(match: re.Match) -> int | None:
    """"Abe told Prayut Japan will cooperate …": the person told is Prayut; what was said
    begins with the country after the name. Where it begins, in the match's segment."""
    told = match.group("object")
    if told.lstrip().lower().startswith("the "):
        return None  # "told the Spanish press that …": a country's adjective before a noun
    words = list(re.finditer(r"\S+", told))
    for word in words[1:]:
        if country_of(told[word.start():].strip()):
            return match.start("object") + word.start()
    return None


def _patterns_for(segment: str) -> list[re.Pattern]:
    """The reported-speech patterns, in order, less those the sentence cannot match: all
    but the last need a comma after the content, and two need "according to"."""
    comma = "," in segment
    patterns = [_QUOTED_AS_SAYING] if " as saying" in segment or " as telling" in segment else []
    patterns += [_CONTENT_THEN_ACCORDING, _ACCORDING_INSIDE] if comma and "according to" in segment else []
    if segment.startswith("According to") or _LEADING_CONJUNCTION.match(segment):
        patterns.append(_ACCORDING_THEN_CONTENT)
    if comma:
        patterns += (_CONTENT_THEN_NP_CUE, _CONTENT_THEN_DOCUMENT, _CONTENT_THEN_CUE_NP, _PARENTHETICAL)
    patterns.append(_NP_CUE_THEN_CONTENT)
    return patterns


def _past_a_place(segment: str, match: re.Match) -> re.Match:
    """"…, in Banjul, The Gambia, Foreign Office Spokesperson said": a country that closes
    the content is not who spoke. The comma before it is blanked (offsets unchanged) and
    the sentence matched again, so the content runs on past the country."""
    while country_of(re.sub(r"^[Tt]he\s+", "", match.group("np"))) \
            and segment.startswith(",", match.end("np")):
        comma = match.end("content")
        segment = segment[:comma] + " " + segment[comma + 1:]
        match = _CONTENT_THEN_NP_CUE.match(segment) or match
        if match.end("content") <= comma:
            break  # nothing else speaks in the sentence: keep the first reading
    return match


# A document that speaks, at the end of its phrase: "the press release", "the ministry's statement".
_A_DOCUMENT = re.compile(rf"\b(?:{word_pattern(DOCUMENT_WORDS)})$", re.I)
# A wire's tag: "Trend reports with reference to TASS", "Xinhua reported".
_WIRE_TAG = re.compile(r"(?:[A-Z][\w\-]*\s+){1,3}(?:reports|reported)(?:\s+(?:with\s+reference\s+to|citing)\s+[^,;\"“”]{1,40})?[\s.]*")
# An occasion after a cue: "at his first in-person talks with …", "during a press conference".
_AN_OCCASION = re.compile(r"(?:at|during|after|before|ahead\s+of|following)\s+(?:his|her|their|its|the|a|an)\b")


def _reported(text: str, start: int, end: int) -> list[Reported]:
    segment = text[start:end]
    for pattern in _patterns_for(segment):
        match = pattern.match(segment)
        if not match:
            continue
        if pattern is _CONTENT_THEN_NP_CUE:
            match = _past_a_place(segment, match)
        np_group, cue_group = ("subject", "cue2") if pattern is _QUOTED_AS_SAYING and match.group("subject") \
            else ("np", "cue")
        cue_text = match.group(cue_group)
        cue = base_cue(cue_text.split()[0] if cue_text.lower().startswith(("told", "telling")) else cue_text)
        if pattern is _NP_CUE_THEN_CONTENT and cue == "told" and not match.group("object"):
            continue
        content_from = _country_opening_content(match) if pattern is _NP_CUE_THEN_CONTENT and cue == "told" else None
        if pattern is _NP_CUE_THEN_CONTENT and cue_text == "states" \
                and (_REGION_BEFORE.search(segment, 0, match.start(cue_group))
                     or _STATES_NOUN_AFTER.match(segment, match.end(cue_group))) \
                and not re.match(r"\s*(?:that\b|:)", segment[match.end(cue_group):]):
            continue  # "Officials from the Gulf states and Russia discussed …": a noun, not a cue
        if pattern is _NP_CUE_THEN_CONTENT and _ENDS_IN_AND.search(match.group("np")):
            continue  # "X met Y, Z and expressed …": Z ends a list; X is who expressed
        if pattern is _NP_CUE_THEN_CONTENT and match.group("intro") and _AN_OCCASION.match(match.group("content")):
            # "The alliance is key …, Austin said Wednesday at his first talks with Suh": what
            # was said is before the speaker; after the cue is only where
            continue
        if cue in _JOINT_OUTCOME_CUES and match.group("np").lower() in _PLURAL_PRONOUNS:
            # "They agreed to …", "They reiterated the importance of …": what the meeting
            # settled, not what someone said ("they warned that …" still is speech)
            continue
        if pattern not in (_NP_CUE_THEN_CONTENT, _QUOTED_AS_SAYING, _CONTENT_THEN_NP_CUE) and cue in CONTENT_AFTER_ONLY:
            continue
        content_start, content_end = start + match.start("content"), start + match.end("content")
        if content_from is not None:
            content_start = start + content_from
        if pattern in (_ACCORDING_THEN_CONTENT, _CONTENT_THEN_DOCUMENT) or (
                pattern is _CONTENT_THEN_NP_CUE and _A_DOCUMENT.search(match.group("np"))):
            # "According to the news agency, Erdogan told Merkel he was …": Erdogan said it;
            # so in "The minister said that …, the press release said".
            # (A stance verb inside stays the source's account: "According to the
            # ministry, both sides agreed …".)
            inner = _reported(text, content_start, content_end)
            if inner and inner[0].attribution.cue in _SPEECH_VERBS and could_be_speaker(inner[0].attribution.speaker):
                return inner
        written = trimmed(match.group(np_group))
        if pattern is _ACCORDING_THEN_CONTENT and " and the " in written:
            # "According to the Chinese Foreign Ministry and the U.S. State Department, …": two
            # sources; the first speaks (one voice per statement)
            written = written.split(" and the ", 1)[0]
        attribution = Attribution(written, start + match.start(np_group), cue)
        named = _aside_name(match)
        if named:
            # "the Minister of State for Petroleum, Oluwaseun Adeyemi, has said": the name speaks.
            attribution = Attribution(match.group(named), start + match.start(named), cue)
        if pattern is _NP_CUE_THEN_CONTENT and match.group("intro"):
            statement = _STATEMENT_INTRO.match(match.group("intro"))
            if statement and not could_be_speaker(match.group("np")):
                attribution = Attribution(statement.group("statement"), start + statement.start("statement"), cue)
            named_before = _NAME_BEFORE_TITLE.search(match.group("intro")) \
                if _bare_title(match.group("np")) else None
            if named_before and plausible_person(named_before.group("name")) \
                    and named_before.group("name") not in CITIES:
                # "…, H.E. Bola Ahmed Tinubu, President of the Federal Republic of Nigeria said":
                # the title after the comma is the name's, and the name speaks
                attribution = Attribution(named_before.group("name"), start + named_before.start("name"), cue)
        more: list[Reported] = []
        if pattern in (_NP_CUE_THEN_CONTENT, _QUOTED_AS_SAYING):
            content_end, more = continuations(text, content_start, content_end, attribution)
        elif pattern is _CONTENT_THEN_ACCORDING:
            more = _who_added(match, start, attribution)
        elif "more" in match.re.groupindex and match.group("more"):
            more = continuations(text, start + match.start("more"), start + match.end("more"), attribution)[1]
        while content_end > content_start and text[content_end - 1] in " ,;:":
            content_end -= 1
        if cue_text.lower() in ("posted", "tweeted") and pattern is _NP_CUE_THEN_CONTENT \
                and "that" not in text[start + match.end(cue_group):content_start].split():
            continue  # "Petro posted a handwritten note": what was posted, not what was said
        second = _SECOND_CUE.match(text, content_start, content_end) if pattern is _NP_CUE_THEN_CONTENT else None
        if second and base_cue_or_none(second.group("cue")):
            # "Rubio agreed and pledged to make every effort": what was pledged
            content_start = second.end()
            attribution = replace(attribution, cue=base_cue(second.group("cue")))
        # "said that, if ...": the content starts after the "that"; in a transcript, an
        # answer after its "A:".
        lead_in = _LEADING_THAT.match(text, content_start, content_end) \
            or (_AGREED_WITH.match(text, content_start, content_end) if attribution.cue == "agreed" else None)
        if lead_in:
            content_start = lead_in.end()
        if content_start == start and ":" in text[content_start:content_start + 40]:
            # "Why it matters: A new trade agreement …, AP noted": a page's label is not said
            label = _SECTION_LABEL.match(text, content_start, content_end)
            content_start = label.end() if label else content_start
        if pattern is _NP_CUE_THEN_CONTENT and _WIRE_TAG.fullmatch(text, content_start, content_end):
            continue  # "…, the spokeswoman stated, Trend reports": the wire's tag, not what she said
        if _SAID_THIS.match(text, content_start, content_end):
            continue  # "Cho said this at a briefing": where it was said, not what
        if text.startswith(("nothing", "little", "much", "a "), content_start) \
                and _SAID_NOTHING.match(text, content_start, content_end):
            continue  # "They said nothing about the dispute", "Their release said much about …"
        if cue == "said" and _SAID_A_GREETING.match(text, content_start, content_end):
            continue  # "Kishida said hello and waved": a greeting, not a statement
        if cue in _ANSWERING_CUES and text.startswith("to ", content_start):
            continue  # "X responded to a question about …": what was answered, not the answer
        if attribution.cue in _ACTION_CUES and (text.startswith("to ", content_start) or (
                attribution.cue == "agreed" and text.startswith("with ", content_start))):
            # "Lee and Ishiba agreed to release a document", "Wang agreed to the proposal",
            # "Shoukry agreed with Blinken on …", "Safadi continued to talk about …", "Modi
            # wrote to the leaders": what was done or settled, not what was said ("… but
            # insisted that …" after it still is); "continued to urge donors to …" still says
            # what was urged
            went_on = _went_on_saying(text, content_start, content_end) if attribution.cue == "continued" else None
            if went_on is None:
                if more:
                    return more
                continue
            content_start, attribution = went_on[0], replace(attribution, cue=went_on[1])
        if cue == "asked" and _ASKED_ABOUT.match(text, content_start, content_end):
            continue  # "Reporters asked the minister about the visas": a question, not a statement
        if cue == "welcomed" and _WELCOMED_TO_A_PLACE.match(text, content_start, content_end):
            # "welcomed Secretary Rubio to Japan": a greeting, not a stance ("…, and
            # stated that …" after it still is)
            if more:
                return more
            continue
        if len(text[content_start:content_end].split()) < 3:
            if more:
                return more  # "welcomed the plan, saying that ...": only the saying is speech
            continue
        return [Reported(content_start, content_end, attribution), *more]
    return []
