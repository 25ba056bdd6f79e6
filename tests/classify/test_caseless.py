"""A re.I search answered on lower-cased text finds what the re.I search itself finds."""

from __future__ import annotations

import re

import pytest

from outreach.classify.caseless import CaselessPattern

_PHRASES = re.compile(r"geen rechten (?:kunnen )?worden ontleend|disclaimer|\bgriffie\s+$", re.I)

_TEXTS = [
    "Aan deze e-mail kunnen GEEN RECHTEN WORDEN ONTLEEND.",
    "Zie de Disclaimer onderaan.",
    "Met vriendelijke groet, de GRIFFIE ",
    "Niets bijzonders hier.",
    "Een DİSCLAİMER met een Turkse hoofdletter i",  # re.I matches the dotted capital I
    "de dıscla\u0131mer met een dotless i",
    "geen rechten worden ontleend aan de \u017ftukken",  # long s, elsewhere in the text
    "griffie\n",
    "ſtrepen en \u212a (kelvin) en griffie ",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_same_answer_as_the_case_insensitive_search(text: str) -> None:
    caseless = CaselessPattern.of(_PHRASES)
    assert caseless.lower is not None
    assert caseless.search(text) == (_PHRASES.search(text) is not None)


def test_a_pattern_that_names_a_capital_is_searched_as_it_is() -> None:
    pattern = re.compile(r"\bRaad\b|\Sx", re.I)
    caseless = CaselessPattern.of(pattern)
    assert caseless.lower is None
    assert caseless.search("de raad besluit")
    assert not caseless.search("niets")


def test_an_escape_is_no_capital() -> None:
    caseless = CaselessPattern.of(re.compile(r"\bmotie\S*\s+\Zingediend|motie", re.I))
    assert caseless.lower is not None
    assert caseless.search("De MOTIE is aangenomen")
