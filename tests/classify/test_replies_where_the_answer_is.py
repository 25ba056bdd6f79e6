"""Replies whose own words stand somewhere else than on top, or say what they mean indirectly.

Answers written between the quoted points below a signed note, a reply typed under our letter
quoted without `>` marks, a bare "Is gebeurd." that means whatever it answers, a forward in the
passive, a griffie's neutrality beside a forward, and an opt-out said without "afmelden".
Each class names one behaviour; every table has a near miss that must keep its own label.
"""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label
from outreach.classify.quotes import split_reply
from tests.classify.support import GMAIL_NL_QUOTE, LETTER, OUTLOOK_NL_QUOTE, verdict_for

L = Label
REQUEST = (
    "> Mogen wij u vriendelijk vragen om onderstaande mail door te sturen aan de "
    "fractievoorzitters van\n> de gemeenteraadsfracties (en de gemeentegriffier)?\n"
)
MOTION_POINT = "> 1. Dien een motie in dat het kabinet oproept om asielkinderen te beschermen\n"
INFORM_POINT = "> 3. Informeer ons over uw actie(s)\n"


class TestAnswersBetweenQuotedPoints:
    """Below a note signed above the quote, what is written between quoted lines is the
    sender's own; with nothing written between them the note alone is."""

    NOTE = "Hallo,\n\nMijn reacties staan tussen uw tekst.\n\nGroeten,\nEvelien Bos\ngriffie\n\n"

    def test_the_answers_are_own_words(self) -> None:
        body = (
            self.NOTE
            + REQUEST
            + "\nDat is vorige week al gedaan, aan alle fractievoorzitters.\n\n"
            + INFORM_POINT
            + "\nWe houden u op de hoogte.\n"
        )
        split = split_reply(body, letter_texts=[LETTER])
        assert "aan alle fractievoorzitters" in split.own
        assert "We houden u op de hoogte" in split.own
        assert "Evelien Bos" in split.signature
        assert verdict_for(body).label == L.FORWARDED

    def test_a_wrapped_quote_line_is_no_answer(self) -> None:
        body = (
            self.NOTE
            + "> Kinderen in asielprocedures leven jarenlang in onzekerheid. Terwijl ze hier\n"
            + "vaak zelfs geboren zijn en\n> onderdeel vormen van onze samenleving.\n\n"
            + "Wij hebben hem doorgestuurd naar de raadsleden.\n\n"
            + INFORM_POINT
        )
        split = split_reply(body, letter_texts=[LETTER])
        assert "geboren" not in split.own
        assert "doorgestuurd naar de raadsleden" in split.own

    def test_answers_under_an_attribution_are_read(self) -> None:
        body = (
            "Goedemiddag,\n\nIk heb per punt geantwoord.\n\nMet vriendelijke groet,\nPetra\n\n"
            "Op 5 okt. 2026 om 10:12 schreef KinderpardonNU <kinderpardonnu@gmail.com>:\n"
            + REQUEST
            + "\nIs gisteren gedaan, naar alle fractievoorzitters.\n\n"
            + INFORM_POINT
        )
        split = split_reply(body, letter_texts=[LETTER])
        assert "naar alle fractievoorzitters" in split.own
        assert "schreef" not in split.own
        assert verdict_for(body).label == L.FORWARDED

    def test_lines_only_below_the_whole_quote_are_no_answers(self) -> None:
        # Under a signed note, text after the last quoted line answers no quoted point.
        body = self.NOTE + REQUEST + MOTION_POINT + "\nDe fractie van de SP\n"
        split = split_reply(body, letter_texts=[LETTER])
        assert "SP" not in split.own

    def test_a_note_above_a_whole_quote_stays_the_note(self) -> None:
        body = self.NOTE + REQUEST + MOTION_POINT
        split = split_reply(body, letter_texts=[LETTER])
        assert split.own == "Hallo,\n\nMijn reacties staan tussen uw tekst."


class TestReplyBelowAnUnmarkedQuote:
    """Nothing above an Outlook quote of our letter, the answer typed under it: read."""

    def test_words_under_the_letter_are_read(self) -> None:
        body = (
            OUTLOOK_NL_QUOTE
            + "\n\n---\nGoedemiddag,\n\nOnze fractie werkt samen met de SP aan een eigen versie "
            "van de motie en wil die in de raad van maart indienen.\n\nGroet,\nRuud\n"
        )
        split = split_reply(body, letter_texts=[LETTER])
        assert "eigen versie van de motie" in split.own
        assert verdict_for(body).label == L.MOTION_PLANNED

    @pytest.mark.parametrize(
        "tail",
        [
            "",
            "\nBijlage(n): Achtergrondinformatie bij de voorbeeldmotie kinderpardon.docx\n",
            "\nKinderpardonNU\n",
        ],
    )
    def test_only_the_letter_stays_empty(self, tail: str) -> None:
        split = split_reply(OUTLOOK_NL_QUOTE + tail, letter_texts=[LETTER])
        assert split.own == ""


