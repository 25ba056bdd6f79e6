"""The SMTP transport against a real aiosmtpd server: login with a password or an OAuth2 token."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from outreach.errors import AuthenticationError
from outreach.settings import SmtpSettings
from outreach.transport.base import OutgoingMail
from outreach.transport.smtp import SmtpTransport
from tests.fixtures.smtp import RecordingHandler, free_port

TOKEN = "ya29.test-access-token"


class OAuthHandler(RecordingHandler):
    """Accepts XOAUTH2 (RFC 7628 style, as Gmail uses it) for user `me` with `TOKEN`."""

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        decoded = base64.b64decode(args[1]).decode() if len(args) > 1 else ""
        ok = decoded == f"user=me\x01auth=Bearer {TOKEN}\x01\x01"
        return AuthResult(success=ok, handled=False)


@pytest.fixture
def oauth_port() -> Iterator[tuple[int, OAuthHandler]]:
    handler = OAuthHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, auth_require_tls=False)
    controller.start()
    yield port, handler
    controller.stop()


def mail() -> OutgoingMail:
    data = (
        b"From: a@example.org\r\nTo: b@example.org\r\nMessage-ID: <1@x>\r\n"
        b"Subject: t\r\n\r\nHoi\r\n"
    )
    return OutgoingMail(
        sender="a@example.org", recipients=("b@example.org",), data=data, message_id="<1@x>"
    )


def settings(port: int, token: str) -> SmtpSettings:
    return SmtpSettings(
        host="127.0.0.1", port=port, security="none", username="me", oauth2_token=token
    )  # type: ignore[arg-type]


class TestXoauth2:
    """An OAuth2 access token logs in instead of a password; a bad one is refused clearly."""

    async def test_token_login(self, oauth_port: tuple[int, OAuthHandler]) -> None:
        port, handler = oauth_port
        transport = SmtpTransport(settings(port, TOKEN))
        reply = await transport.send(mail())
        await transport.close()
        assert reply.startswith("250")
        assert len(handler.accepted) == 1

    async def test_bad_token(self, oauth_port: tuple[int, OAuthHandler]) -> None:
        port, handler = oauth_port
        transport = SmtpTransport(settings(port, "expired"))
        with pytest.raises(AuthenticationError, match="refused the login") as caught:
            await transport.send(mail())
        assert "expired" not in str(caught.value)
        assert handler.accepted == []
