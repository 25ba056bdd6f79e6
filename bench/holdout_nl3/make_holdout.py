"""Builds the held-out reply set in this folder: n001.eml ... and labels.csv.

Run from the repository root:  .venv/bin/python bench/holdout_nl3/make_holdout.py
Deterministic: the same files come out on every run.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import quopri
import random
import sys
import textwrap
from email.header import Header
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from outreach.compose.identity import message_id_for, reply_address  # noqa: E402

SECRET = "corpus-secret"
BASE = "kinderpardonnu@gmail.com"

MUNI: dict[str, tuple[str, str]] = {}
with open(ROOT / "data" / "municipalities.csv", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        MUNI[row["cbs_code"]] = (row["name"], row["email"])


def mid(code: str) -> str:
    return message_id_for(
        campaign="kinderpardon-2026", cbs_code=code, step="letter", domain="gmail.com", secret=SECRET
    )


def rt(code: str) -> str:
    return reply_address(BASE, cbs_code=code, secret=SECRET)


def subj(code: str) -> str:
    return (
        "Verzoek om door te sturen aan de fractievoorzitters en de griffier van "
        f"{MUNI[code][0]}: motie Pleidooi voor gewortelde kinderen"
    )


def hsubj(text: str) -> str:
    """Subject header value, RFC 2047 encoded when needed."""
    if text.isascii():
        return text
    return Header(text, "utf-8").encode(maxlinelen=76)


CET = timezone(timedelta(hours=1))
SENT = datetime(2026, 1, 13, 9, 14, 7, tzinfo=CET)


def dt(day: int, month: int, h: int, m: int, s: int = 0, tz: int = 1) -> str:
    return format_datetime(datetime(2026, month, day, h, m, s, tzinfo=timezone(timedelta(hours=tz))))


def sent_date() -> str:
    return format_datetime(SENT)


# --------------------------------------------------------------------------- the letter we sent

LETTER_PARAS = [
    "Geachte heer/ mevrouw,",
    "Mogen wij u vriendelijk vragen om onderstaande mail door te sturen aan de fractievoorzitters "
    "van de gemeenteraadsfracties (en de gemeentegriffier)?",
    "Geachte fractievoorzitters, geachte griffier,",
    "Kinderen in asielprocedures leven jarenlang in onzekerheid. Terwijl ze hier vaak zelfs geboren "
    "zijn en onderdeel vormen van onze samenleving. Ook in uw gemeente verdienen kinderen "
    "stabiliteit, veiligheid en een toekomst. Wat hun achtergrond ook is, ze zijn onze kinderen.",
    "Vorig jaar zomer leidde de detentie van de familie Babayants (met 3 minderjarige kinderen) tot "
    "nationale verontwaardiging, na aandacht van het Jeugdjournaal. En ook door de situatie van "
    "Mikael en zijn moeder staat de problematiek van deze kinderen weer in de spotlight. Kinderen "
    "die al jaren in Nederland wonen en hier zijn geworteld, dreigen te worden uitgezet. Een "
    "strenger asielbeleid mag niet ten koste gaan van de rechten van kinderen en de bescherming van "
    "kwetsbare jongeren. Schoolbestuurders, medescholieren, ouders en gemeente willen dat zij "
    "blijven, maar minister Faber denkt daar anders over.",
    "Ook in uw gemeente leven mogelijk kinderen in dezelfde situatie als Mikael. Wij hopen een brede "
    "beweging te creëren van lokale gemeenschappen die pal achter de rechten van hun kinderen staan. "
    "Om een blijvend verschil te maken is het nodig dat de rechten van asielkinderen in de wet worden "
    "verankerd. In artikel 2 van het VN-Kinderrechtenverdrag staat dat het belang van het kind "
    "centraal dient te staan, artikel 3.1 verplicht ons om bij alle maatregelen die betrekking hebben "
    "op kinderen de belangen van het kind als eerste overweging te nemen. Het is tijd dat we, als "
    "samenleving, opstaan voor degenen die zichzelf niet kunnen verdedigen.",
    "Lange procedures rondom de toekenning van een verblijfsvergunning zorgen voor stress en "
    "onzekerheid, zeker ook bij kinderen, zo stellen verschillende experts. Onderzoek toont aan dat "
    "uitzetting na jaren van verblijf in Nederland ernstige psychische schade veroorzaakt. Onder meer "
    "professor Erik Scherder waarschuwt voor verstrekkende gevolgen voor de ontwikkeling van kinderen "
    "door de chronische stress waaronder zij gebukt gaan tijdens de behandeling van hun "
    "verblijfsaanvraag. Het lukt de IND niet om de aanvraagprocedures te versnellen, ondanks dat dit "
    "wel is afgesproken in januari 2019 bij het akkoord over de afsluitingsregeling.",
    "Gezinnen – en zeker kinderen – zitten niet stil in afwachting van het besluit. Zij bouwen een "
    "leven op: jonge kinderen maken nieuwe vrienden, leren de Nederlandse taal, gaan naar school en "
    "sporten bij de lokale sportvereniging. Voor deze kinderen is Nederland thuis.",
    "Wat kan u doen?",
    "1. Dien een motie in dat het kabinet oproept om asielkinderen te beschermen",
    "Recent zijn in meerdere gemeenten moties aangenomen die vragen om een pleidooi voor gewortelde "
    "kinderen. Voorbeelden hiervan zijn de gemeenten Maastricht, Heerlen, Beekdaelen, Amsterdam "
    "(alle 2024), Amersfoort (maart 2025), Kampen en Culemborg (april 2025). Wij vragen u om een "
    "dergelijke motie ook in uw gemeente in te dienen. Hiermee laten we zien dat er lokaal draagvlak "
    "is om onze kinderen te beschermen. Bijgaand vindt u een voorbeeldmotie die u kunt gebruiken als "
    "vertrekpunt voor uw eigen motie.",
    "2. Neem het beschermen van de rechten van kinderen op in uw verkiezingsprogramma",
    "Gemeenten spelen een cruciale rol bij het waarborgen van kinderrechten. Bij kinderen van "
    "asielzoekers en statushouders zien we dat het recht op onderwijs en integratie soms in de knel "
    "komt. Als gemeente wil en kan je kinderen niet aan hun lot overlaten. We moeten voor alle "
    "kinderen klaarstaan. Dat betekent dat we fundamenteel moeten kijken naar hoe we kinderrechten "
    "kunnen organiseren en waarborgen, in samenwerking met het Rijk.",
    "3. Informeer ons over uw actie(s)",
    "Als uw gemeente besluit tot het indienen van een motie (of tot een andere actie overgaat) dan "
    "horen wij graag van u. Wij vinden het belangrijk dat we in Nederland elkaar inspireren en "
    "vasthouden bij het pleiten voor een menselijker asielbeleid dat de rechten van het kind "
    "waarborgt. U kunt ons bereiken via kinderpardonnu@gmail.com.",
    "Wie zijn wij?",
    "Wij zijn een groep vrijwilligers die, geïnspireerd door de actie van Eduard Disch in de zomer "
    "van 2024, vinden dat de situatie van kinderen in de asielprocedure dringend verbeterd moet "
    "worden. En daarvoor in actie zijn gekomen. We werken graag samen met anderen, dus als u of uw "
    "organisatie mee wilt doen, laat het ons weten! Mail ons: kinderpardonnu@gmail.com. U vindt "
    "KinderpardonNU! ook op Linkedin en BlueSky.",
    "Met vriendelijke groet,\nNamens KinderpardonNU,",
]


def letter_text(width: int = 76, upto: int | None = None) -> str:
    paras = LETTER_PARAS if upto is None else LETTER_PARAS[:upto]
    out = []
    for p in paras:
        if "\n" in p:
            out.append(p)
        else:
            out.append(textwrap.fill(p, width) if width else p)
    return "\n\n".join(out)


def gt_quote(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def letter_html(upto: int | None = None) -> str:
    paras = LETTER_PARAS if upto is None else LETTER_PARAS[:upto]
    return "\n".join("<p>" + p.replace("&", "&amp;").replace("\n", "<br>") + "</p>" for p in paras)


# --------------------------------------------------------------------------- MIME helpers


def enc_body(text: str, charset: str, cte: str) -> str:
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode(charset)  # 8bit / 7bit: written out with the file's charset below


def leaf(ctype: str, text: str, charset: str = "utf-8", cte: str = "quoted-printable",
         extra: str = "") -> str:
    params = f'; charset="{charset}"' if ctype.startswith("text/") else ""
    return (
        f"Content-Type: {ctype}{params}{extra}\n"
        f"Content-Transfer-Encoding: {cte}\n\n" + enc_body(text, charset, cte)
    )


def multipart(subtype: str, boundary: str, parts: list[str], extra: str = "") -> str:
    body = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}\n\n'
    for p in parts:
        body += f"--{boundary}\n{p.rstrip(chr(10))}\n\n"
    body += f"--{boundary}--\n"
    return body


def message(headers: list[tuple[str, str]], body: str, crlf: bool = False,
            body_charset: str = "utf-8") -> bytes:
    head = "".join(f"{k}: {v}\n" for k, v in headers)
    if "MIME-Version" not in dict(headers):
        head += "MIME-Version: 1.0\n"
    text = head + body
    if not text.endswith("\n"):
        text += "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    return text.encode(body_charset)


def gmail_received(frm_host: str, ip: str, day: int, month: int, h: int, m: int) -> list[tuple[str, str]]:
    """Gmail's own Received lines; h:m is Dutch local time (CET), shown in PST like Gmail does."""
    local = datetime(2026, month, day, h, m, random.randrange(60), tzinfo=CET)
    pst = timezone(timedelta(hours=-8))
    t1 = format_datetime(local.astimezone(pst))
    t2 = format_datetime((local + timedelta(seconds=1)).astimezone(pst))
    return [
        ("Delivered-To", BASE),
        ("Received", f"by 2002:a05:7010:{random.randrange(4096):x}:b0:{random.randrange(999)} with SMTP id "
         f"{random.choice('abcdefgh')}{random.randrange(10**6)}csp{random.randrange(10**6)};\n"
         f"        {t2} (PST)"),
        ("Received", f"from {frm_host} ({frm_host} [{ip}])\n        by mx.google.com with ESMTPS id "
         f"{random.randrange(16**12):x}.{random.randrange(99)}\n        for <{BASE}>\n"
         f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
         f"        {t1} (PST)"),
    ]


def outlook_nl_quote(code: str, to_addr: str, body: str, date_line: str = "dinsdag 13 januari 2026 09:14") -> str:
    return (
        "________________________________\n"
        "Van: KinderpardonNU <kinderpardonnu@gmail.com>\n"
        f"Verzonden: {date_line}\n"
        f"Aan: {to_addr}\n"
        f"Onderwerp: {subj(code)}\n\n" + body
    )


def outlook_en_quote(code: str, to_addr: str, body: str, date_line: str = "Tuesday, January 13, 2026 9:14 AM") -> str:
    return (
        "From: KinderpardonNU <kinderpardonnu@gmail.com>\n"
        f"Sent: {date_line}\n"
        f"To: {to_addr}\n"
        f"Subject: {subj(code)}\n\n" + body
    )


def original_headers(code: str, to_addr: str, boundary: str = "===============5208263427785012847==") -> str:
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n'
        "MIME-Version: 1.0\n"
        "From: KinderpardonNU <kinderpardonnu@gmail.com>\n"
        f"To: {to_addr}\n"
        f"Reply-To: {rt(code)}\n"
        f"Subject: {hsubj(subj(code))}\n"
        f"Date: {sent_date()}\n"
        f"Message-ID: {mid(code)}\n"
        "Content-Language: nl\n"
    )


def original_message(code: str, to_addr: str) -> str:
    b = "===============5208263427785012847=="
    head = original_headers(code, to_addr, b)
    inner = multipart("alternative", "===============0613594071884455523==", [
        leaf("text/plain", letter_text(0)),
    ])
    return head + "\n" + f"--{b}\n" + inner + f"\n--{b}--\n"


# --------------------------------------------------------------------------- the messages

CASES: list[tuple[bytes, str, str, str]] = []


def add(data: bytes, label: str, code: str, note: str) -> None:
    CASES.append((data, label, code, note))


