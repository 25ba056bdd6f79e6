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

from outreach.classify.base import ChainState, ClassifyContext, Decision, Note
from outreach.classify.confidence import CLEAR, READ, STRONG
from outreach.classify.flags import Flag
from outreach.classify.labels import Label, strongest
from outreach.classify.message import ParsedMessage
from outreach.classify.modality import (
    motion_in_context,
    planned_stage,
    put_off,
    submitted_stage,
)
from outreach.classify.outcome import (
    amendment_vote,
    counted_result,
    elsewhere,
    mask_expectation,
    sentence_at,
    unsettled,
    vote_counts,
)
from outreach.classify.sentences import negated
from outreach.classify.statements import about_campaign
from outreach.classify.vocabulary import family, pattern, words

_NEGATION = pattern("negation")
# "Nog niet ingediend, wel van plan": "wel" starts the clause that is not negated.
_CLAUSE_START = re.compile(rf"[.!?;,:]|\b(?:{words('contrast-conjunction')}|wel)\b")
_MOTIE = words("motion-noun")
# Compounds too: "uw e-mailbericht", "uw mailbericht".
_MAIL = words("mail-noun")
_COUNCIL = words("council-audience")


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
    flags: frozenset[Flag] = frozenset()
    _compiled: tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)
    # All patterns at once: one scan tells whether any of them can match at all.
    _any: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_compiled", tuple(re.compile(p) for p in self.patterns))
        object.__setattr__(self, "_any", re.compile("|".join(f"(?:{p})" for p in self.patterns)))

    def check(
        self, message: ParsedMessage, context: ClassifyContext, state: ChainState
    ) -> Decision | Note | None:
        if self.skip_for_list_mail and Flag.LIST_MAIL in state.flags:
            return None
        text = state.statements
        if self._any.search(text) is None:
            return None
        seen: dict[Label, re.Match[str]] = {}
        for compiled in self._compiled:
            for found in compiled.finditer(text):
                if self.negatable and _negated(text, found.start(), found.end()):
                    continue
                label = self.refine(text, found, self.label) if self.refine else self.label
                if label is None:
                    continue
                if self.refine is None:
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
    if negated(text[left:right], start - left, end - left) is not None:
        return True  # the negation scope every rule shares: the clause
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
    if label not in (Label.MOTION_ADOPTED, Label.MOTION_REJECTED):
        return {}
    window = text[max(0, found.start() - 150) : found.end() + 150]
    votes = vote_counts(window)
    if votes is not None:
        return {"votes_for": votes[0], "votes_against": votes[1]}
    if family("unanimous").search(window):
        return {"unanimous": True}
    return {}


ADOPTED = PhraseRule(
    name="motion-adopted",
    label=Label.MOTION_ADOPTED,
    confidence=STRONG,
    description="the motion was adopted",
    patterns=(
        rf"\b{_MOTIE}\b[^.?!]{{0,120}}\b(?:aangenomen|aanvaard)\b",
        r"\baangenomen\b[^.?!]{0,60}\b(?:unaniem|met algemene stemmen|\d+ stemmen)",
        r"\b(?:unaniem|met algemene stemmen|met (?:grote )?meerderheid|\d+ stemmen voor)\b"
        r"[^.?!]{0,40}\baangenomen\b",
        rf"\bheeft\b[^.?!]{{0,40}}\b{_MOTIE}\b[^.?!]{{0,40}}\baangenomen\b",
        r"\bmotion\b[^.?!]{0,60}\b(?:adopted|passed|carried|approved)\b",
    ),
    refine=lambda text, found, label: _hoped_for(text, found, label),
)

REJECTED = PhraseRule(
    name="motion-rejected",
    label=Label.MOTION_REJECTED,
    confidence=STRONG,
    description="the motion was voted down",
    negatable=False,
    patterns=(
        r"\b(?:is|werd|zijn|werden)\b[^.?!]{0,30}\bverworpen\b",
        rf"\b{_MOTIE}\b[^.?!]{{0,80}}\bverworpen\b",
        rf"\b{_MOTIE}\b[^.?!]{{0,80}}\bniet (?:is |werd )?aangenomen\b",
        r"\bniet (?:is |werd )?aangenomen\b",
        rf"\b{_MOTIE}\b[^.?!]{{0,60}}\bhet niet gehaald\b|\bhet niet gehaald\b",
        r"\bgeen meerderheid\b",
        r"\bweggestemd\b|\bsneuvelde\b|\bgesneuveld\b",
        r"\bmotion\b[^.?!]{0,60}\b(?:rejected|defeated|voted down|did not pass|failed)\b",
    ),
    refine=lambda text, found, label: _rejection(text, found, label),
)

