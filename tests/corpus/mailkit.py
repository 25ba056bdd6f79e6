"""Building blocks for the hand-written reply corpus (see README.md in this folder).

Not a test module: `generate.py` here (and the held-out set's own generator) call these helpers
to turn a hand-written case (who writes, what they write, how their mail client quotes) into a
raw RFC 5322 message. Everything is deterministic: ids and hashes come from a seeded RNG per
file, so re-running a generator rewrites byte-identical files.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import io
import quopri
import random
import sys
import textwrap
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.header import Header
from email.utils import formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from outreach.compose.identity import message_id_for, reply_address  # noqa: E402

CAMPAIGN = "kinderpardon-2026"
SECRET = "corpus-secret"
INBOX = "kinderpardonnu@gmail.com"
OUR_NAME = "KinderpardonNU"
SUBJECT = "Verzoek: motie Pleidooi voor gewortelde kinderen"
AMS = ZoneInfo("Europe/Amsterdam")
PST = ZoneInfo("America/Los_Angeles")
UTC = ZoneInfo("UTC")
LETTER_DATE = datetime(2026, 3, 3, 10, 12, 7, tzinfo=AMS)


def _municipalities() -> dict[str, dict[str, str]]:
    with (ROOT / "data" / "municipalities.csv").open(encoding="utf-8", newline="") as fh:
        return {row["cbs_code"]: row for row in csv.DictReader(fh)}


MUNI = _municipalities()


def our_message_id(code: str, step: str = "letter") -> str:
    return message_id_for(
        campaign=CAMPAIGN, cbs_code=code, step=step, domain="gmail.com", secret=SECRET
    )


def plus_address(code: str) -> str:
    return reply_address(INBOX, cbs_code=code, secret=SECRET)


def letter_address(code: str) -> str:
    """Where the letter to `code` went: the listed address, else griffie@<domain>."""
    row = MUNI[code]
    return row["email"] or f"griffie@{row['domain']}"


# --------------------------------------------------------------------------- the letter

LETTER_PARAS = [
    "Geachte heer/ mevrouw,",
    "Mogen wij u vriendelijk vragen om onderstaande mail door te sturen aan de "
    "fractievoorzitters van de gemeenteraadsfracties (en de gemeentegriffier)?",
    "Geachte fractievoorzitters, geachte griffier,",
    "Kinderen in asielprocedures leven jarenlang in onzekerheid. Terwijl ze hier vaak zelfs "
    "geboren zijn en onderdeel vormen van onze samenleving. Ook in uw gemeente verdienen kinderen "
    "stabiliteit, veiligheid en een toekomst. Wat hun achtergrond ook is, ze zijn onze kinderen.",
    "Vorig jaar zomer leidde de detentie van de familie Babayants (met 3 minderjarige kinderen) "
    "tot nationale verontwaardiging, na aandacht van het Jeugdjournaal. En ook door de situatie "
    "van Mikael en zijn moeder staat de problematiek van deze kinderen weer in de spotlight. "
    "Kinderen die al jaren in Nederland wonen en hier zijn geworteld, dreigen te worden "
    "uitgezet. Een strenger asielbeleid mag niet ten koste gaan van de rechten van kinderen en "
    "de bescherming van kwetsbare jongeren. Schoolbestuurders, medescholieren, ouders en "
    "gemeente willen dat zij blijven, maar minister Faber denkt daar anders over.",
    "Ook in uw gemeente leven mogelijk kinderen in dezelfde situatie als Mikael. Wij hopen een "
    "brede beweging te creëren van lokale gemeenschappen die pal achter de rechten van hun "
    "kinderen staan. Om een blijvend verschil te maken is het nodig dat de rechten van "
    "asielkinderen in de wet worden verankerd. In artikel 2 van het VN-Kinderrechtenverdrag "
    "staat dat het belang van het kind centraal dient te staan, artikel 3.1 verplicht ons om bij "
    "alle maatregelen die betrekking hebben op kinderen de belangen van het kind als eerste "
    "overweging te nemen. Het is tijd dat we, als samenleving, opstaan voor degenen die zichzelf "
    "niet kunnen verdedigen.",
    "Lange procedures rondom de toekenning van een verblijfsvergunning zorgen voor stress en "
    "onzekerheid, zeker ook bij kinderen, zo stellen verschillende experts. Onderzoek toont aan "
    "dat uitzetting na jaren van verblijf in Nederland ernstige psychische schade veroorzaakt. "
    "Onder meer professor Erik Scherder waarschuwt voor verstrekkende gevolgen voor de "
    "ontwikkeling van kinderen door de chronische stress waaronder zij gebukt gaan tijdens de "
    "behandeling van hun verblijfsaanvraag. Het lukt de IND niet om de aanvraagprocedures te "
    "versnellen, ondanks dat dit wel is afgesproken in januari 2019 bij het akkoord over de "
    "afsluitingsregeling.",
    "Gezinnen – en zeker kinderen – zitten niet stil in afwachting van het besluit. Zij bouwen "
    "een leven op: jonge kinderen maken nieuwe vrienden, leren de Nederlandse taal, gaan naar "
    "school en sporten bij de lokale sportvereniging. Voor deze kinderen is Nederland thuis.",
    "Wat kan u doen?",
    "1. Dien een motie in dat het kabinet oproept om asielkinderen te beschermen",
    "Recent zijn in meerdere gemeenten moties aangenomen die vragen om een pleidooi voor "
    "gewortelde kinderen. Voorbeelden hiervan zijn de gemeenten Maastricht, Heerlen, Beekdaelen, "
    "Amsterdam (alle 2024), Amersfoort (maart 2025), Kampen en Culemborg (april 2025). Wij "
    "vragen u om een dergelijke motie ook in uw gemeente in te dienen. Hiermee laten we zien dat "
    "er lokaal draagvlak is om onze kinderen te beschermen. Bijgaand vindt u een voorbeeldmotie "
    "die u kunt gebruiken als vertrekpunt voor uw eigen motie.",
    "2. Neem het beschermen van de rechten van kinderen op in uw verkiezingsprogramma",
    "Gemeenten spelen een cruciale rol bij het waarborgen van kinderrechten. Bij kinderen van "
    "asielzoekers en statushouders zien we dat het recht op onderwijs en integratie soms in de "
    "knel komt. Als gemeente wil en kan je kinderen niet aan hun lot overlaten. We moeten voor "
    "alle kinderen klaarstaan. Dat betekent dat we fundamenteel moeten kijken naar hoe we "
    "kinderrechten kunnen organiseren en waarborgen, in samenwerking met het Rijk.",
    "3. Informeer ons over uw actie(s)",
    "Als uw gemeente besluit tot het indienen van een motie (of tot een andere actie overgaat) "
    "dan horen wij graag van u. Wij vinden het belangrijk dat we in Nederland elkaar inspireren "
    "en vasthouden bij het pleiten voor een menselijker asielbeleid dat de rechten van het kind "
    "waarborgt. U kunt ons bereiken via kinderpardonnu@gmail.com.",
    "Wie zijn wij?",
    "Wij zijn een groep vrijwilligers die, geïnspireerd door de actie van Eduard Disch in de "
    "zomer van 2024, vinden dat de situatie van kinderen in de asielprocedure dringend verbeterd "
    "moet worden. En daarvoor in actie zijn gekomen. We werken graag samen met anderen, dus als "
    "u of uw organisatie mee wilt doen, laat het ons weten! Mail ons: kinderpardonnu@gmail.com. "
    "U vindt KinderpardonNU! ook op Linkedin en BlueSky.",
    "Met vriendelijke groet,",
    "Namens KinderpardonNU,",
]

ATTACHMENT_NAMES = (
    "Achtergrondinformatie kinderpardon.docx",
    "Voorstel van motie kinderpardon.docx",
)


def letter_text(paras: list[str] | None = None, width: int | None = None) -> str:
    out = []
    for p in paras if paras is not None else LETTER_PARAS:
        out.append(textwrap.fill(p, width) if width else p)
    return "\n\n".join(out)


def letter_html(paras: list[str] | None = None, style: str = "div") -> str:
    parts = []
    for p in paras if paras is not None else LETTER_PARAS:
        esc = html.escape(p, quote=False)
        if p[:2] in ("1.", "2.", "3.") or p in ("Wat kan u doen?", "Wie zijn wij?"):
            esc = f"<b>{esc}</b>"
        if style == "mso":
            parts.append(
                f'<p class="MsoNormal">{esc}<o:p></o:p></p>\n'
                '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            )
        else:
            parts.append(f"<div>{esc}</div>\n<div><br></div>")
    return "\n".join(parts)


# --------------------------------------------------------------------------- small helpers


class Ids:
    """Deterministic pseudo-random ids for one file."""

    def __init__(self, seed: str) -> None:
        self.r = random.Random(hashlib.sha256(seed.encode()).digest())

    def hex(self, n: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def HEX(self, n: int) -> str:
        return self.hex(n).upper()

    def alnum(self, n: int) -> str:
        return "".join(
            self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
            for _ in range(n)
        )

    def b64(self, n: int) -> str:
        return base64.b64encode(self.r.randbytes(n)).decode()

    def num(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)


def rfc_date(d: datetime) -> str:
    return d.strftime("%a, %-d %b %Y %H:%M:%S %z")


def google_date(d: datetime) -> str:
    p = d.astimezone(PST)
    return p.strftime("%a, %d %b %Y %H:%M:%S %z ") + f"({p.tzname()})"


def utc_date(d: datetime) -> str:
    u = d.astimezone(UTC)
    return u.strftime("%a, %-d %b %Y %H:%M:%S +0000")


def addr(name: str, address: str, charset: str = "utf-8") -> str:
    if not name:
        return address
    return formataddr((name, address), charset=charset)


def enc_subject(subject: str, charset: str = "utf-8") -> str:
    try:
        subject.encode("ascii")
    except UnicodeEncodeError:
        return Header(subject, charset).encode()
    return subject


def fold_refs(refs: list[str]) -> str:
    return "\n ".join(refs)


LATIN1_FIX = str.maketrans({"–": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "…": "..."})


def encode_body(text: str, charset: str, cte: str) -> str:
    if charset.lower() in ("iso-8859-1", "windows-1252", "us-ascii"):
        text = text.translate(LATIN1_FIX)
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode(charset)


def part(
    ctype: str, body: str, charset: str = "utf-8", cte: str = "quoted-printable", extra: str = ""
) -> str:
    head = f'Content-Type: {ctype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n'
    return head + extra + "\n" + encode_body(body, charset, cte).rstrip("\n") + "\n"


def multipart(
    subtype: str, boundary: str, parts: list[str], params: str = "", preamble: str = ""
) -> str:
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\n\n'
    if preamble:
        out += preamble + "\n\n"
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    out += f"--{boundary}--\n"
    return out


def attachment(ctype: str, filename: str, data: bytes, inline_cid: str | None = None) -> str:
    b64 = base64.encodebytes(data).decode("ascii").rstrip("\n")
    if inline_cid:
        return (
            f'Content-Type: {ctype}; name="{filename}"\n'
            f"Content-Description: {filename}\n"
            f'Content-Disposition: inline; filename="{filename}"; size={len(data)}\n'
            f"Content-ID: <{inline_cid}>\n"
            "Content-Transfer-Encoding: base64\n\n" + b64 + "\n"
        )
    return (
        f'Content-Type: {ctype}; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"; size={len(data)}\n'
        "Content-Transfer-Encoding: base64\n\n" + b64 + "\n"
    )


def tiny_docx(title: str) -> bytes:
    buf = io.BytesIO()
    stamp = (2026, 2, 27, 14, 3, 0)
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body><w:p><w:r><w:t>{html.escape(title)}</w:t></w:r></w:p></w:body>"
            "</w:document>"
        ),
    }
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)
    return buf.getvalue()


def tiny_pdf(lines: list[str]) -> bytes:
    """A small but valid one-page PDF with the given text lines."""
    content = "BT /F1 11 Tf 56 780 Td 14 TL\n"
    for ln in lines:
        safe = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content += f"({safe}) '\n"
    content += "ET"
    cbytes = content.encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(cbytes) + cbytes + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def tiny_png(rgb: tuple[int, int, int], w: int = 24, h: int = 8) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return len(data).to_bytes(4, "big") + kind + data + crc.to_bytes(4, "big")

    ihdr = w.to_bytes(4, "big") + h.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00"
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


# --------------------------------------------------------------------------- our own letter


def sent_letter(
    code: str,
    *,
    to: str | None = None,
    date: datetime = LETTER_DATE,
    with_attachments: bool = True,
    body: bool = True,
    step: str = "letter",
) -> str:
    """Our letter to `code` as it left Gmail's SMTP (what a bounce returns)."""
    ids = Ids("letter" + code + step)
    to = to or letter_address(code)
    mid = our_message_id(code, step)
    headers = (
        f"Received: from localhost (a82-94-{ids.num(1, 250)}-{ids.num(1, 250)}.adsl.xs4all.nl."
        f" [82.94.{ids.num(1, 250)}.{ids.num(1, 250)}])\n"
        f"        by smtp.gmail.com with ESMTPSA id {ids.alnum(12)}.{ids.num(10, 99)}.2026."
        f"{ids.r.randint(10**8, 10**9)}\n"
        "        for <" + to + ">\n"
        "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
        f"        {google_date(date + timedelta(seconds=1))}\n"
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n"
        "        d=gmail.com; s=20230601; t=" + str(int(date.timestamp())) + ";\n"
        "        h=to:subject:reply-to:message-id:date:from:mime-version:from:to:cc\n"
        "         :subject:date:message-id:reply-to;\n"
        f"        bh={ids.b64(32)};\n"
        f"        b={ids.b64(60)}\n"
        f"         {ids.b64(60)}\n"
        "MIME-Version: 1.0\n"
        f"From: {OUR_NAME} <{INBOX}>\n"
        f"Date: {rfc_date(date)}\n"
        f"Message-ID: {mid}\n"
        f"Reply-To: {OUR_NAME} <{plus_address(code)}>\n"
        f"Subject: {SUBJECT}\n"
        f"To: {to}\n"
    )
    if not body:
        return headers
    text = part("text/plain", letter_text() + "\n", "utf-8", "quoted-printable")
    if not with_attachments:
        return headers + text
    bnd = f"==============={ids.num(10**18, 10**19 - 1)}=="
    parts = [text]
    for name in ATTACHMENT_NAMES:
        parts.append(
            attachment(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                name,
                tiny_docx(name.removesuffix(".docx")),
            )
        )
    return headers + multipart("mixed", bnd, parts)


