"""The `onrecord` command: the TUI by default, and ingest, extract, search, export, stats.

Commands are thin: they parse options, call db/, and print. Every expected failure is a
one-line message and a non-zero exit, never a traceback. Each command lives in its own
module, imported only when it runs, so `--help` and shell completion answer at once
(importing extraction compiles every pattern: a fifth of a second).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import click
from rich.console import Console

from onrecord.tui.render import safe

BIG_FILE_BYTES = 50_000_000


def _console(stderr: bool = False) -> Console:
    stream = sys.stderr if stderr else sys.stdout
    # Piped output is not wrapped at 80 columns: a statement stays one line for grep.
    return Console(stderr=stderr, highlight=False, soft_wrap=not stream.isatty())


console = _console()
errors = _console(stderr=True)


def fail(message: str) -> None:
    # soft_wrap: a message is one line however narrow the terminal (or a pipe, 80 columns).
    errors.print(safe(f"Error: {message}", style="red"), soft_wrap=True)
    sys.exit(1)


class Context:
    """What every command shares: which database, which topic lists, what to say if the
    user interrupts."""

    def __init__(self, db_path: Path | None, topic_files: tuple[Path, ...]) -> None:
        self.chosen_db = db_path  # None: the default database in the user's data folder
        self.topic_files = topic_files
        # What an interrupted command kept, for the line Ctrl-C prints.
        self.kept = "nothing was changed"

    @property
    def db_path(self) -> Path:
        from onrecord.db.paths import default_database

        return self.chosen_db or default_database()

    def announce_upgrade(self, version: int) -> None:
        # Only a big file takes long enough to need saying (about 15 s a million statements).
        if self.db_path.stat().st_size > BIG_FILE_BYTES:
            errors.print(safe(f"Upgrading {self.db_path} from an older OnRecord (schema {version}); "
                              "this takes a while on a big file…", style="yellow"), soft_wrap=True)

    def store(self, creating: bool = False):
        """The database, open until the command ends. A file chosen with --db must exist
        unless the command creates one (`creating`: ingest); the default database is made
        from the bundled seed reports whenever it holds no documents."""
        from onrecord.db.store import Store, StoreError

        path = self.db_path
        if self.chosen_db is not None and not creating and not path.exists():
            fail(f"{path}: no such database; `onrecord ingest --db {path} REPORTS…` creates one")
        if self.chosen_db is None:
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            store = Store.open(path, upgrading=self.announce_upgrade)
        except StoreError as error:
            fail(str(error))
        # Closed when the command ends: the last connection to close folds the WAL back
        # into the file, so the file on disk is whole once `onrecord` has returned.
        click.get_current_context().call_on_close(store.close)
        if store.notice:
            errors.print(safe(store.notice, style="yellow"), soft_wrap=True)
        if self.chosen_db is None and not store.read_only and not store.has_documents():
            self._seed(store)
        return store

    def _seed(self, store) -> None:
        from onrecord.db.ingest import ingest_paths
        from onrecord.db.paths import bundled_seeds

        seeds = bundled_seeds()
        if seeds:
            errors.print(safe(f"Building {self.db_path} from the bundled seed reports…", style="dim"),
                         soft_wrap=True)
            ingest_paths(store, [seeds], self.topic_files)


pass_context = click.make_pass_decorator(Context)


def _choose_db(ctx: click.Context, _param: click.Parameter, value: Path | None) -> None:
    if value is not None:
        ctx.find_object(Context).chosen_db = value


def _choose_topics(ctx: click.Context, _param: click.Parameter, value: tuple[Path, ...]) -> None:
    if value:
        ctx.find_object(Context).topic_files = tuple(value)


_DB_HELP = "Database file (default: onrecord.db in your data folder; env ONRECORD_DB)."
_TOPICS_HELP = "A TOML topic list that extends the bundled one (repeatable; env ONRECORD_TOPICS)."


def database_options(command):
    """--db and --topics after the command name too (`onrecord stats --db x.db`)."""
    command = click.option("--topics", multiple=True, expose_value=False, callback=_choose_topics,
                           type=click.Path(exists=True, dir_okay=False, path_type=Path),
                           help=_TOPICS_HELP)(command)
    return click.option("--db", type=click.Path(dir_okay=False, path_type=Path), expose_value=False,
                        callback=_choose_db, help=_DB_HELP)(command)


# name: (module, function, one-line summary). A summary is printed by `onrecord --help`
# without importing the command; each fits the help's column whole.
COMMANDS = {
    "ingest": ("onrecord.tui.cli_ingest", "ingest", "Read reports into the database."),
    "extract": ("onrecord.tui.cli_read", "extract", "Show what one report yields; store nothing."),
    "search": ("onrecord.tui.cli_read", "search", "Search what was said."),
    "export": ("onrecord.tui.cli_export", "export", "Write statements as a Markdown brief."),
    "stats": ("onrecord.tui.cli_read", "stats", "Count what the database holds."),
    "edits": ("onrecord.tui.cli_edits", "edits", "List or undo your corrections."),
    "reextract": ("onrecord.tui.cli_edits", "reextract", "Extract every stored report again."),
    "eval": ("onrecord.tui.cli_tools", "evaluate_command", "Score extraction against annotations."),
    "demo-corpus": ("onrecord.tui.cli_tools", "demo_corpus", "Write fictional reports to try it on."),
    "datasette-metadata": ("onrecord.tui.cli_tools", "datasette_metadata", "Print a Datasette metadata file."),
}


class OnRecordGroup(click.Group):
    """Commands imported when they run; a database that fails while in use is one line,
    never a traceback; Ctrl-C says what was kept and exits 130."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, function, _ = COMMANDS[name]
        return getattr(importlib.import_module(module), function)

    def shell_complete(self, ctx: click.Context, incomplete: str):
        """Command names from the table: completing one imports no command."""
        from click.shell_completion import CompletionItem

        return [CompletionItem(name, help=summary) for name, (_, _, summary) in COMMANDS.items()
                if name.startswith(incomplete)] + [
            item for item in click.Command.shell_complete(self, ctx, incomplete) if item.value.startswith("-")]

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, summary) for name, (_, _, summary) in COMMANDS.items()])

    def invoke(self, ctx: click.Context):
        from onrecord.db.connection import StoreError

        try:
            return super().invoke(ctx)
        except StoreError as error:
            fail(str(error))
        except KeyboardInterrupt:
            kept = ctx.obj.kept if isinstance(ctx.obj, Context) else "nothing was changed"
            errors.print(safe(f"Interrupted: {kept}.", style="yellow"), soft_wrap=True)
            sys.exit(130)


