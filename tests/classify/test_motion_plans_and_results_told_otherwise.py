"""Plans and results told in ways the plain readings missed.

A result in a relative clause on another place ("anders dan in Borne, waar hij werd
aangenomen, ...") is that place's; so is one with a town as the subject of a main clause
("Apeldoorn heeft hem al aangenomen"). Agreeing "daarmee" to holding a motion over is no
adoption. A draft ("een concept") the sender will submit is the motion; co-submitters are no
submission, and an English "will bring a motion to the council" is a plan. An intention told in
the past and dropped later in the reply ("we waren van plan ... zien daar toch van af") is a
refusal. An agenda whose subject is a pronoun for our letter, named the sentence before, is a
forward. A bare result that calls the model motion "jullie voorbeeld" is about the campaign.
"""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label

from .support import GMAIL_NL_QUOTE, OUTLOOK_NL_QUOTE, verdict_for

# Our letter went to Zutphen: the subject of a reply names the municipality.
ZUTPHEN = (
    "RE: Verzoek om door te sturen aan de fractievoorzitters en de griffier van Zutphen: "
    "motie Pleidooi voor gewortelde kinderen"
)


class TestAWhereClauseOnAPlace:
    """ "..., waar de motie werd aangenomen, ..." after a place set off by a comma."""

    @pytest.mark.parametrize(
        ("body", "label"),
        [
            (
                "In tegenstelling tot Borne, waar de motie in mei werd aangenomen, is hij bij "
                "ons dinsdag verworpen.",
                Label.MOTION_REJECTED,
            ),
            (
                "Net als in Hengelo, waar hij vorige maand werd aangenomen, hebben wij de motie "
                "nu ingediend. De stemming is op 3 december.",
                Label.MOTION_SUBMITTED,
            ),
            (
                "Anders dan bij onze buren, waar de motie het wel haalde en werd aangenomen, "
                "kreeg hij hier geen meerderheid.",
                Label.MOTION_REJECTED,
            ),
            (
                "Unlike in Arnhem, where the motion was adopted in June, our council voted "
                "it down.",
                Label.MOTION_REJECTED,
            ),
        ],
    )
    def test_the_result_in_the_clause_is_the_other_places(self, body: str, label: Label) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=ZUTPHEN)
        assert verdict.label is label

    @pytest.mark.parametrize(
        "body",
        [
            # The sender's own town, by the subject or by "hier in".
            "In Zutphen, waar de motie gisteren met ruime meerderheid werd aangenomen, is de "
            "vreugde groot.",
            "Hier in Zutphen, waar de motie gisteren werd aangenomen, zijn we erg blij.",
            # A meeting is no place.
            "In de raadsvergadering van dinsdag, waar de motie werd aangenomen, was het druk.",
        ],
    )
    def test_the_senders_own_place_or_a_meeting_keeps_the_result(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=ZUTPHEN)
        assert verdict.label is Label.MOTION_ADOPTED


class TestATownAsTheSubjectOfAMainClause:
    """ "Apeldoorn heeft hem al aangenomen": another town's vote, when our letter went
    elsewhere."""

    @pytest.mark.parametrize(
        ("body", "label"),
        [
            (
                "Vorige week hebben wij de motie ingediend, de stemming is op 12 december. "
                "Apeldoorn heeft hem vorig jaar al aangenomen, dus we hebben goede hoop.",
                Label.MOTION_SUBMITTED,
            ),
            (
                "Onze motie is helaas verworpen. Deventer heeft de motie vorige maand wel "
                "aangenomen.",
                Label.MOTION_REJECTED,
            ),
            (
                "De motie ligt nu bij de raad, de stemming volgt op 10 december. Ook Lochem "
                "en Epe hebben hem al aangenomen.",
                Label.MOTION_SUBMITTED,
            ),
        ],
    )
    def test_the_other_towns_result_is_not_the_senders(self, body: str, label: Label) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=ZUTPHEN)
        assert verdict.label is label

    @pytest.mark.parametrize(
        ("body", "label"),
        [
            ("Gisteren heeft de raad hem aangenomen, met 20 stemmen voor.", Label.MOTION_ADOPTED),
            ("Helaas heeft de motie het niet gehaald.", Label.MOTION_REJECTED),
            ("Zutphen heeft de motie aangenomen!", Label.MOTION_ADOPTED),
        ],
    )
    def test_an_adverb_or_the_own_town_first_keeps_the_result(
        self, body: str, label: Label
    ) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=ZUTPHEN)
        assert verdict.label is label


