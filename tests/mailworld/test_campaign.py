"""A whole campaign through the Gmail-like world: SMTP out, INBOX, Spam and All Mail read back."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest
from sqlmodel import select

from outreach.mailworld import MailWorld
from outreach.store import transaction
from outreach.store.models import IncomingMessage, Municipality, OutgoingMessage
from tests.fixtures.world import outreach, world_campaign

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]


def test_full_campaign_reads_own_letters_as_own(tmp_path: Path, world: MailWorld) -> None:
    campaign = world_campaign(world, tmp_path / "c")
    began = time.monotonic()
    result = outreach(campaign.config, "run", "--exit-when-idle", timeout=600)
    elapsed = time.monotonic() - began
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    with transaction(campaign.engine) as session:
        addresses = {
            m.email.lower() for m in session.exec(select(Municipality)) if m.email is not None
        }
        letters = {o.id: o for o in session.exec(select(OutgoingMessage)) if o.step == "letter"}
        incoming = list(session.exec(select(IncomingMessage)))
    # Every municipality with an address got its letter exactly once.
    delivered = world.smtp.recipients()
    assert set(delivered) == addresses
    assert set(delivered.values()) == {1}
    # Gmail filed each in Sent and All Mail; read back, each is stored once as our own copy.
    own = [m for m in incoming if m.own_copy]
    assert Counter(m.outgoing_id for m in own) == Counter(dict.fromkeys(letters, 1))
    assert all(m.label is None and m.review_state == "none" for m in own)
    # Every simulated reply is classified or waits for a person; none of ours is in review.
    replies = [m for m in incoming if not m.own_copy]
    assert len(replies) == world.replies["inbox"] + world.replies["spam"]
    assert all(m.label is not None or m.review_state == "pending" for m in replies)
    queued = [m for m in incoming if m.review_state == "pending"]
    sent_ids = {o.message_id for o in letters.values()}
    assert [m.id for m in queued if m.message_id in sent_ids or m.own_copy] == []
    assert world.replies["spam"] > 0  # and read: they are among the replies counted above
    print(
        f"\nfull campaign: {len(letters)} letters, {len(replies)} replies "
        f"({world.replies['spam']} in Spam), {len(own)} own copies, {len(queued)} in review "
        f"(0 own), {elapsed:.0f} s"
    )
