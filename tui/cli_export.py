"""`onrecord export`: statements as a Markdown brief, to a file or standard output."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from onrecord.db.export import ExportError, render_csl_json, render_markdown, write_export
from onrecord.db.search import QueryError
from onrecord.db.store import StatementFilter
from onrecord.tui import cli
from onrecord.tui.cli import Context, database_options, fail, pass_context
from onrecord.tui.cli_read import check_dates, countries_in, filter_options
from onrecord.tui.render import safe


@click.command(epilog="""\b
Examples:
  onrecord export --query gallium -o brief.md
  onrecord export --ids 3,7,12 -o brief.md --force
  onrecord export --collection 'Korea-Japan brief' -o brief.md
  onrecord export --speaker choi --since 2024-01-01 -o - | pandoc -o brief.docx
  onrecord export --query gallium -o brief.md --csl refs.json
                                        then: pandoc brief.md --citeproc --bibliography refs.json
""")
@click.option("--query", help="A search, as in `onrecord search`.")
@filter_options
@click.option("--ids", help="Comma-separated statement ids.")
@click.option("--collection", metavar="NAME",
              help="A collection made in the app (C), in its order, with its notes.")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="Markdown file to write, or - for standard output.")
@click.option("--csl", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the cited reports as CSL-JSON (for Pandoc --citeproc or Zotero).")
@click.option("--force", is_flag=True, help="Overwrite the output files if they exist.")
@database_options
@pass_context
def export(context: Context, query: str | None, ids: str | None, collection: str | None, output: Path,
           csl: Path | None, force: bool, **filters) -> None:
    """Write statements as Markdown citations (blockquotes with attribution)."""
    check_dates(filters["since"], filters["until"])
    filters = countries_in(filters)
    id_list = None
    if ids:
        try:
            id_list = [int(part) for part in ids.split(",") if part.strip()]
        except ValueError:
            fail("--ids takes numbers separated by commas, e.g. --ids 3,7,12")
    store = context.store()
    selection = StatementFilter(query=query, ids=id_list, **filters)
    collection_id = store.collection(collection) if collection else None
    if collection and collection_id is None:
        names = ", ".join(c["name"] for c in store.collections()) or "none yet"
        fail(f"no collection named {collection!r} (collections: {names})")
    try:
        to_stdout = output == Path("-")
        folder = Path.cwd() if to_stdout else output.parent.resolve()
        if collection_id is not None:
            rows, items = store.collection_statements(collection_id)
            brief = render_markdown(rows, chosen=[f"collection: {collection}"], relative_to=folder,
                                    items=items, title=f"OnRecord brief: {collection}")
        else:
            rows = store.statements(selection, limit=1_000_000)
            brief = render_markdown(rows, query=query, filters=selection.describe(), relative_to=folder)
        if csl:
            write_export(csl, render_csl_json(rows, relative_to=folder), overwrite=force or not csl.exists())
        if to_stdout:
            sys.stdout.write(brief)
            return
        write_export(output, brief, overwrite=force or not output.exists())
    except (QueryError, ExportError) as error:
        fail(str(error))
    cli.console.print(safe(f"Wrote {len(rows)} statements to {output}"))
