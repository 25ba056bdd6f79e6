"""2,000 malformed and hostile messages in a real Dovecot, polled: nothing stops or is lost."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlmodel import Session, select

from outreach.contacts.importer import default_contacts_file
from outreach.inbox.watch import poll_once
from outreach.recording import process_pending
from outreach.store.models import IncomingMessage, MessageLocation
from outreach.transport.imap import ImapInbox
from tests.fixtures.dovecot import DovecotServer, MailUser
from tests.fixtures.store import make_campaign
from tests.torture.hostile import KINDS, hostile_messages

pytestmark = pytest.mark.dovecot

COUNT = 2_000


def imap_overrides(server: DovecotServer, user: MailUser) -> dict[str, str]:
    return {
        "imap.host": f'"{server.host}"',
        "imap.port": str(server.port),
        "imap.security": '"none"',
        "imap.username": f'"{user.name}"',
        "imap.password": f'"{user.password}"',
        "imap.folders": '["INBOX"]',
        "imap.timeout": "30",
    }


class TestTorture:
    """Every kind of hostile message is stored once; the poll never stops and never repeats."""

    def test_two_thousand_hostile_messages(
        self, tmp_path: Path, dovecot_server: DovecotServer, mail_user: MailUser
    ) -> None:
        generated = hostile_messages(COUNT, seed=9)
        kinds = Counter(kind for kind, _ in generated)
        assert len(kinds) >= 20
        assert len(kinds) >= len(KINDS)
        dovecot_server.write_maildir(mail_user, [raw for _, raw in generated])
        campaign = make_campaign(
            tmp_path / "c",
            contacts=default_contacts_file().read_text(encoding="utf-8"),
            overrides=imap_overrides(dovecot_server, mail_user),
        )
        settings = campaign.settings

        def connect() -> ImapInbox:
            return ImapInbox(settings=settings.imap)

        first = poll_once(engine=campaign.engine, connect=connect)
        processed = process_pending(engine=campaign.engine, settings=settings)
        second = poll_once(engine=campaign.engine, connect=connect)

        with Session(campaign.engine) as session:
            stored = list(session.exec(select(IncomingMessage)).all())
            places = list(session.exec(select(MessageLocation)).all())
        distinct = len({raw for _, raw in generated})
        assert first.seen == COUNT
        assert (first.stored, first.duplicates) == (distinct, COUNT - distinct)
        assert len(stored) == distinct  # each distinct message exactly once
        assert len({m.content_hash for m in stored}) == distinct
        assert len(places) == len({p.uid for p in places}) == COUNT
        assert (second.seen, second.stored) == (0, 0)
        # Nothing crashed: no message was parked by an error while being classified.
        assert not [m.id for m in stored if "classifier error" in (m.parse_error or "")]
        assert processed + sum(m.review_state == "pending" and m.label is None for m in stored) >= (
            distinct - sum(m.parse_error is not None for m in stored)
        )
        unfinished = [m.id for m in stored if m.label is None and m.review_state != "pending"]
        assert unfinished == []
        reused = [m for m in stored if m.message_id == "<taken@example.net>"]
        assert len(reused) == kinds["reused-message-id"]
        assert sum(m.review_state == "pending" for m in reused) == len(reused) - 1
        print(
            f"\ntorture: {COUNT} messages of {len(kinds)} kinds, {len(stored)} stored, "
            f"{sum(m.review_state == 'pending' for m in stored)} in review, "
            f"{sum(m.parse_error is not None for m in stored)} unreadable"
        )
