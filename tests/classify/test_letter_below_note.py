"""A short note in a reply that hands over a letter below it ("Hierbij ontvangt u een brief
van de griffier"): the letter is the answer, wherever the splitter put it (a quote with a
letter head, or the note's signature after a rule)."""

from __future__ import annotations

from outreach.classify.labels import Label

from .support import verdict_for


def test_a_letter_under_the_notes_sign_off_is_read() -> None:
    body = (
        "Bijgaand ontvangt u de brief van de griffier over uw verzoek.\n\n"
        "Met vriendelijke groet,\n\nGriffie Voorbeeld\n\n---\n"
        "Gemeente Voorbeeld - Griffie\n\n"
        "In de vergadering van 2 december heeft de raad de motie 'Pleidooi voor gewortelde "
        "kinderen' aangenomen met 25 stemmen voor en 6 stemmen tegen.\n\n"
        "de griffier,\nmr. P. de Wit\n"
    )
    verdict = verdict_for(body)
    assert verdict.label is Label.MOTION_ADOPTED
    assert verdict.details.get("votes_for") == 25


def test_a_letter_with_a_letter_head_below_the_note_is_read() -> None:
    body = (
        "Namens de griffier vindt u hieronder het antwoord op uw bericht.\n\n"
        "Van: Griffie Voorbeeld <griffie@voorbeeld.nl>\n"
        "Onderwerp: Uw verzoek over de motie\n\n"
        "Geachte heer/mevrouw,\n\n"
        "Uw brief is geplaatst op de lijst van ingekomen stukken voor de raadsvergadering van "
        "12 januari en zo onder de aandacht van alle raadsleden gebracht.\n\n"
        "Hoogachtend,\nde griffier\n"
    )
    assert verdict_for(body).label is Label.FORWARDED


def test_a_note_without_a_letter_below_reads_nothing_more() -> None:
    body = "Hierbij ontvangt u een brief van de griffier.\n\nMet vriendelijke groet,\nGriffie"
    assert verdict_for(body).label is not Label.FORWARDED
