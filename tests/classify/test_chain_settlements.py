"""How the chain settles readings that cannot both be the news."""

from __future__ import annotations

import pytest

from tests.classify.support import verdict_for

PARTY = "Jan Visser <j.visser@fractie-voorbeeld.nl>"
SIGN = "\n\nMet vriendelijke groet,\nJan Visser\nfractievoorzitter\n"
GRIFFIE = "\n\nMet vriendelijke groet,\nGriffie Voorbeeld\n"
TICKET = {"Auto-Submitted": "auto-generated"}
DATED = {"Date": "Tue, 03 Mar 2026 10:00:00 +0100"}
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


class TestTheCouncilsOwnNoMotion:
    """The council's side agreeing that no motion will come, told by the griffie."""

    def test_in_the_passive_after_the_forward_it_is_a_refusal_decided_alone(self) -> None:
        verdict = verdict_for(
            "Uw e-mail is destijds aan de fractievoorzitters doorgestuurd. In het "
            "fractievoorzittersoverleg is afgesproken dat er vanuit de raad geen motie over dit "
            "onderwerp zal worden ingediend." + GRIFFIE
        )
        assert (verdict.label.value, verdict.needs_review) == ("declined", False)

    def test_none_submitted_so_far_is_no_refusal(self) -> None:
        verdict = verdict_for("Tot nu toe is er geen motie ingediend." + GRIFFIE)
        assert verdict.label.value != "declined"

    def test_not_the_forum_for_a_national_question_is_no_wrong_address(self) -> None:
        verdict = verdict_for(
            "De fracties vinden de gemeenteraad niet de juiste plek voor dit landelijke "
            "vraagstuk." + GRIFFIE
        )
        assert verdict.label.value != "redirect"

    def test_not_the_right_place_for_your_letter_is_still_a_redirect(self) -> None:
        verdict = verdict_for(
            "Wij zijn niet de juiste plek voor uw verzoek; probeer het bij griffie@voorbeeld.nl."
            + GRIFFIE
        )
        assert verdict.label.value == "redirect"


class TestAdoptedAndRejectedBoth:
    """Both results read: a person decides, starting from the one the vote count says."""

    def test_an_amendment_adopted_and_the_motion_voted_down(self) -> None:
        verdict = verdict_for(
            "De motie is op 24 juni in stemming gebracht en niet aangenomen (10 voor, 11 "
            "tegen). Een eerder amendement om de motie te verzachten werd wel aangenomen." + GRIFFIE
        )
        assert (verdict.label.value, verdict.needs_review) == ("motion_rejected", True)

    def test_without_a_count_the_conflict_is_left_to_a_person(self) -> None:
        verdict = verdict_for(
            "De motie is gisteren aangenomen. Of eigenlijk: hij werd verworpen, excuus." + GRIFFIE
        )
        assert verdict.needs_review
        assert "both adopted and rejected" in (verdict.review_reason or "")

    def test_support_hoped_for_is_no_adoption(self) -> None:
        verdict = verdict_for(
            "Hoewel we tot op het laatst hoopten op steun van de VVD, heeft de motie het "
            "dinsdag niet gehaald. Hij is dus niet aangenomen." + SIGN,
            sender=PARTY,
        )
        assert verdict.label.value == "motion_rejected"
        assert not verdict.needs_review


class TestAQuestionBeforeTheForward:
    """A forward put after an answer from us: the question is the news."""

    @pytest.mark.parametrize(
        "text",
        [
            "Voordat wij uw bericht doorsturen naar de fracties, willen wij graag weten wie er "
            "achter KinderpardonNU zit. Wij sturen geen berichten door van anonieme afzenders.",
            "Voordat ik uw mail aan de fractievoorzitters doorstuur: kunt u mij laten weten wie "
            "uw contactpersoon is? Wij sturen geen anonieme stukken door.",
            # The step and the question in sentences of their own.
            "Voordat ik het aan de fractievoorzitters voorleg, heb ik een vraag. Kunt u mij "
            "laten weten wie achter KinderpardonNU zit?",
            "Wij hebben uw e-mail (nog) niet doorgestuurd. Kunt u ons laten weten wie er achter "
            "KinderpardonNU zit? Dan zorgen wij ervoor dat uw brief alsnog bij de griffie "
            "terechtkomt.",
        ],
    )
    def test_a_house_rule_beside_it_is_no_refusal(self, text: str) -> None:
        verdict = verdict_for(text + GRIFFIE)
        assert verdict.label.value == "question"

    def test_a_forward_done_with_a_question_after_it_stays_a_forward(self) -> None:
        verdict = verdict_for(
            "Ik heb uw mail doorgestuurd aan de fractievoorzitters. Kunt u mij laten weten wie "
            "uw contactpersoon is?" + GRIFFIE
        )
        assert verdict.label.value == "forwarded"


