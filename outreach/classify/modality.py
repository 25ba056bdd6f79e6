"""How far a motion has come, read from the verb forms around a motion phrase.

Dutch says the same words for a motion that exists and one that may or will exist: "de motie
is ingediend" (done), "de motie zal worden ingediend" / "we dienen hem volgende maand in"
(intended), "zij kunnen zelf besluiten of zij een motie indienen" (somebody else's option).
The phrase rules find the motion; the functions here decide which of those it is, so the
patterns themselves can stay simple.
"""

from __future__ import annotations

import re
from functools import lru_cache

from outreach.classify.labels import Label
from outreach.classify.prefilter import Pattern
from outreach.classify.sentences import negated, not_yet
from outreach.classify.vocabulary import alternatives, family, pattern, words

_MOTIE = words("motion-noun")
_MOTIE_WORD = re.compile(rf"\b{_MOTIE}\b")

# A clause ends at a sentence mark, a comma or a semicolon; "en" and "maar" join clauses with
# their own verbs ("is ingediend en zal worden besproken").
_SENTENCE_BREAK = pattern("sentence-end")
_CLAUSE_BREAK = re.compile(
    rf"[.!?;,:]\s|\b(?:{words('coordinating-conjunction')}|{words('contrast-conjunction')})\b"
)

# Whether-clauses after a verb of deciding ("besluiten of", "kijken of") and words of mere
# possibility. Modal verbs count too: "kan worden ingediend" is not "is ingediend".
_WHETHER = re.compile(rf"\b{words('verb-of-deciding')}\b[^.?!;]{{0,40}}?\b(?:of|whether)\b")
# A whether-clause that opens the sentence: "Of er een motie wordt ingediend, is aan de
# fracties zelf" leaves the motion open, whatever the main clause after it says.
_FRONTED_WHETHER = re.compile(r"\s*(?:en |maar )?(?:of|whether)\b")
_POSSIBLE = re.compile(rf"\b{words('possibility')}\b")
_REPORT_FRAME = family("report-frame")
_FIRST_PERSON = family("first-person")
_UNDECIDED = family("undecided")

# Time words that put a present or passive form in the future, and those that make it done.
_FUTURE_TIME = family("future-time")
_TODAY = family("past-or-now")
_INTENT = re.compile(rf"\b{words('intent-verb')}\b")

# The auxiliary next to a participle says its tense: "is/heeft ingediend" done, "wordt/zal
# worden ingediend" not yet.
_AUXILIARY = re.compile(
    rf"\b(?:{words('done-auxiliary')}|{words('passive-auxiliary')}|{words('future-auxiliary')})\b"
)
_DONE_AUX = frozenset(alternatives("done-auxiliary"))
_FUTURE_AUX = frozenset(alternatives("future-auxiliary"))
_PARTICIPLE = family("submitted-participle")

# Agenda and debate phrases name their subject: our letter on a committee's agenda means the
# letter reached the council, not that a motion was submitted.
_LETTER_SUBJECT = family("our-letter")
_GENERIC = family("generic-motions")
_NOTED = family("taken-note")
# Bodies that only prepare the council's agenda: a letter discussed there is not a motion.
_AGENDA_BODY = family("agenda-body")
_AGENDA = family("agenda-word")


def _span(text: str, pattern: Pattern, start: int, end: int) -> tuple[int, int]:
    """From the last break before `start` to the first break after `end`."""
    left = 0
    for cut in pattern.finditer(text, 0, start):
        left = cut.end()
    after = pattern.search(text, end)
    return left, after.start() if after else len(text)


def _last(pattern: Pattern, text: str, start: int, end: int) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007 - the last one is wanted
        pass
    return found


_DONE_FORWARD = re.compile(
    rf"\b{words('done-auxiliary')}\b"
    r"(?:(?!\b(?:nog niet|not yet)\b)[^.?!;]){0,60}"
    r"\b(?:door(?:ge)?\w*(?:stuurd|zonden|zet|leid|geven|speeld|mailed)|verspreid|gedeeld|"
    r"forwarded|passed on|shared)\b"
)


