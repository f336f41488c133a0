"""People and bodies named in a report, and resolving what a sentence calls them.

A report introduces a speaker once in full ("South Korea's Finance Minister Choi Sang-mok",
"Zheng Shanjie, chairman of China's National Development and Reform Commission (NDRC)")
and then shortens: "Choi", "the minister", "he", "the NDRC", "Seoul's finance ministry".
`find_entities` collects the full introductions; `Resolver` maps a short reference back.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from onrecord.db.extract.dates import CALENDAR_WORD
from onrecord.db.extract.gazetteer import CITIES as _PLACES
from onrecord.db.extract.gazetteer import country_of, first_country_in, is_country_word
from onrecord.db.extract.layout import SHORT_GIVEN_NAMES
from onrecord.db.extract.wordlist import CAPITALS, WordIndex, finditer_at, matches_around, vocabulary, word_pattern
from onrecord.db.identity import folded_name, spelt_apart
from onrecord.db.model import Speaker

_CALENDAR = CALENDAR_WORD
# A capitalised word that can be part of a name; days and months cannot.
CAP = rf"(?!{_CALENDAR})(?:(?:[A-Z]\.){{2,}}|[A-Z][\w'’\-]*)"
TITLE_HEADS = (
    "minister", "secretary", "president", "vice president", "chairman", "chairwoman", "chair",
    "chairperson", "premier", "ambassador", "governor", "commissioner", "director",
    "director-general", "secretary-general", "secretary general", "director general", "attorney general",
    "attorney-general", "solicitor general", "inspector general", "consul general", "auditor general", "spokesperson", "spokesman", "spokeswoman", "envoy", "representative",
    "mayor", "chancellor", "administrator", "senator", "adviser", "advisor", "negotiator",
    "head", "chief", "leader", "official", "counselor", "deputy", "king", "queen", "emperor",
    "prince", "ceo", "undersecretary", "councillor", "councilor", "lawmaker", "economist", "treasurer",
    "analyst", "professor", "researcher", "president-elect", "prime minister", "principal", "aide",
    "taoiseach", "tánaiste", "tanaiste", "sultan", "emir",
    # military ranks before a name ("admiral Flávio Viana Rocha")
    "admiral",
)
# (for a word-by-word membership test)
TITLE_HEAD_SET = frozenset(TITLE_HEADS)


def is_title_word(word: str) -> bool:
    """Whether one word is a title's head, or a hyphened part is ("Secretary-General",
    "Vice-President"), in any case."""
    lower = word.lower()
    return lower in TITLE_HEAD_SET or ("-" in lower and any(part in TITLE_HEAD_SET for part in lower.split("-")))


ORG_HEADS = (
    "ministry", "ministries", "commission", "institute", "government", "agency", "bank",
    "council", "office", "department", "academy", "committee", "treasury", "administration",
    "parliament", "assembly", "union", "organization", "organisation", "federation",
    "chamber", "association", "fund", "service", "bureau", "authority", "secretariat",
    "cabinet", "embassy", "statement", "delegation", "corporation", "group", "party",
    "house", "center", "centre", "board", "forum", "coalition", "alliance", "court",
    "foundation", "university", "agency", "cooperation", "commerce", "presidency", "congress",
    # "the United Nations" ("ambassador to the United Nations." names no one)
    "nations",
    # a ministry's or a president's press arm: "Presidential Media Division", "President's Media Unit"
    "division", "unit",
)
PRONOUNS = {"he": "person", "she": "person", "they": "organization", "it": "organization",
            "we": "organization", "i": "person",
            # after "according to": "According to her, “…”"
            "him": "person", "her": "person", "them": "organization"}
_NOT_NAMES = {
    "Facebook", "Twitter", "Instagram", "YouTube", "WeChat", "Weibo", "Telegram", "LinkedIn",
    "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "In",
    "On", "At", "For", "But", "And", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Meanwhile", "However", "Also",
    "Minister", "Ministry", "President", "Secretary", "Government", "Korea", "China", "Japan",
    "Honourable", "Honorable", "His", "Her", "Highness", "Excellency",
    # words that open a sentence before a name: "When Helen Marwood met …"
    "When", "While", "After", "Before", "As", "If", "Since", "Although", "Though", "Then",
    "Earlier", "Later", "Today", "Yesterday", "Both", "Former", "Ex",
    # participles that open a sentence before its subject: "Asked if Kim would …, Putin said"
    "Asked", "Asking", "Speaking", "Addressing", "Answering", "Responding", "Commenting", "Referring",
    "Talking", "Writing",
    # quantifiers: "Several Trump administration officials", "Five presidents"
    "Several", "Many", "Some", "Most", "Few", "All", "Other", "Another", "Two", "Three", "Four",
    "Five", "Six", "Seven", "Eight", "Nine", "Ten",
}

DIRECTIONS = {"North", "South", "East", "West"}  # a region's first word, not a person's
TITLE_ABBREVIATIONS = {"PM": "Prime Minister", "FM": "Foreign Minister", "EAM": "External Affairs Minister",
                       "DPM": "Deputy Prime Minister", "Pres.": "President", "Sec.": "Secretary",
                       # titles written short in the South Asian press: "DM Ravi Kumar"
                       "CM": "Chief Minister", "DM": "District Magistrate", "SP": "Superintendent of Police",
                       "LG": "Lieutenant Governor", "CJ": "Chief Justice",
                       # Kenya's ministers: "CS Raychelle Omamo", "the CS said"
                       "CS": "Cabinet Secretary",
                       # and elsewhere: "VP Harris", "NSA Doval", "CSG Scotland", "ForMin Melescanu"
                       "VP": "Vice President", "NSA": "National Security Adviser",
                       "CSG": "Commonwealth Secretary-General", "ForMin": "Foreign Minister"}
# A title written short before a name, in capitals only and never after a number ("Japanese
# PM Shigeru Ishiba"; "2 pm", "3 PM Eastern Time" are no title).
_TITLE_LETTERS = [a for a in TITLE_ABBREVIATIONS if a.isalpha()]
_TITLE_HEAD_RE = word_pattern(TITLE_HEADS)
_ANY_TITLE_HEAD = rf"(?:(?i:{_TITLE_HEAD_RE})|(?<!\d\s)(?<!\d)(?:{'|'.join(_TITLE_LETTERS)})(?=\s+[{CAPITALS}]))"
_TITLE_OR_BODY = {w for h in TITLE_HEADS + ORG_HEADS for w in h.split()} | {
    "chief", "commander", "officer", "congress", "both", "dialogue", "summit", "facebook", "twitter", "abroad",
    # a country's or a place's words ("the Islamic Republic", "East Asian", "Downing Street")
    "republic", "kingdom", "emirates", "federation", "street", "asian", "mediterranean", "affair", "affairs",
    "consultations", "press",
    # a building where leaders meet ("Chiragan Palace", "the Hyderabad House", "Hotel Adlon")
    # (not Hall, Castle, Villa or Lane: people are named so)
    "palace", "hotel", "residence", "mansion", "pavilion",
    # and its address ("7, Lok Kalyan Marg")
    "marg", "road", "avenue", "boulevard"}
# The lower-case words inside names: "Annelies de Wit", "Ursula von der Leyen", "Mohammed bin
# Salman". One list for the name pattern, the resolver, the antecedents and the evaluator.
NAME_PARTICLES = {"de", "del", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "binti", "al",
                  "el", "dos", "das"}
# The particles that say whose son or daughter someone is ("bin", "ibn", "bint", "ben").
PATRONYMIC_PARTICLES = {"bin", "ibn", "bint", "ben"}
# The word each title starts with ("vice" of "vice president"): where a title can be.
_ORG_HEAD_SET = frozenset(ORG_HEADS)
_TITLE_WORDS = {re.split(r"[\s\-]", h)[0] for h in TITLE_HEADS} | {a.lower() for a in _TITLE_LETTERS}
_ORG_HEAD_RE = word_pattern(set(ORG_HEADS))
# Capitalised words of government vocabulary are never part of a personal name, so
# "Minister of Agriculture and Rural Development Le Thi Thu Ha" splits before "Le".
_OFFICE_WORD_LIST = ["development", "policy", "affairs", "energy", "economy", "economic", "trade", "industry", "finance", "commerce", "agriculture", "culture", "tourism", "sports", "science", "technology", "environment", "health", "defense", "defence", "security", "state", "foreign", "interior", "justice", "education", "labor", "labour", "transport", "land", "infrastructure", "resources", "mines", "digital", "climate", "action", "rural", "fisheries", "oceans", "maritime", "shipping", "ports", "waterways", "unification", "strategy", "planning", "budget", "treasury", "international", "national", "federal", "global", "public", "general", "union", "european", "commission", "ministry", "government", "office", "trade", "representative", "deputy", "vice", "first", "second", "senior", "chief", "joint", "affairs", "relations", "cooperation", "communications", "information", "industrial", "commercial", "monetary", "consumer", "welfare", "gender", "family", "veterans", "employment", "enterprises", "startups", "forestry", "water", "housing", "urban", "natural", "investment", "statistics", "customs", "immigration", "revenue", "taxation", "pensions", "reform", "regional", "safety", "innovation", "research", "legal", "overseas", "shri", "smt", "mr", "mrs", "ms", "dr", "sir", "madam", "hon", "datuk", "seri", "dato", "excellency", "sheikh", "exchequer", "coordinating", "special", "duties", "commonwealth", "emirate", "islamic", "republic", "kingdom"]
_OFFICE_WORDS = word_pattern(set(_OFFICE_WORD_LIST))
# The office words no one is named: a portfolio ("Minister of Climate Change and Environment",
# "… and International Co-operation") is never a person, though a title's single-word name can be.
_PORTFOLIO_WORDS = frozenset(_OFFICE_WORD_LIST) - {
    "shri", "smt", "mr", "mrs", "ms", "dr", "sir", "madam", "hon", "datuk", "seri", "dato", "excellency", "sheikh",
    "first", "second", "general", "national", "state", "union", "family", "natural", "water", "land", "special",
    "senior", "chief", "deputy", "vice", "european", "islamic", "republic", "kingdom", "commonwealth", "emirate",
    "federal", "global", "public", "action", "legal", "office", "representative", "joint", "foreign"} | {
    "staff"}  # ("Chief of Defence Staff, Lt. Gen. Rocky Meade")

# Letters beyond ASCII: "Martín Echeverría", "Henrik Sjöberg", "Nguyễn".
# (Latin Extended-B mixes cases too, and holds Vietnamese "ơ" and "ư": "Bùi Thanh Sơn")
UPPER = "A-ZÀ-ÖØ-ÞĀ-ɏ"
LOWER = "a-zß-öø-ÿĀ-ɏḀ-ỿ"
# A picture's credit line after a name is not part of it: "Gen Nakatani Image: AP".
_CREDIT = r"(?:Image|Images|Photo|Photos|Photograph|Picture|Credit|Video|File)\b\s*[:/|]"
# A headline capitalises every word: "… Jose Meade Before Their Meeting" ends the name.
_HEADLINE_WORDS = (r"(?:Before|After|With|During|Ahead|Amid|Over|From|About|Their|Into|Upon|Against|Across|And"
                   # a headline's verbs: "Cuban Foreign Minister Bruno Rodriguez Praises Dialogue With …"
                   r"|Says|Meets|Holds|Urges|Praises|Calls|Vows|Hails|Discusses|Seeks|Welcomes|Warns|Backs"
                   r"|Agrees|Pledges|Visits|Receives|Condemns|Reaffirms|Stresses|Announces|Slams|Signs"
                   # ("Prime Minister Holness Invited to Meeting with …")
                   r"|Invited|Arrives|Departs|Leaves|Returns|Thanks|Congratulates|Speaks|Talks|Addresses)\b")
HEADLINE_WORD = re.compile(_HEADLINE_WORDS)
# A body's head word is no part of a name ("the State Council Zhou He"); capitalised only,
# since a case-blind list costs every pattern with a name in it its compile time.
_ORG_HEAD_WORDS = "|".join(sorted({h.capitalize() for h in ORG_HEADS if " " not in h}, key=len, reverse=True))
_NAME_WORD = (
    rf"(?!(?i:{_TITLE_HEAD_RE}|{_OFFICE_WORDS})\b)(?!(?:{_CALENDAR}|{_CREDIT}|{_HEADLINE_WORDS}|(?:{_ORG_HEAD_WORDS})\b))"
    # ("O'Brien"; "McClay", "MacDonald": a second capital after Mc or Mac)
    # ("Mata’afa": an apostrophe inside a name, though never a possessive's)
    rf"(?:(?:Ma?c[{UPPER}]|[{UPPER}](?:['’][{UPPER}])?)[{LOWER}]+(?:['’](?!s\b)[{LOWER}]+)?(?:-[{UPPER}{LOWER}][{LOWER}]*){{0,2}}"
    # "Abdel Fattah al-Sisi": an Arabic article joined to the name word
    rf"|(?:al|el|as|ash|ad|an)-[{UPPER}][{LOWER}]+)"
)
_PARTICLE = rf"(?:{'|'.join(sorted(NAME_PARTICLES))})"
# An initial inside or before a name: "Antony J. Blinken", "S Jaishankar".
# (two capitals run together too, "KP Sharma Oli", but not a country's, a title's or a
# page's letters: "DM Ravi Kumar" is a district magistrate)
_NOT_INITIALS = sorted({a for a in _TITLE_LETTERS if len(a) == 2}
                       | {"US", "UK", "UN", "EU", "AU", "HE", "HH", "HM", "DG", "VP", "MP", "TV", "AP", "AM",
                          "FO", "DC", "IG", "MD", "OK", "ID", "AI", "IT", "PR", "HQ", "GM"})
_INITIALS_PAIR = rf"(?<![A-Za-z])(?!(?:{'|'.join(_NOT_INITIALS)})\b)[A-Z]{{2}}"
_TWO_INITIALS = re.compile(_INITIALS_PAIR)
# (and a given name written short, as Bangladeshi and Malaysian names often are: "Md. Touhid
# Hossain", "Mohd. Hasan")
_INITIAL = rf"(?:(?:[A-Z]\.){{2,3}}|[A-Z]\.?|{_INITIALS_PAIR}|(?:{'|'.join(SHORT_GIVEN_NAMES)})\.)(?=\s)"  # "S Jaishankar", "M. J. Akbar", "A.M. Fachir"
# Two to five name words, with the particles some names carry ("Annelies de Wit"), or one
# after an initial or two ("S Jaishankar", "M. J. Akbar").
# (A name never runs over a line break: "Shinji Kawabata" / "Parliament Buildings".)
# A regnal number ends a name: "King Abdullah II", "Felipe VI".
_REGNAL_NUMBERS = {"II", "III", "IV", "VI", "VII", "VIII"}
# (and, with "Jr." and "Sr.", no family name: "Marcos" is called so, not "Jr.")
_NAME_SUFFIXES = _REGNAL_NUMBERS | {"Jr", "Jr.", "Sr", "Sr."}
_REGNAL_NUMBER = rf"[^\S\n]+(?:{'|'.join(sorted(_REGNAL_NUMBERS, key=len, reverse=True))})\b"
# A nickname in quotes inside a name is no part of it: 'Gilberto "Gibo" Teodoro Jr.'
_NICKNAME = r"(?:[\"“][A-Z][\w\-]*[\"”][^\S\n]+)"
# "Ferdinand Marcos, Jr.": a suffix after a comma is the name's too
_SUFFIX_AFTER_COMMA = r",[^\S\n]+(?:Jr|Sr)\.?(?![\w'’\-])"
_NICKNAME_RE = re.compile(_NICKNAME)


@lru_cache(maxsize=4096)
def family_name(name: str) -> str:
    """The word a report calls a person by once introduced: the last of the name, less a
    suffix ("Marcos" of "Ferdinand Marcos, Jr.", "Abdullah" of "Abdullah II")."""
    words = name.split()
    while len(words) > 1 and words[-1] in _NAME_SUFFIXES:
        words = words[:-1]
    return words[-1].rstrip(",") if words else name


# A month's name ends a name when no day follows it: "Theresa May" (not "Trump May 5").
_MAY_LAST = r"[^\S\n]+May\b(?![^\S\n]*\d)"
NAME = (rf"(?:(?:{_INITIAL}[^\S\n]+){{1,2}}{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD})?(?![\w'’\-]|[^\S\n]+{_NAME_WORD})"
        rf"|{_NAME_WORD}(?:(?:[^\S\n]+(?:{_PARTICLE}[^\S\n]+){{0,2}}(?:{_INITIAL}[^\S\n]+)?{_NICKNAME}?{_NAME_WORD}){{1,4}}(?:{_REGNAL_NUMBER}|{_SUFFIX_AFTER_COMMA})?"
        rf"|{_MAY_LAST}|{_REGNAL_NUMBER}))")
# Honorifics are not names: "H.E. Dr. Saeed bin Rashid Al Marri", "Mr Lee", "Datuk Seri Hafiz".
_HONORIFICS = (
    r"H\.E\.", r"H\sE(?=\s+[A-Z])", r"HE(?=\s+(?:the|Sheikh|Sheikha|Mr|Mrs|Ms|Dr)\b)", r"His\s+Excellency", r"Her\s+Excellency", r"His\s+Highness", r"His\s+Majesty",
    r"The\s+Honou?rable", r"Honou?rable", r"Hon\.?", r"Shri", r"Smt\.?", r"Mr\.?", r"Mrs\.?",
    r"Ms\.?", r"Dr\.?", r"Professor", r"Prof\.?", r"Sir", r"Dame", r"Madam", r"Datuk\s+Seri", r"Datuk", r"Dato['’]?\s+S(?:e)?ri",
    r"Dato['’]?", r"Tan\s+Sri", r"Sheikha?", r"Sayyid", r"Her\s+Highness", r"Her\s+Majesty",
    # Cambodia's "Samdech Akka Moha Sena Padei Techo Hun Sen", "Samdech Techo Hun Sen"
    r"Samdech(?:\s+(?:Akka|Moha|Sena|Padei|Thipadei|Techo))*",
    r"His\s+Royal\s+Highness", r"Her\s+Royal\s+Highness", r"HRH",
    r"Baroness", r"Baron", r"Lord", r"Lady",
    r"Mawlavi", r"Mawlawi", r"Maulvi", r"Maulana", r"Makhdoom", r"Mme\.?", r"Mlle\.?",
    # one who has made the pilgrimage, in West African reports: "Alhaji Muhammad Mumuni"
    r"Alhaji", r"Alhaja", r"Alh\.", r"Hajia",
    # military ranks written short before a name: "Cabinet Secretary Maj. Teddy Wijaya"
    # ("Brig.-Gen. Mansur Dan-Ali", "Maj.-Gen. Babagana Monguno": two ranks joined)
    r"Maj\.-Gen\.", r"Brig\.-Gen\.", r"Lt\.-Gen\.", r"Lt\.-Col\.",
    r"Maj\.", r"Gen\.", r"Col\.", r"Lt\.", r"Capt\.", r"Adm\.", r"Brig\.",
    # an ambassador's rank kept before the name: "Cabinet Secretary Amb. Raychelle Omamo"
    r"Amb\.",
)
HONORIFIC = rf"(?:(?:{'|'.join(_HONORIFICS)})\s+)"
# The word each honorific starts with ("h" of "H.E."): where an honorific can be.
def _first_words(honorific: str) -> set[str]:
    """The word an honorific's pattern starts with, both ways if its last letter is optional
    ("Sheikha?": "sheikh" and "sheikha")."""
    word = re.match(r"[A-Za-z]+", honorific).group().lower()
    return {word, word[:-1]} if honorific[len(word):].startswith("?") else {word}


HONORIFIC_WORDS = set().union(*(_first_words(h) for h in _HONORIFICS))
LEADING_HONORIFICS = re.compile(rf"^{HONORIFIC}+")
# A determiner or possessive before a speaker's name or title: "the minister", "his office".
LEADING_DETERMINER = re.compile(r"^(?:the|a|an|its|his|her|their)\s+", re.I)
ORG = (
    # (a comma inside a list of words that ends in "and …": "Foreign, Commonwealth and
    # Development Office", with or without a comma before the "and")
    rf"(?:{CAP}(?:,(?=[^\S\n]+(?:[A-Z][\w'’\-]*,?[^\S\n]+){{0,2}}?and[^\S\n]+[A-Z]))?[^\S\n]+(?:(?:and|of|for|on|&)[^\S\n]+)?)*(?i:{_ORG_HEAD_RE})"
    # (a listed word is never an initial: "Government for India, M. J. Akbar" ends at India)
    rf"(?:[^\S\n]+(?:of|for|on)[^\S\n]+(?:the[^\S\n]+)?{CAP}(?:(?:[^\S\n]+|,[^\S\n]+)(?:and[^\S\n]+|&[^\S\n]+)?(?![A-Z]\.){CAP})*)?"
)
_POSSESSIVE = r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s)"

# "South Korea's Finance Minister Choi Sang-mok", "U.S. Treasury Secretary Scott Bessent"
# A comma inside a name list that ends in "and ...": "Economy, Trade and Industry".
_LIST_COMMA = rf",\s+(?=(?:[{UPPER}][\w'’\-]*\s+){{0,2}}[{UPPER}][\w'’\-]*(?:\s+(?:and|&)\s+|,\s+[{UPPER}]))"
# After a comma, the rest of a list of fields that ends in a comma ("Minister of Foreign
# Affairs, African Cooperation and Moroccans Abroad, Nasser Bourita"): the title goes on, and
# what follows the comma is no name yet. (Not a second person: "Ahsan Iqbal & Vice Chairman,")
_LIST_GOES_ON = (rf"\s+(?:[{UPPER}][\w'’\-]*\s+){{0,3}}(?:and|&)\s+(?!(?:[{UPPER}][\w'’\-]*\s+){{0,2}}{_ANY_TITLE_HEAD}\b)"
                 rf"(?:[{UPPER}][\w'’\-]*\s+){{0,3}}[{UPPER}][\w'’\-]*,")
# No title or name runs across a blank line: "… Houthis: Envoy¶¶The White House says", "…
# with Solvanian President¶¶The Prime Minister, Tom Hale" are a headline's end, then the story.
_NO_BLANK_LINE = r"(?![^\S\n]*\n[^\S\n]*\n)"
_TITLE_BEFORE_NAME = re.compile(
    # Starts at a word's start: fails at once inside words, which is most positions.
    rf"(?<![\w'’.\-])(?:(?P<poss>{_POSSESSIVE})\s+)?"
    # ("US secretary of state Antony Blinken": "of state" in lower case goes on the title)
    rf"(?P<title>(?:{CAP}{_NO_BLANK_LINE}\s+){{0,4}}?{_ANY_TITLE_HEAD}"
    # "Minister of Economy, Trade and Industry", "Deputy Minister for Energy Policy"
    rf"(?:\s+(?:of|for|to)\s+(?:the\s+)?{CAP}(?:\s+(?:(?:and|&)\s+)?(?!{HONORIFIC}){CAP}|{_LIST_COMMA}{CAP})*?|\s+of\s+state"
    # ("the spokesman for the ministry, Ahmed Fawzy": a body in lower case after "the")
    r"|\s+(?:of|for)\s+the\s+(?:ministry|presidency|government|embassy|department|office)(?=,))*?)"
    # An honorific between title and name is not part of either ("Shri Arvind Malhotra"),
    # and "The" is no name's first word.
    # (nor is the title's initials in brackets: "Prime Minister (PM) KP Sharma Oli")
    rf"(?:\s+\([A-Z]{{2,5}}\))?(?:,(?!{_LIST_GOES_ON}))?{_NO_BLANK_LINE}\s+{HONORIFIC}*(?!The\s)"
    # A single name after a title is a name too ("Coordinating Minister Suharyanto").
    # (a single word that a full name follows after a comma ends a title's list of fields:
    # "… African Cooperation and Moroccans Abroad, Nasser Bourita,")
    rf"(?P<name>{NAME}|{_NAME_WORD}(?=\s+[a-z(]|[,.;:])(?!,\s+{NAME}\s*(?:[,&]|and\s)))"
)
# "H.E. Dr. Saeed bin Rashid Al Marri, Minister of State": honorifics introduce a person.
_HONORIFIC_NAME = re.compile(rf"(?<![\w'’.\-]){HONORIFIC}+(?P<name>{NAME})\b")
_TITLE_BEFORE_HONORIFIC = re.compile(
    rf"(?:^|(?<=[Tt]he\s))(?P<title>(?:[A-Z][\w.\-'’]*\s+){{0,3}}(?i:{_TITLE_HEAD_RE})),\s+$")
# "Zheng Shanjie, chairman of China's National Development and Reform Commission (NDRC)"
_NAME_THEN_TITLE = re.compile(
    rf"(?P<name>{NAME}),\s+(?:[A-Z]{{2,4}},\s+)?(?:the\s+|a\s+)?(?P<title>(?:[\w.\-'’]+\s+){{0,4}}?(?i:{_TITLE_HEAD_RE})"
    # "vice minister of trade, industry and energy", "Minister of State for Foreign Trade"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?[\w'’\-]+(?:(?:,\s+|\s+)(?:and\s+|for\s+|of\s+)?[\w'’\-]+){{0,5}}?(?=[,.;]))?)"
    rf"(?:\s+(?:of|at|for|with)\s+(?:the\s+)?(?:(?P<poss>{_POSSESSIVE})\s+)?(?P<org>{ORG}))?"
)
_CITY_AFTER = re.compile(r"\s+in\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
# An acronym has two capitals at least: "(NDRC)", "(MOFCOM)", "(KenInvest)".
# (after a possessive too: "Qatar News Agency's (QNA) failure to mention …")
_ORG_MENTION = re.compile(rf"(?<![\w'’])(?P<org>{ORG})(?:(?:['’]s)?\s*\((?P<acronym>[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)\))?")


_A_MEETING = re.compile(r"\b(?:Meetings?|Summit|Talks|Session|Dialogue|Consultations)\b")


@dataclass
class Entity:
    speaker: Speaker
    mentions: list[int] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    # "a ministry spokeswoman", "a senior official": someone the report does not name. They
    # speak (and "she added" refers to them) but are no one a brief can cite by name.
    unnamed: bool = False

    def tokens(self) -> frozenset[str]:
        """Name words, lower-cased: "De Wit" at a sentence start is "de Wit"; a person's
        nickname too ("Jokowi")."""
        tokens = _name_tokens(self.speaker.name)
        if self.aliases and self.speaker.kind == "person":
            tokens |= {alias.lower() for alias in self.aliases}
        return tokens


@lru_cache(maxsize=4096)
def _name_tokens(name: str) -> frozenset[str]:
    name = name.lower()
    return frozenset({t for t in re.split(r"[\s\-]+", name) if t} | set(name.split()))


# "King Felipe VI of Spain", "King Abdullah II of the Kingdom of Jordan": whose the title is
_OF_A_COUNTRY = re.compile(
    r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+(?:(?:Federal|People['’]s|Islamic|United|Hashemite)[^\S\n]+)?"
    r"(?:Kingdom|Republic|State|Sultanate|Federation|Emirate|Commonwealth)[^\S\n]+of[^\S\n]+)?(?:the[^\S\n]+)?"
    r"(?P<country>[A-Z][\w'’\-]*(?:[^\S\n]+[A-Z][\w'’\-]*){0,2})")


def _country_after(segment: str, end: int) -> str | None:
    """The country named right after a titled name ("… of Spain"), if any."""
    after = _OF_A_COUNTRY.match(segment, end)
    if not after:
        return None
    return country_of(after.group("country"))  # (the whole phrase: not Georgia of "Georgia Tech")


_CUT_WORDS = frozenset({"with", "With", "by", "By", "for", "For"})
_NOT_TITLE_OPENERS = {"with", "by", "for", "to", "and", "from", "at", "on", "in", "meeting", "during", "after", "before",
                      "under"}


def _title_and_country(title: str, possessive: str | None) -> tuple[str, str | None]:
    """Split a country out of a title: "U.S. Treasury Secretary" -> ("Treasury Secretary", US)."""
    country = country_of(possessive) if possessive else None
    words = [w for w in title.split() if w.lower() not in {"the", "a", "an"}] or title.split()
    # "With Armenian Prime Minister X": a sentence's opening preposition is not the title's,
    # nor are a headline's words before one ("Remarks With Foreign Minister X", "nominated by
    # Trump for secretary of state").
    if len(words) > 2 and not _CUT_WORDS.isdisjoint(words) and not is_title_word(words[0]):  # (most titles: no search)
        head = next((i for i, word in enumerate(words) if is_title_word(word)), 0)
        cut = max((i for i in range(1, head) if words[i] in _CUT_WORDS), default=None)
        if cut is not None:
            words = words[cut + 1:]
    while len(words) > 1 and words[0].lower() in _NOT_TITLE_OPENERS:
        words = words[1:]
    while len(words) > 1 and country_of(words[0]):
        country = country or country_of(words[0])
        words = words[1:]
    if len(words) > 1 and country_of(" ".join(words[:2])):
        country = country or country_of(" ".join(words[:2]))
        words = words[2:]
    # "Prime Minister of Israel": the country closes the title.
    for size in (1, 2, 3):
        if len(words) > size + 1 and words[-size - 1] == "of" and country_of(" ".join(words[-size:])):
            country = country or country_of(" ".join(words[-size:]))
            words = words[:-size - 1]
            break
    title = " ".join(TITLE_ABBREVIATIONS.get(w, w) for w in words)  # "PM" is "Prime Minister"
    return title, country or _TITLES_OF_ONE_COUNTRY.get(title.lower())


# Titles only one country gives: "Taoiseach Micheál Martin" is Irish.
_TITLES_OF_ONE_COUNTRY = {"taoiseach": "Ireland", "tánaiste": "Ireland", "tanaiste": "Ireland",
                          "external affairs minister": "India", "minister of external affairs": "India"}


# "the foreign ministry" -> "Ministry of Foreign Affairs": how ministries name themselves.
_INFORMAL_MINISTRY = re.compile(r"^(?:(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+)??(?P<field>[A-Za-z]+(?:\s+[A-Za-z]+)?)\s+[Mm]inistry$")
_FIELD_NAMES = {"foreign": "Foreign Affairs", "external affairs": "External Affairs", "defense": "Defense",
                "defence": "Defence", "finance": "Finance", "trade": "Trade", "interior": "Interior"}


# Foreign ministries whose own name is not "Ministry of Foreign Affairs".
# Ministries whose own name is not "Ministry of <field>", by country and field.
_OWN_MINISTRY_NAMES = {
    ("India", "foreign"): "Ministry of External Affairs", ("United States", "foreign"): "Department of State",
    ("United States", "defense"): "Department of Defense", ("South Korea", "defense"): "Ministry of National Defense",
    ("China", "defense"): "Ministry of National Defense", ("Taiwan", "defense"): "Ministry of National Defense",
}

# ("the Nigerian president's office": the country's word goes to the body's country)
# (a country's word in capitals; not "the vice president's", "deputy prime minister's",
# "former president's" office, which are other people's)
_LEADER_OFFICE = re.compile(r"^(?:(?-i:(?!(?:Vice|Deputy|Former|Acting|Interim)\b)[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+)?"
                            r"(?P<title>prime minister|president|chancellor|premier|vice president)['’]s office$", re.I)


# Names reports use for a body other than its own: a seat of government for the office in it,
# an acronym left unexplained, a country's presidency ("the Egyptian presidency" is its
# Presidency, without the possessive).
# Bodies named by their seat or a common name, with the name they speak under and whose
# they are ("Wisma Putra said" is Malaysia's foreign ministry, which "the Indian foreign
# ministry" later in the report is not); None where many countries' bodies go so ("the PMO").
_METONYM_TABLE: dict[str, tuple[str, str | None]] = {
    "elysee": ("Élysée Palace", "France"), "élysée": ("Élysée Palace", "France"),
    "elysee palace": ("Élysée Palace", "France"), "élysée palace": ("Élysée Palace", "France"),
    "french presidency": ("Élysée Palace", "France"),
    "malacañang": ("Office of the President", "Philippines"), "malacanang": ("Office of the President", "Philippines"),
    "malacañang palace": ("Office of the President", "Philippines"),
    "malacanang palace": ("Office of the President", "Philippines"),
    "pmo": ("Prime Minister's Office", None), "mea": ("Ministry of External Affairs", "India"),
    "mofa": ("Ministry of Foreign Affairs", None), "mfa": ("Ministry of Foreign Affairs", None),
    # other ministries' initials that reports use unexplained
    "fcdo": ("Foreign, Commonwealth and Development Office", "United Kingdom"),
    "fco": ("Foreign and Commonwealth Office", "United Kingdom"),
    "dfat": ("Department of Foreign Affairs and Trade", "Australia"),
    "dirco": ("Department of International Relations and Cooperation", "South Africa"),
    "ustr": ("Office of the United States Trade Representative", "United States"),
    "mofcom": ("Ministry of Commerce", "China"),
    "presidency": ("Presidency", None), "downing street": ("Prime Minister's Office", "United Kingdom"),
    # "Seoul's presidential office": the office under the name it gives itself
    "presidential office": ("Office of the President", None),
    # foreign ministries named after their seat
    "wisma putra": ("Ministry of Foreign Affairs", "Malaysia"), "south block": ("Ministry of External Affairs", "India"),
    "quai d'orsay": ("Ministry of Foreign Affairs", "France"), "pejambon": ("Ministry of Foreign Affairs", "Indonesia"),
    "itamaraty": ("Ministry of Foreign Affairs", "Brazil"), "foggy bottom": ("Department of State", "United States"),
    "state department": ("Department of State", "United States"),
    # a ministry whose official name ends in its country's
    "global affairs canada": ("Global Affairs Canada", "Canada"),
    "us state department": ("Department of State", "United States"),
    "u.s. state department": ("Department of State", "United States"),
    # seats of government that speak as bodies: "the Kremlin said", "a statement by the Amiri Diwan"
    "kremlin": ("Kremlin", "Russia"), "amiri diwan": ("Amiri Diwan", "Qatar"), "blue house": ("Blue House", "South Korea"),
    "zhongnanhai": ("Zhongnanhai", "China"), "government buildings": ("Irish Government", "Ireland"),
}
METONYMS = {key: name for key, (name, _) in _METONYM_TABLE.items()}
SEAT_COUNTRIES = {key: country for key, (_, country) in _METONYM_TABLE.items() if country}
_COUNTRY_BODY = re.compile(r"^(?:the\s+)?(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?P<body>[Pp]residency|Foreign Office|[Ee]mbassy)$")


# The name of who issued a document: "by the Office of the President", "from the Ministry of
# Foreign Affairs" (capitalised words, with "of (the)", "for" or "and" between them).
ISSUER_NAME = r"[A-Z][\w'’.\-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+)?[A-Z][\w'’.\-]*){0,6}"
# What two sides issue together and which then speaks for both: one vocabulary for the
# people finder, the resolver and the statement passes.
JOINT_DOCUMENT = r"joint\s+(?:statement|declaration|communiqu[eé])"
# Documents that speak for whoever issued them: "the statement said", "an official release
# said". One list for the statement passes and the resolver.
DOCUMENT_WORDS = ("statement", "readout", "press release", "release", "communique", "communiqué", "announcement")
JOINT_DOCUMENT_NAME = re.compile(rf"\b{JOINT_DOCUMENT}$", re.I)


# Leaders' titles, in one place: heads of state, heads of government (who have an office
# that speaks for them), and the words that make a meeting "leaders' talks".
HEADS_OF_STATE = ("president", "king", "emir", "sultan", "queen", "emperor")
HEADS_OF_GOVERNMENT = ("prime minister", "premier", "chancellor", "taoiseach")
LEADER_TITLES = HEADS_OF_STATE + HEADS_OF_GOVERNMENT + ("crown prince", "leader")
# The offices two counterparts share: a foreign minister's is a foreign minister.
_OFFICE_KINDS = ("foreign", "defen", "trade", "finance", "prime minister", "president", "premier", "chancellor")


def offices_of(title: str | None) -> set[str]:
    """The kinds of office a title holds ("Minister of Foreign Affairs": {"foreign"})."""
    title = (title or "").lower()
    return {kind for kind in _OFFICE_KINDS if kind in title}


_STATE_RUN = re.compile(r"^(?:state-run|state-owned|state|official|semi-official|government-run)\s+(?=[A-Z])")


@lru_cache(maxsize=4096)  # (a report names the same few bodies many times)
def official_form(name: str) -> str:
    """An informal ministry name in the form ministries use ("Ministry of Foreign Affairs"),
    a leader's office as it names itself ("Prime Minister's Office"); other names as written."""
    # ("the state-run Anadolu Agency" is the Anadolu Agency)
    name = name.strip()
    if name[:1].islower():
        name = _STATE_RUN.sub("", name)
    known = METONYMS.get(name.lower())
    if known:
        return known
    if name == "foreign office":
        return "Foreign Office"  # ("said a foreign office statement in Dhaka": the ministry's own name)
    joint = JOINT_DOCUMENT_NAME.search(name)
    if joint:
        return joint.group().lower()  # "US-China Joint Statement" speaks as "joint statement"
    owned = _COUNTRY_BODY.match(name) if name.endswith(("residency", "Foreign Office", "mbassy")) else None
    country = country_of(owned.group("owner")) if owned else None
    if country and owned.group("body").lower() == "embassy":
        article = "the " if country.startswith("United ") or country.endswith(("s", "Republic")) else ""
        return f"Embassy of {article}{country}"  # "the Indian embassy": as it names itself
    if country and country != "United Kingdom":
        body = owned.group("body").lower()
        return METONYMS.get(body, body.title())
    office = _LEADER_OFFICE.match(name.strip())
    if office:
        # (a president's is the Office of the President, as Seoul's, Manila's and Nairobi's
        # call themselves; a prime minister's the Prime Minister's Office)
        title = office.group("title").title()
        return "Office of the President" if title == "President" else f"{title}'s Office"
    match = _INFORMAL_MINISTRY.match(name.strip())
    if not match:
        return name
    field = match.group("field")
    words = field.split()
    country = country_of(words[0])
    if country or (len(words) == 2 and words[0][:1].isupper() and words[1].islower()):
        words = words[1:]  # ("the Kestrian foreign ministry": a demonym the gazetteer lacks)
    country = country or country_of(match.group("owner") or "")  # "South Korean defense ministry"
    if not words:
        return name
    key = " ".join(words).lower()
    # "the Indian Foreign Ministry", "South Korea's defence ministry"
    own = _OWN_MINISTRY_NAMES.get((country, "defense" if key == "defence" else key))
    if own:
        return own
    return f"Ministry of {_FIELD_NAMES.get(key, ' '.join(w.capitalize() for w in words))}"


