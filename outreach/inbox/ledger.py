"""The store's side of reading the inbox: raw messages, where they were seen, how far we read.

All functions work inside a session the caller commits, so a batch of messages, their locations
and the folder's cursor are written together or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Engine, or_
from sqlmodel import Session, col, select

from outreach.inbox.headers import HeaderFacts
from outreach.store.engine import transaction
from outreach.store.models import FolderCursor, IncomingMessage, MessageLocation, now


def cursors(*, engine: Engine, account: str) -> dict[str, FolderCursor]:
    """Every folder's cursor for `account`, by folder name."""
    with transaction(engine) as session:
        rows = session.exec(select(FolderCursor).where(FolderCursor.account == account)).all()
    return {row.folder: row for row in rows}


def find_stored(session: Session, *, message_id: str | None, digest: str) -> int | None:
    """The id of a stored copy of this message: same Message-ID, or same bytes."""
    same = col(IncomingMessage.content_hash) == digest
    if message_id is not None:
        same = or_(same, col(IncomingMessage.message_id) == message_id)
    # Only the id: loading the row would pull its raw bytes too.
    return session.exec(select(IncomingMessage.id).where(same).limit(1)).first()


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


def keep_message(session: Session, *, raw: bytes, digest: str, facts: HeaderFacts) -> int:
    """Store a new raw message; its id. The row leaves the session at once to free the bytes."""
    unreadable = facts.parse_error is not None
    message = IncomingMessage(
        content_hash=digest,
        message_id=facts.message_id,
        raw=raw,
        size=len(raw),
        parse_error=facts.parse_error,
        from_address=facts.from_address,
        subject=facts.subject,
        sent_date=facts.sent_date,
        review_state="pending" if unreadable else "none",
        review_reason="parse_error" if unreadable else None,
    )
    session.add(message)
    session.flush()
    session.expunge(message)
    assert message.id is not None
    return message.id


def add_location(
    session: Session, *, incoming_id: int, account: str, folder: str, uidvalidity: int, uid: int
) -> None:
    session.add(
        MessageLocation(
            incoming_id=incoming_id,
            account=account,
            folder=folder,
            uidvalidity=uidvalidity,
            uid=uid,
        )
    )


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
