"""The seam between the send loop and the world: anything that takes a message and delivers it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class OutgoingMail:
    """A message ready for the wire: envelope and bytes, serialised once."""

    sender: str
    recipients: tuple[str, ...]
    data: bytes
    message_id: str


class MailTransport(Protocol):
    """Delivers messages; raises `TransientTransportError` / `PermanentTransportError`."""

    async def send(self, mail: OutgoingMail) -> str:
        """Deliver one message and return the server's reply (or where it was written)."""
        ...

    async def close(self) -> None: ...
