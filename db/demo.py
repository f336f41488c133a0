"""A deterministic generator of fictional seed-format reports, for demos and benchmarks.

Every person, meeting and statement is invented (the photo credit says so). The reports
read like the seed: a dated caption, a lead attributed to a ministry, the named meeting
and its co-chairs, quotes and reported speech. Vocabulary follows a Zipf-like law: a few
words appear in more than a tenth of the statements, most are rare, and a long tail of
invented commodity names makes rare-term searches realistic. Speakers recur across
reports. The same seed always gives the same corpus.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = [
    ("South Korea", "Seoul", "South Korean"), ("China", "Beijing", "Chinese"), ("Japan", "Tokyo", "Japanese"),
    ("India", "New Delhi", "Indian"), ("Vietnam", "Hanoi", "Vietnamese"), ("Indonesia", "Jakarta", "Indonesian"),
    ("Australia", "Canberra", "Australian"), ("Germany", "Berlin", "German"), ("France", "Paris", "French"),
    ("Brazil", "Brasilia", "Brazilian"), ("Canada", "Ottawa", "Canadian"), ("Mexico", "Mexico City", "Mexican"),
    ("Kenya", "Nairobi", "Kenyan"), ("Egypt", "Cairo", "Egyptian"), ("Poland", "Warsaw", "Polish"),
    ("Chile", "Santiago", "Chilean"), ("Thailand", "Bangkok", "Thai"), ("Turkey", "Ankara", "Turkish"),
]
SERIES = ["Meeting on Economic Cooperation", "Trade Dialogue", "Joint Committee on Energy",
          "Supply Chain Dialogue", "Finance Ministers' Meeting", "Strategic Economic Dialogue",
          "Joint Economic Committee", "Industrial Cooperation Forum", "Climate Partnership Ministerial"]
PORTFOLIOS = [("Finance Minister", "finance"), ("Trade Minister", "trade"), ("Industry Minister", "industry"),
              ("Energy Minister", "energy"), ("Foreign Minister", "foreign"), ("Economy Minister", "economy")]
SYLLABLES = ["an", "bel", "cor", "dan", "el", "fen", "gar", "hal", "ir", "jor", "kel", "lun", "mar",
             "nor", "ol", "pel", "quin", "ros", "sel", "tor", "ul", "val", "wen", "yar", "zan"]
COMMON = ["cooperation", "trade", "supply", "chains", "investment", "energy", "growth", "markets",
          "partnership", "industry", "technology", "security", "exports", "stability", "climate"]
MIDDLE = ["semiconductors", "batteries", "hydrogen", "shipbuilding", "tourism", "fisheries", "tariffs",
          "logistics", "ports", "railways", "pharmaceuticals", "fertiliser", "lithium", "gallium",
          "graphite", "nickel", "cobalt", "rice", "wheat", "steel", "aluminium", "solar", "wind",
          "nuclear", "vaccines", "satellites", "data", "cloud", "films", "music", "students", "visas"]
OPENINGS = [
    "The two nations should deepen cooperation on {a} and {b} to strengthen {c}",
    "We will expand joint investment in {a} while protecting {b} from disruption",
    "Our {a} partnership must deliver results for {b} and for {c}",
    "Stable {a} and open {b} are the foundation of shared growth",
    "Now is the time to upgrade cooperation on {a}, {b} and {c}",
]
REPORTED = [
    "the two sides would set up a working group on {a} and {b}",
    "bilateral {a} had reached a record this year despite weaker {b}",
    "closer coordination on {a} was needed to secure {b}",
    "the government would fund new projects in {a} and {c}",
]


@dataclass(frozen=True)
class Person:
    name: str
    surname: str
    title: str
    country: int
    pronoun: str


def _name(rng: random.Random) -> tuple[str, str]:
    family = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    given = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize() + "-" + rng.choice(SYLLABLES)
    return f"{family} {given}", family


class DemoCorpus:
    """Reports generated from `seed`; `people` recur across them."""

    def __init__(self, seed: int = 7, people: int = 2000, rare_words: int = 50_000) -> None:
        self.rng = random.Random(seed)
        self.people = []
        for _ in range(people):
            name, surname = _name(self.rng)
            title, _ = self.rng.choice(PORTFOLIOS)
            self.people.append(Person(name, surname, title, self.rng.randrange(len(COUNTRIES)),
                                      self.rng.choice(["he", "she"])))
        # Invented commodity names: the rare tail of the vocabulary.
        self.rare = ["".join(self.rng.choice(SYLLABLES) for _ in range(3)) + "ite" for _ in range(rare_words)]
        self.vocabulary = COMMON + MIDDLE
        # Zipf-like weights: word k is chosen with weight 1/(k+1).
        self.weights = [1 / (k + 1) for k in range(len(self.vocabulary))]

    def _word(self) -> str:
        if self.rng.random() < 0.15:
            return self.rng.choice(self.rare)
        return self.rng.choices(self.vocabulary, self.weights)[0]

    def _fill(self, template: str) -> str:
        return template.format(a=self._word(), b=self._word(), c=self._word())

    def report(self, number: int) -> str:
        rng = self.rng
        published = date(2018, 1, 1) + timedelta(days=rng.randrange(3000))
        host, guest = rng.sample(self.people, 2)
        if host.country == guest.country:
            guest = self.people[(self.people.index(guest) + 1) % len(self.people)]
        a, b = COUNTRIES[host.country], COUNTRIES[guest.country]
        series = f"{a[0].split()[-1]}-{b[0].split()[-1]} {rng.choice(SERIES)}"
        ordinal = rng.randrange(1, 30)
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(ordinal if ordinal < 20 else ordinal % 10, "th")
        meeting = f"{ordinal}{suffix} {series}"
        weekday = (published - timedelta(days=rng.randrange(0, 3))).strftime("%A")
        portfolio = dict(PORTFOLIOS)[host.title]
        virtual = rng.random() < 0.3
        held = "held virtually" if virtual else f"held in {a[1]}"
        paragraphs = [
            f" date {published.isoformat()} {host.title} {host.name} speaks during the {meeting} "
            f"{held} on {weekday}. (OnRecord demo corpus, fictional)",
            f"{a[0]} and {b[0]} discussed {self._word()} and {self._word()} on {weekday}, "
            f"{a[1]}'s {portfolio} ministry said.",
            f"The talks took place at the {meeting} {held} between {a[0]}'s {host.title} {host.name} "
            f"and {guest.name}, {guest.title.lower()} of {b[0]}.",
        ]
        for _ in range(rng.randrange(2, 5)):
            paragraphs.append(f"\"{self._fill(rng.choice(OPENINGS))},\" {host.surname} said.")
            paragraphs.append(f"\"{self._fill(rng.choice(OPENINGS))},\" {host.pronoun} added.")
            paragraphs.append(f"{guest.surname} said {self._fill(rng.choice(REPORTED))}.")
        paragraphs.append(f"The {b[2]} government also called for {self._fill('closer cooperation on {a} and {b}')}.")
        return "\n\n".join(paragraphs) + "\n"

    def reports(self, count: int) -> Iterator[tuple[str, str]]:
        """(file name, text) for `count` reports."""
        for number in range(count):
            yield f"demo_{number:07d}.txt", self.report(number)


def write_corpus(out: Path, documents: int, seed: int = 7) -> int:
    """Write `documents` reports into `out`; returns how many were written."""
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for name, text in DemoCorpus(seed).reports(documents):
        (out / name).write_text(text, encoding="utf-8")
        written += 1
    return written
