"""Replies about the letter, not the motion, written by people the rules had not met yet.

Each test names one general signal: a forward that is only being considered, a forward set
against a neutral refusal, a redirect that also retires the old address, a machine's notice
that only asks to write again later, a machine's receipt that asks us something.
"""

from __future__ import annotations

import re

import pytest

from outreach.classify import autoreply
from outreach.classify.labels import Label
from outreach.classify.vocabulary import family
from tests.classify.support import verdict_for

L = Label
MACHINE = {"Auto-Submitted": "auto-generated"}


class TestOpenForward:
    def test_forward_left_to_a_later_decision_is_a_receipt(self) -> None:
        verdict = verdict_for(
            "Uw verzoek is bij ons binnengekomen. De griffier is afwezig. Of uw bericht "
            "wordt doorgestuurd, bepaalt hij als hij terug is."
        )
        assert verdict.label == L.ACKNOWLEDGED

    def test_forward_that_happened_stays_a_forward(self) -> None:
        verdict = verdict_for(
            "Uw verzoek is bij ons binnengekomen en is doorgestuurd naar de fractievoorzitters."
        )
        assert verdict.label == L.FORWARDED


class TestForwardDespiteNeutrality:
    def test_neutral_griffie_that_did_pass_it_on_is_no_decided_refusal(self) -> None:
        verdict = verdict_for(
            "De griffie neemt geen standpunt in over brieven van derden. Uw brief is wel "
            "verstrekt aan alle fractievoorzitters."
        )
        assert verdict.label == L.FORWARDED

    def test_a_loose_forward_set_against_a_refusal_keeps_the_forward(self) -> None:
        verdict = verdict_for(
            "De griffie neemt geen standpunt in over brieven van derden. Uw brief is wel "
            "gedeeld met de fractievoorzitters."
        )
        assert verdict.label == L.FORWARDED

    def test_a_plain_refusal_stays_declined(self) -> None:
        verdict = verdict_for("De griffie neemt geen standpunt in over brieven van derden.")
        assert verdict.label == L.DECLINED


class TestReceivedFromUs:
    def test_council_received_it_from_the_sender_is_a_forward(self) -> None:
        verdict = verdict_for(
            "De fractievoorzitters van de gemeenteraad van Ons Dorp hebben uw brief en de "
            "bijlagen vanochtend van ons ontvangen."
        )
        assert verdict.label == L.FORWARDED
        assert not verdict.needs_review

    def test_word_ending_in_voor_does_not_block_the_council(self) -> None:
        receiving = family("council-has-letter")
        assert receiving.search("hiervoor fracties hebben het ontvangen")
        assert not receiving.search("uw brief voor de raad is ontvangen")


class TestRedirectBeatsOptOut:
    def test_new_address_and_remove_old_one_is_a_redirect(self) -> None:
        verdict = verdict_for(
            "Dit adres is bedoeld voor vragen van inwoners. Wilt u uw brief opnieuw sturen "
            "aan griffie@voorbeeld.nl? En wilt u info@voorbeeld.nl uit uw verzendlijst halen?",
            sender="Gemeente <info@voorbeeld.nl>",
        )
        assert verdict.label == L.REDIRECT
        assert verdict.details.get("suggested_address") == "griffie@voorbeeld.nl"

    def test_opt_out_without_a_new_address_stays_opt_out(self) -> None:
        verdict = verdict_for("Wilt u dit adres uit uw verzendlijst halen?")
        assert verdict.label == L.OPT_OUT


