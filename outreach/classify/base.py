"""The shapes every rule shares: what a rule sees, and the two things it can say.

A rule either *decides* (the chain stops with that label) or *notes* (a reason, maybe a
candidate label, maybe flags for later rules) and the chain goes on. What is only noted is
resolved at the end of the chain, by campaign precedence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol

from outreach.classify.flags import Flag
from outreach.classify.labels import Label
from outreach.classify.message import ParsedMessage
from outreach.classify.quotes import SplitText, covered_forward, split_reply
from outreach.classify.sentences import Sentence, read_sentences
from outreach.classify.text import fold


@dataclass(frozen=True)
class ClassifyContext:
    """What rules may know beyond the message itself."""

    letter_texts: Sequence[str] = ()
    own_addresses: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Reason:
    rule: str
    text: str


@dataclass(frozen=True)
class Decision:
    """Stop here: the message is `label`."""

    label: Label
    confidence: float
    text: str
    details: dict[str, Any] = field(default_factory=dict)
    # Why a person should still read it, however sure the rule is of the label.
    review: str | None = None


@dataclass(frozen=True)
class Note:
    """Something seen; `label` (if any) is a candidate weighed at the end of the chain."""

    text: str
    label: Label | None = None
    confidence: float = 0.0
    details: dict[str, Any] = field(default_factory=dict)
    flags: frozenset[Flag] = frozenset()


@dataclass
class ChainState:
    """What earlier rules noted, plus the sender's own text, worked out once."""

    message: ParsedMessage
    context: ClassifyContext
    notes: list[tuple[str, Note]] = field(default_factory=list)
    flags: set[Flag] = field(default_factory=set)
    # Work shared by several rules (the statements of the sender), computed once.
    memo: dict[str, Any] = field(default_factory=dict)
    given_split: SplitText | None = None  # the caller's, so a message is split only once

    @cached_property
    def split(self) -> SplitText:
        if self.given_split is not None:
            return self.given_split
        return split_reply(self.message.text, letter_texts=self.context.letter_texts)

    @cached_property
    def own(self) -> str:
        """The sender's own words, folded for phrase matching (subject not included)."""
        return fold(self.split.own)

    @cached_property
    def forwarded(self) -> str:
        """What a bare covering note ("Ter info.") forwards to us, or "" (see quotes)."""
        return covered_forward(self.message.subject, self.split, self.context.letter_texts)

    @cached_property
    def read_text(self) -> str:
        """The words the rules read: the sender's own, and what a covering note forwards."""
        return f"{self.split.own}\n\n{self.forwarded}" if self.forwarded else self.split.own

    @cached_property
    def sentences(self) -> list[Sentence]:
        """The sender's own sentences, folded, each marked when it asks us something.

        Forwarded sentences follow; they ask us nothing (their questions were for others).
        """
        own = read_sentences(self.split.own)
        if not self.forwarded:
            return own
        return own + [Sentence(s.text, False) for s in read_sentences(self.forwarded)]

    @cached_property
    def statements(self) -> str:
        """The sender's own words without their questions, one sentence after the other.

        "In welke gemeenten is de motie al aangenomen?" reports nothing; only statements
        are read for progress. Every sentence ends in a mark, so patterns stop at it.
        """
        kept = [s.text for s in self.sentences if not s.question]
        return " ".join(t if t[-1] in ".!?" else t + "." for t in kept)

    def candidates(self) -> list[tuple[str, Note]]:
        return [(name, note) for name, note in self.notes if note.label is not None]


class Rule(Protocol):
    """One small check. `name` is stable: it is stored with every verdict."""

    @property
    def name(self) -> str: ...

    @property
    def description(self) -> str: ...

    def check(
        self, message: ParsedMessage, context: ClassifyContext, state: ChainState
    ) -> Decision | Note | None: ...
