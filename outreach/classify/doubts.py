"""Why a verdict that looks strong may still be wrong: signals that send it to a person.

Each rule's confidence says how often its label is right when that rule alone decides. Some
messages make that figure dishonest however strong the reading is: the sender hedges the very
step the verdict reports, a machine's receipt says more than that the letter arrived, a reply
to our reminder reports a step read only once, a stop is read once against another label read
twice. None of these says which label is right; each says a person should look. Every check
here was weighed against all development sets: what it sends to review against the wrong
verdicts it keeps from deciding alone (see bench/evaluate_classifier.py).

Pure: reads the chain's state and the label it settled on.
"""

from __future__ import annotations

from collections.abc import Callable

from outreach.classify.base import ChainState
from outreach.classify.confidence import WEAK
from outreach.classify.flags import Flag
from outreach.classify.labels import MOTIONS, Label
from outreach.classify.patterns import EMAIL_ADDRESS
from outreach.classify.vocabulary import family

_HEDGE = family("hedged-step")
_REMINDER = family("reminder-subject")
_COUNCIL_MEMBERS = family("council-member-role")
_RECEIVED = family("received-verb")
_PARTIAL_YES = family("partial-yes")
_PARTY_ANSWER = family("party-answer-passed-on")
_UNSURE = family("unsure-of-step")
_INTERNAL_ROUTING = family("internal-routing")
_COUNCIL_FORWARD = family("forward-to-council")
_STEP_WORDS = tuple(family(name) for name in ("motion-reference", "submit", "adopt", "reject"))

# A courtesy phrase and at least two sentences no rule read: more than thanks was said.
_UNREAD_AFTER_THANKS = 3


def _readings(state: ChainState, label: Label) -> list[str]:
    """The rules that noted `label`, courtesy and bare thanks left out."""
    return [
        name
        for name, note in state.notes
        if note.label == label and Flag.COURTESY not in note.flags and note.confidence > WEAK
    ]


def hedged_step(state: ChainState, label: Label, automated: bool) -> str | None:
    """A forward or a planned motion beside a hedge: "wellicht dienen we later iets in", "of en
    aan wie het wordt doorgezet, beslist de griffier", "dat hangt af van de andere fracties"."""
    if label not in (Label.FORWARDED, Label.MOTION_PLANNED) or not _HEDGE.search(state.own):
        return None
    return f"{label.value} in a hedged or conditional sentence"


def unsure_of_step(state: ChainState, label: Label, automated: bool) -> str | None:
    """Any motion step the sender is not sure of, in the sentence that names it: "voor zover
    ik weet is de motie aangenomen", "ik hoorde dat hij is ingediend", "de motie wordt
    waarschijnlijk in maart ingediend". "Misschien leuk om te horen: ..." is courtesy."""
    if automated or label not in MOTIONS:
        return None
    for sentence in state.sentences:
        if any(step.search(sentence.text) for step in _STEP_WORDS) and (
            unsure := _UNSURE.search(sentence.text)
        ):
            return f"the sender is not sure ('{unsure.group(0)}')"
    return None


def automatic_receipt_says_more(state: ChainState, label: Label, automated: bool) -> str | None:
    """A machine's receipt that also reads as a refusal ("zonder deze gegevens kunnen wij uw
    bericht niet in behandeling nemen") or as a forward read twice ("uw bericht is
    doorgestuurd naar de griffie"): the receipt may not be the news."""
    if not automated or label != Label.ACKNOWLEDGED:
        return None
    if any(note.label == Label.DECLINED for _, note in state.notes):
        return "an automatic receipt that also reads as a refusal"
    if len(_readings(state, Label.FORWARDED)) >= 2:
        own = state.own
        if _INTERNAL_ROUTING.search(own) and not _COUNCIL_FORWARD.search(own):
            return None  # passed to the right department: a receipt's routing, nothing more
        return "an automatic receipt that also says it was forwarded"
    return None


