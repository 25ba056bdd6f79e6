"""sync_inbox against a real Dovecot: every message stored once, the mailbox left untouched."""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine

from outreach.errors import TransientTransportError
from outreach.inbox.sync import SyncProgress, sync_inbox
from outreach.inbox.watch import Backoff, poll_once
from outreach.settings import ImapSettings
from outreach.transport.imap import ImapInbox
from tests.fixtures.dovecot import (
    DovecotServer,
    FlakyProxy,
    MailUser,
    imap_settings,
    make_message,
)
from tests.inbox.support import Recording, cursors, locations, messages, sync

pytestmark = pytest.mark.dovecot

GARBAGE = b"\xff\xfe this is not a mail message\r\n\x01\x02 at all \xc3\r\n"


class TestFirstPoll:
    """A first poll stores every message raw, with its header facts."""

    def test_stores_every_appended_message(
        self,
        dovecot_server: DovecotServer,
        mail_user: MailUser,
        imap: ImapSettings,
        store_engine: Engine,
    ) -> None:
        raws = [make_message(n) for n in range(3)]
        dovecot_server.append(mail_user, raws)

        report = sync(store_engine, imap)

        stored = messages(store_engine)
        assert (report.seen, report.stored, report.duplicates) == (3, 3, 0)
        assert [m.raw for m in stored] == raws
        first = stored[0]
        assert first.content_hash == hashlib.sha256(raws[0]).hexdigest()
        assert first.size == len(raws[0])
        assert first.message_id is not None
        assert first.message_id.startswith("<")
        assert first.from_address == "griffie@gemeente.example"
        assert first.subject == "Re: Kinderpardon (0)"
        assert first.sent_date is not None
        assert first.sent_date.replace(tzinfo=UTC) == datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
        assert first.label is None
        assert first.parse_error is None

    def test_records_a_location_and_a_cursor(
        self,
        dovecot_server: DovecotServer,
        mail_user: MailUser,
        imap: ImapSettings,
        store_engine: Engine,
    ) -> None:
        uids = dovecot_server.append(mail_user, [make_message(n) for n in range(2)])

        sync(store_engine, imap)

        assert sorted(loc.uid for loc in locations(store_engine)) == uids
        assert cursors(store_engine)["INBOX"].last_uid == max(uids)

    def test_leaves_every_message_unread(
        self,
        dovecot_server: DovecotServer,
        mail_user: MailUser,
        imap: ImapSettings,
        store_engine: Engine,
    ) -> None:
        dovecot_server.append(mail_user, [make_message(n) for n in range(4)])
        before = dovecot_server.flags(mail_user)

        sync(store_engine, imap)

        after = dovecot_server.flags(mail_user)
        assert after == before
        assert all(b"\\Seen" not in flags for flags in after.values())

    def test_reports_progress_per_batch(
        self, dovecot_server: DovecotServer, mail_user: MailUser, store_engine: Engine
    ) -> None:
        dovecot_server.append(mail_user, [make_message(n) for n in range(7)])
        events: list[SyncProgress] = []

        sync(
            store_engine,
            imap_settings(dovecot_server, mail_user, batch_size=3),
            progress=events.append,
        )

        assert [(e.done, e.total) for e in events] == [(0, 7), (3, 7), (6, 7), (7, 7)]


