"""Where to write instead, said as "you can reach the clerk at ..." or "the clerk is the right
contact", and a host name in a sentence that is no word of it."""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label
from outreach.classify.patterns import WEB_ADDRESS

from .support import OUTLOOK_NL_QUOTE, verdict_for


@pytest.mark.parametrize(
    "body",
    [
        # A refusal to pass it on, then the address to use: the address is the news.
        "Goedemorgen,\n\nDit loket zet post voor de raad niet door. U kunt de raadsgriffie "
        "direct bereiken via griffie@voorbeeld.nl, die verdeelt het onder de fracties.",
        "Beste afzender,\n\nKunt u de fractievoorzitters rechtstreeks mailen via "
        "fracties@voorbeeld.nl? Wij sturen het niet verder.",
        "Goedemiddag,\n\nVoor post aan de gemeenteraad is de griffie het aangewezen "
        "aanspreekpunt: griffie@voorbeeld.nl.",
    ],
)
def test_the_address_to_reach_the_council_is_a_redirect(body: str) -> None:
    verdict = verdict_for(body + OUTLOOK_NL_QUOTE)
    assert verdict.label is Label.REDIRECT


def test_a_host_name_is_no_word_of_its_sentence() -> None:
    text = "De adressen vindt u op stad.raadsinformatie.nl/fracties of mail griffie@stad.nl."
    assert WEB_ADDRESS.sub(" ", text) == "De adressen vindt u op   of mail griffie@stad.nl."


def test_a_reading_system_in_a_host_name_is_no_forward() -> None:
    body = (
        "Goedemiddag,\n\nDit is het adres voor inwoners. Voor de raad is de griffie het "
        "juiste aanspreekpunt: griffie@voorbeeld.nl. De namen van de fractievoorzitters "
        "staan op voorbeeld.raadsinformatie.nl."
    )
    assert verdict_for(body + OUTLOOK_NL_QUOTE).label is Label.REDIRECT
