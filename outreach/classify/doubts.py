"""Why a verdict that looks strong may still be wrong: signals that send it to a person.

Each rule's confidence says how often its label is right when that rule alone decides. Some
messages make that figure dishonest however strong the reading is: the sender hedges the very
step the verdict reports, a stop is read once against another label read twice, a forward
passes on a vote's outcome. None of these says which label is right; each says a person
should look.

Every check here is weighed across all development sets: `bench/review_gates.py` prints, per
check, the right verdicts it sends to a volunteer for nothing (its cost) and the wrong ones it
keeps from deciding alone (its saving). A check stays when it saves more than it costs, or
when it guards a step that is costly to get wrong at almost no cost (a hedged or hearsay
result); a check made for one message, that saves nothing elsewhere, is dropped.

Pure: reads the chain's state and the label it settled on.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from outreach.classify import statements
from outreach.classify.base import ChainState
from outreach.classify.confidence import WEAK
from outreach.classify.flags import Flag
from outreach.classify.labels import MOTIONS, Label
from outreach.classify.prefilter import Pattern
from outreach.classify.quotes import remove_letter_sentences
from outreach.classify.text import fold
from outreach.classify.vocabulary import family

# One concept of hedging, for every step a verdict reports (see review.toml [hedge]).
_HEDGE = family("hedge")
_FORWARD_WORDS = family("forward", "council-has-letter")
_STEP_WORDS = family("motion-reference", "submit", "adopt", "reject")
_SENTENCE_RULES = frozenset(rule.name for rule in statements.STATEMENT_RULES)
_MOTION = family("motion-reference")
_OUTCOME = family("adopt", "reject")


def _readings(state: ChainState, label: Label) -> list[str]:
    """The rules that noted `label`, courtesy and bare thanks left out."""
    return [
        name
        for name, note in state.notes
        if note.label == label and Flag.COURTESY not in note.flags and note.confidence > WEAK
    ]


def _hedged(state: ChainState, step: Pattern) -> str | None:
    """The hedge in a sentence that names the step, or None."""
    for sentence in state.sentences:
        if step.search(sentence.text) and (found := _HEDGE.search(sentence.text)):
            return found.group(0)
    return None


def hedged_step(state: ChainState, label: Label, automated: bool) -> str | None:
    """A forward the sender hedges in the sentence that names it: "de brief wordt wellicht
    doorgestuurd, dat hangt af van de agendacommissie". A machine does not hedge."""
    if automated or label != Label.FORWARDED:
        return None
    if hedge := _hedged(state, _FORWARD_WORDS):
        return f"the sender is not sure ('{hedge}')"
    return None


def unsure_of_step(state: ChainState, label: Label, automated: bool) -> str | None:
    """Any motion step the sender is not sure of, in the sentence that names it: "voor zover
    ik weet is de motie aangenomen", "ik hoorde dat hij is ingediend", "de motie wordt
    waarschijnlijk in maart ingediend". "Misschien leuk om te horen: ..." is courtesy."""
    if automated or label not in MOTIONS:
        return None
    if hedge := _hedged(state, _STEP_WORDS):
        return f"the sender is not sure ('{hedge}')"
    return None


def stop_outvoted(state: ChainState, label: Label, automated: bool) -> str | None:
    """A refusal or opt-out read once wins by precedence over a label read twice ("stuur het
    aan de griffie, en haal dit adres uit uw lijst": a redirect, or an opt-out? "wij nemen
    geen standpunt in; uw brief is wel aan de fracties gegeven": a refusal, or a forward?)."""
    if label not in (Label.DECLINED, Label.OPT_OUT) or len(_readings(state, label)) != 1:
        return None
    others = {note.label for _, note in state.notes if note.label is not None}
    others -= {label, Label.ACKNOWLEDGED, Label.QUESTION}
    if any(len(_readings(state, other)) >= 2 for other in others):
        return f"{label.value} read once, another label read twice"
    return None


def automatic_answer_read_as_receipt(
    state: ChainState, label: Label, automated: bool
) -> str | None:
    """A machine's answer ("Automatisch antwoord: ...") called a receipt on the strength of a
    sentence reading alone ("na terugkomst pak ik uw bericht op"): a ticket system's receipt
    says so in fixed words or with a case number; a sentence may be an out-of-office's."""
    if not automated or label != Label.ACKNOWLEDGED or Flag.AUTO_ANSWER not in state.flags:
        return None
    if Flag.CASE_NUMBER in state.flags:
        return None
    readings = _readings(state, label)
    if readings and all(name in _SENTENCE_RULES for name in readings):
        return "an automatic answer read as a receipt by a sentence alone"
    return None


def forward_passes_on_an_outcome(state: ChainState, label: Label, automated: bool) -> str | None:
    """A forward or receipt whose passed-on text (a decision list, a council's minutes, a
    party's mail) reports a motion's vote ("9. Motie ...: aangenomen (19 voor, 12 tegen)"):
    what was passed on is the news, not that it was passed on. Our own letter, quoted back,
    is left out: it speaks of motions adopted elsewhere."""
    if automated or label not in (Label.FORWARDED, Label.ACKNOWLEDGED):
        return None
    passed_on = fold(remove_letter_sentences(state.split.quoted, state.context.letter_texts))
    # The motion and its outcome on one line of what was passed on: a decision list's item,
    # a sentence; not a delivery report's "recipient address rejected" lines away.
    for line in re.split(r"[\n.!?]+", passed_on):
        if _MOTION.search(line) and (outcome := _OUTCOME.search(line)):
            return f"{label.value}, and the text passed on reports a vote ('{outcome.group(0)}')"
    return None


CHECKS: tuple[Callable[[ChainState, Label, bool], str | None], ...] = (
    hedged_step,
    unsure_of_step,
    stop_outvoted,
    automatic_answer_read_as_receipt,
    forward_passes_on_an_outcome,
)


def doubt(state: ChainState, label: Label, *, automated: bool) -> str | None:
    """The first reason a person should read this verdict although its readings look strong."""
    for check in CHECKS:
        if reason := check(state, label, automated):
            return reason
    return None
