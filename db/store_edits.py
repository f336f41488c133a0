"""The user's corrections: a statement's speaker, "not a statement", a meeting's date or name.

A mixin of `Store` (db/store.py). Each correction is a row of `edits` (db/schema.py) and is
applied on top of what extraction wrote; it is applied again whenever extraction writes
that report anew (`reextract`, or the report ingested after being removed), and it is
undone by `undo_edit`, which puts back what it replaced. Statements are found again by
their report's text hash and their place in it, meetings by the name and date extraction
gave them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from onrecord.db.connection import StoreError, write_transaction
from onrecord.db.model import Speaker
from onrecord.db.store_write import speaker_identity

# A statement whose speaker the user chose: the export says so instead of how extraction
# found the speaker.
CORRECTED = "corrected"
EDIT_KINDS = ("speaker", "not a statement", "meeting date", "meeting name")
_STATEMENT_FIELDS = ("document_id", "meeting_id", "speaker_id", "kind", "text", "cue", "speaker_name",
                     "speaker_as_written", "span_start", "span_end", "date", "speaker_title", "attribution")


def now() -> str:
    """When a correction (or a collection's item) was made, in UTC, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Editing:
    """Corrections made, listed, undone, and applied again after re-extraction."""

    # -- making corrections ------------------------------------------------------------

    def correct_speaker(self, statement_id: int, name: str, kind: str = "person") -> int:
        """Give a statement another speaker (a person or a body, found or added by name)."""
        name = " ".join(name.split())
        if not name:
            raise StoreError("a speaker needs a name")
        with self._editing():
            statement = self._statement_for_edit(statement_id)
            before = {k: statement[k] for k in ("speaker_id", "speaker_name", "speaker_title", "attribution")}
            # A second correction of the same statement replaces the first.
            self.conn.execute(
                "UPDATE edits SET undone_at = ? WHERE kind = 'speaker' AND undone_at IS NULL"
                " AND document_hash = ? AND span_start = ? AND span_end = ?",
                [now(), statement["hash"], statement["span_start"], statement["span_end"]])
            edit_id = self._record_edit("speaker", statement, value=name, value_kind=kind, before=before)
            self._apply_speaker(statement_id, name, kind)
        return edit_id

    def dismiss_statement(self, statement_id: int) -> int:
        """"Not a statement": remove it from every list and export; undo puts it back."""
        with self._editing():
            statement = self._statement_for_edit(statement_id)
            topics = [r[0] for r in self.conn.execute(
                "SELECT t.name FROM statement_topics st JOIN topics t ON t.id = st.topic_id"
                " WHERE st.statement_id = ?", [statement_id])]
            before = {**{k: statement[k] for k in _STATEMENT_FIELDS}, "topics": topics}
            edit_id = self._record_edit("not a statement", statement, before=before)
            self._remove_statement(statement_id)
        return edit_id

    def correct_meeting(self, meeting_id: int, date: str | None = None, name: str | None = None) -> int:
        """Fix a meeting's date or name (one edit each; the last one made is returned)."""
        if date is None and name is None:
            raise StoreError("nothing to change")
        edit_id = 0
        with self._editing():
            meeting = self.conn.execute("SELECT id, name, date FROM meetings WHERE id = ?", [meeting_id]).fetchone()
            if meeting is None:
                raise StoreError(f"no meeting #{meeting_id}")
            for kind, column, value in (("meeting date", "date", date), ("meeting name", "name", name)):
                if value is None:
                    continue
                was = meeting[2] if column == "date" else meeting[1]
                edit_id = self._insert("edits", {
                    "made_at": now(), "kind": kind, "meeting_name": meeting[1], "meeting_date": meeting[2],
                    "value": value, "before": json.dumps({"meeting_id": meeting_id, column: was}),
                })
                self.conn.execute(f"UPDATE meetings SET {column} = ?, edited = 1 WHERE id = ?", [value, meeting_id])
        return edit_id

    # -- reading and undoing -------------------------------------------------------------

    def edits(self, include_undone: bool = False) -> list[dict]:
        """Corrections, newest first, each with a line saying what it did."""
        rows = self._rows("SELECT * FROM edits" + ("" if include_undone else " WHERE undone_at IS NULL")
                          + " ORDER BY id DESC", [])
        for row in rows:
            row["summary"] = _summary(row)
        return rows

    def undo_edit(self, edit_id: int) -> None:
        with self._editing():
            row = self.conn.execute("SELECT kind, document_hash, span_start, span_end, before, undone_at"
                                    " FROM edits WHERE id = ?", [edit_id]).fetchone()
            if row is None:
                raise StoreError(f"no edit #{edit_id}")
            kind, document_hash, start, end, before_json, undone_at = row
            if undone_at:
                raise StoreError(f"edit #{edit_id} is undone already")
            before = json.loads(before_json or "{}")
            self.conn.execute("UPDATE edits SET undone_at = ? WHERE id = ?", [now(), edit_id])
            if kind == "speaker":
                statement_id = self._locate(document_hash, start, end)
                if statement_id is not None:
                    self.conn.execute(
                        "UPDATE statements SET speaker_id = ?, speaker_name = ?, speaker_title = ?,"
                        " attribution = ?, edited = 0 WHERE id = ?",
                        [before["speaker_id"], before["speaker_name"], before["speaker_title"],
                         before["attribution"], statement_id])
            elif kind == "not a statement":
                self._restore_statement(before)
            else:
                column = "date" if kind == "meeting date" else "name"
                self.conn.execute(f"UPDATE meetings SET {column} = ? WHERE id = ?",
                                  [before.get(column), before["meeting_id"]])
                still = self.conn.execute(
                    "SELECT 1 FROM edits WHERE undone_at IS NULL AND kind LIKE 'meeting %'"
                    " AND json_extract(before, '$.meeting_id') = ?", [before["meeting_id"]]).fetchone()
                if not still:
                    self.conn.execute("UPDATE meetings SET edited = 0 WHERE id = ?", [before["meeting_id"]])

    def speaker_choices(self, document_id: int) -> list[dict]:
        """The people and bodies of one report (its statements' speakers and its meetings'
        participants), to pick a statement's right speaker from."""
        return self._rows(
            "SELECT DISTINCT sp.id, sp.name, sp.kind, sp.title, sp.country FROM speakers sp WHERE sp.id IN"
            " (SELECT speaker_id FROM statements WHERE document_id = ?"
            "  UNION SELECT p.speaker_id FROM participants p JOIN meeting_sources ms"
            "  ON ms.meeting_id = p.meeting_id WHERE ms.document_id = ?)"
            " ORDER BY sp.kind DESC, sp.name", [document_id, document_id])

    # -- applying ------------------------------------------------------------------------

    def _apply_edits(self, document_id: int) -> None:
        """Apply again the corrections that concern a document extraction just wrote."""
        document_hash = self.conn.execute("SELECT content_hash FROM documents WHERE id = ?",
                                          [document_id]).fetchone()[0]
        for kind, start, end, value, value_kind in self.conn.execute(
                "SELECT kind, span_start, span_end, value, value_kind FROM edits"
                " WHERE document_hash = ? AND undone_at IS NULL ORDER BY id", [document_hash]).fetchall():
            statement_id = self._locate(document_hash, start, end)
            if statement_id is None:
                continue  # extraction no longer finds it: nothing to correct
            if kind == "speaker":
                self._apply_speaker(statement_id, value, value_kind or "person")
            elif kind == "not a statement":
                self._remove_statement(statement_id)
        # Only this document's meetings, as extraction named them: a meeting written anew
        # (re-extraction removed the last report of it) takes its corrections again.
        for edit_id, kind, meeting_id, value in self.conn.execute(
                "SELECT e.id, e.kind, m.id, e.value FROM edits e JOIN meetings m ON m.name = e.meeting_name"
                " AND m.date IS e.meeting_date JOIN meeting_sources ms ON ms.meeting_id = m.id"
                " WHERE ms.document_id = ? AND e.kind IN ('meeting date', 'meeting name')"
                " AND e.undone_at IS NULL ORDER BY e.id", [document_id]).fetchall():
            column = "date" if kind == "meeting date" else "name"
            self.conn.execute(f"UPDATE meetings SET {column} = ?, edited = 1 WHERE id = ?", [value, meeting_id])
            # The edit now concerns this row (undo and later reports find it here).
            self.conn.execute("UPDATE edits SET before = json_set(before, '$.meeting_id', ?) WHERE id = ?",
                              [meeting_id, edit_id])

    def _apply_speaker(self, statement_id: int, name: str, kind: str) -> None:
        speaker = Speaker(name=name, kind=kind)
        speaker_id = self._upsert_speaker(speaker, self._identity(speaker))
        title = self.conn.execute("SELECT title FROM speakers WHERE id = ?", [speaker_id]).fetchone()[0]
        self.conn.execute(
            "UPDATE statements SET speaker_id = ?, speaker_name = (SELECT name FROM speakers WHERE id = ?),"
            " speaker_title = ?, attribution = ?, edited = 1 WHERE id = ?",
            [speaker_id, speaker_id, title, CORRECTED, statement_id])

    def _remove_statement(self, statement_id: int) -> None:
        self.conn.execute("DELETE FROM statement_topics WHERE statement_id = ?", [statement_id])
        self.conn.execute("DELETE FROM statements WHERE id = ?", [statement_id])

    def _restore_statement(self, before: dict) -> None:
        exists = self.conn.execute("SELECT 1 FROM documents WHERE id = ?", [before["document_id"]]).fetchone()
        if not exists:
            return
        columns = ", ".join(_STATEMENT_FIELDS)
        marks = ", ".join("?" for _ in _STATEMENT_FIELDS)
        statement_id = self.conn.execute(f"INSERT INTO statements ({columns}) VALUES ({marks})",
                                         [before[k] for k in _STATEMENT_FIELDS]).lastrowid
        self.conn.executemany(
            "INSERT OR IGNORE INTO statement_topics (statement_id, topic_id) VALUES (?, ?)",
            [(statement_id, self._topic_id(topic)) for topic in before.get("topics", [])])

    # -- helpers -------------------------------------------------------------------------

    @contextmanager
    def _editing(self) -> Iterator[None]:
        """The store's lock and one write transaction around a correction."""
        if self.read_only:
            raise StoreError(f"{self.path}: cannot save a correction: {self.read_only}")
        with self.lock, write_transaction(self.conn):
            yield

    def _statement_for_edit(self, statement_id: int) -> dict:
        cursor = self.conn.execute(
            f"SELECT {', '.join('s.' + f for f in _STATEMENT_FIELDS)}, d.content_hash AS hash"
            " FROM statements s JOIN documents d ON d.id = s.document_id WHERE s.id = ?", [statement_id])
        row = cursor.fetchone()
        if row is None:
            raise StoreError(f"no statement #{statement_id}")
        return dict(zip([d[0] for d in cursor.description], row, strict=True))

    def _record_edit(self, kind: str, statement: dict, value: str | None = None,
                     value_kind: str | None = None, before: dict | None = None) -> int:
        return self._insert("edits", {
            "made_at": now(), "kind": kind, "document_hash": statement["hash"],
            "span_start": statement["span_start"], "span_end": statement["span_end"],
            "value": value, "value_kind": value_kind, "before": json.dumps(before),
        })

    def _locate(self, document_hash: str, start: int, end: int) -> int | None:
        row = self.conn.execute(
            "SELECT s.id FROM statements s JOIN documents d ON d.id = s.document_id"
            " WHERE d.content_hash = ? AND s.span_start = ? AND s.span_end = ?", [document_hash, start, end]).fetchone()
        return row[0] if row else None

    def _identity(self, speaker: Speaker) -> str:
        return speaker_identity(speaker)


def _summary(row: dict) -> str:
    before = json.loads(row["before"] or "{}")
    if row["kind"] == "speaker":
        return f"speaker: {before.get('speaker_name') or 'unattributed'} → {row['value']}"
    if row["kind"] == "not a statement":
        text = before.get("text") or ""
        return f"not a statement: “{text[:60]}{'…' if len(text) > 60 else ''}”"
    column = "date" if row["kind"] == "meeting date" else "name"
    return f"{row['kind']}: {before.get(column) or 'unknown'} → {row['value']} ({row['meeting_name']})"
