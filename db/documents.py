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

SUPPORTED_SUFFIXES = {".txt", ".text", ".md", ".jsonl", ".ndjson", ".html", ".htm"}
MAX_FILE_BYTES = 20 * 1024 * 1024
MIN_ARTICLE_WORDS = 15


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


def read_path(path: Path, problems: list[str] | None = None) -> list[SourceDocument]:
    """Read one file into one or more documents (a JSON lines file holds many).

    A JSON lines file with bad lines raises on the first one, unless `problems` is given:
    then each bad line is reported there and the good lines are still read.
    """
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
        return list(read_json_lines(text, source, problems))
    if path.suffix.lower() in {".html", ".htm"}:
        return [read_html(text, source)]
    if not text.strip():
        raise DocumentError(f"{source}: the file is empty")
    return [SourceDocument(source=source, text=clean_text(text))]


def read_json_lines(text: str, source: str,
                    problems: list[str] | None = None) -> Iterator[SourceDocument]:
    """One document per line: {"text": ..., "title"?, "url"?, "published"?}."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("text"), str) \
                    or not record["text"].strip():
                raise DocumentError(f"{source}:{number}: a record needs a non-empty \"text\" string")
        except (json.JSONDecodeError, DocumentError) as error:
            message = str(error) if isinstance(error, DocumentError) else \
                f"{source}:{number}: not JSON ({error.msg})"
            if problems is None:
                raise DocumentError(message) from None
            problems.append(message)
            continue
        url = record.get("url") if isinstance(record.get("url"), str) else None
        yield SourceDocument(
            source=url or f"{source}#{number}",
            text=clean_text(record["text"]),
            title=_optional_text(record.get("title")),
            published=_optional_text(record.get("published")),
            url=url,
        )


def read_html(html: str, source: str) -> SourceDocument:
    """The article in a web page, with its title, date and canonical URL (via trafilatura)."""
    import trafilatura  # imported on first use: it takes a while and most inputs are text

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False)
    data = (extracted if isinstance(extracted, dict) else extracted.as_dict()) if extracted else {}
    text = clean_text(data.get("text") or "")
    # Navigation crumbs alone are not an article: ask for at least a few sentences' worth.
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise DocumentError(f"{source}: no article text found in this HTML page")
    url = data.get("url") if isinstance(data.get("url"), str) else None
    return SourceDocument(source=url or source, text=text, title=_optional_text(data.get("title")),
                          published=_optional_text(data.get("date")), url=url)


def _optional_text(value: object) -> str | None:
    return clean_text(value).strip() or None if isinstance(value, str) else None
