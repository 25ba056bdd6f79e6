"""Whether a vote word reports a result: whose vote it was, and whether it happened yet.

"Aangenomen" occurs in many replies that are not adoptions: "het amendement is aangenomen,
de motie niet", "we hopen dat hij wordt aangenomen", "of hij wordt aangenomen weten we nog
niet", "met 12 stemmen voor en 19 tegen". The phrase rules and the sentence readings both ask
these questions, so the answers live here, over folded text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from outreach.classify.labels import Label
from outreach.classify.prefilter import Pattern
from outreach.classify.vocabulary import family, pattern, words

# Numbers as people write them in a count: digits or Dutch and English words ("zes
# raadsleden stemden voor, negen tegen"). "een"/"one" is left out: it is mostly an article.
_DUTCH = (
    "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
    "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig",
)  # fmt: skip
_ENGLISH = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
)  # fmt: skip
_NUMBER_WORDS: dict[str, int] = {
    **{word: n for n, word in enumerate(_DUTCH, start=2)},
    **{word: n for n, word in enumerate(_ENGLISH, start=2)},
    # A council has at most 45 seats: "eenentwintig" up to "negenenveertig" (accents folded).
    **{
        f"{unit}en{tens}": n + t
        for n, unit in enumerate(("een", *_DUTCH[:8]), start=1)
        for tens, t in (("twintig", 20), ("dertig", 30), ("veertig", 40))
    },
    "dertig": 30,
    "veertig": 40,
}
_NUMBER = r"(\d+|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
# Who or what was counted, and the verb, may stand between a number and its side: "zes
# raadsleden stemden voor", "9 leden waren tegen".
_COUNTED = (
    r"(?:\s+(?:stemmen|stem|raadsleden|leden|fracties|zetels|stemden|stemde|waren|was|votes|"
    r"members|councillors|voted|were))*"
)
# Counts that say which side is which. "Met 19 tegen 12" names the winning side first,
# whichever way the vote went, so only its verb tells the result.
_LABELLED_VOTES = (
    re.compile(rf"\b{_NUMBER}{_COUNTED}\s*voor\b[^.?!\d]{{0,20}}?\b{_NUMBER}{_COUNTED}\s*tegen"),
    re.compile(
        rf"\b{_NUMBER}{_COUNTED}\s*(?:for|in favou?r)\b[^.?!\d]{{0,20}}?\b{_NUMBER}{_COUNTED}"
        r"\s*against"
    ),
    # The side first, as in a table or a decision list: "voor 20, tegen 11", "Voor: 20 | Tegen: 11".
    re.compile(
        rf"\bvoor\s*:?\s*{_NUMBER}\b(?!\s*(?:{words('month')}|uur)\b)[^.?!\d]{{0,20}}?"
        rf"\btegen\s*:?\s*{_NUMBER}\b(?!\s*(?:{words('month')}|uur)\b)"
    ),
    re.compile(
        rf"\b(?:for|in favou?r)\s*:?\s*{_NUMBER}\b[^.?!\d]{{0,20}}?\bagainst\s*:?\s*{_NUMBER}\b"
    ),
)

# Where a statement ends: a vote count or a "whether" is read within one sentence.
_SENTENCE_BREAK = pattern("sentence-end")
_CLAUSE_BREAK = re.compile(rf"[.!?;,:(]|\s-\s|\b{words('clause-conjunction')}\b")

# Hope, expectation, condition, doubt and questions of whether: the vote is still to come.
_UNSETTLED = re.compile(
    rf"{family('hope', 'condition', 'doubt', 'held-over').pattern}|"
    r"\bof (?:hij|ze|zij|het|deze|die|dit|de motie|onze motie|een motie)\b|"
    # "als" is a condition only before a subject: "als hamerstuk aangenomen" is a result,
    # and "als het goed is" (as far as the sender knows) hedges a result it reports.
    r"\bals (?!het goed is\b)"
    r"(?:hij|ze|zij|het|deze|die|dit|de motie|onze motie|de raad|we|wij|er)\b"
)
# A result set against what was expected reports it: "anders dan wij hadden verwacht is de
# motie aangenomen", "zoals gehoopt", "tegen alle verwachting in", "better than expected".
_EXPECTATION_COMPARED = re.compile(
    r"\b(?:(?:anders|beter|slechter|sneller|eerder|meer|minder) dan|zoals|than|as)\b"
    r"(?: (?:we|wij|ik|ze|zij|men|iedereen|velen|had|hadden|heb|hebben|was|werd|algemeen|"
    r"eigenlijk|al|we'd|i|many|everyone))* (?:verwacht\w*|gehoopt|hoopten|hoopte|"
    r"gedacht|gevreesd|voorspeld|expected|hoped|feared|predicted)\b|"
    r"\btegen (?:alle|de|onze|elke) verwachting(?:en)? in\b|\bagainst (?:all )?(?:the )?odds\b"
)


def mask_expectation(text: str) -> str:
    """`text` with its comparisons to an expectation blanked out (offsets kept).

    The hope words in them ("anders dan verwacht") do not put the result in doubt.
    """
    return _EXPECTATION_COMPARED.sub(lambda m: " " * len(m.group(0)), text)


_CONTRAST = re.compile(rf"\b{words('turn')}\b")
# An auxiliary of the future, of the plain present passive or a modal one right before the
# participle; "is/werd aangenomen" reports, "wordt/zal worden aangenomen" looks ahead.
_AUXILIARY_AHEAD = (
    rf"(?:{words('future-auxiliary')}|{words('passive-auxiliary')}|{words('modal-auxiliary')})"
)
_AHEAD = re.compile(rf"\b{_AUXILIARY_AHEAD}\b(?:\s+\w+){{0,3}}\s*$")
_AHEAD_AFTER = re.compile(rf"\s+{_AUXILIARY_AHEAD}\b")
_DONE_AUX = re.compile(rf"\b{words('done-auxiliary')}\b")
# A guess right before the participle: "hij was waarschijnlijk aangenomen, maar we trokken
# hem in" says what would have happened.
_GUESSED = re.compile(rf"\b{words('likelihood')}\b(?:\s+\w+){{0,2}}\s*$")

_MOTION_NOUN = family("motion-reference")


@lru_cache(maxsize=256)
def vote_counts(text: str) -> tuple[int, int] | None:
    """Votes for and against named as such in `text` ("24 voor, 5 tegen").

    Several rules ask about the same sentence: the answer is kept.
    """
    if not _sides_named(text):
        return None  # most sentences
    for labelled in _LABELLED_VOTES:
        votes = labelled.search(text)
        if votes:
            return _number(votes.group(1)), _number(votes.group(2))
    return None


def _sides_named(text: str) -> bool:
    """Both sides of a count are named, as every one of `_LABELLED_VOTES` names them ("voor"
    and "tegen", or "for" / "in favour" and "against"): without them no count can match, and
    the costlier search is passed over."""
    if "voor" in text and "tegen" in text:
        return True
    return "against" in text and ("for" in text or "favo" in text)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def counted_result(text: str) -> Label | None:
    """Adopted or rejected as the vote count in one sentence says (None without a count).

    A tie ("13 voor en 13 tegen") decides nothing: the vote is held again (`tied_count`).
    """
    votes = vote_counts(text)
    if votes is None or votes[0] == votes[1]:
        return None
    return Label.MOTION_ADOPTED if votes[0] > votes[1] else Label.MOTION_REJECTED


def counted_result_at(text: str, start: int) -> Label | None:
    """Like `counted_result`, but with several counts in `text` the one nearest the vote word
    at `start` counts: "het amendement haalde het niet (10 voor, 20 tegen); de motie werd
    aangenomen met 18 voor en 12 tegen" adopts the motion."""
    if not _sides_named(text):
        return None
    found = [m for labelled in _LABELLED_VOTES for m in labelled.finditer(text)]
    if len(found) < 2:
        return counted_result(text)
    nearest = min(found, key=lambda m: min(abs(m.start() - start), abs(m.end() - start)))
    votes = _number(nearest.group(1)), _number(nearest.group(2))
    if votes[0] == votes[1]:
        return None
    return Label.MOTION_ADOPTED if votes[0] > votes[1] else Label.MOTION_REJECTED


