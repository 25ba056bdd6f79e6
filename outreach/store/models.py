"""The tables. Every change here needs an Alembic revision in `migrations/versions/`.

Timestamps are stored in UTC. SQLite forgets the zone, so `utc()` puts it back when a value is
read for comparison or display.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from outreach.review_state import ReviewState


def now() -> datetime:
    return datetime.now(UTC)


def utc(value: datetime) -> datetime:
    """The same moment, zone-aware (SQLite returns naive datetimes)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Municipality(SQLModel, table=True):
    """A gemeente and where the campaign stands with it."""

    __tablename__ = "municipality"

    cbs_code: str = Field(primary_key=True, max_length=6)
    name: str
    province: str
    email: str | None = None
    domain: str | None = None
    noodopvang: bool = False
    address: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    state: str = Field(default="pending", index=True)  # status.MunicipalityState
    suggested_email: str | None = None
    open_question: bool = False
    created_at: datetime = Field(default_factory=now)
    updated_at: datetime = Field(default_factory=now)


class OutgoingMessage(SQLModel, table=True):
    """One letter or reminder to one municipality: at most one row per (municipality, step)."""

    __tablename__ = "outgoing_message"
    __table_args__ = (UniqueConstraint("cbs_code", "step", name="uq_outgoing_step"),)

    id: int | None = Field(default=None, primary_key=True)
    cbs_code: str = Field(foreign_key="municipality.cbs_code", index=True)
    step: str
    state: str = Field(default="queued", index=True)
    message_id: str = Field(unique=True)
    to_address: str
    subject: str = ""
    attempts: int = 0
    last_reply: str | None = None
    dry_run: bool = False
    not_before: datetime | None = None
    created_at: datetime = Field(default_factory=now)
    updated_at: datetime = Field(default_factory=now)
    sent_at: datetime | None = None


class IncomingMessage(SQLModel, table=True):
    """A message read from the inbox, kept raw, with what matching and classifying found."""

    __tablename__ = "incoming_message"

    id: int | None = Field(default=None, primary_key=True)
    content_hash: str = Field(unique=True, max_length=64)
    message_id: str | None = Field(default=None, index=True)
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    size: int = 0
    parse_error: str | None = None
    from_address: str | None = None
    subject: str | None = None
    sent_date: datetime | None = None
    received_at: datetime = Field(default_factory=now)
    cbs_code: str | None = Field(default=None, foreign_key="municipality.cbs_code", index=True)
    match_confidence: float | None = None
    match_evidence: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    related: bool = True
    label: str | None = Field(default=None, index=True)
    confidence: float | None = None
    reasons: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    details: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    review_state: str = Field(default=ReviewState.NONE.value, index=True)
    review_reason: str | None = None
    reviewed_at: datetime | None = None
    review_note: str | None = None
    # A copy of one of our own messages (Gmail keeps every sent message in Sent and All Mail):
    # stored and linked to what we sent, never read as a reply.
    own_copy: bool = False
    outgoing_id: int | None = Field(default=None, foreign_key="outgoing_message.id", index=True)


class MessageLocation(SQLModel, table=True):
    """Where the inbox holds a stored message: one row per (account, folder, UIDVALIDITY, UID)."""

    __tablename__ = "message_location"
    __table_args__ = (
        UniqueConstraint("account", "folder", "uidvalidity", "uid", name="uq_location"),
    )

    id: int | None = Field(default=None, primary_key=True)
    incoming_id: int = Field(foreign_key="incoming_message.id", index=True)
    account: str
    folder: str
    uidvalidity: int
    uid: int


class FolderCursor(SQLModel, table=True):
    """How far a folder has been read: the highest UID stored under its UIDVALIDITY."""

    __tablename__ = "folder_cursor"
    __table_args__ = (UniqueConstraint("account", "folder", name="uq_cursor"),)

    id: int | None = Field(default=None, primary_key=True)
    account: str
    folder: str
    uidvalidity: int
    last_uid: int = 0
    updated_at: datetime = Field(default_factory=now)


class StatusEvent(SQLModel, table=True):
    """One change of a municipality's state, and what caused it."""

    __tablename__ = "status_event"

    id: int | None = Field(default=None, primary_key=True)
    cbs_code: str = Field(foreign_key="municipality.cbs_code", index=True)
    old_state: str | None = None
    new_state: str
    cause: str
    actor: str = "outreach"
    incoming_id: int | None = Field(default=None, foreign_key="incoming_message.id")
    outgoing_id: int | None = Field(default=None, foreign_key="outgoing_message.id")
    at: datetime = Field(default_factory=now, index=True)


class SenderAssignment(SQLModel, table=True):
    """A sender address an operator tied to a municipality, remembered for next time."""

    __tablename__ = "sender_assignment"

    address: str = Field(primary_key=True)
    cbs_code: str = Field(foreign_key="municipality.cbs_code")
    created_at: datetime = Field(default_factory=now)


class RuntimeState(SQLModel, table=True):
    """Small named values the daemon keeps: heartbeat, pause reason, last error."""

    __tablename__ = "runtime_state"

    key: str = Field(primary_key=True)
    value: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_at: datetime = Field(default_factory=now)


class ContactChange(SQLModel, table=True):
    """One change to a municipality's contact details: which field, from what to what, why."""

    __tablename__ = "contact_change"

    id: int | None = Field(default=None, primary_key=True)
    cbs_code: str = Field(foreign_key="municipality.cbs_code", index=True)
    field: str
    old_value: str | None = None
    new_value: str | None = None
    source: str
    actor: str = "operator"
    note: str | None = None
    at: datetime = Field(default_factory=now, index=True)


class ConsoleUser(SQLModel, table=True):
    """A volunteer who may log in to `outreach console`; only an Argon2 hash is kept."""

    __tablename__ = "console_user"

    name: str = Field(primary_key=True)
    password_hash: str
    created_at: datetime = Field(default_factory=now)
    last_login: datetime | None = None
