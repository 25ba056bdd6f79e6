"""The classification chain: one ordered list of named rules, then one resolution step.

Delivery reports are decided first (a DSN can carry auto-reply headers too). Then the headers
and subject say whether a machine answered; then the phrase rules (fixed phrases) and the
sentence rules (each statement read for negation, tense and subject) read the sender's own
words. Every rule reports under its own name with the words it matched. What was only noted
is weighed in `_resolve`, whose docstring is the campaign's precedence; weak, single or
conflicting evidence goes to a person. `outreach rules` lists the chain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from outreach.classify import answers, autoreply, bounces, copies, phrases, receipts, statements
from outreach.classify.autoreply import (
    ABSENCE,
    AUTOMATED,
    AUTOMATED_WEAK,
    LIST_MAIL,
    REDIRECT_INSTRUCTION,
    REDIRECT_UNREAD,
)
from outreach.classify.base import ChainState, ClassifyContext, Decision, Reason, Rule
from outreach.classify.confidence import (
    CLEAR,
    CONFLICTED,
    DECIDE_AT,
    GUESS,
    HEADER,
    LIKELY,
    PLAUSIBLE,
    STRONG,
    WEAK,
)
from outreach.classify.doubts import (
    SELF_EVIDENT,
    doubt,
    result_told_as_history,
    rival_of_a_likely_reading,
)
from outreach.classify.flags import Flag
from outreach.classify.labels import MOTIONS, NEWS_BESIDE_HISTORY, OUTCOMES, Label, strongest
from outreach.classify.message import ParsedMessage
from outreach.classify.outcome import without_other_titles
from outreach.classify.patterns import EMAIL_ADDRESS, WEB_ADDRESS, receipt_subject
from outreach.classify.quotes import (
    SplitText,
    opening_salutation,
    sent_from_device,
    without_salutations,
)
from outreach.classify.sentences import QUOTED_PASSAGE
from outreach.classify.statements import about_campaign, reply_subject, sentence_words
from outreach.classify.text import fold, sentences
from outreach.classify.vocabulary import family

__all__ = ["RULES", "ClassifyContext", "Reason", "Verdict", "classify"]

RULES: Sequence[Rule] = (
    bounces.FeedbackReportRule(),
    bounces.DeliveryStatusRule(),
    bounces.NonStandardBounceRule(),
    bounces.ForwardedBounceRule(),
    receipts.ReadReceiptRule(),
    autoreply.CalendarInviteRule(),
    autoreply.RecallRule(),
    bounces.ShareNoticeRule(),
    bounces.HeldMessageRule(),
    bounces.MailboxLureRule(),
    autoreply.AutoHeadersRule(),
    autoreply.ListMailRule(),
    autoreply.AutoSubjectRule(),
    receipts.CaseNumberRule(),
    copies.CopiedForwardRule(),
    autoreply.RedirectRule(),
    autoreply.AbsenceRule(),
    answers.AnsweredRequestRule(),
    *phrases.PHRASE_RULES,
    *statements.STATEMENT_RULES,
    phrases.QuestionRule(),
)


@dataclass(frozen=True)
class Verdict:
    label: Label
    confidence: float
    reasons: list[Reason] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    needs_review: bool = False
    review_reason: str | None = None
    # The sender asks us something. With `label` QUESTION that is the verdict itself (an
    # answer is due, see `outreach.analysis`); with another label a person reads it first.
    asks_question: bool = False


def classify(
    message: ParsedMessage, context: ClassifyContext, *, split: SplitText | None = None
) -> Verdict:
    """Run the rules in order; the first decision wins, otherwise resolve what was noted.

    `split` (own text, quotes, signature) is reused when the caller worked it out already.
    """
    state = ChainState(message=message, context=context, given_split=split)
    reasons: list[Reason] = []
    for rule in RULES:
        outcome = rule.check(message, context, state)
        if outcome is None:
            continue
        reasons.append(Reason(rule.name, outcome.text))
        if isinstance(outcome, Decision):
            return _from_decision(outcome, reasons)
        state.notes.append((rule.name, outcome))
        state.flags.update(outcome.flags)
    return _resolve(state, reasons)


def _from_decision(decision: Decision, reasons: list[Reason]) -> Verdict:
    low = decision.confidence < DECIDE_AT
    return Verdict(
        label=decision.label,
        confidence=decision.confidence,
        reasons=reasons,
        details=dict(decision.details),
        needs_review=low or decision.review is not None,
        review_reason=decision.review or ("low confidence" if low else None),
    )


def _resolve(state: ChainState, reasons: list[Reason]) -> Verdict:
    """Weigh what was noted. The campaign's precedence, in one place:

    1. Structure decides before anything is noted: delivery reports (bounces), ARF reports.
    2. Header evidence (Auto-Submitted, X-Autoreply, an automatic-reply subject in any
       language) says a machine wrote the message: then only what a machine can mean
       counts (redirect, receipt, auto-reply), and courtesy ("thank you for your e-mail")
       is no receipt. An out-of-office in a message that also has list headers is still an
       out-of-office; other list mail is `other` (a newsletter may say "motie aangenomen").
    3. In a person's reply the sender's own words decide, by campaign progress (see
       `labels.precedence`): a refusal, an opt-out or a motion step outweighs a courtesy
       phrase, whatever came first. Weak readings (thanks alone) count only when nothing
       else does.
    4. Conflicting evidence (adopted and rejected, declined and a motion step) and anything
       below `DECIDE_AT` goes to a person.
    """
    details: dict[str, Any] = {}
    best: dict[Label, float] = {}
    for _, note in state.notes:
        details.update(note.details)
        if note.label is not None:
            best[note.label] = max(best.get(note.label, 0.0), note.confidence)
    machine = _machine_written(state.flags) or _machine_receipt(state)
    # A case number in mail whose headers hint at a system (Precedence: bulk, an inbox rule's
    # loop header) is a ticket system's receipt, whatever its courtesy or quoted subject say.
    registered = Flag.CASE_NUMBER in state.flags and AUTOMATED_WEAK in state.flags
    automated = AUTOMATED in state.flags or (machine and LIST_MAIL in state.flags) or registered
    answers = state.message.in_reply_to or reply_subject(state.message.subject)
    if LIST_MAIL in state.flags and not answers and not machine and not _greets_us(state):
        # A newsletter may well say "motie aangenomen" about somewhere else.
        label, confidence = Label.OTHER, CLEAR
        best = {}
    elif automated:
        receipt = _receipt(state)
        label, confidence = _resolve_automated(
            _settle_redirect(best, state.flags, receipt is not None),
            state.flags,
            receipt,
            # What a receipt quotes ("uw e-mail met als onderwerp "Verzoek om door te sturen
            # aan de fractievoorzitters ..." is ontvangen") is our wording, not what it did.
            to_council=(
                autoreply.absence_forwarded(state)
                if ABSENCE in state.flags
                else bool(_FORWARD_TO_COUNCIL.search(_without_our_words(state.own)))
            ),
            arrived=receipt is not None and _says_it_arrived(state),
            registered=bool(_REGISTERED.search(state.own)),
        )
        if label == Label.AUTO_REPLY and _unrelated_notice(state):
            # A platform's notification (a security alert, a new sign-in, a follower) is
            # marked auto-generated, yet nobody answered anything: it is no automatic reply.
            label, confidence = Label.OTHER, LIKELY
            reasons.append(Reason("unrelated", "not a reply, and no word of the campaign"))
    else:
        receipt = _receipt(state)
        if Label.OPT_OUT in best and not answers and _LIST_FOOTER.search(state.own):
            # "Afmelden? Klik hier." at the foot of a newsletter leaves its list, not ours.
            best = _without(best, Label.OPT_OUT)
        new_address = bool(details.get("suggested_address"))
        settled = _settle_withdrawn(
            _settle_forward(
                _settle_redirect(best, state.flags, receipt is not None, new_address=new_address),
                state,
            ),
            state,
        )
        label, confidence = _resolve_human(settled, state.flags)
        if (
            label in OUTCOMES
            and best.get(Label.MOTION_PLANNED, 0.0) >= LIKELY
            and result_told_as_history(state, label)
        ):
            # "In 2024 hebben wij al eens een motie ingediend; die werd toen verworpen. Na de
            # verkiezingen dienen we hem opnieuw in": the result is history, the plan is news.
            label, confidence = Label.MOTION_PLANNED, best[Label.MOTION_PLANNED]
        if label in OUTCOMES and result_told_as_history(state, label):
            # "Onze raad nam al in 2024 zo'n motie aan. Uw brief heb ik doorgestuurd naar de
            # fracties": the result is history from before our letter; what the sender did
            # with our letter now is the news.
            now = [lab for lab in NEWS_BESIDE_HISTORY if lab in settled]
            if now:
                label = strongest(now)
                confidence = settled[label]
        if label is Label.MOTION_PLANNED and Label.QUESTION in best and _only_considered(state):
            # "Wij overwegen de motie in te dienen, maar willen eerst weten om hoeveel kinderen
            # het gaat": a motion weighed, not announced; the question is what they need.
            label, confidence = Label.QUESTION, best[Label.QUESTION]
        if label == Label.FORWARDED and Label.QUESTION in best and _weighs_itself(state):
            # "De griffie heeft uw brief doorgestuurd. Wij bespreken in de fractie of we hier
            # iets mee willen; weet u om hoeveel kinderen het gaat?": the member who got it
            # asks before deciding.
            label, confidence = Label.QUESTION, best[Label.QUESTION]
        if label == Label.FORWARDED and Label.QUESTION in best and _forwarded_to_sender(state):
            # "De griffie heeft uw e-mail aan ons doorgestuurd. Voordat onze fractie een
            # standpunt inneemt, heb ik vragen": the forward is how it reached the sender.
            label, confidence = Label.QUESTION, best[Label.QUESTION]
        if label in _STEPS_AFTER_AN_ANSWER and Label.QUESTION in best and _awaits_answer(state):
            # "Voordat wij uw bericht doorsturen, willen wij weten wie er achter ... zit. Wij
            # sturen geen berichten van anonieme afzenders door": nothing is done or refused
            # until we answer.
            label, confidence = Label.QUESTION, best[Label.QUESTION]
        if label == Label.OTHER and not best and confidence < DECIDE_AT:
            if _weak_guess_allowed(state) and _speaks_of_campaign(state):
                # A person answered our letter about the motion or the council in words no
                # rule knows: a person reads it. Such replies are mostly an opinion or
                # sympathy (`other`); on the held-out sets a bare receipt was 2 in 28.
                label, confidence = Label.OTHER, GUESS
                reasons.append(
                    Reason("weak-guess", "a reply to the campaign that no rule could read")
                )
            elif _weak_guess_allowed(state):
                # A reaction without a word of the campaign ("Zie bijlage.", "Interessant.",
                # "Mooi initiatief!"), or only good wishes ("veel succes met jullie actie"):
                # nothing to act on, so `other`, read by a person.
                reasons.append(Reason("unread-reply", "a reply that no rule could read"))
            elif _signed_and_empty(state):
                # Reply pressed, signature sent, nothing written above our quoted letter:
                # there is nothing here to read or to act on, so nothing to review.
                confidence = LIKELY
                reasons.append(
                    Reason("empty-reply", "a reply with only a signature, nothing written")
                )
            elif _unrelated(state):
                # Nothing ties it to the campaign: not a reply, no campaign word, no reply
                # headers (an invitation, a vendor's offer, an account notice).
                confidence = LIKELY
                reasons.append(Reason("unrelated", "not a reply, and no word of the campaign"))
    review: list[str] = []
    conflict = _conflict(best, label) if not automated else None
    conflict = conflict or (_weak_over_refusal(state, best, label) if not automated else None)
    held = _outcome_and_held_over(state, label) if not automated else None
    conflict = conflict or held
    if conflict:
        review.append(conflict)
        confidence = min(confidence, CONFLICTED)
        label = _counted_outcome(state, best) or label
    if held and label is Label.MOTION_REJECTED and not _REVOTE.search(state.own):
        # "Aangehouden, omdat er nog geen meerderheid was", "niet verworpen maar aangehouden":
        # beside a motion held over, a rejection's words are mostly why it was held, so the
        # person reviewing starts from submitted (a held-over motion is submitted). After
        # a tie, the vote held again ("bij de herstemming weer geen meerderheid") decided.
        label = Label.MOTION_SUBMITTED
    if not automated and not conflict and label in _CORROBORATE and not _corroborated(state, label):
        # The steps that move a municipality furthest are decided alone only when the fixed
        # phrases and the sentence reading agree; one reading on its own is a suggestion.
        review.append(f"only one reading says {label.value}")
        confidence = min(confidence, CONFLICTED)
    if (
        label == Label.ACKNOWLEDGED
        and not automated
        and confidence >= DECIDE_AT
        and not state.flags & {Flag.CASE_NUMBER, AUTOMATED_WEAK}
        and (more := receipts.says_more(state))
    ):
        review.append(more)
        confidence = min(confidence, PLAUSIBLE)
    if automated and label == Label.ACKNOWLEDGED and Label.DECLINED in best:
        # "Wilt u uw contactgegevens doorgeven? Zonder deze gegevens kunnen wij uw bericht
        # niet in behandeling nemen": the receipt waits for an answer from us. Without a
        # question, what will not be done is for a person to read.
        if Label.QUESTION in best:
            label, confidence = Label.QUESTION, min(confidence, best[Label.QUESTION])
        else:
            review.append("an automatic receipt that also says what will not be done")
    unsure = (
        None
        if review or confidence < DECIDE_AT
        else doubt(state, label, automated=automated)
        or rival_of_a_likely_reading(state, label, confidence)
    )
    if unsure:
        # Strong readings, but a sign that they may not be the news (see `doubts`).
        review.append(unsure)
        confidence = min(confidence, PLAUSIBLE)
    asks = Label.QUESTION in best and not automated and label not in (Label.OPT_OUT, Label.REDIRECT)
    if asks and label is not Label.QUESTION:
        review.append(ASKS_QUESTION)
    if confidence < DECIDE_AT and not review:
        review.append("low confidence")
    if label == Label.OTHER and not best:
        reasons.append(Reason("no-rule", "no rule recognised this message"))
    return Verdict(
        label=label,
        confidence=round(confidence, 2),
        reasons=reasons,
        details=details,
        needs_review=bool(review),
        review_reason="; ".join(review) or None,
        asks_question=asks,
    )


ASKS_QUESTION = "the sender asks a question"
_CORROBORATE = frozenset({Label.MOTION_ADOPTED, Label.MOTION_SUBMITTED})
_SENTENCE_RULES = frozenset(rule.name for rule in statements.STATEMENT_RULES)


def _corroborated(state: ChainState, label: Label) -> bool:
    """Two independent readings support `label`, or one that is evident on its own does.

    Independent: a fixed phrase and a sentence reading, or two different sentence readings
    ("de stemming is uitgesteld" is both held over and a vote still to come).
    """
    supporting = [name for name, note in state.notes if note.label == label]
    if SELF_EVIDENT & set(supporting):
        return True
    sentence = [name for name in supporting if name in _SENTENCE_RULES]
    return len(set(sentence)) >= 2 or (bool(sentence) and len(sentence) < len(supporting))


_BELOW_REFUSAL = frozenset({Label.ACKNOWLEDGED, Label.FORWARDED})


def _weak_over_refusal(state: ChainState, best: dict[Label, float], label: Label) -> str | None:
    """A receipt or forward read once outranks a refusal: which one the sender meant is open.

    "Wij nemen geen standpunt in; de brief is doorgestuurd aan de fracties" is a forward
    (both the phrase and the sentence reading say so); "het presidium agendeert het niet, voor
    kennisgeving aangenomen" has one loose reading of a forward against a clear refusal.
    """
    if label not in _BELOW_REFUSAL or Label.DECLINED not in best or _corroborated(state, label):
        return None
    if label == Label.FORWARDED and _only_neutral(state):
        return None  # "gedeeld met de raad; de griffie neemt geen standpunt in"
    return f"declined, and only one reading says {label.value}"


def _outcome_and_held_over(state: ChainState, label: Label) -> str | None:
    """A vote's outcome beside a motion held over or tied: both cannot be the news.

    A tied vote is held again ("de stemmen staakten; de motie wordt opnieuw in stemming
    gebracht"), so "verworpen" next to it may be the rule, not the result. A vote count read
    in the same message settles it.
    """
    if label not in OUTCOMES:
        return None
    rules = {name for name, _ in state.notes}
    if statements.RULE_HELD_OVER not in rules or statements.RULE_VOTE_COUNT in rules:
        return None
    return f"both {label.value} and held over or tied"


def _machine_written(flags: set[Flag]) -> bool:
    """A machine answered (not only notified): reply headers or subject, an absence note, or
    a case number that a machine's message gives our mail (a zaaksysteem registered it)."""
    registered = Flag.CASE_NUMBER in flags and AUTOMATED in flags
    return Flag.AUTO_ANSWER in flags or ABSENCE in flags or registered


def _machine_receipt(state: ChainState) -> bool:
    """A machine's message that says in fixed words that our mail arrived ("wij hebben uw
    e-mail ontvangen"): an answer, even from a platform that puts list headers on all mail."""
    return AUTOMATED in state.flags and any(
        name in _PHRASE_RULES
        and note.label == Label.ACKNOWLEDGED
        and Flag.COURTESY not in note.flags
        for name, note in state.notes
    )


def _receipt(state: ChainState) -> float | None:
    """The strongest receipt noted that is more than courtesy or a bare thanks."""
    found = [
        note.confidence
        for _, note in state.notes
        if note.label == Label.ACKNOWLEDGED
        and Flag.COURTESY not in note.flags
        and note.confidence > WEAK
    ]
    return max(found, default=None)


def _weak_guess_allowed(state: ChainState) -> bool:
    if state.flags & {AUTOMATED_WEAK, LIST_MAIL} or not state.split.own.strip():
        return False
    if _only_signed(state.split.own, state.message.from_name):
        return False  # a name under an empty reply says nothing, not even that it arrived
    return about_campaign(state.message, state.split.own)


def _speaks_of_campaign(state: ChainState) -> bool:
    """The sender's own words name the motion, the council or our letter.

    A greeting ("Beste KinderpardonNU,") only addresses us, good wishes ("veel succes met
    jullie actie") only react, and a motion named by another title ("de motie 'Samen tegen
    kinderarmoede'") is somebody else's subject. Nor does one who says they no longer hold
    the role we wrote to ("ik ben geen raadslid meer", `former-role`): what they write
    without a successor or an address is their own reaction, not the council's receipt.
    """
    if _FORMER_ROLE.search(state.own):
        return False
    own = sentences(without_salutations(state.split.own))
    kept = [s for s in own if not _WELL_WISHING.search(fold(s))]
    return bool(_CAMPAIGN_WORDS.search(without_other_titles(fold(" ".join(kept)))))


_ARRIVED = family("arrival-stated")
_TO_COME = family("future-auxiliary", "condition")


def _says_it_arrived(state: ChainState) -> bool:
    """A statement of the sender's (not a question) that our mail arrived or was registered,
    or a subject that says so ("Ontvangstbevestiging")."""
    if receipt_subject(state.message.subject):
        return True
    for sentence in state.sentences:
        found = None if sentence.question else _ARRIVED.search(sentence.text)
        # "U zult binnen vijf werkdagen een reactie ontvangen", "zodra wij uw brief hebben
        # ontvangen": what is still to come, or a condition, is no arrival.
        if found and not _TO_COME.search(sentence.text, 0, found.start()):
            return True
    return False


_CAMPAIGN_SELF = family("campaign-self")
_OUR_SUBJECT = family("campaign-name", "motion-noun")


def _without_our_words(text: str) -> str:
    """`text` without the passages in quotes that quote our subject or letter; a ticket
    system's quoted note from the one who handled it ("toelichting van de behandelaar:
    "overgedragen aan de griffie ..."") stays."""
    return QUOTED_PASSAGE.sub(
        lambda quoted: " " if _OUR_WORDS.search(fold(quoted.group(0))) else quoted.group(0), text
    )


_OUR_WORDS = family("our-subject-quoted")


def _greets_us(state: ChainState) -> bool:
    """A person writes to us by name through a platform that marks all its mail as list mail
    (a town's message service, "Antwoorden op dit adres worden niet gelezen"): a newsletter
    greets its readers, not us; and a platform's notice greets its account holder, but says
    nothing of the campaign ("Hi KinderpardonNU, X started following you")."""
    salutation = opening_salutation(state.own)
    if salutation is None or not _CAMPAIGN_SELF.search(salutation):
        return False
    return bool(_OUR_SUBJECT.search(state.own, len(salutation)))


_CAMPAIGN_WORDS = family("campaign-words")
_WELL_WISHING = family("well-wishing")
_FORMER_ROLE = family("former-role")
_FORWARD_TO_COUNCIL = family("forward-to-council")


_QUOTE_MARK_LINE = re.compile(r"^\s*>", re.M)


def _signed_and_empty(state: ChainState) -> bool:
    """No words of the sender's own above the quote, nothing attached.

    Either a signature block stands above the quote, or the quote is plainly one (an Outlook
    "Van: ... Verzonden: ..." block): reply pressed, sent. Bare ">" lines with nothing
    written under them and no signature may be a bottom-posted answer the splitter lost, and
    a forwarded decision comes with a document: neither is empty.
    """
    split = state.split
    if split.own.strip() or not split.quoted.strip():
        return False
    # A device line on top ("Verstuurd vanaf mijn iPhone") is a signature of its own.
    if (
        not split.signature.strip()
        and not sent_from_device(state.message.text)
        and _QUOTE_MARK_LINE.search(split.quoted)
    ):
        return False
    return all(a.content_type.startswith("image/") for a in state.message.attachments)


def _unrelated(state: ChainState) -> bool:
    """Not a reply, and no campaign word anywhere, quoted or forwarded parts included."""
    message = state.message
    if message.in_reply_to or message.references or state.flags & {AUTOMATED_WEAK}:
        return False
    return not about_campaign(message, message.text)


def _unrelated_notice(state: ChainState) -> bool:
    """A machine's notification that answers nothing: it only notifies (RFC 3834
    auto-generated, no auto-reply header or subject, no absence words), it is no reply in
    its headers or subject, and no word of the campaign stands anywhere in it."""
    message = state.message
    if _machine_written(state.flags) or message.in_reply_to or message.references:
        return False
    # A platform's own question ("Was jij dit niet?") is not for us to answer.
    labels = {note.label for _, note in state.notes} - {None, Label.QUESTION}
    if reply_subject(message.subject) or labels:
        return False
    # A platform greets the account by its name ("KinderpardonNU, je hebt 2 nieuwe
    # berichten"): our own name ties nothing to the campaign, and neither do addresses.
    text = fold(f"{message.subject}\n{message.text}")
    text = _CAMPAIGN_SELF.sub(" ", EMAIL_ADDRESS.sub(" ", WEB_ADDRESS.sub(" ", text)))
    return not _CAMPAIGN_WORDS.search(text)


_SIGNATURE_LINE_WORDS = 4
# Name particles say nothing about who signed ("Van harte" is no signature of "J. van Dam").
_PARTICLES = frozenset({"de", "van", "der", "den", "het", "ten", "ter", "te", "in", "op"})


def _only_signed(own: str, from_name: str | None) -> bool:
    """The sender's own words are only their name block ("Nicole Schipper / Gemeente X")."""
    lines = [line.strip() for line in own.splitlines() if line.strip()]
    if not lines or not from_name or len(lines) > 3:
        return False
    if any(len(line.split()) > _SIGNATURE_LINE_WORDS or line[-1] in ".!?" for line in lines):
        return False
    names = {w.lower() for w in from_name.replace(",", " ").split() if len(w) > 1} - _PARTICLES
    return bool(names & {w.lower() for w in lines[0].split()})


def _settle_redirect(
    best: dict[Label, float], flags: set[Flag], receipt: bool, *, new_address: bool = False
) -> dict[Label, float]:
    """Drop a redirect candidate that the rest of the message explains away.

    An absence note that names a colleague's address ("stuur uw e-mail naar ...") is still an
    absence note unless it also says the address itself is dead. A receipt that only says its
    own mailbox is not read confirmed that our letter arrived; it is a redirect only if it
    also tells us to write elsewhere. Courtesy ("dank voor uw mail") is no such receipt:
    "dank voor uw mail, ik ben niet de juiste persoon" is a redirect.
    """
    if Label.REDIRECT not in best:
        return best
    if new_address and Label.OPT_OUT in best:
        # "Schrijf voortaan griffie@...; haal dit adres uit uw lijst": the old address goes,
        # the municipality stays; the new address is the news.
        best = _without(best, Label.OPT_OUT)
    unread = REDIRECT_UNREAD in flags
    instruction = REDIRECT_INSTRUCTION in flags
    if ABSENCE in flags and not unread:
        return _without(best, Label.REDIRECT)
    if receipt and not instruction:
        return _without(best, Label.REDIRECT)
    return best


_PHRASE_RULES = frozenset(rule.name for rule in phrases.PHRASE_RULES)


def _settle_forward(best: dict[Label, float], state: ChainState) -> dict[Label, float]:
    """Drop a forward that only a loose sentence reading sees when the sender also refuses.

    "Doorgestuurd aan de fractievoorzitters; de griffie neemt geen standpunt in" is a
    forward (a fixed phrase names where it went). "Het presidium nam de brief voor
    kennisgeving aan; hij wordt niet verspreid" is a refusal: the forward reading rests on
    one loose word, the refusal on the sender's own statement.
    """
    if Label.FORWARDED in best and _routed_inside(state):
        # "Ik heb uw mail doorgestuurd naar de juiste afdeling": routing inside the town hall,
        # as in a machine's receipt. It arrived; it did not reach the council.
        forward = best[Label.FORWARDED]
        best = _without(best, Label.FORWARDED)
        best[Label.ACKNOWLEDGED] = max(best.get(Label.ACKNOWLEDGED, 0.0), min(forward, LIKELY))
    if Label.FORWARDED in best and _forward_open(state):
        # "Of en aan wie uw bericht wordt doorgezet, beslist de griffier": not yet done.
        return _without(best, Label.FORWARDED)
    if Label.FORWARDED in best and Label.REDIRECT in best and _forwarded_to_sender(state):
        # "Iemand heeft uw herinnering naar mijn privéadres doorgestuurd, maar ik ben geen
        # griffier meer; stuur uw brief naar griffie@...": the forward reached the wrong person.
        return _without(best, Label.FORWARDED)
    if Label.FORWARDED not in best or Label.DECLINED not in best:
        return best
    if _forwarded_to_sender(state) or statements.no_motion_from_sender(state):
        # "Uw mail is door de griffie aan mij doorgestuurd. Onze fractie dient geen motie
        # in": the forward brought it to the one who refuses; the refusal is the news.
        return _without(best, Label.FORWARDED)
    if statements.members_refused(state):
        # "Uw e-mail is doorgezet naar de griffie. De griffie stuurt zulke verzoeken niet door
        # aan de fracties": the forward went to the one who decides; the members never got it.
        return _without(best, Label.FORWARDED)
    phrased = any(
        name in _PHRASE_RULES for name, note in state.notes if note.label == Label.FORWARDED
    )
    if phrased:
        return best
    if _forward_despite(state):
        # "Wij reageren niet inhoudelijk. Uw e-mail is wel verstrekt aan de fracties": what
        # the sender will not do is something else; what we asked was done.
        return _without(best, Label.DECLINED)
    return _without(best, Label.FORWARDED)


_FORWARD_WORDS = ("forward", "council-has-letter")

_CONTRAST = family("forward-contrast")


def _forwards(state: ChainState) -> list[tuple[int, str, re.Match[str]]]:
    """The sentences that speak of a forward (or of the council having our letter), each with
    its index and the first such words. Several settlements ask; the sentence readers have
    looked for these words in every sentence already."""
    found: list[tuple[int, str, re.Match[str]]] | None = state.memo.get("forward-sentences")
    if found is None:
        found = [
            (index, sentence.text, words)
            for index, sentence in enumerate(state.sentences)
            if (words := sentence_words(state, index, *_FORWARD_WORDS))
        ]
        state.memo["forward-sentences"] = found
    return found


_FORWARD_OPEN = family("forward-open")


def _forward_open(state: ChainState) -> bool:
    """Every sentence that speaks of a forward leaves open whether it will happen."""
    forwards = [(text, found) for _, text, found in _forwards(state)]
    # The forward must stand in the open question: "doorgestuurd, zodat zij kunnen beoordelen
    # of ..." was done; what the council will decide is open.
    return bool(forwards) and all(
        (open_ := _FORWARD_OPEN.search(text)) is not None and open_.start() <= found.start()
        for text, found in forwards
    )


_FORWARD_INSIDE = family("forward-inside")


def _routed_inside(state: ChainState) -> bool:
    """Every sentence that speaks of a forward sends it to an office inside the town hall,
    and names no council body ("de behandelende afdeling: de griffie" is one)."""
    forwards = _forwards(state)
    return bool(forwards) and all(
        _FORWARD_INSIDE.search(text) and not sentence_words(state, index, "council-audience")
        for index, text, _ in forwards
    )


_TO_SENDER = family("forward-to-sender")


def _forwarded_to_sender(state: ChainState) -> bool:
    """Every sentence that speaks of a forward names the sender as its recipient, leaving out
    the refusal itself ("uw e-mail is mij door Publiekszaken doorgestuurd ... daarom zal ik
    uw verzoek niet aan de fractievoorzitters doorsturen")."""
    forwards = [
        text
        for index, text, found in _forwards(state)
        if _TO_SENDER.search(text)
        or not (sentence_words(state, index, "negation") or _generic_alone(state, index, found))
    ]
    return bool(forwards) and all(_TO_SENDER.search(text) for text in forwards)


_GENERIC_FORWARD = family("forward-generic")


def _generic_alone(state: ChainState, index: int, found: re.Match[str]) -> bool:
    """A word that passes the letter on only beside a council body, without one ("ik vertrouw
    erop u hiermee voldoende te hebben geïnformeerd" informs us)."""
    return bool(_GENERIC_FORWARD.fullmatch(found.group(0))) and not sentence_words(
        state, index, "council-audience"
    )


def _settle_withdrawn(best: dict[Label, float], state: ChainState) -> dict[Label, float]:
    """A withdrawn motion was never voted on: "daarop hebben we de motie ingetrokken; dus niet
    aangenomen, maar ook niet verworpen" reads a rejection in "niet aangenomen", yet the news
    is the withdrawal (submitted, with the outcome in the details). A vote count says a vote
    was held after all."""
    if Label.MOTION_REJECTED not in best:
        return best
    rules = {name for name, _ in state.notes}
    if statements.RULE_WITHDRAWN not in rules or statements.RULE_VOTE_COUNT in rules:
        return best
    return _without(best, Label.MOTION_REJECTED)


def _forward_despite(state: ChainState) -> bool:
    """A sentence sets a forward to a council body against the refusal ("wel", "maar"), or
    the refusal is only the sender's neutrality ("de griffie neemt geen standpunt in")."""
    if any(_CONTRAST.search(text) for text in _to_council(state)):
        return True
    return _only_neutral(state)


def _to_council(state: ChainState) -> list[str]:
    """The sentences that speak of a forward to a council body, not negated."""
    return [
        text
        for index, text, _ in _forwards(state)
        if sentence_words(state, index, "council-audience")
        and not sentence_words(state, index, "negation")
    ]


def _only_neutral(state: ChainState) -> bool:
    """Beside a forward to a council body, every refusal is only the sender's neutrality."""
    refusals = [s.text for s in state.sentences if _REFUSAL_WORDS.search(s.text)]
    return bool(_to_council(state)) and all(
        not _REFUSAL_WORDS.search(_NEUTRAL.sub(" ", text)) for text in refusals
    )


_REFUSAL_WORDS = family("refusal", "phrases-declined")
_NEUTRAL = family("neutral-stance")


def _resolve_automated(
    best: dict[Label, float],
    flags: set[Flag],
    receipt: float | None,
    *,
    to_council: bool,
    arrived: bool,
    registered: bool = False,
) -> tuple[Label, float]:
    """What a machine's message means. A receipt that says it passed our letter to a council
    body did what we asked (forwarded), and so does an absence note that says so ("ik ben
    afwezig; uw bericht is automatisch doorgestuurd naar de griffie"); one that routes it to
    "the department" confirms only that it arrived."""
    if Label.REDIRECT in best:
        return Label.REDIRECT, best[Label.REDIRECT]
    if best.get(Label.FORWARDED) and to_council:
        return Label.FORWARDED, LIKELY
    # A system's receipt is one only when it registered our mail (a number, "geregistreerd",
    # "in behandeling genomen") or, without thanks, says that it arrived: thanks with a
    # promise ("wij streven ernaar binnen vijf werkdagen te antwoorden"), also beside "wij
    # hebben uw bericht ontvangen", or a step to come ("uw e-mail wordt na de vakantie in
    # behandeling genomen") is what every mail to that address gets: an automatic reply.
    courtesy_only = {Flag.AUTO_ANSWER, Flag.COURTESY} <= flags and not registered
    confirmed = Flag.CASE_NUMBER in flags or (
        arrived and ABSENCE not in flags and not courtesy_only
    )
    if receipt is not None and confirmed:
        return Label.ACKNOWLEDGED, max(receipt, CLEAR)
    if best.get(Label.FORWARDED) and ABSENCE not in flags and confirmed:
        return Label.ACKNOWLEDGED, LIKELY
    return Label.AUTO_REPLY, HEADER


def _resolve_human(best: dict[Label, float], flags: set[Flag]) -> tuple[Label, float]:
    human = [lab for lab in best if lab != Label.AUTO_REPLY]
    if ABSENCE in flags and Flag.CASE_NUMBER not in flags and set(human) <= {Label.ACKNOWLEDGED}:
        # "Bedankt voor uw bericht, ik ben met vakantie": the thanks of an absence note,
        # typed by hand or sent without headers, confirms nothing.
        human = []
    if ABSENCE in flags and set(human) <= {Label.ACKNOWLEDGED, Label.DECLINED} and human:
        # "Ik ben tot 14 januari afwezig. Uw mail wordt niet doorgestuurd": an absence note's
        # "not forwarded" says nobody stands in, or it is a refusal; a person tells which.
        label = strongest(human)
        return label, min(best[label], PLAUSIBLE)
    if human:
        label = strongest(human)
        return label, best[label]
    if Label.AUTO_REPLY in best:
        # An absence note without auto-reply headers; extra header hints make it surer.
        return Label.AUTO_REPLY, STRONG if AUTOMATED_WEAK in flags else best[Label.AUTO_REPLY]
    if LIST_MAIL in flags:
        return Label.OTHER, CLEAR
    if AUTOMATED_WEAK in flags:
        return Label.OTHER, LIKELY
    return Label.OTHER, GUESS


_REVOTE = family("revote")
_REGISTERED = family("mail-registered")
_LIST_FOOTER = family("list-footer")
# A redirect among them: "wij willen hem graag doorsturen, maar de bijlagen openen niet;
# zou u ze opnieuw naar griffie@... kunnen sturen?" asks first.
_STEPS_AFTER_AN_ANSWER = frozenset(
    {Label.DECLINED, Label.FORWARDED, Label.ACKNOWLEDGED, Label.REDIRECT}
)
_AWAITS_ANSWER = family("forward-awaits-answer")


def _weighs_itself(state: ChainState) -> bool:
    """The sender, in the first person, weighs a step ("wij bespreken of we ...", "ik
    overweeg ...")."""
    return any(
        _CONSIDERING.search(s.text) and _FIRST_PERSON_ACTS.search(s.text)
        for s in state.sentences
        if not s.question
    )


_FIRST_PERSON_ACTS = family("first-person-subject")


def _only_considered(state: ChainState) -> bool:
    """Every reading of a plan is a motion being weighed ("wij overwegen een motie"), in its
    own words, or every sentence that speaks of a step of one weighs it ("wij willen kijken of
    we een motie kunnen indienen", read by its verb alone)."""
    plans = [note.text for _, note in state.notes if note.label is Label.MOTION_PLANNED]
    if not plans:
        return False
    if all(_CONSIDERING.search(text) for text in plans):
        return True
    steps = [s.text for s in state.sentences if not s.question and _PLAN_STEP.search(s.text)]
    return bool(steps) and all(_CONSIDERING.search(text) for text in steps)


_PLAN_STEP = family("plan-step")


_CONSIDERING = family("considering")


def _awaits_answer(state: ChainState) -> bool:
    """The sender puts the forward after our answer to the question they ask."""
    return any(_AWAITS_ANSWER.search(s.text) for s in state.sentences)


def _without(best: dict[Label, float], label: Label) -> dict[Label, float]:
    """The readings with one label set aside, as a settlement does."""
    return {lab: c for lab, c in best.items() if lab != label}


def _counted_outcome(state: ChainState, best: dict[Label, float]) -> Label | None:
    """Where adopted and rejected are both read, the one a vote count says, if any.

    "Het amendement werd wel aangenomen, de motie is verworpen (4 voor, 13 tegen)": the count
    is the vote on the motion far more often than the other result is, so the verdict a
    person reviews starts from it.
    """
    if not (Label.MOTION_ADOPTED in best and Label.MOTION_REJECTED in best):
        return None
    counted = {
        note.label
        for name, note in state.notes
        if name == statements.RULE_VOTE_COUNT and note.label in OUTCOMES
    }
    return counted.pop() if len(counted) == 1 else None


def _conflict(best: dict[Label, float], label: Label) -> str | None:
    """Signals that cannot both be true, worth a person's look."""
    if Label.MOTION_ADOPTED in best and Label.MOTION_REJECTED in best:
        return "both adopted and rejected"
    progress = [lab for lab in best if lab in MOTIONS and lab != Label.MOTION_REJECTED]
    if Label.DECLINED in best and progress:
        return f"declined but also {', '.join(sorted(lab.value for lab in progress))}"
    if label == Label.OPT_OUT and progress:
        return "opt-out together with progress on the motion"
    if label in MOTIONS and Label.REDIRECT in best:
        return "motion news in a redirect notice"
    return None
