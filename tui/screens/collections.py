"""Dialogs for collections and saved searches: pick or start a collection, re-run a saved
search, name a search, write a note. They only ask; tui/marks.py and the app act."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from onrecord.tui.render import plural, safe


class CollectionsScreen(ModalScreen):
    """Collections (enter makes one active: its statements become the marks) and saved
    searches (enter runs one); n starts a new collection. Dismisses with ("collection",
    name), ("search", saved search dict), ("new", None) or None."""

    BINDINGS = [Binding("escape,q", "cancel", "Close"), Binding("n", "new", "New collection")]

    def __init__(self, collections: list[dict], active: str, searches: list[dict]) -> None:
        super().__init__()
        self.collections = collections
        self.active = active
        self.searches = searches

    def compose(self) -> ComposeResult:
        with Vertical(id="collections-dialog", classes="correction-dialog"):
            yield Label("Collections and saved searches  (enter opens, n new collection, escape closes)",
                        classes="correction-title")
            options: list[Option] = [Option(Text("Collections", style="bold"), disabled=True)]
            for collection in self.collections:
                prompt = Text("★ " if collection["name"] == self.active else "  ")
                prompt.append_text(safe(collection["name"], style="bold"))
                prompt.append(f"  {plural(collection['statements'], 'statement')}", style="dim")
                options.append(Option(prompt, id=f"collection-{collection['id']}"))
            options.append(Option(Text("Saved searches", style="bold"), disabled=True))
            for number, search in enumerate(self.searches):
                prompt = safe(search["name"], style="bold")
                what = "; ".join(p for p in [search["query"] or "", *(str(v) for v in search["filters"].values())] if p)
                prompt.append_text(safe(f"  {what or 'every statement'} · {search['ordering']}", style="dim"))
                options.append(Option(prompt, id=f"search-{number}"))
            if not self.searches:
                options.append(Option(Text("  none yet: W saves the search on screen", style="dim"), disabled=True))
            yield OptionList(*options, id="collection-list")

    def on_mount(self) -> None:
        listing = self.query_one(OptionList)
        listing.highlighted = 1 if self.collections else None
        listing.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        kind, _, number = (event.option.id or "").partition("-")
        if kind == "collection":
            chosen = next(c for c in self.collections if c["id"] == int(number))
            self.dismiss(("collection", chosen["name"]))
        elif kind == "search":
            self.dismiss(("search", self.searches[int(number)]))

    def action_new(self) -> None:
        self.dismiss(("new", None))

    def action_cancel(self) -> None:
        self.dismiss(None)


class NameScreen(ModalScreen):
    """One line of text (a name, a note); dismisses with it, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, value: str = "", placeholder: str = "", allow_empty: bool = False) -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.placeholder = placeholder
        self.allow_empty = allow_empty

    def compose(self) -> ComposeResult:
        with Vertical(classes="correction-dialog"):
            yield Label(self.title_text, classes="correction-title")
            yield Input(self.value, placeholder=self.placeholder, id="name-input")
            yield Static("", id="name-error")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        value = " ".join(event.value.split())
        if not value and not self.allow_empty:
            self.query_one("#name-error", Static).update(Text("Type something, or escape to cancel.", style="bold red"))
            return
        self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)
