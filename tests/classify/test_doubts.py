"""Verdicts that look strong but carry a sign of doubt reach a person, with the reason."""

from __future__ import annotations

import pytest

from outreach.classify.base import ChainState, Note
from outreach.classify.chain import Verdict
from outreach.classify.confidence import LIKELY, READ, STRONG
from outreach.classify.doubts import rival_of_a_likely_reading
from outreach.classify.flags import Flag
from outreach.classify.labels import Label
from tests.classify.support import OUTLOOK_NL_QUOTE, verdict_for

AUTO = {"Auto-Submitted": "auto-generated"}
SIGN = "\n\nMet vriendelijke groet,\nGriffie Voorbeeld\n"


def test_a_plan_that_depends_on_others_is_reviewed() -> None:
    verdict = verdict_for(
        "Dank voor de voorbeeldmotie. Misschien dienen wij in het voorjaar een motie in; dat "
        "hangt af van de andere fracties." + SIGN,
        sender="Piet <piet@voorbeeld.nl>",
    )
    assert verdict.needs_review
    assert "not sure" in (verdict.review_reason or "")


def test_a_plan_without_a_hedge_is_decided() -> None:
    verdict = verdict_for(
        "Dank voor de voorbeeldmotie. Onze fractie gaat in december een motie indienen." + SIGN,
        sender="Piet <piet@voorbeeld.nl>",
    )
    assert (verdict.label.value, verdict.needs_review) == ("motion_planned", False)


@pytest.mark.parametrize(
    "text",
    [
        "Uw brief wordt wellicht doorgestuurd naar de fractievoorzitters.",
        "Uw mail is volgens mij al doorgestuurd naar de raadsleden.",
        "Voor zover ik weet is uw brief aan alle fractievoorzitters doorgestuurd.",
    ],
)
def test_a_forward_the_sender_hedges_is_reviewed(text: str) -> None:
    # One concept of hedging for every step: a forward is as open as a plan.
    verdict = verdict_for(text + SIGN)
    assert verdict.label.value == "forwarded"
    assert verdict.needs_review
    assert "not sure" in (verdict.review_reason or "")


def test_a_hedge_elsewhere_in_a_forward_is_no_doubt() -> None:
    # The hedge must be in the sentence that names the step: a guess about later is not.
    verdict = verdict_for(
        "Uw brief is vandaag doorgestuurd naar alle fractievoorzitters. Misschien horen zij "
        "graag meer over de cijfers in onze gemeente." + SIGN
    )
    assert verdict.label.value == "forwarded"
    assert "not sure" not in (verdict.review_reason or "")


def test_a_reminder_reply_reporting_a_plan_is_decided() -> None:
    # Answers to our reminder are read as any other reply: a plan is a plan.
    body = (
        "Goed dat u het nog eens vraagt. Twee fracties zijn van plan om in de raad van april een "
        "motie in te dienen." + SIGN
    )
    verdict = verdict_for(body, subject="RE: Herinnering: verzoek om door te sturen")
    assert (verdict.label.value, verdict.needs_review) == ("motion_planned", False)


def test_an_automatic_receipt_that_names_a_person_it_went_to_is_decided() -> None:
    verdict = verdict_for(
        "Uw bericht is ontvangen en geregistreerd onder nummer 2026-7310.\n\n"
        "Uw bericht is doorgestuurd naar de heer P. Jansen van Publiekszaken.",
        subject="Ontvangstbevestiging: Pleidooi voor gewortelde kinderen",
        headers=AUTO,
    )
    assert (verdict.label.value, verdict.needs_review) == ("acknowledged", False)


def test_a_plain_automatic_receipt_is_decided() -> None:
    verdict = verdict_for(
        "Uw bericht is ontvangen en geregistreerd onder nummer 2026-4411.",
        subject="Ontvangstbevestiging: Pleidooi voor gewortelde kinderen",
        headers=AUTO,
    )
    assert (verdict.label.value, verdict.needs_review) == ("acknowledged", False)


