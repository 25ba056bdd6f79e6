"""Dutch and English phrase rules over the sender's own words.

Each rule is data: a label, a confidence, and patterns over folded text (lower case, no
accents). A match inside a negated clause ("niet", "geen", "nog niet") does not count for the
rules that say so; the negated forms that carry meaning ("niet aangenomen", "sturen dit niet
door") are patterns of their own label.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from outreach.classify import copies
from outreach.classify.base import ChainState, ClassifyContext, Decision, Note
from outreach.classify.confidence import CLEAR, LIKELY, READ, STRONG
from outreach.classify.flags import Flag
from outreach.classify.labels import OUTCOMES, Label, strongest
from outreach.classify.message import ParsedMessage
from outreach.classify.modality import (
    motion_in_context,
    planned_stage,
    put_off,
    submitted_stage,
)
from outreach.classify.outcome import (
    amendment_vote,
    another_motion,
    asked,
    consequence,
    counted_result,
    elsewhere,
    lack_explains_step,
    mask_expectation,
    other_topic_after,
    overturned,
    place_named,
    place_subject,
    sentence_at,
    tie_reported,
    tie_stands,
    unsettled,
    vote_counts,
)
from outreach.classify.prefilter import Keyed
from outreach.classify.sentences import negated
from outreach.classify.statements import about_campaign, sender_places, still_to_write
from outreach.classify.vocabulary import alternatives, family, pattern, words

_NEGATION = pattern("negation")
# "Nog niet ingediend, wel van plan": "wel" starts the clause that is not negated.
_CLAUSE_START = re.compile(rf"[.!?;,:]|\b(?:{words('contrast-conjunction')}|wel)\b")


@dataclass(frozen=True)
class PhraseRule:
    """A label supported by any of `patterns` in the sender's own text."""

    name: str
    label: Label
    confidence: float
    patterns: tuple[str, ...]
    description: str = ""
    negatable: bool = True
    skip_for_list_mail: bool = False
    # Reads the words around a match and says which label it really supports (None: none).
    refine: Callable[[str, re.Match[str], Label], Label | None] | None = None
    # A refinement that also knows the municipality our letter went to (see
    # `statements.sender_places`): where a result happened decides whose it is.
    refine_placed: Callable[[str, re.Match[str], Label, tuple[str, ...]], Label | None] | None = (
        None
    )
    flags: frozenset[Flag] = frozenset()
    _compiled: tuple[Keyed, ...] = field(init=False, repr=False, compare=False)
    # All patterns at once: one scan tells whether any of them can match at all (and a text
    # without any of their key words is not scanned).
    _any: Keyed = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_compiled", tuple(Keyed(p) for p in self.patterns))
        object.__setattr__(self, "_any", Keyed("|".join(f"(?:{p})" for p in self.patterns)))

    def check(
        self, message: ParsedMessage, context: ClassifyContext, state: ChainState
    ) -> Decision | Note | None:
        if self.skip_for_list_mail and Flag.LIST_MAIL in state.flags:
            return None
        text = state.statements
        first = self._any.search(text)
        if first is None:
            return None
        seen: dict[Label, re.Match[str]] = {}
        own = sender_places(message, state) if self.refine_placed else ()
        for compiled in self._compiled:
            # No pattern matches before the first match of all of them: each is read from
            # there (a search from a position still sees the text before it, as "\b" needs).
            for found in compiled.finditer(text, first.start()):
                if self.negatable and _negated(text, found.start(), found.end()):
                    continue
                if self.refine_placed is not None:
                    label = self.refine_placed(text, found, self.label, own)
                elif self.refine is not None:
                    label = self.refine(text, found, self.label)
                else:
                    label = self.label
                if label is None:
                    continue
                if self.refine is None and self.refine_placed is None:
                    return self._note(label, text, found)
                # A refined rule reads every match: "zal worden ingediend" early in a
                # message must not hide "staat op de agenda" later on.
                seen.setdefault(label, found)
        if not seen:
            return None
        label = strongest(seen)
        return self._note(label, text, seen[label])

    def _note(self, label: Label, text: str, found: re.Match[str]) -> Note:
        return Note(
            f"{label.value}: {found.group(0)[:80]!r}",
            label=label,
            confidence=self.confidence,
            details=_extra_details(label, text, found),
            flags=self.flags,
        )


