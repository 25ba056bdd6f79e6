"""Mail that systems send: platform notifications, receipts from case and ticket systems, and
delivery reports that a person passes on.

Each class names one general signal: a notification that only notifies (auto-generated, no
reply, no word of the campaign) answers nothing; a receipt stays a receipt when its platform
puts list headers on every mail; a registration number under a system's header hints is a
ticket system's receipt, whatever its quoted subject says; a forwarded delivery report is a
bounce only when nothing in it speaks of the campaign.
"""

from __future__ import annotations

import pytest

from outreach.classify.chain import classify
from outreach.classify.labels import Label
from outreach.classify.message import parse_message
from tests.classify.support import CONTEXT, verdict_for

L = Label
GENERATED = {"Auto-Submitted": "auto-generated"}
REPLIED = {"Auto-Submitted": "auto-replied"}
LIST = {"List-Unsubscribe": "<mailto:afmelden@meldingen.voorbeeld.nl>"}
OUR_LETTER = "<kinderpardon-2026.letter.gm0001.abc@gmail.com>"


class TestPlatformNotifications:
    """A platform's notice to our own account (a new sign-in, a linked app, a summary) is
    marked auto-generated, but nobody answered anything: `other`, not an automatic reply."""

    @pytest.mark.parametrize(
        ("subject", "body"),
        [
            (
                "Nieuwe aanmelding",
                "Er is zojuist ingelogd op je account vanaf een Windows-computer in Utrecht. "
                "Was jij dit? Dan hoef je verder niets te doen.",
            ),
            (
                "Een app heeft toegang gekregen",
                "De app Agenda Planner kan nu je contactpersonen bekijken. Je kunt deze toegang "
                "op elk moment intrekken in je instellingen.",
            ),
            (
                "Security alert",
                "A new device signed in to your account. If this was you, you can ignore "
                "this message.",
            ),
        ],
    )
    def test_a_notification_that_answers_nothing_is_other(self, subject: str, body: str) -> None:
        verdict = verdict_for(
            body, subject=subject, sender="Platform <no-reply@platform.example>", headers=GENERATED
        )
        assert verdict.label == L.OTHER
        assert not verdict.needs_review
        assert "unrelated" in {reason.rule for reason in verdict.reasons}

    @pytest.mark.parametrize(
        ("subject", "body"),
        [
            # The platform greets the account by its name, which is the campaign's own.
            ("Je hebt 3 nieuwe meldingen", "KinderpardonNU, er zijn 3 nieuwe meldingen voor je."),
            (
                "Nieuwe inlog",
                "Hallo KinderpardonNU,\n\nJe account is gebruikt op een nieuwe telefoon. "
                "Was jij dit niet? Wijzig dan je wachtwoord.",
            ),
        ],
    )
    def test_our_own_name_and_a_platforms_question_tie_nothing(
        self, subject: str, body: str
    ) -> None:
        verdict = verdict_for(
            body, subject=subject, sender="Platform <no-reply@platform.example>", headers=GENERATED
        )
        assert verdict.label == L.OTHER
        assert not verdict.needs_review

    def test_the_same_notice_in_answer_to_our_letter_is_an_automatic_reply(self) -> None:
        """The contrast: In-Reply-To says the machine answered our letter."""
        verdict = verdict_for(
            "Er staat een nieuw document voor u klaar in het portaal.",
            subject="Melding",
            headers={**GENERATED, "In-Reply-To": OUR_LETTER},
        )
        assert verdict.label == L.AUTO_REPLY

    def test_a_notice_that_names_the_campaign_is_not_unrelated(self) -> None:
        verdict = verdict_for(
            "Uw bericht over de motie Pleidooi voor gewortelde kinderen staat in de postlijst.",
            subject="Melding",
            headers=GENERATED,
        )
        assert verdict.label != L.OTHER

    def test_an_automatic_answer_stays_an_automatic_reply(self) -> None:
        """Auto-replied is an answer to our mail, whatever its words."""
        verdict = verdict_for(
            "Dit adres is gewijzigd per 1 januari.", subject="Uw bericht", headers=REPLIED
        )
        assert verdict.label == L.AUTO_REPLY


