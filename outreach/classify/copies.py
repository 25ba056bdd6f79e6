"""Mail on which we are only copied: somebody else is the one addressed.

A municipality's front desk often passes our letter on by forwarding it to the griffie with
us in Cc ("De afzender heb ik in cc gezet"). The forward is the message itself: no sentence
needs to say "doorgestuurd". Its questions ("Willen jullie dit verder oppakken?") are for the
people it is addressed to, not for us.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from outreach.classify.base import ChainState, ClassifyContext, Decision, Note
from outreach.classify.confidence import CLEAR
from outreach.classify.labels import Label
from outreach.classify.message import ParsedMessage
from outreach.classify.text import fold
from outreach.classify.vocabulary import family

# The message's own subject starts as a forward: "FW: ...", "Doorst: ...", not "RE: FW: ..."
# (an answer within a forwarded thread is an answer).
_FORWARD_SUBJECT = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)?(?:fw|fwd|wg|doorst|doorgestuurd|tr)\s*:", re.I
)
_US_BY_NAME = family("campaign-self")


def copied_only(message: ParsedMessage, own_addresses: Iterable[str]) -> bool:
    """Our address is in Cc, not in To, and the message is addressed to somebody.

    A plus address ("kinderpardonnu+gm0200@...") is ours too.
    """
    ours = {untagged(address) for address in own_addresses}
    if not ours or not message.to:
        return False
    to = {untagged(address) for address in message.to}
    cc = {untagged(address) for address in message.cc}
    return not (to & ours) and bool(cc & ours)


def untagged(address: str) -> str:
    """`name+tag@domain` as `name@domain`: our plus addresses are ours."""
    local, _, domain = address.lower().rpartition("@")
    return f"{local.partition('+')[0]}@{domain}"


def asks_us(sentence: str) -> bool:
    """In mail we are copied on, a question is ours only when it names us."""
    return bool(_US_BY_NAME.search(fold(sentence)))


@dataclass(frozen=True)
class CopiedForwardRule:
    """A forward of the mail to somebody else, with us in Cc: our letter was passed on."""

    name: str = "copied-forward"
    description: str = "an FW: to another address with us only in Cc: the letter was passed on"

    def check(
        self, message: ParsedMessage, context: ClassifyContext, state: ChainState
    ) -> Decision | Note | None:
        if not _FORWARD_SUBJECT.match(message.subject):
            return None
        if not copied_only(message, context.own_addresses):
            return None
        if not state.split.quoted.strip():
            return None  # nothing forwarded below the note: not our letter passed on
        to = ", ".join(message.to[:3])
        return Note(f"forwarded to {to}, with us in Cc", label=Label.FORWARDED, confidence=CLEAR)
