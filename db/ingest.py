"""Ingesting files: read, extract and store each document, and account for every file.

A bad file, a bad line or a document extraction trips over is a one-line reason in the
summary and the rest of the batch goes on; only the database itself failing (read-only,
busy, full) stops it. Each document is stored all or nothing (a savepoint in a batch of
commits, see Store.batch), so whatever stops an ingest, what was stored stays whole and
running it again finishes the job.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path

from onrecord.db.documents import DocumentError, SourceDocument, iter_documents, iter_files
from onrecord.db.extract import extract
from onrecord.db.extract.topics import TopicListError
from onrecord.db.model import Extraction
from onrecord.db.store import IngestResult, Store


@dataclass
class IngestSummary:
    added: list[IngestResult] = field(default_factory=list)
    unchanged: list[IngestResult] = field(default_factory=list)
    # The same text found at another place: one more source of a stored document.
    new_sources: list[IngestResult] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # one line per failure
    notes: list[str] = field(default_factory=list)  # one line per caveat (read as Windows-1252)

    @property
    def statements(self) -> int:
        return sum(r.statements for r in self.added)

    @property
    def meetings(self) -> int:
        return sum(r.meetings for r in self.added)


# Extraction is pure Python and CPU-bound: past this many documents (files, or lines of a
# JSON lines file) it runs in worker processes, one per core, while this process writes.
PARALLEL_FROM_DOCUMENTS = 100
DOCUMENTS_PER_TASK = 16


def ingest_paths(store: Store, paths: Iterable[Path], topic_files: tuple[Path, ...] = (),
                 on_file: Callable[[Path], None] | None = None, workers: int | None = None,
                 on_document: Callable[[], None] | None = None,
                 documents: Iterable[SourceDocument] = ()) -> IngestSummary:
    """Ingest every supported file under `paths` (and any `documents` given as they are,
    e.g. read from standard input); a bad file is reported, never fatal. `on_document`
    is called once a document is stored or found already stored."""
    summary = IngestSummary()
    files = list(iter_files(list(paths), problems=summary.failed, notes=summary.notes))
    stream = chain(documents, _read(files, summary, on_file))
    # Enough documents to be worth the workers' start? Look at the first few.
    first = list(islice(stream, PARALLEL_FROM_DOCUMENTS))
    stream = chain(first, stream)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers > 1 and len(first) >= PARALLEL_FROM_DOCUMENTS:
        extracted = _extract_in_workers(store, stream, topic_files, workers)
    else:
        extracted = ((document, _extract(document, topic_files)) for document in stream)
    with store.batch(documents_per_commit=50):
        for document, outcome in extracted:
            if isinstance(outcome, str):
                summary.failed.append(outcome)
            else:
                result = store.ingest(document, outcome) if outcome is not None else \
                    store.ingest_known(document)
                {"added": summary.added, "another source": summary.new_sources}.get(
                    result.status, summary.unchanged).append(result)
            if on_document:
                on_document()
    if summary.added:
        store.refresh_search_terms()
    return summary


def _read(files: list[Path], summary: IngestSummary,
          on_file: Callable[[Path], None] | None) -> Iterator[SourceDocument]:
    for path in files:
        try:
            yield from iter_documents(path, problems=summary.failed, notes=summary.notes)
        except DocumentError as error:
            summary.failed.append(str(error))
        if on_file:
            on_file(path)


def _extract(document: SourceDocument, topic_files: tuple[Path, ...]) -> Extraction | str:
    """The extraction, or a one-line reason it failed (one document must not stop a batch)."""
    try:
        return extract(document.text, source=document.source, title=document.title,
                       published=document.published, topic_files=topic_files, url=document.url)
    except TopicListError:
        raise  # the user's topic list is wrong for every document: stop and say so
    except Exception as error:  # noqa: BLE001
        reason = " ".join(f"{type(error).__name__}: {error}".split())[:200]
        return f"{document.source}: could not extract statements ({reason}); please report this"


def _extract_in_workers(store: Store, documents: Iterator[SourceDocument], topic_files: tuple[Path, ...],
                        workers: int) -> Iterator[tuple[SourceDocument, Extraction | str | None]]:
    """Extract in worker processes, in order, a bounded number of documents ahead.

    Documents go to the workers in chunks: handing over one document at a time cost about
    as much as extracting it. Documents already stored are not extracted again (None), so
    re-ingesting is quick.
    """
    ahead: deque[tuple[list[SourceDocument], Future]] = deque()
    chunk: list[SourceDocument] = []
    with ProcessPoolExecutor(max_workers=workers, initializer=_die_with_parent, initargs=(os.getpid(),)) as pool:
        for document in documents:
            chunk.append(document)
            if len(chunk) == DOCUMENTS_PER_TASK:
                ahead.append((chunk, _submit(pool, store, chunk, topic_files)))
                chunk = []
                if len(ahead) >= workers * 4:
                    yield from _finished(ahead.popleft())
        if chunk:
            ahead.append((chunk, _submit(pool, store, chunk, topic_files)))
        while ahead:
            yield from _finished(ahead.popleft())


def _die_with_parent(parent: int) -> None:
    """In each worker: exit when the ingest that started it is gone, however it ended
    (kill -9 included). Otherwise a worker blocked writing its results to a pipe nobody
    reads stays alive as long as the machine runs."""
    try:  # Linux: the kernel signals the worker when its parent dies
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:  # everywhere else (and as a second guard): look every second
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="onrecord-parent-watch").start()


def _submit(pool: ProcessPoolExecutor, store: Store, documents: list[SourceDocument],
            topic_files: tuple[Path, ...]) -> Future:
    stored = [store.has_document(document.text) is not None for document in documents]
    if all(stored):  # nothing to extract: do not send the texts over
        done: Future = Future()
        done.set_result([None] * len(documents))
        return done
    return pool.submit(_extract_new, documents, topic_files, stored)


def _extract_new(documents: list[SourceDocument], topic_files: tuple[Path, ...],
                 stored: list[bool]) -> list[Extraction | str | None]:
    return [None if known else _extract(document, topic_files)
            for document, known in zip(documents, stored, strict=True)]


def _finished(task: tuple[list[SourceDocument], Future]) -> Iterator[tuple[SourceDocument, Extraction | str | None]]:
    documents, future = task
    yield from zip(documents, future.result(), strict=True)


def count_documents(paths: Iterable[Path]) -> int:
    """About how many documents the paths hold, for a progress bar: one per file, one per
    line of a JSON lines file (counted from its bytes, not parsed)."""
    total = 0
    for path in iter_files(list(paths)):
        if path.suffix.lower() != ".jsonl":
            total += 1
            continue
        try:
            with open(path, "rb") as lines:
                total += sum(chunk.count(b"\n") for chunk in iter(lambda: lines.read(1 << 20), b""))
        except OSError:
            total += 1
    return total
