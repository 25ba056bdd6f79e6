"""The campaign at a glance: counts per state, each municipality, the inbox, the daemon."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from outreach.review_state import ReviewState
from outreach.status import STATES
from outreach.store.engine import transaction
from outreach.store.models import IncomingMessage, Municipality, RuntimeState, utc


def campaign_overview(engine: Engine) -> dict[str, Any]:
    """What `outreach status --json` prints."""
    with transaction(engine) as session:
        municipalities = list(session.exec(select(Municipality).order_by(Municipality.cbs_code)))
        counts = Counter(m.state for m in municipalities)
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
                for m in municipalities
            ],
            "inbox": inbox_overview(session),
            "daemon": {**runtime_values(session), "alive": _alive(session)},
        }


def inbox_overview(session: Session) -> dict[str, Any]:
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
        "own_copies": count(col(IncomingMessage.own_copy).is_(True)),
        "last_poll": last_poll.value.get("at") if last_poll else None,
    }


def _alive(session: Session) -> bool:
    from outreach.daemon.health import daemon_alive

    heartbeat = session.get(RuntimeState, "heartbeat")
    return daemon_alive(heartbeat.value) if heartbeat else False


def runtime_values(session: Session) -> dict[str, Any]:
    return {row.key: row.value for row in session.exec(select(RuntimeState))}
