"""The Store: one SQLite file, opened, upgraded and closed here; writing, reading, the
user's corrections and collections are its parts (db/store_write.py, db/store_read.py,
db/store_edits.py, db/store_collections.py).

The TUI and CLI talk to the data only through this object. Each ingest of a document is
one transaction.
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from onrecord.db.connection import (
    Interrupted,
    StoreError,
    backup_copy,
    connect,
    describe,
)
from onrecord.db.documents import SourceDocument
from onrecord.db.model import Extraction
from onrecord.db.person_index import PersonIndex
from onrecord.db.schema import SCHEMA_VERSION, SchemaError, check_readable, ensure_schema
from onrecord.db.store_collections import Collecting
from onrecord.db.store_edits import Editing
from onrecord.db.store_read import Reading, StatementFilter, StatementRow, row_columns
from onrecord.db.store_write import IngestResult, Writing, content_hash, speaker_identity

if TYPE_CHECKING:
    import sqlite_utils

__all__ = ["Store", "StoreError", "Interrupted", "StatementFilter", "StatementRow", "IngestResult",
           "content_hash", "speaker_identity"]


class Store(Writing, Reading, Editing, Collecting):
    def __init__(self, conn: sqlite3.Connection, path: Path | None,
                 read_only: str | None = None, notice: str | None = None) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only  # why the file cannot be written; None when it can
        self.notice = notice  # something the user should know about the file (an upgrade)
        # One connection is shared by the UI thread and worker threads; queries take turns.
        self.lock = threading.RLock()
        self._topic_ids: dict[str, int] = {}
        self._people = PersonIndex()  # person ids by name word, for the writer (db/person_index.py)
        self._row_columns = row_columns(conn)
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
        # Worker threads read it too, as they do a file's connection.
        connection = sqlite3.connect(":memory:", check_same_thread=False)
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


def _close(connection: sqlite3.Connection | None) -> None:
    if connection is not None:
        connection.close()
