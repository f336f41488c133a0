"""Reading files into documents: the seed format, plain text, HTML and JSON lines.

A reader returns `SourceDocument`s whose `text` is what extraction and the store see;
every character offset OnRecord records points into that text. Whatever a folder holds,
reading never stops at a bad file: each one is a one-line reason (`DocumentError`, or a
line in `problems`), and a file read with a caveat (not UTF-8) is a line in `notes`.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from onrecord.db.text import clean_text

SUPPORTED_SUFFIXES = {".txt", ".text", ".md", ".jsonl", ".ndjson", ".html", ".htm"}
JSON_LINES_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
# One report, or one line of a JSON lines file; a JSON lines file may be any size.
MAX_FILE_BYTES = 20_000_000
MIN_ARTICLE_WORDS = 15
# A byte-order mark says the encoding; UTF-32 before UTF-16, whose mark it starts with.
_BYTE_ORDER_MARKS = [(codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
                     (codecs.BOM_UTF32_LE, "utf-32", "utf-32"), (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16", "utf-16"), (codecs.BOM_UTF16_BE, "utf-16", "utf-16")]
# Tried in order when a file is not UTF-8: Windows-1252 is what most such news text is
# (curly quotes at 0x93/0x94); Latin-1 decodes any byte, so it comes last.
_FALLBACKS = [("cp1252", "windows-1252", "Windows-1252"), ("latin-1", "latin-1", "Latin-1")]
# Control characters text files do not hold (white space they do, and a hostile report may
# hold a few escape sequences): many of these mean a binary file.
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x80-\x9f]")


class DocumentError(Exception):
    """A file that cannot be read as a document; the message is one line for the user."""


@dataclass
class SourceDocument:
    source: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    encoding: str = "utf-8"  # how the file's bytes were decoded


# -- finding files -----------------------------------------------------------------------


def iter_files(paths: list[Path], problems: list[str] | None = None,
               notes: list[str] | None = None) -> Iterator[Path]:
    """Expand folders into the supported files inside them, sorted, each file once.

    A folder that cannot be opened is reported in `problems`; a link back to a folder
    already being read (a symlink loop) is skipped and noted in `notes`.
    """
    seen_files: set = set()
    seen_folders: set[tuple[int, int]] = set()
    for path in paths:
        if _is_folder(path):
            yield from _walk(path, seen_files, seen_folders, problems, notes)
        elif _first_time(path, seen_files):
            yield path


def _walk(folder: Path, seen_files: set, seen_folders: set[tuple[int, int]],
          problems: list[str] | None, notes: list[str] | None) -> Iterator[Path]:
    try:
        status = folder.stat()
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        _report(problems, f"{os.path.abspath(folder)}: cannot open the folder ({error.strerror or error})")
        return
    if (status.st_dev, status.st_ino) in seen_folders:
        _report(notes, f"{os.path.abspath(folder)}: skipped, a link to a folder already read")
        return
    seen_folders.add((status.st_dev, status.st_ino))
    for entry in entries:
        path = Path(entry.path)
        if _is_folder(path):
            yield from _walk(path, seen_files, seen_folders, problems, notes)
        elif path.suffix.lower() in SUPPORTED_SUFFIXES and _first_time(path, seen_files):
            yield path


def _is_folder(path: Path) -> bool:
    try:
        return stat.S_ISDIR(path.stat().st_mode)
    except OSError:  # a broken link or a link loop: reading it will say which
        return False


def _first_time(path: Path, seen: set) -> bool:
    try:
        status = path.stat()
        key: object = (status.st_dev, status.st_ino)
    except OSError:
        key = os.path.abspath(path)
    if key in seen:
        return False
    seen.add(key)
    return True


def _report(lines: list[str] | None, message: str) -> None:
    if lines is not None:
        lines.append(message)


def _name(path: Path) -> str:
    """The absolute path a report is known by (its target, when it is a link)."""
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):  # a link loop (RuntimeError before Python 3.13)
        return os.path.abspath(path)


# -- reading one file --------------------------------------------------------------------


def read_path(path: Path, problems: list[str] | None = None,
              notes: list[str] | None = None) -> list[SourceDocument]:
    """Read one file into one or more documents (a JSON lines file holds many).

    A JSON lines file with bad lines raises on the first one, unless `problems` is given:
    then each bad line is reported there and the good lines are still read.
    """
    return list(iter_documents(path, problems, notes))


def iter_documents(path: Path, problems: list[str] | None = None,
                   notes: list[str] | None = None) -> Iterator[SourceDocument]:
    """The documents in one file, one at a time (a JSON lines file is read line by line,
    so its size is not limited, only each line's)."""
    source = _name(path)
    _check_regular_file(path, os.path.abspath(path))  # a broken link is named, not its target
    if path.suffix.lower() in JSON_LINES_SUFFIXES:
        yield from read_json_lines_file(path, source, problems, notes)
        return
    text, encoding = decode(_read_bounded(path, source), source)
    if not clean_text(text).strip():
        raise DocumentError(f"{source}: the file is empty")
    if is_fallback(encoding):
        _report(notes, _fallback_note(source, encoding))
    if path.suffix.lower() in HTML_SUFFIXES:
        document = read_html(text, source)
        document.encoding = encoding
        yield document
        return
    yield SourceDocument(source=source, text=clean_text(text), encoding=encoding)


def _check_regular_file(path: Path, source: str) -> None:
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise DocumentError(f"{source}: cannot read ({error.strerror or error})") from None
    if stat.S_ISDIR(mode):
        raise DocumentError(f"{source}: is a folder, not a file")
    if not stat.S_ISREG(mode):
        # A device (/dev/zero never ends) or a pipe (waits for a writer) is not a report.
        raise DocumentError(f"{source}: not a regular file")


def _too_large(source: str, size: int) -> DocumentError:
    return DocumentError(f"{source}: {size / 1_000_000:.0f} MB is too large for one report "
                         f"(at most {MAX_FILE_BYTES / 1_000_000:g} MB); split it, or use JSON lines")


def _read_bounded(path: Path, source: str) -> bytes:
    """The file's bytes, never more than MAX_FILE_BYTES of them in memory."""
    try:
        with path.open("rb") as file:
            size = os.fstat(file.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise _too_large(source, size)
            # read(n) sets aside n bytes at once: ask for what the file holds, not the limit.
            data = file.read(size + 1)
            if len(data) > size:  # it grew since: read on, up to the limit
                data += file.read(MAX_FILE_BYTES + 1 - len(data))
    except OSError as error:
        raise DocumentError(f"{source}: cannot read ({error.strerror or error})") from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(source, len(data))
    return data


def is_fallback(encoding: str) -> bool:
    """Whether the text was decoded by a guess (said in a note), not UTF-8 or a BOM's."""
    return encoding not in ("utf-8", "utf-16", "utf-32")


def _fallback_note(where: str, encoding: str) -> str:
    label = next((label for _, name, label in _FALLBACKS if name == encoding), encoding)
    return f"{where}: not valid UTF-8, read as {label}; check its accented letters and quote marks"


def decode(data: bytes, source: str) -> tuple[str, str]:
    """The text in `data` and the encoding it was read in.

    A byte-order mark's encoding first, then UTF-8; otherwise charset-normalizer's best
    guess (UTF-16 without a mark, Cyrillic Windows-1251, Shift JIS …), which the caller
    reports so nothing is decoded in silence; Windows-1252 when it has none. Bytes that
    decode only to control characters are a binary file, not text.
    """
    for mark, codec, name in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data.decode(codec), name
            except UnicodeDecodeError:
                raise DocumentError(f"{source}: starts as {name.upper()} text but is not valid {name.upper()}") from None
    if b"\x00" in data[:4096]:
        # UTF-16 without a byte-order mark (every other byte zero for Latin text), or binary.
        codec = _utf16_without_mark(data)
        if codec:
            try:
                return _text_not_binary(data.decode(codec), source), codec
            except UnicodeDecodeError:
                pass
        raise DocumentError(f"{source}: looks like a binary file, not text")
    try:
        return _text_not_binary(data.decode("utf-8"), source), "utf-8"
    except UnicodeDecodeError:
        pass
    # Western text with a few accents and curly quotes is Windows-1252; the detector is
    # unsure on so few bytes. Text that is mostly beyond ASCII (Cyrillic, Greek, Asian)
    # is the detector's to name.
    if _mostly_ascii_letters(data):
        codec_order = _FALLBACKS
    else:
        guessed = _guess_encoding(data)
        if guessed:
            return _text_not_binary(data.decode(guessed, errors="strict"), source), guessed
        codec_order = _FALLBACKS
    for codec, name, _ in codec_order:
        try:
            return _text_not_binary(data.decode(codec), source), name
        except UnicodeDecodeError:
            continue
    raise AssertionError("Latin-1 decodes every byte")  # pragma: no cover


def _utf16_without_mark(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    half = len(sample) // 2
    zeros_even, zeros_odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    if zeros_odd > 0.3 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.3 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


def _mostly_ascii_letters(data: bytes) -> bool:
    letters = sum(1 for byte in data[:65536] if byte >= 0x80 or 0x41 <= (byte | 0x20) - 0x20 <= 0x5a)
    beyond = sum(1 for byte in data[:65536] if byte >= 0x80)
    return beyond <= 0.3 * max(1, letters)


def _guess_encoding(data: bytes) -> str | None:
    """charset-normalizer's encoding for bytes that are not UTF-8, if it finds text in them
    (a maintained detector; trafilatura already depends on it)."""
    from charset_normalizer import from_bytes  # imported when a file is not UTF-8

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        return None
    return codecs.lookup(best.encoding).name


def _text_not_binary(text: str, source: str) -> str:
    sample = text[:65536]
    if len(_BINARY_CONTROLS.findall(sample)) > max(2, len(sample) // 20):
        raise DocumentError(f"{source}: looks like a binary file, not text")
    return text


# -- the formats -------------------------------------------------------------------------


def read_json_lines_file(path: Path, source: str, problems: list[str] | None = None,
                         notes: list[str] | None = None) -> Iterator[SourceDocument]:
    """One document per line: {"text": ..., "title"?, "url"?, "published"?}, read a line at
    a time. A bad line raises, or is reported in `problems` with its number."""
    try:
        with path.open("rb") as file:
            if b"\x00" in file.read(4096):
                raise DocumentError(f"{source}: looks like a binary file, not JSON lines")
            file.seek(0)
            yield from _json_lines(file, source, problems, notes)
    except OSError as error:
        raise DocumentError(f"{source}: cannot read ({error.strerror or error})") from None


def _json_lines(file: BinaryIO, source: str, problems: list[str] | None,
                notes: list[str] | None) -> Iterator[SourceDocument]:
    records = 0
    for number, line in enumerate(_bounded_lines(file), start=1):
        if line is None:
            _bad_line(problems, DocumentError(
                f"{source}:{number}: the line is longer than {MAX_FILE_BYTES / 1_000_000:g} MB, "
                "too long for one report"))
            continue
        if not line.strip():
            continue
        records += 1
        text, encoding = _decode_line(line)
        if encoding != "utf-8":
            _report(notes, _fallback_note(f"{source}:{number}", encoding))
        try:
            yield _json_record(text, source, number, encoding)
        except DocumentError as error:
            _bad_line(problems, error)
    if not records:
        raise DocumentError(f"{source}: the file is empty")


def read_stream(stream: BinaryIO, source: str = "<stdin>", problems: list[str] | None = None,
                notes: list[str] | None = None) -> Iterator[SourceDocument]:
    """Documents piped in (`onrecord ingest -`): JSON lines if it starts with "{", read a
    line at a time; else one report, as HTML if it starts with "<", else plain text."""
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)
    head = buffered.peek(4096)[:4096].lstrip()
    if head.startswith(b"{"):
        yield from _json_lines(buffered, source, problems, notes)
        return
    data = buffered.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(source, len(data))
    text, encoding = decode(data, source)
    if not clean_text(text).strip():
        raise DocumentError(f"{source}: nothing was read")
    if is_fallback(encoding):
        _report(notes, _fallback_note(source, encoding))
    if text.lstrip().startswith("<"):
        document = read_html(text, source)
        document.encoding = encoding
        yield document
        return
    yield SourceDocument(source=source, text=clean_text(text), encoding=encoding)


def _bounded_lines(file) -> Iterator[bytes | None]:
    """Lines of a binary file, None for a line longer than MAX_FILE_BYTES (skipped unread)."""
    while line := file.readline(MAX_FILE_BYTES + 1):
        if len(line) > MAX_FILE_BYTES and not line.endswith(b"\n"):
            while (rest := file.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _decode_line(line: bytes) -> tuple[str, str]:
    for codec, name in [("utf-8-sig", "utf-8")] + [(c, n) for c, n, _ in _FALLBACKS]:
        try:
            return line.decode(codec), name
        except UnicodeDecodeError:
            continue
    raise AssertionError("Latin-1 decodes every byte")  # pragma: no cover


def _bad_line(problems: list[str] | None, error: DocumentError) -> None:
    if problems is None:
        raise error
    problems.append(str(error))


def _json_record(line: str, source: str, number: int, encoding: str) -> SourceDocument:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise DocumentError(f"{source}:{number}: not JSON ({error.msg})") from None
    except RecursionError:
        raise DocumentError(f"{source}:{number}: not JSON (nested too deeply)") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) \
            or not record["text"].strip():
        raise DocumentError(f"{source}:{number}: a record needs a non-empty \"text\" string")
    url = record.get("url") if isinstance(record.get("url"), str) else None
    url = clean_text(url).strip() or None if url else None
    text = clean_text(record["text"])
    if not text.strip():
        raise DocumentError(f"{source}:{number}: a record needs a non-empty \"text\" string")
    return SourceDocument(
        source=url or f"{source}#{number}",
        text=text,
        title=_optional_text(record.get("title")),
        published=published_date(_optional_text(record.get("published"))),
        url=url,
        encoding=encoding,
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
    url = clean_text(url).strip() or None if url else None
    return SourceDocument(source=url or source, text=text, title=_optional_text(data.get("title")),
                          published=published_date(_optional_text(data.get("date"))), url=url)


def _optional_text(value: object) -> str | None:
    return clean_text(value).strip() or None if isinstance(value, str) else None


_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_WRITTEN_DATE = re.compile(
    r"(?i)\b(?:(?P<month>[a-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})"
    r"|(?P<day2>\d{1,2})\s+(?P<month2>[a-z]{3,9})\.?,?\s+(?P<year2>\d{4}))\b")


def published_date(value: str | None) -> str | None:
    """A publication date as an ISO day, from the forms web pages and feeds use: ISO
    ("2024-06-04T09:00:00Z"), RFC 2822 ("Tue, 04 Jun 2024 09:00:00 GMT"), written out
    ("June 4, 2024", "4 June 2024"). None when it is none of them: never a guess."""
    if not value:
        return None
    from datetime import date
    from email.utils import parsedate_to_datetime

    text = value.strip()
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    match = _WRITTEN_DATE.search(text)
    if match:
        month = _MONTHS.get((match.group("month") or match.group("month2")).lower()[:3])
        try:
            return date(int(match.group("year") or match.group("year2")), month or 0,
                        int(match.group("day") or match.group("day2"))).isoformat()
        except ValueError:
            return None
    return None
