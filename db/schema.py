"""The tables OnRecord keeps, created with sqlite-utils so any SQLite client can read them.

Every table has an integer `id`; references are named after their table and declared as
foreign keys, so Datasette links them. The statements' FTS5 index is the kind sqlite-utils
creates (`statements_fts`, kept in step by triggers), so `sqlite-utils search` and
Datasette's search box work on the file as is.

`PRAGMA user_version` holds the schema version. A file from an older OnRecord is brought
up to date by the steps in MIGRATIONS, one version at a time, in one transaction; the
caller is told first, so it can keep a copy of the file as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from onrecord.db.connection import write_transaction

SCHEMA_VERSION = 5

# statements_by_date_fts: the same words as statements_fts, in a contentless FTS5 index
# whose rowid is the statement's day then its id, so FTS5 hands out the newest matches
# first and a date range is a rowid range. DATE_KEY_SHIFT bits hold the statement id.
DATE_KEY_SHIFT = 40
_DATE_KEY = f"((coalesce(CAST(julianday({{row}}.date) AS INTEGER), 0) << {DATE_KEY_SHIFT}) | {{row}}.id)"


class SchemaError(Exception):
    """A database this version of OnRecord cannot use; the message is one line."""


def create_schema(conn: sqlite3.Connection) -> None:
    # Imported here: opening an existing file (every start of the app) does not need it.
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    db["documents"].create({
        "id": int, "source": str, "url": str, "title": str, "published": str,
        "text": str, "content_hash": str, "ingested_at": str,
        # How the file's bytes were decoded: "utf-8", or a fallback such as "windows-1252".
        "encoding": str,
    }, pk="id", not_null={"source", "text", "content_hash"})
    db["documents"].create_index(["content_hash"], unique=True)

    # status: "held" or "planned" (announced for later); kind: "talks", "phone call",
    # "video call", "summit", or NULL for a named series.
    db["meetings"].create({
        "id": int, "name": str, "series": str, "ordinal": int, "date": str,
        "format": str, "location": str, "status": str, "kind": str,
    }, pk="id", not_null={"name"})
    db["meetings"].create_index(["name", "date"], unique=True)
    db["meetings"].create_index(["date"])

    # `identity` is how one real speaker is recognised across documents: a person by name,
    # a body by name and country (every country has a "finance ministry").
    db["speakers"].create({
        "id": int, "name": str, "kind": str, "title": str, "affiliation": str,
        "country": str, "identity": str,
    }, pk="id", not_null={"name", "kind", "identity"})
    db["speakers"].create_index(["identity"], unique=True)
    db["speakers"].create_index(["name"])

    db["participants"].create({
        "id": int, "meeting_id": int, "speaker_id": int, "role": str,
    }, pk="id", foreign_keys=[("meeting_id", "meetings", "id"), ("speaker_id", "speakers", "id")])
    db["participants"].create_index(["meeting_id", "speaker_id"], unique=True)

    db["topics"].create({"id": int, "name": str}, pk="id", not_null={"name"})
    db["topics"].create_index(["name"], unique=True)

    db["meeting_topics"].create({"meeting_id": int, "topic_id": int},
                                pk=("meeting_id", "topic_id"),
                                foreign_keys=[("meeting_id", "meetings", "id"),
                                              ("topic_id", "topics", "id")])

    # speaker_title: the speaker's title when this was said (titles change over the years);
    # attribution: how the speaker was found ("named", "title", "surname", "pronoun",
    # "body", "according_to", "unattributed"), so a brief can say how sure it is.
    db["statements"].create({
        "id": int, "document_id": int, "meeting_id": int, "speaker_id": int,
        "kind": str, "text": str, "cue": str, "speaker_name": str, "speaker_as_written": str,
        "span_start": int, "span_end": int, "date": str, "speaker_title": str, "attribution": str,
    }, pk="id", not_null={"document_id", "kind", "text", "span_start", "span_end"},
        foreign_keys=[("document_id", "documents", "id"), ("meeting_id", "meetings", "id"),
                      ("speaker_id", "speakers", "id")])
    for columns in (["document_id"], ["meeting_id", "date"], ["speaker_id", "date"]):
        db["statements"].create_index(columns)
    # Serves the default "newest first, in report order" listing without a sort.
    db.execute("CREATE INDEX idx_statements_newest ON statements (date DESC, document_id DESC, span_start)")

    db["statement_topics"].create({"statement_id": int, "topic_id": int},
                                  pk=("statement_id", "topic_id"),
                                  foreign_keys=[("statement_id", "statements", "id"),
                                                ("topic_id", "topics", "id")])
    db["statement_topics"].create_index(["topic_id", "statement_id"])
    _create_document_sources(conn)
    _create_meeting_sources(conn)
    _create_edits(conn)
    _create_collections(conn)
    conn.execute("ALTER TABLE statements ADD COLUMN edited INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE meetings ADD COLUMN edited INTEGER NOT NULL DEFAULT 0")

    db["statements"].enable_fts(["text", "speaker_name"], fts_version="FTS5",
                                create_triggers=True, tokenize="porter")
    _create_date_ordered_index(conn)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _record_document_encodings(db: sqlite3.Connection) -> None:
    """Schema 2: documents say which encoding their bytes were read in. OnRecord before
    schema 2 read UTF-8 only, so every document already stored was UTF-8."""
    db.execute("ALTER TABLE documents ADD COLUMN encoding TEXT")
    db.execute("UPDATE documents SET encoding = 'utf-8'")


def _create_date_ordered_index(db: sqlite3.Connection) -> None:
    """Schema 3: newest-first searches read matches in date order from their own index,
    instead of sorting every match (a phrase in 27,000 statements took ~60 ms)."""
    # columnsize stays on: without it a contentless table "does not support scanning", and
    # `select count(*)` or `sqlite-utils tables --counts` fail on the file.
    db.execute("CREATE VIRTUAL TABLE statements_by_date_fts USING fts5("
               "text, speaker_name, content='', tokenize='porter')")
    new, old = _DATE_KEY.format(row="new"), _DATE_KEY.format(row="old")
    insert = (f"INSERT INTO statements_by_date_fts (rowid, text, speaker_name)"
              f" VALUES ({new}, new.text, new.speaker_name);")
    # A contentless index forgets a row by being told the words it had.
    delete = (f"INSERT INTO statements_by_date_fts (statements_by_date_fts, rowid, text, speaker_name)"
              f" VALUES ('delete', {old}, old.text, old.speaker_name);")
    db.execute(f"CREATE TRIGGER statements_by_date_ai AFTER INSERT ON statements BEGIN {insert} END")
    db.execute(f"CREATE TRIGGER statements_by_date_ad AFTER DELETE ON statements BEGIN {delete} END")
    db.execute("CREATE TRIGGER statements_by_date_au AFTER UPDATE OF id, text, speaker_name, date"
               f" ON statements BEGIN {delete} {insert} END")
    db.execute(f"INSERT INTO statements_by_date_fts (rowid, text, speaker_name)"
               f" SELECT {_DATE_KEY.format(row='statements')}, text, speaker_name FROM statements")


def _create_document_sources(db: sqlite3.Connection) -> None:
    """The places a document's text was found: the same text from a second URL is one
    document with two sources, not a lost URL."""
    db.execute("CREATE TABLE document_sources (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL"
               " REFERENCES documents(id), source TEXT NOT NULL, url TEXT)")
    db.execute("CREATE UNIQUE INDEX idx_document_sources ON document_sources (document_id, source, coalesce(url, ''))")
    db.execute("INSERT INTO document_sources (document_id, source, url) SELECT id, source, url FROM documents")


def _rebuild_date_ordered_index(db: sqlite3.Connection) -> None:
    """Schema 4 keeps the date-ordered index's column sizes, so every client can scan it."""
    for trigger in ("ai", "ad", "au"):
        db.execute(f"DROP TRIGGER IF EXISTS statements_by_date_{trigger}")
    db.execute("DROP TABLE IF EXISTS statements_by_date_fts")
    _create_date_ordered_index(db)


