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
from outreach.classify.confidence import LIKELY, WEAK
from outreach.classify.flags import Flag
from outreach.classify.labels import (
    CAMPAIGN_PROGRESS,
    HUMAN,
    MOTIONS,
    NEWS_BESIDE_HISTORY,
    OUTCOMES,
    RESULTS,
    Label,
)
from outreach.classify.prefilter import Pattern
from outreach.classify.quotes import letter_end, remove_letter_sentences
from outreach.classify.text import fold, sentences
from outreach.classify.vocabulary import family

# One concept of hedging, for every step a verdict reports (see review.toml [hedge]).
_HEDGE = family("hedge")
_FORWARD_WORDS = ("forward", "council-has-letter")
_STEP_WORDS = ("motion-reference", "submit", "adopt", "reject")
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


def _clauses(sentence: str) -> list[str]:
    """A sentence's parts between a colon or semicolon: "volgens mij is hier een misverstand:
    ik heb uw bericht direct doorgestuurd" hedges the misunderstanding, not the forward."""
    return [part for part in _CLAUSE_MARK.split(sentence) if part.strip()]


_CLAUSE_MARK = re.compile(r"[:;]")


def _hedged(
    state: ChainState, step_words: tuple[str, ...], label: Label | None = None
) -> str | None:
    """The hedge in a clause that names the step (a word of the concepts `step_words`), or None.

    With `label`, only a clause about the step that label reports counts: one that names
    that step ("voor zover ik weet wordt hij ingediend") or holds the words a rule read the
    label in. "De motie is aangehouden ... zij komt waarschijnlijk in januari terug" hedges
    what comes next, not the step the verdict reports.
    """
    own_step = _OWN_STEP.get(label) if label is not None else None
    read: list[list[str]] | None = None  # worked out once a hedge is found: most have none
    step = family(*step_words)
    for index, sentence in enumerate(state.sentences):
        # The sentence readers have looked for the step's words in each sentence already.
        if not statements.sentence_words(state, index, *step_words):
            continue
        if not _HEDGE.search(sentence.text):
            continue
        for clause in _clauses(sentence.text):
            if not step.search(clause) or not (found := _HEDGE.search(clause)):
                continue
            if label is None or (own_step is not None and own_step.search(clause)):
                return found.group(0)
            read = _words_read(state, label) if read is None else read
            if any(_holds(clause, words) for words in read):
                return found.group(0)
    return None


# The words of the step each motion verdict reports.
_OWN_STEP = {
    Label.MOTION_PLANNED: family("submit", "intent"),
    Label.MOTION_SUBMITTED: family("submit"),
    Label.MOTION_ADOPTED: family("adopt"),
    Label.MOTION_REJECTED: family("reject"),
}


_QUOTED = re.compile(r"'([^']+)'")


def _words_read(state: ChainState, label: Label | None) -> list[list[str]]:
    """The words each rule read `label` in, as the rule quotes them ("niet ... verspreid"
    is two pieces of one clause)."""
    return [
        [piece.strip() for piece in found.group(1).split("...") if piece.strip()]
        for _, note in state.notes
        if note.label == label
        for found in _QUOTED.finditer(note.text)
    ]


def _holds(text: str, pieces: list[str]) -> bool:
    return bool(pieces) and all(piece in text for piece in pieces)


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
    if hedge := _hedged(state, _STEP_WORDS, label):
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
    if label is Label.DECLINED and (
        statements.no_motion_from_sender(state) or statements.members_refused(state)
    ):
        # "Uw mail is aan de fractievoorzitters doorgestuurd; zij dienen geen motie in": the
        # forward, however often read, is how the letter reached those who refuse. "Doorgezet
        # naar de griffie; de griffie stuurt zulke verzoeken niet door aan de fracties": it
        # reached the one who decided, not the members.
        others.discard(Label.FORWARDED)
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
    for line in _LINE_END.split(passed_on):
        if _MOTION.search(line) and (outcome := _OUTCOME.search(line)):
            return f"{label.value}, and the text passed on reports a vote ('{outcome.group(0)}')"
    return None


_LINE_END = re.compile(r"[\n.!?]+")