class TestAReminderNoLongerNeeded:
    def test_no_need_to_send_the_reminder_is_no_opt_out(self) -> None:
        verdict = verdict_for(
            "Ik zal hem morgen doorsturen naar de fractievoorzitters. U hoeft de herinnering "
            "dus niet meer te sturen." + GRIFFIE
        )
        assert verdict.label.value == "forwarded"

    def test_no_more_mail_to_us_is_one(self) -> None:
        verdict = verdict_for("U hoeft ons niet meer te mailen over dit onderwerp." + GRIFFIE)
        assert verdict.label.value == "opt_out"


class TestTheCouncilsSideDecidedNoMotion:
    """The letter went to the groups, and they decided against: the refusal is the news."""

    @pytest.mark.parametrize(
        "text",
        [
            "Uw e-mail is in goede orde ontvangen en aan de fractievoorzitters voorgelegd in het "
            "presidium. Geen van de fracties zal naar aanleiding hiervan een motie indienen.",
            "De griffie heeft ons uw brief doorgestuurd. Vanuit de coalitie zal er daarom geen "
            "motie komen.",
            "Ik heb uw brief geagendeerd voor het seniorenconvent. Daar zagen de "
            "fractievoorzitters geen aanleiding om in de raad een motie over dit onderwerp in "
            "te dienen.",
            "Uw e-mail is aan mij als griffier voorgelegd. Het presidium heeft besloten uw "
            "verzoek niet door te geleiden aan de fracties.",
            "Uw brief is door de griffie aan de fractievoorzitters gestuurd. Het overleg "
            "concludeerde dat er geen meerderheid is om een motie als de door u voorgestelde "
            "in te dienen. Er komt dus geen motie.",
        ],
    )
    def test_a_refusal_after_the_forward(self, text: str) -> None:
        verdict = verdict_for(text + GRIFFIE)
        assert (verdict.label.value, verdict.needs_review) == ("declined", False)

    def test_no_majority_to_submit_is_no_vote_lost(self) -> None:
        verdict = verdict_for(
            "Er is geen meerderheid om een motie als de uwe in te dienen." + GRIFFIE
        )
        assert verdict.label.value != "motion_rejected"

    def test_write_no_more_to_us_is_no_other_address(self) -> None:
        verdict = verdict_for(
            "Wij zien geen aanleiding om een motie in te dienen. Ik verzoek u om hierover geen "
            "verdere correspondentie aan de gemeente te richten." + GRIFFIE
        )
        assert verdict.label.value == "declined"


class TestAResultOfThePastBesideAPlanOfNow:
    """A result told as history, and a plan to submit again: the plan is the news."""

    @pytest.mark.parametrize(
        "text",
        [
            "In het najaar van 2024 hebben wij al eens een motie over het kinderpardon "
            "ingediend. Die werd toen verworpen, 11 voor en 16 tegen. Na de verkiezingen gaan "
            "we jullie voorbeeldmotie opnieuw indienen.",
            "Onze raad heeft in 2025 al een motie aangenomen. Wij gaan nu een vervolgmotie "
            "indienen bij de begroting.",
        ],
    )
    def test_the_plan_is_the_news(self, text: str) -> None:
        verdict = verdict_for(text + SIGN, sender=PARTY, headers=DATED)
        assert verdict.label.value == "motion_planned"

    def test_this_years_rejection_beside_a_plan_to_try_again_stays_the_result(self) -> None:
        verdict = verdict_for(
            "De motie is gisteren verworpen met 11 stemmen voor en 16 tegen. Volgend jaar "
            "dienen we hem opnieuw in." + SIGN,
            sender=PARTY,
            headers=DATED,
        )
        assert verdict.label.value == "motion_rejected"


class TestARejectionBesideAMotionHeldOver:
    """Held over or tied, with a rejection's words beside it: a person decides, from submitted."""

    @pytest.mark.parametrize(
        "text",
        [
            "De motie is aangehouden tot mei. Eerder leek het erop dat hij verworpen zou worden.",
            "De motie is aangehouden; anders was hij verworpen.",
        ],
    )
    def test_the_review_starts_from_submitted(self, text: str) -> None:
        verdict = verdict_for(text + GRIFFIE)
        assert (verdict.label.value, verdict.needs_review) == ("motion_submitted", True)
        assert "held over or tied" in (verdict.review_reason or "")


class TestANewslettersWayOut:
    """The foot of someone else's mailing is no request to leave our list."""

    @pytest.mark.parametrize(
        "footer",
        [
            "U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. Afmelden",
            "Afmelden? Klik hier.",
            "Afmelden voor deze nieuwsbrief kan onderaan.",
        ],
    )
    def test_a_footer_in_a_new_mail_is_no_opt_out(self, footer: str) -> None:
        verdict = verdict_for(
            "Nieuws uit de raad\n\nDeze maand: de begroting en een informatieavond over de "
            "jeugdzorg.\n\n" + footer,
            subject="Raadsnieuws november",
            sender="Raadsnieuws <nieuwsbrief@voorbeeld.nl>",
        )
        assert verdict.label.value != "opt_out"

    def test_a_reply_asking_to_leave_is_one(self) -> None:
        verdict = verdict_for("Graag afmelden, wij willen deze mails niet meer ontvangen.")
        assert verdict.label.value == "opt_out"


