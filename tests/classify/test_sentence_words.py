"""The sentence readers' hits answer a joined family's search exactly as the family would."""

from __future__ import annotations

import pytest

from outreach.classify.base import ChainState
from outreach.classify.statements import sentence_words
from outreach.classify.vocabulary import family
from tests.classify.support import CONTEXT, build

_TEXT = (
    "Wij hebben uw brief doorgestuurd aan de fractievoorzitters. "
    "De raad heeft uw brief ontvangen en de motie is gisteren ingediend. "
    "Hij is met 20 stemmen voor aangenomen. Een nieuwe stemming komt er niet. "
    "Met vriendelijke groet"
)


@pytest.mark.parametrize(
    "names",
    [
        ("forward", "council-has-letter"),
        ("council-has-letter", "forward"),
        ("motion-reference", "submit", "adopt", "reject"),
        ("council-audience",),
        ("negation",),
    ],
)
def test_the_hits_give_the_joined_familys_first_match(names: tuple[str, ...]) -> None:
    state = ChainState(message=build(_TEXT), context=CONTEXT)
    joined = family(*names)
    seen = 0
    for index, sentence in enumerate(state.sentences):
        expected = joined.search(sentence.text)
        found = sentence_words(state, index, *names)
        assert (found is None) == (expected is None)
        if found is not None and expected is not None:
            seen += 1
            assert (found.span(), found.group(0)) == (expected.span(), expected.group(0))
    assert seen  # the text names each of them somewhere