def result_against_plan(state: ChainState, label: Label, automated: bool) -> str | None:
    """A result read once while the sender also speaks of the motion as a plan: "onze
    fractie zal de motie indienen; de tekst wordt met de griffie afgestemd" is a plan, and
    "afgestemd" (coordinated) no vote. A step already taken and one still ahead cannot both
    be the news, and one reading is too little to say which is. Submitting is the step a
    plan speaks of itself: "de motie staat op de agenda; wij zullen hem daar indienen" is
    still a plan however often the agenda is read, so there a plan beside it is enough."""
    if automated or label not in RESULTS or not _readings(state, Label.MOTION_PLANNED):
        return None
    readings = _readings(state, label)
    if len(readings) == 1:
        return f"{label.value} read once, beside a plan"
    # A motion held over, withdrawn or voted on was submitted whatever plan is told beside it.
    if label == Label.MOTION_SUBMITTED and not SELF_EVIDENT.intersection(readings):
        return f"{label.value} read {len(readings)} times, beside a plan to submit"
    return None


# Readings whose words only ever describe a motion's vote, read with the motion named: a
# count, a motion held over, tied or withdrawn. The chain counts them as corroborated alone.
SELF_EVIDENT = frozenset(
    {statements.RULE_VOTE_COUNT, statements.RULE_HELD_OVER, statements.RULE_WITHDRAWN}
)


# The step a result verdict reports, said as still to come ("wordt dan ingediend").
_AHEAD = {
    Label.MOTION_SUBMITTED: family("submit-ahead"),
    Label.MOTION_ADOPTED: family("adopt-ahead"),
    Label.MOTION_REJECTED: family("reject-ahead"),
}


def step_still_ahead(state: ChainState, label: Label, automated: bool) -> str | None:
    """A result whose own step the sender puts ahead in a statement: "de motie staat op de
    agenda van 26 november; wordt dan ingediend door PvdA en CU" is not submitted yet, "de
    motie zal worden aangenomen" not adopted yet. A question ("wordt hij ingediend?") asks."""
    ahead = _AHEAD.get(label)
    if automated or ahead is None:
        return None
    for sentence in state.sentences:
        if not sentence.question and (found := ahead.search(sentence.text)):
            return f"{label.value}, but the sender puts that step ahead ('{found.group(0)}')"
    return None


def stance_beside_forward(state: ChainState, label: Label, automated: bool) -> str | None:
    """A refusal that is only a stance, beside a forward: "uw e-mail is gedeeld met alle
    raadsleden; de griffie neemt zelf geen standpunt in" did what we asked. A refusal of the
    step itself ("hij wordt niet verspreid", "wij sturen dit niet door") is read as an action
    refused, and stays a refusal; so does "er zal geen motie worden ingediend"."""
    if label != Label.DECLINED or not _readings(state, Label.FORWARDED):
        return None
    if any(name == statements.RULE_REFUSED_ACTION for name, _ in state.notes):
        return None
    if statements.no_motion_from_sender(state):
        return None  # "er zal geen motie worden ingediend" is no stance: nothing will come
    if any(_FORWARD_REFUSED.search(s.text) for s in state.sentences if not s.question):
        return None  # "besloten uw verzoek niet door te geleiden": the step itself, refused
    return "declined, but a forward is read too"


_FORWARD_REFUSED = family("forward-refused")


def machine_forward_from_one_sentence(
    state: ChainState, label: Label, automated: bool
) -> str | None:
    """A forward in mail with a machine's headers (bulk precedence, a rules loop), read by
    one sentence reading alone: a ticket system says "doorgestuurd" in fixed words when it
    forwards, and repeats our own request ("verzoek om door te sturen ...") when it files
    it."""
    if label != Label.FORWARDED or Flag.AUTOMATED_WEAK not in state.flags:
        return None
    readings = _readings(state, label)
    if len(readings) == 1 and readings[0] in _SENTENCE_RULES:
        return "a forward in machine mail, read by one sentence alone"
    return None


