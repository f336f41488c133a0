"""The corrections controller: what the app does when the user fixes a speaker, removes a
sentence that is not a statement, fixes a meeting, or undoes one of those. It saves
through the store (db/store_edits.py) and refreshes what shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from onrecord.db.store import StatementRow, StoreError

if TYPE_CHECKING:
    from onrecord.tui.app import OnRecordApp


class Corrections:
    def __init__(self, app: OnRecordApp) -> None:
        self.app = app

    @property
    def store(self):
        return self.app.store

    def change_speaker(self, row: StatementRow) -> None:
        from onrecord.tui.screens.corrections import SpeakerScreen  # dialogs load when first opened
        try:
            choices = self.store.speaker_choices(row.document_id)
        except StoreError as error:
            self.app.report_store_error(error)
            return

        def save(answer: tuple[str, str] | None) -> None:
            if answer is None:
                return
            name, kind = answer
            if self._saved(lambda: self.store.correct_speaker(row.id, name, kind)):
                self.app.notify(f"Statement #{row.id}: speaker is now {name} (E lists corrections).",
                                markup=False)

        self.app.push_screen(SpeakerScreen(row.text, row.speaker_name, choices), save)

    def dismiss(self, row: StatementRow) -> None:
        if self._saved(lambda: self.store.dismiss_statement(row.id)):
            self.app.marked.discard(row.id)
            self.app.notify(f"Removed #{row.id}: not a statement (E lists corrections; u there undoes).",
                            markup=False)

    def fix_meeting(self, meeting: dict, after=None) -> None:
        from onrecord.tui.screens.corrections import MeetingFixScreen
        def save(changes: dict | None) -> None:
            if changes and self._saved(lambda: self.store.correct_meeting(meeting["id"], **changes)):
                self.app.notify("Meeting corrected (E lists corrections).")
                if after:
                    after()

        self.app.push_screen(MeetingFixScreen(meeting), save)

    def list_edits(self) -> None:
        from onrecord.tui.screens.corrections import EditsScreen
        try:
            edits = self.store.edits()
        except StoreError as error:
            self.app.report_store_error(error)
            return

        def undo(edit_id: int | None) -> None:
            if edit_id is not None and self._saved(lambda: self.store.undo_edit(edit_id)):
                self.app.notify(f"Undid correction #{edit_id}.")

        self.app.push_screen(EditsScreen(edits), undo)

    def _saved(self, save) -> bool:
        """Save a correction; on success the lists show it, on failure one line says why."""
        try:
            save()
        except StoreError as error:
            self.app.notify(str(error), title="Not saved", severity="error", markup=False, timeout=10)
            return False
        self.app.refresh_after_edit()
        return True
