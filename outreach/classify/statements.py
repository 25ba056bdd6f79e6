"""Sentence-level reading with word families: what each statement of the sender says.

The phrase rules know fixed word orders; people write "goed ontvangen, bedankt", "ingediend
is hij nog niet" or "U kunt het beter opnieuw sturen aan de griffie". Here every statement
(a sentence that is not a question to us) is read on its own: which families occur, whether
a negation governs them in their clause, who the subject is (our letter or a motion), and
whether the step is done, pending or only intended. Each reading is a rule of its own
(`STATEMENT_RULES`, named `sentence-*`): it notes the strongest reading it finds in the
message, under its name and with the words it matched, and the chain weighs all notes alike.
The word families come from the vocabulary (`vocabulary/*.toml`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from outreach.classify.base import ChainState, ClassifyContext, Decision, Note
from outreach.classify.confidence import CLEAR, LIKELY, PLAUSIBLE, READ, WEAK
from outreach.classify.flags import Flag
from outreach.classify.labels import Label, precedence
from outreach.classify.message import ParsedMessage
from outreach.classify.modality import (
    dropped_later,
    possibility,
    put_off,
    submission_ahead,
    submitted_stage,
    taken_back,
)
from outreach.classify.outcome import (
    agreed_to_step,
    amendment_vote,
    another_motion,
    asked,
    consequence,
    counted_result,
    counted_result_at,
    counts_disagree,
    elsewhere,
    lack_explains_step,
    mask_expectation,
    names_place_subject,
    other_topic_after,
    overturned,
    place_named,
    place_subject,
    sentence_at,
    shared_result,
    tie_reported,
    tie_stands,
    tied_count,
    unsettled,
)
from outreach.classify.patterns import EMAIL_ADDRESS, WEB_ADDRESS
from outreach.classify.prefilter import Keyed, Pattern
from outreach.classify.sentences import Sentence, clause_at, negated, not_yet
from outreach.classify.text import fold
from outreach.classify.vocabulary import concepts, family, pattern, words

# The word families this module reads, from the vocabulary.
_ACKNOWLEDGE = family("acknowledge")
_ADOPT = family("adopt")
_AGENDA = family("agenda")
_AUDIENCE = family("council-audience")
_CAMPAIGN = family("campaign-words")
_DECLINE = family("refusal")
_FORWARD = family("forward")
# "als" is a condition too; outcome.py reads it only before a subject.
# "als" is a condition before a subject ("als hij wordt aangenomen"), not in "als hamerstuk".
_HOPE = family("hope", "condition", "if-subject")
_INTENT = family("intent")
_LETTER = family("our-letter")
_MOTION = family("motion-reference")
_MINORITY = family("minority-against")
_MINORITY_FOR = family("minority-for")
_OPT_OUT = family("opt-out")
_PENDING = family("vote-pending")
_REDIRECT = family("redirect")
_NOT_HERE = family("redirect-not-here")
_FIRST_PERSON_ACTS = family("first-person-subject")
_REJECT = family("reject")
_SUBMIT = family("submit")
_THANKS = family("thanks")

_STILL_OPEN = family("held-over", "tied-vote")
_VOTE_EVIDENCE = family("vote-evidence")
_TAKEN_NOTE = family("taken-note")
_TIED = family("tied-vote")
_WITHDRAWN = family("withdrawn")
# What else can be withdrawn in a sentence about a motion.
_NOT_THE_MOTION = family("withdrawable-other")
_ANNOUNCE = family("announce")
_REQUEST_ACTION = family("request-action")

STRONG = READ  # a sentence reading: its word order, tense and subject were read


@dataclass(frozen=True)
class Reading:
    label: Label
    confidence: float
    evidence: str
    details: Mapping[str, Any] = field(default_factory=dict)


class _Reply:
    """What only the whole reply says, shared by its statements. Worked out when a reader
    first asks: most statements never get far enough to need it."""

    __slots__ = ("_own", "_own_places", "_text", "_texts")

    def __init__(
        self, texts: Sequence[str] = (), own: Callable[[], tuple[str, ...]] = tuple
    ) -> None:
        self._texts = texts
        self._own = own
        self._text: str | None = None
        self._own_places: tuple[str, ...] | None = None

    @property
    def text(self) -> str:
        """All the sender's statements, one after the other."""
        if self._text is None:
            self._text = " ".join(self._texts)
        return self._text

    @property
    def own_places(self) -> tuple[str, ...]:
        """The sender's own municipality: where our letter went, where they sign from."""
        if self._own_places is None:
            self._own_places = self._own()
        return self._own_places


_NO_REPLY = _Reply()


@dataclass(frozen=True)
class _Statement:
    """One sentence with what the sentences before it established."""

    text: str
    motion: bool  # a motion is named here, or named just before and referred to here
    subject_motion: bool  # the message's subject names a motion
    to_council: bool = False  # the sender's note opens by greeting the council
    motion_before: bool = False  # an earlier sentence of the message named a motion
    motion_in_reply: bool = False  # some sentence of the sender's names the motion
    forward_in_reply: bool = False  # some sentence of the sender's speaks of a forward
    reply: _Reply = _NO_REPLY
    # What each word family found in the sentence, kept for every reader that asks (and
    # shared with the same sentence read among the questions too).
    found: dict[Pattern, re.Match[str] | None] = field(
        default_factory=dict, compare=False, repr=False
    )

    @property
    def reply_text(self) -> str:
        return self.reply.text

    @property
    def own_places(self) -> tuple[str, ...]:
        return self.reply.own_places

    def first(self, words: Pattern) -> re.Match[str] | None:
        """The first match of `words` in the sentence (`words.search(text)`), read once."""
        return _first(self.found, words, self.text)

    def each(self, words: Pattern) -> Iterator[re.Match[str]]:
        """Every match of `words` in the sentence; none at once when `first` found none."""
        if self.first(words) is None:
            return iter(())
        return words.finditer(self.text)


def _first(
    found: dict[Pattern, re.Match[str] | None], words: Pattern, text: str
) -> re.Match[str] | None:
    if words in found:
        return found[words]
    match = found[words] = words.search(text)
    return match


_PRONOUN = family("motion-pronoun")
_SUBMIT_PRONOUN = family("submit-pronoun")
_FIRST_PERSON = family("first-person")
_GENERIC_FORWARD = family("forward-generic")
# A council body that prepares the agenda: our letter in its meeting is a forward, not a motion.
_AGENDA_BODY = family("agenda-body-or-leaders")
# The council as the one that has the letter; "uw brief voor de raad ... ontvangen" is ours.
_RECEIVING_BODY = family("council-has-letter")
_COVERING_NOTE = family("covering-note")
_COMMITTEE = family("committee-vote")
_COUNCIL_GREETING = pattern("council-greeting")
_PLAN_ACTION = family("plan-step")
_SUBMIT_INFINITIVE = family("submit-infinitive")
_DONE = re.compile(rf"\b{words('done-auxiliary')}\b[^,;]{{0,60}}\b{words('step-participle')}")
_FUTURE_VERB = re.compile(rf"\b{words('future-auxiliary')}\b")
# A wish without a step of the plan vocabulary ("ik wil de motie graag bij ons voorleggen",
# before asking what would help) says what the sender would like, not what they will do.
_WISH = family("wish")
# Our request's own content ("uw verzoek om de motie in te dienen"), not the sender's plan.
_REQUEST_CONTENT = family("request-content")
# A bare result in a reply to our request ("Aangenomen!! 🎉", "Unaniem!"): the motion is
# the only thing it can be about.
_ELLIPTIC_WORDS = 6
# A vote on the motion that is still to come or was put off: the motion is on the table.
_VOTE_PENDING = pattern("vote-ahead")
_VOTED = family("vote-noun")