SUBMITTED = PhraseRule(
    name="motion-submitted",
    label=Label.MOTION_SUBMITTED,
    confidence=STRONG,
    description="the motion was submitted or is on the council's agenda",
    patterns=(
        rf"\b{_MOTIE}\b[^.?!]{{0,100}}\bingediend\b",
        rf"\bingediend\b[^.?!]{{0,30}}\b{_MOTIE}\b",
        # The separable verb "dienen ... in": the particle closes the clause ("we dienen de
        # motie vanavond in", "dienen we hem volgende maand in, samen met ...").
        rf"\b(?:dien|dienen|dient)\b(?:(?!\b(?:dien|dienen|dient)\b)[^.?!,;]){{0,60}}?"
        rf"\b(?:{_MOTIE}|hem|haar|deze)\b[^.?!,;]{{0,50}}?\bin\b"
        r"(?!\s+(?:te|de|het|een|onze|mijn|hun|dit|deze)\b)",
        r"\b(?:staat|staan|komt|komen|geplaatst)\b[^.?!]{0,60}\bop de (?:raads)?agenda\b",
        r"\bgeagendeerd\b",
        r"\bwordt\b[^.?!]{0,40}\b(?:besproken|behandeld|in stemming gebracht)\b"
        r"[^.?!]{0,40}\b(?:raad|raadsvergadering|commissie|gemeenteraad|vergadering)\b",
        r"\bmotion\b[^.?!]{0,40}\b(?:submitted|tabled|filed|introduced)\b",
        r"\b(?:submitted|tabled|filed|introduced) (?:a|the|our) motion\b",
        r"\bon the (?:council'?s? )?agenda\b",
    ),
    refine=lambda text, found, label: _submitted(text, found, label),
)

PLANNED = PhraseRule(
    name="motion-planned",
    label=Label.MOTION_PLANNED,
    confidence=CLEAR,
    description="a motion is intended or being prepared",
    patterns=(
        rf"\b(?:van plan|voornemens|het voornemen|plannen)\b[^.?!]{{0,80}}\b{_MOTIE}\b",
        rf"\b{_MOTIE}\b[^.?!]{{0,60}}\b(?:van plan|voornemens)\b",
        r"\b(?:van plan|voornemens|het voornemen)\b[^.?!]{0,50}\b(?:in te dienen|indienen)\b",
        rf"\b(?:gaan|zullen|zal|gaat|willen|wil|ga)\b[^.?!]{{0,50}}\b{_MOTIE}\b[^.?!]{{0,60}}"
        r"\b(?:in ?dienen|voorbereiden|opstellen|schrijven|maken|indienen)\b",
        rf"\b{_MOTIE}\b[^.?!]{{0,40}}\b(?:gaan|zullen|zal|willen|wil|gaat|te) "
        r"(?:in ?dienen|indienen|voorbereiden|opstellen)\b",
        rf"\bbereid(?:en|t)?\b[^.?!]{{0,30}}\b{_MOTIE}\b[^.?!]{{0,20}}\bvoor\b",
        rf"\b{_MOTIE}\b[^.?!]{{0,30}}\b(?:in )?voorbereiding\b",
        rf"\bwerk(?:en|t)? aan (?:een|de) {_MOTIE}\b",
        rf"\boverweg(?:en|t)\b[^.?!]{{0,60}}\b{_MOTIE}\b",
        rf"\bkom(?:en|t) (?:met|binnenkort met) (?:een|de) {_MOTIE}\b",
        # "We nemen de motie mee", "we nemen het mee in de fractie": taken up by a group
        # that can act; "we nemen het mee in onze afwegingen" only takes note.
        rf"\bnemen\b[^.?!]{{0,50}}\bde {_MOTIE}\b[^.?!]{{0,30}}\bmee\b",
        rf"\bnemen\b[^.?!]{{0,50}}\b(?:het|dit|uw {_MAIL}|deze {_MAIL}|uw voorstel)\b"
        rf"[^.?!]{{0,30}}\bmee (?:naar|in) (?:de|onze|het|ons) (?:\w+ )?{words('acting-body')}",
        r"\b(?:will|plan to|intend to|are going to)\b[^.?!]{0,30}\b(?:submit|table|introduce|"
        r"propose|draft)\b[^.?!]{0,20}\bmotion\b",
        r"\b(?:preparing|drafting) a motion\b",
        rf"\b(?:besloten|besluiten|besluit|proberen|probeer|hopen|hoop|streven|bereid|gaan|"
        rf"willen|wil|zullen|zal|ga)\b[^.?!]{{0,60}}\b{_MOTIE}\b[^.?!]{{0,40}}\bin te dienen\b",
    ),
    refine=planned_stage,
)

