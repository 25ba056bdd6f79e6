"""Where the campaign stands with each municipality, and the moves between those states.

Automatic moves only go forward along the campaign's path (sent → acknowledged → forwarded →
motion_planned → motion_submitted → motion_adopted | motion_rejected). An operator may set any
state by hand. Every change is written to `status_event` with its cause.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from outreach.classify.labels import Label
from outreach.timefmt import now

if TYPE_CHECKING:  # the states are read by commands that do not load the ORM
    from sqlmodel import Session

    from outreach.store.models import Municipality

log = logging.getLogger(__name__)


class MunicipalityState(StrEnum):
    """Where the campaign stands with one municipality (stored as its value)."""

    NO_ADDRESS = "no_address"
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    ACKNOWLEDGED = "acknowledged"
    FORWARDED = "forwarded"
    MOTION_PLANNED = "motion_planned"
    MOTION_SUBMITTED = "motion_submitted"
    MOTION_ADOPTED = "motion_adopted"
    MOTION_REJECTED = "motion_rejected"
    NEEDS_ADDRESS = "needs_address"
    OPTED_OUT = "opted_out"
    DECLINED = "declined"


class OutgoingState(StrEnum):
    """Where one outgoing message stands (stored as its value)."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


# The names every layer imports; the values are the enum's.
NO_ADDRESS = MunicipalityState.NO_ADDRESS
PENDING = MunicipalityState.PENDING
SENDING = MunicipalityState.SENDING
SENT = MunicipalityState.SENT
FAILED = MunicipalityState.FAILED
ACKNOWLEDGED = MunicipalityState.ACKNOWLEDGED
FORWARDED = MunicipalityState.FORWARDED
MOTION_PLANNED = MunicipalityState.MOTION_PLANNED
MOTION_SUBMITTED = MunicipalityState.MOTION_SUBMITTED
MOTION_ADOPTED = MunicipalityState.MOTION_ADOPTED
MOTION_REJECTED = MunicipalityState.MOTION_REJECTED
NEEDS_ADDRESS = MunicipalityState.NEEDS_ADDRESS
OPTED_OUT = MunicipalityState.OPTED_OUT
DECLINED = MunicipalityState.DECLINED

# The campaign's path; a later position is "more advanced".
PROGRESS = (
    SENT,
    ACKNOWLEDGED,
    FORWARDED,
    MOTION_PLANNED,
    MOTION_SUBMITTED,
    MOTION_ADOPTED,
    MOTION_REJECTED,
)
STATES = (NO_ADDRESS, PENDING, SENDING, FAILED, *PROGRESS, NEEDS_ADDRESS, OPTED_OUT, DECLINED)
# Each state in the words a Dutch volunteer or board member reads (exports, the console).
STATE_WORDS_NL: dict[str, str] = {
    NO_ADDRESS: "geen e-mailadres",
    PENDING: "nog te versturen",
    SENDING: "wordt verstuurd",
    FAILED: "versturen mislukt",
    SENT: "verstuurd",
    ACKNOWLEDGED: "ontvangst bevestigd",
    FORWARDED: "doorgestuurd",
    MOTION_PLANNED: "motie gepland",
    MOTION_SUBMITTED: "motie ingediend",
    MOTION_ADOPTED: "motie aangenomen",
    MOTION_REJECTED: "motie verworpen",
    NEEDS_ADDRESS: "nieuw adres nodig",
    OPTED_OUT: "wil geen post meer",
    DECLINED: "afgewezen",
}
FINAL_FOR_SENDING = frozenset({OPTED_OUT, DECLINED})
# Municipalities that must not get a reminder.
NO_REMINDER = frozenset({NO_ADDRESS, NEEDS_ADDRESS, OPTED_OUT, DECLINED, FAILED})


def rank(state: str) -> int:
    """Position on the campaign's path; -1 for states off the path."""
    if state == MOTION_REJECTED:
        return PROGRESS.index(MOTION_ADOPTED)  # both are the end of the road
    return PROGRESS.index(state) if state in PROGRESS else -1