class TestReceiptsFromPlatformsWithListHeaders:
    """Some case systems send through a mailing platform that adds List-Unsubscribe to every
    mail: a receipt subject or a registration number still makes it a receipt."""

    @pytest.mark.parametrize(
        ("subject", "body"),
        [
            (
                "We hebben uw bericht ontvangen",
                "Geachte afzender,\n\nUw e-mail aan de gemeente is in goede orde aangekomen.",
            ),
            (
                "Zaak aangemaakt",
                "Geachte afzender,\n\nUw e-mail is vastgelegd onder zaaknummer Z-2026-77310. "
                "Een medewerker neemt binnen tien werkdagen contact met u op.",
            ),
        ],
    )
    def test_a_receipt_with_list_headers_is_acknowledged(self, subject: str, body: str) -> None:
        verdict = verdict_for(body, subject=subject, headers={**GENERATED, **LIST})
        assert verdict.label == L.ACKNOWLEDGED
        assert not verdict.needs_review

    def test_a_receipt_in_fixed_words_with_list_headers_is_acknowledged(self) -> None:
        verdict = verdict_for(
            "Wij hebben uw e-mail ontvangen. U krijgt binnen vijf werkdagen antwoord.",
            subject="Ontvangen: uw e-mail",
            headers={**GENERATED, **LIST},
        )
        assert verdict.label == L.ACKNOWLEDGED

    def test_a_newsletter_with_the_same_headers_stays_other(self) -> None:
        """The contrast: list mail with no receipt in it reports somebody else's news."""
        verdict = verdict_for(
            "Deze maand: in Zwolle is een motie over gewortelde kinderen aangenomen.",
            subject="Nieuwsbrief december",
            headers={**GENERATED, **LIST},
        )
        assert verdict.label == L.OTHER


class TestTicketNumbers:
    """A ticket system's receipt without Auto-Submitted: its registration number and its
    header hints (Precedence: bulk, an inbox rule's loop) say a system wrote it, so the
    forward in the subject it restates is not the sender's."""

    BODY = (
        "Beste afzender,\n\nBedankt voor uw bericht. Wij hebben uw e-mail vastgelegd onder "
        "{noun} {number}.\n\nOnderwerp: Verzoek om door te sturen aan de fractievoorzitters en "
        "de griffier van Voorbeeld\n\nWij pakken uw melding binnen vijf werkdagen op.\n\n"
        "Met vriendelijke groet,\nKlantcontact gemeente Voorbeeld"
    )

    @pytest.mark.parametrize(
        ("noun", "number"),
        [
            ("meldingnummer", "M2612 0031"),
            ("meldingsnummer", "I2611-0042"),
            ("ticketnummer:", "T-2026-00193"),
            ("callnummer", "C26.10044"),
        ],
    )
    def test_a_registration_under_system_headers_is_a_receipt(self, noun: str, number: str) -> None:
        verdict = verdict_for(
            self.BODY.format(noun=noun, number=number),
            subject=f"[{number}] Uw bericht is vastgelegd",
            headers={"Precedence": "bulk", "X-MS-Exchange-Inbox-Rules-Loop": "kcc@voorbeeld.nl"},
        )
        assert verdict.label == L.ACKNOWLEDGED
        assert verdict.details.get("zaaknummer") == number

    @pytest.mark.parametrize(
        "body",
        [
            "Uw melding is aangemaakt met nummer 2026-08812 en toegewezen aan een behandelaar.",
            "De status van uw zaak 2026-08812 is gewijzigd.",
            "Uw bericht staat bij ons ingeschreven onder kenmerk 26.55120.",
            "Bedankt voor uw bericht. Uw bericht heeft nummer 2026012708812. We behandelen het "
            "zo snel mogelijk.",
            "Uw e-mail kreeg het kenmerk 26.55120 en wordt binnen tien werkdagen behandeld.",
        ],
    )
    def test_a_system_names_the_number_it_gave_our_mail(self, body: str) -> None:
        verdict = verdict_for(
            body, subject="Melding", sender="Gemeente <noreply@voorbeeld.nl>", headers=GENERATED
        )
        assert verdict.label == L.ACKNOWLEDGED
        assert verdict.details.get("zaaknummer", "").endswith(("08812", "55120"))

    def test_a_phone_number_the_sender_has_is_no_case_number(self) -> None:
        verdict = verdict_for("Heeft u vragen? De griffie heeft nummer 0341-123456.")
        assert "zaaknummer" not in verdict.details
        assert verdict.label is not L.ACKNOWLEDGED or verdict.needs_review

    def test_a_person_who_forwards_and_gives_a_reference_still_forwards(self) -> None:
        """The contrast: no system headers, and the person says what they did."""
        verdict = verdict_for(
            "Ik heb uw mail doorgestuurd aan alle fractievoorzitters (ons kenmerk 2026-0113)."
        )
        assert verdict.label == L.FORWARDED