def receipt_as_list_mail(state: ChainState, label: Label, automated: bool) -> str | None:
    """Mail with list headers set aside as `other` although it carries a case number: a
    ticket system that sends with list headers files our letter; a newsletter has no
    zaaknummer."""
    if label == Label.OTHER and Flag.CASE_NUMBER in state.flags:
        return "set aside as list mail, but it carries a case number"
    return None


_CAMPAIGN_NAME = family("campaign-name")


def receipt_of_something_else(state: ChainState, label: Label, automated: bool) -> str | None:
    """A case number in a new mail that names nothing of our letter ("Reactie op uw petitie
    speeltuin - kenmerk 2026/01455"): a town hall's answer on another matter sent to us, or a
    ticket system's receipt of ours; a person tells which."""
    if label != Label.ACKNOWLEDGED or Flag.CASE_NUMBER not in state.flags:
        return None
    if statements.about_campaign(state.message, state.own):
        return None
    subject = fold(state.message.subject)
    if not _OTHER_MATTER.search(state.own) and not _OTHER_MATTER.search(subject):
        return None  # a ticket system's bare receipt: it files what arrived, ours
    return "a case number for another matter, in a new mail that names nothing of our letter"


_OTHER_MATTER = family("other-matter")


def answer_in_an_attachment(state: ChainState, label: Label, automated: bool) -> str | None:
    """A receipt whose words say the answer itself is attached ("in de bijlage treft u de
    reactie van het college op uw e-mail (ons kenmerk ...)"): the receipt is the envelope; what
    the college answered is in a file the rules do not read."""
    if label != Label.ACKNOWLEDGED or not state.message.attachments:
        return None
    if _ANSWER_ATTACHED.search(state.own):
        return "the answer is in an attachment"
    return None


_ANSWER_ATTACHED = family("answer-attached")


def newsletter_on_our_motion(state: ChainState, label: Label, automated: bool) -> str | None:
    """List mail set aside as `other` that names our campaign and tells of a result of its
    own ("onze motie voor gewortelde kinderen werd aangenomen", "de motie, ingediend door onze
    fractie"): a party section's newsletter may report its town's result. One that reports
    results around the country ("in Zwolle en Deventer aangenomen") speaks of no motion of
    its own."""
    if label != Label.OTHER or Flag.LIST_MAIL not in state.flags:
        return None
    if not (_CAMPAIGN_NAME.search(state.own) and _OUTCOME.search(state.own)):
        return None
    if any(_MOTION.search(s) and _FIRST_PERSON.search(s) for s in sentences(state.own)):
        return "a newsletter that names our motion and tells a result of its own"
    return None


_FIRST_PERSON = family("first-person")


def written_below_our_letter(state: ChainState, label: Label, automated: bool) -> str | None:
    """Nothing written above the quote, but sentences of the sender's own below our quoted
    letter: a bottom-posted answer the splitter took for part of the quote."""
    if label != Label.OTHER or state.split.own.strip() or not state.split.quoted.strip():
        return None
    if below := _below_letter(state):
        return f"nothing above the quote, but text below our letter ('{below[:60]}')"
    return None


_HEADER_LINE = family("quote-header-line")
_RULE_LINE = re.compile(r"[-_=*\s]*")
_WORDS_OF_A_SENTENCE = 5


def _below_letter(state: ChainState) -> str | None:
    """The first sentence below our letter in the quote (where `quotes.letter_end` puts its
    end), up to older history, that is not ours nor a quote header's."""
    found = letter_end(state.split.quoted.split("\n"), state.context.letter_texts)
    if found is None:
        return None
    rest = remove_letter_sentences("\n".join(found.below), state.context.letter_texts)
    kept = [
        line
        for line in rest.split("\n")
        if not line.strip() or not (_HEADER_LINE.match(fold(line)) or _RULE_LINE.fullmatch(line))
    ]
    for sentence in sentences("\n".join(kept)):
        if len(sentence.split()) >= _WORDS_OF_A_SENTENCE and sentence[-1] in ".!?":
            return sentence
    return None


_NO_MORE_MAIL = family("no-more-mail")


