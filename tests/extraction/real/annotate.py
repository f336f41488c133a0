"""Tools for the people who collect and annotate the real corpus (see README.md).

  python tests/extraction/real/annotate.py save --part P --id ID --url URL --query Q \
      --outlet OUTLET --kind KIND [--split dev]  < page.txt
      screens the report (../shared/tools/withheld, URL and text), cuts a page copy that
      stops mid-sentence back to its last line break, writes texts/ID.txt and adds the
      report to parts/manifest_P.jsonl. Exit 1 and nothing written if it is withheld.
  python tests/extraction/real/annotate.py check [--part P]
      checks the gold: fields, every statement start verbatim in its text, 8 tokens at most.
  python tests/extraction/real/annotate.py agreement [--only LETTERS] [--prefix P,Q]
      how far the two independent annotations of the same reports agree (of a batch:
      `--only vwxy`, the reports whose ids start with those letters; `--prefix aa,ab`).
  python tests/extraction/real/annotate.py ceiling [--split test]
      the second annotations scored by `onrecord eval`'s own rules as if they were an
      extractor's output, beside the extractor on the same reports: how near a careful
      second reader comes to the gold, figure by figure (aggregates only).
  python tests/extraction/real/annotate.py merge
      folds parts/ into manifest.jsonl, gold.jsonl (first annotations) and gold_second.jsonl
      (the independent second ones, parts/gold2_*.jsonl), by report id; a report whose saved
      text is under MIN_CHARACTERS (a page copy cut back to almost nothing) is left out.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
PARTS = HERE / "parts"
WITHHELD = HERE.parents[3] / "shared" / "tools" / "withheld"
SENTENCE_ENDS = tuple(".!?\"”’')]")


def cut(text: str) -> str:
    """A stored page copy that stops mid-sentence, cut back to its last line break."""
    text = text.rstrip()
    if text.endswith(SENTENCE_ENDS) or "\n" not in text:
        return text + "\n"
    return text[: text.rindex("\n")].rstrip() + "\n"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def split_of(url: str) -> str:
    """dev or test, fixed once from the URL's hash."""
    return "dev" if int(hashlib.sha256(url.encode()).hexdigest()[0], 16) < 8 else "test"


def withheld(*arguments: str) -> bool:
    result = subprocess.run([sys.executable, str(WITHHELD), *arguments], capture_output=True, text=True)
    print(result.stdout.strip())
    return result.returncode != 0


def _known_urls() -> set[str]:
    """Every URL already collected, committed or in parts/, so no report is taken twice."""
    known = {entry["url"] for entry in _records(HERE / "manifest.jsonl").values()}
    for part in PARTS.glob("manifest_*.jsonl"):
        known |= {entry["url"] for entry in _records(part).values()}
    return known


def save(args) -> int:
    text = cut(sys.stdin.read())
    if args.url in _known_urls():
        print(f"already collected: {args.url}")
        return 1
    if withheld(args.url):
        return 1
    TEXTS.mkdir(exist_ok=True)
    path = TEXTS / f"{args.id}.txt"
    probe = TEXTS / f".probe-{args.id}.txt"
    probe.write_text(text, encoding="utf-8")
    try:
        if withheld(str(probe)):
            return 1
    finally:
        probe.unlink()
    path.write_text(text, encoding="utf-8")
    PARTS.mkdir(exist_ok=True)
    entry = {"id": args.id, "url": args.url, "query": args.query, "outlet": args.outlet,
             "kind": args.kind, "sha256": digest(text), "split": args.split or split_of(args.url)}
    with open(PARTS / f"manifest_{args.part}.jsonl", "a", encoding="utf-8") as out:
        out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(f"saved {path.name} ({len(text)} characters)")
    return 0


MIN_CHARACTERS = 300


def _records(path: Path) -> dict[str, dict]:
    if not path.exists():
        return {}
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {record["id"]: record for record in records}