class EntityTable:
    """Everyone and every body a document names, in order of first mention."""

    def __init__(self) -> None:
        self.people: list[Entity] = []
        self.bodies: list[Entity] = []

    def person(self, name: str, position: int, **attributes: str | None) -> Entity:
        # (no nickname in quotes, no honorific in front: "Baroness Catherine Ashton")
        name, nickname = name.strip(), None
        if '"' in name or "“" in name:
            found = _NICKNAME_RE.search(name)
            nickname = found.group().strip(" \"“”") if found else None
            name = _NICKNAME_RE.sub("", name)
        name = LEADING_HONORIFICS.sub("", name, count=1)
        # (one person however the report spells them: "S. Jaishankar" and "S Jaishankar",
        # "Micheál Martin" and "Micheal Martin"; "Jokowi" for Joko "Jokowi" Widodo)
        words = _name_words(name)
        for entity in self.people:
            known = _name_words(entity.speaker.name)
            if (words < known and _patronymic_only(words, entity.speaker.name)) or \
                    (known < words and _patronymic_only(known, name)):
                continue  # "King Abdullah" is not "Yusuf Bin Alawi Bin Abdullah"
            if words <= known or (" " not in name and name in entity.aliases):
                if words == known and not name.isascii() and entity.speaker.name.isascii():
                    entity.speaker.name = name  # the spelling with its diacritics: "Radosław"
                break
            if known < words:
                # "Suharyanto" first, "Suharyanto Wibowo" later: one person, the fuller name.
                entity.speaker.name = name
                break
            if spelt_apart(words, known) and _may_be_one(entity.speaker, attributes):
                break  # "Stanley Kakubo", then "Stenly Kakubo": one person, first spelling kept
        else:
            entity = Entity(Speaker(name=name, kind="person"))
            self.people.append(entity)
        if nickname:
            self.add_nickname(entity, nickname)
        _merge_attributes(entity.speaker, attributes)
        entity.mentions.append(position)
        return entity

    def add_nickname(self, entity: Entity, nickname: str) -> None:
        """A person's nickname names them alone too: "President Jokowi" in the headline,
        "President Joko "Jokowi" Widodo" below are one person."""
        entity.aliases.add(nickname)
        twin = next((e for e in self.people if e is not entity and e.speaker.name == nickname), None)
        if twin is not None:
            self.merge(entity, twin)

    def merge(self, keep: Entity, drop: Entity) -> None:
        """Two people found for one: `keep` takes `drop`'s mentions and what it lacks."""
        keep.mentions = sorted(drop.mentions + keep.mentions)
        _merge_attributes(keep.speaker, {f: getattr(drop.speaker, f) for f in ("title", "country", "affiliation")})
        self.people.remove(drop)

    def unnamed(self, written: str, position: int) -> Entity:
        """Someone the report describes without a name; never one of `people`, so never a
        participant or the holder of a title."""
        return Entity(Speaker(name=written, kind="person"), [position], unnamed=True)

    def body(self, name: str, position: int, acronym: str | None = None,
             country: str | None = None) -> Entity:
        name, owner_country = _owned_name(name)
        name = official_form(name)
        country = country or owner_country
        for entity in self.bodies:
            if entity.speaker.name.lower() == name.lower():
                break
        else:
            entity = Entity(Speaker(name=name, kind="organization"))
            self.bodies.append(entity)
        if acronym:
            entity.aliases.add(acronym)
        _merge_attributes(entity.speaker, {"country": country or first_country_in(name)})
        entity.mentions.append(position)
        return entity


