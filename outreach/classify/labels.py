"""The labels a message can get, and how far along the campaign each one is."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Label(StrEnum):
    BOUNCE_HARD = "bounce_hard"
    BOUNCE_SOFT = "bounce_soft"
    AUTO_REPLY = "auto_reply"
    REDIRECT = "redirect"
    ACKNOWLEDGED = "acknowledged"
    FORWARDED = "forwarded"
    MOTION_PLANNED = "motion_planned"
    MOTION_SUBMITTED = "motion_submitted"
    MOTION_ADOPTED = "motion_adopted"
    MOTION_REJECTED = "motion_rejected"
    DECLINED = "declined"
    OPT_OUT = "opt_out"
    QUESTION = "question"
    OTHER = "other"


BOUNCES = frozenset({Label.BOUNCE_HARD, Label.BOUNCE_SOFT})
MOTIONS = frozenset(
    {Label.MOTION_PLANNED, Label.MOTION_SUBMITTED, Label.MOTION_ADOPTED, Label.MOTION_REJECTED}
)
# A vote's outcome, and the results the campaign reports (a motion submitted is one too).
OUTCOMES = frozenset({Label.MOTION_ADOPTED, Label.MOTION_REJECTED})
RESULTS = frozenset({Label.MOTION_SUBMITTED, *OUTCOMES})
# What the sender did with our letter now, the news beside an outcome told as history ("al in
# 2024 aangenomen; uw brief heb ik doorgestuurd"). Not a plan (it has its own rule), a
# submission (the same history) or a refusal: "al in 2025 aangenomen, dus geen nieuwe motie
# nodig" was called the result by most writers.
NEWS_BESIDE_HISTORY = frozenset({Label.FORWARDED, Label.REDIRECT, Label.QUESTION})
HUMAN = frozenset(
    {
        Label.REDIRECT, Label.ACKNOWLEDGED, Label.FORWARDED, Label.DECLINED, Label.OPT_OUT,
        Label.QUESTION, *MOTIONS,
    }
)  # fmt: skip

# How far a municipality has come: a later step is never undone by an earlier one.
CAMPAIGN_PROGRESS: dict[Label, int] = {
    Label.ACKNOWLEDGED: 1,
    Label.FORWARDED: 2,
    Label.MOTION_PLANNED: 3,
    Label.MOTION_SUBMITTED: 4,
    Label.MOTION_ADOPTED: 5,
    Label.MOTION_REJECTED: 5,
}

# Which label wins when one reply supports several. Progress labels follow the campaign;
# a refusal, an opt-out, a new address or a question matter more than a bare receipt. A
# forward beats a refusal ("forwarded, but the griffie itself takes no position"), and a new
# address beats "we cannot pass this on" because it says where to go instead.
_PRECEDENCE: tuple[Label, ...] = (
    Label.OPT_OUT,
    Label.MOTION_ADOPTED,
    Label.MOTION_REJECTED,
    Label.MOTION_SUBMITTED,
    Label.MOTION_PLANNED,
    Label.FORWARDED,
    Label.REDIRECT,
    Label.DECLINED,
    Label.QUESTION,
    Label.ACKNOWLEDGED,
    Label.AUTO_REPLY,
    Label.OTHER,
)


def precedence(label: Label) -> int:
    """Higher wins. Bounces are decided before any of this and rank above everything."""
    if label in BOUNCES:
        return len(_PRECEDENCE) + 1
    return len(_PRECEDENCE) - _PRECEDENCE.index(label)


def strongest(labels: Iterable[Label]) -> Label:
    """The label that wins among `labels` (OTHER when there are none)."""
    return max(labels, key=precedence, default=Label.OTHER)
