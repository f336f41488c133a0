"""How fast extraction runs: documents per second on one core, pure Python, no I/O.

    python -m tests.bench.extraction [--seconds 5]

Prints the seed report's rate (the target: 1,000 seed-size documents/s), the fixture
corpus's and 300 generated reports' (onrecord.db.demo) rates, each the median and best of several
timed rounds, and the machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from pathlib import Path

from onrecord.db.demo import DemoCorpus
from onrecord.db.extract import extract

ROOT = Path(__file__).resolve().parents[2]


def rate(documents: list[str], seconds: float) -> tuple[float, float]:
    """(median, best) documents per second over rounds lasting about `seconds` in all."""
    for text in documents[:3]:
        extract(text)  # warm caches (topic list, compiled patterns)
    rounds: list[float] = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or len(rounds) < 3:
        started = time.perf_counter()
        for text in documents:
            extract(text)
        rounds.append(len(documents) / (time.perf_counter() - started))
    return statistics.median(rounds), max(rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="time to spend per figure")
    args = parser.parse_args()
    seed = (ROOT / "seeds" / "000_81f8cacbb450965c.txt").read_text(encoding="utf-8")
    corpus = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/extraction/docs").glob("*.txt"))]
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    median, best = rate([seed] * 50, args.seconds)
    print(f"seed report ({len(seed):,} chars): median {median:,.0f} docs/s, best {best:,.0f} docs/s (target 1,000)")
    size = sum(map(len, corpus)) // len(corpus)
    median, best = rate(corpus, args.seconds)
    print(f"fixture corpus ({len(corpus)} docs, {size:,} chars each on average): "
          f"median {median:,.0f} docs/s, best {best:,.0f} docs/s")
    generated = [text for _, text in DemoCorpus(seed=11).reports(300)]
    median, best = rate(generated, args.seconds)
    print(f"generated reports (300 docs): median {median:,.0f} docs/s, best {best:,.0f} docs/s")


if __name__ == "__main__":
    main()
