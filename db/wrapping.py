"""Hard-wrapped plain text: wire copy cut into lines at a fixed width, mid-sentence.

Extraction reads such a report with its wrap breaks as spaces, and the app shows the
paragraph around a statement the same way; both need no more than this, so it stands
apart from the extractor (which the app does not load).
"""

from __future__ import annotations

# The marks that close a sentence (or a quote, or a heading with a colon) at a line's end.
CLOSING_MARKS = ".!?:\"”’')"


def _closes(line: str) -> bool:
    return line.rstrip()[-1:] in CLOSING_MARKS if line.strip() else False


# Plain-text wire copy cut into lines of at most this many characters.
_MAX_WRAP_WIDTH = 100


def unwrap(text: str) -> str:
    """`text` with the line breaks of a hard-wrapped report (plain-text wire copy cut at a
    fixed width, mid-sentence) made spaces: the same length, so every offset holds. Other
    reports, one paragraph per line, come back unchanged."""
    if text.count("\n") < 6:
        return text
    lines = text.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    width = lengths[3 * len(lengths) // 4]
    if width > _MAX_WRAP_WIDTH:
        return text  # one paragraph per line: most are longer than any wrap
    # A full line is wrapped unless it closes a sentence; one that ends on a closing mark is
    # wrapped too when the next line goes on in lower case, since no sentence starts so
    # ("… a select group of U.S." / "and South Korean soldiers …").
    following = lines[1:] + [""]
    wrapped = [len(line.rstrip()) >= 0.6 * width and (not _closes(line) or after[:1].islower())
               for line, after in zip(lines, following, strict=True)]
    # The sign of a wrap: a wrapped line, then a lower-case word.
    breaks = sum(1 for index, line in enumerate(lines[:-1])
                 if wrapped[index] and lines[index + 1][:1].islower())
    if breaks < 3:
        return text
    joined = [line + (" " if wrapped[index] and lines[index + 1].strip() else "\n")
              for index, line in enumerate(lines[:-1])]
    return "".join(joined) + lines[-1]
