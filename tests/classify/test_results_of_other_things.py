"""A vote word that belongs to something else than the campaign's motion, or to no vote.

A reply that tells the motion's result often tells more of the same evening: "een motie van
de PvdA over de bibliotheek is wel aangenomen", "de overige agendapunten zijn vastgesteld".
The indefinite article brings in a motion not named before; the other items of the meeting
have results of their own. A majority is only a result when it carried a vote ("met ruime
meerderheid aangenomen"), not when a coalition has it or a party counts on it. A question told
as a statement ("de fractie wil weten welke gemeenten hem hebben aangenomen") reports nothing.
A tie ("de stemmen staakten") leaves "geen meerderheid" true without a rejection. A motion with
a title of its own is ours when the sender says it follows our model.
"""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label
from outreach.classify.outcome import another_motion, tie_reported, unsettled

from .support import OUTLOOK_NL_QUOTE, verdict_for

# Our letter went to Tiel: the subject of a reply names the municipality.
TIEL = (
    "RE: Verzoek om door te sturen aan de fractievoorzitters en de griffier van Tiel: "
    "motie Pleidooi voor gewortelde kinderen"
)
RESULT_SUBJECT = "Uitslag motie gewortelde kinderen"


class TestAnotherMotionOrItemInTheSameReply:
    @pytest.mark.parametrize(
        "body",
        [
            "Onze motie over gewortelde kinderen haalde het dinsdag niet: 12 voor, 17 tegen. "
            "Wel werd er een motie van het CDA aangenomen over de kermis.",
            "De motie is helaas verworpen. Die avond is wel een motie aangenomen die het college "
            "vraagt de wachtlijsten voor woningen aan te pakken.",
            "Onze motie is weggestemd met 11 stemmen voor en 16 tegen. Daarnaast is er nog een "
            "motie van D66 aangenomen over laadpalen.",
        ],
    )
    def test_an_indefinite_motion_after_ours_is_another(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=TIEL)
        assert verdict.label is Label.MOTION_REJECTED

    @pytest.mark.parametrize(
        "body",
        [
            # "die van" sets the other party's motion against ours.
            "Onze motie is gesneuveld, die van het CDA over de kermis wel aangenomen.",
            # The turn reports another motion's result, not ours overturned.
            "De motie is verworpen, maar de motie van de PVV over de opvang werd aangenomen.",
        ],
    )
    def test_the_one_of_another_party_is_another(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=TIEL)
        assert verdict.label is Label.MOTION_REJECTED

    @pytest.mark.parametrize(
        "body",
        [
            "Our motion was voted down on Tuesday, but a CDA motion on road safety was adopted.",
            # The verb before the motion it adopts.
            "De motie die wij met de SP indienden werd verworpen. Wel nam de raad unaniem een "
            "motie aan over de bibliotheek.",
        ],
    )
    def test_another_motion_after_a_turn_or_after_its_verb(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=TIEL)
        assert verdict.label is Label.MOTION_REJECTED

    def test_a_motion_alongside_ours_leaves_ours_adopted(self) -> None:
        body = (
            "Wij hebben de motie ingediend. Gisteren is hij aangenomen, samen met een motie van "
            "de VVD over de IND."
        )
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=TIEL)
        assert verdict.label is Label.MOTION_ADOPTED

    def test_a_relative_clause_set_off_by_commas_is_ours(self) -> None:
        body = "Onze motie, die van de SP en ons samen kwam, is gisteren aangenomen."
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=TIEL)
        assert verdict.label is Label.MOTION_ADOPTED

    @pytest.mark.parametrize(
        "body",
        [
            # First mention: the indefinite article introduces the motion itself.
            "Goed nieuws: gisteravond is een motie over gewortelde kinderen met 20 stemmen voor "
            "en 7 tegen aangenomen.",
            # Named before, then ours again by the campaign's words.
            "U vroeg naar de motie. Gisteren is een motie voor gewortelde kinderen, op basis "
            "van jullie tekst, unaniem aangenomen.",
        ],
    )
    def test_the_campaigns_motion_stays_adopted(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=TIEL)
        assert verdict.label is Label.MOTION_ADOPTED

    def test_another_motion_reads_the_article_and_what_came_before(self) -> None:
        text = "wel is er een motie van de vvd aangenomen."
        start = text.index("aangenomen")
        assert another_motion(text, start, named_before=True)
        assert not another_motion(text, start, named_before=False)
        same = "een nieuwe motie van die strekking is aangenomen."
        assert not another_motion(same, same.index("aangenomen"), named_before=True)
        definite = "wel is de motie van de vvd aangenomen."
        assert not another_motion(definite, definite.index("aangenomen"), named_before=True)

    def test_the_other_items_of_the_meeting_have_their_own_result(self) -> None:
        body = (
            "De stemming over de motie is uitgesteld tot de vergadering van 9 december. De "
            "andere raadsvoorstellen van die avond, zoals de kadernota, zijn wel aangenomen."
        )
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=RESULT_SUBJECT)
        assert verdict.label is Label.MOTION_SUBMITTED

    @pytest.mark.parametrize(
        "body",
        [
            # The meeting it was voted in, not the item voted on.
            "Bij de begroting hebben we de motie ingediend en gisteren is hij unaniem aangenomen.",
            # A turn starts a statement of its own.
            "De overige moties van die avond zijn verworpen, maar de onze is aangenomen.",
            "U noemt in uw brief Kampen en Culemborg, maar ook bij ons is de motie inmiddels "
            "aangenomen.",
        ],
    )
    def test_the_senders_own_result_beside_other_things(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=TIEL)
        assert verdict.label is Label.MOTION_ADOPTED

    def test_a_result_our_letter_told_them_is_no_news(self) -> None:
        body = (
            "In uw brief noemt u de motie die Culemborg vorig jaar heeft aangenomen. Bij ons "
            "is de motie gisteren verworpen, 8 voor en 15 tegen."
        )
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=TIEL)
        assert verdict.label is Label.MOTION_REJECTED


