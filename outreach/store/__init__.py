"""The database: tables, engine, transactions, migrations applied on open.

`open_store` and `transaction` load SQLAlchemy when first used, so that a module of this
package that reads the store without the ORM (`store.reader`) stays cheap to import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from outreach.store.engine import open_store, transaction

__all__ = ["open_store", "transaction"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from outreach.store import engine

        return getattr(engine, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
