"""`onrecord edits` and `onrecord reextract`: the user's corrections, and extraction run
again over stored reports with those corrections applied on top."""

from __future__ import annotations

import click
from rich.table import Table

from onrecord.db.store import StoreError
from onrecord.tui import cli
from onrecord.tui.cli import Context, database_options, fail, pass_context
from onrecord.tui.render import safe, terminal_safe_json


@click.command(epilog="""\b
Examples:
  onrecord edits                    the corrections in force, newest first
  onrecord edits --all --json       with the undone ones, as JSON
  onrecord edits --undo 12          undo correction 12 (what it replaced comes back)
""")
@click.option("--all", "include_undone", is_flag=True, help="Also list corrections that were undone.")
@click.option("--undo", "undo_id", type=int, metavar="ID", help="Undo the correction with this id.")
@click.option("--json", "as_json", is_flag=True, help="Print the corrections as JSON.")
@database_options
@pass_context
def edits(context: Context, include_undone: bool, undo_id: int | None, as_json: bool) -> None:
    """List your corrections (speakers, not-a-statement, meeting dates and names), or undo one."""
    store = context.store()
    if undo_id is not None:
        try:
            store.undo_edit(undo_id)
        except StoreError as error:
            fail(str(error))
        cli.console.print(safe(f"Undid correction #{undo_id}."))
        return
    rows = store.edits(include_undone=include_undone)
    if as_json:
        click.echo(terminal_safe_json(rows))
        return
    if not rows:
        cli.console.print("No corrections yet: in the app, S on a statement changes its speaker, "
                          "x says it is not a statement.")
        return
    table = Table("id", "made", "correction", "undone", expand=True)
    for row in rows:
        table.add_row(str(row["id"]), safe(row["made_at"]), safe(row["summary"]), safe(row["undone_at"] or ""))
    cli.console.print(table)


@click.command(epilog="""\b
Examples:
  onrecord reextract                after upgrading OnRecord: every report read again
""")
@database_options
@pass_context
def reextract(context: Context) -> None:
    """Run extraction again over every stored report; your corrections are applied on top."""
    from onrecord.db.extract import extract

    store = context.store()
    documents = store.db.execute("SELECT id, text, source, title, published, url FROM documents ORDER BY id").fetchall()
    statements = 0
    try:
        for document_id, text, source, title, published, url in documents:
            result = store.reextract(document_id, extract(text, source=source, title=title,
                                                          published=published, topic_files=context.topic_files,
                                                          url=url))
            statements += result.statements
        store.refresh_search_terms()
    except StoreError as error:
        fail(str(error))
    cli.console.print(safe(f"Re-extracted {len(documents):,} reports: {statements:,} statements; "
                           f"{len(store.edits()):,} corrections applied on top."))
