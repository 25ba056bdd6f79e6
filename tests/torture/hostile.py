"""A seeded generator of malformed and hostile messages, one function per kind.

Each kind is something mail in the wild (or an attacker who read the campaign's public letter)
can send: broken structure, parser bombs, forged origin. `hostile_messages(n, seed)` gives `n`
messages cycling through every kind; each carries a serial number, so two messages are equal
only where a kind makes an exact copy on purpose (`exact-copy`).
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable, Iterator

Maker = Callable[[int, random.Random], bytes]

_FROM = b"From: Griffie <griffie@utrecht.nl>\r\n"
_TO = b"To: kinderpardonnu@gmail.com\r\n"


def _head(serial: int, *extra: bytes, subject: bytes | None = None) -> bytes:
    lines = [
        _FROM,
        _TO,
        b"Subject: " + (subject or b"Re: Kinderpardon %d" % serial) + b"\r\n",
        b"Date: Mon, 2 Mar 2026 10:15:00 +0100\r\n",
        b"Message-ID: <hostile.%d@example.net>\r\n" % serial,
        *extra,
    ]
    return b"".join(lines)


def _mail(serial: int, *extra: bytes, body: bytes = b"", subject: bytes | None = None) -> bytes:
    text = body or b"Dank voor uw brief (%d).\r\n" % serial
    return _head(serial, *extra, subject=subject) + b"\r\n" + text


def nested_parens_from(serial: int, rng: random.Random) -> bytes:
    depth = rng.randint(300, 2000)
    value = b"(" * depth + b"x" + b")" * depth
    return _mail(serial).replace(_FROM, b"From: " + value + b" <a%d@b.nl>\r\n" % serial)


def nul_in_charset(serial: int, rng: random.Random) -> bytes:
    return _mail(serial, subject=b"=?utf-8\x00?q?motie_aangenomen?= %d" % serial)


def eight_bit_in_charset(serial: int, rng: random.Random) -> bytes:
    return _mail(serial, subject=b"=?utf\x80-8?q?motie?= =?\xff\xfe?b?AAAA?= %d" % serial)


def encoded_word_flood(serial: int, rng: random.Random) -> bytes:
    words = b" ".join([b"=?utf-8?q?Gemeente?="] * rng.randint(2000, 6000))
    return _mail(serial).replace(_FROM, b"From: " + words + b" <x%d@y.nl>\r\n" % serial)


def encoded_word_giant(serial: int, rng: random.Random) -> bytes:
    # The 1.5 MB From of 50,000 encoded words that once took 26 s and 11 GB.
    words = b" ".join([b"=?utf-8?q?a?="] * 50_000)
    return _mail(serial).replace(_FROM, b"From: " + words + b" <x%d@y.nl>\r\n" % serial)


def bad_base64_word(serial: int, rng: random.Random) -> bytes:
    return _mail(serial, subject=b"=?utf-8?b?!!!not*base64===?= =?utf-8?q?=ZZ=?= %d" % serial)


def header_flood(serial: int, rng: random.Random) -> bytes:
    extra = [b"X-Flood-%d: value %d\r\n" % (n, serial) for n in range(rng.randint(600, 3000))]
    return _mail(serial, *extra)


def long_header_line(serial: int, rng: random.Random) -> bytes:
    return _mail(serial, b"X-Long: " + b"A" * rng.randint(20_000, 300_000) + b"\r\n")


def no_colon_lines(serial: int, rng: random.Random) -> bytes:
    return _head(serial, b"this line has no colon\r\n", b": empty name\r\n") + b"\r\nbody\r\n"


def binary_garbage(serial: int, rng: random.Random) -> bytes:
    return bytes(rng.getrandbits(8) for _ in range(rng.randint(20, 600))) + b" %d" % serial


def headers_only(serial: int, rng: random.Random) -> bytes:
    return _head(serial)  # no blank line, no body


def deep_mime(serial: int, rng: random.Random) -> bytes:
    depth = rng.randint(60, 400)
    head = _head(
        serial, b"MIME-Version: 1.0\r\n", b'Content-Type: multipart/mixed; boundary="b0"\r\n'
    )
    body = b""
    for level in range(1, depth):
        body += b'--b%d\r\nContent-Type: multipart/mixed; boundary="b%d"\r\n\r\n' % (
            level - 1,
            level,
        )
    body += b"--b%d\r\nContent-Type: text/plain\r\n\r\ndiep %d\r\n" % (depth - 1, serial)
    for level in reversed(range(depth)):
        body += b"--b%d--\r\n" % level
    return head + b"\r\n" + body


def many_parts(serial: int, rng: random.Random) -> bytes:
    head = _head(
        serial, b"MIME-Version: 1.0\r\n", b'Content-Type: multipart/mixed; boundary="p"\r\n'
    )
    part = b"--p\r\nContent-Type: text/plain\r\n\r\nstukje\r\n"
    return head + b"\r\n" + part * rng.randint(500, 3000) + b"--p--\r\n%d\r\n" % serial


def broken_boundary(serial: int, rng: random.Random) -> bytes:
    head = _head(
        serial, b"MIME-Version: 1.0\r\n", b'Content-Type: multipart/mixed; boundary="never"\r\n'
    )
    return (
        head + b"\r\n--other\r\nContent-Type: text/plain\r\n\r\ntekst %d\r\n--other--\r\n" % serial
    )


def unknown_body_charset(serial: int, rng: random.Random) -> bytes:
    return _mail(
        serial,
        b"MIME-Version: 1.0\r\n",
        b'Content-Type: text/plain; charset="x-\x80\x00bogus"\r\n',
        body=b"de motie is aangenomen \xe9\xff %d\r\n" % serial,
    )


def bad_base64_body(serial: int, rng: random.Random) -> bytes:
    return _mail(
        serial,
        b"MIME-Version: 1.0\r\n",
        b"Content-Type: text/plain; charset=utf-8\r\n",
        b"Content-Transfer-Encoding: base64\r\n",
        body=b"!!!@@@###%d===\r\nnot base64 at all\r\n" % serial,
    )


def bad_dates(serial: int, rng: random.Random) -> bytes:
    date = rng.choice([b"Mon, 2 Mar 99999 10:15:00 +0100", b"32 Foo 2026 99:99:99 +9999", b"\x00"])
    return _mail(serial).replace(b"Date: Mon, 2 Mar 2026 10:15:00 +0100", b"Date: " + date)


def raw_eight_bit_headers(serial: int, rng: random.Random) -> bytes:
    return _mail(serial, subject=b"caf\xe9 \xc3\x28 \xff\xfe %d" % serial).replace(
        _FROM, b"From: Gr\xefffie \xe9\xe9 <g%d@ede.nl>\r\n" % serial
    )


def reused_message_id(serial: int, rng: random.Random) -> bytes:
    # Every message of this kind claims the same Message-ID with other content.
    return _mail(serial).replace(
        b"Message-ID: <hostile.%d@example.net>" % serial, b"Message-ID: <taken@example.net>"
    )


def own_letter_message_id(serial: int, rng: random.Random) -> bytes:
    mid = b"<kinderpardon-2026.letter.gm0344.0123456789@kinderpardon.example>"
    return _mail(serial).replace(b"<hostile.%d@example.net>" % serial, mid)


def forged_dsn(serial: int, rng: random.Random) -> bytes:
    head = _head(
        serial,
        b"MIME-Version: 1.0\r\n",
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="r"\r\n',
    ).replace(_FROM, b"From: Mail Delivery System <MAILER-DAEMON@evil.example>\r\n")
    body = (
        b"--r\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n"
        b"--r\r\nContent-Type: message/delivery-status\r\n\r\n"
        b"Reporting-MTA: dns; evil.example\r\n\r\n"
        b"Final-Recipient: rfc822; info@enschede.nl\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        b"Diagnostic-Code: smtp; 550 5.1.1 no such user %d\r\n--r--\r\n" % serial
    )
    return head + b"\r\n" + body


def broken_dsn(serial: int, rng: random.Random) -> bytes:
    head = _head(
        serial,
        b"MIME-Version: 1.0\r\n",
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="r"\r\n',
    )
    body = (
        b"--r\r\nContent-Type: message/delivery-status\r\n\r\n"
        b"Final-Recipient: \x00\x80((((\r\nAction\r\nStatus: x.y.z\r\n"
        b"--r\r\nContent-Type: message/rfc822\r\n\r\nFrom: ((((((((((\r\n"
        b"Message-ID: <%d@" % serial + b"\r\n--r--\r\n"
    )
    return head + b"\r\n" + body


def forged_authentication_results(serial: int, rng: random.Random) -> bytes:
    return _mail(
        serial,
        b"Authentication-Results: mx.google.com; dkim=pass header.d=utrecht.nl; "
        b"spf=pass smtp.mailfrom=utrecht.nl; dmarc=pass header.from=utrecht.nl\r\n",
        body=b"De gemeenteraad heeft de motie aangenomen. %d\r\n" % serial,
    )


def markup_and_controls(serial: int, rng: random.Random) -> bytes:
    return _mail(
        serial,
        subject=b"Rotterdam[/] [link=http://evil.example]klik[/link] \x0b\x0c\x1b[31m %d" % serial,
    ).replace(_FROM, b"From: [bold]Rotterdam[/] <r%d@rotterdam.nl>\r\n" % serial)


def nested_rfc822(serial: int, rng: random.Random) -> bytes:
    head = _head(
        serial, b"MIME-Version: 1.0\r\n", b'Content-Type: multipart/mixed; boundary="n"\r\n'
    )
    inner = b"Subject: " + b" ".join([b"=?utf-8?q?x?="] * 3000) + b"\r\nTo: " + b"(" * 900
    body = (
        b"--n\r\nContent-Type: text/plain\r\n\r\nzie bijlage %d\r\n" % serial
        + b"--n\r\nContent-Type: message/rfc822\r\n\r\n"
        + inner
        + b"\r\n\r\ninner body\r\n--n--\r\n"
    )
    return head + b"\r\n" + body


def bare_line_ends(serial: int, rng: random.Random) -> bytes:
    return _mail(serial).replace(b"\r\n", rng.choice([b"\r", b"\n\r", b"\n"]))


def address_flood(serial: int, rng: random.Random) -> bytes:
    to = b", ".join(b"a%d@x.nl" % n for n in range(rng.randint(2000, 8000)))
    return _mail(serial, b"Cc: " + to + b"\r\n")


def bad_attachment_names(serial: int, rng: random.Random) -> bytes:
    head = _head(
        serial, b"MIME-Version: 1.0\r\n", b'Content-Type: multipart/mixed; boundary="a"\r\n'
    )
    name = b"=?utf-8\x00?q?" + b"=FF" * 40 + b"?=" + b" =?x?b?AA?=" * 500
    payload = base64.b64encode(b"\x00" * 300)
    body = (
        b"--a\r\nContent-Type: text/plain\r\n\r\nbijlage %d\r\n" % serial
        + b'--a\r\nContent-Type: application/octet-stream; name="'
        + name
        + b"\"\r\nContent-Disposition: attachment; filename*=utf-8''%FF%FE%00\r\n"
        + b"Content-Transfer-Encoding: base64\r\n\r\n"
        + payload
        + b"\r\n--a--\r\n"
    )
    return head + b"\r\n" + body


def exact_copy(serial: int, rng: random.Random) -> bytes:
    # Every two messages of this kind are the same bytes: stored once, seen twice.
    base = serial // (2 * len(KINDS))
    return _mail(10_000_000 + base, body=b"precies dezelfde inhoud\r\n")


KINDS: dict[str, Maker] = {
    "nested-parens-from": nested_parens_from,
    "nul-in-charset": nul_in_charset,
    "8bit-in-charset": eight_bit_in_charset,
    "encoded-word-flood": encoded_word_flood,
    "bad-base64-word": bad_base64_word,
    "header-flood": header_flood,
    "long-header-line": long_header_line,
    "no-colon-lines": no_colon_lines,
    "binary-garbage": binary_garbage,
    "headers-only": headers_only,
    "deep-mime": deep_mime,
    "many-parts": many_parts,
    "broken-boundary": broken_boundary,
    "unknown-body-charset": unknown_body_charset,
    "bad-base64-body": bad_base64_body,
    "bad-dates": bad_dates,
    "raw-8bit-headers": raw_eight_bit_headers,
    "reused-message-id": reused_message_id,
    "own-letter-message-id": own_letter_message_id,
    "forged-dsn": forged_dsn,
    "broken-dsn": broken_dsn,
    "forged-authentication-results": forged_authentication_results,
    "markup-and-controls": markup_and_controls,
    "nested-rfc822": nested_rfc822,
    "bare-line-ends": bare_line_ends,
    "address-flood": address_flood,
    "bad-attachment-names": bad_attachment_names,
    "exact-copy": exact_copy,
}
# Rare and large: one in `GIANT_EVERY` messages is the 1.5 MB From.
GIANT_EVERY = 500


def hostile_messages(count: int, *, seed: int = 9) -> list[tuple[str, bytes]]:
    """`count` (kind, raw) pairs, every kind in turn, the same for the same seed."""
    return list(iter_hostile(count, seed=seed))


def iter_hostile(count: int, *, seed: int = 9) -> Iterator[tuple[str, bytes]]:
    """The same messages as `hostile_messages`, made one at a time."""
    rng = random.Random(seed)
    makers = list(KINDS.items())
    for serial in range(count):
        if serial % GIANT_EVERY == GIANT_EVERY - 1:
            yield "encoded-word-giant", encoded_word_giant(serial, rng)
            continue
        name, maker = makers[serial % len(makers)]
        yield name, maker(serial, rng)
