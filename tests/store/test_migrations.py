"""The Alembic revisions create exactly the tables the models describe."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

from outreach.store import (
    models,  # noqa: F401  (registers the tables)
    open_store,
)
from outreach.store.engine import create_store_engine, script_heads, stored_revisions


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


class TestCheapCheck:
    """Opening an up-to-date store compares revisions only; Alembic runs when it is behind."""

    def test_heads_read_from_the_files_are_alembics(self) -> None:
        from alembic.script import ScriptDirectory

        from outreach.store.engine import alembic_config, script_heads

        scripts = ScriptDirectory.from_config(alembic_config("sqlite://"))
        assert script_heads() == set(scripts.get_heads())

    def test_up_to_date_store_does_not_run_alembic(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from alembic import command

        url = f"sqlite:///{tmp_path}/db.sqlite"
        open_store(url)

        def refuse(*_args: object, **_kwargs: object) -> None:
            raise AssertionError("alembic ran on an up-to-date store")

        monkeypatch.setattr(command, "upgrade", refuse)
        engine = open_store(url)
        assert stored_revisions(engine) == script_heads()

    def test_store_behind_is_upgraded(self, tmp_path: Path) -> None:
        url = f"sqlite:///{tmp_path}/db.sqlite"
        engine = create_store_engine(url)
        assert stored_revisions(engine) == set()  # a new database is behind every revision
        engine = open_store(url)
        assert stored_revisions(engine) == script_heads()
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM municipality")).scalar() == 0

    def test_wal_and_busy_timeout(self, tmp_path: Path) -> None:
        engine = open_store(f"sqlite:///{tmp_path}/db.sqlite")
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 30_000