# A forward under a condition has not happened: "wij zetten brieven alleen door aan de raad
# als duidelijk is wie de afzender is", "mits u ...", "als u de motie in Word stuurt".
_CONDITION = re.compile(
    r"\b(?:mits|indien|tenzij|op voorwaarde dat|only if|provided that|unless)\b|"
    r"\b(?:alleen|pas|slechts|enkel|uitsluitend|only)\b[^.?!]{0,60}\b(?:als|wanneer|nadat|if|"
    r"when|after)\b|"
    r"\bals (?:u|jij|je|jullie|duidelijk|bekend|zeker|wij|we|ik|er)\b|"
    # The verb first, then "dan": "Is uw bericht bedoeld voor de raad, dan sturen wij het door".
    r"^(?:is|zijn|wordt|worden|gaat|betreft|heeft|blijkt) [^.?!,]{0,80},\s*dan\b"
)


def put_off(sentence: str) -> bool:
    """A forward in `sentence` waits for something ("zodra de raad vergadert", "na de
    vergadering", "nog niet doorgestuurd") or a condition, so it is not made ("is na het reces
    doorgestuurd" is). A promise with only a time ("we sturen het later door", "maandag zet
    ik hem door") is a forward to come: what we asked for, and what the campaign counts."""
    if not (_DEFERRED.search(sentence) or _CONDITION.search(sentence)):
        return False
    return _DONE_FORWARD.search(sentence) is None or bool(_STILL_NOT.search(sentence))


_DEFERRED = pattern("deferred")
_STILL_NOT = re.compile(r"\bnog niet\b")


def possibility(text: str, start: int, end: int) -> Label | bool | None:
    """Whether the motion phrase at text[start:end] is only a possibility.

    False: it is not. None: it is someone else's option ("zij kunnen zelf besluiten of zij
    een motie indienen"), so no motion label at all. MOTION_PLANNED: it is the sender's own
    option ("ik ga kijken of ik de motie kan indienen"), which is a plan.
    """
    left, _ = _span(text, _SENTENCE_BREAK, start, end)
    whether = _last(_WHETHER, text, left, end)
    if whether is None:
        # A fronted whether-clause ends where the main clause starts, at its comma: "Of hij
        # het haalt weten we niet, maar de motie is ingediend" submits all the same.
        fronted = _FRONTED_WHETHER.match(text, left)
        comma = text.find(",", left, start)
        whether = fronted if fronted is not None and comma < 0 else None
    if whether is not None:
        _, right = _span(text, _SENTENCE_BREAK, start, end)
        if _UNDECIDED.search(text, left, right):
            return None  # "of we een motie indienen, weten we nog niet": an open question
        scope = text[whether.end() : end]
    else:
        # Only a modal word in the motion's own clause: "zoals u kunt zien, is de motie
        # ingediend" is done, "een eventuele motie moet worden ingediend" is not.
        clause_left, _ = _span(text, _CLAUSE_BREAK, start, end)
        scope_left = max(left, clause_left)
        frame = _last(_REPORT_FRAME, text, scope_left, start)
        scope = text[frame.end() if frame is not None else scope_left : end]
        if not _POSSIBLE.search(scope):
            return False
    return Label.MOTION_PLANNED if _FIRST_PERSON.search(scope) else None


def _tense_of_participle(text: str, left: int, participle: re.Match[str]) -> Label:
    """Done or intended, from the auxiliary closest before the participle, or right after
    it when the verb stands last ("dat de motie in februari ingediend wordt")."""
    after = _AUXILIARY_AFTER.match(text, participle.end())
    auxiliaries = [m.group(0) for m in _AUXILIARY.finditer(text, left, participle.start())]
    if after is not None:
        auxiliaries.append(after.group(1))
    if not auxiliaries:
        return Label.MOTION_SUBMITTED  # "ingediend door de SP", a headline
    if auxiliaries[-1] in _DONE_AUX:
        return Label.MOTION_SUBMITTED
    if any(a in _FUTURE_AUX for a in auxiliaries):
        return Label.MOTION_PLANNED
    # "wordt ingediend": present passive, the time words of its own clause decide. Without
    # any it speaks of a step to come ("de motie wordt ingediend door PvdA en CU"): a report
    # of one done says "is ingediend".
    clause_left, clause_right = _span(text, _CLAUSE_BREAK, participle.start(), participle.end())
    clause = text[max(left, clause_left) : clause_right]
    return _present(clause, default=Label.MOTION_PLANNED)


