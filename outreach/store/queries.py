"""Questions several modules ask the store, written once.

The review states live here too: the inbox stores unreadable mail as pending review, the
recording of an outcome queues the unsure ones, the review queue settles them, the overview
counts them.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, func, select

from outreach.review_state import ReviewState
from outreach.status import OWN_POSITION
from outreach.store.models import IncomingMessage, OutgoingMessage

REVIEW_NONE = ReviewState.NONE
REVIEW_PENDING = ReviewState.PENDING
REVIEW_RESOLVED = ReviewState.RESOLVED
TO_ANSWER = ReviewState.TO_ANSWER


def unprocessed() -> Any:
    """Stored messages nobody has matched and classified yet, oldest first."""
    return (
        select(IncomingMessage)
        .where(col(IncomingMessage.label).is_(None), col(IncomingMessage.parse_error).is_(None))
        .where(IncomingMessage.review_state != REVIEW_PENDING)
        .where(col(IncomingMessage.own_copy).is_(False))
        .order_by(col(IncomingMessage.id))
    )


def own_position() -> Any:
    """The condition that a message was recorded as its sender's own position (a party's or
    council member's refusal or opt-out, which changes no municipality's state)."""
    return func.json_extract(IncomingMessage.details, f"$.{OWN_POSITION}").is_not(None)


def review_queue() -> Any:
    """The messages waiting for a person, in the order they came in."""
    return (
        select(IncomingMessage)
        .where(IncomingMessage.review_state == REVIEW_PENDING)
        .order_by(col(IncomingMessage.received_at), col(IncomingMessage.id))
    )


def answer_list() -> Any:
    """The questions waiting for a volunteer's answer, in the order they came in."""
    return (
        select(IncomingMessage)
        .where(IncomingMessage.review_state == TO_ANSWER)
        .order_by(col(IncomingMessage.received_at), col(IncomingMessage.id))
    )


def normal_message_id(message_id: str) -> str:
    """A Message-ID as compared: without angle brackets and spaces, lower case."""
    return message_id.strip().strip("<>").strip().lower()


def outgoing_by_message_id(session: Session) -> dict[str, OutgoingMessage]:
    """Every message we sent (or tried to), keyed by its normalised Message-ID."""
    return {normal_message_id(row.message_id): row for row in session.exec(select(OutgoingMessage))}