# --------------------------------------------------------------------------- transport headers


def gmail_delivery(ids: Ids, when: datetime, to: str) -> str:
    """The topmost lines Gmail adds when a message lands in the inbox."""
    return (
        f"Delivered-To: {to.lower()}\n"
        f"Received: by 2002:a05:7{ids.num(100, 999)}:{ids.hex(4)}:b0:{ids.hex(3)}:{ids.hex(4)}:"
        f"{ids.hex(4)} with SMTP id {ids.alnum(6).lower()}csp{ids.num(100000, 9999999)};\n"
        f"        {google_date(when + timedelta(seconds=2))}\n"
        f"X-Google-Smtp-Source: AGHT+I{ids.alnum(60)}\n"
        f"X-Received: by 2002:a17:90{ids.num(2, 7)}:{ids.hex(4)}:b0:{ids.hex(3)}:{ids.hex(4)}:"
        f"{ids.hex(4)} with SMTP id {ids.alnum(12).lower()}.{ids.num(10, 99)}."
        f"{int(when.timestamp())}{ids.num(100, 999)};\n"
        f"        {google_date(when + timedelta(seconds=2))}\n"
    )


def inbound(
    ids: Ids,
    when: datetime,
    to: str,
    envelope: str,
    kind: str,
    host: str = "",
    ip: str = "",
    dkim_domain: str = "",
) -> str:
    """Delivered-To / Received / auth lines for a message arriving at Gmail.

    kind: "exo" (Exchange Online), "gmail", "relay" (own MTA: give host and ip), "icloud".
    """
    dom = envelope.rpartition("@")[2] if envelope else (dkim_domain or "")
    dkim_domain = dkim_domain or dom
    out = gmail_delivery(ids, when, to)
    if envelope:
        out += f"Return-Path: <{envelope}>\n"
    else:
        out += "Return-Path: <>\n"
    if kind == "exo":
        region = ids.r.choice(["EUR03-AM7", "EUR05-DB8", "EUR02-VI1", "EUR01-HE1", "EUR04-DB3"])
        short = region.split("-")[1].lower()
        ip = f"40.107.{ids.num(1, 255)}.{ids.num(1, 255)}"
        host = (
            f"{region}-obe.outbound.protection.outlook.com (mail-{short}eur0"
            f"{region[4]}on2{ids.num(100, 139)}.outbound.protection.outlook.com. [{ip}])"
        )
    elif kind == "gmail":
        n = ids.num(41, 73)
        ip = f"209.85.220.{n}"
        host = f"mail-sor-f{n}.google.com (mail-sor-f{n}.google.com. [{ip}])"
    elif kind == "icloud":
        ip = f"17.58.{ids.num(1, 60)}.{ids.num(1, 250)}"
        host = f"qs51p00im-qukt01072{ids.num(100, 999)}.me.com ({ip.replace('.', '-')}. [{ip}])"
    else:
        host = f"{host} ({host}. [{ip}])"
    proto = "SMTPS" if kind == "gmail" else "ESMTPS"
    tls = (
        "(Google Transport Security)"
        if kind == "gmail"
        else "(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)"
    )
    out += (
        f"Received: from {host}\n"
        f"        by mx.google.com with {proto} id {ids.alnum(10).lower()}.{ids.num(10, 99)}.2026."
        f"{ids.num(10**8, 10**9)}\n"
        f"        for <{to}>\n"
        f"        {tls};\n"
        f"        {google_date(when + timedelta(seconds=1))}\n"
    )
    if envelope:
        out += (
            f"Received-SPF: pass (google.com: domain of {envelope} designates {ip} as permitted "
            f"sender) client-ip={ip};\n"
            "Authentication-Results: mx.google.com;\n"
            f"       dkim=pass header.i=@{dkim_domain} header.s="
            f"{'20230601' if kind == 'gmail' else 'selector1'} header.b={ids.alnum(8)};\n"
            f"       spf=pass (google.com: domain of {envelope} designates {ip} as permitted "
            f"sender) smtp.mailfrom={envelope};\n"
            f"       dmarc=pass (p={'NONE' if kind == 'gmail' else 'QUARANTINE'} sp=QUARANTINE "
            f"dis=NONE) header.from={dkim_domain}\n"
        )
    else:
        helo = host.split()[0]
        out += (
            f"Received-SPF: pass (google.com: domain of postmaster@{helo} designates "
            f"{ip} as permitted sender) client-ip={ip};\n"
            "Authentication-Results: mx.google.com;\n"
            f"       spf=pass (google.com: domain of postmaster@{host.split()[0]} designates "
            f"{ip} as permitted sender) smtp.helo={host.split()[0]}\n"
        )
    return out


