"""The Store: one SQLite file, ingest of extractions, and the named queries the UI uses.

The TUI and CLI talk to the data only through this object. Reads are plain SQL over the
tables in db/schema.py; each ingest of a document is one transaction.
"""

from __future__ import annotations

import functools
import hashlib
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from onrecord.db.connection import (
    Interrupted,
    StoreError,
    backup_copy,
    connect,
    describe,
    is_query_error,
    write_transaction,
)
from onrecord.db.documents import SourceDocument
from onrecord.db.identity import body_identity, folded_name, person_identity
from onrecord.db.model import Extraction, Speaker
from onrecord.db.schema import SCHEMA_VERSION, SchemaError, check_readable, ensure_schema
from onrecord.db.search import HIGHLIGHT_END, HIGHLIGHT_START, QueryError, shown, to_fts_query
from onrecord.db.search_plan import NEWEST_FIRST, OLDEST_LAST, expand_prefixes, matching_ids, refresh_search_terms

if TYPE_CHECKING:
    import sqlite_utils

__all__ = ["Store", "StoreError", "Interrupted", "StatementFilter", "StatementRow", "IngestResult"]


@dataclass
class IngestResult:
    source: str
    status: str  # "added" | "unchanged" | "another source" (the same text from another place)
    document_id: int
    meetings: int = 0
    statements: int = 0
    speakers: int = 0


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
    speaker_id: int | None = None
    meeting_id: int | None = None
    topic_id: int | None = None
    ids: list[int] | None = None
    prefix_last: bool = False  # treat the last search word as a prefix (typing)

    def describe(self) -> dict:
        """The filters that are set, for export front matter and status lines."""
        return {k: v for k, v in vars(self).items()
                if v not in (None, False, []) and k not in {"prefix_last"}}


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
    marked_text: str | None = None  # text with FTS match markers, when searched
    topics: list[str] = field(default_factory=list)


_ROW_COLUMNS = """
    s.id, s.kind, s.text, s.cue, s.date, s.speaker_id, sp.name AS speaker_name,
    coalesce(s.speaker_title, sp.title) AS speaker_title, sp.country AS speaker_country,
    sp.affiliation AS speaker_affiliation, s.speaker_as_written, s.meeting_id,
    m.name AS meeting_name, m.date AS meeting_date, m.format AS meeting_format,
    s.document_id, d.source, d.url, d.published, s.span_start, s.span_end, s.attribution,
    d.title AS document_title, m.location AS meeting_location
"""
# The same from a file older than schema 4, read as it is (read-only, not upgraded).
_ROW_COLUMNS_BEFORE_4 = (_ROW_COLUMNS.replace("coalesce(s.speaker_title, sp.title)", "sp.title")
                         .replace("s.attribution", "NULL AS attribution"))
CLOSE_IDS = 100_000
_STATEMENT_COLUMNS = ("document_id, meeting_id, speaker_id, kind, text, cue, speaker_name,"
                      " speaker_as_written, span_start, span_end, date, speaker_title, attribution")
_STATEMENT_MARKS = "(" + ", ".join("?" * (_STATEMENT_COLUMNS.count(",") + 1)) + ")"
_ROW_JOINS = """
    LEFT JOIN speakers sp ON sp.id = s.speaker_id
    LEFT JOIN meetings m ON m.id = s.meeting_id
    JOIN documents d ON d.id = s.document_id
"""


