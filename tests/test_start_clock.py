"""The start benchmark times the console script in a real terminal (tests/bench/start.py);
this checks the app still reports its first frame and first rows there, and exits."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.bench.start import in_a_terminal


def test_the_app_in_a_terminal_reports_its_first_frame_then_its_first_rows(seeded_db: Path):
    events = in_a_terminal([sys.executable, "-m", "onrecord", "--db", str(seeded_db)], timeout=60)
    assert set(events) == {"frame", "rows"}
    assert 0 < events["frame"] <= events["rows"] < 60
