"""Short notes above a forward, a plan to take the motion to the council, and a well-wisher.

A covering note signed with a name and a role ("Ter info: hij is erdoor! / Anna Smit /
raadslid") is still a bare note: its name block is no part of what it says. One that points
to an item ("zie punt 4") points to what it forwards. A decision to take the model motion to
the council meeting ("mee te nemen naar de raadsvergadering") is a plan. Good wishes and a
greeting that names us say nothing of our letter.
"""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label

from .support import OUTLOOK_NL_QUOTE, verdict_for

FORWARDED_LIST = (
    "\n\nVan: Griffie Voorbeeld <griffie@voorbeeld.nl>\n"
    "Verzonden: donderdag 5 maart 2026 11:02\n"
    "Aan: Raadsleden <raad@voorbeeld.nl>\n"
    "Onderwerp: uitslag stemmingen 4 maart\n\n"
    "Beste raadsleden,\n\n"
    "In de vergadering van 4 maart is besloten:\n"
    "- M2026-11 Pleidooi voor gewortelde kinderen (D66, CU) - aangenomen\n"
    "- M2026-12 Bomen langs de Dorpsstraat (CDA) - verworpen\n\n"
    "Griffie Voorbeeld\n"
)


def test_a_signed_covering_note_reads_what_it_forwards() -> None:
    body = "Voor jullie informatie: het is gelukt!\n\nAnna Smit\nraadslid D66 Voorbeeld"
    verdict = verdict_for(body + FORWARDED_LIST, subject="FW: uitslag stemmingen 4 maart")
    assert verdict.label is Label.MOTION_ADOPTED


def test_a_note_pointing_to_an_item_reads_what_it_forwards() -> None:
    body = "Hoi, zie punt 11 ;)\n\nAnna"
    verdict = verdict_for(body + FORWARDED_LIST, subject="Fwd: uitslag stemmingen 4 maart")
    assert verdict.label is Label.MOTION_ADOPTED


def test_taking_the_model_motion_to_the_council_meeting_is_a_plan() -> None:
    body = (
        "Beste mensen,\n\nOnze afdeling heeft besloten de voorbeeldmotie mee te nemen naar "
        "de raadsvergadering van 2 april. We zoeken nog medeindieners."
    )
    assert verdict_for(body + OUTLOOK_NL_QUOTE).label is Label.MOTION_PLANNED


def test_taking_it_to_the_group_meeting_is_no_plan() -> None:
    body = "Beste,\n\nIk heb besloten de motie mee te nemen naar ons fractieoverleg."
    assert verdict_for(body + OUTLOOK_NL_QUOTE).label is not Label.MOTION_PLANNED


def test_good_wishes_under_a_greeting_that_names_us_are_other() -> None:
    body = (
        "Hallo team van KinderpardonNU,\n\nWat fijn dat iemand dit oppakt, ik las het "
        "verhaal in de krant. Veel succes met jullie actie!"
    )
    verdict = verdict_for(body + OUTLOOK_NL_QUOTE)
    assert verdict.label is Label.OTHER
    assert verdict.needs_review


class TestSympathyIsNoCouncilsReceipt:
    """A reaction that only says the mail was read, beside praise or good wishes, is the
    sender's own sympathy as much as a receipt: a person decides. One who says they no
    longer hold the role we wrote to speaks for no council: what no rule reads is `other`.
    A receipt that says the mail arrived or is taken up stays a receipt."""

    @pytest.mark.parametrize(
        "body",
        [
            "Beste mensen,\n\nIk heb uw oproep met interesse gelezen. Zelf vind ik het een "
            "sympathiek idee. Heel veel succes ermee!",
            "Hoi,\n\nGelezen! Goed bezig, sterkte met de actie.",
        ],
    )
    def test_read_beside_good_wishes_goes_to_a_person(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE)
        assert verdict.needs_review
        assert "beside good wishes" in (verdict.review_reason or "")

    @pytest.mark.parametrize(
        "body",
        [
            # Read, no wishes: a receipt.
            "Geachte heer/mevrouw,\n\nWij hebben uw e-mail met belangstelling gelezen.",
            # Wishes beside an arrival: a receipt all the same.
            "Beste,\n\nUw mail is in goede orde ontvangen en gelezen. Veel succes!",
        ],
    )
    def test_a_receipt_stays_decided(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE)
        assert verdict.label is Label.ACKNOWLEDGED
        assert "beside good wishes" not in (verdict.review_reason or "")

    def test_a_former_council_member_reacting_is_other(self) -> None:
        body = (
            "Beste KinderpardonNU,\n\nUw mail kwam via de griffie bij mij. Ik ben sinds de "
            "verkiezingen geen raadslid meer, dus ik doe er verder niets mee. Mooi initiatief."
        )
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE)
        assert (verdict.label, verdict.needs_review) == (Label.OTHER, True)

    def test_a_former_member_who_names_the_successor_is_a_redirect(self) -> None:
        body = (
            "Beste KinderpardonNU,\n\nIk ben geen fractievoorzitter meer. Mijn opvolger is "
            "Sanne de Wit, bereikbaar via s.dewit@voorbeeldpartij.nl."
        )
        assert verdict_for(body + OUTLOOK_NL_QUOTE).label is Label.REDIRECT


def test_a_decision_on_its_own_line_belongs_to_the_item_above_it() -> None:
    body = "Op verzoek van de fractie stuur ik u hieronder het betreffende deel van de notulen."
    forwarded = (
        "\n\n---------- Doorgestuurd bericht ----------\n"
        "Besluitenlijst raad 9 maart\n"
        "Agendapunt 6: Motie M4 'Gewortelde kinderen' (PvdA, D66)\n"
        "Besluit: aangenomen met 19 stemmen voor en 10 tegen.\n"
        "Agendapunt 7: Motie M5 'Hondenbelasting' (VVD)\n"
        "Besluit: verworpen.\n\n"
        "Met vriendelijke groet,\nGriffie Voorbeeld\n"
    )
    verdict = verdict_for(body + forwarded, subject="FW: besluitenlijst raad 9 maart")
    assert verdict.label is Label.MOTION_ADOPTED
    assert verdict.details.get("votes_for") == 19
