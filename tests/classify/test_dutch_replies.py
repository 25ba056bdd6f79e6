"""Replies in the many ways people and systems write them: one table, one expected label.

Each row is written as a griffie, a council member or a municipal system would; the quoted
letter under it is ours. New phrasings go here first, then into the vocabulary.
"""

from __future__ import annotations

from typing import Any

import pytest

from outreach.classify.labels import Label
from tests.classify.support import GMAIL_NL_QUOTE, OUTLOOK_NL_QUOTE, verdict_for

L = Label
AUTO = {"Auto-Submitted": "auto-replied"}

REPLIES: list[tuple[str, Label]] = [
    # acknowledged
    ("Hierbij bevestigen wij de ontvangst van uw e-mail.", L.ACKNOWLEDGED),
    ("Uw e-mail is goed aangekomen. Wij komen er zo snel mogelijk bij u op terug.", L.ACKNOWLEDGED),
    ("Dank voor uw mail, we hebben hem gelezen.", L.ACKNOWLEDGED),
    ("Bedankt, ik heb het gezien.", L.ACKNOWLEDGED),
    # forwarded
    ("Ik heb uw e-mail met bijlagen doorgestuurd naar alle fractievoorzitters.", L.FORWARDED),
    (
        "Uw brief wordt als ingekomen stuk geplaatst op de lijst voor de raad van 12 maart.",
        L.FORWARDED,
    ),
    ("De griffie heeft uw bericht verspreid onder de raadsleden.", L.FORWARDED),
    (
        "Hierbij laat ik u weten dat uw e-mail is doorgezet naar de leden van de gemeenteraad.",
        L.FORWARDED,
    ),
    ("Your email has been forwarded to the group leaders of the council.", L.FORWARDED),
    ("Uw mail is aan alle fracties gestuurd.", L.FORWARDED),
    ("Ik heb het bericht bij de fractievoorzitters neergelegd.", L.FORWARDED),
    # motion planned
    (
        "Namens de fractie van GroenLinks laat ik weten dat wij de motie in de raad van april "
        "willen indienen.",
        L.MOTION_PLANNED,
    ),
    ("Wij werken samen met D66 aan een motie over dit onderwerp.", L.MOTION_PLANNED),
    ("Onze fractie gaat de voorbeeldmotie volgende maand indienen.", L.MOTION_PLANNED),
    ("We are planning to table the motion at the next council meeting.", L.MOTION_PLANNED),
    # motion submitted
    ("De motie is vanavond door vier fracties ingediend.", L.MOTION_SUBMITTED),
    (
        "De motie 'Gewortelde kinderen' staat op de agenda van de raadsvergadering van 3 april.",
        L.MOTION_SUBMITTED,
    ),
    ("De stemming over de motie is uitgesteld tot de volgende vergadering.", L.MOTION_SUBMITTED),
    ("Wij hebben de motie gisteren samen met de PvdA ingediend.", L.MOTION_SUBMITTED),
    ("The motion was submitted yesterday and will be debated on 3 April.", L.MOTION_SUBMITTED),
    # motion adopted
    (
        "Goed nieuws: de motie is gisteravond met 25 stemmen voor en 6 tegen aangenomen!",
        L.MOTION_ADOPTED,
    ),
    ("De raad heeft de motie unaniem aangenomen.", L.MOTION_ADOPTED),
    ("Motie aangenomen!", L.MOTION_ADOPTED),
    ("De motie werd met algemene stemmen aanvaard.", L.MOTION_ADOPTED),
    ("The motion passed last night with a large majority.", L.MOTION_ADOPTED),
    ("Een ruime meerderheid van de raad stemde voor de motie.", L.MOTION_ADOPTED),
    # motion rejected
    ("Helaas is de motie verworpen. 12 raadsleden stemden voor, 17 tegen.", L.MOTION_REJECTED),
    ("De motie heeft het helaas niet gehaald.", L.MOTION_REJECTED),
    ("De meerderheid van de raad stemde tegen de motie.", L.MOTION_REJECTED),
    ("Unfortunately the motion was voted down.", L.MOTION_REJECTED),
    # declined
    (
        "De gemeenteraad neemt geen standpunt in over individuele verblijfszaken; dat is een zaak "
        "van het Rijk.",
        L.DECLINED,
    ),
    ("Wij sturen dergelijke verzoeken niet door naar de raad.", L.DECLINED),
    ("Het college ziet geen aanleiding om uw brief aan de raad voor te leggen.", L.DECLINED),
    ("Onze fractie steunt deze oproep niet.", L.DECLINED),
    ("Wij gaan niet in op lobbybrieven van belangengroepen.", L.DECLINED),
    ("Wij zien af van het indienen van een motie.", L.DECLINED),
    ("Wij houden de boot af als het om landelijk beleid gaat.", L.DECLINED),
    # opt-out
    ("Wilt u ons adres van uw verzendlijst halen?", L.OPT_OUT),
    ("Graag geen e-mails meer over dit onderwerp.", L.OPT_OUT),
    # question
    ("Kunt u mij de motie in Word sturen?", L.QUESTION),
    ("Is deze motie al in andere gemeenten aangenomen?", L.QUESTION),
    ("Met wie kan ik contact opnemen voor meer informatie?", L.QUESTION),
    # redirect
    ("Dit adres wordt niet meer gebruikt. Stuur uw bericht aan griffie@voorbeeld.nl.", L.REDIRECT),
    ("U kunt uw brief het beste richten aan de griffie: griffie@voorbeeld.nl", L.REDIRECT),
]


