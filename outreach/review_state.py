"""Where a received message stands with respect to the review queue (one definition)."""

from __future__ import annotations

from enum import StrEnum


class ReviewState(StrEnum):
    NONE = "none"  # decided without a person
    PENDING = "pending"  # waiting in the review queue for a volunteer
    RESOLVED = "resolved"  # a volunteer decided it
    # A question the classifier is sure of: nothing to check, but a volunteer must answer it.
    # Not in the review queue; in the "to answer" list until someone marks it answered.
    TO_ANSWER = "to_answer"
