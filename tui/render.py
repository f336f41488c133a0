"""Turning stored text into Rich `Text` safely: document text is never parsed as markup."""

from __future__ import annotations

import json

from rich.text import Text

from onrecord.db.search import split_highlights
from onrecord.db.text import UNSAFE_CHARACTERS, clean_text, mask_unsafe

MATCH_STYLE = "bold black on yellow"


def safe(text: str | None, style: str = "") -> Text:
    """Untrusted text as a Text object, control characters removed again for display."""
    return Text(clean_text(text or ""), style=style)


def safe_spans(text: str | None, style: str = "") -> Text:
    """Like `safe`, but each unsafe character is masked rather than removed, so character
    spans stored for the text still point at the same words when stylized."""
    return Text(mask_unsafe(text or ""), style=style)


def terminal_safe_json(data: object) -> str:
    """JSON for a terminal: the same data, with every character that could act on the
    terminal (C1 controls, bidi overrides; json escapes C0 itself) written as a \\u escape."""
    text = json.dumps(data, indent=2, ensure_ascii=False)
    return UNSAFE_CHARACTERS.sub(lambda match: f"\\u{ord(match[0]):04x}", text)


def highlighted(marked: str | None, plain: str, style: str = "") -> Text:
    """Text with FTS matches styled; `marked` carries FTS highlight markers, if searched."""
    if not marked:
        return safe(plain, style)
    result = Text(style=style)
    for piece, is_match in split_highlights(marked):
        result.append(clean_text(piece), style=MATCH_STYLE if is_match else "")
    return result


def plural(count: int, noun: str, grouped: bool = True) -> str:
    """"1 statement", "2,000 statements" ("2000 statements" not `grouped`, for output
    other programs read)."""
    return (f"{count:,}" if grouped else str(count)) + f" {noun}{'' if count == 1 else 's'}"
