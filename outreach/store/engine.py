"""Opening the store: one engine per database, migrated to the newest revision on open.

Opening is on the path of every command, so the check is cheap: the revision stored in the
database is compared with the heads of the revision files, read as text; Alembic is imported
and run only when the database is behind (a new campaign, or after an upgrade of outreach).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlmodel import Session

from outreach.private import private_file
from outreach.resources import resource_dir
from outreach.store.pragmas import BUSY_TIMEOUT_MS, apply_pragmas
from outreach.store.revisions import script_heads as script_heads

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resource_dir("migrations")))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def create_store_engine(url: str) -> Engine:
    """An engine with SQLite set up for a daemon and CLI commands sharing one file."""
    if url.startswith("sqlite:///") and ":memory:" not in url:
        path = Path(url.removeprefix("sqlite:///"))
        path.parent.mkdir(parents=True, exist_ok=True)
        # Every raw mail is in there: owner-only. SQLite gives its -wal and -shm files the
        # same mode as the database file.
        private_file(path)
    connect_args: dict[str, Any] = {}
    if url.startswith("sqlite"):
        connect_args = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
    engine = create_engine(url, connect_args=connect_args)
    if url.startswith("sqlite"):
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    apply_pragmas(dbapi_connection)


def stored_revisions(engine: Engine) -> set[str]:
    """The revisions the database says it is at (none for a new database)."""
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version"))
            return {str(row[0]) for row in rows}
    except (OperationalError, ProgrammingError):
        return set()


def migrate(engine: Engine) -> None:
    """Bring the database to the newest revision; a cheap no-op when it already is."""
    heads = script_heads()
    if heads and stored_revisions(engine) == heads:
        return
    from alembic import command

    config = alembic_config(str(engine.url.render_as_string(hide_password=False)))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")


def open_store(url: str) -> Engine:
    """The engine for `url`, with every migration applied."""
    engine = create_store_engine(url)
    migrate(engine)
    return engine


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """A session whose work is committed when the block ends, and rolled back on an error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
