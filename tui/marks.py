"""The marks controller: the statements the user marked, kept as the items of the active
collection in the database, so they outlive the app; several collections, notes, a saved
search, and the export of a collection in the user's order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from onrecord.db.store import StoreError
from onrecord.db.store_collections import DEFAULT_COLLECTION

if TYPE_CHECKING:
    from onrecord.tui.app import OnRecordApp


class Marks:
    def __init__(self, app: OnRecordApp) -> None:
        self.app = app
        self.ids: set[int] = set()  # shared with the lists, which draw a ● for each
        self.collection_id: int | None = None  # None: a read-only file; marks live in memory
        self.collection_name = DEFAULT_COLLECTION

    @property
    def store(self):
        return self.app.store

    def load(self, name: str | None = None) -> None:
        """Make a collection the active one (the default when none is named) and show its marks."""
        name = name or self.collection_name
        self.ids.clear()
        if self.store.read_only:
            self.collection_id = None
            return
        self.collection_id = self.store.collection(name, create=True)
        self.collection_name = name
        self.ids.update(i["statement_id"] for i in self.store.collection_items(self.collection_id)
                        if i["statement_id"] is not None)

    def toggle(self, statement_id: int) -> None:
        if statement_id in self.ids:
            self.remove([statement_id])
        else:
            self.add([statement_id])

    def add(self, statement_ids: list[int]) -> None:
        new = [i for i in statement_ids if i not in self.ids]
        if self._save(lambda: self.store.add_to_collection(self.collection_id, new, self.chosen_by())):
            self.ids.update(new)

    def remove(self, statement_ids: list[int]) -> None:
        if self._save(lambda: self.store.remove_from_collection(self.collection_id, statement_ids)):
            self.ids.difference_update(statement_ids)

    def clear(self) -> None:
        if self._save(lambda: self.store.clear_collection(self.collection_id)):
            self.ids.clear()

    def chosen_by(self) -> str:
        """How the statement being marked was found: the search and filters on screen."""
        parts = []
        query = self.app.current_filter().shown_query()
        if query:
            parts.append(f"search: {query}")
        parts += [step.label for step in self.app.filters]
        return "; ".join(parts) or "the full list"

    def export_rows(self) -> tuple[list, dict[int, dict] | None]:
        """The marked statements to export: the collection's, in its order, with notes."""
        if self.collection_id is None:
            from onrecord.db.store import StatementFilter

            ids = sorted(self.ids)
            return self.store.statements(StatementFilter(ids=ids), limit=max(1, len(ids))), None
        return self.store.collection_statements(self.collection_id)

    # -- dialogs ---------------------------------------------------------------------------

    def open_collections(self) -> None:
        from onrecord.tui.screens.collections import CollectionsScreen

        try:
            collections, searches = self.store.collections(), self.store.saved_searches()
        except StoreError as error:
            self.app.report_store_error(error)
            return

        def chosen(answer) -> None:
            if answer is None:
                return
            kind, value = answer
            if kind == "collection":
                self.app.load_marks(value)
                self.app.notify(f"Collection “{value}”: its statements are the marks now.", markup=False)
            elif kind == "search":
                self.app.run_saved_search(value)
            else:
                self.new_collection()

        self.app.push_screen(CollectionsScreen(collections, self.collection_name, searches), chosen)

    def new_collection(self) -> None:
        from onrecord.tui.screens.collections import NameScreen

        def made(name: str | None) -> None:
            if name:
                self.app.load_marks(name)
                self.app.notify(f"New collection “{name}”: marks now go into it.", markup=False)

        self.app.push_screen(NameScreen("Name the new collection", placeholder="e.g. Korea-Japan brief"), made)

    def move(self, statement_id: int, step: int) -> bool:
        """Move a statement up (-1) or down (+1) in the collection's order."""
        return self._save(lambda: self.store.move_in_collection(self.collection_id, statement_id, step))

    def open_view(self) -> None:
        from onrecord.tui.screens.collection_view import CollectionScreen

        self.app.push_screen(CollectionScreen(self))

    def write_note(self, statement_id: int, after=None) -> None:
        from onrecord.tui.screens.collections import NameScreen

        if self.collection_id is None or statement_id not in self.ids:
            self.app.notify("Mark the statement first (space): notes belong to a collection's statements.")
            return
        current = next((i["note"] for i in self.store.collection_items(self.collection_id)
                        if i["statement_id"] == statement_id), None)

        def save(note: str | None) -> None:
            if note is not None and self._save(lambda: self.store.set_note(self.collection_id, statement_id, note)):
                self.app.notify("Note saved; it goes into the brief under the statement.")
                if after:
                    after()

        self.app.push_screen(NameScreen(f"Note on #{statement_id} (empty removes it)", current or "",
                                        allow_empty=True), save)

    def save_search(self) -> None:
        from onrecord.tui.screens.collections import NameScreen

        selection = self.app.current_filter()
        fields = {step.label: step.fields for step in self.app.filters}

        def save(name: str | None) -> None:
            if name and self._save(lambda: self.store.save_search(name, selection.query, fields, self.app.order)):
                self.app.notify(f"Saved the search as “{name}” (C lists saved searches).", markup=False)

        self.app.push_screen(NameScreen("Save this search as", placeholder="e.g. Korea-Japan minerals"), save)

    def _save(self, change) -> bool:
        if self.collection_id is None:
            return True  # read-only: in memory only, as the status line says
        try:
            change()
        except StoreError as error:
            self.app.notify(str(error), title="Marks not saved", severity="error", markup=False, timeout=10)
            return False
        return True