class TestAMajorityIsAResultOnlyWhenItCarriedTheVote:
    @pytest.mark.parametrize(
        "body",
        [
            "De coalitie van VVD, JA21 en de lokale partij heeft samen een ruime meerderheid, "
            "dus wij dienen de motie niet in.",
            "We overleggen met de ChristenUnie; met hen erbij is er misschien een meerderheid "
            "voor de motie, die we in januari willen indienen.",
            "Een meerderheid van onze fractie vindt de motie te landelijk. Wij zullen hem niet "
            "steunen.",
        ],
    )
    def test_a_majority_had_or_hoped_for_is_no_adoption(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=TIEL)
        assert verdict.label is not Label.MOTION_ADOPTED

    @pytest.mark.parametrize(
        "body",
        [
            "Onze motie is gisteravond met een brede meerderheid aangenomen.",
            "Een ruime meerderheid van de raad nam de motie donderdag aan.",
            "Met een ruime meerderheid is de motie gisteren erdoor gekomen.",
        ],
    )
    def test_a_majority_that_carried_the_vote_adopts(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=TIEL)
        assert verdict.label is Label.MOTION_ADOPTED


class TestAQuestionToldAsAStatement:
    @pytest.mark.parametrize(
        "text",
        [
            "onze fractie vraagt welke gemeenten in de regio de motie al hebben aangenomen.",
            "een raadslid wil graag weten of de motie in buurgemeenten is aangenomen.",
        ],
    )
    def test_an_indirect_question_reports_no_result(self, text: str) -> None:
        start = text.index("aangenomen")
        assert unsettled(text, start, start + len("aangenomen"))

    def test_a_statement_after_maar_reports_again(self) -> None:
        text = "de griffier vroeg of dat kon, maar de motie is gisteren gewoon aangenomen."
        start = text.index("aangenomen")
        assert not unsettled(text, start, start + len("aangenomen"))

    @pytest.mark.parametrize(
        "body",
        [
            "U vroeg hoe het is afgelopen: de motie is gisteren aangenomen.",
            "Jullie vroegen of we wilden laten weten wat er gebeurde, dus bij deze: de motie is "
            "aangenomen met 20 voor en 9 tegen.",
        ],
    )
    def test_an_answer_after_the_question_it_answers_reports(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=TIEL)
        assert verdict.label is Label.MOTION_ADOPTED

    def test_the_reply_asks_and_is_no_adoption(self) -> None:
        body = (
            "Een van onze raadsleden vraagt hoeveel gemeenten de motie inmiddels hebben "
            "aangenomen. Kunt u dat laten weten?"
        )
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=TIEL)
        assert verdict.label is not Label.MOTION_ADOPTED


class TestATieIsNoRejection:
    @pytest.mark.parametrize(
        "body",
        [
            "Het staakte gisteren: 14 voor en 14 tegen. Er is dus geen meerderheid, en over "
            "twee weken stemmen we opnieuw.",
            "De stemmen staakten over onze motie. Daarmee is hij voorlopig niet aangenomen; de "
            "stemming wordt in de volgende raad herhaald.",
        ],
    )
    def test_no_majority_beside_a_tie_is_the_tie(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=TIEL)
        assert verdict.label is Label.MOTION_SUBMITTED

    def test_a_bare_tie_with_no_majority_is_the_tie(self) -> None:
        body = (
            "Het werd 16 tegen 16, dus de motie is niet aangenomen. Volgende maand wordt er "
            "opnieuw gestemd."
        )
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=TIEL)
        assert verdict.label is Label.MOTION_SUBMITTED

    def test_no_majority_at_the_revote_is_a_rejection(self) -> None:
        body = "De stemmen staakten. Bij de herstemming kreeg de motie weer geen meerderheid."
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=TIEL)
        assert verdict.label is Label.MOTION_REJECTED

    def test_a_tied_count_with_the_vote_named_is_submitted(self) -> None:
        body = (
            "De stemming eindigde in 14 voor en 14 tegen; volgens het reglement van orde wordt "
            "er in januari opnieuw gestemd."
        )
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=TIEL)
        assert verdict.label is Label.MOTION_SUBMITTED

    def test_a_rejection_at_the_revote_stays(self) -> None:
        body = (
            "In oktober staakten de stemmen. Bij de herstemming van gisteren is de motie "
            "verworpen, 13 voor en 15 tegen."
        )
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=TIEL)
        assert verdict.label is Label.MOTION_REJECTED

    def test_tie_reported_reads_words_and_counts(self) -> None:
        assert tie_reported("het staakte, 10 voor en 10 tegen.")
        assert tie_reported("de stemmen staakten.")
        assert not tie_reported("de motie kreeg 10 voor en 12 tegen.")


