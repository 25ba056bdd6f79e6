"""Evidence that points two ways goes to a person, with the reason; agreeing evidence does not."""

from __future__ import annotations

from tests.classify.support import verdict_for


def test_a_clear_refusal_outweighs_a_loose_forward() -> None:
    # "voor kennisgeving aangenomen" alone might read as passed on; the refusal around it
    # settles what happened, so no person is needed.
    verdict = verdict_for(
        "Het presidium heeft besloten uw brief niet te agenderen en niet onder de fracties te "
        "verspreiden. Wij nemen geen standpunt in. De brief is voor kennisgeving aangenomen.\n\n"
        "Met vriendelijke groet,\nGriffie Voorbeeld\n"
    )
    assert (verdict.label.value, verdict.needs_review) == ("declined", False)


def test_a_forward_read_twice_beside_no_position_stands() -> None:
    verdict = verdict_for(
        "De griffie neemt geen standpunt in over de inhoud. Uw brief is doorgestuurd aan de "
        "fractievoorzitters.\n\nMet vriendelijke groet,\nGriffie Voorbeeld\n"
    )
    assert (verdict.label.value, verdict.needs_review) == ("forwarded", False)


def test_rejected_beside_a_tied_vote_goes_to_a_person() -> None:
    verdict = verdict_for(
        "Bij de stemming over de motie staakten de stemmen. Bij staking van stemmen in een "
        "volgende vergadering is de motie verworpen.\n\nMet vriendelijke groet,\nGriffie\n"
    )
    assert verdict.needs_review
    assert "held over or tied" in (verdict.review_reason or "")
