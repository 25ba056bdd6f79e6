"""The dry-run transport: messages go into a local Maildir that any mail program can open."""

from __future__ import annotations

import mailbox
from pathlib import Path

from outreach.private import DIR_MODE, FILE_MODE
from outreach.transport.base import OutgoingMail


class OutboxTransport:
    """Writes each message to `folder` (a Maildir) instead of sending it.

    With `replace`, the messages of an earlier dry run are removed first, so the outbox shows
    one run, not copies piling up. Only the Maildir's messages go: other files stay.
    """

    def __init__(self, folder: Path, *, replace: bool = False) -> None:
        self.folder = folder
        new = not folder.exists()
        self._maildir = mailbox.Maildir(folder, create=True)
        if new:
            folder.chmod(DIR_MODE)  # the letters name real people: owner-only, like the store
        if replace:
            for key in list(self._maildir.keys()):
                self._maildir.discard(key)

    async def send(self, mail: OutgoingMail) -> str:
        key = self._maildir.add(mail.data)
        path = self.folder / "new" / key
        path.chmod(FILE_MODE)
        return f"written to {path}"

    async def close(self) -> None:
        self._maildir.close()
