"""The daemon's send loop against a real SMTP server, with a controlled clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from pathlib import Path

import pytest
from sqlmodel import select

from outreach.compose.letter import Composer
from outreach.daemon import state
from outreach.daemon.pacing import Pacer
from outreach.daemon.send_loop import SendLoop
from outreach.store import transaction
from outreach.store.models import IncomingMessage, Municipality, OutgoingMessage
from outreach.transport.smtp import SmtpTransport
from tests.fixtures.smtp import SmtpServer
from tests.fixtures.store import Campaign, make_campaign, smtp_overrides

MONDAY_MORNING = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY_MORNING)


def campaign_with(tmp_path: Path, server: SmtpServer, **settings: str) -> Campaign:
    values = {"send.pacing": "false", "send.dry_run": "false", **settings}
    return make_campaign(tmp_path / "c", overrides=smtp_overrides(server.port, **values))


def loop_for(campaign: Campaign, clock: Callable[[], datetime]) -> SendLoop:
    return SendLoop(
        engine=campaign.engine,
        settings=campaign.settings,
        composer=Composer(campaign.settings.campaign),
        transport=SmtpTransport(campaign.settings.smtp),
        pacer=Pacer(campaign.settings.send),
        clock=clock,
    )


async def drain(loop: SendLoop, rounds: int = 20) -> int:
    """Run the loop until it has nothing to do now; returns how many rounds sent something."""
    sent = 0
    for _ in range(rounds):
        if await loop.run_once() > 0:
            break
        sent += 1
    await loop.transport.close()
    return sent


def rows(campaign: Campaign) -> list[OutgoingMessage]:
    with transaction(campaign.engine) as session:
        return list(session.exec(select(OutgoingMessage)))


class TestSending:
    """Letters go out one per round, each once."""

    async def test_whole_campaign(
        self, tmp_path: Path, smtp_server: SmtpServer, clock: Clock
    ) -> None:
        campaign = campaign_with(tmp_path, smtp_server)
        loop = loop_for(campaign, clock)
        assert await drain(loop) == 4
        assert max(smtp_server.message_ids().values()) == 1
        assert len(smtp_server.accepted) == 4
        assert loop.idle

    async def test_pacing_spreads_the_sends(
        self, tmp_path: Path, smtp_server: SmtpServer, clock: Clock
    ) -> None:
        campaign = campaign_with(
            tmp_path,
            smtp_server,
            **{
                "send.pacing": "true",
                "send.hourly_cap": "2",
                "send.min_spacing": "0",
                "send.max_spacing": "0",
            },
        )
        loop = loop_for(campaign, clock)
        assert await drain(loop) == 2
        clock.advance(hours=1, seconds=1)
        assert await drain(loop) == 2
        assert len(smtp_server.accepted) == 4

    async def test_nothing_sent_on_saturday(self, tmp_path: Path, smtp_server: SmtpServer) -> None:
        campaign = campaign_with(tmp_path, smtp_server, **{"send.pacing": "true"})
        saturday = Clock(datetime(2026, 11, 28, 11, 0, tzinfo=UTC))
        wait = await loop_for(campaign, saturday).run_once()
        assert smtp_server.accepted == []
        assert wait == pytest.approx(
            (datetime(2026, 11, 30, 8, 0, tzinfo=UTC) - saturday.now).total_seconds()
        )


class TestServerTrouble:
    """4xx is retried, the daily limit pauses, a bad login pauses, nothing is sent twice."""

    async def test_transient_errors_are_retried(
        self, tmp_path: Path, smtp_server: SmtpServer, clock: Clock
    ) -> None:
        smtp_server.handler.script.extend(
            ["421 4.7.0 busy", "451 4.3.0 later", None, "452 4.2.2 full"]
        )
        campaign = campaign_with(tmp_path, smtp_server)
        await drain(loop_for(campaign, clock))
        assert len(smtp_server.accepted) == 4
        assert max(smtp_server.message_ids().values()) == 1

    async def test_rescheduled_letter_waits_then_goes(
        self, tmp_path: Path, smtp_server: SmtpServer, clock: Clock
    ) -> None:
        campaign = campaign_with(tmp_path, smtp_server, **{"smtp.retries": "2"})
        smtp_server.handler.script.extend(["451 4.3.0 later"] * 2)
        loop = loop_for(campaign, clock)
        await drain(loop)
        assert len(smtp_server.accepted) == 3
        queued = [r for r in rows(campaign) if r.state == "queued"]
        assert len(queued) == 1
        assert "451" in (queued[0].last_reply or "")
        clock.advance(minutes=11)
        await drain(loop)
        assert len(smtp_server.accepted) == 4
        assert max(smtp_server.message_ids().values()) == 1

    async def test_daily_limit_pauses_until_the_window_frees(
        self, tmp_path: Path, smtp_server: SmtpServer, clock: Clock
    ) -> None:
        campaign = campaign_with(tmp_path, smtp_server)
        smtp_server.handler.script.extend([None, "550 5.4.5 Daily user sending limit exceeded"])
        loop = loop_for(campaign, clock)
        await drain(loop)
        assert len(smtp_server.accepted) == 1
        pause = state.active_pause(campaign.engine, clock.now)
        assert pause is not None
        assert "daily limit" in pause["reason"]
        first_sent = min(r.sent_at for r in rows(campaign) if r.sent_at)
        assert datetime.fromisoformat(pause["until"]) == (
            first_sent.replace(tzinfo=UTC) + timedelta(hours=24)
        ).replace(microsecond=0)
        clock.advance(hours=12)
        await drain(loop)
        assert len(smtp_server.accepted) == 1  # still paused
        clock.advance(hours=13)
        await drain(loop)
        assert len(smtp_server.accepted) == 4
        assert max(smtp_server.message_ids().values()) == 1

    async def test_bad_login_pauses_for_the_operator(
        self, tmp_path: Path, smtp_server_with_login: SmtpServer, clock: Clock
    ) -> None:
        campaign = campaign_with(
            tmp_path,
            smtp_server_with_login,
            **{"smtp.username": '"me"', "smtp.password": '"wrong"'},
        )
        await drain(loop_for(campaign, clock))
        pause = state.active_pause(campaign.engine, clock.now + timedelta(days=30))
        assert pause is not None
        assert "login refused" in pause["reason"]
        assert "wrong" not in pause["reason"]
        assert smtp_server_with_login.accepted == []
        assert {r.state for r in rows(campaign)} == {"queued"}

    async def test_bounce_spike_pauses_until_resumed(
        self, tmp_path: Path, smtp_server: SmtpServer, clock: Clock
    ) -> None:
        campaign = campaign_with(tmp_path, smtp_server, **{"send.bounce_spike_window": "10"})
        loop = loop_for(campaign, clock)
        await drain(loop, rounds=2)
        for code in ("GM0014", "GM0153"):
            _store_reply(campaign, code, "bounce_hard", at=clock.now + timedelta(minutes=1))
        clock.advance(minutes=5)
        await drain(loop)
        assert len(smtp_server.accepted) == 2
        pause = state.active_pause(campaign.engine, clock.now + timedelta(days=365))
        assert pause is not None
        assert "bounced" in pause["reason"]
        state.resume(campaign.engine)
        # Resuming without fixing anything: the spike is still there, so it pauses again.
        await drain(loop)
        assert len(smtp_server.accepted) == 2


class TestReminders:
    """After N working days without a human reply, one reminder, threaded to the letter."""

    async def test_reminders(self, tmp_path: Path, smtp_server: SmtpServer, clock: Clock) -> None:
        campaign = campaign_with(tmp_path, smtp_server)
        loop = loop_for(campaign, clock)
        await drain(loop)
        _store_reply(campaign, "GM0344", "forwarded", at=clock.now)  # a person answered
        _store_reply(campaign, "GM0014", "auto_reply", at=clock.now)  # only automatic
        _store_reply(campaign, "GM0153", "bounce_hard", at=clock.now)
        _set_state(campaign, "GM0153", "needs_address")
        clock.advance(days=13)  # 9 working days later
        await drain(loop)
        assert len(smtp_server.accepted) == 4
        clock.advance(days=1)  # the tenth working day
        await drain(loop)
        reminders = smtp_server.accepted[4:]
        assert sorted(r.rcpt_tos[0] for r in reminders) == ["gemeente@ede.nl", "info@groningen.nl"]
        composer = Composer(campaign.settings.campaign)
        for r in reminders:
            message = message_from_bytes(r.data)
            code = "GM0228" if "ede" in r.rcpt_tos[0] else "GM0014"
            assert message["In-Reply-To"] == composer.message_id(code, "letter")
            assert message["Message-ID"] == composer.message_id(code, "reminder-1")
        clock.advance(days=30)
        await drain(loop)
        assert len(smtp_server.accepted) == 6  # only one reminder each


def _store_reply(campaign: Campaign, code: str, label: str, *, at: datetime) -> None:
    with transaction(campaign.engine) as session:
        session.add(
            IncomingMessage(
                content_hash=f"{code}-{label}-{at.isoformat()}",
                raw=b"x",
                cbs_code=code,
                label=label,
                received_at=at,
            )
        )


def _set_state(campaign: Campaign, code: str, new_state: str) -> None:
    from outreach.status import set_state

    with transaction(campaign.engine) as session:
        m = session.get(Municipality, code)
        assert m is not None
        set_state(session, m, new_state, cause="test")
