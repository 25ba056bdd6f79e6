"""Writing what analysis found: the message's match and label, and the state change it brings.

Every message is recorded in its own transaction. One that cannot be recorded (a bug, a
municipality the store does not know) is parked: kept with its error and put in the review
queue with the reason, while the rest of the batch, and every later pass, carries on.

A copy of our own message (Gmail keeps each sent letter in Sent and All Mail) is stored as
such, linked to what we sent: never classified, never queued, never a state change.

A party group's or a council member's own refusal or opt-out is recorded with who spoke
(`OWN_POSITION` in its details) and changes no state: the campaign goes on with the town hall.
"""

from __future__ import annotations

import logging
from dataclasses import asdict

from sqlalchemy import Engine
from sqlmodel import Session, col

from outreach.analysis import (
    TO_ANSWER_REASON,
    Analysis,
    Contexts,
    analyse,
    build_contexts,
    match_json,
)
from outreach.classify.labels import Label
from outreach.review_state import ReviewState
from outreach.settings import Settings
from outreach.status import OWN_POSITION, apply_label
from outreach.store.engine import transaction
from outreach.store.models import IncomingMessage, Municipality, OutgoingMessage
from outreach.store.queries import REVIEW_PENDING, unprocessed

log = logging.getLogger(__name__)
BATCH = 200


def process_pending(*, engine: Engine, settings: Settings) -> int:
    """Match and classify every stored message not yet looked at; returns how many."""
    with transaction(engine) as session:
        # Every poll pass calls this; most find nothing, and then nothing needs loading.
        if session.exec(unprocessed().limit(1)).first() is None:
            return 0
        contexts = build_contexts(session, settings)
    done = 0
    after = 0
    while True:
        with transaction(engine) as session:
            ids = list(
                session.exec(
                    unprocessed()
                    .with_only_columns(col(IncomingMessage.id))
                    .where(col(IncomingMessage.id) > after)
                    .limit(BATCH)
                )
            )
        for message_id in ids:
            process_one(engine, message_id, contexts, settings=settings)
        done += len(ids)
        if len(ids) < BATCH:
            return done
        after = ids[-1]


def process_one(engine: Engine, message_id: int, contexts: Contexts, *, settings: Settings) -> None:
    """Analyse and record one stored message in its own transaction; park it if that fails."""
    threshold = settings.review.confidence_threshold
    try:
        with transaction(engine) as session:
            message = session.get(IncomingMessage, message_id)
            if message is None:
                return
            record(session, message, analyse(message.raw, contexts, threshold=threshold))
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"
        # One line for the operator; the traceback only with --verbose (the error is stored).
        log.error(
            "message %s could not be processed, parked for review: %s",
            message_id,
            error.splitlines()[0][:300],
            exc_info=log.isEnabledFor(logging.DEBUG),
        )
        park(engine, message_id, error)


def park(engine: Engine, message_id: int, error: str) -> None:
    """Keep the message, with its error, in the review queue: a person looks at it."""
    with transaction(engine) as session:
        message = session.get(IncomingMessage, message_id)
        if message is None:
            return
        message.parse_error = f"could not be processed: {error}"[:2000]
        message.review_state = REVIEW_PENDING
        message.review_reason = "could not be processed (see the error)"
        session.add(message)


def record(session: Session, message: IncomingMessage, analysis: Analysis) -> None:
    """Write `analysis` to `message` and apply what it means to the municipality's state."""
    if analysis.error is not None:
        message.parse_error = analysis.error
    parsed = analysis.parsed
    if parsed is not None:
        # The inbox stores what a quick header read finds; the full parse may know more.
        message.from_address = message.from_address or parsed.from_address
        message.subject = message.subject or parsed.subject
        message.message_id = message.message_id or parsed.message_id
    if analysis.own_copy:
        _record_own_copy(session, message, analysis.outgoing_id)
        return
    if analysis.match is not None:
        message.cbs_code = analysis.match.cbs_code
        message.match_confidence = analysis.match.confidence
        message.match_evidence = (match_json(analysis.match) or {})["evidence"]
        message.details = {**message.details, "candidates": analysis.match.candidates}
    verdict = analysis.verdict
    if verdict is not None:
        message.label = verdict.label.value
        message.confidence = verdict.confidence
        message.reasons = [asdict(r) for r in verdict.reasons]
        message.details = {**message.details, **verdict.details}
        if analysis.own_position:
            message.details = {**message.details, OWN_POSITION: analysis.origin}
        message.related = verdict.label is not Label.OTHER
    if analysis.review_reason:
        message.review_state, message.review_reason = REVIEW_PENDING, analysis.review_reason
    elif analysis.to_answer:
        message.review_state, message.review_reason = ReviewState.TO_ANSWER, TO_ANSWER_REASON
    session.add(message)
    session.flush()
    if verdict is None or message.cbs_code is None:
        return
    municipality = session.get(Municipality, message.cbs_code)
    if municipality is None:
        raise LookupError(f"matched to {message.cbs_code}, which is not in the store")
    if analysis.review_reason and verdict.label is not Label.QUESTION:
        return  # a person decides first
    if analysis.to_answer:
        municipality.open_question = True  # also beside a plan: "wij dienen hem in; kunt u ...?"
        session.add(municipality)
    if analysis.own_position:
        log.info(
            "classified message %s: %s for %s, as the sender's own position (state unchanged)",
            message.id,
            verdict.label.value,
            message.cbs_code,
        )
        return
    apply_label(
        session, municipality, verdict.label.value, details=verdict.details, incoming_id=message.id
    )
    log.info("classified message %s: %s for %s", message.id, verdict.label.value, message.cbs_code)


def _record_own_copy(session: Session, message: IncomingMessage, outgoing_id: int | None) -> None:
    message.own_copy = True
    message.related = False
    message.outgoing_id = outgoing_id
    outgoing = session.get(OutgoingMessage, outgoing_id) if outgoing_id is not None else None
    if outgoing is not None:
        message.cbs_code = outgoing.cbs_code
    session.add(message)
    log.debug("message %s is our own %s", message.id, outgoing.step if outgoing else "message")
