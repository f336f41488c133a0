"""The tables OnRecord keeps, created with sqlite-utils so any SQLite client can read them.

Every table has an integer `id`; references are named after their table and declared as
foreign keys, so Datasette links them. The statements' FTS5 index is the kind sqlite-utils
creates (`statements_fts`, kept in step by triggers), so `sqlite-utils search` and
Datasette's search box work on the file as is.
"""

from __future__ import annotations

import sqlite_utils

SCHEMA_VERSION = 1


class SchemaError(Exception):
    """A database this version of OnRecord cannot use; the message is one line."""


def create_schema(db: sqlite_utils.Database) -> None:
    db["documents"].create({
        "id": int, "source": str, "url": str, "title": str, "published": str,
        "text": str, "content_hash": str, "ingested_at": str,
    }, pk="id", not_null={"source", "text", "content_hash"})
    db["documents"].create_index(["content_hash"], unique=True)

    db["meetings"].create({
        "id": int, "name": str, "series": str, "ordinal": int, "date": str,
        "format": str, "location": str,
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

    db["statements"].create({
        "id": int, "document_id": int, "meeting_id": int, "speaker_id": int,
        "kind": str, "text": str, "cue": str, "speaker_name": str, "speaker_as_written": str,
        "span_start": int, "span_end": int, "date": str,
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

    db["statements"].enable_fts(["text", "speaker_name"], fts_version="FTS5",
                                create_triggers=True, tokenize="porter")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the tables in a new file; refuse files from a newer OnRecord or another app."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version == 0:
        if db.table_names():
            raise SchemaError("this SQLite file was not made by OnRecord (it already has other tables)")
        # db.atomic(), not `with db.conn`: sqlite-utils commits each statement run outside an
        # open transaction, so only an explicit one makes the new schema all or nothing.
        with db.atomic():
            create_schema(db)
    elif version > SCHEMA_VERSION:
        raise SchemaError(
            f"this database was made by a newer OnRecord (schema {version}; this one knows {SCHEMA_VERSION}); upgrade OnRecord"
        )
