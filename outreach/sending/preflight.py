"""Checks before a send: the municipalities asked for exist, and how many motions carry clause f."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from outreach.errors import OperatorError
from outreach.sending.service import Selection, plan_letters
from outreach.store.letters import recipient


def check_only(cursor: Any, codes: tuple[str, ...]) -> None:
    """Refuse `--only` codes that are unknown or have no address, naming each one.

    `cursor` is a DB-API cursor on the store (`PlainStore.transaction()`).
    """
    problems = []
    for code in codes:
        municipality = recipient(cursor, code.strip().upper())
        if municipality is None:
            problems.append(f"{code}: no municipality with this code (codes look like GM0344)")
        elif not municipality.email:
            problems.append(
                f"{municipality.name} ({municipality.cbs_code}) has no e-mail address: add one "
                "with `outreach contacts import FILE` or `outreach contacts set CODE --email ...`"
            )
    if problems:
        raise OperatorError("--only: " + "\n--only: ".join(problems))


@dataclass(frozen=True)
class ClauseF:
    """How many of the letters due carry clause f (noodopvang) in their motion."""

    letters: int
    with_clause_f: int


def clause_f_summary(cursor: Any, selection: Selection) -> ClauseF:
    due, _ = plan_letters(cursor, selection)
    return ClauseF(len(due), sum(1 for d in due if d.municipality.noodopvang))
