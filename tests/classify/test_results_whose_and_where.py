"""Whose result a sentence reports, and whether it reports one.

A sender who tells their own council's result often names a neighbour's the other way: "onze
buren in Lochem hebben hem wel aangenomen", "omdat Deventer hem wel heeft aangenomen", "In
Brummen, een paar kilometer verderop, werd hij wel aangenomen". Those results belong to the
place named, even after "onze" and with a phrase set off by commas between the place and its
verb. A result guessed at ("hij was vermoedelijk aangenomen, maar ...") is what would have
happened. Results also come as a row of a table (plain "|" cells or HTML cells), in a decision
list forwarded under Outlook's rule line, or in news forwarded with only "Jammer." above it.
"""

from __future__ import annotations

import pytest

from outreach.classify.html import html_to_text
from outreach.classify.labels import Label
from outreach.classify.outcome import unsettled

from .support import OUTLOOK_NL_QUOTE, verdict_for

# Our letter went to Zutphen: the subject of a reply names the municipality.
ZUTPHEN = (
    "RE: Verzoek om door te sturen aan de fractievoorzitters en de griffier van Zutphen: "
    "motie Pleidooi voor gewortelde kinderen"
)


class TestANeighboursResultIsNotTheSenders:
    @pytest.mark.parametrize(
        "body",
        [
            "De motie is bij ons dinsdag verworpen (9 voor, 18 tegen). Zuur, want onze buren "
            "in Lochem hebben hem wel aangenomen.",
            "Gisteren heeft onze raad de motie weggestemd. Extra wrang omdat Deventer hem "
            "vorig jaar gewoon heeft aangenomen.",
            "In Zutphen is de motie helaas verworpen. In Brummen, een paar kilometer "
            "verderop, werd hij wel aangenomen.",
            "Helaas is de motie verworpen (10-17). In Lochem en Deventer, allebei vlakbij, is "
            "hij wel aangenomen.",
            # A place named in the clause of the other result, not where our letter went.
            "De motie is verworpen, terwijl hij in Kampen wel werd aangenomen.",
            "De motie is verworpen. Ook zuur: de motie is in Deventer wel aangenomen.",
        ],
    )
    def test_own_rejection_beside_a_neighbours_adoption(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=ZUTPHEN)
        assert verdict.label is Label.MOTION_REJECTED
        assert not verdict.needs_review

    @pytest.mark.parametrize(
        "body",
        [
            "Dank voor uw mail, ik heb hem ontvangen. Ik las al dat Epe en Heerde zo'n motie "
            "hebben aangenomen; ik kom er later op terug.",
            "Ik lees jullie voorbeeldmotie. Staat punt c ook in de motie zoals die in Zwolle "
            "is aangenomen, of is dat nieuw?",
        ],
    )
    def test_another_towns_adoption_in_a_receipt_or_question(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=ZUTPHEN)
        assert verdict.label is not Label.MOTION_ADOPTED

    @pytest.mark.parametrize(
        "body",
        [
            # The place set off by commas is the sender's own.
            "In Zutphen, onze eigen gemeente, is de motie gisteren aangenomen.",
            # A relative clause with the sender in it: their own motion.
            "Goed nieuws: de motie die wij in Zutphen hebben ingediend is gisteren aangenomen.",
            "Onze raad heeft de motie gisteravond met een ruime meerderheid aangenomen.",
            # The place named is where our letter went.
            "De motie is gisteren in de raad van Zutphen aangenomen.",
        ],
    )
    def test_the_senders_own_adoption_stays(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=ZUTPHEN)
        assert verdict.label is Label.MOTION_ADOPTED


# Buren is a municipality and a word for neighbours: named as the place, it is the place.
BUREN = (
    "RE: Verzoek om door te sturen aan de fractievoorzitters en de griffier van Buren: "
    "motie Pleidooi voor gewortelde kinderen"
)


@pytest.mark.parametrize(
    "body",
    [
        "Deze motie is op 26 mei jl. door de gemeenteraad van Buren aangenomen.",
        "De motie is gisteren in de raad van Buren aangenomen, met alleen de PVV tegen.",
    ],
)
def test_buren_named_as_the_place_is_the_senders_own(body: str) -> None:
    verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=BUREN)
    assert verdict.label is Label.MOTION_ADOPTED


def test_the_neighbours_of_buren_are_still_neighbours() -> None:
    body = "De motie is bij ons verworpen. Onze buren in Tiel hebben hem wel aangenomen."
    verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=BUREN)
    assert verdict.label is Label.MOTION_REJECTED


def test_a_town_as_subject_with_no_own_place_known_goes_to_a_person() -> None:
    """Without the municipality in the subject the town may be the sender's own: a person
    decides, the adoption is not decided alone."""
    body = (
        "Dank voor uw bericht. Ik las al dat Epe en Heerde zo'n motie hebben aangenomen. Ik "
        "kom erop terug."
    )
    verdict = verdict_for(body + OUTLOOK_NL_QUOTE)
    assert verdict.label is not Label.MOTION_ADOPTED or verdict.needs_review