_AFTER = re.compile(r"\bnadat\b")
_PERFECT = frozenset({"is", "zijn"})


def _after_it_is_done(text: str, left: int, participle: re.Match[str]) -> bool:
    """ "Nadat de motie is ingediend, laten we het u weten": a perfect after "nadat" whose
    main clause has no done auxiliary or time word of its own speaks of what will follow
    the step; "nadat de motie was ingediend" or "..., heeft de VVD een amendement
    aangekondigd" tells what happened."""
    after = _last(_AFTER, text, left, participle.start())
    if after is None:
        return False
    following = _AUXILIARY_AFTER.match(text, participle.end())
    auxiliaries = [m.group(0) for m in _AUXILIARY.finditer(text, after.end(), participle.start())]
    auxiliary = following.group(1) if following else (auxiliaries[-1] if auxiliaries else "")
    if auxiliary not in _PERFECT:
        return False
    comma = text.find(",", participle.end())
    _, right = _span(text, _SENTENCE_BREAK, participle.start(), participle.end())
    if comma < 0 or comma >= right:
        return False
    main = text[comma:right]
    return not (_DONE_MAIN.search(main) or _TODAY.search(main))


_DONE_MAIN = re.compile(rf"\b{words('done-auxiliary')}\b")


# The auxiliary right after a participle, the verb last in a subordinate clause.
_AUXILIARY_AFTER = re.compile(rf"\s+({_AUXILIARY.pattern})")


def _present(clause: str, *, default: Label) -> Label:
    """A present tense ("wordt ingediend", "dienen ... in"): its time words decide."""
    if _TODAY.search(clause):
        return Label.MOTION_SUBMITTED
    if _FUTURE_TIME.search(clause) or _INTENT.search(clause):
        return Label.MOTION_PLANNED
    return default


# The sender takes back the words before it in the sentence: "..., maar dat klopt niet".
_RETRACTED = family("retracted")
# Or at the start of the next: "Ik schreef dat de motie was ingediend. Dat klopt niet."
_RETRACTED_NEXT = re.compile(rf"[.!?;]\s+(?:maar |helaas |excuus,? )?(?:{words('retracted')})")


def taken_back(text: str, end: int) -> bool:
    """The sender takes back what the words up to `end` said, later in their sentence or at
    the start of the next one ("..., maar dat klopt niet", "Dat was onjuist.")."""
    if _RETRACTED.search(text, end) is None:
        return False  # most replies: no word that takes anything back
    _, right = _span(text, _SENTENCE_BREAK, end, end)
    return bool(_RETRACTED.search(text, end, right) or _RETRACTED_NEXT.match(text, right))


# "Ik hoop dat de motie wordt ingediend": somebody else's step, hoped or expected.
_HOPED_THAT = re.compile(
    r"\b(?:hoop|hopen|hoopt|hoopte|hoopten|verwacht|verwachten|denk|denken|hope|expect|think)"
    r"\b(?: \w+){0,2} (?:dat|that)\b"
)


# A present tense of a step: "(in)dienen", "brengen ... in de raad", "leggen ... voor".
_PRESENT_STEP = re.compile(
    r"\b(?:(?:in)?dien|dienen|(?:in)?dient|breng|brengt|brengen|leg|legt|leggen|ligt|liggen)\b"
)


