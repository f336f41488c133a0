"""Reading the Store: the named queries the app and the CLI use.

A mixin of `Store` (db/store.py), which owns the connection and its lock. Reads are plain
SQL over the tables in db/schema.py.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from onrecord.db.connection import Interrupted, StoreError, describe, is_query_error
from onrecord.db.search import HIGHLIGHT_END, HIGHLIGHT_START, QueryError, shown, to_fts_query
from onrecord.db.search_plan import NEWEST_FIRST, OLDEST_FIRST, OLDEST_LAST, expand_prefixes, matching_ids


@dataclass
class StatementFilter:
    """What narrows a list of statements: a search and any of the filters, all optional."""

    query: str | None = None
    speaker: str | None = None  # part of a speaker's name
    meeting: str | None = None  # part of a meeting's name
    topic: str | None = None  # a topic's name
    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    kind: str | None = None  # "quote" | "reported"
    country: str | None = None  # the speaker's country
    countries: tuple[str, ...] | None = None  # meetings with participants from every one of these
    speaker_id: int | None = None
    meeting_id: int | None = None
    topic_id: int | None = None
    ids: list[int] | None = None
    prefix_last: bool = False  # treat the last search word as a prefix (typing)

    def describe(self) -> dict:
        """The filters that are set, for export front matter and status lines."""
        described = {k: v for k, v in vars(self).items()
                     if v not in (None, False, []) and k not in {"prefix_last"}}
        if self.query:
            described["query"] = self.shown_query()
        return described

    def shown_query(self) -> str | None:
        """The search as it ran: a last word searched as a prefix ends in "*"."""
        if self.query and self.prefix_last and \
                to_fts_query(self.query, prefix_last=True) != to_fts_query(self.query):
            return self.query + "*"
        return self.query


@dataclass
class StatementRow:
    id: int
    kind: str
    text: str
    cue: str | None
    date: str | None
    speaker_id: int | None
    speaker_name: str | None
    speaker_title: str | None
    speaker_country: str | None
    speaker_affiliation: str | None
    speaker_as_written: str | None
    meeting_id: int | None
    meeting_name: str | None
    meeting_date: str | None
    meeting_format: str | None
    document_id: int
    source: str
    url: str | None
    published: str | None
    span_start: int
    span_end: int
    attribution: str | None = None  # how the speaker was found (see schema.py)
    document_title: str | None = None
    meeting_location: str | None = None
    edited: int = 0  # 1 when a correction of the user's applies (db/store_edits.py)
    meeting_status: str | None = None  # "held" or "planned"
    marked_text: str | None = None  # text with FTS match markers, when searched
    topics: list[str] = field(default_factory=list)

    @property
    def meeting_planned(self) -> bool:
        """Whether the statement's meeting was announced for later (not held when reported)."""
        return self.meeting_status == "planned"


_ROW_COLUMNS = """
    s.id, s.kind, s.text, s.cue, s.date, s.speaker_id, sp.name AS speaker_name,
    coalesce(s.speaker_title, sp.title) AS speaker_title, sp.country AS speaker_country,
    sp.affiliation AS speaker_affiliation, s.speaker_as_written, s.meeting_id,
    m.name AS meeting_name, m.date AS meeting_date, m.format AS meeting_format,
    s.document_id, d.source, d.url, d.published, s.span_start, s.span_end, s.attribution,
    d.title AS document_title, m.location AS meeting_location, s.edited, m.status AS meeting_status
"""
# The same from a file older than schema 4, read as it is (read-only, not upgraded).
_ROW_COLUMNS_BEFORE_4 = (_ROW_COLUMNS.replace("coalesce(s.speaker_title, sp.title)", "sp.title")
                         .replace("s.attribution", "NULL AS attribution").replace("s.edited", "0 AS edited")
                         .replace("m.status AS meeting_status", "NULL AS meeting_status"))
_ROW_COLUMNS_BEFORE_5 = _ROW_COLUMNS.replace("s.edited", "0 AS edited")
CLOSE_IDS = 100_000


