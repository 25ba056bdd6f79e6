"""From a stored message to a municipality's status: parse, match, classify, apply, or queue.

`analyse()` is the one code path for both `outreach classify FILE` and what `poll` stores.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from outreach.classify.base import ClassifyContext
from outreach.classify.chain import Verdict, classify
from outreach.classify.labels import Label
from outreach.classify.message import MessageParseError, ParsedMessage, parse_message
from outreach.classify.origin import OriginContext, origin_review_reason
from outreach.compose.letter import Composer
from outreach.matching import (
    MatchContext,
    MatchResult,
    MunicipalityRef,
    load_domain_owners,
    match_message,
)
from outreach.resources import resource_dir
from outreach.review_state import ReviewState
from outreach.settings import Settings
from outreach.status import apply_label
from outreach.store.engine import transaction
from outreach.store.models import IncomingMessage, Municipality, OutgoingMessage, SenderAssignment

log = logging.getLogger(__name__)
PENDING_REVIEW = ReviewState.PENDING
BATCH = 200


@dataclass(frozen=True)
class Contexts:
    match: MatchContext
    classify: ClassifyContext
    origin: OriginContext = field(default_factory=OriginContext)


@dataclass(frozen=True)
class Analysis:
    """What `outreach` makes of one message."""

    parsed: ParsedMessage | None
    error: str | None
    match: MatchResult | None
    verdict: Verdict | None
    review_reason: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "label": self.verdict.label.value if self.verdict else None,
            "confidence": self.verdict.confidence if self.verdict else None,
            "municipality": self.match.cbs_code if self.match else None,
            "match": _match_json(self.match),
            "reasons": [asdict(r) for r in self.verdict.reasons] if self.verdict else [],
            "details": self.verdict.details if self.verdict else {},
            "review": self.review_reason,
            "error": self.error,
        }


def _match_json(match: MatchResult | None) -> dict[str, Any] | None:
    if match is None:
        return None
    return {
        "confidence": match.confidence,
        "evidence": [asdict(e) for e in match.evidence],
        "candidates": match.candidates,
    }


def build_contexts(session: Session, settings: Settings) -> Contexts:
    """Everything matching and classifying consult, read once per batch."""
    owners = load_domain_owners(resource_dir("data") / "municipality_domains.csv")
    domains: dict[str, set[str]] = defaultdict(set)
    for domain, codes in owners.items():
        for code in codes:
            domains[code].add(domain)
    refs = []
    for m in session.exec(select(Municipality)):
        own = domains[m.cbs_code] | ({m.domain} if m.domain else set())
        if m.email:
            own.add(m.email.rpartition("@")[2])
        refs.append(MunicipalityRef(m.cbs_code, m.name, m.email, tuple(sorted(own))))
    campaign = settings.campaign
    composer = Composer(campaign)
    letters = tuple(_letter_texts(composer))
    own_addresses = frozenset({campaign.from_address.lower(), campaign.reply_base.lower()})
    match = MatchContext(
        municipalities=refs,
        domain_owners=owners,
        secret=composer.secret,
        sender_assignments={a.address: a.cbs_code for a in session.exec(select(SenderAssignment))},
        sent_message_ids={o.message_id: o.cbs_code for o in session.exec(select(OutgoingMessage))},
        own_addresses=own_addresses,
        letter_texts=letters,
    )
    origin = OriginContext.build(
        authserv_id=settings.inbox.authserv_id,
        provider_daemons=settings.inbox.provider_daemons,
        secret=composer.secret,
        sent_message_ids=match.sent_message_ids,
        written_to=[*match.by_email, *session.exec(select(OutgoingMessage.to_address))],
    )
    classify_context = ClassifyContext(letter_texts=letters, own_addresses=own_addresses)
    return Contexts(match, classify_context, origin)


def _letter_texts(composer: Composer) -> list[str]:
    # The letter as any municipality got it; the name slots hold a neutral phrase.
    neutral = Municipality(cbs_code="GM0000", name="uw gemeente", province="", email=None)
    return [composer.text(neutral), composer.text(neutral, step="reminder-1")]


def analyse(raw: bytes, contexts: Contexts, *, threshold: float) -> Analysis:
    try:
        parsed = parse_message(raw)
    except MessageParseError as exc:
        return Analysis(None, str(exc), None, None, "parse_error")
    match = match_message(parsed, contexts.match)
    verdict = classify(parsed, contexts.classify)
    # Who sent it comes first: a person deciding on a forged reply should see that it may be.
    reasons = [
        origin_review_reason(parsed, verdict.label, match, contexts.origin),
        _review_reason(verdict, match, threshold),
        f"too large to read whole ({', '.join(parsed.over_caps)})" if parsed.over_caps else None,
    ]
    reason = "; ".join(r for r in reasons if r) or None
    return Analysis(parsed, None, match, verdict, reason)


def _review_reason(verdict: Verdict, match: MatchResult, threshold: float) -> str | None:
    if verdict.needs_review:
        return verdict.review_reason or "classifier unsure"
    if verdict.label is Label.QUESTION:
        return "a question to answer"
    if verdict.confidence < threshold:
        return f"low confidence ({verdict.confidence:.2f})"
    if match.cbs_code is None and verdict.label is not Label.OTHER:
        return "several municipalities possible" if match.candidates else "no municipality found"
    return None


def _unprocessed() -> Any:
    return (
        select(IncomingMessage)
        .where(col(IncomingMessage.label).is_(None), col(IncomingMessage.parse_error).is_(None))
        .where(IncomingMessage.review_state != PENDING_REVIEW)
        .order_by(col(IncomingMessage.id))
    )


def process_pending(*, engine: Engine, settings: Settings) -> int:
    """Match and classify every stored message not yet looked at; returns how many."""
    done = 0
    with transaction(engine) as session:
        # Every poll pass calls this; most find nothing, and then nothing needs loading.
        if session.exec(_unprocessed().limit(1)).first() is None:
            return 0
        contexts = build_contexts(session, settings)
    while True:
        with transaction(engine) as session:
            batch = session.exec(_unprocessed().limit(BATCH)).all()
            for message in batch:
                process_one(session, message, contexts, settings=settings)
        done += len(batch)
        if len(batch) < BATCH:
            return done


def process_one(
    session: Session, message: IncomingMessage, contexts: Contexts, *, settings: Settings
) -> None:
    """Analyse one stored message and record the outcome; a failure parks the message."""
    try:
        analysis = analyse(message.raw, contexts, threshold=settings.review.confidence_threshold)
    except Exception as exc:
        log.exception("could not classify message %s", message.id)
        message.parse_error = f"classifier error: {exc}"
        message.review_state, message.review_reason = PENDING_REVIEW, "classifier error"
        session.add(message)
        return
    record(session, message, analysis)


def record(session: Session, message: IncomingMessage, analysis: Analysis) -> None:
    if analysis.error is not None:
        message.parse_error = analysis.error
    parsed = analysis.parsed
    if parsed is not None:
        # The inbox stores what a quick header read finds; the full parse may know more.
        message.from_address = message.from_address or parsed.from_address
        message.subject = message.subject or parsed.subject
        message.message_id = message.message_id or parsed.message_id
    if analysis.match is not None:
        message.cbs_code = analysis.match.cbs_code
        message.match_confidence = analysis.match.confidence
        message.match_evidence = _match_json(analysis.match)["evidence"]  # type: ignore[index]
        message.details = {**message.details, "candidates": analysis.match.candidates}
    verdict = analysis.verdict
    if verdict is not None:
        message.label = verdict.label.value
        message.confidence = verdict.confidence
        message.reasons = [asdict(r) for r in verdict.reasons]
        message.details = {**message.details, **verdict.details}
        message.related = verdict.label is not Label.OTHER
    if analysis.review_reason:
        message.review_state, message.review_reason = PENDING_REVIEW, analysis.review_reason
    session.add(message)
    session.flush()
    if verdict is None or message.cbs_code is None:
        return
    municipality = session.get(Municipality, message.cbs_code)
    assert municipality is not None
    if analysis.review_reason and verdict.label is not Label.QUESTION:
        return  # a person decides first
    apply_label(
        session, municipality, verdict.label.value, details=verdict.details, incoming_id=message.id
    )
    log.info("classified message %s: %s for %s", message.id, verdict.label.value, message.cbs_code)
