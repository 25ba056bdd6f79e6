#!/usr/bin/env python3
"""Deterministic generator for holdout folder nl9 (hand-written scenarios).

Writes only into the folder that contains this script.
"""
import base64
import csv
import hashlib
import os
import quopri
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = os.path.join(HERE, "..", "letter_ids.csv")
ME = "kinderpardonnu@gmail.com"
ME_FULL = "KinderpardonNU <kinderpardonnu@gmail.com>"

with open(IDS, encoding="utf-8") as fh:
    MUNI = {r["cbs_code"]: r for r in csv.DictReader(fh)}

SUBJ = ("Verzoek om door te sturen aan de fractievoorzitters en de griffier van {}: "
        "motie Pleidooi voor gewortelde kinderen")

CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))


def tz_for(month, day):
    # DST in NL ends Sunday 25 October 2026
    return CEST if (month < 10 or (month == 10 and day < 25)) else CET


def dt(month, day, hh, mm, ss=0):
    return datetime(2026, month, day, hh, mm, ss, tzinfo=tz_for(month, day))


def h(s):
    return hashlib.sha1(s.encode()).hexdigest()


DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MAANDEN = ["", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["", "January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def nl_long(d):
    return f"{DAGEN[d.weekday()]} {d.day} {MAANDEN[d.month]} {d.year} {d:%H:%M}"


def nl_gmail(d):
    short = ["ma", "di", "wo", "do", "vr", "za", "zo"][d.weekday()]
    return f"Op {short} {d.day} {MAANDEN[d.month][:3]} {d.year} om {d:%H:%M}"


def sent_date(code):
    """The day our letter went to this municipality (14-18 Sept), deterministic."""
    n = int(h(code)[:4], 16)
    return dt(9, 14 + n % 5, 9 + n % 7, n % 60, (n // 7) % 60)


def reminder_date(code):
    return sent_date(code) + timedelta(days=14, minutes=13)


LETTER_HEAD = """Geachte heer/ mevrouw,

Mogen wij u vriendelijk vragen om onderstaande mail door te sturen aan de fractievoorzitters van de gemeenteraadsfracties (en de gemeentegriffier)?

Geachte fractievoorzitters, geachte griffier,

Kinderen in asielprocedures leven jarenlang in onzekerheid. Terwijl ze hier vaak zelfs geboren zijn en onderdeel vormen van onze samenleving. Ook in uw gemeente verdienen kinderen stabiliteit, veiligheid en een toekomst. Wat hun achtergrond ook is, ze zijn onze kinderen."""

LETTER_ACTION = """Wat kan u doen?

1. Dien een motie in dat het kabinet oproept om asielkinderen te beschermen
Recent zijn in meerdere gemeenten moties aangenomen die vragen om een pleidooi voor gewortelde kinderen. Voorbeelden hiervan zijn de gemeenten Maastricht, Heerlen, Beekdaelen, Amsterdam (alle 2024), Amersfoort (maart 2025), Kampen en Culemborg (april 2025). Wij vragen u om een dergelijke motie ook in uw gemeente in te dienen. Hiermee laten we zien dat er lokaal draagvlak is om onze kinderen te beschermen. Bijgaand vindt u een voorbeeldmotie die u kunt gebruiken als vertrekpunt voor uw eigen motie.

3. Informeer ons over uw actie(s)
Als uw gemeente besluit tot het indienen van een motie (of tot een andere actie overgaat) dan horen wij graag van u. U kunt ons bereiken via kinderpardonnu@gmail.com.

Met vriendelijke groet,

Namens KinderpardonNU,"""

REMINDER = """Geachte heer/mevrouw,

Enkele weken geleden stuurden wij u onderstaande e-mail met het verzoek deze door te sturen aan de fractievoorzitters en de griffier. Wij hebben nog niets van u vernomen en vragen u vriendelijk te laten weten of dit gelukt is.

Met vriendelijke groet,

Namens KinderpardonNU"""


def letter_text(full=False):
    if full:
        return LETTER_HEAD + "\n\n[...]\n\n" + LETTER_ACTION
    return LETTER_HEAD


def gt(s):
    return "\n".join(("> " + l) if l else ">" for l in s.split("\n"))


def subj(code):
    return SUBJ.format(MUNI[code]["name"])


def enc_subject(s, mode):
    if mode == "b":
        return Header(s, "utf-8").encode(maxlinelen=76)
    if mode == "q":
        return "=?iso-8859-1?Q?" + "".join(
            c if (c.isalnum() and ord(c) < 128) else ("_" if c == " " else "=%02X" % ord(c))
            for c in s) + "?="
    return s


# ---------------------------------------------------------------- MIME helpers
def leaf(body, subtype="plain", charset="utf-8", cte="quoted-printable", extra=""):
    data = body.replace("\n", "\r\n").encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        payload = data.decode(charset)
    head = f'Content-Type: text/{subtype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n'
    return head + extra + "\n" + payload.replace("\r\n", "\n")


def multipart(subtype, parts, boundary, params=""):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\n\n'
    for p in parts:
        out += f"--{boundary}\n{p.rstrip(chr(10))}\n\n"
    out += f"--{boundary}--\n"
    return out


def html_of(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = esc.split("\n\n")
    return "".join("<p>" + p.replace("\n", "<br>\n") + "</p>\n" for p in paras)


def outlook_html(top, quoted_hdr, quoted_body, font="Calibri"):
    return f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"{font}",sans-serif;}}
--></style>
</head>
<body lang="NL" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{html_of(top)}
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal">{quoted_hdr.replace(chr(10), '<br>' + chr(10))}</p>
</div>
{html_of(quoted_body)}
</div>
</body>
</html>"""


def gmail_html(top, attribution, quoted):
    return f"""<div dir="ltr">{html_of(top)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{attribution}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{html_of(quoted)}</blockquote></div>
"""


def outlook_block(code, d, lang="nl", to=None, reminder=False):
    to = to or MUNI[code]["general_email"]
    s = subj(code)
    if reminder:
        s = "Herinnering: " + s
    if lang == "nl":
        return (f"Van: KinderpardonNU <{ME}>\nVerzonden: {nl_long(d)}\nAan: {to}\n"
                f"Onderwerp: {s}")
    return (f"From: KinderpardonNU <{ME}>\nSent: {EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month]} "
            f"{d.day}, {d.year} {d:%I:%M %p}\nTo: {to}\nSubject: {s}")


# ---------------------------------------------------------------- header helpers
def received(host, ip, d):
    return (f"Received: from {host} ({host} [{ip}])\n"
            f"        by mx.google.com with ESMTPS id {h(host + str(d))[:12]}.{int(h(ip)[:3], 16)}\n"
            f"        for <{ME}>\n"
            f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
            f"        {format_datetime((d - timedelta(seconds=3)).astimezone(timezone.utc))}\n")


def envelope(d, from_addr, host, ip, spf="pass", dkim_dom=None):
    dom = from_addr.split("@")[-1].rstrip(">")
    out = f"Delivered-To: {ME}\n" + received(host, ip, d)
    out += f"Return-Path: <{from_addr}>\n" if from_addr else "Return-Path: <>\n"
    auth = f"Authentication-Results: mx.google.com;\n       spf={spf} (google.com: domain of {from_addr or 'postmaster@' + host} designates {ip} as permitted sender) smtp.mailfrom={from_addr or host}"
    if dkim_dom:
        auth += f";\n       dkim=pass header.i=@{dkim_dom} header.s=selector1 header.b={h(dkim_dom)[:8]};\n       dmarc=pass (p=QUARANTINE sp=NONE dis=NONE) header.from={dkim_dom}"
    return out + auth + "\n"


MS_IP = {"nl": "40.107.22.{}", "eu": "52.101.66.{}"}


def ms_headers(code, d, tenant):
    idx = h(code + "ms")
    return (f"X-MS-Exchange-Organization-SCL: 1\n"
            f"X-MS-TNEF-Correlator: \n"
            f"X-MS-Exchange-CrossTenant-Network-Message-Id: {idx[:8]}-{idx[8:12]}-{idx[12:16]}-{idx[16:20]}-{idx[20:32]}\n"
            f"X-MS-Exchange-CrossTenant-originalarrivaltime: {format_datetime(d.astimezone(timezone.utc))}\n"
            f"X-MS-Exchange-CrossTenant-AuthAs: Internal\n"
            f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {tenant}\n")


def thread_index(code):
    return "Thread-Index: AQH" + base64.b64encode(bytes.fromhex(h(code)[:30])).decode()[:26] + "==\n"


def msgid_outlook(code, d, host):
    x = h(code + "o" + str(d)).upper()
    return f"<{host[:4].upper()}{x[:6]}P195MB{x[6:10]}{x[10:20]}@{host}>"


FILES = []  # (name, bytes, label, code, note)


def add(name, raw, label, code, note):
    FILES.append((name, raw, label, code, note))


def std_reply_headers(code, d, frm, to=ME_FULL, subject=None, mid=None, irt=True,
                      refs_extra=None, reminder=False, cc=None, mime="1.0"):
    row = MUNI.get(code, {})
    orig = row.get("reminder_message_id") if reminder else row.get("letter_message_id")
    out = ""
    out += f"From: {frm}\nTo: {to}\n"
    if cc:
        out += f"CC: {cc}\n"
    out += f"Subject: {subject}\nDate: {format_datetime(d)}\nMessage-ID: {mid}\n"
    if irt:
        refs = orig if not refs_extra else refs_extra + " " + orig
        if reminder:
            refs = row["letter_message_id"] + "\n " + row["reminder_message_id"]
        out += f"In-Reply-To: {orig}\nReferences: {refs}\n"
    out += f"MIME-Version: {mime}\n"
    return out


def write_all():
    for fn in os.listdir(HERE):
        if fn.endswith(".eml") or fn == "labels.csv":
            os.remove(os.path.join(HERE, fn))
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "municipality", "note"])
        for name, raw, label, code, note in FILES:
            data = raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8") if isinstance(raw, str) else raw
            with open(os.path.join(HERE, name), "wb") as out:
                out.write(data)
            w.writerow([name, label, code, note])


# ================================================================ BOUNCES
def orig_headers(code, reminder=False):
    row = MUNI[code]
    d = reminder_date(code) if reminder else sent_date(code)
    mid = row["reminder_message_id"] if reminder else row["letter_message_id"]
    s = subj(code)
    if reminder:
        s = "Herinnering: " + s
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; t={int(d.timestamp())};\n"
            f"        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\n"
            f"        :date:message-id:reply-to;\n        bh={base64.b64encode(bytes.fromhex(h(code+'bh'))).decode()};\n"
            f"        b={base64.b64encode(bytes.fromhex(h(code+'b')*3)).decode()}\n"
            f"MIME-Version: 1.0\nFrom: {ME_FULL}\nDate: {format_datetime(d)}\n"
            f"Message-ID: {mid}\nSubject: {s}\nTo: {row['general_email']}\n"
            f'Content-Type: multipart/mixed; boundary="000000000000{h(code)[:16]}"\n')


def gmail_dsn(code, d, status, action, diag, remote_mta, human, subject_kind, reminder=False):
    row = MUNI[code]
    rcpt = row["general_email"]
    orig_mid = row["reminder_message_id"] if reminder else row["letter_message_id"]
    b = "00000000000" + h(code + "dsn")[:17]
    hdr = (f"Delivered-To: {ME}\nReceived: by 2002:a05:7300:{h(code)[:4]}:b0:{h(code)[4:7]}:{h(code)[7:11]} with SMTP id {h(code)[11:20]};\n"
           f"        {format_datetime(d.astimezone(timezone.utc))}\n"
           f"Return-Path: <>\n"
           f"From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: {ME}\n"
           f"Auto-Submitted: auto-replied\n"
           f"Subject: Delivery Status Notification ({subject_kind})\n"
           f"References: {orig_mid}\nIn-Reply-To: {orig_mid}\n"
           f"X-Failed-Recipients: {rcpt}\n" if action == "failed" else
           f"Delivered-To: {ME}\nReceived: by 2002:a05:7300:{h(code)[:4]}:b0:{h(code)[4:7]}:{h(code)[7:11]} with SMTP id {h(code)[11:20]};\n"
           f"        {format_datetime(d.astimezone(timezone.utc))}\n"
           f"Return-Path: <>\n"
           f"From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: {ME}\n"
           f"Auto-Submitted: auto-replied\n"
           f"Subject: Delivery Status Notification ({subject_kind})\n"
           f"References: {orig_mid}\nIn-Reply-To: {orig_mid}\n")
    hdr += (f"Message-ID: <{h(code+'dsnid')[:24]}.{h(code)[:8]}@mx.google.com>\n"
            f"Date: {format_datetime(d.astimezone(timezone.utc)).replace('+0000', '-0700') if False else format_datetime(d.astimezone(timezone(timedelta(hours=-7))))}\n"
            f"MIME-Version: 1.0\n")
    human_html = f"""<html><head></head><body>
<div style="font-family:'Google Sans',Roboto,sans-serif;font-size:14px;color:#202124">
<p>{human.replace(chr(10), '<br>')}</p>
<p style="font-size:12px;color:#5f6368">The response from the remote server was:</p>
<p style="font-family:monospace">{diag}</p>
</div></body></html>"""
    part1 = multipart("alternative", [
        leaf(human + "\n\nThe response from the remote server was:\n" + diag + "\n", cte="7bit"),
        leaf(human_html, "html", cte="7bit"),
    ], "000000000000" + h(code + "alt")[:16])
    dsn = (f"Content-Type: message/delivery-status\n\n"
           f"Reporting-MTA: dns; googlemail.com\n"
           f"Received-From-MTA: dns; kinderpardonnu@gmail.com\n"
           f"Arrival-Date: {format_datetime((reminder_date(code) if reminder else sent_date(code)).astimezone(timezone(timedelta(hours=-7))))}\n"
           f"X-Original-Message-ID: {orig_mid}\n\n"
           f"Final-Recipient: rfc822; {rcpt}\n"
           f"Action: {action}\nStatus: {status}\n"
           f"Remote-MTA: dns; {remote_mta}\n"
           f"Diagnostic-Code: smtp; {diag}\n"
           f"Last-Attempt-Date: {format_datetime(d.astimezone(timezone(timedelta(hours=-7))))}\n")
    if action == "delayed":
        dsn += f"Will-Retry-Until: {format_datetime((d + timedelta(hours=46)).astimezone(timezone(timedelta(hours=-7))))}\n"
    rfc = "Content-Type: text/rfc822-headers\n\n" + orig_headers(code, reminder)
    body = multipart("report", [part1, dsn, rfc], b, "; report-type=delivery-status")
    return hdr + body


def make_bounces():
    # 1 Schiermonnikoog: mailbox does not exist at their (postfix) MX
    c = "GM0088"
    add("nl9_001.eml", gmail_dsn(
        c, dt(9, 16, 10, 2), "5.1.1", "failed",
        "550 5.1.1 <postbus20@schiermonnikoog.nl>: Recipient address rejected: User unknown in virtual mailbox table",
        "mx1.schiermonnikoog.nl.",
        "** Address not found **\n\nYour message wasn't delivered to postbus20@schiermonnikoog.nl because the address couldn't be found, or is unable to receive mail.\n\nLearn more at https://support.google.com/mail/?p=NoSuchUser",
        "Failure"), "bounce_hard", c, "Gmail DSN 5.1.1 user unknown (postfix remote)")

    # 2 Lingewaard: Microsoft 365 NDR in Dutch (forwarding inside tenant to removed mailbox)
    c = "GM1705"
    row = MUNI[c]
    d = dt(9, 17, 8, 41, 12)
    b = "_" + h(c + "ndr")[:30] + "_"
    bnd_alt = "_" + h(c + "ndralt")[:30] + "_"
    tenant = "gemeentelingewaard.onmicrosoft.com"
    human = f"""Uw bericht aan griffie@lingewaard.nl kan niet worden bezorgd.

griffie wordt niet gevonden op lingewaard.nl.

Actie vereist van ontvanger
Het e-mailadres bestaat niet

Hoe het probleem wordt opgelost
Het adres is mogelijk verkeerd gespeld of bestaat niet. Probeer een of meer van de volgende:
- Verzend het bericht opnieuw. Controleer eerst of het e-mailadres correct is.
- Neem contact op met de ontvanger (bijvoorbeeld telefonisch) en vraag of het e-mailadres correct is.

Meer info voor IT-professionals
Externe server: AM9PR06MB7603.eurprd06.prod.outlook.com
Fout: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient griffie@lingewaard.nl not found by SMTP address lookup

Oorspronkelijke berichtkoppen:
Uw bericht is doorgestuurd door een regel in het postvak {row['general_email']}."""
    raw = (envelope(d, "", "AM0PR02CU008.outbound.protection.outlook.com", "40.107.22.51")
           + f"From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{tenant}>\n"
           f"To: {ME}\nDate: {format_datetime(d.astimezone(timezone.utc))}\n"
           f"Subject: =?utf-8?B?{base64.b64encode(('Onbestelbaar: ' + subj(c)).encode()).decode()}?=\n"
           f"Message-ID: <{h(c+'ndrmid')[:8]}-{h(c)[:4]}-{h(c)[4:8]}-a21c-{h(c)[8:20]}@{tenant}>\n"
           f"In-Reply-To: {row['letter_message_id']}\nReferences: {row['letter_message_id']}\n"
           f"Content-Language: nl-NL\nX-MS-Has-Attach: yes\nX-MS-Exchange-Message-Is-Ndr: \n"
           f"Auto-Submitted: auto-replied\n"
           + ms_headers(c, d, "AM9PR06MB7603") + "MIME-Version: 1.0\n"
           + multipart("report", [
               multipart("alternative", [leaf(human, cte="base64"),
                                         leaf(html_of(human), "html", cte="base64")], bnd_alt),
               "Content-Type: message/delivery-status\n\nReporting-MTA: dns;AM9PR06MB7603.eurprd06.prod.outlook.com\n"
               f"Received-From-MTA: dns;mail-wm1-f41.google.com\nArrival-Date: {format_datetime(sent_date(c).astimezone(timezone.utc))}\n\n"
               "Original-Recipient: rfc822;griffie@lingewaard.nl\nFinal-Recipient: rfc822;griffie@lingewaard.nl\n"
               "Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient griffie@lingewaard.nl not found by SMTP address lookup\n",
               "Content-Type: message/rfc822\n\n" + orig_headers(c) + "\n--000000000000" + h(c)[:16] + "\n"
               'Content-Type: text/plain; charset="UTF-8"\n\n' + LETTER_HEAD + "\n\n--000000000000" + h(c)[:16] + "--\n",
           ], b, "; report-type=delivery-status"))
    add("nl9_002.eml", raw, "bounce_hard", c,
        "M365 NDR in Dutch (Onbestelbaar), 5.1.10 after inbox rule forwarded to removed griffie mailbox")

    # 3 Oldenzaal: Gmail DSN, remote M365 access denied
    c = "GM0173"
    add("nl9_003.eml", gmail_dsn(
        c, dt(9, 15, 14, 20), "5.4.1", "failed",
        "550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [AM4PEPF00025F99.EURPRD83.prod.outlook.com 2026-09-15T12:20:31.944Z 08DEE0A1B5C2D3F4]",
        "oldenzaal-nl.mail.protection.outlook.com.",
        "** Message blocked **\n\nYour message to info@oldenzaal.nl has been blocked. See technical details below for more information.",
        "Failure"), "bounce_hard", c, "Gmail DSN with Exchange Online 550 5.4.1 access denied")

    # 4 Borsele: Exim text bounce, mailbox full (permanent)
    c = "GM0654"
    row = MUNI[c]
    d = dt(9, 18, 3, 14, 55)
    raw = (envelope(d, "", "mx2.borsele.nl", "185.3.212.19")
           + f"X-Failed-Recipients: {row['general_email']}\nAuto-Submitted: auto-replied\n"
           f"From: Mail Delivery System <Mailer-Daemon@mx2.borsele.nl>\nTo: {ME}\n"
           f"Subject: Mail delivery failed: returning message to sender\n"
           f"Message-Id: <E1wQx7M-0004Tq-2K@mx2.borsele.nl>\nDate: {format_datetime(d)}\n"
           "Content-Type: text/plain; charset=us-ascii\n\n"
           "This message was created automatically by mail delivery software.\n\n"
           "A message that you sent could not be delivered to one or more of its\n"
           "recipients. This is a permanent error. The following address(es) failed:\n\n"
           f"  {row['general_email']}\n"
           "    host exchange01.intern.borsele.nl [10.20.1.14]\n"
           "    SMTP error from remote mail server after end of data:\n"
           "    552 5.2.2 Mailbox full: quota exceeded (info)\n\n"
           "------ This is a copy of the message's headers. ------\n\n"
           + f"Received: from mail-ed1-f52.google.com ([209.85.208.52])\n\tby mx2.borsele.nl with esmtps (TLS1.3) tls TLS_AES_128_GCM_SHA256\n\t(Exim 4.97)\n\t(envelope-from <{ME}>)\n\tid 1wQ3aB-0001Kc-0s\n\tfor {row['general_email']};\n\t{format_datetime(sent_date(c))}\n"
           + orig_headers(c))
    add("nl9_004.eml", raw, "bounce_hard", c, "Exim plain bounce, 552 5.2.2 mailbox full, permanent error")

    # 5 Nederweert: size limit (attachments)
    c = "GM0946"
    add("nl9_005.eml", gmail_dsn(
        c, dt(9, 14, 11, 7), "5.3.4", "failed",
        "552 5.3.4 Message size exceeds fixed limit",
        "mail.nederweert.nl.",
        "** Message not delivered **\n\nThere was a problem delivering your message to info@nederweert.nl. See the technical details below.",
        "Failure"), "bounce_hard", c, "Gmail DSN 552 5.3.4 size limit (the two Word attachments)")

    # 6 Zwartewaterland: Gmail delay
    c = "GM1896"
    add("nl9_006.eml", gmail_dsn(
        c, dt(9, 15, 16, 44), "4.4.1", "delayed",
        "421 4.4.1 Connection timed out. Will retry.",
        "mx.zwartewaterland.nl.",
        "** Delivery incomplete **\n\nThere was a temporary problem delivering your message to info@zwartewaterland.nl. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.",
        "Delay"), "bounce_soft", c, "Gmail DSN delay 4.4.1, will retry")

    # 7 Hattem: Postfix relay at municipality reports delay (greylist on internal hop), reminder
    c = "GM0244"
    row = MUNI[c]
    d = dt(10, 2, 13, 30, 8)
    b = h(c + "pf")[:10].upper() + ".1759404608/smtp-gw.hattem.nl"
    raw = (envelope(d, "", "smtp-gw.hattem.nl", "89.146.40.77")
           + "From: MAILER-DAEMON@smtp-gw.hattem.nl (Mail Delivery System)\n"
           f"Subject: Delayed Mail (still being retried)\nTo: {ME}\nAuto-Submitted: auto-replied\n"
           f"Message-Id: <20261002113008.{h(c)[:10].upper()}@smtp-gw.hattem.nl>\nDate: {format_datetime(d)}\n"
           "MIME-Version: 1.0\n"
           + multipart("report", [
               "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
               "This is the mail system at host smtp-gw.hattem.nl.\n\n"
               "####################################################################\n"
               "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
               "####################################################################\n\n"
               "Your message could not be delivered for more than 4 hour(s).\n"
               "It will be retried until it is 5 day(s) old.\n\n"
               "For further assistance, please send mail to postmaster.\n\n"
               "                   The mail system\n\n"
               f"<{row['general_email']}>: host mail01.hattem.local[10.1.0.25] said: 451 4.7.1\n"
               "    Service unavailable - try again later (in reply to RCPT TO command)\n",
               "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
               "Reporting-MTA: dns; smtp-gw.hattem.nl\nX-Postfix-Queue-ID: " + h(c)[:10].upper() + "\n"
               f"X-Postfix-Sender: rfc822; {ME}\nArrival-Date: {format_datetime(reminder_date(c))}\n\n"
               f"Final-Recipient: rfc822; {row['general_email']}\nOriginal-Recipient: rfc822;{row['general_email']}\n"
               "Action: delayed\nStatus: 4.7.1\nRemote-MTA: dns; mail01.hattem.local\n"
               "Diagnostic-Code: smtp; 451 4.7.1 Service unavailable - try again later\n"
               f"Will-Retry-Until: {format_datetime(reminder_date(c) + timedelta(days=5))}\n",
               "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
               + orig_headers(c, reminder=True),
           ], b, "; report-type=delivery-status"))
    add("nl9_007.eml", raw, "bounce_soft", c, "Postfix 'Delayed Mail (still being retried)' 451 4.7.1, for the reminder")


# ================================================================ AUTO-REPLIES
def make_auto():
    # 8 Achtkarspelen: Exchange OOO Dutch
    c = "GM0059"
    d = sent_date(c) + timedelta(seconds=41)
    frm = "Griet de Vries <G.deVries@achtkarspelen.nl>"
    body = ("Goedendag,\n\nIk ben afwezig tot en met maandag 28 september en lees mijn e-mail niet. "
            "Uw bericht wordt niet doorgestuurd.\nVoor dringende zaken kunt u bellen met het KCC: 0512 - 36 81 11.\n\n"
            "Met vriendelijke groet,\nGriet de Vries\nMedewerker Bestuurszaken\n")
    raw = (envelope(d, "G.deVries@achtkarspelen.nl", "EUR03-AM7-obe.outbound.protection.outlook.com", "40.107.22.87", dkim_dom="achtkarspelen.nl")
           + std_reply_headers(c, d, frm, subject="Automatisch antwoord: " + subj(c),
                               mid=msgid_outlook(c, d, "DB8PR09MB3114.eurprd09.prod.outlook.com"))
           + thread_index(c) + "Thread-Topic: " + subj(c) + "\n"
           "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\nContent-Language: nl-NL\n"
           "X-MS-Exchange-Inbox-Rules-Loop: gemeente@achtkarspelen.nl\n"
           + ms_headers(c, d, "DB8PR09MB3114")
           + multipart("alternative", [leaf(body), leaf(html_of(body), "html")], "_000_" + h(c)[:20] + "_"))
    add("nl9_008.eml", raw, "auto_reply", c, "Exchange out-of-office Dutch, Automatisch antwoord")

    # 9 Dantumadiel: Frisian out-of-office
    c = "GM1891"
    d = sent_date(c) + timedelta(minutes=1, seconds=3)
    body = ("Goeie,\n\nIk bin oant en mei 2 oktober mei fakânsje en haw gjin tagong ta myn e-mail.\n"
            "Foar saken oangeande de ried kinne jo terjochte by griffy@dantumadiel.frl.\n\n"
            "Mei freonlike groet,\nSytske Hoekstra\n\n---\n\n"
            "Ik ben tot en met 2 oktober met vakantie. Voor raadszaken: griffie@dantumadiel.frl.\n")
    raw = (envelope(d, "s.hoekstra@dantumadiel.frl", "EUR05-DB8-obe.outbound.protection.outlook.com", "40.107.20.112", dkim_dom="dantumadiel.frl")
           + std_reply_headers(c, d, "Sytske Hoekstra <s.hoekstra@dantumadiel.frl>",
                               subject=enc_subject("Automatysk antwurd: " + subj(c), "b"),
                               mid=msgid_outlook(c, d, "AS8PR04MB8722.eurprd04.prod.outlook.com"))
           + "Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\nContent-Language: fy-NL\n"
           + leaf(body, cte="quoted-printable"))
    add("nl9_009.eml", raw, "auto_reply", c, "Frisian/Dutch holiday notice; gives griffie address only as temporary alternative")

    # 10 Vaals: German Abwesenheitsnotiz
    c = "GM0981"
    d = sent_date(c) + timedelta(seconds=12)
    body = ("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 25.09.2026 "
            "nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an "
            "info@vaals.nl oder +31 43 306 8568.\n\nMit freundlichen Grüßen\nJürgen Aldenhoven\nGemeente Vaals\n")
    raw = (envelope(d, "j.aldenhoven@vaals.nl", "mail.vaals.nl", "213.154.235.90")
           + std_reply_headers(c, d, "=?iso-8859-1?Q?Aldenhoven=2C_J=FCrgen?= <j.aldenhoven@vaals.nl>",
                               subject="Abwesenheitsnotiz: " + subj(c),
                               mid=f"<{h(c)[:16]}@mail.vaals.nl>")
           + "Auto-Submitted: auto-replied\nX-Autoreply: yes\nPrecedence: bulk\n"
           + leaf(body, charset="iso-8859-1", cte="quoted-printable"))
    add("nl9_010.eml", raw, "auto_reply", c, "German Abwesenheitsnotiz, iso-8859-1")

    # 11 Hilversum: English OOO, expat staff member, no In-Reply-To
    c = "GM0402"
    d = sent_date(c) + timedelta(minutes=2)
    body = ("Hi,\n\nThanks for your email. I'm on parental leave until 1 December 2026 and won't be checking my inbox.\n"
            "For anything related to the council please contact my colleagues at the griffie, "
            "tel. 035 629 2356.\n\nBest,\nOwen McAllister\nGriffie Hilversum\n")
    raw = (envelope(d, "o.mcallister@hilversum.nl", "EUR02-VI1-obe.outbound.protection.outlook.com", "40.107.6.90", dkim_dom="hilversum.nl")
           + std_reply_headers(c, d, "Owen McAllister <o.mcallister@hilversum.nl>",
                               subject="Automatic reply: " + subj(c),
                               mid=msgid_outlook(c, d, "VI1PR07MB5510.eurprd07.prod.outlook.com"), irt=False)
           + thread_index(c) + "Auto-Submitted: auto-generated\nX-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent\n"
           + leaf(body, cte="7bit"))
    add("nl9_011.eml", raw, "auto_reply", c, "English parental-leave OOO, no In-Reply-To/References")

    # 12 Rijssen-Holten: OOO on the reminder
    c = "GM1742"
    d = reminder_date(c) + timedelta(seconds=30)
    body = ("Dank voor uw e-mail.\n\nVan 1 t/m 9 oktober ben ik niet aanwezig. Na mijn terugkomst neem ik uw bericht in behandeling.\n\n"
            "Bart Nijhof\ngriffier gemeente Rijssen-Holten\nwww.rijssen-holten.nl\n")
    raw = (envelope(d, "b.nijhof@rijssen-holten.nl", "EUR01-HE1-obe.outbound.protection.outlook.com", "40.107.13.70", dkim_dom="rijssen-holten.nl")
           + std_reply_headers(c, d, "Bart Nijhof <b.nijhof@rijssen-holten.nl>",
                               subject="Afwezig: Herinnering: " + subj(c),
                               mid=msgid_outlook(c, d, "HE1PR02MB2711.eurprd02.prod.outlook.com"), reminder=True)
           + "Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\n"
           + multipart("alternative", [leaf(body), leaf(html_of(body), "html")], "_000_" + h(c)[:20] + "_"))
    add("nl9_012.eml", raw, "auto_reply", c, "Dutch OOO (Afwezig) replying to the reminder; 'neem in behandeling na terugkomst' is still only absence")

    # 13 Scherpenzeel: Zimbra-style vacation
    c = "GM0279"
    d = sent_date(c) + timedelta(seconds=5)
    body = ("In verband met de herfstvakantie is dit postvak tot 26 oktober beperkt bezet.\n"
            "Uw bericht wordt na deze periode gelezen.\n\nGemeente Scherpenzeel - Informatiebeheer\n")
    raw = (envelope(d, "informatiebeheer@scherpenzeel.nl", "zimbra.scherpenzeel.nl", "91.195.78.14")
           + std_reply_headers(c, d, "informatiebeheer@scherpenzeel.nl", subject="Re: " + subj(c),
                               mid=f"<{h(c)[:8]}.{h(c)[8:14]}.1759740000@zimbra.scherpenzeel.nl>")
           + "Auto-Submitted: auto-replied (zimbra; vacation)\nPrecedence: bulk\nX-Mailer: Zimbra 10.0.8_GA_4611\n"
           + leaf(body, cte="7bit"))
    add("nl9_013.eml", raw, "auto_reply", c, "Zimbra vacation reply with plain Re: subject, limited staffing notice")

    # 14 Noordenveld: Google Workspace-like vacation of a raadslid who got a 'redirected' copy
    c = "GM1699"
    d = sent_date(c) + timedelta(hours=3, minutes=12)
    body = ("Bedankt voor je bericht! Ik ben t/m 20 september op reis en heb beperkt toegang tot mijn mail. "
            "Daarna reageer ik zo snel mogelijk.\n\nHenk Smit\n")
    raw = (envelope(d, "henk.smit1968@gmail.com", "mail-sor-f41.google.com", "209.85.220.41", dkim_dom="gmail.com")
           + std_reply_headers(c, d, "Henk Smit <henk.smit1968@gmail.com>", subject=subj(c),
                               mid=f"<CAF{h(c)[:20]}+vacation@mail.gmail.com>")
           + "Auto-Submitted: auto-replied\nPrecedence: bulk\nX-Autoreply: yes\n"
           + leaf(body, cte="7bit"))
    add("nl9_014.eml", raw, "auto_reply", c, "Gmail vacation responder of a person (personal gmail); only In-Reply-To links municipality")


# ================================================================ HUMAN REPLY BUILDERS
def outlook_reply(fname, code, d, name, addr, top, label, note, *, reminder=False, lang="nl",
                  html_only=False, cte="quoted-printable", subject_mode="", full=False,
                  prefix=None, irt=True, cc=None, to=ME_FULL, charset="utf-8", quote=True):
    host = addr.split("@")[1]
    prefix = prefix or ("RE: " if lang == "nl" else "RE: ")
    s = subj(code)
    if reminder:
        s = "Herinnering: " + s
    subject = enc_subject(prefix + s, subject_mode)
    qd = reminder_date(code) if reminder else sent_date(code)
    qh = outlook_block(code, qd, lang, reminder=reminder)
    qb = (REMINDER + "\n\n" + letter_text(False)) if reminder else letter_text(full)
    if not quote:
        qh, qb = "", ""
    plain = top + ("\n\n" + qh + "\n\n" + qb + "\n" if quote else "\n")
    html = outlook_html(top, qh, qb) if quote else outlook_html(top, "", "")
    mid = msgid_outlook(code, d, f"{host.split('.')[0].upper()[:6]}PR0{len(host)%9}MB{int(h(code)[:3],16)}.eurprd0{len(host)%9}.prod.outlook.com")
    raw = (envelope(d, addr, f"EUR0{len(host)%6+1}-AM{len(host)%9}-obe.outbound.protection.outlook.com",
                    f"40.107.{len(host)*3}.{int(h(addr)[:2],16)}", dkim_dom=host)
           + std_reply_headers(code, d, f"{name} <{addr}>", subject=subject, mid=mid, irt=irt,
                               reminder=reminder, cc=cc, to=to)
           + thread_index(code) + "Thread-Topic: " + s + "\n"
           + f"Accept-Language: nl-NL, en-US\nContent-Language: nl-NL\nX-MS-Has-Attach: \n"
           + ms_headers(code, d, host.split(".")[0].upper()))
    if html_only:
        raw += leaf(html, "html", charset=charset, cte=cte)
    else:
        raw += multipart("alternative", [leaf(plain, charset=charset, cte=cte),
                                         leaf(html, "html", charset=charset, cte=cte)],
                         "_000_" + h(code + fname)[:24] + "_")
    add(fname, raw, label, code, note)


def gmail_reply(fname, code, d, name, addr, top, label, note, *, reminder=False, quote=True,
                html=True, irt=True, cte="quoted-printable", subject=None, cc=None, full=False):
    s = subj(code)
    if reminder:
        s = "Herinnering: " + s
    subject = subject or ("Re: " + s)
    qd = reminder_date(code) if reminder else sent_date(code)
    attribution = f"{nl_gmail(qd)} schreef KinderpardonNU &lt;{ME}&gt;:"
    qb = (REMINDER + "\n\n" + letter_text(False)) if reminder else letter_text(full)
    plain = top + "\n"
    if quote:
        plain += "\n" + attribution.replace("&lt;", "<").replace("&gt;", ">") + "\n\n" + gt(qb) + "\n"
    dom = addr.split("@")[1]
    mtahost = "mail-sor-f69.google.com" if dom == "gmail.com" else f"smtp.{dom}"
    raw = (envelope(d, addr, mtahost, "209.85.220.69" if dom == "gmail.com" else "188.166.%d.%d" % (len(dom), int(h(dom)[:2], 16)), dkim_dom=dom)
           + std_reply_headers(code, d, f"{name} <{addr}>", subject=subject,
                               mid=f"<CA{h(code + fname)[:10].upper()}{h(fname)[:22]}@mail.gmail.com>",
                               irt=irt, reminder=reminder, cc=cc))
    if html:
        htm = gmail_html(top, attribution, qb) if quote else f'<div dir="ltr">{html_of(top)}</div>\n'
        raw += multipart("alternative", [leaf(plain, cte=cte), leaf(htm, "html", cte=cte)],
                         "0000000000" + h(code + fname)[:18])
    else:
        raw += leaf(plain, cte=cte)
    add(fname, raw, label, code, note)


def plain_mail(fname, code, d, frm, addr_for_env, subject, body, label, note, *, irt=True,
               reminder=False, charset="utf-8", cte="quoted-printable", extra="", host=None, subtype="plain", to=ME_FULL):
    host = host or ("smtp." + addr_for_env.split("@")[1])
    raw = (envelope(d, addr_for_env, host, "195.%d.%d.%d" % (len(host), int(h(host)[:2], 16), int(h(host)[2:4], 16)))
           + std_reply_headers(code, d, frm, subject=subject, to=to,
                               mid=f"<{h(fname + code)[:20]}@{host}>", irt=irt, reminder=reminder)
           + extra + leaf(body, subtype, charset=charset, cte=cte))
    add(fname, raw, label, code or "", note)


DISCLAIMER = ("Dit bericht is uitsluitend bestemd voor de geadresseerde(n). Als u dit bericht per abuis heeft "
              "ontvangen, wordt u verzocht de afzender daarvan op de hoogte te stellen en het bericht te "
              "verwijderen. Aan dit bericht kunnen geen rechten worden ontleend.")


# ================================================================ ACKNOWLEDGED
def make_ack():
    c = "GM0307"
    d = sent_date(c) + timedelta(minutes=7)
    body = ("Geachte heer/mevrouw,\n\nHartelijk dank voor uw e-mail aan de gemeente Amersfoort. Wij hebben uw bericht "
            "ontvangen en geregistreerd onder zaaknummer Z26.084517.\n\nOnderwerp: " + subj(c) + "\n\n"
            "Wij streven ernaar u binnen tien werkdagen inhoudelijk te antwoorden. Vermeld bij verdere correspondentie "
            "altijd het zaaknummer.\n\nMet vriendelijke groet,\n\nGemeente Amersfoort\nPostbus 4000, 3800 EA Amersfoort\n"
            "www.amersfoort.nl | 14 033\n\nDit is een automatisch verzonden bericht. U kunt niet op deze e-mail reageren.\n")
    plain_mail("nl9_015.eml", c, d, "Gemeente Amersfoort <noreply@amersfoort.nl>", "noreply@amersfoort.nl",
               "Ontvangstbevestiging Z26.084517", body, "acknowledged",
               "zaaksysteem receipt with zaaknummer, no In-Reply-To; letter's own Amersfoort mention irrelevant",
               irt=False, extra="Auto-Submitted: auto-generated\nX-Mailer: Zaaksysteem Mailservice 4.2\n", host="mailout.amersfoort.nl")

    c = "GM0150"
    outlook_reply("nl9_016.eml", c, sent_date(c) + timedelta(hours=26, minutes=4),
                  "Anouk Brinkhuis", "a.brinkhuis@deventer.nl",
                  "Beste mensen van KinderpardonNU,\n\nDank voor uw mail en de bijlagen, die zijn goed aangekomen bij de griffie. "
                  "We bekijken deze week hoe we er verder mee omgaan en laten het u weten.\n\nHartelijke groet,\n\nAnouk Brinkhuis\n"
                  "raadsadviseur | Griffie Deventer\nT 0570 69 39 11 | M 06 2741 8830\nhttps://www.deventer.nl/gemeenteraad\n\n" + DISCLAIMER,
                  "acknowledged", "person at griffie: received, will look at how to handle; long disclaimer; Outlook NL quote block")

    c = "GM1900"
    d = sent_date(c) + timedelta(minutes=2)
    body = ("Geachte heer, mevrouw,\n\nUw e-mail is ontvangen door de gemeente Súdwest-Fryslân en wordt behandeld onder "
            "kenmerk 26-0091874. Een medewerker neemt zo nodig contact met u op.\n\nMet vriendelijke groet,\n\n"
            "Team Klantcontact\nGemeente Súdwest-Fryslân\nPostbus 10000, 8600 HA Sneek\n")
    plain_mail("nl9_017.eml", c, d, "=?iso-8859-1?Q?Gemeente_S=FAdwest-Frysl=E2n?= <info@gemeentesudwestfryslan.nl>",
               "info@gemeentesudwestfryslan.nl", enc_subject("Ontvangstbevestiging: " + subj(c), "q"), body,
               "acknowledged", "automatic receipt with kenmerk, iso-8859-1 QP body and subject",
               charset="iso-8859-1", extra="Auto-Submitted: auto-replied\n")

    c = "GM0513"
    d = sent_date(c) + timedelta(minutes=11)
    body = ("Beste KinderpardonNU,\n\nUw bericht is geregistreerd als melding M2609 0412.\n\n"
            "Korte omschrijving: " + subj(c) + "\nBehandelaarsgroep: Griffie\nStatus: Nieuw\n\n"
            "U ontvangt bericht zodra de melding is afgehandeld.\n\nGemeente Gouda\n")
    plain_mail("nl9_018.eml", c, d, "Gemeente Gouda <noreply@gouda.topdesk.net>", "noreply@gouda.topdesk.net",
               "Uw melding M2609 0412 is geregistreerd", body, "acknowledged",
               "TOPdesk ticket registration, no In-Reply-To", irt=False,
               extra="Auto-Submitted: auto-generated\nPrecedence: bulk\nX-Mailer: TOPdesk\n", host="mail.topdesk.net")

    c = "GM1724"
    d = sent_date(c) + timedelta(hours=1, minutes=50)
    outlook_reply("nl9_019.eml", c, d, "Ilse Kools", "i.kools@bergeijk.nl",
                  "Goedemorgen,\n\nOntvangen, dank u wel. Ik leg het voor aan de griffier, zij is donderdag weer aanwezig.\n\n"
                  "Groet,\nIlse\n\nOutlook voor iOS downloaden <https://aka.ms/o0ukef>",
                  "acknowledged", "short receipt; passing to griffier internally is not yet a forward to fractievoorzitters",
                  prefix="Re: ")

    c = "GM0995"
    outlook_reply("nl9_020.eml", c, reminder_date(c) + timedelta(hours=5, minutes=31),
                  "Griffie Lelystad", "griffie@lelystad.nl",
                  "Geachte heer/mevrouw,\n\nUw e-mail van september is bij ons bekend en in behandeling bij de griffie. "
                  "U hoort zo spoedig mogelijk van ons.\n\nMet vriendelijke groet,\n\nGriffie gemeente Lelystad\n"
                  "Stadhuisplein 2 | 8232 ZX Lelystad | 0320 27 80 00",
                  "acknowledged", "reply to the reminder: known and in behandeling", reminder=True)

    c = "GM1978"
    outlook_reply("nl9_021.eml", c, sent_date(c) + timedelta(hours=3, minutes=2),
                  "Klantcontactcentrum Molenlanden", "info@molenlanden.nl",
                  "Geachte heer/mevrouw,\n\nBedankt voor uw bericht. Wij hebben het in goede orde ontvangen.\n\n"
                  "Met vriendelijke groet,\nKlantcontactcentrum gemeente Molenlanden",
                  "acknowledged", "html-only Outlook reply quoting the whole letter (with 'moties aangenomen')",
                  html_only=True, full=True, cte="base64")

    c = "GM0098"
    d = sent_date(c) + timedelta(minutes=4)
    body = ("Geachte afzender,\n\nUw e-mail is geregistreerd onder nummer 26.0143872. Binnen acht weken ontvangt u een "
            "inhoudelijke reactie. Is uw vraag dringend? Bel dan 0516 - 56 22 22.\n\nGemeente Weststellingwerf\n\n"
            "---- Oorspronkelijk bericht ----\nVan: " + ME + "\nOnderwerp: " + subj(c) + "\n\n" + LETTER_HEAD + "\n")
    plain_mail("nl9_022.eml", c, d, "Gemeente Weststellingwerf <noreply@weststellingwerf.nl>",
               "noreply@weststellingwerf.nl", "Uw bericht is ontvangen - " + subj(c), body, "acknowledged",
               "automatic registration number, quotes original letter", extra="Auto-Submitted: auto-replied\n")


# ================================================================ FORWARDED
def make_fwd():
    c = "GM0014"
    outlook_reply("nl9_023.eml", c, sent_date(c) + timedelta(days=1, hours=2),
                  "Griffie Groningen", "griffie@groningen.nl",
                  "Geachte afzender,\n\nUw e-mail is vandaag namens de griffie doorgestuurd aan de fractievoorzitters van de "
                  "gemeenteraad van Groningen.\n\nMet vriendelijke groet,\n\nJoost Ubbens\nGriffie gemeente Groningen\n"
                  "Postbus 30026 | 9700 RM Groningen\n\n" + DISCLAIMER,
                  "forwarded", "griffie: sent on to fractievoorzitters")

    c = "GM0193"
    outlook_reply("nl9_024.eml", c, sent_date(c) + timedelta(days=6, hours=1),
                  "Postbus Griffie", "griffie@zwolle.nl",
                  "Geachte heer/mevrouw,\n\nUw brief wordt geplaatst op de lijst van ingekomen stukken voor de "
                  "raadsvergadering van 12 oktober 2026, categorie 'ter kennisname'. De lijst is openbaar via "
                  "https://ris.zwolle.nl.\n\nMet vriendelijke groet,\nGriffie Zwolle",
                  "forwarded", "placed on the lijst ingekomen stukken", subject_mode="b")

    c = "GM0716"
    outlook_reply("nl9_025.eml", c, sent_date(c) + timedelta(days=2, hours=4),
                  "Gemeente Tholen", "gemeente@tholen.nl",
                  "Goedemiddag,\n\nWij hebben uw e-mail doorgezet naar de griffie. Zij hebben het vandaag verspreid "
                  "onder de fractievoorzitters.\n\nMet vriendelijke groet,\n\nTeam Publiekszaken\nGemeente Tholen",
                  "forwarded", "general address: to griffie, who distributed it to fractievoorzitters")

    c = "GM0888"
    d = sent_date(c) + timedelta(hours=22)
    top = ("Geachte fractievoorzitters,\n\nHierbij ter informatie een verzoek van KinderpardonNU, met twee bijlagen "
           "(zie onder). De afzender staat in cc.\n\nMet vriendelijke groet,\n\nMarlies Coumans\ngriffier gemeente Beek\n"
           "Raadhuisplein 1, 6191 JK Beek\nT 046 438 92 22")
    outlook_reply("nl9_026.eml", c, d, "Marlies Coumans", "m.coumans@gemeentebeek.nl", top, "forwarded",
                  "griffier's FW: to fractievoorzitters with campaign in CC, no In-Reply-To, full letter below",
                  prefix="FW: ", irt=False, to="Fractievoorzitters Beek <fractievoorzitters@gemeentebeek.nl>",
                  cc=ME_FULL, full=True)

    c = "GM0484"
    outlook_reply("nl9_027.eml", c, sent_date(c) + timedelta(days=3, hours=6),
                  "Vera Kalkman", "v.kalkman@alphenaandenrijn.nl",
                  "Beste afzender,\n\nIk heb uw verzoek in goede orde ontvangen en doorgeleid naar de fractievoorzitters. "
                  "Of zij er iets mee doen, is uiteraard aan hen.\n\nMet vriendelijke groet,\n\nVera Kalkman\n"
                  "Griffie | Gemeente Alphen aan den Rijn",
                  "forwarded", "forwarded, explicitly leaves action to the fracties (not a refusal)")

    c = "GM1709"
    outlook_reply("nl9_028.eml", c, sent_date(c) + timedelta(days=12),
                  "Griffie Moerdijk", "griffie@moerdijk.nl",
                  "Geachte heer, mevrouw,\n\nTer informatie: uw e-mail is als ingekomen stuk (nr. I-2026-114) geagendeerd "
                  "voor de raadsvergadering van 29 oktober, met als voorstel: ter kennisname aannemen.\n\n"
                  "Met vriendelijke groet,\nGriffie gemeente Moerdijk",
                  "forwarded", "letter agendeed as ingekomen stuk; 'geagendeerd'/'aannemen' refer to the letter, not a motion",
                  subject_mode="b")

    c = "GM0072"
    outlook_reply("nl9_029.eml", c, sent_date(c) + timedelta(hours=30),
                  "Hylke Postma", "h.postma@harlingen.nl",
                  "Goedemiddag,\n\nIk heb uw mail met de bijlagen naar alle raadsleden gestuurd.\n\nGroet,\nHylke Postma\n"
                  "griffier Harlingen", "forwarded", "base64 bodies, sent to all raadsleden", cte="base64", quote=False)

    c = "GM1680"
    outlook_reply("nl9_030.eml", c, reminder_date(c) + timedelta(hours=2, minutes=15),
                  "Griffie Aa en Hunze", "griffie@aaenhunze.nl",
                  "Beste KinderpardonNU,\n\nUw eerste mail hebben wij op 17 september al doorgestuurd naar de "
                  "fractievoorzitters. Excuus dat we dat niet aan u hebben laten weten.\n\nVriendelijke groet,\n"
                  "Griffie Aa en Hunze", "forwarded", "reply to the reminder: was already forwarded",
                  reminder=True)


# ================================================================ MOTIONS
def make_motions():
    # ---- planned
    c = "GM0268"
    gmail_reply("nl9_031.eml", c, dt(10, 7, 21, 48), "Femke Arslan", "femke.arslan@glpvdanijmegen.nl",
                "Hoi allemaal,\n\nDank voor jullie mail. Wij gaan samen met D66 en de PvdD in de raad van 18 november een "
                "motie indienen die grotendeels op jullie voorbeeld is gebaseerd. Overweging f laten we weg, want "
                "Nijmegen heeft op dit moment geen noodopvang meer.\n\nIk stuur de definitieve tekst zodra die rond is.\n\n"
                "Groet,\nFemke Arslan\nfractievoorzitter GroenLinks-PvdA Nijmegen\n06 1839 2274",
                "motion_planned", "fractievoorzitter on party domain: will submit with D66/PvdD in November")

    c = "GM0228"
    gmail_reply("nl9_032.eml", c, dt(11, 3, 8, 12), "Jorien Bakker", "jorienbakker.cu@gmail.com",
                "Beste mensen,\n\nBedankt voor het materiaal. We werken in Ede aan een motie, maar die is nog niet klaar. "
                "Ik verwacht dat we hem in december indienen en laat het weten zodra hij op de agenda staat.\n\n"
                "Hartelijke groet,\nJorien Bakker\nraadslid ChristenUnie Ede",
                "motion_planned", "raadslid on gmail: working on a motion, 'nog niet' ingediend", html=False)

    c = "GM0855"
    d = dt(10, 20, 22, 5)
    top = ("Beste KinderpardonNU,\n\nNamens onze fractie: we willen de motie bij de begrotingsbehandeling op "
           "9 november indienen. Ik zag dat ze in Heusden en Oisterwijk er ook naar kijken, misschien kunnen jullie "
           "die contacten met ons delen?\n\nMet vriendelijke groet,\n\nMark van Heusden\nfractievoorzitter Partij voor de Dieren Tilburg")
    outlook_reply("nl9_033.eml", c, d, "Mark van Heusden", "markvanheusden@hotmail.com", top, "motion_planned",
                  "surname is a municipality (Heusden); Tilburg only in signature; plan plus a side question",
                  prefix="RE: ")

    c = "GM1883"
    gmail_reply("nl9_034.eml", c, dt(10, 1, 17, 33), "Liam O'Connor", "liam.oconnor.volt@outlook.com",
                "Dear KinderpardonNU,\n\nThanks for reaching out, and apologies for replying in English - my Dutch is "
                "improving but not quite council-grade yet.\n\nOur group (Volt Sittard-Geleen) intends to table a motion "
                "along these lines at the council meeting in November, ideally together with GroenLinks-PvdA. "
                "I'll keep you posted once we have co-signers.\n\nKind regards,\nLiam O'Connor\nCouncillor, Volt Sittard-Geleen",
                "motion_planned", "English from expat councillor: intends to table a motion", html=True)

    c = "GM0164"
    outlook_reply("nl9_035.eml", c, dt(10, 9, 11, 20), "Tom Olthof", "t.olthof@d66hengelo.nl",
                  "Goedemorgen,\n\nOnze fractie wil de motie indienen in de raad van 3 november. Twee vragen: mogen we de "
                  "tekst vrij aanpassen aan de Hengelose situatie, en heeft u de motie ook als bewerkbaar Word-bestand "
                  "zonder bijgehouden wijzigingen?\n\nMet vriendelijke groet,\nTom Olthof\nfractievoorzitter D66 Hengelo",
                  "motion_planned", "plan plus questions: planned is more advanced than question")

    # ---- submitted
    c = "GM0361"
    outlook_reply("nl9_036.eml", c, dt(10, 9, 9, 2), "Griffie Alkmaar", "griffie@alkmaar.nl",
                  "Geachte heer/mevrouw,\n\nDe motie 'Pleidooi voor gewortelde kinderen' is gisteravond door "
                  "GroenLinks, PvdA en D66 ingediend. Over de motie wordt volgende week donderdag gestemd.\n\n"
                  "Met vriendelijke groet,\nGriffie gemeente Alkmaar",
                  "motion_submitted", "submitted, vote next week")

    c = "GM0505"
    outlook_reply("nl9_037.eml", c, dt(10, 14, 10, 45), "Sander Molenaar", "s.molenaar@dordrecht.nl",
                  "Beste mensen,\n\nKort bericht: de motie is in de vergadering van 13 oktober aangehouden. De indieners "
                  "willen eerst de reactie van het college afwachten op hun schriftelijke vragen over de opvang.\n\n"
                  "Groet,\nSander Molenaar\nraadsgriffier Dordrecht",
                  "motion_submitted", "aangehouden (held over)")

    c = "GM0392"
    gmail_reply("nl9_038.eml", c, dt(10, 30, 0, 18), "Noor El Idrissi", "noor.elidrissi@gmail.com",
                "Hallo KinderpardonNU,\n\nSpannende avond gehad. Bij de stemming over onze motie staakten de stemmen: "
                "19 voor en 19 tegen, omdat één raadslid ziek was. Volgens het reglement van orde wordt de stemming in "
                "de volgende vergadering herhaald. Duimen maar!\n\nNoor El Idrissi\nraadslid GroenLinks Haarlem",
                "motion_submitted", "staken der stemmen 19-19, vote repeated next meeting; only signature names Haarlem",
                subject="Re: motie gewortelde kinderen Haarlem", cte="base64")

    c = "GM0715"
    outlook_reply("nl9_039.eml", c, dt(10, 23, 13, 37), "Dirk Verstraete", "d.verstraete@pvdaterneuzen.nl",
                  "Geachte KinderpardonNU,\n\nWe hebben de motie op 22 oktober ingediend. Na de toezegging van de "
                  "burgemeester dat zij het onderwerp bij de VNG en de minister zal aankaarten, hebben we de motie "
                  "ingetrokken.\n\nMet vriendelijke groet,\nDirk Verstraete\nPvdA Terneuzen",
                  "motion_submitted", "submitted then withdrawn (ingetrokken) after toezegging")

    c = "GM1931"
    outlook_reply("nl9_040.eml", c, dt(10, 30, 16, 2), "Griffie Krimpenerwaard", "griffie@krimpenerwaard.nl",
                  "Geachte heer/mevrouw,\n\nOp de motie is een amendement ingediend door de VVD (het verzoek aan de "
                  "minister wordt geschrapt). De stemming over amendement en motie is uitgesteld tot de raad van "
                  "12 november.\n\nMet vriendelijke groet,\nGriffie Krimpenerwaard",
                  "motion_submitted", "amendment pending, vote postponed")

    c = "GM0080"
    outlook_reply("nl9_041.eml", c, dt(10, 21, 15, 40), "Raadsgriffie Leeuwarden", "griffie@leeuwarden.nl",
                  "Beste KinderpardonNU,\n\nDe motie 'Gewortelde kinderen', ingediend door FNP, GroenLinks en PvdA, "
                  "staat geagendeerd voor de raadsvergadering van woensdag 4 november. De stukken zijn te vinden op "
                  "https://leeuwarden.raadsinformatie.nl.\n\nMei freonlike groet,\nRaadsgriffie Leeuwarden",
                  "motion_submitted", "html-only, motion on the agenda", html_only=True)

    # ---- adopted
    c = "GM0200"
    outlook_reply("nl9_042.eml", c, dt(10, 16, 9, 15), "Ellen Hoogendoorn", "e.hoogendoorn@apeldoorn.nl",
                  "Geachte heer/mevrouw,\n\nGraag informeer ik u dat de gemeenteraad van Apeldoorn gisteren de motie "
                  "'Pleidooi voor gewortelde kinderen' heeft aangenomen met 24 stemmen voor en 13 tegen.\n\n"
                  "Met vriendelijke groet,\nEllen Hoogendoorn\ngriffier", "motion_adopted", "adopted 24-13")

    c = "GM0794"
    gmail_reply("nl9_043.eml", c, dt(11, 6, 12, 4), "Ruud Swinkels", "ruudswinkels@kpnmail.nl",
                "Beste mensen,\n\nGoed nieuws uit Helmond. De motie is, na amendering (het tweede dictumpunt is geschrapt), "
                "gisteravond aangenomen. Het CDA heeft uiteindelijk meegestemd.\n\nGroet,\nRuud Swinkels\nSP Helmond",
                "motion_adopted", "amended version adopted; kpnmail sender", html=False, quote=True)

    c = "GM1581"
    outlook_reply("nl9_044.eml", c, dt(11, 11, 8, 30), "Griffie Utrechtse Heuvelrug", "griffie@heuvelrug.nl",
                  "Geachte heer/mevrouw,\n\nDe motie M26-31 'Pleidooi voor gewortelde kinderen' is in de raadsvergadering van "
                  "10 november unaniem aangenomen. De besluitenlijst vindt u hier: "
                  "https://utrechtseheuvelrug.notubiz.nl/vergadering/1298811\n\nMet vriendelijke groet,\n"
                  "Griffie Utrechtse Heuvelrug\n030 - 697 99 11", "motion_adopted", "unanimously adopted, link to notubiz",
                  subject_mode="b")

    c = "GM0957"
    d = dt(10, 24, 10, 12)
    top = ("Ter info, zie M12 hieronder.\n\nAnnelies\n\n---------- Forwarded message ---------\n"
           "Van: Griffie Roermond <griffie@roermond.nl>\nDate: vr 23 okt 2026 om 16:41\n"
           "Subject: Besluitenlijst raadsvergadering 22 oktober 2026\nTo: <raadsleden@roermond.nl>\n\n"
           "Beste raadsleden,\n\nHieronder de besluitenlijst van de vergadering van 22 oktober.\n\n"
           "M10 Behoud buurthuis Donderberg (CDA) - verworpen (9 voor, 18 tegen)\n"
           "M11 Verkeersveiligheid Maasboulevard (VVD) - aangehouden\n"
           "M12 Pleidooi voor gewortelde kinderen (GroenLinks, D66, SP) - aangenomen (21 voor, 6 tegen)\n"
           "M13 Zonnepanelen op sporthallen (Roermond Nu) - ingetrokken\n\nMet vriendelijke groet,\nGriffie Roermond")
    gmail_reply("nl9_045.eml", c, d, "Annelies Janssen", "annelies.janssen.gl@gmail.com", top, "motion_adopted",
                "forwarded besluitenlijst; other motions rejected/held/withdrawn, ours (M12) adopted; no In-Reply-To",
                quote=False, irt=False, subject="Fwd: Besluitenlijst raadsvergadering 22 oktober 2026")

    c = "GM0050"
    d = dt(10, 30, 7, 58)
    body = ("Goedemorgen!\n\nGisteravond is onze motie voor de gewortelde kinderen aangenomen, met 11 stemmen voor "
            "en 8 tegen. Bedankt voor jullie voorbeeldtekst, die hebben we bijna letterlijk gebruikt.\n\n"
            "Hartelijke groet,\nWillemijn Post\nraadslid Zeewolde\n")
    plain_mail("nl9_046.eml", c, d, "Willemijn Post <w.post7@ziggo.nl>", "w.post7@ziggo.nl",
               "Motie Zeewolde aangenomen!", body, "motion_adopted",
               "new mail from ziggo address, no In-Reply-To, municipality in subject/signature", irt=False,
               host="smtp.ziggo.nl", extra="User-Agent: Ziggo Webmail\n")

    # ---- rejected
    c = "GM0180"
    outlook_reply("nl9_047.eml", c, dt(10, 7, 14, 5), "Griffie Staphorst", "griffie@staphorst.nl",
                  "Geachte heer/mevrouw,\n\nDe motie is in de raadsvergadering van 6 oktober verworpen. Alleen de "
                  "fracties van PvdA/GroenLinks en D66 stemden voor.\n\nMet vriendelijke groet,\nGriffie Staphorst",
                  "motion_rejected", "verworpen")

    c = "GM1731"
    gmail_reply("nl9_048.eml", c, dt(11, 13, 23, 1), "Gert Lubbers", "g.lubbers@kpnmail.nl",
                "Beste KinderpardonNU,\n\nHelaas, de motie haalde het gisteren niet: 9 stemmen voor, 14 tegen. "
                "We blijven het onderwerp wel aankaarten.\n\nGert Lubbers\nfractievoorzitter PvdA Midden-Drenthe",
                "motion_rejected", "rejected without the word verworpen (9 voor, 14 tegen)", reminder=True, html=False)

    c = "GM0603"
    outlook_reply("nl9_049.eml", c, dt(11, 5, 10, 0), "Saskia de Bruijn", "s.debruijn@rijswijk.nl",
                  "Geachte heer/mevrouw,\n\nIn de raadsvergadering van 3 november is eerst het amendement van de VVD "
                  "aangenomen. De geamendeerde motie is daarna verworpen met 14 stemmen voor en 17 tegen.\n\n"
                  "Met vriendelijke groet,\nSaskia de Bruijn\nGriffie Rijswijk", "motion_rejected",
                  "amendment adopted but amended motion rejected")


# ================================================================ DECLINED / REDIRECT / OPT-OUT / QUESTION / OTHER
def make_rest():
    c = "GM0184"
    outlook_reply("nl9_050.eml", c, sent_date(c) + timedelta(days=2, hours=1), "Griffie Urk", "griffie@urk.nl",
                  "Geachte heer/mevrouw,\n\nDank voor uw e-mail en voor de zorg die u uitspreekt voor deze kinderen. "
                  "De raad van Urk heeft echter afgesproken geen moties over landelijk beleid te behandelen. "
                  "Wij sturen uw mail daarom niet door aan de fracties.\n\nMet vriendelijke groet,\nGriffie Urk",
                  "declined", "politeness, then will not forward")

    c = "GM0432"
    gmail_reply("nl9_051.eml", c, dt(9, 29, 19, 44), "Kees Schouten", "kees.schouten@opmeer-lokaal.nl",
                "Geachte mensen van KinderpardonNU,\n\nDank voor uw inzet en voor de heldere informatie, die ik met "
                "belangstelling heb gelezen. Onze fractie zal echter geen motie indienen: asielbeleid is een rijkstaak "
                "en daar gaan wij als gemeenteraad niet over.\n\nMet vriendelijke groet,\nKees Schouten\n"
                "fractievoorzitter Opmeer Lokaal", "declined", "fractievoorzitter: friendly, but no motion")

    c = "GM1950"
    outlook_reply("nl9_052.eml", c, sent_date(c) + timedelta(days=8), "Griffie Westerwolde", "griffie@westerwolde.nl",
                  "Geachte heer/mevrouw,\n\nWesterwolde heeft met het aanmeldcentrum in Ter Apel dagelijks te maken met "
                  "de gevolgen van het asielbeleid, en wij begrijpen uw betrokkenheid. Het presidium heeft uw verzoek "
                  "besproken en ziet geen aanleiding het aan de raad voor te leggen.\n\nMet vriendelijke groet,\n"
                  "Griffie Westerwolde", "declined", "Ter Apel context; presidium will not put it to the council")

    c = "GM0197"
    d = sent_date(c) + timedelta(seconds=20)
    body = ("Dit e-mailadres is per 1 september 2026 vervallen en wordt niet meer gelezen.\n\n"
            "Wilt u uw bericht opnieuw sturen naar info@aalten.nl? Berichten voor de gemeenteraad kunt u sturen naar "
            "griffie@aalten.nl.\n\nGemeente Aalten\n")
    plain_mail("nl9_053.eml", c, d, "Gemeente Aalten <gemeente@aalten.nl>", "gemeente@aalten.nl",
               "Automatisch antwoord: " + subj(c), body, "redirect",
               "automated, but address no longer in use -> write to other address",
               extra="Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\n")

    c = "GM1674"
    outlook_reply("nl9_054.eml", c, sent_date(c) + timedelta(hours=4), "Gemeente Roosendaal", "info@roosendaal.nl",
                  "Goedemiddag,\n\nDit adres is bedoeld voor vragen van inwoners. Voor de gemeenteraad moet u bij de "
                  "griffie zijn: griffie@roosendaal.nl. Wilt u uw bericht daarheen sturen?\n\nMet vriendelijke groet,\n"
                  "Klantcontactcentrum Roosendaal", "redirect", "person: please send to griffie address instead")

    c = "GM0437"
    outlook_reply("nl9_055.eml", c, reminder_date(c) + timedelta(hours=1), "Gemeente Ouder-Amstel", "gemeente@ouder-amstel.nl",
                  "Geachte heer/mevrouw,\n\nWilt u dit adres van uw verzendlijst halen? Wij ontvangen op het algemene "
                  "adres liever geen campagnemails meer.\n\nMet vriendelijke groet,\nGemeente Ouder-Amstel",
                  "opt_out", "remove from list, reply to reminder", reminder=True)

    c = "GM0321"
    outlook_reply("nl9_056.eml", c, sent_date(c) + timedelta(days=1, hours=3), "Griffie Houten", "griffie@houten.nl",
                  "Goedemorgen,\n\nVoordat we dit doorsturen: wie zitten er achter KinderpardonNU? Bent u een stichting "
                  "of vereniging, en heeft u een KvK-nummer of website waar we dat kunnen nalezen?\n\n"
                  "Met vriendelijke groet,\nGriffie Houten", "question",
                  "question before forwarding (not yet forwarded)")

    c = "GM1992"
    gmail_reply("nl9_057.eml", c, dt(10, 12, 20, 10), "Yvonne Kraaijeveld", "yvonne.kraaijeveld@hotmail.com",
                "Hallo,\n\nWelke gemeenten hebben de motie inmiddels aangenomen, en kunt u mij de aangenomen teksten "
                "sturen? Dan kan ik dat meenemen in ons fractieoverleg.\n\nGroet,\nYvonne Kraaijeveld\n"
                "raadslid Voorne aan Zee", "question", "raadslid asks which municipalities adopted; no plan stated")

    # phishing
    d = dt(10, 19, 3, 27)
    body = ("<html><body><p>Beste gebruiker,</p><p>Uw mailbox kinderpardonnu@gmail.com heeft 99% van de opslag gebruikt. "
            "Binnenkomende berichten worden binnen 24 uur geweigerd.</p>"
            "<p><a href=\"http://g00gle-storage-verify.top/login?u=kinderpardonnu\">Bevestig uw account</a></p>"
            "<p>Google Accounts Team</p></body></html>")
    plain_mail("nl9_058.eml", "", d, "Google Account <no-reply@secure-mailbox-verify.top>", "no-reply@secure-mailbox-verify.top",
               "Actie vereist: uw mailbox is vol", body, "other", "phishing imitating Google, no municipality",
               irt=False, subtype="html", host="vps231.hostingxyz.top", to=ME)

    c = "GM0664"
    d = dt(10, 15, 17, 0)
    body = ("Nieuwsbrief gemeenteraad Goes - oktober 2026\n\n- Raadsvergadering 29 oktober: begroting 2027\n"
            "- Inloopavond herinrichting Grote Markt\n- Terugblik op het jongerendebat\n\n"
            "Afmelden: https://goes.nieuwsbrief.nl/afmelden?id=8812\n")
    plain_mail("nl9_059.eml", c, d, "Gemeenteraad Goes <nieuwsbrief@goes.nl>", "bounce-8812@mail.goes.nieuwsbrief.nl",
               "Nieuwsbrief gemeenteraad Goes - oktober 2026", body, "other",
               "council newsletter, unrelated to the letter, list headers", irt=False,
               extra="List-Unsubscribe: <https://goes.nieuwsbrief.nl/afmelden?id=8812>\nPrecedence: bulk\n",
               host="mail.goes.nieuwsbrief.nl")

    c = "GM1963"
    gmail_reply("nl9_060.eml", c, dt(9, 22, 21, 3), "Arjen Zevenbergen", "arjen.zevenbergen@ziggo.nl",
                "Mooi initiatief, succes ermee!\n\nArjen\n(raadslid Hoeksche Waard)", "other",
                "vague one-liner, no receipt/action", html=False)


if __name__ == "__main__":
    make_bounces()
    make_auto()
    make_ack()
    make_fwd()
    make_motions()
    make_rest()
    write_all()
    print(len(FILES), "messages written")