def test_an_automatic_answer_that_only_a_sentence_calls_a_receipt_is_reviewed() -> None:
    # No fixed receipt words, no case number: the "receipt" is an out-of-office's promise.
    verdict = verdict_for(
        "Tot en met vrijdag 9 oktober zit ik op cursus en kijk ik niet in mijn mailbox. "
        "Daarna pak ik uw bericht op.",
        subject="Automatisch antwoord: Pleidooi voor gewortelde kinderen",
        headers={"Auto-Submitted": "auto-replied"},
    )
    if verdict.label.value == "acknowledged":
        assert verdict.needs_review
        assert "automatic answer" in (verdict.review_reason or "")
    else:
        assert verdict.label.value == "auto_reply"


def test_thanks_alone_is_decided() -> None:
    verdict = verdict_for("Dank voor uw bericht." + SIGN)
    assert (verdict.label.value, verdict.needs_review) == ("acknowledged", False)


def test_a_refusal_with_a_forward_after_all_is_reviewed() -> None:
    verdict = verdict_for(
        "De griffie neemt geen standpunt in en zal niet inhoudelijk op uw verzoek reageren. "
        "Uw brief is wel verstrekt aan de fractievoorzitters." + SIGN
    )
    # The forward set against the refusal ("wel verstrekt aan") is read twice and decides;
    # a refusal decided alone would go to a person.
    assert verdict.label.value == "forwarded" or verdict.needs_review


def test_an_automatic_redirect_without_an_address_is_decided() -> None:
    verdict = verdict_for(
        "Dit adres is opgeheven en wordt niet meer gelezen. Stuur uw bericht naar de griffie.",
        subject="Automatisch antwoord: Pleidooi voor gewortelde kinderen",
        headers={"Auto-Submitted": "auto-replied"},
    )
    assert verdict.label.value == "redirect"
    assert not verdict.needs_review


def test_a_person_pointing_elsewhere_without_an_address_is_reviewed() -> None:
    # A person's words that point elsewhere, with no address named and no other reading of
    # a redirect, are read right too rarely on unseen mail to decide alone.
    verdict = verdict_for(
        "Stuur dit soort verzoeken voortaan naar de griffie, wij gaan daar niet over." + SIGN
    )
    assert verdict.label.value == "redirect"
    assert verdict.needs_review


def test_a_person_pointing_to_a_named_address_is_decided() -> None:
    verdict = verdict_for(
        "Stuur dit soort verzoeken voortaan naar raad@voorbeeld.nl, wij gaan daar niet over." + SIGN
    )
    assert verdict.label.value == "redirect"
    assert not verdict.needs_review


def test_an_opt_out_beside_a_redirect_with_a_new_address_is_the_redirect() -> None:
    verdict = verdict_for(
        "Dit adres is alleen voor vragen van inwoners en wordt niet gebruikt voor post aan de "
        "raad. Wilt u uw verzoek opnieuw sturen aan griffie@voorbeeld.nl? Wilt u dit adres "
        "daarnaast uit uw verzendlijst halen?\n\nMet vriendelijke groet,\nKCC Voorbeeld\n",
        sender="KCC <info@voorbeeld.nl>",
    )
    # A redirect that names a new address outweighs removing the old one.
    assert verdict.label.value == "redirect"


def test_a_receipt_routed_to_the_right_department_is_decided() -> None:
    # The most common municipal receipt: routing inside the town hall is not a forward.
    verdict = verdict_for(
        "Geachte afzender,\n\nHartelijk dank voor uw bericht. Wij hebben het in goede orde "
        "ontvangen en geregistreerd onder kenmerk 2026-004512. Uw bericht is doorgezet naar de "
        "juiste afdeling.\n\nDit bericht is automatisch verstuurd.\n\nGemeente Voorbeeld\n"
        "Klantcontactcentrum\n",
        subject="Bevestiging van ontvangst: Pleidooi voor gewortelde kinderen",
        sender="Gemeente Voorbeeld <noreply@voorbeeld.nl>",
        headers=AUTO,
    )
    assert (verdict.label.value, verdict.needs_review) == ("acknowledged", False)


@pytest.mark.parametrize(
    "text",
    [
        "Uw e-mail is ontvangen. De gemeenteraad zal zich over landelijk beleid niet uitspreken.",
        "Wij hebben uw bericht ontvangen. Onze raad houdt zich daar verder niet mee bezig.",
    ],
)
def test_a_receipt_beside_a_stance_of_the_council_is_reviewed(text: str) -> None:
    verdict = verdict_for(text + SIGN)
    assert verdict.label.value == "acknowledged"
    assert "negated sentence" in (verdict.review_reason or "")


