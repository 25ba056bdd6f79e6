"""The per-municipality state machine: forward-only automatic moves, labels, operator moves."""

from __future__ import annotations

import pytest
from sqlmodel import select

from outreach.status import advance, apply_label, is_forward, set_state
from outreach.store import transaction
from outreach.store.models import Municipality, StatusEvent
from tests.fixtures.store import Campaign


def state_after(campaign: Campaign, start: str, label: str, **details: str) -> Municipality:
    with transaction(campaign.engine) as session:
        m = session.get(Municipality, "GM0344")
        assert m is not None
        set_state(session, m, start, cause="test")
        apply_label(session, m, label, details=details, incoming_id=None)
        return m


class TestForwardOnly:
    """Automatic moves only go forward along the campaign's path."""

    @pytest.mark.parametrize(
        ("old", "new", "allowed"),
        [
            ("sent", "acknowledged", True),
            ("acknowledged", "forwarded", True),
            ("forwarded", "acknowledged", False),
            ("motion_submitted", "motion_planned", False),
            ("motion_submitted", "motion_adopted", True),
            ("motion_submitted", "motion_rejected", True),
            ("motion_adopted", "motion_rejected", False),
            ("pending", "forwarded", True),
            ("opted_out", "forwarded", False),
            ("declined", "motion_adopted", False),
            ("forwarded", "opted_out", True),
            ("motion_adopted", "needs_address", False),
        ],
    )
    def test_moves(self, old: str, new: str, allowed: bool) -> None:
        assert is_forward(old, new) is allowed

    def test_advance_records_the_cause(self, campaign: Campaign) -> None:
        with transaction(campaign.engine) as session:
            m = session.get(Municipality, "GM0344")
            assert m is not None
            set_state(session, m, "sent", cause="test")
            assert advance(session, m, "forwarded", cause="message 7: forwarded", incoming_id=None)
            assert not advance(session, m, "acknowledged", cause="message 8", incoming_id=None)
        with transaction(campaign.engine) as session:
            causes = [
                e.cause
                for e in session.exec(select(StatusEvent).where(StatusEvent.cbs_code == "GM0344"))
            ]
        assert causes[-1] == "message 7: forwarded"

    def test_unknown_state_is_refused(self, campaign: Campaign) -> None:
        with transaction(campaign.engine) as session:
            m = session.get(Municipality, "GM0344")
            assert m is not None
            with pytest.raises(ValueError, match="unknown state"):
                set_state(session, m, "happy", cause="test")


class TestLabels:
    """What each label does to the municipality."""

    @pytest.mark.parametrize(
        ("label", "expected"),
        [
            ("acknowledged", "acknowledged"),
            ("forwarded", "forwarded"),
            ("motion_adopted", "motion_adopted"),
            ("bounce_hard", "needs_address"),
            ("opt_out", "opted_out"),
            ("declined", "declined"),
            ("auto_reply", "sent"),
            ("bounce_soft", "sent"),
            ("other", "sent"),
        ],
    )
    def test_label_moves(self, campaign: Campaign, label: str, expected: str) -> None:
        assert state_after(campaign, "sent", label).state == expected

    def test_redirect_keeps_the_suggested_address(self, campaign: Campaign) -> None:
        m = state_after(campaign, "sent", "redirect", suggested_address="griffie@utrecht.nl")
        assert (m.state, m.suggested_email) == ("needs_address", "griffie@utrecht.nl")

    def test_question_raises_the_flag_only(self, campaign: Campaign) -> None:
        m = state_after(campaign, "forwarded", "question")
        assert (m.state, m.open_question) == ("forwarded", True)

    def test_acknowledgement_does_not_undo_progress(self, campaign: Campaign) -> None:
        assert state_after(campaign, "motion_submitted", "acknowledged").state == "motion_submitted"
