"""Who really sent a message, and whether that is enough to let its verdict act on its own.

The campaign's address is printed in a public letter: anyone can write to it, and anyone can put
a griffie's address in `From:`. Three kinds of evidence say a message comes from where it
claims:

- the `Authentication-Results` header that the campaign's own receiving server added (its
  authserv-id is configurable; Gmail's is `mx.google.com`). Only the topmost header with that
  id counts: anything below it was written before our server saw the message, by anyone;
- thread evidence: the reply carries one of our letters' Message-IDs in In-Reply-To or
  References, or was sent to the letter's plus address (both hold a digest only the campaign
  can make, and only the letter's readers have seen);
- the sender's address or domain is a known one of the matched municipality.

A verdict that moves a municipality's state or stops sending (`LABEL_STATES`) goes to a person
when the evidence is missing, with the reason. A delivery report counts as a bounce of our
letter only when it returns our letter's Message-ID, or comes from the campaign's own
provider's mailer-daemon about an address we wrote to.

Pure: the caller passes the parsed message, the verdict's label, the match and the context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from outreach.classify.labels import Label
from outreach.classify.message import ParsedMessage
from outreach.compose import identity
from outreach.matching import Evidence, MatchResult
from outreach.review_state import ReviewState
from outreach.status import LABEL_STATES

DEFAULT_AUTHSERV_ID = "mx.google.com"
DEFAULT_PROVIDER_DAEMONS = ("mailer-daemon@googlemail.com", "mailer-daemon@google.com")

# Verdicts that change a state or stop sending: these need to know who spoke.
DECISIVE = frozenset(Label(name) for name in LABEL_STATES)
_SENDER_KINDS = frozenset({"sender-address", "sender-domain", "shared-domain", "sender-assignment"})
_THREAD_KINDS = frozenset({"message-id", "reply-token"})
_COMMENT = re.compile(r"\([^()]*\)")
_METHOD = re.compile(r"^\s*([a-z0-9_-]+)\s*=\s*([a-z0-9_-]+)(.*)$", re.IGNORECASE | re.DOTALL)
_PROPERTY = re.compile(r"([a-z0-9_-]+\.[a-z0-9_.-]+)\s*=\s*(\"[^\"]*\"|[^\s;]+)", re.IGNORECASE)


@dataclass(frozen=True)
class OriginContext:
    """What deciding a sender's origin needs to know beyond the message."""

    authserv_id: str = DEFAULT_AUTHSERV_ID
    provider_daemons: frozenset[str] = frozenset(DEFAULT_PROVIDER_DAEMONS)
    secret: str = ""
    sent_message_ids: frozenset[str] = frozenset()  # bare, lower-case: no angle brackets
    written_to: frozenset[str] = frozenset()  # addresses our letters went to

    @classmethod
    def build(
        cls,
        *,
        authserv_id: str,
        provider_daemons: Iterable[str],
        secret: str,
        sent_message_ids: Iterable[str],
        written_to: Iterable[str],
    ) -> OriginContext:
        return cls(
            authserv_id=authserv_id,
            provider_daemons=frozenset(a.lower() for a in provider_daemons),
            secret=secret,
            sent_message_ids=frozenset(_bare(mid) for mid in sent_message_ids),
            written_to=frozenset(a.lower() for a in written_to),
        )


@dataclass(frozen=True)
class AuthResults:
    """The results our own receiving server recorded; `present` is False when it wrote none."""

    present: bool = False
    dkim_pass: frozenset[str] = frozenset()  # signing domains whose signature verified
    spf_pass: str | None = None  # the envelope sender's domain, when SPF passed
    dmarc: str | None = None  # pass, fail, none, ...
    dmarc_from: str | None = None

    def verifies(self, domain: str) -> bool:
        """Whether these results show that mail from `domain` really came from it."""
        if not self.present or not domain:
            return False
        if self.dmarc == "pass" and (self.dmarc_from is None or aligned(self.dmarc_from, domain)):
            return True
        if any(aligned(signer, domain) for signer in self.dkim_pass):
            return True
        return self.spf_pass is not None and aligned(self.spf_pass, domain)


