"""One daemon per store: an exclusive lock on a file beside the database, naming its holder."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType
from typing import IO

from outreach.errors import OperatorError


class DaemonLock:
    """Held for the daemon's lifetime; the operating system releases it if the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+", encoding="utf-8")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise OperatorError(
                f"outreach is already running for this store (process {holder}); "
                f"stop it first (lock file {self.path})"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle, fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None

    def __enter__(self) -> DaemonLock:
        self.acquire()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


def lock_path_for(store_url: str, base: Path) -> Path:
    """`outreach.db.lock` beside a SQLite file; for a server database, a file in `base`."""
    prefix = "sqlite:///"
    if store_url.startswith(prefix) and ":memory:" not in store_url:
        return Path(store_url.removeprefix(prefix) + ".lock")
    return base / "outreach-daemon.lock"
