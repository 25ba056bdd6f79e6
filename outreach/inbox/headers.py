"""The few header facts kept beside a raw message, read leniently.

Only the header block is parsed, so a message with a 20 MB attachment costs no more than a short
one. Each field is read on its own: a bad Date leaves `sent_date` empty but keeps the subject.
Only a message with no readable header at all gets a `parse_error`.
"""

from __future__ import annotations

import hashlib
import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parseaddr, parsedate_to_datetime

_MESSAGE_ID = re.compile(r"<([^<>\s]+)>")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class HeaderFacts:
    message_id: str | None = None
    from_address: str | None = None
    subject: str | None = None
    sent_date: datetime | None = None
    parse_error: str | None = None


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def read_headers(raw: bytes) -> HeaderFacts:
    """What the headers of `raw` say; never raises."""
    try:
        # compat32 hands back raw strings; the stricter policies can raise on odd headers.
        headers = BytesHeaderParser(policy=compat32).parsebytes(header_block(raw))
    except Exception as exc:  # whatever the parser throws, the headers are unreadable
        return HeaderFacts(parse_error=f"headers unreadable: {type(exc).__name__}: {exc}")
    if not headers.keys():
        return HeaderFacts(parse_error="no headers found")
    return HeaderFacts(
        message_id=_message_id(headers),
        from_address=_from_address(headers),
        subject=_text(headers, "Subject"),
        sent_date=_date(headers),
    )


def header_block(raw: bytes) -> bytes:
    """The bytes up to the blank line that ends the headers (all of `raw` if there is none)."""
    if raw.startswith((b"\r\n", b"\n")):
        return b""
    ends = [
        pos + keep for pos, keep in ((raw.find(b"\r\n\r\n"), 2), (raw.find(b"\n\n"), 1)) if pos >= 0
    ]
    return raw[: min(ends)] if ends else raw


def _text(headers: Message, name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        return None
    text = str(value)
    if "=?" in text:  # RFC 2047 encoded words; decoding plain ASCII would only cost time
        with suppress(ValueError, LookupError, UnicodeError, AssertionError):
            text = str(make_header(decode_header(text)))
    text = _SPACES.sub(" ", _clean(text)).strip()
    return text or None


def _clean(text: str) -> str:
    # Undecodable 8-bit bytes arrive as lone surrogates, which the database cannot store.
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


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
