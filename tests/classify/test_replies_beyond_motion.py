"""Replies that are about the letter rather than the motion: receipts, forwards, refusals,
redirects, opt-outs, automatic notices, look-alikes and mail that is no reply at all.

Each class names one behaviour; every table has a near miss that must keep its own label.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from outreach.classify.chain import Verdict, classify
from outreach.classify.labels import Label
from outreach.classify.message import parse_message
from tests.classify.support import CONTEXT, GMAIL_NL_QUOTE, LETTER, OWN_ADDRESS, verdict_for

L = Label
MACHINE = {"Auto-Submitted": "auto-generated"}
BOTTOM_QUOTE = (
    "Op di 4 mrt 2025 om 09:30 schreef KinderpardonNU <kinderpardonnu@gmail.com>:\n"
    + "\n".join("> " + line for line in LETTER.splitlines())
    + "\n\n"
)


class TestBottomPosted:
    """Words written under the quoted letter are the sender's own."""

    @pytest.mark.parametrize(
        ("own", "label"),
        [
            ("Goedemiddag,\n\nWe hebben het bericht ontvangen, dank u wel.\n", L.ACKNOWLEDGED),
            (
                "Beste mensen,\n\nIk heb uw mail in Notubiz gezet voor alle raadsleden.\n",
                L.FORWARDED,
            ),
        ],
    )
    def test_text_below_the_quote_is_read(self, own: str, label: Label) -> None:
        assert verdict_for(BOTTOM_QUOTE + own).label == label

    def test_a_quote_with_nothing_below_stays_unread(self) -> None:
        verdict = verdict_for(BOTTOM_QUOTE)
        assert verdict.label == L.OTHER
        assert verdict.needs_review


class TestMachineReceiptThatForwards:
    """A registration notice that passed the letter to a council body did what we asked."""

    @pytest.mark.parametrize(
        "text",
        [
            "Uw e-mail is geregistreerd onder kenmerk 2025-00912. Omdat hij voor de raad "
            "bedoeld is, hebben wij hem doorgestuurd naar de raadsgriffie.",
            "Wij hebben uw bericht ontvangen (zaaknummer Z-77120) en doorgezet naar het "
            "team Griffie, dat het verder oppakt.",
            "Uw mail is geregistreerd onder kenmerk 2025-4410. Wij sturen hem door naar de "
            "griffie.",
        ],
    )
    def test_passed_to_the_griffie_is_forwarded(self, text: str) -> None:
        assert verdict_for(text, headers=MACHINE).label == L.FORWARDED

    def test_routed_to_a_department_is_a_receipt(self) -> None:
        verdict = verdict_for(
            "Uw bericht is ontvangen onder kenmerk 2025-00913 en doorgestuurd naar de "
            "behandelende afdeling.",
            headers=MACHINE,
        )
        assert verdict.label == L.ACKNOWLEDGED


class TestReadingSystems:
    """Put on the council's list of incoming mail or made available in its portal."""

    @pytest.mark.parametrize(
        "text",
        [
            "Ik heb uw brief op de postlijst van de raad gezet.",
            "Via Notubiz is uw brief met de bijlagen beschikbaar gesteld aan de raad.",
            "Uw mail is beschikbaar gesteld aan alle fractievoorzitters.",
        ],
    )
    def test_is_forwarded(self, text: str) -> None:
        assert verdict_for(text + GMAIL_NL_QUOTE).label == L.FORWARDED

    def test_a_document_made_available_to_the_public_is_no_forward(self) -> None:
        verdict = verdict_for(
            "Het jaarverslag is beschikbaar gesteld op onze website." + GMAIL_NL_QUOTE
        )
        assert verdict.label != L.FORWARDED


