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
from outreach.transport import pipelining
from outreach.transport.base import OutgoingMail
from outreach.transport.tls import certificate_error
from outreach.transport.tls import tls_context as _tls_context

log = logging.getLogger(__name__)
_AUTH_NEEDED = re.compile(r"\b5\.7\.0\b.*authentication required", re.IGNORECASE)
_DAILY_LIMIT = re.compile(r"\b5\.4\.5\b|daily user sending limit", re.IGNORECASE)
_UNSAFE_ADDRESS = re.compile(r"[\s<>\x00-\x1f\x7f]")
_LINE_END = re.compile(rb"\r\n|\r|\n")


class _Client(aiosmtplib.SMTP):
    """Remembers whether DATA was started: from then on, silence is not a refusal."""

    in_data = False


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
            errors, reply = await _transaction(self._client, mail)
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


async def _transaction(client: _Client, mail: OutgoingMail) -> tuple[dict[str, Any], str]:
    """One message through aiosmtplib's command layer: MAIL, RCPT, DATA, the message.

    What `SMTP.sendmail` does, without what costs more than the conversation itself for our
    messages: parsing each address with the `email` package, and rewriting every line end of
    a message whose line ends are CRLF already. Failures raise aiosmtplib's own errors, as
    `sendmail` would, after an RSET that resets the envelope.
    """
    try:
        return await _conversation(client, mail)
    except (aiosmtplib.SMTPResponseException, aiosmtplib.SMTPRecipientsRefused):
        with contextlib.suppress(ConnectionError, aiosmtplib.SMTPResponseException):
            await client.rset()
        raise


async def _conversation(client: _Client, mail: OutgoingMail) -> tuple[dict[str, Any], str]:
    # Every address is checked before anything is sent: no envelope is left half open.
    sender, recipients = _path(mail.sender), [(r, _path(r)) for r in mail.recipients]
    body = _dot_stuffed(mail.data)
    if client.is_ehlo_or_helo_needed:
        await client.ehlo()
    size = [b"SIZE=%d" % len(body)] if client.supports_extension("size") else []
    envelope = [(b"MAIL", b"FROM:" + sender, *size)] + [
        (b"RCPT", b"TO:" + p) for _, p in recipients
    ]
    protocol = (
        pipelining.adopt(client.protocol) if client.supports_extension("pipelining") else None
    )
    if protocol is None:
        refused = await _envelope_one_by_one(client, mail, envelope)
    else:
        refused = await _envelope_pipelined(client, protocol, mail, envelope)
    if client.protocol is None:
        raise aiosmtplib.SMTPServerDisconnected("Connection lost")
    # Written and read in one step, with nothing awaited in between: the protocol takes the
    # reply as the answer to this write, as it does for a command.
    client.protocol.write(body)
    reply = await client.protocol.read_response(timeout=client.timeout)
    if reply.code != aiosmtplib.SMTPStatus.completed:
        raise aiosmtplib.SMTPDataError(reply.code, reply.message)
    return {a: (r.code, r.message) for a, r in refused.items()}, reply.message


Envelope = list[tuple[bytes, ...]]
Refused = dict[str, aiosmtplib.SMTPResponse]


async def _envelope_one_by_one(client: _Client, mail: OutgoingMail, envelope: Envelope) -> Refused:
    """MAIL, each RCPT, DATA, waiting for each reply: up to the server's 354."""
    mail_from, *rcpts = envelope
    reply = await client.execute_command(*mail_from)
    if reply.code != aiosmtplib.SMTPStatus.completed:
        raise aiosmtplib.SMTPSenderRefused(reply.code, reply.message, mail.sender)
    refused: Refused = {}
    for recipient, rcpt in zip(mail.recipients, rcpts, strict=True):
        reply = await client.execute_command(*rcpt)
        if reply.code not in {250, 251}:
            refused[recipient] = reply
    if len(refused) == len(mail.recipients):
        raise _all_refused(refused)
    client.in_data = True
    reply = await client.execute_command(b"DATA")
    if reply.code != aiosmtplib.SMTPStatus.start_input:
        raise aiosmtplib.SMTPDataError(reply.code, reply.message)
    return refused


async def _envelope_pipelined(
    client: _Client, protocol: pipelining.PipeliningProtocol, mail: OutgoingMail, envelope: Envelope
) -> Refused:
    """MAIL, each RCPT and DATA in one write (RFC 2920), then their replies checked in order,
    with the same outcomes as one at a time: up to the server's 354."""
    replies, failure = await protocol.execute_pipelined(
        [*envelope, (b"DATA",)], read_timeout=client.timeout
    )
    mail_reply, rcpt_replies = replies[:1], replies[1 : len(envelope)]
    refusal: Exception | None = None
    refused: Refused = {}
    if mail_reply and mail_reply[0].code != aiosmtplib.SMTPStatus.completed:
        refusal = aiosmtplib.SMTPSenderRefused(
            mail_reply[0].code, mail_reply[0].message, mail.sender
        )
    elif len(rcpt_replies) == len(mail.recipients):
        for recipient, reply in zip(mail.recipients, rcpt_replies, strict=True):
            if reply.code not in {250, 251}:
                refused[recipient] = reply
        if len(refused) == len(mail.recipients):
            refusal = _all_refused(refused)
    if failure is not None or any(r.code == 421 for r in replies):
        # Out of step with the server, or it is closing (one at a time, aiosmtplib closes
        # on a 421 too): what it says next answers nothing.
        client.close()
    if failure is not None:
        if refusal is not None:
            raise refusal  # what the server said before it went: nothing was sent
        # One at a time, a DATA command without a reply counts as "may have gone".
        client.in_data = len(replies) == len(envelope)
        raise failure
    data_reply = replies[-1]
    if refusal is not None:
        if data_reply.code == aiosmtplib.SMTPStatus.start_input:
            # A server that takes DATA after refusing the envelope gets an empty message, at
            # once (RFC 2920 3.1), never the letter; the RSET that follows resets the rest.
            try:
                protocol.write(b".\r\n")
                await protocol.read_response(timeout=client.timeout)
            except aiosmtplib.SMTPException:
                client.close()
        raise refusal
    client.in_data = True
    if data_reply.code != aiosmtplib.SMTPStatus.start_input:
        raise aiosmtplib.SMTPDataError(data_reply.code, data_reply.message)
    return refused


def _all_refused(refused: Refused) -> aiosmtplib.SMTPRecipientsRefused:
    return aiosmtplib.SMTPRecipientsRefused(
        [aiosmtplib.SMTPRecipientRefused(r.code, r.message, a) for a, r in refused.items()]
    )


def _path(address: str) -> bytes:
    """`<address>` for MAIL FROM / RCPT TO; an address that could smuggle in a command or a
    parameter, or needs SMTPUTF8, is refused for good (it was checked when it was stored)."""
    if not address.isascii() or _UNSAFE_ADDRESS.search(address):
        raise PermanentTransportError(f"not an address the mail server can take: {address!r}")
    return f"<{address}>".encode("ascii")


def _dot_stuffed(data: bytes) -> bytes:
    """The message as DATA sends it (RFC 5321 4.5.2): CRLF line ends, a dot doubled at the
    start of a line, and the final dot."""
    crlf = data.count(b"\r\n")
    if data.count(b"\n") != crlf or data.count(b"\r") != crlf:
        data = _LINE_END.sub(b"\r\n", data)  # a stray CR or LF: not one of our messages
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    if data.startswith(b"."):
        data = b"." + data
    return data.replace(b"\r\n.", b"\r\n..") + b".\r\n"


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
