"""The dry-run transport: messages go into a local Maildir that any mail program can open."""

from __future__ import annotations

import mailbox
from pathlib import Path

from outreach.transport.base import OutgoingMail


class OutboxTransport:
    """Writes each message to `folder` (a Maildir) instead of sending it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._maildir = mailbox.Maildir(folder, create=True)

    async def send(self, mail: OutgoingMail) -> str:
        key = self._maildir.add(mail.data)
        return f"written to {self.folder / 'new' / key}"

    async def close(self) -> None:
        self._maildir.close()