def _opt_out(s: _Statement) -> Reading | None:
    found = s.first(_OPT_OUT)
    if found is None or _conditional(s.text, found.start()):
        return None
    return Reading(Label.OPT_OUT, CLEAR, found.group(0))


def _redirect(s: _Statement) -> Reading | None:
    found = s.first(_REDIRECT)
    if found is None:
        return None
    if not _NOT_HERE.fullmatch(found.group(0)) and _FIRST_PERSON_ACTS.search(
        s.text, 0, found.start()
    ):
        return None  # "ik stuur het naar ...": the sender passes it on, no redirect
    clause_end = _CLAUSE_MARK.search(s.text, found.end())
    if _TO_THE_SENDER.search(
        s.text, found.start(), clause_end.start() if clause_end else len(s.text)
    ):
        return None  # "graag stoppen met mailen naar dit adres": to the sender, nowhere else
    if _FORMER_ROLE.fullmatch(found.group(0)) and not (
        EMAIL_ADDRESS.search(s.reply_text) or _SUCCESSOR.search(s.reply_text)
    ):
        return None  # "ik ben geen raadslid meer", and nobody else named: nowhere to write
    return Reading(Label.REDIRECT, LIKELY, found.group(0))


_SUCCESSOR = family("successor")
_TO_THE_SENDER = family("to-the-sender")
_CLAUSE_MARK = re.compile(r"[,;:.?!]")


def _rejected(s: _Statement) -> Reading | None:
    for found in s.each(_REJECT):
        words = found.group(0)
        if elsewhere(s.text, found.start(), s.own_places) or place_subject(
            s.text, found.start(), s.own_places
        ):
            continue
        if _headed_by_other(s.text, found.start()) or (
            s.own_places and place_named(s.text, found.start(), s.own_places)
        ):
            continue  # "werd hij in Roermond verworpen", our letter went to Roerdalen
        if other_topic_after(s.text, found.end()):
            continue  # "is een motie verworpen over de parkeertarieven"
        if amendment_vote(s.text, found.start()) and not shared_result(s.text, found.end()):
            continue  # "het amendement werd verworpen; de motie is aangenomen"
        if another_motion(s.text, found.start(), named_before=s.motion_before):
            continue  # "Onze motie is aangenomen. Wel is een motie van de PVV verworpen."
        if words == "niet gehaald" and not (
            counted_result(s.text) or s.first(_VOTED) or s.first(_VOTE_EVIDENCE)
        ):
            continue  # bare, a deadline is as often "niet gehaald"; with a count it is the vote
        if counted_result_at(s.text, found.start()) == Label.MOTION_ADOPTED or tie_stands(s.text):
            continue  # the count says otherwise: "een minderheid stemde tegen (20-9)", a tie
        if lack_explains_step(s.text, found.start()):
            continue  # "ingetrokken toen bleek dat er geen meerderheid voor was"
        if _tie_would_say(words) and not _REVOTE.search(s.text) and tie_reported(s.reply_text):
            continue  # "De stemmen staakten. Er was dus geen meerderheid": the tie itself
        if overturned(s.text, found.end(), _ADOPT) or consequence(s.text, found.start()):
            continue  # "..., maar toch is hij aangenomen"; "..., dan is hij verworpen"
        if any(m.start() <= found.start() < m.end() for m in s.each(_MINORITY)):
            continue  # "alleen de VVD stemde tegen": the dissent of a carried motion
        if words.startswith("stemde") and s.first(_VOTED_FOR):
            continue  # "voor stemden GL en D66; VVD en PVV stemden tegen": who voted how
        if "niet" in words and "aangenomen" in words:
            # "nog niet aangenomen, wordt 12 juni besproken": the vote is still to come.
            if not_yet(s.text, *found.span()) or _PENDING.search(s.text, found.end()):
                return Reading(Label.MOTION_SUBMITTED, STRONG, words) if s.motion else None
        elif _negation_before(s.text, found.start(), found.end()):
            continue  # "niet verworpen (maar aangenomen)"
        if _hoped(s.text, found.start()) or asked(s.text, found.start()):
            continue
        if not s.motion and s.first(_LETTER):
            # "uw verzoek is afgewezen": the request, not a motion, was turned down.
            return Reading(Label.DECLINED, STRONG, words)
        if s.motion or s.subject_motion or s.first(_VOTE_EVIDENCE):
            return Reading(Label.MOTION_REJECTED, STRONG, words)
    return None


_LACK = family("lack-of-support")
_REVOTE = family("revote")


def _tie_would_say(words: str) -> bool:
    """Words of a rejection that a tie also makes true: no majority, not adopted."""
    return bool(_LACK.fullmatch(words)) or ("niet" in words and "aangenomen" in words)


# Who voted for, beside who voted against: a breakdown of the vote, not its result.
_VOTED_FOR = re.compile(
    r"\b(?:voor (?:stemde|stemden)\b|(?:stemde|stemden) (?:(?!tegen\b)\w+ ){0,3}voor\b"
    r"(?=\s*[,;.:]|\s+en\b|\s*$))"
)


def _adopted(s: _Statement) -> Reading | None:
    if s.first(_ADOPT) is None:
        return None  # most sentences: no word of adoption, the costlier tests need not run
    if not (s.motion or s.subject_motion or _elliptic(s.text)):
        return None
    for found in s.each(_ADOPT):
        words = found.group(0)
        if (
            elsewhere(s.text, found.start(), s.own_places)
            or place_subject(s.text, found.start(), s.own_places)
            or _headed_by_other(s.text, found.start())
            or other_topic_after(s.text, found.end())
        ):
            continue  # "in buurgemeente Zwolle is de motie al aangenomen": not the sender's;
            # "is een motie aangenomen over de huisvesting van ontheemden": another subject
        if amendment_vote(s.text, found.start()) and not shared_result(s.text, found.end()):
            continue  # the amendment was adopted; the motion's fate is told elsewhere
        if another_motion(s.text, found.start(), named_before=s.motion_before):
            continue  # "Onze motie is verworpen. Wel is een motie van de VVD aangenomen."
        if any(m.start() <= found.start() < m.end() for m in s.each(_MINORITY_FOR)):
            continue  # "alleen GroenLinks stemde voor": support that did not carry it
        if _SUPPORT_ONLY.match(words) and _support_for_another_step(s.text):
            continue  # "ingediend, met steun van vijf fracties": support for the submission
        if words.endswith("meerderheid") and _AGAINST_AFTER.match(s.text, found.end()):
            continue  # "een ruime meerderheid stemde tegen"
        if words.endswith("meerderheid") and not _MAJORITY_CARRIED.search(s.text):
            continue  # "hebben samen een ruime meerderheid": a majority had, no vote won
        if unsettled(s.text, *found.span()):
            continue  # "we hopen dat hij wordt aangenomen", "of hij wordt aangenomen"
        if tie_stands(s.text) or overturned(s.text, found.end(), _REJECT):
            continue  # "13 stemden voor en 13 tegen"; "de SP stemde voor, maar hij sneuvelde"
        if place_named(s.text, found.start(), s.own_places) or (
            not s.own_places and names_place_subject(s.text, found.start())
        ):
            continue  # "in Maastricht aangenomen": maybe not the sender's; the phrase rule alone
        if _COMMITTEE.search(s.text, *clause_at(s.text, *found.span())):
            # "In de commissie aangenomen; de raad stemt op 4 juli": the council has not voted.
            return Reading(Label.MOTION_SUBMITTED, STRONG, words)
        if counted_result_at(s.text, found.start()) == Label.MOTION_REJECTED:
            return Reading(Label.MOTION_REJECTED, STRONG, words)
        if _TAKEN_NOTE.search(s.text, max(0, found.start() - 30), found.start()):
            continue  # "voor kennisgeving aangenomen": a letter noted, not a motion voted
        if agreed_to_step(s.text, *found.span()):
            continue  # "gevraagd de motie aan te houden, en daar hebben we mee ingestemd"
        if words == "passed" and _PASSED_ON.match(s.text, found.end()):
            continue
        if negated(s.text, *found.span()) or _hoped(s.text, found.start()):
            continue
        if _FUTURE_VERB.search(s.text[: found.start()]) and not s.first(_DONE):
            continue
        return Reading(Label.MOTION_ADOPTED, STRONG, words)
    return None