@pytest.mark.parametrize(("text", "label"), REPLIES, ids=[r[0][:40] for r in REPLIES])
def test_reply_under_the_quoted_letter(text: str, label: Label) -> None:
    assert verdict_for(text + GMAIL_NL_QUOTE).label == label


@pytest.mark.parametrize(("text", "label"), REPLIES[:12], ids=[r[0][:40] for r in REPLIES[:12]])
def test_same_reply_above_an_outlook_quote(text: str, label: Label) -> None:
    assert verdict_for(text + OUTLOOK_NL_QUOTE).label == label


MACHINE: list[tuple[str, str, dict[str, str], Label]] = [
    (
        "Automatisch antwoord: Pleidooi",
        "Ik ben afwezig tot 5 januari. Voor dringende zaken kunt "
        "u contact opnemen met de griffie via griffie@voorbeeld.nl.",
        AUTO,
        L.AUTO_REPLY,
    ),
    (
        "RE: Pleidooi",
        "Ik ben met vakantie tot en met 20 februari en lees mijn mail daarna.",
        {},
        L.AUTO_REPLY,
    ),
    (
        "Ontvangstbevestiging",
        "Uw melding is geregistreerd onder zaaknummer Z/26/123456. U "
        "ontvangt binnen 8 weken een reactie.",
        AUTO,
        L.ACKNOWLEDGED,
    ),
    (
        "Automatic reply: Pleidooi",
        "Thank you for your message. I am out of the office until Monday.",
        AUTO,
        L.AUTO_REPLY,
    ),
    (
        "Afwezig: Pleidooi",
        "Bedankt voor uw bericht. Ik ben tot 3 maart niet op kantoor.",
        {},
        L.AUTO_REPLY,
    ),
]


@pytest.mark.parametrize(("subject", "text", "headers", "label"), MACHINE)
def test_machine_written(subject: str, text: str, headers: dict[str, str], label: Label) -> None:
    assert verdict_for(text, subject=subject, headers=headers).label == label