_REPORT = (
    "> From: Mail Delivery System <MAILER-DAEMON@mx.voorbeeld.example>\n"
    "> Subject: Undelivered Mail Returned to Sender\n>\n"
    "> This is the mail system at host mx.voorbeeld.example.\n"
    "> Your message could not be delivered to: <{recipient}>\n"
    "> 550 5.1.1 <{recipient}>: Recipient address rejected: User unknown\n"
)


class TestForwardedDeliveryReports:
    """A delivery report passed on as quoted text: a bounce when nothing in the message
    speaks of the campaign (for a person to check), the forwarder's news when it does."""

    def test_a_bare_forwarded_report_is_a_bounce_for_review(self) -> None:
        verdict = verdict_for(
            "Zie hieronder.\n\n" + _REPORT.format(recipient="oud.adres@voorbeeld.example"),
            subject="Fwd: Undelivered Mail Returned to Sender",
            sender="Beheer <beheer@voorbeeld.example>",
        )
        assert verdict.label == L.BOUNCE_HARD
        assert verdict.needs_review

    def test_a_forwarded_report_about_our_letter_is_the_forwarders_news(self) -> None:
        """The contrast: the griffie forwarded our letter to the councils, one address failed."""
        verdict = verdict_for(
            "Ik heb uw brief over de motie Pleidooi voor gewortelde kinderen doorgestuurd aan "
            "alle fractievoorzitters; het adres van een oud-raadslid bestaat niet meer.\n\n"
            + _REPORT.format(recipient="oud.raadslid@voorbeeld.nl"),
            subject="FW: Undeliverable: FW: Pleidooi voor gewortelde kinderen",
        )
        assert verdict.label == L.FORWARDED

    def test_a_forward_about_a_failed_delivery_without_a_report_is_no_bounce(self) -> None:
        """A subject alone, with no codes, is a person talking about mail."""
        verdict = verdict_for(
            "Hoi, deze kreeg ik terug, weet jij waarom?",
            subject="Fwd: Undeliverable: agenda",
            sender="Beheer <beheer@voorbeeld.example>",
        )
        assert verdict.label not in (L.BOUNCE_HARD, L.BOUNCE_SOFT)


class TestOurRequestRestated:
    """A receipt that restates our subject ("Onderwerp: Verzoek om door te sturen aan de
    fractievoorzitters ...") names the request, not a forward: "verzoek om ... te <verb>" is
    what was asked. A forward the sender reports beside it still counts."""

    @pytest.mark.parametrize(
        "body",
        [
            "Uw e-mail is ontvangen.\n\nOnderwerp: Verzoek om door te sturen aan de "
            "fractievoorzitters en de griffier van Voorbeeld",
            "Dank voor uw bericht. Betreft: uw verzoek om de brief naar de raad door te sturen. "
            "Het is in goede orde ontvangen.",
        ],
    )
    def test_the_request_restated_in_a_receipt_is_no_forward(self, body: str) -> None:
        assert verdict_for(body).label == L.ACKNOWLEDGED

    def test_a_forward_reported_beside_the_request_counts(self) -> None:
        verdict = verdict_for(
            "Conform uw verzoek om door te sturen heb ik de mail doorgestuurd aan de "
            "fractievoorzitters."
        )
        assert verdict.label == L.FORWARDED

    def test_a_request_refused_is_no_forward(self) -> None:
        verdict = verdict_for(
            "Verzoeken van organisaties om post aan de raadsleden door te sturen, worden bij "
            "ons niet ingewilligd."
        )
        assert verdict.label != L.FORWARDED


