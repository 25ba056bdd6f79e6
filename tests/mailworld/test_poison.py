"""A message that cannot be recorded, among good ones, read from the Gmail-like inbox."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import col, select

from outreach.compose.letter import Composer
from outreach.mailworld import MailWorld
from outreach.store import transaction
from outreach.store.models import IncomingMessage, Municipality
from tests.fixtures.world import contacts_csv, outreach, world_campaign

pytestmark = pytest.mark.dovecot


def reply(number: int, *, sender: str, in_reply_to: str | None) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "kinderpardonnu@gmail.com"
    message["Subject"] = f"RE: Verzoek ({number})"
    message["Message-ID"] = f"<reply-{number}@example.org>"
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    message.set_content(
        f"Geachte heer, mevrouw,\n\nUw mail is doorgestuurd aan de fractievoorzitters.\n\n"
        f"Kenmerk {number}\n"
    )
    return message.as_bytes()


def test_one_poison_among_fifty(tmp_path: Path, world: MailWorld) -> None:
    campaign = world_campaign(world, tmp_path / "c", contacts=contacts_csv(8))
    with transaction(campaign.engine) as session:
        first_one = session.exec(
            select(Municipality).where(col(Municipality.email).is_not(None))
        ).first()
    assert first_one is not None
    assert first_one.email is not None
    letter = Composer(campaign.settings.campaign).message_id(first_one.cbs_code, "letter")
    sender = f"griffie@{first_one.email.rpartition('@')[2]}"
    for number in range(50):
        world.deliver(reply(number, sender=sender, in_reply_to=letter))
        if number == 20:
            # Zwolle's domain names a municipality this campaign's store does not hold.
            world.deliver(reply(999, sender="griffie@zwolle.nl", in_reply_to=None))
    first = outreach(campaign.config, "poll", timeout=120)
    assert first.returncode == 0, first.stderr[-2000:]
    assert "Traceback" not in first.stderr
    with transaction(campaign.engine) as session:
        stored = {m.message_id: m for m in session.exec(select(IncomingMessage))}
    assert len(stored) == 51
    parked = stored.pop("<reply-999@example.org>")
    assert parked.review_state == "pending"
    assert parked.parse_error is not None
    assert "could not be processed" in parked.parse_error
    assert {m.label for m in stored.values()} == {"forwarded"}
    again = outreach(campaign.config, "poll", timeout=120)
    assert again.returncode == 0
    assert "0 new messages stored" in again.stdout
    assert "classified" not in again.stdout
