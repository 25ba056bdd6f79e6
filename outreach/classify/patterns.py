"""Patterns used by more than one rule module."""

from __future__ import annotations

import re

# Subject prefixes that mail systems put on absence notes, in the languages we meet.
AUTO_SUBJECT = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)?(?:automatisch antwoord|automatisch bericht|automatische reactie|"
    r"automatisch beantwoord|afwezig|afwezigheid|niet aanwezig|out of (?:the )?office|"
    r"automatic reply|auto(?:matic)?[ -]?(?:reply|response|antwort)|autosvar|autoreply|"
    r"abwesenheitsnotiz|abwesend|r[ée]ponse automatique|absence|vacation|on vacation|"
    r"vakantie|away from (?:the )?office|i am away|i'm away|ooo\b)",
    re.I,
)

# Subjects of automatic receipts ("we have your mail") rather than absence notes.
RECEIPT_SUBJECT = re.compile(
    r"ontvangstbevestiging|bevestiging (?:van )?ontvangst|uw (?:e-?mail|bericht) is ontvangen|"
    r"wij hebben uw|we hebben uw|receipt confirmation|we have received",
    re.I,
)

EMAIL_ADDRESS = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
