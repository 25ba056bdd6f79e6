"""Shared building blocks for generate.py: the letter we sent, quoting styles, MIME helpers."""

from __future__ import annotations

import base64
import quopri
import sys
import textwrap
from email.header import Header
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from outreach.compose.identity import message_id_for, reply_address  # noqa: E402

CAMPAIGN = "kinderpardon-2026"
SECRET = "corpus-secret"
BASE = "kinderpardonnu@gmail.com"
FROM_US = "KinderpardonNU <kinderpardonnu@gmail.com>"


def mid(code: str, step: str = "letter") -> str:
    return message_id_for(campaign=CAMPAIGN, cbs_code=code, step=step, domain="gmail.com", secret=SECRET)


def raddr(code: str) -> str:
    return reply_address(BASE, cbs_code=code, secret=SECRET)


def subject(name: str, reminder: bool = False) -> str:
    if reminder:
        return f"Herinnering: verzoek om door te sturen aan de fractievoorzitters en de griffier van {name}"
    return (
        f"Verzoek om door te sturen aan de fractievoorzitters en de griffier van {name}: "
        "motie Pleidooi voor gewortelde kinderen"
    )


LETTER_PARAS = [
    "Geachte heer/ mevrouw,",
    "Mogen wij u vriendelijk vragen om onderstaande mail door te sturen aan de fractievoorzitters van "
    "de gemeenteraadsfracties (en de gemeentegriffier)?",
    "Geachte fractievoorzitters, geachte griffier,",
    "Kinderen in asielprocedures leven jarenlang in onzekerheid. Terwijl ze hier vaak zelfs geboren zijn en "
    "onderdeel vormen van onze samenleving. Ook in uw gemeente verdienen kinderen stabiliteit, veiligheid "
    "en een toekomst. Wat hun achtergrond ook is, ze zijn onze kinderen.",
    "Vorig jaar zomer leidde de detentie van de familie Babayants (met 3 minderjarige kinderen) tot nationale "
    "verontwaardiging, na aandacht van het Jeugdjournaal. En ook door de situatie van Mikael en zijn moeder "
    "staat de problematiek van deze kinderen weer in de spotlight. Kinderen die al jaren in Nederland wonen "
    "en hier zijn geworteld, dreigen te worden uitgezet. Een strenger asielbeleid mag niet ten koste gaan van "
    "de rechten van kinderen en de bescherming van kwetsbare jongeren. Schoolbestuurders, "
    "medescholieren, ouders en gemeente willen dat zij blijven, maar minister Faber denkt daar anders over.",
    "Ook in uw gemeente leven mogelijk kinderen in dezelfde situatie als Mikael. Wij hopen een brede "
    "beweging te creëren van lokale gemeenschappen die pal achter de rechten van hun kinderen staan. Om "
    "een blijvend verschil te maken is het nodig dat de rechten van asielkinderen in de wet worden verankerd. "
    "In artikel 2 van het VN-Kinderrechtenverdrag staat dat het belang van het kind centraal dient te staan, "
    "artikel 3.1 verplicht ons om bij alle maatregelen die betrekking hebben op kinderen de belangen van het "
    "kind als eerste overweging te nemen. Het is tijd dat we, als samenleving, opstaan voor degenen die "
    "zichzelf niet kunnen verdedigen.",
    "Lange procedures rondom de toekenning van een verblijfsvergunning zorgen voor stress en onzekerheid, "
    "zeker ook bij kinderen, zo stellen verschillende experts. Onderzoek toont aan dat uitzetting na jaren van "
    "verblijf in Nederland ernstige psychische schade veroorzaakt. Onder meer professor Erik "
    "Scherder waarschuwt voor verstrekkende gevolgen voor de ontwikkeling van kinderen door de "
    "chronische stress waaronder zij gebukt gaan tijdens de behandeling van hun verblijfsaanvraag. Het lukt "
    "de IND niet om de aanvraagprocedures te versnellen, ondanks dat dit wel is afgesproken in januari "
    "2019 bij het akkoord over de afsluitingsregeling.",
    "Gezinnen – en zeker kinderen – zitten niet stil in afwachting van het besluit. Zij bouwen een leven "
    "op: jonge kinderen maken nieuwe vrienden, leren de Nederlandse taal, gaan naar school en sporten "
    "bij de lokale sportvereniging. Voor deze kinderen is Nederland thuis.",
    "Wat kan u doen?",
    "1. Dien een motie in dat het kabinet oproept om asielkinderen te beschermen",
    "Recent zijn in meerdere gemeenten moties aangenomen die vragen om een pleidooi voor gewortelde "
    "kinderen. Voorbeelden hiervan zijn de gemeenten Maastricht, Heerlen, Beekdaelen, Amsterdam (alle "
    "2024), Amersfoort (maart 2025), Kampen en Culemborg (april 2025). Wij vragen u om een dergelijke "
    "motie ook in uw gemeente in te dienen. Hiermee laten we zien dat er lokaal draagvlak is om onze "
    "kinderen te beschermen. Bijgaand vindt u een voorbeeldmotie die u kunt gebruiken als vertrekpunt "
    "voor uw eigen motie.",
    "2. Neem het beschermen van de rechten van kinderen op in uw verkiezingsprogramma",
    "Gemeenten spelen een cruciale rol bij het waarborgen van kinderrechten. Bij kinderen van "
    "asielzoekers en statushouders zien we dat het recht op onderwijs en integratie soms in de knel komt. "
    "Als gemeente wil en kan je kinderen niet aan hun lot overlaten. We moeten voor alle kinderen "
    "klaarstaan. Dat betekent dat we fundamenteel moeten kijken naar hoe we kinderrechten kunnen "
    "organiseren en waarborgen, in samenwerking met het Rijk.",
    "3. Informeer ons over uw actie(s)",
    "Als uw gemeente besluit tot het indienen van een motie (of tot een andere actie overgaat) dan horen "
    "wij graag van u. Wij vinden het belangrijk dat we in Nederland elkaar inspireren en vasthouden bij het "
    "pleiten voor een menselijker asielbeleid dat de rechten van het kind waarborgt. U kunt ons bereiken "
    "via kinderpardonnu@gmail.com.",
    "Wie zijn wij?",
    "Wij zijn een groep vrijwilligers die, geïnspireerd door de actie van Eduard Disch in de zomer van 2024, "
    "vinden dat de situatie van kinderen in de asielprocedure dringend verbeterd moet worden. En "
    "daarvoor in actie zijn gekomen. We werken graag samen met anderen, dus als u of uw organisatie "
    "mee wilt doen, laat het ons weten! Mail ons: kinderpardonnu@gmail.com. U vindt KinderpardonNU! "
    "ook op Linkedin en BlueSky.",
    "Met vriendelijke groet,\nNamens KinderpardonNU",
]


