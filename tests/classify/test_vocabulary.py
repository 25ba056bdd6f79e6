"""Sentence-level reading: word order, negation scope, subject, questions, weak guesses."""

from __future__ import annotations

import pytest

from outreach.classify.chain import classify
from outreach.classify.labels import Label
from outreach.classify.sentences import is_question, negated, split_sentences
from tests.classify.support import CONTEXT, OUTLOOK_NL_QUOTE, build, verdict_for


class TestSentences:
    def test_abbreviation_does_not_end_a_sentence(self) -> None:
        text = "Uw e-mail is als ingekomen stuk (nr. 2026-45) geagendeerd. Groet."
        assert split_sentences(text) == [
            "uw e-mail is als ingekomen stuk (nr 2026-45) geagendeerd.",
            "groet.",
        ]

    def test_a_closing_abbreviation_before_a_capital_ends_the_sentence(self) -> None:
        text = (
            "Uw brief staat op de lijst van ingekomen stukken voor 24 november a.s. De griffie "
            "neemt zelf geen standpunt in. Wij zien u a.s. maandag."
        )
        assert split_sentences(text) == [
            "uw brief staat op de lijst van ingekomen stukken voor 24 november a.s.",
            "de griffie neemt zelf geen standpunt in.",
            "wij zien u a.s maandag.",
        ]

    def test_negation_stays_in_its_clause(self) -> None:
        sentence = "de motie is niet verworpen maar aangenomen."
        assert negated(sentence, sentence.index("verworpen"), sentence.index("verworpen") + 9)
        start = sentence.index("aangenomen")
        assert negated(sentence, start, start + 10) is None

    @pytest.mark.parametrize(
        ("sentence", "question"),
        [
            ("in welke gemeenten is de motie al aangenomen?", True),
            ("kunnen jullie mij de motie in word sturen?", True),
            ("heeft u nog vragen?", False),
            (
                "voordat wij uw verzoek in behandeling nemen, zouden wij graag weten wie er "
                "achter uw organisatie staat.",
                True,
            ),
            ("goed nieuws?", False),
        ],
    )
    def test_question(self, sentence: str, question: bool) -> None:
        assert is_question(sentence) is question


class TestPlainReplies:
    @pytest.mark.parametrize(
        ("body", "label"),
        [
            ("Goed ontvangen, bedankt.", Label.ACKNOWLEDGED),
            ("Is binnen, dank je.", Label.ACKNOWLEDGED),
            ("Gedeeld met alle fractievoorzitters.", Label.FORWARDED),
            ("Uw bericht is doorgegeven aan de fracties.", Label.FORWARDED),
            ("Het verzoek wordt besproken in het presidium van 3 april.", Label.FORWARDED),
            ("Uw e-mail is als ingekomen stuk geagendeerd voor de raad.", Label.FORWARDED),
            ("De brief en de voorbeeldmotie zijn als ingekomen stuk geagendeerd.", Label.FORWARDED),
            ("De motie staat op de agenda van 12 juni.", Label.MOTION_SUBMITTED),
            ("Ingediend is hij nog niet; we dienen de motie in de raad van juni in.",
             Label.MOTION_PLANNED),
            ("De motie is nog niet aangenomen; hij wordt 12 juni besproken.",
             Label.MOTION_SUBMITTED),
            ("De motie is niet verworpen maar met ruime meerderheid aangenomen.",
             Label.MOTION_ADOPTED),
            ("De motie haalde het niet.", Label.MOTION_REJECTED),
            ("De motie kreeg onvoldoende steun.", Label.MOTION_REJECTED),
            ("Onze fractie steunt dit initiatief niet.", Label.DECLINED),
            ("We will not be forwarding this to the council.", Label.DECLINED),
            ("Graag van uw lijst halen.", Label.OPT_OUT),
            ("U kunt het beter opnieuw sturen aan de griffie: griffie@x.nl.", Label.REDIRECT),
        ],
    )  # fmt: skip
    def test_label(self, body: str, label: Label) -> None:
        assert verdict_for(body + OUTLOOK_NL_QUOTE).label is label


class TestQuestions:
    def test_question_about_adoptions_elsewhere_is_a_question(self) -> None:
        assert verdict_for("In welke gemeenten is de motie al aangenomen?").label is Label.QUESTION

    def test_question_about_forwarding_is_a_question(self) -> None:
        verdict = verdict_for("Is de brief ook naar de fractievoorzitters doorgestuurd?")
        assert verdict.label is Label.QUESTION

    def test_progress_wins_over_a_question_but_goes_to_review(self) -> None:
        verdict = verdict_for("De motie is ingediend. Mogen we jullie logo gebruiken?")
        assert verdict.label is Label.MOTION_SUBMITTED
        assert verdict.needs_review
        assert verdict.review_reason is not None
        assert "question" in verdict.review_reason


class TestWeakGuess:
    def test_unknown_reply_about_the_motion_is_other_for_a_person(self) -> None:
        verdict = verdict_for("Prima, de motie zien we later wel.")
        assert verdict.label is Label.OTHER
        assert verdict.needs_review
        assert any(reason.rule == "weak-guess" for reason in verdict.reasons)

    def test_a_reaction_without_campaign_words_is_other_for_review(self) -> None:
        verdict = verdict_for("Hmm. Interessant.")
        assert verdict.label is Label.OTHER
        assert verdict.needs_review

    def test_looking_at_it_is_a_receipt(self) -> None:
        verdict = verdict_for("Prima, ik kijk ernaar.")
        assert verdict.label is Label.ACKNOWLEDGED
        assert not verdict.needs_review

    def test_unrelated_notification_stays_other(self) -> None:
        message = build(
            "Je hebt een app-wachtwoord gemaakt. Heb jij dit niet gedaan?",
            subject="Er is een app-wachtwoord gemaakt",
            sender="Google <no-reply@accounts.google.com>",
        )
        assert classify(message, CONTEXT).label is Label.OTHER