def row_columns(conn: sqlite3.Connection) -> str:
    """The columns of a statement row, as this file's schema has them."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(statements)")}
    if "attribution" not in columns:
        return _ROW_COLUMNS_BEFORE_4
    return _ROW_COLUMNS if "edited" in columns else _ROW_COLUMNS_BEFORE_5
_ROW_JOINS = """
    LEFT JOIN speakers sp ON sp.id = s.speaker_id
    LEFT JOIN meetings m ON m.id = s.meeting_id
    JOIN documents d ON d.id = s.document_id
"""


class Reading:
    """Meetings, topics, speakers, documents and pages of statements, searched or not."""

    def _rows(self, sql: str, params: list) -> list[dict]:
        with self.lock, self._reading():
            cursor = self.conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """A damaged or vanished file is a StoreError (one line); a search FTS5 cannot run
        is left to the caller, which explains it as a QueryError."""
        try:
            yield
        except sqlite3.ProgrammingError:
            if self._closed():
                raise Interrupted() from None  # the app is closing; its worker's query is moot
            raise
        except sqlite3.DatabaseError as error:
            if is_query_error(error):
                raise
            if str(error) == "interrupted":
                raise Interrupted() from None
            raise StoreError(f"{self.path or 'database'}: {describe(error)}") from None

    def meeting_ids_between(self, countries: tuple[str, ...]) -> list[int]:
        """The ids of the meetings with participants from every one of `countries`, found
        once (SQLite intersects them: only the few shared ids come back to Python)."""
        if not countries:
            return []
        sql = " INTERSECT ".join([_MEETINGS_WITH_PARTICIPANTS_FROM] * len(countries))
        with self.lock, self._reading():
            return [row[0] for row in self.conn.execute(f"{sql} ORDER BY 1", list(countries))]

    def meetings(self, limit: int | None = None, countries: tuple[str, ...] | None = None,
                 name: str | None = None, offset: int = 0, total: int | None = None,
                 ids: list[int] | None = None) -> list[dict]:
        """Meetings, newest first, with how many statements each has: `limit` of them from
        `offset`; with `countries`, those with participants from every one of them; with
        `name`, those whose name holds it. Given the `total`, a page past the middle is
        read from the oldest end (as fast as the first page)."""
        where, params = self._meeting_where(countries, name, ids)
        columns = ("SELECT m.id, m.name, m.series, m.ordinal, m.date, m.format, m.location, m.status,"
                   " (SELECT count(*) FROM statements s WHERE s.meeting_id = m.id) AS statements"
                   f" FROM meetings m {where}")
        if limit and total is not None and offset > total // 2:
            skip = max(0, total - offset - limit)
            rows = self._rows(f"{columns} ORDER BY m.date ASC NULLS FIRST, m.id ASC LIMIT ? OFFSET ?",
                              [*params, min(limit, total - offset), skip])
            return rows[::-1]
        return self._rows(f"{columns} ORDER BY m.date DESC NULLS LAST, m.id DESC"
                          + (" LIMIT ? OFFSET ?" if limit else ""), [*params, limit, offset] if limit else params)

    def series_meetings(self, series: str) -> list[dict]:
        """Every stored meeting of a series ("Korea-China Meeting on Economic Cooperation"),
        by ordinal then date, with how many statements and reports each has."""
        return self._rows(
            "SELECT m.id, m.name, m.ordinal, m.date, m.location, m.format, m.status,"
            " (SELECT count(*) FROM statements s WHERE s.meeting_id = m.id) AS statements,"
            " (SELECT count(*) FROM meeting_sources ms WHERE ms.meeting_id = m.id) AS reports"
            " FROM meetings m WHERE m.series = ? COLLATE NOCASE"
            " ORDER BY m.ordinal IS NULL, m.ordinal, m.date", [series])

    def meeting_count(self, countries: tuple[str, ...] | None = None, name: str | None = None) -> int:
        where, params = self._meeting_where(countries, name)
        return self._rows(f"SELECT count(*) AS n FROM meetings m {where}", params)[0]["n"]

    @staticmethod
    def _meeting_where(countries: tuple[str, ...] | None, name: str | None = None,
                       ids: list[int] | None = None) -> tuple[str, list]:
        if ids is not None:  # the meetings between the countries, already found
            clauses, params = [f"m.id IN ({', '.join('?' for _ in ids) or 'NULL'})"], list(ids)
        else:
            clauses = [f"m.id IN ({_MEETINGS_WITH_PARTICIPANTS_FROM})" for _ in countries or ()]
            params = list(countries or ())
        if name:
            clauses.append(_CONTAINS.format("m.name"))
            params.append(name)
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), params

    def topics(self) -> list[dict]:
        """Topics with their statement counts, most discussed first."""
        # Counted through the (topic_id, statement_id) index, without touching statements.
        return self._rows(
            "SELECT t.id, t.name, coalesce(c.n, 0) AS statements FROM topics t LEFT JOIN"
            " (SELECT topic_id, count(*) AS n FROM statement_topics GROUP BY topic_id) c"
            " ON c.topic_id = t.id ORDER BY statements DESC, t.name", [])

    def participants(self, meeting_id: int) -> list[dict]:
        return self._rows(
            "SELECT sp.id, sp.name, sp.title, sp.affiliation, sp.country, p.role"
            " FROM participants p JOIN speakers sp ON sp.id = p.speaker_id"
            " WHERE p.meeting_id = ? ORDER BY p.id", [meeting_id])

    def meeting_sources(self, meeting_id: int) -> list[dict]:
        """The reports of a meeting, first stored first, with why each was taken to be it
        (matched_by, see db/schema.py MATCHED_BY)."""
        return self._rows(
            "SELECT d.id, d.title, d.source, d.url, d.published, ms.matched_by FROM meeting_sources ms"
            " JOIN documents d ON d.id = ms.document_id WHERE ms.meeting_id = ? ORDER BY ms.id", [meeting_id])

    def speaker(self, speaker_id: int) -> dict | None:
        return self._one("speakers", speaker_id)

    def meeting(self, meeting_id: int) -> dict | None:
        return self._one("meetings", meeting_id)

    def topic(self, topic_id: int) -> dict | None:
        return self._one("topics", topic_id)

    def document(self, document_id: int) -> dict | None:
        return self._one("documents", document_id)

    def _one(self, table: str, row_id: int) -> dict | None:
        rows = self._rows(f"SELECT * FROM {table} WHERE id = ?", [row_id])
        return rows[0] if rows else None

    def document_spans(self, document_id: int) -> list[dict]:
        """Every statement's span in a document, for highlighting the source."""
        return self._rows(
            "SELECT id, span_start, span_end FROM statements WHERE document_id = ? ORDER BY span_start",
            [document_id])

    def statement_topics(self, statement_id: int) -> list[str]:
        return [r["name"] for r in self._rows(
            "SELECT t.name FROM statement_topics st JOIN topics t ON t.id = st.topic_id"
            " WHERE st.statement_id = ? ORDER BY t.id", [statement_id])]

    def _where(self, filters: StatementFilter) -> tuple[list[str], list]:
        """The SQL conditions the filters add, each with its parameter(s), in one order."""
        clauses, params = [], []
        for name, condition in _TEXT_CONDITIONS:
            value = getattr(filters, name)
            if value:
                clauses.append(condition)
                params.append(value)
        for country in filters.countries or ():
            clauses.append(f"s.meeting_id IN ({_MEETINGS_WITH_PARTICIPANTS_FROM})")
            params.append(country)
        for name, condition in _ID_CONDITIONS:
            value = getattr(filters, name)
            if value is not None:
                clauses.append(condition)
                params.append(value)
        if filters.ids is not None:
            clauses.append(f"s.id IN ({', '.join('?' for _ in filters.ids)})")
            params.extend(filters.ids)
        return clauses, params

    def statements(self, filters: StatementFilter | None = None, order: str = "relevance",
                   limit: int = 50, offset: int = 0, after: StatementRow | None = None,
                   from_end: int | None = None) -> list[StatementRow]:
        """Statements matching the filters; with a query, ranked and marked.

        `order` is "relevance" (FTS5 bm25 rank; newest first without a query), "newest" or
        "oldest". Raises QueryError for a search that cannot be run.
        """
        filters = filters or StatementFilter()
        clauses, params = self._where(filters)
        if filters.query:
            return self._search(filters, clauses, params, order, limit, offset)
        if order == "oldest":
            where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
            return [StatementRow(**row) for row in self._rows(
                f"SELECT {self._row_columns}, NULL AS marked_text FROM statements s {_ROW_JOINS}"
                f" {where} ORDER BY {OLDEST_FIRST} LIMIT ? OFFSET ?", [*params, limit, offset])]
        if after is not None:
            return self._after(clauses, params, after, limit)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        if from_end is not None:
            # A page near the end: read the order backwards from the last row, then turn it.
            skip = max(0, from_end)
            sql = (f"SELECT {self._row_columns}, NULL AS marked_text FROM statements s {_ROW_JOINS}"
                   f" {where} ORDER BY {OLDEST_LAST} LIMIT ? OFFSET ?")
            rows = self._rows(sql, [*params, limit + min(0, from_end), skip])
            return [StatementRow(**row) for row in reversed(rows)]
        sql = (f"SELECT {self._row_columns}, NULL AS marked_text FROM statements s {_ROW_JOINS}"
               f" {where} ORDER BY {NEWEST_FIRST} LIMIT ? OFFSET ?")
        params = [*params, limit, offset]
        try:
            return [StatementRow(**row) for row in self._rows(sql, params)]
        except sqlite3.OperationalError as error:
            if filters.query and ("fts5" in str(error) or "syntax" in str(error)):
                raise QueryError(f"Cannot search for {shown(filters.query or '')}: {error}") from None
            raise

    def _after(self, clauses: list[str], params: list, after: StatementRow, limit: int) -> list[StatementRow]:
        """Keyset paging: the `limit` rows after `after` in newest-first order.

        `s.date <= ?` lets SQLite seek in the newest-first index instead of counting rows
        from the top; statements without a date sort last and are read after the dated ones.
        """
        same_date_later = "(s.document_id < ? OR (s.document_id = ? AND s.span_start > ?))"
        position = [after.document_id, after.document_id, after.span_start]
        rows: list[dict] = []
        if after.date is not None:
            rows = self._page([*clauses, "s.date <= ?", f"(s.date < ? OR {same_date_later})"],
                              [*params, after.date, after.date, *position], limit)
        if len(rows) < limit:
            undated = ["s.date IS NULL"] + ([same_date_later] if after.date is None else [])
            rows += self._page([*clauses, *undated], [*params, *(position if after.date is None else [])],
                               limit - len(rows))
        return [StatementRow(**row) for row in rows]

    def _page(self, clauses: list[str], params: list, limit: int) -> list[dict]:
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return self._rows(f"SELECT {self._row_columns}, NULL AS marked_text FROM statements s {_ROW_JOINS}"
                          f" {where} ORDER BY {NEWEST_FIRST} LIMIT ?", [*params, limit])

    def _search(self, filters: StatementFilter, clauses: list[str], params: list, order: str,
                limit: int, offset: int) -> list[StatementRow]:
        """One page of search results: the planner picks the ids, then one query marks them."""
        try:
            with self.lock, self._reading():
                match = expand_prefixes(self.conn, to_fts_query(filters.query, prefix_last=filters.prefix_last))
                ids = matching_ids(self.conn, match, clauses, params, order, limit, offset,
                                   speaker_terms=self._speaker_terms(filters),
                                   since=filters.since, until=filters.until)
            if not ids:
                return []
            # Close ids (and any prefix query) are marked in one pass over their rowid range;
            # ids spread over the whole index are looked up one by one (FTS5 reruns the
            # query for each, which is cheap for plain words).
            rows = self._marked(match, ids)
        except sqlite3.OperationalError as error:
            if "fts5" in str(error) or "syntax" in str(error):
                raise QueryError(f"Cannot search for {shown(filters.query or '')}: {error}") from None
            raise
        position = {statement_id: index for index, statement_id in enumerate(ids)}
        return sorted((StatementRow(**row) for row in rows), key=lambda r: position[r.id])

    def _marked(self, match: str, ids: list[int]) -> list[dict]:
        """The rows of one page with the matched words marked. Close ids (and any prefix
        query) are marked in one pass over their rowid range; ids spread over the whole
        index are looked up one by one (FTS5 reruns the query for each: cheap for plain
        words, costly for a prefix expanded to many words, which is first cut down to the
        words the page's texts begin with)."""
        def marked(expression: str, wanted: list[int]) -> list[dict]:
            listed = ", ".join("?" for _ in wanted)
            if max(wanted) - min(wanted) <= CLOSE_IDS or "*" in expression:  # a prefix is costly to rerun
                where, extra = (f"statements_fts.rowid BETWEEN ? AND ? AND s.id IN ({listed})",
                                [min(wanted), max(wanted)])
            else:
                where, extra = f"statements_fts.rowid IN ({listed})", []
            return self._rows(
                f"SELECT {self._row_columns}, highlight(statements_fts, 0, ?, ?) AS marked_text"
                f" FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid {_ROW_JOINS}"
                f" WHERE statements_fts MATCH ? AND {where}",
                [HIGHLIGHT_START, HIGHLIGHT_END, expression, *extra, *wanted])

        if max(ids) - min(ids) <= CLOSE_IDS or not _WORD_LIST.search(match):
            return marked(match, ids)
        listed = ", ".join("?" for _ in ids)
        texts = " ".join(r["text"] for r in self._rows(
            f"SELECT text FROM statements WHERE id IN ({listed})", ids)).lower()
        rows = marked(_WORD_LIST.sub(lambda group: _present(group, texts), match), ids)
        # A word whose stem is not how it begins ("ties" is "ti") may have been cut: those
        # rows are marked with the whole query.
        missing = [i for i in ids if i not in {r["id"] for r in rows}]
        return rows + (marked(match, missing) if missing else [])

    def _speaker_terms(self, filters: StatementFilter) -> str | None:
        """The filtered speaker's name as FTS5 terms, so FTS5 can narrow a common word to it."""
        if filters.speaker_id is None:
            return None
        speaker = self.speaker(filters.speaker_id)
        words = re.findall(r"\w+", speaker["name"]) if speaker else []
        return " ".join(f'"{w}"' for w in words) or None

    def statements_per_period(self, filters: StatementFilter | None = None, period: str = "month") -> list[tuple[str, int]]:
        """How many statements match, per month ("2024-05") or year ("2024"), oldest first;
        undated ones are left out (a timeline shows when things were said)."""
        filters = filters or StatementFilter()
        clauses, params = self._where(filters)
        width = 7 if period == "month" else 4
        clauses = [*clauses, "s.date IS NOT NULL"]
        if filters.query:
            match = to_fts_query(filters.query, prefix_last=filters.prefix_last)
            with self.lock, self._reading():
                match = expand_prefixes(self.conn, match)
            source = ("FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid"
                      " WHERE statements_fts MATCH ?")
            params = [match, *params]
            where = "".join(" AND " + c for c in clauses)
        else:
            source, where = "FROM statements s WHERE ", " AND ".join(clauses)
        try:
            with self.lock, self._reading():
                return [tuple(row) for row in self.conn.execute(
                    f"SELECT substr(s.date, 1, {width}) AS period, count(*) {source}{where}"
                    " GROUP BY period ORDER BY period", params)]
        except sqlite3.OperationalError as error:
            raise QueryError(f"Cannot search for {shown(filters.query or '')}: {error}") from None

    def count_statements(self, filters: StatementFilter | None = None, cap: int | None = None) -> int:
        """How many statements match; with `cap`, counting stops there (cheap on any query)."""
        filters = filters or StatementFilter()
        clauses, params = self._where(filters)
        if filters.query:
            match = to_fts_query(filters.query, prefix_last=filters.prefix_last)
            with self.lock, self._reading():
                match = expand_prefixes(self.conn, match)
            sql = ("SELECT count(*) FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid"
                   f" WHERE statements_fts MATCH ? {''.join(' AND ' + c for c in clauses)}")
            params = [match, *params]
        else:
            where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
            sql = f"SELECT count(*) FROM statements s {where}"
        if cap is not None:
            sql = f"SELECT count(*) FROM ({sql.replace('SELECT count(*)', 'SELECT 1', 1)} LIMIT {int(cap)})"
        try:
            with self.lock, self._reading():
                return self.conn.execute(sql, params).fetchone()[0]
        except sqlite3.OperationalError as error:
            raise QueryError(f"Cannot search for {shown(filters.query or '')}: {error}") from None

    def with_topics(self, rows: list[StatementRow]) -> list[StatementRow]:
        for row in rows:
            row.topics = self.statement_topics(row.id)
        return rows

    def is_empty(self) -> bool:
        """No statements at all (cheap, unlike counting them)."""
        with self.lock, self._reading():
            return self.conn.execute("SELECT 1 FROM statements LIMIT 1").fetchone() is None

    def has_documents(self) -> bool:
        with self.lock, self._reading():
            return self.conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is not None

    def stats(self) -> dict[str, int]:
        tables = ["documents", "meetings", "speakers", "participants", "topics", "statements"]
        with self.lock, self._reading():
            counts = {t: self.conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in tables}
            counts["quotes"] = self.conn.execute(
                "SELECT count(*) FROM statements WHERE kind = 'quote'").fetchone()[0]
        return counts


