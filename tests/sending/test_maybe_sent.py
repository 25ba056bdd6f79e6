"""Fault 3: a letter whose end of DATA got no reply may have gone; it is never sent blindly again.

The server here (aiosmtpd) takes the whole message, then sleeps past the client's timeout before
it answers, and files what it accepted in a Sent Maildir, late, as Gmail's index does.
"""

from __future__ import annotations

import asyncio
import mailbox
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from outreach.compose.letter import Composer
from outreach.daemon.pacing import Pacer
from outreach.daemon.recovery import lookup_pauses, settle_in_flight
from outreach.daemon.send_loop import SendLoop
from outreach.sending.service import LetterSender, Selection, SendReport
from outreach.status import SENDING, SENT
from outreach.store import transaction
from outreach.store.models import OutgoingMessage
from outreach.transport.sent_folder import MaildirSentFolder
from outreach.transport.smtp import SmtpTransport
from tests.daemon.test_send_loop import MONDAY_MORNING, Clock
from tests.fixtures.smtp import Accepted, RecordingHandler, SmtpServer
from tests.fixtures.store import Campaign, make_campaign, smtp_overrides

CLIENT_TIMEOUT = 0.5


@dataclass
class SlowAfterData(RecordingHandler):
    """Accepts every message, but answers the end of DATA only after `delay` seconds, and
    files it in the Sent Maildir `sent_lag` seconds after that."""

    delay: float = CLIENT_TIMEOUT * 3
    sent: Path | None = None
    sent_lag: float = 0.0
    slow_messages: int = 1_000

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.data_commands += 1
        self.accepted.append(
            Accepted(envelope.mail_from, list(envelope.rcpt_tos), envelope.content)
        )
        if self.sent is not None:
            threading.Timer(self.sent_lag, self._file, args=(envelope.content,)).start()
        if self.data_commands <= self.slow_messages:
            await asyncio.sleep(self.delay)
        return "250 2.0.0 OK queued"

    def _file(self, data: bytes) -> None:
        assert self.sent is not None
        mailbox.Maildir(self.sent, create=True).add(data)


@pytest.fixture
def slow_server(tmp_path: Path) -> Iterator[SmtpServer]:
    server = SmtpServer(handler=SlowAfterData(sent=tmp_path / "sent")).start()
    yield server
    server.stop()


def campaign_for(tmp_path: Path, server: SmtpServer, **values: str) -> Campaign:
    settings = {
        "send.dry_run": "false",
        "send.pacing": "false",
        "smtp.timeout": str(CLIENT_TIMEOUT),
        "smtp.retries": "4",
        **values,
    }
    return make_campaign(tmp_path / "c", overrides=smtp_overrides(server.port, **settings))


def rows(campaign: Campaign) -> dict[str, OutgoingMessage]:
    with transaction(campaign.engine) as session:
        return {row.cbs_code: row for row in session.exec(select(OutgoingMessage))}


def handler(server: SmtpServer) -> SlowAfterData:
    assert isinstance(server.handler, SlowAfterData)
    return server.handler


def copies(server: SmtpServer) -> Counter[str]:
    return Counter(str(a.message["Message-ID"]) for a in server.accepted)