def counts_disagree(text: str) -> bool:
    """`text` holds counts that go different ways (an amendment's and the motion's): a count
    alone cannot say which one is the motion's."""
    if not _sides_named(text):
        return False
    sides = {
        (_number(m.group(1)) > _number(m.group(2)), _number(m.group(1)) == _number(m.group(2)))
        for labelled in _LABELLED_VOTES
        for m in labelled.finditer(text)
    }
    return len(sides) > 1


def tied_count(text: str) -> bool:
    """The vote count in `text` is a tie: the motion stays on the table.

    A tie needs no sides named: "15-15", "met 14 tegen 14" beside a vote word is one.
    """
    votes = vote_counts(text)
    if votes is not None:
        return votes[0] == votes[1]
    # The vote word first: it is rare, and its search passes over most sentences at once.
    return bool(_VOTE_WORD.search(text) and _BARE_TIE.search(text))


def tie_stands(text: str) -> bool:
    """A tie in `text` that no revote in it broke: "de stemmen staakten (13-13)" leaves the
    motion on the table; "staakten (13-13), bij de herstemming alsnog verworpen" tells the
    tie as history and the second vote's result as the news."""
    return tied_count(text) and not _REVOTE.search(text)


_REVOTE = family("revote")


# "15-15", "(14 - 14)", "13 tegen 13": equal numbers, whichever way they are written.
_BARE_TIE = re.compile(r"\b(\d{1,2}) ?(?:-|–|tegen|to) ?\1\b")
_VOTE_WORD = family("vote-noun", "tied-vote")


# The readers of one match ask for its sentence in turn (whether it is elsewhere, asked,
# hoped for, a consequence): the answer is kept for the few texts of the message being read.
@lru_cache(maxsize=256)
def sentence_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of `text` around text[start:end]."""
    left = 0
    for cut in _SENTENCE_BREAK.finditer(text, 0, start):
        left = cut.end()
    after = _SENTENCE_BREAK.search(text, end)
    return left, after.start() if after else len(text)


_CONSEQUENCE = pattern("condition-consequence")


def consequence(text: str, start: int) -> bool:
    """The word at `start` stands in what a condition would bring about: "Staken de stemmen
    opnieuw, dan is de motie verworpen" says what the rules of order would do."""
    left, _ = sentence_at(text, start, start)
    return bool(_CONSEQUENCE.search(text, left, start))


_NEGATION = pattern("negation")
_CONTRAST_TURN = re.compile(rf"\b(?:{words('contrast-conjunction')}|toch)\b")


