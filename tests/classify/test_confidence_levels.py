"""Confidence means the same in every rule: each rule gives one of the named levels.

A rule that wrote 0.83, or added a little to a level, would make "READ" mean one thing in one
rule and another in the next. Every note and decision the rules make on the development sets
is read here; how often each level is right is measured by bench/review_gates.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from outreach.classify import chain
from outreach.classify.base import ChainState, Decision
from outreach.classify.confidence import CONFLICTED, LEVELS
from outreach.classify.message import MessageParseError, parse_message
from tests.classify.support import CONTEXT

BENCH = Path(__file__).resolve().parents[2] / "bench"
SETS = ("holdout_nl19", "holdout_nl20", "holdout_nl21", "holdout_nl22", "holdout_nl23")


def test_levels_are_ordered_and_distinct() -> None:
    assert list(LEVELS) == sorted(set(LEVELS), reverse=True)


def test_every_rule_gives_a_named_level(monkeypatch: pytest.MonkeyPatch) -> None:
    given: list[tuple[str, float]] = []
    resolve, decide = chain._resolve, chain._from_decision

    def seen_resolve(state: ChainState, reasons: list[Any]) -> chain.Verdict:
        given.extend((name, n.confidence) for name, n in state.notes if n.label is not None)
        verdict = resolve(state, reasons)
        given.append(("verdict", verdict.confidence))
        return verdict

    def seen_decision(decision: Decision, reasons: list[Any]) -> chain.Verdict:
        given.append((reasons[-1].rule if reasons else "decision", decision.confidence))
        return decide(decision, reasons)

    monkeypatch.setattr(chain, "_resolve", seen_resolve)
    monkeypatch.setattr(chain, "_from_decision", seen_decision)
    for name in SETS:
        for path in sorted((BENCH / name).glob("*.eml")):
            try:
                chain.classify(parse_message(path.read_bytes()), CONTEXT)
            except MessageParseError:
                continue
    assert len(given) > 500
    allowed = {round(level, 2) for level in (*LEVELS, CONFLICTED)}
    odd = sorted({(rule, value) for rule, value in given if round(value, 2) not in allowed})
    assert not odd, odd
