"""Which stored people share a word of a name, without scanning the speakers table.

A new person in a report may be one already stored under a fuller or shorter name ("Choi"
and "Choi Sang-mok"). Finding the candidates with `name LIKE '%word%'` read every speaker
for every new person: a quarter of an ingest's time at 3,000 reports, and growing with the
table. This keeps, for the writing connection, each folded name word's person ids; rows
other connections added since are read by id before each lookup.
"""

from __future__ import annotations

import sqlite3

from onrecord.db.identity import folded_name


class PersonIndex:
    def __init__(self) -> None:
        self._ids_by_word: dict[str, set[int]] = {}
        self._people: dict[int, tuple[str, str | None]] = {}  # id -> (name, title)
        self._seen_up_to = 0

    def clear(self) -> None:
        """Forget everything (a transaction rolled back: its rows no longer exist)."""
        self._ids_by_word.clear()
        self._people.clear()
        self._seen_up_to = 0

    def sharing_a_word(self, conn: sqlite3.Connection, words: set[str]) -> list[tuple[int, str, str | None]]:
        """(id, name, title) of every stored person whose folded name has one of `words`."""
        self._catch_up(conn)
        ids = set().union(*(self._ids_by_word.get(word, ()) for word in words)) if words else set()
        return [(row_id, *self._people[row_id]) for row_id in sorted(ids)]

    def renamed(self, row_id: int, name: str) -> None:
        old = self._people.get(row_id)
        if old is not None:
            for word in folded_name(old[0]).split():
                self._ids_by_word.get(word, set()).discard(row_id)
        self._add(row_id, name, old[1] if old else None)

    def _catch_up(self, conn: sqlite3.Connection) -> None:
        for row_id, name, title in conn.execute(
                "SELECT id, name, title FROM speakers WHERE kind = 'person' AND id > ? ORDER BY id",
                [self._seen_up_to]):
            self._add(row_id, name, title)
            self._seen_up_to = row_id

    def _add(self, row_id: int, name: str, title: str | None) -> None:
        self._people[row_id] = (name, title)
        for word in folded_name(name).split():
            self._ids_by_word.setdefault(word, set()).add(row_id)