def overturned(text: str, end: int, result: Pattern) -> bool:
    """A turn later in the sentence reports the other result: "de VVD stemde tegen, maar
    toch is de motie aangenomen" adopts it, "de SP stemde voor, maar hij werd verworpen"
    rejects it. `result` is the other result's words."""
    _, right = sentence_at(text, end, end)
    turn = _CONTRAST_TURN.search(text, end, right)
    if turn is None:
        return False
    found = result.search(text, turn.end(), right)
    if found is None or _NEGATION.search(text, turn.end(), found.start()):
        return False
    # "Onze motie is verworpen, maar de motie van de VVD over parkeren werd aangenomen": the
    # other result is another motion's.
    return not (
        elsewhere(text, found.start()) or another_motion(text, found.start(), named_before=True)
    )


def asked(text: str, start: int) -> bool:
    """The vote word at `start` stands in a sentence that ends in a question mark: "Staat punt
    c ook in de motie zoals die vorig jaar is aangenomen, of is dat nieuw?" asks about a
    result, it reports none (a statement before a question of its own is cut off first)."""
    _, right = sentence_at(text, start, start)
    return text.startswith("?", right)


def unsettled(text: str, start: int, end: int) -> bool:
    """The vote word at text[start:end] is hoped for, conditional, doubted, still ahead or
    asked about."""
    left, _ = sentence_at(text, start, end)
    if asked(text, start):
        return True
    if _CONSEQUENCE.search(text, left, start):
        return True
    # "Een fractie vraagt welke gemeenten de motie inmiddels hebben aangenomen": what an
    # indirect question holds is asked, up to a "maar" or a colon or comma that starts a
    # statement of its own ("U vroeg hoe het afliep: de motie is aangenomen").
    question = _INDIRECT_QUESTION.search(text, left, start)
    if question is not None and not _QUESTION_ENDS.search(text, question.end(), start):
        return True
    # "De stemming werd uitgesteld, maar gisteren is hij alsnog aangenomen": the contrast
    # starts a statement of its own.
    for turn in _CONTRAST.finditer(text, left, start):
        left = turn.end()
    if _UNSETTLED.search(mask_expectation(text[:start]), left, start):
        return True
    # The verbs after a participle in a subordinate clause: "dat hij aangenomen zou worden"
    # is hoped or assumed, "als hij aangenomen wordt" still to come.
    if _AHEAD_AFTER.match(text, end) or _GUESSED.search(text, left, start):
        return True
    # "Hij zou anders zeker zijn aangenomen", "anders was hij aangenomen": what would have
    # happened.
    if _WOULD_HAVE.search(text, left, start):
        return True
    ahead = _AHEAD.search(text, left, start)
    if ahead is None:
        return False
    # "is ingediend en wordt ... aangenomen" is still ahead; "is gisteren aangenomen" is not.
    return not _DONE_AUX.search(ahead.group(0))


_INDIRECT_QUESTION = family("indirect-question")
_QUESTION_ENDS = re.compile(rf"[:,(]|\b{words('contrast-conjunction')}\b")
_WOULD_HAVE = re.compile(
    r"\b(?:zou|zouden)\b(?:\s+\w+){0,4}\s+(?:zijn|hebben|worden)\b(?:\s+\w+){0,2}\s*$|"
    r"\banders (?:was|waren|had|hadden|werd|werden)\b"
)


