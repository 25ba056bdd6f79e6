"""Very short replies above our quoted letter: a dropped object or subject, a bare opt-out,
a phone-short receipt; and questions set apart from redirects, a received forward from one
the sender made."""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label

from .support import GMAIL_NL_QUOTE, OUTLOOK_NL_QUOTE, verdict_for


@pytest.mark.parametrize(
    "body",
    [
        # The object left out, the verb second: the motion is what they will submit.
        "Gaan we indienen in de raad van maart! Groet, Femke",
        "mooi, die gaan we na de zomer indienen. Bart (GL)",
        "Prima, deze willen we in januari indienen samen met de PvdA.",
        # "Gaan we doen" with the meeting in a sentence of its own.
        "Gaan we doen. Komt bij de begroting.",
        "doen we, komt in de maartraad",
    ],
)
def test_a_plan_with_its_object_left_out_is_the_motion(body: str) -> None:
    assert verdict_for(body + GMAIL_NL_QUOTE).label is Label.MOTION_PLANNED


@pytest.mark.parametrize(
    "body",
    [
        # "die" inside a clause is a relative pronoun: the party, not the motion.
        "Ik ken de fractie die het wil indienen niet.",
        # Asked, not told.
        "Gaan we indienen?",
    ],
)
def test_a_relative_die_or_a_question_plans_nothing(body: str) -> None:
    assert verdict_for(body + GMAIL_NL_QUOTE).label is not Label.MOTION_PLANNED


def test_a_step_with_its_subject_left_out_is_the_motions() -> None:
    body = "is vorige week ingediend door de SP en D66 in onze raad. Stemming volgt in mei. Jan"
    assert verdict_for(body + GMAIL_NL_QUOTE).label is Label.MOTION_SUBMITTED


def test_a_step_with_its_own_subject_after_the_verb_is_not_dropped() -> None:
    body = "Is de brief al ingediend als ingekomen stuk? Ik hoor het graag."
    assert verdict_for(body + GMAIL_NL_QUOTE).label is not Label.MOTION_SUBMITTED


@pytest.mark.parametrize("body", ["UITSCHRIJVEN", "Uitschrijven graag."])
def test_a_bare_unsubscribe_as_new_mail_is_an_opt_out(body: str) -> None:
    verdict = verdict_for(body, subject="afmelden")
    assert verdict.label is Label.OPT_OUT


def test_unsubscribing_from_something_else_is_no_bare_opt_out() -> None:
    verdict = verdict_for(
        "Uitschrijven uit de basisregistratie kan bij de balie.", subject="verhuizing"
    )
    assert verdict.label is not Label.OPT_OUT


def test_no_more_reminders_without_a_verb_is_an_opt_out() -> None:
    verdict = verdict_for("Liever geen reminders meer naar ons adres." + OUTLOOK_NL_QUOTE)
    assert verdict.label is Label.OPT_OUT


def test_a_reminder_that_was_not_needed_is_no_opt_out() -> None:
    body = (
        "Uw eerste mail is al naar de fractievoorzitters doorgestuurd; die herinnering was "
        "niet nodig."
    )
    assert verdict_for(body + OUTLOOK_NL_QUOTE).label is Label.FORWARDED


@pytest.mark.parametrize("body", ["Heb em al hoor", "hadden hem al binnen, dank!"])
def test_already_had_it_is_a_receipt(body: str) -> None:
    assert verdict_for(body + GMAIL_NL_QUOTE).label is Label.ACKNOWLEDGED


def test_already_having_forwarded_it_is_no_mere_receipt() -> None:
    body = "Heb hem al doorgestuurd naar de fractievoorzitters."
    assert verdict_for(body + GMAIL_NL_QUOTE).label is Label.FORWARDED


def test_asking_to_resend_in_another_format_is_a_question() -> None:
    body = (
        "Goedemiddag,\n\nDe bijlagen komen hier niet door. Wilt u de stukken opnieuw sturen "
        "als pdf?\n\nMet vriendelijke groet,\nPetra"
    )
    assert verdict_for(body + OUTLOOK_NL_QUOTE).label is Label.QUESTION


def test_asking_us_to_send_it_to_the_griffie_ourselves_is_a_redirect() -> None:
    body = "Wil je het zelf naar griffie@voorbeeld.nl mailen? Die zorgt voor de rest.\n\nGr. Ali"
    assert verdict_for(body + GMAIL_NL_QUOTE).label is Label.REDIRECT


def test_asking_us_to_send_it_to_the_sender_is_a_question() -> None:
    body = "Wilt u het naar mij sturen als Word-bestand? Dan kijk ik ernaar."
    assert verdict_for(body + GMAIL_NL_QUOTE).label is not Label.REDIRECT


def test_our_mail_that_went_to_the_party_leaders_is_forwarded() -> None:
    body = "Uw brief is in oktober al naar de griffier en alle fractievoorzitters gegaan."
    assert verdict_for(body + OUTLOOK_NL_QUOTE).label is Label.FORWARDED


def test_a_motion_that_went_well_is_no_forward() -> None:
    body = "Het is goed gegaan in de raad, dank voor jullie steun."
    assert verdict_for(body + OUTLOOK_NL_QUOTE).label is not Label.FORWARDED


def test_a_forward_the_sender_received_is_none_they_made() -> None:
    body = (
        "Ik kreeg uw bericht doorgestuurd van de griffie. Ik ben sinds de zomer geen "
        "raadslid en ook geen fractievoorzitter meer, dus ik kan er niets mee. Succes!"
    )
    verdict = verdict_for(body + OUTLOOK_NL_QUOTE)
    assert verdict.label not in (Label.FORWARDED, Label.DECLINED, Label.REDIRECT)
    assert verdict.needs_review


def test_a_former_role_with_a_successor_named_is_a_redirect() -> None:
    body = (
        "Ik ben geen fractievoorzitter meer. Mijn opvolger is bereikbaar via k.visser@voorbeeld.nl."
    )
    assert verdict_for(body + OUTLOOK_NL_QUOTE).label is Label.REDIRECT


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("Hebben we afgelopen dinsdag al ingediend, samen met de SP.", Label.MOTION_SUBMITTED),
        ("Wordt over twee weken ingediend door GroenLinks.", Label.MOTION_PLANNED),
    ],
)
def test_a_step_told_without_its_object_or_subject(body: str, label: Label) -> None:
    assert verdict_for(body + GMAIL_NL_QUOTE).label is label


@pytest.mark.parametrize("body", ["Stop!", "Graag uit jullie mailinglijst af."])
def test_a_verbless_stop_is_an_opt_out(body: str) -> None:
    assert verdict_for(body + GMAIL_NL_QUOTE).label is Label.OPT_OUT


def test_stopping_in_a_sentence_of_ones_own_is_no_opt_out() -> None:
    body = "Ik stop in maart als raadslid, maar ik geef het door aan mijn fractie."
    assert verdict_for(body + GMAIL_NL_QUOTE).label is not Label.OPT_OUT


@pytest.mark.parametrize("body", ["Gezien!", "Had ik al ontvangen hoor."])
def test_seen_or_had_already_is_a_receipt(body: str) -> None:
    assert verdict_for(body + GMAIL_NL_QUOTE).label is Label.ACKNOWLEDGED