def submitted_stage(text: str, found: re.Match[str], label: Label) -> Label | None:
    """The label a 'submitted' phrase really supports: submitted, planned, forwarded or none."""
    start, end = found.span()
    sentence_left, _ = _span(text, _SENTENCE_BREAK, start, end)
    if taken_back(text, end):
        return None  # "ik schreef dat de motie al was ingediend, maar dat klopt niet"
    generic = _GENERIC.search(text, sentence_left, end)
    if generic is not None and generic.start() <= start:
        return None  # "Moties worden bij ons pas ingediend na ...": how it goes, not news
    hoped = _last(_HOPED_THAT, text, sentence_left, start)
    if hoped is not None and not _FIRST_PERSON.search(text, hoped.end(), start):
        return None
    option = possibility(text, start, end)
    if option is not False:
        return option if isinstance(option, Label) else None
    left, _ = _span(text, _SENTENCE_BREAK, start, end)
    _, clause_right = _span(text, _CLAUSE_BREAK, start, end)
    head = text[left:end]
    if _AGENDA.search(found.group(0)):
        motion = _MOTIE_WORD.search(head)
        letter = _LETTER_SUBJECT.search(head)
        # "Uw brief en de voorbeeldmotie zijn als ingekomen stuk geagendeerd": the letter
        # is the subject, the motion only travels with it.
        if letter and (motion is None or letter.start() < motion.start() or _NOTED.search(head)):
            return Label.FORWARDED
        if _AGENDA_BODY.search(text[left:clause_right]):
            return Label.FORWARDED
        if submission_ahead(text) or agenda_ahead(text, left, start, end):
            # "De motie staat voor de raad van 26 november op de agenda; wordt dan ingediend
            # door PvdA en CU": the agenda is the date of a submission still to come.
            return Label.MOTION_PLANNED
        if motion is None:
            # "Uw verzoek is voorgelegd aan het presidium. Het staat geagendeerd voor 24 maart":
            # a pronoun as the subject takes up the sentence before, and our letter there
            # is what is on the agenda.
            if _PRONOUN_SUBJECT.match(head) and _letter_before(text, left):
                return Label.FORWARDED
            return label
    participle = _last(_PARTICIPLE, text, start, end)
    if participle is not None:
        tense = _tense_of_participle(text, left, participle)
        if tense == Label.MOTION_SUBMITTED and _after_it_is_done(text, left, participle):
            return Label.MOTION_PLANNED
        return tense
    # A present tense ("we dienen hem volgende maand in"): time words in the whole sentence
    # ("..., in de raad van 5 november"). Without any, a first person's present tense is as
    # often a plan as a report ("wij dienen hem toch in"), so it says planned.
    if _PRESENT_STEP.search(found.group(0)):
        _, right = _span(text, _SENTENCE_BREAK, start, end)
        # A colon opens a statement of its own: "Inmiddels is de knoop doorgehakt: we dienen
        # de motie in bij de begroting" - the time word before it is the decision's.
        colon = text.rfind(": ", left, start)
        left = colon + 2 if colon >= 0 else left
        # A condition after the verb has time words of its own: "we dienen hem volgende
        # maand in, tenzij de coalitie eerder met een voorstel komt".
        condition = _CONDITION_CLAUSE.search(text, end, right)
        sentence = text[left : condition.start() if condition else right]
        # Without time words a first person's present is as often a plan as a report, and
        # one under a condition ("zij dienen hem in als de coalitie meedoet") is not done.
        ahead = _FIRST_PERSON.search(sentence) or condition
        return _present(sentence, default=Label.MOTION_PLANNED if ahead else label)
    return label


# Where a condition opens after the verb: what it says happens only in that case.
_CONDITION_CLAUSE = re.compile(
    rf",?\s*\b(?:tenzij|mits|zodra|wanneer|unless|provided that|{words('if-subject')})"
)


@lru_cache(maxsize=8)  # asked by the phrase rule and by each agenda sentence of one reply
def submission_ahead(text: str) -> bool:
    """`text` says the motion will still be submitted: a participle of submitting whose
    auxiliary or time words put it ahead ("zal worden ingediend", "wordt dan ingediend"), or
    an infinitive after a verb of intention ("we zullen hem indienen"), not negated; or a
    participle not yet done ("staat gepland, maar is nog niet ingediend"); or a present step
    at the meeting named before ("wij dienen hem daar in")."""
    for found in _PARTICIPLE.finditer(text):
        left, _ = _span(text, _SENTENCE_BREAK, found.start(), found.end())
        if not_yet(text, *found.span()):
            return True
        if negated(text, *found.span()) is None and (
            _tense_of_participle(text, left, found) == Label.MOTION_PLANNED
        ):
            return True
    for found in _SUBMIT_INFINITIVE.finditer(text):
        left, _ = _span(text, _CLAUSE_BREAK, found.start(), found.end())
        if _INTENT.search(text, left, found.start()) and negated(text, *found.span()) is None:
            return True
    # A present tense with its time ahead: "wij dienen hem dan in".
    for found in _SUBMIT_PRESENT.finditer(text):
        left, right = _span(text, _CLAUSE_BREAK, found.start(), found.end())
        clause = text[left:right]
        if negated(text, *found.span()) is None and (
            _present(clause, default=Label.MOTION_SUBMITTED) == Label.MOTION_PLANNED
            or _THERE.search(found.group(0))
        ):
            return True
    return False