def reminder_step_read_once(state: ChainState, label: Label, automated: bool) -> str | None:
    """An answer to our reminder that reports a motion step, read by one rule only.

    Reminder replies look back ("uw mail hebben wij destijds doorgezet", "het was al
    geregeld"): the step a single reading finds is often one already past, or another one.
    """
    if label not in MOTIONS or not _REMINDER.search(state.message.subject or ""):
        return None
    if len([name for name, note in state.notes if note.label == label]) != 1:
        return None
    return f"a reply to the reminder, and only one reading says {label.value}"


def stop_outvoted(state: ChainState, label: Label, automated: bool) -> str | None:
    """A refusal or opt-out read once wins by precedence over a label read twice ("stuur het
    aan de griffie, en haal dit adres uit uw lijst": a redirect, or an opt-out?)."""
    if label not in (Label.DECLINED, Label.OPT_OUT) or len(_readings(state, label)) != 1:
        return None
    others = {note.label for _, note in state.notes if note.label is not None}
    others -= {label, Label.ACKNOWLEDGED, Label.QUESTION}
    if any(len(_readings(state, other)) >= 2 for other in others):
        return f"{label.value} read once, another label read twice"
    return None


def thanks_and_more(state: ChainState, label: Label, automated: bool) -> str | None:
    """A receipt that rests on courtesy alone, followed by sentences no rule read ("Dank voor
    uw bericht. De raad beperkt zich tot ... Wij beschouwen uw verzoek als afgehandeld.")."""
    if automated or label != Label.ACKNOWLEDGED or _readings(state, Label.ACKNOWLEDGED):
        return None
    if len(state.sentences) < _UNREAD_AFTER_THANKS:
        return None
    return "thanks, and sentences no rule read"


def members_received(state: ChainState, label: Label, automated: bool) -> str | None:
    """A receipt whose receivers are the council's members ("de fractievoorzitters hebben uw
    e-mail vandaag van ons ontvangen"): that is a forward in a receipt's words."""
    if automated or label != Label.ACKNOWLEDGED:
        return None
    for sentence in state.sentences:
        if _COUNCIL_MEMBERS.search(sentence.text) and _RECEIVED.search(sentence.text):
            return "a receipt that says the council's members received it"
    return None


def refusal_with_a_yes(state: ChainState, label: Label, automated: bool) -> str | None:
    """A refusal beside a step done after all, to the council's members ("wij reageren niet
    inhoudelijk; uw e-mail is wel verstrekt aan de fractievoorzitters")."""
    if label != Label.DECLINED:
        return None
    for sentence in state.sentences:
        if _PARTIAL_YES.search(sentence.text) and _COUNCIL_MEMBERS.search(sentence.text):
            return "a refusal that says something was done after all"
    return None


def party_answer_passed_on(state: ChainState, label: Label, automated: bool) -> str | None:
    """A forward or receipt that passes on a party group's answer ("hieronder treft u de
    reactie van de SP-fractie op uw brief"): what the party says is the news, read or not."""
    if label not in (Label.FORWARDED, Label.ACKNOWLEDGED) or not _PARTY_ANSWER.search(state.own):
        return None
    return "a forward that passes on a party's answer"


def redirect_without_address(state: ChainState, label: Label, automated: bool) -> str | None:
    """A machine's redirect that names no address to write to ("deze mailbox wordt deze week
    niet gelezen"): a pause or an out-of-office as often as a new address."""
    if not automated or label != Label.REDIRECT or EMAIL_ADDRESS.search(state.split.own):
        return None
    return "an automatic redirect that names no address"


CHECKS: tuple[Callable[[ChainState, Label, bool], str | None], ...] = (
    hedged_step,
    unsure_of_step,
    automatic_receipt_says_more,
    reminder_step_read_once,
    stop_outvoted,
    thanks_and_more,
    members_received,
    refusal_with_a_yes,
    party_answer_passed_on,
    redirect_without_address,
)


def doubt(state: ChainState, label: Label, *, automated: bool) -> str | None:
    """The first reason a person should read this verdict although its readings look strong."""
    for check in CHECKS:
        if reason := check(state, label, automated):
            return reason
    return None
