"""Case numbers in automatic receipts ("uw zaaknummer is Z-2025-01234")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from outreach.classify.base import ChainState, ClassifyContext, Decision, Note
from outreach.classify.confidence import CLEAR
from outreach.classify.flags import Flag
from outreach.classify.labels import Label
from outreach.classify.message import ParsedMessage

_CASE_NUMBER = re.compile(
    r"\b(?:zaaknummer|zaaknr|zaak ?nummer|kenmerk|registratienummer|registratie ?nr|"
    r"referentienummer|referentie|dossiernummer|ticketnummer|meldingsnummer|"
    r"reference number|case number|ticket number|"
    r"(?:geregistreerd|bekend) onder(?: het)? nummer)\b\.?\s*(?:is|:|#|nr\.?)?\s*:?\s*#?"
    r"(?P<number>[A-Z0-9][A-Z0-9./_-]*\d[A-Z0-9./_-]*)",
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
            found = _CASE_NUMBER.search(text)
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
