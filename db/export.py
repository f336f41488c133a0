"""Statements as Markdown citations a user can put their name to.

The file starts with YAML front matter that Obsidian and Pandoc read (title, created,
tags, how the statements were chosen, as lists of strings), then one section per
meeting. A direct quote is a blockquote of the speaker's words only; reported speech is a
plain paragraph that starts "Reported (cue):", never in a blockquote or quotation marks.
After each comes its attribution: speaker with title and country, how the speaker was
found, and the source (outlet, headline, publication date and URL; a local file only
when nothing else is known, and then relative to the export, never absolute).
Document text is escaped so that it can never open a heading, a link, an HTML tag or a
blockquote; the words read the same once rendered.
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
from urllib.parse import urlsplit

from onrecord.db.store import StatementRow
from onrecord.db.text import clean_text

# How sure an attribution is, in the brief's words (statements.attribution).
ATTRIBUTION_WORDS = {
    "named": "named in the sentence",
    "title": "by title, resolved to this person",
    "surname": "by surname, resolved to this person",
    "pronoun": "by a pronoun, resolved to who spoke or was named in the sentence before",
    "body": "a ministry, government or other body",
    "according_to": "“according to” this source",
    "unnamed": "someone the report does not name (as written beside the cue)",
    "unattributed": "none of its own; follows the statement before it",
    "unknown": "not recorded",
    "corrected": "chosen by hand in OnRecord (the extraction's choice was corrected)",
}


def speaker_label(row: StatementRow) -> str:
    """Who a statement is by, for a list or a heading: the speaker, else whether the report
    describes someone it does not name ("a ministry spokeswoman") or no one at all."""
    if row.speaker_name and row.speaker_name.strip():
        return row.speaker_name
    return "Unnamed source" if row.attribution == "unnamed" else "Unattributed"


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


def outlet(url: str | None) -> str | None:
    """The site a report was published on, from its address ("koreaherald.com")."""
    if not url or not re.match(r"https?://", url):
        return None
    host = urlsplit(url).hostname or ""
    return re.sub(r"^(?:www\d*|m|mobile|amp)\.", "", host) or None


def source_line(row: StatementRow, relative_to: Path | None = None) -> str:
    """Outlet, headline, publication date and URL; a local file relative to the export."""
    parts = []
    site = outlet(row.url or row.source)
    if site:
        parts.append(escape_markdown(site))
    if row.document_title:
        parts.append(f"“{escape_markdown(_one_line(row.document_title))}”")
    parts.append(f"published {escape_markdown(_one_line(row.published))}" if row.published else "publication date unknown")
    address = _one_line(row.url or row.source)
    if re.match(r"https?://[^\s<>]+$", address):
        parts.append(f"<{address}>")
    else:
        parts.append(f"`{_local_path(address, relative_to).replace('`', '')}`")
    return "source: " + ", ".join(parts)


def _local_path(source: str, relative_to: Path | None) -> str:
    """A file a report was read from, as the brief's reader can find it: relative to the
    brief's folder, never an absolute path of the exporter's disk."""
    path, hash_mark, line = source.partition("#")  # "feed.jsonl#12": the 12th line
    if os.path.isabs(path):
        try:
            path = os.path.relpath(path, relative_to or Path.cwd())
        except ValueError:  # another drive (Windows): the name alone
            path = Path(path).name
    return path + hash_mark + line


def attribution(row: StatementRow, relative_to: Path | None = None) -> str:
    """One paragraph: who (title, country), how they said it, how sure the attribution
    is, the source, and the statement id."""
    who = escape_markdown(_one_line(speaker_label(row)) or "Unattributed")
    if row.attribution == "unnamed" and row.speaker_as_written:
        who += f" (“{escape_markdown(_one_line(row.speaker_as_written))}”)"
    details = [d for d in (row.speaker_title, row.speaker_affiliation, row.speaker_country) if d]
    line = f"— **{who}**" + (", " + escape_markdown(_one_line(", ".join(details))) if details else "")
    how = "quoted directly" if row.kind == "quote" else "reported speech"
    if row.cue:
        how += f" ({escape_markdown(_one_line(row.cue))})"
    line += f" · {how} · attribution: {ATTRIBUTION_WORDS.get(row.attribution or 'unknown', ATTRIBUTION_WORDS['unknown'])}"
    return line + f" · {source_line(row, relative_to)} · statement #{row.id}"


def meeting_facts(row: StatementRow, undated: str | None = None, location: bool = True) -> list[str]:
    """What a statement row says of its meeting, for a brief and the detail pane alike:
    planned (if announced for later), its date (or `undated`, if given, when the report
    gives none: the report's own date is never offered as the meeting's), format, place."""
    facts = ["planned" if row.meeting_planned else None, row.meeting_date or undated, row.meeting_format,
             row.meeting_location if location else None]
    return [fact for fact in facts if fact]


def _meeting_line(row: StatementRow) -> str:
    details = escape_markdown(_one_line(", ".join(meeting_facts(row))))
    return escape_markdown(_one_line(row.meeting_name or "")) + (f" ({details})" if details else "")


def statement_words(row: StatementRow) -> str:
    """A quote as a blockquote of its words; reported speech as a plain paragraph that
    says it is reported, never quoted."""
    if row.kind == "quote":
        words = escape_markdown(row.text)
        return "\n".join("> " + line if line.strip() else ">" for line in words.split("\n"))
    # One paragraph, so no part of it stands apart from "Reported" and reads as a quote.
    cue = f" ({escape_markdown(_one_line(row.cue))})" if row.cue else ""
    return f"Reported{cue}: {escape_markdown(_one_line(row.text))}"


def citation(row: StatementRow, with_meeting: bool = True, relative_to: Path | None = None) -> str:
    """One statement and its attribution (also what `y` copies)."""
    # (words said before a meeting announced for later were not said at it)
    where = "about" if row.meeting_planned else "at"
    meeting = f"\n{where} {_meeting_line(row)}" if row.meeting_name and with_meeting else ""
    return f"{statement_words(row)}\n\n{attribution(row, relative_to)}{meeting}\n"


def _meeting_heading(row: StatementRow) -> str:
    return f"## {_meeting_line(row)}" if row.meeting_name else "## Not linked to a meeting"


def chosen_by(query: str | None, filters: dict | None) -> list[str]:
    """How the statements were chosen, as the front matter's list of strings."""
    chosen = [f"search: {query}"] if query else []
    for key, value in (filters or {}).items():
        if key == "query":
            continue
        if key == "ids":
            chosen.append("statements: " + ", ".join(f"#{v}" for v in value))
        else:
            chosen.append(f"{key.replace('_', ' ')}: {value}")
    return chosen or ["every statement"]


