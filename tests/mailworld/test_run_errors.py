"""`outreach run` when the account is not right: one line each, or a retry that succeeds."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from outreach.mailworld import MailWorld
from outreach.mailworld.certificates import self_signed, server_context
from tests.fixtures.world import contacts_csv, outreach, world_campaign

pytestmark = pytest.mark.dovecot


def error_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Error:")]


class TestStopsWithOneLine:
    """What only a person can fix stops `run` with one line and a non-zero exit."""

    def test_no_password(self, tmp_path: Path, world: MailWorld) -> None:
        campaign = world_campaign(world, tmp_path / "c", contacts=contacts_csv(3), password=None)
        result = outreach(campaign.config, "run", "--exit-when-idle", timeout=60)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert len(error_lines(result)) == 1
        assert "[smtp] password is not set" in error_lines(result)[0]
        assert world.smtp.accepted == []

    def test_no_password_reading_only(self, tmp_path: Path, world: MailWorld) -> None:
        campaign = world_campaign(
            world,
            tmp_path / "c",
            contacts=contacts_csv(3),
            password=None,
            **{"send.dry_run": "true"},
        )
        result = outreach(campaign.config, "run", "--exit-when-idle", timeout=60)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert error_lines(result) == ["Error: [imap] needs a password (an app password) or an "
                                       "oauth2_token"]  # fmt: skip

    def test_wrong_password(self, tmp_path: Path, world: MailWorld) -> None:
        campaign = world_campaign(
            world, tmp_path / "c", contacts=contacts_csv(3), password="not-the-password"
        )
        result = outreach(campaign.config, "run", "--exit-when-idle", timeout=60)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert len(error_lines(result)) == 1
        assert "refused the login" in error_lines(result)[0]
        assert "not-the-password" not in result.stderr

    def test_certificate_not_trusted(self, tmp_path: Path) -> None:
        cert, key = self_signed(tmp_path / "tls")
        with MailWorld(tls=server_context(cert, key)) as world:
            campaign = world_campaign(world, tmp_path / "c", contacts=contacts_csv(3))
            result = outreach(campaign.config, "run", "--exit-when-idle", timeout=60)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert len(error_lines(result)) == 1
        assert "is not trusted" in error_lines(result)[0]


class TestWaitsForTheServer:
    """A server that is down at the start is waited for, with backoff, not given up on."""

    def test_smtp_down_for_three_seconds(self, tmp_path: Path, world: MailWorld) -> None:
        campaign = world_campaign(world, tmp_path / "c", contacts=contacts_csv(3))
        world.smtp_server.stop()
        command = [sys.executable, "-m", "outreach", "run", "--exit-when-idle"]
        process = subprocess.Popen(
            [*command, "--config", str(campaign.config)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        assert process.stdout is not None
        process.stdout.readline()  # "outreach is running": from now on it tries the server
        time.sleep(3)
        world.smtp_server.start()
        _, stderr = process.communicate(timeout=120)
        assert process.returncode == 0, stderr[-2000:]
        assert "Traceback" not in stderr
        assert "cannot reach the SMTP server" in stderr  # said, then retried
        assert len(world.smtp.accepted) == 3
