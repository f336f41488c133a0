"""Benchmark corpus shape b: a second, differently shaped generator of seed-format reports.

Shape a (`db/demo.py`) draws its words from 47 real words with a 1/(k+1) law plus a flat
tail of 50,000 invented commodity names, in short reports (about 11 statements, two
speakers). Plans tuned on it need not carry over, so shape b differs on every axis:

- vocabulary: 40,000 invented words (two to four syllables, ending in -a or -o so that
  Porter's stemmer leaves each one whole), drawn by a Zipf law with exponent 1.1, weight
  1/(k+1)^1.1 for the word of rank k: the top word is about 14% of content words and in
  72% of the statements, ten words are each in more than a tenth of the statements, 90 in
  more than 1%, and half of the words are in fewer than 30 (measured on 1,036,750);
- statements are longer (one to three clauses of 4-9 content words joined by English
  function words), so common words are dense and two of them often stand side by side;
- reports are longer and vary more: 4 to 12 rounds of three statements (about 26 a report,
  from 2 to 4 named speakers: two heads of delegation, sometimes a deputy and a spokesperson);
- 12,000 people with names from a syllable set of their own (never a vocabulary word),
  28 countries, other meeting series and titles, dates over 11 years (2014-2024), later
  years busier.

Deterministic from the seed: the same seed always gives the same reports and the same
benchmark words (`benchmark_words`).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

COUNTRIES = [
    ("Norway", "Oslo", "Norwegian"), ("Sweden", "Stockholm", "Swedish"), ("Finland", "Helsinki", "Finnish"),
    ("Portugal", "Lisbon", "Portuguese"), ("Spain", "Madrid", "Spanish"), ("Italy", "Rome", "Italian"),
    ("Greece", "Athens", "Greek"), ("Austria", "Vienna", "Austrian"), ("Hungary", "Budapest", "Hungarian"),
    ("Romania", "Bucharest", "Romanian"), ("Morocco", "Rabat", "Moroccan"), ("Nigeria", "Abuja", "Nigerian"),
    ("Ghana", "Accra", "Ghanaian"), ("Ethiopia", "Addis Ababa", "Ethiopian"), ("Tanzania", "Dodoma", "Tanzanian"),
    ("Peru", "Lima", "Peruvian"), ("Colombia", "Bogota", "Colombian"), ("Argentina", "Buenos Aires", "Argentine"),
    ("Uruguay", "Montevideo", "Uruguayan"), ("Malaysia", "Kuala Lumpur", "Malaysian"),
    ("Philippines", "Manila", "Philippine"), ("Singapore", "Singapore", "Singaporean"),
    ("Mongolia", "Ulaanbaatar", "Mongolian"), ("Kazakhstan", "Astana", "Kazakh"),
    ("Pakistan", "Islamabad", "Pakistani"), ("Bangladesh", "Dhaka", "Bangladeshi"),
    ("New Zealand", "Wellington", "New Zealand"), ("Ireland", "Dublin", "Irish"),
]
SERIES = ["Ministerial Council", "High-Level Economic Dialogue", "Joint Commission on Trade and Investment",
          "Policy Consultation", "Economic Partnership Talks", "Joint Working Committee on Infrastructure",
          "Ministerial Roundtable on Food Security", "Business and Investment Forum",
          "Digital Economy Dialogue", "Joint Committee on Science and Technology", "Maritime Affairs Dialogue"]
TITLES = [("Deputy Prime Minister", "government"), ("Finance Minister", "finance"),
          ("Agriculture Minister", "agriculture"), ("Transport Minister", "transport"),
          ("Foreign Minister", "foreign"), ("Commerce Minister", "commerce"),
          ("Science Minister", "science"), ("Labour Minister", "labour")]
# Syllables of the vocabulary (consonant, vowel a/i/o); names use their own, below.
CONSONANTS = "bdfgklmnprstvz"
VOWELS = "aio"
NAME_ONSETS = ["Br", "Th", "Kr", "St", "Dr", "Gw", "Fl", "Sk", "Vr", "Pl", "Tr", "Gr", "Sh", "Ch", "Wy"]
NAME_NUCLEI = ["e", "u", "ey", "ou", "ue", "ew"]
NAME_CODAS = ["ll", "nd", "rsk", "th", "ck", "mp", "rn", "ss", "lt", "rd"]
FUNCTION_OPENINGS = ["We", "Our governments", "Both sides", "The two countries", "Together we", "Our delegations"]
FUNCTION_VERBS = ["will", "must", "agreed to", "are ready to", "intend to", "have decided to", "should"]
JOINERS = ["and", "of", "for", "with", "in", "on", "through", "between", "to", "as well as", "and the"]
REPORTED_OPENINGS = ["the two sides", "the government", "both delegations", "the ministry", "the new council"]
ZIPF_EXPONENT = 1.1


@dataclass(frozen=True)
class Person:
    name: str
    surname: str
    title: str
    country: int
    pronoun: str


def _syllable(rng: random.Random, vowels: str = VOWELS) -> str:
    return rng.choice(CONSONANTS) + rng.choice(vowels)


class CorpusB:
    """Reports generated from `seed`; `people` recur across them."""

    def __init__(self, seed: int = 13, people: int = 12_000, words: int = 40_000) -> None:
        self.rng = random.Random(seed)
        self.vocabulary = self._words(words)  # ranked: index 0 is the most frequent
        self.cumulative = list(accumulate(1 / (k + 1) ** ZIPF_EXPONENT for k in range(words)))
        self.people = []
        seen = set()
        while len(self.people) < people:
            surname = self._name_part()
            given = self._name_part() + " " + self._name_part()
            if (surname, given) in seen:
                continue
            seen.add((surname, given))
            title, _ = self.rng.choice(TITLES)
            self.people.append(Person(f"{given} {surname}", surname, title,
                                      self.rng.randrange(len(COUNTRIES)), self.rng.choice(["he", "she"])))
        # Some people speak far more often than others (the speaker filter picks one of them).
        self.people_weights = list(accumulate(1 / (k + 1) ** 0.6 for k in range(people)))

    def _words(self, count: int) -> list[str]:
        words, seen = [], set()
        while len(words) < count:
            syllables = self.rng.choice((2, 3, 3, 3, 4))
            word = "".join(_syllable(self.rng) for _ in range(syllables - 1)) + _syllable(self.rng, "ao")
            if word not in seen:
                seen.add(word)
                words.append(word)
        return words

    def _name_part(self) -> str:
        rng = self.rng
        return rng.choice(NAME_ONSETS) + rng.choice(NAME_NUCLEI) + rng.choice(NAME_CODAS) + \
            rng.choice(["", "a", "en", "ov", "is"])

    def _word(self) -> str:
        return self.rng.choices(self.vocabulary, cum_weights=self.cumulative)[0]

    def _clause(self) -> str:
        rng = self.rng
        words = [self._word() for _ in range(rng.randrange(4, 10))]
        out = [words[0]]
        for word in words[1:]:
            # Content words side by side about half the time, else a function word between.
            out.append(word if rng.random() < 0.5 else f"{rng.choice(JOINERS)} {word}")
        return " ".join(out)

    def _quote(self) -> str:
        rng = self.rng
        clauses = [self._clause() for _ in range(rng.randrange(1, 4))]
        return f"{rng.choice(FUNCTION_OPENINGS)} {rng.choice(FUNCTION_VERBS)} " + ", and ".join(clauses)

    def _person(self) -> Person:
        return self.rng.choices(self.people, cum_weights=self.people_weights)[0]

    def report(self) -> str:
        rng = self.rng
        # Later years busier: the day is the larger of two uniform draws over 11 years.
        published = date(2014, 1, 1) + timedelta(days=max(rng.randrange(4018), rng.randrange(4018)))
        host = self._person()
        guest = self._person()
        while guest.country == host.country:
            guest = self._person()
        a, b = COUNTRIES[host.country], COUNTRIES[guest.country]
        ordinal = rng.randrange(1, 15)
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(ordinal if ordinal < 20 else ordinal % 10, "th")
        meeting = f"{ordinal}{suffix} {a[2]}-{b[2]} {rng.choice(SERIES)}"
        weekday = (published - timedelta(days=rng.randrange(0, 2))).strftime("%A")
        portfolio = dict(TITLES)[host.title]
        place = b[1] if rng.random() < 0.5 else a[1]
        speakers = [host, guest]
        for chance in (0.5, 0.3):  # a deputy, a spokesperson
            extra = self._person()
            if rng.random() < chance and extra not in speakers:
                speakers.append(extra)
        paragraphs = [
            f" date {published.isoformat()} {host.title} {host.name} talks with {guest.name} during the "
            f"{meeting} in {place} on {weekday}. (Shape B benchmark corpus, fictional)",
            f"{a[0]} and {b[0]} agreed on {weekday} to work together on {self._word()} and {self._word()}, "
            f"{a[1]}'s {portfolio} ministry said.",
            f"The {meeting} in {place} brought together {a[0]}'s {host.title} {host.name} and "
            f"{guest.name}, {guest.title.lower()} of {b[0]}.",
        ]
        for extra in speakers[2:]:
            home = COUNTRIES[extra.country][0]
            paragraphs.append(f"{home}'s {extra.title} {extra.name} also attended the talks.")
        for _ in range(rng.randrange(4, 13)):
            speaker = rng.choice(speakers)
            paragraphs.append(f"\"{self._quote()},\" {speaker.surname} said.")
            paragraphs.append(f"\"{self._quote()},\" {speaker.pronoun} added.")
            other = rng.choice(speakers)
            paragraphs.append(f"{other.surname} said {rng.choice(REPORTED_OPENINGS)} would {self._clause()}.")
        paragraphs.append(f"The {b[2]} delegation also proposed a study of {self._clause()}.")
        return "\n\n".join(paragraphs) + "\n"

    def reports(self, count: int) -> Iterator[tuple[str, str]]:
        """(file name, text) for `count` reports."""
        for number in range(count):
            yield f"shapeb_{number:07d}.txt", self.report()


def benchmark_words(seed: int = 13) -> list[str]:
    """The vocabulary of `CorpusB(seed)`, most frequent first (what the search benchmark asks for)."""
    return CorpusB(seed, people=1).vocabulary
