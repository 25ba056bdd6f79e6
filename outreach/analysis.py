"""What `outreach` makes of one message: parse it, tell our own mail apart, match, classify.

`analyse()` is pure: it reads the raw bytes and the `Contexts` (worked out once per batch by
`build_contexts`) and changes nothing. It is the one code path for `outreach classify FILE` and
for what `poll` stores; `recording` writes its outcome to the store.

A message is parsed once and its own text set apart from quotes once (`MessageView`); matching
and classifying both read that one view.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlmodel import Session, select

from outreach.classify import copies
from outreach.classify.base import ClassifyContext
from outreach.classify.chain import ASKS_QUESTION, Verdict, classify
from outreach.classify.labels import RESULTS, Label
from outreach.classify.message import MessageParseError, ParsedMessage, parse_message
from outreach.classify.origin import OriginContext, judge_origin, own_position
from outreach.classify.quotes import SplitText, split_reply
from outreach.classify.text import fold, sentences
from outreach.classify.vocabulary import family
from outreach.compose.identity import code_from_message_id
from outreach.compose.letter import Composer
from outreach.matching import (
    MatchContext,
    MatchResult,
    MunicipalityRef,
    load_domain_owners,
    match_message,
)
from outreach.resources import resource_dir
from outreach.settings import Settings
from outreach.store.models import Municipality, SenderAssignment
from outreach.store.queries import normal_message_id, outgoing_by_message_id


@dataclass(frozen=True)
class OwnMail:
    """What tells a copy of our own message from a reply."""

    secret: str
    from_address: str  # lower case
    sent: Mapping[str, int]  # normalised Message-ID -> the outgoing message's id
    subjects: frozenset[str]  # of what we sent, as written

    def copy_of(self, message: ParsedMessage) -> tuple[bool, int | None]:
        """(ours?, the outgoing message it copies, when we have it on record).

        Ours: a Message-ID we generated, or mail from our own address under a subject we
        sent. A person who writes from their own address with ours in Cc is not ours.
        """
        if message.message_id:
            outgoing = self.sent.get(normal_message_id(message.message_id))
            if outgoing is not None:
                return True, outgoing
            if code_from_message_id(message.message_id, secret=self.secret) is not None:
                return True, None  # ours, from before this store was made
        sender = (message.from_address or "").lower()
        if sender == self.from_address and " ".join(message.subject.split()) in self.subjects:
            return True, None
        return False, None


@dataclass(frozen=True)
class Contexts:
    match: MatchContext
    classify: ClassifyContext
    own: OwnMail
    origin: OriginContext = field(default_factory=OriginContext)


@dataclass(frozen=True)
class MessageView:
    """One message, parsed, with the sender's own text set apart from quotes: read once."""

    parsed: ParsedMessage
    split: SplitText


@dataclass(frozen=True)
class Analysis:
    """What `outreach` makes of one message."""

    parsed: ParsedMessage | None
    error: str | None
    match: MatchResult | None
    verdict: Verdict | None
    review_reason: str | None
    own_copy: bool = False
    outgoing_id: int | None = None
    # A question the classifier is sure of: not for review, but for a volunteer to answer.
    to_answer: bool = False
    origin: str | None = None  # who the evidence says sent it (`classify.origin.Origin`)
    # A party's or council member's own refusal or opt-out: recorded, the town's state stays.
    own_position: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "label": self.verdict.label.value if self.verdict else None,
            "confidence": self.verdict.confidence if self.verdict else None,
            "municipality": self.match.cbs_code if self.match else None,
            "match": match_json(self.match),
            "reasons": [asdict(r) for r in self.verdict.reasons] if self.verdict else [],
            "details": self.verdict.details if self.verdict else {},
            "review": self.review_reason,
            "to_answer": self.to_answer,
            "origin": self.origin,
            "own_position": self.own_position,
            "error": self.error,
            "own_copy": self.own_copy,
        }


def match_json(match: MatchResult | None) -> dict[str, Any] | None:
    if match is None:
        return None
    return {
        "confidence": match.confidence,
        "evidence": [asdict(e) for e in match.evidence],
        "candidates": match.candidates,
    }


def read_message(raw: bytes, *, letter_texts: Sequence[str] = ()) -> MessageView:
    """Parse `raw` and split its text; raises `MessageParseError` when it has no headers."""
    return view_of(parse_message(raw), letter_texts=letter_texts)


def view_of(parsed: ParsedMessage, *, letter_texts: Sequence[str] = ()) -> MessageView:
    """The one view matching and classifying read: own text set apart from quotes, once."""
    return MessageView(parsed, split_reply(parsed.text, letter_texts=letter_texts))