def test_a_receipt_beside_an_apology_is_decided() -> None:
    # What the writer could not do, or what we did not get, is no stance of the council.
    verdict = verdict_for(
        "Uw e-mail is destijds goed ontvangen. Excuses dat u daar geen bevestiging van kreeg; "
        "ik kan zelf niet beoordelen hoe dat kwam." + SIGN
    )
    assert (verdict.label.value, verdict.needs_review) == ("acknowledged", False)


PASSED_ON = (
    "Ter kennisname stuur ik u hieronder het verslag van de raad van gisteren door.\n\n"
    "Met vriendelijke groet,\nGriffie Voorbeeld\n\n"
    "Van: Griffie Voorbeeld <griffie@voorbeeld.nl>\nVerzonden: donderdag 5 november 2026 08:40\n"
    "Aan: Raadsleden <raad@voorbeeld.nl>\nOnderwerp: Besluiten raadsvergadering 4 november\n\n"
    "Beste raadsleden,\n\n"
    "4. Voorstel parkeerbeleid binnenstad: aangenomen\n"
    "5. Motie {title}: {outcome} (17 voor, 10 tegen)\n"
)


def test_a_forward_of_a_decision_list_with_our_motion_voted_is_reviewed() -> None:
    verdict = verdict_for(
        PASSED_ON.format(title='"Gewortelde kinderen"', outcome="aangenomen"),
        subject="FW: Besluiten raadsvergadering 4 november",
    )
    if verdict.label.value in ("forwarded", "acknowledged"):
        assert "passed on reports a vote" in (verdict.review_reason or ""), verdict
    else:
        assert verdict.label.value == "motion_adopted"


def test_a_forward_whose_passed_on_text_votes_on_no_motion_is_decided() -> None:
    # Only a line that names a motion with its outcome counts: "voorstel ... aangenomen" or
    # a delivery report's "address rejected" is no vote on a motion.
    verdict = verdict_for(
        "Uw brief is doorgestuurd naar alle fractievoorzitters. Hieronder de melding dat een "
        "adres niet bestond.\n\nMet vriendelijke groet,\nGriffie Voorbeeld\n\n"
        "Van: Mail Delivery System <postmaster@voorbeeld.nl>\nOnderwerp: Onbestelbaar\n\n"
        "550 5.1.1 <oud@voorbeeld.nl>: recipient address rejected: user unknown\n"
    )
    assert verdict.label.value == "forwarded"
    assert "passed on" not in (verdict.review_reason or "")


# -- Classes of evidence too weak to decide alone (each with the case that stays decided) --


def _decided(verdict: Verdict, label: str) -> bool:
    return (verdict.label.value, verdict.needs_review) == (label, False)


def test_a_result_read_once_beside_a_plan_is_not_decided_alone() -> None:
    # "afgestemd" (coordinated) beside a plan: a step taken and one ahead cannot both be news.
    verdict = verdict_for(
        "Onze fractie zal de motie in de raad van maart indienen. De motie wordt momenteel "
        "met de griffie afgestemd." + SIGN,
        sender="Piet <piet@voorbeeld.nl>",
    )
    assert verdict.label.value == "motion_planned" or verdict.needs_review
    assert not _decided(verdict, "motion_rejected")


def test_a_result_read_twice_beside_a_plan_is_decided() -> None:
    verdict = verdict_for(
        "De motie is gisteren verworpen met 12 stemmen voor en 19 tegen. Wij gaan haar volgend "
        "jaar opnieuw indienen." + SIGN,
        sender="Piet <piet@voorbeeld.nl>",
    )
    assert _decided(verdict, "motion_rejected")


def test_a_submission_the_sender_puts_ahead_is_not_decided_alone() -> None:
    verdict = verdict_for(
        "De motie staat voor de raad van 10 december op de agenda. Zij wordt dan ingediend door "
        "D66 en GroenLinks." + SIGN,
        sender="Piet <piet@voorbeeld.nl>",
    )
    assert not _decided(verdict, "motion_submitted")


def test_a_submission_done_with_the_vote_ahead_is_decided() -> None:
    verdict = verdict_for(
        "De motie is vorige week ingediend door D66 en GroenLinks. Over de motie wordt op "
        "10 december gestemd." + SIGN,
        sender="Piet <piet@voorbeeld.nl>",
    )
    assert _decided(verdict, "motion_submitted")