def wants_no_more_mail(state: ChainState, label: Label, automated: bool) -> str | None:
    """Words that want no more of our mail beside another verdict ("uw mail is ontvangen;
    verdere herinneringen hoeven niet", "... wilt u ons adres voortaan laten rusten?"): an
    opt-out said indirectly, or put as a question, is not a receipt or a question to answer.
    A machine's notice that a mailbox is no longer read is a redirect's business."""
    if automated or label in (Label.OPT_OUT, Label.REDIRECT):
        return None
    for sentence in state.sentences:
        if found := _NO_MORE_MAIL.search(sentence.text):
            return f"{label.value}, beside words that want no more mail ('{found.group(0)}')"
    return None


_ACKNOWLEDGE = family("acknowledge")
_READ_IT = family("read-it")
_WELL_WISHING = family("well-wishing")


def read_beside_wishes(state: ChainState, label: Label, automated: bool) -> str | None:
    """A receipt whose only words are that the sender read our mail, beside praise or good
    wishes ("Ik heb uw mail met belangstelling gelezen. Een sympathiek verhaal. Succes!"):
    a personal reaction as much as a receipt, for a person to tell apart. A receipt that
    says it arrived or was registered, or takes it up, is one whatever else it says."""
    if automated or label != Label.ACKNOWLEDGED:
        return None
    read = wishes = None
    for sentence in state.sentences:
        text = sentence.text
        for found in _ACKNOWLEDGE.finditer(text):
            if not _READ_IT.match(text, found.start()):
                return None  # "ontvangen", "ik kijk ernaar": a receipt of another kind
            read = read or found.group(0)
        wishes = wishes or _WELL_WISHING.search(text)
    if read is None or wishes is None:
        return None
    return f"a receipt only in that it was read ('{read}'), beside good wishes"


_DATED = family("dated-step")
_YEAR = re.compile(r"(?:19|20)\d\d\b")


def result_told_as_history(state: ChainState, label: Label) -> bool:
    """Every sentence that tells the result `label` places it before now: in an earlier year
    ("in 2024 ... verworpen"), or "toen", "destijds", "al eens" ("die werd toen verworpen").
    """
    own_step = _OWN_STEP.get(label)
    sent = state.message.date
    if own_step is None:
        return False
    told = [s.text for s in state.sentences if not s.question and own_step.search(s.text)]
    if not told:
        return False
    for text in told:
        years = _dated_years(text)
        if sent is not None and years and max(years) < sent.year:
            continue
        if not years and _back_then_of_result(text, own_step):
            continue
        return False
    return True


_BACK_THEN = family("back-then")
# Where the result's own clause starts: "uw verzoek is destijds doorgestuurd en de raad heeft
# op 12 februari een motie aangenomen" places the forward back then, not the result.
_CLAUSE_START = re.compile(r"[,;:]\s|\s(?:en|maar|and|but)\s")


def _back_then_of_result(text: str, own_step: Pattern) -> bool:
    """ "Toen", "destijds", "al eens" in the clause that tells the result."""
    for found in own_step.finditer(text):
        starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, found.start())]
        window = text[starts[-1] if starts else 0 : found.end() + 20]
        if _BACK_THEN.search(window):
            return True
    return False


def _dated_years(text: str) -> list[int]:
    """The years a step is dated by in `text` ("al in april 2025 aangenomen": 2025)."""
    return [int(y.group(0)) for d in _DATED.finditer(text) if (y := _YEAR.search(d.group(0)))]


def result_of_an_earlier_year(state: ChainState, label: Label, automated: bool) -> str | None:
    """A result the sender dates in a year before the reply's own ("onze raad heeft de motie
    al in 2024 aangenomen"): the motion of a council that acted before our letter, told as
    history or as news. Whether it counts for the campaign is a person's call."""
    own_step = _OWN_STEP.get(label)
    sent = state.message.date
    if automated or label not in RESULTS or own_step is None or sent is None:
        return None
    earlier = None
    for sentence in state.sentences:
        if not own_step.search(sentence.text):
            continue
        for year in _dated_years(sentence.text):
            if year >= sent.year:
                return None  # "op 18 juni 2026 een nieuwe motie aangenomen": this year's news
            earlier = earlier or year
    return f"{label.value}, dated {earlier}: before this reply's year" if earlier else None


