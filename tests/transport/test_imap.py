"""ImapInbox against a real Dovecot: read-only access, clear errors, folders by flag."""

from __future__ import annotations

import threading
import time

import pytest

from outreach.errors import AuthenticationError, ConnectionFailedError, OperatorError
from outreach.transport.imap import ImapInbox, resolve_folders
from tests.fixtures.dovecot import (
    PASSWORD,
    DovecotServer,
    MailUser,
    free_port,
    imap_settings,
    make_message,
)

LISTING = [
    ((b"\\HasNoChildren",), b"/", "INBOX"),
    ((b"\\Noselect", b"\\HasChildren"), b"/", "[Gmail]"),
    ((b"\\HasNoChildren", b"\\All"), b"/", "[Gmail]/Alle berichten"),
    ((b"\\HasNoChildren", b"\\Junk"), b"/", "[Gmail]/Spam"),
    ((b"\\HasNoChildren", b"\\Sent"), b"/", "[Gmail]/Verzonden berichten"),
]


class TestResolveFolders:
    """Configured folders become the server's names; missing ones are skipped."""

    def test_flags_and_names(self) -> None:
        wanted = ["inbox", "\\Junk", "\\All", "\\Flagged", "Nope", "[Gmail]"]
        assert resolve_folders(wanted, LISTING) == [
            "INBOX",
            "[Gmail]/Spam",
            "[Gmail]/Alle berichten",
        ]

    def test_a_folder_named_twice_is_read_once(self) -> None:
        assert resolve_folders(["\\All", "[Gmail]/Alle berichten"], LISTING) == [
            "[Gmail]/Alle berichten"
        ]


@pytest.mark.dovecot
class TestConnecting:
    """Connection problems come out as one readable error without the password."""

    def test_wrong_password(self, dovecot_server: DovecotServer, mail_user: MailUser) -> None:
        settings = imap_settings(dovecot_server, mail_user, password="wrong-secret-123")
        with pytest.raises(AuthenticationError) as caught:
            ImapInbox(settings=settings)
        assert mail_user.name in str(caught.value)
        assert "wrong-secret-123" not in str(caught.value)
        assert caught.value.__cause__ is None

    def test_nobody_listening(self, dovecot_server: DovecotServer, mail_user: MailUser) -> None:
        settings = imap_settings(dovecot_server, mail_user, port=free_port())
        with pytest.raises(ConnectionFailedError, match="cannot reach the IMAP server"):
            ImapInbox(settings=settings)

    def test_starttls_not_offered(self, dovecot_server: DovecotServer, mail_user: MailUser) -> None:
        settings = imap_settings(dovecot_server, mail_user, security="starttls")
        with pytest.raises(ConnectionFailedError) as caught:
            ImapInbox(settings=settings)
        assert PASSWORD not in str(caught.value)

    def test_missing_username(self, dovecot_server: DovecotServer, mail_user: MailUser) -> None:
        with pytest.raises(OperatorError, match="username"):
            ImapInbox(settings=imap_settings(dovecot_server, mail_user, username=None))


@pytest.mark.dovecot
class TestReading:
    """Listing and fetching by UID, never changing the mailbox."""

    def test_folders_by_special_use_flag(
        self, dovecot_server: DovecotServer, mail_user: MailUser
    ) -> None:
        settings = imap_settings(
            dovecot_server, mail_user, folders=["INBOX", "\\Sent", "\\All", "\\Drafts"]
        )
        with ImapInbox(settings=settings) as inbox:
            assert inbox.folders() == ["INBOX", "Sent", "All Mail"]

    def test_uid_range_past_the_end_is_empty(
        self, dovecot_server: DovecotServer, mail_user: MailUser
    ) -> None:
        uids = dovecot_server.append(mail_user, [make_message(1), make_message(2)])
        with ImapInbox(settings=imap_settings(dovecot_server, mail_user)) as inbox:
            inbox.select("INBOX")
            # "UID n:*" matches the highest UID even when n is above it.
            assert inbox.list_new("INBOX", after_uid=max(uids)) == []
            assert [ref.uid for ref in inbox.list_new("INBOX", after_uid=uids[0])] == uids[1:]

    def test_fetch_returns_exact_bytes_and_sets_no_flag(
        self, dovecot_server: DovecotServer, mail_user: MailUser
    ) -> None:
        raw = make_message(1)
        dovecot_server.append(mail_user, [raw])
        with ImapInbox(settings=imap_settings(dovecot_server, mail_user)) as inbox:
            inbox.select("INBOX")
            refs = inbox.list_new("INBOX", after_uid=0)
            fetched = list(inbox.fetch("INBOX", refs))
        assert [m.raw for m in fetched] == [raw]
        assert refs[0].size >= len(raw)
        assert dovecot_server.flags(mail_user) == {refs[0].uid: ()}

    def test_status_without_opening(
        self, dovecot_server: DovecotServer, mail_user: MailUser
    ) -> None:
        uids = dovecot_server.append(mail_user, [make_message(1)])
        with ImapInbox(settings=imap_settings(dovecot_server, mail_user)) as inbox:
            status = inbox.status("INBOX")
            opened = inbox.select("INBOX")
        assert status.uidnext == max(uids) + 1
        assert status == opened

    def test_large_messages_carry_their_real_size(
        self, dovecot_server: DovecotServer, mail_user: MailUser
    ) -> None:
        # With 5000 per batch, anything above 32 MiB / 5000 (about 6.7 KB) counts as large.
        small = make_message(1)
        large = make_message(2, body=("Bijlage " * 10 + "\n") * 150)
        dovecot_server.append(mail_user, [small, large])
        settings = imap_settings(dovecot_server, mail_user, batch_size=5000)
        with ImapInbox(settings=settings) as inbox:
            inbox.select("INBOX")
            refs = inbox.list_new("INBOX", after_uid=0)
        assert len(large) > 32 * 1024 * 1024 // 5000 > len(small)
        assert refs[1].size == len(large)
        assert refs[0].size == 32 * 1024 * 1024 // 5000


@pytest.mark.dovecot
class TestWaiting:
    """IDLE wakes the wait for mail that came before it began, not only for mail after."""

    def test_mail_that_came_just_before_idle_wakes_the_wait_at_once(
        self, dovecot_server: DovecotServer, mail_user: MailUser
    ) -> None:
        # The server reports such mail right behind its "+ idling", often in the same read;
        # it must not wait for the renewal (far off here) to be seen.
        settings = imap_settings(dovecot_server, mail_user, idle_renew=90)
        with ImapInbox(settings=settings) as inbox:
            inbox.select("INBOX")
            dovecot_server.append(mail_user, [make_message(1)])
            began = time.monotonic()
            changed = inbox.wait(stop=threading.Event())
            took = time.monotonic() - began
        assert changed
        assert took < 45

    def test_a_quiet_wait_lasts_until_the_renewal(
        self, dovecot_server: DovecotServer, mail_user: MailUser
    ) -> None:
        settings = imap_settings(dovecot_server, mail_user, idle_renew=3)
        with ImapInbox(settings=settings) as inbox:
            inbox.select("INBOX")
            began = time.monotonic()
            changed = inbox.wait(stop=threading.Event())
            took = time.monotonic() - began
        assert not changed
        assert took >= 3