@lru_cache(maxsize=4096)
def _patronymic_only(words: frozenset[str], full_name: str) -> bool:
    """Whether each of `words` stands in `full_name` only after "bin", "ibn" or "bint": a
    father's or grandfather's name, not what the person is called by."""
    parts = folded_name(full_name.replace(",", " ")).split()
    return all(all(i > 0 and parts[i - 1] in PATRONYMIC_PARTICLES for i, part in enumerate(parts) if part == word)
               for word in words)


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """A name's words as people are told apart (a report names its people many times;
    "Ferdinand Marcos, Jr." is the Ferdinand Marcos it names again)."""
    # ("G.L. Peiris" is "G L Peiris": initials apart)
    return frozenset(folded_name(name.replace(",", " ").replace(".", " ")).split())


@lru_cache(maxsize=4096)
def _owned_name(name: str) -> tuple[str, str | None]:
    """A body's name without its article or owning country, and that country.

    "China's Ministry of Commerce" and "the Indian Ministry of Commerce" are the Ministry
    of Commerce, in China and in India. Reports repeat names, so the answers are kept.
    """
    name = _THE.sub("", name.strip())
    owner = _OWNER_BEFORE_HEAD.match(name) or _OWNER_POSSESSIVE.match(name)
    if owner and country_of(owner.group(1)):
        return name[owner.end():], country_of(owner.group(1))
    # "the Office of the President of South Korea": the office, in South Korea
    closing = _OWNER_AFTER.search(name)
    if closing and country_of(closing.group(1)) and " of " in name[:closing.start()]:
        return name[:closing.start()], country_of(closing.group(1))
    return name, None


