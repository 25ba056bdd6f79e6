"""Killed mid-send, in the Gmail-like world: nobody misses the letter, nobody gets it twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlmodel import select

from outreach.mailworld import MailWorld
from outreach.sending.service import CLAIM_BATCH
from outreach.store import transaction
from outreach.store.models import Municipality
from tests.fixtures.world import contacts_csv, outreach, world_campaign

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]

VOLUNTEER = "volunteer@example.org"


def test_canary_then_killed_mid_letter(tmp_path: Path, world: MailWorld) -> None:
    campaign = world_campaign(world, tmp_path / "c", contacts=contacts_csv(8))
    canary = outreach(campaign.config, "send", "--really", "--test-to", VOLUNTEER, "--limit", "3")
    assert canary.returncode == 0, canary.stderr
    assert "Canary letters for: GM" in canary.stdout
    assert world.smtp.recipients() == {VOLUNTEER: 3}
    # The real send stalls in the first letter's conversation and is killed there.
    world.smtp.stall_at_rcpt = 10.0
    seen = world.smtp.rcpt_commands
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "outreach",
            "send",
            "--really",
            "--no-clause-f-ok",
            "--config",
            str(campaign.config),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    deadline = time.monotonic() + 60
    while world.smtp.rcpt_commands == seen and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    with transaction(campaign.engine) as session:
        in_flight = [m.cbs_code for m in session.exec(select(Municipality)) if m.state == "sending"]
    # The letter on the wire and the others claimed with it, none of them delivered: the
    # run below must find each in the Sent folder or not, and send it exactly once.
    assert len(in_flight) == min(CLAIM_BATCH, 8)
    assert {recipient for recipient, _ in world.smtp.deliveries()} == {VOLUNTEER}
    world.smtp.stall_at_rcpt = 0.0
    result = outreach(campaign.config, "run", "--exit-when-idle", timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    with transaction(campaign.engine) as session:
        municipalities = list(session.exec(select(Municipality)))
    addresses = {m.email.lower() for m in municipalities if m.email}
    delivered = world.smtp.deliveries()
    per_address = dict.fromkeys(addresses, 0)
    for (recipient, _mid), count in delivered.items():
        if recipient in per_address:
            per_address[recipient] += count
    assert per_address == dict.fromkeys(addresses, 1)  # every one exactly once
    to_volunteer = [mid for (recipient, mid), _ in delivered.items() if recipient == VOLUNTEER]
    assert sum(c for (r, _), c in delivered.items() if r == VOLUNTEER) == 3
    assert all(".canary-letter." in mid for mid in to_volunteer)
    assert all(m.state not in {"pending", "sending"} for m in municipalities if m.email)


def test_ctrl_c_in_send_says_what_went_out(tmp_path: Path, world: MailWorld) -> None:
    campaign = world_campaign(world, tmp_path / "c", contacts=contacts_csv(6))
    world.smtp.stall_at_rcpt, world.smtp.stall_after = 5.0, 2  # the third letter hangs
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "outreach",
            "send",
            "--really",
            "--no-clause-f-ok",
            "--config",
            str(campaign.config),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200"},
        # A shell that starts the tests in the background ignores Ctrl-C for them, and a child
        # inherits that: give the command the terminal's default, as a user's Ctrl-C meets it.
        preexec_fn=_default_ctrl_c,
    )
    deadline = time.monotonic() + 60
    while world.smtp.rcpt_commands < 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr[-2000:]
    assert "Traceback" not in stderr
    assert len(world.smtp.accepted) == 2
    assert "Interrupted. 2 sent in this run." in stdout
    assert "1 left in 'sending' (GM" in stdout
    assert "outreach run" in stdout


def _default_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
