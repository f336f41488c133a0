"""Tools for the people who collect and annotate the real corpus (see README.md).

  python tests/extraction/real/annotate.py save --part P --id ID --url URL --query Q \
      --outlet OUTLET --kind KIND  < page.txt
      screens the report (../shared/tools/withheld, URL and text), cuts a page copy that
      stops mid-sentence back to its last line break, writes texts/ID.txt and adds the
      report to parts/manifest_P.jsonl. Exit 1 and nothing written if it is withheld.
  python tests/extraction/real/annotate.py check [--part P]
      checks the gold: fields, every statement start verbatim in its text, 8 tokens at most.
"""

from __future__ import annotations

import argparse
import hashlib
import json
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


def save(args) -> int:
    text = cut(sys.stdin.read())
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
             "kind": args.kind, "sha256": digest(text), "split": split_of(args.url)}
    with open(PARTS / f"manifest_{args.part}.jsonl", "a", encoding="utf-8") as out:
        out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(f"saved {path.name} ({len(text)} characters)")
    return 0


MEETING_KEYS = {"main", "status", "name", "descriptive", "kind", "ordinal", "date", "virtual", "location", "participants"}
QUOTE_KEYS = {"start", "speaker", "cue", "kind", "how"}
HOWS = {"named", "surname", "title", "pronoun", "body", "according_to", "unattributed"}


def check(args) -> int:
    files = sorted(PARTS.glob(f"gold_{args.part or '*'}.jsonl")) + ([] if args.part else [HERE / "gold.jsonl"])
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
    checking = commands.add_parser("check")
    checking.add_argument("--part")
    args = parser.parse_args()
    return save(args) if args.command == "save" else check(args)


if __name__ == "__main__":
    sys.exit(main())
