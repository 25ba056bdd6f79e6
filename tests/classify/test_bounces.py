from __future__ import annotations

from outreach.classify.chain import classify
from outreach.classify.labels import Label
from outreach.classify.message import parse_message
from tests.classify.support import CONTEXT, SAMPLES, build, sample


class TestDeliveryStatus:
    """RFC 3464 reports: status class decides hard or soft; details are kept."""

    def test_microsoft_recipient_not_found_is_hard(self) -> None:
        verdict = classify(sample("dsn_m365_hard.eml"), CONTEXT)
        assert verdict.label is Label.BOUNCE_HARD
        assert verdict.confidence >= 0.9
        assert verdict.details["status"] == "5.1.10"
        assert verdict.details["action"] == "failed"
        assert verdict.details["failed_recipients"] == ["info@voorbeeld.nl"]
        assert "RecipientNotFound" in verdict.details["diagnostic"]
        assert [r.rule for r in verdict.reasons] == ["dsn-report"]
        assert not verdict.needs_review

    def test_delay_is_soft(self) -> None:
        verdict = classify(sample("dsn_delayed.eml"), CONTEXT)
        assert verdict.label is Label.BOUNCE_SOFT
        assert verdict.details["status"] == "4.4.1"

    def test_delay_alone_needs_nobody(self) -> None:
        verdict = classify(sample("dsn_delayed.eml"), CONTEXT)
        assert not verdict.needs_review
        assert "gave_up" not in verdict.details

    def test_a_server_that_gave_up_after_temporary_failures_goes_to_a_person(self) -> None:
        # Soft by its status class, as the status class says, yet final: nobody retries.
        raw = (SAMPLES / "dsn_delayed.eml").read_bytes()
        gave_up = raw.replace(b"Action: delayed", b"Action: failed")
        assert gave_up != raw
        verdict = classify(parse_message(gave_up), CONTEXT)
        assert verdict.label is Label.BOUNCE_SOFT
        assert verdict.details["gave_up"] is True
        assert verdict.needs_review
        assert verdict.review_reason is not None
        assert "not delivered" in verdict.review_reason

    def test_successful_delivery_is_not_a_bounce(self) -> None:
        verdict = classify(sample("dsn_delivered.eml"), CONTEXT)
        assert verdict.label is Label.OTHER

    def test_abuse_report_is_not_a_bounce(self) -> None:
        verdict = classify(sample("arf_report.eml"), CONTEXT)
        assert verdict.label is Label.OTHER
        assert verdict.reasons[0].rule == "arf-feedback-report"


class TestNonStandardBounces:
    """Bounces without a delivery-status part are still recognised."""

    def test_qmail_permanent(self) -> None:
        verdict = classify(sample("qmail_bounce.eml"), CONTEXT)
        assert verdict.label is Label.BOUNCE_HARD
        assert verdict.reasons[0].rule == "bounce-heuristic"
        assert "raad@voorbeeld.nl" in verdict.details["failed_recipients"]

    def test_exim_delay_warning_is_soft(self) -> None:
        verdict = classify(sample("exim_defer.eml"), CONTEXT)
        assert verdict.label is Label.BOUNCE_SOFT
        assert verdict.details["status"] == "4.3.0"

    def test_out_of_office_from_postmaster_is_an_auto_reply(self) -> None:
        verdict = classify(sample("ms_oof_postmaster.eml"), CONTEXT)
        assert verdict.label is Label.AUTO_REPLY

    def test_human_reply_about_delivery_is_not_a_bounce(self) -> None:
        verdict = classify(
            build("Uw vorige mail kon niet worden bezorgd, maar deze is in goede orde ontvangen."),
            CONTEXT,
        )
        assert verdict.label is Label.ACKNOWLEDGED
