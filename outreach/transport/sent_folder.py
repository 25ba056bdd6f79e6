"""Looking up what the mail server says it sent, by Message-ID: the check after a crash.

Gmail files every message sent through its SMTP server in the `\\Sent` folder, so a letter
left in `sending` can be settled: found there means it went out.
"""

from __future__ import annotations

import mailbox
from collections.abc import Collection
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import Protocol

from outreach.settings import ImapSettings


class SentFolder(Protocol):
    def find(self, message_ids: Collection[str]) -> set[str]:
        """Which of `message_ids` the folder holds."""
        ...


class MaildirSentFolder:
    """A local Maildir standing in for the Sent folder (the demo's mail server writes it)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def find(self, message_ids: Collection[str]) -> set[str]:
        wanted = {mid.strip() for mid in message_ids}
        if not wanted or not self.path.exists():
            return set()
        found: set[str] = set()
        parser = BytesHeaderParser()
        folder = mailbox.Maildir(self.path, create=False)
        for key in folder.iterkeys():
            with folder.get_file(key) as handle:
                headers = parser.parse(handle)  # type: ignore[arg-type]
            mid = str(headers.get("Message-ID", "")).strip()
            if mid in wanted:
                found.add(mid)
        return found


class ImapSentFolder:
    """The mailbox's Sent folder over IMAP, found by its special-use flag."""

    def __init__(self, settings: ImapSettings) -> None:
        self.settings = settings

    def find(self, message_ids: Collection[str]) -> set[str]:
        from outreach.transport.imap import ImapInbox

        if not message_ids:
            return set()
        with ImapInbox(settings=self.settings) as inbox:
            return inbox.find_message_ids(self.settings.sent_folder, sorted(message_ids))
