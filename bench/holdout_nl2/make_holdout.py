#!/usr/bin/env python3
"""Writes the held-out reply set bench/holdout_nl2/ (n01.eml ... and labels.csv).

Run from the repository root:  .venv/bin/python bench/holdout_nl2/make_holdout.py
Deterministic: the same files come out every time.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import importlib.util
import quopri
import random
import re
import textwrap
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

_spec = importlib.util.spec_from_file_location("_identity", ROOT / "outreach/compose/identity.py")
identity = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(identity)

SECRET = "corpus-secret"
CAMPAIGN = "kinderpardon-2026"
BASE = "kinderpardonnu@gmail.com"
SENDER = f"KinderpardonNU <{BASE}>"

MUNI: dict[str, dict[str, str]] = {}
with open(ROOT / "data/municipalities.csv", newline="", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        MUNI[row["cbs_code"]] = row

rng = random.Random(20260707)
CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))


def mid(code: str) -> str:
    return identity.message_id_for(
        campaign=CAMPAIGN, cbs_code=code, step="letter", domain="gmail.com", secret=SECRET
    )


def plus(code: str) -> str:
    return identity.reply_address(BASE, cbs_code=code, secret=SECRET)


def name(code: str) -> str:
    return MUNI[code]["name"]


def to_addr(code: str) -> str:
    return MUNI[code]["email"]


def subject(code: str) -> str:
    return (
        "Verzoek om door te sturen aan de fractievoorzitters en de griffier van "
        f"{name(code)}: motie Pleidooi voor gewortelde kinderen"
    )


def d(s: str, tz=CEST) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def rfc(t: datetime) -> str:
    return format_datetime(t)


def hx(n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def an(n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def ew(text: str, charset: str = "utf-8") -> str:
    """A header value, as encoded words when it is not plain ASCII."""
    if text.isascii():
        return text
    return Header(text, charset).encode()


# --------------------------------------------------------------------------- the letter

_TEMPLATE = (ROOT / "templates/letter/body.txt.j2").read_text(encoding="utf-8")
_TEMPLATE = re.sub(r"\{#.*?#\}\n?", "", _TEMPLATE, flags=re.S)


def letter_paras(code: str) -> list[str]:
    text = (
        _TEMPLATE.replace("{{ gemeente }}", name(code))
        .replace("{{ contact_address }}", BASE)
        .replace("{{ sender_name }}", "KinderpardonNU")
        .replace(
            '{{ attachments | join("; ") }}',
            "Achtergrondinformatie kinderpardon.docx; Voorstel van motie kinderpardon.docx",
        )
    )
    return [p[3:] if p.startswith("## ") else p for p in text.strip().split("\n\n")]


def letter_plain(code: str, width: int | None = None) -> str:
    paras = letter_paras(code)
    if width:
        paras = ["\n".join(textwrap.wrap(p, width)) for p in paras]
    return "\n\n".join(paras)


def letter_html(code: str) -> str:
    out = []
    for p in letter_paras(code):
        if p in ("Wat kan u doen?", "Wie zijn wij?"):
            out.append(f"<h3>{p}</h3>")
        else:
            out.append(f"<p>{html_escape(p)}</p>")
    return "\n".join(out)


def html_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def gt(text: str, prefix: str = "> ") -> str:
    return "\n".join(prefix + line if line else prefix.rstrip() for line in text.split("\n"))


DAYS = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
DAYS_SHORT = "ma di wo do vr za zo".split()
MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december"
).split()
MONTHS_SHORT = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()


def gmail_attrib(t: datetime) -> str:
    return (
        f"Op {DAYS_SHORT[t.weekday()]} {t.day} {MONTHS_SHORT[t.month - 1]} {t.year} om "
        f"{t:%H:%M} schreef KinderpardonNU <{BASE}>:"
    )


def apple_attrib(t: datetime) -> str:
    return (
        f"Op {t.day} {MONTHS_SHORT[t.month - 1]} {t.year}, om {t:%H:%M} heeft KinderpardonNU "
        f"<{BASE}> het volgende geschreven:"
    )


def outlook_nl(t: datetime, to: str, subj: str, reply_to: str | None = None) -> str:
    lines = [
        f"Van: KinderpardonNU <{BASE}>",
        f"Verzonden: {DAYS[t.weekday()]} {t.day} {MONTHS[t.month - 1]} {t.year} {t:%H:%M}",
        f"Aan: {to}",
        f"Onderwerp: {subj}",
    ]
    return "\n".join(lines)


def outlook_en(t: datetime, to: str, subj: str) -> str:
    return "\n".join(
        [
            f"From: KinderpardonNU <{BASE}>",
            f"Sent: {t:%A, %B} {t.day}, {t.year} {t:%I:%M %p}",
            f"To: {to}",
            f"Subject: {subj}",
        ]
    )


# --------------------------------------------------------------------------- MIME helpers


def encode_body(text: str, charset: str, cte: str) -> str:
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return text  # 7bit / 8bit: written as is


def part(ctype: str, text: str, charset: str = "utf-8", cte: str = "quoted-printable",
         extra: str = "") -> str:
    head = f'Content-Type: {ctype}; charset="{charset}"{extra}\nContent-Transfer-Encoding: {cte}\n'
    return head + "\n" + encode_body(text, charset, cte)


def multipart(subtype: str, parts: list[str], boundary: str | None = None, extra: str = "") -> str:
    boundary = boundary or f"_000_{an(28)}_"
    body = "".join(f"--{boundary}\n{p.rstrip(chr(10))}\n\n" for p in parts)
    return f'Content-Type: multipart/{subtype};{extra}\n\tboundary="{boundary}"\n\n' + body + f"--{boundary}--\n"


def headers(pairs: list[tuple[str, str]]) -> str:
    return "".join(f"{k}: {v}\n" for k, v in pairs if v is not None)


def gmail_trace(t: datetime, env_from: str, host: str, ip: str, dom: str | None,
                dkim: bool = True, dmarc: str = "pass") -> list[tuple[str, str]]:
    recv = t + timedelta(seconds=rng.randint(3, 50))
    auth = []
    if dom and dkim:
        auth.append(f"dkim=pass header.i=@{dom} header.s=selector{rng.randint(1, 2)} header.b={an(8, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}")
    if env_from and env_from != "<>":
        edom = env_from.strip("<>").rpartition("@")[2]
        auth.append(f"spf=pass (google.com: domain of {env_from.strip('<>')} designates {ip} as permitted sender) smtp.mailfrom={edom}")
    if dom:
        auth.append(f"dmarc={dmarc} (p=REJECT sp=REJECT dis=NONE) header.from={dom}")
    return [
        ("Delivered-To", BASE),
        ("Received", f"by 2002:a05:6a20:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {an(8, 'abcdefghijklmnopqrstuvwxyz0123456789')}csp{rng.randint(100000, 999999)}pzb;\n        {rfc(recv)}"),
        ("Return-Path", env_from if env_from.startswith("<") else f"<{env_from}>"),
        ("Received", f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {an(12, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{rng.randint(10, 99)}.2026.{rng.randint(1000000, 9999999)}\n        for <{BASE}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {rfc(recv)}"),
        ("Authentication-Results", "mx.google.com;\n       " + ";\n       ".join(auth) if auth else None),
    ]


def outlook_host() -> tuple[str, str]:
    n = rng.randint(2010, 2099)
    return (
        f"mail-{rng.choice(['am6', 'db5', 'he1', 'vi1', 'am0'])}eur{rng.choice(['01', '02', '03', '04', '05'])}on{n}.outbound.protection.outlook.com",
        f"40.107.{rng.randint(1, 250)}.{rng.randint(1, 250)}",
    )


def ms_mid() -> str:
    srv = f"{rng.choice(['AM9PR09MB', 'DB9PR04MB', 'PAXPR09MB', 'AS8PR09MB', 'GV1PR09MB'])}{rng.randint(1000, 9999)}"
    return f"<{srv}{an(20, '0123456789ABCDEF')}@{srv}.eurprd0{rng.randint(1, 9)}.prod.outlook.com>"


def gmail_mid() -> str:
    return f"<CA{an(10)}{an(30, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+')}@mail.gmail.com>"


def exchange_extra(t: datetime, topic: str) -> list[tuple[str, str]]:
    return [
        ("Thread-Topic", topic),
        ("Thread-Index", base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()),
        ("Accept-Language", "nl-NL, en-US"),
        ("Content-Language", "nl-NL"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "1"),
        ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{t.astimezone(timezone.utc):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
    ]


def letter_headers(code: str, t: datetime) -> list[tuple[str, str]]:
    """The headers our letter went out with (for bounces that return them)."""
    return [
        ("From", SENDER),
        ("To", to_addr(code)),
        ("Reply-To", plus(code)),
        ("Subject", ew(subject(code))),
        ("Date", rfc(t)),
        ("Message-ID", mid(code)),
        ("Content-Language", "nl"),
        ("MIME-Version", "1.0"),
    ]


def gmail_sent_trace(t: datetime) -> list[tuple[str, str]]:
    return [
        ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=gmail.com; s=20230601; t={int(t.timestamp())}; x=%d;\n        h=content-language:mime-version:message-id:date:subject:reply-to:to:from\n        :from:to:cc:subject:date:message-id:reply-to;\n        bh={an(43, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/')}=;\n        b={an(60, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/')}" % (int(t.timestamp()) + 604800)),
        ("Received", f"from [127.0.0.1] ({rng.choice(['ip-', 'static-'])}{rng.randint(80, 95)}-{rng.randint(1, 250)}-{rng.randint(1, 250)}.{rng.choice(['kpn.net', 'ziggo.nl', 'odido.nl'])} [{rng.randint(80, 95)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}])\n        by smtp.gmail.com with ESMTPSA id {an(12, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{rng.randint(10, 99)}.2026\n        for <{BASE}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {rfc(t)}"),
    ]


def original_letter(code: str, t: datetime, body: bool = True) -> str:
    """Our letter as returned inside a bounce (text part only; the attachments dropped)."""
    head = headers([("Return-Path", f"<{BASE}>")] + gmail_sent_trace(t) + letter_headers(code, t))
    if not body:
        return head
    text = part("text/plain", letter_plain(code))
    return head + multipart("mixed", [multipart("alternative", [text])])


def finish(head: list[tuple[str, str]], body: str, charset: str = "ascii", crlf: bool = True) -> bytes:
    raw = headers(head) + body
    if crlf:
        raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    return raw.encode(charset)


# =========================================================================== the cases

CASES: list[tuple[str, bytes, str, str, str]] = []  # key, bytes, label, code, note


def case(key: str, label: str, code: str, note: str):
    def wrap(fn):
        CASES.append((key, fn(), label, code, note))
        return fn
    return wrap


SENT = d("2026-07-07 10:14")  # the main send run; a few batches went out on other days


# --------------------------------------------------------------------------- bounces

@case("b01", "bounce_hard", "GM0893",
      "Gmail DSN, 550 5.4.1 Access denied from Exchange Online; original attached; bergen.nl is Bergen (L.), not Bergen (NH.)")
def _():
    code, sent = "GM0893", SENT
    t = sent + timedelta(seconds=9)
    rcpt = to_addr(code)
    human = (
        "\n** Bericht niet bezorgd **\n\n"
        f"Er is een probleem opgetreden bij het bezorgen van je bericht aan {rcpt}. "
        "Zie de technische details hieronder.\n\n"
        "LEES MEER\u00a0\u00a0\u00a0https://support.google.com/mail/?p=NotAuthorizedError\n\n"
        "Het antwoord van de externe server was:\n\n"
        "550 5.4.1 Recipient address rejected: Access denied. For more information see "
        "https://aka.ms/EXOSmtpErrors [AM4PEPF00025F9A.EURPRD83.prod.outlook.com 2026-07-07T08:14:09.514Z 08DDB8A1F0C4E2D7]\n"
    )
    html = (
        '<html><head></head><body><div style="font-family:Google Sans,Roboto,Arial;max-width:560px">'
        '<h2 style="font-weight:400">Bericht niet bezorgd</h2>'
        f'<p>Er is een probleem opgetreden bij het bezorgen van je bericht aan <a style="color:#212121;text-decoration:none"><b>{rcpt}</b></a>. '
        'Zie de technische details hieronder.</p>'
        '<p><a href="https://support.google.com/mail/?p=NotAuthorizedError">LEES MEER</a></p>'
        '<p style="font-size:12px;color:#5f6368">Het antwoord van de externe server was:</p>'
        '<p style="font-family:monospace">550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors '
        '[AM4PEPF00025F9A.EURPRD83.prod.outlook.com 2026-07-07T08:14:09.514Z 08DDB8A1F0C4E2D7]</p></div></body></html>'
    )
    dsn = (
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; googlemail.com\n"
        f"Arrival-Date: {rfc(sent - timedelta(seconds=1))}\n"
        f"X-Original-Message-ID: {mid(code)}\n\n"
        f"Final-Recipient: rfc822; {rcpt}\n"
        "Action: failed\n"
        "Status: 5.4.1\n"
        "Remote-MTA: dns; bergen-nl.mail.protection.outlook.com. (52.101.73.14, the server for the domain bergen.nl.)\n"
        "Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors\n"
        " [AM4PEPF00025F9A.EURPRD83.prod.outlook.com 2026-07-07T08:14:09.514Z 08DDB8A1F0C4E2D7]\n"
        f"Last-Attempt-Date: {rfc(t.astimezone(timezone(timedelta(hours=-7))))}\n"
    )
    orig = "Content-Type: message/rfc822\n\n" + original_letter(code, sent)
    boundary = "0000000000002b7c4d063a19f0e1"
    body = multipart("report", [
        multipart("related", [multipart("alternative", [part("text/plain", human), part("text/html", html)], "00000000000026f9b8063a19f0e2")], "00000000000026f9b2063a19f0e3"),
        dsn, orig], boundary, " report-type=delivery-status;")
    head = [
        ("Delivered-To", BASE),
        ("Received", f"by 2002:a05:6a20:9c8e:b0:61d:3a0:7f14 with SMTP id q14csp2281564pzb;\n        {rfc(t)}"),
        ("Return-Path", "<>"),
        ("Received", f"by 2002:a05:6000:2a1:b0:3a4:f6b2:11c1 with SMTP id b1-20020a0560002a1b00b003a4f6b211c1mr5566712wry.12;\n        {rfc(t)}"),
        ("Content-Type", None),
        ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
        ("To", BASE),
        ("Auto-Submitted", "auto-replied"),
        ("Message-ID", f"<686b8a11.050a0220.3b7c4d.{hx(4)}.GMR@mx.google.com>"),
        ("Date", rfc(t.astimezone(timezone(timedelta(hours=-7))))),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("References", mid(code)),
        ("In-Reply-To", mid(code)),
        ("X-Failed-Recipients", rcpt),
        ("MIME-Version", "1.0"),
    ]
    return finish(head, body)


@case("b02", "bounce_hard", "GM0888",
      "Exchange Online NDR in Dutch 'Onbestelbaar:', 550 5.1.10 RecipientNotFound; text/rfc822-headers; Beek (L.)")
def _():
    code, sent = "GM0888", d("2026-07-07 10:22")
    t = sent + timedelta(minutes=1, seconds=12)
    rcpt = to_addr(code)
    subj = subject(code)
    text = (
        f"Uw bericht kan niet worden bezorgd bij {rcpt} omdat het adres niet is gevonden. "
        "Controleer of het e-mailadres correct is gespeld, of de ontvanger niet is verwijderd en "
        "probeer het bericht opnieuw te verzenden. Als het probleem zich blijft voordoen, neemt u "
        "contact op met uw e-mailbeheerder.\n\n"
        f"Bezorging is mislukt voor deze ontvangers of groepen:\n\n{rcpt}\n"
        "Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de "
        "ontvanger en probeer het bericht opnieuw te verzenden.\n\n\n\n\n\n"
        "Diagnostische informatie voor beheerders:\n\n"
        "Server genereren: AS8PR09MB6112.eurprd09.prod.outlook.com\n\n"
        f"{rcpt}\n"
        "Externe server heeft '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
        f"{rcpt} not found by SMTP address lookup' geretourneerd\n\n"
        "Oorspronkelijke berichtkoppen:\n\n"
        + headers(letter_headers(code, sent))
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<p><b><font color="#000066" size="3" face="Arial">Uw bericht kan niet worden bezorgd bij '
        f'{rcpt} omdat het adres niet is gevonden.</font></b></p>'
        f'<p><font size="2">Bezorging is mislukt voor deze ontvangers of groepen:</font></p><p><a href="mailto:{rcpt}">{rcpt}</a><br>'
        'Het e-mailadres dat u hebt ingevoerd, is niet gevonden.</p>'
        '<p><b>Diagnostische informatie voor beheerders:</b></p><p>Server genereren: AS8PR09MB6112.eurprd09.prod.outlook.com</p>'
        f"<p>{rcpt}<br>Externe server heeft '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup' geretourneerd</p>"
        '</body></html>'
    )
    dsn = (
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns;AS8PR09MB6112.eurprd09.prod.outlook.com\n"
        f"Received-From-MTA: dns;mail-wm1-f44.google.com\n"
        f"Arrival-Date: {rfc(sent.astimezone(timezone.utc))}\n\n"
        f"Final-Recipient: rfc822;{rcpt}\n"
        "Action: failed\n"
        "Status: 5.1.10\n"
        f"Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup\n"
    )
    hdrs = "Content-Type: text/rfc822-headers\n\n" + headers(
        [("Received", f"from mail-wm1-f44.google.com (209.85.128.44) by\n AM4PEPF00027A61.mail.protection.outlook.com (10.167.16.68) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8901.12 via\n Frontend Transport; {rfc(sent.astimezone(timezone.utc))}")]
        + letter_headers(code, sent))
    body = multipart("report", [multipart("alternative", [part("text/plain", text), part("text/html", html)]), dsn, hdrs],
                     extra=" report-type=delivery-status;")
    head = gmail_trace(t, "<>", "mail-am0eur02on2120.outbound.protection.outlook.com", "40.107.247.120", "gemeentebeek.nl") + [
        ("From", "Microsoft Outlook\n\t<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@gemeentebeek.nl>"),
        ("To", f"<{BASE}>"),
        ("Date", rfc(t.astimezone(timezone.utc))),
        ("Subject", f"Onbestelbaar: {subj}"),
        ("Message-ID", f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@AS8PR09MB6112.eurprd09.prod.outlook.com>"),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
        ("MIME-Version", "1.0"),
        ("Content-Language", "nl-NL"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("X-MS-PublicTrafficType", "Email"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return finish(head, body)


@case("b03", "bounce_hard", "GM0164",
      "Exchange Online NDR in English, 550 5.7.133 group does not accept external senders; original attached as message/rfc822; Hengelo (O.)")
def _():
    code, sent = "GM0164", d("2026-07-08 09:41")
    t = sent + timedelta(seconds=31)
    rcpt = to_addr(code)
    text = (
        "Your message to gemeente@hengelo.nl couldn't be delivered.\n\n"
        "The group gemeente only accepts messages from people in its organization or on its "
        "allowed senders list, and your email address isn't on the list.\n\n"
        "kinderpardonnu     Office 365     gemeente\n"
        "Action Required                   Recipient\n\n\n"
        "External sender not allowed\n\n"
        "How to Fix It\n"
        "It appears the group is set up to reject messages from people outside the organization. "
        "Contact the group owner and ask them to change the group's delivery restrictions.\n\n"
        "More Info for Email Admins\n"
        "Status code: 550 5.7.133\n\n"
        "This error occurs when the group is configured to only accept messages from senders in "
        "the organization (RequireSenderAuthenticationEnabled is set to true).\n\n"
        "Original Message Details\n"
        f"Created Date:    {sent.astimezone(timezone.utc):%-m/%-d/%Y %-I:%M:%S %p}\n"
        f"Sender Address:    {BASE}\n"
        f"Recipient Address:    {rcpt}\n"
        f"Subject:    {subject(code)}\n\n"
        "Error Details\n"
        "Error:    550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; "
        "Delivery restriction check failed as sender not authenticated when sending to this group\n"
        "Message rejected by:    DB9PR04MB8412.eurprd04.prod.outlook.com\n"
    )
    dsn = (
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns;DB9PR04MB8412.eurprd04.prod.outlook.com\n"
        "Received-From-MTA: dns;mail-ed1-f47.google.com\n"
        f"Arrival-Date: {rfc(sent.astimezone(timezone.utc))}\n\n"
        f"Original-Recipient: rfc822;{rcpt}\n"
        f"Final-Recipient: rfc822;{rcpt}\n"
        "Action: failed\n"
        "Status: 5.7.133\n"
        "Diagnostic-Code: smtp;550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated when sending to this group\n"
    )
    orig = "Content-Type: message/rfc822\n\n" + original_letter(code, sent)
    body = multipart("report", [multipart("alternative", [part("text/plain", text)]), dsn, orig],
                     extra=" report-type=delivery-status;")
    host, ip = outlook_host()
    head = gmail_trace(t, "<>", host, ip, "hengelo.nl") + [
        ("From", "postmaster@hengelo.nl"),
        ("To", BASE),
        ("Date", rfc(t.astimezone(timezone.utc))),
        ("Subject", f"Undeliverable: {subject(code)}"),
        ("Message-ID", f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@DB9PR04MB8412.eurprd04.prod.outlook.com>"),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
        ("MIME-Version", "1.0"),
        ("Content-Language", "en-US"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
    ]
    return finish(head, body)


@case("b04", "bounce_hard", "GM0417",
      "Postfix bounce from a shared gateway (BEL Combinatie), 550 5.1.1 user unknown; only text/rfc822-headers; Laren (NH.)")
def _():
    code, sent = "GM0417", d("2026-07-07 10:31")
    t = sent + timedelta(seconds=4)
    rcpt = to_addr(code)
    qid = an(11, "0123456789ABCDEF")
    text = (
        "This is the mail system at host mx02.bel-combinatie.nl.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{rcpt}>: host 10.20.4.15[10.20.4.15] said: 550 5.1.1 <{rcpt}>: Recipient\n"
        "    address rejected: User unknown in virtual alias table (in reply to RCPT TO\n"
        "    command)\n"
    )
    dsn = (
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx02.bel-combinatie.nl\n"
        f"X-Postfix-Queue-ID: {qid}\n"
        f"X-Postfix-Sender: rfc822; {BASE}\n"
        f"Arrival-Date: {sent:%a, %-d %b %Y %H:%M:%S %z (CEST)}\n\n"
        f"Final-Recipient: rfc822; {rcpt}\n"
        f"Original-Recipient: rfc822;{rcpt}\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Remote-MTA: dns; 10.20.4.15\n"
        f"Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User\n    unknown in virtual alias table\n"
    )
    hdrs = "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + headers(
        [("Received", f"from mail-lj1-f171.google.com (mail-lj1-f171.google.com [209.85.208.171])\n\tby mx02.bel-combinatie.nl (Postfix) with ESMTPS id {qid}\n\tfor <{rcpt}>; {sent:%a, %-d %b %Y %H:%M:%S %z (CEST)}")]
        + letter_headers(code, sent))
    b = f"{qid}.{int(t.timestamp())}/mx02.bel-combinatie.nl"
    body = ("This is a MIME-encapsulated message.\n\n" + multipart(
        "report", ["Content-Description: Notification\n" + part("text/plain", text, "us-ascii", "7bit"), dsn, hdrs], b,
        " report-type=delivery-status;")).replace("This is a MIME-encapsulated message.\n\nContent-Type", "Content-Type")
    head = gmail_trace(t, "<>", "mx02.bel-combinatie.nl", "185.37.112.42", None) + [
        ("Date", f"{t:%a, %-d %b %Y %H:%M:%S %z (CEST)}"),
        ("From", "MAILER-DAEMON@mx02.bel-combinatie.nl (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", BASE),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Message-Id", f"<{int(t.timestamp())}.{an(6, '0123456789')}@mx02.bel-combinatie.nl>"),
    ]
    return finish(head, body)


@case("b05", "bounce_hard", "GM0589",
      "Exim 'Mail delivery failed' in plain text (no DSN part), copy of the message inline; Oudewater")
def _():
    code, sent = "GM0589", d("2026-07-09 14:02")
    t = sent + timedelta(seconds=6)
    rcpt = to_addr(code)
    copy = original_letter(code, sent, body=False) + "\n" + letter_plain(code)[:1400] + "\n"
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {rcpt}\n"
        "    host mail.oudewater.nl [195.8.209.77]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{rcpt}>:\n"
        "    550 No such recipient here\n\n"
        "------ This is a copy of the message, including all the headers. ------\n"
        "------ The body of the message is 318442 characters long; only the first\n"
        "------ 106496 or so are included here.\n\n"
        + copy
    )
    head = gmail_trace(t, "<>", "relay3.mailplatform.nl", "195.8.209.12", None) + [
        ("Received", f"from mail-qv1-f49.google.com ([209.85.219.49])\n\tby relay3.mailplatform.nl with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97)\n\t(envelope-from <{BASE}>)\n\tid 1uZq{an(2)}-00{an(4)}-{an(2)}\n\tfor {rcpt};\n\t{sent:%a, %d %b %Y %H:%M:%S %z}"),
        ("X-Failed-Recipients", rcpt),
        ("Auto-Submitted", "auto-replied"),
        ("From", "Mail Delivery System <Mailer-Daemon@relay3.mailplatform.nl>"),
        ("To", BASE),
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", "8bit"),
        ("Subject", "Mail delivery failed: returning message to sender"),
        ("Message-Id", f"<E1uZq{an(2)}-00{an(4)}-{an(2)}@relay3.mailplatform.nl>"),
        ("Date", f"{t:%a, %d %b %Y %H:%M:%S %z}"),
    ]
    return finish(head, "\n" + text, "utf-8", crlf=False)


@case("b06", "bounce_soft", "GM0687",
      "Gmail delay DSN (Action: delayed, 451 4.7.500 server busy), headers only; Middelburg (Z.)")
def _():
    code, sent = "GM0687", d("2026-07-07 10:48")
    t = sent + timedelta(hours=4, minutes=2)
    rcpt = to_addr(code)
    text = (
        "\n** Bezorging vertraagd **\n\n"
        f"Er is een tijdelijk probleem opgetreden bij het bezorgen van je bericht aan {rcpt}. "
        "Gmail probeert het nog 44 uur opnieuw. Je ontvangt een melding als de bezorging "
        "definitief mislukt.\n\n"
        "Het antwoord van de externe server was:\n\n"
        "451 4.7.500 Server busy. Please try again later from [209.85.218.54]. (S77719) "
        "[AMS0EPF000001A9.eurprd05.prod.outlook.com 2026-07-07T12:50:11.882Z 08DDB8F3A2C61E0B]\n"
    )
    dsn = (
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; googlemail.com\n"
        f"Arrival-Date: {rfc(sent)}\n"
        f"X-Original-Message-ID: {mid(code)}\n\n"
        f"Final-Recipient: rfc822; {rcpt}\n"
        "Action: delayed\n"
        "Status: 4.7.500\n"
        "Remote-MTA: dns; middelburg-nl.mail.protection.outlook.com. (52.101.68.31, the server for the domain middelburg.nl.)\n"
        "Diagnostic-Code: smtp; 451 4.7.500 Server busy. Please try again later from [209.85.218.54]. (S77719)\n"
        f"Last-Attempt-Date: {rfc(t)}\n"
        f"Will-Retry-Until: {rfc(sent + timedelta(hours=48))}\n"
    )
    hdrs = "Content-Type: text/rfc822-headers\n\n" + headers(letter_headers(code, sent))
    body = multipart("report", [multipart("alternative", [part("text/plain", text)]), dsn, hdrs],
                     extra=" report-type=delivery-status;")
    head = [
        ("Delivered-To", BASE),
        ("Received", f"by 2002:a05:7108:2b11:b0:3f0:7a2e:c0d1 with SMTP id x17csp1190032gda;\n        {rfc(t)}"),
        ("Return-Path", "<>"),
        ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
        ("To", BASE),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Delivery Status Notification (Delay)"),
        ("Date", rfc(t)),
        ("Message-ID", f"<686bc3f2.170a0220.{hx(6)}.{hx(4)}.GMR@mx.google.com>"),
        ("References", mid(code)),
        ("In-Reply-To", mid(code)),
        ("MIME-Version", "1.0"),
    ]
    return finish(head, body)


@case("b07", "bounce_soft", "GM0060",
      "Postfix 'Delayed Mail (still being retried)' warning, 4.4.1 connection timed out to the internal server; Ameland")
def _():
    code, sent = "GM0060", d("2026-07-07 11:02")
    t = sent + timedelta(hours=4, minutes=11)
    rcpt = to_addr(code)
    qid = an(10, "0123456789ABCDEF")
    text = (
        "This is the mail system at host mailgw.ameland.nl.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\n"
        "It will be retried until it is 5 day(s) old.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{rcpt}>: connect to 192.168.40.12[192.168.40.12]:25: Connection timed out\n"
    )
    dsn = (
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mailgw.ameland.nl\n"
        f"X-Postfix-Queue-ID: {qid}\n"
        f"X-Postfix-Sender: rfc822; {BASE}\n"
        f"Arrival-Date: {sent:%a, %-d %b %Y %H:%M:%S %z (CEST)}\n\n"
        f"Final-Recipient: rfc822; {rcpt}\n"
        f"Original-Recipient: rfc822;{rcpt}\n"
        "Action: delayed\n"
        "Status: 4.4.1\n"
        "Diagnostic-Code: X-Postfix; connect to 192.168.40.12[192.168.40.12]:25:\n    Connection timed out\n"
        f"Will-Retry-Until: {(sent + timedelta(days=5)):%a, %-d %b %Y %H:%M:%S %z (CEST)}\n"
    )
    hdrs = "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + headers(letter_headers(code, sent))
    body = multipart("report", ["Content-Description: Notification\n" + part("text/plain", text, "us-ascii", "7bit"), dsn, hdrs],
                     f"{qid}.{int(t.timestamp())}/mailgw.ameland.nl", " report-type=delivery-status;")
    head = gmail_trace(t, "<>", "mailgw.ameland.nl", "81.26.214.9", None) + [
        ("Date", f"{t:%a, %-d %b %Y %H:%M:%S %z (CEST)}"),
        ("From", "MAILER-DAEMON@mailgw.ameland.nl (Mail Delivery System)"),
        ("Subject", "Delayed Mail (still being retried)"),
        ("To", BASE),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Message-Id", f"<{int(t.timestamp())}.{an(5, '0123456789')}@mailgw.ameland.nl>"),
    ]
    return finish(head, body)


# --------------------------------------------------------------------------- auto-replies

DISCLAIMER_NL = (
    "Dit bericht is uitsluitend bestemd voor de geadresseerde(n). Als u dit bericht onterecht "
    "ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren "
    "door het bericht te retourneren. De gemeente {g} aanvaardt geen aansprakelijkheid voor "
    "schade, van welke aard ook, die verband houdt met risico's verbonden aan het elektronisch "
    "verzenden van berichten."
)


@case("a01", "auto_reply", "GM0355",
      "Outlook personal out-of-office (vakantie), names KCC phone number for urgent matters; zeist.nl")
def _():
    code, sent = "GM0355", d("2026-07-07 10:18")
    t = sent + timedelta(minutes=2, seconds=40)
    text = (
        "Goedendag,\n\n"
        "Dank voor uw e-mail. Ik ben met vakantie tot en met maandag 3 augustus en lees in deze "
        "periode mijn mail niet. Uw bericht wordt niet automatisch doorgestuurd.\n\n"
        "Voor dringende zaken kunt u bellen met het Klantcontactcentrum via 14 030.\n\n"
        "Met vriendelijke groet,\n\n"
        "Annelies Meijer-van Dijk\n"
        "Medewerker Documentaire Informatievoorziening\n"
        "Gemeente Zeist\n"
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt">'
        + "".join(f"<p>{html_escape(p).replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n"))
        + "</div></body></html>"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<a.meijer@zeist.nl>", host, ip, "zeist.nl") + [
        ("From", '"Meijer-van Dijk, Annelies" <a.meijer@zeist.nl>'),
        ("To", f"KinderpardonNU <{BASE}>"),
        ("Subject", f"Automatisch antwoord: {subject(code)}"),
        ("Thread-Topic", subject(code)),
        ("Thread-Index", "AQHb7x2k" + an(20)),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
        ("Content-Language", "nl-NL"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "a.meijer@zeist.nl"),
        ("Auto-Submitted", "auto-generated"),
        ("MIME-Version", "1.0"),
    ]
    return finish(head, multipart("alternative", [part("text/plain", text), part("text/html", html)]))


@case("a02", "auto_reply", "GM0603",
      "griffie zomerreces notice ('Afwezig:'), says mail is read after the recess; Rijswijk (ZH.) by domain")
def _():
    code, sent = "GM0603", d("2026-07-13 09:05")
    t = sent + timedelta(seconds=50)
    text = (
        "Geachte afzender,\n\n"
        "Van 11 juli tot en met 23 augustus 2026 heeft de gemeenteraad van Rijswijk zomerreces. "
        "In deze periode is de griffie beperkt bezet en worden e-mails met vertraging gelezen.\n\n"
        "Vanaf maandag 24 augustus zijn wij weer volledig bereikbaar.\n\n"
        "Met vriendelijke groet,\n\nGriffie gemeente Rijswijk\n"
        "Bogaardplein 15 | 2284 DP Rijswijk\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<griffie@rijswijk.nl>", host, ip, "rijswijk.nl") + [
        ("From", "Griffie <griffie@rijswijk.nl>"),
        ("To", f"KinderpardonNU <{BASE}>"),
        ("Subject", f"Afwezig: {subject(code)}"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("Content-Language", "nl-NL"),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
        ("MIME-Version", "1.0"),
    ]
    return finish(head, part("text/plain", text, "iso-8859-1", "quoted-printable"))


@case("a03", "auto_reply", "",
      "kerstreces out-of-office from a private KPN address, generic subject, no headers or name tying it to a municipality")
def _():
    t = d("2026-12-21 08:12", CET)
    text = (
        "Beste afzender,\n\n"
        "Tijdens het kerstreces, van 19 december tot en met 4 januari, ben ik niet of nauwelijks "
        "bereikbaar. Na mijn terugkomst lees ik uw bericht.\n\n"
        "Fijne feestdagen!\n\nHenk Vos\n"
    )
    head = gmail_trace(t, "<h.vos1958@kpnmail.nl>", "ewsoutbound.kpnmail.nl", "195.121.94.167", "kpnmail.nl") + [
        ("X-KPN-MessageId", f"{hx(8)}-{hx(4)}-11f0-{hx(4)}-{hx(12)}"),
        ("From", "h.vos1958@kpnmail.nl"),
        ("To", BASE),
        ("Subject", "Afwezigheidsbericht"),
        ("Date", rfc(t)),
        ("Message-ID", f"<{hx(8)}-{hx(4)}-11f0-{hx(4)}-{hx(12)}@kpnmail.nl>"),
        ("X-Autoreply", "yes"),
        ("Precedence", "bulk"),
        ("MIME-Version", "1.0"),
    ]
    return finish(head, part("text/plain", text, "utf-8", "7bit"))


@case("a04", "auto_reply", "GM0855",
      "bilingual Exchange 'Automatic reply:' (EN + NL), In-Reply-To carries our Message-ID; tilburg.nl")
def _():
    code, sent = "GM0855", d("2026-07-07 11:26")
    t = sent + timedelta(seconds=21)
    text = (
        "Thank you for your e-mail. I am out of the office until Monday 10 August and will have no "
        "access to my e-mail. Your message will not be forwarded.\n\n"
        "Bedankt voor uw bericht. Ik ben afwezig tot maandag 10 augustus en heb geen toegang tot "
        "mijn e-mail. Uw bericht wordt niet doorgestuurd.\n\n"
        "Kind regards / Met vriendelijke groet,\n\n"
        "Y. (Yasmina) El Khatib\nBestuurssecretariaat\nGemeente Tilburg\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<y.elkhatib@tilburg.nl>", host, ip, "tilburg.nl") + [
        ("From", "\"El Khatib, Yasmina\" <y.elkhatib@tilburg.nl>"),
        ("To", f"KinderpardonNU <{BASE}>"),
        ("Subject", f"Automatic reply: {subject(code)}"),
        ("Thread-Topic", subject(code)),
        ("Date", rfc(t.astimezone(timezone.utc))),
        ("Message-ID", ms_mid()),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
        ("Content-Language", "en-US"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("MIME-Version", "1.0"),
    ]
    return finish(head, part("text/plain", text, "utf-8", "base64"))


@case("a05", "auto_reply", "GM0310",
      "HTML-only zomerreces auto-reply from the griffie, sent to the plus address (no In-Reply-To); De Bilt")
def _():
    code, sent = "GM0310", d("2026-07-14 10:40")
    t = sent + timedelta(minutes=1)
    html = (
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
        "<style>p{margin:0 0 8pt 0}</style></head><body lang=\"NL\">"
        "<div class=\"WordSection1\"><p style=\"font-family:Arial;font-size:10pt\">Geachte heer, mevrouw,</p>"
        "<p style=\"font-family:Arial;font-size:10pt\">De griffie is tijdens het zomerreces gesloten van "
        "13 juli tot en met 21 augustus 2026. Berichten die in deze periode binnenkomen, worden na het "
        "reces gelezen.</p>"
        "<p style=\"font-family:Arial;font-size:10pt\">Met vriendelijke groet,<br><b>Griffie De Bilt</b><br>"
        "Soestdijkseweg Zuid 173, 3721 AA Bilthoven</p>"
        "<p style=\"font-family:Arial;font-size:7.5pt;color:gray\">"
        + html_escape(DISCLAIMER_NL.format(g="De Bilt")) + "</p></div></body></html>"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<griffie@debilt.nl>", host, ip, "debilt.nl") + [
        ("From", "Griffie De Bilt <griffie@debilt.nl>"),
        ("To", plus(code)),
        ("Subject", "Automatisch antwoord: zomerreces"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "griffie@debilt.nl"),
        ("MIME-Version", "1.0"),
    ]
    return finish(head, part("text/html", html, "utf-8", "quoted-printable"))


# --------------------------------------------------------------------------- redirects

@case("r01", "redirect", "GM1904",
      "automatic 'address no longer in use' notice naming griffie address and contact form; Stichtse Vecht")
def _():
    code, sent = "GM1904", d("2026-07-07 10:55")
    t = sent + timedelta(seconds=14)
    text = (
        "Dit is een automatisch bericht.\n\n"
        "Het e-mailadres info@stichtsevecht.nl wordt niet meer gelezen. Uw bericht is niet in "
        "behandeling genomen en ook niet doorgestuurd.\n\n"
        "Heeft u een vraag voor de gemeente? Gebruik dan het contactformulier op "
        "https://www.stichtsevecht.nl/contact. Berichten voor de gemeenteraad kunt u sturen naar "
        "griffie@stichtsevecht.nl.\n\n"
        "Gemeente Stichtse Vecht\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<noreply@stichtsevecht.nl>", host, ip, "stichtsevecht.nl") + [
        ("From", "Gemeente Stichtse Vecht <noreply@stichtsevecht.nl>"),
        ("To", BASE),
        ("Subject", f"RE: {subject(code)}"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
    ]
    return finish(head, part("text/plain", text))


@case("r02", "redirect", "GM0356",
      "KCC employee (a person) says the KCC does not forward to the council, send it to griffie@nieuwegein.nl; quotes the full letter in an Outlook NL block")
def _():
    code, sent = "GM0356", SENT
    t = d("2026-07-08 13:37")
    text = (
        "Geachte heer/mevrouw,\n\n"
        "Dank voor uw e-mail. Via dit algemene adres kunnen wij geen post doorzetten naar de "
        "gemeenteraad of de fractievoorzitters. Wilt u uw bericht rechtstreeks sturen aan de griffie "
        "via griffie@nieuwegein.nl? De griffie zorgt voor verspreiding onder de raad.\n\n"
        "Met vriendelijke groet,\n\n"
        "Dennis Brouwer\nKlantcontactcentrum\nGemeente Nieuwegein\nT 14 030\n\n"
        + DISCLAIMER_NL.format(g="Nieuwegein") + "\n\n"
        + outlook_nl(sent, f"Gemeente Nieuwegein <{to_addr(code)}>", subject(code)) + "\n\n"
        + letter_plain(code) + "\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<d.brouwer@nieuwegein.nl>", host, ip, "nieuwegein.nl") + [
        ("From", "Dennis Brouwer <d.brouwer@nieuwegein.nl>"),
        ("To", f"KinderpardonNU <{plus(code)}>"),
        ("Subject", f"RE: {subject(code)}"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
    ] + exchange_extra(t, subject(code)) + [("MIME-Version", "1.0")]
    return finish(head, part("text/plain", text, "utf-8", "quoted-printable"))


@case("r03", "redirect", "GM0553",
      "shared service domain hltsamen.nl (Hillegom, Lisse, Teylingen): unmanned-mailbox notice; only In-Reply-To identifies Lisse")
def _():
    code, sent = "GM0553", d("2026-07-07 11:09")
    t = sent + timedelta(seconds=37)
    text = (
        "Dit is een automatisch antwoord. Deze mailbox wordt niet bemand.\n\n"
        "HLTsamen voert de bedrijfsvoering uit voor de gemeenten Hillegom, Lisse en Teylingen. "
        "Berichten die naar dit adres worden gestuurd, worden niet gelezen.\n\n"
        "Wilt u de gemeente bereiken? Gebruik het contactformulier op de website van uw gemeente. "
        "Stukken voor de gemeenteraad kunt u rechtstreeks naar de griffie van de betreffende "
        "gemeente sturen.\n\n"
        "Met vriendelijke groet,\nHLTsamen\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<noreply@hltsamen.nl>", host, ip, "hltsamen.nl") + [
        ("From", "HLTsamen <noreply@hltsamen.nl>"),
        ("To", f"KinderpardonNU <{BASE}>"),
        ("Subject", "Uw e-mail is niet in behandeling genomen"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
        ("Auto-Submitted", "auto-replied"),
        ("Precedence", "auto_reply"),
        ("MIME-Version", "1.0"),
    ]
    return finish(head, part("text/plain", text, "windows-1252", "quoted-printable"))


# --------------------------------------------------------------------------- acknowledged

@case("k01", "acknowledged", "GM0479",
      "zaaksysteem receipt with zaaknummer, 'u kunt hier niet op antwoorden', original message quoted below; Zaanstad")
def _():
    code, sent = "GM0479", SENT
    t = sent + timedelta(minutes=6)
    zaak = "Z-26-118734"
    text = (
        "Geachte heer/mevrouw,\n\n"
        f"Wij hebben uw e-mail van {sent.day} {MONTHS[sent.month - 1]} {sent.year} goed ontvangen. "
        f"Uw bericht is geregistreerd onder zaaknummer {zaak}. Wilt u dit nummer vermelden als u "
        "over dit onderwerp contact met ons opneemt?\n\n"
        "Met vriendelijke groet,\n\nGemeente Zaanstad\n\n"
        "Dit bericht is automatisch verzonden. U kunt op dit bericht niet antwoorden.\n\n"
        "-------- Uw bericht --------\n"
        f"Van: {BASE}\nDatum: {sent:%d-%m-%Y %H:%M}\nOnderwerp: {subject(code)}\n\n"
        + letter_plain(code, 76) + "\n"
    )
    head = gmail_trace(t, "<bounces+zaak@mail.zaanstad.nl>", "o12.mail.zaanstad.nl", "149.72.118.20", "zaanstad.nl") + [
        ("From", "Gemeente Zaanstad <noreply@zaanstad.nl>"),
        ("To", BASE),
        ("Subject", f"Ontvangstbevestiging - zaaknummer {zaak}"),
        ("Date", rfc(t)),
        ("Message-ID", f"<{hx(16)}.{zaak}@zaakgericht.zaanstad.nl>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Zaaksysteem notificatieservice 4.12"),
        ("MIME-Version", "1.0"),
    ]
    return finish(head, part("text/plain", text, "utf-8", "quoted-printable"))


@case("k02", "acknowledged", "GM0351",
      "only 'Ontvangen, dank u.' above the full letter quoted in an Outlook NL block (which says moties aangenomen / motie in te dienen); Woudenberg")
def _():
    code, sent = "GM0351", SENT
    t = d("2026-07-07 14:51")
    text = (
        "Ontvangen, dank u.\n\n"
        + outlook_nl(sent, f"info <{to_addr(code)}>", subject(code)) + "\n\n"
        + letter_plain(code) + "\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<j.hoogendoorn@woudenberg.nl>", host, ip, "woudenberg.nl") + [
        ("From", "Jolanda Hoogendoorn <j.hoogendoorn@woudenberg.nl>"),
        ("To", f"KinderpardonNU <{plus(code)}>"),
        ("Subject", f"RE: {subject(code)}"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
    ] + exchange_extra(t, subject(code)) + [("MIME-Version", "1.0")]
    return finish(head, part("text/plain", text, "utf-8", "quoted-printable"))


@case("k03", "acknowledged", "GM0307",
      "automatic receipt with kenmerk from Amersfoort, quoting the letter in HTML; the letter itself names Amersfoort as a municipality that adopted the motion")
def _():
    code, sent = "GM0307", d("2026-07-07 10:16")
    t = sent + timedelta(seconds=48)
    msg = (
        "Geachte heer/mevrouw,\n\nBedankt voor uw e-mail. Wij hebben uw bericht ontvangen en "
        "geregistreerd onder kenmerk 8123456. U krijgt binnen 10 werkdagen een reactie van ons.\n\n"
        "Met vriendelijke groet,\n\nGemeente Amersfoort\nPostbus 4000, 3800 EA Amersfoort\n"
    )
    quoted = outlook_nl(sent, to_addr(code), subject(code)) + "\n\n" + letter_plain(code)
    text = msg + "\n" + quoted + "\n"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div style="font-family:Segoe UI,Arial;font-size:10.5pt">'
        + "".join(f"<p>{html_escape(p).replace(chr(10), '<br>')}</p>" for p in msg.strip().split("\n\n"))
        + '</div><hr style="display:inline-block;width:98%" tabindex="-1">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f'<b>Van:</b> KinderpardonNU &lt;{BASE}&gt;<br><b>Verzonden:</b> {DAYS[sent.weekday()]} {sent.day} {MONTHS[sent.month - 1]} {sent.year} {sent:%H:%M}<br>'
        f'<b>Aan:</b> {to_addr(code)}<br><b>Onderwerp:</b> {html_escape(subject(code))}</font><div>&nbsp;</div></div>'
        f'<div>{letter_html(code)}</div></body></html>'
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<info@amersfoort.nl>", host, ip, "amersfoort.nl") + [
        ("From", "Gemeente Amersfoort <info@amersfoort.nl>"),
        ("To", f"KinderpardonNU <{BASE}>"),
        ("Subject", f"Ontvangstbevestiging: {subject(code)}"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("In-Reply-To", mid(code)),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("MIME-Version", "1.0"),
    ]
    return finish(head, multipart("alternative", [part("text/plain", text), part("text/html", html)]))


@case("k04", "acknowledged", "GM0193",
      "person at Post en Archief, windows-1252 QP, 'in goede orde ontvangen', will look into who handles it (not yet forwarded); Zwolle")
def _():
    code, sent = "GM0193", SENT
    t = d("2026-07-09 08:47")
    text = (
        "Geachte heer, mevrouw,\n\n"
        "Hartelijk dank voor uw e-mail. Wij hebben deze in goede orde ontvangen. We bekijken wie "
        "binnen de gemeente uw verzoek het beste kan oppakken; u hoort binnen één week van ons.\n\n"
        "Met vriendelijke groet,\n\n"
        "Gerrit-Jan Wolters\nTeam Post & Archief\nGemeente Zwolle | Postbus 10007 | 8000 GA Zwolle\n\n"
        + outlook_nl(sent, f"Postbus <{to_addr(code)}>", subject(code)) + "\n\n"
        + letter_plain(code) + "\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<g.wolters@zwolle.nl>", host, ip, "zwolle.nl") + [
        ("From", "\"Wolters, Gerrit-Jan\" <g.wolters@zwolle.nl>"),
        ("To", f"\"KinderpardonNU\" <{plus(code)}>"),
        ("Subject", f"RE: {subject(code)}"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
    ] + exchange_extra(t, subject(code)) + [("MIME-Version", "1.0")]
    return finish(head, part("text/plain", text, "windows-1252", "quoted-printable"))


@case("k05", "acknowledged", "GM0373",
      "HTML-only automatic receipt with 'ons kenmerk', text says only 'gemeente Bergen'; the sender domain bergen-nh.nl decides Bergen (NH.)")
def _():
    t = d("2026-07-07 10:20")
    kenmerk = "BNH/26/014527"
    html = (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Ontvangstbevestiging</title></head>"
        "<body style=\"font-family:Verdana,sans-serif;font-size:13px;color:#222\">"
        "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"background:#00529b;color:#fff;padding:12px\">"
        "<b>Gemeente Bergen</b></td></tr><tr><td style=\"padding:16px\">"
        "<p>Geachte heer/mevrouw,</p>"
        "<p>Wij hebben uw bericht ontvangen. Het is geregistreerd onder ons kenmerk "
        f"<b>{kenmerk}</b>. Noemt u dit kenmerk als u contact met ons opneemt.</p>"
        "<p>U ontvangt zo snel mogelijk een inhoudelijke reactie.</p>"
        "<p>Met vriendelijke groet,<br>Gemeente Bergen<br>Postbus 175, 1860 AD Bergen</p>"
        "<p style=\"font-size:11px;color:#777\">Dit is een automatisch verzonden bericht. "
        "Reageren op deze e-mail is niet mogelijk.</p></td></tr></table></body></html>"
    )
    head = gmail_trace(t, "<noreply@bergen-nh.nl>", "smtp-out2.bergen-nh.nl", "91.213.92.18", "bergen-nh.nl") + [
        ("From", "Gemeente Bergen <noreply@bergen-nh.nl>"),
        ("To", BASE),
        ("Subject", f"Ontvangstbevestiging {kenmerk}"),
        ("Date", rfc(t)),
        ("Message-ID", f"<{hx(12)}.{kenmerk.replace('/', '-')}@bergen-nh.nl>"),
        ("Auto-Submitted", "auto-generated"),
        ("MIME-Version", "1.0"),
    ]
    return finish(head, part("text/html", html, "utf-8", "base64"))


@case("k06", "acknowledged", "GM1669",
      "shared service domain servicecentrum-mer.nl (Maasgouw, Echt-Susteren, Roerdalen) receipt with registratienummer; only the plus address in To identifies Roerdalen")
def _():
    code = "GM1669"
    t = d("2026-07-07 11:33")
    text = (
        "Geachte heer/mevrouw,\n\n"
        "Uw e-mail is ontvangen door Servicecentrum MER. Wij verzorgen de postregistratie voor de "
        "gemeenten Maasgouw, Echt-Susteren en Roerdalen.\n\n"
        "Registratienummer: MER-2026-0071544\n\n"
        "Uw bericht wordt zo spoedig mogelijk aan de juiste behandelaar toegewezen.\n\n"
        "Met vriendelijke groet,\nServicecentrum MER\n\n"
        "Dit bericht is automatisch aangemaakt.\n"
    )
    head = gmail_trace(t, "<noreply@servicecentrum-mer.nl>", "mail-out.servicecentrum-mer.nl", "185.102.20.66", "servicecentrum-mer.nl") + [
        ("From", "Servicecentrum MER <noreply@servicecentrum-mer.nl>"),
        ("To", plus(code)),
        ("Subject", "Ontvangstbevestiging MER-2026-0071544"),
        ("Date", rfc(t)),
        ("Message-ID", f"<{hx(20)}@servicecentrum-mer.nl>"),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
    ]
    return finish(head, part("text/plain", text, "iso-8859-1", "7bit"))


@case("k07", "acknowledged", "GM0335",
      "iPhone reply: received, NOT yet forwarded because the griffier is on leave; Apple quote of the letter; Montfoort")
def _():
    code, sent = "GM0335", SENT
    t = d("2026-07-07 16:03")
    text = (
        "Goedemiddag,\n\n"
        "Ontvangen. Ik heb het nog niet doorgestuurd, want de griffier is deze week met verlof. "
        "Volgende week pakt zij het op.\n\n"
        "Groet,\nSanne Kuipers\n\n"
        "Verstuurd vanaf mijn iPhone\n\n"
        + gt(apple_attrib(sent) + "\n\n" + letter_plain(code, 74)) + "\n"
    )
    head = gmail_trace(t, "<s.kuipers@montfoort.nl>", *outlook_host(), "montfoort.nl") + [
        ("Content-Type", None),
        ("From", "Sanne Kuipers <s.kuipers@montfoort.nl>"),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", f"Re: {subject(code)}"),
        ("Date", rfc(t)),
        ("Message-Id", f"<{hx(8).upper()}-{hx(4).upper()}-{hx(4).upper()}-{hx(4).upper()}-{hx(12).upper()}@montfoort.nl>"),
        ("References", mid(code)),
        ("In-Reply-To", mid(code)),
        ("To", f"KinderpardonNU <{plus(code)}>"),
        ("X-Mailer", "iPhone Mail (22F76)"),
    ]
    return finish(head, part("text/plain", text, "utf-8", "quoted-printable"))


# --------------------------------------------------------------------------- forwarded

@case("f01", "forwarded", "GM0321",
      "griffie confirms forwarding to the fractievoorzitters; full letter in Outlook NL block; Houten")
def _():
    code, sent = "GM0321", SENT
    t = d("2026-07-08 10:12")
    text = (
        "Geachte heer/mevrouw,\n\n"
        "Namens de griffie laat ik u weten dat uw e-mail met de bijlagen vandaag is doorgestuurd "
        "aan de fractievoorzitters van de gemeenteraad van Houten.\n\n"
        "Met vriendelijke groet,\n\n"
        "Marloes de Wit\nraadsadviseur | Griffie gemeente Houten\nPostbus 30 | 3990 DA Houten\n\n"
        + DISCLAIMER_NL.format(g="Houten") + "\n\n"
        + outlook_nl(sent, f"Gemeentehuis <{to_addr(code)}>", subject(code)) + "\n\n"
        + letter_plain(code) + "\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<m.dewit@houten.nl>", host, ip, "houten.nl") + [
        ("From", "Marloes de Wit <m.dewit@houten.nl>"),
        ("To", f"KinderpardonNU <{plus(code)}>"),
        ("CC", "Griffie <griffie@houten.nl>"),
        ("Subject", f"RE: {subject(code)}"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
    ] + exchange_extra(t, subject(code)) + [("MIME-Version", "1.0")]
    return finish(head, part("text/plain", text, "utf-8", "quoted-printable"))


@case("f02", "forwarded", "GM0268",
      "new message (no thread headers) from the griffie: letter registered and put on the lijst van ingekomen stukken; Nijmegen by domain and name")
def _():
    t = d("2026-07-15 15:20")
    text = (
        "Geachte heer/mevrouw,\n\n"
        "Op 7 juli 2026 ontvingen wij uw e-mail over gewortelde kinderen, met een voorbeeldmotie. "
        "Uw brief is geregistreerd onder nummer 2026-0412 en wordt geplaatst op de lijst van "
        "ingekomen stukken voor de raadsvergadering van 23 september 2026. De raad bepaalt daar "
        "hoe met uw brief wordt omgegaan.\n\n"
        "De lijst van ingekomen stukken en de stukken zelf zijn openbaar en te vinden op "
        "nijmegen.bestuurlijkeinformatie.nl.\n\n"
        "Met vriendelijke groet,\n\nnamens de griffie van de gemeenteraad van Nijmegen,\n\n"
        "Tom Hendriks\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<griffie@nijmegen.nl>", host, ip, "nijmegen.nl") + [
        ("From", "Griffie Nijmegen <griffie@nijmegen.nl>"),
        ("To", "\"kinderpardonnu@gmail.com\" <kinderpardonnu@gmail.com>"),
        ("Subject", "Uw brief over gewortelde kinderen"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
    ] + exchange_extra(t, "Uw brief over gewortelde kinderen") + [("MIME-Version", "1.0")]
    return finish(head, part("text/plain", text, "us-ascii", "7bit"))


@case("f03", "forwarded", "GM0047",
      "receipt plus 'doorgestuurd naar de griffie' (forwarded beats acknowledged), with kenmerk; Veendam")
def _():
    code, sent = "GM0047", SENT
    t = d("2026-07-08 11:05")
    text = (
        "Geachte heer/mevrouw,\n\n"
        "Wij bevestigen de ontvangst van uw e-mail van 7 juli jl. (ons kenmerk 26.004981). "
        "Uw e-mail is doorgezonden naar de griffie, die zorgt dat de fractievoorzitters hem "
        "ontvangen.\n\n"
        "Met vriendelijke groet,\n\nPostregistratie\nGemeente Veendam\n\n"
        "-----Oorspronkelijk bericht-----\n"
        f"Van: KinderpardonNU <{BASE}>\n"
        f"Verzonden: {DAYS[sent.weekday()]} {sent.day} {MONTHS[sent.month - 1]} {sent.year} {sent:%H:%M}\n"
        f"Aan: Info <{to_addr(code)}>\nOnderwerp: {subject(code)}\n\n"
        + letter_plain(code) + "\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<postregistratie@veendam.nl>", host, ip, "veendam.nl") + [
        ("From", "Postregistratie <postregistratie@veendam.nl>"),
        ("To", f"KinderpardonNU <{plus(code)}>"),
        ("Subject", f"RE: {subject(code)}"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("In-Reply-To", mid(code)),
    ] + exchange_extra(t, subject(code)) + [("MIME-Version", "1.0")]
    return finish(head, part("text/plain", text, "windows-1252", "quoted-printable"))


@case("f04", "forwarded", "GM0772",
      "HTML-only Outlook reply (divRplyFwdMsg quote): sent to all raadsleden via the weekly raadsinformatie; Eindhoven")
def _():
    code, sent = "GM0772", SENT
    t = d("2026-07-10 09:31")
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
        '<body dir="ltr"><div class="elementToProof" style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">'
        'Beste mensen van KinderpardonNU,<br><br>'
        'Uw e-mail met de voorbeeldmotie is door de griffie meegestuurd met de wekelijkse '
        'raadsinformatiemail aan alle raadsleden en fractievoorzitters van Eindhoven.<br><br>'
        'Met vriendelijke groet,<br><br>Ilse van Rooij<br>Griffie gemeente Eindhoven</div>'
        '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f'<b>Van:</b> KinderpardonNU &lt;{BASE}&gt;<br><b>Verzonden:</b> {DAYS[sent.weekday()]} {sent.day} {MONTHS[sent.month - 1]} {sent.year} {sent:%H:%M}<br>'
        f'<b>Aan:</b> Gemeente Eindhoven &lt;{to_addr(code)}&gt;<br><b>Onderwerp:</b> {html_escape(subject(code))}</font><div>&nbsp;</div></div>'
        f'<div>{letter_html(code)}</div></body></html>'
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<i.van.rooij@eindhoven.nl>", host, ip, "eindhoven.nl") + [
        ("From", "\"Rooij, Ilse van\" <i.van.rooij@eindhoven.nl>"),
        ("To", f"KinderpardonNU <{plus(code)}>"),
        ("Subject", f"RE: {subject(code)}"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
    ] + exchange_extra(t, subject(code)) + [("MIME-Version", "1.0")]
    return finish(head, part("text/html", html, "utf-8", "quoted-printable"))


@case("f05", "forwarded", "GM0748",
      "fractievoorzitter from a private Gmail address, new message: shared it with the other fractievoorzitters, cannot say yet whether a motion follows; name only (Bergen op Zoom, not Bergen)")
def _():
    t = d("2026-07-11 21:47")
    text = (
        "Beste KinderpardonNU,\n\n"
        "Uw mail aan de gemeente Bergen op Zoom is via de griffie ook bij mij terechtgekomen. Ik heb "
        "hem gedeeld met de andere fractievoorzitters en we bespreken het in ons overleg na de "
        "zomer. Of er een motie komt kan ik nu nog niet zeggen.\n\n"
        "Hartelijke groet,\n\nRuud Verhoeven\nfractievoorzitter Lokaal Sterk\n"
    )
    html = "<div dir=\"ltr\">" + "".join(f"<div>{html_escape(l) or '<br>'}</div>" for l in text.split("\n")) + "</div>"
    head = gmail_trace(t, "<ruudverhoeven64@gmail.com>", "mail-sor-f41.google.com", "209.85.220.41", "gmail.com") + [
        ("MIME-Version", "1.0"),
        ("From", "Ruud Verhoeven <ruudverhoeven64@gmail.com>"),
        ("Date", rfc(t)),
        ("Message-ID", gmail_mid()),
        ("Subject", "Uw mail over gewortelde kinderen"),
        ("To", BASE),
    ]
    return finish(head, multipart("alternative", [part("text/plain", text, "UTF-8", "quoted-printable"), part("text/html", html, "UTF-8", "quoted-printable")], f"000000000000{hx(16)}"))


@case("f06", "forwarded", "GM1525",
      "griffie forwarded it and adds that the griffie itself submits no motions (negation); English Outlook header block; Teylingen")
def _():
    code, sent = "GM1525", d("2026-07-07 11:09")
    t = d("2026-07-09 16:22")
    text = (
        "Geachte heer/mevrouw,\n\n"
        "Uw e-mail is doorgestuurd naar de fractievoorzitters in de gemeenteraad van Teylingen. "
        "Of er een motie wordt ingediend, is aan de fracties zelf; de griffie dient geen moties "
        "in en neemt daarover ook geen standpunt in.\n\n"
        "Met vriendelijke groet,\n\nEsther Zwart\nGriffier gemeente Teylingen\n\n"
        + outlook_en(sent, f"Gemeente Teylingen <{to_addr(code)}>", subject(code)) + "\n\n"
        + letter_plain(code) + "\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<e.zwart@teylingen.nl>", host, ip, "teylingen.nl") + [
        ("From", "Esther Zwart <e.zwart@teylingen.nl>"),
        ("To", f"KinderpardonNU <{plus(code)}>"),
        ("Subject", f"RE: {subject(code)}"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
    ] + exchange_extra(t, subject(code)) + [("MIME-Version", "1.0")]
    return finish(head, part("text/plain", text, "utf-8", "base64"))


@case("f07", "forwarded", "GM1900",
      "Thunderbird format=flowed reply, encoded-word subject with 'Súdwest-Fryslân', forwarded and put on the presidium agenda")
def _():
    code, sent = "GM1900", SENT
    t = d("2026-07-08 12:44")
    body = (
        "Geachte heer, mevrouw,\n\n"
        "Uw e-mail is doorgezet naar de fractievoorzitters van de gemeenteraad en wordt besproken "
        "in het presidium van 14 september.\n\n"
        "Mei freonlike groetnis,\n\nJelle Hoekstra\nGriffie Súdwest-Fryslân"
    )
    flowed = []
    for para in body.split("\n"):
        wrapped = textwrap.wrap(para, 72) or [""]
        flowed.extend([w + " " for w in wrapped[:-1]] + [wrapped[-1]])
    quote = [gmail_attrib(sent).replace(f" <{BASE}>", "").replace(f"Op {DAYS_SHORT[sent.weekday()]} {sent.day} {MONTHS_SHORT[sent.month - 1]} {sent.year} om", f"Op {sent:%d-%m-%Y} om")]
    for para in letter_paras(code):
        wrapped = textwrap.wrap(para, 70) or [""]
        quote.extend(["> " + w + " " for w in wrapped[:-1]] + ["> " + wrapped[-1], ">"])
    text = "\n".join(flowed) + "\n\n" + "\n".join(quote[:1]) + "\n" + "\n".join(quote[1:]) + "\n"
    head = gmail_trace(t, "<j.hoekstra@sudwestfryslan.nl>", "mx-out1.sudwestfryslan.nl", "77.72.145.20", "sudwestfryslan.nl") + [
        ("Message-ID", f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@sudwestfryslan.nl>"),
        ("Date", rfc(t)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Subject", ew(f"Re: {subject(code)}")),
        ("To", f"KinderpardonNU <{plus(code)}>"),
        ("References", mid(code)),
        ("Content-Language", "nl"),
        ("From", "Jelle Hoekstra <j.hoekstra@sudwestfryslan.nl>"),
        ("In-Reply-To", mid(code)),
    ]
    return finish(head, part("text/plain", text, "UTF-8", "8bit", "; format=flowed"), "utf-8", crlf=False)


# --------------------------------------------------------------------------- motions

@case("p01", "motion_planned", "GM0971",
      "councillor from a hotmail address, new message: plans to submit the motion on 1 October; only 'Stein' in the text (Stein (L.))")
def _():
    t = d("2026-08-27 20:14")
    text = (
        "Geachte leden van KinderpardonNU,\n\n"
        "Via de griffie kreeg ik uw mail met de voorbeeldmotie. Namens onze fractie in de "
        "gemeenteraad van Stein laat ik u weten dat wij van plan zijn in de raadsvergadering van "
        "1 oktober een motie in te dienen, gebaseerd op uw voorbeeld. We zoeken nog steun bij "
        "andere fracties.\n\n"
        "Ik houd u op de hoogte.\n\n"
        "Met vriendelijke groet,\nMaurice Houben\nfractievoorzitter Stein Sociaal\n"
    )
    head = gmail_trace(t, "<mauricehouben@hotmail.com>", "EUR03-DBA-obe.outbound.protection.outlook.com", "52.101.82.19", "hotmail.com") + [
        ("From", "Maurice Houben <mauricehouben@hotmail.com>"),
        ("To", "\"kinderpardonnu@gmail.com\" <kinderpardonnu@gmail.com>"),
        ("Subject", "Motie gewortelde kinderen"),
        ("Date", rfc(t)),
        ("Message-ID", f"<AM8P190MB{rng.randint(1000, 9999)}{an(16, '0123456789ABCDEF')}@AM8P190MB{rng.randint(1000, 9999)}.EURP190.PROD.OUTLOOK.COM>"),
        ("Content-Language", "nl-NL"),
        ("X-MS-Has-Attach", ""),
        ("MIME-Version", "1.0"),
    ]
    return finish(head, part("text/plain", text, "iso-8859-1", "quoted-printable"))


@case("p02", "motion_planned", "GM0014",
      "Gmail reply quoting the letter: 'nog niet ingediend, maar wel van plan' after the summer; Groningen")
def _():
    code, sent = "GM0014", SENT
    t = d("2026-07-16 22:03")
    text = (
        "Beste KinderpardonNU,\n\n"
        "Dank voor jullie brief, die ik via de griffie kreeg. De motie is nog niet ingediend, maar "
        "we zijn wel van plan dat na het zomerreces te doen, samen met nog twee fracties. Ik laat "
        "het jullie weten zodra er een datum is.\n\n"
        "Groet,\nLotte Bakker\nraadslid Groningen\n\n"
        + gmail_attrib(sent) + "\n\n" + gt(letter_plain(code, 76)) + "\n"
    )
    html = (
        '<div dir="ltr">' + "".join(f"<div>{html_escape(l) or '<br>'}</div>" for l in text.split(gmail_attrib(sent))[0].rstrip().split("\n"))
        + f'</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{html_escape(gmail_attrib(sent))}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + letter_html(code) + "</blockquote></div>"
    )
    head = gmail_trace(t, "<lottebakker.gr@gmail.com>", "mail-sor-f41.google.com", "209.85.220.41", "gmail.com") + [
        ("MIME-Version", "1.0"),
        ("References", mid(code)),
        ("In-Reply-To", mid(code)),
        ("From", "Lotte Bakker <lottebakker.gr@gmail.com>"),
        ("Date", rfc(t)),
        ("Message-ID", gmail_mid()),
        ("Subject", f"Re: {subject(code)}"),
        ("To", f"KinderpardonNU <{plus(code)}>"),
    ]
    return finish(head, multipart("alternative", [part("text/plain", text, "UTF-8", "quoted-printable"), part("text/html", html, "UTF-8", "quoted-printable")], f"000000000000{hx(16)}"))


@case("p03", "motion_planned", "GM1581",
      "mixed: griffie forwarded it, and D66 is preparing a motion to submit on 8 October (planned beats forwarded); Outlook NL quote; Utrechtse Heuvelrug")
def _():
    code, sent = "GM1581", SENT
    t = d("2026-09-02 09:58")
    text = (
        "Beste initiatiefnemers,\n\n"
        "De griffie heeft uw mail in juli doorgestuurd naar alle fracties. Namens D66 Utrechtse "
        "Heuvelrug laat ik weten dat wij samen met ChristenUnie en GroenLinks-PvdA een motie "
        "voorbereiden. We willen die indienen in de raadsvergadering van 8 oktober.\n\n"
        "Met vriendelijke groet,\n\nKarin Smits\nfractievoorzitter D66 Utrechtse Heuvelrug\n\n"
        + outlook_nl(sent, f"Info <{to_addr(code)}>", subject(code)) + "\n\n"
        + letter_plain(code) + "\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<k.smits@heuvelrug.nl>", host, ip, "heuvelrug.nl") + [
        ("From", "Karin Smits <k.smits@heuvelrug.nl>"),
        ("To", f"KinderpardonNU <{plus(code)}>"),
        ("Subject", f"RE: {subject(code)}"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
    ] + exchange_extra(t, subject(code)) + [("MIME-Version", "1.0")]
    return finish(head, part("text/plain", text, "utf-8", "quoted-printable"))


@case("p04", "motion_planned", "GM0632",
      "Apple Mail HTML-only from a councillor at woerden.nl (domain shared by Woerden and Oudewater); text says CDA Woerden; will submit at the begroting in November")
def _():
    t = d("2026-09-18 07:41")
    html = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        '<div>Goedemorgen,</div><div><br></div>'
        '<div>Dank voor jullie mail en de voorbeeldmotie. Wij gaan de motie indienen bij de '
        'begrotingsbehandeling in november, waarschijnlijk samen met de ChristenUnie. Ik laat jullie '
        'weten hoe het afloopt.</div><div><br></div>'
        '<div>Hartelijke groet,</div><div>Bas van Leeuwen</div><div>fractievoorzitter CDA Woerden</div>'
        '<div><br></div></body></html>'
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<b.vanleeuwen@woerden.nl>", host, ip, "woerden.nl") + [
        ("Content-Type", None),
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"),
        ("Subject", "Motie gewortelde kinderen"),
        ("From", "Bas van Leeuwen <b.vanleeuwen@woerden.nl>"),
        ("Date", rfc(t)),
        ("Message-Id", f"<{hx(8).upper()}-{hx(4).upper()}-{hx(4).upper()}-{hx(4).upper()}-{hx(12).upper()}@woerden.nl>"),
        ("To", "KinderpardonNU <kinderpardonnu@gmail.com>"),
        ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),
    ]
    return finish(head, part("text/html", html, "utf-8", "quoted-printable"))


@case("s01", "motion_submitted", "GM0331",
      "griffie: motion submitted by three fracties and on the agenda of 29 September; Lopik")
def _():
    code, sent = "GM0331", SENT
    t = d("2026-09-21 14:10")
    text = (
        "Geachte heer/mevrouw,\n\n"
        "Graag informeren wij u dat de motie 'Pleidooi voor gewortelde kinderen' is ingediend door "
        "de fracties van PvdA/GroenLinks, D66 en Lopiks Belang. De motie staat geagendeerd voor de "
        "raadsvergadering van 29 september 2026.\n\n"
        "Met vriendelijke groet,\n\nRianne Vermeulen\nGriffie Lopik\n\n"
        + DISCLAIMER_NL.format(g="Lopik") + "\n\n"
        + outlook_nl(sent, f"Gemeente Lopik <{to_addr(code)}>", subject(code)) + "\n\n"
        + letter_plain(code) + "\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<griffie@lopik.nl>", host, ip, "lopik.nl") + [
        ("From", "Griffie Lopik <griffie@lopik.nl>"),
        ("To", f"KinderpardonNU <{plus(code)}>"),
        ("Subject", f"RE: {subject(code)}"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
    ] + exchange_extra(t, subject(code)) + [("MIME-Version", "1.0")]
    return finish(head, part("text/plain", text, "utf-8", "quoted-printable"))


@case("s02", "motion_submitted", "GM0518",
      "councillor from a private Gmail address: submitted tonight in 'de Haagse gemeenteraad', vote next week; Den Haag = 's-Gravenhage by name only")
def _():
    t = d("2026-10-01 23:18")
    text = (
        "Hoi KinderpardonNU,\n\n"
        "Even een update uit Den Haag: vanavond hebben we in de Haagse gemeenteraad de motie "
        "'Pleidooi voor gewortelde kinderen' ingediend, met steun van vijf fracties. De stemming is "
        "volgende week donderdag. Duimen!\n\n"
        "Groetjes,\nNadia Amrani\n"
    )
    head = gmail_trace(t, "<nadia.amrani.070@gmail.com>", "mail-sor-f41.google.com", "209.85.220.41", "gmail.com") + [
        ("MIME-Version", "1.0"),
        ("From", "Nadia Amrani <nadia.amrani.070@gmail.com>"),
        ("Date", rfc(t)),
        ("Message-ID", gmail_mid()),
        ("Subject", "Motie ingediend!"),
        ("To", "kinderpardonnu@gmail.com"),
    ]
    html = '<div dir="auto">' + "<br>".join(html_escape(l) for l in text.split("\n")) + "</div>"
    return finish(head, multipart("alternative", [part("text/plain", text, "UTF-8", "quoted-printable"), part("text/html", html, "UTF-8", "quoted-printable")], f"000000000000{hx(16)}"))


@case("s03", "motion_submitted", "GM0340",
      "windows-1252 Outlook reply with negation: 'nog niet aangenomen', submitted 15 Sept, vote on 29 Sept; Rhenen")
def _():
    code, sent = "GM0340", SENT
    t = d("2026-09-16 11:27")
    text = (
        "Beste mensen,\n\n"
        "Een korte stand van zaken vanuit Rhenen: de motie is nog niet aangenomen. Wij hebben hem "
        "gisteren, 15 september, ingediend; de stemming is op 29 september. Ik verwacht een "
        "spannende stemming.\n\n"
        "Met vriendelijke groet,\n\nWillem van 't Hoff\nraadslid ChristenUnie Rhenen\n\n"
        "________________________________\n"
        + outlook_nl(sent, f"Info <{to_addr(code)}>", subject(code)) + "\n\n"
        + letter_plain(code) + "\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<w.vanthoff@rhenen.nl>", host, ip, "rhenen.nl") + [
        ("From", "\"Hoff, Willem van 't\" <w.vanthoff@rhenen.nl>"),
        ("To", f"KinderpardonNU <{plus(code)}>"),
        ("Subject", f"RE: {subject(code)}"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
    ] + exchange_extra(t, subject(code)) + [("MIME-Version", "1.0")]
    return finish(head, part("text/plain", text, "windows-1252", "quoted-printable"))


@case("s04", "motion_submitted", "GM1966",
      "mixed: forwarded in July, now submitted by the ChristenUnie with a vote on 7 October (submitted beats forwarded); Het Hogeland")
def _():
    t = d("2026-09-24 10:02")
    text = (
        "Geachte heer/mevrouw,\n\n"
        "Uw e-mail van juli is destijds door de griffie doorgestuurd aan de fractievoorzitters. "
        "Inmiddels heeft de fractie van de ChristenUnie, mede namens GroenLinks en PvdA, de motie "
        "ingediend. Deze komt op 7 oktober in stemming in de raad van Het Hogeland.\n\n"
        "Met vriendelijke groet,\n\nMarijke Zuidema\nGriffie Het Hogeland\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<griffie@hethogeland.nl>", host, ip, "hethogeland.nl") + [
        ("From", "Griffie Het Hogeland <griffie@hethogeland.nl>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "Motie gewortelde kinderen - stand van zaken"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
    ] + exchange_extra(t, "Motie gewortelde kinderen - stand van zaken") + [("MIME-Version", "1.0")]
    html = '<html><body><div style="font-family:Verdana;font-size:10pt">' + "".join(f"<p>{html_escape(p).replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n")) + "</div></body></html>"
    return finish(head, multipart("alternative", [part("text/plain", text), part("text/html", html)]))


@case("d01", "motion_adopted", "GM0796",
      "iPhone mail from a private outlook.com address: 'Goed nieuws uit Den Bosch', adopted with 29 votes for and 12 against; 's-Hertogenbosch by name only")
def _():
    t = d("2026-10-07 08:05")
    text = (
        "Goedemorgen!\n\n"
        "Goed nieuws uit Den Bosch: gisteravond is de motie voor gewortelde kinderen aangenomen, "
        "met 29 stemmen voor en 12 tegen. Dank voor jullie voorbeeldtekst, die hebben we bijna "
        "letterlijk overgenomen.\n\n"
        "Fleur\n\nVerstuurd vanaf mijn iPhone"
    )
    head = gmail_trace(t, "<fleur.schouten@outlook.com>", "EUR05-AM6-obe.outbound.protection.outlook.com", "52.101.73.40", "outlook.com") + [
        ("From", "Fleur Schouten <fleur.schouten@outlook.com>"),
        ("To", "\"kinderpardonnu@gmail.com\" <kinderpardonnu@gmail.com>"),
        ("Subject", "Aangenomen!"),
        ("Date", rfc(t)),
        ("Message-ID", f"<{an(24, '0123456789ABCDEF')}@outlook.com>"),
        ("X-Mailer", "iPhone Mail (22G86)"),
        ("MIME-Version", "1.0"),
    ]
    return finish(head, part("text/plain", text, "utf-8", "quoted-printable"))


@case("d02", "motion_adopted", "GM1950",
      "griffier sends the adopted motion as a PDF attachment; plus address in To; Westerwolde")
def _():
    code = "GM1950"
    t = d("2026-09-25 13:48")
    text = (
        "Geachte heer/mevrouw,\n\n"
        "Hierbij ontvangt u de motie 'Pleidooi voor gewortelde kinderen' zoals die in de "
        "raadsvergadering van 23 september 2026 is aangenomen (13 stemmen voor, 6 tegen).\n\n"
        "Met vriendelijke groet,\n\nHarm Jan Wubbena\ngriffier gemeente Westerwolde\n"
    )
    pdf = (
        b"%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
        b"4 0 obj<</Length 62>>stream\nBT /F1 12 Tf 72 770 Td (Motie M2026-14 aangenomen) Tj ET\nendstream endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )
    att = (
        'Content-Type: application/pdf; name="Motie M2026-14 Pleidooi voor gewortelde kinderen (aangenomen).pdf"\n'
        'Content-Description: Motie M2026-14 Pleidooi voor gewortelde kinderen (aangenomen).pdf\n'
        'Content-Disposition: attachment;\n\tfilename="Motie M2026-14 Pleidooi voor gewortelde kinderen (aangenomen).pdf"; size=%d\n'
        'Content-Transfer-Encoding: base64\n\n' % len(pdf) + base64.encodebytes(pdf).decode()
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<h.wubbena@westerwolde.nl>", host, ip, "westerwolde.nl") + [
        ("From", "Harm Jan Wubbena <h.wubbena@westerwolde.nl>"),
        ("To", f"\"KinderpardonNU\" <{plus(code)}>"),
        ("Subject", "Aangenomen motie gewortelde kinderen"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
    ] + exchange_extra(t, "Aangenomen motie gewortelde kinderen") + [("MIME-Version", "1.0")]
    return finish(head, multipart("mixed", [multipart("alternative", [part("text/plain", text)]), att]))


@case("d03", "motion_adopted", "GM0297",
      "Gmail reply with quote: submitted on 10 Sept AND adopted unanimously on 24 Sept (adopted beats submitted); Zaltbommel")
def _():
    code, sent = "GM0297", SENT
    t = d("2026-09-25 12:30")
    text = (
        "Beste mensen van KinderpardonNU,\n\n"
        "Op 10 september hebben wij de motie ingediend en gisteravond, 24 september, is hij "
        "unaniem aangenomen door de raad van Zaltbommel! Het college gaat een brief sturen aan de "
        "staatssecretaris.\n\n"
        "Met vriendelijke groet,\nAnouk Verbeek\nGroenLinks-PvdA Zaltbommel\n\n"
        + gmail_attrib(sent) + "\n\n" + gt(letter_plain(code, 76)) + "\n"
    )
    head = gmail_trace(t, "<anoukverbeek@gmail.com>", "mail-sor-f41.google.com", "209.85.220.41", "gmail.com") + [
        ("MIME-Version", "1.0"),
        ("References", mid(code)),
        ("In-Reply-To", mid(code)),
        ("From", "Anouk Verbeek <anoukverbeek@gmail.com>"),
        ("Date", rfc(t)),
        ("Message-ID", gmail_mid()),
        ("Subject", f"Re: {subject(code)}"),
        ("To", f"KinderpardonNU <{plus(code)}>"),
    ]
    return finish(head, part("text/plain", text, "UTF-8", "quoted-printable"))


@case("d04", "motion_adopted", "GM1641",
      "HTML-only Outlook reply: 'niet verworpen maar ... aangenomen' (negation trap), letter quoted; Maasgouw")
def _():
    code, sent = "GM1641", SENT
    t = d("2026-10-09 17:15")
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div style="font-family:Calibri,Arial;font-size:11pt"><p>Geachte heer/mevrouw,</p>'
        '<p>Anders dan wij hadden verwacht is de motie gisteravond in de raad van Maasgouw niet '
        'verworpen, maar met 11 tegen 8 stemmen aangenomen. Een mooi resultaat!</p>'
        '<p>Met vriendelijke groet,<br>Jos Janssen<br>raadslid Maasgouw</p></div>'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f'<p><b>Van:</b> KinderpardonNU &lt;{BASE}&gt;<br><b>Verzonden:</b> {DAYS[sent.weekday()]} {sent.day} {MONTHS[sent.month - 1]} {sent.year} {sent:%H:%M}<br>'
        f'<b>Aan:</b> Info &lt;{to_addr(code)}&gt;<br><b>Onderwerp:</b> {html_escape(subject(code))}</p></div>'
        f'{letter_html(code)}</body></html>'
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<j.janssen@gemeentemaasgouw.nl>", host, ip, "gemeentemaasgouw.nl") + [
        ("From", "Jos Janssen <j.janssen@gemeentemaasgouw.nl>"),
        ("To", f"KinderpardonNU <{plus(code)}>"),
        ("Subject", f"RE: {subject(code)}"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
    ] + exchange_extra(t, subject(code)) + [("MIME-Version", "1.0")]
    return finish(head, part("text/html", html, "utf-8", "base64"))


@case("x01", "motion_rejected", "GM0312",
      "griffie: motion rejected 7-10 ('we hadden gehoopt dat hij aangenomen zou worden'); Outlook NL quote; Bunnik")
def _():
    code, sent = "GM0312", SENT
    t = d("2026-10-02 09:20")
    text = (
        "Geachte heer/mevrouw,\n\n"
        "Graag laat ik u weten dat de motie 'Pleidooi voor gewortelde kinderen' gisteravond door de "
        "raad van Bunnik is verworpen, met 7 stemmen voor en 10 tegen. De indieners hadden gehoopt "
        "dat hij aangenomen zou worden.\n\n"
        "Met vriendelijke groet,\n\nPeter Aalbers\nGriffie Bunnik\n\n"
        + outlook_nl(sent, f"Info <{to_addr(code)}>", subject(code)) + "\n\n"
        + letter_plain(code) + "\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<p.aalbers@bunnik.nl>", host, ip, "bunnik.nl") + [
        ("From", "Peter Aalbers <p.aalbers@bunnik.nl>"),
        ("To", f"KinderpardonNU <{plus(code)}>"),
        ("Subject", f"RE: {subject(code)}"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
    ] + exchange_extra(t, subject(code)) + [("MIME-Version", "1.0")]
    return finish(head, part("text/plain", text, "utf-8", "quoted-printable"))


@case("x02", "motion_rejected", "GM0417",
      "Apple Mail plain text from a private iCloud address: 'de motie is niet aangenomen'; only 'Laren' in the text (Laren (NH.))")
def _():
    t = d("2026-10-09 21:55")
    text = (
        "Beste KinderpardonNU,\n\n"
        "Jammer genoeg is de motie gisteravond in de gemeenteraad van Laren niet aangenomen. "
        "Zes raadsleden stemden voor, negen tegen. We blijven het onderwerp wel aankaarten.\n\n"
        "Met vriendelijke groet,\n\nEvelien Boswijk\n"
    )
    head = gmail_trace(t, "<e.boswijk@icloud.com>", "st43p00im-ztdg10073201.me.com", "17.58.63.173", "icloud.com") + [
        ("Content-Type", None),
        ("From", "Evelien Boswijk <e.boswijk@icloud.com>"),
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
        ("Subject", "Motie Laren"),
        ("Message-Id", f"<{hx(8).upper()}-{hx(4).upper()}-{hx(4).upper()}-{hx(4).upper()}-{hx(12).upper()}@icloud.com>"),
        ("Date", rfc(t)),
        ("To", "kinderpardonnu@gmail.com"),
        ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
    ]
    return finish(head, part("text/plain", text, "us-ascii", "7bit"))


@case("x03", "motion_rejected", "GM0317",
      "iso-8859-1 8bit message from the griffie: rejected 8-7 in the vote of 6 October; Eemnes")
def _():
    t = d("2026-10-07 15:02")
    text = (
        "Geachte heer/mevrouw,\n\n"
        "De motie 'Pleidooi voor gewortelde kinderen' is in de raadsvergadering van 6 oktober "
        "met 8 tegen 7 stemmen verworpen. Het verslag van de vergadering verschijnt over twee weken "
        "op de website. De indieners zijn hierover geïnformeerd.\n\n"
        "Met vriendelijke groet,\n\nAnneloes Hilhorst\nGriffie gemeente Eemnes\n\n"
        "Disclaimer: aan dit bericht kunnen geen rechten worden ontleend. "
        "Het is uitsluitend bestemd voor de geadresseerde; is het niet voor u bestemd, gooi het dan weg.\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<griffie@eemnes.nl>", host, ip, "eemnes.nl") + [
        ("From", "Griffie Eemnes <griffie@eemnes.nl>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "Uitslag stemming motie"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("MIME-Version", "1.0"),
    ]
    return finish(head, part("text/plain", text, "iso-8859-1", "8bit"), "iso-8859-1")


# --------------------------------------------------------------------------- declined, opt-out, questions, other

@case("n01", "declined", "GM0339",
      "person at info@: 'wij sturen dit soort verzoeken niet door', asylum is national policy; Gmail-style '>' quote from Outlook for Mac; Renswoude")
def _():
    code, sent = "GM0339", SENT
    t = d("2026-07-08 15:40")
    text = (
        "Geachte heer/mevrouw,\n\n"
        "Wij sturen dit soort verzoeken niet door aan de gemeenteraad. Asielbeleid is een zaak "
        "van het Rijk en niet van de gemeente Renswoude. Wij ondernemen hierop dan ook geen "
        "verdere actie.\n\n"
        "Met vriendelijke groet,\n\nTeam Publieksdienstverlening\nGemeente Renswoude\n\n"
        + gmail_attrib(sent).replace(f"KinderpardonNU <{BASE}>", f"\"KinderpardonNU\" <{BASE}>") + "\n\n"
        + gt(letter_plain(code, 76)) + "\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<info@renswoude.nl>", host, ip, "renswoude.nl") + [
        ("From", "Gemeente Renswoude <info@renswoude.nl>"),
        ("To", f"KinderpardonNU <{plus(code)}>"),
        ("Subject", f"Re: {subject(code)}"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
        ("User-Agent", "Microsoft-MacOutlook/16.98.25061519"),
        ("MIME-Version", "1.0"),
    ]
    return finish(head, part("text/plain", text, "utf-8", "quoted-printable"))


@case("n02", "declined", "GM0765",
      "griffier: the presidium decided not to pass the request on to the fracties and not to put it on the agenda ('niet door te geleiden'); Pekela")
def _():
    code = "GM0765"
    t = d("2026-09-10 11:11")
    text = (
        "Geachte heer/mevrouw,\n\n"
        "Uw e-mail van 7 juli is besproken in het presidium van de gemeenteraad van Pekela. Het "
        "presidium heeft besloten uw verzoek niet door te geleiden aan de fracties en het niet te "
        "agenderen. Wij beschouwen de zaak hiermee als afgehandeld.\n\n"
        "Met vriendelijke groet,\n\nA. Mulder\ngriffier\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<griffie@pekela.nl>", host, ip, "pekela.nl") + [
        ("From", "Griffie Pekela <griffie@pekela.nl>"),
        ("To", f"<{plus(code)}>"),
        ("Subject", f"RE: {subject(code)}"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("References", mid(code)),
    ] + exchange_extra(t, subject(code)) + [("MIME-Version", "1.0")]
    return finish(head, part("text/plain", text, "us-ascii", "7bit"))


@case("n03", "declined", "",
      "VVD fractievoorzitter from a Ziggo address: 'niet van plan een motie in te dienen'; no municipality named, no thread headers")
def _():
    t = d("2026-07-12 10:06")
    text = (
        "Geachte heer/mevrouw,\n\n"
        "Uw mail is ook bij onze fractie aangekomen. Wij zijn niet van plan een motie in te dienen. "
        "Asielbeleid is een landelijke aangelegenheid en hoort wat ons betreft niet thuis in de "
        "gemeenteraad. Wij zullen een dergelijke motie ook niet steunen.\n\n"
        "Met vriendelijke groet,\n\nP. de Groot\nfractievoorzitter VVD\n"
    )
    head = gmail_trace(t, "<p.degroot@ziggo.nl>", "smtp-out.ziggo.nl", "212.54.42.130", "ziggo.nl") + [
        ("From", "\"P. de Groot\" <p.degroot@ziggo.nl>"),
        ("To", "kinderpardonnu@gmail.com"),
        ("Subject", "Uw oproep kinderpardon"),
        ("Date", rfc(t)),
        ("Message-ID", f"<{hx(12)}$@smtp.ziggo.nl>".replace("$", "")),
        ("User-Agent", "Microsoft-Windows-Mail"),
        ("MIME-Version", "1.0"),
    ]
    return finish(head, part("text/plain", text, "windows-1252", "quoted-printable"))


@case("o01", "opt_out", "GM1961",
      "info@ asks to be removed from the mailing list and to receive no more mail; Outlook reply; Vijfheerenlanden")
def _():
    code, sent = "GM1961", SENT
    t = d("2026-07-07 13:02")
    text = (
        "Goedemiddag,\n\n"
        "Wilt u ons e-mailadres uit uw verzendlijst verwijderen? Wij willen geen e-mails meer "
        "ontvangen van KinderpardonNU.\n\n"
        "Met vriendelijke groet,\n\nKlantcontact gemeente Vijfheerenlanden\n\n"
        + outlook_nl(sent, to_addr(code), subject(code)) + "\n\n"
        + letter_plain(code)[:900] + "\n[...]\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<info@vijfheerenlanden.nl>", host, ip, "vijfheerenlanden.nl") + [
        ("From", "Gemeente Vijfheerenlanden <info@vijfheerenlanden.nl>"),
        ("To", f"KinderpardonNU <{plus(code)}>"),
        ("Subject", f"RE: {subject(code)}"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("In-Reply-To", mid(code)),
    ] + exchange_extra(t, subject(code)) + [("MIME-Version", "1.0")]
    return finish(head, part("text/plain", text, "utf-8", "quoted-printable"))


@case("o02", "opt_out", "GM0448",
      "one line 'Afmelden graag' from a private Gmail address; only the plus address in To identifies Texel")
def _():
    code = "GM0448"
    t = d("2026-07-09 19:30")
    text = "Afmelden graag. Stuur mij hier geen mails meer over.\n"
    head = gmail_trace(t, "<texelaar1971@gmail.com>", "mail-sor-f41.google.com", "209.85.220.41", "gmail.com") + [
        ("MIME-Version", "1.0"),
        ("From", "Cor Eelman <texelaar1971@gmail.com>"),
        ("Date", rfc(t)),
        ("Message-ID", gmail_mid()),
        ("Subject", "afmelden"),
        ("To", plus(code)),
    ]
    html = '<div dir="auto">Afmelden graag. Stuur mij hier geen mails meer over.</div>'
    return finish(head, multipart("alternative", [part("text/plain", text, "UTF-8", "7bit"), part("text/html", html, "UTF-8", "7bit")], f"000000000000{hx(16)}"))


@case("q01", "question", "GM0327",
      "griffie asks for a Word version of the model motion (attachment does not open); Leusden")
def _():
    code, sent = "GM0327", SENT
    t = d("2026-07-08 09:12")
    text = (
        "Goedemorgen,\n\n"
        "De bijlage met de voorbeeldmotie kan ik op onze laptops niet openen. Kunt u mij de motie "
        "als Word-bestand of als platte tekst sturen? Dan kan ik hem doorsturen.\n\n"
        "Alvast bedankt,\n\nYvonne Brink\nGriffie Leusden\n\n"
        + outlook_nl(sent, f"Gemeente Leusden <{to_addr(code)}>", subject(code)) + "\n\n"
        + letter_plain(code) + "\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<y.brink@leusden.nl>", host, ip, "leusden.nl") + [
        ("From", "Yvonne Brink <y.brink@leusden.nl>"),
        ("To", f"KinderpardonNU <{plus(code)}>"),
        ("Subject", f"RE: {subject(code)}"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
    ] + exchange_extra(t, subject(code)) + [("MIME-Version", "1.0")]
    return finish(head, part("text/plain", text, "utf-8", "quoted-printable"))


@case("q02", "question", "GM0888",
      "councillor from a private address asks which municipalities adopted it since April 2025 and whether someone can come to inspreken; 'raadslid in Beek' = Beek (L.), not Beekdaelen")
def _():
    t = d("2026-07-20 20:41")
    text = (
        "Beste KinderpardonNU,\n\n"
        "Ik ben raadslid in Beek en wil de motie graag bij ons voorleggen. Twee vragen:\n\n"
        "1. Welke gemeenten hebben de motie na april 2025 nog aangenomen? Dat helpt om collega's "
        "te overtuigen.\n"
        "2. Is er iemand van jullie groep die in september wil komen inspreken in de "
        "commissievergadering?\n\n"
        "Hoor graag van jullie.\n\nMet vriendelijke groet,\nRoy Pluymaekers\n"
    )
    head = gmail_trace(t, "<roy.pluymaekers@gmail.com>", "mail-sor-f41.google.com", "209.85.220.41", "gmail.com") + [
        ("MIME-Version", "1.0"),
        ("From", "Roy Pluymaekers <roy.pluymaekers@gmail.com>"),
        ("Date", rfc(t)),
        ("Message-ID", gmail_mid()),
        ("Subject", "Vragen over de motie"),
        ("To", "kinderpardonnu@gmail.com"),
    ]
    return finish(head, part("text/plain", text, "UTF-8", "quoted-printable"))


@case("q03", "question", "GM0308",
      "griffie asks on whose behalf KinderpardonNU writes (stichting? KvK?) before forwarding anything; Baarn")
def _():
    code, sent = "GM0308", d("2026-07-06 16:20")
    t = d("2026-07-07 11:48")
    text = (
        "Geachte heer/mevrouw,\n\n"
        "Voordat wij uw verzoek in behandeling nemen: namens welke organisatie schrijft u? Is "
        "KinderpardonNU een stichting of vereniging, en bent u ingeschreven bij de KvK? Wij zetten "
        "brieven alleen door aan de raad als duidelijk is wie de afzender is. Kunt u ook een "
        "contactpersoon met naam en telefoonnummer noemen?\n\n"
        "Met vriendelijke groet,\n\nH. (Hanneke) Jongerius\nGriffie Baarn\n\n"
        + outlook_nl(sent, f"Gemeente Baarn <{to_addr(code)}>", subject(code)) + "\n\n"
        + letter_plain(code) + "\n"
    )
    host, ip = outlook_host()
    head = gmail_trace(t, "<griffie@baarn.nl>", host, ip, "baarn.nl") + [
        ("From", "Griffie Baarn <griffie@baarn.nl>"),
        ("To", f"KinderpardonNU <{plus(code)}>"),
        ("Subject", f"RE: {subject(code)}"),
        ("Date", rfc(t)),
        ("Message-ID", ms_mid()),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
    ] + exchange_extra(t, subject(code)) + [("MIME-Version", "1.0")]
    return finish(head, part("text/plain", text, "windows-1252", "quoted-printable"))


@case("z01", "other", "",
      "Google account security notification (new sign-in), unrelated to the campaign")
def _():
    t = d("2026-07-10 08:03")
    html = (
        '<!DOCTYPE html><html lang="nl"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"></head>'
        '<body style="margin:0;padding:0"><table width="100%" role="presentation"><tr><td align="center">'
        '<div style="font-family:Google Sans,Roboto,Arial;font-size:24px">Nieuwe inlog op Mac</div>'
        f'<div style="font-size:14px">{BASE}</div>'
        '<div style="font-family:Roboto,Arial;font-size:14px;line-height:20px;text-align:left">'
        'We hebben een nieuwe inlog in je Google-account op een Mac-apparaat gezien. Als jij dit was, '
        'hoef je niets te doen. Zo niet, dan helpen we je je account te beveiligen.'
        '<br><br><a href="https://accounts.google.com/AccountChooser?Email=kinderpardonnu@gmail.com&amp;continue=https://myaccount.google.com/alert/nt/1752127380000">Activiteit checken</a>'
        '</div><div style="font-size:11px;color:#5f6368">Je kunt ook naar beveiligingsactiviteit gaan via '
        'https://myaccount.google.com/notifications</div>'
        '<div style="font-size:11px;color:#5f6368">Je hebt deze e-mail ontvangen om je te informeren over '
        'belangrijke wijzigingen in je Google-account en -services.<br>© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div>'
        '</td></tr></table></body></html>'
    )
    text = (
        "[image: Google]\nNieuwe inlog op Mac\n\n\n" + BASE + "\nWe hebben een nieuwe inlog in je "
        "Google-account op een Mac-apparaat gezien. Als jij dit was, hoef je niets te doen. Zo niet, "
        "dan helpen we je je account te beveiligen.\nActiviteit checken\n"
        "<https://accounts.google.com/AccountChooser?Email=kinderpardonnu@gmail.com&continue=https://myaccount.google.com/alert/nt/1752127380000>\n"
        "Je kunt ook naar beveiligingsactiviteit gaan via\nhttps://myaccount.google.com/notifications\n"
        "Je hebt deze e-mail ontvangen om je te informeren over belangrijke wijzigingen in je\n"
        "Google-account en -services.\n© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n"
    )
    head = gmail_trace(t, "<3aHVvaAgTCrA6-7Ax84HuCCu.5B0BC6u96I7z.9H7@gaia.bounces.google.com>", "mail-sor-f73.google.com", "209.85.220.73", "accounts.google.com") + [
        ("MIME-Version", "1.0"),
        ("Date", rfc(t.astimezone(timezone.utc))),
        ("X-Account-Notification-Type", "127"),
        ("Feedback-ID", "127:account-notifier"),
        ("X-Notifications", f"{hx(16)}"),
        ("Message-ID", f"<{an(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_')}@notifications.google.com>"),
        ("Subject", "Beveiligingsmelding"),
        ("From", "Google <no-reply@accounts.google.com>"),
        ("To", BASE),
    ]
    return finish(head, multipart("alternative", [part("text/plain", text, "UTF-8", "base64"), part("text/html", html, "UTF-8", "quoted-printable")], f"000000000000{hx(16)}"))


@case("z02", "other", "",
      "newsletter from an advocacy organisation with List-Unsubscribe / Precedence: bulk; mentions motions and municipalities in general but is not a reply")
def _():
    t = d("2026-09-03 10:00")
    text = (
        "Nieuwsbrief september 2026 - Samen voor kinderrechten\n\n"
        "Bekijk deze e-mail in je browser: https://mailchi.mp/kinderrechtencollectief/nieuwsbrief-sept-2026\n\n"
        "Beste lezer,\n\n"
        "Na de zomer gaan veel gemeenteraden weer vergaderen. Steeds meer gemeenten nemen moties "
        "aan over gewortelde kinderen. In deze nieuwsbrief:\n\n"
        "* Webinar 'Kinderrechten in de gemeente' op 24 september\n"
        "* Nieuw onderzoek naar de duur van asielprocedures voor gezinnen\n"
        "* Vacature: vrijwillig coördinator regio Oost\n\n"
        "Meld je aan voor het webinar via onze website.\n\n"
        "Je ontvangt deze e-mail omdat je je hebt aangemeld voor onze nieuwsbrief.\n"
        "Afmelden: https://kinderrechtencollectief.us21.list-manage.com/unsubscribe?u=7f3a&id=19c2e\n"
    )
    html = (
        '<!doctype html><html><head><meta charset="UTF-8"><title>Nieuwsbrief september 2026</title></head>'
        '<body><center><table width="600"><tr><td><h1>Samen voor kinderrechten</h1>'
        + "".join(f"<p>{html_escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")[2:])
        + '</td></tr></table></center></body></html>'
    )
    head = gmail_trace(t, "<bounce-mc.us21_8812345.771234-kinderpardonnu=gmail.com@mail231.sea81.mcsv.net>", "mail231.sea81.mcsv.net", "198.2.150.231", "kinderrechtencollectief.nl") + [
        ("Subject", "Nieuwsbrief september: webinar, onderzoek en meer"),
        ("From", "Kinderrechtencollectief <nieuws@kinderrechtencollectief.nl>"),
        ("Reply-To", "Kinderrechtencollectief <nieuws@kinderrechtencollectief.nl>"),
        ("To", "<kinderpardonnu@gmail.com>"),
        ("Date", rfc(t.astimezone(timezone.utc))),
        ("Message-ID", f"<{hx(32)}@mail231.sea81.mcsv.net>"),
        ("List-Unsubscribe", "<https://kinderrechtencollectief.us21.list-manage.com/unsubscribe?u=7f3a&id=19c2e>, <mailto:unsubscribe-mc.us21_8812345@unsubscribe.mailchimpapp.net>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("List-Id", "8812345mc list <8812345.list-id.mcsv.net>"),
        ("Precedence", "bulk"),
        ("X-Mailer", "Mailchimp Mailer - **CID19c2e**"),
        ("MIME-Version", "1.0"),
    ]
    return finish(head, multipart("alternative", [part("text/plain", text, "utf-8", "quoted-printable"), part("text/html", html, "utf-8", "quoted-printable")], f"_----------=_MCPart_{rng.randint(10**9, 10**10)}"))


# =========================================================================== write out


def main() -> None:
    order = list(range(len(CASES)))
    random.Random(4417).shuffle(order)
    for old in HERE.glob("n[0-9][0-9].eml"):
        old.unlink()
    rows = []
    for n, index in enumerate(order, start=1):
        key, raw, label, code, note = CASES[index]
        fname = f"n{n:02d}.eml"
        (HERE / fname).write_bytes(raw)
        rows.append((fname, label, code, note))
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "label", "municipality", "note"])
        writer.writerows(rows)
    check(rows)


def check(rows) -> None:
    from collections import Counter

    keys = [c[0] for c in CASES]
    assert len(keys) == len(set(keys)), "duplicate case keys"
    for fname, label, code, _ in rows:
        path = HERE / fname
        assert path.exists(), fname
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert msg["From"] is not None and msg["Subject"] is not None, fname
        for p in msg.walk():
            if p.get_content_maintype() == "text":
                p.get_content()  # decodes with the declared charset
        if code:
            assert code in MUNI, (fname, code)
        assert not msg.defects, (fname, msg.defects)
    print(Counter(r[1] for r in rows))
    print(len(rows), "messages")


if __name__ == "__main__":
    main()