class TestNextPoll:
    """A poll with nothing new stores nothing and does not even open the folders."""

    def test_stores_nothing_again(
        self,
        dovecot_server: DovecotServer,
        mail_user: MailUser,
        imap: ImapSettings,
        store_engine: Engine,
    ) -> None:
        dovecot_server.append(mail_user, [make_message(n) for n in range(3)])
        sync(store_engine, imap)

        report = sync(store_engine, imap)

        assert (report.seen, report.stored) == (0, 0)
        assert len(messages(store_engine)) == 3
        assert all(folder.unchanged for folder in report.folders)

    def test_is_only_a_status_check(
        self, dovecot_server: DovecotServer, mail_user: MailUser, store_engine: Engine
    ) -> None:
        dovecot_server.append(mail_user, [make_message(1)])
        settings = imap_settings(dovecot_server, mail_user, folders=["INBOX", "\\Junk"])
        sync(store_engine, settings)

        with ImapInbox(settings=settings) as inner:
            source = Recording(inner)
            sync_inbox(engine=store_engine, source=source, account=inner.account)  # type: ignore[arg-type]

        assert source.calls == ["folders", "status", "status"]

    def test_reads_only_what_arrived_since(
        self,
        dovecot_server: DovecotServer,
        mail_user: MailUser,
        imap: ImapSettings,
        store_engine: Engine,
    ) -> None:
        dovecot_server.append(mail_user, [make_message(n) for n in range(3)])
        sync(store_engine, imap)
        dovecot_server.append(mail_user, [make_message(9)])

        report = sync(store_engine, imap)

        assert (report.seen, report.stored) == (1, 1)
        assert messages(store_engine)[-1].subject == "Re: Kinderpardon (9)"

    def test_skips_over_expunged_messages_for_good(
        self,
        dovecot_server: DovecotServer,
        mail_user: MailUser,
        imap: ImapSettings,
        store_engine: Engine,
    ) -> None:
        sync(store_engine, imap)
        dovecot_server.append(mail_user, [make_message(1)])
        with dovecot_server.client(mail_user) as client:
            client.select_folder("INBOX")
            client.delete_messages(client.search("ALL"))
            client.expunge()

        sync(store_engine, imap)

        assert messages(store_engine) == []
        assert sync(store_engine, imap).folders[0].unchanged


class TestOneMessageInTwoFolders:
    """Gmail shows a message under INBOX and All Mail: it is stored once, seen in both."""

    def test_stored_once_with_two_locations(
        self, dovecot_server: DovecotServer, mail_user: MailUser, store_engine: Engine
    ) -> None:
        raw = make_message(1)
        dovecot_server.append(mail_user, [raw])
        dovecot_server.append(mail_user, [raw], folder="All Mail")
        settings = imap_settings(dovecot_server, mail_user, folders=["INBOX", "\\All"])

        report = sync(store_engine, settings)

        assert (report.stored, report.duplicates) == (1, 1)
        assert len(messages(store_engine)) == 1
        assert sorted(loc.folder for loc in locations(store_engine)) == ["All Mail", "INBOX"]

    def test_same_message_id_with_other_bytes_is_kept_and_flagged(
        self, dovecot_server: DovecotServer, mail_user: MailUser, store_engine: Engine
    ) -> None:
        mid = "<same@gemeente.example>"
        dovecot_server.append(mail_user, [make_message(1, message_id=mid)])
        dovecot_server.append(mail_user, [make_message(2, message_id=mid)], folder="Junk")
        settings = imap_settings(dovecot_server, mail_user, folders=["INBOX", "\\Junk"])

        report = sync(store_engine, settings)

        stored = messages(store_engine)
        assert [m.message_id for m in stored] == [mid, mid]
        assert [m.review_state for m in stored] == ["none", "pending"]
        assert stored[1].review_reason == "Message-ID already used by another message"
        assert (report.stored, report.reused_ids) == (2, 1)
        assert len(locations(store_engine)) == 2

    def test_without_message_id_identical_bytes_are_one_message(
        self, dovecot_server: DovecotServer, mail_user: MailUser, store_engine: Engine
    ) -> None:
        raw = b"From: a@b.example\r\nSubject: no id\r\n\r\nhallo\r\n"
        other = b"From: a@b.example\r\nSubject: no id\r\n\r\nanders\r\n"
        dovecot_server.append(mail_user, [raw, raw, other])

        report = sync(store_engine, imap_settings(dovecot_server, mail_user))

        assert (report.stored, report.duplicates) == (2, 1)


class TestUidValidityChange:
    """When a folder's UIDVALIDITY changes it is read again, without storing duplicates."""

    def test_recreated_folder_adds_only_the_new_message(
        self, dovecot_server: DovecotServer, mail_user: MailUser, store_engine: Engine
    ) -> None:
        raws = [make_message(n) for n in range(3)]
        dovecot_server.append(mail_user, raws, folder="Lists")
        settings = imap_settings(dovecot_server, mail_user, folders=["Lists"])
        sync(store_engine, settings)
        old = cursors(store_engine)["Lists"].uidvalidity
        with dovecot_server.client(mail_user) as client:
            client.delete_folder("Lists")
        dovecot_server.append(mail_user, [*raws, make_message(3)], folder="Lists")

        report = sync(store_engine, settings)

        cursor = cursors(store_engine)["Lists"]
        assert cursor.uidvalidity != old
        assert report.folders[0].resynced
        assert (report.seen, report.stored, report.duplicates) == (4, 1, 3)
        assert len(messages(store_engine)) == 4
        assert cursor.last_uid == 4
        assert sum(loc.uidvalidity == cursor.uidvalidity for loc in locations(store_engine)) == 4


