"""The meeting view: one meeting's facts, its reports, who attended from which country, and
what each side said, navigable and markable like the main list."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from onrecord.db.export import ATTRIBUTION_WORDS, speaker_label
from onrecord.db.schema import MATCHED_BY
from onrecord.db.store import StatementRow
from onrecord.tui.render import safe
from onrecord.tui.widgets.key_hints import KeyHints

UNKNOWN_SIDE = "Side not known"
INDENT = "  "
MARK = "● "


def by_side(rows: list[StatementRow]) -> list[tuple[str, list[StatementRow]]]:
    """Statements grouped by their speaker's country, in the order the sides first speak;
    statements whose speaker has no country come last."""
    sides: dict[str, list[StatementRow]] = {}
    for row in rows:
        sides.setdefault(row.speaker_country or UNKNOWN_SIDE, []).append(row)
    known = [(side, items) for side, items in sides.items() if side != UNKNOWN_SIDE]
    return known + ([(UNKNOWN_SIDE, sides[UNKNOWN_SIDE])] if UNKNOWN_SIDE in sides else [])


def by_country(participants: list[dict]) -> list[tuple[str, list[dict]]]:
    groups: dict[str, list[dict]] = {}
    for person in participants:
        groups.setdefault(person["country"] or "Country not known", []).append(person)
    return list(groups.items())


def meeting_facts(meeting: dict, sources: list[dict], participants: list[dict]) -> Text:
    """Everything known about the meeting but what was said at it, as plain safe text."""
    out = Text()
    facts = [
        ("Series", " ".join(str(x) for x in (meeting.get("series"), f"(no. {meeting['ordinal']})"
                                               if meeting.get("ordinal") else None) if x)),
        ("Date", meeting.get("date") or "not known"),
        ("Status", "planned (announced for later)" if meeting.get("status") == "planned" else "held"),
        ("Corrected", "by you (c to change, E lists corrections)" if meeting.get("edited") else None),
        ("Kind", meeting.get("kind")),
        ("Place", meeting.get("location") or ("virtual" if meeting.get("format") == "virtual" else "not known")),
        ("Format", meeting.get("format")),
    ]
    for label, value in facts:
        if value:
            out.append(f"{label}: ", style="dim")
            out.append_text(safe(str(value)))
            out.append("\n")
    out.append("\nParticipants\n", style="bold")
    if not participants:
        out.append("  none recorded\n", style="dim")
    for country, people in by_country(participants):
        out.append(INDENT)
        out.append_text(safe(country, style="underline"))
        out.append("\n")
        for person in people:
            out.append(INDENT * 2)
            out.append_text(safe(person["name"]))
            title = person.get("role") or person.get("title")
            if title:
                out.append(", ", style="dim")
                out.append_text(safe(title, style="dim"))
            out.append("\n")
    out.append(f"\nReports ({len(sources)})\n", style="bold")
    for source in sources:
        out.append(f"  {source.get('published') or 'date unknown'}  ", style="dim")
        out.append_text(safe(source.get("title") or source.get("url") or source["source"]))
        out.append("\n")
        if source.get("title") and (source.get("url") or source["source"]):
            out.append(INDENT * 2)
            out.append_text(safe(source.get("url") or source["source"], style="dim"))
            out.append("\n")
        if source["matched_by"] != "first report":
            why = MATCHED_BY.get(source["matched_by"], source["matched_by"])
            out.append(f"    joined: {why}\n", style="dim italic")
    return out


class MeetingScreen(Screen):
    """One meeting. Its statements list is keyed like the main one: space marks, o opens
    the source, f shows the meeting's statements in the main list."""

    BINDINGS = [
        Binding("escape,q", "app.pop_screen", "Back"),
        Binding("space", "toggle_mark", "Mark"),
        Binding("o,enter", "open_source", "Source"),
        Binding("f", "filter_main", "Show in list"),
        Binding("c", "fix_meeting", "Correct"),
        Binding("r", "series", "Series"),
        Binding("p", "same_countries", "Same countries"),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def __init__(self, meeting: dict, sources: list[dict], participants: list[dict],
                 statements: list[StatementRow], marked: set[int],
                 open_source: Callable[[StatementRow], None], filter_main: Callable[[dict], None],
                 fix_meeting: Callable[[dict], None] | None = None,
                 toggle_mark: Callable[[int], None] | None = None,
                 open_series: Callable[[str], None] | None = None) -> None:
        super().__init__()
        self.meeting = meeting
        self.sources = sources
        self.participants = participants
        self.statements = statements
        self.marked = marked
        self._open_source = open_source
        self._filter_main = filter_main
        self._fix_meeting = fix_meeting
        self._toggle_mark = toggle_mark
        self._open_series = open_series

    def compose(self) -> ComposeResult:
        yield Static(safe(self.meeting["name"], style="bold"), id="meeting-title")
        with Horizontal(id="meeting-panes"):
            with VerticalScroll(id="meeting-facts-scroll"):
                yield Static(meeting_facts(self.meeting, self.sources, self.participants), id="meeting-facts")
            yield OptionList(*self._options(), id="meeting-statements")
        yield KeyHints()

    def on_mount(self) -> None:
        statements = self.query_one("#meeting-statements", OptionList)
        statements.border_title = f"What each side said ({len(self.statements):,})"
        first = next((i for i in range(statements.option_count)
                      if not statements.get_option_at_index(i).disabled), None)
        if first is not None:
            statements.highlighted = first
        statements.focus()

    def _options(self) -> list[Option]:
        options: list[Option] = []
        for side, rows in by_side(self.statements):
            options.append(Option(Text(f"{side} — {len(rows)}", style="bold"), disabled=True))
            options += [Option(self._prompt(row), id=f"statement-{row.id}") for row in rows]
        if not self.statements:
            options.append(Option(Text("No statements recorded at this meeting", style="dim"), disabled=True))
        return options

    def _prompt(self, row: StatementRow) -> Text:
        prompt = Text(MARK if row.id in self.marked else "  ", style="bold")
        prompt.append_text(safe(speaker_label(row), style="bold"))
        how = "quote" if row.kind == "quote" else f"reported, {row.cue or 'said'}"
        sure = ATTRIBUTION_WORDS.get(row.attribution or "", "")
        prompt.append_text(safe(f" ({how}{'; ' + sure if sure else ''})", style="dim"))
        prompt.append("\n    ")
        prompt.append_text(safe(row.text, style="italic" if row.kind == "quote" else ""))
        return prompt

    def _current(self) -> StatementRow | None:
        statements = self.query_one("#meeting-statements", OptionList)
        if statements.highlighted is None:
            return None
        option = statements.get_option_at_index(statements.highlighted)
        if not option.id:
            return None
        wanted = int(option.id.partition("-")[2])
        return next((row for row in self.statements if row.id == wanted), None)

    def action_toggle_mark(self) -> None:
        row = self._current()
        if row is None:
            return
        if self._toggle_mark:
            self._toggle_mark(row.id)  # the app's marks: saved in its active collection
        else:
            self.marked.symmetric_difference_update({row.id})
        statements = self.query_one("#meeting-statements", OptionList)
        statements.replace_option_prompt(f"statement-{row.id}", self._prompt(row))
        self.app.update_status()

    def action_open_source(self) -> None:
        row = self._current()
        if row is not None:
            self._open_source(row)

    def action_filter_main(self) -> None:
        self.app.pop_screen()
        self._filter_main(self.meeting)

    def action_same_countries(self) -> None:
        """Every meeting between this one's countries (the meetings pane and the list)."""
        self.app.pop_screen()
        self.app.filter_same_countries(self.meeting["id"])

    def action_series(self) -> None:
        """Every meeting of this one's series, by number and year."""
        if not self.meeting.get("series"):
            self.app.notify("This meeting has no series name: it is not one of a numbered or named series.")
        elif self._open_series:
            self._open_series(self.meeting["series"])

    def action_fix_meeting(self) -> None:
        """Its date or name, corrected by the user (kept when reports are read again)."""
        if self._fix_meeting:
            self._fix_meeting(self.meeting)

    def action_cursor_down(self) -> None:
        self.query_one("#meeting-statements", OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one("#meeting-statements", OptionList).action_cursor_up()
