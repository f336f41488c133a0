"""Scoring extraction against hand annotations (`onrecord eval GOLD.jsonl --docs DIR`).

Gold format, one JSON object per document:
  {"file", "date", "meetings": [{"name", "ordinal", "date", "virtual", "location"}],
   "participants": [{"name", "title", "country"}],
   "quotes": [{"start": first words of the statement, "speaker", "cue", "kind"?}], "topics"}

A predicted statement matches a gold one when its text starts with the gold `start`,
ignoring case, quote marks and spacing; each prediction matches at most one gold entry.

The real corpus (tests/extraction/real/README.md) adds, per document, "published" and
meetings with "main", "status" and their own "participants"; for it the score also says
whether the publication date is right, whether the report's main meeting was found (same
formal name, or a participant in common), its date, and participant precision.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from onrecord.db.documents import read_path
from onrecord.db.extract import extract
from onrecord.db.extract.entities import (
    DOCUMENT_WORDS,
    HONORIFIC_WORDS,
    NAME_PARTICLES,
    ORG_HEADS,
    PATRONYMIC_PARTICLES,
)
from onrecord.db.extract.gazetteer import country_of
from onrecord.db.identity import folded_name, spelt_apart
from onrecord.db.model import Extraction


class GoldError(Exception):
    """A gold file that cannot be read; the message is one line."""


def normalise(text: str | None) -> str:
    """Lower case, no quote marks, single spaces: how statement starts are compared."""
    text = (text or "").lower()
    text = re.sub(r"[\"“”„«»‘’'`]", "", text)
    return " ".join(text.split())


# A gold start is a statement's first words, at most this many.
START_TOKENS = 8


def _name(text: str | None) -> str:
    """A name as compared: no leading "the", no full stop after an initial or at the end
    ("Jr." is "Jr", "S. Jaishankar" is "S Jaishankar", "G.L. Peiris" is "G L Peiris")."""
    written = re.sub(r"^(the)\s+", "", (text or "").strip(), flags=re.I)
    name = _plain(written).rstrip(".")
    owner, _, body = written.partition(" ")
    body = normalise(body).rstrip(".")
    if body in _US_BODY_NAMES and country_of(owner) == "United States":
        return _US_BODY_NAMES[body]  # "US State Department" is the State Department too
    return _BODY_OFFICIAL_NAMES.get(name, name)


def _plain(text: str) -> str:
    """Text as names are compared: normalised, initials without their stops, one spelling
    for the words Britain and America spell apart ("Ministry of Defence", "of Defense")."""
    plain = " ".join(_INITIAL_STOP.sub(r"\1 ", normalise(text)).split())
    return _SPELLING.sub(lambda m: _AMERICAN[m.group()], plain) if _SPELLING.search(plain) else plain


# (a page may write either, and an annotator the other: the same body)
_AMERICAN = {"defence": "defense", "organisation": "organization", "programme": "program", "centre": "center",
             "labour": "labor"}
_SPELLING = re.compile(r"\b(?:" + "|".join(_AMERICAN) + r")\b")


# (initials run together are initials too: "G.L. Peiris" is "G L Peiris")
_INITIAL_STOP = re.compile(r"\b([A-Za-z])\.(?=\s|[A-Za-z]\.)")

# The guide asks for a body's official name, yet annotators write the common one as often
# ("State Department": 6 of 13 times on dev). Both name one body, so both count as it.
_US_BODY_NAMES = {
    "state department": "department of state",
    "treasury department": "department of the treasury",
}
_BODY_OFFICIAL_NAMES = _US_BODY_NAMES | {
    "presidential office": "office of the president",
    "presidents office": "office of the president",
    "prime ministers office": "office of the prime minister",
    "prime minister office": "office of the prime minister",  # (Pakistan's own name for it)
}
# Two names of one body that annotators split on, counted as one where the gold writes only
# one of them: Pakistan's foreign ministry calls itself the Foreign Office, and of its four
# reports on dev one writes "Foreign Office", two "Ministry of Foreign Affairs" and one both
# (there China's ministry speaks too, so there the two names stay two bodies).
_BODY_ALIASES = {"foreign office": "ministry of foreign affairs", "ministry of foreign affairs": "foreign office"}
# (never on a page about Britain, whose Foreign Office is a body of its own beside any other
# country's ministry)
_BRITAIN = re.compile(r"\b(?:British|Britain|UK|U\.K\.|United Kingdom|London|Downing Street|FCDO)\b")


def _one_foreign_ministry(page: str) -> bool:
    return "Foreign Office" in page and not _BRITAIN.search(page)


@dataclass
class Score:
    gold_statements: int = 0
    predicted_statements: int = 0
    matched: int = 0
    speaker_correct: int = 0
    attribution_scored: int = 0  # matched statements whose gold says how the speaker was found
    attribution_correct: int = 0
    gold_meetings: int = 0
    meeting_name_correct: int = 0
    meeting_date_correct: int = 0
    meeting_format_correct: int = 0
    gold_participants: int = 0
    participants_found: int = 0
    documents: int = 0
    # The real corpus's figures (documents annotated with "published" and a main meeting).
    real_documents: int = 0
    published_correct: int = 0
    main_meetings: int = 0
    main_found: int = 0
    main_date_correct: int = 0
    predicted_participants: int = 0
    participants_correct: int = 0
    junk_speakers: int = 0
    problems: list[str] = field(default_factory=list)

    @staticmethod
    def _ratio(part: int, whole: int) -> float:
        return part / whole if whole else 1.0

    @property
    def precision(self) -> float:
        return self._ratio(self.matched, self.predicted_statements)

    @property
    def recall(self) -> float:
        return self._ratio(self.matched, self.gold_statements)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict[str, float]:
        figures = {
            "documents": self.documents,
            "quote_precision": round(self.precision, 4),
            "quote_recall": round(self.recall, 4),
            "quote_f1": round(self.f1, 4),
            "speaker_accuracy": round(self._ratio(self.speaker_correct, self.matched), 4),
            "meeting_name_accuracy": round(self._ratio(self.meeting_name_correct, self.gold_meetings), 4),
            "meeting_date_accuracy": round(self._ratio(self.meeting_date_correct, self.gold_meetings), 4),
            "meeting_format_accuracy": round(self._ratio(self.meeting_format_correct, self.gold_meetings), 4),
            "participant_recall": round(self._ratio(self.participants_found, self.gold_participants), 4),
        }
        if self.real_documents and not self.gold_meetings:
            # The real corpus scores meetings its own way (below), not by formal name.
            for name in ("meeting_name_accuracy", "meeting_date_accuracy", "meeting_format_accuracy"):
                figures.pop(name)
        if self.real_documents:
            figures |= {
                "published_date_accuracy": round(self._ratio(self.published_correct, self.real_documents), 4),
                "main_meeting_found": round(self._ratio(self.main_found, self.main_meetings), 4),
                "main_meeting_date_accuracy": round(self._ratio(self.main_date_correct, self.main_meetings), 4),
                "participant_precision": round(self._ratio(self.participants_correct, self.predicted_participants), 4),
                "wrong_or_junk_statements": round(1 - self._ratio(self.speaker_correct, self.predicted_statements), 4),
                "junk_speakers": self.junk_speakers,
                "attribution_method_accuracy": round(self._ratio(self.attribution_correct,
                                                                 self.attribution_scored), 4),
            }
        return figures


def read_gold(path: Path) -> list[dict]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise GoldError(f"{path}: cannot read ({error.strerror or error})") from None
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldError(f"{path}:{number}: not JSON ({error.msg})") from None
        if not isinstance(record, dict) or "file" not in record:
            raise GoldError(f"{path}:{number}: each record needs a \"file\"")
        records.append(record)
    return records


def score_document(gold: dict, result: Extraction, score: Score, text: str = "") -> None:
    """Score one report's extraction against its gold record; `text` is the report's text,
    which tells which names the report writes (without it, names must match in full)."""
    if "published" in gold:
        _score_real_document(gold, result, score, text)
        return
    name = gold["file"]
    score.documents += 1
    _score_statements(name, gold.get("quotes", []), result, score)
    _score_meetings(name, gold.get("meetings", []), result, score)
    predicted_people = {_name(p.name) for m in result.meetings for p in m.participants}
    for person in gold.get("participants", []):
        score.gold_participants += 1
        if _name(person["name"]) in predicted_people:
            score.participants_found += 1
        else:
            score.problems.append(f"{name}: participant not found: {person['name']}")


def _page_forms(gold_names: set[str], text: str) -> dict[str, str]:
    """For each person's name in the gold that the report never writes in full, the surname
    the report does write ("biden" for "joe biden"): the guide asks for a name as the report
    spells it, and no prediction can know more than the page. Only a plain surname of three
    letters or more, capitalised on the page and shared by no other gold name; never a
    body's or a patronymic ("bin Salman")."""
    page = _plain(text)
    surnames: dict[str, list[str]] = {}
    for gold in sorted(gold_names):  # (every gold name's surname, to tell shared ones)
        words = gold.split()
        if len(words) >= 2 and not any(w in _BODY_WORDS or w in _PARTICLES for w in words):
            surnames.setdefault(words[-1], []).append(gold)
    forms = {}
    for surname, golds in surnames.items():
        if len(golds) == 1 and golds[0] not in page and len(surname) >= 3 and any(
                m.group()[0].isupper() for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text, re.I)):
            forms[surname] = golds[0]
    return forms


