"""How every connection to the SQLite store is set up, by the engine and by plain `sqlite3`."""

from __future__ import annotations

from typing import Any

# Several processes (daemon, status, review) share the file: wait this long for a lock (ms).
BUSY_TIMEOUT_MS = 30_000


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
    cursor.close()