# Near misses: words of a motion step that do not report the sender's step.
NEAR_MISSES: list[tuple[str, Label]] = [
    ("Wij hebben de motie met belangstelling gelezen.", L.OTHER),
    (
        "Ik stuur uw mail door naar onze fractievoorzitter; of we een motie indienen weet ik nog "
        "niet.",
        L.FORWARDED,
    ),
    ("Uw brief komt in de commissie Samenleving van 4 maart aan de orde.", L.FORWARDED),
    ("We have received your email and will forward it to the council members.", L.FORWARDED),
    ("Bedankt voor de informatie, we nemen het mee in onze afwegingen.", L.ACKNOWLEDGED),
    (
        "Ik ben sinds maart geen raadslid meer; ik heb uw bericht doorgestuurd aan mijn opvolger "
        "in de fractie.",
        L.FORWARDED,
    ),
    (
        "Mooi initiatief. In Deventer en Zutphen zijn vergelijkbare moties al aangenomen, hier "
        "nog niet.",
        L.OTHER,
    ),
    (
        "De motie die u meestuurt is al eens eerder in een andere gemeente verworpen, lazen wij.",
        L.OTHER,
    ),
    ("Als de motie wordt aangenomen, laat ik het u weten.", L.OTHER),
    ("We hopen dat de motie in april wordt aangenomen.", L.OTHER),
    (
        "Het amendement is aangenomen; over de motie zelf wordt volgende week gestemd.",
        L.MOTION_SUBMITTED,
    ),
]


@pytest.mark.parametrize(("text", "label"), NEAR_MISSES, ids=[r[0][:40] for r in NEAR_MISSES])
def test_near_miss(text: str, label: Label) -> None:
    verdict = verdict_for(text + GMAIL_NL_QUOTE)
    assert verdict.label == label


# Whole messages: receipts from case systems, notices, unrelated mail, and replies whose
# decisive words are not the usual ones. (body, builder options, expected label)
MESSAGES: list[tuple[str, dict[str, str], str]] = [
    (
        "Geachte heer/mevrouw,\n\nOp 12 januari 2026 hebben wij uw bericht ontvangen. Uw "
        "bericht is geregistreerd onder zaaknummer 2026-004512. Wij handelen uw bericht zo "
        "snel mogelijk af.\n\nDit is een automatisch gegenereerd bericht; u kunt hier niet op "
        "reageren.",
        {
            "subject": "Ontvangstbevestiging van uw bericht",
            "sender": "Gemeente <noreply@voorbeeld.nl>",
        },
        "acknowledged",
    ),
    (
        "Beste,\n\nDit e-mailadres wordt niet meer gebruikt. Vanaf 1 januari kunt u de "
        "griffie bereiken via raadsgriffie@voorbeeld.nl.",
        {"subject": "RE: Pleidooi"},
        "redirect",
    ),
    (
        "Uitnodiging nieuwjaarsreceptie. U bent van harte welkom op vrijdag 9 januari in het "
        "stadhuis.",
        {
            "subject": "Uitnodiging nieuwjaarsreceptie",
            "sender": "Gemeente <communicatie@voorbeeld.nl>",
        },
        "other",
    ),
    (
        "Your Microsoft 365 password expires in 3 days. Click here to keep your password.",
        {"subject": "Password expiry notice", "sender": "IT <it-support@secure-mail.example>"},
        "other",
    ),
    (
        "Hi there, thanks for reaching out. I forwarded your message to our group leader, who "
        "will get back to you.",
        {},
        "forwarded",
    ),
    (
        "Hallo,\n\nIk ben gemeenteraadslid voor de SP. Wij hebben de motie besproken en gaan "
        "hem indienen in de raad van 5 maart.\n\nGroet, Mark",
        {},
        "motion_planned",
    ),
    (
        "Geachte heer, mevrouw,\n\nNa bespreking in het presidium is besloten uw brief voor "
        "kennisgeving aan te nemen.",
        {},
        "forwarded",
    ),
    ("De fracties hebben uw brief ontvangen.", {}, "forwarded"),
    ("Wij zijn een kleine fractie en hebben geen tijd om dit op te pakken.", {}, "declined"),
    (
        "Onze fractie is het niet eens met de strekking van de motie en zal deze niet indienen.",
        {},
        "declined",
    ),
    (
        "De motie is in stemming gebracht en met 15 tegen 14 stemmen aangenomen.",
        {},
        "motion_adopted",
    ),
    (
        "De motie is door de raad met 14 stemmen voor en 15 tegen verworpen.",
        {},
        "motion_rejected",
    ),
    (
        "De stemmen staakten, dus de motie komt in de volgende vergadering opnieuw in stemming.",
        {},
        "motion_submitted",
    ),
    (
        "De indieners hebben de motie ingetrokken nadat de burgemeester een toezegging deed.",
        {},
        "motion_submitted",
    ),
    ("Wij kondigen aan dat wij in de raad van juni met een motie komen.", {}, "motion_planned"),
    (
        "Er is een amendement aangekondigd; de stemming over de motie is daarom aangehouden.",
        {},
        "motion_submitted",
    ),
    (
        "Excuses voor de late reactie. Uw mail is destijds doorgestuurd aan alle raadsleden.",
        {},
        "forwarded",
    ),
    (
        "Beste mensen, wij ondersteunen jullie oproep van harte en hebben de motie vorige "
        "week met de hele raad aangenomen!",
        {},
        "motion_adopted",
    ),
    ("Dank u. Wij hebben als college besloten hier geen gevolg aan te geven.", {}, "declined"),
    ("Wij verzoeken u geen berichten meer aan dit adres te zenden.", {}, "opt_out"),
]


