"""A read-only view of one incoming mail: the headers, the best plain text, and bounce parts.

Mail from municipal servers is often imperfect (unknown charsets, broken MIME, headers that the
strict `policy.default` parser refuses). Reading carries on past such damage and records it in
`defects`; only input that has no headers at all is refused.

The parser never sees more than the caps in `outreach.classify.caps` allow; what they cut is
listed in `over_caps` (and `defects`), and such a message goes to a person. Each later step
(addresses, dates, the body walk) is guarded on its own, so damage in one leaves the rest read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from datetime import datetime
from email import policy
from email.feedparser import BytesFeedParser
from email.header import decode_header, make_header
from email.message import Message
from email.parser import HeaderParser
from email.utils import getaddresses as _getaddresses
from email.utils import parsedate_to_datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from outreach.classify.caps import (
    MAX_FIELD_BYTES,
    MAX_MIME_DEPTH,
    RENAMED_STEM,
    cap_message,
    cap_text,
)
from outreach.classify.header_index import IndexedMessage
from outreach.classify.html import html_to_text
from outreach.errors import OutreachError

T = TypeVar("T")


class MessageParseError(OutreachError):
    """The input holds no mail headers at all, so nothing about it can be classified."""


@dataclass(frozen=True)
class DsnRecord:
    """One recipient's block of an RFC 3464 `message/delivery-status` part."""

    final_recipient: str | None
    action: str | None
    status: str | None
    diagnostic_code: str | None
    remote_mta: str | None
    original_recipient: str | None = None


@dataclass(frozen=True)
class Attachment:
    filename: str | None
    content_type: str
    size: int


@dataclass(frozen=True)
class ParsedMessage:
    """What could be read from one raw message. Lists are never None, only empty."""

    raw: bytes = field(repr=False)
    headers: list[tuple[str, str]] = field(repr=False)
    message_id: str | None
    in_reply_to: list[str]
    references: list[str]
    from_address: str | None
    from_name: str | None
    to: list[str]
    cc: list[str]
    delivered_to: list[str]
    subject: str
    date: datetime | None
    content_type: str
    report_type: str | None
    text: str
    html: str | None
    dsn: list[DsnRecord]
    reporting_mta: str | None
    returned_message_ids: list[str]
    returned_recipients: list[str]
    returned_subject: str | None
    attachments: list[Attachment]
    has_feedback_report: bool
    defects: list[str]
    over_caps: list[str] = field(default_factory=list)

    def header(self, name: str) -> str | None:
        """The first value of header `name` (case-insensitive), decoded, or None."""
        values = self.header_all(name)
        return values[0] if values else None

    def header_all(self, name: str) -> list[str]:
        return list(self._by_name.get(name.lower(), ()))

    @cached_property
    def _by_name(self) -> dict[str, list[str]]:
        """Values per lower-cased header name, built once: rules ask for many headers."""
        return _index_headers(self.headers)