class TestAMotionWeighedWithAQuestion:
    """A motion being considered, and a question the sender needs answered: a question."""

    def test_considering_and_asking_is_a_question(self) -> None:
        verdict = verdict_for(
            "Wij overwegen jullie motie in te dienen, maar we krijgen de vraag van andere "
            "fracties: om hoeveel kinderen gaat het hier eigenlijk? Weten jullie dat?" + SIGN,
            sender=PARTY,
        )
        assert verdict.label.value == "question"

    def test_considering_beside_a_forward_and_a_request_is_a_question(self) -> None:
        verdict = verdict_for(
            "De griffie heeft mij uw mail doorgestuurd. Wij overwegen de motie in te dienen, "
            "maar de bijlagen komen bij mij binnen als winmail.dat. Kunt u de voorbeeldmotie "
            "nog eens als Word-bestand sturen?" + SIGN,
            sender=PARTY,
        )
        assert (verdict.label.value, verdict.needs_review) == ("question", False)

    def test_a_plan_announced_with_a_question_stays_a_plan(self) -> None:
        verdict = verdict_for(
            "Wij gaan de motie in de raad van mei indienen. Hebben jullie de tekst ook in "
            "Word?" + SIGN,
            sender=PARTY,
        )
        assert verdict.label.value == "motion_planned"


class TestAFormerCouncilMember:
    def test_what_a_former_member_cannot_do_is_no_refusal(self) -> None:
        verdict = verdict_for(
            "Ik zit sinds 2022 niet meer in de gemeenteraad, dus ik kan er formeel niets mee. "
            "Maar ik steun jullie actie van harte!",
            sender="Riet Ebbers <r.ebbers@ziggo.nl>",
        )
        assert verdict.label.value != "declined"


class TestAForwardStillToBeDecided:
    """A receipt that tells how mail may be routed has passed nothing on yet."""

    @pytest.mark.parametrize(
        "text",
        [
            "Wij hebben uw e-mail ontvangen en geregistreerd onder zaaknummer 2026-0031902. Is "
            "uw bericht bedoeld voor de gemeenteraad, dan sturen wij het door naar de "
            "raadsgriffie.",
            "Uw e-mail is in goede orde ontvangen. Wij beoordelen op dit moment of uw verzoek "
            "aan de gemeenteraad wordt voorgelegd of door het college wordt afgehandeld.",
        ],
    )
    def test_a_receipt_that_may_forward_later(self, text: str) -> None:
        verdict = verdict_for(text + GRIFFIE)
        assert verdict.label.value == "acknowledged"


class TestAForwardThatReachedTheWrongPerson:
    def test_a_forward_that_reached_the_former_griffier_is_a_redirect(self) -> None:
        verdict = verdict_for(
            "Iemand van de gemeente heeft jullie herinnering doorgestuurd naar mijn privéadres, "
            "maar ik ben sinds november geen griffier meer. Stuur jullie brief alsjeblieft naar "
            "griffie@uithoorn.nl, daar zitten mijn opvolgers.",
            sender="Pieter-Jan Oosterveld <pj.oosterveld@gmail.com>",
        )
        assert verdict.label.value == "redirect"


class TestOurFirstMailIsNoInstruction:
    def test_uw_eerste_mail_is_a_noun_not_an_order_to_mail(self) -> None:
        verdict = verdict_for(
            "Het presidium heeft uw eerste mail op 12 februari besproken en besloten dat het "
            "niet aan de raad is om zich hierover uit te spreken. Er komt vanuit de raad geen "
            "motie." + GRIFFIE
        )
        assert verdict.label.value == "declined"


class TestTicketsAndRestatedRequests:
    def test_a_ticket_passed_to_the_griffie_is_a_forward(self) -> None:
        verdict = verdict_for(
            "Uw melding met nummer M2602 0417 is in behandeling genomen.\n\nStatus: Doorgezet "
            "naar behandelaar\nBehandelaarsgroep: Griffie\n",
            subject="Melding M2602 0417 - Doorgezet naar behandelaar",
            headers=TICKET,
        )
        assert verdict.label.value == "forwarded"

    def test_a_new_ticket_only_named_for_the_griffie_is_a_receipt(self) -> None:
        verdict = verdict_for(
            "Uw bericht is geregistreerd als melding M2609 0412.\n\nBehandelaarsgroep: Griffie\n"
            "Status: Nieuw\n",
            subject="Uw melding M2609 0412 is geregistreerd",
            headers=TICKET,
        )
        assert verdict.label.value == "acknowledged"

    def test_our_request_restated_then_refused(self) -> None:
        verdict = verdict_for(
            "U vraagt ons om uw e-mail door te sturen naar de fractievoorzitters en de griffier. "
            "Dat hebben wij niet gedaan en dat zullen wij ook niet doen. Uw e-mail is wel "
            "geregistreerd onder kenmerk 26IN.00893." + GRIFFIE
        )
        assert verdict.label.value == "declined"
