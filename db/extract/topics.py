"""Tagging text with topics from the shipped topic list (db/extract/topics.toml) and the user's.

A topic matches when any of its keywords occurs as a whole word (case-insensitive; a
trailing * matches any ending; all-capital acronyms such as "AI" match case-sensitively
so that "said" never tags technology).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

BUNDLED_TOPICS = Path(__file__).with_name("topics.toml")


class TopicListError(Exception):
    """A topic file that cannot be used; the message is one line for the user."""


@dataclass(frozen=True)
class Topic:
    name: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class _Keyword:
    words: tuple[str, ...]  # lower-cased, hyphens split like the text's
    prefix: bool  # the last word is a prefix ("export*")
    acronym: bool  # written in capitals: matches only in capitals ("AI", not "ai")
    topic: str


_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_SENTENCE_END = re.compile(r"[.!?:]\s*$")


_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
# (the same tokens in a text without "_", found faster with no negated class)
_PLAIN_TOKEN_SPLIT = re.compile(r"(\w+(?:['’]\w+)?)")


class _Tokens:
    """A text's tokens as strings with their offsets, cut in C: a split keeping the tokens
    gives [gap, token, gap, token, …], and the running sum of the lengths their offsets."""

    def __init__(self, text: str) -> None:
        parts = (_TOKEN_SPLIT if "_" in text else _PLAIN_TOKEN_SPLIT).split(text)
        self.words = parts[1::2]
        self.starts = list(accumulate(map(len, parts)))[::2][:len(self.words)]

    def end(self, index: int) -> int:
        return self.starts[index] + len(self.words[index])


class TopicIndex:
    """All keywords of all topics, looked up word by word: one pass over a text."""

    def __init__(self, topics: tuple[Topic, ...]) -> None:
        self.topics = topics
        self.exact: dict[str, list[_Keyword]] = {}
        self.prefixed: dict[str, list[_Keyword]] = {}  # by the first 3 letters of a 1-word prefix
        for topic in topics:
            for keyword in topic.keywords:
                words = tuple(w.lower() for w in _TOKEN.findall(keyword))
                if not words:
                    continue
                entry = _Keyword(words, keyword.endswith("*"), keyword.rstrip("*").isupper(), topic.name)
                if entry.prefix and len(words) == 1:
                    self.prefixed.setdefault(words[0][:3], []).append(entry)
                else:
                    self.exact.setdefault(words[0], []).append(entry)

    def matches(self, text: str) -> list[tuple[int, str]]:
        """(offset, topic) for every keyword occurrence that counts, in one pass."""
        tokens = _Tokens(text)
        lowered = list(map(str.lower, tokens.words))
        exact, prefixed = self.exact, self.prefixed
        found: list[tuple[int, str]] = []
        # Few words start a keyword: pick those out (among the text's distinct words, fewer
        # than its tokens) before looking at their entries.
        starting = {word for word in set(lowered) if word in exact or word[:3] in prefixed}
        for index in [i for i, word in enumerate(lowered) if word in starting]:
            word = lowered[index]
            candidates = exact.get(word)
            by_prefix = prefixed.get(word[:3])
            if by_prefix:
                candidates = by_prefix + candidates if candidates else by_prefix
            if not candidates:
                continue
            for entry in candidates:
                if len(entry.words) == 1 and not entry.acronym:
                    # One word: the look-up matched it, or its first letters ("export*").
                    if entry.prefix and not word.startswith(entry.words[0]):
                        continue
                elif not _matches(entry, tokens, lowered, index):
                    continue
                if _counts(text, tokens, index, entry):
                    found.append((tokens.starts[index], entry.topic))
        return found

    def in_spans(self, matches: list[tuple[int, str]], spans) -> list[str]:
        """The topics with a keyword inside any of the (start, end) spans, in list order.

        `matches` is in text order (as `matches()` returns it), so each span is a slice.
        """
        offsets = [offset for offset, _ in matches]
        names = {topic for start, end in spans
                 for _, topic in matches[bisect_left(offsets, start):bisect_left(offsets, end)]}
        return [t.name for t in self.topics if t.name in names]

    def topics_in(self, text: str) -> list[str]:
        """The topics a whole text discusses, in list order."""
        return self.in_spans(self.matches(text), [(0, len(text))])


def _matches(entry: _Keyword, tokens: _Tokens, lowered: list[str], index: int) -> bool:
    words = entry.words
    if index + len(words) > len(lowered):
        return False
    for offset, word in enumerate(words):
        token = lowered[index + offset]
        last = offset == len(words) - 1
        if not (token.startswith(word) if last and entry.prefix else token == word):
            return False
        if entry.acronym and not tokens.words[index + offset].isupper():
            return False
    return True


def _counts(text: str, tokens: _Tokens, index: int, entry: _Keyword) -> bool:
    """A lower-case keyword inside a proper name ("Finance Minister") is not the subject."""
    words, starts = tokens.words, tokens.starts
    word = words[index]
    if entry.acronym or not word[:1].isupper() or word.isupper():
        return True
    # The nearest word before, skipping the small words inside names ("Ministry of Economy
    # and Finance"); a word after a sentence end does not count.
    before = index - 1
    while before >= 0 and words[before].lower() in {"of", "and", "for", "on", "the"}:
        before -= 1
    after = index + len(entry.words)
    previous_is_name = before >= 0 and words[before][:1].isupper() and \
        not _SENTENCE_END.search(text[tokens.end(before):starts[before + 1]])
    next_is_name = after < len(words) and words[after][:1].isupper() and \
        text[tokens.end(after - 1):starts[after]].strip() == ""
    return not (previous_is_name or next_is_name)


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
def load_topics(extra: tuple[Path, ...] = ()) -> TopicIndex:
    """The bundled topic list, extended by the user's topic files in order."""
    merged: dict[str, list[str]] = {}
    for path in (BUNDLED_TOPICS, *extra):
        for entry in _load_file(path):
            keywords = merged.setdefault(entry["name"], [])
            keywords.extend(k for k in entry["keywords"] if isinstance(k, str) and k not in keywords)
    return TopicIndex(tuple(Topic(name, tuple(words)) for name, words in merged.items()))

