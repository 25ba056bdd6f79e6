from __future__ import annotations

from datetime import UTC, datetime

import pytest

from outreach.classify.message import MessageParseError, parse_message
from outreach.errors import OutreachError
from tests.classify.support import build, sample


class TestHeaders:
    """Headers are decoded and exposed as plain values."""

    def test_addresses_and_ids(self) -> None:
        raw = (
            b"From: =?utf-8?q?Gemeente_S=C3=BAdwest?= <Griffie@Voorbeeld.NL>\r\n"
            b"To: a@x.nl, B <b@x.nl>\r\nCc: c@x.nl\r\nDelivered-To: kp+gm0344-abcdef@gmail.com\r\n"
            b"Subject: =?utf-8?q?Re=3A_Pleidooi_=E2=80=93_kinderen?=\r\n"
            b"Date: Mon, 3 Mar 2025 10:12:00 +0100\r\n"
            b"Message-ID: <m1@x.nl>\r\nIn-Reply-To: <a@b>\r\n"
            b"References: <r1@b> <a@b>\r\n\r\nHoi\r\n"
        )
        parsed = parse_message(raw)
        assert parsed.from_address == "griffie@voorbeeld.nl"
        assert parsed.from_name == "Gemeente Súdwest"
        assert parsed.to == ["a@x.nl", "b@x.nl"]
        assert parsed.cc == ["c@x.nl"]
        assert parsed.delivered_to == ["kp+gm0344-abcdef@gmail.com"]
        assert parsed.subject == "Re: Pleidooi – kinderen"
        assert parsed.message_id == "<m1@x.nl>"
        assert parsed.in_reply_to == ["<a@b>"]
        assert parsed.references == ["<r1@b>", "<a@b>"]
        assert parsed.date == datetime(2025, 3, 3, 9, 12, tzinfo=UTC)
        assert parsed.header("subject") == parsed.subject

    def test_raw_utf8_subject_is_read(self) -> None:
        parsed = parse_message("Subject: Afwezig: één dag\r\nFrom: a@b.nl\r\n\r\nx".encode())
        assert parsed.subject == "Afwezig: één dag"


class TestRobustness:
    """Damaged mail still yields what can be read; only non-mail is refused."""

    def test_bad_charset_keeps_text_and_records_defect(self) -> None:
        parsed = sample("bad_charset.eml")
        assert "doorgestuurd aan de fractievoorzitters" in parsed.text
        assert any(d.startswith("UnknownCharset") for d in parsed.defects)
        assert parsed.date is None

    @pytest.mark.parametrize("raw", [b"", b"   \n", b"\x00\x01\x02 binary junk without headers"])
    def test_not_a_mail_raises(self, raw: bytes) -> None:
        with pytest.raises(MessageParseError):
            parse_message(raw)

    def test_error_is_an_outreach_error(self) -> None:
        assert issubclass(MessageParseError, OutreachError)

    def test_wrong_boundary_is_repaired(self) -> None:
        raw = (
            b"From: MAILER-DAEMON@x.nl\r\nSubject: Undelivered Mail\r\nContent-Type: multipart/"
            b'report; report-type=delivery-status; boundary="AAA/x.nl"\r\n\r\n'
            b"--AAA/xx.nl\r\nContent-Type: text/plain\r\n\r\nFailed.\r\n"
            b"--AAA/xx.nl\r\nContent-Type: message/delivery-status\r\n\r\n"
            b"Reporting-MTA: dns; x.nl\r\n\r\nFinal-Recipient: rfc822; a@b.nl\r\n"
            b"Action: failed\r\nStatus: 5.1.1\r\n\r\n--AAA/xx.nl--\r\n"
        )
        parsed = parse_message(raw)
        assert [(r.final_recipient, r.status) for r in parsed.dsn] == [("a@b.nl", "5.1.1")]
        assert "BoundaryRepaired" in parsed.defects


class TestBody:
    """The best plain text is chosen, and bounce parts are read."""

    def test_plain_preferred_over_html(self) -> None:
        parsed = build("platte tekst", html="<p>html tekst</p>")
        assert parsed.text.strip() == "platte tekst"
        assert parsed.html is not None

    def test_html_only_is_converted(self) -> None:
        parsed = build("", html="<p>Eerste</p><p>Tweede&nbsp;regel</p>")
        assert parsed.text.splitlines() == ["Eerste", "", "Tweede regel"]

    def test_dsn_records(self) -> None:
        parsed = sample("dsn_m365_hard.eml")
        (record,) = parsed.dsn
        assert record.final_recipient == "info@voorbeeld.nl"
        assert record.action == "failed"
        assert record.status == "5.1.10"
        assert record.diagnostic_code is not None
        assert "RecipientNotFound" in record.diagnostic_code
        assert record.remote_mta == "AM0PR01MB1234.eurprd01.prod.outlook.com"
        assert parsed.returned_message_ids == ["<kinderpardon.letter.gm0344.0123456789@gmail.com>"]
        assert parsed.returned_recipients == ["info@voorbeeld.nl"]

    def test_message_id_in_body_of_plain_bounce(self) -> None:
        parsed = sample("qmail_bounce.eml")
        assert parsed.returned_message_ids == ["<kinderpardon.letter.gm0344.0123456789@gmail.com>"]

    def test_attachments_listed(self) -> None:
        from email.message import EmailMessage

        message = EmailMessage()
        message["From"] = "a@b.nl"
        message["Subject"] = "motie"
        message.set_content("zie bijlage")
        message.add_attachment(
            b"%PDF-1.4", maintype="application", subtype="pdf", filename="motie.pdf"
        )
        parsed = parse_message(bytes(message))
        assert [(a.filename, a.content_type, a.size) for a in parsed.attachments] == [
            ("motie.pdf", "application/pdf", 8)
        ]
        assert parsed.text.strip() == "zie bijlage"
