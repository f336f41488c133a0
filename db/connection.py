"""Opening OnRecord's SQLite file: writable when it can be, read-only when it must be.

Also the two things every writer needs: a transaction that takes SQLite's write lock before
it reads (so a second writer waits its turn instead of failing half-way) and SQLite's
errors turned into one line a user can act on.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# How long a writer waits for another one (an ingest in a second terminal) to finish.
BUSY_TIMEOUT_SECONDS = 10.0


class Interrupted(Exception):
    """A query stopped by `Store.interrupt()` because a newer one replaced it."""


class StoreError(Exception):
    """The database cannot be opened or written; the message is one line for the user."""


def _can(path: Path, mode: int) -> bool:
    # Effective ids are the ones the kernel checks when SQLite opens the file.
    if os.access in os.supports_effective_ids:
        return os.access(path, mode, effective_ids=True)
    return os.access(path, mode)


def read_only_reason(path: Path) -> str | None:
    """Why the database at `path` cannot be written, or None when it can."""
    if path.exists() and not _can(path, os.W_OK):
        return "the database file is read-only"
    folder = path.parent
    if folder.exists() and not _can(folder, os.W_OK | os.X_OK):
        # In WAL mode SQLite writes its -wal and -shm files beside the database.
        return f"its folder {folder} is read-only (SQLite keeps its journal beside the file)"
    return None


def _read_only_uri(path: Path) -> str:
    uri = path.absolute().as_uri() + "?mode=ro"
    # With no -shm file beside it, nothing has the database open for writing: read it as
    # immutable, which creates no -wal/-shm files. Read-only ones left behind would make
    # the database read-only for its owner too, even after they make it writable again.
    if not Path(f"{path}-shm").exists():
        uri += "&immutable=1"
    return uri


def connect(path: Path, read_only: bool = False) -> tuple[sqlite3.Connection, str | None]:
    """A connection to `path`, and why it is read-only (None when it is writable).

    A file or folder the user cannot write is opened read-only rather than refused, so
    browsing, search and export keep working. A missing file is created unless read-only.
    """
    reason = "opened read-only" if read_only else read_only_reason(path)
    if reason is None:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(str(path), check_same_thread=False,
                                     timeout=BUSY_TIMEOUT_SECONDS)
    elif not path.exists():
        raise StoreError(f"{path}: cannot create the database: {reason}"
                         if not read_only else f"{path}: no such database file")
    else:
        connection = sqlite3.connect(_read_only_uri(path), uri=True, check_same_thread=False,
                                     timeout=BUSY_TIMEOUT_SECONDS)
    return connection, reason


@contextmanager
def write_transaction(connection: sqlite3.Connection) -> Iterator[None]:
    """All or nothing, holding the write lock from the start.

    BEGIN IMMEDIATE waits (up to the busy timeout) for another writer, then nothing can
    change between what this transaction reads and what it writes.
    """
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if connection.in_transaction:
            connection.rollback()
        raise
    else:
        connection.commit()


def describe(error: sqlite3.Error) -> str:
    """What a SQLite error means for the user, in a few words."""
    message = str(error)
    if "file is not a database" in message:
        return "not an OnRecord database (the file is not SQLite, or is encrypted or damaged)"
    if "malformed" in message:
        return (f"the database file is damaged ({message}); restore a copy, or ingest your "
                "reports into a new file")
    if "locked" in message or "busy" in message:
        return (f"the database is busy: another program has been writing to it for "
                f"{BUSY_TIMEOUT_SECONDS:g} s; try again when it has finished")
    if "readonly" in message or "read-only" in message:
        return "the database cannot be written: it is read-only"
    if "disk is full" in message:
        return "cannot write: the disk is full"
    return f"cannot use the database ({message})"


def is_query_error(error: sqlite3.Error) -> bool:
    """An error in a full-text query (the user's search), not in the database file."""
    message = str(error)
    return message.startswith("fts5:") or "syntax error" in message


def backup_copy(connection: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the database (WAL included) beside itself before changing its schema."""
    target = path.with_name(f"{path.stem}.schema-v{version}.backup{path.suffix}")
    number = 1
    while target.exists():  # never overwrite an earlier backup
        number += 1
        target = path.with_name(f"{path.stem}.schema-v{version}.backup-{number}{path.suffix}")
    copy = sqlite3.connect(str(target))
    try:
        connection.backup(copy)
    except sqlite3.Error:
        copy.close()
        target.unlink(missing_ok=True)
        raise
    copy.close()
    return target
