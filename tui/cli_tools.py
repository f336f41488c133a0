"""`onrecord eval`, `demo-corpus` and `datasette-metadata`: tools around the database."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.table import Table

from onrecord.tui import cli
from onrecord.tui.cli import Context, database_options, fail, pass_context
from onrecord.tui.render import safe


@click.command("eval", epilog="""\b
Examples:
  onrecord eval tests/extraction/gold.jsonl --docs tests/extraction/docs
  onrecord eval tests/extraction/real/gold.jsonl --docs tests/extraction/real/texts --split dev --problems
""")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--docs", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True,
              help="Folder holding the files named in the gold annotations.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--problems", is_flag=True, help="List every miss, extra and wrong attribution.")
@click.option("--split", type=click.Choice(["dev", "test"]),
              help="Only the reports of this half (from manifest.jsonl beside the gold).")
@database_options
@pass_context
def evaluate_command(context: Context, gold: Path, docs: Path, as_json: bool, problems: bool,
                     split: str | None) -> None:
    """Score extraction against annotated reports (precision, recall, accuracy)."""
    from onrecord.db.evaluate import GoldError, evaluate
    from onrecord.db.extract.topics import TopicListError

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
        cli.console.print(table)
    if problems:
        for line in score.problems:
            cli.errors.print(safe(line), soft_wrap=True)


@click.command("demo-corpus", epilog="""\b
Examples:
  onrecord demo-corpus --documents 1000 --out demo/ && onrecord ingest --db demo.db demo/
""")
@click.option("--documents", type=click.IntRange(1, 10_000_000), default=1000, show_default=True,
              help="How many reports to write.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder to write the reports into.")
@click.option("--seed", type=int, default=7, show_default=True, help="Same seed, same corpus.")
def demo_corpus(documents: int, out: Path, seed: int) -> None:
    """Write fictional seed-format reports, for trying OnRecord out or benchmarking it."""
    from onrecord.db.demo import write_corpus

    try:
        written = write_corpus(out, documents, seed=seed)
    except OSError as error:
        fail(f"{out}: {error.strerror or error}")
    cli.console.print(safe(f"Wrote {written:,} fictional reports to {out}"))


@click.command("datasette-metadata", epilog="""\b
Examples:
  onrecord datasette-metadata > metadata.json
  datasette "$(onrecord stats --json | jq -r .database)" --metadata metadata.json
""")
@database_options
@pass_context
def datasette_metadata(context: Context) -> None:
    """Print a Datasette metadata file for the database: search, facets, labels."""
    from onrecord.db.datasette import metadata

    click.echo(json.dumps(metadata(context.db_path.stem), indent=2))