def origin_review_reason(
    message: ParsedMessage, label: Label, match: MatchResult, context: OriginContext
) -> str | None:
    """Why a person must confirm this verdict before it acts, or None when its origin is clear."""
    if label not in DECISIVE:
        return None
    if label is Label.BOUNCE_HARD:
        return bounce_review_reason(message, context)
    sender = message.from_address or ""
    domain = sender.rpartition("@")[2]
    auth = read_auth_results(message.headers, authserv_id=context.authserv_id)
    if auth.present and auth.dmarc == "fail":
        return f"the sender's domain {domain or '?'} says this mail is not from it (dmarc=fail)"
    code = match.cbs_code
    evidence = [item for item in match.evidence if item.cbs_code == code]
    known = _has(evidence, _SENDER_KINDS)
    thread = _has(evidence, _THREAD_KINDS)
    if auth.present and not auth.verifies(domain):
        if known and thread:
            return None  # a known sender answering our own letter; the server found no fault
        return f"the sender {sender or '(none)'} could not be verified (no DKIM, SPF or DMARC pass)"
    if known or thread:
        return None
    return f"the sender {sender or '(none)'} is not a known address and does not answer our letter"


def bounce_review_reason(message: ParsedMessage, context: OriginContext) -> str | None:
    """None when a delivery report is about our letter; otherwise why it is not trusted."""
    if any(_is_ours(mid, context) for mid in message.returned_message_ids):
        return None
    sender = (message.from_address or "").lower()
    recipients = {r.final_recipient or r.original_recipient or "" for r in message.dsn}
    recipients |= set(message.returned_recipients)
    if sender in context.provider_daemons and recipients & context.written_to:
        auth = read_auth_results(message.headers, authserv_id=context.authserv_id)
        if not auth.present or auth.verifies(sender.rpartition("@")[2]):
            return None
    return f"a delivery report that does not return our letter (from {sender or 'nobody'})"


def counts_as_our_bounce(review_state: str) -> bool:
    """Only bounces that acted on their own (or a person confirmed) count toward a spike."""
    return review_state != ReviewState.PENDING


def read_auth_results(headers: Sequence[tuple[str, str]], *, authserv_id: str) -> AuthResults:
    """The topmost `Authentication-Results` header written by `authserv_id`, read."""
    wanted = authserv_id.strip().lower()
    for name, value in headers:
        if name.lower() != "authentication-results":
            continue
        text = _without_comments(value)
        server, _, rest = text.partition(";")
        if (server.split() or [""])[0].lower() != wanted:
            continue  # written by someone else: anyone can put such a header in a message
        return _results(rest)
    return AuthResults()


def aligned(one: str, other: str) -> bool:
    """Relaxed alignment: the same domain, or one a subdomain of the other's registered part."""
    a, b = one.lower().strip(". "), other.lower().strip(". ")
    if not a or not b:
        return False
    if a == b or a.endswith("." + b) or b.endswith("." + a):
        return True
    return _registered(a) == _registered(b)


def _registered(domain: str) -> str:
    # The last two labels: right for .nl and .com, the domains this campaign meets.
    return ".".join(domain.split(".")[-2:])


def _results(text: str) -> AuthResults:
    dkim: set[str] = set()
    spf: str | None = None
    dmarc: str | None = None
    dmarc_from: str | None = None
    for resinfo in text.split(";"):
        found = _METHOD.match(resinfo)
        if found is None:
            continue
        method, result, props = found[1].lower(), found[2].lower(), _properties(found[3])
        if method == "dkim" and result == "pass":
            signer = props.get("header.d") or props.get("header.i", "").rpartition("@")[2]
            if signer:
                dkim.add(signer.lower())
        elif method == "spf" and result == "pass" and spf is None:
            mailfrom = props.get("smtp.mailfrom") or props.get("smtp.helo", "")
            spf = mailfrom.rpartition("@")[2].lower() or None
        elif method == "dmarc" and dmarc is None:
            dmarc, dmarc_from = result, props.get("header.from", "").lower() or None
    return AuthResults(True, frozenset(dkim), spf, dmarc, dmarc_from)


def _properties(text: str) -> dict[str, str]:
    return {key.lower(): value.strip('"') for key, value in _PROPERTY.findall(text)}


def _without_comments(value: str) -> str:
    # Comments nest; a few passes take out what a server writes ("(google.com: domain of ...)").
    for _ in range(4):
        stripped = _COMMENT.sub(" ", value)
        if stripped == value:
            break
        value = stripped
    return value


def _has(evidence: Iterable[Evidence], kinds: frozenset[str]) -> bool:
    return any(item.kind in kinds for item in evidence)


def _is_ours(message_id: str, context: OriginContext) -> bool:
    if context.secret and identity.code_from_message_id(message_id, secret=context.secret):
        return True
    return _bare(message_id) in context.sent_message_ids


def _bare(message_id: str) -> str:
    return message_id.strip().strip("<>").lower()
