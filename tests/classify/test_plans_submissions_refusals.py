"""Planned, submitted or refused: the readings that decide between them.

An amendment announced to a motion, or a vote on both put off, leaves the motion submitted; a
claim the sender takes back ("..., maar dat klopt niet") is no step; the time words of the
clause before a colon are not the step's; a motion the sender will still take up ("wij nemen
het mee, de motie komt op de agenda van maart") is planned; "op tafel leggen" submits; "gaan
over" (to be about) is no intention; "sturen ... door" in the plural is a forward, so "wij
sturen geen ... door" refuses, but a house rule ("alleen post van ...") or "niet opnieuw" does
not; "wij doen niets met uw verzoek" refuses; a forwarded message whose own subject names the
campaign is read where it speaks of the motion; "In <our town> is de motie ingediend" is the
sender's own town; a submission only in a relative clause is background.
"""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label
from tests.classify.support import GMAIL_NL_QUOTE, LETTER, verdict_for

PARTY = "Joris Verbeek <joris.verbeek@hotmail.com>"


def _label(body: str, **kwargs: object) -> Label:
    kwargs.setdefault("sender", PARTY)
    return verdict_for(body + GMAIL_NL_QUOTE, **kwargs).label


class TestAmendmentBesideTheMotion:
    @pytest.mark.parametrize(
        "body",
        [
            "Onze motie ligt er. Het CDA kondigde een amendement aan; de stemming over motie "
            "en amendement is verschoven naar de raad van 12 januari.",
            "De motie is ingediend. D66 heeft een amendement op de motie aangekondigd.",
            "De motie is vorige week ingediend. De stemming over de motie en het amendement "
            "is doorgeschoven naar februari.",
        ],
    )
    def test_an_amendment_to_come_leaves_the_motion_submitted(self, body: str) -> None:
        assert _label(body) is Label.MOTION_SUBMITTED

    def test_a_motion_announced_is_still_planned(self) -> None:
        # The contrast: the motion itself announced is one to come.
        body = "De PvdA heeft een motie aangekondigd voor de raad van maart."
        assert _label(body) is Label.MOTION_PLANNED


class TestClaimTakenBack:
    def test_a_submission_the_sender_takes_back_is_none(self) -> None:
        body = (
            "Kleine rectificatie: ik meldde dat de motie al ingediend was, maar dat is niet "
            "juist. Hij wordt in de vergadering van 9 februari ingediend."
        )
        assert _label(body) is Label.MOTION_PLANNED

    def test_taken_back_in_the_next_sentence(self) -> None:
        body = (
            "Sorry, in mijn vorige bericht stond dat de motie was ingediend. Dat is onjuist; "
            "hij wordt pas in de raad van april ingediend."
        )
        assert _label(body) is Label.MOTION_PLANNED

    def test_a_submission_kept_stands(self) -> None:
        body = "Ik meldde al dat de motie ingediend was; dat is gisteren ook gebeurd."
        assert _label(body) is Label.MOTION_SUBMITTED


