"""A motion still to come, in the words council members write it in.

Future and intention read as future: a submission still ahead makes the agenda its date, a
condition after the verb keeps its own time words, "nog niks ingediend" is not yet done,
"inbrengen" submits, expecting one's own step is a plan. Words that only look like a result
or a plan ("met de griffie afgestemd", "is overwogen dat") are none, and a reply written
under a quote without `>` marks is read.
"""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label
from outreach.classify.quotes import split_reply
from tests.classify.support import GMAIL_NL_QUOTE, LETTER, OUTLOOK_NL_QUOTE, verdict_for

PARTY = "Fenna de Wit <fenna.dewit@hotmail.com>"


def _label(body: str, quote: str = GMAIL_NL_QUOTE) -> Label:
    return verdict_for(body + quote, sender=PARTY).label


class TestSubmissionStillAhead:
    """The agenda of the meeting where the motion will be submitted is the plan's date."""

    @pytest.mark.parametrize(
        "body",
        [
            "De motie staat op de agenda van de raad van 9 maart als motie vreemd. Wordt dan "
            "ingediend door SP en GroenLinks.",
            "Onze motie komt op de agenda van 2 april. We zullen hem daar samen met D66 indienen.",
            "Hij staat voor de raad van 14 mei op de agenda; dan wordt hij ingediend door ons "
            "en de PvdA.",
        ],
    )
    def test_agenda_with_a_submission_ahead_is_planned(self, body: str) -> None:
        assert _label(body) is Label.MOTION_PLANNED

    @pytest.mark.parametrize(
        "body",
        [
            "We gaan de motie op 4 maart op de agenda zetten.",
            "Ik ga proberen de motie op de agenda van april te krijgen.",
            "De motie zal op de agenda van de raad van 14 december staan.",
            "Het plan is de motie in de raad van maart te agenderen.",
            "Als alles goed gaat staat de motie op 10 februari op de agenda.",
            "De motie komt op de agenda zodra de andere fracties hebben getekend.",
            "De motie wordt in de raad van december besproken; wij dienen hem dan in.",
        ],
    )
    def test_an_agenda_still_to_come_is_planned(self, body: str) -> None:
        assert _label(body) is Label.MOTION_PLANNED

    @pytest.mark.parametrize(
        "body",
        [
            # The agenda alone: the motion is on the table.
            "Goed nieuws: de motie staat op de agenda van de raad van 9 maart, als agendapunt 7.",
            # Submitted and on the agenda: both done.
            "De motie is gisteren ingediend en staat op de agenda van 9 maart.",
            # An intention that governs a clause of its own, and a condition on the reader.
            "Wij willen u laten weten dat de motie op de agenda staat van 5 maart.",
            "De motie staat op de agenda van 5 maart, als u wilt kunt u komen kijken.",
            "Wij hebben de motie laten agenderen voor de raad van 14 december.",
        ],
    )
    def test_agenda_without_one_stays_submitted(self, body: str) -> None:
        assert _label(body) is Label.MOTION_SUBMITTED


class TestConditionKeepsItsTimeWords:
    """A time word inside a condition after the verb is the condition's, not the verb's."""

    @pytest.mark.parametrize(
        "body",
        [
            "Onze fractie dient de motie in bij de raad van 3 maart, tenzij het college eerder "
            "met een eigen voorstel komt.",
            "We dienen hem in de vergadering van april in, als de andere fracties niet eerder "
            "iets vergelijkbaars doen.",
        ],
    )
    def test_submitting_ahead_with_a_condition_is_planned(self, body: str) -> None:
        assert _label(body) is Label.MOTION_PLANNED

    def test_a_time_word_of_the_verb_still_counts(self) -> None:
        assert _label("Vanavond dienen we de motie in, samen met D66.") is Label.MOTION_SUBMITTED


class TestNothingSubmittedYet:
    """ "Niks" is the spoken "niets": "nog niks ingediend" is not yet, and with an
    intention beside it a plan."""

    @pytest.mark.parametrize(
        "body",
        [
            "Nog niks ingediend hoor, maar we nemen het mee. Na de kerst komen we ermee.",
            "Er is nog niks ingediend, maar we willen de motie in februari indienen.",
        ],
    )
    def test_not_yet_with_an_intention_is_planned(self, body: str) -> None:
        assert _label(body) is Label.MOTION_PLANNED

    def test_not_yet_alone_is_no_submission(self) -> None:
        assert _label("Bij ons is er nog niks ingediend.") is not Label.MOTION_SUBMITTED


