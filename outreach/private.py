"""Files only their owner may read: the store (every raw mail), the outbox, previews, secrets.

Replies carry names, addresses and what people wrote; the store and the letters written for a
dry run hold them all. They are created owner-only (0600, folders 0700) whatever the umask.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: Path) -> Path:
    """`path` as a folder only its owner can enter (parents are created as usual)."""
    existed = path.is_dir()
    path.mkdir(parents=True, exist_ok=True)
    if not existed:
        path.chmod(DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create `path` empty and owner-only if it does not exist; tighten it if it does.

    A file that exists is never opened here: closing any descriptor of a file drops every POSIX
    lock this process holds on it, SQLite's included. A process that opened the store twice
    would then hold no lock on it, and another process closing the store would delete the WAL
    under it: its later commits (a letter's `sending` mark) would be seen by nobody else.
    """
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    except FileExistsError:
        pass
    else:
        os.close(fd)
    if path.stat().st_mode & 0o077 and path.stat().st_uid == os.getuid():
        path.chmod(FILE_MODE)
    return path


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path`, readable by its owner only."""
    private_file(path)
    path.write_bytes(data)


def readable_by_others(path: Path) -> bool:
    """Whether group or others may read `path` (False when it does not exist)."""
    try:
        return bool(path.stat().st_mode & (stat.S_IRGRP | stat.S_IROTH))
    except OSError:
        return False
