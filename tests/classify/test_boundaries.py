"""MIME boundaries renamed for the parser: the same tree, the headers as the sender wrote them."""

from __future__ import annotations

from email.utils import getaddresses

import pytest

from outreach.classify import caps
from outreach.classify.message import parse_message, read_addresses

NESTED = (
    b"From: a@ede.nl\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="outer-7f3a"\r\n\r\n'
    b"--outer-7f3a\r\n"
    b"Content-Type: multipart/alternative; boundary=inner_91\r\n\r\n"
    b"--inner_91\r\nContent-Type: text/plain\r\n\r\nDe motie is ingediend.\r\n"
    b"--inner_91\r\nContent-Type: text/html\r\n\r\n<p>De motie is ingediend.</p>\r\n"
    b"--inner_91--\r\n"
    b"--outer-7f3a\r\nContent-Type: application/pdf\r\n"
    b'Content-Disposition: attachment; filename="motie.pdf"\r\n\r\nJVBERi0=\r\n'
    b"--outer-7f3a--  \r\n"
)


def test_boundaries_get_fixed_names_and_the_tree_stays_the_same() -> None:
    renamed, back = caps.canonical_boundaries(NESTED)
    assert b"outer-7f3a" not in renamed
    assert b"inner_91" not in renamed
    assert b'boundary="OutreachPart0Boundary"' in renamed
    assert b"boundary=OutreachPart1Boundary\r\n" in renamed  # unquoted stays unquoted
    assert dict(back) == {
        "OutreachPart0Boundary": "outer-7f3a",
        "OutreachPart1Boundary": "inner_91",
    }
    parsed = parse_message(NESTED)
    assert parsed.text.strip() == "De motie is ingediend."
    assert [a.filename for a in parsed.attachments] == ["motie.pdf"]
    assert 'boundary="outer-7f3a"' in (parsed.header("content-type") or "")


@pytest.mark.parametrize(
    "raw",
    [
        b"From: a@b.nl\r\nContent-Type: text/plain\r\n\r\nboundary=&quot;x&quot;\r\n--x\r\n",
        b'From: a@b.nl\r\nContent-Type: multipart/mixed; boundary="open\r\n\r\n--open\r\n',
        b"From: a@b.nl\r\nSubject: OutreachPart0Boundary\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n\r\nx\r\n--b--\r\n',
        b"From: a@b.nl\r\nSubject: s\r\n\r\nplain\r\n",
    ],
)
def test_anything_unusual_is_left_as_it_was(raw: bytes) -> None:
    assert caps.canonical_boundaries(raw) == (raw, ())


@pytest.mark.parametrize(
    "raw",
    [
        NESTED,
        # The header block ends in `boundary`; its `=` and name are past the blank line.
        b"From: a@b.nl\r\nX-Note: boundary\r\n\r\n= inner\r\n--inner\r\nx\r\n",
        b"From: a@b.nl\r\nX-Note: boundary \r\n\r\n =inner\r\n--inner\r\nx\r\n",
        # Declared in mixed case, beside a part that mentions a boundary plainly.
        b'Content-Type: multipart/mixed; BoUnDaRy="mx"\r\n\r\n--mx\r\n\r\nboundary=x\r\n--mx--\r\n',
        b'Content-Type: multipart/mixed; boundary="a"\r\n\r\n--a\r\n'
        b"Content-Type: multipart/alternative; BoUNDArY=b\r\n\r\n"
        b"--b\r\n\r\nx\r\n--b--\r\n--a--\r\n",
    ],
)
def test_the_capped_message_renames_as_the_whole_message_is_renamed(raw: bytes) -> None:
    # The caps find the declarations of the header block and body apart; the renaming
    # must be the one a search of the whole message gives.
    renamed, back = caps.canonical_boundaries(raw)
    assert caps.cap_message(raw) == caps.Capped(renamed, (), back)


ADDRESS_VALUES = [
    "Jan de Vries <jan@ede.nl>",
    "jan@ede.nl, Piet  Jansen <piet@ede.nl>",
    '"Smit, J." <j@ede.nl>',
    "griffie@ede.nl (Griffie)",
    "Raad: a@ede.nl, b@ede.nl;",
    "J. de Vries <j@ede.nl>",
    "<j@ede.nl>",
    "Ann<ann@ede.nl>",
    "niet een adres",
]


@pytest.mark.parametrize("value", ADDRESS_VALUES)
def test_addresses_read_as_the_standard_library_reads_them(value: str) -> None:
    expected = [pair for pair in getaddresses([value]) if pair != ("", "")]
    assert read_addresses([value]) == expected