_ELSEWHERE = family("elsewhere")
# "In 2019 heeft de raad al een motie aangenomen": older than the campaign, another motion.
_EARLIER = family("earlier-motion")
_SIMILAR = family("similar-motion")
_OWN_PLACE = family("own-place")
_LETTER_CITES = family("letter-cites")
# A motion named by its own title ("Motie 'Kerstmarkt op het Kerkplein' (CDA) - aangenomen",
# a line of a decision list): another motion unless the title is ours.
# A number between may have a dash: "Motie M2026-31 'Zwerfafval'".
_TITLED_MOTION = re.compile(
    rf"\b{words('motion-noun')}(?: [\w-]+){{0,8}}? ['\"]([^'\"]{{3,90}})['\"]"
)
_OUR_TITLE = re.compile(rf"\b(?:{words('our-topic')}|{words('campaign-name')})")
_ELSEWHERE_NAMED = re.compile(r"\b(?:in|bij|door) (?:de )?gemeente \w+")
# "In Alkmaar is de motie aangenomen": a clause that opens on a place name before its verb
# reports that place's result (the sender says "bij ons", "hier" or "in onze gemeente").
_PLACE = rf"(?!(?:{words('not-a-place')})\b)[a-z][a-z'-]+"
_ELSEWHERE_PLACE = re.compile(
    # "Ook in Utrecht is de motie aangenomen": a word of comparison may come first; "(de
    # motie zoals) die in Amersfoort is aangenomen": a relative pronoun may too.
    r"\s*(?:(?:ook|al|eerder|net als|zoals|die|dat|welke) )?"
    rf"(?:in|(?:de )?gemeenten?) {_PLACE}(?:(?: en|,) {_PLACE})* "
    r"(?:is|zijn|werd|werden|heeft|hebben|had|hadden)\b"
)
# "In Gorinchem, hier vlak over de rivier, is hij wel aangenomen": a place that opens the
# sentence, with a phrase set off by commas between it and its verb.
_ELSEWHERE_PLACE_SET_OFF = re.compile(
    rf"\s*(?:(?:ook|al|eerder|net als|zoals) )?in ({_PLACE})(?: en {_PLACE})*\s*,"
    r"[^,.;:!?]{1,60},\s*"
    r"(?:is|zijn|werd|werden|heeft|hebben|had|hadden)\b"
)
# "In Brummen haalde hij het vorige week niet", "in Leiderdorp sneuvelde ...": the vote word
# is the verb right after the place that opens the clause.
_ELSEWHERE_PLACE_VERB = re.compile(
    rf"\s*(?:(?:ook|al|eerder|net als|zoals) )?(?:in|(?:de )?gemeenten?) {_PLACE}"
    rf"(?:(?: en|,) {_PLACE})* ?"
)
# "Goed nieuws uit Kampen: daar is de motie aangenomen": "daar" opening the clause is the
# place just named.
_THERE = re.compile(r"\s*daar (?:is|zijn|werd|werden|heeft|hebben|had|hadden)\b")
# "Mooi dat de motie in Amersfoort en Culemborg al is aangenomen": the motion of the places
# it names, as when the clause opens on them.
_MOTION_OF_PLACE = re.compile(
    # "de motie zoals die in Amersfoort is aangenomen": a relative clause may come between;
    # "de motie die wij in Ede indienden" is the sender's own.
    # "Onze motie in Aalten is aangenomen": the sender's own motion, in their own town.
    rf"(?<!\bonze )(?<!\bmijn )(?<!\bour )"
    rf"\b{words('motion-noun')} (?:(?!(?:wij|we|ik|ons|onze)\b)\w+ ){{0,2}}"
    rf"in {_PLACE}(?:(?: en|,) {_PLACE})* "
    r"(?:\w+ ){0,3}(?:is|zijn|werd|werden)\b"
)
# "Helaas heeft de Tweede Kamer de motie weggestemd", "in Provinciale Staten werd hij
# verworpen", "landelijk is de motie verworpen": another body's vote, when that body is the
# clause's subject or place, not when the motion only calls on it ("de motie die de Tweede
# Kamer oproept ... is aangenomen").
_BODY = words("other-body")
_BODY_VERB = r"(?:heeft|hebben|had|hadden|nam|namen|stemde|stemden)"
_OTHER_BODY = re.compile(
    rf"\b(?:in|door|{_BODY_VERB}) (?:de |het )?{_BODY}|"
    rf"\b(?:de |het )?{_BODY} (?:\w+ )?(?:{_BODY_VERB}|is|werd)\b"
)
_OTHER_BODY_OPENING = re.compile(rf"\s*(?:(?:ook|al|eerder|helaas) )?(?:de |het )?{_BODY}")
# "Onze motie over armoedebestrijding is aangenomen": a motion on another topic.
_OTHER_TOPIC = re.compile(
    r"\bmoties? (?:van (?:de |het )?[\w-]+ )?"
    r"(?:over|inzake|betreffende|aangaande|omtrent|met betrekking tot|m\.?b\.?t\.?) "
    # The look-ahead covers the article too, so that "over het kinderpardon" cannot match
    # with "het" as the topic.
    rf"(?!(?:(?:de|het|een|onze|hun) )?{words('our-topic')})(?:(?:de|het|een|onze|hun) )?\w+"
)


# "In Utrecht the motion was adopted": the English clause that opens on a place.
_ELSEWHERE_PLACE_EN = re.compile(
    rf"\s*in {_PLACE},? (?:the|a|this|their|its|a similar) (?:\w+ )?(?:motion|resolution)\b"
)
# "De motie is in 2024 in Maastricht aangenomen": a place inside the clause, before the vote.
_PLACE_INSIDE = re.compile(rf"\bin {_PLACE}\b")
# "In Arnhem is onze motie aangenomen", "in Ede hebben we ...": the sender's own place;
# "onze buren in Kampen" are somebody else.
_OWN_SIDE = re.compile(rf"\b(?:onze|ons|we|wij|our|us)\b(?! (?:{words('neighbours')}))|\bhier\b")
_NOT_A_PLACE_EN = re.compile(
    r"(?:the|our|my|this|that|their|its|a|an|total|principle|fact|general|committee|council|"
    r"favou?r|order|time|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|behandeling|beraad|gesprek|stemming|vergadering|geamendeerde|"
    r"gewijzigde|aangepaste|commissie|raadsvergadering|zijn|haar|elk|ieder|kwestie)\b"
)


def place_named(text: str, start: int, own: Sequence[str] = ()) -> bool:
    """A place is named in the clause before the vote word at `start` ("is in Ede aangenomen").

    Whether it is the sender's own municipality the classifier cannot always know; a result
    tied to a named place is for a person to confirm, unless the place is one of `own` (the
    municipality our letter went to, as its subject names it).
    """
    left = 0
    for cut in _CLAUSE_BREAK.finditer(text, 0, start):
        left = cut.end()
    # The sender's own side in the vote word's clause or before it: "in Ede hebben wij de
    # motie ingediend en is hij aangenomen"; "..., maar wij zijn blij" says nothing of it.
    sentence_left, _ = sentence_at(text, start, start)
    after = _CLAUSE_BREAK.search(text, start)
    if _OWN_SIDE.search(text, sentence_left, after.start() if after else len(text)):
        return False
    return any(
        not _NOT_A_PLACE_EN.match(text, found.start() + 3) and not _own_at(text, found.start(), own)
        for found in _PLACE_INSIDE.finditer(text, left, start)
    )


