"""Motion statements other writers put differently: an answer forwarded under a covering
note, a motion that does not exist yet, a motion carried without a vote, a letter taken to a
meeting."""

from __future__ import annotations

import pytest

from outreach.classify.labels import MOTIONS, Label
from tests.classify.support import GMAIL_NL_QUOTE, OUTLOOK_NL_QUOTE, verdict_for

_FRACTION_ANSWER = (
    "\n\nVan: Fractie GroenLinks <gl@raad.voorbeeld.nl>\n"
    "Verzonden: dinsdag 3 november 2026 16:20\n"
    "Aan: Griffie <griffie@voorbeeld.nl>\n"
    "Onderwerp: RE: Pleidooi voor gewortelde kinderen\n\n"
    "Beste griffie,\n\n"
    "Laat KinderpardonNU maar weten dat wij hiermee aan de slag gaan. Wij komen na de zomer "
    "met een motie.\n\n"
    "Groet,\nAnne de Vries\nGroenLinks\n" + OUTLOOK_NL_QUOTE
)


class TestAnswerForwardedBelowANote:
    """A griffie that forwards a fraction's answer under a sentence of its own passes on that
    answer: the answer is the news, even when the note also says where our letter went."""

    def test_the_fractions_plan_is_read(self) -> None:
        verdict = verdict_for(
            "Geachte heer/mevrouw,\n\nHieronder vindt u het antwoord van de GroenLinks-fractie "
            "op uw brief, die wij op uw verzoek aan alle fractievoorzitters hebben "
            "doorgestuurd.\n\nMet vriendelijke groet,\nGriffie" + _FRACTION_ANSWER,
            subject="FW: Pleidooi voor gewortelde kinderen",
        )
        assert verdict.label == Label.MOTION_PLANNED

    def test_a_long_note_without_an_answer_below_stays_the_forward(self) -> None:
        verdict = verdict_for(
            "Geachte heer/mevrouw,\n\nUw brief is op uw verzoek aan alle fractievoorzitters "
            "doorgestuurd; zij beslissen zelf of zij er iets mee doen.\n\nMet vriendelijke "
            "groet,\nGriffie" + _FRACTION_ANSWER,
            subject="FW: Pleidooi voor gewortelde kinderen",
        )
        assert verdict.label == Label.FORWARDED


