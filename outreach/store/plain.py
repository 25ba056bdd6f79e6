"""The store for plain SQL on the driver's connection: what the send path reads and writes.

Loading SQLAlchemy, SQLModel and the models costs more than sending every letter does, so
`outreach send` opens the SQLite file with `sqlite3` itself, set up as the engine sets up its
connections. Whenever the ORM must open the store first (a new database, one that its
migrations have not brought up to date, not a SQLite file), it does, and the same queries run
on the engine's driver connections. The daemon and the tests hand in their engine.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, closing, contextmanager
from typing import TYPE_CHECKING, Any

from outreach.store.current import open_current
from outreach.store.pragmas import apply_pragmas

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

Connect = Callable[[], AbstractContextManager[Any]]


class PlainStore:
    """Transactions of plain SQL; `connect` hands out a driver connection for each one."""

    def __init__(self, connect: Connect, *, on_close: Callable[[], None] | None = None) -> None:
        self._connect = connect
        self._on_close = on_close

    @classmethod
    def open(cls, url: str) -> PlainStore:
        """The store at `url`, migrated first (through the ORM) only when it must be."""
        connection = _open_current(url)
        if connection is None:
            from outreach.store.engine import open_store

            return cls.for_engine(open_store(url))

        @contextmanager
        def shared() -> Iterator[sqlite3.Connection]:
            yield connection

        return cls(shared, on_close=connection.close)

    @classmethod
    def for_engine(cls, engine: Engine) -> PlainStore:
        """The same queries on the engine's pooled connections (with its pragmas)."""
        return cls(lambda: closing(engine.raw_connection()))

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """A DB-API cursor in one transaction, committed at the end (rolled back on an error)."""
        with self._connect() as connection:
            cursor = connection.cursor()
            try:
                yield cursor
                connection.commit()
            except BaseException:
                connection.rollback()
                raise
            finally:
                cursor.close()

    def close(self) -> None:
        if self._on_close is not None:
            self._on_close()
            self._on_close = None


def _open_current(url: str) -> sqlite3.Connection | None:
    """A connection set up as the engine's are, if the file at `url` is current; else None."""
    connection = open_current(url)
    if connection is not None:
        apply_pragmas(connection)
    return connection


def session_cursor(session: Session) -> Any:
    """A DB-API cursor inside an ORM session's transaction, for the same plain queries."""
    return session.connection().connection.cursor()