class TestTimeWordsOfTheirOwnClause:
    def test_a_colon_keeps_the_decisions_time_from_the_step(self) -> None:
        body = "Inmiddels is het besluit genomen: wij dienen de motie in bij de raad van 3 maart."
        assert _label(body) is Label.MOTION_PLANNED

    def test_a_step_of_today_stays_submitted(self) -> None:
        body = "Goed nieuws: wij dienen de motie vanavond in."
        assert _label(body) is Label.MOTION_SUBMITTED

    @pytest.mark.parametrize(
        "body",
        [
            "Dank, wij nemen het mee, de motie komt op de agenda van de raad van 12 april.",
            "Goed plan, wij gaan dit oppakken, de motie komt in mei op de agenda.",
        ],
    )
    def test_on_the_agenda_after_the_senders_plan_is_planned(self, body: str) -> None:
        assert _label(body) is Label.MOTION_PLANNED

    def test_coming_onto_the_agenda_alone_is_submitted(self) -> None:
        # The contrast: with no plan of the sender's, the motion is on its way to the vote.
        assert _label("De motie komt op de agenda van 12 april.") is Label.MOTION_SUBMITTED

    def test_coming_back_is_held_over(self) -> None:
        body = "De motie is aangehouden en komt in januari opnieuw aan de orde."
        assert _label(body) is Label.MOTION_SUBMITTED

    def test_on_the_agenda_is_submitted(self) -> None:
        body = "De motie staat op de agenda van de raad van 12 april."
        assert _label(body) is Label.MOTION_SUBMITTED

    def test_put_on_the_table_ahead_is_planned(self) -> None:
        body = "Dank voor de motie. Wij leggen hem in de raad van 8 juni op tafel."
        assert _label(body) is Label.MOTION_PLANNED

    def test_put_on_the_table_done_is_submitted(self) -> None:
        body = "De motie is gisteravond door onze fractie op tafel gelegd."
        assert _label(body) is Label.MOTION_SUBMITTED


class TestRefusals:
    def test_gaan_over_is_no_intention(self) -> None:
        body = (
            "Onze fractie zal deze motie niet indienen. De raad moet zich houden bij zaken "
            "waarover hij zelf gaat."
        )
        assert _label(body) is Label.DECLINED

    def test_gaan_with_a_step_is_a_plan(self) -> None:
        body = "Mooie motie. Wij gaan hem in de raad van april indienen."
        assert _label(body) is Label.MOTION_PLANNED

    def test_a_plural_forward_negated_refuses(self) -> None:
        body = "Wij sturen geen post van campagnes of lobbygroepen door aan de raadsleden."
        assert _label(body, sender="Griffie <griffie@voorbeeld.nl>") is Label.DECLINED

    def test_a_plural_forward_done_is_a_forward(self) -> None:
        body = "Wij sturen uw brief vandaag door aan alle fractievoorzitters."
        assert _label(body, sender="Griffie <griffie@voorbeeld.nl>") is Label.FORWARDED

    def test_nothing_done_with_the_request_refuses(self) -> None:
        body = (
            "Dit onderwerp is landelijk beleid en geen zaak van de gemeente. Wij doen dan ook "
            "niets met uw verzoek."
        )
        assert _label(body, sender="Griffie <griffie@voorbeeld.nl>") is Label.DECLINED


class TestForwardedUnderTheCampaignsSubject:
    def test_the_forwarded_motion_is_read(self) -> None:
        body = (
            "Goedemiddag,\n\nTer informatie hieronder.\n\nGriffie\n\n"
            "Van: Griffie Voorbeeld\nVerzonden: dinsdag 3 november 2026 09:10\n"
            "Aan: Fractievoorzitters\n"
            "Onderwerp: motie Pleidooi voor gewortelde kinderen\n\n"
            "Beste fractievoorzitters,\n\n"
            "De motie van SP en PvdA is gisteravond ingediend en wordt op 17 november in "
            "stemming gebracht.\n\nGriffie\n"
        )
        verdict = verdict_for(
            body,
            subject="FW: motie Pleidooi voor gewortelde kinderen",
            sender="Griffie <griffie@voorbeeld.nl>",
        )
        assert verdict.label is Label.MOTION_SUBMITTED

    def test_another_subject_keeps_other_motions_out(self) -> None:
        body = (
            "Goedemiddag,\n\nTer informatie hieronder.\n\nGriffie\n\n"
            "Van: Griffie Voorbeeld\nVerzonden: dinsdag 3 november 2026 09:10\n"
            "Aan: Fractievoorzitters\nOnderwerp: stand van zaken moties\n\n"
            "Beste fractievoorzitters,\n\n"
            "De motie over laadpalen is gisteravond ingediend.\n\nGriffie\n\n" + LETTER
        )
        verdict = verdict_for(
            body,
            subject="FW: stand van zaken moties",
            sender="Griffie <griffie@voorbeeld.nl>",
        )
        assert verdict.label is not Label.MOTION_SUBMITTED


