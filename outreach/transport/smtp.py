"""Sending over SMTP with aiosmtplib: one connection for many messages, reconnecting on a drop.

Server replies are sorted into our error tree here, so the send loop only deals with
transient, permanent, limit and operator errors.
"""

from __future__ import annotations

import contextlib
import logging
import re
import ssl
from typing import Any

import aiosmtplib

from outreach.errors import (
    AuthenticationError,
    ConnectionFailedError,
    MaybeSentError,
    PermanentTransportError,
    SendingLimitError,
    SettingsError,
    TransientTransportError,
)
from outreach.settings import SmtpSettings
from outreach.transport.base import OutgoingMail
from outreach.transport.tls import certificate_error
from outreach.transport.tls import tls_context as _tls_context

log = logging.getLogger(__name__)
_AUTH_NEEDED = re.compile(r"\b5\.7\.0\b.*authentication required", re.IGNORECASE)
_DAILY_LIMIT = re.compile(r"\b5\.4\.5\b|daily user sending limit", re.IGNORECASE)


class _Client(aiosmtplib.SMTP):
    """Remembers whether DATA was started: from then on, silence is not a refusal."""

    in_data = False

    async def data(self, *args: Any, **kwargs: Any) -> aiosmtplib.SMTPResponse:
        self.in_data = True
        return await super().data(*args, **kwargs)


class SmtpTransport:
    """A lazily opened SMTP connection; `send` reconnects once when the server hung up."""

    def __init__(self, settings: SmtpSettings, *, tls_context: ssl.SSLContext | None = None):
        self.settings = settings
        self._tls_context = tls_context
        if tls_context is None and settings.security != "none":
            self._tls_context = _tls_context(settings.ca_file, section="smtp")
        self._client: _Client | None = None
        self.connections = 0

    async def connect(self) -> None:
        s = self.settings
        client = _Client(
            hostname=s.host,
            port=s.port_number,
            timeout=s.timeout,
            use_tls=s.security == "tls",
            start_tls=s.security == "starttls",
            tls_context=self._tls_context,
        )
        try:
            await client.connect()
            await self._login(client)
        except aiosmtplib.SMTPAuthenticationError as exc:
            await _quietly_close(client)
            raise AuthenticationError(
                f"the SMTP server {s.host} refused the login for {s.username!r}: "
                f"{exc.code} {exc.message}"
            ) from None
        except (aiosmtplib.SMTPConnectError, aiosmtplib.SMTPConnectTimeoutError, OSError) as exc:
            await _quietly_close(client)
            failure = certificate_error(exc, server=f"{s.host}:{s.port_number}", section="smtp")
            if failure is not None:
                raise failure from None
            raise ConnectionFailedError(
                f"cannot reach the SMTP server {s.host}:{s.port_number} ({_reason(exc)})"
            ) from None
        except SettingsError:
            await _quietly_close(client)
            raise
        except aiosmtplib.SMTPException as exc:
            await _quietly_close(client)
            failure = certificate_error(exc, server=f"{s.host}:{s.port_number}", section="smtp")
            if failure is not None:
                raise failure from None
            raise TransientTransportError(f"SMTP server {s.host}: {_reason(exc)}") from None
        self._client = client
        self.connections += 1
        log.debug("connected to %s:%s", s.host, s.port_number)

    async def _login(self, client: aiosmtplib.SMTP) -> None:
        s = self.settings
        if not s.username:
            return  # a local relay that needs no login
        if s.password is None and s.oauth2_token is None:
            raise SettingsError(
                f"[smtp] password is not set for {s.username}: set OUTREACH_SMTP__PASSWORD, or put "
                "it in secrets.toml beside settings.toml (for Gmail: an App Password)"
            )
        try:
            if s.oauth2_token is not None:
                await client.auth_xoauth2(s.username, s.oauth2_token.get_secret_value())
            elif s.password is not None:
                await client.login(s.username, s.password.get_secret_value())
        except UnicodeError:
            raise SettingsError(
                f"[smtp] the password for {s.username} holds characters the server cannot take "
                "(only plain ASCII letters, digits and signs work; a Gmail App Password is)"
            ) from None

    async def send(self, mail: OutgoingMail) -> str:
        if self._client is None or not self._client.is_connected:
            await self.connect()
        assert self._client is not None
        self._client.in_data = False
        try:
            errors, reply = await self._client.sendmail(
                mail.sender, list(mail.recipients), mail.data
            )
        except aiosmtplib.SMTPRecipientsRefused as exc:
            first = exc.recipients[0]
            raise _classify(first.code, first.message) from None
        except aiosmtplib.SMTPResponseException as exc:
            if exc.code in {421, -1}:
                await self._drop()
            raise _classify(exc.code, exc.message) from None
        except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError, OSError) as exc:
            handed_over = self._client is not None and self._client.in_data
            await self._drop()
            if handed_over:
                # The timeout may have hit while waiting for the 354 rather than the final
                # reply; treating both as "may have gone" costs a Sent lookup, never a copy.
                raise MaybeSentError(
                    f"no reply after the message was sent ({_reason(exc)}): it may have gone"
                ) from None
            raise TransientTransportError(f"connection lost: {_reason(exc)}") from None
        if errors:
            code, text = next(iter(errors.values()))
            raise _classify(code, text)
        return f"250 {reply}"  # aiosmtplib hands back the text of the final reply only

    async def _drop(self) -> None:
        if self._client is not None:
            await _quietly_close(self._client)
        self._client = None

    async def close(self) -> None:
        if self._client is not None and self._client.is_connected:
            with contextlib.suppress(aiosmtplib.SMTPException):
                await self._client.quit()
        await self._drop()


def _classify(code: int, text: str) -> Exception:
    words = f"{code} {text}".strip()
    if code == 530 or _AUTH_NEEDED.search(text):
        return AuthenticationError(f"the SMTP server wants a login first: {words}")
    if 400 <= code < 500:
        return TransientTransportError(words)
    if code >= 500 and _DAILY_LIMIT.search(text):
        return SendingLimitError(words, code=code)
    if code >= 500:
        return PermanentTransportError(words, code=code)
    return TransientTransportError(words)


def _reason(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


async def _quietly_close(client: aiosmtplib.SMTP) -> None:
    try:
        client.close()
    except Exception:
        log.debug("closing a broken SMTP connection failed", exc_info=True)
