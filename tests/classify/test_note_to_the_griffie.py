"""A general mailbox passes our letter to the griffie and sends us a copy: the note greets
the griffie, so the letter went where we asked."""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label

from .support import OUTLOOK_NL_QUOTE, verdict_for


@pytest.mark.parametrize(
    "greeting", ["Hoi griffie,", "Beste collega's van de raadsgriffie,", "Geachte griffier,"]
)
def test_a_note_to_the_griffie_with_us_in_copy_is_a_forward(greeting: str) -> None:
    body = (
        f"{greeting}\n\nOnderstaande mail kwam binnen op het centrale adres en is voor de "
        "fractievoorzitters bedoeld. Kunnen jullie dit verder afhandelen? De afzender staat in "
        "de cc."
    )
    verdict = verdict_for(
        body + OUTLOOK_NL_QUOTE,
        subject="FW: Pleidooi voor gewortelde kinderen",
        sender="Gemeente <info@voorbeeld.nl>",
    )
    assert verdict.label is Label.FORWARDED


def test_a_question_to_us_is_still_a_question() -> None:
    body = "Goedemiddag,\n\nKunnen jullie ons de voorbeeldmotie ook als Word-bestand sturen?"
    assert verdict_for(body + OUTLOOK_NL_QUOTE).asks_question