class TestAgreeingToHoldTheMotionOver:
    """ "..., en daar hebben we mee ingestemd" takes up the request to hold it over."""

    def test_agreeing_to_hold_over_keeps_it_submitted(self) -> None:
        verdict = verdict_for(
            "De motie is vorige week ingediend. De burgemeester vroeg de indieners de motie "
            "aan te houden tot na het overleg met de provincie, en daar heeft de fractie mee "
            "ingestemd." + OUTLOOK_NL_QUOTE
        )
        assert verdict.label is Label.MOTION_SUBMITTED

    def test_the_councils_agreement_with_the_motion_adopts_it(self) -> None:
        verdict = verdict_for(
            "Over de motie is gisteren gestemd en de raad heeft daarmee unaniem ingestemd."
            + OUTLOOK_NL_QUOTE
        )
        assert verdict.label is Label.MOTION_ADOPTED


class TestPlansInOtherWords:
    """A draft to submit is the motion; co-submitters are no submission; English plans."""

    @pytest.mark.parametrize(
        "body",
        [
            "Wij hebben inmiddels een concept liggen en gaan dat na de kerst indienen.",
            "Een concept ligt klaar. Dat gaan we in de raad van maart indienen.",
            "Our party will bring a motion based on your template before the council in "
            "January, with the Greens as co-submitters.",
            "We are still looking for co-sponsors and will bring the motion to the council "
            "meeting of 5 March.",
        ],
    )
    def test_a_plan(self, body: str) -> None:
        assert verdict_for(body + GMAIL_NL_QUOTE).label is Label.MOTION_PLANNED

    def test_submitted_with_co_submitters_is_still_submitted(self) -> None:
        verdict = verdict_for(
            "We submitted the motion last night, with two other parties as co-submitters."
            + GMAIL_NL_QUOTE
        )
        assert verdict.label is Label.MOTION_SUBMITTED

    @pytest.mark.parametrize(
        "body",
        [
            "Hierbij het concept van de besluitenlijst, ter informatie.",
            "Het concept-verslag van de raadsvergadering volgt later.",
        ],
    )
    def test_a_draft_of_something_else_is_no_plan(self, body: str) -> None:
        assert verdict_for(body + GMAIL_NL_QUOTE).label is not Label.MOTION_PLANNED


class TestAPlanDropped:
    """An intention told in the past, dropped later in the reply, is a refusal."""

    @pytest.mark.parametrize(
        "body",
        [
            "Eerder schreef ik dat we van plan waren een motie in te dienen. Na overleg in de "
            "fractie zien we daar toch van af.",
            "In september overwogen wij de voorbeeldmotie in te dienen. Wij hebben uiteindelijk "
            "besloten daarvan af te zien; het hoort bij het Rijk thuis.",
            # The turn in the same sentence.
            "We waren van plan de motie in te dienen, maar hebben daar na lang overleg van "
            "afgezien.",
        ],
    )
    def test_the_dropped_plan_is_declined(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE)
        assert verdict.label is Label.DECLINED

    @pytest.mark.parametrize(
        "body",
        [
            # Put off, not dropped.
            "We waren van plan de motie in november in te dienen, maar dat wordt nu december.",
            # A plan in the present: nothing refuses it.
            "We gaan de motie in februari indienen, samen met de ChristenUnie.",
        ],
    )
    def test_a_plan_kept_stays_planned(self, body: str) -> None:
        assert verdict_for(body + OUTLOOK_NL_QUOTE).label is Label.MOTION_PLANNED


