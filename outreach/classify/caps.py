"""Bounded work per message: what the standard library's parser is allowed to see.

`email` has no limits of its own. A `From:` of 50,000 encoded words costs seconds and gigabytes
in `policy.default`; a few hundred nested comment parentheses exhaust the recursion in
`parseaddr`; a message nested a thousand multiparts deep does the same in any tree walk. So the
raw bytes are trimmed *before* parsing: the header block, each header field, the encoded words
and comment nesting in a field, the body's size and its MIME parts. The stored raw message is
never touched; only the analysed copy is, and what was cut is named so the message can go to a
person.

Every function here is linear in its input and never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_HEADER_BYTES = 256 * 1024  # the whole header block
MAX_HEADER_FIELDS = 500
MAX_FIELD_BYTES = 16 * 1024  # one header field, folded lines included
MAX_ENCODED_WORDS = 64  # RFC 2047 words in one field
MAX_COMMENT_DEPTH = 8  # nested (comments) in one field
MAX_BODY_BYTES = 12 * 1024 * 1024
MAX_MULTIPARTS = 32  # boundary declarations: bounds both MIME depth and nested messages
MAX_MIME_DEPTH = 16  # levels a tree walk descends
MAX_BOUNDARY_LINES = 200  # lines that open or close a MIME part

_ENCODED_WORD = re.compile(rb"=\?[^?\s]{0,80}\?[bBqQ]\?[^?\s]*\?=")
_ENCODED_WORD_TEXT = re.compile(r"=\?[^?\s]{0,80}\?[bBqQ]\?[^?\s]*\?=")
_BOUNDARY_PARAM = re.compile(rb"boundary\s*=", re.IGNORECASE)
_BOUNDARY_LINE = re.compile(rb"^--", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Capped:
    """The bytes to analyse, and the caps that cut something (empty when nothing was cut)."""

    raw: bytes
    over: tuple[str, ...] = field(default=())


def split_head(raw: bytes) -> tuple[bytes, bytes]:
    """The header block (with the line end of its last field) and everything after it."""
    if raw.startswith((b"\r\n", b"\n")):
        return b"", raw
    ends = [
        pos + keep for pos, keep in ((raw.find(b"\r\n\r\n"), 2), (raw.find(b"\n\n"), 1)) if pos >= 0
    ]
    if not ends:
        return raw, b""
    cut = min(ends)
    return raw[:cut], raw[cut:]


def cap_message(raw: bytes) -> Capped:
    """`raw` trimmed to the caps: header block, each field, body size and MIME parts."""
    head, body = split_head(raw)
    head, over = cap_header_block(head)
    cut: list[str] = list(over)
    if len(body) > MAX_BODY_BYTES:
        body = body[:MAX_BODY_BYTES]
        cut.append("body size")
    body, mime_over = _cap_mime(head, body)
    cut.extend(mime_over)
    return Capped(head + body, tuple(cut))


def cap_header_block(head: bytes) -> tuple[bytes, tuple[str, ...]]:
    """The header block with at most the capped number of fields, each within the caps."""
    over: list[str] = []
    if len(head) > MAX_HEADER_BYTES:
        head = head[:MAX_HEADER_BYTES]
        over.append("header size")
    fields = _fields(head)
    if len(fields) > MAX_HEADER_FIELDS:
        fields = fields[:MAX_HEADER_FIELDS]
        over.append("header count")
    kept: list[bytes] = []
    for raw_field in fields:
        capped, field_over = cap_field(raw_field)
        kept.append(capped)
        over.extend(name for name in field_over if name not in over)
    return b"".join(kept), tuple(over)


def cap_field(raw_field: bytes) -> tuple[bytes, tuple[str, ...]]:
    """One header field (name, value, folded lines) within the field caps."""
    over: list[str] = []
    ending = b"\r\n" if raw_field.endswith(b"\r\n") else b"\n" if raw_field.endswith(b"\n") else b""
    value = raw_field[: len(raw_field) - len(ending)] if ending else raw_field
    if len(value) > MAX_FIELD_BYTES:
        value = value[:MAX_FIELD_BYTES]
        over.append("header field size")
    for words, found in enumerate(_ENCODED_WORD.finditer(value), start=1):
        if words > MAX_ENCODED_WORDS:
            value = value[: found.start()]
            over.append("encoded words")
            break
    flattened = _flatten_comments(value)
    if flattened is not value:
        over.append("comment nesting")
    # A field cut inside a folded line could end in a bare CR; the parser wants whole lines.
    return flattened.rstrip(b"\r") + ending, tuple(over)


def cap_text(value: str) -> str:
    """A decoded-later header value (a part's filename, a returned subject) within the caps."""
    value = value[:MAX_FIELD_BYTES]
    for number, found in enumerate(_ENCODED_WORD_TEXT.finditer(value), start=1):
        if number > MAX_ENCODED_WORDS:
            return value[: found.start()]
    return value


def _fields(head: bytes) -> list[bytes]:
    """The header block split into fields; a continuation line stays with its field."""
    lines = head.splitlines(keepends=True)
    fields: list[bytes] = []
    current: list[bytes] = []
    for line in lines:
        if line[:1] in (b" ", b"\t") and current:
            current.append(line)
            continue
        if current:
            fields.append(b"".join(current))
        current = [line]
    if current:
        fields.append(b"".join(current))
    return fields


def _flatten_comments(value: bytes) -> bytes:
    """Parentheses nested deeper than the cap turned into spaces (the same object if none)."""
    if value.count(b"(") <= MAX_COMMENT_DEPTH:
        return value
    out = bytearray()
    depth = 0
    changed = False
    escaped = False
    for byte in value:
        if escaped:
            escaped = False
        elif byte == 0x5C:  # backslash quotes the next character inside a comment
            escaped = True
        elif byte == 0x28:  # (
            depth += 1
            if depth > MAX_COMMENT_DEPTH:
                out.append(0x20)
                changed = True
                continue
        elif byte == 0x29 and depth > 0:  # )
            depth -= 1
            if depth >= MAX_COMMENT_DEPTH:
                out.append(0x20)
                changed = True
                continue
        out.append(byte)
    return bytes(out) if changed else value


def _cap_mime(head: bytes, body: bytes) -> tuple[bytes, tuple[str, ...]]:
    """The body cut before the multipart declaration or part line over the caps."""
    over: list[str] = []
    declared = len(_BOUNDARY_PARAM.findall(head))
    if declared == 0 or b"--" not in body:
        return body, ()
    end = len(body)
    for number, found in enumerate(_BOUNDARY_PARAM.finditer(body), start=declared + 1):
        if number > MAX_MULTIPARTS:
            end = _line_start(body, found.start())
            over.append("MIME depth")
            break
    for number, found in enumerate(_BOUNDARY_LINE.finditer(body, 0, end), start=1):
        if number > MAX_BOUNDARY_LINES:
            end = found.start()
            over.append("MIME parts")
            break
    return body[:end], tuple(over)


def _line_start(data: bytes, pos: int) -> int:
    # Cut where the part's header block starts would be nicer; the line is close enough and
    # never splits a field in two.
    return data.rfind(b"\n", 0, pos) + 1
