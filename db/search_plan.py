"""How to run one search fast on a million statements: pick a strategy, return ids in order.

FTS5's `ORDER BY rank` scores every match: instant for a rare word, hundreds of
milliseconds for a word in half the statements. So we first count matches up to a cap
(a cheap walk over the term's doclist) and choose:

- fewer than EXACT_LIMIT matches: rank (or date-sort) all of them, so relevance order is
  exactly FTS5's bm25 order;
- newest first, any number of matches: read them from statements_by_date_fts, whose
  rowids put the newest first, stopping when the page is full; a date range is a rowid
  range there;
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
from datetime import date

from onrecord.db.schema import DATE_KEY_SHIFT

EXACT_LIMIT = 10_000
WINDOW = 5_000
# Newest meeting first; within one report, in the order the report tells it.
NEWEST_FIRST = "s.date DESC, s.document_id DESC, s.span_start"
OLDEST_LAST = "s.date ASC, s.document_id ASC, s.span_start DESC"  # NEWEST_FIRST backwards
# Oldest meeting first (undated ones before, as the date-ordered index keeps them); within
# one report, still in the order the report tells it.
OLDEST_FIRST = "s.date ASC, s.document_id ASC, s.span_start ASC"
READ_FROM_THE_END_AFTER = 20_000  # an offset worth counting the matches for
_MATCHES = "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?"


MAX_PREFIX_TERMS = 30
_PREFIX = re.compile(r'"((?:[^"]|"")+)"\*')
_TERM_THEN_GROUP = re.compile(r'([")*])\s+(?=["(])')


# How many letters Porter's stemmer takes off a word's end ("cooperation" -> "cooper").
STEM_CUT = 5
# A term no statement holds: FTS5 needs a term where a prefix stands for none.
_NOTHING = '"\u2400"'


def expand_prefixes(connection: sqlite3.Connection, match: str) -> str:
    """Replace each `"pre"*` with the indexed words it stands for: `("prefer" OR "prefix")`.

    FTS5 expands a prefix afresh on every evaluation, which makes prefix queries the slowest
    kind; a list of words is as fast as plain words. The index holds Porter stems, so a
    typed prefix longer than its stem ("coopera", "cooperation" for the stem "cooper") is
    also the stems it begins with, down to STEM_CUT letters shorter: never a shorter prefix's
    other words ("tariff" is not "target"). A prefix that stands for no word matches nothing.
    """
    vocabulary = _vocabulary(connection)

    def words(found: re.Match) -> str:
        prefix = found.group(1).replace('""', '"').lower()
        terms = [row[0] for start in _spellings(prefix) for row in connection.execute(
            f"SELECT term FROM {vocabulary} WHERE term >= ? AND term < ?"
            " ORDER BY doc DESC LIMIT ?", [start, start + "\uffff", MAX_PREFIX_TERMS])]
        stems = [prefix[:length] for length in range(len(prefix) - 1, max(2, len(prefix) - STEM_CUT - 1), -1)]
        if stems:
            marks = ", ".join("?" * len(stems))
            terms += [row[0] for row in connection.execute(
                f"SELECT term FROM {vocabulary} WHERE term IN ({marks})", stems)]
        if not terms:
            return _NOTHING
        return "(" + " OR ".join('"' + t.replace('"', '""') + '"' for t in terms) + ")"

    expanded = _PREFIX.sub(words, match)
    # FTS5 joins two terms with an implicit AND, but not a term and a group: say it.
    return _TERM_THEN_GROUP.sub(r"\1 AND ", expanded)


def _spellings(prefix: str) -> tuple[str, ...]:
    """The prefix as typed, and as Porter's stemmer writes a final "y" after a consonant
    ("energy", "policy", "security" are indexed "energi", "polici", "secur…"), so that a
    whole word typed with "y" still finds itself."""
    if len(prefix) > 2 and prefix.endswith("y") and prefix[-2] not in "aeiou":
        return prefix, prefix[:-1] + "i"
    return (prefix,)


# A snapshot of the index's words and how many statements hold each, taken after each
# ingest: listing the words a prefix stands for from FTS5 itself (fts5vocab) reads every
# match of each word, ~20 ms for "coo" on a million statements, on every keystroke.
# search_terms_as_of holds the newest statement id the snapshot has seen; a database
# changed since (by an ingest not finished yet, or another program) is read from fts5vocab.
SNAPSHOT_TABLES = ("search_terms", "search_terms_as_of")


def refresh_search_terms(connection: sqlite3.Connection) -> None:
    """Take the snapshot again (~0.6 s a million statements); inside a write transaction."""
    connection.execute("CREATE TABLE IF NOT EXISTS search_terms"
                       " (term TEXT PRIMARY KEY, doc INTEGER NOT NULL) WITHOUT ROWID")
    connection.execute("CREATE TABLE IF NOT EXISTS search_terms_as_of (statement_id INTEGER)")
    connection.execute("DELETE FROM search_terms")
    connection.execute("DELETE FROM search_terms_as_of")
    connection.execute("INSERT INTO search_terms SELECT term, doc FROM " + _live_vocabulary(connection))
    connection.execute("INSERT INTO search_terms_as_of SELECT coalesce(max(id), 0) FROM statements")


def _vocabulary(connection: sqlite3.Connection) -> str:
    """The table to list indexed words from: the snapshot when it is current."""
    try:
        current = connection.execute(
            "SELECT 1 FROM search_terms_as_of WHERE statement_id = (SELECT coalesce(max(id), 0) FROM statements)"
        ).fetchone()
    except sqlite3.OperationalError:  # no snapshot yet
        current = None
    return "search_terms" if current else _live_vocabulary(connection)


def _live_vocabulary(connection: sqlite3.Connection) -> str:
    connection.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.onrecord_terms"
                       " USING fts5vocab(main, statements_fts, row)")
    return "temp.onrecord_terms"


def count_up_to(connection: sqlite3.Connection, match: str, cap: int) -> int:
    """How many statements match, counting no further than `cap` (cheap for any query)."""
    return connection.execute(f"SELECT count(*) FROM ({_MATCHES} LIMIT {cap})", [match]).fetchone()[0]


def matching_ids(connection: sqlite3.Connection, match: str, where: list[str], params: list,
                 order: str, limit: int, offset: int, speaker_terms: str | None = None,
                 since: str | None = None, until: str | None = None) -> list[int]:
    """Statement ids for one page of a search, best first.

    `since` and `until` repeat the date range that `where` holds, so the newest-first
    index can read just that range."""
    filters = "".join(f" AND {clause}" for clause in where)
    page = [limit, offset]
    if order != "relevance":
        if speaker_terms:
            match = f"({match}) AND speaker_name : ({speaker_terms})"
        if order == "oldest":
            return _oldest_first(connection, match, filters, params, limit, offset, _date_keys(since, until))
        return _newest_first(connection, match, filters, params, limit, offset, _date_keys(since, until))
    ranked = ("SELECT s.id FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid"
              " WHERE statements_fts MATCH ?")
    if count_up_to(connection, match, EXACT_LIMIT) < EXACT_LIMIT:
        return _ids(connection, f"{ranked}{filters} ORDER BY statements_fts.rank LIMIT ? OFFSET ?",
                    [match, *params, *page])
    if speaker_terms:
        narrowed = f"({match}) AND speaker_name : ({speaker_terms})"
        return _ids(connection, f"{ranked}{filters} ORDER BY statements_fts.rank LIMIT ? OFFSET ?",
                    [narrowed, *params, *page])
    # The window: the WINDOW most recently added matches, ranked; widened while filters
    # leave it less than a page. After it come the older matches, newest first, so every
    # page of one search belongs to the same order and no page ranks everything.
    window = WINDOW
    while True:
        bound = connection.execute(f"{_MATCHES} ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                                   [match, window - 1]).fetchone()
        low = bound[0] if bound else 0
        ids = _ids(connection, f"{ranked} AND statements_fts.rowid >= ?{filters}"
                               " ORDER BY statements_fts.rank LIMIT ? OFFSET ?", [match, low, *params, *page])
        if len(ids) >= limit or bound is None:
            return ids
        in_window = connection.execute(
            f"SELECT count(*) FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid"
            f" WHERE statements_fts MATCH ? AND statements_fts.rowid >= ?{filters}",
            [match, low, *params]).fetchone()[0]
        if in_window >= limit:
            older = _newest_first(connection, match, filters, params, limit - len(ids),
                                  max(0, offset - in_window), _date_keys(since, until), below_id=low)
            return ids + older
        window *= 4


def _newest_first(connection: sqlite3.Connection, match: str, filters: str, params: list,
                  limit: int, offset: int, keys: tuple[int, int], below_id: int | None = None) -> list[int]:
    """A page of matches in NEWEST_FIRST order, read from the date-ordered index.

    Its rowids order statements by day, then id; within one day NEWEST_FIRST orders by
    report and place in the report. So: find the day of the page's last row, then sort
    exactly just the matches from that day on (a few hundred at most for a common word).
    """
    # `below_id`: only statements older than that id (the matches after a relevance window).
    ids_below = f" AND (d.rowid & {_ID_BITS}) < {int(below_id)}" if below_id is not None else ""
    from_index = (f"FROM statements_by_date_fts d JOIN statements s ON s.id = (d.rowid & {_ID_BITS})"
                  f" WHERE statements_by_date_fts MATCH ? AND d.rowid BETWEEN ? AND ?{ids_below}{filters}")
    if offset >= READ_FROM_THE_END_AFTER and not filters:
        total = connection.execute(f"SELECT count(*) FROM statements_by_date_fts d WHERE statements_by_date_fts"
                                   f" MATCH ? AND d.rowid BETWEEN ? AND ?{ids_below}", [match, *keys]).fetchone()[0]
        if offset > total // 2:
            return _oldest_last(connection, from_index, match, keys, limit, total - offset - limit)
    last = connection.execute(f"SELECT d.rowid {from_index} ORDER BY d.rowid DESC LIMIT 1 OFFSET ?",
                              [match, *keys, *params, offset + limit - 1]).fetchone()
    low = (last[0] >> DATE_KEY_SHIFT) << DATE_KEY_SHIFT if last else keys[0]
    return _ids(connection, f"SELECT s.id {from_index} ORDER BY {NEWEST_FIRST} LIMIT ? OFFSET ?",
                [match, low, keys[1], *params, limit, offset])


def _oldest_first(connection: sqlite3.Connection, match: str, filters: str, params: list,
                  limit: int, offset: int, keys: tuple[int, int]) -> list[int]:
    """A page of matches in OLDEST_FIRST order: _newest_first read from the other end of the
    date-ordered index (find the day of the page's last row, sort from the start to it)."""
    from_index = (f"FROM statements_by_date_fts d JOIN statements s ON s.id = (d.rowid & {_ID_BITS})"
                  f" WHERE statements_by_date_fts MATCH ? AND d.rowid BETWEEN ? AND ?{filters}")
    if offset >= READ_FROM_THE_END_AFTER and not filters:
        near_end = _oldest_first_from_the_newest_end(connection, match, from_index, keys, limit, offset)
        if near_end is not None:
            return near_end
    last = connection.execute(f"SELECT d.rowid {from_index} ORDER BY d.rowid ASC LIMIT 1 OFFSET ?",
                              [match, *keys, *params, offset + limit - 1]).fetchone()
    high = _day_end(last[0]) if last else keys[1]
    return _ids(connection, f"SELECT s.id {from_index} ORDER BY {OLDEST_FIRST} LIMIT ? OFFSET ?",
                [match, keys[0], min(high, keys[1]), *params, limit, offset])


def _oldest_first_from_the_newest_end(connection: sqlite3.Connection, match: str, from_index: str,
                                     keys: tuple[int, int], limit: int, offset: int) -> list[int] | None:
    """A page in the second half of an oldest-first list, found from the newest end (reading
    from the oldest end would walk through every older match first); None in the first half."""
    # Without filters the index alone answers counts and positions (no join: 10x faster).
    index_only = "FROM statements_by_date_fts d WHERE statements_by_date_fts MATCH ? AND d.rowid BETWEEN ? AND ?"
    total = connection.execute(f"SELECT count(*) {index_only}", [match, *keys]).fetchone()[0]
    if offset <= total // 2:
        return None
    newer = max(0, total - offset - limit)  # matches newer than the whole page
    def rowid_from_top(position: int) -> int | None:
        row = connection.execute(f"SELECT d.rowid {index_only} ORDER BY d.rowid DESC LIMIT 1 OFFSET ?",
                                 [match, *keys, position]).fetchone()
        return row[0] if row else None
    if offset >= total:
        return []
    # The page's newest row is `newer` rows from the top; its oldest, `total - 1 - offset`.
    newest, oldest = rowid_from_top(newer), rowid_from_top(total - 1 - offset)
    if newest is None or oldest is None:
        return []
    low, high = (oldest >> DATE_KEY_SHIFT) << DATE_KEY_SHIFT, _day_end(newest)
    from_low = connection.execute(f"SELECT count(*) {index_only}", [match, max(low, keys[0]), keys[1]]).fetchone()[0]
    older = total - from_low  # matches on days before the page's first day
    return _ids(connection, f"SELECT s.id {from_index} ORDER BY {OLDEST_FIRST} LIMIT ? OFFSET ?",
                [match, max(low, keys[0]), min(high, keys[1]), limit, offset - older])


def _day_end(rowid: int) -> int:
    """The last date-index key of the day a key falls on."""
    return (((rowid >> DATE_KEY_SHIFT) + 1) << DATE_KEY_SHIFT) - 1


def _oldest_last(connection: sqlite3.Connection, from_index: str, match: str, keys: tuple[int, int],
                 limit: int, after: int) -> list[int]:
    """A page near the end of a newest-first list, read from the oldest end: the `limit`
    rows that have `after` older rows behind them (reading from the top would walk
    through every newer match first: 1.4 s to the end of a word in 590,000 statements)."""
    limit, after = limit + min(0, after), max(0, after)
    if limit <= 0:
        return []
    newest_of_page = connection.execute(
        f"SELECT d.rowid {from_index} ORDER BY d.rowid ASC LIMIT 1 OFFSET ?",
        [match, *keys, after + limit - 1]).fetchone()
    high = (((newest_of_page[0] >> DATE_KEY_SHIFT) + 1) << DATE_KEY_SHIFT) - 1 if newest_of_page else keys[1]
    rows = _ids(connection, f"SELECT s.id {from_index} ORDER BY {OLDEST_LAST} LIMIT ? OFFSET ?",
                [match, keys[0], min(high, keys[1]), limit, after])
    return rows[::-1]


_ID_BITS = (1 << DATE_KEY_SHIFT) - 1
_JULIAN_DAY_OF_ORDINAL_0 = 1_721_424  # julianday('0001-01-01') is 1721425.5; ordinal 1


def _date_keys(since: str | None, until: str | None) -> tuple[int, int]:
    """The rowid range of statements_by_date_fts holding a date range (all of it when a
    bound is missing or not a date: the SQL filter on s.date still applies)."""
    low, high = 0, (1 << 62) - 1
    try:
        if since:
            low = (date.fromisoformat(since).toordinal() + _JULIAN_DAY_OF_ORDINAL_0) << DATE_KEY_SHIFT
        if until:
            high = ((date.fromisoformat(until).toordinal() + _JULIAN_DAY_OF_ORDINAL_0 + 1) << DATE_KEY_SHIFT) - 1
    except ValueError:
        return 0, (1 << 62) - 1
    return low, high


def _ids(connection: sqlite3.Connection, sql: str, params: list) -> list[int]:
    return [row[0] for row in connection.execute(sql, params)]