def exo_internal(ids: Ids, when: datetime, prefix: str = "AM") -> tuple[str, str]:
    """Two internal Exchange Online Received lines and the mailbox server name."""
    pod = f"{prefix}{ids.num(0, 9)}PR{ids.num(1, 9):02d}MB{ids.num(1000, 9999)}"
    fqdn = f"{pod}.eurprd{ids.num(1, 9):02d}.prod.outlook.com"
    edge = f"{prefix}{ids.num(0, 9)}PEPF0000{ids.HEX(5)}.eurprd{ids.num(1, 9):02d}.prod.outlook.com"
    t = utc_date(when)
    lines = (
        f"Received: from {edge} (2603:10a6:{ids.hex(3)}:{ids.hex(2)}::{ids.hex(2)}) by\n"
        f" {fqdn} (2603:10a6:{ids.hex(3)}:{ids.hex(3)}::{ids.hex(2)}) with Microsoft SMTP\n"
        " Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n"
        f" 15.20.{ids.num(8000, 9300)}.{ids.num(10, 40)}; {t}\n"
        f"Received: from {fqdn} ([fe80::{ids.hex(4)}:{ids.hex(4)}:{ids.hex(4)}:{ids.hex(4)}])"
        f" by\n {fqdn} ([fe80::{ids.hex(4)}:{ids.hex(4)}:{ids.hex(4)}:{ids.hex(4)}%5]) with"
        f" mapi id 15.20.{ids.num(8000, 9300)}.{ids.num(10, 40)}; {t}\n"
    )
    return lines, fqdn


# --------------------------------------------------------------------------- quoting


WEEKDAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
WD_SHORT = ["ma", "di", "wo", "do", "vr", "za", "zo"]
MONTHS_NL = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
MON_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


@dataclass
class Quoted:
    """The message being replied to (usually our letter)."""

    frm_name: str = OUR_NAME
    frm_addr: str = INBOX
    to: str = ""
    subject: str = SUBJECT
    date: datetime = LETTER_DATE
    paras: list[str] = field(default_factory=lambda: list(LETTER_PARAS))
    attachments: tuple[str, ...] = ATTACHMENT_NAMES


def quote_text(q: Quoted, style: str) -> str:
    d = q.date
    hm = d.strftime("%H:%M")
    body = letter_text(q.paras)
    if style in ("outlook_nl", "outlook_nl_sep", "outlook_nl_orig"):
        head = (
            f"Van: {q.frm_name} <{q.frm_addr}>\n"
            f"Verzonden: {WEEKDAYS_NL[d.weekday()]} {d.day} {MONTHS_NL[d.month - 1]} "
            f"{d.year} {hm}\n"
            f"Aan: {q.to}\nOnderwerp: {q.subject}\n"
        )
        if style == "outlook_nl_sep":
            head = "________________________________\n" + head
        if style == "outlook_nl_orig":
            head = "-----Oorspronkelijk bericht-----\n" + head
        return head + "\n" + body
    if style == "outlook_nl_datum":
        return (
            "Van: " + f"{q.frm_name} <{q.frm_addr}>\n"
            f"Datum: {WEEKDAYS_NL[d.weekday()]} {d.day} {MONTHS_NL[d.month - 1]} {d.year} "
            f"om {hm}\nAan: {q.to}\nOnderwerp: {q.subject}\n\n" + body
        )
    if style == "outlook_en":
        return (
            f"From: {q.frm_name} <{q.frm_addr}>\n"
            f"Sent: {d.strftime('%A, %B %-d, %Y %-I:%M %p')}\n"
            f"To: {q.to}\nSubject: {q.subject}\n\n" + body
        )
    quoted = "\n".join(("> " + ln) if ln else ">" for ln in letter_text(q.paras, 76).split("\n"))
    if style == "gmail_nl":
        return (
            f"Op {WD_SHORT[d.weekday()]} {d.day} {MON_SHORT[d.month - 1]} {d.year} om {hm} "
            f"schreef {q.frm_name} <{q.frm_addr}>:\n\n" + quoted
        )
    if style == "gmail_nl_wrapped":
        return (
            f"Op {WD_SHORT[d.weekday()]} {d.day} {MON_SHORT[d.month - 1]} {d.year} om {hm} "
            f"schreef {q.frm_name} <\n{q.frm_addr}>:\n\n" + quoted
        )
    if style == "apple_nl":
        return (
            f"Op {d.day} {MON_SHORT[d.month - 1]}. {d.year} om {hm} heeft {q.frm_name} "
            f"<{q.frm_addr}> het volgende geschreven:\n\n" + quoted
        )
    if style == "ios_nl":
        return (
            f"> Op {d.day} {MON_SHORT[d.month - 1]} {d.year} om {hm} heeft {q.frm_name} "
            f"<{q.frm_addr}> het volgende geschreven:\n>\n" + quoted
        )
    if style == "thunderbird_nl":
        return f"Op {d.strftime('%d-%m-%Y')} om {hm} schreef {q.frm_name}:\n" + quoted
    if style == "bare":
        return quoted
    raise ValueError(style)


