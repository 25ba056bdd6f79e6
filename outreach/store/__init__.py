"""The database: tables, engine, transactions, migrations applied on open."""

from outreach.store.engine import open_store, transaction

__all__ = ["open_store", "transaction"]
