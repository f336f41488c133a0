"""Ingesting files: read, extract and store each document, and account for every file.

A bad file, a bad line or a document extraction trips over is a one-line reason in the
summary and the rest of the batch goes on; only the database itself failing (read-only,
busy, full) stops it. Each document is stored in its own transaction, so whatever stops
an ingest, what was stored stays whole and running it again finishes the job.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from db.documents import DocumentError, SourceDocument, iter_documents, iter_files
from db.extract import extract
from db.extract.topics import TopicListError
from db.store import IngestResult, Store


@dataclass
class IngestSummary:
    added: list[IngestResult] = field(default_factory=list)
    unchanged: list[IngestResult] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # one line per failure
    notes: list[str] = field(default_factory=list)  # one line per caveat (read as Windows-1252)

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
    for path in iter_files(list(paths), problems=summary.failed, notes=summary.notes):
        try:
            for document in iter_documents(path, problems=summary.failed, notes=summary.notes):
                _ingest_document(store, document, topic_files, summary)
        except DocumentError as error:
            summary.failed.append(str(error))
        if on_file:
            on_file(path)
    return summary


def _ingest_document(store: Store, document: SourceDocument, topic_files: tuple[Path, ...],
                     summary: IngestSummary) -> None:
    try:
        extraction = extract(document.text, source=document.source, title=document.title,
                             published=document.published, topic_files=topic_files)
    except TopicListError:
        raise  # the user's topic list is wrong for every document: stop and say so
    except Exception as error:  # noqa: BLE001 - one document must not stop the batch
        reason = " ".join(f"{type(error).__name__}: {error}".split())[:200]  # one line
        summary.failed.append(f"{document.source}: could not extract statements ({reason}); "
                              "please report this")
        return
    result = store.ingest(document, extraction)
    (summary.added if result.status == "added" else summary.unchanged).append(result)


def count_files(paths: Iterable[Path]) -> int:
    return sum(1 for _ in iter_files(list(paths)))
