"""Processes left behind by a killed ingest (issue: fast on any corpus).

    python -m tests.bench.killed_ingest [--kills 5] [--reports 3000]

Starts `onrecord ingest` (the console script's code, in a new process) on generated
reports, waits until its worker processes run, kills it with SIGKILL, and counts the
workers still alive after 15 s, and how long the last of them took to go. Each kill comes a
little later in the ingest than the one before. Target: 0 processes left.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from onrecord.db.demo import write_corpus

ROOT = Path(__file__).resolve().parents[2]


def descendants(pid: int) -> set[int]:
    """Every process below `pid` (Linux /proc)."""
    found, queue = set(), [pid]
    while queue:
        current = queue.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                if child not in found:
                    found.add(child)
                    queue.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        return "Z" not in Path(f"/proc/{pid}/stat").read_text().split()[2]
    except OSError:
        return False


def one_kill(corpus: Path, database: Path, wait: float) -> tuple[int, int, float]:
    """(workers seen, workers left after 15 s, seconds until the last one went)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("ONRECORD_DB", None)
    process = subprocess.Popen([sys.executable, "-c", "from onrecord.tui.cli import main; main()",
                                "--db", str(database), "ingest", str(corpus)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 2:
        workers = descendants(process.pid)
        time.sleep(0.05)
    time.sleep(wait)
    workers |= descendants(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    killed = time.monotonic()
    gone_after = 0.0
    while time.monotonic() < killed + 15 and any(alive(pid) for pid in workers):
        time.sleep(0.05)
        gone_after = time.monotonic() - killed
    left = [pid for pid in workers if alive(pid)]
    for pid in left:  # leave the machine as it was
        os.kill(pid, signal.SIGKILL)
    return len(workers), len(left), gone_after


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--reports", type=int, default=3000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "reports"
        write_corpus(corpus, args.reports, seed=11)
        for number in range(args.kills):
            seen, left, gone = one_kill(corpus, Path(folder) / f"killed-{number}.db", wait=0.2 * number)
            print(f"kill {number + 1}: {seen} workers running, {left} left after 15 s "
                  f"(the last went {gone:.2f} s after the kill)")


if __name__ == "__main__":
    main()
