"""Rules for delivery reports: RFC 3464 DSNs, the many non-standard bounce formats, and the
report kinds that look like bounces but are not (delivery success, ARF abuse reports).

Hard or soft follows the status class where one is known (5.x.x permanent, 4.x.x transient),
then the DSN `Action` (failed / delayed), then what flufl.bounce reports.
"""

from __future__ import annotations

import email
import logging
import re
import threading
from dataclasses import dataclass
from email import policy
from email.message import Message
from typing import Any

from flufl.bounce import all_failures

from outreach.classify.base import ChainState, ClassifyContext, Decision, Note
from outreach.classify.caps import cap_message
from outreach.classify.confidence import CERTAIN, PLAUSIBLE, READ, STRONG
from outreach.classify.labels import Label
from outreach.classify.message import DsnRecord, ParsedMessage
from outreach.classify.patterns import auto_subject
from outreach.classify.prefilter import Keyed
from outreach.classify.statements import about_campaign
from outreach.classify.text import fold
from outreach.classify.vocabulary import family, words

log = logging.getLogger(__name__)

_SUCCESS_ACTIONS = frozenset({"delivered", "relayed", "expanded"})
_ENHANCED_STATUS = re.compile(r"(?<![\w.])([245])\.(\d{1,3})\.(\d{1,3})(?!\d|\.\d)")
_REPLY_CODE = re.compile(r"(?<![\d.])([45])\d\d(?:[ -](?=[0-9a-z#<(\[])|$)", re.I | re.M)
_DAEMON_LOCAL = re.compile(
    r"^(?:mailer[-_.]?daemon|post[-_.]?master|mail[-_.]?daemon|mmdf|mailer|mail[-_.]?delivery|"
    r"bounces?|mdaemon|smtp|uucp|root|nobody|mail[-_.]?system|mail[-_.]?admin|"
    r"mailadmin|daemon|mail[-_.]?router|exchangeadmin|microsoftexchange[0-9a-f]*)$",
    re.I,
)
_DAEMON_NAME = re.compile(
    r"mail delivery|mailer.?daemon|post.?master|mail administrator|system administrator|"
    r"mail system|delivery subsystem|mail router",
    re.I,
)
_REPLY_PREFIX = re.compile(r"^\s*(?:re|fw|fwd|aw|wg|antw|doorst|tr|sv|vs)\s*:", re.I)
# Subjects that only delivery systems write (checked at the start, replies excluded).
_BOUNCE_SUBJECT = re.compile(rf"^\s*(?:\[[^\]]*\]\s*)?{words('bounce-subject')}", re.I)
_FAILURE_TEXT = Keyed(words("delivery-failure"))
# Phrases explicit enough to mark a bounce from any sender (an address follows them).
_STRONG_FAILURE = Keyed(
    r"(?:could not be delivered to|delivery to the following recipients? failed|"
    r"the following (?:address(?:es)?|recipients?) (?:had permanent fatal errors|failed)|"
    r"your message (?:could not be|was not|wasn't) delivered to)\s*:?\s*<?[\w.+'-]+@",
)
_DELAY_TEXT = re.compile(words("delivery-delay"))
_MAILBOX_LURE = family("mailbox-lure")


@dataclass(frozen=True)
class FeedbackReportRule:
    """An ARF abuse/feedback report (RFC 5965) is about complaints, not delivery."""

    name: str = "arf-feedback-report"
    description: str = "multipart/report; report-type=feedback-report is not a bounce"

    def check(
        self, message: ParsedMessage, context: ClassifyContext, state: ChainState
    ) -> Decision | Note | None:
        if message.report_type == "feedback-report" or message.has_feedback_report:
            return Decision(Label.OTHER, CERTAIN, "abuse/feedback report (ARF), not a bounce")
        return None