@click.group(cls=OnRecordGroup, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
             epilog="""\b
Examples:
  onrecord                              the terminal app
  onrecord ingest reports/ feed.jsonl   read files and folders
  onrecord search '"supply chains"' --speaker choi
  onrecord export --query gallium -o brief.md

\b
Shell completion (bash; zsh and fish alike):
  eval "$(_ONRECORD_COMPLETE=bash_source onrecord)"
""")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), envvar="ONRECORD_DB",
              help=_DB_HELP)
@click.option("--topics", "topic_files", multiple=True, envvar="ONRECORD_TOPICS",
              type=click.Path(exists=True, dir_okay=False, path_type=Path), help=_TOPICS_HELP)
@click.version_option(package_name="onrecord", message="%(prog)s %(version)s")
@click.pass_context
def main(ctx: click.Context, db_path: Path | None, topic_files: tuple[Path, ...]) -> None:
    """OnRecord: who said what, at which meeting, about what.

    With no command, opens the terminal app on your database (made from the bundled seed
    reports the first time).
    """
    ctx.obj = Context(db_path, tuple(topic_files))
    if ctx.invoked_subcommand is None:
        store = ctx.obj.store()
        from onrecord.tui.app import OnRecordApp  # imported here: the CLI commands do not need Textual

        app = OnRecordApp(store)
        message = app.run()
        if app.return_code:
            fail(message if isinstance(message, str) else "the terminal app stopped")