def analyse(raw: bytes, contexts: Contexts, *, threshold: float) -> Analysis:
    try:
        parsed = parse_message(raw)
    except MessageParseError as exc:
        return Analysis(None, str(exc), None, None, "parse_error")
    own, outgoing_id = contexts.own.copy_of(parsed)
    if own:  # a copy of our own letter: nothing more to read in it
        return Analysis(parsed, None, None, None, None, own_copy=True, outgoing_id=outgoing_id)
    view = view_of(parsed, letter_texts=contexts.classify.letter_texts)
    match = match_message(view.parsed, contexts.match, split=view.split)
    verdict = classify(view.parsed, contexts.classify, split=view.split)
    origin, origin_reason = judge_origin(
        parsed, verdict.label, match, contexts.origin, split=view.split
    )
    own_review = _review_reason(verdict, match, threshold)
    # A plan of the sender's own with a question beside it: the plan stands, the question
    # waits for an answer (a person reads it then). A receipt or forward with a question is
    # different: a griffie often asks before it forwards, so that one goes to review.
    plan_and_question = (
        verdict.label is Label.MOTION_PLANNED
        and own_review == ASKS_QUESTION
        and verdict.confidence >= threshold
        and match.cbs_code is not None
    )
    # Who sent it comes first: a person deciding on a forged reply should see that it may be.
    reasons = [
        origin_reason,
        None if plan_and_question else own_review,
        _elsewhere_reason(verdict, match, contexts.match, view.split.own),
        _vote_unread_reason(verdict, view.split.own),
        f"too large to read whole ({', '.join(parsed.over_caps)})" if parsed.over_caps else None,
    ]
    reason = "; ".join(r for r in reasons if r) or None
    answer = reason is None and (verdict.label is Label.QUESTION or plan_and_question)
    if answer and _names_another_address(view.split.own, contexts):
        # "Wilt u uw bericht naar griffie@... sturen?" asks us to write elsewhere: a redirect
        # in the form of a question, which a person reads before anyone answers it.
        reason = "a question that names another address (a redirect?)"
        answer = False
    if answer and copies.copied_only(parsed, _ours(contexts)):
        # "Willen jullie dit oppakken? KinderpardonNU staat in de cc": a question in mail
        # addressed to others, with us only copied, is theirs; for us it is news to read.
        reason = "a question to someone else (the campaign is only in Cc)"
        answer = False
    return Analysis(
        parsed,
        None,
        match,
        verdict,
        reason,
        to_answer=answer,
        origin=origin.name.lower() if origin else None,
        own_position=own_position(origin, verdict.label),
    )


TO_ANSWER_REASON = "a question to answer"
_QUOTED_WORDS = re.compile(r"'([^']*)'|\"([^\"]*)\"")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _elsewhere_reason(
    verdict: Verdict, match: MatchResult, context: MatchContext, own: str
) -> str | None:
    """A motion result whose deciding words name another municipality goes to a person.

    "Mooi dat de motie in Amersfoort al is aangenomen" from Ede reports Amersfoort's result,
    not Ede's: a result is the step a mistake costs most, so where the words that decide it,
    or every sentence they stand in, name a place or body other than the sender's council
    ("in de Tweede Kamer is een vergelijkbare motie aangenomen"), a person reads them. A
    sentence that also names the sender's own side ("net als in Amersfoort heeft ook onze
    raad de motie aangenomen", "in Leiderdorp sneuvelde hij, bij ons niet") is the sender's
    own news.
    """
    if verdict.label not in RESULTS or match.cbs_code is None:
        return None
    others = {hit.surface for hit in context.name_index.find(own) if hit.code != match.cbs_code}
    quoted = [
        found.group(1) or found.group(2) or ""
        for reason in verdict.reasons
        for found in _QUOTED_WORDS.finditer(reason.text)
    ]
    deciding = " ".join(quoted)
    named = sorted(name for name in others if re.search(rf"\b{re.escape(fold(name))}\b", deciding))
    if not named:
        supporting = [
            found.group(1) or found.group(2) or ""
            for reason in verdict.reasons
            if reason.text.startswith(f"{verdict.label.value}:")
            for found in _QUOTED_WORDS.finditer(reason.text)
        ]
        named = _elsewhere_sentences(own, [q for q in supporting if q], match.cbs_code, context)
    if not named:
        return None
    return f"the words that say {verdict.label.value} name {', '.join(named)}"


def _elsewhere_sentences(
    own: str, quoted: list[str], code: str, context: MatchContext
) -> list[str]:
    """The other places and bodies named, when every clause that holds a deciding word
    names one, and neither the sender's municipality nor their own side ("bij ons", "onze
    raad"). A clause ends at a colon or semicolon: "een meerderheid stemde tegen; het
    argument was dat het landelijk beleid is" names no other body where the vote is."""
    clauses = [c for s in sentences(own) for c in re.split(r"[;:]", s) if c.strip()]
    holding = [c for c in clauses if any(q in fold(c) for q in quoted)]
    named: set[str] = set()
    for sentence in holding:
        folded = fold(sentence)
        hits = list(context.name_index.find(sentence))
        elsewhere = {hit.surface for hit in hits if hit.code != code}
        elsewhere |= {found.group(0) for found in _OTHER_BODY.finditer(folded)}
        if not elsewhere or any(hit.code == code for hit in hits) or _OWN_SIDE.search(folded):
            return []
        named |= elsewhere
    return sorted(named)


