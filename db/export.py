"""Statements as Markdown citations a user can paste into a brief.

The file starts with YAML front matter (when, which query and filters, how many), then
one section per meeting; each statement is a blockquote of its words, verbatim, followed
by an attribution line: speaker, title, country, cue, source, date and statement id.
Document text is escaped so that it can never open a heading, a link, an HTML tag or end
the blockquote early; the words read the same once rendered.
"""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
from datetime import UTC, datetime
from itertools import groupby
from pathlib import Path

from onrecord.db.store import StatementRow
from onrecord.db.text import clean_text


class ExportError(Exception):
    """An export that could not be written; the message is one line for the user."""


_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#!&])")
# What opens a block at the start of a line: a quote, a list item, a thematic break or a
# setext underline ("---", "==="), an ordered list item ("1." or "1)").
_LINE_START_SPECIAL = re.compile(r"^(?:([-+=>])|(\d+)([.)])(?=\s|$))")


def _escape_line_start(line: str) -> str:
    # Leading whitespace renders as nothing, and four spaces would open a code block.
    line = line.lstrip(" \t")
    return _LINE_START_SPECIAL.sub(lambda m: "\\" + m[1] if m[1] else f"{m[2]}\\{m[3]}", line)


def escape_markdown(text: str) -> str:
    """Escape Markdown and HTML syntax in untrusted text, keeping its words verbatim.

    Control characters go too: a database another program wrote may hold them, and a
    brief is read in terminals as well as editors.
    """
    text = _INLINE_SPECIAL.sub(r"\\\1", clean_text(text))
    return "\n".join(_escape_line_start(line) for line in text.split("\n"))


def _one_line(text: str) -> str:
    return " ".join(clean_text(text).split())


def _yaml_scalar(value: object) -> str:
    # JSON strings are valid YAML scalars and escape everything a document could inject.
    return json.dumps(value, ensure_ascii=False)


def attribution(row: StatementRow) -> str:
    """One line: who, with title and country, the cue, the source and the statement id."""
    who = escape_markdown(_one_line(row.speaker_name or "") or "Unattributed")
    details = [d for d in (row.speaker_title, row.speaker_affiliation, row.speaker_country) if d]
    line = f"— **{who}**" + (", " + escape_markdown(_one_line(", ".join(details))) if details else "")
    if row.cue:
        line += f" ({escape_markdown(_one_line(row.cue))})"
    source = _one_line(row.url or row.source)
    source_text = f"<{source}>" if re.match(r"https?://[^\s<>]+$", source) else f"`{source.replace('`', '')}`"
    line += f" · source: {source_text}"
    if row.published:
        line += f", published {escape_markdown(_one_line(row.published))}"
    return line + f" · statement #{row.id}"


def citation(row: StatementRow, with_meeting: bool = True) -> str:
    """One statement as a blockquote with its attribution (also what `y` copies)."""
    words = escape_markdown(row.text)
    quoted = "\n".join("> " + line if line.strip() else ">" for line in words.split("\n"))
    meeting = ""
    if row.meeting_name and with_meeting:
        date = f", {escape_markdown(_one_line(row.meeting_date))}" if row.meeting_date else ""
        meeting = f"\n> at {escape_markdown(_one_line(row.meeting_name))}{date}"
    return f"{quoted}\n>\n> {attribution(row)}{meeting}\n"


def _meeting_heading(row: StatementRow) -> str:
    if not row.meeting_name:
        return "## Not linked to a meeting"
    details = escape_markdown(_one_line(", ".join(d for d in (row.meeting_date, row.meeting_format) if d)))
    return f"## {escape_markdown(_one_line(row.meeting_name))}" + (f" ({details})" if details else "")


def render_markdown(rows: list[StatementRow], query: str | None = None,
                    filters: dict | None = None, exported_at: datetime | None = None) -> str:
    exported_at = exported_at or datetime.now(UTC)
    lines = [
        "---",
        f"exported_at: {_yaml_scalar(exported_at.isoformat(timespec='seconds'))}",
        f"query: {_yaml_scalar(query)}" if query else "query: null",
        "filters: " + (_yaml_scalar({k: v for k, v in (filters or {}).items() if k != 'query'}) if filters else "{}"),
        f"count: {len(rows)}",
        "generator: onrecord",
        "---",
        "",
    ]
    ordered = sorted(rows, key=lambda r: (r.meeting_date or "", r.meeting_id or 0), reverse=True)
    for _, group in groupby(ordered, key=lambda r: r.meeting_id):
        group = list(group)
        lines += [_meeting_heading(group[0]), ""]
        for row in sorted(group, key=lambda r: (r.document_id, r.span_start)):
            lines += [citation(row, with_meeting=False).rstrip("\n"), ""]
    return "\n".join(lines)


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def write_export(path: Path, content: str, overwrite: bool = True) -> None:
    """Write atomically: a temporary file in the same folder, then rename over the target."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise ExportError(f"{path} already exists (use --force to overwrite)")
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give a file name such as {path / 'export.md'}")
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".",
                                             prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise ExportError(f"cannot write to {path.parent or '.'}: {error.strerror or error}") from None
    try:
        # mkstemp makes a private (0600) file; give the export the mode a new file gets, or
        # keep the mode of the file it replaces.
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o666 & ~_umask()
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            os.chmod(temporary, mode)
            file.write(content)
            # On disk before the rename, or a crash could leave an empty file in its place.
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from None