def quote_html(q: Quoted, style: str) -> str:
    d = q.date
    hm = d.strftime("%H:%M")
    e = html.escape
    if style in ("outlook_nl", "outlook_nl_sep", "outlook_nl_orig", "owa_nl"):
        return (
            '<div id="appendonsend"></div>\n'
            '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
            'style="font-size:11pt" color="#000000"><b>Van:</b> '
            f"{e(q.frm_name)} &lt;{e(q.frm_addr)}&gt;<br>\n"
            f"<b>Verzonden:</b> {WEEKDAYS_NL[d.weekday()]} {d.day} {MONTHS_NL[d.month - 1]} "
            f"{d.year} {hm}<br>\n<b>Aan:</b> {e(q.to)}<br>\n<b>Onderwerp:</b> {e(q.subject)}"
            "</font>\n<div>&nbsp;</div>\n</div>\n<div>\n" + letter_html(q.paras) + "\n</div>\n"
        )
    if style in ("mso_nl", "outlook_nl_datum"):
        return (
            '<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm '
            '0cm">\n<p class="MsoNormal"><b><span lang="NL">Van:</span></b><span lang="NL"> '
            f"{e(q.frm_name)} &lt;{e(q.frm_addr)}&gt; <br>\n<b>Verzonden:</b> "
            f"{WEEKDAYS_NL[d.weekday()]} {d.day} {MONTHS_NL[d.month - 1]} {d.year} {hm}<br>\n"
            f"<b>Aan:</b> {e(q.to)}<br>\n<b>Onderwerp:</b> {e(q.subject)}<o:p></o:p></span></p>\n"
            '</div>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            + letter_html(q.paras, "mso")
            + "\n"
        )
    if style in ("gmail_nl", "gmail_nl_wrapped"):
        return (
            '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            f"Op {WD_SHORT[d.weekday()]} {d.day} {MON_SHORT[d.month - 1]} {d.year} om {hm} "
            f'schreef {e(q.frm_name)} &lt;<a href="mailto:{q.frm_addr}">{q.frm_addr}</a>&gt;:'
            '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">\n'
            + letter_html(q.paras)
            + "\n</div>\n</blockquote></div>\n"
        )
    if style in ("apple_nl", "ios_nl"):
        return (
            f'<div dir="ltr"><br><blockquote type="cite">Op {d.day} {MON_SHORT[d.month - 1]}. '
            f"{d.year} om {hm} heeft {e(q.frm_name)} &lt;{e(q.frm_addr)}&gt; het volgende "
            'geschreven:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">\n'
            + letter_html(q.paras)
            + "\n</div></blockquote>\n"
        )
    if style in ("thunderbird_nl", "bare"):
        return '<blockquote type="cite">\n' + letter_html(q.paras) + "\n</blockquote>\n"
    raise ValueError(style)


# --------------------------------------------------------------------------- replies


def text_to_html(text: str, style: str) -> str:
    paras = text.split("\n\n")
    out = []
    for p in paras:
        inner = "<br>\n".join(html.escape(ln, quote=False) for ln in p.split("\n"))
        if style == "mso":
            out.append(
                f'<p class="MsoNormal">{inner}<o:p></o:p></p>\n'
                '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            )
        elif style == "owa":
            out.append(
                '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                "Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; "
                f'color: rgb(0, 0, 0);">{inner}</div>\n<div class="elementToProof"><br>'
                "</div>"
            )
        else:
            out.append(f"<div>{inner}</div><div><br></div>")
    return "\n".join(out)


MSO_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:'
    'office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.'
    'com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
    '<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
    '/* Font Definitions */\n@font-face\n\t{{font-family:"Cambria Math";\n\t'
    "panose-1:2 4 5 3 5 4 6 3 2 4;}}\n@font-face\n\t{{font-family:Calibri;\n\t"
    "panose-1:2 15 5 2 2 2 4 3 2 4;}}\n/* Style Definitions */\n"
    "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tfont-size:11.0pt;\n\t"
    'font-family:"Calibri",sans-serif;\n\tmso-ligatures:standardcontextual;\n\t'
    "mso-fareast-language:EN-US;}}\na:link, span.MsoHyperlink\n\t{{mso-style-priority:99;\n\t"
    "color:#0563C1;\n\ttext-decoration:underline;}}\n.MsoChpDefault\n\t"
    "{{mso-style-type:export-only;\n\tfont-size:10.0pt;}}\n@page WordSection1\n\t"
    "{{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}}\ndiv.WordSection1\n\t"
    "{{page:WordSection1;}}\n--></style>\n</head>\n"
    '<body lang="NL" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
    '<div class="WordSection1">\n'
)


def html_doc(own_html: str, quote: str, style: str, charset: str) -> str:
    if style == "mso":
        return (
            MSO_HEAD.format(charset=charset) + own_html + "\n" + quote + "</div>\n</body>\n</html>"
        )
    if style == "owa":
        return (
            '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset='
            f'{charset}">\n<style type="text/css" style="display:none;"> P {{margin-top:0;'
            'margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
            + own_html
            + "\n"
            + quote
            + "</body>\n</html>"
        )
    if style == "gmail":
        return f'<div dir="ltr">{own_html}</div><br>\n{quote}'
    if style == "apple":
        return (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            f'</head><body dir="auto"><div dir="ltr">{own_html}</div>{quote}</body></html>'
        )
    return f"<html><body>{own_html}{quote}</body></html>"


@dataclass
class Reply:
    """One hand-written reply. Most fields have the common default."""

    name: str  # file stem
    frm: str  # "Name <addr>" already formatted, or bare address
    envelope: str  # Return-Path / MAIL FROM
    date: datetime
    text: str  # what the sender wrote (signature included)
    client: str = "outlook"  # outlook | owa | gmail | apple | ios | thunderbird | plain
    transport: str = "exo"  # exo | gmail | relay | icloud
    relay_host: str = ""
    relay_ip: str = ""
    to: str = ""  # header To (default: the plus-address of `code`)
    rcpt: str = ""  # envelope recipient (default: address in To)
    cc: str = ""
    code: str = ""  # the municipality whose letter is answered (for ids)
    subject: str = ""  # default "RE: " + SUBJECT
    thread: bool = True  # In-Reply-To / References to our letter
    refs: list[str] = field(default_factory=list)  # override References
    in_reply_to: str = ""  # override In-Reply-To
    quote: str = "outlook_nl"  # quote style, or "none"
    quoted: Quoted | None = None
    html: str = "alt"  # none | alt | only
    charset: str = "utf-8"
    cte: str = "quoted-printable"
    extra_headers: str = ""
    attachments: list[str] = field(default_factory=list)  # pre-built MIME parts
    inline_logo: bool = False


