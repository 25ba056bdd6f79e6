"""Opening the store's SQLite file with plain `sqlite3`, only when the ORM need not come first.

Commands that only read (`status`) or only send (`send`) skip SQLAlchemy's import. That is safe
only for an existing SQLite file whose migrations are up to date; otherwise the answer is None
and the caller opens the store through the engine, which creates or upgrades it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from outreach.private import private_file
from outreach.store.pragmas import BUSY_TIMEOUT_MS
from outreach.store.revisions import script_heads

_SQLITE = "sqlite:///"


def open_current(url: str) -> sqlite3.Connection | None:
    """A connection to the SQLite file at `url` if it is at the newest revision, else None."""
    if not url.startswith(_SQLITE) or ":memory:" in url or "?" in url:
        return None
    path = Path(url.removeprefix(_SQLITE))
    if not path.is_file():
        return None
    private_file(path)  # as opening it through the engine does
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        stored = {
            str(row[0]) for row in connection.execute("SELECT version_num FROM alembic_version")
        }
        if stored != script_heads():
            connection.close()
            return None
    except sqlite3.DatabaseError:  # no revision table yet, or not a database at all
        connection.close()
        return None
    return connection
