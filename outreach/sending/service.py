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
from typing import TYPE_CHECKING, Any, TypeVar

from outreach.compose.letter import (
    LETTER_STEP,
    Composer,
    Letter,
    Recipient,
    is_letter_step,
    next_resend_step,
)
from outreach.errors import (
    ConnectionFailedError,
    MaybeSentError,
    OperatorError,
    PermanentTransportError,
    SendingLimitError,
    TransientTransportError,
)
from outreach.sending.ledger import QUEUED as QUEUED  # the daemon's modules import it here
from outreach.sending.ledger import Claim, Ledger
from outreach.status import FAILED, PENDING, SENDING, SENT
from outreach.store.letters import LetterRow, letter_rows, recipients_with_address
from outreach.store.plain import PlainStore
from outreach.timefmt import now
from outreach.transport.base import MailTransport, OutgoingMail

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from outreach.settings import Settings

log = logging.getLogger(__name__)
_T = TypeVar("_T")

# After the retries within one attempt, a message waits this long before the next attempt.
RESCHEDULE_AFTER = timedelta(minutes=10)
# Municipalities the first letter may go to.
SENDABLE = (PENDING, FAILED, SENDING)
# Letters claimed in one commit by `send`: each commit rewrites some 25 pages of the store
# whatever it holds. A crash may leave this many `sending` for the Sent-folder check.
CLAIM_BATCH = 8


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
    rendered: list[str] = field(default_factory=list)  # a canary's municipalities, by name

    @property
    def attempted(self) -> int:
        return len(self.sent) + len(self.failed) + len(self.rescheduled) + len(self.maybe_sent)


Progress = Callable[[str, str], None]


@dataclass(frozen=True)
class Due:
    """A municipality and the step to send it: the letter, or the letter again (`resend-N`)."""

    municipality: Recipient
    step: str = LETTER_STEP


def plan_letters(
    cursor: Any, selection: Selection, *, moment: datetime | None = None
) -> tuple[list[Due], list[str]]:
    """Letters due, and the municipalities left in `sending` by an interrupted run.

    `cursor` is a DB-API cursor on the store (`PlainStore.transaction()`, `session_cursor`).
    """
    codes = tuple(c.upper() for c in selection.only)
    candidates = recipients_with_address(cursor, codes=codes, states=SENDABLE)
    moment = moment or now()
    latest: dict[str, LetterRow] = {}
    for sent in letter_rows(cursor):
        if is_letter_step(sent.step):
            latest[sent.cbs_code] = sent
    due: list[Due] = []
    in_flight: list[str] = []
    for municipality in candidates:
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


def _waiting(row: LetterRow, moment: datetime) -> bool:
    """A rescheduled message waits out its back-off before it is tried again."""
    return row.not_before is not None and row.not_before > moment


