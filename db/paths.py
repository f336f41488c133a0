"""Where OnRecord keeps its database and finds its bundled seed reports."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs


def default_database() -> Path:
    """onrecord.db in the user's data directory (ONRECORD_DB, when set, is a chosen file)."""
    return Path(platformdirs.user_data_dir("onrecord", appauthor=False)) / "onrecord.db"


def bundled_seeds() -> Path | None:
    """The bundled seed reports: package data (onrecord.seeds, the repository's seeds/
    folder), found wherever the package is installed: a checkout, a venv, `pip --user`."""
    try:
        folder = resources.files("onrecord.seeds")
    except ModuleNotFoundError:
        return None
    path = Path(os.fspath(folder)) if isinstance(folder, os.PathLike) else None
    if path is None:
        # A namespace package's files() is a MultiplexedPath: its first folder.
        path = Path(str(next(iter(folder.iterdir())).parent)) if folder.is_dir() else None
    return path if path and path.is_dir() and any(path.glob("*.txt")) else None