def build() -> None:
    random.seed(20260113)

    # ================================================================ bounce_hard (5)

    # 1. Gmail mailer-daemon, RFC 3464, original attached: Nuenen, Gerwen en Nederwetten
    code, to = "GM0820", "gemeentehuis@nuenen.nl"
    report = multipart("report", "000000000000c0ffee0647a3b1d2", [
        multipart("related", "000000000000c0ffee0647a3b1d9", [
            leaf("text/plain",
                 "\n** Adres niet gevonden **\n\n"
                 f"Je bericht is niet bezorgd bij {to} omdat het adres niet is gevonden of geen\n"
                 "e-mail kan ontvangen.\n\n"
                 "Ga naar https://support.google.com/mail/?p=NoSuchUser voor meer informatie.\n\n"
                 "Het antwoord van de externe server is:\n\n"
                 f"550 5.1.1 <{to}>: Recipient address rejected: User unknown in relay recipient table\n"),
        ]),
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; googlemail.com\n"
        "Received-From-MTA: dns; kinderpardonnu@gmail.com\n"
        "Arrival-Date: Tue, 13 Jan 2026 00:14:09 -0800 (PST)\n"
        "\n"
        f"Final-Recipient: rfc822; {to}\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Remote-MTA: dns; mx1.nuenen.nl. (185.31.40.12, the server for the domain nuenen.nl.)\n"
        f"Diagnostic-Code: smtp; 550 5.1.1 <{to}>: Recipient address rejected: User unknown in relay recipient table\n"
        "Last-Attempt-Date: Tue, 13 Jan 2026 00:14:11 -0800 (PST)\n",
        "Content-Type: message/rfc822\n\n" + original_message(code, to),
    ], extra="; report-type=delivery-status")
    add(message([
        *gmail_received("mail-sor-f69.google.com", "209.85.220.69", 13, 1, 9, 14),
        ("Return-Path", "<>"),
        ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
        ("To", BASE),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("References", mid(code)),
        ("In-Reply-To", mid(code)),
        ("X-Failed-Recipients", to),
        ("Message-ID", "<67856a41.050a0220.1c3b2f.9b1cSMTPIN_ADDED_MISSING@mx.google.com>"),
        ("Date", "Tue, 13 Jan 2026 00:14:11 -0800 (PST)"),
    ], report), "bounce_hard", code,
        "Gmail DSN in Dutch, 550 5.1.1 user unknown; original attached with our Message-ID")

    # 2. Microsoft 365 NDR in Dutch, RecipientNotFound: Heeze-Leende; original as attachment
    code, to = "GM1658", "postbus@heeze-leende.nl"
    html = (
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
        "<div style=\"font-family:'Segoe UI',Arial,sans-serif;font-size:14px\">"
        "<p style=\"color:#c00000;font-size:20px\">Uw bericht aan postbus@heeze-leende.nl kan niet worden bezorgd.</p>"
        "<p>postbus wordt niet gevonden in het domein heeze-leende.nl.</p>"
        "<table><tr><td>KinderpardonNU</td><td>Office 365</td><td>postbus</td></tr>"
        "<tr><td>Afzender</td><td>Actie vereist</td><td>Ontvanger</td></tr></table>"
        "<p><b>Onbekende ontvanger</b></p>"
        "<p><b>Hoe u het probleem kunt oplossen</b><br>Het adres is mogelijk verkeerd gespeld of bestaat niet. "
        "Probeer een of meer van de volgende oplossingen:</p><ul>"
        "<li>Verzend het bericht opnieuw. Controleer het adres voordat u op Verzenden klikt.</li>"
        "<li>Neem contact op met de ontvanger (telefonisch bijvoorbeeld) om het juiste adres te vragen.</li></ul>"
        "<p><b>Meer informatie voor e-mailbeheerders</b><br>Status code: 550 5.1.10</p>"
        "<p>Deze fout treedt op als het e-mailadres van de ontvanger niet wordt gevonden in het doelsysteem.</p>"
        "<p>Oorspronkelijke berichtgegevens<br>Gemaakt op: 13-1-2026 08:14:12<br>"
        "Adres van afzender: kinderpardonnu@gmail.com</p>"
        "<p>Foutdetails<br>Gerapporteerde fout: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
        "postbus@heeze-leende.nl not found by SMTP address lookup<br>"
        "DSN gegenereerd door: AM9PR09MB4721.eurprd09.prod.outlook.com</p>"
        "</div></body></html>"
    )
    ndr = multipart("report", "_000_AM9PR09MB4721D3F2B7A8E90C11E6A7B3AM9PR09MB4721eurp_", [
        multipart("alternative", "_001_AM9PR09MB4721D3F2B7A8E90C11E6A7B3AM9PR09MB4721eurp_", [
            leaf("text/plain",
                 "Uw bericht aan postbus@heeze-leende.nl kan niet worden bezorgd.\n\n"
                 "postbus wordt niet gevonden in het domein heeze-leende.nl.\n\n"
                 "Onbekende ontvanger\n\nStatus code: 550 5.1.10\n\n"
                 "Gerapporteerde fout: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
                 "postbus@heeze-leende.nl not found by SMTP address lookup\n"),
            leaf("text/html", html),
        ]),
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns;AM9PR09MB4721.eurprd09.prod.outlook.com\n"
        "Received-From-MTA: dns;mail-ej1-f41.google.com\n"
        "Arrival-Date: Tue, 13 Jan 2026 08:14:10 +0000\n\n"
        "Final-Recipient: rfc822;postbus@heeze-leende.nl\n"
        "Action: failed\n"
        "Status: 5.1.10\n"
        "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient postbus@heeze-leende.nl not found by SMTP address lookup\n",
        "Content-Type: message/rfc822\n\n" + original_message(code, to),
    ], extra="; report-type=delivery-status")
    add(message([
        *gmail_received("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.91", 13, 1, 9, 14),
        ("Return-Path", "<>"),
        ("From", "postmaster@heezeleende.onmicrosoft.com"),
        ("To", BASE),
        ("Date", "Tue, 13 Jan 2026 08:14:12 +0000"),
        ("Subject", "Onbestelbaar: " + hsubj(subj(code))),
        ("Message-ID", "<9a1c7e02-44d1-4f3b-a1e6-2b0c3e7d55af@AM9PR09MB4721.eurprd09.prod.outlook.com>"),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
        ("Content-Language", "nl-NL"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Auto-Submitted", "auto-replied"),
    ], ndr), "bounce_hard", code, "Microsoft 365 NDR in Dutch ('Onbestelbaar'), 5.1.10 RecipientNotFound")

    # 3. Microsoft 365 NDR in English from the tenant, text only: Bergen (L.).
    #    Evidence is the address (bergen.nl, not bergen-nh.nl), the subject and the returned Message-ID.
    code, to = "GM0893", "info@bergen.nl"
    text = (
        "Delivery has failed to these recipients or groups:\n\n"
        "info@bergen.nl<mailto:info@bergen.nl>\n"
        "The email address you entered couldn't be found. Please check the recipient's email address and "
        "try to resend the message. If the problem continues, please contact your helpdesk.\n\n"
        "Diagnostic information for administrators:\n\n"
        "Generating server: AM6PR07MB5607.eurprd07.prod.outlook.com\n\n"
        "info@bergen.nl\n"
        "Remote Server returned '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found'\n\n"
        "Original message headers:\n\n"
        "Received: from AM6PR07MB5607.eurprd07.prod.outlook.com (2603:10a6:20b:3c1::9) by\n"
        " AM6PR07MB5607.eurprd07.prod.outlook.com with HTTPS; Tue, 13 Jan 2026 08:14:18 +0000\n"
        "From: KinderpardonNU <kinderpardonnu@gmail.com>\n"
        f"To: {to}\n"
        f"Subject: {subj(code)}\n"
        "Date: Tue, 13 Jan 2026 09:14:07 +0100\n"
        f"Message-ID: {mid(code)}\n"
        "Content-Language: nl\n"
        "MIME-Version: 1.0\n"
    )
    add(message([
        *gmail_received("EUR05-VI1-obe.outbound.protection.outlook.com", "40.107.21.115", 13, 1, 9, 14),
        ("Return-Path", "<>"),
        ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@bergen.nl>"),
        ("To", "<kinderpardonnu@gmail.com>"),
        ("Date", "Tue, 13 Jan 2026 08:14:19 +0000"),
        ("Subject", "Undeliverable: " + subj(code)),
        ("Message-ID", "<3d9b7a0e-51c4-4f82-a0d9-7e1b6c2f4a58@AM6PR07MB5607.eurprd07.prod.outlook.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "en-US"),
    ], leaf("text/plain", text, "us-ascii", "7bit")), "bounce_hard", code,
        "Microsoft Exchange NDR in English (older text form), 5.1.1 ExRecipNotFound; address bergen.nl = Bergen (L.), not Bergen (NH.)")

    # 4. Postfix bounce from the municipality's relay, text/rfc822-headers: Beek (L.)
    code, to = "GM0888", "info@gemeentebeek.nl"
    pf = multipart("report", "6F1E22A0B3.1768292112/mx02.mailfilter.nl", [
        "Content-Description: Notification\n" + leaf("text/plain",
            "This is the mail system at host mx02.mailfilter.nl.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            f"<{to}>: host gemeentebeek-nl.mail.protection.outlook.com[52.101.68.17] said:\n"
            "    550 5.4.1 Recipient address rejected: Access denied.\n"
            "    [AM4PEPF00027A64.eurprd04.prod.outlook.com 2026-01-13T08:15:10.112Z\n"
            "    08DE31A2D8B47C22] (in reply to RCPT TO command)\n",
            "us-ascii", "7bit"),
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx02.mailfilter.nl\n"
        "X-Postfix-Queue-ID: 6F1E22A0B3\n"
        "X-Postfix-Sender: rfc822; kinderpardonnu@gmail.com\n"
        "Arrival-Date: Tue, 13 Jan 2026 09:15:08 +0100 (CET)\n\n"
        f"Final-Recipient: rfc822; {to}\n"
        f"Original-Recipient: rfc822;{to}\n"
        "Action: failed\n"
        "Status: 5.4.1\n"
        "Remote-MTA: dns; gemeentebeek-nl.mail.protection.outlook.com\n"
        "Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.\n"
        "    [AM4PEPF00027A64.eurprd04.prod.outlook.com 2026-01-13T08:15:10.112Z\n"
        "    08DE31A2D8B47C22]\n",
        "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
        "Received: from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])\n"
        "\tby mx02.mailfilter.nl (Postfix) with ESMTPS id 6F1E22A0B3\n"
        f"\tfor <{to}>; Tue, 13 Jan 2026 09:15:08 +0100 (CET)\n"
        + original_headers(code, to),
    ], extra="; report-type=delivery-status")
    add(message([
        *gmail_received("mx02.mailfilter.nl", "185.51.12.74", 13, 1, 9, 15),
        ("Return-Path", "<>"),
        ("Date", "Tue, 13 Jan 2026 09:15:12 +0100 (CET)"),
        ("From", "MAILER-DAEMON@mx02.mailfilter.nl (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", BASE),
        ("Auto-Submitted", "auto-replied"),
        ("Message-Id", "<20260113081512.7A3C22A0C1@mx02.mailfilter.nl>"),
    ], pf), "bounce_hard", code, "Postfix bounce from a mail filter relay, M365 550 5.4.1 access denied; returned headers carry Message-ID and Reply-To token")

    # 5. qmail-style plain text bounce: Laren (NH.)
    code, to = "GM0417", "info@laren.nl"
    q = (
        "Hi. This is the qmail-send program at mail.bel-mail.nl.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{to}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        "Return-Path: <kinderpardonnu@gmail.com>\n"
        "Received: (qmail 28713 invoked from network); 13 Jan 2026 08:16:02 -0000\n"
        "Received: from mail-ed1-f44.google.com (HELO mail-ed1-f44.google.com) (209.85.208.44)\n"
        "  by mail.bel-mail.nl with ESMTPS; 13 Jan 2026 08:16:02 -0000\n"
        + original_headers(code, to)
        + "\n--===============5208263427785012847==\n"
        "Content-Type: multipart/alternative; boundary=\"===============0613594071884455523==\"\n\n"
        "--===============0613594071884455523==\n"
        "Content-Type: text/plain; charset=\"utf-8\"\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        "Geachte heer/ mevrouw,\n\n"
        "Mogen wij u vriendelijk vragen om onderstaande mail door te sturen aan de fra=\n"
        "ctievoorzitters van de gemeenteraadsfracties (en de gemeentegriffier)?\n"
    )
    add(message([
        *gmail_received("mail.bel-mail.nl", "91.198.3.28", 13, 1, 9, 16),
        ("Return-Path", "<>"),
        ("Date", "13 Jan 2026 08:16:03 -0000"),
        ("From", "MAILER-DAEMON@mail.bel-mail.nl"),
        ("To", BASE),
        ("Subject", "failure notice"),
        ("Message-ID", "<1768292163.28714.qmail@mail.bel-mail.nl>"),
    ], leaf("text/plain", q, "us-ascii", "7bit")), "bounce_hard", code,
        "qmail failure notice, plain text, copy of original (headers with Message-ID, To info@laren.nl)")

    # ================================================================ bounce_soft (2)

    # 6. Gmail delay notice: Midden-Groningen
    code, to = "GM1952", "gemeente@midden-groningen.nl"
    report = multipart("report", "000000000000d1e1a70647a54b77", [
        leaf("text/plain",
             "\n** Bezorging vertraagd **\n\n"
             f"Er is een tijdelijk probleem opgetreden bij het bezorgen van je bericht bij {to}.\n"
             "Gmail probeert het nog 46 uur opnieuw. Je krijgt een melding als de bezorging\n"
             "definitief mislukt.\n\n"
             "Het antwoord van de externe server is:\n\n"
             "421 4.7.0 [TSS04] Messages from 209.85.208.41 temporarily deferred due to unexpected\n"
             "volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes\n"),
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; googlemail.com\n"
        "Arrival-Date: Tue, 13 Jan 2026 00:17:44 -0800 (PST)\n\n"
        f"Final-Recipient: rfc822; {to}\n"
        "Action: delayed\n"
        "Status: 4.7.0\n"
        "Diagnostic-Code: smtp; 421 4.7.0 [TSS04] Messages temporarily deferred due to unexpected volume\n"
        "Last-Attempt-Date: Tue, 13 Jan 2026 02:18:30 -0800 (PST)\n"
        "Will-Retry-Until: Thu, 15 Jan 2026 00:17:44 -0800 (PST)\n",
        "Content-Type: text/rfc822-headers\n\n" + original_headers(code, to),
    ], extra="; report-type=delivery-status")
    add(message([
        *gmail_received("mail-sor-f69.google.com", "209.85.220.69", 13, 1, 11, 18),
        ("Return-Path", "<>"),
        ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
        ("To", BASE),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Delivery Status Notification (Delay)"),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
        ("Date", "Tue, 13 Jan 2026 02:18:31 -0800 (PST)"),
        ("Message-ID", "<6785dd27.170a0220.2f6c51.a7e8GMR@mx.google.com>"),
    ], report), "bounce_soft", code, "Gmail delay DSN in Dutch, Action: delayed, 421 4.7.0")

    # 7. Exim delay warning (greylisting): Ameland
    code, to = "GM0060", "info@ameland.nl"
    ex = (
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        "recipients after more than 24 hours on the queue on smtp2.waddenhost.nl.\n\n"
        "The message identifier is:     1vfT3k-00Gq2N-1b\n"
        f"The subject of the message is: {subj(code)}\n"
        "The date of the message is:    Tue, 13 Jan 2026 09:14:07 +0100\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        f"  {to}\n"
        f"    Delay reason: SMTP error from remote mail server after RCPT TO:<{to}>:\n"
        "    451 4.7.1 Greylisting in action, please come back later\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n"
    )
    add(message([
        *gmail_received("smtp2.waddenhost.nl", "145.131.28.9", 14, 1, 9, 40),
        ("Return-Path", "<>"),
        ("X-Failed-Recipients", to),
        ("Auto-Submitted", "auto-replied"),
        ("From", "Mail Delivery System <Mailer-Daemon@smtp2.waddenhost.nl>"),
        ("To", BASE),
        ("References", mid(code)),
        ("Content-Type", "text/plain; charset=us-ascii"),
        ("Subject", "Warning: message 1vfT3k-00Gq2N-1b delayed 24 hours"),
        ("Message-Id", "<E1vfpQa-00HBX2-8C@smtp2.waddenhost.nl>"),
        ("Date", "Wed, 14 Jan 2026 09:40:12 +0100"),
    ], "\n" + ex), "bounce_soft", code, "Exim 24-hour delay warning, greylisting 451 4.7.1")

    # ================================================================ auto_reply (6)

    # 8. Outlook NL absence from the griffier of Utrechtse Heuvelrug
    code = "GM1581"
    body = (
        "Beste afzender,\n\n"
        "Tot en met maandag 26 januari ben ik afwezig en heb ik geen toegang tot mijn mail.\n"
        "Uw bericht wordt na mijn terugkomst gelezen.\n\n"
        "Met vriendelijke groet,\n\n"
        "Ingrid Wolters-Baars\n"
        "Griffier gemeente Utrechtse Heuvelrug\n"
    )
    html = (
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
        "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Aptos\",sans-serif;}</style></head>"
        "<body lang=\"NL\"><div class=\"WordSection1\">"
        "<p class=\"MsoNormal\">Beste afzender,</p><p class=\"MsoNormal\">&nbsp;</p>"
        "<p class=\"MsoNormal\">Tot en met maandag 26 januari ben ik afwezig en heb ik geen toegang tot mijn mail.<br>"
        "Uw bericht wordt na mijn terugkomst gelezen.</p><p class=\"MsoNormal\">&nbsp;</p>"
        "<p class=\"MsoNormal\">Met vriendelijke groet,</p><p class=\"MsoNormal\">&nbsp;</p>"
        "<p class=\"MsoNormal\"><b>Ingrid Wolters-Baars</b><br>Griffier gemeente Utrechtse Heuvelrug</p>"
        "</div></body></html>"
    )
    add(message([
        *gmail_received("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.120", 13, 1, 9, 16),
        ("From", "\"Wolters-Baars, Ingrid\" <i.wolters@heuvelrug.nl>"),
        ("To", "KinderpardonNU <kinderpardonnu@gmail.com>"),
        ("Subject", "Automatisch antwoord: " + subj(code)),
        ("Thread-Topic", subj(code)),
        ("Thread-Index", "AQHbZa3hN2q8xk1VbEq2lC0u6w9Yuw=="),
        ("Date", "Tue, 13 Jan 2026 08:16:31 +0000"),
        ("Message-ID", "<8c1f3b9e02d84c55bd3a0e1f27c46a11@heuvelrug.nl>"),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-Exchange-Inbox-Rules-Loop", "i.wolters@heuvelrug.nl"),
        ("X-MS-TNEF-Correlator", ""),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "nl-NL"),
    ], multipart("alternative", "_000_8c1f3b9e02d84c55bd3a0e1f27c46a11heuvelrugnl_", [
        leaf("text/plain", body), leaf("text/html", html)])), "auto_reply", code,
        "Outlook NL 'Automatisch antwoord' absence of a griffier, In-Reply-To our letter")

    # 9. English out-of-office, says the mail will NOT be forwarded: Wageningen
    code = "GM0289"
    add(message([
        *gmail_received("EUR02-VI1-obe.outbound.protection.outlook.com", "40.107.6.55", 13, 1, 9, 17),
        ("From", "Tom Verhagen <tom.verhagen@wageningen.nl>"),
        ("To", BASE),
        ("Subject", "Automatic reply: " + subj(code)),
        ("Date", "Tue, 13 Jan 2026 08:17:02 +0000"),
        ("Message-ID", "<AS8PR04MB8897B1C7E7A86E3E0F4D21B5C63A2@AS8PR04MB8897.eurprd04.prod.outlook.com>"),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
        ("Auto-Submitted", "auto-generated"),
        ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
        ("Content-Language", "en-US"),
    ], leaf("text/plain",
            "Thank you for your email. I am on leave until Monday 2 February and do not have access to my "
            "mailbox. Your message will not be forwarded and will be read on my return.\n\n"
            "Kind regards,\nTom Verhagen\n", "us-ascii", "7bit")),
        "auto_reply", code, "English out-of-office; 'will not be forwarded' is not a refusal")

    # 10. Griffie recess notice, HTML only: Hoorn
    code = "GM0405"
    html = (
        "<html><body style=\"font-family:Verdana;font-size:10pt\">"
        "<p>Geachte afzender,</p>"
        "<p>Van <b>22 december 2025 tot en met 18 januari 2026</b> is het kerstreces van de gemeenteraad van "
        "Hoorn. De griffie is in deze periode beperkt bezet. Berichten worden na het reces in "
        "volgorde van binnenkomst gelezen.</p>"
        "<p>Dit is een automatisch gegenereerd bericht.</p>"
        "<p>Met vriendelijke groet,<br>Griffie Hoorn<br>Nieuwe Steen 1 | 1625 HV Hoorn</p>"
        "</body></html>"
    )
    add(message([
        *gmail_received("mx3.hoorn.nl", "195.114.7.40", 13, 1, 9, 15),
        ("From", "Griffie Hoorn <griffie@hoorn.nl>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "Reces: " + subj(code)),
        ("Date", dt(13, 1, 9, 15, 40)),
        ("Message-ID", "<reces-20260113091540-4471@hoorn.nl>"),
        ("Auto-Submitted", "auto-replied"),
        ("Precedence", "auto_reply"),
        ("X-Autoreply", "yes"),
    ], leaf("text/html", html, "iso-8859-1", "quoted-printable")), "auto_reply", code,
        "kerstreces notice from the griffie, HTML only, iso-8859-1")

    # 11. Plain absence without any auto header, only subject 'Afwezig': Veere
    code = "GM0717"
    add(message([
        *gmail_received("smtp.veere.nl", "212.123.241.18", 13, 1, 9, 18),
        ("From", "Mieke de Visser <m.devisser@veere.nl>"),
        ("To", "KinderpardonNU <kinderpardonnu@gmail.com>"),
        ("Subject", "Afwezig"),
        ("Date", dt(13, 1, 9, 18, 2)),
        ("Message-ID", "<1768292282.3321.veere@smtp.veere.nl>"),
        ("In-Reply-To", mid(code)),
    ], leaf("text/plain",
            "Ik ben afwezig tot en met woensdag 21 januari. Voor dringende zaken kunt u bellen met het "
            "KCC via 14 0118.\n\nMieke de Visser\n", "windows-1252", "8bit"), body_charset="windows-1252"),
        "auto_reply", code, "bare absence, no Auto-Submitted; only subject 'Afwezig' and In-Reply-To; windows-1252 8bit")

    # 12. Dutch absence from a council member's municipal mailbox, Apple-ish, quoting the letter
    code = "GM0362"
    body = (
        "Hallo,\n\nIk ben met wintersport en lees mijn mail weer vanaf 24 januari.\n\n"
        "Groet,\nSander Koolhaas\nRaadslid Amstelveen\n\n"
        f"Op 13 jan 2026, om 09:14 heeft KinderpardonNU <kinderpardonnu@gmail.com> het volgende geschreven:\n\n"
        + gt_quote(letter_text(76, upto=6)) + "\n"
    )
    add(message([
        *gmail_received("mail-out.amstelveen.nl", "62.41.33.190", 13, 1, 9, 20),
        ("From", "S. Koolhaas <s.koolhaas@amstelveen.nl>"),
        ("To", "KinderpardonNU <kinderpardonnu@gmail.com>"),
        ("Subject", "Afwezig: " + subj(code)),
        ("Date", dt(13, 1, 9, 20, 11)),
        ("Message-ID", "<AUTO.20260113.0920.5517@amstelveen.nl>"),
        ("References", mid(code)),
        ("X-Autorespond", "Out of office"),
        ("Precedence", "bulk"),
    ], leaf("text/plain", body, "utf-8", "quoted-printable", extra="; format=flowed")),
        "auto_reply", code, "absence with quoted letter (Apple 'het volgende geschreven'), X-Autorespond, format=flowed")

    # 13. English/Dutch bilingual OOO with Return-Path <> and no reference; name only in signature
    code = "GM0772"
    add(message([
        *gmail_received("mx1.eindhoven.nl", "145.220.50.12", 16, 1, 14, 2),
        ("Return-Path", "<>"),
        ("From", "Y. El Amrani <y.elamrani@eindhoven.nl>"),
        ("To", BASE),
        ("Subject", "Out of Office"),
        ("Date", dt(16, 1, 14, 2, 55)),
        ("Message-ID", "<OOF.c91e4a3b5d@eindhoven.nl>"),
        ("Auto-Submitted", "auto-replied"),
    ], leaf("text/plain",
            "Ik ben op vrijdag niet werkzaam. Uw e-mail wordt maandag beantwoord.\n"
            "I don't work on Fridays. I will reply to your e-mail on Monday.\n\n"
            "Youssef El Amrani\nBestuursadviseur | Gemeente Eindhoven\n", "utf-8", "base64")),
        "auto_reply", code, "bilingual part-time notice, base64, no reference to the letter; municipality from sender domain")

    # ================================================================ redirect (4)

    # 14. address no longer in use, use contact form: Súdwest-Fryslân
    code = "GM1900"
    add(message([
        *gmail_received("mail.gemeentesudwestfryslan.nl", "84.241.201.33", 13, 1, 9, 15),
        ("From", "=?utf-8?q?Gemeente_S=C3=BAdwest-Frysl=C3=A2n?= <noreply@gemeentesudwestfryslan.nl>"),
        ("To", rt(code)),
        ("Subject", "Automatisch antwoord: " + hsubj(subj(code))),
        ("Date", dt(13, 1, 9, 15, 3)),
        ("Message-ID", "<a7c1e92f-0b33-4bde-9e1f-2cc8f4a1d0e7@gemeentesudwestfryslan.nl>"),
        ("In-Reply-To", mid(code)),
        ("Auto-Submitted", "auto-replied"),
    ], leaf("text/plain",
            "Geachte heer, mevrouw,\n\n"
            "Dit e-mailadres wordt niet meer actief gelezen. Uw bericht is niet in behandeling genomen.\n\n"
            "Wilt u ons iets vragen of iets aan ons doorgeven? Gebruik dan het contactformulier op "
            "www.sudwestfryslan.nl/contact of bel ons via 14 0515.\n\n"
            "Met vriendelijke groet,\n\nGemeente Súdwest-Fryslân\n", "utf-8", "quoted-printable")),
        "redirect", code, "mailbox not read, use the contact form; reply sent to our Reply-To token")

    # 15. person at the KCC: write to the griffie instead: Zaltbommel
    code = "GM0297"
    body = (
        "Goedemiddag,\n\n"
        "Berichten voor de gemeenteraad en de fracties kunt u het beste rechtstreeks naar de griffie "
        "sturen: griffie@zaltbommel.nl. Zij zorgen voor de verdere verspreiding.\n\n"
        "Met vriendelijke groet,\n\n"
        "Klantcontactcentrum\nGemeente Zaltbommel\n\n"
        + outlook_nl_quote(code, "info@zaltbommel.nl", letter_text(0, upto=3))
    )
    add(message([
        *gmail_received("EUR01-HE1-obe.outbound.protection.outlook.com", "40.107.13.44", 13, 1, 14, 31),
        ("From", "Info Zaltbommel <info@zaltbommel.nl>"),
        ("To", "KinderpardonNU <kinderpardonnu@gmail.com>"),
        ("Subject", "RE: " + subj(code)),
        ("Thread-Topic", subj(code)),
        ("Date", "Tue, 13 Jan 2026 13:31:40 +0000"),
        ("Message-ID", "<DB9PR08MB6427F0D1E6B25AD9F3C2A41BD3BB2@DB9PR08MB6427.eurprd08.prod.outlook.com>"),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
        ("Content-Language", "nl-NL"),
    ], leaf("text/plain", body, "windows-1252", "quoted-printable")),
        "redirect", code, "KCC: send it to griffie@zaltbommel.nl instead; Outlook NL quote block, windows-1252")

    # 16. Den Haag: general mailbox uses a web form
    code = "GM0518"
    add(message([
        *gmail_received("mx.denhaag.nl", "145.7.10.21", 13, 1, 9, 16),
        ("From", "Gemeente Den Haag <noreply@denhaag.nl>"),
        ("To", BASE),
        ("Subject", "Uw e-mail is niet in behandeling genomen"),
        ("Date", dt(13, 1, 9, 16, 48)),
        ("Message-ID", "<nr.2026011309164871.12@denhaag.nl>"),
        ("References", mid(code)),
        ("Auto-Submitted", "auto-generated"),
    ], multipart("alternative", "----=_Part_33107_1490726116.1768292208000", [
        leaf("text/plain",
             "Geachte afzender,\n\n"
             "U heeft een e-mail gestuurd naar een adres van de gemeente Den Haag dat niet meer wordt "
             "gebruikt. Uw bericht wordt niet gelezen.\n\n"
             "Heeft u een vraag of een bericht voor de gemeenteraad? Stuur het naar raadsgriffie@denhaag.nl "
             "of gebruik het formulier op denhaag.nl/contact.\n\n"
             "Dit bericht is automatisch verstuurd. U kunt hier niet op antwoorden.\n"),
        leaf("text/html",
             "<p>Geachte afzender,</p><p>U heeft een e-mail gestuurd naar een adres van de gemeente Den Haag "
             "dat niet meer wordt gebruikt. Uw bericht wordt niet gelezen.</p><p>Heeft u een vraag of een "
             "bericht voor de gemeenteraad? Stuur het naar <a href=\"mailto:raadsgriffie@denhaag.nl\">"
             "raadsgriffie@denhaag.nl</a> of gebruik het formulier op "
             "<a href=\"https://www.denhaag.nl/contact\">denhaag.nl/contact</a>.</p>"
             "<p><i>Dit bericht is automatisch verstuurd. U kunt hier niet op antwoorden.</i></p>"),
    ])), "redirect", code, "Den Haag ('s-Gravenhage) old address, suggests raadsgriffie@ or web form")

    # 17. Den Bosch: mailbox closing, griffie address suggested, short, name only in text
    code = "GM0796"
    add(message([
        *gmail_received("mail.s-hertogenbosch.nl", "193.172.43.8", 14, 1, 10, 2),
        ("From", "Postbus Gemeente <gemeente@s-hertogenbosch.nl>"),
        ("To", BASE),
        ("Subject", "Re: Verzoek om door te sturen aan de fractievoorzitters en de griffier"),
        ("Date", dt(14, 1, 10, 2, 27)),
        ("Message-ID", "<5fa2d913-8e0c-4ab5-8a72-6c8dd01b7e40@s-hertogenbosch.nl>"),
    ], leaf("text/plain",
            "Dag,\n\nDeze mailbox is niet bedoeld voor post aan de raad. Wilt u uw brief opnieuw sturen naar "
            "griffie@s-hertogenbosch.nl? Dan komt hij op de goede plek.\n\n"
            "Groet,\nTeam Post & Archief\ngemeente Den Bosch\n", "utf-8", "8bit")),
        "redirect", code, "asks to resend to the griffie address; 'Den Bosch' in signature, subject without town")

    # ================================================================ acknowledged (8)

    # 18. zaaksysteem receipt with zaaknummer: Zwolle
    code = "GM0193"
    add(message([
        *gmail_received("smtp-out.zwolle.nl", "217.100.45.88", 13, 1, 9, 21),
        ("From", "Gemeente Zwolle <noreply@zwolle.nl>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "Ontvangstbevestiging Z26.004187"),
        ("Date", dt(13, 1, 9, 21, 9)),
        ("Message-ID", "<zaak.Z26.004187.1768292469@zwolle.nl>"),
        ("Auto-Submitted", "auto-generated"),
    ], leaf("text/plain",
            "Geachte heer/mevrouw,\n\n"
            "Wij hebben uw e-mail van 13 januari 2026 ontvangen. Uw bericht is geregistreerd onder "
            "zaaknummer Z26.004187.\n\n"
            f"Onderwerp: {subj(code)}\n\n"
            "Wij streven ernaar u binnen 10 werkdagen te informeren over de verdere afhandeling. "
            "Vermeld bij vragen altijd het zaaknummer.\n\n"
            "Met vriendelijke groet,\n\nGemeente Zwolle\nPostbus 10007 | 8000 GA Zwolle\n",
            "utf-8", "quoted-printable")),
        "acknowledged", code, "zaaksysteem receipt with zaaknummer, our subject echoed in the body")

    # 19. receipt via the shared woerden.nl domain for Oudewater
    code = "GM0589"
    add(message([
        *gmail_received("mx.woerden.nl", "185.3.211.70", 13, 1, 9, 19),
        ("From", "Stadskantoor Oudewater <noreply@woerden.nl>"),
        ("To", BASE),
        ("Subject", "Wij hebben uw bericht ontvangen (kenmerk 2026-000412)"),
        ("Date", dt(13, 1, 9, 19, 30)),
        ("Message-ID", "<20260113091930.412@woerden.nl>"),
        ("Auto-Submitted", "auto-replied"),
    ], leaf("text/plain",
            "Geachte afzender,\n\nBedankt voor uw e-mail aan de gemeente Oudewater. Wij hebben uw bericht "
            "in goede orde ontvangen en geregistreerd onder kenmerk 2026-000412.\n\n"
            "Deze e-mail is automatisch verzonden.\n\n"
            "Met vriendelijke groet,\nGemeente Oudewater\n(De gemeenten Oudewater en Woerden werken samen in "
            "één ambtelijke organisatie.)\n", "iso-8859-1", "quoted-printable")),
        "acknowledged", code, "auto receipt with kenmerk from woerden.nl (shared by Woerden and Oudewater); text names Oudewater")

    # 20. person, iPhone, tiny: Emmen
    code = "GM0114"
    add(message([
        *gmail_received("mail-out2.emmen.nl", "213.206.81.40", 13, 1, 11, 3),
        ("From", "Marieke Dijkstra <m.dijkstra@emmen.nl>"),
        ("To", "KinderpardonNU <kinderpardonnu@gmail.com>"),
        ("Subject", "Re: " + subj(code)),
        ("Date", dt(13, 1, 11, 3, 51)),
        ("Message-ID", "<A3F2C1D8-77B4-4E0A-9C3E-5D12B8E4F0A1@emmen.nl>"),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
        ("X-Mailer", "iPhone Mail (22C152)"),
    ], leaf("text/plain",
            "ontvangen, dank u\n\ngr Marieke\n\nVerzonden vanaf mijn iPhone\n\n"
            "> Op 13 jan 2026 om 09:14 heeft KinderpardonNU <kinderpardonnu@gmail.com> het volgende geschreven:\n>\n"
            + gt_quote(letter_text(0, upto=4)) + "\n", "utf-8", "quoted-printable")),
        "acknowledged", code, "two-word receipt from iPhone, quoted letter below")

    # 21. person: 'wij nemen het in behandeling': Hengelo (O.), Outlook EN quote block
    code = "GM0164"
    body = (
        "Geachte heer/mevrouw,\n\n"
        "Hartelijk dank voor uw e-mail. Wij hebben deze in goede orde ontvangen en nemen uw bericht in "
        "behandeling.\n\n"
        "Met vriendelijke groet,\n\n"
        "Esther Nijhuis\nMedewerker Informatievoorziening\n"
        "Gemeente Hengelo | Hazemeijerplein 10 | 7555 RJ Hengelo\n\n"
        "De informatie in dit bericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht "
        "kunnen geen rechten worden ontleend.\n\n"
        + outlook_en_quote(code, "gemeente@hengelo.nl", letter_text(0, upto=5))
    )
    add(message([
        *gmail_received("EUR05-DB8-obe.outbound.protection.outlook.com", "40.107.20.61", 14, 1, 10, 40),
        ("From", "\"Nijhuis, Esther\" <e.nijhuis@hengelo.nl>"),
        ("To", "KinderpardonNU <kinderpardonnu@gmail.com>"),
        ("Subject", "RE: " + subj(code)),
        ("Date", "Wed, 14 Jan 2026 09:40:12 +0000"),
        ("Message-ID", "<PAXPR03MB8156A2E0D4C73B9F51C6E09EB1E02@PAXPR03MB8156.eurprd03.prod.outlook.com>"),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
        ("Thread-Topic", subj(code)),
    ], leaf("text/plain", body, "utf-8", "base64")),
        "acknowledged", code, "person confirms receipt 'in behandeling'; Hengelo (O.), English Outlook quote header, base64")

    # 22. auto receipt quoting the full letter (which names Maastricht, Heerlen, Beekdaelen): Stein (L.)
    code = "GM0971"
    body = (
        "Geachte heer, mevrouw,\n\n"
        "Hierbij bevestigen wij de ontvangst van uw e-mail. Uw bericht is geregistreerd onder nummer "
        "INK26-00291 en wordt doorgezet naar de juiste afdeling voor behandeling.\n"
        "U ontvangt zo spoedig mogelijk een reactie.\n\n"
        "Met vriendelijke groet,\nGemeente Stein\n\n"
        "---------- Oorspronkelijk bericht ----------\n"
        "Van: KinderpardonNU <kinderpardonnu@gmail.com>\n"
        "Datum: 13-01-2026 09:14\n"
        f"Onderwerp: {subj(code)}\n\n" + letter_text(0)
    )
    add(message([
        *gmail_received("mail.gemeentestein.nl", "31.3.104.66", 13, 1, 9, 22),
        ("From", "Gemeente Stein <info@gemeentestein.nl>"),
        ("To", BASE),
        ("Subject", "Ontvangstbevestiging: " + subj(code)),
        ("Date", dt(13, 1, 9, 22, 5)),
        ("Message-ID", "<ontv.INK26-00291@gemeentestein.nl>"),
        ("Auto-Submitted", "auto-replied"),
    ], leaf("text/plain", body, "utf-8", "quoted-printable")),
        "acknowledged", code, "auto receipt quoting the whole letter (mentions Maastricht/Heerlen/Beekdaelen and 'moties aangenomen'); sender is Stein (L.)")

    # 23. private address, 'ontvangen', no clue at all
    add(message([
        *gmail_received("mail-sor-f41.google.com", "209.85.220.41", 15, 1, 21, 12),
        ("From", "Jan-Willem <jwvandenberg71@gmail.com>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "Re: motie"),
        ("Date", dt(15, 1, 21, 12, 40)),
        ("Message-ID", "<CAJ7pq3xQw1tKcA9c2GbPz5tQ_9WcE=sd+bAfhU4m@mail.gmail.com>"),
    ], leaf("text/plain", "Dank, heb t ontvangen. Ik kijk er later naar.\n", "utf-8", "7bit")),
        "acknowledged", "", "one line from a private Gmail, no reference, no town: municipality unknown")

    # 24. zaaksysteem receipt, HTML only, windows-1252: Leidschendam-Voorburg
    code = "GM1916"
    html = (
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
        "<body><table width=\"600\" style=\"font-family:Arial;font-size:13px\"><tr><td>"
        "<img src=\"https://www.leidschendam-voorburg.nl/logo.png\" alt=\"Gemeente Leidschendam-Voorburg\"><br><br>"
        "Beste heer/mevrouw,<br><br>"
        "Wij hebben uw e-mail ontvangen. Uw zaaknummer is <b>LV-2026-0087731</b>.<br>"
        "Een medewerker bekijkt uw bericht. Binnen twee weken hoort u van ons wat er met uw bericht gebeurt.<br><br>"
        "Met vriendelijke groet,<br>Gemeente Leidschendam-Voorburg<br><br>"
        "<small>Dit is een automatisch bericht. U kunt niet reageren op deze e-mail.</small>"
        "</td></tr></table></body></html>"
    )
    add(message([
        *gmail_received("smtp.leidschendam-voorburg.nl", "145.100.44.22", 13, 1, 9, 30),
        ("From", "\"Gemeente Leidschendam-Voorburg\" <no-reply@leidschendam-voorburg.nl>"),
        ("To", rt(code)),
        ("Subject", "Bevestiging ontvangst e-mail - zaaknummer LV-2026-0087731"),
        ("Date", dt(13, 1, 9, 30, 17)),
        ("Message-ID", "<LV-2026-0087731.bevestiging@leidschendam-voorburg.nl>"),
        ("In-Reply-To", mid(code)),
    ], leaf("text/html", html, "windows-1252", "quoted-printable")),
        "acknowledged", code, "HTML-only zaaknummer receipt sent to the Reply-To token")

    # 25. griffie person: received, will look at how to handle: Bergen (NH.)
    code = "GM0373"
    body = (
        "Goedemorgen,\n\n"
        "Dank voor uw bericht. De griffie heeft het ontvangen. Wij bekijken nog hoe we hier mee omgaan, "
        "ik laat het u weten.\n\n"
        "Met vriendelijke groet,\n\nRoel Schermer\nGriffie gemeente Bergen\n"
        "Jan Ligthartstraat 1 | Alkmaar\n\n"
        + outlook_nl_quote(code, "info@bergen-nh.nl", letter_text(0, upto=4),
                           date_line="dinsdag 13 januari 2026 09:14")
    )
    add(message([
        *gmail_received("EUR02-AM0-obe.outbound.protection.outlook.com", "40.107.247.91", 15, 1, 9, 5),
        ("From", "Roel Schermer <r.schermer@bergen-nh.nl>"),
        ("To", "KinderpardonNU <kinderpardonnu@gmail.com>"),
        ("Subject", "RE: " + subj(code)),
        ("Date", "Thu, 15 Jan 2026 08:05:51 +0000"),
        ("Message-ID", "<AM0PR01MB5732C3E4A6D2F77E8B0A91C2F4E12@AM0PR01MB5732.eurprd01.prod.outlook.com>"),
        ("In-Reply-To", mid(code)),
        ("Thread-Topic", subj(code)),
    ], leaf("text/plain", body, "windows-1252", "quoted-printable")),
        "acknowledged", code, "griffie person: received, still deciding; 'gemeente Bergen' in signature, domain bergen-nh.nl = Bergen (NH.)")

    # ================================================================ forwarded (8)

    # 26. short KCC: forwarded: Heerenveen
    code = "GM0074"
    add(message([
        *gmail_received("mail.heerenveen.nl", "77.87.160.12", 13, 1, 10, 44),
        ("From", "Gemeente Heerenveen <gemeente@heerenveen.nl>"),
        ("To", "KinderpardonNU <kinderpardonnu@gmail.com>"),
        ("Subject", "RE: " + subj(code)),
        ("Date", dt(13, 1, 10, 44, 9)),
        ("Message-ID", "<000d01dc8451$2a7f4c10$7f7de430$@heerenveen.nl>"),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
    ], leaf("text/plain",
            "Goedemorgen,\n\nUw mail is doorgestuurd naar de griffier en de fractievoorzitters.\n\n"
            "Met vriendelijke groet,\nAnneke\nKlantcontactcentrum\n", "utf-8", "7bit")),
        "forwarded", code, "one-line confirmation it was forwarded")

    # 27. formal griffie: lijst van ingekomen stukken: Middelburg (Z.)
    code = "GM0687"
    body = (
        "Geachte heer, mevrouw,\n\n"
        "Namens de griffie van de gemeenteraad van Middelburg bevestig ik de ontvangst van uw e-mail van "
        "13 januari jl.\n\n"
        "Uw brief is geplaatst op de lijst van ingekomen stukken voor de raadsvergadering van 9 februari "
        "2026, met het voorstel deze voor kennisgeving aan te nemen. De fractievoorzitters hebben uw brief "
        "en de bijlagen via de griffie ontvangen. Het is aan de fracties zelf om te beslissen of zij hier "
        "iets mee willen doen.\n\n"
        "Met vriendelijke groet,\n\n"
        "mr. P.J. (Pieter) Lindhout\nGriffier\n\n"
        "Griffie gemeente Middelburg\nPostbus 6000 | 4330 LA Middelburg\nT 0118 675 000\n\n"
        "Disclaimer: Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u "
        "bestemd is, wordt u vriendelijk verzocht dit aan de afzender te melden en het bericht te "
        "verwijderen. De gemeente Middelburg aanvaardt geen aansprakelijkheid voor schade die "
        "voortvloeit uit het elektronisch verzenden van berichten.\n\n"
        + outlook_nl_quote(code, "info@middelburg.nl", letter_text(0))
    )
    add(message([
        *gmail_received("EUR04-HE1-obe.outbound.protection.outlook.com", "40.107.7.100", 16, 1, 11, 20),
        ("From", "Lindhout Pieter <p.lindhout@middelburg.nl>"),
        ("To", "KinderpardonNU <kinderpardonnu@gmail.com>"),
        ("Subject", "Antw: " + subj(code)),
        ("Date", "Fri, 16 Jan 2026 10:20:33 +0000"),
        ("Message-ID", "<VI1PR06MB4412B8C7E3D1A69F0C2B5D4EA9F62@VI1PR06MB4412.eurprd06.prod.outlook.com>"),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
        ("Content-Language", "nl-NL"),
    ], leaf("text/plain", body, "utf-8", "quoted-printable")),
        "forwarded", code, "formal: on the lijst van ingekomen stukken, fractievoorzitters have it; full letter quoted (Outlook NL block)")

    # 28. Rijswijk (ZH.): doorgezet naar de griffie
    code = "GM0603"
    add(message([
        *gmail_received("mail.rijswijk.nl", "217.149.192.6", 14, 1, 8, 50),
        ("From", "Stadhuis Rijswijk <stadhuis@rijswijk.nl>"),
        ("To", rt(code)),
        ("Subject", "RE: " + subj(code)),
        ("Date", dt(14, 1, 8, 50, 2)),
        ("Message-ID", "<c4f1d0a2e9b84f0f9c1a22b7d5e3f819@rijswijk.nl>"),
        ("In-Reply-To", mid(code)),
    ], leaf("text/plain",
            "Beste KinderpardonNU,\n\n"
            "Uw e-mail hebben wij doorgezet naar de griffie van de gemeenteraad. Zij zorgen dat de "
            "fractievoorzitters hem krijgen.\n\n"
            "Met vriendelijke groet,\n\nTeam Dienstverlening\nGemeente Rijswijk\n", "utf-8", "quoted-printable")),
        "forwarded", code, "passed to the griffie; Rijswijk (ZH.), reply to our Reply-To token")

    # 29. phone, lowercase: Ermelo
    code = "GM0233"
    add(message([
        *gmail_received("smtp.ermelo.nl", "185.25.14.97", 13, 1, 17, 55),
        ("From", "Joost van Leeuwen <j.vanleeuwen@ermelo.nl>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "Re: " + subj(code)),
        ("Date", dt(13, 1, 17, 55, 30)),
        ("Message-ID", "<7E1D2B4C-8A90-4F3D-A5C2-0B6E9D1F3A27@ermelo.nl>"),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
    ], leaf("text/plain",
            "heb m doorgestuurd naar alle fractievoorzitters\ngr joost\n\nVerzonden vanaf mijn iPhone\n",
            "utf-8", "7bit")),
        "forwarded", code, "griffie employee from phone, lowercase, no capitals")

    # 30. agenda as incoming document (C-stuk): Sittard-Geleen
    code = "GM1883"
    body = (
        "Geachte heer/mevrouw,\n\n"
        "Uw brief is geagendeerd als ingekomen stuk (categorie C: ter kennisneming) voor de "
        "raadsvergadering van 12 februari 2026 en is daarmee voor alle raadsleden beschikbaar in het "
        "raadsinformatiesysteem.\n\n"
        "Met vriendelijke groet,\n\nBureau Griffie Sittard-Geleen\n"
    )
    add(message([
        *gmail_received("mail.sittard-geleen.nl", "91.208.16.21", 22, 1, 15, 12),
        ("From", "Griffie Sittard-Geleen <griffie@sittard-geleen.nl>"),
        ("To", "KinderpardonNU <kinderpardonnu@gmail.com>"),
        ("Subject", "Re: " + subj(code)),
        ("Date", dt(22, 1, 15, 12, 44)),
        ("Message-ID", "<20260122151244.GA77120@sittard-geleen.nl>"),
        ("References", mid(code)),
        ("User-Agent", "Mozilla Thunderbird"),
    ], leaf("text/plain",
            body + "\n\nOp 13-01-2026 om 09:14 schreef KinderpardonNU:\n" + gt_quote(letter_text(72, upto=13)) + "\n",
            "utf-8", "8bit", extra="; format=flowed")),
        "forwarded", code, "agendered as ingekomen stuk, not a motion; Thunderbird quote incl. 'moties aangenomen', format=flowed")

    # 31. forwarded + 'no comment on a motion': Gulpen-Wittem
    code = "GM1729"
    add(message([
        *gmail_received("mail.gulpen-wittem.nl", "84.22.112.5", 14, 1, 13, 18),
        ("From", "Griffie <griffie@gulpen-wittem.nl>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "RE: " + subj(code)),
        ("Date", dt(14, 1, 13, 18, 20)),
        ("Message-ID", "<GW.9d1e0c2b3a@gulpen-wittem.nl>"),
        ("In-Reply-To", mid(code)),
    ], leaf("text/plain",
            "Beste mensen van KinderpardonNU,\n\n"
            "Ik heb uw mail met de voorbeeldmotie doorgestuurd aan de fractievoorzitters. Of er een motie "
            "wordt ingediend is aan de fracties zelf; daar kan ik als griffier niets over zeggen.\n\n"
            "Vriendelijke groet,\nHenk Ploumen\ngriffier Gulpen-Wittem\n", "iso-8859-1", "quoted-printable")),
        "forwarded", code, "forwarded; explicitly no statement about a motion being submitted")

    # 32. English Outlook quote, long disclaimer: Haarlemmermeer
    code = "GM0394"
    body = (
        "Beste afzender,\n\n"
        "Dank voor uw e-mail. Ik heb deze doorgestuurd naar de fractievoorzitters van de gemeenteraad "
        "van Haarlemmermeer. Ook wordt hij opgenomen in de lijst ingekomen stukken.\n\n"
        "Met vriendelijke groet,\n\n"
        "Lotte Brandsma\nRaadsadviseur | Griffie\nGemeente Haarlemmermeer\n"
        "Raadhuisplein 1 | Postbus 250 | 2130 AG Hoofddorp\nT 0900 1852\n\n"
        "Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde "
        "bent of dit bericht abusievelijk aan u is toegezonden, wordt u verzocht dat aan de afzender te "
        "melden en het bericht te verwijderen. De gemeente Haarlemmermeer aanvaardt geen "
        "aansprakelijkheid voor schade, van welke aard ook, die verband houdt met risico's verbonden "
        "aan het elektronisch verzenden van berichten.\n\n"
        + outlook_en_quote(code, "info@haarlemmermeer.nl", letter_text(0))
    )
    html = "<html><body><div>" + body.replace("&", "&amp;").replace("\n", "<br>\n") + "</div></body></html>"
    add(message([
        *gmail_received("EUR03-AM7-obe.outbound.protection.outlook.com", "40.107.105.77", 15, 1, 16, 2),
        ("From", "\"Brandsma, Lotte\" <lotte.brandsma@haarlemmermeer.nl>"),
        ("To", "\"kinderpardonnu@gmail.com\" <kinderpardonnu@gmail.com>"),
        ("Subject", "RE: " + subj(code)),
        ("Date", "Thu, 15 Jan 2026 15:02:18 +0000"),
        ("Message-ID", "<DU0PR10MB7313E2A9F6C0C84E3D15A0B9C7E52@DU0PR10MB7313.EURPRD10.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
    ], multipart("alternative", "_000_DU0PR10MB7313E2A9F6C0C84E3D15A0B9C7E52DU0PR10MB7313EURP_", [
        leaf("text/plain", body), leaf("text/html", html)])),
        "forwarded", code, "forwarded to fractievoorzitters + lijst ingekomen stukken; English Outlook header, long disclaimer")

    # 33. hltsamen.nl (shared Hillegom/Lisse/Teylingen) with the town in the text: Lisse
    code = "GM0553"
    add(message([
        *gmail_received("mail.hltsamen.nl", "94.143.17.200", 15, 1, 12, 1),
        ("From", "Saskia Hoogeveen <s.hoogeveen@hltsamen.nl>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "RE: Verzoek om door te sturen"),
        ("Date", dt(15, 1, 12, 1, 38)),
        ("Message-ID", "<0a1b7f3e62c94bb1a33f5a5b7c21e0d9@hltsamen.nl>"),
    ], leaf("text/plain",
            "Goedemiddag,\n\nUw bericht is door de griffie doorgestuurd naar de fractievoorzitters van de "
            "gemeenteraad van Lisse.\n\nMet vriendelijke groet,\n\nSaskia Hoogeveen\n"
            "Griffie Lisse\nHLTsamen, werkorganisatie voor Hillegom, Lisse en Teylingen\n",
            "utf-8", "quoted-printable")),
        "forwarded", code, "shared werkorganisatie domain hltsamen.nl (3 municipalities); text says Lisse; no Message-ID reference")

    # ================================================================ motion_planned (5)

    # 34. GL-PvdA fractievoorzitter, private Gmail, Zutphen, Gmail NL quote of the forward
    body = (
        "Beste KinderpardonNU,\n\n"
        "Dank voor jullie mail, die we via de griffie kregen. Wij gaan in de raadsvergadering van 9 "
        "maart een motie indienen, samen met D66 en de ChristenUnie. We gebruiken jullie voorbeeld als "
        "basis en passen hem aan op de situatie hier in Zutphen.\n\n"
        "Ik houd jullie op de hoogte!\n\n"
        "Hartelijke groet,\nNoor Kampman\nfractievoorzitter GroenLinks-PvdA Zutphen\n\n"
        "Op wo 14 jan 2026 om 10:02 schreef Griffie Zutphen <griffie@zutphen.nl>:\n\n"
        "> Geachte fractievoorzitters,\n>\n> Ter informatie stuur ik u onderstaande mail door.\n>\n"
        "> Met vriendelijke groet,\n> Griffie Zutphen\n>\n"
        "> Van: KinderpardonNU <kinderpardonnu@gmail.com>\n> Verzonden: dinsdag 13 januari 2026 09:14\n"
        "> Aan: Info Zutphen <info@zutphen.nl>\n> Onderwerp: " + subj("GM0301") + "\n>\n"
        + gt_quote(letter_text(76, upto=12)) + "\n"
    )
    html = ("<div dir=\"ltr\">" + "<br>".join(body.split("\n\nOp wo")[0].split("\n")) +
            "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">Op wo 14 jan 2026 om 10:02 "
            "schreef Griffie Zutphen &lt;<a href=\"mailto:griffie@zutphen.nl\">griffie@zutphen.nl</a>&gt;:<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
            "padding-left:1ex\">Geachte fractievoorzitters,<br><br>Ter informatie stuur ik u onderstaande mail door."
            "<br>" + letter_html(12) + "</blockquote></div>")
    add(message([
        *gmail_received("mail-sor-f41.google.com", "209.85.220.41", 16, 1, 20, 45),
        ("From", "Noor Kampman <noorkampman@gmail.com>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "Re: FW: " + subj("GM0301")),
        ("Date", dt(16, 1, 20, 45, 12)),
        ("Message-ID", "<CAHk5Rz+Qm9pVn0Ldw3=8Xj1aRfBv2y4cE6tS@mail.gmail.com>"),
        ("In-Reply-To", "<AM9PR02MB7712D4B3A8C40F1E9E62A7C1B3E52@AM9PR02MB7712.eurprd02.prod.outlook.com>"),
    ], multipart("alternative", "000000000000f4a8e10647b1c223", [
        leaf("text/plain", body), leaf("text/html", html)])),
        "motion_planned", "GM0301", "fractievoorzitter from private Gmail: 'wij gaan ... een motie indienen'; Gmail NL quote of the griffie forward")

    # 35. phone, PvdA Schiedam
    add(message([
        *gmail_received("mail-sor-f69.google.com", "209.85.220.69", 17, 1, 9, 2),
        ("From", "Fatima Ouali <f.ouali@hotmail.com>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "motie schiedam"),
        ("Date", dt(17, 1, 9, 2, 45)),
        ("Message-ID", "<AS2P194MB2163B9F3E0D8C7A2B4E61F09A3C12@AS2P194MB2163.EURP194.PROD.OUTLOOK.COM>"),
    ], leaf("text/plain",
            "hoi, we nemen jullie motie mee en willen em in maart indienen in de raad. hou jullie op de hoogte\n"
            "fatima (pvda schiedam)\n\nVerstuurd vanaf Outlook voor Android\n", "utf-8", "7bit")),
        "motion_planned", "GM0606", "short phone message, intention to submit in March; town only in the signature")

    # 36. CU Harderwijk, formal-ish, planned for a later meeting, iso-8859-1
    add(message([
        *gmail_received("smtp.kpnmail.nl", "195.121.94.168", 19, 1, 19, 30),
        ("From", "Gerrit Jan Hoekstra <gj.hoekstra@kpnmail.nl>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "Uw brief over gewortelde kinderen"),
        ("Date", dt(19, 1, 19, 30, 2)),
        ("Message-ID", "<003a01dc89f1$6b2c1e40$41845ac0$@kpnmail.nl>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], leaf("text/plain",
            "Geachte mevrouw, heer,\n\n"
            "Via de griffie ontving onze fractie uw brief. Wij zijn van plan de voorbeeldmotie, iets "
            "aangepast, voor te leggen aan de raad. We zoeken nog steun bij andere fracties; de bedoeling "
            "is dat de motie in de raad van 26 februari aan de orde komt.\n\n"
            "Met vriendelijke groet,\n\nG.J. Hoekstra\nFractievoorzitter ChristenUnie Harderwijk-Hierden\n",
            "iso-8859-1", "quoted-printable")),
        "motion_planned", "GM0243", "fractievoorzitter from a private KPN address, 'van plan ... voor te leggen'")

    # 37. D66 Deventer: 'nog niet ingediend, bereiden voor' (Apple Mail quote)
    body = (
        "Dag allemaal,\n\n"
        "Goed initiatief. De motie is nog niet ingediend, maar we bereiden hem samen met GroenLinks en "
        "de PvdA voor. Naar verwachting dienen we hem in bij de raadsvergadering van 4 maart.\n\n"
        "Groet,\nMaarten Scholte\nD66 Deventer\n\n"
        "> Op 13 jan 2026, om 15:40 heeft Griffie Deventer <griffie@deventer.nl> het volgende geschreven:\n"
        ">\n> Beste fractievoorzitters,\n>\n> Bijgaand ter informatie een verzoek van KinderpardonNU.\n>\n"
        + gt_quote(gt_quote(letter_text(74, upto=12))) + "\n"
    )
    add(message([
        *gmail_received("smtp.ziggo.nl", "212.54.42.133", 20, 1, 8, 12),
        ("From", "Maarten Scholte <m.scholte@ziggo.nl>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "Re: Verzoek KinderpardonNU"),
        ("Date", dt(20, 1, 8, 12, 59)),
        ("Message-ID", "<9B4E1A77-3C2D-4F58-B0E6-2D7A1C5F8E93@ziggo.nl>"),
        ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
    ], leaf("text/plain", body, "utf-8", "quoted-printable")),
        "motion_planned", "GM0150", "negation: 'nog niet ingediend, maar we bereiden hem voor'; Apple Mail quote")

    # 38. SP Oss: planned + question (progress label wins)
    add(message([
        *gmail_received("mail-sor-f69.google.com", "209.85.220.69", 21, 1, 13, 7),
        ("From", "Ruud Verstegen <ruudverstegen.sp@gmail.com>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "voorbeeldmotie"),
        ("Date", dt(21, 1, 13, 7, 21)),
        ("Message-ID", "<CAF3xWk2nB=7Hq0PcY1TzLq+4a9sDm3vJrE@mail.gmail.com>"),
    ], leaf("text/plain",
            "Hallo,\n\nNamens de SP-fractie in Oss: wij willen de motie graag indienen in de raad van "
            "februari. Hebben jullie de voorbeeldmotie ook als Word-bestand? De bijlage kwam bij ons als "
            "pdf binnen via de griffie.\n\nGr Ruud\n\nVerzonden vanaf mijn Galaxy\n", "utf-8", "quoted-printable")),
        "motion_planned", "GM0828", "intends to submit and asks for a Word file (progress beats question); Android")

    # ================================================================ motion_submitted (5)

    # 39. Nijmegen raadslid: 'vanavond ingediend, stemming volgt'
    add(message([
        *gmail_received("mail-sor-f69.google.com", "209.85.220.69", 28, 1, 23, 41),
        ("From", "Lisa Hermans <lisahermans.nijmegen@gmail.com>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "motie Nijmegen"),
        ("Date", dt(28, 1, 23, 41, 3)),
        ("Message-ID", "<CAK9vL2u+Fh1cRmX0e=pQ8yNw3tJ6aZ4bD@mail.gmail.com>"),
    ], leaf("text/plain",
            "Hoi! Vanavond hebben GroenLinks, PvdA, D66 en de PvdD de motie ingediend in de raad. De stemming "
            "is op 11 februari, ik laat weten hoe het afloopt.\n\nLisa\n", "utf-8", "7bit")),
        "motion_submitted", "GM0268", "council member, private Gmail: submitted tonight, vote 11 Feb")

    # 40. Utrecht griffie formal, Outlook EN block, motion on the agenda
    code = "GM0344"
    body = (
        "Geachte heer, mevrouw,\n\n"
        "Graag informeer ik u dat de motie 'Pleidooi voor gewortelde kinderen' door de fracties van "
        "GroenLinks, PvdA, D66, Student & Starter en de ChristenUnie is ingediend. De motie staat "
        "geagendeerd voor de raadsvergadering van donderdag 5 februari 2026; over de motie wordt dan "
        "gestemd.\n\n"
        "De ingediende motie is te vinden in het raadsinformatiesysteem onder nummer 2026-M14.\n\n"
        "Met vriendelijke groet,\n\n"
        "drs. A. (Annelies) van der Pol\nRaadsadviseur\nGriffie gemeente Utrecht\n\n"
        "Dit e-mailbericht is alleen bestemd voor de geadresseerde(n). Wanneer dit bericht niet voor u "
        "bestemd is, verzoeken wij u de afzender daarvan op de hoogte te stellen en het bericht te "
        "verwijderen.\n\n"
        + outlook_en_quote(code, "Gemeente@utrecht.nl", letter_text(0))
    )
    add(message([
        *gmail_received("EUR01-DB5-obe.outbound.protection.outlook.com", "40.107.15.52", 30, 1, 11, 2),
        ("From", "\"Pol, Annelies van der\" <a.van.der.pol@utrecht.nl>"),
        ("To", "KinderpardonNU <kinderpardonnu@gmail.com>"),
        ("Subject", "RE: " + subj(code)),
        ("Date", "Fri, 30 Jan 2026 10:02:31 +0000"),
        ("Message-ID", "<AS4PR09MB6289F1A0C2D7E4B3E97A8C05D2B31@AS4PR09MB6289.eurprd09.prod.outlook.com>"),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
        ("Thread-Topic", subj(code)),
    ], leaf("text/plain", body, "utf-8", "quoted-printable")),
        "motion_submitted", code, "griffie: motion submitted by five parties, on the agenda, vote to come; full letter quoted")

    # 41. no clue: 'motie staat op de agenda vd raad van donderdag'
    add(message([
        *gmail_received("mail-sor-f41.google.com", "209.85.220.41", 2, 2, 7, 58),
        ("From", "Bas <bas.teunissen@live.nl>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "Re: motie gewortelde kinderen"),
        ("Date", dt(2, 2, 7, 58, 10)),
        ("Message-ID", "<DB7P189MB0412C5A4E1F3D89B2A06C7E1F2B40@DB7P189MB0412.EURP189.PROD.OUTLOOK.COM>"),
    ], leaf("text/plain",
            "motie is ingediend en staat op de agenda vd raad van donderdag, duimen maar\n\n"
            "Verzonden vanaf mijn iPhone\n", "utf-8", "7bit")),
        "motion_submitted", "", "phone one-liner, no town, no reference: municipality unknown")

    # 42. Tilburg: submitted but vote postponed (raadtilburg.nl)
    add(message([
        *gmail_received("mail.raadtilburg.nl", "185.104.29.3", 11, 2, 10, 15),
        ("From", "Hanneke Smulders <h.smulders@raadtilburg.nl>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "Stand van zaken motie Tilburg"),
        ("Date", dt(11, 2, 10, 15, 55)),
        ("Message-ID", "<20260211101555.8f3a@raadtilburg.nl>"),
    ], leaf("text/plain",
            "Beste KinderpardonNU,\n\n"
            "Even een update: de motie is maandag door ons ingediend, maar is nog niet in stemming "
            "gebracht. De stemming is doorgeschoven naar de raadsvergadering van 9 maart omdat de "
            "wethouder eerst een reactie wil geven.\n\n"
            "Hartelijke groet,\nHanneke Smulders\nfractievoorzitter PvdD Tilburg\n", "utf-8", "quoted-printable")),
        "motion_submitted", "GM0855", "submitted, vote postponed ('nog niet in stemming gebracht'); raadtilburg.nl domain")

    # 43. Bergen (L.) council member, private, text names the Limburg Bergen
    add(message([
        *gmail_received("smtp.kpnmail.nl", "195.121.94.170", 6, 2, 21, 3),
        ("From", "Wim Hendrix <w.hendrix@kpnmail.nl>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "Motie gewortelde kinderen Bergen (L)"),
        ("Date", dt(6, 2, 21, 3, 40)),
        ("Message-ID", "<002b01dc97a1$0f9e2b40$2eda81c0$@kpnmail.nl>"),
    ], leaf("text/plain",
            "Geachte heer/mevrouw,\n\n"
            "Ter informatie: namens Lokaal Bergen heb ik vandaag de motie ingediend in onze raad van de "
            "gemeente Bergen in Noord-Limburg. Hij staat op de agenda van 19 februari.\n\n"
            "Met vriendelijke groet,\nW. Hendrix\n", "windows-1252", "quoted-printable")),
        "motion_submitted", "GM0893", "submitted; 'Bergen in Noord-Limburg' / 'Bergen (L)' distinguishes from Bergen (NH.)")

    # ================================================================ motion_adopted (5)

    # 44. Leiden fractievoorzitter, Gmail quote of our letter
    body = (
        "Goed nieuws: gisteravond is de motie aangenomen met 29 stemmen voor en 10 tegen!\n\n"
        "Dank voor het aanreiken van de tekst.\n\n"
        "Groet,\nJesse de Wit\nfractievoorzitter GroenLinks Leiden\n\n"
        "Op di 13 jan 2026 om 09:14 schreef KinderpardonNU <kinderpardonnu@gmail.com>:\n"
        + gt_quote(letter_text(76, upto=12)) + "\n"
    )
    add(message([
        *gmail_received("mail-sor-f69.google.com", "209.85.220.69", 6, 2, 8, 30),
        ("From", "Jesse de Wit <jessedewit@gmail.com>"),
        ("To", "KinderpardonNU <kinderpardonnu@gmail.com>"),
        ("Subject", "Re: " + subj("GM0546")),
        ("Date", dt(6, 2, 8, 30, 2)),
        ("Message-ID", "<CAG2pTq1xN=Vr7Ks3bJwMd9yZc4Hf0eL8aQ@mail.gmail.com>"),
        ("In-Reply-To", mid("GM0546")),
        ("References", mid("GM0546")),
    ], leaf("text/plain", body, "utf-8", "quoted-printable")),
        "motion_adopted", "GM0546", "adopted 29-10; private Gmail replying to the original letter (In-Reply-To)")

    # 45. Súdwest-Fryslân griffie: unanimously adopted, PDF attached
    code = "GM1900"
    pdf = base64.encodebytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                             b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").decode()
    add(message([
        *gmail_received("EUR02-VI1-obe.outbound.protection.outlook.com", "40.107.6.71", 13, 2, 9, 44),
        ("From", "Griffie =?utf-8?q?S=C3=BAdwest-Frysl=C3=A2n?= <griffie@sudwestfryslan.nl>"),
        ("To", "KinderpardonNU <kinderpardonnu@gmail.com>"),
        ("Subject", "Aangenomen motie M2026-07 Pleidooi voor gewortelde kinderen"),
        ("Date", "Fri, 13 Feb 2026 08:44:50 +0000"),
        ("Message-ID", "<GV1PR02MB10618A3C4F2E7D6B09E1A2C3D9E40@GV1PR02MB10618.eurprd02.prod.outlook.com>"),
    ], multipart("mixed", "_004_GV1PR02MB10618A3C4F2E7D6B09E1A2C3D9E40GV1PR02MB10618eurp_", [
        leaf("text/plain",
             "Geachte heer, mevrouw,\n\n"
             "In de raadsvergadering van 12 februari 2026 heeft de gemeenteraad van Súdwest-Fryslân de motie "
             "'Pleidooi voor gewortelde kinderen' (M2026-07), ingediend door FNP, GroenLinks, PvdA en "
             "ChristenUnie, unaniem aangenomen.\n\n"
             "Bijgaand treft u de aangenomen motie aan.\n\n"
             "Mei freonlike groetnis / Met vriendelijke groet,\n\n"
             "Griffie Súdwest-Fryslân\nMarktstraat 15 | 8601 CR Snits\n"),
        "Content-Type: application/pdf; name=\"M2026-07 Pleidooi voor gewortelde kinderen - aangenomen.pdf\"\n"
        "Content-Description: M2026-07 Pleidooi voor gewortelde kinderen - aangenomen.pdf\n"
        "Content-Disposition: attachment; filename=\"M2026-07 Pleidooi voor gewortelde kinderen - aangenomen.pdf\"\n"
        "Content-Transfer-Encoding: base64\n\n" + pdf,
    ])), "motion_adopted", code, "griffie: adopted unanimously, PDF attached, new subject; Frisian greeting; municipality from domain and text")

    # 46. Stein (L.), phone, emoji, to our Reply-To token
    code = "GM0971"
    add(message([
        *gmail_received("mail-sor-f41.google.com", "209.85.220.41", 20, 2, 22, 58),
        ("From", "Ilse Vroemen <ilsevroemen@icloud.com>"),
        ("To", rt(code)),
        ("Subject", "Re: " + subj(code)),
        ("Date", dt(20, 2, 22, 58, 13)),
        ("Message-ID", "<4C9A2E3F-1D7B-4E86-A0F5-97B3D2C1E8A4@icloud.com>"),
    ], leaf("text/plain",
            "motie is aangenomen!! \U0001F389 alleen vvd en de lokale partij stemden tegen\n\n"
            "Verzonden vanaf mijn iPhone\n", "utf-8", "base64")),
        "motion_adopted", code, "phone, emoji, base64; evidence only Reply-To token in To and subject (Stein (L.))")

    # 47. Den Haag: adopted in amended form, raadslid @denhaag.nl
    add(message([
        *gmail_received("mx.denhaag.nl", "145.7.10.22", 27, 2, 0, 12),
        ("From", "Dewi Ramdin <dewi.ramdin@denhaag.nl>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "Motie gewortelde kinderen"),
        ("Date", dt(27, 2, 0, 12, 29)),
        ("Message-ID", "<b71e0f3c9a2d4c8e86d1f5a03e7c2b94@denhaag.nl>"),
    ], leaf("text/plain",
            "Beste initiatiefnemers,\n\n"
            "Fijn om te melden: de motie 'Pleidooi voor gewortelde kinderen' is gisteren in de Haagse "
            "gemeenteraad in geamendeerde vorm aangenomen. Het amendement van het CDA schrapte punt f; "
            "de rest bleef overeind.\n\n"
            "Met vriendelijke groet,\n\nDewi Ramdin\nRaadslid PvdA Den Haag\n", "utf-8", "quoted-printable")),
        "motion_adopted", "GM0518", "adopted in amended form; 'Den Haag' ('s-Gravenhage) in text, denhaag.nl sender")

    # 48. Hilversum griffie; mentions Amersfoort as an aside
    add(message([
        *gmail_received("mail.hilversum.nl", "83.96.248.40", 4, 3, 14, 20),
        ("From", "Griffie Hilversum <griffie@hilversum.nl>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "Uitslag motie gewortelde kinderen"),
        ("Date", dt(4, 3, 14, 20, 41)),
        ("Message-ID", "<20260304142041.5c2d@hilversum.nl>"),
    ], leaf("text/plain",
            "Geachte heer/mevrouw,\n\n"
            "Net als eerder in Amersfoort heeft ook onze raad de motie over gewortelde kinderen aangenomen, "
            "in de vergadering van 3 maart (22 stemmen voor, 11 tegen). Het college zal de oproep aan de "
            "Staten-Generaal doorgeleiden.\n\n"
            "Met vriendelijke groet,\n\nE. de Graaf\nGriffie Hilversum\n", "utf-8", "quoted-printable")),
        "motion_adopted", "GM0402", "adopted; text also names Amersfoort (a distractor), sender hilversum.nl")

    # ================================================================ motion_rejected (3)

    # 49. Veenendaal, private Outlook.com
    add(message([
        *gmail_received("EUR05-VI1-obe.outbound.protection.outlook.com", "40.92.90.11", 13, 2, 7, 35),
        ("From", "Karin Bos <karinbos_veenendaal@outlook.com>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "uitslag"),
        ("Date", dt(13, 2, 7, 35, 20)),
        ("Message-ID", "<PR3P191MB1322D0E6C9A1B7F24E85D36AC4B72@PR3P191MB1322.EURP191.PROD.OUTLOOK.COM>"),
    ], leaf("text/plain",
            "Goedemorgen,\n\nHelaas, gisteravond is de motie in Veenendaal verworpen: 14 voor, 17 tegen. "
            "Wij blijven het onderwerp wel agenderen.\n\nKarin Bos\nD66 Veenendaal\n", "utf-8", "8bit")),
        "motion_rejected", "GM0345", "rejected 14-17; private address, town in text")

    # 50. Hardenberg griffie, amendment adopted but motion rejected (Outlook NL block)
    code = "GM0160"
    body = (
        "Geachte heer, mevrouw,\n\n"
        "In de raadsvergadering van 17 februari is de motie 'Pleidooi voor gewortelde kinderen' "
        "besproken. Het amendement van de VVD werd aangenomen, maar de geamendeerde motie is "
        "uiteindelijk verworpen met 12 stemmen voor en 19 tegen.\n\n"
        "Met vriendelijke groet,\n\nJ. Lubbers\nGriffie gemeente Hardenberg\n\n"
        + outlook_nl_quote(code, "gemeente@hardenberg.nl", letter_text(0, upto=12))
    )
    add(message([
        *gmail_received("EUR04-DB3-obe.outbound.protection.outlook.com", "40.107.6.99", 18, 2, 10, 5),
        ("From", "Griffie Hardenberg <griffie@hardenberg.nl>"),
        ("To", "KinderpardonNU <kinderpardonnu@gmail.com>"),
        ("Subject", "RE: " + subj(code)),
        ("Date", "Wed, 18 Feb 2026 09:05:17 +0000"),
        ("Message-ID", "<AM8PR03MB8021C2B5E7A1D94F0E36B1A7C9D80@AM8PR03MB8021.eurprd03.prod.outlook.com>"),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
    ], leaf("text/plain", body, "windows-1252", "quoted-printable")),
        "motion_rejected", code, "amendment adopted but motion rejected; quoted letter says 'moties aangenomen'")

    # 51. Beek (L.), lowercase phone, References our letter
    code = "GM0888"
    add(message([
        *gmail_received("mail-sor-f69.google.com", "209.85.220.69", 25, 2, 23, 10),
        ("From", "rob <rob.notermans@gmail.com>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "Re: " + subj(code)),
        ("Date", dt(25, 2, 23, 10, 5)),
        ("Message-ID", "<CAM1tB0k=Zq5Lr9ePc7yWn2dHx4uF8vJsKo@mail.gmail.com>"),
        ("References", mid(code)),
        ("In-Reply-To", mid(code)),
    ], leaf("text/plain",
            "helaas, motie vanavond weggestemd. coalitie stemde tegen, oppositie voor. volgende keer beter\n",
            "utf-8", "7bit")),
        "motion_rejected", code, "lowercase 'weggestemd'; In-Reply-To our Beek (L.) letter")

    # ================================================================ declined (3)

    # 52. Staphorst: we don't forward, mail the council yourself
    code = "GM0180"
    add(message([
        *gmail_received("mail.staphorst.nl", "80.113.5.44", 14, 1, 15, 40),
        ("From", "Gemeente Staphorst <gemeente@staphorst.nl>"),
        ("To", "KinderpardonNU <kinderpardonnu@gmail.com>"),
        ("Subject", "RE: " + subj(code)),
        ("Date", dt(14, 1, 15, 40, 12)),
        ("Message-ID", "<000001dc8527$b45a1e10$1d0e5a30$@staphorst.nl>"),
        ("In-Reply-To", mid(code)),
    ], leaf("text/plain",
            "Geachte heer, mevrouw,\n\n"
            "Het is niet onze werkwijze om verzoeken van derden door te sturen aan de fracties. Wij doen "
            "daarom niets met uw verzoek. De contactgegevens van de raadsleden staan op onze website, zodat "
            "u hen desgewenst zelf kunt benaderen.\n\n"
            "Met vriendelijke groet,\n\nGemeente Staphorst\n", "utf-8", "quoted-printable")),
        "declined", code, "will not forward requests from third parties (mentions website, but refusal is the point)")

    # 53. Urk griffie: presidium decision
    code = "GM0184"
    add(message([
        *gmail_received("mail.urk.nl", "213.207.90.3", 19, 1, 11, 5),
        ("From", "Griffie Urk <griffie@urk.nl>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "Uw verzoek d.d. 13 januari 2026"),
        ("Date", dt(19, 1, 11, 5, 33)),
        ("Message-ID", "<5e3d1c07a9b24f6e8c0d2a71b9e4f3c6@urk.nl>"),
    ], leaf("text/plain",
            "Geachte heer, mevrouw,\n\n"
            "Het presidium van de gemeenteraad van Urk heeft afgesproken dat landelijke lobbybrieven niet "
            "naar de fracties worden doorgeleid. Uw brief zal daarom niet worden doorgestuurd of "
            "geagendeerd.\n\n"
            "Met vriendelijke groet,\n\nR. Kapitein\nGriffier\n", "iso-8859-1", "quoted-printable")),
        "declined", code, "griffie will not forward or agendize; no Message-ID link, town in text and domain")

    # 54. SGP Barneveld fractievoorzitter, private: will not submit
    add(message([
        *gmail_received("mail-sor-f41.google.com", "209.85.220.41", 22, 1, 20, 17),
        ("From", "Arie van de Kamp <arie.vdkamp@solcon.nl>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "Re: FW: " + subj("GM0203")),
        ("Date", dt(22, 1, 20, 17, 45)),
        ("Message-ID", "<4e0c9f1a-2b7d-4f3e-9a16-0d58c3b7e2f1@solcon.nl>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], leaf("text/plain",
            "Geachte heer/mevrouw,\n\n"
            "Wij hebben uw brief via de griffie ontvangen. Onze fractie zal deze motie niet indienen en ook "
            "niet steunen: naar ons oordeel gaat het om een landelijk onderwerp, waarover de gemeenteraad "
            "niet gaat.\n\n"
            "Met vriendelijke groet,\n\nA. van de Kamp\nfractievoorzitter SGP Barneveld\n\n"
            "Op 14-1-2026 om 10:31 schreef Griffie Barneveld:\n"
            "> Geachte fractievoorzitters,\n>\n> Hierbij doorgestuurd ter informatie.\n>\n"
            + gt_quote(letter_text(72, upto=12)) + "\n", "utf-8", "quoted-printable",
            extra="; format=flowed")),
        "declined", "GM0203", "fractievoorzitter: will not submit (negated 'motie indienen'); Thunderbird quote")

    # ================================================================ opt_out (2)

    # 55. Vaals: remove from mailing list
    code = "GM0981"
    add(message([
        *gmail_received("mail.vaals.nl", "62.133.207.2", 13, 1, 13, 13),
        ("From", "Info Vaals <info@vaals.nl>"),
        ("To", "KinderpardonNU <kinderpardonnu@gmail.com>"),
        ("Subject", "RE: " + subj(code)),
        ("Date", dt(13, 1, 13, 13, 1)),
        ("Message-ID", "<VI0PR10MB4990B4E1C7D2A3F96E0B5D2C8A1F3@VI0PR10MB4990.EURPRD10.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
    ], leaf("text/plain",
            "Goedemiddag,\n\nWilt u dit adres uit uw verzendlijst verwijderen? Wij ontvangen graag geen "
            "berichten meer van KinderpardonNU.\n\nMet vriendelijke groet,\nGemeente Vaals\n",
            "utf-8", "quoted-printable")),
        "opt_out", code, "asks to be removed from the list")

    # 56. Aa en Hunze raadslid: stop mailing
    add(message([
        *gmail_received("mail.aaenhunze.nl", "185.45.12.9", 3, 2, 18, 44),
        ("From", "B. Ensing <b.ensing@aaenhunze.nl>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "Re: Herinnering: verzoek om door te sturen aan de fractievoorzitters en de griffier van Aa en Hunze"),
        ("Date", dt(3, 2, 18, 44, 30)),
        ("Message-ID", "<1A2C3E4F-5B6D-4789-8A0B-C1D2E3F40516@aaenhunze.nl>"),
    ], leaf("text/plain",
            "stop aub met mailen, dit is al de tweede keer. ik wil hier geen mail meer over ontvangen\n\n"
            "Verzonden vanaf mijn iPhone\n", "utf-8", "7bit")),
        "opt_out", "GM1680", "reply to the reminder, lowercase, 'stop met mailen'")

    # ================================================================ question (3)

    # 57. Gouda griffie: which municipalities, may it be changed?
    code = "GM0513"
    add(message([
        *gmail_received("mail.gouda.nl", "195.35.99.1", 15, 1, 10, 25),
        ("From", "Griffie Gouda <griffie@gouda.nl>"),
        ("To", "KinderpardonNU <kinderpardonnu@gmail.com>"),
        ("Subject", "RE: " + subj(code)),
        ("Date", dt(15, 1, 10, 25, 40)),
        ("Message-ID", "<e2f3a4b5c6d74e8f9a0b1c2d3e4f5a6b@gouda.nl>"),
        ("In-Reply-To", mid(code)),
    ], leaf("text/plain",
            "Goedemorgen,\n\nVoordat wij uw mail verder uitzetten: kunt u aangeven namens welke organisatie "
            "u schrijft en of KinderpardonNU een stichting of vereniging is? En zijn er naast de genoemde "
            "gemeenten nog andere raden die de motie hebben aangenomen?\n\nMet vriendelijke groet,\n"
            "Linda Verhoef\nGriffie Gouda\n", "utf-8", "quoted-printable")),
        "question", code, "griffie asks who is behind it before acting; mentions 'aangenomen' in a question")

    # 58. Landgraaf: is there an English version? / who receives
    code = "GM0882"
    add(message([
        *gmail_received("mail.landgraaf.nl", "91.199.33.70", 16, 1, 9, 48),
        ("From", "Pascal Dautzenberg <p.dautzenberg@landgraaf.nl>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "Vraag over uw mail"),
        ("Date", dt(16, 1, 9, 48, 11)),
        ("Message-ID", "<2c8e1f0a-7d3b-4a95-b6e2-9f4c1d0a83e7@landgraaf.nl>"),
    ], leaf("text/plain",
            "Hallo,\n\nBedoelt u met 'de fractievoorzitters' alleen de raadsfracties, of ook de "
            "burgerleden van de commissies? En mag ik de bijlagen als één pdf doorsturen?\n\n"
            "Groet,\nPascal\n", "utf-8", "quoted-printable")),
        "question", code, "two practical questions; municipality only from sender domain")

    # 59. no clue: hotmail asks for an English version
    add(message([
        *gmail_received("EUR05-AM6-obe.outbound.protection.outlook.com", "40.92.64.71", 18, 1, 16, 22),
        ("From", "S.Yilmaz <s.yilmaz82@hotmail.com>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "vraagje"),
        ("Date", dt(18, 1, 16, 22, 3)),
        ("Message-ID", "<AM7P189MB0807E6C3D1A2B94F5E73C0D9A2E61@AM7P189MB0807.EURP189.PROD.OUTLOOK.COM>"),
    ], leaf("text/plain",
            "hallo, hebben jullie de achtergrondinfo ook in het engels? een collega in de raad leest geen "
            "nederlands. alvast bedankt\n", "utf-8", "7bit")),
        "question", "", "private address, no town, no reference: municipality unknown")

    # ================================================================ other (2)

    # 60. newsletter
    html = (
        "<html><body><table width=\"640\"><tr><td style=\"font-family:Arial\">"
        "<h1>Nieuwsbrief Raadsleden &amp; Griffiers</h1>"
        "<p>In deze editie: de nieuwe Handreiking Informatievoorziening, webinar over de "
        "gemeenteraadsverkiezingen van 18 maart en de inschrijving voor het Congres Lokale Democratie.</p>"
        "<p><a href=\"https://nieuwsbrief.example-raadsleden.nl/lees\">Lees online</a></p>"
        "<p style=\"font-size:11px\">U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. "
        "<a href=\"https://nieuwsbrief.example-raadsleden.nl/afmelden?u=8812\">Afmelden</a></p>"
        "</td></tr></table></body></html>"
    )
    add(message([
        *gmail_received("mta12.mailpro.nl", "185.107.232.12", 21, 1, 7, 0),
        ("From", "Raadsleden Platform <nieuwsbrief@raadsledenplatform.nl>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "Nieuwsbrief januari: verkiezingen, handreiking en congres"),
        ("Date", dt(21, 1, 7, 0, 0)),
        ("Message-ID", "<nb.2026-01.8812.4471@mailpro.nl>"),
        ("List-Unsubscribe", "<https://nieuwsbrief.example-raadsleden.nl/afmelden?u=8812>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], leaf("text/html", html, "utf-8", "quoted-printable")), "other", "",
        "newsletter with List-Unsubscribe; mentions raadsleden/griffiers but unrelated")

    # 61. Google security notice
    add(message([
        ("Delivered-To", BASE),
        ("Received", "by 2002:a05:7010:3b1c:b0:412:7a1f:9e0c with SMTP id g28csp1120387;\n"
         "        Sat, 24 Jan 2026 03:12:55 -0800 (PST)"),
        ("From", "Google <no-reply@accounts.google.com>"),
        ("To", BASE),
        ("Subject", "Beveiligingsmelding"),
        ("Date", "Sat, 24 Jan 2026 11:12:54 GMT"),
        ("Message-ID", "<Aq1xZb2kL9mT0fWc4sVn8g@notifications.google.com>"),
    ], multipart("alternative", "0000000000001a2b3c0647c1e8f0", [
        leaf("text/plain",
             "Er is een nieuwe app-wachtwoord gemaakt voor je Google-account\n\n"
             "kinderpardonnu@gmail.com\n\n"
             "Als je dit niet hebt gedaan, controleer dan je account: "
             "https://myaccount.google.com/notifications\n\n"
             "Je hebt deze e-mail ontvangen om je op de hoogte te stellen van belangrijke wijzigingen in je "
             "Google-account en -services.\n© 2026 Google Ireland Ltd., Gordon House, Barrow Street, Dublin 4, Ierland\n"),
        leaf("text/html",
             "<html><body><p>Er is een nieuwe app-wachtwoord gemaakt voor je Google-account</p>"
             "<p>kinderpardonnu@gmail.com</p><p><a href=\"https://myaccount.google.com/notifications\">"
             "Activiteit controleren</a></p></body></html>"),
    ])), "other", "", "Google account security notification")


def main() -> None:
    build()
    for old in HERE.glob("n*.eml"):
        old.unlink()
    order = list(range(len(CASES)))
    random.Random(9137).shuffle(order)
    rows = []
    for i, idx in enumerate(order, 1):
        data, label, code, note = CASES[idx]
        name = f"n{i:03d}.eml"
        (HERE / name).write_bytes(data)
        rows.append({"file": name, "label": label, "municipality": code, "note": note})
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "label", "municipality", "note"])
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
