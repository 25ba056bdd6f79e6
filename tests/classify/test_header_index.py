"""The indexed Message answers header questions as the standard library's Message does."""

from __future__ import annotations

from email import policy
from email.message import Message
from email.parser import BytesParser

from outreach.classify.header_index import IndexedMessage

_RAW = (
    b"Received: from a (a [10.0.0.1])\r\n"
    b"Received: from b\r\n"
    b"From: Griffie <griffie@example.nl>\r\n"
    b"Subject: =?utf-8?q?Motie_kinderpardon?=\r\n"
    b"X-Raw: caf\xc3\xa9\r\n"
    b'Content-Type: multipart/mixed; boundary="b1"\r\n'
    b"\r\n"
    b"--b1\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"\r\n"
    b"Hallo\r\n"
    b"--b1--\r\n"
)


def _both() -> tuple[Message, Message]:
    plain = BytesParser(policy=policy.compat32).parsebytes(_RAW)
    indexed = BytesParser(IndexedMessage, policy=policy.compat32).parsebytes(_RAW)
    return plain, indexed


def test_lookups_match_the_standard_message() -> None:
    plain, indexed = _both()
    assert isinstance(indexed, IndexedMessage)
    for name in ("received", "RECEIVED", "from", "subject", "x-raw", "content-type", "cc"):
        assert str(indexed.get(name)) == str(plain.get(name))
        assert [str(v) for v in indexed.get_all(name, [])] == [
            str(v) for v in plain.get_all(name, [])
        ]
        assert (name in indexed) == (name in plain)
    assert indexed.get_all("cc") is None
    assert indexed.get("cc", "none") == "none"
    assert indexed.get_content_type() == plain.get_content_type() == "multipart/mixed"
    parts = indexed.get_payload()
    assert isinstance(parts, list)
    part = parts[0]
    assert isinstance(part, IndexedMessage)
    assert part.get_content_charset() == "utf-8"


def test_changed_headers_are_seen() -> None:
    _, indexed = _both()
    assert indexed.get_content_type() == "multipart/mixed"
    indexed.replace_header("Content-Type", "text/plain")
    assert indexed.get_content_type() == "text/plain"
    del indexed["subject"]
    assert indexed.get("subject") is None
    indexed["Subject"] = "Nieuw"
    assert indexed.get_all("subject") == ["Nieuw"]
    indexed.set_type("text/html")
    assert indexed.get_content_type() == "text/html"
    del indexed["content-type"]
    assert indexed.get_content_type() == "text/plain"
    indexed.set_default_type("message/rfc822")
    assert indexed.get_content_type() == "message/rfc822"


def test_charsets_match_the_standard_message() -> None:
    values = [
        "text/plain; charset=UTF-8",
        'text/plain; charset="iso-8859-1"; format=flowed',
        "text/plain; charset*=utf-8''windows-1252",
        "text/plain; charset*=bogus''utf-8",
        "text/plain; charset=caf\u00e9",
        "text/plain",
        "text/html; charset=",
    ]
    for value in values:
        plain, indexed = Message(), IndexedMessage()
        for message in (plain, indexed):
            message["Content-Type"] = value
        for failobj in (None, "fallback"):
            assert indexed.get_content_charset(failobj) == plain.get_content_charset(failobj)
    # Undeclared 8-bit bytes (read as a `Header`) and no Content-Type at all.
    raw = b"Content-Type: text/plain; charset=caf\xc3\xa9\r\n\r\nx\r\n"
    for data in (raw, b"Subject: s\r\n\r\nx\r\n"):
        plain = BytesParser(policy=policy.compat32).parsebytes(data)
        indexed = BytesParser(IndexedMessage, policy=policy.compat32).parsebytes(data)
        assert indexed.get_content_charset("x") == plain.get_content_charset("x")