def _negated(text: str, start: int, end: int) -> bool:
    """A negation right before the match, or close before its last word within one clause.

    "is niet aangenomen" and "niet van plan een motie" are negated; "nog niet ingediend, wel
    van plan" negates only the first clause, and "ondanks dat de VVD niet instemde is de motie
    aangenomen" is not negated at all.
    """
    left, right = sentence_at(text, start, end)
    # The negation scope every rule shares: the clause of the match's last word, its verb
    # ("de motie is ... niet verworpen, maar met 11 tegen 8 aangenomen" adopts it).
    last = text.rfind(" ", start, end) + 1 or start
    if negated(text[left:right], last - left, end - left) is not None:
        return True
    before = text[max(0, start - 40) : start]
    cuts = list(_CLAUSE_START.finditer(before))
    before = before[cuts[-1].end() :] if cuts else before
    if _NEGATION.search(" ".join(before.split()[-3:])):
        return True
    inside = text[start:end]
    cuts = list(_CLAUSE_START.finditer(inside))
    inside = inside[cuts[-1].end() :] if cuts else inside
    return bool(_NEGATION.search(" ".join(inside.split()[-5:])))


def _extra_details(label: Label, text: str, found: re.Match[str]) -> dict[str, Any]:
    if label not in OUTCOMES:
        return {}
    # The count of the match's own sentence first: a decision list counts every item.
    votes = vote_counts(text[slice(*sentence_at(text, *found.span()))])
    window = text[max(0, found.start() - 150) : found.end() + 150]
    votes = votes or vote_counts(window)
    if votes is not None:
        return {"votes_for": votes[0], "votes_against": votes[1]}
    if _UNANIMOUS.search(window):
        return {"unanimous": True}
    return {}


_UNANIMOUS = family("unanimous")


ADOPTED = PhraseRule(
    name="motion-adopted",
    label=Label.MOTION_ADOPTED,
    confidence=STRONG,
    description="the motion was adopted",
    patterns=alternatives("phrases-motion-adopted"),
    refine_placed=lambda text, found, label, own: _hoped_for(text, found, label, own),
)

REJECTED = PhraseRule(
    name="motion-rejected",
    label=Label.MOTION_REJECTED,
    confidence=STRONG,
    description="the motion was voted down",
    negatable=False,
    patterns=alternatives("phrases-motion-rejected"),
    refine_placed=lambda text, found, label, own: _rejection(text, found, label, own),
)

SUBMITTED = PhraseRule(
    name="motion-submitted",
    label=Label.MOTION_SUBMITTED,
    confidence=STRONG,
    description="the motion was submitted or is on the council's agenda",
    patterns=alternatives("phrases-motion-submitted"),
    refine_placed=lambda text, found, label, own: _submitted(text, found, label, own),
)

PLANNED = PhraseRule(
    name="motion-planned",
    label=Label.MOTION_PLANNED,
    confidence=CLEAR,
    description="a motion is intended or being prepared",
    patterns=alternatives("phrases-motion-planned"),
    refine=planned_stage,
)

FORWARDED = PhraseRule(
    name="forwarded",
    label=Label.FORWARDED,
    confidence=STRONG,
    description="the letter went on to the party leaders, the clerk or the council",
    patterns=alternatives("phrases-forwarded"),
    refine=lambda text, found, label: _forward_done(text, found, label),
)

ACKNOWLEDGED = PhraseRule(
    name="acknowledged",
    label=Label.ACKNOWLEDGED,
    confidence=CLEAR,
    description="receipt confirmed",
    patterns=alternatives("phrases-acknowledged"),
)