class TestAnotherBodysVote:
    """A vote in parliament or the province is not the sender's council's."""

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            (
                "Helaas heeft de Tweede Kamer een motie over gewortelde kinderen weggestemd. "
                "Wij gaan de motie in onze raad wel indienen.",
                Label.MOTION_PLANNED,
            ),
            (
                "In Provinciale Staten is de motie aangenomen. Wij willen de motie in januari "
                "indienen.",
                Label.MOTION_PLANNED,
            ),
            (
                "Landelijk is de motie verworpen, maar bij ons is hij gisteren aangenomen.",
                Label.MOTION_ADOPTED,
            ),
        ],
    )
    def test_another_bodys_vote(self, body: str, expected: Label) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=ZUTPHEN)
        assert verdict.label is expected

    def test_a_motion_that_calls_on_parliament_is_still_ours(self) -> None:
        body = (
            "De motie die het kabinet en de Tweede Kamer oproept de kinderen te laten blijven "
            "is gisteren aangenomen."
        )
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=ZUTPHEN)
        assert verdict.label is Label.MOTION_ADOPTED


class TestWhoVotedFor:
    """Who voted for a motion that fell is its support, not its adoption."""

    @pytest.mark.parametrize(
        "body",
        [
            "De motie is verworpen; behalve onze fractie en D66 stemde niemand voor.",
            "Helaas, alleen onze fractie en de SP stemden voor de motie.",
            "De motie is vorige week verworpen. Alleen wij en GroenLinks stemden voor.",
            "Helaas kreeg de motie alleen steun van GroenLinks en de SP.",
            "De motie kon slechts rekenen op steun van de oppositie.",
        ],
    )
    def test_a_minority_for(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=ZUTPHEN)
        assert verdict.label is Label.MOTION_REJECTED

    @pytest.mark.parametrize(
        "body",
        [
            "De motie is aangenomen, niemand stemde tegen.",
            "Alleen de PVV stemde tegen, dus de motie is aangenomen.",
            "De motie is alleen met steun van de coalitie aangenomen.",
        ],
    )
    def test_a_minority_against(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=ZUTPHEN)
        assert verdict.label is Label.MOTION_ADOPTED


class TestAResultAskedAbout:
    def test_a_result_in_a_sentence_that_asks(self) -> None:
        body = (
            "Ik lees de voorbeeldmotie door. Staat punt c ook in de motie zoals die vorig jaar "
            "is aangenomen, of is dat nieuw?"
        )
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=ZUTPHEN)
        assert verdict.label is not Label.MOTION_ADOPTED

    def test_a_result_before_a_question_of_its_own(self) -> None:
        verdict = verdict_for(
            "De motie is gisteren aangenomen, hoe laten we dat weten?" + OUTLOOK_NL_QUOTE,
            subject=ZUTPHEN,
        )
        assert verdict.label is Label.MOTION_ADOPTED


class TestAGuessedResultIsNone:
    def test_withdrawn_after_a_promise(self) -> None:
        body = (
            "Vorige week hebben we de motie ingediend. Hij was vermoedelijk aangenomen, maar "
            "de burgemeester beloofde zelf een brief aan het kabinet te sturen. Toen hebben "
            "we hem ingetrokken."
        )
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=ZUTPHEN)
        assert verdict.label is Label.MOTION_SUBMITTED
        assert verdict.details.get("outcome") == "withdrawn"

    @pytest.mark.parametrize(
        "body",
        [
            "Na een toezegging van de wethouder hebben we de motie ingetrokken; hij zou "
            "anders zeker zijn aangenomen.",
            "De motie is ingetrokken na een belofte van het college. Anders was hij vast "
            "aangenomen.",
        ],
    )
    def test_what_would_have_happened(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=ZUTPHEN)
        assert verdict.label is Label.MOTION_SUBMITTED
        assert verdict.details.get("outcome") == "withdrawn"

    @pytest.mark.parametrize(
        "body",
        [
            "De motie is gisteren aangenomen, waarschijnlijk tot verrassing van de VVD.",
            "Misschien goed om te weten: de motie is gisteravond aangenomen.",
        ],
    )
    def test_a_guess_elsewhere_in_the_sentence_leaves_the_result(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=ZUTPHEN)
        assert verdict.label is Label.MOTION_ADOPTED


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("hij was vermoedelijk aangenomen, maar we trokken hem in.", True),
        ("de motie kan volgende week worden aangenomen.", True),
        ("we denken dat hij aangenomen zou worden.", True),
        ("de stemming werd uitgesteld, maar gisteren is hij alsnog aangenomen.", False),
        ("de motie is inmiddels aangenomen.", False),
    ],
)
def test_whether_a_participle_reports(text: str, ahead: bool) -> None:
    """The auxiliaries and turns `unsettled` reads are the vocabulary's (grammar.toml)."""
    start = text.index("aangenomen")
    assert unsettled(text, start, start + len("aangenomen")) is ahead