_THE = re.compile(r"^(?:the|The)\s+")
_OWNER_BEFORE_HEAD = re.compile(r"^([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:['’]s)?\s+(?=(?:Ministry|Department|Treasury)\b)")
_OWNER_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)$")
_OWNER_POSSESSIVE = re.compile(r"^([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+(?=[A-Z])")


def _may_be_one(speaker: Speaker, attributes: dict) -> bool:
    """Whether a name spelt like `speaker`'s may be the same person: not with another title
    or country ("Egyptian Foreign Minister Mohamed Salah met Yemeni Foreign Minister Mohamed
    Saleh" are two)."""
    for attribute in ("title", "country"):
        new, known = (attributes.get(attribute) or "").lower(), (getattr(speaker, attribute) or "").lower()
        if new and known and new not in known and known not in new:
            return False
    return True


def _merge_attributes(speaker: Speaker, attributes: dict) -> None:
    for key, value in attributes.items():
        if value and not getattr(speaker, key):
            setattr(speaker, key, value)


# "Global Affairs Canada (GAC)", "the National News Agency (NNA)": a name the report gives
# its initials is a body's, whatever words it is made of.
_INITIALS_IN_BRACKETS = re.compile(r"\(([A-Z]{2,6})\)")
_INITIALS_REACH = 120  # how far before the brackets the name may begin
_WORD_RUN = re.compile(r"\S+")
_SMALL_WORDS = {"of", "and", "for", "the", "on", "&", "in"}  # ("American Institute in Taiwan (AIT)")