class TestShortAnswerReadsItsRequest:
    """ "Is gebeurd." means the request it answers: passing the letter on under our forward
    request (or above the quote, the letter's own request), the motion under its point."""

    @pytest.mark.parametrize(
        "body",
        [
            "Op 2 feb. 2026 om 10:14 schreef KinderpardonNU:\n" + REQUEST + "\nIs gebeurd.\n",
            "Op 2 feb. 2026 om 10:14 schreef KinderpardonNU:\n" + REQUEST + "\nAl gedaan!\n",
            "Gedaan, vanmiddag naar de griffier en alle fractievoorzitters.\n",
            "Dat hebben we vanochtend geregeld: de raadsleden hebben hem.\n",
        ],
    )
    def test_forwarded(self, body: str) -> None:
        verdict = verdict_for(body)
        assert (verdict.label, verdict.needs_review) == (L.FORWARDED, False)

    @pytest.mark.parametrize(
        "body",
        [
            "Gedaan.\n" + OUTLOOK_NL_QUOTE,
            # Under the whole letter, which asks both: most likely the forward, not sure.
            GMAIL_NL_QUOTE.strip() + "\n\nIs gedaan.\n",
        ],
    )
    def test_a_bare_done_without_its_point_is_for_a_person(self, body: str) -> None:
        verdict = verdict_for(body)
        assert verdict.label == L.FORWARDED
        assert verdict.needs_review

    def test_under_the_motion_point_it_is_the_motion(self) -> None:
        body = (
            "Op 2 feb. 2026 om 10:14 schreef KinderpardonNU:\n"
            + MOTION_POINT
            + ("\nHebben we gedaan, samen met het CDA.\n")
        )
        assert verdict_for(body).label == L.MOTION_SUBMITTED

    @pytest.mark.parametrize(
        ("body", "label"),
        [
            # Not done yet, or asked: no forward.
            ("Op 2 feb. 2026 om 10:14 schreef KinderpardonNU:\n" + REQUEST + "\nIs nog niet "
             "gebeurd, de griffier is ziek.\n", L.OTHER),
            ("Is dat doorsturen al gebeurd? Ik zie het niet in onze mailbox.\n", L.QUESTION),
            # The motion is what was done: the other rules read it.
            ("De motie is ingediend. Dat is gebeurd in de raad van 3 maart.\n",
             L.MOTION_SUBMITTED),
            # An answer under a point that asks nothing we can read.
            ("Op 2 feb. 2026 om 10:14 schreef KinderpardonNU:\n" + INFORM_POINT
             + "\nIs gebeurd.\n", L.OTHER),
        ],
    )  # fmt: skip
    def test_near_misses(self, body: str, label: Label) -> None:
        assert verdict_for(body).label == label


class TestTaggedAnswerReadsItsRequest:
    """An answer between the quoted points may carry who answers ("[GRIFFIE]:", "Antwoord
    griffie:", "JB:"): the answer after the tag reads its request like an untagged one; a
    word that is itself the answer keeps its meaning."""

    NOTE = "Goedendag,\n\nOnze reacties op uw mail staan tussen de regels.\n\nGroet,\nJ. Bakker\n\n"
    # Answers stand between quoted points: a last point closes the quote.
    LAST = INFORM_POINT + "\nDat is aan de fracties zelf.\n"

    @pytest.mark.parametrize(
        "tag", ["[Griffie Voorbeeld]: ", "Antwoord griffie: ", "JB: ", "REACTIE: "]
    )
    def test_tagged_done_under_the_forward_request(self, tag: str) -> None:
        body = self.NOTE + REQUEST + f"\n{tag}Is gebeurd, dezelfde middag nog.\n\n" + self.LAST
        verdict = verdict_for(body)
        assert (verdict.label, verdict.needs_review) == (L.FORWARDED, False)

    def test_not_done_stays_no_forward(self) -> None:
        body = (
            self.NOTE
            + REQUEST
            + "\n[Griffie]: Nog niet gedaan, de griffier is er pas maandag.\n\n"
            + self.LAST
        )
        assert verdict_for(body).label != L.FORWARDED

    def test_under_a_point_that_asks_nothing_it_is_no_forward(self) -> None:
        body = self.NOTE + INFORM_POINT + "\n[Griffie]: Is gebeurd.\n\n" + MOTION_POINT
        assert verdict_for(body).label != L.FORWARDED

    def test_a_done_word_before_a_colon_is_the_answer(self) -> None:
        # "Gedaan:" is no tag: the answer is the word itself.
        body = self.NOTE + REQUEST + "\nGedaan: naar alle fractievoorzitters.\n\n" + self.LAST
        assert verdict_for(body).label == L.FORWARDED