def _write(path: Path, records: dict[str, dict]) -> None:
    lines = [json.dumps(records[key], ensure_ascii=False) for key in sorted(records)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def merge(args) -> int:
    manifest = _records(HERE / "manifest.jsonl")
    for part in sorted(PARTS.glob("manifest_*.jsonl")):
        for key, entry in _records(part).items():
            entry.setdefault("collector", part.stem.split("_", 1)[1])
            manifest[key] = entry
    short = {key for key in manifest if (TEXTS / f"{key}.txt").exists()
             and len((TEXTS / f"{key}.txt").read_text(encoding="utf-8")) < MIN_CHARACTERS}
    for key in sorted(short):
        print(f"left out {key}: its saved text is under {MIN_CHARACTERS} characters")
        del manifest[key]
    annotated = _records(HERE / "gold.jsonl")
    for part in sorted(PARTS.glob("gold_*.jsonl")):
        annotated.update(_records(part))
    for key in sorted(set(manifest) - set(annotated)):
        # (a part still being collected: its report joins once it is annotated)
        print(f"left out {key}: not annotated yet")
        del manifest[key]
    _write(HERE / "manifest.jsonl", manifest)
    for target, pattern in (("gold.jsonl", "gold_*.jsonl"), ("gold_second.jsonl", "gold2_*.jsonl")):
        records = _records(HERE / target)
        for part in sorted(PARTS.glob(pattern)):
            records.update(_records(part))
        _write(HERE / target, {k: v for k, v in records.items() if k in manifest})
    print(f"{len(manifest)} reports in manifest.jsonl")
    return 0


def _norm(text: str | None) -> str:
    return " ".join(re.sub(r"[\"“”‘’'`.,]", "", (text or "").lower()).split())


def _f1(first: set, second: set) -> tuple[int, int, int]:
    return len(first & second), len(first), len(second)


def agreement(args) -> int:
    """Agreement of the second annotations with the first, on the reports both annotated."""
    first, second = _records(HERE / "gold.jsonl"), _records(HERE / "gold_second.jsonl")
    prefixes = tuple(args.prefix.split(",")) if args.prefix else ()
    both = sorted(key for key in set(first) & set(second)
                  if (not args.only or key[:1] in args.only) and (not prefixes or key.startswith(prefixes)))
    counts = {"statements": [0, 0, 0], "participants": [0, 0, 0]}
    same = {"speaker": [0, 0], "kind": [0, 0], "published": [0, 0], "main meeting date": [0, 0],
            "main meeting status": [0, 0]}
    for key in both:
        a, b = first[key], second[key]
        starts_a = {_norm(q["start"]): q for q in a["quotes"]}
        starts_b = {_norm(q["start"]): q for q in b["quotes"]}
        for index, value in enumerate(_f1(set(starts_a), set(starts_b))):
            counts["statements"][index] += value
        for start in set(starts_a) & set(starts_b):
            same["speaker"][0] += _norm(starts_a[start]["speaker"]) == _norm(starts_b[start]["speaker"])
            same["kind"][0] += starts_a[start]["kind"] == starts_b[start]["kind"]
            same["speaker"][1] += 1
            same["kind"][1] += 1
        same["published"][0] += a["published"] == b["published"]
        same["published"][1] += 1
        main_a = next((m for m in a["meetings"] if m.get("main")), None)
        main_b = next((m for m in b["meetings"] if m.get("main")), None)
        people_a = {_norm(p["name"]) for m in a["meetings"] for p in m["participants"]}
        people_b = {_norm(p["name"]) for m in b["meetings"] for p in m["participants"]}
        for index, value in enumerate(_f1(people_a, people_b)):
            counts["participants"][index] += value
        if main_a and main_b:
            same["main meeting date"][0] += main_a["date"] == main_b["date"]
            same["main meeting status"][0] += main_a["status"] == main_b["status"]
            same["main meeting date"][1] += 1
            same["main meeting status"][1] += 1
    print(f"{len(both)} reports annotated twice, independently")
    for name, (common, one, two) in counts.items():
        f1 = 2 * common / (one + two) if one + two else 1.0
        print(f"{name}: {one} and {two} annotated, {common} the same, F1 {f1:.3f}")
    for name, (agreed, total) in same.items():
        print(f"{name}: {agreed} of {total} the same ({agreed / total if total else 1:.3f})")
    return 0


def _as_extraction(record: dict):
    """An annotation as an extractor's output, so the evaluator can score a second reader."""
    from onrecord.db.model import DocumentInfo, Extraction, Meeting, Speaker, Statement

    def person(name: str | None):
        return Speaker(name) if name else None

    statements = [Statement(kind=q["kind"], text=q["start"], speaker=person(q.get("speaker")),
                            speaker_as_written=None, cue=q.get("cue"), start=0, end=0,
                            attribution=q.get("how") or "")
                  for q in record["quotes"]]
    meetings = [Meeting(name=m.get("name") or m.get("descriptive") or "", date=m.get("date"),
                        status=m.get("status") or "held",
                        participants=[Speaker(p["name"]) for p in m["participants"] if p.get("name")])
                for m in record["meetings"]]
    return Extraction(document=DocumentInfo(source=record["file"], published=record["published"]),
                      meetings=meetings, statements=statements)


def ceiling(args) -> int:
    """The second reader and the extractor, each scored against the first annotations by the
    evaluator, on the reports annotated twice (of one split, with --split)."""
    from onrecord.db.documents import read_path
    from onrecord.db.evaluate import Score, score_document
    from onrecord.db.extract import extract

    first, second = _records(HERE / "gold.jsonl"), _records(HERE / "gold_second.jsonl")
    entries = {json.loads(line)["id"]: json.loads(line)
               for line in (HERE / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
    both = sorted(key for key in set(first) & set(second)
                  if not args.split or entries.get(key, {}).get("split") == args.split)
    reader, machine = Score(), Score()
    for key in both:
        gold = first[key]
        document = read_path(TEXTS / gold["file"])[0]
        score_document(gold, _as_extraction(second[key]), reader, document.text)
        result = extract(document.text, source=document.source, title=document.title,
                         published=document.published, url=entries.get(key, {}).get("url"))
        score_document(gold, result, machine, document.text)
    human, found = reader.figures(), machine.figures()
    print(f"{len(both)} reports annotated twice{f' ({args.split})' if args.split else ''}")
    print(f"{'figure':32} {'second reader':>14} {'extractor':>10}")
    for name in ("quote_precision", "quote_recall", "quote_f1", "speaker_accuracy", "published_date_accuracy",
                 "main_meeting_found", "main_meeting_date_accuracy", "participant_recall",
                 "participant_precision", "junk_speakers", "attribution_method_accuracy"):
        print(f"{name:32} {human[name]:>14} {found[name]:>10}")
    return 0


MEETING_KEYS = {"main", "status", "name", "descriptive", "kind", "ordinal", "date", "virtual", "location", "participants"}
QUOTE_KEYS = {"start", "speaker", "cue", "kind", "how"}
HOWS = {"named", "surname", "title", "pronoun", "body", "according_to", "unattributed"}


def check(args) -> int:
    if args.part:
        files = sorted(PARTS.glob(f"gold{args.part}.jsonl")) + sorted(PARTS.glob(f"gold_{args.part}.jsonl"))
    else:
        files = [HERE / "gold.jsonl", HERE / "gold_second.jsonl"]
    problems = checked = 0
    for gold in files:
        if not gold.exists():
            continue
        for number, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{gold.name}:{number}"
            record = json.loads(line)
            text = (TEXTS / record["file"]).read_text(encoding="utf-8")
            for key in ("id", "file", "published", "published_from", "meetings", "quotes"):
                if key not in record:
                    print(where, "missing", key)
                    problems += 1
            mains = [m for m in record.get("meetings", []) if m.get("main")]
            if len(mains) > 1:
                print(where, "more than one main meeting")
                problems += 1
            for meeting in record.get("meetings", []):
                if set(meeting) != MEETING_KEYS:
                    print(where, "meeting keys", sorted(set(meeting) ^ MEETING_KEYS))
                    problems += 1
                if meeting.get("status") not in ("held", "planned"):
                    print(where, "status", meeting.get("status"))
                    problems += 1
            for quote in record.get("quotes", []):
                checked += 1
                if set(quote) != QUOTE_KEYS or quote.get("kind") not in ("quote", "reported") \
                        or quote.get("how") not in HOWS:
                    print(where, "statement fields", quote)
                    problems += 1
                if quote.get("start", "") not in text:
                    print(where, "not verbatim:", quote.get("start"))
                    problems += 1
                if len(quote.get("start", "").split()) > 8:
                    print(where, "more than 8 tokens:", quote.get("start"))
                    problems += 1
    print(f"{checked} statements checked, {problems} problems")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    saving = commands.add_parser("save")
    for option in ("part", "id", "url", "query", "outlet", "kind"):
        saving.add_argument(f"--{option}", required=True)
    # A later batch collected only to learn from is put in dev by name, so the test half
    # stays the one measured since the first run.
    saving.add_argument("--split", choices=("dev", "test"))
    checking = commands.add_parser("check")
    checking.add_argument("--part")
    commands.add_parser("merge")
    agreeing = commands.add_parser("agreement")
    agreeing.add_argument("--only", default="", help="first letters of the report ids to compare")
    agreeing.add_argument("--prefix", default="", help="report id prefixes to compare, comma-separated (aa,ab)")
    ceiling_of = commands.add_parser("ceiling")
    ceiling_of.add_argument("--split", choices=("dev", "test"))
    args = parser.parse_args()
    return {"save": save, "check": check, "merge": merge, "agreement": agreement,
            "ceiling": ceiling}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
