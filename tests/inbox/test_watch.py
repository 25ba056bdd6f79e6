"""Watch mode: IDLE wakes a sync, a dropped connection is re-opened, a stop request is quick.

Each test adds mail only once the watcher is in the state the test is about (idling, waiting
on the Maildir, disconnected), told by an event, and waits for the outcome with a deadline far
longer than a busy machine needs yet far shorter than the poll interval and the IDLE renewal
(120 s): only the path under test can meet it. Mail that lands while a pass ends and before the
watcher waits again is seen only at that renewal (see `Waiting`), so no test leaves that to luck.
"""

from __future__ import annotations

import asyncio
import mailbox
import threading
import time
from pathlib import Path

import imapclient
import pytest
from sqlalchemy import Engine

from outreach.errors import AuthenticationError
from outreach.inbox.sync import SyncReport
from outreach.inbox.watch import watch_inbox
from outreach.settings import ImapSettings, InboxSettings, Settings
from outreach.transport.imap import ImapInbox
from outreach.transport.maildir_inbox import MaildirInbox
from tests.fixtures.dovecot import DovecotServer, FlakyProxy, MailUser, imap_settings, make_message
from tests.inbox.support import messages

# Far more than a loaded machine needs, far less than the 120 s of polling and IDLE renewal.
DEADLINE = 60.0
# A stop request ends IDLE at once; without that it would last until the renewal (120 s).
STOP_WITHIN = 30.0


class Passes:
    """Counts sync passes from the worker thread; lets the test wait for the next one."""

    def __init__(self) -> None:
        self.reports: list[SyncReport] = []
        self._changed = threading.Condition()

    def __call__(self, report: SyncReport) -> None:
        with self._changed:
            self.reports.append(report)
            self._changed.notify_all()

    async def wait_for(self, count: int, within: float = DEADLINE) -> None:
        def wait() -> bool:
            with self._changed:
                return self._changed.wait_for(lambda: len(self.reports) >= count, within)

        assert await asyncio.to_thread(wait), f"only {len(self.reports)} sync passes"


class Waiting:
    """Set when the watcher has started waiting for news: mail added after that wakes it.

    Mail added a moment earlier may not: an IDLE notification that comes in the same read as
    the server's "+ idling" stays in imaplib's buffer, where imapclient's `idle_check` (which
    polls the socket) never sees it; a Maildir change made before the watcher's first look is
    part of what it compares against. Either is found only at the next renewal or poll.
    """

    def __init__(self) -> None:
        self._event = threading.Event()

    def mark(self) -> None:
        self._event.set()

    async def wait(self, within: float = DEADLINE) -> None:
        assert await asyncio.to_thread(self._event.wait, within), "the watcher never waited"
        self._event.clear()


@pytest.fixture
def idling(monkeypatch: pytest.MonkeyPatch) -> Waiting:
    """Marked once the server has confirmed IDLE (its "+ idling" has been read)."""
    waiting, start = Waiting(), imapclient.IMAPClient.idle

    def idle(client: imapclient.IMAPClient) -> None:
        start(client)
        waiting.mark()

    monkeypatch.setattr(imapclient.IMAPClient, "idle", idle)
    return waiting


@pytest.fixture
def looking(monkeypatch: pytest.MonkeyPatch) -> Waiting:
    """Marked once the Maildir watcher has taken the look it compares later looks against."""
    waiting, snapshot = Waiting(), MaildirInbox._snapshot

    def look(inbox: MaildirInbox) -> list[int]:
        found = snapshot(inbox)
        waiting.mark()
        return found

    monkeypatch.setattr(MaildirInbox, "_snapshot", look)
    return waiting


async def wait_until_stored(engine: Engine, count: int, within: float = DEADLINE) -> None:
    began = time.monotonic()
    while len(messages(engine)) < count:
        assert time.monotonic() - began < within, "message not stored in time"
        await asyncio.sleep(0.05)


def settings_for(imap: ImapSettings, **inbox: object) -> Settings:
    return Settings(imap=imap, inbox=InboxSettings(**inbox))  # type: ignore[arg-type]