FORWARDED = PhraseRule(
    name="forwarded",
    label=Label.FORWARDED,
    confidence=STRONG,
    description="the letter went on to the party leaders, the clerk or the council",
    patterns=(
        rf"\b(?:door|ver)(?:gestuurd|gezonden|gezet|geleid|stuurd)\b[^.?!]{{0,80}}\b{_COUNCIL}\b",
        rf"\b{_COUNCIL}\b[^.?!]{{0,60}}\b(?:doorgestuurd|doorgezet|doorgeleid|verstuurd|"
        rf"gestuurd)\b",
        rf"\b(?:stuur|sturen|zend|zenden|zet|"
        rf"zetten)\b[^.?!;]{{0,60}}\bdoor\b[^.?!;]{{0,40}}\b{_COUNCIL}\b",
        r"\b(?:zullen|zal|gaan|ga|wordt|worden)\b[^.?!]{0,50}\b(?:door ?(?:sturen|zetten|geleiden|"
        r"gestuurd|gezet)|verspreid)\b",
        r"\b(?:lijst (?:van )?)?ingekomen stuk(?:ken)?\b",
        r"\b(?:stuur|zend|zet)\b (?:ik|wij|we) (?:u|jullie)\b[^.?!]{0,80}\bdoor\b",
        r"\bter kennis(?:name)?\b[^.?!]{0,40}\b(?:raad|raadsleden|fracties|gemeenteraad)\b",
        rf"\b(?:gedeeld|verspreid)\b[^.?!]{{0,30}}\b(?:met|onder|aan) (?:de|alle) {_COUNCIL}\b",
        r"\braadsinformatiebrief\b",
        rf"\b(?:forwarded|passed)\b[^.?!]{{0,60}}\b(?:to|on to)\b[^.?!]{{0,30}}\b{_COUNCIL}\b",
        r"\b(?:doorgestuurd|doorgezet|doorgeleid)\b",
    ),
    refine=lambda text, found, label: _forward_done(text, found, label),
)

ACKNOWLEDGED = PhraseRule(
    name="acknowledged",
    label=Label.ACKNOWLEDGED,
    confidence=CLEAR,
    description="receipt confirmed",
    patterns=(
        r"\b(?:dank|bedankt|dankjewel|dankuwel|thanks|thank you)\b[^.?!]{0,40}\bontvangen\b",
        r"\bin goede orde\b[^.?!]{0,20}\bontvangen\b",
        rf"\b(?:wij|we|ik) (?:hebben|heb)\b[^.?!]{{0,20}}\b{_MAIL}\b[^.?!]{{0,40}}\bontvangen\b",
        rf"\b{_MAIL}\b[^.?!]{{0,40}}\b(?:is|werd|zijn)\b[^.?!]{{0,20}}\bontvangen\b",
        r"\bontvangstbevestiging\b|\bbevestig(?:en|t)?\b[^.?!]{0,20}\bontvangst\b",
        # "uw e-mail is bij ons binnengekomen", "... is geregistreerd", "bevestigen wij dat ..."
        rf"\b{_MAIL}\b[^.?!]{{0,40}}\b(?:is|werd|zijn)\b[^.?!]{{0,30}}\b(?:binnengekomen|"
        r"aangekomen|geregistreerd|ingeboekt|vastgelegd)\b",
        r"\bbevestig(?:en|t)?\b[^.?!]{0,50}\b(?:ontvangen|binnengekomen|aangekomen)\b",
        r"\bontvangst van (?:uw|je|jouw|het|de)\b",
        r"\b(?:in behandeling (?:genomen|nemen)|wordt (?:zo )?(?:spoedig|"
        r"snel) mogelijk behandeld)\b",
        # The promise of an answer that receipts make ("u hoort binnen twee weken van ons").
        r"\b(?:wij|we) (?:nemen|komen|reageren|streven|proberen|zullen)\b[^.?!]{0,60}"
        r"\b(?:contact met u op|contact op|op terug|bij u terug|te reageren|te beantwoorden|"
        r"af te handelen|een reactie|antwoord)\b",
        r"\b(?:u ontvangt|ontvangt u|u krijgt|krijgt u|u hoort|hoort u)\b[^.?!]{0,40}"
        r"\b(?:binnen|zo snel|zo spoedig|uiterlijk|op korte termijn)\b",
        r"\bstreven (?:ernaar|er naar)\b[^.?!]{0,60}\b(?:reageren|reactie|beantwoorden|antwoord|"
        r"af te handelen|contact)\b",
        r"\bwe (?:have )?received your\b",
        r"\byour (?:message|e-?mail|request|letter|"
        r"enquiry) (?:has been|was|is) (?:received|registered|logged)\b",
        r"\b(?:will be (?:answered|handled|dealt with)|(?:respond|reply|get back to you)) "
        r"within\b",
        r"^(?:dank|bedankt|dank u wel|dank je wel|thanks|thank you|ontvangen)[\s.!,]*$",
    ),
)

