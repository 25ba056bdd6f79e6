"""Write the held-out Dutch set: `*.eml` files and `labels.csv` in this folder.

Run from the repository root:  .venv/bin/python bench/holdout_nl/generate.py
Uses the message builders of tests/corpus/mailkit.py; the cases (senders, wording,
municipalities) are all different from the development set in tests/corpus/.
File names are neutral (h01.eml ...) and the order is shuffled, so a name says nothing
about the label.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "tests" / "corpus"))

from mailkit import (  # noqa: E402
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

cases: list[Case] = []
WAVE2 = datetime(2026, 3, 10, 9, 34, 51, tzinfo=AMS)  # second sending wave


def d(day: int, month: int, h: int, m: int, s: int = 0) -> datetime:
    return datetime(2026, month, day, h, m, s, tzinfo=AMS)


def add(key: str, label: str, muni: str, note: str, raw: bytes) -> None:
    cases.append(Case(key, label, muni, note, raw))


def reply(key: str, label: str, muni: str, note: str, **kw: object) -> None:
    add(key, label, muni, note, build_reply(Reply(name="holdout-" + key, **kw)))  # type: ignore[arg-type]


def wave2(code: str) -> Quoted:
    return Quoted(to=letter_address(code), date=WAVE2)


DISCLAIMER_C = (
    "----------------------------------------------------------------------\n"
    "Deze e-mail (inclusief eventuele bijlagen) is alleen bedoeld voor de persoon of "
    "organisatie aan wie hij is gericht. Als u niet de bedoelde ontvanger bent, mag u de "
    "inhoud niet gebruiken, kopiëren of verspreiden. Hebt u deze e-mail ten onrechte "
    "ontvangen, laat dit de afzender dan weten en vernietig het bericht. Verzoeken om "
    "informatie op grond van de Woo kunt u richten aan woo@gemeente.nl.\n"
    "----------------------------------------------------------------------"
)
DISCLAIMER_D = (
    "De gemeente Zaanstad aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit de "
    "inhoud van dit bericht of uit het niet tijdig ontvangen ervan. Dit bericht is uitsluitend "
    "bestemd voor de geadresseerde; gebruik door derden is niet toegestaan."
)
OOF = (
    "X-Auto-Response-Suppress: All\n"
    "X-MS-Exchange-Inbox-Rules-Loop: {who}\n"
    "auto-submitted: auto-generated\n"
)
AUTO = "Auto-Submitted: auto-generated\nPrecedence: bulk\nX-Auto-Response-Suppress: All\n"


def docx_parts() -> list[str]:
    return [attachment(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", n,
        tiny_docx(n.removesuffix(".docx")))
        for n in ("Achtergrondinformatie kinderpardon.docx",
                  "Voorstel van motie kinderpardon.docx")]


# ---------------------------------------------------------------- bounce_hard
add("baarn", "bounce_hard", "GM0308",
    "Gmail DSN (English), 550 5.1.1 from the municipality's MX, full original",
    gmail_dsn("holdout-baarn", "GM0308", rcpt="gemeente@baarn.nl", when=d(3, 3, 10, 12, 52),
              status="5.1.1",
              diag="550 5.1.1 <gemeente@baarn.nl>: Recipient address rejected: undeliverable "
                   "address: mailbox unavailable",
              remote_mta="mx01.baarn.nl. (91.198.22.10, the server for the domain baarn.nl.)"))
add("debilt", "bounce_hard", "GM0310",
    "Microsoft 365 NDR: council group accepts internal senders only (5.7.133)",
    m365_ndr("holdout-debilt", "GM0310", rcpt="gemeenteraad@debilt.nl", tenant="gemeentedebilt",
             when=d(3, 3, 10, 14, 0), status="5.7.133",
             diag="550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication "
                  "required; Delivery restriction check failed as sender not authenticated for "
                  "group"))
add("nederweert", "bounce_hard", "GM0946",
    "Exim plain-text bounce (not RFC 3464), copy of the letter inline",
    mta_bounce("holdout-nederweert", "GM0946", rcpt="griffie@nederweert.nl",
               when=d(3, 3, 10, 13, 8), host="mx.nederweert.nl", ip="185.87.186.41",
               status="5.1.1",
               diag="SMTP error from remote mail server after RCPT TO:<griffie@nederweert.nl>:\n"
                    "    550 5.1.1 <griffie@nederweert.nl>: User unknown",
               remote="", flavour="exim"))
add("stichtsevecht", "bounce_hard", "GM1904",
    "Gmail DSN in Dutch with 550 5.1.10 from Exchange Online, original headers only",
    gmail_dsn("holdout-stichtsevecht", "GM1904", rcpt="info@stichtsevecht.nl",
              when=d(10, 3, 9, 35, 30), status="5.1.10",
              diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient info@stichtsevecht.nl "
                   "not found by SMTP address lookup",
              remote_mta="stichtsevecht-nl.mail.protection.outlook.com. (52.101.68.5, the "
                         "server for the domain stichtsevecht.nl.)",
              lang="nl", original="headers"))
add("nederbetuwe", "bounce_hard", "GM1740",
    "Dutch Exchange NDR 'Onbestelbaar:' mailbox full 552 5.2.2 (status class 5 = permanent)",
    m365_ndr("holdout-nederbetuwe", "GM1740", rcpt="griffie@nederbetuwe.nl",
             tenant="nederbetuwe", when=d(3, 3, 10, 20, 41), status="5.2.2", lang="nl",
             diag="552 5.2.2 STOREDRV.Deliver; mailbox full", original="full"))

# ---------------------------------------------------------------- bounce_soft
add("leusden", "bounce_soft", "GM0327",
    "Microsoft 365 'Delivery delayed:' (Action: delayed, 4.4.316)",
    m365_ndr("holdout-leusden", "GM0327", rcpt="gemeente@leusden.nl", tenant="gemeenteleusden",
             when=d(3, 3, 14, 15, 2), status="4.4.316", delayed=True,
             diag="451 4.4.316 Connection refused [Message=Socket error code 10061] "
                  "[LastAttemptedServerName=mail.leusden.nl]"))
add("vlissingen", "bounce_soft", "GM0718",
    "Gmail delay notice (English), 421 4.7.0 too many connections",
    gmail_dsn("holdout-vlissingen", "GM0718", rcpt="gemeente@vlissingen.nl",
              when=d(3, 3, 15, 2, 11), status="4.7.0",
              diag="421 4.7.0 mx1.vlissingen.nl Error: too many connections from 209.85.218.54",
              remote_mta="mx1.vlissingen.nl. (83.137.146.20, the server for the domain "
                         "vlissingen.nl.)", action="delayed", original="headers"))

# ---------------------------------------------------------------- auto_reply
reply("gouda", "auto_reply", "GM0513",
      "Outlook 'Automatisch antwoord:' part-time worker absence notice",
      frm=addr("Verhagen, Monique", "m.verhagen@gouda.nl"), envelope="m.verhagen@gouda.nl",
      date=d(3, 3, 10, 12, 33), code="GM0513", to=f"{OUR_NAME} <{INBOX}>",
      subject=f"Automatisch antwoord: {SUBJECT}", quote="none", client="owa",
      text="Goedendag,\n\nOp dinsdag en woensdag ben ik niet aanwezig. Vanaf donderdag lees ik "
           "uw bericht.\n\nMonique Verhagen\nBestuursadviseur griffie",
      extra_headers=OOF.format(who="m.verhagen@gouda.nl"))
reply("haarlemmermeer", "auto_reply", "GM0394",
      "English 'Out of Office:' subject, plain body",
      frm=addr("Sam de Groot", "sam.degroot@haarlemmermeer.nl"),
      envelope="sam.degroot@haarlemmermeer.nl", date=d(3, 3, 10, 15, 7), code="GM0394",
      to=f"{OUR_NAME} <{INBOX}>", subject=f"Out of Office: {SUBJECT}", quote="none",
      html="none", text="I am currently out of the office, returning 9 March.\n\nSam de Groot",
      extra_headers=OOF.format(who="sam.degroot@haarlemmermeer.nl"))
reply("lopik", "auto_reply", "GM0331",
      "sieve vacation reply ('auto-replied (vacation)'), subject 'Afwezig'",
      frm="griffier@lopik.nl", envelope="griffier@lopik.nl", date=d(3, 3, 10, 12, 29),
      code="GM0331", to=INBOX, thread=True, transport="relay", relay_host="mail.lopik.nl",
      relay_ip="176.62.201.33", client="plain", html="none", subject="Afwezig",
      quote="none",
      text="Tot en met vrijdag 6 maart ben ik afwezig en lees ik mijn mail niet.\n\n"
           "Mirjam Hoogendoorn\ngriffier",
      extra_headers="Auto-Submitted: auto-replied (vacation)\nPrecedence: bulk\n")
reply("vijfheerenlanden", "auto_reply", "GM1961",
      "meireces notice replying to our reminder (not the letter): letter id only in "
      "References",
      frm=addr("Raadsgriffie Vijfheerenlanden", "raadsgriffie@vijfheerenlanden.nl"),
      envelope="raadsgriffie@vijfheerenlanden.nl", date=d(28, 4, 10, 3, 0), code="GM1961",
      to=f"{OUR_NAME} <{plus_address('GM1961')}>",
      refs=[our_message_id("GM1961"),
            "<CAE2kVv4qR9+ZmX1bN0wTt6Lp8sQ3hYd7uJfK5o=aGc1xWn0Pe@mail.gmail.com>"],
      subject=f"Automatisch antwoord: Herinnering: {SUBJECT}", quote="none",
      text="Geachte afzender,\n\nVan 25 april tot en met 10 mei is het meireces. In die "
           "periode zijn er geen vergaderingen en is de raadsgriffie beperkt bereikbaar.\n\n"
           "Met vriendelijke groet,\nRaadsgriffie Vijfheerenlanden",
      extra_headers=OOF.format(who="raadsgriffie@vijfheerenlanden.nl"))

# ---------------------------------------------------------------- redirect
reply("teylingen", "redirect", "GM1525",
      "automatic: this address is not for the council, use the web form (no address)",
      frm=addr("Gemeente Teylingen", "gemeente@teylingen.nl"),
      envelope="gemeente@teylingen.nl", date=d(3, 3, 10, 12, 55), code="GM1525",
      to=f"{OUR_NAME} <{INBOX}>", subject=f"Automatisch antwoord: {SUBJECT}", quote="none",
      text="Dit e-mailadres is niet bedoeld voor berichten aan de gemeenteraad. Wilt u de "
           "raad of een fractie bereiken? Vul dan het formulier in op "
           "www.teylingen.nl/contact-met-de-raad. Uw e-mail wordt niet verder behandeld.",
      extra_headers=OOF.format(who="gemeente@teylingen.nl"))
reply("terneuzen", "redirect", "GM0715",
      "person at the omgevingsloket mailbox: wrong address, suggests griffie@terneuzen.nl",
      frm=addr("Omgevingsloket Terneuzen", "gemeente@terneuzen.nl"),
      envelope="gemeente@terneuzen.nl", date=d(4, 3, 11, 2, 40), code="GM0715",
      client="owa", quote="outlook_nl_sep",
      text="Beste,\n\nU heeft uw bericht gestuurd naar het adres van ons omgevingsloket. "
           "Dit is niet het goede adres voor uw verzoek. U kunt het beter opnieuw sturen aan "
           "de griffie: griffie@terneuzen.nl.\n\nMet vriendelijke groet,\nTeam "
           "Vergunningen\nGemeente Terneuzen")

# ---------------------------------------------------------------- acknowledged
add("sittard", "acknowledged", "GM1883",
    "zaaksysteem receipt with zaaknummer and a PDF receipt attached; no In-Reply-To",
    build_reply(Reply(
        name="holdout-sittard", frm=addr("Gemeente Sittard-Geleen", "noreply@sittard-geleen.nl"),
        envelope="noreply@sittard-geleen.nl", date=d(3, 3, 10, 19, 56), to=INBOX, thread=False,
        transport="relay", relay_host="smtp.sittard-geleen.nl", relay_ip="212.115.192.71",
        client="plain", quote="none", subject="Ontvangstbevestiging 2026-0412871",
        text="Geachte heer/mevrouw,\n\nHierbij bevestigen wij de ontvangst van uw e-mail "
             "'" + SUBJECT + "'. Uw zaaknummer is 2026-0412871. In de bijlage vindt u de "
             "ontvangstbevestiging.\n\nMet vriendelijke groet,\nGemeente Sittard-Geleen",
        extra_headers=AUTO,
        attachments=[attachment("application/pdf", "Ontvangstbevestiging 2026-0412871.pdf",
                                tiny_pdf(["Gemeente Sittard-Geleen", "Ontvangstbevestiging",
                                          "Zaaknummer 2026-0412871"]))])))
reply("heusden", "acknowledged", "GM0797",
      "Gmail (Workspace) 'Bedankt, goed ontvangen!' above the full letter quoted with '>' "
      "after a Gmail-NL 'Op ... schreef' line",
      frm=addr("Eva Sanders", "e.sanders@heusden.nl"), envelope="e.sanders@heusden.nl",
      date=d(10, 3, 13, 2, 8), code="GM0797", client="gmail", transport="gmail",
      quote="gmail_nl", quoted=wave2("GM0797"), subject=f"Re: {SUBJECT}",
      text="Bedankt, goed ontvangen!\n\nEva Sanders\nGriffie Heusden")
reply("venray", "acknowledged", "GM0984",
      "windows-1252 quoted-printable receipt with registration number",
      frm=addr("Coördinator DIV", "div@venray.nl", "windows-1252"), envelope="div@venray.nl",
      date=d(4, 3, 9, 11, 44), code="GM0984", charset="windows-1252", quote="outlook_nl",
      text="Geachte heer/mevrouw,\n\nUw e-mail is ontvangen en geregistreerd onder nummer "
           "2026/0389. Wij hebben het bericht in behandeling genomen.\n\nMet vriendelijke "
           "groet,\n\nCoördinator Documentaire Informatievoorziening\nGemeente Venray\n\n"
           + DISCLAIMER_C)
reply("rotterdam", "acknowledged", "GM0599",
      "Corsa-style receipt with kenmerk in the subject, no In-Reply-To, HTML only",
      frm=addr("Gemeente Rotterdam", "noreply@rotterdam.nl"), envelope="noreply@rotterdam.nl",
      date=d(3, 3, 10, 40, 2), to=INBOX, thread=False, transport="relay",
      relay_host="mail-out3.rotterdam.nl", relay_ip="145.102.4.18", client="plain",
      html="only", quote="none", subject="Bevestiging van ontvangst [kenmerk: U26.00871]",
      text="Geachte heer/mevrouw,\n\nWij hebben uw bericht ontvangen. Het is geregistreerd "
           "onder kenmerk U26.00871.\n\nU ontvangt dit bericht automatisch. Reageren op dit "
           "bericht is niet mogelijk.\n\nGemeente Rotterdam",
      extra_headers=AUTO)
reply("bunschoten", "acknowledged", "GM0313",
      "short human receipt; English Outlook quote header (From/Sent/To/Subject)",
      frm=addr("Post en Archief Bunschoten", "post@bunschoten.nl"),
      envelope="post@bunschoten.nl", date=d(11, 3, 8, 49, 0), code="GM0313",
      quote="outlook_en", quoted=wave2("GM0313"), html="none",
      text="Goed ontvangen, bedankt.\n\nGroet,\nTeam Post en Archief")

# ---------------------------------------------------------------- forwarded
reply("leiden", "forwarded", "GM0546",
      "Outlook (Word) HTML-only; griffie sent the mail to all council members",
      frm=addr("Griffie Leiden", "griffie@leiden.nl"), envelope="griffie@leiden.nl",
      date=d(11, 3, 15, 26, 17), code="GM0546", html="only", quote="outlook_nl",
      quoted=wave2("GM0546"),
      text="Geachte heer/mevrouw,\n\nDe griffie heeft uw e-mail doorgestuurd naar alle "
           "raadsleden.\n\nMet vriendelijke groet,\n\nNina Bakker\nGriffie Leiden")
reply("arnhem", "forwarded", "GM0202",
      "lijst van ingekomen stukken with number and proposed handling",
      frm=addr("Raadsgriffie Arnhem", "raadsgriffie@arnhem.nl"),
      envelope="raadsgriffie@arnhem.nl", date=d(12, 3, 10, 1, 1), code="GM0202",
      quote="outlook_nl", quoted=wave2("GM0202"),
      text="Geachte heer/mevrouw,\n\nUw e-mail is als ingekomen stuk (nr. 2026-45) "
           "geagendeerd voor de raadsvergadering van 14 april. Voorgesteld wordt het stuk "
           "voor kennisgeving aan te nemen.\n\nMet vriendelijke groet,\n\nRaadsgriffie Arnhem")
add("hillegom", "forwarded", "GM0534",
    "'FW:' from hltsamen.nl to the fractievoorzitters, us in Cc; Hillegom from signature and "
    "the quoted 'Aan:' line; no In-Reply-To",
    build_reply(Reply(
        name="holdout-hillegom", frm=addr("Roos Koster", "r.koster@hltsamen.nl"),
        envelope="r.koster@hltsamen.nl", date=d(11, 3, 9, 12, 0), code="GM0534",
        to="Fractievoorzitters Hillegom <fvhillegom@hltsamen.nl>", rcpt=INBOX,
        cc=INBOX, thread=False, subject=f"FW: {SUBJECT}", quote="outlook_nl",
        quoted=Quoted(to="Gemeente Hillegom <info@hillegom.nl>", date=WAVE2),
        text="Beste fractievoorzitters,\n\nTer informatie doorgestuurd. De afzender staat in "
             "de cc.\n\nGroet,\nRoos Koster\nGriffie Hillegom",
        attachments=docx_parts())))
reply("bergen_l", "forwarded", "GM0893",
      "Apple Mail from a griffier's own address at bergen.nl (= Bergen (L.), not Bergen NH)",
      frm=addr("Evelien Janssen", "e.janssen@bergen.nl"), envelope="e.janssen@bergen.nl",
      date=d(4, 3, 7, 58, 2), code="GM0893", client="apple", transport="relay",
      relay_host="mail.bergen.nl", relay_ip="195.8.208.12", quote="apple_nl",
      subject=f"Re: {SUBJECT}",
      text="Doorgezet naar de fractievoorzitters.\n\nGroet,\nEvelien")
reply("sudwest", "forwarded", "GM1900",
      "bilingual Frisian/Dutch reply, forwarded to the fraksjefoarsitters; UTF-8 name with â",
      frm=addr("Griffy Súdwest-Fryslân", "griffie@gemeentesudwestfryslan.nl"),
      envelope="griffie@gemeentesudwestfryslan.nl", date=d(5, 3, 14, 44, 30), code="GM1900",
      quote="outlook_nl",
      text="Tige tank foar jo berjocht. Wy hawwe it trochstjoerd nei de "
           "fraksjefoarsitters.\n\nHartelijk dank voor uw bericht. Wij hebben het doorgestuurd "
           "naar de fractievoorzitters.\n\nMei freonlike groetnis / Met vriendelijke groet,\n"
           "Griffy Súdwest-Fryslân")

# ---------------------------------------------------------------- motion_planned
reply("midden_groningen", "motion_planned", "GM1952",
      "new gmail message, 'Midden-Groningen' in text (not Groningen)",
      frm=addr("Harm Zuidema", "harmzuidema@gmail.com"), envelope="harmzuidema@gmail.com",
      date=d(1, 4, 21, 9, 5), to=INBOX, thread=False, client="gmail", transport="gmail",
      quote="none", subject="Motie in Midden-Groningen",
      text="Dag KinderpardonNU,\n\nDe SP-fractie in Midden-Groningen wil jullie motie in juni "
           "indienen, als het goed is samen met GroenLinks en de PvdA. We passen de tekst nog "
           "wat aan voor onze gemeente.\n\nGroeten,\nHarm Zuidema")
reply("zoetermeer", "motion_planned", "GM0637",
      "iso-8859-1 QP; councillor prepares a motion for a May meeting",
      frm=addr("Ayla Demir", "a.demir@zoetermeer.nl"), envelope="a.demir@zoetermeer.nl",
      date=d(19, 3, 16, 3, 59), code="GM0637", charset="iso-8859-1", quote="outlook_nl",
      quoted=wave2("GM0637"),
      text="Beste KinderpardonNU,\n\nNamens de ChristenUnie-fractie: wij bereiden een motie "
           "voor op basis van uw voorbeeld, die wij in de raad van 11 mei willen indienen. U "
           "wordt daarover geïnformeerd.\n\nMet vriendelijke groet,\nAyla Demir\nraadslid")
reply("rijswijk", "motion_planned", "GM0603",
      "'ingediend is hij nog niet' + committee first; gmail reply with In-Reply-To",
      frm=addr("Tom Verschoor", "t.verschoor79@gmail.com"), envelope="t.verschoor79@gmail.com",
      date=d(14, 4, 22, 30, 18), code="GM0603", client="gmail", transport="gmail",
      quote="gmail_nl", subject=f"Re: {SUBJECT}",
      text="Hallo,\n\nIngediend is hij nog niet: eerst bespreken we het voorstel in de "
           "commissie Samenleving, daarna dienen we de motie in de raad van juni in.\n\nTom "
           "Verschoor\nPvdA Rijswijk")

# ---------------------------------------------------------------- motion_submitted
reply("leidschendam", "motion_submitted", "GM1916",
      "submitted, vote on a given date",
      frm=addr("Griffie Leidschendam-Voorburg", "griffie@leidschendam-voorburg.nl"),
      envelope="griffie@leidschendam-voorburg.nl", date=d(12, 5, 11, 0, 0), code="GM1916",
      client="owa", quote="outlook_nl_sep",
      text="Geachte heer/mevrouw,\n\nDe motie is ingediend en wordt op 26 mei in stemming "
           "gebracht.\n\nMet vriendelijke groet,\nGriffie Leidschendam-Voorburg")
reply("gooisemeren", "motion_submitted", "GM1942",
      "private hotmail with In-Reply-To only; 'nog niet in stemming gebracht'",
      frm=addr("Ingrid Vos", "ingrid_vos@hotmail.com"), envelope="ingrid_vos@hotmail.com",
      date=d(20, 5, 17, 45, 31), code="GM1942", client="owa", transport="exo",
      quote="outlook_nl_datum",
      text="Hoi,\n\nWe hebben de motie vandaag ingediend. Hij is nog niet in stemming "
           "gebracht; dat gebeurt na het debat van morgen.\n\nIngrid")
reply("westland", "motion_submitted", "GM1783",
      "Apple Mail: 'vreemd aan de orde van de dag' motion submitted, vote on 4 June",
      frm=addr("Kees van der Knaap", "kvdknaap@ziggo.nl"), envelope="kvdknaap@ziggo.nl",
      date=d(27, 5, 23, 15, 3), code="GM1783", client="apple", transport="relay",
      relay_host="smtp.ziggo.nl", relay_ip="212.54.42.168", quote="apple_nl",
      subject=f"Re: {SUBJECT}",
      text="Beste mensen,\n\nVanavond hebben wij in de gemeenteraad van Westland een motie "
           "vreemd aan de orde van de dag ingediend over gewortelde kinderen. De stemming is "
           "op 4 juni.\n\nKees van der Knaap\nfractievoorzitter GroenLinks-PvdA Westland")

# ---------------------------------------------------------------- motion_adopted
reply("zaanstad", "motion_adopted", "GM0479",
      "'aangenomen met 31 stemmen voor en 8 tegen' + disclaimer",
      frm=addr("Raadsgriffie Zaanstad", "raadsgriffie@zaanstad.nl"),
      envelope="raadsgriffie@zaanstad.nl", date=d(5, 6, 9, 30, 12), code="GM0479",
      quote="outlook_nl",
      text="Geachte heer/mevrouw,\n\nIn de raadsvergadering van 4 juni is de motie "
           "'Gewortelde kinderen' aangenomen met 31 stemmen voor en 8 tegen.\n\nMet "
           "vriendelijke groet,\n\nRaadsgriffie Zaanstad\n\n" + DISCLAIMER_D)
reply("oss", "motion_adopted", "GM0828",
      "Outlook HTML-only, short adopted message",
      frm=addr("Griffie Oss", "griffie@oss.nl"), envelope="griffie@oss.nl",
      date=d(10, 7, 10, 10, 10), code="GM0828", html="only", quote="outlook_nl",
      text="Beste KinderpardonNU,\n\nDe motie 'Pleidooi voor gewortelde kinderen' is gisteren "
           "door de raad van Oss aangenomen.\n\nGroet,\nGriffie Oss")
reply("noardeast", "motion_adopted", "GM1970",
      "gmail new mail; 'met algemene stemmen aangenomen' in Noardeast-Fryslân",
      frm=addr("Sytske de Boer", "sytskedeboer@gmail.com"), envelope="sytskedeboer@gmail.com",
      date=d(26, 6, 8, 2, 44), to=INBOX, thread=False, client="gmail", transport="gmail",
      quote="none", subject="Motie aangenomen in Noardeast-Fryslân",
      text="Beste KinderpardonNU,\n\nGisteravond is in de raad van Noardeast-Fryslân de motie "
           "over gewortelde kinderen met algemene stemmen aangenomen.\n\nGroet,\nSytske de "
           "Boer")

# ---------------------------------------------------------------- motion_rejected
reply("katwijk", "motion_rejected", "GM0537",
      "'verworpen (10 voor, 23 tegen)'",
      frm=addr("Griffie Katwijk", "griffie@katwijk.nl"), envelope="griffie@katwijk.nl",
      date=d(29, 5, 12, 12, 12), code="GM0537", quote="outlook_nl",
      text="Geachte heer/mevrouw,\n\nDe motie is gisteravond verworpen (10 voor, 23 tegen)."
           "\n\nMet vriendelijke groet,\nGriffie Katwijk")
reply("barneveld", "motion_rejected", "GM0203",
      "'heeft de motie niet aangenomen', with bare '>' quote",
      frm=addr("Wim Hardeman", "w.hardeman@barneveld.nl"), envelope="w.hardeman@barneveld.nl",
      date=d(3, 7, 9, 0, 1), code="GM0203", quote="bare", html="none",
      text="Beste,\n\nHelaas heeft de raad van Barneveld de motie gisteren niet aangenomen "
           "(13 voor, 14 tegen).\n\nWim Hardeman")

# ---------------------------------------------------------------- declined
reply("staphorst", "declined", "GM0180",
      "presidium decided not to handle the request and not to pass it on",
      frm=addr("Griffie Staphorst", "griffie@staphorst.nl"), envelope="griffie@staphorst.nl",
      date=d(13, 3, 14, 14, 14), code="GM0180", quote="outlook_nl", quoted=wave2("GM0180"),
      text="Geachte heer/mevrouw,\n\nHet presidium heeft besloten uw verzoek niet in "
           "behandeling te nemen en het niet door te sturen aan de fracties.\n\nMet "
           "vriendelijke groet,\nGriffie Staphorst")
reply("rucphen", "declined", "GM0840",
      "fractievoorzitter: will neither submit nor support a motion",
      frm=addr("Frans Oomen", "f.oomen@rucphen.nl"), envelope="f.oomen@rucphen.nl",
      date=d(9, 3, 20, 20, 20), code="GM0840", quote="outlook_nl",
      text="Geachte heer/mevrouw,\n\nWij zien hier geen rol voor de gemeenteraad en zullen "
           "geen motie indienen of steunen.\n\nFrans Oomen\nfractievoorzitter Rucphens Belang")

# ---------------------------------------------------------------- opt_out
reply("hoorn", "opt_out", "GM0405",
      "asks to be unsubscribed",
      frm=addr("Gemeente Hoorn", "gemeente@hoorn.nl"), envelope="gemeente@hoorn.nl",
      date=d(4, 3, 12, 0, 5), code="GM0405", quote="outlook_nl",
      text="Goedemiddag,\n\nGraag uitschrijven: wij willen geen berichten meer van "
           "KinderpardonNU ontvangen op dit adres.\n\nGemeente Hoorn")
reply("optout_noclue", "opt_out", "",
      "private gmail, new mail, no clue to the municipality",
      frm=addr("Marianne Kok", "mariannekok58@gmail.com"), envelope="mariannekok58@gmail.com",
      date=d(6, 4, 10, 3, 0), to=INBOX, thread=False, client="gmail", transport="gmail",
      quote="none", subject="Uitschrijven",
      text="Haal mijn adres alstublieft uit jullie bestand, ik zit niet meer in de raad.\n\n"
           "M. Kok")

# ---------------------------------------------------------------- question
reply("helmond", "question", "GM0794",
      "asks whether the motion may be changed and whether the group may be named",
      frm=addr("Lisa Raijmakers", "l.raijmakers@helmond.nl"),
      envelope="l.raijmakers@helmond.nl", date=d(16, 3, 11, 11, 11), code="GM0794",
      quote="outlook_nl",
      text="Beste KinderpardonNU,\n\nMogen wij de voorbeeldmotie aanpassen aan de situatie in "
           "Helmond? En mogen we KinderpardonNU noemen als initiatiefnemer?\n\nGroet,\nLisa "
           "Raijmakers\nfractiemedewerker")
reply("eemnes", "question", "GM0317",
      "asks whether Blaricum and Laren got the letter too (other municipalities named)",
      frm=addr("Griffie BEL", "griffie@eemnes.nl"), envelope="griffie@eemnes.nl",
      date=d(5, 3, 10, 22, 0), code="GM0317", quote="outlook_nl",
      text="Geachte heer/mevrouw,\n\nHeeft u deze brief ook naar Blaricum en Laren gestuurd? "
           "Wij werken als BEL-gemeenten samen en willen weten of de raden hetzelfde verzoek "
           "krijgen.\n\nMet vriendelijke groet,\nGriffie Eemnes")

# ---------------------------------------------------------------- other
reply("newsletter", "other", "",
      "newsletter via Laposta (List-Unsubscribe); mentions a submitted motion elsewhere",
      frm=addr("Stichting Gewoon Thuis", "nieuws@gewoonthuis.org"),
      envelope="bounce+28411.7731@bounce.laposta.nl", date=d(2, 4, 8, 0, 0), to=INBOX,
      thread=False, transport="relay", relay_host="mta12.laposta.nl",
      relay_ip="95.211.188.12", client="plain", quote="none",
      subject="Gewoon Thuis - nieuws van april",
      text="Nieuws van april\n\nDeze maand dienden raadsleden in twee gemeenten een motie in "
           "voor gewortelde kinderen. We spraken met een van hen over hoe je zoiets "
           "aanpakt.\n\nAfmelden voor deze nieuwsbrief: https://gewoonthuis.email-provider.eu/"
           "afmelden",
      extra_headers="List-Unsubscribe: <https://gewoonthuis.email-provider.eu/afmelden/"
                    "28411>\nPrecedence: bulk\nX-Mailer: Laposta\n")
reply("google_apppassword", "other", "",
      "Google account notification: app password created",
      frm=addr("Google", "no-reply@accounts.google.com"),
      envelope="3p2QLaAgTCfs1F27iH9J-5EG8I6F2A2HJ5N9.7HF@gaia.bounces.google.com",
      date=d(2, 3, 21, 3, 12), to=INBOX, thread=False, transport="gmail", client="plain",
      quote="none", subject="Er is een app-wachtwoord gemaakt om in te loggen bij je account",
      text="Er is een app-wachtwoord gemaakt\n\nkinderpardonnu@gmail.com\n\nJe hebt een "
           "app-wachtwoord gemaakt voor 'outreach'. Heb jij dit niet gedaan? Iemand gebruikt "
           "mogelijk je account. Check je account en beveilig het.\n\nActiviteit checken\n"
           "https://myaccount.google.com/notifications\n\n© 2026 Google Ireland Ltd., "
           "Gordon House, Barrow Street, Dublin 4, Ireland")
reply("linkedin_search", "other", "",
      "LinkedIn weekly search-appearances notification",
      frm=addr("LinkedIn", "notifications-noreply@linkedin.com"),
      envelope="s-2x4vvn8w1k9q@bounce.linkedin.com", date=d(16, 3, 6, 31, 0), to=INBOX,
      thread=False, transport="relay", relay_host="mailc-ac.linkedin.com",
      relay_ip="108.174.6.210", client="plain", quote="none",
      subject="Je bent deze week in 7 zoekopdrachten verschenen",
      text="KinderpardonNU, je bent deze week in 7 zoekopdrachten verschenen.\n\nZoekers "
           "werkten onder meer bij: gemeenten, onderwijs, non-profit.\n\nBekijk wie je "
           "heeft gevonden: https://www.linkedin.com/comm/me/search-appearances\n\nAfmelden: "
           "https://www.linkedin.com/comm/psettings/email-unsubscribe",
      extra_headers="X-LinkedIn-Class: SEARCH-APPEARANCE\nList-Unsubscribe: "
                    "<https://www.linkedin.com/comm/psettings/email-unsubscribe>\n"
                    "Precedence: bulk\n")


if __name__ == "__main__":
    order = list(range(len(cases)))
    random.Random(20260303).shuffle(order)
    named = []
    for i, idx in enumerate(order, 1):
        c = cases[idx]
        named.append(Case(f"h{i:02d}.eml", c.label, c.municipality, c.note, c.raw))
    named.sort(key=lambda c: c.file)
    write_set(HERE, named)
    from collections import Counter

    print(len(named), dict(Counter(c.label for c in named)))
    _ = SUBJECT
