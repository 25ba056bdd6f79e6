"""Write the development corpus: `*.eml` files and `labels.csv` in this folder.

Run from the repository root:  .venv/bin/python tests/corpus/generate.py
Each case below is written by hand (sender, wording, mail client, how the client quotes);
mailkit.py only turns it into a well-formed raw message. See README.md.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from mailkit import (
    AMS,
    INBOX,
    OUR_NAME,
    SUBJECT,
    Case,
    Quoted,
    Reply,
    addr,
    attachment,
    build_reply,
    gmail_dsn,
    letter_address,
    m365_ndr,
    mta_bounce,
    our_message_id,
    plus_address,
    tiny_docx,
    tiny_pdf,
    write_set,
)
from short_replies import SHORT

HERE = Path(__file__).resolve().parent
cases: list[Case] = []


def d(day: int, month: int, h: int, m: int, s: int = 0) -> datetime:
    return datetime(2026, month, day, h, m, s, tzinfo=AMS)


def add(file: str, label: str, muni: str, note: str, raw: bytes) -> None:
    cases.append(Case(file, label, muni, note, raw))


def reply(file: str, label: str, muni: str, note: str, **kw: object) -> None:
    add(file, label, muni, note, build_reply(Reply(name=file, **kw)))  # type: ignore[arg-type]


DISCLAIMER_A = (
    "Dit bericht is uitsluitend bestemd voor de geadresseerde. Het bericht kan vertrouwelijke "
    "informatie bevatten. Als dit bericht niet voor u bestemd is, wordt u verzocht de afzender "
    "hiervan op de hoogte te stellen en het bericht te verwijderen. Aan dit bericht kunnen geen "
    "rechten worden ontleend."
)
DISCLAIMER_B = (
    "Disclaimer:\nDe informatie verzonden met dit e-mailbericht (en bijlagen) is uitsluitend "
    "bestemd voor de geadresseerde(n) en kan persoonlijke of vertrouwelijke informatie bevatten. "
    "Gebruik door anderen dan de geadresseerde(n) en openbaarmaking of verveelvoudiging van deze "
    "informatie zijn niet toegestaan. Heeft u dit bericht per vergissing ontvangen, stuur het "
    "dan terug naar de afzender en verwijder het bericht. De gemeente staat niet in voor de "
    "juiste en volledige overbrenging van de inhoud van een verzonden e-mail, noch voor tijdige "
    "ontvangst daarvan. Wij sturen u nooit een e-mail met het verzoek om uw wachtwoord of "
    "bankgegevens."
)
OOF_HEADERS = (
    "X-Auto-Response-Suppress: All\n"
    "X-MS-Exchange-Inbox-Rules-Loop: {who}\n"
    "auto-submitted: auto-generated\n"
    "X-MS-Exchange-Transport-CrossTenantHeadersStamped: {pod}\n"
)
AUTO_GEN = "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\nPrecedence: bulk\n"


def docx_parts() -> list[str]:
    return [
        attachment(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            n,
            tiny_docx(n.removesuffix(".docx")),
        )
        for n in ("Achtergrondinformatie kinderpardon.docx", "Voorstel van motie kinderpardon.docx")
    ]


# ================================================================ hard bounces

add(
    "01_gmail_dsn_user_unknown.eml",
    "bounce_hard",
    "GM0765",
    "Gmail DSN (English), 550 5.1.1 user unknown, full original attached",
    gmail_dsn(
        "01",
        "GM0765",
        rcpt="info@pekela.nl",
        when=d(3, 3, 10, 12, 49),
        status="5.1.1",
        diag="550 5.1.1 <info@pekela.nl>: Recipient address rejected: User unknown in "
        "virtual mailbox table",
        remote_mta="mx1.pekela.nl. (185.71.60.17, the server for the domain pekela.nl.)",
    ),
)

add(
    "02_gmail_dsn_access_denied_nl.eml",
    "bounce_hard",
    "GM0047",
    "Gmail DSN in Dutch, 550 5.4.1 Access denied from Exchange Online; original headers only; "
    "recipient spelled Info@ (capital)",
    gmail_dsn(
        "02",
        "GM0047",
        rcpt="Info@veendam.nl",
        when=d(3, 3, 10, 13, 2),
        status="5.4.1",
        diag="550 5.4.1 Recipient address rejected: Access denied. For more information "
        "see https://aka.ms/EXOSmtpErrors [AM4PEPF00027A6C.eurprd04.prod.outlook.com "
        "2026-03-03T09:13:01.482Z 08DE5A1F2C3B4D5E]",
        remote_mta="veendam-nl.mail.protection.outlook.com. (52.101.73.12, the server for "
        "the domain veendam.nl.)",
        lang="nl",
        original="headers",
    ),
)

add(
    "03_m365_ndr_recipient_not_found.eml",
    "bounce_hard",
    "GM0037",
    "Microsoft 365 'Undeliverable:' NDR from postmaster@<tenant>.onmicrosoft.com, 550 5.1.10 "
    "RESOLVER.ADR.RecipientNotFound",
    m365_ndr(
        "03",
        "GM0037",
        rcpt="gemeente@stadskanaal.nl",
        tenant="gemeentestadskanaal",
        when=d(3, 3, 10, 13, 40),
        status="5.1.10",
        diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient gemeente@stadskanaal.nl "
        "not found by SMTP address lookup",
        original="full",
    ),
)

add(
    "04_postfix_user_unknown.eml",
    "bounce_hard",
    "GM1966",
    "Postfix 'Undelivered Mail Returned to Sender' from the municipality's own gateway, "
    "550 5.1.1 from internal server",
    mta_bounce(
        "04",
        "GM1966",
        rcpt="griffie@hethogeland.nl",
        when=d(3, 3, 10, 14, 5),
        host="mail-gw01.hethogeland.nl",
        ip="145.131.22.40",
        status="5.1.1",
        diag="550 5.1.1 <griffie@hethogeland.nl>: Recipient address rejected: User "
        "unknown in relay recipient table",
        remote="exch01.intern.hethogeland.nl[10.20.1.15]",
    ),
)

add(
    "05_m365_ndr_dutch_stein.eml",
    "bounce_hard",
    "GM0971",
    "Dutch Exchange Online NDR 'Onbestelbaar:', 5.1.10; Stein (L.)",
    m365_ndr(
        "05",
        "GM0971",
        rcpt="griffie@gemeentestein.nl",
        tenant="gemeentestein",
        when=d(3, 3, 10, 15, 11),
        status="5.1.10",
        lang="nl",
        diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient griffie@gemeentestein.nl "
        "not found by SMTP address lookup",
    ),
)

add(
    "06_gmail_dsn_domain_not_found.eml",
    "bounce_hard",
    "GM1980",
    "Gmail DSN: domain does not exist (wrong domain guessed for Dijk en Waard); municipality "
    "only from our Message-ID in the report",
    gmail_dsn(
        "06",
        "GM1980",
        rcpt="griffie@gemeente-dijkenwaard.nl",
        when=d(3, 3, 10, 12, 31),
        status="5.1.2",
        diag="DNS Error: DNS type 'mx' lookup of gemeente-dijkenwaard.nl responded with "
        "code NXDOMAIN Domain name not found: gemeente-dijkenwaard.nl",
        remote_mta="",
        dns_error=True,
        original="text",
    ),
)

# ================================================================ soft bounces

add(
    "07_gmail_delay_greylisting.eml",
    "bounce_soft",
    "GM0448",
    "Gmail 'Delivery Status Notification (Delay)' in Dutch, 451 4.7.1 greylisting",
    gmail_dsn(
        "07",
        "GM0448",
        rcpt="gemeente@texel.nl",
        when=d(3, 3, 14, 20, 3),
        status="4.7.1",
        diag="451 4.7.1 <gemeente@texel.nl>: Recipient address rejected: Greylisted, "
        "please try again in 300 seconds",
        remote_mta="mx.texel.nl. (194.109.6.93, the server for the domain texel.nl.)",
        lang="nl",
        action="delayed",
        original="headers",
    ),
)

add(
    "08_postfix_delayed.eml",
    "bounce_soft",
    "GM0168",
    "Postfix 'Delayed Mail (still being retried)' warning, 4.4.1 connection timed out",
    mta_bounce(
        "08",
        "GM0168",
        rcpt="gemeente@losser.nl",
        when=d(3, 3, 14, 31, 0),
        host="smtp.losser.nl",
        ip="212.45.33.18",
        status="4.4.1",
        diag="connect to mail.losser.nl[10.1.4.20]:25: Connection timed out",
        remote="",
        delayed=True,
    ),
)

# ================================================================ auto replies

reply(
    "09_outlook_oof_zeist.eml",
    "auto_reply",
    "GM0355",
    "Outlook 'Automatisch antwoord:' out-of-office with X-MS-Exchange headers; names another "
    "address only for urgent matters",
    frm=addr("Marieke Jansen", "m.jansen@zeist.nl"),
    envelope="m.jansen@zeist.nl",
    date=d(3, 3, 10, 12, 40),
    code="GM0355",
    to=f"{OUR_NAME} <{INBOX}>",
    subject=f"Automatisch antwoord: {SUBJECT}",
    quote="none",
    text="Beste afzender,\n\nIk ben afwezig tot en met vrijdag 13 maart en lees mijn e-mail "
    "niet. Voor dringende zaken kunt u contact opnemen met de griffie via 030 - 698 "
    "7612.\n\nMet vriendelijke groet,\nMarieke Jansen",
    extra_headers=OOF_HEADERS.format(
        who="m.jansen@zeist.nl", pod="AM8PR09MB5123.eurprd09.prod.outlook.com"
    ),
)

reply(
    "10_afwezig_amersfoort.eml",
    "auto_reply",
    "GM0307",
    "'Afwezig:' subject, plain text only, Exchange on-premises, no In-Reply-To",
    frm=addr("Bos, Jeroen", "j.bos@amersfoort.nl"),
    envelope="j.bos@amersfoort.nl",
    date=d(3, 3, 10, 14, 2),
    code="GM0307",
    to=INBOX,
    thread=False,
    transport="relay",
    relay_host="mx2.amersfoort.nl",
    relay_ip="195.169.104.21",
    client="plain",
    html="none",
    charset="us-ascii",
    cte="7bit",
    subject=f"Afwezig: {SUBJECT}",
    quote="none",
    text="Ik ben vanaf 2 maart tot en met 20 maart met verlof.\n"
    "Uw bericht wordt niet doorgestuurd.\n\nJeroen Bos",
    extra_headers="Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\n"
    "X-Mailer: Microsoft Exchange Server 2019\n",
)

reply(
    "11_zomerreces_woerden.eml",
    "auto_reply",
    "GM0632",
    "zomerreces notice in reply to our July follow-up; our letter's id only in References; "
    "domain woerden.nl is also used by Oudewater",
    frm=addr("Griffie Woerden", "griffie@woerden.nl"),
    envelope="griffie@woerden.nl",
    date=d(14, 7, 9, 3, 55),
    code="GM0632",
    to=f"{OUR_NAME} <{plus_address('GM0632')}>",
    refs=[
        our_message_id("GM0632"),
        "<CAF7pQx2Lk0e+Vb3nRq9GmZ8uTt1sYw4hD6aJcE5oN=pK2rWb3A@mail.gmail.com>",
    ],
    subject=f"Automatisch antwoord: Re: {SUBJECT}",
    quote="none",
    client="owa",
    text="Geachte heer, mevrouw,\n\nDank voor uw e-mail. In verband met het zomerreces is "
    "de griffie gesloten van maandag 13 juli tot en met vrijdag 21 augustus. In die "
    "periode worden e-mails niet of beperkt gelezen.\n\nMet vriendelijke groet,\n"
    "Griffie gemeente Woerden",
    extra_headers=OOF_HEADERS.format(
        who="griffie@woerden.nl", pod="DB9PR09MB7788.eurprd09.prod.outlook.com"
    ),
)

reply(
    "12_automatic_reply_english_best.eml",
    "auto_reply",
    "GM0753",
    "English 'Automatic reply:' out-of-office (contains 'do my best'); municipality Best",
    frm=addr("Lotte van der Heijden", "l.vanderheijden@gemeentebest.nl"),
    envelope="l.vanderheijden@gemeentebest.nl",
    date=d(3, 3, 10, 13, 15),
    code="GM0753",
    to=f"{OUR_NAME} <{INBOX}>",
    subject=f"Automatic reply: {SUBJECT}",
    quote="none",
    text="Thank you for your email.\n\nI am out of the office until Monday 16 March with no "
    "access to email. I will do my best to respond as soon as possible after my "
    "return.\n\nKind regards,\nLotte van der Heijden",
    extra_headers=OOF_HEADERS.format(
        who="l.vanderheijden@gemeentebest.nl", pod="AS8PR09MB9012.eurprd09.prod.outlook.com"
    ),
)

reply(
    "13_gmail_vacation_private.eml",
    "auto_reply",
    "GM0385",
    "Gmail vacation responder of a councillor's private gmail; municipality (Edam-Volendam) "
    "only from In-Reply-To / plus-address",
    frm=addr("Kees Tol", "keestol.ev@gmail.com"),
    envelope="keestol.ev@gmail.com",
    date=d(4, 3, 19, 41, 9),
    code="GM0385",
    client="gmail",
    transport="gmail",
    subject="Beperkt bereikbaar",
    quote="none",
    text="Hallo,\n\nDoor de drukte rond de verkiezingen lees ik mijn mail maar beperkt. "
    "Vanaf 23 maart ben ik weer gewoon bereikbaar.\n\nGroet,\nKees",
    extra_headers="Auto-Submitted: auto-replied\n",
)

# ================================================================ redirects

reply(
    "14_redirect_contactformulier.eml",
    "redirect",
    "GM0356",
    "automatic: mailbox no longer read, use the contact form (no address suggested)",
    frm=addr("Gemeente Nieuwegein", "gemeente@nieuwegein.nl"),
    envelope="gemeente@nieuwegein.nl",
    date=d(3, 3, 10, 12, 58),
    code="GM0356",
    to=f"{OUR_NAME} <{INBOX}>",
    subject=f"Automatisch antwoord: {SUBJECT}",
    quote="none",
    text="Dit e-mailadres wordt niet meer gelezen.\n\nHeeft u een vraag of wilt u iets "
    "melden? Gebruik dan het contactformulier op www.nieuwegein.nl/contact. U kunt ons "
    "ook bellen via 14 030, op werkdagen van 8.30 tot 17.00 uur.\n\nGemeente Nieuwegein",
    extra_headers=OOF_HEADERS.format(
        who="gemeente@nieuwegein.nl", pod="AM9PR09MB4411.eurprd09.prod.outlook.com"
    ),
)

reply(
    "15_redirect_kcc_to_griffie.eml",
    "redirect",
    "GM0321",
    "person at the general mailbox: send it to the griffie yourself; suggested griffie@houten.nl",
    frm=addr("Gemeente Houten | Klantcontact", "gemeentehuis@houten.nl"),
    envelope="gemeentehuis@houten.nl",
    date=d(4, 3, 9, 27, 14),
    code="GM0321",
    quote="outlook_nl_sep",
    client="owa",
    text="Goedemorgen,\n\nDank voor uw e-mail. Dit adres is bedoeld voor vragen van "
    "inwoners aan de gemeente. Berichten voor de gemeenteraad kunnen wij niet "
    "doorzetten; wilt u uw verzoek rechtstreeks sturen naar de griffie via "
    "griffie@houten.nl?\n\nMet vriendelijke groet,\n\nSandra Kok\nKlantcontactcentrum\n"
    "Gemeente Houten\n\n" + DISCLAIMER_A,
)

reply(
    "16_redirect_auto_new_address.eml",
    "redirect",
    "GM0606",
    "automatic notice from the old general address, points to griffie@schiedam.nl for the council",
    frm=addr("Gemeente Schiedam", "contact@schiedam.nl"),
    envelope="contact@schiedam.nl",
    date=d(3, 3, 10, 12, 50),
    code="GM0606",
    to=f"{OUR_NAME} <{INBOX}>",
    subject=f"Automatisch antwoord: {SUBJECT}",
    quote="none",
    html="only",
    client="owa",
    text="Let op: dit e-mailadres wordt vanaf 1 maart 2026 niet meer gelezen. Uw bericht is "
    "niet in behandeling genomen.\n\nBerichten voor de gemeenteraad, fracties of de "
    "griffier stuurt u naar griffie@schiedam.nl. Voor overige vragen kunt u terecht op "
    "www.schiedam.nl/contact.\n\nMet vriendelijke groet,\nGemeente Schiedam",
    extra_headers=OOF_HEADERS.format(
        who="contact@schiedam.nl", pod="DU2PR09MB6120.eurprd09.prod.outlook.com"
    ),
)

# ================================================================ acknowledged

reply(
    "17_zaaksysteem_utrecht_quotes_letter.eml",
    "acknowledged",
    "GM0344",
    "zaaksysteem receipt with zaaknummer, no In-Reply-To; repeats our whole letter without "
    "quote markers",
    frm=addr("Gemeente Utrecht", "noreply@utrecht.nl"),
    envelope="bounce-zs@utrecht.nl",
    date=d(3, 3, 10, 16, 22),
    code="GM0344",
    to=INBOX,
    thread=False,
    transport="relay",
    relay_host="smtp-out02.utrecht.nl",
    relay_ip="145.12.200.44",
    client="plain",
    html="none",
    subject="Ontvangstbevestiging - zaaknummer Z-26-004512",
    quote="none",
    text="Geachte heer/mevrouw,\n\nWij hebben uw e-mail ontvangen op 3 maart 2026 om 10:12 "
    "uur. Uw bericht is geregistreerd onder zaaknummer Z-26-004512.\n\nWilt u dit "
    "zaaknummer vermelden als u contact met ons opneemt over dit bericht?\n\nDit is een "
    "automatisch verzonden bericht. U kunt hier niet op reageren.\n\nMet vriendelijke "
    "groet,\n\nGemeente Utrecht\n\n--- Uw bericht ---\nOnderwerp: "
    + SUBJECT
    + "\n\n"
    + "\n\n".join(Quoted().paras),
    extra_headers=AUTO_GEN + "X-Mailer: Zaaksysteem notificaties 4.2\n",
)

reply(
    "18_ontvangstbevestiging_html_eindhoven.eml",
    "acknowledged",
    "GM0772",
    "HTML-only templated receipt with kenmerk, In-Reply-To present",
    frm=addr("Gemeente Eindhoven", "noreply@eindhoven.nl"),
    envelope="noreply@eindhoven.nl",
    date=d(3, 3, 10, 25, 10),
    code="GM0772",
    to=INBOX,
    transport="relay",
    relay_host="mailout.eindhoven.nl",
    relay_ip="91.214.82.130",
    client="plain",
    html="only",
    subject=f"Ontvangstbevestiging: {SUBJECT}",
    quote="none",
    text="Geachte heer, mevrouw,\n\nHartelijk dank voor uw bericht aan de gemeente "
    "Eindhoven. Wij hebben het in goede orde ontvangen.\n\nUw kenmerk: 2026-017344\n"
    "Datum ontvangst: 3 maart 2026\n\nWij streven ernaar uw bericht binnen acht weken "
    "af te handelen.\n\nMet vriendelijke groet,\n\nGemeente Eindhoven\nPostbus 90150, "
    "5600 RB Eindhoven",
    extra_headers=AUTO_GEN,
)

reply(
    "19_dank_ontvangen_full_quote.eml",
    "acknowledged",
    "GM0362",
    "human 'Dank, ontvangen.' above the fully quoted letter (Outlook-NL Van/Verzonden/Aan/"
    "Onderwerp); the quote says 'moties aangenomen' and 'motie in te dienen'",
    frm=addr("Ilse Verbeek", "i.verbeek@amstelveen.nl"),
    envelope="i.verbeek@amstelveen.nl",
    date=d(3, 3, 11, 4, 31),
    code="GM0362",
    text="Dank, ontvangen.\n\nIlse Verbeek\nGriffie Amstelveen",
)

reply(
    "20_ack_with_disclaimer_zwolle.eml",
    "acknowledged",
    "GM0193",
    "short human receipt by the griffie with a long legal disclaimer (mentions 'verwijder')",
    frm=addr("Griffie Zwolle", "griffie@zwolle.nl"),
    envelope="griffie@zwolle.nl",
    date=d(3, 3, 13, 48, 2),
    code="GM0193",
    quote="outlook_nl",
    text="Geachte heer, mevrouw,\n\nDank voor uw bericht. Wij hebben het in goede orde "
    "ontvangen.\n\nMet vriendelijke groet,\n\nAnnelies Peeters\nmedewerker griffie\n"
    "Gemeente Zwolle | Postbus 10007 | 8000 GA Zwolle\nT 038 498 2020\n\n" + DISCLAIMER_B,
    inline_logo=True,
)

reply(
    "21_kcc_autoreply_receipt.eml",
    "acknowledged",
    "GM0200",
    "automatic KCC receipt without number ('binnen 5 werkdagen'): confirms receipt, so not "
    "an absence notice",
    frm=addr("Gemeente Apeldoorn", "gemeente@apeldoorn.nl"),
    envelope="gemeente@apeldoorn.nl",
    date=d(3, 3, 10, 12, 44),
    code="GM0200",
    to=f"{OUR_NAME} <{INBOX}>",
    subject=f"Automatisch antwoord: {SUBJECT}",
    quote="none",
    text="Bedankt voor uw e-mail aan de gemeente Apeldoorn.\n\nWij hebben uw bericht "
    "ontvangen. U krijgt binnen 5 werkdagen een reactie. Heeft u een dringende vraag? "
    "Bel ons dan op 14 055.\n\nDit is een automatisch bericht.",
    extra_headers="auto-submitted: auto-replied\nX-Auto-Response-Suppress: All\n"
    "X-MS-Exchange-Inbox-Rules-Loop: gemeente@apeldoorn.nl\n",
)

reply(
    "22_latin1_kenmerk_middelburg.eml",
    "acknowledged",
    "GM0687",
    "iso-8859-1 quoted-printable (é, ë, ï), RFC 2047 sender name, receipt with kenmerk",
    frm=addr("Renée Lambrechts", "r.lambrechts@middelburg.nl", "iso-8859-1"),
    envelope="r.lambrechts@middelburg.nl",
    date=d(4, 3, 8, 55, 30),
    code="GM0687",
    charset="iso-8859-1",
    quote="outlook_nl",
    text="Geachte heer/mevrouw,\n\nWij hebben uw e-mail ontvangen en geregistreerd onder "
    "kenmerk 26.004471. Het bericht is in behandeling genomen door het team Bestuurs- "
    "en Concernzaken. Wij streven ernaar u binnen één week te informeren over het "
    "vervolg; vermeld bij correspondentie altijd het kenmerk.\n\nMet vriendelijke "
    "groet,\n\nRenée Lambrechts\nmedewerker Documentaire Informatievoorziening\n"
    "Gemeente Middelburg\n\nHeeft u vragen over de verwerking van uw "
    "persoonsgegevens? Lees onze privacyverklaring op www.middelburg.nl/privacy. "
    "Geïnteresseerd in financiële informatie over de gemeente? Kijk op "
    "www.middelburg.nl/begroting.",
)

reply(
    "23_den_haag_decos_receipt.eml",
    "acknowledged",
    "GM0518",
    "automatic receipt from 's-Gravenhage, written 'Den Haag', zaaknummer, no In-Reply-To",
    frm=addr("Gemeente Den Haag", "noreply@denhaag.nl"),
    envelope="noreply@denhaag.nl",
    date=d(3, 3, 10, 31, 5),
    to=INBOX,
    thread=False,
    transport="relay",
    relay_host="mx-out1.denhaag.nl",
    relay_ip="145.21.14.66",
    client="plain",
    subject="Uw bericht is ontvangen - zaaknummer Z/26/087213",
    quote="none",
    text="Geachte heer/mevrouw,\n\nUw e-mail van 3 maart 2026 met als onderwerp '"
    + SUBJECT
    + "' is ontvangen door de gemeente Den Haag en geregistreerd onder zaaknummer "
    "Z/26/087213.\n\nU hoort zo snel mogelijk van ons. Noem bij vragen altijd het "
    "zaaknummer.\n\nMet vriendelijke groet,\n\nGemeente Den Haag\nSpui 70, 2511 BT "
    "Den Haag\n\nDit bericht is automatisch verzonden; antwoorden op dit bericht worden "
    "niet gelezen.",
    extra_headers=AUTO_GEN + "X-Mailer: Decos JOIN Mail\n",
)

reply(
    "24_apple_ontvangen_heuvelrug.eml",
    "acknowledged",
    "GM1581",
    "Apple Mail 'Op ... heeft ... het volgende geschreven:' quote; Utrechtse Heuvelrug "
    "(name contains 'Utrecht')",
    frm=addr("Willemijn ter Horst", "w.terhorst@heuvelrug.nl"),
    envelope="w.terhorst@heuvelrug.nl",
    date=d(3, 3, 17, 2, 44),
    code="GM1581",
    client="apple",
    transport="relay",
    relay_host="smtp.heuvelrug.nl",
    relay_ip="84.241.195.20",
    quote="apple_nl",
    html="none",
    subject=f"Re: {SUBJECT}",
    text="Goedemiddag,\n\nUw mail is ontvangen, dank daarvoor.\n\nMet vriendelijke groet,\n"
    "Willemijn ter Horst\nGriffier gemeente Utrechtse Heuvelrug",
)

reply(
    "25_gmail_html_griffier_deventer.eml",
    "acknowledged",
    "GM0150",
    "griffier from a personal address at the municipal domain via Google Workspace, "
    "div.gmail_quote HTML; 'kom erop terug'",
    frm=addr("Thijs van den Berg", "t.vandenberg@deventer.nl"),
    envelope="t.vandenberg@deventer.nl",
    date=d(5, 3, 15, 20, 0),
    code="GM0150",
    client="gmail",
    transport="gmail",
    quote="gmail_nl",
    subject=f"Re: {SUBJECT}",
    text="Beste KinderpardonNU,\n\nDank voor uw mail, die hebben wij ontvangen. Na de "
    "verkiezingen kom ik erop terug.\n\nHartelijke groet,\n\nThijs van den Berg\n"
    "griffier | gemeente Deventer",
)

reply(
    "26_hltsamen_receipt_no_clue.eml",
    "acknowledged",
    "",
    "receipt from the shared service hltsamen.nl (Hillegom, Lisse, Teylingen), new message "
    "without In-Reply-To or plus-address: municipality cannot be determined",
    frm=addr("HLTsamen Klantcontact", "noreply@hltsamen.nl"),
    envelope="noreply@hltsamen.nl",
    date=d(3, 3, 11, 30, 12),
    to=INBOX,
    thread=False,
    transport="relay",
    relay_host="mail.hltsamen.nl",
    relay_ip="213.207.99.150",
    client="plain",
    html="none",
    subject="Ontvangstbevestiging van uw e-mail",
    quote="none",
    text="Geachte heer/mevrouw,\n\nWij hebben uw e-mail in goede orde ontvangen en "
    "geregistreerd onder nummer HLT-26-011852. U ontvangt binnen tien werkdagen een "
    "reactie.\n\nMet vriendelijke groet,\n\nHLTsamen\nwerkorganisatie voor Hillegom, "
    "Lisse en Teylingen",
    extra_headers=AUTO_GEN,
)

# ================================================================ forwarded

reply(
    "27_forwarded_outlook_html_alkmaar.eml",
    "forwarded",
    "GM0361",
    "Outlook HTML with divRplyFwdMsg quote; passed on to fractievoorzitters and griffier",
    frm=addr("Raadsgriffie Alkmaar", "raadsgriffie@alkmaar.nl"),
    envelope="raadsgriffie@alkmaar.nl",
    date=d(4, 3, 14, 7, 12),
    code="GM0361",
    client="owa",
    quote="outlook_nl_sep",
    html="only",
    text="Geachte heer, mevrouw,\n\nUw e-mail is doorgestuurd naar de fractievoorzitters "
    "van de gemeenteraad van Alkmaar en naar de griffier.\n\nMet vriendelijke groet,\n\n"
    "Loes van Leeuwen\nRaadsgriffie Alkmaar",
)

reply(
    "28_ingekomen_stukken_groningen.eml",
    "forwarded",
    "GM0014",
    "placed on the lijst van ingekomen stukken for a council meeting",
    frm=addr("Groenhuis, Femke", "femke.groenhuis@groningen.nl"),
    envelope="femke.groenhuis@groningen.nl",
    date=d(9, 3, 10, 40, 51),
    code="GM0014",
    quote="outlook_nl",
    text="Geachte heer/mevrouw,\n\nUw brief is in goede orde ontvangen. Hij wordt geplaatst "
    "op de lijst van ingekomen stukken voor de raadsvergadering van 25 maart 2026. De "
    "raad besluit dan over de verdere afhandeling; de stukken zijn openbaar via "
    "gemeenteraad.groningen.nl.\n\nMet vriendelijke groet,\n\nFemke Groenhuis\n"
    "Griffie gemeente Groningen\n\n" + DISCLAIMER_A,
)

add(
    "29_fw_to_fractievoorzitters_beek.eml",
    "forwarded",
    "GM0888",
    "'FW:' sent by the griffie of Beek (L.) to the fractievoorzitters with us in Cc; contains "
    "the whole letter and its attachments; no In-Reply-To",
    build_reply(
        Reply(
            name="29",
            frm=addr("Griffie Beek", "griffie@gemeentebeek.nl"),
            envelope="griffie@gemeentebeek.nl",
            date=d(5, 3, 9, 2, 33),
            code="GM0888",
            to="Fractievoorzitters gemeenteraad Beek <fractievoorzitters@gemeentebeek.nl>",
            rcpt=INBOX,
            cc=f"{OUR_NAME} <{INBOX}>",
            thread=False,
            subject=f"FW: {SUBJECT}",
            quote="outlook_nl",
            text="Geachte fractievoorzitters,\n\nHierbij stuur ik u ter kennisname onderstaande "
            "e-mail van KinderpardonNU door, inclusief de bijlagen. KinderpardonNU staat in "
            "de cc.\n\nMet vriendelijke groet,\n\nBart Smeets\nGriffier gemeente Beek\n"
            "Raadhuisplein 22, 6191 KA Beek",
            attachments=docx_parts(),
        )
    ),
)

reply(
    "30_doorgezet_hengelo.eml",
    "forwarded",
    "GM0164",
    "griffie employee (personal address at hengelo.nl) passed it on; text says 'raad van Hengelo'",
    frm=addr("Wolters, Karin", "k.wolters@hengelo.nl"),
    envelope="k.wolters@hengelo.nl",
    date=d(4, 3, 16, 55, 3),
    code="GM0164",
    client="owa",
    quote="outlook_nl_datum",
    text="Beste KinderpardonNU,\n\nIk heb uw verzoek doorgezet naar de fractievoorzitters "
    "van de raad van Hengelo. Zij bepalen zelf of zij er iets mee doen.\n\nGroet,\n"
    "Karin Wolters\nGriffie Hengelo",
)

reply(
    "31_hltsamen_forwarded_lisse.eml",
    "forwarded",
    "GM0553",
    "sender at shared-service domain hltsamen.nl; municipality Lisse from In-Reply-To and "
    "the text (signature names all three)",
    frm=addr("Kim van Dam", "k.vandam@hltsamen.nl"),
    envelope="k.vandam@hltsamen.nl",
    date=d(5, 3, 11, 18, 40),
    code="GM0553",
    quote="outlook_nl",
    text="Geachte heer/mevrouw,\n\nNamens de griffie van de gemeente Lisse laat ik u weten "
    "dat uw e-mail is doorgestuurd aan de fractievoorzitters van de gemeenteraad.\n\n"
    "Met vriendelijke groet,\n\nKim van Dam\nmedewerker griffie\nHLTsamen – "
    "werkorganisatie voor Hillegom, Lisse en Teylingen",
)

reply(
    "32_doorgestuurd_subject_ede.eml",
    "forwarded",
    "GM0228",
    "subject 'Doorgestuurd:', KCC says it went to the griffie for the fracties; no quote, "
    "new message without In-Reply-To",
    frm=addr("Gemeente Ede", "info@ede.nl"),
    envelope="info@ede.nl",
    date=d(4, 3, 13, 1, 19),
    to=INBOX,
    thread=False,
    quote="none",
    client="owa",
    subject=f"Doorgestuurd: {SUBJECT}",
    text="Beste afzender,\n\nUw e-mail aan de gemeente Ede hebben wij doorgestuurd naar de "
    "griffie. De griffie zorgt voor verdere verspreiding onder de fractievoorzitters."
    "\n\nMet vriendelijke groet,\n\nMohamed El Amrani\nKlantcontactcentrum gemeente Ede",
)

reply(
    "33_thunderbird_presidium_leeuwarden.eml",
    "forwarded",
    "GM0080",
    "Thunderbird plain text, '>' quotes; sent to all fracties after the presidium; contains "
    "'doen ons best'",
    frm=addr("Sjoerd Hoekstra", "s.hoekstra@leeuwarden.nl"),
    envelope="s.hoekstra@leeuwarden.nl",
    date=d(10, 3, 8, 41, 27),
    code="GM0080",
    client="thunderbird",
    transport="relay",
    relay_host="smtp2.leeuwarden.nl",
    relay_ip="82.201.40.77",
    html="none",
    quote="thunderbird_nl",
    subject=f"Re: {SUBJECT}",
    text="Goedemorgen,\n\nUw mail is gisteren in het presidium besproken en daarna aan "
    "alle fracties verstuurd. We doen ons best om u te laten weten als er vanuit de "
    "raad op gereageerd wordt.\n\nMet groet,\nSjoerd Hoekstra\nGriffie Leeuwarden",
)

reply(
    "34_forwarded_with_negation_dordrecht.eml",
    "forwarded",
    "GM0505",
    "forwarded, while saying the griffie itself takes no position and submits no motions",
    frm=addr("Griffie Dordrecht", "griffie@dordrecht.nl"),
    envelope="griffie@dordrecht.nl",
    date=d(5, 3, 10, 3, 9),
    code="GM0505",
    quote="outlook_nl_orig",
    html="none",
    charset="iso-8859-1",
    text="Geachte heer/mevrouw,\n\nWij hebben uw e-mail doorgestuurd aan de "
    "fractievoorzitters. De griffie zelf neemt geen standpunt in en dient geen moties "
    "in; dat is aan de fracties.\n\nMet vriendelijke groet,\n\nRuud Verhoeven\n"
    "raadsadviseur | Griffie Dordrecht",
)

# ================================================================ motion planned

reply(
    "35_planned_private_gmail_plus_only.eml",
    "motion_planned",
    "GM0268",
    "fractievoorzitter from private gmail, no In-Reply-To; municipality only from the "
    "plus-address in To",
    frm=addr("Noor Haddou", "noor.haddou@gmail.com"),
    envelope="noor.haddou@gmail.com",
    date=d(6, 3, 21, 14, 2),
    code="GM0268",
    thread=False,
    client="gmail",
    transport="gmail",
    quote="none",
    subject=f"Re: {SUBJECT}",
    text="Beste mensen,\n\nDank voor jullie mail, die via de griffie bij mij terechtkwam. "
    "Als GroenLinks-PvdA gaan we de motie indienen bij de eerste raadsvergadering na de "
    "installatie van de nieuwe raad. Ik laat weten hoe het afloopt.\n\nGroet,\nNoor",
)

reply(
    "36_planned_den_bosch_new_mail.eml",
    "motion_planned",
    "GM0796",
    "new mail (no In-Reply-To) from a private address; municipality only from the text "
    "'Den Bosch' (= 's-Hertogenbosch)",
    frm=addr("Marloes Hendriks", "marloes.hendriks@outlook.com"),
    envelope="marloes.hendriks@outlook.com",
    date=d(24, 3, 22, 5, 41),
    to=INBOX,
    thread=False,
    client="owa",
    transport="exo",
    quote="none",
    subject="Motie gewortelde kinderen",
    text="Beste mensen van KinderpardonNU,\n\nVia onze griffie kreeg ik jullie mail door. "
    "Namens de D66-fractie in Den Bosch laat ik weten dat we de motie willen indienen "
    "in de raadsvergadering van 14 april. We zijn nog in gesprek met andere fracties "
    "over mede-indieners.\n\nHartelijke groet,\nMarloes Hendriks\nfractievoorzitter "
    "D66 Den Bosch",
)

reply(
    "37_planned_rhenen.eml",
    "motion_planned",
    "GM0340",
    "councillor at municipal domain: will prepare a motion with other parties",
    frm=addr("Daan Mulder", "d.mulder@rhenen.nl"),
    envelope="d.mulder@rhenen.nl",
    date=d(13, 3, 12, 30, 0),
    code="GM0340",
    quote="outlook_nl",
    text="Beste KinderpardonNU,\n\nWij gaan samen met de ChristenUnie en de PvdA een motie "
    "voorbereiden op basis van uw voorbeeld. Die willen we na het zomerreces in de raad "
    "brengen.\n\nMet vriendelijke groet,\n\nDaan Mulder\nfractievoorzitter "
    "GroenLinks Rhenen\n\n" + DISCLAIMER_A,
)

reply(
    "38_planned_negation_bergen_nh.eml",
    "motion_planned",
    "GM0373",
    "'nog niet ingediend, maar wel van plan'; gmail, no In-Reply-To; Bergen (NH.) only from "
    "text (Egmond, Schoorl, 'Bergen NH')",
    frm=addr("Gert-Jan Noordhof", "gjnoordhof@gmail.com"),
    envelope="gjnoordhof@gmail.com",
    date=d(2, 4, 20, 11, 38),
    to=INBOX,
    thread=False,
    client="gmail",
    transport="gmail",
    quote="none",
    subject="Motie kinderpardon",
    text="Hallo KinderpardonNU,\n\nDe griffie stuurde ons jullie bericht. De motie is nog "
    "niet ingediend, maar we zijn wel van plan dat te doen zodra de nieuwe raad aan de "
    "slag is. In onze gemeente (Bergen, Egmond en Schoorl) wonen ook gezinnen die "
    "hier al jaren in procedure zitten.\n\nMet vriendelijke groet,\nGert-Jan Noordhof\n"
    "fractievoorzitter GroenLinks Bergen NH",
)

# ================================================================ motion submitted

reply(
    "39_submitted_latin1_haarlem.eml",
    "motion_submitted",
    "GM0392",
    "griffie: motion submitted and on the agenda; iso-8859-1 quoted-printable",
    frm=addr("Raadsgriffie Haarlem", "raadsgriffie@haarlem.nl"),
    envelope="raadsgriffie@haarlem.nl",
    date=d(2, 4, 15, 2, 18),
    code="GM0392",
    charset="iso-8859-1",
    quote="outlook_nl",
    text="Geachte heer/mevrouw,\n\nIn aanvulling op ons eerdere bericht: de motie 'Pleidooi "
    "voor gewortelde kinderen' is ingediend door GroenLinks, PvdA en D66 en staat "
    "geagendeerd voor de raadsvergadering van 9 april. Na het debat wordt erover "
    "gestemd; de uitslag is daarna te vinden op haarlem.raadsinformatie.nl.\n\nMet "
    "vriendelijke groet,\n\nJoost Hermans\ncommissiegriffier",
)

reply(
    "40_submitted_hope_adopted_wageningen.eml",
    "motion_submitted",
    "GM0289",
    "new mail from a fractievoorzitter: submitted tonight, vote later; says 'hopen dat hij "
    "wordt aangenomen'",
    frm=addr("Ellen Kuipers", "ellen.kuipers@gl-wageningen.nl"),
    envelope="ellen.kuipers@gl-wageningen.nl",
    date=d(16, 4, 23, 2, 9),
    to=INBOX,
    thread=False,
    client="thunderbird",
    transport="relay",
    relay_host="smtp.transip.email",
    relay_ip="149.210.149.71",
    html="none",
    quote="none",
    subject="Motie gewortelde kinderen ingediend in Wageningen",
    text="Beste KinderpardonNU,\n\nVanavond hebben we in de gemeenteraad van Wageningen de "
    "motie 'Pleidooi voor gewortelde kinderen' ingediend, mede ondertekend door D66, SP "
    "en de PvdD. Stemming volgt op 23 april. We hopen natuurlijk dat hij wordt "
    "aangenomen!\n\nGroet,\nEllen Kuipers\nfractievoorzitter GroenLinks-PvdA "
    "Wageningen",
)

reply(
    "41_submitted_agenda_emmen.eml",
    "motion_submitted",
    "GM0114",
    "on the agenda (agendapunt), debate and vote to come",
    frm=addr("Griffie Emmen", "griffie@emmen.nl"),
    envelope="griffie@emmen.nl",
    date=d(12, 5, 9, 44, 1),
    code="GM0114",
    quote="outlook_nl",
    text="Geachte heer/mevrouw,\n\nDe motie over gewortelde kinderen is door de fractie van "
    "de PvdA ingediend en staat op de agenda van de raadsvergadering van 21 mei "
    "(agendapunt 12). Het debat en de stemming vinden dan plaats.\n\nMet vriendelijke "
    "groet,\n\nChantal Pinas\nGriffie gemeente Emmen",
)

reply(
    "42_submitted_gmail_html_only_vaals.eml",
    "motion_submitted",
    "GM0981",
    "HTML-only Gmail reply from a councillor's private gmail with In-Reply-To; motion "
    "submitted with number",
    frm=addr("Bart Kessels", "bart.kessels1971@gmail.com"),
    envelope="bart.kessels1971@gmail.com",
    date=d(8, 4, 18, 30, 12),
    code="GM0981",
    client="gmail",
    transport="gmail",
    html="only",
    quote="gmail_nl",
    subject=f"Re: {SUBJECT}",
    text="Beste mensen,\n\nDe motie is vandaag ingediend bij de griffie (M2026-14). Op 23 "
    "april wordt erover gestemd.\n\nGroeten,\nBart Kessels\nLokaal Vaals",
)

# ================================================================ motion adopted

add(
    "43_adopted_votes_pdf_tilburg.eml",
    "motion_adopted",
    "GM0855",
    "griffie: adopted 'met 24 stemmen voor en 9 tegen', PDF of the motion attached",
    build_reply(
        Reply(
            name="43",
            frm=addr("Griffie Tilburg", "griffie@tilburg.nl"),
            envelope="griffie@tilburg.nl",
            date=d(19, 5, 10, 2, 45),
            code="GM0855",
            quote="outlook_nl",
            text="Geachte heer/mevrouw,\n\nGraag laten wij u weten dat de motie 'Pleidooi voor "
            "gewortelde kinderen' in de raadsvergadering van 18 mei is aangenomen met 24 "
            "stemmen voor en 9 tegen. De aangenomen motie treft u als bijlage aan.\n\nMet "
            "vriendelijke groet,\n\nWouter Timmermans\nGriffie Tilburg\n\n" + DISCLAIMER_B,
            attachments=[
                attachment(
                    "application/pdf",
                    "M-2026-031 Gewortelde kinderen.pdf",
                    tiny_pdf(
                        [
                            "Motie M-2026-031",
                            "Pleidooi voor gewortelde kinderen",
                            "Aangenomen 18 mei 2026 (24-9)",
                        ]
                    ),
                )
            ],
        )
    ),
)

reply(
    "44_unaniem_roermond.eml",
    "motion_adopted",
    "GM0957",
    "short: 'unaniem aangenomen'",
    frm=addr("Geert Schepers", "g.schepers@roermond.nl"),
    envelope="g.schepers@roermond.nl",
    date=d(29, 5, 8, 20, 14),
    code="GM0957",
    client="owa",
    quote="outlook_nl_sep",
    subject=f"RE: {SUBJECT}",
    text="Goedemorgen,\n\nGisteravond is de motie in de gemeenteraad van Roermond unaniem "
    "aangenomen.\n\nGroet,\nGeert Schepers\ngriffier",
)

reply(
    "45_adopted_laren_gmail_new.eml",
    "motion_adopted",
    "GM0417",
    "gmail, no In-Reply-To; 'goed nieuws uit Laren' (Laren (NH.)); vote 12-3",
    frm=addr("Yvonne Meulenbelt", "yvonne.meulenbelt@gmail.com"),
    envelope="yvonne.meulenbelt@gmail.com",
    date=d(3, 6, 7, 55, 0),
    to=INBOX,
    thread=False,
    client="gmail",
    transport="gmail",
    quote="none",
    subject="Goed nieuws uit Laren!",
    text="Hoi KinderpardonNU,\n\nGoed nieuws uit Laren: gisteravond heeft de gemeenteraad "
    "onze motie over gewortelde kinderen aangenomen, met 12 stemmen voor en 3 tegen. "
    "Bedankt voor het voorbeeld!\n\nHartelijke groet,\nYvonne Meulenbelt\n"
    "fractievoorzitter D66 Laren",
)

reply(
    "46_adopted_despite_niet_enschede.eml",
    "motion_adopted",
    "GM0153",
    "iPhone reply, iOS-style quote; adopted although 'de VVD stemde niet in' (negation "
    "elsewhere in the sentence)",
    frm=addr("Rik Scholten", "rik.scholten@icloud.com"),
    envelope="rik.scholten@icloud.com",
    date=d(11, 6, 22, 48, 3),
    code="GM0153",
    client="ios",
    transport="icloud",
    quote="ios_nl",
    html="none",
    subject=f"Re: {SUBJECT}",
    text="Hallo,\n\nOndanks dat de VVD niet instemde is de motie vanavond in Enschede met "
    "ruime meerderheid aangenomen (27 voor, 8 tegen).\n\nRik Scholten\n"
    "fractievoorzitter PvdA Enschede\n\nVerstuurd vanaf mijn iPhone",
)

# ================================================================ motion rejected

reply(
    "47_niet_aangenomen_assen.eml",
    "motion_rejected",
    "GM0106",
    "'de motie is niet aangenomen', 14 voor 17 tegen",
    frm=addr("Griffie Assen", "griffie@assen.nl"),
    envelope="griffie@assen.nl",
    date=d(24, 4, 11, 12, 0),
    code="GM0106",
    quote="outlook_nl",
    text="Geachte heer/mevrouw,\n\nDe motie 'Pleidooi voor gewortelde kinderen' is "
    "gisteravond besproken in de raad. Helaas voor de indieners is de motie niet "
    "aangenomen: 14 stemmen voor en 17 tegen.\n\nMet vriendelijke groet,\n\n"
    "Henk Brouwer\nGriffie Assen",
)

reply(
    "48_verworpen_breda.eml",
    "motion_rejected",
    "GM0758",
    "'verworpen met 12 stemmen voor en 19 tegen'; Breda has no listed address (letter went "
    "to griffie@breda.nl)",
    frm=addr("Fatima Bouzid", "f.bouzid@breda.nl"),
    envelope="f.bouzid@breda.nl",
    date=d(22, 5, 16, 33, 27),
    code="GM0758",
    client="owa",
    quote="outlook_nl_sep",
    text="Beste KinderpardonNU,\n\nDe motie die mede naar aanleiding van uw brief door "
    "GroenLinks-PvdA en D66 was ingediend, is gisteren verworpen met 12 stemmen voor en "
    "19 tegen.\n\nMet vriendelijke groet,\nFatima Bouzid\nraadsgriffie Breda",
)

reply(
    "49_rejected_future_motion_weert.eml",
    "motion_rejected",
    "GM0988",
    "no majority; mentions possibly submitting a new motion after the summer",
    frm=addr("Loes Geraedts", "loesgeraedts@gmail.com"),
    envelope="loesgeraedts@gmail.com",
    date=d(2, 7, 9, 14, 50),
    code="GM0988",
    client="gmail",
    transport="gmail",
    quote="gmail_nl_wrapped",
    subject=f"Re: {SUBJECT}",
    text="Beste KinderpardonNU,\n\nGisteren is onze motie in Weert in stemming gebracht, "
    "maar die haalde geen meerderheid. We blijven ons inzetten; misschien dienen we "
    "na de zomer een nieuwe motie in, in een andere vorm.\n\nGroet,\nLoes Geraedts\n"
    "Weert Lokaal",
)

# ================================================================ declined

reply(
    "50_niet_doorsturen_wassenaar.eml",
    "declined",
    "GM0629",
    "'wij zijn niet van plan dit door te sturen'",
    frm=addr("Griffie Wassenaar", "griffie@wassenaar.nl"),
    envelope="griffie@wassenaar.nl",
    date=d(4, 3, 15, 31, 6),
    code="GM0629",
    quote="outlook_nl",
    text="Geachte heer/mevrouw,\n\nDe griffie stuurt geen verzoeken van derden door aan de "
    "fracties. Wij zijn dan ook niet van plan dit door te sturen. Fracties zijn via "
    "hun eigen kanalen bereikbaar.\n\nMet vriendelijke groet,\n\nGriffie Wassenaar\n\n"
    + DISCLAIMER_A,
)

reply(
    "51_fractie_geen_motie_tubbergen.eml",
    "declined",
    "GM0183",
    "fractievoorzitter: will not submit a motion, asylum policy is national",
    frm=addr("Jan Oude Vrielink", "j.oudevrielink@tubbergen.nl"),
    envelope="j.oudevrielink@tubbergen.nl",
    date=d(9, 3, 19, 5, 44),
    code="GM0183",
    quote="outlook_nl",
    text="Geachte heer/mevrouw,\n\nOnze fractie zal geen motie indienen. Asielbeleid is een "
    "landelijke aangelegenheid en daar gaat de gemeenteraad van Tubbergen niet over.\n\n"
    "Met vriendelijke groet,\nJan Oude Vrielink\nfractievoorzitter CDA Tubbergen",
)

reply(
    "52_college_geen_vervolg_oldambt.eml",
    "declined",
    "GM1895",
    "on behalf of the college: no follow-up will be given; long disclaimer",
    frm=addr("Bestuurssecretariaat Oldambt", "bestuurssecretariaat@gemeente-oldambt.nl"),
    envelope="bestuurssecretariaat@gemeente-oldambt.nl",
    date=d(12, 3, 14, 0, 3),
    code="GM1895",
    quote="outlook_nl",
    text="Geachte heer/mevrouw,\n\nNamens het college van burgemeester en wethouders "
    "bedanken wij u voor uw e-mail. Het college ziet geen aanleiding om hierop actie "
    "te ondernemen en zal uw verzoek niet aan de raad voorleggen. Wij geven er verder "
    "geen vervolg aan.\n\nMet vriendelijke groet,\n\nBestuurssecretariaat\nGemeente "
    "Oldambt\n\n" + DISCLAIMER_B,
)

# ================================================================ opt-out

reply(
    "53_verwijderen_verzendlijst_den_helder.eml",
    "opt_out",
    "GM0400",
    "asks to be removed from the mailing list",
    frm=addr("Gemeente Den Helder", "info@denhelder.nl"),
    envelope="info@denhelder.nl",
    date=d(4, 3, 10, 5, 55),
    code="GM0400",
    quote="outlook_nl",
    text="Geachte heer/mevrouw,\n\nWilt u dit adres van uw verzendlijst verwijderen? Wij "
    "ontvangen over dit onderwerp graag geen e-mails meer.\n\nMet vriendelijke groet,\n"
    "Team Informatievoorziening\nGemeente Den Helder",
)

reply(
    "54_geen_mails_meer_berg_en_dal.eml",
    "opt_out",
    "GM1945",
    "former councillor, private gmail with In-Reply-To: don't mail me any more",
    frm=addr("Jos Hermsen", "jos.hermsen@gmail.com"),
    envelope="jos.hermsen@gmail.com",
    date=d(7, 4, 13, 22, 17),
    code="GM1945",
    client="gmail",
    transport="gmail",
    quote="bare",
    html="none",
    subject=f"Re: {SUBJECT}",
    text="Graag geen mails meer naar dit adres. Ik ben sinds de verkiezingen geen raadslid "
    "meer.\n\nJos Hermsen",
)

# ================================================================ questions

reply(
    "55_word_bestand_nuenen.eml",
    "question",
    "GM0820",
    "asks for the model motion as a Word file; municipality name contains commas",
    frm=addr("Griffie Nuenen", "griffie@nuenen.nl"),
    envelope="griffie@nuenen.nl",
    date=d(5, 3, 9, 48, 2),
    code="GM0820",
    quote="outlook_nl",
    text="Goedemorgen,\n\nDe bijlage met de voorbeeldmotie komt bij ons niet goed door "
    "(het bestand is leeg). Kunt u de motie nogmaals sturen, bij voorkeur als "
    "Word-bestand?\n\nMet vriendelijke groet,\n\nMarloes van Kempen\nGriffie Nuenen, "
    "Gerwen en Nederwetten",
)

reply(
    "56_cijfers_veenendaal.eml",
    "question",
    "GM0345",
    "asks how many children it concerns in this municipality",
    frm=addr("Griffie Veenendaal", "griffie@veenendaal.nl"),
    envelope="griffie@veenendaal.nl",
    date=d(6, 3, 11, 30, 33),
    code="GM0345",
    client="owa",
    quote="outlook_nl_sep",
    text="Beste KinderpardonNU,\n\nEen van de fracties vraagt of u weet om hoeveel kinderen "
    "het in Veenendaal gaat. Heeft u cijfers per gemeente?\n\nMet vriendelijke groet,\n"
    "Jeroen Kleinjan\nGriffie Veenendaal",
)

reply(
    "57_inspreken_goes.eml",
    "question",
    "GM0664",
    "asks who is behind the group and whether they want to speak at a committee",
    frm=addr("Griffie Goes", "griffie@goes.nl"),
    envelope="griffie@goes.nl",
    date=d(10, 3, 14, 12, 9),
    code="GM0664",
    quote="outlook_nl",
    text="Geachte heer/mevrouw,\n\nIs KinderpardonNU een stichting of vereniging, en wie is "
    "uw contactpersoon? De commissie Bestuur vraagt of iemand van u op 7 april wil "
    "inspreken. Kunt u laten weten of dat mogelijk is?\n\nMet vriendelijke groet,\n\n"
    "Anouk de Visser\nGriffie Goes\n\n" + DISCLAIMER_A,
)

reply(
    "58_wie_zit_erachter_no_clue.eml",
    "question",
    "",
    "private gmail, new mail, no clue to any municipality",
    frm=addr("Pieter van Dijk", "pvandijk.raad@gmail.com"),
    envelope="pvandijk.raad@gmail.com",
    date=d(8, 3, 20, 2, 0),
    to=INBOX,
    thread=False,
    client="gmail",
    transport="gmail",
    quote="none",
    subject="Vraag over uw actie",
    text="Goedenavond,\n\nIk kreeg uw mail via de griffie. Wie zitten er achter "
    "KinderpardonNU? Ik lees in de brief geen namen, en ik wil graag weten met wie ik te "
    "maken heb voordat ik er in mijn fractie iets mee doe.\n\nMet vriendelijke groet,\n"
    "Pieter van Dijk",
)

# ================================================================ other

reply(
    "59_newsletter_mentions_motie.eml",
    "other",
    "",
    "newsletter (List-Unsubscribe, bulk); mentions an adopted motion elsewhere",
    frm=addr("Platform Kinderrechten", "nieuwsbrief@platformkinderrechten.nl"),
    envelope="bounce-mc.us21_4412.9017@mail138.suw121.mcsv.net",
    date=d(17, 3, 9, 0, 4),
    to=f"<{INBOX}>",
    thread=False,
    transport="relay",
    relay_host="mail138.suw121.mcsv.net",
    relay_ip="198.2.138.121",
    client="plain",
    quote="none",
    subject="Nieuwsbrief maart 2026: kinderrechten in de gemeenteraad",
    text="Nieuwsbrief maart 2026\n\nKinderrechten in de gemeenteraad\nIn verschillende "
    "gemeenten is de afgelopen maanden een motie over gewortelde kinderen aangenomen. "
    "Lees in deze nieuwsbrief hoe lokale politici het onderwerp op de agenda zetten.\n\n"
    "Agenda\n- 9 april: webinar 'Kinderrechten en lokaal beleid'\n- 20 november: "
    "Internationale Dag van de Rechten van het Kind\n\nJe ontvangt deze nieuwsbrief "
    "omdat je je hebt aangemeld via onze website.\nAfmelden: "
    "https://platformkinderrechten.us21.list-manage.com/unsubscribe?u=8a1f&id=2b7c",
    extra_headers="List-Unsubscribe: <https://platformkinderrechten.us21.list-manage.com/"
    "unsubscribe?u=8a1f&id=2b7c>,\n <mailto:unsubscribe-mc.us21_8a1f@"
    "unsubscribe.mailchimpapp.net>\nList-Unsubscribe-Post: List-Unsubscribe="
    "One-Click\nList-Id: 8a1f2b7c mailchimp list <8a1f2b7c.list-id."
    "mcsv.net>\nPrecedence: bulk\nX-Mailer: Mailchimp Mailer - **CID2b7c**\n",
)

reply(
    "60_google_security_alert.eml",
    "other",
    "",
    "Google account security alert",
    frm=addr("Google", "no-reply@accounts.google.com"),
    envelope="3xk9nZwgTC0ExyBkn7p1-B5zo1-7x4p-1n7A8p1Q.q03wy@gaia.bounces.google.com",
    date=d(3, 3, 9, 58, 40),
    to=INBOX,
    thread=False,
    transport="gmail",
    client="plain",
    quote="none",
    subject="Beveiligingsmelding",
    text="Nieuwe inlog op Linux\n\nkinderpardonnu@gmail.com\n\nWe hebben een nieuwe inlog "
    "bij je Google-account gezien op een Linux-apparaat. Als jij dit was, hoef je niets "
    "te doen. Zo niet, dan helpen we je om je account te beveiligen.\n\nActiviteit "
    "checken\nhttps://accounts.google.com/AccountChooser?Email=kinderpardonnu@gmail.com"
    "&continue=https://myaccount.google.com/alert/nt/1772528320000\n\nJe kunt ook je "
    "beveiligingsactiviteit bekijken op https://myaccount.google.com/notifications\n\n"
    "We hebben deze e-mail gestuurd om je op de hoogte te brengen van belangrijke "
    "wijzigingen in je Google-account en -services.\n© 2026 Google Ireland Ltd., Gordon "
    "House, Barrow Street, Dublin 4, Ireland",
    extra_headers="X-Notifications: 4f2a1c9d7e300000\nX-Notifications-Bounce-Info: "
    "AYkd2r0Q0ZzAYT3mQ8pJ5kLwBv7dNjAwNjA0MDQxNTM1NTk2OTMzMg\n",
)

reply(
    "61_linkedin_invitation_gemeente.eml",
    "other",
    "",
    "LinkedIn invitation from someone who works at a municipality: unrelated notification",
    frm=addr("Ruben Smit via LinkedIn", "invitations@linkedin.com"),
    envelope="s-3k1oy8bn4vyc2@bounce.linkedin.com",
    date=d(12, 3, 17, 4, 22),
    to=INBOX,
    thread=False,
    transport="relay",
    relay_host="mailb-ad.linkedin.com",
    relay_ip="108.174.3.13",
    client="plain",
    quote="none",
    subject="Ik wil je graag toevoegen aan mijn LinkedIn-netwerk",
    text="Ruben Smit\nBeleidsadviseur sociaal domein bij Gemeente Zwolle\n\nIk wil je graag "
    "toevoegen aan mijn netwerk op LinkedIn.\n\nAccepteren: https://www.linkedin.com/"
    "comm/mynetwork/invite-accept?invitationId=7301122334455667788\n\nDeze e-mail is "
    "bestemd voor KinderpardonNU. Afmelden: https://www.linkedin.com/comm/psettings/"
    "email-unsubscribe\n© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, "
    "Dublin 2.",
    extra_headers="X-LinkedIn-Class: INVITE-GUEST\nX-LinkedIn-Template: "
    "invite_guest_v2\nList-Unsubscribe: <https://www.linkedin.com/comm/"
    "psettings/email-unsubscribe?lipi=urn>\nPrecedence: bulk\n",
)


# ================================================================ redirects (more forms)

reply(
    "62_redirect_not_monitored_almere.eml",
    "redirect",
    "GM0034",
    "automatic notice: mailbox 'niet gemonitord', send it to the raadsgriffie instead; "
    "Auto-Submitted and an 'Automatisch antwoord:' subject, yet not an absence note",
    frm=addr("Gemeente Almere", "info@almere.nl"),
    envelope="info@almere.nl",
    date=d(3, 3, 10, 12, 52),
    code="GM0034",
    to=f"{OUR_NAME} <{INBOX}>",
    subject=f"Automatisch antwoord: {SUBJECT}",
    quote="none",
    client="owa",
    text="Deze mailbox wordt niet gemonitord.\n\nStuur uw bericht voor de gemeenteraad of "
    "de fracties naar raadsgriffie@almere.nl. Voor andere vragen belt u 14 036.\n\n"
    "Gemeente Almere",
    extra_headers=OOF_HEADERS.format(
        who="info@almere.nl", pod="AM0PR09MB3321.eurprd09.prod.outlook.com"
    ),
)

reply(
    "63_redirect_niet_in_gebruik_almelo.eml",
    "redirect",
    "GM0141",
    "address no longer in use, 'mail voortaan naar ...'; sent by a forwarding script without "
    "any auto-reply header",
    frm=addr("Gemeente Almelo", "gemeente@almelo.nl"),
    envelope="gemeente@almelo.nl",
    date=d(3, 3, 10, 13, 30),
    code="GM0141",
    transport="relay",
    relay_host="mail.almelo.nl",
    relay_ip="185.3.210.14",
    client="plain",
    html="none",
    subject=f"RE: {SUBJECT}",
    quote="none",
    text="Geachte afzender,\n\nDit e-mailadres is niet meer in gebruik. Mail voortaan naar "
    "info@almelo.nl; berichten voor de gemeenteraad kunt u sturen naar "
    "griffie@almelo.nl.\n\nGemeente Almelo",
)

reply(
    "64_redirect_e_loket_lochem.eml",
    "redirect",
    "GM0262",
    "automatic: requests by e-mail are not handled, 'u kunt uw verzoek indienen via' the "
    "e-loket (no address suggested); 'verzoek indienen' is not a motion",
    frm=addr("Gemeente Lochem", "info@lochem.nl"),
    envelope="info@lochem.nl",
    date=d(3, 3, 10, 14, 1),
    code="GM0262",
    to=f"{OUR_NAME} <{INBOX}>",
    transport="relay",
    relay_host="smtp.lochem.nl",
    relay_ip="195.35.12.70",
    client="plain",
    html="only",
    subject=f"Re: {SUBJECT}",
    quote="none",
    text="Geachte heer/mevrouw,\n\nVerzoeken en meldingen per e-mail nemen wij niet in "
    "behandeling. U kunt uw verzoek indienen via het e-loket op www.lochem.nl/loket.\n\n"
    "Met vriendelijke groet,\nGemeente Lochem",
    extra_headers=AUTO_GEN,
)

reply(
    "65_redirect_human_richten_hilversum.eml",
    "redirect",
    "GM0402",
    "a person at the general mailbox: this mailbox is not read by the griffie, 'uw brief te "
    "richten aan' griffie@hilversum.nl",
    frm=addr("Gemeente Hilversum | Klantcontact", "gemeente@hilversum.nl"),
    envelope="gemeente@hilversum.nl",
    date=d(4, 3, 11, 2, 40),
    code="GM0402",
    client="owa",
    quote="outlook_nl_sep",
    text="Goedemiddag,\n\nDeze mailbox wordt niet door de griffie gelezen. Wij verzoeken u "
    "vriendelijk uw brief te richten aan de griffie: griffie@hilversum.nl.\n\nMet "
    "vriendelijke groet,\n\nEsther Blom\nKlantcontact gemeente Hilversum\n\n" + DISCLAIMER_A,
)

reply(
    "66_redirect_english_purmerend.eml",
    "redirect",
    "GM0439",
    "English automatic notice: mail to this address is not read, submit the request via "
    "the website",
    frm=addr("Gemeente Purmerend", "info@purmerend.nl"),
    envelope="info@purmerend.nl",
    date=d(3, 3, 10, 13, 3),
    code="GM0439",
    to=f"{OUR_NAME} <{INBOX}>",
    subject=f"Automatic reply: {SUBJECT}",
    quote="none",
    text="Emails sent to this address are not read. Please submit your request through "
    "www.purmerend.nl/contact.\n\nMunicipality of Purmerend",
    extra_headers="Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\n",
)

reply(
    "67_redirect_niet_meer_werkzaam_zaanstad.eml",
    "redirect",
    "GM0479",
    "out-of-office style notice from a former employee: no longer works there, mail is not "
    "forwarded, 'kunt u terecht bij' the raadsgriffie",
    frm=addr("Jan de Vries", "j.devries@zaanstad.nl"),
    envelope="j.devries@zaanstad.nl",
    date=d(4, 3, 9, 1, 12),
    code="GM0479",
    to=f"{OUR_NAME} <{INBOX}>",
    subject=f"Automatisch antwoord: {SUBJECT}",
    quote="none",
    text="Ik ben niet meer werkzaam bij de gemeente Zaanstad. Uw e-mail wordt niet "
    "doorgestuurd.\n\nVoor de gemeenteraad en de fracties kunt u terecht bij "
    "raadsgriffie@zaanstad.nl.",
    extra_headers=OOF_HEADERS.format(
        who="j.devries@zaanstad.nl", pod="AS4PR09MB6655.eurprd09.prod.outlook.com"
    ),
)

reply(
    "68_redirect_nieuw_adres_alphen.eml",
    "redirect",
    "GM0484",
    "automatic: the griffie has a new address, please send the message again ('opnieuw versturen')",
    frm=addr("Gemeente Alphen aan den Rijn", "gemeente@alphenaandenrijn.nl"),
    envelope="gemeente@alphenaandenrijn.nl",
    date=d(3, 3, 10, 15, 44),
    code="GM0484",
    to=f"{OUR_NAME} <{INBOX}>",
    subject=f"Automatisch bericht: {SUBJECT}",
    quote="none",
    text="Geachte afzender,\n\nDe griffie heeft een nieuw e-mailadres: "
    "griffie@alphenaandenrijn.nl. Wilt u uw bericht opnieuw versturen naar dat "
    "adres?\n\nMet vriendelijke groet,\nGemeente Alphen aan den Rijn",
    extra_headers="Auto-Submitted: auto-generated\n",
)

# ------------------------------------------------- near misses: absence notes stay auto_reply

reply(
    "69_oof_urgent_address_gouda.eml",
    "auto_reply",
    "GM0513",
    "out-of-office that gives a colleague's address for urgent matters ('voor dringende "
    "zaken kunt u uw e-mail sturen naar'): an absence note, not a redirect",
    frm=addr("Petra Verhoef", "p.verhoef@gouda.nl"),
    envelope="p.verhoef@gouda.nl",
    date=d(3, 3, 10, 16, 2),
    code="GM0513",
    to=f"{OUR_NAME} <{INBOX}>",
    subject=f"Automatisch antwoord: {SUBJECT}",
    quote="none",
    text="Ik ben afwezig tot en met vrijdag 27 maart. Voor dringende zaken kunt u uw "
    "e-mail sturen naar griffie@gouda.nl.\n\nMet vriendelijke groet,\nPetra Verhoef",
    extra_headers=OOF_HEADERS.format(
        who="p.verhoef@gouda.nl", pod="AM6PR09MB2210.eurprd09.prod.outlook.com"
    ),
)

reply(
    "70_afwezig_spoed_heusden.eml",
    "auto_reply",
    "GM0797",
    "'Afwezig:' subject only (no auto headers); mail not read during the absence, in urgent "
    "cases use the secretariat's address",
    frm=addr("Bas van Gils", "b.vangils@heusden.nl"),
    envelope="b.vangils@heusden.nl",
    date=d(3, 3, 11, 20, 9),
    code="GM0797",
    to=f"{OUR_NAME} <{INBOX}>",
    subject=f"Afwezig: {SUBJECT}",
    quote="none",
    client="owa",
    text="Tijdens mijn vakantie wordt mijn mail niet gelezen. In spoedeisende gevallen "
    "kunt u mailen naar secretariaat@heusden.nl. Vanaf 16 maart ben ik weer "
    "bereikbaar.\n\nBas van Gils",
)

# ================================================================ receipts (more forms)

reply(
    "71_receipt_binnengekomen_html_oss.eml",
    "acknowledged",
    "GM0828",
    "HTML-only templated receipt without any auto-reply header or case number: "
    "'bij ons is binnengekomen', 'streven ernaar binnen 5 werkdagen'",
    frm=addr("Gemeente Oss", "Gemeente@oss.nl"),
    envelope="gemeente@oss.nl",
    date=d(3, 3, 10, 19, 26),
    code="GM0828",
    transport="relay",
    relay_host="mailout.oss.nl",
    relay_ip="83.172.160.21",
    client="plain",
    html="only",
    subject=f"RE: {SUBJECT}",
    quote="none",
    text="Geachte heer/mevrouw,\n\nHierbij bevestigen wij dat uw e-mail bij ons is "
    "binnengekomen. Wij streven ernaar u binnen 5 werkdagen een reactie te sturen.\n\n"
    "Met vriendelijke groet,\n\nGemeente Oss",
)

reply(
    "72_receipt_english_maastricht.eml",
    "acknowledged",
    "GM0935",
    "English receipt: 'Your message has been received and will be answered within 10 working days'",
    frm=addr("Gemeente Maastricht", "post@maastricht.nl"),
    envelope="post@maastricht.nl",
    date=d(3, 3, 10, 12, 59),
    code="GM0935",
    to=f"{OUR_NAME} <{INBOX}>",
    subject=f"Re: {SUBJECT}",
    quote="none",
    client="plain",
    text="Thank you for contacting the Municipality of Maastricht.\n\nYour message has been "
    "received and will be answered within 10 working days.\n\nMunicipality of "
    "Maastricht",
    extra_headers="Auto-Submitted: auto-replied\n",
)

reply(
    "73_receipt_referentie_de_ronde_venen.eml",
    "acknowledged",
    "GM0736",
    "'dank voor uw e-mailbericht' (compound noun), registered with 'referentie: #DRV-45512', "
    "no auto-reply header",
    frm=addr("Gemeente De Ronde Venen", "gemeente@derondevenen.nl"),
    envelope="gemeente@derondevenen.nl",
    date=d(3, 3, 11, 41, 0),
    code="GM0736",
    client="owa",
    subject=f"RE: {SUBJECT}",
    quote="none",
    text="Geachte heer/mevrouw,\n\nHartelijk dank voor uw e-mailbericht. Het is bij ons "
    "vastgelegd met referentie: #DRV-45512. Wij nemen zo snel mogelijk contact met u "
    "op.\n\nMet vriendelijke groet,\nTeam Dienstverlening\nGemeente De Ronde Venen",
)

reply(
    "74_receipt_dank_u_wel_zoetermeer.eml",
    "acknowledged",
    "GM0637",
    "HTML-only receipt from the 'Antwoord@' mailbox, only 'Precedence: bulk': 'dank u wel "
    "voor uw mail', 'wij komen er zo snel mogelijk bij u op terug'",
    frm=addr("Antwoord Zoetermeer", "Antwoord@zoetermeer.nl"),
    envelope="antwoord@zoetermeer.nl",
    date=d(3, 3, 10, 17, 18),
    code="GM0637",
    client="plain",
    html="only",
    subject=f"RE: {SUBJECT}",
    quote="none",
    text="Beste afzender,\n\nDank u wel voor uw mail aan de gemeente Zoetermeer. Wij komen "
    "er zo snel mogelijk bij u op terug.\n\nGemeente Zoetermeer | Antwoord",
    extra_headers="Precedence: bulk\n",
)

reply(
    "75_receipt_aangekomen_valkenburg.eml",
    "acknowledged",
    "GM0994",
    "short receipt: 'in goede orde bij ons aangekomen', 'u hoort binnen twee weken van ons'",
    frm=addr("Gemeente Valkenburg aan de Geul", "info@valkenburg.nl"),
    envelope="info@valkenburg.nl",
    date=d(4, 3, 8, 32, 45),
    code="GM0994",
    quote="outlook_nl",
    text="Geachte heer/mevrouw,\n\nUw bericht is in goede orde bij ons aangekomen. U hoort "
    "binnen twee weken van ons.\n\nMet vriendelijke groet,\n\nSecretariaat gemeente "
    "Valkenburg aan de Geul",
)

reply(
    "76_absence_no_headers_leiden.eml",
    "auto_reply",
    "GM0546",
    "near miss: absence note typed as an ordinary reply (no auto headers, plain subject) "
    "that thanks for the message and promises contact after the return: still auto_reply",
    frm=addr("Mirjam Koster", "m.koster@leiden.nl"),
    envelope="m.koster@leiden.nl",
    date=d(3, 3, 12, 4, 30),
    code="GM0546",
    quote="none",
    client="outlook",
    subject=f"RE: {SUBJECT}",
    text="Bedankt voor uw bericht. Ik ben met vakantie tot en met 20 maart. Na mijn "
    "terugkomst neem ik zo snel mogelijk contact met u op.\n\nMirjam Koster\n"
    "Griffie Leiden",
)

reply(
    "77_receipt_noreply_not_read_ridderkerk.eml",
    "acknowledged",
    "GM0597",
    "near miss for redirect: a receipt whose own no-reply address 'wordt niet gelezen' and "
    "which points to the contact form for questions",
    frm=addr("Gemeente Ridderkerk", "noreply@ridderkerk.nl"),
    envelope="noreply@ridderkerk.nl",
    date=d(3, 3, 10, 14, 55),
    code="GM0597",
    to=INBOX,
    transport="relay",
    relay_host="mail.ridderkerk.nl",
    relay_ip="212.115.196.8",
    client="plain",
    subject=f"Re: {SUBJECT}",
    quote="none",
    text="Geachte heer/mevrouw,\n\nWij hebben uw e-mail ontvangen en doorgestuurd naar de "
    "juiste afdeling.\n\nDit is een automatisch bericht; dit e-mailadres wordt niet "
    "gelezen. Heeft u vragen, gebruik dan het contactformulier op www.ridderkerk.nl."
    "\n\nGemeente Ridderkerk",
    extra_headers=AUTO_GEN,
)

# ================================================================ forwarded, with a possible motion

reply(
    "78_forwarded_eventuele_motie_rotterdam.eml",
    "forwarded",
    "GM0599",
    "forwarded; a possible motion is up to the fracties ('zelf besluiten of zij', 'een "
    "eventuele motie moet ... worden ingediend'): not submitted",
    frm=addr("Griffie Rotterdam", "griffie@rotterdam.nl"),
    envelope="griffie@rotterdam.nl",
    date=d(5, 3, 14, 21, 7),
    code="GM0599",
    quote="outlook_nl",
    text="Geachte heer/mevrouw,\n\nIk heb uw mail doorgestuurd aan de fractievoorzitters, "
    "zij kunnen zelf besluiten of zij een motie indienen. Een eventuele motie moet door "
    "een of meer fracties worden ingediend.\n\nMet vriendelijke groet,\n\nGriffie "
    "Rotterdam",
)

reply(
    "79_forwarded_zullen_beoordelen_delft.eml",
    "forwarded",
    "GM0503",
    "forwarded to all fracties, who 'zullen beoordelen of zij hier een motie over willen "
    "indienen': a third party's possibility, not a plan",
    frm=addr("Raadsgriffie Delft", "griffie@delft.nl"),
    envelope="griffie@delft.nl",
    date=d(6, 3, 9, 50, 33),
    code="GM0503",
    client="owa",
    quote="outlook_nl_sep",
    text="Beste KinderpardonNU,\n\nUw brief is doorgestuurd naar alle fracties. De "
    "fracties zullen beoordelen of zij hier een motie over willen indienen.\n\n"
    "Groet,\nRaadsgriffie Delft",
)

reply(
    "80_ingekomen_stuk_commissie_amsterdam.eml",
    "forwarded",
    "GM0363",
    "the letter (not a motion) 'staat als ingekomen stuk op de agenda' of a committee",
    frm=addr("Griffie Amsterdam", "griffie@amsterdam.nl"),
    envelope="griffie@amsterdam.nl",
    date=d(9, 3, 16, 3, 11),
    code="GM0363",
    quote="outlook_nl",
    text="Geachte heer/mevrouw,\n\nUw brief staat als ingekomen stuk op de agenda van de "
    "commissie Algemene Zaken van 14 april.\n\nMet vriendelijke groet,\n\nGriffie "
    "gemeente Amsterdam",
)

reply(
    "81_forwarded_mocht_haarlemmermeer.eml",
    "forwarded",
    "GM0394",
    "passed on to the councillors; 'mocht er een motie worden ingediend' is conditional",
    frm=addr("Sanne Brouwer", "s.brouwer@haarlemmermeer.nl"),
    envelope="s.brouwer@haarlemmermeer.nl",
    date=d(5, 3, 12, 7, 58),
    code="GM0394",
    quote="outlook_nl",
    text="Beste KinderpardonNU,\n\nWij hebben uw e-mail ter informatie doorgezet naar de "
    "raadsleden. Mocht er een motie worden ingediend, dan hoort u dat van ons.\n\n"
    "Met vriendelijke groet,\nSanne Brouwer\nGriffie Haarlemmermeer",
)

reply(
    "82_brief_besproken_commissie_lelystad.eml",
    "forwarded",
    "GM0995",
    "the letter 'wordt besproken in de commissie': the letter reached the council, no motion",
    frm=addr("Griffie Lelystad", "griffie@lelystad.nl"),
    envelope="griffie@lelystad.nl",
    date=d(10, 3, 10, 10, 10),
    code="GM0995",
    quote="outlook_nl",
    text="Geachte heer/mevrouw,\n\nUw brief wordt besproken in de commissie Bestuur van 7 "
    "april. De fracties kunnen daar aangeven of zij er iets mee willen doen.\n\nMet "
    "vriendelijke groet,\n\nGriffie Lelystad",
)

# ================================================================ motion planned (future forms)

reply(
    "83_planned_zal_worden_ingediend_arnhem.eml",
    "motion_planned",
    "GM0202",
    "'de motie zal ... worden ingediend': future passive, not yet submitted",
    frm=addr("Griffie Arnhem", "griffie@arnhem.nl"),
    envelope="griffie@arnhem.nl",
    date=d(16, 3, 11, 25, 40),
    code="GM0202",
    quote="outlook_nl",
    text="Geachte heer/mevrouw,\n\nGraag laten wij u weten dat de motie in de "
    "raadsvergadering van 2 april zal worden ingediend door GroenLinks-PvdA en D66.\n\n"
    "Met vriendelijke groet,\n\nGriffie Arnhem",
)

reply(
    "84_planned_dienen_hem_in_helmond.eml",
    "motion_planned",
    "GM0794",
    "'we dienen hem volgende maand in': present tense with a future time, the motion only "
    "named in the sentence before",
    frm=addr("Sevda Yilmaz", "sevda.yilmaz@gmail.com"),
    envelope="sevda.yilmaz@gmail.com",
    date=d(12, 3, 20, 41, 2),
    code="GM0794",
    client="gmail",
    transport="gmail",
    quote="gmail_nl",
    subject=f"Re: {SUBJECT}",
    text="Hoi,\n\nDank voor de voorbeeldmotie, die is heel bruikbaar. We dienen hem "
    "volgende maand in, samen met het CDA.\n\nGroet,\nSevda Yilmaz\nfractievoorzitter "
    "PvdA Helmond",
)

reply(
    "85_planned_wordt_ingediend_venlo.eml",
    "motion_planned",
    "GM0983",
    "'de motie wordt in de raadsvergadering van 16 april ingediend': present passive with a "
    "future date",
    frm=addr("Tom Peeters", "t.peeters@venlo.nl"),
    envelope="t.peeters@venlo.nl",
    date=d(20, 3, 15, 0, 3),
    code="GM0983",
    quote="outlook_nl",
    text="Beste KinderpardonNU,\n\nDe motie wordt in de raadsvergadering van 16 april "
    "ingediend door onze fractie en die van de SP.\n\nMet vriendelijke groet,\nTom "
    "Peeters\nfractievoorzitter GroenLinks-PvdA Venlo",
)

reply(
    "86_planned_besloten_in_te_dienen_hoorn.eml",
    "motion_planned",
    "GM0405",
    "'heeft besloten de motie in te dienen': a decision to submit, not a submission",
    frm=addr("Ria Bakker", "r.bakker@hoorn.nl"),
    envelope="r.bakker@hoorn.nl",
    date=d(18, 3, 9, 12, 0),
    code="GM0405",
    client="owa",
    quote="outlook_nl_sep",
    text="Goedemorgen,\n\nOnze fractie heeft besloten de motie in te dienen bij de "
    "volgende raadsvergadering.\n\nGroet,\nRia Bakker\nChristenUnie Hoorn",
)

reply(
    "87_planned_ga_kijken_of_kampen.eml",
    "motion_planned",
    "GM0166",
    "'ik ga kijken of ik de motie kan indienen': the sender's own intention, so planned "
    "(not a third party's possibility)",
    frm=addr("Henk Dijkstra", "h.dijkstra@kampen.nl"),
    envelope="h.dijkstra@kampen.nl",
    date=d(11, 3, 13, 44, 21),
    code="GM0166",
    quote="outlook_nl",
    text="Dag KinderpardonNU,\n\nIk ga kijken of ik de motie kan indienen bij de "
    "begrotingsbehandeling. Ik houd u op de hoogte.\n\nHenk Dijkstra\nfractie "
    "Kamper Belang",
)

# ================================================================ motion submitted (near misses)

reply(
    "88_submitted_heb_ik_ingediend_sittard.eml",
    "motion_submitted",
    "GM1883",
    "'heb ik de motie ingediend': perfect tense, first person, with a vote still to come",
    frm=addr("Nicole Claessens", "nicole.claessens@sittard-geleen.nl"),
    envelope="nicole.claessens@sittard-geleen.nl",
    date=d(24, 4, 8, 3, 17),
    code="GM1883",
    quote="outlook_nl",
    text="Goedemorgen,\n\nGisteravond heb ik de motie ingediend, mede namens D66. De "
    "stemming is op 14 mei; ik zal u laten weten hoe het afloopt.\n\nNicole Claessens\n"
    "fractievoorzitter GroenLinks Sittard-Geleen",
)

reply(
    "89_submitted_vanavond_zutphen.eml",
    "motion_submitted",
    "GM0301",
    "'we dienen de motie vanavond in': present tense about today counts as submitted",
    frm=addr("Joris Wijers", "joriswijers@gmail.com"),
    envelope="joriswijers@gmail.com",
    date=d(14, 4, 17, 30, 0),
    code="GM0301",
    client="gmail",
    transport="gmail",
    quote="gmail_nl",
    subject=f"Re: {SUBJECT}",
    text="Hallo,\n\nGoed nieuws: we dienen de motie vanavond in tijdens de "
    "raadsvergadering.\n\nJoris Wijers\nD66 Zutphen",
)

reply(
    "90_submitted_and_future_debate_capelle.eml",
    "motion_submitted",
    "GM0502",
    "'is ingediend en zal ... worden besproken': done, with a future debate that must not "
    "turn it into planned",
    frm=addr("Griffie Capelle aan den IJssel", "griffie@capelleaandenijssel.nl"),
    envelope="griffie@capelleaandenijssel.nl",
    date=d(2, 4, 10, 48, 9),
    code="GM0502",
    quote="outlook_nl",
    text="Geachte heer/mevrouw,\n\nDe motie is ingediend door de SP en zal op 9 april in "
    "de raad worden besproken.\n\nMet vriendelijke groet,\n\nGriffie Capelle aan den "
    "IJssel",
)


# ================================================================ short plain replies


def short(index: int, row: tuple[str, str, str, str, str, str, dict[str, object]]) -> None:
    """A short reply from `short_replies.py`, sent from the municipality's own domain."""
    file, label, code, note, sender, text, options = row
    kw: dict[str, object] = {
        "code": code,
        "date": d(1 + index % 27, 4 + index % 3, 9 + index % 8, index % 60, (7 * index) % 60),
    }
    address = sender if "@" in sender else f"{sender}@{letter_address(code).rpartition('@')[2]}"
    kw.update(frm=addr(sender.split("@")[0].replace(".", " ").title(), address), envelope=address)
    if not code:
        kw.update(to=INBOX)
    kw.update(options)
    kw.update(text=text)
    reply(file, label, code, note, **kw)


for number, row in enumerate(SHORT):
    short(number, row)


if __name__ == "__main__":
    write_set(HERE, cases)
    from collections import Counter

    print(len(cases), dict(Counter(c.label for c in cases)))
    _ = (letter_address, SUBJECT)