def test_a_stance_beside_a_forward_is_not_decided_as_a_refusal() -> None:
    verdict = verdict_for(
        "Uw brief en de bijlagen zijn met alle raadsleden gedeeld via het "
        "raadsinformatiesysteem. De griffie neemt zelf geen standpunt in over de inhoud." + SIGN
    )
    assert not _decided(verdict, "declined")


def test_a_refused_forward_beside_a_stance_is_decided() -> None:
    verdict = verdict_for(
        "Het presidium heeft besloten uw brief niet te verspreiden onder de raadsleden. De "
        "griffie neemt geen standpunt in." + SIGN
    )
    assert _decided(verdict, "declined")


def test_a_forward_in_bulk_mail_read_by_one_sentence_is_not_decided() -> None:
    # A ticket system files our request and repeats its subject: "door te sturen" is ours.
    verdict = verdict_for(
        "Beste afzender,\n\nBedankt voor uw bericht. Wij hebben het vastgelegd als melding "
        "KCC-5521 8.\n\nOnderwerp: Verzoek om door te sturen aan de fractievoorzitters en de "
        "griffier\n\nWij pakken uw melding binnen een week op.",
        headers={"Precedence": "bulk"},
    )
    assert not _decided(verdict, "forwarded")


def test_a_forward_in_bulk_mail_in_fixed_words_is_decided() -> None:
    verdict = verdict_for(
        "Beste afzender,\n\nBedankt voor uw bericht. Uw bericht is doorgestuurd naar de "
        "fractievoorzitters en de griffier.",
        headers={"Precedence": "bulk"},
    )
    assert _decided(verdict, "forwarded")


LIST = {"List-Unsubscribe": "<mailto:afmelden@voorbeeld.nl>"}


def test_list_mail_with_a_case_number_is_not_set_aside_alone() -> None:
    verdict = verdict_for(
        "Beste heer/mevrouw,\n\nBedankt voor uw bericht aan de gemeente. We hebben er een zaak "
        "van gemaakt.\n\nZaaknummer: Z-2026-0099123\n\nU hoort binnen 10 werkdagen van ons.",
        subject="Uw bericht is ontvangen - zaaknummer Z-2026-0099123",
        headers={**AUTO, **LIST},
    )
    assert not _decided(verdict, "other")


def test_a_newsletter_is_set_aside() -> None:
    verdict = verdict_for(
        "Beste lezer,\n\nIn deze nieuwsbrief: de raad van Ergens heeft een motie over "
        "zwerfafval aangenomen.\n\nAfmelden kan onderaan.",
        subject="Raadsnieuws week 48",
        headers={**LIST, "Precedence": "bulk"},
    )
    assert _decided(verdict, "other")


def test_an_answer_below_our_quoted_letter_is_not_set_aside_as_empty() -> None:
    body = (
        OUTLOOK_NL_QUOTE.strip() + "\n----\nBeste KinderpardonNU,\n\nOnze fractie werkt met twee "
        "andere partijen aan een motie. We willen die in april indienen.\n\nGroet,\nJan Smit\n"
    )
    assert not _decided(verdict_for(body), "other")


def test_a_signature_above_our_quoted_letter_is_set_aside() -> None:
    body = "Met vriendelijke groet,\n\nGemeente Voorbeeld\nTeam Post" + OUTLOOK_NL_QUOTE
    verdict = verdict_for(body)
    assert (verdict.label.value, verdict.needs_review) == ("other", False)


def test_a_question_beside_no_more_mail_is_not_left_to_answer() -> None:
    verdict = verdict_for(
        "Uw mail is goed ontvangen. Nieuwe mailings over dit onderwerp hoeven voor ons niet; "
        "wilt u ons adres voortaan overslaan?" + SIGN
    )
    assert verdict.label.value == "opt_out" or verdict.needs_review


def test_a_question_about_the_attachment_is_left_to_answer() -> None:
    verdict = verdict_for(
        "Uw mail is goed ontvangen. Kunt u de voorbeeldmotie nog eens als pdf sturen? De "
        "bijlage opent bij ons niet." + SIGN
    )
    assert _decided(verdict, "question")