class LetterSender:
    """Sends letters one by one through a transport, recording every step in the store.

    The store is read and written with plain SQL: `store` as `outreach send` opens it, or an
    ORM `engine` (the daemon, the tests), whose driver connections the same queries use.
    """

    def __init__(
        self,
        *,
        settings: Settings,
        composer: Composer,
        transport: MailTransport,
        store: PlainStore | None = None,
        engine: Engine | None = None,
        clock: Callable[[], datetime] = now,
    ) -> None:
        if store is None:
            if engine is None:
                raise TypeError("LetterSender needs a store or an engine")
            store = PlainStore.for_engine(engine)
        self.clock = clock
        self.store = store
        self.settings = settings
        self.composer = composer
        self.transport = transport
        self.ledger = Ledger(store, clock)

    async def send_letters(
        self,
        selection: Selection,
        *,
        dry_run: bool,
        canary_to: str | None = None,
        progress: Progress | None = None,
        planned: Callable[[int], None] | None = None,
    ) -> SendReport:
        with self.store.transaction() as cursor:
            due, in_flight = plan_letters(cursor, selection)
        report = SendReport(skipped_in_flight=in_flight, dry_run=dry_run, canary_to=canary_to)
        if planned is not None:
            planned(len(due))
        names = {d.municipality.cbs_code: d.municipality.name for d in due}
        if not dry_run and not canary_to:
            try:
                await self._deliver_all(due, report, progress)
            finally:
                self.ledger.flush()
            return report
        try:
            async for letter, mail in self._prepared(due, canary_to=canary_to, report=report):
                if dry_run:
                    await self.transport.send(mail)
                    report.sent.append(letter.cbs_code)
                    outcome = "written"
                else:  # a canary
                    await self.transport.send(mail)
                    self.ledger.record_canary(letter)
                    report.sent.append(letter.cbs_code)
                    report.rendered.append(f"{letter.cbs_code} {names[letter.cbs_code]}")
                    outcome = "sent"
                if progress is not None:
                    progress(letter.cbs_code, outcome)
        finally:
            self.ledger.flush()
        return report

    async def _deliver_all(
        self, due: list[Due], report: SendReport, progress: Progress | None
    ) -> None:
        """The real run: letters claimed a few at a time in one commit each (the store's writes,
        not the letters, were most of a run), every claim committed before its letter goes out.

        Claims not sent when the run stops, in any orderly way, go back to the queue; only a
        crash leaves them `sending`, for the Sent-folder check to settle.
        """
        letters = self._prepared(due, canary_to=None, report=report)
        while batch := [item async for item in _take(letters, CLAIM_BATCH)]:
            claims = self.ledger.claim_all([letter for letter, _mail in batch])
            done = 0
            try:
                for (letter, mail), claim in zip(batch, claims, strict=True):
                    done += 1
                    outcome = await self.deliver(letter, mail, report, defer=True, claim=claim)
                    if progress is not None:
                        progress(letter.cbs_code, outcome)
            except (SendingLimitError, OperatorError, ConnectionFailedError) as exc:
                report.stopped = str(exc)
                return
            finally:
                self.ledger.unclaim(claims[done:], "not sent: the run stopped before it")

    def prepare(self, due: Due, *, canary_to: str | None = None) -> tuple[Letter, OutgoingMail]:
        """Render and serialise one letter (a canary has its own step and Message-ID)."""
        return self.composer.outgoing(due.municipality, step=due.step, canary_to=canary_to)

    async def _prepared(
        self, due: list[Due], *, canary_to: str | None, report: SendReport
    ) -> AsyncIterator[tuple[Letter, OutgoingMail]]:
        """Letters in order. Building one takes well under a millisecond (the documents are
        built once and the attachments encoded once), so no worker thread is worth its cost.
        One that cannot be built is parked with its error; the others go on."""
        for item in due:
            try:
                prepared = self.prepare(item, canary_to=canary_to)
            except Exception as exc:
                reason = self.park(item, exc, record=not canary_to)
                report.failed.append((item.municipality.cbs_code, reason))
                continue
            yield prepared

    async def deliver(
        self,
        letter: Letter,
        mail: OutgoingMail,
        report: SendReport,
        *,
        defer: bool = False,
        claim: Claim | None = None,
    ) -> str:
        """Send one letter for real: claim it (unless `claim` is its committed claim), send
        with retries, record the outcome.

        With `defer`, the outcome is committed with the next claim (or the run's final
        `flush`); the claim itself is always committed before the message goes out.
        """
        if claim is None:
            claim = self.ledger.claim(letter)
        try:
            reply = await self._send_with_retries(mail)
        except PermanentTransportError as exc:
            if isinstance(exc, SendingLimitError):
                self.ledger.release(claim, str(exc))
                raise
            self.ledger.finish(claim, FAILED, str(exc), defer=defer)
            report.failed.append((letter.cbs_code, str(exc)))
            log.warning("failed %s: %s", letter.cbs_code, exc)
            return "failed"
        except ConnectionFailedError as exc:
            # The server could not be reached, even after the retries: nothing went out, and
            # the next letter would fare no better. The caller stops or waits.
            self.ledger.release(claim, str(exc))
            raise
        except MaybeSentError as exc:
            # Left in `sending`: only the Sent-folder lookup may decide it did not go.
            self.ledger.note(claim, str(exc))
            report.maybe_sent.append((letter.cbs_code, str(exc)))
            log.warning("may have gone %s: %s", letter.cbs_code, exc)
            return "maybe_sent"
        except TransientTransportError as exc:
            self.ledger.release(claim, str(exc), retry_after=RESCHEDULE_AFTER)
            report.rescheduled.append((letter.cbs_code, str(exc)))
            log.warning("rescheduled %s: %s", letter.cbs_code, exc)
            return "rescheduled"
        except BaseException as exc:
            # Nothing reached the server when the connection itself failed; anything else
            # (a signal mid-conversation) stays in `sending` for the Sent-folder check.
            if isinstance(exc, OperatorError):
                self.ledger.release(claim, str(exc))
            else:
                self.ledger.flush()
            raise
        self.ledger.finish(claim, SENT, reply, defer=defer)
        report.sent.append(letter.cbs_code)
        log.info("sent %s %s", letter.cbs_code, letter.message_id)
        return "sent"

    async def _send_with_retries(self, mail: OutgoingMail) -> str:
        """The message sent, tried again after a transient error with growing pauses."""
        try:
            return await self.transport.send(mail)
        except TransientTransportError:
            if self.settings.smtp.retries <= 1:
                raise
        return await self._retry(mail)

    async def _retry(self, mail: OutgoingMail) -> str:
        """Attempts 2 to `retries`, waiting `retry_wait`, then twice as long each time.

        Apart from the first attempt, so that the retry policy is loaded only for a letter that
        met trouble.
        """
        from tenacity import (
            AsyncRetrying,
            retry_if_exception_type,
            stop_after_attempt,
            wait_exponential,
        )

        smtp = self.settings.smtp
        retrying = AsyncRetrying(
            retry=retry_if_exception_type(TransientTransportError),
            stop=stop_after_attempt(smtp.retries - 1),
            wait=wait_exponential(multiplier=smtp.retry_wait * 2, max=smtp.retry_wait * 30),
            reraise=True,
        )
        await asyncio.sleep(smtp.retry_wait)
        async for attempt in retrying:
            with attempt:
                return await self.transport.send(mail)
        raise AssertionError("unreachable: tenacity re-raises the last error")

    def park(self, due: Due, error: BaseException, *, record: bool = True) -> str:
        """Keep a letter that could not be prepared as failed, with its error; returns why.

        It is not tried again by itself (`send --retry-failed` does, once the cause is fixed).
        """
        code, step = due.municipality.cbs_code, due.step
        reason = f"could not be prepared: {type(error).__name__}: {error}"[:1000]
        log.error("parked %s %s: %s", code, step, reason)
        if record:
            self.ledger.park(
                cbs_code=code,
                step=step,
                message_id=self.composer.message_id(code, step),
                to_address=due.municipality.email or "",
                reason=reason,
            )
        return reason


async def _take(items: AsyncIterator[_T], count: int) -> AsyncIterator[_T]:
    """The next `count` items of `items` (fewer at its end)."""
    for _ in range(count):
        try:
            yield await anext(items)
        except StopAsyncIteration:
            return
