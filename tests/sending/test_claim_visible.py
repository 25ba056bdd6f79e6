"""A letter's `sending` mark is seen by other processes before its first byte goes out.

Also when this process opened the store more than once (as `init` and the test fixtures do)
and a canary run came first: another process that closes the store must never be able to
delete the WAL that this process still writes its marks to.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from outreach.compose.letter import Composer
from outreach.sending.service import LetterSender, Selection
from outreach.store import open_store
from outreach.transport.base import OutgoingMail
from tests.fixtures.store import make_campaign

VOLUNTEER = "volunteer@example.org"
_READ = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
rows = connection.execute("SELECT cbs_code, step, state FROM outgoing_message ORDER BY id")
print(";".join(",".join(row) for row in rows))
connection.close()
"""


def rows_seen_elsewhere(database: str) -> list[tuple[str, ...]]:
    """The outgoing rows as a separate process reads them (it opens and closes the store)."""
    out = subprocess.run(
        [sys.executable, "-c", _READ, database], capture_output=True, text=True, check=True
    ).stdout.strip()
    return [tuple(row.split(",")) for row in out.split(";") if row]


class AsksAnotherProcess:
    """A transport stalled on the wire: before it "sends", another process reads the store."""

    def __init__(self, database: str) -> None:
        self.database = database
        self.seen: list[list[tuple[str, ...]]] = []

    async def send(self, mail: OutgoingMail) -> str:
        self.seen.append(rows_seen_elsewhere(self.database))
        return "250 2.0.0 OK"

    async def close(self) -> None:
        return None


async def test_sending_mark_is_visible_elsewhere_after_a_canary(tmp_path: Path) -> None:
    campaign = make_campaign(tmp_path / "c")
    database = str(campaign.engine.url.database)
    engine = open_store(campaign.settings.store_url)  # the store opened once more
    transport = AsksAnotherProcess(database)
    sender = LetterSender(
        engine=engine,
        settings=campaign.settings,
        composer=Composer(campaign.settings.campaign),
        transport=transport,
    )
    canary = await sender.send_letters(Selection(limit=1), dry_run=False, canary_to=VOLUNTEER)
    assert canary.sent == ["GM0014"]
    # The canary's `send` ends: its process closes the store.
    assert rows_seen_elsewhere(database) == [("GM0014", "canary-letter", "sent")]
    report = await sender.send_letters(Selection(limit=1), dry_run=False)
    assert report.sent == ["GM0014"]
    # While the real letter was on the wire, another process already saw it as `sending`.
    assert transport.seen[-1] == [
        ("GM0014", "canary-letter", "sent"),
        ("GM0014", "letter", "sending"),
    ]
    assert rows_seen_elsewhere(database)[-1] == ("GM0014", "letter", "sent")