_STATE_WORDS = {"kingdom", "republic", "federation", "federal", "islamic", "democratic", "people's", "of", "the",
                "state", "sultanate", "emirate", "united", "arab", "socialist"}


def _names_a_state(name: str) -> bool:
    """"United States", "Kingdom of Saudi Arabia", "Islamic Republic of Iran": a country
    named in full (but "Global Affairs Canada" is a ministry)."""
    country = country_of(name) or first_country_in(name)
    if not country:
        return False
    country_words = {w.lower() for w in country.split()}
    return all(w.lower() in _STATE_WORDS or w.lower() in country_words or country_of(w) for w in name.split())


def _bodies_by_initials(segment: str, start: int, table: EntityTable) -> None:
    for match in _INITIALS_IN_BRACKETS.finditer(segment):
        acronym = match.group(1)
        if any(acronym in body.aliases for body in table.bodies):
            continue
        window = max(0, match.start() - _INITIALS_REACH)
        words = list(_WORD_RUN.finditer(segment, window, match.start()))
        taken: list[re.Match] = []
        letters = ""
        while words and len(letters) < len(acronym):
            word = words.pop()
            if word.group().lower() in _SMALL_WORDS and taken:
                taken.insert(0, word)
                continue
            bare = re.sub(r"['’]s$", "", word.group())
            if not bare[:1].isupper() or not bare.isalpha():
                break
            taken.insert(0, word)
            letters = bare[0] + letters
        while taken and taken[0].group().lower() in _SMALL_WORDS:
            taken.pop(0)
        if letters != acronym or len(taken) < 2:
            continue
        # (a possessive before the brackets is not the name's: "the … in Taiwan's (AIT) office")
        name = re.sub(r"['’]s$", "", " ".join(w.group() for w in taken))
        if any(w.group() in _NOT_NAMES for w in taken) or _names_a_state(name):
            continue
        table.body(name, start + taken[0].start(), acronym=acronym)


