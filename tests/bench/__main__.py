"""The OnRecord benchmark: every figure of the performance issue, on a million statements.

    python -m tests.bench [--statements 1000000] [--cache DIR] [--repeat 10] [--shape a|b]

Builds (once, then cached) a database of generated fictional reports, then prints:
ingest rate beside a bare-insert floor, search first-page times beside the plain FTS5
anchor, TUI cold start beside a minimal Textual app, keystroke-to-results, scrolling,
resident memory, export of 10,000 statements, and bytes per statement; with the machine.
Not part of the test suite: it takes minutes.

`--shape a` (the default) generates the reports with db/demo.py; `--shape b` with
tests/bench/corpus_b.py, a differently shaped corpus (40,000-word Zipf vocabulary, longer
reports, more speakers), so that a plan tuned on one shape is checked on another.
`python -m tests.bench --shape b --build-only` builds (or finds) the database and stops.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from onrecord.db.demo import DemoCorpus, write_corpus
from onrecord.db.export import render_markdown, write_export
from onrecord.db.ingest import ingest_paths
from onrecord.db.store import StatementFilter, Store
from tests.bench import search as search_bench
from tests.bench import tui as tui_bench
from tests.bench.corpus_b import CorpusB

ROOT = Path(__file__).resolve().parents[2]


def machine() -> str:
    return (f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"SQLite {sqlite3.sqlite_version}")


# Per shape: the database's file name in the cache, the corpus, and reports per ingest batch
# (shape b's reports hold about 26 statements, shape a's about 11).
SHAPES = {
    "a": ("bench-{statements}.db", lambda: DemoCorpus(seed=7), 5_000),
    "b": ("bench-b-{statements}.db", lambda: CorpusB(seed=13), 2_000),
}


def write_reports(folder: Path, reports, number: int = 0) -> int:
    """Write (name, text) reports into `folder` as numbered files; returns the next number."""
    for name, text in reports:
        (folder / f"{number:07d}_{name}").write_text(text, encoding="utf-8")
        number += 1
    return number


def build(cache: Path, statements: int, shape: str = "a") -> Path:
    """The benchmark database of corpus `shape`, generated once and kept in `cache`."""
    file_name, make_corpus, batch = SHAPES[shape]
    database = cache / file_name.format(statements=statements)
    if database.exists():
        return database
    cache.mkdir(parents=True, exist_ok=True)
    partial = database.with_suffix(".partial.db")
    store = Store.open(partial)
    corpus = make_corpus()
    number, total = 0, 0
    started = time.perf_counter()
    while total < statements:
        with tempfile.TemporaryDirectory() as folder:
            number = write_reports(Path(folder), corpus.reports(batch), number)
            total += ingest_paths(store, [Path(folder)]).statements
        print(f"  building: {total:,} statements after {time.perf_counter() - started:,.0f} s", flush=True)
    store.close()
    partial.rename(database)
    print(f"  built {database}: {total:,} statements from {number:,} reports in "
          f"{time.perf_counter() - started:,.0f} s", flush=True)
    return database


def ingest_rate(documents: int = 3_000, shape: str = "a") -> tuple[float, float]:
    """(end-to-end documents/s, floor documents/s) on fresh databases, reports of `shape`."""
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        if shape == "a":
            write_corpus(folder / "reports", documents, seed=11)
        else:
            (folder / "reports").mkdir()
            write_reports(folder / "reports", CorpusB(seed=11).reports(documents))
        # As the user runs it: the console script's code in a new process, start to exit.
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "onrecord", "ingest", str(folder / "reports"),
                        "--db", str(folder / "ingest.db")], check=True, capture_output=True)
        end_to_end = documents / (time.perf_counter() - started)
        floor_db = sqlite3.connect(folder / "floor.db")
        floor_db.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, text TEXT)")
        floor_db.execute("CREATE VIRTUAL TABLE documents_fts USING fts5(text, content='documents', "
                         "content_rowid='id', tokenize='porter')")
        floor_db.execute("CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN INSERT INTO "
                         "documents_fts (rowid, text) VALUES (new.id, new.text); END")
        started = time.perf_counter()
        texts = [(p.read_text(encoding="utf-8"),) for p in sorted((folder / "reports").iterdir())]
        with floor_db:
            floor_db.executemany("INSERT INTO documents (text) VALUES (?)", texts)
        floor = documents / (time.perf_counter() - started)
    return end_to_end, floor


def export_time(database: Path) -> float:
    store = Store.open(database)
    ids = [row[0] for row in store.db.execute("SELECT id FROM statements ORDER BY random() LIMIT 10000")]
    started = time.perf_counter()
    rows = store.statements(StatementFilter(ids=ids), limit=len(ids))
    with tempfile.TemporaryDirectory() as folder:
        write_export(Path(folder) / "export.md", render_markdown(rows, filters={"ids": len(ids)}))
    store.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "onrecord-bench")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--shape", choices=sorted(SHAPES), default="a",
                        help="a: db/demo.py's corpus; b: tests/bench/corpus_b.py's")
    parser.add_argument("--build-only", action="store_true", help="build (or find) the database, then stop")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    database = build(args.cache, args.statements, args.shape)
    count = sqlite3.connect(database).execute("SELECT count(*) FROM statements").fetchone()[0]
    print(f"database: {database} — {count:,} statements, "
          f"{database.stat().st_size / count:,.0f} bytes per statement")
    if args.build_only:
        return

    # Three runs, the median of each: this machine's speed drifts by a fifth from minute to minute.
    runs = [ingest_rate(shape=args.shape) for _ in range(3)]
    end_to_end, floor = (statistics.median(run[i] for run in runs) for i in (0, 1))
    print(f"ingest: {end_to_end:,.0f} documents/s end to end (median of 3: "
          f"{', '.join(f'{run[0]:,.0f}' for run in runs)}); floor (bare insert + same FTS) "
          f"{floor:,.0f} documents/s; ratio {end_to_end / floor:.2f}  (target ratio >= 0.10)")

    print("search, time to the first page of 50 (ms):  (target p95 <= 30)")
    print(f"  {'query':<14} {'filter':<11} {'order':<10} {'median':>8} {'p95':>8}")
    for label, filter_label, order, median, p95 in search_bench.run(database, args.repeat, args.shape):
        print(f"  {label:<14} {filter_label:<11} {order:<10} {median:>8.1f} {p95:>8.1f}")

    for name, (median, p95) in tui_bench.cold_start(database).items():
        print(f"TUI cold start, {name}: median {median:.2f} s, p95 {p95:.2f} s")
    print("  (target: first frame <= 1.5 x the minimal app's)")
    typed = tui_bench.typed_words(args.shape)
    for name, (median, p95) in asyncio.run(tui_bench.typing_and_scrolling(database, typed)).items():
        print(f"TUI {name}: median {median:.1f}, p95 {p95:.1f}")
    print("  (target: keystroke to results p95 <= 50 ms)")
    print(f"resident memory after the TUI runs: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB"
          "  (target <= 200 MB)")
    print(f"export of 10,000 statements to Markdown: {export_time(database):.2f} s  (target <= 1 s)")


if __name__ == "__main__":
    main()
