"""The seam between the send loop and the world: anything that takes a message and delivers it."""

from __future__ import annotations

from email.message import EmailMessage
from typing import Protocol


class MailTransport(Protocol):
    """Delivers messages; raises `TransientTransportError` / `PermanentTransportError`."""

    async def send(self, message: EmailMessage) -> str:
        """Deliver one message and return the server's reply (or where it was written)."""
        ...

    async def close(self) -> None: ...
