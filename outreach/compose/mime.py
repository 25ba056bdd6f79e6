"""A letter as the bytes that go over SMTP, written directly rather than through `email.mime`.

The standard library's generator re-encodes every attachment for every message: 342 times the
same base64 for the background document. Here each distinct attachment is encoded once and its
encoded form reused, and the rest of a message is a few headers and two quoted-printable text
parts, so building a message costs a fraction of a millisecond. The output is ordinary MIME
(RFC 2045-2049): CRLF line ends, header lines folded, 76-character encoded lines.
"""

from __future__ import annotations

import binascii
import hashlib
from collections.abc import Iterable
from datetime import datetime
from email.utils import encode_rfc2231, format_datetime, formataddr
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from outreach.compose.letter import Attachment, Letter
    from outreach.settings import CampaignSettings

CRLF = b"\r\n"


def letter_bytes(
    letter: Letter, campaign: CampaignSettings, *, to: str | None = None, date: datetime
) -> bytes:
    """The whole message; `to` replaces the recipient in the header (a canary run)."""
    mixed, alternative = _boundaries(letter.message_id)
    headers = [
        ("From", formataddr((campaign.from_name, campaign.from_address), charset="utf-8")),
        ("To", to or letter.to_address),
    ]
    if letter.reply_to:
        headers.append(("Reply-To", letter.reply_to))
    headers += [
        ("Subject", letter.subject),
        ("Date", format_datetime(date)),
        ("Message-ID", letter.message_id),
    ]
    if letter.in_reply_to:
        headers += [("In-Reply-To", letter.in_reply_to), ("References", letter.in_reply_to)]
    headers += [
        ("MIME-Version", "1.0"),
        ("Content-Language", "nl"),
        ("Content-Type", f'multipart/mixed; boundary="{mixed}"'),
    ]
    chunks = [_header_block(headers), CRLF]
    chunks += [b"--", mixed.encode(), CRLF]
    chunks += [f'Content-Type: multipart/alternative; boundary="{alternative}"'.encode(), CRLF]
    chunks += [CRLF]
    for text, subtype in ((letter.text, "plain"), (letter.html, "html")):
        chunks += [b"--", alternative.encode(), CRLF, _text_part(text, subtype)]
    chunks += [b"--", alternative.encode(), b"--", CRLF]
    for attachment in letter.attachments:
        chunks += [b"--", mixed.encode(), CRLF, attachment_part(attachment)]
    chunks += [b"--", mixed.encode(), b"--", CRLF]
    return b"".join(chunks)


def _boundaries(message_id: str) -> tuple[str, str]:
    # Derived from the Message-ID: stable for one letter, and "=_" can never occur in
    # quoted-printable or base64 output, so no part can contain it.
    digest = hashlib.sha256(message_id.encode()).hexdigest()[:24]
    return f"=_mixed_{digest}", f"=_alt_{digest}"


def _header_block(headers: Iterable[tuple[str, str]]) -> bytes:
    lines = []
    for name, value in headers:
        if value.isascii() and len(name) + len(value) + 2 <= 78:
            lines.append(f"{name}: {value}")
        elif value.isascii() and "  " not in value and value.strip() == value:
            lines.append(_folded(name, value))
        else:
            # Encodes non-ASCII words (RFC 2047) and folds long lines at spaces.
            from email.header import Header

            folded = Header(value, "utf-8" if not value.isascii() else None, header_name=name)
            lines.append(f"{name}: {folded.encode(linesep=chr(13) + chr(10))}")
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


def _folded(name: str, value: str) -> str:
    """A long ASCII header folded at spaces into lines of at most 78 characters where the
    words allow (RFC 5322 2.2.3): unfolding gives back the value exactly."""
    lines = []
    current = f"{name}:"
    for word in value.split(" "):
        if len(current) + 1 + len(word) > 78 and current != f"{name}:":
            lines.append(current)
            current = " " + word
        else:
            current += " " + word
    lines.append(current)
    return "\r\n".join(lines)


def _text_part(text: str, subtype: str) -> bytes:
    raw = text.replace("\r\n", "\n").encode("utf-8")
    # Quoted-printable works line by line, and most lines are the same in every letter.
    body = CRLF.join([_quoted_line(line) for line in raw.split(b"\n")])
    if not body.endswith(CRLF):
        body += CRLF
    return (
        f'Content-Type: text/{subtype}; charset="utf-8"\r\n'.encode()
        + b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        + body
    )


@lru_cache(maxsize=4096)
def _quoted_line(line: bytes) -> bytes:
    """One line in quoted-printable, with soft breaks; encoding each line on its own gives
    what encoding the whole text gives."""
    return binascii.b2a_qp(line, istext=True).replace(b"\n", CRLF)


def _base64_lines(data: bytes) -> bytes:
    """`data` in base64, in lines of 76 characters with CRLF (RFC 2045 6.8), as
    `base64.encodebytes` writes them but encoded in one call rather than one per line."""
    encoded = binascii.b2a_base64(data, newline=False)
    if not encoded:
        return b""
    return CRLF.join([encoded[at : at + 76] for at in range(0, len(encoded), 76)]) + CRLF


@lru_cache(maxsize=16)
def attachment_part(attachment: Attachment) -> bytes:
    """One attachment's headers and base64 body, encoded once however many messages carry it."""
    filename = attachment.filename
    # Parameters go on folded lines of their own: the .docx type alone fills most of a line.
    if filename.isascii():
        disposition = f'attachment;\r\n filename="{filename}"'
        type_name = f';\r\n name="{filename}"'
    else:
        disposition = f"attachment;\r\n filename*={encode_rfc2231(filename, 'utf-8')}"
        type_name = ""
    body = _base64_lines(attachment.content)
    return (
        f"Content-Type: {attachment.content_type}{type_name}\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        f"Content-Disposition: {disposition}\r\n\r\n"
    ).encode() + body
