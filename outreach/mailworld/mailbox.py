"""One Gmail account's folders in the private Dovecot, filled the way Gmail fills them.

Gmail shows one store of messages through labels; over IMAP each label is a folder and the same
message appears in several. Here each appearance is an APPEND of the same bytes:

- a message sent through the SMTP front: Sent and All Mail;
- a message delivered to the account: INBOX and All Mail, or Spam alone (Gmail's All Mail
  leaves spam out).

Folders are found by their special-use flags, as a client should, never by their names.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from outreach.mailworld.dovecot import DovecotServer, MailUser

INBOX = "INBOX"


class GmailMailbox:
    """Appends to one user's folders over one IMAP connection, safe to call from any thread."""

    def __init__(self, server: DovecotServer, user: MailUser) -> None:
        self.server = server
        self.user = user
        self._lock = threading.RLock()
        self._client: IMAPClient | None = None
        self._roles: dict[str, str] = {}

    # -- folders ------------------------------------------------------------------------------

    def folder(self, flag: str) -> str:
        """The server's name for the folder with special-use `flag` (`\\Sent`, `\\All`...)."""
        with self._lock:
            self._connected()
            return self._roles[flag.lower()]

    @property
    def sent(self) -> str:
        return self.folder("\\Sent")

    @property
    def all_mail(self) -> str:
        return self.folder("\\All")

    @property
    def spam(self) -> str:
        return self.folder("\\Junk")

    # -- filling ------------------------------------------------------------------------------

    def file_sent(self, raw: bytes) -> None:
        """What Gmail does with a message sent through its SMTP server."""
        self._append([self.sent, self.all_mail], raw, flags=(b"\\Seen",))

    def deliver(self, raw: bytes, *, spam: bool = False) -> None:
        """A message arriving for the account: the inbox (and All Mail), or Spam."""
        self._append([self.spam] if spam else [INBOX, self.all_mail], raw)

    def deliver_to_inbox_only(self, raw: bytes) -> None:
        """A message to ourselves: it is already in All Mail as a sent one."""
        self._append([INBOX], raw)

    # -- reading (for tests and the demo's summary) ---------------------------------------------

    def headers(self, folder: str, name: str) -> list[str]:
        """The value of header `name` of every message in `folder`, in UID order."""
        field = f"BODY[HEADER.FIELDS ({name.upper()})]".encode()
        with self._lock:
            client = self._connected()
            client.select_folder(folder, readonly=True)
            wanted = f"BODY.PEEK[HEADER.FIELDS ({name.upper()})]"
            found = client.fetch(client.search("ALL"), [wanted])
            client.unselect_folder()
        values = []
        for uid in sorted(found):
            text = bytes(found[uid].get(field, b"")).decode("utf-8", "replace")
            values.append(text.partition(":")[2].strip())
        return values

    def count(self, folder: str) -> int:
        with self._lock:
            status = self._connected().folder_status(folder, [b"MESSAGES"])
        return int(status[b"MESSAGES"])

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                with contextlib.suppress(OSError, IMAPClientError):
                    self._client.logout()
                self._client = None

    # -- the connection -------------------------------------------------------------------------

    def _append(self, folders: Sequence[str], raw: bytes, *, flags: Sequence[bytes] = ()) -> None:
        with self._lock:
            try:
                self._append_all(folders, raw, flags)
            except (OSError, IMAPClientError):
                # Dovecot dropped the connection (or restarted): one fresh try.
                self._client = None
                self._append_all(folders, raw, flags)

    def _append_all(self, folders: Sequence[str], raw: bytes, flags: Sequence[bytes]) -> None:
        client = self._connected()
        for folder in folders:
            client.append(folder, raw, flags=flags)

    def _connected(self) -> IMAPClient:
        if self._client is None:
            self._client = self.server.client(self.user)
            self._roles = _roles(self._client.list_folders())
        return self._client


def _roles(listing: Sequence[tuple[Sequence[bytes], Any, str]]) -> dict[str, str]:
    roles: dict[str, str] = {}
    for flags, _delimiter, name in listing:
        for flag in flags:
            text = flag.decode().lower()
            if text not in {"\\haschildren", "\\hasnochildren", "\\noselect", "\\nonexistent"}:
                roles.setdefault(text, name)
    return roles
