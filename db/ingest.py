"""Ingesting files: read, extract and store each document, and account for every file."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from db.documents import DocumentError, iter_files, read_path
from db.extract import extract
from db.store import IngestResult, Store


@dataclass
class IngestSummary:
    added: list[IngestResult] = field(default_factory=list)
    unchanged: list[IngestResult] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # one line per failure

    @property
    def statements(self) -> int:
        return sum(r.statements for r in self.added)

    @property
    def meetings(self) -> int:
        return sum(r.meetings for r in self.added)


def ingest_paths(store: Store, paths: Iterable[Path], topic_files: tuple[Path, ...] = (),
                 on_file: Callable[[Path], None] | None = None) -> IngestSummary:
    """Ingest every supported file under `paths`; a bad file is reported, never fatal."""
    summary = IngestSummary()
    for path in iter_files(list(paths)):
        try:
            for document in read_path(path, problems=summary.failed):
                extraction = extract(document.text, source=document.source,
                                     title=document.title, published=document.published,
                                     topic_files=topic_files)
                result = store.ingest(document, extraction)
                (summary.added if result.status == "added" else summary.unchanged).append(result)
        except DocumentError as error:
            summary.failed.append(str(error))
        if on_file:
            on_file(path)
    return summary


def count_files(paths: Iterable[Path]) -> int:
    return sum(1 for _ in iter_files(list(paths)))