def _record_how_and_when(db: sqlite3.Connection) -> None:
    """Schema 4: meetings say whether they were held or are planned, and of what kind;
    statements keep their speaker's title of the day and how the speaker was found.
    Statements from before are marked as such ("unknown") until their report is
    ingested again; people's identities fold romanisation and diacritic variants; a
    document may have several sources; every client can scan the date-ordered index."""
    from onrecord.db.identity import person_identity

    _create_document_sources(db)
    _rebuild_date_ordered_index(db)
    db.execute("ALTER TABLE meetings ADD COLUMN status TEXT")
    db.execute("ALTER TABLE meetings ADD COLUMN kind TEXT")
    db.execute("ALTER TABLE statements ADD COLUMN speaker_title TEXT")
    db.execute("ALTER TABLE statements ADD COLUMN attribution TEXT")
    db.execute("UPDATE meetings SET status = 'held'")
    db.execute("UPDATE statements SET attribution = 'unknown'")
    db.execute("UPDATE statements SET speaker_title = (SELECT title FROM speakers WHERE id = speaker_id)")
    # Identities are unique: clear them first, so folding one cannot collide with another not yet folded.
    db.execute("UPDATE speakers SET identity = 'unfolded:' || id WHERE kind = 'person'")
    kept: dict[str, int] = {}
    for row_id, name in db.execute("SELECT id, name FROM speakers WHERE kind = 'person' ORDER BY id").fetchall():
        identity = person_identity(name)
        if identity in kept:
            # "Saitō" and "Saito" were two rows: the first keeps both's statements.
            first = kept[identity]
            db.execute("UPDATE statements SET speaker_id = ? WHERE speaker_id = ?", [first, row_id])
            db.execute("UPDATE OR IGNORE participants SET speaker_id = ? WHERE speaker_id = ?", [first, row_id])
            db.execute("DELETE FROM participants WHERE speaker_id = ?", [row_id])
            db.execute("DELETE FROM speakers WHERE id = ?", [row_id])
        else:
            kept[identity] = row_id
            db.execute("UPDATE speakers SET identity = ? WHERE id = ?", [identity, row_id])


