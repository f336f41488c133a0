"""Cleaning untrusted document text before it is stored or shown.

Document text is data. Terminal control sequences, C0/C1 controls, bidi overrides and
zero-width characters are removed so that nothing in a report can act on a terminal or
disguise what it says. Rich/Textual markup is left alone here: it is harmless text as long
as the UI never interprets it (see tui/), and it is part of what was written.
"""

from __future__ import annotations

import re

# Whole escape sequences first, so "\x1b[2J" disappears rather than leaving "[2J" behind.
_ANSI_SEQUENCE = re.compile(
    r"""
    \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?   # OSC ... BEL or ST (title, clipboard, hyperlinks)
  | \x1b[P^_X][^\x1b]*(?:\x1b\\)?        # DCS / PM / APC / SOS strings
  | \x1b\[[0-?]*[ -/]*[@-~]              # CSI (cursor, colours, clear screen)
  | \x1b[@-Z\\-_]                        # other two-byte escapes
  | \x9b[0-?]*[ -/]*[@-~]                # 8-bit CSI
    """,
    re.VERBOSE,
)
# C0 except tab and newline, DEL, C1, bidi embedding/override/isolate marks, zero-width
# characters, the BOM, and lone surrogates (a JSON "\ud800" decodes to one; it is not
# text and cannot be encoded, stored or hashed).
UNSAFE_CHARACTERS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    "\ud800-\udfff]"
)


def clean_text(text: str) -> str:
    """Return `text` with line endings normalised and control sequences removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ANSI_SEQUENCE.sub("", text)
    return UNSAFE_CHARACTERS.sub("", text)


def mask_unsafe(text: str) -> str:
    """`text` with each unsafe character replaced by U+FFFD, so offsets into it still hold.

    For showing text whose character spans are known (a statement in its paragraph): what
    OnRecord ingested has nothing to mask, but a database another program wrote might.
    """
    return UNSAFE_CHARACTERS.sub("\ufffd", text)