_PARTICLES = NAME_PARTICLES | PATRONYMIC_PARTICLES
_BODY_WORDS = {w.lower() for w in ORG_HEADS} | set(DOCUMENT_WORDS) | {"declaration", "government"}


def _as_gold(forms: dict[str, str], known: set[str] = frozenset(), page: str = ""):
    """A predicted name as the gold would write it: compared as names are, the page's
    surname of a gold name the page never writes in full (`forms`) as that name, a body's
    other name (`_BODY_ALIASES`) as the one the gold writes, and a person's name with or
    without its middle names as the gold's form of it."""
    aliases = _BODY_ALIASES if _one_foreign_ministry(page) else {}  # (read once a report)

    def as_gold(predicted: str | None) -> str:
        name = _name(predicted)
        name = forms.get(name, name)
        if name in known:
            return name
        alias = aliases.get(name)
        if alias in known:
            return alias
        return (_same_but_middle_names(name, known) or _same_but_honorific(name, known)
                or _same_but_spelling(name, known) or _spelt_both_ways(name, known, plain_page) or name)
    plain_page = _plain(page) if page else ""
    return as_gold


def _same_but_spelling(name: str, known: set[str]) -> str | None:
    """The one gold name that is `name` written with or without diacritics or inner marks
    ("Yaşar Güler"/"Yasar Güler", "al-Jadaan"/"AlJadaan"): one person to the app (its
    identity folds them), and a page may spell the name both ways."""
    folded = folded_name(name)
    same = [gold for gold in known if gold != name and folded_name(gold) == folded]
    return same[0] if len(same) == 1 else None