class TestPassiveForward:
    """A forward in the passive, its destination before the participle, is a forward; a
    letter somebody else sent to the council is not."""

    @pytest.mark.parametrize(
        "text",
        [
            "Ter info: uw mail is gisteren aan alle raadsleden gemaild.",
            "De brief werd dezelfde dag nog naar de fractievoorzitters verzonden.",
            "Uw verzoek is inmiddels aan de griffie en de fracties toegezonden.",
        ],
    )
    def test_forwarded(self, text: str) -> None:
        assert verdict_for(text).label == L.FORWARDED

    def test_a_letter_sent_by_somebody_else_is_no_forward(self) -> None:
        text = "Dank voor de brief die u aan de raad heeft gezonden."
        assert verdict_for(text).label != L.FORWARDED


class TestNeutralityBesideAForward:
    """ "De griffie neemt geen standpunt in" beside a forward to the council is no refusal:
    the forward is decided; the same neutrality alone, or with a refusal to pass it on, is a
    refusal."""

    @pytest.mark.parametrize(
        "text",
        [
            "Uw e-mail is gedeeld met alle fractie- en commissieleden. De griffie neemt zelf "
            "geen standpunt in over de inhoud.",
            "Het bericht is via iBabs beschikbaar gesteld aan alle raadsleden. Over de inhoud "
            "heeft de griffie geen oordeel.",
            "Wij hebben de brief met alle raads- en burgerleden gedeeld; de griffie is daarin "
            "neutraal.",
        ],
    )
    def test_forwarded_without_review(self, text: str) -> None:
        verdict = verdict_for(text)
        assert (verdict.label, verdict.needs_review) == (L.FORWARDED, False)

    @pytest.mark.parametrize(
        "text",
        [
            "De griffie neemt geen standpunt in en stuurt dit soort mail niet door.",
            "De raad neemt geen standpunt in over landelijk asielbeleid.",
        ],
    )
    def test_refusals_stay(self, text: str) -> None:
        assert verdict_for(text).label == L.DECLINED


class TestOptOutSaidIndirectly:
    """More mail not wanted, or our address to be left alone, is an opt-out (also as a
    question); a reminder that was not needed because the work is done is not."""

    @pytest.mark.parametrize(
        "text",
        [
            "Nieuwe berichten over deze campagne hoeven van ons niet meer.",
            "Verdere mailings zijn wat de griffie betreft niet gewenst.",
            "Kunt u ons e-mailadres voortaan laten rusten?",
            "Wij vragen u ons verder met rust te laten.",
            "Wij stellen nieuwe mails over deze actie niet op prijs.",
            "Dit e-mailadres graag niet langer gebruiken voor uw oproepen.",
            "Wilt u de griffie niet langer benaderen met deze campagne?",
        ],
    )
    def test_opt_out(self, text: str) -> None:
        verdict = verdict_for(text)
        assert (verdict.label, verdict.needs_review) == (L.OPT_OUT, False)

    @pytest.mark.parametrize(
        ("text", "label"),
        [
            ("Verdere herinneringen zijn niet nodig, want uw mail is al aan de raadsleden "
             "doorgestuurd.", L.FORWARDED),
            ("Een herinnering was niet nodig: de fractievoorzitters hebben uw mail al "
             "ontvangen.", L.FORWARDED),
            # The letter itself is welcome: no mail refused.
            ("Wij stellen uw brief op prijs en hebben hem aan de raadsleden doorgestuurd.",
             L.FORWARDED),
        ],
    )  # fmt: skip
    def test_done_work_is_no_opt_out(self, text: str, label: Label) -> None:
        assert verdict_for(text).label == label


