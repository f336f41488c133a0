"""Start as the user launches it: the `onrecord` console script in a terminal, from a new
process, to its first frame and to its first rows; beside a one-widget Textual app launched
the same way (a Python script in the same terminal).

    python -m tests.bench.start --db FILE [--repeat 7]

Each run gets a new pseudo-terminal of 120x40. The app writes the wall-clock time of its
first frame and first rows when ONRECORD_START_CLOCK names a file (tui/start_clock.py) and
exits; the time counted is from just before the process is spawned.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from pathlib import Path

MINIMAL_APP = """
import os, time
from textual.app import App
from textual.widgets import Static

class Minimal(App):
    def compose(self):
        yield Static("hello")

    def on_mount(self):
        def note():
            with open(os.environ["ONRECORD_START_CLOCK"], "a") as clock:
                clock.write(f"frame {time.time()}\\n")
            self.exit()
        self.call_after_refresh(note)

Minimal().run()
"""


def in_a_terminal(command: list[str], timeout: float = 30.0) -> dict[str, float]:
    """Run `command` on a new 120x40 pseudo-terminal; seconds from spawn to each event."""
    with tempfile.TemporaryDirectory() as folder:
        clock = Path(folder) / "clock"
        primary, secondary = pty.openpty()
        fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        env = {**os.environ, "ONRECORD_START_CLOCK": str(clock), "TERM": "xterm-256color",
               "COLUMNS": "120", "LINES": "40"}
        drained = threading.Thread(target=_drain, args=(primary,), daemon=True)
        drained.start()
        spawned = time.time()
        process = subprocess.Popen(command, stdin=secondary, stdout=secondary, stderr=secondary,
                                   env=env, start_new_session=True)
        try:
            process.wait(timeout=timeout)
        finally:
            if process.poll() is None:
                process.kill()
            os.close(secondary)
        events = {}
        for line in clock.read_text().splitlines() if clock.exists() else []:
            name, at = line.split()
            events[name] = float(at) - spawned
        os.close(primary)
        return events


def _drain(primary: int) -> None:
    """Read what the app draws, as a terminal would (a full pty would block it)."""
    try:
        while os.read(primary, 65536):
            pass
    except OSError:
        pass


def median_p95(samples: list[float]) -> tuple[float, float]:
    samples = sorted(samples)
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.95))]


def measure(database: Path, repeat: int) -> dict[str, tuple[float, float]]:
    script = shutil.which("onrecord") or sys.exit("the onrecord console script is not on PATH")
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as minimal:
        minimal.write(MINIMAL_APP)
    frames, rows, minimal_frames = [], [], []
    try:
        for _ in range(repeat):
            onrecord = in_a_terminal([script, "--db", str(database)])
            if "rows" not in onrecord:
                sys.exit(f"onrecord showed no rows on {database}: {onrecord}")
            frames.append(onrecord["frame"])
            rows.append(onrecord["rows"])
            minimal_frames.append(in_a_terminal([sys.executable, minimal.name])["frame"])
    finally:
        os.unlink(minimal.name)
    return {"first frame": median_p95(frames), "first rows": median_p95(rows),
            "minimal app": median_p95(minimal_frames)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    figures = measure(args.db, args.repeat)
    minimal = figures["minimal app"][0]
    for name, (median, p95) in figures.items():
        print(f"{name}: median {median:.3f} s, p95 {p95:.3f} s")
    print(f"ratio to the minimal app (medians): first frame {figures['first frame'][0] / minimal:.2f},"
          f" first rows {figures['first rows'][0] / minimal:.2f} (target ≤ 1.5)")


if __name__ == "__main__":
    main()
