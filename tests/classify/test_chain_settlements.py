"""How the chain settles readings that cannot both be the news."""

from __future__ import annotations

import pytest

from tests.classify.support import verdict_for

PARTY = "Jan Visser <j.visser@fractie-voorbeeld.nl>"
SIGN = "\n\nMet vriendelijke groet,\nJan Visser\nfractievoorzitter\n"
GRIFFIE = "\n\nMet vriendelijke groet,\nGriffie Voorbeeld\n"
TICKET = {"Auto-Submitted": "auto-generated"}
SUBJECT = (
    "Automatisch antwoord: Verzoek om door te sturen aan de fractievoorzitters en de griffier "
    "van Voorbeeld: motie Pleidooi voor gewortelde kinderen"
)


class TestAPartyThatWillSubmitNoMotion:
    """A forward by the griffie told by a party that refuses: the refusal is the news."""

    def test_the_refusal_beats_the_forward_that_brought_the_letter(self) -> None:
        verdict = verdict_for(
            "Uw e-mail is door de griffie aan alle fractievoorzitters doorgestuurd. Wij hebben "
            "hem in de fractie besproken en zullen geen motie van deze strekking indienen: "
            "verblijfsrecht is een zaak voor Den Haag." + SIGN,
            sender=PARTY,
        )
        assert verdict.label.value == "declined"

    def test_a_griffie_that_leaves_the_motion_to_the_parties_still_forwarded(self) -> None:
        verdict = verdict_for(
            "Ik heb uw e-mail doorgestuurd aan de fractievoorzitters. Of er een motie wordt "
            "ingediend, is aan de fracties zelf; de griffie neemt geen standpunt in." + GRIFFIE
        )
        assert verdict.label.value == "forwarded"


class TestAWithdrawnMotion:
    """A withdrawn motion was not voted on, whatever "niet aangenomen" beside it says."""

    def test_withdrawn_and_not_adopted_is_submitted_with_its_outcome(self) -> None:
        verdict = verdict_for(
            "Wij hebben de motie vorige week ingediend. Na een toezegging van de wethouder "
            "hebben wij hem ingetrokken, dus hij is niet aangenomen en ook niet verworpen." + SIGN,
            sender=PARTY,
        )
        assert verdict.label.value == "motion_submitted"
        assert verdict.details.get("outcome") == "withdrawn"

    def test_a_rejection_without_a_withdrawal_stays_a_rejection(self) -> None:
        verdict = verdict_for(
            "Wij hebben de motie vorige week ingediend, maar hij is niet aangenomen." + SIGN,
            sender=PARTY,
        )
        assert verdict.label.value == "motion_rejected"


def _ticket(routing: str, number: str) -> str:
    """The label a zaaksysteem's receipt gets, with `routing` as its routing line."""
    return verdict_for(
        f"Wij hebben uw bericht ontvangen en geregistreerd onder zaaknummer {number}.\n"
        f"{routing}\n\nDit bericht is automatisch verzonden.",
        sender="Gemeente Voorbeeld <noreply@voorbeeld.nl>",
        subject=f"Ontvangstbevestiging {number}",
        headers=TICKET,
    ).label.value


class TestATicketThatRoutesToTheGriffie:
    @pytest.mark.parametrize(
        "routing",
        [
            "Uw bericht is doorgeleid naar: Team Griffie.",
            "Uw e-mail is ter afhandeling toegewezen aan: Griffie gemeenteraad Voorbeeld.",
        ],
    )
    def test_a_routing_field_naming_the_griffie_is_a_forward(self, routing: str) -> None:
        assert _ticket(routing, "Z/26/004411") == "forwarded"

    def test_a_routing_field_naming_a_department_is_a_receipt(self) -> None:
        assert _ticket("Uw bericht is doorgeleid naar: Team Vergunningen.", "Z/26/004412") == (
            "acknowledged"
        )


class TestRefusalsAndOpenForwardsInOtherWords:
    def test_no_motion_will_come_from_the_council(self) -> None:
        verdict = verdict_for(
            "De griffie heeft uw brief aan ons doorgestuurd. Namens het fractievoorzittersoverleg "
            "laat ik weten dat er vanuit de raad geen motie zal komen." + SIGN,
            sender=PARTY,
        )
        assert verdict.label.value == "declined"

    def test_a_discussion_whether_to_forward_and_a_decision_not_to(self) -> None:
        verdict = verdict_for(
            "In het presidium is besproken of uw brief zou worden doorgestuurd naar de fracties. "
            "Het presidium heeft besloten dat niet te doen." + GRIFFIE
        )
        assert verdict.label.value == "declined"

    def test_checking_whether_to_forward_is_no_forward(self) -> None:
        verdict = verdict_for(
            "Wij hebben uw bericht ontvangen. Wij gaan na of het doorsturen aan de fracties past "
            "binnen onze regels." + GRIFFIE
        )
        assert verdict.label.value != "forwarded"

    def test_approach_them_yourself_said_as_a_statement_is_a_redirect(self) -> None:
        verdict = verdict_for(
            "De griffie stuurt geen campagnemails door. De gegevens van de fractievoorzitters "
            "staan op onze website; u kunt hen daar rechtstreeks benaderen." + GRIFFIE
        )
        assert verdict.label.value == "redirect"


class TestAForwardThatReachedTheSender:
    def test_mailed_to_me_by_another_department_then_refused(self) -> None:
        verdict = verdict_for(
            "Uw e-mail is mij door de afdeling Burgerzaken doorgestuurd. De raad spreekt zich "
            "niet uit over rijksbeleid; daarom zal ik uw verzoek niet aan de fractievoorzitters "
            "doorsturen. Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd."
            "\n\nMet vriendelijke groet,\nde griffier\n"
        )
        assert verdict.label.value == "declined"

    def test_a_party_that_will_come_with_a_motion_is_a_plan(self) -> None:
        verdict = verdict_for(
            "Uw e-mail is door ons aan de fractievoorzitters doorgestuurd. De fractie van D66 "
            "heeft laten weten dat zij met een motie over dit onderwerp wil komen." + GRIFFIE
        )
        assert verdict.label.value == "motion_planned"


AUTO_REPLIED = {"Auto-Submitted": "auto-replied"}


class TestAnAutomaticNoticeThatPointsElsewhere:
    def test_mail_for_the_council_you_send_to_another_address(self) -> None:
        verdict = verdict_for(
            "Let op: dit e-mailadres wordt binnenkort opgeheven.\nBerichten voor de gemeenteraad "
            "stuurt u naar griffie@voorbeeld.nl.\n\nDeze e-mail is automatisch verstuurd.",
            subject=SUBJECT,
            sender="Gemeente Voorbeeld <post@voorbeeld.nl>",
            headers=AUTO_REPLIED,
        )
        assert verdict.label.value == "redirect"

    def test_address_yourself_to_the_griffie(self) -> None:
        verdict = verdict_for(
            "Dit adres is niet voor de gemeenteraad. Richt u tot de griffie: "
            "griffie@voorbeeld.nl.\n\nAutomatisch bericht",
            subject=SUBJECT,
            sender="Gemeente Voorbeeld <post@voorbeeld.nl>",
            headers=AUTO_REPLIED,
        )
        assert verdict.label.value == "redirect"
