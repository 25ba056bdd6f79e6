from __future__ import annotations

import pytest

from outreach.classify.labels import Label
from tests.classify.support import OWN_ADDRESS, verdict_for

ABSENCE = "Ik ben afwezig tot en met 14 maart en lees mijn mail daarna."


class TestAutoReplyHeaders:
    """Headers that mark an automatic reply, and one that does not."""

    @pytest.mark.parametrize(
        "headers",
        [
            {"Auto-Submitted": "auto-replied"},
            {"Auto-Submitted": "auto-generated"},
            {"X-Autoreply": "yes"},
            {"X-Autorespond": "Afwezig"},
            {"Precedence": "auto_reply"},
            {"X-MS-Exchange-Generated-Message-Source": "Mailbox Rules Agent"},
        ],
    )
    def test_header_marks_auto_reply(self, headers: dict[str, str]) -> None:
        verdict = verdict_for("Bedankt voor uw bericht. Ik reageer later.", headers=headers)
        assert verdict.label in (Label.AUTO_REPLY, Label.ACKNOWLEDGED)
        assert verdict.reasons[0].rule == "auto-headers"

    def test_auto_submitted_no_is_not_evidence(self) -> None:
        verdict = verdict_for("Wij gaan een motie indienen.", headers={"Auto-Submitted": "no"})
        assert verdict.label is Label.MOTION_PLANNED

    def test_auto_response_suppress_alone_is_not_evidence(self) -> None:
        verdict = verdict_for(
            "Uw brief is doorgestuurd aan de fractievoorzitters.",
            headers={"X-Auto-Response-Suppress": "All"},
        )
        assert verdict.label is Label.FORWARDED

    @pytest.mark.parametrize(
        "subject",
        [
            "Automatisch antwoord: Pleidooi",
            "Afwezig: Pleidooi",
            "Out of Office: Pleidooi",
            "Automatic reply: Pleidooi",
            "Autosvar: Pleidooi",
        ],
    )
    def test_subject_marks_auto_reply(self, subject: str) -> None:
        assert verdict_for(ABSENCE, subject=subject).label is Label.AUTO_REPLY


class TestWhatTheMachineSaid:
    """A receipt is acknowledged, a pointer elsewhere is redirect, an absence is auto_reply."""

    def test_receipt_with_case_number_is_acknowledged(self) -> None:
        verdict = verdict_for(
            "Wij hebben uw e-mail ontvangen. Uw zaaknummer is Z-2025-001234.",
            subject="Ontvangstbevestiging",
            headers={"Auto-Submitted": "auto-generated"},
        )
        assert verdict.label is Label.ACKNOWLEDGED
        assert verdict.details["zaaknummer"] == "Z-2025-001234"

    def test_absence_is_auto_reply(self) -> None:
        verdict = verdict_for(
            "De griffie is gesloten in verband met het zomerreces.",
            headers={"Auto-Submitted": "auto-replied"},
        )
        assert verdict.label is Label.AUTO_REPLY
        assert verdict.confidence >= 0.9

    def test_redirect_suggests_the_other_address(self) -> None:
        verdict = verdict_for(
            "Dit e-mailadres wordt niet gelezen. Stuur uw bericht naar Raadsgriffie@Voorbeeld.nl.",
            sender="noreply@voorbeeld.nl",
            headers={"Auto-Submitted": "auto-replied"},
        )
        assert verdict.label is Label.REDIRECT
        assert verdict.details["suggested_address"] == "raadsgriffie@voorbeeld.nl"

    def test_redirect_never_suggests_our_own_or_the_sender(self) -> None:
        verdict = verdict_for(
            f"Dit adres wordt niet gelezen. Gebruik het contactformulier. Kopie: {OWN_ADDRESS}",
            sender="info@voorbeeld.nl",
        )
        assert verdict.label is Label.REDIRECT
        assert "suggested_address" not in verdict.details

    def test_contact_form_is_redirect(self) -> None:
        verdict = verdict_for("Gebruik voor vragen het contactformulier op onze website.")
        assert verdict.label is Label.REDIRECT
