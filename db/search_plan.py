"""How to run one search fast on a million statements: pick a strategy, return ids in order.

FTS5's `ORDER BY rank` scores every match: instant for a rare word, hundreds of
milliseconds for a word in half the statements. So we first count matches up to a cap
(a cheap walk over the term's doclist) and choose:

- fewer than EXACT_LIMIT matches: rank (or date-sort) all of them, so relevance order is
  exactly FTS5's bm25 order;
- many matches, newest first: walk statements newest first through the date (or speaker)
  index and keep the ones the FTS index confirms, stopping when the page is full (a
  prefix query sorts its matches instead: each probe would expand the prefix again);
- many matches, relevance, filtered by one speaker: let FTS5 intersect the query with the
  speaker's name (its `speaker_name` column) and rank that small set;
- many matches, relevance, otherwise: rank the WINDOW most recently added matches,
  widening the window only when filters leave the page short. The order is then "most
  relevant among recent matches", which is what someone typing a common word wants first.

`where` holds SQL conditions on `statements s` with `?` placeholders; `params` fills them.
"""

from __future__ import annotations

import re
import sqlite3

EXACT_LIMIT = 10_000
WINDOW = 5_000
# Newest meeting first; within one report, in the order the report tells it.
NEWEST_FIRST = "s.date DESC, s.document_id DESC, s.span_start"
_MATCHES = "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?"


MAX_PREFIX_TERMS = 30
_PREFIX = re.compile(r'"((?:[^"]|"")+)"\*')
_TERM_THEN_GROUP = re.compile(r'([")*])\s+(?=["(])')


def expand_prefixes(connection: sqlite3.Connection, match: str) -> str:
    """Replace each `"pre"*` with the indexed words it stands for: `("prefer" OR "prefix")`.

    FTS5 expands a prefix afresh on every evaluation, which makes prefix queries the slowest
    kind; a list of words is as fast as plain words. The index holds Porter stems, so a
    typed prefix longer than its stem ("coopera" for the stem "cooper") finds nothing: the
    prefix is shortened, down to three letters, until it finds indexed words.
    """
    connection.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.onrecord_terms"
                       " USING fts5vocab(main, statements_fts, row)")

    def words(found: re.Match) -> str:
        prefix = found.group(1).replace('""', '"').lower()
        for length in range(len(prefix), min(3, len(prefix)) - 1, -1):
            start = prefix[:length]
            terms = [row[0] for row in connection.execute(
                "SELECT term FROM temp.onrecord_terms WHERE term >= ? AND term < ?"
                " ORDER BY doc DESC LIMIT ?", [start, start + "\uffff", MAX_PREFIX_TERMS])]
            if terms:
                return "(" + " OR ".join('"' + t.replace('"', '""') + '"' for t in terms) + ")"
        return found.group(0)

    expanded = _PREFIX.sub(words, match)
    # FTS5 joins two terms with an implicit AND, but not a term and a group: say it.
    return _TERM_THEN_GROUP.sub(r"\1 AND ", expanded)


def count_up_to(connection: sqlite3.Connection, match: str, cap: int) -> int:
    """How many statements match, counting no further than `cap` (cheap for any query)."""
    return connection.execute(f"SELECT count(*) FROM ({_MATCHES} LIMIT {cap})", [match]).fetchone()[0]


def matching_ids(connection: sqlite3.Connection, match: str, where: list[str], params: list,
                 order: str, limit: int, offset: int, speaker_terms: str | None = None) -> list[int]:
    """Statement ids for one page of a search, best first."""
    filters = "".join(f" AND {clause}" for clause in where)
    page = [limit, offset]
    ranked = ("SELECT s.id FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid"
              " WHERE statements_fts MATCH ?")
    # A prefix query re-expands its prefix in every probe, so probing costs more than
    # sorting all its matches by date.
    few = count_up_to(connection, match, EXACT_LIMIT) < EXACT_LIMIT
    if few or (order != "relevance" and "*" in match):
        order_by = "statements_fts.rank" if order == "relevance" else NEWEST_FIRST
        return _ids(connection, f"{ranked}{filters} ORDER BY {order_by} LIMIT ? OFFSET ?",
                    [match, *params, *page])
    if order != "relevance":
        probe = "EXISTS (SELECT 1 FROM statements_fts f WHERE f.rowid = s.id AND f.statements_fts MATCH ?)"
        return _ids(connection, f"SELECT s.id FROM statements s WHERE {probe}{filters}"
                                f" ORDER BY {NEWEST_FIRST} LIMIT ? OFFSET ?", [match, *params, *page])
    if speaker_terms:
        narrowed = f"({match}) AND speaker_name : ({speaker_terms})"
        return _ids(connection, f"{ranked}{filters} ORDER BY statements_fts.rank LIMIT ? OFFSET ?",
                    [narrowed, *params, *page])
    window = WINDOW
    while True:
        bound = connection.execute(f"{_MATCHES} ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                                   [match, window - 1]).fetchone()
        ids = _ids(connection, f"{ranked} AND statements_fts.rowid >= ?{filters}"
                               " ORDER BY statements_fts.rank LIMIT ? OFFSET ?",
                   [match, bound[0] if bound else 0, *params, *page])
        if len(ids) >= limit or bound is None:
            return ids
        window *= 4


def _ids(connection: sqlite3.Connection, sql: str, params: list) -> list[int]:
    return [row[0] for row in connection.execute(sql, params)]
