"""`outreach run` as a process: one per store, clean stop on SIGTERM, status shows it."""

from __future__ import annotations

import json
import mailbox
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlmodel import select

from outreach.daemon.lock import DaemonLock
from outreach.errors import OperatorError
from outreach.store import transaction
from outreach.store.models import OutgoingMessage
from tests.fixtures.smtp import free_port
from tests.fixtures.store import Campaign, make_campaign


class SlowHandler:
    """Takes `delay` seconds over each message, and says when one has started."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.started = threading.Event()
        self.accepted: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        import asyncio

        self.started.set()
        await asyncio.sleep(self.delay)
        self.accepted.append(envelope.content)
        return "250 2.0.0 OK"


def local_campaign(tmp_path: Path, port: int) -> Campaign:
    (tmp_path / "c").mkdir()
    mailbox.Maildir(tmp_path / "c" / "inbox", create=True)
    return make_campaign(
        tmp_path / "c",
        overrides={
            "smtp.host": '"127.0.0.1"',
            "smtp.port": str(port),
            "smtp.security": '"none"',
            "smtp.username": '""',
            "send.dry_run": "false",
            "send.pacing": "false",
            "inbox.backend": '"maildir"',
            "imap.poll_interval": "0.5",
        },
    )


def start(config: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "outreach", "run", "--config", str(config), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


@pytest.mark.slow
class TestSignals:
    """SIGTERM finishes the message in hand and exits; nothing is left half-done."""

    def test_sigterm_during_a_send(self, tmp_path: Path) -> None:
        handler = SlowHandler(delay=2.0)
        port = free_port()
        controller = Controller(handler, hostname="127.0.0.1", port=port)
        controller.start()
        try:
            campaign = local_campaign(tmp_path, port)
            process = start(campaign.config)
            assert handler.started.wait(30), process.communicate(timeout=5)
            process.send_signal(signal.SIGTERM)
            began = time.monotonic()
            _out, err = process.communicate(timeout=20)
            stopped_after = time.monotonic() - began
        finally:
            controller.stop()
        assert process.returncode == 0, err
        assert stopped_after < 8
        with transaction(campaign.engine) as session:
            states = [row.state for row in session.exec(select(OutgoingMessage))]
        assert states == ["sent"]
        assert len(handler.accepted) == 1

    def test_second_instance_is_refused(self, tmp_path: Path) -> None:
        campaign = local_campaign(tmp_path, free_port())
        lock = DaemonLock(Path(campaign.settings.store_url.removeprefix("sqlite:///") + ".lock"))
        with lock:
            process = start(campaign.config)
            _out, err = process.communicate(timeout=30)
        assert process.returncode == 1
        assert f"already running for this store (process {os.getpid()})" in err.replace("\n", " ")


class TestLock:
    """The lock names its holder and is free again once released."""

    def test_lock(self, tmp_path: Path) -> None:
        path = tmp_path / "db.lock"
        with DaemonLock(path), pytest.raises(OperatorError, match=str(os.getpid())):
            DaemonLock(path).acquire()
        with DaemonLock(path):
            pass


@pytest.mark.slow
class TestStatus:
    """`status --json` shows the daemon's heartbeat and a pause."""

    def test_heartbeat_and_pause(self, tmp_path: Path) -> None:
        controller = Controller(SlowHandler(delay=0), hostname="127.0.0.1", port=free_port())
        controller.start()
        try:
            campaign = local_campaign(tmp_path, controller.port)
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "outreach",
                    "pause",
                    "--reason",
                    "waiting for the board",
                    "--config",
                    str(campaign.config),
                ],
                check=True,
                capture_output=True,
            )
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "outreach",
                    "run",
                    "--exit-when-idle",
                    "--config",
                    str(campaign.config),
                ],
                capture_output=True,
                text=True,
                timeout=60,
            )
        finally:
            controller.stop()
        assert result.returncode == 0, result.stderr
        status = subprocess.run(
            [
                sys.executable,
                "-m",
                "outreach",
                "status",
                "--json",
                "--config",
                str(campaign.config),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        daemon = json.loads(status.stdout)["daemon"]
        assert daemon["heartbeat"]["pid"] > 0
        assert daemon["pause"]["reason"] == "waiting for the board"
        assert json.loads(status.stdout)["counts"]["pending"] == 4  # nothing sent while paused
