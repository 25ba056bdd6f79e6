"""Settle every letter left in `sending` by looking in the Sent folder: after a crash, and after
a send whose end of DATA got no reply (the letter may have gone).

Gmail files a sent letter in Sent, but its search index can lag by many seconds. A letter not
found at once is looked for again with growing pauses until the lookup window (two minutes by
default) has passed; only then is it queued again. Concluding too early sends a second copy.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlmodel import select

from outreach.errors import TransportError
from outreach.sending.service import QUEUED
from outreach.status import PENDING, SENDING, SENT, set_state
from outreach.store.engine import transaction
from outreach.store.models import Municipality, OutgoingMessage, now
from outreach.transport.sent_folder import SentFolder

log = logging.getLogger(__name__)


@dataclass
class Recovery:
    found: list[str] = field(default_factory=list)
    requeued: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)  # left in `sending`: Sent unreadable


async def settle_in_flight(
    *,
    engine: Engine,
    sent_folder: SentFolder,
    second_look_after: float = 5.0,
    window: float = 120.0,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> Recovery:
    """Mark found messages `sent`, put the others back in the queue to be sent again.

    What is missing is looked for again after `second_look_after` seconds, then after pauses
    twice as long each time (at most 30 s), until `window` seconds have passed in all.
    """
    with transaction(engine) as session:
        rows = session.exec(select(OutgoingMessage).where(OutgoingMessage.state == SENDING)).all()
        in_flight = {row.message_id: row.id for row in rows}
        # Found means: this Message-ID, sent to this letter's recipient (not a canary's).
        recipients = {row.message_id: row.to_address for row in rows}
    result = Recovery()
    if not in_flight:
        return result
    looked = await _look(sent_folder, recipients)
    found = looked or set()
    for pause in lookup_pauses(first=second_look_after, window=window):
        missing = set(in_flight) - found
        if not missing:
            break
        await sleep(pause)
        looked = await _look(sent_folder, {mid: recipients[mid] for mid in missing})
        found |= looked or set()
    for message_id, row_id in in_flight.items():
        assert row_id is not None
        if message_id not in found and looked is None:
            # The Sent folder could not be read at the end: unknown is not "did not go".
            result.unresolved.append(message_id)
            continue
        _settle(engine, row_id, sent=message_id in found, result=result)
    return result


def lookup_pauses(*, first: float, window: float, longest: float = 30.0) -> list[float]:
    """The pauses between Sent-folder lookups: growing, together exactly `window` seconds."""
    pauses: list[float] = []
    pause, total = max(first, 0.0), 0.0
    if pause <= 0 or window <= 0:
        return [window] if window > 0 else []
    while total + pause < window:
        pauses.append(pause)
        total += pause
        pause = min(pause * 2, longest)
    pauses.append(window - total)
    return pauses


async def _look(sent_folder: SentFolder, letters: Mapping[str, str]) -> set[str] | None:
    """Which of `letters` (Message-ID -> recipient) the Sent folder holds, sent to that
    recipient; None when it could not be read."""
    try:
        return await asyncio.to_thread(sent_folder.find, letters)
    except (TransportError, OSError) as exc:
        log.warning("could not look in the Sent folder: %s", exc)
        return None


def _settle(engine: Engine, row_id: int, *, sent: bool, result: Recovery) -> None:
    with transaction(engine) as session:
        row = session.get(OutgoingMessage, row_id)
        assert row is not None
        municipality = session.get(Municipality, row.cbs_code)
        assert municipality is not None
        row.updated_at = now()
        if sent:
            row.state, row.sent_at = SENT, row.updated_at
            row.last_reply = "found in the Sent folder after a restart"
            result.found.append(row.cbs_code)
            new_state, cause = SENT, "found in the Sent folder after a restart"
        else:
            row.state = QUEUED
            row.last_reply = "not in the Sent folder after a restart: will be sent again"
            result.requeued.append(row.cbs_code)
            new_state, cause = PENDING, "not sent before a restart; queued again"
        session.add(row)
        if municipality.state == SENDING:
            set_state(session, municipality, new_state, cause=cause, outgoing_id=row.id)
        log.info("recovered %s %s: %s", row.cbs_code, row.step, row.state)
