"""The campaign at a glance: counts per state, each municipality, the inbox, the daemon.

Built from the ORM (`campaign_overview`, given an engine) or from a plain read-only connection
(`plain_overview`, what `outreach status` uses); both hand the same rows to `build_overview`.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from outreach.review_state import ReviewState
from outreach.status import STATES
from outreach.store import reader
from outreach.store.reader import MunicipalityView
from outreach.timefmt import utc

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session


def build_overview(
    municipalities: Iterable[MunicipalityView],
    inbox: Mapping[str, Any],
    runtime: Mapping[str, Any],
) -> dict[str, Any]:
    """What `outreach status --json` prints, from municipalities in CBS-code order."""
    from outreach.daemon.health import daemon_alive

    rows = list(municipalities)
    counts = Counter(m.state for m in rows)
    heartbeat = runtime.get("heartbeat")
    return {
        "counts": {state: counts[state] for state in STATES if counts[state]},
        "municipalities": [
            {
                "cbs_code": m.cbs_code,
                "name": m.name,
                "province": m.province,
                "email": m.email,
                "state": m.state,
                "updated_at": utc(m.updated_at).isoformat(),
                "open_question": m.open_question,
                "suggested_email": m.suggested_email,
            }
            for m in rows
        ],
        "inbox": dict(inbox),
        "daemon": {**runtime, "alive": daemon_alive(heartbeat) if heartbeat else False},
    }


def campaign_overview(engine: Engine) -> dict[str, Any]:
    """What `outreach status --json` prints."""
    from sqlmodel import select

    from outreach.store.engine import transaction
    from outreach.store.models import Municipality

    with transaction(engine) as session:
        municipalities = list(session.exec(select(Municipality).order_by(Municipality.cbs_code)))
        return build_overview(municipalities, inbox_overview(session), runtime_values(session))


def plain_overview(connection: sqlite3.Connection) -> dict[str, Any]:
    """The same as `campaign_overview`, read without the ORM (see `store.reader`)."""
    runtime = reader.runtime_values(connection)
    return build_overview(
        reader.municipalities(connection),
        {**reader.inbox_counts(connection), "last_poll": _last_poll(runtime)},
        runtime,
    )


def inbox_overview(session: Session) -> dict[str, Any]:
    from sqlalchemy import func
    from sqlmodel import col, select

    from outreach.store import queries
    from outreach.store.models import IncomingMessage, RuntimeState

    def count(*conditions: Any) -> int:
        query = select(func.count()).select_from(IncomingMessage)
        for condition in conditions:
            query = query.where(condition)
        return int(session.exec(query).one())

    last_poll = session.get(RuntimeState, "last_poll")
    return {
        "messages": count(),
        "unmatched": count(
            col(IncomingMessage.cbs_code).is_(None), col(IncomingMessage.own_copy).is_(False)
        ),
        "review": count(IncomingMessage.review_state == ReviewState.PENDING),
        "to_answer": count(IncomingMessage.review_state == ReviewState.TO_ANSWER),
        "own_copies": count(col(IncomingMessage.own_copy).is_(True)),
        "own_positions": count(queries.own_position()),
        "last_poll": last_poll.value.get("at") if last_poll else None,
    }


def _last_poll(runtime: Mapping[str, Any]) -> Any:
    last_poll = runtime.get("last_poll")
    return last_poll.get("at") if last_poll is not None else None


def runtime_values(session: Session) -> dict[str, Any]:
    from sqlmodel import select

    from outreach.store.models import RuntimeState

    return {row.key: row.value for row in session.exec(select(RuntimeState))}