def _own_at(text: str, start: int, own: Sequence[str]) -> bool:
    """text[start:] is "in <one of own>" (a whole name: "in Roerdalen", not "in Roerdalenweg")."""
    return any(
        text.startswith(f"in {place}", start)
        and not text[start + 3 + len(place) : start + 4 + len(place)].isalnum()
        for place in own
    )


# "Ik zag dat Culemborg de motie al heeft aangenomen": a name as the subject of a council's
# vote (not a pronoun, not a party: parties do not adopt motions) is a municipality.
_NOT_A_SUBJECT = (
    r"(?:wij|we|ze|zij|hij|u|jullie|er|men|iedereen|ik|ook|al|toen|nu|hier|daar|dus|"
    rf"zo|wel|niet|nog|{words('political-party')})"
)
# The motion may be a pronoun ("omdat Opsterland hem wel heeft aangenomen") or one "like
# it" ("dat Amersfoort zo'n motie heeft aangenomen").
_PLACE_SUBJECT = re.compile(
    rf"\b(?:dat|toen|nadat|omdat|zodat|hoe|waar) (?!{_NOT_A_SUBJECT}\b){_PLACE}"
    rf"(?:(?: en|,) (?!{_NOT_A_SUBJECT}\b){_PLACE})* (?:\w+ ){{0,3}}"
    rf"(?:(?:de|een|onze|die|deze|het|hun|zo'?n|zo een) (?:\w+ )?{words('motion-noun')}|"
    r"(?:hem|haar)\b)"
)


# The name right before the motion, as a subject is ("dat Amersfoort en Kampen zo'n motie
# hebben aangenomen"), not any word some way before it ("dat uitvoering wordt gegeven aan de
# motie die de raad heeft aangenomen").
_PLACE_SUBJECT_CLOSE = re.compile(
    rf"\b(?:dat|toen|nadat|omdat|zodat|hoe|waar) (?!{_NOT_A_SUBJECT}\b){_PLACE}"
    rf"(?:(?: en|,) (?!{_NOT_A_SUBJECT}\b){_PLACE})* (?:(?:al|ook|wel|eerder) )?"
    rf"(?:(?:de|een|die|deze|het|hun|zo'?n|zo een) (?:\w+ )?{words('motion-noun')}|"
    r"(?:hem|haar)\b)"
)


# "Amsterdam heeft hem vorig jaar al aangenomen": a name that opens the sentence right before
# the finite verb, with the motion as its object, is a town as the subject of a main clause.
_PLACE_OPENS = re.compile(
    r"\s*(?:(?:ook|al|zelfs|eerder) )?"
    rf"(?!(?:{_NOT_A_SUBJECT}|{words('sentence-adverb')})\b){_PLACE}"
    rf"(?:(?: en|,) (?!{_NOT_A_SUBJECT}\b){_PLACE})* "
    r"(?:heeft|hebben|had|hadden|nam|namen|wees|wezen|verwierp|verwierpen) (?:\w+ ){0,3}?"
    rf"(?:(?:de|een|die|deze|het|hun|zo'?n|zo een) (?:\w+ )?{words('motion-noun')}|"
    r"(?:hem|haar)\b)"
)


def names_place_subject(text: str, start: int) -> bool:
    """The vote word at `start` has a named place as its subject, whoever's place it is: with
    no known own place a sentence reading leaves it to a person ("ik las dat Amersfoort zo'n
    motie heeft aangenomen" may or may not be the sender's town)."""
    left, _ = sentence_at(text, start, start)
    return (
        _PLACE_SUBJECT_CLOSE.search(text, left, start) is not None
        or _PLACE_OPENS.match(text, left, start) is not None
    )


def place_subject(text: str, start: int, own: Sequence[str] = ()) -> bool:
    """The vote word at `start` has a named place as its subject, in its sentence, and the
    place is not the sender's own (`own`). Without a known own place the name may be the
    sender's: then it says nothing."""
    if not own:
        return False
    left, _ = sentence_at(text, start, start)
    opening = _PLACE_OPENS.match(text, left, start)
    if opening is not None and not any(opening.group(0).lstrip().startswith(p) for p in own):
        return True
    return any(
        not any(found.group(0).split(" ", 1)[1].startswith(place) for place in own)
        for found in _PLACE_SUBJECT.finditer(text, left, start)
    )


