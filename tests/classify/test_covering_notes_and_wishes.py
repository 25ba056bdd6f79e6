"""Short notes above a forward, a plan to take the motion to the council, and a well-wisher.

A covering note signed with a name and a role ("Ter info: hij is erdoor! / Anna Smit /
raadslid") is still a bare note: its name block is no part of what it says. One that points
to an item ("zie punt 4") points to what it forwards. A decision to take the model motion to
the council meeting ("mee te nemen naar de raadsvergadering") is a plan. Good wishes and a
greeting that names us say nothing of our letter.
"""

from __future__ import annotations

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
