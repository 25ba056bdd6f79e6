"""The Sent-folder check on a local Maildir (for those who run the Maildir backend)."""

from __future__ import annotations

import mailbox
from pathlib import Path

from outreach.transport.sent_folder import MaildirSentFolder


def copy(message_id: str, to: str) -> bytes:
    return f"From: a@b.nl\r\nTo: {to}\r\nMessage-ID: {message_id}\r\n\r\nx\r\n".encode()


class TestMaildirSentFolder:
    """Found means: this Message-ID, sent to this recipient."""

    def test_recipient_must_match(self, tmp_path: Path) -> None:
        box = mailbox.Maildir(tmp_path / "sent", create=True)
        box.add(copy("<one@b.nl>", "Volunteer <volunteer@example.org>"))
        box.add(copy("<two@b.nl>", "gemeente@utrecht.nl"))
        folder = MaildirSentFolder(tmp_path / "sent")
        wanted = {"<one@b.nl>": "griffie@ede.nl", "<two@b.nl>": "Gemeente@Utrecht.nl"}
        assert folder.find(wanted) == {"<two@b.nl>"}

    def test_missing_folder_finds_nothing(self, tmp_path: Path) -> None:
        assert MaildirSentFolder(tmp_path / "none").find({"<x@y>": "a@b"}) == set()
