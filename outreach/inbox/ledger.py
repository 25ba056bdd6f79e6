"""The store's side of reading the inbox: raw messages, where they were seen, how far we read.

All functions work inside a session the caller commits, so a batch of messages, their locations
and the folder's cursor are written together or not at all.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, Table, insert, or_
from sqlmodel import Session, col, select

from outreach.inbox.headers import HeaderFacts, key_digest
from outreach.review_state import ReviewState
from outreach.store.engine import transaction
from outreach.store.models import FolderCursor, IncomingMessage, MessageLocation, now

# Statement objects built once: SQLAlchemy compiles them once, and sends each batch of rows as
# a single multi-row INSERT (its "insertmanyvalues" mode), ids returned in row order.
_MESSAGES: Table = IncomingMessage.__table__  # type: ignore[attr-defined]
_INSERT_MESSAGES = insert(_MESSAGES).returning(_MESSAGES.c.id, sort_by_parameter_order=True)
_INSERT_LOCATION = insert(MessageLocation.__table__)  # type: ignore[attr-defined]


def cursors(*, engine: Engine, account: str) -> dict[str, FolderCursor]:
    """Every folder's cursor for `account`, by folder name."""
    with transaction(engine) as session:
        rows = session.exec(select(FolderCursor).where(FolderCursor.account == account)).all()
    return {row.folder: row for row in rows}


def stored_ids(
    session: Session, *, message_ids: Collection[str], digests: Collection[str]
) -> tuple[dict[str, int], dict[str, int]]:
    """Stored copies of these messages: ids by Message-ID, and by content hash."""
    if not message_ids and not digests:
        return {}, {}
    same = or_(
        col(IncomingMessage.message_id).in_(list(message_ids)),
        col(IncomingMessage.content_hash).in_(list(digests)),
    )
    # Only three small columns: loading whole rows would pull their raw bytes too.
    query = select(IncomingMessage.id, IncomingMessage.message_id, IncomingMessage.content_hash)
    by_id: dict[str, int] = {}
    by_hash: dict[str, int] = {}
    for row_id, message_id, digest in session.exec(query.where(same)).all():
        assert row_id is not None
        if message_id is not None:
            by_id.setdefault(message_id, row_id)
        by_hash[digest] = row_id
    return by_id, by_hash


def known_uids(
    session: Session, *, account: str, folder: str, uidvalidity: int, uids: Iterable[int]
) -> set[int]:
    """Which of `uids` already have a location (another poller got there first)."""
    wanted = list(uids)
    if not wanted:
        return set()
    query = select(MessageLocation.uid).where(
        MessageLocation.account == account,
        MessageLocation.folder == folder,
        MessageLocation.uidvalidity == uidvalidity,
        col(MessageLocation.uid).in_(wanted),
    )
    return set(session.exec(query).all())


def message_defaults() -> dict[str, Any]:
    """Every column of a new IncomingMessage with its model default, for Core inserts.

    Taken from a model instance, so a column added to the model later gets its default here
    too. Building a model object per message costs more than the rest of the poll together.
    """
    template = IncomingMessage(content_hash="", raw=b"")
    return {
        column.name: getattr(template, column.name)
        for column in IncomingMessage.__table__.columns  # type: ignore[attr-defined]
        if column.name != "id"
    }


REUSED_ID_REASON = "Message-ID already used by another message"


@dataclass(frozen=True, slots=True)
class NewMessage:
    raw: bytes
    digest: str
    facts: HeaderFacts
    reused_id: bool = False  # another stored message already has its Message-ID


def same_content(session: Session, *, message_id: str, key: str) -> int | None:
    """A stored message with this Message-ID whose body and key headers equal `key`."""
    query = select(IncomingMessage.id, IncomingMessage.raw).where(
        IncomingMessage.message_id == message_id
    )
    for row_id, raw in session.exec(query).all():
        if row_id is not None and key_digest(raw) == key:
            return row_id
    return None


def keep_messages(
    session: Session, *, defaults: dict[str, Any], messages: Sequence[NewMessage]
) -> list[int]:
    """Store new raw messages in one statement; their ids, in the same order."""
    if not messages:
        return []
    received = now()
    rows = []
    for message in messages:
        facts = message.facts
        unreadable = facts.parse_error is not None
        reason = "parse_error" if unreadable else REUSED_ID_REASON if message.reused_id else None
        rows.append(
            {
                **defaults,
                "content_hash": message.digest,
                "message_id": facts.message_id,
                "raw": message.raw,
                "size": len(message.raw),
                "parse_error": facts.parse_error,
                "from_address": facts.from_address,
                "subject": facts.subject,
                "sent_date": facts.sent_date,
                "received_at": received,
                "review_state": ReviewState.PENDING if reason else defaults["review_state"],
                "review_reason": reason or defaults["review_reason"],
            }
        )
    result = session.connection().execute(_INSERT_MESSAGES, rows)
    return [int(row_id) for (row_id,) in result.all()]


def add_locations(
    session: Session,
    *,
    account: str,
    folder: str,
    uidvalidity: int,
    seen: Sequence[tuple[int, int]],
) -> None:
    """Record (UID, message id) pairs seen in `folder`, in one statement."""
    if not seen:
        return
    rows = [
        {
            "incoming_id": incoming_id,
            "account": account,
            "folder": folder,
            "uidvalidity": uidvalidity,
            "uid": uid,
        }
        for uid, incoming_id in seen
    ]
    session.connection().execute(_INSERT_LOCATION, rows)


def advance_cursor(
    session: Session, *, account: str, folder: str, uidvalidity: int, last_uid: int
) -> None:
    """Move the folder's cursor forward; a new UIDVALIDITY replaces it outright."""
    row = session.exec(
        select(FolderCursor).where(FolderCursor.account == account, FolderCursor.folder == folder)
    ).first()
    if row is None:
        row = FolderCursor(account=account, folder=folder, uidvalidity=uidvalidity)
        row.last_uid = last_uid
    elif row.uidvalidity != uidvalidity:
        row.uidvalidity, row.last_uid = uidvalidity, last_uid
    elif last_uid > row.last_uid:
        row.last_uid = last_uid
    else:
        return
    row.updated_at = now()
    session.add(row)
