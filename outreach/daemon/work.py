"""What the send loop should do next: a first letter, or a reminder that has come due."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from outreach.classify.labels import Label
from outreach.compose.letter import LETTER_STEP, Recipient, reminder_step
from outreach.daemon.pacing import Pacer
from outreach.sending.service import QUEUED, Selection, plan_letters
from outreach.settings import SendSettings
from outreach.status import ACKNOWLEDGED, SENDING, SENT
from outreach.store.models import IncomingMessage, Municipality, OutgoingMessage, utc
from outreach.store.plain import session_cursor

# Labels that mean nobody has answered yet.
AUTOMATIC_LABELS = frozenset({Label.BOUNCE_SOFT, Label.AUTO_REPLY, Label.OTHER})
# Only municipalities whose state shows no human answer get a reminder.
REMINDABLE = (SENT, ACKNOWLEDGED)


@dataclass(frozen=True)
class WorkItem:
    municipality: Recipient
    step: str
    first_sent: datetime | None = None


def next_item(
    session: Session, *, settings: SendSettings, pacer: Pacer, now: datetime
) -> WorkItem | None:
    """The next message to send: first letters before reminders, in CBS-code order."""
    selection = Selection(limit=1, respect_backoff=True)
    due, _in_flight = plan_letters(session_cursor(session), selection, moment=now)
    if due:
        return WorkItem(due[0].municipality, due[0].step)
    reminders = due_reminders(session, settings=settings, pacer=pacer, now=now, limit=1)
    return reminders[0] if reminders else None


def due_reminders(
    session: Session,
    *,
    settings: SendSettings,
    pacer: Pacer,
    now: datetime,
    limit: int | None = None,
) -> list[WorkItem]:
    """Municipalities that had the letter N working days ago and no answer from a person."""
    if settings.max_reminders == 0:
        return []
    items: list[WorkItem] = []
    rows = session.exec(
        select(OutgoingMessage, Municipality)
        .join(Municipality, col(Municipality.cbs_code) == col(OutgoingMessage.cbs_code))
        .where(OutgoingMessage.step == LETTER_STEP, OutgoingMessage.state == SENT)
        .where(col(Municipality.state).in_(REMINDABLE))
        .order_by(col(OutgoingMessage.cbs_code))
    ).all()
    for letter, municipality in rows:
        assert letter.sent_at is not None
        step = _next_reminder_step(session, municipality.cbs_code, settings.max_reminders)
        if step is None:
            continue
        last = _last_sent(session, municipality.cbs_code)
        if pacer.add_working_days(last, settings.reminder_after_days) > now:
            continue
        if answered_by_a_person(session, municipality.cbs_code, since=utc(letter.sent_at)):
            continue
        items.append(WorkItem(municipality, step, first_sent=utc(letter.sent_at)))
        if limit is not None and len(items) >= limit:
            break
    return items


def _next_reminder_step(session: Session, code: str, maximum: int) -> str | None:
    rows = session.exec(
        select(OutgoingMessage).where(
            OutgoingMessage.cbs_code == code, col(OutgoingMessage.step).like("reminder-%")
        )
    ).all()
    if any(row.state in {SENDING, QUEUED} for row in rows):
        return reminder_step(len(rows))  # finish the one already started
    if len(rows) >= maximum:
        return None
    return reminder_step(len(rows) + 1)


def _last_sent(session: Session, code: str) -> datetime:
    times = [
        utc(row.sent_at)
        for row in session.exec(select(OutgoingMessage).where(OutgoingMessage.cbs_code == code))
        if row.sent_at is not None
    ]
    return max(times)


def answered_by_a_person(session: Session, code: str, *, since: datetime) -> bool:
    """Whether anything but an automatic message came from this municipality."""
    messages = session.exec(select(IncomingMessage).where(IncomingMessage.cbs_code == code)).all()
    for message in messages:
        if message.label is None or message.label in AUTOMATIC_LABELS:
            continue
        if message.details.get("automatic"):
            continue  # an automatic receipt (zaaknummer) is not an answer
        return True
    return False


def recent_send_times(session: Session, *, now: datetime) -> Sequence[datetime]:
    """When messages went out in the last 24 hours (what the caps count)."""
    since = now - timedelta(hours=24)
    rows = session.exec(
        select(OutgoingMessage.sent_at).where(
            col(OutgoingMessage.sent_at).is_not(None), col(OutgoingMessage.dry_run).is_(False)
        )
    ).all()
    return [utc(t) for t in rows if t is not None and utc(t) > since]
