"""Sending the letter: which municipalities get it, and the bookkeeping around each SMTP call.

Each message's row is committed as `sending` before the SMTP conversation and as `sent` (or
`failed`) after it, so a crash can never lead to a silent second copy: a row left in `sending`
is only sent again on purpose (`--force`, or the daemon's recovery, which checks the Sent
folder first).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Engine
from sqlmodel import Session, col, select
from tenacity import (
    AsyncRetrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
)

from outreach.compose.letter import (
    LETTER_STEP,
    Composer,
    Letter,
    is_letter_step,
    message_bytes,
    next_resend_step,
    to_mime,
)
from outreach.errors import (
    MaybeSentError,
    OperatorError,
    PermanentTransportError,
    SendingLimitError,
    TransientTransportError,
)
from outreach.settings import Settings
from outreach.status import FAILED, PENDING, SENDING, SENT, OutgoingState, set_state
from outreach.store.engine import transaction
from outreach.store.models import Municipality, OutgoingMessage, now, utc
from outreach.transport.base import MailTransport, OutgoingMail

log = logging.getLogger(__name__)

QUEUED = OutgoingState.QUEUED
# After the retries within one attempt, a message waits this long before the next attempt.
RESCHEDULE_AFTER = timedelta(minutes=10)
# Municipalities the first letter may go to.
SENDABLE = (PENDING, FAILED, SENDING)


@dataclass(frozen=True)
class Selection:
    """Which municipalities a run covers."""

    only: tuple[str, ...] = ()
    limit: int | None = None
    force: bool = False
    retry_failed: bool = False
    # The daemon lets a rescheduled letter wait out its back-off; a person running `send` does not.
    respect_backoff: bool = False


@dataclass
class SendReport:
    sent: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    rescheduled: list[tuple[str, str]] = field(default_factory=list)
    skipped_in_flight: list[str] = field(default_factory=list)
    maybe_sent: list[tuple[str, str]] = field(default_factory=list)  # settled via Sent later
    stopped: str | None = None
    dry_run: bool = False
    canary_to: str | None = None

    @property
    def attempted(self) -> int:
        return len(self.sent) + len(self.failed) + len(self.rescheduled) + len(self.maybe_sent)


Progress = Callable[[str, str], None]


@dataclass(frozen=True)
class Due:
    """A municipality and the step to send it: the letter, or the letter again (`resend-N`)."""

    municipality: Municipality
    step: str = LETTER_STEP


def plan_letters(
    session: Session, selection: Selection, *, moment: datetime | None = None
) -> tuple[list[Due], list[str]]:
    """Letters due, and the municipalities left in `sending` by an interrupted run."""
    query = select(Municipality).where(col(Municipality.email).is_not(None))
    if selection.only:
        query = query.where(col(Municipality.cbs_code).in_([c.upper() for c in selection.only]))
    else:
        query = query.where(col(Municipality.state).in_(SENDABLE))
    moment = moment or now()
    latest: dict[str, OutgoingMessage] = {}
    for sent in session.exec(select(OutgoingMessage).order_by(col(OutgoingMessage.id))):
        if is_letter_step(sent.step):
            latest[sent.cbs_code] = sent
    due: list[Due] = []
    in_flight: list[str] = []
    for municipality in session.exec(query.order_by(Municipality.cbs_code)):
        row = latest.get(municipality.cbs_code)
        if row is None:
            due.append(Due(municipality))
        elif row.state == QUEUED:
            if not (selection.respect_backoff and _waiting(row, moment)):
                due.append(Due(municipality, row.step))
        elif row.state == SENDING:
            if selection.force:
                due.append(Due(municipality, row.step))
            else:
                in_flight.append(municipality.cbs_code)
        elif row.to_address != municipality.email and municipality.state != SENDING:
            # The address was corrected after a bounce or a refusal: the letter goes again.
            due.append(Due(municipality, next_resend_step(row.step)))
        elif row.state == FAILED and selection.retry_failed:
            due.append(Due(municipality, row.step))
    if selection.limit is not None:
        due = due[: selection.limit]
    return due, in_flight


def _waiting(row: OutgoingMessage, moment: datetime) -> bool:
    """A rescheduled message waits out its back-off before it is tried again."""
    return row.not_before is not None and utc(row.not_before) > moment


class LetterSender:
    """Sends letters one by one through a transport, recording every step in the store."""

    def __init__(
        self,
        *,
        engine: Engine,
        settings: Settings,
        composer: Composer,
        transport: MailTransport,
        clock: Callable[[], datetime] = now,
    ) -> None:
        self.clock = clock
        self.engine = engine
        self.settings = settings
        self.composer = composer
        self.transport = transport

    async def send_letters(
        self,
        selection: Selection,
        *,
        dry_run: bool,
        canary_to: str | None = None,
        progress: Progress | None = None,
        planned: Callable[[int], None] | None = None,
    ) -> SendReport:
        with transaction(self.engine) as session:
            due, in_flight = plan_letters(session, selection)
        report = SendReport(skipped_in_flight=in_flight, dry_run=dry_run, canary_to=canary_to)
        if planned is not None:
            planned(len(due))
        async for letter, mail in self._prepared(due, canary_to=canary_to):
            if dry_run or canary_to:
                await self.transport.send(mail)
                report.sent.append(letter.cbs_code)
                outcome = "written" if dry_run else "sent"
            else:
                try:
                    outcome = await self.deliver(letter, mail, report)
                except (SendingLimitError, OperatorError) as exc:
                    report.stopped = str(exc)
                    break
            if progress is not None:
                progress(letter.cbs_code, outcome)
        return report

    def prepare(self, due: Due, *, canary_to: str | None = None) -> tuple[Letter, OutgoingMail]:
        """Render and serialise one letter (CPU work: runs in a worker thread)."""
        letter = self.composer.compose(due.municipality, step=due.step)
        message = to_mime(letter, self.composer.campaign, to=canary_to)
        mail = OutgoingMail(
            sender=self.composer.campaign.from_address,
            recipients=(canary_to or letter.to_address,),
            data=message_bytes(message),
            message_id=letter.message_id,
        )
        return letter, mail

    async def _prepared(
        self, due: list[Due], *, canary_to: str | None
    ) -> AsyncIterator[tuple[Letter, OutgoingMail]]:
        """Letters in order, the next one rendered while the current one is on the wire."""
        if not due:
            return
        upcoming = asyncio.ensure_future(
            asyncio.to_thread(self.prepare, due[0], canary_to=canary_to)
        )
        try:
            for index in range(len(due)):
                current = await upcoming
                if index + 1 < len(due):
                    upcoming = asyncio.ensure_future(
                        asyncio.to_thread(self.prepare, due[index + 1], canary_to=canary_to)
                    )
                yield current
        finally:
            upcoming.cancel()

    async def deliver(self, letter: Letter, mail: OutgoingMail, report: SendReport) -> str:
        """Send one letter for real: claim it, send with retries, record the outcome."""
        row_id = self._claim(letter)
        try:
            reply = await self._send_with_retries(mail)
        except PermanentTransportError as exc:
            if isinstance(exc, SendingLimitError):
                self._release(row_id, str(exc))
                raise
            self._finish(row_id, FAILED, str(exc))
            report.failed.append((letter.cbs_code, str(exc)))
            log.warning("failed %s: %s", letter.cbs_code, exc)
            return "failed"
        except MaybeSentError as exc:
            # Left in `sending`: only the Sent-folder lookup may decide it did not go.
            self._note(row_id, str(exc))
            report.maybe_sent.append((letter.cbs_code, str(exc)))
            log.warning("may have gone %s: %s", letter.cbs_code, exc)
            return "maybe_sent"
        except TransientTransportError as exc:
            self._release(row_id, str(exc), retry_after=RESCHEDULE_AFTER)
            report.rescheduled.append((letter.cbs_code, str(exc)))
            log.warning("rescheduled %s: %s", letter.cbs_code, exc)
            return "rescheduled"
        except BaseException as exc:
            # Nothing reached the server when the connection itself failed; anything else
            # (a signal mid-conversation) stays in `sending` for the Sent-folder check.
            if isinstance(exc, OperatorError):
                self._release(row_id, str(exc))
            raise
        self._finish(row_id, SENT, reply)
        report.sent.append(letter.cbs_code)
        log.info("sent %s %s", letter.cbs_code, letter.message_id)
        return "sent"

    async def _send_with_retries(self, mail: OutgoingMail) -> str:
        smtp = self.settings.smtp
        retrying = AsyncRetrying(
            retry=retry_if_exception_type(TransientTransportError),
            stop=stop_after_attempt(smtp.retries),
            wait=wait_exponential(multiplier=smtp.retry_wait, max=smtp.retry_wait * 30),
            reraise=True,
        )
        async for attempt in retrying:
            with attempt:
                return await self.transport.send(mail)
        raise AssertionError("unreachable: tenacity re-raises the last error")

    def _claim(self, letter: Letter) -> int:
        with transaction(self.engine) as session:
            row = session.exec(
                select(OutgoingMessage).where(
                    OutgoingMessage.cbs_code == letter.cbs_code, OutgoingMessage.step == letter.step
                )
            ).first()
            if row is None:
                row = OutgoingMessage(
                    cbs_code=letter.cbs_code,
                    step=letter.step,
                    message_id=letter.message_id,
                    to_address=letter.to_address,
                )
            row.state = SENDING
            row.attempts += 1
            row.to_address = letter.to_address
            row.subject = letter.subject
            row.updated_at = self.clock()
            session.add(row)
            session.flush()
            if is_letter_step(letter.step):
                municipality = session.get(Municipality, letter.cbs_code)
                assert municipality is not None
                set_state(
                    session, municipality, SENDING, cause="sending the letter", outgoing_id=row.id
                )
            assert row.id is not None
            return row.id

    def _finish(self, row_id: int, state: str, reply: str) -> None:
        with transaction(self.engine) as session:
            row = session.get(OutgoingMessage, row_id)
            assert row is not None
            row.state = state
            row.last_reply = reply[:1000]
            row.updated_at = self.clock()
            if state == SENT:
                row.sent_at = row.updated_at
            session.add(row)
            if is_letter_step(row.step):
                municipality = session.get(Municipality, row.cbs_code)
                assert municipality is not None
                if municipality.state == SENDING:
                    cause = "letter accepted by the server" if state == SENT else reply[:200]
                    set_state(session, municipality, state, cause=cause, outgoing_id=row.id)

    def _note(self, row_id: int, reply: str) -> None:
        with transaction(self.engine) as session:
            row = session.get(OutgoingMessage, row_id)
            assert row is not None
            row.last_reply = reply[:1000]
            row.updated_at = self.clock()
            session.add(row)

    def _release(self, row_id: int, reply: str, *, retry_after: timedelta | None = None) -> None:
        """Back to the queue: the message did not go out and will be tried again later."""
        with transaction(self.engine) as session:
            row = session.get(OutgoingMessage, row_id)
            assert row is not None
            row.state = QUEUED
            row.not_before = self.clock() + retry_after if retry_after else None
            row.last_reply = reply[:1000]
            row.updated_at = self.clock()
            session.add(row)
            if is_letter_step(row.step):
                municipality = session.get(Municipality, row.cbs_code)
                assert municipality is not None
                assert municipality.state == SENDING
                set_state(
                    session,
                    municipality,
                    PENDING,
                    cause=f"will retry: {reply[:200]}",
                    outgoing_id=row.id,
                )