# "een ruime meerderheid stemde tegen"; "passed it on": no adoption.
_AGAINST_AFTER = re.compile(r" (?:\w+ ){0,3}tegen\b")
_PASSED_ON = re.compile(r" (?:it )?on\b")
# Adoption words that only say how much support there was; the verb they go with tells the
# step ("met steun van vijf fracties ingediend", "unaniem aangenomen").
_SUPPORT_ONLY = re.compile(rf"{words('support-only')}$")
_RESULT_VERB = family("result-verb")
_MAJORITY_CARRIED = family("majority-carried")
_OTHER_STEP = family("other-step")


def _support_for_another_step(text: str) -> bool:
    """Support words beside a submission or debate, and no word of a vote's result."""
    return bool(_OTHER_STEP.search(text)) and not _RESULT_VERB.search(text)


def _counted(s: _Statement) -> Reading | None:
    """A vote count alone ("over de motie is gestemd: 11 voor, 18 tegen") tells the result;
    so does one right after the motion's result ("Aangenomen! 19 voor, 8 tegen.")."""
    if not (s.motion or s.motion_before or s.first(_VOTED)):
        return None
    tie = tied_count(s.text)
    label = None if tie else counted_result(s.text)
    if not tie and label is None:
        return _unanimous(s)  # most sentences: no count at all
    if counts_disagree(s.text):
        return None  # "het amendement (10 voor, 20 tegen) ... de motie (18 voor, 12 tegen)"
    # Read up to the sentence's last word: its closing mark would end the sentence there.
    end = len(s.text.rstrip(" .!?;"))
    if _amendment_only(s.text) or _headed_by_other(s.text, end):
        return None  # "Jaarrekening - vastgesteld (20 voor, 3 tegen)": another item's count
    if place_named(s.text, end, s.own_places) or elsewhere(s.text, end, s.own_places):
        return None  # "Motie 'Snellere procedures' (VVD): aangenomen (21 voor, 6 tegen)."
    if tie:
        # "De stemming eindigde in 12 voor en 12 tegen" in a reply to our letter: only a vote
        # ties, and the motion is the one voted on.
        motion = s.motion or s.motion_before or s.subject_motion or bool(_VOTED.search(s.text))
        return Reading(Label.MOTION_SUBMITTED, STRONG, "tied vote count") if motion else None
    return Reading(label, STRONG, "vote count") if label is not None else None


_UNANIMOUS = family("unanimous")


def _unanimous(s: _Statement) -> Reading | None:
    """Everyone voted for it: "unaniem aangenomen", "Aangenomen!! Unaniem zelfs." A count of
    its own, read with a result verb in the sentence, or bare right after the motion's
    result; "unaniem ingediend" is support for the submission, no vote."""
    found = s.first(_UNANIMOUS)
    if found is None or not (s.motion or s.motion_before):
        return None
    if not (s.first(_RESULT_VERB) or (s.motion_before and _elliptic(s.text))):
        return None
    if negated(s.text, *found.span()) or unsettled(s.text, *found.span()):
        return None
    if _amendment_only(s.text) or _headed_by_other(s.text, found.start()):
        return None
    if (
        elsewhere(s.text, found.start(), s.own_places)
        or place_subject(s.text, found.start(), s.own_places)
        or place_named(s.text, found.start(), s.own_places)
    ):
        return None
    return Reading(Label.MOTION_ADOPTED, STRONG, found.group(0))


def _minority(s: _Statement) -> Reading | None:
    """Only a few voted against ("alleen de VVD stemde tegen"): the motion carried; only a
    few voted for: it did not. Read on the motion, never on an amendment's vote."""
    if not (s.motion or s.subject_motion or s.motion_before):
        return None
    against, only_for = s.first(_MINORITY), s.first(_MINORITY_FOR)
    if (against is None and only_for is None) or _amendment_only(s.text):
        return None  # most sentences name no minority: the amendment test need not run
    for found, label in ((against, Label.MOTION_ADOPTED), (only_for, Label.MOTION_REJECTED)):
        if found is None or unsettled(s.text, *found.span()):
            continue
        if elsewhere(s.text, found.start(), s.own_places) or place_named(
            s.text, found.start(), s.own_places
        ):
            continue
        return Reading(label, STRONG, found.group(0))
    return None


_AMENDMENT = family("amendment-noun")
# The noun right after an announcement: "heeft aangekondigd een amendement in te dienen".
_AMENDMENT_NEXT = re.compile(
    rf"\s+(?:\w+ ){{0,2}}(?:een |het |an? )?(?:\w+ )?{words('amendment-noun')}"
)
_MOTION_NOUN = family("motion-noun")


def _amendment_only(text: str) -> bool:
    """An amendment is named and the motion is not: a count or a minority is the amendment's."""
    return bool(_AMENDMENT.search(text)) and not _MOTION_NOUN.search(text)


def _vote_pending(s: _Statement) -> Reading | None:
    # "Motie ingediend!" as the subject and "de stemming volgt over twee weken" below it;
    # "Vanavond ingediend. Stemming volgende week dinsdag.": the vote on what was submitted.
    if not (s.motion or s.subject_motion or s.motion_before):
        return None
    found = s.first(_VOTE_PENDING)
    if found is None or negated(s.text, *found.span()):
        return None
    return Reading(Label.MOTION_SUBMITTED, PLAUSIBLE, found.group(0))


def _held_over(s: _Statement) -> Reading | None:
    """Held over, tied or put off: the motion stays on the table.

    A tie ("de stemmen staakten") can only describe a vote: the motion named earlier in the
    message, or in its subject, is the one voted on.
    """
    if s.motion:
        found_in = _STILL_OPEN
    elif s.motion_before or s.subject_motion or tied_count(s.text) or _VOTED.search(s.text):
        # "Het staakte, 10 voor en 10 tegen" in a reply to our letter: only a vote ties.
        found_in = _TIED
    else:
        return None
    for found in s.each(found_in):
        if negated(s.text, *found.span()) or elsewhere(s.text, found.start(), s.own_places):
            continue
        if amendment_vote(s.text, found.start()) and not _WITH_THE_MOTION.search(
            s.text, 0, found.start()
        ):
            continue
        return Reading(Label.MOTION_SUBMITTED, STRONG, found.group(0))
    return None


# "De stemming over motie en amendement is uitgesteld": the motion's vote is put off with the
# amendment's, so the motion stays on the table too.
_WITH_THE_MOTION = re.compile(
    rf"\b{words('motion-noun')} en (?:het |de |een |dat )?{words('amendment-noun')}|"
    rf"\b{words('amendment-noun')} en (?:de |onze |deze )?{words('motion-noun')}"
)


def _withdrawn(s: _Statement) -> Reading | None:
    """Withdrawn by its submitters: it was submitted, and that is where it ended."""
    if not s.motion:
        return None
    for found in s.each(_WITHDRAWN):
        if negated(s.text, *found.span()) or unsettled(s.text, *found.span()):
            continue
        if elsewhere(s.text, found.start(), s.own_places) or _LETTER.search(
            s.text, 0, found.start()
        ):
            continue
        if _NOT_THE_MOTION.search(s.text, 0, found.start()) or amendment_vote(
            s.text, found.start()
        ):
            continue  # "de VVD heeft haar steun voor de motie ingetrokken"
        return Reading(Label.MOTION_SUBMITTED, STRONG, found.group(0), {"outcome": "withdrawn"})
    return None


