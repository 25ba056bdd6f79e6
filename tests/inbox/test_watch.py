"""Watch mode: IDLE wakes a sync, a dropped connection is re-opened, a stop request is quick."""

from __future__ import annotations

import asyncio
import mailbox
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine

from outreach.errors import AuthenticationError
from outreach.inbox.sync import SyncReport
from outreach.inbox.watch import watch_inbox
from outreach.settings import ImapSettings, InboxSettings, Settings
from outreach.transport.imap import ImapInbox
from tests.fixtures.dovecot import DovecotServer, FlakyProxy, MailUser, imap_settings, make_message
from tests.inbox.support import messages


class Passes:
    """Counts sync passes from the worker thread; lets the test wait for the next one."""

    def __init__(self) -> None:
        self.reports: list[SyncReport] = []
        self._changed = threading.Condition()

    def __call__(self, report: SyncReport) -> None:
        with self._changed:
            self.reports.append(report)
            self._changed.notify_all()

    async def wait_for(self, count: int, within: float = 10.0) -> None:
        def wait() -> bool:
            with self._changed:
                return self._changed.wait_for(lambda: len(self.reports) >= count, within)

        assert await asyncio.to_thread(wait), f"only {len(self.reports)} sync passes"


async def wait_until_stored(engine: Engine, count: int, within: float = 10.0) -> float:
    began = time.monotonic()
    while len(messages(engine)) < count:
        assert time.monotonic() - began < within, "message not stored in time"
        await asyncio.sleep(0.05)
    return time.monotonic() - began


def settings_for(imap: ImapSettings, **inbox: object) -> Settings:
    return Settings(imap=imap, inbox=InboxSettings(**inbox))  # type: ignore[arg-type]


@pytest.mark.dovecot
class TestWatchImap:
    """New mail is picked up through IDLE, and reconnects catch up by UID."""

    async def test_idle_brings_new_mail_in_quickly(
        self, dovecot_server: DovecotServer, mail_user: MailUser, store_engine: Engine
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
        await asyncio.sleep(0.3)  # let it enter IDLE
        dovecot_server.append(mail_user, [make_message(1)])

        took = await wait_until_stored(store_engine, 1, within=5)
        stop.set()
        began = time.monotonic()
        await asyncio.wait_for(task, timeout=5)

        assert took < 5
        assert time.monotonic() - began < 3
        assert passes.reports[-1].stored == 1

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
        task = asyncio.create_task(
            watch_inbox(
                engine=store_engine,
                settings=settings_for(imap),
                stop=stop,
                on_batch=passes,
                connect=lambda: ImapInbox(settings=imap),
            )
        )
        await passes.wait_for(1)
        flaky_proxy.drop_all()
        # Arrives while the connection is down: only the catch-up after reconnecting finds it.
        dovecot_server.append(mail_user, [make_message(1)])

        await wait_until_stored(store_engine, 1)
        stop.set()
        await asyncio.wait_for(task, timeout=5)

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

    async def test_new_file_is_stored(self, tmp_path: Path, store_engine: Engine) -> None:
        box = mailbox.Maildir(tmp_path / "inbox", create=True)
        settings = settings_for(
            ImapSettings(poll_interval=30), backend="maildir", maildir=tmp_path / "inbox"
        )
        stop, passes = asyncio.Event(), Passes()
        task = asyncio.create_task(
            watch_inbox(engine=store_engine, settings=settings, stop=stop, on_batch=passes)
        )
        await passes.wait_for(1)
        box.add(make_message(1))

        took = await wait_until_stored(store_engine, 1, within=5)
        stop.set()
        await asyncio.wait_for(task, timeout=5)

        assert took < 5
        assert [r.stored for r in passes.reports] == [0, 1]