# Thanks for the mail: what every automatic answer opens with, so on its own it confirms
# nothing a machine did not also say (see the chain's resolution). In a person's reply it is a
# receipt whose meaning depends on what follows: LIKELY, as often right as that level says.
COURTESY = PhraseRule(
    name="courtesy-thanks",
    label=Label.ACKNOWLEDGED,
    confidence=LIKELY,
    description="thanks for the e-mail: courtesy, receipt only when a person wrote it",
    patterns=alternatives("phrases-courtesy-thanks"),
    flags=frozenset({Flag.COURTESY}),
)

DECLINED = PhraseRule(
    name="declined",
    label=Label.DECLINED,
    confidence=CLEAR,
    description="the municipality will not act on the request",
    negatable=False,
    patterns=alternatives("phrases-declined"),
    refine=lambda text, found, label: _refusal(text, found, label),
)

OPT_OUT = PhraseRule(
    name="opt-out",
    label=Label.OPT_OUT,
    confidence=STRONG,
    description="asks us to stop mailing",
    negatable=False,
    skip_for_list_mail=True,
    patterns=alternatives("phrases-opt-out"),
)


@dataclass(frozen=True)
class QuestionRule:
    """A question to us in the sender's own words (so a person should answer)."""

    name: str = "question"
    description: str = "a '?' sentence addressed to us, or a request to us"

    def check(
        self, message: ParsedMessage, context: ClassifyContext, state: ChainState
    ) -> Decision | Note | None:
        if not about_campaign(message, state.split.own):
            return None  # "Heb jij dit niet gedaan?" in an account notification asks no one
        # Mail addressed to others with us in Cc asks them ("Willen jullie dit oppakken?").
        copied = copies.copied_only(message, context.own_addresses)
        for sentence in state.sentences:
            if copied and not copies.asks_us(sentence.text):
                continue
            text = _URL.sub(" ", sentence.text)
            if _INVITATION.search(text) or _CITE_REFERENCE.search(text):
                continue
            if sentence.question or _REQUEST.search(text):
                return _question(text)
        return None


def _question(sentence: str) -> Note:
    return Note(f"question: {sentence.strip()[:80]!r}", label=Label.QUESTION, confidence=READ)


_URL = re.compile(r"https?://\S+")
_REQUEST = Keyed(
    r"\bkunt u (?:mij|ons|me)\b|\bkun je (?:mij|ons|me)\b|\bgraag ontvang(?:t|en)? (?:ik|wij|we)\b|"
    r"\b(?:ik|wij|we) (?:ontvang|ontvangen) graag\b|\bzou(?:den)? u\b[^.?!]{0,60}\bwillen\b|"
    r"\blaat u (?:mij|ons) weten\b|\bi would like to know\b|\bcould you (?:please )?(?:send|tell)\b"
)
_INVITATION = pattern("invitation-to-ask")
_CITE_REFERENCE = pattern("cite-the-reference")


_PROCEDURE = family("phrases-procedure")


def _submitted(
    text: str, found: re.Match[str], label: Label, own: tuple[str, ...] = ()
) -> Label | None:
    if _SPLIT_VERB.match(found.group(0)) and not motion_in_context(text, found):
        return None
    if _PROCEDURE.search(text[slice(*sentence_at(text, *found.span()))]):
        return None  # "moties worden alleen door raadsleden ingediend": how, not what happened
    if elsewhere(text, found.end(), own):
        return None  # "een motie over kinderarmoede ingediend": another motion
    left, _ = sentence_at(text, *found.span())
    if _RELATIVE.search(text, left, found.end()) and _MAIN_GOES_ON.match(text, found.end()):
        # "De motie die GL heeft ingediend, is gisteren van tafel geveegd": the submission
        # is what the sentence takes as known; its news is in the main clause after it.
        return None
    stage = submitted_stage(text, found, label)
    if (
        stage is Label.MOTION_SUBMITTED
        and _AGENDA_WORDS.search(found.group(0))
        and still_to_write(text, found.start())
    ):
        # "Wij nemen dit mee, de motie komt op de agenda van maart": the sender will still
        # write it; the agenda is the plan's date (as the agenda reading says).
        return Label.MOTION_PLANNED
    return stage


