"""The key-word prefilter: a pattern is skipped only where it cannot match."""

from __future__ import annotations

import re

import pytest

from outreach.classify.phrases import PHRASE_RULES
from outreach.classify.prefilter import Keyed, key_literals
from outreach.classify.vocabulary import concepts, pattern

# Sentences written for this test: results, refusals, forwards, receipts, notices, noise.
SENTENCES = (
    "de motie is gisteravond met 19 stemmen voor en 8 tegen aangenomen.",
    "ingediend is hij nog niet, wel van plan om dat in juni te doen.",
    "wij sturen uw brief niet door aan de fracties.",
    "uw e-mail is in goede orde ontvangen en geregistreerd onder zaaknummer Z-2031-778.",
    "dit adres wordt niet meer gelezen, u kunt zich wenden tot de griffie.",
    "Automatisch antwoord: ik ben afwezig tot en met maandag 3 maart.",
    "Undeliverable: your message could not be delivered to griffie@example.org",
    "helaas haalde de motie het niet: verworpen met 12 tegen 14.",
    "bedankt voor uw bericht, ik heb het doorgestuurd naar de fractievoorzitters.",
    "kunt u mij laten weten wanneer de stemming is?",
    "haal ons alstublieft van uw verzendlijst.",
    "de raad heeft het amendement unaniem aangenomen, de motie aangehouden.",
    "",
    "ok",
    "Re: Uw BRIEF over het KINDERPARDON",
)


class TestKeyLiterals:
    """Which words every match must contain."""

    @pytest.mark.parametrize(
        ("expression", "keys"),
        [
            (r"\bmoties?\b", ("motie",)),
            (r"\b(?:concept|ontwerp|raads)moties?\b", ("motie",)),
            (
                r"\bdank\b[^.?!]{0,40}\bontvangen\b|\bin goede orde\b",
                ("ontvangen", "in goede orde"),
            ),
            (r"\b(?<!\bvoor )raad\b", ("raad",)),
            (r"x\{y", ("x{y",)),
        ],
    )
    def test_keys(self, expression: str, keys: tuple[str, ...]) -> None:
        assert key_literals(expression) == keys

    @pytest.mark.parametrize(
        "expression",
        [
            r"\w+",  # no word of its own
            r"motie|",  # an empty alternative matches anywhere
            r"ab|cd",  # keys too short to tell anything
            r"(?i)motie",  # inline flags are not read
            r"(?P<n>motie) (?P=n)",  # nor back references
            r"moti\x65",  # nor escapes of unknown length
            r"motie{",  # nor a brace that is no repeat
            r"(?:motie)?",  # an optional word is no key
            r"(?=motie)\w+",  # nor a word only looked ahead at
        ],
    )
    def test_no_keys(self, expression: str) -> None:
        assert key_literals(expression) is None

    def test_most_vocabulary_has_keys(self) -> None:
        """The filter is worth having: most concepts can be skipped in most sentences."""
        keyed = [name for name in concepts() if pattern(name).keys is not None]
        assert len(keyed) > len(concepts()) * 2 // 3


def _every_pattern() -> list[Keyed]:
    found = [pattern(name) for name in concepts()]
    for rule in PHRASE_RULES:
        found.extend(Keyed(p) for p in rule.patterns)
    return found


class TestKeyedAnswersLikeRe:
    """A keyed pattern finds exactly what the compiled expression finds."""

    def test_every_vocabulary_and_phrase_pattern(self) -> None:
        for keyed in _every_pattern():
            plain = re.compile(keyed.pattern, keyed.flags)
            for text in SENTENCES:
                for start in (0, 5):
                    got, want = keyed.search(text, start), plain.search(text, start)
                    assert (got and got.span()) == (want and want.span()), keyed.pattern
                assert [m.span() for m in keyed.finditer(text)] == [
                    m.span() for m in plain.finditer(text)
                ]
                assert bool(keyed.match(text)) == bool(plain.match(text))
                assert bool(keyed.fullmatch(text)) == bool(plain.fullmatch(text))

    def test_skips_a_text_without_its_words(self) -> None:
        keyed = Keyed(r"\bmotie\b[^.]{0,40}\baangenomen\b")
        assert keyed.absent("uw brief is ontvangen.")
        assert not keyed.absent("de motie is aangenomen.")
        assert keyed.search("de motie is aangenomen.") is not None

    def test_without_case(self) -> None:
        keyed = Keyed(r"\bzaaknummer\b", re.I)
        assert keyed.search("Uw ZAAKNUMMER is 12") is not None
        assert keyed.absent("uw kenmerk is 12")
        # Outside ASCII, re's own case rules decide: the text is searched as it is.
        assert not keyed.absent("ſtraat")
        kelvin = Keyed(r"\bkelvin\b", re.I)
        assert kelvin.search("\u212aelvin") is not None
        assert kelvin.sub("x", "geen") == "geen"
        assert kelvin.findall("Kelvin kelvin") == ["Kelvin", "kelvin"]


_PHRASES = r"geen rechten (?:kunnen )?worden ontleend|disclaimer|\bgriffie\s+$"

_CASED_TEXTS = [
    "Aan deze e-mail kunnen GEEN RECHTEN WORDEN ONTLEEND.",
    "Zie de Disclaimer onderaan.",
    "Met vriendelijke groet, de GRIFFIE ",
    "Niets bijzonders hier.",
    "Een DİSCLAİMER met een Turkse hoofdletter i",  # re.I matches the dotted capital I
    "de dıscla\u0131mer met een dotless i",
    "geen rechten worden ontleend aan de \u017ftukken",  # long s, elsewhere in the text
    "griffie\n",
    "ſtrepen en \u212a (kelvin) en griffie ",
    "\u212aelvin en de DISCLAIMER",
]


class TestLowerCaseTwin:
    """A re.I search answered on lower-cased text finds what the re.I search itself finds."""

    @pytest.mark.parametrize("text", _CASED_TEXTS)
    def test_same_answer_as_the_case_insensitive_search(self, text: str) -> None:
        keyed = Keyed.of(re.compile(_PHRASES, re.I))
        assert keyed.lower is not None
        want = re.compile(_PHRASES, re.I).search(text)
        got = keyed.search(text)
        assert (got and got.span()) == (want and want.span())

    def test_a_pattern_that_names_a_capital_is_searched_as_it_is(self) -> None:
        keyed = Keyed(r"\bRaad\b|\Sx", re.I)
        assert keyed.lower is None
        assert keyed.search("de raad besluit")
        assert not keyed.search("niets")

    @pytest.mark.parametrize("expression", [r"\u00c9cole", r"(?-i:Raad)|raad", r"(a)\1", r"\\S"])
    def test_what_lower_case_would_read_otherwise_has_no_twin(self, expression: str) -> None:
        assert Keyed(expression, re.I).lower is None

    def test_an_escape_is_no_capital(self) -> None:
        keyed = Keyed(r"\bmotie\S*\s+\Zingediend|motie", re.I)
        assert keyed.lower is not None
        assert keyed.search("De MOTIE is aangenomen")

    def test_a_case_sensitive_pattern_has_no_twin(self) -> None:
        assert Keyed(r"motie").lower is None
