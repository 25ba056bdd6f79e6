"""Console accounts: names and Argon2 password hashes in the store."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine
from sqlmodel import col, select

from outreach.errors import OperatorError
from outreach.store.engine import transaction
from outreach.store.models import ConsoleUser, now

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MIN_PASSWORD = 8
_hasher = PasswordHasher()
# Verifying an unknown name still costs one hash, so timing does not tell which names exist.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


@dataclass(frozen=True)
class UserInfo:
    name: str
    created_at: datetime
    last_login: datetime | None


def check_name(name: str) -> str:
    if not _NAME.match(name):
        raise OperatorError(
            f"{name!r} is not a usable name: letters, digits and . _ @ - only, at most 64"
        )
    return name


def add_user(engine: Engine, name: str, password: str, *, replace: bool = False) -> bool:
    """Create an account (or set a new password with `replace`); returns whether it is new."""
    check_name(name)
    if len(password) < MIN_PASSWORD:
        raise OperatorError(f"the password needs at least {MIN_PASSWORD} characters")
    hashed = _hasher.hash(password)
    with transaction(engine) as session:
        row = session.get(ConsoleUser, name)
        if row is not None and not replace:
            raise OperatorError(f"user {name!r} exists already (add --replace for a new password)")
        created = row is None
        row = row or ConsoleUser(name=name, password_hash=hashed)
        row.password_hash = hashed
        session.add(row)
    return created


def remove_user(engine: Engine, name: str) -> None:
    with transaction(engine) as session:
        row = session.get(ConsoleUser, name)
        if row is None:
            raise OperatorError(f"no user {name!r} (see `outreach users list`)")
        session.delete(row)


def list_users(engine: Engine) -> list[UserInfo]:
    with transaction(engine) as session:
        rows = session.exec(select(ConsoleUser).order_by(col(ConsoleUser.name)))
        return [UserInfo(r.name, r.created_at, r.last_login) for r in rows]


def user_exists(engine: Engine, name: str) -> bool:
    with transaction(engine) as session:
        return session.get(ConsoleUser, name) is not None


def verify_login(engine: Engine, name: str, password: str) -> bool:
    """Whether `password` is `name`'s; a successful login is stamped, an old hash upgraded."""
    with transaction(engine) as session:
        row = session.get(ConsoleUser, name)
        stored = row.password_hash if row else _DUMMY_HASH
        try:
            _hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False
        if row is None:
            return False
        if _hasher.check_needs_rehash(stored):
            row.password_hash = _hasher.hash(password)
        row.last_login = now()
        session.add(row)
        return True
