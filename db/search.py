"""What users type into a search box, turned into a safe FTS5 query.

Users write `gallium`, `"supply chains"`, `critical min*`, `climate AND tourism`,
`tourism NOT climate`, `(gallium OR graphite) AND supply`. Every word and phrase is
re-quoted for FTS5, so punctuation and FTS column syntax in the input can never change the
query's meaning; only AND, OR, NOT, parentheses and a trailing * act as operators.
Anything else that cannot be run is explained in one line (`QueryError`).
"""

from __future__ import annotations

import re

from onrecord.db.text import clean_text

OPERATORS = {"AND", "OR", "NOT"}
MIN_TYPED_PREFIX = 3
_TOKEN = re.compile(r'\s*(?:(?P<phrase>"[^"]*"?)|(?P<paren>[()])|(?P<word>[^\s"()]+))')
_WORD_CHARACTERS = re.compile(r"[\w]", re.UNICODE)
# Longer searches make FTS5 slow (quadratic) and deeper nesting overflows its parser.
MAX_QUERY_CHARACTERS = 2000
MAX_NESTING = 20


class QueryError(ValueError):
    """A search the user typed that cannot be run; the message says why, in one line."""


def shown(user_query: str, limit: int = 60) -> str:
    """A search as quoted in a message: one line, and not too long."""
    text = " ".join(clean_text(user_query).split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def to_fts_query(user_query: str, prefix_last: bool = False) -> str:
    """Translate a user's search into an FTS5 MATCH expression, or raise QueryError.

    `prefix_last` treats the last bare word as a prefix, for search-as-you-type.
    """
    # Stored text holds no control characters, so they can match nothing; FTS5 would
    # read a NUL as the end of the query.
    user_query = clean_text(user_query or "")
    if len(user_query) > MAX_QUERY_CHARACTERS:
        raise QueryError(f"A search can be at most {MAX_QUERY_CHARACTERS:,} characters; this one has {len(user_query):,}.")
    if not user_query.strip():
        raise QueryError("Type a word or a \"phrase\" to search for.")
    if user_query.count('"') % 2:
        raise QueryError('Unbalanced quote: close the phrase with another ".')
    parts: list[str] = []
    kinds: list[str] = []  # "term", "op", "(", ")"

    def implicit_and(kind: str) -> None:
        # FTS5 joins adjacent phrases with an implicit AND, but not a phrase and a group:
        # `gallium (urea OR graphite)` must be sent as `gallium AND (urea OR graphite)`.
        if kinds and kinds[-1] in ("term", ")") and (kind == "(" or kinds[-1] == ")"):
            parts.append("AND")
            kinds.append("op")

    depth = 0
    last_is_bare_word = False
    for match in _TOKEN.finditer(user_query):
        phrase, paren, word = match.group("phrase"), match.group("paren"), match.group("word")
        last_is_bare_word = bool(word) and word not in OPERATORS
        if phrase is not None:
            inner = phrase.strip('"').strip()
            if not _WORD_CHARACTERS.search(inner):
                raise QueryError("An empty phrase \"\" matches nothing: put words between the quotes.")
            implicit_and("term")
            parts.append(_quote(inner))
            kinds.append("term")
        elif paren == "(":
            depth += 1
            if depth > MAX_NESTING:
                raise QueryError(f"Too many parentheses inside each other (at most {MAX_NESTING}).")
            implicit_and("(")
            parts.append("(")
            kinds.append("(")
        elif paren == ")":
            depth -= 1
            if depth < 0:
                raise QueryError("Unbalanced parenthesis: there is a ) without its (.")
            parts.append(")")
            kinds.append(")")
        elif word in OPERATORS:
            parts.append(word)
            kinds.append("op")
        else:
            negated = word.startswith("-") and len(word) > 1
            prefix = word.endswith("*")
            core = word.lstrip("-").rstrip("*")
            if word.strip("-*") == "":
                raise QueryError(f"{shown(word, 20)} on its own is not a search: add a word (try tourism -climate).")
            if not _WORD_CHARACTERS.search(core):
                continue  # punctuation alone searches nothing; drop it
            if negated:
                parts.append("NOT")
                kinds.append("op")
            else:
                implicit_and("term")
            parts.append(_quote(core) + ("*" if prefix else ""))
            kinds.append("term")
    if depth > 0:
        raise QueryError("Unbalanced parenthesis: close it with ).")
    if "term" not in kinds:
        raise QueryError("Nothing to search for: use letters or numbers.")
    _check_operators(parts, kinds)
    if prefix_last and last_is_bare_word and kinds[-1] == "term" and parts[-1].endswith('"'):
        # While typing, the last word is a prefix once it has three letters: "c*" would
        # match nearly every statement and cost a full scan of the index on each keystroke.
        if len(parts[-1].strip('"')) >= MIN_TYPED_PREFIX:
            parts[-1] += "*"
        elif len(kinds) > 1 and kinds[-2] in ("term", ")"):
            # "working gr": the words so far, not "no matches" for the word "gr" at every
            # word the user starts. Alone ("EU") or once submitted, a short word is exact.
            parts.pop()
            kinds.pop()
    return " ".join(parts)


def _check_operators(parts: list[str], kinds: list[str]) -> None:
    for index, (part, kind) in enumerate(zip(parts, kinds, strict=True)):
        if kind != "op":
            continue
        before = kinds[index - 1] if index else None
        after = kinds[index + 1] if index + 1 < len(kinds) else None
        if after in (None, "op", ")"):
            raise QueryError(f"{part} needs a word after it.")
        if before in (None, "op", "("):
            hint = " (try: tourism NOT climate)" if part == "NOT" else ""
            raise QueryError(f"{part} needs a word before it{hint}.")
    for index in range(len(kinds) - 1):
        if kinds[index] == "(" and kinds[index + 1] == ")":
            raise QueryError("Empty parentheses () match nothing.")


HIGHLIGHT_START, HIGHLIGHT_END = "\x02", "\x03"


def split_highlights(marked: str) -> list[tuple[str, bool]]:
    """Split text that FTS5 marked with HIGHLIGHT_START/END into (piece, is_match) pairs.

    Stored text never contains these control characters (they are removed at ingest), so
    the markers cannot be forged by a document.
    """
    pieces: list[tuple[str, bool]] = []
    for index, chunk in enumerate(re.split(f"[{HIGHLIGHT_START}{HIGHLIGHT_END}]", marked)):
        if chunk:
            pieces.append((chunk, index % 2 == 1))
    return pieces