class TestSlowEndOfData:
    """No reply after the message was handed over: "may have gone", not retried."""

    async def test_timeout_after_data_is_not_retried(
        self, tmp_path: Path, slow_server: SmtpServer
    ) -> None:
        campaign = campaign_for(tmp_path, slow_server)
        transport = SmtpTransport(campaign.settings.smtp)
        sender = LetterSender(
            engine=campaign.engine,
            settings=campaign.settings,
            composer=Composer(campaign.settings.campaign),
            transport=transport,
        )
        try:
            report = await sender.send_letters(Selection(only=("GM0344",)), dry_run=False)
        finally:
            await transport.close()
        assert isinstance(report, SendReport)
        assert [code for code, _ in report.maybe_sent] == ["GM0344"]
        assert "may have gone" in report.maybe_sent[0][1]
        assert handler(slow_server).data_commands == 1  # the old code sent 4 copies here
        assert rows(campaign)["GM0344"].state == SENDING

    async def test_daemon_settles_it_through_the_sent_folder(
        self, tmp_path: Path, slow_server: SmtpServer
    ) -> None:
        handler(slow_server).slow_messages = 2
        handler(slow_server).sent_lag = 1.0  # Sent shows it a second later than the timeout
        campaign = campaign_for(
            tmp_path,
            slow_server,
            **{"send.recovery_recheck": "0.2", "send.sent_lookup_window": "6"},
        )
        loop = SendLoop(
            engine=campaign.engine,
            settings=campaign.settings,
            composer=Composer(campaign.settings.campaign),
            transport=SmtpTransport(campaign.settings.smtp),
            pacer=Pacer(campaign.settings.send),
            clock=Clock(MONDAY_MORNING),
            sent_folder=MaildirSentFolder(tmp_path / "sent"),
        )
        try:
            for _ in range(10):
                if await loop.run_once() > 0:
                    break
        finally:
            await loop.transport.close()
        states = {code: row.state for code, row in rows(campaign).items()}
        assert set(states.values()) == {SENT}
        assert len(states) == 4
        assert max(copies(slow_server).values()) == 1
        assert handler(slow_server).data_commands == 4


class TestLateSentFolder:
    """After a crash, a letter Gmail indexes late is still found, so it is not sent twice."""

    async def test_letter_indexed_after_the_first_looks_is_found(self, tmp_path: Path) -> None:
        campaign = make_campaign(tmp_path / "c")
        mid = Composer(campaign.settings.campaign).message_id("GM0344", "letter")
        with transaction(campaign.engine) as session:
            session.add(
                OutgoingMessage(
                    cbs_code="GM0344",
                    step="letter",
                    state=SENDING,
                    message_id=mid,
                    to_address="gemeente@utrecht.nl",
                )
            )
        sent = tmp_path / "sent"
        raw = (
            f"Message-ID: {mid}\r\nTo: gemeente@utrecht.nl\r\nSubject: Verzoek\r\n\r\nbrief\r\n"
        ).encode()
        # Later than the old "look twice, 5 s apart" (scaled down here: 0.2 s apart).
        timer = threading.Timer(1.5, lambda: mailbox.Maildir(sent, create=True).add(raw))
        timer.start()
        try:
            result = await settle_in_flight(
                engine=campaign.engine,
                sent_folder=MaildirSentFolder(sent),
                second_look_after=0.2,
                window=5.0,
            )
        finally:
            timer.cancel()
        assert result.found == ["GM0344"]
        assert result.requeued == []
        assert rows(campaign)["GM0344"].state == SENT

    async def test_not_in_sent_after_the_window_is_queued_again(self, tmp_path: Path) -> None:
        campaign = make_campaign(tmp_path / "c")
        with transaction(campaign.engine) as session:
            session.add(
                OutgoingMessage(
                    cbs_code="GM0344",
                    step="letter",
                    state=SENDING,
                    message_id="<never@x>",
                    to_address="gemeente@utrecht.nl",
                )
            )
        waited: list[float] = []

        async def sleep(seconds: float) -> None:
            waited.append(seconds)

        result = await settle_in_flight(
            engine=campaign.engine,
            sent_folder=MaildirSentFolder(tmp_path / "sent"),
            second_look_after=5.0,
            window=120.0,
            sleep=sleep,
        )
        assert result.requeued == ["GM0344"]
        assert sum(waited) == pytest.approx(120.0)
        assert waited[:3] == [5.0, 10.0, 20.0]

    def test_pauses_grow_and_fill_the_window(self) -> None:
        pauses = lookup_pauses(first=5.0, window=120.0)
        assert sum(pauses) == pytest.approx(120.0)
        assert max(pauses) <= 30.0
        assert lookup_pauses(first=0.0, window=0.0) == []
