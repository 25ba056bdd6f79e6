"""The pipelining protocol on its own, fed the server's bytes directly: replies that arrive
before the one in front of them is picked up, which a socket cannot be made to do on demand
(the loopback tests in test_smtp_pipelining.py show the whole conversation)."""

from __future__ import annotations

import asyncio
from typing import Any

import aiosmtplib

from outreach.transport.pipelining import PipeliningProtocol

ENVELOPE = [(b"MAIL", b"FROM:<a@example.org>"), (b"RCPT", b"TO:<b@example.org>"), (b"DATA",)]


class Wire(asyncio.Transport):
    """Records what the protocol writes; closing it tells the protocol the connection is gone."""

    def __init__(self) -> None:
        super().__init__()
        self.written = b""
        self.wrote = asyncio.Event()
        self.closing = False
        self.protocol: PipeliningProtocol | None = None

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return default

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.written += bytes(data)
        self.wrote.set()

    def is_closing(self) -> bool:
        return self.closing

    def close(self) -> None:
        self.closing = True
        if self.protocol is not None:
            self.protocol.connection_lost(None)


async def connected() -> tuple[PipeliningProtocol, Wire]:
    protocol = PipeliningProtocol(loop=asyncio.get_running_loop())
    wire = Wire()
    wire.protocol = protocol
    protocol.connection_made(wire)
    protocol.data_received(b"220 ready\r\n")
    assert (await protocol.read_response(timeout=1)).code == 220
    return protocol, wire


async def written(wire: Wire) -> None:
    await asyncio.wait_for(wire.wrote.wait(), 1)


class TestReplies:
    async def test_replies_arriving_before_the_first_is_picked_up(self) -> None:
        protocol, wire = await connected()
        task = asyncio.create_task(protocol.execute_pipelined(ENVELOPE, read_timeout=1))
        await written(wire)
        assert wire.written == b"MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nDATA\r\n"
        # Three reads from the socket in a row, before the task waiting for the first wakes.
        protocol.data_received(b"250 2.1.0 OK\r\n")
        protocol.data_received(b"250 2.1.")
        protocol.data_received(b"5 OK\r\n354 Go ahead\r\n")
        replies, failure = await task
        assert failure is None
        assert [(r.code, r.message) for r in replies] == [
            (250, "2.1.0 OK"),
            (250, "2.1.5 OK"),
            (354, "Go ahead"),
        ]

    async def test_replies_before_a_hang_up_are_read_then_the_hang_up(self) -> None:
        protocol, wire = await connected()
        task = asyncio.create_task(protocol.execute_pipelined(ENVELOPE, read_timeout=1))
        await written(wire)
        protocol.data_received(b"250 2.1.0 OK\r\n")
        protocol.data_received(b"550 5.4.5 Daily user sending limit exceeded.\r\n")
        wire.close()
        replies, failure = await task
        assert [r.code for r in replies] == [250, 550]
        assert isinstance(failure, aiosmtplib.SMTPServerDisconnected)

    async def test_a_reply_that_is_not_smtp(self) -> None:
        protocol, wire = await connected()
        task = asyncio.create_task(protocol.execute_pipelined(ENVELOPE, read_timeout=1))
        await written(wire)
        protocol.data_received(b"250 2.1.0 OK\r\n")
        protocol.data_received(b"HTTP/1.1 400 Bad Request\r\n")
        replies, failure = await task
        assert [r.code for r in replies] == [250]
        assert isinstance(failure, aiosmtplib.SMTPResponseException)

    async def test_a_flood_is_hung_up_on(self) -> None:
        protocol, wire = await connected()
        task = asyncio.create_task(protocol.execute_pipelined(ENVELOPE, read_timeout=1))
        await written(wire)
        protocol.data_received(b"250 2.1.0 OK\r\n")
        protocol.data_received(b"250-" + b"x" * 70_000)
        replies, failure = await task
        assert wire.closing
        assert [r.code for r in replies] == [250]
        assert isinstance(failure, aiosmtplib.SMTPServerDisconnected)

    async def test_after_the_batch_unsolicited_bytes_are_ignored_again(self) -> None:
        protocol, wire = await connected()
        task = asyncio.create_task(protocol.execute_pipelined(ENVELOPE, read_timeout=1))
        await written(wire)
        protocol.data_received(b"250 OK\r\n")
        protocol.data_received(b"250 OK\r\n354 Go ahead\r\n")
        await task
        protocol.data_received(b"250 stray\r\n")  # answers nothing: dropped, as aiosmtplib does
        protocol.write(b"body\r\n.\r\n")
        reading = asyncio.create_task(protocol.read_response(timeout=1))
        await asyncio.sleep(0)
        protocol.data_received(b"250 2.0.0 queued\r\n")
        assert (await reading).message == "2.0.0 queued"
