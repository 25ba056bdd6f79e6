"""Results as a griffie or a secretariat writes them.

"In reactie op ...", "in opdracht van ..." open a clause with "in" and a noun that is no place,
so the result after it is the sender's own. A count may name the side first ("voor 20,
tegen 11"). A passage quoted from the minutes asks us nothing, whatever its chair asked.
"""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label
from outreach.classify.outcome import vote_counts
from outreach.classify.sentences import read_sentences

from .support import OUTLOOK_NL_QUOTE, verdict_for


@pytest.mark.parametrize(
    "body",
    [
        "Geachte heer, mevrouw,\n\nIn antwoord op uw vraag meld ik dat de raad op 3 maart de "
        "motie over gewortelde kinderen heeft aangenomen.",
        "Geachte heer, mevrouw,\n\nIn opdracht van de griffier laat ik u weten dat de "
        "gemeenteraad de motie 'Gewortelde kinderen' gisteren heeft aangenomen.",
    ],
)
def test_in_and_a_noun_is_no_place(body: str) -> None:
    verdict = verdict_for(body + OUTLOOK_NL_QUOTE)
    assert verdict.label is Label.MOTION_ADOPTED
    assert not verdict.needs_review


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("uitslag: voor 23, tegen 6.", (23, 6)),
        ("voor: 8 | tegen: 25", (8, 25)),
        ("for 14, against 15", (14, 15)),
        ("ik ben er voor 2 juni, tegen 4 uur.", None),
    ],
)
def test_a_count_may_name_the_side_first(text: str, expected: tuple[int, int] | None) -> None:
    assert vote_counts(text) == expected


def test_a_question_in_a_quoted_passage_is_not_ours() -> None:
    text = (
        'Uit het verslag:\n\n"De voorzitter: Wie stemt er tegen? Dat zijn de leden van de VVD. '
        'Dan is de motie aangenomen."'
    )
    assert not any(s.question for s in read_sentences(text))


def test_a_question_of_the_sender_still_is_one() -> None:
    text = 'De motie heet "Pleidooi voor gewortelde kinderen". Mogen wij hem ook gebruiken?'
    assert any(s.question for s in read_sentences(text))