@pytest.mark.parametrize(("body", "options", "label"), MESSAGES, ids=[m[0][:40] for m in MESSAGES])
def test_whole_message(body: str, options: dict[str, str], label: str) -> None:
    quote = "" if "sender" in options else GMAIL_NL_QUOTE
    assert verdict_for(body + quote, **options).label.value == label  # type: ignore[arg-type]


# Whole replies above an Outlook quote, or machine mail with its own subject and headers.
MORE_MESSAGES: list[tuple[str, dict[str, Any], str]] = [
    (
        "Goedemiddag,\n\nNamens de griffie bevestig ik dat uw brief is doorgezonden aan de "
        "fractievoorzitters en de griffier.\n\nMet vriendelijke groet,\n\nP. de "
        "Jong\nRaadsadviseur",
        {},
        "forwarded",
    ),
    (
        "Dag KinderpardonNU,\n\nDe PvdA-fractie heeft uw voorbeeldmotie ontvangen. Wij dienen "
        "hem in tijdens de raadsvergadering van donderdag 19 maart.\n\nHartelijke "
        "groet,\nSanne",
        {},
        "motion_planned",
    ),
    (
        "Beste,\n\nTer info: de motie Gewortelde kinderen is gisteravond ingediend door "
        "GroenLinks, PvdA en D66. De stemming volgt op 2 april.",
        {},
        "motion_submitted",
    ),
    (
        "Hallo,\n\nHelaas heeft de motie het niet gered: 13 stemmen voor, 18 tegen.",
        {},
        "motion_rejected",
    ),
    (
        "Beste mensen,\n\nDe motie is aangenomen met de stemmen van alle partijen behalve de "
        "VVD. Dank voor jullie inzet!",
        {},
        "motion_adopted",
    ),
    (
        "Geachte heer/mevrouw,\n\nHet presidium heeft besloten uw brief niet te agenderen en "
        "niet door te sturen naar de fracties. Het college gaat niet over het landelijke "
        "vreemdelingenbeleid.",
        {},
        "declined",
    ),
    (
        "Goedendag,\n\nIk ben niet de juiste persoon hiervoor. Probeer het bij de griffie: "
        "griffie@voorbeeld.nl",
        {},
        "redirect",
    ),
    (
        "Beste,\n\nIk heb er geen behoefte aan om nog langer mails van jullie te ontvangen.",
        {},
        "opt_out",
    ),
    (
        "Hoi,\n\nWat is precies het verschil tussen jullie motie en de motie van vorig jaar?",
        {},
        "question",
    ),
    (
        "Dear sir/madam,\n\nThe motion was discussed in committee and will be voted on at the "
        "council meeting of 12 March.",
        {},
        "motion_submitted",
    ),
    (
        "Dear all,\n\nWe regret to inform you that our council will not take a position on "
        "this matter, as it concerns national policy.",
        {},
        "declined",
    ),
    (
        "Geachte afzender,\n\nVan 1 tot en met 15 augustus is de griffie gesloten. Uw e-mail "
        "wordt na onze terugkeer in behandeling genomen.",
        {
            "subject": "Automatisch antwoord: Pleidooi voor gewortelde kinderen",
            "headers": {"Auto-Submitted": "auto-replied"},
        },
        "auto_reply",
    ),
    (
        "Beste afzender,\n\nIk ben tot en met 3 maart met zwangerschapsverlof. Uw e-mail "
        "wordt niet doorgestuurd.",
        {"subject": "Afwezig"},
        "auto_reply",
    ),
    (
        "U ontvangt dit bericht omdat u bent aangemeld voor de nieuwsbrief van de gemeente. "
        "In deze editie: de gemeenteraad heeft de motie over zwerfafval aangenomen.",
        {
            "subject": "Nieuwsbrief gemeente Voorbeeld",
            "sender": "Gemeente <nieuwsbrief@voorbeeld.nl>",
            "headers": {"List-Unsubscribe": "<mailto:unsub@voorbeeld.nl>"},
        },
        "other",
    ),
    (
        "Dit is een automatisch bericht. Wij hebben uw e-mail ontvangen en streven ernaar u "
        "binnen vijf werkdagen te antwoorden.",
        {
            "subject": "RE: Pleidooi voor gewortelde kinderen",
            "headers": {"Auto-Submitted": "auto-generated"},
        },
        "acknowledged",
    ),
    ("Bedankt voor uw e-mail. Wij gaan hier niet op in.", {}, "declined"),
    ("Bedankt! Ik heb het doorgezet.", {}, "forwarded"),
    (
        "De motie is aangehouden omdat de indieners eerst een reactie van het college willen.",
        {},
        "motion_submitted",
    ),
    (
        "De motie is teruggetrokken; de fracties willen eerst een werkbezoek brengen.",
        {},
        "motion_submitted",
    ),
    (
        "De motie wordt aangepast met een amendement en komt daarna opnieuw op de agenda.",
        {},
        "motion_submitted",
    ),
    (
        "Wij zijn voornemens de motie in de raad van mei in te dienen, mits we genoeg steun "
        "krijgen.",
        {},
        "motion_planned",
    ),
]