AUTO_SUBJECT = "Automatisch antwoord: Verzoek om door te sturen"


class TestDaysOffAndIllness:
    """An automatic answer that says its owner does not work that day, is ill, or is not
    there until a date is an absence note: its "uw bericht is ontvangen" confirms nothing."""

    @pytest.mark.parametrize(
        "body",
        [
            "Uw bericht is ontvangen. Op dinsdag en vrijdag ben ik niet werkzaam.",
            "Uw e-mail is goed aangekomen. Ik werk op maandag tot en met woensdag.",
            "Wij hebben uw bericht ontvangen. Wegens ziekte ben ik voorlopig niet aan het werk.",
            "Uw mail is binnengekomen. Tot 9 februari ben ik er niet.",
            "Your message has been received. I work part-time and will reply on Thursday.",
        ],
    )
    def test_an_automatic_answer_about_days_off_is_an_automatic_reply(self, body: str) -> None:
        verdict = verdict_for(body, subject=AUTO_SUBJECT, headers=REPLIED)
        assert verdict.label == L.AUTO_REPLY

    def test_a_person_who_says_when_they_work_still_answers(self) -> None:
        """The contrast: a person's forward beside their working days stays a forward."""
        verdict = verdict_for(
            "Ik werk op maandag bij de griffie en heb uw brief vandaag doorgestuurd aan alle "
            "fractievoorzitters."
        )
        assert verdict.label == L.FORWARDED

    def test_being_unsure_is_no_absence(self) -> None:
        verdict = verdict_for("Ik ben er niet zeker van of de motie dit jaar nog komt.")
        assert verdict.label != L.AUTO_REPLY

    def test_an_absence_note_that_does_not_pass_the_mail_on_goes_to_a_person(self) -> None:
        """ "Uw mail wordt niet doorgestuurd" in an absence note with no header may say
        that nobody stands in, or refuse: not decided alone."""
        verdict = verdict_for(
            "Ik ben tot en met 20 maart niet werkzaam. Uw e-mail wordt niet doorgestuurd."
        )
        assert verdict.needs_review


class TestPromisesAreNoReceipt:
    """A system's message is a receipt when it registered our mail or says that it arrived;
    thanks with a promise of an answer, or a step still to come, is what every mail to that
    address gets: an automatic reply."""

    @pytest.mark.parametrize(
        "body",
        [
            "Hartelijk dank voor uw bericht aan onze gemeente. Wij streven ernaar uw vraag "
            "binnen acht werkdagen te beantwoorden.",
            "Deze mailbox wordt op werkdagen van 9 tot 16 uur bekeken. Uw e-mail wordt daarna "
            "zo snel mogelijk in behandeling genomen.",
            "Rond Koningsdag is het gemeentehuis gesloten. Uw bericht wordt na de feestdagen in "
            "behandeling genomen.",
        ],
    )
    def test_thanks_and_a_promise_are_an_automatic_reply(self, body: str) -> None:
        verdict = verdict_for(body, subject=AUTO_SUBJECT, headers=REPLIED)
        assert verdict.label == L.AUTO_REPLY
        assert not verdict.needs_review

    @pytest.mark.parametrize(
        "body",
        [
            "Dank u wel. Wij hebben uw e-mail ontvangen en streven ernaar binnen acht werkdagen "
            "te antwoorden.",
            "Your message has been received; we aim to answer within eight working days.",
            "Uw bericht is vastgelegd als melding K2605 0031. Wij streven ernaar binnen acht "
            "werkdagen te antwoorden.",
        ],
    )
    def test_a_stated_arrival_or_a_number_stays_a_receipt(self, body: str) -> None:
        verdict = verdict_for(body, subject=AUTO_SUBJECT, headers=REPLIED)
        assert verdict.label == L.ACKNOWLEDGED

    def test_a_person_who_takes_it_up_is_no_automatic_reply(self) -> None:
        verdict = verdict_for("Dank voor uw mail, ik neem het in behandeling.")
        assert verdict.label == L.ACKNOWLEDGED


