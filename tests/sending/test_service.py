"""Sending the letter through a real SMTP server on loopback."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from outreach.compose.letter import Composer
from outreach.sending.service import QUEUED, LetterSender, Selection
from outreach.status import FAILED, PENDING, SENDING, SENT
from outreach.store import transaction
from outreach.store.models import Municipality, OutgoingMessage, StatusEvent
from outreach.transport.base import OutgoingMail
from outreach.transport.outbox import OutboxTransport
from outreach.transport.smtp import SmtpTransport
from tests.fixtures.smtp import SmtpServer
from tests.fixtures.store import Campaign, make_campaign, smtp_overrides


@pytest.fixture
def live(tmp_path: Path, smtp_server: SmtpServer) -> Campaign:
    return make_campaign(tmp_path / "c", overrides=smtp_overrides(smtp_server.port))


def sender_for(campaign: Campaign) -> LetterSender:
    return LetterSender(
        engine=campaign.engine,
        settings=campaign.settings,
        composer=Composer(campaign.settings.campaign),
        transport=SmtpTransport(campaign.settings.smtp),
    )


def states(campaign: Campaign) -> dict[str, str]:
    with transaction(campaign.engine) as session:
        return {m.cbs_code: m.state for m in session.exec(select(Municipality))}


def outgoing(campaign: Campaign) -> dict[str, OutgoingMessage]:
    with transaction(campaign.engine) as session:
        return {o.cbs_code: o for o in session.exec(select(OutgoingMessage))}


async def send_all(
    campaign: Campaign, selection: Selection | None = None
) -> tuple[LetterSender, object]:
    sender = sender_for(campaign)
    try:
        report = await sender.send_letters(selection or Selection(), dry_run=False)
    finally:
        await sender.transport.close()
    return sender, report


class TestSending:
    """Letters reach the server once each, over one connection, and the store says so."""

    async def test_sends_one_letter_per_municipality_with_an_address(
        self, live: Campaign, smtp_server: SmtpServer
    ) -> None:
        sender, _report = await send_all(live)
        assert sorted(smtp_server.recipients()) == [
            "gemeente@ede.nl",
            "gemeente@utrecht.nl",
            "info@enschede.nl",
            "info@groningen.nl",
        ]
        assert states(live)["GM0363"] == "no_address"
        assert {states(live)[c] for c in ("GM0344", "GM0014", "GM0153", "GM0228")} == {SENT}
        assert isinstance(sender.transport, SmtpTransport)
        assert sender.transport.connections == 1

    async def test_second_run_sends_nothing(self, live: Campaign, smtp_server: SmtpServer) -> None:
        await send_all(live)
        _, report = await send_all(live)
        assert len(smtp_server.accepted) == 4
        assert report.attempted == 0  # type: ignore[attr-defined]

    async def test_message_ids_are_deterministic_and_recorded(
        self, live: Campaign, smtp_server: SmtpServer
    ) -> None:
        await send_all(live)
        composer = Composer(live.settings.campaign)
        rows = outgoing(live)
        assert rows["GM0344"].message_id == composer.message_id("GM0344", "letter")
        assert set(smtp_server.message_ids()) == {r.message_id for r in rows.values()}
        assert all(
            r.sent_at is not None and r.last_reply and r.last_reply.startswith("250")
            for r in rows.values()
        )

    async def test_history_records_sending_then_sent(self, live: Campaign) -> None:
        await send_all(live, Selection(only=("GM0344",)))
        with transaction(live.engine) as session:
            events = list(session.exec(select(StatusEvent).where(StatusEvent.cbs_code == "GM0344")))
        assert [(e.old_state, e.new_state) for e in events] == [
            (None, PENDING),
            (PENDING, SENDING),
            (SENDING, SENT),
        ]

    async def test_limit_and_only(self, live: Campaign, smtp_server: SmtpServer) -> None:
        await send_all(live, Selection(only=("gm0014", "GM0153"), limit=1))
        assert list(smtp_server.recipients()) == ["info@groningen.nl"]


class TestServerErrors:
    """Transient replies are retried, permanent ones recorded, a dropped connection reopened."""

    async def test_421_and_451_are_retried(self, live: Campaign, smtp_server: SmtpServer) -> None:
        smtp_server.handler.script.extend(["421 4.7.0 try again later", "451 4.3.0 local error"])
        _, report = await send_all(live)
        assert len(smtp_server.accepted) == 4
        assert smtp_server.handler.data_commands == 6
        assert report.rescheduled == []  # type: ignore[attr-defined]

    async def test_550_is_recorded_with_the_servers_words(
        self, live: Campaign, smtp_server: SmtpServer
    ) -> None:
        smtp_server.handler.script.append("550 5.1.1 mailbox unavailable")
        _, report = await send_all(live, Selection(only=("GM0014", "GM0153")))
        assert states(live)["GM0014"] == FAILED
        assert "550 5.1.1 mailbox unavailable" in (outgoing(live)["GM0014"].last_reply or "")
        assert report.failed == [("GM0014", "550 5.1.1 mailbox unavailable")]  # type: ignore[attr-defined]
        assert states(live)["GM0153"] == SENT

    async def test_failed_is_not_retried_unless_asked(
        self, live: Campaign, smtp_server: SmtpServer
    ) -> None:
        smtp_server.handler.script.append("550 5.1.1 mailbox unavailable")
        await send_all(live, Selection(only=("GM0014",)))
        await send_all(live, Selection(only=("GM0014",)))
        assert smtp_server.handler.data_commands == 1
        await send_all(live, Selection(only=("GM0014",), retry_failed=True))
        assert states(live)["GM0014"] == SENT
        assert outgoing(live)["GM0014"].attempts == 2

    async def test_drop_after_data_may_have_gone_and_the_rest_use_a_new_connection(
        self, live: Campaign, smtp_server: SmtpServer
    ) -> None:
        smtp_server.handler.script.extend([None, "drop"])
        sender, report = await send_all(live)
        # The dropped letter was handed over whole: not retried, left for the Sent lookup.
        assert len(smtp_server.accepted) == 3
        assert smtp_server.handler.data_commands == 4
        assert len(report.maybe_sent) == 1  # type: ignore[attr-defined]
        (code, _reply) = report.maybe_sent[0]  # type: ignore[attr-defined]
        assert outgoing(live)[code].state == SENDING
        assert max(smtp_server.message_ids().values()) == 1
        assert isinstance(sender.transport, SmtpTransport)
        assert sender.transport.connections == 2

    async def test_persistent_4xx_leaves_the_letter_queued(
        self, live: Campaign, smtp_server: SmtpServer
    ) -> None:
        smtp_server.handler.script.extend(
            ["452 4.3.1 insufficient storage"] * live.settings.smtp.retries
        )
        _, report = await send_all(live, Selection(only=("GM0344",)))
        assert report.rescheduled
        assert report.rescheduled[0][0] == "GM0344"
        assert outgoing(live)["GM0344"].state == "queued"
        assert states(live)["GM0344"] == PENDING
        await send_all(live, Selection(only=("GM0344",)))
        assert states(live)["GM0344"] == SENT

    async def test_daily_limit_stops_the_run(self, live: Campaign, smtp_server: SmtpServer) -> None:
        smtp_server.handler.script.append("550 5.4.5 Daily user sending limit exceeded")
        _, report = await send_all(live)
        assert "5.4.5" in (report.stopped or "")  # type: ignore[attr-defined]
        assert smtp_server.accepted == []
        assert set(states(live).values()) == {PENDING, "no_address"}
        # The letters claimed with the first one are back in the queue too, none `sending`.
        assert len(outgoing(live)) > 1
        assert {o.state for o in outgoing(live).values()} == {QUEUED}


class TestConnectionProblems:
    """A wrong password or an unreachable server stops the run with one clear sentence."""

    async def test_wrong_password(self, tmp_path: Path, smtp_server_with_login: SmtpServer) -> None:
        campaign = make_campaign(
            tmp_path / "c",
            overrides=smtp_overrides(
                smtp_server_with_login.port, **{"smtp.username": '"me"', "smtp.password": '"wrong"'}
            ),
        )
        _, report = await send_all(campaign)
        assert "refused the login" in (report.stopped or "")  # type: ignore[attr-defined]
        assert "wrong" not in (report.stopped or "")  # type: ignore[attr-defined]
        assert smtp_server_with_login.accepted == []
        assert SENDING not in states(campaign).values()

    async def test_right_password(self, tmp_path: Path, smtp_server_with_login: SmtpServer) -> None:
        campaign = make_campaign(
            tmp_path / "c",
            overrides=smtp_overrides(
                smtp_server_with_login.port,
                **{"smtp.username": '"me"', "smtp.password": '"right-password"'},
            ),
        )
        await send_all(campaign)
        assert len(smtp_server_with_login.accepted) == 4

    async def test_missing_password_is_caught_before_sending(
        self, tmp_path: Path, smtp_server_with_login: SmtpServer
    ) -> None:
        campaign = make_campaign(
            tmp_path / "c",
            overrides=smtp_overrides(smtp_server_with_login.port, **{"smtp.username": '"me"'}),
        )
        _, report = await send_all(campaign)
        assert "[smtp] password is not set" in (report.stopped or "")  # type: ignore[attr-defined]
        assert set(states(campaign).values()) == {PENDING, "no_address"}

    async def test_server_wanting_a_login_stops_the_run(
        self, live: Campaign, smtp_server: SmtpServer
    ) -> None:
        smtp_server.handler.script.append("530 5.7.0 Authentication Required")
        _, report = await send_all(live)
        assert "wants a login" in (report.stopped or "")  # type: ignore[attr-defined]
        assert smtp_server.accepted == []
        assert FAILED not in states(live).values()

    async def test_unreachable_server(self, tmp_path: Path) -> None:
        from tests.fixtures.smtp import free_port

        campaign = make_campaign(tmp_path / "c", overrides=smtp_overrides(free_port()))
        _, report = await send_all(campaign)
        assert "cannot reach the SMTP server" in (report.stopped or "")  # type: ignore[attr-defined]
        assert set(states(campaign).values()) == {PENDING, "no_address"}


class TestInterruptedRuns:
    """A letter left in `sending` is not sent again without --force."""

    async def test_in_flight_letter_is_skipped(
        self, live: Campaign, smtp_server: SmtpServer
    ) -> None:
        sender = sender_for(live)
        letter = sender.composer.compose(_municipality(live, "GM0344"))
        sender.ledger.claim(letter)  # what a crash right after the claim leaves behind
        _, report = await send_all(live)
        assert "gemeente@utrecht.nl" not in smtp_server.recipients()
        assert report.skipped_in_flight == ["GM0344"]  # type: ignore[attr-defined]
        await send_all(live, Selection(force=True))
        assert smtp_server.recipients()["gemeente@utrecht.nl"] == 1

    async def test_interrupted_run_keeps_every_sent_letter_recorded(
        self, live: Campaign, smtp_server: SmtpServer
    ) -> None:
        """Outcomes wait for the next claim; an interruption still writes those waiting."""
        sender = sender_for(live)
        inner = sender.transport
        calls = 0

        class Interrupting:
            async def send(self, mail: OutgoingMail) -> str:
                nonlocal calls
                calls += 1
                if calls == 3:
                    raise KeyboardInterrupt  # Ctrl-C in the middle of the third letter
                return await inner.send(mail)

            async def close(self) -> None:
                await inner.close()

        sender.transport = Interrupting()
        with pytest.raises(KeyboardInterrupt):
            await sender.send_letters(Selection(), dry_run=False)
        await sender.transport.close()
        rows = outgoing(live)
        assert len(smtp_server.accepted) == 2
        tried = sorted(o.state for o in rows.values() if o.state != QUEUED)
        assert tried == [SENDING, SENT, SENT]
        in_flight = next(code for code, o in rows.items() if o.state == SENDING)
        assert states(live)[in_flight] == SENDING  # settled by the Sent-folder check, not resent
        # Claimed with them but never on the wire: back in the queue, sent by the next run.
        unsent = [code for code, o in rows.items() if o.state == QUEUED]
        assert unsent
        assert all(states(live)[code] == PENDING for code in unsent)
        _, again = await send_all(live)
        assert sorted(again.sent) == sorted(unsent)  # type: ignore[attr-defined]
        assert len(smtp_server.accepted) == 2 + len(unsent)


class TestDryRunAndCanary:
    """Without --really nothing leaves the machine; a canary run goes to one address only."""

    async def test_dry_run_writes_the_outbox(self, campaign: Campaign, tmp_path: Path) -> None:
        outbox = tmp_path / "outbox"
        sender = LetterSender(
            engine=campaign.engine,
            settings=campaign.settings,
            composer=Composer(campaign.settings.campaign),
            transport=OutboxTransport(outbox),
        )
        report = await sender.send_letters(Selection(), dry_run=True)
        assert len(report.sent) == 4
        assert len(list((outbox / "new").iterdir())) == 4
        assert set(states(campaign).values()) == {PENDING, "no_address"}
        assert outgoing(campaign) == {}

    async def test_canary_goes_to_one_address_and_changes_nothing(
        self, live: Campaign, smtp_server: SmtpServer
    ) -> None:
        sender = sender_for(live)
        report = await sender.send_letters(
            Selection(), dry_run=False, canary_to="canary@example.org"
        )
        await sender.transport.close()
        assert smtp_server.recipients() == {"canary@example.org": 4}
        assert "GM0344 Utrecht" in report.rendered
        canaries = outgoing(live)
        assert {row.step for row in canaries.values()} == {"canary-letter"}
        assert {row.to_address for row in canaries.values()} == {"canary@example.org"}
        assert set(states(live).values()) == {PENDING, "no_address"}
        canary_ids = {row.message_id for row in canaries.values()}
        await send_all(live)
        assert smtp_server.recipients()["gemeente@utrecht.nl"] == 1
        real = {str(a.message["Message-ID"]) for a in smtp_server.accepted if
                "canary@example.org" not in a.rcpt_tos}  # fmt: skip
        assert len(real) == 4
        assert not real & canary_ids


def _municipality(campaign: Campaign, code: str) -> Municipality:
    with transaction(campaign.engine) as session:
        found = session.get(Municipality, code)
        assert found is not None
        return found


class TestCorrectedAddress:
    """After a bounce, a corrected address gets the letter again, once."""

    async def test_resend_after_new_address(
        self, live: Campaign, smtp_server: SmtpServer, tmp_path: Path
    ) -> None:
        from outreach.contacts.importer import import_contacts
        from outreach.status import set_state

        await send_all(live, Selection(only=("GM0344",)))
        with transaction(live.engine) as session:
            utrecht = session.get(Municipality, "GM0344")
            assert utrecht is not None
            set_state(session, utrecht, "needs_address", cause="bounce")
        fixed = tmp_path / "fixed.csv"
        fixed.write_text(
            "cbs_code,name,province,email\nGM0344,Utrecht,Utrecht,griffie@utrecht.nl\n"
        )
        import_contacts(engine=live.engine, path=fixed)
        assert states(live)["GM0344"] == PENDING
        await send_all(live, Selection(only=("GM0344",)))
        await send_all(live, Selection(only=("GM0344",)))
        assert smtp_server.recipients() == {"gemeente@utrecht.nl": 1, "griffie@utrecht.nl": 1}
        ids = list(smtp_server.message_ids())
        assert len(set(ids)) == 2
        assert "resend-1" in ids[1]
        assert "Herinnering" not in str(smtp_server.accepted[1].message["Subject"])
        assert states(live)["GM0344"] == SENT
