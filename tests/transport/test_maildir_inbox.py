"""A local Maildir read like an IMAP folder: stable UIDs, nothing changed on disk."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest
from sqlalchemy import Engine

from outreach.errors import OperatorError
from outreach.inbox.sync import sync_inbox
from outreach.store import open_store
from outreach.transport.maildir_inbox import UIDLIST, MaildirInbox
from tests.fixtures.dovecot import make_message


@pytest.fixture
def maildir(tmp_path: Path) -> mailbox.Maildir:
    return mailbox.Maildir(tmp_path / "inbox", create=True)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return open_store(f"sqlite:///{tmp_path / 'store.db'}")


def sync(engine: Engine, path: Path) -> tuple[int, int]:
    with MaildirInbox(path=path, batch_size=2) as source:
        report = sync_inbox(engine=engine, source=source, account=source.account)
    return report.seen, report.stored


class TestMaildirInbox:
    """Each key gets a UID once; a sync reads each message once."""

    def test_not_a_maildir(self, tmp_path: Path) -> None:
        with pytest.raises(OperatorError, match="not a Maildir"):
            MaildirInbox(path=tmp_path)

    def test_uids_stay_when_a_message_is_read_by_a_person(self, maildir: mailbox.Maildir) -> None:
        key = maildir.add(make_message(1))
        path = Path(maildir._path)
        inbox = MaildirInbox(path=path)
        first = inbox.select("INBOX")
        message = maildir[key]
        message.set_subdir("cur")
        message.add_flag("S")
        maildir[key] = message  # a mail client marks it read and moves it to cur/

        again = MaildirInbox(path=path).select("INBOX")

        assert (
            (first.uidvalidity, first.uidnext)
            == (again.uidvalidity, again.uidnext)
            == (
                first.uidvalidity,
                2,
            )
        )
        assert (path / UIDLIST).is_file()

    def test_sync_reads_each_message_once(self, maildir: mailbox.Maildir, engine: Engine) -> None:
        path = Path(maildir._path)
        for n in range(3):
            maildir.add(make_message(n))
        assert sync(engine, path) == (3, 3)
        maildir.add(make_message(3))
        assert sync(engine, path) == (1, 1)
        assert sync(engine, path) == (0, 0)

    def test_messages_are_not_changed(self, maildir: mailbox.Maildir, engine: Engine) -> None:
        path = Path(maildir._path)
        maildir.add(make_message(1))
        before = sorted(p.name for p in path.glob("*/*"))
        sync(engine, path)
        assert sorted(p.name for p in path.glob("*/*")) == before

    def test_lost_uid_list_means_a_resync_without_duplicates(
        self, maildir: mailbox.Maildir, engine: Engine
    ) -> None:
        path = Path(maildir._path)
        maildir.add(make_message(1))
        sync(engine, path)
        (path / UIDLIST).write_text("{damaged")
        maildir.add(make_message(2))
        assert sync(engine, path) == (2, 1)

    def test_subfolders_are_folders(self, maildir: mailbox.Maildir) -> None:
        maildir.add_folder("Junk")
        assert MaildirInbox(path=Path(maildir._path)).folders() == ["INBOX", "Junk"]