class TestDisconnects:
    """A dropped connection loses no message and stores none twice."""

    def test_cut_in_the_middle_of_a_fetch_then_retry(
        self,
        dovecot_server: DovecotServer,
        mail_user: MailUser,
        flaky_proxy: FlakyProxy,
        store_engine: Engine,
    ) -> None:
        body = "Regel met tekst.\n" * 120
        dovecot_server.append(mail_user, [make_message(n, body=body) for n in range(40)])
        settings = imap_settings(dovecot_server, mail_user, port=flaky_proxy.port, batch_size=5)
        flaky_proxy.cut_after(30_000)

        with pytest.raises(TransientTransportError, match="lost"):
            sync(store_engine, settings)
        partly = len(messages(store_engine))
        report = sync(store_engine, settings)

        assert flaky_proxy.cuts == 1
        assert 0 < partly < 40
        assert report.stored == 40 - partly
        assert_each_stored_once(store_engine, 40)

    @pytest.mark.slow
    def test_random_cuts_during_a_big_poll(
        self,
        dovecot_server: DovecotServer,
        mail_user: MailUser,
        flaky_proxy: FlakyProxy,
        store_engine: Engine,
    ) -> None:
        body = "Een wat langere regel om de berichten wat groter te maken.\n" * 20
        dovecot_server.append(mail_user, [make_message(n, body=body) for n in range(300)])
        before = dovecot_server.flags(mail_user)
        settings = imap_settings(dovecot_server, mail_user, port=flaky_proxy.port, batch_size=25)
        flaky_proxy.cut_randomly(5_000, 90_000, times=8)

        poll_once(
            engine=store_engine,
            connect=lambda: ImapInbox(settings=settings),
            attempts=12,
            backoff=Backoff(initial=0.01, maximum=0.05),
        )

        assert flaky_proxy.cuts >= 3
        assert_each_stored_once(store_engine, 300)
        assert dovecot_server.flags(mail_user) == before


def assert_each_stored_once(engine: Engine, count: int) -> None:
    stored = messages(engine)
    assert len(stored) == count
    assert len({m.message_id for m in stored}) == count
    places = Counter((loc.folder, loc.uid) for loc in locations(engine))
    assert len(places) == count
    assert set(places.values()) == {1}


class TestUnreadableMessages:
    """A message whose headers cannot be read is kept for review and the poll carries on."""

    def test_kept_with_parse_error(
        self,
        dovecot_server: DovecotServer,
        mail_user: MailUser,
        imap: ImapSettings,
        store_engine: Engine,
    ) -> None:
        dovecot_server.append(mail_user, [make_message(1), GARBAGE, make_message(2)])

        report = sync(store_engine, imap)

        stored = messages(store_engine)
        assert (report.stored, report.parse_errors) == (3, 1)
        bad = [m for m in stored if m.parse_error]
        assert len(bad) == 1
        assert bad[0].raw == GARBAGE
        assert (bad[0].review_state, bad[0].review_reason) == ("pending", "parse_error")
        assert bad[0].message_id is None
        assert {m.subject for m in stored if not m.parse_error} == {
            "Re: Kinderpardon (1)",
            "Re: Kinderpardon (2)",
        }


class TestSpecialUseFolders:
    """Folders named by RFC 6154 flag are found by flag, whatever they are called."""

    def test_junk_and_all_mail_are_read(
        self, dovecot_server: DovecotServer, mail_user: MailUser, store_engine: Engine
    ) -> None:
        dovecot_server.append(mail_user, [make_message(1)], folder="Junk")
        dovecot_server.append(mail_user, [make_message(2)], folder="All Mail")
        settings = imap_settings(
            dovecot_server, mail_user, folders=["INBOX", "\\Junk", "\\All", "\\Flagged"]
        )

        report = sync(store_engine, settings)

        assert [folder.folder for folder in report.folders] == ["INBOX", "Junk", "All Mail"]
        assert {loc.folder for loc in locations(store_engine)} == {"Junk", "All Mail"}
