"""When the app was first usable, for the start benchmark (tests/bench/start.py).

With ONRECORD_START_CLOCK=FILE in the environment, the app appends "frame T" once its first
frame is painted and "rows T" once its first rows are, T being time.time(), and then exits:
so the benchmark can time the console script as the user launches it, in a terminal, from
a new process. Without the variable nothing happens.
"""

from __future__ import annotations

import os
import time

from textual.app import App

_VARIABLE = "ONRECORD_START_CLOCK"


def wanted() -> bool:
    return bool(os.environ.get(_VARIABLE))


def note_after_paint(app: App, event: str) -> None:
    """Write the time of the next frame as `event`; after the first rows, exit."""
    def note() -> None:
        with open(os.environ[_VARIABLE], "a", encoding="utf-8") as clock:
            clock.write(f"{event} {time.time()}\n")
        if event == "rows":
            app.exit()
    app.call_after_refresh(note)