_OTHER_BODY = family("other-body")
_OWN_SIDE = family("own-place")


def _vote_unread_reason(verdict: Verdict, own: str) -> str | None:
    """A motion reported as submitted by a sender who also says the council voted.

    "Wij hebben de motie ingediend ... een ruime meerderheid stemde er tegen": submitted is
    true but not the news; the outcome is in words no rule read, so a person reads them.
    Held over, tied and withdrawn motions are submitted by definition and say so in their
    details; a vote that only lies ahead ("er wordt op 26 november gestemd") is no outcome.
    """
    if verdict.label is not Label.MOTION_SUBMITTED or verdict.details.get("outcome"):
        return None
    folded = fold(own)
    found = _VOTE_HELD.search(folded)
    if found is None or _TIED.search(folded):
        # "De stemmen staakten: 13 stemden voor, 13 tegen": a tied vote is held again; the
        # motion stays submitted, and the vote is no outcome.
        return None
    return f"reported as submitted, but the council voted already ({found.group(0)!r})"


_VOTE_HELD = family("vote-held")
_TIED = family("tied-vote")


def _ours(contexts: Contexts) -> frozenset[str]:
    return contexts.classify.own_addresses | {contexts.own.from_address}


def _names_another_address(own: str, contexts: Contexts) -> bool:
    ours = _ours(contexts)
    return any(copies.untagged(found) not in ours for found in _ADDRESS.findall(own))


def _review_reason(verdict: Verdict, match: MatchResult, threshold: float) -> str | None:
    """Why the classifier's own verdict needs a person (who sent it is judged apart).

    A question the classifier is sure of needs no review: it needs an answer, and goes to the
    volunteers' "to answer" list instead (`Analysis.to_answer`).
    """
    if verdict.needs_review:
        return verdict.review_reason or "classifier unsure"
    if verdict.confidence < threshold:
        return f"low confidence ({verdict.confidence:.2f})"
    if match.cbs_code is None and verdict.label is not Label.OTHER:
        return "several municipalities possible" if match.candidates else "no municipality found"
    if match.cbs_code is not None and any(r.rule == "unrelated" for r in verdict.reasons):
        # Mail that looked unrelated (no reply, no campaign word) but names a town in the
        # sender's own words: an English question from a council, say. A person reads it.
        return "no word of our letter, but it names a municipality"
    return None


# -- what analysis consults, read from the store once per batch ----------------------------------


def build_contexts(session: Session, settings: Settings) -> Contexts:
    """Everything matching, classifying and the own-mail check consult."""
    owners = load_domain_owners(resource_dir("data") / "municipality_domains.csv")
    domains: dict[str, set[str]] = defaultdict(set)
    for domain, codes in owners.items():
        for code in codes:
            domains[code].add(domain)
    refs = []
    states: dict[str, str] = {}
    for m in session.exec(select(Municipality)):
        states[m.cbs_code] = m.state
        own = domains[m.cbs_code] | ({m.domain} if m.domain else set())
        if m.email:
            own.add(m.email.rpartition("@")[2])
        refs.append(MunicipalityRef(m.cbs_code, m.name, m.email, tuple(sorted(own))))
    campaign = settings.campaign
    composer = Composer(campaign)
    letters = tuple(_letter_texts(composer))
    own_addresses = frozenset({campaign.from_address.lower(), campaign.reply_base.lower()})
    outgoing = outgoing_by_message_id(session)
    match = MatchContext(
        municipalities=refs,
        domain_owners=owners,
        secret=composer.secret,
        sender_assignments={a.address: a.cbs_code for a in session.exec(select(SenderAssignment))},
        sent_message_ids={row.message_id: row.cbs_code for row in outgoing.values()},
        own_addresses=own_addresses,
        letter_texts=letters,
    )
    own_mail = OwnMail(
        secret=composer.secret,
        from_address=campaign.from_address.lower(),
        sent={mid: row.id for mid, row in outgoing.items() if row.id is not None},
        subjects=frozenset(
            " ".join(row.subject.split()) for row in outgoing.values() if row.subject.strip()
        ),
    )
    origin = OriginContext.build(
        authserv_id=settings.inbox.authserv_id,
        provider_daemons=settings.inbox.provider_daemons,
        secret=composer.secret,
        sent_message_ids=match.sent_message_ids,
        written_to=[*match.by_email, *(row.to_address for row in outgoing.values())],
        letter_subjects=own_mail.subjects,
        letter_texts=letters,
        states=states,
    )
    classify_context = ClassifyContext(letter_texts=letters, own_addresses=own_addresses)
    return Contexts(match, classify_context, own_mail, origin)


def _letter_texts(composer: Composer) -> list[str]:
    # The letter as any municipality got it; the name slots hold a neutral phrase.
    neutral = Municipality(cbs_code="GM0000", name="uw gemeente", province="", email=None)
    return [composer.text(neutral), composer.text(neutral, step="reminder-1")]
