"""Where OnRecord keeps its database and finds its bundled seed reports."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs


def default_database() -> Path:
    """ONRECORD_DB if set, else onrecord.db in the user's data directory."""
    configured = os.environ.get("ONRECORD_DB")
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_data_dir("onrecord", appauthor=False)) / "onrecord.db"


def bundled_seeds() -> Path | None:
    """The seeds/ folder: beside the source in a checkout, under share/ in an install."""
    for candidate in (
        Path(__file__).resolve().parent.parent / "seeds",
        Path(sys.prefix) / "share" / "onrecord" / "seeds",
    ):
        if candidate.is_dir():
            return candidate
    return None