@pytest.mark.dovecot
class TestWatchImap:
    """New mail is picked up through IDLE, and reconnects catch up by UID."""

    async def test_idle_brings_new_mail_in_quickly(
        self,
        dovecot_server: DovecotServer,
        mail_user: MailUser,
        store_engine: Engine,
        idling: Waiting,
    ) -> None:
        # Renewal and polling far off: only an IDLE notification can explain a quick store.
        imap = imap_settings(dovecot_server, mail_user, idle_renew=120, poll_interval=120)
        stop, passes = asyncio.Event(), Passes()
        task = asyncio.create_task(
            watch_inbox(
                engine=store_engine, settings=settings_for(imap), stop=stop, on_batch=passes
            )
        )
        await passes.wait_for(1)
        await idling.wait()
        dovecot_server.append(mail_user, [make_message(1)])

        await wait_until_stored(store_engine, 1)
        await passes.wait_for(2)
        stop.set()
        await asyncio.wait_for(task, timeout=STOP_WITHIN)

        assert passes.reports[1].stored == 1

    async def test_reconnects_and_catches_up_after_a_drop(
        self,
        dovecot_server: DovecotServer,
        mail_user: MailUser,
        flaky_proxy: FlakyProxy,
        store_engine: Engine,
    ) -> None:
        imap = imap_settings(
            dovecot_server, mail_user, port=flaky_proxy.port, idle_renew=120, poll_interval=120
        )
        stop, passes = asyncio.Event(), Passes()
        reconnect = threading.Event()
        opened = 0

        def connect() -> ImapInbox:
            nonlocal opened
            opened += 1
            # The outage lasts until the test has added its mail, however slow the machine.
            assert opened == 1 or reconnect.wait(DEADLINE), "never allowed to reconnect"
            return ImapInbox(settings=imap)

        task = asyncio.create_task(
            watch_inbox(
                engine=store_engine,
                settings=settings_for(imap),
                stop=stop,
                on_batch=passes,
                connect=connect,
            )
        )
        await passes.wait_for(1)
        flaky_proxy.drop_all()
        # Arrives while the connection is down: only the catch-up after reconnecting finds it.
        dovecot_server.append(mail_user, [make_message(1)])
        reconnect.set()

        await wait_until_stored(store_engine, 1)
        stop.set()
        await asyncio.wait_for(task, timeout=STOP_WITHIN)

        assert flaky_proxy.connections >= 2
        assert len(messages(store_engine)) == 1

    async def test_wrong_password_ends_the_watch(
        self, dovecot_server: DovecotServer, mail_user: MailUser, store_engine: Engine
    ) -> None:
        imap = imap_settings(dovecot_server, mail_user, password="not-it")
        with pytest.raises(AuthenticationError):
            await asyncio.wait_for(
                watch_inbox(engine=store_engine, settings=settings_for(imap), stop=asyncio.Event()),
                timeout=10,
            )


class TestWatchMaildir:
    """Without IDLE the Maildir is looked at again after a change or the poll interval."""

    async def test_new_file_is_stored(
        self, tmp_path: Path, store_engine: Engine, looking: Waiting
    ) -> None:
        box = mailbox.Maildir(tmp_path / "inbox", create=True)
        # Polling far off: only the change to the folder can explain a store in time.
        settings = settings_for(
            ImapSettings(poll_interval=120), backend="maildir", maildir=tmp_path / "inbox"
        )
        stop, passes = asyncio.Event(), Passes()
        task = asyncio.create_task(
            watch_inbox(engine=store_engine, settings=settings, stop=stop, on_batch=passes)
        )
        await passes.wait_for(1)
        await looking.wait()
        box.add(make_message(1))

        await wait_until_stored(store_engine, 1)
        await passes.wait_for(2)
        stop.set()
        await asyncio.wait_for(task, timeout=STOP_WITHIN)

        assert [r.stored for r in passes.reports] == [0, 1]