class TestNoMotionYet:
    """ "Er is nog geen motie ingediend" says how things stand, not that anybody plans one."""

    def test_forward_with_no_motion_yet_is_the_forward(self) -> None:
        verdict = verdict_for(
            "Bedankt voor uw herinnering. Uw eerste mail hebben wij destijds doorgestuurd naar "
            "de griffie. Voor zover ik weet is er nog geen motie ingediend." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.FORWARDED
        assert not verdict.needs_review

    def test_no_motion_yet_with_an_intention_is_a_plan(self) -> None:
        verdict = verdict_for(
            "Er is nog geen motie ingediend, maar wij willen dat in december doen." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_PLANNED

    def test_no_motion_yet_that_will_come_is_a_plan(self) -> None:
        verdict = verdict_for(
            "Wij hebben nog geen motie ingediend, maar dat komt nog." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_PLANNED

    def test_our_motion_not_yet_submitted_is_still_a_plan(self) -> None:
        verdict = verdict_for(
            "Onze motie is nog niet ingediend; dat gebeurt in de raad van maart." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_PLANNED


class TestCarriedWithoutAVote:
    """A hamerstuk is adopted without a vote; it is never a plan, whatever follows it."""

    def test_hamerstuk_is_adopted(self) -> None:
        verdict = verdict_for(
            "De motie over gewortelde kinderen is gisteren als hamerstuk afgedaan. Het college "
            "gaat nu de brief aan het kabinet opstellen." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_ADOPTED

    def test_afgehamerd_is_adopted(self) -> None:
        verdict = verdict_for(
            "Goed nieuws: onze motie is dinsdagavond afgehamerd." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_ADOPTED


class TestTakenToAMeeting:
    """Taking the letter to a party meeting is talking about it, not preparing a motion."""

    def test_taken_to_the_party_meeting_is_a_receipt(self) -> None:
        verdict = verdict_for(
            "Dank voor uw mail en de voorbeeldmotie. Ik neem het mee naar ons fractieoverleg "
            "van volgende week." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.ACKNOWLEDGED

    def test_taking_the_motion_along_to_submit_it_stays_a_plan(self) -> None:
        verdict = verdict_for(
            "Wij nemen de voorbeeldmotie mee en dienen hem in de raad van maart in."
            + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_PLANNED


class TestShortPronoun:
    """ "We gaan 'm indienen": the short pronoun on a phone is the motion too."""

    def test_short_pronoun_plan(self) -> None:
        verdict = verdict_for(
            "Hoi! Wij gaan 'm indienen in de raad van 25 februari, samen met de SP."
            + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_PLANNED

    def test_short_pronoun_done(self) -> None:
        verdict = verdict_for(
            "We hebben 'm gisteren ingediend, de stemming volgt." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_SUBMITTED


class TestHowMotionsGo:
    """ "Moties worden alleen door raadsleden ingediend" explains the rules; it reports nothing."""

    def test_rule_of_procedure_beside_a_forward_is_no_submission(self) -> None:
        verdict = verdict_for(
            "Uw e-mail hebben wij aan de fractievoorzitters gestuurd. Moties worden alleen "
            "door raadsleden ingediend." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.FORWARDED


class TestAmendmentAsTheWay:
    """ "De motie is na een amendement aangenomen": the motion, not the amendment, carried."""

    def test_motion_carried_after_an_amendment(self) -> None:
        verdict = verdict_for(
            "Gisteravond is de motie na een amendement van het CDA unaniem aangenomen."
            + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_ADOPTED

    def test_the_amendment_itself_carried_is_no_adoption(self) -> None:
        verdict = verdict_for(
            "Het amendement van het CDA is aangenomen; over de motie wordt volgende week "
            "gestemd." + GMAIL_NL_QUOTE
        )
        assert verdict.label != Label.MOTION_ADOPTED


class TestVoteBreakdown:
    """Who voted for and who against is the vote's breakdown: the count says the result."""

    def test_breakdown_after_a_count_decides_adopted(self) -> None:
        verdict = verdict_for(
            "Goed nieuws: gisteravond is de motie aangenomen met 19 stemmen voor en 8 tegen. "
            "Voor stemden GroenLinks-PvdA, D66 en CDA; VVD en PVV stemden tegen." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_ADOPTED
        assert not verdict.needs_review

    def test_everybody_against_the_motion_is_a_rejection(self) -> None:
        verdict = verdict_for(
            "Helaas: alle andere partijen stemden tegen de motie voor gewortelde kinderen."
            + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_REJECTED


class TestWantingToKnowFirst:
    """ "Ik wil eerst beter weten ..." is a wish to learn, not an intention to act."""

    def test_wanting_to_know_is_no_plan(self) -> None:
        verdict = verdict_for(
            "Over een motie hebben we het in de fractie nog niet gehad; ik wil eerst beter "
            "weten waar we het over hebben. Weet u hoeveel gewortelde kinderen hier wonen?"
            + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.QUESTION


class TestAnswersBetweenQuotes:
    """A sender who answers our letter point by point writes between its quoted passages;
    every answer counts, not only the one under the last quoted line."""

    _INLINE = (
        "Op 13-10-2026 om 10:06 schreef KinderpardonNU:\n"
        "> Mogen wij u vriendelijk vragen om onderstaande mail door te sturen?\n"
        "\n"
        "Uw mail is bij ons aangekomen, dank.\n"
        "\n"
        "> 1. Dien een motie in dat het kabinet oproept om asielkinderen te beschermen\n"
        "\n"
        "Dat zijn we van plan. We passen de voorbeeldmotie aan en dienen hem in januari in.\n"
        "\n"
        "> 3. Informeer ons over uw actie(s)\n"
        "\n"
        "Zal ik doen.\n"
        "\n"
        "Gerrit Bosch\n"
    )

    def test_inline_answers_are_read(self) -> None:
        from outreach.classify.quotes import split_reply

        split = split_reply(self._INLINE)
        assert "van plan" in split.own
        assert "aangekomen" in split.own
        assert "Dien een motie in" not in split.own

    def test_inline_plan_is_planned(self) -> None:
        verdict = verdict_for(self._INLINE)
        assert verdict.label == Label.MOTION_PLANNED

    def test_a_wrapped_quote_line_is_no_answer(self) -> None:
        from outreach.classify.quotes import split_reply

        split = split_reply(
            "Op 13-10-2026 om 10:06 schreef KinderpardonNU:\n"
            "> Wij vragen u om een dergelijke motie ook in uw gemeente\n"
            "in te dienen, zo laten we zien dat er draagvlak is.\n"
            "> Met vriendelijke groet,\n"
            "\n"
            "Ontvangen, dank u.\n"
        )
        assert "draagvlak" not in split.own
        assert "Ontvangen" in split.own


class TestAgendaOfAMotionStillToWrite:
    """ "Wij gaan dit oppakken, de motie komt in de raad van januari": the motion is still to
    be written, so the council date is the plan's, not a motion on the agenda."""

    def test_plan_then_council_date_is_planned(self) -> None:
        verdict = verdict_for(
            "Goed initiatief. Wij gaan dit samen oppakken, de motie komt in de raad van "
            "januari." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_PLANNED

    def test_a_motion_on_its_way_to_the_vote_stays_submitted(self) -> None:
        verdict = verdict_for("De motie komt op 12 maart in de raad." + GMAIL_NL_QUOTE)
        assert verdict.label == Label.MOTION_SUBMITTED


class TestBusyWithAVersion:
    """ "We zijn bezig met een eigen versie van de motie" prepares the motion."""

    def test_own_version_in_the_works_is_planned_and_decided(self) -> None:
        verdict = verdict_for(
            "Namens onze fractie: we zijn bezig met een eigen versie van de motie, op basis "
            "van jullie voorbeeld." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.MOTION_PLANNED
        assert not verdict.needs_review


class TestReflectionWithAQuestion:
    """A long reflection that asks one thing is a question: a topic that "ligt gevoelig in de
    raad" passed nothing on, and wanting to know more is no plan."""

    def test_reflection_with_a_question_is_a_question(self) -> None:
        verdict = verdict_for(
            "Uw mail heeft bij mij veel losgemaakt. Tegelijk merk ik dat het onderwerp in de "
            "raad gevoelig ligt. Over een motie hebben we het nog niet gehad; ik wil eerst "
            "beter weten waar we het over hebben. Weet u hoeveel gewortelde kinderen er bij "
            "ons wonen?" + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.QUESTION

    def test_the_letter_lying_with_the_council_is_still_a_forward(self) -> None:
        verdict = verdict_for("Uw brief ligt inmiddels bij alle raadsleden." + GMAIL_NL_QUOTE)
        assert verdict.label == Label.FORWARDED


class TestTheSenderIsNotSure:
    """A motion step the sender hedges ("voor zover ik weet", "wellicht dienen we ... in",
    "mits ...") goes to a person; a courteous "misschien leuk om te horen" does not."""

    @pytest.mark.parametrize(
        "text",
        [
            "Voor zover ik weet is de motie aangenomen.",
            "De motie is volgens mij aangenomen, maar dat weet ik niet zeker.",
            "Wellicht dienen we later een motie in, maar dat hangt af van de andere fracties.",
            "We dienen de motie in maart in, mits de coalitie meedoet.",
            "De motie wordt waarschijnlijk in maart ingediend.",
            "Ik hoorde van een collega dat de motie gisteren is aangenomen.",
            "Naar ik begrijp is de motie vorige week ingediend.",
        ],
    )
    def test_hedged_step_is_reviewed(self, text: str) -> None:
        verdict = verdict_for(text + GMAIL_NL_QUOTE)
        assert verdict.label in MOTIONS
        assert verdict.needs_review
        reason = verdict.review_reason or ""
        assert "not sure" in reason or "hedged" in reason

    @pytest.mark.parametrize(
        "text",
        [
            "Misschien leuk om te horen: onze motie is vanavond aangenomen.",
            "Wellicht goed om te weten: de motie is gisteren door GroenLinks ingediend.",
            "Wij gaan de motie in november indienen, waarschijnlijk samen met de ChristenUnie.",
        ],
    )
    def test_courtesy_or_a_detail_is_no_doubt(self, text: str) -> None:
        verdict = verdict_for(text + GMAIL_NL_QUOTE)
        assert "not sure" not in (verdict.review_reason or "")


class TestUpToTheFractions:
    """ "De fracties gaan er zelf over of zij een motie indienen" is their option, no plan."""

    def test_their_own_call_after_a_forward_is_the_forward(self) -> None:
        verdict = verdict_for(
            "Wij hebben uw mail doorgestuurd. De fracties gaan er zelf over of zij een motie "
            "indienen." + GMAIL_NL_QUOTE
        )
        assert verdict.label == Label.FORWARDED
