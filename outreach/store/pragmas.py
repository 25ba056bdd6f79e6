"""How every connection to the SQLite store is set up, by the engine and by plain `sqlite3`."""

from __future__ import annotations

from typing import Any

# Several processes (daemon, status, review) share the file: wait this long for a lock (ms).
BUSY_TIMEOUT_MS = 30_000
# Page cache per connection, in KiB.
CACHE_KIB = 512


def apply_pragmas(dbapi_connection: Any) -> None:
    """The store's settings on one driver connection (SQLite keeps most per connection)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL: readers never block the writer. NORMAL: a commit is durable once the WAL is synced
    # at a checkpoint; a power cut may lose the last commits but never corrupts the file, and
    # a letter's `sending` mark is still written before the message goes out.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # The daemon keeps several connections open for weeks; SQLite's default 2 MiB page cache
    # each is memory it never gives back, while the file is small and in the OS cache anyway.
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.close()