def step_beside_an_old_result(state: ChainState, label: Label, automated: bool) -> str | None:
    """A step of now beside a result the sender places before now ("onze raad nam al in 2024
    zo'n motie aan; uw brief heb ik doorgestuurd"): the chain takes the step as the news, but
    writers count such a council's old result as its answer about as often."""
    if automated or label not in NEWS_BESIDE_HISTORY:
        return None
    for result in OUTCOMES:
        if _readings(state, result) and result_told_as_history(state, result):
            return f"{label.value}, beside a result told as history"
    return None


def refusal_that_points_elsewhere(state: ChainState, label: Label, automated: bool) -> str | None:
    """A refusal beside a statement that we should write elsewhere ("wij sturen dit soort
    verzoeken niet door; u kunt de fracties het beste zelf mailen"): a refusal, or a
    redirect? Both are said; which one the campaign acts on is a person's call."""
    if label != Label.DECLINED or not _readings(state, Label.REDIRECT):
        return None
    return "declined, and also told to write elsewhere"


def opt_out_in_bulk_mail(state: ChainState, label: Label, automated: bool) -> str | None:
    """An opt-out read in mail with bulk or list headers: a newsletter's own "afmelden" link
    reads like one, and nobody asked us anything."""
    if label != Label.OPT_OUT or not ({Flag.AUTOMATED_WEAK, Flag.LIST_MAIL} & state.flags):
        return None
    return "an opt-out in bulk mail: a newsletter's unsubscribe line?"


CHECKS: tuple[Callable[[ChainState, Label, bool], str | None], ...] = (
    hedged_step,
    unsure_of_step,
    stop_outvoted,
    automatic_answer_read_as_receipt,
    forward_passes_on_an_outcome,
    result_against_plan,
    step_still_ahead,
    stance_beside_forward,
    machine_forward_from_one_sentence,
    receipt_as_list_mail,
    receipt_of_something_else,
    answer_in_an_attachment,
    newsletter_on_our_motion,
    written_below_our_letter,
    wants_no_more_mail,
    read_beside_wishes,
    result_of_an_earlier_year,
    step_beside_an_old_result,
    refusal_that_points_elsewhere,
    opt_out_in_bulk_mail,
)


def rival_of_a_likely_reading(state: ChainState, label: Label, confidence: float) -> str | None:
    """A verdict at the lowest level that decides alone (`LIKELY`), against another reading of
    a different step: one uncertain reading against another is a choice for a person. Across
    the sets it was weighed on, a third of such verdicts were wrong. A bare receipt beside
    it is no rival: most replies say they received the letter."""
    if confidence > LIKELY or label not in HUMAN:
        return None
    rivals = sorted(
        {
            other
            for other in HUMAN - {label, Label.ACKNOWLEDGED}
            if not (other == Label.QUESTION and label in _ASKS_AS_ITSELF)
            and not _earlier_step(other, label)
            and _readings(state, other)
            and not (
                other == Label.FORWARDED
                and label == Label.DECLINED
                and statements.members_refused(state)
            )
        }
    )
    if not rivals:
        return None
    return f"{label.value} read weakly, and also as {', '.join(lab.value for lab in rivals)}"


# A redirect or an opt-out is often put as a question ("kunt u het naar de griffie
# sturen?", "wilt u ons van de lijst halen?"): the question is the request itself.
_ASKS_AS_ITSELF = frozenset({Label.REDIRECT, Label.OPT_OUT})


def _earlier_step(reading: Label, verdict: Label) -> bool:
    """A step the campaign passes before the verdict's ("forwarded" beside a motion being
    prepared): told on the way, no rival."""
    before, after = CAMPAIGN_PROGRESS.get(reading), CAMPAIGN_PROGRESS.get(verdict)
    return before is not None and after is not None and before < after


def doubt(state: ChainState, label: Label, *, automated: bool) -> str | None:
    """The first reason a person should read this verdict although its readings look strong."""
    for check in CHECKS:
        if reason := check(state, label, automated):
            return reason
    return None
