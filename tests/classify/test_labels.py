from __future__ import annotations

from outreach.classify.labels import CAMPAIGN_PROGRESS, Label, precedence, strongest


class TestLabelSet:
    """The label set is fixed: other modules store these strings."""

    def test_values(self) -> None:
        assert {lab.value for lab in Label} == {
            "bounce_hard", "bounce_soft", "auto_reply", "redirect", "acknowledged", "forwarded",
            "motion_planned", "motion_submitted", "motion_adopted", "motion_rejected",
            "declined", "opt_out", "question", "other",
        }  # fmt: skip


class TestCampaignPrecedence:
    """Adopted/rejected > submitted > planned > forwarded > acknowledged."""

    def test_progress_order(self) -> None:
        order = [
            Label.ACKNOWLEDGED,
            Label.FORWARDED,
            Label.MOTION_PLANNED,
            Label.MOTION_SUBMITTED,
            Label.MOTION_ADOPTED,
        ]
        assert [CAMPAIGN_PROGRESS[lab] for lab in order] == sorted(
            CAMPAIGN_PROGRESS[lab] for lab in order
        )
        assert CAMPAIGN_PROGRESS[Label.MOTION_REJECTED] == CAMPAIGN_PROGRESS[Label.MOTION_ADOPTED]
        assert [precedence(lab) for lab in order] == sorted(precedence(lab) for lab in order)

    def test_refusals_beat_a_receipt(self) -> None:
        for label in (Label.DECLINED, Label.OPT_OUT, Label.REDIRECT, Label.QUESTION):
            assert strongest([Label.ACKNOWLEDGED, label]) is label

    def test_empty_is_other(self) -> None:
        assert strongest([]) is Label.OTHER
