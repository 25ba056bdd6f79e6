"""What a volunteer can change from the municipality page, as service functions."""

from __future__ import annotations

import logging

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import Engine
from sqlmodel import Session

from outreach.contacts.history import record_change
from outreach.contacts.plan import flag_text
from outreach.errors import OperatorError
from outreach.review import remember_sender
from outreach.status import STATES, set_state
from outreach.store.engine import transaction
from outreach.store.models import Municipality, now

log = logging.getLogger(__name__)
SOURCE = "outreach console"


def set_state_by_hand(engine: Engine, code: str, state: str, *, note: str, by: str) -> bool:
    """Any state, with a note kept in the history, as `outreach contacts set-state` does."""
    if state not in STATES:
        raise OperatorError(f"unknown state {state!r}")
    if not note.strip():
        raise OperatorError("a note is needed: say why the state changes")
    with transaction(engine) as session:
        municipality = _get(session, code)
        return set_state(
            session, municipality, state, cause=f"set by hand: {note.strip()}", actor=by
        )


def set_noodopvang(engine: Engine, code: str, value: bool, *, by: str) -> bool:
    """Whether the motion gets clause f (emergency shelter); kept in the contact history."""
    with transaction(engine) as session:
        municipality = _get(session, code)
        if municipality.noodopvang == value:
            return False
        record_change(
            session,
            municipality.cbs_code,
            "noodopvang",
            flag_text(municipality.noodopvang),
            flag_text(value),
            SOURCE,
            actor=by,
        )
        municipality.noodopvang = value
        municipality.updated_at = now()
        session.add(municipality)
    log.info("noodopvang %s: %s (by %s)", code, flag_text(value), by)
    return True


def assign_sender(engine: Engine, code: str, address: str) -> str:
    """Tie a sender address to this municipality: its next message is matched to it."""
    try:
        normalised = validate_email(address.strip(), check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise OperatorError(f"{address!r} is not an e-mail address: {exc}") from None
    with transaction(engine) as session:
        _get(session, code)
        remember_sender(session, normalised, code.upper())
    return normalised.lower()


def _get(session: Session, code: str) -> Municipality:
    found = session.get(Municipality, code.upper())
    if found is None:
        raise OperatorError(f"no municipality with code {code!r}")
    return found
