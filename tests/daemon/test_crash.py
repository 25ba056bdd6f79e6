"""Exactly once across crashes: the daemon is killed at random moments and restarted.

It runs against the Gmail-like mail world: the SMTP front files every message it accepts in the
account's Sent folder (a real Dovecot) before it answers, and holds the answer back a little,
so a kill often falls between "filed" and "reply read". A restarted daemon must settle what it
left in `sending` from the Sent folder, while the municipalities' replies keep arriving.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlmodel import select

from outreach.mailworld import MailWorld
from outreach.store import transaction
from outreach.store.models import Municipality, StatusEvent
from tests.fixtures.world import world_campaign

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]


def daemon_command(config: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "outreach", "run", "--config", str(config), *extra]


def test_killed_twenty_times_sends_each_letter_once(tmp_path: Path, world: MailWorld) -> None:
    world.set_delay(0.1)  # time for a kill between "filed in Sent" and "250 read"
    campaign = world_campaign(world, tmp_path / "c", **{"imap.poll_interval": "1"})
    rng = random.Random(20261128)
    kills = 0
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    while kills < 20:
        before = len(world.smtp.accepted)
        process = subprocess.Popen(
            daemon_command(campaign.config),
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # Kill at a random moment once it is sending, however long it took to start.
        deadline = time.monotonic() + 60
        while len(world.smtp.accepted) == before and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 1.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        kills += 1
    world.set_delay(0.0)
    final = subprocess.run(
        daemon_command(campaign.config, "--exit-when-idle"),
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert final.returncode == 0, final.stderr[-2000:]
    with transaction(campaign.engine) as session:
        causes = Counter(e.cause for e in session.exec(select(StatusEvent)))
        addresses = {m.email.lower() for m in session.exec(select(Municipality)) if m.email}
    accepted = world.smtp.recipients()
    duplicates = sum(n - 1 for n in accepted.values() if n > 1)
    missing = addresses - set(accepted)
    print(
        f"\ncrash test: {kills} kills, {sum(accepted.values())} letters accepted by the "
        f"server for {len(addresses)} municipalities, {duplicates} duplicates, "
        f"{len(missing)} missing; after restarts "
        f"{causes['found in the Sent folder after a restart']} letters were found in Sent and "
        f"{causes['not sent before a restart; queued again']} queued again"
    )
    assert missing == set()
    assert duplicates == 0
    assert set(accepted) == addresses
