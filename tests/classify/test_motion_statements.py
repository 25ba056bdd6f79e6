"""What the sender says about the motion: ties, conditions, turns, other motions, pronouns,
drafts, and the evidence that makes a reading strong enough to decide alone."""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label
from outreach.classify.sentences import read_sentences
from outreach.classify.statements import _declined, _Statement
from tests.classify.support import GMAIL_NL_QUOTE, verdict_for


class TestTiedVotes:
    """A tie is no result: the vote is held again, the motion stays submitted."""

    @pytest.mark.parametrize(
        "text",
        [
            "Over onze motie is gisteren gestemd. Het werd 15 voor en 15 tegen, dus de "
            "stemming wordt in januari overgedaan.",
            "De motie kwam dinsdag in stemming. De stemmen staakten, volgende maand wordt "
            "opnieuw gestemd.",
            "Bij de stemming over de motie staakten de stemmen: elf raadsleden stemden voor en "
            "elf tegen.",
        ],
    )
    def test_tie_is_submitted_and_decided(self, text: str) -> None:
        verdict = verdict_for(text + GMAIL_NL_QUOTE)
        assert verdict.label == Label.MOTION_SUBMITTED
        assert not verdict.needs_review

    def test_tie_reported_in_a_subject_about_the_motion(self) -> None:
        verdict = verdict_for(
            "Bij de stemming van 4 maart staakten de stemmen (14 voor, 14 tegen).",
            subject="Uitslag motie gewortelde kinderen",
        )
        assert verdict.label == Label.MOTION_SUBMITTED

    def test_a_clear_count_still_decides(self) -> None:
        verdict = verdict_for("Over de motie is gestemd: 9 voor, 20 tegen." + GMAIL_NL_QUOTE)
        assert verdict.label == Label.MOTION_REJECTED


