"""Where incoming mail is read from: the seam between `sync_inbox` and a mail store.

A source looks like an IMAP account even when it is not one: named folders, each with a
UIDVALIDITY and ascending UIDs. That is all `sync_inbox` needs to read every message once.
Sources only read: they never mark, move or delete anything, because people read this inbox too.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

# How many bytes of messages one fetch should bring at most, so a backlog of large attachments
# is held in memory a few at a time (a single larger message still comes on its own).
BATCH_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class FolderStatus:
    """What a folder holds right now, enough to tell whether anything is new."""

    name: str
    uidvalidity: int
    uidnext: int

    @property
    def highest_possible_uid(self) -> int:
        return self.uidnext - 1


@dataclass(frozen=True, slots=True)
class MessageRef:
    """A message not yet read: its UID and its size in bytes, or an upper bound of it."""

    uid: int
    size: int


@dataclass(frozen=True, slots=True)
class FetchedMessage:
    """One message exactly as the server holds it."""

    uid: int
    raw: bytes


class InboxSource(Protocol):
    """A read-only view of one mail account, folder by folder."""

    @property
    def account(self) -> str:
        """A stable name for the account, used to key cursors and locations in the store."""
        ...

    @property
    def batch_size(self) -> int:
        """How many messages to fetch in one round trip."""
        ...

    def folders(self) -> list[str]:
        """The folders to read, resolved to the names the server uses."""
        ...

    def status(self, folder: str) -> FolderStatus:
        """A cheap look at `folder` without opening it."""
        ...

    def select(self, folder: str) -> FolderStatus:
        """Open `folder` read-only for `list_new` and `fetch`; its status at that moment."""
        ...

    def list_new(self, folder: str, *, after_uid: int) -> list[MessageRef]:
        """The messages of the open `folder` with a UID above `after_uid`, in UID order."""
        ...

    def fetch(self, folder: str, refs: Sequence[MessageRef]) -> Iterator[FetchedMessage]:
        """The messages for `refs` still present in the open `folder`, without marking them."""
        ...

    def wait(self, *, stop: threading.Event) -> bool:
        """Block until the account may have changed, the source's own interval passed, or
        `stop` is set. True when the source saw a change; either way a sync pass should follow.
        """
        ...

    def close(self) -> None: ...
