"""The mail world behaves like Gmail where `outreach` can tell the difference."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import aiosmtplib
import pytest

from outreach.mailworld import Authentication, MailWorld
from outreach.mailworld.smtp_front import DAILY_LIMIT, same_account, with_message_id
from tests.fixtures.dovecot import make_message

pytestmark = pytest.mark.dovecot

LETTER = (
    b"From: KinderpardonNU <kinderpardonnu@gmail.com>\r\nTo: gemeente@utrecht.nl\r\n"
    b"Subject: Brief\r\nMessage-ID: <kinderpardon-demo.letter.gm0344.0123456789@gmail.com>\r\n"
    b"\r\nGeachte griffie,\r\n"
)


@pytest.fixture(scope="module")
def world() -> Iterator[MailWorld]:
    with MailWorld(responder=None) as started:
        yield started


def send(world: MailWorld, data: bytes, to: str, *, password: str | None = None) -> str:
    async def go() -> str:
        client = aiosmtplib.SMTP(hostname="127.0.0.1", port=world.smtp_port, timeout=10)
        await client.connect()
        try:
            await client.login(world.address, password or world.password)
            _, reply = await client.sendmail(world.address, [to], data)
            return reply
        finally:
            client.close()

    return asyncio.run(go())


class TestFolders:
    """Gmail's folders, in Dutch, found by their special-use flags."""

    def test_dutch_names_by_flag(self, world: MailWorld) -> None:
        assert world.mailbox.sent == "[Gmail]/Verzonden berichten"
        assert world.mailbox.all_mail == "[Gmail]/Alle e-mail"
        assert world.mailbox.spam == "[Gmail]/Spam"


class TestSmtpFront:
    """Login first; every accepted message filed in Sent and All Mail."""

    def test_sent_copy_in_sent_and_all_mail(self, world: MailWorld) -> None:
        before = (world.mailbox.count(world.mailbox.sent), world.mailbox.count("INBOX"))
        send(world, LETTER, "gemeente@utrecht.nl")
        assert world.mailbox.count(world.mailbox.sent) == before[0] + 1
        assert world.mailbox.count("INBOX") == before[1]
        ids = world.mailbox.headers(world.mailbox.all_mail, "Message-ID")
        assert "<kinderpardon-demo.letter.gm0344.0123456789@gmail.com>" in ids

    def test_wrong_password_refused(self, world: MailWorld) -> None:
        with pytest.raises(aiosmtplib.SMTPAuthenticationError):
            send(world, LETTER, "gemeente@utrecht.nl", password="wrong")

    def test_plus_address_reaches_own_inbox(self, world: MailWorld) -> None:
        before = world.mailbox.count("INBOX")
        send(world, LETTER, "kinder.pardonnu+canary@gmail.com")
        assert world.mailbox.count("INBOX") == before + 1

    def test_daily_limit_after_n(self, world: MailWorld) -> None:
        world.smtp.fail_after(len(world.smtp.accepted) + 1, DAILY_LIMIT, times=1)
        send(world, LETTER, "gemeente@utrecht.nl")
        with pytest.raises(aiosmtplib.SMTPDataError) as refused:
            send(world, LETTER, "gemeente@utrecht.nl")
        assert refused.value.code == 550
        assert "5.4.5" in refused.value.message
        send(world, LETTER, "gemeente@utrecht.nl")  # only once


class TestMessageId:
    def test_well_formed_kept(self) -> None:
        data, mid = with_message_id(LETTER)
        assert data == LETTER
        assert mid == b"<kinderpardon-demo.letter.gm0344.0123456789@gmail.com>"

    def test_malformed_rewritten(self) -> None:
        data, mid = with_message_id(b"Subject: x\r\nMessage-ID: not an id\r\n\r\nbody\r\n")
        assert mid.endswith(b"@mx.google.com>")
        assert b"not an id" not in data
        assert data.endswith(b"\r\n\r\nbody\r\n")

    def test_same_account(self) -> None:
        assert same_account("Kinder.PardonNU+gm0344-abc@googlemail.com", "kinderpardonnu@gmail.com")
        assert not same_account("someone@gmail.com", "kinderpardonnu@gmail.com")


class TestDelivery:
    """What arrives carries Gmail's Authentication-Results, genuine or failing."""

    def test_genuine_and_forged(self, world: MailWorld) -> None:
        world.deliver(make_message(1, sender="griffie@utrecht.nl"))
        world.deliver(
            make_message(2, sender="griffie@utrecht.nl"), authentication=Authentication.forged()
        )
        results = world.mailbox.headers("INBOX", "Authentication-Results")[-2:]
        assert results[0].startswith("mx.google.com;")
        assert "dmarc=pass" in results[0]
        assert "header.from=utrecht.nl" in results[0]
        assert "dmarc=fail" in results[1]

    def test_spam_not_in_all_mail(self, world: MailWorld) -> None:
        counts = world.mailbox.count(world.mailbox.all_mail), world.mailbox.count("INBOX")
        world.deliver(make_message(3), spam=True)
        assert world.mailbox.count(world.mailbox.spam) >= 1
        assert (world.mailbox.count(world.mailbox.all_mail), world.mailbox.count("INBOX")) == counts
