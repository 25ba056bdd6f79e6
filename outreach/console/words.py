"""The console's words per language, read from `words/<language>.toml`.

State and label names are shown in words, never identifiers; other layers that need the same
words (an export, a map legend) import `words_for()` rather than keeping a copy.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from outreach.console.reasons import ReasonWords, load_reason_words
from outreach.status import STATE_WORDS_NL

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")
_FOLDER = Path(__file__).resolve().parent / "words"


@dataclass(frozen=True)
class Words:
    """Everything the pages say, in one language."""

    language: Language
    states: dict[str, str]
    labels: dict[str, str]
    outgoing: dict[str, str]
    steps: dict[str, str]
    ui: dict[str, str]
    reasons: ReasonWords

    def state(self, state: str | None) -> str:
        if not state:
            return self.ui["unknown"]
        return self.states.get(state, state)

    def label(self, label: str | None) -> str:
        if not label:
            return self.ui["unknown"]
        return self.labels.get(label, label)

    def review_reason(self, stored: str | None) -> str:
        """Why a message is in review, in words; phrases the table lacks stay as stored."""
        return self.reasons.review_reason(stored)

    def rule_text(self, stored: str | None) -> str:
        """What a rule found, in words; a text the table lacks stays as stored."""
        return self.reasons.rule_text(stored)

    def outgoing_state(self, state: str) -> str:
        return self.outgoing.get(state, state)

    def step(self, step: str) -> str:
        """`letter` or `reminder-N`, in words."""
        kind, _, number = step.partition("-")
        word = self.steps.get(kind, step)
        return f"{word} {number}" if number and kind in self.steps else word

    def actor(self, actor: str) -> str:
        """Who made a change, as recorded: `outreach`, `operator`, `operator:anna (note)`."""
        if actor == "outreach":
            return self.ui["actor_automatic"]
        person, _, rest = actor.partition(" ")
        if person == "operator":
            return f"{self.ui['actor_command_line']} {rest}".strip()
        name = person.removeprefix("operator:")
        return f"{name} {rest}".strip()

    def __call__(self, key: str) -> str:
        """A piece of page text; a missing key shows itself, so it is noticed and fixed."""
        return self.ui.get(key, key)


@cache
def words_for(language: Language) -> Words:
    data = tomllib.loads((_FOLDER / f"{language}.toml").read_text(encoding="utf-8"))
    if language == "nl":
        # One Dutch word per state for the whole program; a page starts it with a capital.
        states = {state: word[:1].upper() + word[1:] for state, word in STATE_WORDS_NL.items()}
    else:
        states = dict(data["states"])
    labels = dict(data["labels"])
    return Words(
        language=language,
        states=states,
        labels=labels,
        outgoing=dict(data["outgoing"]),
        steps=dict(data["steps"]),
        ui=dict(data["ui"]),
        reasons=load_reason_words(language, lambda label: labels.get(label, label)),
    )
