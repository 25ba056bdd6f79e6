"""Generate the holdout_nl4 set: realistic replies to the KinderpardonNU letter, with labels.csv.

    python bench/holdout_nl4/generate.py

Every case below is one message; the files are shuffled (fixed seed) and written as rNN.eml.
"""

from __future__ import annotations

import csv
import email
import email.policy
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _base import (  # noqa: E402
    BASE, FROM_US, addr, gt, hdr, leaf, letter_html, letter_text, message, mid, multipart,
    original_headers, original_letter, raddr, raw_part, subject,
)

CASES = []


def case(label: str, code: str, note: str):
    def deco(fn):
        CASES.append((fn, label, code, note))
        return fn
    return deco


def sent(code: str) -> str:
    """Date our letter went out (paced over three days)."""
    n = int(code[2:])
    day = 15 + n % 3
    wd = {15: "Tue", 16: "Wed", 17: "Thu"}[day]
    return f"{wd}, {day} Sep 2026 {9 + n % 7:02d}:{(n * 7) % 60:02d}:{(n * 13) % 60:02d} +0200"


def sent_nl(code: str, style: str = "gmail") -> str:
    n = int(code[2:])
    day = 15 + n % 3
    hh, mm = 9 + n % 7, (n * 7) % 60
    wd_short = {15: "di", 16: "wo", 17: "do"}[day]
    wd_long = {15: "dinsdag", 16: "woensdag", 17: "donderdag"}[day]
    wd_en = {15: "Tuesday", 16: "Wednesday", 17: "Thursday"}[day]
    if style == "gmail":
        return f"{wd_short} {day} sep 2026 om {hh:02d}:{mm:02d}"
    if style == "outlook":
        return f"{wd_long} {day} september 2026 {hh:02d}:{mm:02d}"
    if style == "outlook_en":
        h12 = hh if hh <= 12 else hh - 12
        return f"{wd_en}, September {day}, 2026 {h12}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
    if style == "apple":
        return f"{day} sep 2026 om {hh:02d}:{mm:02d}"
    if style == "numeric":
        return f"{day}-09-2026 {hh:02d}:{mm:02d}"
    raise ValueError(style)


def outlook_nl(code, name, to):
    return (f"Van: KinderpardonNU <{BASE}>\nVerzonden: {sent_nl(code, 'outlook')}\nAan: {to}\n"
            f"Onderwerp: {subject(name)}\n")


def outlook_en(code, name, to):
    return (f"From: KinderpardonNU <{BASE}>\nSent: {sent_nl(code, 'outlook_en')}\nTo: {to}\n"
            f"Subject: {subject(name)}\n")


def reply_heads(code, name, frm, to=None, date="", msgid="", subj=None, irt=True, refs=True, extra=()):
    h = []
    h.append(("From", frm))
    h.append(("To", to if to is not None else raddr(code)))
    h.append(("Subject", hdr(subj if subj is not None else "RE: " + subject(name))))
    h.append(("Date", date))
    h.append(("Message-ID", msgid))
    if irt:
        h.append(("In-Reply-To", mid(code)))
    if refs:
        h.append(("References", mid(code)))
    h.extend(extra)
    return h


EXCH = [
    ("Thread-Topic", "Verzoek om door te sturen aan de fractievoorzitters en de griffier"),
    ("Thread-Index", "AQHbJ5xk2vH3Tq8lQ0uXf2Jc1mNwZw=="),
    ("Accept-Language", "nl-NL, en-US"),
    ("Content-Language", "nl-NL"),
    ("X-MS-Has-Attach", ""),
    ("X-MS-TNEF-Correlator", ""),
]


# ---------------------------------------------------------------- bounce_hard

@case("bounce_hard", "GM1895", "Gmail RFC 3464 DSN, 550 5.1.1 user unknown, original message attached")
def b_oldambt():
    code, name, to = "GM1895", "Oldambt", "info@gemeente-oldambt.nl"
    human = (
        "\n** Adres niet gevonden **\n\n"
        f"Je bericht is niet bezorgd bij {to} omdat het adres niet is gevonden of geen e-mail kan ontvangen.\n\n"
        "Meer informatie vind je op https://support.google.com/mail/?p=NoSuchUser\n\n"
        "Het antwoord was:\n\n"
        "550 5.1.1 <info@gemeente-oldambt.nl>: Recipient address rejected: User unknown in virtual mailbox table\n"
    )
    dsn = (
        "Reporting-MTA: dns; googlemail.com\n"
        "Received-From-MTA: dns; kinderpardonnu@gmail.com\n"
        "Arrival-Date: Thu, 17 Sep 2026 01:52:05 -0700 (PDT)\n"
        "X-Original-Message-ID: " + mid(code) + "\n\n"
        f"Final-Recipient: rfc822; {to}\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Remote-MTA: dns; mx1.gemeente-oldambt.nl. (185.41.12.9, the server for the domain gemeente-oldambt.nl.)\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <info@gemeente-oldambt.nl>: Recipient address rejected: User unknown in virtual mailbox table\n"
        "Last-Attempt-Date: Thu, 17 Sep 2026 01:52:07 -0700 (PDT)\n"
    )
    body = multipart("report", [
        multipart("alternative", [
            leaf("text/plain", human, "UTF-8", "quoted-printable"),
            leaf("text/html", "<html><head></head><body>" + human.replace("\n\n", "<br><br>") + "</body></html>", "UTF-8", "quoted-printable"),
        ], "000000000000a9f2c5062f0a4c11"),
        raw_part("Content-Type: message/delivery-status", dsn),
        raw_part("Content-Type: message/rfc822", original_letter(code, name, to, sent(code))),
    ], "000000000000a9ed47062f0a4b07", " report-type=delivery-status;")
    h = [
        ("Delivered-To", BASE),
        ("Received", "by 2002:a05:7300:4b1a:b0:17e:91a1:c0ee with SMTP id r26csp211774dyb;\n        Thu, 17 Sep 2026 01:52:08 -0700 (PDT)"),
        ("Return-Path", "<>"),
        ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
        ("To", BASE),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("References", mid(code)),
        ("In-Reply-To", mid(code)),
        ("X-Failed-Recipients", to),
        ("Message-ID", "<66e9439c.050a0220.3a8f1.9d2eSMTPIN_ADDED_MISSING@mx.google.com>"),
        ("Date", "Thu, 17 Sep 2026 01:52:08 -0700 (PDT)"),
    ]
    return message(h, body)


@case("bounce_hard", "GM0163", "Microsoft 365 NDR in Dutch (Onbestelbaar), 550 5.1.10 RecipientNotFound, headers only")
def b_hellendoorn():
    code, name, to = "GM0163", "Hellendoorn", "gemeente@hellendoorn.nl"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif"><p style="font-size:16pt;color:#C00000">Uw bericht aan {to} kon niet worden bezorgd.</p>