# How a report was joined to a meeting another report had already stored (matched_by):
MATCHED_BY = {
    "first report": "the first report of the meeting stored",
    "corrected by the user": "the meeting whose name or date the user corrected, by what extraction first called it",
    "same name and date": "the same meeting name on the same day",
    "same series and ordinal": "the same series and number, e.g. the 18th of one dialogue",
    "same countries, kind and day": "an unnamed meeting of the same countries, of the same kind, on the same day",
    "stored before schema 5": "recorded before OnRecord kept a meeting's reports (it has statements from it)",
}


def _create_meeting_sources(db: sqlite3.Connection) -> None:
    """Every report of a meeting, and why it was taken to be that meeting: three outlets
    reporting one summit make one `meetings` row with three sources."""
    db.execute("CREATE TABLE meeting_sources (id INTEGER PRIMARY KEY,"
               " meeting_id INTEGER NOT NULL REFERENCES meetings(id),"
               " document_id INTEGER NOT NULL REFERENCES documents(id), matched_by TEXT NOT NULL)")
    db.execute("CREATE UNIQUE INDEX idx_meeting_sources ON meeting_sources (meeting_id, document_id)")
    db.execute("CREATE INDEX idx_meeting_sources_document ON meeting_sources (document_id)")
    # A report of "the 18th ... Dialogue" finds the meeting another report stored.
    db.execute("CREATE INDEX idx_meetings_series ON meetings (series COLLATE NOCASE, ordinal)")
    # "Meetings between Korea and Japan": the people of a country, then their meetings.
    db.execute("CREATE INDEX idx_speakers_country ON speakers (country)")
    db.execute("CREATE INDEX idx_participants_speaker ON participants (speaker_id, meeting_id)")


def _create_edits(db: sqlite3.Connection) -> None:
    """The user's corrections, kept apart from what extraction wrote so that they are
    applied again on top of it: after the report is ingested again, after extraction
    improves, after an upgrade. A statement is found again by its report (the text's
    hash) and its place in it; a meeting by the name and date extraction gave it.

    kind: "speaker" (value: the right speaker's name, value_kind person or organization),
    "not a statement" (the statement is removed; `before` keeps it whole, for undo),
    "meeting date", "meeting name". `before`: JSON of what the edit replaced."""
    db.execute("CREATE TABLE edits (id INTEGER PRIMARY KEY, made_at TEXT NOT NULL, kind TEXT NOT NULL,"
               " document_hash TEXT, span_start INTEGER, span_end INTEGER,"
               " meeting_name TEXT, meeting_date TEXT, value TEXT, value_kind TEXT,"
               " before TEXT, undone_at TEXT)")
    db.execute("CREATE INDEX idx_edits_document ON edits (document_hash)")


