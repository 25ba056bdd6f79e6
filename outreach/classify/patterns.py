"""Patterns used by more than one rule module."""

from __future__ import annotations

import re

from outreach.classify.text import fold
from outreach.classify.vocabulary import words

# A subject that mail systems put on absence notes, in the languages we meet (the phrases are
# in the vocabulary); matched against the folded subject with `auto_subject`.
_AUTO_SUBJECT = re.compile(rf"^\s*(?:\[[^\]]*\]\s*)?{words('auto-reply-subject')}")
_RECEIPT_SUBJECT = re.compile(words("receipt-subject"))


def auto_subject(subject: str) -> re.Match[str] | None:
    """The absence-note phrase that opens `subject`, if any."""
    return _AUTO_SUBJECT.search(fold(subject))


def receipt_subject(subject: str) -> re.Match[str] | None:
    """A receipt phrase anywhere in `subject`, if any."""
    return _RECEIPT_SUBJECT.search(fold(subject))


EMAIL_ADDRESS = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

# A web address: its words ("/motie-aangenomen", "?u=kinderpardonnu") are no words of the
# sentence around it.
# A bare host name counts too ("zie zaanstad.raadsinformatie.nl"), but not the domain of an
# e-mail address.
WEB_ADDRESS = re.compile(
    r"\b(?:https?://|www\.)\S+|<https?://[^>]*>|"
    r"(?<![@\w.-])(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+(?:nl|com|org|net|eu|frl|info)\b(?:/\S*)?"
)