def _index_headers(headers: list[tuple[str, str]]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for key, value in headers:
        index.setdefault(key.lower(), []).append(value)
    return index


_MSGID_RE = re.compile(r"<[^<>\s]+@[^<>\s]+>")
_BODY_MSGID_RE = re.compile(r"^[ \t>]*message-id:[ \t]*(<[^<>\s]+@[^<>\s]+>)", re.I | re.M)
# What every match of `_BODY_MSGID_RE` holds, as the case-insensitive match reads it (the
# dotted and dotless i match an `i`), found fast: the `^` pattern tries every position of the
# text, this one jumps from hyphen to hyphen.
_BODY_MSGID_HINT = re.compile("-[iI\u0130\u0131][dD]:")
# Charset names that mail software writes but Python does not know.
_RETURNED_TYPES = frozenset(
    {"message/rfc822", "message/global", "text/rfc822-headers", "message/global-headers"}
)
_CHARSET_ALIASES = {
    "iso-8859-8-i": "iso-8859-8",
    "x-unknown": "latin-1",
    "unknown-8bit": "latin-1",
    "ansi_x3.4-1968": "ascii",
    "windows-874": "cp874",
    "x-user-defined": "latin-1",
}


def parse_message(raw: bytes) -> ParsedMessage:
    """Read `raw` (RFC 5322 bytes) into a `ParsedMessage`; see the module docstring."""
    if not raw or raw.isspace():  # (not `strip`, which copies the whole message to look)
        raise MessageParseError("empty message")
    defects: list[str] = []
    capped = cap_message(raw)
    defects.extend(f"OverCaps:{name}" for name in capped.over)
    try:
        msg = _read_mime(capped.raw)
    except Exception as exc:  # the parser is lenient; anything it raises means no headers
        raise MessageParseError(f"unreadable: {type(exc).__name__}") from None
    repaired = _guard(lambda: _repair_boundary(capped.raw, msg), None, defects, "Boundary")
    if repaired is not None:
        defects.append("BoundaryRepaired")
        msg = _read_mime(repaired)
    headers, by_name = _decoded_headers(msg, defects, capped.renamed)
    if not headers:
        raise MessageParseError("no mail headers found")
    defects.extend(type(d).__name__ for d in msg.defects)

    def first(name: str) -> str | None:
        values = by_name.get(name.lower())
        return values[0] if values else None

    def every(name: str) -> list[str]:
        return list(by_name.get(name.lower(), ()))

    nobody: tuple[str | None, str | None] = (None, None)
    from_name, from_address = _guard(lambda: _first_address(every("from")), nobody, defects, "From")
    body = _Body(defects)
    _guard(lambda: body.walk(msg, inside_attached=False), None, defects, "Body")
    html = body.html_source
    text = _guard(lambda: body.best_text(html), "", defects, "Text")
    if capped.renamed:  # a returned message quoted as text shows its boundaries as written
        text = _with_boundaries(text, capped.renamed)
        html = _with_boundaries(html, capped.renamed) if html else html
    returned_ids = list(body.returned_ids)
    if _BODY_MSGID_HINT.search(text):
        for found in _BODY_MSGID_RE.finditer(text):
            if found.group(1) not in returned_ids:
                returned_ids.append(found.group(1))
    parsed = _made_message(
        raw=raw,
        headers=headers,
        message_id=_first_msgid(first("message-id")),
        in_reply_to=_msgids(" ".join(every("in-reply-to"))),
        references=_msgids(" ".join(every("references"))),
        from_address=from_address,
        from_name=from_name,
        to=_guard(lambda: _addresses(every("to")), [], defects, "To"),
        cc=_guard(lambda: _addresses(every("cc")), [], defects, "Cc"),
        delivered_to=_guard(
            lambda: _addresses(every("delivered-to") + every("x-original-to")),
            [],
            defects,
            "DeliveredTo",
        ),
        subject=" ".join((first("subject") or "").split()),
        date=_guard(lambda: _date(first("date")), None, defects, "Date"),
        content_type=_guard(msg.get_content_type, "text/plain", defects, "ContentType"),
        report_type=_guard(lambda: _param(msg, "report-type"), None, defects, "ReportType"),
        text=text,
        html=html,
        dsn=body.dsn,
        reporting_mta=body.reporting_mta,
        returned_message_ids=returned_ids,
        returned_recipients=body.returned_recipients,
        returned_subject=body.returned_subject,
        attachments=body.attachments,
        has_feedback_report=body.feedback_report,
        defects=defects,
        over_caps=list(capped.over),
    )
    parsed.__dict__["_by_name"] = by_name  # the index built above, not built again
    return parsed


_FIELD_NAMES = frozenset(f.name for f in fields(ParsedMessage))


def _made_message_fast(**values: Any) -> ParsedMessage:
    """A `ParsedMessage` of `values`, the same object its `__init__` makes, made faster.

    The generated `__init__` of a frozen dataclass sets each of the 26 fields through
    `object.__setattr__`, which costs as much as reading the message's date; here the
    fields go into the instance's dictionary at once. Every field must be given.
    """
    if values.keys() != _FIELD_NAMES:
        raise TypeError(f"ParsedMessage fields missing or unknown: {set(values) ^ _FIELD_NAMES}")
    parsed = object.__new__(ParsedMessage)
    parsed.__dict__.update(values)
    return parsed


# The type checker reads the call as the class's own, and checks every field of it.
if TYPE_CHECKING:
    _made_message = ParsedMessage
else:
    _made_message = _made_message_fast


def _read_mime(raw: bytes) -> Message:
    """The standard library's reading of `raw`, fed to its parser in one piece.

    `BytesParser` feeds the parser 8 KiB at a time, and every piece suspends and resumes the
    parser's nested generators; the capped message is in memory already.
    """
    parser = BytesFeedParser(IndexedMessage, policy=policy.compat32)
    parser.feed(raw)
    return parser.close()


def _guard(step: Callable[[], T], fallback: T, defects: list[str], name: str) -> T:
    """One parse step on its own: whatever it raises is a defect and `fallback` its result."""
    try:
        return step()
    except Exception as exc:  # a damaged part must not cost the rest of the message
        defects.append(f"Unreadable{name}:{type(exc).__name__}")
        return fallback


def _with_boundaries(value: str, renamed: tuple[tuple[str, str], ...]) -> str:
    """`value` with each MIME boundary as the sender wrote it (see `caps`)."""
    if RENAMED_STEM in value:
        for new, old in renamed:
            value = value.replace(new, old)
    return value


def _decoded_headers(
    msg: Message, defects: list[str], renamed: tuple[tuple[str, str], ...]
) -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
    """The header fields decoded, in order, and their values per lower-cased name.

    Both in one pass over the fields: each value decoded, stripped of NULs (undecodable bytes
    or a NUL would not survive storing it as text) and given back the MIME boundaries as
    written (see `caps`).
    """
    out: list[tuple[str, str]] = []
    index: dict[str, list[str]] = {}
    # raw_items keeps undeclared 8-bit bytes (as surrogates) instead of replacing them.
    for key, value in msg.raw_items():
        text = str(value)
        if not text.isascii() or "=?" in text or len(text) > MAX_FIELD_BYTES:
            text = _decode_header_value(text, defects)
        elif "\n" in text:  # folded (Received, DKIM): what `_decode_header_value` does to it
            text = " ".join(text.split())
        # (otherwise, as most fields are, `_decode_header_value` returns it as it is)
        if "\x00" in text:
            text = text.replace("\x00", "")
        if renamed and RENAMED_STEM in text:
            text = _with_boundaries(text, renamed)
        out.append((key, text))
        found = index.get(lowered := key.lower())
        if found is None:
            index[lowered] = [text]
        else:
            found.append(text)
    return out, index


def _repair_boundary(raw: bytes, msg: Message) -> bytes | None:
    """Re-read a multipart whose declared boundary never occurs, using the one that does.

    Anonymised or hand-edited mail sometimes declares one boundary and uses another; without
    this the whole body, delivery report included, would be one unreadable blob.
    """
    if msg.get_content_maintype() != "multipart" or msg.is_multipart():
        return None
    declared = msg.get_boundary()
    body = msg.get_payload()
    if not declared or not isinstance(body, str):
        return None
    found = re.search(r"^--([^\s]{6,70})\s*$", body, re.M)
    if found is None or body.count("--" + found.group(1)) < 2:
        return None
    head_end = raw.find(b"\n\n") if b"\r\n\r\n" not in raw else raw.find(b"\r\n\r\n")
    if head_end < 0:
        return None
    head, rest = raw[:head_end], raw[head_end:]
    pattern = re.compile(rb"(boundary\s*=\s*\"?)" + re.escape(declared.encode()), re.I)
    fixed = pattern.sub(lambda m: m.group(1) + found.group(1).encode(), head, count=1)
    return fixed + rest if fixed != head else None


def _decode_header_value(value: str, defects: list[str]) -> str:
    """RFC 2047 words decoded; a header that cannot be decoded is kept as written."""
    if "=?" in value or len(value) > MAX_FIELD_BYTES:
        value = cap_text(value)  # only encoded words and length are capped
    if value.isascii() and "=?" not in value:
        # Nothing to decode (most headers): the header parser would return it unchanged.
        return " ".join(value.split()) if "\n" in value else value
    if any("\udc80" <= c <= "\udcff" for c in value):
        # Raw 8-bit header bytes (no RFC 2047): most often UTF-8, else Windows-1252.
        data = value.encode("utf-8", "surrogateescape")
        try:
            value = data.decode("utf-8")
        except UnicodeDecodeError:
            value = data.decode("cp1252", errors="replace")
    try:
        policy_value = policy.default.header_factory("x-probe", value)
        text = str(policy_value)
    except Exception:
        try:
            text = str(make_header(decode_header(value)))
        except Exception:
            defects.append("UndecodableHeader")
            text = value
    return " ".join(text.split()) if "\n" in text else text


# An address list with nothing the full parser is needed for: `Name <a@b>` or `a@b`, comma
# separated, no quotes, comments, groups, escapes or routes.
_PLAIN_NAME = r"[^<>\",;:()\\@\[\]]*?"
_PLAIN_ADDR = r"[^<>\s\",;:()\\@\[\]]+@[^<>\s\",;:()\\@\[\]]+"
_PLAIN_ENTRY = re.compile(rf"\s*(?:({_PLAIN_NAME})\s*<({_PLAIN_ADDR})>|({_PLAIN_ADDR}))\s*")
_NOT_PLAIN = re.compile(r"[\"():;\\\[\]]|=\?")


def read_addresses(values: list[str]) -> list[tuple[str, str]]:
    """(name, address) of each address in `values`, as `email.utils.getaddresses` reads them.

    The standard parser is slow (a third of reading a message's headers); plain lists are
    read here, and anything else (quotes, comments, groups) by the standard parser. Each
    value is read on its own, and empty entries are left out (no caller wants them).
    """
    out: list[tuple[str, str]] = []
    for value in values:
        plain = _plain_addresses(value)
        out.extend(plain if plain is not None else _getaddresses([value]))
    return out


def _plain_addresses(value: str) -> list[tuple[str, str]] | None:
    if _NOT_PLAIN.search(value):
        return None
    out: list[tuple[str, str]] = []
    for piece in value.split(","):
        if not piece.strip():
            continue
        found = _PLAIN_ENTRY.fullmatch(piece)
        if found is None:
            return None
        if found.group(3):
            out.append(("", found.group(3)))
        else:
            out.append((" ".join(found.group(1).split()), found.group(2)))
    return out


def _first_address(values: list[str]) -> tuple[str | None, str | None]:
    for name, addr in read_addresses(values):
        if addr and "@" in addr:
            return (name or None), addr.strip().lower()
    return None, None


def _addresses(values: list[str]) -> list[str]:
    return [addr.strip().lower() for _, addr in read_addresses(values) if "@" in addr]


def _msgids(value: str) -> list[str]:
    return _MSGID_RE.findall(value)


def _first_msgid(value: str | None) -> str | None:
    if not value:
        return None
    found = _MSGID_RE.search(value)
    return found.group(0) if found else value.strip() or None


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo is not None else None


def _param(msg: Message, name: str) -> str | None:
    header = msg.get("content-type")
    if header is None or name not in str(header).lower():
        return None  # reading the parameters costs more than looking for the name first
    value = msg.get_param(name)
    if isinstance(value, str):
        return value.lower()
    return None


def decode_payload(part: Message, defects: list[str]) -> str:
    """The text of a leaf part, whatever its declared charset claims."""
    try:
        data = part.get_payload(decode=True)
    except Exception:
        defects.append("UndecodablePayload")
        data = None
    if not isinstance(data, bytes):
        payload = part.get_payload()
        return payload if isinstance(payload, str) else ""
    charset = (part.get_content_charset() or "utf-8").lower()
    charset = _CHARSET_ALIASES.get(charset, charset)
    try:
        return data.decode(charset, errors="replace")
    except LookupError:
        defects.append(f"UnknownCharset:{charset}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


class _Body:
    """Collects text, HTML, delivery reports and attachments while walking the MIME tree."""

    def __init__(self, defects: list[str]) -> None:
        self.defects = defects
        self.plain: list[str] = []
        self.html_parts: list[str] = []
        self.dsn: list[DsnRecord] = []
        self.reporting_mta: str | None = None
        self.returned_ids: list[str] = []
        self.returned_recipients: list[str] = []
        self.returned_subject: str | None = None
        self.attachments: list[Attachment] = []
        self.feedback_report = False

    @property
    def html_source(self) -> str | None:
        return "\n".join(self.html_parts) if self.html_parts else None

    def best_text(self, html: str | None) -> str:
        """The plain-text parts that hold any text, else the text of `html` (`html_source`)."""
        # (`isspace`, not `strip`, which copies each part to look)
        plain = [p for p in self.plain if p and not p.isspace()]
        if plain:
            return "\n\n".join(plain)
        return html_to_text(html) if html is not None else ""

    def walk(self, part: Message, *, inside_attached: bool, depth: int = 0) -> None:
        if depth > MAX_MIME_DEPTH:
            if "MimeTooDeep" not in self.defects:
                self.defects.append("MimeTooDeep")
            return
        ctype = part.get_content_type()
        if ctype in ("message/delivery-status", "message/global-delivery-status"):
            self._read_dsn(part)
        elif ctype == "message/feedback-report":
            self.feedback_report = True
        elif ctype in _RETURNED_TYPES:
            self._read_returned(part)
        elif part.is_multipart():
            for child in _children(part):
                try:
                    self.walk(child, inside_attached=inside_attached, depth=depth + 1)
                except Exception as exc:  # one damaged part; its siblings are still read
                    self.defects.append(f"UnreadablePart:{type(exc).__name__}")
        elif ctype.partition("/")[0] == "multipart" and not inside_attached:
            self.defects.append("UnreadableMultipart")
            self.plain.append(decode_payload(part, self.defects))
        elif ctype.startswith("text/") and not _is_attachment(part) and not inside_attached:
            text = decode_payload(part, self.defects)
            if ctype == "text/html":
                self.html_parts.append(text)
            elif ctype == "text/plain":
                self.plain.append(text)
            elif ctype == "text/calendar":
                # An invitation's event: no words to read, but the part says what it is.
                self.attachments.append(Attachment(None, ctype, len(text)))
        else:
            self._attachment(part, ctype)

    def _attachment(self, part: Message, ctype: str) -> None:
        try:
            data = part.get_payload(decode=True)
        except Exception:
            data = None
        size = len(data) if isinstance(data, bytes) else 0
        filename: str | None
        try:
            filename = part.get_filename()
        except Exception:
            filename = None
        if filename:
            filename = _decode_header_value(filename, self.defects)
        self.attachments.append(Attachment(filename, ctype, size))

    def _read_returned(self, part: Message) -> None:
        """The original message (or its headers) that a bounce sends back."""
        inner = _attached_message(part, self.defects)
        if inner is None:
            return
        for value in inner.get_all("message-id") or []:
            self.returned_ids.extend(
                mid for mid in _msgids(str(value)) if mid not in self.returned_ids
            )
        self.returned_recipients.extend(_addresses([str(v) for v in (inner.get_all("to") or [])]))
        if self.returned_subject is None and inner.get("subject") is not None:
            self.returned_subject = _decode_header_value(str(inner["subject"]), self.defects)

    def _read_dsn(self, part: Message) -> None:
        blocks = list(_dsn_blocks(part, self.defects))
        if not blocks:
            return
        per_message, recipients = blocks[0], blocks[1:]
        if "reporting-mta" in per_message:
            self.reporting_mta = _after_type(per_message["reporting-mta"])
        if not recipients and ("action" in per_message or "final-recipient" in per_message):
            recipients = [per_message]
        for block in recipients:
            self.dsn.append(
                DsnRecord(
                    final_recipient=_addr_field(block.get("final-recipient")),
                    original_recipient=_addr_field(block.get("original-recipient")),
                    action=(block.get("action") or "").strip().lower() or None,
                    status=_status(block.get("status")),
                    diagnostic_code=_after_type(block.get("diagnostic-code")),
                    remote_mta=_after_type(block.get("remote-mta")),
                )
            )


def _children(part: Message) -> Iterator[Message]:
    payload = part.get_payload()
    if isinstance(payload, list):
        yield from (p for p in payload if isinstance(p, Message))


def _is_attachment(part: Message) -> bool:
    disposition = (part.get("content-disposition") or "").lower()
    return disposition.strip().startswith("attachment")


def _attached_message(part: Message, defects: list[str]) -> Message | None:
    payload = part.get_payload()
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        return payload[0]
    text = decode_payload(part, defects)
    if not text.strip():
        return None
    return HeaderParser(IndexedMessage, policy=policy.compat32).parsestr(text.lstrip())


def _dsn_blocks(part: Message, defects: list[str]) -> Iterator[dict[str, str]]:
    """The field groups of a delivery-status part, keys lower-cased, folded lines joined."""
    payload = part.get_payload()
    if isinstance(payload, list) and payload:
        for sub in payload:
            if isinstance(sub, Message):
                yield {k.lower(): " ".join(str(v).split()) for k, v in sub.items()}
        return
    text = decode_payload(part, defects)
    for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        block: dict[str, str] = {}
        key = ""
        for line in chunk.split("\n"):
            if line[:1] in (" ", "\t") and key:
                block[key] += " " + line.strip()
            elif ":" in line:
                key, _, value = line.partition(":")
                key = key.strip().lower()
                block[key] = value.strip()
        if block:
            yield block


def _after_type(value: str | None) -> str | None:
    """`rfc822; user@example.nl` -> `user@example.nl` (the address-type prefix dropped)."""
    if not value:
        return None
    kind, sep, rest = value.partition(";")
    result = rest if sep and " " not in kind.strip() else value
    return result.strip() or None


def _addr_field(value: str | None) -> str | None:
    addr = _after_type(value)
    if addr is None:
        return None
    return addr.strip("<> ").lower() or None


def _status(value: str | None) -> str | None:
    if not value:
        return None
    found = re.search(r"\b[245]\.\d{1,3}\.\d{1,3}\b", value)
    return found.group(0) if found else value.strip() or None
