"""Two readings of other writers' mail.

A bare name as the subject of "dat X de motie heeft aangenomen" is another council: only a
council adopts, and the sender's own council is "we" or "de raad". And a machine's note that
a mailbox is read only on working days is an automatic reply, not a receipt.
"""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label

from .support import OUTLOOK_NL_QUOTE, verdict_for


@pytest.mark.parametrize(
    "body",
    [
        "Beste mensen,\n\nFijn om te lezen dat Amersfoort de motie al heeft aangenomen. Bij ons "
        "willen we hem na de zomer indienen.",
        "Hoi,\n\nIk las nu Heerlen dezelfde motie vorig jaar heeft verworpen. Onze fractie "
        "gaat hem toch in september indienen.",
    ],
)
def test_a_named_council_that_adopted_is_not_the_senders(body: str) -> None:
    assert verdict_for(body + OUTLOOK_NL_QUOTE).label is Label.MOTION_PLANNED


def test_the_senders_own_council_as_we_still_adopted() -> None:
    body = "Beste,\n\nGoed nieuws: ik kan melden dat we de motie gisteravond hebben aangenomen."
    assert verdict_for(body + OUTLOOK_NL_QUOTE).label is Label.MOTION_ADOPTED


AUTOMATIC = {"Auto-Submitted": "auto-replied"}


@pytest.mark.parametrize(
    "body",
    [
        "Dank voor uw bericht.\n\nDeze mailbox wordt alleen op werkdagen tussen 9.00 en 16.30 uur "
        "gelezen. Mail die later binnenkomt, wordt gelezen op de eerstvolgende werkdag.",
        "Thank you for your message.\n\nThis inbox is monitored during office hours only. "
        "Messages received at the weekend are read the next working day.",
    ],
)
def test_a_mailbox_reading_hours_note_is_an_automatic_reply(body: str) -> None:
    verdict = verdict_for(body, subject="Automatisch antwoord: Pleidooi", headers=AUTOMATIC)
    assert verdict.label is Label.AUTO_REPLY


def test_a_receipt_with_a_case_number_stays_a_receipt() -> None:
    body = (
        "Wij hebben uw bericht ontvangen onder zaaknummer Z-2026-1234. Berichten die na "
        "17.00 uur binnenkomen, worden behandeld op de volgende werkdag."
    )
    verdict = verdict_for(body, subject="Ontvangstbevestiging", headers=AUTOMATIC)
    assert verdict.label is Label.ACKNOWLEDGED
