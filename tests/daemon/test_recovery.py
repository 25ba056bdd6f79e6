"""After a crash: a letter counts as sent only if Sent holds its Message-ID *to its recipient*."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from outreach.daemon.recovery import settle_in_flight
from outreach.mailworld import MailWorld
from outreach.status import SENDING, set_state
from outreach.store import transaction
from outreach.store.models import Municipality, OutgoingMessage
from outreach.transport.sent_folder import ImapSentFolder
from tests.fixtures.world import world_campaign

pytestmark = pytest.mark.dovecot

SMALL = """cbs_code,name,province,domain,email,noodopvang
GM0344,Utrecht,Utrecht,utrecht.nl,gemeente@utrecht.nl,ja
GM0014,Groningen,Groningen,groningen.nl,info@groningen.nl,nee
"""


def copy(message_id: str, to: str) -> bytes:
    return (
        f"From: kinderpardonnu@gmail.com\r\nTo: {to}\r\nSubject: Brief\r\n"
        f"Message-ID: {message_id}\r\n\r\nGeachte griffie,\r\n"
    ).encode()


def in_flight(engine: Engine, code: str, message_id: str, to: str) -> None:
    with transaction(engine) as session:
        row = OutgoingMessage(
            cbs_code=code, step="letter", state=SENDING, message_id=message_id, to_address=to
        )
        session.add(row)
        session.flush()
        municipality = session.get(Municipality, code)
        assert municipality is not None
        set_state(session, municipality, SENDING, cause="test", outgoing_id=row.id)


async def test_canary_copy_does_not_count_for_the_letter(tmp_path: Path, world: MailWorld) -> None:
    campaign = world_campaign(world, tmp_path / "c", contacts=SMALL)
    # An old store's canary had the letter's Message-ID: its copy went to the volunteer.
    world.mailbox.file_sent(copy("<same@gmail.com>", "volunteer@example.org"))
    world.mailbox.file_sent(copy("<sent@gmail.com>", "info@groningen.nl"))
    in_flight(campaign.engine, "GM0344", "<same@gmail.com>", "gemeente@utrecht.nl")
    in_flight(campaign.engine, "GM0014", "<sent@gmail.com>", "info@groningen.nl")
    result = await settle_in_flight(
        engine=campaign.engine,
        sent_folder=ImapSentFolder(campaign.settings.imap),
        second_look_after=0,
    )
    assert result.found == ["GM0014"]
    assert result.requeued == ["GM0344"]