class TestTicketCodes:
    """A ticket system's code after its own noun is a registration; a phone number is not."""

    @pytest.mark.parametrize(
        ("body", "number"),
        [
            ("Wij hebben uw e-mail vastgelegd als melding K2605 0031.", "K2605 0031"),
            ("Meldingsnummer | K2605 0031\nStatus | Aangemeld", "K2605 0031"),
            ("Uw bericht heeft bij ons het nummer T-2026-0417 gekregen.", "T-2026-0417"),
        ],
    )
    def test_a_code_after_its_noun_is_a_case_number(self, body: str, number: str) -> None:
        verdict = verdict_for(body, subject="Uw melding", headers=GENERATED)
        assert verdict.details.get("zaaknummer") == number

    def test_a_phone_number_is_no_case_number(self) -> None:
        verdict = verdict_for(
            "Deze mailbox wordt beperkt gelezen. Bel voor spoed het nummer 14 038.",
            subject=AUTO_SUBJECT,
            headers=REPLIED,
        )
        assert "zaaknummer" not in verdict.details
        assert verdict.label == L.AUTO_REPLY


def _disposition_report(subject: str, disposition: str) -> bytes:
    return (
        "From: Info <info@voorbeeld.nl>\r\nTo: kinderpardonnu@gmail.com\r\n"
        f"Subject: {subject}\r\nMessage-ID: <mdn-1@voorbeeld.nl>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="b"\r\n'
        "\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nUw bericht is verwerkt.\r\n"
        "--b\r\nContent-Type: message/disposition-notification\r\n\r\n"
        "Reporting-UA: voorbeeld.nl; Mailer\r\nFinal-Recipient: rfc822;info@voorbeeld.nl\r\n"
        f"Disposition: manual-action/MDN-sent-manually; {disposition}\r\n\r\n--b--\r\n"
    ).encode()


class TestReadReceipts:
    """An opened letter's receipt is acknowledged (the product's choice); a receipt saying the
    letter was thrown away unread is none at all."""

    @pytest.mark.parametrize(
        ("subject", "disposition", "label"),
        [
            ("Gelezen: Verzoek om door te sturen", "displayed", L.ACKNOWLEDGED),
            ("Verwerkt: Verzoek om door te sturen", "deleted", L.OTHER),
            ("Niet gelezen: Verzoek om door te sturen", "deleted", L.OTHER),
        ],
    )
    def test_the_disposition_decides(self, subject: str, disposition: str, label: Label) -> None:
        message = parse_message(_disposition_report(subject, disposition))
        assert classify(message, CONTEXT).label == label

    @pytest.mark.parametrize(
        ("subject", "body"),
        [
            ("Not read: Verzoek om door te sturen", "Your message was deleted without being read."),
            ("Leesbevestiging", "Uw bericht is verwijderd zonder te zijn gelezen."),
        ],
    )
    def test_deleted_unread_without_a_report_part(self, subject: str, body: str) -> None:
        assert verdict_for(body, subject=subject).label == L.OTHER


class TestUnreadMailboxWithAFormForSomeCases:
    """ "This mailbox is not monitored; for questions use the form on our website": a form for
    some cases is no new place for our letter, so the notice is an automatic reply."""

    @pytest.mark.parametrize(
        "body",
        [
            "Thank you for your message. This inbox is not monitored. For questions, please use "
            "the contact form on our website.",
            "Dit e-mailadres wordt niet gelezen. Voor vragen: gebruik het contactformulier op "
            "onze website.",
        ],
    )
    def test_a_form_for_questions_is_an_automatic_reply(self, body: str) -> None:
        verdict = verdict_for(body, subject=AUTO_SUBJECT, headers=GENERATED)
        assert verdict.label == L.AUTO_REPLY

    @pytest.mark.parametrize(
        "body",
        [
            "This inbox is not monitored. Please send your letter to raad@voorbeeld.nl.",
            "Dit e-mailadres wordt niet gelezen. Wilt u de raad bereiken? Vul dan het formulier "
            "in op www.voorbeeld.nl/raad.",
        ],
    )
    def test_another_address_or_a_form_for_the_council_is_a_redirect(self, body: str) -> None:
        verdict = verdict_for(body, subject=AUTO_SUBJECT, headers=GENERATED)
        assert verdict.label == L.REDIRECT


