"""`outreach run`: the send loop and the inbox loop in one process, with a heartbeat.

Stopping: the first SIGTERM/SIGINT sets `stop`; each loop finishes the item in hand and
returns. A second signal ends the process at once (the caller installs that handler).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Engine

from outreach.compose.letter import Composer
from outreach.daemon import state
from outreach.daemon.lock import DaemonLock, lock_path_for
from outreach.daemon.loop_errors import report_loop_error
from outreach.daemon.memory import release_memory, share_one_arena
from outreach.daemon.pacing import Pacer
from outreach.daemon.recovery import settle_in_flight
from outreach.daemon.send_loop import SendLoop
from outreach.errors import ConnectionFailedError, OutreachError
from outreach.inbox.sync import SyncReport
from outreach.settings import Settings
from outreach.store.models import now
from outreach.transport.base import MailTransport
from outreach.transport.sent_folder import SentFolder
from outreach.transport.smtp import SmtpTransport

log = logging.getLogger(__name__)
HEARTBEAT_EVERY = 15.0
PREFLIGHT_MAX_WAIT = 120.0  # seconds between tries while a server cannot be reached at start


@dataclass
class Daemon:
    settings: Settings
    engine: Engine
    transport: MailTransport
    sent_folder: SentFolder
    clock: Callable[[], datetime] = now
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    inbox: bool = True
    sending: bool = True
    exit_when_idle: bool = False

    def __post_init__(self) -> None:
        self.send_loop = SendLoop(
            engine=self.engine,
            settings=self.settings,
            composer=Composer(self.settings.campaign),
            transport=self.transport,
            pacer=Pacer(self.settings.send),
            clock=self.clock,
            sent_folder=self.sent_folder,
        )

    async def run(self) -> None:
        lock = DaemonLock(lock_path_for(self.settings.store_url, self.settings.base_dir))
        # The blocking IMAP work runs one call at a time (the inbox loop awaits each), so one
        # worker thread is enough; asyncio's default pool would start several, each with heap.
        share_one_arena()
        asyncio.get_running_loop().set_default_executor(
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="outreach-imap")
        )
        with lock:
            try:
                await self._preflight()
            except BaseException:
                await self.transport.close()
                raise
            if self.stop.is_set():
                return
            state.write(
                self.engine,
                state.HEARTBEAT,
                {"at": state.stamp(), "pid": os.getpid(), "started": state.stamp()},
            )
            loops = [self._heartbeat()]
            if self.sending:
                await self._recover()
                loops.append(self.send_loop.run(self.stop))
            if self.inbox:
                loops.append(self._inbox_loop())
            try:
                await asyncio.gather(*loops)
            finally:
                await self.transport.close()
                state.update(self.engine, state.HEARTBEAT, at=state.stamp(), stopped=state.stamp())

    async def _preflight(self) -> None:
        """Log in once before anything else runs.

        A missing or refused password, or a certificate that is not trusted, ends the run here
        with its one-line message. A server that cannot be reached yet is waited for.
        """
        if self.sending and isinstance(self.transport, SmtpTransport):
            await self._until_reachable(self.transport.connect)
        if self.inbox:
            await self._until_reachable(lambda: asyncio.to_thread(_log_in_to_inbox, self.settings))

    async def _until_reachable(self, connect: Callable[[], Awaitable[None]]) -> None:
        wait = max(self.settings.smtp.retry_wait, 0.5)
        while not self.stop.is_set():
            try:
                await connect()
            except ConnectionFailedError as exc:
                state.record_error(self.engine, str(exc))
                log.warning("%s; trying again in %.0f s", exc, wait)
                await self._sleep(wait)
                wait = min(wait * 2, PREFLIGHT_MAX_WAIT)
            else:
                return

    async def _recover(self) -> None:
        recovery = await settle_in_flight(
            engine=self.engine,
            sent_folder=self.sent_folder,
            second_look_after=self.settings.send.recovery_recheck,
            window=self.settings.send.sent_lookup_window,
        )
        if recovery.found or recovery.requeued:
            log.warning(
                "after a restart: %d found in the Sent folder, %d queued again",
                len(recovery.found),
                len(recovery.requeued),
            )

    def _done(self, report: SyncReport, processed: int) -> bool:
        """Nothing left to send and the last inbox pass brought nothing new."""
        sending_done = not self.sending or self.send_loop.idle
        return self.exit_when_idle and sending_done and report.stored == 0 and processed == 0

    async def _heartbeat(self) -> None:
        while not self.stop.is_set():
            state.update(self.engine, state.HEARTBEAT, at=state.stamp(), pid=os.getpid())
            release_memory()  # what the letters sent since the last beat left behind
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stop.wait(), timeout=HEARTBEAT_EVERY)

    async def _inbox_loop(self) -> None:
        from outreach.inbox.watch import watch_inbox

        loop = asyncio.get_running_loop()

        def on_batch(report: SyncReport) -> None:
            # Runs in the inbox's worker thread.
            if self._after_pass(report):
                loop.call_soon_threadsafe(self.stop.set)

        while not self.stop.is_set():
            try:
                if self.exit_when_idle:
                    await self._poll_until_idle(on_batch)
                else:
                    await watch_inbox(
                        engine=self.engine,
                        settings=self.settings,
                        stop=self.stop,
                        on_batch=on_batch,
                    )
            except OutreachError as exc:
                log.error("inbox: %s", exc)  # one line: the message says what is wrong
                state.record_error(self.engine, f"inbox: {exc}")
                await self._sleep(60)
            except Exception as exc:
                report_loop_error(self.engine, "inbox", exc)
                await self._sleep(60)

    async def _poll_until_idle(self, on_batch: Callable[[SyncReport], None]) -> None:
        """Plain polling (no IDLE), so that every interval ends with a pass to judge by."""
        from outreach.inbox.backends import open_source
        from outreach.inbox.watch import poll_once

        while not self.stop.is_set():
            report = await asyncio.to_thread(
                poll_once, engine=self.engine, connect=lambda: open_source(self.settings)
            )
            # Classifying is CPU work: in a thread, so the send loop keeps going meanwhile.
            await asyncio.to_thread(on_batch, report)
            await self._sleep(self.settings.imap.poll_interval)

    def _after_pass(self, report: SyncReport) -> bool:
        """Classify what came in and record the pass; whether the daemon may now stop."""
        from outreach.recording import process_pending

        processed = process_pending(engine=self.engine, settings=self.settings)
        state.write(
            self.engine,
            state.LAST_POLL,
            {"at": state.stamp(), "stored": report.stored, "processed": processed},
        )
        state.update(self.engine, state.HEARTBEAT, last_poll=state.stamp())
        if report.stored or processed:
            log.info("inbox: %d new messages, %d classified", report.stored, processed)
        # The parsed replies are stored, and an empty pass still leaves the IMAP session's
        # buffers behind: give their memory back either way (a collection every poll is cheap).
        release_memory()
        return self._done(report, processed)

    async def _sleep(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.stop.wait(), timeout=seconds)


def _log_in_to_inbox(settings: Settings) -> None:
    from outreach.inbox.backends import open_source

    open_source(settings).close()


def default_sent_folder(settings: Settings) -> SentFolder:
    """The Sent folder for this inbox backend: IMAP's `\\Sent`, or the demo's Maildir."""
    if settings.inbox.backend == "maildir":
        from outreach.transport.sent_folder import MaildirSentFolder

        return MaildirSentFolder(settings.path(settings.inbox.sent_maildir))
    from outreach.transport.sent_folder import ImapSentFolder

    return ImapSentFolder(settings.imap)