def _announced(s: _Statement) -> Reading | None:
    """A motion announced ("heeft aangekondigd een motie in te dienen"): it will come."""
    if not s.first(_MOTION):
        return None
    found = s.first(_ANNOUNCE)
    if found is None or elsewhere(s.text, found.start(), s.own_places):
        return None
    if amendment_vote(s.text, found.start()):
        # "De VVD heeft een amendement op de motie aangekondigd": what is announced is a
        # change to a motion already there, not a motion to come.
        return None
    if amendment_vote(s.text, found.start()) or _AMENDMENT_NEXT.match(s.text, found.end()):
        # "De VVD heeft een amendement aangekondigd": the motion is on the table already.
        return None
    if negated(s.text, *found.span()):
        # "Er komt geen motie van onze fractie": the sender's side will not bring one.
        if s.first(_FIRST_PERSON) and not not_yet(s.text, *found.span()):
            return Reading(Label.DECLINED, LIKELY, found.group(0))
        return None
    return Reading(Label.MOTION_PLANNED, STRONG, found.group(0))


# A list item's head: "Vaststelling Programmabegroting 2027 - aangenomen (15 voor, 2 tegen)".
# A table's row sets its cells off with "|": "M11 | Laadpalen in de wijk | aangenomen".
_ITEM_HEAD = re.compile(r"\s(?:-|:|\|)\s")


def _headed_by_other(text: str, start: int) -> bool:
    """A list item ("<what> - <result>") that names no motion before its result.

    A dash between two clauses is no item head: "stemde een meerderheid tegen - met 15
    tegen 20 haalde de motie het niet" names the motion after its verb, in the clause the
    result stands in.
    """
    head = None
    for head in _ITEM_HEAD.finditer(text, 0, start):  # noqa: B007 - the last one counts
        pass
    if head is None:
        return False
    if _MOTION.search(text, 0, start) or _CAMPAIGN_NAME.search(text, 0, start):
        return False
    end = _CLAUSE_END.search(text, start)
    return not _MOTION.search(text, head.end(), end.start() if end else len(text))


_CLAUSE_END = re.compile(r"[.!?;,(]|\s-\s")


_CAMPAIGN_NAME = family("campaign-name")


def _elliptic(text: str) -> bool:
    """A short statement without a subject of its own: in a reply it is about the motion."""
    return len(_WORD.findall(text)) <= _ELLIPTIC_WORDS and not _LETTER.search(text)


_WORD = re.compile(r"[a-z]+")


def _elliptic_clause(text: str, start: int) -> bool:
    """The clause around `start` is a bare result ("gisteravond ingediend"), no subject."""
    left = max(text.rfind(mark, 0, start) for mark in ",;:") + 1
    right = min(
        (i for i in (text.find(mark, start) for mark in ",;:.!") if i >= 0), default=len(text)
    )
    if _SUBJECT_DROPPED.match(text, left):
        return True  # "is gisteren ingediend door CU en GL-PvdA": the subject left out
    return _elliptic(text[left:right]) and not _FIRST_PERSON.search(text[left:right])


# A clause that opens with the passive's or the perfect's finite verb and no subject after it
# ("Is gisteren ingediend door ...", "werd vanavond aangenomen", "wordt volgende week
# ingediend"): in Dutch the subject is left out only when it is the topic already, and in a
# reply to our letter that is the motion.
_SUBJECT_DROPPED = re.compile(
    r"\s*(?:is|werd|wordt)\s+(?!(?:de|het|een|er|uw|onze|ons|mijn|zijn|haar|hun|die|deze|dit|dat|"
    r"hij|zij|ze|u|je|jullie|men)\b)"
)


def _elliptic_step(text: str) -> bool:
    """ "Vanavond ingediend door GL en D66!", "Aangenomen!!": a bare participle of a step,
    which in a reply to our letter is the motion's."""
    found = _STEP_PARTICIPLE.search(text)
    return (
        found is not None
        and _elliptic_clause(text, found.start())
        and not _headed_by_other(text, found.start())
    )


_STEP_PARTICIPLE = family("step-participle")


def _submitted(s: _Statement) -> Reading | None:
    for found in s.each(_SUBMIT):
        words = found.group(0)
        if elsewhere(s.text, found.start(), s.own_places) or other_topic_after(s.text, found.end()):
            continue  # "de VVD heeft een motie ingediend over parkeren"
        # "Gisteravond ingediend, de stemming volgt": a bare participle in a reply is the motion.
        # "Nog niks ingediend hier, maar we nemen het mee": a step not yet taken, bare in
        # its clause up to the turn, is the motion's too.
        if not (
            s.motion
            or s.subject_motion
            or _elliptic_clause(s.text, found.start())
            or (
                not_yet(s.text, *found.span())
                and _elliptic_clause(_before_turn(s.text, found.end()), found.start())
            )
        ):
            continue
        if possibility(s.text, *found.span()) is None:
            continue  # somebody else's option, or a question still open
        at = s.reply_text.find(s.text) if s.reply_text else -1
        if at >= 0 and taken_back(s.reply_text, at + found.end()):
            continue  # "Ik schreef dat de motie was ingediend. Dat klopt niet: ..."
        negation = negated(s.text, *found.span())
        if negation is not None:
            if not_yet(s.text, *found.span()):
                if _no_motion_yet(s.text, negation):
                    continue  # "er is nog geen motie ingediend": a state, nobody's plan
                return Reading(Label.MOTION_PLANNED, STRONG, words)
            if s.first(_FIRST_PERSON) and not _someone_elses(s.text, negation.start()):
                if _JOINS_INSTEAD.search(s.text, found.end()):
                    continue  # "wij dienen zelf geen motie in, maar sluiten ons aan als ..."
                return Reading(Label.DECLINED, STRONG, words)
            continue
        if _SUBMIT_INFINITIVE.fullmatch(words):
            if _succeeded(s.text, found.start()):
                # "Mooi dat het gelukt is om hem in te dienen!": done.
                return Reading(Label.MOTION_SUBMITTED, STRONG, words)
            continue  # an infinitive: the intent reader decides
        label = submitted_stage(s.text, found, Label.MOTION_SUBMITTED)
        if label is not None:
            return Reading(label, STRONG, words)
    return None


_SUCCEEDED = family("succeeded")
# After a step the sender will not take themselves, a turn to taking part in someone else's:
# "wij dienen zelf geen motie in, maar sluiten ons als mede-indiener aan bij die van GL".
_JOINS_INSTEAD = re.compile(
    rf"\b{words('contrast-conjunction')}\b[^.?!]{{0,60}}"
    r"\b(?:mede-?indien\w*|mede-?ondertekenaar\w*|sluiten (?:\w+ ){0,4}aan|(?:zullen|gaan) "
    r"(?:\w+ ){0,3}steunen|steunen (?:\w+ ){0,3}(?:wel|graag))"
)


def _succeeded(text: str, start: int) -> bool:
    """A word of success governs the infinitive at `start` (in its sentence, before it, not
    negated: "het is niet gelukt om hem in te dienen" is no submission)."""
    left, _ = sentence_at(text, start, start)
    found = _SUCCEEDED.search(text, left, start)
    return found is not None and not negated(text, *found.span())


def _before_turn(text: str, end: int) -> str:
    """`text` up to the first contrast conjunction after `end` ("..., maar ...")."""
    turn = _TURN.search(text, end)
    return text[: turn.start()] if turn else text


_TURN = re.compile(rf"\b(?:{words('contrast-conjunction')})\b")