def test_a_hedge_about_what_comes_next_leaves_the_step_taken_decided() -> None:
    # "waarschijnlijk" is about the agenda in February, not about the motion held over.
    verdict = verdict_for(
        "De motie is op 3 november ingediend en op verzoek van de indieners aangehouden. Zij "
        "komt waarschijnlijk in februari terug op de agenda." + SIGN
    )
    assert _decided(verdict, "motion_submitted")


def test_a_hedge_in_another_clause_than_the_forward_is_no_doubt() -> None:
    verdict = verdict_for(
        "Volgens mij is er iets misgegaan: ik heb uw brief in oktober meteen doorgestuurd naar "
        "de fractievoorzitters." + SIGN
    )
    assert _decided(verdict, "forwarded")


def test_a_receipt_beside_no_more_reminders_is_not_decided_alone() -> None:
    # An opt-out said indirectly: what arrived is not the news, what should stop is.
    verdict = verdict_for(
        "Uw bericht is in goede orde ontvangen. Verdere herinneringen hierover hoeven wat ons "
        "betreft niet." + SIGN
    )
    assert verdict.label.value == "opt_out" or verdict.needs_review


def test_a_reminder_that_was_not_needed_is_no_opt_out() -> None:
    # The reminder that came was superfluous: nothing is asked about mail still to come.
    verdict = verdict_for(
        "Uw herinnering was niet nodig: uw brief is in oktober al doorgestuurd naar alle "
        "fractievoorzitters." + SIGN
    )
    assert _decided(verdict, "forwarded")


def test_a_hedge_on_the_step_itself_is_doubt_wherever_the_step_is_read() -> None:
    # The agenda says submitted; the sentence that names the submission hedges it.
    verdict = verdict_for(
        "De motie staat op de agenda van de raad van 5 maart. Voor zover ik weet is zij door "
        "D66 ingediend." + SIGN
    )
    assert verdict.needs_review
    assert "not sure" in (verdict.review_reason or "")


def test_a_hedge_on_the_vote_ahead_leaves_the_submission_decided() -> None:
    verdict = verdict_for(
        "De motie is vorige week door D66 ingediend. Ik hoorde dat de stemming misschien wordt "
        "uitgesteld." + SIGN
    )
    assert _decided(verdict, "motion_submitted")


@pytest.mark.parametrize("rule", ["\n\n", "\n----\n"])
def test_an_answer_below_our_letter_under_a_signature_is_not_set_aside(rule: str) -> None:
    # The signature above the quote is all the note holds: the answer below is left quoted.
    body = (
        "Met vriendelijke groet,\n\nGemeente Voorbeeld\nTeam Post"
        + OUTLOOK_NL_QUOTE
        + rule
        + "Onze fractie werkt met twee andere partijen aan een motie. We willen die in april "
        "indienen.\n"
    )
    verdict = verdict_for(body)
    assert verdict.needs_review
    assert "text below our letter ('Onze fractie werkt" in (verdict.review_reason or "")


def _state(*notes: tuple[str, Note]) -> ChainState:
    """Only the notes matter to the rival check."""
    state = ChainState.__new__(ChainState)
    state.notes = list(notes)
    return state


def test_a_likely_verdict_that_another_reading_contradicts_is_reviewed() -> None:
    state = _state(
        ("sentence-redirect", Note("redirect: 'mail de griffie'", Label.REDIRECT, LIKELY)),
        ("sentence-declined", Note("declined: 'niet'", Label.DECLINED, READ)),
    )
    reason = rival_of_a_likely_reading(state, Label.REDIRECT, LIKELY)
    assert reason == "redirect read weakly, and also as declined"
    # A stronger verdict is not this check's business.
    assert rival_of_a_likely_reading(state, Label.REDIRECT, STRONG) is None


def test_an_earlier_step_a_receipt_or_courtesy_beside_a_weak_verdict_is_no_rival() -> None:
    state = _state(
        ("forwarded", Note("forwarded: 'doorgestuurd'", Label.FORWARDED, STRONG)),
        ("acknowledged", Note("acknowledged: 'ontvangen'", Label.ACKNOWLEDGED, STRONG)),
        (
            "courtesy",
            Note("declined: 'helaas'", Label.DECLINED, READ, flags=frozenset({Flag.COURTESY})),
        ),
        ("sentence-motion-planned", Note("planned: 'bereidt'", Label.MOTION_PLANNED, LIKELY)),
    )
    assert rival_of_a_likely_reading(state, Label.MOTION_PLANNED, LIKELY) is None


