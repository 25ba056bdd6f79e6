"""The demo's mail server: an aiosmtpd server on loopback that delivers into a local Maildir.

It stands in for the municipalities' mail servers; `responder` decides what, if anything, each
simulated municipality answers.
"""

from __future__ import annotations

import mailbox
import socket
from collections.abc import Callable
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

Responder = Callable[[EmailMessage], list[bytes]]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Deliver:
    def __init__(self, received: Path, inbox: Path, responder: Responder | None) -> None:
        self.received = mailbox.Maildir(received, create=True)
        self.inbox = mailbox.Maildir(inbox, create=True)
        self.responder = responder
        self.count = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.add(envelope.content)
        self.count += 1
        if self.responder is not None:
            message = message_from_bytes(envelope.content, policy=policy.default)
            assert isinstance(message, EmailMessage)
            for reply in self.responder(message):
                self.inbox.add(reply)
        return "250 2.0.0 OK: delivered to the demo municipalities"


class DemoMailServer:
    """Accepts the campaign's mail on 127.0.0.1; replies land in `inbox` (a Maildir)."""

    def __init__(self, *, received: Path, inbox: Path, responder: Responder | None = None) -> None:
        self.port = free_port()
        self.handler = _Deliver(received, inbox, responder)
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> DemoMailServer:
        self.controller.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.controller.stop()
