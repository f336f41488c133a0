"""A Datasette metadata file for an OnRecord database: what a team's web view needs.

Search runs in raw mode, so `gall*`, `"supply chains"` and `a NOT b` mean what they mean
in `onrecord search`; the lists facet by kind, speaker, meeting and date; rows link by
their names; the tables that serve speed only are hidden.
"""

from __future__ import annotations

# Tables that serve speed only: the date-ordered index (and its shadow tables), the word
# snapshot for prefixes, and the FTS5 shadow tables of the statements' index.
_HIDDEN = [
    "statements_by_date_fts", "statements_by_date_fts_data", "statements_by_date_fts_idx",
    "statements_by_date_fts_docsize", "statements_by_date_fts_config", "search_terms",
    "statements_fts_data", "statements_fts_idx", "statements_fts_docsize", "statements_fts_config",
]


def metadata(database: str) -> dict:
    """Metadata for a database Datasette serves under the name `database` (its file stem)."""
    tables = {
        "statements": {
            "label_column": "text",
            "fts_table": "statements_fts",
            "fts_pk": "id",
            "searchmode": "raw",
            "sort_desc": "date",
            "facets": ["kind", "speaker_name", "meeting_id", "attribution", {"date": "date"}],
            "description": "What was said: direct quotes and reported speech, each with its speaker, "
                           "cue, meeting, document and exact span; `attribution` says how the speaker was found.",
        },
        "meetings": {"label_column": "name", "sort_desc": "date", "facets": ["status", "kind", "format"]},
        "speakers": {"label_column": "name", "facets": ["kind", "country"]},
        "documents": {"label_column": "title", "sort_desc": "published"},
        "topics": {"label_column": "name"},
        "participants": {"facets": ["meeting_id", "speaker_id"]},
        **{name: {"hidden": True} for name in _HIDDEN},
    }
    return {
        "title": "OnRecord",
        "description": "Who said what, at which meeting, about what.",
        "databases": {database: {"tables": tables}},
    }