@pytest.mark.parametrize(
    ("town", "label"),
    [("Zeist", Label.MOTION_SUBMITTED), ("Utrecht", Label.OTHER)],
)
def test_a_submission_in_our_own_town_is_ours(town: str, label: Label) -> None:
    # The letter went to Zeist: a submission there is the sender's; one in Utrecht is not.
    body = f"Goedemorgen,\n\nIn {town} is de motie gisteren ingediend door drie fracties."
    verdict = verdict_for(
        body + GMAIL_NL_QUOTE,
        subject="RE: Verzoek om door te sturen aan de fractievoorzitters en de griffier van Zeist",
        sender=PARTY,
    )
    assert verdict.label is label


class TestForwardsThatAreNoAct:
    def test_a_house_rule_on_forwards_is_no_forward(self) -> None:
        body = (
            "Wie zit er achter uw organisatie? Wij sturen uitsluitend brieven door van "
            "afzenders met een adres."
        )
        assert _label(body, sender="Griffie <griffie@voorbeeld.nl>") is not Label.FORWARDED

    def test_not_forwarded_again_is_no_refusal(self) -> None:
        body = (
            "De raad heeft in maart al een motie over gewortelde kinderen aangenomen. Wij "
            "sturen uw brief daarom niet nogmaals door."
        )
        assert _label(body, sender="Griffie <griffie@voorbeeld.nl>") is Label.MOTION_ADOPTED


def test_back_on_the_agenda_is_held_over() -> None:
    body = (
        "We hebben de motie gisteren ingediend en daarna aangehouden. Hij komt in februari "
        "terug op de agenda."
    )
    assert _label(body) is Label.MOTION_SUBMITTED


def test_a_submission_only_in_a_relative_clause_is_not_decided_alone() -> None:
    # The main clause carries the news, here in words no rule knows: a person reads it.
    body = "De motie die de SP hier heeft ingediend is gisteren door de meerderheid afgeserveerd."
    verdict = verdict_for(body + GMAIL_NL_QUOTE, sender=PARTY)
    assert verdict.needs_review or verdict.label is not Label.MOTION_SUBMITTED


class TestTheOtherSideRefuses:
    def test_the_coalition_saying_no_leaves_our_plan(self) -> None:
        body = "Wij dienen de motie in maart in, maar de coalitie zal hem niet steunen."
        assert _label(body) is Label.MOTION_PLANNED

    def test_the_coalition_not_submitting_is_no_refusal_of_ours(self) -> None:
        body = "De coalitie dient niets in, wij als oppositie wel: in de raad van 3 december."
        verdict = verdict_for(body + GMAIL_NL_QUOTE, sender=PARTY)
        assert verdict.label is not Label.DECLINED

    def test_our_own_refusal_stays_a_refusal(self) -> None:
        body = "De meerderheid is voor, maar onze fractie dient de motie niet in."
        assert _label(body) is Label.DECLINED


@pytest.mark.parametrize(
    "body",
    [
        # Not knowing what will happen is no refusal.
        "Persoonlijk steun ik uw doel. Ik weet niet of er iets mee gebeurt.",
        # A negation in one "dat"-clause stays out of the next.
        "Ik zeg er meteen bij dat ik hier niet namens de fractie spreek en dat ik niet weet "
        "of er iets mee gebeurt.",
    ],
)
def test_not_knowing_is_no_refusal(body: str) -> None:
    assert verdict_for(body).label is not Label.DECLINED


def test_a_refusal_in_the_second_dat_clause_stays() -> None:
    body = "Wij laten weten dat we uw brief gelezen hebben en dat we hem niet doorsturen."
    assert verdict_for(body).label is Label.DECLINED
