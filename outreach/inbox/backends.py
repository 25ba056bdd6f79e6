"""Which inbox source the settings ask for: the Gmail account over IMAP, or a local Maildir."""

from __future__ import annotations

from outreach.inbox.source import InboxSource
from outreach.settings import Settings
from outreach.transport.imap import ImapInbox
from outreach.transport.maildir_inbox import MaildirInbox


def open_source(settings: Settings) -> InboxSource:
    """A connected source per `[inbox] backend`; the caller closes it."""
    if settings.inbox.backend == "maildir":
        return MaildirInbox(
            path=settings.path(settings.inbox.maildir),
            batch_size=settings.imap.batch_size,
            poll_interval=settings.imap.poll_interval,
        )
    return ImapInbox(settings=settings.imap)