def find_entities(text: str, start: int = 0, end: int | None = None,
                  words: WordIndex | None = None) -> EntityTable:
    """Collect the people and bodies introduced in `text[start:end]`; `words` indexes that
    segment with a vocabulary that includes ENTITY_WORDS."""
    segment = text[start:end]
    words = words or WordIndex(segment, _VOCABULARY)
    capitals = words.capitals
    org_heads = words.starts(ORG_HEADS)
    table = EntityTable()
    anchors = finditer_at(_CAPITALISED_ORG_HEAD, segment, org_heads, 0, len(segment))
    for match in matches_around(_ORG_MENTION, anchors, segment, 120, 120, _merged(capitals, org_heads)):
        # "the Ministry of Finance in Tokyo": the city says whose ministry it is.
        located = _CITY_AFTER.match(segment, match.end())
        city_country = country_of(located.group(1)) if located else None
        name = re.sub(r"^(?:The|A|An)\s+", "", match.group("org"))
        # "a White House statement": the body is the White House; the statement is its words.
        document = re.match(r"^(?P<issuer>.+?)\s+(?:statement|readout)$", name)
        if document and not name.lower().startswith("joint") and \
                any(w.lower() in _ORG_HEAD_SET for w in document.group("issuer").split()):
            name = document.group("issuer")
        heads = [w for w in name.split() if w.lower() in _ORG_HEAD_SET]
        # Official names capitalise their head: "Ministry of Finance", not "Yoon's ministry".
        # ("the Joint Commission Meeting on Trade and Cooperation" is a meeting: it says nothing)
        if len(name.split()) >= 2 and name[0].isupper() and heads and heads[0][0].isupper() \
                and not _A_MEETING.search(name):
            table.body(name, start + match.start(), acronym=match.group("acronym"),
                       country=city_country)
    if "(" in segment:
        _bodies_by_initials(segment, start, table)
    for match in _titled_names(segment, words, capitals):
        head_after = _WORD_AFTER.match(segment, match.end("name")) if match.group("title").lower() in _DESCRIBING else None
        if head_after and head_after.group(1).lower() in _ORG_HEAD_SET:
            continue  # "the official Emirates News Agency": a body's name, not a person's
        title_words, name = _country_across(match.group("title"), match.group("name"))
        name = _trim_name(name, single=True) if name else None
        if name and name not in _PLACES:  # ("the Ukrainian minister, Kyiv is ready …")
            title, country = _title_and_country(title_words, match.group("poss"))
            table.person(name, start + match.start("name"), title=title,
                         country=country or _country_after(segment, match.end("name")))
    for match in finditer_at(_HONORIFIC_NAME, segment, words.starts(HONORIFIC_WORDS), 0, len(segment)):
        name = _trim_name(match.group("name"))
        if name:
            # "The UAE President, His Highness Sheikh …": the title stands before the comma.
            titled = _TITLE_BEFORE_HONORIFIC.search(segment, max(0, match.start() - 60), match.start())
            title, country = _title_and_country(titled.group("title"), None) if titled else (None, None)
            table.person(name, start + match.start("name"), title=title, country=country)
    for match in _appositions(segment):
        name = _trim_name(match.group("name"), before_title=True)
        if not name or name in _PLACES:
            continue  # ("… in New York, Taoiseach Micheál Martin …": a city before a title)
        after = _NAME_AFTER.match(segment, match.end("title"))
        if after and plausible_person(after.group().strip()):
            table.person(name, start + match.start("name"))  # (the title is the next name's)
            continue
        title, country = _title_and_country(match.group("title"), match.group("poss"))
        org = match.group("org")
        if org:
            org = _THE.sub("", org)
            body = table.body(org, start + match.start("org"), country=country)
            country = country or body.speaker.country
        table.person(name, start + match.start("name"), title=title, affiliation=org,
                     country=country)
    if "(" in segment:
        _names_with_country_in_brackets(segment, start, table)
    plural_heads = any(head in segment for head in ("Ministers", "Presidents", "Premiers", "Chancellors", "Secretaries"))
    for head in _PLURAL_HEAD.finditer(segment) if plural_heads else ():  # rare: the full pattern only around one
        match = _PLURAL_TITLED.search(segment, max(0, head.start() - 60), head.end() + 100)
        if match and match.start("a") >= head.end():
            _plural_titled(table, match, start)
    table.people.sort(key=lambda e: min(e.mentions))
    return table


_WORD_AFTER = re.compile(r"[^\S\n]+([A-Z][a-z]+)\b")
# "Leo Varadkar (Ireland), Paolo Gentiloni (Italy) …": a name, then its country in brackets.
_COUNTRY_IN_BRACKETS = re.compile(r"[^\S\n]\((?P<country>[A-Z][\w .'\-]{2,30})\)")