def _create_collections(db: sqlite3.Connection) -> None:
    """The user's collections of statements (marks that outlive the app: each with its
    statements in the user's order, a note per statement and how it was chosen) and saved
    searches. Statements are held by their report's hash and place, as edits are, so a
    collection outlives re-extraction."""
    db.execute("CREATE TABLE collections (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
               " created_at TEXT NOT NULL)")
    db.execute("CREATE TABLE collection_items (id INTEGER PRIMARY KEY,"
               " collection_id INTEGER NOT NULL REFERENCES collections(id), position INTEGER NOT NULL,"
               " document_hash TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,"
               " note TEXT, chosen_by TEXT, added_at TEXT NOT NULL)")
    db.execute("CREATE UNIQUE INDEX idx_collection_items ON collection_items"
               " (collection_id, document_hash, span_start, span_end)")
    db.execute("CREATE TABLE saved_searches (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
               " query TEXT, filters TEXT NOT NULL, ordering TEXT NOT NULL, saved_at TEXT NOT NULL)")


def _record_meeting_sources(db: sqlite3.Connection) -> None:
    """Schema 5: meetings list their reports (before, a meeting was tied to a report only
    through its statements, so those are its known sources); the user's corrections,
    collections and saved searches have tables of their own; statements and meetings say
    whether a correction applies to them."""
    _create_edits(db)
    _create_collections(db)
    db.execute("ALTER TABLE statements ADD COLUMN edited INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE meetings ADD COLUMN edited INTEGER NOT NULL DEFAULT 0")
    _create_meeting_sources(db)
    db.execute("INSERT OR IGNORE INTO meeting_sources (meeting_id, document_id, matched_by)"
               " SELECT DISTINCT meeting_id, document_id, 'stored before schema 5' FROM statements"
               " WHERE meeting_id IS NOT NULL ORDER BY meeting_id, document_id")


# MIGRATIONS[n] turns a schema n - 1 file into a schema n file.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    2: _record_document_encodings,
    3: _create_date_ordered_index,
    4: _record_how_and_when,
    5: _record_meeting_sources,
}


def schema_version(db: sqlite3.Connection) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def ensure_schema(db: sqlite3.Connection,
                  before_migrating: Callable[[int], object] | None = None) -> int:
    """Create the tables in a new file, or migrate an older one; refuse files from a newer
    OnRecord or another application. Returns the version the file had (0 when new).

    `before_migrating(version)` is called before an older file is changed (to back it up).
    """
    version = schema_version(db)
    if version == SCHEMA_VERSION:
        return version
    _refuse_newer(version)
    if version and before_migrating:
        before_migrating(version)
    # The write lock first, then look again: another process may have created or migrated
    # the file meanwhile. One transaction, so the schema changes all or not at all.
    with write_transaction(db):
        version = schema_version(db)
        _refuse_newer(version)
        if version == 0:
            if _table_names(db):
                raise SchemaError("this SQLite file was not made by OnRecord (it already has other tables)")
            create_schema(db)
        else:
            for step in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[step](db)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return version


def check_readable(db: sqlite3.Connection) -> int:
    """The version of a file to be read as it is (it cannot be written): it must be an
    OnRecord file, and not from a newer OnRecord."""
    version = schema_version(db)
    _refuse_newer(version)
    if version == 0:
        what = "it already has other tables" if _table_names(db) else "it is empty"
        raise SchemaError(f"this SQLite file was not made by OnRecord ({what})")
    return version


def _refuse_newer(version: int) -> None:
    if version > SCHEMA_VERSION:
        raise SchemaError(
            f"this database was made by a newer OnRecord (schema {version}; this one knows {SCHEMA_VERSION}); upgrade OnRecord"
        )


def _table_names(db: sqlite3.Connection) -> list[str]:
    return [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
