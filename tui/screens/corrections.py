"""Dialogs for the user's corrections: who really said it, the list of corrections, a
meeting's date and name. They only ask; tui/corrections.py saves."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from onrecord.tui.render import safe


class SpeakerScreen(ModalScreen):
    """Pick the statement's right speaker from the report's people and bodies, or type a
    name; dismisses with (name, kind) or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, statement_text: str, current: str | None, choices: list[dict]) -> None:
        super().__init__()
        self.statement_text = statement_text
        self.current = current
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical(id="speaker-dialog", classes="correction-dialog"):
            yield Label("Who said it?", classes="correction-title")
            yield Static(safe(f"“{self.statement_text[:160]}{'…' if len(self.statement_text) > 160 else ''}”",
                              style="italic"), classes="correction-context")
            yield Static(safe(f"Now: {self.current or 'unattributed'}", style="dim"))
            options = []
            for choice in self.choices:
                prompt = safe(choice["name"], style="bold")
                details = ", ".join(d for d in (choice.get("title"), choice.get("country"),
                                                "a body" if choice["kind"] != "person" else None) if d)
                if details:
                    prompt.append_text(safe(f"  {details}", style="dim"))
                options.append(Option(prompt, id=f"speaker-{choice['id']}"))
            yield OptionList(*options, id="speaker-choices")
            yield Input(placeholder="or type another name, then enter", id="speaker-name")

    def on_mount(self) -> None:
        choices = self.query_one("#speaker-choices", OptionList)
        if self.choices:
            choices.highlighted = 0
            choices.focus()
        else:
            self.query_one(Input).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        chosen = next(c for c in self.choices if f"speaker-{c['id']}" == event.option.id)
        self.dismiss((chosen["name"], chosen["kind"]))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        name = " ".join(event.value.split())
        if name:
            self.dismiss((name, "person"))

    def action_cancel(self) -> None:
        self.dismiss(None)


class EditsScreen(ModalScreen):
    """The corrections in force, newest first; u undoes the highlighted one."""

    BINDINGS = [Binding("escape,q", "cancel", "Close"), Binding("u", "undo", "Undo")]

    def __init__(self, edits: list[dict]) -> None:
        super().__init__()
        self.edits = edits

    def compose(self) -> ComposeResult:
        with Vertical(id="edits-dialog", classes="correction-dialog"):
            yield Label(f"Your corrections ({len(self.edits)})  u undoes one, escape closes",
                        classes="correction-title")
            options = [Option(self._prompt(edit), id=f"edit-{edit['id']}") for edit in self.edits]
            if not options:
                options = [Option(Text("No corrections yet: S on a statement changes its speaker, "
                                       "x says it is not a statement.", style="dim"), disabled=True)]
            yield OptionList(*options, id="edit-list")

    @staticmethod
    def _prompt(edit: dict) -> Text:
        prompt = Text(f"#{edit['id']}  {edit['made_at']}  ", style="dim")
        prompt.append_text(safe(edit["summary"]))
        return prompt

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def action_undo(self) -> None:
        edits = self.query_one(OptionList)
        if edits.highlighted is None:
            return
        option = edits.get_option_at_index(edits.highlighted)
        if option.id:
            self.dismiss(int(option.id.partition("-")[2]))

    def action_cancel(self) -> None:
        self.dismiss(None)


class MeetingFixScreen(ModalScreen):
    """A meeting's date and name, as the user says they are; dismisses with
    {"date": ..., "name": ...} (only what changed) or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, meeting: dict) -> None:
        super().__init__()
        self.meeting = meeting

    def compose(self) -> ComposeResult:
        with Vertical(id="meeting-fix-dialog", classes="correction-dialog"):
            yield Label("Correct the meeting", classes="correction-title")
            yield Label("Date (YYYY-MM-DD)")
            yield Input(self.meeting.get("date") or "", id="fix-date")
            yield Label("Name")
            yield Input(self.meeting["name"], id="fix-name")
            yield Static("", id="fix-error")

    def on_mount(self) -> None:
        self.query_one("#fix-date", Input).focus()

    def on_input_submitted(self) -> None:
        from datetime import date

        day = self.query_one("#fix-date", Input).value.strip()
        name = " ".join(self.query_one("#fix-name", Input).value.split())
        try:
            if day:
                date.fromisoformat(day)
        except ValueError:
            self.query_one("#fix-error", Static).update(safe(f"not a date: {day} (write 2024-05-16)", style="bold red"))
            return
        if not name:
            self.query_one("#fix-error", Static).update(safe("a meeting needs a name", style="bold red"))
            return
        changes = {key: value for key, value in (("date", day or None), ("name", name))
                   if value != self.meeting.get(key)}
        self.dismiss(changes or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
