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
from collections.abc import Iterator
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
# The names the parser sees instead of the MIME boundaries: a MIME token, and never in a
# message we rename.
RENAMED_STEM = "OutreachPart"
_RENAMED_STEM_BYTES = RENAMED_STEM.encode()
_RENAMED = b"OutreachPart%dBoundary"


@dataclass(frozen=True, slots=True)
class Capped:
    """The bytes to analyse, and the caps that cut something (empty when nothing was cut)."""

    raw: bytes
    over: tuple[str, ...] = field(default=())
    # The MIME boundaries renamed for the parser (see `canonical_boundaries`): new -> as written.
    renamed: tuple[tuple[str, str], ...] = field(default=())


def split_head(raw: bytes) -> tuple[bytes, bytes]:
    """The header block (with the line end of its last field) and everything after it."""
    if raw.startswith((b"\r\n", b"\n")):
        return b"", raw
    # The earlier of the two blank lines. One past the first of the other kind cannot be
    # earlier, so it is only looked for before it; the kind the first line ends with is
    # looked for first, and the message is not scanned to its end for the other kind.
    first = raw.find(b"\n")
    if first > 0 and raw[first - 1] == 0x0D:  # \r
        crlf = raw.find(b"\r\n\r\n")
        lf = raw.find(b"\n\n", 0, len(raw) if crlf < 0 else crlf + 3)
    else:
        lf = raw.find(b"\n\n")
        crlf = raw.find(b"\r\n\r\n", 0, len(raw) if lf < 0 else lf + 2)
    ends = [pos + keep for pos, keep in ((crlf, 2), (lf, 1)) if pos >= 0]
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
    # Each part is searched once, as the search of the whole message sees it: the whole
    # is looked at when either part mentions a boundary. The MIME caps count only the
    # declarations of a part that mentions one itself (see `_declarations`).
    head_says, body_says = _mentions_boundary(head), _mentions_boundary(body)
    in_head = _declarations(head, looked=True) if head_says or body_says else []
    in_body = _declarations(body, looked=True) if head_says or body_says else []
    capped_body, mime_over = _cap_mime(
        body, len(in_head) if head_says else 0, in_body if body_says else []
    )
    cut.extend(mime_over)
    # The declarations of the two parts are those of the whole, unless the body was cut
    # (a cut can end inside one) or the header block ends in a `boundary` whose `=` only
    # the body holds: then the whole is searched again.
    whole = capped_body is body and not head.rstrip().lower().endswith(b"boundary")
    found = in_head + [len(head) + at for at in in_body] if whole else None
    renamed, names = canonical_boundaries(head + capped_body, found)
    return Capped(renamed, tuple(cut), names)


def cap_header_block(head: bytes) -> tuple[bytes, tuple[str, ...]]:
    """The header block with at most the capped number of fields, each within the caps."""
    if _within_caps(head):
        return head, ()
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


_NOT_PARENTHESIS_OR_BREAK = bytes(b for b in range(256) if b not in b"(\n")
_TOO_MANY_PARENTHESES = b"(" * (MAX_COMMENT_DEPTH + 1)


def _within_caps(head: bytes) -> bool:
    """Whether no cap can cut anything in `head` (most messages), found without a Python loop
    over its fields: the whole block is as small as one field may be, holds no more encoded
    words than one field may, has no bare CR, and no field nests enough comments to flatten.
    """
    if (
        len(head) > MAX_FIELD_BYTES
        or head.count(b"\n") >= MAX_HEADER_FIELDS
        or head.count(b"=?") > MAX_ENCODED_WORDS
        or (b"\r" in head and head.count(b"\r") != head.count(b"\r\n"))
    ):
        return False
    if head.count(b"(") <= MAX_COMMENT_DEPTH:
        return True
    # Each field on one line (a folded line's break made a blank, which is no line start and
    # no parenthesis), then only the parentheses and line breaks kept: a field with more
    # than the cap shows as that many parentheses in a row.
    unfolded = head.replace(b"\n ", b"  ").replace(b"\n\t", b"\t\t")
    return _TOO_MANY_PARENTHESES not in unfolded.translate(None, _NOT_PARENTHESIS_OR_BREAK)


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


def _cap_mime(body: bytes, declared: int, in_body: list[int]) -> tuple[bytes, tuple[str, ...]]:
    """The body cut before the multipart declaration or part line over the caps.

    `declared` counts the declarations in the header block; `in_body` is where the body's own
    start. The body itself is returned (not a copy) when nothing is cut.
    """
    over: list[str] = []
    if declared == 0 or b"--" not in body:
        return body, ()
    end = len(body)
    for number, at in enumerate(in_body, start=declared + 1):
        if number > MAX_MULTIPARTS:
            end = _line_start(body, at)
            over.append("MIME depth")
            break
    # Counted in C first: most messages are far under the cap, and walking every `--` line
    # (signatures, rules, delimiters) in Python is what the count saves.
    dash_lines = body.count(b"\n--", 0, end) + (end >= 2 and body.startswith(b"--"))
    if dash_lines > MAX_BOUNDARY_LINES:
        for number, at in enumerate(_dash_lines(body, end), start=1):
            if number > MAX_BOUNDARY_LINES:
                end = at
                over.append("MIME parts")
                break
    return (body[:end], tuple(over)) if over else (body, ())