class TestRefusalsWithoutTheWordRefuse:
    """The council keeps its views to itself, or the letter will not go on."""

    @pytest.mark.parametrize(
        "text",
        [
            "Ontvangen. Onze gemeenteraad laat zich niet uit over het vreemdelingenbeleid.",
            "Wij hebben uw mail gekregen, maar wij gaan hem niet aan de raadsleden doorsturen.",
            "Het presidium heeft de brief voor kennisgeving aangenomen; hij wordt niet onder "
            "de raadsleden verspreid.",
        ],
    )
    def test_is_declined(self, text: str) -> None:
        assert verdict_for(text + GMAIL_NL_QUOTE).label == L.DECLINED

    def test_a_forward_with_no_position_of_its_own_stays_a_forward(self) -> None:
        verdict = verdict_for(
            "Uw mail is doorgestuurd aan de fractievoorzitters. De griffie zelf neemt geen "
            "standpunt in." + GMAIL_NL_QUOTE
        )
        assert verdict.label == L.FORWARDED


class TestPoliteOptOut:
    """ "Fijn als u ons van de lijst haalt": a polite frame is no condition."""

    @pytest.mark.parametrize(
        "text",
        [
            "Uw brief is binnen. Het zou fijn zijn als u dit adres uit uw mailinglijst haalt.",
            "We stellen het op prijs als u ons geen campagnemails meer toestuurt.",
        ],
    )
    def test_is_opt_out(self, text: str) -> None:
        assert verdict_for(text + GMAIL_NL_QUOTE).label == L.OPT_OUT

    def test_no_reminder_needed_after_a_forward_is_a_forward(self) -> None:
        verdict = verdict_for(
            "Een herinnering is niet nodig: wij hebben uw brief doorgestuurd naar de fracties."
            + GMAIL_NL_QUOTE
        )
        assert verdict.label == L.FORWARDED


class TestRedirects:
    """Asked to write elsewhere, or no longer in the role we wrote to."""

    @pytest.mark.parametrize(
        "text",
        [
            "Uw mail kwam bij ons loket binnen. Wij vragen u hem opnieuw te sturen aan "
            "raad@elders.nl, want die gemeente heeft een eigen griffie.",
            "Sinds de verkiezingen ben ik geen fractievoorzitter meer. Mijn opvolger is "
            "bereikbaar via p.opvolger@voorbeeld.nl.",
        ],
    )
    def test_is_redirect(self, text: str) -> None:
        assert verdict_for(text + GMAIL_NL_QUOTE).label == L.REDIRECT

    def test_sending_it_on_oneself_is_no_redirect(self) -> None:
        verdict = verdict_for(
            "Ik ben geen raadslid meer, maar ik stuur uw mail door naar de fractievoorzitter."
            + GMAIL_NL_QUOTE
        )
        assert verdict.label == L.FORWARDED


class TestAutomaticNotices:
    """Absence notes in Frisian, and unread-mailbox notices with or without a way on."""

    def test_frisian_absence_note(self) -> None:
        verdict = verdict_for(
            "Tankewol foar jo berjocht. Ik bin oant moandei net oanwêzich.",
            subject="Automatysk antwurd: Pleidooi voor gewortelde kinderen",
        )
        assert verdict.label == L.AUTO_REPLY

    def test_unread_mailbox_with_only_a_phone_number_is_an_auto_reply(self) -> None:
        verdict = verdict_for(
            "Berichten aan dit adres worden niet gelezen. Bel ons op 0800 1234.",
            subject="Automatisch antwoord: Pleidooi voor gewortelde kinderen",
            headers=MACHINE,
        )
        assert verdict.label == L.AUTO_REPLY
        assert not verdict.needs_review

    def test_unread_mailbox_that_names_an_address_is_a_redirect(self) -> None:
        verdict = verdict_for(
            "Berichten aan dit adres worden niet gelezen. Stuur uw mail naar info@voorbeeld.nl.",
            subject="Automatisch antwoord: Pleidooi voor gewortelde kinderen",
            headers=MACHINE,
        )
        assert verdict.label == L.REDIRECT


def _invitation(*, attach: bool, reply: bool = False) -> Verdict:
    message = EmailMessage()
    message["From"] = "Raadslid <raadslid@voorbeeld.nl>"
    message["To"] = OWN_ADDRESS
    subject = "Uitnodiging: gesprek over gewortelde kinderen @ do 5 mrt 19:00"
    message["Subject"] = f"RE: {subject}" if reply else subject
    message["Auto-Submitted"] = "auto-generated"
    message.set_content("Gesprek over jullie actie\nDeelnemen via de link hieronder.")
    if attach:
        message.add_attachment(
            b"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n",
            maintype="text",
            subtype="calendar",
            disposition="inline",
        )
    return classify(parse_message(bytes(message)), CONTEXT)