def test_a_redirect_put_as_a_question_has_no_rival_in_the_question() -> None:
    state = _state(
        ("sentence-redirect", Note("redirect: 'stuur het naar'", Label.REDIRECT, LIKELY)),
        ("question", Note("question: 'kunt u het naar de griffie sturen?'", Label.QUESTION, READ)),
    )
    assert rival_of_a_likely_reading(state, Label.REDIRECT, LIKELY) is None


def test_a_motion_on_the_agenda_that_the_sender_will_submit_there_is_reviewed() -> None:
    verdict = verdict_for(
        "De motie komt op de agenda van de raad van 12 maart. Wij zullen hem daar samen met "
        "de PvdA en het CDA indienen." + SIGN,
        sender="Piet <piet@voorbeeld.nl>",
    )
    assert verdict.needs_review


def test_a_motion_held_over_is_decided_though_it_comes_back_later() -> None:
    verdict = verdict_for(
        "De motie is gisteravond ingediend en daarna aangehouden; wij dienen hem in januari "
        "opnieuw in." + SIGN,
        sender="Piet <piet@voorbeeld.nl>",
    )
    assert verdict.label.value == "motion_submitted"
    assert "beside a plan to submit" not in (verdict.review_reason or "")


MARCH_2026 = {"Date": "Tue, 03 Mar 2026 10:00:00 +0100"}


class TestGatesOfTheNewerSets:
    """Readings that writers of different sets labelled differently go to a person."""

    def test_a_result_dated_before_the_replys_year_is_reviewed(self) -> None:
        verdict = verdict_for(
            "Onze raad heeft in 2025 al een motie over gewortelde kinderen aangenomen." + SIGN,
            headers=MARCH_2026,
        )
        assert verdict.label.value == "motion_adopted"
        assert verdict.needs_review
        assert "before this reply's year" in (verdict.review_reason or "")

    def test_a_forward_beside_an_earlier_years_result_is_the_forward_for_a_person(self) -> None:
        verdict = verdict_for(
            "Ik heb uw brief doorgestuurd aan de fractievoorzitters. Onze raad heeft overigens "
            "in 2025 al een motie over gewortelde kinderen aangenomen." + SIGN,
            headers=MARCH_2026,
        )
        assert verdict.label.value == "forwarded"
        assert verdict.review_reason == "forwarded, beside a result told as history"

    def test_a_result_of_this_year_beside_an_older_one_is_decided(self) -> None:
        verdict = verdict_for(
            "In 2024 nam de raad al een motie aan over dit onderwerp. Op 12 februari 2026 is "
            "ook uw voorbeeldmotie met 20 stemmen voor en 5 tegen aangenomen." + SIGN,
            headers=MARCH_2026,
        )
        assert verdict.label.value == "motion_adopted"
        assert "before this reply's year" not in (verdict.review_reason or "")

    def test_an_automatic_thanks_without_a_number_is_reviewed(self) -> None:
        verdict = verdict_for(
            "Bedankt voor uw e-mail. Wij hebben uw bericht ontvangen en streven ernaar u binnen "
            "vijf werkdagen te antwoorden.\n\nGemeente Voorbeeld",
            subject="Automatisch antwoord: Verzoek om door te sturen",
            headers={"Auto-Submitted": "auto-replied"},
        )
        assert verdict.label.value in ("acknowledged", "auto_reply")
        assert verdict.label.value == "auto_reply" or verdict.needs_review

    def test_a_refusal_that_tells_us_to_write_the_parties_is_reviewed(self) -> None:
        verdict = verdict_for(
            "Uw e-mail is bij ons binnengekomen. Wij sturen dit soort verzoeken niet door. U "
            "kunt de fractievoorzitters zelf mailen via griffie@voorbeeld.nl." + SIGN
        )
        assert verdict.needs_review

    def test_an_opt_out_in_bulk_mail_is_reviewed(self) -> None:
        verdict = verdict_for(
            "Beste lezer,\n\nIn deze nieuwsbrief: de nieuwe subsidieregeling en de agenda voor "
            "maart.\n\nAfmelden | Voorkeuren wijzigen",
            subject="Nieuwsbrief maart",
            sender="Nieuwsbrief Voorbeeld <nieuwsbrief@voorbeeld.nl>",
            headers={"Precedence": "bulk"},
        )
        assert verdict.needs_review
