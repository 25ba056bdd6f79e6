"""`MailWorld`: a Gmail-like campaign account and the municipalities behind it, on loopback.

One object starts and stops it all:

- a private Dovecot holding the campaign's mailbox, with Gmail's Dutch folders
  (`[Gmail]/Verzonden berichten` \\Sent, `[Gmail]/Alle e-mail` \\All, `[Gmail]/Spam` \\Junk);
- the SMTP front (`smtp_front`), which wants the account's login, files what it accepts in
  Sent and All Mail, and hands each letter to the simulated municipalities;
- the municipalities (`municipalities`), whose answers arrive in INBOX and All Mail, a few in
  Spam, each stamped with Gmail's `Authentication-Results` (`delivery`).

`overrides()` gives the settings that point `outreach` at it; the password goes in
`secrets_toml()`, as a volunteer would keep a real one.
"""

from __future__ import annotations

import hashlib
import ssl
import threading
from collections import Counter
from collections.abc import Callable
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from outreach.mailworld.delivery import GENUINE, Authentication, stamp
from outreach.mailworld.dovecot import GMAIL_NL, PASSWORD, DovecotServer, MailUser
from outreach.mailworld.mailbox import GmailMailbox
from outreach.mailworld.municipalities import CAMPAIGN_ADDRESS, respond
from outreach.mailworld.net import free_port
from outreach.mailworld.smtp_front import GmailSmtp, GmailSmtpHandler

Responder = Callable[[EmailMessage], list[bytes]]
# Share of the municipalities' answers that Gmail files as spam.
SPAM_SHARE = 0.04


class MailWorld:
    """The whole world; use as a context manager, or `start()` and `stop()`."""

    def __init__(
        self,
        *,
        address: str = CAMPAIGN_ADDRESS,
        responder: Responder | None = respond,
        root: Path | None = None,
        spam_share: float = SPAM_SHARE,
        forged: Callable[[str], bool] | None = None,
        tls: ssl.SSLContext | None = None,
        delay: float = 0.0,
    ) -> None:
        self.address = address
        self.password = PASSWORD
        self.responder = responder
        self.spam_share = spam_share
        self.forged = forged  # given a sender's domain: stamp its mail as failing DMARC
        self.tls = tls
        self.delay = delay
        self.dovecot = DovecotServer(root=root, folders=GMAIL_NL)
        self.smtp_port = free_port()
        self.replies: Counter[str] = Counter()  # folder role -> answers delivered there
        self._replies_lock = threading.Lock()
        self.user: MailUser | None = None
        self._mailbox: GmailMailbox | None = None
        self._handler: GmailSmtpHandler | None = None
        self._smtp: GmailSmtp | None = None

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self) -> MailWorld:
        self.dovecot.start()
        try:
            self.user = self.dovecot.add_user(self.address)
            self._mailbox = GmailMailbox(self.dovecot, self.user)
            self._handler = GmailSmtpHandler(
                self._mailbox, account=self.address, outside=self._to_outside, delay=self.delay
            )
            self._smtp = GmailSmtp(
                self._handler,
                username=self.address,
                password=self.password,
                port=self.smtp_port,
                tls=self.tls,
            )
            self._smtp.start()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        if self._smtp is not None:
            self._smtp.stop()
        if self._mailbox is not None:
            self._mailbox.close()
        self.dovecot.stop()

    def __enter__(self) -> MailWorld:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- the parts ------------------------------------------------------------------------------

    @property
    def mailbox(self) -> GmailMailbox:
        assert self._mailbox is not None, "start() the world first"
        return self._mailbox

    @property
    def smtp(self) -> GmailSmtpHandler:
        """What the SMTP front accepted and refused, and its fault switches."""
        assert self._handler is not None, "start() the world first"
        return self._handler

    @property
    def smtp_server(self) -> GmailSmtp:
        """The front itself: `stop()` and `start()` it to play an outage."""
        assert self._smtp is not None, "start() the world first"
        return self._smtp

    @property
    def imap_port(self) -> int:
        return self.dovecot.port

    # -- settings for outreach ------------------------------------------------------------------

    def overrides(self) -> dict[str, str]:
        """`outreach init` overrides (TOML values) that point a campaign at this world."""
        security = '"tls"' if self.tls is not None else '"none"'
        return {
            "campaign.from_address": f'"{self.address}"',
            "smtp.host": '"127.0.0.1"',
            "smtp.port": str(self.smtp_port),
            "smtp.security": security,
            "smtp.username": f'"{self.address}"',
            "imap.host": '"127.0.0.1"',
            "imap.port": str(self.imap_port),
            "imap.security": '"none"',
            "imap.username": f'"{self.address}"',
            "inbox.backend": '"imap"',
        }

    def secrets_toml(self) -> str:
        """A `secrets.toml` with the account's password for SMTP and IMAP."""
        return f'[smtp]\npassword = "{self.password}"\n\n[imap]\npassword = "{self.password}"\n'

    # -- mail from outside ----------------------------------------------------------------------

    def deliver(
        self, raw: bytes, *, spam: bool = False, authentication: Authentication = GENUINE
    ) -> None:
        """Deliver `raw` to the campaign's account as Gmail would, stamped on arrival."""
        self.mailbox.deliver(stamp(raw, authentication=authentication), spam=spam)
        with self._replies_lock:
            self.replies["spam" if spam else "inbox"] += 1

    def _to_outside(self, recipient: str, data: bytes) -> None:
        """A letter leaves Gmail for `recipient`: its municipality may answer."""
        if self.responder is None:
            return
        letter = message_from_bytes(data, policy=policy.default)
        assert isinstance(letter, EmailMessage)
        letter_id = str(letter.get("Message-ID", ""))
        for number, reply in enumerate(self.responder(letter)):
            sender_domain = _sender_domain(reply)
            forged = self.forged is not None and self.forged(sender_domain)
            self.deliver(
                reply,
                spam=_fraction(letter_id, str(number)) < self.spam_share,
                authentication=Authentication.forged() if forged else GENUINE,
            )

    def set_delay(self, seconds: float) -> None:
        """Hold every 250 reply back this long after filing the message (room for a kill)."""
        self.delay = seconds
        if self._handler is not None:
            self._handler.delay = seconds


def _sender_domain(raw: bytes) -> str:
    head = raw.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace")
    for line in head.splitlines():
        if line.lower().startswith("from:"):
            return line.rpartition("@")[2].strip(" >").lower()
    return ""


def _fraction(*parts: str) -> float:
    digest = hashlib.sha256("|".join(parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64