def _no_motion_yet(text: str, negation: re.Match[str]) -> bool:
    """ "Nog geen motie ingediend" (or "nog niks") says no motion exists yet; unlike "de
    motie is nog niet ingediend" (one is ready) it is a plan only when an intention is said
    beside it."""
    if negation.group(0).strip() not in ("geen", "niks", "niets"):
        return False
    return _INTENT.search(text) is None and _STILL_COMING.search(text) is None


# "..., maar dat komt nog": the motion will still come.
_STILL_COMING = re.compile(r"\b(?:komt|volgt) (?:er )?(?:\w+ )?nog\b")


def _agenda(s: _Statement) -> Reading | None:
    found = s.first(_AGENDA)
    if found is None or negated(s.text, *found.span()):
        return None
    if s.first(_ANNOUNCE) and s.first(_MOTION):
        return None  # "er komt een motie aan de orde bij de raad van mei": announced, not there
    letter = s.first(_LETTER)
    motion_named = s.first(_MOTION)
    handled = _HANDLED.match(found.group(0)) and not s.first(_MEETING)
    if letter and not motion_named and handled:
        return None  # "uw mail wordt behandeld": taken in hand where it arrived, a receipt
    if (letter and not motion_named) or s.first(_AGENDA_BODY):
        return Reading(Label.FORWARDED, STRONG, found.group(0))
    if letter and letter.start() < (motion_named.start() if motion_named else len(s.text)):
        # "Uw brief en de voorbeeldmotie zijn geagendeerd": the letter is the subject.
        return Reading(Label.FORWARDED, STRONG, found.group(0))
    if motion_named:
        label = submitted_stage(s.text, found, Label.MOTION_SUBMITTED)
        if label == Label.MOTION_SUBMITTED and (
            still_to_write(s.text, found.start()) or submission_ahead(s.reply_text)
        ):
            # "De motie staat voor de raad van 26 november op de agenda. Wordt dan ingediend
            # door PvdA en CU.": on the agenda of the meeting where it will be submitted.
            label = Label.MOTION_PLANNED
        return Reading(label, STRONG, found.group(0)) if label is not None else None
    return None


# Dealt with, with no council body named: "uw verzoek wordt zo snel mogelijk behandeld".
_HANDLED = re.compile(r"(?:wordt|worden|werd)\b.*\b(?:behandeld|besproken)$")
# Where a letter is dealt with by the council: a council body or one of its meetings.
_MEETING = Keyed(rf"{_AUDIENCE.pattern}|vergadering|overleg|agenda|sessie|\braads\w+")


def still_to_write(text: str, start: int) -> bool:
    """The sender says, before the agenda words, that they will still take it up or write
    it ("wij gaan dit samen oppakken, de motie komt in de raad van januari"): the motion is
    on its way to being written, not yet on the agenda."""
    head = text[:start]
    intent = _INTENT.search(head)
    return (
        intent is not None
        and _PLAN_ACTION.search(head, intent.start()) is not None
        and _FIRST_PERSON_ACTS.search(head) is not None
    )


_DO_IT = family("do-it")
_COUNCIL_AHEAD = family("council-ahead")


def _do_it(s: _Statement) -> Reading | None:
    """ "Gaan we doen! Motie komt bij de begroting.", "gaan we doen volgende raad": the
    sender will do what we asked; with the motion named in the reply, or a council meeting
    ahead, that is a motion to come. Without either ("Dat doen we.") a griffie may as well
    mean the forward, and so it may when the reply speaks of one."""
    found = s.first(_DO_IT)
    if found is None or s.forward_in_reply or negated(s.text, *found.span()):
        return None
    if _hoped(s.text, found.start()) or _conditional(s.text, found.start()):
        return None
    # The meeting may follow in a sentence of its own: "Gaan we doen! Komt in de volgende raad."
    if not (s.motion_in_reply or _COUNCIL_AHEAD.search(s.reply_text or s.text)):
        return None
    return Reading(Label.MOTION_PLANNED, LIKELY, found.group(0))


def _planned(s: _Statement) -> Reading | None:
    # The motion named here, or referred to ("we bereiden hem voor") right after it was.
    if s.first(_FORWARD):
        return None
    if not s.motion:
        return _do_it(s)
    found = s.first(_INTENT)
    if found is None:
        return None
    request = _REQUEST_CONTENT.search(s.text, 0, found.start())
    if request is not None and _LETTER.search(s.text, 0, request.end()):
        return None  # "uw verzoek om de motie in te dienen wordt besproken": our words
    action = s.first(_PLAN_ACTION)
    anchor = action or found
    if _succeeded(s.text, anchor.start()):
        return None  # "het is gelukt om hem in te dienen": done, read as submitted
    # A step already done in the intention's own clause ("de motie die we wilden indienen
    # is ingediend"); a result in another clause ("in Utrecht is hij aangenomen, wij gaan
    # hem ook indienen") leaves the plan standing.
    left, right = clause_at(s.text, *anchor.span())
    if _DONE.search(s.text, left, right) and not not_yet(s.text, 0, len(s.text)):
        return None
    if possibility(s.text, *anchor.span()) is None:
        return None  # someone else's option: "zij kunnen zelf besluiten of zij een motie ..."
    if _dropped_later(s, found):
        return None  # "wij overwogen een motie in te dienen. ... besloten daar van af te zien"
    if negated(s.text, *anchor.span()) and not not_yet(s.text, *anchor.span()):
        if action is not None and s.first(_FIRST_PERSON):
            return Reading(Label.DECLINED, STRONG, anchor.group(0))
        return None
    if action is None:
        if not s.first(_FIRST_PERSON) or s.first(_WISH):
            return None
        return Reading(Label.MOTION_PLANNED, PLAUSIBLE, found.group(0))
    return Reading(Label.MOTION_PLANNED, LIKELY, action.group(0))


def _dropped_later(s: _Statement, intent: re.Match[str]) -> bool:
    """The intention at `intent` is told in the past and a refusal later in the reply drops
    it (`modality.dropped_later`), not one on somebody else's behalf."""
    at = s.reply_text.find(s.text)
    if at < 0:
        return False
    refusal = dropped_later(s.reply_text, at + intent.start(), at + intent.end())
    return refusal is not None and not _someone_elses(s.reply_text, refusal.start())


_FORWARD_OPEN = family("forward-open")


def _forwarded(s: _Statement) -> Reading | None:
    for found in s.each(_FORWARD):
        words = found.group(0)
        if not_yet(s.text, *found.span()) or put_off(s.text):
            return None  # "nog niet doorgestuurd", "zodra de raad vergadert": not yet
        opened = _FORWARD_OPEN.search(s.text, 0, found.start() + 1)
        if opened is not None:
            return None  # "wij beoordelen of uw verzoek aan de raad wordt voorgelegd": open
        if _FORWARD_POLICY.search(words):
            continue  # "wij sturen alleen post door van ...": a house rule, no act
        if _NOT_AGAIN.search(words):
            continue  # "wij sturen uw mail niet opnieuw door": it went on before
        if negated(s.text, *found.span()) and not _STILL.search(s.text, 0, found.start()):
            return Reading(Label.DECLINED, STRONG, words)
        if _GENERIC_FORWARD.search(words) and not _audience_near(s.text, *found.span()):
            continue
        if _REQUEST_FOR.search(s.text, 0, found.start()):
            continue  # "Verzoek om door te sturen aan ...": the request, restated; no act
        if _received_forward(s.text, *found.span()):
            continue  # "ik kreeg uw mail doorgestuurd": a forward to the sender, not by them
        return Reading(Label.FORWARDED, STRONG, words)
    note = s.first(_COVERING_NOTE) if s.to_council else None
    if note is not None and not negated(s.text, *note.span()):
        # "Geachte fractievoorzitters, hierbij ter informatie een verzoek van ...": the
        # sender's covering note to the council, with us in copy.
        return Reading(Label.FORWARDED, STRONG, note.group(0))
    found_body = s.first(_RECEIVING_BODY)
    if found_body and not negated(s.text, *found_body.span()):
        return Reading(Label.FORWARDED, PLAUSIBLE, found_body.group(0))
    return None


