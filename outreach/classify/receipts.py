"""Receipts: case numbers ("uw zaaknummer is Z-2025-01234"), read and delivery receipts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from outreach.classify.base import ChainState, ClassifyContext, Decision, Note
from outreach.classify.confidence import CLEAR
from outreach.classify.flags import Flag
from outreach.classify.labels import Label
from outreach.classify.message import ParsedMessage
from outreach.classify.patterns import EMAIL_ADDRESS
from outreach.classify.prefilter import Keyed
from outreach.classify.vocabulary import family, pattern, words

# A ticket system may write its number in two groups ("M2611 0457"): a second group of
# three or more digits belongs to it.
_CASE_NUMBER = Keyed(
    rf"\b(?:{words('case-number-noun')})\b\.?\s*(?:is|:|#|nr\.?)?\s*[:|]?\s*#?"
    r"(?P<number>[A-Z0-9][A-Z0-9./_-]*\d[A-Z0-9./_-]*(?: \d{3,}\b)?)",
    re.I,
)
# "Geregistreerd als melding M2610 0837", "heeft het nummer M2602 0418 gekregen": a code of
# letters then digits, unlike a phone number ("bel nummer 14 038") or a count ("zaak 2").
_CASE_CODE = Keyed(
    rf"\b(?:{words('case-code-noun')})\s*[:#|]?\s*"
    r"(?P<number>[A-Z]{1,3}[-/]?\d{2,}(?:[-/ ]\d{2,})*)\b",
    re.I,
)


@dataclass(frozen=True)
class CaseNumberRule:
    """A zaaknummer or kenmerk: the message was registered, so receipt is confirmed."""

    name: str = "case-number"
    description: str = "zaaknummer / kenmerk / registratienummer in the sender's own text"

    def check(
        self, message: ParsedMessage, context: ClassifyContext, state: ChainState
    ) -> Decision | Note | None:
        for text in (state.split.own, message.subject):
            found = _CASE_NUMBER.search(text) or _CASE_CODE.search(text)
            if found:
                number = found.group("number").rstrip("./-")
                return Note(
                    f"case number {number}",
                    label=Label.ACKNOWLEDGED,
                    confidence=CLEAR,
                    details={"zaaknummer": number},
                    flags=frozenset({Flag.CASE_NUMBER}),
                )
        return None


_READ_SUBJECT = re.compile(rf"^\s*{words('read-receipt-subject')}", re.I)
_UNREAD_SUBJECT = re.compile(rf"^\s*{words('unread-receipt-subject')}", re.I)
_DELETED_UNREAD = family("deleted-unread")
# RFC 8098: "Disposition: manual-action/MDN-sent-manually; deleted" (or "displayed").
_DISPOSITION = re.compile(rb"^Disposition:[^;\r\n]*;\s*([a-z-]+)", re.I | re.M)
_DELIVERED_SUBJECT = re.compile(rf"^\s*{words('delivery-receipt-subject')}", re.I)


@dataclass(frozen=True)
class ReadReceiptRule:
    """A read receipt (RFC 8098, or its subject): the letter was opened, nothing more."""

    name: str = "read-receipt"
    description: str = "a message disposition notification or a 'Gelezen:'/'Read:' subject"

    def check(
        self, message: ParsedMessage, context: ClassifyContext, state: ChainState
    ) -> Decision | Note | None:
        mdn = message.report_type == "disposition-notification"
        if mdn or _READ_SUBJECT.search(message.subject) or _UNREAD_SUBJECT.search(message.subject):
            if _deleted_unread(message, state, mdn=mdn):
                return Decision(Label.OTHER, CLEAR, "read receipt: deleted without being read")
            return Decision(Label.ACKNOWLEDGED, CLEAR, "read receipt: the letter was opened")
        if _DELIVERED_SUBJECT.search(message.subject) and not message.dsn:
            return Decision(Label.OTHER, CLEAR, "delivery receipt: delivered, not a reply")
        return None


def _deleted_unread(message: ParsedMessage, state: ChainState, *, mdn: bool) -> bool:
    """The receipt says our letter was thrown away unopened: no receipt at all."""
    if _UNREAD_SUBJECT.search(message.subject):
        return True
    if mdn:
        found = _DISPOSITION.search(message.raw)
        if found is not None:
            return found.group(1).lower() == b"deleted"
    return bool(_DELETED_UNREAD.search(state.own[:600]))


_STANCE_NEGATED = family("stance-negated")
_NOT_YET = pattern("not-yet")
_FALSE_NEGATION = family("false-negation")
_RECEIPT_WORDS = family("acknowledge", "thanks")


def says_more(state: ChainState) -> str | None:
    """Why a person's receipt may say more than that our letter arrived, or None.

    A receipt is decided alone only when the rest of the sender's words add nothing a rule
    missed. A sentence in which the council, a council body or "we" is the subject of a
    negation no rule read ("onze raad bemoeit zich niet met de asielopvang", "wij doen daar
    niet aan mee") may be a refusal in words the vocabulary lacks; another address in the
    text may be a new one to write to. Either way a person reads it. What the writer cannot
    do themselves ("ik kan zelf niet beslissen"), what we did not get ("excuses dat u geen
    bevestiging kreeg") and a step still to come ("nog niet") are no such turn.
    """
    for sentence in state.sentences:
        text = sentence.text
        if _RECEIPT_WORDS.search(text) or _NOT_YET.search(text):
            continue
        # The negation ends the stance's match ("... de fracties zelf om al dan niet"); it is
        # read where it stands, so a choice left open is no stance.
        if any(
            not _FALSE_NEGATION.match(text, n.end() - len(n.group(0).split()[-1]))
            for n in _STANCE_NEGATED.finditer(text)
        ):
            return "a receipt with a negated sentence no rule read"
    known = {(state.message.from_address or "").lower(), *state.context.own_addresses}
    if any(a.lower() not in known for a in EMAIL_ADDRESS.findall(state.split.own)):
        return "a receipt that names another address"
    return None
