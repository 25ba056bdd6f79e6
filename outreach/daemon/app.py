"""`outreach run`: the send loop and the inbox loop in one process, with a heartbeat.

Stopping: the first SIGTERM/SIGINT sets `stop`; each loop finishes the item in hand and
returns. A second signal ends the process at once (the caller installs that handler).
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from outreach.compose.letter import Composer
from outreach.daemon import state
from outreach.daemon.lock import DaemonLock, lock_path_for
from outreach.daemon.pacing import Pacer
from outreach.daemon.recovery import settle_in_flight
from outreach.daemon.send_loop import SendLoop
from outreach.inbox.sync import SyncReport
from outreach.settings import Settings
from outreach.store.models import now
from outreach.transport.base import MailTransport
from outreach.transport.sent_folder import SentFolder

log = logging.getLogger(__name__)
HEARTBEAT_EVERY = 15.0


@dataclass
class Daemon:
    settings: Settings
    engine: Engine
    transport: MailTransport
    sent_folder: SentFolder
    clock: Callable[[], datetime] = now
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    inbox: bool = True
    recovery_second_look: float = 5.0

    async def run(self) -> None:
        lock = DaemonLock(lock_path_for(self.settings.store_url, self.settings.base_dir))
        with lock:
            state.write(self.engine, state.HEARTBEAT, {"at": state.stamp(), "pid": os.getpid(),
                                                        "started": state.stamp()})
            recovery = await settle_in_flight(
                engine=self.engine, sent_folder=self.sent_folder,
                second_look_after=self.recovery_second_look,
            )
            if recovery.found or recovery.requeued:
                log.warning("after a restart: %d found in Sent, %d queued again",
                            len(recovery.found), len(recovery.requeued))
            loops = [self._send_loop().run(self.stop), self._heartbeat()]
            if self.inbox:
                loops.append(self._inbox_loop())
            try:
                await asyncio.gather(*loops)
            finally:
                await self.transport.close()
                state.update(self.engine, state.HEARTBEAT, at=state.stamp(), stopped=state.stamp())

    def _send_loop(self) -> SendLoop:
        return SendLoop(
            engine=self.engine,
            settings=self.settings,
            composer=Composer(self.settings.campaign),
            transport=self.transport,
            pacer=Pacer(self.settings.send),
            clock=self.clock,
        )

    async def _heartbeat(self) -> None:
        while not self.stop.is_set():
            state.update(self.engine, state.HEARTBEAT, at=state.stamp(), pid=os.getpid())
            try:
                await asyncio.wait_for(self.stop.wait(), timeout=HEARTBEAT_EVERY)
            except TimeoutError:
                pass

    async def _inbox_loop(self) -> None:
        from outreach.inbox.process import process_pending
        from outreach.inbox.watch import watch_inbox

        def on_batch(report: SyncReport) -> None:
            processed = process_pending(engine=self.engine, settings=self.settings)
            state.write(self.engine, state.LAST_POLL, {"at": state.stamp(), "stored": report.stored,
                                                        "processed": processed})
            state.update(self.engine, state.HEARTBEAT, last_poll=state.stamp())

        while not self.stop.is_set():
            try:
                await watch_inbox(engine=self.engine, settings=self.settings, stop=self.stop,
                                  on_batch=on_batch)
            except Exception as exc:  # noqa: BLE001  (a bad inbox must not stop the sending)
                log.exception("inbox loop error")
                state.record_error(self.engine, f"inbox: {exc}")
                try:
                    await asyncio.wait_for(self.stop.wait(), timeout=60)
                except TimeoutError:
                    pass


def default_sent_folder(settings: Settings) -> SentFolder:
    """The Sent folder for this inbox backend: IMAP's `\\Sent`, or the demo's Maildir."""
    if settings.inbox.backend == "maildir":
        from outreach.transport.sent_folder import MaildirSentFolder

        return MaildirSentFolder(settings.path(Path(settings.inbox.sent_maildir)))
    from outreach.transport.sent_folder import ImapSentFolder

    return ImapSentFolder(settings.imap)
