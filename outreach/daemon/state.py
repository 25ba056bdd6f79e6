"""Small named values in the store that the daemon, `status`, `pause` and `resume` share."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Engine

from outreach.store.engine import transaction
from outreach.store.models import RuntimeState, now, utc

HEARTBEAT = "heartbeat"
PAUSE = "pause"
LAST_ERROR = "last_error"
LAST_POLL = "last_poll"


def read(engine: Engine, key: str) -> dict[str, Any]:
    with transaction(engine) as session:
        row = session.get(RuntimeState, key)
        return dict(row.value) if row else {}


def write(engine: Engine, key: str, value: dict[str, Any]) -> None:
    with transaction(engine) as session:
        row = session.get(RuntimeState, key) or RuntimeState(key=key)
        row.value = value
        row.updated_at = now()
        session.add(row)


def update(engine: Engine, key: str, **values: Any) -> None:
    current = read(engine, key)
    current.update(values)
    write(engine, key, current)


def stamp(moment: datetime | None = None) -> str:
    return utc(moment or now()).isoformat(timespec="seconds")


def pause(
    engine: Engine, reason: str, *, until: datetime | None = None, by: str = "outreach"
) -> None:
    """Stop sending: until a moment (a limit that frees itself) or until `outreach resume`."""
    write(
        engine,
        PAUSE,
        {
            "paused": True,
            "reason": reason,
            "until": stamp(until) if until else None,
            "by": by,
            "since": stamp(),
        },
    )


def resume(engine: Engine) -> bool:
    """Lift a pause; returns whether sending was paused."""
    was = bool(read(engine, PAUSE).get("paused"))
    write(engine, PAUSE, {"paused": False, "reason": None, "until": None, "since": stamp()})
    return was


def active_pause(engine: Engine, moment: datetime) -> dict[str, Any] | None:
    """The pause in force at `moment`, if any (a pause with an end in the past has lapsed)."""
    value = read(engine, PAUSE)
    if not value.get("paused"):
        return None
    until = value.get("until")
    if until and datetime.fromisoformat(until) <= moment:
        return None
    return value


def record_error(engine: Engine, message: str) -> None:
    write(engine, LAST_ERROR, {"message": message, "at": stamp()})