# The scans below use bytes.find, not regular expressions: a case-insensitive or `^` pattern
# has no literal to jump to and walks every byte in Python's engine, ten times slower over
# the base64 of an attachment.
_SPACE = frozenset(b" \t\n\r\f\v")
_TOKEN_END = frozenset(b" \t\n\r\f\v;")


def _mentions_boundary(data: bytes) -> bool:
    return b"oundary" in data or b"OUNDARY" in data


def _declarations(data: bytes, *, looked: bool = False) -> list[int]:
    """Where `boundary` (any case) followed by optional blanks and `=` starts in `data`.

    Data that does not mention a boundary in lower or upper case is not lower-cased to
    search it (most bodies), so a declaration written in mixed case counts only beside
    one that is not. `looked`: the caller has looked for a mention already, in data that
    holds this.
    """
    if not looked and not _mentions_boundary(data):
        return []
    low = data.lower()
    found: list[int] = []
    at = low.find(b"boundary")
    while at >= 0:
        after = at + 8
        while after < len(low) and low[after] in _SPACE:
            after += 1
        if after < len(low) and low[after] == 0x3D:  # =
            found.append(at)
        at = low.find(b"boundary", at + 8)
    return found


def _dash_lines(data: bytes, end: int | None = None) -> Iterator[int]:
    """The start of every line (before `end`) that begins with `--`."""
    stop = len(data) if end is None else end
    if data.startswith(b"--") and stop >= 2:
        yield 0
    at = data.find(b"\n--", 0, stop)
    while at >= 0:
        yield at + 1
        at = data.find(b"\n--", at + 1, stop)


def _declared_name(data: bytes, at: int) -> tuple[int, int, bool] | None:
    """The boundary declared at `at`: (start, end) of its name and whether it was quoted.

    None when it cannot be read plainly (no value, an unclosed quote, HTML-escaped quotes).
    """
    pos = data.index(b"=", at) + 1
    while pos < len(data) and data[pos] in _SPACE:
        pos += 1
    if data[pos : pos + 1] == b'"':
        close = data.find(b'"', pos + 1, pos + 202)
        if close <= pos + 1 or b"\n" in data[pos + 1 : close] or b"\r" in data[pos + 1 : close]:
            return None
        return pos + 1, close, True
    stop = pos
    while stop < len(data) and stop - pos <= 200 and data[stop] not in _TOKEN_END:
        if data[stop] in b'"&':
            return None
        stop += 1
    if stop == pos or stop - pos > 200:
        return None
    return pos, stop, False


def canonical_boundaries(
    raw: bytes, declarations: list[int] | None = None
) -> tuple[bytes, tuple[tuple[str, str], ...]]:
    """`raw` with its MIME boundaries renamed `OutreachPart0Boundary`, ... (same structure).

    The standard library compiles one regular expression per boundary it meets, and a
    boundary is unique per message, so every multipart message costs a fresh compile (a
    quarter of all parsing). With the same few names in every message the compiled
    expressions are reused. Declarations and delimiter lines are renamed together, so the
    tree the parser builds is the same; when anything is unusual (a declaration that cannot
    be read, a name already in use) `raw` is returned as it was. Also returns each new name
    with the one it replaces, so that headers can be shown as they were written.
    `declarations` are those of `raw` when the caller has found them already.
    """
    if b"--" not in raw:
        return raw, ()
    found = _declarations(raw) if declarations is None else declarations
    if not found or _RENAMED_STEM_BYTES in raw:
        return raw, ()
    spans = [_declared_name(raw, at) for at in found]
    names: dict[bytes, bytes] = {}
    out: list[bytes] = []
    last = 0
    for span in spans:
        if span is None:
            return raw, ()
        start, end, _ = span
        name = raw[start:end]
        new = names.setdefault(name, _RENAMED % len(names))
        out += [raw[last:start], new]
        last = end
    out.append(raw[last:])
    back = tuple((new.decode("ascii"), old.decode("latin-1")) for old, new in names.items())
    return _rename_delimiters(b"".join(out), names), back


def _rename_delimiters(raw: bytes, names: dict[bytes, bytes]) -> bytes:
    """Each line `--name` or `--name--` (trailing blanks allowed) with its new name."""
    out: list[bytes] = []
    at = 0
    for start in _dash_lines(raw):
        end = raw.find(b"\n", start)
        end = len(raw) if end < 0 else end
        core = raw[start + 2 : end].rstrip(b"\r").rstrip(b" \t")
        new = names.get(core)
        tail = b""
        if new is None and core.endswith(b"--"):
            new, tail = names.get(core[:-2]), b"--"
        if new is None:
            continue
        out += [raw[at : start + 2], new, tail]
        at = start + 2 + len(core)
    if not out:
        return raw
    out.append(raw[at:])
    return b"".join(out)


def _line_start(data: bytes, pos: int) -> int:
    # Cut where the part's header block starts would be nicer; the line is close enough and
    # never splits a field in two.
    return data.rfind(b"\n", 0, pos) + 1
