"""The Alembic revisions create exactly the tables the models describe."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

from outreach.store import (
    models,  # noqa: F401  (registers the tables)
    open_store,
)


class TestMigrations:
    """Models and migrations agree; opening a store twice is harmless."""

    def test_models_match_migrations(self, tmp_path: Path) -> None:
        engine = open_store(f"sqlite:///{tmp_path}/db.sqlite")
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, SQLModel.metadata)
        assert differences == []

    def test_reopening_is_a_no_op(self, tmp_path: Path) -> None:
        url = f"sqlite:///{tmp_path}/db.sqlite"
        open_store(url)
        engine = open_store(url)
        tables = set(inspect(engine).get_table_names())
        assert {"municipality", "outgoing_message", "status_event", "incoming_message"} <= tables
