"""Reading header facts leniently: one table of raw messages and what should come out."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from outreach.inbox.headers import HeaderFacts, header_block, read_headers
from outreach.inbox.source import MessageRef
from outreach.inbox.sync import batches

CASES = [
    (
        b"Message-ID: <abc@x.example>\r\nFrom: Griffie <Griffie@Ede.nl>\r\n"
        b"Subject: =?utf-8?q?Re=3A_Kinderpardon_=E2=80=93_motie?=\r\n"
        b"Date: Mon, 2 Mar 2026 10:15:00 +0100\r\n\r\nbody\r\n",
        HeaderFacts(
            message_id="<abc@x.example>",
            from_address="griffie@ede.nl",
            subject="Re: Kinderpardon – motie",
            sent_date=datetime(2026, 3, 2, 9, 15, tzinfo=UTC),
        ),
    ),
    (
        b"Message-ID: abc@x.example\nSubject: folded\n  subject line\nDate: not a date\n\nbody",
        HeaderFacts(message_id="<abc@x.example>", subject="folded subject line"),
    ),
    (
        b"Subject: caf\xe9 in latin-1 bytes\r\nDate: Mon, 2 Mar 2026 10:15:00 -0000\r\n\r\n",
        HeaderFacts(
            subject="caf\ufffd in latin-1 bytes", sent_date=datetime(2026, 3, 2, 10, 15, tzinfo=UTC)
        ),
    ),
    (b"this is not a mail message\r\nat all\r\n", HeaderFacts(parse_error="no headers found")),
    (b"", HeaderFacts(parse_error="no headers found")),
    (b"\r\nonly a body\r\n", HeaderFacts(parse_error="no headers found")),
]


class TestReadHeaders:
    """Each header is read on its own; only a message without any header is unreadable."""

    @pytest.mark.parametrize(("raw", "expected"), CASES)
    def test_facts(self, raw: bytes, expected: HeaderFacts) -> None:
        assert read_headers(raw) == expected

    def test_only_the_header_block_is_parsed(self) -> None:
        raw = b"Subject: x\r\n\r\nFrom: not-a-header@body.example\r\n"
        assert header_block(raw) == b"Subject: x\r\n"
        assert read_headers(raw).from_address is None


class TestBatches:
    """Batches respect both the message count and the byte budget."""

    def test_by_count(self) -> None:
        refs = [MessageRef(uid, 10) for uid in range(1, 8)]
        runs = [[r.uid for r in run] for run in batches(refs, count=3, max_bytes=1000)]
        assert runs == [[1, 2, 3], [4, 5, 6], [7]]

    def test_by_bytes_with_an_oversized_message_alone(self) -> None:
        refs = [MessageRef(1, 40), MessageRef(2, 40), MessageRef(3, 500), MessageRef(4, 10)]
        runs = [[r.uid for r in run] for run in batches(refs, count=10, max_bytes=100)]
        assert runs == [[1, 2], [3], [4]]