@dataclass(frozen=True)
class DeliveryStatusRule:
    """The per-recipient fields of an RFC 3464 delivery-status part decide the bounce."""

    name: str = "dsn-report"
    description: str = "message/delivery-status: Status class, then Action"

    def check(
        self, message: ParsedMessage, context: ClassifyContext, state: ChainState
    ) -> Decision | Note | None:
        records = [r for r in message.dsn if r.action or r.status or r.final_recipient]
        if not records:
            return None
        kinds = [_record_kind(r) for r in records]
        if all(k == "success" for k in kinds):
            return Decision(Label.OTHER, CERTAIN, "delivery report says delivered, not a bounce")
        if all(k in ("success", "unknown") for k in kinds):
            return None  # a report that says nothing usable: let the other bounce rules look
        hard = "hard" in kinds
        failed = [
            r.final_recipient or r.original_recipient or ""
            for r, kind in zip(records, kinds, strict=True)
            if kind in ("hard", "soft")
        ]
        worst = next(
            r
            for r, kind in zip(records, kinds, strict=True)
            if kind == ("hard" if hard else "soft")
        )
        details: dict[str, Any] = {
            "status": worst.status,
            "action": worst.action,
            "diagnostic": worst.diagnostic_code,
            "remote_mta": worst.remote_mta,
            "failed_recipients": [a for a in failed if a],
        }
        label = Label.BOUNCE_HARD if hard else Label.BOUNCE_SOFT
        what = "permanent failure" if hard else "delayed / temporary failure"
        review = None
        if not hard and (worst.action or "").split()[:1] == ["failed"]:
            # "Gmail heeft het 72 uur lang opnieuw geprobeerd en is gestopt": soft by its
            # status class, yet nobody tries again and the letter never arrived. Whether to
            # send again or look for another address is a person's call.
            details["gave_up"] = True
            review = "the server gave up after temporary failures: the letter was not delivered"
        return Decision(label, CERTAIN, f"delivery status report: {what}", details, review)


def _record_kind(record: DsnRecord) -> str:
    status = record.status or _status_in(record.diagnostic_code or "")
    action = (record.action or "").split()[0] if record.action else ""
    if action in _SUCCESS_ACTIONS and not (status and status[0] in "45"):
        return "success"
    if status and status[0] == "5":
        return "hard"
    if status and status[0] == "4":
        return "soft"
    if status and status[0] == "2":
        return "success"
    if action == "failed":
        return "hard"
    if action == "delayed":
        return "soft"
    return "unknown"


def _status_in(text: str) -> str | None:
    found = _ENHANCED_STATUS.search(text)
    return found.group(0) if found else None


@dataclass(frozen=True)
class NonStandardBounceRule:
    """Bounces without a usable delivery-status part (qmail, Exim, old Exchange, ...)."""

    name: str = "bounce-heuristic"
    description: str = "flufl.bounce addresses, a mailer-daemon sender or bounce subject, codes"

    def check(
        self, message: ParsedMessage, context: ClassifyContext, state: ChainState
    ) -> Decision | Note | None:
        if auto_subject(message.subject):
            return None  # out-of-office notes from postmaster addresses are not bounces
        daemon = _from_daemon(message)
        reply = bool(_REPLY_PREFIX.match(message.subject))
        returned = bool(message.returned_message_ids or message.returned_recipients)
        null_sender = (message.header("return-path") or "").strip() == "<>"
        if reply and not (daemon or returned or null_sender):
            return None  # a person's reply ("Re: ..."): no delivery system wrote it
        bounce_subject = not reply and bool(_BOUNCE_SUBJECT.search(message.subject))
        body = message.text
        lowered = body.lower()  # the failure phrases are written in lower case
        failure_text = bool(_FAILURE_TEXT.search(lowered))
        codes = bool(_ENHANCED_STATUS.search(body) or _REPLY_CODE.search(body))
        support = daemon or bounce_subject or failure_text or returned or null_sender
        # flufl.bounce re-parses the whole message; its addresses only count with support.
        temporary, permanent = _flufl_failures(message.raw) if support else (set(), set())
        # A bounce subject needs a delivery system behind it: "Delivery failed, click here"
        # from an ordinary sender with no report, codes or returned mail is a look-alike.
        machinery = daemon or returned or null_sender or codes or bool(temporary or permanent)
        evidence = (
            (bounce_subject and machinery)
            or (bool(temporary or permanent) and support)
            or (daemon and (failure_text or returned or codes))
            or (not reply and bool(_STRONG_FAILURE.search(lowered)))
        )
        ours = {a.lower() for a in context.own_addresses}
        # A "delivery failure" about mail held for our own mailbox is a look-alike whether or
        # not it imitates a delivery system well enough to count as a report.
        claims_failure = evidence or bounce_subject or failure_text
        if claims_failure and _lure(
            body, returned=returned, codes=codes, failed=(temporary | permanent) - ours
        ):
            return Decision(
                Label.OTHER, READ, "a delivery-failure look-alike about our own mailbox (phishing)"
            )
        if not evidence:
            return None
        label, how = _severity(body, temporary=temporary, permanent=permanent)
        details: dict[str, Any] = {
            "status": _status_in(body),
            "diagnostic": _diagnostic_line(body),
            "failed_recipients": sorted(permanent | temporary),
        }
        confidence = STRONG if (temporary or permanent) and (daemon or bounce_subject) else READ
        return Decision(label, confidence, f"non-standard bounce ({how})", details)