class TestReceiptInOtherWords:
    """It reached the one writing, who will read it: a receipt, decided."""

    @pytest.mark.parametrize(
        "text",
        [
            "Uw stukken zijn via de griffie bij mij terechtgekomen.",
            "Ik ga de stukken dit weekend rustig doorlezen.",
            "Dank u, gelezen!",
        ],
    )
    def test_acknowledged(self, text: str) -> None:
        verdict = verdict_for(text)
        assert (verdict.label, verdict.needs_review) == (L.ACKNOWLEDGED, False)

    def test_not_read_yet_is_no_receipt_of_reading(self) -> None:
        assert verdict_for("Ik heb het nog niet doorgelezen, wat vraagt u precies?").label == (
            L.QUESTION
        )


class TestLetterDealtWith:
    """A letter "dealt with" where it arrived is a receipt; dealt with in a council meeting or
    by a council body it went on."""

    @pytest.mark.parametrize(
        ("text", "label"),
        [
            ("Uw e-mail is goed aangekomen en wordt binnenkort behandeld.", L.ACKNOWLEDGED),
            ("Uw bericht wordt zo spoedig mogelijk door een collega behandeld.", L.ACKNOWLEDGED),
            ("Uw brief wordt in de commissievergadering van 4 juni besproken.", L.FORWARDED),
            ("Uw verzoek wordt in het seniorenconvent behandeld.", L.FORWARDED),
        ],
    )
    def test_where_it_is_dealt_with(self, text: str, label: Label) -> None:
        assert verdict_for(text).label == label


class TestMoreWordings:
    """Forwards, refusals, redirects and opt-outs in words the fixed phrases did not know."""

    @pytest.mark.parametrize(
        ("text", "label"),
        [
            ("Uw oproep is inmiddels bij alle raadsleden afgeleverd.", L.FORWARDED),
            ("Onze gemeenteraad bemoeit zich niet met het landelijke asielbeleid.", L.DECLINED),
            ("Wij hebben besloten ons niet te bemoeien met landelijke campagnes.", L.DECLINED),
            ("U kunt dit soort verzoeken voortaan beter direct naar raad@voorbeeld.nl sturen.",
             L.REDIRECT),
            ("Stuur ons voortaan alsjeblieft geen berichten meer.", L.OPT_OUT),
            ("De brief is meegezonden met de vrijdagpost aan de fractievoorzitters.",
             L.FORWARDED),
            ("Op verzoeken van deze aard reageert de griffie niet op dergelijke oproepen.",
             L.DECLINED),
            ("Dit is de balie van Burgerzaken; voor de gemeenteraad is het raad@voorbeeld.nl.",
             L.REDIRECT),
            ("Ik zou graag uit uw verzendlijst verwijderd worden.", L.OPT_OUT),
        ],
    )  # fmt: skip
    def test_read(self, text: str, label: Label) -> None:
        assert verdict_for(text).label == label

    @pytest.mark.parametrize(
        ("text", "label"),
        [
            # What the griffie will not pass on any more is a refusal, not an opt-out.
            ("Wij sturen dit soort mails niets meer door naar de raad.", L.DECLINED),
            # Not answering on content, beside a forward, is no refusal.
            ("Inhoudelijk reageert de griffie niet, maar uw brief is aan de raadsleden "
             "gestuurd.", L.FORWARDED),
            # A list we are asked to put them on is no opt-out.
            ("Wilt u mij op de lijst van sprekers voor de bijeenkomst zetten?", L.QUESTION),
            # Not meddling with somebody's plan is no refusal of ours.
            ("De griffie bemoeit zich niet met de inhoud, maar heeft uw mail aan de "
             "fracties doorgestuurd.", L.FORWARDED),
        ],
    )  # fmt: skip
    def test_near_misses(self, text: str, label: Label) -> None:
        assert verdict_for(text).label == label


class TestEnglishReplies:
    """Councillors who write in English opt out and redirect in English; a forward that says
    more mail is not needed is still a forward."""

    @pytest.mark.parametrize(
        ("text", "label"),
        [
            ("No further mailings, thank you.", L.OPT_OUT),
            ("We don't wish to receive any more emails about this.", L.OPT_OUT),
            ("Kindly send your letter to the registry at griffie@voorbeeld.nl instead.",
             L.REDIRECT),
            ("Passed on to the council already, so no more emails are necessary.", L.FORWARDED),
        ],
    )  # fmt: skip
    def test_read(self, text: str, label: Label) -> None:
        assert verdict_for(text).label == label