def _spelt_both_ways(name: str, known: set[str], page: str) -> str | None:
    """The one gold name that is `name` spelt another way, where the page itself writes both
    ("Sergei Lavrov" and "Sergey Lavrov", "Stanley Kakubo" and "Stenly Kakubo"): the guide
    asks for a name as the report spells it, and this report spells it both ways."""
    if not _written_in(name, page):
        return None
    words = frozenset(folded_name(name).split())
    same = [gold for gold in known if gold != name and spelt_apart(words, frozenset(folded_name(gold).split()))
            and _written_in(gold, page)]
    return same[0] if len(same) == 1 else None


def _written_in(name: str, page: str) -> bool:
    return bool(name) and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", page) is not None


def _same_but_honorific(name: str, known: set[str]) -> str | None:
    """The one gold name that is `name` but for an honorific before it ("Sheikh Hasina" for
    "Hasina", "Makhdoom Shah Mahmood Qureshi" for "Shah Mahmood Qureshi"): whether such a
    word is part of a name or an honorific before it, pages and annotators split."""
    bare = _without_honorific(name)
    same = [gold for gold in known if gold != name and _without_honorific(gold) == bare]
    return same[0] if len(same) == 1 else None


def _without_honorific(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0] in HONORIFIC_WORDS:
        words.pop(0)
    return " ".join(words)