class TestMailThatIsNoReply:
    """Calendar invitations, file-sharing notices and mailbox lures are `other`."""

    def test_calendar_invitation_is_other_not_an_auto_reply(self) -> None:
        assert _invitation(attach=True).label == L.OTHER

    def test_an_invitation_in_answer_to_our_letter_goes_to_a_person(self) -> None:
        verdict = _invitation(attach=True, reply=True)
        assert verdict.label == L.OTHER
        assert verdict.needs_review

    def test_the_same_mail_without_an_event_is_read_as_before(self) -> None:
        assert _invitation(attach=False).label != L.OTHER

    def test_file_sharing_notice_is_other_for_a_person(self) -> None:
        verdict = verdict_for(
            "Griffie Voorbeeld heeft het document Antwoord.pdf met u gedeeld.\n\nOpenen",
            subject="Griffie Voorbeeld heeft een bestand met u gedeeld",
            sender="SharePoint <no-reply@voorbeeld-gemeente.example>",
        )
        assert verdict.label == L.OTHER
        assert verdict.needs_review

    def test_sharing_with_the_council_is_a_forward(self) -> None:
        verdict = verdict_for(
            "Ik heb uw mail gedeeld met alle fractievoorzitters." + GMAIL_NL_QUOTE
        )
        assert verdict.label == L.FORWARDED

    def test_delivery_failure_about_our_own_mailbox_is_a_lure(self) -> None:
        verdict = verdict_for(
            "Beste kinderpardonnu,\n\n3 inkomende berichten konden niet worden afgeleverd omdat "
            "uw opslag bijna vol is. Klik hier om ze vrij te geven.",
            subject="Mail Delivery Failure: berichten in de wachtrij",
            sender="Mail Support <no-reply@mail-help.example>",
        )
        assert verdict.label == L.OTHER
        assert not verdict.needs_review


class TestMailboxLures:
    """A new mail about our own mailbox or account is a lure, even when it greets us by name."""

    @pytest.mark.parametrize(
        ("subject", "text"),
        [
            ("Actie vereist", "Beste kinderpardonnu, uw postvak is bijna vol. Klik hier."),
            ("Quarantaine", "Hallo kinderpardonnu, 4 berichten staan in quarantaine."),
            ("Notice", "Hi kinderpardonnu, your password expires today. Confirm it here."),
        ],
    )
    def test_is_other_decided(self, subject: str, text: str) -> None:
        verdict = verdict_for(text, subject=subject, sender="IT <it@beheer.example>")
        assert verdict.label == L.OTHER
        assert not verdict.needs_review

    def test_a_reply_that_mentions_a_full_mailbox_is_read_as_a_reply(self) -> None:
        verdict = verdict_for(
            "Onze mailbox was vol, excuus. Ik heb uw brief nu doorgestuurd naar de fracties."
            + GMAIL_NL_QUOTE
        )
        assert verdict.label == L.FORWARDED


class TestEnglishQuestion:
    """A councillor's question in English, sent as a new mail, asks us something."""

    def test_is_a_question(self) -> None:
        verdict = verdict_for(
            "Thanks for the information. Could you tell me how many of these children live "
            "in our town?",
            subject="About your letter",
        )
        assert verdict.label == L.QUESTION


