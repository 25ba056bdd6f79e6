"""Vote words that report a result, and forwards that are only promised."""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label
from outreach.classify.modality import put_off
from outreach.classify.outcome import amendment_vote, counted_result, mask_expectation, unsettled
from outreach.classify.sentences import read_sentences


def _at(text: str, word: str = "aangenomen") -> tuple[str, int, int]:
    start = text.rindex(word)
    return text, start, start + len(word)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de motie is met 12 stemmen voor en 19 tegen niet aangenomen", Label.MOTION_REJECTED),
        ("over de motie is gestemd: 23 voor, 6 tegen", Label.MOTION_ADOPTED),
        ("de motie werd met 19 tegen 12 verworpen", None),  # the verb decides
        ("de motie is aangenomen", None),
        ("15 voor, 15 tegen: de stemmen staken", None),
    ],
)
def test_counted_result(text: str, expected: Label | None) -> None:
    assert counted_result(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we hopen dat hij wordt aangenomen", True),
        ("als hij wordt aangenomen, laat ik het weten", True),
        ("of hij wordt aangenomen weten we nog niet", True),
        ("de motie is ingediend en wordt naar verwachting aangenomen", True),
        ("de motie is gisteren aangenomen", False),
        ("de motie is als hamerstuk aangenomen", False),
        ("de motie werd unaniem aangenomen", False),
        ("de stemming werd uitgesteld, maar gisteren is hij alsnog aangenomen", False),
    ],
)
def test_unsettled(text: str, expected: bool) -> None:
    assert unsettled(*_at(text)) is expected


def test_amendment_vote_reads_the_clause_subject() -> None:
    text = "het amendement van d66 is aangenomen, maar de motie zelf werd niet aangenomen"
    assert amendment_vote(text, text.index("aangenomen"))
    assert not amendment_vote(text, text.rindex("aangenomen"))
    assert not amendment_vote("de motie is in geamendeerde vorm aangenomen", 30)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A promise with a time is a forward to come, which is what we asked for.
        ("we sturen het later door naar de fracties", False),
        ("ontvangen, nog niet doorgestuurd", True),
        ("we sturen het door zodra de griffier terug is", True),
        ("zodra de raad vergadert, zetten we hem door", True),
        ("dan zet ik hem door naar de fracties", True),
        ("na het presidium is uw brief doorgestuurd naar de fracties", False),
        ("uw brief is doorgestuurd naar de fracties", False),
    ],
)
def test_put_off(sentence: str, expected: bool) -> None:
    assert put_off(sentence) is expected


def test_indirect_question_and_statement_before_a_question() -> None:
    indirect = read_sentences("Ik vraag me af of ik uw brief mag doorsturen naar de raad.")
    assert [s.question for s in indirect] == [True]
    mixed = read_sentences("Wij hebben de motie aangenomen, hoe melden we dat bij jullie?")
    assert [(s.text, s.question) for s in mixed] == [
        ("wij hebben de motie aangenomen.", False),
        ("hoe melden we dat bij jullie?", True),
    ]
    asked = read_sentences("Denkt u dat hij wordt aangenomen?")
    assert [s.question for s in asked] == [True]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zes raadsleden stemden voor, negen tegen", Label.MOTION_REJECTED),
        ("vijftien raadsleden stemden voor, negen tegen", Label.MOTION_ADOPTED),
        ("drieentwintig stemmen voor en twaalf tegen", Label.MOTION_ADOPTED),
        ("twelve for, seven against", Label.MOTION_ADOPTED),
        # "een" is an article far more often than a number.
        ("een ruime meerderheid stemde voor, een paar tegen", None),
    ],
)
def test_counted_result_in_words(text: str, expected: Label | None) -> None:
    assert counted_result(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de indieners hadden gehoopt dat hij aangenomen zou worden", True),
        ("ik denk dat hij aangenomen wordt", True),
        ("anders dan wij hadden verwacht is de motie aangenomen", False),
        ("zoals we hadden gehoopt is de motie aangenomen", False),
        ("tegen alle verwachting in is de motie aangenomen", False),
        ("dan verwachten wij dat de motie wordt aangenomen", True),
    ],
)
def test_unsettled_hope_and_verbs_after_participle(text: str, expected: bool) -> None:
    assert unsettled(*_at(text)) is expected


def test_mask_expectation_keeps_offsets() -> None:
    text = "anders dan wij hadden verwacht is de motie aangenomen"
    masked = mask_expectation(text)
    assert len(masked) == len(text)
    assert masked.endswith("is de motie aangenomen")
    assert "verwacht" not in masked


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("wij zetten brieven alleen door aan de raad als duidelijk is wie de afzender is.", True),
        ("ik stuur het door aan de fracties mits u de motie als word-bestand stuurt.", True),
        ("ik stuur hem volgende week door naar de griffier.", False),
        ("ik stuur hem na de vergadering van het presidium door naar de griffier.", True),
        ("ik heb uw brief doorgestuurd naar de fracties; als u nog stukken heeft, graag.", False),
        ("uw brief is als ingekomen stuk doorgestuurd naar de raad.", False),
    ],
)
def test_put_off_by_condition_or_wait(sentence: str, expected: bool) -> None:
    assert put_off(sentence) is expected