def elsewhere(text: str, start: int, own: Sequence[str] = ()) -> bool:
    """The vote word at `start` is about another municipality or another motion.

    "In buurgemeente Zwolle is de motie al aangenomen" reports somebody else's result, "de
    motie over parkeren werd verworpen" another motion's (read in the clause before it).
    "In Roerdalen is de motie aangenomen" is the sender's own when our letter went to
    Roerdalen (`own`).
    """
    left = 0
    for cut in _CLAUSE_BREAK.finditer(text, 0, start):
        left = cut.end()
    # "In Leiderdorp sneuvelde vorige week een vergelijkbare motie": the subject may follow.
    after = _CLAUSE_BREAK.search(text, start)
    # "Eerder heeft de SP een motie ingediend over parkeren; die is verworpen": a pronoun
    # with no motion of its own in the clause stands for the motion named before it.
    if not _MOTION_NOUN.search(text, left, start) and _OTHER_TOPIC_LOOSE.search(
        text, max(text.rfind(". ", 0, left), text.rfind("! ", 0, left), 0), left
    ):
        return True
    # "In tegenstelling tot buurgemeente Kampen is de motie bij ons wel aangenomen": the
    # sender names their own side after the other place; what follows is theirs.
    for mine in _OWN_PLACE.finditer(text, left, start):
        left = mine.end()
    for found in _PLACE_INSIDE.finditer(text, left, start):
        if _own_at(text, found.start(), own):
            left = found.end()
    # What our letter said and the meeting's other items are read over the sentence, from
    # its last turn ("..., maar bij ons is hij aangenomen") or the sender's own side on.
    whole_left, _ = sentence_at(text, start, start)
    for turn in _CONTRAST_TURN.finditer(text, whole_left, start):
        whole_left = turn.end()
    for mine in _OWN_PLACE.finditer(text, whole_left, start):
        whole_left = mine.end()
    return bool(
        _LETTER_CITES.search(text, whole_left, start)
        or _other_item(text, whole_left, start)
        or _set_off_place(text, start, left, own)
        or _SIMILAR.search(text, left, after.start() if after else len(text))
        or _EARLIER.search(text, left, start)
        or _other_title(text, start)
        or _ELSEWHERE.search(text, left, start)
        or _ELSEWHERE_NAMED.search(text, left, start)
        or _ELSEWHERE_PLACE.match(text, left, start)
        or _ELSEWHERE_PLACE_VERB.fullmatch(text, left, start)
        or _MOTION_OF_PLACE.search(text, left, start)
        or _THERE.match(text, left, start)
        or _ELSEWHERE_PLACE_EN.match(text, left, start)
        or _OTHER_TOPIC.search(text, left, start)
        or _OTHER_BODY.search(text, left, start)
        or _OTHER_BODY_OPENING.match(text, left, start)
        or _where_of_place(text, left, own)
    )


# "Anders dan in Midden-Drenthe, waar de motie vorige maand werd aangenomen, haalde hij het
# bij ons niet": a clause that opens on "waar" after a place set off by a comma tells that
# place's result, not the sender's (unless the place is theirs: "hier in Ede, waar ...").
_WHERE = re.compile(r"\s*(?:waar|where)\b")
_PLACE_BEFORE_WHERE = re.compile(
    rf"\b(?:in|dan|tot|bij) (?:(?:de|onze) )?(?:{words('neighbours')} )?"
    rf"(?!(?:{words('council-audience')}))({_PLACE}(?: [a-z'-]+){{0,2}}?),\s*$"
)
_OWN_LEAD = re.compile(rf"\b(?:{words('own-place-lead')})\s*$")


def _where_of_place(text: str, left: int, own: Sequence[str]) -> bool:
    """The clause at `left` opens on "waar" right after a place that is not `own`."""
    if left == 0 or text[left - 1] != "," or not _WHERE.match(text, left):
        return False  # most clauses: no relative "waar" after a comma
    place = _PLACE_BEFORE_WHERE.search(text, max(0, left - 80), left)
    if place is None:
        return False
    name = place.group(1)
    if any(name == mine or name.startswith(f"{mine} ") for mine in own):
        return False
    # "Hier in Ede, waar de motie werd aangenomen": the sender's own place.
    return not _OWN_LEAD.search(text, max(0, place.start() - 20), place.start() + 2)


def _other_item(text: str, left: int, start: int) -> bool:
    """Another item of the meeting is named between `left` and the vote word at `start`, and
    no motion after it: "De overige agendapunten, waaronder de begroting, zijn aangenomen"."""
    item = None
    for item in _OTHER_ITEMS.finditer(text, left, start):  # noqa: B007 - the last counts
        pass
    if item is None or _MOTION_NOUN_ONLY.search(text, item.end(), start):
        return False
    # "Bij de begroting is hij aangenomen": the meeting it was voted in, not the subject.
    return not _ADJUNCT.search(text, max(0, item.start() - 12), item.start())


_OTHER_ITEMS = family("other-items")
_ADJUNCT = re.compile(
    r"\b(?:bij|tijdens|rond|na|voor|in|op|over|met|tot|at|during) (?:de |het |the )?$"
)


def tie_reported(text: str) -> bool:
    """`text` (a whole reply) reports a tied vote, in words ("de stemmen staakten") or as a
    count with its sides named ("10 voor en 10 tegen")."""
    if _TIED_WORDS.search(text):
        return True
    for tie in _BARE_TIE.finditer(text):
        # "Het werd 15 tegen 15"; "15-15" only beside a vote word (not a date).
        if "-" not in tie.group(0) and "–" not in tie.group(0):
            return True
        left, right = sentence_at(text, tie.start(), tie.end())
        if _VOTE_WORD.search(text, left, right):
            return True
    if "voor" not in text and "for" not in text and "favo" not in text:
        return False
    return any(
        _number(m.group(1)) == _number(m.group(2))
        for labelled in _LABELLED_VOTES
        for m in labelled.finditer(text)
    )


_TIED_WORDS = family("tied-vote")


def _set_off_place(text: str, start: int, left: int, own: Sequence[str]) -> bool:
    """The sentence opens on a place that is not `own`, set off by commas, and the clause of
    the vote word at `start` (from `left`) holds its verb."""
    if left == 0 or text[left - 1] != ",":
        return False  # the clause does not follow a comma (most clauses): nothing set off
    sentence_left, _ = sentence_at(text, start, start)
    opening = _ELSEWHERE_PLACE_SET_OFF.match(text, sentence_left, start)
    return (
        opening is not None
        and opening.end() > left
        and not _own_at(text, opening.start(1) - 3, own)
    )


