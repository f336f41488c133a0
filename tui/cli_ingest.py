"""`onrecord ingest`: reports into the database, with a progress bar and a summary."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from onrecord.db.documents import DocumentError, read_stream
from onrecord.db.store import StoreError
from onrecord.tui import cli
from onrecord.tui.cli import Context, database_options, fail, pass_context
from onrecord.tui.render import plural, safe


class RateColumn(ProgressColumn):
    """Documents a second, once there is a rate to show."""

    def render(self, task) -> Text:
        return Text(f"{task.speed:,.0f} docs/s" if task.speed else "", style="progress.data.speed")


@click.command(epilog="""\b
Examples:
  onrecord ingest reports/                 every .txt, .md, .html and .jsonl file under it
  onrecord ingest feed.jsonl page.html     JSON lines: {"text", "title"?, "url"?, "published"?}
  curl -s URL | onrecord ingest -          one report (or JSON lines) from standard input
  onrecord ingest --db team.db reports/    into another database (created if new)
""")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@database_options
@pass_context
def ingest(context: Context, paths: tuple[Path, ...]) -> None:
    """Read reports (files, folders, or - for standard input) into the database.

    The same text read again is left as it is; found at another place (another file or
    URL) it is recorded as another source of the same report.
    """
    # Imported here: extraction compiles its patterns on import, which completion must not wait for.
    from onrecord.db.extract.topics import TopicListError
    from onrecord.db.ingest import count_documents, ingest_paths

    from_stdin = Path("-") in paths
    paths = tuple(p for p in paths if p != Path("-"))
    # lexists: a broken link or a link loop is there, and reading it will say what is wrong.
    missing = [p for p in paths if not os.path.lexists(p)]
    for path in missing:
        cli.errors.print(safe(f"{path}: no such file or folder", style="red"), soft_wrap=True)
    store = context.store(creating=True)
    if store.read_only:
        fail(f"{context.db_path}: cannot ingest: {store.read_only}; browsing, search and export still work")
    present = [p for p in paths if os.path.lexists(p)]
    piped, problems, notes = [], [], []
    if from_stdin:
        try:
            piped = list(read_stream(sys.stdin.buffer, problems=problems, notes=notes))
        except DocumentError as error:
            problems.append(str(error))
    done = 0

    def stored() -> None:
        nonlocal done
        done += 1
        context.kept = f"{done:,} documents stored whole; run the same command again to finish"
        progress.advance(task)

    try:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TaskProgressColumn(), RateColumn(), TimeRemainingColumn(),
                      console=cli.errors, transient=True) as progress:
            task = progress.add_task("Ingesting", total=count_documents(present) + len(piped))
            summary = ingest_paths(store, present, context.topic_files, on_document=stored, documents=piped)
    except (StoreError, TopicListError) as error:
        fail(str(error))
    summary.failed[:0] = problems
    summary.notes[:0] = notes
    another = f", {len(summary.new_sources)} already stored from another source" if summary.new_sources else ""
    cli.console.print(
        f"{plural(len(summary.added), 'document', grouped=False)} read, {len(summary.unchanged)} unchanged{another}, "
        f"{len(summary.failed) + len(missing)} failed; found {plural(summary.meetings, 'meeting', grouped=False)} and "
        f"{plural(summary.statements, 'statement', grouped=False)}."
    )
    for line in summary.failed:
        cli.console.print(safe(f"  failed: {line}", style="red"), soft_wrap=True)
    for line in summary.notes:
        cli.console.print(safe(f"  note: {line}", style="yellow"), soft_wrap=True)
    if summary.failed or missing:
        sys.exit(1)