_STILL = re.compile(r"\bnog\b")  # "nog niet": a forward still to come, no refusal
_FORWARD_POLICY = family("forward-policy")
_NOT_AGAIN = family("not-again")
_RECEIVED_FORWARD = family("forward-received")


def _received_forward(text: str, start: int, end: int) -> bool:
    """The forward words at text[start:end] are a forward the sender received ("ik kreeg
    uw mail doorgestuurd door een oud-collega")."""
    return any(
        found.start() < end and found.end() > start
        for found in _RECEIVED_FORWARD.finditer(text, max(0, start - 60), end + 12)
    )


# A request named as a noun, with what it asks for as its infinitive: our letter's subject
# restated by a receipt ("Onderwerp: Verzoek om door te sturen aan de fractievoorzitters").
# The verb too: "U vraagt ons om uw e-mail door te sturen naar de fractievoorzitters".
_REQUEST_FOR = re.compile(
    r"\b(?:verzoek|vraag|vraagt|vragen|oproep|request)\w* (?:\w+ ){0,3}?(?:om|to) (?:[\w-]+ ){0,6}$"
)


# Where the words that go with a generic forward verb end: a colon ("Ter informatie: de
# motie is ingetrokken" is for us) or a clause of its own ("nadat de burgemeester ...").
_MAIN_CLAUSE_CUT = re.compile(rf"[:;()]|\s-\s|\b{words('clause-conjunction')}\b")


def _audience_near(text: str, start: int, end: int) -> bool:
    """A council body is named in the stretch of the sentence that holds text[start:end]."""
    left = 0
    for cut in _MAIN_CLAUSE_CUT.finditer(text, 0, start):
        left = cut.end()
    after = _MAIN_CLAUSE_CUT.search(text, end)
    return bool(_AUDIENCE.search(text, left, after.start() if after else len(text)))


def _declined(s: _Statement) -> Reading | None:
    found = s.first(_DECLINE)
    if found is None or not_yet(s.text, *found.span()) or _someone_elses(s.text, found.start()):
        return None
    return Reading(Label.DECLINED, STRONG, found.group(0))


_REPORTED_VIEW = family("reported-view")
_OTHER_SIDE = family("other-side")
# A quotation: the mark opens after a space or bracket, so "zo'n" and "foto's" are none.
_QUOTED = re.compile(r"""(?:^|[\s(])(['"])([^'"]{1,120})\1""")


def no_motion_from_sender(state: ChainState) -> bool:
    """The sender's side will submit no motion ("de VVD-fractie zal geen motie van deze
    strekking indienen", "afgesproken dat er vanuit de raad geen motie zal worden
    ingediend"): a party or the council speaks, and "uw brief is door de griffie aan de
    fractievoorzitters doorgestuurd" beside it says how the letter reached them."""
    return any(not s.question and _MOTION_REFUSED.search(s.text) for s in state.sentences)


_MOTION_REFUSED = family("motion-refused")


_PASS_ON = family("pass-on")
_MEMBERS = family("council-members")
_MEMBERS_SEE = family("members-see")
_ONLY = family("only")


def members_refused(state: ChainState) -> bool:
    """The sender says our letter does not go on to the council's members ("uw brief wordt
    niet aan de fractievoorzitters doorgestuurd", "niet onder de raadsleden verspreiden") and
    tells of no forward that reached them: a forward read beside it went to the griffie or
    the presidium, who decided."""
    return _members_refused(state) and not _members_reached(state)


def _members_refused(state: ChainState) -> bool:
    for sentence in state.sentences:
        if sentence.question or not _MEMBERS.search(sentence.text):
            continue
        for found in _PASS_ON.finditer(sentence.text):
            if negated(sentence.text, *found.span()) and not not_yet(sentence.text, *found.span()):
                return True
    return False


def _members_reached(state: ChainState) -> bool:
    """A forward to the council's members, said as an act: without a negation, not as a
    house rule ("alleen brieven die ... betreffen worden op de lijst geplaatst") or a request
    restated ("verzoeken om moties aan de fracties door te sturen"), and not taken back ("ik
    schreef u dat het was doorgestuurd; dat klopt niet")."""
    text = " ".join(s.text for s in state.sentences)
    at = 0
    for index, sentence in enumerate(state.sentences):
        at = text.find(sentence.text, at)
        if sentence_words(state, index, "forward", "council-has-letter") is None:
            continue
        # Every forward in the sentence: "niet doorgestuurd, maar wel als ingekomen stuk
        # geplaatst op de lijst" reached the members by its second.
        for found in _REACHED.finditer(sentence.text):
            if not (_MEMBERS.search(sentence.text) or _MEMBERS_SEE.search(found.group(0))):
                continue
            if negated(sentence.text, *found.span()):
                continue
            if _ONLY.search(sentence.text, 0, found.start()) or " te " in f" {found.group(0)} ":
                continue
            if at >= 0 and taken_back(text, at + len(sentence.text)):
                continue
            return True
    return False


_REACHED = family("forward", "council-has-letter")


def _someone_elses(text: str, start: int) -> bool:
    """The words at `start` are another's view the sender reports: quoted ("het college
    had de motie ontraden ('geen lokale bevoegdheid')"), or after a verb of opinion with no
    first person ("een ruime meerderheid vond het niet aan de gemeente"), or in a clause whose
    subject is another side of the council and holds no first person ("de coalitie dient
    niets in, wij wel")."""
    if any(q.start(2) <= start < q.end(2) for q in _QUOTED.finditer(text, 0, start + 1)):
        return True
    left, right = clause_at(text, start, start)
    if _OTHER_SIDE.search(text, left, right) and not _FIRST_PERSON.search(text, left, right):
        return True  # "wij dienen hem in, maar de coalitie zal hem niet steunen"
    view = _REPORTED_VIEW.search(text, 0, start)
    return view is not None and not _FIRST_PERSON.search(text, 0, start)


def _refused_action(s: _Statement) -> Reading | None:
    """What we asked for, negated, with the sender or the council as the one who acts:
    "de griffie verspreidt geen post van lobbyorganisaties", "wij kunnen hier niets mee"."""
    # The action first: most sentences name none, and the tests below cost more.
    if s.first(_REQUEST_ACTION) is None:
        return None
    if not (s.first(_FIRST_PERSON) or s.first(_AUDIENCE)):
        return None
    if _hoped(s.text, len(s.text)) or _conditional(s.text, len(s.text)):
        return None
    if _FORMER_ROLE.search(s.text):
        return None  # "geen raadslid meer, dus ik kan er niets mee": the sender cannot act
    for found in s.each(_REQUEST_ACTION):
        negation = negated(s.text, *found.span())
        if negation is None or not_yet(s.text, *found.span()):
            continue
        if _someone_elses(s.text, negation.start()):
            continue
        if _LATER_CONJUNCT.match(s.text, found.end(), negation.start()):
            continue
        return Reading(Label.DECLINED, LIKELY, f"{negation.group(0)} ... {found.group(0)}")
    return None


_FORMER_ROLE = family("former-role")


# "De griffie ondersteunt de raad en neemt geen standpunt in": after the action's object, "en"
# and a finite verb of its own, the negation belongs to that second verb. "Wij steunen en
# verspreiden dit niet" has nothing between the verbs, and in "wij behandelen verzoeken en
# brieven niet" a noun follows "en": both are negated.
_LATER_CONJUNCT = re.compile(
    r"\s+\S[^,;]*?\sen\s+(?!(?:het|dat|wat|met|tot|niet|toch|dit|uit)\b)"
    r"(?:\w+t|is|zal|kan|wil|mag|moet|zijn|zullen|kunnen|willen|mogen|moeten|hebben|worden|gaan)\b"
)


