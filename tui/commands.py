"""OnRecord's commands in the command palette (ctrl+p): every action, found by name."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

# (title, action, help): the same actions the keys run.
COMMANDS = [
    ("Search statements", "focus_search", "Focus the search box (/)"),
    ("Change order: relevance / newest / oldest", "toggle_order",
     "Rank search results by relevance, or list newest or oldest first (t)"),
    ("Mark or unmark statement", "toggle_mark", "Mark the statement under the cursor (space)"),
    ("Mark all statements in the list", "mark_all", "Mark every statement in the current list (a)"),
    ("Clear marks", "clear_marks", "Unmark every statement (u)"),
    ("Export marked statements to Markdown", "export", "Write marked statements as citations (e)"),
    ("Copy statement as citation", "copy", "Copy the current statement to the clipboard (y)"),
    ("Open source document", "open_source", "Show the statement in its full source (o)"),
    ("Filter by this speaker", "filter_speaker", "Show only this speaker's statements (s)"),
    ("Open this statement's meeting", "open_meeting",
     "The meeting: facts, reports, who attended, what each side said (m)"),
    ("Filter to the highlighted meeting", "filter_meeting", "Show only that meeting's statements (f in Meetings)"),
    ("Every meeting between the same countries", "same_countries",
     "The highlighted meeting's countries as a filter: the meetings pane and the list (p in Meetings)"),
    ("Filter: countries, dates, quotes or reported, speaker", "filter",
     "e.g. 'between korea and japan from korea since 2023' (F)"),
    ("Fix this statement's speaker", "change_speaker",
     "Choose who really said it; kept when reports are read again (S)"),
    ("Not a statement: remove it", "dismiss_statement", "Remove a sentence that is not a statement; undo in corrections (x)"),
    ("Corrections: list and undo", "list_edits", "Your corrections, newest first; u undoes one (E)"),
    ("Collections and saved searches", "collections",
     "Pick the collection marks go into, start one, or re-run a saved search (C)"),
    ("View the collection in the brief's order", "view_collection",
     "The marked statements in order: J / K move one, d takes it out, N notes it, e exports (V)"),
    ("Save this search", "save_search", "Keep the search and filters on screen under a name (W)"),
    ("Note on this statement", "note", "A note kept with the marked statement, printed in the brief (N)"),
    ("Timeline of the listed statements", "timeline",
     "Statements per month or year as bars; enter narrows to a period; s saves it as SVG (T)"),
    ("Remove last filter", "back", "Pop the last filter (escape)"),
    ("Refresh from the database", "refresh", "Reload meetings, topics and statements (r)"),
    ("Help: keys", "help", "List every key (?)"),
    ("Quit", "quit", "Leave OnRecord (q)"),
]


class OnRecordCommands(Provider):
    async def discover(self) -> Hits:
        for title, action, help_text in COMMANDS:
            yield DiscoveryHit(title, partial(self.app.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, action, help_text in COMMANDS:
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self.app.run_action, action), help=help_text)