# Thanks for the mail: what every automatic answer opens with, so on its own it confirms
# nothing a machine did not also say (see the chain's resolution).
COURTESY = PhraseRule(
    name="courtesy-thanks",
    label=Label.ACKNOWLEDGED,
    confidence=CLEAR,
    description="thanks for the e-mail: courtesy, receipt only when a person wrote it",
    patterns=(
        rf"\b(?:hartelijk |vriendelijk )?(?:dank|bedankt)(?: u| je)?(?: wel)? voor "
        rf"(?:uw|je|jouw|het) (?:\w+ )?{_MAIL}\b",
        r"\bthank you for your (?:e-?mail|message|letter)\b",
        r"\b(?:thank you|thanks) for contacting\b",
    ),
    flags=frozenset({Flag.COURTESY}),
)

DECLINED = PhraseRule(
    name="declined",
    label=Label.DECLINED,
    confidence=CLEAR,
    description="the municipality will not act on the request",
    negatable=False,
    patterns=(
        r"\b(?:sturen|zenden|zetten|stuur|zend)\b[^.?!]{0,40}\bniet door\b",
        r"\bniet (?:door ?(?:te )?(?:sturen|zetten)|doorgestuurd|doorgezet|doorgeleid)\b",
        r"\bga(?:an|at)? (?:hier|daar) niet (?:op in|over)\b",
        r"\b(?:hier|daar) niet (?:op in ?gaan|over gaan|over)\b",
        r"\bgeen aanleiding\b",
        r"\bzien\b[^.?!]{0,10}\bgeen (?:reden|rol|mogelijkheid|taak)\b",
        r"\bniet in behandeling\b|\bniet (?:in )?behandelen\b|\bniet behandeld\b",
        r"\bvalt buiten\b[^.?!]{0,40}\b(?:bevoegdheid|taak|verantwoordelijkheid|competentie)",
        r"\b(?:landelijke|rijks) ?(?:aangelegenheid|taak|bevoegdheid|kwestie)\b|"
        r"\bzaak van het rijk\b",
        r"\bgeen standpunt\b|\bgeen rol (?:voor|weggelegd)\b",
        rf"\bgeen {_MOTIE}\b[^.?!]{{0,40}}\b(?:in ?dienen|indienen|in te dienen)\b",
        rf"\bniet van plan\b|\bniet voornemens\b|\bzullen\b[^.?!]{{0,30}}\bgeen {_MOTIE}\b",
        r"\b(?:will|shall) not (?:forward|pass|consider|respond)\b|\bnot in a position to\b",
    ),
    refine=lambda text, found, label: _refusal(text, found, label),
)