class TestAnAgendaWhosePronounIsOurLetter:
    """ "Uw mail hebben we ontvangen. Het staat geagendeerd ...": the letter is on it."""

    def test_the_letter_before_the_pronoun_is_forwarded(self) -> None:
        verdict = verdict_for(
            "Uw mail hebben we in goede orde ontvangen. Het staat geagendeerd voor de "
            "raadsvergadering van 3 april." + OUTLOOK_NL_QUOTE
        )
        assert verdict.label is Label.FORWARDED

    @pytest.mark.parametrize(
        "body",
        [
            "De motie is af. Hij staat geagendeerd voor de raad van 3 april.",
            "Dank voor uw brief. De motie staat geagendeerd voor de raad van 3 april.",
        ],
    )
    def test_the_motion_on_the_agenda_is_submitted(self, body: str) -> None:
        assert verdict_for(body + OUTLOOK_NL_QUOTE).label is Label.MOTION_SUBMITTED


class TestBriefResults:
    """A short result in a new mail, and one told with "onze motie in <town>"."""

    def test_a_bare_result_that_names_the_model_is_a_result(self) -> None:
        verdict = verdict_for(
            "Vanavond aangenomen, 17 tegen 12. Bedankt voor jullie voorbeeld!\n\nPiet",
            subject="Deventer",
            sender="Piet Jansen <pietjansen@ziggo.example>",
        )
        assert verdict.label is Label.MOTION_ADOPTED

    def test_a_bare_result_of_something_else_is_other(self) -> None:
        verdict = verdict_for(
            "Vanavond aangenomen, 17 tegen 12. Tot morgen!\n\nPiet",
            subject="Parkeren",
            sender="Piet Jansen <pietjansen@ziggo.example>",
        )
        assert verdict.label is Label.OTHER

    def test_our_motion_in_our_town(self) -> None:
        verdict = verdict_for(
            "Ter info. Onze motie in Epe is gisteren aangenomen.\n\nJan, raadslid Epe",
            subject="Fwd: Raad Epe stemt in met motie",
        )
        assert verdict.label is Label.MOTION_ADOPTED

    def test_the_motion_in_another_town(self) -> None:
        verdict = verdict_for(
            "Ter info: de motie in Epe is gisteren aangenomen. Wij wachten nog op onze "
            "eigen stemming." + OUTLOOK_NL_QUOTE,
            subject=ZUTPHEN,
        )
        assert verdict.label is not Label.MOTION_ADOPTED


class TestStepsInEverydayWords:
    """ "Hij is erdoor", a meeting between the pronoun and "ingediend", and a motion that
    goes on to the council after a committee."""

    @pytest.mark.parametrize(
        ("body", "label"),
        [
            ("Hij is erdoor! Twintig stemmen voor.", Label.MOTION_ADOPTED),
            ("De motie ging erdoor met 21 stemmen voor en 8 tegen.", Label.MOTION_ADOPTED),
            ("Wij hebben hem in de raad van 9 maart ingediend, met de SP.", Label.MOTION_SUBMITTED),
            (
                "De motie is in de commissie besproken en gaat als bespreekstuk naar de raad "
                "van 12 december.",
                Label.MOTION_SUBMITTED,
            ),
        ],
    )
    def test_the_step(self, body: str, label: Label) -> None:
        assert verdict_for(body + OUTLOOK_NL_QUOTE).label is label

    def test_erdoor_as_by_it_is_no_adoption(self) -> None:
        verdict = verdict_for(
            "Dank voor de voorbeeldmotie. Veel vragen van de fractie zijn erdoor beantwoord."
            + OUTLOOK_NL_QUOTE
        )
        assert verdict.label is not Label.MOTION_ADOPTED


class TestAnEarlierResultBesideARefusal:
    def test_last_years_motion_beside_not_taking_part_goes_to_a_person(self) -> None:
        verdict = verdict_for(
            "Vorig jaar hebben we zo'n motie al aangenomen; dit jaar doen we niet mee."
            + OUTLOOK_NL_QUOTE
        )
        assert verdict.needs_review