class TestReceiptThatSaysMore:
    """A person's receipt is decided alone only when the rest adds nothing unread."""

    def test_receipt_with_an_unread_negation_goes_to_a_person(self) -> None:
        verdict = verdict_for(
            "Uw mail is ontvangen. Onze raad vergadert in juli en augustus niet." + GMAIL_NL_QUOTE
        )
        assert verdict.label == L.ACKNOWLEDGED
        assert verdict.needs_review

    def test_receipt_that_names_another_address_goes_to_a_person(self) -> None:
        verdict = verdict_for(
            "Uw mail is ontvangen. Mijn collega j.jansen@voorbeeld.nl weet er meer van."
            + GMAIL_NL_QUOTE
        )
        assert verdict.needs_review

    def test_plain_receipt_is_decided(self) -> None:
        verdict = verdict_for("Uw mail is in goede orde ontvangen, dank u." + GMAIL_NL_QUOTE)
        assert verdict.label == L.ACKNOWLEDGED
        assert not verdict.needs_review

    def test_a_step_still_to_come_is_no_turn(self) -> None:
        verdict = verdict_for(
            "Uw mail is ontvangen; ik heb hem nog niet kunnen lezen." + GMAIL_NL_QUOTE
        )
        assert not verdict.needs_review


class TestMorePhrasings:
    """Word orders the vocabulary missed: verb first, passive, "graag", and "opnieuw"."""

    @pytest.mark.parametrize(
        ("text", "label"),
        [
            ("Wij geven geen vervolg aan uw verzoek.", L.DECLINED),
            ("De fractie wenst hier niet aan mee te werken.", L.DECLINED),
            ("Ik wil niet langer door u gemaild worden.", L.OPT_OUT),
            ("Graag uw mail opnieuw sturen naar griffie@voorbeeld.nl.", L.REDIRECT),
            (
                "Dit is het algemene adres. Stukken voor de raad graag naar "
                "griffie@voorbeeld.nl sturen.",
                L.REDIRECT,
            ),
            (
                "Dit adres is alleen voor vragen van inwoners; de raad bereikt u via "
                "raad@voorbeeld.nl.",
                L.REDIRECT,
            ),
            ("De fractievoorzitters kunt u het beste zelf benaderen.", L.REDIRECT),
            (
                "I am no longer a member of the council. Please contact the clerk at "
                "griffie@voorbeeld.nl.",
                L.REDIRECT,
            ),
            ("Thanks, I have shared your letter with all group leaders.", L.FORWARDED),
            ("Ik stuur uw mail vandaag naar alle raadsleden.", L.FORWARDED),
            ("Wij zullen uw verzoek niet honoreren.", L.DECLINED),
            ("Gelieve ons uit te schrijven.", L.OPT_OUT),
            ("Please do not contact us again.", L.OPT_OUT),
            ("Het e-mailadres van de griffie is griffie@voorbeeld.nl.", L.REDIRECT),
            ("Post voor de gemeenteraad loopt altijd via griffie@voorbeeld.nl.", L.REDIRECT),
            ("Dit soort verzoeken hoort bij de griffie thuis.", L.REDIRECT),
            # Near misses: the sender acts, or only asks for the attachment again.
            (
                "Uw mail hoort bij de griffie thuis; ik heb hem daarom doorgestuurd naar de "
                "griffie.",
                L.FORWARDED,
            ),
            ("Ik zal uw mail opnieuw sturen naar de fractievoorzitters.", L.FORWARDED),
            ("Kunt u mij de bijlage nog eens sturen? Hij opent niet.", L.QUESTION),
        ],
    )
    def test_label(self, text: str, label: Label) -> None:
        assert verdict_for(text + GMAIL_NL_QUOTE).label == label


class TestMailAsANoun:
    """ "Uw eerdere mail is ... aan de fracties gestuurd" reports a forward, no instruction."""

    def test_is_a_forward_decided_alone(self) -> None:
        verdict = verdict_for(
            "Dank voor uw herinnering. Uw eerdere mail is op 3 maart aan de "
            "fractievoorzitters doorgestuurd." + GMAIL_NL_QUOTE
        )
        assert verdict.label == L.FORWARDED
        assert not verdict.needs_review
        assert "redirect-notice" not in {reason.rule for reason in verdict.reasons}

    def test_an_instruction_to_send_it_on_is_still_read(self) -> None:
        verdict = verdict_for(
            "Dit adres is niet voor de raad. Mail uw brief naar griffie@voorbeeld.nl."
            + GMAIL_NL_QUOTE
        )
        assert verdict.label == L.REDIRECT
