"""Keep the store up to date with the inbox: poll once, or watch until told to stop.

IDLE (or a plain poll where the server has no IDLE) only says *when* to look; what to read is
always decided by a full sync pass by UID, after every wake-up and every reconnect, so a missed
notification or a dropped connection never loses mail.

imapclient blocks, so the loop runs in a worker thread. `watch_inbox` is the asyncio entry for
the daemon; `poll_once` serves the one-shot CLI command and tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_when_event_set,
    wait_exponential,
    wait_random,
)
from tenacity.wait import wait_base

from outreach.errors import ConnectionFailedError, TransientTransportError
from outreach.inbox.backends import open_source
from outreach.inbox.source import InboxSource
from outreach.inbox.sync import ProgressCallback, SyncReport, sync_inbox
from outreach.settings import Settings

log = logging.getLogger(__name__)

SourceFactory = Callable[[], InboxSource]
BatchCallback = Callable[[SyncReport], None]


@dataclass(frozen=True, slots=True)
class Backoff:
    """How long to wait between attempts (seconds): exponential with jitter, capped."""

    initial: float = 1.0
    maximum: float = 300.0

    def strategy(self) -> wait_base:
        # Jitter keeps the daemon and a manual poll from reconnecting in lockstep.
        return wait_exponential(multiplier=self.initial, max=self.maximum) + wait_random(
            0, self.initial
        )


def poll_once(
    *,
    engine: Engine,
    connect: SourceFactory,
    progress: ProgressCallback | None = None,
    attempts: int = 4,
    backoff: Backoff | None = None,
) -> SyncReport:
    """One full sync pass on a fresh connection, reconnecting if the connection drops.

    Work stored before a drop stays stored; the retry continues from the folder cursors.
    """
    backoff = backoff or Backoff(initial=1.0, maximum=30.0)

    def attempt() -> SyncReport:
        source = connect()
        try:
            return sync_inbox(
                engine=engine, source=source, account=source.account, progress=progress
            )
        finally:
            source.close()

    retrying = Retrying(
        retry=retry_if_exception(lambda exc: isinstance(exc, TransientTransportError)),
        stop=stop_after_attempt(attempts),
        wait=backoff.strategy(),
        before_sleep=_log_retry,
        reraise=True,
    )
    return retrying(attempt)


def run_watch(
    *,
    engine: Engine,
    connect: SourceFactory,
    stop: threading.Event,
    on_batch: BatchCallback | None = None,
    backoff: Backoff | None = None,
) -> None:
    """Sync, wait for news, sync again, until `stop` is set. Blocking: run it in a thread.

    A dropped connection is re-opened with backoff for as long as it takes. A wrong password
    or an unknown host on the very first connection is raised: only a person can fix those.
    """
    backoff = backoff or Backoff()
    connected_before = False

    def worth_retrying(exc: BaseException) -> bool:
        if isinstance(exc, ConnectionFailedError):
            return connected_before  # it worked before, so the network is likely back soon
        return isinstance(exc, TransientTransportError)

    def catch_up() -> InboxSource | None:
        nonlocal connected_before
        if stop.is_set():
            return None
        source = connect()
        connected_before = True
        try:
            _pass(engine=engine, source=source, on_batch=on_batch)
        except BaseException:
            source.close()
            raise
        return source

    def sleep(seconds: float) -> None:
        stop.wait(seconds)  # unlike time.sleep, a stop request ends the backoff at once

    while not stop.is_set():
        # A new Retrying per outage, so the backoff starts small again after a good spell.
        retrying = Retrying(
            retry=retry_if_exception(worth_retrying),
            stop=stop_when_event_set(stop),
            wait=backoff.strategy(),
            sleep=sleep,
            before_sleep=_log_retry,
            reraise=True,
        )
        try:
            source = retrying(catch_up)
        except (TransientTransportError, ConnectionFailedError):
            if stop.is_set():
                return
            raise
        if source is None:
            return
        try:
            while not stop.is_set():
                source.wait(stop=stop)
                if not stop.is_set():
                    _pass(engine=engine, source=source, on_batch=on_batch)
        except TransientTransportError as exc:
            log.warning("inbox connection lost, reconnecting: %s", exc)
        finally:
            source.close()


def _pass(*, engine: Engine, source: InboxSource, on_batch: BatchCallback | None) -> None:
    report = sync_inbox(engine=engine, source=source, account=source.account)
    if on_batch is not None:
        on_batch(report)


def _log_retry(state: RetryCallState) -> None:
    error = state.outcome.exception() if state.outcome is not None else None
    wait = state.next_action.sleep if state.next_action is not None else 0.0
    log.warning("inbox: %s; trying again in %.0f s", error, wait)


async def watch_inbox(
    *,
    engine: Engine,
    settings: Settings,
    stop: asyncio.Event,
    on_batch: BatchCallback | None = None,
    connect: SourceFactory | None = None,
) -> None:
    """Watch the inbox until `stop` is set, without blocking the event loop.

    `on_batch` gets each pass's report and runs in the worker thread, so it may do blocking
    work (such as processing the new messages) but must not touch the event loop directly.
    """
    halt = threading.Event()
    worker = asyncio.ensure_future(
        asyncio.to_thread(
            run_watch,
            engine=engine,
            connect=connect or (lambda: open_source(settings)),
            stop=halt,
            on_batch=on_batch,
        )
    )
    stopped = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({worker, stopped}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        halt.set()
        stopped.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await stopped
        # A thread cannot be cancelled; it sees `halt` within about a second and returns.
        await worker
