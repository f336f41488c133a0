"""Reading files into documents: the seed format, plain text and JSON lines.

A reader returns `SourceDocument`s whose `text` is what extraction and the store see;
every character offset OnRecord records points into that text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from db.text import clean_text

SUPPORTED_SUFFIXES = {".txt", ".text", ".md", ".jsonl", ".ndjson"}
MAX_FILE_BYTES = 20 * 1024 * 1024


class DocumentError(Exception):
    """A file that cannot be read as a document; the message is one line for the user."""


@dataclass
class SourceDocument:
    source: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None


def iter_files(paths: list[Path]) -> Iterator[Path]:
    """Expand folders into the supported files inside them, sorted, each file once."""
    seen: set[Path] = set()
    for path in paths:
        candidates = [path] if not path.is_dir() else sorted(
            p for p in path.rglob("*") if p.suffix.lower() in SUPPORTED_SUFFIXES
        )
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                yield candidate


def decode(data: bytes, source: str) -> str:
    if b"\x00" in data[:4096]:
        raise DocumentError(f"{source}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DocumentError(
            f"{source}: not valid UTF-8 (byte {error.start}); convert it to UTF-8 first"
        ) from None


def read_path(path: Path) -> list[SourceDocument]:
    """Read one file into one or more documents (a JSON lines file holds many)."""
    source = str(path.resolve())
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DocumentError(f"{source}: {size // 1_000_000} MB is too large for one report")
        data = path.read_bytes()
    except OSError as error:
        raise DocumentError(f"{source}: cannot read ({error.strerror or error})") from None
    text = decode(data, source)
    if path.suffix.lower() in {".jsonl", ".ndjson"}:
        return list(read_json_lines(text, source))
    if not text.strip():
        raise DocumentError(f"{source}: the file is empty")
    return [SourceDocument(source=source, text=clean_text(text))]


def read_json_lines(text: str, source: str) -> Iterator[SourceDocument]:
    """One document per line: {"text": ..., "title"?, "url"?, "published"?}."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise DocumentError(f"{source}:{number}: not JSON ({error.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise DocumentError(f"{source}:{number}: a record needs a \"text\" string")
        url = record.get("url") if isinstance(record.get("url"), str) else None
        yield SourceDocument(
            source=url or f"{source}#{number}",
            text=clean_text(record["text"]),
            title=_optional_text(record.get("title")),
            published=_optional_text(record.get("published")),
            url=url,
        )


def _optional_text(value: object) -> str | None:
    return clean_text(value).strip() or None if isinstance(value, str) else None
