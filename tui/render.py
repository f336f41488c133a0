"""Turning stored text into Rich `Text` safely: document text is never parsed as markup."""

from __future__ import annotations

from rich.text import Text

from db.search import split_highlights
from db.text import clean_text

MATCH_STYLE = "bold black on yellow"


def safe(text: str | None, style: str = "") -> Text:
    """Untrusted text as a Text object, control characters removed again for display."""
    return Text(clean_text(text or ""), style=style)


def highlighted(marked: str | None, plain: str, style: str = "") -> Text:
    """Text with FTS matches styled; `marked` carries FTS highlight markers, if searched."""
    if not marked:
        return safe(plain, style)
    result = Text(style=style)
    for piece, is_match in split_highlights(marked):
        result.append(clean_text(piece), style=MATCH_STYLE if is_match else "")
    return result