<p><b>{to}</b> bestaat niet op hellendoorn.nl.</p>
<table><tr><td>kinderpardonnu</td><td>Office 365</td><td>{to}</td></tr><tr><td>Afzender</td><td></td><td><b>Actie vereist</b><br>Ontvanger</td></tr></table>
<p><b>Onbekend adres</b></p>
<p><b>Hoe u dit kunt oplossen</b></p>
<p>Het adres is mogelijk verkeerd gespeld of bestaat niet. Probeer een van de volgende oplossingen:</p>
<ul><li>Verzend het bericht opnieuw met het juiste adres. Als u Outlook gebruikt, opent u dit rapport, kiest u <b>Opnieuw verzenden</b> en verwijdert u het adres in het veld Aan.</li>
<li>Neem contact op met de ontvanger (bijvoorbeeld telefonisch) en vraag naar het juiste adres.</li></ul>
<p>Meer informatie over dit probleem: <a href="https://go.microsoft.com/fwLink/?LinkId=389361">https://go.microsoft.com/fwLink/?LinkId=389361</a></p>
<br><p style="font-size:11pt"><b>Diagnostische informatie voor beheerders:</b></p>
<p>Server genereren: AM9PR09MB4817.eurprd09.prod.outlook.com<br><br>{to}<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {to} not found by SMTP address lookup'</p>
</div></body></html>"""
    dsn = (
        "Reporting-MTA: dns;AM9PR09MB4817.eurprd09.prod.outlook.com\n"
        "Received-From-MTA: dns;mail-wm1-f54.google.com\n"
        "Arrival-Date: Wed, 16 Sep 2026 13:31:02 +0000\n\n"
        f"Final-Recipient: rfc822;{to}\n"
        "Action: failed\n"
        "Status: 5.1.10\n"
        f"Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {to} not found by SMTP address lookup\n"
    )
    body = multipart("report", [
        multipart("alternative", [
            leaf("text/plain", f"Uw bericht aan {to} kon niet worden bezorgd.\n\n{to} bestaat niet op hellendoorn.nl.\n\n"
                 "Onbekend adres\n\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n",
                 "utf-8", "base64"),
            leaf("text/html", html, "utf-8", "quoted-printable"),
        ], "_000_AM9PR09MB4817B1C3alt_"),
        raw_part("Content-Type: message/delivery-status", dsn),
        raw_part("Content-Type: text/rfc822-headers", original_headers(code, name, to, sent(code))),
    ], "_001_AM9PR09MB4817B1C3_", ' report-type="delivery-status";')
    h = [
        ("Received", "from AM9PR09MB4817.eurprd09.prod.outlook.com (2603:10a6:20b:2c1::14) by\n AM9PR09MB4810.eurprd09.prod.outlook.com with HTTPS; Wed, 16 Sep 2026 13:31:04 +0000"),
        ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hellendoorn.onmicrosoft.com>"),
        ("To", BASE),
        ("Date", "Wed, 16 Sep 2026 13:31:04 +0000"),
        ("Subject", hdr("Onbestelbaar: " + subject(name))),
        ("Content-Language", "nl-NL"),
        ("Message-ID", "<c41a2d7e-0b9b-4f0e-8f0c-1b2a9fd31e55@AM9PR09MB4817.eurprd09.prod.outlook.com>"),
        ("In-Reply-To", mid(code)),
        ("References", mid(code)),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("X-MS-PublicTrafficType", "Email"),
    ]
    return message(h, body)


@case("bounce_hard", "GM0981", "Postfix bounce (Undelivered Mail Returned to Sender), mailbox unavailable, full original attached")
def b_vaals():
    code, name, to = "GM0981", "Vaals", "info@vaals.nl"
    text = (
        "This is the mail system at host mail02.vaals.nl.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        "<info@vaals.nl>: host 10.20.4.12[10.20.4.12] said: 550 5.2.1 <info@vaals.nl>:\n"
        "    Mailbox unavailable, account disabled (in reply to RCPT TO command)\n"
    )
    dsn = (
        "Reporting-MTA: dns; mail02.vaals.nl\n"
        "X-Postfix-Queue-ID: 4Xk9Lm2r7Bz1w0\n"
        "X-Postfix-Sender: rfc822; kinderpardonnu@gmail.com\n"
        "Arrival-Date: Wed, 16 Sep 2026 11:03:44 +0200 (CEST)\n\n"
        "Final-Recipient: rfc822; info@vaals.nl\n"
        "Original-Recipient: rfc822;info@vaals.nl\n"
        "Action: failed\n"
        "Status: 5.2.1\n"
        "Remote-MTA: dns; 10.20.4.12\n"
        "Diagnostic-Code: smtp; 550 5.2.1 <info@vaals.nl>: Mailbox unavailable, account\n    disabled\n"
    )
    body = multipart("report", [
        raw_part("Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii", text),
        raw_part("Content-Description: Delivery report\nContent-Type: message/delivery-status", dsn),
        raw_part("Content-Description: Undelivered Message\nContent-Type: message/rfc822", original_letter(code, name, to, sent(code))),
    ], "4Xk9Lm2r7Bz1w0.1789549424/mail02.vaals.nl", " report-type=delivery-status;")
    h = [
        ("Return-Path", "<>"),
        ("Received", "by mail02.vaals.nl (Postfix)\n\tid 4Xk9Lm2r7Bz1w0; Wed, 16 Sep 2026 11:03:44 +0200 (CEST)"),
        ("Date", "Wed, 16 Sep 2026 11:03:44 +0200 (CEST)"),
        ("From", "MAILER-DAEMON@mail02.vaals.nl (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", BASE),
        ("Auto-Submitted", "auto-replied"),
        ("Message-Id", "<4Xk9Lm4b1Cz1w3@mail02.vaals.nl>"),
    ]
    return message(h, body)


@case("bounce_hard", "GM0744", "Exim bounce, permanent, copy of message inline (no In-Reply-To)")
def b_baarle():
    code, name, to = "GM0744", "Baarle-Nassau", "griffie@baarle-nassau.nl"
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {to}\n"
        "    host mx.baarle-nassau.nl [193.173.41.87]\n"
        "    SMTP error from remote mail server after RCPT TO:<griffie@baarle-nassau.nl>:\n"
        "    550 5.1.1 No such user - psmtp\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        + original_headers(code, name, to, sent(code)).replace(
            'Content-Type: multipart/mixed; boundary="===============4471922385310620713=="\n',
            'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n')
        + "\n" + letter_text(paras=6, width=72)
    )
    h = [
        ("Return-path", "<>"),
        ("Envelope-to", BASE),
        ("Received", "from mailnull by relay3.brabantnet.nl with local (Exim 4.97.1)\n\tid 1vXq7T-00GkTz-2b\n\tfor kinderpardonnu@gmail.com; Thu, 17 Sep 2026 10:52:19 +0200"),
        ("X-Failed-Recipients", to),
        ("Auto-Submitted", "auto-replied"),
        ("From", "Mail Delivery System <Mailer-Daemon@relay3.brabantnet.nl>"),
        ("To", BASE),
        ("Subject", "Mail delivery failed: returning message to sender"),
        ("Message-Id", "<E1vXq7T-00GkTz-2b@relay3.brabantnet.nl>"),
        ("Date", "Thu, 17 Sep 2026 10:52:19 +0200"),
    ]
    return message(h, leaf("text/plain", text, "utf-8", "8bit"))


# ---------------------------------------------------------------- bounce_soft

@case("bounce_soft", "GM1695", "Gmail delay DSN (Action: delayed, 4.4.1), headers of original")
def s_noordbeveland():
    code, name, to = "GM1695", "Noord-Beveland", "info@noord-beveland.nl"
    human = (
        "\n** Bezorging vertraagd **\n\n"
        f"Er is een tijdelijk probleem opgetreden bij het bezorgen van je bericht aan {to}. "
        "Gmail probeert het nog 46 uur opnieuw. Je krijgt een melding als de bezorging definitief mislukt.\n\n"
        "Het antwoord van de externe server was:\n\n"
        "421 4.4.1 Connection timed out\n"
    )
    dsn = (
        "Reporting-MTA: dns; googlemail.com\n"
        "Arrival-Date: Thu, 17 Sep 2026 06:40:11 -0700 (PDT)\n\n"
        f"Final-Recipient: rfc822; {to}\n"
        "Action: delayed\n"
        "Status: 4.4.1\n"
        "Diagnostic-Code: smtp; 421 4.4.1 Connection timed out\n"
        "Last-Attempt-Date: Thu, 17 Sep 2026 08:41:37 -0700 (PDT)\n"
        "Will-Retry-Until: Sat, 19 Sep 2026 06:40:11 -0700 (PDT)\n"
    )
    body = multipart("report", [
        multipart("alternative", [
            leaf("text/plain", human, "UTF-8", "quoted-printable"),
            leaf("text/html", "<html><body><h2>Bezorging vertraagd</h2><p>" + human.strip().replace("\n\n", "</p><p>") + "</p></body></html>", "UTF-8", "quoted-printable"),
        ], "0000000000003b77e4062f1b8a20"),
        raw_part("Content-Type: message/delivery-status", dsn),
        raw_part("Content-Type: text/rfc822-headers", original_headers(code, name, to, sent(code))),
    ], "0000000000003b6d1e062f1b8a1f", " report-type=delivery-status;")
    h = [
        ("Delivered-To", BASE),
        ("Return-Path", "<>"),
        ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
        ("To", BASE),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Delivery Status Notification (Delay)"),
        ("References", mid(code)),
        ("In-Reply-To", mid(code)),
        ("Message-ID", "<66e9a8e1.170a0220.2b07c5.4f1aGMR@mx.google.com>"),
        ("Date", "Thu, 17 Sep 2026 08:41:37 -0700 (PDT)"),
    ]
    return message(h, body)


@case("bounce_soft", "GM1955", "Exim 'Warning: message delayed 24 hours' (.info domain), headers only")
def s_montferland():
    code, name, to = "GM1955", "Montferland", "Gemeente@montferland.info"
    text = (
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        "recipients after more than 24 hours on the queue on mail.hostingpartner-oost.nl.\n\n"
        "The message identifier is:     1vXmQ1-003Lr8-0K\n"
        f"The subject of the message is: {subject(name)}\n"
        "The date of the message is:    " + sent(code) + "\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        f"  {to}\n"
        "    host mx01.montferland.info [91.195.241.10]\n"
        "    Delay reason: SMTP error from remote mail server after RCPT TO:<Gemeente@montferland.info>:\n"
        "    451 4.7.1 Greylisted, please try again later\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n"
    )
    dsn = (
        "Reporting-MTA: dns; mail.hostingpartner-oost.nl\n\n"
        "Action: delayed\n"
        f"Final-Recipient: rfc822;{to}\n"
        "Status: 4.7.1\n"
        "Remote-MTA: dns; mx01.montferland.info\n"
        "Diagnostic-Code: smtp; 451 4.7.1 Greylisted, please try again later\n"
        "Will-Retry-Until: Sun, 20 Sep 2026 12:08:10 +0200\n"
    )
    body = multipart("report", [
        raw_part("Content-Type: text/plain; charset=us-ascii", text),
        raw_part("Content-Type: message/delivery-status", dsn),
        raw_part("Content-Type: text/rfc822-headers", original_headers(code, name, to, sent(code))),
    ], "1789726090-eximdsn-1804289383", " report-type=delivery-status;")
    h = [
        ("Return-path", "<>"),
        ("X-Failed-Recipients", to),
        ("Auto-Submitted", "auto-replied"),
        ("From", "Mail Delivery System <Mailer-Daemon@mail.hostingpartner-oost.nl>"),
        ("To", BASE),
        ("Subject", "Warning: message 1vXmQ1-003Lr8-0K delayed 24 hours"),
        ("Message-Id", "<E1vXnR2-003Q6b-1c@mail.hostingpartner-oost.nl>"),
        ("Date", "Fri, 18 Sep 2026 12:08:10 +0200"),
    ]
    return message(h, body)


# ---------------------------------------------------------------- auto_reply

@case("auto_reply", "GM0050", "Outlook NL 'Automatisch antwoord', absent with colleague's phone, municipal domain")
def a_zeewolde():
    code, name = "GM0050", "Zeewolde"
    text = (
        "Goedendag,\n\n"
        "Ik ben afwezig tot en met maandag 28 september. Uw e-mail wordt niet doorgestuurd.\n"
        "Voor dringende zaken kunt u bellen met het algemene nummer 14 036.\n\n"
        "Met vriendelijke groet,\n\nJosien van Wijngaarden\nTeam Bestuursondersteuning\nGemeente Zeewolde\n"
    )
    body = multipart("alternative", [
        leaf("text/plain", text, "iso-8859-1", "quoted-printable"),
        leaf("text/html", "<html><body><div>" + text.replace("\n", "<br>\n") + "</div></body></html>", "iso-8859-1", "quoted-printable"),
    ], "_000_DB9PR07MB8921F3C2E1A0B0DB9PR07MB8921eurp_")
    h = reply_heads(code, name, "Josien van Wijngaarden <J.vanWijngaarden@zeewolde.nl>", to="KinderpardonNU <kinderpardonnu@gmail.com>",
                    date="Wed, 16 Sep 2026 13:02:51 +0000", msgid="<f3c2e1a0b0d54c1e9b71@DB9PR07MB8921.eurprd07.prod.outlook.com>",
                    subj="Automatisch antwoord: " + subject(name), refs=False,
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "J.vanWijngaarden@zeewolde.nl"), ("Content-Language", "nl-NL")])
    return message(h, body)


@case("auto_reply", "GM0448", "Gmail vacation responder of a council member's private address; only plus-address and subject tie it")
def a_texel():
    code, name = "GM0448", "Texel"
    text = ("Hoi,\n\nDank voor je mail! Ik ben tot 5 oktober op vakantie en lees mijn mail maar af en toe.\n"
            "Na mijn terugkomst reageer ik zo snel mogelijk.\n\nGroet,\nWillem\n")
    body = multipart("alternative", [
        leaf("text/plain", text, "UTF-8", "7bit"),
        leaf("text/html", '<div dir="ltr">' + text.replace("\n", "<br>") + "</div>", "UTF-8", "7bit"),
    ], "000000000000f1a9c2062f1d73b4")
    h = reply_heads(code, name, "Willem Zuidema <w.zuidema.texel@gmail.com>", to=raddr(code),
                    date="Sat, 19 Sep 2026 08:14:02 +0200", msgid="<CAJx9Lq4FvH2bT0m1kWq7gP@mail.gmail.com>",
                    subj="Re: " + subject(name), irt=False, refs=False,
                    extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])
    return message(h, body)


@case("auto_reply", "GM1714", "griffie autumn-recess notice ('na het reces behandeld'); Sluis is also a common word")
def a_sluis():
    code, name = "GM1714", "Sluis"
    text = ("Geachte afzender,\n\n"
            "In verband met het herfstreces is de griffie van 12 tot en met 23 oktober beperkt bereikbaar. "
            "Berichten die in deze periode binnenkomen, worden na het reces behandeld.\n\n"
            "Met vriendelijke groet,\n\nGriffie gemeenteraad Sluis\nPostbus 27, 4500 AA Oostburg\n")
    h = reply_heads(code, name, "Griffie <griffie@gemeentesluis.nl>", to=BASE,
                    date="Tue, 13 Oct 2026 09:41:10 +0200", msgid="<AM0PR10MB2785.reces.5512@AM0PR10MB2785.eurprd10.prod.outlook.com>",
                    subj="Automatisch antwoord: Herinnering: verzoek om door te sturen aan de fractievoorzitters en de griffier van Sluis",
                    irt=False, refs=False,
                    extra=[("In-Reply-To", mid(code, "reminder-1")), ("Auto-Submitted", "auto-replied"),
                           ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")])
    return message(h, leaf("text/plain", text, "utf-8", "quoted-printable"))


@case("auto_reply", "GM0687", "Outlook 'Afwezig:' bilingual NL/EN, Middelburg (Z.) signature")
def a_middelburg():
    code, name = "GM0687", "Middelburg (Z.)"
    text = ("Ik ben tot en met 2 oktober niet aanwezig en heb beperkt toegang tot mijn e-mail.\n"
            "I am out of office until October 2nd with limited access to e-mail.\n\n"
            "Met vriendelijke groet / Kind regards,\n\nRutger Hamelink\nadviseur Bestuurszaken\n"
            "Gemeente Middelburg | Kanaalweg 3 | 4337 PA Middelburg\nT 0118 - 67 50 00\n\n"
            "Deze e-mail is uitsluitend bestemd voor de geadresseerde(n). Gebruik door anderen is niet toegestaan.\n")
    h = reply_heads(code, name, "Hamelink, Rutger <R.Hamelink@middelburg.nl>", to="KinderpardonNU <kinderpardonnu@gmail.com>",
                    date="Wed, 16 Sep 2026 10:58:33 +0000", msgid="<PA4PR01MB9134E1F2A@PA4PR01MB9134.eurprd01.prod.exchangelabs.com>",
                    subj="Afwezig: " + subject(name), refs=False,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return message(h, leaf("text/plain", text, "windows-1252", "quoted-printable"))


@case("auto_reply", "GM0893", "part-time notice, Bergen (L.) (not Bergen NH.), bergen.nl domain")
def a_bergen_l():
    code, name = "GM0893", "Bergen (L.)"
    text = ("Beste afzender,\n\nMijn werkdagen zijn maandag, dinsdag en donderdag. "
            "Uw e-mail lees ik op mijn eerstvolgende werkdag.\n\n"
            "Met vriendelijke groet,\nMaud Janssen\nBestuurssecretariaat gemeente Bergen (L)\n")
    h = reply_heads(code, name, "Maud Janssen <m.janssen@bergen.nl>", to=BASE,
                    date="Wed, 16 Sep 2026 10:20:05 +0200", msgid="<1d0b77a2-9e5c-4a4e-b1c1-6fd0a27e3c44@bergen.nl>",
                    subj="Automatisch antwoord: " + subject(name), refs=False,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return message(h, leaf("text/plain", text, "utf-8", "8bit"))


@case("auto_reply", "", "leave notice from a gmail address, subject only 'Afwezig', no quote or ids: no clue")
def a_noclue():
    text = ("Dit is een automatisch bericht.\n\nIk ben met verlof tot en met 12 oktober. "
            "In die periode lees ik geen mail.\n\nAnnelies\n")
    h = [("From", "Annelies <anneliesbroekhuis64@gmail.com>"), ("To", BASE), ("Subject", "Afwezig"),
         ("Date", "Mon, 21 Sep 2026 07:00:12 +0200"), ("Message-ID", "<CAPq7Mx1oKz8Ww5aT4dU1pP9e@mail.gmail.com>"),
         ("Auto-Submitted", "auto-replied")]
    return message(h, leaf("text/plain", text, "UTF-8", "7bit"))


# ---------------------------------------------------------------- redirect

@case("redirect", "GM0037", "closed mailbox auto-notice pointing to griffie@ address")
def r_stadskanaal():
    code, name = "GM0037", "Stadskanaal"
    text = ("Dit e-mailadres is per 1 januari 2026 opgeheven en wordt niet meer gelezen.\n\n"
            "Heeft u een vraag of bericht voor de gemeenteraad? Stuur uw e-mail dan opnieuw naar griffie@stadskanaal.nl. "
            "Voor alle andere zaken kunt u mailen naar gemeente@stadskanaal.nl of bellen met 14 0599.\n\n"
            "Gemeente Stadskanaal\n")
    h = reply_heads(code, name, "raadsgriffie@stadskanaal.nl", to=BASE,
                    date="Wed, 16 Sep 2026 12:11:45 +0200", msgid="<20260916101145.3C1F2A0044@mx.stadskanaal.nl>",
                    subj="Automatisch antwoord: " + subject(name), refs=False,
                    extra=[("Auto-Submitted", "auto-replied")])
    return message(h, leaf("text/plain", text, "utf-8", "quoted-printable"))


@case("redirect", "GM1581", "use the contact form instead; domain heuvelrug.nl differs from the name")
def r_heuvelrug():
    code, name = "GM1581", "Utrechtse Heuvelrug"
    html = ("<html><body style='font-family:Arial'><p>Geachte heer, mevrouw,</p>"
            "<p>Dank voor uw bericht. Dit e-mailadres wordt niet actief gemonitord. Wilt u uw vraag of verzoek "
            "indienen via het contactformulier op <a href='https://www.heuvelrug.nl/contact'>www.heuvelrug.nl/contact</a>? "
            "Dan zorgen wij dat het bij de juiste afdeling terechtkomt.</p>"
            "<p>Met vriendelijke groet,<br>Gemeente Utrechtse Heuvelrug<br>Klantcontactcentrum</p>"
            "<p style='font-size:8pt;color:#777'>Dit is een automatisch gegenereerd bericht, u kunt hier niet op reageren.</p>"
            "</body></html>")
    h = reply_heads(code, name, "Gemeente Utrechtse Heuvelrug <noreply@heuvelrug.nl>", to=BASE,
                    date="Tue, 15 Sep 2026 14:40:20 +0200", msgid="<7f21c0a9.4e1b.heuvelrug.autoreply@heuvelrug.nl>",
                    subj=subject(name) + " [automatisch bericht]", refs=True,
                    extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply")])
    return message(h, leaf("text/html", html, "utf-8", "base64"))


@case("redirect", "GM0603", "person at KCC: general address, send it to the griffie directly; Outlook NL quote, Rijswijk (ZH.)")
def r_rijswijk():
    code, name, to = "GM0603", "Rijswijk (ZH.)", "stadhuis@rijswijk.nl"
    text = ("Goedemiddag,\n\n"
            "U heeft uw bericht gestuurd naar het algemene adres van de gemeente. Wij sturen post voor de raad niet door; "
            "verzoeken voor de gemeenteraad kunt u het beste rechtstreeks mailen naar griffie@rijswijk.nl.\n\n"
            "Met vriendelijke groet,\n\nKlantcontactcentrum\nGemeente Rijswijk\nBogaardplein 15 | 2284 DP Rijswijk\n\n"
            + outlook_nl(code, name, f"Stadhuis <{to}>") + "\n" + letter_text(paras=4))
    h = reply_heads(code, name, "Stadhuis Rijswijk <stadhuis@rijswijk.nl>", to="KinderpardonNU <" + raddr(code) + ">",
                    date="Thu, 17 Sep 2026 14:22:10 +0000", msgid="<AS8PR02MB9875A1D2F3@AS8PR02MB9875.eurprd02.prod.outlook.com>",
                    extra=EXCH)
    return message(h, leaf("text/plain", text, "utf-8", "quoted-printable"))


@case("redirect", "GM1892", "shared omgevingsdienst domain odmh.nl (3 municipalities): only handles permits, write to griffie Zuidplas")
def r_zuidplas():
    code, name = "GM1892", "Zuidplas"
    text = ("Geachte heer/mevrouw,\n\n"
            "Uw e-mail is binnengekomen bij de Omgevingsdienst Midden-Holland. Via dit adres behandelen wij uitsluitend "
            "meldingen en aanvragen in het kader van de Omgevingswet.\n\n"
            "Uw bericht is bestemd voor de gemeenteraad van Zuidplas. Wij hebben het niet in behandeling genomen. "
            "U kunt het sturen naar griffie@zuidplas.nl.\n\n"
            "Met vriendelijke groet,\n\nTeam Vergunningverlening\nOmgevingsdienst Midden-Holland\nPostbus 45, 2800 AA Gouda\n")
    h = reply_heads(code, name, "ODMH Vergunningen <vergunningen@odmh.nl>", to=raddr(code),
                    date="Mon, 21 Sep 2026 10:05:00 +0200", msgid="<0b1c5a3e8f2d@odmh.nl>",
                    subj="Uw e-mail: doorsturen aan de fractievoorzitters", irt=True, refs=True)
    return message(h, leaf("text/plain", text, "iso-8859-15", "quoted-printable"))


# ---------------------------------------------------------------- acknowledged

@case("acknowledged", "GM1640", "zaaksysteem receipt with zaaknummer, HTML-only, quotes the whole letter (moties aangenomen)")
def k_leudal():
    code, name = "GM1640", "Leudal"
    html = ("<html><body style='font-family:Calibri,sans-serif;font-size:11pt'>"
            "<p>Geachte heer/mevrouw,</p><p>Wij hebben uw bericht ontvangen en geregistreerd onder zaaknummer "
            "<b>Z/26/218734</b>. Vermeld dit nummer als u contact met ons opneemt over dit bericht.</p>"
            "<p>Met vriendelijke groet,</p><p>Gemeente Leudal<br>Team Documentaire Informatievoorziening</p>"
            "<p style='font-size:9pt;color:#666'>Dit bericht is automatisch verzonden.</p>"
            "<hr><p><b>Uw bericht:</b></p><blockquote style='border-left:2px solid #ccc;padding-left:8px'>"
            f"<p>Van: KinderpardonNU &lt;{BASE}&gt;<br>Onderwerp: {subject(name)}</p>"
            + letter_html() + "</blockquote></body></html>")
    h = reply_heads(code, name, "Gemeente Leudal <noreply-zaken@leudal.nl>", to=BASE,
                    date="Tue, 15 Sep 2026 15:02:44 +0200", msgid="<zaak.Z26218734.1789477364@leudal.nl>",
                    subj="Ontvangstbevestiging Z/26/218734", refs=True,
                    extra=[("Auto-Submitted", "auto-generated")])
    return message(h, leaf("text/html", html, "utf-8", "quoted-printable"))


@case("acknowledged", "GM0303", "short person reply 'goed ontvangen' from iPhone, Apple quote, Dronten")
def k_dronten():
    code, name = "GM0303", "Dronten"
    text = ("Goed ontvangen, dank u.\n\nGroet Marieke\n\nVerstuurd vanaf mijn iPhone\n\n"
            f"> Op {sent_nl(code, 'apple')} heeft KinderpardonNU <{BASE}> het volgende geschreven:\n>\n"
            + gt(letter_text(paras=3)))
    h = reply_heads(code, name, "Marieke Hoekstra <M.Hoekstra@dronten.nl>", to=raddr(code),
                    date="Wed, 16 Sep 2026 17:49:11 +0200", msgid="<4E1A2D3C-8B7F-4B61-9E0A-1C2F3D4E5A6B@dronten.nl>",
                    subj="Re: " + subject(name),
                    extra=[("X-Mailer", "iPhone Mail (22G86)")])
    body = leaf("text/plain", text, "utf-8", "quoted-printable").replace(
        b'Content-Type: text/plain; charset="utf-8"', b'Content-Type: text/plain; charset="utf-8"; format=flowed; delsp=yes')
    return message(h, body)


@case("acknowledged", "GM0400", "registration system receipt with kenmerk, 'binnen 8 weken reactie'")
def k_denhelder():
    code, name = "GM0400", "Den Helder"
    text = ("Geachte heer/mevrouw,\n\n"
            "Hartelijk dank voor uw e-mail aan de gemeente Den Helder. Uw bericht is geregistreerd onder kenmerk "
            "INK-2026-0187334.\n\nWij streven ernaar u binnen 8 weken een reactie te geven.\n\n"
            "Met vriendelijke groet,\nGemeente Den Helder\n\n--\nDit is een automatisch verzonden bericht. "
            "Beantwoorden van dit bericht is niet mogelijk.\n")
    h = reply_heads(code, name, "Gemeente Den Helder <noreply@denhelder.nl>", to=BASE,
                    date="Thu, 17 Sep 2026 09:03:31 +0200", msgid="<registratie.INK-2026-0187334@denhelder.nl>",
                    subj="Bevestiging van ontvangst - kenmerk INK-2026-0187334", irt=True, refs=False,
                    extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])
    return message(h, leaf("text/plain", text, "utf-8", "base64"))


@case("acknowledged", "GM0262", "received, explicitly NOT yet forwarded (griffier away); negation")
def k_lochem():
    code, name, to = "GM0262", "Lochem", "info@lochem.nl"
    text = ("Geachte heer, mevrouw,\n\n"
            "Bedankt voor uw e-mail, die wij in goede orde hebben ontvangen. Het bericht is nog niet doorgestuurd naar de "
            "fractievoorzitters: de griffier is deze week afwezig en beoordeelt uw verzoek na terugkomst.\n\n"
            "Met vriendelijke groet,\n\nLieke Oosterhuis\nmedewerker griffie\nGemeente Lochem\n\n"
            "-----Oorspronkelijk bericht-----\n" + outlook_nl(code, name, to) + "\n" + letter_text(width=0))
    h = reply_heads(code, name, "Oosterhuis, Lieke <l.oosterhuis@lochem.nl>", to=raddr(code),
                    date="Fri, 18 Sep 2026 11:15:02 +0200", msgid="<a1f7e4c0d2b74b7f@EXCH02.lochem.local>",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return message(h, leaf("text/plain", text, "windows-1252", "quoted-printable"))


@case("acknowledged", "GM0164", "Outlook EN quote block, receipt confirmed; Hengelo (O.) (there is also a Hengelo in Gelderland)")
def k_hengelo():
    code, name, to = "GM0164", "Hengelo (O.)", "gemeente@hengelo.nl"
    html = ("<html><head><meta charset='utf-8'></head><body><div style='font-family:Calibri'>"
            "<p>Geachte heer/mevrouw,</p><p>Hierbij bevestigen wij de ontvangst van uw e-mail.</p>"
            "<p>Met vriendelijke groet,<br><br>Team Post en Archief<br>Gemeente Hengelo<br>Hazemeijerstraat 2 | 7555 RJ Hengelo</p></div>"
            "<div id='divRplyFwdMsg' dir='ltr'><hr style='display:inline-block;width:98%'>"
            + outlook_en(code, name, f"Gemeente Hengelo &lt;{to}&gt;").replace("\n", "<br>").replace("KinderpardonNU <", "KinderpardonNU &lt;").replace(".com>", ".com&gt;")
            + "</div><div>" + letter_html(paras=8) + "</div></body></html>")
    text = ("Geachte heer/mevrouw,\n\nHierbij bevestigen wij de ontvangst van uw e-mail.\n\nMet vriendelijke groet,\n\n"
            "Team Post en Archief\nGemeente Hengelo\nHazemeijerstraat 2 | 7555 RJ Hengelo\n\n"
            "________________________________\n" + outlook_en(code, name, f"Gemeente Hengelo <{to}>") + "\n" + letter_text(paras=8))
    body = multipart("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                     leaf("text/html", html, "utf-8", "quoted-printable")], "_000_VI1PR0601MB2158_")
    h = reply_heads(code, name, "Postkamer Gemeente Hengelo <postkamer@hengelo.nl>", to="KinderpardonNU <" + raddr(code) + ">",
                    date="Thu, 17 Sep 2026 07:31:19 +0000", msgid="<VI1PR0601MB2158C0FFEE11@VI1PR0601MB2158.eurprd06.prod.outlook.com>",
                    extra=EXCH)
    return message(h, body)


@case("acknowledged", "GM0553", "shared HLTsamen domain (Hillegom/Lisse/Teylingen) auto receipt; only the kept subject names Lisse")
def k_lisse():
    code, name = "GM0553", "Lisse"
    text = ("Geachte heer/mevrouw,\n\nUw bericht is ontvangen en geregistreerd.\n\nZaaknummer: HLT-Z26.041873\n\n"
            "U krijgt zo snel mogelijk bericht van de behandelaar.\n\nMet vriendelijke groet,\nHLTsamen\n"
            "namens de gemeenten Hillegom, Lisse en Teylingen\n")
    h = reply_heads(code, name, "HLTsamen Informatiebeheer <dia@hltsamen.nl>", to=BASE,
                    date="Wed, 16 Sep 2026 16:20:00 +0200", msgid="<dia.HLT-Z26.041873@hltsamen.nl>",
                    subj="Ontvangen: " + subject(name), irt=False, refs=False,
                    extra=[("Auto-Submitted", "auto-generated")])
    return message(h, leaf("text/plain", text, "utf-8", "7bit"))


@case("acknowledged", "GM0796", "'Ontvangen, dank u wel' signed Gemeente Den Bosch (name is 's-Hertogenbosch); subject trimmed, no In-Reply-To, plus-address in To")
def k_denbosch():
    code, name = "GM0796", "'s-Hertogenbosch"
    text = ("Ontvangen, dank u wel.\n\nMet vriendelijke groet,\n\nnamens team Post & Archief\nGemeente Den Bosch\n\n"
            "Van: KinderpardonNU <" + BASE + ">\nDatum: " + sent_nl(code, "outlook") + "\nAan: Gemeente <gemeente@s-hertogenbosch.nl>\n"
            "Onderwerp: " + subject(name) + "\n\n" + letter_text(paras=2))
    h = reply_heads(code, name, "Post en Archief <postenarchief@s-hertogenbosch.nl>", to=raddr(code),
                    date="Thu, 17 Sep 2026 08:55:41 +0200", msgid="<AM5PR04MB3217DBS@AM5PR04MB3217.eurprd04.prod.outlook.com>",
                    subj="RE: Verzoek om door te sturen", irt=False, refs=False)
    return message(h, leaf("text/plain", text, "utf-8", "quoted-printable"))


@case("acknowledged", "", "generic auto receipt from an unknown portal, no municipality named, no ids: no clue")
def k_noclue():
    text = ("Bedankt voor uw e-mail.\n\nWij hebben uw bericht ontvangen. Uw referentienummer is 7731-0294.\n"
            "Wij nemen uw bericht zo snel mogelijk in behandeling.\n\nDit is een automatisch bericht.\n")
    h = [("From", "Klantenservice <noreply@mijnloket-mail.nl>"), ("To", BASE), ("Subject", "Ontvangstbevestiging"),
         ("Date", "Tue, 15 Sep 2026 11:31:09 +0200"), ("Message-ID", "<20260915093109.77310294@mijnloket-mail.nl>"),
         ("Auto-Submitted", "auto-generated")]
    return message(h, leaf("text/plain", text, "utf-8", "quoted-printable"))


# ---------------------------------------------------------------- forwarded

@case("forwarded", "GM0879", "short griffie reply: doorgestuurd aan fractievoorzitters")
def f_zundert():
    code, name = "GM0879", "Zundert"
    text = ("Beste,\n\nUw e-mail is doorgestuurd naar de fractievoorzitters van de gemeenteraad van Zundert.\n\n"
            "Met vriendelijke groet,\n\nEls Verhoeven\nGriffie Zundert\n")
    h = reply_heads(code, name, "Griffie Zundert <griffie@zundert.nl>", to=raddr(code),
                    date="Wed, 16 Sep 2026 15:44:12 +0200", msgid="<DU0PR04MB9417ZUN@DU0PR04MB9417.eurprd04.prod.outlook.com>",
                    extra=EXCH)
    return message(h, leaf("text/plain", text, "utf-8", "7bit"))


@case("forwarded", "GM0717", "formal: placed on lijst van ingekomen stukken; letter fully quoted with '>'")
def f_veere():
    code, name = "GM0717", "Veere"
    text = ("Geachte heer, mevrouw,\n\n"
            "Namens de griffier bevestig ik de ontvangst van uw e-mail van 16 september jl. Uw brief wordt geplaatst op de "
            "lijst van ingekomen stukken voor de raadsvergadering van 29 oktober 2026 en is daarmee voor alle raadsleden "
            "beschikbaar. Het is aan de fracties zelf om te bepalen of zij hier verder iets mee doen.\n\n"
            "Hoogachtend,\n\nmr. A.C. (Anouk) Dekker-Boone\nplv. griffier gemeente Veere\nT 0118 555 444\n\n"
            f"Op {sent_nl(code, 'numeric')}, schreef KinderpardonNU:\n" + gt(letter_text(width=74)))
    h = reply_heads(code, name, "\"Dekker-Boone, Anouk\" <a.dekker@veere.nl>", to=raddr(code),
                    date="Mon, 21 Sep 2026 10:12:40 +0200", msgid="<9c41e7a2-5b1f-4e0d-8f2a-3d4c5b6a7e8f@veere.nl>",
                    extra=[("User-Agent", "Mozilla Thunderbird")])
    return message(h, leaf("text/plain", text, "utf-8", "quoted-printable").replace(
        b'charset="utf-8"', b'charset="utf-8"; format=flowed'))


@case("forwarded", "GM0589", "sender on woerden.nl (shared by Woerden and Oudewater); text says forwarded to griffier of Oudewater")
def f_oudewater():
    code, name = "GM0589", "Oudewater"
    text = ("Goedemorgen,\n\nUw mail kwam bij ons binnen op het omgevingsloket. Ik heb hem doorgezet naar de griffier van "
            "Oudewater, die zorgt dat de fractievoorzitters hem krijgen.\n\nGroet,\nRob Kamphuis\n"
            "Team Vergunningen | werkzaam voor Woerden en Oudewater\n")
    h = reply_heads(code, name, "Rob Kamphuis <r.kamphuis@woerden.nl>", to=raddr(code),
                    date="Fri, 18 Sep 2026 08:30:05 +0200", msgid="<AM6PR08MB4756WO@AM6PR08MB4756.eurprd08.prod.outlook.com>",
                    subj="RE: Verzoek om door te sturen", irt=True, refs=True, extra=EXCH)
    return message(h, leaf("text/plain", text, "utf-8", "quoted-printable"))


@case("forwarded", "GM0888", "inline '---------- Doorgestuurd bericht' to raadsleden; Beek (L.) while quoted letter names Beekdaelen")
def f_beek():
    code, name, to = "GM0888", "Beek (L.)", "info@gemeentebeek.nl"
    text = ("Geachte heer/mevrouw,\n\nTer informatie: onderstaand verzoek is vandaag doorgestuurd aan alle raadsleden en "
            "fractievoorzitters van de gemeenteraad van Beek.\n\nMet vriendelijke groet,\n\nB. Schepers\ngriffie gemeente Beek\n\n"
            "---------- Doorgestuurd bericht ---------\n"
            "Van: Griffie Beek <griffie@gemeentebeek.nl>\nDatum: di 22 sep 2026 om 09:10\n"
            f"Onderwerp: FW: {subject(name)}\nAan: Raadsleden Beek <raad@gemeentebeek.nl>\n\n"
            "Geachte raadsleden,\n\nHierbij ontvangt u ter kennisname een e-mail van KinderpardonNU.\n\n"
            + outlook_nl(code, name, to) + "\n" + letter_text())
    h = reply_heads(code, name, "Griffie Beek <griffie@gemeentebeek.nl>", to=raddr(code),
                    date="Tue, 22 Sep 2026 09:14:28 +0200", msgid="<CAM4rH2k1q0Vn8Xb@gemeentebeek.nl>",
                    subj="Fwd: " + subject(name))
    return message(h, leaf("text/plain", text, "utf-8", "base64"))


@case("forwarded", "GM0971", "agendaed as ingekomen stuk (categorie C) for the raad, Stein (L.)")
def f_stein():
    code, name = "GM0971", "Stein (L.)"
    html = ("<html><body><p>Geachte heer/mevrouw,</p>"
            "<p>Uw e-mail is door de griffie geagendeerd als ingekomen stuk (categorie C, ter kennisname) voor de "
            "raadsvergadering van 8 oktober 2026. De stukken zijn openbaar via de raadsinformatie van de gemeente Stein.</p>"
            "<p>Met vriendelijke groet,</p><p>J.M.G. Kurvers<br>Griffier</p>"
            "<p><img src='cid:logo_stein'></p>"
            "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            f"<p><b>Van:</b> KinderpardonNU &lt;{BASE}&gt;<br><b>Verzonden:</b> {sent_nl(code, 'outlook')}<br>"
            f"<b>Aan:</b> Info &lt;info@gemeentestein.nl&gt;<br><b>Onderwerp:</b> {subject(name)}</p></div>"
            + letter_html() + "</body></html>")
    h = reply_heads(code, name, "Griffie Stein <griffie@gemeentestein.nl>", to=raddr(code),
                    date="Wed, 23 Sep 2026 14:02:19 +0000", msgid="<GV1PR05MB8720STEIN@GV1PR05MB8720.eurprd05.prod.outlook.com>",
                    extra=EXCH)
    return message(h, leaf("text/html", html, "utf-8", "quoted-printable"))


@case("forwarded", "GM0246", "fractievoorzitter from hotmail forwarded within own fractie; Heerde only in signature, no ids")
def f_heerde():
    text = ("Beste mensen van KinderpardonNU,\n\nVia de griffie kreeg ik jullie mail. Ik heb hem doorgestuurd naar de "
            "andere leden van onze fractie, dan bespreken we het volgende week in het fractieoverleg.\n\n"
            "Hartelijke groet,\n\nHenk-Jan Brouwer\nfractievoorzitter GroenLinks-PvdA Heerde\n06-41872230\n")
    h = [("From", "Henk-Jan Brouwer <hjbrouwer@hotmail.com>"), ("To", BASE),
         ("Subject", "uw mail over gewortelde kinderen"), ("Date", "Thu, 24 Sep 2026 21:48:33 +0200"),
         ("Message-ID", "<DB8P189MB1046E2D7@DB8P189MB1046.EURP189.PROD.OUTLOOK.COM>"),
         ("X-MS-Exchange-Organization-SCL", "1")]
    return message(h, leaf("text/plain", text, "iso-8859-1", "quoted-printable"))


@case("forwarded", "GM0518", "response to the contact form, forwarded to the griffie; Den Haag named, no Message-ID references")
def f_denhaag():
    text = ("Geachte heer/mevrouw,\n\nU heeft op 15 september 2026 via het contactformulier een bericht gestuurd aan de gemeente "
            "Den Haag over de motie Pleidooi voor gewortelde kinderen.\n\nUw bericht is doorgestuurd naar de griffie van de "
            "gemeenteraad. De griffie zorgt dat het bij de fractievoorzitters terechtkomt.\n\n"
            "Met vriendelijke groet,\n\nGemeente Den Haag\nContactcenter\n\n"
            "Dit bericht is verzonden vanuit een no-reply-adres.\n")
    html = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + "</body></html>"
    h = [("From", "Gemeente Den Haag <no-reply@denhaag.nl>"), ("To", BASE),
         ("Subject", "Uw bericht aan de gemeente Den Haag (referentie DH-2026-551903)"),
         ("Date", "Fri, 18 Sep 2026 16:45:01 +0200"), ("Message-ID", "<dh.551903.1789749901@mailer.denhaag.nl>")]
    return message(h, multipart("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                                leaf("text/html", html, "utf-8", "quoted-printable")], "b1_dh551903"))


@case("forwarded", "GM0451", "phone reply with typos ('doorgestuurt'), Android Outlook")
def f_uithoorn():
    code, name = "GM0451", "Uithoorn"
    text = ("is doorgestuurt naar de fractievoorzitters en griffier\ngr Bert\n\n"
            "Outlook voor Android downloaden<https://aka.ms/AAb9ysg>\n"
            "________________________________\n" + outlook_nl(code, name, "Gemeente Uithoorn <gemeente@uithoorn.nl>")
            + "\n" + letter_text(paras=6))
    h = reply_heads(code, name, "Bert de Vries <B.deVries@uithoorn.nl>", to=raddr(code),
                    date="Wed, 16 Sep 2026 19:03:55 +0000", msgid="<AS2PR09MB6333UIT@AS2PR09MB6333.eurprd09.prod.outlook.com>",
                    subj="Re: " + subject(name), extra=EXCH)
    return message(h, leaf("text/plain", text, "utf-8", "quoted-printable"))


@case("forwarded", "GM0417", "sent as ter-kennisname to presidium and fractievoorzitters of Laren; name only in text, new mail")
def f_laren():
    text = ("Geachte heer/mevrouw,\n\nDe brief van KinderpardonNU is ter kennisname verstuurd aan de leden van het "
            "presidium en de fractievoorzitters van de gemeenteraad van Laren.\n\n"
            "Met vriendelijke groet,\n\nC. (Carolien) Tabak\nraadsadviseur\nGriffie Laren\nPostbus 8, 1250 AA Laren\n")
    h = [("From", "\"Tabak, Carolien\" <c.tabak@laren.nl>"), ("To", BASE),
         ("Subject", "Brief KinderpardonNU"), ("Date", "Mon, 28 Sep 2026 11:20:37 +0200"),
         ("Message-ID", "<c9e2b3a0f1d84c6eb8a7@BELMAIL01.bel-combinatie.local>"), ("X-Mailer", "Microsoft Outlook 16.0")]
    return message(h, leaf("text/plain", text, "windows-1252", "quoted-printable"))


# ---------------------------------------------------------------- motion_planned

@case("motion_planned", "GM1970", "CU fractievoorzitter (gmail) will submit with PvdA in november; Gmail NL quote contains 'een motie in te dienen'")
def p_noardeast():
    code, name = "GM1970", "Noardeast-Fryslân"
    text = ("Beste KinderpardonNU,\n\nDank voor jullie mail, die we via de griffie kregen. Wij willen samen met de PvdA bij de "
            "begrotingsbehandeling in november een motie indienen, op basis van jullie voorbeeld. Ik laat weten hoe het afloopt.\n\n"
            "Mei freonlike groetnis,\nSietske Bergsma\nfractievoarsitter ChristenUnie Noardeast-Fryslân\n\n"
            f"Op {sent_nl(code)} schreef KinderpardonNU <{BASE}>:\n\n" + gt(letter_text()))
    html = ('<div dir="ltr">' + text.split("\n\nOp ")[0].replace("\n", "<br>") + '</div><br><div class="gmail_quote">'
            f'<div dir="ltr" class="gmail_attr">Op {sent_nl(code)} schreef KinderpardonNU &lt;<a href="mailto:{BASE}">{BASE}</a>&gt;:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + letter_html() + "</blockquote></div>")
    h = reply_heads(code, name, "Sietske Bergsma <sietskebergsma@gmail.com>", to=BASE,
                    date="Thu, 24 Sep 2026 22:10:57 +0200", msgid="<CAG8p0Hx2ZtVq@mail.gmail.com>",
                    subj="Re: Fw: " + subject(name), irt=False, refs=False,
                    extra=[("References", mid(code) + "\n <AM9PR06MB7723NEF0912@AM9PR06MB7723.eurprd06.prod.outlook.com>")])
    return message(h, multipart("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                                leaf("text/html", html, "UTF-8", "quoted-printable")], "0000000000006e1d90062fa2c8b1"))


@case("motion_planned", "GM0642", "D66 will submit at budget debate + asks a question (progress wins); Zwijndrecht")
def p_zwijndrecht():
    code, name = "GM0642", "Zwijndrecht"
    text = ("Hallo,\n\nWe gaan de motie indienen bij de begrotingsbehandeling op 10 november. Kunnen jullie mij laten weten "
            "welke gemeenten in Zuid-Holland de motie al hebben aangenomen? Dan kan ik daar in mijn bijdrage naar verwijzen.\n\n"
            "Met vriendelijke groet,\nYasmina el Idrissi\nD66 Zwijndrecht\n\n"
            f"Op {sent_nl(code)} schreef KinderpardonNU <{BASE}>:\n" + gt(letter_text(paras=12)))
    h = reply_heads(code, name, "Yasmina el Idrissi <y.elidrissi@raad.zwijndrecht.nl>", to=raddr(code),
                    date="Tue, 29 Sep 2026 20:31:44 +0200", msgid="<2f3a1c9e-7b40-4d2e-9a15-0e6c8b7d5f31@raad.zwijndrecht.nl>",
                    subj="Re: " + subject(name))
    return message(h, leaf("text/plain", text, "utf-8", "quoted-printable"))


@case("motion_planned", "GM0289", "GroenLinks plans, looking for co-sponsors ('van plan'), Apple Mail")
def p_wageningen():
    code, name = "GM0289", "Wageningen"
    text = ("Beste allen,\n\nGroenLinks Wageningen is van plan een motie in te dienen in de lijn van jullie voorbeeld. "
            "We zijn nu aan het polsen welke partijen mede-indiener willen worden. Ik houd jullie op de hoogte.\n\n"
            "Groet,\nTim Verbeek\nfractievoorzitter GroenLinks Wageningen\n\n"
            f"> Op {sent_nl(code, 'apple')} heeft KinderpardonNU <{BASE}> het volgende geschreven:\n>\n"
            + gt(letter_text(paras=11)))
    h = reply_heads(code, name, "Tim Verbeek <tim@groenlinkswageningen.nl>", to=raddr(code),
                    date="Sat, 26 Sep 2026 10:02:18 +0200", msgid="<9B7C2E1A-4F3D-4E1A-A2B7-6C5D4E3F2A1B@groenlinkswageningen.nl>",
                    subj="Re: " + subject(name), irt=True, refs=False,
                    extra=[("X-Mailer", "Apple Mail (2.3826.700.81)")])
    return message(h, leaf("text/plain", text, "utf-8", "quoted-printable"))


@case("motion_planned", "GM0984", "SP will submit 'motie vreemd aan de orde van de dag' on 8 October (future 'zullen')")
def p_venray():
    code, name = "GM0984", "Venray"
    text = ("Goedenavond,\n\nNamens de SP-fractie: wij zullen op 8 oktober een motie vreemd aan de orde van de dag indienen "
            "in de gemeenteraad van Venray, gebaseerd op uw voorbeeldmotie. Na de vergadering hoort u van ons.\n\n"
            "Met rode groet,\n\nPeter Hendrikx\nSP Venray\n")
    h = reply_heads(code, name, "Peter Hendrikx <p.hendrikx@venray.nl>", to=raddr(code),
                    date="Wed, 30 Sep 2026 21:15:06 +0200", msgid="<DB9PR03MB7211VNR@DB9PR03MB7211.eurprd03.prod.outlook.com>",
                    subj="RE: " + subject(name), extra=EXCH)
    return message(h, leaf("text/plain", text, "utf-8", "7bit"))


@case("motion_planned", "GM0716", "PvdA fractievoorzitter (outlook.com) wants to submit; via griffie forward, no ids; Tholen in subject/signature")
def p_tholen():
    code, name = "GM0716", "Tholen"
    text = ("Beste KinderpardonNU,\n\nGoed initiatief. Ik neem het mee naar onze fractievergadering van maandag; we willen de "
            "motie graag indienen, liefst samen met andere partijen zodat er een meerderheid is.\n\n"
            "Met vriendelijke groet,\n\nDaniëlle Padmos\nFractievoorzitter PvdA Tholen\n\n"
            "________________________________\nVan: Griffie Tholen <griffie@tholen.nl>\nVerzonden: donderdag 17 september 2026 14:05\n"
            "Aan: fractievoorzitters <fractievoorzitters@tholen.nl>\nOnderwerp: Fw: " + subject(name) + "\n\n"
            "Ter kennisname doorgestuurd.\n\n" + letter_text(paras=3))
    h = reply_heads(code, name, "PvdA Tholen <pvdatholen@outlook.com>", to=BASE,
                    date="Fri, 25 Sep 2026 17:44:21 +0000", msgid="<AM7P190MB0712THO@AM7P190MB0712.EURP190.PROD.OUTLOOK.COM>",
                    subj="RE: Fw: " + subject(name), irt=False, refs=False, extra=EXCH)
    return message(h, leaf("text/plain", text, "windows-1252", "quoted-printable"))


# ---------------------------------------------------------------- motion_submitted

@case("motion_submitted", "GM0794", "motion submitted tonight by three parties, vote on 3 November")
def m_helmond():
    code, name = "GM0794", "Helmond"
    text = ("Beste KinderpardonNU,\n\nGoed nieuws: vanavond is de motie 'Pleidooi voor gewortelde kinderen' ingediend door "
            "GroenLinks-PvdA, D66 en ChristenUnie. De stemming volgt in de raadsvergadering van 3 november.\n\n"
            "Hartelijke groet,\nNadia Bouzid\nGroenLinks-PvdA Helmond\n\n"
            f"Op {sent_nl(code)} schreef KinderpardonNU <{BASE}>:\n" + gt(letter_text(paras=9)))
    h = reply_heads(code, name, "Nadia Bouzid <nadia.bouzid@glpvdahelmond.nl>", to=raddr(code),
                    date="Tue, 13 Oct 2026 23:02:40 +0200", msgid="<CAF2uLr7xPq1@glpvdahelmond.nl>", subj="Re: " + subject(name))
    return message(h, leaf("text/plain", text, "utf-8", "quoted-printable"))


@case("motion_submitted", "GM0718", "griffie: motion on the agenda for the raad of 5 November, agendapunt 12")
def m_vlissingen():
    code, name = "GM0718", "Vlissingen"
    html = ("<html><body><div style='font-family:Verdana;font-size:10pt'>Geachte heer/mevrouw,<br><br>"
            "Ter informatie: de motie <i>Pleidooi voor gewortelde kinderen</i>, ingediend door de fracties van "
            "GroenLinks, PvdA en Vlissingen Lokaal, staat op de agenda van de raadsvergadering van donderdag 5 november "
            "(agendapunt 12). U kunt de vergadering live volgen via de website van de gemeenteraad.<br><br>"
            "Met vriendelijke groet,<br>Griffie Vlissingen</div>"
            "<div id='divRplyFwdMsg'><hr>"
            f"<b>Van:</b> KinderpardonNU &lt;{BASE}&gt;<br><b>Verzonden:</b> {sent_nl(code, 'outlook')}<br>"
            f"<b>Aan:</b> Gemeente Vlissingen<br><b>Onderwerp:</b> {subject(name)}</div>"
            + letter_html(paras=13) + "</body></html>")
    h = reply_heads(code, name, "Griffie Vlissingen <griffie@vlissingen.nl>", to=raddr(code),
                    date="Thu, 22 Oct 2026 11:08:02 +0200", msgid="<PR3PR04MB7164VLS@PR3PR04MB7164.eurprd04.prod.outlook.com>",
                    extra=EXCH)
    return message(h, leaf("text/html", html, "utf-8", "base64"))


@case("motion_submitted", "GM1680", "motion submitted but vote postponed (aangehouden) to next meeting; Aa en Hunze")
def m_aaenhunze():
    code, name = "GM1680", "Aa en Hunze"
    text = ("Beste mensen,\n\nEven een update uit Aa en Hunze. Onze motie is op 30 september ingediend, maar op verzoek van "
            "de burgemeester is de stemming aangehouden tot de raadsvergadering van 4 november. Er is dus nog niet over "
            "gestemd.\n\nGroet,\nGerrit Smit\nPvdA Aa en Hunze\n")
    h = reply_heads(code, name, "Gerrit Smit <gerritsmit.gieten@kpnmail.nl>", to=raddr(code),
                    date="Fri, 02 Oct 2026 09:18:51 +0200", msgid="<000001dc1a2b$4c5d6e70$e5184b50$@kpnmail.nl>",
                    subj="RE: " + subject(name), irt=True, refs=True, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return message(h, leaf("text/plain", text, "iso-8859-1", "quoted-printable"))


@case("motion_submitted", "GM1942", "motion submitted, VVD announced amendment, vote 12 November; private mail, name only in text")
def m_gooisemeren():
    text = ("Hoi KinderpardonNU,\n\nWij (Hart voor Gooise Meren en GroenLinks) hebben vorige week de motie ingediend. De VVD "
            "heeft een amendement aangekondigd om het dictum af te zwakken. Stemming is op 12 november, ik mail jullie daarna.\n\n"
            "Groeten,\nEsther Lammers\n")
    h = [("From", "Esther Lammers <esther.lammers@ziggo.nl>"), ("To", BASE),
         ("Subject", "motie gewortelde kinderen"), ("Date", "Mon, 19 Oct 2026 19:40:12 +0200"),
         ("Message-ID", "<1739a2f0-8c7e-4b1a-bf23-6a9d0e5c4b21@ziggo.nl>"),
         ("User-Agent", "Mozilla Thunderbird")]
    return message(h, leaf("text/plain", text, "utf-8", "8bit").replace(b'charset="utf-8"', b'charset="utf-8"; format=flowed'))


@case("motion_submitted", "GM0546", "English from a Volt councillor: motion submitted tonight, vote next week; Leiden")
def m_leiden():
    text = ("Dear KinderpardonNU team,\n\nThanks for your letter, which reached us through the griffie. I wanted to let you know "
            "that tonight we submitted the motion (based on your model text) in the Leiden city council, together with "
            "GroenLinks and D66. The vote is scheduled for next Thursday.\n\nBest regards,\n\nMarco Ferreira\n"
            "Volt Leiden, fractievoorzitter\n\nSent from Proton Mail for iOS\n")
    h = [("From", "Marco Ferreira <m.ferreira@proton.me>"), ("To", BASE),
         ("Subject", "Motion on rooted children - Leiden"), ("Date", "Thu, 29 Oct 2026 23:12:05 +0100"),
         ("Message-ID", "<qZ1dR7Lk2yVb9ZxkP3wT0oA=@proton.me>")]
    return message(h, leaf("text/plain", text, "utf-8", "quoted-printable"))


# ---------------------------------------------------------------- motion_adopted

@case("motion_adopted", "GM0216", "Culemborg griffie: our raad already adopted such a motion in April 2025 (also listed in the letter)")
def d_culemborg():
    code, name = "GM0216", "Culemborg"
    text = ("Geachte heer/mevrouw,\n\nDank voor uw bericht. Zoals u in uw eigen brief al noemt, heeft de gemeenteraad van "
            "Culemborg op 17 april 2025 een motie over gewortelde kinderen aangenomen. Wij sturen uw mail daarom niet "
            "opnieuw door.\n\nMet vriendelijke groet,\n\nGriffie Culemborg\n\n"
            "-----Oorspronkelijk bericht-----\n" + outlook_nl(code, name, "info@culemborg.nl") + "\n" + letter_text(paras=13))
    h = reply_heads(code, name, "Griffie Culemborg <griffie@culemborg.nl>", to=raddr(code),
                    date="Thu, 17 Sep 2026 15:29:40 +0200", msgid="<AS4PR05MB9211CUL@AS4PR05MB9211.eurprd05.prod.outlook.com>",
                    extra=EXCH)
    return message(h, leaf("text/plain", text, "utf-8", "quoted-printable"))


@case("motion_adopted", "GM0243", "adopted with vote count 21-6, Harderwijk")
def d_harderwijk():
    code, name = "GM0243", "Harderwijk"
    text = ("Beste KinderpardonNU,\n\nDe motie 'Pleidooi voor gewortelde kinderen' is gisteravond door de raad van Harderwijk "
            "aangenomen met 21 stemmen voor en 6 tegen. Alleen de PVV en de SGP stemden tegen. De motie wordt nu namens de "
            "raad naar het kabinet en de Tweede Kamer gestuurd.\n\nMet vriendelijke groet,\n\nIngrid Wolters\n"
            "fractievoorzitter ChristenUnie Harderwijk\n\n"
            f"Op {sent_nl(code)} schreef KinderpardonNU <{BASE}>:\n" + gt(letter_text(paras=5)))
    h = reply_heads(code, name, "Ingrid Wolters <ingrid.wolters@harderwijk.nl>", to=raddr(code),
                    date="Fri, 06 Nov 2026 10:12:33 +0100", msgid="<CAB4d8pX0wQy@mail.harderwijk.nl>", subj="Re: " + subject(name))
    return message(h, leaf("text/plain", text, "utf-8", "quoted-printable"))


@case("motion_adopted", "GM0114", "phone one-liner 'unaniem aangenomen!!' with emoji; only In-Reply-To ties it (subject changed)")
def d_emmen():
    code = "GM0114"
    text = "Motie vanavond unaniem aangenomen!! 🎉\n\nVerstuurd vanaf mijn Galaxy\n"
    h = [("From", "Jorien <jorienbakker.emmen@gmail.com>"), ("To", BASE), ("Subject", "motie"),
         ("Date", "Thu, 12 Nov 2026 22:47:19 +0100"), ("Message-ID", "<CAK7v2Rj9yLmTq@mail.gmail.com>"),
         ("In-Reply-To", mid(code)), ("References", mid(code))]
    return message(h, leaf("text/plain", text, "UTF-8", "base64"))


@case("motion_adopted", "GM1926", "adopted in amended form (gewijzigd na amendement), HTML only, Pijnacker-Nootdorp")
def d_pijnacker():
    code, name = "GM1926", "Pijnacker-Nootdorp"
    html = ("<html><body><p>Beste KinderpardonNU,</p><p>Na een amendement van het CDA is de motie in gewijzigde vorm "
            "aangenomen in de raadsvergadering van 5 november (voor: 20, tegen: 9). In de gewijzigde versie wordt het "
            "kabinet 'verzocht' in plaats van 'opgeroepen'. De definitieve tekst stuur ik als bijlage zodra de "
            "besluitenlijst is vastgesteld.</p><p>Met vriendelijke groet,<br>Ahmed Yilmaz<br>Fractievoorzitter Nieuw "
            "Pijnacker-Nootdorp</p>"
            f"<blockquote type='cite'><p>Op {sent_nl(code, 'numeric')} schreef KinderpardonNU:</p>"
            + letter_html(paras=11) + "</blockquote></body></html>")
    h = reply_heads(code, name, "Ahmed Yilmaz <a.yilmaz@pijnacker-nootdorp.nl>", to=raddr(code),
                    date="Sat, 07 Nov 2026 12:30:10 +0100", msgid="<6f0a2c1e9d@pijnacker-nootdorp.nl>",
                    subj="Re: " + subject(name), refs=False)
    return message(h, leaf("text/html", html, "iso-8859-1", "quoted-printable"))


@case("motion_adopted", "GM1900", "iso-8859-1 Súdwest-Fryslân, adopted with large majority, RFC 2047 subject")
def d_sudwest():
    code, name = "GM1900", "Súdwest-Fryslân"
    text = ("Goeie,\n\nFijn om te melden: de motie 'Pleidooi voor gewortelde kinderen' is donderdag in de gemeenteraad van "
            "Súdwest-Fryslân aangenomen, met 31 stemmen voor en 6 tegen.\n\nMei freonlike groetnis,\n\nRixt de Jong\n"
            "griffier Súdwest-Fryslân\n\n"
            f"-----Oorspronkelijk bericht-----\n" + outlook_nl(code, name, "info@gemeentesudwestfryslan.nl") + "\n" + letter_text(paras=4))
    h = reply_heads(code, name, addr("Griffie Súdwest-Fryslân", "griffie@sudwestfryslan.nl", "iso-8859-1"), to=raddr(code),
                    date="Fri, 13 Nov 2026 09:05:55 +0100", msgid="<VE1PR10MB3820SWF@VE1PR10MB3820.eurprd10.prod.outlook.com>",
                    extra=EXCH)
    h[2] = ("Subject", hdr("RE: " + subject(name), "iso-8859-1"))
    return message(h, leaf("text/plain", text, "iso-8859-1", "quoted-printable"))


# ---------------------------------------------------------------- motion_rejected

@case("motion_rejected", "GM0203", "rejected 12 for, 17 against; private gmail reply to the griffie forward, no ids; Barneveld")
def x_barneveld():
    code, name = "GM0203", "Barneveld"
    text = ("Beste KinderpardonNU,\n\nHelaas, de motie is gisteren in de raad van Barneveld verworpen: 12 stemmen voor, 17 tegen. "
            "Wij blijven ons inzetten voor deze kinderen.\n\nMet vriendelijke groet,\nMarleen van de Kamp\nD66 Barneveld\n\n"
            f"Op {sent_nl(code)} schreef KinderpardonNU <{BASE}>:\n" + gt(letter_text(paras=12)))
    h = reply_heads(code, name, "Marleen van de Kamp <marleenvdkamp@gmail.com>", to=BASE,
                    date="Fri, 30 Oct 2026 08:44:12 +0100", msgid="<CAJd8X2mPq4Zr@mail.gmail.com>",
                    subj="Re: FW: " + subject(name), irt=False, refs=False)
    return message(h, leaf("text/plain", text, "UTF-8", "quoted-printable"))


@case("motion_rejected", "GM0537", "tie (staking) then rejected at the next meeting; Katwijk")
def x_katwijk():
    code, name = "GM0537", "Katwijk"
    text = ("Geachte heer/mevrouw,\n\nIn de raadsvergadering van 8 oktober staakten de stemmen over de motie Pleidooi voor "
            "gewortelde kinderen (15-15). Volgens het reglement van orde is de stemming in de vergadering van 29 oktober "
            "herhaald; daarbij is de motie verworpen met 14 stemmen voor en 17 tegen.\n\nMet vriendelijke groet,\n\n"
            "namens de griffie van de gemeente Katwijk,\nL. van Duijn\n\n"
            "Deze e-mail is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Indien u niet de geadresseerde bent, "
            "wordt u verzocht de afzender te informeren en het bericht te verwijderen. De gemeente Katwijk aanvaardt geen "
            "aansprakelijkheid voor schade die voortvloeit uit het gebruik van e-mail.\n")
    h = reply_heads(code, name, "Griffie Katwijk <griffie@katwijk.nl>", to=raddr(code),
                    date="Mon, 02 Nov 2026 14:12:01 +0100", msgid="<AM9PR02MB7012KTW@AM9PR02MB7012.eurprd02.prod.outlook.com>",
                    extra=EXCH)
    return message(h, leaf("text/plain", text, "utf-8", "quoted-printable"))


@case("motion_rejected", "GM0703", "'niet aangenomen' negation, Reimerswaal, Thunderbird-like quote")
def x_reimerswaal():
    code, name = "GM0703", "Reimerswaal"
    text = ("Beste,\n\nKort bericht: de motie is dinsdag niet aangenomen. Er was alleen steun van onze fractie en van "
            "GroenLinks-PvdA. Jammer, maar we geven het niet op.\n\nGroet,\nKees Wisse\nfractie PRO Reimerswaal\n\n"
            f"Op {sent_nl(code, 'numeric')} schreef KinderpardonNU:\n" + gt(letter_text(paras=3)))
    h = reply_heads(code, name, "Kees Wisse <keeswisse@zeelandnet.nl>", to=raddr(code),
                    date="Thu, 12 Nov 2026 09:01:27 +0100", msgid="<b7e1f2a3-4c5d-6e7f-8091-a2b3c4d5e6f7@zeelandnet.nl>",
                    subj="Re: " + subject(name), extra=[("User-Agent", "Mozilla Thunderbird")])
    return message(h, leaf("text/plain", text, "utf-8", "8bit"))


@case("motion_rejected", "GM0373", "colloquial 'weggestemd'; Bergen (NH.) vs Bergen (L.), bergen-nh.nl domain")
def x_bergen_nh():
    code, name = "GM0373", "Bergen (NH.)"
    text = ("Hallo,\n\nDe motie is gisteravond weggestemd, 11 voor en 16 tegen. Kansloos met deze coalitie helaas.\n\n"
            "Groet,\nFloor Kuijper\nraadslid GroenLinks Bergen NH\n")
    h = reply_heads(code, name, "Floor Kuijper <f.kuijper@bergen-nh.nl>", to=raddr(code),
                    date="Fri, 06 Nov 2026 07:58:40 +0100", msgid="<AM0PR09MB4402BNH@AM0PR09MB4402.eurprd09.prod.outlook.com>",
                    subj="RE: " + subject(name), irt=False, refs=False, extra=EXCH)
    return message(h, leaf("text/plain", text, "utf-8", "7bit"))


# ---------------------------------------------------------------- declined

@case("declined", "GM0180", "griffie does not forward mail from third parties; Staphorst")
def n_staphorst():
    code, name = "GM0180", "Staphorst"
    text = ("Geachte heer/mevrouw,\n\nDe griffie stuurt geen e-mails van derden door aan de fracties. Wij zullen uw verzoek "
            "daarom niet doorsturen. De contactgegevens van de fracties staan op de website van de gemeenteraad.\n\n"
            "Met vriendelijke groet,\n\nGriffie Staphorst\n")
    h = reply_heads(code, name, "Griffie Staphorst <griffie@staphorst.nl>", to=raddr(code),
                    date="Thu, 17 Sep 2026 11:40:02 +0200", msgid="<DB7PR10MB2211STA@DB7PR10MB2211.eurprd10.prod.outlook.com>",
                    extra=EXCH)
    return message(h, leaf("text/plain", text, "utf-8", "quoted-printable"))


@case("declined", "GM0184", "SGP fractie will NOT submit a motion (negation of 'motie indienen'); received via griffie forward, no ids; Urk")
def n_urk():
    code, name = "GM0184", "Urk"
    text = ("Geachte heer, mevrouw,\n\nUw e-mail is via de griffie bij ons terechtgekomen. Onze fractie zal geen motie "
            "indienen: wij zijn van mening dat het asielbeleid een landelijke aangelegenheid is en dat de gemeenteraad "
            "daar niet over gaat.\n\nMet vriendelijke groet,\n\nJ. de Boer\nfractievoorzitter SGP Urk\n\n"
            + "Van: Griffie Urk <griffie@urk.nl>\nVerzonden: vrijdag 18 september 2026 09:12\nAan: J. de Boer <jdeboer@sgp-urk.nl>\n"
            "Onderwerp: FW: " + subject(name) + "\n\n" + letter_text())
    h = reply_heads(code, name, "\"J. de Boer\" <jdeboer@sgp-urk.nl>", to=BASE, subj="FW: " + subject(name), irt=False, refs=False,
                    date="Tue, 29 Sep 2026 16:02:11 +0200", msgid="<000a01dc1f3b$9a8b7c60$cfa27520$@sgp-urk.nl>",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return message(h, leaf("text/plain", text, "windows-1252", "quoted-printable"))


@case("declined", "GM0597", "college/municipality: no role, will take no further action; Ridderkerk")
def n_ridderkerk():
    code, name = "GM0597", "Ridderkerk"
    text = ("Geachte heer/mevrouw,\n\nWij hebben uw e-mail ontvangen. Het college gaat niet over het indienen van moties door "
            "de gemeenteraad en ziet in uw verzoek geen aanleiding om actie te ondernemen. Wij nemen uw bericht voor "
            "kennisgeving aan en doen er verder niets mee.\n\nMet vriendelijke groet,\n\nBurgemeester en wethouders van Ridderkerk,\n"
            "namens dezen,\n\nM. Ouwerkerk\nteam Bestuurszaken\n\n"
            "Dit bericht is alleen bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten worden ontleend.\n")
    h = reply_heads(code, name, "Bestuurszaken Ridderkerk <bestuurszaken@ridderkerk.nl>", to=raddr(code),
                    date="Wed, 23 Sep 2026 10:31:09 +0200", msgid="<GVXPR02MB8432RDK@GVXPR02MB8432.eurprd02.prod.outlook.com>",
                    extra=EXCH)
    return message(h, leaf("text/plain", text, "utf-8", "quoted-printable"))


# ---------------------------------------------------------------- opt_out

@case("opt_out", "GM0093", "remove this address from your mailing list; Terschelling")
def o_terschelling():
    code, name = "GM0093", "Terschelling"
    text = ("Goedemorgen,\n\nWilt u dit e-mailadres verwijderen uit uw verzendlijst? Wij ontvangen graag geen berichten "
            "meer van KinderpardonNU.\n\nMet vriendelijke groet,\nGemeente Terschelling\n")
    h = reply_heads(code, name, "Gemeente Terschelling <gemeente@terschelling.nl>", to=raddr(code),
                    date="Fri, 18 Sep 2026 08:12:45 +0200", msgid="<AS8PR10MB6002TSL@AS8PR10MB6002.eurprd10.prod.outlook.com>",
                    extra=EXCH)
    return message(h, leaf("text/plain", text, "utf-8", "7bit"))


@case("opt_out", "GM0988", "angry reply to the reminder: stop mailing; Weert named only in the reminder subject and In-Reply-To")
def o_weert():
    code, name = "GM0988", "Weert"
    text = ("Stop met mailen aub. Dit is al de tweede keer en ik heb hier niet om gevraagd. Haal mij van jullie lijst.\n\n"
            "Op di 6 okt 2026 om 10:02 schreef KinderpardonNU <kinderpardonnu@gmail.com>:\n"
            "> Geachte heer/ mevrouw,\n>\n> Enige tijd geleden stuurden wij u onderstaand verzoek.\n")
    h = [("From", "Rob Geraedts <robgeraedts@hetnet.nl>"), ("To", raddr(code)), ("Subject", "Re: " + subject(name, reminder=True)),
         ("Date", "Tue, 06 Oct 2026 12:40:10 +0200"), ("Message-ID", "<5e6f7a8b9c0d@hetnet.nl>"),
         ("In-Reply-To", mid(code, "reminder-1")), ("References", mid(code) + " " + mid(code, "reminder-1"))]
    return message(h, leaf("text/plain", text, "utf-8", "quoted-printable"))


# ---------------------------------------------------------------- question

@case("question", "GM0828", "who is behind KinderpardonNU? asked before forwarding; Oss")
def q_oss():
    code, name = "GM0828", "Oss"
    text = ("Goedemiddag,\n\nVoordat ik dit doorzet naar de fractievoorzitters: kunt u aangeven wie er achter KinderpardonNU "
            "zitten? Is het een stichting of vereniging, en heeft u een KvK-nummer?\n\nMet vriendelijke groet,\n\n"
            "Mirjam Verstegen\ngriffie gemeente Oss\n\n" + outlook_nl(code, name, "Gemeente Oss <Gemeente@oss.nl>")
            + "\n" + letter_text(paras=12))
    h = reply_heads(code, name, "Verstegen, Mirjam <m.verstegen@oss.nl>", to=raddr(code),
                    date="Thu, 17 Sep 2026 13:05:51 +0000", msgid="<AM8PR04MB7731OSS@AM8PR04MB7731.eurprd04.prod.outlook.com>",
                    extra=EXCH)
    return message(h, leaf("text/plain", text, "utf-8", "quoted-printable"))


@case("question", "GM1950", "cannot open attachment, is the model motion available in Word? Westerwolde")
def q_westerwolde():
    code, name = "GM1950", "Westerwolde"
    text = ("hallo, de bijlage kan ik niet openen op mijn tablet. is de voorbeeldmotie ook als word bestand te krijgen? of in de mail zelf?\n"
            "alvast bedankt\nHarm\n\n"
            f"Op {sent_nl(code)} schreef KinderpardonNU <{BASE}>:\n" + gt(letter_text(paras=4)))
    h = reply_heads(code, name, "Harm Lubbers <h.lubbers@westerwolde.nl>", to=raddr(code),
                    date="Sat, 19 Sep 2026 18:22:04 +0200", msgid="<CAN3pTx2LqVw@westerwolde.nl>", subj="Re: " + subject(name))
    return message(h, leaf("text/plain", text, "utf-8", "quoted-printable"))


@case("question", "GM0753", "asks whether concrete cases are known in the municipality; Best is also a common word")
def q_best():
    code, name = "GM0753", "Best"
    text = ("Beste KinderpardonNU,\n\nVoordat wij hier als fractie iets mee doen: zijn er bij u concrete gevallen bekend van "
            "gewortelde kinderen in onze gemeente? En weet u hoeveel kinderen het in Noord-Brabant ongeveer betreft?\n\n"
            "Met vriendelijke groet,\n\nWouter van Hout\nfractievoorzitter Best Lokaal\nGemeente Best\n")
    h = reply_heads(code, name, "Wouter van Hout <w.vanhout@gemeentebest.nl>", to=raddr(code),
                    date="Tue, 22 Sep 2026 20:05:31 +0200", msgid="<DBAPR02MB6120BST@DBAPR02MB6120.eurprd02.prod.outlook.com>",
                    subj="RE: " + subject(name), extra=EXCH)
    return message(h, leaf("text/plain", text, "utf-8", "quoted-printable"))


# ---------------------------------------------------------------- other

@case("other", "GM0118", "council newsletter with List-Unsubscribe, not about our letter; sender Hoogeveen")
def z_hoogeveen():
    html = ("<html><body><h1>Nieuwsbrief gemeenteraad Hoogeveen - oktober 2026</h1>"
            "<p>In deze nieuwsbrief: de begrotingsbehandeling op 5 en 6 november, het nieuwe raadsinformatiesysteem en "
            "een terugblik op de werkbezoeken.</p><p><b>Begroting 2027</b><br>Op 5 en 6 november bespreekt de raad de "
            "begroting. Inwoners kunnen inspreken tijdens de informatieavond op 22 oktober.</p>"
            "<p><a href='https://hoogeveen.nl/nieuwsbrief/afmelden'>Afmelden voor deze nieuwsbrief</a></p></body></html>")
    h = [("From", "Gemeenteraad Hoogeveen <nieuwsbrief@hoogeveen.nl>"), ("To", BASE),
         ("Subject", "Nieuwsbrief gemeenteraad Hoogeveen | oktober 2026"), ("Date", "Thu, 15 Oct 2026 16:00:00 +0200"),
         ("Message-ID", "<nb.2026-10.20260015160000.kinderpardonnu@laposta.nl>"),
         ("List-Unsubscribe", "<https://hoogeveen.nl/nieuwsbrief/afmelden?u=8a1c>, <mailto:unsubscribe@laposta.nl?subject=8a1c>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]
    return message(h, leaf("text/html", html, "utf-8", "quoted-printable"))


@case("other", "", "Bluesky notification 'started following you', unrelated")
def z_bsky():
    text = ("Hi KinderpardonNU,\n\nVluchtelingenWerk Noord-Oost (@vwnoordoost.bsky.social) started following you.\n\n"
            "View their profile: https://bsky.app/profile/vwnoordoost.bsky.social\n\n"
            "You can adjust your email notification settings at https://bsky.app/settings\n")
    h = [("From", "Bluesky <noreply@bsky.app>"), ("To", BASE), ("Subject", "You have a new follower"),
         ("Date", "Wed, 23 Sep 2026 14:08:40 +0000"), ("Message-ID", "<01000192a0c4e5f1-follow-7e2d@email.amazonses.com>"),
         ("List-Unsubscribe", "<https://bsky.app/settings/notifications>"), ("Auto-Submitted", "auto-generated")]
    return message(h, leaf("text/plain", text, "utf-8", "7bit"))


def main() -> None:
    rows = []
    built = []
    for fn, label, code, note in CASES:
        raw = fn()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg["From"] is not None and msg.get_body(("plain", "html")) is not None or msg.get_content_type().startswith("multipart/report"), fn.__name__
        built.append((raw, label, code, note))
    order = list(range(len(built)))
    random.Random(20261128).shuffle(order)
    for old in HERE.glob("r*.eml"):
        old.unlink()
    for i, idx in enumerate(order, 1):
        raw, label, code, note = built[idx]
        name = f"r{i:02d}.eml"
        (HERE / name).write_bytes(raw)
        rows.append({"file": name, "label": label, "municipality": code, "note": note})
    with (HERE / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "label", "municipality", "note"])
        w.writeheader()
        w.writerows(rows)
    print(len(rows), "messages")


if __name__ == "__main__":
    main()