# A clause opened by a pronoun as its subject: "Het staat geagendeerd", "Deze staat op de agenda".
_PRONOUN_SUBJECT = re.compile(r"\s*(?:het|dit|deze|die|dat|hij|zij|ze)\b")


def _letter_before(text: str, left: int) -> bool:
    """The sentence that ends at `left` has our letter as its subject, named before any motion
    ("Uw verzoek hebben wij voorgelegd aan het presidium.")."""
    if left == 0:
        return False
    previous_left, _ = _span(text, _SENTENCE_BREAK, left - 2, left - 2)
    previous = text[previous_left:left]
    letter = _LETTER_SUBJECT.search(previous)
    if letter is None:
        return False
    motion = _MOTIE_WORD.search(previous)
    return motion is None or letter.start() < motion.start()


# "Daar" inside "dienen ... in" points to the meeting just named: "we dienen hem daar in".
_THERE = re.compile(r"\bdaar\b")


_SUBMIT_PRESENT = re.compile(r"\b(?:dien|dient|dienen) (?:\w+ ){0,8}in\b")
# A condition over the whole sentence: "als alles goed gaat staat de motie op de agenda".
# Not one on the reader ("als u wilt, kunt u de raad volgen"), nor "als het goed is" (as
# far as the sender knows).
_AGENDA_CONDITION = re.compile(
    r"\b(?:(?:zodra|mits|tenzij|indien) (?!u\b|jullie\b|je\b)|als (?!het goed is\b)"
    r"(?:hij|ze|zij|het|deze|die|dit|de|een|onze|ons|we|wij|er|ik|alles)\b)"
)
_THAT = re.compile(r"\bdat\b")


def agenda_ahead(text: str, left: int, start: int, end: int) -> bool:
    """The agenda words at text[start:end] are still to come: a verb of intention or a
    future auxiliary in their clause before them ("we willen de motie op de agenda van april
    krijgen", "de motie zal op de agenda staan"), not one that governs a clause of its own
    ("graag wil ik u melden dat de motie op de agenda staat"), or a condition in the
    sentence ("de motie komt op de agenda zodra de fracties hebben getekend")."""
    _, right = _span(text, _SENTENCE_BREAK, start, end)
    if _AGENDA_CONDITION.search(text, left, right):
        return True
    clause_left, _ = _span(text, _CLAUSE_BREAK, start, end)
    intent = _last(_INTENT, text, max(left, clause_left), start)
    return intent is not None and _THAT.search(text, intent.end(), start) is None


_SUBMIT_INFINITIVE = family("submit-infinitive")


def planned_stage(text: str, found: re.Match[str], label: Label) -> Label | None:
    """A 'planned' phrase, unless the plan is only another party's option or was dropped."""
    option = possibility(text, *found.span())
    if option is None or dropped_later(text, *found.span()) is not None:
        return None
    return label


_PAST_INTENT = family("past-intent")
_REFUSAL = family("refusal")


def dropped_later(text: str, start: int, end: int) -> re.Match[str] | None:
    """The refusal that drops the intention at text[start:end], or None: an intention told in
    the past ("wij overwogen een motie in te dienen", "we waren van plan ...") and a refusal
    later in `text` ("... hebben we besloten daar van af te zien")."""
    if _PAST_INTENT.search(text, max(0, start - 20), end + 20) is None:
        return None  # most plans are told in the present or the future
    # Later: in a sentence after it, or after a turn in its own ("..., maar hebben daar van
    # afgezien").
    _, right = _span(text, _SENTENCE_BREAK, start, end)
    turn = _TURN.search(text, end, right)
    refusal = _REFUSAL.search(text, turn.end() if turn else right)
    return None if refusal is None or not_yet(text, *refusal.span()) else refusal


_TURN = re.compile(rf"\b(?:{words('turn')})\b")


def motion_in_context(text: str, found: re.Match[str]) -> bool:
    """A pronoun ("we dienen hem in") only counts when a motion was named shortly before."""
    if _MOTIE_WORD.search(found.group(0)):
        return True
    return bool(_MOTIE_WORD.search(text[max(0, found.start() - 300) : found.start()]))
