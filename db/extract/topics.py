"""Tagging text with topics from the shipped topic list (db/extract/topics.toml) and the user's.

A topic matches when any of its keywords occurs as a whole word (case-insensitive; a
trailing * matches any ending; all-capital acronyms such as "AI" match case-sensitively
so that "said" never tags technology).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

BUNDLED_TOPICS = Path(__file__).with_name("topics.toml")


class TopicListError(Exception):
    """A topic file that cannot be used; the message is one line for the user."""


@dataclass(frozen=True)
class Topic:
    name: str
    keywords: tuple[str, ...]
    pattern: re.Pattern


def _keyword_pattern(keyword: str) -> str:
    prefix = keyword.endswith("*")
    body = re.escape(keyword.rstrip("*")).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?")
    body = body if not keyword.isupper() else f"(?-i:{body})"
    ending = r"[\w-]*" if prefix else r"(?![\w-])"
    return r"(?<![\w-])" + body + ending


def _load_file(path: Path) -> list[dict]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise TopicListError(f"{path}: cannot read topic list ({error})") from None
    entries = data.get("topic", [])
    for entry in entries:
        if not isinstance(entry.get("name"), str) or not isinstance(entry.get("keywords"), list):
            raise TopicListError(f"{path}: each [[topic]] needs a name and a keywords list")
    return entries


@lru_cache(maxsize=8)
def load_topics(extra: tuple[Path, ...] = ()) -> tuple[Topic, ...]:
    """The bundled topic list, extended by the user's topic files in order."""
    merged: dict[str, list[str]] = {}
    for path in (BUNDLED_TOPICS, *extra):
        for entry in _load_file(path):
            keywords = merged.setdefault(entry["name"], [])
            keywords.extend(k for k in entry["keywords"] if isinstance(k, str) and k not in keywords)
    return tuple(
        Topic(name, tuple(words), re.compile("|".join(_keyword_pattern(w) for w in words), re.I))
        for name, words in merged.items()
    )


def topics_in(text: str, topics: tuple[Topic, ...]) -> list[str]:
    return [topic.name for topic in topics if any(_counts(text, m) for m in topic.pattern.finditer(text))]


def _counts(text: str, match: re.Match) -> bool:
    """A lower-case keyword inside a proper name ("Finance Minister") is not the subject."""
    word = match.group()
    if not word[:1].isupper() or word.isupper():
        return True
    # The nearest word before, skipping the small words inside names ("Ministry of Economy
    # and Finance").
    previous = re.search(r"(\S+)\s+(?:(?:of|and|for|on|the|&)\s+)*$", text[:match.start()])
    following = re.match(r"\s+(\S+)", text[match.end():])
    in_name = (previous and previous.group(1)[:1].isupper() and previous.group(1)[-1] not in ".!?:") \
        or (following and following.group(1)[:1].isupper())
    return not in_name