def render_markdown(rows: list[StatementRow], query: str | None = None,
                    filters: dict | None = None, exported_at: datetime | None = None,
                    chosen: list[str] | None = None, relative_to: Path | None = None,
                    title: str | None = None, items: dict[int, dict] | None = None) -> str:
    """The brief. `chosen` says how the statements were chosen (else from the query and
    filters); `relative_to` is the folder the brief is written to (local sources are
    given relative to it). `items` (a collection's: statement id -> note, chosen_by) keeps
    the rows in the order given and adds each one's note and how it was marked."""
    exported_at = exported_at or datetime.now(UTC)
    chosen = chosen or chosen_by(query, filters)
    sources = list(dict.fromkeys(r.url or _local_path(r.source, relative_to) for r in rows))
    lines = [
        "---",
        f"title: {_yaml_scalar(title or 'OnRecord brief: ' + '; '.join(chosen))}",
        f"created: {_yaml_scalar(exported_at.isoformat(timespec='seconds'))}",
        f"tags: {_yaml_scalar(['onrecord', 'brief'])}",
        f"chosen_by: {_yaml_scalar(chosen)}",
        f"statements: {len(rows)}",
        f"quotes: {sum(r.kind == 'quote' for r in rows)}",
        f"reported: {sum(r.kind != 'quote' for r in rows)}",
        f"sources: {_yaml_scalar(sources)}",
        "generator: onrecord",
        "---",
        "",
    ]
    if items is not None:
        for row in rows:  # the user's order; each statement says its meeting
            lines += [citation(row, relative_to=relative_to).rstrip("\n")]
            item = items.get(row.id, {})
            if item.get("note"):
                lines += ["", f"Note: {_one_line(item['note'])}"]
            if item.get("chosen_by"):
                lines += ["", f"Marked from: {_one_line(item['chosen_by'])}"]
            lines += [""]
        return "\n".join(lines)
    ordered = sorted(rows, key=lambda r: (r.meeting_date or "", r.meeting_id or 0), reverse=True)
    for _, group in groupby(ordered, key=lambda r: r.meeting_id):
        group = list(group)
        lines += [_meeting_heading(group[0]), ""]
        for row in sorted(group, key=lambda r: (r.document_id, r.span_start)):
            lines += [citation(row, with_meeting=False, relative_to=relative_to).rstrip("\n"), ""]
    return "\n".join(lines)


def csl_items(rows: list[StatementRow], relative_to: Path | None = None) -> list[dict]:
    """The cited reports as CSL-JSON, for Pandoc (--citeproc), Zotero and other citation
    managers: one item per report, its id "onrecord-document-N"."""
    items = {}
    for row in rows:
        if row.document_id in items:
            continue
        item = {"id": f"onrecord-document-{row.document_id}", "type": "article-newspaper",
                "title": _one_line(row.document_title or "") or _title_from_text(row.text)}
        site = outlet(row.url)
        if site:
            item["container-title"] = site
        if row.url:
            item["URL"] = _one_line(row.url)
        else:
            item["note"] = "local file: " + _local_path(_one_line(row.source), relative_to)
        if row.published and re.fullmatch(r"\d{4}-\d{2}-\d{2}", row.published):
            year, month, day = (int(part) for part in row.published.split("-"))
            item["issued"] = {"date-parts": [[year, month, day]]}
        items[row.document_id] = item
    return list(items.values())


def _title_from_text(text: str) -> str:
    words = _one_line(text).split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


def render_csl_json(rows: list[StatementRow], relative_to: Path | None = None) -> str:
    return json.dumps(csl_items(rows, relative_to), ensure_ascii=False, indent=2) + "\n"


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
