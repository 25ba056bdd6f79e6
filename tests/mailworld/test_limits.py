"""What Gmail's SMTP server says when it has had enough, and what `send` makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from outreach.mailworld import MailWorld
from outreach.mailworld.smtp_front import DAILY_LIMIT
from tests.fixtures.world import contacts_csv, outreach, world_campaign

pytestmark = pytest.mark.dovecot


class TestSendingLimits:
    """The daily limit stops the run; a 421 or 451 is retried; nobody gets a letter twice."""

    def test_daily_limit_stops_with_one_line(self, tmp_path: Path, world: MailWorld) -> None:
        campaign = world_campaign(world, tmp_path / "c", contacts=contacts_csv(6))
        world.smtp.fail_after(2, DAILY_LIMIT)
        result = outreach(campaign.config, "send", "--really", "--no-clause-f-ok")
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert "Stopped: 550 5.4.5" in " ".join(result.stdout.split())
        assert len(world.smtp.accepted) == 2
        world.smtp.clear_faults()
        rest = outreach(campaign.config, "send", "--really", "--no-clause-f-ok")
        assert rest.returncode == 0, rest.stderr
        assert set(world.smtp.recipients().values()) == {1}
        assert len(world.smtp.recipients()) == 6

    @pytest.mark.parametrize(
        "reply",
        [
            "421 4.7.0 Try again later, closing connection.",
            "451 4.3.0 Mail server temporarily rejected message.",
        ],
    )
    def test_transient_refusal_is_retried(
        self, tmp_path: Path, world: MailWorld, reply: str
    ) -> None:
        campaign = world_campaign(world, tmp_path / "c", contacts=contacts_csv(4))
        world.smtp.fail_after(1, reply, times=2)
        result = outreach(campaign.config, "send", "--really", "--no-clause-f-ok")
        assert result.returncode == 0, result.stderr
        assert world.smtp.refused == [reply, reply]
        assert len(world.smtp.recipients()) == 4
        assert set(world.smtp.recipients().values()) == {1}