_AGENDA_WORDS = family("agenda")
# The phrase of the separable verb ("we dienen de motie vanavond in") needs the motion nearby.
_SPLIT_VERB = re.compile(rf"{words('submit-finite')}\b")
# A relative clause on the motion ("de motie die wij hebben ingediend"), and the main clause's
# verb after it ("..., is gisteren aangenomen").
_RELATIVE = re.compile(rf"\b{words('motion-noun')} (?:die|dat)\b")
_MAIN_GOES_ON = re.compile(rf"(?:[ ,]+[\w/-]+){{0,6}}?[ ,]+{words('main-clause-verb')}\b")


_SENTENCE_MARK = re.compile(r"[.!?](?:\s|$)")
_NOT_REJECTED = re.compile(
    r"\b(?:niet|geen|not)\b[^.?!,;]{0,20}\b(?:verworpen|weggestemd|gesneuveld|rejected|defeated)\b"
)
_STILL_TO_VOTE = re.compile(
    r"\bnog niet (?:is |werd )?aangenomen\b|\bniet aangenomen (?:of|en ook niet) verworpen\b"
)


def _rejection(
    text: str, found: re.Match[str], label: Label, own: tuple[str, ...] = ()
) -> Label | None:
    """ "Niet verworpen (maar aangenomen)" is no rejection; "nog niet aangenomen, wordt
    12 juni besproken" is a motion still waiting for its vote. A rejection in a place the
    sentence names ("werd hij in Enschede verworpen") is no rejection of the sender's own
    unless the place is where our letter went (`own`)."""
    if elsewhere(text, found.end(), own) or place_subject(text, found.end(), own):
        return None
    if own and place_named(text, found.end(), own):
        return None  # not where our letter went (without a known place the phrase stands)
    if another_motion(text, found.end(), named_before=_named_before(text, found.start())):
        return None  # "Onze motie is aangenomen. Wel is een motie van de PVV verworpen."
    if other_topic_after(text, found.end()):
        return None  # "is een motie verworpen over de parkeertarieven"
    if asked(text, found.start()):
        return None  # "is hij echt verworpen, of is de stemming uitgesteld?"
    own_sentence = text[slice(*sentence_at(text, *found.span()))]
    if (
        amendment_vote(text, found.start())
        or counted_result(own_sentence) == Label.MOTION_ADOPTED
        or tie_stands(own_sentence)
    ):
        # A rejected amendment, or a count that says the motion passed or tied; a tie the
        # revote broke ("staakten (13-13), bij de herstemming verworpen") is history.
        return None
    if lack_explains_step(text, found.start()):
        return None  # "ingetrokken toen bleek dat er geen meerderheid voor was"
    if (
        _TIE_WOULD_SAY.search(found.group(0))
        and not _REVOTE.search(text, *sentence_at(text, *found.span()))
        and tie_reported(text)
    ):
        return None  # "De stemmen staakten. Er was dus geen meerderheid": the tie itself
    if consequence(text, found.start()) or overturned(text, found.end(), _ADOPT_WORDS):
        return None  # "..., dan is de motie verworpen": what a condition would bring
    sentence_end = _SENTENCE_MARK.search(text, found.end())
    sentence = text[found.start() : sentence_end.start() if sentence_end else found.end()]
    if _NOT_REJECTED.search(found.group(0)):
        return None
    before = text[max(0, found.start() - 20) : found.end()]
    if _STILL_TO_VOTE.search(before) or (
        "niet" in found.group(0)
        and "aangenomen" in found.group(0)
        and _VOTE_PENDING.search(sentence)
    ):
        return Label.MOTION_SUBMITTED
    return label


_VOTE_PENDING = family("vote-pending")


