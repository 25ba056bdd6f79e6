"""The store read with plain `sqlite3`, for commands that only look (`outreach status`).

Loading SQLAlchemy, SQLModel and the models costs several times what such a command does with
the data. The tables and columns are those of `store.models`; values come back as the ORM gives
them (timestamps in UTC, zone-aware, JSON columns decoded, flags as bools). `open_reader`
answers None whenever the ORM must open the store instead: not a SQLite file, no database yet,
or a database that its migrations have not brought up to date.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from outreach.contacts.facts import MunicipalityFacts
from outreach.review_state import ReviewState
from outreach.status import OWN_POSITION
from outreach.store.current import open_current
from outreach.timefmt import utc


class MunicipalityView(MunicipalityFacts, Protocol):
    """What a listing shows of a municipality (a `Municipality` row, or a `MunicipalityRow`)."""

    @property
    def state(self) -> str: ...
    @property
    def updated_at(self) -> datetime: ...
    @property
    def open_question(self) -> bool: ...
    @property
    def suggested_email(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class MunicipalityRow:
    cbs_code: str
    name: str
    province: str
    email: str | None
    state: str
    updated_at: datetime
    open_question: bool
    suggested_email: str | None


def open_reader(url: str) -> sqlite3.Connection | None:
    """A connection to the store at `url` for reading, or None (see the module's note)."""
    return open_current(url)


_MUNICIPALITY = (
    "SELECT cbs_code, name, province, email, state, updated_at, open_question, suggested_email"
    " FROM municipality"
)


def municipalities(
    connection: sqlite3.Connection, *, by_province: bool = False
) -> list[MunicipalityRow]:
    """Every municipality, by CBS code (or by province, then name)."""
    order = "province, name" if by_province else "cbs_code"
    return [
        MunicipalityRow(
            cbs_code=row[0],
            name=row[1],
            province=row[2],
            email=row[3],
            state=row[4],
            updated_at=stamp(row[5]),
            open_question=bool(row[6]),
            suggested_email=row[7],
        )
        for row in connection.execute(f"{_MUNICIPALITY} ORDER BY {order}")
    ]


def province_states(connection: sqlite3.Connection) -> list[tuple[str, str]]:
    """(province, state) of every municipality."""
    query = "SELECT province, state FROM municipality"
    return [(str(province), str(state)) for province, state in connection.execute(query)]


def inbox_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Messages stored, those without a municipality (not our own copies), those waiting for
    review, the questions to answer, the copies of our own messages, and the refusals or
    opt-outs recorded as a party's or council member's own position (in the overview's
    order)."""
    row = connection.execute(
        "SELECT count(*), count(*) FILTER (WHERE cbs_code IS NULL AND own_copy IS 0),"
        " count(*) FILTER (WHERE review_state = ?), count(*) FILTER (WHERE review_state = ?),"
        " count(*) FILTER (WHERE own_copy IS 1),"
        " count(*) FILTER (WHERE json_extract(details, ?) IS NOT NULL)"
        " FROM incoming_message",
        (ReviewState.PENDING.value, ReviewState.TO_ANSWER.value, f"$.{OWN_POSITION}"),
    ).fetchone()
    return {
        "messages": int(row[0]),
        "unmatched": int(row[1]),
        "review": int(row[2]),
        "to_answer": int(row[3]),
        "own_copies": int(row[4]),
        "own_positions": int(row[5]),
    }


def runtime_values(connection: sqlite3.Connection) -> dict[str, Any]:
    """The daemon's named values (heartbeat, pause, last error, last poll), decoded."""
    # The ORM's query, so that the rows (and the JSON's keys) come in the same order.
    query = "SELECT key, value, updated_at FROM runtime_state"
    return {str(key): json.loads(value) for key, value, _ in connection.execute(query)}


def stamp(value: str) -> datetime:
    """A stored timestamp as the ORM reads it: in UTC, zone-aware."""
    return utc(datetime.fromisoformat(value))
