"""The SMTP half of the mail world: an aiosmtpd server that behaves like Gmail's submission server.

- It wants a login (AUTH LOGIN or PLAIN) before it takes any mail.
- Every accepted message is filed in the account's Sent and All Mail before the 250 reply, as
  Gmail does: a client that dies after DATA finds its message there.
- A well-formed Message-ID from the client is kept; a missing or malformed one is replaced.
- Mail to the account itself (`name+tag@`, dots ignored) lands in its own inbox; mail to anyone
  else goes to `outside`, which plays the rest of the world (the municipalities).
- `fail_after(n, reply)` makes it answer `reply` (421, 451, 454, `550 5.4.5 Daily user sending
  limit exceeded`...) to DATA once `n` messages have been accepted.
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
import ssl
import threading
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

from outreach.mailworld.mailbox import GmailMailbox

# Called in a worker thread with one recipient and the message as filed; it delivers whatever
# comes back itself (through the world's mailbox).
Outside = Callable[[str, bytes], None]

DAILY_LIMIT = "550 5.4.5 Daily user sending limit exceeded."
_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)\r?\n", re.I | re.M)
_WELL_FORMED = re.compile(rb"^<[^<>@\s]+@[^<>@\s]+>$")
_GMAIL_DOMAINS = frozenset({"gmail.com", "googlemail.com"})


@dataclass(frozen=True)
class Accepted:
    """One message the front said 250 to."""

    mail_from: str
    recipients: tuple[str, ...]
    message_id: str
    data: bytes = field(repr=False)


@dataclass
class _Fault:
    after: int
    reply: str
    times: int | None  # None: every DATA from then on


class GmailSmtpHandler:
    """aiosmtpd's handler: check faults, file in Sent, deliver, count."""

    def __init__(
        self,
        mailbox: GmailMailbox,
        *,
        account: str,
        outside: Outside | None = None,
        delay: float = 0.0,
    ) -> None:
        self.mailbox = mailbox
        self.account = account
        self.outside = outside
        self.delay = delay
        self.accepted: list[Accepted] = []
        self.refused: list[str] = []
        self.rcpt_commands = 0
        self.stall_at_rcpt = 0.0  # seconds to wait before answering RCPT TO...
        self.stall_after = 0  # ...once this many RCPT commands went through
        self._faults: list[_Fault] = []
        self._lock = threading.Lock()

    # -- what the tests see ---------------------------------------------------------------------

    def fail_after(self, accepted: int, reply: str, *, times: int | None = None) -> None:
        """Answer `reply` to DATA once `accepted` messages went through (`times` times)."""
        with self._lock:
            self._faults.append(_Fault(accepted, reply, times))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def deliveries(self) -> Counter[tuple[str, str]]:
        """How often each (recipient, Message-ID) was accepted."""
        with self._lock:
            return Counter((r.lower(), a.message_id) for a in self.accepted for r in a.recipients)

    def recipients(self) -> Counter[str]:
        with self._lock:
            return Counter(r.lower() for a in self.accepted for r in a.recipients)

    # -- SMTP -----------------------------------------------------------------------------------

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        with self._lock:
            self.rcpt_commands += 1
            stall = self.rcpt_commands > self.stall_after
        if self.stall_at_rcpt and stall:
            # A letter caught mid-conversation: a kill now leaves nothing sent.
            await asyncio.sleep(self.stall_at_rcpt)
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        fault = self._fault()
        if fault is not None:
            self.refused.append(fault)
            if fault.startswith("421"):
                # Gmail closes the connection after a 421.
                asyncio.get_running_loop().call_soon(server.transport.close)
            return fault
        data, message_id = with_message_id(bytes(envelope.content))
        recipients = tuple(str(r) for r in envelope.rcpt_tos)

        def file_and_deliver() -> None:
            # One step in a thread: a client that vanishes after DATA cancels this coroutine,
            # but the message it sent is filed and counted all the same, as Gmail would.
            self.mailbox.file_sent(data)
            with self._lock:
                self.accepted.append(
                    Accepted(str(envelope.mail_from), recipients, message_id.decode(), data)
                )
            for recipient in recipients:
                self._deliver(recipient, data)

        await asyncio.to_thread(file_and_deliver)
        if self.delay:
            await asyncio.sleep(self.delay)  # room for a kill between "filed" and "reply read"
        return f"250 2.0.0 OK {message_id.decode()} - gsmtp"

    def _deliver(self, recipient: str, data: bytes) -> None:
        if same_account(recipient, self.account):
            self.mailbox.deliver_to_inbox_only(data)
        elif self.outside is not None:
            self.outside(recipient, data)

    def _fault(self) -> str | None:
        with self._lock:
            count = len(self.accepted)
            for fault in self._faults:
                if count >= fault.after and (fault.times is None or fault.times > 0):
                    if fault.times is not None:
                        fault.times -= 1
                    return fault.reply
        return None


def with_message_id(data: bytes) -> tuple[bytes, bytes]:
    """`data` with a Message-ID Gmail would keep, and that Message-ID."""
    head, sep, body = data.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = data.partition(b"\n\n")
    head += b"\r\n"
    found = _MESSAGE_ID.search(head)
    if found is not None:
        value = b" ".join(found.group(1).split())
        if _WELL_FORMED.match(value):
            return data, value
        head = head[: found.start()] + head[found.end() :]
    value = f"<{secrets.token_hex(12)}@mx.google.com>".encode()
    return b"Message-ID: " + value + b"\r\n" + head.removesuffix(b"\r\n") + sep + body, value


def same_account(address: str, account: str) -> bool:
    """Whether mail to `address` reaches `account`: plus tags, and for Gmail dots, ignored."""
    local, _, domain = address.lower().rpartition("@")
    own_local, _, own_domain = account.lower().rpartition("@")
    local = local.split("+", 1)[0]
    if own_domain in _GMAIL_DOMAINS:
        return domain in _GMAIL_DOMAINS and local.replace(".", "") == own_local.replace(".", "")
    return domain == own_domain and local == own_local


class _QuietController(Controller):
    """aiosmtpd warns that a login without TLS is unsafe: on loopback, that is the point."""

    def factory(self) -> SMTP:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "Requiring AUTH while not requiring TLS")
            server: SMTP = super().factory()  # type: ignore[no-untyped-call]
        return server


class _NoLegacyNotice(logging.Filter):
    """aiosmtpd logs notices nobody here can act on: a deprecation on every login, and the
    login-without-TLS warning again."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        return "login_data is deprecated" not in text and "auth_require_tls" not in text


_NO_LEGACY_NOTICE = _NoLegacyNotice()


class GmailSmtp:
    """The running front on 127.0.0.1: `port`, `handler`; stop and start it to play an outage."""

    def __init__(
        self,
        handler: GmailSmtpHandler,
        *,
        username: str,
        password: str,
        port: int,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.handler = handler
        self.username = username
        self.password = password
        self.port = port
        self.tls = tls
        self._controller: _QuietController | None = None

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == self.username
            and auth_data.password.decode() == self.password
        )
        return AuthResult(success=ok, handled=False)

    def start(self) -> None:
        logging.getLogger("mail.log").addFilter(_NO_LEGACY_NOTICE)
        self._controller = _QuietController(
            self.handler,
            hostname="127.0.0.1",
            port=self.port,
            ssl_context=self.tls,
            authenticator=self._authenticate,
            auth_required=True,
            auth_require_tls=False,
            ident="mx.google.com ESMTP gsmtp (outreach mail world)",
        )
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    @property
    def running(self) -> bool:
        return self._controller is not None
