"""The classifier's English reasons, shown in the console's language (`words/reasons.toml`).

What is stored stays English: the command line and the exports show it as it is. The console
looks each "; "-separated phrase up by its English form, a pattern with {placeholders}; a
phrase the table does not know is shown as stored, so a new reason is never an error, only
English until someone adds its wording.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from outreach.classify.labels import Label

TABLE = Path(__file__).resolve().parent / "words" / "reasons.toml"
SEPARATOR = "; "
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_LABEL = "|".join(sorted((re.escape(label.value) for label in Label), key=len, reverse=True))
# What each kind of placeholder may match; any other placeholder matches any words.
_SHAPES = {"label": f"(?:{_LABEL})", "labels": f"(?:{_LABEL})(?:, (?:{_LABEL}))*"}


@dataclass(frozen=True)
class Phrase:
    """One English phrase as a pattern, with its wording in the console's language."""

    english: str
    pattern: re.Pattern[str]
    wording: str


def compile_phrase(english: str, wording: str) -> Phrase:
    """`english` with its {placeholders} as named groups, matching a whole phrase."""
    parts: list[str] = []
    at = 0
    for found in _PLACEHOLDER.finditer(english):
        parts.append(re.escape(english[at : found.start()]))
        name = found.group(1)
        parts.append(f"(?P<{name}>{_SHAPES.get(name, '.+?')})")
        at = found.end()
    parts.append(re.escape(english[at:]))
    return Phrase(english, re.compile("".join(parts), re.DOTALL), wording)


def placeholders(text: str) -> list[str]:
    return _PLACEHOLDER.findall(text)


@dataclass(frozen=True)
class ReasonWords:
    """The table, in one language; `label` names a label as the console does."""

    review: tuple[Phrase, ...]
    rules: tuple[Phrase, ...]
    origins: Mapping[str, str]
    values: Mapping[str, str]
    label: Callable[[str], str]

    def review_reason(self, stored: str | None) -> str:
        """Why a message waits for a person: each phrase in words, the unknown ones as stored."""
        if not stored:
            return ""
        return SEPARATOR.join(self._phrase(part, self.review) for part in stored.split(SEPARATOR))

    def rule_text(self, stored: str | None) -> str:
        """What one rule found, in words (its quoted words are the message's own)."""
        return self._phrase(stored, self.rules) if stored else ""

    def knows(self, phrase: str) -> bool:
        return self._match(phrase, self.review) is not None

    def _phrase(self, stored: str, table: tuple[Phrase, ...]) -> str:
        found = self._match(stored, table)
        if found is None:
            return stored
        phrase, match = found
        filled = {name: self._fill(name, value) for name, value in match.groupdict().items()}
        return _PLACEHOLDER.sub(lambda m: filled.get(m.group(1), m.group(0)), phrase.wording)

    @staticmethod
    def _match(stored: str, table: tuple[Phrase, ...]) -> tuple[Phrase, re.Match[str]] | None:
        for phrase in table:
            match = phrase.pattern.fullmatch(stored)
            if match is not None:
                return phrase, match
        return None

    def _fill(self, name: str, value: str) -> str:
        if name == "label":
            return self.label(value)
        if name == "labels":
            return ", ".join(self.label(part) for part in value.split(", "))
        if name == "origin":
            return self.origins.get(value, value)
        return ", ".join(self.values.get(part, part) for part in value.split(", "))


def load_reason_words(language: str, label: Callable[[str], str]) -> ReasonWords:
    """The table's wording in `language` (a key of every entry: `nl`, `en`)."""
    data = tomllib.loads(TABLE.read_text(encoding="utf-8"))

    def phrases(section: str) -> tuple[Phrase, ...]:
        entries = data[section].items()
        # Fixed phrases first, then the ones with the most fixed words: the most specific wins.
        ordered = sorted(entries, key=lambda item: (len(placeholders(item[0])), -len(item[0])))
        return tuple(compile_phrase(english, words[language]) for english, words in ordered)

    def words(section: str) -> dict[str, str]:
        return {english: wording[language] for english, wording in data[section].items()}

    return ReasonWords(
        review=phrases("review"),
        rules=phrases("rules"),
        origins=words("origins"),
        values=words("values"),
        label=label,
    )