class TestReceiptLines:
    """What a registered receipt says about itself: how to quote its number, and our own
    subject restated, are no question and no forward."""

    def test_a_request_to_quote_the_number_is_no_question(self) -> None:
        verdict = verdict_for(
            "Wij bevestigen de ontvangst van uw brief. Deze is geregistreerd onder kenmerk "
            "2026-0412. Wilt u dit kenmerk noemen als u ons weer schrijft?",
            sender="Postregistratie <post@voorbeeld.nl>",
        )
        assert verdict.label == L.ACKNOWLEDGED
        assert not verdict.asks_question

    def test_a_real_question_beside_a_receipt_still_asks(self) -> None:
        verdict = verdict_for(
            "Wij hebben uw brief ontvangen. Wilt u ons laten weten in welke gemeenten de motie "
            "al is aangenomen?",
        )
        assert verdict.label == L.QUESTION or verdict.asks_question

    def test_our_subject_quoted_in_a_receipt_is_no_forward(self) -> None:
        verdict = verdict_for(
            'Uw e-mail met als onderwerp "Verzoek om door te sturen aan de fractievoorzitters '
            'en de griffier van Ede" is ontvangen en geregistreerd. Zaaknummer: Z-26-0099.',
            subject="Ontvangstbevestiging",
            headers=GENERATED,
        )
        assert verdict.label == L.ACKNOWLEDGED

    def test_a_receipt_that_passed_it_to_the_griffie_is_a_forward(self) -> None:
        verdict = verdict_for(
            "Uw e-mail is ontvangen en doorgestuurd naar de griffie. Zaaknummer: Z-26-0099.",
            subject="Ontvangstbevestiging",
            headers=GENERATED,
        )
        assert verdict.label == L.FORWARDED


class TestPersonThroughAMessagePlatform:
    """A town's message platform marks all it sends as list mail; a person who greets us by
    name and writes of the motion through it is read like any reply."""

    def test_a_person_greeting_us_is_read(self) -> None:
        verdict = verdict_for(
            "Beste KinderpardonNU,\n\nNamens de griffie: drie fracties hebben gisteren in de "
            "raad een motie over gewortelde kinderen ingediend.",
            subject="Terugkoppeling",
            sender="Griffie via Berichten <no-reply@berichten.voorbeeld.nl>",
            headers=LIST,
        )
        assert verdict.label == L.MOTION_SUBMITTED

    @pytest.mark.parametrize(
        "body",
        [
            "Beste KinderpardonNU,\n\nEr volgt iemand nieuw je account. Pas je e-mailinstellingen "
            "aan in je profiel.",
            "Beste lezer,\n\nIn onze buurgemeente is deze week een motie aangenomen.",
        ],
    )
    def test_a_notice_or_a_newsletter_stays_other(self, body: str) -> None:
        verdict = verdict_for(
            body, subject="Nieuws", sender="Nieuws <no-reply@berichten.voorbeeld.nl>", headers=LIST
        )
        assert verdict.label == L.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "Bedankt voor uw e-mail. U zult binnen vijf werkdagen een reactie van ons ontvangen.",
        "Zodra wij uw bericht hebben ontvangen, nemen wij het in behandeling.",
    ],
)
def test_an_arrival_still_to_come_is_no_receipt(body: str) -> None:
    verdict = verdict_for(body, subject=AUTO_SUBJECT, headers=REPLIED)
    assert verdict.label == L.AUTO_REPLY