def _same_but_middle_names(name: str, known: set[str]) -> str | None:
    """The one gold name that is `name` with middle names added or left out ("Bola Ahmed
    Tinubu" for "Bola Tinubu", or the other way): same first and last word, the shorter's
    words all in the longer, in order. Both are the person's full name as pages write it;
    the guide does not say which to prefer, and annotators split. Never a body's name."""
    words = name.split()
    if len(words) < 2 or any(w in _BODY_WORDS for w in words):
        return None
    same = [gold for gold in known if _middle_names_apart(words, gold.split())]
    return same[0] if len(same) == 1 else None


def _middle_names_apart(one: list[str], other: list[str]) -> bool:
    if len(other) < 2 or len(one) == len(other) or one[0] != other[0] or one[-1] != other[-1]:
        return False
    shorter, longer = sorted((one, other), key=len)
    rest = iter(longer)
    if not all(word in rest for word in shorter) or any(w in _BODY_WORDS for w in longer):
        return False
    # The words only one has are given names: not an initial ("George H. W. Bush" is his
    # father), a particle of a patronymic ("bin Abdulrahman bin Salman") or an "and"
    extra = list(longer)
    for word in shorter:
        extra.remove(word)
    return all(len(w) >= 3 and w not in _PARTICLES and w != "and" for w in extra)


def _score_statements(name: str, gold_quotes: list[dict], result: Extraction, score: Score,
                      as_gold=_name) -> None:
    predicted = list(result.statements)
    score.gold_statements += len(gold_quotes)
    score.predicted_statements += len(predicted)
    used: set[int] = set()
    for quote in gold_quotes:
        # A gold start may end on the comma that closes the statement ("… sector,").
        start = normalise(quote["start"]).rstrip(",;:.")
        match = next((i for i, s in enumerate(predicted)
                      if i not in used and _opens(start, normalise(s.text))), None)
        if match is None:
            score.problems.append(f"{name}: missed {quote.get('kind', 'statement')} “{quote['start']}” ({quote.get('speaker')})")
            continue
        used.add(match)
        score.matched += 1
        if quote.get("how"):
            score.attribution_scored += 1
            # A body named in the attribution ("the Ministry of X said") is "named" to some
            # annotators and "body" to others: both are the body.
            how = predicted[match].attribution
            if how == quote["how"] or (how == "body" and quote["how"] == "named"):
                score.attribution_correct += 1
        speaker = predicted[match].speaker.name if predicted[match].speaker else None
        if as_gold(speaker) == _name(quote.get("speaker")):
            score.speaker_correct += 1
        else:
            score.problems.append(f"{name}: “{quote['start']}” attributed to {speaker!r}, gold {quote.get('speaker')!r}")
    for index, statement in enumerate(predicted):
        if index not in used:
            score.problems.append(f"{name}: extra {statement.kind} “{' '.join(statement.text.split()[:START_TOKENS])}”")


def _opens(start: str, text: str) -> bool:
    """Whether a predicted statement's text begins with the gold start; or, for a statement
    shorter than a start, whether the start begins with all of it: annotators copy eight
    words even where the statement ends sooner ("the value of cultural and trade ties,
    noting" for a statement that ends before ", noting")."""
    if text.startswith(start):
        return True
    words = len(text.split())
    return 3 <= words < START_TOKENS and start.startswith(text) and start[len(text):len(text) + 1] in {" ", ","}


def _score_meetings(name: str, gold_meetings: list[dict], result: Extraction, score: Score) -> None:
    for meeting in gold_meetings:
        score.gold_meetings += 1
        gold_name = _name(meeting.get("name"))
        found = next((m for m in result.meetings if _name(m.name) == gold_name), None)
        if found:
            score.meeting_name_correct += 1
        else:
            found = _closest(gold_name, result)
            score.problems.append(f"{name}: meeting “{meeting.get('name')}” found as {found.name if found else None!r}")
        if found is None:
            continue
        if found.date == meeting.get("date"):
            score.meeting_date_correct += 1
        else:
            score.problems.append(f"{name}: meeting date {found.date} vs gold {meeting.get('date')}")
        expected = {True: "virtual", False: "in person", None: None}[meeting.get("virtual")]
        if found.format == expected:
            score.meeting_format_correct += 1
        else:
            score.problems.append(f"{name}: meeting format {found.format} vs gold {expected}")


