"""Who "he", "she" or "it" is: the subject of the sentence before, not merely who spoke last.

"Minh valued the US role. He said he expected …": a pronoun that opens a statement refers
to whom the preceding sentence was about. That sentence's speaker, if it has one, else the
first person (or body) it names outside quotation marks. Reports name a person in full once
and by one word afterwards ("Minh", "Jaishankar"), so a mention is any distinctive word of
their name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from anyascii import anyascii

from onrecord.db.extract.entities import NAME_PARTICLES, Entity, EntityTable, plausible_person
from onrecord.db.extract.layout import Span
from onrecord.db.identity import folded_name

# Name words that do not tell people apart ("bin", "Al", "Mr").
_PARTICLES = NAME_PARTICLES | {"mr", "ms", "dr"}
# Two-letter words that are no surname: a pronoun, particles, honorifics.
_NOT_TWO_LETTER_NAMES = {p.capitalize() for p in NAME_PARTICLES if len(p) == 2} | {"He", "Mr", "Ms", "Dr", "St", "Jr", "Sr"}
_CAPITALISED_WORD = re.compile(r"(?<![\w'’\-])[A-Z][\w'’]*")
# A sentence opened by one capitalised word and a verb: "Gedu extended …", "Erdogan says …"
_BARE_SUBJECT = re.compile(r"(?:(?:But|And|Meanwhile|However),?\s+)?(?P<name>[A-Z][a-z]{2,})\s+(?:also\s+|later\s+|then\s+)?"
                           r"(?:[a-z]{3,}ed|said|told|met|held|spoke|made|gave|took|sent|[a-z]{3,}s)\b")
# Words that name groups, not a person: "Protesters", "Investors", "Sanctions".
_PLURAL_NOUN = re.compile(r"(?:ers|ors|ists|ians|ions|ants|ents|ies|es)$")
# Capitalised words that open such sentences without being anyone: outlets, plural nouns.
# (plausible_person already refuses what entities._NOT_NAMES holds: "Twitter", "Today", "Both")
_NOT_SUBJECT_NAMES = {"Reuters", "Xinhua", "Yonhap", "Kyodo", "Bernama", "Sources", "Talks", "Meetings", "Discussions",
                      "Negotiations", "Relations", "Ties", "Trade", "Diplomats", "Observers"}
# Between "asked" and whom: "asked Minister Bishop", "asked the Australian minister Bishop".
_ASKED_WHOM = re.compile(r"(?:the\s+)?(?:(?!(?:about|whether|if|to|on|for|why|what|how|when)\b)[A-Za-z][\w.'’\-]*\s+){0,4}")
_A_QUESTION = re.compile(r"^[^,;\"“”]*?\s(?:about|whether|if|what|why|how|when)\b")
# How many sentences back a pronoun may reach for its antecedent.
_REACH = 3


class Antecedents:
    """Subjects of sentences, found once per report and only if a pronoun needs them."""

    def __init__(self, text: str, sentences: list[Span], quoted: list[Span], entities: EntityTable) -> None:
        self.text = text
        self.sentences = sentences
        self.starts = [s.start for s in sentences]
        self.quoted = quoted
        self.entities = entities
        self._people: list[tuple[int, Entity]] | None = None
        self._marked_names = False  # whether a name is written with marks ("Sơn"): then fold
        # Where a statement's speaker was written, and who it resolved to.
        self.spoken: list[tuple[int, Entity]] = []

    def heard(self, position: int, entity: Entity) -> None:
        self.spoken.append((position, entity))

    def of(self, kind: str, position: int) -> Entity | None:
        """The antecedent of a pronoun of `kind` ("person" or "body") written at `position`."""
        index = bisect_right(self.starts, position) - 1
        for back in range(1, _REACH + 1):
            if index - back < 0:
                return None
            sentence = self.sentences[index - back]
            asked = self.text.find(" asked ", sentence.start, sentence.end) if kind == "person" else -1
            answering = self._asked(sentence, asked) if asked >= 0 else None
            if answering is not None:
                return answering
            spoke = [e for p, e in self.spoken if sentence.start <= p < sentence.end and e.speaker.kind == kind]
            if spoke:
                return spoke[-1]
            bare = self._bare_subject(sentence) if kind == "person" else None
            if bare is not None:
                return bare
            # Mentions are in text order: the sentence's are one slice, its first the subject.
            # (read only now: most pronouns are settled above, and people's mentions cost)
            mentions = self._mentions(kind)
            first = bisect_left(mentions, sentence.start, key=lambda pair: pair[0])
            for at, entity in mentions[first:]:
                if at >= sentence.end:
                    break
                if not self._in_quote(at):
                    return entity
        return None

    def _asked(self, sentence: Span, asked: int) -> Entity | None:
        """"Reporters asked Minister Bishop about the visas. 'Our laws apply …,' she said":
        whoever was asked a question answers (the person named right after "asked", at
        `asked`), when whoever asked is no one the report names ("Ruiz asked Vidal to …. She
        said …" is still Ruiz)."""
        if self._in_quote(asked):
            return None
        mentions = self._mentions("person")
        first = bisect_left(mentions, sentence.start, key=lambda pair: pair[0])
        asking = first < len(mentions) and mentions[first][0] < asked
        if asking:
            return None
        first = bisect_left(mentions, asked, key=lambda pair: pair[0])
        for at, entity in mentions[first:first + 8]:
            if at >= sentence.end or not _ASKED_WHOM.fullmatch(self.text, asked + 7, at):
                continue
            # (a question, not a request: "asked Minister Bishop about", not "asked her to")
            rest = self.text[at:sentence.end]
            return entity if _A_QUESTION.search(rest[:80]) else None
        return None

    def _bare_subject(self, sentence: Span) -> Entity | None:
        """"Gedu extended his congratulations … He said …", "Erdogan denounced the charges.
        But he has said …": a sentence's subject named by one word, a person the report
        never introduced in full (its copy may start mid-story). A person, if the word is a
        plausible name no one else in the report owns."""
        subject = _BARE_SUBJECT.match(self.text, sentence.start, sentence.end)
        if not subject:
            return None
        word = subject.group("name")
        if not plausible_person(word) or word in _NOT_SUBJECT_NAMES:
            return None
        lower = word.lower()
        # (spelt with or without its accents: "Sola" is Felipe Solá)
        owners = [e for e in self.entities.people if folded_name(lower) in {folded_name(t) for t in e.tokens()}]
        if owners:
            return owners[0] if len(owners) == 1 else None
        if _PLURAL_NOUN.search(word) or len(re.findall(rf"\b{word}\b", self.text)) < 2:
            return None  # "Protesters gathered …": a plural; a person is named more than once
        if re.search(rf"\b(?:{lower}|{lower.rstrip('s')})\b", self.text) or any(
                len(t) >= 5 and t[:5] == lower[:5] for e in self.entities.people for t in e.tokens()):
            # a common noun opening the sentence ("Meetings focused on …": "meeting" is
            # written in lower case elsewhere), or a name with a word glued on ("Bidenwho"
            # beside "Joe Bidenbegan")
            return None
        return self.entities.person(word, subject.start("name"))

    def _in_quote(self, position: int) -> bool:
        return any(q.start <= position < q.end for q in self.quoted)

    def _mentions(self, kind: str) -> list[tuple[int, Entity]]:
        """Where people (or bodies) are named, in text order. People's are found once; a
        body gains mentions as speakers resolve to it ("the ministry said"), so read afresh."""
        if kind != "person":
            return sorted(((m, e) for e in self.entities.bodies for m in e.mentions), key=lambda pair: pair[0])
        if self._people is None:
            self._people = self._person_mentions()
        return self._people

    def _person_mentions(self) -> list[tuple[int, Entity]]:
        """Every place a person is named, in full or by one distinctive word of the name."""
        owners: dict[str, list[Entity]] = {}
        for entity in self.entities.people:
            if not plausible_person(entity.speaker.name):
                continue  # a title recorded as written ("a senior official") is no antecedent
            for word in set(re.split(r"[\s\-]+", entity.speaker.name)):
                # (a surname of two letters counts: "Xi", "Li", "Wu"; not "He", "Al", "Mr")
                if (len(word) >= 3 or (len(word) == 2 and word not in _NOT_TWO_LETTER_NAMES)) \
                        and word[:1].isupper() and word.lower() not in _PARTICLES:
                    if word.isascii():
                        owners.setdefault(word, []).append(entity)
                    else:
                        owners.setdefault(anyascii(word), []).append(entity)
                        self._marked_names = True
        distinctive = {word: people[0] for word, people in owners.items() if len(people) == 1}
        if not distinctive:
            return []
        # Capitalised words, each looked up (no pattern compiled per report); spelt with or
        # without marks ("Minister Son" is Bùi Thanh Sơn).
        words = _CAPITALISED_WORD.finditer(self.text)
        if not self._marked_names:
            return [(m.start(), distinctive[m.group()]) for m in words if m.group() in distinctive]
        return [(m.start(), entity) for m in words
                if (entity := distinctive.get(m.group() if m.group().isascii() else anyascii(m.group()))) is not None]