class TestWhatAConditionWouldBring:
    """ "..., dan is de motie verworpen" tells a rule, not what happened."""

    def test_rule_of_order_after_a_tie_is_no_rejection(self) -> None:
        verdict = verdict_for(
            "De motie is donderdag in stemming gebracht en de stemmen staakten: 12 voor en 12 "
            "tegen. Staken de stemmen bij de volgende vergadering weer, dan is de motie "
            "verworpen." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_SUBMITTED

    def test_a_plain_rejection_stays_one(self) -> None:
        verdict = verdict_for("De motie is helaas verworpen." + GMAIL_NL_QUOTE)
        assert verdict.label == Label.MOTION_REJECTED


class TestTheTurnDecides:
    """Dissent before "maar toch" belongs to a result that went the other way."""

    def test_parties_against_but_adopted(self) -> None:
        verdict = verdict_for(
            "De wethouder raadde de motie af en het CDA en de VVD stemden tegen, maar toch is "
            "de motie met 16 tegen 13 stemmen aangenomen." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_ADOPTED
        assert not verdict.needs_review

    def test_parties_for_but_rejected(self) -> None:
        verdict = verdict_for(
            "D66 en de SP stemden voor, maar de motie werd toch verworpen." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_REJECTED


class TestSomebodyElsesMotion:
    """A neighbour's similar motion, or another motion in a decision list, is not ours."""

    def test_similar_motion_after_its_verb_is_not_ours(self) -> None:
        verdict = verdict_for(
            "In Zoeterwoude haalde vorige maand een soortgelijke motie het niet, maar hier is "
            "onze motie gisteren aangenomen." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_ADOPTED
        assert verdict.review_reason is None or "both" not in verdict.review_reason

    def test_decision_list_with_other_items(self) -> None:
        verdict = verdict_for(
            "Uit de besluitenlijst van de raad:\n\n"
            "4. Jaarrekening 2025 - vastgesteld\n"
            "5. Motie 'Pleidooi voor gewortelde kinderen' (SP) - verworpen (7 voor, 14 tegen)\n"
            "6. Motie 'Bankjes in het park' (VVD) - aangenomen (unaniem)\n" + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_REJECTED
        assert verdict.details.get("votes_for") == 7

    def test_item_without_a_motion_is_not_ours(self) -> None:
        verdict = verdict_for(
            "Uit de besluitenlijst:\n\nVerordening parkeren - aangenomen (20 voor, 3 tegen)\n"
            + GMAIL_NL_QUOTE
        )
        assert verdict.label != Label.MOTION_ADOPTED


class TestPronounsAndDrafts:
    """In a reply to our letter, "hem indienen" and a "conceptmotie" are the motion."""

    @pytest.mark.parametrize(
        "text",
        [
            "Wij gaan hem indienen bij de voorjaarsnota.",
            "We dienen hem in op 14 januari.",
            "Onze fractie heeft een conceptmotie gemaakt. We willen hem in februari indienen.",
        ],
    )
    def test_plan(self, text: str) -> None:
        assert verdict_for(text + GMAIL_NL_QUOTE).label == Label.MOTION_PLANNED

    def test_split_infinitive_is_a_plan(self) -> None:
        verdict = verdict_for(
            "Uw brief is aan de fracties doorgestuurd. Twee fracties hebben laten weten in "
            "maart een motie in te willen dienen." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_PLANNED

    def test_emotion_is_no_motion(self) -> None:
        verdict = verdict_for("Met veel emotie gelezen, dank u wel." + GMAIL_NL_QUOTE)
        assert verdict.label not in (Label.MOTION_PLANNED, Label.MOTION_SUBMITTED)


class TestVoteAgainstWithTheVerbLast:
    def test_majority_against_in_a_subordinate_clause(self) -> None:
        verdict = verdict_for(
            "We hebben de motie ingediend. Jammer dat de meerderheid er dinsdag tegen stemde."
            + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_REJECTED

    def test_few_for_a_motion_is_rejected(self) -> None:
        verdict = verdict_for(
            "De raad heeft de motie gisteren weggestemd; alleen wij en twee leden van de "
            "lokale partij stemden voor." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_REJECTED
        assert "both" not in (verdict.review_reason or "")


class TestStrongReadingsDecide:
    """Two independent statements agree: the verdict needs no person."""

    @pytest.mark.parametrize(
        ("text", "label"),
        [
            ("Last Monday we submitted the motion with two other groups.", Label.MOTION_SUBMITTED),
            ("Aangenomen! Alleen de PVV stemde tegen.", Label.MOTION_ADOPTED),
            ("Vanmiddag ingediend. Stemming volgende week donderdag.", Label.MOTION_SUBMITTED),
            ("Onze motie M4.1 is gisteren aangenomen.", Label.MOTION_ADOPTED),
        ],
    )
    def test_decided(self, text: str, label: Label) -> None:
        verdict = verdict_for(text, subject="Re: motie gewortelde kinderen")
        assert verdict.label == label
        assert not verdict.needs_review

    def test_minority_in_an_amendment_vote_is_not_read(self) -> None:
        verdict = verdict_for(
            "Het amendement haalde het niet, alleen de SP stemde voor." + GMAIL_NL_QUOTE
        )
        assert verdict.label != Label.MOTION_REJECTED


class TestReportedViews:
    """A refusal the sender quotes or reports as another's view is not theirs."""

    @pytest.mark.parametrize(
        "text",
        [
            'de wethouder had de motie ontraden ("geen taak voor de gemeente") maar hij is '
            "toch aangenomen.",
            "een meerderheid vond het geen taak voor de gemeente.",
        ],
    )
    def test_not_declined(self, text: str) -> None:
        assert _declined(_Statement(text, True, False)) is None

    def test_own_refusal_stays(self) -> None:
        assert _declined(_Statement("wij zien hier geen taak voor de gemeente.", False, False))


class TestNumbersInSentences:
    def test_dot_inside_a_number_does_not_split(self) -> None:
        (sentence,) = read_sentences("Onze motie M7.2 is om 21.30 uur aangenomen.")
        assert "m7_2" in sentence.text
        assert "21_30" in sentence.text


class TestMoreWaysOfSayingIt:
    """Phrasings of a result or a step that a second reading must also see."""

    def test_council_agreed_with_the_motion(self) -> None:
        verdict = verdict_for("Vanavond stemde de raad in met onze motie." + GMAIL_NL_QUOTE)
        assert verdict.label == Label.MOTION_ADOPTED

    def test_count_after_the_result_is_the_motions(self) -> None:
        verdict = verdict_for(
            "Onze motie heeft het gehaald! 19 voor, 8 tegen.", subject="Re: motie Pleidooi"
        )
        assert verdict.label == Label.MOTION_ADOPTED
        assert not verdict.needs_review

    def test_amended_motion_that_failed_narrowly(self) -> None:
        verdict = verdict_for(
            "Het amendement van de SGP werd aangenomen, maar de geamendeerde motie haalde het "
            "daarna net niet: 13 stemmen voor, 14 tegen." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_REJECTED

    def test_a_count_of_the_amendment_alone_is_not_the_motions(self) -> None:
        verdict = verdict_for(
            "De motie is ingediend. Het amendement erop kreeg 4 voor, 23 tegen." + GMAIL_NL_QUOTE
        )
        assert verdict.label != Label.MOTION_REJECTED

    def test_motion_on_another_childrens_topic_is_not_ours(self) -> None:
        verdict = verdict_for(
            "Vorig jaar hebben wij een motie over kinderopvang ingediend." + GMAIL_NL_QUOTE
        )
        assert not (verdict.label == Label.MOTION_SUBMITTED and not verdict.needs_review)

    def test_motion_received_well_is_no_receipt(self) -> None:
        verdict = verdict_for(
            "De motie is in de commissie goed ontvangen en komt op 9 april in de raad."
            + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_SUBMITTED


class TestReasonsAndOwnSide:
    """Why a motion was withdrawn is no vote; "bij ons" after another place is the sender's."""

    def test_withdrawn_for_lack_of_a_majority_is_submitted(self) -> None:
        verdict = verdict_for(
            "Wij hebben de motie ingetrokken toen duidelijk werd dat er onvoldoende steun voor "
            "was." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_SUBMITTED
        assert verdict.details.get("outcome") == "withdrawn"

    def test_no_majority_on_its_own_is_a_rejection(self) -> None:
        verdict = verdict_for("Voor de motie was helaas geen meerderheid." + GMAIL_NL_QUOTE)
        assert verdict.label == Label.MOTION_REJECTED

    def test_own_side_after_a_neighbour_is_ours(self) -> None:
        verdict = verdict_for(
            "Anders dan in buurgemeente Putten is de motie hier wel aangenomen." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_ADOPTED

    def test_pronoun_with_a_past_participle(self) -> None:
        verdict = verdict_for(
            "We hebben hem gisteren ingediend, samen met de SP. Op 3 februari wordt erover "
            "gestemd." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_SUBMITTED


class TestFrisian:
    """A council member in Fryslan may write Frisian: the motion's words in that language."""

    @pytest.mark.parametrize(
        ("text", "label"),
        [
            ("De moasje is tiisdei oannommen.", Label.MOTION_ADOPTED),
            ("Wy hawwe de moasje tiisdei yntsjinne.", Label.MOTION_SUBMITTED),
            ("Wy sille de moasje yn jannewaris yntsjinje.", Label.MOTION_PLANNED),
            ("De moasje is spitigernôch ferwurpen.", Label.MOTION_REJECTED),
        ],
    )
    def test_frisian(self, text: str, label: Label) -> None:
        assert verdict_for(text + GMAIL_NL_QUOTE).label == label


class TestBareTies:
    def test_tie_written_as_two_numbers(self) -> None:
        verdict = verdict_for(
            "Over onze motie is dinsdag gestemd. Het werd 16-16, dus de stemming wordt "
            "herhaald." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_SUBMITTED

    def test_hours_are_no_tie(self) -> None:
        verdict = verdict_for(
            "De motie is aangenomen. De vergadering duurde van 19-23 uur." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_ADOPTED


class TestAmendmentAndMotionTogether:
    """The motion named after an amendment's result shares it ("en daarna ook de motie")."""

    @pytest.mark.parametrize(
        ("text", "label"),
        [
            (
                "Het amendement van de VVD werd aangenomen en daarna ook de geamendeerde motie.",
                Label.MOTION_ADOPTED,
            ),
            ("Het amendement is weggestemd, en de motie ook.", Label.MOTION_REJECTED),
        ],
    )
    def test_shared_result(self, text: str, label: Label) -> None:
        assert verdict_for(text + GMAIL_NL_QUOTE).label == label

    def test_amendment_alone_stays_the_amendments(self) -> None:
        verdict = verdict_for(
            "Het amendement is aangenomen; over de motie wordt pas in januari gestemd."
            + GMAIL_NL_QUOTE
        )
        assert verdict.label != Label.MOTION_ADOPTED


class TestEnglishContractions:
    def test_well_table_it(self) -> None:
        verdict = verdict_for("We'll table it at the next council meeting." + GMAIL_NL_QUOTE)
        assert verdict.label == Label.MOTION_PLANNED


class TestWorkingFromTheModel:
    """Using or adapting the model motion, with an intention, is a plan; refusing to is none."""

    def test_adapting_the_model_is_a_plan(self) -> None:
        verdict = verdict_for(
            "Onze fractie gaat de voorbeeldmotie gebruiken voor een eigen motie in het voorjaar."
            + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_PLANNED
        assert not verdict.needs_review

    def test_not_using_it_is_no_plan(self) -> None:
        verdict = verdict_for("We gaan de voorbeeldmotie niet gebruiken." + GMAIL_NL_QUOTE)
        assert verdict.label != Label.MOTION_PLANNED


class TestNotThisMotion:
    """How motions go in general, and a pronoun for another motion, report nothing of ours."""

    def test_how_motions_are_submitted_is_no_submission(self) -> None:
        verdict = verdict_for(
            "Moties worden bij ons pas ingediend na bespreking in het presidium, en dat is "
            "nog niet gebeurd." + GMAIL_NL_QUOTE
        )
        assert not (verdict.label == Label.MOTION_SUBMITTED and not verdict.needs_review)

    def test_pronoun_for_another_topic(self) -> None:
        verdict = verdict_for(
            "Vorig jaar diende de PvdA een motie in over de bibliotheek; die werd verworpen."
            + GMAIL_NL_QUOTE
        )
        assert verdict.label != Label.MOTION_REJECTED

    def test_time_after_over_is_no_topic(self) -> None:
        verdict = verdict_for(
            "De motie is ingediend en over twee weken is de stemming; dan is hij hopelijk "
            "aangenomen." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_SUBMITTED


class TestNegationOfTheVerb:
    """A phrase is negated in the clause of its verb, not in an earlier clause it spans."""

    def test_not_rejected_but_adopted(self) -> None:
        verdict = verdict_for(
            "De motie is vanavond niet verworpen, zoals gevreesd, maar met 15 tegen 12 "
            "stemmen aangenomen." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_ADOPTED
        assert not verdict.needs_review

    def test_not_adopted_stays_negated(self) -> None:
        verdict = verdict_for("De motie is gisteren niet aangenomen." + GMAIL_NL_QUOTE)
        assert verdict.label == Label.MOTION_REJECTED


class TestPlaceBeforeItsVerb:
    def test_neighbour_result_with_the_verb_right_after_the_place(self) -> None:
        verdict = verdict_for(
            "Onze motie is gisteravond aangenomen! In Heumen haalde hij het vorige maand "
            "helaas niet." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_ADOPTED
        assert "both" not in (verdict.review_reason or "")


class TestTakenUpOrOnlyWeighed:
    """Taking the motion to the group is a plan; taking it into one's deliberations is none."""

    def test_only_weighed_is_no_plan(self) -> None:
        verdict = verdict_for("We nemen de motie mee in onze overwegingen." + GMAIL_NL_QUOTE)
        assert verdict.label != Label.MOTION_PLANNED

    @pytest.mark.parametrize(
        "text",
        ["Wij zijn bezig met een motie.", "We zijn bezig de voorbeeldmotie aan te passen."],
    )
    def test_busy_with_a_motion_is_a_plan(self, text: str) -> None:
        assert verdict_for(text + GMAIL_NL_QUOTE).label == Label.MOTION_PLANNED

    def test_busy_with_other_things_is_no_plan(self) -> None:
        verdict = verdict_for(
            "Onze fractie dient geen motie in. Wij houden ons bezig met wat er in de gemeente "
            "speelt." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.DECLINED