@pytest.mark.parametrize(
    ("body", "options", "label"), MORE_MESSAGES, ids=[m[0][:40] for m in MORE_MESSAGES]
)
def test_more_whole_messages(body: str, options: dict[str, Any], label: str) -> None:
    quote = "" if ("sender" in options or "subject" in options) else OUTLOOK_NL_QUOTE
    assert verdict_for(body + quote, **options).label.value == label


# English, as council members and clerks also write.
ENGLISH: list[tuple[str, str]] = [
    (
        "Thank you for your letter. The motion will be submitted in the April council meeting.",
        "motion_planned",
    ),
    (
        "The motion has been tabled by four parties and will be voted on next week.",
        "motion_submitted",
    ),
    ("Good news: the council adopted the motion unanimously last night!", "motion_adopted"),
    (
        "I am sorry to tell you the motion was rejected, 14 votes in favour and 19 against.",
        "motion_rejected",
    ),
    ("I have passed your letter on to all group leaders.", "forwarded"),
    (
        "We will not forward this letter, as the council does not deal with national policy.",
        "declined",
    ),
    ("Please remove us from your mailing list.", "opt_out"),
    ("Could you send me the motion as a Word file?", "question"),
    ("Thanks, received.", "acknowledged"),
    ("We intend to table the motion in June.", "motion_planned"),
    (
        "In Amsterdam a similar motion was adopted last year; here we have not discussed it yet.",
        "other",
    ),
    ("The motion was withdrawn by its sponsors.", "motion_submitted"),
    ("The vote on the motion was tied, so it will be held again in May.", "motion_submitted"),
    ("Our party does not support this initiative.", "declined"),
]


