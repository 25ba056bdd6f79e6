"""SMTP pipelining: MAIL, RCPT and DATA in one write to a server that advertises PIPELINING,
every reply still checked in order, against aiosmtpd (and a scripted server where aiosmtpd
cannot misbehave the way a test needs)."""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from outreach.errors import (
    MaybeSentError,
    PermanentTransportError,
    SendingLimitError,
    TransientTransportError,
)
from outreach.settings import SmtpSettings
from outreach.transport import pipelining
from outreach.transport.base import OutgoingMail
from outreach.transport.smtp import SmtpTransport
from tests.fixtures.smtp import RecordingHandler, SmtpServer

QUOTA = "550 5.4.5 Daily user sending limit exceeded."
LETTER = b"Subject: Kinderpardon\r\n\r\nGeachte griffier,\r\n"


@dataclass
class EnvelopeScript(RecordingHandler):
    """Also scripts the replies to the next MAIL and RCPT commands: a reply, "drop" to hang up
    without one, or None to accept. With `keep_refused`, a refused recipient still counts for
    DATA, so the server answers DATA with 354 after refusing the envelope."""

    mail_script: deque[str | None] = field(default_factory=deque)
    rcpt_script: deque[str | None] = field(default_factory=deque)
    keep_refused: bool = False

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        action = self.mail_script.popleft() if self.mail_script else None
        if action == "drop":
            server.transport.close()
            return "421 4.4.2 connection dropped by the test"
        if action is not None:
            return action
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        action = self.rcpt_script.popleft() if self.rcpt_script else None
        if action == "drop":
            server.transport.close()
            return "421 4.4.2 connection dropped by the test"
        if action is None or self.keep_refused:
            envelope.rcpt_tos.append(address)
        return action or "250 OK"