def build_reply(r: Reply) -> bytes:
    ids = Ids(r.name)
    to_hdr = r.to or f"{OUR_NAME} <{plus_address(r.code)}>"
    rcpt = r.rcpt or to_hdr.rpartition("<")[2].rstrip(">").strip()
    subject = r.subject or f"RE: {SUBJECT}"
    q = r.quoted or Quoted(to=letter_address(r.code) if r.code else "")
    domain = r.envelope.rpartition("@")[2]

    # --- body
    own = r.text.rstrip("\n") + "\n"
    if r.client == "thunderbird":  # format=flowed: soft line breaks end in a space
        own = "\n".join(
            " \n".join(textwrap.wrap(ln, 72)) if len(ln) > 76 else ln for ln in own.split("\n")
        )
    text_body = own
    if r.quote != "none":
        text_body = own + "\n" + quote_text(q, r.quote) + "\n"
    hstyle = {
        "outlook": "mso",
        "owa": "owa",
        "gmail": "gmail",
        "apple": "apple",
        "ios": "apple",
    }.get(r.client, "plain")
    if r.quote == "none" or r.html == "none":
        qhtml = ""
    else:
        hq = r.quote
        if hstyle == "mso" and hq.startswith("outlook_nl"):
            hq = "mso_nl"
        if hstyle == "owa" and hq.startswith("outlook_nl"):
            hq = "owa_nl"
        qhtml = quote_html(q, hq)
    own_html = text_to_html(r.text.rstrip("\n"), hstyle)
    if r.inline_logo:
        own_html += (
            '\n<p class="MsoNormal"><img width="120" height="40" style="width:1.25in;'
            'height:.4166in" id="Afbeelding_x0020_1" src="cid:image001.png@01DC8B2A.'
            '5F3E1D20" alt="logo gemeente"></p>'
        )
    html_body = html_doc(own_html, qhtml, hstyle, r.charset)

    if r.client in ("gmail",):
        bnd = "000000000000" + ids.hex(16)
    elif r.client in ("apple", "ios"):
        bnd = f"Apple-Mail-{ids.HEX(8)}-{ids.HEX(4)}-{ids.HEX(4)}-{ids.HEX(4)}-{ids.HEX(12)}"
    elif r.client in ("outlook", "owa"):
        bnd = f"_000_{ids.HEX(8)}{ids.HEX(8)}{ids.HEX(8)}{ids.HEX(4)}eurprd_"
    else:
        bnd = (
            f"----=_Part_{ids.num(10000, 99999)}_{ids.num(10**8, 10**9)}.{ids.num(10**12, 10**13)}"
        )

    cte_html = "quoted-printable" if r.cte != "base64" else "base64"
    if r.html == "none":
        content = part("text/plain", text_body, r.charset, r.cte)
        if r.client == "thunderbird":
            content = content.replace(
                f'charset="{r.charset}"', f"charset={r.charset.upper()}; format=flowed", 1
            )
    elif r.html == "only":
        content = part("text/html", html_body, r.charset, cte_html)
    else:
        content = multipart(
            "alternative",
            bnd,
            [
                part("text/plain", text_body, r.charset, r.cte),
                part("text/html", html_body, r.charset, cte_html),
            ],
        )
    if r.inline_logo:
        logo = attachment(
            "image/png",
            "image001.png",
            tiny_png((0, 84, 140)),
            inline_cid="image001.png@01DC8B2A.5F3E1D20",
        )
        content = multipart(
            "related",
            "_004_" + bnd[5:].replace("_", "") + "_",
            [content, logo],
            params='; type="multipart/alternative"',
        )
    if r.attachments:
        content = multipart(
            "mixed", "_005_" + bnd[5:].replace("_", "") + "_", [content, *r.attachments]
        )

    # --- headers
    refs = r.refs or ([our_message_id(r.code)] if r.thread and r.code else [])
    irt = r.in_reply_to or (refs[-1] if refs else "")
    h = inbound(ids, r.date, rcpt, r.envelope, r.transport, r.relay_host, r.relay_ip)
    if r.client in ("outlook", "owa"):
        internal, fqdn = exo_internal(ids, r.date)
        if r.transport == "exo":
            h += (
                f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain};\n"
                " s=selector1; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:\n"
                f" X-MS-Exchange-SenderADCheck; bh={ids.b64(32)};\n b={ids.b64(96)}\n"
            )
            h += internal
        mid = f"<{fqdn.split('.')[0]}{ids.HEX(12)}@{fqdn}>"
        h += f"From: {r.frm}\nTo: {to_hdr}\n"
        if r.cc:
            h += f"CC: {r.cc}\n"
        h += (
            f"Subject: {enc_subject(subject, r.charset)}\n"
            f"Thread-Topic: {enc_subject(SUBJECT if 'Verzoek' in subject else subject)}\n"
            f"Thread-Index: AQHc{ids.b64(30)[:40]}\n"
            f"Date: {utc_date(r.date)}\n"
            f"Message-ID: {mid}\n"
        )
        if refs:
            h += f"References: {fold_refs(refs)}\n"
        if irt:
            h += f"In-Reply-To: {irt}\n"
        h += (
            "Accept-Language: nl-NL, en-US\nContent-Language: nl-NL\n"
            f"X-MS-Has-Attach: {'yes' if r.attachments else ''}\n"
            "X-MS-TNEF-Correlator:\n"
            "msip_labels:\n"
            "x-ms-publictraffictype: Email\n"
            f"x-ms-traffictypediagnostic: {fqdn.split('.')[0]}:EE_|"
            f"{fqdn.split('.')[0][:-4]}{ids.num(1000, 9999)}:EE_\n"
            f"x-ms-office365-filtering-correlation-id: {ids.hex(8)}-{ids.hex(4)}-{ids.hex(4)}-"
            f"{ids.hex(4)}-{ids.hex(12)}\n"
            "x-ms-exchange-senderadcheck: 1\n"
            "x-ms-exchange-antispam-relay: 0\n"
        )
    elif r.client == "gmail":
        h += (
            f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n"
            f"        d={domain}; s=20230601; t={int(r.date.timestamp())}; "
            f"x={int(r.date.timestamp()) + 604800}; darn=gmail.com;\n"
            "        h=to:subject:message-id:date:from:in-reply-to:references\n"
            "         :mime-version:from:to:cc:subject:date:message-id:reply-to;\n"
            f"        bh={ids.b64(32)};\n        b={ids.b64(64)}\n         {ids.b64(64)}\n"
            f"X-Gm-Message-State: AOJu0Y{ids.alnum(50)}\n"
            f"X-Gm-Gg: ASbGnc{ids.alnum(70)}\n"
            "MIME-Version: 1.0\n"
        )
        if refs:
            h += f"References: {fold_refs(refs)}\n"
        if irt:
            h += f"In-Reply-To: {irt}\n"
        h += (
            f"From: {r.frm}\nDate: {rfc_date(r.date)}\n"
            f"Message-ID: <CA{ids.alnum(6)}{ids.alnum(40)}@mail.gmail.com>\n"
            f"Subject: {enc_subject(subject, r.charset)}\nTo: {to_hdr}\n"
        )
        if r.cc:
            h += f"Cc: {r.cc}\n"
    else:
        h += f"From: {r.frm}\n"
        if r.client in ("apple", "ios"):
            h += (
                "Mime-Version: 1.0 (1.0)\n"
                if r.client == "ios"
                else "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))\n"
            )
        else:
            h += "MIME-Version: 1.0\n"
        h += f"Date: {rfc_date(r.date)}\nSubject: {enc_subject(subject, r.charset)}\n"
        if r.client in ("apple", "ios"):
            mid = f"<{ids.HEX(8)}-{ids.HEX(4)}-{ids.HEX(4)}-{ids.HEX(4)}-{ids.HEX(12)}@{domain}>"
        elif r.client == "thunderbird":
            mid = f"<{ids.hex(8)}-{ids.hex(4)}-{ids.hex(4)}-{ids.hex(4)}-{ids.hex(12)}@{domain}>"
        else:
            mid = f"<{ids.num(10**9, 10**10)}.{ids.num(1000, 9999)}.{ids.hex(12)}@{domain}>"
        h += f"Message-ID: {mid}\n"
        if refs:
            h += f"References: {fold_refs(refs)}\n"
        if irt:
            h += f"In-Reply-To: {irt}\n"
        h += f"To: {to_hdr}\n"
        if r.cc:
            h += f"Cc: {r.cc}\n"
        if r.client == "ios":
            h += "X-Mailer: iPhone Mail (22D82)\n"
        elif r.client == "apple":
            h += "X-Mailer: Apple Mail (2.3826.500.181.1.5)\n"
        elif r.client == "thunderbird":
            h += "User-Agent: Mozilla Thunderbird\nContent-Language: nl\n"
    h += r.extra_headers
    if r.client in ("outlook", "owa", "plain", "thunderbird") and "MIME-Version" not in h:
        h += "MIME-Version: 1.0\n"
    return (h + content).encode("ascii")


