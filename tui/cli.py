"""The `onrecord` command: the TUI by default, and ingest, extract, search, export, stats.

Commands are thin: they parse options, call db/, and print. Every expected failure is a
one-line message and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from onrecord.db.demo import write_corpus
from onrecord.db.documents import DocumentError, read_path
from onrecord.db.evaluate import GoldError, evaluate
from onrecord.db.export import ExportError, render_markdown, write_export
from onrecord.db.extract import extract as extract_text
from onrecord.db.extract.topics import TopicListError
from onrecord.db.ingest import count_files, ingest_paths
from onrecord.db.paths import bundled_seeds, default_database
from onrecord.db.search import QueryError, shown, to_fts_query
from onrecord.db.store import StatementFilter, Store, StoreError
from onrecord.tui.render import highlighted, safe, terminal_safe_json

console = Console(highlight=False)
errors = Console(stderr=True, highlight=False)


def fail(message: str) -> None:
    # soft_wrap: a message is one line however narrow the terminal (or a pipe, 80 columns).
    errors.print(safe(f"Error: {message}", style="red"), soft_wrap=True)
    sys.exit(1)


BIG_FILE_BYTES = 50_000_000


class Context:
    def __init__(self, db_path: Path, topic_files: tuple[Path, ...]) -> None:
        self.db_path = db_path
        self.topic_files = topic_files

    def announce_upgrade(self, version: int) -> None:
        # Only a big file takes long enough to need saying (about 15 s a million statements).
        if self.db_path.stat().st_size > BIG_FILE_BYTES:
            errors.print(safe(f"Upgrading {self.db_path} from an older OnRecord (schema {version}); "
                              "this takes a while on a big file…", style="yellow"), soft_wrap=True)

    def store(self, seed_if_new: bool = False) -> Store:
        new = not self.db_path.exists()
        try:
            store = Store.open(self.db_path, upgrading=self.announce_upgrade)
        except StoreError as error:
            fail(str(error))
        # Closed when the command ends: the last connection to close folds the WAL back
        # into the file, so the file on disk is whole once `onrecord` has returned.
        click.get_current_context().call_on_close(store.close)
        if store.notice:
            errors.print(safe(store.notice, style="yellow"), soft_wrap=True)
        seeds = bundled_seeds()
        if new and seed_if_new and seeds:
            ingest_paths(store, [seeds], self.topic_files)
        return store


pass_context = click.make_pass_decorator(Context)


class OnRecordGroup(click.Group):
    """Every command: a database that fails while in use is one line, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except StoreError as error:
            fail(str(error))


@click.group(cls=OnRecordGroup, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              envvar="ONRECORD_DB", help="Database file (default: onrecord.db in your data folder; env ONRECORD_DB).")
@click.option("--topics", "topic_files", multiple=True, envvar="ONRECORD_TOPICS",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A TOML topic list that extends the bundled one (repeatable).")
@click.pass_context
def main(ctx: click.Context, db_path: Path | None, topic_files: tuple[Path, ...]) -> None:
    """OnRecord: who said what, at which meeting, about what.

    With no command, opens the terminal app. On first run the default database is
    created from the bundled seed reports.
    """
    ctx.obj = Context(db_path or default_database(), tuple(topic_files))
    if ctx.invoked_subcommand is None:
        store = ctx.obj.store(seed_if_new=db_path is None)
        from onrecord.tui.app import OnRecordApp  # imported here: the CLI commands do not need Textual

        app = OnRecordApp(store)
        message = app.run()
        if app.return_code:
            fail(message if isinstance(message, str) else "the terminal app stopped")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@pass_context
def ingest(context: Context, paths: tuple[Path, ...]) -> None:
    """Read reports (files or folders) into the database."""
    # lexists: a broken link or a link loop is there, and reading it will say what is wrong.
    missing = [p for p in paths if not os.path.lexists(p)]
    for path in missing:
        errors.print(safe(f"{path}: no such file or folder", style="red"), soft_wrap=True)
    store = context.store()
    if store.read_only:
        fail(f"{context.db_path}: cannot ingest: {store.read_only}; browsing, search and export still work")
    present = [p for p in paths if os.path.lexists(p)]
    try:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      console=errors, transient=True) as progress:
            task = progress.add_task("Ingesting", total=count_files(present))
            summary = ingest_paths(store, present, context.topic_files,
                                   on_file=lambda _path: progress.advance(task))
    except (StoreError, TopicListError) as error:
        fail(str(error))
    console.print(
        f"{len(summary.added)} documents read, {len(summary.unchanged)} unchanged, "
        f"{len(summary.failed) + len(missing)} failed; found {summary.meetings} meetings and "
        f"{summary.statements} statements."
    )
    for line in summary.failed:
        console.print(safe(f"  failed: {line}", style="red"), soft_wrap=True)
    for line in summary.notes:
        console.print(safe(f"  note: {line}", style="yellow"), soft_wrap=True)
    if summary.failed or missing:
        sys.exit(1)


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the extraction as JSON.")
@pass_context
def extract(context: Context, file: Path, as_json: bool) -> None:
    """Show what OnRecord extracts from one report (nothing is stored)."""
    try:
        documents = read_path(file)
        results = [extract_text(d.text, source=d.source, title=d.title, published=d.published,
                                topic_files=context.topic_files) for d in documents]
    except (DocumentError, TopicListError) as error:
        fail(str(error))
    if as_json:
        data = [r.to_dict() for r in results]
        click.echo(terminal_safe_json(data[0] if len(data) == 1 else data))
        return
    for result in results:
        _print_extraction(result)


