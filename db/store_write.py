"""Writing to the Store: one document and everything extracted from it, all or nothing.

A mixin of `Store` (db/store.py), which owns the connection, its lock and the ingest batch.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from onrecord.db.connection import StoreError, describe, write_transaction
from onrecord.db.documents import SourceDocument
from onrecord.db.identity import body_identity, folded_name, person_identity
from onrecord.db.meeting_match import same_meeting
from onrecord.db.model import Extraction, Meeting, Speaker
from onrecord.db.search_plan import refresh_search_terms


@dataclass
class IngestResult:
    source: str
    status: str  # "added" | "unchanged" | "another source" (the same text from another place)
    document_id: int
    meetings: int = 0
    statements: int = 0
    speakers: int = 0


_STATEMENT_COLUMNS = ("document_id, meeting_id, speaker_id, kind, text, cue, speaker_name,"
                      " speaker_as_written, span_start, span_end, date, speaker_title, attribution")
_STATEMENT_MARKS = "(" + ", ".join("?" * (_STATEMENT_COLUMNS.count(",") + 1)) + ")"


def speaker_identity(speaker: Speaker) -> str:
    if speaker.kind == "person":
        return person_identity(speaker.name)
    return body_identity(speaker.name, speaker.country)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Writing:
    """Ingest: documents, their sources, speakers, meetings, statements and topics."""

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
            self._forget_cached_ids()
            rolled_back, self._uncommitted = self._uncommitted, []
            for earlier, earlier_extraction in rolled_back:
                with self._forgetting_ids_on_failure(), write_transaction(self.conn):
                    if self.has_document(earlier.text) is None:
                        self._write(earlier, earlier_extraction)
            raise
        except BaseException:  # interrupted: keep nothing uncommitted, write nothing more
            self.conn.rollback()
            self._forget_cached_ids()
            raise
        self._uncommitted.append((document, extraction))
        self._batch[0] += 1
        if self._batch[0] % self._batch[1] == 0:
            self.conn.commit()
            self._uncommitted = []

    def _forget_cached_ids(self) -> None:
        self._topic_ids.clear()
        self._people.clear()

    @contextmanager
    def _forgetting_ids_on_failure(self) -> Iterator[None]:
        """Ids cached from a transaction that rolls back name rows that no longer exist."""
        try:
            yield
        except BaseException:
            self._forget_cached_ids()
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
        return self._write_extraction(document_id, document.source, published, extraction)

    def _write_extraction(self, document_id: int, source: str, published: str | None,
                          extraction: Extraction) -> IngestResult:
        """A stored document's meetings, speakers, statements and topics, then the user's
        corrections that apply to them (db/store_edits.py)."""
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
            meeting_id = self._meeting_id(meeting, document_id)
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
        statement_speakers = [speaker_id(statement.speaker) for statement in extraction.statements]
        # The names the speakers table holds (a later report may have completed one).
        names = self._speaker_names(set(speaker_ids.values()))
        rows = []
        for statement, statement_speaker in zip(extraction.statements, statement_speakers, strict=True):
            meeting_id = meeting_ids[statement.meeting] if statement.meeting is not None else None
            meeting = extraction.meetings[statement.meeting] if statement.meeting is not None else None
            rows.append((document_id, meeting_id, statement_speaker, statement.kind,
                         statement.text, statement.cue, names.get(statement_speaker),
                         statement.speaker_as_written, statement.start, statement.end,
                         (meeting.date if meeting and meeting.date else None) or published,
                         statement.speaker.title if statement.speaker else None, statement.attribution))
        statement_ids = self._insert_statements(document_id, rows)
        self.conn.executemany(
            "INSERT OR IGNORE INTO statement_topics (statement_id, topic_id) VALUES (?, ?)",
            [(statement_id, self._topic_id(topic))
             for statement_id, statement in zip(statement_ids, extraction.statements, strict=True)
             for topic in statement.topics])
        self._apply_edits(document_id)
        return IngestResult(source, "added", document_id,
                            meetings=len(meeting_ids), statements=len(extraction.statements),
                            speakers=len(speaker_ids))

    def reextract(self, document_id: int, extraction: Extraction) -> IngestResult:
        """Replace what an earlier extraction wrote for a stored document with `extraction`
        (extraction improved); the user's corrections are applied again on top."""
        if self.read_only:
            raise StoreError(f"{self.path}: cannot re-extract: {self.read_only}")
        with self.lock, self._forgetting_ids_on_failure(), write_transaction(self.conn):
            row = self.conn.execute("SELECT source, published FROM documents WHERE id = ?",
                                    [document_id]).fetchone()
            if row is None:
                raise StoreError(f"no document #{document_id}")
            self._forget_extraction(document_id)
            return self._write_extraction(document_id, row[0], extraction.document.published or row[1],
                                          extraction)

    def _forget_extraction(self, document_id: int) -> None:
        """Remove a document's statements and its part in meetings; a meeting no other report
        tells of goes with it."""
        self.conn.execute("DELETE FROM statement_topics WHERE statement_id IN"
                          " (SELECT id FROM statements WHERE document_id = ?)", [document_id])
        self.conn.execute("DELETE FROM statements WHERE document_id = ?", [document_id])
        meetings = [r[0] for r in self.conn.execute(
            "SELECT meeting_id FROM meeting_sources WHERE document_id = ?", [document_id])]
        self.conn.execute("DELETE FROM meeting_sources WHERE document_id = ?", [document_id])
        for meeting_id in meetings:
            others = self.conn.execute("SELECT 1 FROM meeting_sources WHERE meeting_id = ? LIMIT 1",
                                       [meeting_id]).fetchone()
            in_use = self.conn.execute("SELECT 1 FROM statements WHERE meeting_id = ? LIMIT 1",
                                       [meeting_id]).fetchone()
            if not others and not in_use:
                for table in ("participants", "meeting_topics"):
                    self.conn.execute(f"DELETE FROM {table} WHERE meeting_id = ?", [meeting_id])
                self.conn.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])

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
        rows = self._people.sharing_a_word(self.conn, tokens)
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
            self._people.renamed(row_id, speaker.name)
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

    def _speaker_names(self, ids: set[int]) -> dict[int, str]:
        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        return dict(self.conn.execute(f"SELECT id, name FROM speakers WHERE id IN ({marks})", sorted(ids)))

    def _meeting_id(self, meeting: Meeting, document_id: int) -> int:
        """The meeting's row: the one another report stored (db/meeting_match.py), completed
        with what this report adds, or a new one; either way this report is its source."""
        found = same_meeting(self.conn, meeting)
        if found is None:
            meeting_id, matched_by = self._insert("meetings", {
                "name": meeting.name, "series": meeting.series, "ordinal": meeting.ordinal,
                "date": meeting.date, "format": meeting.format, "location": meeting.location,
                "status": meeting.status, "kind": meeting.kind,
            }), "first report"
        else:
            meeting_id, matched_by = found
            # Fill in what the earlier reports did not say; a meeting announced before and
            # reported as held now was held, on the day the report of it gives.
            self.conn.execute(
                "UPDATE meetings SET format = coalesce(format, ?), location = coalesce(location, ?),"
                " kind = coalesce(kind, ?), date = CASE WHEN status = 'planned' AND ? = 'held'"
                " THEN coalesce(?, date) ELSE coalesce(date, ?) END,"
                " status = CASE WHEN ? = 'held' THEN 'held' ELSE status END WHERE id = ?",
                [meeting.format, meeting.location, meeting.kind, meeting.status, meeting.date,
                 meeting.date, meeting.status, meeting_id])
        self.conn.execute("INSERT OR IGNORE INTO meeting_sources (meeting_id, document_id, matched_by)"
                          " VALUES (?, ?, ?)", [meeting_id, document_id, matched_by])
        return meeting_id

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