# --------------------------------------------------------------------------- writing files


@dataclass
class Case:
    file: str
    label: str
    municipality: str
    note: str
    raw: bytes


def write_set(folder: Path, cases: list[Case]) -> None:
    import email
    import email.policy

    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.eml"):
        old.unlink()
    names = set()
    for c in cases:
        if c.file in names:
            raise ValueError(f"duplicate file {c.file}")
        names.add(c.file)
        if c.municipality and c.municipality not in MUNI:
            raise ValueError(f"{c.file}: unknown municipality {c.municipality}")
        msg = email.message_from_bytes(c.raw, policy=email.policy.default)
        if msg.defects or not msg["From"] or not msg["Date"]:
            raise ValueError(f"{c.file}: defects {msg.defects}")
        for p in msg.walk():
            if p.defects:
                raise ValueError(f"{c.file}: part defects {p.defects}")
            if not p.is_multipart() and p.get_content_maintype() == "text":
                p.get_content()
        (folder / c.file).write_bytes(c.raw)
    with (folder / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "label", "municipality", "note"])
        for c in cases:
            w.writerow([c.file, c.label, c.municipality, c.note])


# --------------------------------------------------------------------------- bounces


def gmail_dsn(
    name: str,
    code: str,
    *,
    rcpt: str,
    when: datetime,
    status: str,
    diag: str,
    remote_mta: str,
    lang: str = "en",
    action: str = "failed",
    original: str = "full",
    dns_error: bool = False,
) -> bytes:
    """Gmail's "Mail Delivery Subsystem" report (RFC 3464) for our letter to `code`."""
    ids = Ids(name)
    mid = our_message_id(code)
    ip = f"209.85.220.{ids.num(41, 73)}"
    delayed = action == "delayed"
    b_outer = "000000000000" + ids.hex(16)
    b_rel = "000000000000" + ids.hex(16)
    b_alt = "000000000000" + ids.hex(16)
    dom = rcpt.rpartition("@")[2]
    if delayed:
        subject = "Delivery Status Notification (Delay)"
        if lang == "nl":
            title = "Bericht niet bezorgd"
            text = (
                f"Er is een tijdelijk probleem met het bezorgen van je bericht bij {rcpt}. "
                "Gmail probeert het nog 46 uur opnieuw. Je krijgt een melding als de "
                "bezorging definitief mislukt."
            )
            resp = "Het antwoord van de externe server is:"
        else:
            title = "Message not delivered"
            text = (
                f"There was a temporary problem delivering your message to {rcpt}. Gmail "
                "will retry for 46 more hours. You'll be notified if the delivery fails "
                "permanently."
            )
            resp = "The response was:"
    else:
        subject = "Delivery Status Notification (Failure)"
        if dns_error:
            title = "Address not found" if lang == "en" else "Adres niet gevonden"
            text = (
                f"Your message wasn't delivered to {rcpt} because the domain {dom} couldn't "
                "be found. Check for typos or unnecessary spaces and try again."
                if lang == "en"
                else f"Je bericht is niet bezorgd bij {rcpt} omdat het domein {dom} niet is "
                "gevonden. Controleer of er typefouten of onnodige spaties in het adres "
                "staan en probeer het opnieuw."
            )
        elif status.startswith("5.1"):
            title = "Address not found" if lang == "en" else "Adres niet gevonden"
            text = (
                f"Your message wasn't delivered to {rcpt} because the address couldn't be "
                "found, or is unable to receive mail."
                if lang == "en"
                else f"Je bericht is niet bezorgd bij {rcpt} omdat het adres niet is gevonden of "
                "geen e-mail kan ontvangen."
            )
        else:
            title = "Message blocked" if lang == "en" else "Bericht geblokkeerd"
            text = (
                f"Your message to {rcpt} has been blocked. See technical details below for "
                "more information."
                if lang == "en"
                else f"Je bericht aan {rcpt} is geblokkeerd. Bekijk de technische details "
                "hieronder voor meer informatie."
            )
        resp = (
            "The response from the remote server was:"
            if lang == "en"
            else "Het antwoord van de externe server is:"
        )
    plain = (
        f"\n** {title} **\n\n{text}\n\n"
        + (
            ""
            if not (status.startswith("5.1") or dns_error)
            else (
                "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
                if lang == "en"
                else "Meer informatie: https://support.google.com/mail/?p=NoSuchUser\n\n"
            )
        )
        + f"{resp}\n{diag}\n"
    )
    html_part = (
        '<html>\n<head>\n<style>\n* {\nfont-family:Roboto, "Helvetica Neue", Helvetica, Arial, '
        'sans-serif;\n}\n</style>\n</head>\n<body>\n<table cellpadding="0" cellspacing="0" '
        'class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>\n'
        '<tr><td>\n<table cellpadding=0 cellspacing=0><tbody>\n<tr><td style="max-width:560px;'
        "padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;"
        'border-radius:2px">\n<img style="padding:0 24px 16px 0;float:left" width=72 height=72 '
        'alt="Error Icon" src="cid:icon.png">\n'
        '<table style="min-width:272px;padding-top:8px">'
        f'<tbody>\n<tr><td><h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">\n'
        f'{html.escape(title)}\n</h2></td></tr>\n<tr><td style="padding-top:20px;color:#757575;'
        f'font-size:16px;font-weight:normal;text-align:left">\n{html.escape(text)}\n</td></tr>\n'
        '</tbody></table>\n</td></tr>\n</tbody></table>\n</td></tr>\n<tr style="border:none;'
        'background-color:#fff;font-size:12.8px;width:90%">\n<td align="left" style="padding:'
        f'48px 10px">\n{html.escape(resp)}<br/>\n<p style="font-family:monospace">\n'
        f"{html.escape(diag)}\n</p>\n</td>\n</tr>\n</tbody></table>\n</body>\n</html>\n"
    )
    icon = attachment(
        "image/png", "icon.png", tiny_png((219, 68, 55), 12, 12), inline_cid="icon.png"
    )
    human = multipart(
        "related",
        b_rel,
        [
            multipart(
                "alternative",
                b_alt,
                [
                    part("text/plain", plain, "UTF-8", "quoted-printable"),
                    part("text/html", html_part, "UTF-8", "quoted-printable"),
                ],
            ),
            icon,
        ],
    )
    arrival = LETTER_DATE if not delayed else when - timedelta(hours=4)
    arrival = min(arrival, when)
    status_block = (
        "Reporting-MTA: dns; googlemail.com\n"
        f"Arrival-Date: {google_date(arrival)}\n"
        f"X-Original-Message-ID: {mid}\n\n"
        f"Final-Recipient: rfc822; {rcpt}\n"
        f"Action: {action}\n"
        f"Status: {status}\n"
        + (f"Remote-MTA: dns; {remote_mta}\n" if remote_mta else "")
        + f"Diagnostic-Code: smtp; {diag}\n"
        f"Last-Attempt-Date: {google_date(when)}\n"
        + (f"Will-Retry-Until: {google_date(arrival + timedelta(days=2))}\n" if delayed else "")
    )
    dsn = "Content-Type: message/delivery-status\n\n" + status_block
    if original == "full":
        orig = "Content-Type: message/rfc822\n\n" + sent_letter(code, to=rcpt)
    elif original == "text":
        orig = "Content-Type: message/rfc822\n\n" + sent_letter(
            code, to=rcpt, with_attachments=False
        )
    else:
        orig = "Content-Type: text/rfc822-headers\n\n" + sent_letter(code, to=rcpt, body=False)
    body = multipart("report", b_outer, [human, dsn, orig], params="; report-type=delivery-status")
    head = (
        gmail_delivery(ids, when, INBOX)
        + "Return-Path: <>\n"
        f"Received: from mail-sor-f{ip.rsplit('.', 1)[1]}.google.com (mail-sor-f"
        f"{ip.rsplit('.', 1)[1]}.google.com. [{ip}])\n"
        f"        by mx.google.com with SMTPS id {ids.alnum(10).lower()}.{ids.num(10, 99)}.2026."
        f"{ids.num(10**8, 10**9)}\n        for <{INBOX}>\n        (Google Transport Security);\n"
        f"        {google_date(when)}\n"
        f"Received-SPF: pass (google.com: domain of postmaster@mail-sor-f{ip.rsplit('.', 1)[1]}"
        f".google.com designates {ip} as permitted sender) client-ip={ip};\n"
        "Authentication-Results: mx.google.com;\n"
        f"       dkim=pass header.i=@googlemail.com header.s=20230601 header.b={ids.alnum(8)};\n"
        "       spf=pass (google.com: domain of postmaster@mail-sor-f"
        f"{ip.rsplit('.', 1)[1]}.google.com designates {ip} as permitted sender) "
        f"smtp.helo=mail-sor-f{ip.rsplit('.', 1)[1]}.google.com;\n"
        "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=googlemail.com\n"
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n"
        f"        d=googlemail.com; s=20230601; t={int(when.timestamp())}; "
        f"x={int(when.timestamp()) + 604800}; darn=gmail.com;\n"
        "        h=in-reply-to:references:subject:from:to:auto-submitted\n"
        "         :message-id:date:from:to:cc:subject:date:message-id:reply-to;\n"
        f"        bh={ids.b64(32)};\n        b={ids.b64(64)}\n         {ids.b64(64)}\n"
        f"X-Google-Smtp-Source: AGHT+I{ids.alnum(60)}\n"
        f"X-Received: by 2002:a05:6512:{ids.hex(4)}:b0:{ids.hex(3)}:{ids.hex(4)}:{ids.hex(4)} "
        f"with SMTP id {ids.alnum(10).lower()}.{ids.num(10, 99)}.{int(when.timestamp())};\n"
        f"        {google_date(when)}\n"
        f'Content-Type: multipart/report; boundary="{b_outer}"; report-type=delivery-status\n'.replace(  # noqa: E501
            f'Content-Type: multipart/report; boundary="{b_outer}"; report-type=delivery-status\n',
            "",
        )
        + "MIME-Version: 1.0\n"
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
        f"To: {INBOX}\n"
        "Auto-Submitted: auto-replied\n"
        f"Subject: {subject}\n"
        f"References: {mid}\n"
        f"In-Reply-To: {mid}\n"
        + ("" if delayed else f"X-Failed-Recipients: {rcpt}\n")
        + f"Message-ID: <{ids.hex(8)}.{ids.hex(8)}.{ids.hex(8)}.{ids.hex(12)}@mx.google.com>\n"
        f"Date: {google_date(when)}\n"
    )
    return (head + body).encode("ascii")