def _other_title(text: str, start: int) -> bool:
    """The last motion the sentence names by title before `start` is not ours."""
    left, _ = sentence_at(text, start, start)
    title = None
    for title in _TITLED_MOTION.finditer(text, left, start):  # noqa: B007 - the last counts
        pass
    if title is None or _OUR_TITLE.search(title.group(1)):
        return False
    # "de motie 'Bliuw fan woartele bern' (vrij naar jullie voorbeeld)": a title of its own
    # for our model motion, said right after it.
    return not _OUR_MODEL.match(text, title.end(), min(len(text), title.end() + 60))


_OUR_MODEL = re.compile(
    r"['\"]?\s*[(,-]?[^.;!?()'\"]{0,30}?\b(?:(?:jullie|uw|je|jouw|het|de) voorbeeld\w*|"
    r"voorbeeldmotie\w*|kinderpardon\w*|your (?:model|example)\b)"
)


# A motion on another topic with its verb between: "een motie ingediend over parkeren".
_OTHER_TOPIC_LOOSE = re.compile(
    rf"\bmoties? (?:\w+ ){{0,2}}(?:over|inzake|betreffende|aangaande|omtrent) "
    # "ingediend, over twee weken wordt gestemd" names a time, not a topic; in "neemt de
    # motie over en ..." the "over" is the verb's.
    r"(?!(?:\w+ )?(?:weken|week|maand|maanden|dag|dagen|jaar)\b)"
    r"(?!(?:en|maar|of|dus|want|omdat|and|zodat)\b)"
    rf"(?!(?:(?:de|het|een|onze|hun) )?{words('our-topic')})(?:(?:de|het|een|onze|hun) )?\w+"
)

_OTHER_TOPIC_AFTER = re.compile(
    r"\s*(?:\w+ ){0,2}(?:over|inzake|betreffende|about|on) "
    # "voted down on Tuesday", "aangenomen, over twee weken ...": a time, not a topic.
    r"(?!(?:\w+ )?(?:weken|week|maand|maanden|dag|dagen|jaar|\d+)\b)"
    rf"(?!(?:{words('weekday')}|{words('month')})\b)"
    rf"(?!(?:(?:de|het|een|onze|hun|the|our) )?{words('our-topic')})"
    r"(?:(?:de|het|een|onze|hun|the) )?\w+"
)


def other_topic_after(text: str, end: int) -> bool:
    """ "De VVD heeft een motie ingediend over parkeren": the topic named after the verb."""
    return bool(_OTHER_TOPIC_AFTER.match(text, end))


_LACK = family("lack-of-support")
_WITHDRAWN_OR_HELD = family("withdrawn", "held-over")


def lack_explains_step(text: str, start: int) -> bool:
    """ "De motie werd ingetrokken toen bleek dat er geen meerderheid voor was": the lack of
    support at `start` explains why the motion was withdrawn or held over; it was no vote."""
    left, right = sentence_at(text, start, start)
    return bool(_LACK.match(text, start) and _WITHDRAWN_OR_HELD.search(text, left, right))


# Agreeing with "daar(mee)", "hiermee", "er ... mee": the pronoun takes up what the sentence
# said before it.
_WITH_THAT = re.compile(r"\b(?:daar|hier|er)(?:mee\b| (?:\w+ ){0,4}mee\b)")


def agreed_to_step(text: str, start: int, end: int) -> bool:
    """ "De wethouder vroeg de motie aan te houden, en daar hebben we mee ingestemd": the
    agreement at text[start:end] is with holding the motion over or withdrawing it, named
    before it in the sentence; the motion itself was not voted on."""
    if not text.startswith(("ingestemd", "stem"), start):
        return False  # most result words: no verb of agreeing
    clause_left = 0
    for cut in _CLAUSE_BREAK.finditer(text, 0, start):
        clause_left = cut.end()
    after = _CLAUSE_BREAK.search(text, end)
    if not _WITH_THAT.search(text, clause_left, after.start() if after else len(text)):
        return False
    left, _ = sentence_at(text, start, end)
    return bool(_WITHDRAWN_OR_HELD.search(text, left, clause_left))


def amendment_vote(text: str, start: int) -> bool:
    """The vote word at `start` is about an amendment: the nearest noun before it in its clause.

    "Het amendement van D66 is aangenomen, maar de motie zelf niet" adopts the amendment;
    "de motie is in geamendeerde vorm aangenomen" adopts the motion.
    """
    left = 0
    for cut in _CLAUSE_BREAK.finditer(text, 0, start):
        left = cut.end()
    noun = None
    for noun in _MOTION_NOUN.finditer(text, left, start):  # noqa: B007 - the last one counts
        pass
    if noun is None:
        return False
    if noun.group(0).startswith(("amendement", "amendment")):
        if _MOTION_AND.search(text, left, noun.start()):
            return False  # "de stemming over motie en amendement": the motion's vote too
        # "De motie is na een amendement van het CDA aangenomen": the amendment only says how
        # the motion, named before it, was carried.
        return not (
            _BY_WAY_OF.search(text, left, noun.start())
            and _MOTION_ONLY.search(text, left, noun.start())
        )
    # "Het amendement op de motie is aangenomen": the motion only says which amendment.
    return bool(_AMENDMENT_OF.search(text, left, noun.end()))


