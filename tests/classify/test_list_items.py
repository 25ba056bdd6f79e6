"""A decision list whose items stand on consecutive lines: each item is read on its own.

A griffie pastes a few lines from the decision list into its answer, one motion a line and no
blank line between them. The count of one item must not be read as another item's, and a
motion named by another title keeps its own count.
"""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label
from outreach.classify.quotes import split_reply

from .support import LETTER, OUTLOOK_NL_QUOTE, verdict_for


def test_numbered_items_keep_their_own_lines() -> None:
    body = (
        "Hierbij het resultaat van de vergadering van dinsdag:\n\n"
        "4.1 Motie 'Meer groen op het plein' (SP) - aangenomen, 30 voor / 3 tegen\n"
        "4.2 Motie 'Pleidooi voor gewortelde kinderen' (D66, GL) - verworpen, 12 voor / 21 tegen\n"
    )
    own = split_reply(body, letter_texts=[LETTER]).own
    assert "30 voor / 3 tegen\n4.2 Motie" in own


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (
            "3.1 Motie 'Meer groen op het plein' (SP) - verworpen, 5 voor / 28 tegen\n"
            "3.2 Motie 'Pleidooi voor gewortelde kinderen' (D66, GL, CDA) - aangenomen, "
            "24 voor / 9 tegen\n"
            "3.3 Motie 'Fietsenstalling station' (VVD) - aangehouden\n",
            Label.MOTION_ADOPTED,
        ),
        (
            "- Motie 'Pleidooi voor gewortelde kinderen' (PvdA): verworpen (11 voor, 20 tegen)\n"
            "- Motie 'Ruimere openingstijden bibliotheek' (VVD): aangenomen (26 voor, 5 tegen).\n"
            "Die motie gaat over de bibliotheek in het centrum.\n",
            Label.MOTION_REJECTED,
        ),
    ],
)
def test_each_item_of_a_pasted_decision_list_has_its_own_count(items: str, expected: Label) -> None:
    body = "Zoals beloofd de uitslag. Uit de besluitenlijst van gisteren:\n\n" + items
    verdict = verdict_for(body + OUTLOOK_NL_QUOTE)
    assert verdict.label is expected
    assert not verdict.needs_review
