"""Automatic notices, instructions to write elsewhere, and requests to stop.

Each class names one general reading, with the near misses that must keep their label:
an absence note that says our letter went on to a council body did what we asked; "dit
adres" after "dit is een automatisch bericht" is the machine's own address, and a form for
some questions is no new place for our letter; a person who says the council's post is only
handled through a form or another address points elsewhere; "naar dit adres" in a reply is
the address it comes from; "stoppen met mailen" asks us to stop in any form of the verb; and
a person's new mail asking to be taken off the list is about our mail.
"""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label
from tests.classify.support import OUTLOOK_NL_QUOTE, verdict_for

L = Label
REPLIED = {"Auto-Submitted": "auto-replied"}
GENERATED = {"Auto-Submitted": "auto-generated"}
ABSENT = "Afwezig: Pleidooi voor gewortelde kinderen"


class TestAbsenceThatForwards:
    """An out-of-office whose text says our mail went on to the griffie or the party leaders
    is a forward; one that only names them for urgent matters, or forwards nothing, is not."""

    @pytest.mark.parametrize(
        "body",
        [
            "Ik ben met verlof tot en met 20 april. Uw bericht is automatisch doorgestuurd "
            "naar de raadsgriffie, die het verder afhandelt.",
            "Tot 2 juni ben ik niet op kantoor. Uw e-mail wordt in de tussentijd "
            "doorgestuurd aan de griffie.",
            "Bedankt voor uw mail. Ik ben deze week afwezig; ik heb uw bericht doorgezet "
            "naar de fractievoorzitters.",
            # A limit in another statement of the sentence is no limit of the forward.
            "Ik ben afwezig. Post over de raad wordt doorgestuurd naar de griffie; andere mail "
            "lees ik na mijn terugkomst.",
        ],
    )
    def test_an_absence_note_that_passed_it_to_the_council_is_a_forward(self, body: str) -> None:
        verdict = verdict_for(body, subject=ABSENT, headers=REPLIED)
        assert verdict.label is L.FORWARDED

    @pytest.mark.parametrize(
        "body",
        [
            "Ik ben afwezig tot 20 april. Uw e-mail wordt niet doorgestuurd. Voor dringende "
            "zaken kunt u mailen naar de griffie.",
            "Ik ben met vakantie. Uw bericht wordt niet automatisch doorgestuurd naar de "
            "griffie; na mijn terugkomst lees ik het.",
            "Ik ben afwezig tot maandag. Uw mail wordt doorgestuurd naar mijn collega "
            "Anna de Boer.",
            # Only some mail, under a condition, after the return, or what we should do.
            "Ik ben afwezig. Alleen spoedeisende zaken worden doorgestuurd naar de griffie.",
            "Ik ben met verlof. Zo nodig wordt uw bericht doorgezet naar de raadsgriffie.",
            "Tot 12 mei ben ik afwezig. Na mijn terugkomst stuur ik uw bericht door aan de "
            "fractievoorzitters.",
            "Ik ben afwezig. Gaat uw bericht over de raad? Stuur het dan door naar de griffie.",
            "I am on leave. Urgent messages will be forwarded to the council clerk.",
        ],
    )
    def test_an_absence_note_that_forwards_nothing_to_the_council_stays_one(
        self, body: str
    ) -> None:
        verdict = verdict_for(body, subject=ABSENT, headers=REPLIED)
        assert verdict.label is L.AUTO_REPLY


class TestNoReplyNotices:
    """A machine's notice about its own no-reply address ("dit is een automatisch bericht;
    dit adres wordt niet gelezen") with only a form for questions is an automatic reply. The
    address we wrote to being retired, or a new address named, is a redirect."""

    @pytest.mark.parametrize(
        "body",
        [
            "Dit is een automatisch verzonden bericht.\nDit adres wordt niet gelezen. Mail aan "
            "dit adres wordt niet beantwoord.\nHeeft u een vraag? Gebruik het webformulier op "
            "www.voorbeeld.nl/contact.",
            "Dit is een automatisch bericht. Deze mailbox wordt niet bekeken.\nWilt u iets "
            "melden of vragen? Vul het formulier in op www.voorbeeld.nl of bel 14 012.",
            # The machine's own no-reply address, then a way to get in touch in general.
            "Let op: u ontvangt dit van een no-reply adres. Mail aan dit adres wordt niet "
            "gelezen. Neem contact op via het contactformulier op onze website.",
        ],
    )
    def test_the_machines_own_address_with_a_form_for_questions_is_an_auto_reply(
        self, body: str
    ) -> None:
        verdict = verdict_for(body, sender="Gemeente <noreply@voorbeeld.nl>", headers=GENERATED)
        assert verdict.label is L.AUTO_REPLY

    @pytest.mark.parametrize(
        "body",
        [
            # Our address retired: "niet meer" says its use changed.
            "Dit is een automatisch bericht. Dit e-mailadres wordt niet meer gelezen.\n"
            "Heeft u een vraag? Gebruik dan het contactformulier op www.voorbeeld.nl.",
            # A new address for the council, after a question: still where to write.
            "Dit is een automatisch bericht. Dit adres wordt niet gelezen.\nWilt u de raad "
            "bereiken? Mail dan naar griffie@voorbeeld.nl.",
        ],
    )
    def test_a_retired_address_or_a_new_one_is_a_redirect(self, body: str) -> None:
        verdict = verdict_for(body, sender="Gemeente <info@voorbeeld.nl>", headers=GENERATED)
        assert verdict.label is L.REDIRECT


