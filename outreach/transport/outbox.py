"""The dry-run transport: messages go into a local Maildir that any mail program can open."""

from __future__ import annotations

import mailbox
from pathlib import Path

from outreach.private import DIR_MODE, FILE_MODE
from outreach.transport.base import OutgoingMail


class OutboxTransport:
    """Writes each message to `folder` (a Maildir) instead of sending it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        new = not folder.exists()
        self._maildir = mailbox.Maildir(folder, create=True)
        if new:
            folder.chmod(DIR_MODE)  # the letters name real people: owner-only, like the store

    async def send(self, mail: OutgoingMail) -> str:
        key = self._maildir.add(mail.data)
        path = self.folder / "new" / key
        path.chmod(FILE_MODE)
        return f"written to {path}"

    async def close(self) -> None:
        self._maildir.close()