def _print_extraction(result) -> None:
    document = result.document
    console.print(safe(f"{document.source}  published {document.published or 'unknown'}", style="bold"))
    for meeting in result.meetings:
        console.print(safe(f"Meeting: {meeting.name}", style="bold cyan"))
        console.print(safe(f"  {meeting.date or 'date unknown'} · {meeting.format or 'format unknown'}"
                           f"{' · ' + meeting.location if meeting.location else ''}"))
        for person in meeting.participants:
            details = ", ".join(d for d in (person.title, person.affiliation, person.country) if d)
            console.print(safe(f"  participant: {person.name}" + (f" ({details})" if details else "")))
    table = Table("kind", "speaker", "cue", "text", show_lines=True, expand=True)
    for statement in result.statements:
        speaker = statement.speaker.name if statement.speaker else "—"
        table.add_row(safe(statement.kind), safe(speaker), safe(statement.cue or ""), safe(statement.text))
    console.print(table)
    console.print(safe("Topics: " + (", ".join(result.topics) or "none")))


def filter_options(function):
    for option in reversed([
        click.option("--speaker", help="Part of the speaker's name."),
        click.option("--meeting", help="Part of the meeting's name."),
        click.option("--topic", help="A topic name."),
        click.option("--since", metavar="YYYY-MM-DD", help="On or after this date."),
        click.option("--until", metavar="YYYY-MM-DD", help="On or before this date."),
        click.option("--kind", type=click.Choice(["quote", "reported"])),
    ]):
        function = option(function)
    return function


def _check_dates(*values: str | None) -> None:
    from datetime import date
    for value in values:
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                fail(f"{value!r} is not a date; use YYYY-MM-DD")


@main.command()
@click.argument("query")
@filter_options
@click.option("--order", type=click.Choice(["relevance", "newest"]), default="relevance")
@click.option("--limit", type=click.IntRange(1, 10_000), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print results as JSON.")
@pass_context
def search(context: Context, query: str, order: str, limit: int, as_json: bool, **filters) -> None:
    """Full-text search over statements: gallium, "supply chains", critical min*, a AND b."""
    _check_dates(filters["since"], filters["until"])
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
        click.echo(terminal_safe_json([_row_json(r) for r in store.with_topics(rows)]))
        return
    if not rows:
        console.print(safe(f"No statements match {shown(query)}."))
        return
    for row in rows:
        header = safe(f"#{row.id} ", style="dim")
        header.append(safe(row.speaker_name or "Unattributed", style="bold"))
        header.append(safe(f" ({row.cue or row.kind}) · {row.meeting_name or 'no meeting'} · {row.date or ''}", style="dim"))
        console.print(header)
        console.print(highlighted(row.marked_text, row.text))
        console.print()


def _row_json(row) -> dict:
    data = dict(vars(row))
    data.pop("marked_text", None)
    return data


@main.command()
@click.option("--query", help="A search, as in `onrecord search`.")
@filter_options
@click.option("--ids", help="Comma-separated statement ids.")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="Markdown file to write.")
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@pass_context
def export(context: Context, query: str | None, ids: str | None, output: Path, force: bool, **filters) -> None:
    """Write statements as Markdown citations (blockquotes with attribution)."""
    _check_dates(filters["since"], filters["until"])
    id_list = None
    if ids:
        try:
            id_list = [int(part) for part in ids.split(",") if part.strip()]
        except ValueError:
            fail("--ids takes numbers separated by commas, e.g. --ids 3,7,12")
    store = context.store()
    selection = StatementFilter(query=query, ids=id_list, **filters)
    try:
        rows = store.statements(selection, limit=1_000_000)
        write_export(output, render_markdown(rows, query=query, filters=selection.describe()),
                     overwrite=force or not output.exists())
    except (QueryError, ExportError) as error:
        fail(str(error))
    console.print(safe(f"Wrote {len(rows)} statements to {output}"))


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--docs", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True,
              help="Folder holding the files named in the gold annotations.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--problems", is_flag=True, help="List every miss, extra and wrong attribution.")
@click.option("--split", type=click.Choice(["dev", "test"]),
              help="Only the reports of this half (from manifest.jsonl beside the gold).")
@pass_context
def evaluate_command(context: Context, gold: Path, docs: Path, as_json: bool, problems: bool,
                     split: str | None) -> None:
    """Score extraction against annotated reports (precision, recall, accuracy)."""
    try:
        score = evaluate(gold, docs, context.topic_files, split=split)
    except (GoldError, TopicListError) as error:
        fail(str(error))
    figures = score.figures()
    if as_json:
        click.echo(json.dumps(figures, indent=2))
    else:
        table = Table("figure", "value", title=f"Extraction against {gold}")
        for name, value in figures.items():
            table.add_row(name.replace("_", " "), f"{value:.3f}" if isinstance(value, float) else str(value))
        console.print(table)
    if problems:
        for line in score.problems:
            errors.print(safe(line))


@main.command("demo-corpus")
@click.option("--documents", type=click.IntRange(1, 10_000_000), default=1000, show_default=True)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder to write the reports into.")
@click.option("--seed", type=int, default=7, show_default=True, help="Same seed, same corpus.")
def demo_corpus(documents: int, out: Path, seed: int) -> None:
    """Write fictional seed-format reports, for trying OnRecord out or benchmarking it."""
    try:
        written = write_corpus(out, documents, seed=seed)
    except OSError as error:
        fail(f"{out}: {error.strerror or error}")
    console.print(safe(f"Wrote {written:,} fictional reports to {out}"))


@main.command()
@pass_context
def stats(context: Context) -> None:
    """How much the database holds."""
    store = context.store()
    counts = store.stats()
    table = Table("what", "count", title=safe(str(context.db_path)))
    for name, count in counts.items():
        table.add_row(name, f"{count:,}")
    console.print(table)
