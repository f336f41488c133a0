"""`onrecord extract`, `search` and `stats`: reading, never writing."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.table import Table

from onrecord.db.documents import DocumentError, read_path, read_stream
from onrecord.db.export import speaker_label
from onrecord.db.search import QueryError, shown, to_fts_query
from onrecord.db.store import StatementFilter
from onrecord.tui import cli
from onrecord.tui.cli import Context, database_options, fail, pass_context
from onrecord.tui.render import highlighted, safe, terminal_safe_json


@click.command(epilog="""\b
Examples:
  onrecord extract seeds/000_81f8cacbb450965c.txt
  onrecord extract page.html --json | jq '.statements[].speaker.name'
  pbpaste | onrecord extract -
""")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the extraction as JSON.")
@database_options
@pass_context
def extract(context: Context, file: Path, as_json: bool) -> None:
    """Show what OnRecord extracts from one report (FILE, or - for standard input); nothing is stored."""
    # Imported here: extraction compiles its patterns on import, which completion must not wait for.
    from onrecord.db.extract import extract as extract_text
    from onrecord.db.extract.topics import TopicListError

    try:
        documents = list(read_stream(sys.stdin.buffer)) if file == Path("-") else read_path(file)
        results = [extract_text(d.text, source=d.source, title=d.title, published=d.published,
                                topic_files=context.topic_files, url=d.url) for d in documents]
    except (DocumentError, TopicListError) as error:
        fail(str(error))
    if as_json:
        data = [r.to_dict() for r in results]
        click.echo(terminal_safe_json(data[0] if len(data) == 1 else data))
        return
    for result in results:
        _print_extraction(result)


def _print_extraction(result) -> None:
    console = cli.console
    document = result.document
    console.print(safe(f"{document.source}  published {document.published or 'unknown'}", style="bold"))
    for meeting in result.meetings:
        status = "" if meeting.status == "held" else f" ({meeting.status})"
        console.print(safe(f"Meeting: {meeting.name}{status}", style="bold cyan"))
        console.print(safe(f"  {meeting.date or 'date unknown'} · {meeting.format or 'format unknown'}"
                           f"{' · ' + meeting.location if meeting.location else ''}"))
        for person in meeting.participants:
            details = ", ".join(d for d in (person.title, person.affiliation, person.country) if d)
            console.print(safe(f"  participant: {person.name}" + (f" ({details})" if details else "")))
    table = Table("kind", "speaker", "how", "cue", "text", show_lines=True, expand=True)
    for statement in result.statements:
        speaker = statement.speaker.name if statement.speaker else "—"
        table.add_row(safe(statement.kind), safe(speaker), safe(statement.attribution),
                      safe(statement.cue or ""), safe(statement.text))
    console.print(table)
    console.print(safe("Topics: " + (", ".join(result.topics) or "none")))


def filter_options(function):
    for option in reversed([
        click.option("--speaker", help="Part of the speaker's name."),
        click.option("--meeting", help="Part of the meeting's name."),
        click.option("--topic", help="A topic name."),
        click.option("--since", metavar="YYYY-MM-DD", help="On or after this date."),
        click.option("--until", metavar="YYYY-MM-DD", help="On or before this date."),
        click.option("--kind", type=click.Choice(["quote", "reported"]),
                     help="Direct quotes only, or reported speech only."),
        click.option("--from", "country", metavar="COUNTRY", help="Speakers from this country (e.g. japan)."),
        click.option("--between", metavar="'A and B'",
                     help="Meetings with participants from these countries (e.g. 'korea and japan')."),
    ]):
        function = option(function)
    return function


def countries_in(filters: dict) -> dict:
    """--from and --between read as the app's filter prompt reads them (db/filter_text.py)."""
    country, between = filters.pop("country", None), filters.pop("between", None)
    if not country and not between:
        return filters
    from onrecord.db.filter_text import FilterTextError, parse_filter

    words = " ".join(part for part in (f"from {country}" if country else "",
                                       f"between {between}" if between else "") if part)
    try:
        return {**filters, **parse_filter(words).fields}
    except FilterTextError as error:
        fail(str(error))


def check_dates(*values: str | None) -> None:
    from datetime import date
    for value in values:
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                fail(f"{value!r} is not a date; use YYYY-MM-DD")


@click.command(epilog="""\b
Examples:
  onrecord search gallium
  onrecord search '"supply chains"' --speaker choi --since 2024-01-01
  onrecord search 'critical min*'          a prefix
  onrecord search 'tourism NOT climate' --json
  onrecord search minerals --between 'korea and japan' --from korea --order oldest
""")
@click.argument("query")
@filter_options
@click.option("--order", type=click.Choice(["relevance", "newest", "oldest"]), default="relevance",
              help="Best matches first, or newest or oldest first.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=20, show_default=True,
              help="At most this many statements.")
@click.option("--json", "as_json", is_flag=True, help="Print results as JSON.")
@database_options
@pass_context
def search(context: Context, query: str, order: str, limit: int, as_json: bool, **filters) -> None:
    """Full-text search over statements: words, "a phrase", a prefix*, AND, OR, NOT."""
    check_dates(filters["since"], filters["until"])
    filters = countries_in(filters)
    try:
        to_fts_query(query)  # explain an unusable query before touching the database
    except QueryError as error:
        fail(str(error))
    store = context.store()
    try:
        rows = store.statements(StatementFilter(query=query, **filters), order=order, limit=limit)
    except QueryError as error:
        fail(str(error))
    if as_json:
        click.echo(terminal_safe_json([row_json(r) for r in store.with_topics(rows)]))
        return
    if not rows:
        cli.console.print(safe(f"No statements match {shown(query)}."))
        return
    for row in rows:
        header = safe(f"#{row.id} ", style="dim")
        header.append(safe(speaker_label(row), style="bold"))
        header.append(safe(f" ({row.cue or row.kind}) · {row.meeting_name or 'no meeting'} · {row.date or ''}", style="dim"))
        cli.console.print(header)
        cli.console.print(highlighted(row.marked_text, row.text))
        cli.console.print()


def row_json(row) -> dict:
    data = dict(vars(row))
    data.pop("marked_text", None)
    return data


@click.command(epilog="""\b
Examples:
  onrecord stats
  onrecord stats --db team.db --json
""")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@database_options
@pass_context
def stats(context: Context, as_json: bool) -> None:
    """How much the database holds."""
    store = context.store()
    counts = store.stats()
    if as_json:
        click.echo(terminal_safe_json({"database": str(context.db_path), **counts}))
        return
    table = Table("what", "count", title=safe(str(context.db_path)))
    for name, count in counts.items():
        table.add_row(name, f"{count:,}")
    cli.console.print(table)
