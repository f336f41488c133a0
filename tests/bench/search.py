"""Search speed on a large database: time to the first page of results.

    python -m tests.bench.search [--db PATH] [--repeat 20] [--shape a|b]

For each query of a fixed mix (a rare term, a term in more than a tenth of the
statements, a phrase of two common words, a prefix, a boolean query, two common words
with AND, a word NOT another, a word OR another), with and without a speaker filter and
a date range, in relevance, newest-first and oldest-first order, prints the median and p95 time to the
first page of 50 rows with highlights and speaker names, and beside it the anchor: the
plain FTS5 query `... MATCH ? ORDER BY rank LIMIT 50`.

The words depend on the corpus shape (see tests/bench/__main__.py): shape a is
db/demo.py's corpus, shape b tests/bench/corpus_b.py's; `--shape` is found from the
database's words when not given.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from onrecord.db.store import StatementFilter, Store
from tests.bench.corpus_b import benchmark_words

# Shape a (db/demo.py): the first five as in every earlier run, so figures stay comparable.
QUERIES = {
    "rare term": None,  # chosen from the index: a term in a few dozen statements
    "common term": "cooperation",  # in more than a tenth of the demo corpus's statements
    "phrase": '"working group"',
    "prefix": "semicond*",
    "boolean": "lithium AND (batteries OR hydrogen) NOT tariffs",
    "common AND": "trade AND supply",
    "word NOT word": "cooperation NOT trade",
    "word OR word": "investment OR energy",
}


def queries_b(seed: int = 13) -> dict[str, str | None]:
    """The same kinds for shape b, from its vocabulary ranked by frequency (w[0] the most
    frequent word, in 72% of the statements; w[9] in about a tenth)."""
    w = benchmark_words(seed)
    return {
        "rare term": None,
        "common term": w[2],  # in about a third of the statements
        "phrase": f'"{w[0]} {w[1]}"',  # the two most frequent words, side by side
        "prefix": w[0][:3] + "*",  # the most frequent word's first syllable and a half: dozens of words
        "boolean": f"{w[30]} AND ({w[40]} OR {w[50]}) NOT {w[60]}",
        "common AND": f"{w[1]} AND {w[3]}",
        "word NOT word": f"{w[0]} NOT {w[1]}",
        "word OR word": f"{w[5]} OR {w[6]}",
    }


def queries_for(shape: str) -> dict[str, str | None]:
    return QUERIES if shape == "a" else queries_b()


def detect_shape(store: Store) -> str:
    """"a" when the database holds the demo corpus's words, else "b"."""
    _bench_terms(store)
    found = store.db.execute("SELECT 1 FROM temp.bench_terms WHERE term = 'cooper'").fetchone()
    return "a" if found else "b"


def _bench_terms(store: Store) -> None:
    store.db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_terms USING fts5vocab(main, statements_fts, row)")


def rare_term(store: Store) -> str:
    _bench_terms(store)
    return store.db.execute(
        "SELECT term FROM temp.bench_terms WHERE doc BETWEEN 20 AND 60 AND length(term) > 6 LIMIT 1").fetchone()[0]


def timed(function, repeat: int) -> tuple[float, float]:
    """(median, p95) milliseconds over `repeat` runs after one warm-up."""
    function()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.95))]


def filters_for(store: Store) -> dict[str, dict]:
    """A person with many statements, and one year of the eight the corpus spans."""
    speaker = store.db.execute(
        "SELECT s.speaker_id FROM statements s JOIN speakers p ON p.id = s.speaker_id WHERE p.kind = 'person'"
        " GROUP BY s.speaker_id ORDER BY count(*) DESC LIMIT 1 OFFSET 50").fetchone()[0]
    return {
        "no filter": {},
        "speaker": {"speaker_id": speaker},
        "date range": {"since": "2021-01-01", "until": "2021-12-31"},
    }


def run(db_path: Path, repeat: int, shape: str | None = None) -> list[tuple[str, str, str, float, float]]:
    store = Store.open(db_path)
    queries = queries_for(shape or detect_shape(store))
    results = []
    for label, query in queries.items():
        query = query or rare_term(store)
        anchor = timed(lambda q=query: store.db.execute(
            "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rank LIMIT 50",
            [store_query(q)]).fetchall(), repeat)
        results.append((label, "anchor", "rank", *anchor))
        for filter_label, fields in filters_for(store).items():
            for order in ("relevance", "newest", "oldest"):
                selection = StatementFilter(query=query, **fields)
                figures = timed(lambda s=selection, o=order: store.statements(s, order=o, limit=50), repeat)
                results.append((label, filter_label, order, *figures))
    # The last page of the common term's list (a jump to the end of a big search).
    selection = StatementFilter(query=queries["common term"])
    last = store.count_statements(selection) - 50
    for order in ("relevance", "newest", "oldest"):
        figures = timed(lambda o=order: store.statements(selection, order=o, limit=50, offset=last), repeat)
        results.append(("common term", "last page", order, *figures))
    return results


def store_query(user_query: str) -> str:
    from onrecord.db.search import to_fts_query
    return to_fts_query(user_query)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench/bench.db"))
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--shape", choices=("a", "b"), help="the corpus the database holds (found when not given)")
    args = parser.parse_args()
    store = Store.open(args.db)
    shape = args.shape or detect_shape(store)
    total = store.db.execute("SELECT count(*) FROM statements").fetchone()[0]
    print(f"shape {shape}, {total:,} statements; the queries and how many statements match each:")
    for label, query in queries_for(shape).items():
        query = query or rare_term(store)
        matches = store.count_statements(StatementFilter(query=query))
        print(f"  {label:<14} {query:<48} {matches:>9,} ({matches / total:.1%})")
    store.close()
    print(f"{'query':<14} {'filter':<11} {'order':<10} {'median ms':>10} {'p95 ms':>8}")
    for label, filter_label, order, median, p95 in run(args.db, args.repeat, shape):
        print(f"{label:<14} {filter_label:<11} {order:<10} {median:>10.1f} {p95:>8.1f}")


if __name__ == "__main__":
    main()
