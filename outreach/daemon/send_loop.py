"""The daemon's sending: one message at a time, within the pacing, stopping when it must."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine
from sqlmodel import col, select

from outreach.classify.labels import Label
from outreach.classify.origin import counts_as_our_bounce
from outreach.compose.letter import Composer
from outreach.daemon import state
from outreach.daemon.loop_errors import report_loop_error
from outreach.daemon.pacing import Pacer
from outreach.daemon.recovery import settle_in_flight
from outreach.daemon.work import WorkItem, next_item, recent_send_times
from outreach.errors import (
    AuthenticationError,
    ConnectionFailedError,
    OperatorError,
    SendingLimitError,
)
from outreach.sending.service import Due, LetterSender, SendReport
from outreach.settings import Settings
from outreach.store.engine import transaction
from outreach.store.models import IncomingMessage, OutgoingMessage, now, utc
from outreach.transport.base import MailTransport
from outreach.transport.sent_folder import SentFolder

log = logging.getLogger(__name__)
IDLE = 60.0  # seconds to wait when there is nothing to send
RETRY_CONNECTION = 120.0
UNREACHABLE = "unreachable"


@dataclass
class SendLoop:
    engine: Engine
    settings: Settings
    composer: Composer
    transport: MailTransport
    pacer: Pacer
    clock: Callable[[], datetime] = now
    # Settles a letter that may have gone before anything else is sent; None: at next start.
    sent_folder: SentFolder | None = None
    idle: bool = False  # true once a look found nothing to send
    _unreachable: int = 0  # tries in a row that found the server out of reach

    _sender: LetterSender | None = None

    @property
    def sender(self) -> LetterSender:
        """The same send path as `outreach send`, on the daemon's engine."""
        if self._sender is None:
            self._sender = LetterSender(
                engine=self.engine,
                settings=self.settings,
                composer=self.composer,
                transport=self.transport,
                clock=self.clock,
            )
        return self._sender

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                wait = await self.run_once()
            except OperatorError:
                wait = IDLE  # already said in one line; a person has to act
            except Exception as exc:
                report_loop_error(self.engine, "sending", exc)
                wait = IDLE
            if wait > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=wait)

    async def run_once(self) -> float:
        """Send at most one message; return how long to wait before trying again (seconds)."""
        moment = self.clock()
        pause = state.active_pause(self.engine, moment)
        if pause is not None:
            self.idle = True  # nothing will be sent until the pause ends
            return self._seconds_until(pause.get("until"), moment)
        if self._bounce_spike():
            return IDLE
        with transaction(self.engine) as session:
            item = next_item(session, settings=self.settings.send, pacer=self.pacer, now=moment)
            sent_times = recent_send_times(session, now=moment)
        self.idle = item is None
        if item is None:
            return IDLE
        slot = self.pacer.next_slot(moment, sent_times)
        if not slot.ready(moment):
            log.debug("next send at %s (%s)", slot.at, slot.reason)
            return max((slot.at - moment).total_seconds(), 0.5)
        outcome = await self.send_item(item)
        return self._reconnect_wait() if outcome == UNREACHABLE else 0.0

    def _reconnect_wait(self) -> float:
        """Seconds before the next try after the server was out of reach: doubling, capped."""
        base = max(self.settings.smtp.retry_wait, 1.0)
        return float(min(base * 2 ** max(self._unreachable - 1, 0), RETRY_CONNECTION))

    async def send_item(self, item: WorkItem) -> str:
        try:
            letter, mail = self.composer.outgoing(
                item.municipality, step=item.step, first_sent=item.first_sent
            )
        except Exception as exc:
            # One letter that cannot be rendered is parked with its error; the others go on.
            self.sender.park(Due(item.municipality, item.step), exc)
            return "parked"
        try:
            outcome = await self.sender.deliver(letter, mail, SendReport())
        except SendingLimitError as exc:
            until = self._limit_frees_at()
            state.pause(
                self.engine, f"the mail server's daily limit is reached: {exc}", until=until
            )
            log.warning("paused until %s: %s", until, exc)
            return "paused"
        except AuthenticationError as exc:
            state.pause(
                self.engine, f"login refused, fix the password and run `outreach resume`: {exc}"
            )
            log.error("paused: %s", exc)
            return "paused"
        except ConnectionFailedError as exc:
            # The server is out of reach even after the retries: wait, then try again.
            state.record_error(self.engine, str(exc))
            self._unreachable += 1
            log.warning("%s; trying again in %.0f s", exc, self._reconnect_wait())
            return UNREACHABLE
        except OperatorError as exc:
            state.record_error(self.engine, str(exc))
            log.error("%s", exc)
            raise
        self._unreachable = 0
        if outcome == "sent":
            state.update(self.engine, state.HEARTBEAT, last_send=state.stamp(self.clock()))
        elif outcome == "maybe_sent" and self.sent_folder is not None:
            send = self.settings.send
            settled = await settle_in_flight(
                engine=self.engine,
                sent_folder=self.sent_folder,
                second_look_after=send.recovery_recheck,
                window=send.sent_lookup_window,
            )
            outcome = "sent" if settled.found else "requeued" if settled.requeued else outcome
        log.info("%s %s %s", outcome, item.municipality.cbs_code, item.step)
        return outcome

    def _limit_frees_at(self) -> datetime:
        moment = self.clock()
        with transaction(self.engine) as session:
            times = sorted(recent_send_times(session, now=moment))
        return (times[0] + timedelta(hours=24)) if times else moment + timedelta(hours=1)

    def _bounce_spike(self) -> bool:
        """Pause when too many of the last sends bounced hard: the list or the account is bad."""
        window = self.settings.send.bounce_spike_window
        with transaction(self.engine) as session:
            recent = session.exec(
                select(OutgoingMessage)
                .where(col(OutgoingMessage.sent_at).is_not(None))
                .order_by(col(OutgoingMessage.sent_at).desc())
                .limit(window)
            ).all()
            codes = {row.cbs_code for row in recent}
            if not codes:
                return False
            oldest = min(utc(row.sent_at) for row in recent if row.sent_at is not None)
            bounced = {
                m.cbs_code
                for m in session.exec(
                    select(IncomingMessage).where(
                        IncomingMessage.label == Label.BOUNCE_HARD,
                        col(IncomingMessage.cbs_code).in_(codes),
                    )
                )
                # A delivery report that does not prove it is about our letter waits for a
                # person and does not count: six forged ones must not stop the campaign.
                if utc(m.received_at) >= oldest and counts_as_our_bounce(m.review_state)
            }
        if len(bounced) <= self.settings.send.bounce_spike_ratio * window:
            return False
        state.pause(
            self.engine,
            f"{len(bounced)} of the last {len(recent)} letters bounced; check the addresses, "
            "then run `outreach resume`",
        )
        log.warning("paused: bounce spike (%s of %s)", len(bounced), len(recent))
        return True

    @staticmethod
    def _seconds_until(until: str | None, moment: datetime) -> float:
        if not until:
            return IDLE
        return min(max((datetime.fromisoformat(until) - moment).total_seconds(), 1.0), IDLE)