class TestSubmittingInOtherWords:
    """ "Inbrengen" and an expectation of one's own step are a plan."""

    @pytest.mark.parametrize(
        "body",
        [
            "Onze fractie heeft besloten de motie, wat korter, in de raad van april in te brengen.",
            "Wij willen de motie na het zomerreces inbrengen.",
            "Ik verwacht dat we de motie in maart kunnen indienen, als de commissie er eerst "
            "over gesproken heeft.",
            "We werken aan een eigen versie van de motie. Ik verwacht dat wij hem voor de "
            "zomer indienen.",
        ],
    )
    def test_a_plan_in_other_words(self, body: str) -> None:
        assert _label(body) is Label.MOTION_PLANNED

    def test_bringing_the_mail_into_a_meeting_is_no_plan(self) -> None:
        body = "Dank u wel, ik breng uw mail in bij ons fractieoverleg van dinsdag."
        assert _label(body) is not Label.MOTION_PLANNED


class TestPresentTenseOfAStep:
    """A present tense of a step (submitting, laying before, bringing into the council),
    also verb-last, is ahead with a time word ahead, a condition or no time word at all; a
    past tense or a time word of today is done."""

    @pytest.mark.parametrize(
        "body",
        [
            "We leggen de motie in maart aan de raad voor.",
            "Volgende maand ligt onze motie voor in de raad.",
            "We brengen de motie in december in de raad.",
            "We hebben afgesproken dat de SP de motie in juni indient.",
            "De motie wordt ingediend door de PvdA en de ChristenUnie.",
            "Zij dienen de motie in als de coalitie meedoet.",
            "Mijn fractie wil de motie, iets ingekort, in het voorjaar voorleggen aan de raad.",
            "Wij hopen de motie na de zomer te kunnen indienen.",
            "Onze fractie neemt het initiatief voor een motie in januari.",
            "We zijn op zoek naar steun voor een motie bij de andere fracties.",
        ],
    )
    def test_a_step_ahead_is_planned(self, body: str) -> None:
        assert _label(body) is Label.MOTION_PLANNED

    @pytest.mark.parametrize(
        "body",
        [
            "We brachten de motie vorige week in de raad.",
            "De motie is gisteren aan de raad voorgelegd.",
            "Zij dienen de motie vanavond in, als agendapunt 5.",
            "De motie wordt vanavond ingediend door GroenLinks.",
        ],
    )
    def test_a_step_done_stays_submitted(self, body: str) -> None:
        assert _label(body) is Label.MOTION_SUBMITTED

    @pytest.mark.parametrize(
        "body",
        [
            "Uw brief met de voorbeeldmotie is voorgelegd aan de raad.",
            "De griffie legt uw verzoek en de motie aan de raad voor.",
            "Uw mail met de motie ligt voor in de raad als ingekomen stuk.",
        ],
    )
    def test_our_letter_laid_before_the_council_is_forwarded(self, body: str) -> None:
        assert _label(body) is Label.FORWARDED

    def test_laying_the_mail_before_the_griffier_is_no_plan(self) -> None:
        assert _label("Ik leg uw mail voor aan de griffier.") is not Label.MOTION_PLANNED


class TestTheAuxiliaryAfterTheParticiple:
    """With the verb last the auxiliary follows the participle, and a perfect after
    "nadat" with a main clause in the present speaks of what will follow."""

    @pytest.mark.parametrize(
        "body",
        [
            "Het is de bedoeling dat de motie in maart ingediend wordt.",
            "Ik denk dat de motie na de zomer ingediend zal worden.",
            "Nadat de motie is ingediend, sturen we u de definitieve tekst.",
        ],
    )
    def test_a_step_still_ahead_is_planned(self, body: str) -> None:
        assert _label(body) is Label.MOTION_PLANNED

    @pytest.mark.parametrize(
        "body",
        [
            "Ik weet dat de motie gisteren ingediend is door de SP.",
            "Nadat de motie is ingediend, heeft de VVD een amendement aangekondigd.",
        ],
    )
    def test_a_step_done_stays_submitted(self, body: str) -> None:
        assert _label(body) is Label.MOTION_SUBMITTED