def _acknowledged(s: _Statement) -> Reading | None:
    if s.motion and not s.first(_LETTER):
        return None  # "de motie is in de commissie positief ontvangen": not our letter
    found = s.first(_ACKNOWLEDGE)
    if found is not None and not negated(s.text, *found.span()):
        return Reading(Label.ACKNOWLEDGED, LIKELY, found.group(0))
    thanks = s.first(_THANKS)
    if thanks is not None:
        return Reading(Label.ACKNOWLEDGED, WEAK, thanks.group(0))
    return None


def _negation_before(text: str, start: int, end: int) -> bool:
    negation = negated(text, start, end)
    return negation is not None and negation.start() < start


def _hoped(text: str, start: int) -> bool:
    return bool(_HOPE.search(mask_expectation(text[:start])))


def _conditional(text: str, start: int) -> bool:
    return bool(_IF.search(text, 0, start))


_IF = family("if-word")


def statements_of(
    message: ParsedMessage, state: ChainState, *, questions: bool = False
) -> list[_Statement]:
    """The sender's statements, motion context carried from one sentence to the next.

    Worked out once per message; every sentence rule reads the same list. With `questions`
    the questions are read too ("Wilt u ons van uw lijst halen?" asks to stop).
    """
    key = "sentences" if questions else "statements"
    cached = state.memo.get(key)
    if cached is None:
        facts = _facts(state)
        if not facts.any_question:
            # Without questions both lists read the same sentences in the same context.
            cached = state.memo.get("statements" if questions else "sentences")
        if cached is None:
            cached = _statements(
                facts, questions=questions, own=lambda: sender_places(message, state)
            )
        state.memo[key] = cached
    return cached


def _facts(state: ChainState) -> _SentenceFacts:
    """What each sentence of the message says on its own, worked out once per message."""
    facts: _SentenceFacts | None = state.memo.get("sentence-facts")
    if facts is None:
        facts = _SentenceFacts(state.sentences, state.message.subject)
        state.memo["sentence-facts"] = facts
    return facts


def sentence_words(state: ChainState, index: int, *names: str) -> re.Match[str] | None:
    """`family(*names).search(state.sentences[index].text)`, answered from what the sentence
    readers found in that sentence already (each concept's family is searched there once).

    The joined family is one alternation of the concepts' words in order, so its first
    match is the earliest of theirs, and at one position the one of the concept named
    first, as its words come first.
    """
    parts = _families(names)
    if parts is None:
        return family(*names).search(state.sentences[index].text)
    facts = _facts(state)
    best: re.Match[str] | None = None
    for part in parts:
        found = facts.first(index, part)
        if found is not None and (best is None or found.start() < best.start()):
            best = found
    return best


@cache
def _families(names: tuple[str, ...]) -> tuple[Keyed, ...] | None:
    """Each concept's own family, or None when the joined one reads case differently (a
    concept without case makes the whole family so)."""
    if len({concepts()[name].insensitive for name in names}) > 1:
        return None
    return tuple(family(name) for name in names)


def sender_places(message: ParsedMessage, state: ChainState) -> tuple[str, ...]:
    """The sender's own municipality as far as the message says it: the place our letter went
    to (its subject) and the place the sender signs with ("raadslid D66 Tiel"). Worked out
    once per message."""
    cached = state.memo.get("own-places")
    if cached is None:
        own_lines = state.split.own.strip().split("\n")[-3:]
        cached = own_places(
            message.subject,
            "\n".join([*own_lines, state.split.signature]),
            said=state.own,
        )
        state.memo["own-places"] = cached
    return tuple(cached)


def own_places(subject: str, signed: str = "", *, said: str = "") -> tuple[str, ...]:
    """The municipality a reply's subject says our letter went to ("... en de griffier van
    Peel en Maas"), those the lines in `signed` name after the sender's role ("raadslid
    GroenLinks Nijmegen", "Gemeente Land van Cuijk") and the one the sender says they are in
    (`said`, folded: "wij zijn in Culemborg bezig", "hier in Veenendaal"); () when nothing
    says."""
    names = [found.group(1) for found in _SAID_PLACE.finditer(said)]
    found = _SUBJECT_PLACE.search(fold(subject))
    if found is not None:
        names.append(found.group(1))
    for line in signed.split("\n"):
        signed_place = _SIGNED_PLACE.fullmatch(fold(line))
        if signed_place is not None:
            names.append(signed_place.group(1))
    # "Hengelo (O.)", "Bergen (NH)": the name as a sentence writes it has no suffix.
    cleaned = (_PLACE_SUFFIX.sub("", name).strip(" .,") for name in names)
    return tuple(dict.fromkeys(name for name in cleaned if len(name) > 1))


_PLACE_SUFFIX = re.compile(r"\s*\(.*?\)")
# Our letter's subject: "Verzoek om door te sturen aan de fractievoorzitters en de griffier
# van <gemeente>: motie ..."; the reminder's ends on the name.
_SUBJECT_PLACE = re.compile(r"\bgriffier van ([a-z][\w'() .-]{1,40}?)\s*(?::|$)")
# "Wij zijn in Culemborg met onze fractie bezig", "hier in Veenendaal", "bij ons in Ede".
_SAID_PLACE = re.compile(
    rf"\b(?:{words('own-place-lead')}) "
    rf"((?!(?:{words('not-a-place')})\b)[a-z][\w'-]+(?: (?:en|op|aan|den) [a-z][\w'-]+)?)\b"
)
# A signature line: the sender's role, maybe a party, then the place ("raadslid D66 Tiel").
_SIGNED_PLACE = re.compile(
    rf"{words('signing-role')}(?: (?:{words('political-party')}|gemeente|van|de|der|het))*"
    r" ([a-z][\w'() .-]{1,40}?)"
)


class _SentenceFacts:
    """What each sentence says on its own, read once for both lists of statements (with and
    without questions); only the context carried from one sentence to the next differs."""

    def __init__(self, sentences: Sequence[Sentence], subject: str) -> None:
        self.sentences = sentences
        self.any_question = any(sentence.question for sentence in sentences)
        self.subject_motion = bool(_MOTION.search(subject.lower())) and not (
            _FORWARD_SUBJECT.match(subject)
        )
        # A greeting to the council opens the note it heads (the sender's own, or the one
        # a covering note forwards).
        self.to_council: list[bool] = []
        greeted = False
        for sentence in sentences:
            greeted = greeted or bool(_COUNCIL_GREETING.match(sentence.text))
            self.to_council.append(greeted)
        # Per sentence, what the word families found in it: the statements of both lists
        # share them with the facts read here.
        self.found: list[dict[Pattern, re.Match[str] | None]] = [{} for _ in sentences]
        self._here: dict[int, bool] = {}
        self._pronoun: dict[int, bool] = {}
        self._forward: dict[bool, bool] = {}

    def first(self, index: int, words: Pattern) -> re.Match[str] | None:
        return _first(self.found[index], words, self.sentences[index].text)

    def here(self, index: int) -> bool:
        """The sentence names the motion itself."""
        found = self._here.get(index)
        if found is None:
            # "Wij gaan hem indienen": in a reply to our letter the pronoun is the motion.
            found = bool(
                self.first(index, _MOTION)
                or self.first(index, _SUBMIT_PRONOUN)
                or _elliptic_step(self.sentences[index].text)
            )
            self._here[index] = found
        return found

    def pronoun(self, index: int) -> bool:
        """The sentence refers back with a pronoun that can be the motion."""
        found = self._pronoun.get(index)
        if found is None:
            found = bool(self.first(index, _PRONOUN))
            self._pronoun[index] = found
        return found

    def forward(self, *, questions: bool) -> bool:
        """Some statement (or, with `questions`, some sentence) speaks of a forward."""
        found = self._forward.get(questions)
        if found is None:
            sentences = self.sentences
            if questions:
                found = self.forward(questions=False) or any(
                    self.first(i, _FORWARD) for i, s in enumerate(sentences) if s.question
                )
            else:
                found = any(
                    self.first(i, _FORWARD) for i, s in enumerate(sentences) if not s.question
                )
            self._forward[questions] = found
        return found