def m365_ndr(
    name: str,
    code: str,
    *,
    rcpt: str,
    tenant: str,
    when: datetime,
    status: str,
    diag: str,
    lang: str = "en",
    delayed: bool = False,
    original: str = "headers",
) -> bytes:
    """Exchange Online non-delivery (or delay) report from postmaster@<tenant>."""
    ids = Ids(name)
    mid = our_message_id(code)
    internal, fqdn = exo_internal(ids, when)
    pod = fqdn.split(".")[0]
    dom = rcpt.rpartition("@")[2]
    local = rcpt.partition("@")[0]
    b_outer = f"_000_{ids.HEX(8)}{ids.HEX(8)}{pod}{ids.num(1000, 9999)}eurprd_"
    b_alt = f"_001_{ids.HEX(8)}{ids.HEX(8)}{pod}{ids.num(1000, 9999)}eurprd_"
    if delayed:
        subj_prefix = "Delivery delayed:" if lang == "en" else "Bezorging vertraagd:"
        if lang == "en":
            lines = [
                "Delivery is delayed to these recipients or groups:",
                "",
                rcpt,
                "",
                f"Subject: {SUBJECT}",
                "",
                "This message hasn't been delivered yet. Delivery will continue to be attempted.",
                "",
                "The server will keep trying to deliver this message for the next 1 days, "
                "19 hours and 51 minutes. You'll be notified if the message can't be "
                "delivered by that time.",
            ]
        else:
            lines = [
                "De bezorging aan deze geadresseerden of groepen is vertraagd:",
                "",
                rcpt,
                "",
                f"Onderwerp: {SUBJECT}",
                "",
                "Dit bericht is nog niet bezorgd. Er wordt geprobeerd het bericht te bezorgen.",
                "",
                "De server blijft de komende 1 dag, 19 uur en 51 minuten proberen dit "
                "bericht te bezorgen. U krijgt een melding als het bericht in die tijd niet "
                "kan worden bezorgd.",
            ]
    else:
        subj_prefix = "Undeliverable:" if lang == "en" else "Onbestelbaar:"
        if status.startswith("5.1.10"):
            why_en = [f"{local} wasn't found at {dom}."]
            why_nl = [f"{local} is niet gevonden op {dom}."]
        elif status.startswith("5.7.1"):
            why_en = [
                f"Your message couldn't be delivered to {rcpt} because the group only "
                "accepts messages from people in its organization or on its allowed "
                "senders list, and your email address isn't on the list."
            ]
            why_nl = [
                f"Uw bericht kan niet worden bezorgd bij {rcpt} omdat de groep alleen "
                "berichten accepteert van personen binnen de organisatie of op de lijst "
                "met toegestane afzenders, en uw e-mailadres staat niet op die lijst."
            ]
        elif status.startswith("5.2.2"):
            why_en = [f"{local}'s mailbox is full."]
            why_nl = [f"Het postvak van {local} is vol."]
        else:
            why_en = [f"The recipient's email system refused to accept the message for {rcpt}."]
            why_nl = [f"Het e-mailsysteem van de ontvanger weigerde het bericht voor {rcpt}."]
        if lang == "en":
            lines = [
                f"Your message to {rcpt} couldn't be delivered.",
                "",
                *why_en,
                "",
                "Action Required",
                "",
                "Recipient",
                "",
                "Unknown To address" if status.startswith("5.1.10") else "Not authorized to send",
                "",
                "How to Fix It",
                "The address may be misspelled or may not exist. Try one or more of the following:",
                "",
                "  *   Send the message again following these steps: In Outlook, open this "
                "non-delivery report (NDR) and choose Send Again from the Report ribbon.",
                "  *   Contact the recipient by some other means, (by phone, for example) "
                "and confirm you're using the right address.",
                "",
                "Was this helpful? Send feedback to Microsoft.",
                "",
                "More Info for Email Admins",
                f"Status code: {status.split()[0]}",
                "",
                "This error occurs because the sender sent a message to an email address "
                "hosted by Office 365 but the address is incorrect or doesn't exist at the "
                "destination domain.",
                "",
                "Original Message Details",
                f"Created Date:    {utc_date(LETTER_DATE)}",
                f"Sender Address:    {INBOX}",
                f"Recipient Address:    {rcpt}",
                f"Subject:    {SUBJECT}",
                "",
                "Error Details",
                f"Error:    {diag}",
                f"Message rejected by:    {fqdn}",
            ]
        else:
            lines = [
                f"Uw bericht aan {rcpt} kan niet worden bezorgd.",
                "",
                *why_nl,
                "",
                "Actie vereist",
                "",
                "Ontvanger",
                "",
                "Onbekend Aan-adres" if status.startswith("5.1.10") else "Geen toestemming",
                "",
                "Hoe u dit kunt oplossen",
                "Het adres is mogelijk verkeerd gespeld of bestaat niet.",
                "",
                "Meer informatie voor e-mailbeheerders",
                f"Statuscode: {status.split()[0]}",
                "",
                "Gegevens van oorspronkelijk bericht",
                f"Gemaakt op:    {utc_date(LETTER_DATE)}",
                f"Adres afzender:    {INBOX}",
                f"Adres ontvanger:    {rcpt}",
                f"Onderwerp:    {SUBJECT}",
                "",
                "Foutgegevens",
                f"Fout:    {diag}",
                f"Bericht geweigerd door:    {fqdn}",
            ]
    plain = "\n".join(lines) + "\n"
    html_body = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
        'charset=us-ascii">\n</head>\n<body>\n'
        + "\n".join(
            f"<p style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif;"
            f'font-size:15px">{html.escape(ln)}</p>'
            for ln in lines
            if ln
        )
        + "\n</body>\n</html>\n"
    )
    human = multipart(
        "alternative",
        b_alt,
        [
            part("text/plain", plain, "us-ascii", "quoted-printable"),
            part("text/html", html_body, "us-ascii", "quoted-printable"),
        ],
    )
    status_block = (
        f"Reporting-MTA: dns;{fqdn}\n"
        f"Received-From-MTA: dns;mail-{ids.alnum(4).lower()}-f{ids.num(41, 73)}.google.com\n"
        f"Arrival-Date: {utc_date(LETTER_DATE)}\n\n"
        f"Final-Recipient: rfc822;{rcpt}\n"
        f"Action: {'delayed' if delayed else 'failed'}\n"
        f"Status: {status.split()[0]}\n"
        + (f"Remote-MTA: dns;{dom}\n" if delayed else "")
        + f"Diagnostic-Code: smtp;{diag}\n"
        + (f"Will-Retry-Until: {utc_date(when + timedelta(hours=44))}\n" if delayed else "")
    )
    dsn = "Content-Type: message/delivery-status\n\n" + status_block
    if original == "headers":
        orig = "Content-Type: text/rfc822-headers\n\n" + sent_letter(code, to=rcpt, body=False)
    else:
        orig = "Content-Type: message/rfc822\n\n" + sent_letter(code, to=rcpt)
    body = multipart("report", b_outer, [human, dsn, orig], params="; report-type=delivery-status")
    pm = f"postmaster@{tenant}.onmicrosoft.com"
    head = (
        inbound(ids, when, INBOX, "", "exo") + internal + f"From: Microsoft Outlook <{pm}>\n"
        f"To: <{INBOX}>\n"
        f"Date: {utc_date(when)}\n"
        f"Subject: {subj_prefix} {SUBJECT}\n"
        "Content-Type: multipart/report; report-type=delivery-status;\n"
        f'\tboundary="{b_outer}"\n'
        "X-MS-Exchange-Message-Is-Ndr:\n"
        "Content-Language: " + ("en-US" if lang == "en" else "nl-NL") + "\n"
        f"Message-ID: <{ids.hex(8)}-{ids.hex(4)}-{ids.hex(4)}-{ids.hex(4)}-{ids.hex(12)}@{fqdn}>\n"
        f"In-Reply-To: {mid}\n"
        f"References: <{ids.hex(8)}-{ids.hex(4)}-{ids.hex(4)}-{ids.hex(4)}-{ids.hex(12)}@{fqdn}>"
        f"\n {mid}\n"
        f"Thread-Topic: {SUBJECT}\n"
        f"Thread-Index: AQHc{ids.b64(24)[:32]}\n"
        "X-MS-PublicTrafficType: Email\n"
        f"X-MS-Exchange-CrossTenant-Network-Message-Id: {ids.hex(8)}-{ids.hex(4)}-{ids.hex(4)}-"
        f"{ids.hex(4)}-{ids.hex(12)}\n"
        "Auto-Submitted: auto-replied\n"
        "MIME-Version: 1.0\n"
    )
    return (head + "\n" + body.split("\n", 2)[2]).encode("ascii")