def _names_with_country_in_brackets(segment: str, start: int, table: EntityTable) -> None:
    """People listed with their country in brackets after the name (a summit's table)."""
    for match in _COUNTRY_IN_BRACKETS.finditer(segment):
        country = country_of(match.group("country"))
        if not country:
            continue
        name = _name_ending_at(segment, max(0, match.start() - 60), match.start())
        trimmed = _trim_name(name.group()) if name else None
        if trimmed and plausible_person(trimmed) and trimmed not in _PLACES:
            table.person(trimmed, start + match.start() - len(trimmed), country=country)
# Title words that also describe a body: "the official Emirates News Agency", "state Xinhua".
_DESCRIBING = {"official", "state"}
# "Russian and Iranian Foreign Ministers Sergei Lavrov and Mohammad Javad Zarif",
# "Presidents Joe Biden and Xi Jinping": one plural title before two names.
_PLURAL_HEAD = re.compile(r"\b(?:Prime\s+)?(?:Ministers|Presidents|Premiers|Chancellors|Secretaries)\b")
_OF_COUNTRY = r"(?:\s+of\s+(?P<of_{0}>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?))?"
_PLURAL_TITLED = re.compile(
    rf"(?P<title>(?:[A-Z][\w.\-'’]*\s+(?:and\s+[A-Z][\w.\-'’]*\s+)?){{0,3}}?"
    rf"(?:Prime\s+)?(?:Ministers|Presidents|Premiers|Chancellors|Secretaries))\s+"
    # each name may say its country: "Presidents Xi Jinping of China and Lula da Silva of
    # Brazil"; and there may be more than two: "Ministers A, B, and C"
    rf"(?P<a>{NAME}){_OF_COUNTRY.format('a')}(?P<more>(?:,\s+{NAME}(?:\s+of\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?)*)"
    rf",?\s+and\s+(?P<b>{NAME}){_OF_COUNTRY.format('b')}\b")
_LISTED_NAME = re.compile(rf",\s+(?P<name>{NAME}){_OF_COUNTRY.format('name')}")


def _plural_titled(table: EntityTable, match: re.Match, start: int) -> None:
    """Each person a plural title names, with the title in the singular."""
    words = match.group("title").split()
    countries = [country_of(w) for w in words if country_of(w)]
    head = [w for w in words if w != "and" and not country_of(w)]
    title = " ".join(head)
    title = title[:-3] + "y" if title.endswith("ies") else title[:-1]
    named = [(match.group("a"), match.start("a"), match.group("of_a"))]
    named += [(m.group("name"), match.start("more") + m.start("name"), m.group("of_name"))
              for m in _LISTED_NAME.finditer(match.group("more"))]
    named.append((match.group("b"), match.start("b"), match.group("of_b")))
    for index, (written, at, of) in enumerate(named):
        name = _trim_name(written)
        if name:
            country = countries[index] if len(countries) == len(named) else (countries[0] if len(countries) == 1 else None)
            table.person(name, start + at, title=title, country=country_of(of or "") or country)


# The full patterns try a name at every capitalised word, which is slow; a title word is
# rare, so find those first and try the full pattern only around them.
# Official names capitalise their head ("Ministry of Finance"), so only those anchor a body.
_CAPITALISED_ORG_HEAD = re.compile(r"\b" + word_pattern(h.capitalize() for h in set(ORG_HEADS)) + r"\b")
# A title that introduces a name is followed by the name or by "of ..."/"for ...".
_TITLE_HEAD = re.compile(rf"\b{_ANY_TITLE_HEAD}\b(?=,?\s+(?:[{CAPITALS}]|\([A-Z]{{2,5}}\)\s+[A-Z]|of\b|for\b|to\s+(?:the\s+)?[A-Z]))")
# (not a clause that names someone else: "… in San Francisco, according to an American official")
_APPOSITION_TITLE = re.compile(rf",\s+(?!(?:according|as|with|by|from|to|for|in|on|at|said|told|says)\b)"
                               rf"(?:the\s+|a\s+)?(?:[\w.\-'’]+\s+){{0,4}}?(?i:{_TITLE_HEAD_RE})\b")
# The words find_entities looks for before trying its patterns: a WordIndex vocabulary.
ENTITY_WORDS = _TITLE_WORDS | set(ORG_HEADS) | HONORIFIC_WORDS
_VOCABULARY = vocabulary(ENTITY_WORDS)
# What cannot stand between a titled name's start and its title: words, spaces and the
# marks inside possessives and initials only; never a line break (the line before is a
# headline or a dateline, whose place is no one's country).
_NOT_IN_TITLE = re.compile(r"[^\w \t.'’\-]")
_NAME_AT_END = re.compile(rf"{NAME}$")
# A capital that starts a word: "D Kerry" is not a name in "RELATED Kerry".
_CAPITAL = re.compile(rf"(?<![\w'’.\-])[{UPPER}]")


def _titled_names(segment: str, words: WordIndex, capitals: list[int]):
    """_TITLE_BEFORE_NAME matches, left to right, without overlaps."""
    titles = words.starts(_TITLE_WORDS)
    anchors = finditer_at(_TITLE_HEAD, segment, titles, 0, len(segment))
    # A titled name starts with a capital (a possessive, a title word) or with the title,
    # and reaches its title within six words ("South Korea's Deputy Prime Minister").
    def reaches_title(start: int) -> bool:
        title = bisect_left(titles, start)
        if title == len(titles):
            return False
        between = segment[start:titles[title]]
        return len(between.split()) <= 6 and not _NOT_IN_TITLE.search(between)

    return matches_around(_TITLE_BEFORE_NAME, anchors, segment, 90, 90, _merged(capitals, titles),
                          reaches_title)


def _merged(first: list[int], second: list[int]) -> list[int]:
    return sorted(set(first).union(second))


def _appositions(segment: str):
    """_NAME_THEN_TITLE matches: a name just before ", <title>"."""
    last_end = 0
    for comma in _APPOSITION_TITLE.finditer(segment):
        if comma.start() < last_end:
            continue
        name = _name_ending_at(segment, max(last_end, comma.start() - 60), comma.start())
        if not name:
            continue
        start = name.start() + _country_before_name(name.group())
        second_word = _AFTER_DATO.search(segment, max(0, start - 8), start + 5)
        if second_word and second_word.start("second") == start:
            start = second_word.end()  # "Dato' Sri Hishamuddin Hussein": "Sri" is the honorific's
        match = _NAME_THEN_TITLE.match(segment, start)
        if match:
            last_end = match.end()
            yield match


# "his counterpart, Batmunkh Battsetseg, ministry spokesperson Choi Young-sam said": a title
# with a name of its own after it is that name's, not the one before the comma.
_NAME_AFTER = re.compile(rf"[^\S\n]+{_NAME_WORD}[^\S\n]+{_NAME_WORD}")


def _country_before_name(words: str) -> int:
    """How far into `words` a name starts after a country's name: "(President of the) United
    States Joe Biden, …" is Joe Biden."""
    parts = words.split()
    for cut in (3, 2, 1):
        # (a country's name or adjective, not a capital: "Santiago Peña" is a person)
        if len(parts) >= cut + 2 and is_country_word(" ".join(parts[:cut])):
            return len(" ".join(parts[:cut])) + 1
    return 0


# (the first word of Malaysia's "Dato' Sri" is no name word, and the name found starts at "Sri")
_AFTER_DATO = re.compile(r"(?:Dato['’]?|Datuk)\s+(?P<second>S(?:e)?ri)\s+")


def _name_ending_at(segment: str, start: int, end: int) -> re.Match | None:
    """_NAME_AT_END.search(segment, start, end), tried only where a name can begin: at a
    capital letter (searching from every position is slow)."""
    for capital in _CAPITAL.finditer(segment, start, end):
        name = _NAME_AT_END.match(segment, capital.start(), end)
        if name:
            return name
    return None


_JOINED_ARTICLE = re.compile(r"(?:al|el|as|ash|ad|an)-[A-Z]")


@lru_cache(maxsize=4096)
def _country_across(title: str, name: str) -> tuple[str, str]:
    """"Foreign Minister of Saudi" + "Arabia Salman Al Saud": the country's second word
    belongs to the title, not the name."""
    last, _, _ = name.partition(" ")
    if title and country_of(f"{title.split()[-1]} {last}"):
        return f"{title} {last}", name[len(last):].strip()
    return title, name


