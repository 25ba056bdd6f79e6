from __future__ import annotations

import pytest

from outreach.classify.labels import Label
from tests.classify.support import GMAIL_NL_QUOTE, LETTER, OUTLOOK_NL_QUOTE, verdict_for


class TestLabels:
    """Each label's typical Dutch and English phrasing."""

    @pytest.mark.parametrize(
        ("body", "label"),
        [
            ("Dank, ontvangen.", Label.ACKNOWLEDGED),
            ("Uw e-mail is in goede orde ontvangen.", Label.ACKNOWLEDGED),
            ("We have received your message, thank you.", Label.ACKNOWLEDGED),
            ("Uw mail is doorgestuurd aan de fractievoorzitters.", Label.FORWARDED),
            ("Ik heb het doorgezet naar de griffie.", Label.FORWARDED),
            ("De brief is geplaatst op de lijst van ingekomen stukken.", Label.FORWARDED),
            ("Uw brief wordt ter kennisname aan de raad gebracht.", Label.FORWARDED),
            ("Wij zijn van plan een motie in te dienen.", Label.MOTION_PLANNED),
            ("Onze fractie gaat een motie indienen.", Label.MOTION_PLANNED),
            ("Wij bereiden een motie voor.", Label.MOTION_PLANNED),
            ("Wij nemen het mee in de fractie.", Label.MOTION_PLANNED),
            ("De motie is gisteren ingediend.", Label.MOTION_SUBMITTED),
            ("Het staat op de agenda van de raadsvergadering van 12 juni.", Label.MOTION_SUBMITTED),
            ("Het voorstel wordt besproken in de raad van 12 juni.", Label.MOTION_SUBMITTED),
            ("De motie is unaniem aangenomen!", Label.MOTION_ADOPTED),
            ("The motion was adopted yesterday.", Label.MOTION_ADOPTED),
            ("Helaas is de motie verworpen.", Label.MOTION_REJECTED),
            ("Er was helaas geen meerderheid.", Label.MOTION_REJECTED),
            ("Wij sturen dit niet door.", Label.DECLINED),
            ("De raad gaat hier niet over.", Label.DECLINED),
            ("Wij zien geen aanleiding om hierop te reageren.", Label.DECLINED),
            ("Verwijder ons uit uw lijst.", Label.OPT_OUT),
            ("Please unsubscribe us.", Label.OPT_OUT),
            ("Kunt u mij de motie in Word sturen?", Label.QUESTION),
            ("Wanneer is de deadline?", Label.QUESTION),
            ("Graag ontvang ik meer informatie.", Label.QUESTION),
        ],
    )
    def test_phrase(self, body: str, label: Label) -> None:
        assert verdict_for(body).label is label

    def test_vote_counts_kept(self) -> None:
        verdict = verdict_for("De motie is met 20 stemmen voor en 5 tegen aangenomen.")
        assert verdict.label is Label.MOTION_ADOPTED
        assert (verdict.details["votes_for"], verdict.details["votes_against"]) == (20, 5)

    def test_a_clear_question_is_a_verdict_not_a_doubt(self) -> None:
        # It needs an answer, not a check: analysis puts it on the "to answer" list.
        verdict = verdict_for("Wat bedoelt u precies met gewortelde kinderen?")
        assert verdict.label is Label.QUESTION
        assert verdict.asks_question
        assert not verdict.needs_review

    def test_a_question_beside_another_label_goes_to_review(self) -> None:
        verdict = verdict_for(
            "Wij dienen de motie in op 9 november. Kunt u ons de contacten in Heusden geven?"
        )
        assert verdict.label is not Label.QUESTION
        assert verdict.needs_review
        assert "asks a question" in (verdict.review_reason or "")

    def test_invitation_to_ask_is_not_a_question(self) -> None:
        verdict = verdict_for("Uw mail is doorgestuurd naar de raadsleden. Heeft u nog vragen?")
        assert verdict.label is Label.FORWARDED
        assert not verdict.needs_review


class TestNegation:
    """A negated phrase does not count for the positive label."""

    def test_not_adopted_is_rejected(self) -> None:
        assert verdict_for("De motie is niet aangenomen.").label is Label.MOTION_REJECTED

    def test_not_yet_submitted_but_planned(self) -> None:
        verdict = verdict_for(
            "De motie is nog niet ingediend, maar we zijn wel van plan dat te doen"
        )
        assert verdict.label is Label.MOTION_PLANNED

    def test_no_motion_planned_is_declined(self) -> None:
        verdict = verdict_for("Wij zijn niet van plan een motie in te dienen.")
        assert verdict.label is Label.DECLINED

    def test_not_forwarded_is_declined(self) -> None:
        verdict = verdict_for("Wij hebben uw mail niet doorgestuurd.")
        assert verdict.label is Label.DECLINED


class TestPrecedence:
    """When several labels are supported, the most advanced one wins."""

    @pytest.mark.parametrize(
        ("body", "label"),
        [
            ("Dank, ontvangen. Ik heb het doorgestuurd aan de fracties.", Label.FORWARDED),
            (
                "Doorgestuurd aan de fracties; de PvdA gaat een motie indienen.",
                Label.MOTION_PLANNED,
            ),
            ("De motie is ingediend en vorige week aangenomen.", Label.MOTION_ADOPTED),
            ("Dank voor uw bericht. Verwijder ons uit uw lijst.", Label.OPT_OUT),
            ("Dank, ontvangen. Wat verwacht u van ons?", Label.QUESTION),
        ],
    )
    def test_strongest_wins(self, body: str, label: Label) -> None:
        assert verdict_for(body).label is label

    def test_conflict_goes_to_review(self) -> None:
        verdict = verdict_for("Wij sturen dit niet door, maar de motie is ingediend.")
        assert verdict.needs_review
        assert verdict.confidence < 0.6


class TestOnlyOwnWordsCount:
    """The quoted letter says 'moties aangenomen' and 'motie in te dienen': it must not count."""

    @pytest.mark.parametrize("history", [GMAIL_NL_QUOTE, OUTLOOK_NL_QUOTE, "\n\n" + LETTER])
    def test_thanks_above_quoted_letter_is_acknowledged(self, history: str) -> None:
        verdict = verdict_for("Dank, ontvangen." + history)
        assert verdict.label is Label.ACKNOWLEDGED
        assert not verdict.needs_review

    def test_html_reply_above_quoted_letter(self) -> None:
        html = (
            "<div>Dank, ontvangen.</div><div class='gmail_quote'><blockquote>"
            + LETTER.replace("\n", "<br>")
            + "</blockquote></div>"
        )
        assert verdict_for("", html=html).label is Label.ACKNOWLEDGED

    def test_signature_does_not_count(self) -> None:
        verdict = verdict_for(
            "Doorgestuurd naar de raadsleden.\n\nMet vriendelijke groet,\n"
            "Jan, voorzitter commissie motie aangenomen"
        )
        assert verdict.label is Label.FORWARDED

    def test_unreadable_reply_is_other_for_review(self) -> None:
        # A reply without a word of the campaign says nothing to act on; a person looks (the
        # quoted letter's "moties aangenomen" must not count).
        verdict = verdict_for("Zie bijlage." + OUTLOOK_NL_QUOTE)
        assert verdict.label is Label.OTHER
        assert verdict.confidence < 0.6
        assert verdict.needs_review
        assert verdict.reasons[0].rule == "unread-reply"