class TestMachineNotices:
    def test_closed_mailbox_that_asks_to_write_later_is_an_automatic_reply(self) -> None:
        verdict = verdict_for(
            "Deze week wordt deze mailbox niet gelezen. Wilt u uw bericht na 1 maart opnieuw "
            "sturen?",
            subject="Automatisch antwoord: Pleidooi voor gewortelde kinderen",
            headers=MACHINE,
        )
        assert verdict.label == L.AUTO_REPLY

    def test_closed_mailbox_that_names_a_form_is_a_redirect(self) -> None:
        verdict = verdict_for(
            "Deze mailbox wordt niet gelezen. Wilt u uw bericht opnieuw sturen via het "
            "contactformulier op onze website?",
            subject="Automatisch antwoord: Pleidooi voor gewortelde kinderen",
            headers=MACHINE,
        )
        assert verdict.label == L.REDIRECT

    def test_receipt_routed_to_the_griffie_is_a_forward(self) -> None:
        verdict = verdict_for(
            "Uw e-mail is ontvangen en geregistreerd onder nummer 26.0101.\n\nUw bericht is "
            "doorgestuurd naar de behandelende afdeling: Griffie.",
            subject="Ontvangstbevestiging",
            headers=MACHINE,
        )
        assert verdict.label == L.FORWARDED

    def test_receipt_routed_to_another_department_is_a_receipt(self) -> None:
        verdict = verdict_for(
            "Uw e-mail is ontvangen en geregistreerd onder nummer 26.0101.\n\nUw bericht is "
            "doorgestuurd naar de behandelende afdeling: Vergunningen.",
            subject="Ontvangstbevestiging",
            headers=MACHINE,
        )
        assert verdict.label == L.ACKNOWLEDGED

    def test_receipt_that_withholds_handling_until_we_answer_is_a_question(self) -> None:
        verdict = verdict_for(
            "Uw e-mail is ontvangen en geregistreerd onder zaaknummer 2026-1-77.\n\nWilt u "
            "ons de naam van een contactpersoon doorgeven? Zonder die naam kunnen wij uw "
            "bericht niet in behandeling nemen.",
            subject="Ontvangstbevestiging zaak 2026-1-77",
            headers=MACHINE,
        )
        assert verdict.label == L.QUESTION

    def test_receipt_that_only_says_what_it_will_not_do_goes_to_a_person(self) -> None:
        verdict = verdict_for(
            "Uw e-mail is ontvangen en geregistreerd onder zaaknummer 2026-1-77.\n\nBerichten "
            "zonder afzendergegevens nemen wij niet in behandeling.",
            subject="Ontvangstbevestiging zaak 2026-1-77",
            headers=MACHINE,
        )
        assert verdict.label == L.ACKNOWLEDGED
        assert verdict.needs_review

    def test_receipt_that_asks_the_usual_reference_is_decided(self) -> None:
        verdict = verdict_for(
            "Uw e-mail is ontvangen en geregistreerd onder zaaknummer 2026-1-77.\n\nWilt u "
            "dit nummer vermelden bij verdere correspondentie?",
            subject="Ontvangstbevestiging zaak 2026-1-77",
            headers=MACHINE,
        )
        assert verdict.label == L.ACKNOWLEDGED
        assert not verdict.needs_review


class TestNewRefusalAndOptOutWords:
    @pytest.mark.parametrize(
        ("body", "label"),
        [
            (
                "Dank voor uw bericht. De raad beperkt zich in haar werk tot zaken waarover de "
                "gemeente zelf zeggenschap heeft. Wij beschouwen uw verzoek daarmee als "
                "afgehandeld.",
                L.DECLINED,
            ),
            (
                "Wij verzoeken u geen herinneringen of vervolgmails meer naar dit adres te sturen.",
                L.OPT_OUT,
            ),
        ],
    )
    def test_reads(self, body: str, label: Label) -> None:
        assert verdict_for(body).label == label


def test_instruction_words_come_from_the_vocabulary() -> None:
    assert re.fullmatch(autoreply._SEND, "versturen")
    assert autoreply._INSTRUCTION.search("kunt u uw verzoek indienen bij de griffie")


class TestHeldAndEmpty:
    def test_quarantine_notice_for_our_letter_is_a_soft_bounce(self) -> None:
        verdict = verdict_for(
            "Uw e-mailbericht is tegengehouden.\n\nAfzender: kinderpardonnu@gmail.com "
            "Ontvanger: info@voorbeeld.nl\n\nHet bericht is nog niet afgeleverd; een beheerder "
            "beoordeelt het.",
            subject="[Quarantaine] Uw bericht aan info@voorbeeld.nl is tegengehouden",
            sender="Mailfilter <noreply@filter.example>",
            headers=MACHINE,
        )
        assert verdict.label == L.BOUNCE_SOFT

    def test_mail_held_for_our_own_mailbox_is_no_bounce(self) -> None:
        verdict = verdict_for(
            "Er zijn 3 berichten voor u tegengehouden.\n\nAfzender: onbekend@elders.example "
            "Ontvanger: kinderpardonnu@gmail.com\n\nKlik hier om ze vrij te geven.",
            subject="3 berichten tegengehouden",
            sender="Mailfilter <noreply@filter.example>",
        )
        assert verdict.label == L.OTHER

    def test_reply_with_only_an_outlook_quote_is_decided_empty(self) -> None:
        body = (
            "\n\nVan: KinderpardonNU <kinderpardonnu@gmail.com>\nVerzonden: dinsdag 13 januari "
            "2026 10:38\nAan: info@voorbeeld.nl\nOnderwerp: Pleidooi voor gewortelde kinderen\n\n"
            "Geachte heer/mevrouw,\n\nMogen wij u vragen onze brief door te sturen?\n"
        )
        verdict = verdict_for(body, headers={"In-Reply-To": "<letter-1@gmail.com>"})
        assert verdict.label == L.OTHER
        assert not verdict.needs_review