_TABLE = (
    "Geachte heer, mevrouw,\n\nHieronder de uitslag van de stemmingen van 2 december.\n\n"
    "| Nr. | Onderwerp | Besluit |\n"
    "| M3 | {first} | {first_result} |\n"
    "| M4 | {second} | {second_result} |\n\n"
    "Met vriendelijke groet,\n\nGriffie Zutphen"
)
_OURS = "Pleidooi voor gewortelde kinderen"
_OTHER = "Meer bomen in de binnenstad"


class TestATableRowIsOneItem:
    @pytest.mark.parametrize(
        ("rows", "expected"),
        [
            ((_OTHER, "aangenomen (25-2)", _OURS, "verworpen (11-16)"), Label.MOTION_REJECTED),
            ((_OTHER, "verworpen (11-16)", _OURS, "aangenomen (25-2)"), Label.MOTION_ADOPTED),
        ],
    )
    def test_plain_table(self, rows: tuple[str, str, str, str], expected: Label) -> None:
        first, first_result, second, second_result = rows
        body = _TABLE.format(
            first=first, first_result=first_result, second=second, second_result=second_result
        )
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=ZUTPHEN)
        assert verdict.label is expected

    def test_html_table(self) -> None:
        html = (
            "<html><body><p>Hieronder de uitslag van de stemmingen.</p><table>"
            "<tr><th>Nr.</th><th>Onderwerp</th><th>Uitslag</th></tr>"
            f"<tr><td>M-3</td><td>{_OTHER}</td><td>aangenomen</td></tr>"
            f"<tr><td>M-4</td><td>{_OURS}</td><td>verworpen (12-19)</td></tr>"
            "</table><p>Met vriendelijke groet,<br>Griffie Zutphen</p></body></html>"
        )
        verdict = verdict_for("", html=html, subject="Uitslag stemmingen raad 2 december")
        assert verdict.label is Label.MOTION_REJECTED

    def test_html_cells_are_set_off(self) -> None:
        html = "<table><tr><td>M-4</td><td>Bomen</td><td>verworpen</td></tr></table>"
        assert html_to_text(html) == "M-4 | Bomen | verworpen"

    def test_an_empty_cell_leaves_no_mark(self) -> None:
        html = "<table><tr><td><img src='logo.png'></td><td>Jan Jansen</td></tr></table>"
        assert html_to_text(html) == "Jan Jansen"

    def test_a_layout_cell_of_paragraphs_leaves_no_mark(self) -> None:
        html = "<table><tr><td><p>Beste griffie,</p></td><td><p>Dank.</p></td></tr></table>"
        assert "|" not in html_to_text(html)


_OUTLOOK_FORWARD = (
    "\n\n________________________________\n"
    "Van: Griffie Zutphen <griffie@zutphen.nl>\n"
    "Verzonden: donderdag 3 december 2026 09:00\n"
    "Aan: Raadsleden Zutphen\n"
    "Onderwerp: Besluitenlijst raad 2 december\n\n"
    "Beste raadsleden,\n\n"
    "- Motie M3 Meer bomen in de binnenstad (CDA): aangenomen\n"
    "- Motie M4 Pleidooi voor gewortelde kinderen (GL, D66): verworpen\n"
    "- Motie M5 Zwemles voor iedereen (SP): aangehouden\n\n"
    "Met vriendelijke groet,\nGriffie Zutphen"
)


class TestForwardedResults:
    def test_a_list_under_outlooks_rule_line(self) -> None:
        verdict = verdict_for(
            "Ter info het relevante deel van de besluitenlijst.\n\nGroet,\nLinda"
            + _OUTLOOK_FORWARD,
            subject="FW: Besluitenlijst raad 2 december",
        )
        assert verdict.label is Label.MOTION_REJECTED

    def test_a_bare_reaction_above_forwarded_news(self) -> None:
        news = (
            "\n\n---------- Doorgestuurd bericht ---------\n"
            "Van: Gemeente Zutphen <nieuws@zutphen.nl>\n"
            "Onderwerp: Raadsnieuws december\n\n"
            "Uit de raad\n\n"
            "* Raad wijst motie gewortelde kinderen af. De motie kreeg 10 van de 27 stemmen.\n"
            "* Parkeertarieven 2027 vastgesteld.\n"
        )
        verdict = verdict_for("Helaas.\n\nPiet" + news, subject="Fwd: Raadsnieuws december")
        assert verdict.label is Label.MOTION_REJECTED

    def test_a_reaction_above_news_that_does_not_name_the_campaign(self) -> None:
        news = (
            "\n\n---------- Doorgestuurd bericht ---------\n"
            "Van: Gemeente Zutphen <nieuws@zutphen.nl>\n"
            "Onderwerp: Raadsnieuws december\n\n"
            "Uit de raad\n\n"
            "* Raad wijst voorstel nieuwe sporthal af.\n"
            "* Parkeertarieven 2027 vastgesteld.\n"
        )
        verdict = verdict_for("Jammer.\n\nPiet" + news, subject="Fwd: Raadsnieuws december")
        assert verdict.label is not Label.MOTION_REJECTED