@lru_cache(maxsize=8192)
def plausible_person(name: str) -> bool:
    """Whether a name found for a person looks like one: capitalised words, none of them a
    title, a body, a place or a page's word ("UN chief", "Labuan Bajo", "Committee")."""
    words = [w for w in name.split() if w not in _REGNAL_NUMBERS]  # "Abdullah II"
    # "al-Sisi": an Arabic article joined to the name word
    if not words or any(not w[:1].isupper() for w in words
                        if w.lower() not in NAME_PARTICLES and not _JOINED_ARTICLE.match(w)):
        return False
    # "PMO", "UN": a body (two capitals first are initials: "KP Sharma Oli")
    if any(len(w) > 1 and w.isupper() and "." not in w and not (i == 0 < len(words) - 1 and _TWO_INITIALS.fullmatch(w))
           for i, w in enumerate(words)):
        return False
    lowered = [part.lower().strip(".,") for w in words for part in w.split("-")]
    if any(w.lower().replace("-", "") in _PORTFOLIO_WORDS for w in words):
        return False
    # ("He" in a name of two words or more is a Chinese name: "He Lifeng", "Liu He".)
    # ("Forein Ministers", a headline's misspelt title: a plural title is no one either)
    if any(w in _TITLE_OR_BODY or (w.endswith("s") and w[:-1] in _TITLE_OR_BODY) for w in lowered) or \
            any(w in _NOT_NAMES and not (w == "He" and len(words) > 1) and w not in _calendar_words_named(words)
                and not (i == 0 and _opens_with_initial_a(words))
                for i, w in enumerate(words)):
        return False
    if words[0] in DIRECTIONS and len(words) > 1:
        return False  # "West Manggarai", "East Java": a region, not a person
    return not (country_of(name) or name in _PLACES)


def _calendar_words_named(words: list[str]) -> set[str]:
    """Calendar words that are a name's here: "Jan" first ("Jan Lipavsky"), "May" or "Jun"
    last ("Theresa May", "Dong Jun"), in a name of two words or more."""
    if len(words) < 2:
        return set()
    return ({"Jan"} & {words[0]}) | ({"May", "Jun"} & {words[-1]})


_REGION_WORDS = {"Asia", "Africa", "Europe", "Americas", "Oceania", "Caribbean", "Balkans"}
_COMPOUND_ADJECTIVE = re.compile(r"-(?:led|backed|based|brokered|born|run|owned|sponsored|funded|linked|allied"
                                 r"|aligned|controlled|era|style)(?![\w-])", re.I)


_POSSESSIVE_ENDINGS = ("'s", "’s")


def _opens_with_initial_a(words: list[str]) -> bool:
    """"A K Abdul Momen": an initial, not the article, before another initial."""
    return len(words) > 2 and words[0] == "A" and re.fullmatch(r"[A-Z]\.?", words[1]) is not None


def _trim_name(name: str, single: bool = False, before_title: bool = False) -> str | None:
    """Drop words that are not part of a personal name; a name needs two words, or one
    after a title (`single`: "Coordinating Minister Suharyanto"). Before a title after a
    comma (`before_title`: "He Lifeng, vice premier, …") "He" is a name too."""
    words = list(name.split())
    # "the Professor Yunus-led government": a compound adjective ends the name before it.
    compound = _COMPOUND_ADJECTIVE.search(name) if "-" in name else None
    if compound:
        words = name[:compound.start()].split()[:-1]
    # After a title, "He" is a Chinese name, not a pronoun: "Vice Premier He Lifeng", "Liu He".
    kept = {"He"} if (single or before_title) and len(words) >= 2 else set()
    kept |= _calendar_words_named(words)
    while words and words[-1] in _NOT_NAMES and words[-1] not in kept:
        words.pop()
    # (and a title's last word before it: "Minister of Foreign Affair Gabrielius Landsbergis",
    # even with a stray possessive: "Prime Minister’s Ishiba’s past visits")
    if _opens_with_initial_a(words):
        kept.add("A")
    while words and (words[0] in _NOT_NAMES or words[0].lower() in _TITLE_OR_BODY
                     or (words[0][-2:] in _POSSESSIVE_ENDINGS and words[0][:-2].lower() in _TITLE_OR_BODY)) \
            and words[0] not in kept:
        words.pop(0)
    if len(words) < (1 if single else 2) or any(is_country_word(w) or w in _REGION_WORDS for w in words):
        return None  # (a world region is no one's name: "director general for … Central Asia")
    return " ".join(words)


# A full name with no title, in the places a person stands: opening a sentence before what
# people do ("Anthony Albanese and Xi Jinping have met", "Shavkat Mirziyoyev thanked …"),
# or after what one does to another ("… thanked Kassym-Jomart Tokayev").
PERSON_VERBS = {"met", "meets", "held", "holds", "spoke", "speaks", "thanked", "welcomed", "received", "receives",
                "hosted", "hosts", "visited", "discussed"}
_TOP_SENTENCES = 16
_OBJECT_VERBS = {"met", "meets", "thanked", "welcomed", "received", "hosted"}
# One compiled NAME for both places (each copy of it costs its compile time at import).
_NAME_HERE = re.compile(NAME)
_BEFORE_VERB = re.compile(r"[^\S\n]+(?:has[^\S\n]+|have[^\S\n]+|had[^\S\n]+|also[^\S\n]+|on[^\S\n]+\w+day[^\S\n]+)?$")
_AND = re.compile(r"[^\S\n]+and[^\S\n]+")
_TWO_CAPITALS = re.compile(r"[A-Z][\w'’\-]+ +(?:[a-z]{1,3} +){0,2}[A-Z]")  # ("Ursula von der Leyen")
_CAPITAL_AFTER = re.compile(r"(?: with)? +(?=[A-Z])")


# A country owning the name after it: "Chile’s Michelle Bachelet met …" (wire style).
_COUNTRY_OWNER = re.compile(r"(?P<country>[A-Z][\w.\-]*(?:[^\S\n]+[A-Z][\w.\-]*)?)['’]s[^\S\n]+(?=[A-Z])")


def _owned_by_country(text: str, at: int, end: int) -> tuple[int, str | None]:
    """Where a name starts at `at`, past a country that owns it ("Chile’s "), and that country."""
    owner = _COUNTRY_OWNER.match(text, at, end)
    country = country_of(owner.group("country")) if owner else None
    return (owner.end(), country) if country else (at, None)


def _subjects(text: str, start: int, verb: int) -> list[tuple[str, int, str | None]]:
    """"A B has met", "A B and C D held", "Chile’s A B met": the names that open
    text[start:verb] before it, each with the country that owns it."""
    at, country = _owned_by_country(text, start, verb)
    first = _NAME_HERE.match(text, at, verb)
    if not first:
        return []
    names = [(first.group(), first.start(), country)]
    joined = _AND.match(text, first.end(), verb)
    if joined:
        at, country = _owned_by_country(text, joined.end(), verb)
        second = _NAME_HERE.match(text, at, verb)
        if not second:
            return []
        names.append((second.group(), second.start(), country))
    return names if _BEFORE_VERB.match(text, names[-1][1] + len(names[-1][0]), verb) else []


# Titles reports abbreviate before a name: "PM Modi", "FM Bilawal", "EAM Jaishankar".


def add_untitled_people(text: str, sentences: list, table: EntityTable, verbs: list[int]) -> None:
    """People a report names in full without a title, where only a person can stand;
    `verbs` are where PERSON_VERBS stand in the text (a WordIndex)."""
    # Who meets whom is told at the top: the headline, the lead and the paragraphs after.
    starts = [s.start for s in sentences[:_TOP_SENTENCES]]
    top_end = sentences[_TOP_SENTENCES - 1].end if len(sentences) >= _TOP_SENTENCES else len(text)
    found, tried = [], set()
    for at in verbs:
        if at >= top_end:
            break
        index = bisect_left(starts, at + 1) - 1
        if index < 0 or not text[at].islower():
            continue
        end = text.find(" ", at)
        verb = text[at:end if end >= 0 else len(text)].rstrip(".,;:")
        sentence_start = starts[index]
        # (cheap tests first: most sentences do not open with two capitalised words)
        if at - sentence_start < 80 and index not in tried and _TWO_CAPITALS.match(text, sentence_start, at):
            tried.add(index)
            found += _subjects(text, sentence_start, at)
        verb_end = at + len(verb)
        gap = _CAPITAL_AFTER.match(text, verb_end) \
            if verb in _OBJECT_VERBS or text.startswith(" with", verb_end) else None
        if gap:
            at, country = _owned_by_country(text, gap.end(), gap.end() + 60)
            after = _NAME_HERE.match(text, at)
            if after and (after.end() == len(text) or not text[after.end()].isalnum()):
                found.append((after.group(), after.start(), country))
    for name, at, country in found:
        name = _trim_name(name)
        if name and name.split()[0] in TITLE_ABBREVIATIONS:
            at += len(name.split()[0]) + 1  # "EAM Jaishankar": the title is not the name
            name = " ".join(name.split()[1:])
        if name and plausible_person(name) and not any(name.split()[0] in b.speaker.name for b in table.bodies):
            table.person(name, at, country=country) if country else table.person(name, at)
    table.people.sort(key=lambda e: min(e.mentions))
