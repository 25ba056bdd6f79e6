"""What the pages show, read from the store (one function per page or part of a page)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, col, func, select

from outreach.contacts.history import contact_history
from outreach.daemon.health import daemon_alive
from outreach.daemon.pacing import Pacer
from outreach.overview import inbox_overview, runtime_values
from outreach.settings import Settings
from outreach.status import STATES
from outreach.store.engine import transaction
from outreach.store.models import (
    ContactChange,
    IncomingMessage,
    Municipality,
    OutgoingMessage,
    SenderAssignment,
    StatusEvent,
    now,
    utc,
)
from outreach.timefmt import LOCAL

CHART_DAYS = 30
# A chart always spans at least two weeks, so a first day of sending has some context.
CHART_MIN_DAYS = 14


@dataclass(frozen=True)
class DayCount:
    day: date
    sent: int
    received: int


@dataclass(frozen=True)
class EventRow:
    at: datetime
    cbs_code: str
    name: str
    old_state: str | None
    new_state: str
    cause: str
    actor: str


@dataclass(frozen=True)
class Dashboard:
    counts: dict[str, int]
    total: int
    review: int
    to_answer: int  # questions outreach is sure of, waiting for a volunteer's answer
    daemon: dict[str, Any]
    alive: bool
    next_window: datetime
    window_open: bool
    activity: list[DayCount]
    events: list[EventRow]


def dashboard(engine: Engine, settings: Settings) -> Dashboard:
    moment = now()
    window = Pacer(settings.send).window_start(moment)
    with transaction(engine) as session:
        counts = state_counts(session)
        inbox = inbox_overview(session)
        review, answer = inbox["review"], inbox["to_answer"]
        daemon = runtime_values(session)
        activity = daily_activity(session, moment)
        events = latest_events(session)
    return Dashboard(
        counts=counts,
        total=sum(counts.values()),
        review=review,
        to_answer=answer,
        daemon=daemon,
        alive=daemon_alive(daemon.get("heartbeat") or {}, moment),
        next_window=window,
        window_open=window <= moment,
        activity=activity,
        events=events,
    )


def state_counts(session: Session) -> dict[str, int]:
    """Municipalities per state, in the order (and with the keys) of `outreach status --json`."""
    rows = session.exec(
        select(Municipality.state, func.count()).group_by(col(Municipality.state))
    ).all()
    counts = dict(rows)
    return {state: counts[state] for state in STATES if counts.get(state)}


def daily_activity(session: Session, moment: datetime, days: int = CHART_DAYS) -> list[DayCount]:
    """Letters and reminders sent, replies received, per local day, up to `days` days back."""
    sent_times = session.exec(
        select(OutgoingMessage.sent_at).where(col(OutgoingMessage.sent_at).is_not(None))
    )
    sent = Counter(_local_day(t) for t in sent_times if t is not None)
    received = Counter(
        _local_day(t) for t in session.exec(select(IncomingMessage.received_at)) if t is not None
    )
    today = _local_day(moment)
    active = [d for d in (*sent, *received) if d <= today]
    if not active:
        return []
    first = max(
        min(min(active), today - timedelta(days=CHART_MIN_DAYS - 1)),
        today - timedelta(days=days - 1),
    )
    span = (today - first).days + 1
    return [
        DayCount(day, sent[day], received[day])
        for day in (first + timedelta(days=n) for n in range(span))
    ]


def _local_day(value: datetime) -> date:
    return utc(value).astimezone(LOCAL).date()


def latest_events(session: Session, limit: int = 12) -> list[EventRow]:
    rows = session.exec(
        select(StatusEvent, Municipality.name)
        .join(Municipality, col(Municipality.cbs_code) == col(StatusEvent.cbs_code))
        .order_by(col(StatusEvent.at).desc(), col(StatusEvent.id).desc())
        .limit(limit)
    )
    return [
        EventRow(e.at, e.cbs_code, name, e.old_state, e.new_state, e.cause, e.actor)
        for e, name in rows
    ]


@dataclass(frozen=True)
class MunicipalityList:
    rows: list[Municipality]
    provinces: list[str]
    total: int


def municipalities(
    engine: Engine, *, state: str | None = None, province: str | None = None, q: str | None = None
) -> MunicipalityList:
    with transaction(engine) as session:
        query = select(Municipality).order_by(col(Municipality.name))
        if state:
            query = query.where(Municipality.state == state)
        if province:
            query = query.where(Municipality.province == province)
        if q:
            query = query.where(col(Municipality.name).contains(q.strip()))
        rows = list(session.exec(query))
        provinces = sorted(session.exec(select(Municipality.province).distinct()).all())
        total = int(session.exec(select(func.count()).select_from(Municipality)).one())
    return MunicipalityList(rows, provinces, total)


@dataclass
class MunicipalityDetail:
    municipality: Municipality
    outgoing: list[OutgoingMessage]
    incoming: list[IncomingMessage]
    events: list[StatusEvent]
    contact_changes: list[ContactChange]
    senders: list[str] = field(default_factory=list)


def municipality_detail(engine: Engine, code: str) -> MunicipalityDetail | None:
    with transaction(engine) as session:
        found = session.get(Municipality, code.upper())
        if found is None:
            return None
        where = found.cbs_code
        return MunicipalityDetail(
            municipality=found,
            outgoing=list(
                session.exec(
                    select(OutgoingMessage)
                    .where(OutgoingMessage.cbs_code == where)
                    .order_by(col(OutgoingMessage.id))
                )
            ),
            incoming=list(
                session.exec(
                    select(IncomingMessage)
                    .where(IncomingMessage.cbs_code == where)
                    .order_by(col(IncomingMessage.received_at), col(IncomingMessage.id))
                )
            ),
            events=list(
                session.exec(
                    select(StatusEvent)
                    .where(StatusEvent.cbs_code == where)
                    .order_by(col(StatusEvent.at), col(StatusEvent.id))
                )
            ),
            contact_changes=contact_history(session, where),
            senders=list(
                session.exec(
                    select(SenderAssignment.address)
                    .where(SenderAssignment.cbs_code == where)
                    .order_by(col(SenderAssignment.address))
                )
            ),
        )


def names_by_code(engine: Engine, codes: list[str]) -> dict[str, str]:
    if not codes:
        return {}
    with transaction(engine) as session:
        rows = session.exec(
            select(Municipality.cbs_code, Municipality.name).where(
                col(Municipality.cbs_code).in_(codes)
            )
        )
        return dict(rows.all())


def all_names(engine: Engine) -> list[tuple[str, str]]:
    """Every (code, name), for the municipality picker of the review page."""
    with transaction(engine) as session:
        return list(
            session.exec(
                select(Municipality.cbs_code, Municipality.name).order_by(col(Municipality.name))
            ).all()
        )