_CAMPAIGN_NAME = family("campaign-name")
_FORWARD_PREFIX = re.compile(r"^\s*(?:fw|fwd|wg|doorst|tr)\s*:\s*", re.I)


@dataclass(frozen=True)
class ForwardedBounceRule:
    """A person passes on a delivery report as it reached them ("Fwd: Returned mail: ...").

    The report is quoted text, so no report part, daemon sender or null Return-Path marks it;
    its subject after the forward's prefix, its status codes and its failure phrases do. When
    nothing in the message speaks of the campaign, the report is all there is: a bounce, for
    a person to check, since only the forwarder knows whose mail failed. One that speaks of
    our letter ("FW: Onbestelbaar: FW: Verzoek om door te sturen ...": a griffie's forward to
    a councillor came back) is the forwarder's news and is read as such.
    """

    name: str = "forwarded-bounce"
    description: str = "a forwarded delivery report (bounce subject, codes, failure phrases)"

    def check(
        self, message: ParsedMessage, context: ClassifyContext, state: ChainState
    ) -> Decision | Note | None:
        rest = _FORWARD_PREFIX.sub("", message.subject, count=1)
        if rest == message.subject or not _BOUNCE_SUBJECT.search(rest):
            return None
        body = message.text
        lowered = body.lower()
        if not (_FAILURE_TEXT.search(lowered) or _STRONG_FAILURE.search(lowered)):
            return None
        if not (_ENHANCED_STATUS.search(body) or _REPLY_CODE.search(body)):
            return None
        # The report's own words ("your message could not be delivered") are no sign of the
        # campaign: the forwarder's note and subject are, and the campaign's name anywhere.
        if about_campaign(message, state.split.own) or _CAMPAIGN_NAME.search(fold(body)):
            return None
        label, how = _severity(body, temporary=set(), permanent=set())
        details: dict[str, Any] = {"status": _status_in(body), "diagnostic": _diagnostic_line(body)}
        return Decision(
            label, PLAUSIBLE, f"a delivery report passed on by a person ({how})", details
        )


class _DetectorFailures(logging.Filter):
    """Keeps flufl.bounce quiet: it logs every detector run, and a traceback per failure."""

    def __init__(self) -> None:
        super().__init__()
        self._local = threading.local()

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            self.failures().append(type(record.exc_info[1]).__name__)
        return False

    def failures(self) -> list[str]:
        found: list[str] | None = getattr(self._local, "failures", None)
        if found is None:
            found = self._local.failures = []
        return found


_DETECTOR_FAILURES = _DetectorFailures()
logging.getLogger("flufl.bounce").addFilter(_DETECTOR_FAILURES)


def _new_mail_text(message: ParsedMessage, state: ChainState) -> str | None:
    """Subject and own words, folded, of a mail that answers nothing; None for a reply.

    Notices (a shared file, held mail, a full mailbox) come as new mails: a reply that
    mentions such things is a person writing about them.
    """
    if message.in_reply_to or _REPLY_PREFIX.match(message.subject):
        return None
    folded = state.memo.get("new-mail-text")  # every notice rule reads it: fold it once
    if folded is None:
        folded = state.memo["new-mail-text"] = fold(f"{message.subject}\n{state.split.own}")
    return str(folded)


@dataclass(frozen=True)
class ShareNoticeRule:
    """ "X heeft een bestand met u gedeeld": a file-sharing notice, never a reply to our
    letter. A real griffie may share its answer this way, but look-alike domains send the
    same notice to phish; either way it is `other`, and a person opens it."""

    name: str = "share-notice"
    description: str = "a file-sharing notification (SharePoint, OneDrive, Drive) that is no reply"

    def check(
        self, message: ParsedMessage, context: ClassifyContext, state: ChainState
    ) -> Decision | Note | None:
        text = _new_mail_text(message, state)
        found = _SHARE_NOTICE.search(text) if text is not None else None
        if found is None:
            return None
        return Decision(Label.OTHER, PLAUSIBLE, f"a file-sharing notice: {found.group(0)!r}")


_SHARE_NOTICE = family("share-notice")
_HELD = family("held-notice")
# "Afzender: kinderpardonnu@..." / "From: ...": the line that names who sent the held mail.
_SENDER_LINE = re.compile(r"\b(?:afzender|van|from|sender|absender)\s*:\s*<?([\w.+'-]+@[\w.-]+)")