class TestResultsInOtherWords:
    @pytest.mark.parametrize(
        "body",
        [
            "De motie is gisteravond met grote meerderheid van tafel geveegd.",
            "De motie ging donderdag onderuit, alleen drie fracties stemden voor.",
        ],
    )
    def test_idioms_of_a_motion_voted_down(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=TIEL)
        assert verdict.label is Label.MOTION_REJECTED

    def test_a_title_of_its_own_after_our_model_is_ours(self) -> None:
        body = (
            "De raad heeft donderdag de motie 'Kinderen horen hier' (naar uw voorbeeldmotie) "
            "unaniem aangenomen."
        )
        verdict = verdict_for(body, subject=RESULT_SUBJECT)
        assert verdict.label is Label.MOTION_ADOPTED

    def test_a_title_of_its_own_without_our_model_is_another(self) -> None:
        body = "De raad heeft donderdag de motie 'Groen in de wijk' unaniem aangenomen."
        verdict = verdict_for(body, subject=RESULT_SUBJECT)
        assert verdict.label is not Label.MOTION_ADOPTED or verdict.needs_review


class TestWordOrderAndListItems:
    @pytest.mark.parametrize(
        ("body", "label"),
        [
            # The verb before its subject after a fronted word: still the dissent only.
            (
                "Gisteravond is de motie aangenomen. Uiteindelijk stemden alleen de PVV en "
                "JA21 tegen.",
                Label.MOTION_ADOPTED,
            ),
            (
                "De motie is niet aangenomen. Uiteindelijk stemden alleen GroenLinks en de SP "
                "voor.",
                Label.MOTION_REJECTED,
            ),
        ],
    )
    def test_a_minority_with_the_verb_first(self, body: str, label: Label) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=TIEL)
        assert verdict.label is label

    def test_a_decision_list_names_motions_by_numbered_titles(self) -> None:
        body = (
            "Hierbij het uittreksel uit de besluitenlijst van 3 december.\n\n"
            '4.1 Motie M2026-12 "Bomen langs de Dijkweg" (CDA) - verworpen (8 voor, 19 '
            "tegen)\n"
            '4.2 Motie M2026-13 "Pleidooi voor gewortelde kinderen" (GroenLinks, D66) - '
            "aangenomen (18 voor, 9 tegen)\n"
        )
        verdict = verdict_for(body, subject=RESULT_SUBJECT)
        assert verdict.label is Label.MOTION_ADOPTED
        assert not verdict.needs_review

    def test_an_amendment_moved_on_the_titled_motion_is_the_amendments(self) -> None:
        body = (
            "Het amendement van het CDA op de motie 'Pleidooi voor gewortelde kinderen' is "
            "gisteren verworpen. Daarna is de motie zelf aangenomen, 19 voor en 12 tegen."
        )
        verdict = verdict_for(body, subject=RESULT_SUBJECT)
        assert verdict.label is Label.MOTION_ADOPTED
        assert not verdict.needs_review


class TestAnAmendmentPendingKeepsTheMotionOnTheTable:
    @pytest.mark.parametrize(
        "body",
        [
            "Onze motie is ingediend. Het CDA heeft een amendement aangekondigd; de stemming "
            "over motie en amendement is doorgeschoven naar januari.",
            "De motie ligt voor. D66 heeft aangekondigd een amendement in te dienen, daarom is "
            "de stemming over de motie en het amendement uitgesteld.",
        ],
    )
    def test_an_announced_amendment_is_no_motion_announced(self, body: str) -> None:
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=TIEL)
        assert verdict.label is Label.MOTION_SUBMITTED

    def test_an_announced_motion_is_still_planned(self) -> None:
        body = "De SP heeft aangekondigd een motie over gewortelde kinderen in te dienen."
        verdict = verdict_for(body + OUTLOOK_NL_QUOTE, subject=TIEL)
        assert verdict.label is Label.MOTION_PLANNED


@pytest.mark.parametrize(
    "result",
    [
        "is een motie aangenomen over de huisvesting van ontheemden uit Oekraïne",
        "is een motie verworpen over de parkeertarieven in het centrum",
    ],
)
def test_a_result_about_another_subject_is_not_decided_as_ours(result: str) -> None:
    verdict = verdict_for(
        "Dank voor uw bericht, dat wij in goede orde hebben ontvangen. Misschien ten overvloede: "
        f"in de raadsvergadering van 12 februari {result}." + "\n\nMet vriendelijke groet,\nGriffie"
    )
    assert verdict.label not in (Label.MOTION_ADOPTED, Label.MOTION_REJECTED) or (
        verdict.needs_review
    )