def is_forward(old: str, new: str) -> bool:
    """Whether an automatic move from `old` to `new` is allowed."""
    if old in FINAL_FOR_SENDING:
        return False
    if new in PROGRESS:
        if old not in PROGRESS:
            # A reply proves the letter arrived, even after a soft failure or a bounce note.
            return old in {PENDING, SENDING, FAILED, NEEDS_ADDRESS}
        return rank(new) > rank(old)
    return new in {NEEDS_ADDRESS, OPTED_OUT, DECLINED} and old not in {
        MOTION_ADOPTED,
        MOTION_REJECTED,
    }


def set_state(
    session: Session,
    municipality: Municipality,
    new_state: str,
    *,
    cause: str,
    actor: str = "outreach",
    incoming_id: int | None = None,
    outgoing_id: int | None = None,
    initial: bool = False,
) -> bool:
    """Record a change of state (nothing happens when the state is already `new_state`)."""
    if new_state not in STATES:
        raise ValueError(f"unknown state {new_state!r}; known: {', '.join(STATES)}")
    old = None if initial else municipality.state
    if old == new_state:
        return False
    from outreach.store.models import StatusEvent

    log.info("state %s: %s -> %s (%s)", municipality.cbs_code, old, new_state, cause)
    municipality.state = new_state
    municipality.updated_at = now()
    session.add(municipality)
    session.add(
        StatusEvent(
            cbs_code=municipality.cbs_code,
            old_state=old,
            new_state=new_state,
            cause=cause,
            actor=actor,
            incoming_id=incoming_id,
            outgoing_id=outgoing_id,
        )
    )
    return True


def advance(
    session: Session,
    municipality: Municipality,
    new_state: str,
    *,
    cause: str,
    incoming_id: int | None = None,
) -> bool:
    """An automatic move: applied only when it goes forward."""
    if not is_forward(municipality.state, new_state):
        return False
    return set_state(session, municipality, new_state, cause=cause, incoming_id=incoming_id)


# The key in a message's details that marks a party's or council member's own refusal or
# opt-out (its value is who spoke, an `Origin` name): recorded, but it moves no state.
OWN_POSITION = "own_position"

# What a classified message does to its municipality's state.
LABEL_STATES: dict[str, str] = {
    Label.ACKNOWLEDGED: ACKNOWLEDGED,
    Label.FORWARDED: FORWARDED,
    Label.MOTION_PLANNED: MOTION_PLANNED,
    Label.MOTION_SUBMITTED: MOTION_SUBMITTED,
    Label.MOTION_ADOPTED: MOTION_ADOPTED,
    Label.MOTION_REJECTED: MOTION_REJECTED,
    Label.BOUNCE_HARD: NEEDS_ADDRESS,
    Label.REDIRECT: NEEDS_ADDRESS,
    Label.OPT_OUT: OPTED_OUT,
    Label.DECLINED: DECLINED,
}


def apply_label(
    session: Session,
    municipality: Municipality,
    label: str,
    *,
    details: Mapping[str, Any],
    incoming_id: int | None,
    actor: str = "outreach",
) -> bool:
    """Update a municipality for one classified message; returns whether its state changed.

    `auto_reply`, `bounce_soft` and `other` change nothing (the message itself is the record);
    `question` raises the open-question flag; the rest move the state, forward only unless an
    operator decided.
    """
    cause = f"message {incoming_id}: {label}"
    if details.get("outcome"):
        cause += f" ({details['outcome']})"  # "motion_submitted (withdrawn)"
    if label == Label.QUESTION:
        municipality.open_question = True
        session.add(municipality)
        return False
    if label == Label.REDIRECT and details.get("suggested_address"):
        municipality.suggested_email = str(details["suggested_address"])
        session.add(municipality)
    new_state = LABEL_STATES.get(label)
    if new_state is None:
        return False
    if actor != "outreach":
        if rank(new_state) >= 0 and rank(municipality.state) > rank(new_state):
            return False  # an operator's label never undoes later progress by accident
        return set_state(
            session, municipality, new_state, cause=cause, actor=actor, incoming_id=incoming_id
        )
    return advance(session, municipality, new_state, cause=cause, incoming_id=incoming_id)