class Connections:
    """The server side of a test's own asyncio server: every connection is closed at the end."""

    def __init__(self) -> None:
        self.tasks: set[asyncio.Task[Any]] = set()
        self.writers: list[asyncio.StreamWriter] = []

    def opened(self, *writers: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self.tasks.add(task)
        self.writers.extend(writers)

    async def close(self, listening: asyncio.Server) -> None:
        listening.close()
        for writer in self.writers:
            writer.close()
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        for writer in self.writers:
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()
        await listening.wait_closed()


class Tap:
    """A loopback relay in front of a server that records each chunk the client wrote."""

    def __init__(self, port: int):
        self.target = port
        self.chunks: list[bytes] = []
        self.port = 0
        self.connections = Connections()

    async def start(self) -> asyncio.Server:
        server = await asyncio.start_server(self._relay, "127.0.0.1", 0)
        self.port = server.sockets[0].getsockname()[1]
        return server

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections.opened(writer)
        upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", self.target)
        self.connections.opened(upstream_writer)
        await asyncio.gather(
            self._pump(reader, upstream_writer, self.chunks),
            self._pump(upstream_reader, writer, None),
        )

    @staticmethod
    async def _pump(
        source: asyncio.StreamReader, sink: asyncio.StreamWriter, record: list[bytes] | None
    ) -> None:
        with contextlib.suppress(ConnectionError):
            while data := await source.read(65536):
                if record is not None:
                    record.append(data)
                sink.write(data)
                await sink.drain()
        sink.close()

    def chunk_with(self, command: bytes) -> bytes:
        return next(c for c in self.chunks if command in c)


@pytest.fixture
def handler() -> EnvelopeScript:
    return EnvelopeScript()


@pytest.fixture
async def server(handler: EnvelopeScript) -> AsyncIterator[SmtpServer]:
    running = SmtpServer(handler=handler).start()
    yield running
    running.stop()


@pytest.fixture
async def tap(server: SmtpServer) -> AsyncIterator[Tap]:
    relay = Tap(server.port)
    listening = await relay.start()
    yield relay
    await relay.connections.close(listening)


def transport(port: int, timeout: float = 10.0) -> SmtpTransport:
    return SmtpTransport(
        SmtpSettings(host="127.0.0.1", port=port, security="none", timeout=timeout)
    )


def mail(n: int = 0, data: bytes = LETTER) -> OutgoingMail:
    return OutgoingMail(
        sender="kinderpardonnu@example.org",
        recipients=(f"griffie{n}@example.org",),
        data=data,
        message_id=f"<{n}@x>",
    )


async def send_then_close(sender: SmtpTransport, *mails: OutgoingMail) -> list[str]:
    try:
        return [await sender.send(m) for m in mails]
    finally:
        await sender.close()


class TestPipelined:
    """To a server that advertises PIPELINING the envelope and DATA go in one write."""

    async def test_envelope_and_data_in_one_write(self, server: SmtpServer, tap: Tap) -> None:
        replies = await send_then_close(transport(tap.port), mail(0), mail(1), mail(2))
        assert all(r.startswith("250") for r in replies)
        assert [a.rcpt_tos for a in server.accepted] == [
            [f"griffie{n}@example.org"] for n in (0, 1, 2)
        ]
        assert all(a.data == LETTER for a in server.accepted)
        for n in (0, 1, 2):
            chunk = tap.chunk_with(b"RCPT TO:<griffie%d@example.org>" % n)
            assert chunk.startswith(b"MAIL FROM:<kinderpardonnu@example.org>")
            assert chunk.endswith(b"\r\nDATA\r\n")

    async def test_refused_sender_sends_no_content(
        self, server: SmtpServer, handler: EnvelopeScript, tap: Tap
    ) -> None:
        handler.mail_script.append("553 5.7.1 sender not allowed")
        sender = transport(tap.port)
        with pytest.raises(PermanentTransportError, match=r"553 5\.7\.1"):
            await sender.send(mail(0))
        await send_then_close(sender, mail(1))  # the same connection goes on
        assert handler.data_commands == 1
        assert [a.rcpt_tos for a in server.accepted] == [["griffie1@example.org"]]
        assert sender.connections == 1
        assert sum(c.count(b"Geachte griffier") for c in tap.chunks) == 1

    async def test_refused_recipient_sends_no_content(
        self, server: SmtpServer, handler: EnvelopeScript, tap: Tap
    ) -> None:
        handler.rcpt_script.append("550 5.1.1 no such mailbox")
        sender = transport(tap.port)
        with pytest.raises(PermanentTransportError, match=r"550 5\.1\.1"):
            await sender.send(mail(0))
        await send_then_close(sender, mail(1))
        assert [a.rcpt_tos for a in server.accepted] == [["griffie1@example.org"]]
        assert sum(c.count(b"Geachte griffier") for c in tap.chunks) == 1

    async def test_data_taken_after_a_refused_recipient_gets_an_empty_message(
        self, server: SmtpServer, handler: EnvelopeScript, tap: Tap
    ) -> None:
        handler.keep_refused = True  # so aiosmtpd answers DATA with 354 all the same
        handler.rcpt_script.append("550 5.1.1 no such mailbox")
        sender = transport(tap.port)
        with pytest.raises(PermanentTransportError, match=r"550 5\.1\.1"):
            await sender.send(mail(0))
        await send_then_close(sender, mail(1))
        assert [a.data for a in server.accepted] == [b"", LETTER]
        assert sum(c.count(b"Geachte griffier") for c in tap.chunks) == 1

    async def test_quota_in_reply_to_rcpt(
        self, server: SmtpServer, handler: EnvelopeScript
    ) -> None:
        handler.rcpt_script.append(QUOTA)
        with pytest.raises(SendingLimitError, match=r"5\.4\.5"):
            await send_then_close(transport(server.port), mail(0))
        assert handler.data_commands == 0

    async def test_quota_in_reply_to_end_of_data(
        self, server: SmtpServer, handler: EnvelopeScript
    ) -> None:
        handler.script.append(QUOTA)
        with pytest.raises(SendingLimitError, match=r"5\.4\.5"):
            await send_then_close(transport(server.port), mail(0))
        assert handler.data_commands == 1
        assert server.accepted == []

    async def test_try_later_in_reply_to_rcpt_or_end_of_data(
        self, server: SmtpServer, handler: EnvelopeScript
    ) -> None:
        handler.rcpt_script.append("450 4.2.1 try again later")
        handler.script.append("451 4.3.0 try again later")
        sender = transport(server.port)
        with pytest.raises(TransientTransportError, match=r"450 4\.2\.1"):
            await sender.send(mail(0))
        with pytest.raises(TransientTransportError, match=r"451 4\.3\.0"):
            await sender.send(mail(1))
        await send_then_close(sender, mail(2))
        assert [a.rcpt_tos for a in server.accepted] == [["griffie2@example.org"]]

    async def test_a_drop_after_the_pipelined_write_is_not_a_maybe(
        self, server: SmtpServer, handler: EnvelopeScript
    ) -> None:
        handler.mail_script.append("drop")
        sender = transport(server.port)
        with pytest.raises(TransientTransportError, match="connection lost") as caught:
            await sender.send(mail(0))
        assert not isinstance(caught.value, MaybeSentError)
        await send_then_close(sender, mail(1))  # a new connection
        assert sender.connections == 2
        assert [a.rcpt_tos for a in server.accepted] == [["griffie1@example.org"]]

    async def test_a_drop_after_the_message_may_have_sent_it(
        self, server: SmtpServer, handler: EnvelopeScript
    ) -> None:
        handler.script.append("drop")
        with pytest.raises(MaybeSentError):
            await send_then_close(transport(server.port), mail(0))
        assert handler.data_commands == 1


class TestOneAtATime:
    """Without PIPELINING, or on an aiosmtplib this was not written for, nothing changes."""

    async def test_a_server_without_pipelining(self, server: SmtpServer, tap: Tap) -> None:
        server.handler.pipelining = False
        replies = await send_then_close(transport(tap.port), mail(0), mail(1))
        assert all(r.startswith("250") for r in replies)
        assert len(server.accepted) == 2
        assert tap.chunk_with(b"MAIL FROM") == (
            b"MAIL FROM:<kinderpardonnu@example.org> SIZE=%d\r\n" % (len(LETTER) + 3)
        )
        assert tap.chunk_with(b"RCPT TO") == b"RCPT TO:<griffie0@example.org>\r\n"

    async def test_an_unknown_aiosmtplib_version(
        self, server: SmtpServer, tap: Tap, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(pipelining, "known_version", lambda: False)
        await send_then_close(transport(tap.port), mail(0))
        assert len(server.accepted) == 1
        assert tap.chunk_with(b"RCPT TO") == b"RCPT TO:<griffie0@example.org>\r\n"

    def test_the_installed_aiosmtplib_is_a_known_version(self) -> None:
        # Upgrading aiosmtplib past the versions checked turns pipelining off; this says so.
        assert pipelining.known_version()
        assert not pipelining.known_version("6.0.0")
        assert not pipelining.known_version("5.0.1")
        assert pipelining.known_version("5.9.12")


Conversation = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@contextlib.asynccontextmanager
async def scripted(conversation: Conversation) -> AsyncIterator[int]:
    """A server that greets, advertises PIPELINING, then plays `conversation`."""

    connections = Connections()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.opened(writer)
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
            writer.write(b"220 scripted ESMTP\r\n")
            await reader.readuntil(b"\r\n")  # EHLO
            writer.write(b"250-scripted\r\n250-PIPELINING\r\n250 8BITMIME\r\n")
            await conversation(reader, writer)
        writer.close()

    listening = await asyncio.start_server(serve, "127.0.0.1", 0)
    try:
        yield listening.sockets[0].getsockname()[1]
    finally:
        await connections.close(listening)


class TestReplies:
    """Replies arriving together, split anywhere, or just before a hang-up are read in order."""

    @pytest.mark.parametrize("split", [None, 1, 5])
    async def test_replies_however_they_arrive(self, split: int | None) -> None:
        got: list[bytes] = []

        async def conversation(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await reader.readuntil(b"DATA\r\n")
            replies = b"250 2.1.0 OK\r\n250 2.1.5 OK\r\n354 Go ahead\r\n"
            for start in range(0, len(replies), split or len(replies)):
                writer.write(replies[start : start + (split or len(replies))])
                await writer.drain()
                await asyncio.sleep(0)
            got.append(await reader.readuntil(b"\r\n.\r\n"))
            writer.write(b"250 2.0.0 OK queued as 42\r\n")
            await reader.readuntil(b"QUIT\r\n")
            writer.write(b"221 bye\r\n")

        async with scripted(conversation) as port:
            assert await send_then_close(transport(port), mail(0)) == ["250 2.0.0 OK queued as 42"]
        assert got == [LETTER + b".\r\n"]

    async def test_a_refusal_just_before_a_hang_up(self) -> None:
        async def conversation(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await reader.readuntil(b"DATA\r\n")
            writer.write(b"250 2.1.0 OK\r\n" + QUOTA.encode() + b"\r\n")

        async with scripted(conversation) as port:
            with pytest.raises(SendingLimitError, match=r"5\.4\.5"):
                await send_then_close(transport(port), mail(0))

    async def test_no_reply_to_data_may_have_sent_it(self) -> None:
        # As one at a time: a DATA without a reply counts as "may have gone".
        async def conversation(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await reader.readuntil(b"DATA\r\n")
            writer.write(b"250 2.1.0 OK\r\n250 2.1.5 OK\r\n")

        async with scripted(conversation) as port:
            with pytest.raises(MaybeSentError):
                await send_then_close(transport(port), mail(0))

    async def test_a_timeout_after_the_envelope_may_have_sent_it(self) -> None:
        async def conversation(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await reader.readuntil(b"DATA\r\n")
            writer.write(b"250 2.1.0 OK\r\n250 2.1.5 OK\r\n")
            await reader.read()  # silent until the client gives up

        async with scripted(conversation) as port:
            with pytest.raises(MaybeSentError):
                await send_then_close(transport(port, timeout=0.3), mail(0))