@dataclass(frozen=True)
class HeldMessageRule:
    """ "Uw bericht aan info@... is tegengehouden (quarantaine)": our letter waits at the
    municipality's filter and may still be delivered, so a soft bounce. A notice about mail
    held *for us* is a lure instead (see `MailboxLureRule`): this one names us as the sender."""

    name: str = "held-message"
    description: str = "a quarantine notice about a letter we sent, not yet delivered"

    def check(
        self, message: ParsedMessage, context: ClassifyContext, state: ChainState
    ) -> Decision | Note | None:
        text = _new_mail_text(message, state)
        found = _HELD.search(text) if text is not None else None
        if found is None or text is None:
            return None
        ours = {a.lower() for a in context.own_addresses}
        senders = {m.group(1).lower().rstrip(".") for m in _SENDER_LINE.finditer(text)}
        if not senders & ours and not _OURS_TO.search(text):
            return None
        return Decision(
            Label.BOUNCE_SOFT, READ, f"our letter is held, not yet delivered: {found.group(0)!r}"
        )


# "Uw bericht aan stadhuis@rijswijk.nl is in quarantaine geplaatst": sent to us, about the
# mail we sent to that address.
_OURS_TO = family("held-ours")


@dataclass(frozen=True)
class MailboxLureRule:
    """ "Uw postvak is vol, verifieer uw account": a lure about our own mailbox, sent as a
    new mail. Nobody answers a letter that way; it names us only by our address."""

    name: str = "mailbox-lure"
    description: str = "a notice about our own mailbox or account (full, held mail, password)"

    def check(
        self, message: ParsedMessage, context: ClassifyContext, state: ChainState
    ) -> Decision | Note | None:
        text = None if message.references else _new_mail_text(message, state)
        found = _MAILBOX_LURE.search(text) if text is not None else None
        if found is None:
            return None
        return Decision(Label.OTHER, READ, f"a notice about our own mailbox: {found.group(0)!r}")


def _lure(body: str, *, returned: bool, codes: bool, failed: set[str]) -> bool:
    """A report on mail held *for us* ("3 incoming messages pending, verify your account"):
    a real bounce returns our letter or names a recipient other than ourselves, and gives codes."""
    if returned or codes or failed:
        return False
    return bool(_MAILBOX_LURE.search(fold(body)))


def _flufl_failures(raw: bytes) -> tuple[set[str], set[str]]:
    failures = _DETECTOR_FAILURES.failures()
    failures.clear()
    try:
        # The detectors parse headers themselves: give them only what the caps allow.
        temporary, permanent = all_failures(compat_message(cap_message(raw).raw))
    except Exception as exc:  # flufl.bounce raises on some odd headers
        failures.append(type(exc).__name__)
        temporary = permanent = frozenset()
    if failures:
        log.info(
            "flufl.bounce could not read a message (%s); the other bounce rules still do",
            ", ".join(sorted(set(failures))),
        )
        failures.clear()
    return _as_text(temporary), _as_text(permanent)


def _as_text(addresses: Any) -> set[str]:
    out: set[str] = set()
    for item in addresses or ():
        text = item.decode("utf-8", "replace") if isinstance(item, bytes) else str(item)
        if "@" in text:
            out.add(text.strip("<> ").lower())
    return out


def _from_daemon(message: ParsedMessage) -> bool:
    return daemon_address(message.from_address or "") or bool(
        _DAEMON_NAME.search(message.from_name or "")
    )


def daemon_address(address: str) -> bool:
    """The address is a mail system's own ("postmaster@...", "MicrosoftExchange329e...@..."),
    not a person's mailbox."""
    return bool(_DAEMON_LOCAL.match(address.partition("@")[0]))


def _severity(body: str, *, temporary: set[str], permanent: set[str]) -> tuple[Label, str]:
    classes = {m.group(1) for m in _ENHANCED_STATUS.finditer(body)}
    if "5" in classes:
        return Label.BOUNCE_HARD, "status 5.x.x"
    if "4" in classes:
        return Label.BOUNCE_SOFT, "status 4.x.x"
    replies = {m.group(1) for m in _REPLY_CODE.finditer(body)}
    if "5" in replies:
        return Label.BOUNCE_HARD, "SMTP reply 5xx"
    if "4" in replies:
        return Label.BOUNCE_SOFT, "SMTP reply 4xx"
    if permanent:
        return Label.BOUNCE_HARD, "permanent failure"
    if temporary or _DELAY_TEXT.search(body.lower()):
        return Label.BOUNCE_SOFT, "delivery delayed"
    return Label.BOUNCE_HARD, "returned to sender"


def _diagnostic_line(body: str) -> str | None:
    for line in body.splitlines():
        if _ENHANCED_STATUS.search(line) or _REPLY_CODE.search(line):
            return line.strip()[:300] or None
    return None


def compat_message(raw: bytes) -> Message:
    """The message as the compat32 parser sees it (what flufl.bounce expects)."""
    return email.message_from_bytes(raw, policy=policy.compat32)
