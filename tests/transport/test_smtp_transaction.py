"""One message over SMTP: dot-stuffing, line ends and refusals, against a real aiosmtpd server."""

from __future__ import annotations

import pytest

from outreach.errors import PermanentTransportError
from outreach.settings import SmtpSettings
from outreach.transport.base import OutgoingMail
from outreach.transport.smtp import SmtpTransport
from tests.fixtures.smtp import SmtpServer


def transport(server: SmtpServer) -> SmtpTransport:
    return SmtpTransport(SmtpSettings(host="127.0.0.1", port=server.port, security="none"))


def mail(data: bytes, *, to: str = "griffie@example.org") -> OutgoingMail:
    return OutgoingMail(sender="a@example.org", recipients=(to,), data=data, message_id="<1@x>")


class TestTransaction:
    """What the server receives is the message, whatever its lines start or end with."""

    async def test_lines_starting_with_a_dot_arrive_intact(self, smtp_server: SmtpServer) -> None:
        data = b"Subject: t\r\n\r\n.\r\n..twee\r\nen .punt\r\n.\r\n"
        sender = transport(smtp_server)
        reply = await sender.send(mail(data))
        await sender.close()
        assert reply.startswith("250")
        assert smtp_server.accepted[0].data == data

    async def test_bare_line_ends_become_crlf(self, smtp_server: SmtpServer) -> None:
        sender = transport(smtp_server)
        await sender.send(mail(b"Subject: t\n\nregel een\rregel twee"))
        await sender.close()
        assert smtp_server.accepted[0].data == b"Subject: t\r\n\r\nregel een\r\nregel twee\r\n"

    async def test_many_over_one_connection(self, smtp_server: SmtpServer) -> None:
        sender = transport(smtp_server)
        for n in range(5):
            await sender.send(mail(b"Subject: %d\r\n\r\nHoi\r\n" % n, to=f"g{n}@example.org"))
        await sender.close()
        assert sender.connections == 1
        assert [a.rcpt_tos for a in smtp_server.accepted] == [
            [f"g{n}@example.org"] for n in range(5)
        ]

    async def test_an_address_that_could_carry_a_command_is_refused(
        self, smtp_server: SmtpServer
    ) -> None:
        sender = transport(smtp_server)
        with pytest.raises(PermanentTransportError, match="not an address"):
            await sender.send(mail(b"Subject: t\r\n\r\nHoi\r\n", to="g@example.org> NOTIFY=x"))
        await sender.send(mail(b"Subject: t\r\n\r\nHoi\r\n"))  # the connection is still good
        await sender.close()
        assert len(smtp_server.accepted) == 1
