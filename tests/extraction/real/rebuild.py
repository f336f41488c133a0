"""Put the real corpus's texts back into texts/ (ignored by git) and check each one.

  python tests/extraction/real/rebuild.py            from saved search answers (texts/answers/*.json)
  python tests/extraction/real/rebuild.py --fetch    from the live pages (needs the network)
  python tests/extraction/real/rebuild.py --save-answer URL < excerpt
                                                     keep one search result's excerpt as an answer

A search answer is the JSON the project's search tool returns for a manifest line's query in
the corpus "pages" (see README.md): {"results": [{"url": ..., "excerpt": ...}, ...]}. Every
excerpt whose URL is in the manifest becomes texts/<id>.txt after the same cut the
collectors' save tool made. Each report is then `ok` (the text is the one annotated),
`changed` (another text: check the annotation before trusting the figures) or `missing`.
Exit 1 unless every report is ok.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotate import TEXTS, cut, digest  # noqa: E402  (the collectors' own cut and hash)

HERE = Path(__file__).resolve().parent
ANSWERS = TEXTS / "answers"


def _manifest() -> list[dict]:
    lines = (HERE / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _from_answers() -> dict[str, str]:
    """URL -> page text, from every saved search answer."""
    pages: dict[str, str] = {}
    for answer in sorted(ANSWERS.glob("*.json")) if ANSWERS.is_dir() else []:
        try:
            results = json.loads(answer.read_text(encoding="utf-8")).get("results", [])
        except (OSError, json.JSONDecodeError, AttributeError) as error:
            print(f"skipped {answer.name}: {error}", file=sys.stderr)
            continue
        for result in results:
            if result.get("url") and result.get("excerpt"):
                pages.setdefault(result["url"], result["excerpt"])
    return pages


def _fetched(url: str) -> str | None:
    import trafilatura  # an OnRecord dependency already; only this mode needs it

    page = trafilatura.fetch_url(url)
    return trafilatura.extract(page) if page else None


def save_answer(url: str, excerpt: str) -> int:
    """Keep one search result as an answer file, and say at once whether its text is the one
    annotated: a copy made by hand can lose an invisible character (a non-breaking space)."""
    entries = [entry for entry in _manifest() if entry["url"] == url]
    if not entries:
        print(f"not in the manifest: {url}")
        return 1
    ANSWERS.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha256(url.encode()).hexdigest()[:16]
    answer = {"results": [{"url": url, "excerpt": excerpt}]}
    (ANSWERS / f"{name}.json").write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")
    text = cut(excerpt)
    for entry in entries:
        state = "ok" if digest(text) == entry["sha256"] else "changed"
        print(f"{state:8} {entry['id']}  ({len(text)} characters)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fetch", action="store_true", help="read each URL from the network")
    parser.add_argument("--save-answer", metavar="URL", help="keep the excerpt on stdin as URL's search answer")
    args = parser.parse_args()
    if args.save_answer:
        return save_answer(args.save_answer, sys.stdin.read())
    pages = {} if args.fetch else _from_answers()
    TEXTS.mkdir(exist_ok=True)
    tally = {"ok": 0, "changed": 0, "missing": 0}
    entries = _manifest()
    for entry in entries:
        raw = _fetched(entry["url"]) if args.fetch else pages.get(entry["url"])
        if raw is None:
            state = "missing"
        else:
            text = cut(raw)
            (TEXTS / f"{entry['id']}.txt").write_text(text, encoding="utf-8")
            state = "ok" if digest(text) == entry["sha256"] else "changed"
        tally[state] += 1
        print(f"{state:8} {entry['id']}  {entry['url']}")
    print(", ".join(f"{count} {state}" for state, count in tally.items()))
    return 0 if tally["ok"] == len(entries) else 1


if __name__ == "__main__":
    sys.exit(main())
