"""SMTP pipelining (RFC 2920) on aiosmtplib: several commands in one write, replies read in order.

aiosmtplib reads one reply per command: its protocol parses the first complete reply in what
arrived and drops whatever arrives while that reply waits to be picked up. Written together,
MAIL, RCPT and DATA get their replies together, so two of them would be lost. The protocol
below keeps those bytes and serves a reply already complete in its buffer before it waits.

aiosmtplib creates its protocol itself (`SMTP._create_connection` names `SMTPProtocol`), so a
connected client's protocol is switched to this subclass in place, which adds behaviour and no
state of its own. That relies on these aiosmtplib 5.x internals, checked before each switch;
without them the client keeps sending one command at a time:
`_buffer`, `_response_waiter`, `_response_pending`, `_command_lock`,
`_read_response_from_buffer()` and `read_response()` filling `_response_waiter`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import cast

import aiosmtplib
from aiosmtplib.protocol import SMTPProtocol

log = logging.getLogger(__name__)

# The aiosmtplib versions whose protocol internals are known to be as described above.
KNOWN_VERSIONS = ((5, 1), (6, 0))
_INTERNALS = (
    "_buffer",
    "_response_waiter",
    "_response_pending",
    "_command_lock",
    "_read_response_from_buffer",
    "read_response",
)
_CONTROL = re.compile(rb"[\x00-\x1f\x7f]")
# Replies to a few commands are a few hundred bytes; a server sending more is hung up on.
_MAX_BUFFERED = 64 * 1024


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:2])


def known_version(text: str = aiosmtplib.__version__) -> bool:
    low, high = KNOWN_VERSIONS
    return low <= _version(text) < high


class PipeliningProtocol(SMTPProtocol):
    """aiosmtplib's protocol, keeping replies that arrive before they are asked for."""

    # Replies still to be read for commands written together; 0 outside `execute_pipelined`.
    _replies_due = 0

    def data_received(self, data: bytes) -> None:
        if self._replies_due > 0:
            # Bytes arriving now answer commands already written: never "unsolicited".
            self._response_pending = True
            waiter = self._response_waiter
            if waiter is not None and waiter.done():
                # The previous reply waits to be picked up; this is the next one (or part of
                # it), kept in order behind it.
                self._buffer.extend(data)
                if len(self._buffer) > _MAX_BUFFERED and self.transport is not None:
                    self.transport.close()
                return
        super().data_received(data)

    async def execute_pipelined(
        self, commands: Sequence[Sequence[bytes]], read_timeout: float | None = None
    ) -> tuple[list[aiosmtplib.SMTPResponse], aiosmtplib.SMTPException | None]:
        """Writes the commands in one go and reads one reply per command, in order.

        Returns the replies and None, or, when the connection fails (hung up, timed out, a
        reply that is not SMTP) part way, the replies read until then and what went wrong;
        the caller must then close the connection, which is out of step.
        """
        lines = []
        for command in commands:
            if any(_CONTROL.search(arg) for arg in command):
                raise ValueError("Command arg contains a prohibited control character")
            lines.append(b" ".join(command) + b"\r\n")
        if self._command_lock is None:
            raise aiosmtplib.SMTPServerDisconnected("Server not connected")
        replies: list[aiosmtplib.SMTPResponse] = []
        async with self._command_lock:
            self._response_pending = True
            self._replies_due = len(lines)
            try:
                self.write(b"".join(lines))
                while self._replies_due > 0:
                    replies.append(await self._next_reply(read_timeout))
                    self._replies_due -= 1
            except aiosmtplib.SMTPException as exc:
                return replies, exc
            finally:
                self._replies_due = 0
                self._response_pending = False  # from here on, bytes with no command are junk
        return replies, None

    async def _next_reply(self, read_timeout: float | None) -> aiosmtplib.SMTPResponse:
        waiter = self._response_waiter
        if waiter is None or not waiter.done():
            # A reply the waiter will never be given (it arrived with an earlier one, or
            # before the server hung up) is in the buffer already.
            reply = self._read_response_from_buffer()
            if reply is not None:
                return reply
        return await self.read_response(timeout=read_timeout)


def adopt(protocol: SMTPProtocol | None) -> PipeliningProtocol | None:
    """The connected client's protocol, able to pipeline; None when aiosmtplib is not the
    version this was written against (then commands go one at a time, as aiosmtplib sends)."""
    if isinstance(protocol, PipeliningProtocol):
        return protocol
    if protocol is None or type(protocol) is not SMTPProtocol:
        return None
    if not known_version() or not all(hasattr(protocol, name) for name in _INTERNALS):
        log.debug("aiosmtplib %s: sending without pipelining", aiosmtplib.__version__)
        return None
    protocol.__class__ = PipeliningProtocol
    return cast(PipeliningProtocol, protocol)
