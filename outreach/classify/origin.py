"""Who really sent a message, and whether that is enough to let its verdict act on its own.

The campaign's address is printed in a public letter sent to 342 town halls: anyone can write
to it, and anyone can put a griffie's address in `From:`. What a verdict may do alone depends
on two things, both defined here and nowhere else:

What the verdict would do (`Risk`):

- PROGRESS (acknowledged, forwarded, motion planned): the letter arrived and is being taken up;
  the state moves forward only, and a mistake costs at most a reminder.
- RESULT (motion submitted, adopted, rejected): a result the campaign reports.
- STOP (declined, opt-out, redirect, hard bounce): sending stops, or the address is replaced.

Who the evidence says sent it (`Origin`), strongest first:

- THREAD: the reply carries one of our letters' Message-IDs anywhere in In-Reply-To or
  References (a forwarded chain keeps it), or was sent to the letter's plus address: both hold
  a digest only the campaign can make.
- MUNICIPALITY: the sender's address or domain is a known one of the matched municipality (or
  one an operator assigned to it).
- PARTY_BRANCH: an authenticated sender domain that names a party and the matched municipality
  (d66alkmaar.nl, groenlinkspvda-zutphen.nl): a local party group speaks for itself.
- COUNCIL_MEMBER: an authenticated sender (any domain, free mail too) who signs as a council
  member or party of the matched municipality (see "A council member's signature" below), in a
  message tied to that town or to our letter beyond the signature: it answers under the
  subject we sent or quotes the letter, names our motion or campaign in its own words
  ("gewortelde kinderen", "jullie voorbeeldmotie"), names the town in its subject, or reports
  the step that follows the one on record for the town (a result after a planned or
  submitted motion).
- COUNCIL_SIGNATURE: the same signature without such a tie (a new mail, "Motie kinderpardon").
- NAMED_DOMAIN: an authenticated domain with a subdomain named for the matched municipality
  (gouda.topdesk.net: the ticket system a town hall's receipts come from).

"Authenticated" means the topmost `Authentication-Results` written by the campaign's own
receiving server (its authserv-id is configurable; Gmail's is `mx.google.com`; anything below
it was written before our server saw the message, by anyone) shows a DKIM, SPF or DMARC pass
aligned with the From domain. A free-mail domain's pass proves only that the address is that
address, not who owns it; that is why the weaker origins may decide only what costs little.

A council member's signature: a line of the sign-off (the signature block, or the short last
lines of the sender's own words: "Fenna / GroenLinks-PvdA Sittard-Geleen"; who "we" are in
brackets: "wij (SP Oss) nemen hem mee"; or a name with who it is in brackets at the end of a
phone message: "Groetjes Ans (SP Peel en Maas)") that names a party (`political-party`) or
a seat a person holds (`council-member-role`: raadslid, fractievoorzitter, wethouder, group
leader), with the matched municipality on that line or in the sender's own words or subject
("Vanavond verworpen in Rijssen-Holten. Groet, Miriam (PvdA/GL)"). The town
hall's own offices (griffie, gemeente, college) do not count: they write from the
municipality's domain, and "Griffie Utrecht" under a gmail message is what a forger writes.

The policy (`MAY_DECIDE`), by what a mistake costs:

| origin            | progress | results | stop |
| ----------------- | -------- | ------- | ---- |
| THREAD            | yes      | yes     | yes  |
| MUNICIPALITY      | yes      | yes     | yes  |
| PARTY_BRANCH      | yes      | yes     | no   |
| COUNCIL_MEMBER    | yes      | yes     | no   |
| COUNCIL_SIGNATURE | yes      | no      | no   |
| NAMED_DOMAIN      | yes      | no      | no   |
| none (a stranger) | no       | no      | no   |

A stop that a party group or a council member makes is their own (`OWN_STOPS`): "onze
fractie zal geen motie indienen", "ik wil hierover geen mail meer". It does not stop the
campaign for the town, so it needs no person: it is recorded as the sender's position
(`own_position`), and the town's state stays where it is. That holds in our thread too: a
fractievoorzitter answering the griffie's forward of our letter carries our Message-ID, but
speaks for the party, not for the town hall.

Progress costs at most a reminder not sent. A result is reported to volunteers, so it needs
more than a signature anyone can type: a tie to the town or our letter. No tie proves who
wrote (our letter and its subject are public); what they rule out is the slip: a result from
somewhere else, a note meant for someone else. A deliberate forger can type them all, which
is why only the municipality or our thread may stop sending. A refusal, an opt-out
or a new address stops the campaign for the whole town, which a party group or a single
council member cannot decide for the town hall ("ik wil hierover geen mail meer" from a
raadslid's private address is that person's wish): their refusal or opt-out is recorded as
their own (above), and a new address from them goes to a person. A `dmarc=fail` always
goes to a person; so does a verdict whose origin does not reach its risk, with the reason
first. When our server's results are present but verify nothing, only a known sender
answering in our thread may act. When the server adds no results, a known sender or our
thread may act.

A delivery report counts as a bounce of our letter only when it returns our letter's
Message-ID, or comes from the campaign's own provider's mailer-daemon about an address we
wrote to.

Pure: the caller passes the parsed message, its split text, the verdict's label, the match and
the context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from functools import cache

from outreach.classify.bounces import daemon_address
from outreach.classify.labels import RESULTS, Label
from outreach.classify.message import ParsedMessage
from outreach.classify.quotes import SplitText, remove_letter_sentences
from outreach.classify.text import fold
from outreach.classify.vocabulary import family, words
from outreach.compose import identity
from outreach.matching import Evidence, MatchResult
from outreach.review_state import ReviewState
from outreach.status import LABEL_STATES, MunicipalityState

DEFAULT_AUTHSERV_ID = "mx.google.com"
DEFAULT_PROVIDER_DAEMONS = ("mailer-daemon@googlemail.com", "mailer-daemon@google.com")

# Verdicts that change a state or stop sending: these need to know who spoke.
DECISIVE = frozenset(Label(name) for name in LABEL_STATES)


class Risk(IntEnum):
    """What a verdict does when it acts alone; higher needs surer evidence of its sender."""

    PROGRESS = 1
    RESULT = 2
    STOP = 3


LABEL_RISK: dict[Label, Risk] = {
    Label.ACKNOWLEDGED: Risk.PROGRESS,
    Label.FORWARDED: Risk.PROGRESS,
    Label.MOTION_PLANNED: Risk.PROGRESS,
    Label.MOTION_SUBMITTED: Risk.RESULT,
    Label.MOTION_ADOPTED: Risk.RESULT,
    Label.MOTION_REJECTED: Risk.RESULT,
    Label.DECLINED: Risk.STOP,
    Label.OPT_OUT: Risk.STOP,
    Label.REDIRECT: Risk.STOP,
    Label.BOUNCE_HARD: Risk.STOP,
}


class Origin(StrEnum):
    """Evidence of who sent a message, strongest first (see the module docstring)."""

    THREAD = "answers our letter"
    MUNICIPALITY = "a known address of the municipality"
    PARTY_BRANCH = "an authenticated party-branch domain of the municipality"
    COUNCIL_MEMBER = "an authenticated council member of the municipality, about the town"
    COUNCIL_SIGNATURE = "an authenticated sender signing as a council member, in a new mail"
    NAMED_DOMAIN = "an authenticated domain named for the municipality"


# The policy, in one place: the highest risk each origin may decide without a person.
MAY_DECIDE: dict[Origin, Risk] = {
    Origin.THREAD: Risk.STOP,
    Origin.MUNICIPALITY: Risk.STOP,
    Origin.PARTY_BRANCH: Risk.RESULT,
    Origin.COUNCIL_MEMBER: Risk.RESULT,
    Origin.COUNCIL_SIGNATURE: Risk.PROGRESS,
    Origin.NAMED_DOMAIN: Risk.PROGRESS,
}

# Stops that a party group or a council member makes for itself, and the origins that speak
# for themselves rather than for the town hall (see "A stop that a party group ..." above).
OWN_STOPS = frozenset({Label.DECLINED, Label.OPT_OUT})
SPEAKS_FOR_ITSELF = frozenset(
    {Origin.PARTY_BRANCH, Origin.COUNCIL_MEMBER, Origin.COUNCIL_SIGNATURE}
)


def own_position(origin: Origin | None, label: Label) -> bool:
    """The verdict is the sender's own stop: recorded, but the town's state stays."""
    return origin in SPEAKS_FOR_ITSELF and label in OWN_STOPS


_SENDER_KINDS = frozenset(
    {"sender-address", "sender-domain", "shared-domain", "shared-domain-local", "sender-assignment"}
)
_THREAD_KINDS = frozenset({"message-id", "reply-token"})
_NAME_KINDS = frozenset(
    {"name-subject", "name-own", "name-own-context", "name-signature", "name-quoted"}
)
# The town named by the sender (not in a quote of our letter, which names every town).
_OWN_NAME_KINDS = frozenset({"name-subject", "name-own", "name-own-context"})
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|aw|antw|fw|fwd|wg|doorst|tr)\s*:\s*)+", re.I)
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
    letter_subjects: frozenset[str] = frozenset()  # what we sent, folded
    letter_texts: tuple[str, ...] = ()
    # Each municipality's state on record (CBS code -> `MunicipalityState` value).
    states: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        *,
        authserv_id: str,
        provider_daemons: Iterable[str],
        secret: str,
        sent_message_ids: Iterable[str],
        written_to: Iterable[str],
        letter_subjects: Iterable[str] = (),
        letter_texts: Sequence[str] = (),
        states: Mapping[str, str] | None = None,
    ) -> OriginContext:
        return cls(
            authserv_id=authserv_id,
            provider_daemons=frozenset(a.lower() for a in provider_daemons),
            secret=secret,
            sent_message_ids=frozenset(_bare(mid) for mid in sent_message_ids),
            written_to=frozenset(a.lower() for a in written_to),
            letter_subjects=frozenset(fold(subject) for subject in letter_subjects),
            letter_texts=tuple(letter_texts),
            states=dict(states or {}),
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
    message: ParsedMessage,
    label: Label,
    match: MatchResult,
    context: OriginContext,
    *,
    split: SplitText | None = None,
) -> str | None:
    """Why a person must confirm this verdict before it acts, or None when its origin is clear."""
    return judge_origin(message, label, match, context, split=split)[1]


def judge_origin(
    message: ParsedMessage,
    label: Label,
    match: MatchResult,
    context: OriginContext,
    *,
    split: SplitText | None = None,
) -> tuple[Origin | None, str | None]:
    """The strongest origin the evidence shows, and why a person must confirm (or None).

    `split` (the sender's own words, quotes and signature) lets a council member's signature
    and a quoted letter count; without it only headers and the match are read.
    """
    if label not in DECISIVE:
        return None, None
    if label is Label.BOUNCE_HARD:
        return None, bounce_review_reason(message, context)
    sender = message.from_address or ""
    domain = sender.rpartition("@")[2]
    auth = read_auth_results(message.headers, authserv_id=context.authserv_id)
    if auth.present and auth.dmarc == "fail":
        return (
            None,
            f"the sender's domain {domain or '?'} says this mail is not from it (dmarc=fail)",
        )
    code = match.cbs_code
    evidence = [item for item in match.evidence if item.cbs_code == code]
    known = _has(evidence, _SENDER_KINDS)
    thread = _has(evidence, _THREAD_KINDS)
    if auth.present and not auth.verifies(domain):
        if known and thread:
            return Origin.THREAD, None  # a known sender answering our letter; no fault found
        return None, (
            f"the sender {sender or '(none)'} could not be verified (no DKIM, SPF or DMARC pass)"
        )
    if thread and not known and code and label in OWN_STOPS:
        # Our Message-ID proves the reply came from our letter, not who wrote it.
        speaker = _weaker_origin(message, label, domain, evidence, context, split)
        if speaker is Origin.COUNCIL_SIGNATURE:
            speaker = Origin.COUNCIL_MEMBER  # our thread is the tie a new mail lacks
        if own_position(speaker, label):
            return speaker, None
    if thread:
        return Origin.THREAD, None
    if known:
        return Origin.MUNICIPALITY, None
    origin = (
        _weaker_origin(message, label, domain, evidence, context, split)
        if auth.present and code
        else None
    )
    if origin is None:
        return None, (
            f"the sender {sender or '(none)'} is not a known address and does not answer our letter"
        )
    if MAY_DECIDE[origin] < LABEL_RISK[label] and not own_position(origin, label):
        return origin, (f"the sender {sender} ({origin.value}) may not decide {label.value} alone")
    return origin, None


def _weaker_origin(
    message: ParsedMessage,
    label: Label,
    domain: str,
    evidence: list[Evidence],
    context: OriginContext,
    split: SplitText | None,
) -> Origin | None:
    """Origins short of our thread or a known address: the sender is authenticated, or
    answers in our thread (then only to tell who speaks, never to let a verdict act)."""
    if any(e.kind == "party-domain" and e.value == domain for e in evidence):
        return Origin.PARTY_BRANCH
    names = {fold(e.value) for e in evidence if e.kind in _NAME_KINDS}
    named_apart = any(e.kind in _OWN_NAME_KINDS for e in evidence)
    if split is not None and signed_as_council_member(split, names, town_named=named_apart):
        code = evidence[0].cbs_code if evidence else ""
        if (
            _knows_our_letter(message, split, context)
            or _town_in_subject(evidence)
            or _names_our_campaign(split)
            or follows_record(label, context.states.get(code))
        ):
            return Origin.COUNCIL_MEMBER
        return Origin.COUNCIL_SIGNATURE
    platform = set(domain.lower().split(".")[:-2])
    if platform & {re.sub(r"[^a-z0-9]", "", name) for name in names}:
        return Origin.NAMED_DOMAIN
    return None


@cache
def _member_line() -> re.Pattern[str]:
    # A party or a seat a person holds, as a whole word: "fractievoorzitter", "raadslid", "SP".
    either = f"(?:{words('council-member-role')}|{words('political-party')})"
    return re.compile(rf"\b{either}(?!\w)")


_SIGN_OFF_LINES = 4
_SIGN_OFF_WORDS = 9


def sign_off_lines(split: SplitText) -> list[str]:
    """The lines that say who writes: the signature block, or else the short last paragraph
    of the sender's own words (a phone message signs without a greeting: "Gr Jolanda /
    raadslid Berkelland")."""
    lines = [line.strip() for line in split.signature.splitlines() if line.strip()]
    paragraphs = [p for p in re.split(r"\n\s*\n", split.own.strip()) if p.strip()]
    if len(paragraphs) > 1:
        last = [line.strip() for line in paragraphs[-1].splitlines() if line.strip()]
        if len(last) <= _SIGN_OFF_LINES and all(
            len(line.split()) <= _SIGN_OFF_WORDS and line[-1] not in ".?" for line in last
        ):
            lines = last + lines
    return lines


# "wij (SP Oss) nemen hem mee": who "we" are, said in brackets as a signature would say it;
# or "namens de fractie van Progressief Oegstgeest:", as the first words say it.
_WE_ARE = re.compile(
    r"\b(?:wij|we|ik)\s*\(([^()\n]{2,40})\)|\bnamens (?:de )?(fractie (?:van )?[^.,:;!?\n]{2,40})",
    re.I,
)
# "Groetjes Ans (SP Peel en Maas)", "Anja (raadslid PvdA)": a name, and in brackets who it
# is, at the end of a phone message that has no signature block.
_NAME_THEN_WHO = re.compile(r"\b[A-Z][\w'-]+\s*\(([^()\n]{2,40})\)\W*$")


def signed_as_council_member(
    split: SplitText, names: set[str], *, town_named: bool = False
) -> bool:
    """A sign-off line naming a party or a council member's seat, with the matched town:
    on that line, or (`town_named`) in the sender's own words or subject ("Vanavond verworpen
    in Rijssen-Holten. Groet, Miriam (PvdA/GL)")."""
    named = [found.group(1) or found.group(2) for found in _WE_ARE.finditer(split.own)]
    last = split.own.strip().splitlines()[-1:] or [""]
    named += [found.group(1) for found in _NAME_THEN_WHO.finditer(last[0].strip())]
    for line in [*sign_off_lines(split), *named]:
        folded = fold(line)
        if not _member_line().search(folded):
            continue
        if town_named or any(name in folded for name in names):
            return True
    return False


def _names_our_campaign(split: SplitText) -> bool:
    """The sender's own words name our motion or campaign ("de motie gewortelde kinderen",
    "jullie voorbeeldmotie"), as our subject would: a note about something else it is not."""
    return bool(family("campaign-name").search(fold(split.own)))


def _town_in_subject(evidence: Iterable[Evidence]) -> bool:
    return any(item.kind == "name-subject" for item in evidence)


# A result agrees with the record when the town's motion was planned or submitted already.
_BEFORE_RESULT = frozenset({MunicipalityState.MOTION_PLANNED, MunicipalityState.MOTION_SUBMITTED})


def follows_record(label: Label, state: str | None) -> bool:
    """The verdict is the step that follows the town's state on record."""
    if label not in RESULTS or state not in _BEFORE_RESULT:
        return False
    return not (label is Label.MOTION_SUBMITTED and state == MunicipalityState.MOTION_SUBMITTED)


def _knows_our_letter(message: ParsedMessage, split: SplitText, context: OriginContext) -> bool:
    """The message came from our letter: it answers under our subject, or quotes the letter."""
    subject = fold(_REPLY_PREFIX.sub("", message.subject))
    if subject and subject in context.letter_subjects:
        return True
    if not context.letter_texts or not split.quoted.strip():
        return False
    rest = remove_letter_sentences(split.quoted, context.letter_texts)
    return len(rest) < len(split.quoted.strip()) * 0.9


def bounce_review_reason(message: ParsedMessage, context: OriginContext) -> str | None:
    """None when a delivery report is about our letter; otherwise why it is not trusted."""
    if any(_is_ours(mid, context) for mid in message.returned_message_ids):
        return None
    sender = (message.from_address or "").lower()
    recipients = {r.final_recipient or r.original_recipient or "" for r in message.dsn}
    recipients |= set(message.returned_recipients)
    failed = recipients & context.written_to
    if failed:
        auth = read_auth_results(message.headers, authserv_id=context.authserv_id)
        domain = sender.rpartition("@")[2]
        if sender in context.provider_daemons and (not auth.present or auth.verifies(domain)):
            return None
        # The failed address's own mail system reports it ("postmaster@oldebroek.nl" about
        # info@oldebroek.nl), and our mail service vouches that the report came from there.
        # A mail system's address, not a person's: on a free-mail domain anyone has one.
        own = any(aligned(domain, r.rpartition("@")[2]) for r in failed)
        if own and daemon_address(sender) and auth.verifies(domain):
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