@pytest.mark.parametrize(("text", "label"), ENGLISH, ids=[r[0][:40] for r in ENGLISH])
def test_english_reply(text: str, label: str) -> None:
    assert verdict_for(text + GMAIL_NL_QUOTE).label.value == label


# Passing the letter on, and plain receipts, in the words people use.
FORWARDS: list[tuple[str, str]] = [
    ("Uw mail heb ik bij de fractievoorzitters onder de aandacht gebracht.", "forwarded"),
    ("De fractievoorzitters hebben uw brief via de griffie ontvangen.", "forwarded"),
    ("Ik heb het bericht in de mailbox van alle raadsleden gezet.", "forwarded"),
    ("Uw brief is geplaatst op de lijst van ingekomen stukken.", "forwarded"),
    ("Uw brief is toegevoegd aan de raadsinformatie.", "forwarded"),
    ("Ik heb het doorgegeven aan onze fractie.", "forwarded"),
    ("De raadsleden zijn op de hoogte gebracht van uw brief.", "forwarded"),
    ("Uw e-mail is naar de raadsleden gemaild.", "forwarded"),
    ("Ik heb uw bericht uitgezet bij de fracties.", "forwarded"),
    ("Uw brief is aan de leden van de raad toegezonden.", "forwarded"),
    ("Wij hebben uw brief gedeeld met de gemeenteraad.", "forwarded"),
    ("Ik heb hem naar alle fractievoorzitters gestuurd.", "forwarded"),
    ("Helemaal goed, is verstuurd naar de fracties.", "forwarded"),
    ("Uw bericht is in goede orde ontvangen en zal worden doorgezonden aan de raad.", "forwarded"),
    ("Prima, wordt geregeld.", "acknowledged"),
    ("Ontvangen en gelezen, dank!", "acknowledged"),
    ("Wij hebben kennisgenomen van uw brief.", "acknowledged"),
    ("Hartelijk dank voor uw inzet voor deze kinderen.", "acknowledged"),
]


@pytest.mark.parametrize(("text", "label"), FORWARDS, ids=[r[0][:40] for r in FORWARDS])
def test_forward_or_receipt(text: str, label: str) -> None:
    assert verdict_for(text + OUTLOOK_NL_QUOTE).label.value == label


# Motion steps in less common words.
MOTION_STEPS: list[tuple[str, str]] = [
    ("Wij zullen de motie mede-indienen.", "motion_planned"),
    ("GroenLinks gaat de motie in mei indienen, wij tekenen mee.", "motion_planned"),
    ("De motie wordt op 14 mei in de raad behandeld.", "motion_submitted"),
    (
        "Onze fractie heeft de motie vanavond ingediend, samen met de ChristenUnie.",
        "motion_submitted",
    ),
    ("De motie is door de raad overgenomen.", "motion_adopted"),
    ("Met 18 tegen 11 stemmen is de motie aangenomen.", "motion_adopted"),
    ("De raad heeft de motie verworpen.", "motion_rejected"),
    ("Helaas, de motie is gisteren met 16 tegen 13 stemmen afgewezen.", "motion_rejected"),
    ("De motie kreeg onvoldoende steun.", "motion_rejected"),
]


@pytest.mark.parametrize(("text", "label"), MOTION_STEPS, ids=[r[0][:40] for r in MOTION_STEPS])
def test_motion_step(text: str, label: str) -> None:
    assert verdict_for(text + GMAIL_NL_QUOTE).label.value == label
