"""Short answers whose meaning comes from the request they answer.

"Is gebeurd." says what was done only together with what it answers: the quoted line right
above it ("> Mogen wij u vragen de mail door te sturen aan de fractievoorzitters?") when the
sender wrote below or between the quoted lines, or, written above the quote, our letter's own
request (its subject asks to pass the letter on). Under "> 1. Dien een motie in" the same
words say the motion was submitted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from outreach.classify.base import ChainState, ClassifyContext, Decision, Note
from outreach.classify.confidence import PLAUSIBLE, READ
from outreach.classify.labels import Label
from outreach.classify.message import ParsedMessage
from outreach.classify.quotes import without_salutations
from outreach.classify.statements import about_campaign
from outreach.classify.text import fold
from outreach.classify.vocabulary import family

_DONE = family("done-answer")
_FORWARD_REQUEST = family("forward")
_SUBMIT_REQUEST = family("submit")
_MOTION = family("motion-reference")
_AUDIENCE = family("council-audience")


@dataclass(frozen=True)
class AnsweredRequestRule:
    """A bare "done" answers the request it stands under: passing the letter on, or the motion."""

    name: str = "answered-request"
    description: str = (
        "a short 'done' answer ('Is gebeurd.'): the request quoted above it, or the letter's "
        "own request, says what was done"
    )

    def check(
        self, message: ParsedMessage, context: ClassifyContext, state: ChainState
    ) -> Decision | Note | None:
        if not state.own or not _DONE.search(state.own):
            return None  # most replies: no bare "done" at all
        if not about_campaign(message, state.split.own):
            return None
        opening = fold(without_salutations(state.split.own))
        for answer, request in _answers(message.text):
            found = _DONE.match(answer)
            if found is None or _asked(answer, found.end()):
                continue
            if f" {answer}" not in f" {state.own}":
                continue  # not the sender's own words (a signature, a quoted line)
            asks_forward = bool(request) and _FORWARD_REQUEST.search(request) is not None
            asks_motion = bool(request) and _SUBMIT_REQUEST.search(request) is not None
            if asks_motion and not asks_forward:
                # Under the letter's point "Dien een motie in": the motion was submitted.
                return _note(Label.MOTION_SUBMITTED, found.group(0), request)
            if asks_forward and not asks_motion:
                # Under our request to pass the mail on: it was passed on.
                return _note(Label.FORWARDED, found.group(0), request)
            if _MOTION.search(answer):
                continue  # "Is gebeurd: de motie is ingediend" is read by the other rules
            if _AUDIENCE.search(answer, found.end()):
                # "Is gebeurd, vanochtend naar alle fractievoorzitters": where it went.
                return _note(Label.FORWARDED, found.group(0), request)
            if asks_forward or (not request and opening.startswith(answer)):
                # Under the whole letter (both asked), or above the quote as the first words:
                # most likely the letter's first request, the one its subject names (pass it
                # on); without a word of where it went, a person confirms.
                return Note(
                    f"forwarded: {found.group(0)!r}, the letter's request",
                    label=Label.FORWARDED,
                    confidence=PLAUSIBLE,
                )
        return None


def _asked(answer: str, end: int) -> bool:
    """The sentence of the "done" words is a question ("Is dat al gebeurd?")."""
    mark = _SENTENCE_END.search(answer, end)
    return mark is not None and mark.group(0) == "?"


_SENTENCE_END = re.compile(r"[.!?]")


def _note(label: Label, words: str, request: str) -> Note:
    if request:
        return Note(
            f"{label.value}: {words!r} under {request[-60:]!r}", label=label, confidence=READ
        )
    return Note(f"{label.value}: {words!r}", label=label, confidence=READ)


# Who answers, set before an answer between quoted points: "[GRIFFIE]: Gedaan.", "Antwoord:
# Is gebeurd.", "Reactie griffie: ...", "AB: ...". A bracketed or capitalised label, or the
# word for an answer, then a colon: the answer starts after it ("Gedaan: naar alle
# fracties" keeps its word).
_ANSWER_TAG = re.compile(
    r"^(?:\[[^\]\n]{1,30}\]|[A-Z]{2,12}|(?i:antwoord|reactie|answer|reply)\b[^:\n]{0,20})\s*:\s+"
)


def _answers(text: str) -> list[tuple[str, str]]:
    """Each unquoted line that opens a sentence (folded), with the quoted lines right above
    it (folded, joined), or "" when no quoted line stands directly above it."""
    out: list[tuple[str, str]] = []
    quoted: list[str] = []
    after_quote = False
    opens = True  # the line starts a sentence: after a blank line, a quote or a full stop
    for line in text.replace("\r", "").split("\n"):
        stripped = line.strip()
        if stripped.startswith(">"):
            if not after_quote:
                quoted = []
            quoted.append(stripped.lstrip("> "))
            after_quote = opens = True
            continue
        if not stripped:
            opens = True
            continue
        if opens:
            answer = _ANSWER_TAG.sub("", stripped, count=1)
            out.append((fold(answer), fold(" ".join(quoted)) if after_quote else ""))
        opens = stripped[-1] in ".!?:"
        after_quote = False
        quoted = []
    return out