def _statements(
    facts: _SentenceFacts,
    *,
    questions: bool,
    own: Callable[[], tuple[str, ...]] = tuple,
) -> list[_Statement]:
    read: list[tuple[int, bool, bool]] = []  # sentence, motion, motion before
    previous_motion = seen = False
    for index, sentence in enumerate(facts.sentences):
        if sentence.question and not questions:
            continue
        here = facts.here(index)
        motion = here or (previous_motion and facts.pronoun(index))
        read.append((index, motion, seen))
        previous_motion = here or (previous_motion and motion)
        seen = seen or motion
    forward = facts.forward(questions=questions)
    sentences = facts.sentences
    reply = _Reply([sentences[index].text for index, *_ in read], own)
    return [
        _Statement(
            sentences[index].text,
            motion,
            facts.subject_motion,
            facts.to_council[index],
            motion_before=before,
            motion_in_reply=seen,
            forward_in_reply=forward,
            reply=reply,
            found=facts.found[index],
        )
        for index, motion, before in read
    ]


_REPLY_SUBJECT = re.compile(r"\s*(?:re|antw|aw)\s*:", re.I)
# Forwarded mail ("Fwd: Returned mail") is about the campaign only if its words say so.
_FORWARD_SUBJECT = re.compile(r"\s*(?:re|antw|aw|fw|fwd|wg|doorst)\s*:", re.I)


def reply_subject(subject: str) -> bool:
    """The subject answers a message ("Re:", "Antw:", "AW:")."""
    return bool(_REPLY_SUBJECT.match(subject))


def about_campaign(message: ParsedMessage, own: str) -> bool:
    """Whether the message answers or concerns our letter (a notification does not)."""
    forwarded = _FORWARD_SUBJECT.match(message.subject) and not _REPLY_SUBJECT.match(
        message.subject
    )
    if not forwarded and (
        message.in_reply_to or message.references or _REPLY_SUBJECT.match(message.subject)
    ):
        return True
    plain = EMAIL_ADDRESS.sub(" ", WEB_ADDRESS.sub(" ", own))
    return bool(_CAMPAIGN.search(plain.lower()) or _CAMPAIGN.search(message.subject.lower()))


def strongest_reading(readings: Sequence[Reading]) -> Reading | None:
    if not readings:
        return None
    return max(readings, key=lambda r: (r.confidence > WEAK, precedence(r.label), r.confidence))


@dataclass(frozen=True)
class StatementRule:
    """One reading applied to each statement of the sender; notes the strongest it finds."""

    name: str
    description: str
    reader: Callable[[_Statement], Reading | None]
    questions: bool = False  # read questions too, not only statements
    # Also in a person's new mail with no campaign word, when the words read hold this:
    # "Willen jullie mij van de lijst halen?" is about our mail whatever else it names.
    any_mail: Pattern | None = None

    def check(
        self, message: ParsedMessage, context: ClassifyContext, state: ChainState
    ) -> Decision | Note | None:
        if Flag.LIST_MAIL in state.flags:
            return None
        needs: Pattern | None = None
        if not _answers_campaign(message, state):
            if self.any_mail is None or state.flags & _MACHINE_FLAGS:
                return None  # loose readings only for mail that answers or concerns our letter
            needs = self.any_mail
        readings = [
            reading
            for statement in statements_of(message, state, questions=self.questions)
            if (reading := self.reader(statement)) is not None
            and (needs is None or needs.search(reading.evidence))
        ]
        best = strongest_reading(readings)
        if best is None:
            return None
        return Note(
            f"{best.label.value}: {best.evidence[:80]!r}",
            label=best.label,
            confidence=best.confidence,
            details=dict(best.details),
        )


_MACHINE_FLAGS = frozenset({Flag.AUTOMATED, Flag.AUTOMATED_WEAK})


def _answers_campaign(message: ParsedMessage, state: ChainState) -> bool:
    cached = state.memo.get("about-campaign")
    if cached is None:
        cached = about_campaign(message, state.read_text)
        state.memo["about-campaign"] = cached
    return bool(cached)


# The readings other layers weigh by name: what a held-over, withdrawn or counted motion and
# a refused action prove is decided in the chain and its doubts.
RULE_HELD_OVER = "sentence-motion-held-over"
RULE_WITHDRAWN = "sentence-motion-withdrawn"
RULE_VOTE_COUNT = "sentence-vote-count"
RULE_REFUSED_ACTION = "sentence-refused-action"

# Every sentence reading, in the order the chain runs them; the names are stable.
STATEMENT_RULES: tuple[StatementRule, ...] = (
    StatementRule(
        RULE_HELD_OVER,
        "the motion held over, its vote tied or put off: still on the table (submitted)",
        _held_over,
    ),
    StatementRule(
        RULE_WITHDRAWN,
        "the motion withdrawn: submitted, with outcome 'withdrawn' in the details",
        _withdrawn,
    ),
    StatementRule(
        "sentence-motion-announced", "a motion announced: it will come (planned)", _announced
    ),
    StatementRule(
        "sentence-opt-out",
        "a sentence (also a question) asking us to stop writing",
        _opt_out,
        questions=True,
        any_mail=family("our-mailing"),
    ),
    StatementRule(
        "sentence-redirect",
        "a sentence (also a question: 'wilt u het daarheen sturen?') that we wrote to the wrong "
        "address",
        _redirect,
        questions=True,
    ),
    StatementRule(
        "sentence-motion-rejected",
        "a rejection word about the motion (not an amendment, not hoped, not outvoted by a "
        "count), or a request turned down",
        _rejected,
    ),
    StatementRule(
        "sentence-motion-adopted",
        "an adoption word about the motion that reports a result (not hoped, not ahead, not an "
        "amendment's)",
        _adopted,
    ),
    StatementRule(RULE_VOTE_COUNT, "a vote count alone says adopted or rejected", _counted),
    StatementRule(
        "sentence-vote-minority",
        "only a few voted against (adopted) or only a few for (rejected) the motion",
        _minority,
    ),
    StatementRule(
        "sentence-vote-pending",
        "the vote on the motion is still to come or was put off",
        _vote_pending,
    ),
    StatementRule(
        "sentence-motion-submitted",
        "a submission of the motion, done (submitted) or not yet (planned), or refused",
        _submitted,
    ),
    StatementRule(
        "sentence-agenda",
        "on an agenda: our letter (forwarded) or the motion (submitted/planned)",
        _agenda,
    ),
    StatementRule("sentence-motion-planned", "the sender intends or prepares a motion", _planned),
    StatementRule(
        "sentence-forwarded",
        "the letter went on to the council (or, negated, will not)",
        _forwarded,
    ),
    StatementRule("sentence-declined", "a refusal in the sender's own words", _declined),
    StatementRule(
        RULE_REFUSED_ACTION,
        "what we asked for (handle, pass on, agenda, submit, take part), negated, said by the "
        "sender or the council",
        _refused_action,
    ),
    StatementRule(
        "sentence-acknowledged", "receipt confirmed, or only thanks (weak)", _acknowledged
    ),
)