class TestAMotionOnItsWay:
    """A motion that will come, told without a verb of submitting."""

    @pytest.mark.parametrize(
        "body",
        [
            "Wij zitten erbovenop: de motie volgt na de kerst.",
            "Reken in februari maar op een motie. Verwacht in februari een motie van ons.",
            "We maken er een motie van voor de raad van april.",
            "Onze fractie komt er in de meiraad mee, met de voorbeeldmotie als basis.",
            "We hebben in de fractie besloten om met een motie te komen.",
            "Ik ga de motie samen met D66 uitwerken.",
            "De motie ligt klaar voor de eerstvolgende raadsvergadering.",
            "We werken de motie verder uit en leggen hem na de zomer voor.",
        ],
    )
    def test_a_motion_to_come_is_planned(self, body: str) -> None:
        assert _label(body) is Label.MOTION_PLANNED

    @pytest.mark.parametrize(
        "body",
        [
            "De stemming volgt in december.",
            "We werken de details nog uit met de griffie.",
            "De motie volgt de lijn van de VNG, dat vinden we sterk.",
        ],
    )
    def test_no_motion_of_the_senders_to_come(self, body: str) -> None:
        assert _label(body) is not Label.MOTION_PLANNED


class TestWordsThatOnlyLookLikeAStep:
    """Agreeing a text with someone is no vote; a reason that was weighed is no plan."""

    def test_a_text_agreed_with_the_griffie_is_no_rejection(self) -> None:
        body = (
            "Wij zullen de motie in de raad van 8 december indienen. De tekst van de motie "
            "wordt nu met de griffie afgestemd."
        )
        assert _label(body) is Label.MOTION_PLANNED

    def test_a_motion_voted_down_is_still_rejected(self) -> None:
        body = "De motie werd gisteravond afgestemd: 12 voor, 19 tegen."
        assert _label(body) is Label.MOTION_REJECTED

    def test_a_reason_weighed_is_no_plan(self) -> None:
        body = (
            "Het presidium heeft besloten dat verzoeken om een motie in te dienen niet aan de "
            "fracties worden doorgestuurd. Daarbij is overwogen dat het asielbeleid een "
            "landelijke zaak is. Wij hebben uw mail daarom niet doorgestuurd."
        )
        assert _label(body, OUTLOOK_NL_QUOTE) is Label.DECLINED

    def test_considering_a_motion_is_still_a_plan(self) -> None:
        assert _label("Wij overwegen een motie in te dienen in het voorjaar.") is (
            Label.MOTION_PLANNED
        )


_UNMARKED_QUOTE = (
    "\n________________________________\n"
    "Van: KinderpardonNU <kinderpardonnu@gmail.com>\n"
    "Verzonden: maandag 2 november 2026 09:30\n"
    "Aan: gemeente@voorbeeld.nl\n"
    "Onderwerp: Pleidooi voor gewortelde kinderen\n\n" + LETTER
)


class TestReplyUnderAnUnmarkedQuote:
    """Outlook quotes without `>`: a reply below our letter, after a rule line, is read."""

    def test_the_words_under_the_rule_are_the_senders(self) -> None:
        reply = (
            "\n\n----\nBeste KinderpardonNU,\n\nWij werken met de PvdA aan een motie op basis "
            "van uw voorbeeld en willen die in de raad van maart indienen.\n\nGroet,\nKees"
        )
        split = split_reply(_UNMARKED_QUOTE + reply, letter_texts=[LETTER])
        assert "werken met de pvda" in split.own.lower()
        assert verdict_for(_UNMARKED_QUOTE + reply, sender=PARTY).label is Label.MOTION_PLANNED

    def test_our_letter_after_a_rule_is_no_reply(self) -> None:
        # A reminder quotes its own note, a rule, then the letter: nothing of it is the
        # sender's.
        quote = _UNMARKED_QUOTE.replace(
            LETTER, "Wij stuurden u eerder onderstaande e-mail.\n\n-----\n\n" + LETTER
        )
        assert split_reply(quote, letter_texts=[LETTER]).own == ""
