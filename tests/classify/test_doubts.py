"""Verdicts that look strong but carry a sign of doubt reach a person, with the reason."""

from __future__ import annotations

from tests.classify.support import verdict_for

AUTO = {"Auto-Submitted": "auto-generated"}
SIGN = "\n\nMet vriendelijke groet,\nGriffie Voorbeeld\n"


def test_a_plan_that_depends_on_others_is_reviewed() -> None:
    verdict = verdict_for(
        "Dank voor de voorbeeldmotie. Misschien dienen wij in het voorjaar een motie in; dat "
        "hangt af van de andere fracties." + SIGN,
        sender="Piet <piet@voorbeeld.nl>",
    )
    assert verdict.needs_review
    assert "hedged" in (verdict.review_reason or "")


def test_a_plan_without_a_hedge_is_decided() -> None:
    verdict = verdict_for(
        "Dank voor de voorbeeldmotie. Onze fractie gaat in december een motie indienen." + SIGN,
        sender="Piet <piet@voorbeeld.nl>",
    )
    assert (verdict.label.value, verdict.needs_review) == ("motion_planned", False)


def test_an_automatic_receipt_that_says_forwarded_is_reviewed() -> None:
    verdict = verdict_for(
        "Uw bericht is ontvangen en geregistreerd onder nummer 2026-4411.\n\n"
        "Uw bericht is doorgestuurd naar mevrouw J. de Vries van Bestuurszaken.",
        subject="Ontvangstbevestiging: Pleidooi voor gewortelde kinderen",
        headers=AUTO,
    )
    assert verdict.needs_review
    assert "automatic receipt" in (verdict.review_reason or "")


def test_a_plain_automatic_receipt_is_decided() -> None:
    verdict = verdict_for(
        "Uw bericht is ontvangen en geregistreerd onder nummer 2026-4411.",
        subject="Ontvangstbevestiging: Pleidooi voor gewortelde kinderen",
        headers=AUTO,
    )
    assert (verdict.label.value, verdict.needs_review) == ("acknowledged", False)


def test_a_reminder_reply_with_one_reading_of_a_step_is_reviewed() -> None:
    body = (
        "Wij praten hier binnenkort over. Het is de bedoeling om met twee andere partijen een "
        "motie in te dienen in de raad van maart." + SIGN
    )
    plain = verdict_for(body, subject="RE: Verzoek om door te sturen")
    reminder = verdict_for(body, subject="RE: Herinnering: verzoek om door te sturen")
    assert (plain.label.value, plain.needs_review) == ("motion_planned", False)
    assert reminder.label.value == "motion_planned"
    assert "reminder" in (reminder.review_reason or "")


def test_thanks_followed_by_unread_sentences_is_reviewed() -> None:
    verdict = verdict_for(
        "Dank voor uw bericht. De raad houdt zich bij onderwerpen van de eigen gemeente. "
        "Landelijk beleid valt daar buiten. Wij zien uw verzoek hiermee als afgedaan." + SIGN
    )
    assert verdict.needs_review
    assert "no rule read" in (verdict.review_reason or "")


def test_thanks_alone_is_decided() -> None:
    verdict = verdict_for("Dank voor uw bericht." + SIGN)
    assert (verdict.label.value, verdict.needs_review) == ("acknowledged", False)


def test_council_members_receiving_it_is_no_plain_receipt() -> None:
    verdict = verdict_for(
        "De raadsleden hebben uw brief met de bijlagen vandaag van de griffie ontvangen." + SIGN
    )
    # Received from the griffie is read as a forward (phrase and sentence); a receipt would
    # go to a person.
    assert verdict.label.value == "forwarded" or verdict.needs_review


def test_a_refusal_with_a_forward_after_all_is_reviewed() -> None:
    verdict = verdict_for(
        "De griffie neemt geen standpunt in en zal niet inhoudelijk op uw verzoek reageren. "
        "Uw brief is wel verstrekt aan de fractievoorzitters." + SIGN
    )
    # The forward set against the refusal ("wel verstrekt aan") is read twice and decides;
    # a refusal decided alone would go to a person.
    assert verdict.label.value == "forwarded" or verdict.needs_review


def test_an_automatic_redirect_without_an_address_is_reviewed() -> None:
    verdict = verdict_for(
        "Dit adres wordt niet meer gelezen. Stuur uw bericht naar de gemeente.",
        subject="Automatisch antwoord: Pleidooi voor gewortelde kinderen",
        headers={"Auto-Submitted": "auto-replied"},
    )
    assert verdict.label.value == "redirect"
    assert "names no address" in (verdict.review_reason or "")


def test_an_opt_out_beside_a_redirect_with_a_new_address_is_the_redirect() -> None:
    verdict = verdict_for(
        "Dit adres is alleen voor vragen van inwoners en wordt niet gebruikt voor post aan de "
        "raad. Wilt u uw verzoek opnieuw sturen aan griffie@voorbeeld.nl? Wilt u dit adres "
        "daarnaast uit uw verzendlijst halen?\n\nMet vriendelijke groet,\nKCC Voorbeeld\n",
        sender="KCC <info@voorbeeld.nl>",
    )
    # A redirect that names a new address outweighs removing the old one.
    assert verdict.label.value == "redirect"


def test_a_forward_passing_on_a_party_answer_is_reviewed() -> None:
    verdict = verdict_for(
        "Onder deze mail vindt u het antwoord van de CDA-fractie op uw brief, die wij eerder "
        "aan alle fractievoorzitters hebben doorgestuurd." + SIGN,
        subject="FW: Pleidooi voor gewortelde kinderen",
    )
    assert verdict.needs_review
    assert "party's answer" in (verdict.review_reason or "")


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
