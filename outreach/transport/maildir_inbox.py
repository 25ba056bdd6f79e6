"""A local Maildir read as if it were an IMAP account, for the demo and for tests.

A Maildir has no UIDs, only a unique key per message (the file name without its flags, which
stays the same when a mail client moves the file from new/ to cur/). Like Dovecot's
`dovecot-uidlist`, a small JSON file in each Maildir folder gives every key a UID in order of
first sight, under a UIDVALIDITY that changes only if the file is lost. `sync_inbox` can then
track the Maildir with the same cursors as an IMAP folder. Messages themselves are only read.
"""

from __future__ import annotations

import contextlib
import json
import mailbox
import os
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from outreach.errors import OperatorError
from outreach.inbox.source import FetchedMessage, FolderStatus, MessageRef

UIDLIST = "outreach-uidlist.json"
INBOX = "INBOX"
# How often `wait` looks at the folders' modification times (seconds).
_LOOK_EVERY = 0.5


@dataclass
class _UidList:
    uidvalidity: int
    next_uid: int = 1
    uids: dict[str, int] = field(default_factory=dict)


class MaildirInbox:
    """The Maildir at `path` (INBOX) and its Maildir++ subfolders (`.Junk` is folder `Junk`)."""

    def __init__(self, *, path: Path, batch_size: int = 100, poll_interval: float = 5.0) -> None:
        if not (path / "cur").is_dir() or not (path / "new").is_dir():
            raise OperatorError(f"{path} is not a Maildir (it needs cur/ and new/ folders)")
        self._path = path
        self._root = mailbox.Maildir(path, factory=None, create=False)
        self._batch_size = batch_size
        self._poll_interval = poll_interval
        self._open: tuple[str, mailbox.Maildir, _UidList] | None = None

    @property
    def account(self) -> str:
        return f"maildir:{self._path.resolve()}"

    @property
    def batch_size(self) -> int:
        return self._batch_size

    def folders(self) -> list[str]:
        return [INBOX, *sorted(self._root.list_folders())]

    def _box(self, folder: str) -> mailbox.Maildir:
        return self._root if folder == INBOX else self._root.get_folder(folder)

    def _dir(self, folder: str) -> Path:
        return self._path if folder == INBOX else self._path / f".{folder}"

    def status(self, folder: str) -> FolderStatus:
        uids = self._assign_uids(folder)
        return FolderStatus(folder, uids.uidvalidity, uids.next_uid)

    def select(self, folder: str) -> FolderStatus:
        uids = self._assign_uids(folder)
        self._open = (folder, self._box(folder), uids)
        return FolderStatus(folder, uids.uidvalidity, uids.next_uid)

    def list_new(self, folder: str, *, after_uid: int) -> list[MessageRef]:
        _, _, uids = self._require_open(folder)
        return [MessageRef(uid, 0) for uid in sorted(uids.uids.values()) if uid > after_uid]

    def fetch(self, folder: str, refs: Sequence[MessageRef]) -> Iterator[FetchedMessage]:
        _, box, uids = self._require_open(folder)
        keys = {uid: key for key, uid in uids.uids.items()}
        for ref in refs:
            key = keys.get(ref.uid)
            if key is None:
                continue
            try:
                with box.get_file(key) as handle:
                    raw = handle.read()
            except (KeyError, FileNotFoundError):  # removed since it was listed
                continue
            yield FetchedMessage(ref.uid, raw)

    def _require_open(self, folder: str) -> tuple[str, mailbox.Maildir, _UidList]:
        if self._open is None or self._open[0] != folder:
            raise RuntimeError(f"{folder} is not the open folder; call select() first")
        return self._open

    def _assign_uids(self, folder: str) -> _UidList:
        """Give new keys the next UIDs (oldest-looking first) and forget removed ones."""
        directory = self._dir(folder)
        uids = _read_uidlist(directory / UIDLIST)
        keys = set(self._box(folder).keys())
        changed = False
        for gone in set(uids.uids) - keys:
            del uids.uids[gone]
            changed = True
        # Keys start with the delivery time, so sorting them approximates arrival order.
        for key in sorted(keys - set(uids.uids)):
            uids.uids[key] = uids.next_uid
            uids.next_uid += 1
            changed = True
        if changed:
            _write_uidlist(directory / UIDLIST, uids)
        return uids

    def wait(self, *, stop: threading.Event) -> bool:
        before = self._snapshot()
        deadline = time.monotonic() + self._poll_interval
        while not stop.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            stop.wait(min(_LOOK_EVERY, left))
            if self._snapshot() != before:
                return True
        return False

    def _snapshot(self) -> list[int]:
        stamps = []
        for folder in self.folders():
            for sub in ("new", "cur"):
                with contextlib.suppress(OSError):
                    stamps.append((self._dir(folder) / sub).stat().st_mtime_ns)
        return stamps

    def close(self) -> None:
        self._open = None

    def __enter__(self) -> MaildirInbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _read_uidlist(path: Path) -> _UidList:
    try:
        data = json.loads(path.read_text())
        return _UidList(
            uidvalidity=int(data["uidvalidity"]),
            next_uid=int(data["next_uid"]),
            uids={str(key): int(uid) for key, uid in data["uids"].items()},
        )
    except FileNotFoundError:
        return _UidList(uidvalidity=_new_uidvalidity())
    except (ValueError, KeyError, TypeError, AttributeError):
        # A damaged list means UIDs can no longer be trusted: start a new UIDVALIDITY, as
        # Dovecot does; sync then re-reads the folder and de-duplicates by Message-ID.
        return _UidList(uidvalidity=_new_uidvalidity())


def _new_uidvalidity() -> int:
    # Microseconds: a list rebuilt within the same second still gets a different value.
    return time.time_ns() // 1000


def _write_uidlist(path: Path, uids: _UidList) -> None:
    data = {"uidvalidity": uids.uidvalidity, "next_uid": uids.next_uid, "uids": uids.uids}
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".uidlist-", suffix=".tmp")
    with os.fdopen(handle, "w") as out:
        json.dump(data, out)
    # Atomic: a reader sees the old list or the new one, never half of one.
    Path(temp).replace(path)
