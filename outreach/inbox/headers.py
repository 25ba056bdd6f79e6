"""The few header facts kept beside a raw message, read leniently.

Only the header block is parsed, so a message with a 20 MB attachment costs no more than a short
one. Each field is read on its own: a bad Date leaves `sent_date` empty but keeps the subject.
Only a message with no readable header at all gets a `parse_error`.

Reading is total and bounded: the header block is trimmed to the caps in
`outreach.classify.caps` before the parser sees it, and each field is read inside its own
guard, so no header (nested comments, a NUL in a charset name, 50,000 encoded words) can stop
the mailbox reader or hold it for long.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parseaddr, parsedate_to_datetime
from typing import TypeVar

from outreach.classify.caps import cap_header_block, split_head

T = TypeVar("T")

_MESSAGE_ID = re.compile(r"<([^<>\s]+)>")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class HeaderFacts:
    message_id: str | None = None
    from_address: str | None = None
    subject: str | None = None
    sent_date: datetime | None = None
    parse_error: str | None = None
    over_caps: tuple[str, ...] = ()


def content_hash(raw: bytes) -> str:
    """The identity of a stored message: two messages are the same only if their bytes are."""
    return hashlib.sha256(raw).hexdigest()


# What a message says and who it says it to; trace fields (Received, Delivered-To, X-Gm-*)
# differ between deliveries of one message and are left out.
_KEY_FIELDS = frozenset(
    {b"from", b"to", b"cc", b"subject", b"date", b"message-id", b"in-reply-to", b"references"}
)


def key_digest(raw: bytes) -> str:
    """A digest of the body and the key headers: equal for two deliveries of one message."""
    head, body = split_head(raw)
    digest = hashlib.sha256()
    for line in _unfolded(head):
        name, sep, value = line.partition(b":")
        if sep and name.strip().lower() in _KEY_FIELDS:
            digest.update(name.strip().lower() + b":" + b" ".join(value.split()) + b"\n")
    digest.update(b"\n")
    digest.update(body.replace(b"\r\n", b"\n"))
    return digest.hexdigest()


def _unfolded(head: bytes) -> list[bytes]:
    fields: list[bytes] = []
    for line in head.splitlines():
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += b" " + line.strip()
        elif line:
            fields.append(line)
    return fields


def read_headers(raw: bytes) -> HeaderFacts:
    """What the headers of `raw` say; never raises."""
    try:
        block, over = cap_header_block(header_block(raw))
        # compat32 hands back raw strings; the stricter policies can raise on odd headers.
        headers = BytesHeaderParser(policy=compat32).parsebytes(block)
        if not headers.keys():
            return HeaderFacts(parse_error="no headers found")
    except Exception as exc:  # whatever the parser throws, the headers are unreadable
        return HeaderFacts(parse_error=f"headers unreadable: {type(exc).__name__}: {exc}"[:500])
    return HeaderFacts(
        message_id=_guarded(_message_id, headers),
        from_address=_guarded(_from_address, headers),
        subject=_guarded(lambda h: _text(h, "Subject"), headers),
        sent_date=_guarded(_date, headers),
        over_caps=over,
    )


def header_block(raw: bytes) -> bytes:
    """The bytes up to the blank line that ends the headers (all of `raw` if there is none)."""
    return split_head(raw)[0]


def _guarded(read: Callable[[Message], T | None], headers: Message) -> T | None:
    """One field read on its own: whatever it raises leaves that field empty, nothing else."""
    try:
        return read(headers)
    except Exception:  # a field that cannot be read is a field we do not know
        return None


def _text(headers: Message, name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        return None
    text = str(value)
    if "=?" in text:  # RFC 2047 encoded words; decoding plain ASCII would only cost time
        # A NUL or 8-bit byte in a charset name raises CharsetError, among others.
        with suppress(Exception):
            text = str(make_header(decode_header(text)))
    text = _SPACES.sub(" ", _clean(text)).strip()
    return text or None


def _clean(text: str) -> str:
    # Undecodable 8-bit bytes arrive as lone surrogates, which the database cannot store.
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text.replace("\x00", "") if "\x00" in text else text


def _message_id(headers: Message) -> str | None:
    value = _text(headers, "Message-ID")
    if value is None:
        return None
    found = _MESSAGE_ID.search(value)
    if found:
        return f"<{found[1]}>"
    return f"<{value}>" if " " not in value else None


def _from_address(headers: Message) -> str | None:
    value = _text(headers, "From")
    if value is None:
        return None
    _name, address = parseaddr(value)
    return address.lower() or None


def _date(headers: Message) -> datetime | None:
    value = _text(headers, "Date")
    if value is None:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (ValueError, TypeError, IndexError, OverflowError):
        return None
    # "-0000" means "zone unknown"; UTC is as good a guess as any.
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
