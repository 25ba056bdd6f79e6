"""A recall notice, a quoted subject, and a plan told with a pronoun."""

from __future__ import annotations

from outreach.classify.labels import Label
from outreach.classify.sentences import read_sentences

from .support import OUTLOOK_NL_QUOTE, verdict_for


def test_a_recall_notice_is_other_and_decided() -> None:
    verdict = verdict_for(
        'Piet de Boer wil het bericht "RE: Pleidooi voor gewortelde kinderen, graag doorsturen '
        'aan de fracties" intrekken.',
        subject="Intrekken: RE: Pleidooi voor gewortelde kinderen",
    )
    assert verdict.label is Label.OTHER
    assert not verdict.needs_review


def test_an_english_recall_notice_is_other() -> None:
    verdict = verdict_for(
        'Piet de Boer would like to recall the message, "RE: forwarded to the council".',
        subject="Recall: RE: Pleidooi voor gewortelde kinderen",
    )
    assert verdict.label is Label.OTHER


def test_a_quoted_subject_is_no_word_of_its_sentence() -> None:
    (sentence,) = read_sentences('Ik stuur "FW: motie doorgestuurd naar de raad" nog een keer.')
    assert "doorgestuurd" not in sentence.text


def test_taking_it_to_the_council_with_a_pronoun_is_a_plan() -> None:
    body = (
        "Hoi,\n\nDank, hier gaan we iets mee doen: we schaven jullie tekst wat bij en brengen "
        "hem in de gemeenteraad van maart."
    )
    assert verdict_for(body + OUTLOOK_NL_QUOTE).label is Label.MOTION_PLANNED