# "Het amendement is aangenomen en daarna ook de geamendeerde motie", "... verworpen, en de
# motie ook": the motion, named after the vote word, shares the amendment's result.
_SHARED_RESULT = re.compile(
    rf"\s*,?\s*(?:en|maar) (?:\w+ ){{0,2}}(?:ook|eveneens|tevens) (?:de|onze|deze) "
    rf"(?:\w+ )?{words('motion-noun')}|"
    rf"\s*,?\s*en (?:de|onze|deze) (?:\w+ )?{words('motion-noun')} (?:\w+ )?(?:ook|eveneens)\b"
)


def shared_result(text: str, end: int) -> bool:
    """The motion, named right after the vote word at `end`, had the same result."""
    return bool(_SHARED_RESULT.match(text, end))


_MOTION_AND = re.compile(r"\b(?:motie|motion) (?:en|and|plus) (?:het |de |the |an? )?$")
# A preposition right before the amendment: it is how the motion went, not the subject.
_BY_WAY_OF = re.compile(
    r"\b(?:na|met|door|dankzij|via|inclusief|after|with) (?:een |het |de |an |the )?$"
)
_MOTION_ONLY = re.compile(r"\b(?:motie|motion)\b")
# "Het amendement van de VVD op de motie 'Pleidooi voor gewortelde kinderen'": who moved it
# may stand between, and the motion's title after it.
_AMENDMENT_OF = re.compile(
    r"\b(?:amendement\w*|amendments?) (?:van (?:de |het )?[\w-]+ )?(?:op|bij|van|voor|to|on|of) "
    r"(?:de |het |onze |deze |die |the |our |this )?(?:\w+ )?(?:motie|motion)\b"
    r"(?: ['\"][^'\"]{3,90}['\"]?| [\w-]+)?$"
)


def without_other_titles(text: str) -> str:
    """`text` with every motion named by a title not ours taken out ("de motie 'Samen tegen
    kinderarmoede'"): what is left may speak of the campaign."""
    return _TITLED_MOTION.sub(lambda m: m.group(0) if _OUR_TITLE.search(m.group(1)) else " ", text)


# "een motie", "nog een motie", "a motion": the indefinite article brings in a motion not
# named before; after our motion was named it is another one ("Onze motie is verworpen.
# Wel is er een motie van de VVD aangenomen").
# "Een nieuwe motie van die strekking" is the same motion brought again.
_INDEFINITE_MOTION = re.compile(
    rf"\b(?:een|another|a)(?: (?!eigen\b|own\b|nieuwe\b|new\b)\w+)? {words('motion-noun')}"
    r"(?! (?:van|met) (?:die|deze|dezelfde|gelijke) strekking\b)"
)
_CAMPAIGN_NAME = family("campaign-name")


def another_motion(text: str, start: int, *, named_before: bool) -> bool:
    """The vote word at `start` belongs to a motion its sentence brings in with an indefinite
    article ("een motie van de VVD") or as "die van <someone>", after a motion was named before
    (`named_before`, or earlier in the sentence), and the sentence does not name the
    campaign's: another motion's result."""
    left, right = sentence_at(text, start, start)
    if _CAMPAIGN_NAME.search(text, left, right):
        return False
    nouns = list(_MOTION_NOUN_ONLY.finditer(text, left, start))
    if not nouns and named_before:
        # The verb first: "Wel nam de raad unaniem een motie aan over eenzaamheid".
        after = _MOTION_NOUN_ONLY.search(text, start, min(right, start + 60))
        if after is not None and not _ALONGSIDE.search(text, start, after.start()):
            found = _INDEFINITE_MOTION.search(text, max(left, after.start() - 20), after.end() + 30)
            return found is not None and found.end() == after.end()
    if not (named_before or len(nouns) > 1):
        # "Onze motie verworpen, die van de VVD wel aangenomen": the one before is ours.
        return bool(nouns) and _that_of(text, nouns[-1].end(), start)
    if _that_of(text, nouns[-1].end() if nouns else left, start):
        return True
    if not nouns:
        return False
    noun = nouns[-1]
    found = _INDEFINITE_MOTION.search(text, max(left, noun.start() - 20), noun.end() + 30)
    return found is not None and found.end() == noun.end()


# "Hij is aangenomen, samen met een motie van de VVD": a motion after the verb that is not
# its subject.
_ALONGSIDE = re.compile(r"[,;:(]|\b(?:met|en|naast|evenals|als|plus|with|and|along)\b")


def _that_of(text: str, left: int, start: int) -> bool:
    """ "die van de VVD" between `left` and `start` as the vote word's subject; "onze motie,
    die van de SP kwam, is aangenomen" sets a relative clause off by commas."""
    found = _THAT_OF.search(text, left, start)
    return found is not None and "," not in text[found.end() : start]


# "die van de VVD", "dat van het CDA": the one of somebody else, set against the one before.
_THAT_OF = re.compile(
    r"(?:^|[,;:]\s*|\b(?:en|maar|terwijl|wel)\s+)(?:die|dat|degene) van "
    r"(?!(?:ons|onze|mij|mijn|jullie|u)\b)(?:de |het )?[\w-]+"
)


_MOTION_NOUN_ONLY = family("motion-noun")