# Hope, or a result still to come ("we hopen dat ...", "zal worden aangenomen").
_HOPE = re.compile(rf"{family('hope').pattern}|\b(?:zal|zullen)\b")


def _hoped_for(
    text: str, found: re.Match[str], label: Label, own: tuple[str, ...] = ()
) -> Label | None:
    """ "We hopen dat de motie wordt aangenomen" is no result yet; nor is an adopted
    amendment or a neighbour's motion, and a count with more votes against is a rejection.
    As with a rejection, a place the clause names that is not where our letter went (`own`)
    makes it that place's result ("terwijl hij in Kampen wel werd aangenomen")."""
    if elsewhere(text, found.end(), own) or place_subject(text, found.end(), own):
        return None
    if own and place_named(text, found.end(), own):
        return None
    if another_motion(text, found.end(), named_before=_named_before(text, found.start())):
        return None  # "Onze motie is verworpen. Wel is een motie van de VVD aangenomen."
    if other_topic_after(text, found.end()):
        return None  # "is een motie aangenomen over de huisvesting van ontheemden"
    sentence_start = max(text.rfind(". ", 0, found.start()), text.rfind("; ", 0, found.start()))
    if _HOPE.search(mask_expectation(text[: found.end()]), sentence_start + 1):
        return None
    vote = _last_vote_word(text, found)
    if vote is not None and (amendment_vote(text, vote.start()) or unsettled(text, *vote.span())):
        return None
    own_sentence = text[slice(*sentence_at(text, *found.span()))]
    if tie_stands(own_sentence) or overturned(text, found.end(), _REJECT_WORDS):
        return None
    return counted_result(own_sentence) or label


def _named_before(text: str, start: int) -> bool:
    """A motion is named in `text` before the sentence that holds `start`."""
    left, _ = sentence_at(text, start, start)
    return _MOTION_NOUN.search(text, 0, left) is not None


_MOTION_NOUN = family("motion-noun")
# Rejection words that a tie makes true too: no majority, not adopted.
_TIE_WOULD_SAY = re.compile(rf"{family('lack-of-support').pattern}|\bniet\b.*\baangenomen\b")
_REVOTE = family("revote")
_ADOPT_WORDS = family("adopt")
_REJECT_WORDS = family("reject")


_VOTE_WORD = re.compile(r"\b(?:aangenomen|aanvaard|adopted|passed|carried|approved)\b")


def _last_vote_word(text: str, found: re.Match[str]) -> re.Match[str] | None:
    last = None
    for last in _VOTE_WORD.finditer(text, found.start(), found.end()):  # noqa: B007
        pass
    return last


def _forward_done(text: str, found: re.Match[str], label: Label) -> Label | None:
    """A forward that waits ("nog niet doorgestuurd", "zodra de raad vergadert") is none yet."""
    left, right = sentence_at(text, *found.span())
    if _RECEIVED_FORWARD.search(text, max(left, found.start() - 60), found.end() + 12):
        return None  # "ik kreeg uw mail doorgestuurd": the sender received it, passed nothing on
    opened = _FORWARD_OPEN.search(text, left, right)
    if opened is not None and opened.start() <= found.start():
        return None  # "wij gaan na of het doorsturen past binnen onze regels": not decided
    return None if put_off(text[left:right]) else label


_RECEIVED_FORWARD = family("forward-received")
_FORWARD_OPEN = family("forward-open")


def _refusal(text: str, found: re.Match[str], label: Label) -> Label | None:
    """ "Nog niet doorgestuurd" is a step still to come, not a refusal."""
    before = text[max(0, found.start() - 12) : found.end()]
    return None if _NOT_YET_BEFORE.search(before) else label


_NOT_YET_BEFORE = re.compile(r"\bnog niet\b|\bnot yet\b")


PHRASE_RULES: tuple[PhraseRule, ...] = (
    ADOPTED,
    REJECTED,
    SUBMITTED,
    PLANNED,
    DECLINED,
    FORWARDED,
    OPT_OUT,
    ACKNOWLEDGED,
    COURTESY,
)