class TestOnlyThroughAnotherWay:
    """A person who says post for the council is handled only through a form or another
    address, or asks us to send it "daar" again, points elsewhere."""

    @pytest.mark.parametrize(
        "body",
        [
            "Dank voor uw bericht. Brieven aan de raad behandelen wij uitsluitend via het "
            "digitale loket op www.voorbeeld.nl/raad. Wilt u uw brief daar nogmaals insturen?",
            "Goedemiddag,\n\nVerzoeken voor de fracties nemen wij alleen aan via het "
            "webformulier op raad.voorbeeld.nl of per mail aan griffie@voorbeeld.nl.",
            # A separable verb split around "te", and a host name with its dots inside.
            "Geachte heer, mevrouw,\n\nWij vragen u uw verzoek via het formulier op "
            "raad.voorbeeld.nl in te dienen.",
            # The verb last.
            "Goedemorgen,\n\nVoor brieven aan de raad kunt u beter het webformulier op "
            "www.voorbeeld.nl/raad gebruiken.",
        ],
    )
    def test_only_through_a_form_is_a_redirect(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, sender="KCC <kcc@voorbeeld.nl>")
        assert verdict.label is L.REDIRECT

    def test_the_sender_acting_through_a_form_is_no_redirect(self) -> None:
        body = (
            "Goedemorgen,\n\nIk heb uw brief via het contactformulier van de raad aan de "
            "griffie doorgegeven. Zij nemen contact met u op."
        )
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, sender="KCC <kcc@voorbeeld.nl>")
        assert verdict.label is not L.REDIRECT


class TestSendToTheSender:
    """ "Naar dit adres" in a reply is the address it comes from, "naar mij" the sender: a
    request for something (a question), not another place to write."""

    @pytest.mark.parametrize(
        "body",
        [
            "Goedemiddag,\n\nDe bijlagen zijn bij ons niet aangekomen. Kunt u ze opnieuw "
            "rechtstreeks naar dit adres sturen?",
            "Beste mensen,\n\nWilt u de voorbeeldmotie nog eens als Word-bestand naar mij mailen?",
        ],
    )
    def test_send_it_to_me_is_a_question(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE)
        assert verdict.label is L.QUESTION

    def test_send_it_to_another_address_is_a_redirect(self) -> None:
        body = (
            "Goedemiddag,\n\nDit is het adres voor inwoners. Kunt u uw brief rechtstreeks naar "
            "raadsgriffie@voorbeeld.nl sturen?"
        )
        assert verdict_for(body + OUTLOOK_NL_QUOTE).label is L.REDIRECT


class TestStopInAnyForm:
    """Asking us to stop, with the verb in any form ("stoppen met mailen", "houd op met
    mailen"), is an opt-out, also when it names this address; somebody else stopping a thing
    is not."""

    @pytest.mark.parametrize(
        "body",
        [
            "Wilt u stoppen met het mailen van dit adres? Wij hebben hier niet om gevraagd.",
            "Graag ophouden met mailen naar dit adres.",
            "Stopt u alstublieft met het sturen van herinneringen.",
            "Houd nu eens op met al die mailtjes.",
            # The imperative verb first, a politeness abbreviation inside, no verb at all.
            "Benader ons niet langer over dit onderwerp.",
            "Verwijder ons a.u.b. uit uw adressenbestand.",
            "Graag dit adres van de verzendlijst.",
        ],
    )
    def test_stop_mailing_is_an_opt_out(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, sender="Info <info@voorbeeld.nl>")
        assert verdict.label is L.OPT_OUT

    def test_no_more_than_a_number_is_no_opt_out(self) -> None:
        body = "Goedemiddag,\n\nMail ons niet meer dan twee bijlagen tegelijk, dan komen ze door."
        assert verdict_for(body + OUTLOOK_NL_QUOTE).label is not L.OPT_OUT

    def test_a_colleague_who_stops_working_is_no_opt_out(self) -> None:
        body = (
            "Goedemorgen,\n\nDe griffier stopt met werken per 1 mei. Ik heb uw mail "
            "doorgestuurd aan de fractievoorzitters."
        )
        assert verdict_for(body + OUTLOOK_NL_QUOTE).label is L.FORWARDED


class TestOptOutInANewMail:
    """A person's new mail (no reply, no campaign word) that asks to be taken off the list
    is about our mail; a platform's automatic notice with an unsubscribe question is not."""

    def test_a_persons_new_mail_asking_off_the_list_is_an_opt_out(self) -> None:
        body = (
            "Hoi,\n\nIk ontvang al jullie berichten dubbel. Kunnen jullie mij van de "
            "verzendlijst halen?\n\nPiet"
        )
        verdict = verdict_for(body, subject="Lijst", sender="Piet <piet1960@example.com>")
        assert verdict.label is L.OPT_OUT

    def test_a_platforms_notice_is_no_opt_out(self) -> None:
        body = (
            "Je hebt 3 nieuwe meldingen in je account. Wil je deze meldingen niet meer "
            "ontvangen? Wilt u zich van de lijst laten halen? Pas je instellingen aan."
        )
        verdict = verdict_for(
            body,
            subject="Nieuwe meldingen",
            sender="Platform <no-reply@platform.example>",
            headers=GENERATED,
        )
        assert verdict.label is not L.OPT_OUT
