"""Collections and saved searches: what the user chose, kept in the database.

A mixin of `Store` (db/store.py). A collection holds statements in the user's order, each
with a note and how it was chosen (the search or filters it was marked from). It holds
them by their report's hash and place in it, so it outlives re-extraction (ids may change).
The app's marks are the items of its active collection, so they outlive the app.
"""

from __future__ import annotations

import json

from onrecord.db.connection import StoreError
from onrecord.db.store_edits import now
from onrecord.db.store_read import StatementFilter, StatementRow

DEFAULT_COLLECTION = "Marked"
_ITEM_STATEMENT = ("SELECT s.id FROM statements s JOIN documents d ON d.id = s.document_id"
                   " WHERE d.content_hash = ci.document_hash AND s.span_start = ci.span_start"
                   " AND s.span_end = ci.span_end")


class Collecting:
    """Named collections of statements, and searches saved by name."""

    def collections(self) -> list[dict]:
        """Every collection with how many statements it holds, oldest first."""
        return self._rows("SELECT c.id, c.name, c.created_at, count(ci.id) AS statements FROM collections c"
                          " LEFT JOIN collection_items ci ON ci.collection_id = c.id"
                          " GROUP BY c.id ORDER BY c.id", [])

    def last_used_collection(self) -> str | None:
        """The collection the user made or added to last: the one to reopen the app on."""
        rows = self._rows("SELECT c.name FROM collections c LEFT JOIN collection_items ci ON ci.collection_id = c.id"
                          " GROUP BY c.id ORDER BY coalesce(max(ci.added_at), c.created_at) DESC, c.id DESC"
                          " LIMIT 1", [])
        return rows[0]["name"] if rows else None

    def collection(self, name: str, create: bool = False) -> int | None:
        """A collection's id by name (made when `create` and it does not exist)."""
        name = " ".join(name.split())
        row = self._rows("SELECT id FROM collections WHERE name = ?", [name])
        if row:
            return row[0]["id"]
        if not create:
            return None
        if not name:
            raise StoreError("a collection needs a name")
        with self._editing():
            return self._insert("collections", {"name": name, "created_at": now()})

    def add_to_collection(self, collection_id: int, statement_ids: list[int], chosen_by: str | None = None) -> None:
        """Add statements at the end of a collection, in the order given (ones already in it stay put)."""
        with self._editing():
            position = self.conn.execute("SELECT coalesce(max(position), 0) FROM collection_items"
                                         " WHERE collection_id = ?", [collection_id]).fetchone()[0]
            for statement_id in statement_ids:
                located = self.conn.execute(
                    "SELECT d.content_hash, s.span_start, s.span_end FROM statements s"
                    " JOIN documents d ON d.id = s.document_id WHERE s.id = ?", [statement_id]).fetchone()
                if located is None:
                    continue
                position += 1
                self.conn.execute(
                    "INSERT OR IGNORE INTO collection_items (collection_id, position, document_hash, span_start,"
                    " span_end, chosen_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [collection_id, position, *located, chosen_by, now()])

    def remove_from_collection(self, collection_id: int, statement_ids: list[int]) -> None:
        with self._editing():
            for statement_id in statement_ids:
                self.conn.execute(
                    f"DELETE FROM collection_items AS ci WHERE collection_id = ? AND ? IN ({_ITEM_STATEMENT})",
                    [collection_id, statement_id])

    def clear_collection(self, collection_id: int) -> None:
        with self._editing():
            self.conn.execute("DELETE FROM collection_items WHERE collection_id = ?", [collection_id])

    def collection_items(self, collection_id: int) -> list[dict]:
        """The statements of a collection in the user's order: statement_id (None when its
        report no longer yields it), note, chosen_by."""
        return self._rows(f"SELECT ci.id, ({_ITEM_STATEMENT}) AS statement_id, ci.note, ci.chosen_by, ci.position"
                          " FROM collection_items ci WHERE ci.collection_id = ? ORDER BY ci.position, ci.id",
                          [collection_id])

    def set_note(self, collection_id: int, statement_id: int, note: str | None) -> None:
        with self._editing():
            self.conn.execute(f"UPDATE collection_items AS ci SET note = ? WHERE collection_id = ?"
                              f" AND ? IN ({_ITEM_STATEMENT})", [note or None, collection_id, statement_id])

    def move_in_collection(self, collection_id: int, statement_id: int, step: int) -> None:
        """Move a statement up (step -1) or down (+1) in the collection's order."""
        items = [i for i in self.collection_items(collection_id) if i["statement_id"] is not None]
        index = next((n for n, i in enumerate(items) if i["statement_id"] == statement_id), None)
        other = index + step if index is not None else -1
        if index is None or not 0 <= other < len(items):
            return
        with self._editing():
            first, second = items[index], items[other]
            self.conn.execute("UPDATE collection_items SET position = ? WHERE id = ?", [second["position"], first["id"]])
            self.conn.execute("UPDATE collection_items SET position = ? WHERE id = ?", [first["position"], second["id"]])
            if first["position"] == second["position"]:  # equal positions: make them differ
                self.conn.execute("UPDATE collection_items SET position = position + ? WHERE id = ?",
                                  [step, first["id"]])

    def collection_statements(self, collection_id: int) -> tuple[list[StatementRow], dict[int, dict]]:
        """A collection's statements in the user's order, and its items by statement id
        (note, chosen_by), for the brief."""
        items = [i for i in self.collection_items(collection_id) if i["statement_id"] is not None]
        ids = [i["statement_id"] for i in items]
        found = {r.id: r for r in self.statements(StatementFilter(ids=ids), limit=len(ids))} if ids else {}
        return [found[i] for i in ids if i in found], {i["statement_id"]: i for i in items}

    # -- saved searches --------------------------------------------------------------------

    def save_search(self, name: str, query: str | None, filters: dict, order: str) -> None:
        name = " ".join(name.split())
        if not name:
            raise StoreError("a saved search needs a name")
        with self._editing():
            self.conn.execute(
                "INSERT INTO saved_searches (name, query, filters, ordering, saved_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (name) DO UPDATE SET query = excluded.query, filters = excluded.filters,"
                " ordering = excluded.ordering, saved_at = excluded.saved_at",
                [name, query, json.dumps(filters), order, now()])

    def saved_searches(self) -> list[dict]:
        rows = self._rows("SELECT name, query, filters, ordering, saved_at FROM saved_searches ORDER BY name", [])
        for row in rows:
            row["filters"] = json.loads(row["filters"])
        return rows
