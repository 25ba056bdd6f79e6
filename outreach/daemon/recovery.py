"""After a crash: settle every message left in `sending` by looking in the Sent folder."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlmodel import select

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


async def settle_in_flight(
    *, engine: Engine, sent_folder: SentFolder, second_look_after: float = 5.0
) -> Recovery:
    """Mark found messages `sent`, put the others back in the queue to be sent again.

    A message sent just before the crash may not be searchable yet, so what is missing is looked
    for once more after `second_look_after` seconds before it is queued again.
    """
    with transaction(engine) as session:
        rows = session.exec(select(OutgoingMessage).where(OutgoingMessage.state == SENDING)).all()
        in_flight = {row.message_id: row.id for row in rows}
        # Found means: this Message-ID, sent to this letter's recipient (not a canary's).
        recipients = {row.message_id: row.to_address for row in rows}
    result = Recovery()
    if not in_flight:
        return result
    found = await asyncio.to_thread(sent_folder.find, recipients)
    missing = set(in_flight) - found
    if missing and second_look_after > 0:
        await asyncio.sleep(second_look_after)
        found |= await asyncio.to_thread(
            sent_folder.find, {mid: recipients[mid] for mid in missing}
        )
    for message_id, row_id in in_flight.items():
        assert row_id is not None
        _settle(engine, row_id, sent=message_id in found, result=result)
    return result


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