def _score_real_document(gold: dict, result: Extraction, score: Score, text: str = "") -> None:
    """A report of the real corpus: statements as usual; the publication date; the main
    meeting found by name or by a participant in common; participants both ways."""
    name = gold["file"]
    score.documents += 1
    score.real_documents += 1
    gold_people = {_name(p["name"]) for m in gold["meetings"] for p in m["participants"]}
    known = gold_people | {_name(q.get("speaker")) for q in gold.get("quotes", [])}
    as_gold = _as_gold(_page_forms(known, text), known, text)
    _score_statements(name, gold.get("quotes", []), result, score, as_gold)
    if result.document.published == gold["published"]:
        score.published_correct += 1
    else:
        score.problems.append(f"{name}: published {result.document.published} vs gold {gold['published']}")
    for speaker in {s.speaker.name for s in result.statements if s.speaker}:
        if as_gold(speaker) not in known:
            score.junk_speakers += 1
            score.problems.append(f"{name}: speaker {speaker!r} is nobody the report quotes")
    predicted_people = {as_gold(p.name) for m in result.meetings for p in m.participants}
    score.gold_participants += len(gold_people)
    score.participants_found += len(gold_people & predicted_people)
    score.predicted_participants += len(predicted_people)
    score.participants_correct += len(predicted_people & gold_people)
    for person in sorted(gold_people - predicted_people):
        score.problems.append(f"{name}: participant not found: {person}")
    for person in sorted(predicted_people - gold_people):
        score.problems.append(f"{name}: participant not in the gold: {person}")
    main = next((m for m in gold["meetings"] if m.get("main")), None)
    if main is None:
        return
    score.main_meetings += 1
    main_people = {_name(p["name"]) for p in main["participants"]}
    found = next((m for m in result.meetings if main.get("name") and _name(m.name) == _name(main["name"])), None) \
        or next((m for m in result.meetings if main_people & {as_gold(p.name) for p in m.participants}), None)
    if found is None:
        score.problems.append(f"{name}: main meeting not found: {main.get('name') or main.get('descriptive')}"
                              f" (predicted: {[m.name for m in result.meetings]})")
        return
    score.main_found += 1
    if found.date == main.get("date"):
        score.main_date_correct += 1
    else:
        score.problems.append(f"{name}: main meeting date {found.date} vs gold {main.get('date')}")


def _closest(gold_name: str, result: Extraction):
    """The predicted meeting sharing most words with the gold name (at least half)."""
    gold_words = set(gold_name.split())
    best, best_overlap = None, 0.5
    for meeting in result.meetings:
        words = set(_name(meeting.name).split())
        overlap = len(words & gold_words) / max(1, len(words | gold_words))
        if overlap >= best_overlap:
            best, best_overlap = meeting, overlap
    return best


def _manifest(gold_path: Path) -> list[dict]:
    """The real corpus's manifest beside the gold (id, url, split …); none for fixtures."""
    manifest = gold_path.with_name("manifest.jsonl")
    if not manifest.exists():
        return []
    try:
        return [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, json.JSONDecodeError) as error:
        raise GoldError(f"{manifest}: cannot read ({error})") from None


def split_ids(gold_path: Path, entries: list[dict], split: str) -> set[str]:
    """The ids of one split (dev or test) from the manifest's entries."""
    if not entries:
        raise GoldError(f"{gold_path.with_name('manifest.jsonl')}: no manifest, so no {split} split")
    return {entry["id"] for entry in entries if entry.get("split") == split}


def evaluate(gold_path: Path, docs: Path, topic_files: tuple[Path, ...] = (),
             split: str | None = None) -> Score:
    score = Score()
    entries = _manifest(gold_path)
    wanted = split_ids(gold_path, entries, split) if split else None
    # A real report's address, as a JSON lines or HTML ingest would know it.
    urls = {entry["id"]: entry["url"] for entry in entries if entry.get("url")}
    for record in read_gold(gold_path):
        if wanted is not None and record.get("id") not in wanted:
            continue
        path = docs / record["file"]
        try:
            documents = read_path(path)
        except Exception as error:  # a missing or unreadable document is a problem to report
            score.problems.append(f"{record['file']}: {error}")
            continue
        document = documents[0]
        result = extract(document.text, source=document.source, title=document.title,
                         published=document.published, topic_files=topic_files,
                         url=document.url or urls.get(record.get("id")))
        score_document(record, result, score, document.text)
    return score