def speaker_identity(speaker: Speaker) -> str:
    if speaker.kind == "person":
        return person_identity(speaker.name)
    return body_identity(speaker.name, speaker.country)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path | None,
                 read_only: str | None = None, notice: str | None = None) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only  # why the file cannot be written; None when it can
        self.notice = notice  # something the user should know about the file (an upgrade)
        # One connection is shared by the UI thread and worker threads; queries take turns.
        self.lock = threading.RLock()
        self._topic_ids: dict[str, int] = {}
        columns = {row[1] for row in conn.execute("PRAGMA table_info(statements)")}
        self._row_columns = _ROW_COLUMNS if "attribution" in columns else _ROW_COLUMNS_BEFORE_4
        self._batch: list[int] | None = None  # [documents written, documents per commit]
        # Documents written in the batch's open transaction, to write again if it rolls back.
        self._uncommitted: list[tuple[SourceDocument, Extraction]] = []

    @classmethod
    def open(cls, path: Path | str, read_only: bool = False,
             upgrading: Callable[[int], object] | None = None) -> Store:
        """Open (creating if needed) an OnRecord database file.

        A file from an older OnRecord is upgraded after a backup copy is made beside it
        (`upgrading(old_version)` is called first: on a big file this takes a while); a
        file the user cannot write is opened read-only (browse, search and export work).
        """
        path = Path(path)
        notice, connection = None, None
        try:
            connection, reason = connect(path, read_only)
            db = connection
            db.execute("PRAGMA foreign_keys = ON")
            if reason is None:
                backups: list[Path] = []
                def before_upgrade(version: int) -> None:
                    if upgrading:
                        upgrading(version)
                    backups.append(backup_copy(connection, path, version))

                old = ensure_schema(db, before_upgrade)
                # Only now: a file ensure_schema refuses (another app's) is left untouched.
                db.execute("PRAGMA journal_mode = WAL")
                # In WAL mode NORMAL is safe from corruption and from a crash of the program;
                # only a power cut can lose the last commits. FULL syncs every commit to disk,
                # a tenth of ingest time.
                db.execute("PRAGMA synchronous = NORMAL")
                if backups:
                    notice = (f"Upgraded {path} from schema {old} to {SCHEMA_VERSION}; "
                              f"the file as it was is kept as {backups[0]}")
            else:
                if check_readable(db) < SCHEMA_VERSION:
                    notice = f"{path} is from an older OnRecord and read-only, so it is not upgraded"
        except SchemaError as error:
            _close(connection)
            raise StoreError(f"{path}: {error}") from None
        except sqlite3.DatabaseError as error:
            _close(connection)
            raise StoreError(f"{path}: {describe(error)}") from None
        except OSError as error:
            _close(connection)
            raise StoreError(f"{path}: {error.strerror or error}") from None
        return cls(db, path, read_only=reason, notice=notice)

    @classmethod
    def memory(cls) -> Store:
        connection = sqlite3.connect(":memory:")
        ensure_schema(connection)
        return cls(connection, None)

    def reader(self) -> Store:
        """A second connection to the same file, for searches a newer one may `interrupt()`.

        An interrupt stops whatever its connection is running, so searches get their own:
        the connection drawing the lists must never be stopped half-way.
        """
        if self.path is None:
            return self  # an in-memory database has no second connection (tests only)
        connection, _ = connect(self.path, read_only=bool(self.read_only))
        return Store(connection, self.path, read_only=self.read_only or "a reader")

    def _closed(self) -> bool:
        try:
            self.conn.total_changes  # noqa: B018 - raises on a closed connection
        except sqlite3.ProgrammingError:
            return True
        return False

    def interrupt(self) -> None:
        """Stop the query running on this connection now (any thread may call this); it
        raises Interrupted in the thread that ran it."""
        self.conn.interrupt()

    @functools.cached_property
    def db(self) -> sqlite_utils.Database:
        """The same connection through sqlite-utils' API, for scripts and tests; made on
        first use, since importing sqlite-utils costs the app's start ~40 ms."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def close(self) -> None:
        """Close the file once the query another thread may be running on it has ended:
        closing under a running query crashes the interpreter."""
        with self.lock:
            self.conn.close()

    # -- writing ---------------------------------------------------------------------

    def has_document(self, text: str) -> int | None:
        row = self.conn.execute(
            "SELECT id FROM documents WHERE content_hash = ?", [content_hash(text)]
        ).fetchone()
        return row[0] if row else None

    def ingest(self, document: SourceDocument, extraction: Extraction) -> IngestResult:
        """Write one document and everything extracted from it, all or nothing.

        Another process ingesting at the same time is waited for (the busy timeout); the
        check for an already stored document is made under the write lock, so two ingests
        of the same file store it once.
        """
        if self.read_only:
            raise StoreError(f"{self.path}: cannot ingest: {self.read_only}; "
                             "browsing, search and export still work")
        try:
            existing = self.has_document(document.text)
            if existing is None:
                with self.lock, self._document_transaction(document, extraction):
                    existing = self.has_document(document.text)  # again, now that no one else writes
                    if existing is None:
                        return self._write(document, extraction)
            return self._known(document, existing)
        except sqlite3.DatabaseError as error:
            known = describe(error)
            detail = known if not known.startswith("cannot use") else f"cannot write ({error})"
            raise StoreError(f"{self.path}: {detail}") from None

    def ingest_known(self, document: SourceDocument) -> IngestResult:
        """A document whose text is stored already (so not extracted again)."""
        return self._known(document, self.has_document(document.text))

    def _known(self, document: SourceDocument, document_id: int) -> IngestResult:
        """A text already stored: unchanged, or found again at another place, which is
        recorded as another source of the same document (a second URL is not lost)."""
        with self.lock:
            if self._batch is None:
                with write_transaction(self.conn):
                    added = self._add_source(document_id, document)
            else:
                added = self._add_source(document_id, document)
        return IngestResult(document.source, "another source" if added else "unchanged", document_id)

    def _add_source(self, document_id: int, document: SourceDocument) -> bool:
        cursor = self.conn.execute(
            "INSERT OR IGNORE INTO document_sources (document_id, source, url) VALUES (?, ?, ?)",
            [document_id, document.source, document.url])
        return cursor.rowcount > 0

    def sources(self, document_id: int) -> list[tuple[str, str | None]]:
        """Every place a document's text was found: (source, url), first found first."""
        with self.lock, self._reading():
            return self.conn.execute("SELECT source, url FROM document_sources WHERE document_id = ? ORDER BY id",
                                     [document_id]).fetchall()

    def refresh_search_terms(self) -> None:
        """Snapshot the indexed words for prefix searches (after ingesting)."""
        if self.read_only:
            return
        with self.lock, self._reading(), write_transaction(self.conn):
            refresh_search_terms(self.conn)

    @contextmanager
    def batch(self, documents_per_commit: int = 200) -> Iterator[None]:
        """Ingest many documents in few commits: each one still all or nothing.

        Inside, documents are written in one transaction committed every
        `documents_per_commit` documents: a crash loses at most that many whole documents
        (ingest again to finish) and never leaves half of one. A document that fails rolls
        the transaction back, and the documents before it are written again, each in its
        own transaction. (Not a SAVEPOINT per document: FTS5 writes its pending words out
        at every savepoint, which made ingest twice as slow.)
        """
        with self.lock:
            self._batch = [0, documents_per_commit]
            try:
                yield
            finally:
                self._batch = None
                if self.conn.in_transaction:
                    self.conn.commit()
                self._uncommitted = []

    @contextmanager
    def _document_transaction(self, document: SourceDocument, extraction: Extraction) -> Iterator[None]:
        if self._batch is None:
            with self._forgetting_ids_on_failure(), write_transaction(self.conn):
                yield
            return
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self._uncommitted = []
        try:
            yield
        except Exception:
            self.conn.rollback()
            self._topic_ids.clear()
            rolled_back, self._uncommitted = self._uncommitted, []
            for earlier, earlier_extraction in rolled_back:
                with self._forgetting_ids_on_failure(), write_transaction(self.conn):
                    if self.has_document(earlier.text) is None:
                        self._write(earlier, earlier_extraction)
            raise
        except BaseException:  # interrupted: keep nothing uncommitted, write nothing more
            self.conn.rollback()
            self._topic_ids.clear()
            raise
        self._uncommitted.append((document, extraction))
        self._batch[0] += 1
        if self._batch[0] % self._batch[1] == 0:
            self.conn.commit()
            self._uncommitted = []

    @contextmanager
    def _forgetting_ids_on_failure(self) -> Iterator[None]:
        """Ids cached from a transaction that rolls back name rows that no longer exist."""
        try:
            yield
        except BaseException:
            self._topic_ids.clear()
            raise

    def _write(self, document: SourceDocument, extraction: Extraction) -> IngestResult:
        published = extraction.document.published or document.published
        document_id = self._insert("documents", {
            "source": document.source, "url": document.url,
            "title": document.title or extraction.document.title, "published": published,
            "text": document.text, "content_hash": content_hash(document.text),
            "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "encoding": document.encoding,
        })
        self._add_source(document_id, document)
        speaker_ids: dict[str, int] = {}

        def speaker_id(speaker: Speaker | None) -> int | None:
            if speaker is None:
                return None
            identity = speaker_identity(speaker)
            if identity not in speaker_ids:
                speaker_ids[identity] = self._upsert_speaker(speaker, identity)
            return speaker_ids[identity]

        meeting_ids = []
        for meeting in extraction.meetings:
            meeting_id = self._upsert_meeting(meeting)
            meeting_ids.append(meeting_id)
            for participant in meeting.participants:
                self.conn.execute(
                    "INSERT OR IGNORE INTO participants (meeting_id, speaker_id, role) VALUES (?, ?, ?)",
                    [meeting_id, speaker_id(participant), participant.title],
                )
            for topic in meeting.topics:
                self.conn.execute(
                    "INSERT OR IGNORE INTO meeting_topics (meeting_id, topic_id) VALUES (?, ?)",
                    [meeting_id, self._topic_id(topic)],
                )
        rows = []
        for statement in extraction.statements:
            meeting_id = meeting_ids[statement.meeting] if statement.meeting is not None else None
            meeting = extraction.meetings[statement.meeting] if statement.meeting is not None else None
            rows.append((document_id, meeting_id, speaker_id(statement.speaker), statement.kind,
                         statement.text, statement.cue, self._speaker_name(speaker_ids, statement.speaker),
                         statement.speaker_as_written, statement.start, statement.end,
                         (meeting.date if meeting and meeting.date else None) or published,
                         statement.speaker.title if statement.speaker else None, statement.attribution))
        statement_ids = self._insert_statements(document_id, rows)
        self.conn.executemany(
            "INSERT OR IGNORE INTO statement_topics (statement_id, topic_id) VALUES (?, ?)",
            [(statement_id, self._topic_id(topic))
             for statement_id, statement in zip(statement_ids, extraction.statements, strict=True)
             for topic in statement.topics])
        return IngestResult(document.source, "added", document_id,
                            meetings=len(meeting_ids), statements=len(extraction.statements),
                            speakers=len(speaker_ids))

    def _insert_statements(self, document_id: int, rows: list[tuple]) -> list[int]:
        """Insert a document's statements in as few INSERTs as possible; their ids, in order.

        One INSERT of many rows, not one per statement: FTS5 writes its pending words out
        at the start of every statement that changes it (via the triggers), so one row per
        statement made a tiny index segment per statement.
        """
        # As many rows as SQLite takes values in one statement (999 in old builds, 32,766 now).
        per_insert = max(1, min(500, self.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // 13))
        for start in range(0, len(rows), per_insert):
            chunk = rows[start:start + per_insert]
            marks = ", ".join([_STATEMENT_MARKS] * len(chunk))
            self.conn.execute(f"INSERT INTO statements ({_STATEMENT_COLUMNS}) VALUES {marks}",
                              [value for row in chunk for value in row])
        # Rows inserted by one statement get ascending ids in the order they were listed.
        return [row[0] for row in self.conn.execute(
            "SELECT id FROM statements WHERE document_id = ? ORDER BY id", [document_id])]

    def _same_person(self, speaker: Speaker) -> int | None:
        """An existing person this one is: "Choi" or "Finance Minister Choi" in a later report
        is "Choi Sang-mok" if exactly one known person fits; two Kims stay two people."""
        tokens = set(folded_name(speaker.name).split())
        rows = self.conn.execute(
            "SELECT id, name, title FROM speakers WHERE kind = 'person' AND id IN"
            " (SELECT id FROM speakers WHERE " + " OR ".join("name LIKE ?" for _ in tokens) + ")",
            [f"%{t}%" for t in tokens],
        ).fetchall()
        candidates = [(rid, name, title) for rid, name, title in rows
                      if tokens < set(folded_name(name).split())
                      or set(folded_name(name).split()) < tokens]
        if len(candidates) > 1 and speaker.title:
            candidates = [c for c in candidates if (c[2] or "").casefold() == speaker.title.casefold()]
        if len(candidates) != 1:
            return None
        row_id, name, _ = candidates[0]
        if len(speaker.name.split()) > len(name.split()):
            # The earlier report knew only a surname; this one gives the full name.
            self.conn.execute("UPDATE speakers SET name = ?, identity = ? WHERE id = ?",
                            [speaker.name, speaker_identity(speaker), row_id])
            self.conn.execute("UPDATE statements SET speaker_name = ? WHERE speaker_id = ?",
                            [speaker.name, row_id])
        return row_id

    def _upsert_speaker(self, speaker: Speaker, identity: str) -> int:
        row = self.conn.execute(
            "SELECT id, title, affiliation, country FROM speakers WHERE identity = ?", [identity]
        ).fetchone()
        if row is None and speaker.kind == "person":
            same = self._same_person(speaker)
            row = (same,) if same else None
        if row is None:
            return self._insert("speakers", {
                "name": speaker.name, "kind": speaker.kind, "title": speaker.title,
                "affiliation": speaker.affiliation, "country": speaker.country,
                "identity": identity,
            })
        # Fill in what an earlier report did not say; never overwrite what it did.
        self.conn.execute(
            "UPDATE speakers SET title = coalesce(title, ?), affiliation = coalesce(affiliation, ?),"
            " country = coalesce(country, ?) WHERE id = ?",
            [speaker.title, speaker.affiliation, speaker.country, row[0]],
        )
        return row[0]

    def _speaker_name(self, speaker_ids: dict[str, int], speaker: Speaker | None) -> str | None:
        """The name the speakers table holds (a later report may have completed it)."""
        if speaker is None:
            return None
        row = self.conn.execute("SELECT name FROM speakers WHERE id = ?",
                              [speaker_ids[speaker_identity(speaker)]]).fetchone()
        return row[0] if row else speaker.name

    def _upsert_meeting(self, meeting) -> int:
        row = self.conn.execute(
            "SELECT id FROM meetings WHERE name = ? AND date IS ?", [meeting.name, meeting.date]
        ).fetchone()
        if row:
            self.conn.execute(
                "UPDATE meetings SET format = coalesce(format, ?), location = coalesce(location, ?)"
                " WHERE id = ?", [meeting.format, meeting.location, row[0]],
            )
            return row[0]
        return self._insert("meetings", {
            "name": meeting.name, "series": meeting.series, "ordinal": meeting.ordinal,
            "date": meeting.date, "format": meeting.format, "location": meeting.location,
            "status": meeting.status, "kind": meeting.kind,
        })

    def _topic_id(self, name: str) -> int:
        """A topic's id, created on first use; ids never change, so they are remembered."""
        if name not in self._topic_ids:
            self.conn.execute("INSERT OR IGNORE INTO topics (name) VALUES (?)", [name])
            self._topic_ids[name] = self.conn.execute(
                "SELECT id FROM topics WHERE name = ?", [name]).fetchone()[0]
        return self._topic_ids[name]

    def _insert(self, table: str, row: dict) -> int:
        """Insert one row with plain SQL (ingest's hot path; sqlite-utils' insert costs more)."""
        columns = ", ".join(f"[{c}]" for c in row)
        marks = ", ".join("?" for _ in row)
        return self.conn.execute(f"INSERT INTO [{table}] ({columns}) VALUES ({marks})",
                                    list(row.values())).lastrowid

    # -- reading ---------------------------------------------------------------------

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

    def meetings(self, limit: int | None = None) -> list[dict]:
        """Meetings, newest first (the newest `limit` of them, if given)."""
        return self._rows(
            "SELECT m.id, m.name, m.series, m.ordinal, m.date, m.format, m.location"
            " FROM meetings m ORDER BY m.date DESC NULLS LAST, m.id DESC"
            + (" LIMIT ?" if limit else ""), [limit] if limit else [])

    def meeting_count(self) -> int:
        return self._rows("SELECT count(*) AS n FROM meetings", [])[0]["n"]

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

    def speaker(self, speaker_id: int) -> dict | None:
        rows = self._rows("SELECT * FROM speakers WHERE id = ?", [speaker_id])
        return rows[0] if rows else None

    def meeting(self, meeting_id: int) -> dict | None:
        rows = self._rows("SELECT * FROM meetings WHERE id = ?", [meeting_id])
        return rows[0] if rows else None

    def topic(self, topic_id: int) -> dict | None:
        rows = self._rows("SELECT * FROM topics WHERE id = ?", [topic_id])
        return rows[0] if rows else None

    def document(self, document_id: int) -> dict | None:
        rows = self._rows("SELECT * FROM documents WHERE id = ?", [document_id])
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
        clauses, params = [], []
        if filters.speaker:
            clauses.append("s.speaker_id IN (SELECT id FROM speakers WHERE " + _CONTAINS.format("name") + ")")
            params.append(filters.speaker)
        if filters.meeting:
            clauses.append("s.meeting_id IN (SELECT id FROM meetings WHERE " + _CONTAINS.format("name") + ")")
            params.append(filters.meeting)
        if filters.topic:
            clauses.append(
                "s.id IN (SELECT st.statement_id FROM statement_topics st JOIN topics t"
                " ON t.id = st.topic_id WHERE " + _CONTAINS.format("t.name") + ")")
            params.append(filters.topic)
        if filters.since:
            clauses.append("s.date >= ?")
            params.append(filters.since)
        if filters.until:
            clauses.append("s.date <= ?")
            params.append(filters.until)
        if filters.kind:
            clauses.append("s.kind = ?")
            params.append(filters.kind)
        for column, value in (("speaker_id", filters.speaker_id), ("meeting_id", filters.meeting_id)):
            if value is not None:
                clauses.append(f"s.{column} = ?")
                params.append(value)
        if filters.topic_id is not None:
            clauses.append("s.id IN (SELECT statement_id FROM statement_topics WHERE topic_id = ?)")
            params.append(filters.topic_id)
        if filters.ids is not None:
            clauses.append(f"s.id IN ({', '.join('?' for _ in filters.ids)})")
            params.extend(filters.ids)
        return clauses, params

    def statements(self, filters: StatementFilter | None = None, order: str = "relevance",
                   limit: int = 50, offset: int = 0, after: StatementRow | None = None,
                   from_end: int | None = None) -> list[StatementRow]:
        """Statements matching the filters; with a query, ranked and marked.

        `order` is "relevance" (FTS5 bm25 rank; newest first without a query) or "newest".
        Raises QueryError for a search that cannot be run.
        """
        filters = filters or StatementFilter()
        clauses, params = self._where(filters)
        if filters.query:
            return self._search(filters, clauses, params, order, limit, offset)
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
            listed = ", ".join("?" for _ in ids)
            if max(ids) - min(ids) <= CLOSE_IDS or "*" in match:  # a prefix is costly to rerun
                where, extra = f"statements_fts.rowid BETWEEN ? AND ? AND s.id IN ({listed})", [min(ids), max(ids)]
            else:
                where, extra = f"statements_fts.rowid IN ({listed})", []
            rows = self._rows(
                f"SELECT {self._row_columns}, highlight(statements_fts, 0, ?, ?) AS marked_text"
                f" FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid {_ROW_JOINS}"
                f" WHERE statements_fts MATCH ? AND {where}",
                [HIGHLIGHT_START, HIGHLIGHT_END, match, *extra, *ids])
        except sqlite3.OperationalError as error:
            if "fts5" in str(error) or "syntax" in str(error):
                raise QueryError(f"Cannot search for {shown(filters.query or '')}: {error}") from None
            raise
        position = {statement_id: index for index, statement_id in enumerate(ids)}
        return sorted((StatementRow(**row) for row in rows), key=lambda r: position[r.id])

    def _speaker_terms(self, filters: StatementFilter) -> str | None:
        """The filtered speaker's name as FTS5 terms, so FTS5 can narrow a common word to it."""
        if filters.speaker_id is None:
            return None
        speaker = self.speaker(filters.speaker_id)
        words = re.findall(r"\w+", speaker["name"]) if speaker else []
        return " ".join(f'"{w}"' for w in words) or None

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


# "Part of the name", ignoring ASCII case as LIKE does; instr() takes the user's text as
# it is (no pattern to escape, and no "LIKE pattern too complex" for a long one).
_CONTAINS = "instr(lower({}), lower(?)) > 0"


def _close(connection: sqlite3.Connection | None) -> None:
    if connection is not None:
        connection.close()
