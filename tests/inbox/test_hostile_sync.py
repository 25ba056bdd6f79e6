"""The mailbox reader against hostile mail in a real Dovecot: it never stops, it loses nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from outreach.settings import ImapSettings
from tests.fixtures.dovecot import DovecotServer, MailUser, imap_settings, make_message
from tests.inbox.support import cursors, messages, sync

pytestmark = pytest.mark.dovecot

NESTED_FROM = b"From: " + b"(" * 250 + b"x" + b")" * 250 + b" <g@ede.nl>\r\n"


def with_header(number: int, header: bytes) -> bytes:
    raw = make_message(number)
    return raw.replace(b"From: griffie@gemeente.example\r\n", header)


class TestOneHeaderNeverStopsTheInbox:
    """Fault 1: a 506-byte From used to leave 0 of 6 stored, on every pass."""

    def test_nested_parentheses_from_does_not_stop_the_batch(
        self,
        dovecot_server: DovecotServer,
        mail_user: MailUser,
        imap: ImapSettings,
        store_engine: Engine,
    ) -> None:
        raws = [make_message(n) for n in range(5)]
        raws.insert(2, with_header(99, NESTED_FROM))
        assert len(NESTED_FROM) > 500
        dovecot_server.append(mail_user, raws)

        report = sync(store_engine, imap)
        again = sync(store_engine, imap)

        assert (report.seen, report.stored) == (6, 6)
        assert cursors(store_engine)["INBOX"].last_uid == 6
        assert again.stored == 0
        assert [m.raw for m in messages(store_engine)] == raws

    def test_nul_in_an_encoded_word_charset_is_stored(
        self,
        dovecot_server: DovecotServer,
        mail_user: MailUser,
        imap: ImapSettings,
        store_engine: Engine,
    ) -> None:
        # Dovecot serves a NUL as 0x80; both are in a charset name no codec knows.
        bad = make_message(1).replace(
            b"Subject: Re: Kinderpardon (1)", b"Subject: =?utf-8\x00?q?motie?= =?utf\x80?q?x?="
        )
        dovecot_server.write_maildir(mail_user, [bad, make_message(2)])

        report = sync(store_engine, imap)

        stored = messages(store_engine)
        assert report.stored == 2
        assert stored[0].parse_error is None
        assert stored[0].from_address == "griffie@gemeente.example"


class TestDistinctMessagesAreKept:
    """Fault 5: a message reusing a Message-ID used to be "already known" and lost."""

    def test_other_content_under_a_known_message_id_is_kept_for_review(
        self,
        dovecot_server: DovecotServer,
        mail_user: MailUser,
        imap: ImapSettings,
        store_engine: Engine,
    ) -> None:
        mid = "<kinderpardon-2026.letter.gm0344.0123456789@kinderpardon.example>"
        first, second = make_message(1, message_id=mid), make_message(2, message_id=mid)
        dovecot_server.append(mail_user, [first, second, second])

        report = sync(store_engine, imap)

        stored = messages(store_engine)
        assert (report.seen, report.stored, report.duplicates) == (3, 2, 1)
        assert [m.raw for m in stored] == [first, second]
        assert stored[1].review_state == "pending"
        assert "Message-ID" in (stored[1].review_reason or "")
        assert "reused Message-ID" in report.summary()


class TestResyncHint:
    """After a UIDVALIDITY change the Message-ID is a hint: same content is the same message."""

    def test_reserved_with_another_trace_header_is_not_new(
        self, dovecot_server: DovecotServer, mail_user: MailUser, store_engine: Engine
    ) -> None:
        raw = make_message(1)
        dovecot_server.append(mail_user, [raw], folder="Lists")
        settings = imap_settings(dovecot_server, mail_user, folders=["Lists"])
        sync(store_engine, settings)
        with dovecot_server.client(mail_user) as client:
            client.delete_folder("Lists")
        traced = b"Received: from mx.example by imap.example; Tue, 3 Mar 2026\r\n" + raw
        other = raw.replace(b"Dank voor uw brief.", b"Iets heel anders.")
        dovecot_server.append(mail_user, [traced, other], folder="Lists")

        report = sync(store_engine, settings)

        assert report.folders[0].resynced
        assert (report.seen, report.stored, report.duplicates, report.reused_ids) == (2, 1, 1, 1)
        assert len(messages(store_engine)) == 2
