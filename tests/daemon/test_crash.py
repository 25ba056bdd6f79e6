"""Exactly once across crashes: the daemon is killed at random moments and restarted.

Like Gmail, the test's SMTP server files every message it accepts in the mailbox's Sent folder
(a real Dovecot), so a restarted daemon can settle what it left in `sending`.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlmodel import select

from outreach.contacts.importer import default_contacts_file, read_contacts
from outreach.store import transaction
from outreach.store.models import StatusEvent
from tests.fixtures.dovecot import DovecotServer, MailUser
from tests.fixtures.smtp import free_port
from tests.fixtures.store import make_campaign

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]


@dataclass
class GmailLikeHandler:
    """Accepts a message, files it in Sent over IMAP, then says 250 (as Gmail does)."""

    server: DovecotServer
    user: MailUser
    delay: float = 0.05
    accepted: Counter[str] = field(default_factory=Counter)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        import asyncio
        from email import message_from_bytes

        message_id = str(message_from_bytes(envelope.content)["Message-ID"])

        def file_and_count() -> None:
            # One step in a thread: a client that vanishes can cancel this coroutine, but the
            # message it already sent is filed and counted all the same, as Gmail would.
            self.server.append(self.user, [envelope.content], folder="Sent")
            self.accepted[message_id] += 1

        await asyncio.to_thread(file_and_count)
        await asyncio.sleep(self.delay)  # time for a kill between "filed" and "reply read"
        return "250 2.0.0 OK"


def daemon_command(config: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "outreach", "run", "--config", str(config), *extra]


def test_killed_twenty_times_sends_each_letter_once(
    tmp_path: Path, dovecot_server: DovecotServer, mail_user: MailUser
) -> None:
    handler = GmailLikeHandler(dovecot_server, mail_user)
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        campaign = make_campaign(
            tmp_path / "c",
            contacts=default_contacts_file().read_text(encoding="utf-8"),
            overrides={
                "smtp.host": '"127.0.0.1"',
                "smtp.port": str(port),
                "smtp.security": '"none"',
                "smtp.username": '""',
                "smtp.retry_wait": "0.1",
                "imap.host": '"127.0.0.1"',
                "imap.port": str(dovecot_server.port),
                "imap.security": '"none"',
                "imap.username": f'"{mail_user.name}"',
                "imap.password": f'"{mail_user.password}"',
                "imap.folders": '["INBOX"]',
                "imap.poll_interval": "1",
                "send.dry_run": "false",
                "send.pacing": "false",
                "send.recovery_recheck": "0.2",
                "send.sent_lookup_window": "1",
            },
        )
        rng = random.Random(20261128)
        kills = 0
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        while kills < 20:
            process = subprocess.Popen(
                daemon_command(campaign.config),
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(rng.uniform(1.2, 3.0))
            process.send_signal(signal.SIGKILL)
            process.wait()
            kills += 1
        final = subprocess.run(
            daemon_command(campaign.config, "--exit-when-idle"),
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert final.returncode == 0, final.stderr[-2000:]
    finally:
        controller.stop()
    with_address = [r for r in read_contacts(default_contacts_file())[0] if r.email]
    with transaction(campaign.engine) as session:
        causes = Counter(e.cause for e in session.exec(select(StatusEvent)))
    print(
        f"\ncrash test: {kills} kills, {sum(handler.accepted.values())} letters accepted by the "
        f"server for {len(with_address)} municipalities, "
        f"{sum(n - 1 for n in handler.accepted.values() if n > 1)} duplicates; after restarts "
        f"{causes['found in the Sent folder after a restart']} letters were found in Sent and "
        f"{causes['not sent before a restart; queued again']} queued again"
    )
    assert len(handler.accepted) == len(with_address)
    assert max(handler.accepted.values()) == 1
