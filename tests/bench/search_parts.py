"""Where the time of one search goes: each SQL step of the search planner, and the rest.

    python -m tests.bench.search_parts --db PATH --query "common AND" --filter "date range" --order relevance

Runs `Store.statements` for one query kind, filter and order of tests/bench/search.py
(`--repeat` times after a warm-up) and prints, for each SQL statement that
`db/search_plan.py:matching_ids` ran, its median time; what is left of the total is
parsing, prefix expansion and the query that marks the page's rows (highlight, names).
With `--bm25` it also prints the fixed cost of FTS5's bm25: ranking a single row, which
counts every statement that holds each of the query's phrases.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import onrecord.db.store_read as store_read
from onrecord.db.search import to_fts_query
from onrecord.db.search_plan import expand_prefixes
from onrecord.db.store import StatementFilter, Store
from tests.bench import search as search_bench


class _Rows:
    def __init__(self, rows: list) -> None:
        self.rows = rows

    def fetchone(self):
        return self.rows[0] if self.rows else None

    def fetchall(self) -> list:
        return self.rows

    def __iter__(self):
        return iter(self.rows)


class _TimedConnection:
    """A connection whose every execute is run to the end and timed."""

    def __init__(self, connection, log: list) -> None:
        self.connection, self.log = connection, log

    def execute(self, sql: str, params=()):
        started = time.perf_counter()
        rows = self.connection.execute(sql, params).fetchall()
        self.log.append((sql, (time.perf_counter() - started) * 1000))
        return _Rows(rows)

    def __getattr__(self, name):
        return getattr(self.connection, name)


def parts(store: Store, query: str, fields: dict, order: str, repeat: int) -> tuple[float, list[tuple[str, float]]]:
    """(median total ms, [(sql, median ms)]) of one search."""
    original = store_read.matching_ids
    logs: list[list] = []

    def timed_matching_ids(connection, *args, **kwargs):
        logs.append([])
        return original(_TimedConnection(connection, logs[-1]), *args, **kwargs)

    store_read.matching_ids = timed_matching_ids
    try:
        totals = []
        for _ in range(repeat + 1):
            started = time.perf_counter()
            store.statements(StatementFilter(query=query, **fields), order=order, limit=50)
            totals.append((time.perf_counter() - started) * 1000)
    finally:
        store_read.matching_ids = original
    logs, totals = logs[1:], totals[1:]
    steps = [(sql, statistics.median(log[i][1] for log in logs if len(log) > i)) for i, (sql, _) in enumerate(logs[0])]
    return statistics.median(totals), steps


def bm25_fixed_cost(store: Store, query: str, repeat: int) -> float:
    """Median ms to rank one matching row: bm25's count of each phrase over the whole index."""
    match = expand_prefixes(store.db, to_fts_query(query))
    row = store.db.execute("SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rowid DESC LIMIT 1",
                           [match]).fetchone()
    if row is None:
        return 0.0
    samples = []
    for _ in range(repeat + 1):
        started = time.perf_counter()
        store.db.execute("SELECT bm25(statements_fts) FROM statements_fts WHERE statements_fts MATCH ? AND rowid = ?",
                         [match, row[0]]).fetchall()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--shape", choices=("a", "b"), help="found from the database's words when not given")
    parser.add_argument("--query", required=True, help="a query kind of tests/bench/search.py, e.g. phrase")
    parser.add_argument("--filter", default="no filter", choices=("no filter", "speaker", "date range"))
    parser.add_argument("--order", default="relevance", choices=("relevance", "newest", "oldest"))
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--bm25", action="store_true", help="also time bm25's fixed cost for this query")
    args = parser.parse_args()
    store = Store.open(args.db)
    shape = args.shape or search_bench.detect_shape(store)
    query = search_bench.queries_for(shape)[args.query] or search_bench.rare_term(store)
    fields = search_bench.filters_for(store)[args.filter]
    total, steps = parts(store, query, fields, args.order, args.repeat)
    print(f"{args.query} / {args.filter} / {args.order}: {query}  (shape {shape}) total median {total:.1f} ms")
    for sql, ms in steps:
        print(f"  {ms:7.1f} ms  {sql[:200]}")
    planner = sum(ms for _, ms in steps)
    print(f"  {total - planner:7.1f} ms  the rest: parsing, prefix expansion, marking the page's rows")
    if args.bm25:
        print(f"  bm25's fixed cost (one row ranked): {bm25_fixed_cost(store, query, args.repeat):.1f} ms")
    store.close()


if __name__ == "__main__":
    main()
