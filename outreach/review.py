"""The review queue and the questions to answer: what a person must look at, and what their
decision changes.

The review queue holds what outreach is unsure of (a person checks the label or the
municipality). A question it is sure of is no doubt but a task: it waits on the "to answer"
list until a volunteer has answered it (`mark_answered`), and the municipality shows an open
question until then. Either can also be relabelled with `resolve`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlmodel import Session, select

from outreach.analysis import read_message
from outreach.classify.labels import Label
from outreach.classify.message import MessageParseError
from outreach.errors import OperatorError
from outreach.review_state import ReviewState
from outreach.status import apply_label
from outreach.store.engine import transaction
from outreach.store.models import IncomingMessage, Municipality, SenderAssignment, now
from outreach.store.queries import answer_list, review_queue

PENDING = ReviewState.PENDING
RESOLVED = ReviewState.RESOLVED
TO_ANSWER = ReviewState.TO_ANSWER
LABELS = tuple(label.value for label in Label)


@dataclass(frozen=True)
class ReviewItem:
    """A queued message as the operator sees it."""

    message: IncomingMessage
    own_text: str
    municipality_name: str | None


def pending(engine: Engine) -> list[IncomingMessage]:
    with transaction(engine) as session:
        return list(session.exec(review_queue()))


def to_answer(engine: Engine) -> list[IncomingMessage]:
    """The questions waiting for an answer, oldest first."""
    with transaction(engine) as session:
        return list(session.exec(answer_list()))


def mark_answered(
    engine: Engine, message_id: int, *, note: str | None = None, by: str = "operator"
) -> IncomingMessage:
    """A volunteer answered this question: it leaves the list, and the municipality's open
    question closes once none of its questions is waiting any more."""
    with transaction(engine) as session:
        message = session.get(IncomingMessage, message_id)
        if message is None:
            raise OperatorError(f"no stored message with id {message_id}")
        if message.review_state != TO_ANSWER:
            raise OperatorError(
                f"message {message_id} is not a question waiting for an answer "
                "(see `outreach review list --to-answer`)"
            )
        message.review_state, message.reviewed_at = RESOLVED, now()
        message.review_note = note or f"answered ({by})"
        session.add(message)
        session.flush()
        if message.cbs_code:
            _close_question(session, message.cbs_code)
        return message


def _close_question(session: Session, code: str) -> None:
    waiting = session.exec(
        select(IncomingMessage.id).where(
            IncomingMessage.cbs_code == code,
            (IncomingMessage.review_state == TO_ANSWER)
            | (
                (IncomingMessage.review_state == PENDING)
                & (IncomingMessage.label == Label.QUESTION.value)
            ),
        )
    ).first()
    municipality = session.get(Municipality, code)
    if municipality is not None and waiting is None:
        municipality.open_question = False
        session.add(municipality)


def load_item(engine: Engine, message_id: int) -> ReviewItem:
    with transaction(engine) as session:
        message = session.get(IncomingMessage, message_id)
        if message is None:
            raise OperatorError(
                f"no stored message with id {message_id} (see `outreach review list`)"
            )
        name = None
        if message.cbs_code:
            municipality = session.get(Municipality, message.cbs_code)
            name = municipality.name if municipality else None
    return ReviewItem(message, own_text(message), name)


def own_text(message: IncomingMessage) -> str:
    """What the sender wrote, without quoted mail (or the parse error, for a broken message)."""
    try:
        view = read_message(message.raw)
    except MessageParseError as exc:
        return f"(cannot be read: {exc})"
    return view.split.own.strip() or "(no text of its own)"


def resolve(
    engine: Engine,
    message_id: int,
    *,
    label: str,
    municipality: str | None = None,
    note: str | None = None,
    by: str = "operator",
) -> IncomingMessage:
    """Settle a queued message: its label, its municipality, and what follows for the status.

    `by` names who decided ("operator" from the command line, the user's name in the console);
    it is kept with the status change.
    """
    if label not in LABELS:
        raise OperatorError(f"unknown label {label!r}; choose one of: {', '.join(LABELS)}")
    with transaction(engine) as session:
        message = session.get(IncomingMessage, message_id)
        if message is None:
            raise OperatorError(f"no stored message with id {message_id}")
        code = (municipality or message.cbs_code or "").upper() or None
        target = _municipality(session, code) if code else None
        was_waiting, old_code = message.review_state == TO_ANSWER, message.cbs_code
        message.label, message.cbs_code = label, code
        # A question to answer stays on that list, under its corrected municipality, until
        # someone marks it answered; relabelled as something else, it is settled.
        still_waiting = was_waiting and label == Label.QUESTION.value
        message.review_state = TO_ANSWER if still_waiting else RESOLVED
        message.reviewed_at, message.review_note = now(), note
        message.related = label != Label.OTHER.value
        session.add(message)
        if was_waiting and old_code and (old_code != code or not still_waiting):
            session.flush()
            _close_question(session, old_code)
        if target is not None:
            if municipality and message.from_address:
                remember_sender(session, message.from_address, target.cbs_code)
            cause_note = f" ({note})" if note else ""
            apply_label(
                session,
                target,
                label,
                details=message.details,
                incoming_id=message.id,
                actor=f"{by}{cause_note}",
            )
            if label == Label.QUESTION.value:
                target.open_question = True
        return message


def _municipality(session: Session, code: str) -> Municipality:
    found = session.get(Municipality, code)
    if found is None:
        raise OperatorError(f"no municipality with code {code!r} (codes look like GM0344)")
    return found


def add_note(engine: Engine, message_id: int, note: str) -> None:
    """Keep a note with a message without deciding it (it stays in the queue)."""
    with transaction(engine) as session:
        message = session.get(IncomingMessage, message_id)
        if message is None:
            raise OperatorError(f"no stored message with id {message_id}")
        message.review_note = note
        session.add(message)


def remember_sender(session: Session, address: str, code: str) -> None:
    """Next time this sender writes, matching knows the municipality."""
    row = session.get(SenderAssignment, address.lower()) or SenderAssignment(
        address=address.lower(), cbs_code=code
    )
    row.cbs_code = code
    session.add(row)
