"""Looking up what the mail server says it sent: the check after a crash.

Gmail files every message sent through its SMTP server in the `\\Sent` folder, so a letter
left in `sending` can be settled: found there, with its Message-ID *and* addressed to its
recipient, means it went out. (A canary copy to a test address never counts for the letter.)
"""

from __future__ import annotations

import mailbox
from collections.abc import Mapping
from email.parser import BytesHeaderParser
from email.utils import getaddresses
from pathlib import Path
from typing import Protocol

from outreach.settings import ImapSettings


class SentFolder(Protocol):
    def find(self, letters: Mapping[str, str]) -> set[str]:
        """Which of `letters` (Message-ID -> recipient) the folder holds, sent to that recipient."""
        ...


def _sent_to(found: Mapping[str, set[str]], letters: Mapping[str, str]) -> set[str]:
    return {mid for mid, recipient in letters.items() if recipient.lower() in found.get(mid, set())}


class MaildirSentFolder:
    """A local Maildir standing in for the Sent folder (the demo's mail server writes it)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def find(self, letters: Mapping[str, str]) -> set[str]:
        wanted = {mid.strip(): mid for mid in letters}
        if not wanted or not self.path.exists():
            return set()
        found: dict[str, set[str]] = {}
        parser = BytesHeaderParser()
        folder = mailbox.Maildir(self.path, create=False)
        for key in folder.iterkeys():
            with folder.get_file(key) as handle:
                headers = parser.parse(handle)  # type: ignore[arg-type]
            mid = str(headers.get("Message-ID", "")).strip()
            if mid in wanted:
                values = [str(v) for key in ("To", "Cc", "Bcc") for v in headers.get_all(key, [])]
                found.setdefault(wanted[mid], set()).update(
                    a.lower() for _, a in getaddresses(values) if a
                )
        return _sent_to(found, letters)


class ImapSentFolder:
    """The mailbox's Sent folder over IMAP, found by its special-use flag."""

    def __init__(self, settings: ImapSettings) -> None:
        self.settings = settings

    def find(self, letters: Mapping[str, str]) -> set[str]:
        from outreach.transport.imap import ImapInbox

        if not letters:
            return set()
        with ImapInbox(settings=self.settings) as inbox:
            found = inbox.recipients_of(self.settings.sent_folder, sorted(letters))
        return _sent_to(found, letters)
