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

from outreach.classify.labels import Label
from tests.classify.support import verdict_for

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
        ],
    )
    def test_a_system_names_the_number_it_gave_our_mail(self, body: str) -> None:
        verdict = verdict_for(
            body, subject="Melding", sender="Gemeente <noreply@voorbeeld.nl>", headers=GENERATED
        )
        assert verdict.label == L.ACKNOWLEDGED
        assert verdict.details.get("zaaknummer", "").endswith(("08812", "55120"))

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
