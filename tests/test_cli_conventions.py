"""The `onrecord` command keeps the conventions users bring from other tools: --version,
options after the command, `-` for standard input and output, no wrapping in a pipe, an
exit status of 130 on Ctrl-C that says what was kept, --json on read commands, examples
in every --help, and a first run that always works."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from onrecord.tui.cli import COMMANDS


def onrecord(*args: str, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "onrecord", *args], capture_output=True, text=True,
                          timeout=120, env=env, **kwargs)


@pytest.fixture
def home(tmp_path) -> dict:
    """A user with nothing yet: an empty data folder, no ONRECORD_DB."""
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("ONRECORD_DB", None)
    env.pop("ONRECORD_TOPICS", None)
    return env


def test_version_and_python_dash_m(home):
    result = onrecord("--version", env=home)
    assert result.returncode == 0 and result.stdout.startswith("onrecord ")


def test_every_command_has_examples_and_a_whole_summary(cli):
    top = cli("--help").output
    for name, (_, _, summary) in COMMANDS.items():
        assert f"{name}" in top and summary in top, name  # not cut short with "…"
        assert "Examples:" in cli(name, "--help").output, name


def test_any_first_command_builds_the_default_database_from_the_seeds(home):
    stats = onrecord("stats", "--json", env=home)
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["documents"] == 1
    again = onrecord("search", "gallium", "--json", env=home)
    assert len(json.loads(again.stdout)) == 1


def test_a_database_that_does_not_exist_is_created_only_by_ingest(tmp_path, home, seeds_folder):
    missing = tmp_path / "nowhere.db"
    result = onrecord("stats", "--db", str(missing), env=home)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: {missing}: no such database; `onrecord ingest --db {missing} REPORTS…` creates one"]
    assert not missing.exists()
    assert onrecord("ingest", str(seeds_folder), "--db", str(missing), env=home).returncode == 0
    assert missing.exists()


def test_standard_input_and_output(tmp_path, home):
    report = "Trade Minister Ana Lopes said the talks with Chile on Monday had been useful and frank.\n"
    extracted = onrecord("extract", "-", "--json", input=report, env=home)
    assert json.loads(extracted.stdout)["statements"][0]["speaker"]["name"] == "Ana Lopes"
    database = tmp_path / "piped.db"
    lines = json.dumps({"text": report, "url": "https://news.example/1", "published": "Tue, 04 Jun 2024 09:00:00 GMT"})
    ingested = onrecord("ingest", "-", "--db", str(database), input=lines + "\n", env=home)
    assert ingested.returncode == 0 and "1 document read" in ingested.stdout
    brief = onrecord("export", "--query", "Chile", "-o", "-", "--db", str(database), env=home)
    assert brief.returncode == 0 and brief.stdout.startswith("---") and "2024-06-04" in brief.stdout


def test_output_in_a_pipe_is_not_wrapped(home):
    result = onrecord("search", "gallium", env=home)
    [text] = [line for line in result.stdout.splitlines() if "gallium" in line]
    assert text.startswith("The two nations should cooperate") and text.endswith("global industry")


@pytest.mark.parametrize("words", ["onrecord --help", "onrecord se", "onrecord search --sp", "onrecord ingest --d"])
def test_help_and_completion_do_not_load_extraction_or_textual(words):
    """Extraction compiles its patterns on import (a fifth of a second): --help and every
    Tab press must not wait for it."""
    env = {**os.environ}
    args = "['--help']"
    if not words.endswith("--help"):
        env.update(_ONRECORD_COMPLETE="bash_complete", COMP_WORDS=words, COMP_CWORD=str(len(words.split()) - 1))
        args = "[]"
    code = ("import sys; from onrecord.tui.cli import main\n"
            "try:\n"
            f"    main({args}, prog_name='onrecord')\n"
            "except SystemExit:\n"
            "    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith(('onrecord.db.extract', 'textual'))), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert result.stdout.strip(), "nothing was printed: no help, no completion"
    assert result.stderr.strip() == "[]", result.stderr


def stored_documents(database) -> int:
    """How many documents another process has committed to `database` (0 before it exists)."""
    import sqlite3

    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=0.1) as connection:
            return connection.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_ctrl_c_exits_130_and_says_what_was_kept(tmp_path, home):
    from onrecord.db.demo import write_corpus

    corpus = tmp_path / "corpus"
    write_corpus(corpus, 3000, seed=3)
    database = tmp_path / "big.db"
    process = subprocess.Popen([sys.executable, "-m", "onrecord", "ingest", str(corpus), "--db", str(database)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=home)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and stored_documents(database) < 50:  # some are committed
        time.sleep(0.1)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "Interrupted:" in stderr and "documents stored whole; run the same command again to finish" in stderr
    assert "Traceback" not in stderr