def mta_bounce(
    name: str,
    code: str,
    *,
    rcpt: str,
    when: datetime,
    host: str,
    ip: str,
    status: str,
    diag: str,
    remote: str,
    delayed: bool = False,
    flavour: str = "postfix",
) -> bytes:
    """A Postfix (RFC 3464) or Exim (plain text) bounce from the municipality's own gateway."""
    ids = Ids(name)
    qid = ids.HEX(10)
    if flavour == "exim":
        text = (
            "This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            f"  {rcpt}\n    {diag}\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            + sent_letter(code, to=rcpt, with_attachments=False)
        )
        head = (
            inbound(ids, when, INBOX, "", "relay", host, ip)
            + f"Received: from mailnull by {host} with local (Exim 4.98)\n"
            f"\tid 1w{ids.alnum(5)}-{ids.alnum(7)}-{ids.alnum(2)}\n\tfor {INBOX};\n"
            f"\t{rfc_date(when)}\n"
            "X-Failed-Recipients: " + rcpt + "\n"
            "Auto-Submitted: auto-replied\n"
            f"From: Mail Delivery System <Mailer-Daemon@{host}>\n"
            f"To: {INBOX}\n"
            'Content-Type: text/plain; charset="utf-8"\n'
            "Content-Transfer-Encoding: 8bit\n"
            "MIME-Version: 1.0\n"
            "Subject: Mail delivery failed: returning message to sender\n"
            f"Message-Id: <E1w{ids.alnum(5)}-{ids.alnum(7)}-{ids.alnum(2)}@{host}>\n"
            f"Date: {rfc_date(when)}\n\n"
        )
        # The copied letter is quoted-printable inside a text/plain body: keep its lines raw.
        return (head + text).encode("utf-8")
    bnd = f"{qid}.{int(when.timestamp())}/{host}"
    if delayed:
        human = (
            f"This is the mail system at host {host}.\n\n"
            "####################################################################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################################################################\n\n"
            "Your message could not be delivered for more than 4 hour(s).\n"
            "It will be retried until it is 5 day(s) old.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            f"<{rcpt}>: {diag}\n"
        )
        subject = "Delayed Mail (still being retried)"
    else:
        human = (
            f"This is the mail system at host {host}.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            f"<{rcpt}>: host {remote} said: {diag} (in reply to RCPT TO\n    command)\n"
        )
        subject = "Undelivered Mail Returned to Sender"
    status_block = (
        f"Reporting-MTA: dns; {host}\n"
        f"X-Postfix-Queue-ID: {qid}\n"
        f"X-Postfix-Sender: rfc822; {INBOX}\n"
        f"Arrival-Date: {rfc_date(LETTER_DATE)}\n\n"
        f"Final-Recipient: rfc822; {rcpt}\n"
        f"Original-Recipient: rfc822;{rcpt}\n"
        f"Action: {'delayed' if delayed else 'failed'}\n"
        f"Status: {status}\n"
        f"{'Remote-MTA: dns; ' + remote.split()[0] + chr(10) if remote else ''}"
        f"Diagnostic-Code: {'X-Postfix' if delayed else 'smtp'}; {diag}\n"
        + (f"Will-Retry-Until: {rfc_date(LETTER_DATE + timedelta(days=5))}\n" if delayed else "")
    )
    orig = (
        "Content-Description: Undelivered Message Headers\n"
        "Content-Type: text/rfc822-headers\n\n" + sent_letter(code, to=rcpt, body=False)
        if delayed
        else "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
        + sent_letter(code, to=rcpt)
    )
    body = multipart(
        "report",
        bnd,
        [
            "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
            + human,
            "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
            + status_block,
            orig,
        ],
        params="; report-type=delivery-status",
        preamble="This is a MIME-encapsulated message.",
    )
    head = (
        inbound(ids, when, INBOX, "", "relay", host, ip)
        + f"Received: by {host} (Postfix)\n\tid {qid}; {rfc_date(when)}\n"
        f"Date: {rfc_date(when)}\n"
        f"From: MAILER-DAEMON@{host} (Mail Delivery System)\n"
        f"Subject: {subject}\n"
        f"To: {INBOX}\n"
        "Auto-Submitted: auto-replied\n"
        "MIME-Version: 1.0\n"
        f"Message-Id: <{ids.alnum(14)}.{qid}@{host}>\n"
    )
    return (
        head
        + body.replace(
            f'Content-Type: multipart/report; boundary="{bnd}"; report-type=delivery-status',
            f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{bnd}"',
        )
    ).encode("ascii")
