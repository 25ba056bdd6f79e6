"""The rows the send path reads, as plain SQL (columns of `store.models`, SQLite).

Every function takes a DB-API cursor: one from `PlainStore.transaction()`, or one inside an ORM
session (`plain.session_cursor`) for the daemon. Values come back as the ORM gives them: flags
as bools, timestamps in UTC and zone-aware.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from outreach.timefmt import utc


@dataclass(frozen=True, slots=True)
class LetterRecipient:
    """What a letter needs of a municipality, and where the campaign stands with it."""

    cbs_code: str
    name: str
    province: str
    email: str | None
    noodopvang: bool
    state: str


@dataclass(frozen=True, slots=True)
class LetterRow:
    """One outgoing message as the planning of a run sees it."""

    id: int
    cbs_code: str
    step: str
    state: str
    to_address: str
    not_before: datetime | None


_RECIPIENT = "SELECT cbs_code, name, province, email, noodopvang, state FROM municipality"


def _recipient(row: tuple[Any, ...]) -> LetterRecipient:
    code, name, province, email, noodopvang, state = row
    return LetterRecipient(code, name, province, email, bool(noodopvang), state)


def recipient(cursor: Any, code: str) -> LetterRecipient | None:
    row = cursor.execute(f"{_RECIPIENT} WHERE cbs_code = ?", (code,)).fetchone()
    return None if row is None else _recipient(row)


def recipients_with_address(
    cursor: Any, *, codes: tuple[str, ...] = (), states: tuple[str, ...] = ()
) -> list[LetterRecipient]:
    """Municipalities with an address, by CBS code: these `codes`, else those in `states`."""
    column, values = ("cbs_code", codes) if codes else ("state", states)
    marks = ", ".join("?" * len(values))
    query = f"{_RECIPIENT} WHERE email IS NOT NULL AND {column} IN ({marks}) ORDER BY cbs_code"
    return [_recipient(row) for row in cursor.execute(query, tuple(values))]


def letter_rows(cursor: Any) -> list[LetterRow]:
    """Every outgoing message, oldest first."""
    query = (
        "SELECT id, cbs_code, step, state, to_address, not_before FROM outgoing_message ORDER BY id"
    )
    return [
        LetterRow(id_, code, step, state, to, None if nb is None else _moment(nb))
        for id_, code, step, state, to, nb in cursor.execute(query)
    ]


def codes_in_state(cursor: Any, state: str) -> list[str]:
    query = "SELECT cbs_code FROM municipality WHERE state = ? ORDER BY cbs_code"
    return [str(code) for (code,) in cursor.execute(query, (state,))]


def _moment(value: str | datetime) -> datetime:
    return utc(value if isinstance(value, datetime) else datetime.fromisoformat(value))