# A group of words an expanded prefix became: ("kos" OR "kosa" OR "kosaba").
_WORD_LIST = re.compile(r'\((?:"[^"]+"(?: OR )?){3,}\)')


def _present(group: re.Match, texts: str) -> str:
    """The words of an expanded prefix that begin some word of the page's texts (at least
    the first, so the expression stays one FTS5 can run)."""
    terms = re.findall(r'"([^"]+)"', group.group())
    kept = [t for t in terms if re.search(r"\b" + re.escape(t), texts)] or terms[:1]
    return "(" + " OR ".join(f'"{t}"' for t in kept) + ")"


_MEETINGS_WITH_PARTICIPANTS_FROM = ("SELECT p.meeting_id FROM participants p JOIN speakers sp"
                                    " ON sp.id = p.speaker_id WHERE sp.country = ?")
# "Part of the name", ignoring ASCII case as LIKE does; instr() takes the user's text as
# it is (no pattern to escape, and no "LIKE pattern too complex" for a long one).
_CONTAINS = "instr(lower({}), lower(?)) > 0"
# Each filter field and the condition it adds: text fields when given at all, ids when set.
_TEXT_CONDITIONS = (
    ("speaker", "s.speaker_id IN (SELECT id FROM speakers WHERE " + _CONTAINS.format("name") + ")"),
    ("meeting", "s.meeting_id IN (SELECT id FROM meetings WHERE " + _CONTAINS.format("name") + ")"),
    ("topic", "s.id IN (SELECT st.statement_id FROM statement_topics st JOIN topics t"
              " ON t.id = st.topic_id WHERE " + _CONTAINS.format("t.name") + ")"),
    ("since", "s.date >= ?"),
    ("until", "s.date <= ?"),
    ("kind", "s.kind = ?"),
    ("country", "s.speaker_id IN (SELECT id FROM speakers WHERE country = ?)"),
)
_ID_CONDITIONS = (
    ("speaker_id", "s.speaker_id = ?"),
    ("meeting_id", "s.meeting_id = ?"),
    ("topic_id", "s.id IN (SELECT statement_id FROM statement_topics WHERE topic_id = ?)"),
)
