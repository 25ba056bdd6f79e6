"""A machine's note that a mailbox is read only on working days is an automatic reply, not
a receipt; a receipt with a case number stays one."""

from __future__ import annotations

import pytest

from outreach.classify.labels import Label

from .support import verdict_for

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
