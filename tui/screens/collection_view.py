"""The active collection, in the user's order: J / K move a statement down or up, d takes it
out, N writes its note, e exports the brief. It only shows; tui/marks.py saves."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from onrecord.db.export import speaker_label
from onrecord.tui.render import plural, safe
from onrecord.tui.widgets.key_hints import KeyHints


def item_prompt(number: int, row, item: dict) -> Text:
    prompt = Text(f"{number:>3}. ", style="dim")
    prompt.append_text(safe(speaker_label(row), style="bold"))
    prompt.append_text(safe(f"  {row.meeting_name or 'no meeting'} · {row.date or 'undated'}", style="dim"))
    prompt.append("\n     ")
    prompt.append_text(safe(row.text[:200] + ("…" if len(row.text) > 200 else ""),
                            style="italic" if row.kind == "quote" else ""))
    if item.get("note"):
        prompt.append("\n     Note: ", style="bold")
        prompt.append_text(safe(item["note"]))
    return prompt


class CollectionScreen(Screen):
    BINDINGS = [
        Binding("escape,q", "app.pop_screen", "Back"),
        Binding("K", "move(-1)", "Move up"),
        Binding("J", "move(1)", "Move down"),
        Binding("d", "remove", "Take out"),
        Binding("N", "note", "Note"),
        Binding("e", "app.export", "Export"),
        Binding("j", "cursor(1)", "Down", show=False),
        Binding("k", "cursor(-1)", "Up", show=False),
    ]

    def __init__(self, marks) -> None:
        super().__init__()
        self.marks = marks  # the app's marks controller

    def compose(self) -> ComposeResult:
        yield Static("", id="collection-title")
        yield OptionList(id="collection-items")
        yield KeyHints()

    def on_mount(self) -> None:
        self.refresh_items()

    def refresh_items(self, keep: int | None = None) -> None:
        rows, items = self.marks.export_rows()
        self.rows = rows
        title = safe(f"Collection “{self.marks.collection_name}”", style="bold")
        title.append(f"  {plural(len(rows), 'statement')}, in the brief's order", style="dim")
        self.query_one("#collection-title", Static).update(title)
        listing = self.query_one(OptionList)
        listing.set_options([Option(item_prompt(n, row, (items or {}).get(row.id, {})), id=f"item-{row.id}")
                             for n, row in enumerate(rows, 1)] or
                            [Option(Text("Nothing marked yet: space on a statement adds it.", style="dim"), disabled=True)])
        if rows:
            listing.highlighted = max(0, min(len(rows) - 1, keep or 0))
        listing.focus()

    def _current(self):
        listing = self.query_one(OptionList)
        if listing.highlighted is None or not self.rows:
            return None, None
        return listing.highlighted, self.rows[listing.highlighted]

    def action_cursor(self, step: int) -> None:
        listing = self.query_one(OptionList)
        if step > 0:
            listing.action_cursor_down()
        else:
            listing.action_cursor_up()

    def action_move(self, step: int) -> None:
        index, row = self._current()
        if row is not None and self.marks.move(row.id, step):
            self.refresh_items(keep=index + step)

    def action_remove(self) -> None:
        index, row = self._current()
        if row is not None:
            self.marks.remove([row.id])
            self.app.refresh_marks()
            self.refresh_items(keep=index)

    def action_note(self) -> None:
        index, row = self._current()
        if row is not None:
            self.marks.write_note(row.id, after=lambda: self.refresh_items(keep=index))