OPT_OUT = PhraseRule(
    name="opt-out",
    label=Label.OPT_OUT,
    confidence=STRONG,
    description="asks us to stop mailing",
    negatable=False,
    skip_for_list_mail=True,
    patterns=(
        r"\bniet meer (?:te )?(?:mailen|e-?mailen|benaderen|contacteren|aanschrijven|sturen)\b",
        r"\bgeen (?:(?:e-?)?mails?|berichten|post|mailings?)\b[^.?!]{0,20}\bmeer\b",
        r"\b(?:verwijder|verwijderen|haal|halen)\b[^.?!]{0,40}\b(?:uit|van) (?:uw|je|jullie|de|het)"
        r" (?:lijst|mailinglijst|verzendlijst|bestand|adressenbestand|mailing|distributielijst)\b",
        r"\b(?:wil|willen|graag|wens|wensen)\b[^.?!]{0,30}\b(?:afmelden|uitschrijven)\b",
        r"\bmeld(?:en|t)? (?:ons|mij|me|dit adres) af\b|\bafmelden\b",
        r"\bunsubscribe\b|\bremove (?:me|us|this address|our address) from\b",
        r"\bstop (?:e-?mailing|sending|met mailen|met e-?mailen)\b",
    ),
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
        for sentence in state.sentences:
            text = re.sub(r"https?://\S+", " ", sentence.text)
            if _INVITATION.search(text):
                continue
            if sentence.question or _REQUEST.search(text):
                return _question(text)
        return None


def _question(sentence: str) -> Note:
    return Note(f"question: {sentence.strip()[:80]!r}", label=Label.QUESTION, confidence=READ)


_REQUEST = re.compile(
    r"\bkunt u (?:mij|ons|me)\b|\bkun je (?:mij|ons|me)\b|\bgraag ontvang(?:t|en)? (?:ik|wij|we)\b|"
    r"\b(?:ik|wij|we) (?:ontvang|ontvangen) graag\b|\bzou(?:den)? u\b[^.?!]{0,60}\bwillen\b|"
    r"\blaat u (?:mij|ons) weten\b|\bi would like to know\b|\bcould you (?:please )?(?:send|tell)\b"
)
_INVITATION = pattern("invitation-to-ask")


def _submitted(text: str, found: re.Match[str], label: Label) -> Label | None:
    if re.match(r"(?:dien|dienen|dient)\b", found.group(0)) and not motion_in_context(text, found):
        return None
    return submitted_stage(text, found, label)


_NOT_REJECTED = re.compile(
    r"\b(?:niet|geen|not)\b[^.?!,;]{0,20}\b(?:verworpen|weggestemd|gesneuveld|rejected|defeated)\b"
)
_STILL_TO_VOTE = re.compile(
    r"\bnog niet (?:is |werd )?aangenomen\b|\bniet aangenomen (?:of|en ook niet) verworpen\b"
)


def _rejection(text: str, found: re.Match[str], label: Label) -> Label | None:
    """ "Niet verworpen (maar aangenomen)" is no rejection; "nog niet aangenomen, wordt
    12 juni besproken" is a motion still waiting for its vote."""
    if elsewhere(text, found.end()):
        return None
    if amendment_vote(text, found.start()) or (
        counted_result(text[slice(*sentence_at(text, *found.span()))]) == Label.MOTION_ADOPTED
    ):
        return None  # a rejected amendment, or a count that says the motion passed
    sentence_end = re.search(r"[.!?](?:\s|$)", text[found.end() :])
    sentence = text[found.start() : found.end() + (sentence_end.start() if sentence_end else 0)]
    if _NOT_REJECTED.search(found.group(0)):
        return None
    before = text[max(0, found.start() - 20) : found.end()]
    if _STILL_TO_VOTE.search(before) or (
        "niet" in found.group(0)
        and "aangenomen" in found.group(0)
        and family("vote-pending").search(sentence)
    ):
        return Label.MOTION_SUBMITTED
    return label


# Hope, or a result still to come ("we hopen dat ...", "zal worden aangenomen").
_HOPE = re.compile(rf"{family('hope').pattern}|\b(?:zal|zullen)\b")


def _hoped_for(text: str, found: re.Match[str], label: Label) -> Label | None:
    """ "We hopen dat de motie wordt aangenomen" is no result yet; nor is an adopted
    amendment or a neighbour's motion, and a count with more votes against is a rejection."""
    if elsewhere(text, found.end()):
        return None
    sentence_start = max(text.rfind(". ", 0, found.start()), text.rfind("; ", 0, found.start()))
    if _HOPE.search(mask_expectation(text[: found.end()]), sentence_start + 1):
        return None
    vote = _last_vote_word(text, found)
    if vote is not None and (amendment_vote(text, vote.start()) or unsettled(text, *vote.span())):
        return None
    counted = counted_result(text[slice(*sentence_at(text, *found.span()))])
    return counted or label


_VOTE_WORD = re.compile(r"\b(?:aangenomen|aanvaard|adopted|passed|carried|approved)\b")


def _last_vote_word(text: str, found: re.Match[str]) -> re.Match[str] | None:
    last = None
    for last in _VOTE_WORD.finditer(text, found.start(), found.end()):  # noqa: B007
        pass
    return last


def _forward_done(text: str, found: re.Match[str], label: Label) -> Label | None:
    """A forward put off ("nog niet doorgestuurd", "we sturen het later door") is none yet."""
    left, right = sentence_at(text, *found.span())
    return None if put_off(text[left:right]) else label


def _refusal(text: str, found: re.Match[str], label: Label) -> Label | None:
    """ "Nog niet doorgestuurd" is a step still to come, not a refusal."""
    before = text[max(0, found.start() - 12) : found.end()]
    return None if re.search(r"\bnog niet\b|\bnot yet\b", before) else label


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
