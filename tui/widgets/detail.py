"""The detail pane: one statement in full, who said it, where, and its paragraph in the source."""

from __future__ import annotations

from functools import lru_cache

from rich.text import Text

from onrecord.db.export import ATTRIBUTION_WORDS, meeting_facts, speaker_label
from onrecord.db.store import StatementRow
from onrecord.db.wrapping import unwrap
from onrecord.tui.render import MATCH_STYLE, highlighted, safe, safe_spans

SOURCE_HIGHLIGHT = "bold reverse"


def paragraph_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (line block) of the document that holds text[start:end]; in a
    hard-wrapped report, the lines its sentences run over."""
    text = _unwrapped(text)  # (same length: the offsets hold in the text as stored)
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return left, len(text) if right == -1 else right


@lru_cache(maxsize=8)
def _unwrapped(text: str) -> str:
    """The document's text unwrapped once, not at every move of the cursor within it."""
    return unwrap(text)


def render_detail(row: StatementRow | None, document_text: str | None, topics: list[str]) -> Text:
    if row is None:
        return Text("Select a statement to see it in full.", style="dim")
    out = Text()
    label = "Quote" if row.kind == "quote" else "Reported"
    out.append(f"{label} #{row.id}\n", style="dim")
    out.append_text(highlighted(row.marked_text, row.text, style="italic" if row.kind == "quote" else ""))
    out.append("\n\n")
    out.append_text(safe(speaker_label(row), style="bold"))
    details = ", ".join(d for d in (row.speaker_title, row.speaker_affiliation, row.speaker_country) if d)
    if details:
        out.append_text(safe(f" — {details}"))
    if row.cue or row.speaker_as_written:
        cue = f"  ({row.cue or ''}{', as “' + row.speaker_as_written + '”' if row.speaker_as_written else ''})"
        out.append_text(safe(cue, style="dim"))
    out.append("\n")
    if row.attribution:
        out.append_text(safe(f"Attribution: {ATTRIBUTION_WORDS.get(row.attribution, row.attribution)}\n",
                             style="dim"))
    meeting = row.meeting_name or "No meeting recorded"
    out.append_text(safe(meeting, style="cyan"))
    # (the report's own date is on the Source line, never offered as the meeting's)
    facts = " · ".join(meeting_facts(row, undated="undated" if row.meeting_name else None, location=False))
    if facts:
        out.append_text(safe(f"  {facts}", style="dim"))
    out.append("\n")
    if topics:
        out.append_text(safe("Topics: " + ", ".join(topics), style="dim"))
        out.append("\n")
    out.append_text(safe(f"Source: {row.url or row.source}" + (f" ({row.published})" if row.published else ""), style="dim"))
    if document_text:
        left, right = paragraph_around(document_text, row.span_start, row.span_end)
        out.append("\n\n")
        out.append("In the source\n", style="bold dim")
        paragraph = safe_spans(document_text[left:right])
        paragraph.stylize(SOURCE_HIGHLIGHT, row.span_start - left, row.span_end - left)
        out.append_text(paragraph)
    return out


__all__ = ["render_detail", "paragraph_around", "MATCH_STYLE"]