class TestPointingCoveringNote:
    FORWARDED = (
        "\n\nVan: Fractie SP <sp@voorbeeld.nl>\nVerzonden: maandag 5 oktober 2026 10:00\n"
        "Aan: Griffie <griffie@voorbeeld.nl>\nOnderwerp: Pleidooi voor gewortelde kinderen\n\n"
        "Beste griffie,\n\nOver het pleidooi voor gewortelde kinderen: wij komen in het "
        "voorjaar met een motie.\n\nGroet,\nFractie SP\n"
    )

    def test_one_sentence_that_points_below_reads_what_it_forwards(self) -> None:
        verdict = verdict_for(
            "Hieronder treft u de reactie aan van de SP-fractie op uw brief, die wij op uw "
            "verzoek aan de fractievoorzitters hebben gestuurd." + self.FORWARDED,
            subject="FW: Pleidooi voor gewortelde kinderen",
        )
        assert verdict.label == L.MOTION_PLANNED

    def test_a_note_with_statements_of_its_own_is_read_alone(self) -> None:
        verdict = verdict_for(
            "Wij hebben uw brief aan de fractievoorzitters gestuurd. Zij bespreken hem in hun "
            "overleg, zie hieronder de eerste reactie." + self.FORWARDED,
            subject="FW: Pleidooi voor gewortelde kinderen",
        )
        assert verdict.label == L.FORWARDED


class TestProcedureAndParticipleLast:
    def test_how_motions_are_submitted_is_no_submitted_motion(self) -> None:
        verdict = verdict_for(
            "Uw e-mail hebben wij aan de fractievoorzitters van de gemeenteraad gestuurd. De "
            "griffie neemt geen standpunt in over de inhoud. Moties worden alleen door "
            "raadsleden ingediend."
        )
        assert verdict.label == L.FORWARDED
        assert not verdict.needs_review

    def test_a_submitted_motion_is_still_read(self) -> None:
        verdict = verdict_for("De motie over gewortelde kinderen is gisteren door GL ingediend.")
        assert verdict.label == L.MOTION_SUBMITTED

    def test_a_forward_not_done_with_the_participle_last_is_no_forward(self) -> None:
        verdict = verdict_for(
            "Uw e-mail hebben wij niet aan de fractievoorzitters gestuurd, omdat wij geen "
            "campagnes doorsturen."
        )
        assert verdict.label != L.FORWARDED


class TestAnswersBetweenTheQuotedPoints:
    QUOTE = (
        "Op 6-10-2026 om 10:14 schreef KinderpardonNU:\n"
        "> Mogen wij u vriendelijk vragen om onderstaande mail door te sturen?\n\n"
        "{first}\n\n"
        "> Wij vragen u om een dergelijke motie ook in uw gemeente in te dienen.\n\n"
        "{second}\n\n"
        "> 3. Informeer ons over uw actie(s)\n\n"
        "{third}\n\nGroet,\nAnne de Vries\nD66 Voorbeeld\n"
    )

    def test_an_answer_written_between_the_points_is_read(self) -> None:
        body = self.QUOTE.format(
            first="Is aangekomen, dank.",
            second="Dat gaan we doen: wij willen de motie in de raad van januari indienen.",
            third="Zal ik doen.",
        )
        assert verdict_for(body).label == L.MOTION_PLANNED

    def test_only_the_words_under_the_quote_still_count_alone(self) -> None:
        body = (
            "Op 6-10-2026 om 10:14 schreef KinderpardonNU:\n"
            "> Mogen wij u vriendelijk vragen om onderstaande mail door te sturen?\n\n"
            "Is aangekomen, dank.\n"
        )
        assert verdict_for(body).label == L.ACKNOWLEDGED


def test_the_council_has_it_in_its_own_mailbox_is_a_forward_decided() -> None:
    verdict = verdict_for(
        "Is gebeurd, de fractievoorzitters hebben hem vanochtend in hun mailbox gekregen."
    )
    assert verdict.label == L.FORWARDED
    assert not verdict.needs_review