def letter_text(paras: int | None = None, width: int = 0) -> str:
    """The letter as plain text; `paras` keeps only the first n paragraphs (a clipped quote)."""
    chosen = LETTER_PARAS if paras is None else LETTER_PARAS[:paras]
    out = []
    for p in chosen:
        out.append(textwrap.fill(p, width) if width else p)
    return "\n\n".join(out) + "\n"


def letter_html(paras: int | None = None) -> str:
    chosen = LETTER_PARAS if paras is None else LETTER_PARAS[:paras]
    return "\n".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in chosen)


def gt(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.splitlines()) + "\n"


def hdr(value: str, charset: str = "utf-8") -> str:
    """Encode a header value as an RFC 2047 word when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)


def addr(name: str, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()"\''):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{email}>"


def leaf(ctype: str, body: str, charset: str = "utf-8", cte: str = "quoted-printable", extra: str = "") -> bytes:
    body = body.replace("\r\n", "\n")
    if charset.lower() in ("iso-8859-1", "iso-8859-15", "us-ascii"):
        body = body.replace("\u2013", "-").replace("\u2019", "'")
    raw = body.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte in ("8bit", "7bit"):
        payload = raw.decode(charset)
    else:
        raise ValueError(cte)
    head = f"Content-Type: {ctype}; charset=\"{charset}\"\nContent-Transfer-Encoding: {cte}\n{extra}"
    return (head + "\n" + payload.rstrip("\n") + "\n").encode(charset if cte == "8bit" else "ascii")


def raw_part(head: str, body: str | bytes) -> bytes:
    if isinstance(body, str):
        body = body.encode("utf-8")
    return head.rstrip("\n").encode() + b"\n\n" + body.rstrip(b"\n") + b"\n"


def multipart(subtype: str, parts: list[bytes], boundary: str, params: str = "") -> bytes:
    out = [f'Content-Type: multipart/{subtype};{params} boundary="{boundary}"\n\n'.encode()]
    for p in parts:
        out.append(f"--{boundary}\n".encode() + p)
    out.append(f"--{boundary}--\n".encode())
    return b"".join(out)


def message(headers: list[tuple[str, str]], body: bytes) -> bytes:
    head = "".join(f"{k}: {v}\n" for k, v in headers)
    return head.encode("ascii") + b"MIME-Version: 1.0\n" + body


def original_letter(code: str, name: str, to: str, date: str) -> bytes:
    """Our sent letter as a returned message (headers + text part), for bounces."""
    headers = [
        ("Return-Path", f"<{BASE}>"),
        ("Received", "from localhost (54-211-10-3.cable.dynamic.v4.ziggo.nl. [84.27.113.41])\n"
         "        by smtp.gmail.com with ESMTPSA id a1-20020a05600c2c4100b0042f8e7c1d2esm118204wmg.18.2026.09.15\n"
         "        for <" + to + ">\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
         "        " + date),
        ("From", FROM_US),
        ("To", to),
        ("Reply-To", raddr(code)),
        ("Subject", hdr(subject(name))),
        ("Date", date),
        ("Message-ID", mid(code)),
    ]
    body = leaf("text/plain", letter_text(width=76), "utf-8", "quoted-printable")
    return message(headers, body)


def original_headers(code: str, name: str, to: str, date: str) -> str:
    return (
        f"Return-Path: <{BASE}>\n"
        "Received: from localhost ([84.27.113.41])\n"
        "        by smtp.gmail.com with ESMTPSA id v12-20020a5d4a8c000000b0036b3e2f9a51sm2210187wrq.77.2026.09.15\n"
        f"        for <{to}>; {date}\n"
        f"From: {FROM_US}\n"
        f"To: {to}\n"
        f"Reply-To: {raddr(code)}\n"
        f"Subject: {hdr(subject(name))}\n"
        f"Date: {date}\n"
        f"Message-ID: {mid(code)}\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="===============4471922385310620713=="\n'
    )
