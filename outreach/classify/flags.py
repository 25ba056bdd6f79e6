"""What one rule tells later rules and the resolution about a message (not a label)."""

from __future__ import annotations

from enum import StrEnum


class Flag(StrEnum):
    AUTOMATED = "automated"  # headers or subject: a machine answered
    AUTOMATED_WEAK = "automated-weak"  # hints only (Precedence: bulk, X-Loop, Return-Path <>)
    # an answer, not a notification: Auto-Submitted: auto-replied, X-Autoreply, an
    # out-of-office subject (RFC 3834 keeps auto-generated for notifications)
    AUTO_ANSWER = "auto-answer"
    LIST_MAIL = "list-mail"  # List-Id / List-Unsubscribe
    ABSENCE = "absence"  # an absence or recess notice in the sender's own words
    CASE_NUMBER = "case-number"  # a zaaknummer: the message was registered
    COURTESY = "courtesy"  # thanks for the mail, nothing more about receipt
    REDIRECT_UNREAD = "redirect-unread"  # "this address is not read"
    REDIRECT_INSTRUCTION = "redirect-instruction"  # "write to ... instead", unconditionally
